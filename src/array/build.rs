//! Matrix builders: `np.eye`, `np.tri` (and the masks of `tril`/`triu`),
//! `np.diag` in both directions, and the index grids of `np.indices` that
//! `np.fromfunction` calls its function with.

use super::{Array, DType, Element, Scalar, Stored, cast_array, cast_scalar};
use crate::error::Result;

/// An (n, m) array of `dtype` zeros with `value` where `keep(i, j)` holds.
fn matrix_where(
    n: usize,
    m: usize,
    value: Scalar,
    keep: impl Fn(usize, usize) -> bool,
) -> Result<Array> {
    let dtype = value.dtype();
    let out = Array::zeros(dtype, vec![n, m])?;
    crate::with_dtype!(dtype, T => {
        let x = <T as Element>::from_scalar(value).expect("scalar of the array's dtype");
        let mut buf = out.buffer().borrow_mut();
        let data = T::of_mut(&mut buf);
        for i in 0..n {
            for j in 0..m {
                if keep(i, j) {
                    data[i * m + j] = x;
                }
            }
        }
    });
    Ok(out)
}

/// `np.eye(N, M, k, dtype)`: ones on the k-th diagonal.
pub fn eye(n: usize, m: usize, k: i64, dtype: DType) -> Result<Array> {
    let one = cast_scalar(Scalar::Bool(true), dtype);
    matrix_where(n, m, one, |i, j| j as i64 - i as i64 == k)
}

/// `np.tri`'s `greater_equal.outer(rows, cols)` cast to `dtype`: one where
/// `rows[i] >= cols[j]`.
pub fn outer_ge(rows: &[i64], cols: &[i64], dtype: DType) -> Result<Array> {
    let (n, m) = (rows.len(), cols.len());
    let mut v: Vec<bool> = super::alloc_vec(DType::Bool, &[n, m])?;
    for &r in rows {
        v.extend(cols.iter().map(|&c| r >= c));
    }
    cast_array(&Array::from_vec(v, vec![n, m]), dtype)
}

/// `np.diag(v, k)` of a 1-D `v`: a square matrix with v on the k-th diagonal.
pub fn diag_matrix(v: &Array, k: i64) -> Result<Array> {
    let len = v.shape()[0];
    let n = len + k.unsigned_abs() as usize;
    let out = Array::zeros(v.dtype(), vec![n, n])?;
    crate::with_dtype!(v.dtype(), T => {
        let values: Vec<T> = v.to_vec();
        let mut buf = out.buffer().borrow_mut();
        let data = T::of_mut(&mut buf);
        for (r, x) in values.into_iter().enumerate() {
            let (i, j) = if k >= 0 { (r, r + k as usize) } else { (r + k.unsigned_abs() as usize, r) };
            data[i * n + j] = x;
        }
    });
    Ok(out)
}

/// `np.diagonal(a, k)` of a 2-D array: a read-only view, as NumPy gives it.
pub fn diagonal(a: &Array, k: i64) -> Array {
    let (n0, n1) = (a.shape()[0] as i64, a.shape()[1] as i64);
    let (s0, s1) = (a.strides()[0], a.strides()[1]);
    let (len, offset) = if k >= 0 {
        (
            (n0.min(n1 - k)).max(0),
            a.offset() as isize + k as isize * s1,
        )
    } else {
        (
            ((n0 + k).min(n1)).max(0),
            a.offset() as isize - k as isize * s0,
        )
    };
    let offset = if len == 0 {
        a.offset()
    } else {
        offset as usize
    };
    a.view(offset, vec![len as usize], vec![s0 + s1])
        .into_readonly()
}

/// `np.indices(shape, dtype)`: for each axis, a full array of its index.
pub fn indices(shape: &[usize], dtype: DType) -> Result<Vec<Array>> {
    let mut out = Vec::with_capacity(shape.len());
    for axis in 0..shape.len() {
        let inner: usize = shape[axis + 1..].iter().product();
        let n = shape[axis].max(1);
        let size = super::shape_size(shape).unwrap_or(0);
        let mut v: Vec<i64> = super::alloc_vec(DType::Int64, shape)?;
        v.extend((0..size).map(|flat| ((flat / inner.max(1)) % n) as i64));
        out.push(cast_array(&Array::from_vec(v, shape.to_vec()), dtype)?);
    }
    Ok(out)
}
