//! The format-spec mini-language parser, a port of CPython 3.11's
//! `parse_internal_render_format_spec` (Python/formatter_unicode.c),
//! with its error texts.

use crate::error::{Error, Exc, Result};

/// Widths and precisions above this are refused: CPython would build
/// strings of that many characters, npcalc will not allocate them.
pub const MAX_FIELD: usize = 1_000_000;

/// Which thousands separator, if any, and every how many digits.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Grouping {
    None,
    Comma,
    Underscore,
    /// `_` with b/o/x/X groups every four digits.
    UnderscoreFour,
}

impl Grouping {
    /// The separator and group size; None without grouping.
    pub fn separator(self) -> Option<(char, usize)> {
        match self {
            Grouping::None => None,
            Grouping::Comma => Some((',', 3)),
            Grouping::Underscore => Some(('_', 3)),
            Grouping::UnderscoreFour => Some(('_', 4)),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Spec {
    pub fill: char,
    pub align: char,
    /// `+`, `-`, ` ` or None when not given.
    pub sign: Option<char>,
    /// `z`: negative zero becomes positive (PEP 682).
    pub no_neg_0: bool,
    /// `#`.
    pub alternate: bool,
    pub width: Option<usize>,
    pub grouping: Grouping,
    pub precision: Option<usize>,
    /// The presentation type, None when omitted.
    pub ty: Option<char>,
}

fn is_align(c: char) -> bool {
    matches!(c, '<' | '>' | '=' | '^')
}

/// Decimal digits at the front of `s`: (value, digits consumed).
fn integer(s: &[char]) -> Result<(usize, usize)> {
    let mut acc: usize = 0;
    let mut n = 0;
    for &c in s {
        let Some(d) = c.to_digit(10) else { break };
        acc = acc
            .checked_mul(10)
            .and_then(|a| a.checked_add(d as usize))
            .filter(|&a| a <= isize::MAX as usize)
            .ok_or_else(|| Error::value_error("Too many decimal digits in format string"))?;
        n += 1;
    }
    Ok((acc, n))
}

pub fn bounded(n: usize) -> Result<usize> {
    if n > MAX_FIELD {
        return Err(Error::new(
            Exc::NotImplementedError,
            format!("format widths and precisions above {MAX_FIELD} are not supported by npcalc"),
        ));
    }
    Ok(n)
}

/// Parses `spec` for a value whose type is `type_name`; `default_align` is
/// `<` for strings and `>` for numbers, `default_type` is what an omitted
/// type means (`s` for str, `d` for int, None for float and complex).
pub fn parse(
    spec: &str,
    default_align: char,
    default_type: Option<char>,
    type_name: &str,
) -> Result<Spec> {
    let s: Vec<char> = spec.chars().collect();
    let mut pos = 0;
    let mut out = Spec {
        fill: ' ',
        align: default_align,
        sign: None,
        no_neg_0: false,
        alternate: false,
        width: None,
        grouping: Grouping::None,
        precision: None,
        ty: default_type,
    };
    let mut fill_given = false;
    let mut align_given = false;
    if s.len() >= 2 && is_align(s[1]) {
        out.fill = s[0];
        out.align = s[1];
        fill_given = true;
        align_given = true;
        pos = 2;
    } else if !s.is_empty() && is_align(s[0]) {
        out.align = s[0];
        align_given = true;
        pos = 1;
    }
    if pos < s.len() && matches!(s[pos], '+' | '-' | ' ') {
        out.sign = Some(s[pos]);
        pos += 1;
    }
    if pos < s.len() && s[pos] == 'z' {
        out.no_neg_0 = true;
        pos += 1;
    }
    if pos < s.len() && s[pos] == '#' {
        out.alternate = true;
        pos += 1;
    }
    // '0' before the width is the old spelling of fill '0' with '=' alignment.
    if !fill_given && pos < s.len() && s[pos] == '0' {
        out.fill = '0';
        if !align_given && default_align == '>' {
            out.align = '=';
        }
        pos += 1;
    }
    let (width, n) = integer(&s[pos..])?;
    pos += n;
    if n > 0 {
        out.width = Some(bounded(width)?);
    }
    if pos < s.len() && s[pos] == ',' {
        out.grouping = Grouping::Comma;
        pos += 1;
    }
    if pos < s.len() && s[pos] == '_' {
        if out.grouping != Grouping::None {
            return Err(both_separators());
        }
        out.grouping = Grouping::Underscore;
        pos += 1;
    }
    if pos < s.len() && s[pos] == ',' {
        if out.grouping == Grouping::Underscore {
            return Err(both_separators());
        }
        return Err(Error::value_error("Cannot specify ',' with ','."));
    }
    if pos < s.len() && s[pos] == '.' {
        pos += 1;
        let (precision, n) = integer(&s[pos..])?;
        if n == 0 {
            return Err(Error::value_error("Format specifier missing precision"));
        }
        pos += n;
        // Bounded where it is used: str only truncates, floats check it.
        out.precision = Some(precision);
    }
    if s.len() - pos > 1 {
        return Err(Error::value_error(format!(
            "Invalid format specifier '{spec}' for object of type '{type_name}'"
        )));
    }
    if pos < s.len() {
        out.ty = Some(s[pos]);
    }
    if let Some(sep) = out.grouping.separator().map(|(c, _)| c) {
        match out.ty {
            None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => {}
            Some('b' | 'o' | 'x' | 'X') if out.grouping == Grouping::Underscore => {
                out.grouping = Grouping::UnderscoreFour;
            }
            Some(t) => {
                return Err(Error::value_error(format!(
                    "Cannot specify '{sep}' with {}.",
                    code(t)
                )));
            }
        }
    }
    Ok(out)
}

fn both_separators() -> Error {
    Error::value_error("Cannot specify both ',' and '_'.")
}

/// A presentation type as CPython quotes it in messages: `'x'`, or `'\x7f'`
/// for characters outside printable ASCII.
pub fn code(t: char) -> String {
    if (t as u32) > 32 && (t as u32) < 128 {
        format!("'{t}'")
    } else {
        format!("'\\x{:x}'", t as u32)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fill_align_sign_width_precision_type() {
        let s = parse("*^+z#012_.3f", '>', None, "float").unwrap();
        assert_eq!(
            (s.fill, s.align, s.sign, s.no_neg_0, s.alternate),
            ('*', '^', Some('+'), true, true)
        );
        // With a fill given, '0' is the start of the width.
        assert_eq!(s.width, Some(12));
        assert_eq!(
            (s.grouping, s.precision, s.ty),
            (Grouping::Underscore, Some(3), Some('f'))
        );
    }

    #[test]
    fn zero_means_equals_alignment_only_for_numbers() {
        assert_eq!(parse("05", '>', Some('d'), "int").unwrap().align, '=');
        assert_eq!(parse("05", '<', Some('s'), "str").unwrap().align, '<');
    }
}
