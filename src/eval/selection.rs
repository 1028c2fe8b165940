//! `np.where`, `np.nonzero`, `flatnonzero`, `argwhere`, `count_nonzero`,
//! `extract`, `nan_to_num`, `amin`/`amax`, `ptp`, `any`/`all` and their
//! methods: the table entries and their bindings (kernels in
//! `array/select.rs`).

use super::numpy::{arg_array, keepdims, reject_unsupported, this_array, unwrap0};
use super::table::{Args, FnDef, Owner, p};
use super::value::Value;
use super::{Interp, to_array, to_index};
use crate::array::promote::Operand;
use crate::array::reduce::{self, Reduction};
use crate::array::{
    Array, DType, Kind, Ufunc, cast_array, copy_into, layout, select, shape, ufunc,
};
use crate::error::{Error, Result};

pub static SELECTION: &[FnDef] = &[
    FnDef {
        name: "where",
        owner: Owner::NumpyC,
        error_name: None,
        params: &[
            p!(PositionalOnly "condition", "Where true, take x, else y."),
            p!(PositionalOnly "x" = "<missing>", "Values where the condition holds."),
            p!(PositionalOnly "y" = "<missing>", "Values elsewhere."),
        ],
        doc: "Elements from x where condition is true and from y elsewhere; with the condition alone, np.nonzero(condition).",
        examples: &[
            "np.where([True, False, True], [1, 2, 3], 0)",
            "np.where(np.array([0, 3, 0, 4]) > 0)",
        ],
        imp: where_,
    },
    FnDef {
        name: "nonzero",
        owner: Owner::Numpy,
        error_name: None,
        params: &[p!(Normal "a", "Input array.")],
        doc: "The indices of the non-zero elements, one array per axis.",
        examples: &["np.nonzero([0, 2, 0, 5])"],
        imp: nonzero,
    },
    FnDef {
        name: "flatnonzero",
        owner: Owner::Numpy,
        error_name: None,
        params: &[p!(Normal "a", "Input array.")],
        doc: "Indices of the non-zero elements of the flattened array.",
        examples: &["np.flatnonzero([[0, 1], [2, 0]])"],
        imp: flatnonzero,
    },
    FnDef {
        name: "argwhere",
        owner: Owner::Numpy,
        error_name: None,
        params: &[p!(Normal "a", "Input array.")],
        doc: "The indices of the non-zero elements, one row per element (shape (N, a.ndim)).",
        examples: &["np.argwhere(np.arange(6).reshape(2, 3) > 2)"],
        imp: argwhere,
    },
    FnDef {
        name: "count_nonzero",
        owner: Owner::Numpy,
        error_name: None,
        params: &[
            p!(Normal "a", "Input array."),
            p!(Normal "axis" = "None", "Axis or axes to count along; None counts all."),
            p!(KeywordOnly "keepdims" = "False", "Keep counted axes with length one."),
        ],
        doc: "The number of non-zero (true) elements, over all axes or along some.",
        examples: &[
            "np.count_nonzero([[0, 1], [2, 3]])",
            "np.count_nonzero([[0, 1], [2, 3]], axis=0)",
        ],
        imp: count_nonzero,
    },
    FnDef {
        name: "extract",
        owner: Owner::Numpy,
        error_name: None,
        params: &[
            p!(Normal "condition", "Where true (flattened), take the element."),
            p!(Normal "arr", "Input array (flattened)."),
        ],
        doc: "The elements of arr where condition is true, both flattened: np.take(np.ravel(arr), np.nonzero(np.ravel(condition))[0]).",
        examples: &["np.extract(np.arange(6) % 2 == 0, np.arange(6) * 10)"],
        imp: extract,
    },
    FnDef {
        name: "nan_to_num",
        owner: Owner::Numpy,
        error_name: None,
        params: &[
            p!(Normal "x", "Input data."),
            p!(Normal "copy" = "True", "False: replace in place (when x is already a float array)."),
            p!(Normal "nan" = "0.0", "Value for NaN."),
            p!(Normal "posinf" = "None", "Value for +inf (default: the dtype's largest)."),
            p!(Normal "neginf" = "None", "Value for -inf (default: the dtype's most negative)."),
        ],
        doc: "Replace NaN by zero and infinities by the largest finite numbers (or the given values).",
        examples: &[
            "np.nan_to_num([1, np.nan, np.inf, -np.inf])",
            "np.nan_to_num([np.nan, np.inf], nan=-1, posinf=99)",
        ],
        imp: nan_to_num,
    },
    FnDef {
        name: "amin",
        owner: Owner::Numpy,
        error_name: None,
        params: &super::catalog::NP_MINMAX_PARAMS,
        doc: "Smallest element, over all axes or along one (another name of np.min).",
        examples: &["np.amin([[3, 1], [2, 4]], axis=0)"],
        imp: super::numpy::min,
    },
    FnDef {
        name: "amax",
        owner: Owner::Numpy,
        error_name: None,
        params: &super::catalog::NP_MINMAX_PARAMS,
        doc: "Largest element, over all axes or along one (another name of np.max).",
        examples: &["np.amax([[3, 1], [2, 4]], axis=1)"],
        imp: super::numpy::max,
    },
    FnDef {
        name: "ptp",
        owner: Owner::Numpy,
        error_name: None,
        params: &[
            p!(Normal "a", "Input."),
            p!(Normal "axis" = "None", "Axis to reduce; None reduces all."),
            p!(Normal "out" = "None", "Not supported by npcalc."),
            p!(Normal "keepdims" = "<no value>", "Keep reduced axes with length one."),
        ],
        doc: "Peak to peak: max - min, in the input dtype (integers wrap around).",
        examples: &["np.ptp([[4, 9, 2], [1, 5, 7]], axis=1)"],
        imp: ptp,
    },
    FnDef {
        name: "any",
        owner: Owner::Numpy,
        error_name: None,
        params: &NP_TRUTH_PARAMS,
        doc: "Whether any element is true (non-zero), over all axes or along some.",
        examples: &["np.any([[0, 1], [0, 0]], axis=1)"],
        imp: |_, args| truth(args, arg_array(args, "a")?, Reduction::Sum),
    },
    FnDef {
        name: "all",
        owner: Owner::Numpy,
        error_name: None,
        params: &NP_TRUTH_PARAMS,
        doc: "Whether every element is true (non-zero), over all axes or along some.",
        examples: &["np.all(np.cumsum([1, 2, 3]) > 0)"],
        imp: |_, args| truth(args, arg_array(args, "a")?, Reduction::Prod),
    },
];

static NP_TRUTH_PARAMS: [super::table::Param; 5] = [
    p!(Normal "a", "Input array."),
    p!(Normal "axis" = "None", "Axis or axes to reduce; None reduces all."),
    p!(Normal "out" = "None", "Not supported by npcalc."),
    p!(Normal "keepdims" = "<no value>", "Keep reduced axes with length one."),
    p!(KeywordOnly "where" = "<no value>", "Which elements to include (a bool mask broadcast to the input)."),
];

static METHOD_TRUTH_PARAMS: [super::table::Param; 4] = [
    p!(Normal "axis" = "None", "Axis or axes to reduce; None reduces all."),
    p!(Normal "out" = "None", "Not supported by npcalc."),
    p!(Normal "keepdims" = "False", "Keep reduced axes with length one."),
    p!(KeywordOnly "where" = "True", "Which elements to include (a bool mask broadcast to the input)."),
];

pub static SELECTION_METHODS: &[FnDef] = &[
    FnDef {
        name: "nonzero",
        owner: Owner::Method,
        error_name: None,
        params: &[],
        doc: "The indices of the non-zero elements, one array per axis; see np.nonzero.",
        examples: &["np.array([0, 2, 0, 5]).nonzero()"],
        imp: m_nonzero,
    },
    FnDef {
        name: "any",
        owner: Owner::MethodPy,
        error_name: Some("_any"),
        params: &METHOD_TRUTH_PARAMS,
        doc: "Whether any element is true; see np.any.",
        examples: &["(np.arange(4) > 2).any()"],
        imp: |_, args| truth(args, this_array(args)?, Reduction::Sum),
    },
    FnDef {
        name: "all",
        owner: Owner::MethodPy,
        error_name: Some("_all"),
        params: &METHOD_TRUTH_PARAMS,
        doc: "Whether every element is true; see np.all.",
        examples: &["(np.arange(4) >= 0).all()"],
        imp: |_, args| truth(args, this_array(args)?, Reduction::Prod),
    },
];

fn where_(_: &mut Interp, args: &Args) -> Result<Value> {
    let cond = to_array(&args.get("condition"), None)?;
    match (args.given("x"), args.given("y")) {
        (false, false) => nonzero_of(&cond),
        (true, true) => {
            let (x, y) = (args.get("x"), args.get("y"));
            if super::strarray::holds_text(&x) || super::strarray::holds_text(&y) {
                return super::strarray::where3(&cond, &x, &y);
            }
            let x = super::numpy::operand(&args.get("x"))?;
            let y = super::numpy::operand(&args.get("y"))?;
            Ok(Value::Array(select::where3(&cond, &x, &y)?))
        }
        _ => Err(Error::value_error(
            "either both or neither of x and y should be given",
        )),
    }
}

fn nonzero(_: &mut Interp, args: &Args) -> Result<Value> {
    nonzero_of(&to_array(&args.get("a"), None)?)
}

/// `np.nonzero`, `np.where(condition)` and `a.nonzero()`: NumPy 2.4 refuses 0-d input.
fn nonzero_of(a: &Array) -> Result<Value> {
    if a.ndim() == 0 {
        // A 0-d bool array is most likely a condition: NumPy adds a hint.
        return Err(Error::value_error(if a.dtype() == DType::Bool {
            format!(
                "{ZERO_D_NONZERO} If the context of this error is of the form `arr[nonzero(cond)]`, just use `arr[cond]`."
            )
        } else {
            ZERO_D_NONZERO.to_string()
        }));
    }
    nonzero_tuple(a)
}

const ZERO_D_NONZERO: &str =
    "Calling nonzero on 0d arrays is not allowed. Use np.atleast_1d(scalar).nonzero() instead.";

fn m_nonzero(_: &mut Interp, args: &Args) -> Result<Value> {
    nonzero_of(&this_array(args)?)
}

fn nonzero_tuple(a: &Array) -> Result<Value> {
    Ok(Value::tuple(
        select::nonzero(a)?.into_iter().map(Value::Array).collect(),
    ))
}

fn flat(a: &Array) -> Result<Array> {
    shape::ravel(a)
}

fn flatnonzero(_: &mut Interp, args: &Args) -> Result<Value> {
    let a = flat(&arg_array(args, "a")?)?;
    Ok(Value::Array(select::nonzero(&a)?.remove(0)))
}

fn argwhere(_: &mut Interp, args: &Args) -> Result<Value> {
    let a = arg_array(args, "a")?;
    let per_axis = select::nonzero(&a)?;
    let n = per_axis[0].size();
    if a.ndim() == 0 {
        return Ok(Value::Array(Array::zeros(DType::Int64, vec![n, 0])?));
    }
    let cols: Vec<Vec<i64>> = per_axis.iter().map(|c| c.to_vec()).collect();
    let nd = a.ndim();
    let v: Vec<i64> = (0..n * nd).map(|f| cols[f % nd][f / nd]).collect();
    Ok(Value::Array(Array::from_vec(v, vec![n, nd])))
}

/// An axis argument that may be a tuple of axes, normalised; None for all.
pub(super) fn axes_arg(args: &Args, ndim: usize) -> Result<Option<Vec<usize>>> {
    let err = |e: Error| e.at(args.span("axis"));
    let raw: Vec<i64> = match args.get("axis") {
        Value::None => return Ok(None),
        Value::Tuple(t) => t.iter().map(to_index).collect::<Result<_>>().map_err(err)?,
        Value::Bool(_) => {
            return Err(err(Error::type_error("an integer is required")));
        }
        v => vec![to_index(&v).map_err(err)?],
    };
    let mut out = Vec::with_capacity(raw.len());
    for ax in raw {
        let ax = layout::normalize_axis(ax, ndim).map_err(err)?;
        if out.contains(&ax) {
            return Err(err(Error::value_error("duplicate value in 'axis'")));
        }
        out.push(ax);
    }
    Ok(Some(out))
}

/// A reduction over several axes at once (None: all) into `dtype`; no
/// axes at all is the elements themselves, cast.
fn reduce_axes(
    a: &Array,
    kind: Reduction,
    axes: Option<Vec<usize>>,
    dtype: DType,
    keep: bool,
) -> Result<Array> {
    if axes.as_ref().is_some_and(|axes| axes.is_empty()) {
        return cast_array(&shape::copy(a)?, dtype);
    }
    reduce::reduce_over(a, kind, axes.as_deref(), Some(dtype), keep, None)
}

fn count_nonzero(_: &mut Interp, args: &Args) -> Result<Value> {
    let a = arg_array(args, "a")?;
    let axes = axes_arg(args, a.ndim())?;
    let keep = super::numpy::arg_bool(args, "keepdims")?;
    let truth = cast_array(&a, DType::Bool)?;
    Ok(unwrap0(reduce_axes(
        &truth,
        Reduction::Sum,
        axes,
        DType::Int64,
        keep,
    )?))
}

fn truth(args: &Args, a: Array, kind: Reduction) -> Result<Value> {
    reject_unsupported(args, &["out"])?;
    let axes = axes_arg(args, a.ndim())?;
    let mut truth = cast_array(&a, DType::Bool)?;
    let w = args.get("where");
    if args.given("where") && !matches!(w, Value::Bool(true)) {
        // logical_and/logical_or.reduce with a mask: the unselected
        // elements count as the identity (True for all, False for any).
        let mask =
            super::ufunc_methods::reduce_mask(&truth, &w).map_err(|e| e.at(args.span("where")))?;
        let op = if kind == Reduction::Prod {
            Ufunc::LogicalAnd
        } else {
            Ufunc::LogicalOr
        };
        truth = super::ufunc_methods::masked_out(op, &truth, &mask, None, DType::Bool)?
            .expect("logical_and and logical_or have identities");
    }
    Ok(unwrap0(reduce_axes(
        &truth,
        kind,
        axes,
        DType::Bool,
        keepdims(args)?,
    )?))
}

fn ptp(_: &mut Interp, args: &Args) -> Result<Value> {
    reject_unsupported(args, &["out"])?;
    let a = arg_array(args, "a")?;
    let axes = axes_arg(args, a.ndim())?;
    let keep = keepdims(args)?;
    let hi = reduce::reduce_over(&a, Reduction::Max, axes.as_deref(), None, keep, None)?;
    let lo = reduce::reduce_over(&a, Reduction::Min, axes.as_deref(), None, keep, None)?;
    Ok(unwrap0(ufunc::binary(
        Ufunc::Subtract,
        &Operand::Array(hi),
        &Operand::Array(lo),
    )?))
}

fn extract(_: &mut Interp, args: &Args) -> Result<Value> {
    let cond = flat(&arg_array(args, "condition")?)?;
    let arr = flat(&arg_array(args, "arr")?)?;
    let picks: Vec<i64> = select::nonzero(&cond)?.remove(0).to_vec();
    let n = arr.size();
    if let Some(&bad) = picks.iter().find(|&&i| i as usize >= n) {
        return Err(Error::index_error(format!(
            "index {bad} is out of bounds for axis 0 with size {n}"
        )));
    }
    Ok(Value::Array(select::take_flat(&arr, &picks)))
}

fn replacement(args: &Args, name: &str) -> Result<Option<f64>> {
    match args.get(name) {
        Value::None => Ok(None),
        v => super::numpy::to_python_float_any(&v)
            .map(Some)
            .ok_or_else(|| {
                Error::type_error(format!(
                    "npcalc's nan_to_num takes a real number for {name}="
                ))
                .at(args.span(name))
            }),
    }
}

fn nan_to_num(_: &mut Interp, args: &Args) -> Result<Value> {
    let x = args.get("x");
    let copy = super::numpy::arg_bool(args, "copy")?;
    let a = to_array(&x, None).map_err(|e| e.at(args.span("x")))?;
    let inexact = matches!(a.dtype().kind(), Kind::Float | Kind::Complex);
    let in_place = !copy && matches!(x, Value::Array(_));
    if !inexact {
        let r = if in_place { a } else { shape::copy(&a)? };
        return Ok(unwrap0(r));
    }
    let fixes = select::NanFixes {
        nan: replacement(args, "nan")?.unwrap_or(0.0),
        posinf: replacement(args, "posinf")?,
        neginf: replacement(args, "neginf")?,
    };
    let fixed = select::nan_to_num(&a, fixes)?;
    if in_place {
        copy_into(&a, &fixed)?;
        return Ok(unwrap0(a));
    }
    Ok(unwrap0(fixed))
}
