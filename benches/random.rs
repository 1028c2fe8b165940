//! `cargo bench --bench random`: 10^7 seeded draws through npcalc's
//! evaluator against NumPy, in the same run. Each side first builds its
//! generator, then times only the drawing statement (median of 5 runs).
//! NumPy is the Python named by NPCALC_ORACLE_PYTHON (or `python3`).

use npcalc::eval::Interp;
use npcalc::syntax::parse;
use std::process::Command;
use std::time::Instant;

const CASES: [(&str, &str); 3] = [
    ("rng.normal(size=10**7)", "normal, 10^7 float64"),
    (
        "rng.integers(0, 1000, size=10**7)",
        "integers [0, 1000), 10^7 int64",
    ),
    (
        "rng.integers(-2**40, 2**40, size=10**7)",
        "integers +-2^40, 10^7 int64",
    ),
];
const RUNS: usize = 5;

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

fn ours(call: &str) -> f64 {
    let mut it = Interp::new(Box::new(std::io::sink()));
    for stmt in parse("rng = np.random.default_rng(12345)").expect("parses") {
        it.exec(&stmt).expect("runs");
    }
    let stmts = parse(&format!("x = {call}")).expect("parses");
    let times = (0..RUNS)
        .map(|_| {
            let start = Instant::now();
            for stmt in &stmts {
                it.exec(stmt).expect("runs");
            }
            start.elapsed().as_secs_f64()
        })
        .collect();
    median(times)
}

const NUMPY_SCRIPT: &str = r#"
import sys, time
import numpy as np
rng = np.random.default_rng(12345)
times = []
for _ in range(int(sys.argv[2])):
    t = time.perf_counter()
    x = eval(sys.argv[1])
    times.append(time.perf_counter() - t)
print(sorted(times)[len(times) // 2])
"#;

fn theirs(python: &str, call: &str) -> Option<f64> {
    let out = Command::new(python)
        .args(["-c", NUMPY_SCRIPT, call, &RUNS.to_string()])
        .output()
        .ok()?;
    String::from_utf8_lossy(&out.stdout).trim().parse().ok()
}

fn main() {
    let python = std::env::var("NPCALC_ORACLE_PYTHON").unwrap_or_else(|_| "python3".into());
    println!("{:<36} {:>12} {:>12}", "case", "npcalc (s)", "numpy (s)");
    for (call, name) in CASES {
        let np = theirs(&python, call).map_or("n/a".to_string(), |t| format!("{t:.3}"));
        println!("{:<36} {:>12.3} {:>12}", name, ours(call), np);
    }
}
