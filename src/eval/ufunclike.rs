//! NumPy's Python-level element-wise helpers over the ufuncs: `np.fix`,
//! `np.isposinf`, `np.isneginf` (numpy/lib/_ufunclike_impl.py) and `np.sinc`
//! (numpy/lib/_function_base_impl.py), composed of ufunc calls as NumPy
//! writes them, so dtypes, `out=` and errors follow the ufuncs'.

use super::Interp;
use super::linalg::np_call;
use super::table::{Args, FnDef, Owner, p};
use super::to_array;
use super::value::Value;
use crate::array::Kind;
use crate::error::{Error, Exc, Result};

pub static UFUNCLIKE: &[FnDef] = &[
    FnDef {
        name: "fix",
        owner: Owner::Numpy,
        error_name: None,
        params: &[
            p!(Normal "x", "Input array."),
            p!(Normal "out" = "None", "Array to write the result into; returned."),
        ],
        doc: "Round towards zero: np.trunc(x, out=out).",
        examples: &["np.fix([2.1, -2.5, 3.9])"],
        imp: fix,
    },
    FnDef {
        name: "isposinf",
        owner: Owner::Numpy,
        error_name: None,
        params: &[
            p!(Normal "x", "Input array of a real dtype."),
            p!(Normal "out" = "None", "Boolean array to write the result into; returned."),
        ],
        doc: "Whether each element is positive infinity: isinf(x) & ~signbit(x).",
        examples: &["np.isposinf([np.inf, -np.inf, 1.0])"],
        imp: |it, args| signed_inf(it, args, false),
    },
    FnDef {
        name: "isneginf",
        owner: Owner::Numpy,
        error_name: None,
        params: &[
            p!(Normal "x", "Input array of a real dtype."),
            p!(Normal "out" = "None", "Boolean array to write the result into; returned."),
        ],
        doc: "Whether each element is negative infinity: isinf(x) & signbit(x).",
        examples: &["np.isneginf([np.inf, -np.inf, 1.0])"],
        imp: |it, args| signed_inf(it, args, true),
    },
    FnDef {
        name: "sinc",
        owner: Owner::Numpy,
        error_name: None,
        params: &[p!(Normal "x", "Input array.")],
        doc: "The normalized sinc function sin(pi x) / (pi x), 1 at x = 0.",
        examples: &["np.sinc([0, 0.5, 1])"],
        imp: sinc,
    },
];

fn fix(it: &mut Interp, args: &Args) -> Result<Value> {
    let keywords = vec![("out", args.get("out"))];
    np_call(it, "trunc", vec![args.get("x")], keywords, args.call_span)
}

/// `isinf(x)` and the sign bit, which signbit has no loop for in complex
/// dtypes: NumPy turns that TypeError into its own.
fn signed_inf(it: &mut Interp, args: &Args, negative: bool) -> Result<Value> {
    let span = args.call_span;
    let x = args.get("x");
    let is_inf = np_call(it, "isinf", vec![x.clone()], vec![], span)?;
    let sign = match np_call(it, "signbit", vec![x.clone()], vec![], span) {
        Err(e) if e.class == Exc::TypeError => {
            let dtype = to_array(&x, None)?.dtype();
            return Err(Error::type_error(format!(
                "This operation is not supported for {} values because it would be ambiguous.",
                dtype.name()
            )));
        }
        sign => sign?,
    };
    let sign = if negative {
        sign
    } else {
        np_call(it, "invert", vec![sign], vec![], span)?
    };
    let keywords = vec![("out", args.get("out"))];
    np_call(it, "logical_and", vec![is_inf, sign], keywords, span)
}

/// `sin(y) / y` for `y = pi * x`, a zero replaced by the dtype's eps (1e-20
/// for non-float dtypes) first.
fn sinc(it: &mut Interp, args: &Args) -> Result<Value> {
    let span = args.call_span;
    let x = Value::Array(to_array(&args.get("x"), None)?);
    let pi = Value::Float(std::f64::consts::PI);
    let xa = to_array(&np_call(it, "multiply", vec![pi, x], vec![], span)?, None)?;
    let eps = match xa.dtype().float_params() {
        Some(fp) if xa.dtype().kind() == Kind::Float => Value::Scalar(fp.eps),
        _ => Value::Float(1e-20),
    };
    let x = Value::Array(xa);
    let y = np_call(it, "where", vec![x.clone(), x, eps], vec![], span)?;
    let sin = np_call(it, "sin", vec![y.clone()], vec![], span)?;
    np_call(it, "divide", vec![sin, y], vec![], span)
}
