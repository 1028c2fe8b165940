//! Indentation, as CPython 3.11's tokenizer and parser judge it: each
//! logical line's block level, or the IndentationError/TabError CPython
//! reports first. The levels reach the grammar as `$` marks (see `text`).

use super::lexer::{Lex, Lexeme, TokenKind};
use super::text::significant;
use crate::error::{Error, Exc, Span};

/// The keywords that open a block with a trailing `:`.
const COMPOUND: &[&str] = &[
    "if", "elif", "else", "for", "while", "try", "except", "finally", "with", "def", "class",
    "async",
];

/// A logical line: where its physical line starts, its first token, its
/// block level.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Line {
    pub start: usize,
    pub first: usize,
    pub level: usize,
}

/// The first indentation error, with the lines before it and where the
/// source can be cut to parse them first (CPython's parser reports earlier
/// syntax errors first).
pub(crate) struct LayoutError {
    pub lines: Vec<Line>,
    pub cut: usize,
    pub error: Box<Error>,
}

/// The levels of all logical lines, or the first indentation error.
pub(crate) fn layout(src: &str, lexemes: &[Lexeme]) -> Result<Vec<Line>, LayoutError> {
    let bytes = src.as_bytes();
    let mut lines = Vec::new();
    // (col, altcol) per open block; the bottom is column 0.
    let mut stack: Vec<(usize, usize)> = vec![(0, 0)];
    // The header of a block that needs a body: (its first token, keyword).
    let mut header: Option<(usize, usize)> = None;
    let fail = |lines: Vec<Line>, cut: usize, error: Error| {
        Err(LayoutError {
            lines,
            cut,
            error: Box::new(error),
        })
    };
    let mut i = 0;
    while i < lexemes.len() {
        let l = &lexemes[i];
        if !significant(l) || l.lex == Lex::Newline {
            i += 1;
            continue;
        }
        // `l` starts a logical line; find its end.
        let first = l.span().start;
        let start = src[..first].rfind(['\n', '\r']).map_or(0, |k| k + 1);
        let mut last = i;
        let mut j = i;
        while j < lexemes.len() && !(lexemes[j].lex == Lex::Newline && lexemes[j].depth == 0) {
            if significant(&lexemes[j]) {
                last = j;
            }
            j += 1;
        }
        let (mut col, mut alt) = (0, 0);
        for &b in &bytes[start..first] {
            match b {
                b'\t' => {
                    col = (col / 8 + 1) * 8;
                    alt += 1;
                }
                b'\x0c' => (col, alt) = (0, 0),
                _ => (col, alt) = (col + 1, alt + 1),
            }
        }
        let tab_error = || {
            Error::new(
                Exc::TabError,
                "inconsistent use of tabs and spaces in indentation",
            )
            .at(Span::new(start, start))
        };
        let (top, top_alt) = *stack.last().unwrap_or(&(0, 0));
        if let Some((h, _)) = header.take() {
            if col <= top {
                let end = lexemes[i].span().end;
                let cut = lines.last().map_or(0, |l: &Line| l.start);
                return fail(
                    lines,
                    cut,
                    expected_block(src, lexemes, h, Span::new(first, end)),
                );
            }
            if alt <= top_alt {
                return fail(lines, start, tab_error());
            }
            stack.push((col, alt));
        } else if col > top {
            // CPython's caret: the last indentation character.
            let at = first.saturating_sub(1);
            let e = Error::new(Exc::IndentationError, "unexpected indent").at(Span::new(at, at));
            return fail(lines, start, e);
        } else if col == top {
            if alt != top_alt {
                return fail(lines, start, tab_error());
            }
        } else {
            while stack.last().is_some_and(|&(c, _)| col < c) {
                stack.pop();
            }
            match stack.last() {
                Some(&(c, a)) if c == col => {
                    if a != alt {
                        return fail(lines, start, tab_error());
                    }
                }
                _ => {
                    let end = src[first..]
                        .find(['\n', '\r'])
                        .map_or(src.len(), |k| first + k);
                    let e = Error::new(
                        Exc::IndentationError,
                        "unindent does not match any outer indentation level",
                    );
                    return fail(lines, start, e.at(Span::new(end, end)));
                }
            }
        }
        let ends_block_header = lexemes[last].lex == Lex::Token(TokenKind::Operator)
            && &src[lexemes[last].span().start..lexemes[last].span().end] == ":"
            && COMPOUND.contains(&&src[l.span().start..l.span().end]);
        if ends_block_header
            && (!is_clause(src, lexemes, i) || owned(src, &lines, stack.len() - 1, i, lexemes))
        {
            header = Some((i, last));
        }
        lines.push(Line {
            start,
            first,
            level: stack.len() - 1,
        });
        i = j;
    }
    if let Some((h, colon)) = header {
        let end = lexemes[colon].span().end;
        let cut = lines.last().map_or(0, |l| l.start);
        return fail(
            lines,
            cut,
            expected_block(src, lexemes, h, Span::new(end, end)),
        );
    }
    Ok(lines)
}

fn word_at(src: &str, at: usize) -> &str {
    let rest = &src[at..];
    let end = rest
        .find(|c: char| !(c.is_alphanumeric() || c == '_'))
        .unwrap_or(rest.len());
    &rest[..end]
}

/// Whether the line starting at lexeme `i` is a clause (`else:`…).
fn is_clause(src: &str, lexemes: &[Lexeme], i: usize) -> bool {
    let at = lexemes[i].span().start;
    matches!(word_at(src, at), "else" | "elif" | "except" | "finally")
}

/// Whether the clause at lexeme `i`, on a line of block `level`, follows a
/// statement it can continue: otherwise CPython's parser stops at the
/// clause itself ("invalid syntax") before any block is looked for.
fn owned(src: &str, lines: &[Line], level: usize, i: usize, lexemes: &[Lexeme]) -> bool {
    let Some(prev) = lines.iter().rev().find(|l| l.level <= level) else {
        return false;
    };
    prev.level == level
        && may_follow(
            word_at(src, lexemes[i].span().start),
            word_at(src, prev.first),
        )
}

/// Whether `clause` (`elif`, `else`, `except`, `finally`) may come after a
/// block headed by the keyword `owner` at its level.
pub(super) fn may_follow(clause: &str, owner: &str) -> bool {
    match clause {
        "elif" => matches!(owner, "if" | "elif"),
        "else" => matches!(owner, "if" | "elif" | "for" | "while" | "except"),
        "except" => matches!(owner, "try" | "except"),
        _ => matches!(owner, "try" | "except" | "else"),
    }
}

/// "expected an indented block after 'for' statement on line 1".
fn expected_block(src: &str, lexemes: &[Lexeme], header: usize, at: Span) -> Error {
    let h = &lexemes[header];
    let word = &src[h.span().start..h.span().end];
    let what = match word {
        "def" => "function definition".to_string(),
        "class" => "class definition".to_string(),
        "async" => "'async' statement".to_string(),
        w => format!("'{w}' statement"),
    };
    let line = super::lexer::line_of(src, h.span().start);
    Error::new(
        Exc::IndentationError,
        format!("expected an indented block after {what} on line {line}"),
    )
    .at(at)
}
