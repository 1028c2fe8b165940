//! Running `npcalc check` over files and folders and reporting like a test
//! runner: `ok`/`FAILED` per file, a diff per failure, a summary line.

use super::{FileReport, check_file, is_checkable};
use owo_colors::OwoColorize;
use similar::algorithms::{Capture, Compact, Replace, myers};
use similar::{ChangeTag, DiffableStr, TextDiff};
use std::path::{Path, PathBuf};

/// Checks (or with `update`, rewrites) every lesson file under `paths`;
/// the exit status is 1 when anything failed and was not updated.
pub fn run(paths: &[PathBuf], update: bool, color: bool) -> i32 {
    let mut files = Vec::new();
    for path in paths {
        if path.is_dir() {
            collect(path, &mut files);
        } else {
            files.push(path.clone());
        }
    }
    let bar = progress_bar(files.len());
    let (mut passed, mut failed, mut updated, mut broken) = (0, 0, 0, 0);
    for file in &files {
        bar.set_message(file.display().to_string());
        let report = check_file(file, update);
        let text = render(file, &report, color);
        bar.suspend(|| print!("{text}"));
        passed += report.passed;
        failed += report.failures.len();
        broken += usize::from(report.problem.is_some());
        for rewrite in report.rewrites.iter().filter(|r| r.old != r.new) {
            let shown = format!(
                "updated {}\n{}",
                rewrite.path.display(),
                file_diff(&rewrite.old, &rewrite.new, color)
            );
            match std::fs::write(&rewrite.path, &rewrite.new) {
                Ok(()) => {
                    updated += 1;
                    bar.suspend(|| print!("{shown}"));
                }
                Err(e) => {
                    broken += 1;
                    bar.suspend(|| {
                        eprintln!("npcalc: cannot write {}: {e}", rewrite.path.display())
                    });
                }
            }
        }
        bar.inc(1);
    }
    bar.finish_and_clear();
    let mut summary = format!("{passed} passed, {failed} failed");
    if broken > 0 {
        summary.push_str(&format!(", {broken} files with errors"));
    }
    if update {
        summary.push_str(&format!(", {updated} files updated"));
    }
    println!("{summary}");
    i32::from(broken > 0 || (failed > 0 && !update))
}

/// A bar only helps a person watching a terminal; pipes and logs get none.
#[cfg(feature = "cli")]
fn progress_bar(len: usize) -> indicatif::ProgressBar {
    use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
    use std::io::IsTerminal;
    let bar = if std::io::stderr().is_terminal() && len > 1 {
        ProgressBar::with_draw_target(Some(len as u64), ProgressDrawTarget::stderr())
    } else {
        ProgressBar::hidden()
    };
    if let Ok(style) = ProgressStyle::with_template("{bar:30} {pos}/{len} {msg}") {
        bar.set_style(style);
    }
    bar
}

/// Without the command-line front end there is no terminal to draw on.
#[cfg(not(feature = "cli"))]
fn progress_bar(_len: usize) -> NoBar {
    NoBar
}

#[cfg(not(feature = "cli"))]
struct NoBar;

#[cfg(not(feature = "cli"))]
impl NoBar {
    fn set_message(&self, _: String) {}
    fn suspend<R>(&self, f: impl FnOnce() -> R) -> R {
        f()
    }
    fn inc(&self, _: u64) {}
    fn finish_and_clear(&self) {}
}

/// The checkable files under `dir`, in name order, skipping hidden entries
/// (`.git`, `.ipynb_checkpoints`).
fn collect(dir: &Path, files: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut paths: Vec<PathBuf> = entries.flatten().map(|e| e.path()).collect();
    paths.sort();
    for path in paths {
        if path
            .file_name()
            .is_some_and(|n| n.to_string_lossy().starts_with('.'))
        {
            continue;
        }
        if path.is_dir() {
            collect(&path, files);
        } else if is_checkable(&path) {
            files.push(path);
        }
    }
}

/// One file's lines of the report.
pub fn render(file: &Path, report: &FileReport, color: bool) -> String {
    let ok = report.failures.is_empty() && report.problem.is_none();
    let status = match (ok, color) {
        (true, true) => "ok".green().to_string(),
        (true, false) => "ok".to_string(),
        (false, true) => "FAILED".red().bold().to_string(),
        (false, false) => "FAILED".to_string(),
    };
    let mut out = format!("{} ... {status}\n", file.display());
    if let Some(problem) = &report.problem {
        out.push_str(&format!("  {problem}\n"));
    }
    for f in &report.failures {
        out.push_str(&format!("{}:{}:\n", f.path.display(), f.place));
        for (i, line) in f.source.lines().enumerate() {
            out.push_str(if i == 0 { "  >>> " } else { "  ... " });
            out.push_str(line);
            out.push('\n');
        }
        out.push_str(&diff(&f.want, &f.got, color));
    }
    out
}

/// A line diff of expected (`-`) against got (`+`).
fn diff(want: &str, got: &str, color: bool) -> String {
    // The ops `TextDiff::from_lines` computes by default (Myers' algorithm
    // with compaction and replace detection; its trimming and integer
    // remapping of long inputs do not change them), called directly:
    // TextDiff's choice of algorithm and whitespace mode at run time builds
    // 36 copies of the diff code, a third of a megabyte of the web page's
    // wasm, where this builds one.
    let (old, new) = (want.tokenize_lines(), got.tokenize_lines());
    let mut hook = Compact::new(Replace::new(Capture::new()), &old, &new);
    let Ok(()) = myers::diff(&mut hook, &old, 0..old.len(), &new, 0..new.len());
    let ops = hook.into_inner().into_inner().into_ops();
    let mut out = String::new();
    for change in ops.iter().flat_map(|op| op.iter_changes(&old, &new)) {
        let line = change.value().strip_suffix('\n').unwrap_or(change.value());
        let text = match change.tag() {
            ChangeTag::Equal => format!("   {line}"),
            ChangeTag::Delete => format!("  -{line}"),
            ChangeTag::Insert => format!("  +{line}"),
        };
        let text = match (change.tag(), color) {
            (ChangeTag::Delete, true) => text.red().to_string(),
            (ChangeTag::Insert, true) => text.green().to_string(),
            _ => text,
        };
        out.push_str(&text);
        out.push('\n');
    }
    out
}

/// What `--update` changed in a file: a unified diff with two lines of
/// context, hunk headers giving the line numbers.
fn file_diff(old: &str, new: &str, color: bool) -> String {
    let diff = TextDiff::from_lines(old, new);
    let text = diff.unified_diff().context_radius(2).to_string();
    text.lines()
        .map(|line| {
            let shown = match line.chars().next() {
                Some('-') if color => line.red().to_string(),
                Some('+') if color => line.green().to_string(),
                Some('@') if color => line.cyan().to_string(),
                _ => line.to_string(),
            };
            shown + "\n"
        })
        .collect()
}
