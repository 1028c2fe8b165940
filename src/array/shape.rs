//! Shape manipulation: reshape, transpose, ravel, copy and broadcasting —
//! views of the same buffer wherever NumPy gives views.

use super::{Array, DType, c_strides, shape_size};
use crate::error::{Error, Result};
use num_complex::{Complex32, Complex64};

/// A C-contiguous copy.
pub fn copy(a: &Array) -> Result<Array> {
    crate::with_dtype!(a.dtype(), T => {
        let mut v: Vec<T> = super::alloc_vec(a.dtype(), a.shape())?;
        a.extend_vec(&mut v);
        Ok(Array::from_vec(v, a.shape().to_vec()))
    })
}

/// NumPy's `npy_shape_to_string`: leading new axes (None) are left out,
/// later ones print as "newaxis", one dimension keeps its comma.
pub fn shape_to_string(dims: &[Option<usize>]) -> String {
    let Some(first) = dims.iter().position(Option::is_some) else {
        return "()".to_string();
    };
    let parts: Vec<String> = dims[first..]
        .iter()
        .map(|d| d.map_or("newaxis".to_string(), |n| n.to_string()))
        .collect();
    if dims.len() == 1 {
        format!("({},)", parts[0])
    } else {
        format!("({})", parts.join(","))
    }
}

/// `a.reshape(dims)`: one negative entry is inferred; a view when `a` is contiguous.
pub fn reshape(a: &Array, dims: &[isize]) -> Result<Array> {
    let size = a.size();
    let unknown: Vec<usize> = (0..dims.len()).filter(|&i| dims[i] < 0).collect();
    if unknown.len() > 1 {
        return Err(Error::value_error("can only specify one unknown dimension"));
    }
    let known: usize = dims
        .iter()
        .filter(|&&d| d >= 0)
        .map(|&d| d as usize)
        .product();
    // Negative entries print as NumPy prints new axes.
    let shape_text = || {
        let dims: Vec<Option<usize>> = dims.iter().map(|&d| usize::try_from(d).ok()).collect();
        shape_to_string(&dims)
    };
    let mismatch = || {
        Error::value_error(format!(
            "cannot reshape array of size {size} into shape {}",
            shape_text()
        ))
    };
    let shape: Vec<usize> = match unknown.first() {
        Some(&u) => {
            if known == 0 || !size.is_multiple_of(known) {
                return Err(mismatch());
            }
            let mut s: Vec<usize> = dims.iter().map(|&d| d.max(0) as usize).collect();
            s[u] = size / known;
            s
        }
        None => dims.iter().map(|&d| d as usize).collect(),
    };
    if shape_size(&shape) != Some(size) {
        return Err(mismatch());
    }
    if shape.len() > super::MAXDIMS {
        return Err(super::storage::too_many_dims(shape.len()));
    }
    // NumPy's quick check: the same shape is a view with the same strides.
    if shape == a.shape() {
        return Ok(a.new_view());
    }
    if a.is_c_contiguous() {
        let strides = c_strides(&shape);
        return Ok(a.view(a.offset(), shape, strides));
    }
    if let Some(strides) = nocopy_strides(a, &shape) {
        return Ok(a.view(a.offset(), shape, strides));
    }
    let base = copy(a)?;
    let strides = c_strides(&shape);
    Ok(base.view(base.offset(), shape, strides))
}

/// NumPy's `_attempt_nocopy_reshape` in C order: the strides that read a
/// non-empty `a` as `shape` without copying, or None when its axes cannot
/// be merged or split so.
fn nocopy_strides(a: &Array, shape: &[usize]) -> Option<Vec<isize>> {
    // Unit axes have no effect, and their strides do not matter.
    let (olddims, oldstrides): (Vec<usize>, Vec<isize>) = a
        .shape()
        .iter()
        .zip(a.strides())
        .filter(|&(&n, _)| n != 1)
        .unzip();
    let mut strides = vec![0isize; shape.len()];
    let (mut oi, mut oj, mut ni, mut nj) = (0, 1, 0, 1);
    while ni < shape.len() && oi < olddims.len() {
        let (mut np, mut op) = (shape[ni], olddims[oi]);
        while np != op {
            if np < op {
                np *= shape[nj];
                nj += 1;
            } else {
                op *= olddims[oj];
                oj += 1;
            }
        }
        // The old axes merged here must lie one after another in memory.
        if (oi..oj - 1).any(|k| oldstrides[k] != olddims[k + 1] as isize * oldstrides[k + 1]) {
            return None;
        }
        strides[nj - 1] = oldstrides[oj - 1];
        for k in (ni + 1..nj).rev() {
            strides[k - 1] = strides[k] * shape[k] as isize;
        }
        ni = nj;
        nj += 1;
        oi = oj;
        oj += 1;
    }
    // Trailing unit axes of the new shape take the last stride.
    let last = if ni >= 1 { strides[ni - 1] } else { 1 };
    for s in &mut strides[ni..] {
        *s = last;
    }
    Some(strides)
}

/// `a.transpose(axes)`: a view with the axes permuted (reversed by default).
pub fn transpose(a: &Array, axes: Option<&[isize]>) -> Result<Array> {
    let n = a.ndim();
    let perm: Vec<usize> = match axes {
        None => (0..n).rev().collect(),
        Some(ax) => {
            if ax.len() != n {
                return Err(Error::value_error("axes don't match array"));
            }
            let mut seen = vec![false; n];
            let mut perm = Vec::with_capacity(n);
            for &x in ax {
                if x < -(n as isize) || x >= n as isize {
                    return Err(Error::axis_error(x as i64, n));
                }
                let i = x.rem_euclid(n as isize) as usize;
                if seen[i] {
                    return Err(Error::value_error("repeated axis in transpose"));
                }
                seen[i] = true;
                perm.push(i);
            }
            perm
        }
    };
    let shape = perm.iter().map(|&i| a.shape()[i]).collect();
    let strides = perm.iter().map(|&i| a.strides()[i]).collect();
    Ok(a.view(a.offset(), shape, strides))
}

/// `a.ravel()`: 1-D, a view when contiguous, else a copy.
pub fn ravel(a: &Array) -> Result<Array> {
    let shape = vec![a.size()];
    Ok(if a.is_c_contiguous() {
        a.view(a.offset(), shape, vec![1])
    } else {
        copy(a)?.with_geometry(shape, vec![1])
    })
}

/// The broadcast shape of operands, with NumPy's ufunc error.
pub fn broadcast_shapes(shapes: &[&[usize]]) -> Result<Vec<usize>> {
    let nd = shapes.iter().map(|s| s.len()).max().unwrap_or(0);
    let mut out = vec![1usize; nd];
    for s in shapes {
        for (k, &n) in s.iter().enumerate() {
            let o = &mut out[nd - s.len() + k];
            if *o == 1 {
                *o = n;
            } else if n != 1 && n != *o {
                let all: Vec<String> = shapes
                    .iter()
                    .map(|s| super::compact_shape_repr(s))
                    .collect();
                return Err(Error::value_error(format!(
                    "operands could not be broadcast together with shapes {} ",
                    all.join(" ")
                )));
            }
        }
    }
    Ok(out)
}

/// A read view of `a` broadcast to `shape` (stride 0 along stretched axes).
pub fn broadcast_to(a: &Array, shape: &[usize]) -> Option<Array> {
    if a.ndim() > shape.len() {
        return None;
    }
    let lead = shape.len() - a.ndim();
    let mut strides = vec![0isize; shape.len()];
    for k in 0..a.ndim() {
        let (n, want) = (a.shape()[k], shape[lead + k]);
        if n == want {
            strides[lead + k] = a.strides()[k];
        } else if n != 1 {
            return None;
        }
    }
    Some(a.view(a.offset(), shape.to_vec(), strides))
}

/// `a.real` / `a.imag`: for complex arrays a float copy (npcalc's typed
/// buffers cannot alias half of a complex element), else `a` itself / zeros.
pub fn real_imag(a: &Array, imag: bool) -> Result<Array> {
    let part = |c: (f64, f64)| if imag { c.1 } else { c.0 };
    match a.dtype() {
        DType::Complex64 => {
            let v: Vec<f32> = a
                .to_vec::<num_complex::Complex32>()
                .iter()
                .map(|c| part((c.re as f64, c.im as f64)) as f32)
                .collect();
            Ok(Array::from_vec(v, a.shape().to_vec()))
        }
        DType::Complex128 => {
            let v: Vec<f64> = a
                .to_vec::<num_complex::Complex64>()
                .iter()
                .map(|c| part((c.re, c.im)))
                .collect();
            Ok(Array::from_vec(v, a.shape().to_vec()))
        }
        d if imag => Array::zeros(d, a.shape().to_vec()),
        // `array_real_get`: a real array's real part is the array itself.
        _ => Ok(a.clone()),
    }
}

/// The complex array of `dtype` whose elements are `re[i] + im[i]j`, both
/// parts of `dtype`'s component type and of one shape (in C order).
pub fn complex_from_parts(re: &Array, im: &Array, dtype: DType) -> Result<Array> {
    let shape = re.shape().to_vec();
    Ok(match dtype {
        DType::Complex64 => {
            let v = re.to_vec::<f32>().into_iter().zip(im.to_vec::<f32>());
            Array::from_vec(v.map(|(r, i)| Complex32::new(r, i)).collect(), shape)
        }
        _ => {
            let v = re.to_vec::<f64>().into_iter().zip(im.to_vec::<f64>());
            Array::from_vec(v.map(|(r, i)| Complex64::new(r, i)).collect(), shape)
        }
    })
}

/// `np.concatenate(parts, axis)`: the promoted dtype, parts joined along `axis`.
pub fn concatenate(parts: &[Array], axis: usize) -> Result<Array> {
    let dtypes: Vec<DType> = parts.iter().map(|p| p.dtype()).collect();
    let dtype = super::promote::promote_sequence(&dtypes).expect("at least one part");
    let first = parts[0].shape();
    for (i, p) in parts.iter().enumerate() {
        if p.ndim() != first.len() {
            return Err(Error::value_error(format!(
                "all the input arrays must have same number of dimensions, but the array at index 0 has {} dimension(s) and the array at index {i} has {} dimension(s)",
                first.len(),
                p.ndim()
            )));
        }
        if let Some(k) = (0..first.len()).find(|&k| k != axis && p.shape()[k] != first[k]) {
            return Err(Error::value_error(format!(
                "all the input array dimensions except for the concatenation axis must match exactly, but along dimension {k}, the array at index 0 has size {} and the array at index {i} has size {}",
                first[k],
                p.shape()[k]
            )));
        }
    }
    let mut shape = first.to_vec();
    shape[axis] = parts.iter().map(|p| p.shape()[axis]).sum();
    let out = Array::zeros(dtype, shape)?;
    let mut start = 0;
    for p in parts {
        let n = p.shape()[axis];
        let mut s = p.shape().to_vec();
        s[axis] = n;
        let dst = out.view(
            out.offset() + start * out.strides()[axis] as usize,
            s,
            out.strides().to_vec(),
        );
        super::copy_into(&dst, &super::cast_array(p, dtype)?)?;
        start += n;
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reshape_and_transpose_are_views() {
        let a = Array::from_vec((0..6i64).collect(), vec![6]);
        let b = reshape(&a, &[2, -1]).unwrap();
        assert_eq!(b.shape(), &[2, 3]);
        assert!(b.shares_buffer(&a));
        let t = transpose(&b, None).unwrap();
        assert_eq!(t.to_vec::<i64>(), vec![0, 3, 1, 4, 2, 5]);
        // NumPy 2.4.6 messages.
        assert_eq!(
            reshape(&a, &[4]).unwrap_err().message,
            "cannot reshape array of size 6 into shape (4,)"
        );
        assert_eq!(
            reshape(&a, &[-1, -1]).unwrap_err().message,
            "can only specify one unknown dimension"
        );
        assert_eq!(
            transpose(&b, Some(&[0, 0])).unwrap_err().message,
            "repeated axis in transpose"
        );
    }

    #[test]
    fn broadcasting_error_text() {
        assert_eq!(
            broadcast_shapes(&[&[3], &[2]]).unwrap_err().message,
            "operands could not be broadcast together with shapes (3,) (2,) "
        );
        assert_eq!(broadcast_shapes(&[&[2, 3], &[3]]).unwrap(), vec![2, 3]);
    }
}
