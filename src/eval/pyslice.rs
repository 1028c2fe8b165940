//! Python's `slice` objects: `slice(start, stop, step)`, their parts and
//! `indices(length)` (CPython's Objects/sliceobject.c).

use super::table::{Args, FnDef, method, p};
use super::{Interp, Value};
use crate::error::{Error, Result};
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

/// One part as `_PySlice_GetLongIndices` reads it: None or an index.
fn part(v: &Value) -> Result<Option<i64>> {
    match v {
        Value::None => Ok(None),
        other => super::numpy::to_index(other).map(Some).map_err(|_| {
            Error::type_error("slice indices must be integers or None or have an __index__ method")
        }),
    }
}

/// `_PySlice_GetLongIndices`: each bound clamped into the sequence.
fn indices(_: &mut Interp, args: &Args) -> Result<Value> {
    let Value::Slice(parts) = args.this() else {
        unreachable!("a slice method is bound to a slice")
    };
    let length = super::lists::index_arg(&args.get("len"))?;
    if length < 0 {
        return Err(Error::value_error("length should not be negative"));
    }
    let step = part(&parts[2])?.unwrap_or(1);
    if step == 0 {
        return Err(Error::value_error("slice step cannot be zero"));
    }
    let (lower, upper) = if step < 0 {
        (-1, length - 1)
    } else {
        (0, length)
    };
    let bound = |v: Option<i64>, default: i64| match v {
        None => default,
        Some(x) if x < 0 => (x.saturating_add(length)).max(lower),
        Some(x) => x.min(upper),
    };
    let start = bound(part(&parts[0])?, if step < 0 { upper } else { lower });
    let stop = bound(part(&parts[1])?, if step < 0 { lower } else { upper });
    Ok(Value::tuple(vec![
        Value::int(start),
        Value::int(stop),
        Value::int(step),
    ]))
}
