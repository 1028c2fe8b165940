//! Test support: a float ufunc ported bit for bit, checked against real
//! NumPy on ~10^5 inputs per dtype when NPCALC_ORACLE_PYTHON names a Python
//! with NumPy 2.4.6 (skipped otherwise). The oracle draws the inputs
//! (uniform in several ranges, every binade with both signs, subnormals,
//! random bit patterns, infinities, NaN, signed zeros) and prints each
//! input's and result's bits; the Rust function must give the same bits.

use std::process::Command;

const GENERATOR: &str = r#"
import sys, numpy as np
name, dt = sys.argv[1], np.dtype(sys.argv[2])
ut = np.uint64 if dt.itemsize == 8 else np.uint32
nbits = dt.itemsize * 8
rng = np.random.default_rng(2024)
n = 10000
parts = [rng.uniform(-1, 1, n), rng.uniform(-10, 10, n), rng.uniform(-30, 30, n),
         rng.uniform(-1e4, 1e4, n), rng.uniform(-0.1, 0.1, n)]
e = rng.integers(-1100 if nbits == 64 else -160, 1030 if nbits == 64 else 130, 4 * n)
parts.append(np.ldexp(rng.uniform(0.5, 1, 4 * n), e) * rng.choice([-1.0, 1.0], 4 * n))
parts = [p.astype(dt) for p in parts]
parts.append(rng.integers(0, 2**nbits - 1, n, dtype=np.uint64).astype(ut).view(dt))
parts.append(np.array([0.0, -0.0, np.inf, -np.inf, np.nan, 1.0, -1.0], dt))
parts.append(np.array([np.finfo(dt).tiny, np.finfo(dt).smallest_subnormal, np.finfo(dt).max], dt))
x = np.concatenate(parts)
with np.errstate(all="ignore"):
    if name == "arctan2":
        x2 = np.concatenate([x[1:], x[:1]])
        y = np.arctan2(x, x2)
    elif name == "power":
        # Positive bases and exponents that keep most results finite.
        x = np.abs(x)
        x2 = np.concatenate([x[1:], x[:1]]) % np.asarray(8, dt) - np.asarray(4, dt)
        y = np.power(x, x2)
    else:
        x2 = x
        y = getattr(np, name)(x)
for a, b, c in zip(x.view(ut).tolist(), x2.view(ut).tolist(), y.view(ut).tolist()):
    print(f"{a:x} {b:x} {c:x}")
"#;

/// The oracle's `(x, x2, np.<name>(x) or np.arctan2(x, x2))` bit patterns,
/// or None when no oracle is configured.
fn oracle(name: &str, dtype: &str) -> Option<Vec<(u64, u64, u64)>> {
    rows(&["-c", GENERATOR, name, dtype])
}

/// The `x x2 result` hex lines the oracle prints when run with `args` (a
/// script and its arguments), or None when no oracle is configured.
pub fn rows(args: &[&str]) -> Option<Vec<(u64, u64, u64)>> {
    let python = std::env::var("NPCALC_ORACLE_PYTHON").ok()?;
    let out = Command::new(python)
        .args(args)
        .output()
        .expect("the oracle runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let hex = |s: &str| u64::from_str_radix(s, 16).unwrap();
    Some(
        String::from_utf8(out.stdout)
            .unwrap()
            .lines()
            .map(|l| {
                let mut w = l.split(' ').map(hex);
                (w.next().unwrap(), w.next().unwrap(), w.next().unwrap())
            })
            .collect(),
    )
}

/// Panics with the first few inputs whose result bits differ.
pub fn report(name: &str, bad: Vec<String>, total: usize) {
    assert!(
        bad.is_empty(),
        "{name}: {} of {total} differ, e.g.\n{}",
        bad.len(),
        bad[..bad.len().min(10)].join("\n")
    );
    eprintln!("{name}: {total} inputs, all bits equal");
}

/// Checks a float64 function against `np.<name>`.
pub fn check_f64(name: &str, f: impl Fn(f64) -> f64) {
    let Some(rows) = oracle(name, "float64") else {
        return eprintln!("skipped: NPCALC_ORACLE_PYTHON is not set");
    };
    let bad = rows
        .iter()
        .filter(|&&(x, _, y)| f(f64::from_bits(x)).to_bits() != y)
        .map(|&(x, _, y)| {
            let (x, y) = (f64::from_bits(x), f64::from_bits(y));
            format!("{x:e}: numpy {y:e}, ours {:e}", f(x))
        })
        .collect();
    report(name, bad, rows.len());
}

/// Checks a float32 function against `np.<name>`.
pub fn check_f32(name: &str, f: impl Fn(f32) -> f32) {
    let Some(rows) = oracle(name, "float32") else {
        return eprintln!("skipped: NPCALC_ORACLE_PYTHON is not set");
    };
    let bad = rows
        .iter()
        .filter(|&&(x, _, y)| f(f32::from_bits(x as u32)).to_bits() as u64 != y)
        .map(|&(x, _, y)| {
            let (x, y) = (f32::from_bits(x as u32), f32::from_bits(y as u32));
            format!("{x:e}: numpy {y:e}, ours {:e}", f(x))
        })
        .collect();
    report(name, bad, rows.len());
}

/// Checks a float32 function against `np.<name>` on the inputs `keep`
/// accepts (the others are counted and reported).
pub fn check_f32_where(name: &str, f: impl Fn(f32) -> f32, keep: impl Fn(f32) -> bool) {
    let Some(rows) = oracle(name, "float32") else {
        return eprintln!("skipped: NPCALC_ORACLE_PYTHON is not set");
    };
    let (rows, skipped): (Vec<_>, Vec<_>) = rows
        .into_iter()
        .partition(|&(x, _, _)| keep(f32::from_bits(x as u32)));
    let differ = |&&(x, _, y): &&(u64, u64, u64)| f(f32::from_bits(x as u32)).to_bits() as u64 != y;
    eprintln!(
        "{name}: {} of {} inputs left out differ",
        skipped.iter().filter(differ).count(),
        skipped.len()
    );
    let bad = rows
        .iter()
        .filter(differ)
        .map(|&(x, _, y)| {
            let (x, y) = (f32::from_bits(x as u32), f32::from_bits(y as u32));
            format!("{x:e}: numpy {y:e}, ours {:e}", f(x))
        })
        .collect();
    report(name, bad, rows.len());
}

/// Checks a two-input float32 function against `np.<name>(x, x2)` on the
/// inputs `keep` accepts (the others are counted and reported).
pub fn check_f32_2(name: &str, f: impl Fn(f32, f32) -> f32, keep: impl Fn(f32, f32) -> bool) {
    let Some(rows) = oracle(name, "float32") else {
        return eprintln!("skipped: NPCALC_ORACLE_PYTHON is not set");
    };
    let g = |a: u64| f32::from_bits(a as u32);
    let (rows, skipped): (Vec<_>, Vec<_>) =
        rows.into_iter().partition(|&(a, b, _)| keep(g(a), g(b)));
    let differ = |&&(a, b, y): &&(u64, u64, u64)| f(g(a), g(b)).to_bits() as u64 != y;
    eprintln!(
        "{name}: {} of {} inputs left out differ",
        skipped.iter().filter(differ).count(),
        skipped.len()
    );
    let bad = rows
        .iter()
        .filter(differ)
        .map(|&(a, b, y)| {
            format!(
                "({:e}, {:e}): numpy {:e}, ours {:e}",
                g(a),
                g(b),
                g(y),
                f(g(a), g(b))
            )
        })
        .collect();
    report(name, bad, rows.len());
}

/// Checks a two-input float64 function against `np.<name>(x, x2)` on the
/// inputs `keep` accepts (the others are counted and reported).
pub fn check_f64_2(name: &str, f: impl Fn(f64, f64) -> f64, keep: impl Fn(f64, f64) -> bool) {
    let Some(rows) = oracle(name, "float64") else {
        return eprintln!("skipped: NPCALC_ORACLE_PYTHON is not set");
    };
    let (rows, skipped): (Vec<_>, Vec<_>) = rows
        .into_iter()
        .partition(|&(a, b, _)| keep(f64::from_bits(a), f64::from_bits(b)));
    let differ =
        |&&(a, b, y): &&(u64, u64, u64)| f(f64::from_bits(a), f64::from_bits(b)).to_bits() != y;
    eprintln!(
        "{name}: {} of {} inputs left out differ",
        skipped.iter().filter(differ).count(),
        skipped.len()
    );
    let bad = rows
        .iter()
        .filter(differ)
        .map(|&(a, b, y)| {
            let (a, b, y) = (f64::from_bits(a), f64::from_bits(b), f64::from_bits(y));
            format!("({a:e}, {b:e}): numpy {y:e}, ours {:e}", f(a, b))
        })
        .collect();
    report(name, bad, rows.len());
}
