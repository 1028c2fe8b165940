//! NumPy's old polynomial API, numpy/lib/_polynomial_impl.py: `np.polyval`,
//! `polyadd`/`polysub`/`polymul`/`polydiv`/`polyder`/`polyint`, `np.poly`
//! of 1-d roots, and the `np.poly1d` class. Each line is NumPy's Python
//! line run through npcalc's operators and np functions (`pycalc::Calc`),
//! so dtypes, warnings and last bits are NumPy's. `np.roots`, `np.polyfit`
//! and `poly1d.roots` need LAPACK (eigenvalues, least squares) and stay refused.

use std::cell::RefCell;
use std::rc::Rc;

use super::Interp;
use super::pycalc::Calc;
use super::table::{Args, FnDef, Owner, p};
use super::value::{TypeObj, Value};
use crate::array::{Array, Kind};
use crate::error::{Error, Exc, Result, Span};
use crate::syntax::ast::{BinOp, CmpOp};

/// A `np.poly1d`: its coefficients (highest power first, leading zeros
/// trimmed; `p[k] = v` may replace them) and the variable its str names.
#[derive(Debug)]
pub struct Poly1d {
    pub coeffs: RefCell<Array>,
    pub variable: Value,
}

pub const TYPE: TypeObj = TypeObj::Named("numpy.poly1d");

impl Poly1d {
    pub fn coeffs(&self) -> Array {
        self.coeffs.borrow().clone()
    }
    /// `self.order`: `len(self._coeffs) - 1`.
    pub fn order(&self) -> i64 {
        self.coeffs.borrow().shape().first().copied().unwrap_or(0) as i64 - 1
    }
}

fn calc(it: &mut Interp, span: Span) -> Calc<'_> {
    Calc { it, span }
}

fn coeffs_of(v: &Value) -> Option<Value> {
    match v {
        Value::Poly1d(p) => Some(Value::Array(p.coeffs())),
        _ => None,
    }
}

fn atleast_1d(c: &mut Calc, v: Value) -> Result<Array> {
    let r = c.call("atleast_1d", vec![v])?;
    super::to_array(&r, None)
}

fn len_of(a: &Array) -> usize {
    a.shape().first().copied().unwrap_or(0)
}

/// `poly1d(c_or_r, r, variable)`, `__init__` line by line.
fn make(c: &mut Calc, c_or_r: Value, r: bool, variable: Value) -> Result<Value> {
    if let Value::Poly1d(p) = &c_or_r {
        let variable = match variable {
            Value::None => p.variable.clone(),
            v => v,
        };
        return Ok(Value::Poly1d(Rc::new(Poly1d {
            coeffs: RefCell::new(p.coeffs()),
            variable,
        })));
    }
    let c_or_r = if r { poly(c, c_or_r)? } else { c_or_r };
    let a = atleast_1d(c, c_or_r)?;
    if a.ndim() > 1 {
        return Err(Error::value_error("Polynomial must be 1d only."));
    }
    let dtype = a.dtype();
    let t = c.call_kw(
        "trim_zeros",
        vec![Value::Array(a)],
        vec![("trim", Value::str("f"))],
    )?;
    let mut a = super::to_array(&t, None)?;
    if len_of(&a) == 0 {
        let z = c.call_kw(
            "array",
            vec![Value::list(vec![Value::int(0)])],
            vec![("dtype", Value::DType(dtype))],
        )?;
        a = super::to_array(&z, None)?;
    }
    let variable = match variable {
        Value::None => Value::str("x"),
        v => v,
    };
    Ok(Value::Poly1d(Rc::new(Poly1d {
        coeffs: RefCell::new(a),
        variable,
    })))
}

fn poly1d_of(c: &mut Calc, v: Value) -> Result<Value> {
    make(c, v, false, Value::None)
}

fn coeffs_value(v: &Value) -> Value {
    coeffs_of(v).expect("a poly1d")
}

fn constructor(it: &mut Interp, args: &Args) -> Result<Value> {
    let r = super::pyops::truthy(&args.get("r"))?;
    make(
        &mut calc(it, args.call_span),
        args.get("c_or_r"),
        r,
        args.get("variable"),
    )
}

/// `polyadd`/`polysub`: the shorter one padded with zeros of its dtype.
fn add_sub(c: &mut Calc, a1: Value, a2: Value, op: BinOp) -> Result<Value> {
    let truepoly = coeffs_of(&a1).is_some() || coeffs_of(&a2).is_some();
    let a1 = atleast_1d(c, a1)?;
    let a2 = atleast_1d(c, a2)?;
    let (n1, n2) = (len_of(&a1), len_of(&a2));
    let pad = |c: &mut Calc, short: &Array, n: usize| -> Result<Value> {
        let zr = c.call(
            "zeros",
            vec![Value::int(n as i64), Value::DType(short.dtype())],
        )?;
        c.call(
            "concatenate",
            vec![Value::tuple(vec![zr, Value::Array(short.clone())])],
        )
    };
    let val = if n1 == n2 {
        c.op(op, &Value::Array(a1), &Value::Array(a2))?
    } else if n2 > n1 {
        let a = pad(c, &a1, n2 - n1)?;
        c.op(op, &a, &Value::Array(a2))?
    } else {
        let b = pad(c, &a2, n1 - n2)?;
        c.op(op, &Value::Array(a1), &b)?
    };
    if truepoly { poly1d_of(c, val) } else { Ok(val) }
}

fn polymul_values(c: &mut Calc, a1: Value, a2: Value) -> Result<Value> {
    let truepoly = coeffs_of(&a1).is_some() || coeffs_of(&a2).is_some();
    let a1 = poly1d_of(c, a1)?;
    let a2 = poly1d_of(c, a2)?;
    let val = c.call("convolve", vec![coeffs_value(&a1), coeffs_value(&a2)])?;
    if truepoly { poly1d_of(c, val) } else { Ok(val) }
}

fn slice(start: Option<i64>, stop: Option<i64>) -> Value {
    let b = |x: Option<i64>| x.map_or(Value::None, Value::int);
    Value::Slice(Rc::new([b(start), b(stop), Value::None]))
}

fn polydiv_values(c: &mut Calc, u: Value, v: Value) -> Result<Value> {
    let truepoly = coeffs_of(&u).is_some() || coeffs_of(&v).is_some();
    let u = Value::Array(atleast_1d(c, u)?);
    let u = c.op(BinOp::Add, &u, &Value::Float(0.0))?;
    let v = Value::Array(atleast_1d(c, v)?);
    let v = c.op(BinOp::Add, &v, &Value::Float(0.0))?;
    let u0 = c.getitem(&u, &Value::int(0))?;
    let v0 = c.getitem(&v, &Value::int(0))?;
    let w = c.op(BinOp::Add, &u0, &v0)?;
    let m = c.len(&u)? as i64 - 1;
    let n = c.len(&v)? as i64 - 1;
    let scale = c.op(BinOp::Div, &Value::Float(1.0), &v0)?;
    let wdtype = c.it.getattr(&w, "dtype")?;
    let q = c.call(
        "zeros",
        vec![
            Value::tuple(vec![Value::int((m - n + 1).max(1))]),
            wdtype.clone(),
        ],
    )?;
    let astype = c.it.getattr(&u, "astype")?;
    let mut r = c.it.call(
        &astype,
        super::table::CallArgs {
            positional: vec![(wdtype, c.span)],
            keywords: vec![],
        },
        c.span,
    )?;
    for k in 0..(m - n + 1).max(0) {
        crate::array::signals::check_interrupt()?;
        let rk = c.getitem(&r, &Value::int(k))?;
        let d = c.op(BinOp::Mul, &scale, &rk)?;
        c.setitem(&q, &Value::int(k), d.clone())?;
        let s = slice(Some(k), Some(k + n + 1));
        let part = c.getitem(&r, &s)?;
        let dv = c.op(BinOp::Mul, &d, &v)?;
        let (part, _) = c.it.inplace_binary(BinOp::Sub, &part, &dv)?;
        c.setitem(&r, &s, part)?;
    }
    loop {
        let r0 = c.getitem(&r, &Value::int(0))?;
        let close = c.call_kw(
            "allclose",
            vec![r0, Value::int(0)],
            vec![("rtol", Value::Float(1e-14))],
        )?;
        if !(c.it.truthy(&close)? && c.len(&r)? > 1) {
            break;
        }
        r = c.getitem(&r, &slice(Some(1), None))?;
    }
    if truepoly {
        let q = poly1d_of(c, q)?;
        let r = poly1d_of(c, r)?;
        return Ok(Value::tuple(vec![q, r]));
    }
    Ok(Value::tuple(vec![q, r]))
}

/// `int(m)`, as polyder/polyint convert their order: the Python int and
/// its value (clamped, the recursion limit meeting any larger one first).
fn order_arg(m: &Value) -> Result<(Value, i64)> {
    let m = super::builtins::to_int(m)?;
    let n = match &m {
        Value::Int(i) => i64::try_from(i).unwrap_or(if i.sign() == num_bigint::Sign::Minus {
            i64::MIN
        } else {
            i64::MAX
        }),
        _ => unreachable!("int() gives an int"),
    };
    Ok((m, n))
}

/// The Python frames polyder/polyint's recursion takes (one per order,
/// the first call and CPython's counting of the frame that meets the
/// limit): CPython's limit meets them as it would.
fn recursion<R>(c: &mut Calc, m: i64, f: impl FnOnce(&mut Calc) -> Result<R>) -> Result<R> {
    let frames = usize::try_from(m).unwrap_or(usize::MAX).saturating_add(2);
    let span = c.span;
    c.it.python_frames(
        frames.min(super::exec::RECURSION_LIMIT),
        "maximum recursion depth exceeded while calling a Python object",
        |it| f(&mut Calc { it, span }),
    )
}

fn polyder_values(c: &mut Calc, p: Value, m: &Value) -> Result<Value> {
    let (_, m) = order_arg(m)?;
    if m < 0 {
        return Err(Error::value_error(
            "Order of derivative must be positive (see polyint)",
        ));
    }
    let truepoly = coeffs_of(&p).is_some();
    recursion(c, m, |c| {
        let mut val = c.call("asarray", vec![p])?;
        for _ in 0..m {
            let n = c.len(&val)? as i64 - 1;
            let head = c.getitem(&val, &slice(None, Some(-1)))?;
            let ar = c.call("arange", vec![Value::int(n), Value::int(0), Value::int(-1)])?;
            val = c.op(BinOp::Mul, &head, &ar)?;
        }
        if truepoly { poly1d_of(c, val) } else { Ok(val) }
    })
}

fn polyint_values(c: &mut Calc, p: Value, m: &Value, k: Value) -> Result<Value> {
    let (mv, m) = order_arg(m)?;
    if m < 0 {
        return Err(Error::value_error(
            "Order of integral must be positive (see polyder)",
        ));
    }
    let float = Value::Type(TypeObj::Float);
    let k = match k {
        Value::None => c.call("zeros", vec![mv.clone(), float.clone()])?,
        k => k,
    };
    let mut k = Value::Array(atleast_1d(c, k)?);
    if c.len(&k)? == 1 && m > 1 {
        let k0 = c.getitem(&k, &Value::int(0))?;
        let ones = c.call("ones", vec![mv, float])?;
        k = c.op(BinOp::Mul, &k0, &ones)?;
    }
    if (c.len(&k)? as i64) < m {
        return Err(Error::value_error(
            "k must be a scalar or a rank-1 array of length 1 or >m.",
        ));
    }
    let truepoly = coeffs_of(&p).is_some();
    recursion(c, m, |c| {
        let mut p = c.call("asarray", vec![p])?;
        for _ in 0..m {
            let n = c.len(&p)? as i64;
            let ar = c.call("arange", vec![Value::int(n), Value::int(0), Value::int(-1)])?;
            let div = c.op(BinOp::Div, &p, &ar)?;
            let k0 = c.getitem(&k, &Value::int(0))?;
            p = c.call(
                "concatenate",
                vec![Value::tuple(vec![div, Value::list(vec![k0])])],
            )?;
            k = c.getitem(&k, &slice(Some(1), None))?;
        }
        if truepoly { poly1d_of(c, p) } else { Ok(p) }
    })
}

/// `np.poly(seq_of_zeros)` of 1-d roots (a matrix's needs its eigenvalues).
fn poly(c: &mut Calc, seq: Value) -> Result<Value> {
    let seq = atleast_1d(c, seq)?;
    let sh = seq.shape().to_vec();
    if sh.len() == 2 && sh[0] == sh[1] && sh[0] != 0 {
        return Err(Error::new(
            Exc::NotImplementedError,
            "npcalc does not support np.poly of a square matrix (its characteristic polynomial needs LAPACK's eigenvalues)",
        ));
    }
    if sh.len() != 1 {
        return Err(Error::value_error(
            "input must be 1d or non-empty square 2d array.",
        ));
    }
    let seqv = Value::Array(seq.clone());
    let ch = c.it.getattr(&Value::DType(seq.dtype()), "char")?;
    let code = c.call("mintypecode", vec![ch])?;
    let astype = c.it.getattr(&seqv, "astype")?;
    let seqv = c.it.call(
        &astype,
        super::table::CallArgs {
            positional: vec![(code, c.span)],
            keywords: vec![],
        },
        c.span,
    )?;
    if c.len(&seqv)? == 0 {
        return Ok(Value::Float(1.0));
    }
    let dt = c.it.getattr(&seqv, "dtype")?;
    let mut a = c.call_kw(
        "ones",
        vec![Value::tuple(vec![Value::int(1)])],
        vec![("dtype", dt.clone())],
    )?;
    for zero in c.it.iterate(&seqv)? {
        crate::array::signals::check_interrupt()?;
        let neg = c.neg(&zero)?;
        let factor = c.call_kw(
            "array",
            vec![Value::list(vec![Value::int(1), neg])],
            vec![("dtype", dt.clone())],
        )?;
        a = c.call_kw(
            "convolve",
            vec![a, factor],
            vec![("mode", Value::str("full"))],
        )?;
    }
    if super::to_array(&a, None)?.dtype().kind() == Kind::Complex {
        let roots = c.call("asarray", vec![seqv, Value::Type(TypeObj::Complex)])?;
        let conj = c.call("conjugate", vec![roots.clone()])?;
        let s1 = c.call("sort", vec![roots])?;
        let s2 = c.call("sort", vec![conj])?;
        let eq = c.it.compare(CmpOp::Eq, &s1, &s2)?;
        let all = c.call("all", vec![eq])?;
        if c.it.truthy(&all)? {
            let re = c.call("real", vec![a])?;
            a = c.call("copy", vec![re])?;
        }
    }
    Ok(a)
}

/// `np.polyval(p, x)`: Horner's rule from `zeros_like(x)` (from 0 for a
/// poly1d x), as NumPy writes it.
pub fn polyval_values(c: &mut Calc, p: Value, x: Value) -> Result<Value> {
    let p = c.call("asarray", vec![p])?;
    let (mut y, x) = match x {
        Value::Poly1d(_) => (Value::int(0), x),
        x => {
            let x = c.call("asanyarray", vec![x])?;
            (c.call("zeros_like", vec![x.clone()])?, x)
        }
    };
    for pv in c.it.iterate(&p)? {
        let yx = c.op(BinOp::Mul, &y, &x)?;
        y = c.op(BinOp::Add, &yx, &pv)?;
    }
    Ok(y)
}

fn polyval(it: &mut Interp, args: &Args) -> Result<Value> {
    polyval_values(&mut calc(it, args.call_span), args.get("p"), args.get("x"))
}

fn polyadd(it: &mut Interp, args: &Args) -> Result<Value> {
    add_sub(
        &mut calc(it, args.call_span),
        args.get("a1"),
        args.get("a2"),
        BinOp::Add,
    )
}

fn polysub(it: &mut Interp, args: &Args) -> Result<Value> {
    add_sub(
        &mut calc(it, args.call_span),
        args.get("a1"),
        args.get("a2"),
        BinOp::Sub,
    )
}

fn polymul(it: &mut Interp, args: &Args) -> Result<Value> {
    polymul_values(
        &mut calc(it, args.call_span),
        args.get("a1"),
        args.get("a2"),
    )
}

fn polydiv(it: &mut Interp, args: &Args) -> Result<Value> {
    polydiv_values(&mut calc(it, args.call_span), args.get("u"), args.get("v"))
}

fn polyder(it: &mut Interp, args: &Args) -> Result<Value> {
    polyder_values(&mut calc(it, args.call_span), args.get("p"), &args.get("m"))
}

fn polyint(it: &mut Interp, args: &Args) -> Result<Value> {
    polyint_values(
        &mut calc(it, args.call_span),
        args.get("p"),
        &args.get("m"),
        args.get("k"),
    )
}

fn poly_fn(it: &mut Interp, args: &Args) -> Result<Value> {
    poly(&mut calc(it, args.call_span), args.get("seq_of_zeros"))
}

pub static CLASS: &[FnDef] = &[FnDef {
    name: "poly1d",
    owner: Owner::Numpy,
    error_name: None,
    params: &[
        p!(Normal "c_or_r", "The coefficients, highest power first (or the roots when r is True)."),
        p!(Normal "r" = "False", "Whether c_or_r holds the roots."),
        p!(Normal "variable" = "None", "The variable's name in str() (default 'x')."),
    ],
    doc: "A one-dimensional polynomial: call it to evaluate, combine with + - * ** /, print it in NumPy's two-line form.",
    examples: &["print(np.poly1d([1, 2, 3]))", "np.poly1d([1, 2, 3])(0.5)"],
    imp: constructor,
}];

const BINARY: &[super::table::Param] = &[
    p!(Normal "a1", "A polynomial: coefficients highest power first, or a poly1d."),
    p!(Normal "a2", "A polynomial: coefficients highest power first, or a poly1d."),
];

pub static POLYNOMIAL: &[FnDef] = &[
    FnDef {
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
    },
    FnDef {
        name: "polyadd",
        owner: Owner::Numpy,
        error_name: None,
        params: BINARY,
        doc: "The sum of two polynomials (a poly1d if either is one).",
        examples: &["np.polyadd([1, 2], [9, 5, 4])"],
        imp: polyadd,
    },
    FnDef {
        name: "polysub",
        owner: Owner::Numpy,
        error_name: None,
        params: BINARY,
        doc: "The difference a1 - a2 of two polynomials (a poly1d if either is one).",
        examples: &["np.polysub([2, 10, -2], [3, 10, -4])"],
        imp: polysub,
    },
    FnDef {
        name: "polymul",
        owner: Owner::Numpy,
        error_name: None,
        params: BINARY,
        doc: "The product of two polynomials, by np.convolve (a poly1d if either is one).",
        examples: &["np.polymul([1, 2, 3], [9, 5, 1])"],
        imp: polymul,
    },
    FnDef {
        name: "polydiv",
        owner: Owner::Numpy,
        error_name: None,
        params: &[
            p!(Normal "u", "The dividend's coefficients (or a poly1d)."),
            p!(Normal "v", "The divisor's coefficients (or a poly1d)."),
        ],
        doc: "The quotient and remainder (q, r) of polynomial long division, in floats.",
        examples: &["np.polydiv([3.0, 5.0, 2.0], [2.0, 1.0])"],
        imp: polydiv,
    },
    FnDef {
        name: "polyder",
        owner: Owner::Numpy,
        error_name: None,
        params: &[
            p!(Normal "p", "The polynomial (coefficients or a poly1d)."),
            p!(Normal "m" = "1", "The order of the derivative."),
        ],
        doc: "The m-th derivative of a polynomial.",
        examples: &[
            "np.polyder([1, 1, 1, 1])",
            "np.polyder(np.poly1d([1, 1, 1, 1]), 2)",
        ],
        imp: polyder,
    },
    FnDef {
        name: "polyint",
        owner: Owner::Numpy,
        error_name: None,
        params: &[
            p!(Normal "p", "The polynomial (coefficients or a poly1d)."),
            p!(Normal "m" = "1", "The order of the antiderivative."),
            p!(Normal "k" = "None", "Integration constants, highest-order term's first (zeros by default)."),
        ],
        doc: "An m-th antiderivative of a polynomial (float coefficients).",
        examples: &[
            "np.polyint([3, 2, 1])",
            "np.polyint([1, 1, 1], 3, k=[6, 5, 3])",
        ],
        imp: polyint,
    },
    FnDef {
        name: "poly",
        owner: Owner::Numpy,
        error_name: None,
        params: &[p!(Normal "seq_of_zeros", "The roots (a 1-d sequence).")],
        doc: "The coefficients of the monic polynomial with the given roots.",
        examples: &["np.poly([1, 2, 3])", "np.poly((-1./2, 0, 1./2))"],
        imp: poly_fn,
    },
];

/// `poly1d.__repr__`: `repr(self.coeffs)[6:-1]` inside `poly1d(...)`.
pub fn repr(p: &Poly1d) -> String {
    let text = super::repr::repr(&Value::Array(p.coeffs()), &Default::default());
    let chars: Vec<char> = text.chars().collect();
    let inner: String = chars
        [6.min(chars.len())..chars.len().saturating_sub(1).max(6.min(chars.len()))]
        .iter()
        .collect();
    format!("poly1d({inner})")
}

/// `f'{q:.4g}'` without a trailing `.0000` (poly1d.__str__'s fmt_float).
fn fmt_float(q: &Value) -> String {
    let s = super::format::format(q, ".4g", &Default::default())
        .unwrap_or_else(|_| super::repr::str(q, &Default::default()));
    s.strip_suffix(".0000").map_or(s.clone(), str::to_string)
}

/// `poly1d.__str__`: the terms on one line, then `_raise_power` lifts the
/// exponents onto the line above.
pub fn str(p: &Poly1d) -> String {
    let var = super::repr::str(&p.variable, &Default::default());
    let coeffs = p.coeffs();
    let parts = |imag| {
        crate::array::shape::real_imag(&coeffs, imag)
            .map(|a| (0..a.size()).map(|i| a.get_flat(i)).collect::<Vec<_>>())
    };
    let (Ok(re), Ok(im)) = (parts(false), parts(true)) else {
        return repr(p);
    };
    let nonzero = |s: crate::array::Scalar| match crate::array::cast_scalar(
        s,
        crate::array::DType::Complex128,
    ) {
        crate::array::Scalar::Complex128(z) => z.re != 0.0 || z.im != 0.0,
        _ => true,
    };
    // coeffs[logical_or.accumulate(coeffs != 0)]: leading zeros dropped.
    let first = (0..re.len())
        .find(|&i| nonzero(re[i]) || nonzero(im[i]))
        .unwrap_or(re.len());
    let n = (re.len() - first) as i64 - 1;
    let fmt = |s: crate::array::Scalar| fmt_float(&Value::Scalar(s));
    let mut thestr = "0".to_string();
    for (k, i) in (first..re.len()).enumerate() {
        let iscomplex = coeffs.dtype().kind() == Kind::Complex && nonzero(im[i]);
        let coefstr = if !iscomplex {
            fmt(re[i])
        } else if !nonzero(re[i]) {
            format!("{}j", fmt(im[i]))
        } else {
            format!("({} + {}j)", fmt(re[i]), fmt(im[i]))
        };
        let power = n - k as i64;
        let newstr = match power {
            0 if coefstr != "0" => coefstr,
            0 if k == 0 => "0".to_string(),
            0 => String::new(),
            _ if coefstr == "0" => String::new(),
            1 if coefstr == "b" => var.clone(),
            1 => format!("{coefstr} {var}"),
            _ if coefstr == "b" => format!("{var}**{power}"),
            _ => format!("{coefstr} {var}**{power}"),
        };
        if k > 0 {
            if !newstr.is_empty() {
                thestr = match newstr.strip_prefix('-') {
                    Some(rest) => format!("{thestr} - {rest}"),
                    None => format!("{thestr} + {newstr}"),
                };
            }
        } else {
            thestr = newstr;
        }
    }
    raise_power(&thestr, 70)
}

/// `_raise_power`: each `**<digits>` becomes its digits on the line above,
/// wrapping both lines at `wrap` columns.
fn raise_power(astr: &str, wrap: usize) -> String {
    let mut n = 0;
    let (mut line1, mut line2) = (String::new(), String::new());
    let mut output = " ".to_string();
    while let Some(at) = astr[n..].find("**") {
        let start = n + at;
        let digits = astr[start + 2..]
            .find(|ch: char| !ch.is_ascii_digit())
            .map_or(astr.len(), |d| start + 2 + d);
        let power = &astr[start + 2..digits];
        let partstr = &astr[n..start];
        n = digits;
        let plen = partstr.chars().count();
        let toadd2 = format!("{partstr}{}", " ".repeat(power.len().saturating_sub(1)));
        let toadd1 = format!("{}{power}", " ".repeat(plen.saturating_sub(1)));
        if line2.chars().count() + toadd2.chars().count() > wrap
            || line1.chars().count() + toadd1.chars().count() > wrap
        {
            output += &format!("{line1}\n{line2}\n ");
            line1 = toadd1;
            line2 = toadd2;
        } else {
            line2 += &toadd2;
            line1 += &toadd1;
        }
    }
    output += &format!("{line1}\n{line2}");
    output + &astr[n..]
}

/// The attributes of a poly1d.
pub fn attr(v: &Value, p: &Poly1d, name: &str) -> Result<Value> {
    match name {
        "coeffs" | "c" | "coef" | "coefficients" => Ok(Value::Array(p.coeffs())),
        "order" | "o" => Ok(Value::int(p.order())),
        "variable" => Ok(p.variable.clone()),
        "roots" | "r" => Err(Error::new(
            Exc::NotImplementedError,
            "npcalc does not support poly1d.roots (it needs LAPACK's eigenvalues)",
        )),
        _ => match METHODS.iter().find(|f| f.name == name) {
            Some(f) => Ok(Value::Method(Box::new(v.clone()), f)),
            None => Err(Error::attribute_error(format!(
                "'poly1d' object has no attribute '{name}'"
            ))),
        },
    }
}

fn this(a: &Args) -> Value {
    a.this().clone()
}

static METHODS: &[FnDef] = &[
    FnDef {
        name: "deriv",
        owner: Owner::Method,
        error_name: None,
        params: &[p!(Normal "m" = "1", "The order of the derivative.")],
        doc: "The m-th derivative, a poly1d.",
        examples: &["np.poly1d([1, 1, 1, 1]).deriv()"],
        imp: |it, a| {
            let c = &mut calc(it, a.call_span);
            let coeffs = coeffs_value(&this(a));
            let d = polyder_values(c, coeffs, &a.get("m"))?;
            poly1d_of(c, d)
        },
    },
    FnDef {
        name: "integ",
        owner: Owner::Method,
        error_name: None,
        params: &[
            p!(Normal "m" = "1", "The order of the antiderivative."),
            p!(Normal "k" = "0", "Integration constants."),
        ],
        doc: "An m-th antiderivative, a poly1d.",
        examples: &["np.poly1d([3, 2, 1]).integ()"],
        imp: |it, a| {
            let c = &mut calc(it, a.call_span);
            let coeffs = coeffs_value(&this(a));
            let d = polyint_values(c, coeffs, &a.get("m"), a.get("k"))?;
            poly1d_of(c, d)
        },
    },
];

/// `p(val)`: `polyval(self.coeffs, val)`.
pub fn call(it: &mut Interp, p: &Poly1d, val: Value, span: Span) -> Result<Value> {
    polyval_values(&mut calc(it, span), Value::Array(p.coeffs()), val)
}

/// `p[val]`: the coefficient of x**val (a zero of the dtype past either end).
pub fn getitem(it: &mut Interp, p: &Poly1d, val: &Value) -> Result<Value> {
    let c = &mut calc(it, Span::default());
    let order = Value::int(p.order());
    let ind = c.op(BinOp::Sub, &order, val)?;
    let zero = || {
        Value::Scalar(crate::array::cast_scalar(
            crate::array::Scalar::Int64(0),
            p.coeffs().dtype(),
        ))
    };
    if c.is(CmpOp::Gt, val, &order)? || c.is(CmpOp::Lt, val, &Value::int(0))? {
        return Ok(zero());
    }
    c.getitem(&Value::Array(p.coeffs()), &ind)
}

/// `p[key] = val`: past the order, zeros are prepended first.
pub fn setitem(it: &mut Interp, p: &Poly1d, key: &Value, val: Value) -> Result<()> {
    let c = &mut calc(it, Span::default());
    let order = Value::int(p.order());
    let mut ind = c.op(BinOp::Sub, &order, key)?;
    if c.is(CmpOp::Lt, key, &Value::int(0))? {
        return Err(Error::value_error("Does not support negative powers."));
    }
    if c.is(CmpOp::Gt, key, &order)? {
        let n = c.op(BinOp::Sub, key, &order)?;
        let zr = c.call("zeros", vec![n, Value::DType(p.coeffs().dtype())])?;
        let joined = c.call(
            "concatenate",
            vec![Value::tuple(vec![zr, Value::Array(p.coeffs())])],
        )?;
        *p.coeffs.borrow_mut() = super::to_array(&joined, None)?;
        ind = Value::int(0);
    }
    c.setitem(&Value::Array(p.coeffs()), &ind, val)
}

/// Whether a binary operator meets a poly1d.
pub fn involved(a: &Value, b: &Value) -> bool {
    matches!(a, Value::Poly1d(_)) || matches!(b, Value::Poly1d(_))
}

fn is_scalar(c: &mut Calc, v: &Value) -> Result<bool> {
    let r = c.call("isscalar", vec![v.clone()])?;
    c.it.truthy(&r)
}

/// The operators poly1d defines; an ndarray or NumPy scalar on the left
/// takes the poly1d as its coefficient array (`__array__`), as ufuncs do.
pub fn binary(it: &mut Interp, op: BinOp, a: &Value, b: &Value, span: Span) -> Result<Value> {
    let c = &mut calc(it, span);
    if super::numpy::is_numpy(a) && !matches!(a, Value::Poly1d(_)) {
        return c.op(op, a, &coeffs_value(b));
    }
    let (this, other, reflected) = match a {
        Value::Poly1d(_) => (a, b, false),
        _ => (b, a, true),
    };
    let coeffs = coeffs_value(this);
    match op {
        BinOp::Mul | BinOp::Div if is_scalar(c, other)? => {
            let val = match reflected {
                false => c.op(op, &coeffs, other)?,
                true => c.op(op, other, &coeffs)?,
            };
            poly1d_of(c, val)
        }
        BinOp::Mul => {
            let o = poly1d_of(c, other.clone())?;
            let val = polymul_values(c, coeffs, coeffs_value(&o))?;
            poly1d_of(c, val)
        }
        BinOp::Div => {
            let o = poly1d_of(c, other.clone())?;
            match reflected {
                false => polydiv_values(c, this.clone(), o),
                true => polydiv_values(c, o, this.clone()),
            }
        }
        BinOp::Add | BinOp::Sub => {
            let o = coeffs_value(&poly1d_of(c, other.clone())?);
            let val = match reflected {
                false => add_sub(c, coeffs, o, op)?,
                true => add_sub(c, o, coeffs, op)?,
            };
            poly1d_of(c, val)
        }
        BinOp::Pow if !reflected => {
            let bad = || Error::value_error("Power to non-negative integers only.");
            if !is_scalar(c, other)? {
                return Err(bad());
            }
            let as_int = super::builtins::to_int(other)?;
            if !c.is(CmpOp::Eq, &as_int, other)? || c.is(CmpOp::Lt, other, &Value::int(0))? {
                return Err(bad());
            }
            let times = super::lists::index_arg(other)?;
            let mut res = Value::list(vec![Value::int(1)]);
            for _ in 0..times {
                crate::array::signals::check_interrupt()?;
                res = polymul_values(c, coeffs.clone(), res)?;
            }
            poly1d_of(c, res)
        }
        _ => super::pyops::binary(op, a, b),
    }
}

/// `==`/`!=` with a poly1d: equal coefficient arrays; an ndarray compares
/// with the coefficients element by element; anything else is identity.
pub fn compare(it: &mut Interp, op: CmpOp, a: &Value, b: &Value) -> Option<Result<Value>> {
    if !involved(a, b) || !matches!(op, CmpOp::Eq | CmpOp::Ne) {
        return None;
    }
    Some((|| {
        let array_side = |v: &Value| super::numpy::is_numpy(v) && !matches!(v, Value::Poly1d(_));
        if array_side(a) || array_side(b) {
            let (x, y) = (as_array_value(a), as_array_value(b));
            return it.compare(op, &x, &y);
        }
        let (Value::Poly1d(x), Value::Poly1d(y)) = (a, b) else {
            let same = super::identical(a, b);
            return Ok(Value::Bool(same == (op == CmpOp::Eq)));
        };
        let (cx, cy) = (x.coeffs(), y.coeffs());
        let eq = if cx.shape() != cy.shape() {
            Value::Bool(false)
        } else {
            let e = it.compare(CmpOp::Eq, &Value::Array(cx), &Value::Array(cy))?;
            let span = Span::default();
            super::linalg::np_call(it, "all", vec![e], vec![], span)?
        };
        match op {
            CmpOp::Eq => Ok(eq),
            _ => Ok(Value::Bool(!it.truthy(&eq)?)),
        }
    })())
}

fn as_array_value(v: &Value) -> Value {
    coeffs_of(v).unwrap_or_else(|| v.clone())
}

/// `-p` is `poly1d(-self.coeffs)`; `+p` is p itself.
pub fn unary(it: &mut Interp, p: &Poly1d, neg: bool, v: &Value) -> Result<Value> {
    if !neg {
        return Ok(v.clone());
    }
    let c = &mut calc(it, Span::default());
    let n = c.neg(&Value::Array(p.coeffs()))?;
    poly1d_of(c, n)
}
