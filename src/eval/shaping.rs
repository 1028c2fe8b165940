//! Building, joining and reshaping around cumsum: `np.insert`, `np.delete`,
//! the stacks, `repeat`, `tile`, `flip`, `roll`, `split`, `squeeze`,
//! `expand_dims`, `pad`, `atleast_*d`, `swapaxes`, `moveaxis`, `rollaxis`,
//! `matrix_transpose`, and the
//! index-trick objects `np.r_` / `np.c_`: table entries and bindings over
//! `array::layout`.

use super::table::{Args, CallArgs, FnDef, Owner, p};
use super::value::{IndexTrick, Value};
use super::{Interp, to_array, to_index};
use crate::array::layout::{self, PadMode};
use crate::array::promote::{Operand, result_type};
use crate::array::{Array, DType, Kind, Scalar, cast_array, shape};
use crate::error::{Error, Exc, Result, Span};
use crate::syntax::ast::BinOp;
use std::rc::Rc;

pub static SHAPING: &[FnDef] = &[
    FnDef {
        name: "insert",
        owner: Owner::Numpy,
        error_name: None,
        params: &[
            p!(Normal "arr", "Input array."),
            p!(Normal "obj", "Index (or indices, or a slice) before which values go."),
            p!(Normal "values", "Values to insert, cast to arr's dtype."),
            p!(Normal "axis" = "None", "The axis; None flattens arr first."),
        ],
        doc: "A copy of arr with values inserted before the given indices.",
        examples: &["np.insert(np.cumsum([1, 2, 3]), 0, 0)"],
        imp: insert,
    },
    FnDef {
        name: "delete",
        owner: Owner::Numpy,
        error_name: None,
        params: &[
            p!(Normal "arr", "Input array."),
            p!(Normal "obj", "Index, indices, boolean mask or slice to remove."),
            p!(Normal "axis" = "None", "The axis; None flattens arr first."),
        ],
        doc: "A copy of arr without the given entries along axis.",
        examples: &["np.delete(np.cumsum([1, 2, 3, 4]), [0, 2])"],
        imp: delete,
    },
    FnDef {
        name: "stack",
        owner: Owner::Numpy,
        error_name: None,
        params: &[
            p!(Normal "arrays", "Arrays of one shape."),
            p!(Normal "axis" = "0", "Index of the new axis in the result."),
            p!(KeywordOnly "dtype" = "None", "The result dtype; the inputs are cast to it under casting."),
            p!(KeywordOnly "casting" = "'same_kind'", "The casting rule for dtype= (same_kind by default)."),
        ],
        doc: "Join arrays of one shape along a new axis.",
        examples: &["np.stack([np.cumsum([1, 2]), np.cumsum([3, 4])], axis=1)"],
        imp: stack,
    },
    FnDef {
        name: "vstack",
        owner: Owner::Numpy,
        error_name: None,
        params: &[
            p!(Normal "tup", "Arrays; 1-D ones become rows."),
            p!(KeywordOnly "dtype" = "None", "The result dtype; the inputs are cast to it under casting."),
            p!(KeywordOnly "casting" = "'same_kind'", "The casting rule for dtype= (same_kind by default)."),
        ],
        doc: "Stack arrays as rows (along the first axis).",
        examples: &["np.vstack([[1, 2], np.cumsum([1, 2])])"],
        imp: |it, args| stack_family(it, args, Family::V),
    },
    FnDef {
        name: "hstack",
        owner: Owner::Numpy,
        error_name: None,
        params: &[
            p!(Normal "tup", "Arrays; 1-D ones are joined end to end."),
            p!(KeywordOnly "dtype" = "None", "The result dtype; the inputs are cast to it under casting."),
            p!(KeywordOnly "casting" = "'same_kind'", "The casting rule for dtype= (same_kind by default)."),
        ],
        doc: "Stack arrays in sequence horizontally (along the second axis, the first for 1-D).",
        examples: &["np.hstack([[0], np.cumsum([1, 2, 3])])"],
        imp: |it, args| stack_family(it, args, Family::H),
    },
    FnDef {
        name: "dstack",
        owner: Owner::Numpy,
        error_name: None,
        params: &[p!(Normal "tup", "Arrays, made at least 3-D.")],
        doc: "Stack arrays along the third axis.",
        examples: &["np.dstack([[1, 2], [3, 4]])"],
        imp: |it, args| stack_family(it, args, Family::D),
    },
    FnDef {
        name: "column_stack",
        owner: Owner::Numpy,
        error_name: None,
        params: &[p!(Normal "tup", "Arrays; 1-D ones become columns.")],
        doc: "Stack 1-D arrays as columns of a 2-D array.",
        examples: &["np.column_stack([[1, 2, 3], np.cumsum([1, 2, 3])])"],
        imp: |it, args| stack_family(it, args, Family::Column),
    },
    FnDef {
        name: "repeat",
        owner: Owner::Numpy,
        error_name: None,
        params: &[
            p!(Normal "a", "Input array."),
            p!(Normal "repeats", "Count for every element, or one for all."),
            p!(Normal "axis" = "None", "The axis; None flattens a first."),
        ],
        doc: "Repeat each element of an array.",
        examples: &["np.repeat([1, 2], [2, 3])"],
        imp: repeat,
    },
    FnDef {
        name: "tile",
        owner: Owner::Numpy,
        error_name: None,
        params: &[
            p!(Normal "A", "Input array."),
            p!(Normal "reps", "Repetitions along each axis."),
        ],
        doc: "Build an array by repeating A reps times.",
        examples: &["np.tile([1, 2], 3)", "np.tile([1, 2], (2, 1))"],
        imp: tile,
    },
    FnDef {
        name: "flip",
        owner: Owner::Numpy,
        error_name: None,
        params: &[
            p!(Normal "m", "Input array."),
            p!(Normal "axis" = "None", "Axis or axes to reverse; None reverses all."),
        ],
        doc: "Reverse the order of elements along axes (a view).",
        examples: &["np.cumsum(np.flip([1, 2, 3]))"],
        imp: flip,
    },
    FnDef {
        name: "fliplr",
        owner: Owner::Numpy,
        error_name: None,
        params: &[p!(Normal "m", "Input array, at least 2-D.")],
        doc: "Reverse the order of columns (a view).",
        examples: &["np.fliplr([[1, 2], [3, 4]])"],
        imp: |_, args| flip_one(args, 1),
    },
    FnDef {
        name: "flipud",
        owner: Owner::Numpy,
        error_name: None,
        params: &[p!(Normal "m", "Input array, at least 1-D.")],
        doc: "Reverse the order of rows (a view).",
        examples: &["np.flipud([[1, 2], [3, 4]])"],
        imp: |_, args| flip_one(args, 0),
    },
    FnDef {
        name: "roll",
        owner: Owner::Numpy,
        error_name: None,
        params: &[
            p!(Normal "a", "Input array."),
            p!(Normal "shift", "Places to shift (an int or one per axis)."),
            p!(Normal "axis" = "None", "Axis or axes; None rolls the flattened array."),
        ],
        doc: "Roll elements along an axis: those shifted off the end come back at the start.",
        examples: &["np.roll(np.cumsum([1, 2, 3, 4]), 1)"],
        imp: roll,
    },
    FnDef {
        name: "split",
        owner: Owner::Numpy,
        error_name: None,
        params: &[
            p!(Normal "ary", "Array to split."),
            p!(Normal "indices_or_sections", "A number of equal sections, or the split indices."),
            p!(Normal "axis" = "0", "The axis to split along."),
        ],
        doc: "Split an array into views along an axis; a number of sections must divide it.",
        examples: &["np.split(np.cumsum(np.arange(6)), 3)"],
        imp: |_, args| split(args, true),
    },
    FnDef {
        name: "array_split",
        owner: Owner::Numpy,
        error_name: None,
        params: &[
            p!(Normal "ary", "Array to split."),
            p!(Normal "indices_or_sections", "A number of sections, or the split indices."),
            p!(Normal "axis" = "0", "The axis to split along."),
        ],
        doc: "Split an array into views; the first sections get one extra element when it does not divide.",
        examples: &["np.array_split(np.arange(7), 3)"],
        imp: |_, args| split(args, false),
    },
    FnDef {
        name: "squeeze",
        owner: Owner::Numpy,
        error_name: None,
        params: &[
            p!(Normal "a", "Input array."),
            p!(Normal "axis" = "None", "Length-one axes to remove; None removes all."),
        ],
        doc: "Remove axes of length one (a view).",
        examples: &["np.squeeze(np.zeros((1, 3, 1))).shape"],
        imp: |_, args| squeeze_value(&args.get("a"), &args.get("axis")),
    },
    FnDef {
        name: "expand_dims",
        owner: Owner::Numpy,
        error_name: None,
        params: &[
            p!(Normal "a", "Input array."),
            p!(Normal "axis", "Position(s) of the new axes in the result."),
        ],
        doc: "Insert axes of length one (a view).",
        examples: &["np.expand_dims(np.cumsum([1, 2]), 1)"],
        imp: expand_dims,
    },
    FnDef {
        name: "pad",
        owner: Owner::Numpy,
        error_name: None,
        params: &[
            p!(Normal "array", "Input array."),
            p!(Normal "pad_width", "Widths (before, after) for every axis, or one for all."),
            p!(Normal "mode" = "'constant'", "'constant', 'edge', 'reflect', 'symmetric' or 'wrap' in npcalc."),
            p!(VarKeyword "kwargs", "constant_values= for mode 'constant', reflect_type= for 'reflect' and 'symmetric'."),
        ],
        doc: "Pad an array with a constant, its edge values, its mirror image or its repetition.",
        examples: &[
            "np.pad(np.cumsum([1, 2, 3]), (1, 0))",
            "np.pad([1, 2], 2, mode='edge')",
            "np.pad([1, 2, 3], (2, 3), mode='reflect')",
        ],
        imp: pad,
    },
    FnDef {
        name: "atleast_1d",
        owner: Owner::Numpy,
        error_name: None,
        params: &[p!(VarPositional "arys", "Inputs.")],
        doc: "Each input as an array of at least one dimension (a tuple for several).",
        examples: &["np.atleast_1d(5)"],
        imp: |_, args| at_least(args, 1),
    },
    FnDef {
        name: "atleast_2d",
        owner: Owner::Numpy,
        error_name: None,
        params: &[p!(VarPositional "arys", "Inputs.")],
        doc: "Each input as an array of at least two dimensions (a tuple for several).",
        examples: &["np.atleast_2d([1, 2])"],
        imp: |_, args| at_least(args, 2),
    },
    FnDef {
        name: "atleast_3d",
        owner: Owner::Numpy,
        error_name: None,
        params: &[p!(VarPositional "arys", "Inputs.")],
        doc: "Each input as an array of at least three dimensions (a tuple for several): a 1-d array of N becomes (1, N, 1), a 2-d one (M, N, 1).",
        examples: &["np.atleast_3d([1, 2]).shape"],
        imp: |_, args| at_least(args, 3),
    },
    FnDef {
        name: "rollaxis",
        owner: Owner::Numpy,
        error_name: None,
        params: &[
            p!(Normal "a", "Input array."),
            p!(Normal "axis", "The axis to move."),
            p!(Normal "start" = "0", "The axis moves to before this position."),
        ],
        doc: "Move axis to lie before position start, the others keeping their order (a view; np.moveaxis is the clearer spelling).",
        examples: &["np.rollaxis(np.zeros((2, 3, 4)), 2).shape"],
        imp: rollaxis,
    },
    FnDef {
        name: "matrix_transpose",
        owner: Owner::Numpy,
        error_name: None,
        params: &[p!(PositionalOnly "x", "Array of at least two dimensions.")],
        doc: "Swap the last two axes: the transpose of each matrix in a stack (a view).",
        examples: &["np.matrix_transpose(np.arange(6).reshape(2, 3))"],
        imp: matrix_transpose,
    },
    FnDef {
        name: "swapaxes",
        owner: Owner::Numpy,
        error_name: None,
        params: &[
            p!(Normal "a", "Input array."),
            p!(Normal "axis1", "First axis."),
            p!(Normal "axis2", "Second axis."),
        ],
        doc: "Interchange two axes (a view).",
        examples: &["np.swapaxes(np.arange(6).reshape(2, 3), 0, 1)"],
        imp: |_, args| swapaxes_value(&args.get("a"), args),
    },
    FnDef {
        name: "moveaxis",
        owner: Owner::Numpy,
        error_name: None,
        params: &[
            p!(Normal "a", "Input array."),
            p!(Normal "source", "Original position(s) of the axes to move."),
            p!(Normal "destination", "New position(s)."),
        ],
        doc: "Move axes to new positions, the others keeping their order (a view).",
        examples: &["np.moveaxis(np.zeros((2, 3, 4)), 0, -1).shape"],
        imp: moveaxis,
    },
];

/// `ndarray.repeat`, `.squeeze` and `.swapaxes`, for catalog's METHODS.
pub fn m_repeat(it: &mut Interp, args: &Args) -> Result<Value> {
    repeat_of(it, args.this(), &args.get("repeats"), &args.get("axis"))
}

pub fn m_squeeze(_: &mut Interp, args: &Args) -> Result<Value> {
    squeeze_value(args.this(), &args.get("axis"))
}

pub fn m_swapaxes(_: &mut Interp, args: &Args) -> Result<Value> {
    swapaxes_value(args.this(), args)
}

fn arg(args: &Args, name: &str) -> Result<Array> {
    to_array(&args.get(name), None).map_err(|e| e.at(args.span(name)))
}

/// An axis argument as NumPy's `operator.index` reads it.
fn axis_index(v: &Value) -> Result<i64> {
    to_index(v)
}

fn is_integer(v: &Value) -> bool {
    match v {
        Value::Int(_) | Value::Bool(_) => true,
        Value::Scalar(s) => s.dtype().is_integer() || s.dtype() == DType::Bool,
        _ => false,
    }
}

/// An int or a sequence of ints (NumPy's `normalize_axis_tuple`), normalized
/// for `ndim` dimensions; `what` prefixes the AxisError (`source: axis …`).
pub(super) fn axis_tuple(
    it: &mut Interp,
    v: &Value,
    ndim: usize,
    what: Option<&str>,
) -> Result<Vec<usize>> {
    let raw: Vec<i64> = match v {
        Value::List(_) | Value::Tuple(_) => it
            .iterate(v)?
            .iter()
            .map(axis_index)
            .collect::<Result<_>>()?,
        other if is_integer(other) => vec![axis_index(other)?],
        other => {
            return Err(Error::type_error(format!(
                "'{}' object is not iterable",
                other.type_name()
            )));
        }
    };
    let mut out = Vec::with_capacity(raw.len());
    for a in raw {
        let ax = layout::normalize_axis(a, ndim).map_err(|e| match what {
            Some(w) => Error::new(Exc::AxisError, format!("{w}: {}", e.message)),
            None => e,
        })?;
        if out.contains(&ax) {
            return Err(Error::value_error(match what {
                Some(w) => format!("repeated axis in `{w}` argument"),
                None => "repeated axis".into(),
            }));
        }
        out.push(ax);
    }
    Ok(out)
}

/// `np.insert`, ported from NumPy's `_function_base_impl.insert`.
fn insert(it: &mut Interp, args: &Args) -> Result<Value> {
    let mut a = arg(args, "arr")?;
    let axis = match args.get("axis") {
        Value::None => {
            a = shape::ravel(&a)?;
            0
        }
        v => layout::normalize_axis(axis_index(&v)?, a.ndim())?,
    };
    let n = a.shape()[axis] as i64;
    let obj = args.get("obj");
    let values = args.get("values");
    let (indices, obj_is_0d): (Vec<Value>, bool) = match &obj {
        Value::Slice(parts) => {
            let idx = super::builtins::slice_positions(parts, n as usize)?
                .into_iter()
                .map(|i| Value::int(i as i64))
                .collect();
            (idx, false)
        }
        _ => {
            let arr = to_array(&obj, None)?;
            if arr.dtype() == DType::Bool {
                let Value::Array(_) = obj else {
                    return Err(Error::attribute_error(format!(
                        "'{}' object has no attribute 'ndim'",
                        obj.type_name()
                    )));
                };
                if arr.ndim() != 1 {
                    return Err(Error::value_error(
                        "boolean array argument obj to insert must be one dimensional",
                    ));
                }
                let idx = arr
                    .to_vec::<bool>()
                    .iter()
                    .enumerate()
                    .filter(|(_, b)| **b)
                    .map(|(i, _)| Value::int(i))
                    .collect();
                (idx, false)
            } else {
                if arr.ndim() > 1 {
                    return Err(Error::value_error(
                        "index array argument obj to insert must be one dimensional or scalar",
                    ));
                }
                let items = (0..arr.size())
                    .map(|k| Value::Scalar(arr.get_flat(k)))
                    .collect();
                (items, arr.ndim() == 0)
            }
        }
    };
    let dtype = a.dtype();
    if indices.len() == 1 {
        let index = match &indices[0] {
            v if is_integer(v) => to_index(v)?,
            _ => {
                return Err(Error::type_error(
                    "slice indices must be integers or None or have an __index__ method",
                ));
            }
        };
        if index < -n || index > n {
            return Err(Error::index_error(format!(
                "index {} is out of bounds for axis {axis} with size {n}",
                super::repr::str(&obj, &it.print_options)
            )));
        }
        let index = if index < 0 { index + n } else { index } as usize;
        let mut vals = layout::at_least(&to_array(&values, Some(dtype))?, a.ndim());
        if obj_is_0d {
            vals = layout::moveaxis(&vals, &[0], &[axis]);
        }
        let mut block = a.shape().to_vec();
        block[axis] = vals.shape()[axis];
        let vals = shape::broadcast_to(&vals, &block).ok_or_else(|| {
            Error::value_error(format!(
                "could not broadcast input array from shape {} into shape {}",
                crate::array::compact_shape_repr(vals.shape()),
                crate::array::compact_shape_repr(&block)
            ))
        })?;
        return Ok(Value::Array(layout::insert_block(&a, axis, index, &vals)?));
    }
    let mut idx = Vec::with_capacity(indices.len());
    for v in &indices {
        if !is_integer(v) {
            return Err(Error::index_error(
                "arrays used as indices must be of integer (or boolean) type",
            ));
        }
        let i = to_index(v)?;
        idx.push(if i < 0 { i + n } else { i });
    }
    // Stable order: the k-th smallest moves k places on.
    let mut order: Vec<usize> = (0..idx.len()).collect();
    order.sort_by_key(|&k| idx[k]);
    for (shift, &k) in order.iter().enumerate() {
        idx[k] += shift as i64;
    }
    let total = n + idx.len() as i64;
    let mut positions = Vec::with_capacity(idx.len());
    for &i in &idx {
        if i < -total || i >= total {
            return Err(Error::index_error(format!(
                "index {i} is out of bounds for axis 0 with size {total}"
            )));
        }
        positions.push(i.rem_euclid(total.max(1)) as usize);
    }
    let vals = to_array(&values, Some(dtype))?;
    Ok(Value::Array(layout::insert_many(
        &a, axis, &positions, &vals,
    )?))
}

/// `np.delete`, ported from NumPy's `_function_base_impl.delete`.
fn delete(it: &mut Interp, args: &Args) -> Result<Value> {
    let mut a = arg(args, "arr")?;
    let axis = match args.get("axis") {
        Value::None => {
            a = shape::ravel(&a)?;
            0
        }
        v => layout::normalize_axis(axis_index(&v)?, a.ndim())?,
    };
    let n = a.shape()[axis];
    let obj = args.get("obj");
    let mut keep = vec![true; n];
    match &obj {
        Value::Slice(parts) => {
            for i in super::builtins::slice_positions(parts, n)? {
                keep[i] = false;
            }
        }
        _ => {
            let single = is_integer(&obj) && !matches!(obj, Value::Bool(_));
            let arr = to_array(&obj, None)?;
            let int_kind = matches!(arr.dtype().kind(), Kind::Int | Kind::UInt);
            if single || (arr.size() == 1 && int_kind) {
                let i = to_index(&Value::Scalar(arr.get_flat(0)))?;
                if i < -(n as i64) || i >= n as i64 {
                    return Err(Error::index_error(format!(
                        "index {i} is out of bounds for axis {axis} with size {n}"
                    )));
                }
                keep[i.rem_euclid(n as i64) as usize] = false;
            } else if arr.dtype() == DType::Bool {
                if arr.shape() != [n] {
                    return Err(Error::value_error(format!(
                        "boolean array argument obj to delete must be one dimensional and match the axis length of {n}"
                    )));
                }
                for (k, b) in arr.to_vec::<bool>().into_iter().enumerate() {
                    keep[k] = !b;
                }
            } else if arr.size() > 0 && !int_kind {
                return Err(Error::index_error(
                    "arrays used as indices must be of integer (or boolean) type",
                ));
            } else {
                let _ = it;
                for k in 0..arr.size() {
                    let i = to_index(&Value::Scalar(arr.get_flat(k)))?;
                    if i < -(n as i64) || i >= n as i64 {
                        return Err(Error::index_error(format!(
                            "index {i} is out of bounds for axis 0 with size {n}"
                        )));
                    }
                    keep[i.rem_euclid(n as i64) as usize] = false;
                }
            }
        }
    }
    Ok(Value::Array(layout::keep_along(&a, axis, &keep)?))
}

/// The inputs of a stack: anything NumPy can index (not a generator or a number).
fn stack_inputs(it: &mut Interp, v: &Value) -> Result<Vec<Array>> {
    if !matches!(
        v,
        Value::List(_) | Value::Tuple(_) | Value::Array(_) | Value::Range(_)
    ) {
        return Err(Error::type_error(
            "arrays to stack must be passed as a \"sequence\" type such as list or tuple.",
        ));
    }
    it.iterate(v)?.iter().map(|x| to_array(x, None)).collect()
}

/// `concatenate(parts, axis, dtype=, casting=)` with the stack functions' checks.
fn join(parts: &[Array], axis: i64, args: &Args) -> Result<Value> {
    if parts.is_empty() {
        return Err(Error::value_error("need at least one array to concatenate"));
    }
    let axis = layout::normalize_axis(axis, parts[0].ndim())?;
    let dtype = super::convert::to_dtype(&args.get("dtype"))?;
    let Some(dtype) = dtype else {
        return Ok(Value::Array(shape::concatenate(parts, axis)?));
    };
    let casting = match args.get("casting") {
        Value::Str(s) => s.to_string(),
        _ => "same_kind".into(),
    };
    let rule = crate::array::Casting::parse(&casting).ok_or_else(|| {
        Error::value_error("casting must be one of 'no', 'equiv', 'safe', 'same_kind', or 'unsafe'")
    })?;
    let mut cast = Vec::with_capacity(parts.len());
    for p in parts {
        if !crate::array::can_cast(p.dtype(), dtype, rule) {
            return Err(Error::type_error(format!(
                "Cannot cast array data from {} to {} according to the rule '{casting}'",
                crate::print::dtype_repr(p.dtype()),
                crate::print::dtype_repr(dtype)
            )));
        }
        cast.push(cast_array(p, dtype)?);
    }
    Ok(Value::Array(shape::concatenate(&cast, axis)?))
}

fn stack(it: &mut Interp, args: &Args) -> Result<Value> {
    let arrays = stack_inputs(it, &args.get("arrays"))?;
    if arrays.is_empty() {
        return Err(Error::value_error("need at least one array to stack"));
    }
    if arrays.iter().any(|a| a.shape() != arrays[0].shape()) {
        return Err(Error::value_error(
            "all input arrays must have the same shape",
        ));
    }
    let axis = axis_index(&args.get("axis"))?;
    let at = layout::normalize_axis(axis, arrays[0].ndim() + 1)?;
    let expanded: Vec<Array> = arrays
        .iter()
        .map(|a| layout::expand_dims(a, &[at]))
        .collect();
    join(&expanded, at as i64, args)
}

#[derive(Clone, Copy)]
enum Family {
    V,
    H,
    D,
    Column,
}

fn stack_family(it: &mut Interp, args: &Args, family: Family) -> Result<Value> {
    let arrays = stack_inputs(it, &args.get("tup"))?;
    let parts: Vec<Array> = arrays
        .iter()
        .map(|a| match family {
            Family::V => layout::at_least(a, 2),
            Family::H => layout::at_least(a, 1),
            Family::D => at_least_3d(a),
            Family::Column if a.ndim() < 2 => {
                shape::transpose(&layout::at_least(a, 2), None).expect("2-D transposes")
            }
            Family::Column => a.clone(),
        })
        .collect();
    let axis = match family {
        Family::V => 0,
        Family::H => match parts.first() {
            Some(p) if p.ndim() == 1 => 0,
            _ => 1,
        },
        Family::D => 2,
        Family::Column => 1,
    };
    join(&parts, axis, args)
}

/// `np.atleast_3d`: (n,) becomes (1, n, 1) and (m, n) becomes (m, n, 1).
fn at_least_3d(a: &Array) -> Array {
    match a.ndim() {
        0 => layout::expand_dims(a, &[0, 1, 2]),
        1 => layout::expand_dims(a, &[0, 2]),
        2 => layout::expand_dims(a, &[2]),
        _ => a.clone(),
    }
}

fn at_least(args: &Args, ndmin: usize) -> Result<Value> {
    let Value::Tuple(items) = args.get("arys") else {
        unreachable!("*arys binds a tuple")
    };
    let mut out = Vec::with_capacity(items.len());
    for v in items.iter() {
        let a = to_array(v, None)?;
        out.push(Value::Array(match (ndmin, a.ndim()) {
            (2, 1) => layout::expand_dims(&a, &[0]),
            (3, _) => at_least_3d(&a),
            _ => layout::at_least(&a, ndmin),
        }));
    }
    Ok(if out.len() == 1 {
        out.pop().expect("one")
    } else {
        Value::tuple(out)
    })
}

fn repeat(it: &mut Interp, args: &Args) -> Result<Value> {
    let a = to_array(&args.get("a"), None)?;
    repeat_of(
        it,
        &Value::Array(a),
        &args.get("repeats"),
        &args.get("axis"),
    )
}

fn repeat_of(_: &mut Interp, this: &Value, repeats: &Value, axis: &Value) -> Result<Value> {
    let mut a = to_array(this, None)?;
    // PyArray_Repeat's order: the counts first, as intp of at most one
    // dimension (NumPy casts them unsafely: 1.5 repeats once), then the axis.
    let r = super::numpy::at_most_one_dim(repeats, to_array(repeats, None)?)?;
    let counts = cast_array(&r, DType::Int64)?.to_vec::<i64>();
    let axis = match axis {
        Value::None => {
            a = shape::ravel(&a)?;
            0
        }
        v => layout::normalize_axis(axis_index(v)?, a.ndim())?,
    };
    let n = a.shape()[axis];
    // One count serves every element; its total, count * n, sizes the result.
    let counts: Vec<usize> = if counts.len() == 1 {
        if counts[0] < 0 && n > 0 {
            return Err(Error::value_error("negative dimensions are not allowed"));
        }
        vec![counts[0].max(0) as usize]
    } else if counts.len() != n {
        return Err(Error::value_error(format!(
            "operands could not be broadcast together with shape ({},) ({},)",
            n,
            counts.len()
        )));
    } else if counts.iter().any(|&c| c < 0) {
        return Err(Error::value_error(
            "repeats may not contain negative values.",
        ));
    } else {
        counts.iter().map(|&c| c as usize).collect()
    };
    Ok(Value::Array(layout::repeat(&a, &counts, axis)?))
}

fn tile(it: &mut Interp, args: &Args) -> Result<Value> {
    let a = to_array(&args.get("A"), None)?;
    let reps_v = args.get("reps");
    let reps: Vec<i64> = match &reps_v {
        Value::List(_) | Value::Tuple(_) | Value::Array(_) | Value::Range(_) => it
            .iterate(&reps_v)?
            .iter()
            .map(to_index)
            .collect::<Result<_>>()?,
        v => vec![to_index(v)?],
    };
    if reps.iter().any(|&r| r < 0) {
        return Err(Error::value_error("negative dimensions are not allowed"));
    }
    let reps: Vec<usize> = reps.iter().map(|&r| r as usize).collect();
    Ok(Value::Array(layout::tile(&a, &reps)?))
}

fn flip(it: &mut Interp, args: &Args) -> Result<Value> {
    let a = arg(args, "m")?;
    let axes = match args.get("axis") {
        Value::None => (0..a.ndim()).collect(),
        v => axis_tuple(it, &v, a.ndim(), None)?,
    };
    // NumPy indexes with one `::-1` per axis, so a 0-d input gives a scalar.
    Ok(super::numpy::unwrap0(layout::flip(&a, &axes)))
}

fn flip_one(args: &Args, axis: usize) -> Result<Value> {
    let a = arg(args, "m")?;
    if a.ndim() < axis + 1 {
        return Err(Error::value_error(format!(
            "Input must be >= {}-d.",
            axis + 1
        )));
    }
    Ok(Value::Array(layout::flip(&a, &[axis])))
}

fn ints(it: &mut Interp, v: &Value) -> Result<Vec<i64>> {
    match v {
        Value::List(_) | Value::Tuple(_) | Value::Array(_) | Value::Range(_) => {
            it.iterate(v)?.iter().map(to_index).collect()
        }
        other => Ok(vec![to_index(other)?]),
    }
}

fn roll(it: &mut Interp, args: &Args) -> Result<Value> {
    let a = arg(args, "a")?;
    let shifts = ints(it, &args.get("shift"))?;
    match args.get("axis") {
        Value::None => {
            let flat = shape::ravel(&a)?;
            let r = layout::roll(&flat, shifts.iter().sum(), 0)?;
            let dims: Vec<isize> = a.shape().iter().map(|&n| n as isize).collect();
            Ok(Value::Array(shape::reshape(&r, &dims)?))
        }
        axis_v => {
            let axes = ints(it, &axis_v)?;
            let (shifts, axes) = match (shifts.len(), axes.len()) {
                (s, x) if s == x => (shifts, axes),
                (1, x) => (vec![shifts[0]; x], axes),
                (s, 1) => (shifts, vec![axes[0]; s]),
                (s, x) => {
                    return Err(Error::value_error(format!(
                        "shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between arg 0 with shape ({s},) and arg 1 with shape ({x},)."
                    )));
                }
            };
            let mut total = vec![0i64; a.ndim()];
            for (s, ax) in shifts.iter().zip(&axes) {
                total[layout::normalize_axis(*ax, a.ndim())?] += s;
            }
            let mut r = shape::copy(&a)?;
            for (ax, s) in total.iter().enumerate() {
                if *s != 0 {
                    r = layout::roll(&r, *s, ax)?;
                }
            }
            Ok(Value::Array(r))
        }
    }
}

fn split(args: &Args, equal: bool) -> Result<Value> {
    let a = arg(args, "ary")?;
    let axis = axis_index(&args.get("axis"))?;
    split_along(&a, axis, &args.get("indices_or_sections"), equal)
}

/// `np.split`/`np.array_split` of `a` along `axis` (also used by hsplit/vsplit).
pub(super) fn split_along(a: &Array, axis: i64, ios: &Value, equal: bool) -> Result<Value> {
    let nd = a.ndim() as i64;
    if axis >= nd || axis < -nd {
        return Err(Error::index_error("tuple index out of range"));
    }
    let axis = axis.rem_euclid(nd) as usize;
    let n = a.shape()[axis] as i64;
    let bounds: Vec<i64> = match ios {
        Value::List(_) | Value::Tuple(_) | Value::Array(_) | Value::Range(_) => {
            let items = to_array(ios, None)?;
            let mut b = vec![0];
            for k in 0..items.size() {
                // Python's slicing reads each bound, a bool too, as an int.
                b.push(to_index(&super::numpy::scalar_to_python(
                    items.get_flat(k),
                ))?);
            }
            b.push(n);
            b
        }
        v => {
            let sections = match v {
                Value::Float(f) if !equal => *f as i64,
                _ => to_index(v)?,
            };
            if equal {
                if sections == 0 {
                    return Err(Error::new(Exc::ZeroDivisionError, "integer modulo by zero"));
                }
                if n.rem_euclid(sections) != 0 {
                    return Err(Error::value_error(
                        "array split does not result in an equal division",
                    ));
                }
            }
            if sections <= 0 {
                return Err(Error::value_error("number sections must be larger than 0."));
            }
            let (each, extras) = (n / sections, n % sections);
            let mut b = vec![0];
            for k in 0..sections {
                let size = each + i64::from(k < extras);
                b.push(b[b.len() - 1] + size);
            }
            b
        }
    };
    // Python slice bounds: negatives count from the end, all clamp to 0..n.
    let norm = |x: i64| (if x < 0 { x + n } else { x }).clamp(0, n) as usize;
    let pairs: Vec<(usize, usize)> = bounds
        .windows(2)
        .map(|w| (norm(w[0]), norm(w[1])))
        .collect();
    let pieces = layout::split_at(a, axis, &pairs);
    Ok(Value::list(pieces.into_iter().map(Value::Array).collect()))
}

fn squeeze_value(a: &Value, axis: &Value) -> Result<Value> {
    let arr = to_array(a, None)?;
    let axes = match axis {
        Value::None => None,
        v => {
            let raw: Vec<i64> = match v {
                Value::List(l) => l.borrow().iter().map(axis_index).collect::<Result<_>>()?,
                Value::Tuple(t) => t.iter().map(axis_index).collect::<Result<_>>()?,
                other => vec![axis_index(other)?],
            };
            let mut out = Vec::new();
            for x in raw {
                let ax = layout::normalize_axis(x, arr.ndim())?;
                if out.contains(&ax) {
                    return Err(Error::value_error("duplicate value in 'axis'"));
                }
                out.push(ax);
            }
            Some(out)
        }
    };
    Ok(Value::Array(layout::squeeze(&arr, axes.as_deref())?))
}

fn expand_dims(it: &mut Interp, args: &Args) -> Result<Value> {
    let a = arg(args, "a")?;
    let axis = args.get("axis");
    let count = match &axis {
        Value::List(_) | Value::Tuple(_) => it.iterate(&axis)?.len(),
        _ => 1,
    };
    let axes = axis_tuple(it, &axis, a.ndim() + count, None)?;
    Ok(Value::Array(layout::expand_dims(&a, &axes)))
}

fn swapaxes_value(a: &Value, args: &Args) -> Result<Value> {
    let arr = to_array(a, None)?;
    let axis = |name: &str| -> Result<usize> {
        layout::normalize_axis(axis_index(&args.get(name))?, arr.ndim())
            .map_err(|e| Error::new(Exc::AxisError, format!("{name}: {}", e.message)))
    };
    let (i, j) = (axis("axis1")?, axis("axis2")?);
    Ok(Value::Array(layout::swapaxes(&arr, i, j)))
}

fn moveaxis(it: &mut Interp, args: &Args) -> Result<Value> {
    let a = arg(args, "a")?;
    let src = axis_tuple(it, &args.get("source"), a.ndim(), Some("source"))?;
    let dst = axis_tuple(it, &args.get("destination"), a.ndim(), Some("destination"))?;
    if src.len() != dst.len() {
        return Err(Error::value_error(
            "`source` and `destination` arguments must have the same number of elements",
        ));
    }
    Ok(Value::Array(layout::moveaxis(&a, &src, &dst)))
}

/// NumPy's `rollaxis`, step by step: `start` counts positions before the
/// axis is taken out, so an axis before `start` lands one earlier.
fn rollaxis(_: &mut Interp, args: &Args) -> Result<Value> {
    let a = match args.get("a") {
        v @ (Value::Array(_) | Value::Scalar(_)) => to_array(&v, None)?,
        other => {
            return Err(Error::attribute_error(format!(
                "'{}' object has no attribute 'ndim'",
                other.type_name()
            )));
        }
    };
    let n = a.ndim() as i64;
    let axis = super::indexing::axis_index_arg(&args.get("axis"))?;
    let axis = layout::normalize_axis(axis, a.ndim())? as i64;
    let mut start = axis_index(&args.get("start"))?;
    if start < 0 {
        start += n;
    }
    if !(0..=n).contains(&start) {
        return Err(Error::new(
            Exc::AxisError,
            format!(
                "'start' arg requires {} <= start < {}, but {start} was passed in",
                -n,
                n + 1
            ),
        ));
    }
    if axis < start {
        start -= 1;
    }
    if axis == start {
        return Ok(Value::Array(a.new_view()));
    }
    let mut axes: Vec<isize> = (0..n as isize).filter(|&i| i as i64 != axis).collect();
    axes.insert(start as usize, axis as isize);
    Ok(Value::Array(shape::transpose(&a, Some(&axes))?))
}

fn matrix_transpose(_: &mut Interp, args: &Args) -> Result<Value> {
    let x = arg(args, "x")?;
    let n = x.ndim();
    if n < 2 {
        return Err(Error::value_error(format!(
            "Input array must be at least 2-dimensional, but it is {n}"
        )));
    }
    Ok(Value::Array(layout::swapaxes(&x, n - 2, n - 1)))
}

/// A `pad_width` or `constant_values` argument as (before, after) per axis.
fn as_pairs(v: &Value, ndim: usize, as_index: bool) -> Result<Vec<(Value, Value)>> {
    let arr = to_array(v, None)?;
    if as_index && !matches!(arr.dtype().kind(), Kind::Int | Kind::UInt) {
        return Err(Error::type_error("`pad_width` must be of integral type."));
    }
    let scalar = |k: usize| -> Value { Value::Scalar(arr.get_flat(k)) };
    let check = |pairs: Vec<(Value, Value)>| -> Result<Vec<(Value, Value)>> {
        if as_index {
            for (lo, hi) in &pairs {
                for x in [lo, hi] {
                    if to_index(&round_index(x)?)? < 0 {
                        return Err(Error::value_error("index can't contain negative values"));
                    }
                }
            }
        }
        Ok(pairs)
    };
    if arr.size() == 1 && arr.ndim() < 3 {
        return check(vec![(scalar(0), scalar(0)); ndim]);
    }
    if arr.size() == 2 && arr.ndim() < 3 && arr.shape() != [2, 1] {
        return check(vec![(scalar(0), scalar(1)); ndim]);
    }
    let target = [ndim, 2];
    let b = shape::broadcast_to(&arr, &target).ok_or_else(|| {
        Error::value_error(format!(
            "operands could not be broadcast together with remapped shapes [original->remapped]: {}  and requested shape {}",
            crate::array::compact_shape_repr(arr.shape()),
            crate::array::compact_shape_repr(&target)
        ))
    })?;
    check(
        (0..ndim)
            .map(|k| (Value::Scalar(b.get(&[k, 0])), Value::Scalar(b.get(&[k, 1]))))
            .collect(),
    )
}

/// A pad width as NumPy reads it: rounded to the nearest integer.
fn round_index(v: &Value) -> Result<Value> {
    match v {
        Value::Scalar(s) if s.dtype().kind() == Kind::Float => {
            let f = crate::array::cast_scalar(*s, DType::Float64);
            let Scalar::Float64(x) = f else {
                unreachable!()
            };
            Ok(Value::int(x.round_ties_even() as i64))
        }
        other => Ok(other.clone()),
    }
}

fn pad(_: &mut Interp, args: &Args) -> Result<Value> {
    let a = arg(args, "array")?;
    let mode = match args.get("mode") {
        Value::Str(s) => s.to_string(),
        other => {
            return Err(Error::new(
                Exc::NotImplementedError,
                format!(
                    "npcalc's pad takes mode as a string, not '{}'",
                    other.type_name()
                ),
            ));
        }
    };
    let kwargs: Vec<(Value, Value)> = match args.get("kwargs") {
        Value::Dict(d) => d.borrow().entries().to_vec(),
        _ => vec![],
    };
    let allowed: &[&str] = match mode.as_str() {
        "constant" => &["constant_values"],
        "edge" | "wrap" => &[],
        "reflect" | "symmetric" => &["reflect_type"],
        "linear_ramp" | "maximum" | "mean" | "median" | "minimum" | "empty" => {
            return Err(Error::new(
                Exc::NotImplementedError,
                format!(
                    "npcalc's pad has modes 'constant', 'edge', 'reflect', 'symmetric' and 'wrap', not '{mode}'"
                ),
            ));
        }
        _ => {
            return Err(Error::value_error(format!(
                "mode '{mode}' is not supported"
            )));
        }
    };
    let unknown: Vec<String> = kwargs
        .iter()
        .filter_map(|(k, _)| match k {
            Value::Str(s) if !allowed.contains(&&**s) => Some(format!("'{s}'")),
            _ => None,
        })
        .collect();
    if !unknown.is_empty() {
        return Err(Error::value_error(format!(
            "unsupported keyword arguments for mode '{mode}': {{{}}}",
            unknown.join(", ")
        )));
    }
    let widths = as_pairs(&args.get("pad_width"), a.ndim(), true)?;
    let constants = match kwargs
        .iter()
        .find(|(k, _)| matches!(k, Value::Str(s) if &**s == "constant_values"))
    {
        Some((_, v)) => as_pairs(v, a.ndim(), false)?,
        None => vec![(Value::int(0), Value::int(0)); a.ndim()],
    };
    let as_dtype = |v: &Value| -> Result<Scalar> {
        let one = to_array(v, None)?;
        Ok(cast_array(&one, a.dtype())?.get_flat(0))
    };
    // NumPy negates about the edge only for reflect_type == "odd"; any
    // other value reflects plainly.
    let odd = kwargs.iter().any(|(k, v)| {
        matches!(k, Value::Str(s) if &**s == "reflect_type")
            && matches!(v, Value::Str(s) if &**s == "odd")
    });
    if odd {
        return Err(Error::new(
            Exc::NotImplementedError,
            "npcalc's pad reflects only with reflect_type='even', not 'odd'",
        ));
    }
    let mut r = a.clone();
    for axis in 0..a.ndim() {
        let lo = to_index(&round_index(&widths[axis].0)?)? as usize;
        let hi = to_index(&round_index(&widths[axis].1)?)? as usize;
        let mode = match mode.as_str() {
            "edge" => PadMode::Edge,
            "wrap" => PadMode::Wrap,
            "reflect" => PadMode::Reflect {
                include_edge: false,
            },
            "symmetric" => PadMode::Reflect { include_edge: true },
            _ => PadMode::Constant(as_dtype(&constants[axis].0)?, as_dtype(&constants[axis].1)?),
        };
        r = layout::pad_axis(&r, axis, lo, hi, mode)?;
    }
    if a.ndim() == 0 {
        r = shape::copy(&a)?;
    }
    Ok(Value::Array(r))
}

impl IndexTrick {
    /// The class name NumPy shows: `numpy.lib._index_tricks_impl.RClass`.
    pub fn qualname(self) -> &'static str {
        match self {
            IndexTrick::R => "numpy.lib._index_tricks_impl.RClass",
            IndexTrick::C => "numpy.lib._index_tricks_impl.CClass",
            IndexTrick::MGrid => "numpy.lib._index_tricks_impl.MGridClass",
            IndexTrick::OGrid => "numpy.lib._index_tricks_impl.OGridClass",
            IndexTrick::S | IndexTrick::IndexExp => "numpy.lib._index_tricks_impl.IndexExpression",
        }
    }
}

/// Calls the `np.<name>` function of the table with positional arguments.
fn call_numpy(it: &mut Interp, name: &str, positional: Vec<Value>) -> Result<Value> {
    let f = super::catalog::numpy_functions()
        .find(|f| f.name == name)
        .expect("a numpy function of the table");
    let span = Span::new(0, 0);
    let call = CallArgs {
        positional: positional.into_iter().map(|v| (v, span)).collect(),
        keywords: vec![],
    };
    it.call(&Value::Function(f), call, span)
}

/// `np.r_[...]` and `np.c_[...]`, ported from NumPy's `AxisConcatenator.__getitem__`.
pub fn index_trick(it: &mut Interp, trick: IndexTrick, key: &Value) -> Result<Value> {
    let (mut axis, mut ndmin, mut trans1d) = match trick {
        IndexTrick::R => (0i64, 1usize, -1i64),
        IndexTrick::C => (-1, 2, 0),
        IndexTrick::MGrid => return nd_grid(it, false, key),
        IndexTrick::OGrid => return nd_grid(it, true, key),
        // IndexExpression.__getitem__: maketuple wraps a non-tuple.
        IndexTrick::S => return Ok(key.clone()),
        IndexTrick::IndexExp => {
            return Ok(match key {
                Value::Tuple(_) => key.clone(),
                other => Value::tuple(vec![other.clone()]),
            });
        }
    };
    let items: Vec<Value> = match key {
        Value::Tuple(t) => t.to_vec(),
        other => vec![other.clone()],
    };
    let mut objs: Vec<Array> = Vec::new();
    let mut kinds: Vec<Operand> = Vec::new();
    for (k, item) in items.iter().enumerate() {
        let newobj = match item {
            Value::Slice(parts) => {
                let start = match &parts[0] {
                    Value::None => Value::int(0),
                    v => v.clone(),
                };
                let step = match &parts[2] {
                    Value::None => Value::int(1),
                    v => v.clone(),
                };
                let made = match step {
                    Value::Complex(c) => {
                        let num = c.norm() as i64;
                        call_numpy(
                            it,
                            "linspace",
                            vec![start, parts[1].clone(), Value::int(num)],
                        )?
                    }
                    step => call_numpy(it, "arange", vec![start, parts[1].clone(), step])?,
                };
                let mut a = layout::at_least(&to_array(&made, None)?, ndmin);
                if ndmin > 1 && trans1d != -1 {
                    let t = layout::normalize_axis(trans1d, a.ndim())?;
                    a = layout::swapaxes(&a, a.ndim() - 1, t);
                }
                a
            }
            Value::Str(s) => {
                if k != 0 {
                    return Err(Error::value_error(
                        "special directives must be the first entry.",
                    ));
                }
                if &**s == "r" || &**s == "c" {
                    return Err(Error::new(
                        Exc::NotImplementedError,
                        "npcalc has no np.matrix, so no 'r' or 'c' directive",
                    ));
                }
                if s.contains(',') {
                    let vec: Vec<&str> = s.split(',').collect();
                    let parsed: Option<Vec<i64>> =
                        vec.iter().take(3).map(|x| x.trim().parse().ok()).collect();
                    match parsed {
                        Some(p) if vec.len() >= 2 && vec.len() <= 3 && p[1] >= 0 => {
                            axis = p[0];
                            ndmin = p[1] as usize;
                            if let Some(&t) = p.get(2) {
                                trans1d = t;
                            }
                            continue;
                        }
                        _ => {
                            return Err(Error::value_error(format!(
                                "unknown special directive {}",
                                crate::print::py_str_repr(s)
                            )));
                        }
                    }
                }
                match s.trim().parse::<i64>() {
                    Ok(x) => {
                        axis = x;
                        continue;
                    }
                    Err(_) => return Err(Error::value_error("unknown special directive")),
                }
            }
            Value::Bool(_)
            | Value::Int(_)
            | Value::Float(_)
            | Value::Complex(_)
            | Value::Scalar(_) => {
                kinds.push(super::numpy::operand(item)?);
                objs.push(to_array(item, None)?);
                continue;
            }
            other => {
                let a = to_array(other, None)?;
                let item_ndim = a.ndim();
                let mut a = layout::at_least(&a, ndmin);
                if trans1d != -1 && item_ndim < ndmin {
                    let k2 = (ndmin - item_ndim) as i64;
                    let mut k1 = trans1d;
                    if k1 < 0 {
                        k1 += k2 + 1;
                    }
                    let def: Vec<isize> = (0..ndmin as isize).collect();
                    let (k1, k2) = (k1.clamp(0, ndmin as i64) as usize, k2 as usize);
                    let axes: Vec<isize> = def[..k1.min(def.len())]
                        .iter()
                        .chain(&def[k2.min(def.len())..])
                        .chain(&def[k1.min(k2)..k2.min(def.len())])
                        .copied()
                        .collect();
                    a = shape::transpose(&a, Some(&axes))?;
                }
                a
            }
        };
        kinds.push(Operand::Array(newobj.clone()));
        objs.push(newobj);
    }
    if objs.is_empty() {
        return Err(Error::value_error("need at least one array to concatenate"));
    }
    let refs: Vec<&Operand> = kinds.iter().collect();
    let dtype = result_type(&refs)?;
    let mut parts = Vec::with_capacity(objs.len());
    for (o, kind) in objs.iter().zip(&kinds) {
        let a = match kind {
            Operand::Array(_) | Operand::Scalar(_) => cast_array(o, dtype)?,
            _ => to_array(&python_value(kind), Some(dtype))?,
        };
        parts.push(layout::at_least(&a, ndmin));
    }
    let ax = layout::normalize_axis(axis, parts[0].ndim())?;
    Ok(Value::Array(shape::concatenate(&parts, ax)?))
}

/// The Python scalar an operand was made from.
fn python_value(o: &Operand) -> Value {
    match o {
        Operand::PyBool(b) => Value::Bool(*b),
        Operand::PyInt(i) => Value::Int(i.clone()),
        Operand::PyFloat(f) => Value::Float(*f),
        Operand::PyComplex(c) => Value::Complex(*c),
        Operand::Scalar(s) => Value::Scalar(*s),
        Operand::Array(a) => Value::Array(a.clone()),
    }
}

/// A slice's start, stop and step as `nd_grid` reads them: a missing start
/// is 0 and a missing step 1; what is not a slice has no `.step`.
fn grid_slice(key: &Value) -> Result<(Value, Value, Value)> {
    let Value::Slice(parts) = key else {
        return Err(Error::attribute_error(format!(
            "'{}' object has no attribute 'step'",
            key.type_name()
        )));
    };
    let or = |v: &Value, d: i64| match v {
        Value::None => Value::int(d),
        v => v.clone(),
    };
    Ok((or(&parts[0], 0), parts[1].clone(), parts[2].clone()))
}

/// The magnitude of a complex step (`5j` asks for 5 points, stop included).
fn complex_step(step: &Value) -> Result<Option<f64>> {
    Ok(match step {
        Value::Complex(c) => Some(c.norm()),
        Value::Scalar(s) if s.dtype().kind() == Kind::Complex => {
            let Value::Complex(c) = super::numpy::to_python_complex(step)? else {
                unreachable!("to_python_complex gives a complex")
            };
            Some(c.norm())
        }
        _ => None,
    })
}

/// Python's `int()` of a float (NaN and infinities refused), as a count.
fn float_to_count(x: f64) -> Result<i64> {
    to_index(&super::builtins::float_to_int(x)?)
}

/// The points of one grid axis: `step` is the spacing and the start is added
/// after, so that `(stop - start) / (n - 1)` spaces `nj` points.
fn grid_spacing(it: &mut Interp, start: &Value, stop: &Value, step: &Value) -> Result<Value> {
    match complex_step(step)? {
        Some(m) => {
            let n = float_to_count(m)?;
            if n == 1 {
                return Ok(Value::int(1));
            }
            let span = it.binary(BinOp::Sub, stop, start)?;
            it.binary(BinOp::Div, &span, &Value::Float((n - 1) as f64))
        }
        None if matches!(step, Value::None) => Ok(Value::int(1)),
        None => Ok(step.clone()),
    }
}

/// `np.mgrid[...]` and `np.ogrid[...]`, ported from NumPy's `nd_grid.__getitem__`.
fn nd_grid(it: &mut Interp, sparse: bool, key: &Value) -> Result<Value> {
    let Value::Tuple(t) = key else {
        return grid_1d(it, key);
    };
    let slices = t.to_vec();
    let mut size = Vec::with_capacity(slices.len());
    // The dtype, like np.arange's, is at least as large as np.int_.
    let mut num_list = vec![Value::int(0)];
    for s in &slices {
        let (start, stop, step) = grid_slice(s)?;
        let step = match step {
            Value::None => Value::int(1),
            step => step,
        };
        let count = match complex_step(&step)? {
            Some(m) => {
                num_list.extend([start, stop, Value::Float(m)]);
                float_to_count(m)?
            }
            None => {
                // NumPy answers an IndexError or TypeError here (a missing
                // stop, say) by treating the key as one slice.
                let q = match it
                    .binary(BinOp::Sub, &stop, &start)
                    .and_then(|d| it.binary(BinOp::Div, &d, &step))
                {
                    Ok(q) => q,
                    Err(e) if matches!(e.class, Exc::TypeError | Exc::IndexError) => {
                        return grid_1d(it, key);
                    }
                    Err(e) => return Err(e),
                };
                num_list.extend([start, stop, step]);
                let q = match q {
                    Value::Float(q) => q,
                    q => match super::numpy::to_python_float(&q)? {
                        Value::Float(q) => q,
                        _ => unreachable!("to_python_float gives a float"),
                    },
                };
                float_to_count(q.ceil())?
            }
        };
        size.push(count);
    }
    let typ = call_numpy(it, "result_type", num_list)?;
    let dims = Value::tuple(size.iter().map(|&n| Value::int(n)).collect());
    let mut nn: Vec<Value> = if sparse {
        size.iter()
            .map(|&n| {
                call_numpy(
                    it,
                    "arange",
                    vec![Value::int(0), Value::int(n), Value::int(1), typ.clone()],
                )
            })
            .collect::<Result<_>>()?
    } else {
        vec![call_numpy(it, "indices", vec![dims, typ])?]
    };
    for (k, s) in slices.iter().enumerate() {
        let (start, stop, step) = grid_slice(s)?;
        let spacing = grid_spacing(it, &start, &stop, &step)?;
        let axis = if sparse {
            nn[k].clone()
        } else {
            super::numpy::getitem(&nn[0], &Value::int(k as i64))?
        };
        let scaled = it.binary(BinOp::Mul, &axis, &spacing)?;
        let placed = it.binary(BinOp::Add, &scaled, &start)?;
        if sparse {
            // Axis k of the open grid runs along dimension k only.
            let index: Vec<Value> = (0..size.len())
                .map(|d| {
                    if d == k {
                        Value::Slice(Rc::new([Value::None, Value::None, Value::None]))
                    } else {
                        Value::None
                    }
                })
                .collect();
            nn[k] = super::numpy::getitem(&placed, &Value::tuple(index))?;
        } else {
            let Value::Array(grid) = &nn[0] else {
                unreachable!("np.indices gives an array")
            };
            super::numpy::setitem(grid, &Value::int(k as i64), &placed)?;
        }
    }
    Ok(if sparse {
        Value::tuple(nn)
    } else {
        nn.swap_remove(0)
    })
}

/// `nd_grid` of a key that is not a tuple of slices: one axis, like np.arange.
fn grid_1d(it: &mut Interp, key: &Value) -> Result<Value> {
    let (start, stop, step) = grid_slice(key)?;
    let Some(m) = complex_step(&step)? else {
        return call_numpy(it, "arange", vec![start, stop, step]);
    };
    // A float dtype even when the ends are integers.
    let typ = call_numpy(
        it,
        "result_type",
        vec![start.clone(), stop.clone(), Value::Float(m)],
    )?;
    let n = float_to_count(m)?;
    let spacing = grid_spacing(it, &start, &stop, &step)?;
    let points = call_numpy(
        it,
        "arange",
        vec![Value::int(0), Value::int(n), Value::int(1), typ],
    )?;
    let scaled = it.binary(BinOp::Mul, &points, &spacing)?;
    it.binary(BinOp::Add, &scaled, &start)
}
