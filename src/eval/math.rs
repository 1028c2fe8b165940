//! Python's `math` module, the part lessons use: constants and the
//! functions below, each CPython's (correctly rounded libm calls, exact
//! `fsum`, integer `factorial`/`prod`).

use super::table::{Args, FnDef, Owner, p};
use super::value::Value;
use super::{Interp, convert, pyops};
use crate::error::{Error, Result};
use crate::syntax::ast::BinOp;
use num_bigint::BigInt;

macro_rules! unary {
    ($name:literal, $doc:literal, $f:expr) => {
        FnDef {
            name: $name,
            owner: Owner::Builtin,
            error_name: None,
            params: &[p!(PositionalOnly "x", "A real number.")],
            doc: $doc,
            examples: &[],
            imp: |_, args| real_fn(args, $name, $f),
        }
    };
}

pub static MATH: &[FnDef] = &[
    unary!("sqrt", "The square root of x.", f64::sqrt),
    unary!("exp", "e raised to the power x.", f64::exp),
    unary!("log10", "The base-10 logarithm of x.", f64::log10),
    unary!("log2", "The base-2 logarithm of x.", f64::log2),
    unary!("sin", "The sine of x (radians).", f64::sin),
    unary!("cos", "The cosine of x (radians).", f64::cos),
    unary!("tan", "The tangent of x (radians).", f64::tan),
    unary!("fabs", "The absolute value of x as a float.", f64::abs),
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
        imp: |_, args| to_int(args, f64::floor),
    },
    FnDef {
        name: "ceil",
        owner: Owner::Builtin,
        error_name: None,
        params: &[p!(PositionalOnly "x", "A real number.")],
        doc: "The smallest integer >= x, as an int.",
        examples: &["math.ceil(2.5)"],
        imp: |_, args| to_int(args, f64::ceil),
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
    FnDef {
        name: "factorial",
        owner: Owner::Builtin,
        error_name: None,
        params: &[p!(PositionalOnly "n", "A non-negative int.")],
        doc: "n! as an exact int.",
        examples: &["math.factorial(20)"],
        imp: factorial,
    },
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

fn real(v: &Value) -> Result<f64> {
    match pyops::as_num(v) {
        Some(pyops::Num::Int(i)) => {
            use num_traits::ToPrimitive;
            i.to_f64()
                .filter(|f| f.is_finite())
                .ok_or_else(|| Error::overflow_error("int too large to convert to float"))
        }
        Some(pyops::Num::Float(f)) => Ok(f),
        _ => match convert::to_array(v, None) {
            Ok(a) if a.size() == 1 && a.ndim() == 0 => {
                match crate::array::cast_scalar(a.get_flat(0), crate::array::DType::Float64) {
                    crate::array::Scalar::Float64(f) => Ok(f),
                    _ => Err(must_be_real(v)),
                }
            }
            _ => Err(must_be_real(v)),
        },
    }
}

fn must_be_real(v: &Value) -> Error {
    Error::type_error(format!("must be real number, not {}", v.type_name()))
}

fn real_fn(args: &Args, name: &str, f: fn(f64) -> f64) -> Result<Value> {
    let x = real(&args.get("x"))?;
    let r = f(x);
    if r.is_nan() && !x.is_nan() {
        return Err(Error::value_error("math domain error"));
    }
    if r.is_infinite() && x.is_finite() && !matches!(name, "log10" | "log2") {
        return Err(Error::overflow_error("math range error"));
    }
    if r.is_infinite() && x == 0.0 {
        return Err(Error::value_error("math domain error"));
    }
    Ok(Value::Float(r))
}

fn log(_: &mut Interp, args: &Args) -> Result<Value> {
    let x = real(&args.get("x"))?;
    if x <= 0.0 {
        return Err(Error::value_error("math domain error"));
    }
    if !args.given("base") {
        return Ok(Value::Float(x.ln()));
    }
    let b = real(&args.get("base"))?;
    if b <= 0.0 {
        return Err(Error::value_error("math domain error"));
    }
    if b == 1.0 {
        return Err(Error::zero_division("float division by zero"));
    }
    Ok(Value::Float(x.ln() / b.ln()))
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
    Ok(Value::Int(num_bigint::BigInt::from(x as i128)))
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
    let mut partials: Vec<f64> = Vec::new();
    let mut special = 0.0f64;
    let mut inf_sum = 0.0f64;
    for v in &items {
        let mut x = real(v)?;
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
        return Ok(Value::Float(special));
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
    Ok(Value::Float(hi))
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
        Value::Int(i) => i,
        Value::Bool(b) => BigInt::from(b as u8),
        Value::Float(_) => {
            return Err(Error::type_error(
                "'float' object cannot be interpreted as an integer",
            ));
        }
        other => {
            return Err(Error::type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                other.type_name()
            )));
        }
    };
    use num_traits::{Signed, ToPrimitive};
    if n.is_negative() {
        return Err(Error::value_error(
            "factorial() not defined for negative values",
        ));
    }
    let n = n.to_u64().filter(|&n| n <= 100_000).ok_or_else(|| {
        Error::overflow_error("factorial() argument should not exceed 100000 in npcalc")
    })?;
    let mut r = BigInt::from(1);
    for k in 2..=n {
        r *= k;
    }
    Ok(Value::Int(r))
}
