//! The fast accumulation kernel: input, loop and output of one dtype, the
//! output C-contiguous and the input unit-strided along the direction walked
//! (along the axis, or along rows when the axis is not last). No scratch
//! copies, no casts, and the op is a monomorphised function. It runs only
//! the ufuncs whose floating-point flags all show in non-finite results
//! (add, subtract, multiply, maximum, minimum); the others, and every case
//! with casts, NaN skipping or overlap, take the general path.
//!
//! Results are bit for bit those of NumPy's strictly sequential loop:
//! - lanes that do not depend on each other (columns of a row recurrence,
//!   separate lanes along the axis) are split across threads;
//! - one long lane is split into blocks only when the loop is exact in any
//!   grouping (wrapping integer add/multiply, integer maximum/minimum, bool
//!   or/and): block totals
//!   first, then each block scanned from its offset;
//! - floating-point status is not tracked per element: a block whose results
//!   are all finite cannot have raised overflow or invalid, and a block that
//!   has a non-finite result is recomputed from the written output with the
//!   flags on, which gives exactly the flags of the sequential loop.

use super::accumulate::Plan;
use super::cast::FpStatus;
use super::element::Elem;
use super::signals::check_interrupt;
use super::ufuncs::Ufunc;
use super::{Array, DType, Kind, Stored};
use crate::error::Result;
use std::ops::Range;
#[cfg(feature = "parallel")]
use std::sync::atomic::{AtomicBool, Ordering};

/// One step of the accumulation: `acc op x`, raising FP flags into `fp`.
pub trait StepFn<L>: Fn(L, L, &mut FpStatus) -> L + Copy + Send + Sync {}
impl<L, F: Fn(L, L, &mut FpStatus) -> L + Copy + Send + Sync> StepFn<L> for F {}

/// Elements between Ctrl-C checks and the unit of flag recomputation; a
/// block of a row recurrence's accumulator stays in L1/L2 cache.
const BLOCK: usize = 4096;

/// Below this many elements a thread is not worth starting.
const MIN_PER_THREAD: usize = 1 << 16;

/// Whether the fast kernel applies: one dtype throughout and geometry it
/// walks with unit steps (the caller checks the dtypes and overlap).
pub fn applies(plan: &Plan, dst_c_contiguous: bool) -> bool {
    dst_c_contiguous
        && match plan.inner {
            Some((_, ss, ds)) => ss == 1 && ds == 1,
            None => plan.src_axis == 1 && plan.dst_axis == 1,
        }
}

/// The output buffer, shared by threads that write disjoint positions.
#[derive(Clone, Copy)]
struct Out<L> {
    ptr: *mut L,
    len: usize,
}

// SAFETY: every thread writes a disjoint set of positions (distinct lanes or
// distinct columns of a C-contiguous output), and the buffer outlives the
// scoped threads.
unsafe impl<L: Send> Send for Out<L> {}
unsafe impl<L: Send> Sync for Out<L> {}

impl<L> Out<L> {
    /// The `m` elements from `start`, which must be written by this thread only.
    #[allow(clippy::mut_from_ref)]
    fn run(&self, start: usize, m: usize) -> &mut [L] {
        assert!(
            start.checked_add(m).is_some_and(|e| e <= self.len),
            "accumulation run outside the output"
        );
        // SAFETY: in bounds (checked above); disjoint from other threads' runs.
        unsafe { std::slice::from_raw_parts_mut(self.ptr.add(start), m) }
    }
}

/// Accumulates `src` into `dst` with `op` as `plan` says and returns the
/// loop's FP flags, or None when `op` is not one this kernel runs. The input
/// may be of a narrower type that converts exactly (NumPy's cast to the loop
/// dtype, element for element, with no flags to raise). Out of line on wasm32,
/// as is each op's loop: the browser compiles a function whole at its first
/// call, so a page compiles only the (dtype, op) loops it runs.
#[cfg_attr(target_arch = "wasm32", inline(never))]
pub fn try_scan<S: Copy + Send + Sync, L: Elem + Send + Sync + From<S>>(
    plan: &Plan,
    src: &[S],
    dst: &mut [L],
    op: Ufunc,
) -> Option<Result<FpStatus>> {
    let exact = exact_in_any_grouping(L::DTYPE);
    // A distinct function item per op, so the loops are compiled per
    // (dtype, op) and never call through a function pointer.
    Some(match op {
        Ufunc::Add => scan(plan, src, dst, L::add, exact),
        Ufunc::Subtract => scan(plan, src, dst, L::sub, false),
        Ufunc::Multiply => scan(plan, src, dst, L::mul, exact),
        Ufunc::Maximum => scan(plan, src, dst, |a, b, _: &mut _| L::np_maximum(a, b), exact),
        Ufunc::Minimum => scan(plan, src, dst, |a, b, _: &mut _| L::np_minimum(a, b), exact),
        _ => return None,
    })
}

/// Accumulates `src` into `dst` when the input's dtype converts to the loop
/// dtype (`dst`'s) exactly and without flags: the default accumulation dtypes
/// of bools and small integers (int64, uint64) and float32 in float64. The
/// kernel reads the narrow input directly, with no cast pass or scratch.
/// None when the pair is not one of these or `op` is not one this kernel runs.
pub fn try_scan_widening(
    plan: &Plan,
    src: &Array,
    dst: &Array,
    op: Ufunc,
) -> Option<Result<FpStatus>> {
    let dtypes = (src.dtype(), dst.dtype());
    let (s, mut d) = (src.buffer().borrow(), dst.buffer().borrow_mut());
    macro_rules! widening {
        ($(($from:ident, $S:ty => $to:ident, $L:ty)),* $(,)?) => {
            match dtypes {
                $((DType::$from, DType::$to) => try_scan(plan, <$S>::of(&s), <$L>::of_mut(&mut d), op),)*
                _ => None,
            }
        };
    }
    widening!(
        (Bool, bool => Int64, i64),
        (Int8, i8 => Int64, i64),
        (Int16, i16 => Int64, i64),
        (Int32, i32 => Int64, i64),
        (UInt8, u8 => UInt64, u64),
        (UInt16, u16 => UInt64, u64),
        (UInt32, u32 => UInt64, u64),
        (Float32, f32 => Float64, f64),
    )
}

/// Whether add, multiply, maximum and minimum give the same bits in any
/// grouping in `dtype`: wrapping integers and bools do; floating point does
/// not (rounding, and which of -0.0 and 0.0 a tie keeps, depend on order).
fn exact_in_any_grouping(dtype: DType) -> bool {
    matches!(dtype.kind(), Kind::Bool | Kind::Int | Kind::UInt)
}

/// Accumulates `src` into `dst` as `plan` says with step `f`; returns the
/// loop's FP flags. `associative` says the loop gives the same bits in any
/// grouping, so a single long lane may be split.
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn scan<S: Copy + Send + Sync, L: Elem + Send + Sync + From<S>, F: StepFn<L>>(
    plan: &Plan,
    src: &[S],
    dst: &mut [L],
    f: F,
    associative: bool,
) -> Result<FpStatus> {
    let out = Out {
        ptr: dst.as_mut_ptr(),
        len: dst.len(),
    };
    let lanes = plan.lanes();
    match plan.inner {
        Some((n, _, _)) => {
            // Columns are independent: units are (lane, column) pairs, each
            // thread takes a strip of consecutive ones.
            parallel(lanes * n, lanes * n * plan.len, |r| {
                let mut fp = FpStatus::default();
                let mut acc = vec![L::ZERO; BLOCK.min(n)];
                let mut unit = r.start;
                while unit < r.end {
                    let (k, j0) = (unit / n, unit % n);
                    let j1 = n.min(j0 + (r.end - unit));
                    let base = plan.lane(k);
                    for c0 in (j0..j1).step_by(BLOCK) {
                        let m = BLOCK.min(j1 - c0);
                        rows(plan, src, out, base, c0, &mut acc[..m], f, &mut fp)?;
                    }
                    unit += j1 - j0;
                }
                Ok(fp)
            })
        }
        None if lanes > 1 || !associative => parallel(lanes, lanes * plan.len, |r| {
            let mut fp = FpStatus::default();
            for k in r {
                let (sb, db) = plan.lane(k);
                let (s, d) = (sb as usize, db as usize);
                lane(
                    &src[s..s + plan.len],
                    out.run(d, plan.len),
                    None,
                    f,
                    &mut fp,
                )?;
            }
            Ok(fp)
        }),
        None => {
            let (sb, db) = plan.lane(0);
            let x = &src[sb as usize..sb as usize + plan.len];
            split_lane(x, out, db as usize, f)
        }
    }
}

/// One strip of a row recurrence: `out[i, c] = out[i-1, c] op a[i, c]` for
/// the columns `c0..c0 + acc.len()` of the lane starting at `base`.
#[allow(clippy::too_many_arguments)]
#[inline(always)]
fn rows<S: Copy, L: Elem + From<S>, F: StepFn<L>>(
    plan: &Plan,
    src: &[S],
    out: Out<L>,
    base: (isize, isize),
    c0: usize,
    acc: &mut [L],
    f: F,
    fp: &mut FpStatus,
) -> Result<()> {
    let m = acc.len();
    let at = |b: isize, step: isize, i: usize| (b + i as isize * step) as usize + c0;
    let first = at(base.0, plan.src_axis, 0);
    for (a, &v) in acc.iter_mut().zip(&src[first..first + m]) {
        *a = L::from(v);
    }
    out.run(at(base.1, plan.dst_axis, 0), m)
        .copy_from_slice(acc);
    for i in 1..plan.len {
        let s = at(base.0, plan.src_axis, i);
        let x = &src[s..s + m];
        let o = out.run(at(base.1, plan.dst_axis, i), m);
        let mut finite = true;
        let mut dead = FpStatus::default();
        for ((a, &v), o) in acc.iter_mut().zip(x).zip(o.iter_mut()) {
            *a = f(*a, L::from(v), &mut dead);
            finite &= a.finite();
            *o = *a;
        }
        if !finite {
            let prev = out.run(at(base.1, plan.dst_axis, i - 1), m);
            prev.iter().zip(x).for_each(|(&p, &v)| {
                f(p, L::from(v), fp);
            });
        }
    }
    check_interrupt()
}

/// A lane scanned in order, from `carry` when it continues an earlier block.
fn lane<S: Copy, L: Elem + From<S>, F: StepFn<L>>(
    x: &[S],
    o: &mut [L],
    carry: Option<L>,
    f: F,
    fp: &mut FpStatus,
) -> Result<()> {
    let mut prev = carry;
    for (x, o) in x.chunks(BLOCK).zip(o.chunks_mut(BLOCK)) {
        let mut acc = match prev {
            Some(c) => c,
            None => {
                // The lane's first element is copied, not combined with anything.
                o[0] = L::from(x[0]);
                o[0]
            }
        };
        let skip = usize::from(prev.is_none());
        let mut finite = acc.finite();
        let mut dead = FpStatus::default();
        for (&v, o) in x[skip..].iter().zip(o[skip..].iter_mut()) {
            acc = f(acc, L::from(v), &mut dead);
            finite &= acc.finite();
            *o = acc;
        }
        if !finite {
            let mut p = prev;
            for (&v, &r) in x.iter().zip(o.iter()) {
                if let Some(p) = p {
                    f(p, L::from(v), fp);
                }
                p = Some(r);
            }
        }
        prev = Some(acc);
        check_interrupt()?;
    }
    Ok(())
}

/// One long lane of an associative loop across threads: each block's total,
/// then each block scanned from the total of the blocks before it.
fn split_lane<S: Copy + Send + Sync, L: Elem + Send + Sync + From<S>, F: StepFn<L>>(
    x: &[S],
    out: Out<L>,
    d: usize,
    f: F,
) -> Result<FpStatus> {
    let parts = threads_for(x.len());
    let size = x.len().div_ceil(parts);
    let blocks: Vec<Range<usize>> = (0..parts)
        .map(|p| p * size..x.len().min((p + 1) * size))
        .collect();
    let mut dead = FpStatus::default();
    let totals = map_parallel(&blocks[..parts - 1], |r| {
        Ok(x[r.clone()]
            .iter()
            .map(|&v| L::from(v))
            .reduce(|a, b| f(a, b, &mut FpStatus::default())))
    })?;
    let mut carries = vec![None];
    for t in totals {
        let last = *carries.last().unwrap_or(&None);
        carries.push(match (last, t) {
            (Some(c), Some(t)) => Some(f(c, t, &mut dead)),
            (c, t) => c.or(t),
        });
    }
    let jobs: Vec<(Range<usize>, Option<L>)> = blocks.into_iter().zip(carries).collect();
    let flags = map_parallel(&jobs, |(r, carry)| {
        let mut fp = FpStatus::default();
        lane(
            &x[r.clone()],
            out.run(d + r.start, r.len()),
            *carry,
            f,
            &mut fp,
        )?;
        Ok(fp)
    })?;
    Ok(flags.into_iter().fold(FpStatus::default(), |mut a, b| {
        a.merge(b);
        a
    }))
}

/// How many threads `elements` of work are worth.
fn threads_for(elements: usize) -> usize {
    crate::host::threads().min(elements / MIN_PER_THREAD).max(1)
}

/// Runs `job` over `units` split into equal ranges, one per thread that the
/// `work` (elements touched) is worth; merges the FP flags.
fn parallel(
    units: usize,
    work: usize,
    job: impl Fn(Range<usize>) -> Result<FpStatus> + Sync,
) -> Result<FpStatus> {
    let parts = threads_for(work).min(units).max(1);
    let size = units.div_ceil(parts);
    let ranges: Vec<Range<usize>> = (0..parts)
        .map(|p| (p * size).min(units)..units.min((p + 1) * size))
        .collect();
    // The step functions track every flag but underflow, which is the CPU's
    // call; its flags are per thread, so each job reads its own, once.
    let flags = map_parallel(&ranges, |r| {
        let (st, under) = FpStatus::hardware_underflow(|| job(r.clone()));
        st.map(|mut st| {
            st.underflow |= under;
            st
        })
    })?;
    Ok(flags.into_iter().fold(FpStatus::default(), |mut a, b| {
        a.merge(b);
        a
    }))
}

/// `job` on every item, the first on this thread and the others on scoped
/// threads; stops the others early once one fails (e.g. Ctrl-C).
#[cfg(feature = "parallel")]
fn map_parallel<T: Sync, R: Send>(
    items: &[T],
    job: impl Fn(&T) -> Result<R> + Sync,
) -> Result<Vec<R>> {
    let failed = AtomicBool::new(false);
    let guarded = |item: &T| {
        if failed.load(Ordering::Relaxed) {
            return None;
        }
        let r = job(item);
        if r.is_err() {
            failed.store(true, Ordering::Relaxed);
        }
        Some(r)
    };
    let results: Vec<Option<Result<R>>> = match items {
        [] => Vec::new(),
        [only] => vec![guarded(only)],
        [first, rest @ ..] => std::thread::scope(|s| {
            let handles: Vec<_> = rest.iter().map(|it| s.spawn(|| guarded(it))).collect();
            let mut all = vec![guarded(first)];
            // A worker that panicked is a bug in the kernel: re-raise it here.
            all.extend(handles.into_iter().map(|h| match h.join() {
                Ok(r) => r,
                Err(p) => std::panic::resume_unwind(p),
            }));
            all
        }),
    };
    results.into_iter().flatten().collect()
}

/// Without the `parallel` feature (e.g. on wasm32) there is one thread.
#[cfg(not(feature = "parallel"))]
fn map_parallel<T, R>(items: &[T], job: impl Fn(&T) -> Result<R>) -> Result<Vec<R>> {
    items.iter().map(job).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::array::accumulate::{AccumFunc, AxisArg, accumulate};
    use crate::array::{Array, Stored};

    /// A sequential reference: NumPy's loop, one element after another.
    fn sequential<T: Copy>(x: &[T], f: impl Fn(T, T) -> T) -> Vec<T> {
        let mut out = Vec::with_capacity(x.len());
        for &v in x {
            out.push(out.last().map_or(v, |&p| f(p, v)));
        }
        out
    }

    fn values<T: Stored>(a: &Array) -> Vec<T> {
        T::of(&a.buffer().borrow()).to_vec()
    }

    #[test]
    fn split_integer_lane_matches_the_sequential_loop() {
        // Wrapping values, and enough of them to be split across threads.
        let x: Vec<i64> = (0..(5 * MIN_PER_THREAD) as i64)
            .map(|i| i.wrapping_mul(0x7E37_79B9_7F4A_7C15))
            .collect();
        let a = Array::from_vec(x.clone(), vec![x.len()]);
        for (op, f) in [
            (Ufunc::Add, i64::wrapping_add as fn(i64, i64) -> i64),
            (Ufunc::Multiply, i64::wrapping_mul),
            (Ufunc::Maximum, <i64 as Ord>::max),
            (Ufunc::Minimum, <i64 as Ord>::min),
            (Ufunc::Subtract, i64::wrapping_sub),
        ] {
            let r = accumulate(&a, op, AxisArg::Default, None, None, AccumFunc::Cum).unwrap();
            assert_eq!(values::<i64>(&r), sequential(&x, f), "{op:?}");
        }
    }

    #[test]
    fn narrow_inputs_are_widened_element_by_element() {
        // int8 into the int64 default, long enough to be split across threads.
        let x: Vec<i8> = (0..3 * MIN_PER_THREAD)
            .map(|i| (i * 37 % 251) as i8)
            .collect();
        let a = Array::from_vec(x.clone(), vec![x.len()]);
        let r = accumulate(&a, Ufunc::Add, AxisArg::Default, None, None, AccumFunc::Cum).unwrap();
        let wide: Vec<i64> = x.iter().map(|&v| i64::from(v)).collect();
        assert_eq!(values::<i64>(&r), sequential(&wide, i64::wrapping_add));
        // float32 in a float64 loop, by rows and by columns.
        let y: Vec<f32> = (0..40 * 33).map(|i| (i as f32).sqrt() / 7.0).collect();
        let b = Array::from_vec(y.clone(), vec![40, 33]);
        for (axis, lanes) in [(0, false), (1, true)] {
            let r = accumulate(
                &b,
                Ufunc::Add,
                AxisArg::Index(axis),
                Some(DType::Float64),
                None,
                AccumFunc::Cum,
            )
            .unwrap();
            let got = values::<f64>(&r);
            let at = |i: usize, j: usize| if lanes { j * 33 + i } else { i * 33 + j };
            let (len, count) = if lanes { (33, 40) } else { (40, 33) };
            for j in 0..count {
                let lane: Vec<f64> = (0..len).map(|i| f64::from(y[at(i, j)])).collect();
                let want = sequential(&lane, |p, v| p + v);
                assert!((0..len).all(|i| got[at(i, j)].to_bits() == want[i].to_bits()));
            }
        }
    }

    #[test]
    fn float_rows_and_lanes_keep_the_sequential_order() {
        let (rows, cols) = (97, 3 * BLOCK + 5);
        let x: Vec<f64> = (0..rows * cols).map(|i| (i as f64).sqrt() / 3.0).collect();
        let a = Array::from_vec(x.clone(), vec![rows, cols]);
        let by_rows = accumulate(
            &a,
            Ufunc::Add,
            AxisArg::Index(1),
            None,
            None,
            AccumFunc::Cum,
        );
        let expect: Vec<f64> = x
            .chunks(cols)
            .flat_map(|r| sequential(r, |p, v| p + v))
            .collect();
        assert_eq!(values::<f64>(&by_rows.unwrap()), expect);
        let by_cols = accumulate(
            &a,
            Ufunc::Add,
            AxisArg::Index(0),
            None,
            None,
            AccumFunc::Cum,
        );
        let got = values::<f64>(&by_cols.unwrap());
        for j in [0, BLOCK - 1, BLOCK, cols - 1] {
            let column: Vec<f64> = (0..rows).map(|i| x[i * cols + j]).collect();
            let want = sequential(&column, |p, v| p + v);
            assert!((0..rows).all(|i| got[i * cols + j].to_bits() == want[i].to_bits()));
        }
    }

    #[test]
    fn flags_come_only_from_the_step_that_raised_them() {
        // Overflow in the second block only; the first block is all finite.
        let mut x = vec![1.0f64; 2 * BLOCK];
        x[BLOCK + 3] = f64::MAX;
        x[BLOCK + 4] = f64::MAX;
        let mut out = vec![0.0; x.len()];
        let plan_input = Array::from_vec(x.clone(), vec![x.len()]);
        let plan = Plan::new(&plan_input, &plan_input, 0);
        let fp = scan(&plan, &x, &mut out, <f64 as Elem>::add, false).unwrap();
        assert!(fp.overflow && !fp.invalid);
        let fine = scan(
            &plan,
            &[1.0; 2 * BLOCK],
            &mut out,
            <f64 as Elem>::add,
            false,
        )
        .unwrap();
        assert!(!fine.overflow && !fine.invalid);
    }
}
