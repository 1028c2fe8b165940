//! Reductions (sum, prod, min, max, mean) with NumPy's result dtypes and
//! summation order — pairwise along the contiguous inner loop
//! (numpy/_core/src/umath/loops_utils.h.src), sequential across rows — and
//! `diff`, `array_equal`, `allclose`.

use super::cast::FpStatus;
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
pub(super) trait Reduce: Element + Stored {
    fn add(a: Self, b: Self) -> Self;
    fn mul(a: Self, b: Self) -> Self;
    /// `np.minimum`/`np.maximum`: NaN propagates.
    fn pick(a: Self, b: Self, max: bool) -> Self;
    /// NumPy sums floats pairwise (in blocks of 8, halving above 128).
    const PAIRWISE: bool;
    /// Where a short pairwise run starts: -0.0 for floats, so that a run of
    /// -0.0 sums to -0.0 (`0 + -0 == 0`).
    fn neg_zero() -> Self {
        Self::default()
    }
    /// Floats per element: NumPy's complex pairwise sum counts the real and
    /// imaginary parts as two, so its blocks hold 4 complex numbers.
    const LANES: usize = 1;
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
            fn neg_zero() -> $t { -0.0 }
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
            const PAIRWISE: bool = true;
            const LANES: usize = 2;
            fn neg_zero() -> $t { <$t>::new(-0.0, -0.0) }
        }
    )*};
}
complex_reduce!(num_complex::Complex32, num_complex::Complex64);

/// NumPy's `pairwise_sum` (and its complex form, which walks the parts as
/// `2n` floats: the same thresholds in floats, blocks of `8 / LANES`).
fn pairwise<T: Reduce>(a: &[T]) -> T {
    let n = a.len();
    let floats = n * T::LANES;
    let block = 8 / T::LANES;
    if floats < 8 {
        let mut res = T::neg_zero();
        for &x in a {
            res = T::add(res, x);
        }
        res
    } else if floats <= 128 {
        let mut r: [T; 8] = [T::default(); 8];
        r[..block].copy_from_slice(&a[..block]);
        let mut i = block;
        while i < n - n % block {
            for j in 0..block {
                r[j] = T::add(r[j], a[i + j]);
            }
            i += block;
        }
        let head = T::add(T::add(r[0], r[1]), T::add(r[2], r[3]));
        let mut res = if block == 8 {
            T::add(head, T::add(T::add(r[4], r[5]), T::add(r[6], r[7])))
        } else {
            head
        };
        for &x in &a[i..] {
            res = T::add(res, x);
        }
        res
    } else {
        let mut n2 = floats / 2;
        n2 -= n2 % 8;
        let split = n2 / T::LANES;
        T::add(pairwise(&a[..split]), pairwise(&a[split..]))
    }
}

/// `first + pairwise_sum(rest)`: how NumPy's add loop, called as a
/// reduction (`reduceat`), folds a slice after its first element.
pub(super) fn add_after_first<T: Reduce>(first: T, rest: &[T]) -> T {
    if T::PAIRWISE {
        T::add(first, pairwise(rest))
    } else {
        rest.iter().fold(first, |a, &x| T::add(a, x))
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

/// Reduce the middle axis of a C-ordered (outer, n, inner) block, from
/// `start` (`initial=`) when given.
fn reduce_block<T: Reduce>(
    kind: Reduction,
    data: &[T],
    outer: usize,
    n: usize,
    inner: usize,
    chunk: usize,
    start: Option<T>,
) -> Vec<T> {
    let mut out = Vec::with_capacity(outer * inner);
    for o in 0..outer {
        let block = &data[o * n * inner..(o + 1) * n * inner];
        // NumPy 2 starts a sum from its identity (so [-0.0] sums to 0.0 and
        // the pairwise blocks begin at the first element), and any reduction
        // from `initial=`; the others start from the first element.
        let from = start.or(matches!(kind, Reduction::Sum | Reduction::Mean).then(T::default));
        if inner == 1 {
            // The reduced axis is the contiguous inner loop: a start, then runs.
            let (mut acc, mut pos) = match from {
                Some(s) => (s, 0),
                None => (block[0], 1),
            };
            while pos < n {
                let end = pos.saturating_add(chunk).min(n);
                acc = fold_run(kind, acc, &block[pos..end]);
                pos = end;
            }
            out.push(acc);
        } else {
            // Outer axis: rows are combined one after another.
            let (mut acc, first): (Vec<T>, usize) = match from {
                Some(s) => (vec![s; inner], 0),
                None => (block[..inner].to_vec(), 1),
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
            // Only the order matters here (products, minima, maxima); sums
            // and means take their exact runs from `iter_plan`.
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

/// NumPy's default buffer size (NPY_BUFSIZE), in elements.
pub const BUFSIZE: usize = 8192;

/// How NumPy's buffered reduce iterator (numpy/_core/src/multiarray/
/// nditer_constr.c: axis ordering, `npyiter_coalesce_axes`,
/// `npyiter_find_buffering_setup`; nditer_api.c `npyiter_copy_to_buffers`)
/// walks an operand: `order` lists the axes of length > 1 innermost first,
/// iteration runs in blocks of `block` elements, each cut into transfers of
/// `bufsize`; in reduce mode each transfer is handed to the inner loop
/// `core` elements at a time. `out_zero`: the output does not move inside
/// one inner-loop call (the add loop then sums the call pairwise).
struct IterPlan {
    order: Vec<usize>,
    block: usize,
    bufsize: usize,
    core: usize,
    reduce_mode: bool,
    out_zero: bool,
}

/// What a sum reduces: the axes flagged in `reduced`, and of them only the
/// elements a `where=` mask (bool, broadcast to the operand's shape) selects.
#[derive(Clone, Copy)]
struct Selection<'a> {
    reduced: &'a [bool],
    mask: Option<&'a Array>,
}

impl<'a> Selection<'a> {
    /// Every element of the flagged axes.
    fn all(reduced: &'a [bool]) -> Self {
        Selection {
            reduced,
            mask: None,
        }
    }
}

/// NumPy's iterator axis order (`npyiter_find_best_axis_ordering`),
/// innermost first: a stable insertion sort from reversed C order by
/// |stride|, C order winning conflicts between operands (the output is not
/// allocated yet: only the inputs' nonzero strides decide).
fn axis_order(shape: &[usize], inputs: &[(&[isize], bool)]) -> Vec<usize> {
    // Innermost first, as npyiter_fill_axisdata; a unit axis has stride 0.
    let mut axes: Vec<(usize, Vec<isize>)> = (0..shape.len())
        .rev()
        .map(|d| {
            let s = inputs
                .iter()
                .map(|(st, _)| if shape[d] == 1 { 0 } else { st[d] })
                .collect();
            (d, s)
        })
        .collect();
    super::layout::best_axis_ordering(&mut axes, inputs.len(), |(_, s)| s);
    axes.into_iter().map(|(d, _)| d).collect()
}

/// `x` (shaped like `a`) laid out so that NumPy's iterator, meeting `a`
/// and a `where=` mask, walks it in the same order: a reduction of it in
/// its own memory order then folds the elements as NumPy's does.
pub fn in_iteration_order(x: &Array, a: &Array, mask: &Array) -> Result<Array> {
    let order = axis_order(a.shape(), &[(a.strides(), false), (mask.strides(), false)]);
    let outer_first: Vec<isize> = order.iter().rev().map(|&d| d as isize).collect();
    let c = super::shape::copy(&super::shape::transpose(x, Some(&outer_first))?)?;
    let mut strides = vec![0isize; a.ndim()];
    for (i, &d) in order.iter().rev().enumerate() {
        strides[d] = c.strides()[i];
    }
    Ok(c.with_geometry(x.shape().to_vec(), strides))
}

/// The plan for reducing the axes flagged in `reduced` of an operand with
/// this shape; `inputs`: the strides of the operand and of a `where=` mask
/// (broadcast to the shape), each with whether the iterator casts it.
fn iter_plan(shape: &[usize], inputs: &[(&[isize], bool)], reduced: &[bool]) -> IterPlan {
    let nd = shape.len();
    let nop = inputs.len() + 1;
    let in_stride = |op: usize, d: usize| {
        if shape[d] == 1 { 0 } else { inputs[op].0[d] }
    };
    let perm = axis_order(shape, inputs);
    // The output is allocated in iterator order: contiguous over the kept
    // axes, stride 0 along the reduced ones.
    let mut dims: Vec<(usize, Vec<isize>)> = Vec::with_capacity(nd.max(1));
    let mut out_step = 1isize;
    for &d in &perm {
        let out = if shape[d] == 1 || reduced[d] {
            0
        } else {
            out_step
        };
        if !reduced[d] {
            out_step *= shape[d] as isize;
        }
        let mut s = vec![out];
        s.extend((0..inputs.len()).map(|op| in_stride(op, d)));
        dims.push((shape[d], s));
    }
    if dims.is_empty() {
        dims.push((1, vec![0; nop]));
    }
    // npyiter_coalesce_axes.
    let mut co: Vec<(usize, Vec<isize>)> = vec![dims[0].clone()];
    for (n1, s1) in &dims[1..] {
        let (n0, s0) = co.last_mut().expect("one axis");
        let ok = (0..nop).all(|i| {
            (*n0 == 1 && s0[i] == 0) || (*n1 == 1 && s1[i] == 0) || s0[i] * *n0 as isize == s1[i]
        });
        if ok {
            *n0 *= n1;
            for i in 0..nop {
                if s0[i] == 0 {
                    s0[i] = s1[i];
                }
            }
        } else {
            co.push((*n1, s1.clone()));
        }
    }
    // npyiter_find_buffering_setup (operand 0: the output, a reduce
    // operand; then the inputs, cast or not; GROWINNER is set).
    let cast: Vec<bool> = std::iter::once(false)
        .chain(inputs.iter().map(|&(_, c)| c))
        .collect();
    let out_is_reduce = reduced.iter().zip(shape).any(|(&r, &n)| r && n > 1);
    let mut cost = 1 + cast.iter().filter(|&&c| c).count();
    let mut single = vec![1usize; nop];
    let mut outer_reduce_dim = 0;
    let mut size = co[0].0;
    let (mut best_dim, mut best_cost, mut best_size, mut best_core) = (0, cost, size, 1usize);
    for idim in 1..co.len() {
        if outer_reduce_dim != 0 || (size >= BUFSIZE && cost > 1) {
            break;
        }
        let (prev_n, prev_s) = &co[idim - 1];
        let s = &co[idim].1;
        for iop in 0..nop {
            if single[iop] == idim {
                if prev_s[iop] * *prev_n as isize == s[iop] {
                    single[iop] += 1;
                    continue;
                }
                if !cast[iop] {
                    cost += 1;
                }
            }
            if iop == 0 && out_is_reduce && (s[0] == 0 || prev_s[0] == 0) {
                outer_reduce_dim = idim;
            }
        }
        let coresize = size;
        size *= co[idim].0;
        if size == 0 {
            break;
        }
        let bufsize = if size > BUFSIZE && cost > 1 {
            BUFSIZE
        } else {
            size
        };
        if (cost as f64) * (best_size as f64) <= (best_cost as f64) * (bufsize as f64) {
            (best_cost, best_core, best_size, best_dim) = (cost, coresize, size, idim);
        }
    }
    let using_reduce = outer_reduce_dim != 0 && best_dim == outer_reduce_dim;
    let reduce_stride = &co[outer_reduce_dim].1;
    let mut must_buffer = false;
    for (iop, &single_dims) in single.iter().enumerate() {
        let is_reduce_op = using_reduce
            && ((iop == 0 && outer_reduce_dim == best_dim)
                || (single_dims == best_dim && !cast[iop])
                || (reduce_stride[iop] == 0 && single_dims <= best_dim));
        if cast[iop] || single_dims + usize::from(is_reduce_op) <= best_dim {
            must_buffer = true;
        }
    }
    if must_buffer && BUFSIZE < best_size {
        best_size = best_core * (BUFSIZE / best_core);
    }
    IterPlan {
        order: perm.into_iter().filter(|&d| shape[d] > 1).collect(),
        block: best_core * co[best_dim].0,
        bufsize: best_size,
        core: best_core,
        reduce_mode: using_reduce,
        out_zero: co[0].1[0] == 0,
    }
}

/// Reduces (by `kind`) the axes flagged in `reduced` of `x` (whose
/// elements are those of `a`, maybe cast) in NumPy's iteration order, one
/// inner-loop call at a time: pairwise within a call when the output stays
/// put, element by element otherwise. The result is in C order of the kept
/// axes; each output starts from its value in `init`.
fn iter_sum<T: Reduce>(
    a: &Array,
    x: &Array,
    sel: Selection,
    kind: Reduction,
    init: Vec<T>,
    cast: bool,
    round: fn(T) -> T,
) -> Vec<T> {
    let reduced = sel.reduced;
    let mut inputs = vec![(a.strides(), cast)];
    inputs.extend(sel.mask.map(|m| (m.strides(), false)));
    let plan = iter_plan(a.shape(), &inputs, reduced);
    // The mask in C order, read along the same walk as the elements.
    let mask = sel.mask.map(|m| m.to_vec::<bool>());
    let shape = a.shape();
    let logical = super::c_strides(shape);
    // Logical output strides (C order over the kept axes).
    let mut out_strides = vec![0usize; shape.len()];
    let mut step = 1;
    for d in (0..shape.len()).rev() {
        if !reduced[d] {
            out_strides[d] = step;
            step *= shape[d];
        }
    }
    let src = x.to_vec::<T>();
    let total = a.size();
    let mut vals = Vec::with_capacity(total);
    let mut outs = Vec::with_capacity(total);
    let mut index = vec![0usize; plan.order.len()];
    let (mut pos, mut opos) = (0isize, 0usize);
    let mut picked = Vec::with_capacity(if mask.is_some() { total } else { 0 });
    for _ in 0..total {
        vals.push(src[pos as usize]);
        outs.push(opos);
        if let Some(m) = &mask {
            picked.push(m[pos as usize]);
        }
        for (k, &d) in plan.order.iter().enumerate() {
            index[k] += 1;
            pos += logical[d];
            opos += out_strides[d];
            if index[k] < shape[d] {
                break;
            }
            pos -= logical[d] * shape[d] as isize;
            opos -= out_strides[d] * shape[d];
            index[k] = 0;
        }
    }
    let mut acc = init;
    // One call of the add loop: pairwise over the call when the output
    // stays put, element by element otherwise.
    let mut add_loop = |s: usize, e: usize| {
        if plan.out_zero {
            acc[outs[s]] = round(fold_run(kind, acc[outs[s]], &vals[s..e]));
        } else {
            for i in s..e {
                acc[outs[i]] = round(fold_run(kind, acc[outs[i]], std::slice::from_ref(&vals[i])));
            }
        }
    };
    // With a mask, NumPy's generic_masked_strided_loop (array_method.c)
    // calls the loop once per unbroken run of selected elements.
    let mut call = |s: usize, e: usize| {
        if mask.is_none() {
            return add_loop(s, e);
        }
        let mut i = s;
        while i < e {
            while i < e && !picked[i] {
                i += 1;
            }
            let run = i;
            while i < e && picked[i] {
                i += 1;
            }
            if i > run {
                add_loop(run, i);
            }
        }
    };
    let mut b = 0;
    while b < total {
        let bend = (b + plan.block).min(total);
        let mut t = b;
        while t < bend {
            let tend = (t + plan.bufsize).min(bend);
            if plan.reduce_mode {
                let mut c = t;
                while c < tend {
                    let cend = (c + plan.core).min(tend);
                    call(c, cend);
                    c = cend;
                }
            } else {
                call(t, tend);
            }
            t = tend;
        }
        b = bend;
    }
    acc
}

/// Where each output of a reduction over the axes flagged in `reduced` of
/// `x` starts, in C order of the kept axes: `initial=`, else the identity
/// (0, or 1 for products), else (min and max) the first element along the
/// reduced axes, as NumPy's `PyArray_CopyInitialReduceValues` copies it.
fn initial_values<T: Reduce + super::element::Elem>(
    kind: Reduction,
    start: Option<T>,
    x: &Array,
    reduced: &[bool],
) -> Vec<T> {
    let firsts: Vec<usize> = (0..x.ndim())
        .map(|d| if reduced[d] { 1 } else { x.shape()[d] })
        .collect();
    let kept = firsts.iter().product();
    match (start, kind) {
        (Some(s), _) => vec![s; kept],
        (None, Reduction::Prod) => vec![T::ONE; kept],
        (None, Reduction::Min | Reduction::Max) => x
            .clone()
            .with_geometry(firsts, x.strides().to_vec())
            .to_vec::<T>(),
        (None, Reduction::Sum | Reduction::Mean) => vec![T::default(); kept],
    }
}

/// A reduction over the flagged axes of a non-empty `a`, in NumPy's order.
fn iter_reduce(
    a: &Array,
    kind: Reduction,
    start: Option<Scalar>,
    sel: Selection,
    acc_dtype: DType,
    dtype: Option<DType>,
    keepdims: bool,
) -> Result<Array> {
    let reduced = sel.reduced;
    let cast = acc_dtype != a.dtype();
    // The cast runs inside NumPy's reduce loop: its warnings say "reduce".
    let x = if cast {
        signals::fp_named("reduce", || cast_array(a, acc_dtype))?
    } else {
        a.clone()
    };
    let n: usize = (0..a.ndim())
        .filter(|&d| reduced[d])
        .map(|d| a.shape()[d])
        .product();
    // The add loop's overflow (1e308 + 1e308) and invalid (inf - inf)
    // show as NumPy's "… encountered in reduce".
    let (result, flags) = FpStatus::of_hardware(|| -> Result<Array> {
        Ok(if acc_dtype == DType::Float16 {
            // NumPy's half add loop sums each inner-loop call in float and
            // rounds to half once per call (once per element when the output moves).
            let x = cast_array(a, DType::Float32)?;
            let round = |v: f32| half::f16::from_f32(v).to_f32();
            let init = initial_values(kind, start_in::<f32>(start, acc_dtype)?, &x, reduced);
            let v = iter_sum::<f32>(a, &x, sel, kind, init, false, round);
            signals::check_interrupt()?;
            let len = v.len();
            signals::fp_named("reduce", || {
                cast_array(&Array::from_vec(v, vec![len]), DType::Float16)
            })?
        } else {
            crate::with_dtype!(acc_dtype, T => {
                let init = initial_values(kind, start_in::<T>(start, acc_dtype)?, &x, reduced);
                let v = iter_sum::<T>(a, &x, sel, kind, init, cast, |v| v);
                signals::check_interrupt()?;
                let len = v.len();
                Array::from_vec(v, vec![len])
            })
        })
    });
    let result = result?;
    if acc_dtype.is_inexact() {
        flags.report("reduce");
    }
    let result = if kind == Reduction::Mean {
        let scalar = !keepdims && reduced.iter().all(|&r| r);
        mean_divide(&result, n, a.dtype(), dtype, scalar)?
    } else {
        result
    };
    Ok(with_reduced_shape(result, a.shape(), reduced, keepdims))
}

/// The flat `result` of reducing the axes flagged in `reduced` of `shape`,
/// shaped as the kept axes (the reduced ones as 1 with `keepdims`).
fn with_reduced_shape(result: Array, shape: &[usize], reduced: &[bool], keepdims: bool) -> Array {
    let shape: Vec<usize> = (0..shape.len())
        .filter(|&d| keepdims || !reduced[d])
        .map(|d| if reduced[d] { 1 } else { shape[d] })
        .collect();
    let strides = super::c_strides(&shape);
    result.with_geometry(shape, strides)
}

/// The dtype a reduction accumulates in: `dtype=` (a float16 mean still
/// adds in float32), else NumPy's pick for the input.
pub fn reduction_dtype(kind: Reduction, input: DType, dtype: Option<DType>) -> DType {
    match dtype {
        Some(DType::Float16) if kind == Reduction::Mean => DType::Float32,
        Some(d) => d,
        None => accumulation_dtype(kind, input),
    }
}

/// `initial=` as an element of the accumulation dtype (`T` is that dtype's
/// element type, or float32 for float16's float accumulator).
fn start_in<T: Element + Stored>(start: Option<Scalar>, acc_dtype: DType) -> Result<Option<T>> {
    let Some(s) = start else { return Ok(None) };
    let one = super::construct::filled(cast_scalar(s, acc_dtype), vec![1])?;
    let one = if acc_dtype == DType::Float16 {
        cast_array(&one, DType::Float32)?
    } else {
        one
    };
    Ok(one.to_vec::<T>().pop())
}

/// A reduction over a tuple of axes (already normalized, distinct), from
/// `start` (`initial=`) when given.
pub fn reduce_axes(
    a: &Array,
    kind: Reduction,
    axes: &[usize],
    dtype: Option<DType>,
    keepdims: bool,
    start: Option<Scalar>,
) -> Result<Array> {
    if let [ax] = axes {
        return reduce_from(a, kind, Some(*ax as isize), dtype, keepdims, start);
    }
    let reduced: Vec<bool> = (0..a.ndim()).map(|d| axes.contains(&d)).collect();
    if a.size() == 0 {
        // Nothing to visit: the reduced axes as one, whose length (maybe 0)
        // decides between the start value, the identity and an error.
        let kept: Vec<usize> = (0..a.ndim())
            .filter(|&d| !reduced[d])
            .map(|d| a.shape()[d])
            .collect();
        let n = axes.iter().map(|&d| a.shape()[d]).product();
        let flat = Array::zeros(a.dtype(), [kept, vec![n]].concat())?;
        let r = reduce_from(&flat, kind, Some(-1), dtype, false, start)?;
        return Ok(with_reduced_shape(r, a.shape(), &reduced, keepdims));
    }
    let acc_dtype = reduction_dtype(kind, a.dtype(), dtype);
    iter_reduce(
        a,
        kind,
        start,
        Selection::all(&reduced),
        acc_dtype,
        dtype,
        keepdims,
    )
}

/// A reduction over `axes` (None: all; normalized and distinct).
pub fn reduce_over(
    a: &Array,
    kind: Reduction,
    axes: Option<&[usize]>,
    dtype: Option<DType>,
    keepdims: bool,
    start: Option<Scalar>,
) -> Result<Array> {
    match axes {
        Some(&[ax]) => reduce_from(a, kind, Some(ax as isize), dtype, keepdims, start),
        Some(axes) => reduce_axes(a, kind, axes, dtype, keepdims, start),
        None => reduce_from(a, kind, None, dtype, keepdims, start),
    }
}

/// `np.sum`/`np.add.reduce` with `where=`: only the elements `mask` (bool,
/// broadcast to `a`'s shape) selects, over `axes` (None: all; normalized
/// and distinct), in NumPy's order.
pub fn sum_where(
    a: &Array,
    axes: Option<&[usize]>,
    mask: &Array,
    dtype: Option<DType>,
    keepdims: bool,
    start: Option<Scalar>,
) -> Result<Array> {
    let kind = Reduction::Sum;
    let reduced: Vec<bool> = (0..a.ndim())
        .map(|d| axes.is_none_or(|ax| ax.contains(&d)))
        .collect();
    if a.size() == 0 {
        // Nothing to select: the start value.
        return reduce_over(a, kind, axes, dtype, keepdims, start);
    }
    let acc_dtype = reduction_dtype(kind, a.dtype(), dtype);
    let sel = Selection {
        reduced: &reduced,
        mask: Some(mask),
    };
    iter_reduce(a, kind, start, sel, acc_dtype, dtype, keepdims)
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
    Ok(c.with_geometry(x.shape().to_vec(), strides))
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
    reduce_from(a, kind, axis, dtype, keepdims, None)
}

/// `reduce` with `initial=` (`start`): NumPy fills the result with it and
/// folds every element in with the loop that otherwise follows the
/// identity or the first element.
pub fn reduce_from(
    a: &Array,
    kind: Reduction,
    axis: Option<isize>,
    dtype: Option<DType>,
    keepdims: bool,
    start: Option<Scalar>,
) -> Result<Array> {
    let acc_dtype = reduction_dtype(kind, a.dtype(), dtype);
    let axis = axis.map(|ax| normalize_axis(ax, a.ndim())).transpose()?;
    // Sums and means follow NumPy's buffered iterator exactly, as do
    // float16 products, which round to float16 once per inner-loop call.
    let ordered = matches!(kind, Reduction::Sum | Reduction::Mean)
        || kind == Reduction::Prod && acc_dtype == DType::Float16;
    if ordered && a.size() > 0 {
        let reduced: Vec<bool> = (0..a.ndim())
            .map(|d| axis.is_none_or(|ax| ax == d))
            .collect();
        return iter_reduce(
            a,
            kind,
            start,
            Selection::all(&reduced),
            acc_dtype,
            dtype,
            keepdims,
        );
    }
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
        let r = reduce_from(
            &cast_array(orig, DType::Float32)?,
            kind,
            orig_axis.map(|x| x as isize),
            None,
            keepdims,
            start.map(|s| cast_scalar(cast_scalar(s, DType::Float16), DType::Float32)),
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
    let result = if let (0, Some(s)) = (n, start) {
        super::construct::filled(cast_scalar(s, acc_dtype), vec![outer * inner])?
    } else if n == 0 {
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
        let data_kernel = || -> Result<Array> {
            crate::with_dtype!(acc_dtype, T => {
                let data = x.to_vec::<T>();
                let start = start_in::<T>(start, acc_dtype)?;
                let v = reduce_block::<T>(kind, &data, outer, n, inner, chunk, start);
                signals::check_interrupt()?;
                Ok(Array::from_vec(v, vec![outer * inner]))
            })
        };
        if acc_dtype.is_inexact()
            && matches!(kind, Reduction::Sum | Reduction::Mean | Reduction::Prod)
        {
            let (r, flags) = FpStatus::of_hardware(data_kernel);
            flags.report("reduce");
            r?
        } else {
            data_kernel()?
        }
    };
    let shape = kept_shape(out_shape);
    let result = if kind == Reduction::Mean {
        mean_divide(&result, n, a.dtype(), dtype, shape.is_empty())?
    } else {
        result
    };
    let strides = super::c_strides(&shape);
    Ok(result.with_geometry(shape, strides))
}

/// `mean = sum / count`, in the sum's dtype, then float16 back to float16.
/// NumPy's `_mean` divides a sum that is one number (`scalar`) by the count
/// (an `np.intp`) with scalar arithmetic, whose warnings say "scalar
/// divide" — but only when the count converts safely to the sum's type
/// (float64, complex128); a float32 sum promotes, so its division takes
/// the array path.
fn mean_divide(
    sum: &Array,
    n: usize,
    input: DType,
    dtype: Option<DType>,
    scalar: bool,
) -> Result<Array> {
    if n == 0 {
        signals::warn("RuntimeWarning", "Mean of empty slice");
    }
    let sum = if scalar && matches!(sum.dtype(), DType::Float64 | DType::Complex128) {
        Operand::Scalar(sum.get_flat(0))
    } else {
        Operand::Array(sum.clone())
    };
    let r = binary(Ufunc::TrueDivide, &sum, &Operand::PyInt((n as i64).into()))?;
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

/// `_mean` with `where=`: the sum divided by the per-output counts (an
/// `np.intp` array, or one `np.intp` for a full reduction) and put back in
/// the sum's dtype (`true_divide(..., out=ret, casting='unsafe')`), a
/// float16 input's float32 sum back in float16.
pub fn mean_divide_counts(
    sum: &Array,
    counts: Vec<i64>,
    input: DType,
    dtype: Option<DType>,
    scalar: bool,
) -> Result<Array> {
    let r = if scalar && matches!(sum.dtype(), DType::Float64 | DType::Complex128) {
        binary(
            Ufunc::TrueDivide,
            &Operand::Scalar(sum.get_flat(0)),
            &Operand::Scalar(Scalar::Int64(counts[0])),
        )?
    } else {
        let c = Array::from_vec(counts, sum.shape().to_vec());
        binary(
            Ufunc::TrueDivide,
            &Operand::Array(sum.clone()),
            &Operand::Array(c),
        )?
    };
    let target = if input == DType::Float16 && dtype.is_none() {
        DType::Float16
    } else {
        sum.dtype()
    };
    cast_array(&r, target)
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
    fn buffering_setup_like_numpy() {
        // (100, 101, 4)[:, :100, :3]: core 3*100, buffers of 27 cores.
        let p = iter_plan(&[100, 100, 3], &[(&[404, 4, 1], false)], &[true; 3]);
        assert_eq!(
            (p.block, p.bufsize, p.core, p.reduce_mode),
            (30000, 8100, 300, false)
        );
        // (100, 100, 4)[:, :, :3] coalesces to (10000, 3): buffers of 2730 rows.
        let p = iter_plan(&[100, 100, 3], &[(&[400, 4, 1], false)], &[true; 3]);
        assert_eq!((p.block, p.bufsize, p.core), (30000, 8190, 3));
        // (3, 5001)[:, :5000]: rows of 5000, unbuffered.
        let p = iter_plan(&[3, 5000], &[(&[5001, 1], false)], &[true; 2]);
        assert_eq!((p.block, p.bufsize, p.core), (5000, 5000, 1));
        // (10, 4, 4001)[:, :3, :4000]: buffers of 2 rows within blocks of 3.
        let p = iter_plan(&[10, 3, 4000], &[(&[16004, 4001, 1], false)], &[true; 3]);
        assert_eq!((p.block, p.bufsize, p.core), (12000, 8000, 4000));
        // A contiguous row reduction: reduce mode, one row per inner call.
        let p = iter_plan(&[50, 20], &[(&[20, 1], false)], &[false, true]);
        assert!(p.reduce_mode && p.out_zero && p.core == 20);
    }

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
