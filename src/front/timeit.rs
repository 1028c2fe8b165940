//! `%timeit EXPR`, the way IPython times: loops per run chosen so a run takes
//! at least 0.2 s (1, 2, 5, 10, 20, 50, …), then 7 runs; mean ± std per loop.

use crate::error::{Error, Exc, Result};
use crate::front::run::{Outcome, Runner};

/// IPython's `_format_time` (IPython/core/magics/execution.py): a minute
/// or more as `1min 5s`, else 3 significant digits (`%.3g`) in s, ms, μs (a
/// Greek mu, as IPython writes it on a UTF-8 stdout) or
/// ns, the unit chosen from the power of ten.
fn format_time(seconds: f64) -> String {
    if seconds >= 60.0 {
        let mut parts = Vec::new();
        let mut leftover = seconds;
        for (suffix, length) in [("d", 86400.0), ("h", 3600.0), ("min", 60.0), ("s", 1.0)] {
            let value = (leftover / length).trunc();
            if value > 0.0 {
                leftover %= length;
                parts.push(format!("{value}{suffix}"));
            }
            if leftover < 1.0 {
                break;
            }
        }
        return parts.join(" ");
    }
    let order = if seconds > 0.0 {
        // -int(math.floor(math.log10(t)) // 3), at most 3
        let decade = seconds.log10().floor();
        ((-(decade / 3.0).floor()) as i64).min(3)
    } else {
        3
    };
    let (scale, unit) = match order {
        i64::MIN..=0 => (1.0, "s"),
        1 => (1e3, "ms"),
        2 => (1e6, "μs"),
        _ => (1e9, "ns"),
    };
    let flags = crate::eval::format::DtoaFlags::default();
    let value = crate::eval::format::double_to_string(seconds * scale, 'g', 3, flags);
    format!("{value} {unit}")
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
/// IPython), then says the CPU time it took (user, system and total, where
/// the front end has a CPU clock) and the wall time, before the value.
pub fn time(runner: &mut Runner, src: &str) -> Outcome {
    if src.trim().is_empty() {
        let e = Error::new(
            Exc::UsageError,
            "%time needs a statement to time, e.g. %time np.arange(10**6).cumsum()",
        );
        runner.report_error(&e, src);
        return Outcome::Failed;
    }
    let cpu_start = crate::host::cpu_times();
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
    let cpu = cpu_start.zip(crate::host::cpu_times());
    if outcome == Outcome::Ok {
        let mut report = String::new();
        if let Some(((user0, sys0), (user1, sys1))) = cpu {
            let (user, sys) = (user1 - user0, sys1 - sys0);
            report.push_str(&format!(
                "CPU times: user {}, sys: {}, total: {}\n",
                format_time(user),
                format_time(sys),
                format_time(user + sys)
            ));
        }
        report.push_str(&format!("Wall time: {}\n{value}", format_time(elapsed)));
        let _ = runner.interp.write(&report);
    }
    outcome
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_read_like_ipython() {
        assert_eq!(format_time(0.00123), "1.23 ms");
        assert_eq!(format_time(0.0000123), "12.3 μs");
        assert_eq!(format_time(123e-9), "123 ns");
        // %.3g drops trailing zeros; nothing measured is 0 ns; a minute or
        // more is spelled in parts (checked against IPython's _format_time).
        assert_eq!(format_time(0.0012), "1.2 ms");
        assert_eq!(format_time(0.5), "500 ms");
        assert_eq!(format_time(2.0), "2 s");
        assert_eq!(format_time(0.0), "0 ns");
        assert_eq!(format_time(0.0009996), "1e+03 μs");
        assert_eq!(format_time(125.5), "2min 5s");
        assert_eq!(format_time(3600.0), "1h");
        assert_eq!(with_commas(1000), "1,000");
        assert_eq!(options("-n 3 -r 2 c += 1").unwrap(), (Some(3), 2, "c += 1"));
        assert_eq!(options("x").unwrap(), (None, 7, "x"));
        assert!(options("-n x y").is_err());
    }
}
