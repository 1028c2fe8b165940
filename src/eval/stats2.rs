//! Quantiles, weighted averages, the NaN-ignoring reductions, closeness,
//! counting and binning, interpolation and products: `np.percentile`,
//! `np.quantile`, `np.average`, `np.nansum` …, `np.isclose`, `np.bincount`,
//! `np.digitize`, `np.interp`, `np.dot`, `np.vdot`, `np.tensordot`, `np.matmul`. Kernels in
//! `array/numeric.rs`; the compositions follow NumPy's Python code.

use super::linalg::np_call;
use super::numpy::{
    arg_array, arg_axis, arg_bool, keepdims, operand, reject_unsupported, this_array, unwrap0,
};
use super::table::{Args, FnDef, Owner, p};
use super::value::Value;
use super::{Interp, to_array};
use crate::array::numeric::{self, QMethod};
use crate::array::promote::{Operand, Weak, promoted, weak_result_type};
use crate::array::reduce::{Reduction, reduce, reduce_over};
use crate::array::sort::SortKind;
use crate::array::ufunc::binary;
use crate::array::{Array, DType, Kind, Ufunc, cast_array, signals};
use crate::error::{Error, Result};
use num_complex::Complex64;
use std::rc::Rc;

static QUANTILE_PARAMS: [super::table::Param; 8] = [
    p!(Normal "a", "Input array of real numbers."),
    p!(Normal "q", "The quantile(s) to compute."),
    p!(Normal "axis" = "None", "Axis; None: the flattened array."),
    p!(Normal "out" = "None", "Not supported by npcalc."),
    p!(Normal "overwrite_input" = "False", "Ignored."),
    p!(Normal "method" = "'linear'", "One of NumPy's thirteen: 'linear' (default), 'lower', 'higher', 'nearest', 'midpoint', or a Hyndman & Fan method ('inverted_cdf', 'averaged_inverted_cdf', 'closest_observation', 'interpolated_inverted_cdf', 'hazen', 'weibull', 'median_unbiased', 'normal_unbiased')."),
    p!(Normal "keepdims" = "False", "Keep the reduced axis with length one."),
    p!(KeywordOnly "weights" = "None", "Non-negative weights (a's shape, or the axis's length), method='inverted_cdf' only."),
];

static NAN_PARAMS: [super::table::Param; 5] = [
    p!(Normal "a", "Input array."),
    p!(Normal "axis" = "None", "Axis; None: all elements."),
    p!(Normal "out" = "None", "Not supported by npcalc."),
    p!(Normal "keepdims" = "<no value>", "Keep the reduced axis with length one."),
    p!(KeywordOnly "where" = "<no value>", "Not supported by npcalc."),
];

static NAN_SUM_PARAMS: [super::table::Param; 7] = [
    p!(Normal "a", "Input array."),
    p!(Normal "axis" = "None", "Axis; None: all elements."),
    p!(Normal "dtype" = "None", "Not supported by npcalc."),
    p!(Normal "out" = "None", "Not supported by npcalc."),
    p!(Normal "keepdims" = "<no value>", "Keep the reduced axis with length one."),
    p!(Normal "initial" = "<no value>", "Not supported by npcalc."),
    p!(Normal "where" = "<no value>", "Not supported by npcalc."),
];

static NANVAR_PARAMS: [super::table::Param; 9] = [
    p!(Normal "a", "Input array."),
    p!(Normal "axis" = "None", "Axis; None: all elements."),
    p!(Normal "dtype" = "None", "Not supported by npcalc."),
    p!(Normal "out" = "None", "Not supported by npcalc."),
    p!(Normal "ddof" = "0", "Delta degrees of freedom: divide by N - ddof."),
    p!(Normal "keepdims" = "<no value>", "Keep the reduced axis with length one."),
    p!(KeywordOnly "where" = "<no value>", "Not supported by npcalc."),
    p!(KeywordOnly "mean" = "<no value>", "Not supported by npcalc."),
    p!(KeywordOnly "correction" = "<no value>", "Not supported by npcalc."),
];

pub static STATISTICS2: &[FnDef] = &[
    FnDef {
        name: "quantile",
        owner: Owner::Numpy,
        error_name: None,
        params: &QUANTILE_PARAMS,
        doc: "The q-th quantile (0 <= q <= 1) of the data along an axis; 'linear' interpolates between the two nearest sorted values.",
        examples: &[
            "np.quantile([1, 2, 3, 4], 0.5)",
            "np.quantile([1, 2, 3, 4], [0.25, 0.75], method='lower')",
        ],
        imp: |it, args| quantile_fn(it, args, false, false),
    },
    FnDef {
        name: "percentile",
        owner: Owner::Numpy,
        error_name: None,
        params: &QUANTILE_PARAMS,
        doc: "The q-th percentile (0 <= q <= 100): np.quantile(a, q / 100).",
        examples: &[
            "np.percentile([1, 2, 3, 4], 50)",
            "np.percentile(np.arange(10), [10, 90])",
        ],
        imp: |it, args| quantile_fn(it, args, true, false),
    },
    FnDef {
        name: "nanquantile",
        owner: Owner::Numpy,
        error_name: None,
        params: &QUANTILE_PARAMS,
        doc: "The q-th quantile (0 <= q <= 1) of the non-NaN data along an axis (NaN with a warning for an all-NaN slice).",
        examples: &["np.nanquantile([1.0, np.nan, 3.0, 4.0], 0.5)"],
        imp: |it, args| quantile_fn(it, args, false, true),
    },
    FnDef {
        name: "nanpercentile",
        owner: Owner::Numpy,
        error_name: None,
        params: &QUANTILE_PARAMS,
        doc: "The q-th percentile (0 <= q <= 100) of the non-NaN data: np.nanquantile(a, q / 100).",
        examples: &["np.nanpercentile([1.0, np.nan, 3.0, 4.0], 50)"],
        imp: |it, args| quantile_fn(it, args, true, true),
    },
    FnDef {
        name: "average",
        owner: Owner::Numpy,
        error_name: None,
        params: &[
            p!(Normal "a", "Input array."),
            p!(Normal "axis" = "None", "Axis; None: all elements."),
            p!(Normal "weights" = "None", "A weight per element (or per element along axis)."),
            p!(Normal "returned" = "False", "Also return the sum of the weights."),
            p!(KeywordOnly "keepdims" = "<no value>", "Keep the reduced axis with length one."),
        ],
        doc: "The weighted mean: sum(a * weights) / sum(weights); without weights, the mean.",
        examples: &[
            "np.average([1, 2, 3], weights=[3, 1, 1])",
            "np.average([[1, 2], [3, 4]], axis=0, returned=True)",
        ],
        imp: average,
    },
    FnDef {
        name: "nansum",
        owner: Owner::Numpy,
        error_name: None,
        params: &NAN_SUM_PARAMS,
        doc: "The sum, treating NaN as zero.",
        examples: &["np.nansum([1.0, np.nan, 2.0])"],
        imp: |_, args| nan_reduce(args, Reduction::Sum),
    },
    FnDef {
        name: "nanprod",
        owner: Owner::Numpy,
        error_name: None,
        params: &NAN_SUM_PARAMS,
        doc: "The product, treating NaN as one.",
        examples: &["np.nanprod([2.0, np.nan, 3.0])"],
        imp: |_, args| nan_reduce(args, Reduction::Prod),
    },
    FnDef {
        name: "nanmax",
        owner: Owner::Numpy,
        error_name: None,
        params: &NAN_SUM_PARAMS,
        doc: "The maximum, ignoring NaN (NaN with a warning for an all-NaN slice).",
        examples: &["np.nanmax([1.0, np.nan, 3.0])"],
        imp: |_, args| nan_reduce(args, Reduction::Max),
    },
    FnDef {
        name: "nanmin",
        owner: Owner::Numpy,
        error_name: None,
        params: &NAN_SUM_PARAMS,
        doc: "The minimum, ignoring NaN (NaN with a warning for an all-NaN slice).",
        examples: &["np.nanmin([1.0, np.nan, 3.0])"],
        imp: |_, args| nan_reduce(args, Reduction::Min),
    },
    FnDef {
        name: "nanargmax",
        owner: Owner::Numpy,
        error_name: None,
        params: &NAN_ARG_PARAMS,
        doc: "The index of the first largest element (along an axis), ignoring NaN; an all-NaN slice is a ValueError.",
        examples: &["np.nanargmax([1.0, np.nan, 3.0])"],
        imp: |it, args| nan_arg(it, args, "argmax", f64::NEG_INFINITY),
    },
    FnDef {
        name: "nanargmin",
        owner: Owner::Numpy,
        error_name: None,
        params: &NAN_ARG_PARAMS,
        doc: "The index of the first smallest element (along an axis), ignoring NaN; an all-NaN slice is a ValueError.",
        examples: &["np.nanargmin([1.0, np.nan, 3.0])"],
        imp: |it, args| nan_arg(it, args, "argmin", f64::INFINITY),
    },
    FnDef {
        name: "nanmean",
        owner: Owner::Numpy,
        error_name: None,
        params: &NAN_PARAMS,
        doc: "The mean of the non-NaN elements (NaN with a warning for an empty slice).",
        examples: &["np.nanmean([1.0, np.nan, 3.0])"],
        imp: nanmean,
    },
    FnDef {
        name: "nanvar",
        owner: Owner::Numpy,
        error_name: None,
        params: &NANVAR_PARAMS,
        doc: "The variance of the non-NaN elements (NaN with a warning when ddof leaves no degrees of freedom).",
        examples: &["np.nanvar([1.0, np.nan, 3.0])"],
        imp: |_, args| nanvar(args, false),
    },
    FnDef {
        name: "nanstd",
        owner: Owner::Numpy,
        error_name: None,
        params: &NANVAR_PARAMS,
        doc: "The standard deviation of the non-NaN elements: the square root of np.nanvar.",
        examples: &["np.nanstd([1.0, np.nan, 3.0])"],
        imp: |_, args| nanvar(args, true),
    },
    FnDef {
        name: "nanmedian",
        owner: Owner::Numpy,
        error_name: None,
        params: &[
            p!(Normal "a", "Input array."),
            p!(Normal "axis" = "None", "Axis; None: all elements."),
            p!(Normal "out" = "None", "Not supported by npcalc."),
            p!(Normal "overwrite_input" = "False", "Ignored."),
            p!(Normal "keepdims" = "<no value>", "Keep the reduced axis with length one."),
        ],
        doc: "The median of the non-NaN elements (NaN with a warning for an all-NaN slice).",
        examples: &["np.nanmedian([1.0, np.nan, 3.0, 4.0])"],
        imp: nanmedian,
    },
    FnDef {
        name: "histogram",
        owner: Owner::Numpy,
        error_name: None,
        params: &[
            p!(Normal "a", "Input data (flattened)."),
            p!(Normal "bins" = "10", "Number of equal-width bins, the bin edges, or an estimator name ('auto', 'fd', 'sturges'…)."),
            p!(Normal "range" = "None", "(min, max) of the equal-width bins; default the data's."),
            p!(Normal "density" = "None", "True: a probability density instead of counts."),
            p!(Normal "weights" = "None", "A weight per element: each bin sums its weights (in their dtype)."),
        ],
        doc: "Counts of the data in each bin, and the bin edges; the last bin includes its right edge.",
        examples: &[
            "np.histogram([1, 2, 1], bins=[0, 1, 2, 3])",
            "np.histogram(np.arange(4), bins=2, range=(0, 4))",
            "np.histogram([0, 0, 1, 2], bins=3, weights=[1, 2, 3, 4])",
        ],
        imp: histogram,
    },
    FnDef {
        name: "histogram_bin_edges",
        owner: Owner::Numpy,
        error_name: None,
        params: &[
            p!(Normal "a", "Input data (flattened)."),
            p!(Normal "bins" = "10", "Number of equal-width bins, the bin edges, or an estimator name ('auto', 'fd', 'sturges'…)."),
            p!(Normal "range" = "None", "(min, max) of the equal-width bins; default the data's."),
            p!(Normal "weights" = "None", "A weight per element (checked for a's shape)."),
        ],
        doc: "The bin edges np.histogram would use for these arguments.",
        examples: &[
            "np.histogram_bin_edges([1, 2, 1], bins=4)",
            "np.histogram_bin_edges(np.arange(4), bins=2, range=(0, 4))",
        ],
        imp: histogram_bin_edges,
    },
    FnDef {
        name: "trapezoid",
        owner: Owner::Numpy,
        error_name: None,
        params: &[
            p!(Normal "y", "Values to integrate."),
            p!(Normal "x" = "None", "Sample points (default: spaced dx apart)."),
            p!(Normal "dx" = "1.0", "Spacing of the samples when x is None."),
            p!(Normal "axis" = "-1", "Axis to integrate along."),
        ],
        doc: "Integral by the trapezoidal rule: sum of (x[i+1] - x[i]) * (y[i+1] + y[i]) / 2.",
        examples: &[
            "np.trapezoid([1, 2, 3])",
            "np.trapezoid([1, 2, 3], x=[4, 6, 8])",
        ],
        imp: trapezoid,
    },
    FnDef {
        name: "ediff1d",
        owner: Owner::Numpy,
        error_name: None,
        params: &[
            p!(Normal "ary", "Input (flattened)."),
            p!(Normal "to_end" = "None", "Values appended after the differences."),
            p!(Normal "to_begin" = "None", "Values put before the differences."),
        ],
        doc: "Differences between consecutive elements of the flattened array, in its dtype.",
        examples: &[
            "np.ediff1d([1, 2, 4, 7, 0])",
            "np.ediff1d([1, 2, 4], to_begin=-99, to_end=[88, 99])",
        ],
        imp: ediff1d,
    },
    FnDef {
        name: "cross",
        owner: Owner::Numpy,
        error_name: None,
        params: &[
            p!(Normal "a", "First vector(s), along the last axis."),
            p!(Normal "b", "Second vector(s), along the last axis."),
            p!(Normal "axisa" = "-1", "Not supported by npcalc."),
            p!(Normal "axisb" = "-1", "Not supported by npcalc."),
            p!(Normal "axisc" = "-1", "Not supported by npcalc."),
            p!(Normal "axis" = "None", "Not supported by npcalc."),
        ],
        doc: "Cross product of 3-vectors (or 2-vectors, deprecated), row by row.",
        examples: &["np.cross([1, 0, 0], [0, 1, 0])"],
        imp: cross,
    },
    FnDef {
        name: "isclose",
        owner: Owner::Numpy,
        error_name: None,
        params: &[
            p!(Normal "a", "First input."),
            p!(Normal "b", "Second input."),
            p!(Normal "rtol" = "1e-05", "Relative tolerance (times |b|)."),
            p!(Normal "atol" = "1e-08", "Absolute tolerance."),
            p!(Normal "equal_nan" = "False", "Count NaN as equal to NaN."),
        ],
        doc: "Element-wise |a - b| <= atol + rtol * |b| (or a == b); infinities equal only themselves.",
        examples: &[
            "np.isclose([1.0, 2.0], [1.0, 2.1])",
            "np.isclose(0.1 + 0.2, 0.3)",
        ],
        imp: isclose,
    },
    FnDef {
        name: "bincount",
        owner: Owner::Numpy,
        error_name: None,
        params: &[
            p!(Normal "x", "1-D array of non-negative ints."),
            p!(Normal "weights" = "None", "A weight per element: sums instead of counts."),
            p!(Normal "minlength" = "0", "The least length of the result."),
        ],
        doc: "How often each value 0, 1, 2, … occurs in x (or the sum of the weights at each value).",
        examples: &[
            "np.bincount([0, 1, 1, 3])",
            "np.bincount([0, 1, 1], weights=[0.5, 1.0, 2.0])",
        ],
        imp: bincount,
    },
    FnDef {
        name: "digitize",
        owner: Owner::Numpy,
        error_name: None,
        params: &[
            p!(Normal "x", "Values to place."),
            p!(Normal "bins", "Monotonic 1-D array of bin edges."),
            p!(Normal "right" = "False", "True: bins[i-1] < x <= bins[i]."),
        ],
        doc: "The index of the bin each value falls in: bins[i-1] <= x < bins[i].",
        examples: &["np.digitize([0.5, 1.5, 3.0], [0, 1, 2])"],
        imp: digitize,
    },
    FnDef {
        name: "interp",
        owner: Owner::Numpy,
        error_name: None,
        params: &[
            p!(Normal "x", "Where to evaluate."),
            p!(Normal "xp", "Increasing x-coordinates of the data."),
            p!(Normal "fp", "y-coordinates of the data."),
            p!(Normal "left" = "None", "Value below xp[0] (default fp[0])."),
            p!(Normal "right" = "None", "Value above xp[-1] (default fp[-1])."),
            p!(Normal "period" = "None", "A period for periodic x-coordinates."),
        ],
        doc: "Piecewise-linear interpolation of the points (xp, fp) at x.",
        examples: &["np.interp(2.5, [1, 2, 3], [3, 2, 0])"],
        imp: interp,
    },
    FnDef {
        name: "dot",
        owner: Owner::Numpy,
        error_name: None,
        params: &[
            p!(Normal "a", "First array."),
            p!(Normal "b", "Second array."),
            p!(Normal "out" = "None", "Not supported by npcalc."),
        ],
        doc: "Dot product: inner product of 1-D arrays, matrix product of 2-D arrays.",
        examples: &[
            "np.dot([1, 2, 3], [4, 5, 6])",
            "np.dot([[1, 2], [3, 4]], [1, 1])",
        ],
        imp: |_, args| dot_fn(&arg_array(args, "a")?, &arg_array(args, "b")?, false),
    },
    FnDef {
        name: "vdot",
        owner: Owner::Numpy,
        error_name: None,
        params: &[
            p!(PositionalOnly "a", "First array, conjugated if complex."),
            p!(PositionalOnly "b", "Second array, of a's size."),
        ],
        doc: "The dot product of the flattened arrays, the first conjugated: sum(conj(a) * b).",
        examples: &[
            "np.vdot([1j, 2], [3, 4j])",
            "np.vdot([[1, 2], [3, 4]], [1, 2, 3, 4])",
        ],
        imp: vdot,
    },
    FnDef {
        name: "tensordot",
        owner: Owner::Numpy,
        error_name: None,
        params: &[
            p!(Normal "a", "First array."),
            p!(Normal "b", "Second array."),
            p!(Normal "axes" = "2", "N: sum over a's last N axes and b's first N; or (a's axes, b's axes), paired in order."),
        ],
        doc: "Sum products over the given axes of a and b; the result has a's other axes, then b's.",
        examples: &[
            "np.tensordot(np.ones((2, 3)), np.ones((3, 4)), axes=1)",
            "np.tensordot(np.arange(6).reshape(2, 3), np.arange(6).reshape(3, 2), axes=([0, 1], [1, 0]))",
        ],
        imp: tensordot,
    },
    FnDef {
        name: "matmul",
        owner: Owner::Numpy,
        error_name: None,
        params: &[
            p!(Normal "x1", "First array (not a scalar)."),
            p!(Normal "x2", "Second array (not a scalar)."),
            p!(Normal "out" = "None", "Not supported by npcalc."),
        ],
        doc: "Matrix product (the @ operator) of 1-D and 2-D arrays.",
        examples: &["np.matmul([[1, 2], [3, 4]], [[5], [6]])"],
        imp: |_, args| {
            let (a, b) = (args.get("x1"), args.get("x2"));
            if super::strarray::holds_text(&a) || super::strarray::holds_text(&b) {
                return Err(super::numpy::text_operator_error(
                    crate::syntax::ast::BinOp::MatMul,
                    &a,
                    &b,
                ));
            }
            dot_fn(&arg_array(args, "x1")?, &arg_array(args, "x2")?, true)
        },
    },
];

/// The ndarray methods of this family.
pub static STATISTICS2_METHODS: &[FnDef] = &[FnDef {
    name: "dot",
    owner: Owner::MethodNpy,
    error_name: None,
    params: &[
        p!(Normal "b", "Second array."),
        p!(Normal "out" = "None", "Not supported by npcalc."),
    ],
    doc: "Dot product with b; see np.dot.",
    examples: &["np.array([1, 2]).dot([3, 4])"],
    imp: |_, args| dot_fn(&this_array(args)?, &arg_array(args, "b")?, false),
}];

fn f64_array(a: &Array) -> Result<Array> {
    cast_array(a, DType::Float64)
}

fn text(v: &Value) -> Option<String> {
    match v {
        Value::Str(s) => Some(s.to_string()),
        _ => None,
    }
}

/// `np.quantile`/`np.percentile`, and with `nan` their NaN-ignoring forms,
/// which answer an empty array with `np.nanmean`, as NumPy's do.
fn quantile_fn(it: &mut Interp, args: &Args, percent: bool, nan: bool) -> Result<Value> {
    reject_unsupported(args, &["out"])?;
    let a = arg_array(args, "a")?;
    if a.dtype().kind() == Kind::Complex {
        return Err(Error::type_error("a must be an array of real numbers"));
    }
    let method = match text(&args.get("method")) {
        Some(m) => QMethod::parse(&m).ok_or_else(|| {
            let names: Vec<String> = numeric::QMETHOD_NAMES
                .iter()
                .map(|(n, _)| format!("'{n}'"))
                .collect();
            Error::value_error(format!(
                "{} is not a valid method. Use one of: dict_keys([{}])",
                crate::error::py_str_repr(&m),
                names.join(", ")
            ))
        })?,
        None => return Err(Error::type_error("method must be a string")),
    };
    // NumPy's `weak_q = type(q) in (int, float)`.
    let weak_q = matches!(args.get("q"), Value::Int(_) | Value::Float(_));
    let q = to_array(&args.get("q"), None)?;
    if q.dtype().kind() == Kind::Complex {
        return Err(Error::type_error("a must be an array of real numbers"));
    }
    let mut qs = f64_array(&q)?.to_vec::<f64>();
    if percent {
        qs.iter_mut().for_each(|x| *x /= 100.0);
    }
    if qs.iter().any(|&x| !(0.0..=1.0).contains(&x)) {
        return Err(Error::value_error(if percent {
            "Percentiles must be in the range [0, 100]"
        } else {
            "Quantiles must be in the range [0, 1]"
        }));
    }
    if nan && a.size() == 0 {
        return nanmean(it, args);
    }
    if a.dtype() == DType::Bool && !method.takes() {
        return Err(Error::type_error(
            "numpy boolean subtract, the `-` operator, is not supported, use the bitwise_xor, the `^` operator, or the logical_xor function instead.",
        ));
    }
    let axis = arg_axis(args, "axis")?;
    if !matches!(args.get("weights"), Value::None) {
        let w = quantile_weights(args, &a, axis, method, nan)?;
        let r = numeric::weighted_quantile(&a, &w, &qs, q.shape(), axis, keepdims(args)?)?;
        // NumPy fills an array here, so a scalar q gives a 0-d array, except
        // that a NaN slice answers with the scalar arr[-1].
        let nan_slice = r.ndim() == 0
            && r.dtype().kind() == Kind::Float
            && cast_array(&r, DType::Float64)?.to_vec::<f64>()[0].is_nan();
        return Ok(if nan_slice {
            unwrap0(r)
        } else {
            Value::Array(r)
        });
    }
    let qs = numeric::Quantiles {
        values: &qs,
        shape: q.shape(),
        weak: weak_q,
    };
    let r = numeric::quantile(&a, qs, axis, method, keepdims(args)?, nan)?;
    Ok(unwrap0(r))
}

/// NumPy's checks of `weights=` (`quantile` and `_weights_are_valid`):
/// 'inverted_cdf' only, a's shape or the axis's length, none negative;
/// the result is the weights broadcast to a's shape.
fn quantile_weights(
    args: &Args,
    a: &Array,
    axis: Option<isize>,
    method: QMethod,
    nan: bool,
) -> Result<Array> {
    if nan {
        return Err(Error::new(
            crate::error::Exc::NotImplementedError,
            "npcalc does not support weights= in np.nanquantile and np.nanpercentile",
        ));
    }
    if method != QMethod::InvertedCdf {
        let name = numeric::QMETHOD_NAMES
            .iter()
            .find(|(_, m)| *m == method)
            .map_or("", |(n, _)| n);
        return Err(Error::value_error(format!(
            "Only method 'inverted_cdf' supports weights. Got: {name}."
        )));
    }
    let w = weights_are_valid(a, to_array(&args.get("weights"), None)?, axis)?;
    let w = crate::array::shape::broadcast_to(&w, a.shape()).expect("a length-1 axis broadcasts");
    let neg = binary(
        Ufunc::Less,
        &Operand::Array(w.clone()),
        &Operand::PyFloat(0.0),
    )?;
    if neg.to_vec::<bool>().iter().any(|&b| b) {
        return Err(Error::value_error("Weights must be non-negative."));
    }
    Ok(w)
}

/// NumPy's `_weights_are_valid` (shared by `average` and `quantile`): weights
/// of a's shape, or of the length of `axis`, viewed along it with length-1
/// axes elsewhere.
fn weights_are_valid(a: &Array, w: Array, axis: Option<isize>) -> Result<Array> {
    if w.shape() == a.shape() {
        return Ok(w);
    }
    let Some(ax) = axis else {
        return Err(Error::type_error(
            "Axis must be specified when shapes of a and weights differ.",
        ));
    };
    let ax = crate::array::sort::normalize_axis(ax, a.ndim())?;
    if w.shape() != [a.shape()[ax]] {
        return Err(Error::value_error(
            "Shape of weights must be consistent with shape of a along specified axis.",
        ));
    }
    let shape: Vec<usize> = (0..a.ndim())
        .map(|d| if d == ax { a.shape()[d] } else { 1 })
        .collect();
    let strides: Vec<isize> = (0..a.ndim())
        .map(|d| if d == ax { w.strides()[0] } else { 0 })
        .collect();
    Ok(w.view(w.offset(), shape, strides))
}

fn average(_: &mut Interp, args: &Args) -> Result<Value> {
    let a = arg_array(args, "a")?;
    let axis = arg_axis(args, "axis")?;
    let kd = keepdims(args)?;
    let returned = arg_bool(args, "returned")?;
    let (avg, scl) = match args.get("weights") {
        Value::None => {
            let avg = reduce(&a, Reduction::Mean, axis, None, kd)?;
            let count = if avg.size() == 0 {
                0.0
            } else {
                a.size() as f64 / avg.size() as f64
            };
            let scl = binary(
                Ufunc::Multiply,
                &Operand::Array(crate::array::construct::ones(
                    avg.dtype(),
                    avg.shape().to_vec(),
                )?),
                &Operand::PyFloat(count),
            )?;
            let scl = cast_array(&scl, avg.dtype())?;
            (avg, scl)
        }
        w => {
            let w = to_array(&w, None)?;
            let dt = crate::array::promote::promote_types(a.dtype(), w.dtype());
            let dt = if matches!(a.dtype().kind(), Kind::Int | Kind::UInt | Kind::Bool) {
                crate::array::promote::promote_types(dt, DType::Float64)
            } else {
                dt
            };
            let w = weights_are_valid(&a, w, axis)?;
            let scl = reduce(&w, Reduction::Sum, axis, Some(dt), kd)?;
            let zero = binary(
                Ufunc::Equal,
                &Operand::Array(scl.clone()),
                &Operand::PyFloat(0.0),
            )?;
            if zero.to_vec::<bool>().iter().any(|&z| z) {
                return Err(Error::new(
                    crate::error::Exc::ZeroDivisionError,
                    "Weights sum to zero, can't be normalized",
                ));
            }
            let prod = binary(
                Ufunc::Multiply,
                &Operand::Array(cast_array(&a, dt)?),
                &Operand::Array(cast_array(&w, dt)?),
            )?;
            let s = reduce(&prod, Reduction::Sum, axis, None, kd)?;
            let avg = binary(
                Ufunc::TrueDivide,
                &Operand::Array(s),
                &Operand::Array(scl.clone()),
            )?;
            (avg, scl)
        }
    };
    if !returned {
        return Ok(unwrap0(avg));
    }
    let scl = if scl.shape() != avg.shape() {
        crate::array::shape::copy(
            &crate::array::shape::broadcast_to(&scl, avg.shape()).unwrap_or(scl.clone()),
        )?
    } else {
        scl
    };
    Ok(Value::Tuple(Rc::from(vec![unwrap0(avg), unwrap0(scl)])))
}

/// `_replace_nan`: NaN → `fill` for inexact arrays; the mask of NaNs.
fn replace_nan(a: &Array, fill: f64) -> Result<(Array, Option<Array>)> {
    if !matches!(a.dtype().kind(), Kind::Float | Kind::Complex) {
        return Ok((a.clone(), None));
    }
    let mask = crate::array::unary::unary(Ufunc::IsNan, a)?;
    let filled = numeric::fill_where(a, &mask, fill)?;
    // `np.array(a, copy=True)` keeps the memory order (order='K').
    let filled = crate::array::reduce::with_layout_of(&filled, a)?;
    Ok((filled, Some(mask)))
}

fn nan_reduce(args: &Args, kind: Reduction) -> Result<Value> {
    reject_unsupported(args, &["out", "where", "initial", "dtype"])?;
    let a = arg_array(args, "a")?;
    let axes = super::selection::axes_arg(args, a.ndim())?;
    let axes = axes.as_deref();
    let kd = keepdims(args)?;
    let fill = match kind {
        Reduction::Sum | Reduction::Mean => 0.0,
        Reduction::Prod => 1.0,
        Reduction::Min => f64::INFINITY,
        Reduction::Max => f64::NEG_INFINITY,
    };
    let (x, mask) = replace_nan(&a, fill)?;
    let r = match kind {
        Reduction::Min | Reduction::Max => {
            let r = reduce_over(&x, kind, axes, None, kd, None)?;
            match mask {
                Some(m) => {
                    let all = reduce_over(&m, Reduction::Min, axes, None, kd, None)?;
                    if all.to_vec::<bool>().iter().any(|&b| b) {
                        let what = if matches!(args.get("a"), Value::Array(_)) {
                            "slice"
                        } else {
                            "axis"
                        };
                        signals::warn("RuntimeWarning", format!("All-NaN {what} encountered"));
                        numeric::fill_where(&r, &all, f64::NAN)?
                    } else {
                        r
                    }
                }
                None => r,
            }
        }
        _ => reduce_over(&x, kind, axes, None, kd, None)?,
    };
    Ok(unwrap0(r))
}

fn nanmean(_: &mut Interp, args: &Args) -> Result<Value> {
    reject_unsupported(args, &["out", "where"])?;
    let a = arg_array(args, "a")?;
    let axes = super::selection::axes_arg(args, a.ndim())?;
    let axes = axes.as_deref();
    let kd = keepdims(args)?;
    let (x, mask) = replace_nan(&a, 0.0)?;
    let Some(mask) = mask else {
        return Ok(unwrap0(reduce_over(
            &x,
            Reduction::Mean,
            axes,
            None,
            kd,
            None,
        )?));
    };
    let keep = crate::array::unary::unary(Ufunc::LogicalNot, &mask)?;
    let cnt = reduce_over(&keep, Reduction::Sum, axes, Some(DType::Int64), kd, None)?;
    let tot = reduce_over(&x, Reduction::Sum, axes, None, kd, None)?;
    let avg = signals::quiet(|| {
        binary(
            Ufunc::TrueDivide,
            &Operand::Array(tot.clone()),
            &Operand::Array(cnt.clone()),
        )
    })?;
    let avg = cast_array(&avg, tot.dtype())?;
    if cnt.to_vec::<i64>().contains(&0) {
        signals::warn("RuntimeWarning", "Mean of empty slice");
    }
    Ok(unwrap0(avg))
}

fn isclose(_: &mut Interp, args: &Args) -> Result<Value> {
    let (av, bv) = (args.get("a"), args.get("b"));
    let x = operand(&av)?;
    let y = match &bv {
        Value::Int(_) | Value::Bool(_) => {
            Operand::PyFloat(super::numpy::to_python_float_any(&bv).unwrap_or(f64::NAN))
        }
        Value::Float(f) => Operand::PyFloat(*f),
        other => {
            let b = to_array(other, None)?;
            let dt = if matches!(b.dtype().kind(), Kind::Int | Kind::UInt | Kind::Bool) {
                DType::Float64
            } else {
                b.dtype()
            };
            Operand::Array(cast_array(&b, dt)?)
        }
    };
    let tol = |name: &str| -> Result<Operand> { operand(&args.get(name)) };
    let (rtol, atol) = (tol("rtol")?, tol("atol")?);
    let arr = |r: Array| Operand::Array(r);
    let abs = |o: &Operand| -> Result<Array> {
        let a = match o {
            Operand::Array(a) => a.clone(),
            other => binary(Ufunc::Add, other, &Operand::PyInt(0.into()))?,
        };
        crate::array::ufunc::absolute(&a)
    };
    let r = signals::quiet(|| -> Result<Array> {
        let diff = binary(Ufunc::Subtract, &x, &y)?;
        let lhs = crate::array::ufunc::absolute(&diff)?;
        let rhs = binary(
            Ufunc::Add,
            &atol,
            &arr(binary(Ufunc::Multiply, &rtol, &arr(abs(&y)?))?),
        )?;
        let le = binary(Ufunc::LessEqual, &arr(lhs), &arr(rhs))?;
        let yarr = match &y {
            Operand::Array(a) => a.clone(),
            other => binary(Ufunc::Add, other, &Operand::PyInt(0.into()))?,
        };
        let fin = crate::array::unary::unary(Ufunc::IsFinite, &yarr)?;
        let eq = binary(Ufunc::Equal, &x, &y)?;
        let mut r = binary(
            Ufunc::BitOr,
            &arr(binary(Ufunc::BitAnd, &arr(le), &arr(fin))?),
            &arr(eq),
        )?;
        if arg_bool(args, "equal_nan")? {
            let xarr = binary(Ufunc::Add, &x, &Operand::PyInt(0.into()))?;
            let nx = crate::array::unary::unary(Ufunc::IsNan, &xarr)?;
            let ny = crate::array::unary::unary(Ufunc::IsNan, &yarr)?;
            r = binary(
                Ufunc::BitOr,
                &arr(r),
                &arr(binary(Ufunc::BitAnd, &arr(nx), &arr(ny))?),
            )?;
        }
        Ok(r)
    })?;
    Ok(unwrap0(r))
}

fn bincount(_: &mut Interp, args: &Args) -> Result<Value> {
    // NumPy converts both inputs with PyArray_FromAny(op, NULL, 1, 1, ...).
    let x = super::numpy::one_dim(&args.get("x"), arg_array(args, "x")?)?;
    let minlength = super::to_index(&args.get("minlength"))?;
    if minlength < 0 {
        return Err(Error::value_error("'minlength' must not be negative"));
    }
    // NumPy 2.4's arr_bincount force-casts integers (bool casts safely); a
    // float or complex ndarray is refused by the safe cast, while any other
    // input is cast anyway with a DeprecationWarning.
    let safe = !matches!(x.dtype().kind(), Kind::Float | Kind::Complex);
    if !safe && matches!(args.get("x"), Value::Array(_)) {
        return Err(Error::type_error(format!(
            "Cannot cast array data from {} to dtype('int64') according to the rule 'safe'",
            crate::print::dtype_repr(x.dtype())
        )));
    }
    if x.dtype().kind() == Kind::Complex {
        return Err(Error::new(
            crate::error::Exc::NotImplementedError,
            "npcalc does not count complex values in bincount",
        ));
    }
    if !safe && x.size() > 0 {
        signals::warn(
            "DeprecationWarning",
            "Non-integer input passed to bincount. In a future version of NumPy, this will be an error. (Deprecated NumPy 2.1)",
        );
    }
    let xs = cast_array(&x, DType::Int64)?.to_vec::<i64>();
    if xs.iter().any(|&v| v < 0) {
        return Err(Error::value_error(
            "'list' argument must have no negative elements",
        ));
    }
    let weights = match args.get("weights") {
        Value::None => None,
        w => {
            let w = f64_array(&super::numpy::one_dim(&w, to_array(&w, None)?)?)?;
            if w.shape() != x.shape() {
                return Err(Error::value_error(
                    "The weights and list don't have the same length.",
                ));
            }
            Some(w.to_vec::<f64>())
        }
    };
    Ok(Value::Array(numeric::bincount(
        &xs,
        weights.as_deref(),
        minlength as usize,
    )?))
}

fn digitize(_: &mut Interp, args: &Args) -> Result<Value> {
    let x = arg_array(args, "x")?;
    let bins = arg_array(args, "bins")?;
    if x.dtype().kind() == Kind::Complex || bins.dtype().kind() == Kind::Complex {
        return Err(Error::type_error("x may not be complex"));
    }
    let right = arg_bool(args, "right")?;
    let b = f64_array(&bins)?.to_vec::<f64>();
    let inc = b.windows(2).all(|w| w[0] <= w[1]);
    let dec = b.windows(2).all(|w| w[0] >= w[1]);
    if !inc && !dec {
        return Err(Error::value_error(
            "bins must be monotonically increasing or decreasing",
        ));
    }
    let xs = f64_array(&x)?;
    let r = numeric::digitize(&xs.to_vec::<f64>(), &b, right, inc);
    Ok(unwrap0(Array::from_vec(r, x.shape().to_vec())))
}

fn interp(_: &mut Interp, args: &Args) -> Result<Value> {
    let x = arg_array(args, "x")?;
    let xp = arg_array(args, "xp")?;
    let fp = arg_array(args, "fp")?;
    // NumPy's interp works in complex128 (compiled_interp_complex) when fp
    // is complex, in float64 otherwise.
    let complex = fp.dtype().kind() == Kind::Complex;
    let fdt = if complex {
        DType::Complex128
    } else {
        DType::Float64
    };
    let (mut xv, mut xpv, mut fpv) = (f64_array(&x)?, f64_array(&xp)?, cast_array(&fp, fdt)?);
    let (mut left, mut right) = (args.get("left"), args.get("right"));
    if let Some(period) = match args.get("period") {
        Value::None => None,
        v => Some(f64_array(&to_array(&v, None)?)?.to_vec::<f64>()[0]),
    } {
        if period == 0.0 {
            return Err(Error::value_error("period must be a non-zero value"));
        }
        let period = period.abs();
        left = Value::None;
        right = Value::None;
        if xpv.ndim() != 1 || fpv.ndim() != 1 {
            return Err(Error::value_error("Data points must be 1-D sequences"));
        }
        if xpv.size() != fpv.size() {
            return Err(Error::value_error("fp and xp are not of the same length"));
        }
        let m = |a: &Array| {
            binary(
                Ufunc::Remainder,
                &Operand::Array(a.clone()),
                &Operand::PyFloat(period),
            )
        };
        xv = m(&xv)?;
        let xpm = m(&xpv)?.to_vec::<f64>();
        let xs;
        (xs, fpv) = if complex {
            let (xs, fs) = numeric::periodic_points(&xpm, &fpv.to_vec::<Complex64>(), period);
            (xs, Array::from_vec(fs.clone(), vec![fs.len()]))
        } else {
            let (xs, fs) = numeric::periodic_points(&xpm, &fpv.to_vec::<f64>(), period);
            (xs, Array::from_vec(fs.clone(), vec![fs.len()]))
        };
        xpv = Array::from_vec(xs.clone(), vec![xs.len()]);
    }
    if xpv.ndim() != 1 || fpv.ndim() != 1 {
        return Err(Error::value_error("object too deep for desired array"));
    }
    if xpv.size() != fpv.size() {
        return Err(Error::value_error("fp and xp are not of the same length."));
    }
    if xpv.size() == 0 {
        return Err(Error::value_error("array of sample points is empty"));
    }
    let (xs, xps) = (xv.to_vec::<f64>(), xpv.to_vec::<f64>());
    let r = if complex {
        // PyComplex_RealAsDouble / PyComplex_ImagAsDouble on left/right:
        // only a Python complex (np.complex128 is one) keeps its imaginary
        // part; anything else goes through PyFloat_AsDouble.
        let fill = |v: &Value| -> Result<Option<Complex64>> {
            match v {
                Value::None => Ok(None),
                Value::Complex(c) => Ok(Some(*c)),
                Value::Scalar(s) if s.dtype() == DType::Complex128 => Ok(Some(
                    cast_array(&to_array(v, None)?, fdt)?.to_vec::<Complex64>()[0],
                )),
                v => Ok(Some(Complex64::new(super::math::real(v)?, 0.0))),
            }
        };
        let (l, r) = (fill(&left)?, fill(&right)?);
        let r = numeric::interp_complex(&xs, &xps, &fpv.to_vec::<Complex64>(), l, r);
        Array::from_vec(r, x.shape().to_vec())
    } else {
        // PyFloat_AsDouble on left/right.
        let fill = |v: &Value| match v {
            Value::None => Ok(None),
            v => super::math::real(v).map(Some),
        };
        let (l, r) = (fill(&left)?, fill(&right)?);
        let r = numeric::interp(&xs, &xps, &fpv.to_vec::<f64>(), l, r);
        Array::from_vec(r, x.shape().to_vec())
    };
    Ok(unwrap0(r))
}

/// `np.dot` / `np.matmul` / `@` for 1-D and 2-D operands.
pub fn dot_fn(a: &Array, b: &Array, matmul: bool) -> Result<Value> {
    Ok(unwrap0(numeric::dot(a, b, matmul)?))
}

/// NumPy's `vdot`: both flattened, b reshaped to a's length, a conjugated.
fn vdot(_: &mut Interp, args: &Args) -> Result<Value> {
    let a = crate::array::shape::ravel(&arg_array(args, "a")?)?;
    let b = crate::array::shape::ravel(&arg_array(args, "b")?)?;
    if a.size() != b.size() {
        return Err(Error::value_error(format!(
            "cannot reshape array of size {} into shape ({},)",
            b.size(),
            a.size()
        )));
    }
    let a = if a.dtype().kind() == Kind::Complex {
        crate::array::unary::unary(Ufunc::Conjugate, &a)?
    } else {
        a
    };
    dot_fn(&a, &b, false)
}

/// One side of tensordot's `axes`: a sequence of axes, or one axis.
fn tensordot_side(v: &Value) -> Result<Vec<i64>> {
    let items = match v {
        Value::List(l) => l.to_vec(),
        Value::Tuple(t) => t.to_vec(),
        Value::Range(_) | Value::Array(_) if to_array(v, None)?.ndim() > 0 => {
            let a = to_array(v, None)?;
            (0..a.size())
                .map(|k| Value::Scalar(a.get_flat(k)))
                .collect()
        }
        other => vec![other.clone()],
    };
    items.iter().map(super::to_index).collect()
}

/// NumPy's `tensordot`: both arrays transposed so the summed axes meet,
/// reshaped to matrices, multiplied with `dot`, and given the kept axes.
fn tensordot(it: &mut Interp, args: &Args) -> Result<Value> {
    let axes = args.get("axes");
    let (mut axes_a, mut axes_b) = match super::iter::PyIter::new(&axes) {
        Ok(mut items) => {
            let mut sides = Vec::new();
            while let Some(item) = items.next_item(it)? {
                if sides.len() == 2 {
                    return Err(Error::value_error("too many values to unpack (expected 2)"));
                }
                sides.push(item);
            }
            if sides.len() < 2 {
                return Err(Error::value_error(format!(
                    "not enough values to unpack (expected 2, got {})",
                    sides.len()
                )));
            }
            (tensordot_side(&sides[0])?, tensordot_side(&sides[1])?)
        }
        Err(_) => {
            let n = super::to_index(&axes)?;
            ((-n..0).collect::<Vec<i64>>(), (0..n).collect::<Vec<i64>>())
        }
    };
    for side in [&axes_a, &axes_b] {
        let mut seen = side.clone();
        seen.sort_unstable();
        seen.dedup();
        if seen.len() != side.len() {
            return Err(Error::value_error(
                "duplicate axes are not allowed in tensordot",
            ));
        }
    }
    let a = arg_array(args, "a")?;
    let b = arg_array(args, "b")?;
    let (sa, sb) = (a.shape().to_vec(), b.shape().to_vec());
    // A Python tuple index: negative counts from the end.
    let dim = |shape: &[usize], axis: i64| -> Result<usize> {
        let n = shape.len() as i64;
        let i = if axis < 0 { axis + n } else { axis };
        if !(0..n).contains(&i) {
            return Err(Error::index_error("tuple index out of range"));
        }
        Ok(shape[i as usize])
    };
    let mut equal = axes_a.len() == axes_b.len();
    if equal {
        for (x, y) in axes_a.iter_mut().zip(axes_b.iter_mut()) {
            if dim(&sa, *x)? != dim(&sb, *y)? {
                equal = false;
                break;
            }
            if *x < 0 {
                *x += sa.len() as i64;
            }
            if *y < 0 {
                *y += sb.len() as i64;
            }
        }
    }
    if !equal {
        return Err(Error::value_error("shape-mismatch for sum"));
    }
    let kept = |nd: usize, summed: &[i64]| -> Vec<i64> {
        (0..nd as i64).filter(|k| !summed.contains(k)).collect()
    };
    let (notin_a, notin_b) = (kept(sa.len(), &axes_a), kept(sb.len(), &axes_b));
    let size = |shape: &[usize], axes: &[i64]| -> isize {
        axes.iter().map(|&k| shape[k as usize] as isize).product()
    };
    let matrix = |x: &Array, order: Vec<i64>, rows: isize, cols: isize| -> Result<Array> {
        let perm: Vec<isize> = order.iter().map(|&k| k as isize).collect();
        crate::array::shape::reshape(
            &crate::array::shape::transpose(x, Some(&perm))?,
            &[rows, cols],
        )
    };
    let at = matrix(
        &a,
        notin_a.iter().chain(&axes_a).copied().collect(),
        size(&sa, &notin_a),
        size(&sa, &axes_a),
    )?;
    let bt = matrix(
        &b,
        axes_b.iter().chain(&notin_b).copied().collect(),
        size(&sb, &axes_b),
        size(&sb, &notin_b),
    )?;
    let shape: Vec<isize> = notin_a
        .iter()
        .map(|&k| sa[k as usize] as isize)
        .chain(notin_b.iter().map(|&k| sb[k as usize] as isize))
        .collect();
    let product = numeric::dot(&at, &bt, false)?;
    Ok(Value::Array(crate::array::shape::reshape(
        &product, &shape,
    )?))
}

/// The `@` operator on values.
pub fn matmul_values(a: &Value, b: &Value) -> Result<Value> {
    dot_fn(&to_array(a, None)?, &to_array(b, None)?, true)
}

/// `a @= b`, as NumPy's `array_inplace_matrix_multiply` runs it: `matmul(a,
/// b, out=a)` with axes that keep the result from broadcasting, so `b` must
/// have both core dimensions and the result must have `a`'s shape.
pub fn matmul_inplace(target: &Array, rhs: &Value) -> Result<()> {
    const SIGNATURE: &str = "with gufunc signature (n?,k),(k,m?)->(n?,m?)";
    target.check_writeable("output array")?;
    let b = to_array(rhs, None)?;
    // matmul's loops are multiply's type set: the same promotion, checked
    // against the output before any shape is looked at.
    let dtype = crate::array::ufunc::resolve(
        Ufunc::Multiply,
        &operand(&Value::Array(target.clone()))?,
        &operand(rhs)?,
    )?;
    if !crate::array::cast::can_cast(dtype, target.dtype(), crate::array::Casting::SameKind) {
        return Err(Error::new(
            crate::error::Exc::UFuncOutputCastingError,
            format!(
                "Cannot cast ufunc 'matmul' output from dtype('{dtype}') to dtype('{}') with casting rule 'same_kind'",
                target.dtype()
            ),
        ));
    }
    if target.ndim() > 0 && b.ndim() == 1 {
        return Err(Error::value_error(
            "inplace matrix multiplication requires the first operand to have at least one and the second at least two dimensions.",
        ));
    }
    // npcalc's matmul takes 1-D and 2-D operands only (stacks are refused
    // there), so the product has the target's shape once `m == k`.
    let product = numeric::dot(target, &b, true)?;
    let (k, m) = (target.shape()[target.ndim() - 1], b.shape()[b.ndim() - 1]);
    if k != m {
        let core = if target.ndim() == 1 { 0 } else { 1 };
        return Err(Error::value_error(format!(
            "matmul: Output operand 0 has a mismatch in its core dimension {core}, {SIGNATURE} (size {k} is different from {m})"
        )));
    }
    crate::array::cast::copy_into(target, &product)
}

// ---- nanvar/nanstd/nanmedian, histogram, trapezoid, ediff1d, cross ----

fn isz(s: &[usize]) -> Vec<isize> {
    s.iter().map(|&d| d as isize).collect()
}

fn op2(f: Ufunc, x: &Array, y: &Array) -> Result<Array> {
    binary(f, &Operand::Array(x.clone()), &Operand::Array(y.clone()))
}

/// `np.nanvar`/`np.nanstd` (numpy/lib/_nanfunctions_impl.py).
pub(super) fn nanvar(args: &Args, std: bool) -> Result<Value> {
    reject_unsupported(args, &["out", "where", "dtype", "mean", "correction"])?;
    let a = arg_array(args, "a")?;
    let axis = arg_axis(args, "axis")?;
    let kd = keepdims(args)?;
    let ddof = super::to_index(&args.get("ddof")).map_err(|e| e.at(args.span("ddof")))?;
    let (arr, mask) = replace_nan(&a, 0.0)?;
    let Some(mask) = mask else {
        let axis = axis
            .map(|x| crate::array::layout::normalize_axis(x as i64, a.ndim()))
            .transpose()?;
        let axes = axis.as_ref().map(std::slice::from_ref);
        return Ok(unwrap0(crate::array::stats::var(
            &a, axes, None, ddof, kd, std, None,
        )?));
    };
    if a.dtype().kind() == Kind::Complex {
        return Err(Error::new(
            crate::error::Exc::NotImplementedError,
            "npcalc does not compute nanvar/nanstd of complex arrays",
        ));
    }
    let keep = crate::array::unary::unary(Ufunc::LogicalNot, &mask)?;
    let cnt = reduce(&keep, Reduction::Sum, axis, Some(DType::Int64), true)?;
    let avg = reduce(&arr, Reduction::Sum, axis, None, true)?;
    let avg = signals::quiet(|| op2(Ufunc::TrueDivide, &avg, &cnt))
        .and_then(|r| cast_array(&r, avg.dtype()))?;
    let dev = op2(Ufunc::Subtract, &arr, &avg).and_then(|r| cast_array(&r, arr.dtype()))?;
    let dev = numeric::fill_where(&dev, &mask, 0.0)?;
    let sqr = op2(Ufunc::Multiply, &dev, &dev)?;
    // NumPy's copy and ufuncs keep the input's memory order (order='K').
    let sqr = crate::array::reduce::with_layout_of(&sqr, &a)?;
    let var = reduce(&sqr, Reduction::Sum, axis, None, kd)?;
    let cnt = if var.ndim() < cnt.ndim() {
        crate::array::shape::reshape(&cnt, &isz(var.shape()))?
    } else {
        cnt
    };
    let dof = binary(
        Ufunc::Subtract,
        &Operand::Array(cnt),
        &Operand::PyInt(ddof.into()),
    )?;
    let var = signals::quiet(|| op2(Ufunc::TrueDivide, &var, &dof))
        .and_then(|r| cast_array(&r, var.dtype()))?;
    let bad: Vec<bool> = dof.to_vec::<i64>().iter().map(|&d| d <= 0).collect();
    let var = if bad.contains(&true) {
        signals::warn("RuntimeWarning", "Degrees of freedom <= 0 for slice.");
        let isbad = Array::from_vec(bad, var.shape().to_vec());
        numeric::fill_where(&var, &isbad, f64::NAN)?
    } else {
        var
    };
    let var = if std {
        crate::array::unary::unary(Ufunc::Sqrt, &var)?
    } else {
        var
    };
    Ok(unwrap0(var))
}

/// `np.nanmedian`: the median of the non-NaN values of each slice.
pub(super) fn nanmedian(it: &mut Interp, args: &Args) -> Result<Value> {
    reject_unsupported(args, &["out"])?;
    let a = arg_array(args, "a")?;
    if a.size() == 0 {
        return nanmean(it, args);
    }
    if !(a.dtype() == DType::Float64 || matches!(a.dtype().kind(), Kind::Int | Kind::UInt)) {
        return Err(Error::new(
            crate::error::Exc::NotImplementedError,
            "npcalc computes nanmedian of float64 and integer arrays only",
        ));
    }
    let axis = arg_axis(args, "axis")?;
    let kd = keepdims(args)?;
    let x = f64_array(&a)?;
    let (x, ax) = match axis {
        None => (crate::array::shape::ravel(&x)?, 0),
        Some(ax) => {
            if x.ndim() == 0 {
                return Err(Error::axis_error(ax as i64, 0));
            }
            (x.clone(), crate::array::sort::normalize_axis(ax, x.ndim())?)
        }
    };
    let last = x.ndim() - 1;
    let moved = crate::array::layout::moveaxis(&x, &[ax], &[last]);
    let n = moved.shape()[last];
    let vals = moved.to_vec::<f64>();
    let mut out = Vec::with_capacity(vals.len() / n.max(1));
    let mut all_nan = false;
    for row in vals.chunks(n.max(1)) {
        let mut v: Vec<f64> = row.iter().copied().filter(|x| !x.is_nan()).collect();
        if v.is_empty() {
            all_nan = true;
            out.push(f64::NAN);
            continue;
        }
        v.sort_by(f64::total_cmp);
        let m = v.len() / 2;
        out.push(if v.len() % 2 == 1 {
            v[m]
        } else {
            (0.0 + v[m - 1] + v[m]) / 2.0
        });
    }
    if all_nan {
        signals::warn("RuntimeWarning", "All-NaN slice encountered");
    }
    let shape: Vec<usize> = match axis {
        None if kd => vec![1; a.ndim()],
        None => vec![],
        Some(_) => (0..a.ndim())
            .filter(|&d| kd || d != ax)
            .map(|d| if d == ax { 1 } else { a.shape()[d] })
            .collect(),
    };
    Ok(unwrap0(Array::from_vec(out, shape)))
}

fn py_number_text(v: &Value) -> String {
    match v {
        Value::Float(f) => crate::print::py_float_repr(*f),
        Value::Int(i) => i.to_string(),
        Value::Bool(b) => if *b { "True" } else { "False" }.into(),
        Value::Scalar(_) => to_array(v, None)
            .and_then(|x| f64_array(&x))
            .map_or("?".into(), |x| {
                crate::print::py_float_repr(x.to_vec::<f64>()[0])
            }),
        _ => "?".into(),
    }
}

/// `_ravel_and_check_weights`: a and its weights flattened, the weights
/// of a's shape; npcalc's histograms take float and integer data.
fn ravel_and_check_weights(args: &Args, name: &str) -> Result<(Array, Option<Array>)> {
    let mut a = arg_array(args, "a")?;
    // NumPy bins booleans as uint8, saying so at the caller's line
    // (`stacklevel=3`).
    if a.dtype() == DType::Bool {
        signals::warn_at_caller(
            "RuntimeWarning",
            "Converting input from bool to <class 'numpy.uint8'> for compatibility.",
        );
        a = cast_array(&a, DType::UInt8)?;
    }
    // _ravel_and_check_weights: the weights must have a's shape.
    let weights = match args.get("weights") {
        Value::None => None,
        w => {
            let w = to_array(&w, None)?;
            if w.shape() != a.shape() {
                return Err(Error::value_error(
                    "weights should have the same shape as a.",
                ));
            }
            if w.dtype().kind() == Kind::Complex {
                return Err(Error::new(
                    crate::error::Exc::NotImplementedError,
                    format!("npcalc's np.{name} does not take complex weights"),
                ));
            }
            Some(crate::array::shape::ravel(&w)?)
        }
    };
    let a = crate::array::shape::ravel(&a)?;
    if !matches!(a.dtype().kind(), Kind::Float | Kind::Int | Kind::UInt) {
        return Err(Error::new(
            crate::error::Exc::NotImplementedError,
            format!("npcalc's np.{name} takes float and integer data only"),
        ));
    }
    Ok((a, weights))
}

/// `_get_bin_edges`: the edges, and the equal-width fast path's numbers.
fn get_bin_edges(
    a: &Array,
    data: &[f64],
    args: &Args,
    name: &str,
) -> Result<(Array, Option<Uniform>)> {
    let bins_v = args.get("bins");
    let (nb, first, last) = if let Some(s) = bins_v.as_str() {
        let s = &*s;
        super::histbins::check_name(&bins_v)?;
        if !matches!(args.get("weights"), Value::None) {
            return Err(Error::type_error(
                "Automated estimation of the number of bins is not supported for weighted data",
            ));
        }
        if !matches!(a.dtype(), DType::Float64) && a.dtype().kind() == Kind::Float {
            return Err(Error::new(
                crate::error::Exc::NotImplementedError,
                format!("npcalc's np.{name} takes string bins for float64 and integer data only"),
            ));
        }
        let (first, last) = outer_edges(a, data, args, name)?;
        let ranged = !matches!(args.get("range"), Value::None);
        let nb = super::histbins::equal_bins(a, s, num_of(&first)?, num_of(&last)?, ranged)?;
        (nb, first, last)
    } else {
        // `np.asarray(bins)`: only sequences and arrays give an array of
        // edges; any other object is 0-d, a count for `operator.index`.
        let bins = match &bins_v {
            Value::List(_) | Value::Tuple(_) | Value::Range(_) | Value::Array(_) => {
                Some(to_array(&bins_v, None)?)
            }
            _ => None,
        };
        match &bins {
            Some(bins) if bins.ndim() == 1 => {
                let e = f64_array(bins)?.to_vec::<f64>();
                if e.windows(2).any(|w| w[0] > w[1]) {
                    return Err(Error::value_error(
                        "`bins` must increase monotonically, when an array",
                    ));
                }
                return Ok((bins.clone(), None));
            }
            Some(bins) if bins.ndim() > 1 => {
                return Err(Error::value_error("`bins` must be 1d, when an array"));
            }
            _ => {
                // A 0-d integer array is its own `__index__`.
                let count = match &bins {
                    Some(b) if b.dtype().is_integer() => Value::Scalar(b.get_flat(0)),
                    _ => bins_v.clone(),
                };
                let nb = super::to_index(&count).map_err(|_| {
                    Error::type_error("`bins` must be an integer, a string, or an array")
                })?;
                if nb < 1 {
                    return Err(Error::value_error(
                        "`bins` must be positive, when an integer",
                    ));
                }
                let (first, last) = outer_edges(a, data, args, name)?;
                (nb as usize, first, last)
            }
        }
    };
    // bin_type = np.result_type(first_edge, last_edge, a), made inexact.
    let whole = Operand::Array(Array::zeros(a.dtype(), vec![0])?);
    let mut bin = promoted(&[&first, &last, &whole]);
    if bin.is_integer() {
        bin = weak_result_type([bin], [Weak::Float]);
    }
    let (edges, _, _) =
        crate::array::construct::linspace(&first, &last, nb + 1, true, Some(bin), 0)?;
    let e = f64_array(&edges)?.to_vec::<f64>();
    if e.windows(2).any(|w| w[0] >= w[1]) {
        return Err(Error::value_error(format!(
            "Too many bins for data range. Cannot create {nb} finite-sized bins."
        )));
    }
    let uniform = Uniform::new(a.dtype(), bin, &first, &last, nb)?;
    Ok((edges, Some(uniform)))
}

/// A real operand's value.
fn num_of(o: &Operand) -> Result<f64> {
    Ok(f64_array(&o.to_array(DType::Float64)?)?.to_vec::<f64>()[0])
}

/// `x` rounded to the float dtype `d` (exact for wider and integer dtypes):
/// one float32/float16 operation is its float64 result rounded once.
fn round_to(x: f64, d: DType) -> f64 {
    match d {
        DType::Float32 => x as f32 as f64,
        DType::Float16 => half::f16::from_f64(x).to_f64(),
        _ => x,
    }
}

/// The equal-width fast path of `np.histogram`, with the dtype NEP 50 gives
/// each of its steps: the data kept by `first <= a <= last` (compared in a's
/// type with each edge), cast to the edges' dtype, `_unsigned_subtract(a,
/// first)`, divided by `_unsigned_subtract(last, first)` and scaled by the
/// bin count. For float64 and integer data all of it is float64; float32
/// data with Python-number or autodetected edges stays in float32.
#[derive(Clone, Copy, Debug)]
pub(super) struct Uniform {
    nb: usize,
    /// The edges as the data is compared with them.
    lo: f64,
    hi: f64,
    /// `first` in the subtraction's dtype, and that dtype.
    sub_first: f64,
    sub: DType,
    /// `last - first`, and the dtype of the quotient and the product.
    denom: f64,
    quot: DType,
}

impl Uniform {
    fn new(data: DType, bin: DType, first: &Operand, last: &Operand, nb: usize) -> Result<Uniform> {
        let data_op = Operand::Array(Array::zeros(data, vec![0])?);
        // Integers compare by value (NumPy allows out-of-range Python ints there).
        let cmp = |edge: &Operand| -> Result<f64> {
            Ok(round_to(num_of(edge)?, promoted(&[&data_op, edge])))
        };
        let bin_op = Operand::Array(Array::zeros(bin, vec![0])?);
        let sub = inexact_or_unsigned(promoted(&[&bin_op, first]));
        // _unsigned_subtract(last_edge, first_edge) of the two scalars.
        let span = inexact_or_unsigned(promoted(&[first, last]));
        let (f, l) = (num_of(first)?, num_of(last)?);
        // `last >= first`, so the unsigned difference is the exact one,
        // rounded once to float64 by the division.
        let denom = if span.is_integer() {
            (l as i128 - f as i128) as f64
        } else {
            round_to(round_to(l, span) - round_to(f, span), span)
        };
        let quot = crate::array::promote::promote_types(sub, span);
        Ok(Uniform {
            nb,
            lo: cmp(first)?,
            hi: cmp(last)?,
            sub_first: round_to(f, sub),
            sub,
            denom,
            quot,
        })
    }

    /// All in float64, as for float64 data and Python-float edges.
    pub(super) fn float64(first: f64, last: f64, nb: usize) -> Uniform {
        Uniform {
            nb,
            lo: first,
            hi: last,
            sub_first: first,
            sub: DType::Float64,
            denom: last - first,
            quot: DType::Float64,
        }
    }

    /// The equal-width bin of `x` as `np.histogram` computes it (its index
    /// from the scaled offset, then corrected against the edges), or None
    /// outside.
    fn bin(&self, x: f64, e: &[f64]) -> Option<usize> {
        if !(x >= self.lo && x <= self.hi) {
            return None;
        }
        let nb = self.nb;
        let off = round_to(x - self.sub_first, self.sub);
        let f = round_to(round_to(off / self.denom, self.quot) * nb as f64, self.quot);
        let mut i = f as i64;
        if i == nb as i64 {
            i -= 1;
        }
        if x < e[i as usize] {
            i -= 1;
        }
        if x >= e[i as usize + 1] && i != nb as i64 - 1 {
            i += 1;
        }
        Some(i as usize)
    }
}

/// `_unsigned_subtract`'s dtype: signed integers subtract as unsigned.
fn inexact_or_unsigned(d: DType) -> DType {
    match d {
        DType::Int8 => DType::UInt8,
        DType::Int16 => DType::UInt16,
        DType::Int32 => DType::UInt32,
        DType::Int64 => DType::UInt64,
        d => d,
    }
}

/// `_get_outer_edges`: the range given, or the data's (NumPy scalars of
/// its dtype), widened by a half on each side when empty.
fn outer_edges(a: &Array, data: &[f64], args: &Args, name: &str) -> Result<(Operand, Operand)> {
    let (first, last) = match args.get("range") {
        Value::None => {
            if data.is_empty() {
                (Operand::PyInt(0.into()), Operand::PyInt(1.into()))
            } else {
                let lo = reduce(a, Reduction::Min, None, None, false)?;
                let hi = reduce(a, Reduction::Max, None, None, false)?;
                let (lo, hi) = (Operand::Scalar(lo.get(&[])), Operand::Scalar(hi.get(&[])));
                if !(num_of(&lo)?.is_finite() && num_of(&hi)?.is_finite()) {
                    return Err(Error::value_error(format!(
                        "autodetected range of [{}, {}] is not finite",
                        py_number_text(&operand_value(&lo)),
                        py_number_text(&operand_value(&hi))
                    )));
                }
                (lo, hi)
            }
        }
        r => {
            let parts: Vec<Value> = match &r {
                Value::Tuple(t) => t.to_vec(),
                Value::List(l) => l.to_vec(),
                _ => {
                    return Err(Error::new(
                        crate::error::Exc::NotImplementedError,
                        format!("npcalc's np.{name} takes range as a (min, max) tuple or list"),
                    ));
                }
            };
            let [lo_v, hi_v] = parts.as_slice() else {
                return Err(Error::value_error(format!(
                    "{} values to unpack (expected 2)",
                    if parts.len() > 2 {
                        "too many"
                    } else {
                        "not enough"
                    }
                )));
            };
            let (lo, hi) = (edge_operand(lo_v)?, edge_operand(hi_v)?);
            let (l, h) = (num_of(&lo)?, num_of(&hi)?);
            if l > h {
                return Err(Error::value_error(
                    "max must be larger than min in range parameter.",
                ));
            }
            if !(l.is_finite() && h.is_finite()) {
                return Err(Error::value_error(format!(
                    "supplied range of [{}, {}] is not finite",
                    py_number_text(lo_v),
                    py_number_text(hi_v)
                )));
            }
            (lo, hi)
        }
    };
    if num_of(&first)? == num_of(&last)? {
        let half = Operand::PyFloat(0.5);
        return Ok((
            shifted(Ufunc::Subtract, &first, &half)?,
            shifted(Ufunc::Add, &last, &half)?,
        ));
    }
    Ok((first, last))
}

/// A range bound as NumPy sees it: a Python number stays weak, and a
/// 0-d array counts as the NumPy scalar it holds.
fn edge_operand(v: &Value) -> Result<Operand> {
    Ok(match operand(v)? {
        Operand::Array(x) if x.ndim() == 0 => Operand::Scalar(x.get(&[])),
        Operand::PyBool(b) => Operand::PyInt((b as u8).into()),
        o => o,
    })
}

/// `edge ± 0.5` as Python computes it: a Python number gives a Python float,
/// a NumPy scalar a scalar of NEP 50's dtype.
fn shifted(op: Ufunc, edge: &Operand, half: &Operand) -> Result<Operand> {
    Ok(match edge {
        Operand::Scalar(_) => Operand::Scalar(binary(op, edge, half)?.get(&[])),
        _ => {
            let x = num_of(edge)?;
            Operand::PyFloat(if op == Ufunc::Add { x + 0.5 } else { x - 0.5 })
        }
    })
}

fn operand_value(o: &Operand) -> Value {
    match o {
        Operand::Scalar(s) => Value::Scalar(*s),
        Operand::PyInt(i) => Value::Int(i.clone()),
        Operand::PyFloat(f) => Value::Float(*f),
        _ => Value::None,
    }
}

/// The counts of `np.histogram(data, nb, range=(first, last))` over its
/// equal-width edges `e`.
pub(super) fn equal_width_counts(data: &[f64], uniform: &Uniform, e: &[f64]) -> Vec<i64> {
    let nb = e.len() - 1;
    let mut n = vec![0i64; nb];
    for i in data.iter().filter_map(|&x| uniform.bin(x, e)) {
        n[i] += 1;
    }
    n
}

/// `np.histogram(a, bins, range, density, weights)` (numpy/lib/_histograms_impl.py).
/// `np.histogram_bin_edges(a, bins, range, weights)`: the edges alone.
fn histogram_bin_edges(_: &mut Interp, args: &Args) -> Result<Value> {
    let (a, _) = ravel_and_check_weights(args, "histogram_bin_edges")?;
    let data = f64_array(&a)?.to_vec::<f64>();
    Ok(Value::Array(
        get_bin_edges(&a, &data, args, "histogram_bin_edges")?.0,
    ))
}

pub(super) fn histogram(_: &mut Interp, args: &Args) -> Result<Value> {
    let (a, weights) = ravel_and_check_weights(args, "histogram")?;
    let data = f64_array(&a)?.to_vec::<f64>();
    let (edges, uniform) = get_bin_edges(&a, &data, args, "histogram")?;
    let e = f64_array(&edges)?.to_vec::<f64>();
    let n = match &weights {
        None => {
            let counts = match uniform {
                Some(u) => equal_width_counts(&data, &u, &e),
                None => {
                    let mut sorted = data.clone();
                    sorted.sort_by(nan_last);
                    let cum = search_sorted_inclusive(&sorted, &e);
                    cum.windows(2).map(|w| (w[1] - w[0]) as i64).collect()
                }
            };
            let len = counts.len();
            Array::from_vec(counts, vec![len])
        }
        Some(w) => weighted_histogram(&a, &data, w, &e, uniform)?,
    };
    let density = match args.get("density") {
        Value::None => false,
        v => super::numpy::truthy(&v)?,
    };
    let hist = if density {
        // n / db / n.sum(), with NumPy's own (pairwise) sum.
        let total = reduce(&n, Reduction::Sum, None, None, false)?;
        // np.diff(bin_edges) in the edges' dtype, then as float.
        let db: Vec<f64> = e
            .windows(2)
            .map(|w| round_to(w[1] - w[0], edges.dtype()))
            .collect();
        let db = Array::from_vec(db, vec![e.len() - 1]);
        let per_width = binary(Ufunc::TrueDivide, &Operand::Array(n), &Operand::Array(db))?;
        binary(
            Ufunc::TrueDivide,
            &Operand::Array(per_width),
            &Operand::Array(total),
        )?
    } else {
        n
    };
    Ok(Value::Tuple(Rc::from(vec![
        Value::Array(hist),
        Value::Array(edges),
    ])))
}

/// NumPy's histogram works through its data in blocks of this many elements.
const HISTOGRAM_BLOCK: usize = 65536;

/// NumPy's sort order for floats: NaN after everything.
fn nan_last(x: &f64, y: &f64) -> std::cmp::Ordering {
    x.partial_cmp(y)
        .unwrap_or_else(|| x.is_nan().cmp(&y.is_nan()))
}

/// `_search_sorted_inclusive`: searchsorted left for all edges but the last,
/// which is searched on its right so that the last bin is closed.
fn search_sorted_inclusive(sorted: &[f64], e: &[f64]) -> Vec<usize> {
    let mut cum: Vec<usize> = e[..e.len().saturating_sub(1)]
        .iter()
        .map(|&v| sorted.partition_point(|&s| s < v))
        .collect();
    if let Some(&v) = e.last() {
        cum.push(sorted.partition_point(|&s| s <= v));
    }
    cum
}

/// `np.histogram` with weights: the sums come out in the weights' dtype.
/// Equal-width bins go through bincount (float64 sums per block, cast to
/// that dtype and added); explicit edges through a cumulative sum of the
/// weights sorted by value with NumPy's default argsort of each block of
/// `a` (in its own dtype, so tied values keep NumPy's order), as
/// `_histograms_impl.py` does.
fn weighted_histogram(
    a: &Array,
    data: &[f64],
    w: &Array,
    e: &[f64],
    uniform: Option<Uniform>,
) -> Result<Array> {
    let ntype = w.dtype();
    let wf = f64_array(w)?.to_vec::<f64>();
    match uniform {
        Some(u) => {
            let nb = u.nb;
            let n = Array::zeros(ntype, vec![nb])?;
            for (xs, ws) in data.chunks(HISTOGRAM_BLOCK).zip(wf.chunks(HISTOGRAM_BLOCK)) {
                let (idx, kept): (Vec<i64>, Vec<f64>) = xs
                    .iter()
                    .zip(ws)
                    .filter_map(|(&x, &wt)| Some((u.bin(x, e)? as i64, wt)))
                    .unzip();
                let sums = numeric::bincount(&idx, Some(&kept), nb)?;
                let block = Operand::Array(cast_array(&sums, ntype)?);
                crate::array::ufunc::binary_inplace(Ufunc::Add, &n, &block)?;
            }
            Ok(n)
        }
        None => {
            let cum_n = Array::zeros(ntype, vec![e.len()])?;
            for (start, xs) in data.chunks(HISTOGRAM_BLOCK).enumerate() {
                let start = start * HISTOGRAM_BLOCK;
                let block = axis_slice(a, 0, start, xs.len());
                let order: Vec<usize> =
                    crate::array::sort::argsort(&block, Some(0), SortKind::Quick)?
                        .to_vec::<i64>()
                        .into_iter()
                        .map(|i| i as usize)
                        .collect();
                let picks: Vec<usize> = order.iter().map(|&i| start + i).collect();
                let sw = crate::array::gather::take(w, 0, &picks, &[picks.len()])?;
                let cw = crate::array::accumulate(
                    &sw,
                    Ufunc::Add,
                    crate::array::AxisArg::Index(0),
                    None,
                    None,
                    crate::array::AccumFunc::Cumulative {
                        include_initial: true,
                    },
                )?;
                let sorted: Vec<f64> = order.iter().map(|&i| xs[i]).collect();
                let bin_index = search_sorted_inclusive(&sorted, e);
                let at = crate::array::gather::take(&cw, 0, &bin_index, &[bin_index.len()])?;
                crate::array::ufunc::binary_inplace(Ufunc::Add, &cum_n, &Operand::Array(at))?;
            }
            let k = e.len() - 1;
            binary(
                Ufunc::Subtract,
                &Operand::Array(axis_slice(&cum_n, 0, 1, k)),
                &Operand::Array(axis_slice(&cum_n, 0, 0, k)),
            )
        }
    }
}

/// `a` restricted to `start..start+len` along `axis` (a view).
fn axis_slice(a: &Array, axis: usize, start: usize, len: usize) -> Array {
    let mut shape = a.shape().to_vec();
    shape[axis] = len;
    let off = a.offset() as isize + a.strides()[axis] * start as isize;
    a.view(off.max(0) as usize, shape, a.strides().to_vec())
}

/// `np.trapezoid(y, x, dx, axis)`: `(d * (y[1:] + y[:-1]) / 2.0).sum(axis)`.
pub(super) fn trapezoid(_: &mut Interp, args: &Args) -> Result<Value> {
    let y = arg_array(args, "y")?;
    let axis = super::to_index(&args.get("axis")).map_err(|e| e.at(args.span("axis")))?;
    let nd = y.ndim() as i64;
    if axis >= nd || axis < -nd {
        return Err(Error::new(
            crate::error::Exc::IndexError,
            "list assignment index out of range",
        ));
    }
    let ax = axis.rem_euclid(nd) as usize;
    let d = match args.get("x") {
        Value::None => operand(&args.get("dx"))?,
        xv => {
            let x = to_array(&xv, None)?;
            if x.ndim() == 1 {
                let d = crate::array::reduce::diff(&x, 1, -1, None, None)?;
                let mut shape = vec![1; y.ndim()];
                shape[ax] = d.shape()[0];
                Operand::Array(crate::array::shape::reshape(&d, &isz(&shape))?)
            } else {
                Operand::Array(crate::array::reduce::diff(
                    &x,
                    1,
                    axis as isize,
                    None,
                    None,
                )?)
            }
        }
    };
    let n = y.shape()[ax];
    let (hi, lo) = if n == 0 {
        (axis_slice(&y, ax, 0, 0), axis_slice(&y, ax, 0, 0))
    } else {
        (axis_slice(&y, ax, 1, n - 1), axis_slice(&y, ax, 0, n - 1))
    };
    let s = op2(Ufunc::Add, &hi, &lo)?;
    let p = binary(Ufunc::Multiply, &d, &Operand::Array(s))?;
    let q = binary(
        Ufunc::TrueDivide,
        &Operand::Array(p),
        &Operand::PyFloat(2.0),
    )?;
    let r = reduce(&q, Reduction::Sum, Some(axis as isize), None, false)?;
    Ok(unwrap0(r))
}

/// `np.ediff1d(ary, to_end, to_begin)`.
pub(super) fn ediff1d(_: &mut Interp, args: &Args) -> Result<Value> {
    let ary = crate::array::shape::ravel(&arg_array(args, "ary")?)?;
    let n = ary.size();
    let (hi, lo) = if n == 0 {
        (ary.clone(), ary.clone())
    } else {
        (axis_slice(&ary, 0, 1, n - 1), axis_slice(&ary, 0, 0, n - 1))
    };
    let diff = op2(Ufunc::Subtract, &hi, &lo)?;
    let (tb, te) = (args.get("to_begin"), args.get("to_end"));
    if matches!(tb, Value::None) && matches!(te, Value::None) {
        return Ok(Value::Array(diff));
    }
    let dt = ary.dtype();
    let part = |v: &Value, what: &str| -> Result<Option<Array>> {
        if matches!(v, Value::None) {
            return Ok(None);
        }
        let x = to_array(v, None)?;
        if !crate::array::can_cast(x.dtype(), dt, crate::array::Casting::SameKind) {
            return Err(Error::type_error(format!(
                "dtype of `{what}` must be compatible with input `ary` under the `same_kind` rule."
            )));
        }
        Ok(Some(cast_array(&crate::array::shape::ravel(&x)?, dt)?))
    };
    let begin = part(&tb, "to_begin")?;
    let end = part(&te, "to_end")?;
    let diff = cast_array(&diff, dt)?;
    let parts: Vec<Array> = begin.into_iter().chain([diff]).chain(end).collect();
    Ok(Value::Array(crate::array::shape::concatenate(&parts, 0)?))
}

/// `np.cross(a, b)` of 2- and 3-vectors along the last axis.
pub(super) fn cross(_: &mut Interp, args: &Args) -> Result<Value> {
    reject_unsupported(args, &["axisa", "axisb", "axisc", "axis"])?;
    let a = arg_array(args, "a")?;
    let b = arg_array(args, "b")?;
    if a.ndim() < 1 || b.ndim() < 1 {
        return Err(Error::value_error("At least one array has zero dimension"));
    }
    let (na, nb) = (a.shape()[a.ndim() - 1], b.shape()[b.ndim() - 1]);
    if !matches!(na, 2 | 3) || !matches!(nb, 2 | 3) {
        return Err(Error::value_error(
            "incompatible dimensions for cross product\n(dimension must be 2 or 3)",
        ));
    }
    if na == 2 || nb == 2 {
        signals::warn(
            "DeprecationWarning",
            "Arrays of 2-dimensional vectors are deprecated. Use arrays of 3-dimensional vectors instead. (deprecated in NumPy 2.0)",
        );
    }
    let (sa, sb) = (&a.shape()[..a.ndim() - 1], &b.shape()[..b.ndim() - 1]);
    if crate::array::shape::broadcast_shapes(&[sa, sb]).is_err() {
        let text = |s: &[usize]| match s {
            [n] => format!("({n},)"),
            _ => format!(
                "({})",
                s.iter()
                    .map(|n| n.to_string())
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        };
        return Err(Error::value_error(format!(
            "shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between arg 0 with shape {} and arg 1 with shape {}.",
            text(sa),
            text(sb)
        )));
    }
    let dt = crate::array::promote::promote_types(a.dtype(), b.dtype());
    let (a, b) = (cast_array(&a, dt)?, cast_array(&b, dt)?);
    let comp = |x: &Array, i: usize| -> Array {
        let mut v = axis_slice(x, x.ndim() - 1, i, 1);
        let shape = v.shape()[..v.ndim() - 1].to_vec();
        let strides = v.strides()[..v.ndim() - 1].to_vec();
        v = v.view(v.offset(), shape, strides);
        v
    };
    let mul = |x: &Array, y: &Array| op2(Ufunc::Multiply, x, y);
    let sub = |x: &Array, y: &Array| op2(Ufunc::Subtract, x, y).and_then(|r| cast_array(&r, dt));
    let (a0, a1, b0, b1) = (comp(&a, 0), comp(&a, 1), comp(&b, 0), comp(&b, 1));
    if na == 2 && nb == 2 {
        let r = sub(&mul(&a0, &b1)?, &mul(&a1, &b0)?)?;
        return Ok(Value::Array(r));
    }
    let (c0, c1, c2) = if na == 2 {
        let b2 = comp(&b, 2);
        let c1 = mul(&a0, &b2)?;
        (
            mul(&a1, &b2)?,
            crate::array::unary::unary(Ufunc::Negative, &c1)?,
            sub(&mul(&a0, &b1)?, &mul(&a1, &b0)?)?,
        )
    } else if nb == 2 {
        let a2 = comp(&a, 2);
        let c1 = mul(&a2, &b0)?;
        (
            crate::array::unary::unary(Ufunc::Negative, &mul(&a2, &b1)?)?,
            c1,
            sub(&mul(&a0, &b1)?, &mul(&a1, &b0)?)?,
        )
    } else {
        let (a2, b2) = (comp(&a, 2), comp(&b, 2));
        (
            sub(&mul(&a1, &b2)?, &mul(&a2, &b1)?)?,
            sub(&mul(&a2, &b0)?, &mul(&a0, &b2)?)?,
            sub(&mul(&a0, &b1)?, &mul(&a1, &b0)?)?,
        )
    };
    let parts: Vec<Array> = [c0, c1, c2]
        .iter()
        .map(|c| {
            let mut s = c.shape().to_vec();
            s.push(1);
            crate::array::shape::reshape(&cast_array(c, dt)?, &isz(&s))
        })
        .collect::<Result<_>>()?;
    let r = crate::array::shape::concatenate(&parts, parts[0].ndim() - 1)?;
    Ok(Value::Array(r))
}

const NAN_ARG_PARAMS: [super::table::Param; 4] = [
    p!(Normal "a", "Input array."),
    p!(Normal "axis" = "None", "The axis to search along; None searches the flattened array."),
    p!(Normal "out" = "None", "Not supported by npcalc."),
    p!(KeywordOnly "keepdims" = "False", "Keep the searched axis with length one."),
];

/// NumPy's `nanargmax`/`nanargmin`: NaNs replaced by the value that never
/// wins (`_replace_nan`), an all-NaN slice refused, then argmax/argmin.
fn nan_arg(it: &mut Interp, args: &Args, name: &str, fill: f64) -> Result<Value> {
    let span = args.call_span;
    let (a, mask) = replace_nan(&to_array(&args.get("a"), None)?, fill)?;
    if let Some(mask) = mask.filter(|m| m.size() > 0) {
        let axis = vec![("axis", args.get("axis"))];
        let all = np_call(it, "all", vec![Value::Array(mask)], axis, span)?;
        if super::numpy::truthy(&np_call(it, "any", vec![all], vec![], span)?)? {
            return Err(Error::value_error("All-NaN slice encountered"));
        }
    }
    let mut keywords = vec![("axis", args.get("axis")), ("out", args.get("out"))];
    if args.given("keepdims") {
        keywords.push(("keepdims", args.get("keepdims")));
    }
    np_call(it, name, vec![Value::Array(a)], keywords, span)
}
