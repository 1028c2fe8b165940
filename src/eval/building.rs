//! Building arrays from nothing or from a function: `np.eye`, `np.identity`,
//! `np.diag`, `np.diagflat`, `np.tri`/`tril`/`triu`, `np.logspace`/`geomspace`,
//! `np.meshgrid`, `np.fromfunction`, the splits `np.hsplit`/`vsplit`/`dsplit`, the
//! read-only `np.broadcast_to`, `np.broadcast_arrays` and `np.broadcast_shapes`: table entries and bindings over
//! `array::build`.

use super::numpy::{arg_array, arg_dtype, arg_shape, operand, to_python_float_any};
use super::table::{Args, CallArgs, FnDef, Owner, p};
use super::value::Value;
use super::{Interp, to_array, to_index};
use crate::array::construct::Num;
use crate::array::promote::Operand;
use crate::array::{Array, DType, Kind, build, cast_array, construct, select, shape, signals};
use crate::array::{Ufunc, ufunc};
use crate::error::{Error, Result};

pub static BUILDING: &[FnDef] = &[
    FnDef {
        name: "fromiter",
        owner: Owner::NumpyArgs,
        error_name: None,
        params: &[
            p!(Normal "iter", "Any iterable of numbers."),
            p!(Normal "dtype", "The dtype of the result (required)."),
            p!(Normal "count" = "-1", "How many items to read (-1: all)."),
            p!(KeywordOnly "like" = "None", "Not supported by npcalc."),
        ],
        doc: "A 1-D array of the items an iterable gives, in the given dtype.",
        examples: &["np.fromiter((k * k for k in range(5)), dtype=int).cumsum()"],
        imp: fromiter,
    },
    FnDef {
        name: "eye",
        owner: Owner::Numpy,
        error_name: None,
        params: &[
            p!(Normal "N", "Number of rows."),
            p!(Normal "M" = "None", "Number of columns (default N)."),
            p!(Normal "k" = "0", "Index of the diagonal: 0 the main one, >0 above, <0 below."),
            p!(Normal "dtype" = "float", "The dtype (default float64)."),
            p!(Normal "order" = "'C'", "Memory layout; only 'C'."),
            p!(KeywordOnly "device" = "None", "Only \"cpu\" (or None)."),
            p!(KeywordOnly "like" = "None", "Not supported."),
        ],
        doc: "A 2-D array with ones on the k-th diagonal and zeros elsewhere.",
        examples: &["np.eye(3)", "np.eye(2, 3, k=1, dtype=int)"],
        imp: eye,
    },
    FnDef {
        name: "identity",
        owner: Owner::Numpy,
        error_name: None,
        params: &[
            p!(Normal "n", "Number of rows and columns."),
            p!(Normal "dtype" = "None", "The dtype (default float64)."),
            p!(KeywordOnly "like" = "None", "Not supported."),
        ],
        doc: "The n by n identity matrix.",
        examples: &["np.identity(3)", "np.identity(2, dtype=int).cumsum(axis=0)"],
        imp: identity,
    },
    FnDef {
        name: "diag",
        owner: Owner::Numpy,
        error_name: None,
        params: &[
            p!(Normal "v", "A 1-D array (its values go on a diagonal) or a 2-D one (its diagonal is taken)."),
            p!(Normal "k" = "0", "Index of the diagonal: 0 the main one, >0 above, <0 below."),
        ],
        doc: "Build a diagonal matrix from a 1-D array, or take the k-th diagonal of a 2-D array (a read-only view).",
        examples: &[
            "np.diag([1, 2, 3])",
            "np.diag(np.arange(9).reshape(3, 3), k=1)",
        ],
        imp: diag,
    },
    FnDef {
        name: "diagflat",
        owner: Owner::Numpy,
        error_name: None,
        params: &[
            p!(Normal "v", "Input data, flattened to go on the diagonal."),
            p!(Normal "k" = "0", "Index of the diagonal: 0 the main one, >0 above, <0 below."),
        ],
        doc: "A square matrix with the flattened input on the k-th diagonal.",
        examples: &["np.diagflat([[1, 2], [3, 4]])", "np.diagflat([1, 2], 1)"],
        imp: diagflat,
    },
    FnDef {
        name: "tri",
        owner: Owner::Numpy,
        error_name: None,
        params: &[
            p!(Normal "N", "Number of rows."),
            p!(Normal "M" = "None", "Number of columns (default N)."),
            p!(Normal "k" = "0", "The diagonal at and below which the array is filled."),
            p!(Normal "dtype" = "float", "The dtype (default float64)."),
            p!(KeywordOnly "like" = "None", "Not supported."),
        ],
        doc: "An array with ones at and below the k-th diagonal and zeros elsewhere.",
        examples: &["np.tri(3)", "np.tri(3, dtype=int).cumsum(axis=1)"],
        imp: tri,
    },
    FnDef {
        name: "tril",
        owner: Owner::Numpy,
        error_name: None,
        params: &[
            p!(Normal "m", "Input array (the last two axes are the matrix)."),
            p!(Normal "k" = "0", "Diagonal above which to zero elements."),
        ],
        doc: "A copy of m with the elements above the k-th diagonal zeroed.",
        examples: &["np.tril(np.ones((3, 3), dtype=int))"],
        imp: |_, args| tri_part(args, true),
    },
    FnDef {
        name: "triu",
        owner: Owner::Numpy,
        error_name: None,
        params: &[
            p!(Normal "m", "Input array (the last two axes are the matrix)."),
            p!(Normal "k" = "0", "Diagonal below which to zero elements."),
        ],
        doc: "A copy of m with the elements below the k-th diagonal zeroed.",
        examples: &["np.triu(np.ones((3, 3), dtype=int)).cumsum(axis=0)"],
        imp: |_, args| tri_part(args, false),
    },
    FnDef {
        name: "logspace",
        owner: Owner::Numpy,
        error_name: None,
        params: &[
            p!(Normal "start", "base ** start is the first value."),
            p!(Normal "stop", "base ** stop is the last value (unless endpoint=False)."),
            p!(Normal "num" = "50", "Number of samples."),
            p!(Normal "endpoint" = "True", "Whether base ** stop is the last sample."),
            p!(Normal "base" = "10.0", "The base of the log space."),
            p!(Normal "dtype" = "None", "The dtype (default float64)."),
            p!(Normal "axis" = "0", "Only 0 is supported."),
        ],
        doc: "Numbers spaced evenly on a log scale: base ** np.linspace(start, stop, num).",
        examples: &["np.logspace(0, 3, 4)", "np.logspace(0, 4, 5, base=2)"],
        imp: logspace,
    },
    FnDef {
        name: "geomspace",
        owner: Owner::Numpy,
        error_name: None,
        params: &[
            p!(Normal "start", "The first value."),
            p!(Normal "stop", "The last value (unless endpoint=False)."),
            p!(Normal "num" = "50", "Number of samples."),
            p!(Normal "endpoint" = "True", "Whether stop is the last sample."),
            p!(Normal "dtype" = "None", "The dtype (default float64)."),
            p!(Normal "axis" = "0", "Only 0 is supported."),
        ],
        doc: "A geometric progression from start to stop: each sample a constant multiple of the one before.",
        examples: &["np.geomspace(1, 1000, 4)", "np.geomspace(-1, -16, 5)"],
        imp: geomspace,
    },
    FnDef {
        name: "meshgrid",
        owner: Owner::Numpy,
        error_name: None,
        params: &[
            p!(VarPositional "xi", "1-D coordinate arrays (others are flattened)."),
            p!(KeywordOnly "copy" = "True", "Return copies (False: broadcast views)."),
            p!(KeywordOnly "sparse" = "False", "Return arrays with length-one axes instead of full grids."),
            p!(KeywordOnly "indexing" = "'xy'", "'xy' (Cartesian: the first two axes swapped) or 'ij' (matrix)."),
        ],
        doc: "Coordinate grids from coordinate vectors, as a tuple of arrays.",
        examples: &[
            "np.meshgrid([1, 2, 3], [10, 20])",
            "np.meshgrid([1, 2], [10, 20], indexing='ij')",
        ],
        imp: meshgrid,
    },
    FnDef {
        name: "fromfunction",
        owner: Owner::Numpy,
        error_name: None,
        params: &[
            p!(Normal "function", "Called once with one index array per axis."),
            p!(Normal "shape", "The shape of the index arrays."),
            p!(KeywordOnly "dtype" = "float", "The dtype of the index arrays (default float64)."),
            p!(KeywordOnly "like" = "None", "Not supported."),
            p!(VarKeyword "kwargs", "Passed on to function."),
        ],
        doc: "Call function once with the index grids of shape (as np.indices gives them, in dtype) and return what it returns.",
        examples: &[
            "np.fromfunction(lambda i, j: i + j, (2, 3))",
            "np.fromfunction(lambda i, j: i >= j, (3, 3), dtype=int)",
        ],
        imp: fromfunction,
    },
    FnDef {
        name: "hsplit",
        owner: Owner::Numpy,
        error_name: None,
        params: &[
            p!(Normal "ary", "Array to split, at least 1-D."),
            p!(Normal "indices_or_sections", "A number of equal sections, or the split indices."),
        ],
        doc: "Split an array into views column-wise (along axis 1; axis 0 for 1-D arrays).",
        examples: &["np.hsplit(np.arange(6).reshape(2, 3), 3)"],
        imp: |_, args| split_nd(args, "hsplit", 1, 1),
    },
    FnDef {
        name: "vsplit",
        owner: Owner::Numpy,
        error_name: None,
        params: &[
            p!(Normal "ary", "Array to split, at least 2-D."),
            p!(Normal "indices_or_sections", "A number of equal sections, or the split indices."),
        ],
        doc: "Split an array into views row-wise (along axis 0).",
        examples: &["np.vsplit(np.arange(6).reshape(2, 3), 2)"],
        imp: |_, args| split_nd(args, "vsplit", 2, 0),
    },
    FnDef {
        name: "dsplit",
        owner: Owner::Numpy,
        error_name: None,
        params: &[
            p!(Normal "ary", "Array to split, at least 3-D."),
            p!(Normal "indices_or_sections", "A number of equal sections, or the split indices."),
        ],
        doc: "Split an array into views depth-wise (along axis 2).",
        examples: &["np.dsplit(np.arange(8).reshape(1, 2, 4), 2)"],
        imp: |_, args| split_nd(args, "dsplit", 3, 2),
    },
    FnDef {
        name: "broadcast_shapes",
        owner: Owner::Numpy,
        error_name: None,
        params: &[p!(VarPositional "args", "Shapes: tuples of ints, or ints.")],
        doc: "The shape that arrays of these shapes broadcast to together.",
        examples: &[
            "np.broadcast_shapes((2, 1), (3,))",
            "np.broadcast_shapes(5, (6, 1))",
        ],
        imp: broadcast_shapes,
    },
    FnDef {
        name: "broadcast_to",
        owner: Owner::Numpy,
        error_name: None,
        params: &[
            p!(Normal "array", "The array to broadcast."),
            p!(Normal "shape", "The shape to broadcast to."),
            p!(Normal "subok" = "False", "Ignored: npcalc has no ndarray subclasses."),
        ],
        doc: "A read-only view of array broadcast to shape; its repeated elements share memory.",
        examples: &["np.broadcast_to([1, 2, 3], (2, 3))"],
        imp: broadcast_to,
    },
    FnDef {
        name: "broadcast_arrays",
        owner: Owner::Numpy,
        error_name: None,
        params: &[
            p!(VarPositional "args", "The arrays to broadcast against each other."),
            p!(KeywordOnly "subok" = "False", "Ignored: npcalc has no ndarray subclasses."),
        ],
        doc: "A tuple of views of the arrays broadcast to their common shape; an array already of that shape comes back as itself.",
        examples: &["np.broadcast_arrays([1, 2, 3], [[10], [20]])"],
        imp: broadcast_arrays,
    },
];

/// A dimension read like NumPy's shape tuple does (ints only, non-negative).
fn dims(args: &Args, names: &[&str]) -> Result<Vec<usize>> {
    let items: Vec<Value> = names.iter().map(|n| args.get(n)).collect();
    arg_shape(&Value::tuple(items)).map_err(|e| e.at(args.span(names[0])))
}

fn k_arg(args: &Args) -> Result<i64> {
    to_index(&args.get("k")).map_err(|e| e.at(args.span("k")))
}

fn reject_like(args: &Args) -> Result<()> {
    if args.given("like") && !matches!(args.get("like"), Value::None) {
        return Err(Error::type_error("npcalc does not support like=").at(args.span("like")));
    }
    Ok(())
}

/// N and M (M defaulting to N) for eye and tri.
fn n_m(args: &Args) -> Result<(usize, usize)> {
    let d = if matches!(args.get("M"), Value::None) {
        dims(args, &["N", "N"])?
    } else {
        dims(args, &["N", "M"])?
    };
    Ok((d[0], d[1]))
}

fn float_default_dtype(args: &Args) -> Result<DType> {
    Ok(arg_dtype(args, "dtype")?.unwrap_or(DType::Float64))
}

fn eye(_: &mut Interp, args: &Args) -> Result<Value> {
    reject_like(args)?;
    super::numpy::arg_device(args)?;
    let (n, m) = n_m(args)?;
    let dtype = float_default_dtype(args)?;
    Ok(Value::Array(build::eye(n, m, k_arg(args)?, dtype)?))
}

fn identity(_: &mut Interp, args: &Args) -> Result<Value> {
    reject_like(args)?;
    let d = dims(args, &["n", "n"])?;
    let dtype = float_default_dtype(args)?;
    Ok(Value::Array(build::eye(d[0], d[1], 0, dtype)?))
}

/// N, M or k of `np.tri`, with the TypeError NumPy's arithmetic on them gives.
pub(super) fn num_arg(args: &Args, name: &str) -> Result<Num> {
    let v = args.get(name);
    let bad = || {
        let t = v.type_name();
        Error::type_error(match name {
            "N" => format!("'<=' not supported between instances of '{t}' and 'int'"),
            "k" => format!("bad operand type for unary -: '{t}'"),
            _ => format!("unsupported operand type(s) for -: '{t}' and 'int'"),
        })
        .at(args.span(name))
    };
    match v {
        Value::Bool(_) | Value::Int(_) | Value::Float(_) | Value::Scalar(_) => {
            match super::numpy::arange_num(&v).map_err(|e| e.at(args.span(name)))? {
                // np.tri's arithmetic on a complex bound fails as on any other.
                Some(Num::Complex(..)) | None => Err(bad()),
                Some(n) => Ok(n),
            }
        }
        _ => Err(bad()),
    }
}

pub(super) fn num_sub(a: Num, b: Num) -> Num {
    match (a, b) {
        (Num::Int(x), Num::Int(y)) => Num::Int(x - y),
        (x, y) => Num::Float(num_f64(x) - num_f64(y)),
    }
}

fn num_f64(x: Num) -> f64 {
    match x {
        Num::Int(i) => i as f64,
        Num::Float(f) => f,
        Num::Complex(..) => unreachable!("num_arg refuses complex bounds"),
    }
}

/// NumPy's `tri`: `greater_equal.outer(arange(N), arange(-k, M - k))`, with
/// arange's own rules for float bounds (NumPy uses the smallest int dtype
/// that holds the range; int64 gives the same values).
pub(super) fn tri_mask(n: Num, m: Num, k: Num, dtype: DType) -> Result<Array> {
    let ints = |a: Array| -> Result<Vec<i64>> { Ok(cast_array(&a, DType::Int64)?.to_vec()) };
    // arange(start, stop) in int64: ceil(stop - start) items from start, step 1.
    let range = |start: Num, stop: Num| -> Result<Vec<i64>> {
        let len = construct::arange_length(num_f64(stop) - num_f64(start), false, false)?;
        let second = num_sub(start, Num::Int(-1));
        ints(construct::arange(start, second, len, DType::Int64)?)
    };
    let rows = range(Num::Int(0), n)?;
    let cols = range(num_sub(Num::Int(0), k), num_sub(m, k))?;
    build::outer_ge(&rows, &cols, dtype)
}

fn tri(_: &mut Interp, args: &Args) -> Result<Value> {
    reject_like(args)?;
    let n = num_arg(args, "N")?;
    let m = match args.get("M") {
        Value::None => n,
        _ => num_arg(args, "M")?,
    };
    let dtype = float_default_dtype(args)?;
    Ok(Value::Array(tri_mask(n, m, num_arg(args, "k")?, dtype)?))
}

fn diag(_: &mut Interp, args: &Args) -> Result<Value> {
    let v = arg_array(args, "v")?;
    let k = k_arg(args)?;
    match v.ndim() {
        1 => Ok(Value::Array(build::diag_matrix(&v, k)?)),
        2 => Ok(Value::Array(build::diagonal(&v, k))),
        _ => Err(Error::value_error("Input must be 1- or 2-d.")),
    }
}

/// NumPy's `diagflat`: the flattened input placed as `np.diag` places a 1-D one.
fn diagflat(_: &mut Interp, args: &Args) -> Result<Value> {
    let v = shape::ravel(&arg_array(args, "v")?)?;
    let k = k_arg(args)?;
    Ok(Value::Array(build::diag_matrix(&v, k)?))
}

/// `np.tril`/`np.triu`: NumPy's `where(tri(*m.shape[-2:], k), m, 0)`.
fn tri_part(args: &Args, lower: bool) -> Result<Value> {
    let m = arg_array(args, "m")?;
    let k = num_arg(args, "k")?;
    let tail = &m.shape()[m.ndim().saturating_sub(2)..];
    let (n, cols) = match tail {
        [] => {
            return Err(Error::type_error(
                "tri() missing 1 required positional argument: 'N'",
            ));
        }
        [n] => (*n, *n),
        [n, c] => (*n, *c),
        _ => unreachable!("at most two trailing axes"),
    };
    let zero = Operand::Array(Array::zeros(m.dtype(), vec![1])?);
    let r = if lower {
        let mask = tri_mask(Num::Int(n as i128), Num::Int(cols as i128), k, DType::Bool)?;
        select::where3(&mask, &Operand::Array(m), &zero)?
    } else {
        let k = num_sub(k, Num::Int(1));
        let mask = tri_mask(Num::Int(n as i128), Num::Int(cols as i128), k, DType::Bool)?;
        select::where3(&mask, &zero, &Operand::Array(m))?
    };
    Ok(Value::Array(r))
}

/// A real start/stop/base as NumPy reads it here; array inputs are refused.
fn real_arg(args: &Args, name: &str, what: &str) -> Result<f64> {
    let v = args.get(name);
    match to_python_float_any(&v) {
        Some(x) => Ok(x),
        None if matches!(v, Value::Complex(_))
            || matches!(v, Value::Scalar(s) if s.dtype().kind() == Kind::Complex) =>
        {
            Err(Error::type_error(format!(
                "npcalc's {what} takes real numbers, not complex ones"
            ))
            .at(args.span(name)))
        }
        None => Err(Error::type_error(format!(
            "npcalc's {what} takes one number for {name}, not arrays"
        ))
        .at(args.span(name))),
    }
}

fn samples_arg(args: &Args) -> Result<usize> {
    let num = to_index(&args.get("num")).map_err(|e| e.at(args.span("num")))?;
    if num < 0 {
        return Err(
            Error::value_error(format!("Number of samples, {num}, must be non-negative."))
                .at(args.span("num")),
        );
    }
    Ok(num as usize)
}

fn axis_zero(args: &Args) -> Result<()> {
    let axis = to_index(&args.get("axis")).map_err(|e| e.at(args.span("axis")))?;
    if axis != 0 && axis != -1 {
        // NumPy's `moveaxis(y, 0, axis)` names the argument it checks.
        return Err(Error::new(
            crate::error::Exc::AxisError,
            format!("destination: axis {axis} is out of bounds for array of dimension 1"),
        ));
    }
    Ok(())
}

/// `power(base, linspace(start, stop, num, endpoint, axis=axis))`, as in
/// NumPy's function_base.py: the samples keep the inexact result type of
/// start and stop (float32 stays float32), and a Python base is weak.
fn logspace_values(
    start: &Operand,
    stop: &Operand,
    num: usize,
    endpoint: bool,
    base: &Operand,
    axis: i64,
) -> Result<Array> {
    let (y, _, _) = construct::linspace(start, stop, num, endpoint, None, axis)?;
    ufunc::binary(Ufunc::Power, base, &Operand::Array(y))
}

fn logspace(_: &mut Interp, args: &Args) -> Result<Value> {
    super::numpy::inexact_promotion(&[&args.get("start"), &args.get("stop")])?;
    let arg = |name| operand(&args.get(name)).map_err(|e| e.at(args.span(name)));
    let (start, stop, base) = (arg("start")?, arg("stop")?, arg("base")?);
    let num = samples_arg(args)?;
    let axis = to_index(&args.get("axis")).map_err(|e| e.at(args.span("axis")))?;
    if matches!(&base, Operand::Array(b) if b.ndim() != 0) {
        return Err(
            Error::type_error("npcalc's logspace takes one number for base, not arrays")
                .at(args.span("base")),
        );
    }
    let endpoint = super::numpy::arg_bool(args, "endpoint")?;
    let r = logspace_values(&start, &stop, num, endpoint, &base, axis)?;
    Ok(Value::Array(match arg_dtype(args, "dtype")? {
        Some(d) if d != r.dtype() => cast_array(&r, d)?,
        _ => r,
    }))
}

fn geomspace(_: &mut Interp, args: &Args) -> Result<Value> {
    let start = real_arg(args, "start", "geomspace")?;
    let stop = real_arg(args, "stop", "geomspace")?;
    if start == 0.0 || stop == 0.0 {
        return Err(Error::value_error("Geometric sequence cannot include zero"));
    }
    let dtype = arg_dtype(args, "dtype")?;
    if dtype.is_some_and(|d| d.kind() == Kind::Complex) {
        return Err(
            Error::type_error("npcalc's geomspace does not support complex dtypes")
                .at(args.span("dtype")),
        );
    }
    let num = samples_arg(args)?;
    axis_zero(args)?;
    let endpoint = super::numpy::arg_bool(args, "endpoint")?;
    // Rotate start to the positive axis, work in logs, undo the rotation.
    let out_sign = if start.is_nan() {
        f64::NAN
    } else {
        start.signum()
    };
    let start = start / out_sign;
    let stop = stop / out_sign;
    let log10 = |x: f64| {
        if x < 0.0 || x.is_nan() && !stop.is_nan() {
            signals::warn("RuntimeWarning", "invalid value encountered in log10");
        }
        x.log10()
    };
    let (log_start, log_stop) = (log10(start), log10(stop));
    let (log_start, log_stop) = (Operand::PyFloat(log_start), Operand::PyFloat(log_stop));
    let r = logspace_values(
        &log_start,
        &log_stop,
        num,
        endpoint,
        &Operand::PyFloat(10.0),
        0,
    )?;
    let mut v: Vec<f64> = r.to_vec();
    if num > 0 {
        v[0] = start;
        if num > 1 && endpoint {
            v[num - 1] = stop;
        }
    }
    v.iter_mut().for_each(|x| *x *= out_sign);
    let r = Array::from_vec(v, vec![num]);
    Ok(Value::Array(match dtype {
        Some(d) => cast_array(&r, d)?,
        None => r,
    }))
}

fn meshgrid(_: &mut Interp, args: &Args) -> Result<Value> {
    let indexing = args.get("indexing");
    let ij = match &indexing {
        Value::Str(s) if &**s == "ij" => true,
        Value::Str(s) if &**s == "xy" => false,
        _ => {
            return Err(Error::value_error(
                "Valid values for `indexing` are 'xy' and 'ij'.",
            ));
        }
    };
    let xi = match args.get("xi") {
        Value::Tuple(t) => t.to_vec(),
        _ => unreachable!("*xi binds a tuple"),
    };
    let ndim = xi.len();
    let mut output = Vec::with_capacity(ndim);
    for (i, x) in xi.iter().enumerate() {
        let a = to_array(x, None)?;
        let mut dims = vec![1isize; ndim];
        dims[i] = -1;
        output.push(shape::reshape(&a, &dims)?);
    }
    if !ij && ndim > 1 {
        for (i, dims) in [(0usize, [1isize, -1]), (1, [-1, 1])] {
            let mut d = vec![1isize; ndim];
            d[..2].copy_from_slice(&dims);
            output[i] = shape::reshape(&output[i], &d)?;
        }
    }
    if !super::numpy::arg_bool(args, "sparse")? {
        let shapes: Vec<&[usize]> = output.iter().map(|a| a.shape()).collect();
        let full = shape::broadcast_shapes(&shapes)?;
        output = output
            .iter()
            .map(|a| shape::broadcast_to(a, &full).expect("broadcastable"))
            .collect();
    }
    let sparse = super::numpy::arg_bool(args, "sparse")?;
    if super::numpy::arg_bool(args, "copy")? {
        output = output.iter().map(shape::copy).collect::<Result<_>>()?;
    } else if sparse {
        // NumPy returns its list of reshaped views as it is.
        return Ok(Value::list(output.into_iter().map(Value::Array).collect()));
    }
    Ok(Value::tuple(output.into_iter().map(Value::Array).collect()))
}

fn fromfunction(it: &mut Interp, args: &Args) -> Result<Value> {
    reject_like(args)?;
    let dtype = float_default_dtype(args)?;
    let shape_v = args.get("shape");
    let items = it.iterate(&shape_v)?;
    let shape = arg_shape(&Value::tuple(items)).map_err(|e| e.at(args.span("shape")))?;
    let grids = build::indices(&shape, dtype)?;
    let span = args.call_span;
    let mut call = CallArgs {
        positional: grids.into_iter().map(|g| (Value::Array(g), span)).collect(),
        keywords: Vec::new(),
    };
    if let Value::Dict(d) = args.get("kwargs") {
        for (k, v) in d.borrow().entries() {
            if let Value::Str(name) = k {
                call.keywords.push((name.to_string(), v.clone(), span));
            }
        }
    }
    it.call(&args.get("function"), call, span)
}

/// `hsplit`/`vsplit`/`dsplit`: `array_split` along `axis` of an array of at
/// least `min` dimensions; hsplit's axis 1 is axis 0 of a 1-D array.
fn split_nd(args: &Args, name: &str, min: usize, axis: usize) -> Result<Value> {
    let a = arg_array(args, "ary")?;
    if a.ndim() < min {
        return Err(Error::value_error(format!(
            "{name} only works on arrays of {min} or more dimensions"
        )));
    }
    let axis = axis.min(a.ndim() - 1);
    super::shaping::split_along(&a, axis as i64, &args.get("indices_or_sections"), true)
}

/// NumPy's `broadcast_shapes`: each shape read as `np.empty` reads it, then
/// the multi-iterator's common shape and message.
fn broadcast_shapes(_: &mut Interp, args: &Args) -> Result<Value> {
    let Value::Tuple(items) = args.get("args") else {
        unreachable!("*args binds a tuple")
    };
    let shapes = items.iter().map(arg_shape).collect::<Result<Vec<_>>>()?;
    let refs: Vec<&[usize]> = shapes.iter().map(Vec::as_slice).collect();
    let out = crate::array::gather::broadcast_args(&refs)?;
    Ok(Value::tuple(out.into_iter().map(Value::int).collect()))
}

fn broadcast_to(_: &mut Interp, args: &Args) -> Result<Value> {
    let a = arg_array(args, "array")?;
    let shape_v = args.get("shape");
    let raw: Vec<i64> = match &shape_v {
        Value::Tuple(t) => t.iter().map(to_index).collect::<Result<_>>()?,
        Value::List(l) => l.borrow().iter().map(to_index).collect::<Result<_>>()?,
        other => vec![to_index(other)?],
    };
    if raw.iter().any(|&d| d < 0) {
        return Err(Error::value_error(
            "all elements of broadcast shape must be non-negative",
        ));
    }
    let want: Vec<usize> = raw.iter().map(|&d| d as usize).collect();
    if want.is_empty() && a.ndim() > 0 {
        return Err(Error::value_error(
            "cannot broadcast a non-scalar to a scalar array",
        ));
    }
    if a.ndim() > want.len() {
        return Err(Error::value_error(
            "input operand has more dimensions than allowed by the axis remapping",
        ));
    }
    match shape::broadcast_to(&a, &want) {
        Some(v) => Ok(Value::Array(v.into_readonly())),
        None => Err(Error::value_error(format!(
            "operands could not be broadcast together with remapped shapes [original->remapped]: {}  and requested shape {}",
            crate::array::compact_shape_repr(a.shape()),
            crate::array::compact_shape_repr(&want)
        ))),
    }
}

/// NumPy's `broadcast_arrays` (numpy/lib/_stride_tricks_impl.py): the
/// views `_broadcast_to(readonly=False)` makes stay writeable but warn on
/// their first write, unless the array was read-only already.
fn broadcast_arrays(_: &mut Interp, args: &Args) -> Result<Value> {
    let Value::Tuple(items) = args.get("args") else {
        unreachable!("*args binds a tuple")
    };
    let arrays = items
        .iter()
        .map(|v| to_array(v, None))
        .collect::<Result<Vec<_>>>()?;
    let shapes: Vec<&[usize]> = arrays.iter().map(Array::shape).collect();
    let want = crate::array::gather::broadcast_args(&shapes)?;
    let out = arrays.iter().map(|a| {
        if a.shape() == want.as_slice() {
            return Value::Array(a.clone());
        }
        let v = shape::broadcast_to(a, &want).expect("a common shape broadcasts");
        Value::Array(if a.is_readonly() {
            v
        } else {
            v.into_warn_on_write()
        })
    });
    Ok(Value::tuple(out.collect()))
}

/// `np.fromiter(iter, dtype, count=-1)`.
fn fromiter(it: &mut Interp, args: &Args) -> Result<Value> {
    let dtype = arg_dtype(args, "dtype")?;
    let count = to_index(&args.get("count"))?;
    // Read lazily: `count` items of an endless iterator are enough.
    let mut source = super::iter::PyIter::new(&args.get("iter"))?;
    let mut items = Vec::new();
    while count < 0 || items.len() < count as usize {
        crate::array::signals::check_interrupt()?;
        match source.next_item(it)? {
            Some(v) => items.push(v),
            None if count >= 0 => {
                return Err(Error::value_error(format!(
                    "iterator too short: Expected {count} but iterator had only {} items.",
                    items.len()
                )));
            }
            None => break,
        }
    }
    let a = to_array(&Value::list(items), dtype)?;
    if a.ndim() != 1 {
        return Err(Error::value_error(
            "setting an array element with a sequence.",
        ));
    }
    Ok(Value::Array(a))
}
