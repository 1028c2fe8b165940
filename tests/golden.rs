//! The golden corpus: every case under tests/golden/ run through npcalc and
//! compared with what real NumPy 2.4.6 printed for it (NAME.expected, made by
//! tests/oracle/regen.py — never by hand). Stdout must match byte for byte;
//! the exception and warning lines must match in order; so must the exit
//! status. All mismatches are reported together, each with a diff.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

struct Expected {
    status: i32,
    events: Vec<String>,
    stdout: String,
}

fn parse_expected(text: &str) -> Expected {
    let (head, stdout) = text
        .split_once("---\n")
        .expect("expected file has a --- line");
    let mut lines = head.lines();
    let status = lines
        .next()
        .and_then(|l| l.parse().ok())
        .expect("status line");
    Expected {
        status,
        events: lines.map(String::from).collect(),
        stdout: stdout.to_string(),
    }
}

/// The exception and warning lines of npcalc's stderr: warnings look like
/// `FILE:LINE: Category: message`; an exception's last line is the only
/// unindented line of its report that is not a traceback header.
fn events(stderr: &str) -> Vec<String> {
    let mut out = Vec::new();
    for line in stderr.lines() {
        if line.starts_with(' ')
            || line.starts_with("Traceback (most recent call last):")
            || line.is_empty()
        {
            continue;
        }
        let warning = line.splitn(3, ": ").collect::<Vec<_>>();
        if let Some(category) = line.split(": ").nth(1).filter(|c| c.ends_with("Warning"))
            && line.split(": ").next().is_some_and(|loc| {
                loc.rsplit_once(':')
                    .is_some_and(|(_, n)| n.parse::<u32>().is_ok())
            })
        {
            let message = warning.get(2).copied().unwrap_or("");
            out.push(format!("{category}: {message}"));
            continue;
        }
        out.push(line.to_string());
    }
    out
}

fn cases(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("golden dir").flatten() {
        let p = entry.path();
        if p.is_dir() {
            cases(&p, out);
        } else if matches!(
            p.extension().and_then(|e| e.to_str()),
            Some("py" | "session")
        ) {
            out.push(p);
        }
    }
}

fn run(case: &Path) -> (String, String, i32) {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_npcalc"));
    cmd.env("NO_COLOR", "1")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let out = if case.extension().is_some_and(|e| e == "session") {
        cmd.stdin(std::fs::File::open(case).expect("case")).output()
    } else {
        cmd.arg(case.file_name().expect("name"))
            .current_dir(case.parent().expect("dir"))
            .stdin(Stdio::null())
            .output()
    }
    .expect("npcalc runs");
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
        out.status.code().unwrap_or(-1),
    )
}

fn diff(expected: &str, actual: &str) -> String {
    similar::TextDiff::from_lines(expected, actual)
        .unified_diff()
        .header("numpy", "npcalc")
        .to_string()
}

/// Checks one case; None when it matches.
pub fn check(case: &Path, expected_file: &Path) -> Option<String> {
    let want = parse_expected(&std::fs::read_to_string(expected_file).ok()?);
    let (stdout, stderr, status) = run(case);
    let got_events = events(&stderr);
    let mut problems = String::new();
    if stdout != want.stdout {
        problems.push_str(&format!("stdout differs:\n{}", diff(&want.stdout, &stdout)));
    }
    if got_events != want.events {
        problems.push_str(&format!(
            "errors/warnings differ:\n{}npcalc's stderr was:\n{stderr}",
            diff(
                &(want.events.join("\n") + "\n"),
                &(got_events.join("\n") + "\n")
            )
        ));
    }
    if status != want.status {
        problems.push_str(&format!(
            "exit status {status}, NumPy's run gave {}\n",
            want.status
        ));
    }
    (!problems.is_empty()).then_some(problems)
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn golden_corpus_matches_numpy() {
    let mut all = Vec::new();
    cases(&root().join("tests/golden"), &mut all);
    all.sort();
    assert!(
        all.len() >= 400,
        "the golden corpus has only {} cases",
        all.len()
    );
    let mut failures = Vec::new();
    for case in &all {
        let expected = case.with_extension("expected");
        assert!(
            expected.exists(),
            "{} has no .expected: run tests/oracle/regen.py",
            case.display()
        );
        if let Some(p) = check(case, &expected) {
            failures.push(format!(
                "=== {}\n{p}",
                case.strip_prefix(root()).unwrap_or(case).display()
            ));
        }
    }
    println!("golden: {} cases, {} mismatches", all.len(), failures.len());
    assert!(
        failures.is_empty(),
        "{} of {} golden cases differ from NumPy:\n{}",
        failures.len(),
        all.len(),
        failures.join("\n")
    );
}

#[test]
fn examples_match_numpy() {
    let mut failures = Vec::new();
    let mut n = 0;
    for entry in std::fs::read_dir(root().join("examples"))
        .expect("examples")
        .flatten()
    {
        let p = entry.path();
        if p.extension().is_some_and(|e| e == "py") {
            n += 1;
            let expected = root()
                .join("tests/golden/examples")
                .join(p.file_stem().expect("stem"))
                .with_extension("expected");
            assert!(
                expected.exists(),
                "{} has no expectation: run tests/oracle/regen.py",
                p.display()
            );
            if let Some(problem) = check(&p, &expected) {
                failures.push(format!("=== {}\n{problem}", p.display()));
            }
        }
    }
    assert!(n >= 12, "only {n} examples");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
