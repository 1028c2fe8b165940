//! What a session does with one input (at the prompt, piped, `-c`,
//! `--transcript`): Python statements go to the runner; `%whos`/`:vars`,
//! `%who`, `:explain`, `%timeit`, `%reset`/`:reset`, `:quit`, `:help` and
//! `NAME?`/`?NAME`/`NAME??` are npcalc's teaching commands (IPython's
//! spellings too).

use super::{explain, timeit};
use crate::eval::Value;
use crate::front::run::{Outcome, Runner};

/// Runs one input as a session does.
pub fn handle(runner: &mut Runner, line: &str) -> Outcome {
    let trimmed = line.trim();
    let (command, rest) = trimmed
        .split_once(char::is_whitespace)
        .map_or((trimmed, ""), |(c, r)| (c, r.trim()));
    let is_command = (command.starts_with('%') || command.starts_with(':')) && command.len() > 1;
    if is_command && runner.options.transcript {
        runner.show_prompted(trimmed);
    }
    match command {
        ":quit" | ":q" => return Outcome::Exit(0),
        ":reset" | "%reset" if matches!(rest, "" | "-f") => {
            runner.interp.reset();
            return Outcome::Ok;
        }
        ":reset" | "%reset" => {
            let e = crate::error::Error::new(
                crate::error::Exc::UsageError,
                format!("{command} takes no arguments but -f; it clears every variable"),
            );
            runner.report_error(&e, trimmed);
            return Outcome::Failed;
        }
        "%whos" | ":vars" => {
            let text = whos(runner) + "\n";
            let _ = runner.interp.write(&text);
            return Outcome::Ok;
        }
        "%who" => {
            let names: Vec<&str> = runner
                .interp
                .variables()
                .map(|(n, _)| n)
                .filter(|n| *n != "np")
                .collect();
            let text = if names.is_empty() {
                "Interactive namespace is empty.\n".to_string()
            } else {
                names.join("\t") + "\n"
            };
            let _ = runner.interp.write(&text);
            return Outcome::Ok;
        }
        ":help" | ":h" => return run(runner, "help()\n"),
        ":explain" => {
            let r = explain::explain(runner, rest);
            return report(runner, r, rest);
        }
        c if c.starts_with('%') && c.len() > 1 => return magic(runner, c, rest, trimmed),
        c if c.starts_with(':') && c.len() > 1 => {
            let e = unknown(c);
            runner.report_error(&e, trimmed);
            return Outcome::Failed;
        }
        _ => {}
    }
    if let Some(expr) = help_shorthand(trimmed) {
        return run(runner, &format!("help({expr})\n"));
    }
    run(runner, &format!("{line}\n"))
}

fn unknown(command: &str) -> crate::error::Error {
    crate::error::Error::new(
        crate::error::Exc::UsageError,
        format!(
            "unknown command {command}; try %whos, :vars, %who, :explain EXPR, %timeit EXPR, %time EXPR, %matplotlib, %precision, :reset, :help, :quit"
        ),
    )
}

/// IPython's line magics that lessons copied from notebooks hold (the
/// others npcalc knows are handled by `handle`).
pub fn magic(runner: &mut Runner, command: &str, rest: &str, trimmed: &str) -> Outcome {
    match command {
        "%time" => timeit::time(runner, rest),
        "%timeit" => {
            let r = timeit::timeit(runner, rest);
            report(runner, r, rest)
        }
        // Plots are drawn nowhere, whichever backend is asked for.
        "%matplotlib" if !rest.is_empty() => {
            if let Some(display) = &mut runner.ipython {
                display.matplotlib_backend = Some(rest.to_string());
            }
            Outcome::Ok
        }
        "%matplotlib" => {
            let backend = runner
                .ipython
                .as_ref()
                .and_then(|d| d.matplotlib_backend.clone())
                .unwrap_or_else(|| "module://matplotlib_inline.backend_inline".into());
            let _ = runner
                .interp
                .write(&format!("Using matplotlib backend: {backend}\n"));
            Outcome::Ok
        }
        "%precision" if runner.ipython.is_none() => {
            let e = crate::error::Error::new(
                crate::error::Exc::UsageError,
                "%precision sets how IPython shows values; npcalc's prompt shows them as Python's does, so it works in notebook cells (npcalc check) only",
            );
            runner.report_error(&e, trimmed);
            Outcome::Failed
        }
        "%precision" => match precision(runner, rest) {
            Ok(format) => show(runner, crate::eval::Value::str(&format)),
            Err(e) => {
                runner.report_error(&e, trimmed);
                Outcome::Failed
            }
        },
        _ => {
            let e = unknown(command);
            runner.report_error(&e, trimmed);
            Outcome::Failed
        }
    }
}

/// A notebook cell that starts with an IPython cell magic (`%%time`,
/// `%%timeit [-n N] [-r R]`): its body runs (or is timed) as a whole.
pub fn cell_magic(runner: &mut Runner, header: &str, body: &str) -> Outcome {
    let (command, rest) = header
        .trim()
        .split_once(char::is_whitespace)
        .map_or((header.trim(), ""), |(c, r)| (c, r.trim()));
    match command {
        "%%time" if rest.is_empty() => timeit::time(runner, body),
        "%%timeit" => {
            let r = timeit::timeit(runner, &format!("{rest}\n{body}"));
            report(runner, r, body)
        }
        _ => {
            let e = crate::error::Error::new(
                crate::error::Exc::UsageError,
                format!(
                    "npcalc runs the cell magics %%time and %%timeit (without a setup line) only, not {header}"
                ),
            );
            runner.report_error(&e, header);
            Outcome::Failed
        }
    }
}

/// `%precision [N | FORMAT]`: the `%`-template IPython shows floats with
/// (`%.Nf`, a given template, or back to repr), and NumPy's print
/// precision for a whole number (back to 8 with no argument), as
/// `PlainTextFormatter._float_precision_changed` sets them.
fn precision(runner: &mut Runner, arg: &str) -> crate::error::Result<String> {
    let bad = || {
        crate::error::Error::value_error(format!(
            "Precision must be int or format string, not {}",
            crate::print::py_str_repr(arg)
        ))
    };
    // IPython tries the template on 3.14159; any float fails or passes alike.
    let format = if arg.contains('%') {
        crate::eval::format::percent(
            &mut runner.interp,
            arg,
            &crate::eval::Value::Float(std::f64::consts::PI),
        )
        .map_err(|_| bad())?;
        arg.to_string()
    } else if arg.is_empty() {
        runner.interp.print_options.precision = 8;
        "%r".to_string()
    } else {
        let n: i64 = arg.parse().map_err(|_| bad())?;
        let n = usize::try_from(n).map_err(|_| {
            crate::error::Error::value_error(format!("int precision must be non-negative, not {n}"))
        })?;
        runner.interp.print_options.precision = n;
        format!("%.{n}f")
    };
    if let Some(display) = &mut runner.ipython {
        display.float_format = format.clone();
    }
    Ok(format)
}

/// Shows a magic's value as an expression statement's would be shown.
fn show(runner: &mut Runner, v: crate::eval::Value) -> Outcome {
    if !runner.options.echo {
        return Outcome::Ok;
    }
    match runner.echo(v) {
        Ok(()) => Outcome::Ok,
        Err(e) => {
            runner.report_error(&e, "");
            Outcome::Failed
        }
    }
}

/// IPython's `NAME?`, `NAME??` and `?NAME`: the dotted name asked about.
/// Only a name qualifies, so Python lines that end in `?` (a comment, a
/// statement with a trailing comment) still run as Python.
pub fn help_shorthand(trimmed: &str) -> Option<&str> {
    let expr = trimmed
        .strip_suffix("??")
        .or_else(|| trimmed.strip_suffix('?'))
        .or_else(|| trimmed.strip_prefix('?'))?
        .trim();
    let is_name = |part: &str| {
        part.chars()
            .next()
            .is_some_and(|c| c.is_alphabetic() || c == '_')
            && part.chars().all(|c| c.is_alphanumeric() || c == '_')
    };
    expr.split('.').all(is_name).then_some(expr)
}

/// Prints a command's text, or its error the way the prompt shows errors.
fn report(runner: &mut Runner, result: crate::error::Result<String>, src: &str) -> Outcome {
    match result {
        Ok(text) => {
            let _ = runner.interp.write(&text);
            Outcome::Ok
        }
        Err(e) => {
            runner.report_error(&e, src);
            Outcome::Failed
        }
    }
}

fn run(runner: &mut Runner, src: &str) -> Outcome {
    runner.run_chunk(src)
}

/// `%whos`: the workspace as a table.
fn whos(runner: &Runner) -> String {
    let vars: Vec<(&str, &Value)> = runner
        .interp
        .variables()
        .filter(|(n, _)| *n != "np")
        .collect();
    if vars.is_empty() {
        return "Interactive namespace is empty.".into();
    }
    let mut t = crate::eval::help::table(&["name", "type", "dtype", "shape", "value"]);
    for (name, v) in vars {
        let (dtype, shape) = match v {
            Value::Array(a) => (
                a.dtype().name().to_string(),
                crate::array::shape_repr(a.shape()),
            ),
            Value::Scalar(s) => (s.dtype().name().to_string(), "()".into()),
            _ => (String::new(), String::new()),
        };
        let preview: String = crate::eval::repr(v, &runner.interp.print_options)
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        let preview = if preview.chars().count() > 40 {
            format!("{}…", preview.chars().take(39).collect::<String>())
        } else {
            preview
        };
        t.add_row([
            name.to_string(),
            v.type_of().qualname(),
            dtype,
            shape,
            preview,
        ]);
    }
    t.to_string()
}
