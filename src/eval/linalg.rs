//! `np.linalg.norm` (vector norms and the Frobenius norm) and `np.polyval`:
//! numpy/linalg/_linalg.py's and numpy/lib/_polynomial_impl.py's Python code,
//! written over npcalc's own ufuncs and reductions so that dtypes,
//! summation order and warnings are theirs.

use super::Interp;
use super::table::{Args, CallArgs, FnDef, Owner, p};
use super::value::Value;
use super::{to_array, to_index};
use crate::array::{Array, DType, Kind, Ufunc};
use crate::error::{Error, Result, Span};

/// `np.<name>(args…, **keywords)` as Python code calls it.
fn np_call(
    it: &mut Interp,
    name: &str,
    args: Vec<Value>,
    keywords: Vec<(&str, Value)>,
    span: Span,
) -> Result<Value> {
    let f = super::catalog::numpy_functions()
        .find(|f| f.name == name)
        .map(Value::Function)
        .or_else(|| Ufunc::from_name(name).map(Value::Ufunc))
        .expect("a NumPy function npcalc has");
    let call = CallArgs {
        positional: args.into_iter().map(|v| (v, span)).collect(),
        keywords: keywords
            .into_iter()
            .map(|(k, v)| (k.to_string(), v, span))
            .collect(),
    };
    it.call(&f, call, span)
}

fn norm(it: &mut Interp, args: &Args) -> Result<Value> {
    let span = args.call_span;
    let mut x = to_array(&args.get("x"), None)?;
    if !matches!(x.dtype().kind(), Kind::Float | Kind::Complex) {
        x = crate::array::cast_array(&x, DType::Float64)?;
    }
    let ord = args.get("ord");
    let keepdims = super::pyops::truthy(&args.get("keepdims"))?;
    let nd = x.ndim();
    let is_ord = |v: f64| {
        matches!(ord, Value::Int(_) | Value::Float(_))
            && super::numpy::to_python_float_any(&ord).is_some_and(|o| o == v)
    };
    let fro = matches!(&ord, Value::Str(s) if &**s == "fro" || &**s == "f");
    if matches!(args.get("axis"), Value::None)
        && (matches!(ord, Value::None) || (fro && nd == 2) || (is_ord(2.0) && nd == 1))
    {
        // sqrt(x·x) over the raveled array, by BLAS ?dot's order.
        let flat = crate::array::shape::ravel(&x)?;
        let n = flat.size();
        let dot = |v: &Array| crate::array::convolve::row_dots(v, v, (1, 1, n), vec![]);
        let sq = if x.dtype().kind() == Kind::Complex {
            let re = crate::array::shape::real_imag(&flat, false)?;
            let im = crate::array::shape::real_imag(&flat, true)?;
            np_call(
                it,
                "add",
                vec![Value::Array(dot(&re)), Value::Array(dot(&im))],
                vec![],
                span,
            )?
        } else {
            Value::Array(dot(&flat))
        };
        let r = np_call(it, "sqrt", vec![sq], vec![], span)?;
        return if keepdims {
            np_call(
                it,
                "reshape",
                vec![r, Value::tuple(vec![Value::int(1); nd])],
                vec![],
                span,
            )
        } else {
            Ok(r)
        };
    }
    let axis = match args.get("axis") {
        Value::None if nd == 1 => 0,
        Value::None => {
            return Err(unsupported());
        }
        a => to_index(&a)?,
    };
    let kw = |extra: Vec<(&'static str, Value)>| {
        let mut k = vec![
            ("axis", Value::int(axis)),
            ("keepdims", Value::Bool(keepdims)),
        ];
        k.extend(extra);
        k
    };
    let xv = Value::Array(x.clone());
    let abs = |it: &mut Interp| np_call(it, "absolute", vec![xv.clone()], vec![], span);
    if matches!(ord, Value::None) || is_ord(2.0) {
        // sqrt(add.reduce((x.conj() * x).real, axis))
        let c = np_call(it, "conjugate", vec![xv.clone()], vec![], span)?;
        let prod = np_call(it, "multiply", vec![c, xv.clone()], vec![], span)?;
        let re = np_call(it, "real", vec![prod], vec![], span)?;
        let s = np_call(it, "sum", vec![re], kw(vec![]), span)?;
        return np_call(it, "sqrt", vec![s], vec![], span);
    }
    if is_ord(1.0) {
        let a = abs(it)?;
        return np_call(it, "sum", vec![a], kw(vec![]), span);
    }
    if is_ord(f64::INFINITY) || is_ord(f64::NEG_INFINITY) {
        let a = abs(it)?;
        let which = if is_ord(f64::INFINITY) { "max" } else { "min" };
        return np_call(it, which, vec![a], kw(vec![]), span);
    }
    Err(unsupported())
}

fn unsupported() -> Error {
    Error::value_error(
        "npcalc's np.linalg.norm takes vector norms (ord None, 1, 2, inf, -inf) and the Frobenius norm",
    )
}

/// `np.polyval(p, x)`: Horner's rule from `zeros_like(x)`, as NumPy writes it.
fn polyval(it: &mut Interp, args: &Args) -> Result<Value> {
    let span = args.call_span;
    let p = to_array(&args.get("p"), None)?;
    let x = Value::Array(to_array(&args.get("x"), None)?);
    let mut y = np_call(it, "zeros_like", vec![x.clone()], vec![], span)?;
    for i in 0..p.size() {
        let pv = Value::Scalar(p.get_flat(i));
        let yx = it.binary(crate::syntax::ast::BinOp::Mul, &y, &x)?;
        y = it.binary(crate::syntax::ast::BinOp::Add, &yx, &pv)?;
    }
    Ok(y)
}

pub static LINALG: &[FnDef] = &[FnDef {
    name: "norm",
    owner: Owner::Numpy,
    error_name: None,
    params: &[
        p!(Normal "x", "Input array."),
        p!(Normal "ord" = "None", "None/2 (Euclidean), 1, inf, -inf; 'fro' for a matrix."),
        p!(Normal "axis" = "None", "The axis the vector norms run along."),
        p!(Normal "keepdims" = "False", "Keep the reduced axes with length 1."),
    ],
    doc: "The length of a vector (or of each vector along an axis); the Frobenius norm of a matrix.",
    examples: &[
        "np.linalg.norm([3, 4])",
        "np.linalg.norm(np.cumsum([[1, 2], [3, 4]], axis=0), axis=1)",
    ],
    imp: norm,
}];

pub static POLYNOMIAL: &[FnDef] = &[FnDef {
    name: "polyval",
    owner: Owner::Numpy,
    error_name: None,
    params: &[
        p!(Normal "p", "Coefficients, highest power first."),
        p!(Normal "x", "Where to evaluate."),
    ],
    doc: "The polynomial p[0]*x**(n-1) + … + p[n-1] at x (Horner's rule).",
    examples: &["np.polyval([3, 0, 1], [1, 2])"],
    imp: polyval,
}];
