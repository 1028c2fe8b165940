//! Python's `slice` objects: `slice(start, stop, step)`, their parts and
//! `indices(length)` (CPython's Objects/sliceobject.c).

use super::table::{Args, FnDef, method, p};
use super::{Interp, Value};
use crate::error::{Error, Exc, Result};
use num_bigint::{BigInt, Sign};
use num_traits::ToPrimitive;
use std::rc::Rc;

pub static SLICE_METHODS: &[FnDef] = &[method!(
    "indices" as Some("slice.indices"),
    [p!(PositionalOnly "len", "The length of the sequence indexed.")],
    "(start, stop, step) of the slice applied to a sequence of that length.",
    indices
)];

/// `slice(stop)` or `slice(start, stop[, step])`, its parts kept as given
/// (CPython checks them only when the slice is used).
pub fn new(_: &mut Interp, args: &Args) -> Result<Value> {
    let (start, stop) = if args.given("stop") {
        (args.get("start"), args.get("stop"))
    } else {
        (Value::None, args.get("start"))
    };
    Ok(Value::Slice(Rc::new([start, stop, args.get("step")])))
}

/// `s.start`, `s.stop`, `s.step`.
pub fn attr(parts: &[Value; 3], name: &str) -> Option<Value> {
    let i = ["start", "stop", "step"].iter().position(|n| *n == name)?;
    Some(parts[i].clone())
}

/// One part as `_PySlice_GetLongIndices` reads it: None or any index
/// (`operator.index`, so NumPy ints and 0-d int arrays too), kept whole.
fn part(v: &Value) -> Result<Option<BigInt>> {
    match v {
        Value::None => Ok(None),
        other => super::builtins::index(other)
            .map(Some)
            .map_err(|e| match e.class {
                Exc::TypeError => Error::type_error(
                    "slice indices must be integers or None or have an __index__ method",
                ),
                _ => e,
            }),
    }
}

/// `slice.indices(len)`.
fn indices(_: &mut Interp, args: &Args) -> Result<Value> {
    let Value::Slice(parts) = args.this() else {
        unreachable!("a slice method is bound to a slice")
    };
    let length = super::lists::index_arg(&args.get("len"))?;
    if length < 0 {
        return Err(Error::value_error("length should not be negative"));
    }
    let (start, stop, step) = long_indices(parts, length)?;
    Ok(Value::tuple(vec![
        Value::int(start),
        Value::int(stop),
        Value::Int(step),
    ]))
}

/// `_PySlice_GetLongIndices`: each bound clamped into a sequence of
/// `length`, in Python ints (a step beyond int64 is returned as given).
pub(super) fn long_indices(parts: &[Value; 3], length: i64) -> Result<(i64, i64, BigInt)> {
    let step = part(&parts[2])?.unwrap_or_else(|| BigInt::from(1));
    if step.sign() == Sign::NoSign {
        return Err(Error::value_error("slice step cannot be zero"));
    }
    let back = step.sign() == Sign::Minus;
    let (lower, upper) = if back { (-1, length - 1) } else { (0, length) };
    // Clamped, every bound fits an i64 whatever size it was given at.
    let bound = |v: Option<BigInt>, default: i64| match v {
        None => default,
        Some(x) if x.sign() == Sign::Minus => (x + length)
            .max(BigInt::from(lower))
            .to_i64()
            .unwrap_or(lower),
        Some(x) => x.min(BigInt::from(upper)).to_i64().unwrap_or(upper),
    };
    let start = bound(part(&parts[0])?, if back { upper } else { lower });
    let stop = bound(part(&parts[1])?, if back { lower } else { upper });
    Ok((start, stop, step))
}
