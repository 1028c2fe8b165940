//! The golden corpus: every case under tests/golden/ run through npcalc and
//! compared with what real NumPy 2.4.6 printed for it (NAME.expected, made by
//! tests/oracle/regen.py — never by hand). Stdout must match byte for byte;
//! the exceptions and warnings, every line of their messages, must match in
//! order; so must the exit status. A case with NAME.stderr (tests/golden/tracebacks/)
//! must also print Python's whole stderr, tracebacks byte for byte. All
//! mismatches are reported together, each with a diff.

mod common;

use common::diff;
use std::path::{Path, PathBuf};

struct Expected {
    status: i32,
    events: Vec<String>,
    stdout: String,
}

fn parse_expected(text: &str) -> Expected {
    // The event lines end at the first line `---` (regen.py refuses events
    // holding one); stdout follows it byte for byte.
    let mut head = Vec::new();
    let mut rest = text;
    while let Some((line, after)) = rest.split_once('\n') {
        rest = after;
        if line == "---" {
            break;
        }
        head.push(line);
    }
    let (status, events) = head.split_first().expect("status line");
    Expected {
        status: status.parse().expect("status line"),
        events: events.iter().map(|l| l.to_string()).collect(),
        stdout: rest.to_string(),
    }
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

/// The OpenBLAS core a case is recorded on: Haswell under a directory
/// named `*_haswell`, SkylakeX elsewhere (tests/oracle/regen.py says the same).
fn core(case: &Path) -> &'static str {
    let dir = case.parent().and_then(|d| d.file_name());
    if dir.is_some_and(|d| d.to_string_lossy().ends_with("_haswell")) {
        "Haswell"
    } else {
        "SkylakeX"
    }
}

fn run(case: &Path) -> common::Run {
    if case.extension().is_some_and(|e| e == "session") {
        common::npcalc_on(&[], None, &std::fs::read(case).expect("case"), core(case))
    } else {
        let name = case
            .file_name()
            .expect("name")
            .to_string_lossy()
            .into_owned();
        common::npcalc_on(&[&name], case.parent(), b"", core(case))
    }
}

/// Checks one case; None when it matches.
pub fn check(case: &Path, expected_file: &Path) -> Option<String> {
    let want = parse_expected(&std::fs::read_to_string(expected_file).ok()?);
    let common::Run {
        stdout,
        stderr,
        status,
    } = run(case);
    let got_events = common::events(&stderr);
    let mut problems = String::new();
    // An object's default repr shows its address (`<… object at 0x7f…>`),
    // which differs from run to run: compared as `0x…`.
    let address = regex_lite::Regex::new(r" at 0x[0-9a-f]+>").expect("pattern");
    let (want_stdout, stdout) = (
        address.replace_all(&want.stdout, " at 0x…>").into_owned(),
        address.replace_all(&stdout, " at 0x…>").into_owned(),
    );
    if stdout != want_stdout {
        problems.push_str(&format!("stdout differs:\n{}", diff(&want_stdout, &stdout)));
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
    if let Ok(want_stderr) = std::fs::read_to_string(case.with_extension("stderr")) {
        // Both print the script's absolute path; the file keeps its name.
        let name = case.file_name().expect("name").to_string_lossy();
        let got = stderr.replace(&*case.to_string_lossy(), &name);
        if got != want_stderr {
            problems.push_str(&format!("stderr differs:\n{}", diff(&want_stderr, &got)));
        }
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
    // NPCALC_GOLDEN=TEXT runs only the cases whose path contains TEXT.
    if let Ok(filter) = std::env::var("NPCALC_GOLDEN") {
        all.retain(|c| c.to_string_lossy().contains(&filter));
    }
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
    // Straight to stderr, past the harness's capture, so the count shows in the log.
    use std::io::Write;
    let _ = writeln!(
        std::io::stderr(),
        "golden: {} cases, {} mismatches",
        all.len(),
        failures.len()
    );
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
