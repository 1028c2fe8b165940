//! Python's `decimal.Decimal` under the default context (28 digits, rounded
//! half to even), ported from CPython 3.11's Lib/_pydecimal.py, which the C
//! `_decimal` matches: a sign, a coefficient and an exponent, or an infinity
//! or NaN. Context changes, traps and the rarer operations are refused.

use super::fractions::{Frac, float_ratio};
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

/// The default context: `prec`, `Emax`, `Emin`.
const PREC: i64 = 28;
const EMAX: i64 = 999_999;
const EMIN: i64 = -999_999;
/// The smallest exponent a (subnormal) result may have.
const ETINY: i64 = EMIN - PREC + 1;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Finite,
    Inf,
    NaN,
    SNaN,
}

/// A Decimal: (-1)**neg * coef * 10**exp when finite; a NaN keeps its
/// payload digits in `coef`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Dec {
    pub neg: bool,
    pub coef: BigInt,
    pub exp: i64,
    pub kind: Kind,
}

/// The rounding modes, named as the module's `ROUND_*` string constants.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Rounding {
    Down,
    HalfUp,
    HalfEven,
    Ceiling,
    Floor,
    Up,
    HalfDown,
    Up05,
}

const ROUNDINGS: [(&str, Rounding); 8] = [
    ("ROUND_DOWN", Rounding::Down),
    ("ROUND_HALF_UP", Rounding::HalfUp),
    ("ROUND_HALF_EVEN", Rounding::HalfEven),
    ("ROUND_CEILING", Rounding::Ceiling),
    ("ROUND_FLOOR", Rounding::Floor),
    ("ROUND_UP", Rounding::Up),
    ("ROUND_HALF_DOWN", Rounding::HalfDown),
    ("ROUND_05UP", Rounding::Up05),
];

/// `decimal.<Signal>: [<class 'decimal.<Condition>'>]`, as the C module's
/// trap reports it.
fn signal(class: Exc, condition: &str) -> Error {
    Error::new(class, format!("[<class 'decimal.{condition}'>]"))
}

fn invalid() -> Error {
    signal(Exc::InvalidOperation, "InvalidOperation")
}

/// Results past the default context's exponent range would raise
/// Overflow or be subnormal: both are outside what npcalc models.
fn out_of_range() -> Error {
    Error::value_error(
        "npcalc does not support Decimal results outside the default context's exponent range",
    )
}

fn pow10(k: i64) -> BigInt {
    num_traits::pow(BigInt::from(10), k as usize)
}

fn ndigits(c: &BigInt) -> i64 {
    if c.is_zero() {
        1
    } else {
        c.to_string().len() as i64
    }
}

impl Dec {
    fn finite(neg: bool, coef: BigInt, exp: i64) -> Dec {
        Dec {
            neg,
            coef,
            exp,
            kind: Kind::Finite,
        }
    }
    fn special(neg: bool, kind: Kind) -> Dec {
        Dec {
            neg,
            coef: BigInt::zero(),
            exp: 0,
            kind,
        }
    }
    pub fn from_int(i: &BigInt) -> Dec {
        Dec::finite(i.is_negative(), i.abs(), 0)
    }
    /// `Decimal.from_float`: the float's exact binary value.
    fn from_float(x: f64) -> Dec {
        let neg = x.is_sign_negative();
        if x.is_nan() {
            return Dec::special(neg, Kind::NaN);
        }
        if x.is_infinite() {
            return Dec::special(neg, Kind::Inf);
        }
        let (n, d) = float_ratio(x.abs());
        let f = Frac::new(n, d);
        // d is 2**k: n/2**k is n*5**k / 10**k.
        let k = f.d.bits() as i64 - 1;
        Dec::finite(neg, f.n * num_traits::pow(BigInt::from(5), k as usize), -k)
    }
    fn is_zero(&self) -> bool {
        self.kind == Kind::Finite && self.coef.is_zero()
    }
    fn is_nan(&self) -> bool {
        matches!(self.kind, Kind::NaN | Kind::SNaN)
    }
    fn adjusted(&self) -> i64 {
        self.exp + ndigits(&self.coef) - 1
    }
    /// The finite value as an exact fraction.
    fn to_frac(&self) -> Frac {
        let c = if self.neg {
            -&self.coef
        } else {
            self.coef.clone()
        };
        if self.exp >= 0 {
            Frac::int(c * pow10(self.exp))
        } else {
            Frac::new(c, pow10(-self.exp))
        }
    }

    /// `_fix`: round to the context precision (half even).
    fn fix(self) -> Result<Dec> {
        if self.kind != Kind::Finite {
            return Ok(self);
        }
        let etop = EMAX - PREC + 1;
        if self.coef.is_zero() {
            let exp = self.exp.clamp(ETINY, EMAX);
            return Ok(Dec::finite(self.neg, self.coef, exp));
        }
        let exp_min = ndigits(&self.coef) + self.exp - PREC;
        if exp_min > etop || exp_min < ETINY {
            return Err(out_of_range());
        }
        if self.exp >= exp_min {
            return Ok(self);
        }
        let d = rescale(&self, exp_min, Rounding::HalfEven);
        if ndigits(&d.coef) > PREC {
            // A carry out of the top digit: one more digit goes.
            let d = Dec::finite(d.neg, d.coef / 10, d.exp + 1);
            if d.exp > etop {
                return Err(out_of_range());
            }
            return Ok(d);
        }
        Ok(d)
    }
}

/// `_rescale`: the finite `d` at exponent `exp`, rounded by `mode`.
fn rescale(d: &Dec, exp: i64, mode: Rounding) -> Dec {
    if d.coef.is_zero() || d.exp >= exp {
        let coef = if d.coef.is_zero() {
            BigInt::zero()
        } else {
            &d.coef * pow10(d.exp - exp)
        };
        return Dec::finite(d.neg, coef, exp);
    }
    let mut k = exp - d.exp;
    let mut coef = d.coef.clone();
    if k > ndigits(&coef) {
        // All digits go: only "nonzero, below half" matters, as `1` one
        // place down says (and 10**k stays small).
        coef = BigInt::one();
        k = 1;
    }
    let unit = pow10(k);
    let (q, r) = coef.div_rem(&unit);
    let twice: BigInt = &r * 2;
    let half = twice.cmp(&unit);
    let away = !r.is_zero();
    let up = match mode {
        Rounding::Down => false,
        Rounding::Up => away,
        Rounding::HalfUp => half != Ordering::Less,
        Rounding::HalfDown => half == Ordering::Greater,
        Rounding::HalfEven => half == Ordering::Greater || (half == Ordering::Equal && q.is_odd()),
        Rounding::Ceiling => away && !d.neg,
        Rounding::Floor => away && d.neg,
        Rounding::Up05 => away && (&q % 5u32).is_zero(),
    };
    Dec::finite(d.neg, if up { q + 1 } else { q }, exp)
}

/// `Decimal(str)`: the specification's numeric-string syntax, blanks
/// around it and underscores between digits allowed.
fn parse(text: &str) -> Result<Dec> {
    let bad = || signal(Exc::InvalidOperation, "ConversionSyntax");
    let s: String = text.trim().chars().filter(|&c| c != '_').collect();
    if text.trim().starts_with('_') || text.trim().ends_with("__") || text.contains("__") {
        return Err(bad());
    }
    let s: String = s
        .chars()
        .map(|c| match super::strings::decimal_value(c) {
            Some(v) if !c.is_ascii() => char::from(b'0' + v),
            _ => c,
        })
        .collect();
    let (neg, body) = match s.strip_prefix(['-', '+']) {
        Some(rest) => (s.starts_with('-'), rest),
        None => (false, s.as_str()),
    };
    let lower = body.to_ascii_lowercase();
    if lower == "inf" || lower == "infinity" {
        return Ok(Dec::special(neg, Kind::Inf));
    }
    for (prefix, kind) in [("snan", Kind::SNaN), ("nan", Kind::NaN)] {
        if let Some(payload) = lower.strip_prefix(prefix) {
            if !payload.bytes().all(|b| b.is_ascii_digit()) {
                return Err(bad());
            }
            let coef = payload.parse().unwrap_or_default();
            return Ok(Dec {
                neg,
                coef,
                exp: 0,
                kind,
            });
        }
    }
    let (mantissa, exponent) = match body.find(['e', 'E']) {
        Some(i) => (&body[..i], Some(&body[i + 1..])),
        None => (body, None),
    };
    let (int, frac) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let all_digits = |t: &str| t.bytes().all(|b| b.is_ascii_digit());
    if (int.is_empty() && frac.is_empty()) || !all_digits(int) || !all_digits(frac) {
        return Err(bad());
    }
    let mut exp: i64 = 0;
    if let Some(e) = exponent {
        let digits = e.strip_prefix(['-', '+']).unwrap_or(e);
        if digits.is_empty() || !all_digits(digits) {
            return Err(bad());
        }
        // An exponent too long for i64 is far outside the context anyway.
        exp = e.parse().map_err(|_| out_of_range())?;
    }
    let coef: BigInt = format!("{int}{frac}").parse().map_err(|_| bad())?;
    let exp = exp
        .checked_sub(frac.len() as i64)
        .ok_or_else(out_of_range)?;
    if exp.abs() > 4 * EMAX {
        return Err(out_of_range());
    }
    Ok(Dec::finite(neg, coef, exp))
}

/// The operand as a Decimal, for operations with a Decimal (ints convert
/// exactly; anything else is not a Decimal operand).
fn operand(v: &Value) -> Option<Dec> {
    match v {
        Value::Decimal(d) => Some((**d).clone()),
        Value::Int(i) => Some(Dec::from_int(i)),
        Value::Bool(b) => Some(Dec::from_int(&BigInt::from(*b as u8))),
        _ => None,
    }
}

fn value(d: Dec) -> Value {
    Value::Decimal(Rc::new(d))
}

/// `Decimal(value='0')`.
fn construct(_: &mut Interp, args: &Args) -> Result<Value> {
    if !matches!(args.get("context"), Value::None) {
        return Err(Error::type_error(
            "npcalc does not support Decimal's context argument",
        ));
    }
    let v = args.get("value");
    Ok(value(match &v {
        Value::Str(s) => parse(s)?,
        Value::Float(x) => Dec::from_float(*x),
        Value::Complex(_) => {
            return Err(Error::type_error(
                "conversion from complex to Decimal is not supported",
            ));
        }
        Value::List(_) | Value::Tuple(_) => {
            return Err(Error::type_error(
                "npcalc does not support Decimal from a (sign, digits, exponent) tuple",
            ));
        }
        other => operand(other).ok_or_else(|| {
            Error::type_error(format!(
                "conversion from {} to Decimal is not supported",
                other.type_name()
            ))
        })?,
    }))
}

/// Whether a binary operation involves a Decimal (then `binary` answers).
pub fn involved(a: &Value, b: &Value) -> bool {
    matches!(a, Value::Decimal(_)) || matches!(b, Value::Decimal(_))
}

/// `a op b` with a Decimal on one side: exact with ints and Decimals,
/// rounded to the context; any other operand is unsupported.
pub fn binary(op: BinOp, a: &Value, b: &Value) -> Result<Value> {
    let (Some(x), Some(y)) = (operand(a), operand(b)) else {
        let other = if matches!(a, Value::Decimal(_)) { b } else { a };
        if super::numpy::is_numpy(other) {
            return Err(Error::type_error(format!(
                "npcalc does not support arithmetic between a Decimal and a NumPy '{}' (use an object array or .item())",
                other.type_name()
            )));
        }
        return Err(pyops::unsupported(op, a, b));
    };
    let r = match op {
        BinOp::Add => add(&x, &y)?,
        BinOp::Sub => add(&x, &negated(&y))?,
        BinOp::Mul => mul(&x, &y)?,
        BinOp::Div => div(&x, &y)?,
        _ => {
            return Err(Error::type_error(format!(
                "npcalc does not support the {} operator on Decimals",
                pyops::operator_name(op, false)
            )));
        }
    };
    Ok(value(r))
}

fn negated(d: &Dec) -> Dec {
    Dec {
        neg: !d.neg,
        ..d.clone()
    }
}

/// NaN operands: a signaling NaN is invalid, a quiet one propagates.
fn nan_result(x: &Dec, y: &Dec) -> Option<Result<Dec>> {
    if x.kind == Kind::SNaN || y.kind == Kind::SNaN {
        return Some(Err(invalid()));
    }
    [x, y]
        .into_iter()
        .find(|d| d.kind == Kind::NaN)
        .map(|d| Ok(d.clone()))
}

/// `__add__` (subtraction adds the negation).
fn add(x: &Dec, y: &Dec) -> Result<Dec> {
    if let Some(r) = nan_result(x, y) {
        return r;
    }
    match (x.kind, y.kind) {
        (Kind::Inf, Kind::Inf) if x.neg != y.neg => return Err(invalid()),
        (Kind::Inf, _) => return Ok(x.clone()),
        (_, Kind::Inf) => return Ok(y.clone()),
        _ => {}
    }
    let exp = x.exp.min(y.exp);
    if x.coef.is_zero() && y.coef.is_zero() {
        return Dec::finite(x.neg && y.neg, BigInt::zero(), exp).fix();
    }
    for (zero, other) in [(x, y), (y, x)] {
        if zero.coef.is_zero() {
            let e = exp.max(other.exp - PREC - 1);
            return rescale(other, e, Rounding::HalfEven).fix();
        }
    }
    // `_normalize`: an operand far below the other's last digit that
    // matters only as a sticky 1.
    let (hi, lo) = if x.exp < y.exp { (y, x) } else { (x, y) };
    let floor = hi.exp + (-1).min(ndigits(&hi.coef) - PREC - 2);
    let lo = if ndigits(&lo.coef) + lo.exp - 1 < floor {
        Dec::finite(lo.neg, BigInt::one(), floor)
    } else {
        lo.clone()
    };
    let signed = |d: &Dec| if d.neg { -&d.coef } else { d.coef.clone() };
    let sum = signed(hi) * pow10(hi.exp - lo.exp) + signed(&lo);
    if sum.is_zero() {
        return Dec::finite(false, sum, exp).fix();
    }
    Dec::finite(sum.is_negative(), sum.abs(), lo.exp).fix()
}

fn mul(x: &Dec, y: &Dec) -> Result<Dec> {
    if let Some(r) = nan_result(x, y) {
        return r;
    }
    let neg = x.neg != y.neg;
    if x.kind == Kind::Inf || y.kind == Kind::Inf {
        if x.is_zero() || y.is_zero() {
            return Err(invalid());
        }
        return Ok(Dec::special(neg, Kind::Inf));
    }
    Dec::finite(neg, &x.coef * &y.coef, x.exp + y.exp).fix()
}

fn div(x: &Dec, y: &Dec) -> Result<Dec> {
    if let Some(r) = nan_result(x, y) {
        return r;
    }
    let neg = x.neg != y.neg;
    match (x.kind, y.kind) {
        (Kind::Inf, Kind::Inf) => return Err(invalid()),
        (Kind::Inf, _) => return Ok(Dec::special(neg, Kind::Inf)),
        // Infinity's reciprocal: zero at the smallest exponent.
        (_, Kind::Inf) => return Dec::finite(neg, BigInt::zero(), ETINY).fix(),
        _ => {}
    }
    if y.coef.is_zero() {
        return Err(if x.coef.is_zero() {
            signal(Exc::InvalidOperation, "DivisionUndefined")
        } else {
            signal(Exc::DivisionByZero, "DivisionByZero")
        });
    }
    if x.coef.is_zero() {
        return Dec::finite(neg, BigInt::zero(), x.exp - y.exp).fix();
    }
    let shift = ndigits(&y.coef) - ndigits(&x.coef) + PREC + 1;
    let mut exp = x.exp - y.exp - shift;
    let (mut coef, rem) = if shift >= 0 {
        (&x.coef * pow10(shift)).div_rem(&y.coef)
    } else {
        x.coef.div_rem(&(&y.coef * pow10(-shift)))
    };
    if !rem.is_zero() {
        // A sticky digit so that rounding sees the inexact tail.
        if (&coef % 5u32).is_zero() {
            coef += 1;
        }
    } else {
        let ideal = x.exp - y.exp;
        while exp < ideal && (&coef % 10u32).is_zero() {
            coef /= 10;
            exp += 1;
        }
    }
    Dec::finite(neg, coef, exp).fix()
}

/// `-d` and `+d` (both round to the context; a zero comes out positive).
pub fn unary(d: &Dec, negate: bool) -> Result<Value> {
    if d.kind == Kind::SNaN {
        return Err(invalid());
    }
    if d.kind == Kind::NaN {
        return Ok(value(d.clone()));
    }
    let neg = if d.is_zero() { false } else { d.neg != negate };
    Ok(value(Dec { neg, ..d.clone() }.fix()?))
}

/// `abs(d)`.
pub fn abs(d: &Dec) -> Result<Value> {
    if d.is_nan() {
        return unary(d, false);
    }
    Ok(value(
        Dec {
            neg: false,
            ..d.clone()
        }
        .fix()?,
    ))
}

/// The other side of a comparison as a Decimal: floats exactly.
fn comparand(v: &Value) -> Option<Dec> {
    match v {
        Value::Float(x) => Some(Dec::from_float(*x)),
        v => operand(v),
    }
}

/// Both sides of a comparison as Decimals, as `_convert_for_comparison`
/// makes them: floats exactly, and against a Fraction n/d, the Decimal
/// times d (exact) compared with n; for `==`, a complex with no imaginary
/// part as its real part.
fn comparands(a: &Value, b: &Value, equality: bool) -> Option<(Dec, Dec)> {
    let scaled = |x: &Dec, f: &Frac| {
        let x = match x.kind {
            Kind::Finite => Dec::finite(x.neg, &x.coef * &f.d, x.exp),
            _ => x.clone(),
        };
        (x, Dec::from_int(&f.n))
    };
    match (a, b) {
        (Value::Decimal(x), Value::Fraction(f)) => Some(scaled(x, f)),
        (Value::Fraction(f), Value::Decimal(x)) => {
            let (x, n) = scaled(x, f);
            Some((n, x))
        }
        (Value::Complex(c), other) | (other, Value::Complex(c)) if equality && c.im == 0.0 => {
            let (x, y) = (Dec::from_float(c.re), comparand(other)?);
            Some(if matches!(a, Value::Complex(_)) {
                (x, y)
            } else {
                (y, x)
            })
        }
        _ => Some((comparand(a)?, comparand(b)?)),
    }
}

/// `_cmp` of two non-NaN Decimals.
fn cmp(x: &Dec, y: &Dec) -> Ordering {
    let rank = |d: &Dec| match (d.kind, d.neg) {
        (Kind::Inf, true) => -1,
        (Kind::Inf, false) => 1,
        _ => 0,
    };
    if rank(x) != 0 || rank(y) != 0 {
        return rank(x).cmp(&rank(y));
    }
    let sign = |d: &Dec| {
        if d.coef.is_zero() {
            0
        } else if d.neg {
            -1
        } else {
            1
        }
    };
    let (sx, sy) = (sign(x), sign(y));
    if sx != sy || sx == 0 {
        return sx.cmp(&sy);
    }
    let magnitude = match x.adjusted().cmp(&y.adjusted()) {
        Ordering::Equal => {
            let e = x.exp.min(y.exp);
            (&x.coef * pow10(x.exp - e)).cmp(&(&y.coef * pow10(y.exp - e)))
        }
        o => o,
    };
    if sx < 0 {
        magnitude.reverse()
    } else {
        magnitude
    }
}

/// `==` with a Decimal on either side; None when neither is one.
pub fn equal(a: &Value, b: &Value) -> Option<Result<bool>> {
    if !involved(a, b) {
        return None;
    }
    let Some((x, y)) = comparands(a, b, true) else {
        return Some(Ok(false));
    };
    if x.kind == Kind::SNaN || y.kind == Kind::SNaN {
        return Some(Err(invalid()));
    }
    Some(Ok(!x.is_nan()
        && !y.is_nan()
        && cmp(&x, &y) == Ordering::Equal))
}

/// `<` and friends with a Decimal on either side; None when no Decimal
/// is involved or the other side is not a number it compares with.
/// A NaN makes the ordering invalid (the default context traps it).
pub fn ordering(a: &Value, b: &Value) -> Option<Result<Ordering>> {
    if !involved(a, b) {
        return None;
    }
    let (x, y) = comparands(a, b, false)?;
    if x.is_nan() || y.is_nan() {
        return Some(Err(invalid()));
    }
    Some(Ok(cmp(&x, &y)))
}

/// `hash(d)`: a finite Decimal hashes as the rational number it is.
pub fn hash(d: &Dec) -> Result<i64> {
    match d.kind {
        Kind::Finite => Ok(super::fractions::hash(&d.to_frac())),
        Kind::Inf if d.neg => Ok(-314_159),
        Kind::Inf => Ok(314_159),
        Kind::SNaN => Err(Error::type_error("Cannot hash a signaling NaN value.")),
        Kind::NaN => Err(Error::type_error(
            "npcalc does not support hashing a Decimal NaN",
        )),
    }
}

/// The float equal to a finite d, if one is (then d is that float as a
/// dict key); otherwise its exact ratio.
pub fn key_ratio(d: &Dec) -> Option<std::result::Result<f64, Frac>> {
    if d.kind != Kind::Finite {
        return None;
    }
    let f = d.to_frac();
    Some(super::fractions::as_float_exactly(&f).ok_or(f))
}

/// `str(d)`: the specification's to-scientific-string.
pub fn str(d: &Dec) -> String {
    let sign = if d.neg { "-" } else { "" };
    let payload = || {
        if d.coef.is_zero() {
            String::new()
        } else {
            d.coef.to_string()
        }
    };
    match d.kind {
        Kind::Inf => return format!("{sign}Infinity"),
        Kind::NaN => return format!("{sign}NaN{}", payload()),
        Kind::SNaN => return format!("{sign}sNaN{}", payload()),
        Kind::Finite => {}
    }
    let digits = d.coef.to_string();
    let n = digits.len() as i64;
    let left = d.exp + n;
    let dot = if d.exp <= 0 && left > -6 { left } else { 1 };
    let (int, frac) = if dot <= 0 {
        (
            "0".to_string(),
            format!(".{}{digits}", "0".repeat(-dot as usize)),
        )
    } else if dot >= n {
        (
            format!("{digits}{}", "0".repeat((dot - n) as usize)),
            String::new(),
        )
    } else {
        (
            digits[..dot as usize].to_string(),
            format!(".{}", &digits[dot as usize..]),
        )
    };
    let exp = if left == dot {
        String::new()
    } else {
        format!("E{:+}", left - dot)
    };
    format!("{sign}{int}{frac}{exp}")
}

/// `repr(d)`: `Decimal('0.1')`.
pub fn repr(d: &Dec) -> String {
    format!("Decimal('{}')", str(d))
}

/// `float(d)`: the correctly rounded float of its decimal string.
pub fn to_float(d: &Dec) -> Result<Value> {
    Ok(Value::Float(match d.kind {
        Kind::SNaN => {
            return Err(Error::value_error("cannot convert signaling NaN to float"));
        }
        Kind::NaN if d.neg => -f64::NAN,
        Kind::NaN => f64::NAN,
        Kind::Inf if d.neg => f64::NEG_INFINITY,
        Kind::Inf => f64::INFINITY,
        Kind::Finite => {
            let digits = d.coef.to_string();
            let x: f64 = format!("{digits}e{}", d.exp).parse().unwrap_or(f64::NAN);
            if d.neg { -x } else { x }
        }
    }))
}

/// `int(d)`: toward zero.
pub fn to_int(d: &Dec) -> Result<Value> {
    match d.kind {
        Kind::NaN | Kind::SNaN => Err(Error::value_error("cannot convert NaN to integer")),
        Kind::Inf => Err(Error::overflow_error("cannot convert Infinity to integer")),
        Kind::Finite => {
            let r = rescale(d, d.exp.max(0), Rounding::Down);
            let i = r.coef * pow10(r.exp);
            Ok(Value::Int(if d.neg { -i } else { i }))
        }
    }
}

/// `round(d)` (an int, half to even) and `round(d, n)` (a Decimal,
/// `quantize` to 10**-n under the context's rounding).
pub fn round(d: &Dec, ndigits: &Value) -> Result<Value> {
    match ndigits {
        Value::None => {
            to_int(d)?;
            let r = rescale(d, 0, Rounding::HalfEven);
            to_int(&r)
        }
        Value::Int(n) => {
            let n = n.to_i64().ok_or_else(invalid)?;
            let exp = Dec::finite(false, BigInt::one(), -n);
            Ok(value(quantize(d, &exp, Rounding::HalfEven)?))
        }
        other => Err(Error::type_error(format!(
            "optional arg must be an integer, not {}",
            other.type_name()
        ))),
    }
}

/// `d.quantize(exp, rounding)`.
fn quantize(d: &Dec, e: &Dec, mode: Rounding) -> Result<Dec> {
    if let Some(r) = nan_result(d, e) {
        return r;
    }
    if d.kind == Kind::Inf || e.kind == Kind::Inf {
        return if d.kind == e.kind {
            Ok(d.clone())
        } else {
            Err(invalid())
        };
    }
    if !(ETINY..=EMAX).contains(&e.exp) {
        return Err(invalid());
    }
    if d.coef.is_zero() {
        return Dec::finite(d.neg, BigInt::zero(), e.exp).fix();
    }
    if d.adjusted() > EMAX || d.adjusted() - e.exp + 1 > PREC {
        return Err(invalid());
    }
    let r = rescale(d, e.exp, mode);
    if r.adjusted() > EMAX || ndigits(&r.coef) > PREC {
        return Err(invalid());
    }
    r.fix()
}

/// A Decimal's truth: nonzero, or special.
pub fn truthy(d: &Dec) -> bool {
    !d.is_zero()
}

fn this(args: &Args) -> Dec {
    match args.this() {
        Value::Decimal(d) => (**d).clone(),
        _ => Dec::from_int(&BigInt::zero()),
    }
}

fn quantize_method(_: &mut Interp, args: &Args) -> Result<Value> {
    if !matches!(args.get("context"), Value::None) {
        return Err(Error::type_error(
            "npcalc does not support quantize's context argument",
        ));
    }
    let exp = args.get("exp");
    let e = operand(&exp).ok_or_else(|| {
        Error::type_error(format!(
            "conversion from {} to Decimal is not supported",
            exp.type_name()
        ))
    })?;
    let mode = match args.get("rounding") {
        Value::None => Rounding::HalfEven,
        Value::Str(s) => ROUNDINGS
            .iter()
            .find(|(name, _)| **name == *s.as_ref())
            .map(|(_, m)| *m)
            .ok_or_else(bad_rounding)?,
        _ => return Err(bad_rounding()),
    };
    Ok(value(quantize(&this(args), &e, mode)?))
}

fn bad_rounding() -> Error {
    Error::type_error(
        "valid values for rounding are:\n  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n   ROUND_05UP]",
    )
}

pub static DECIMAL_METHODS: &[FnDef] = &[method!(
    "quantize",
    [
        p!(Normal "exp", "A Decimal whose exponent the result takes, e.g. Decimal('0.01')."),
        p!(Normal "rounding" = "None", "A ROUND_* constant; the context's ROUND_HALF_EVEN by default."),
        p!(Normal "context" = "None", "Not supported: the default context is used.")
    ],
    "The Decimal rounded to the exponent of exp.",
    quantize_method
)];

/// Decimal's methods npcalc does not have, refused by name.
pub const REFUSED_METHODS: &[&str] = &[
    "sqrt",
    "exp",
    "ln",
    "log10",
    "normalize",
    "to_integral_value",
    "to_integral",
    "as_tuple",
    "as_integer_ratio",
    "fma",
    "compare",
    "max",
    "min",
    "scaleb",
    "logb",
    "adjusted",
    "copy_sign",
];

/// The module-level names besides `Decimal` and the ROUND_* constants that
/// npcalc refuses by name.
pub const REFUSED: &[&str] = &[
    "getcontext",
    "setcontext",
    "localcontext",
    "Context",
    "BasicContext",
    "ExtendedContext",
    "DefaultContext",
];

/// `decimal.ROUND_*`: the strings the module defines.
pub fn constant(name: &str) -> Option<Value> {
    ROUNDINGS
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(n, _)| Value::str(n))
}

pub const CONSTANTS: &[&str] = &[
    "ROUND_DOWN",
    "ROUND_HALF_UP",
    "ROUND_HALF_EVEN",
    "ROUND_CEILING",
    "ROUND_FLOOR",
    "ROUND_UP",
    "ROUND_HALF_DOWN",
    "ROUND_05UP",
];

/// Whether `f` is `decimal.Decimal` (for `isinstance`).
pub fn is_class(f: &FnDef) -> bool {
    std::ptr::eq(f, &DECIMAL[0])
}

pub static DECIMAL: &[FnDef] = &[FnDef {
    name: "Decimal",
    owner: Owner::Numpy,
    error_name: None,
    params: &[
        p!(Normal "value" = "'0'", "An int, float, Decimal or text such as '0.1' or '1E-7'."),
        p!(Normal "context" = "None", "Not supported: the default context is used."),
    ],
    doc: "An exact decimal number; arithmetic rounds to 28 significant digits, half to even.",
    examples: &["Decimal('0.1') + Decimal('0.2')", "Decimal(0.1)"],
    imp: construct,
}];
