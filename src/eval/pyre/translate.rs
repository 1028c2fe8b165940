//! The parsed tree written in fancy-regex's syntax, with Python's meaning:
//! `\d`, `\w`, `\s` and `\b` as `_sre` defines them for str (or ASCII),
//! `$` that also matches before a final newline, `\Z` as the very end, `.`
//! that skips only `\n`, and flags applied where `_sre` applies them.

use super::parse::{
    ASCII, At, Category, DOTALL, IGNORECASE, MAXREPEAT, MULTILINE, Node, RepeatKind, Seq, SetItem,
};
use std::fmt::Write;

/// `Py_UNICODE_ISSPACE`, the characters `\s` matches in a str pattern.
const UNICODE_SPACE: &str = r"\t\n\x0B\x0C\r\x1C-\x1F \x{85}\x{A0}\x{1680}\x{2000}-\x{200A}\x{2028}\x{2029}\x{202F}\x{205F}\x{3000}";

fn category_body(c: Category, ascii: bool) -> (&'static str, bool) {
    let body = match (c, ascii) {
        (Category::Digit | Category::NotDigit, false) => r"\p{Nd}",
        (Category::Digit | Category::NotDigit, true) => "0-9",
        // str.isalnum() or '_': letters, and the N categories (decimal,
        // digit and numeric characters).
        (Category::Word | Category::NotWord, false) => r"\p{L}\p{N}_",
        (Category::Word | Category::NotWord, true) => "a-zA-Z0-9_",
        (Category::Space | Category::NotSpace, false) => UNICODE_SPACE,
        (Category::Space | Category::NotSpace, true) => r"\t\n\x0B\x0C\r ",
    };
    let negated = matches!(
        c,
        Category::NotDigit | Category::NotWord | Category::NotSpace
    );
    (body, negated)
}

fn char_code(c: char, out: &mut String) {
    if c.is_alphanumeric() {
        out.push(c);
    } else {
        let _ = write!(out, "\\x{{{:X}}}", c as u32);
    }
}

pub fn translate(tree: &Seq, flags: u32) -> String {
    let mut out = String::new();
    seq(tree, flags, &mut out);
    out
}

fn seq(items: &Seq, flags: u32, out: &mut String) {
    for n in items {
        node(n, flags, out);
    }
}

fn cased(flags: u32, c: char) -> bool {
    flags & IGNORECASE != 0
        && if flags & ASCII != 0 {
            c.is_ascii_alphabetic()
        } else {
            c.to_lowercase().ne(c.to_uppercase())
        }
}

fn set(negate: bool, items: &[SetItem], flags: u32, out: &mut String) {
    let ascii = flags & ASCII != 0;
    let fold = flags & IGNORECASE != 0;
    if fold {
        out.push_str("(?i:");
    }
    out.push('[');
    if negate {
        out.push('^');
    }
    for item in items {
        match item {
            SetItem::Char(c) => char_code(*c, out),
            SetItem::Range(lo, hi) => {
                char_code(*lo, out);
                out.push('-');
                char_code(*hi, out);
            }
            SetItem::Category(c) => {
                let (body, negated) = category_body(*c, ascii);
                let _ = write!(out, "[{}{body}]", if negated { "^" } else { "" });
            }
        }
    }
    out.push(']');
    if fold {
        out.push(')');
    }
}

/// A word boundary by `_sre`'s `\w` (not the regex crate's).
fn boundary(negate: bool, flags: u32, out: &mut String) {
    let (w, _) = category_body(Category::Word, flags & ASCII != 0);
    if negate {
        // `_sre` never matches \B in an empty string.
        let _ = write!(
            out,
            r"(?:(?<=[{w}])(?=[{w}])|(?<![{w}])(?![{w}])(?:(?<=[\s\S])|(?=[\s\S])))"
        );
    } else {
        let _ = write!(out, r"(?:(?<=[{w}])(?![{w}])|(?<![{w}])(?=[{w}]))");
    }
}

/// Whether a sequence matches nothing but the empty string (assertions).
fn only_empty(items: &Seq) -> bool {
    items.iter().all(|n| match n {
        Node::At(_) | Node::Look { .. } => true,
        Node::Group { body, .. } | Node::Atomic(body) => only_empty(body),
        Node::Branch(items) => items.iter().all(only_empty),
        Node::Repeat { max, item, .. } => *max == 0 || only_empty(item),
        _ => false,
    })
}

fn node(n: &Node, flags: u32, out: &mut String) {
    match n {
        Node::Literal(c) if cased(flags, *c) => {
            out.push_str("(?i:");
            char_code(*c, out);
            out.push(')');
        }
        Node::Literal(c) => char_code(*c, out),
        Node::Any if flags & DOTALL != 0 => out.push_str(r"[\s\S]"),
        Node::Any => out.push_str(r"[^\n]"),
        Node::Set { negate, items } => set(*negate, items, flags, out),
        Node::At(at) => match at {
            At::Beginning if flags & MULTILINE != 0 => out.push_str("(?m:^)"),
            At::Beginning | At::BeginningString => out.push_str(r"\A"),
            At::End if flags & MULTILINE != 0 => out.push_str("(?m:$)"),
            At::End => out.push_str(r"(?=\n?\z)"),
            At::EndString => out.push_str(r"\z"),
            At::Boundary => boundary(false, flags, out),
            At::NonBoundary => boundary(true, flags, out),
        },
        Node::Group {
            index,
            add,
            del,
            body,
        } => {
            out.push_str(if index.is_some() { "(" } else { "(?:" });
            seq(body, (flags | add) & !del, out);
            out.push(')');
        }
        Node::Atomic(body) => {
            out.push_str("(?>");
            seq(body, flags, out);
            out.push(')');
        }
        Node::Look {
            behind,
            negate,
            body,
        } => {
            out.push_str(match (behind, negate) {
                (false, false) => "(?=",
                (false, true) => "(?!",
                (true, false) => "(?<=",
                (true, true) => "(?<!",
            });
            seq(body, flags, out);
            out.push(')');
        }
        Node::Repeat {
            min,
            max,
            kind,
            item,
        } if only_empty(item) => {
            // fancy-regex refuses to repeat an assertion; `_sre` tries such
            // an item once (an empty iteration ends the loop), after the
            // empty alternative when the repeat is lazy and may skip it.
            out.push_str(if *kind == RepeatKind::Possessive {
                "(?>"
            } else {
                "(?:"
            });
            if *min > 0 {
                seq(item, flags, out);
            } else if *kind == RepeatKind::Lazy {
                out.push('|');
                seq(item, flags, out);
            } else {
                seq(item, flags, out);
                out.push('|');
            }
            out.push(')');
        }
        Node::Repeat {
            min,
            max,
            kind,
            item,
        } => {
            if *kind == RepeatKind::Possessive {
                out.push_str("(?>");
            }
            out.push_str("(?:");
            seq(item, flags, out);
            if bare_assertion(item, flags) {
                // `_sre` repeats an empty or zero-width item (`(?:)*`,
                // `(?=a)+`); fancy-regex refuses to, unless it is one branch
                // of an alternation, here with a branch that never matches.
                out.push_str(r"|[^\s\S]");
            }
            out.push(')');
            if *max == MAXREPEAT {
                let _ = write!(out, "{{{min},}}");
            } else {
                let _ = write!(out, "{{{min},{max}}}");
            }
            match kind {
                RepeatKind::Lazy => out.push('?'),
                RepeatKind::Possessive => out.push(')'),
                RepeatKind::Greedy => {}
            }
        }
        Node::GroupRef(g) if flags & IGNORECASE != 0 => {
            let _ = write!(out, "(?i:\\k<{g}>)");
        }
        Node::GroupRef(g) => {
            let _ = write!(out, "\\k<{g}>");
        }
        Node::GroupRefExists { group, yes, no } => {
            let _ = write!(out, "(?({group})");
            seq(yes, flags, out);
            out.push('|');
            if let Some(no) = no {
                seq(no, flags, out);
            }
            out.push(')');
        }
        Node::Branch(items) => {
            out.push_str("(?:");
            for (i, b) in items.iter().enumerate() {
                if i > 0 {
                    out.push('|');
                }
                seq(b, flags, out);
            }
            out.push(')');
        }
    }
}

/// Whether `item` is what fancy-regex's parser sees as an empty expression
/// or a lone look-around (or backreference condition), which it will not
/// repeat: it unwraps non-capturing groups around one such item.
fn bare_assertion(item: &Seq, flags: u32) -> bool {
    match item.as_slice() {
        [] => true,
        [Node::Look { .. } | Node::GroupRefExists { .. }] => true,
        [Node::At(At::End)] => flags & MULTILINE == 0,
        [
            Node::Group {
                index: None,
                add,
                del,
                body,
            },
        ] => bare_assertion(body, (flags | add) & !del),
        _ => false,
    }
}
