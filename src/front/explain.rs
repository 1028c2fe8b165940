//! `:explain EXPR` — a cumsum (or cumprod) step by step: the input, the axis,
//! the accumulation dtype and why, a table of running totals, overflow where
//! it happens, and the result. The numbers are the real call's result; only
//! the overflow check recomputes the exact totals, to compare against.

use crate::array::{Array, DType, Kind, Scalar, cast_scalar};
use crate::error::{Error, Exc, Result};
use crate::eval::{Value, to_array};
use crate::front::run::Runner;
use crate::print;
use crate::syntax::ast::{Arg, Expr, ExprKind, StmtKind};

/// The pieces of a cumulative call.
struct Call<'a> {
    name: String,
    input: &'a Expr,
    axis: Option<&'a Expr>,
    dtype: Option<&'a Expr>,
    out: Option<&'a Expr>,
    /// `include_initial=` of cumulative_sum / cumulative_prod.
    include_initial: Option<&'a Expr>,
    /// `np.add.accumulate` runs along axis 0 by default, not flattened.
    default_axis_zero: bool,
}

const FUNCTIONS: [&str; 6] = [
    "cumsum",
    "cumprod",
    "nancumsum",
    "nancumprod",
    "cumulative_sum",
    "cumulative_prod",
];

fn find_call(e: &Expr) -> Option<Call<'_>> {
    let ExprKind::Call { func, args } = &e.kind else {
        return None;
    };
    let ExprKind::Attribute(owner, name) = &func.kind else {
        return None;
    };
    let positional: Vec<&Expr> = args
        .iter()
        .filter_map(|a| {
            if let Arg::Positional(x) = a {
                Some(x)
            } else {
                None
            }
        })
        .collect();
    let keyword = |k: &str| {
        args.iter().find_map(|a| match a {
            Arg::Keyword(n, x) if n.name == k => Some(x),
            _ => None,
        })
    };
    let is_np = |x: &Expr| matches!(&x.kind, ExprKind::Name(n) if n == "np" || n == "numpy");
    let (name, input, rest, default_axis_zero) = match &owner.kind {
        // np.add.accumulate(a, axis, dtype, out)
        // Only add and multiply accumulate as running sums and products;
        // np.maximum.accumulate and friends are not explained as either.
        ExprKind::Attribute(np, ufunc) if name.name == "accumulate" && is_np(np) => {
            let fname = match ufunc.name.as_str() {
                "add" => "cumsum",
                "multiply" => "cumprod",
                _ => return None,
            };
            (
                fname.to_string(),
                *positional.first()?,
                &positional[1..],
                true,
            )
        }
        _ if is_np(owner) && FUNCTIONS.contains(&name.name.as_str()) => (
            name.name.clone(),
            *positional.first()?,
            &positional[1..],
            false,
        ),
        _ if matches!(name.name.as_str(), "cumsum" | "cumprod") => {
            (name.name.clone(), owner.as_ref(), &positional[..], false)
        }
        _ => return None,
    };
    Some(Call {
        name,
        input,
        axis: keyword("axis").or(rest.first().copied()),
        dtype: keyword("dtype").or(rest.get(1).copied()),
        out: keyword("out").or(rest.get(2).copied()),
        include_initial: keyword("include_initial"),
        default_axis_zero,
    })
}

/// One line of text for an array (its str, newlines folded).
fn one_line(a: &Array, runner: &Runner) -> String {
    print::array_str(a, &runner.interp.print_options)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn scalar_text(s: Scalar, runner: &Runner) -> String {
    print::scalar_str(s, &runner.interp.print_options)
}

/// Exact value of an integer scalar, for spotting wrap-around.
fn exact_int(s: Scalar) -> Option<i128> {
    match s {
        Scalar::UInt64(u) => Some(u as i128),
        s if s.dtype().is_integer() || s.dtype() == DType::Bool => {
            match cast_scalar(s, DType::Int64) {
                Scalar::Int64(i) => Some(i as i128),
                _ => None,
            }
        }
        _ => None,
    }
}

fn scalar_is_nan(s: Scalar) -> bool {
    match cast_scalar(s, DType::Complex128) {
        Scalar::Complex128(c) => c.re.is_nan() || c.im.is_nan(),
        _ => false,
    }
}

/// Where a float total has more digits than the result's printout shows:
/// the table gives each total in full (`0.9999999999999999`), an array
/// prints `precision` digits (`1.`).
fn hidden_digits(total: Scalar, step: usize, runner: &Runner) -> Option<String> {
    if total.dtype().kind() != Kind::Float {
        return None;
    }
    let full = scalar_text(total, runner);
    let one = Array::from_scalars(&[total], total.dtype(), vec![1]);
    let printed = one_line(&one, runner);
    let printed = printed.trim_start_matches('[').trim_end_matches(']').trim();
    let (a, b) = (full.parse::<f64>().ok()?, printed.parse::<f64>().ok()?);
    (a != b).then(|| {
        format!(
            "Step {step}'s total is {full} in full, but an array prints at most {} digits after the point (np.set_printoptions(precision=…)), so the result shows it as {printed}: the digits are still there, only the printout rounds them.",
            runner.interp.print_options.precision
        )
    })
}

/// What one step along a middle axis adds: a row when one axis is left
/// after it, else a slice.
fn slice_unit(trailing_axes: usize) -> &'static str {
    if trailing_axes == 1 { "row" } else { "slice" }
}

/// The C-order index over `dims` of the `n`th position.
fn unravel(mut n: usize, dims: &[usize]) -> Vec<usize> {
    let mut index = vec![0usize; dims.len()];
    for (d, len) in dims.iter().enumerate().rev() {
        index[d] = n % len.max(&1);
        n /= len.max(&1);
    }
    index
}

/// `1` for one leading index, `(0, 1)` for several.
fn index_label(index: &[usize]) -> String {
    match index {
        [i] => i.to_string(),
        more => format!(
            "({})",
            more.iter()
                .map(|i| i.to_string())
                .collect::<Vec<_>>()
                .join(", ")
        ),
    }
}

pub fn explain(runner: &mut Runner, src: &str) -> Result<String> {
    let stmts = crate::syntax::parse(src)?;
    let call = match stmts.as_slice() {
        [s] => match &s.kind {
            StmtKind::Expr(e) => find_call(e),
            _ => None,
        },
        _ => None,
    };
    let Some(call) = call else {
        return Err(Error::new(
            Exc::UsageError,
            ":explain takes one cumulative call, e.g. :explain a.cumsum(axis=0) or :explain np.cumprod([1, 2, 3])",
        ));
    };
    let StmtKind::Expr(whole) = &stmts[0].kind else {
        unreachable!("checked above")
    };
    // The real result first: if the call fails, that error is the explanation.
    let result = runner.interp.eval(whole)?;
    let Value::Array(result) = result else {
        return Err(Error::new(
            Exc::UsageError,
            ":explain needs a call that returns an array",
        ));
    };
    let input_value = match &call.input.kind {
        ExprKind::List(_) => to_array(&runner.interp.eval(call.input)?, None)?,
        _ => to_array(&runner.interp.eval(call.input)?, None)?,
    };
    let axis = match call.axis {
        Some(e) => match runner.interp.eval(e)? {
            Value::None => None,
            v => Some(crate::eval::to_index(&v)?),
        },
        None if call.default_axis_zero => Some(0),
        None => None,
    };
    let adding = !call.name.contains("prod");
    let include_initial = match call.include_initial {
        Some(e) => {
            let v = runner.interp.eval(e)?;
            runner.interp.truthy(&v)?
        }
        None => false,
    };
    let width = crate::eval::help::width();
    // Sentences wrap to the terminal's width, as tables do.
    let para = |text: &str| crate::eval::help::wrap(text, width) + "\n";
    let mut out = String::new();
    out.push_str(&format!(
        "{}: the running {} of\n{}\n",
        call.name,
        if adding { "sum" } else { "product" },
        print::array_repr(&input_value, &runner.interp.print_options)
    ));

    // Axis.
    let (steps_input, axis_used) = match axis {
        None => {
            out.push('\n');
            out.push_str(&para(&format!(
                "No axis: the {} elements are taken in C order (row by row), as one flat sequence.",
                input_value.size()
            )));
            (crate::array::shape::ravel(&input_value)?, 0usize)
        }
        Some(ax) => {
            let nd = input_value.ndim().max(1) as i64;
            let k = ax.rem_euclid(nd) as usize;
            let length = input_value.shape().get(k).copied().unwrap_or(1);
            let last = input_value.ndim() >= 2 && k == input_value.ndim() - 1;
            let middle = input_value.ndim() >= 3 && k > 0 && !last;
            out.push('\n');
            out.push_str(&para(&if last {
                format!(
                    "axis={ax}: each row is {} on its own, left to right ({length} elements per row); the table shows the rows one by one.",
                    if adding { "summed" } else { "multiplied" }
                )
            } else if middle {
                let blocks: usize = input_value.shape()[..k].iter().product();
                let unit = slice_unit(input_value.ndim() - k - 1);
                format!(
                    "axis={ax}: the array prints as {blocks} blocks, one after another; inside each block the {unit}s are {} top to bottom ({length} {unit}s per block), each {unit}'s total {} the {unit}s above it in the same block. The table walks the blocks one by one, {unit} by {unit}.",
                    if adding { "summed" } else { "multiplied" },
                    if adding { "adding" } else { "multiplying by" }
                )
            } else {
                format!(
                    "axis={ax}: totals run along axis {k} (length {length}); each step {} the next slice along it.",
                    if adding { "adds" } else { "multiplies by" }
                )
            }));
            (input_value.clone(), k)
        }
    };

    // Accumulation dtype and why.
    let acc = result.dtype();
    let input_dtype = input_value.dtype();
    let why = if let Some(e) = call.dtype {
        format!("dtype={} was given", src[e.span.start..e.span.end].trim())
    } else if let Some(e) = call.out {
        format!(
            "out={} has dtype {acc}, and the result is written into it",
            src[e.span.start..e.span.end].trim()
        )
    } else if acc != input_dtype {
        format!(
            "{input_dtype} is promoted to {acc}, the platform {}integer, because it is narrower: small integers and bools are {} without overflowing their own type",
            if acc == DType::UInt64 {
                "unsigned "
            } else {
                ""
            },
            if adding { "summed" } else { "multiplied" }
        )
    } else {
        format!("the input's own dtype {input_dtype} is kept")
    };
    out.push_str(&para(&format!("Accumulation dtype: {acc} — {why}.")));
    if call.dtype.is_some() && acc != input_dtype {
        out.push_str(&para(&format!(
            "Each {input_dtype} input is cast to {acc} before it is {}, so the totals are {acc} values.",
            if adding { "added" } else { "multiplied" }
        )));
    }
    if let Some(e) = call.out {
        out.push_str(&para(&format!(
            "The result went into out={}: the call wrote the totals there and returned that same array.",
            src[e.span.start..e.span.end].trim()
        )));
    }
    if call.name.starts_with("nan") {
        let nans = (0..input_value.size())
            .filter(|&k| {
                let s = input_value.get_flat(k);
                matches!(s.dtype().kind(), Kind::Float | Kind::Complex) && scalar_is_nan(s)
            })
            .count();
        out.push_str(&para(&format!(
            "{} counts each NaN as {} (there {} {nans} here), so the running {} carries on past it instead of becoming nan.",
            call.name,
            if adding { "0" } else { "1" },
            if nans == 1 { "is" } else { "are" },
            if adding { "total" } else { "product" }
        )));
    }
    if include_initial {
        out.push_str(&para(&format!(
            "include_initial=True: the result starts with {} (the value an empty {} has) before the first element, so it has one more entry along the axis than the input; the table shows it as step start.",
            if adding { "0" } else { "1" },
            if adding { "sum" } else { "product" }
        )));
    }
    out.push('\n');

    // The running totals.
    let steps = steps_input.shape().get(axis_used).copied().unwrap_or(1);
    let flat_result = if axis.is_none() {
        crate::array::shape::ravel(&result)?
    } else {
        result.clone()
    };
    let slice = |a: &Array, i: usize| -> Result<Value> {
        let mut items = vec![crate::array::index::IndexItem::Slice(None, None, None); axis_used];
        items.push(crate::array::index::IndexItem::Int(i as i64));
        Ok(match crate::array::index::index(a, &items)? {
            crate::array::index::Indexed::View(v) => Value::Array(v),
            crate::array::index::Indexed::Scalar(s) => Value::Scalar(s),
        })
    };
    let text = |v: &Value, runner: &Runner| match v {
        Value::Array(a) => one_line(a, runner),
        Value::Scalar(s) => scalar_text(*s, runner),
        other => crate::eval::str(other, &runner.interp.print_options),
    };
    let running = if adding {
        "running total"
    } else {
        "running product"
    };
    // axis = the last of 2 or more: one table row per row of the input.
    let rows_mode =
        axis.is_some() && input_value.ndim() >= 2 && axis_used == input_value.ndim() - 1;
    // A middle axis of 3 or more: one table row per step inside each block.
    let blocks_mode = axis.is_some()
        && input_value.ndim() >= 3
        && axis_used > 0
        && axis_used < input_value.ndim() - 1;
    let first_column = if rows_mode { "row" } else { "step" };
    let mut t = if blocks_mode {
        crate::eval::help::table(&["block", "step", "input", running])
    } else {
        crate::eval::help::table(&[first_column, "input", running])
    };
    let shift = usize::from(include_initial);
    if include_initial && !rows_mode && !blocks_mode {
        t.add_row([
            "start".to_string(),
            String::new(),
            text(&slice(&flat_result, 0)?, runner),
        ]);
    }
    // Exact running totals (integers only) to point at wrap-around.
    let integer = matches!(acc.kind(), Kind::Int | Kind::UInt);
    let mut exact: Vec<i128> = Vec::new();
    let mut overflow_note = None;
    let mut drift_note = None;
    let shown = steps.min(20);
    for i in 0..steps {
        let x = slice(&steps_input, i)?;
        let r = slice(&flat_result, i + shift)?;
        if integer && !call.name.starts_with("cumulative") {
            let xs: Vec<Scalar> = match &x {
                Value::Array(a) => (0..a.size()).map(|k| a.get_flat(k)).collect(),
                Value::Scalar(s) => vec![*s],
                _ => vec![],
            };
            let rs: Vec<Scalar> = match &r {
                Value::Array(a) => (0..a.size()).map(|k| a.get_flat(k)).collect(),
                Value::Scalar(s) => vec![*s],
                _ => vec![],
            };
            if exact.is_empty() {
                exact = vec![if adding { 0 } else { 1 }; xs.len()];
            }
            for (k, (xv, rv)) in xs.iter().zip(&rs).enumerate() {
                let Some(v) = exact_int(cast_scalar(*xv, acc)).or(exact_int(*xv)) else {
                    continue;
                };
                exact[k] = if adding {
                    exact[k].saturating_add(v)
                } else {
                    exact[k].saturating_mul(v)
                };
                if overflow_note.is_none() && exact_int(*rv) != Some(exact[k]) {
                    overflow_note = Some(format!(
                        "Overflow at step {i}: the true total {} does not fit in {acc}, so it wraps around to {}; every later total carries the error.\n",
                        exact[k],
                        scalar_text(*rv, runner)
                    ));
                }
            }
        }
        if i < shown && !rows_mode && !blocks_mode {
            t.add_row([i.to_string(), text(&x, runner), text(&r, runner)]);
        }
        if let (None, false, Value::Scalar(s)) = (&drift_note, rows_mode || blocks_mode, &r) {
            drift_note = hidden_digits(*s, i, runner);
        }
    }
    if rows_mode {
        let length = input_value.shape()[axis_used];
        let lanes = input_value.size() / length.max(1);
        let outer = &input_value.shape()[..axis_used];
        let rows_in =
            crate::array::shape::reshape(&input_value, &[lanes as isize, length as isize])?;
        let rows_out =
            crate::array::shape::reshape(&result, &[lanes as isize, (length + shift) as isize])?;
        for r in 0..lanes.min(20) {
            // The row's index over the leading axes: `1` in 2-D, `(0, 1)` in 3-D.
            let label = index_label(&unravel(r, outer));
            let row = |a: &Array| -> Result<String> {
                let items = [crate::array::index::IndexItem::Int(r as i64)];
                Ok(match crate::array::index::index(a, &items)? {
                    crate::array::index::Indexed::View(v) => one_line(&v, runner),
                    crate::array::index::Indexed::Scalar(s) => scalar_text(s, runner),
                })
            };
            t.add_row([label, row(&rows_in)?, row(&rows_out)?]);
        }
        if lanes > 20 {
            t.add_row([
                "…".to_string(),
                format!("({} more rows)", lanes - 20),
                String::new(),
            ]);
        }
    }
    if blocks_mode {
        let outer = &input_value.shape()[..axis_used];
        let blocks: usize = outer.iter().product();
        let rows_per_block = steps + shift;
        let mut added = 0usize;
        let part = |a: &Array, lead: &[usize], j: usize| -> Result<String> {
            let mut items: Vec<crate::array::index::IndexItem> = lead
                .iter()
                .map(|&i| crate::array::index::IndexItem::Int(i as i64))
                .collect();
            items.push(crate::array::index::IndexItem::Int(j as i64));
            Ok(match crate::array::index::index(a, &items)? {
                crate::array::index::Indexed::View(v) => one_line(&v, runner),
                crate::array::index::Indexed::Scalar(s) => scalar_text(s, runner),
            })
        };
        'walk: for b in 0..blocks {
            let lead = unravel(b, outer);
            let label = index_label(&lead);
            for j in 0..rows_per_block {
                if added == 20 {
                    t.add_row([
                        "…".to_string(),
                        String::new(),
                        format!("({} more steps)", blocks * rows_per_block - added),
                        String::new(),
                    ]);
                    break 'walk;
                }
                let (step, input) = match j.checked_sub(shift) {
                    Some(i) => (i.to_string(), part(&input_value, &lead, i)?),
                    None => ("start".to_string(), String::new()),
                };
                t.add_row([label.clone(), step, input, part(&result, &lead, j)?]);
                added += 1;
            }
        }
    }
    if steps > shown && !rows_mode && !blocks_mode {
        t.add_row([
            "…".to_string(),
            format!("({} more steps)", steps - shown),
            String::new(),
        ]);
    }
    out.push_str(&format!("{t}\n"));
    if let Some(note) = overflow_note {
        out.push_str(&para(&note));
    }
    if let Some(note) = drift_note {
        out.push_str(&para(&note));
    }
    out.push_str(&format!(
        "\nResult:\n{}\n",
        print::array_repr(&result, &runner.interp.print_options)
    ));
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::front::run::RunOptions;

    fn explained(setup: &str, src: &str) -> String {
        let options = RunOptions {
            echo: true,
            transcript: false,
            color: false,
        };
        let mut runner = Runner::new(
            Box::new(std::io::sink()),
            Box::new(std::io::sink()),
            options,
        );
        runner.run_chunk(&format!("{setup}\n"));
        explain(&mut runner, src).unwrap()
    }

    /// A middle axis is walked block by block, each block's rows top to
    /// bottom, as the array prints: the totals restart in every block.
    #[test]
    fn middle_axis_walks_each_block_top_to_bottom() {
        let t = explained("a = np.arange(12).reshape(2, 3, 2)", "a.cumsum(axis=1)");
        assert!(t.contains("the array prints as 2 blocks"), "{t}");
        let prose = t.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(
            prose.contains("rows are summed top to bottom (3 rows per block)"),
            "{t}"
        );
        let table: Vec<&str> = t.lines().filter(|l| l.starts_with('│')).collect();
        let cells = |l: &str| -> Vec<String> {
            l.trim_matches('│')
                .split('┆')
                .map(|c| c.trim().to_string())
                .collect()
        };
        assert_eq!(cells(table[0]), ["block", "step", "input", "running total"]);
        assert_eq!(cells(table[3]), ["0", "2", "[4 5]", "[6 9]"]);
        assert_eq!(cells(table[4]), ["1", "0", "[6 7]", "[6 7]"], "restarts");
        assert_eq!(cells(table[6]), ["1", "2", "[10 11]", "[24 27]"]);
        assert_eq!(table.len(), 7);
        // include_initial gives each block its start row; a negative axis
        // names the same middle axis.
        let t = explained(
            "a = np.arange(12).reshape(2, 3, 2)",
            "np.cumulative_prod(a, axis=-2, include_initial=True)",
        );
        let starts = t.lines().filter(|l| l.contains("┆ start ┆")).count();
        assert_eq!(starts, 2, "{t}");
        let prose = t.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(prose.contains("rows are multiplied top to bottom"), "{t}");
        // Four dimensions: the blocks are labelled by their index pair and
        // the steps are rows; past 20 steps the table says how many remain.
        let t = explained("b = np.ones((3, 2, 4, 2), dtype=int)", "b.cumsum(axis=2)");
        let table: Vec<&str> = t.lines().filter(|l| l.starts_with('│')).collect();
        assert_eq!(cells(table[8]), ["(0, 1)", "3", "[1 1]", "[4 4]"], "{t}");
        assert!(t.contains("(4 more steps)"), "{t}");
    }
}
