//! Python files: the doctest examples in their triple-quoted strings
//! (docstrings), and the whole file run as a script against `FILE.out`
//! (what `python3 FILE > FILE.out` wrote) when that file exists.

use super::compare::{Flags, matches};
use super::workspace::Workspace;
use super::{Example, Failure, FileReport, Place, Rewrite, doctest};
use std::path::Path;

/// The doctest examples of every triple-quoted string in `text`, taken
/// literally (as in a raw docstring).
pub fn docstring_examples(text: &str) -> Result<Vec<Example>, String> {
    let mut examples = Vec::new();
    for range in triple_quoted(text) {
        examples.extend(doctest::parse(text, range)?);
    }
    Ok(examples)
}

/// Byte ranges of the bodies of triple-quoted strings, skipping comments
/// and other string literals.
fn triple_quoted(text: &str) -> Vec<std::ops::Range<usize>> {
    let bytes = text.as_bytes();
    let mut found = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'#' => i = text[i..].find('\n').map_or(bytes.len(), |n| i + n),
            q @ (b'"' | b'\'') => {
                let triple = [q; 3];
                if bytes[i..].starts_with(&triple) {
                    let start = i + 3;
                    let end = find_closing(bytes, start, &triple);
                    found.push(start..end.min(bytes.len()));
                    i = end + 3;
                } else {
                    i = find_closing(bytes, i + 1, &[q]) + 1;
                }
            }
            _ => i += 1,
        }
    }
    found
}

/// Index of the closing quote sequence at or after `from`, skipping escaped
/// characters; the end of the text when unclosed.
fn find_closing(bytes: &[u8], mut from: usize, quote: &[u8]) -> usize {
    while from < bytes.len() {
        if bytes[from] == b'\\' {
            from += 2;
        } else if bytes[from..].starts_with(quote) || (quote.len() == 1 && bytes[from] == b'\n') {
            // A one-quote string also ends (unclosed) at the line's end.
            return from;
        } else {
            from += 1;
        }
    }
    bytes.len()
}

/// Compares the script's output with `FILE.out`, in a fresh workspace.
pub fn check_script(path: &Path, text: &str, update: bool, report: &mut FileReport) {
    let mut out_path = path.as_os_str().to_owned();
    out_path.push(".out");
    let out_path = std::path::PathBuf::from(out_path);
    let Ok(want) = std::fs::read_to_string(&out_path) else {
        return;
    };
    let got = Workspace::default().run_script(text, &path.to_string_lossy());
    if matches(&want, &got, Flags::default()) {
        report.passed += 1;
        return;
    }
    let line = want
        .lines()
        .zip(got.stdout.lines())
        .take_while(|(w, g)| w == g)
        .count()
        + 1;
    if update {
        report.rewrites.push(Rewrite {
            path: out_path.clone(),
            old: want.clone(),
            new: got.stdout.clone(),
        });
    }
    report.failures.push(Failure {
        path: out_path,
        place: Place::Line(line),
        // The whole script is the example: the diff is the report.
        source: String::new(),
        want,
        got: got.as_expected(),
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn examples_come_from_docstrings_only() {
        let text = "import numpy as np\n# '''>>> 1'''\ns = '>>> 2'\ndef f():\n    r\"\"\"Sum.\n\n    >>> 3\n    3\n    \"\"\"\n";
        let ex = docstring_examples(text).unwrap();
        assert_eq!(ex.len(), 1);
        assert_eq!((ex[0].line, ex[0].source.as_str()), (7, "3\n"));
    }
}
