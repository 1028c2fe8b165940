//! Python's `bisect` as CPython 3.11's Modules/_bisectmodule.c: the halving
//! loop over any sequence (a list, a NumPy array, a session sequence),
//! items read by index and compared with `<` as Python compares them.

use super::table::{Args, FnDef, builtin, p};
use super::{Interp, Value};
use crate::error::{Error, Result};
use crate::syntax::ast::CmpOp;

macro_rules! search {
    ($name:literal, $doc:literal, $imp:expr) => {
        builtin!(
            $name,
            [
                p!(Normal "a", "A sorted sequence (list, array, …)."),
                p!(Normal "x", "The value to place."),
                p!(Normal "lo" = "0", "Where the search starts."),
                p!(Normal "hi" = "None", "Where it stops (None: len(a))."),
                p!(KeywordOnly "key" = "None", "A function applied to a's items before comparing.")
            ],
            $doc,
            [],
            $imp
        )
    };
}

pub static BISECT: &[FnDef] = &[
    search!(
        "bisect_right",
        "The index where x goes in sorted a, after any items equal to it.",
        |it, args| found(it, args, Side::Right)
    ),
    search!(
        "bisect_left",
        "The index where x goes in sorted a, before any items equal to it.",
        |it, args| found(it, args, Side::Left)
    ),
    search!(
        "insort_right",
        "Insert x into sorted list a, after any items equal to it.",
        |it, args| insort(it, args, Side::Right)
    ),
    search!(
        "insort_left",
        "Insert x into sorted list a, before any items equal to it.",
        |it, args| insort(it, args, Side::Left)
    ),
    search!(
        "bisect",
        "The index where x goes in sorted a, after any items equal to it (bisect_right).",
        |it, args| found(it, args, Side::Right)
    ),
    search!(
        "insort",
        "Insert x into sorted list a, after any items equal to it (insort_right).",
        |it, args| insort(it, args, Side::Right)
    ),
];

#[derive(Clone, Copy)]
enum Side {
    Left,
    Right,
}

/// `PySequence_Size`: a mapping is no sequence.
fn sequence_len(it: &mut Interp, a: &Value) -> Result<i64> {
    if let Value::Dict(d) = a {
        let name = d.borrow().kind.class_name().unwrap_or("dict");
        let name = name.rsplit('.').next().unwrap_or(name);
        return Err(Error::type_error(format!("{name} is not a sequence")));
    }
    let n = match super::classes::len(it, a) {
        Some(n) => n?,
        None => super::builtins::len_of(a)?,
    };
    Ok(n as i64)
}

/// `internal_bisect_left`/`internal_bisect_right`.
fn bisect(it: &mut Interp, args: &Args, x: &Value, side: Side) -> Result<i64> {
    let a = args.get("a");
    let mut lo = super::combinatoric::ssize(&args.get("lo"))?;
    // Argument Clinic's hi: None (or -1, the C default) means len(a).
    let mut hi = match args.get("hi") {
        Value::None => -1,
        v @ (Value::Int(_) | Value::Bool(_)) => super::combinatoric::ssize(&v)?,
        v => {
            return Err(Error::type_error(format!(
                "argument should be integer or None, not '{}'",
                v.type_name()
            )));
        }
    };
    if lo < 0 {
        return Err(Error::value_error("lo must be non-negative"));
    }
    if hi == -1 {
        hi = sequence_len(it, &a)?;
    }
    let key = args.get("key");
    while lo < hi {
        // (size_t)lo + hi cannot overflow: both are below PY_SSIZE_T_MAX.
        let mid = ((lo as u64 + hi as u64) / 2) as i64;
        let mut item = it.getitem(&a, &Value::int(mid))?;
        if !matches!(key, Value::None) {
            item = super::classes::call_with(it, &key, vec![item])?;
        }
        let below = match side {
            Side::Right => it.compare(CmpOp::Lt, x, &item)?,
            Side::Left => it.compare(CmpOp::Lt, &item, x)?,
        };
        let below = it.truthy(&below)?;
        match (side, below) {
            (Side::Right, true) | (Side::Left, false) => hi = mid,
            _ => lo = mid + 1,
        }
    }
    Ok(lo)
}

fn found(it: &mut Interp, args: &Args, side: Side) -> Result<Value> {
    Ok(Value::int(bisect(it, args, &args.get("x"), side)?))
}

fn insort(it: &mut Interp, args: &Args, side: Side) -> Result<Value> {
    let (a, x, key) = (args.get("a"), args.get("x"), args.get("key"));
    let probe = match key {
        Value::None => x.clone(),
        k => super::classes::call_with(it, &k, vec![x.clone()])?,
    };
    let at = bisect(it, args, &probe, side)?;
    match &a {
        // PyList_Insert, which clamps the index to the list.
        Value::List(l) => {
            let at = (at as usize).min(l.len());
            l.borrow_mut().insert(at, x);
        }
        _ => {
            let insert = it.getattr(&a, "insert")?;
            super::classes::call_with(it, &insert, vec![Value::int(at), x])?;
        }
    }
    Ok(Value::None)
}
