//! `np.testing`'s assertions: numpy/testing/_private/utils.py of NumPy 2.4.6
//! (`assert_array_compare`, `build_err_msg` and the functions over them),
//! written over npcalc's own ufuncs, comparisons and array printing, so the
//! multi-line `AssertionError` messages (mismatch counts, positions, largest
//! differences, the `ACTUAL`/`DESIRED` reprs) are NumPy's. Python code runs
//! these functions, so argument errors are a Python `def`'s.

use super::Interp;
use super::classes::{repr_of, str_of};
use super::convert::to_array;
use super::linalg::np_call;
use super::table::{Args, FnDef, Owner, p};
use super::value::Value;
use crate::array::{Array, Kind, Scalar, signals};
use crate::error::{Error, Exc, Result, Span};
use crate::print::{self, PrintOptions};
use crate::syntax::ast::{BinOp, CmpOp, UnaryOp};

pub static TESTING: &[FnDef] = &[
    FnDef {
        name: "assert_allclose",
        owner: Owner::Numpy,
        error_name: None,
        params: &[
            p!(Normal "actual", "The array obtained."),
            p!(Normal "desired", "The array expected."),
            p!(Normal "rtol" = "1e-07", "Relative tolerance."),
            p!(Normal "atol" = "0", "Absolute tolerance."),
            p!(Normal "equal_nan" = "True", "NaNs in the same places count as equal."),
            p!(Normal "err_msg" = "''", "Text added to the failure message."),
            p!(Normal "verbose" = "True", "Show both arrays in the failure message."),
            p!(KeywordOnly "strict" = "False", "Shapes and dtypes must match too."),
        ],
        doc: "Raise AssertionError unless |actual - desired| <= atol + rtol * |desired| everywhere (np.isclose), reporting the mismatches.",
        examples: &[
            "np.testing.assert_allclose(np.cumsum([0.1] * 3), [0.1, 0.2, 0.3])",
            "np.testing.assert_allclose(np.cumsum([1, 2, 3]), [1, 3, 7])",
        ],
        imp: assert_allclose,
    },
    FnDef {
        name: "assert_array_equal",
        owner: Owner::Numpy,
        error_name: None,
        params: &[
            p!(Normal "actual", "The array obtained."),
            p!(Normal "desired", "The array expected."),
            p!(Normal "err_msg" = "''", "Text added to the failure message."),
            p!(Normal "verbose" = "True", "Show both arrays in the failure message."),
            p!(KeywordOnly "strict" = "False", "Shapes and dtypes must match too."),
        ],
        doc: "Raise AssertionError unless the arrays are equal element by element (NaNs in the same places are equal; a scalar is compared with every element).",
        examples: &[
            "np.testing.assert_array_equal(np.cumsum([1, 2, 3]), [1, 3, 6])",
            "np.testing.assert_array_equal(np.cumsum([1, 2, 3]), [1, 3, 7])",
        ],
        imp: assert_array_equal,
    },
    FnDef {
        name: "assert_equal",
        owner: Owner::Numpy,
        error_name: None,
        params: &[
            p!(Normal "actual", "The object obtained."),
            p!(Normal "desired", "The object expected."),
            p!(Normal "err_msg" = "''", "Text added to the failure message."),
            p!(Normal "verbose" = "True", "Show both values in the failure message."),
            p!(KeywordOnly "strict" = "False", "For arrays: shapes and dtypes must match too."),
        ],
        doc: "Raise AssertionError unless two objects are equal: dicts key by key, lists and tuples item by item, arrays as assert_array_equal, scalars with NaN equal to NaN.",
        examples: &[
            "np.testing.assert_equal([1, 2], [1, 2])",
            "np.testing.assert_equal({'a': np.cumsum([1, 2])}, {'a': [1, 3]})",
        ],
        imp: assert_equal,
    },
    FnDef {
        name: "assert_almost_equal",
        owner: Owner::Numpy,
        error_name: None,
        params: &[
            p!(Normal "actual", "The object obtained."),
            p!(Normal "desired", "The object expected."),
            p!(Normal "decimal" = "7", "Equal when abs(desired - actual) < 1.5 * 10**(-decimal)."),
            p!(Normal "err_msg" = "''", "Text added to the failure message."),
            p!(Normal "verbose" = "True", "Show both values in the failure message."),
        ],
        doc: "Raise AssertionError unless abs(desired - actual) < 1.5 * 10**(-decimal); arrays, lists and tuples go to assert_array_almost_equal.",
        examples: &[
            "np.testing.assert_almost_equal(np.cumsum([0.1] * 3)[-1], 0.3)",
            "np.testing.assert_almost_equal(2.5, 2.51, decimal=1)",
        ],
        imp: assert_almost_equal,
    },
    FnDef {
        name: "assert_array_almost_equal",
        owner: Owner::Numpy,
        error_name: None,
        params: &[
            p!(Normal "actual", "The array obtained."),
            p!(Normal "desired", "The array expected."),
            p!(Normal "decimal" = "6", "Equal when abs(desired - actual) < 1.5 * 10**(-decimal)."),
            p!(Normal "err_msg" = "''", "Text added to the failure message."),
            p!(Normal "verbose" = "True", "Show both arrays in the failure message."),
        ],
        doc: "Raise AssertionError unless abs(desired - actual) < 1.5 * 10**(-decimal) element by element.",
        examples: &[
            "np.testing.assert_array_almost_equal(np.cumsum([0.1] * 3), [0.1, 0.2, 0.3])",
            "np.testing.assert_array_almost_equal([1.0, 2.333], [1.0, 2.33], decimal=2)",
        ],
        imp: assert_array_almost_equal,
    },
    FnDef {
        name: "assert_array_less",
        owner: Owner::Numpy,
        error_name: None,
        params: &[
            p!(Normal "x", "The smaller array."),
            p!(Normal "y", "The larger array."),
            p!(Normal "err_msg" = "''", "Text added to the failure message."),
            p!(Normal "verbose" = "True", "Show both arrays in the failure message."),
            p!(KeywordOnly "strict" = "False", "Shapes and dtypes must match too."),
        ],
        doc: "Raise AssertionError unless x < y element by element (NaNs in the same places are skipped).",
        examples: &[
            "np.testing.assert_array_less(np.cumsum([1, 2]), [2, 4])",
            "np.testing.assert_array_less([1, 5], 4)",
        ],
        imp: assert_array_less,
    },
    FnDef {
        name: "assert_",
        owner: Owner::Numpy,
        error_name: None,
        params: &[
            p!(Normal "val", "The condition."),
            p!(Normal "msg" = "''", "The message, or a function returning it."),
        ],
        doc: "Raise AssertionError(msg) when val is false, like assert but never skipped.",
        examples: &[
            "np.testing.assert_(np.cumsum([1, 2])[-1] == 3)",
            "np.testing.assert_(False, 'no')",
        ],
        imp: assert_,
    },
];

fn failure(msg: String) -> Error {
    Error::new(Exc::AssertionError, msg)
}

/// The value as an ndarray (`np.asanyarray`); NumPy scalars become 0-d.
fn asarray(v: &Value) -> Result<Array> {
    match v {
        Value::Array(a) => Ok(a.clone()),
        Value::Scalar(s) => Ok(Array::from_scalar(*s)),
        other => to_array(other, None),
    }
}

fn ndim(v: &Value) -> usize {
    match v {
        Value::Array(a) => a.ndim(),
        _ => 0,
    }
}

fn np(it: &mut Interp, span: Span, name: &str, args: Vec<Value>) -> Result<Value> {
    np_call(it, name, args, vec![], span)
}

/// `array_repr(a, precision=…)`'s precision, or why NumPy refused it.
fn repr_precision(v: &Value) -> std::result::Result<usize, &'static str> {
    match v {
        Value::Int(_) | Value::Bool(_) | Value::Scalar(_) => match super::to_index(v) {
            Ok(p) if p < 0 => Err("precision must be >= 0"),
            Ok(p) => Ok(p as usize),
            Err(_) => Err("precision must be an integer"),
        },
        _ => Err("precision must be an integer"),
    }
}

/// What `build_err_msg` needs besides the values shown.
struct Report {
    header: String,
    verbose: bool,
    names: [&'static str; 2],
    precision: Value,
}

impl Report {
    /// `build_err_msg`: the header (with `err_msg` on its line when short),
    /// then each value's repr, cut to three lines.
    fn message(&self, it: &mut Interp, shown: [&Value; 2], err_msg: &Value) -> Result<String> {
        let mut msg = vec![format!("\n{}", self.header)];
        let err_msg = str_of(it, err_msg)?;
        if !err_msg.is_empty() {
            if !err_msg.contains('\n') && err_msg.chars().count() + self.header.chars().count() < 79
            {
                msg[0] = format!("{} {err_msg}", msg[0]);
            } else {
                msg.push(err_msg);
            }
        }
        if self.verbose {
            for (name, v) in self.names.iter().zip(shown) {
                let mut r = match v {
                    Value::Array(a) => match repr_precision(&self.precision) {
                        Ok(precision) => print::array_repr(
                            a,
                            &PrintOptions {
                                precision,
                                ..it.print_options.clone()
                            },
                        ),
                        Err(why) => format!("[repr failed for <ndarray>: {why}]"),
                    },
                    other => repr_of(it, other)?,
                };
                if r.matches('\n').count() > 3 {
                    r = r.lines().take(3).collect::<Vec<_>>().join("\n") + "...";
                }
                msg.push(format!(" {name}: {r}"));
            }
        }
        Ok(msg.join("\n"))
    }

    fn fail(&self, it: &mut Interp, shown: [&Value; 2], err_msg: &Value) -> Error {
        match self.message(it, shown, err_msg) {
            Ok(m) => failure(m),
            Err(e) => e,
        }
    }
}

/// The element comparison `assert_array_compare` applies.
enum Comparison {
    Equal,
    Less,
    /// `assert_array_almost_equal`'s: abs(x - y) < 1.5 * 10.0**(-decimal).
    Almost(Value),
    /// `np.isclose(x, y, rtol, atol, equal_nan)`.
    Close(Value, Value, Value),
}

impl Comparison {
    fn apply(&self, it: &mut Interp, span: Span, x: &Value, y: &Value) -> Result<Value> {
        match self {
            Comparison::Equal => it.compare(CmpOp::Eq, x, y),
            Comparison::Less => it.compare(CmpOp::Lt, x, y),
            Comparison::Almost(decimal) => {
                let dtype = np(it, span, "result_type", vec![y.clone(), Value::Float(1.0)])?;
                let dtype = super::convert::to_dtype(&dtype)?;
                let y = Value::Array(to_array(y, dtype)?);
                let diff = it.binary(BinOp::Sub, x, &y)?;
                let z = np(it, span, "absolute", vec![diff])?;
                let exponent = it.unary(UnaryOp::Neg, decimal)?;
                let scale = it.binary(BinOp::Pow, &Value::Float(10.0), &exponent)?;
                let bound = it.binary(BinOp::Mul, &Value::Float(1.5), &scale)?;
                it.compare(CmpOp::Lt, &z, &bound)
            }
            Comparison::Close(rtol, atol, equal_nan) => np_call(
                it,
                "isclose",
                vec![x.clone(), y.clone()],
                vec![
                    ("rtol", rtol.clone()),
                    ("atol", atol.clone()),
                    ("equal_nan", equal_nan.clone()),
                ],
                span,
            ),
        }
    }
}

/// `assert_array_compare`'s switches.
struct Checks {
    equal_nan: bool,
    equal_inf: bool,
    strict: bool,
}

/// `assert_array_compare`: shapes (and with `strict`, dtypes) first, then
/// NaNs and infinities in the same places, then `comparison` on the rest.
fn array_compare(
    it: &mut Interp,
    span: Span,
    comparison: &Comparison,
    (x, y): (&Value, &Value),
    err_msg: &Value,
    report: &Report,
    checks: &Checks,
) -> Result<()> {
    let (xa, ya) = (asarray(x)?, asarray(y)?);
    let (ox, oy) = (Value::Array(xa.clone()), Value::Array(ya.clone()));
    // `err_msg + '\n…'`: Python's `+`, so a message that is not a str fails as it does.
    let with = |it: &mut Interp, tail: &str| it.binary(BinOp::Add, err_msg, &Value::str(tail));
    let cond = if checks.strict {
        xa.shape() == ya.shape() && xa.dtype() == ya.dtype()
    } else {
        xa.ndim() == 0 || ya.ndim() == 0 || xa.shape() == ya.shape()
    };
    if !cond {
        let reason = if xa.shape() != ya.shape() {
            format!(
                "\n(shapes {}, {} mismatch)",
                crate::array::shape_repr(xa.shape()),
                crate::array::shape_repr(ya.shape())
            )
        } else {
            format!(
                "\n(dtypes {}, {} mismatch)",
                xa.dtype().name(),
                ya.dtype().name()
            )
        };
        let m = with(it, &reason)?;
        return Err(report.fail(it, [&ox, &oy], &m));
    }
    // Where NaNs (or infinities) are must agree; returns where they are.
    let same_pos = |it: &mut Interp, x_id: Value, y_id: Value, hasval: &str| -> Result<Value> {
        if any_difference(it, span, &x_id, &y_id)? {
            let m = with(it, &format!("\n{hasval} location mismatch:"))?;
            return Err(report.fail(it, [&ox, &oy], &m));
        }
        // A scalar's flag holds for every element of the other side.
        if ndim(&x_id) == 0 {
            return Ok(Value::Scalar(Scalar::Bool(it.truthy(&x_id)?)));
        }
        if ndim(&y_id) == 0 {
            return Ok(Value::Scalar(Scalar::Bool(it.truthy(&y_id)?)));
        }
        Ok(y_id)
    };
    let mut flagged = Value::Scalar(Scalar::Bool(false));
    if checks.equal_nan {
        let x_id = np(it, span, "isnan", vec![ox.clone()])?;
        let y_id = np(it, span, "isnan", vec![oy.clone()])?;
        flagged = same_pos(it, x_id, y_id, "nan")?;
    }
    if checks.equal_inf {
        // Infinities already flagged as NaNs (inf+nanj) are not compared again.
        let unflagged = it.unary(UnaryOp::Invert, &flagged)?;
        let inf_at = |it: &mut Interp, v: &Value| -> Result<Value> {
            let inf = np(it, span, "isinf", vec![v.clone()])?;
            np(it, span, "logical_and", vec![inf, unflagged.clone()])
        };
        let x_id = inf_at(it, &ox)?;
        let y_id = inf_at(it, &oy)?;
        let infs_mask = same_pos(it, x_id, y_id, "inf")?;
        same_inf_values(it, span, (&xa, &ya), &infs_mask, err_msg, report)?;
        flagged = np(it, span, "bitwise_or", vec![flagged, infs_mask])?;
    }
    let (x, y) = if ndim(&flagged) > 0 {
        let keep = it.unary(UnaryOp::Invert, &flagged)?;
        let x = super::numpy::getitem(&ox, &keep)?;
        if asarray(&x)?.size() == 0 {
            return Ok(());
        }
        (x, super::numpy::getitem(&oy, &keep)?)
    } else if it.truthy(&flagged)? {
        return Ok(());
    } else {
        (ox.clone(), oy.clone())
    };
    let val = comparison.apply(it, span, &x, &y)?;
    let invalids = np(it, span, "logical_not", vec![val.clone()])?;
    let reduced = asarray(&val)?;
    let n_invalid = (0..reduced.size())
        .filter(|&i| !matches!(reduced.get_flat(i), Scalar::Bool(true)))
        .count();
    if n_invalid == 0 {
        return Ok(());
    }
    let n_elements = match &flagged {
        Value::Array(f) => f.size(),
        _ => reduced.size(),
    };
    let percent = (100 * n_invalid) as f64 / n_elements as f64;
    let mut remarks = vec![format!(
        "Mismatched elements: {n_invalid} / {n_elements} ({}%)",
        super::format::format(&Value::Float(percent), ".3g", &it.print_options)?
    )];
    if let Value::Array(bad) = &invalids {
        remarks.push(positions(it, (&xa, &ya), &flagged, bad, report.names)?);
    }
    // A TypeError (booleans cannot be subtracted) leaves the differences
    // out, as NumPy's `contextlib.suppress(TypeError)` does.
    match signals::quiet(|| max_differences(it, span, (&x, &y), &invalids, &mut remarks)) {
        Err(e) if e.class.is_a(Exc::TypeError) => {}
        r => r?,
    }
    let text = str_of(it, err_msg)? + "\n" + &remarks.join("\n");
    Err(report.fail(it, [&ox, &oy], &Value::str(&text)))
}

/// `robust_any_difference`: whether `(x == y).all()` is not true.
fn any_difference(it: &mut Interp, span: Span, x: &Value, y: &Value) -> Result<bool> {
    let same = it.compare(CmpOp::Eq, x, y)?;
    let all = np(it, span, "all", vec![same])?;
    Ok(!it.truthy(&all)?)
}

/// `assert_same_inf_values`: the infinities in the same places have the same signs.
fn same_inf_values(
    it: &mut Interp,
    span: Span,
    (x, y): (&Array, &Array),
    infs_mask: &Value,
    err_msg: &Value,
    report: &Report,
) -> Result<()> {
    let any = np(it, span, "any", vec![infs_mask.clone()])?;
    if !it.truthy(&any)? {
        return Ok(());
    }
    let (x, y) = (Value::Array(x.clone()), Value::Array(y.clone()));
    let (x, y) = if ndim(&x) > 0 && ndim(&y) > 0 {
        (
            super::numpy::getitem(&x, infs_mask)?,
            super::numpy::getitem(&y, infs_mask)?,
        )
    } else {
        (x, y)
    };
    if any_difference(it, span, &x, &y)? {
        let m = it.binary(BinOp::Add, err_msg, &Value::str("\ninf values mismatch:"))?;
        return Err(report.fail(it, [&x, &y], &m));
    }
    Ok(())
}

/// The "Mismatch at index" remark: the first five mismatched positions in
/// the original arrays, with the values there.
fn positions(
    it: &Interp,
    (ox, oy): (&Array, &Array),
    flagged: &Value,
    invalids: &Array,
    names: [&str; 2],
) -> Result<String> {
    let true_at = |a: &Array| -> Vec<Vec<usize>> {
        (0..a.size())
            .filter(|&i| matches!(a.get_flat(i), Scalar::Bool(true)))
            .map(|i| unravel(i, a.shape()))
            .collect()
    };
    let bad: Vec<bool> = (0..invalids.size())
        .map(|i| matches!(invalids.get_flat(i), Scalar::Bool(true)))
        .collect();
    let found: Vec<Vec<usize>> = match flagged {
        // The compared elements were the unflagged ones, in order.
        Value::Array(f) => {
            let mut kept = Vec::new();
            for i in 0..f.size() {
                if !matches!(f.get_flat(i), Scalar::Bool(true)) {
                    kept.push(unravel(i, f.shape()));
                }
            }
            kept.into_iter()
                .zip(&bad)
                .filter(|(_, b)| **b)
                .map(|(p, _)| p)
                .collect()
        }
        _ => true_at(invalids),
    };
    let o = &it.print_options;
    // An f-string field: NumPy formats a scalar (or a 0-d array's element)
    // as the Python number it converts to, so float32 shows all its digits.
    let at = |a: &Array, p: &[usize]| -> Result<String> {
        let element = if a.ndim() == 0 { a.get(&[]) } else { a.get(p) };
        super::format::format(&Value::Scalar(element), "", o)
    };
    let lines: Vec<String> = found
        .iter()
        .take(5)
        .map(|p| {
            let index: Vec<String> = p.iter().map(usize::to_string).collect();
            Ok(format!(
                " [{}]: {} ({}), {} ({})",
                index.join(", "),
                at(ox, p)?,
                names[0],
                at(oy, p)?,
                names[1]
            ))
        })
        .collect::<Result<_>>()?;
    let title = match found.len() {
        1 => "Mismatch at index:",
        2..=5 => "Mismatch at indices:",
        _ => "First 5 mismatches are at indices:",
    };
    Ok(format!("{title}\n{}", lines.join("\n")))
}

fn unravel(mut flat: usize, shape: &[usize]) -> Vec<usize> {
    let mut index = vec![0; shape.len()];
    for (i, &n) in shape.iter().enumerate().rev() {
        index[i] = flat % n;
        flat /= n;
    }
    index
}

/// The largest absolute and relative differences among the mismatches.
fn max_differences(
    it: &mut Interp,
    span: Span,
    (x, y): (&Value, &Value),
    invalids: &Value,
    remarks: &mut Vec<String>,
) -> Result<()> {
    let diff = it.binary(BinOp::Sub, x, y)?;
    let mut error = np(it, span, "absolute", vec![diff])?;
    if asarray(x)?.dtype().kind() == Kind::UInt {
        // Unsigned subtraction wraps: the smaller of both directions.
        let back = it.binary(BinOp::Sub, y, x)?;
        let error2 = np(it, span, "absolute", vec![back])?;
        error = np(it, span, "minimum", vec![error, error2])?;
    }
    // Indexing a NumPy scalar with a boolean gives a 1-element array, as a 0-d array's does.
    let error = Value::Array(asarray(&error)?);
    let invalids = Value::Array(asarray(invalids)?);
    let reduced_error = super::numpy::getitem(&error, &invalids)?;
    let max_abs = np(it, span, "max", vec![reduced_error])?;
    let text = |it: &Interp, v: &Value| -> Result<String> {
        Ok(print::array2string(
            &asarray(v)?,
            &it.print_options,
            " ",
            "",
            "",
        ))
    };
    remarks.push(format!(
        "Max absolute difference among violations: {}",
        text(it, &max_abs)?
    ));
    // Relative to |y|, where y is not zero (np.isclose's definition).
    let nonzero = it.compare(CmpOp::Ne, y, &Value::int(0))?;
    let nonzero_invalid = np(it, span, "logical_and", vec![invalids, nonzero])?;
    let any = np(it, span, "any", vec![nonzero_invalid.clone()])?;
    let max_rel = if it.truthy(&any)? {
        let nonzero_invalid = Value::Array(asarray(&nonzero_invalid)?);
        let errors = super::numpy::getitem(&error, &nonzero_invalid)?;
        let shape = super::numpy::shape_tuple(asarray(&error)?.shape());
        let wide_y = np(it, span, "broadcast_to", vec![y.clone(), shape])?;
        let ys = super::numpy::getitem(&wide_y, &nonzero_invalid)?;
        let ys = np(it, span, "absolute", vec![ys])?;
        let ratios = it.binary(BinOp::Div, &errors, &ys)?;
        np(it, span, "max", vec![ratios])?
    } else {
        Value::Array(Array::from_scalar(Scalar::Float64(f64::INFINITY)))
    };
    remarks.push(format!(
        "Max relative difference among violations: {}",
        text(it, &max_rel)?
    ));
    Ok(())
}

fn arg_truthy(it: &mut Interp, args: &Args, name: &str) -> Result<bool> {
    let v = args.get(name);
    it.truthy(&v)
}

fn assert_allclose(it: &mut Interp, args: &Args) -> Result<Value> {
    let span = args.call_span;
    let (rtol, atol) = (args.get("rtol"), args.get("atol"));
    let o = it.print_options.clone();
    let header = format!(
        "Not equal to tolerance rtol={}, atol={}",
        super::format::format(&rtol, "g", &o)?,
        super::format::format(&atol, "g", &o)?
    );
    let (actual, desired) = (args.get("actual"), args.get("desired"));
    let (actual, desired) = (
        Value::Array(asarray(&actual)?),
        Value::Array(asarray(&desired)?),
    );
    let err_msg = Value::str(&str_of(it, &args.get("err_msg"))?);
    let equal_nan = args.get("equal_nan");
    let checks = Checks {
        equal_nan: it.truthy(&equal_nan)?,
        equal_inf: true,
        strict: arg_truthy(it, args, "strict")?,
    };
    let report = Report {
        header,
        verbose: arg_truthy(it, args, "verbose")?,
        names: ["ACTUAL", "DESIRED"],
        precision: Value::int(6),
    };
    array_compare(
        it,
        span,
        &Comparison::Close(rtol, atol, equal_nan),
        (&actual, &desired),
        &err_msg,
        &report,
        &checks,
    )?;
    Ok(Value::None)
}

/// `assert_array_equal` (also `assert_equal`'s path for arrays).
fn array_equal(
    it: &mut Interp,
    span: Span,
    (actual, desired): (&Value, &Value),
    err_msg: &Value,
    verbose: bool,
    strict: bool,
) -> Result<()> {
    let report = Report {
        header: "Arrays are not equal".into(),
        verbose,
        names: ["ACTUAL", "DESIRED"],
        precision: Value::int(6),
    };
    let checks = Checks {
        equal_nan: true,
        equal_inf: true,
        strict,
    };
    array_compare(
        it,
        span,
        &Comparison::Equal,
        (actual, desired),
        err_msg,
        &report,
        &checks,
    )
}

fn assert_array_equal(it: &mut Interp, args: &Args) -> Result<Value> {
    let (verbose, strict) = (
        arg_truthy(it, args, "verbose")?,
        arg_truthy(it, args, "strict")?,
    );
    array_equal(
        it,
        args.call_span,
        (&args.get("actual"), &args.get("desired")),
        &args.get("err_msg"),
        verbose,
        strict,
    )?;
    Ok(Value::None)
}

fn assert_array_less(it: &mut Interp, args: &Args) -> Result<Value> {
    let report = Report {
        header: "Arrays are not strictly ordered `x < y`".into(),
        verbose: arg_truthy(it, args, "verbose")?,
        names: ["x", "y"],
        precision: Value::int(6),
    };
    let checks = Checks {
        equal_nan: true,
        equal_inf: false,
        strict: arg_truthy(it, args, "strict")?,
    };
    array_compare(
        it,
        args.call_span,
        &Comparison::Less,
        (&args.get("x"), &args.get("y")),
        &args.get("err_msg"),
        &report,
        &checks,
    )?;
    Ok(Value::None)
}

/// `'Arrays are not almost equal to %d decimals' % decimal`, with Python's `%`.
fn almost_header(it: &mut Interp, decimal: &Value) -> Result<String> {
    let template = Value::str("Arrays are not almost equal to %d decimals");
    let header = it.binary(BinOp::Mod, &template, decimal)?;
    str_of(it, &header)
}

fn array_almost_equal(
    it: &mut Interp,
    span: Span,
    (actual, desired): (&Value, &Value),
    decimal: &Value,
    err_msg: &Value,
    verbose: bool,
) -> Result<()> {
    let report = Report {
        header: almost_header(it, decimal)?,
        verbose,
        names: ["ACTUAL", "DESIRED"],
        precision: decimal.clone(),
    };
    let checks = Checks {
        equal_nan: true,
        equal_inf: true,
        strict: false,
    };
    array_compare(
        it,
        span,
        &Comparison::Almost(decimal.clone()),
        (actual, desired),
        err_msg,
        &report,
        &checks,
    )
}

fn assert_array_almost_equal(it: &mut Interp, args: &Args) -> Result<Value> {
    let verbose = arg_truthy(it, args, "verbose")?;
    array_almost_equal(
        it,
        args.call_span,
        (&args.get("actual"), &args.get("desired")),
        &args.get("decimal"),
        &args.get("err_msg"),
        verbose,
    )?;
    Ok(Value::None)
}

/// `np.iscomplexobj`: whether the value's dtype (as an array) is complex.
/// What npcalc cannot make an array of (str, object) is not complex.
fn is_complex(v: &Value) -> Result<bool> {
    match to_array(v, None) {
        Ok(a) => Ok(a.dtype().kind() == Kind::Complex),
        Err(e) if e.class.is_a(Exc::TypeError) || e.class.is_a(Exc::ValueError) => Ok(false),
        Err(e) => Err(e),
    }
}

/// `np.real` and `np.imag` of a complex side, `(v, 0)` of a real one.
fn parts(it: &mut Interp, span: Span, v: &Value) -> Result<(Value, Value)> {
    if is_complex(v)? {
        Ok((
            np(it, span, "real", vec![v.clone()])?,
            np(it, span, "imag", vec![v.clone()])?,
        ))
    } else {
        Ok((v.clone(), Value::int(0)))
    }
}

/// Runs `check` and turns its AssertionError into `message`'s.
fn or_fail(
    it: &mut Interp,
    check: impl FnOnce(&mut Interp) -> Result<()>,
    message: impl FnOnce(&mut Interp) -> Result<String>,
) -> Result<()> {
    match check(it) {
        Err(e) if e.class.is_a(Exc::AssertionError) => Err(failure(message(it)?)),
        r => r,
    }
}

/// Python's `bool(f(v))` for a NumPy predicate; None when it raises one of
/// the errors `assert_equal` passes over.
fn predicate(it: &mut Interp, span: Span, f: &str, v: &Value) -> Result<Option<bool>> {
    let r = np(it, span, f, vec![v.clone()]).and_then(|b| it.truthy(&b));
    passable(r)
}

fn passable<T>(r: Result<T>) -> Result<Option<T>> {
    match r {
        Ok(t) => Ok(Some(t)),
        Err(e) if e.class.is_a(Exc::TypeError) || e.class.is_a(Exc::ValueError) => Ok(None),
        Err(e) => Err(e),
    }
}

fn assert_equal(it: &mut Interp, args: &Args) -> Result<Value> {
    let (verbose, strict) = (
        arg_truthy(it, args, "verbose")?,
        arg_truthy(it, args, "strict")?,
    );
    let (actual, desired) = (args.get("actual"), args.get("desired"));
    equal(
        it,
        args.call_span,
        (&actual, &desired),
        &args.get("err_msg"),
        verbose,
        strict,
    )?;
    Ok(Value::None)
}

/// One level deeper in `assert_equal`'s recursion, which is Python's in
/// NumPy: a list that holds itself ends in CPython's RecursionError.
fn nested(it: &mut Interp, f: impl FnOnce(&mut Interp) -> Result<()>) -> Result<()> {
    if it.depth + 1 >= super::exec::RECURSION_LIMIT {
        return Err(Error::new(
            Exc::RecursionError,
            "maximum recursion depth exceeded while getting the str of an object",
        ));
    }
    it.depth += 1;
    let result = f(it);
    it.depth -= 1;
    result
}

/// `assert_equal`: dicts key by key, sequences item by item (each with
/// its key or item in the message), arrays as `assert_array_equal`,
/// everything else with `==`, NaN equal to NaN and 0.0 unequal to -0.0.
fn equal(
    it: &mut Interp,
    span: Span,
    (actual, desired): (&Value, &Value),
    err_msg: &Value,
    verbose: bool,
    strict: bool,
) -> Result<()> {
    let length = |it: &mut Interp, v: &Value| -> Result<Value> {
        let items = it.iterate(v)?;
        Ok(Value::int(items.len()))
    };
    if let Value::Dict(d) = desired {
        let Value::Dict(a) = actual else {
            let class = Value::Type(actual.type_of());
            return Err(failure(repr_of(it, &class)?));
        };
        let (na, nd) = (length(it, actual)?, length(it, desired)?);
        equal(it, span, (&na, &nd), err_msg, verbose, false)?;
        let entries = d.borrow().entries().to_vec();
        for (k, want) in entries {
            let Some(got) = a.borrow().get(&k)? else {
                return Err(failure(repr_of(it, &k)?));
            };
            let msg = format!("key={}\n{}", repr_of(it, &k)?, str_of(it, err_msg)?);
            nested(it, |it| {
                equal(it, span, (&got, &want), &Value::str(&msg), verbose, false)
            })?;
        }
        return Ok(());
    }
    let sequence = |v: &Value| matches!(v.plain().as_ref(), Value::List(_) | Value::Tuple(_));
    if sequence(desired) && sequence(actual) {
        let (na, nd) = (length(it, actual)?, length(it, desired)?);
        equal(it, span, (&na, &nd), err_msg, verbose, false)?;
        let (got, want) = (it.iterate(actual)?, it.iterate(desired)?);
        for (k, (g, w)) in got.iter().zip(&want).enumerate() {
            let msg = format!("item={k}\n{}", str_of(it, err_msg)?);
            nested(it, |it| {
                equal(it, span, (g, w), &Value::str(&msg), verbose, false)
            })?;
        }
        return Ok(());
    }
    if matches!(actual, Value::Array(_)) || matches!(desired, Value::Array(_)) {
        return array_equal(it, span, (actual, desired), err_msg, verbose, strict);
    }
    let report = Report {
        header: "Items are not equal:".into(),
        verbose,
        names: ["ACTUAL", "DESIRED"],
        precision: Value::int(8),
    };
    let msg = report.message(it, [actual, desired], err_msg)?;
    if is_complex(actual)? || is_complex(desired)? {
        let (ar, ai) = parts(it, span, actual)?;
        let (dr, di) = parts(it, span, desired)?;
        let none = Value::str("");
        or_fail(
            it,
            |it| {
                equal(it, span, (&ar, &dr), &none, true, false)?;
                equal(it, span, (&ai, &di), &none, true, false)
            },
            |_| Ok(msg.clone()),
        )?;
    }
    if np_isscalar(desired) != np_isscalar(actual) {
        return Err(failure(msg));
    }
    // Inf/NaN/negative zero; errors here leave the decision to `==`.
    let special = |it: &mut Interp| -> Result<Option<bool>> {
        let (Some(dn), Some(an)) = (
            predicate(it, span, "isnan", desired)?,
            predicate(it, span, "isnan", actual)?,
        ) else {
            return Ok(None);
        };
        if dn && an {
            return Ok(Some(true));
        }
        let zero = Value::int(0);
        let both_zero = passable(
            it.compare(CmpOp::Eq, desired, &zero)
                .and_then(|d| it.truthy(&d))
                .and_then(|d| {
                    Ok(d && {
                        let a = it.compare(CmpOp::Eq, actual, &zero)?;
                        it.truthy(&a)?
                    })
                }),
        )?;
        if both_zero == Some(true)
            && let (Some(d), Some(a)) = (
                predicate(it, span, "signbit", desired)?,
                predicate(it, span, "signbit", actual)?,
            )
            && d != a
        {
            return Ok(Some(false));
        }
        Ok(None)
    };
    match special(it)? {
        Some(true) => return Ok(()),
        Some(false) => return Err(failure(msg)),
        None => {}
    }
    let same = it.compare(CmpOp::Eq, desired, actual)?;
    if !it.truthy(&same)? {
        return Err(failure(msg));
    }
    Ok(())
}

/// `np.isscalar`: Python and NumPy numbers and strings, not arrays or sequences.
fn np_isscalar(v: &Value) -> bool {
    matches!(
        v,
        Value::Int(_)
            | Value::Float(_)
            | Value::Complex(_)
            | Value::Bool(_)
            | Value::Str(_)
            | Value::NpStr(_)
            | Value::Scalar(_)
    )
}

fn assert_almost_equal(it: &mut Interp, args: &Args) -> Result<Value> {
    let verbose = arg_truthy(it, args, "verbose")?;
    let (actual, desired) = (args.get("actual"), args.get("desired"));
    almost_equal(
        it,
        args.call_span,
        (&actual, &desired),
        &args.get("decimal"),
        &args.get("err_msg"),
        verbose,
    )?;
    Ok(Value::None)
}

fn almost_equal(
    it: &mut Interp,
    span: Span,
    (actual, desired): (&Value, &Value),
    decimal: &Value,
    err_msg: &Value,
    verbose: bool,
) -> Result<()> {
    let message = |it: &mut Interp| -> Result<String> {
        let report = Report {
            header: almost_header(it, decimal)?,
            verbose,
            names: ["ACTUAL", "DESIRED"],
            precision: Value::int(8),
        };
        report.message(it, [actual, desired], err_msg)
    };
    if is_complex(actual)? || is_complex(desired)? {
        let (ar, ai) = parts(it, span, actual)?;
        let (dr, di) = parts(it, span, desired)?;
        let none = Value::str("");
        or_fail(
            it,
            |it| {
                almost_equal(it, span, (&ar, &dr), decimal, &none, true)?;
                almost_equal(it, span, (&ai, &di), decimal, &none, true)
            },
            message,
        )?;
    }
    let array_like = |v: &Value| {
        matches!(
            v.plain().as_ref(),
            Value::Array(_) | Value::List(_) | Value::Tuple(_)
        )
    };
    if array_like(actual) || array_like(desired) {
        // NumPy passes err_msg on but not verbose.
        return array_almost_equal(it, span, (actual, desired), decimal, err_msg, true);
    }
    // A side that is not finite must match exactly (NaN with NaN).
    let not_finite = |it: &mut Interp| -> Result<Option<bool>> {
        let r: Result<Option<bool>> = (|| {
            let finite = predicate_strict(it, span, "isfinite", desired)?
                && predicate_strict(it, span, "isfinite", actual)?;
            if finite {
                return Ok(None);
            }
            let (dn, an) = (
                predicate_strict(it, span, "isnan", desired)?,
                predicate_strict(it, span, "isnan", actual)?,
            );
            if dn || an {
                return Ok(Some(dn && an));
            }
            let same = it.compare(CmpOp::Eq, desired, actual)?;
            Ok(Some(it.truthy(&same)?))
        })();
        match r {
            Err(e) if e.class.is_a(Exc::TypeError) || e.class.is_a(Exc::NotImplementedError) => {
                Ok(None)
            }
            r => r,
        }
    };
    match not_finite(it)? {
        Some(true) => return Ok(()),
        Some(false) => return Err(failure(message(it)?)),
        None => {}
    }
    let diff = it.binary(BinOp::Sub, desired, actual)?;
    let size = np(it, span, "absolute", vec![diff])?;
    let exponent = it.unary(UnaryOp::Neg, decimal)?;
    let scale = it.binary(BinOp::Pow, &Value::Float(10.0), &exponent)?;
    let bound = it.binary(BinOp::Mul, &Value::Float(1.5), &scale)?;
    let bound = Value::Scalar(super::convert::python_to_scalar(
        &bound,
        crate::array::DType::Float64,
    )?);
    let far = it.compare(CmpOp::Ge, &size, &bound)?;
    if it.truthy(&far)? {
        return Err(failure(message(it)?));
    }
    Ok(())
}

fn predicate_strict(it: &mut Interp, span: Span, f: &str, v: &Value) -> Result<bool> {
    let b = np(it, span, f, vec![v.clone()])?;
    it.truthy(&b)
}

fn assert_(it: &mut Interp, args: &Args) -> Result<Value> {
    let val = args.get("val");
    if it.truthy(&val)? {
        return Ok(Value::None);
    }
    let msg = args.get("msg");
    let shown = match super::classes::call_with(it, &msg, vec![]) {
        Err(e) if e.class.is_a(Exc::TypeError) => msg,
        r => r?,
    };
    Err(failure(str_of(it, &shown)?))
}
