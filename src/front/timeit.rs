//! `%timeit EXPR`, the way IPython times: loops per run chosen so a run takes
//! at least 0.2 s (1, 2, 5, 10, 20, 50, …), then 7 runs; mean ± std per loop.

use crate::error::{Error, Exc, Result};
use crate::front::run::Runner;

/// IPython's `_format_time`: 3 significant digits in s, ms, µs or ns.
fn format_time(seconds: f64) -> String {
    let (value, unit) = if seconds >= 1.0 {
        (seconds, "s")
    } else if seconds >= 1e-3 {
        (seconds * 1e3, "ms")
    } else if seconds >= 1e-6 {
        (seconds * 1e6, "µs")
    } else {
        (seconds * 1e9, "ns")
    };
    let digits = if value >= 100.0 {
        0
    } else if value >= 10.0 {
        1
    } else {
        2
    };
    format!("{value:.digits$} {unit}")
}

fn with_commas(n: u64) -> String {
    let s = n.to_string();
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

pub fn timeit(runner: &mut Runner, src: &str) -> Result<String> {
    let stmts = crate::syntax::parse(src)?;
    if stmts.is_empty() {
        return Err(Error::new(
            Exc::UsageError,
            "%timeit needs a statement to time, e.g. %timeit np.arange(10**6).cumsum()",
        ));
    }
    let clock = || {
        crate::host::now().ok_or_else(|| {
            Error::new(
                Exc::UsageError,
                "%timeit needs a clock, and this host gives none",
            )
        })
    };
    let mut run_once = |n: u64| -> Result<f64> {
        let start = clock()?;
        for _ in 0..n {
            for s in &stmts {
                runner.interp.exec(s)?;
            }
        }
        Ok(clock()? - start)
    };
    let mut loops = 1u64;
    'search: for scale in [1u64, 10, 100, 1000, 10_000, 100_000, 1_000_000] {
        for base in [1u64, 2, 5] {
            loops = base * scale;
            if run_once(loops)? >= 0.2 {
                break 'search;
            }
        }
    }
    let per_loop: Vec<f64> = (0..7)
        .map(|_| run_once(loops).map(|t| t / loops as f64))
        .collect::<Result<_>>()?;
    let _ = runner.interp.take_warnings();
    let mean = per_loop.iter().sum::<f64>() / 7.0;
    let std = (per_loop.iter().map(|t| (t - mean).powi(2)).sum::<f64>() / 7.0).sqrt();
    let each = if loops == 1 {
        "loop each".to_string()
    } else {
        format!("{} loops each", with_commas(loops))
    };
    Ok(format!(
        "{} ± {} per loop (mean ± std. dev. of 7 runs, {each})\n",
        format_time(mean),
        format_time(std)
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_read_like_ipython() {
        assert_eq!(format_time(0.00123), "1.23 ms");
        assert_eq!(format_time(0.0000123), "12.3 µs");
        assert_eq!(format_time(123e-9), "123 ns");
        assert_eq!(with_commas(1000), "1,000");
    }
}
