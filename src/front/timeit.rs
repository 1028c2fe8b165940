//! `%timeit EXPR`, the way IPython times: loops per run chosen so a run takes
//! at least 0.2 s (1, 2, 5, 10, 20, 50, …), then 7 runs; mean ± std per loop.

use crate::error::{Error, Exc, Result};
use crate::front::run::{Outcome, Runner};

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

/// `%timeit [-n N] [-r R] STMT`: IPython's options, loops per run and runs.
fn options(src: &str) -> Result<(Option<u64>, usize, &str)> {
    let mut loops = None;
    let mut runs = 7usize;
    let mut rest = src.trim_start();
    while let Some(after) = rest.strip_prefix("-n").or_else(|| rest.strip_prefix("-r")) {
        let flag = &rest[..2];
        let after = after.trim_start();
        let end = after.find(char::is_whitespace).unwrap_or(after.len());
        let n: u64 = after[..end]
            .parse()
            .ok()
            .filter(|&n| n > 0)
            .ok_or_else(|| {
                Error::new(
                    Exc::UsageError,
                    format!("%timeit {flag} needs a positive whole number, e.g. %timeit {flag} 10 np.arange(5).cumsum()"),
                )
            })?;
        if flag == "-n" {
            loops = Some(n);
        } else {
            runs = usize::try_from(n).unwrap_or(usize::MAX);
        }
        rest = after[end..].trim_start();
    }
    Ok((loops, runs, rest))
}

fn clock() -> Result<f64> {
    crate::host::now().ok_or_else(|| {
        Error::new(
            Exc::UsageError,
            "%timeit and %time need a clock, and this host gives none",
        )
    })
}

/// `%timeit`: like IPython, the statement runs in a scope of its own, so the
/// names it binds (`%timeit c += 1`) do not change the workspace.
pub fn timeit(runner: &mut Runner, src: &str) -> Result<String> {
    let (fixed_loops, runs, src) = options(src)?;
    let stmts = crate::syntax::parse(src)?;
    if stmts.is_empty() {
        return Err(Error::new(
            Exc::UsageError,
            "%timeit needs a statement to time, e.g. %timeit np.arange(10**6).cumsum()",
        ));
    }
    let saved = runner.interp.bindings();
    let echo = std::mem::replace(&mut runner.interp.echo, false);
    let timed = crate::array::signals::stoppable(|| time_runs(runner, &stmts, fixed_loops, runs));
    runner.interp.echo = echo;
    if matches!(&timed, Err(e) if e.class == Exc::KeyboardInterrupt) {
        runner.interp.leave_calls();
    }
    runner.interp.restore(saved);
    let _ = runner.interp.take_warnings();
    let (loops, per_loop) = timed?;
    let mean = per_loop.iter().sum::<f64>() / per_loop.len() as f64;
    let std =
        (per_loop.iter().map(|t| (t - mean).powi(2)).sum::<f64>() / per_loop.len() as f64).sqrt();
    Ok(format!(
        "{} ± {} per loop (mean ± std. dev. of {runs} run{}, {} loop{} each)\n",
        format_time(mean),
        format_time(std),
        if runs == 1 { "" } else { "s" },
        with_commas(loops),
        if loops == 1 { "" } else { "s" },
    ))
}

/// Loops per run (given, or the first of 1, 2, 5, 10, 20, … whose run takes
/// at least 0.2 s) and the time per loop of each run.
fn time_runs(
    runner: &mut Runner,
    stmts: &[crate::syntax::ast::Stmt],
    fixed_loops: Option<u64>,
    runs: usize,
) -> Result<(u64, Vec<f64>)> {
    let mut run_once = |n: u64| -> Result<f64> {
        let start = clock()?;
        for _ in 0..n {
            for s in stmts {
                runner.interp.exec(s)?;
            }
        }
        Ok(clock()? - start)
    };
    let loops = match fixed_loops {
        Some(n) => n,
        None => {
            let mut loops = 1u64;
            'search: for scale in [1u64, 10, 100, 1000, 10_000, 100_000, 1_000_000] {
                for base in [1u64, 2, 5] {
                    loops = base * scale;
                    if run_once(loops)? >= 0.2 {
                        break 'search;
                    }
                }
            }
            loops
        }
    };
    let per_loop = (0..runs)
        .map(|_| run_once(loops).map(|t| t / loops as f64))
        .collect::<Result<_>>()?;
    Ok((loops, per_loop))
}

/// `%time STMT`: runs it once in the workspace (its names stay bound, as in
/// IPython), then says how long it took on the wall clock before the value.
pub fn time(runner: &mut Runner, src: &str) -> Outcome {
    if src.trim().is_empty() {
        let e = Error::new(
            Exc::UsageError,
            "%time needs a statement to time, e.g. %time np.arange(10**6).cumsum()",
        );
        runner.report_error(&e, src);
        return Outcome::Failed;
    }
    let start = match clock() {
        Ok(t) => t,
        Err(e) => {
            runner.report_error(&e, src);
            return Outcome::Failed;
        }
    };
    let transcript = std::mem::replace(&mut runner.options.transcript, false);
    let captured = runner.echo_capture.replace(String::new());
    let outcome = runner.run_chunk(&format!("{src}\n"));
    let value = std::mem::replace(&mut runner.echo_capture, captured).unwrap_or_default();
    runner.options.transcript = transcript;
    let elapsed = clock().map_or(0.0, |t| t - start);
    if outcome == Outcome::Ok {
        let _ = runner
            .interp
            .write(&format!("Wall time: {}\n{value}", format_time(elapsed)));
    }
    outcome
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
        assert_eq!(options("-n 3 -r 2 c += 1").unwrap(), (Some(3), 2, "c += 1"));
        assert_eq!(options("x").unwrap(), (None, 7, "x"));
        assert!(options("-n x y").is_err());
    }
}
