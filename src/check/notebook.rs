//! Jupyter notebooks (nbformat 4), checked as nbval does: code cells run in
//! order in one workspace; each cell's saved `stream` (stdout) and
//! `execute_result` (`text/plain`) outputs are compared with what it
//! printed and its last value; a saved `error` output matches on
//! `ename: evalue`. stderr streams and rich outputs are not compared.
//! A cell marked `# NBVAL_SKIP` does not run; `# NBVAL_IGNORE_OUTPUT` runs
//! without comparison.

use super::compare::{Flags, Got, matches};
use super::workspace::{CellGot, Workspace};
use super::{Failure, FileReport, Place, Rewrite};
use serde::Serialize;
use serde_json::{Value, json};
use std::path::Path;

pub fn check(path: &Path, text: &str, ws: &mut Workspace, update: bool) -> FileReport {
    let mut report = FileReport::default();
    let mut notebook: Value = match serde_json::from_str(text) {
        Ok(v) => v,
        Err(e) => {
            report.problem = Some(format!("{}: not a JSON notebook: {e}", path.display()));
            return report;
        }
    };
    if notebook.get("nbformat").and_then(Value::as_u64) != Some(4) {
        report.problem = Some(format!(
            "{}: npcalc reads nbformat 4 notebooks only",
            path.display()
        ));
        return report;
    }
    let Some(cells) = notebook.get_mut("cells").and_then(Value::as_array_mut) else {
        report.problem = Some(format!(
            "{}: the notebook has no cells list",
            path.display()
        ));
        return report;
    };
    let mut changed = false;
    let code_cells = cells
        .iter_mut()
        .filter(|c| c.get("cell_type").and_then(Value::as_str) == Some("code"));
    for (index, cell) in code_cells.enumerate() {
        let source = joined(cell.get("source"));
        if source.contains("NBVAL_SKIP") {
            continue;
        }
        let flags = match Flags::default().with_directives(&source) {
            Ok(f) if f.skip => continue,
            Ok(f) => f,
            Err(e) => {
                report.problem = Some(format!("{}: code cell {}: {e}", path.display(), index + 1));
                return report;
            }
        };
        let got = ws.run_cell(&source);
        if source.contains("NBVAL_IGNORE_OUTPUT") {
            continue;
        }
        let outputs = cell.get("outputs").and_then(Value::as_array);
        let want = expected(outputs.map_or(&[][..], Vec::as_slice));
        let shown = Got {
            stdout: got.as_got().stdout,
            exception: got.exception.as_deref().map(short_exception),
        };
        if matches(&want, &shown, flags) {
            report.passed += 1;
            continue;
        }
        report.failures.push(Failure {
            path: path.to_path_buf(),
            place: Place::Cell(index + 1),
            source: source.clone(),
            want,
            got: shown.as_expected(),
        });
        if update {
            changed = true;
            let kept = outputs.map_or_else(Vec::new, |o| {
                o.iter().filter(|o| !is_compared(o)).cloned().collect()
            });
            cell["outputs"] = Value::Array(new_outputs(&got, kept));
        }
    }
    if changed {
        renumber(&mut notebook);
        report.rewrites.push(Rewrite {
            path: path.to_path_buf(),
            old: text.to_string(),
            new: serialize(&notebook, indent_of(text)),
        });
    }
    report
}

/// A notebook string field, stored as one string or a list of lines.
fn joined(field: Option<&Value>) -> String {
    match field {
        Some(Value::String(s)) => s.clone(),
        Some(Value::Array(parts)) => parts.iter().filter_map(Value::as_str).collect(),
        _ => String::new(),
    }
}

/// The outputs npcalc compares and rewrites.
fn is_compared(output: &Value) -> bool {
    match output.get("output_type").and_then(Value::as_str) {
        Some("stream") => output.get("name").and_then(Value::as_str) == Some("stdout"),
        Some("execute_result" | "error") => true,
        _ => false,
    }
}

/// A cell's saved outputs as one expected text.
fn expected(outputs: &[Value]) -> String {
    let mut want = String::new();
    for output in outputs.iter().filter(|o| is_compared(o)) {
        match output.get("output_type").and_then(Value::as_str) {
            Some("stream") => want.push_str(&joined(output.get("text"))),
            Some("execute_result") => {
                want.push_str(&joined(output.pointer("/data/text~1plain")));
                want.push('\n');
            }
            _ => {
                let field = |k| output.get(k).and_then(Value::as_str).unwrap_or("");
                want.push_str(&format!(
                    "Traceback (most recent call last):\n{}: {}\n",
                    field("ename"),
                    field("evalue")
                ));
            }
        }
    }
    want
}

/// `numpy.exceptions.AxisError: …` as IPython names it: `AxisError: …`.
fn short_exception(line: &str) -> String {
    let (class, message) = line.split_once(": ").unwrap_or((line, ""));
    let class = class.rsplit('.').next().unwrap_or(class);
    if message.is_empty() {
        format!("{class}: ")
    } else {
        format!("{class}: {message}")
    }
}

/// Text split into lines as Jupyter stores it.
fn lines(text: &str) -> Value {
    Value::Array(text.split_inclusive('\n').map(|l| json!(l)).collect())
}

/// The outputs a cell gets from `--update`, after the `kept` ones.
fn new_outputs(got: &CellGot, mut outputs: Vec<Value>) -> Vec<Value> {
    if !got.stream.is_empty() {
        outputs
            .push(json!({"name": "stdout", "output_type": "stream", "text": lines(&got.stream)}));
    }
    if let Some(result) = &got.result {
        let text = result.strip_suffix('\n').unwrap_or(result);
        outputs.push(json!({
            "data": {"text/plain": lines(text)},
            "execution_count": null,
            "metadata": {},
            "output_type": "execute_result"
        }));
    }
    if let Some(exc) = &got.exception {
        let short = short_exception(exc);
        let (ename, evalue) = short.split_once(": ").unwrap_or((&short, ""));
        outputs.push(json!({
            "ename": ename,
            "evalue": evalue,
            "output_type": "error",
            "traceback": [exc]
        }));
    }
    outputs
}

/// Execution counts as a fresh top-to-bottom run gives them.
fn renumber(notebook: &mut Value) {
    let Some(cells) = notebook.get_mut("cells").and_then(Value::as_array_mut) else {
        return;
    };
    let code = cells
        .iter_mut()
        .filter(|c| c.get("cell_type").and_then(Value::as_str) == Some("code"));
    for (n, cell) in (1..).zip(code) {
        cell["execution_count"] = json!(n);
        if let Some(outputs) = cell.get_mut("outputs").and_then(Value::as_array_mut) {
            for output in outputs.iter_mut().filter_map(Value::as_object_mut) {
                if output.get("output_type").and_then(Value::as_str) == Some("execute_result") {
                    output.insert("execution_count".into(), json!(n));
                }
            }
        }
    }
}

/// The indentation the notebook was written with (nbformat writes 1 space).
fn indent_of(text: &str) -> usize {
    text.split_once('\n')
        .map_or(1, |(_, rest)| {
            rest.len() - rest.trim_start_matches(' ').len()
        })
        .max(1)
}

/// JSON as nbformat writes it: indented, non-ASCII kept, a final newline.
fn serialize(notebook: &Value, indent: usize) -> String {
    let pad = vec![b' '; indent];
    let mut bytes = Vec::new();
    let formatter = serde_json::ser::PrettyFormatter::with_indent(&pad);
    let mut ser = serde_json::Serializer::with_formatter(&mut bytes, formatter);
    // Serializing a Value into memory cannot fail.
    let _ = notebook.serialize(&mut ser);
    String::from_utf8_lossy(&bytes).into_owned() + "\n"
}

#[cfg(test)]
mod tests {
    use super::*;

    const NB: &str = r##"{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": [
    "# Cumsum ✓"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 7,
   "metadata": {},
   "outputs": [
    {
     "name": "stdout",
     "output_type": "stream",
     "text": [
      "[1 3 6]\n"
     ]
    },
    {
     "data": {
      "text/plain": [
       "np.int64(6)"
      ]
     },
     "execution_count": 7,
     "metadata": {},
     "output_type": "execute_result"
    }
   ],
   "source": [
    "a = np.array([1, 2, 3])\n",
    "print(a.cumsum())\n",
    "a.sum()"
   ]
  }
 ],
 "metadata": {},
 "nbformat": 4,
 "nbformat_minor": 5
}
"##;

    #[test]
    fn outputs_are_compared_and_rewritten_in_nbformat_style() {
        let path = Path::new("t.ipynb");
        let report = check(path, NB, &mut Workspace::default(), true);
        assert_eq!((report.passed, report.failures.len()), (1, 0));
        assert!(report.rewrites.is_empty());
        let stale = NB.replace("np.int64(6)", "6");
        let report = check(path, &stale, &mut Workspace::default(), true);
        assert_eq!(report.failures[0].place, Place::Cell(1));
        let fixed = &report.rewrites[0].new;
        assert_eq!(*fixed, NB.replace("7", "1"));
    }
}
