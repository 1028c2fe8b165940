//! Selecting and placing by index: `np.take`, `put`, `putmask`, `place`,
//! `copyto`, `compress`, `choose`, `select`, `diagonal`, `trace`,
//! `fill_diagonal` and the index builders (`indices`, `ix_`,
//! `unravel_index`, `ravel_multi_index`, `triu_indices`, `tril_indices`,
//! `diag_indices` and their `_from` forms), `take_along_axis`/`put_along_axis`, with their ndarray methods: the table entries and their
//! bindings (kernels in `array/gather.rs`).

use super::numpy::{arg_array, arg_bool, arg_shape, reject_unsupported, this_array, unwrap0};
use super::table::{Args, FnDef, Owner, p};
use super::value::Value;
use super::{Interp, to_array, to_index};
use crate::array::gather::{self, ClipMode};
use crate::array::promote::{Operand, result_type};
use crate::array::reduce::{self, Reduction};
use crate::array::sets;
use crate::array::{
    Array, Casting, DType, Kind, Scalar, build, can_cast, cast_array, layout, shape,
};
use crate::error::{Error, Exc, Result};

pub static INDEXING: &[FnDef] = &[
    FnDef {
        name: "ndindex",
        owner: Owner::Numpy,
        error_name: None,
        params: &[p!(VarPositional "shape", "The dimensions (ints, or one tuple).")],
        doc: "An iterator over every index tuple of an array of this shape, in C order.",
        examples: &[
            "list(np.ndindex(2, 3))",
            "[np.cumsum(np.ones((2, 2)), axis=1)[i] for i in np.ndindex(2, 2)]",
        ],
        imp: ndindex,
    },
    FnDef {
        name: "ndenumerate",
        owner: Owner::Numpy,
        error_name: None,
        params: &[p!(Normal "arr", "Input array.")],
        doc: "An iterator of (index tuple, element) pairs over an array, in C order.",
        examples: &[
            "list(np.ndenumerate(np.array([[1, 2], [3, 4]])))",
            "for idx, x in np.ndenumerate(np.cumsum(np.ones((2, 2)), axis=1)): print(idx, x)",
        ],
        imp: ndenumerate,
    },
    FnDef {
        name: "take",
        owner: Owner::Numpy,
        error_name: None,
        params: &[
            p!(Normal "a", "Source array."),
            p!(Normal "indices", "Indices of the values to take (integers; other numbers are truncated)."),
            p!(Normal "axis" = "None", "The axis to take along; None takes from the flattened array."),
            p!(Normal "out" = "None", "Array of the result's shape to write into (its dtype must cast safely to a's); returned."),
            p!(Normal "mode" = "'raise'", "Out-of-range indices: 'raise' (negative ones count from the end), 'wrap' or 'clip'."),
        ],
        doc: "Elements of an array at the given indices along an axis: the result has shape a.shape[:axis] + indices.shape + a.shape[axis+1:].",
        examples: &[
            "np.take(np.cumsum([1, 2, 3, 4]), [0, 3])",
            "np.take(np.arange(6).reshape(2, 3), [2, 0], axis=1)",
        ],
        imp: take,
    },
    FnDef {
        name: "take_along_axis",
        owner: Owner::Numpy,
        error_name: None,
        params: &[
            p!(Normal "arr", "Source ndarray."),
            p!(Normal "indices", "Integer ndarray of arr's number of dimensions (its other axes broadcast against arr's)."),
            p!(Normal "axis" = "-1", "The axis to take along; None takes from the flattened array (indices then 1-D)."),
        ],
        doc: "Values picked along one axis by matching 1-D slices of indices, as argsort and argpartition produce them.",
        examples: &[
            "a = np.array([[3, 1, 2], [9, 7, 8]]); np.take_along_axis(a, np.argsort(a, axis=1), axis=1)",
            "a = np.array([[3, 1, 2], [9, 7, 8]]); np.cumsum(np.take_along_axis(a, np.argsort(-a), axis=1), axis=1)",
        ],
        imp: take_along_axis,
    },
    FnDef {
        name: "put_along_axis",
        owner: Owner::Numpy,
        error_name: None,
        params: &[
            p!(Normal "arr", "Destination ndarray, changed in place."),
            p!(Normal "indices", "Integer ndarray of arr's number of dimensions (its other axes broadcast against arr's)."),
            p!(Normal "values", "Values to write, broadcast against indices."),
            p!(Normal "axis", "The axis to write along; None writes into the flattened array (indices then 1-D)."),
        ],
        doc: "Write values into arr at positions picked along one axis by matching 1-D slices of indices: the inverse of take_along_axis.",
        examples: &[
            "a = np.array([[3, 1, 2], [9, 7, 8]]); np.put_along_axis(a, np.argmax(a, axis=1, keepdims=True), 0, axis=1); a",
        ],
        imp: put_along_axis,
    },
    FnDef {
        name: "put",
        owner: Owner::Numpy,
        error_name: None,
        params: &[
            p!(Normal "a", "Target array (changed in place)."),
            p!(Normal "ind", "Flat indices to write at."),
            p!(Normal "v", "Values to write, repeated if shorter than ind."),
            p!(Normal "mode" = "'raise'", "Out-of-range indices: 'raise', 'wrap' or 'clip'."),
        ],
        doc: "Write values at flat (C-order) indices of an array, in place; returns None.",
        examples: &["a = np.zeros(4, dtype=int); np.put(a, [0, 2], [5, 7]); a"],
        imp: put,
    },
    FnDef {
        name: "putmask",
        owner: Owner::NumpyC,
        error_name: None,
        params: &[
            p!(PositionalOnly "a", "Target array (changed in place)."),
            p!(Normal "mask", "Boolean mask of a's size."),
            p!(Normal "values", "Values; the one at flat position i % len(values) goes to position i."),
        ],
        doc: "Set a.flat[i] = values[i % len(values)] where mask.flat[i] is true, in place; returns None.",
        examples: &["a = np.arange(5); np.putmask(a, a > 2, 0); a"],
        imp: putmask,
    },
    FnDef {
        name: "place",
        owner: Owner::Numpy,
        error_name: None,
        params: &[
            p!(Normal "arr", "Target array (changed in place)."),
            p!(Normal "mask", "Boolean mask of arr's size."),
            p!(Normal "vals", "Values written in order at the true places, repeated if too few."),
        ],
        doc: "Write vals, in order, at the places where mask is true, in place; returns None.",
        examples: &["a = np.arange(5); np.place(a, a > 2, [10, 20]); a"],
        imp: place,
    },
    FnDef {
        name: "copyto",
        owner: Owner::NumpyC,
        error_name: None,
        params: &[
            p!(Normal "dst", "Target array (changed in place)."),
            p!(Normal "src", "Values, broadcast to dst's shape."),
            p!(Normal "casting" = "'same_kind'", "Which casts of src to dst's dtype are allowed: 'no', 'equiv', 'safe', 'same_kind' or 'unsafe'."),
            p!(Normal "where" = "True", "Boolean mask (broadcast): write only where true."),
        ],
        doc: "Copy values into an array, casting and broadcasting them, optionally only where a mask holds; returns None.",
        examples: &[
            "a = np.zeros(4); np.copyto(a, np.cumsum([1, 2, 3, 4]), where=[True, False, True, False]); a",
        ],
        imp: copyto,
    },
    FnDef {
        name: "compress",
        owner: Owner::Numpy,
        error_name: None,
        params: &[
            p!(Normal "condition", "1-D array of truth values: which slices to keep."),
            p!(Normal "a", "Input array."),
            p!(Normal "axis" = "None", "The axis; None flattens a first."),
            p!(Normal "out" = "None", "Array of the result's shape to write into (its dtype must cast safely to a's); returned."),
        ],
        doc: "The slices of a along an axis where condition is true (a shorter condition keeps no later slices).",
        examples: &["np.compress([True, False, True], np.cumsum([1, 2, 3]))"],
        imp: compress,
    },
    FnDef {
        name: "choose",
        owner: Owner::Numpy,
        error_name: None,
        params: &[
            p!(Normal "a", "Integer array: which choice each element comes from."),
            p!(Normal "choices", "Sequence of arrays (broadcast together with a)."),
            p!(Normal "out" = "None", "Array of the result's shape to write into (any dtype); returned."),
            p!(Normal "mode" = "'raise'", "Indices outside 0..n-1: 'raise', 'wrap' or 'clip'."),
        ],
        doc: "Build an array from an index array and a list of arrays to choose from: result[i] = choices[a[i]][i].",
        examples: &["np.choose([0, 1, 0], [[1, 2, 3], [10, 20, 30]])"],
        imp: choose,
    },
    FnDef {
        name: "select",
        owner: Owner::Numpy,
        error_name: None,
        params: &[
            p!(Normal "condlist", "List of boolean arrays."),
            p!(Normal "choicelist", "List of arrays, one per condition."),
            p!(Normal "default" = "0", "Value where no condition holds."),
        ],
        doc: "Elements from the choice of the first condition that holds, else default.",
        examples: &["x = np.arange(6); np.select([x < 2, x > 3], [x, x**2], default=-1)"],
        imp: select,
    },
    FnDef {
        name: "diagonal",
        owner: Owner::Numpy,
        error_name: None,
        params: &NP_DIAG_PARAMS,
        doc: "The diagonal of the axis1/axis2 planes as a read-only view (its last axis runs along the diagonal).",
        examples: &[
            "np.diagonal(np.arange(9).reshape(3, 3))",
            "np.diagonal(np.arange(9).reshape(3, 3), 1)",
        ],
        imp: |_, args| diagonal_of(args, arg_array(args, "a")?),
    },
    FnDef {
        name: "trace",
        owner: Owner::Numpy,
        error_name: None,
        params: &[
            p!(Normal "a", "Array of at least two dimensions."),
            p!(Normal "offset" = "0", "Diagonal offset (positive: above the main diagonal)."),
            p!(Normal "axis1" = "0", "First axis of the planes."),
            p!(Normal "axis2" = "1", "Second axis of the planes."),
            p!(Normal "dtype" = "None", "Dtype of the sum (default as np.sum picks it)."),
            p!(Normal "out" = "None", "Not supported by npcalc."),
        ],
        doc: "Sum along the diagonal (np.add.reduce over np.diagonal's last axis).",
        examples: &["np.trace(np.cumsum(np.ones((3, 3)), axis=1))"],
        imp: |_, args| trace_of(args, arg_array(args, "a")?),
    },
    FnDef {
        name: "fill_diagonal",
        owner: Owner::Numpy,
        error_name: None,
        params: &[
            p!(Normal "a", "Array of at least two dimensions (changed in place)."),
            p!(Normal "val", "Value(s) for the diagonal, repeated if too few."),
            p!(Normal "wrap" = "False", "For tall 2-D arrays, start again below every N columns."),
        ],
        doc: "Fill the main diagonal of an array in place; returns None.",
        examples: &["a = np.zeros((3, 3), dtype=int); np.fill_diagonal(a, [1, 2, 3]); a"],
        imp: fill_diagonal,
    },
    FnDef {
        name: "indices",
        owner: Owner::Numpy,
        error_name: None,
        params: &[
            p!(Normal "dimensions", "Shape of the grid."),
            p!(Normal "dtype" = "int", "Dtype of the result."),
            p!(Normal "sparse" = "False", "Return a tuple of broadcastable arrays instead of one stacked array."),
        ],
        doc: "An array of index grids: result[k] holds each position's index along axis k.",
        examples: &["np.indices((2, 3))", "np.indices((2, 3), sparse=True)"],
        imp: indices,
    },
    FnDef {
        name: "ix_",
        owner: Owner::Numpy,
        error_name: None,
        params: &[p!(VarPositional "args", "1-D integer or boolean sequences.")],
        doc: "An open mesh from several sequences, for indexing the cross product: a[np.ix_(rows, cols)].",
        examples: &["np.arange(12).reshape(3, 4)[np.ix_([0, 2], [1, 3])]"],
        imp: ix,
    },
    FnDef {
        name: "unravel_index",
        owner: Owner::NumpyC,
        error_name: None,
        params: &[
            p!(Normal "indices", "Flat index or array of flat indices."),
            p!(Normal "shape", "Shape the indices are flat positions of."),
            p!(Normal "order" = "'C'", "'C' (row-major) or 'F' (column-major) positions."),
        ],
        doc: "Convert flat indices into a tuple of coordinate arrays.",
        examples: &["np.unravel_index(np.argmax(np.cumsum([[1, 5], [2, 0]], axis=1)), (2, 2))"],
        imp: unravel_index,
    },
    FnDef {
        name: "ravel_multi_index",
        owner: Owner::NumpyC,
        error_name: None,
        params: &[
            p!(Normal "multi_index", "Tuple of integer arrays, one per dimension."),
            p!(Normal "dims", "The shape the coordinates index."),
            p!(Normal "mode" = "'raise'", "Out-of-range coordinates: 'raise', 'wrap' or 'clip' (or one per dimension)."),
            p!(Normal "order" = "'C'", "'C' (row-major) or 'F' (column-major) positions."),
        ],
        doc: "Convert coordinate arrays into flat indices.",
        examples: &["np.ravel_multi_index(([0, 1], [2, 0]), (2, 3))"],
        imp: ravel_multi_index,
    },
    FnDef {
        name: "triu_indices",
        owner: Owner::Numpy,
        error_name: None,
        params: &NP_TRI_INDEX_PARAMS,
        doc: "Row and column indices of the upper triangle of an (n, m) array, from diagonal k up.",
        examples: &["np.triu_indices(3)", "np.triu_indices(3, 1)"],
        imp: |_, args| tri_indices(args, true),
    },
    FnDef {
        name: "tril_indices",
        owner: Owner::Numpy,
        error_name: None,
        params: &NP_TRI_INDEX_PARAMS,
        doc: "Row and column indices of the lower triangle of an (n, m) array, up to diagonal k.",
        examples: &["np.tril_indices(3)", "np.tril_indices(3, -1)"],
        imp: |_, args| tri_indices(args, false),
    },
    FnDef {
        name: "diag_indices",
        owner: Owner::Numpy,
        error_name: None,
        params: &[
            p!(Normal "n", "Length of each side."),
            p!(Normal "ndim" = "2", "Number of dimensions."),
        ],
        doc: "Indices of the main diagonal of an n x n x ... array: ndim copies of arange(n).",
        examples: &["np.diag_indices(3)"],
        imp: diag_indices,
    },
    FnDef {
        name: "triu_indices_from",
        owner: Owner::Numpy,
        error_name: None,
        params: &[
            p!(Normal "arr", "A 2-D ndarray, whose shape is used."),
            p!(Normal "k" = "0", "Diagonal offset."),
        ],
        doc: "Row and column indices of the upper triangle of arr, from diagonal k up: np.triu_indices for arr's shape.",
        examples: &["np.triu_indices_from(np.ones((3, 3)))"],
        imp: |it, args| tri_indices_from(it, args, "triu_indices"),
    },
    FnDef {
        name: "tril_indices_from",
        owner: Owner::Numpy,
        error_name: None,
        params: &[
            p!(Normal "arr", "A 2-D ndarray, whose shape is used."),
            p!(Normal "k" = "0", "Diagonal offset."),
        ],
        doc: "Row and column indices of the lower triangle of arr, up to diagonal k: np.tril_indices for arr's shape.",
        examples: &["np.tril_indices_from(np.ones((3, 3)), -1)"],
        imp: |it, args| tri_indices_from(it, args, "tril_indices"),
    },
    FnDef {
        name: "diag_indices_from",
        owner: Owner::Numpy,
        error_name: None,
        params: &[p!(Normal "arr", "An ndarray of at least 2 dimensions, all of equal length.")],
        doc: "Indices of the main diagonal of arr: np.diag_indices for arr's shape.",
        examples: &["np.diag_indices_from(np.zeros((3, 3)))"],
        imp: diag_indices_from,
    },
    FnDef {
        name: "isin",
        owner: Owner::Numpy,
        error_name: None,
        params: &[
            p!(Normal "element", "Input array."),
            p!(Normal "test_elements", "The values to look for (flattened)."),
            p!(Normal "assume_unique" = "False", "Both inputs are already unique (a speed hint)."),
            p!(Normal "invert" = "False", "Give the opposite answer: whether each element is NOT among the tests."),
            p!(KeywordOnly "kind" = "None", "Algorithm: None, 'sort' or 'table' (integers only); the answer is the same."),
        ],
        doc: "A boolean array of element's shape: whether each element equals one of test_elements.",
        examples: &[
            "np.isin([1, 2, 3, 4], [2, 4])",
            "np.isin([1, 2, 3, 4], [2, 4], invert=True)",
        ],
        imp: isin,
    },
    FnDef {
        name: "setdiff1d",
        owner: Owner::Numpy,
        error_name: None,
        params: &[
            p!(Normal "ar1", "Input array (flattened)."),
            p!(Normal "ar2", "Values to remove."),
            p!(Normal "assume_unique" = "False", "ar1 is already unique: keep its order instead of sorting."),
        ],
        doc: "The unique values of ar1 that are not in ar2 (sorted unless assume_unique).",
        examples: &["np.setdiff1d([5, 1, 2, 5], [2])"],
        imp: setdiff1d,
    },
    FnDef {
        name: "union1d",
        owner: Owner::Numpy,
        error_name: None,
        params: &[
            p!(Normal "ar1", "Input array (flattened)."),
            p!(Normal "ar2", "Input array (flattened)."),
        ],
        doc: "The sorted unique values found in either array.",
        examples: &["np.union1d([3, 1], [2, 1])"],
        imp: union1d,
    },
    FnDef {
        name: "intersect1d",
        owner: Owner::Numpy,
        error_name: None,
        params: &[
            p!(Normal "ar1", "Input array (flattened)."),
            p!(Normal "ar2", "Input array (flattened)."),
            p!(Normal "assume_unique" = "False", "Both inputs are already unique."),
            p!(Normal "return_indices" = "False", "Also return where each common value first occurs in ar1 and ar2."),
        ],
        doc: "The sorted unique values found in both arrays.",
        examples: &[
            "np.intersect1d([1, 3, 4, 3], [3, 1, 2, 1])",
            "np.intersect1d([1, 3, 4], [3, 1], return_indices=True)",
        ],
        imp: intersect1d,
    },
    FnDef {
        name: "setxor1d",
        owner: Owner::Numpy,
        error_name: None,
        params: &[
            p!(Normal "ar1", "Input array (flattened)."),
            p!(Normal "ar2", "Input array (flattened)."),
            p!(Normal "assume_unique" = "False", "Both inputs are already unique."),
        ],
        doc: "The sorted unique values found in exactly one of the arrays.",
        examples: &["np.setxor1d([1, 2, 3], [2, 3, 4])"],
        imp: setxor1d,
    },
    FnDef {
        name: "array_equiv",
        owner: Owner::Numpy,
        error_name: None,
        params: &[
            p!(Normal "a1", "Input array."),
            p!(Normal "a2", "Input array."),
        ],
        doc: "Whether two arrays broadcast together and are equal everywhere (a Python bool).",
        examples: &["np.array_equiv([1, 2], [[1, 2], [1, 2]])"],
        imp: array_equiv,
    },
];

static NP_DIAG_PARAMS: [super::table::Param; 4] = [
    p!(Normal "a", "Array of at least two dimensions."),
    p!(Normal "offset" = "0", "Diagonal offset (positive: above the main diagonal)."),
    p!(Normal "axis1" = "0", "First axis of the planes."),
    p!(Normal "axis2" = "1", "Second axis of the planes."),
];

static NP_TRI_INDEX_PARAMS: [super::table::Param; 3] = [
    p!(Normal "n", "Number of rows."),
    p!(Normal "k" = "0", "Diagonal offset."),
    p!(Normal "m" = "None", "Number of columns (default n)."),
];

pub static INDEXING_METHODS: &[FnDef] = &[
    FnDef {
        name: "take",
        owner: Owner::MethodNpy,
        error_name: None,
        params: &[
            p!(Normal "indices", "Indices of the values to take."),
            p!(Normal "axis" = "None", "The axis; None takes from the flattened array."),
            p!(Normal "out" = "None", "Array of the result's shape to write into; returned."),
            p!(Normal "mode" = "'raise'", "'raise', 'wrap' or 'clip'."),
        ],
        doc: "Elements at the given indices along an axis; see np.take.",
        examples: &["np.cumsum([1, 2, 3, 4]).take([0, -1])"],
        imp: |_, args| take_of(args, this_array(args)?, "indices"),
    },
    FnDef {
        name: "put",
        owner: Owner::Method,
        error_name: None,
        params: &[
            p!(Normal "indices", "Flat indices to write at."),
            p!(Normal "values", "Values, repeated if shorter than indices."),
            p!(Normal "mode" = "'raise'", "'raise', 'wrap' or 'clip'."),
        ],
        doc: "Write values at flat indices, in place; see np.put.",
        examples: &["a = np.zeros(3); a.put([0, 2], 1); a"],
        imp: |_, args| {
            let Value::Array(a) = args.this() else {
                return Err(Error::type_error(
                    "npcalc's put needs an array to write into",
                ));
            };
            put_of(args, a, "indices", "values")
        },
    },
    FnDef {
        name: "compress",
        owner: Owner::Method,
        error_name: None,
        params: &[
            p!(Normal "condition", "1-D array of truth values."),
            p!(Normal "axis" = "None", "The axis; None flattens first."),
            p!(Normal "out" = "None", "Array of the result's shape to write into; returned."),
        ],
        doc: "The slices where condition is true; see np.compress.",
        examples: &["np.arange(4).compress([0, 1, 1])"],
        imp: |_, args| compress_of(args, this_array(args)?),
    },
    FnDef {
        name: "choose",
        owner: Owner::Method,
        error_name: None,
        params: &[
            p!(Normal "choices", "Sequence of arrays."),
            p!(Normal "out" = "None", "Array of the result's shape to write into (any dtype); returned."),
            p!(Normal "mode" = "'raise'", "'raise', 'wrap' or 'clip'."),
        ],
        doc: "Pick each element from one of the choices; see np.choose.",
        examples: &["np.array([1, 0]).choose([[1, 2], [3, 4]])"],
        imp: |it, args| choose_of(it, args, this_array(args)?),
    },
    FnDef {
        name: "diagonal",
        owner: Owner::Method,
        error_name: None,
        params: &[
            p!(Normal "offset" = "0", "Diagonal offset."),
            p!(Normal "axis1" = "0", "First axis of the planes."),
            p!(Normal "axis2" = "1", "Second axis of the planes."),
        ],
        doc: "The diagonal as a read-only view; see np.diagonal.",
        examples: &["np.arange(4).reshape(2, 2).diagonal()"],
        imp: |_, args| diagonal_of(args, this_array(args)?),
    },
    FnDef {
        name: "trace",
        owner: Owner::MethodNpy,
        error_name: None,
        params: &[
            p!(Normal "offset" = "0", "Diagonal offset."),
            p!(Normal "axis1" = "0", "First axis of the planes."),
            p!(Normal "axis2" = "1", "Second axis of the planes."),
            p!(Normal "dtype" = "None", "Dtype of the sum."),
            p!(Normal "out" = "None", "Not supported by npcalc."),
        ],
        doc: "Sum along the diagonal; see np.trace.",
        examples: &["np.arange(4).reshape(2, 2).trace()"],
        imp: |_, args| trace_of(args, this_array(args)?),
    },
];

// ---- arguments -------------------------------------------------------------------

fn mode_of(v: &Value) -> Result<ClipMode> {
    match v {
        Value::Str(s) => ClipMode::parse(s),
        other => Err(Error::type_error(format!(
            "npcalc takes mode= as one of the strings 'raise', 'wrap' or 'clip', not '{}'",
            other.type_name()
        ))),
    }
}

fn mode_arg(args: &Args) -> Result<ClipMode> {
    mode_of(&args.get("mode")).map_err(|e| e.at(args.span("mode")))
}

/// An index array as take and put read it: any numbers, cast to int64.
fn index_array(args: &Args, name: &str) -> Result<Array> {
    let a = arg_array(args, name)?;
    if a.dtype().kind() == Kind::Complex {
        return Err(
            Error::type_error("npcalc does not take complex numbers as indices")
                .at(args.span(name)),
        );
    }
    cast_array(&a, DType::Int64)
}

/// An integer argument (offset, axis, n, k) as `operator.index` reads it.
fn int_arg(args: &Args, name: &str) -> Result<i64> {
    to_index(&args.get(name)).map_err(|e| e.at(args.span(name)))
}

fn not_ndarray(v: &Value) -> String {
    format!("<class '{}'>", v.type_name())
}

/// An argument NumPy reads an ndarray attribute (`ndim`, `dtype`) of: lists
/// and other non-arrays fail there with Python's AttributeError.
fn ndarray_arg(args: &Args, name: &str, attr: &str) -> Result<Array> {
    match args.get(name) {
        Value::Array(a) => Ok(a),
        v @ Value::Scalar(_) => to_array(&v, None),
        Value::Masked(_) => Err(Error::new(
            Exc::NotImplementedError,
            "npcalc's np.take_along_axis and np.put_along_axis take ndarrays, not masked arrays",
        )),
        v => Err(Error::new(
            Exc::AttributeError,
            format!("'{}' object has no attribute '{attr}'", v.type_name()),
        )),
    }
    .map_err(|e| e.at(args.span(name)))
}

/// `np.take_along_axis`: `arr[idx]` for `_make_along_axis_idx`'s fancy
/// index, `indices` at `axis` and an arange shaped to broadcast on every
/// other axis.
/// The axis as NumPy's `normalize_axis_index` parses it, with PyArg's "i",
/// which names floats apart.
pub(super) fn axis_index_arg(v: &Value) -> Result<i64> {
    match v {
        Value::Float(_) | Value::Scalar(Scalar::Float64(_)) => {
            Err(Error::type_error("integer argument expected, got float"))
        }
        v => to_index(v),
    }
}

/// NumPy's `_make_along_axis_idx` and the checks before it: `arr` (`flat`
/// of it when axis is None) and the fancy index pairing each 1-D slice of
/// `indices` with the matching slice of `arr`.
fn along_axis_index(args: &Args, flat: fn(&Array) -> Result<Array>) -> Result<(Array, Value)> {
    let arr = ndarray_arg(args, "arr", "ndim")?;
    let (arr, axis) = match args.get("axis") {
        Value::None => {
            if ndarray_arg(args, "indices", "ndim")?.ndim() != 1 {
                return Err(Error::value_error(
                    "when axis=None, `indices` must have a single dimension.",
                ));
            }
            (flat(&arr)?, 0)
        }
        v => {
            let axis = axis_index_arg(&v).map_err(|e| e.at(args.span("axis")))?;
            let axis = layout::normalize_axis(axis, arr.ndim())?;
            (arr, axis)
        }
    };
    let indices = ndarray_arg(args, "indices", "dtype")?;
    if !indices.dtype().is_integer() {
        return Err(Error::index_error("`indices` must be an integer array"));
    }
    let nd = arr.ndim();
    if indices.ndim() != nd {
        return Err(Error::value_error(
            "`indices` and `arr` must have the same number of dimensions",
        ));
    }
    let fancy: Vec<Value> = (0..nd)
        .map(|d| {
            if d == axis {
                return Value::Array(indices.clone());
            }
            let n = arr.shape()[d];
            let mut along = vec![1; nd];
            along[d] = n;
            Value::Array(Array::from_vec((0..n as i64).collect::<Vec<i64>>(), along))
        })
        .collect();
    Ok((arr, Value::tuple(fancy)))
}

fn take_along_axis(_: &mut Interp, args: &Args) -> Result<Value> {
    let (arr, index) = along_axis_index(args, shape::ravel)?;
    super::numpy::getitem(&Value::Array(arr), &index)
}

/// Writes in place. With axis=None NumPy writes into `np.array(arr.flat)`,
/// which views a C-contiguous arr and is a read-only copy of any other.
fn put_along_axis(_: &mut Interp, args: &Args) -> Result<Value> {
    let (arr, index) = along_axis_index(args, |a| {
        let flat = shape::ravel(a)?;
        Ok(if a.is_c_contiguous() {
            flat
        } else {
            flat.into_readonly()
        })
    })?;
    super::numpy::setitem(&arr, &index, &args.get("values"))?;
    Ok(Value::None)
}

// ---- take, put, putmask, place, copyto -------------------------------------------

/// The values argument `name`, in a's dtype (Python ints checked as NumPy does).
fn values_arg(args: &Args, a: &Array, name: &str) -> Result<Array> {
    to_array(&args.get(name), Some(a.dtype())).map_err(|e| e.at(args.span(name)))
}

/// Writes `values` cyclically at the flat `targets` of `a`: the k-th target
/// takes `values[k % n]` (np.put, np.place, np.fill_diagonal) or, by
/// position, `values[target % n]` (np.putmask). Empty values write nothing.
pub(super) fn write_cycled(
    a: &Array,
    targets: &[usize],
    values: &Array,
    by_position: bool,
) -> Result<Value> {
    let nv = values.size();
    if nv > 0 && !targets.is_empty() {
        let picks: Vec<usize> = if by_position {
            targets.iter().map(|&t| t % nv).collect()
        } else {
            (0..targets.len()).map(|k| k % nv).collect()
        };
        gather::put_flat(a, targets, values, &picks)?;
    }
    Ok(Value::None)
}

/// `out=` of take and compress (NumPy's `PyArray_TakeFrom`): an array of
/// the result's shape whose dtype casts safely to the source's; the result
/// is written into it (cast) and it is returned.
fn take_out(args: &Args, src: DType, result: Array) -> Result<Value> {
    let Some(out) = super::numpy::arg_out(args)? else {
        return Ok(unwrap0(result));
    };
    if out.shape() != result.shape() {
        return Err(Error::value_error(
            "output array does not match result of ndarray.take",
        ));
    }
    if !can_cast(out.dtype(), src, Casting::Safe) {
        return Err(Error::type_error(format!(
            "Cannot cast array data from {} to {} according to the rule 'safe'",
            crate::print::dtype_repr(out.dtype()),
            crate::print::dtype_repr(src)
        )));
    }
    // take writes through a WRITEBACKIFCOPY copy of out, which names itself.
    out.check_writeable("WRITEBACKIFCOPY base")?;
    crate::array::copy_into(&out, &result)?;
    Ok(Value::Array(out))
}

/// The array and axis of take and compress: axis=None flattens first.
fn along_axis(args: &Args, a: Array) -> Result<(Array, usize)> {
    match super::numpy::arg_axis(args, "axis")? {
        None => Ok((shape::ravel(&a)?, 0)),
        Some(ax) => {
            let ax =
                layout::normalize_axis(ax as i64, a.ndim()).map_err(|e| e.at(args.span("axis")))?;
            Ok((a, ax))
        }
    }
}

fn take(_: &mut Interp, args: &Args) -> Result<Value> {
    take_of(args, arg_array(args, "a")?, "indices")
}

fn take_of(args: &Args, a: Array, name: &str) -> Result<Value> {
    let mode = mode_arg(args)?;
    let idx = index_array(args, name)?;
    let (a, axis) = along_axis(args, a)?;
    let n = a.shape()[axis];
    let raw: Vec<i64> = idx.to_vec();
    let fixed = gather::fix_indices(
        &raw,
        n,
        mode,
        "cannot do a non-empty take from an empty axes.",
    )
    .map_err(|e| retitle_axis(e, axis))?;
    take_out(
        args,
        a.dtype(),
        gather::take(&a, axis, &fixed, idx.shape())?,
    )
}

/// fix_indices names axis 0; take names the axis it works along.
fn retitle_axis(e: Error, axis: usize) -> Error {
    if axis == 0 {
        return e;
    }
    let msg = e
        .message
        .replace("for axis 0 with", &format!("for axis {axis} with"));
    Error::index_error(msg)
}

fn put(_: &mut Interp, args: &Args) -> Result<Value> {
    let v = args.get("a");
    let Value::Array(a) = &v else {
        return Err(Error::type_error(format!(
            "argument 1 must be numpy.ndarray, not {}",
            not_ndarray(&v)
        )));
    };
    put_of(args, a, "ind", "v")
}

fn put_of(args: &Args, a: &Array, ind: &str, vals: &str) -> Result<Value> {
    let mode = mode_arg(args)?;
    let idx: Vec<i64> = index_array(args, ind)?.to_vec();
    if !idx.is_empty() && a.size() == 0 {
        return Err(Error::index_error(
            "cannot replace elements of an empty array",
        ));
    }
    let values = values_arg(args, a, vals)?;
    if values.size() == 0 {
        return Ok(Value::None);
    }
    let targets = gather::fix_indices(
        &idx,
        a.size(),
        mode,
        "cannot replace elements of an empty array",
    )?;
    write_cycled(a, &targets, &values, false)
}

/// The flat positions where a mask of the target's size is true.
fn mask_positions(args: &Args, a: &Array, what: &str) -> Result<Vec<usize>> {
    let mask = cast_array(&arg_array(args, "mask")?, DType::Bool)?;
    if mask.size() != a.size() {
        return Err(Error::value_error(format!(
            "{what}: mask and data must be the same size"
        )));
    }
    let m: Vec<bool> = mask.to_vec();
    Ok(m.iter()
        .enumerate()
        .filter(|(_, t)| **t)
        .map(|(i, _)| i)
        .collect())
}

fn putmask(_: &mut Interp, args: &Args) -> Result<Value> {
    let Value::Array(a) = args.get("a") else {
        return Err(Error::type_error(
            "putmask: first argument must be an array",
        ));
    };
    let targets = mask_positions(args, &a, "putmask")?;
    write_cycled(&a, &targets, &values_arg(args, &a, "values")?, true)
}

fn place(_: &mut Interp, args: &Args) -> Result<Value> {
    let v = args.get("arr");
    let Value::Array(a) = &v else {
        return Err(Error::type_error(format!(
            "place() argument 1 must be numpy.ndarray, not {}",
            v.type_name()
        )));
    };
    let targets = mask_positions(args, a, "place")?;
    let values = values_arg(args, a, "vals")?;
    if values.size() == 0 && !targets.is_empty() {
        return Err(Error::value_error("Cannot insert from an empty array!"));
    }
    write_cycled(a, &targets, &values, false)
}

fn casting_arg(args: &Args) -> Result<Casting> {
    let v = args.get("casting");
    let bad = || {
        let got = super::repr(&v, &Default::default());
        Error::value_error(format!(
            "casting must be one of 'no', 'equiv', 'safe', 'same_kind', 'unsafe' (got {got})"
        ))
        .at(args.span("casting"))
    };
    match &v {
        Value::Str(s) => Casting::parse(s).ok_or_else(bad),
        _ => Err(bad()),
    }
}

/// Whether a Python scalar (a NEP 50 "weak" value) may be cast to `to`: its
/// kind must fit (int into int, uint, float or complex; float into float or
/// complex; any bool), else NumPy checks its default dtype.
fn weak_fits(v: &Value, to: DType, rule: Casting) -> Option<DType> {
    let (default, fits) = match v {
        Value::Bool(_) => return None,
        Value::Int(_) => (
            DType::Int64,
            matches!(
                to.kind(),
                Kind::Int | Kind::UInt | Kind::Float | Kind::Complex
            ),
        ),
        Value::Float(_) => (
            DType::Float64,
            matches!(to.kind(), Kind::Float | Kind::Complex),
        ),
        Value::Complex(_) => (DType::Complex128, to.kind() == Kind::Complex),
        _ => return None,
    };
    (!fits && !can_cast(default, to, rule)).then_some(default)
}

fn copyto(_: &mut Interp, args: &Args) -> Result<Value> {
    let dv = args.get("dst");
    let Value::Array(dst) = &dv else {
        return Err(Error::type_error(format!(
            "copyto() argument 1 must be a numpy.ndarray, not {}",
            dv.type_name()
        )));
    };
    let rule = casting_arg(args)?;
    let sv = args.get("src");
    let refuse = |what: &str, from: DType| {
        Error::type_error(format!(
            "Cannot cast {what} from {} to {} according to the rule '{}'",
            crate::print::dtype_repr(from),
            crate::print::dtype_repr(dst.dtype()),
            rule.name()
        ))
    };
    let src = match &sv {
        Value::Bool(_) | Value::Int(_) | Value::Float(_) | Value::Complex(_) => {
            if let Some(from) = weak_fits(&sv, dst.dtype(), rule) {
                return Err(refuse("scalar", from));
            }
            to_array(&sv, Some(dst.dtype()))?
        }
        _ => {
            let s = to_array(&sv, None).map_err(|e| e.at(args.span("src")))?;
            if !can_cast(s.dtype(), dst.dtype(), rule) {
                let what = if matches!(sv, Value::Scalar(_)) {
                    "scalar"
                } else {
                    "array data"
                };
                return Err(refuse(what, s.dtype()));
            }
            cast_array(&s, dst.dtype())?
        }
    };
    let mask = match args.get("where") {
        Value::Bool(true) => Array::from_vec(vec![true], vec![]),
        w => cast_array(
            &to_array(&w, None).map_err(|e| e.at(args.span("where")))?,
            DType::Bool,
        )?,
    };
    gather::copy_where(dst, &src, &mask)?;
    Ok(Value::None)
}

// ---- compress, choose, select -----------------------------------------------------

fn compress(_: &mut Interp, args: &Args) -> Result<Value> {
    compress_of(args, arg_array(args, "a")?)
}

fn compress_of(args: &Args, a: Array) -> Result<Value> {
    let cond = arg_array(args, "condition")?;
    if cond.ndim() != 1 {
        return Err(Error::value_error("condition must be a 1-d array"));
    }
    let picks: Vec<i64> = crate::array::select::nonzero(&cond)?.remove(0).to_vec();
    let (a, axis) = along_axis(args, a)?;
    let fixed = gather::fix_indices(&picks, a.shape()[axis], ClipMode::Raise, "")
        .map_err(|e| retitle_axis(e, axis))?;
    let r = gather::take(&a, axis, &fixed, &[fixed.len()])?;
    take_out(args, a.dtype(), r)
}

fn choose(it: &mut Interp, args: &Args) -> Result<Value> {
    choose_of(it, args, arg_array(args, "a")?)
}

fn choose_of(it: &mut Interp, args: &Args, a: Array) -> Result<Value> {
    let mode = mode_arg(args)?;
    if !can_cast(a.dtype(), DType::Int64, Casting::Safe) {
        return Err(Error::type_error(format!(
            "Cannot cast array data from {} to dtype('int64') according to the rule 'safe'",
            crate::print::dtype_repr(a.dtype())
        )));
    }
    let items = it.iterate(&args.get("choices"))?;
    if items.is_empty() {
        return Err(Error::value_error("0-length sequence."));
    }
    let ops: Vec<Operand> = items
        .iter()
        .map(super::numpy::operand)
        .collect::<Result<_>>()?;
    let dtype = result_type(&ops.iter().collect::<Vec<_>>())?;
    let arrays: Vec<Array> = ops
        .iter()
        .map(|o| o.to_array(dtype))
        .collect::<Result<_>>()?;
    let mut shapes: Vec<&[usize]> = arrays.iter().map(|x| x.shape()).collect();
    shapes.push(a.shape());
    let shape = gather::broadcast_args(&shapes)?;
    let grow = |x: &Array| shape::broadcast_to(x, &shape).expect("broadcast shape checked");
    let n = arrays.len();
    let raw: Vec<i64> = cast_array(&grow(&a), DType::Int64)?.to_vec();
    let idx: Vec<usize> = raw
        .iter()
        .map(|&i| {
            match mode {
                // choose's 'raise' takes no negative indices.
                ClipMode::Raise => (0..n as i64).contains(&i).then_some(i as usize),
                m => m.fix(i, n),
            }
            .ok_or_else(|| Error::value_error("invalid entry in choice array"))
        })
        .collect::<Result<_>>()?;
    let grown: Vec<Array> = arrays.iter().map(grow).collect();
    let r = gather::choose(&idx, &grown, &shape, dtype)?;
    // out= takes the result in any dtype (cast), but only in its shape.
    match super::numpy::arg_out(args)? {
        None => Ok(unwrap0(r)),
        Some(out) if out.shape() != r.shape() => {
            Err(Error::type_error("choose: invalid shape for output array."))
        }
        Some(out) => {
            out.check_writeable("output array")?;
            crate::array::copy_into(&out, &r)?;
            Ok(Value::Array(out))
        }
    }
}

fn select(it: &mut Interp, args: &Args) -> Result<Value> {
    let conds = it.iterate(&args.get("condlist"))?;
    let choices = it.iterate(&args.get("choicelist"))?;
    if conds.len() != choices.len() {
        return Err(Error::value_error(
            "list of cases must be same length as list of conditions",
        ));
    }
    if conds.is_empty() {
        return Err(Error::value_error(
            "select with an empty condition list is not possible",
        ));
    }
    // Python int/float/complex stay weak; everything else becomes an array.
    let as_operand = |v: &Value| -> Result<Operand> {
        match v {
            Value::Int(_) | Value::Float(_) | Value::Complex(_) => super::numpy::operand(v),
            other => Ok(Operand::Array(to_array(other, None)?)),
        }
    };
    let mut ops: Vec<Operand> = choices.iter().map(as_operand).collect::<Result<_>>()?;
    ops.push(as_operand(&args.get("default"))?);
    // np.result_type looks at a Python int's kind, not its value; the value
    // is cast (wrapping) as np.full and np.copyto do.
    let kinds: Vec<Operand> = ops
        .iter()
        .map(|o| match o {
            Operand::PyInt(_) => Operand::PyInt(0.into()),
            other => other.clone(),
        })
        .collect();
    let dtype = result_type(&kinds.iter().collect::<Vec<_>>()).map_err(|e| {
        Error::type_error(format!(
            "Choicelist and default value do not have a common dtype: {}",
            e.message
        ))
    })?;
    let conds: Vec<Array> = conds
        .iter()
        .map(|c| to_array(c, None))
        .collect::<Result<_>>()?;
    let cshape = gather::broadcast_args(&conds.iter().map(|c| c.shape()).collect::<Vec<_>>())?;
    let chosen: Vec<Array> = ops
        .iter()
        .map(|o| match o {
            Operand::Array(a) => cast_array(a, dtype),
            Operand::PyInt(i) => {
                let v = i64::try_from(i).map_err(|_| {
                    Error::value_error("npcalc's select takes Python ints that fit in int64")
                })?;
                cast_array(&Array::from_vec(vec![v], vec![]), dtype)
            }
            other => o
                .to_array(dtype)
                .or_else(|_| cast_array(&other.to_array(DType::Complex128)?, dtype)),
        })
        .collect::<Result<_>>()?;
    let vshape = gather::broadcast_args(&chosen.iter().map(|c| c.shape()).collect::<Vec<_>>())?;
    if let Some(i) = conds.iter().position(|c| c.dtype() != DType::Bool) {
        return Err(Error::type_error(format!(
            "invalid entry {i} in condlist: should be boolean ndarray"
        )));
    }
    let result_shape = if vshape.is_empty() {
        cshape.clone()
    } else {
        gather::broadcast_args(&[&cshape, &vshape])?
    };
    let default = chosen.last().expect("default appended");
    let result = Array::zeros(dtype, result_shape.clone())?;
    let fill = shape::broadcast_to(default, &result_shape).ok_or_else(|| {
        Error::value_error(format!(
            "could not broadcast input array from shape {} into shape {}",
            crate::array::compact_shape_repr(default.shape()),
            crate::array::compact_shape_repr(&result_shape)
        ))
    })?;
    crate::array::copy_into(&result, &fill)?;
    for (choice, cond) in chosen[..chosen.len() - 1].iter().zip(&conds).rev() {
        gather::copy_where(&result, choice, cond)?;
    }
    Ok(Value::Array(result))
}

// ---- diagonal, trace, fill_diagonal -------------------------------------------------

/// The offset of diagonal and trace, a C int in NumPy (the two parse it
/// with different messages).
fn offset_arg(args: &Args, trace: bool) -> Result<i64> {
    let k = int_arg(args, "offset")?;
    let msg = match (trace, k > i32::MAX as i64, k < i32::MIN as i64) {
        (_, false, false) => return Ok(k),
        (true, _, _) => "Python int too large to convert to C int",
        (false, true, _) => "signed integer is greater than maximum",
        (false, _, true) => "signed integer is less than minimum",
    };
    Err(Error::overflow_error(msg).at(args.span("offset")))
}

fn diagonal_of(args: &Args, a: Array) -> Result<Value> {
    diagonal_at(args, a, offset_arg(args, false)?)
}

fn diagonal_at(args: &Args, a: Array, offset: i64) -> Result<Value> {
    if a.ndim() < 2 {
        return Err(Error::value_error(
            "diag requires an array of at least two dimensions",
        ));
    }
    let axis = |name: &str| -> Result<usize> {
        let ax = int_arg(args, name)?;
        layout::normalize_axis(ax, a.ndim()).map_err(|mut e| {
            e.message = format!("{name}: {}", e.message);
            e.at(args.span(name))
        })
    };
    let (axis1, axis2) = (axis("axis1")?, axis("axis2")?);
    if axis1 == axis2 {
        return Err(Error::value_error("axis1 and axis2 cannot be the same"));
    }
    Ok(Value::Array(gather::diagonal(&a, offset, axis1, axis2)))
}

fn trace_of(args: &Args, a: Array) -> Result<Value> {
    reject_unsupported(args, &["out"])?;
    let dtype = super::numpy::arg_dtype(args, "dtype")?;
    let Value::Array(d) = diagonal_at(args, a, offset_arg(args, true)?)? else {
        unreachable!("diagonal gives an array")
    };
    Ok(unwrap0(reduce::reduce(
        &d,
        Reduction::Sum,
        Some(-1),
        dtype,
        false,
    )?))
}

fn fill_diagonal(_: &mut Interp, args: &Args) -> Result<Value> {
    let av = args.get("a");
    let Value::Array(a) = &av else {
        return Err(Error::attribute_error(format!(
            "'{}' object has no attribute 'ndim'",
            av.type_name()
        )));
    };
    if a.ndim() < 2 {
        return Err(Error::value_error("array must be at least 2-d"));
    }
    let wrap = arg_bool(args, "wrap")?;
    let s = a.shape();
    let (step, end) = if a.ndim() == 2 {
        let end = if wrap {
            a.size()
        } else {
            (s[1] * s[1]).min(a.size())
        };
        (s[1] + 1, end)
    } else {
        if s.iter().any(|&n| n != s[0]) {
            return Err(Error::value_error(
                "All dimensions of input must be of equal length",
            ));
        }
        let mut acc = 1usize;
        let mut sum = 0usize;
        for &n in &s[..s.len() - 1] {
            acc *= n;
            sum += acc;
        }
        (1 + sum, a.size())
    };
    let targets: Vec<usize> = (0..end).step_by(step).collect();
    write_cycled(a, &targets, &values_arg(args, a, "val")?, false)
}

// ---- index builders ------------------------------------------------------------------

fn indices(it: &mut Interp, args: &Args) -> Result<Value> {
    let items = it.iterate(&args.get("dimensions"))?;
    let dims = arg_shape(&Value::tuple(items)).map_err(|e| e.at(args.span("dimensions")))?;
    let dtype = super::numpy::arg_dtype(args, "dtype")?.unwrap_or(DType::Int64);
    let sparse = arg_bool(args, "sparse")?;
    let nd = dims.len();
    if sparse {
        let mut out = Vec::with_capacity(nd);
        for (k, &n) in dims.iter().enumerate() {
            let mut sh = vec![1usize; nd];
            sh[k] = n;
            let v: Vec<i64> = (0..n as i64).collect();
            out.push(Value::Array(cast_array(&Array::from_vec(v, sh), dtype)?));
        }
        return Ok(Value::tuple(out));
    }
    let grids = build::indices(&dims, dtype)?;
    let mut full = vec![nd];
    full.extend_from_slice(&dims);
    if grids.is_empty() {
        return Ok(Value::Array(Array::zeros(dtype, vec![0])?));
    }
    let views: Vec<Array> = grids.iter().map(|g| layout::expand_dims(g, &[0])).collect();
    Ok(Value::Array(shape::concatenate(&views, 0)?))
}

fn ix(it: &mut Interp, args: &Args) -> Result<Value> {
    let items = it.iterate(&args.get("args"))?;
    let nd = items.len();
    let mut out = Vec::with_capacity(nd);
    for (k, v) in items.iter().enumerate() {
        let mut a = match v {
            Value::Array(a) => a.clone(),
            other => {
                let a = to_array(other, None)?;
                if a.size() == 0 {
                    Array::zeros(DType::Int64, a.shape().to_vec())?
                } else {
                    a
                }
            }
        };
        if a.ndim() != 1 {
            return Err(Error::value_error("Cross index must be 1 dimensional"));
        }
        if a.dtype() == DType::Bool {
            a = crate::array::select::nonzero(&a)?.remove(0);
        }
        let mut sh = vec![1usize; nd];
        sh[k] = a.size();
        out.push(Value::Array(shape::reshape(
            &a,
            &sh.iter().map(|&n| n as isize).collect::<Vec<_>>(),
        )?));
    }
    Ok(Value::tuple(out))
}

fn order_arg(args: &Args) -> Result<bool> {
    let v = args.get("order");
    match &v {
        Value::Str(s) if matches!(&**s, "C" | "c" | "A" | "a" | "K" | "k") => Ok(false),
        Value::Str(s) if matches!(&**s, "F" | "f") => Ok(true),
        Value::Str(s) => Err(Error::value_error(format!(
            "order must be one of 'C', 'F', 'A', or 'K' (got '{s}')"
        ))),
        _ => Err(Error::type_error("npcalc takes order= as a string").at(args.span("order"))),
    }
}

/// Integer coordinates for unravel_index/ravel_multi_index: NumPy casts
/// them under the 'same_kind' rule, so floats are refused.
fn int_coords(v: &Value) -> Result<Array> {
    let a = to_array(v, None)?;
    if !matches!(a.dtype().kind(), Kind::Int | Kind::UInt | Kind::Bool) {
        return Err(Error::type_error("only int indices permitted"));
    }
    cast_array(&a, DType::Int64)
}

fn unravel_index(it: &mut Interp, args: &Args) -> Result<Value> {
    let idx = int_coords(&args.get("indices")).map_err(|e| e.at(args.span("indices")))?;
    let sv = args.get("shape");
    let dims = match &sv {
        Value::Tuple(_) | Value::List(_) => arg_shape(&Value::tuple(it.iterate(&sv)?)),
        other => arg_shape(other),
    }
    .map_err(|e| e.at(args.span("shape")))?;
    let fortran = order_arg(args)?;
    let size = crate::array::shape_size(&dims)
        .filter(|&n| n <= i64::MAX as usize)
        .ok_or_else(|| {
            Error::value_error(
                "dimensions are too large; arrays and shapes with a total size greater than 'intp' are not supported.",
            )
        })?;
    let flat: Vec<i64> = idx.to_vec();
    let nd = dims.len();
    let mut cols: Vec<Vec<i64>> = vec![Vec::with_capacity(flat.len()); nd];
    for &f in &flat {
        if f < 0 || f as usize >= size {
            return Err(Error::value_error(format!(
                "index {f} is out of bounds for array with size {size}"
            )));
        }
        let mut rest = f as usize;
        let order: Vec<usize> = if fortran {
            (0..nd).collect()
        } else {
            (0..nd).rev().collect()
        };
        for d in order {
            cols[d].push((rest % dims[d]) as i64);
            rest /= dims[d];
        }
    }
    Ok(Value::tuple(
        cols.into_iter()
            .map(|c| unwrap0(Array::from_vec(c, idx.shape().to_vec())))
            .collect(),
    ))
}

fn ravel_multi_index(it: &mut Interp, args: &Args) -> Result<Value> {
    let coords = it.iterate(&args.get("multi_index"))?;
    let dv = args.get("dims");
    let dims = match &dv {
        Value::Tuple(_) | Value::List(_) => arg_shape(&Value::tuple(it.iterate(&dv)?)),
        other => arg_shape(other),
    }
    .map_err(|e| e.at(args.span("dims")))?;
    let nd = dims.len();
    if coords.len() != nd {
        return Err(Error::value_error(format!(
            "parameter multi_index must be a sequence of length {nd}"
        )));
    }
    let modes: Vec<ClipMode> = match args.get("mode") {
        Value::Tuple(t) => t.iter().map(mode_of).collect::<Result<_>>()?,
        Value::List(l) => l.borrow().iter().map(mode_of).collect::<Result<_>>()?,
        m => vec![mode_of(&m)?; nd],
    };
    if modes.len() != nd {
        return Err(Error::value_error(format!(
            "parameter mode must be a sequence of length {nd}"
        )));
    }
    let fortran = order_arg(args)?;
    let arrays: Vec<Array> = coords.iter().map(int_coords).collect::<Result<_>>()?;
    let shape = gather::broadcast_args(&arrays.iter().map(|a| a.shape()).collect::<Vec<_>>())?;
    let cols: Vec<Vec<i64>> = arrays
        .iter()
        .map(|a| {
            shape::broadcast_to(a, &shape)
                .expect("shape checked")
                .to_vec()
        })
        .collect();
    let n: usize = shape.iter().product();
    if crate::array::shape_size(&dims).is_none_or(|n| n > i64::MAX as usize) {
        return Err(Error::value_error(
            "invalid dims: array size defined by dims is larger than the maximum possible size.",
        ));
    }
    let mut strides = vec![1usize; nd];
    if fortran {
        for d in 1..nd {
            strides[d] = strides[d - 1] * dims[d - 1];
        }
    } else {
        for d in (0..nd.saturating_sub(1)).rev() {
            strides[d] = strides[d + 1] * dims[d + 1];
        }
    }
    let mut out = Vec::with_capacity(n);
    for i in 0..n {
        let mut flat = 0usize;
        for (((col, &dim), &mode), &stride) in cols.iter().zip(&dims).zip(&modes).zip(&strides) {
            let c = col[i];
            let fixed = if dim == 0 {
                None
            } else {
                match mode {
                    ClipMode::Raise => (0..dim as i64).contains(&c).then_some(c as usize),
                    m => m.fix(c, dim),
                }
            };
            let Some(j) = fixed else {
                return Err(Error::value_error("invalid entry in coordinates array"));
            };
            flat += j * stride;
        }
        out.push(flat as i64);
    }
    Ok(unwrap0(Array::from_vec(out, shape)))
}

/// NumPy's `nonzero(~tri(n, m, k - 1))` (triu) and `nonzero(tri(n, m, k))`
/// (tril): the same mask np.tri builds, so a float k behaves as there.
fn tri_indices(args: &Args, upper: bool) -> Result<Value> {
    use crate::array::construct::Num;
    let n = int_arg(args, "n")?;
    let m = match args.get("m") {
        Value::None => n,
        _ => int_arg(args, "m")?,
    };
    let k = super::building::num_arg(args, "k")?;
    let (n, m) = (Num::Int(n.max(0) as i128), Num::Int(m.max(0) as i128));
    let mask = if upper {
        let k = super::building::num_sub(k, Num::Int(1));
        let lower = super::building::tri_mask(n, m, k, DType::Bool)?;
        crate::array::unary::unary(crate::array::Ufunc::LogicalNot, &lower)?
    } else {
        super::building::tri_mask(n, m, k, DType::Bool)?
    };
    Ok(Value::tuple(
        crate::array::select::nonzero(&mask)?
            .into_iter()
            .map(Value::Array)
            .collect(),
    ))
}

fn diag_indices(_: &mut Interp, args: &Args) -> Result<Value> {
    let n = int_arg(args, "n")?;
    let ndim = int_arg(args, "ndim")?;
    let v: Vec<i64> = (0..n.max(0)).collect();
    let len = v.len();
    Ok(Value::tuple(
        (0..ndim.max(0))
            .map(|_| Value::Array(Array::from_vec(v.clone(), vec![len])))
            .collect(),
    ))
}

/// `triu_indices_from`/`tril_indices_from`: the builder called with
/// `arr.shape[-2]`, `k` and `m=arr.shape[-1]`, as NumPy does.
fn tri_indices_from(it: &mut Interp, args: &Args, builder: &str) -> Result<Value> {
    let arr = ndarray_arg(args, "arr", "ndim")?;
    if arr.ndim() != 2 {
        return Err(Error::value_error("input array must be 2-d"));
    }
    let (n, m) = (Value::int(arr.shape()[0]), Value::int(arr.shape()[1]));
    let keywords = vec![("k", args.get("k")), ("m", m)];
    super::linalg::np_call(it, builder, vec![n], keywords, args.call_span)
}

fn diag_indices_from(it: &mut Interp, args: &Args) -> Result<Value> {
    let arr = ndarray_arg(args, "arr", "ndim")?;
    if arr.ndim() < 2 {
        return Err(Error::value_error("input array must be at least 2-d"));
    }
    if arr.shape().windows(2).any(|w| w[0] != w[1]) {
        return Err(Error::value_error(
            "All dimensions of input must be of equal length",
        ));
    }
    let (n, ndim) = (Value::int(arr.shape()[0]), Value::int(arr.ndim()));
    super::linalg::np_call(it, "diag_indices", vec![n, ndim], vec![], args.call_span)
}

// ---- set routines ------------------------------------------------------------------

/// `np.unique` of the flattened input (NaNs collapsed), as the set routines call it.
fn unique_of(a: &Array) -> Result<Array> {
    Ok(crate::array::sort::unique(a)?.values)
}

fn isin(_: &mut Interp, args: &Args) -> Result<Value> {
    let element = arg_array(args, "element")?;
    let test = shape::ravel(&arg_array(args, "test_elements")?)?;
    let _ = arg_bool(args, "assume_unique")?;
    let invert = arg_bool(args, "invert")?;
    match args.get("kind") {
        Value::None => {}
        Value::Str(k) if &*k == "sort" => {}
        Value::Str(k) if &*k == "table" => {
            let integral = |d: DType| matches!(d.kind(), Kind::Bool | Kind::Int | Kind::UInt);
            if !integral(element.dtype()) || !integral(test.dtype()) {
                return Err(Error::value_error(
                    "The 'table' method is only supported for boolean or integer arrays. Please select 'sort' or None for kind.",
                ));
            }
        }
        other => {
            return Err(Error::value_error(format!(
                "Invalid kind: {}. Please use None, 'sort' or 'table'.",
                super::repr(&other, &Default::default())
            )));
        }
    }
    Ok(Value::Array(sets::isin(&element, &test, invert)?))
}

fn setdiff1d(_: &mut Interp, args: &Args) -> Result<Value> {
    let (ar1, ar2) = (arg_array(args, "ar1")?, arg_array(args, "ar2")?);
    let ar1 = if arg_bool(args, "assume_unique")? {
        shape::ravel(&ar1)?
    } else {
        unique_of(&ar1)?
    };
    let ar2 = unique_of(&ar2)?;
    let keep: Vec<bool> = sets::isin(&ar1, &ar2, true)?.to_vec();
    let picks: Vec<usize> = keep
        .iter()
        .enumerate()
        .filter(|(_, k)| **k)
        .map(|(i, _)| i)
        .collect();
    Ok(Value::Array(gather::take(&ar1, 0, &picks, &[picks.len()])?))
}

fn union1d(_: &mut Interp, args: &Args) -> Result<Value> {
    let a1 = shape::ravel(&arg_array(args, "ar1")?)?;
    let a2 = shape::ravel(&arg_array(args, "ar2")?)?;
    Ok(Value::Array(unique_of(&shape::concatenate(&[a1, a2], 0)?)?))
}

fn intersect1d(_: &mut Interp, args: &Args) -> Result<Value> {
    let (a1, a2) = (arg_array(args, "ar1")?, arg_array(args, "ar2")?);
    let indices = arg_bool(args, "return_indices")?;
    let (u1, u2, first1, first2) = if arg_bool(args, "assume_unique")? {
        (shape::ravel(&a1)?, shape::ravel(&a2)?, None, None)
    } else {
        let (x, y) = (
            crate::array::sort::unique(&a1)?,
            crate::array::sort::unique(&a2)?,
        );
        (x.values, y.values, Some(x.index), Some(y.index))
    };
    let n1 = u1.size();
    let (vals, p1, p2) = sets::intersect(&u1, &u2)?;
    if !indices {
        return Ok(Value::Array(vals));
    }
    let back = |pos: Vec<usize>, shift: usize, first: Option<Vec<i64>>| {
        let v: Vec<i64> = pos
            .into_iter()
            .map(|p| {
                let k = p - shift;
                first.as_ref().map_or(k as i64, |f| f[k])
            })
            .collect();
        let n = v.len();
        Value::Array(Array::from_vec(v, vec![n]))
    };
    Ok(Value::tuple(vec![
        Value::Array(vals),
        back(p1, 0, first1),
        back(p2, n1, first2),
    ]))
}

fn setxor1d(_: &mut Interp, args: &Args) -> Result<Value> {
    let (a1, a2) = (arg_array(args, "ar1")?, arg_array(args, "ar2")?);
    let (u1, u2) = if arg_bool(args, "assume_unique")? {
        (shape::ravel(&a1)?, shape::ravel(&a2)?)
    } else {
        (unique_of(&a1)?, unique_of(&a2)?)
    };
    Ok(Value::Array(sets::setxor(&u1, &u2)?))
}

fn array_equiv(_: &mut Interp, args: &Args) -> Result<Value> {
    let Some((a1, a2)) = super::numpy::comparable_arrays(args)? else {
        return Ok(Value::Bool(false));
    };
    let Ok(shape) = shape::broadcast_shapes(&[a1.shape(), a2.shape()]) else {
        return Ok(Value::Bool(false));
    };
    let grow = |x: &Array| shape::broadcast_to(x, &shape).expect("shape checked");
    let (x, y) = (grow(&a1), grow(&a2));
    let eq = super::numpy::compare(
        crate::syntax::ast::CmpOp::Eq,
        &Value::Array(x),
        &Value::Array(y),
    )?;
    let all: Vec<bool> = cast_array(&to_array(&eq, None)?, DType::Bool)?.to_vec();
    Ok(Value::Bool(all.iter().all(|&b| b)))
}

/// `np.ndindex(*shape)`: index tuples of Python ints, last axis fastest.
/// `np.ndenumerate`: NumPy walks `np.asarray(arr).flat`, reading each
/// element when it is reached, so a loop sees the array's current values.
struct NdEnumerate {
    array: Array,
    next: usize,
}

impl super::iter::Lazy for NdEnumerate {
    fn next(&mut self, _: &mut Interp) -> Result<Option<Value>> {
        if self.next >= self.array.size() {
            return Ok(None);
        }
        let k = self.next;
        self.next += 1;
        let mut index = vec![0usize; self.array.ndim()];
        let mut rest = k;
        for (i, &n) in index.iter_mut().zip(self.array.shape()).rev() {
            *i = rest % n;
            rest /= n;
        }
        let coords = Value::tuple(index.into_iter().map(Value::int).collect());
        let value = Value::Scalar(self.array.get_flat(k));
        Ok(Some(Value::tuple(vec![coords, value])))
    }
}

fn ndenumerate(_: &mut Interp, args: &Args) -> Result<Value> {
    let array = to_array(&args.get("arr"), None)?;
    Ok(super::iterfns::lazy(
        "numpy.ndenumerate",
        NdEnumerate { array, next: 0 },
    ))
}

fn ndindex(_: &mut Interp, args: &Args) -> Result<Value> {
    let dims = match args.get("shape") {
        Value::Tuple(t) if t.len() == 1 && matches!(t[0], Value::Tuple(_) | Value::List(_)) => {
            t[0].clone()
        }
        other => other,
    };
    let shape = arg_shape(&dims)?;
    let count: usize = shape.iter().product();
    let mut items = Vec::with_capacity(count);
    let mut index = vec![0usize; shape.len()];
    for k in 0..count {
        if k > 0 {
            for d in (0..index.len()).rev() {
                index[d] += 1;
                if index[d] < shape[d] {
                    break;
                }
                index[d] = 0;
            }
        }
        items.push(Value::tuple(index.iter().map(|&i| Value::int(i)).collect()));
    }
    Ok(super::iterfns::items_iterator("numpy.ndindex", items))
}
