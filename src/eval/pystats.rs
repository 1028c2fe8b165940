//! Python's `statistics` means and spreads as CPython 3.11 computes them
//! (Lib/statistics.py): the data summed exactly as fractions (`_sum`,
//! `_ss`), divided once, and converted to the data's type (`_convert`), so
//! floats come out bit for bit; `stdev` takes the correctly rounded square
//! root of the exact fraction (`_float_sqrt_of_frac`).

use super::fractions::{Frac, float_ratio};
use super::table::{Args, FnDef, p, python_fn};
use super::{Interp, Value};
use crate::array::{DType, Scalar};
use crate::error::{Error, Exc, Result};
use crate::syntax::ast::{BinOp, CmpOp};
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

/// A sum as `_sum` leaves it: exact, or the float of the non-finite items.
enum Total {
    Exact(Frac),
    NonFinite(f64),
}

/// The type `_sum` and `_ss` carry for `_convert` (`_coerce` over the data's
/// types): NumPy's float64 subclasses float and wins over it; int and bool
/// give way to any type. NumPy's other scalar types (`Np`) subclass none of
/// these, so `_coerce` refuses to mix them with anything but int.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Int,
    Fraction,
    Float,
    NpFloat64,
    Np(DType),
}

impl Kind {
    fn of(v: &Value) -> Kind {
        match v {
            Value::Float(_) => Kind::Float,
            Value::Fraction(_) => Kind::Fraction,
            Value::Scalar(Scalar::Float64(_)) => Kind::NpFloat64,
            Value::Scalar(s) => Kind::Np(s.dtype()),
            _ => Kind::Int,
        }
    }

    /// The position in int < Fraction < float < float64, where each later
    /// type wins over an earlier one.
    fn rank(self) -> u8 {
        match self {
            Kind::Int => 0,
            Kind::Fraction => 1,
            Kind::Float => 2,
            Kind::NpFloat64 | Kind::Np(_) => 3,
        }
    }

    /// The type's `__name__`.
    fn name(self) -> &'static str {
        match self {
            Kind::Int => "int",
            Kind::Fraction => "Fraction",
            Kind::Float => "float",
            Kind::NpFloat64 => "float64",
            Kind::Np(d) => d.name(),
        }
    }

    /// `_coerce(T, S)`. (CPython folds over a set of types, so with two
    /// clashing types its message may name them in either order; npcalc
    /// names them in the order the data shows them.)
    fn coerce(self, s: Kind) -> Result<Kind> {
        match (self, s) {
            _ if self == s => Ok(self),
            (t, Kind::Int) => Ok(t),
            (Kind::Int, s) => Ok(s),
            (Kind::Np(_), _) | (_, Kind::Np(_)) => Err(Error::type_error(format!(
                "don't know how to coerce {} and {}",
                self.name(),
                s.name()
            ))),
            (t, s) => Ok(if s.rank() > t.rank() { s } else { t }),
        }
    }
}

/// Whether an item is a NumPy integer: its `numerator` is itself, so the
/// partial sums of `_sum` and `_ss` add it in NumPy's arithmetic (which wraps).
fn np_integer(v: &Value) -> bool {
    matches!(v, Value::Scalar(s) if s.dtype().is_integer() && s.dtype() != DType::Bool)
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
        Value::Fraction(f) => Some((f.n.clone(), f.d.clone())),
        Value::Scalar(s) if np_integer(v) => {
            Some((super::numpy::scalar_to_bigint(*s), BigInt::one()))
        }
        // float32 and float16 have as_integer_ratio; the non-finite ones raise.
        Value::Scalar(s) if s.dtype().kind() == crate::array::Kind::Float => {
            let Scalar::Float64(f) = crate::array::cast::cast_scalar(*s, DType::Float64) else {
                unreachable!("cast to float64 gives float64")
            };
            f.is_finite().then(|| float_ratio(f))
        }
        other => {
            // `__name__`: NumPy's bool_ is 'bool', its complex128 'complex128'.
            let name = other.type_name();
            return Err(Error::type_error(format!(
                "can't convert type '{}' to numerator/denominator",
                name.rsplit('.').next().unwrap_or(&name)
            )));
        }
    })
}

/// `partials[1]`, the running sum of the numerators over denominator 1, as
/// Python keeps it: exact while it holds Python ints, in NumPy's integer
/// arithmetic (wrapping, with its warning) once a NumPy integer joins.
struct Ones(Value);

impl Ones {
    fn new() -> Ones {
        Ones(Value::int(0))
    }

    fn add(&mut self, it: &mut Interp, n: Value) -> Result<()> {
        self.0 = match (&self.0, &n) {
            (Value::Int(a), Value::Int(b)) => Value::Int(a + b),
            _ => it.binary(BinOp::Add, &self.0, &n)?,
        };
        Ok(())
    }

    /// The sum, and the NumPy integer type holding it (which the Fractions
    /// built from it keep as their numerator's type).
    fn value(&self) -> (BigInt, Option<DType>) {
        match &self.0 {
            Value::Scalar(s) => (super::numpy::scalar_to_bigint(*s), Some(s.dtype())),
            Value::Int(i) => (i.clone(), None),
            _ => unreachable!("a sum of ints"),
        }
    }
}

/// An item's numerator over denominator 1 as Python holds it: a NumPy
/// integer is its own numerator.
fn numerator(v: &Value, n: BigInt) -> Value {
    if np_integer(v) {
        v.clone()
    } else {
        Value::Int(n)
    }
}

/// `reduce(_coerce, types, int)` over the data's types, in data order.
fn coerce_all(data: &[Value]) -> Result<Kind> {
    data.iter()
        .try_fold(Kind::Int, |t, v| t.coerce(Kind::of(v)))
}

/// `_sum`: (the type, the total, the count, the NumPy integer type holding
/// the total's numerator).
fn sum(it: &mut Interp, data: &[Value]) -> Result<(Kind, Total, usize, Option<DType>)> {
    let mut ones = Ones::new();
    let mut rest = Frac::int(BigInt::zero());
    let mut nonfinite: Option<f64> = None;
    for v in data {
        match exact_ratio(v)? {
            Some((n, d)) if d.is_one() => ones.add(it, numerator(v, n))?,
            Some((n, d)) => rest = rest.add(&Frac::new(n, d)),
            None => {
                let Some(f) = float_of(v) else { continue };
                nonfinite = Some(nonfinite.unwrap_or(0.0) + f);
            }
        }
    }
    let kind = coerce_all(data)?;
    let (one, held) = ones.value();
    let total = match nonfinite {
        Some(f) => Total::NonFinite(f),
        None => Total::Exact(rest.add(&Frac::int(one))),
    };
    Ok((kind, total, data.len(), held))
}

/// Refuses where Python's Fraction arithmetic on a NumPy integer numerator
/// would leave the type's range (wrapping, or an OverflowError for a Python
/// int operand), which npcalc's exact arithmetic does not follow.
fn fits(held: Option<DType>, values: &[&BigInt]) -> Result<()> {
    let Some(d) = held else { return Ok(()) };
    let (lo, hi) = d.int_range().expect("an integer type");
    let inside = |v: &BigInt| v.to_i128().is_some_and(|v| lo <= v && v <= hi);
    if values.iter().all(|v| inside(v)) {
        return Ok(());
    }
    Err(Error::type_error(format!(
        "npcalc does not support statistics on NumPy {} data whose exact sums leave the {} range (convert with .tolist())",
        d.name(),
        d.name()
    )))
}

/// `_ss`: (the type, the sum of squared deviations, the count).
fn ss(it: &mut Interp, data: &[Value], c: &Value) -> Result<(Kind, Total, usize, Option<DType>)> {
    if !matches!(c, Value::None) {
        let mut squares = Vec::with_capacity(data.len());
        for x in data {
            let d = it.binary(BinOp::Sub, x, c)?;
            squares.push(it.binary(BinOp::Mul, &d, &d)?);
        }
        return sum(it, &squares);
    }
    let mut sx = Frac::int(BigInt::zero());
    let mut sxx = Frac::int(BigInt::zero());
    let (mut sx1, mut sxx1) = (Ones::new(), Ones::new());
    let mut nonfinite: Option<f64> = None;
    for v in data {
        match exact_ratio(v)? {
            Some((n, d)) if d.is_one() => {
                let n = numerator(v, n);
                let nn = match &n {
                    Value::Int(i) => Value::Int(i * i),
                    _ => it.binary(BinOp::Mul, &n, &n)?,
                };
                sx1.add(it, n)?;
                sxx1.add(it, nn)?;
            }
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
    let kind = coerce_all(data)?;
    let ((s1, held), (ss1, _)) = (sx1.value(), sxx1.value());
    let n = data.len();
    let total = if n == 0 {
        Total::Exact(Frac::int(BigInt::zero()))
    } else if let Some(f) = nonfinite {
        Total::NonFinite(f)
    } else {
        let count = BigInt::from(n);
        // (count * sxx - sx * sx) / count, which Python computes on the
        // NumPy numerator when the data are NumPy integers.
        let (a, b) = (&count * &ss1, &s1 * &s1);
        fits(held, &[&count, &a, &b, &(&a - &b)])?;
        let sx = sx.add(&Frac::int(s1));
        let sxx = sxx.add(&Frac::int(ss1));
        let count = Frac::int(count);
        Total::Exact(count.mul(&sxx).sub(&sx.mul(&sx)).div_int(n))
    };
    Ok((kind, total, n, held))
}

/// `_convert(total / k, T)`; `held` is the NumPy integer type holding the
/// total's numerator. A NumPy type T is no int subclass, so `T(value)` runs
/// even for a fraction: `int(Fraction)` truncates it.
fn convert(kind: Kind, total: &Total, k: usize, held: Option<DType>) -> Result<Value> {
    let f = match total {
        Total::NonFinite(f) => f / k as f64,
        Total::Exact(t) => {
            let q = t.div_int(k);
            if let Kind::Np(d) = kind
                && d.is_integer()
            {
                // The numerator // denominator of Fraction.__int__.
                fits(held, &[&q.d])?;
                let (n, r) = q.n.div_rem(&q.d);
                let _ = r;
                let s = match n.to_i64() {
                    Some(i) => Scalar::Int64(i),
                    None => Scalar::UInt64(n.to_u64().unwrap_or(u64::MAX)),
                };
                return Ok(Value::Scalar(crate::array::cast::cast_scalar(s, d)));
            }
            if kind == Kind::Int && q.d.is_one() {
                return Ok(Value::Int(q.n));
            }
            if kind == Kind::Fraction {
                return Ok(Value::Fraction(std::rc::Rc::new(q)));
            }
            q.to_f64()?
        }
    };
    Ok(match kind {
        Kind::NpFloat64 => Value::Scalar(Scalar::Float64(f)),
        // float32(value) converts through float().
        Kind::Np(d) => Value::Scalar(crate::array::cast::cast_scalar(Scalar::Float64(f), d)),
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
    let (kind, total, n, held) = sum(it, &data)?;
    if n < 1 {
        return Err(stats_error("mean requires at least one data point"));
    }
    convert(kind, &total, n, held)
}

/// `sorted(data)`: only `<` is asked, as CPython's sort does.
fn sorted(it: &mut Interp, mut data: Vec<Value>) -> Result<Vec<Value>> {
    let mut failed = None;
    data.sort_by(|a, b| {
        if failed.is_some() {
            return std::cmp::Ordering::Equal;
        }
        // b < a puts b first.
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
    match failed {
        Some(e) => Err(e),
        None => Ok(data),
    }
}

/// The sorted data, which must not be empty.
fn sorted_for_median(it: &mut Interp, args: &Args) -> Result<Vec<Value>> {
    let data = data(it, args)?;
    let data = sorted(it, data)?;
    if data.is_empty() {
        return Err(stats_error("no median for empty data"));
    }
    Ok(data)
}

fn median(it: &mut Interp, args: &Args) -> Result<Value> {
    let data = sorted_for_median(it, args)?;
    let n = data.len();
    if n % 2 == 1 {
        return Ok(data[n / 2].clone());
    }
    let s = it.binary(BinOp::Add, &data[n / 2 - 1], &data[n / 2])?;
    it.binary(BinOp::Div, &s, &Value::int(2))
}

fn median_low(it: &mut Interp, args: &Args) -> Result<Value> {
    let data = sorted_for_median(it, args)?;
    let n = data.len();
    Ok(data[if n % 2 == 1 { n / 2 } else { n / 2 - 1 }].clone())
}

fn median_high(it: &mut Interp, args: &Args) -> Result<Value> {
    let data = sorted_for_median(it, args)?;
    Ok(data[data.len() / 2].clone())
}

/// The median of grouped continuous data: the 50th percentile interpolated
/// within the middle value's class interval (3.11's formula, in floats).
fn median_grouped(it: &mut Interp, args: &Args) -> Result<Value> {
    let data = sorted_for_median(it, args)?;
    let n = data.len();
    let x = data[n / 2].clone();
    // The first and last positions of x (data is sorted).
    let mut i = 0;
    while i < n && !equal(it, &data[i], &x)? {
        i += 1;
    }
    let mut j = i;
    while j < n && equal(it, &data[j], &x)? {
        j += 1;
    }
    let float = |v: &Value| match super::builtins::to_float(v) {
        Ok(Value::Float(f)) => Ok(f),
        Err(e) if e.class == Exc::ValueError => {
            Err(Error::type_error("Value cannot be converted to a float"))
        }
        Err(e) => Err(e),
        Ok(f) => super::math::real(&f),
    };
    let interval = float(&args.get("interval"))?;
    let x = float(&x)?;
    let lower = x - interval / 2.0;
    let r = lower + interval * (n as f64 / 2.0 - i as f64) / (j - i) as f64;
    Ok(Value::Float(r))
}

fn equal(it: &mut Interp, a: &Value, b: &Value) -> Result<bool> {
    let r = it.compare(CmpOp::Eq, a, b)?;
    it.truthy(&r)
}

/// Each distinct item (first appearance first) and how often it occurs,
/// as `collections.Counter` counts them.
fn counts(it: &mut Interp, data: &[Value]) -> Result<(Vec<Value>, Vec<usize>)> {
    let mut seen = super::dict::PyDict::new();
    let (mut values, mut counts) = (Vec::new(), Vec::new());
    for v in data {
        let _key = super::userkeys::key_in(it, v, |h| seen.user_members(h))?;
        match seen.index_of(v)? {
            Some(i) => counts[i] += 1,
            None => {
                seen.insert(v.clone(), Value::None)?;
                values.push(v.clone());
                counts.push(1);
            }
        }
    }
    Ok((values, counts))
}

fn mode(it: &mut Interp, args: &Args) -> Result<Value> {
    let (values, counts) = {
        let data = data(it, args)?;
        counts(it, &data)?
    };
    // Counter.most_common(1): the first of the most common.
    let Some(max) = counts.iter().max() else {
        return Err(stats_error("no mode for empty data"));
    };
    let first = counts
        .iter()
        .position(|c| c == max)
        .expect("a maximum is a count");
    Ok(values[first].clone())
}

fn multimode(it: &mut Interp, args: &Args) -> Result<Value> {
    let (values, counts) = {
        let data = data(it, args)?;
        counts(it, &data)?
    };
    let max = counts.iter().max().copied().unwrap_or(0);
    let modes = values.into_iter().zip(counts).filter(|(_, c)| *c == max);
    Ok(Value::list(modes.map(|(v, _)| v).collect()))
}

fn fsum(items: &[Value]) -> Result<f64> {
    super::math::fsum_of(items.iter().map(super::math::real))
}

/// `fmean`: fsum of the data over its count (or of data times weights over
/// the weights' fsum), always a float.
fn fmean(it: &mut Interp, args: &Args) -> Result<Value> {
    let data = data(it, args)?;
    let weights = args.get("weights");
    if matches!(weights, Value::None) {
        let total = fsum(&data)?;
        if data.is_empty() {
            return Err(stats_error("fmean requires at least one data point"));
        }
        return Ok(Value::Float(total / data.len() as f64));
    }
    let weights = it.iterate(&weights)?;
    let mut products = Vec::with_capacity(data.len());
    for (x, w) in data.iter().zip(&weights) {
        products.push(it.binary(BinOp::Mul, x, w)?);
    }
    let num = fsum(&products)?;
    if data.len() != weights.len() {
        return Err(stats_error("data and weights must be the same length"));
    }
    let den = fsum(&weights)?;
    if den == 0.0 {
        return Err(stats_error("sum of weights must be non-zero"));
    }
    Ok(Value::Float(num / den))
}

fn geometric_mean(it: &mut Interp, args: &Args) -> Result<Value> {
    let data = data(it, args)?;
    let logs: Result<Vec<f64>> = data
        .iter()
        .map(|v| {
            let x = super::math::real(v)?;
            if x <= 0.0 {
                // math.log's ValueError, which geometric_mean turns into this.
                return Err(stats_error(
                    "geometric mean requires a non-empty dataset containing positive numbers",
                ));
            }
            Ok(x.ln())
        })
        .collect();
    let logs = logs?;
    if logs.is_empty() {
        return Err(stats_error(
            "geometric mean requires a non-empty dataset containing positive numbers",
        ));
    }
    let mean = super::math::fsum_of(logs.into_iter().map(Ok))? / data.len() as f64;
    Ok(Value::Float(mean.exp()))
}

fn harmonic_mean(it: &mut Interp, args: &Args) -> Result<Value> {
    let data = data(it, args)?;
    const NEGATIVE: &str = "harmonic mean does not support negative values";
    let n = data.len();
    if n < 1 {
        return Err(stats_error(
            "harmonic_mean requires at least one data point",
        ));
    }
    let weights = args.get("weights");
    if n == 1 && matches!(weights, Value::None) {
        let x = &data[0];
        if super::pyops::as_num(x).is_none() && !matches!(x, Value::Scalar(_)) {
            return Err(Error::type_error("unsupported type"));
        }
        if negative(it, x)? {
            return Err(stats_error(NEGATIVE));
        }
        return Ok(x.clone());
    }
    let fail_neg = |it: &mut Interp, v: &Value| -> Result<()> {
        if negative(it, v)? {
            return Err(stats_error(NEGATIVE));
        }
        Ok(())
    };
    let (weights, sum_weights) = if matches!(weights, Value::None) {
        let n_total = Total::Exact(Frac::int(BigInt::from(n)));
        (vec![Value::int(1); n], n_total)
    } else {
        let weights = it.iterate(&weights)?;
        if weights.len() != n {
            return Err(stats_error("Number of weights does not match data size"));
        }
        for w in &weights {
            fail_neg(it, w)?;
        }
        let total = sum(it, &weights)?.1;
        (weights, total)
    };
    let mut terms = Vec::with_capacity(n);
    for (w, x) in weights.iter().zip(&data) {
        fail_neg(it, x)?;
        if !it.truthy(w)? {
            terms.push(Value::int(0));
            continue;
        }
        match it.binary(BinOp::Div, w, x) {
            Ok(t) => terms.push(t),
            Err(e) if e.class == Exc::ZeroDivisionError => return Ok(Value::int(0)),
            Err(e) => return Err(e),
        }
    }
    let (kind, total, _, held) = sum(it, &terms)?;
    let q = match (&sum_weights, &total) {
        (Total::Exact(w), Total::Exact(t)) => {
            if !t.n.is_positive() {
                return Err(stats_error("Weighted sum must be positive"));
            }
            Total::Exact(Frac::new(&w.n * &t.d, &w.d * &t.n))
        }
        // An inf or nan makes `_sum`'s total a float, and the division one.
        _ => {
            let t = total_f64(&total)?;
            if t <= 0.0 {
                return Err(stats_error("Weighted sum must be positive"));
            }
            Total::NonFinite(total_f64(&sum_weights)? / t)
        }
    };
    convert(kind, &q, 1, held)
}

fn total_f64(t: &Total) -> Result<f64> {
    match t {
        Total::Exact(f) => f.to_f64(),
        Total::NonFinite(f) => Ok(*f),
    }
}

fn negative(it: &mut Interp, v: &Value) -> Result<bool> {
    let r = it.compare(CmpOp::Lt, v, &Value::int(0))?;
    it.truthy(&r)
}

/// `quantiles(data, n=4, method='exclusive')`: n - 1 cut points,
/// interpolated in the data's own arithmetic.
fn quantiles(it: &mut Interp, args: &Args) -> Result<Value> {
    let n = super::builtins::index(&args.get("n"))?;
    if n < BigInt::one() {
        return Err(stats_error("n must be at least 1"));
    }
    // The answer holds n - 1 cut points.
    let n = n.to_i64().filter(|&n| n <= 10_000_000).ok_or_else(|| {
        Error::overflow_error("quantiles() with n above 10**7 is too large for npcalc")
    })?;
    let data = data(it, args)?;
    let data = sorted(it, data)?;
    let ld = data.len() as i64;
    if ld < 2 {
        return Err(stats_error("must have at least two data points"));
    }
    let method = args.get("method");
    let inclusive = match &method {
        Value::Str(m) if &**m == "inclusive" => true,
        Value::Str(m) if &**m == "exclusive" => false,
        other => {
            let shown = super::classes::repr_of(it, other)?;
            return Err(Error::value_error(format!("Unknown method: {shown}")));
        }
    };
    let mut result = Vec::new();
    for i in 1..n {
        let (lo, delta) = if inclusive {
            let m = ld - 1;
            (i * m / n, i * m % n)
        } else {
            let m = ld + 1;
            let j = (i * m / n).clamp(1, ld - 1);
            (j - 1, i * m - j * n)
        };
        let a = it.binary(BinOp::Mul, &data[lo as usize], &Value::int(n - delta))?;
        let b = it.binary(BinOp::Mul, &data[lo as usize + 1], &Value::int(delta))?;
        let s = it.binary(BinOp::Add, &a, &b)?;
        result.push(it.binary(BinOp::Div, &s, &Value::int(n))?);
    }
    Ok(Value::list(result))
}

/// The two samples of `covariance`/`correlation`/`linear_regression` as
/// floats, checked for equal length (at least two points).
fn paired(it: &mut Interp, args: &Args, what: &str) -> Result<(Vec<f64>, Vec<f64>)> {
    let (x, y) = (args.get("x"), args.get("y"));
    let n = super::builtins::len_of(&x)?;
    if super::builtins::len_of(&y)? != n {
        return Err(stats_error(&format!(
            "{what} requires that both inputs have same number of data points"
        )));
    }
    if n < 2 {
        return Err(stats_error(&format!(
            "{what} requires at least two data points"
        )));
    }
    let mut floats =
        |v: &Value| -> Result<Vec<f64>> { it.iterate(v)?.iter().map(super::math::real).collect() };
    Ok((floats(&x)?, floats(&y)?))
}

/// fsum(x)/n, fsum(y)/n and the fsum of the products of deviations.
fn co_moments(x: &[f64], y: &[f64]) -> Result<(f64, f64, f64)> {
    let n = x.len() as f64;
    let xbar = super::math::fsum_of(x.iter().map(|&v| Ok(v)))? / n;
    let ybar = super::math::fsum_of(y.iter().map(|&v| Ok(v)))? / n;
    let sxy = super::math::fsum_of(x.iter().zip(y).map(|(a, b)| Ok((a - xbar) * (b - ybar))))?;
    Ok((xbar, ybar, sxy))
}

fn deviations_squared(x: &[f64], bar: f64) -> Result<f64> {
    super::math::fsum_of(x.iter().map(|v| Ok((v - bar) * (v - bar))))
}

fn covariance(it: &mut Interp, args: &Args) -> Result<Value> {
    let (x, y) = paired(it, args, "covariance")?;
    let (_, _, sxy) = co_moments(&x, &y)?;
    Ok(Value::Float(sxy / (x.len() - 1) as f64))
}

fn correlation(it: &mut Interp, args: &Args) -> Result<Value> {
    let (x, y) = paired(it, args, "correlation")?;
    let (xbar, ybar, sxy) = co_moments(&x, &y)?;
    let (sxx, syy) = (deviations_squared(&x, xbar)?, deviations_squared(&y, ybar)?);
    let den = (sxx * syy).sqrt();
    if den == 0.0 {
        return Err(stats_error("at least one of the inputs is constant"));
    }
    Ok(Value::Float(sxy / den))
}

static LINEAR_REGRESSION: super::value::NamedKind = super::value::NamedKind {
    qualname: "statistics.LinearRegression",
    fields: &["slope", "intercept"],
};

fn linear_regression(it: &mut Interp, args: &Args) -> Result<Value> {
    let (x, y) = paired(it, args, "linear regression")?;
    let proportional = it.truthy(&args.get("proportional"))?;
    let (xbar, ybar, sxy, sxx) = if proportional {
        let sxy = super::math::fsum_of(x.iter().zip(&y).map(|(a, b)| Ok(a * b)))?;
        let sxx = super::math::fsum_of(x.iter().map(|a| Ok(a * a)))?;
        (0.0, 0.0, sxy, sxx)
    } else {
        let (xbar, ybar, sxy) = co_moments(&x, &y)?;
        (xbar, ybar, sxy, deviations_squared(&x, xbar)?)
    };
    if sxx == 0.0 {
        return Err(stats_error("x is constant"));
    }
    let slope = sxy / sxx;
    let intercept = if proportional {
        0.0
    } else {
        ybar - slope * xbar
    };
    Ok(LINEAR_REGRESSION.make(vec![Value::Float(slope), Value::Float(intercept)]))
}

fn spread(it: &mut Interp, args: &Args, name: &str, sample: bool, root: bool) -> Result<Value> {
    let data = data(it, args)?;
    let c = args.get(if sample { "xbar" } else { "mu" });
    let (kind, ss, n, held) = ss(it, &data, &c)?;
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
        return convert(kind, &ss, k, held);
    }
    // `_float_sqrt_of_frac(mss.numerator, …)` asks the numerator for
    // `bit_length`, which a NumPy integer has not.
    if let Some(d) = held {
        return Err(Error::attribute_error(format!(
            "'numpy.{}' object has no attribute 'bit_length'",
            d.name()
        )));
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

const DATA: crate::eval::table::Param = p!(Normal "data", "The numbers (Python ints and floats).");
const SAMPLE_X: crate::eval::table::Param = p!(PositionalOnly "x", "A sample.");
const SAMPLE_Y: crate::eval::table::Param = p!(PositionalOnly "y", "A sample of the same size.");

pub static STATISTICS: &[FnDef] = &[
    python_fn!(
        "mean",
        [DATA],
        "The arithmetic mean, summed exactly and rounded once.",
        mean
    ),
    python_fn!(
        "median",
        [DATA],
        "The middle value (the mean of the two middle values for an even count).",
        median
    ),
    python_fn!(
        "variance",
        [DATA, p!(Normal "xbar" = "None", "The mean, if known.")],
        "The sample variance (n - 1 degrees of freedom).",
        variance
    ),
    python_fn!(
        "pvariance",
        [DATA, p!(Normal "mu" = "None", "The mean, if known.")],
        "The population variance.",
        pvariance
    ),
    python_fn!(
        "stdev",
        [DATA, p!(Normal "xbar" = "None", "The mean, if known.")],
        "The sample standard deviation, correctly rounded.",
        stdev
    ),
    python_fn!(
        "pstdev",
        [DATA, p!(Normal "mu" = "None", "The mean, if known.")],
        "The population standard deviation, correctly rounded.",
        pstdev
    ),
    python_fn!(
        "median_low",
        [DATA],
        "The smaller of the two middle values for an even count.",
        median_low
    ),
    python_fn!(
        "median_high",
        [DATA],
        "The larger of the two middle values for an even count.",
        median_high
    ),
    python_fn!(
        "median_grouped",
        [
            DATA,
            p!(Normal "interval" = "1", "The width of each class interval.")
        ],
        "The median of grouped continuous data, interpolated in the middle class.",
        median_grouped
    ),
    python_fn!(
        "mode",
        [DATA],
        "The most common value (the first one seen, on ties).",
        mode
    ),
    python_fn!(
        "multimode",
        [DATA],
        "The most common values, in the order first seen.",
        multimode
    ),
    python_fn!(
        "fmean",
        [
            DATA,
            p!(Normal "weights" = "None", "A weight for each value.")
        ],
        "The mean as a float, by math.fsum.",
        fmean
    ),
    python_fn!(
        "geometric_mean",
        [DATA],
        "The geometric mean, as a float.",
        geometric_mean
    ),
    python_fn!(
        "harmonic_mean",
        [
            DATA,
            p!(Normal "weights" = "None", "A weight for each value.")
        ],
        "The harmonic mean: the count over the sum of reciprocals.",
        harmonic_mean
    ),
    python_fn!(
        "quantiles",
        [
            DATA,
            p!(KeywordOnly "n" = "4", "How many intervals."),
            p!(KeywordOnly "method" = "'exclusive'", "'exclusive' or 'inclusive'.")
        ],
        "The n - 1 cut points dividing the data into n intervals of equal probability.",
        quantiles
    ),
    python_fn!(
        "covariance",
        [SAMPLE_X, SAMPLE_Y],
        "The sample covariance of x and y.",
        covariance
    ),
    python_fn!(
        "correlation",
        [SAMPLE_X, SAMPLE_Y],
        "Pearson's correlation coefficient of x and y.",
        correlation
    ),
    python_fn!(
        "linear_regression",
        [
            p!(PositionalOnly "x", "The independent variable."),
            p!(PositionalOnly "y", "The dependent variable."),
            p!(KeywordOnly "proportional" = "False", "Fit a line through the origin.")
        ],
        "The least-squares slope and intercept of y against x.",
        linear_regression
    ),
];

/// The rest of `statistics`, refused by name.
pub const REFUSED: &[&str] = &["NormalDist"];

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
        let mut it = Interp::new(Box::new(std::io::sink()));
        let (kind, total, n, held) = sum(&mut it, &data).unwrap();
        assert!(kind == Kind::Float);
        assert_eq!(n, 3);
        assert!(matches!(convert(kind, &total, 1, held).unwrap(), Value::Float(f) if f == 1.0));
    }
}
