//! Python's `bisect`, ported from CPython 3.11's Modules/_bisectmodule.c:
//! binary search over any sequence by its items' `<`, with `lo`, `hi` and
//! `key`, and the `insort` functions that insert through `a.insert`.

use super::classes::call_with;
use super::table::{Args, FnDef, builtin, p};
use super::{Interp, Value};
use crate::error::{Error, Result};
use crate::syntax::ast::CmpOp;
use num_traits::ToPrimitive;

/// One entry: every function of the module takes `(a, x, lo=0, hi=None, *, key=None)`.
macro_rules! entry {
    ($name:literal, $doc:literal, [$ex:literal], $imp:expr) => {
        builtin!(
            $name,
            [
                p!(Normal "a", "A sorted sequence."),
                p!(Normal "x", "The value to place."),
                p!(Normal "lo" = "0", "The first index searched."),
                p!(Normal "hi" = "None", "One past the last index searched (None: len(a))."),
                p!(KeywordOnly "key" = "None", "A function giving each item's sort key.")
            ],
            $doc,
            [$ex],
            $imp
        )
    };
}

pub static BISECT: &[FnDef] = &[
    entry!(
        "bisect_left",
        "The first index where x could be inserted keeping a sorted.",
        ["bisect.bisect_left([1, 2, 2, 3], 2)"],
        bisect_left
    ),
    entry!(
        "bisect_right",
        "The index after the last item equal to x: where x goes to stay sorted.",
        ["bisect.bisect_right([1, 2, 2, 3], 2)"],
        bisect_right
    ),
    // CPython's module binds bisect_right itself, whose name errors show.
    FnDef {
        error_name: Some("bisect_right"),
        ..entry!(
            "bisect",
            "The same as bisect_right.",
            ["bisect.bisect([10, 20, 30], 25)"],
            bisect_right
        )
    },
    entry!(
        "insort_left",
        "Inserts x into a before the items equal to it.",
        ["bisect.insort_left(a := [1, 3], 2) or a"],
        insort_left
    ),
    entry!(
        "insort_right",
        "Inserts x into a after the items equal to it.",
        ["bisect.insort_right(a := [1, 3], 2) or a"],
        insort_right
    ),
    FnDef {
        error_name: Some("insort_right"),
        ..entry!(
            "insort",
            "The same as insort_right.",
            ["bisect.insort(a := [1, 3], 2) or a"],
            insort_right
        )
    },
];

/// The search bounds as the C code reads them: `lo` non-negative, `hi`
/// None for the sequence's length.
fn bounds(it: &mut Interp, args: &Args) -> Result<(i64, i64)> {
    let lo = match args.get("lo") {
        lo @ Value::Int(_) => super::combinatoric::ssize(&lo)?,
        lo => super::lists::index_arg(&lo)?,
    };
    if lo < 0 {
        return Err(Error::value_error("lo must be non-negative"));
    }
    // `_Py_convert_optional_to_ssize_t` reads None as -1, and the search
    // takes -1 (given or not) for the sequence's length.
    let hi = match args.get("hi") {
        Value::None => -1,
        hi if !is_index(&hi) => {
            return Err(Error::type_error(format!(
                "argument should be integer or None, not '{}'",
                hi.type_name()
            )));
        }
        hi => super::builtins::index(&hi)?
            .to_i64()
            .ok_or_else(|| Error::overflow_error("cannot fit 'int' into an index-sized integer"))?,
    };
    let hi = if hi == -1 {
        let a = args.get("a");
        match super::classes::len(it, &a) {
            Some(n) => n? as i64,
            None if matches!(a, Value::Dict(_)) => return Err(dict_not_sequence()),
            None => super::builtins::len_of(&a)? as i64,
        }
    } else {
        hi
    };
    Ok((lo, hi))
}

/// PySequence_Size's and PySequence_GetItem's words for a mapping.
fn dict_not_sequence() -> Error {
    Error::type_error("dict is not a sequence")
}

/// `_PyIndex_Check`: whether `operator.index` could read it.
fn is_index(v: &Value) -> bool {
    match v {
        Value::Int(_) | Value::Bool(_) => true,
        Value::Scalar(s) => s.dtype().is_integer(),
        Value::Array(_) => true,
        _ => false,
    }
}

/// `internal_bisect_left`/`_right`: `right` says whether items equal to
/// x are passed over.
fn search(it: &mut Interp, args: &Args, x: &Value, right: bool) -> Result<i64> {
    let (mut lo, mut hi) = bounds(it, args)?;
    let (a, key) = (args.get("a"), args.get("key"));
    if lo < hi && matches!(a, Value::Dict(_)) {
        return Err(dict_not_sequence());
    }
    while lo < hi {
        // The C code's unsigned mean cannot overflow; neither can this.
        let mid = lo + (hi - lo) / 2;
        let mut item = it.getitem(&a, &Value::int(mid))?;
        if !matches!(key, Value::None) {
            item = call_with(it, &key, vec![item])?;
        }
        let (l, r) = if right { (x, &item) } else { (&item, x) };
        let less = it.compare(CmpOp::Lt, l, r)?;
        // bisect_right moves left when x < item; bisect_left right when item < x.
        if it.truthy(&less)? == right {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    Ok(lo)
}

fn bisect_left(it: &mut Interp, args: &Args) -> Result<Value> {
    Ok(Value::int(search(it, args, &args.get("x"), false)?))
}

fn bisect_right(it: &mut Interp, args: &Args) -> Result<Value> {
    Ok(Value::int(search(it, args, &args.get("x"), true)?))
}

/// `insort_*`: searches by x's key, then calls `a.insert(index, x)`.
fn insort(it: &mut Interp, args: &Args, right: bool) -> Result<Value> {
    let (x, key) = (args.get("x"), args.get("key"));
    let sought = match key {
        Value::None => x.clone(),
        key => call_with(it, &key, vec![x.clone()])?,
    };
    let index = search(it, args, &sought, right)?;
    let insert = it.getattr(&args.get("a"), "insert")?;
    call_with(it, &insert, vec![Value::int(index), x])?;
    Ok(Value::None)
}

fn insort_left(it: &mut Interp, args: &Args) -> Result<Value> {
    insort(it, args, false)
}

fn insort_right(it: &mut Interp, args: &Args) -> Result<Value> {
    insort(it, args, true)
}
