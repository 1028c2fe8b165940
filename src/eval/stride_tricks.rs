//! `numpy.lib.stride_tricks.sliding_window_view`: the moving windows that
//! moving-average lessons set beside their cumsum version, as a read-only
//! view (no copy), as numpy/lib/_stride_tricks_impl.py builds it.

use super::Interp;
use super::table::{Args, FnDef, Owner, p};
use super::value::Value;
use super::{to_array, to_index};
use crate::error::{Error, Result};

fn sliding_window_view(it: &mut Interp, args: &Args) -> Result<Value> {
    let shape_arg = args.get("window_shape");
    let window: Vec<i64> = match &shape_arg {
        Value::List(_) | Value::Tuple(_) | Value::Array(_) => it
            .iterate(&shape_arg)?
            .iter()
            .map(to_index)
            .collect::<Result<_>>()?,
        v => vec![to_index(v)?],
    };
    let x = to_array(&args.get("x"), None)?;
    if window.iter().any(|&w| w < 0) {
        return Err(Error::value_error(
            "`window_shape` cannot contain negative values",
        ));
    }
    let nd = x.ndim();
    let axes: Vec<usize> = match args.get("axis") {
        Value::None => {
            if window.len() != nd {
                return Err(Error::value_error(format!(
                    "Since axis is `None`, must provide window_shape for all dimensions of `x`; got {} window_shape elements and `x.ndim` is {nd}.",
                    window.len()
                )));
            }
            (0..nd).collect()
        }
        a => {
            let list = match &a {
                Value::List(_) | Value::Tuple(_) => it.iterate(&a)?,
                v => vec![v.clone()],
            };
            let axes = list
                .iter()
                .map(|v| crate::array::layout::normalize_axis(to_index(v)?, nd))
                .collect::<Result<Vec<usize>>>()?;
            if window.len() != axes.len() {
                return Err(Error::value_error(format!(
                    "Must provide matching length window_shape and axis; got {} window_shape elements and {} axes elements.",
                    window.len(),
                    axes.len()
                )));
            }
            axes
        }
    };
    let mut shape = x.shape().to_vec();
    for (&ax, &w) in axes.iter().zip(&window) {
        if (shape[ax] as i64) < w {
            return Err(Error::value_error(
                "window shape cannot be larger than input array shape",
            ));
        }
        shape[ax] -= w as usize - 1;
    }
    let mut strides = x.strides().to_vec();
    strides.extend(axes.iter().map(|&ax| x.strides()[ax]));
    shape.extend(window.iter().map(|&w| w as usize));
    let view = x.view(x.offset(), shape, strides);
    let writeable = super::pyops::truthy(&args.get("writeable"))?;
    Ok(Value::Array(if writeable {
        view
    } else {
        view.into_readonly()
    }))
}

pub static STRIDE_TRICKS: &[FnDef] = &[FnDef {
    name: "sliding_window_view",
    owner: Owner::Numpy,
    error_name: None,
    params: &[
        p!(Normal "x", "Input array."),
        p!(Normal "window_shape", "Window length (or one per windowed axis)."),
        p!(Normal "axis" = "None", "The axis (or axes) the windows slide along; all when None."),
        p!(KeywordOnly "subok" = "False", "Ignored (npcalc has no array subclasses)."),
        p!(KeywordOnly "writeable" = "False", "Whether the windows may be written (they share memory)."),
    ],
    doc: "Every window of the array as a read-only view: row i of the result is x[i:i+window].",
    examples: &[
        "np.lib.stride_tricks.sliding_window_view(np.arange(6), 3)",
        "np.lib.stride_tricks.sliding_window_view(np.arange(6), 3).mean(axis=-1)",
    ],
    imp: sliding_window_view,
}];
