//! `cargo bench --bench cumsum`: npcalc's cumsum kernel against NumPy on the
//! same inputs, in the same run — time and peak memory (VmHWM) of each case,
//! each case in a fresh process so peaks do not mix. NumPy is the Python named
//! by NPCALC_ORACLE_PYTHON (or `python3`); without NumPy only npcalc is measured.

use npcalc::array::{AccumFunc, Array, AxisArg, Ufunc, accumulate};
use std::process::Command;
use std::time::Instant;

struct Case {
    name: &'static str,
    /// Builds the input in npcalc.
    build: fn() -> Array,
    axis: AxisArg,
    /// The same input and call in NumPy.
    numpy_input: &'static str,
    numpy_call: &'static str,
}

const CASES: [Case; 3] = [
    Case {
        name: "int64, 10^8 elements, flat",
        build: || Array::from_vec((0..100_000_000i64).collect(), vec![100_000_000]),
        axis: AxisArg::Default,
        numpy_input: "np.arange(10**8, dtype=np.int64)",
        numpy_call: "a.cumsum()",
    },
    Case {
        name: "float64, 10^4 x 10^4, axis=0",
        build: || {
            Array::from_vec(
                (0..100_000_000u32).map(|i| i as f64 / 7.0).collect(),
                vec![10_000, 10_000],
            )
        },
        axis: AxisArg::Index(0),
        numpy_input: "(np.arange(10**8, dtype=np.float64) / 7).reshape(10**4, 10**4)",
        numpy_call: "a.cumsum(axis=0)",
    },
    Case {
        name: "float64, 10^4 x 10^4, axis=1",
        build: || {
            Array::from_vec(
                (0..100_000_000u32).map(|i| i as f64 / 7.0).collect(),
                vec![10_000, 10_000],
            )
        },
        axis: AxisArg::Index(1),
        numpy_input: "(np.arange(10**8, dtype=np.float64) / 7).reshape(10**4, 10**4)",
        numpy_call: "a.cumsum(axis=1)",
    },
];

/// Peak resident memory of this process so far, in MiB.
fn peak_mib() -> f64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<f64>().ok())
        .map_or(f64::NAN, |kb| kb / 1024.0)
}

/// Child mode: run one case, print `seconds input_mib peak_mib`.
fn run_case(i: usize) {
    let case = &CASES[i];
    let a = (case.build)();
    let input_mib = (a.size() * a.dtype().itemsize()) as f64 / (1 << 20) as f64;
    let start = Instant::now();
    let r = accumulate(&a, Ufunc::Add, case.axis, None, None, AccumFunc::Cum).expect("cumsum runs");
    let secs = start.elapsed().as_secs_f64();
    std::hint::black_box(&r);
    println!("{secs} {input_mib} {}", peak_mib());
}

const NUMPY_SCRIPT: &str = r#"
import resource, sys, time
import numpy as np
a = eval(sys.argv[1])
t = time.perf_counter()
r = eval(sys.argv[2])
secs = time.perf_counter() - t
print(secs, a.nbytes / 2**20, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
"#;

fn parse(out: &[u8]) -> Option<(f64, f64, f64)> {
    let text = String::from_utf8_lossy(out);
    let v: Vec<f64> = text
        .split_whitespace()
        .filter_map(|x| x.parse().ok())
        .collect();
    (v.len() == 3).then(|| (v[0], v[1], v[2]))
}

fn main() {
    let args: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with("--"))
        .collect();
    if let Some(i) = args.first().and_then(|a| a.parse::<usize>().ok()) {
        run_case(i);
        return;
    }
    let python = std::env::var("NPCALC_ORACLE_PYTHON").unwrap_or_else(|_| "python3".into());
    let me = std::env::current_exe().expect("own path");
    println!(
        "{:<32} {:>12} {:>10} {:>12} {:>12}",
        "case", "who", "time (s)", "input (MiB)", "peak (MiB)"
    );
    for (i, case) in CASES.iter().enumerate() {
        let ours = Command::new(&me)
            .arg(i.to_string())
            .output()
            .ok()
            .and_then(|o| parse(&o.stdout));
        let theirs = Command::new(&python)
            .args(["-c", NUMPY_SCRIPT, case.numpy_input, case.numpy_call])
            .output()
            .ok()
            .and_then(|o| parse(&o.stdout));
        for (who, r) in [("npcalc", ours), ("numpy", theirs)] {
            match r {
                Some((t, input, peak)) => {
                    println!(
                        "{:<32} {:>12} {:>10.3} {:>12.0} {:>12.0}",
                        case.name, who, t, input, peak
                    )
                }
                None => println!("{:<32} {:>12} {:>10}", case.name, who, "n/a"),
            }
        }
    }
}
