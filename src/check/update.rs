//! `--update` for text files: expected outputs are replaced in place, every
//! other byte of the file is kept.

use super::Layout;
use std::ops::Range;

/// `output` written as the expected text of an example with `layout`.
pub fn render(output: &str, layout: Layout) -> String {
    let (indent, blank) = match layout {
        // doctest would end the expected output at an empty line.
        Layout::Doctest { indent } => (indent, "<BLANKLINE>"),
        Layout::Cell { indent } => (indent, ""),
    };
    let pad = " ".repeat(indent);
    output
        .lines()
        .map(|line| match line {
            "" if blank.is_empty() => "\n".to_string(),
            "" => format!("{pad}{blank}\n"),
            _ => format!("{pad}{line}\n"),
        })
        .collect()
}

/// `text` with each span replaced; spans are in order and do not overlap.
pub fn apply(text: &str, edits: &[(Range<usize>, String)]) -> String {
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for (span, new) in edits {
        out.push_str(&text[at..span.start]);
        // Output inserted after a last line without a newline needs one.
        if !new.is_empty() && !out.is_empty() && !out.ends_with('\n') {
            out.push('\n');
        }
        out.push_str(new);
        at = span.end;
    }
    out.push_str(&text[at..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn doctest_output_is_indented_with_blanklines() {
        let text = render("a\n\nb\n", Layout::Doctest { indent: 4 });
        assert_eq!(text, "    a\n    <BLANKLINE>\n    b\n");
        assert_eq!(render("a\n\nb\n", Layout::Cell { indent: 0 }), "a\n\nb\n");
    }

    #[test]
    fn only_the_spans_change() {
        let text = ">>> 1\n2\n>>> 3";
        let out = apply(text, &[(6..8, "1\n".into()), (13..13, "3\n".into())]);
        assert_eq!(out, ">>> 1\n1\n>>> 3\n3\n");
    }
}
