//! `re._parser.parse_template`: a replacement string of `sub`/`subn` and
//! `Match.expand`, cut into literal text and group references.

use super::parse::Tokenizer;
use crate::error::{Error, Result};

#[derive(Debug)]
pub enum Piece {
    Text(String),
    Group(usize),
}

/// The pattern's groups a template may name.
pub struct Groups<'a> {
    pub count: usize,
    pub names: &'a [(String, usize)],
}

pub fn parse_template(source: &str, groups: &Groups) -> Result<Vec<Piece>> {
    let mut s = Tokenizer::new(source)?;
    let mut pieces = vec![];
    let mut literal = String::new();
    let addgroup =
        |index: usize, pos: usize, s: &Tokenizer, literal: &mut String, pieces: &mut Vec<Piece>| {
            if index > groups.count {
                return Err(s.error(&format!("invalid group reference {index}"), pos));
            }
            if !literal.is_empty() {
                pieces.push(Piece::Text(std::mem::take(literal)));
            }
            pieces.push(Piece::Group(index));
            Ok(())
        };
    while let Some(this) = s.get()? {
        let mut chars = this.chars();
        if chars.next() != Some('\\') {
            literal.push_str(&this);
            continue;
        }
        let c = chars.next().unwrap_or('\\');
        match c {
            'g' => {
                if !s.matches("<")? {
                    return Err(s.error("missing <", 0));
                }
                let name = s.getuntil(">", "group name")?;
                let width = name.chars().count() + 1;
                let index = if crate::eval::collections::is_identifier(&name) {
                    match groups.names.iter().find(|(n, _)| *n == name) {
                        Some(&(_, g)) => g,
                        None => {
                            return Err(Error::index_error(format!(
                                "unknown group name {}",
                                crate::error::py_str_repr(&name)
                            )));
                        }
                    }
                } else {
                    super::parse::group_number(&s, &name, false)?
                };
                addgroup(index, width, &s, &mut literal, &mut pieces)?;
            }
            '0' => {
                let mut digits = String::from("0");
                digits.push_str(&s.getwhile(2, "01234567")?);
                let v = u32::from_str_radix(&digits, 8).unwrap_or(0) & 0xff;
                literal.push(char::from_u32(v).unwrap_or('\0'));
            }
            '1'..='9' => {
                let mut this = this.clone();
                let mut octal = false;
                if s.next
                    .as_deref()
                    .is_some_and(|n| n.len() == 1 && n.as_bytes()[0].is_ascii_digit())
                {
                    this.push_str(&s.get()?.unwrap_or_default());
                    let b = this.as_bytes();
                    let next_oct = s
                        .next
                        .as_deref()
                        .is_some_and(|n| n.len() == 1 && (b'0'..=b'7').contains(&n.as_bytes()[0]));
                    if c <= '7' && (b'0'..=b'7').contains(&b[2]) && next_oct {
                        this.push_str(&s.get()?.unwrap_or_default());
                        octal = true;
                        let v = u32::from_str_radix(&this[1..], 8).unwrap_or(0);
                        if v > 0o377 {
                            let msg = format!("octal escape value {this} outside of range 0-0o377");
                            return Err(s.error(&msg, this.len()));
                        }
                        literal.push(char::from_u32(v).unwrap_or('\0'));
                    }
                }
                if !octal {
                    let index = this[1..].parse().unwrap_or(usize::MAX);
                    addgroup(index, this.len() - 1, &s, &mut literal, &mut pieces)?;
                }
            }
            _ => match super::parse::simple_escape(&this) {
                Some(e) => literal.push(e),
                None if c.is_ascii_alphabetic() => {
                    return Err(s.error(&format!("bad escape {this}"), this.chars().count()));
                }
                None => literal.push_str(&this),
            },
        }
    }
    if !literal.is_empty() {
        pieces.push(Piece::Text(literal));
    }
    Ok(pieces)
}
