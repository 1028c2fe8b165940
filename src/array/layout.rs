//! Rearranging kernels: axis views (flip, squeeze, expand_dims, swapaxes,
//! moveaxis, split pieces) that share the buffer as NumPy's do, and the
//! copying ones (repeat, tile, roll, insert, delete, pad) built from views
//! and `concatenate`.

use super::shape::{broadcast_to, concatenate, copy, reshape};
use super::{Array, DType, Scalar, c_strides, copy_into};
use crate::error::{Error, Result};

/// NumPy's `normalize_axis_index`, with its AxisError.
pub fn normalize_axis(axis: i64, ndim: usize) -> Result<usize> {
    let n = ndim as i64;
    if axis < -n || axis >= n {
        return Err(Error::axis_error(axis, ndim));
    }
    Ok(axis.rem_euclid(n.max(1)) as usize)
}

/// The view `a[..., start:start+count*step:step, ...]` along `axis`
/// (the caller keeps it in bounds).
pub fn stepped(a: &Array, axis: usize, start: usize, count: usize, step: isize) -> Array {
    let stride = a.strides()[axis];
    let offset = a.offset() as isize + start as isize * stride;
    let mut shape = a.shape().to_vec();
    shape[axis] = count;
    let mut strides = a.strides().to_vec();
    strides[axis] = stride * step;
    a.view(offset.max(0) as usize, shape, strides)
}

/// The view `a[..., start:start+count, ...]` along `axis`.
pub fn narrow(a: &Array, axis: usize, start: usize, count: usize) -> Array {
    stepped(a, axis, start, count, 1)
}

/// `np.flip(a, axes)`: a view reversed along each of `axes`.
pub fn flip(a: &Array, axes: &[usize]) -> Array {
    let mut r = a.clone();
    for &ax in axes {
        let n = r.shape()[ax];
        r = stepped(&r, ax, n.saturating_sub(1), n, -1);
    }
    r
}

/// The axes permuted by `perm`, as a view.
fn permuted(a: &Array, perm: &[usize]) -> Array {
    let shape = perm.iter().map(|&i| a.shape()[i]).collect();
    let strides = perm.iter().map(|&i| a.strides()[i]).collect();
    a.view(a.offset(), shape, strides)
}

/// `np.swapaxes(a, i, j)`: a view.
pub fn swapaxes(a: &Array, i: usize, j: usize) -> Array {
    let mut perm: Vec<usize> = (0..a.ndim()).collect();
    perm.swap(i, j);
    permuted(a, &perm)
}

/// `np.moveaxis(a, source, destination)` with normalized, distinct axes.
pub fn moveaxis(a: &Array, source: &[usize], destination: &[usize]) -> Array {
    let mut order: Vec<usize> = (0..a.ndim()).filter(|n| !source.contains(n)).collect();
    let mut pairs: Vec<(usize, usize)> = destination
        .iter()
        .copied()
        .zip(source.iter().copied())
        .collect();
    pairs.sort_unstable();
    for (dest, src) in pairs {
        order.insert(dest, src);
    }
    permuted(a, &order)
}

/// `np.expand_dims(a, axes)` with normalized axes of the result: a view.
pub fn expand_dims(a: &Array, axes: &[usize]) -> Array {
    let ndim = a.ndim() + axes.len();
    let mut shape = Vec::with_capacity(ndim);
    let mut strides = Vec::with_capacity(ndim);
    let mut old = 0;
    for k in 0..ndim {
        if axes.contains(&k) {
            shape.push(1);
        } else {
            shape.push(a.shape()[old]);
            strides.push(a.strides()[old]);
            old += 1;
            continue;
        }
        strides.push(0);
    }
    // A unit axis addresses nothing; give it the stride C order would
    // (the span of the axes after it), as NumPy's reshape does.
    for k in (0..ndim).rev() {
        if axes.contains(&k) {
            strides[k] = if k + 1 < ndim {
                strides[k + 1] * shape[k + 1].max(1) as isize
            } else {
                1
            };
        }
    }
    a.view(a.offset(), shape, strides)
}

/// `np.squeeze(a, axis)`: a view without the given (or all) length-one axes.
pub fn squeeze(a: &Array, axes: Option<&[usize]>) -> Result<Array> {
    if let Some(ax) = axes
        && ax.iter().any(|&k| a.shape()[k] != 1)
    {
        return Err(Error::value_error(
            "cannot select an axis to squeeze out which has size not equal to one",
        ));
    }
    if axes.is_none() && !a.shape().contains(&1) {
        // PyArray_Squeeze hands back the array itself.
        return Ok(a.clone());
    }
    let keep = |k: usize| match axes {
        Some(ax) => !ax.contains(&k),
        None => a.shape()[k] != 1,
    };
    let shape = (0..a.ndim())
        .filter(|&k| keep(k))
        .map(|k| a.shape()[k])
        .collect();
    let strides = (0..a.ndim())
        .filter(|&k| keep(k))
        .map(|k| a.strides()[k])
        .collect();
    Ok(a.view(a.offset(), shape, strides))
}

/// A C-contiguous copy of a view, reshaped to `shape`.
fn materialize(a: &Array, shape: &[usize]) -> Result<Array> {
    let dims: Vec<isize> = shape.iter().map(|&n| n as isize).collect();
    reshape(&copy(a)?, &dims)
}

/// `np.repeat(a, repeats, axis)`: `repeats` has one count for every element
/// along `axis`, or one count for all.
pub fn repeat(a: &Array, repeats: &[usize], axis: usize) -> Result<Array> {
    let n = a.shape()[axis];
    if repeats.len() == 1 {
        // (.., n, 1, ..) stretched to (.., n, r, ..), then merged.
        let r = repeats[0];
        let wide = expand_dims(a, &[axis + 1]);
        let mut shape = wide.shape().to_vec();
        shape[axis + 1] = r;
        let stretched = broadcast_to(&wide, &shape).expect("a unit axis stretches");
        let mut out_shape = a.shape().to_vec();
        out_shape[axis] = n * r;
        // NumPy's result owns its memory (`materialize` would view a copy).
        let strides = c_strides(&out_shape);
        return Ok(copy(&stretched)?.with_geometry(out_shape, strides));
    }
    if repeats.len() != n {
        return Err(Error::value_error(format!(
            "operands could not be broadcast together with shape ({n},) ({},)",
            repeats.len()
        )));
    }
    let mut parts = Vec::with_capacity(n);
    for (i, &r) in repeats.iter().enumerate() {
        let one = narrow(a, axis, i, 1);
        let mut shape = a.shape().to_vec();
        shape[axis] = r;
        parts.push(broadcast_to(&one, &shape).expect("a unit axis stretches"));
    }
    if parts.is_empty() {
        let mut shape = a.shape().to_vec();
        shape[axis] = 0;
        return Array::zeros(a.dtype(), shape);
    }
    concatenate(&parts, axis)
}

/// `np.tile(a, reps)`: `reps` and `a` are padded with leading ones to one length.
pub fn tile(a: &Array, reps: &[usize]) -> Result<Array> {
    let nd = reps.len().max(a.ndim());
    let mut reps_full = vec![1usize; nd - reps.len()];
    reps_full.extend_from_slice(reps);
    let lead = vec![1isize; nd - a.ndim()];
    let dims: Vec<isize> = lead
        .iter()
        .copied()
        .chain(a.shape().iter().map(|&n| n as isize))
        .collect();
    let a = reshape(a, &dims)?;
    // Interleave (r0, d0, r1, d1, ...) with the reps axes stretched.
    let mut shape = Vec::with_capacity(2 * nd);
    let mut strides = Vec::with_capacity(2 * nd);
    for (k, &r) in reps_full.iter().enumerate() {
        shape.push(r);
        strides.push(0);
        shape.push(a.shape()[k]);
        strides.push(a.strides()[k]);
    }
    let stretched = a.view(a.offset(), shape, strides);
    let out: Vec<usize> = (0..nd).map(|k| reps_full[k] * a.shape()[k]).collect();
    materialize(&stretched, &out)
}

/// `np.roll` along one axis: the last `shift` elements (mod length) come first.
pub fn roll(a: &Array, shift: i64, axis: usize) -> Result<Array> {
    let n = a.shape()[axis];
    if n == 0 {
        return copy(a);
    }
    let s = shift.rem_euclid(n as i64) as usize;
    let parts = [narrow(a, axis, n - s, s), narrow(a, axis, 0, n - s)];
    concatenate(&parts, axis)
}

/// How `np.pad` fills the new border.
#[derive(Clone, Copy, Debug)]
pub enum PadMode {
    /// The value, already of the array's dtype, for the (before, after) sides.
    Constant(Scalar, Scalar),
    Edge,
    /// Mirrored about the edge ('reflect') or including it ('symmetric').
    Reflect {
        include_edge: bool,
    },
    Wrap,
}

/// `np.pad` along one axis.
pub fn pad_axis(
    a: &Array,
    axis: usize,
    before: usize,
    after: usize,
    mode: PadMode,
) -> Result<Array> {
    let n = a.shape()[axis];
    if !matches!(mode, PadMode::Constant(..)) && n == 0 && before + after > 0 {
        return Err(Error::value_error(
            "can't extend empty axis 0 using modes other than 'constant' or 'empty'"
                .replace("axis 0", &format!("axis {axis}")),
        ));
    }
    let side = |count: usize, at_end: bool| -> Result<Array> {
        let mut shape = a.shape().to_vec();
        shape[axis] = count;
        match mode {
            PadMode::Constant(lo, hi) => {
                super::construct::filled(if at_end { hi } else { lo }, shape)
            }
            // Nothing to add; an empty axis only ever gets these.
            _ if count == 0 => Ok(narrow(a, axis, 0, 0)),
            _ => {
                let one = narrow(a, axis, if at_end { n - 1 } else { 0 }, 1);
                Ok(broadcast_to(&one, &shape).expect("a unit axis stretches"))
            }
        }
    };
    let sources = match mode {
        // A single element extends as 'edge' does, in every mode.
        _ if n <= 1 => None,
        PadMode::Reflect { include_edge } => Some(reflect_sources(n, before, after, include_edge)),
        PadMode::Wrap => Some(wrap_sources(n, before, after)),
        _ => None,
    };
    match sources {
        Some(idx) => super::gather::take(a, axis, &idx, &[idx.len()]),
        None => concatenate(&[side(before, false)?, a.clone(), side(after, true)?], axis),
    }
}

/// For each place of the padded axis, the element of the original it
/// copies, filled in rounds by `round(v, left, right)` (which returns the
/// pad widths still unfilled) as NumPy fills a pad longer than the axis.
fn pad_sources(
    n: usize,
    before: usize,
    after: usize,
    round: impl Fn(&mut [usize], usize, usize) -> (usize, usize),
) -> Vec<usize> {
    let mut v: Vec<usize> = (0..before + n + after)
        .map(|p| p.saturating_sub(before).min(n - 1))
        .collect();
    let (mut left, mut right) = (before, after);
    while left > 0 || right > 0 {
        (left, right) = round(&mut v, left, right);
    }
    v
}

/// NumPy's `_set_reflect_both` on positions: each round mirrors at most
/// the filled part (less its edge, unless the edge repeats) onto each pad.
fn reflect_sources(n: usize, before: usize, after: usize, include_edge: bool) -> Vec<usize> {
    pad_sources(n, before, after, |v, left, right| {
        let len = v.len();
        let filled = len - left - right;
        let (chunk, edge) = if include_edge {
            (filled / n * n, 1)
        } else {
            ((filled - 1) / (n - 1) * (n - 1), 0)
        };
        let (cl, cr) = (chunk.min(left), chunk.min(right));
        for k in 0..cl {
            v[left - 1 - k] = v[left - edge + 1 + k];
        }
        // NumPy's slice(-right + edge - 2, ..., -1), read from the end.
        for k in 0..cr {
            v[len - right + k] = v[len + edge - right - 2 - k];
        }
        (left - cl, right - cr)
    })
}

/// NumPy's `_set_wrap_both` on positions: each round copies up to a whole
/// number of periods from the far side of the filled part.
fn wrap_sources(n: usize, before: usize, after: usize) -> Vec<usize> {
    pad_sources(n, before, after, |v, left, right| {
        let len = v.len();
        let period = (len - left - right) / n * n;
        let (cl, cr) = (period.min(left), period.min(right));
        v.copy_within(left + period - cl..left + period, left - cl);
        v.copy_within(len - right - period..len - right - period + cr, len - right);
        (left - cl, right - cr)
    })
}

/// The pieces `a[bounds[i]:bounds[i+1]]` along `axis`, as views.
pub fn split_at(a: &Array, axis: usize, bounds: &[(usize, usize)]) -> Vec<Array> {
    let n = a.shape()[axis];
    bounds
        .iter()
        .map(|&(lo, hi)| {
            let lo = lo.min(n);
            let hi = hi.min(n).max(lo);
            narrow(a, axis, lo, hi - lo)
        })
        .collect()
}

/// `np.insert` at one place: `values` (of `a`'s dtype, already shaped
/// like the inserted block) goes before index `at` along `axis`.
pub fn insert_block(a: &Array, axis: usize, at: usize, values: &Array) -> Result<Array> {
    let n = a.shape()[axis];
    let parts = [
        narrow(a, axis, 0, at),
        values.clone(),
        narrow(a, axis, at, n - at),
    ];
    concatenate(&parts, axis)
}

/// `np.insert` at several places: `indices` are positions in the result
/// (already shifted as NumPy shifts them), `values` broadcasts to the block
/// of `indices.len()` along `axis`. Later duplicates win, as assignment does.
pub fn insert_many(a: &Array, axis: usize, indices: &[usize], values: &Array) -> Result<Array> {
    let n = a.shape()[axis];
    let total = n + indices.len();
    let mut block_shape = a.shape().to_vec();
    block_shape[axis] = indices.len();
    let block = broadcast_to(values, &block_shape).ok_or_else(|| {
        Error::value_error(format!(
            "shape mismatch: value array of shape {} could not be broadcast to indexing result of shape {}",
            super::shape_repr(values.shape()),
            super::shape_repr(&block_shape)
        ))
    })?;
    let mut out_shape = a.shape().to_vec();
    out_shape[axis] = total;
    let out = Array::zeros(a.dtype(), out_shape)?;
    let mut is_new = vec![false; total];
    for (j, &i) in indices.iter().enumerate() {
        is_new[i] = true;
        copy_into(&narrow(&out, axis, i, 1), &narrow(&block, axis, j, 1))?;
    }
    let mut old = 0;
    for (i, &fresh) in is_new.iter().enumerate() {
        if !fresh {
            copy_into(&narrow(&out, axis, i, 1), &narrow(a, axis, old, 1))?;
            old += 1;
        }
    }
    Ok(out)
}

/// `np.delete`: the elements along `axis` whose `keep` entry is true, copied.
pub fn keep_along(a: &Array, axis: usize, keep: &[bool]) -> Result<Array> {
    let parts: Vec<Array> = keep
        .iter()
        .enumerate()
        .filter(|(_, k)| **k)
        .map(|(i, _)| narrow(a, axis, i, 1))
        .collect();
    if parts.is_empty() {
        let mut shape = a.shape().to_vec();
        shape[axis] = 0;
        return Array::zeros(a.dtype(), shape);
    }
    concatenate(&parts, axis)
}

/// A shape with `ndmin` dimensions at least, ones prepended (np.array's `ndmin`).
pub fn at_least(a: &Array, ndmin: usize) -> Array {
    if a.ndim() >= ndmin {
        return a.clone();
    }
    let extra = ndmin - a.ndim();
    expand_dims(a, &(0..extra).collect::<Vec<_>>())
}

/// The promoted dtype of several arrays (np.result_type of arrays).
pub fn common_dtype(parts: &[Array]) -> Option<DType> {
    super::promote::promote_sequence(&parts.iter().map(|p| p.dtype()).collect::<Vec<_>>())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn arange(n: i64, shape: Vec<usize>) -> Array {
        Array::from_vec((0..n).collect::<Vec<i64>>(), shape)
    }

    #[test]
    fn flip_is_a_view_that_writes_through() {
        let a = arange(6, vec![2, 3]);
        let f = flip(&a, &[1]);
        assert_eq!(f.to_vec::<i64>(), vec![2, 1, 0, 5, 4, 3]);
        assert!(f.shares_buffer(&a));
        let both = flip(&a, &[0, 1]);
        assert_eq!(both.to_vec::<i64>(), vec![5, 4, 3, 2, 1, 0]);
        copy_into(
            &narrow(&f, 1, 0, 1),
            &Array::from_vec(vec![9i64, 9], vec![2, 1]),
        )
        .unwrap();
        assert_eq!(a.to_vec::<i64>(), vec![0, 1, 9, 3, 4, 9]);
    }

    #[test]
    fn repeat_tile_roll() {
        let a = arange(3, vec![3]);
        assert_eq!(
            repeat(&a, &[2], 0).unwrap().to_vec::<i64>(),
            vec![0, 0, 1, 1, 2, 2]
        );
        assert_eq!(
            repeat(&a, &[0, 1, 2], 0).unwrap().to_vec::<i64>(),
            vec![1, 2, 2]
        );
        let t = tile(&a, &[2, 2]).unwrap();
        assert_eq!(t.shape(), &[2, 6]);
        assert_eq!(t.to_vec::<i64>()[..6], [0, 1, 2, 0, 1, 2]);
        assert_eq!(roll(&a, -1, 0).unwrap().to_vec::<i64>(), vec![1, 2, 0]);
        assert_eq!(roll(&a, 4, 0).unwrap().to_vec::<i64>(), vec![2, 0, 1]);
    }

    #[test]
    fn axes_views() {
        let a = arange(6, vec![1, 2, 3]);
        assert_eq!(squeeze(&a, None).unwrap().shape(), &[2, 3]);
        assert!(squeeze(&a, Some(&[1])).is_err());
        assert_eq!(moveaxis(&a, &[2], &[0]).shape(), &[3, 1, 2]);
        assert_eq!(swapaxes(&a, 0, 2).shape(), &[3, 2, 1]);
        assert_eq!(expand_dims(&a, &[0, 4]).shape(), &[1, 1, 2, 3, 1]);
    }

    #[test]
    fn insert_and_delete() {
        let a = arange(3, vec![3]);
        let v = Array::from_vec(vec![7i64, 8], vec![2]);
        let r = insert_many(&a, 0, &[1, 2], &v).unwrap();
        assert_eq!(r.to_vec::<i64>(), vec![0, 7, 8, 1, 2]);
        let d = keep_along(&a, 0, &[true, false, true]).unwrap();
        assert_eq!(d.to_vec::<i64>(), vec![0, 2]);
        let p = pad_axis(&a, 0, 2, 1, PadMode::Edge).unwrap();
        assert_eq!(p.to_vec::<i64>(), vec![0, 0, 0, 1, 2, 2]);
    }
}

/// NumPy's memory orders once 'A' is resolved against an array.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Order {
    C,
    F,
    K,
}

/// `PyArray_ISFORTRAN`: Fortran-contiguous and not C-contiguous, which
/// order 'A' reads as Fortran.
pub fn is_fortran(a: &Array) -> bool {
    a.is_f_contiguous() && !a.is_c_contiguous()
}

/// The axes, outermost first, in which a copy in `order` is laid out, as
/// `PyArray_NewLikeArray` allocates it: 'K' keeps a C- or Fortran-contiguous
/// array's order, else sorts the axes by absolute stride, largest first
/// (`PyArray_CreateSortedStridePerm`, stable).
pub fn layout_perm(a: &Array, order: Order) -> Vec<usize> {
    let n = a.ndim();
    let mut perm: Vec<usize> = (0..n).collect();
    match order {
        Order::C => {}
        Order::F => perm.reverse(),
        Order::K if a.is_c_contiguous() || n <= 1 => {}
        Order::K if a.is_f_contiguous() => perm.reverse(),
        Order::K => perm.sort_by_key(|&k| std::cmp::Reverse(a.strides()[k].unsigned_abs())),
    }
    perm
}

/// The axes, outermost first, in which `nditer` visits `a` in `order`
/// without negating strides (as `PyArray_CopyAsFlat` reads for ravel and
/// flatten): 'K' sorts by stride where the strides decide, C order elsewhere.
pub fn iteration_perm(a: &Array, order: Order) -> Vec<usize> {
    if order != Order::K || a.ndim() <= 1 {
        return layout_perm(a, order);
    }
    // Innermost first, as npyiter_fill_axisdata; a unit axis has stride 0.
    let mut axes: Vec<(usize, [isize; 1])> = (0..a.ndim())
        .rev()
        .map(|k| (k, [if a.shape()[k] == 1 { 0 } else { a.strides()[k] }]))
        .collect();
    best_axis_ordering(&mut axes, 1, |(_, s)| s);
    axes.iter().rev().map(|&(k, _)| k).collect()
}

/// npyiter_find_best_axis_ordering over axes listed innermost first: a
/// stable insertion sort by stride, smallest innermost; where operands
/// disagree, or a stride is 0, C order wins.
pub fn best_axis_ordering<T>(axes: &mut Vec<T>, nop: usize, strides: impl Fn(&T) -> &[isize]) {
    for i0 in 1..axes.len() {
        let mut ipos = i0;
        for i1 in (0..i0).rev() {
            let (s0, s1) = (strides(&axes[i0]), strides(&axes[i1]));
            let mut ambig = true;
            let mut swap = false;
            for iop in 0..nop {
                if s0[iop] != 0 && s1[iop] != 0 {
                    if s1[iop].abs() <= s0[iop].abs() {
                        swap = false;
                    } else if ambig {
                        swap = true;
                    }
                    ambig = false;
                }
            }
            if !ambig {
                if swap {
                    ipos = i1;
                } else {
                    break;
                }
            }
        }
        if ipos != i0 {
            let ax = axes.remove(i0);
            axes.insert(ipos, ax);
        }
    }
}

/// The elements of `a` as one axis, read in `order` (`a.ravel(order)`):
/// the C ravel of the axes permuted, so a view wherever that is contiguous.
pub fn ravel_in(a: &Array, order: Order) -> Result<Array> {
    super::shape::ravel(&permuted(a, &iteration_perm(a, order)))
}

/// A fresh owner holding `a`'s elements laid out in `order`: the C copy
/// (by `copy`, which may also cast) of the axes permuted, given back the
/// original axis order. Fortran order is C order on the reversed axes.
pub fn copy_in(
    a: &Array,
    order: Order,
    copy: impl FnOnce(&Array) -> Result<Array>,
) -> Result<Array> {
    compute_in(a, &layout_perm(a, order), |v, _| copy(v))
}

/// `f` run on the view of `a` with its axes in `perm` (outermost first),
/// whose C-laid result (of the same number of axes; their lengths may
/// differ) is given back `a`'s axis order: the result is laid out in
/// `perm`, as NumPy allocates a result in an iterator's axis order.
pub fn compute_in(
    a: &Array,
    perm: &[usize],
    f: impl FnOnce(&Array, &[usize]) -> Result<Array>,
) -> Result<Array> {
    if perm.iter().enumerate().all(|(i, &k)| i == k) {
        return f(a, perm);
    }
    let view = permuted(a, perm);
    let c = f(&view, perm).map_err(|mut e| {
        // NumPy names the result's shape in its own axis order.
        if e.class == crate::error::Exc::ArrayMemoryError {
            let (inner, outer) = (
                super::shape_repr(view.shape()),
                super::shape_repr(a.shape()),
            );
            e.message = e.message.replace(
                &format!("with shape {inner} "),
                &format!("with shape {outer} "),
            );
        }
        e
    })?;
    let mut shape = vec![0usize; a.ndim()];
    let mut strides = vec![0isize; a.ndim()];
    for (i, &k) in perm.iter().enumerate() {
        shape[k] = c.shape()[i];
        strides[k] = c.strides()[i];
    }
    Ok(c.with_geometry(shape, strides))
}
