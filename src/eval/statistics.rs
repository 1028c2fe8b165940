//! Searching, sorting and statistics: `np.searchsorted`, `np.sort`,
//! `np.argsort`, `np.round`, `np.clip`, `np.unique`, `np.var`, `np.std`,
//! `np.median` and their ndarray methods. Kernels in `array/sort.rs` and
//! `array/stats.rs`.

use super::numpy::{
    arg_array, arg_axis, arg_bool, arg_dtype, keepdims, reject_unsupported, this_array, unwrap0,
};
use super::table::{Args, FnDef, Owner, p};
use super::value::{NamedKind, Value};
use super::{Interp, to_array, to_index};
use crate::array::promote::{Operand, promote_types};
use crate::array::sort::{self, SortKind};
use crate::array::ufunc::binary;
use crate::array::{Array, DType, Kind, Ufunc, cast_array, copy_into, stats};
use crate::error::{Error, Result};

pub static STATISTICS: &[FnDef] = &[
    FnDef {
        name: "searchsorted",
        owner: Owner::Numpy,
        error_name: None,
        params: &[
            p!(Normal "a", "A sorted 1-d array (or see sorter)."),
            p!(Normal "v", "Values to place."),
            p!(Normal "side" = "'left'", "'left': the first suitable index; 'right': the last."),
            p!(Normal "sorter" = "None", "Indices that sort a (e.g. from np.argsort)."),
        ],
        doc: "Indices where v would be inserted into sorted a to keep it sorted. On a cumsum of weights this picks a weighted sample or the weighted median.",
        examples: &[
            "np.searchsorted([1, 2, 3, 4], 3)",
            "np.searchsorted(np.cumsum([1, 2, 3, 4]), 5, side='right')",
        ],
        imp: searchsorted,
    },
    FnDef {
        name: "sort",
        owner: Owner::Numpy,
        error_name: None,
        params: &SORT_PARAMS,
        doc: "A sorted copy of an array, along an axis (default the last; None flattens). NaN sorts last.",
        examples: &["np.sort([3, 1, 2])", "np.sort([[3, 1], [2, 4]], axis=0)"],
        imp: |_, args| {
            if let Some(sa) = super::strarray::as_text(&args.get("a"))? {
                let kind = sort_kind(args)?;
                let sorted = super::strarray::sort(&sa, arg_axis(args, "axis")?, kind)?;
                return Ok(Value::StrArray(Box::new(sorted)));
            }
            sort_fn(args, arg_array(args, "a")?)
        },
    },
    FnDef {
        name: "argsort",
        owner: Owner::Numpy,
        error_name: None,
        params: &SORT_PARAMS,
        doc: "The indices that would sort an array along an axis.",
        examples: &["np.argsort([3, 1, 2])"],
        imp: |_, args| {
            if let Some(sa) = super::strarray::as_text(&args.get("a"))? {
                return super::strarray::argsort(&sa, arg_axis(args, "axis")?, sort_kind(args)?);
            }
            argsort_fn(args, arg_array(args, "a")?)
        },
    },
    FnDef {
        name: "partition",
        owner: Owner::Numpy,
        error_name: None,
        params: &PARTITION_PARAMS,
        doc: "A copy with the element that belongs at each kth position there, smaller ones before it and larger ones after (NumPy's introselect order).",
        examples: &["np.partition([5, 1, 4, 2, 3], [1, 3])"],
        imp: |_, args| partition_fn(args, arg_array(args, "a")?, false),
    },
    FnDef {
        name: "argpartition",
        owner: Owner::Numpy,
        error_name: None,
        params: &PARTITION_PARAMS,
        doc: "The indices that would partition an array at kth; see np.partition.",
        examples: &["np.argpartition([5, 1, 4, 2, 3], [1, 3])"],
        imp: |_, args| partition_fn(args, arg_array(args, "a")?, true),
    },
    FnDef {
        name: "round",
        owner: Owner::Numpy,
        error_name: None,
        params: &ROUND_PARAMS,
        doc: "Round to the given number of decimals, half to even: NumPy multiplies by 10**decimals, rounds to an integer and divides back, so the result is the nearest float to that quotient.",
        examples: &[
            "np.round([0.5, 1.5, 2.675], 2)",
            "np.round([1234, 1250], -2)",
        ],
        imp: |_, args| round_fn(args, arg_array(args, "a")?),
    },
    FnDef {
        name: "around",
        owner: Owner::Numpy,
        error_name: None,
        params: &ROUND_PARAMS,
        doc: "The same as np.round.",
        examples: &["np.around([0.5, 1.5, 2.5])"],
        imp: |_, args| round_fn(args, arg_array(args, "a")?),
    },
    FnDef {
        name: "clip",
        owner: Owner::Numpy,
        error_name: None,
        params: &[
            p!(Normal "a", "Input array."),
            p!(Normal "a_min" = "<no value>", "Lower bound (None: none)."),
            p!(Normal "a_max" = "<no value>", "Upper bound (None: none)."),
            p!(Normal "out" = "None", "Not supported by npcalc."),
        ],
        doc: "Limit the values to [a_min, a_max]: np.minimum(np.maximum(a, a_min), a_max).",
        examples: &["np.clip(np.cumsum([5, -9, 7]), 0, 5)"],
        imp: |_, args| clip_fn(args, arg_array(args, "a")?, "a_min", "a_max"),
    },
    FnDef {
        name: "unique",
        owner: Owner::Numpy,
        error_name: None,
        params: &[
            p!(Normal "ar", "Input array (flattened)."),
            p!(Normal "return_index" = "False", "Also the index of each value's first occurrence."),
            p!(Normal "return_inverse" = "False", "Also the indices that rebuild ar from the values."),
            p!(Normal "return_counts" = "False", "Also how often each value occurs."),
            p!(Normal "axis" = "None", "Only None in npcalc."),
            p!(KeywordOnly "equal_nan" = "True", "Whether all NaNs count as one value."),
        ],
        doc: "The sorted distinct values of an array (NaNs count as one).",
        examples: &[
            "np.unique([3, 1, 3, 2])",
            "np.unique([3, 1, 3], return_counts=True)",
        ],
        imp: unique,
    },
    FnDef {
        name: "unique_all",
        owner: Owner::Numpy,
        error_name: None,
        params: &[p!(PositionalOnly "x", "Input array (flattened).")],
        doc: "np.unique with all three extras, as UniqueAllResult(values, indices, inverse_indices, counts); NaNs count separately.",
        examples: &["np.unique_all([3, 1, 3, 2])"],
        imp: |_, args| unique_named(args, &UNIQUE_ALL, [true, true, true]),
    },
    FnDef {
        name: "unique_counts",
        owner: Owner::Numpy,
        error_name: None,
        params: &[p!(PositionalOnly "x", "Input array (flattened).")],
        doc: "The sorted distinct values and how often each occurs, as UniqueCountsResult(values, counts); NaNs count separately.",
        examples: &["np.unique_counts([3, 1, 3, 2])"],
        imp: |_, args| unique_named(args, &UNIQUE_COUNTS, [false, false, true]),
    },
    FnDef {
        name: "unique_inverse",
        owner: Owner::Numpy,
        error_name: None,
        params: &[p!(PositionalOnly "x", "Input array (flattened).")],
        doc: "The sorted distinct values and the indices that rebuild x, as UniqueInverseResult(values, inverse_indices); NaNs count separately.",
        examples: &["np.unique_inverse([3, 1, 3, 2])"],
        imp: |_, args| unique_named(args, &UNIQUE_INVERSE, [false, true, false]),
    },
    FnDef {
        name: "var",
        owner: Owner::Numpy,
        error_name: None,
        params: &VAR_PARAMS,
        doc: "Variance: the mean of the squared deviations from the mean, divided by N - ddof instead of N.",
        examples: &[
            "np.var([1, 2, 3, 4])",
            "np.var([[1, 2], [3, 5]], axis=0, ddof=1)",
        ],
        imp: |_, args| var_fn(args, arg_array(args, "a")?, false),
    },
    FnDef {
        name: "std",
        owner: Owner::Numpy,
        error_name: None,
        params: &VAR_PARAMS,
        doc: "Standard deviation: the square root of np.var.",
        examples: &["np.std([1, 2, 3, 4])", "np.std([1, 2, 3, 4], ddof=1)"],
        imp: |_, args| var_fn(args, arg_array(args, "a")?, true),
    },
    FnDef {
        name: "median",
        owner: Owner::Numpy,
        error_name: None,
        params: &[
            p!(Normal "a", "Input array."),
            p!(Normal "axis" = "None", "Axis; None: the flattened array."),
            p!(Normal "out" = "None", "Not supported by npcalc."),
            p!(Normal "overwrite_input" = "False", "Ignored."),
            p!(Normal "keepdims" = "False", "Keep the reduced axis with length one."),
        ],
        doc: "The middle value of the sorted elements (the mean of the two middle ones for an even count); NaN if any element is NaN.",
        examples: &[
            "np.median([3, 1, 4, 1])",
            "np.median([[1, 5], [2, 8]], axis=0)",
        ],
        imp: median,
    },
];

static SORT_PARAMS: [super::table::Param; 5] = [
    p!(Normal "a", "Array to sort."),
    p!(Normal "axis" = "-1", "Axis to sort along; None flattens first."),
    p!(Normal "kind" = "None", "'quicksort' (default), 'mergesort', 'heapsort' or 'stable'; argsort orders ties as NumPy does on an AVX-512 CPU, sort refuses where NumPy's order of -0.0 and 0.0 would show."),
    p!(Normal "order" = "None", "Not supported by npcalc."),
    p!(KeywordOnly "stable" = "None", "True: a stable sort."),
];

static PARTITION_PARAMS: [super::table::Param; 5] = [
    p!(Normal "a", "Array to partition."),
    p!(Normal "kth", "Position (or sequence of positions) to put in sorted place; negative counts from the end."),
    p!(Normal "axis" = "-1", "Axis to partition along; None flattens first."),
    p!(Normal "kind" = "'introselect'", "Only 'introselect'."),
    p!(Normal "order" = "None", "Not supported by npcalc."),
];

static METHOD_PARTITION_PARAMS: [super::table::Param; 4] = [
    p!(Normal "kth", "Position (or sequence of positions) to put in sorted place."),
    p!(Normal "axis" = "-1", "Axis to partition along."),
    p!(Normal "kind" = "'introselect'", "Only 'introselect'."),
    p!(Normal "order" = "None", "Not supported by npcalc."),
];

static ROUND_PARAMS: [super::table::Param; 3] = [
    p!(Normal "a", "Input array."),
    p!(Normal "decimals" = "0", "Number of decimals; negative rounds to tens, hundreds, …"),
    p!(Normal "out" = "None", "Not supported by npcalc."),
];

static VAR_PARAMS: [super::table::Param; 8] = [
    p!(Normal "a", "Input array."),
    p!(Normal "axis" = "None", "Axis; None: all elements."),
    p!(Normal "dtype" = "None", "Accumulation dtype (float64 for integers)."),
    p!(Normal "out" = "None", "Not supported by npcalc."),
    p!(Normal "ddof" = "0", "Delta degrees of freedom: divide by N - ddof."),
    p!(Normal "keepdims" = "<no value>", "Keep the reduced axis with length one."),
    p!(KeywordOnly "where" = "<no value>", "Which elements to include (a bool mask broadcast to the input)."),
    p!(KeywordOnly "mean" = "<no value>", "Not supported by npcalc."),
];

static METHOD_ARG_EXTREME_PARAMS: [super::table::Param; 3] = [
    p!(Normal "axis" = "None", "The axis to search along; None searches the flattened array."),
    p!(Normal "out" = "None", "Not supported by npcalc."),
    p!(KeywordOnly "keepdims" = "False", "Keep the searched axis with length one."),
];

static METHOD_SORT_PARAMS: [super::table::Param; 4] = [
    p!(Normal "axis" = "-1", "Axis to sort along."),
    p!(Normal "kind" = "None", "'quicksort' (default), 'mergesort', 'heapsort' or 'stable'; argsort orders ties as NumPy does on an AVX-512 CPU, sort refuses where NumPy's order of -0.0 and 0.0 would show."),
    p!(Normal "order" = "None", "Not supported by npcalc."),
    p!(KeywordOnly "stable" = "None", "True: a stable sort."),
];

static METHOD_VAR_PARAMS: [super::table::Param; 7] = [
    p!(Normal "axis" = "None", "Axis; None: all elements."),
    p!(Normal "dtype" = "None", "Accumulation dtype (float64 for integers)."),
    p!(Normal "out" = "None", "Not supported by npcalc."),
    p!(Normal "ddof" = "0", "Delta degrees of freedom: divide by N - ddof."),
    p!(Normal "keepdims" = "<no value>", "Keep the reduced axis with length one."),
    p!(KeywordOnly "where" = "<no value>", "Which elements to include (a bool mask broadcast to the input)."),
    p!(KeywordOnly "mean" = "<no value>", "Not supported by npcalc."),
];

/// The ndarray methods of this family.
pub static STATISTICS_METHODS: &[FnDef] = &[
    FnDef {
        name: "searchsorted",
        owner: Owner::MethodNpy,
        error_name: None,
        params: &[
            p!(Normal "v", "Values to place."),
            p!(Normal "side" = "'left'", "'left' or 'right'."),
            p!(Normal "sorter" = "None", "Indices that sort the array."),
        ],
        doc: "Where v would go in this sorted array; see np.searchsorted.",
        examples: &["np.cumsum([1, 2, 3]).searchsorted(3)"],
        imp: |_, args| searchsorted_of(args, this_array(args)?),
    },
    FnDef {
        name: "sort",
        owner: Owner::MethodNpy,
        error_name: None,
        params: &METHOD_SORT_PARAMS,
        doc: "Sort the array in place along an axis; returns None.",
        examples: &["np.array([3, 1, 2]).sort()"],
        imp: m_sort,
    },
    FnDef {
        name: "argmax",
        // NumPy parses these with npy_parse_arguments: Python-style messages.
        owner: Owner::MethodPy,
        error_name: None,
        params: &METHOD_ARG_EXTREME_PARAMS,
        doc: "The index of the first largest element (along an axis); see np.argmax.",
        examples: &["np.cumsum([1, -2, 5, -1]).argmax()"],
        imp: |_, args| super::joining::arg_extreme(this_array(args)?, args, true),
    },
    FnDef {
        name: "argmin",
        // NumPy parses these with npy_parse_arguments: Python-style messages.
        owner: Owner::MethodPy,
        error_name: None,
        params: &METHOD_ARG_EXTREME_PARAMS,
        doc: "The index of the first smallest element (along an axis); see np.argmin.",
        examples: &["np.cumsum([1, -2, 5, -1]).argmin()"],
        imp: |_, args| super::joining::arg_extreme(this_array(args)?, args, false),
    },
    FnDef {
        name: "argsort",
        owner: Owner::MethodNpy,
        error_name: None,
        params: &METHOD_SORT_PARAMS,
        doc: "The indices that would sort the array; see np.argsort.",
        examples: &["np.array([3, 1, 2]).argsort()"],
        imp: |_, args| argsort_fn(args, this_array(args)?),
    },
    FnDef {
        name: "partition",
        owner: Owner::MethodNpy,
        error_name: None,
        params: &METHOD_PARTITION_PARAMS,
        doc: "Partition the array in place at kth (see np.partition); returns None.",
        examples: &["np.array([5, 1, 4, 2, 3]).partition(2)"],
        imp: |_, args| {
            let a = this_array(args)?;
            let Value::Array(p) = partition_fn(args, a.clone(), false)? else {
                unreachable!("partition gives an array")
            };
            a.check_writeable("partition array")?;
            copy_into(&a, &p)?;
            Ok(Value::None)
        },
    },
    FnDef {
        name: "argpartition",
        owner: Owner::MethodNpy,
        error_name: None,
        params: &METHOD_PARTITION_PARAMS,
        doc: "The indices that would partition the array at kth; see np.argpartition.",
        examples: &["np.array([5, 1, 4, 2, 3]).argpartition(2)"],
        imp: |_, args| partition_fn(args, this_array(args)?, true),
    },
    FnDef {
        name: "round",
        owner: Owner::Method,
        error_name: None,
        params: &[
            p!(Normal "decimals" = "0", "Number of decimals."),
            p!(Normal "out" = "None", "Not supported by npcalc."),
        ],
        doc: "The array rounded to the given decimals; see np.round.",
        examples: &["np.array([1.25, 2.5]).round(1)"],
        imp: |_, args| round_fn(args, this_array(args)?),
    },
    FnDef {
        name: "clip",
        owner: Owner::Method,
        error_name: None,
        params: &[
            p!(Normal "min" = "None", "Lower bound."),
            p!(Normal "max" = "None", "Upper bound."),
            p!(Normal "out" = "None", "Not supported by npcalc."),
        ],
        doc: "The values limited to [min, max]; see np.clip.",
        examples: &["np.arange(5).clip(1, 3)"],
        imp: |_, args| clip_fn(args, this_array(args)?, "min", "max"),
    },
    FnDef {
        name: "var",
        owner: Owner::MethodPy,
        error_name: Some("_var"),
        params: &METHOD_VAR_PARAMS,
        doc: "Variance; see np.var.",
        examples: &["np.arange(4).var()"],
        imp: |_, args| var_fn(args, this_array(args)?, false),
    },
    FnDef {
        name: "std",
        owner: Owner::MethodPy,
        error_name: Some("_std"),
        params: &METHOD_VAR_PARAMS,
        doc: "Standard deviation; see np.std.",
        examples: &["np.arange(4).std()"],
        imp: |_, args| var_fn(args, this_array(args)?, true),
    },
];

fn searchsorted(_: &mut Interp, args: &Args) -> Result<Value> {
    searchsorted_of(args, arg_array(args, "a")?)
}

/// NumPy's `PyArray_SearchsideConverter`: a str whose first letter picks the
/// side, accepted only when it is exactly "left" or "right".
fn search_side(v: &Value) -> Result<bool> {
    let Value::Str(s) = v else {
        return Err(Error::type_error(format!(
            "search side must be str, not {}",
            v.type_name()
        )));
    };
    let right = match s.chars().next() {
        Some('l' | 'L') => false,
        Some('r' | 'R') => true,
        _ => {
            return Err(Error::value_error(format!(
                "search side must be 'left' or 'right' (got {})",
                super::repr(v, &Default::default())
            )));
        }
    };
    if &**s != if right { "right" } else { "left" } {
        return Err(Error::value_error(
            "search side must be one of 'left' or 'right'",
        ));
    }
    Ok(right)
}

fn searchsorted_of(args: &Args, a: Array) -> Result<Value> {
    let v = arg_array(args, "v")?;
    let right = search_side(&args.get("side"))?;
    match a.ndim() {
        0 => {
            return Err(Error::value_error(
                "object of too small depth for desired array",
            ));
        }
        1 => {}
        _ => return Err(Error::value_error("object too deep for desired array")),
    }
    let sorter = match args.get("sorter") {
        Value::None => None,
        s => {
            let s = to_array(&s, None)?;
            if !matches!(s.dtype().kind(), Kind::Int | Kind::UInt) {
                return Err(Error::type_error("sorter must only contain integers"));
            }
            if s.size() != a.size() {
                return Err(Error::value_error("sorter.size must equal a.size"));
            }
            let s = cast_array(&s, DType::Int64)?.to_vec::<i64>();
            if s.iter().any(|&i| i < 0 || i >= a.size() as i64) {
                return Err(Error::value_error("Sorter index out of range."));
            }
            Some(s)
        }
    };
    let common = promote_types(a.dtype(), v.dtype());
    let (a, v) = (cast_array(&a, common)?, cast_array(&v, common)?);
    let r = sort::searchsorted(&a, &v, right, sorter.as_deref())?;
    Ok(unwrap0(r))
}

pub(super) fn sort_kind(args: &Args) -> Result<SortKind> {
    reject_unsupported(args, &["order"])?;
    let stable = args.get("stable");
    match (args.get("kind"), stable) {
        (Value::None, Value::None) => Ok(SortKind::Quick),
        (Value::None, s) => Ok(if super::pyops::truthy(&s)? {
            SortKind::Stable
        } else {
            SortKind::Quick
        }),
        (Value::Str(k), Value::None) => SortKind::parse(&k),
        (Value::Str(_), _) => Err(Error::value_error(
            "`kind` and `stable` parameters can't be provided at the same time. Use only one of them.",
        )),
        (other, _) => Err(Error::type_error(format!(
            "sort kind must be str or None (got {})",
            super::repr(&other, &Default::default())
        ))),
    }
}

fn sort_fn(args: &Args, a: Array) -> Result<Value> {
    let kind = sort_kind(args)?;
    let axis = arg_axis(args, "axis")?;
    Ok(Value::Array(sort::sort(&a, axis, kind)?))
}

fn m_sort(_: &mut Interp, args: &Args) -> Result<Value> {
    let a = this_array(args)?;
    let kind = sort_kind(args)?;
    let axis = arg_axis(args, "axis")?;
    let Some(axis) = axis else {
        return Err(Error::type_error(
            "'NoneType' object cannot be interpreted as an integer",
        ));
    };
    let sorted = sort::sort(&a, Some(axis), kind)?;
    a.check_writeable("sort array")?;
    copy_into(&a, &sorted)?;
    Ok(Value::None)
}

fn argsort_fn(args: &Args, a: Array) -> Result<Value> {
    let kind = sort_kind(args)?;
    let axis = arg_axis(args, "axis")?;
    if a.ndim() == 0 && matches!(axis, None | Some(0 | -1)) {
        return Ok(Value::Array(Array::from_vec(vec![0i64], vec![1])));
    }
    Ok(Value::Array(sort::argsort(&a, axis, kind)?))
}

fn round_fn(args: &Args, a: Array) -> Result<Value> {
    reject_unsupported(args, &["out"])?;
    let decimals = to_index(&args.get("decimals")).map_err(|e| e.at(args.span("decimals")))?;
    Ok(unwrap0(stats::round(&a, decimals)?))
}

fn clip_fn(args: &Args, a: Array, lo: &str, hi: &str) -> Result<Value> {
    reject_unsupported(args, &["out"])?;
    let bound = |name: &str| -> Result<Option<Operand>> {
        match args.get(name) {
            Value::None => Ok(None),
            Value::Str(s) if &*s == "<no value>" => Ok(None),
            v => {
                // Python ints beyond an integer array's range clip nothing (NEP 50).
                if let (Value::Int(i), Kind::Int | Kind::UInt) = (&v, a.dtype().kind()) {
                    let (min, max) = a.dtype().int_range().expect("an integer dtype");
                    let beyond = if name == lo {
                        *i <= min.into()
                    } else {
                        *i >= max.into()
                    };
                    if beyond {
                        return Ok(None);
                    }
                }
                Ok(Some(super::numpy::operand(&v)?))
            }
        }
    };
    let (min, max) = (bound(lo)?, bound(hi)?);
    let x = Operand::Array(a.clone());
    let r = match (min, max) {
        (None, None) => {
            if !args.given(lo) && !args.given(hi) {
                return Err(Error::value_error("One of max or min must be given"));
            }
            crate::array::shape::copy(&a)?
        }
        (None, Some(hi)) => binary(Ufunc::Minimum, &x, &hi)?,
        (Some(lo), None) => binary(Ufunc::Maximum, &x, &lo)?,
        (Some(lo), Some(hi)) => {
            // np.clip is one ufunc of three inputs: their dtypes promote together
            // (int8, uint8, float16 give float16, not float32 as two steps would).
            let d = crate::array::promote::result_type(&[&x, &lo, &hi])?;
            let [x, lo, hi] = [&x, &lo, &hi].map(|o| o.to_array(d).map(Operand::Array));
            let (x, lo, hi) = (x?, lo?, hi?);
            let m = binary(Ufunc::Maximum, &x, &lo)?;
            binary(Ufunc::Minimum, &Operand::Array(m), &hi)?
        }
    };
    Ok(unwrap0(r))
}

fn unique(_: &mut Interp, args: &Args) -> Result<Value> {
    let flag = |name: &str| super::pyops::truthy(&args.get(name));
    let mut parts = unique_parts(
        args,
        "ar",
        [
            flag("return_index")?,
            flag("return_inverse")?,
            flag("return_counts")?,
        ],
        flag("equal_nan")?,
    )?;
    Ok(if parts.len() == 1 {
        parts.pop().expect("one part")
    } else {
        Value::tuple(parts)
    })
}

/// The array-API set functions: `np.unique` with fixed flags and
/// equal_nan=False, as a named tuple.
fn unique_named(args: &Args, kind: &'static NamedKind, flags: [bool; 3]) -> Result<Value> {
    Ok(kind.make(unique_parts(args, "x", flags, false)?))
}

pub static UNIQUE_ALL: NamedKind = NamedKind {
    qualname: "numpy.lib._arraysetops_impl.UniqueAllResult",
    fields: &["values", "indices", "inverse_indices", "counts"],
};
pub static UNIQUE_COUNTS: NamedKind = NamedKind {
    qualname: "numpy.lib._arraysetops_impl.UniqueCountsResult",
    fields: &["values", "counts"],
};
pub static UNIQUE_INVERSE: NamedKind = NamedKind {
    qualname: "numpy.lib._arraysetops_impl.UniqueInverseResult",
    fields: &["values", "inverse_indices"],
};

/// The values of `np.unique(args[name])` and, per flag (return_index,
/// return_inverse, return_counts), the arrays asked for.
fn unique_parts(args: &Args, name: &str, flags: [bool; 3], equal_nan: bool) -> Result<Vec<Value>> {
    let axis = args.get("axis");
    let text = super::strarray::as_text(&args.get(name))?;
    if !matches!(axis, Value::None) {
        if text.is_some() {
            return Err(Error::new(
                crate::error::Exc::NotImplementedError,
                "npcalc does not support np.unique with axis on string arrays",
            ));
        }
        let a = arg_array(args, name)?;
        if a.ndim() == 1 {
            // NumPy's 1-D path only checks the axis (normalize_axis_index).
            let ax = to_index(&axis).map_err(|e| e.at(args.span("axis")))?;
            sort::normalize_axis(ax as isize, 1)?;
        } else {
            let ax = match &axis {
                Value::List(_) | Value::Tuple(_) => {
                    return Err(Error::new(
                        crate::error::Exc::NotImplementedError,
                        "npcalc does not support a list or tuple axis for np.unique",
                    ));
                }
                // np.moveaxis's normalize_axis_tuple iterates a non-index.
                v => to_index(v).map_err(|_| {
                    Error::type_error(format!("'{}' object is not iterable", v.type_name()))
                        .at(args.span("axis"))
                })?,
            };
            let u = sort::unique_along(&a, ax as isize)?;
            let rows = u.inverse.len();
            return Ok(unique_results(u, flags, vec![rows]));
        }
    }
    if let Some(sa) = text {
        return Ok(
            match super::strarray::unique(&sa, flags[0], flags[1], flags[2]) {
                Value::Tuple(t) => t.to_vec(),
                v => vec![v],
            },
        );
    }
    let a = arg_array(args, name)?;
    let u = sort::unique_nan(&a, equal_nan)?;
    Ok(unique_results(u, flags, a.shape().to_vec()))
}

/// The values and, per flag, the index, inverse (of `inverse_shape`) and
/// count arrays of one `np.unique`.
fn unique_results(u: sort::Unique, flags: [bool; 3], inverse_shape: Vec<usize>) -> Vec<Value> {
    let [want_index, want_inverse, want_counts] = flags;
    let int_array = |v: Vec<i64>, shape: Vec<usize>| Value::Array(Array::from_vec(v, shape));
    let mut parts = vec![Value::Array(u.values)];
    if want_index {
        let n = u.index.len();
        parts.push(int_array(u.index, vec![n]));
    }
    if want_inverse {
        parts.push(int_array(u.inverse, inverse_shape));
    }
    if want_counts {
        let n = u.counts.len();
        parts.push(int_array(u.counts, vec![n]));
    }
    parts
}

fn var_fn(args: &Args, a: Array, std: bool) -> Result<Value> {
    reject_unsupported(args, &["out", "mean"])?;
    let axes = super::selection::axes_arg(args, a.ndim())?;
    let axes = axes.as_deref();
    let dtype = arg_dtype(args, "dtype")?;
    let ddof = to_index(&args.get("ddof")).map_err(|e| e.at(args.span("ddof")))?;
    let keep = keepdims(args)?;
    let w = args.get("where");
    let r = if args.given("where") && !matches!(w, Value::Bool(true)) {
        let counts = super::ufunc_methods::where_counts(&a, &w, axes, false)
            .map_err(|e| e.at(args.span("where")))?;
        let mask =
            super::ufunc_methods::reduce_mask(&a, &w).map_err(|e| e.at(args.span("where")))?;
        stats::var(&a, axes, dtype, ddof, keep, std, Some((&mask, &counts)))?
    } else {
        stats::var(&a, axes, dtype, ddof, keep, std, None)?
    };
    Ok(unwrap0(r))
}

fn median(_: &mut Interp, args: &Args) -> Result<Value> {
    reject_unsupported(args, &["out"])?;
    let a = arg_array(args, "a")?;
    let axis = arg_axis(args, "axis")?;
    let r = stats::median(&a, axis, arg_bool(args, "keepdims")?)?;
    Ok(unwrap0(r))
}

/// `np.partition`/`np.argpartition` and their methods: NumPy's checks of
/// kind and kth, then `sort::partition`.
fn partition_fn(args: &Args, a: Array, arg: bool) -> Result<Value> {
    reject_unsupported(args, &["order"])?;
    match args.get("kind") {
        Value::Str(k) if &*k == "introselect" => {}
        Value::Str(k) => {
            return Err(Error::value_error(format!(
                "select kind must be 'introselect' (got '{k}')"
            )));
        }
        other => {
            return Err(Error::type_error(format!(
                "select kind must be str (got {})",
                super::repr(&other, &Default::default())
            )));
        }
    }
    let kth = args.get("kth");
    let not_integer = || Error::type_error("Partition index must be integer");
    let kths: Vec<i64> = match &kth {
        Value::Bool(_) => {
            return Err(Error::value_error(
                "Booleans unacceptable as partition index",
            ));
        }
        Value::Int(_) => vec![to_index(&kth)? as i64],
        _ => {
            let k = to_array(&kth, None)?;
            match k.dtype().kind() {
                Kind::Bool => {
                    return Err(Error::value_error(
                        "Booleans unacceptable as partition index",
                    ));
                }
                Kind::Int | Kind::UInt => {}
                _ => return Err(not_integer()),
            }
            if k.ndim() > 1 {
                return Err(Error::value_error("kth array must have dimension <= 1"));
            }
            cast_array(&k, DType::Int64)?.to_vec::<i64>()
        }
    };
    let axis = arg_axis(args, "axis")?;
    Ok(Value::Array(sort::partition(&a, axis, &kths, arg)?))
}
