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
        "%time" => return timeit::time(runner, rest),
        "%timeit" => {
            let r = timeit::timeit(runner, rest);
            return report(runner, r, rest);
        }
        c if (c.starts_with('%') || c.starts_with(':')) && c.len() > 1 => {
            let e = crate::error::Error::new(
                crate::error::Exc::UsageError,
                format!(
                    "unknown command {c}; try %whos, :vars, %who, :explain EXPR, %timeit EXPR, %time EXPR, :reset, :help, :quit"
                ),
            );
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
