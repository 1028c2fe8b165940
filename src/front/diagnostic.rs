//! Turning an `Error` into the text Python would show: the source line, a
//! caret line under the failing span, and the `Class: message` line.

use super::carets;
use crate::error::{Error, Exc, Frame};
use owo_colors::OwoColorize;

/// Where a chunk of source came from, for the `File "…", line N` header.
pub struct Origin<'a> {
    /// `Some(name)` for scripts (Python's traceback header); None for sessions.
    pub file: Option<&'a str>,
}

/// A line as a traceback shows it: without its indentation (CPython strips
/// spaces, tabs and form feeds in front, nothing behind).
fn shown(line: &str) -> &str {
    line.trim_start_matches([' ', '\t', '\x0c'])
}

/// A frame's source line and caret line, each after four spaces. A
/// traceback leaves out carets that would underline the whole line (CPython
/// 3.11); a session always shows them.
fn source_lines(frame: &Frame, always_carets: bool, color: bool) -> String {
    let marks = carets::carets(&frame.text, frame.start, frame.end);
    let mut out = format!("    {}\n", shown(&frame.text));
    if always_carets || !marks.whole_line {
        push_caret_line(&mut out, &marks.text, color);
    }
    out
}

/// Appends a caret line, after the four spaces that indent source lines;
/// red on a terminal.
fn push_caret_line(out: &mut String, marks: &str, color: bool) {
    let line = format!("    {marks}");
    if color {
        out.push_str(&format!("{}\n", line.red()));
    } else {
        out.push_str(&line);
        out.push('\n');
    }
}

/// A SyntaxError's source line and caret line, as CPython's
/// `print_error_text` shows them: the line keeps its trailing blanks, a
/// subclass (IndentationError, TabError) gets one caret, and a caret that
/// would point into the indentation is left out (a session, which always
/// shows one, puts it under the line's first character).
fn syntax_lines(err: &Error, at: &Frame, always_caret: bool, color: bool) -> String {
    let line = &at.text;
    let text = shown(line);
    let indent = line.len() - text.len();
    let mut out = format!("    {text}\n");
    if at.start < indent && !always_caret {
        return out;
    }
    let col = line[indent..at.start.max(indent)].chars().count();
    let end = at.end.unwrap_or(line.len());
    let width = if err.class == Exc::SyntaxError {
        line[at.start..end].chars().count().max(1)
    } else {
        1
    };
    let width = width.min(text.chars().count().saturating_sub(col).max(1));
    let marks = format!("{}{}", " ".repeat(col), "^".repeat(width));
    push_caret_line(&mut out, &marks, color);
    out
}

/// Renders an error the way Python reports it (traceback header for
/// scripts), optionally coloured for a terminal.
pub fn render(err: &Error, src: &str, origin: &Origin, color: bool) -> String {
    let mut out = String::new();
    if let Some((earlier, between)) = err.chained() {
        out.push_str(&render(earlier, src, origin, color));
        out.push_str(&format!("\n{between}\n\n"));
    }
    let located = err.details.as_ref().and_then(|d| d.located.as_ref());
    if let Some(at) = located.filter(|_| err.class.is_a(Exc::SyntaxError)) {
        // CPython's traceback to the call, then the place in the string.
        out.push_str(&traceback(err, src, origin, color));
        let file = at.frame.file.as_deref().unwrap_or("<string>");
        out.push_str(&format!("  File \"{file}\", line {}\n", at.frame.line));
        if !at.line {
        } else if at.caret {
            out.push_str(&syntax_lines(err, &at.frame, false, color));
        } else {
            out.push_str(&format!("    {}\n", shown(&at.frame.text)));
        }
    } else if err.class.is_a(Exc::SyntaxError) {
        if let Some(span) = err.span {
            let at = Frame::at("<module>", src, span);
            if let Some(file) = origin.file {
                out.push_str(&format!("  File \"{file}\", line {}\n", at.line));
            }
            out.push_str(&syntax_lines(err, &at, origin.file.is_none(), color));
        }
    } else {
        out.push_str(&traceback(err, src, origin, color));
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

/// A runtime error's frames, outermost first: the statement's, then the
/// calls of session-defined functions it came through. A script gets
/// CPython's traceback; a session (whose prompt shows no source in a
/// traceback) gets the statement's line and carets, then the functions'
/// `File` lines alone.
fn traceback(err: &Error, src: &str, origin: &Origin, color: bool) -> String {
    let mut out = String::new();
    let script = origin.file.is_some();
    let file = origin.file.unwrap_or("<stdin>");
    let module = err.span.map(|span| Frame::at("<module>", src, span));
    if script {
        out.push_str("Traceback (most recent call last):\n");
    } else if let Some(m) = &module {
        out.push_str(&source_lines(m, true, color));
    }
    let frames = module.iter().filter(|_| script).chain(&err.trace);
    let mut shown = Vec::new();
    for f in frames {
        // Code from a string has no lines for a traceback to show.
        let name = f.file.as_deref().unwrap_or(file);
        let mut text = format!("  File \"{name}\", line {}, in {}\n", f.line, f.name);
        if script && f.file.is_none() {
            text.push_str(&source_lines(f, false, color));
        }
        shown.push((f.name.as_str(), f.line, text));
    }
    if script && shown.is_empty() {
        out.push_str(&format!("  File \"{file}\", line 1, in <module>\n"));
    }
    out.push_str(&summarise_repeats(&shown));
    out
}

/// CPython's `tb_printinternal`: a run of frames at the same line of the
/// same function (runaway recursion) shows its first three, then a count of
/// the rest.
fn summarise_repeats(frames: &[(&str, usize, String)]) -> String {
    const CUTOFF: usize = 3;
    let mut out = String::new();
    let mut k = 0;
    while k < frames.len() {
        let (name, line, _) = &frames[k];
        let run = frames[k..]
            .iter()
            .take_while(|(n, l, _)| n == name && l == line)
            .count();
        for (_, _, text) in &frames[k..k + run.min(CUTOFF)] {
            out.push_str(text);
        }
        if run > CUTOFF {
            let more = run - CUTOFF;
            let s = if more > 1 { "s" } else { "" };
            out.push_str(&format!("  [Previous line repeated {more} more time{s}]\n"));
        }
        k += run;
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
    use crate::error::Span;

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
