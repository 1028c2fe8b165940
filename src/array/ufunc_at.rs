//! The ufunc methods that index: `ufunc.at` (unbuffered, in place: a
//! repeated index applies the operation again) and `ufunc.reduceat` (a
//! reduction over each slice between consecutive indices), after NumPy's
//! `ufunc_at` and `PyUFunc_Reduceat` (numpy/_core/src/umath/ufunc_object.c).
//! Both reuse the element operations `accumulate` steps with.

use super::accumulate::{element_fn, negative_exponents};
use super::cast::{FpStatus, cast_array, warn_complex_discard};
use super::element::Elem;
use super::reduce::{Reduce, add_after_first};
use super::signals::{check_interrupt, fp_named};
use super::{Array, DType, Kind, Stored, Ufunc};
use crate::error::Result;

/// One step `x op y` with the floating-point flags NumPy's loops raise.
fn step<L: Elem>(f: fn(L, L, &mut FpStatus) -> L, op: Ufunc, x: L, y: L, st: &mut FpStatus) -> L {
    let r = f(x, y, st);
    let finite = x.finite() && y.finite();
    if finite && !r.finite() && !r.is_nan() && !st.divide_by_zero {
        st.overflow = true;
    }
    if finite
        && r.is_nan()
        && !matches!(
            op,
            Ufunc::TrueDivide | Ufunc::FloorDivide | Ufunc::Remainder
        )
    {
        st.invalid = true;
    }
    r
}

/// The values of `a` at buffer positions `pos`, in `a`'s dtype.
fn gather(a: &Array, pos: &[usize]) -> Array {
    crate::with_dtype!(a.dtype(), T => {
        let buf = a.buffer().borrow();
        let data = T::of(&buf);
        Array::from_vec(pos.iter().map(|&p| data[p]).collect::<Vec<T>>(), vec![pos.len()])
    })
}

/// Writes `values` (dtype of `a`) to `a`'s buffer positions `pos`.
fn scatter(a: &Array, pos: &[usize], values: &Array) {
    crate::with_dtype!(a.dtype(), T => {
        let v = values.to_vec::<T>();
        let mut buf = a.buffer().borrow_mut();
        let data = T::of_mut(&mut buf);
        for (&p, x) in pos.iter().zip(v) {
            data[p] = x;
        }
    })
}

/// `ufunc.at(a, indices, b)`: `targets` are the buffer positions of `a` the
/// index selects, in NumPy's iteration order; `b` (None for one-input
/// ufuncs) is already cast to the loop dtype and has one value per target.
/// The loop runs in `loop_dtype`; each result is cast back to `a`'s dtype
/// unsafely before the next use of the same element, as NumPy's unbuffered
/// loop does. Warnings are named `what` (the ufunc's name on NumPy's
/// indexed-loop path, "at" otherwise).
pub fn at(
    a: &Array,
    op: Ufunc,
    targets: &[usize],
    b: Option<&Array>,
    loop_dtype: DType,
    what: &str,
) -> Result<()> {
    a.check_writeable("output array")?;
    // NumPy's indexed min/max loops compare with `<`, which flags a NaN.
    let nan_invalid = what == op.name() && matches!(op, Ufunc::Maximum | Ufunc::Minimum);
    fp_named(what, || {
        at_rounds(a, op, targets, b, loop_dtype, nan_invalid)
    })
}

fn at_rounds(
    a: &Array,
    op: Ufunc,
    targets: &[usize],
    b: Option<&Array>,
    loop_dtype: DType,
    nan_invalid: bool,
) -> Result<()> {
    // No cast on either side: one pass over the targets, in place.
    if let Some(b) = b
        && a.dtype() == loop_dtype
        && !op.gives_bool()
    {
        let b = cast_array(b, loop_dtype)?;
        if op == Ufunc::Power {
            negative_exponents(&b)?;
        }
        let mut st = FpStatus::default();
        crate::with_dtype!(loop_dtype, L => {
            let f = element_fn::<L>(op)?;
            let y = b.to_vec::<L>();
            let mut buf = a.buffer().borrow_mut();
            let data = L::of_mut(&mut buf);
            for (&p, &q) in targets.iter().zip(&y) {
                let x = data[p];
                if nan_invalid && (x.is_nan() || q.is_nan()) {
                    st.invalid = true;
                }
                data[p] = step(f, op, x, q, &mut st);
            }
        });
        st.report("at");
        return Ok(());
    }
    // Distinct targets in first-seen order, and for each occurrence the
    // round it belongs to (its rank among the occurrences of its target).
    let mut slot_of = std::collections::HashMap::new();
    let mut distinct: Vec<usize> = Vec::new();
    let mut seen: Vec<usize> = Vec::new();
    let mut rounds: Vec<Vec<(usize, usize)>> = Vec::new();
    for (k, &p) in targets.iter().enumerate() {
        let slot = *slot_of.entry(p).or_insert_with(|| {
            distinct.push(p);
            seen.push(0);
            distinct.len() - 1
        });
        let r = seen[slot];
        seen[slot] += 1;
        if rounds.len() <= r {
            rounds.push(Vec::new());
        }
        rounds[r].push((slot, k));
    }
    let a_dtype = a.dtype();
    let b = b.map(|b| cast_array(b, loop_dtype)).transpose()?;
    let b = b.as_ref();
    warn_complex_discard(a_dtype, loop_dtype);
    let out_dtype = if op.gives_bool() {
        DType::Bool
    } else {
        loop_dtype
    };
    warn_complex_discard(out_dtype, a_dtype);
    let cur = cast_array(&gather(a, &distinct), loop_dtype)?;
    let mut st = FpStatus::default();
    for round in &rounds {
        check_interrupt()?;
        let slots: Vec<usize> = round.iter().map(|&(s, _)| s).collect();
        let ks: Vec<usize> = round.iter().map(|&(_, k)| k).collect();
        let x = gather(&cur, &slots);
        let y = b.map(|b| gather(b, &ks));
        let r = apply(op, &x, y.as_ref(), loop_dtype, nan_invalid, &mut st)?;
        // The result goes through `a`'s dtype before it is used again.
        let stored = cast_array(&r, a_dtype)?;
        let back = cast_array(&stored, loop_dtype)?;
        scatter(&cur, &slots, &back);
    }
    let result = cast_array(&cur, a_dtype)?;
    scatter(a, &distinct, &result);
    st.report("at");
    Ok(())
}

/// `op` on one round's values (contiguous 1-d arrays in the loop dtype).
fn apply(
    op: Ufunc,
    x: &Array,
    y: Option<&Array>,
    loop_dtype: DType,
    nan_invalid: bool,
    st: &mut FpStatus,
) -> Result<Array> {
    let Some(y) = y else {
        // One-input ufuncs: their own kernels.
        let r = super::unary::unary(op, x)?;
        return cast_array(&r, loop_dtype);
    };
    if op.gives_bool() {
        return super::ufunc::binary(
            op,
            &super::promote::Operand::Array(x.clone()),
            &super::promote::Operand::Array(y.clone()),
        );
    }
    if op == Ufunc::Power {
        negative_exponents(y)?;
    }
    crate::with_dtype!(loop_dtype, L => {
        let f = element_fn::<L>(op)?;
        let v: Vec<L> = x
            .to_vec::<L>()
            .into_iter()
            .zip(y.to_vec::<L>())
            .map(|(p, q)| {
                if nan_invalid && (p.is_nan() || q.is_nan()) {
                    st.invalid = true;
                }
                step(f, op, p, q, st)
            })
            .collect();
        Ok(Array::from_vec(v, vec![x.size()]))
    })
}

/// `ufunc.reduceat(a, indices, axis)` in `loop_dtype` (indices already
/// checked to lie in `[0, n)`): slice i reduces `a[indices[i]:indices[i+1]]`
/// along `axis`, or is `a[indices[i]]` when the next index is not larger.
pub fn reduceat(
    a: &Array,
    op: Ufunc,
    indices: &[usize],
    axis: usize,
    loop_dtype: DType,
) -> Result<Array> {
    let last = a.ndim() - 1;
    let moved = super::layout::moveaxis(a, &[axis], &[last]);
    // NumPy's half add sums in float and rounds once per slice.
    let work = if op == Ufunc::Add && loop_dtype == DType::Float16 {
        DType::Float32
    } else {
        loop_dtype
    };
    let x = cast_array(&moved, work)?;
    if op == Ufunc::Power {
        // Every element but a slice's first is an exponent.
        let n = a.shape()[axis];
        let mut keep = vec![false; n];
        for (k, &s) in indices.iter().enumerate() {
            let end = indices.get(k + 1).copied().unwrap_or(n);
            for e in keep.iter_mut().take(end).skip(s + 1) {
                *e = true;
            }
        }
        negative_exponents(&super::layout::keep_along(&x, a.ndim() - 1, &keep)?)?;
    }
    let n = a.shape()[axis];
    let lanes = x.size().checked_div(n).unwrap_or(0);
    let k = indices.len();
    let mut st = FpStatus::default();
    let mut shape = moved.shape().to_vec();
    shape[last] = k;
    let r = crate::with_dtype!(work, L => {
        Array::from_vec(reduceat_typed::<L>(&x, op, indices, n, lanes, &mut st)?, shape)
    });
    let r = if work != loop_dtype {
        cast_array(&r, loop_dtype)?
    } else {
        r
    };
    st.report("reduceat");
    super::shape::copy(&super::layout::moveaxis(&r, &[last], &[axis]))
}

fn reduceat_typed<L: Elem + Reduce>(
    x: &Array,
    op: Ufunc,
    indices: &[usize],
    n: usize,
    lanes: usize,
    st: &mut FpStatus,
) -> Result<Vec<L>> {
    let data = x.to_vec::<L>();
    let f = element_fn::<L>(op)?;
    let pairwise = op == Ufunc::Add && matches!(L::DTYPE.kind(), Kind::Float | Kind::Complex);
    let k = indices.len();
    let mut out: Vec<L> = Vec::with_capacity(lanes * k);
    for lane in 0..lanes {
        let row = &data[lane * n..(lane + 1) * n];
        for (i, &start) in indices.iter().enumerate() {
            let end = indices.get(i + 1).copied().unwrap_or(n);
            let first = row[start];
            let v = if end <= start + 1 {
                first
            } else if pairwise {
                let rest = &row[start + 1..end];
                let v = add_after_first(first, rest);
                if !v.finite() && first.finite() && rest.iter().all(|x| x.finite()) {
                    if v.is_nan() {
                        st.invalid = true;
                    } else {
                        st.overflow = true;
                    }
                }
                v
            } else {
                row[start + 1..end]
                    .iter()
                    .fold(first, |acc, &y| step(f, op, acc, y, st))
            };
            out.push(v);
        }
        if lane % 1024 == 0 {
            check_interrupt()?;
        }
    }
    Ok(out)
}
