//! `numpy.lib.stride_tricks.sliding_window_view`: the moving windows that
//! moving-average lessons set beside their cumsum version, as a read-only
//! view (no copy), as numpy/lib/_stride_tricks_impl.py builds it; and
//! `as_strided`, the raw view older rolling-window answers build by hand.

use super::Interp;
use super::table::{Args, FnDef, Owner, p};
use super::value::Value;
use super::{to_array, to_index};
use crate::error::{Error, Exc, Result};

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

/// Reads a shape or strides argument as NumPy's `tuple(...)` does.
fn int_tuple(it: &mut Interp, v: &Value) -> Result<Vec<i64>> {
    it.iterate(v)?.iter().map(to_index).collect()
}

fn as_strided(it: &mut Interp, args: &Args) -> Result<Value> {
    let x = to_array(&args.get("x"), None)?;
    let shape: Vec<usize> = match args.get("shape") {
        Value::None => x.shape().to_vec(),
        v => {
            let dims = int_tuple(it, &v)?;
            if dims.iter().any(|&d| d < 0) {
                return Err(Error::value_error("negative dimensions are not allowed"));
            }
            dims.into_iter().map(|d| d as usize).collect()
        }
    };
    let itemsize = x.dtype().itemsize() as i64;
    let strides: Vec<isize> = match args.get("strides") {
        // A contiguous array's __array_interface__ carries no strides, so
        // NumPy lays the new shape out contiguously; any other keeps its own.
        Value::None if x.is_c_contiguous() => crate::array::c_strides(&shape),
        Value::None => x.strides().to_vec(),
        v => {
            let bytes = int_tuple(it, &v)?;
            if bytes.iter().any(|b| b % itemsize != 0) {
                return Err(Error::new(
                    Exc::NotImplementedError,
                    "npcalc does not support as_strided strides that are not whole multiples of the itemsize",
                ));
            }
            bytes.iter().map(|b| (b / itemsize) as isize).collect()
        }
    };
    if strides.len() != shape.len() {
        return Err(Error::value_error(
            "mismatch in length of strides and shape",
        ));
    }
    // NumPy reads whatever memory the strides reach; npcalc only lets a view
    // address its buffer's own elements.
    if !shape.contains(&0) {
        let (mut lo, mut hi) = (x.offset() as isize, x.offset() as isize);
        for (&n, &s) in shape.iter().zip(&strides) {
            let reach = (n as isize - 1) * s;
            if reach < 0 { lo += reach } else { hi += reach }
        }
        if lo < 0 || hi >= x.buffer().borrow().len() as isize {
            return Err(Error::new(
                Exc::NotImplementedError,
                "npcalc does not support as_strided views that reach outside the array's memory",
            ));
        }
    }
    let view = x.view(x.offset(), shape, strides);
    Ok(Value::Array(
        if super::pyops::truthy(&args.get("writeable"))? {
            view
        } else {
            view.into_readonly()
        },
    ))
}

pub static STRIDE_TRICKS: &[FnDef] = &[
    FnDef {
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
    },
    FnDef {
        name: "as_strided",
        owner: Owner::Numpy,
        error_name: None,
        params: &[
            p!(Normal "x", "Array to create a new view of."),
            p!(Normal "shape" = "None", "The shape of the new array; x.shape when None."),
            p!(Normal "strides" = "None", "The strides of the new array, in bytes; x.strides when None."),
            p!(Normal "subok" = "False", "Ignored (npcalc has no array subclasses)."),
            p!(Normal "writeable" = "True", "When False, the view is read-only."),
        ],
        doc: "A view of x's memory with the given shape and byte strides (no copy).",
        examples: &["np.lib.stride_tricks.as_strided(np.arange(6), shape=(4, 3), strides=(8, 8))"],
        imp: as_strided,
    },
];
