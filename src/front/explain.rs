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
            out.push_str(&format!(
                "\nNo axis: the {} elements are taken in C order (row by row), as one flat sequence.\n",
                input_value.size()
            ));
            (crate::array::shape::ravel(&input_value)?, 0usize)
        }
        Some(ax) => {
            let nd = input_value.ndim().max(1) as i64;
            let k = ax.rem_euclid(nd) as usize;
            out.push_str(&format!(
                "\naxis={ax}: totals run along axis {k} (length {}); each step adds the next slice along it.\n",
                input_value.shape().get(k).copied().unwrap_or(1)
            ));
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
            "{input_dtype} is promoted to {acc}, the platform integer, because it is narrower: small integers and bools are summed without overflowing their own type"
        )
    } else {
        format!("the input's own dtype {input_dtype} is kept")
    };
    out.push_str(&format!("Accumulation dtype: {acc} — {why}.\n\n"));

    // The running totals.
    let steps = steps_input.shape().get(axis_used).copied().unwrap_or(1);
    let flat_result = if axis.is_none() {
        crate::array::shape::ravel(&result)?
    } else {
        result.clone()
    };
    let mut t = crate::eval::help::table(&["step", "input", "running total"]);
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
    // Exact running totals (integers only) to point at wrap-around.
    let integer = matches!(acc.kind(), Kind::Int | Kind::UInt);
    let mut exact: Vec<i128> = Vec::new();
    let mut overflow_note = None;
    let shown = steps.min(20);
    for i in 0..steps {
        let x = slice(&steps_input, i)?;
        let r = slice(&flat_result, i)?;
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
        if i < shown {
            t.add_row([i.to_string(), text(&x, runner), text(&r, runner)]);
        }
    }
    if steps > shown {
        t.add_row([
            "…".to_string(),
            format!("({} more steps)", steps - shown),
            String::new(),
        ]);
    }
    out.push_str(&format!("{t}\n"));
    if let Some(note) = overflow_note {
        out.push_str(&note);
    }
    out.push_str(&format!(
        "\nResult:\n{}\n",
        print::array_repr(&result, &runner.interp.print_options)
    ));
    Ok(out)
}
