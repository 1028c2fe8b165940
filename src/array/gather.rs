//! Gathering and scattering by index, as `np.take`, `np.put`, `np.putmask`,
//! `np.place`, `np.choose` and `np.copyto(where=)` do it, plus the general
//! diagonal view (`np.diagonal`). Kernels are monomorphised per dtype.

use super::shape::broadcast_to;
use super::{Array, DType, Stored};
use crate::error::{Error, Result};

/// NumPy's `mode=` of take/put/choose/ravel_multi_index: what an index
/// outside `0..n` means.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ClipMode {
    /// Negative indices count from the end; others are an error.
    Raise,
    /// Indices wrap around modulo n.
    Wrap,
    /// Indices are clamped to `0..n` (negative ones to 0).
    Clip,
}

impl ClipMode {
    /// `'raise'`, `'wrap'` or `'clip'`, with NumPy's message otherwise.
    pub fn parse(s: &str) -> Result<ClipMode> {
        match s {
            "raise" => Ok(ClipMode::Raise),
            "wrap" => Ok(ClipMode::Wrap),
            "clip" => Ok(ClipMode::Clip),
            _ => Err(Error::value_error(format!(
                "clipmode must be one of 'clip', 'raise', or 'wrap' (got '{s}')"
            ))),
        }
    }

    /// Index `i` into an axis of length `n` (which must be non-zero unless
    /// the mode is Raise); None when Raise finds it out of bounds.
    pub fn fix(self, i: i64, n: usize) -> Option<usize> {
        let n = n as i64;
        match self {
            ClipMode::Raise => {
                let j = if i < 0 { i + n } else { i };
                (0..n).contains(&j).then_some(j as usize)
            }
            ClipMode::Wrap => Some(i.rem_euclid(n) as usize),
            ClipMode::Clip => Some(i.clamp(0, n - 1) as usize),
        }
    }
}

/// The positions `mode` gives `indices` along an axis of length `n`, with
/// take's and put's errors.
pub fn fix_indices(indices: &[i64], n: usize, mode: ClipMode, empty: &str) -> Result<Vec<usize>> {
    if n == 0 && mode != ClipMode::Raise && !indices.is_empty() {
        return Err(Error::index_error(empty));
    }
    indices
        .iter()
        .map(|&i| {
            mode.fix(i, n).ok_or_else(|| {
                Error::index_error(format!(
                    "index {i} is out of bounds for axis 0 with size {n}"
                ))
            })
        })
        .collect()
}

/// `np.take(a, indices, axis)`: the shape is `a.shape[:axis] + idx_shape +
/// a.shape[axis+1:]`; `idx` holds in-bounds positions along `axis`.
pub fn take(a: &Array, axis: usize, idx: &[usize], idx_shape: &[usize]) -> Result<Array> {
    crate::with_dtype!(a.dtype(), T => take_typed::<T>(a, axis, idx, idx_shape))
}

fn take_typed<T: Stored>(
    a: &Array,
    axis: usize,
    idx: &[usize],
    idx_shape: &[usize],
) -> Result<Array> {
    let shape: Vec<usize> = a.shape()[..axis]
        .iter()
        .chain(idx_shape)
        .chain(&a.shape()[axis + 1..])
        .copied()
        .collect();
    let outer: usize = a.shape()[..axis].iter().product();
    let n = a.shape()[axis];
    let inner: usize = a.shape()[axis + 1..].iter().product();
    let src: Vec<T> = a.to_vec();
    let mut out: Vec<T> = super::alloc_vec(a.dtype(), &shape)?;
    for o in 0..outer {
        super::signals::poll();
        for &j in idx {
            let start = (o * n + j) * inner;
            out.extend_from_slice(&src[start..start + inner]);
        }
    }
    Ok(Array::from_vec(out, shape))
}

/// The buffer position of the element at C-order position `flat`.
fn flat_position(a: &Array, flat: usize) -> usize {
    let mut rem = flat;
    let mut pos = a.offset() as isize;
    for (&n, &s) in a.shape().iter().zip(a.strides()).rev() {
        pos += (rem % n) as isize * s;
        rem /= n;
    }
    pos as usize
}

/// Writes `values[picks[k]]` at C-order position `targets[k]` of `a`, in
/// order (a later write to the same place wins, as in NumPy). `values` must
/// already have `a`'s dtype.
pub fn put_flat(a: &Array, targets: &[usize], values: &Array, picks: &[usize]) -> Result<()> {
    a.check_writeable("assignment destination")?;
    crate::with_dtype!(a.dtype(), T => {
        let v: Vec<T> = values.to_vec();
        let mut buf = a.buffer().borrow_mut();
        let data = T::of_mut(&mut buf);
        for (&t, &p) in targets.iter().zip(picks) {
            super::signals::poll();
            data[flat_position(a, t)] = v[p];
        }
    });
    Ok(())
}

/// `np.choose`: `idx` (positions into `choices`, one per element of the
/// common shape) picks each element from one of `choices`, which all have
/// that shape and the result dtype already.
pub fn choose(idx: &[usize], choices: &[Array], shape: &[usize], dtype: DType) -> Result<Array> {
    crate::with_dtype!(dtype, T => {
        let cols: Vec<Vec<T>> = choices.iter().map(|c| c.to_vec()).collect();
        let mut out: Vec<T> = super::alloc_vec(dtype, shape)?;
        for (i, &k) in idx.iter().enumerate() {
            super::signals::poll();
            out.push(cols[k][i]);
        }
        Ok(Array::from_vec(out, shape.to_vec()))
    })
}

/// `np.copyto(dst, src, where=mask)`: `src` (already in dst's dtype) and
/// `mask` broadcast to dst's shape; writes where the mask holds.
pub fn copy_where(dst: &Array, src: &Array, mask: &Array) -> Result<()> {
    dst.check_writeable("assignment destination")?;
    let grow = |x: &Array, what: &str| {
        broadcast_to(x, dst.shape()).ok_or_else(|| {
            Error::value_error(format!(
                "could not broadcast {what} from shape {} into shape {}",
                super::compact_shape_repr(x.shape()),
                super::compact_shape_repr(dst.shape())
            ))
        })
    };
    let src = grow(src, "input array")?;
    let mask: Vec<bool> = grow(mask, "where mask")?.to_vec();
    crate::with_dtype!(dst.dtype(), T => {
        let v: Vec<T> = src.to_vec();
        let positions: Vec<usize> = dst.positions().collect();
        let mut buf = dst.buffer().borrow_mut();
        let data = T::of_mut(&mut buf);
        for ((p, x), m) in positions.into_iter().zip(v).zip(mask) {
            if m {
                data[p] = x;
            }
        }
    });
    Ok(())
}

/// `np.diagonal(a, offset, axis1, axis2)`: a read-only view whose last axis
/// runs along the diagonal and whose other axes are a's remaining ones.
pub fn diagonal(a: &Array, offset: i64, axis1: usize, axis2: usize) -> Array {
    let (n1, n2) = (a.shape()[axis1] as i64, a.shape()[axis2] as i64);
    let (s1, s2) = (a.strides()[axis1], a.strides()[axis2]);
    let (len, start) = if offset >= 0 {
        ((n1.min(n2 - offset)).max(0), offset as isize * s2)
    } else {
        (((n1 + offset).min(n2)).max(0), -offset as isize * s1)
    };
    let mut shape = Vec::with_capacity(a.ndim() - 1);
    let mut strides = Vec::with_capacity(a.ndim() - 1);
    for (d, (&n, &s)) in a.shape().iter().zip(a.strides()).enumerate() {
        if d != axis1 && d != axis2 {
            shape.push(n);
            strides.push(s);
        }
    }
    shape.push(len as usize);
    strides.push(s1 + s2);
    let off = if len == 0 {
        a.offset()
    } else {
        (a.offset() as isize + start) as usize
    };
    a.view(off, shape, strides).into_readonly()
}

/// The common shape of several arguments, with the message of NumPy's
/// multi-iterator (`np.broadcast_arrays`, `np.choose`): it names the first
/// argument that set the clashing dimension and the one that clashed.
pub fn broadcast_args(shapes: &[&[usize]]) -> Result<Vec<usize>> {
    let nd = shapes.iter().map(|s| s.len()).max().unwrap_or(0);
    let mut out = vec![1usize; nd];
    let mut setter = vec![0usize; nd];
    for (arg, s) in shapes.iter().enumerate() {
        for (k, &n) in s.iter().enumerate() {
            let d = nd - s.len() + k;
            if out[d] == 1 {
                out[d] = n;
                setter[d] = arg;
            } else if n != 1 && n != out[d] {
                let first = setter[d];
                return Err(Error::value_error(format!(
                    "shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between arg {first} with shape {} and arg {arg} with shape {}.",
                    super::shape_repr(shapes[first]),
                    super::shape_repr(s)
                )));
            }
        }
    }
    Ok(out)
}

/// `np.take_along_axis(a, idx, axis=-1)` for a C-contiguous view of lanes:
/// `out[l, j] = a[l, idx[l, j]]`, where both arrays have the same shape and
/// `idx` holds in-bounds positions along the last axis.
pub fn take_along_last(a: &Array, idx: &[i64]) -> Result<Array> {
    let n = a.shape().last().copied().unwrap_or(1).max(1);
    crate::with_dtype!(a.dtype(), T => {
        let src: Vec<T> = a.to_vec();
        let out: Vec<T> = idx
            .iter()
            .enumerate()
            .map(|(f, &j)| src[f / n * n + j as usize])
            .collect();
        Ok(Array::from_vec(out, a.shape().to_vec()))
    })
}
