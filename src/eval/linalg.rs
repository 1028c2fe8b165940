//! `np.linalg.norm` (vector norms and the Frobenius norm):
//! numpy/linalg/_linalg.py's Python code,
//! written over npcalc's own ufuncs and reductions so that dtypes,
//! summation order and warnings are theirs. `np.linalg.det`, `slogdet`,
//! `solve` and `inv` run LAPACK's LU as the OpenBLAS bundled with NumPy
//! runs it (`array/blas.rs`): their last digits are those of an AVX-512
//! CPU, for matrices up to 9×9 (larger ones are refused).

use super::Interp;
use super::table::{Args, CallArgs, FnDef, Owner, p};
use super::value::Value;
use super::{to_array, to_index};
use crate::array::{Array, DType, Kind, Ufunc};
use crate::error::{Error, Result, Span};

/// `np.<name>(args…, **keywords)` as Python code calls it.
pub(super) fn np_call(
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

/// The float64 matrices of a stack `(..., n, n)` in C order, as
/// umath_linalg's `det`/`slogdet` gufuncs take them (ints and bools cast to
/// float64), with the stack's shape.
fn square_stack(a: &Array, what: &str) -> Result<(Vec<f64>, Vec<usize>, usize)> {
    let nd = a.ndim();
    if nd < 2 {
        return Err(Error::new(
            crate::error::Exc::LinAlgError,
            format!("{nd}-dimensional array given. Array must be at least two-dimensional"),
        ));
    }
    let (r, c) = (a.shape()[nd - 2], a.shape()[nd - 1]);
    if r != c {
        return Err(Error::new(
            crate::error::Exc::LinAlgError,
            "Last 2 dimensions of the array must be square",
        ));
    }
    if !matches!(a.dtype().kind(), Kind::Bool | Kind::Int | Kind::UInt)
        && a.dtype() != DType::Float64
    {
        return Err(Error::new(
            crate::error::Exc::NotImplementedError,
            format!(
                "npcalc computes np.linalg.{what} of integer, bool and float64 matrices only, not {}",
                a.dtype()
            ),
        ));
    }
    if r > 9 {
        return Err(Error::new(
            crate::error::Exc::NotImplementedError,
            format!("npcalc computes np.linalg.{what} of matrices up to 9x9 only"),
        ));
    }
    let v = crate::array::cast_array(a, DType::Float64)?.to_vec::<f64>();
    Ok((v, a.shape()[..nd - 2].to_vec(), r))
}

/// `(sign, logabsdet)` of each matrix of a stack (`array/blas.rs`'s LU,
/// OpenBLAS's order on an AVX-512 CPU).
fn slogdets(x: &Value, what: &str) -> Result<(Vec<f64>, Vec<f64>, Vec<usize>)> {
    let a = to_array(x, None)?;
    let (v, stack, n) = square_stack(&a, what)?;
    let count: usize = stack.iter().product();
    let (mut signs, mut logs) = (Vec::with_capacity(count), Vec::with_capacity(count));
    for s in 0..count {
        let (sign, log) = crate::array::blas::slogdet(&v[s * n * n..(s + 1) * n * n], n)
            .expect("square_stack keeps n <= 9");
        signs.push(sign);
        logs.push(log);
    }
    Ok((signs, logs, stack))
}

fn float_result(v: Vec<f64>, shape: Vec<usize>) -> Value {
    if shape.is_empty() {
        Value::Scalar(crate::array::Scalar::Float64(v[0]))
    } else {
        Value::Array(Array::from_vec(v, shape))
    }
}

/// `np.linalg.det`: sign · exp(logabsdet), as umath_linalg.cpp computes it.
fn det(_it: &mut Interp, args: &Args) -> Result<Value> {
    let (signs, logs, stack) = slogdets(&args.get("a"), "det")?;
    let d = signs.iter().zip(&logs).map(|(s, l)| s * l.exp()).collect();
    Ok(float_result(d, stack))
}

static SLOGDET: crate::eval::value::NamedKind = crate::eval::value::NamedKind {
    qualname: "numpy.linalg._linalg.SlogdetResult",
    fields: &["sign", "logabsdet"],
};

/// `np.linalg.slogdet`: the named tuple `SlogdetResult(sign, logabsdet)`.
fn slogdet(_it: &mut Interp, args: &Args) -> Result<Value> {
    let (signs, logs, stack) = slogdets(&args.get("a"), "slogdet")?;
    Ok(SLOGDET.make(vec![
        float_result(signs, stack.clone()),
        float_result(logs, stack),
    ]))
}

fn linalg_error(msg: &str) -> Error {
    Error::new(crate::error::Exc::LinAlgError, msg)
}

/// `np.linalg.solve(a, b)` for one square float64 matrix and one right-hand
/// side (b of shape (n,) or (n, 1)): `array/blas.rs`'s dgesv, OpenBLAS's
/// order on an AVX-512 CPU.
fn solve(_it: &mut Interp, args: &Args) -> Result<Value> {
    let a = to_array(&args.get("a"), None)?;
    let b = to_array(&args.get("b"), None)?;
    let (v, stack, n) = square_stack(&a, "solve")?;
    if !stack.is_empty() {
        return Err(Error::new(
            crate::error::Exc::NotImplementedError,
            "npcalc's np.linalg.solve takes one matrix, not a stack of them",
        ));
    }
    let sig = if b.ndim() == 1 {
        "(m,m),(m)->(m)"
    } else {
        "(m,m),(m,n)->(m,n)"
    };
    let name = if b.ndim() == 1 { "solve1" } else { "solve" };
    if b.ndim() == 0 {
        return Err(Error::value_error(format!(
            "{name}: Input operand 1 does not have enough dimensions (has 0, gufunc core with signature {sig} requires 1)"
        )));
    }
    if b.ndim() > 2 || (b.ndim() == 2 && b.shape()[1] != 1) {
        return Err(Error::new(
            crate::error::Exc::NotImplementedError,
            "npcalc's np.linalg.solve takes one right-hand side (b of shape (n,) or (n, 1))",
        ));
    }
    if b.shape()[0] != n {
        return Err(Error::value_error(format!(
            "{name}: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature {sig} (size {} is different from {n})",
            b.shape()[0]
        )));
    }
    if !matches!(b.dtype().kind(), Kind::Bool | Kind::Int | Kind::UInt)
        && b.dtype() != DType::Float64
    {
        return Err(Error::new(
            crate::error::Exc::NotImplementedError,
            format!(
                "npcalc computes np.linalg.solve of integer, bool and float64 arrays only, not {}",
                b.dtype()
            ),
        ));
    }
    let bv = crate::array::cast_array(&b, DType::Float64)?.to_vec::<f64>();
    let x = crate::array::blas::dgesv1(&v, &bv, n)
        .expect("square_stack keeps n <= 9")
        .ok_or_else(|| linalg_error("Singular matrix"))?;
    Ok(Value::Array(Array::from_vec(x, b.shape().to_vec())))
}

/// `np.linalg.inv` of a matrix or a stack of them (`array/blas.rs`'s
/// dgesv with the identity, OpenBLAS's order on an AVX-512 CPU).
fn inv(_it: &mut Interp, args: &Args) -> Result<Value> {
    inv_array(&to_array(&args.get("a"), None)?).map(Value::Array)
}

fn inv_array(a: &Array) -> Result<Array> {
    let (v, stack, n) = square_stack(a, "inv")?;
    let count: usize = stack.iter().product();
    let mut out = Vec::with_capacity(count * n * n);
    for s in 0..count {
        let m = crate::array::blas::dinv(&v[s * n * n..(s + 1) * n * n], n)
            .expect("square_stack keeps n <= 9")
            .ok_or_else(|| linalg_error("Singular matrix"))?;
        out.extend(m);
    }
    Ok(Array::from_vec(out, a.shape().to_vec()))
}

/// `np.linalg.matrix_power`: _linalg.py's code, its short cuts for n <= 3
/// and then its binary decomposition (LSB first), so the products, and so
/// the rounding, come in NumPy's order.
fn matrix_power(_it: &mut Interp, args: &Args) -> Result<Value> {
    let a = to_array(&args.get("a"), None)?;
    let nd = a.ndim();
    if nd < 2 {
        return Err(linalg_error(&format!(
            "{nd}-dimensional array given. Array must be at least two-dimensional"
        )));
    }
    let m = a.shape()[nd - 1];
    if a.shape()[nd - 2] != m {
        return Err(linalg_error(
            "Last 2 dimensions of the array must be square",
        ));
    }
    // operator.index: any int (2**63 too, by binary decomposition) or 0-d int array.
    let n = super::builtins::index(&args.get("n")).map_err(|e| match e.class {
        crate::error::Exc::TypeError => Error::type_error("exponent must be an integer"),
        _ => e,
    })?;
    let mul = |x: &Array, y: &Array| -> Result<Array> {
        to_array(&super::stats2::dot_fn(x, y, true)?, None)
    };
    if n.sign() == num_bigint::Sign::NoSign {
        // empty_like(a) filled with eye(m, dtype=a.dtype), broadcast over the stack.
        let eye = crate::array::build::eye(m, m, 0, a.dtype())?;
        let wide = crate::array::shape::broadcast_to(&eye, a.shape())
            .expect("an (m, m) identity broadcasts to (..., m, m)");
        return Ok(Value::Array(crate::array::shape::copy(&wide)?));
    }
    let a = if n.sign() == num_bigint::Sign::Minus {
        inv_array(&a)?
    } else {
        a
    };
    let mut n = n.magnitude().clone();
    match num_traits::ToPrimitive::to_u64(&n) {
        Some(1) => return Ok(Value::Array(a)),
        Some(2) => return mul(&a, &a).map(Value::Array),
        Some(3) => return mul(&mul(&a, &a)?, &a).map(Value::Array),
        _ => {}
    }
    let (mut z, mut result): (Option<Array>, Option<Array>) = (None, None);
    while n.bits() > 0 {
        let next = match &z {
            None => a.clone(),
            Some(z) => mul(z, z)?,
        };
        let bit = n.bit(0);
        n >>= 1u32;
        if bit {
            result = Some(match result {
                None => next.clone(),
                Some(r) => mul(&r, &next)?,
            });
        }
        z = Some(next);
    }
    Ok(Value::Array(result.expect("n >= 4 sets a bit")))
}

pub static LINALG: &[FnDef] = &[
    FnDef {
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
    },
    FnDef {
        name: "det",
        owner: Owner::Numpy,
        error_name: None,
        params: &[p!(Normal "a", "A square matrix, or a stack of them (..., n, n).")],
        doc: "The determinant, from an LU factorisation: sign * exp(sum of log|U_ii|) (last digits as OpenBLAS on an AVX-512 CPU).",
        examples: &["np.linalg.det([[1, 2], [3, 4]])"],
        imp: det,
    },
    FnDef {
        name: "slogdet",
        owner: Owner::Numpy,
        error_name: None,
        params: &[p!(Normal "a", "A square matrix, or a stack of them (..., n, n).")],
        doc: "The sign and the natural log of the absolute determinant (a plain tuple in npcalc; NumPy's is the named tuple SlogdetResult).",
        examples: &["np.linalg.slogdet([[1, 2], [3, 4]])"],
        imp: slogdet,
    },
    FnDef {
        name: "solve",
        owner: Owner::Numpy,
        error_name: None,
        params: &[
            p!(Normal "a", "A square matrix."),
            p!(Normal "b", "The right-hand side, shape (n,) or (n, 1)."),
        ],
        doc: "The x with a @ x == b, by LU factorisation (last digits as OpenBLAS on an AVX-512 CPU).",
        examples: &["np.linalg.solve([[3, 1], [1, 2]], [9, 8])"],
        imp: solve,
    },
    FnDef {
        name: "inv",
        owner: Owner::Numpy,
        error_name: None,
        params: &[p!(Normal "a", "A square matrix, or a stack of them (..., n, n).")],
        doc: "The inverse matrix, by LU factorisation (last digits as OpenBLAS on an AVX-512 CPU).",
        examples: &["np.linalg.inv([[4, 7], [2, 6]])"],
        imp: inv,
    },
    FnDef {
        name: "matrix_power",
        owner: Owner::Numpy,
        error_name: None,
        params: &[
            p!(Normal "a", "A square matrix, or a stack of them (..., m, m)."),
            p!(Normal "n", "The integer exponent; 0 gives the identity, a negative one powers the inverse."),
        ],
        doc: "a multiplied by itself n times (by repeated squaring, in NumPy's order).",
        examples: &[
            "np.linalg.matrix_power([[1, 1], [1, 0]], 10)",
            "np.linalg.matrix_power(np.array([[0.9, 0.1], [0.5, 0.5]]), 3)",
        ],
        imp: matrix_power,
    },
];

/// `np.cov`: numpy/lib/_function_base_impl.py's code step by step; the
/// product `dot(X, X.T)` runs OpenBLAS's dsyrk/dgemm order (`array/blas.rs`),
/// so the last digits are those of an AVX-512 CPU.
fn cov(it: &mut Interp, args: &Args) -> Result<Value> {
    let span = args.call_span;
    let ddof = args.get("ddof");
    if !matches!(ddof, Value::None) {
        let d = super::numpy::to_python_float_any(&ddof)
            .ok_or_else(|| Error::type_error("ddof must be a number"))?;
        if d != d.trunc() {
            return Err(Error::value_error("ddof must be integer"));
        }
    }
    let m = to_array(&args.get("m"), None)?;
    if m.ndim() > 2 {
        return Err(Error::value_error("m has more than 2 dimensions"));
    }
    let y = match args.get("y") {
        Value::None => None,
        v => {
            let y = to_array(&v, None)?;
            if y.ndim() > 2 {
                return Err(Error::value_error("y has more than 2 dimensions"));
            }
            Some(y)
        }
    };
    let dtype = match super::convert::to_dtype(&args.get("dtype"))? {
        Some(d) => d,
        None => {
            let d = crate::array::promote::promote_types(m.dtype(), DType::Float64);
            y.as_ref()
                .map_or(d, |y| crate::array::promote::promote_types(d, y.dtype()))
        }
    };
    let rowvar = super::pyops::truthy(&args.get("rowvar"))?;
    let as2d = |it: &mut Interp, a: &Array| {
        np_call(
            it,
            "array",
            vec![Value::Array(a.clone())],
            vec![("ndmin", Value::int(2)), ("dtype", Value::DType(dtype))],
            span,
        )
    };
    let transpose = |it: &mut Interp, v: Value| np_call(it, "transpose", vec![v], vec![], span);
    // np.array copies in order 'K': a Fortran-ordered m stays Fortran-ordered,
    // which decides the order the sums of np.average run in.
    let fortran = m.ndim() == 2 && !m.is_c_contiguous() && m.strides()[0] == 1;
    let mut x = if fortran {
        let mt = crate::array::shape::transpose(&m, None)?;
        let c = as2d(it, &mt)?;
        transpose(it, c)?
    } else {
        as2d(it, &m)?
    };
    if !rowvar && m.ndim() != 1 {
        x = transpose(it, x)?;
    }
    let xa = to_array(&x, None)?;
    if xa.shape()[0] == 0 {
        let e = Array::zeros(DType::Float64, vec![0, 0])?;
        return Ok(Value::Array(e));
    }
    if let Some(y) = &y {
        let mut yv = as2d(it, y)?;
        if !rowvar && to_array(&yv, None)?.shape()[0] != 1 {
            yv = transpose(it, yv)?;
        }
        x = np_call(
            it,
            "concatenate",
            vec![Value::tuple(vec![x, yv])],
            vec![("axis", Value::int(0))],
            span,
        )?;
    }
    let nobs = to_array(&x, None)?.shape()[1];
    let ddof: i64 = match ddof {
        Value::None => i64::from(!super::pyops::truthy(&args.get("bias"))?),
        d => super::numpy::to_python_float_any(&d).unwrap_or(0.0) as i64,
    };
    let weights = |v: Value, what: &str| -> Result<Option<Vec<f64>>> {
        if matches!(v, Value::None) {
            return Ok(None);
        }
        let w = crate::array::cast_array(&to_array(&v, None)?, DType::Float64)?;
        if w.ndim() > 1 {
            return Err(Error::new(
                crate::error::Exc::RuntimeError,
                format!("cannot handle multidimensional {what}"),
            ));
        }
        let w = w.to_vec::<f64>();
        if what == "fweights" && w.iter().any(|&f| f != f.round_ties_even()) {
            return Err(Error::type_error("fweights must be integer"));
        }
        if w.len() != nobs {
            return Err(Error::new(
                crate::error::Exc::RuntimeError,
                format!("incompatible numbers of samples and {what}"),
            ));
        }
        if w.iter().any(|&f| f < 0.0) {
            return Err(Error::value_error(format!("{what} cannot be negative")));
        }
        Ok(Some(w))
    };
    let fw = weights(args.get("fweights"), "fweights")?;
    let aw = weights(args.get("aweights"), "aweights")?;
    let w: Option<Vec<f64>> = match (&fw, &aw) {
        (None, None) => None,
        (Some(f), None) => Some(f.clone()),
        (None, Some(a)) => Some(a.clone()),
        (Some(f), Some(a)) => Some(f.iter().zip(a).map(|(p, q)| p * q).collect()),
    };
    let wv = w
        .as_ref()
        .map(|w| Value::Array(Array::from_vec(w.clone(), vec![w.len()])));
    let avg_ret = np_call(
        it,
        "average",
        vec![x.clone()],
        vec![
            ("axis", Value::int(1)),
            ("weights", wv.clone().unwrap_or(Value::None)),
            ("returned", Value::Bool(true)),
        ],
        span,
    )?;
    let (avg, w_sum) = match &avg_ret {
        Value::Tuple(t) if t.len() == 2 => (t[0].clone(), to_array(&t[1], None)?),
        _ => return Err(Error::value_error("np.average returned no weight sum")),
    };
    let w_sum = crate::array::cast_array(&w_sum, DType::Float64)?.to_vec::<f64>()[0];
    let fact: f64 = match (&w, &aw) {
        (None, _) => (nobs as i64 - ddof) as f64,
        _ if ddof == 0 => w_sum,
        (_, None) => w_sum - ddof as f64,
        (Some(w), Some(a)) => {
            // Python's sum() over the products, from 0.
            let s = w.iter().zip(a).fold(0.0, |s, (p, q)| s + p * q);
            w_sum - ddof as f64 * s / w_sum
        }
    };
    let fact = if fact <= 0.0 {
        crate::array::signals::warn("RuntimeWarning", "Degrees of freedom <= 0 for slice");
        Value::Float(0.0)
    } else if w.is_none() {
        Value::int(nobs as i64 - ddof)
    } else {
        Value::Float(fact)
    };
    let col = np_call(
        it,
        "expand_dims",
        vec![avg],
        vec![("axis", Value::int(1))],
        span,
    )?;
    let x = np_call(it, "subtract", vec![x, col], vec![], span)?;
    let xt = match &wv {
        None => transpose(it, x.clone())?,
        Some(w) => {
            let xw = np_call(it, "multiply", vec![x.clone(), w.clone()], vec![], span)?;
            transpose(it, xw)?
        }
    };
    let c = np_call(it, "dot", vec![x, xt], vec![], span)?;
    let r = np_call(it, "true_divide", vec![Value::int(1), fact], vec![], span)?;
    let c = np_call(it, "multiply", vec![c, r], vec![], span)?;
    np_call(it, "squeeze", vec![c], vec![], span)
}

/// `np.corrcoef`: the covariance divided by the outer product of the
/// standard deviations, clipped to [-1, 1].
fn corrcoef(it: &mut Interp, args: &Args) -> Result<Value> {
    let span = args.call_span;
    let c = np_call(
        it,
        "cov",
        vec![args.get("x"), args.get("y"), args.get("rowvar")],
        vec![("dtype", args.get("dtype"))],
        span,
    )?;
    if to_array(&c, None)?.ndim() != 2 {
        // A scalar covariance: nan for nan, inf or 0, else 1.
        return np_call(it, "true_divide", vec![c.clone(), c], vec![], span);
    }
    let d = np_call(it, "diag", vec![c.clone()], vec![], span)?;
    let d = np_call(it, "real", vec![d], vec![], span)?;
    let sd = np_call(it, "sqrt", vec![d], vec![], span)?;
    let col = np_call(
        it,
        "expand_dims",
        vec![sd.clone()],
        vec![("axis", Value::int(1))],
        span,
    )?;
    let row = np_call(
        it,
        "expand_dims",
        vec![sd],
        vec![("axis", Value::int(0))],
        span,
    )?;
    let c = np_call(it, "true_divide", vec![c, col], vec![], span)?;
    let c = np_call(it, "true_divide", vec![c, row], vec![], span)?;
    np_call(
        it,
        "clip",
        vec![c, Value::int(-1), Value::int(1)],
        vec![],
        span,
    )
}

pub static COVARIANCE: &[FnDef] = &[
    FnDef {
        name: "cov",
        owner: Owner::Numpy,
        error_name: None,
        params: &[
            p!(Normal "m", "Variables (rows; columns if rowvar=False) of observations."),
            p!(Normal "y" = "None", "More variables, stacked below m."),
            p!(Normal "rowvar" = "True", "True: each row is a variable; False: each column."),
            p!(Normal "bias" = "False", "Normalise by N instead of N - 1."),
            p!(Normal "ddof" = "None", "Normalise by N - ddof (overrides bias)."),
            p!(Normal "fweights" = "None", "Integer frequency weights, one per observation."),
            p!(Normal "aweights" = "None", "Observation weights, one per observation."),
            p!(KeywordOnly "dtype" = "None", "The dtype of the result (at least float64)."),
        ],
        doc: "The covariance matrix of the variables (a number for one variable).",
        examples: &["np.cov([1, 2, 4, 7])", "np.cov([[0, 1, 2], [2, 1, 0]])"],
        imp: cov,
    },
    FnDef {
        name: "corrcoef",
        owner: Owner::Numpy,
        error_name: None,
        params: &[
            p!(Normal "x", "Variables (rows; columns if rowvar=False) of observations."),
            p!(Normal "y" = "None", "More variables, stacked below x."),
            p!(Normal "rowvar" = "True", "True: each row is a variable; False: each column."),
            p!(KeywordOnly "dtype" = "None", "The dtype of the result (at least float64)."),
        ],
        doc: "Pearson correlation coefficients: the covariance scaled to [-1, 1].",
        examples: &["np.corrcoef([[1, 2, 3], [2, 4, 7]])"],
        imp: corrcoef,
    },
];
