//! `np.concatenate`, `np.append`, `np.argmax`/`argmin`:
//! table entries and bindings over the array kernels.

use super::table::{Args, FnDef, Owner, p};
use super::value::Value;
use super::{Interp, to_array};
use crate::array::{Array, DType, shape};
use crate::error::{Error, Exc, Result};

pub static JOINING: &[FnDef] = &[
    FnDef {
        name: "concatenate",
        owner: Owner::NumpyC,
        error_name: None,
        params: &[
            p!(Normal "arrays", "A sequence of arrays."),
            p!(Normal "axis" = "0", "The axis to join along; None flattens first."),
        ],
        doc: "Join arrays along an existing axis.",
        examples: &["np.concatenate([[0], np.cumsum([1, 2, 3])])"],
        imp: concatenate,
    },
    FnDef {
        name: "append",
        owner: Owner::Numpy,
        error_name: None,
        params: &[
            p!(Normal "arr", "Values to start with."),
            p!(Normal "values", "Values to add at the end."),
            p!(Normal "axis" = "None", "The axis; None flattens both."),
        ],
        doc: "A copy of arr with values appended.",
        examples: &["np.append([1, 2], [3])"],
        imp: append,
    },
    FnDef {
        name: "argmax",
        owner: Owner::Numpy,
        error_name: None,
        params: &[
            p!(Normal "a", "Input array."),
            p!(Normal "axis" = "None", "Only None (the flattened array) in npcalc."),
        ],
        doc: "The index of the first largest element of the flattened array.",
        examples: &["np.argmax(np.cumsum([1, -2, 5, -1]))"],
        imp: |_, args| arg_extreme(args, true),
    },
    FnDef {
        name: "argmin",
        owner: Owner::Numpy,
        error_name: None,
        params: &[
            p!(Normal "a", "Input array."),
            p!(Normal "axis" = "None", "Only None (the flattened array) in npcalc."),
        ],
        doc: "The index of the first smallest element of the flattened array.",
        examples: &["np.argmin(np.cumsum([1, -2, 5, -1]))"],
        imp: |_, args| arg_extreme(args, false),
    },
];

fn parts(it: &mut Interp, v: &Value) -> Result<Vec<Array>> {
    let items = it.iterate(v)?;
    if items.is_empty() {
        return Err(Error::value_error("need at least one array to concatenate"));
    }
    items.iter().map(|x| to_array(x, None)).collect()
}

fn concatenate(it: &mut Interp, args: &Args) -> Result<Value> {
    let mut arrays = parts(it, &args.get("arrays"))?;
    let axis = match args.get("axis") {
        Value::None => {
            arrays = arrays.iter().map(shape::ravel).collect::<Result<_>>()?;
            0
        }
        v => super::to_index(&v)?,
    };
    let ndim = arrays[0].ndim();
    if ndim == 0 {
        return Err(Error::value_error(
            "zero-dimensional arrays cannot be concatenated",
        ));
    }
    if axis < -(ndim as i64) || axis >= ndim as i64 {
        return Err(Error::axis_error(axis, ndim));
    }
    let axis = axis.rem_euclid(ndim as i64) as usize;
    Ok(Value::Array(shape::concatenate(&arrays, axis)?))
}

fn append(_: &mut Interp, args: &Args) -> Result<Value> {
    let arr = to_array(&args.get("arr"), None)?;
    let values = to_array(&args.get("values"), None)?;
    let joined = match args.get("axis") {
        Value::None => shape::concatenate(&[shape::ravel(&arr)?, shape::ravel(&values)?], 0)?,
        v => {
            let axis = super::to_index(&v)?;
            let ndim = arr.ndim();
            if axis < -(ndim as i64) || axis >= ndim as i64 {
                return Err(Error::axis_error(axis, ndim));
            }
            shape::concatenate(&[arr, values], axis.rem_euclid(ndim as i64) as usize)?
        }
    };
    Ok(Value::Array(joined))
}

fn arg_extreme(args: &Args, largest: bool) -> Result<Value> {
    if !matches!(args.get("axis"), Value::None) {
        return Err(Error::new(
            Exc::NotImplementedError,
            "npcalc's argmax and argmin take no axis (they search the flattened array)",
        ));
    }
    let a = to_array(&args.get("a"), None)?;
    if a.size() == 0 {
        let name = if largest { "argmax" } else { "argmin" };
        return Err(Error::value_error(format!(
            "attempt to get {name} of an empty sequence"
        )));
    }
    let cast = |d| crate::array::cast_array(&a, d);
    let i = match a.dtype() {
        DType::Complex64 | DType::Complex128 => {
            return Err(Error::new(
                Exc::NotImplementedError,
                "npcalc's argmax and argmin do not order complex numbers",
            ));
        }
        // Widening to float64 keeps every value and its order.
        DType::Float16 | DType::Float32 | DType::Float64 => {
            first_extreme(&cast(DType::Float64)?.to_vec::<f64>(), largest)
        }
        DType::UInt64 => first_extreme(&a.to_vec::<u64>(), largest),
        _ => first_extreme(&cast(DType::Int64)?.to_vec::<i64>(), largest),
    };
    Ok(Value::Scalar(crate::array::Scalar::Int64(i as i64)))
}

/// The first index of the largest (smallest) value; a NaN wins at once,
/// as NumPy's argmax does.
fn first_extreme<T: PartialOrd + Copy>(v: &[T], largest: bool) -> usize {
    let mut best = 0;
    for (i, &x) in v.iter().enumerate() {
        #[allow(clippy::eq_op)]
        if x != x {
            return i;
        }
        let better = if largest { x > v[best] } else { x < v[best] };
        if better {
            best = i;
        }
    }
    best
}
