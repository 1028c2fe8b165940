//! `cargo bench --bench cumsum`: every row of the speed table (issue 15), for
//! NumPy and npcalc in one run, measured as whole processes: the time of a
//! script doing the operation three times, minus the same script without it,
//! divided by three; best of `NPCALC_BENCH_RUNS` (default 3) of each. Peak
//! memory is the maximum resident size of the process with the operation
//! (from `/usr/bin/time`). NumPy is the Python named by NPCALC_ORACLE_PYTHON
//! (default `python3`). NPCALC_BENCH_FILTER=TEXT runs only rows whose name
//! contains TEXT.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;

struct Row {
    name: &'static str,
    /// Prepares the input; the same text runs under both.
    setup: String,
    /// The operation, run three times after the setup.
    op: String,
}

fn row(name: &'static str, setup: &str, op: &str) -> Row {
    Row {
        name,
        setup: setup.to_string(),
        op: op.to_string(),
    }
}

fn rows() -> Vec<Row> {
    // linspace: inexact values without the setup costing more than the op.
    let floats = "a = np.linspace(0, 1, 10**8)";
    let square = "a = np.linspace(0, 1, 10**8).reshape(10**4, 10**4)";
    let cube = "a = np.linspace(0, 1, 10**8).reshape(100, 1000, 1000)";
    let list: String = {
        let mut s = String::from("x = np.array([");
        for i in 0..1_000_000 {
            let _ = write!(s, "{i}, ");
        }
        s.push_str("]).cumsum()");
        s
    };
    let statements: String = (0..100_000)
        .map(|k| {
            format!(
                "x{k} = np.array([{k}, {}, {}]).cumsum(axis=0)\n",
                k + 1,
                k + 2
            )
        })
        .collect();
    vec![
        row(
            "a.cumsum(), 1-D int64, 10^8",
            "a = np.arange(10**8, dtype=np.int64)",
            "a.cumsum()",
        ),
        row("a.cumsum(), 1-D float64, 10^8", floats, "a.cumsum()"),
        row(
            "a.cumsum(axis=0), float64 10^4x10^4",
            square,
            "a.cumsum(axis=0)",
        ),
        row(
            "a.cumsum(axis=1), float64 10^4x10^4",
            square,
            "a.cumsum(axis=1)",
        ),
        row(
            "a.cumsum(axis=0), float64 100x1000x1000",
            cube,
            "a.cumsum(axis=0)",
        ),
        row(
            "a.cumsum(axis=1), float64 100x1000x1000",
            cube,
            "a.cumsum(axis=1)",
        ),
        row(
            "a.cumsum(axis=2), float64 100x1000x1000",
            cube,
            "a.cumsum(axis=2)",
        ),
        row(
            "a.cumsum(), int8 -> int64, 10^8",
            "a = np.ones(10**8, dtype=np.int8)",
            "a.cumsum()",
        ),
        row("bandwidth: a.copy(), float64 10^8", floats, "a.copy()"),
        row("script: a 10^6-element list literal, cumsum", "", &list),
        row(
            "script: 10^5 statements x = np.array(..).cumsum()",
            "",
            &statements,
        ),
        // The same script read and checked but not run (both check a whole
        // script's syntax before running its first line): the part of the
        // row above that is parsing alone.
        row(
            "  the same, syntax check only (raise SystemExit)",
            "raise SystemExit",
            &statements,
        ),
    ]
}

/// Wall seconds and peak resident MiB of one run of `cmd script`.
fn run_once(cmd: &[String], script: &Path) -> Option<(f64, f64)> {
    let rss = std::env::temp_dir().join(format!("npcalc-bench-rss-{}", std::process::id()));
    let start = Instant::now();
    let status = Command::new("/usr/bin/time")
        .args(["-f", "%M", "-o"])
        .arg(&rss)
        .args(cmd)
        .arg(script)
        .stdout(Stdio::null())
        .status()
        .ok()?;
    let secs = start.elapsed().as_secs_f64();
    let kib: f64 = std::fs::read_to_string(&rss).ok()?.trim().parse().ok()?;
    status.success().then_some((secs, kib / 1024.0))
}

/// Best of `runs`: (seconds, peak MiB of that run).
fn best(cmd: &[String], script: &Path, runs: usize) -> Option<(f64, f64)> {
    (0..runs)
        .map(|_| run_once(cmd, script))
        .collect::<Option<Vec<_>>>()?
        .into_iter()
        .min_by(|a, b| a.0.total_cmp(&b.0))
}

fn write_script(dir: &Path, name: &str, body: &str) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, format!("import numpy as np\n{body}\n")).expect("temp script");
    path
}

/// Seconds per operation and peak MiB, or None if a run failed.
fn measure(cmd: &[String], dir: &Path, r: &Row, runs: usize) -> Option<(f64, f64)> {
    let base = write_script(dir, "base.py", &r.setup);
    let ops = format!("{}\n{}\n{}\n{}", r.setup, r.op, r.op, r.op);
    let with = write_script(dir, "ops.py", &ops);
    let (t0, _) = best(cmd, &base, runs)?;
    let (t3, peak) = best(cmd, &with, runs)?;
    Some((((t3 - t0) / 3.0).max(0.0), peak))
}

fn ms(t: Option<(f64, f64)>) -> String {
    t.map_or("n/a".into(), |(s, _)| format!("{:.0}", s * 1e3))
}

fn mib(t: Option<(f64, f64)>) -> String {
    t.map_or("n/a".into(), |(_, m)| format!("{m:.0}"))
}

fn main() {
    let npcalc = vec![env!("CARGO_BIN_EXE_npcalc").to_string()];
    let python = vec![std::env::var("NPCALC_ORACLE_PYTHON").unwrap_or_else(|_| "python3".into())];
    let runs: usize = std::env::var("NPCALC_BENCH_RUNS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(3);
    let filter = std::env::var("NPCALC_BENCH_FILTER").unwrap_or_default();
    let dir = std::env::temp_dir().join(format!("npcalc-bench-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    println!(
        "{:<50} {:>9} {:>9} {:>8} {:>10} {:>10}",
        "case (ms per operation, best of runs)",
        "NumPy",
        "npcalc",
        "speed",
        "NumPy MiB",
        "npcalc MiB"
    );
    for r in rows().iter().filter(|r| r.name.contains(&filter)) {
        let theirs = measure(&python, &dir, r, runs);
        let ours = measure(&npcalc, &dir, r, runs);
        let speed = match (theirs, ours) {
            (Some((a, _)), Some((b, _))) if b > 0.0 => format!("{:.2}x", a / b),
            _ => "n/a".into(),
        };
        println!(
            "{:<50} {:>9} {:>9} {:>8} {:>10} {:>10}",
            r.name,
            ms(theirs),
            ms(ours),
            speed,
            mib(theirs),
            mib(ours)
        );
    }
    // Start-up: the whole process printing its first answer.
    let first = write_script(&dir, "first.py", "print(np.array([1, 2, 3]).cumsum())");
    let theirs = best(&python, &first, runs.max(5));
    let ours = best(&npcalc, &first, runs.max(5));
    let speed = match (theirs, ours) {
        (Some((a, _)), Some((b, _))) => format!("{:.0}x", a / b),
        _ => "n/a".into(),
    };
    println!(
        "{:<50} {:>9} {:>9} {:>8} {:>10} {:>10}",
        "start-up to the first answer (whole process)",
        theirs.map_or("n/a".into(), |(s, _)| format!("{:.1}", s * 1e3)),
        ours.map_or("n/a".into(), |(s, _)| format!("{:.1}", s * 1e3)),
        speed,
        mib(theirs),
        mib(ours)
    );
    let _ = std::fs::remove_dir_all(&dir);
}
