//! What the prompt does with one input: Python statements go to the runner;
//! `%whos`/`:vars`, `:explain`, `%timeit`, `:reset`, `:quit` and a trailing
//! `?` are npcalc's teaching commands.

use super::{explain, timeit};
use crate::eval::Value;
use crate::front::run::{Outcome, Runner};

/// Runs one input; Some(status) when the session should end.
pub fn handle(runner: &mut Runner, line: &str) -> Option<i32> {
    let trimmed = line.trim();
    let (command, rest) = trimmed
        .split_once(char::is_whitespace)
        .map_or((trimmed, ""), |(c, r)| (c, r.trim()));
    match command {
        ":quit" | ":q" => return Some(0),
        ":reset" => {
            runner.interp.reset();
            return None;
        }
        "%whos" | ":vars" => {
            println!("{}", whos(runner));
            return None;
        }
        ":explain" => {
            let r = explain::explain(runner, rest);
            report(runner, r, rest);
            return None;
        }
        "%timeit" => {
            let r = timeit::timeit(runner, rest);
            report(runner, r, rest);
            return None;
        }
        c if (c.starts_with('%') || c.starts_with(':')) && c.len() > 1 => {
            eprintln!(
                "npcalc: unknown command {c}; try %whos, :vars, :explain EXPR, %timeit EXPR, :reset, :quit"
            );
            return None;
        }
        _ => {}
    }
    if let Some(expr) = trimmed
        .strip_suffix('?')
        .filter(|e| !e.is_empty() && !e.ends_with('?'))
    {
        return run(runner, &format!("help({expr})\n"));
    }
    run(runner, &format!("{line}\n"))
}

/// Prints a command's text, or its error the way the prompt shows errors.
fn report(runner: &mut Runner, result: crate::error::Result<String>, src: &str) {
    match result {
        Ok(text) => print!("{text}"),
        Err(e) => runner.report_error(&e, src),
    }
}

fn run(runner: &mut Runner, src: &str) -> Option<i32> {
    match runner.run_chunk(src) {
        Outcome::Exit(code) => Some(code),
        _ => None,
    }
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
