//! The methods and attributes of Python's int, bool, float and complex
//! (`x.is_integer()`, `z.real`, `(5).bit_length()`), in their one table.

use super::table::{FnDef, method};
use super::value::Value;
use crate::error::{Error, Result};
use num_bigint::BigInt;
use num_traits::Zero;

pub static INT_METHODS: &[FnDef] = &[
    method!(
        "bit_length",
        [],
        "The number of bits of abs(self), without sign or leading zeros.",
        |_, a| { Ok(Value::int(int_of(a.this()).bits())) }
    ),
    method!(
        "bit_count",
        [],
        "The number of ones in the binary form of abs(self).",
        |_, a| {
            let n = int_of(a.this())
                .magnitude()
                .iter_u64_digits()
                .map(|d| d.count_ones())
                .sum::<u32>();
            Ok(Value::int(n))
        }
    ),
    method!(
        "conjugate",
        [],
        "The number itself (ints are real).",
        |_, a| Ok(Value::Int(int_of(a.this())))
    ),
    method!("as_integer_ratio", [], "The pair (self, 1).", |_, a| {
        Ok(Value::tuple(vec![
            Value::Int(int_of(a.this())),
            Value::int(1),
        ]))
    }),
];

pub static FLOAT_METHODS: &[FnDef] = &[
    method!(
        "is_integer",
        [],
        "Whether the float is a whole number.",
        |_, a| {
            let x = float_of(a.this());
            Ok(Value::Bool(x.is_finite() && x.fract() == 0.0))
        }
    ),
    method!(
        "as_integer_ratio",
        [],
        "The exact value as a pair of ints in lowest terms.",
        |_, a| { integer_ratio(float_of(a.this())) }
    ),
    method!(
        "conjugate",
        [],
        "The number itself (floats are real).",
        |_, a| Ok(Value::Float(float_of(a.this())))
    ),
    method!(
        "hex",
        [],
        "The exact value in hexadecimal, as CPython's float.hex.",
        |_, a| { Ok(Value::str(&hex(float_of(a.this())))) }
    ),
    FROMHEX,
];

/// The classmethod `float.fromhex`, reached from the class or a float.
pub const FROMHEX: FnDef = method!(
    "fromhex",
    [super::table::p!(PositionalOnly "string", "Text such as '0x1.8p1'.")],
    "The float a hexadecimal text names, correctly rounded.",
    |_, a| match a.get("string") {
        Value::Str(s) => from_hex(&s).map(Value::Float),
        _ => Err(Error::type_error(
            "bad argument type for built-in operation"
        )),
    }
);

pub static FROMHEX_FN: FnDef = FROMHEX;

/// CPython's `float_fromhex`: [sign] (inf | nan | [0x] hex digits with an
/// optional point [p exponent]) between optional spaces, rounded half to
/// even like any other float text.
fn from_hex(text: &str) -> Result<f64> {
    let invalid = || Error::value_error("invalid hexadecimal floating-point string");
    let too_large = || {
        Error::new(
            crate::error::Exc::OverflowError,
            "hexadecimal value too large to represent as a float",
        )
    };
    let s = text.trim_matches(char::is_whitespace);
    let (negative, body) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let sign = |x: f64| if negative { -x } else { x };
    let lower = body.to_ascii_lowercase();
    if lower == "inf" || lower == "infinity" {
        return Ok(sign(f64::INFINITY));
    }
    if lower == "nan" {
        return Ok(sign(f64::NAN));
    }
    let body = lower.strip_prefix("0x").unwrap_or(&lower);
    let (digits, exp) = match body.split_once('p') {
        Some((d, e)) => {
            let e = e.strip_prefix('+').unwrap_or(e);
            let (neg, mag) = e.strip_prefix('-').map_or((false, e), |m| (true, m));
            if mag.is_empty() || !mag.bytes().all(|c| c.is_ascii_digit()) {
                return Err(invalid());
            }
            // Huge exponents only decide between 0 and overflow.
            let m: i64 = mag.parse().unwrap_or(i64::MAX / 4).min(i64::MAX / 4);
            (d, if neg { -m } else { m })
        }
        None => (body, 0),
    };
    let (int, frac) = digits.split_once('.').unwrap_or((digits, ""));
    let hex_ok = |t: &str| t.bytes().all(|c| c.is_ascii_hexdigit());
    if int.len() + frac.len() == 0 || !hex_ok(int) || !hex_ok(frac) {
        return Err(invalid());
    }
    let mantissa = BigInt::parse_bytes(format!("{int}{frac}").as_bytes(), 16).unwrap_or_default();
    if mantissa.is_zero() {
        return Ok(sign(0.0));
    }
    let exp = exp - 4 * frac.len() as i64;
    // The value is mantissa * 2^exp: 53 bits kept (fewer below the normal
    // range), the rest rounded half to even.
    let top = mantissa.bits() as i64 - 1 + exp;
    if top > 1023 {
        return Err(too_large());
    }
    let lsb = (top - 52).max(-1074);
    let q = if exp >= lsb {
        mantissa << (exp - lsb) as usize
    } else {
        let shift = (lsb - exp) as usize;
        let q: BigInt = &mantissa >> shift;
        let rest = &mantissa - (&q << shift);
        let half = BigInt::from(1) << (shift - 1);
        let odd = q.bit(0);
        if rest > half || rest == half && odd {
            q + 1
        } else {
            q
        }
    };
    // q <= 2^53 is exact as a float; scaling by 2^lsb in two steps of
    // powers of two is exact too, subnormal results included.
    let q = num_traits::ToPrimitive::to_f64(&q).unwrap_or(f64::INFINITY);
    let x = q * pow2(lsb / 2) * pow2(lsb - lsb / 2);
    if x.is_infinite() {
        return Err(too_large());
    }
    Ok(sign(x))
}

/// 2^e for e in [-1022, 1023], exact.
fn pow2(e: i64) -> f64 {
    f64::from_bits(((e + 1023) as u64) << 52)
}

pub static COMPLEX_METHODS: &[FnDef] = &[method!(
    "conjugate",
    [],
    "The complex conjugate.",
    |_, a| match a.this() {
        Value::Complex(z) => Ok(Value::Complex(z.conj())),
        _ => Err(Error::type_error("complex.conjugate needs a complex")),
    }
)];

/// The methods of a Python number's type.
pub fn table(v: &Value) -> Option<&'static [FnDef]> {
    match v {
        Value::Int(_) | Value::Bool(_) => Some(INT_METHODS),
        Value::Float(_) => Some(FLOAT_METHODS),
        Value::Complex(_) => Some(COMPLEX_METHODS),
        Value::Fraction(_) => Some(super::fractions::FRACTION_METHODS),
        Value::Decimal(_) => Some(super::decimal::DECIMAL_METHODS),
        Value::PyTime(t) => Some(super::pydatetime::methods(t)),
        _ => None,
    }
}

/// The data attributes of a Python number (`real`, `imag`, and for ints
/// `numerator`, `denominator`).
pub fn attribute(v: &Value, name: &str) -> Option<Value> {
    Some(match (v, name) {
        (Value::Int(_) | Value::Bool(_), "real" | "numerator") => Value::Int(int_of(v)),
        (Value::Int(_) | Value::Bool(_), "imag") => Value::int(0),
        (Value::Int(_) | Value::Bool(_), "denominator") => Value::int(1),
        (Value::Float(x), "real") => Value::Float(*x),
        (Value::Float(_), "imag") => Value::Float(0.0),
        (Value::Complex(z), "real") => Value::Float(z.re),
        (Value::Complex(z), "imag") => Value::Float(z.im),
        (Value::Fraction(f), _) => return super::fractions::attribute(f, name),
        (Value::PyTime(t), _) => return super::pydatetime::attribute(t, name),
        _ => return None,
    })
}

/// The attribute names for suggestions in AttributeError messages.
pub fn attribute_names(v: &Value) -> &'static [&'static str] {
    match v {
        Value::Int(_) | Value::Bool(_) => &["real", "imag", "numerator", "denominator"],
        Value::Float(_) | Value::Complex(_) => &["real", "imag"],
        Value::Fraction(_) => super::fractions::ATTRIBUTES,
        Value::PyTime(t) => super::pydatetime::attribute_names(t),
        _ => &[],
    }
}

fn int_of(v: &Value) -> BigInt {
    match v {
        Value::Int(i) => i.clone(),
        Value::Bool(b) => BigInt::from(u8::from(*b)),
        _ => BigInt::zero(),
    }
}

fn float_of(v: &Value) -> f64 {
    match v {
        Value::Float(x) => *x,
        _ => f64::NAN,
    }
}

/// CPython's float_as_integer_ratio: the mantissa and a power of two,
/// reduced.
fn integer_ratio(x: f64) -> Result<Value> {
    if x.is_infinite() {
        return Err(Error::overflow_error(
            "cannot convert Infinity to integer ratio",
        ));
    }
    if x.is_nan() {
        return Err(Error::value_error("cannot convert NaN to integer ratio"));
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let mut mant = (bits & ((1u64 << 52) - 1)) as i64;
    let mut e = if exp == 0 { -1074 } else { exp - 1075 };
    if exp != 0 {
        mant |= 1 << 52;
    }
    if mant != 0 {
        let tz = i64::from(mant.trailing_zeros());
        mant >>= tz;
        e += tz;
    } else {
        e = 0;
    }
    let sign = if x.is_sign_negative() && mant != 0 {
        -1
    } else {
        1
    };
    let mut num = BigInt::from(sign * mant);
    let mut den = BigInt::from(1);
    if e > 0 {
        num <<= e as usize;
    } else {
        den <<= (-e) as usize;
    }
    Ok(Value::tuple(vec![Value::Int(num), Value::Int(den)]))
}

/// CPython's float.hex: `0x1.8000000000000p+0`, every mantissa digit
/// written; subnormals as `0x0.…p-1022`.
fn hex(x: f64) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    if x.is_infinite() {
        return if x < 0.0 { "-inf".into() } else { "inf".into() };
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x == 0.0 {
        return format!("{sign}0x0.0p+0");
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let mant = bits & ((1u64 << 52) - 1);
    let (lead, e) = if exp == 0 {
        (0, -1022)
    } else {
        (1, exp - 1023)
    };
    format!("{sign}0x{lead}.{mant:013x}p{e:+}")
}
