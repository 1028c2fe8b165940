//! `np.concatenate`, `np.block`, `np.append`, `np.argmax`/`argmin`:
//! table entries and bindings over the array kernels.

use super::table::{Args, FnDef, Owner, p};
use super::value::Value;
use super::{Interp, to_array};
use crate::array::{Array, DType, shape};
use crate::error::{Error, Exc, Result};

pub static JOINING: &[FnDef] = &[
    FnDef {
        name: "block",
        owner: Owner::Numpy,
        error_name: None,
        params: &[
            p!(Normal "arrays", "Nested lists of arrays: the innermost lists join along the last axis, the next ones along the axis before."),
        ],
        doc: "Assemble an array from nested lists of blocks, as a block matrix is written.",
        examples: &[
            "np.block([[np.eye(2), np.zeros((2, 1))], [np.ones((1, 2)), np.full((1, 1), 5.0)]])",
            "np.block([[1, 2], [3, 4]])",
        ],
        imp: block,
    },
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

/// `arrays[0][2]…`, the place in np.block's nesting that its messages name.
fn block_place(index: &[Option<usize>]) -> String {
    let steps: String = index.iter().flatten().map(|i| format!("[{i}]")).collect();
    format!("arrays{steps}")
}

/// NumPy's `_block_check_depths_match`: the index of the first bottom of
/// the nesting (ending in None for an empty list), the largest ndim of a
/// block, and the total size.
fn block_depths(v: &Value, parent: &[Option<usize>]) -> Result<(Vec<Option<usize>>, usize, usize)> {
    let Value::List(l) = v else {
        if let Value::Tuple(_) = v {
            return Err(Error::type_error(format!(
                "{} is a tuple. Only lists can be used to arrange blocks, and np.block does not allow implicit conversion from tuple to ndarray.",
                block_place(parent)
            )));
        }
        let a = to_array(v, None)?;
        return Ok((parent.to_vec(), a.ndim(), a.size()));
    };
    let mut first: Option<(Vec<Option<usize>>, usize, usize)> = None;
    for (i, item) in l.to_vec().iter().enumerate() {
        let mut place = parent.to_vec();
        place.push(Some(i));
        let (index, ndim, size) = block_depths(item, &place)?;
        let Some((first_index, max_ndim, total)) = &mut first else {
            first = Some((index, ndim, size));
            continue;
        };
        *total += size;
        *max_ndim = (*max_ndim).max(ndim);
        if index.len() != first_index.len() {
            return Err(Error::value_error(format!(
                "List depths are mismatched. First element was at depth {}, but there is an element at depth {} ({})",
                first_index.len(),
                index.len(),
                block_place(&index)
            )));
        }
        if index.last() == Some(&None) {
            *first_index = index;
        }
    }
    Ok(first.unwrap_or_else(|| {
        let mut bottom = parent.to_vec();
        bottom.push(None);
        (bottom, 0, 0)
    }))
}

/// NumPy's `_block`: each innermost list concatenated along the last axis,
/// each list above along the axis before, blocks first given `ndim` axes.
fn block_join(v: &Value, depth: usize, max_depth: usize, ndim: usize) -> Result<Array> {
    match v {
        Value::List(l) if depth < max_depth => {
            let parts = l
                .to_vec()
                .iter()
                .map(|item| block_join(item, depth + 1, max_depth, ndim))
                .collect::<Result<Vec<_>>>()?;
            shape::concatenate(&parts, ndim - (max_depth - depth))
        }
        leaf => Ok(crate::array::layout::at_least(&to_array(leaf, None)?, ndim)),
    }
}

/// NumPy's `block` by concatenation; past 2*512*512 elements (times the
/// depth) NumPy writes the blocks into an empty result instead, with the
/// same values.
fn block(_: &mut Interp, args: &Args) -> Result<Value> {
    let arrays = args.get("arrays");
    let (bottom, arr_ndim, _) = block_depths(&arrays, &[])?;
    if bottom.last() == Some(&None) {
        return Err(Error::value_error(format!(
            "List at {} cannot be empty",
            block_place(&bottom)
        )));
    }
    let list_ndim = bottom.len();
    let result = block_join(&arrays, 0, list_ndim, arr_ndim.max(list_ndim))?;
    Ok(Value::Array(if list_ndim == 0 {
        shape::copy(&result)?
    } else {
        result
    }))
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
