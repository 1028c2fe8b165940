//! Python's `statistics` means and spreads as CPython 3.11 computes them
//! (Lib/statistics.py): the data summed exactly as fractions (`_sum`,
//! `_ss`), divided once, and converted to the data's type (`_convert`), so
//! floats come out bit for bit; `stdev` takes the correctly rounded square
//! root of the exact fraction (`_float_sqrt_of_frac`).

use super::table::{Args, FnDef, Owner, p};
use super::{Interp, Value};
use crate::array::Scalar;
use crate::error::{Error, Exc, Result};
use crate::syntax::ast::{BinOp, CmpOp};
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, Zero};

/// An exact fraction n/d, d > 0, in lowest terms.
#[derive(Clone, Debug)]
struct Frac {
    n: BigInt,
    d: BigInt,
}

impl Frac {
    fn new(n: BigInt, d: BigInt) -> Frac {
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
    fn int(n: BigInt) -> Frac {
        Frac {
            n,
            d: BigInt::one(),
        }
    }
    fn add(&self, o: &Frac) -> Frac {
        Frac::new(&self.n * &o.d + &o.n * &self.d, &self.d * &o.d)
    }
    fn sub(&self, o: &Frac) -> Frac {
        Frac::new(&self.n * &o.d - &o.n * &self.d, &self.d * &o.d)
    }
    fn mul(&self, o: &Frac) -> Frac {
        Frac::new(&self.n * &o.n, &self.d * &o.d)
    }
    fn div_int(&self, k: usize) -> Frac {
        Frac::new(self.n.clone(), &self.d * BigInt::from(k))
    }
    fn to_f64(&self) -> Result<f64> {
        super::pyops::int_true_div(&self.n, &self.d)
    }
}

/// A sum as `_sum` leaves it: exact, or the float of the non-finite items.
enum Total {
    Exact(Frac),
    NonFinite(f64),
}

/// The type `_sum` and `_ss` carry for `_convert` (`_coerce` over the data's
/// types): NumPy's float64 subclasses float and wins over it; int and bool
/// give way to either — so `_coerce` is the later of the two in this order.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Kind {
    Int,
    Float,
    NpFloat64,
}

impl Kind {
    fn of(v: &Value) -> Kind {
        match v {
            Value::Float(_) => Kind::Float,
            Value::Scalar(Scalar::Float64(_)) => Kind::NpFloat64,
            _ => Kind::Int,
        }
    }
}

/// A float's value, Python's or NumPy's float64 (a float subclass).
fn float_of(v: &Value) -> Option<f64> {
    match v {
        Value::Float(f) | Value::Scalar(Scalar::Float64(f)) => Some(*f),
        _ => None,
    }
}

/// `_exact_ratio`: (n, d) of an int or finite float; None for inf and nan.
fn exact_ratio(v: &Value) -> Result<Option<(BigInt, BigInt)>> {
    if let Some(f) = float_of(v) {
        return Ok(f.is_finite().then(|| float_ratio(f)));
    }
    Ok(match v {
        Value::Bool(b) => Some((BigInt::from(*b as u8), BigInt::one())),
        Value::Int(i) => Some((i.clone(), BigInt::one())),
        // NumPy's integers keep their own width through `as_integer_ratio`
        // and Fraction (sums wrap, results truncate): not modelled here.
        Value::Scalar(_) | Value::Array(_) => {
            return Err(Error::type_error(format!(
                "statistics in npcalc takes Python ints and floats and NumPy float64, not '{}' (convert with .tolist())",
                v.type_name()
            )));
        }
        other => {
            return Err(Error::type_error(format!(
                "can't convert type '{}' to numerator/denominator",
                other.type_name()
            )));
        }
    })
}

/// A finite float as mantissa / 2**k or mantissa * 2**k (Frac::new reduces it).
fn float_ratio(x: f64) -> (BigInt, BigInt) {
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

/// `_sum`: (the type, the total, the count).
fn sum(data: &[Value]) -> Result<(Kind, Total, usize)> {
    let mut kind = Kind::Int;
    let mut total = Frac::int(BigInt::zero());
    let mut nonfinite: Option<f64> = None;
    for v in data {
        kind = kind.max(Kind::of(v));
        match exact_ratio(v)? {
            Some((n, d)) => total = total.add(&Frac::new(n, d)),
            None => {
                let Some(f) = float_of(v) else { continue };
                nonfinite = Some(nonfinite.unwrap_or(0.0) + f);
            }
        }
    }
    let total = match nonfinite {
        Some(f) => Total::NonFinite(f),
        None => Total::Exact(total),
    };
    Ok((kind, total, data.len()))
}

/// `_ss`: (the type, the sum of squared deviations, the count).
fn ss(it: &mut Interp, data: &[Value], c: &Value) -> Result<(Kind, Total, usize)> {
    if !matches!(c, Value::None) {
        let mut squares = Vec::with_capacity(data.len());
        for x in data {
            let d = it.binary(BinOp::Sub, x, c)?;
            squares.push(it.binary(BinOp::Mul, &d, &d)?);
        }
        return sum(&squares);
    }
    let mut kind = Kind::Int;
    let mut sx = Frac::int(BigInt::zero());
    let mut sxx = Frac::int(BigInt::zero());
    let mut nonfinite: Option<f64> = None;
    for v in data {
        kind = kind.max(Kind::of(v));
        match exact_ratio(v)? {
            Some((n, d)) => {
                sx = sx.add(&Frac::new(n.clone(), d.clone()));
                sxx = sxx.add(&Frac::new(&n * &n, &d * &d));
            }
            None => {
                let Some(f) = float_of(v) else { continue };
                nonfinite = Some(nonfinite.unwrap_or(0.0) + f);
            }
        }
    }
    let n = data.len();
    let total = if n == 0 {
        Total::Exact(Frac::int(BigInt::zero()))
    } else if let Some(f) = nonfinite {
        Total::NonFinite(f)
    } else {
        let count = Frac::int(BigInt::from(n));
        Total::Exact(count.mul(&sxx).sub(&sx.mul(&sx)).div_int(n))
    };
    Ok((kind, total, n))
}

/// `_convert(total / k, T)`.
fn convert(kind: Kind, total: &Total, k: usize) -> Result<Value> {
    let f = match total {
        Total::NonFinite(f) => f / k as f64,
        Total::Exact(t) => {
            let q = t.div_int(k);
            if kind == Kind::Int && q.d.is_one() {
                return Ok(Value::Int(q.n));
            }
            q.to_f64()?
        }
    };
    Ok(match kind {
        Kind::NpFloat64 => Value::Scalar(Scalar::Float64(f)),
        _ => Value::Float(f),
    })
}

fn stats_error(msg: &str) -> Error {
    Error::new(Exc::StatisticsError, msg)
}

fn data(it: &mut Interp, args: &Args) -> Result<Vec<Value>> {
    it.iterate(&args.get("data"))
}

fn mean(it: &mut Interp, args: &Args) -> Result<Value> {
    let data = data(it, args)?;
    let (kind, total, n) = sum(&data)?;
    if n < 1 {
        return Err(stats_error("mean requires at least one data point"));
    }
    convert(kind, &total, n)
}

fn median(it: &mut Interp, args: &Args) -> Result<Value> {
    let mut data = data(it, args)?;
    let mut failed = None;
    data.sort_by(|a, b| {
        if failed.is_some() {
            return std::cmp::Ordering::Equal;
        }
        // sorted() asks only `<`: b < a puts b first.
        let mut less = |x: &Value, y: &Value| {
            let r = it.compare(CmpOp::Lt, x, y)?;
            it.truthy(&r)
        };
        match (less(b, a), less(a, b)) {
            (Ok(true), _) => std::cmp::Ordering::Greater,
            (Ok(false), Ok(true)) => std::cmp::Ordering::Less,
            (Ok(false), Ok(false)) => std::cmp::Ordering::Equal,
            (Err(e), _) | (_, Err(e)) => {
                failed = Some(e);
                std::cmp::Ordering::Equal
            }
        }
    });
    if let Some(e) = failed {
        return Err(e);
    }
    let n = data.len();
    if n == 0 {
        return Err(stats_error("no median for empty data"));
    }
    if n % 2 == 1 {
        return Ok(data[n / 2].clone());
    }
    let s = it.binary(BinOp::Add, &data[n / 2 - 1], &data[n / 2])?;
    it.binary(BinOp::Div, &s, &Value::int(2))
}

fn spread(it: &mut Interp, args: &Args, name: &str, sample: bool, root: bool) -> Result<Value> {
    let data = data(it, args)?;
    let c = args.get(if sample { "xbar" } else { "mu" });
    let (kind, ss, n) = ss(it, &data, &c)?;
    let least = if sample { 2 } else { 1 };
    if n < least {
        let what = if sample {
            "two data points"
        } else {
            "one data point"
        };
        return Err(stats_error(&format!("{name} requires at least {what}")));
    }
    let k = if sample { n - 1 } else { n };
    if !root {
        return convert(kind, &ss, k);
    }
    match ss {
        Total::NonFinite(_) => Err(Error::attribute_error(
            "'float' object has no attribute 'numerator'",
        )),
        Total::Exact(t) => {
            let m = t.div_int(k);
            Ok(Value::Float(float_sqrt_of_frac(&m.n, &m.d)?))
        }
    }
}

fn bit_length(i: &BigInt) -> i64 {
    i.bits() as i64
}

/// `_integer_sqrt_of_frac_rto`: isqrt(n // m), rounded to odd.
fn isqrt_frac_rto(n: &BigInt, m: &BigInt) -> BigInt {
    let a = n.div_floor(m).sqrt();
    let exact = &a * &a * m == *n;
    if exact { a } else { a | BigInt::one() }
}

/// `_float_sqrt_of_frac`: sqrt(n/m) correctly rounded.
fn float_sqrt_of_frac(n: &BigInt, m: &BigInt) -> Result<f64> {
    const WIDTH: i64 = 2 * 53 + 3;
    let q = (bit_length(n) - bit_length(m) - WIDTH).div_euclid(2);
    let (num, den) = if q >= 0 {
        let num = isqrt_frac_rto(n, &(m << (2 * q) as usize)) << q as usize;
        (num, BigInt::one())
    } else {
        let num = isqrt_frac_rto(&(n << (-2 * q) as usize), m);
        (num, BigInt::one() << (-q) as usize)
    };
    super::pyops::int_true_div(&num, &den)
}

fn variance(it: &mut Interp, args: &Args) -> Result<Value> {
    spread(it, args, "variance", true, false)
}
fn pvariance(it: &mut Interp, args: &Args) -> Result<Value> {
    spread(it, args, "pvariance", false, false)
}
fn stdev(it: &mut Interp, args: &Args) -> Result<Value> {
    spread(it, args, "stdev", true, true)
}
fn pstdev(it: &mut Interp, args: &Args) -> Result<Value> {
    spread(it, args, "pstdev", false, true)
}

macro_rules! stat {
    ($name:literal, [$($param:expr),*], $doc:literal, $imp:expr) => {
        FnDef {
            name: $name,
            owner: Owner::PyMethod,
            error_name: None,
            params: &[$($param),*],
            doc: $doc,
            examples: &[],
            imp: $imp,
        }
    };
}

const DATA: crate::eval::table::Param = p!(Normal "data", "The numbers (Python ints and floats).");

pub static STATISTICS: &[FnDef] = &[
    stat!(
        "mean",
        [DATA],
        "The arithmetic mean, summed exactly and rounded once.",
        mean
    ),
    stat!(
        "median",
        [DATA],
        "The middle value (the mean of the two middle values for an even count).",
        median
    ),
    stat!(
        "variance",
        [DATA, p!(Normal "xbar" = "None", "The mean, if known.")],
        "The sample variance (n - 1 degrees of freedom).",
        variance
    ),
    stat!(
        "pvariance",
        [DATA, p!(Normal "mu" = "None", "The mean, if known.")],
        "The population variance.",
        pvariance
    ),
    stat!(
        "stdev",
        [DATA, p!(Normal "xbar" = "None", "The mean, if known.")],
        "The sample standard deviation, correctly rounded.",
        stdev
    ),
    stat!(
        "pstdev",
        [DATA, p!(Normal "mu" = "None", "The mean, if known.")],
        "The population standard deviation, correctly rounded.",
        pstdev
    ),
];

/// The rest of `statistics`, refused by name.
pub const REFUSED: &[&str] = &[
    "fmean",
    "geometric_mean",
    "harmonic_mean",
    "median_low",
    "median_high",
    "median_grouped",
    "mode",
    "multimode",
    "quantiles",
    "covariance",
    "correlation",
    "linear_regression",
    "NormalDist",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn square_root_of_a_fraction_is_correctly_rounded() {
        let two = BigInt::from(2);
        assert_eq!(
            float_sqrt_of_frac(&two, &BigInt::one()).unwrap(),
            2f64.sqrt()
        );
        assert_eq!(
            float_sqrt_of_frac(&BigInt::from(9), &BigInt::from(4)).unwrap(),
            1.5
        );
    }

    #[test]
    fn floats_sum_exactly() {
        let data = [Value::Float(1e16), Value::int(1), Value::Float(-1e16)];
        let (kind, total, n) = sum(&data).unwrap();
        assert!(kind == Kind::Float);
        assert_eq!(n, 3);
        assert!(matches!(convert(kind, &total, 1).unwrap(), Value::Float(f) if f == 1.0));
    }
}
