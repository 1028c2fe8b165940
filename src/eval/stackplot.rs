//! `plt.stackplot(x, *ys)` as matplotlib's `stackplot.py` draws it with the
//! default `baseline='zero'`: the rows' running totals (`np.cumsum` down
//! axis 0, at least float32), one `fill_between` per band, the first from 0
//! with its sticky edge at y = 0, so the autoscaled view starts there.

use super::artist_props::Kind;
use super::pycalc::Calc;
use super::pyplot::{self, Artist, add_artist, check_props, target, unsupported, widen_data_lim};
use super::table::Args;
use super::{Interp, Value};
use crate::array::{DType, Kind as DKind};
use crate::error::{Error, Result};

pub(super) fn stackplot(it: &mut Interp, args: &Args) -> Result<Value> {
    let ax = target(it, args)?;
    if !matches!(args.get("baseline"), Value::Str(b) if &*b == "zero") {
        return Err(unsupported(
            "plt.stackplot with a baseline other than 'zero'",
        ));
    }
    check_props(
        args,
        Kind::FillBetweenPolyCollection,
        &["labels", "colors", "baseline", "data"],
    )?;
    let Value::Tuple(ys) = args.get("args") else {
        unreachable!("*args is a tuple")
    };
    let mut c = Calc {
        it,
        span: args.call_span,
    };
    let y = c.call("vstack", vec![Value::tuple(ys.to_vec())])?;
    let Value::Array(ya) = &y else {
        unreachable!("vstack makes an array")
    };
    // `np.promote_types(y.dtype, np.float32)`.
    let dtype = match ya.dtype() {
        DType::Float16 | DType::Float32 => "float32",
        d if d.kind() == DKind::Complex => {
            return Err(unsupported("plt.stackplot of complex data"));
        }
        _ => "float64",
    };
    let stack = c.call_kw(
        "cumsum",
        vec![y.clone()],
        vec![("axis", Value::int(0)), ("dtype", Value::str(dtype))],
    )?;
    let x = pyplot::data(&args.get("x"))?;
    let Value::Array(stack) = stack else {
        unreachable!("cumsum makes an array")
    };
    let stack = crate::array::cast::cast_array(&stack, DType::Float64)?;
    let (rows, n) = (stack.shape()[0], stack.shape()[1]);
    // `FillBetweenPolyCollection._validate_shapes` of the first band.
    if x.ndim() > 1 {
        return Err(Error::value_error("'x' is not 1-dimensional"));
    }
    let t = x.size();
    if t > 1 && n > 1 && t != n {
        return Err(Error::value_error(format!(
            "'x' has size {t}, but 'y2' has an unequal size of {n}"
        )));
    }
    if t != n {
        return Err(unsupported("plt.stackplot of data broadcast against x"));
    }
    let xs = crate::array::cast::cast_array(&x, DType::Float64)?.to_vec::<f64>();
    let totals = stack.to_vec::<f64>();
    let labels: Vec<Value> = c.it.iterate(&args.get("labels"))?;
    let mut bands = Vec::with_capacity(rows);
    for i in 0..rows {
        add_artist(&ax, labels.get(i).cloned());
        // The band's polygon runs along both its edges.
        let lower: Vec<f64> = match i {
            0 => vec![0.0; n],
            _ => totals[(i - 1) * n..i * n].to_vec(),
        };
        let upper = &totals[i * n..(i + 1) * n];
        let edges = lower.iter().chain(upper).copied();
        widen_data_lim(&ax, xs.iter().chain(&xs).copied().zip(edges));
        bands.push(pyplot::plot(Artist::Collection(
            "matplotlib.collections.FillBetweenPolyCollection",
        )));
    }
    pyplot::add_sticky(&ax, true, 0.0);
    Ok(Value::list(bands))
}
