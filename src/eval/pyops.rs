//! Python's own arithmetic and comparisons on its built-in scalars and
//! sequences (int, float, complex, bool, str, list, tuple), with CPython's
//! results and error texts.

use super::value::Value;
use crate::error::{Error, Exc, Result};
use crate::syntax::ast::{BinOp, CmpOp};
use num_bigint::BigInt;
use num_complex::Complex64;
use num_traits::{Signed, ToPrimitive, Zero};

/// A Python number, with bool promoted to int as Python does in arithmetic.
#[derive(Clone, Debug)]
pub enum Num {
    Int(BigInt),
    Float(f64),
    Complex(Complex64),
}

pub fn as_num(v: &Value) -> Option<Num> {
    match v {
        Value::Bool(b) => Some(Num::Int(BigInt::from(*b as u8))),
        Value::ReFlag(f) => Some(Num::Int(BigInt::from(*f))),
        Value::Int(i) => Some(Num::Int(i.clone())),
        Value::Float(f) => Some(Num::Float(*f)),
        Value::Complex(c) => Some(Num::Complex(*c)),
        _ => None,
    }
}

/// `float(int)`, failing like CPython when the int is too large.
pub fn int_to_f64(i: &BigInt) -> Result<f64> {
    match i.to_f64() {
        Some(f) if f.is_finite() => Ok(f),
        _ => Err(Error::overflow_error("int too large to convert to float")),
    }
}

fn to_f64(n: &Num) -> Result<f64> {
    match n {
        Num::Int(i) => int_to_f64(i),
        Num::Float(f) => Ok(*f),
        Num::Complex(c) => Ok(c.re),
    }
}

fn to_c64(n: &Num) -> Result<Complex64> {
    match n {
        Num::Complex(c) => Ok(*c),
        other => Ok(Complex64::new(to_f64(other)?, 0.0)),
    }
}

/// How CPython's "unsupported operand" TypeError names `op` (abstract.c):
/// `**` as `** or pow()`, since `pow(a, b)` fails alike; in place as `+=`.
pub(super) fn operator_name(op: BinOp, inplace: bool) -> String {
    match (op, inplace) {
        (BinOp::Pow, false) => "** or pow()".to_string(),
        (_, false) => op.symbol().to_string(),
        (_, true) => format!("{}=", op.symbol()),
    }
}

/// The TypeError for operands of types `a` and `b` that `op` cannot combine.
pub(super) fn unsupported_operands(op: BinOp, inplace: bool, a: &str, b: &str) -> Error {
    Error::type_error(format!(
        "unsupported operand type(s) for {}: '{a}' and '{b}'",
        operator_name(op, inplace)
    ))
}

pub(super) fn unsupported(op: BinOp, a: &Value, b: &Value) -> Error {
    unsupported_operands(op, false, &a.type_name(), &b.type_name())
}

/// Python's float floor division and modulo (`divmod` semantics).
fn float_divmod(a: f64, b: f64) -> (f64, f64) {
    let mut m = a % b;
    let mut div = (a - m) / b;
    if m != 0.0 {
        if (b < 0.0) != (m < 0.0) {
            m += b;
            div -= 1.0;
        }
    } else {
        m = 0.0_f64.copysign(b);
    }
    let floordiv = if div != 0.0 {
        let f = div.floor();
        if div - f > 0.5 { f + 1.0 } else { f }
    } else {
        0.0_f64.copysign(a / b)
    };
    (floordiv, m)
}

fn int_floordiv(a: &BigInt, b: &BigInt) -> BigInt {
    use num_integer::Integer;
    a.div_floor(b)
}

fn int_mod(a: &BigInt, b: &BigInt) -> BigInt {
    use num_integer::Integer;
    a.mod_floor(b)
}

/// CPython 3.11's complex_pow: small integer exponents by repeated squaring
/// (exact where c_pow's polar form is not: `(1+1j)**2` is `2j`), the polar
/// form otherwise; an infinite part means overflow.
fn complex_pow(a: Complex64, b: Complex64) -> Result<Complex64> {
    let zero_power = || Error::zero_division("0.0 to a negative or complex power");
    let p = if b.im == 0.0 && b.re == b.re.floor() && b.re.abs() <= 100.0 {
        let n = b.re as i64;
        let r = c_powu(a, n.unsigned_abs());
        if n > 0 {
            r
        } else if r.re == 0.0 && r.im == 0.0 {
            return Err(zero_power());
        } else {
            complex_div(Complex64::new(1.0, 0.0), r)
        }
    } else {
        c_pow(a, b).ok_or_else(zero_power)?
    };
    if p.re.is_infinite() || p.im.is_infinite() {
        return Err(Error::overflow_error("complex exponentiation"));
    }
    Ok(p)
}

/// CPython's c_powu: `x**n` by binary powering.
fn c_powu(x: Complex64, n: u64) -> Complex64 {
    let (mut r, mut p, mut mask) = (Complex64::new(1.0, 0.0), x, 1u64);
    while mask > 0 && n >= mask {
        if n & mask != 0 {
            r *= p;
        }
        mask = mask.wrapping_shl(1);
        p *= p;
    }
    r
}

/// CPython's _Py_c_pow, the polar form; None for 0 to a negative or complex power.
fn c_pow(a: Complex64, b: Complex64) -> Option<Complex64> {
    if b.re == 0.0 && b.im == 0.0 {
        return Some(Complex64::new(1.0, 0.0));
    }
    if a.re == 0.0 && a.im == 0.0 {
        if b.im != 0.0 || b.re < 0.0 {
            return None;
        }
        return Some(Complex64::new(0.0, 0.0));
    }
    let vabs = a.re.hypot(a.im);
    let mut len = vabs.powf(b.re);
    let at = a.im.atan2(a.re);
    let mut phase = at * b.re;
    if b.im != 0.0 {
        len /= (at * b.im).exp();
        phase += b.im * vabs.ln();
    }
    Some(Complex64::new(len * phase.cos(), len * phase.sin()))
}

/// A binary operator on Python values; None when neither side is a Python
/// number or sequence this knows (the caller then tries NumPy).
pub fn binary(op: BinOp, a: &Value, b: &Value) -> Result<Value> {
    if let (Some(x), Some(y)) = (as_num(a), as_num(b)) {
        return numeric(op, x, y, a, b);
    }
    sequence(op, a, b)
}

fn numeric(op: BinOp, x: Num, y: Num, a: &Value, b: &Value) -> Result<Value> {
    // Bitwise operators on two bools stay bool in Python.
    if let (Value::Bool(p), Value::Bool(q)) = (a, b) {
        match op {
            BinOp::BitAnd => return Ok(Value::Bool(*p & *q)),
            BinOp::BitOr => return Ok(Value::Bool(*p | *q)),
            BinOp::BitXor => return Ok(Value::Bool(*p ^ *q)),
            _ => {}
        }
    }
    // RegexFlag's `|`, `&`, `^` keep the flag type: its own when it is the
    // left operand, its reflected one (tried first, int's subclass) when an
    // int is.
    if let (Value::ReFlag(f), Value::Int(_) | Value::Bool(_) | Value::ReFlag(_), _, Num::Int(j))
    | (Value::Int(_), Value::ReFlag(f), Num::Int(j), _) = (a, b, &x, &y)
        && let Some(r) = super::pyre::flag_bitwise(op, *f, j)
    {
        return Ok(Value::ReFlag(r));
    }
    match (&x, &y) {
        (Num::Int(i), Num::Int(j)) => int_op(op, i, j, a, b),
        (Num::Complex(_), _) | (_, Num::Complex(_)) => {
            let (p, q) = (to_c64(&x)?, to_c64(&y)?);
            Ok(Value::Complex(match op {
                BinOp::Add => p + q,
                BinOp::Sub => p - q,
                BinOp::Mul => p * q,
                BinOp::Div => {
                    if q.re == 0.0 && q.im == 0.0 {
                        return Err(Error::zero_division("complex division by zero"));
                    }
                    complex_div(p, q)
                }
                BinOp::Pow => complex_pow(p, q)?,
                // Python 3.10 dropped complex `%` and `//` altogether.
                _ => return Err(unsupported(op, a, b)),
            }))
        }
        _ => {
            let (p, q) = (to_f64(&x)?, to_f64(&y)?);
            float_op(op, p, q, a, b)
        }
    }
}

/// CPython's complex division (`_Py_c_quot`).
fn complex_div(a: Complex64, b: Complex64) -> Complex64 {
    let (abs_breal, abs_bimag) = (b.re.abs(), b.im.abs());
    if abs_breal >= abs_bimag {
        let ratio = b.im / b.re;
        let denom = b.re + b.im * ratio;
        Complex64::new((a.re + a.im * ratio) / denom, (a.im - a.re * ratio) / denom)
    } else if abs_bimag >= abs_breal {
        let ratio = b.re / b.im;
        let denom = b.re * ratio + b.im;
        Complex64::new((a.re * ratio + a.im) / denom, (a.im * ratio - a.re) / denom)
    } else {
        Complex64::new(f64::NAN, f64::NAN)
    }
}

fn float_op(op: BinOp, p: f64, q: f64, a: &Value, b: &Value) -> Result<Value> {
    let r = match op {
        BinOp::Add => p + q,
        BinOp::Sub => p - q,
        BinOp::Mul => p * q,
        BinOp::Div => {
            if q == 0.0 {
                return Err(Error::zero_division("float division by zero"));
            }
            p / q
        }
        BinOp::FloorDiv => {
            if q == 0.0 {
                return Err(Error::zero_division("float floor division by zero"));
            }
            float_divmod(p, q).0
        }
        BinOp::Mod => {
            if q == 0.0 {
                return Err(Error::zero_division("float modulo"));
            }
            float_divmod(p, q).1
        }
        BinOp::Pow => {
            if p == 0.0 && q < 0.0 {
                return Err(Error::zero_division(
                    "0.0 cannot be raised to a negative power",
                ));
            }
            if p < 0.0 && q.fract() != 0.0 && q.is_finite() {
                return Ok(Value::Complex(complex_pow(
                    Complex64::new(p, 0.0),
                    Complex64::new(q, 0.0),
                )?));
            }
            let r = p.powf(q);
            if r.is_infinite() && p.is_finite() && q.is_finite() {
                return Err(Error::overflow_error(
                    "(34, 'Numerical result out of range')",
                ));
            }
            r
        }
        _ => return Err(unsupported(op, a, b)),
    };
    Ok(Value::Float(r))
}

fn int_op(op: BinOp, i: &BigInt, j: &BigInt, a: &Value, b: &Value) -> Result<Value> {
    Ok(match op {
        BinOp::Add => Value::Int(i + j),
        BinOp::Sub => Value::Int(i - j),
        BinOp::Mul => Value::Int(i * j),
        BinOp::Div => {
            if j.is_zero() {
                return Err(Error::zero_division("division by zero"));
            }
            Value::Float(int_true_div(i, j)?)
        }
        BinOp::FloorDiv => {
            if j.is_zero() {
                return Err(Error::zero_division("integer division or modulo by zero"));
            }
            Value::Int(int_floordiv(i, j))
        }
        BinOp::Mod => {
            if j.is_zero() {
                return Err(Error::zero_division("integer modulo by zero"));
            }
            Value::Int(int_mod(i, j))
        }
        BinOp::Pow => {
            if j.is_negative() {
                if i.is_zero() {
                    return Err(Error::zero_division(
                        "0.0 cannot be raised to a negative power",
                    ));
                }
                return float_op(BinOp::Pow, int_to_f64(i)?, int_to_f64(j)?, a, b);
            }
            let e = j
                .to_u32()
                .filter(|&e| (e as u64) * i.bits() <= 1 << 26)
                .ok_or_else(|| Error::new(Exc::MemoryError, ""))?;
            Value::Int(num_traits::pow::Pow::pow(i, e))
        }
        BinOp::BitAnd => Value::Int(i & j),
        BinOp::BitOr => Value::Int(i | j),
        BinOp::BitXor => Value::Int(i ^ j),
        BinOp::LShift | BinOp::RShift => {
            if j.is_negative() {
                return Err(Error::value_error("negative shift count"));
            }
            let n = j.to_usize().unwrap_or(usize::MAX);
            if op == BinOp::RShift {
                if n > i.bits() as usize {
                    Value::Int(if i.is_negative() {
                        BigInt::from(-1)
                    } else {
                        BigInt::zero()
                    })
                } else {
                    Value::Int(i >> n)
                }
            } else {
                if n > 1 << 26 {
                    return Err(Error::overflow_error("too many digits in integer"));
                }
                Value::Int(i << n)
            }
        }
        BinOp::MatMul => return Err(unsupported(op, a, b)),
    })
}

/// Correctly rounded int / int, as CPython computes it.
pub(super) fn int_true_div(i: &BigInt, j: &BigInt) -> Result<f64> {
    if let (Some(x), Some(y)) = (i.to_i64(), j.to_i64())
        && x.unsigned_abs() < (1 << 53)
        && y.unsigned_abs() < (1 << 53)
    {
        return Ok(x as f64 / y as f64);
    }
    // Scale so the quotient has 55+ significant bits, then round once.
    let neg = i.is_negative() != j.is_negative();
    let (n, d) = (i.abs(), j.abs());
    let shift = 55i64 - (n.bits() as i64 - d.bits() as i64);
    let (num, den) = if shift > 0 {
        (n << shift as usize, d)
    } else {
        (n, d << (-shift) as usize)
    };
    use num_integer::Integer;
    let (q, r) = num.div_rem(&den);
    let q = if r.is_zero() {
        q
    } else {
        (q << 1usize) | BigInt::from(1)
    };
    let extra = if r.is_zero() { 0 } else { 1 };
    let mag = q.to_f64().unwrap_or(f64::INFINITY) * 2f64.powi(-(shift as i32) - extra);
    if mag.is_infinite() {
        return Err(Error::overflow_error(
            "integer division result too large for a float",
        ));
    }
    Ok(if neg { -mag } else { mag })
}

fn sequence(op: BinOp, a: &Value, b: &Value) -> Result<Value> {
    match (op, a, b) {
        (BinOp::Add, Value::Str(x), Value::Str(y)) => Ok(Value::str(&format!("{x}{y}"))),
        (BinOp::Add, Value::Str(_), _) => Err(Error::type_error(format!(
            "can only concatenate str (not \"{}\") to str",
            b.type_name()
        ))),
        (BinOp::Add, Value::List(x), Value::List(y)) => {
            let mut v = x.borrow().clone();
            v.extend(y.borrow().iter().cloned());
            // list_concat allocates exactly the items.
            Ok(Value::List(std::rc::Rc::new(
                super::listobj::List::new(v).allocated_as(super::listobj::Alloc::Exact),
            )))
        }
        (BinOp::Add, Value::List(_), _) => Err(Error::type_error(format!(
            "can only concatenate list (not \"{}\") to list",
            b.type_name()
        ))),
        (BinOp::Add, Value::Tuple(x), Value::Tuple(y)) => {
            Ok(Value::tuple(x.iter().chain(y.iter()).cloned().collect()))
        }
        (BinOp::Add, Value::Tuple(_), _) => Err(Error::type_error(format!(
            "can only concatenate tuple (not \"{}\") to tuple",
            b.type_name()
        ))),
        (BinOp::BitOr, Value::Dict(x), Value::Dict(y)) => {
            let mut d = x.borrow().clone();
            for (k, v) in y.borrow().entries() {
                d.insert(k.clone(), v.clone())?;
            }
            Ok(super::dict::value(d))
        }
        (_, Value::Set(_) | Value::DictView(..), Value::Set(_) | Value::DictView(..))
            if let Some(r) = super::pyset::binary(op, a, b) =>
        {
            r
        }
        (BinOp::Mul, Value::Str(_) | Value::List(_) | Value::Tuple(_), _) => repeat(a, b),
        (BinOp::Mul, _, Value::Str(_) | Value::List(_) | Value::Tuple(_)) => repeat(b, a),
        _ => Err(unsupported(op, a, b)),
    }
}

/// Whether `a * b` is a str, list or tuple times a NumPy scalar: the scalar
/// defers (`NotImplemented`), so Python repeats the sequence.
pub fn scalar_repeats(op: BinOp, a: &Value, b: &Value) -> bool {
    let seq = |v: &Value| matches!(v, Value::Str(_) | Value::List(_) | Value::Tuple(_));
    op == BinOp::Mul
        && ((seq(a) && matches!(b, Value::Scalar(_))) || (matches!(a, Value::Scalar(_)) && seq(b)))
}

fn repeat(seq: &Value, n: &Value) -> Result<Value> {
    let too_big = || {
        Error::overflow_error(format!(
            "cannot fit '{}' into an index-sized integer",
            n.type_name()
        ))
    };
    let count = match n {
        Value::Bool(b) => *b as i64,
        // A count beyond Py_ssize_t cannot even be read, as in CPython.
        Value::Int(i) => i.to_i64().ok_or_else(too_big)?,
        // A NumPy integer is read by its `__index__` (NumPy's bool has none).
        Value::Scalar(s) if s.dtype().is_integer() => s
            .int_value()
            .and_then(|v| i64::try_from(v).ok())
            .ok_or_else(too_big)?,
        _ => {
            return Err(Error::type_error(format!(
                "can't multiply sequence by non-int of type '{}'",
                n.type_name()
            )));
        }
    }
    .max(0) as usize;
    match seq {
        Value::Str(s) => {
            count
                .checked_mul(s.len())
                .filter(|&n| n < 1 << 31)
                .ok_or_else(|| Error::new(Exc::MemoryError, ""))?;
            Ok(Value::str(&s.repeat(count)))
        }
        Value::List(items) => Ok(Value::List(std::rc::Rc::new(items.repeated(count)?))),
        Value::Tuple(items) => Ok(Value::tuple(super::alloc::repeated(items, count)?)),
        _ => unreachable!("repeat is only called with a sequence"),
    }
}

/// Python equality for built-in values (NumPy values are compared by the caller).
pub fn equal(a: &Value, b: &Value) -> bool {
    try_equal(a, b).unwrap_or(false)
}

/// Python's `==` between two values as a truth value; an item whose `==`
/// gives an array of several elements raises, as in CPython's list compare.
pub fn try_equal(a: &Value, b: &Value) -> Result<bool> {
    // CPython takes an object as equal to itself inside containers, which
    // also ends the comparison of a list that holds itself.
    if matches!(a, Value::List(_) | Value::Dict(_) | Value::Deque(_)) && super::identical(a, b) {
        return Ok(true);
    }
    if matches!(a, Value::NamedTuple(..)) || matches!(b, Value::NamedTuple(..)) {
        return try_equal(&a.plain(), &b.plain());
    }
    if let (Value::Flags(x), Value::Flags(y)) = (a, b) {
        return Ok(super::memory::equal(x, y));
    }
    if let (Value::Alias(x), Value::Alias(y)) = (a, b) {
        return Ok(super::typing::equal(x, y));
    }
    // Slices compare as the tuples of their parts.
    if let (Value::Slice(x), Value::Slice(y)) = (a, b) {
        for (p, q) in x.iter().zip(y.iter()) {
            if !try_equal(p, q)? {
                return Ok(false);
            }
        }
        return Ok(true);
    }
    // A dtype equals what names it: `o.dtype == object`, `== 'O'`.
    if let (Value::ObjDType, other) | (other, Value::ObjDType) = (a, b) {
        return Ok(super::objarray::is_object_dtype(other));
    }
    // A NumPy scalar or array met inside a list, tuple or dict key compares
    // as NumPy compares it, so `[2] == [np.int64(2)]` holds as in Python.
    if matches!(a, Value::Scalar(_) | Value::Array(_))
        || matches!(b, Value::Scalar(_) | Value::Array(_))
    {
        if let (Value::Array(_), Value::Array(_)) = (a, b)
            && super::identical(a, b)
        {
            // CPython's list compare takes identical items as equal.
            return Ok(true);
        }
        return super::numpy::compare(crate::syntax::ast::CmpOp::Eq, a, b)
            .and_then(|v| super::numpy::truthy(&v));
    }
    // Fraction.__eq__ leaves a Decimal to Decimal.__eq__, which compares
    // exactly.
    if let Some(eq) = super::decimal::equal(a, b) {
        return eq;
    }
    if let Some(eq) = super::pydatetime::equal(a, b) {
        return Ok(eq);
    }
    if let Some(eq) = super::fractions::equal(a, b) {
        return Ok(eq);
    }
    if let (Some(x), Some(y)) = (as_num(a), as_num(b)) {
        return Ok(match (x, y) {
            (Num::Int(i), Num::Int(j)) => i == j,
            // CPython compares an int and a float exactly, not through a
            // rounded float: 2**64 - 1 != 2.0**64.
            (Num::Int(i), Num::Float(f)) | (Num::Float(f), Num::Int(i)) => {
                f.is_finite()
                    && f.fract() == 0.0
                    && <num_bigint::BigInt as num_traits::FromPrimitive>::from_f64(f) == Some(i)
            }
            (x, y) => match (to_c64(&x), to_c64(&y)) {
                (Ok(p), Ok(q)) => p == q,
                _ => false,
            },
        });
    }
    if matches!(
        a,
        Value::List(_) | Value::Tuple(_) | Value::Dict(_) | Value::Deque(_)
    ) {
        return super::reentry::comparison(|| containers_equal(a, b));
    }
    containers_equal(a, b)
}

/// `==` for the values left after numbers and NumPy values: containers item
/// by item, then the other kinds.
fn containers_equal(a: &Value, b: &Value) -> Result<bool> {
    let all = |x: &[Value], y: &[Value]| -> Result<bool> {
        if x.len() != y.len() {
            return Ok(false);
        }
        for (p, q) in x.iter().zip(y) {
            if !try_equal(p, q)? {
                return Ok(false);
            }
        }
        Ok(true)
    };
    Ok(match (a, b) {
        (Value::None, Value::None) | (Value::Ellipsis, Value::Ellipsis) => true,
        (Value::Str(x), Value::Str(y)) => x == y,
        // Packed lists of one kind compare as they are, without unpacking.
        (Value::List(x), Value::List(y)) => match x.packed_eq(y) {
            Some(same) => same,
            None => all(&x.borrow(), &y.borrow())?,
        },
        (Value::Tuple(x), Value::Tuple(y)) => all(x, y)?,
        (Value::Range(x), Value::Range(y)) => x.iter().eq(y.iter()),
        (Value::Dict(x), Value::Dict(y)) => {
            super::dict::equal(&x.borrow(), &y.borrow(), try_equal)?
        }
        (Value::Set(x), Value::Set(y)) => super::pyset::equal(&x.borrow(), &y.borrow()),
        (Value::Deque(x), Value::Deque(y)) => {
            let (x, y) = (x.borrow(), y.borrow());
            x.items.len() == y.items.len()
                && (x.items.iter().zip(&y.items))
                    .find_map(|(p, q)| match try_equal(p, q) {
                        Ok(true) => None,
                        other => Some(other),
                    })
                    .unwrap_or(Ok(true))?
        }
        // A dtype equals whatever np.dtype() turns into it (`a.dtype ==
        // np.float64`, `== 'f8'`, `== float`, even `== None`, NumPy's default
        // float64); what np.dtype() refuses is simply unequal.
        (Value::DType(x), other) | (other, Value::DType(x)) => match other {
            Value::None => *x == crate::array::DType::Float64,
            _ => matches!(super::convert::to_dtype(other), Ok(Some(y)) if *x == y),
        },
        // `<U5` equals its spellings 'U5', '<U5' and '=U5'.
        (Value::StrDType(x), other) | (other, Value::StrDType(x)) => match other {
            Value::StrDType(y) => x == y,
            Value::Str(s) => {
                let code = s.trim_start_matches(['<', '=', '|']);
                code.strip_prefix('U').and_then(|n| n.parse::<usize>().ok()) == Some(*x)
            }
            _ => false,
        },
        (Value::Type(x), Value::Type(y)) => x == y,
        (Value::Module(x), Value::Module(y)) => x == y,
        (Value::Function(x), Value::Function(y)) => std::ptr::eq(*x, *y),
        // Masked arrays compare element-wise elsewhere.
        (Value::Masked(_), _) | (_, Value::Masked(_)) => false,
        // Python's default `==` is identity (functions, iterators, generators).
        _ => super::identical(a, b),
    })
}

/// `<`, `<=`, `>`, `>=` on Python values.
pub fn order(op: CmpOp, a: &Value, b: &Value) -> Result<bool> {
    if matches!(a, Value::NamedTuple(..)) || matches!(b, Value::NamedTuple(..)) {
        return order(op, &a.plain(), &b.plain());
    }
    use std::cmp::Ordering;
    let ord: Option<Ordering> = match (as_num(a), as_num(b)) {
        _ if let Some(ord) = super::fractions::ordering(a, b) => match ord {
            Some(o) => Some(o),
            None => return Ok(false),
        },
        _ if let Some(ord) = super::decimal::ordering(a, b) => Some(ord?),
        _ if let Some(ord) = super::pydatetime::ordering(a, b) => Some(ord?),
        (Some(Num::Int(i)), Some(Num::Int(j))) => Some(i.cmp(&j)),
        (Some(x), Some(y)) if !matches!(x, Num::Complex(_)) && !matches!(y, Num::Complex(_)) => {
            let p = match &x {
                Num::Int(i) => i
                    .to_f64()
                    .unwrap_or(f64::INFINITY * i.signum().to_f64().unwrap_or(1.0)),
                _ => to_f64(&x)?,
            };
            let q = match &y {
                Num::Int(i) => i
                    .to_f64()
                    .unwrap_or(f64::INFINITY * i.signum().to_f64().unwrap_or(1.0)),
                _ => to_f64(&y)?,
            };
            match p.partial_cmp(&q) {
                Some(o) => Some(o),
                None => return Ok(false),
            }
        }
        _ => match (a, b) {
            (Value::Str(x), Value::Str(y)) => Some(x.cmp(y)),
            (Value::List(x), Value::List(y)) => return seq_cmp(op, &x.borrow(), &y.borrow()),
            (Value::Tuple(x), Value::Tuple(y)) => {
                return seq_cmp(op, x, y);
            }
            // slice_richcompare: as the tuples of their parts.
            (Value::Slice(x), Value::Slice(y)) => return seq_cmp(op, &x[..], &y[..]),
            (Value::Set(x), Value::Set(y)) => {
                return Ok(super::pyset::order(op, &x.borrow(), &y.borrow()));
            }
            _ => None,
        },
    };
    let Some(ord) = ord else {
        return Err(Error::type_error(format!(
            "'{}' not supported between instances of '{}' and '{}'",
            op.symbol(),
            a.type_name(),
            b.type_name()
        )));
    };
    Ok(match op {
        CmpOp::Lt => ord.is_lt(),
        CmpOp::Le => ord.is_le(),
        CmpOp::Gt => ord.is_gt(),
        CmpOp::Ge => ord.is_ge(),
        _ => unreachable!("order() takes only ordering operators"),
    })
}

/// Lexicographic comparison: the first unequal pair decides, else lengths.
fn seq_cmp(op: CmpOp, x: &[Value], y: &[Value]) -> Result<bool> {
    match seq_cmp_value(op, x, y)? {
        Value::Bool(b) => Ok(b),
        v => super::numpy::truthy(&v),
    }
}

/// `<`, `<=`, `>`, `>=` as Python answers them: a list or tuple comparison
/// returns what its deciding item comparison returned, so
/// `[np.int8(1)] >= [2]` is `np.False_`.
pub fn order_value(op: CmpOp, a: &Value, b: &Value) -> Result<Value> {
    match (a, b) {
        (Value::List(x), Value::List(y)) => seq_cmp_value(op, &x.borrow(), &y.borrow()),
        (Value::Tuple(x), Value::Tuple(y)) => seq_cmp_value(op, x, y),
        (Value::Slice(x), Value::Slice(y)) => seq_cmp_value(op, &x[..], &y[..]),
        _ => Ok(Value::Bool(order(op, a, b)?)),
    }
}

fn seq_cmp_value(op: CmpOp, x: &[Value], y: &[Value]) -> Result<Value> {
    super::reentry::comparison(|| seq_cmp_items(op, x, y))
}

fn seq_cmp_items(op: CmpOp, x: &[Value], y: &[Value]) -> Result<Value> {
    use super::numpy;
    for (p, q) in x.iter().zip(y) {
        if numpy::is_numpy(p) || numpy::is_numpy(q) {
            // NumPy items compare as NumPy compares them (`(v % 3, v)` sort
            // keys); an array item's truth raises as in Python.
            if !numpy::truthy(&numpy::compare(CmpOp::Eq, p, q)?)? {
                return numpy::compare(op, p, q);
            }
            continue;
        }
        // CPython's first unequal pair, an error in its `==` included.
        if !try_equal(p, q)? {
            return order_value(op, p, q);
        }
    }
    let (n, m) = (x.len(), y.len());
    Ok(Value::Bool(op.holds(&n, &m)))
}

pub fn truthy(v: &Value) -> Result<bool> {
    Ok(match v {
        Value::None => false,
        Value::Bool(b) => *b,
        Value::ReFlag(f) => *f != 0,
        Value::Int(i) => !i.is_zero(),
        Value::Float(f) => *f != 0.0,
        Value::Complex(c) => c.re != 0.0 || c.im != 0.0,
        Value::Fraction(f) => super::fractions::truthy(f),
        // poly1d has no __bool__: its __len__, the order, decides.
        Value::Poly1d(p) => p.order() != 0,
        Value::Decimal(d) => super::decimal::truthy(d),
        Value::PyTime(t) => super::pydatetime::truthy(t),
        Value::Str(s) => !s.is_empty(),
        Value::List(l) => !l.borrow().is_empty(),
        Value::Tuple(t) | Value::NamedTuple(_, t) => !t.is_empty(),
        Value::Dict(d) => !d.borrow().is_empty(),
        Value::DictView(d, _) => !d.borrow().is_empty(),
        Value::Set(s) => !s.borrow().is_empty(),
        Value::Deque(d) => !d.borrow().items.is_empty(),
        Value::Range(r) => !r.is_empty(),
        _ => true,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn f(v: Value) -> f64 {
        match v {
            Value::Float(f) => f,
            other => panic!("not a float: {other:?}"),
        }
    }

    #[test]
    fn floor_semantics_match_python() {
        // From CPython 3.11: -7//2 == -4, -7%3 == 2, 7%-3 == -2, -7.5//2 == -4.0
        let i = |n: i64| Value::int(n);
        assert!(equal(
            &binary(BinOp::FloorDiv, &i(-7), &i(2)).unwrap(),
            &i(-4)
        ));
        assert!(equal(&binary(BinOp::Mod, &i(-7), &i(3)).unwrap(), &i(2)));
        assert!(equal(&binary(BinOp::Mod, &i(7), &i(-3)).unwrap(), &i(-2)));
        assert_eq!(
            f(binary(BinOp::FloorDiv, &Value::Float(-7.5), &i(2)).unwrap()),
            -4.0
        );
    }

    #[test]
    fn division_errors_match_python() {
        let i = |n: i64| Value::int(n);
        let msg = |r: Result<Value>| r.unwrap_err().message;
        assert_eq!(
            msg(binary(BinOp::FloorDiv, &i(1), &i(0))),
            "integer division or modulo by zero"
        );
        assert_eq!(
            msg(binary(BinOp::Mod, &i(1), &i(0))),
            "integer modulo by zero"
        );
        assert_eq!(msg(binary(BinOp::Div, &i(1), &i(0))), "division by zero");
        assert_eq!(
            msg(binary(BinOp::Div, &Value::Float(1.0), &i(0))),
            "float division by zero"
        );
        assert_eq!(
            msg(binary(BinOp::Mod, &Value::Float(1.0), &i(0))),
            "float modulo"
        );
    }

    #[test]
    fn big_int_true_division_rounds_once() {
        let big = Value::Int(BigInt::from(10).pow(30u32));
        assert_eq!(
            f(binary(BinOp::Div, &big, &Value::int(3)).unwrap()),
            3.333333333333333e29
        );
    }
}
