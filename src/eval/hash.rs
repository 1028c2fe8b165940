//! Python's `hash()` as CPython 3.11 computes it on a 64-bit build
//! (Python/pyhash.c, Objects/longobject.c, Objects/tupleobject.c): numbers
//! reduced modulo the Mersenne prime 2**61 - 1 so that equal numbers of any
//! type hash alike, tuples by the xxHash-style mix. Sets order their members
//! by these hashes. Strings (and None, whose 3.11 hash is its address) hash
//! differently in every CPython process; npcalc gives them a fixed hash
//! (FNV-1a), so such sets have an order of npcalc's own.

use super::Value;
use crate::error::Result;
use num_bigint::{BigInt, Sign};
use num_traits::ToPrimitive;
use std::rc::Rc;

const BITS: u32 = 61;
pub(super) const MODULUS: u64 = (1 << BITS) - 1;
const INF: i64 = 314159;
const IMAG: u64 = 1000003;

fn fix(h: i64) -> i64 {
    if h == -1 { -2 } else { h }
}

/// long_hash: |v| mod (2**61 - 1), with v's sign.
pub fn int_hash(i: &BigInt) -> i64 {
    let m = (i.magnitude() % MODULUS).to_u64().unwrap_or(0) as i64;
    fix(if i.sign() == Sign::Minus { -m } else { m })
}

/// _Py_HashDouble (a NaN hashes by identity in CPython; npcalc uses 0).
pub fn float_hash(v: f64) -> i64 {
    if !v.is_finite() {
        return if v.is_nan() {
            0
        } else if v > 0.0 {
            INF
        } else {
            -INF
        };
    }
    let (mut m, mut e) = frexp(v);
    let mut sign: i64 = 1;
    if m < 0.0 {
        sign = -1;
        m = -m;
    }
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & MODULUS) | (x >> (BITS - 28));
        m *= 268435456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= MODULUS {
            x -= MODULUS;
        }
    }
    let e = if e >= 0 {
        e % BITS as i32
    } else {
        BITS as i32 - 1 - ((-1 - e) % BITS as i32)
    } as u32;
    x = ((x << e) & MODULUS) | (x >> (BITS - e));
    fix((x as i64).wrapping_mul(sign))
}

/// C's frexp: v = m * 2**e with 0.5 <= |m| < 1.
fn frexp(v: f64) -> (f64, i32) {
    if v == 0.0 {
        return (v, 0);
    }
    let bits = v.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        let (m, e) = frexp(v * 2f64.powi(64));
        return (m, e - 64);
    }
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, exp - 1022)
}

fn complex_hash(re: f64, im: f64) -> i64 {
    let h = (float_hash(re) as u64).wrapping_add(IMAG.wrapping_mul(float_hash(im) as u64));
    fix(h as i64)
}

/// FNV-1a over the UTF-8 bytes: a fixed stand-in for CPython's per-process
/// SipHash of strings.
fn str_hash(s: &str) -> i64 {
    let mut h: u64 = 0xcbf29ce484222325;
    for b in s.bytes() {
        h ^= b as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    fix(h as i64)
}

/// tuplehash: CPython 3.8+'s xxHash-based mix of the item hashes.
pub fn tuple_hash(lanes: impl ExactSizeIterator<Item = i64>) -> i64 {
    const P1: u64 = 11400714785074694791;
    const P2: u64 = 14029467366897019727;
    const P5: u64 = 2870177450012600261;
    let len = lanes.len() as u64;
    let mut acc = P5;
    for lane in lanes {
        acc = acc.wrapping_add((lane as u64).wrapping_mul(P2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(P1);
    }
    acc = acc.wrapping_add(len ^ (P5 ^ 3527539));
    if acc == u64::MAX {
        return 1546275796;
    }
    acc as i64
}

const NONE_HASH: i64 = 0x5f5e_1000;

/// `hash(v)`; the caller has already refused unhashable values.
pub fn hash(v: &Value) -> Result<i64> {
    Ok(match v {
        Value::None => NONE_HASH,
        Value::Bool(b) => *b as i64,
        Value::ReFlag(f) => *f as i64,
        Value::Int(i) => int_hash(i),
        Value::Float(f) => float_hash(*f),
        Value::Fraction(f) => super::fractions::hash(f),
        Value::Decimal(d) => super::decimal::hash(d)?,
        Value::PyTime(t) => super::pydatetime::hash(t),
        Value::Complex(c) => complex_hash(c.re, c.im),
        Value::Str(s) | Value::NpStr(s) => str_hash(s),
        Value::Time(t) => str_hash(&super::datetime64::key_text(t)),
        Value::Tuple(items) | Value::NamedTuple(_, items) => {
            let lanes = items.iter().map(hash).collect::<Result<Vec<i64>>>()?;
            tuple_hash(lanes.into_iter())
        }
        Value::Range(r) => {
            // range_hash: hash((len, start, step)), None for what len hides.
            let n = r.len();
            let lanes = match n {
                0 => vec![0, NONE_HASH, NONE_HASH],
                1 => vec![1, int_hash(&BigInt::from(r.start)), NONE_HASH],
                _ => vec![
                    int_hash(&BigInt::from(n)),
                    int_hash(&BigInt::from(r.start)),
                    int_hash(&BigInt::from(r.step)),
                ],
            };
            tuple_hash(lanes.into_iter())
        }
        Value::Scalar(s) => {
            let dt = s.dtype();
            let py = if dt.kind() == crate::array::Kind::Complex {
                super::numpy::to_python_complex(v)?
            } else if dt == crate::array::DType::Bool {
                Value::Bool(super::numpy::truthy(v)?)
            } else if dt.is_integer() {
                super::numpy::to_python_int(v)?
            } else {
                super::numpy::to_python_float(v)?
            };
            hash(&py)?
        }
        Value::Set(s) => s.borrow().hash(),
        // _Py_HashPointer: the address rotated by 4 bits (its low bits are
        // always zero from alignment).
        Value::Instance(inst) => fix((Rc::as_ptr(inst) as usize as u64).rotate_right(4) as i64),
        other => str_hash(&other.type_name()),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_hash_as_cpython() {
        assert_eq!(int_hash(&BigInt::from(-1)), -2);
        assert_eq!(float_hash(1.5), 1152921504606846977);
        assert_eq!(float_hash(2.0), 2);
        assert_eq!(int_hash(&(BigInt::from(1u64) << 61)), 1);
    }

    #[test]
    fn tuples_hash_as_cpython() {
        // hash((1, 2)) in CPython 3.11
        assert_eq!(tuple_hash([1i64, 2].into_iter()), -3550055125485641917);
        assert_eq!(tuple_hash([].into_iter()), 5740354900026072187);
    }
}
