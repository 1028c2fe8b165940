//! `npcalc check`: running the examples in lesson files (Markdown,
//! reStructuredText and text doctests, Python docstrings and scripts with a
//! `.out` file, Jupyter notebooks) and comparing them with their written
//! outputs by doctest's rules; `--update` writes npcalc's outputs back.

pub mod compare;
mod doctest;
mod markdown;
mod notebook;
mod python;
pub mod report;
mod update;
mod workspace;

use compare::{Flags, matches};
use std::ops::Range;
use std::path::{Path, PathBuf};
use workspace::Workspace;

/// One example found in a text file.
#[derive(Debug)]
pub struct Example {
    /// 1-based line of the example's first source line.
    pub line: usize,
    pub source: String,
    /// The expected output, with the layout's indentation removed.
    pub want: String,
    /// Where the expected output stands in the file (empty when there is
    /// none yet: where it would go).
    pub want_span: Range<usize>,
    pub layout: Layout,
    pub flags: Flags,
    /// False for a code block with no output block: it runs for its effect
    /// on the workspace, its output is not compared.
    pub compared: bool,
}

/// How an example runs and how its output is written in the file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Layout {
    /// A `>>> ` example: a session chunk; output lines carry the prompt's
    /// indentation, empty lines are written `<BLANKLINE>`.
    Doctest { indent: usize },
    /// A code block with an output block: a notebook-style cell; output
    /// lines carry the output block's indentation.
    Cell { indent: usize },
}

/// 1-based line number of byte `at` in `text`.
pub fn line_of(text: &str, at: usize) -> usize {
    text[..at.min(text.len())].matches('\n').count() + 1
}

/// A failed example, ready to report.
#[derive(Debug)]
pub struct Failure {
    /// The file holding the expected output.
    pub path: PathBuf,
    pub place: Place,
    pub source: String,
    pub want: String,
    pub got: String,
}

/// Where a failed example stands: a line of a text file, or a notebook's
/// code cell (counting code cells from 1).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Place {
    Line(usize),
    Cell(usize),
}

impl std::fmt::Display for Place {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Place::Line(n) => write!(f, "{n}"),
            Place::Cell(n) => write!(f, " code cell {n}"),
        }
    }
}

/// A file's new contents, written by `--update`.
#[derive(Debug)]
pub struct Rewrite {
    pub path: PathBuf,
    pub old: String,
    pub new: String,
}

/// The outcome of checking one file.
#[derive(Debug, Default)]
pub struct FileReport {
    pub passed: usize,
    pub failures: Vec<Failure>,
    /// A file that could not be read or parsed: it fails as a whole.
    pub problem: Option<String>,
    pub rewrites: Vec<Rewrite>,
}

/// The file kinds `check` reads, by extension.
pub fn is_checkable(path: &Path) -> bool {
    matches!(
        path.extension().and_then(|e| e.to_str()),
        Some("md" | "rst" | "txt" | "py" | "ipynb")
    )
}

/// Checks one file; with `update`, also computes the rewritten files.
pub fn check_file(path: &Path, update: bool) -> FileReport {
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) => {
            return FileReport {
                problem: Some(format!("cannot read {}: {e}", path.display())),
                ..FileReport::default()
            };
        }
    };
    let mut report = check_contents(path, &text, update);
    if path.extension().is_some_and(|e| e == "py") {
        python::check_script(path, &text, update, &mut report);
    }
    report
}

/// Checks a lesson given as text, named `name` (its extension picks the
/// format, as for files): the examples in it, nothing read or written
/// beside it (a `.py` lesson's `.out` file is not looked for). The web
/// page's "open a lesson" runs this.
pub fn check_text(name: &str, text: &str) -> FileReport {
    check_contents(Path::new(name), text, false)
}

fn check_contents(path: &Path, text: &str, update: bool) -> FileReport {
    let mut ws = Workspace::default();
    let examples = match path.extension().and_then(|e| e.to_str()) {
        Some("ipynb") => return notebook::check(path, text, &mut ws, update),
        Some("md") => markdown::examples(text),
        Some("py") => python::docstring_examples(text),
        _ => doctest::parse(text, 0..text.len()),
    };
    if let Ok(examples) = &examples
        && !examples.is_empty()
        && path.extension().is_some_and(|e| e == "py")
    {
        // `python -m doctest FILE.py` imports the module first: its
        // examples see the functions and names it defines.
        let name = path
            .file_stem()
            .map_or(String::new(), |s| s.to_string_lossy().into_owned());
        if let Some(error) = ws.run_module(text, &name) {
            return FileReport {
                problem: Some(format!(
                    "{}: the module does not run, so its examples cannot: {error}",
                    path.display()
                )),
                ..FileReport::default()
            };
        }
    }
    match examples {
        Ok(examples) => check_examples(path, text, &examples, &mut ws, update),
        Err(e) => FileReport {
            problem: Some(format!("{}: {e}", path.display())),
            ..FileReport::default()
        },
    }
}

/// Runs `examples` in order in `ws`, comparing each with its expected text.
fn check_examples(
    path: &Path,
    text: &str,
    examples: &[Example],
    ws: &mut Workspace,
    update: bool,
) -> FileReport {
    let mut report = FileReport::default();
    let mut edits = Vec::new();
    for ex in examples.iter().filter(|ex| !ex.flags.skip) {
        let got = match ex.layout {
            Layout::Doctest { .. } => ws.run_example(&ex.source),
            Layout::Cell { .. } => ws.run_cell(&ex.source).as_got(),
        };
        if !ex.compared {
            continue;
        }
        if matches(&ex.want, &got, ex.flags) {
            report.passed += 1;
            continue;
        }
        let got = got.as_expected();
        if update {
            edits.push((ex.want_span.clone(), update::render(&got, ex.layout)));
        }
        report.failures.push(Failure {
            path: path.to_path_buf(),
            place: Place::Line(ex.line),
            source: ex.source.clone(),
            want: ex.want.clone(),
            got,
        });
    }
    if !edits.is_empty() {
        report.rewrites.push(Rewrite {
            path: path.to_path_buf(),
            old: text.to_string(),
            new: update::apply(text, &edits),
        });
    }
    report
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Malformed lesson files are reported, never a panic: every cut of a
    /// lesson in each format (unclosed fences, strings and JSON, prompts
    /// without output) is read and checked.
    #[test]
    fn truncated_files_never_panic() {
        let md = "```python\n>>> 'é'\n'é'\n```\n```py\nx = 1\n```\nOutput:\n```\n1\n```\n";
        let py = "\"\"\"\n>>> 1 # doctest: +BOGUS\n1\n\"\"\"\ns = '\\é'\n'''>>> 2\n";
        let nb = "{\"nbformat\": 4, \"cells\": [{\"cell_type\": \"code\", \"source\": \"np.cumsum([1])\", \"outputs\": [{\"output_type\": \"error\"}]}]}";
        let dir = tempfile::tempdir().expect("temp dir");
        for (name, text) in [("a.md", md), ("a.py", py), ("a.ipynb", nb), ("a.rst", md)] {
            for cut in (0..=text.len()).filter(|&i| text.is_char_boundary(i)) {
                let path = dir.path().join(name);
                std::fs::write(&path, &text[..cut]).expect("write");
                let report = check_file(&path, true);
                assert!(report.passed + report.failures.len() < 10);
            }
        }
    }
}
