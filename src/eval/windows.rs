//! NumPy's window functions `np.bartlett`, `np.blackman`, `np.hamming`,
//! `np.hanning`, `np.kaiser` and the Bessel function `np.i0`
//! (numpy/lib/_function_base_impl.py), each step the Python operator or
//! ufunc call NumPy's code makes, in its order, so dtypes (float64 at
//! least, complex for a complex M), warnings and last bits are NumPy's.

use super::Interp;
use super::pycalc::Calc;
use super::table::{Args, FnDef, Owner, p};
use super::to_array;
use super::value::Value;
use crate::array::{DType, Kind, cast::cast_array};
use crate::error::{Error, Result};
use crate::syntax::ast::{BinOp, CmpOp};

macro_rules! window {
    ($name:literal, $doc:literal, $example:literal, $imp:expr) => {
        FnDef {
            name: $name,
            owner: Owner::Numpy,
            error_name: None,
            params: &[p!(Normal "M", "Number of points; an empty array for M < 1.")],
            doc: $doc,
            examples: &[$example],
            imp: $imp,
        }
    };
}

pub static WINDOWS: &[FnDef] = &[
    window!(
        "bartlett",
        "The Bartlett (triangular) window of M points, 0 at both ends.",
        "np.bartlett(5)",
        |it, args| cosine_like(it, args, Shape::Bartlett)
    ),
    window!(
        "blackman",
        "The Blackman window: 0.42 + 0.5 cos(pi n/(M-1)) + 0.08 cos(2 pi n/(M-1)).",
        "np.blackman(5)",
        |it, args| cosine_like(it, args, Shape::Blackman)
    ),
    window!(
        "hamming",
        "The Hamming window: 0.54 + 0.46 cos(pi n/(M-1)) for n = 1-M, 3-M, ..., M-1.",
        "np.hamming(5)",
        |it, args| cosine_like(it, args, Shape::Hamming)
    ),
    window!(
        "hanning",
        "The Hann window: 0.5 + 0.5 cos(pi n/(M-1)) for n = 1-M, 3-M, ..., M-1.",
        "np.hanning(5)",
        |it, args| cosine_like(it, args, Shape::Hanning)
    ),
    FnDef {
        name: "kaiser",
        owner: Owner::Numpy,
        error_name: None,
        params: &[
            p!(Normal "M", "Number of points; an empty array for M < 1."),
            p!(Normal "beta", "Shape parameter: 0 is rectangular, larger is narrower."),
        ],
        doc: "The Kaiser window: i0(beta sqrt(1 - ((n - alpha)/alpha)**2)) / i0(beta).",
        examples: &["np.kaiser(5, 14)"],
        imp: kaiser,
    },
    FnDef {
        name: "i0",
        owner: Owner::Numpy,
        error_name: None,
        params: &[p!(Normal "x", "Input array of a real dtype.")],
        doc: "The modified Bessel function of the first kind, order 0 (Cephes' Chebyshev series).",
        examples: &["np.i0([0.0, 1.0, 10.0])"],
        imp: i0,
    },
];

#[derive(Clone, Copy)]
enum Shape {
    Bartlett,
    Blackman,
    Hamming,
    Hanning,
}

/// `values = np.array([0.0, *params])`, the way NumPy makes M (and beta)
/// at least float64, and the parameters read back as its scalars.
fn promoted(c: &mut Calc, params: Vec<Value>) -> Result<(DType, Vec<Value>)> {
    let mut items = vec![Value::Float(0.0)];
    items.extend(params);
    let n = items.len();
    let values = c.call("array", vec![Value::list(items)])?;
    let dtype = to_array(&values, None)?.dtype();
    let params = (1..n)
        .map(|i| c.call("take", vec![values.clone(), Value::Int(i.into())]))
        .collect::<Result<_>>()?;
    Ok((dtype, params))
}

/// `array([], dtype)` for M < 1, `ones(1, dtype)` for M == 1.
fn degenerate(c: &mut Calc, m: &Value, dtype: DType) -> Result<Option<Value>> {
    let kw = vec![("dtype", Value::DType(dtype))];
    if c.is(CmpOp::Lt, m, &Value::Int(1.into()))? {
        return c.call_kw("array", vec![Value::list(vec![])], kw).map(Some);
    }
    if c.is(CmpOp::Eq, m, &Value::Int(1.into()))? {
        return c.call_kw("ones", vec![Value::Int(1.into())], kw).map(Some);
    }
    Ok(None)
}

fn cosine_like(it: &mut Interp, args: &Args, shape: Shape) -> Result<Value> {
    let c = &mut Calc {
        it,
        span: args.call_span,
    };
    let (dtype, params) = promoted(c, vec![args.get("M")])?;
    let m = &params[0];
    if let Some(r) = degenerate(c, m, dtype)? {
        return Ok(r);
    }
    use BinOp::{Add, Div, Mul, Sub};
    let one = Value::Int(1.into());
    let start = c.op(Sub, &one, m)?;
    let n = c.call("arange", vec![start, m.clone(), Value::Int(2.into())])?;
    let m1 = c.op(Sub, m, &one)?;
    let pi = Value::Float(std::f64::consts::PI);
    // cos(k * pi * n / (M - 1)), Python's left-to-right order.
    let cos_term = |c: &mut Calc, k_pi: Value| -> Result<Value> {
        let t = c.op(Mul, &k_pi, &n)?;
        let t = c.op(Div, &t, &m1)?;
        c.call("cos", vec![t])
    };
    let f = Value::Float;
    match shape {
        Shape::Bartlett => {
            let cond = c.call("less_equal", vec![n.clone(), Value::Int(0.into())])?;
            let ratio = c.op(Div, &n, &m1)?;
            let up = c.op(Add, &one, &ratio)?;
            let ratio = c.op(Div, &n, &m1)?;
            let down = c.op(Sub, &one, &ratio)?;
            c.call("where", vec![cond, up, down])
        }
        Shape::Hanning | Shape::Hamming => {
            let (a, b) = match shape {
                Shape::Hanning => (0.5, 0.5),
                _ => (0.54, 0.46),
            };
            let cos = cos_term(c, pi)?;
            let t = c.op(Mul, &f(b), &cos)?;
            c.op(Add, &f(a), &t)
        }
        Shape::Blackman => {
            let cos1 = cos_term(c, pi)?;
            let t1 = c.op(Mul, &f(0.5), &cos1)?;
            let s = c.op(Add, &f(0.42), &t1)?;
            let cos2 = cos_term(c, f(2.0 * std::f64::consts::PI))?;
            let t2 = c.op(Mul, &f(0.08), &cos2)?;
            c.op(Add, &s, &t2)
        }
    }
}

fn kaiser(it: &mut Interp, args: &Args) -> Result<Value> {
    let c = &mut Calc {
        it,
        span: args.call_span,
    };
    let (dtype, params) = promoted(c, vec![args.get("M"), args.get("beta")])?;
    let (m, beta) = (&params[0], &params[1]);
    use BinOp::{Div, Mul, Pow, Sub};
    let one = Value::Int(1.into());
    if c.is(CmpOp::Eq, m, &one)? {
        let kw = vec![("dtype", Value::DType(dtype))];
        return c.call_kw("ones", vec![one], kw);
    }
    // With a complex M NumPy's arange(0, M) is empty, and i0 then refuses
    // complex values whatever the rest computes.
    if dtype.kind() == crate::array::Kind::Complex {
        return i0_of(c, beta);
    }
    let n = c.call("arange", vec![Value::Int(0.into()), m.clone()])?;
    let m1 = c.op(Sub, m, &one)?;
    let alpha = c.op(Div, &m1, &Value::Float(2.0))?;
    let t = c.op(Sub, &n, &alpha)?;
    let t = c.op(Div, &t, &alpha)?;
    let t = c.op(Pow, &t, &Value::Float(2.0))?;
    let t = c.op(Sub, &one, &t)?;
    let t = c.call("sqrt", vec![t])?;
    let t = c.op(Mul, beta, &t)?;
    let num = i0_of(c, &t)?;
    let den = i0_of(c, beta)?;
    c.op(Div, &num, &den)
}

fn i0(it: &mut Interp, args: &Args) -> Result<Value> {
    let c = &mut Calc {
        it,
        span: args.call_span,
    };
    i0_of(c, &args.get("x"))
}

// Cephes' Chebyshev coefficients for exp(-x) I0(x) on [0, 8] (A) and for
// exp(-x) sqrt(x) I0(x) on (8, inf) (B), as NumPy lists them.
#[allow(clippy::excessive_precision)]
const I0A: [f64; 30] = [
    -4.41534164647933937950E-18,
    3.33079451882223809783E-17,
    -2.43127984654795469359E-16,
    1.71539128555513303061E-15,
    -1.16853328779934516808E-14,
    7.67618549860493561688E-14,
    -4.85644678311192946090E-13,
    2.95505266312963983461E-12,
    -1.72682629144155570723E-11,
    9.67580903537323691224E-11,
    -5.18979560163526290666E-10,
    2.65982372468238665035E-9,
    -1.30002500998624804212E-8,
    6.04699502254191894932E-8,
    -2.67079385394061173391E-7,
    1.11738753912010371815E-6,
    -4.41673835845875056359E-6,
    1.64484480707288970893E-5,
    -5.75419501008210370398E-5,
    1.88502885095841655729E-4,
    -5.76375574538582365885E-4,
    1.63947561694133579842E-3,
    -4.32430999505057594430E-3,
    1.05464603945949983183E-2,
    -2.37374148058994688156E-2,
    4.93052842396707084878E-2,
    -9.49010970480476444210E-2,
    1.71620901522208775349E-1,
    -3.04682672343198398683E-1,
    6.76795274409476084995E-1,
];
#[allow(clippy::excessive_precision)]
const I0B: [f64; 25] = [
    -7.23318048787475395456E-18,
    -4.83050448594418207126E-18,
    4.46562142029675999901E-17,
    3.46122286769746109310E-17,
    -2.82762398051658348494E-16,
    -3.42548561967721913462E-16,
    1.77256013305652638360E-15,
    3.81168066935262242075E-15,
    -9.55484669882830764870E-15,
    -4.15056934728722208663E-14,
    1.54008621752140982691E-14,
    3.85277838274214270114E-13,
    7.18012445138366623367E-13,
    -1.79417853150680611778E-12,
    -1.32158118404477131188E-11,
    -3.14991652796324136454E-11,
    1.18891471078464383424E-11,
    4.94060238822496958910E-10,
    3.39623202570838634515E-9,
    2.26666899049817806459E-8,
    2.04891858946906374183E-7,
    2.89137052083475648297E-6,
    6.88975834691682398426E-5,
    3.36911647825569408990E-3,
    8.04490411014108831608E-1,
];

/// NumPy's `_chbevl`: Clenshaw's recurrence, one array operation a step.
fn chbevl(c: &mut Calc, x: &Value, coefs: &[f64]) -> Result<Value> {
    use BinOp::{Add, Mul, Sub};
    let mut b0 = Value::Float(coefs[0]);
    let mut b1 = Value::Float(0.0);
    let mut b2 = Value::Float(0.0);
    for &v in &coefs[1..] {
        b2 = b1;
        b1 = b0;
        let t = c.op(Mul, x, &b1)?;
        let t = c.op(Sub, &t, &b2)?;
        b0 = c.op(Add, &t, &Value::Float(v))?;
    }
    let d = c.op(Sub, &b0, &b2)?;
    c.op(Mul, &Value::Float(0.5), &d)
}

/// `np.i0(x)`: |x| in a float dtype (float64 for ints and bools), then
/// NumPy's `piecewise(x, [x <= 8.0], [_i0_1, _i0_2])`, each branch on its
/// elements only (so only their warnings show).
fn i0_of(c: &mut Calc, x: &Value) -> Result<Value> {
    use BinOp::{Div, Mul, Sub};
    let mut a = to_array(x, None)?;
    match a.dtype().kind() {
        Kind::Complex => return Err(Error::type_error("i0 not supported for complex values")),
        Kind::Float => {}
        _ => a = cast_array(&a, DType::Float64)?,
    }
    let shape: Vec<Value> = a.shape().iter().map(|&d| Value::Int(d.into())).collect();
    let x = c.call("absolute", vec![Value::Array(a)])?;
    let flat = c.call("ravel", vec![x])?;
    let y = c.call("zeros_like", vec![flat.clone()])?;
    let small = c.call("less_equal", vec![flat.clone(), Value::Float(8.0)])?;
    let large = c.call("logical_not", vec![small.clone()])?;
    // _i0_1: exp(x) * _chbevl(x / 2.0 - 2, _i0A)
    let xs = c.call("extract", vec![small.clone(), flat.clone()])?;
    let e = c.call("exp", vec![xs.clone()])?;
    let t = c.op(Div, &xs, &Value::Float(2.0))?;
    let t = c.op(Sub, &t, &Value::Int(2.into()))?;
    let t = chbevl(c, &t, &I0A)?;
    let r = c.op(Mul, &e, &t)?;
    c.call("place", vec![y.clone(), small, r])?;
    // _i0_2: exp(x) * _chbevl(32.0 / x - 2.0, _i0B) / sqrt(x)
    let xl = c.call("extract", vec![large.clone(), flat])?;
    let e = c.call("exp", vec![xl.clone()])?;
    let t = c.op(Div, &Value::Float(32.0), &xl)?;
    let t = c.op(Sub, &t, &Value::Float(2.0))?;
    let t = chbevl(c, &t, &I0B)?;
    let r = c.op(Mul, &e, &t)?;
    let s = c.call("sqrt", vec![xl])?;
    let r = c.op(Div, &r, &s)?;
    c.call("place", vec![y.clone(), large, r])?;
    c.call("reshape", vec![y, Value::tuple(shape)])
}
