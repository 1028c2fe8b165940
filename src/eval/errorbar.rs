//! `Axes.errorbar`: the data line (unless `fmt='none'`), one
//! LineCollection of bars per error given (x first, as matplotlib loops),
//! and cap lines when `capsize` is positive, all labelled `_nolegend_`
//! and added to the axes with their extent, in an `ErrorbarContainer`.

use super::artist_props::Kind;
use super::line2d::Line;
use super::objarray::{self, ObjArray};
use super::pyplot::{self as plt, Artist};
use super::table::Args;
use super::{Interp, Value};
use crate::array::{Array, DType, shape_repr};
use crate::error::{Error, Result};
use crate::syntax::ast::BinOp;
use std::cell::RefCell;
use std::rc::Rc;

/// What the bars and caps are labelled (their style copies the data line's).
const NOLEGEND: &str = "_nolegend_";

pub fn errorbar(it: &mut Interp, args: &Args) -> Result<Value> {
    let ax = plt::target(it, args)?;
    plt::check_aliases(args, Kind::Line2D, false)?;
    for name in ["lolims", "uplims", "xlolims", "xuplims"] {
        if it.truthy(&args.get(name))? {
            return Err(plt::unsupported(&format!(
                "plt.errorbar's {name}= (limit markers)"
            )));
        }
    }
    if !matches!(args.get("errorevery"), Value::Int(i) if i == 1.into()) {
        return Err(plt::unsupported("plt.errorbar's errorevery="));
    }
    // `np.atleast_1d(x, y)` of object arrays, then the length check before
    // any line is made.
    let x = at_least_1d(as_array(&args.get("x"))?)?;
    let y = at_least_1d(as_array(&args.get("y"))?)?;
    let (xshape, yshape) = (shape(&x), shape(&y));
    if xshape[0] != yshape[0] {
        return Err(Error::value_error("'x' and 'y' must have the same size"));
    }
    if xshape.len() > 1 || yshape.len() > 1 {
        return Err(plt::unsupported("plt.errorbar of 2-D x or y"));
    }
    let fmt = match args.get("fmt") {
        Value::Str(s) => s.to_string(),
        v => {
            return Err(plt::unsupported(&format!(
                "plt.errorbar's fmt={}",
                super::repr::repr(&v, &Default::default())
            )));
        }
    };
    let (xf, yf) = (floats(&x)?, floats(&y)?);
    if !fmt.is_empty() {
        super::line2d::format(&fmt)?;
    }
    plt::check_props(args, Kind::Line2D, &["data"])?;
    // `_plot_args` makes the line (taking a colour of the cycle) even when
    // 'none' throws it away; 'none' names the colour 'none', taking none.
    let given = (!fmt.is_empty()).then_some(fmt.as_str());
    let mut made = plt::new_line(it, &ax, args, given, NOLEGEND.into(), true)?;
    let data_line = if fmt.to_lowercase() != "none" {
        plt::add_artist(&ax, Some(Value::str(NOLEGEND)));
        plt::widen_data_lim(&ax, xf.iter().copied().zip(yf.iter().copied()));
        made.x = Some(copied(&x)?);
        made.y = Some(copied(&y)?);
        let line = Rc::new(Artist::Line(RefCell::new(made)));
        plt::push_line(&ax, line.clone());
        Value::Plot(line)
    } else {
        Value::None
    };
    let capsize = match args.get("capsize") {
        Value::None => match plt::rc_get(it, "errorbar.capsize")? {
            Value::None => 0.0,
            v => plt::float(&v, "capsize")?,
        },
        v => plt::float(&v, "capsize")?,
    };
    let mut bars = Vec::new();
    // Each cap line: its x and y data.
    let mut caps: Vec<(Value, Value)> = Vec::new();
    for (axis, dep, indep, err) in [
        ("x", &x, (&y, &yf), args.get("xerr")),
        ("y", &y, (&x, &xf), args.get("yerr")),
    ] {
        if matches!(err, Value::None) {
            continue;
        }
        let (low, high) = ends(it, axis, dep, &err)?;
        let (lf, hf) = (floats(&low)?, floats(&high)?);
        let (indep, indep_f) = indep;
        // The bars' (vlines/hlines) extent: their finite points.
        let at = |v: &[f64], i: usize| {
            if axis == "x" {
                (v[i], indep_f[i])
            } else {
                (indep_f[i], v[i])
            }
        };
        let n = indep_f.len();
        plt::widen_data_lim(&ax, (0..n).flat_map(|i| [at(&lf, i), at(&hf, i)]));
        plt::add_artist(&ax, Some(Value::str(NOLEGEND)));
        bars.push(Value::Plot(Rc::new(Artist::Collection(
            "matplotlib.collections.LineCollection",
        ))));
        if capsize > 0.0 {
            for end in [low, high] {
                let indep = copied(indep)?;
                caps.push(if axis == "x" {
                    (end, indep)
                } else {
                    (indep, end)
                });
            }
        }
    }
    // The caps are added after all the bars, x's before y's; their points
    // are the bars' ends, already in the data limits.
    let mut cap_lines = Vec::new();
    for (cx, cy) in caps {
        plt::add_artist(&ax, Some(Value::str(NOLEGEND)));
        let line = Rc::new(Artist::Line(RefCell::new(Line {
            label: NOLEGEND.into(),
            x: Some(cx),
            y: Some(cy),
            color: None,
            width: None,
            style: Some("None".into()),
        })));
        plt::push_line(&ax, line.clone());
        cap_lines.push(Value::Plot(line));
    }
    plt::container_label(&ax, plt::kwarg(args, "label").unwrap_or(Value::None));
    Ok(Value::Plot(Rc::new(Artist::Errorbar(vec![
        data_line,
        Value::tuple(cap_lines),
        Value::tuple(bars),
    ]))))
}

/// errorbar's `np.asarray(v, dtype=object)` of what is not an ndarray.
fn as_array(v: &Value) -> Result<Value> {
    Ok(match v {
        Value::Array(_) | Value::ObjArray(_) => v.clone(),
        Value::StrArray(_) | Value::Masked(_) => {
            return Err(plt::unsupported("plt.errorbar of string or masked arrays"));
        }
        _ => Value::ObjArray(Box::new(objarray::from_value(v)?)),
    })
}

fn shape(v: &Value) -> Vec<usize> {
    match v {
        Value::Array(a) => a.shape().to_vec(),
        Value::ObjArray(o) => o.shape().to_vec(),
        _ => unreachable!("made by as_array"),
    }
}

fn at_least_1d(v: Value) -> Result<Value> {
    Ok(match v {
        Value::Array(a) if a.ndim() == 0 => {
            Value::Array(crate::array::shape::copy(&a)?.with_geometry(vec![1], vec![0]))
        }
        Value::ObjArray(o) if o.shape().is_empty() => {
            Value::ObjArray(Box::new(ObjArray::new(o.items(), vec![1])))
        }
        v => v,
    })
}

/// A copy, as `Line2D.set_data` and boolean masks make.
fn copied(v: &Value) -> Result<Value> {
    Ok(match v {
        Value::Array(a) => Value::Array(crate::array::shape::copy(a)?),
        Value::ObjArray(o) => {
            Value::ObjArray(Box::new(ObjArray::new(o.items(), o.shape().to_vec())))
        }
        v => v.clone(),
    })
}

/// Data as floats, as a line's path converts it; complex data refused.
fn floats(v: &Value) -> Result<Vec<f64>> {
    if let Value::Array(a) = v
        && a.dtype().kind() == crate::array::Kind::Complex
    {
        return Err(plt::unsupported("plt.errorbar of complex data"));
    }
    let flat = match v {
        // Each object converted as `np.array(list, float)` converts it.
        Value::ObjArray(o) => Value::list(o.items()),
        v => v.clone(),
    };
    Ok(super::convert::to_array(&flat, Some(DType::Float64))?.to_vec::<f64>())
}

/// The bars' ends, `dep + np.vstack([-1, 1]) * err` with `err` broadcast
/// to `(2, n)`, in the arrays' own arithmetic (Python's for object
/// arrays), after matplotlib's checks of its shape, Nones and signs.
fn ends(it: &mut Interp, axis: &str, dep: &Value, err: &Value) -> Result<(Value, Value)> {
    let err = as_array(err)?;
    let n = shape(dep)[0];
    let es = shape(&err);
    // `np.broadcast_to(err, (2, n))`.
    let fits = es.len() <= 2
        && es
            .iter()
            .rev()
            .zip([n, 2])
            .all(|(&have, want)| have == want || have == 1);
    if !fits {
        return Err(Error::value_error(format!(
            "'{axis}err' (shape: {}) must be a scalar or a 1D or (2, n) array-like whose shape matches '{axis}' (shape: {})",
            shape_repr(&es),
            shape_repr(&shape(dep))
        )));
    }
    if let Value::ObjArray(o) = &err
        && objarray::any_item(o, |v| matches!(v, Value::None))
    {
        return Err(Error::value_error(format!(
            "'{axis}err' must not contain None. Use NaN if you want to skip a value."
        )));
    }
    // NaN errors are skipped, not refused (`err[err == err]`).
    if floats(&err)?.iter().any(|&v| v < 0.0) {
        return Err(Error::value_error(format!(
            "'{axis}err' must not contain negative values"
        )));
    }
    let signs: Vec<i64> = (0..2 * n).map(|i| if i < n { -1 } else { 1 }).collect();
    let signs = Value::Array(Array::from_vec(signs, vec![2, n]));
    let scaled = it.binary(BinOp::Mul, &signs, &err)?;
    let both = it.binary(BinOp::Add, dep, &scaled)?;
    let low = it.getitem(&both, &Value::int(0))?;
    let high = it.getitem(&both, &Value::int(1))?;
    Ok((low, high))
}
