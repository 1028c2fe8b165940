//! Python's `math` module: constants and the functions below, each
//! CPython's (the libm call behind it with `math_1`'s error rules, exact
//! `fsum`, integer `factorial`/`comb`/`isqrt`, its own Lanczos gamma and
//! `vector_norm` hypot).

use super::builtins::index;
use super::table::{Args, FnDef, Owner, builtin, p};
use super::value::Value;
use super::{Interp, pyops};
use crate::error::{Error, Result};
use crate::syntax::ast::BinOp;
use num_bigint::BigInt;
use num_traits::{One, Signed, ToPrimitive, Zero};

use crate::array::libm;

/// A one-argument function through CPython's `math_1`: a NaN from a
/// non-NaN is a domain error, an infinity from a finite argument an
/// overflow (`OVERFLOWS`) or a domain error (a pole).
macro_rules! unary {
    ($name:literal, $doc:literal, $f:expr) => {
        unary!($name, $doc, $f, false)
    };
    ($name:literal, $doc:literal, $f:expr, $overflows:expr) => {
        FnDef {
            name: $name,
            owner: Owner::Builtin,
            error_name: None,
            params: &[p!(PositionalOnly "x", "A real number.")],
            doc: $doc,
            examples: &[],
            imp: |_, args| math_1(args, $f, $overflows),
        }
    };
}

/// A logarithm through CPython's `loghelper`, which takes any int.
macro_rules! logarithm {
    ($name:literal, $doc:literal, $f:expr) => {
        builtin!(
            $name,
            [p!(PositionalOnly "x", "A positive number.")],
            $doc,
            [],
            |_, args| loghelper(&args.get("x"), $f).map(Value::Float)
        )
    };
}

/// A two-argument function through CPython's `math_2`.
macro_rules! binary {
    ($name:literal, $a:literal, $b:literal, $doc:literal, $f:expr) => {
        builtin!(
            $name,
            [
                p!(PositionalOnly $a, "A real number."),
                p!(PositionalOnly $b, "A real number.")
            ],
            $doc,
            [],
            |_, args| math_2(args, $a, $b, $f)
        )
    };
}

/// One argument read as an int (`PyNumber_Index`).
macro_rules! integer {
    ($name:literal, $doc:literal, [$($ex:literal),*], $f:expr) => {
        builtin!($name, [p!(PositionalOnly "n", "An int.")], $doc, [$($ex),*], $f)
    };
}

/// A predicate on one float.
macro_rules! test {
    ($name:literal, $doc:literal, $f:expr) => {
        builtin!($name, [p!(PositionalOnly "x", "A real number.")], $doc, [], |_, args| Ok(
            Value::Bool($f(real(&args.get("x"))?))
        ))
    };
}

pub static MATH: &[FnDef] = &[
    unary!("sqrt", "The square root of x.", f64::sqrt),
    unary!("exp", "e raised to the power x.", f64::exp, true),
    unary!("exp2", "2 raised to the power x.", f64::exp2, true),
    unary!(
        "expm1",
        "exp(x) - 1, accurate for small x.",
        f64::exp_m1,
        true
    ),
    logarithm!("log10", "The base-10 logarithm of x.", f64::log10),
    logarithm!("log2", "The base-2 logarithm of x.", f64::log2),
    unary!("log1p", "log(1 + x), accurate for small x.", f64::ln_1p),
    unary!("sin", "The sine of x (radians).", f64::sin),
    unary!("cos", "The cosine of x (radians).", f64::cos),
    unary!("tan", "The tangent of x (radians).", f64::tan),
    unary!("asin", "The arc sine of x, in radians.", f64::asin),
    unary!("acos", "The arc cosine of x, in radians.", f64::acos),
    unary!("atan", "The arc tangent of x, in radians.", f64::atan),
    unary!("sinh", "The hyperbolic sine of x.", f64::sinh, true),
    unary!("cosh", "The hyperbolic cosine of x.", f64::cosh, true),
    unary!("tanh", "The hyperbolic tangent of x.", f64::tanh),
    unary!("asinh", "The inverse hyperbolic sine of x.", |x| {
        libm::asinh(x)
    }),
    unary!("acosh", "The inverse hyperbolic cosine of x.", |x| {
        libm::acosh(x)
    }),
    unary!("atanh", "The inverse hyperbolic tangent of x.", |x| {
        libm::atanh(x)
    }),
    unary!("cbrt", "The cube root of x.", cbrt),
    unary!("fabs", "The absolute value of x as a float.", f64::abs),
    unary!("erf", "The error function at x.", |x| libm::erf(x)),
    unary!(
        "erfc",
        "The complementary error function at x: 1 - erf(x).",
        |x| libm::erfc(x)
    ),
    builtin!(
        "gamma",
        [p!(PositionalOnly "x", "A real number.")],
        "The Gamma function at x.",
        ["math.gamma(5.5)"],
        |_, args| gamma::tgamma(real(&args.get("x"))?).map(Value::Float)
    ),
    builtin!(
        "lgamma",
        [p!(PositionalOnly "x", "A real number.")],
        "The natural logarithm of the absolute value of the Gamma function at x.",
        [],
        |_, args| gamma::lgamma(real(&args.get("x"))?).map(Value::Float)
    ),
    builtin!(
        "degrees",
        [p!(PositionalOnly "x", "An angle in radians.")],
        "x converted from radians to degrees.",
        ["math.degrees(math.pi)"],
        |_, args| Ok(Value::Float(
            180.0 / std::f64::consts::PI * real(&args.get("x"))?
        ))
    ),
    builtin!(
        "radians",
        [p!(PositionalOnly "x", "An angle in degrees.")],
        "x converted from degrees to radians.",
        ["math.radians(180)"],
        |_, args| Ok(Value::Float(
            std::f64::consts::PI / 180.0 * real(&args.get("x"))?
        ))
    ),
    binary!(
        "atan2",
        "y",
        "x",
        "The arc tangent of y/x in radians, in the quadrant of (x, y).",
        atan2
    ),
    binary!(
        "copysign",
        "x",
        "y",
        "The magnitude of x with the sign of y.",
        f64::copysign
    ),
    binary!(
        "remainder",
        "x",
        "y",
        "x - n*y for the multiple n*y of y nearest x (ties to even n).",
        remainder
    ),
    builtin!(
        "fmod",
        [
            p!(PositionalOnly "x", "A real number."),
            p!(PositionalOnly "y", "A real number.")
        ],
        "The C fmod(x, y): the remainder with the sign of x.",
        ["math.fmod(-7, 3)"],
        fmod
    ),
    builtin!(
        "pow",
        [
            p!(PositionalOnly "x", "A real number."),
            p!(PositionalOnly "y", "A real number.")
        ],
        "x raised to the power y, as floats.",
        ["math.pow(2, 10)"],
        pow
    ),
    builtin!(
        "hypot",
        [p!(VarPositional "coordinates", "The point's coordinates.")],
        "The Euclidean distance from the origin to the point.",
        ["math.hypot(3, 4)"],
        hypot
    ),
    builtin!(
        "dist",
        [
            p!(PositionalOnly "p", "A point."),
            p!(PositionalOnly "q", "A point of the same dimension.")
        ],
        "The Euclidean distance between the points p and q.",
        ["math.dist((0, 0), (3, 4))"],
        dist
    ),
    test!("isnan", "Whether x is a NaN.", f64::is_nan),
    test!(
        "isinf",
        "Whether x is a positive or negative infinity.",
        f64::is_infinite
    ),
    test!(
        "isfinite",
        "Whether x is neither an infinity nor a NaN.",
        f64::is_finite
    ),
    builtin!(
        "trunc",
        [p!(PositionalOnly "x", "A real number.")],
        "x with its fraction dropped, as an int.",
        ["math.trunc(-2.5)"],
        trunc
    ),
    builtin!(
        "modf",
        [p!(PositionalOnly "x", "A real number.")],
        "The fractional and integer parts of x, both floats with the sign of x.",
        ["math.modf(2.5)"],
        modf
    ),
    builtin!(
        "frexp",
        [p!(PositionalOnly "x", "A real number.")],
        "(m, e) with x == m * 2**e and 0.5 <= abs(m) < 1.",
        ["math.frexp(8.0)"],
        frexp
    ),
    builtin!(
        "ldexp",
        [
            p!(PositionalOnly "x", "A real number."),
            p!(PositionalOnly "i", "An int.")
        ],
        "x * 2**i.",
        ["math.ldexp(0.5, 4)"],
        ldexp
    ),
    builtin!(
        "nextafter",
        [
            p!(PositionalOnly "x", "A real number."),
            p!(PositionalOnly "y", "A real number.")
        ],
        "The next float after x towards y.",
        ["math.nextafter(1.0, 2.0)"],
        |_, args| Ok(Value::Float(next_after(
            real(&args.get("x"))?,
            real(&args.get("y"))?
        )))
    ),
    builtin!(
        "ulp",
        [p!(PositionalOnly "x", "A real number.")],
        "The value of the least significant bit of x.",
        ["math.ulp(1.0)"],
        |_, args| Ok(Value::Float(ulp(real(&args.get("x"))?)))
    ),
    builtin!(
        "gcd",
        [p!(VarPositional "integers", "Ints.")],
        "The greatest common divisor of the ints (0 for none).",
        ["math.gcd(12, 18)"],
        |_, args| fold_ints(args, BigInt::zero(), |a, b| num_integer::Integer::gcd(
            &a, &b
        ))
    ),
    builtin!(
        "lcm",
        [p!(VarPositional "integers", "Ints.")],
        "The least common multiple of the ints (1 for none).",
        ["math.lcm(4, 6)"],
        |_, args| fold_ints(args, BigInt::one(), |a, b| num_integer::Integer::lcm(
            &a, &b
        ))
    ),
    integer!(
        "isqrt",
        "The integer square root of n: the largest int whose square is <= n.",
        ["math.isqrt(10)"],
        isqrt
    ),
    builtin!(
        "comb",
        [
            p!(PositionalOnly "n", "An int."),
            p!(PositionalOnly "k", "An int.")
        ],
        "The number of ways to choose k items from n, without order.",
        ["math.comb(5, 2)"],
        comb
    ),
    builtin!(
        "perm",
        [
            p!(PositionalOnly "n", "An int."),
            p!(PositionalOnly "k" = "None", "An int (n by default).")
        ],
        "The number of ways to choose k items from n, in order.",
        ["math.perm(5, 2)"],
        perm
    ),
    FnDef {
        name: "log",
        owner: Owner::Builtin,
        error_name: None,
        params: &[
            p!(PositionalOnly "x", "A positive number."),
            p!(PositionalOnly "base" = "<e>", "The base."),
        ],
        doc: "The logarithm of x to the given base (natural by default).",
        examples: &["math.log(100, 10)"],
        imp: log,
    },
    FnDef {
        name: "floor",
        owner: Owner::Builtin,
        error_name: None,
        params: &[p!(PositionalOnly "x", "A real number.")],
        doc: "The largest integer <= x, as an int.",
        examples: &["math.floor(2.5)"],
        imp: |_, args| match args.get("x") {
            Value::Fraction(f) => Ok(super::fractions::floor_ceil(&f, false)),
            _ => to_int(args, f64::floor),
        },
    },
    FnDef {
        name: "ceil",
        owner: Owner::Builtin,
        error_name: None,
        params: &[p!(PositionalOnly "x", "A real number.")],
        doc: "The smallest integer >= x, as an int.",
        examples: &["math.ceil(2.5)"],
        imp: |_, args| match args.get("x") {
            Value::Fraction(f) => Ok(super::fractions::floor_ceil(&f, true)),
            _ => to_int(args, f64::ceil),
        },
    },
    FnDef {
        name: "isclose",
        owner: Owner::Builtin,
        error_name: None,
        params: &[
            p!(PositionalOnly "a", "A number."),
            p!(PositionalOnly "b", "A number."),
            p!(KeywordOnly "rel_tol" = "1e-09", "Relative tolerance."),
            p!(KeywordOnly "abs_tol" = "0.0", "Absolute tolerance."),
        ],
        doc: "Whether a and b are close: |a-b| <= max(rel_tol * max(|a|, |b|), abs_tol).",
        examples: &["math.isclose(0.1 + 0.2, 0.3)"],
        imp: isclose,
    },
    FnDef {
        name: "fsum",
        owner: Owner::Builtin,
        error_name: None,
        params: &[p!(PositionalOnly "seq", "Numbers.")],
        doc: "The exactly rounded sum of the numbers (no drift, unlike sum or cumsum).",
        examples: &["math.fsum([0.1] * 10)"],
        imp: fsum,
    },
    FnDef {
        name: "prod",
        owner: Owner::Builtin,
        error_name: None,
        params: &[
            p!(PositionalOnly "iterable", "Numbers."),
            p!(KeywordOnly "start" = "1", "The value to start from."),
        ],
        doc: "start times the items, multiplied left to right.",
        examples: &["math.prod([1, 2, 3, 4])"],
        imp: prod,
    },
    integer!(
        "factorial",
        "n! as an exact int.",
        ["math.factorial(20)"],
        factorial
    ),
];

/// `math.NAME`: a constant or a function of the table.
pub fn attr(name: &str) -> Option<Value> {
    Some(match name {
        "pi" => Value::Float(std::f64::consts::PI),
        "e" => Value::Float(std::f64::consts::E),
        "tau" => Value::Float(std::f64::consts::TAU),
        "inf" => Value::Float(f64::INFINITY),
        "nan" => Value::Float(f64::NAN),
        _ => return MATH.iter().find(|f| f.name == name).map(Value::Function),
    })
}

pub fn members() -> Vec<&'static str> {
    let mut names: Vec<&str> = MATH.iter().map(|f| f.name).collect();
    names.extend(["pi", "e", "tau", "inf", "nan"]);
    names.sort_unstable();
    names
}

/// A number as `PyFloat_AsDouble` reads it.
pub fn real(v: &Value) -> Result<f64> {
    match pyops::as_num(v) {
        Some(pyops::Num::Int(i)) => {
            use num_traits::ToPrimitive;
            i.to_f64()
                .filter(|f| f.is_finite())
                .ok_or_else(|| Error::overflow_error("int too large to convert to float"))
        }
        Some(pyops::Num::Float(f)) => Ok(f),
        // A Fraction through its `__float__`.
        _ if let Value::Fraction(f) = v => f.to_f64(),
        // NumPy values through their `__float__`: a complex scalar warns and
        // drops its imaginary part, an array must be 0-d and real.
        _ if matches!(v, Value::Scalar(_) | Value::Array(_)) => {
            match super::numpy::to_python_float(v)? {
                Value::Float(f) => Ok(f),
                _ => unreachable!("to_python_float gives a float"),
            }
        }
        _ => Err(must_be_real(v)),
    }
}

fn must_be_real(v: &Value) -> Error {
    Error::type_error(format!("must be real number, not {}", v.type_name()))
}

/// CPython's `math_1`.
fn math_1(args: &Args, f: fn(f64) -> f64, overflows: bool) -> Result<Value> {
    let x = real(&args.get("x"))?;
    let r = f(x);
    if r.is_nan() && !x.is_nan() {
        return Err(domain_error());
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if overflows {
            range_error()
        } else {
            domain_error()
        });
    }
    Ok(Value::Float(r))
}

/// CPython's `math_2`: a NaN from non-NaNs is a domain error, an infinity
/// from finite arguments an overflow.
fn math_2(args: &Args, a: &str, b: &str, f: fn(f64, f64) -> f64) -> Result<Value> {
    let (x, y) = (real(&args.get(a))?, real(&args.get(b))?);
    let r = f(x, y);
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain_error());
    }
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(range_error());
    }
    Ok(Value::Float(r))
}

fn domain_error() -> Error {
    Error::value_error("math domain error")
}

fn range_error() -> Error {
    Error::overflow_error("math range error")
}

/// CPython's `m_atan2`: the special values of C99's Annex F, whatever the libm.
fn atan2(y: f64, x: f64) -> f64 {
    use std::f64::consts::PI;
    if x.is_nan() || y.is_nan() {
        return f64::NAN;
    }
    if y.is_infinite() {
        let angle = match (x.is_infinite(), x.is_sign_positive()) {
            (true, true) => 0.25 * PI,
            (true, false) => 0.75 * PI,
            _ => 0.5 * PI,
        };
        return angle.copysign(y);
    }
    if x.is_infinite() || y == 0.0 {
        return if x.is_sign_positive() {
            0.0f64.copysign(y)
        } else {
            PI.copysign(y)
        };
    }
    y.atan2(x)
}

/// CPython's `m_remainder`: exact, the quotient rounded half to even.
fn remainder(x: f64, y: f64) -> f64 {
    if x.is_finite() && y.is_finite() {
        if y == 0.0 {
            return f64::NAN;
        }
        let (absx, absy) = (x.abs(), y.abs());
        let m = absx % absy;
        // m against absy - m rather than 0.5 * absy, which may be inexact.
        let c = absy - m;
        let r = if m < c {
            m
        } else if m > c {
            -c
        } else {
            m - 2.0 * ((0.5 * (absx - m)) % absy)
        };
        return 1.0f64.copysign(x) * r;
    }
    if x.is_nan() {
        return x;
    }
    if y.is_nan() {
        return y;
    }
    if x.is_infinite() {
        return f64::NAN;
    }
    x
}

fn fmod(_: &mut Interp, args: &Args) -> Result<Value> {
    let (x, y) = (real(&args.get("x"))?, real(&args.get("y"))?);
    if y.is_infinite() && x.is_finite() {
        return Ok(Value::Float(x));
    }
    let r = x % y;
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain_error());
    }
    Ok(Value::Float(r))
}

/// CPython's `math_pow_impl`: IEEE special values handled directly, libm's
/// `pow` for finite ones.
fn pow(_: &mut Interp, args: &Args) -> Result<Value> {
    let (x, y) = (real(&args.get("x"))?, real(&args.get("y"))?);
    if !x.is_finite() || !y.is_finite() {
        let r = if x.is_nan() {
            if y == 0.0 { 1.0 } else { x }
        } else if y.is_nan() {
            if x == 1.0 { 1.0 } else { y }
        } else if x.is_infinite() {
            let odd_y = y.is_finite() && y.abs() % 2.0 == 1.0;
            if y > 0.0 {
                if odd_y { x } else { x.abs() }
            } else if y == 0.0 {
                1.0
            } else if odd_y {
                0.0f64.copysign(x)
            } else {
                0.0
            }
        } else if x.abs() == 1.0 {
            1.0
        } else if (y > 0.0 && x.abs() > 1.0) || (y < 0.0 && x.abs() < 1.0) {
            f64::INFINITY
        } else {
            0.0
        };
        return Ok(Value::Float(r));
    }
    let r = x.powf(y);
    if r.is_nan() || (r.is_infinite() && x == 0.0) {
        return Err(domain_error());
    }
    if r.is_infinite() {
        return Err(range_error());
    }
    Ok(Value::Float(r))
}

/// The coordinates' absolute values, their maximum and whether one is a NaN.
fn magnitudes(xs: impl Iterator<Item = Result<f64>>) -> Result<(Vec<f64>, f64, bool)> {
    let (mut out, mut max, mut nan) = (Vec::new(), 0.0f64, false);
    for x in xs {
        let x = x?.abs();
        nan |= x.is_nan();
        if x > max {
            max = x;
        }
        out.push(x);
    }
    Ok((out, max, nan))
}

fn hypot(_: &mut Interp, args: &Args) -> Result<Value> {
    let coords = match args.get("coordinates") {
        Value::Tuple(t) => t,
        _ => Vec::new().into(),
    };
    let (v, max, nan) = magnitudes(coords.iter().map(real))?;
    Ok(Value::Float(vector_norm(&v, max, nan)))
}

fn dist(it: &mut Interp, args: &Args) -> Result<Value> {
    let (p, q) = (it.iterate(&args.get("p"))?, it.iterate(&args.get("q"))?);
    if p.len() != q.len() {
        return Err(Error::value_error(
            "both points must have the same number of dimensions",
        ));
    }
    let diffs = p.iter().zip(&q).map(|(a, b)| Ok(real(a)? - real(b)?));
    let (v, max, nan) = magnitudes(diffs)?;
    Ok(Value::Float(vector_norm(&v, max, nan)))
}

/// CPython 3.11's `vector_norm`: the squares summed in about twice double
/// precision (Dekker splits, Neumaier-style carries) and the square root
/// corrected once, so `hypot` is correctly rounded almost always.
fn vector_norm(vec: &[f64], max: f64, found_nan: bool) -> f64 {
    const T27: f64 = 134217729.0; // 2**27 + 1
    if max.is_infinite() {
        return max;
    }
    if found_nan {
        return f64::NAN;
    }
    if max == 0.0 || vec.len() <= 1 {
        return max;
    }
    let split = |x: f64| {
        let t = x * T27;
        let hi = t - (t - x);
        (hi, x - hi)
    };
    let (mut csum, mut frac1, mut frac2, mut frac3) = (1.0f64, 0.0f64, 0.0f64, 0.0f64);
    let add = |csum: &mut f64, frac: &mut f64, x: f64| {
        let old = *csum;
        *csum += x;
        *frac += (old - *csum) + x;
    };
    let max_e = frexp_parts(max).1;
    if max_e < -1023 {
        // 2**-max_e would overflow: divide by max instead.
        for &x in vec {
            let x = x / max;
            add(&mut csum, &mut frac1, x * x);
        }
        return max * (csum - 1.0 + frac1).sqrt();
    }
    let scale = ldexp_parts(1.0, -max_e);
    for &x in vec {
        let (hi, lo) = split(x * scale);
        add(&mut csum, &mut frac1, hi * hi);
        add(&mut csum, &mut frac2, 2.0 * hi * lo);
        frac3 += lo * lo;
    }
    let h = (csum - 1.0 + (frac1 + frac2 + frac3)).sqrt();
    let (hi, lo) = split(h);
    add(&mut csum, &mut frac1, -hi * hi);
    add(&mut csum, &mut frac2, -2.0 * hi * lo);
    add(&mut csum, &mut frac3, -lo * lo);
    let x = csum - 1.0 + (frac1 + frac2 + frac3);
    (h + x / (2.0 * h)) / scale
}

/// C's `frexp` for finite non-zero x: (m, e) with x = m * 2**e, 0.5 <= |m| < 1.
fn frexp_parts(x: f64) -> (f64, i32) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        // Subnormal: scale into the normal range first.
        let (m, e) = frexp_parts(x * f64::from_bits(0x4350_0000_0000_0000)); // 2**54
        return (m, e - 54);
    }
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, exp - 1022)
}

/// C's `ldexp`: x * 2**e, rounded once (through subnormals too).
fn ldexp_parts(x: f64, e: i32) -> f64 {
    let pow2 = |e: i32| f64::from_bits(((e + 1023) as u64) << 52);
    let (mut x, mut e) = (x, e);
    // Large steps first, each exact, so only the last multiplication rounds.
    while e > 1023 {
        x *= pow2(1023);
        e -= 1023;
        if x.is_infinite() {
            return x;
        }
    }
    while e < -1022 {
        if e < -1022 - 52 {
            x *= pow2(-1022);
            e += 1022;
            if x == 0.0 {
                return x;
            }
        } else {
            // The final step into the subnormals rounds once.
            return x * pow2(e + 53) * pow2(-53);
        }
    }
    x * pow2(e)
}

fn modf(_: &mut Interp, args: &Args) -> Result<Value> {
    let x = real(&args.get("x"))?;
    let (frac, int) = if x.is_infinite() {
        (0.0f64.copysign(x), x)
    } else if x.is_nan() {
        (x, x)
    } else {
        let int = x.trunc();
        ((x - int).copysign(x), int)
    };
    Ok(Value::tuple(vec![Value::Float(frac), Value::Float(int)]))
}

fn frexp(_: &mut Interp, args: &Args) -> Result<Value> {
    let (m, e) = frexp_parts(real(&args.get("x"))?);
    Ok(Value::tuple(vec![Value::Float(m), Value::int(e as i64)]))
}

fn ldexp(_: &mut Interp, args: &Args) -> Result<Value> {
    let x = real(&args.get("x"))?;
    let e = match args.get("i") {
        Value::Int(i) => i,
        Value::Bool(b) => BigInt::from(b as u8),
        _ => {
            return Err(Error::type_error(
                "Expected an int as second argument to ldexp.",
            ));
        }
    };
    if x == 0.0 || !x.is_finite() {
        return Ok(Value::Float(x));
    }
    // Beyond any float's range the result is an infinity or a zero.
    let e = e
        .to_i32()
        .unwrap_or(if e.is_negative() { i32::MIN } else { i32::MAX });
    let r = ldexp_parts(x, e.clamp(-2200, 2200));
    if r.is_infinite() {
        return Err(range_error());
    }
    Ok(Value::Float(r))
}

/// C's `nextafter`.
fn next_after(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        return x + y;
    }
    if x == y {
        return y;
    }
    if x == 0.0 {
        return f64::from_bits(1).copysign(y);
    }
    let bits = x.to_bits();
    let away = (y > x) == (x > 0.0);
    f64::from_bits(if away { bits + 1 } else { bits - 1 })
}

/// CPython's `math_ulp_impl`.
fn ulp(x: f64) -> f64 {
    if !x.is_finite() {
        return x.abs();
    }
    let x = x.abs();
    let up = next_after(x, f64::INFINITY);
    if up.is_infinite() {
        return x - next_after(x, f64::NEG_INFINITY);
    }
    up - x
}

/// `gcd`/`lcm` of any number of ints, as absolute values.
fn fold_ints(args: &Args, init: BigInt, f: fn(BigInt, BigInt) -> BigInt) -> Result<Value> {
    let ints = match args.get("integers") {
        Value::Tuple(t) => t,
        _ => Vec::new().into(),
    };
    let mut acc: Option<BigInt> = None;
    for v in ints.iter() {
        let n = index(v)?;
        acc = Some(match acc {
            None => n.abs(),
            Some(a) => f(a, n),
        });
    }
    Ok(Value::Int(acc.unwrap_or(init)))
}

fn isqrt(_: &mut Interp, args: &Args) -> Result<Value> {
    let n = index(&args.get("n"))?;
    if n.is_negative() {
        return Err(Error::value_error("isqrt() argument must be nonnegative"));
    }
    Ok(Value::Int(n.sqrt()))
}

fn non_negative(v: &Value, which: &str) -> Result<BigInt> {
    let n = index(v)?;
    if n.is_negative() {
        return Err(Error::value_error(format!(
            "{which} must be a non-negative integer"
        )));
    }
    Ok(n)
}

/// The most factors npcalc multiplies for `factorial`, `comb` and `perm`.
const MAX_FACTORS: u64 = 100_000;

fn factor_count(k: &BigInt, who: &str) -> Result<u64> {
    k.to_u64().filter(|&k| k <= MAX_FACTORS).ok_or_else(|| {
        Error::overflow_error(format!(
            "{who}() argument should not exceed {MAX_FACTORS} in npcalc"
        ))
    })
}

/// lo * (lo+1) * … for `count` factors, multiplied as a balanced tree so
/// the big products stay few.
fn product_range(lo: &BigInt, count: u64) -> BigInt {
    match count {
        0 => BigInt::one(),
        1 => lo.clone(),
        _ => {
            let half = count / 2;
            product_range(lo, half) * product_range(&(lo + half), count - half)
        }
    }
}

fn comb(_: &mut Interp, args: &Args) -> Result<Value> {
    let n = non_negative(&args.get("n"), "n")?;
    let k = non_negative(&args.get("k"), "k")?;
    if k > n {
        return Ok(Value::int(0));
    }
    let k = factor_count(&std::cmp::min(k.clone(), &n - &k), "comb")?;
    let falling = product_range(&(&n - k + 1), k);
    Ok(Value::Int(falling / product_range(&BigInt::one(), k)))
}

fn perm(it: &mut Interp, args: &Args) -> Result<Value> {
    // CPython's perm(n) is factorial(n), its errors included.
    let k = match args.get("k") {
        Value::None => return factorial(it, args),
        k => k,
    };
    let n = non_negative(&args.get("n"), "n")?;
    let k = non_negative(&k, "k")?;
    if k > n {
        return Ok(Value::int(0));
    }
    let k = factor_count(&k, "perm")?;
    Ok(Value::Int(product_range(&(&n - k + 1), k)))
}

fn log(_: &mut Interp, args: &Args) -> Result<Value> {
    let x = loghelper(&args.get("x"), f64::ln)?;
    if !args.given("base") {
        return Ok(Value::Float(x));
    }
    let b = loghelper(&args.get("base"), f64::ln)?;
    if b == 0.0 {
        return Err(Error::zero_division("float division by zero"));
    }
    Ok(Value::Float(x / b))
}

/// CPython's `loghelper`: an int is taken as it is, so one too large for a
/// float still has a log, `f(m) + f(2)·e` for `m·2**e`; anything else goes
/// through `math_1` (where a log's NaN or infinity is a domain error).
fn loghelper(v: &Value, f: fn(f64) -> f64) -> Result<f64> {
    let Some(pyops::Num::Int(i)) = pyops::as_num(v) else {
        let x = real(v)?;
        let r = f(x);
        if (r.is_nan() && !x.is_nan()) || (r.is_infinite() && x.is_finite()) {
            return Err(domain_error());
        }
        return Ok(r);
    };
    if !i.is_positive() {
        return Err(domain_error());
    }
    Ok(match i.to_f64().filter(|x| x.is_finite()) {
        Some(x) => f(x),
        None => {
            let (m, e) = int_frexp(&i);
            f(m) + f(2.0) * e as f64
        }
    })
}

/// CPython's `_PyLong_Frexp` for a positive int too large for a float:
/// `m` in [0.5, 1) rounded half-even to 53 bits, with `i ≈ m·2**e`.
fn int_frexp(i: &BigInt) -> (f64, u64) {
    const KEPT: u64 = 55; // two bits past a double's 53 for the rounding
    let bits = i.bits();
    let shift = bits - KEPT;
    let top = (i >> shift).to_u64().expect("at most 55 bits");
    // A sticky bit for whatever the shift dropped decides a tie.
    let sticky = u64::from(i.trailing_zeros().is_some_and(|z| z < shift));
    let m = (top | sticky) as f64 / (1u64 << KEPT) as f64;
    if m == 1.0 { (0.5, bits + 1) } else { (m, bits) }
}

fn to_int(args: &Args, f: fn(f64) -> f64) -> Result<Value> {
    let v = args.get("x");
    if let Value::Int(_) | Value::Bool(_) = v {
        return Ok(match v {
            Value::Bool(b) => Value::int(b as i64),
            other => other,
        });
    }
    let x = f(real(&v)?);
    if x.is_infinite() {
        return Err(Error::overflow_error(
            "cannot convert float infinity to integer",
        ));
    }
    if x.is_nan() {
        return Err(Error::value_error("cannot convert float NaN to integer"));
    }
    use num_traits::FromPrimitive;
    Ok(Value::Int(BigInt::from_f64(x).expect("a finite float")))
}

fn trunc(_: &mut Interp, args: &Args) -> Result<Value> {
    let v = args.get("x");
    if let Value::Fraction(f) = &v {
        return Ok(super::fractions::to_int(f));
    }
    // Of NumPy's types only float64, a float subclass, has `__trunc__`.
    let float64 = matches!(&v, Value::Scalar(s) if s.dtype() == crate::array::DType::Float64);
    if !matches!(v, Value::Int(_) | Value::Bool(_) | Value::Float(_)) && !float64 {
        return Err(Error::type_error(format!(
            "type {} doesn't define __trunc__ method",
            v.type_name()
        )));
    }
    to_int(args, f64::trunc)
}

/// glibc's `cbrt` (sysdeps/ieee754/dbl-64/s_cbrt.c), which CPython calls:
/// a polynomial first guess on the mantissa, one Halley step, and the
/// exponent's remainder mod 3 as a power of 2**(1/3).
#[allow(clippy::excessive_precision)] // glibc's digits, as written there
fn cbrt(x: f64) -> f64 {
    const CBRT2: f64 = 1.2599210498948731648;
    const SQR_CBRT2: f64 = 1.5874010519681994748;
    const FACTOR: [f64; 5] = [1.0 / SQR_CBRT2, 1.0 / CBRT2, 1.0, CBRT2, SQR_CBRT2];
    if x == 0.0 || !x.is_finite() {
        return x + x;
    }
    let (xm, xe) = frexp_parts(x.abs());
    let u = 0.354895765043919860
        + ((1.50819193781584896
            + ((-2.11499494167371287
                + ((2.44693122563534430
                    + ((-1.83469277483613086
                        + (0.784932344976639262 - 0.145263899385486377 * xm) * xm)
                        * xm))
                    * xm))
                * xm))
            * xm);
    let t2 = u * u * u;
    // C's `%` and `/` truncate towards zero, as Rust's do.
    let ym = u * (t2 + 2.0 * xm) / (2.0 * t2 + xm) * FACTOR[(2 + xe % 3) as usize];
    ldexp_parts(if x > 0.0 { ym } else { -ym }, xe / 3)
}

fn isclose(_: &mut Interp, args: &Args) -> Result<Value> {
    let (a, b) = (real(&args.get("a"))?, real(&args.get("b"))?);
    let (rel, abs) = (real(&args.get("rel_tol"))?, real(&args.get("abs_tol"))?);
    if rel < 0.0 || abs < 0.0 {
        return Err(Error::value_error("tolerances must be non-negative"));
    }
    if a == b {
        return Ok(Value::Bool(true));
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(Value::Bool(false));
    }
    let diff = (b - a).abs();
    Ok(Value::Bool(
        diff <= (rel * b).abs() || diff <= (rel * a).abs() || diff <= abs,
    ))
}

/// Shewchuk's exact partial sums, as CPython's `math_fsum`.
fn fsum(it: &mut Interp, args: &Args) -> Result<Value> {
    let items = it.iterate(&args.get("seq"))?;
    fsum_of(items.iter().map(real)).map(Value::Float)
}

/// `math.fsum` of the numbers (each read as `PyFloat_AsDouble` reads it).
pub fn fsum_of(items: impl Iterator<Item = Result<f64>>) -> Result<f64> {
    let mut partials: Vec<f64> = Vec::new();
    let mut special = 0.0f64;
    let mut inf_sum = 0.0f64;
    for x in items {
        let mut x = x?;
        if !x.is_finite() {
            if x.is_infinite() {
                inf_sum += x;
            }
            special += x;
            continue;
        }
        let mut i = 0;
        for k in 0..partials.len() {
            let mut y = partials[k];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[i] = lo;
                i += 1;
            }
            x = hi;
        }
        partials.truncate(i);
        partials.push(x);
        if x.is_infinite() {
            return Err(Error::overflow_error("intermediate overflow in fsum"));
        }
    }
    if special != 0.0 {
        if inf_sum.is_nan() {
            return Err(Error::value_error("-inf + inf in fsum"));
        }
        return Ok(special);
    }
    let mut hi = 0.0;
    let mut n = partials.len();
    if n > 0 {
        n -= 1;
        hi = partials[n];
        let mut lo = 0.0;
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = partials[n];
            hi = x + y;
            lo = y - (hi - x);
            if lo != 0.0 {
                break;
            }
        }
        // Round half-even across the remaining partials, as CPython does.
        if n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            if y == x - hi {
                hi = x;
            }
        }
    }
    Ok(hi)
}

fn prod(it: &mut Interp, args: &Args) -> Result<Value> {
    let items = it.iterate(&args.get("iterable"))?;
    let mut total = args.get("start");
    for x in &items {
        total = it.binary(BinOp::Mul, &total, x)?;
    }
    Ok(total)
}

fn factorial(_: &mut Interp, args: &Args) -> Result<Value> {
    let n = match args.get("n") {
        Value::Float(_) => {
            return Err(Error::type_error(
                "'float' object cannot be interpreted as an integer",
            ));
        }
        n => index(&n)?,
    };
    if n.is_negative() {
        return Err(Error::value_error(
            "factorial() not defined for negative values",
        ));
    }
    let n = factor_count(&n, "factorial")?;
    Ok(Value::Int(product_range(&BigInt::one(), n)))
}

/// CPython's own Gamma function and its logarithm (not libm's): a Lanczos
/// sum with N = 13, g = 6.024680040776729583740234375, Boost's rational
/// form, and the reflection formula for negative x.
#[allow(clippy::excessive_precision)] // CPython's digits, as written there
mod gamma {
    use super::{domain_error, range_error};
    use crate::error::Result;
    use std::f64::consts::PI;

    const LANCZOS_G: f64 = 6.024680040776729583740234375;
    const LANCZOS_G_MINUS_HALF: f64 = 5.524680040776729583740234375;
    const NUM: [f64; 13] = [
        23531376880.410759688572007674451636754734846804940,
        42919803642.649098768957899047001988850926355848959,
        35711959237.355668049440185451547166705960488635843,
        17921034426.037209699919755754458931112671403265390,
        6039542586.3520280050642916443072979210699388420708,
        1439720407.3117216736632230727949123939715485786772,
        248874557.86205415651146038641322942321632125127801,
        31426415.585400194380614231628318205362874684987640,
        2876370.6289353724412254090516208496135991145378768,
        186056.26539522349504029498971604569928220784236328,
        8071.6720023658162106380029022722506138218516325024,
        210.82427775157934587250973392071336271166969580291,
        2.5066282746310002701649081771338373386264310793408,
    ];
    // x*(x+1)*...*(x+11) expanded.
    const DEN: [f64; 13] = [
        0.0,
        39916800.0,
        120543840.0,
        150917976.0,
        105258076.0,
        45995730.0,
        13339535.0,
        2637558.0,
        357423.0,
        32670.0,
        1925.0,
        66.0,
        1.0,
    ];
    /// Gamma at 1..=23, exact.
    const INTEGRAL: [f64; 23] = [
        1.0,
        1.0,
        2.0,
        6.0,
        24.0,
        120.0,
        720.0,
        5040.0,
        40320.0,
        362880.0,
        3628800.0,
        39916800.0,
        479001600.0,
        6227020800.0,
        87178291200.0,
        1307674368000.0,
        20922789888000.0,
        355687428096000.0,
        6402373705728000.0,
        121645100408832000.0,
        2432902008176640000.0,
        51090942171709440000.0,
        1124000727777607680000.0,
    ];

    fn lanczos_sum(x: f64) -> f64 {
        let (mut num, mut den) = (0.0, 0.0);
        // For large x, a rational function in 1/x (no overflow).
        if x < 5.0 {
            for i in (0..13).rev() {
                num = num * x + NUM[i];
                den = den * x + DEN[i];
            }
        } else {
            for i in 0..13 {
                num = num / x + NUM[i];
                den = den / x + DEN[i];
            }
        }
        num / den
    }

    /// sin(pi * x) for finite x, exact at multiples of 1/2.
    fn sinpi(x: f64) -> f64 {
        let y = x.abs() % 2.0;
        let r = match (2.0 * y).round() as i32 {
            0 => (PI * y).sin(),
            1 => (PI * (y - 0.5)).cos(),
            2 => (PI * (1.0 - y)).sin(),
            3 => -(PI * (y - 1.5)).cos(),
            _ => (PI * (y - 2.0)).sin(),
        };
        1.0f64.copysign(x) * r
    }

    pub fn tgamma(x: f64) -> Result<f64> {
        if !x.is_finite() {
            if x.is_nan() || x > 0.0 {
                return Ok(x);
            }
            return Err(domain_error());
        }
        if x == 0.0 {
            return Err(domain_error());
        }
        if x == x.floor() {
            if x < 0.0 {
                return Err(domain_error());
            }
            if x <= 23.0 {
                return Ok(INTEGRAL[x as usize - 1]);
            }
        }
        let absx = x.abs();
        if absx < 1e-20 {
            let r = 1.0 / x;
            return if r.is_infinite() {
                Err(range_error())
            } else {
                Ok(r)
            };
        }
        if absx > 200.0 {
            return if x < 0.0 {
                Ok(0.0 / sinpi(x))
            } else {
                Err(range_error())
            };
        }
        let y = absx + LANCZOS_G_MINUS_HALF;
        // The rounding error of y, corrected for below.
        let z = if absx > LANCZOS_G_MINUS_HALF {
            (y - absx) - LANCZOS_G_MINUS_HALF
        } else {
            (y - LANCZOS_G_MINUS_HALF) - absx
        };
        let z = z * LANCZOS_G / y;
        let mut r;
        if x < 0.0 {
            r = -PI / sinpi(absx) / absx * y.exp() / lanczos_sum(absx);
            r -= z * r;
            if absx < 140.0 {
                r /= y.powf(absx - 0.5);
            } else {
                let sqrtpow = y.powf(absx / 2.0 - 0.25);
                r /= sqrtpow;
                r /= sqrtpow;
            }
        } else {
            r = lanczos_sum(absx) / y.exp();
            r += z * r;
            if absx < 140.0 {
                r *= y.powf(absx - 0.5);
            } else {
                let sqrtpow = y.powf(absx / 2.0 - 0.25);
                r *= sqrtpow;
                r *= sqrtpow;
            }
        }
        if r.is_infinite() {
            return Err(range_error());
        }
        Ok(r)
    }

    pub fn lgamma(x: f64) -> Result<f64> {
        if !x.is_finite() {
            return Ok(if x.is_nan() { x } else { f64::INFINITY });
        }
        if x == x.floor() && x <= 2.0 {
            if x <= 0.0 {
                return Err(domain_error());
            }
            return Ok(0.0);
        }
        let absx = x.abs();
        if absx < 1e-20 {
            return Ok(-absx.ln());
        }
        let mut r = lanczos_sum(absx).ln() - LANCZOS_G;
        r += (absx - 0.5) * ((absx + LANCZOS_G - 0.5).ln() - 1.0);
        if x < 0.0 {
            // log(pi), as CPython spells it.
            const LOGPI: f64 = 1.144729885849400174143427351353058711647;
            r = LOGPI - sinpi(absx).abs().ln() - absx.ln() - r;
        }
        if r.is_infinite() {
            return Err(range_error());
        }
        Ok(r)
    }
}
