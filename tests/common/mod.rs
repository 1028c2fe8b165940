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

/// Runs npcalc with `args`, feeding `stdin`.
pub fn npcalc(args: &[&str], dir: Option<&std::path::Path>, stdin: &[u8]) -> Run {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_npcalc"));
    cmd.args(args)
        .env("NO_COLOR", "1")
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

/// The exception and warning lines of npcalc's stderr, in order: warnings
/// are `FILE:LINE: Category: message` (kept as `Category: message`); an
/// exception's last line is the only unindented line of its report that is
/// not a traceback header.
pub fn events(stderr: &str) -> Vec<String> {
    let mut out = Vec::new();
    for line in stderr.lines() {
        if line.is_empty()
            || line.starts_with(' ')
            || line.starts_with("Traceback (most recent call last):")
        {
            continue;
        }
        let parts: Vec<&str> = line.splitn(3, ": ").collect();
        let located = parts[0]
            .rsplit_once(':')
            .is_some_and(|(_, n)| n.parse::<u32>().is_ok());
        if parts.len() == 3 && located && parts[1].ends_with("Warning") {
            out.push(format!("{}: {}", parts[1], parts[2]));
        } else {
            out.push(line.to_string());
        }
    }
    out
}

pub fn diff(expected: &str, actual: &str) -> String {
    similar::TextDiff::from_lines(expected, actual)
        .unified_diff()
        .header("numpy", "npcalc")
        .to_string()
}
