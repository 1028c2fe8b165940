//! Turning an `Error` into the text Python would show: the source line, a
//! caret line under the failing span, and the `Class: message` line.

use crate::error::{Error, Exc, Span};
use owo_colors::OwoColorize;

/// Where a chunk of source came from, for the `File "…", line N` header.
pub struct Origin<'a> {
    /// `Some(name)` for scripts (Python's traceback header); None for sessions.
    pub file: Option<&'a str>,
}

/// The source line holding `span.start`, its 1-based number within `src`,
/// and the caret range (in characters, within that line).
fn locate(src: &str, span: Span) -> (usize, &str, usize, usize) {
    let start = span.start.min(src.len());
    let line_start = src[..start].rfind('\n').map_or(0, |i| i + 1);
    let line_end = src[start..].find('\n').map_or(src.len(), |i| start + i);
    let line = &src[line_start..line_end];
    let number = src[..line_start].matches('\n').count() + 1;
    let col = src[line_start..start].chars().count();
    let end = span.end.clamp(start, line_end);
    let width = src[start..end].chars().count().max(1);
    (number, line, col, width)
}

/// Renders an error the way Python reports it (traceback header for
/// scripts), optionally coloured for a terminal.
pub fn render(err: &Error, src: &str, origin: &Origin, color: bool) -> String {
    let mut out = String::new();
    let syntax = err.class.is_a(Exc::SyntaxError);
    if let Some(span) = err.span {
        let (number, line, col, width) = locate(src, span);
        if let Some(file) = origin.file {
            if syntax {
                out.push_str(&format!("  File \"{file}\", line {number}\n"));
            } else {
                out.push_str("Traceback (most recent call last):\n");
                out.push_str(&format!("  File \"{file}\", line {number}, in <module>\n"));
            }
        }
        // Python shows the line without its indentation, carets shifted to match.
        let trimmed = line.trim_start();
        let indent = line.chars().count() - trimmed.chars().count();
        let col = col.saturating_sub(indent);
        // A SyntaxError keeps the line's trailing spaces (CPython's
        // print_error_text); a traceback line is stripped.
        let shown = if syntax {
            trimmed.trim_end_matches(['\n', '\r'])
        } else {
            trimmed.trim_end()
        };
        let width = width.min(shown.chars().count().saturating_sub(col).max(1));
        let carets = "^".repeat(width);
        out.push_str(&format!("    {shown}\n"));
        let caret_line = format!("    {}{}", " ".repeat(col), carets);
        // CPython 3.11 leaves out carets that would underline the whole line.
        let whole_line = col == 0 && width == shown.chars().count();
        if !(whole_line && !syntax && origin.file.is_some()) {
            if color {
                out.push_str(&format!("{}\n", caret_line.red()));
            } else {
                out.push_str(&caret_line);
                out.push('\n');
            }
        }
    } else if let Some(file) = origin.file
        && !syntax
    {
        out.push_str("Traceback (most recent call last):\n");
        out.push_str(&format!("  File \"{file}\", line 1, in <module>\n"));
    }
    // The calls of session-defined functions the error came through.
    // As CPython, a frame repeated more than three times in a row is
    // summarised (runaway recursion).
    let file = origin.file.unwrap_or("<stdin>");
    let mut k = 0;
    while k < err.trace.len() {
        let run = err.trace[k..]
            .iter()
            .take_while(|f| **f == err.trace[k])
            .count();
        let (name, line, text) = &err.trace[k];
        for _ in 0..run.min(3) {
            out.push_str(&format!("  File \"{file}\", line {line}, in {name}\n"));
            if origin.file.is_some() {
                out.push_str(&format!("    {text}\n"));
            }
        }
        if run > 3 {
            out.push_str(&format!(
                "  [Previous line repeated {} more times]\n",
                run - 3
            ));
        }
        k += run;
    }
    let last = err.last_line();
    if color {
        out.push_str(&format!("{}\n", last.red().bold()));
    } else {
        out.push_str(&last);
        out.push('\n');
    }
    out
}

/// A warning line as Python's `warnings` module prints it.
pub fn render_warning(
    w: &crate::array::signals::Warning,
    file: &str,
    line: usize,
    source_line: Option<&str>,
    color: bool,
) -> String {
    let head = format!("{file}:{line}: {}: {}", w.category, w.message);
    let head = if color {
        format!("{}", head.yellow())
    } else {
        head
    };
    match source_line {
        Some(src) => format!("{head}\n  {}\n", src.trim()),
        None => format!("{head}\n"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn script_traceback_points_at_span() {
        let src = "a = 1\nb = a.cumsum(axis=5)\n";
        let err = Error::axis_error(5, 1).at(Span::new(10, 26));
        let text = render(&err, src, &Origin { file: Some("x.py") }, false);
        assert_eq!(
            text,
            "Traceback (most recent call last):\n  File \"x.py\", line 2, in <module>\n    b = a.cumsum(axis=5)\n        ^^^^^^^^^^^^^^^^\nnumpy.exceptions.AxisError: axis 5 is out of bounds for array of dimension 1\n"
        );
    }

    #[test]
    fn session_error_has_no_header() {
        let src = "cumsun";
        let err = Error::name_error("name 'cumsun' is not defined").at(Span::new(0, 6));
        let text = render(&err, src, &Origin { file: None }, false);
        assert_eq!(
            text,
            "    cumsun\n    ^^^^^^\nNameError: name 'cumsun' is not defined\n"
        );
    }
}
