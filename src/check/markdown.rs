//! Examples in Markdown. Two conventions, both in fenced code blocks tagged
//! `python`, `py`, `pycon` or `numpy`:
//! - a block holding `>>> ` lines is a doctest block (read by `doctest`);
//! - MyST-NB's (jupytext's) `{code-cell}` blocks, with no language or a
//!   Python one (`ipython3`), are cells too; their leading `:key: value`
//!   option lines or `---` YAML option block are not code;
//! - any other such block is a cell (run as Jupyter runs a cell); when the
//!   next block is untagged or tagged `text` or `output`, with only blank
//!   lines and at most one label line ending in `:` (`Output:`) between,
//!   that block is the cell's expected output (`plaintext` and `txt`,
//!   GitHub's names for plain text, count as `text`). A cell without
//!   an output block still runs, for the names it defines.

use super::compare::Flags;
use super::{Example, Layout, doctest, line_of};
use std::ops::Range;

/// A fenced code block: its info string's first word, the fence's
/// indentation, and the byte range of its content.
struct Block {
    /// Byte where the opening fence line starts.
    start: usize,
    tag: String,
    indent: usize,
    content: Range<usize>,
    /// Byte just after the closing fence line.
    end: usize,
}

pub fn examples(text: &str) -> Result<Vec<Example>, String> {
    let blocks = fenced_blocks(text);
    let mut examples = Vec::new();
    let mut i = 0;
    while i < blocks.len() {
        let block = &blocks[i];
        i += 1;
        if !matches!(
            block.tag.as_str(),
            "python" | "py" | "pycon" | "numpy" | "code-cell"
        ) {
            continue;
        }
        let content = &text[block.content.clone()];
        let content = if block.tag == "code-cell" {
            myst_code(content)
        } else {
            content
        };
        if content.lines().any(|l| l.trim_start().starts_with(">>>")) {
            examples.extend(doctest::parse(text, block.content.clone())?);
            continue;
        }
        let output = blocks.get(i).filter(|next| {
            matches!(
                next.tag.as_str(),
                "" | "text" | "output" | "plaintext" | "txt"
            ) && is_output_label(&text[block.end..next.start])
        });
        let source = dedent(content, block.indent);
        let flags = Flags::default()
            .with_directives(&source)
            .map_err(|e| format!("line {}: {e}", line_of(text, block.content.start)))?;
        let (want, want_span, compared) = match output {
            Some(out) => {
                i += 1;
                (
                    dedent(&text[out.content.clone()], out.indent),
                    out.content.clone(),
                    true,
                )
            }
            None => (String::new(), block.end..block.end, false),
        };
        examples.push(Example {
            line: line_of(text, block.content.start),
            source,
            want,
            want_span,
            layout: Layout::Cell {
                indent: output.map_or(0, |o| o.indent),
            },
            flags,
            compared,
        });
    }
    Ok(examples)
}

/// Whether the text between a code block and the next block lets that
/// block be its output: blank lines and at most one label line ending in
/// `:` (tutorials write `Output:` there).
fn is_output_label(between: &str) -> bool {
    let mut lines = between.lines().map(str::trim).filter(|l| !l.is_empty());
    match (lines.next(), lines.next()) {
        (None, _) => true,
        (Some(label), None) => label.ends_with(':'),
        _ => false,
    }
}

/// A MyST `{code-cell}` block's code: without its leading options, given
/// as `:key: value` lines or as a YAML block between `---` lines.
fn myst_code(content: &str) -> &str {
    let mut rest = content;
    if let Some(after) = rest.strip_prefix("---\n")
        && let Some(end) = after.find("\n---\n")
    {
        return &after[end + 5..];
    }
    while rest.starts_with(':') {
        match rest.find('\n') {
            Some(n) => rest = &rest[n + 1..],
            None => return "",
        }
    }
    rest
}

/// Removes up to `indent` leading spaces from each line, as CommonMark does
/// for an indented fence's content.
fn dedent(content: &str, indent: usize) -> String {
    content
        .split_inclusive('\n')
        .map(|l| {
            let spaces = l.len() - l.trim_start_matches(' ').len();
            &l[spaces.min(indent)..]
        })
        .collect()
}

/// The fenced code blocks of a CommonMark document, in order. An unclosed
/// fence runs to the end of the document, as CommonMark says.
fn fenced_blocks(text: &str) -> Vec<Block> {
    let mut blocks = Vec::new();
    // (fence char, fence length, indent, tag, opening line start, content start)
    let mut open: Option<(char, usize, usize, String, usize, usize)> = None;
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        let start = at;
        at += line.len();
        let indent = line.len() - line.trim_start_matches(' ').len();
        let rest = &line[indent..];
        let fence_char = rest.chars().next().filter(|c| *c == '`' || *c == '~');
        let run = fence_char.map_or(0, |c| rest.len() - rest.trim_start_matches(c).len());
        match (&open, fence_char) {
            (None, Some(c)) if indent <= 3 && run >= 3 => {
                let info = rest[run..].trim();
                if c == '`' && info.contains('`') {
                    continue;
                }
                let mut words = info.split_whitespace();
                let tag = words.next().unwrap_or("");
                let tag = tag.trim_start_matches('{').trim_end_matches('}');
                let mut tag = tag.to_lowercase();
                // A MyST code cell in another kernel's language is not Python.
                let language = words.next().unwrap_or("python").to_lowercase();
                if tag == "code-cell" && !language.contains("python") {
                    tag.push_str("-other");
                }
                open = Some((c, run, indent, tag, start, at));
            }
            (Some((c, len, fence_indent, tag, open_start, content_start)), Some(close))
                if close == *c && indent <= 3 && run >= *len && rest[run..].trim().is_empty() =>
            {
                blocks.push(Block {
                    start: *open_start,
                    tag: tag.clone(),
                    indent: *fence_indent,
                    content: *content_start..start,
                    end: at,
                });
                open = None;
            }
            _ => {}
        }
    }
    if let Some((_, _, indent, tag, open_start, content_start)) = open {
        blocks.push(Block {
            start: open_start,
            tag,
            indent,
            content: content_start..text.len(),
            end: text.len(),
        });
    }
    blocks
}

#[cfg(test)]
mod tests {
    use super::*;

    const LESSON: &str = "# Sums\n\n```python\n>>> np.cumsum([1, 2])\narray([1, 3])\n```\n\n```python\na = np.arange(3)\na.cumsum()\n```\n\n```text\narray([0, 1, 3])\n```\n\n```py\nb = 1\n```\nText.\nMore text:\n```\nnot output\n```\n";

    #[test]
    fn doctest_blocks_and_cells_with_output() {
        let ex = examples(LESSON).unwrap();
        assert_eq!(ex.len(), 3);
        assert_eq!((ex[0].line, ex[0].want.as_str()), (4, "array([1, 3])\n"));
        assert_eq!(ex[1].source, "a = np.arange(3)\na.cumsum()\n");
        assert_eq!(ex[1].want, "array([0, 1, 3])\n");
        assert_eq!(&LESSON[ex[1].want_span.clone()], "array([0, 1, 3])\n");
        assert!(ex[1].compared);
        assert!(
            !ex[2].compared,
            "text stands between the cell and the block"
        );
    }

    #[test]
    fn indented_fences_are_dedented() {
        let text = "1. Step\n\n   ```python\n   x = 1\n   x\n   ```\n   ```output\n   1\n   ```\n";
        let ex = examples(text).unwrap();
        assert_eq!(ex[0].source, "x = 1\nx\n");
        assert_eq!(ex[0].want, "1\n");
        assert_eq!(ex[0].layout, Layout::Cell { indent: 3 });
    }

    #[test]
    fn myst_code_cells_and_plaintext_outputs() {
        let text = "```{code-cell} ipython3\n:tags: [hide-output]\nx = 2\nx\n```\n\nThe output is:\n\n```plaintext\n2\n```\n```{code-cell} r\nx <- 1\n```\n```{code-cell}\n---\ntags: [a]\n---\ny = 3\n```\n";
        let ex = examples(text).unwrap();
        assert_eq!(ex.len(), 2);
        assert_eq!(
            (ex[0].source.as_str(), ex[0].want.as_str()),
            ("x = 2\nx\n", "2\n")
        );
        assert_eq!((ex[1].source.as_str(), ex[1].compared), ("y = 3\n", false));
    }
}
