//! The text pest parses, derived from the source by the lexing pre-pass:
//! comments, backslash continuations and line ends inside brackets are
//! blanked (so a line end always ends a statement), and the insides of big
//! literal lists (`[[1, 2.5], [-3, 4]]`, the bulk of data files) are cut out:
//! pest sees `[]` and the builder reads those elements straight from the
//! lexemes, which keeps megabyte-sized literals fast. Positions map back to
//! the source through the cuts.

use super::layout::Line;
use super::lexer::{Lex, Lexeme, TokenKind};
use std::borrow::Cow;

/// Lists with fewer lexemes inside go through pest like everything else.
pub(crate) const FAST_LIST_MIN: usize = 64;

pub(crate) struct PestText {
    pub text: String,
    /// Removed source ranges, in order: (pest position of the cut, source
    /// start, total bytes removed up to and including this cut).
    cuts: Vec<(usize, usize, usize)>,
}

pub(crate) fn significant(l: &Lexeme) -> bool {
    match l.lex {
        Lex::Token(TokenKind::Comment) | Lex::Continuation => false,
        Lex::Newline => l.depth == 0,
        Lex::Token(_) => true,
    }
}

impl PestText {
    pub fn new(
        src: &str,
        lexemes: &[Lexeme],
        lines: &[Line],
        fast_min: usize,
    ) -> (PestText, Vec<usize>) {
        let lists = literal_lists(src, lexemes, fast_min);
        let spaced = spaced(src, lexemes);
        let mut bytes = Vec::with_capacity(src.len());
        let mut cuts = Vec::new();
        let mut copied = 0;
        let mut removed = 0;
        let mut next_list = lists.iter().peekable();
        let mut i = 0;
        while i < lexemes.len() {
            let l = &lexemes[i];
            if let Some(&&(open, close)) = next_list.peek()
                && open == i
            {
                next_list.next();
                let (from, to) = (lexemes[open].span().end, lexemes[close].span().start);
                bytes.extend_from_slice(&spaced[copied..from]);
                removed += to - from;
                cuts.push((bytes.len(), from, removed));
                copied = to;
                i = close;
                continue;
            }
            let blank = match l.lex {
                Lex::Token(TokenKind::Comment) | Lex::Continuation => true,
                Lex::Newline => l.depth > 0,
                Lex::Token(_) => false,
            };
            if blank {
                bytes.extend_from_slice(&spaced[copied..l.span().start]);
                bytes.resize(bytes.len() + l.span().end - l.span().start, b' ');
                copied = l.span().end;
            }
            i += 1;
        }
        bytes.extend_from_slice(&spaced[copied..]);
        let mut text = PestText {
            text: String::new(),
            cuts,
        };
        // Block levels as `$` marks over the indentation (never longer than
        // it: each level adds at least one character).
        for line in lines {
            let at = text.to_pest(line.start);
            let n = line.level.min(line.first - line.start);
            bytes[at..at + n].fill(b'$');
        }
        // Only whole UTF-8 sequences were replaced (by ASCII) or cut.
        text.text = String::from_utf8(bytes).unwrap_or_default();
        let starts = lists
            .iter()
            .map(|&(open, _)| lexemes[open].span().start)
            .collect();
        (text, starts)
    }

    /// The source position of pest position `p`.
    pub fn to_src(&self, p: usize) -> usize {
        match self.cuts.partition_point(|c| c.0 <= p) {
            0 => p,
            n => p + self.cuts[n - 1].2,
        }
    }

    /// The pest position of source position `s` (outside the cuts).
    pub fn to_pest(&self, s: usize) -> usize {
        match self.cuts.partition_point(|c| c.1 < s) {
            0 => s,
            n => s - self.cuts[n - 1].2,
        }
    }
}

/// The source with the tabs and form feeds between tokens made spaces
/// (inside string literals they stay), so that the grammar's whitespace is
/// one byte to match.
fn spaced<'a>(src: &'a str, lexemes: &[Lexeme]) -> Cow<'a, [u8]> {
    let blank = |b: &u8| matches!(b, b'\t' | b'\x0c');
    if !src.as_bytes().iter().any(blank) {
        return Cow::Borrowed(src.as_bytes());
    }
    let mut bytes = src.as_bytes().to_vec();
    let mut from = 0;
    let gaps = lexemes.iter().map(|l| (l.span().start, l.span().end));
    for (start, end) in gaps.chain([(src.len(), src.len())]) {
        for b in bytes[from..start.max(from)].iter_mut().filter(|b| blank(b)) {
            *b = b' ';
        }
        from = from.max(end);
    }
    Cow::Owned(bytes)
}

/// The outermost `[...]` lists (as lexeme indices of their brackets) that
/// hold only literals: numbers (optionally signed), strings, `True`,
/// `False`, `None` and such lists, comma-separated.
fn literal_lists(src: &str, lexemes: &[Lexeme], min: usize) -> Vec<(usize, usize)> {
    struct Frame {
        open: usize,
        pure: bool,
        expect_item: bool,
        after_sign: bool,
        after_string: bool,
    }
    let mut stack: Vec<Frame> = Vec::new();
    let mut found: Vec<(usize, usize)> = Vec::new();
    let mut prev_ends_expr = false;
    for (i, l) in lexemes.iter().enumerate() {
        if !significant(l) {
            continue;
        }
        let Lex::Token(kind) = l.lex else {
            prev_ends_expr = false;
            continue;
        };
        let t = &src[l.span().start..l.span().end];
        let constant = kind == TokenKind::Keyword && matches!(t, "True" | "False" | "None");
        let ends_expr = constant
            || matches!(
                kind,
                TokenKind::Name | TokenKind::Number | TokenKind::String | TokenKind::Close
            );
        match kind {
            TokenKind::Open => {
                // A `[` after an expression is a subscript, not a list.
                let list = t == "[" && !prev_ends_expr;
                let item_ok = match stack.last_mut() {
                    Some(top) => {
                        let ok = top.expect_item && !top.after_sign;
                        top.pure &= ok && list;
                        ok
                    }
                    None => true,
                };
                stack.push(Frame {
                    open: i,
                    pure: list && item_ok,
                    expect_item: true,
                    after_sign: false,
                    after_string: false,
                });
            }
            TokenKind::Close => {
                if let Some(f) = stack.pop() {
                    let pure = f.pure && t == "]" && !f.after_sign;
                    if let Some(parent) = stack.last_mut() {
                        parent.pure &= pure;
                        parent.expect_item = false;
                        parent.after_string = false;
                    }
                    if pure && i - f.open > min {
                        // Inner lists come first; an enclosing pure list replaces them.
                        while found.last().is_some_and(|&(o, _)| o > f.open) {
                            found.pop();
                        }
                        found.push((f.open, i));
                    }
                }
            }
            _ => {
                if let Some(top) = stack.last_mut() {
                    let plain_string = kind == TokenKind::String
                        && (!t.as_bytes()[0].is_ascii_alphabetic()
                            || !t[..t.find(['"', '\'']).unwrap_or(0)]
                                .contains(['f', 'F', 'b', 'B']));
                    let operator = |op: u8| kind == TokenKind::Operator && t.as_bytes() == [op];
                    if top.expect_item {
                        if kind == TokenKind::Number {
                            top.expect_item = false;
                            top.after_sign = false;
                        } else if top.after_sign {
                            top.pure = false;
                        } else if operator(b'-') || operator(b'+') {
                            top.after_sign = true;
                        } else if constant {
                            top.expect_item = false;
                        } else if plain_string {
                            top.expect_item = false;
                            top.after_string = true;
                        } else {
                            top.pure = false;
                        }
                    } else if operator(b',') {
                        top.expect_item = true;
                        top.after_string = false;
                    } else if !(plain_string && top.after_string) {
                        top.pure = false;
                    }
                }
            }
        }
        prev_ends_expr = ends_expr;
    }
    found
}
