//! Finding doctest examples in text, as `doctest.DocTestParser` does: a
//! `>>> ` line and its `... ` continuation lines are the source; the
//! non-blank lines after it, up to the next prompt, are the expected output.
//! Used for .rst and plain text files, Python docstrings and Markdown blocks.

use super::compare::Flags;
use super::{Example, Layout, line_of};
use std::ops::Range;

/// The examples in `file[range]`, with positions in `file`.
pub fn parse(file: &str, range: Range<usize>) -> Result<Vec<Example>, String> {
    let range_end = range.end;
    let lines = lines_with_offsets(file, range);
    let mut examples = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let (at, line) = lines[i];
        let Some((indent, first)) = prompt(line, ">>>") else {
            i += 1;
            continue;
        };
        let mut source = vec![first];
        i += 1;
        while i < lines.len() {
            let (cont_at, cont) = lines[i];
            let Some((cont_indent, text)) = prompt(cont, "...") else {
                break;
            };
            if cont_indent != indent {
                return Err(format!(
                    "line {}: inconsistent leading whitespace",
                    line_of(file, cont_at)
                ));
            }
            source.push(text);
            i += 1;
        }
        let want_start = lines.get(i).map_or(range_end, |&(a, _)| a);
        let mut want = String::new();
        let mut want_end = want_start;
        while i < lines.len() {
            let (want_at, text) = lines[i];
            if text.trim().is_empty() || prompt(text, ">>>").is_some() {
                break;
            }
            let Some(body) = text
                .get(indent..)
                .filter(|_| text[..indent].trim().is_empty())
            else {
                return Err(format!(
                    "line {}: inconsistent leading whitespace",
                    line_of(file, want_at)
                ));
            };
            want.push_str(body);
            want.push('\n');
            want_end =
                want_at + text.len() + usize::from(file[want_at + text.len()..].starts_with('\n'));
            i += 1;
        }
        let source = source.join("\n") + "\n";
        let flags = Flags::default()
            .with_directives(&source)
            .map_err(|e| format!("line {}: {e}", line_of(file, at)))?;
        examples.push(Example {
            line: line_of(file, at),
            source,
            want,
            want_span: want_start..want_end,
            layout: Layout::Doctest { indent },
            flags,
            compared: true,
        });
    }
    Ok(examples)
}

/// `(offset, line without its newline)` for each line of `file[range]`.
fn lines_with_offsets(file: &str, range: Range<usize>) -> Vec<(usize, &str)> {
    let mut at = range.start;
    file[range]
        .split_inclusive('\n')
        .map(|l| {
            let start = at;
            at += l.len();
            (start, l.strip_suffix('\n').unwrap_or(l))
        })
        .collect()
}

/// `Some((indent, rest))` when `line` is `prompt` after spaces, followed by
/// a space or the end of the line.
fn prompt<'a>(line: &'a str, prompt: &str) -> Option<(usize, &'a str)> {
    let indent = line.len() - line.trim_start_matches(' ').len();
    let rest = line[indent..].strip_prefix(prompt)?;
    if rest.is_empty() {
        Some((indent, rest))
    } else {
        rest.strip_prefix(' ').map(|r| (indent, r))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_source_and_output() {
        let text = "Intro\n\n  >>> a = 1\n  >>> for i in [a]:\n  ...     i\n  1\n  <BLANKLINE>\n\n  >>> a  # doctest: +SKIP\n";
        let ex = parse(text, 0..text.len()).unwrap();
        assert_eq!(ex.len(), 3);
        assert_eq!(ex[0].source, "a = 1\n");
        assert_eq!(ex[0].want, "");
        assert_eq!(ex[1].line, 4);
        assert_eq!(ex[1].source, "for i in [a]:\n    i\n");
        assert_eq!(ex[1].want, "1\n<BLANKLINE>\n");
        assert_eq!(&text[ex[1].want_span.clone()], "  1\n  <BLANKLINE>\n");
        assert!(ex[2].flags.skip);
        assert_eq!(ex[2].want_span, text.len()..text.len());
    }

    #[test]
    fn output_must_keep_the_prompt_indent() {
        let text = "    >>> 1\n  1\n";
        assert!(parse(text, 0..text.len()).unwrap_err().contains("line 2"));
    }
}
