//! Quantiles, weighted averages, the NaN-ignoring reductions, closeness,
//! counting and binning, interpolation and products: `np.percentile`,
//! `np.quantile`, `np.average`, `np.nansum` …, `np.isclose`, `np.bincount`,
//! `np.digitize`, `np.interp`, `np.dot`, `np.matmul`. Kernels in
//! `array/numeric.rs`; the compositions follow NumPy's Python code.

use super::numpy::{
    arg_array, arg_axis, arg_bool, keepdims, operand, reject_unsupported, this_array, unwrap0,
};
use super::table::{Args, FnDef, Owner, p};
use super::value::Value;
use super::{Interp, to_array};
use crate::array::numeric::{self, QMethod};
use crate::array::promote::Operand;
use crate::array::reduce::{Reduction, reduce};
use crate::array::ufunc::binary;
use crate::array::{Array, DType, Kind, Ufunc, cast_array, signals};
use crate::error::{Error, Result};
use std::rc::Rc;

static QUANTILE_PARAMS: [super::table::Param; 8] = [
    p!(Normal "a", "Input array of real numbers."),
    p!(Normal "q", "The quantile(s) to compute."),
    p!(Normal "axis" = "None", "Axis; None: the flattened array."),
    p!(Normal "out" = "None", "Not supported by npcalc."),
    p!(Normal "overwrite_input" = "False", "Ignored."),
    p!(Normal "method" = "'linear'", "'linear', 'lower', 'higher', 'nearest' or 'midpoint'."),
    p!(Normal "keepdims" = "False", "Keep the reduced axis with length one."),
    p!(KeywordOnly "weights" = "None", "Not supported by npcalc."),
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
        imp: |_, args| quantile_fn(args, false),
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
        imp: |_, args| quantile_fn(args, true),
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
        name: "nanmean",
        owner: Owner::Numpy,
        error_name: None,
        params: &NAN_PARAMS,
        doc: "The mean of the non-NaN elements (NaN with a warning for an empty slice).",
        examples: &["np.nanmean([1.0, np.nan, 3.0])"],
        imp: nanmean,
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
        imp: |_, args| dot_fn(&arg_array(args, "x1")?, &arg_array(args, "x2")?, true),
    },
];

/// The ndarray methods of this family.
pub static STATISTICS2_METHODS: &[FnDef] = &[FnDef {
    name: "dot",
    owner: Owner::Method,
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

fn quantile_fn(args: &Args, percent: bool) -> Result<Value> {
    reject_unsupported(args, &["out", "weights"])?;
    let a = arg_array(args, "a")?;
    if a.dtype().kind() == Kind::Complex {
        return Err(Error::type_error("a must be an array of real numbers"));
    }
    let method = match text(&args.get("method")) {
        Some(m) => QMethod::parse(&m).ok_or_else(|| {
            Error::new(
                crate::error::Exc::NotImplementedError,
                format!("npcalc supports only the methods 'linear', 'lower', 'higher', 'nearest' and 'midpoint', not '{m}'"),
            )
        })?,
        None => return Err(Error::type_error("method must be a string")),
    };
    if !matches!(a.dtype(), DType::Float64) && a.dtype().kind() == Kind::Float {
        return Err(Error::new(
            crate::error::Exc::NotImplementedError,
            "npcalc computes quantiles of float64 and integer arrays only",
        ));
    }
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
    if a.dtype() == DType::Bool && matches!(method, QMethod::Linear | QMethod::Midpoint) {
        return Err(Error::type_error(
            "numpy boolean subtract, the `-` operator, is not supported, use the bitwise_xor, the `^` operator, or the logical_xor function instead.",
        ));
    }
    let axis = arg_axis(args, "axis")?;
    let r = numeric::quantile(&a, &qs, q.shape(), axis, method, keepdims(args)?)?;
    Ok(unwrap0(r))
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
            let w = if a.shape() != w.shape() {
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
                w.view(w.offset(), shape, strides)
            } else {
                w
            };
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
    Ok((filled, Some(mask)))
}

fn nan_reduce(args: &Args, kind: Reduction) -> Result<Value> {
    reject_unsupported(args, &["out", "where", "initial", "dtype"])?;
    let a = arg_array(args, "a")?;
    let axis = arg_axis(args, "axis")?;
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
            let r = reduce(&x, kind, axis, None, kd)?;
            match mask {
                Some(m) => {
                    let all = reduce(&m, Reduction::Min, axis, None, kd)?;
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
        _ => reduce(&x, kind, axis, None, kd)?,
    };
    Ok(unwrap0(r))
}

fn nanmean(_: &mut Interp, args: &Args) -> Result<Value> {
    reject_unsupported(args, &["out", "where"])?;
    let a = arg_array(args, "a")?;
    let axis = arg_axis(args, "axis")?;
    let kd = keepdims(args)?;
    let (x, mask) = replace_nan(&a, 0.0)?;
    let Some(mask) = mask else {
        return Ok(unwrap0(reduce(&x, Reduction::Mean, axis, None, kd)?));
    };
    let keep = crate::array::unary::unary(Ufunc::LogicalNot, &mask)?;
    let cnt = reduce(&keep, Reduction::Sum, axis, Some(DType::Int64), kd)?;
    let tot = reduce(&x, Reduction::Sum, axis, None, kd)?;
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
    let x = arg_array(args, "x")?;
    let minlength = super::to_index(&args.get("minlength"))?;
    if minlength < 0 {
        return Err(Error::value_error("'minlength' must not be negative"));
    }
    if x.ndim() > 1 {
        return Err(Error::value_error(
            "setting an array element with a sequence. The requested array would exceed the maximum number of dimension of 1.",
        ));
    }
    if x.dtype().kind() == Kind::Complex {
        return Err(Error::new(
            crate::error::Exc::NotImplementedError,
            "npcalc does not count complex values in bincount",
        ));
    }
    if x.dtype().kind() == Kind::Float && x.size() > 0 {
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
            let w = f64_array(&to_array(&w, None)?)?;
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
    )))
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
    if fp.dtype().kind() == Kind::Complex {
        return Err(Error::new(
            crate::error::Exc::NotImplementedError,
            "npcalc does not interpolate complex fp",
        ));
    }
    let opt = |name: &str| -> Result<Option<f64>> {
        match args.get(name) {
            Value::None => Ok(None),
            v => Ok(Some(f64_array(&to_array(&v, None)?)?.to_vec::<f64>()[0])),
        }
    };
    let (mut xv, mut xpv, mut fpv) = (f64_array(&x)?, f64_array(&xp)?, f64_array(&fp)?);
    let (mut left, mut right) = (opt("left")?, opt("right")?);
    if let Some(period) = opt("period")? {
        if period == 0.0 {
            return Err(Error::value_error("period must be a non-zero value"));
        }
        let period = period.abs();
        left = None;
        right = None;
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
        let fpl = fpv.to_vec::<f64>();
        let (xs, fs) = numeric::periodic_points(&xpm, &fpl, period);
        xpv = Array::from_vec(xs.clone(), vec![xs.len()]);
        fpv = Array::from_vec(fs.clone(), vec![fs.len()]);
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
    let r = numeric::interp(
        &xv.to_vec::<f64>(),
        &xpv.to_vec::<f64>(),
        &fpv.to_vec::<f64>(),
        left,
        right,
    );
    Ok(unwrap0(Array::from_vec(r, x.shape().to_vec())))
}

/// `np.dot` / `np.matmul` / `@` for 1-D and 2-D operands.
pub fn dot_fn(a: &Array, b: &Array, matmul: bool) -> Result<Value> {
    Ok(unwrap0(numeric::dot(a, b, matmul)?))
}

/// The `@` operator on values.
pub fn matmul_values(a: &Value, b: &Value) -> Result<Value> {
    dot_fn(&to_array(a, None)?, &to_array(b, None)?, true)
}
