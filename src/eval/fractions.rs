//! Python's `fractions.Fraction` as CPython 3.11 has it (Lib/fractions.py):
//! exact rationals in lowest terms, mixed with ints exactly and with floats
//! through float, hashed as the rational number they are (so
//! `Fraction(1, 2)` and `0.5` are one dict key). `statistics` sums with the
//! same type.

use super::table::{Args, FnDef, Owner, method, p};
use super::value::Value;
use super::{Interp, pyops};
use crate::error::{Error, Exc, Result};
use crate::syntax::ast::BinOp;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};
use std::cmp::Ordering;
use std::rc::Rc;

/// An exact fraction n/d, d > 0, in lowest terms.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Frac {
    pub n: BigInt,
    pub d: BigInt,
}

impl Frac {
    /// n/d reduced, the sign on n (d must not be zero).
    pub fn new(n: BigInt, d: BigInt) -> Frac {
        let g = n.gcd(&d);
        let (mut n, mut d) = if g.is_zero() {
            (n, d)
        } else {
            (n / &g, d / &g)
        };
        if d.is_negative() {
            n = -n;
            d = -d;
        }
        Frac { n, d }
    }
    pub fn int(n: BigInt) -> Frac {
        Frac {
            n,
            d: BigInt::one(),
        }
    }
    pub fn add(&self, o: &Frac) -> Frac {
        Frac::new(&self.n * &o.d + &o.n * &self.d, &self.d * &o.d)
    }
    pub fn sub(&self, o: &Frac) -> Frac {
        Frac::new(&self.n * &o.d - &o.n * &self.d, &self.d * &o.d)
    }
    pub fn mul(&self, o: &Frac) -> Frac {
        Frac::new(&self.n * &o.n, &self.d * &o.d)
    }
    pub fn div_int(&self, k: usize) -> Frac {
        Frac::new(self.n.clone(), &self.d * BigInt::from(k))
    }
    /// `float(self)`: the correctly rounded quotient.
    pub fn to_f64(&self) -> Result<f64> {
        pyops::int_true_div(&self.n, &self.d)
    }
    fn cmp(&self, o: &Frac) -> Ordering {
        (&self.n * &o.d).cmp(&(&o.n * &self.d))
    }
    fn floor(&self) -> BigInt {
        self.n.div_floor(&self.d)
    }
    /// `__trunc__` (also `__int__`): toward zero.
    fn trunc(&self) -> BigInt {
        if self.n.is_negative() {
            -((-&self.n).div_floor(&self.d))
        } else {
            self.floor()
        }
    }
    /// `__round__()`: to the nearest int, half to even.
    fn round(&self) -> BigInt {
        let (floor, rem) = self.n.div_mod_floor(&self.d);
        let twice: BigInt = rem * 2;
        match twice.cmp(&self.d) {
            Ordering::Less => floor,
            Ordering::Greater => floor + 1,
            Ordering::Equal if floor.is_even() => floor,
            Ordering::Equal => floor + 1,
        }
    }
}

/// A finite float exactly, as `float.as_integer_ratio` (reduced by Frac::new).
pub fn float_ratio(x: f64) -> (BigInt, BigInt) {
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let mut mant = BigInt::from(bits & ((1u64 << 52) - 1));
    if exp != 0 {
        mant += BigInt::one() << 52usize;
    }
    if x.is_sign_negative() {
        mant = -mant;
    }
    let e = if exp == 0 { -1074 } else { exp - 1075 };
    if e >= 0 {
        (mant << e as usize, BigInt::one())
    } else {
        (mant, BigInt::one() << (-e) as usize)
    }
}

/// `Fraction.from_float`'s check and conversion: ValueError for a NaN,
/// OverflowError for an infinity, as `float.as_integer_ratio` raises.
fn from_float(x: f64) -> Result<Frac> {
    if x.is_nan() {
        return Err(Error::value_error("cannot convert NaN to integer ratio"));
    }
    if x.is_infinite() {
        return Err(Error::overflow_error(
            "cannot convert Infinity to integer ratio",
        ));
    }
    let (n, d) = float_ratio(x);
    Ok(Frac::new(n, d))
}

fn value(f: Frac) -> Value {
    Value::Fraction(Rc::new(f))
}

/// The value as a rational (`numbers.Rational`: int, bool, Fraction).
fn rational(v: &Value) -> Option<Frac> {
    match v {
        Value::Fraction(f) => Some((**f).clone()),
        Value::Int(i) => Some(Frac::int(i.clone())),
        Value::Bool(b) => Some(Frac::int(BigInt::from(*b as u8))),
        _ => None,
    }
}

fn zero_division(n: &BigInt) -> Error {
    Error::zero_division(format!("Fraction({n}, 0)"))
}

/// `Fraction(numerator=0, denominator=None)`.
fn construct(_: &mut Interp, args: &Args) -> Result<Value> {
    let num = args.get("numerator");
    let den = args.get("denominator");
    if let Value::None = den {
        return Ok(value(match &num {
            Value::Float(x) => from_float(*x)?,
            Value::Str(s) => parse(s)?,
            // np.float64 is a float; NumPy registers its integers as Integral.
            Value::Scalar(crate::array::Scalar::Float64(x)) => from_float(*x)?,
            Value::Scalar(s) if s.dtype().is_integer() => {
                match super::numpy::to_python_int(&num)? {
                    Value::Int(i) => Frac::int(i),
                    _ => unreachable!("to_python_int gives an int"),
                }
            }
            v => rational(v).ok_or_else(|| {
                Error::type_error("argument should be a string or a Rational instance")
            })?,
        }));
    }
    let (Some(p), Some(q)) = (rational(&num), rational(&den)) else {
        return Err(Error::type_error(
            "both arguments should be Rational instances",
        ));
    };
    let (n, d) = (&p.n * &q.d, &q.n * &p.d);
    if d.is_zero() {
        return Err(zero_division(&n));
    }
    Ok(value(Frac::new(n, d)))
}

/// `_RATIONAL_FORMAT`'s `\d+(_\d+)*`: the digits (underscores dropped) and
/// the rest, or None without a leading digit.
fn digits(s: &str) -> Option<(String, &str)> {
    let mut out = String::new();
    let mut rest = s;
    loop {
        let run: String = rest
            .chars()
            .take_while(|&c| super::strings::decimal_value(c).is_some())
            .collect();
        if run.is_empty() {
            return (!out.is_empty()).then_some((out, rest));
        }
        rest = &rest[run.len()..];
        out.extend(
            run.chars()
                .map(|c| char::from(b'0' + super::strings::decimal_value(c).unwrap_or(0))),
        );
        match rest.strip_prefix('_') {
            Some(after) if after.chars().next().is_some_and(|c| c.is_numeric()) => rest = after,
            _ => return Some((out, rest)),
        }
    }
}

/// The optional `E[-+]digits` tail and the blanks up to the end.
fn exponent_then_end(s: &str) -> Option<Option<String>> {
    let (exp, rest) = match s.strip_prefix(['e', 'E']) {
        Some(after) => {
            let (sign, after) = match after.strip_prefix(['-', '+']) {
                Some(a) => (&after[..1], a),
                None => ("", after),
            };
            let (d, rest) = digits(after)?;
            (Some(format!("{sign}{d}")), rest)
        }
        None => (None, s),
    };
    rest.trim_start().is_empty().then_some(exp)
}

/// `Fraction(str)`: CPython 3.11's `_RATIONAL_FORMAT`, then the exact value.
fn parse(text: &str) -> Result<Frac> {
    let invalid = || {
        Error::value_error(format!(
            "Invalid literal for Fraction: {}",
            super::repr(&Value::str(text), &Default::default())
        ))
    };
    let s = text.trim_start();
    let (negative, s) = match s.strip_prefix(['-', '+']) {
        Some(rest) => (s.starts_with('-'), rest),
        None => (false, s),
    };
    let starts_digit = |t: &str| t.chars().next().is_some_and(|c| c.is_numeric());
    if !(starts_digit(s) || s.strip_prefix('.').is_some_and(starts_digit)) {
        return Err(invalid());
    }
    let (num, s) = digits(s).unwrap_or_default_rest(s);
    let mut n: BigInt = if num.is_empty() {
        BigInt::zero()
    } else {
        num.parse().map_err(|_| invalid())?
    };
    let mut d = BigInt::one();
    if let Some(after) = s.strip_prefix('/') {
        let (den, rest) = digits(after).ok_or_else(invalid)?;
        if !rest.trim_start().is_empty() {
            return Err(invalid());
        }
        d = den.parse().map_err(|_| invalid())?;
    } else {
        // The fractional part is `d*|\d+(_\d+)*` in 3.11 (a typo for \d*):
        // letters d first, which then fail in int().
        let (decimal, exp) = match s.strip_prefix('.') {
            None => (String::new(), exponent_then_end(s).ok_or_else(invalid)?),
            Some(after) => {
                let ds: String = after
                    .chars()
                    .take_while(|c| matches!(c, 'd' | 'D'))
                    .collect();
                match exponent_then_end(&after[ds.len()..]) {
                    Some(exp) => (ds, exp),
                    None => {
                        let (dec, rest) = digits(after).ok_or_else(invalid)?;
                        (dec, exponent_then_end(rest).ok_or_else(invalid)?)
                    }
                }
            }
        };
        if !decimal.is_empty() {
            let frac: BigInt = decimal.parse().map_err(|_| {
                Error::value_error(format!(
                    "invalid literal for int() with base 10: '{decimal}'"
                ))
            })?;
            let scale = num_traits::pow(BigInt::from(10), decimal.len());
            n = n * &scale + frac;
            d *= scale;
        }
        if let Some(exp) = exp {
            let e: i64 = exp.parse().map_err(|_| {
                Error::value_error("Exceeds the limit (4300 digits) for integer string conversion")
            })?;
            let p = num_traits::pow(BigInt::from(10), e.unsigned_abs() as usize);
            if e >= 0 {
                n *= p;
            } else {
                d *= p;
            }
        }
    }
    if negative {
        n = -n;
    }
    if d.is_zero() {
        return Err(zero_division(&n));
    }
    Ok(Frac::new(n, d))
}

trait OrRest<'a> {
    fn unwrap_or_default_rest(self, s: &'a str) -> (String, &'a str);
}

impl<'a> OrRest<'a> for Option<(String, &'a str)> {
    /// The numerator may be empty (`.5`): then nothing is taken.
    fn unwrap_or_default_rest(self, s: &'a str) -> (String, &'a str) {
        self.unwrap_or((String::new(), s))
    }
}

/// Whether a binary operation involves a Fraction (then `binary` answers).
pub fn involved(a: &Value, b: &Value) -> bool {
    matches!(a, Value::Fraction(_)) || matches!(b, Value::Fraction(_))
}

/// The float of a Fraction, int or float operand.
fn as_float(v: &Value) -> Result<Value> {
    match v {
        Value::Fraction(f) => Ok(Value::Float(f.to_f64()?)),
        other => super::builtins::to_float(other),
    }
}

/// `a op b` with a Fraction on one side: `_operator_fallbacks` — exact with
/// ints and Fractions, through float with a float, through complex with a
/// complex; anything else is unsupported (NotImplemented both ways).
pub fn binary(op: BinOp, a: &Value, b: &Value) -> Result<Value> {
    if op == BinOp::Pow {
        return power(a, b);
    }
    let exact = matches!(
        op,
        BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::Div | BinOp::FloorDiv | BinOp::Mod
    );
    if let (true, Some(x), Some(y)) = (exact, rational(a), rational(b)) {
        return exact_op(op, &x, &y);
    }
    let other = if matches!(a, Value::Fraction(_)) {
        b
    } else {
        a
    };
    match other {
        Value::Float(_) if exact => pyops::binary(op, &as_float(a)?, &as_float(b)?),
        Value::Complex(_) if exact => pyops::binary(op, &as_complex(a)?, &as_complex(b)?),
        _ if super::numpy::is_numpy(other) => Err(mixed_with_numpy(other)),
        _ => Err(pyops::unsupported(op, a, b)),
    }
}

fn as_complex(v: &Value) -> Result<Value> {
    match v {
        Value::Complex(_) => Ok(v.clone()),
        other => match as_float(other)? {
            Value::Float(f) => Ok(Value::Complex(num_complex::Complex64::new(f, 0.0))),
            v => Ok(v),
        },
    }
}

fn mixed_with_numpy(v: &Value) -> Error {
    Error::type_error(format!(
        "npcalc does not support arithmetic between a Fraction and a NumPy '{}' (use an object array or .item())",
        v.type_name()
    ))
}

fn exact_op(op: BinOp, a: &Frac, b: &Frac) -> Result<Value> {
    let int_zero = |msg: &str| Error::zero_division(msg.to_string());
    Ok(match op {
        BinOp::Add => value(a.add(b)),
        BinOp::Sub => value(a.sub(b)),
        BinOp::Mul => value(a.mul(b)),
        BinOp::Div => {
            if b.n.is_zero() {
                // `_div` reduces na by gcd(na, 0) = |na| before building
                // Fraction(n, 0), so the message shows only n's sign.
                return Err(zero_division(&a.n.signum()));
            }
            value(Frac::new(&a.n * &b.d, &a.d * &b.n))
        }
        BinOp::FloorDiv => {
            if b.n.is_zero() {
                return Err(int_zero("integer division or modulo by zero"));
            }
            Value::Int((&a.n * &b.d).div_floor(&(&a.d * &b.n)))
        }
        BinOp::Mod => {
            if b.n.is_zero() {
                return Err(int_zero("integer modulo by zero"));
            }
            let m = (&a.n * &b.d).mod_floor(&(&b.n * &a.d));
            value(Frac::new(m, &a.d * &b.d))
        }
        _ => unreachable!("exact_op takes + - * / // % only"),
    })
}

/// `__pow__` and `__rpow__`.
fn power(a: &Value, b: &Value) -> Result<Value> {
    match (a, b) {
        (Value::Fraction(x), _) => match rational(b) {
            Some(e) if e.d.is_one() => {
                let Some(k) =
                    e.n.abs().to_usize().filter(|k| {
                        (*k as u64).saturating_mul(x.n.bits().max(x.d.bits())) <= 1 << 26
                    })
                else {
                    return Err(Error::new(Exc::MemoryError, ""));
                };
                let (n, d) = (
                    num_traits::pow(x.n.clone(), k),
                    num_traits::pow(x.d.clone(), k),
                );
                if !e.n.is_negative() {
                    Ok(value(Frac { n, d }))
                } else if n.is_zero() {
                    Err(zero_division(&d))
                } else {
                    Ok(value(Frac::new(d, n)))
                }
            }
            Some(_) => pyops::binary(BinOp::Pow, &as_float(a)?, &as_float(b)?),
            None => match b {
                Value::Float(_) | Value::Complex(_) => pyops::binary(BinOp::Pow, &as_float(a)?, b),
                _ if super::numpy::is_numpy(b) => Err(mixed_with_numpy(b)),
                _ => Err(pyops::unsupported(BinOp::Pow, a, b)),
            },
        },
        (_, Value::Fraction(y)) => {
            if y.d.is_one() && !y.n.is_negative() {
                return super::pyops::binary(BinOp::Pow, a, &Value::Int(y.n.clone()));
            }
            if rational(a).is_some() {
                return power(&value(rational(a).expect("rational")), b);
            }
            match a {
                Value::Float(_) | Value::Complex(_) if y.d.is_one() => {
                    pyops::binary(BinOp::Pow, a, &Value::Int(y.n.clone()))
                }
                Value::Float(_) | Value::Complex(_) => pyops::binary(BinOp::Pow, a, &as_float(b)?),
                _ if super::numpy::is_numpy(a) => Err(mixed_with_numpy(a)),
                _ => Err(pyops::unsupported(BinOp::Pow, a, b)),
            }
        }
        _ => unreachable!("power takes a Fraction"),
    }
}

/// `-f`, `+f`.
pub fn negate(f: &Frac) -> Value {
    value(Frac {
        n: -&f.n,
        d: f.d.clone(),
    })
}

/// `abs(f)`.
pub fn abs(f: &Frac) -> Value {
    value(Frac {
        n: f.n.abs(),
        d: f.d.clone(),
    })
}

/// `==` with a Fraction on either side; None when neither is one.
/// A NaN or infinite float equals no Fraction; a complex with zero
/// imaginary part compares as its real part.
pub fn equal(a: &Value, b: &Value) -> Option<bool> {
    let (f, other) = match (a, b) {
        (Value::Fraction(f), o) | (o, Value::Fraction(f)) => (f, o),
        _ => return None,
    };
    Some(match other {
        Value::Complex(c) if c.im == 0.0 => float_equal(f, c.re),
        Value::Float(x) => float_equal(f, *x),
        v => rational(v).is_some_and(|r| r == **f),
    })
}

fn float_equal(f: &Frac, x: f64) -> bool {
    x.is_finite() && from_float(x).is_ok_and(|r| r == *f)
}

/// `<` and friends with a Fraction on either side (`_richcmp`): Some(None)
/// for a NaN (every comparison false); None when no Fraction is involved
/// or the other side is neither rational nor a float.
pub fn ordering(a: &Value, b: &Value) -> Option<Option<Ordering>> {
    if !involved(a, b) {
        return None;
    }
    let side = |v: &Value| -> Option<std::result::Result<Frac, f64>> {
        match v {
            Value::Float(x) if !x.is_finite() => Some(Err(*x)),
            Value::Float(x) => from_float(*x).ok().map(Ok),
            v => rational(v).map(Ok),
        }
    };
    let (x, y) = (side(a)?, side(b)?);
    Some(match (x, y) {
        (Ok(p), Ok(q)) => Some(p.cmp(&q)),
        // An infinity or NaN compares as if the Fraction were 0.0.
        (Err(p), Ok(_)) => p.partial_cmp(&0.0),
        (Ok(_), Err(q)) => 0.0f64.partial_cmp(&q),
        (Err(p), Err(q)) => p.partial_cmp(&q),
    })
}

/// `hash(f)`: the hash of the rational number n/d modulo 2**61 - 1, which
/// an int or float of equal value shares.
pub fn hash(f: &Frac) -> i64 {
    let modulus = BigInt::from(super::hash::MODULUS);
    let h = match f.d.modinv(&modulus) {
        // d a multiple of the modulus has no inverse: sys.hash_info.inf.
        None => 314_159,
        Some(dinv) => {
            let h = BigInt::from(super::hash::int_hash(&f.n.abs()));
            super::hash::int_hash(&(h * dinv))
        }
    };
    let r = if f.n.is_negative() { -h } else { h };
    if r == -1 { -2 } else { r }
}

/// The float equal to f, if one is (then f is that float as a dict key).
pub fn as_float_exactly(f: &Frac) -> Option<f64> {
    let x = f.to_f64().ok()?;
    float_equal(f, x).then_some(x)
}

/// `repr(f)`: `Fraction(1, 2)`.
pub fn repr(f: &Frac) -> String {
    format!("Fraction({}, {})", f.n, f.d)
}

/// `str(f)`: `1/2`, or the integer alone when d is 1.
pub fn str(f: &Frac) -> String {
    if f.d.is_one() {
        f.n.to_string()
    } else {
        format!("{}/{}", f.n, f.d)
    }
}

/// `float(f)`.
pub fn to_float(f: &Frac) -> Result<Value> {
    Ok(Value::Float(f.to_f64()?))
}

/// `int(f)`, `math.trunc(f)`.
pub fn to_int(f: &Frac) -> Value {
    Value::Int(f.trunc())
}

/// `math.floor(f)` and `math.ceil(f)`.
pub fn floor_ceil(f: &Frac, ceil: bool) -> Value {
    Value::Int(if ceil {
        -((-&f.n).div_floor(&f.d))
    } else {
        f.floor()
    })
}

/// `round(f)` and `round(f, ndigits)`.
pub fn round(f: &Frac, ndigits: &Value) -> Result<Value> {
    let nd = match ndigits {
        Value::None => return Ok(Value::Int(f.round())),
        Value::Int(i) => i.clone(),
        Value::Bool(b) => BigInt::from(*b as u8),
        // A float ndigits makes the shift a float: the positive branch then
        // builds Fraction(int, float), the other rounds through floats.
        Value::Float(x) if *x > 0.0 => {
            return Err(Error::type_error(
                "both arguments should be Rational instances",
            ));
        }
        Value::Float(x) => {
            let shift = 10f64.powf(x.abs());
            let q = pyops::binary(BinOp::Div, &Value::Float(f.to_f64()?), &Value::Float(shift))?;
            let k = match q {
                Value::Float(q) => super::builtins::to_int(&Value::Float(q.round_ties_even()))?,
                other => other,
            };
            let product = pyops::binary(BinOp::Mul, &k, &Value::Float(shift))?;
            let Value::Float(p) = product else {
                unreachable!("int * float is a float")
            };
            return Ok(value(from_float(p)?));
        }
        other => {
            return Err(Error::type_error(format!(
                "bad operand type for abs(): '{}'",
                other.type_name()
            )));
        }
    };
    let k = nd
        .abs()
        .to_usize()
        .filter(|k| *k <= 1 << 20)
        .ok_or_else(|| Error::new(Exc::MemoryError, ""))?;
    let shift = num_traits::pow(BigInt::from(10), k);
    Ok(value(if nd.is_positive() {
        Frac::new(f.mul(&Frac::int(shift.clone())).round(), shift)
    } else {
        let scaled = Frac::new(f.n.clone(), &f.d * &shift).round();
        Frac::int(scaled * shift)
    }))
}

/// A Fraction's truth: a nonzero numerator.
pub fn truthy(f: &Frac) -> bool {
    !f.n.is_zero()
}

fn this(args: &Args) -> Frac {
    match args.this() {
        Value::Fraction(f) => (**f).clone(),
        _ => Frac::int(BigInt::zero()),
    }
}

/// `f.numerator`, `f.denominator`, `f.real`, `f.imag`.
pub fn attribute(f: &Frac, name: &str) -> Option<Value> {
    Some(match name {
        "numerator" => Value::Int(f.n.clone()),
        "denominator" => Value::Int(f.d.clone()),
        "real" => value(f.clone()),
        "imag" => Value::int(0),
        _ => return None,
    })
}

pub const ATTRIBUTES: &[&str] = &["denominator", "imag", "numerator", "real"];

/// `limit_denominator`: the closest fraction with a denominator at most
/// max_denominator, from the continued fraction's convergents.
fn limit_denominator(_: &mut Interp, args: &Args) -> Result<Value> {
    let f = this(args);
    let max = match args.get("max_denominator") {
        Value::Int(i) => i,
        Value::Bool(b) => BigInt::from(b as u8),
        other => {
            return Err(Error::type_error(format!(
                "'<' not supported between instances of '{}' and 'int'",
                other.type_name()
            )));
        }
    };
    if max < BigInt::one() {
        return Err(Error::value_error("max_denominator should be at least 1"));
    }
    if f.d <= max {
        return Ok(value(f));
    }
    let (mut p0, mut q0, mut p1, mut q1) =
        (BigInt::zero(), BigInt::one(), BigInt::one(), BigInt::zero());
    let (mut n, mut d) = (f.n.clone(), f.d.clone());
    loop {
        let a = n.div_floor(&d);
        let q2 = &q0 + &a * &q1;
        if q2 > max {
            break;
        }
        let p2 = &p0 + &a * &p1;
        (p0, q0, p1, q1) = (p1, q1, p2, q2);
        let r = &n - &a * &d;
        (n, d) = (d, r);
    }
    let k = (&max - &q0).div_floor(&q1);
    let bound1 = Frac::new(&p0 + &k * &p1, &q0 + &k * &q1);
    let bound2 = Frac::new(p1, q1);
    let dist = |b: &Frac| {
        let diff = b.sub(&f);
        Frac {
            n: diff.n.abs(),
            d: diff.d,
        }
    };
    Ok(value(
        if dist(&bound2).cmp(&dist(&bound1)) != Ordering::Greater {
            bound2
        } else {
            bound1
        },
    ))
}

pub static FRACTION_METHODS: &[FnDef] = &[
    method!(
        "limit_denominator",
        [p!(Normal "max_denominator" = "1000000", "The largest denominator allowed.")],
        "The closest Fraction whose denominator is at most max_denominator.",
        limit_denominator
    ),
    method!(
        "as_integer_ratio",
        [],
        "The pair (numerator, denominator).",
        |_, a| {
            let f = this(a);
            Ok(Value::tuple(vec![Value::Int(f.n), Value::Int(f.d)]))
        }
    ),
    method!(
        "conjugate",
        [],
        "The Fraction itself (it is real).",
        |_, a| { Ok(value(this(a))) }
    ),
];

/// Whether `f` is `fractions.Fraction`, the class npcalc keeps as its
/// constructor (for `isinstance`).
pub fn is_class(f: &FnDef) -> bool {
    std::ptr::eq(f, &FRACTIONS[0])
}

pub static FRACTIONS: &[FnDef] = &[FnDef {
    name: "Fraction",
    owner: Owner::Numpy,
    error_name: None,
    params: &[
        p!(Normal "numerator" = "0", "An int, Fraction, float or text such as '3/4' or '1.25'."),
        p!(Normal "denominator" = "None", "An int or Fraction to divide by."),
    ],
    doc: "An exact rational number, in lowest terms with a positive denominator.",
    examples: &["Fraction(1, 3) + Fraction(1, 6)", "Fraction('0.1')"],
    imp: construct,
}];
