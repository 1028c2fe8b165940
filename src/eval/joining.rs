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
            p!(Normal "axis" = "None", "The axis to search along; None searches the flattened array."),
            p!(Normal "out" = "None", "Not supported by npcalc."),
            p!(KeywordOnly "keepdims" = "False", "Keep the searched axis with length one."),
        ],
        doc: "The index of the first largest element (along an axis); a NaN counts as largest.",
        examples: &[
            "np.argmax(np.cumsum([1, -2, 5, -1]))",
            "np.argmax([[1, 5], [7, 2]], axis=0)",
        ],
        imp: |_, args| arg_extreme(to_array(&args.get("a"), None)?, args, true),
    },
    FnDef {
        name: "argmin",
        owner: Owner::Numpy,
        error_name: None,
        params: &[
            p!(Normal "a", "Input array."),
            p!(Normal "axis" = "None", "The axis to search along; None searches the flattened array."),
            p!(Normal "out" = "None", "Not supported by npcalc."),
            p!(KeywordOnly "keepdims" = "False", "Keep the searched axis with length one."),
        ],
        doc: "The index of the first smallest element (along an axis); a NaN counts as smallest.",
        examples: &[
            "np.argmin(np.cumsum([1, -2, 5, -1]))",
            "np.argmin([[1, 5], [7, 2]], axis=0)",
        ],
        imp: |_, args| arg_extreme(to_array(&args.get("a"), None)?, args, false),
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

/// `np.argmax`/`np.argmin` and the methods: the search runs over each
/// lane along the axis (the flattened array for None).
pub(super) fn arg_extreme(a: Array, args: &Args, largest: bool) -> Result<Value> {
    let name = if largest { "argmax" } else { "argmin" };
    if !matches!(args.get("out"), Value::None) {
        return Err(Error::new(
            Exc::NotImplementedError,
            format!("npcalc's {name} does not take out="),
        ));
    }
    let keepdims = super::pyops::truthy(&args.get("keepdims"))?;
    let axis = match args.get("axis") {
        Value::None => None,
        v => {
            let ndim = a.ndim().max(1) as i64;
            let axis = super::to_index(&v)?;
            if axis < -ndim || axis >= ndim {
                return Err(Error::axis_error(axis, ndim as usize));
            }
            Some(axis.rem_euclid(ndim) as usize)
        }
    };
    // Each lane is a row of `lanes`: the searched axis moved last.
    let (lanes, shape) = match axis {
        None => {
            let kept = if keepdims {
                vec![1; a.ndim()]
            } else {
                Vec::new()
            };
            (shape::ravel(&a)?, kept)
        }
        Some(axis) => {
            let a = if a.ndim() == 0 {
                shape::reshape(&a, &[1])?
            } else {
                a
            };
            let mut order: Vec<isize> = (0..a.ndim() as isize).collect();
            order.remove(axis);
            order.push(axis as isize);
            let mut kept = a.shape().to_vec();
            if keepdims {
                kept[axis] = 1;
            } else {
                kept.remove(axis);
            }
            (shape::transpose(&a, Some(&order))?, kept)
        }
    };
    let n = lanes.shape().last().copied().unwrap_or(1);
    let count: usize = lanes.shape()[..lanes.ndim().saturating_sub(1)]
        .iter()
        .product();
    if n == 0 && count > 0 {
        return Err(Error::value_error(format!(
            "attempt to get {name} of an empty sequence"
        )));
    }
    let cast = |d| crate::array::cast_array(&lanes, d);
    let found: Vec<i64> = match lanes.dtype() {
        DType::Complex64 | DType::Complex128 => {
            return Err(Error::new(
                Exc::NotImplementedError,
                "npcalc's argmax and argmin do not order complex numbers",
            ));
        }
        // Widening to float64 keeps every value and its order.
        DType::Float16 | DType::Float32 | DType::Float64 => {
            each_lane(&cast(DType::Float64)?.to_vec::<f64>(), n, largest)
        }
        DType::UInt64 => each_lane(&lanes.to_vec::<u64>(), n, largest),
        _ => each_lane(&cast(DType::Int64)?.to_vec::<i64>(), n, largest),
    };
    let out = Array::from_vec(found, shape);
    Ok(if out.ndim() == 0 {
        Value::Scalar(out.get(&[]))
    } else {
        Value::Array(out)
    })
}

fn each_lane<T: PartialOrd + Copy>(v: &[T], n: usize, largest: bool) -> Vec<i64> {
    if n == 0 {
        return Vec::new();
    }
    v.chunks(n)
        .map(|lane| first_extreme(lane, largest) as i64)
        .collect()
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
