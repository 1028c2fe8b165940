//! Rearranging and multiplying whole arrays: `np.rot90`, `resize`,
//! `trim_zeros`, `lexsort`, `outer`, `inner`, `kron` and `vander`, ported
//! from their NumPy Python sources onto npcalc's views, ufuncs and sorts.

use super::numpy::{arg_array, arg_bool, arg_shape, unwrap0};
use super::table::{Args, FnDef, Owner, p};
use super::value::Value;
use super::{Interp, to_array, to_index};
use crate::array::promote::{Operand, promote_types};
use crate::array::sort::{self, SortKind};
use crate::array::{
    AccumFunc, Array, AxisArg, DType, Ufunc, accumulate, gather, layout, numeric, shape, ufunc,
};
use crate::error::{Error, Result};

pub static ARRANGE: &[FnDef] = &[
    FnDef {
        name: "rot90",
        owner: Owner::Numpy,
        error_name: None,
        params: &[
            p!(Normal "m", "Array of two or more dimensions."),
            p!(Normal "k" = "1", "Number of quarter turns (negative: clockwise)."),
            p!(Normal "axes" = "(0, 1)", "The plane of rotation: from the first axis towards the second."),
        ],
        doc: "Rotate an array by 90 degrees k times in the plane of two axes (a view).",
        examples: &[
            "np.rot90(np.arange(6).reshape(2, 3))",
            "np.rot90(np.arange(6).reshape(2, 3), -1)",
        ],
        imp: rot90,
    },
    FnDef {
        name: "resize",
        owner: Owner::Numpy,
        error_name: None,
        params: &[
            p!(Normal "a", "Input array (flattened)."),
            p!(Normal "new_shape", "Shape of the result."),
        ],
        doc: "A new array of the given shape, filled with a's elements repeated in order (zeros when a is empty).",
        examples: &["np.resize(np.cumsum([1, 2, 3]), (2, 4))"],
        imp: resize,
    },
    FnDef {
        name: "trim_zeros",
        owner: Owner::Numpy,
        error_name: None,
        params: &[
            p!(Normal "filt", "Input array or sequence."),
            p!(Normal "trim" = "'fb'", "Trim from the front ('f'), back ('b') or both ('fb')."),
            p!(Normal "axis" = "None", "Axis or axes to trim along; None trims all."),
        ],
        doc: "Cut the leading and/or trailing zeros (the zero border of an N-D array).",
        examples: &[
            "np.trim_zeros(np.array([0, 0, 1, 2, 0]))",
            "np.trim_zeros([0, 3, 0], 'f')",
        ],
        imp: trim_zeros,
    },
    FnDef {
        name: "lexsort",
        owner: Owner::NumpyC,
        error_name: None,
        params: &[
            p!(Normal "keys", "Sequence of keys of one shape (or a 2-D array of rows); the LAST key is the primary one."),
            p!(Normal "axis" = "-1", "Axis to sort along."),
        ],
        doc: "Indices that sort by several keys: by the last key, ties broken by the one before it, and so on (stable).",
        examples: &["np.lexsort(([3, 1, 2], [0, 0, 1]))"],
        imp: lexsort,
    },
    FnDef {
        name: "outer",
        owner: Owner::Numpy,
        error_name: None,
        params: &[
            p!(Normal "a", "First vector (flattened)."),
            p!(Normal "b", "Second vector (flattened)."),
            p!(Normal "out" = "None", "Not supported by npcalc."),
        ],
        doc: "The outer product: result[i, j] = a.ravel()[i] * b.ravel()[j].",
        examples: &["np.outer([1, 2, 3], np.cumsum([1, 1]))"],
        imp: outer,
    },
    FnDef {
        name: "inner",
        owner: Owner::NumpyC,
        error_name: None,
        params: &[
            p!(PositionalOnly "a", "First array."),
            p!(PositionalOnly "b", "Second array (its last axis matches a's)."),
        ],
        doc: "Inner product over the last axes: for vectors the dot product (summed as BLAS does).",
        examples: &[
            "np.inner([1, 2, 3], [4, 5, 6])",
            "np.inner(np.eye(2), [[1, 2], [3, 4]])",
        ],
        imp: inner,
    },
    FnDef {
        name: "kron",
        owner: Owner::Numpy,
        error_name: None,
        params: &[
            p!(Normal "a", "First array."),
            p!(Normal "b", "Second array."),
        ],
        doc: "The Kronecker product: blocks of b, each scaled by one element of a.",
        examples: &["np.kron(np.eye(2, dtype=int), [[1, 2], [3, 4]])"],
        imp: kron,
    },
    FnDef {
        name: "vander",
        owner: Owner::Numpy,
        error_name: None,
        params: &[
            p!(Normal "x", "1-D input."),
            p!(Normal "N" = "None", "Number of columns (default len(x))."),
            p!(Normal "increasing" = "False", "Powers increase from left to right."),
        ],
        doc: "The Vandermonde matrix: columns are powers of x (by repeated multiplication).",
        examples: &[
            "np.vander([1, 2, 3])",
            "np.vander([1, 2, 3], 2, increasing=True)",
        ],
        imp: vander,
    },
];

fn int_arg(args: &Args, name: &str) -> Result<i64> {
    to_index(&args.get(name)).map_err(|e| e.at(args.span(name)))
}

fn ints(v: &[i64]) -> Vec<isize> {
    v.iter().map(|&x| x as isize).collect()
}

// ---- rot90, resize, trim_zeros ---------------------------------------------------------

fn rot90(it: &mut Interp, args: &Args) -> Result<Value> {
    // The table's `(0, 1)` default is text; an absent axes= means it.
    let axes_v = if args.given("axes") {
        it.iterate(&args.get("axes"))?
    } else {
        vec![Value::int(0), Value::int(1)]
    };
    if axes_v.len() != 2 {
        return Err(Error::value_error("len(axes) must be 2."));
    }
    let axes: Vec<i64> = axes_v
        .iter()
        .map(to_index)
        .collect::<Result<_>>()
        .map_err(|e| e.at(args.span("axes")))?;
    let m = arg_array(args, "m")?;
    let nd = m.ndim() as i64;
    if axes[0] == axes[1] || (axes[0] - axes[1]).abs() == nd {
        return Err(Error::value_error("Axes must be different."));
    }
    if axes.iter().any(|&ax| ax >= nd || ax < -nd) {
        return Err(Error::value_error(format!(
            "Axes=({}, {}) out of range for array of ndim={nd}.",
            axes[0], axes[1]
        )));
    }
    let (a0, a1) = (
        axes[0].rem_euclid(nd) as usize,
        axes[1].rem_euclid(nd) as usize,
    );
    // Python's `k %= 4`: a float k other than 0, 1 or 2 (mod 4) turns like 3.
    let turns = match args.get("k") {
        Value::Float(f) => {
            let r = f.rem_euclid(4.0);
            if r == 0.0 || r == 1.0 || r == 2.0 {
                r as i64
            } else {
                3
            }
        }
        _ => int_arg(args, "k")?.rem_euclid(4),
    };
    let mut perm: Vec<isize> = (0..nd as isize).collect();
    perm.swap(a0, a1);
    let r = match turns {
        0 => m.new_view(),
        2 => layout::flip(&layout::flip(&m, &[a0]), &[a1]),
        1 => shape::transpose(&layout::flip(&m, &[a1]), Some(&perm))?,
        _ => layout::flip(&shape::transpose(&m, Some(&perm))?, &[a1]),
    };
    Ok(Value::Array(r))
}

fn resize(_: &mut Interp, args: &Args) -> Result<Value> {
    let a = shape::ravel(&arg_array(args, "a")?)?;
    let dims: Vec<i64> = match args.get("new_shape") {
        Value::Tuple(t) => t.iter().map(to_index).collect::<Result<_>>()?,
        Value::List(l) => l.borrow().iter().map(to_index).collect::<Result<_>>()?,
        v => vec![to_index(&v).map_err(|e| e.at(args.span("new_shape")))?],
    };
    if dims.iter().any(|&d| d < 0) {
        return Err(Error::value_error(
            "all elements of `new_shape` must be non-negative",
        ));
    }
    let shape_v: Vec<usize> = dims.iter().map(|&d| d as usize).collect();
    let new_size = crate::array::shape_size(&shape_v)
        .ok_or_else(|| Error::value_error("array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size."))?;
    if a.size() == 0 || new_size == 0 {
        return Ok(Value::Array(Array::zeros(a.dtype(), shape_v)?));
    }
    let idx: Vec<usize> = (0..new_size).map(|i| i % a.size()).collect();
    let flat = gather::take(&a, 0, &idx, &[new_size])?;
    Ok(Value::Array(shape::reshape(&flat, &ints(&dims))?))
}

fn trim_zeros(_: &mut Interp, args: &Args) -> Result<Value> {
    let fv = args.get("filt");
    let filt = to_array(&fv, None).map_err(|e| e.at(args.span("filt")))?;
    let trim = match args.get("trim") {
        Value::Str(s) => s.to_lowercase(),
        _ => {
            return Err(
                Error::type_error("npcalc's trim_zeros takes trim= as a string")
                    .at(args.span("trim")),
            );
        }
    };
    if !matches!(trim.as_str(), "fb" | "bf" | "f" | "b") {
        return Err(Error::value_error(format!(
            "unexpected character(s) in `trim`: {}",
            super::repr(&Value::str(&trim), &Default::default())
        )));
    }
    let nd = filt.ndim();
    let axes: Vec<usize> = match args.get("axis") {
        Value::None => (0..nd).collect(),
        Value::Tuple(t) => t
            .iter()
            .map(|v| layout::normalize_axis(to_index(v)?, nd))
            .collect::<Result<_>>()?,
        v => vec![layout::normalize_axis(to_index(&v)?, nd)?],
    };
    if axes.is_empty() {
        return Ok(fv);
    }
    let per_axis = crate::array::select::nonzero(&filt)?;
    let any = per_axis.first().is_some_and(|c| c.size() > 0);
    let mut bounds = Vec::with_capacity(nd);
    for (ax, col) in per_axis.iter().enumerate().take(nd) {
        let v: Vec<i64> = col.to_vec();
        let n = filt.shape()[ax];
        let (lo, hi) = if any {
            let lo = *v.iter().min().expect("non-empty") as usize;
            let hi = *v.iter().max().expect("non-empty") as usize + 1;
            (
                if trim.contains('f') { lo } else { 0 },
                if trim.contains('b') { hi } else { n },
            )
        } else {
            (0, 0)
        };
        bounds.push(if axes.contains(&ax) { (lo, hi) } else { (0, n) });
    }
    if nd == 1 {
        let (lo, hi) = bounds[0];
        match &fv {
            Value::List(l) => return Ok(Value::list(l.borrow()[lo..hi].to_vec())),
            Value::Tuple(t) => return Ok(Value::tuple(t[lo..hi].to_vec())),
            _ => {}
        }
    } else if matches!(fv, Value::List(_) | Value::Tuple(_)) {
        return Err(Error::type_error(format!(
            "{} indices must be integers or slices, not tuple",
            fv.type_name()
        )));
    }
    let mut r = filt;
    for (ax, &(lo, hi)) in bounds.iter().enumerate() {
        r = layout::narrow(&r, ax, lo, hi.saturating_sub(lo));
    }
    Ok(Value::Array(r))
}

// ---- lexsort -----------------------------------------------------------------------------

fn lexsort(it: &mut Interp, args: &Args) -> Result<Value> {
    let kv = args.get("keys");
    let no_keys = || Error::type_error("need sequence of keys with len > 0 in lexsort");
    let keys: Vec<Array> = match &kv {
        Value::Array(a) if a.ndim() == 0 => return Err(no_keys()),
        Value::Array(a) => (0..a.shape()[0])
            .map(|i| layout::narrow(a, 0, i, 1))
            .map(|r| layout::squeeze(&r, Some(&[0])))
            .collect::<Result<_>>()?,
        Value::List(_) | Value::Tuple(_) => it
            .iterate(&kv)?
            .iter()
            .map(|k| match super::strarray::as_text(k)? {
                // String keys sort by their ranks, which order them as NumPy does.
                Some(sa) => super::strarray::sort_key(&sa),
                None => to_array(k, None),
            })
            .collect::<Result<_>>()?,
        _ => return Err(no_keys()),
    };
    if keys.is_empty() {
        return Err(no_keys());
    }
    if keys.iter().any(|k| k.shape() != keys[0].shape()) {
        return Err(Error::value_error("all keys need to be the same shape"));
    }
    let nd = keys[0].ndim();
    if nd == 0 {
        return Ok(unwrap0(Array::from_vec(vec![0i64], vec![])));
    }
    let axis =
        layout::normalize_axis(int_arg(args, "axis")?, nd).map_err(|e| e.at(args.span("axis")))?;
    // Lanes along the sort axis, made the last one.
    let last = nd - 1;
    let lanes: Vec<Array> = keys
        .iter()
        .map(|k| shape::copy(&layout::moveaxis(k, &[axis], &[last])))
        .collect::<Result<_>>()?;
    let lane_shape = lanes[0].shape().to_vec();
    let n = lane_shape[last].max(1);
    let size = lanes[0].size();
    // Stable sorts by each key in turn, the primary (last) key last.
    let mut perm: Vec<i64> = (0..size).map(|f| (f % n) as i64).collect();
    for key in &lanes {
        let k = gather::take_along_last(key, &perm)?;
        let order: Vec<i64> = sort::argsort(&k, Some(-1), SortKind::Stable)?.to_vec();
        perm = order
            .iter()
            .enumerate()
            .map(|(f, &j)| perm[f / n * n + j as usize])
            .collect();
    }
    let sorted = Array::from_vec(perm, lane_shape);
    Ok(Value::Array(shape::copy(&layout::moveaxis(
        &sorted,
        &[last],
        &[axis],
    ))?))
}

// ---- outer, inner, kron, vander ------------------------------------------------------------

fn multiply(a: &Array, b: &Array) -> Result<Array> {
    ufunc::binary(
        Ufunc::Multiply,
        &Operand::Array(a.clone()),
        &Operand::Array(b.clone()),
    )
}

fn outer(_: &mut Interp, args: &Args) -> Result<Value> {
    let a = shape::ravel(&arg_array(args, "a")?)?;
    let b = shape::ravel(&arg_array(args, "b")?)?;
    let col = Operand::Array(layout::expand_dims(&a, &[1]));
    let row = Operand::Array(layout::expand_dims(&b, &[0]));
    match super::numpy::arg_out(args)? {
        None => Ok(Value::Array(ufunc::binary(Ufunc::Multiply, &col, &row)?)),
        Some(out) => {
            ufunc::binary_into(Ufunc::Multiply, &col, &row, &out)?;
            Ok(Value::Array(out))
        }
    }
}

fn inner(_: &mut Interp, args: &Args) -> Result<Value> {
    let a = arg_array(args, "a")?;
    let b = arg_array(args, "b")?;
    if a.ndim() == 0 || b.ndim() == 0 {
        return Ok(unwrap0(multiply(&a, &b)?));
    }
    let (ka, kb) = (a.shape()[a.ndim() - 1], b.shape()[b.ndim() - 1]);
    if ka != kb {
        return Err(Error::value_error(format!(
            "shapes {} and {} not aligned: {ka} (dim {}) != {kb} (dim {})",
            crate::array::compact_shape_repr(a.shape()),
            crate::array::compact_shape_repr(b.shape()),
            a.ndim() - 1,
            b.ndim() - 1
        )));
    }
    let dt = promote_types(a.dtype(), b.dtype());
    let blas = matches!(
        dt,
        DType::Float32 | DType::Float64 | DType::Complex64 | DType::Complex128
    );
    if blas && a.ndim() <= 2 && b.ndim() <= 2 && (a.ndim() == 2 || b.ndim() == 2) {
        // NumPy's cblas_matrixproduct (gemm/gemv) on b with its last two axes
        // swapped: npcalc's dot kernel, as np.dot has it.
        let bt = if b.ndim() == 2 {
            layout::swapaxes(&b, 0, 1)
        } else {
            b
        };
        return Ok(unwrap0(numeric::dot(&a, &bt, false)?));
    }
    let (a, b) = (
        crate::array::cast_array(&a, dt)?,
        crate::array::cast_array(&b, dt)?,
    );
    let shape: Vec<usize> = a.shape()[..a.ndim() - 1]
        .iter()
        .chain(&b.shape()[..b.ndim() - 1])
        .copied()
        .collect();
    let (p, q) = (a.size() / ka.max(1), b.size() / kb.max(1));
    let (p, q) = if ka == 0 {
        (
            a.shape()[..a.ndim() - 1].iter().product(),
            b.shape()[..b.ndim() - 1].iter().product(),
        )
    } else {
        (p, q)
    };
    Ok(unwrap0(crate::array::convolve::row_dots(
        &a,
        &b,
        (p, q, ka),
        shape,
    )))
}

fn kron(_: &mut Interp, args: &Args) -> Result<Value> {
    let b = arg_array(args, "b")?;
    let a = layout::at_least(&arg_array(args, "a")?, b.ndim());
    let (nda, ndb) = (a.ndim(), b.ndim());
    if nda == 0 || ndb == 0 {
        return Ok(unwrap0(multiply(&a, &b)?));
    }
    let nd = nda.max(ndb);
    let a_arr = layout::expand_dims(&a, &(0..ndb.saturating_sub(nda)).collect::<Vec<_>>());
    let b_arr = layout::expand_dims(&b, &(0..nda.saturating_sub(ndb)).collect::<Vec<_>>());
    let (as_, bs) = (a_arr.shape().to_vec(), b_arr.shape().to_vec());
    let a_arr = layout::expand_dims(&a_arr, &(1..nd * 2).step_by(2).collect::<Vec<_>>());
    let b_arr = layout::expand_dims(&b_arr, &(0..nd * 2).step_by(2).collect::<Vec<_>>());
    let r = multiply(&a_arr, &b_arr)?;
    let dims: Vec<isize> = as_
        .iter()
        .zip(&bs)
        .map(|(&x, &y)| (x * y) as isize)
        .collect();
    Ok(Value::Array(shape::reshape(&r, &dims)?))
}

fn vander(_: &mut Interp, args: &Args) -> Result<Value> {
    let x = arg_array(args, "x")?;
    if x.ndim() != 1 {
        return Err(Error::value_error(
            "x must be a one-dimensional array or sequence.",
        ));
    }
    let rows = x.size();
    let n = match args.get("N") {
        Value::None => rows,
        v => arg_shape(&v).map_err(|e| e.at(args.span("N")))?[0],
    };
    let dt = promote_types(x.dtype(), DType::Int64);
    let increasing = arg_bool(args, "increasing")?;
    let ones = Array::zeros(dt, vec![rows, n.min(1)])?;
    crate::array::copy_into(
        &ones,
        &shape::broadcast_to(&Array::from_vec(vec![1i64], vec![]), &[rows, n.min(1)])
            .expect("a scalar broadcasts"),
    )?;
    let mut parts = vec![ones];
    if n > 1 {
        let col = layout::expand_dims(&crate::array::cast_array(&x, dt)?, &[1]);
        let reps = shape::broadcast_to(&col, &[rows, n - 1]).expect("column broadcasts");
        parts.push(accumulate(
            &reps,
            Ufunc::Multiply,
            AxisArg::Index(1),
            Some(dt),
            None,
            AccumFunc::Cum,
        )?);
    }
    let v = shape::concatenate(&parts, 1)?;
    if increasing {
        return Ok(Value::Array(v));
    }
    Ok(Value::Array(shape::copy(&layout::flip(&v, &[1]))?))
}
