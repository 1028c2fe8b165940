//! The caret line under a source line, as CPython 3.11 draws it in a
//! traceback (Python/traceback.c, `tb_displayline`): `^` under the failing
//! span, except that a binary operation or a subscript is anchored —
//! operands `~`, operator or index `^` (`extract_anchors_from_line`, which
//! re-parses the span's text; here npcalc's own parser does that).

use crate::syntax::ast::{ExprKind, StmtKind};

/// CPython's `IS_WHITESPACE`: what indentation and operator gaps are made of.
fn is_blank(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\x0c')
}

/// Columns `text` takes on a terminal: two for East Asian wide and
/// fullwidth characters (CPython's `_PyPegen_calculate_display_width`).
fn width(text: &str) -> usize {
    text.chars()
        .map(|c| if crate::unicode::is_wide(c) { 2 } else { 1 })
        .sum()
}

/// The carets for a line, after the four spaces that indent source lines.
pub struct Carets {
    pub text: String,
    /// True when plain carets would underline the whole stripped line:
    /// CPython then leaves the caret line out of a traceback.
    pub whole_line: bool,
}

/// The caret line under `line` (one source line, without its newline) for
/// the span from byte `start` to byte `end` of that line; `end` is None
/// when the span goes on past the line, and then the carets run to its last
/// non-blank character. The line is shown without its indentation
/// (` `, tab, form feed), so the carets are placed relative to that.
pub fn carets(line: &str, start: usize, end: Option<usize>) -> Carets {
    let indent = line.len() - line.trim_start_matches([' ', '\t', '\x0c']).len();
    let start = start.clamp(indent, line.len());
    let (end, anchors) = match end {
        Some(end) => {
            let end = end.clamp(start, line.len());
            (end, anchors(&line[start..end]))
        }
        None => (
            line.trim_end_matches([' ', '\t', '\x0c']).len().max(start),
            None,
        ),
    };
    let whole_line =
        anchors.is_none() && line[start..end].chars().count() == line[indent..].chars().count();
    let mut text = " ".repeat(width(&line[indent..start]));
    let segment = &line[start..end];
    match anchors {
        Some((left, right)) => {
            let (left, right) = (width(&segment[..left]), width(&segment[..right]));
            text.push_str(&"~".repeat(left));
            text.push_str(&"^".repeat(right - left));
            text.push_str(&"~".repeat(width(segment) - right));
        }
        // An empty span (npcalc's, never CPython's) still gets its caret.
        None => text.push_str(&"^".repeat(width(segment).max(1))),
    }
    Carets { text, whole_line }
}

/// The byte range within `segment` that gets `^` when the segment is
/// a binary operation (its operator) or a subscript (`[index]`).
fn anchors(segment: &str) -> Option<(usize, usize)> {
    let stmts = crate::syntax::parse(segment).ok()?;
    let [stmt] = stmts.as_slice() else {
        return None;
    };
    let StmtKind::Expr(expr) = &stmt.kind else {
        return None;
    };
    let bytes = segment.as_bytes();
    match &expr.kind {
        ExprKind::Binary(_, left, right) => {
            // The first non-blank character after the left operand is the
            // operator, unless it is the `)` closing that operand; a
            // two-character operator (`//`, `**`) gets two carets.
            let (from, to) = (left.span.end, right.span.start);
            let mut found = None;
            for i in from..to {
                if is_blank(bytes[i]) {
                    continue;
                }
                let mut right = i + 1;
                if i + 1 < to && !is_blank(bytes[i + 1]) {
                    right += 1;
                }
                found = Some((i, right));
                if i + 1 < to && bytes[i] == b')' {
                    continue;
                }
                break;
            }
            found
        }
        ExprKind::Subscript(value, index) => {
            // From the `[` after the value to the `]` after the index.
            let left = bytes[value.span.end..]
                .iter()
                .position(|&b| b == b'[')
                .map_or(bytes.len(), |i| value.span.end + i);
            let after = (index.span.end + 1).min(bytes.len());
            let right = bytes[after..]
                .iter()
                .position(|&b| b == b']')
                .map_or(bytes.len(), |i| after + i + 1);
            Some((left, right))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn draw(line: &str, from: &str) -> String {
        let start = line.find(from).expect("segment");
        carets(line, start, Some(start + from.len())).text
    }

    #[test]
    fn binary_operation_anchors_its_operator() {
        assert_eq!(draw("b = a + [1, 2]", "a + [1, 2]"), "    ~~^~~~~~~~");
        assert_eq!(draw("y = x  //  0", "x  //  0"), "    ~~~^^~~~");
        assert_eq!(
            draw("c = (a + 1) * (b)", "(a + 1) * (b)"),
            "    ~~~~~~~~^~~~~"
        );
        assert_eq!(draw("x = (1)   /  0", "(1)   /  0"), "    ~~~~~~^~~~");
    }

    #[test]
    fn subscript_anchors_its_index() {
        assert_eq!(draw("x[5]", "x[5]").as_str(), "~^^^");
        assert_eq!(draw("x = ( y ) [ 5 ]", "( y ) [ 5 ]"), "    ~~~~~~^^^^^");
        assert_eq!(draw("v = m[1][5]", "m[1][5]"), "    ~~~~^^^");
    }

    #[test]
    fn whole_line_and_other_expressions() {
        let line = "a.cumsum(axis=2)";
        let c = carets(line, 0, Some(line.len()));
        assert!(c.whole_line);
        assert_eq!(c.text, "^".repeat(line.len()));
        // Anchors are shown even when the span is the whole line.
        assert!(!carets("1/0", 0, Some(3)).whole_line);
        // Trailing blanks belong to the line, so the span is not all of it.
        assert!(!carets("f()  ", 0, Some(3)).whole_line);
    }

    #[test]
    fn indentation_wide_characters_and_multiline_spans() {
        assert_eq!(draw("\t  y[3]  # c", "y[3]"), "~^^^");
        assert_eq!(draw("x = \"漢字\" + 1", "\"漢字\" + 1"), "    ~~~~~~~^~~");
        assert_eq!(carets("b = a.cumsum(  ", 4, None).text, "    ^^^^^^^^^");
    }
}
