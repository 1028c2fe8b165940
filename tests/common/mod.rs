//! What the golden and differential tests share: running npcalc, reading the
//! exception and warning lines out of its stderr, and diffs.

use std::io::Write;
use std::process::{Command, Stdio};

/// npcalc's output for one run.
#[allow(dead_code)] // `status` is read by the golden test only.
pub struct Run {
    pub stdout: String,
    pub stderr: String,
    pub status: i32,
}

/// Runs npcalc with `args`, feeding `stdin`, on the SkylakeX BLAS core
/// (the one the golden corpus was recorded with).
#[allow(dead_code)] // The golden test picks its core per case.
pub fn npcalc(args: &[&str], dir: Option<&std::path::Path>, stdin: &[u8]) -> Run {
    npcalc_on(args, dir, stdin, "SkylakeX")
}

/// `npcalc` with OpenBLAS's `OPENBLAS_CORETYPE` set to `core`, as
/// tests/oracle/regen.py sets it for NumPy, so that the last digits of BLAS
/// results do not depend on the machine (or on a value in the environment).
pub fn npcalc_on(args: &[&str], dir: Option<&std::path::Path>, stdin: &[u8], core: &str) -> Run {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_npcalc"));
    cmd.args(args)
        .env("NO_COLOR", "1")
        .env("OPENBLAS_CORETYPE", core)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    if let Some(d) = dir {
        cmd.current_dir(d);
    }
    let mut child = cmd.spawn().expect("npcalc runs");
    let mut input = child.stdin.take().expect("stdin");
    let bytes = stdin.to_vec();
    let writer = std::thread::spawn(move || {
        let _ = input.write_all(&bytes);
    });
    let out = child.wait_with_output().expect("npcalc finishes");
    let _ = writer.join();
    Run {
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        status: out.status.code().unwrap_or(-1),
    }
}

/// The lines of the exceptions and warnings in npcalc's stderr, in order,
/// each event with all the lines of its message: warnings are
/// `FILE:LINE: Category: message` (kept as `Category: message`). What
/// frames an event is left out: traceback headers, `File` lines and the
/// source lines under them, a source line with its caret line, and the
/// source line shown under a warning. Events are compared as one run of
/// lines, so where one ends and the next begins needs no guessing.
pub fn events(stderr: &str) -> Vec<String> {
    #[derive(PartialEq)]
    enum In {
        Between,
        // Just after a `File` line: an indented line is its source line.
        Frame,
        Exception,
        Warning,
    }
    fn end_event(out: &mut Vec<String>, state: &In) {
        if matches!(state, In::Exception | In::Warning) {
            while out.last().is_some_and(|l| l.is_empty()) {
                out.pop();
            }
        }
    }
    let lines: Vec<&str> = stderr.lines().collect();
    // CPython 3.11 anchors operators and subscripts: `~~^~~`.
    let is_caret = |l: &&str| {
        let marks = l.trim_start();
        l.starts_with("    ")
            && marks.contains('^')
            && marks.chars().all(|c| matches!(c, '^' | '~'))
    };
    let mut out: Vec<String> = Vec::new();
    let mut state = In::Between;
    // Where the exception being read began in `out`: an exception chained
    // before another is not an event of its own (Python's harness records
    // the one that ended the run).
    let mut exception_start = 0;
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i];
        let source_with_caret = line.starts_with("    ") && lines.get(i + 1).is_some_and(is_caret);
        let parts: Vec<&str> = line.splitn(3, ": ").collect();
        let located = parts[0]
            .rsplit_once(':')
            .is_some_and(|(_, n)| n.parse::<u32>().is_ok());
        let warning = parts.len() == 3 && located && parts[1].ends_with("Warning");
        let framing = line.starts_with("Traceback (most recent call last):")
            || line.starts_with("  File \"")
            || line.starts_with("  [Previous line repeated");
        if framing || source_with_caret || warning {
            // Python's harness drops the blank lines that end a message.
            end_event(&mut out, &state);
        }
        let chain_separator = matches!(
            line,
            "During handling of the above exception, another exception occurred:"
                | "The above exception was the direct cause of the following exception:"
        );
        if chain_separator && state == In::Exception {
            out.truncate(exception_start);
            state = In::Between;
        } else if framing {
            state = In::Frame;
        } else if source_with_caret {
            state = In::Between;
            i += 1;
        } else if state == In::Frame && line.starts_with("    ") {
            // The source line of a frame whose whole line is the error.
        } else if warning {
            out.push(format!("{}: {}", parts[1], parts[2]));
            state = In::Warning;
        } else if state == In::Warning && line.starts_with("  ") && !line.starts_with("   ") {
            // The warned line's source, stripped, after two spaces; a
            // message's own indented lines (ConversionWarning's) have more.
            end_event(&mut out, &state);
            state = In::Between;
        } else if state == In::Warning || state == In::Exception {
            out.push(line.to_string());
        } else if !line.is_empty() {
            exception_start = out.len();
            out.push(line.to_string());
            state = In::Exception;
        }
        i += 1;
    }
    end_event(&mut out, &state);
    out
}

pub fn diff(expected: &str, actual: &str) -> String {
    similar::TextDiff::from_lines(expected, actual)
        .unified_diff()
        .header("numpy", "npcalc")
        .to_string()
}
