//! Reductions (sum, prod, min, max, mean) with NumPy's result dtypes and
//! summation order — pairwise along the contiguous inner loop
//! (numpy/_core/src/umath/loops_utils.h.src), sequential across rows — and
//! `diff`, `array_equal`, `allclose`.

use super::promote::Operand;
use super::shape::{broadcast_shapes, broadcast_to, concatenate};
use super::ufunc::binary;
use super::ufuncs::Ufunc;
use super::{Array, DType, Element, Kind, Scalar, Stored, cast_array, cast_scalar, signals};
use crate::error::{Error, Result};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reduction {
    Sum,
    Prod,
    Min,
    Max,
    Mean,
}

/// The accumulation dtype NumPy picks for sum/prod (small ints → platform int).
fn accumulation_dtype(kind: Reduction, d: DType) -> DType {
    match (kind, d.kind()) {
        (Reduction::Sum | Reduction::Prod, Kind::Bool | Kind::Int) if d.itemsize() < 8 => {
            DType::Int64
        }
        (Reduction::Sum | Reduction::Prod, Kind::UInt) if d.itemsize() < 8 => DType::UInt64,
        (Reduction::Mean, Kind::Bool | Kind::Int | Kind::UInt) => DType::Float64,
        (Reduction::Mean, _) if d == DType::Float16 => DType::Float32,
        _ => d,
    }
}

/// Element operations the reductions need, per dtype.
trait Reduce: Element + Stored {
    fn add(a: Self, b: Self) -> Self;
    fn mul(a: Self, b: Self) -> Self;
    /// `np.minimum`/`np.maximum`: NaN propagates.
    fn pick(a: Self, b: Self, max: bool) -> Self;
    /// NumPy sums floats pairwise (in blocks of 8, halving above 128).
    const PAIRWISE: bool;
}

macro_rules! int_reduce {
    ($($t:ty),*) => {$(
        impl Reduce for $t {
            fn add(a: $t, b: $t) -> $t { a.wrapping_add(b) }
            fn mul(a: $t, b: $t) -> $t { a.wrapping_mul(b) }
            fn pick(a: $t, b: $t, max: bool) -> $t { if max { a.max(b) } else { a.min(b) } }
            const PAIRWISE: bool = false;
        }
    )*};
}
int_reduce!(i8, i16, i32, i64, u8, u16, u32, u64);

impl Reduce for bool {
    fn add(a: bool, b: bool) -> bool {
        a | b
    }
    fn mul(a: bool, b: bool) -> bool {
        a & b
    }
    fn pick(a: bool, b: bool, max: bool) -> bool {
        if max { a | b } else { a & b }
    }
    const PAIRWISE: bool = false;
}

macro_rules! float_reduce {
    ($($t:ty),*) => {$(
        impl Reduce for $t {
            fn add(a: $t, b: $t) -> $t { a + b }
            fn mul(a: $t, b: $t) -> $t { a * b }
            fn pick(a: $t, b: $t, max: bool) -> $t {
                if a.is_nan() || b.is_nan() { <$t>::NAN } else if max { a.max(b) } else { a.min(b) }
            }
            const PAIRWISE: bool = true;
        }
    )*};
}
float_reduce!(f32, f64);

impl Reduce for half::f16 {
    fn add(a: Self, b: Self) -> Self {
        half::f16::from_f32(a.to_f32() + b.to_f32())
    }
    fn mul(a: Self, b: Self) -> Self {
        half::f16::from_f32(a.to_f32() * b.to_f32())
    }
    fn pick(a: Self, b: Self, max: bool) -> Self {
        half::f16::from_f32(f32::pick(a.to_f32(), b.to_f32(), max))
    }
    const PAIRWISE: bool = false;
}

macro_rules! complex_reduce {
    ($($t:ty),*) => {$(
        impl Reduce for $t {
            fn add(a: $t, b: $t) -> $t { a + b }
            fn mul(a: $t, b: $t) -> $t { <$t>::new(a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re) }
            fn pick(a: $t, b: $t, max: bool) -> $t {
                let greater = (a.re, a.im) > (b.re, b.im);
                if greater == max { a } else { b }
            }
            const PAIRWISE: bool = false;
        }
    )*};
}
complex_reduce!(num_complex::Complex32, num_complex::Complex64);

/// NumPy's `pairwise_sum`.
fn pairwise<T: Reduce>(a: &[T]) -> T {
    let n = a.len();
    if n < 8 {
        let mut res = T::default();
        for &x in a {
            res = T::add(res, x);
        }
        res
    } else if n <= 128 {
        let mut r: [T; 8] = a[..8].try_into().expect("eight");
        let mut i = 8;
        while i < n - n % 8 {
            for j in 0..8 {
                r[j] = T::add(r[j], a[i + j]);
            }
            i += 8;
        }
        let mut res = T::add(
            T::add(T::add(r[0], r[1]), T::add(r[2], r[3])),
            T::add(T::add(r[4], r[5]), T::add(r[6], r[7])),
        );
        for &x in &a[i..] {
            res = T::add(res, x);
        }
        res
    } else {
        let mut n2 = n / 2;
        n2 -= n2 % 8;
        T::add(pairwise(&a[..n2]), pairwise(&a[n2..]))
    }
}

/// Reduces one contiguous run into `acc` (which already holds the first element).
fn fold_run<T: Reduce>(kind: Reduction, acc: T, run: &[T]) -> T {
    match kind {
        Reduction::Sum | Reduction::Mean if T::PAIRWISE => T::add(acc, pairwise(run)),
        Reduction::Sum | Reduction::Mean => run.iter().fold(acc, |a, &x| T::add(a, x)),
        Reduction::Prod => run.iter().fold(acc, |a, &x| T::mul(a, x)),
        Reduction::Min => run.iter().fold(acc, |a, &x| T::pick(a, x, false)),
        Reduction::Max => run.iter().fold(acc, |a, &x| T::pick(a, x, true)),
    }
}

/// Reduce the middle axis of a C-ordered (outer, n, inner) block.
fn reduce_block<T: Reduce>(
    kind: Reduction,
    data: &[T],
    outer: usize,
    n: usize,
    inner: usize,
    chunk: usize,
) -> Vec<T> {
    let mut out = Vec::with_capacity(outer * inner);
    for o in 0..outer {
        let block = &data[o * n * inner..(o + 1) * n * inner];
        // NumPy 2 starts a sum from its identity (so [-0.0] sums to 0.0 and
        // the pairwise blocks begin at the first element); the others start
        // from the first element.
        let from_identity = matches!(kind, Reduction::Sum | Reduction::Mean);
        if inner == 1 {
            // The reduced axis is the contiguous inner loop: a start, then runs.
            let (mut acc, mut start) = if from_identity {
                (T::default(), 0)
            } else {
                (block[0], 1)
            };
            while start < n {
                let end = start.saturating_add(chunk).min(n);
                acc = fold_run(kind, acc, &block[start..end]);
                start = end;
            }
            out.push(acc);
        } else {
            // Outer axis: rows are combined one after another.
            let (mut acc, first): (Vec<T>, usize) = if from_identity {
                (vec![T::default(); inner], 0)
            } else {
                (block[..inner].to_vec(), 1)
            };
            for i in first..n {
                let row = &block[i * inner..(i + 1) * inner];
                for (a, &x) in acc.iter_mut().zip(row) {
                    *a = fold_run(kind, *a, std::slice::from_ref(&x));
                }
            }
            out.extend(acc);
        }
    }
    out
}

/// The array as NumPy's iterator meets it: for a full reduction its axes
/// in memory order (largest stride first), for an axis reduction the reduced
/// axis moved last when it is the innermost in memory. Also the length of
/// the runs the inner loop sees (usize::MAX: no limit; 1: element by element).
fn memory_order(a: &Array, axis: Option<usize>) -> (Array, Option<usize>, usize) {
    let dims: Vec<usize> = (0..a.ndim()).filter(|&d| a.shape()[d] > 1).collect();
    let stride = |d: usize| a.strides()[d].unsigned_abs();
    // The innermost axis in memory: the smallest stride, the last on ties.
    let innermost = dims
        .iter()
        .copied()
        .min_by(|&x, &y| stride(x).cmp(&stride(y)).then(y.cmp(&x)));
    match axis {
        Some(ax) => {
            let last = a.ndim() - 1;
            if innermost == Some(ax) && ax != last {
                let moved = super::layout::moveaxis(a, &[ax], &[last]);
                (moved, Some(last), usize::MAX)
            } else if innermost.is_some() && innermost != Some(ax) && dims.last() == Some(&ax) {
                // Logically last but not innermost in memory: the rows are
                // added one after another.
                (a.clone(), Some(ax), 1)
            } else {
                (a.clone(), Some(ax), usize::MAX)
            }
        }
        None => {
            // Axes in memory order (NumPy does not flip negative strides here).
            if a.is_c_contiguous() || dims.len() < 2 {
                return (a.clone(), None, usize::MAX);
            }
            let mut order = dims.clone();
            order.sort_by_key(|&d| std::cmp::Reverse(stride(d)));
            let shape: Vec<usize> = order.iter().map(|&d| a.shape()[d]).collect();
            let strides: Vec<isize> = order.iter().map(|&d| a.strides()[d]).collect();
            let k = order.len() - 1;
            let mut step = strides[k] * shape[k] as isize;
            let mut coalesced = true;
            for j in (0..k).rev() {
                coalesced &= strides[j] == step;
                step *= shape[j] as isize;
            }
            // One coalesced run is summed whole; otherwise NumPy copies the
            // elements into its 8192-element buffer and sums each buffer.
            // (whole innermost rows per buffer: 8160 for rows of 60).
            let rows = (8192 / shape[k].max(1)).max(1) * shape[k];
            let run = if coalesced {
                usize::MAX
            } else {
                rows.clamp(1, 8192)
            };
            (a.view(a.offset(), shape, strides), None, run)
        }
    }
}

/// `x` laid out in memory like `like` (same shape): NumPy's ufuncs give
/// their output the memory order of their inputs (order='K').
pub fn with_layout_of(x: &Array, like: &Array) -> Result<Array> {
    if like.is_c_contiguous() || like.ndim() < 2 || x.shape() != like.shape() {
        return Ok(x.clone());
    }
    let mut perm: Vec<usize> = (0..like.ndim()).collect();
    perm.sort_by_key(|&d| std::cmp::Reverse(like.strides()[d].unsigned_abs()));
    let p: Vec<isize> = perm.iter().map(|&d| d as isize).collect();
    let c = super::shape::copy(&super::shape::transpose(x, Some(&p))?)?;
    let mut strides = vec![0isize; like.ndim()];
    for (i, &d) in perm.iter().enumerate() {
        strides[d] = c.strides()[i];
    }
    Ok(c.view(c.offset(), x.shape().to_vec(), strides))
}

fn normalize_axis(axis: isize, ndim: usize) -> Result<usize> {
    let n = ndim as isize;
    if axis < -n || axis >= n {
        return Err(Error::axis_error(axis as i64, ndim));
    }
    Ok(axis.rem_euclid(n.max(1)) as usize)
}

/// `np.<kind>(a, axis, dtype, keepdims)`; a 0-d result for full reductions.
pub fn reduce(
    a: &Array,
    kind: Reduction,
    axis: Option<isize>,
    dtype: Option<DType>,
    keepdims: bool,
) -> Result<Array> {
    let acc_dtype = dtype.map_or_else(
        || accumulation_dtype(kind, a.dtype()),
        |d| {
            if kind == Reduction::Mean && d == DType::Float16 {
                DType::Float32
            } else {
                d
            }
        },
    );
    let axis = axis.map(|ax| normalize_axis(ax, a.ndim())).transpose()?;
    // NumPy's iterator walks the operand in memory order: the reduced axis
    // is summed pairwise only when it is the innermost one in memory, and a
    // full reduction runs pairwise over each innermost contiguous run.
    let (orig, orig_axis) = (a, axis);
    let (a, axis, run) = memory_order(a, axis);
    let a = &a;
    let (outer, n, inner, out_shape) = match axis {
        None => (1, a.size(), 1, vec![]),
        Some(ax) => {
            let s = a.shape();
            let mut shape = s.to_vec();
            shape.remove(ax);
            (
                s[..ax].iter().product(),
                s[ax],
                s[ax + 1..].iter().product(),
                shape,
            )
        }
    };
    let kept_shape = |shape: Vec<usize>| -> Vec<usize> {
        if !keepdims {
            return shape;
        }
        match orig_axis {
            None => vec![1; orig.ndim()],
            Some(ax) => {
                let mut s = orig.shape().to_vec();
                s[ax] = 1;
                s
            }
        }
    };
    // float16 sums run in float32 along a contiguous run (NumPy's half loop
    // accumulates in float), rounding to float16 once at the end.
    if acc_dtype == DType::Float16 && matches!(kind, Reduction::Sum) && inner == 1 {
        let r = reduce(
            &cast_array(orig, DType::Float32)?,
            kind,
            orig_axis.map(|x| x as isize),
            None,
            keepdims,
        )?;
        return cast_array(&r, DType::Float16);
    }
    // Casting needs NumPy's buffered iteration: runs of 8192 elements.
    let chunk = if acc_dtype == a.dtype() {
        run
    } else {
        8192.min(run)
    };
    let x = if acc_dtype == a.dtype() {
        a.clone()
    } else {
        cast_array(a, acc_dtype)?
    };
    let result = if n == 0 {
        match kind {
            Reduction::Min | Reduction::Max => {
                let which = if kind == Reduction::Min {
                    "minimum"
                } else {
                    "maximum"
                };
                return Err(Error::value_error(format!(
                    "zero-size array to reduction operation {which} which has no identity"
                )));
            }
            Reduction::Sum | Reduction::Mean => super::construct::filled(
                cast_scalar(Scalar::Bool(false), acc_dtype),
                vec![outer * inner],
            )?,
            Reduction::Prod => super::construct::filled(
                cast_scalar(Scalar::Bool(true), acc_dtype),
                vec![outer * inner],
            )?,
        }
    } else {
        crate::with_dtype!(acc_dtype, T => {
            let data = x.to_vec::<T>();
            let v = reduce_block::<T>(kind, &data, outer, n, inner, chunk);
            signals::check_interrupt()?;
            Array::from_vec(v, vec![outer * inner])
        })
    };
    let result = if kind == Reduction::Mean {
        mean_divide(&result, n, a.dtype(), dtype)?
    } else {
        result
    };
    let shape = kept_shape(out_shape);
    Ok(result.view(result.offset(), shape.clone(), super::c_strides(&shape)))
}

/// `mean = sum / count`, in the sum's dtype, then float16 back to float16.
fn mean_divide(sum: &Array, n: usize, input: DType, dtype: Option<DType>) -> Result<Array> {
    if n == 0 {
        signals::warn("RuntimeWarning", "Mean of empty slice");
    }
    let r = binary(
        Ufunc::TrueDivide,
        &Operand::Array(sum.clone()),
        &Operand::PyInt((n as i64).into()),
    )?;
    let target = dtype.unwrap_or(if input == DType::Float16 {
        DType::Float16
    } else {
        r.dtype()
    });
    if target != r.dtype() {
        cast_array(&r, target)
    } else {
        Ok(r)
    }
}

/// `np.diff(a, n, axis, prepend, append)`.
pub fn diff(
    a: &Array,
    n: i64,
    axis: isize,
    prepend: Option<Array>,
    append: Option<Array>,
) -> Result<Array> {
    if n == 0 {
        return Ok(a.clone());
    }
    if n < 0 {
        return Err(Error::value_error(format!(
            "order must be non-negative but got {n}"
        )));
    }
    if a.ndim() == 0 {
        return Err(Error::value_error(
            "diff requires input that is at least one dimensional",
        ));
    }
    let ax = normalize_axis(axis, a.ndim())?;
    let edge = |e: Array| -> Array {
        if e.ndim() == 0 {
            let mut shape = a.shape().to_vec();
            shape[ax] = 1;
            broadcast_to(&e, &shape).expect("a 0-d array broadcasts")
        } else {
            e
        }
    };
    // NumPy's concatenate checks the axis against the first part's dimensions.
    if let Some(p) = &prepend
        && p.ndim() > 0
        && ax >= p.ndim()
    {
        return Err(Error::axis_error(ax as i64, p.ndim()));
    }
    let mut parts = Vec::new();
    parts.extend(prepend.map(edge));
    parts.push(a.clone());
    parts.extend(append.map(edge));
    let mut x = if parts.len() > 1 {
        concatenate(&parts, ax)?
    } else {
        a.clone()
    };
    let op = if x.dtype() == DType::Bool {
        Ufunc::NotEqual
    } else {
        Ufunc::Subtract
    };
    for _ in 0..n {
        let len = x.shape()[ax];
        let take = |lo: usize, count: usize| super::layout::narrow(&x, ax, lo, count);
        let count = len.saturating_sub(1);
        let (hi, lo) = (take(if len > 0 { 1 } else { 0 }, count), take(0, count));
        x = binary(op, &Operand::Array(hi), &Operand::Array(lo))?;
    }
    Ok(x)
}

/// `np.array_equal(a, b, equal_nan)`.
pub fn array_equal(a: &Array, b: &Array, equal_nan: bool) -> Result<bool> {
    if a.shape() != b.shape() {
        return Ok(false);
    }
    let eq = binary(
        Ufunc::Equal,
        &Operand::Array(a.clone()),
        &Operand::Array(b.clone()),
    )?;
    let eq = eq.to_vec::<bool>();
    if !equal_nan {
        return Ok(eq.iter().all(|&x| x));
    }
    let (na, nb) = (is_nan(a)?, is_nan(b)?);
    Ok(eq
        .iter()
        .zip(na.iter().zip(&nb))
        .all(|(&e, (&x, &y))| e || (x && y)))
}

fn is_nan(a: &Array) -> Result<Vec<bool>> {
    Ok(match a.dtype().kind() {
        Kind::Float => cast_array(a, DType::Float64)?
            .to_vec::<f64>()
            .iter()
            .map(|x| x.is_nan())
            .collect(),
        Kind::Complex => cast_array(a, DType::Complex128)?
            .to_vec::<num_complex::Complex64>()
            .iter()
            .map(|c| c.re.is_nan() || c.im.is_nan())
            .collect(),
        _ => vec![false; a.size()],
    })
}

/// `np.allclose`: every |a - b| <= atol + rtol * |b|, infinities equal only to themselves.
pub fn allclose(a: &Array, b: &Array, rtol: f64, atol: f64, equal_nan: bool) -> Result<bool> {
    let shape = broadcast_shapes(&[a.shape(), b.shape()])?;
    let as_c = |x: &Array| -> Result<Vec<num_complex::Complex64>> {
        Ok(cast_array(
            &broadcast_to(x, &shape).expect("broadcast"),
            DType::Complex128,
        )?
        .to_vec())
    };
    let (x, y) = (as_c(a)?, as_c(b)?);
    Ok(x.iter().zip(&y).all(|(p, q)| {
        let nan = |c: &num_complex::Complex64| c.re.is_nan() || c.im.is_nan();
        if nan(p) || nan(q) {
            return equal_nan && nan(p) && nan(q);
        }
        let finite = |c: &num_complex::Complex64| c.re.is_finite() && c.im.is_finite();
        if !finite(p) || !finite(q) {
            return p == q;
        }
        (p - q).norm() <= atol + rtol * q.norm()
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sums_like_numpy() {
        // NumPy 2.4.6: np.sum(np.arange(6).reshape(2, 3), axis=0) == [3, 5, 7]; mean == 2.5
        let a = Array::from_vec((0..6i64).collect(), vec![2, 3]);
        assert_eq!(
            reduce(&a, Reduction::Sum, Some(0), None, false)
                .unwrap()
                .to_vec::<i64>(),
            vec![3, 5, 7]
        );
        assert_eq!(
            reduce(&a, Reduction::Mean, None, None, false)
                .unwrap()
                .to_vec::<f64>(),
            vec![2.5]
        );
        // np.sum(np.arange(1000) / 7) (pairwise) == 71357.14285714286
        let f = Array::from_vec((0..1000).map(|i| i as f64 / 7.0).collect(), vec![1000]);
        assert_eq!(
            reduce(&f, Reduction::Sum, None, None, false)
                .unwrap()
                .to_vec::<f64>(),
            vec![71357.14285714286]
        );
        let e = Array::from_vec(Vec::<f64>::new(), vec![0]);
        assert_eq!(
            reduce(&e, Reduction::Max, None, None, false)
                .unwrap_err()
                .message,
            "zero-size array to reduction operation maximum which has no identity"
        );
    }

    #[test]
    fn diff_like_numpy() {
        let a = Array::from_vec(vec![1i64, 3, 6, 10], vec![4]);
        assert_eq!(
            diff(&a, 1, -1, None, None).unwrap().to_vec::<i64>(),
            vec![2, 3, 4]
        );
        let zero = Array::from_vec(vec![0i64], vec![]);
        assert_eq!(
            diff(&a, 1, -1, Some(zero), None).unwrap().to_vec::<i64>(),
            vec![1, 2, 3, 4]
        );
        assert_eq!(
            diff(&a, -1, -1, None, None).unwrap_err().message,
            "order must be non-negative but got -1"
        );
    }
}
