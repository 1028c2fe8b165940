//! Cumulative sums and products: `ndarray.cumsum`/`np.cumsum`, `cumprod`,
//! `np.nancumsum`/`nancumprod`, `np.cumulative_sum`/`cumulative_prod` and
//! `np.add.accumulate`/`np.multiply.accumulate`, with NumPy's axis, dtype and
//! `out=` rules (numpy/_core/src/umath/ufunc_object.c, `PyUFunc_Accumulate`).
//!
//! The kernel is generic over the loop dtype only. The input is read run by
//! run into a small scratch buffer, cast to the loop dtype on the way (so no
//! converted copy of the whole input is made); an output of another dtype
//! gets the results in a loop-dtype copy cast back whole at the end, as
//! NumPy's WRITEBACKIFCOPY does. Both casts are monomorphised per dtype pair
//! and called once per run, never per element.

use super::cast::{
    CastFrom, CastTo, Casting, FpStatus, can_cast, cast_array, warn_complex_discard,
};
use super::element::Elem;
use super::scan as fast;
use super::signals::check_interrupt;
use super::{Array, DType, Element, Identity, Kind, Stored, Ufunc};
use crate::error::{Error, Result};
use std::cell::{Ref, RefMut};
use std::marker::PhantomData;

/// The ufunc's identity, as `cumulative_sum(include_initial=True)` puts
/// first and nancumsum reads a NaN as.
fn identity<T: Elem>(op: Ufunc) -> Option<T> {
    match op.def().identity {
        Identity::Zero | Identity::False => Some(T::ZERO),
        Identity::One | Identity::True => Some(T::ONE),
        Identity::MinusOne | Identity::NegInf | Identity::None => None,
    }
}

/// The element operation of `op.accumulate` in loop dtype `L`; the ufuncs
/// npcalc cannot accumulate yet are refused by name.
pub(super) fn element_fn<L: Elem>(op: Ufunc) -> Result<fn(L, L, &mut FpStatus) -> L> {
    Ok(match op {
        Ufunc::Add => L::add,
        Ufunc::Subtract => L::sub,
        Ufunc::Multiply => L::mul,
        Ufunc::TrueDivide => L::div,
        Ufunc::FloorDivide => L::floor_div,
        Ufunc::Remainder => L::rem,
        // Integer powers refuse negative exponents: the callers check them
        // first (`negative_exponents`), since a step cannot fail.
        Ufunc::Power => L::pow,
        Ufunc::Maximum => |a, b, _| L::np_maximum(a, b),
        Ufunc::Minimum => |a, b, _| L::np_minimum(a, b),
        Ufunc::BitAnd => |a, b, _| L::bit(Ufunc::BitAnd, a, b),
        Ufunc::BitOr => |a, b, _| L::bit(Ufunc::BitOr, a, b),
        Ufunc::BitXor => |a, b, _| L::bit(Ufunc::BitXor, a, b),
        Ufunc::LeftShift => |a, b, _| L::bit(Ufunc::LeftShift, a, b),
        Ufunc::RightShift => |a, b, _| L::bit(Ufunc::RightShift, a, b),
        Ufunc::Fmax => |a, b, _| {
            if a.is_nan() || (!b.is_nan() && L::test(Ufunc::Less, a, b)) {
                b
            } else {
                a
            }
        },
        Ufunc::Fmin => |a, b, _| {
            if a.is_nan() || (!b.is_nan() && L::test(Ufunc::Greater, a, b)) {
                b
            } else {
                a
            }
        },
        // The logical ufuncs accumulate in bool only (their loops give bool).
        Ufunc::LogicalAnd if L::DTYPE == DType::Bool => |a, b, _| L::bit(Ufunc::BitAnd, a, b),
        Ufunc::LogicalOr if L::DTYPE == DType::Bool => |a, b, _| L::bit(Ufunc::BitOr, a, b),
        Ufunc::LogicalXor if L::DTYPE == DType::Bool => |a, b, _| L::bit(Ufunc::BitXor, a, b),
        // Comparisons reduce and accumulate in bool only (`??->?`).
        Ufunc::Equal if L::DTYPE == DType::Bool => {
            |a, b, _| truth::<L>(L::test(Ufunc::Equal, a, b))
        }
        Ufunc::NotEqual if L::DTYPE == DType::Bool => {
            |a, b, _| truth::<L>(L::test(Ufunc::NotEqual, a, b))
        }
        Ufunc::Less if L::DTYPE == DType::Bool => |a, b, _| truth::<L>(L::test(Ufunc::Less, a, b)),
        Ufunc::LessEqual if L::DTYPE == DType::Bool => {
            |a, b, _| truth::<L>(L::test(Ufunc::LessEqual, a, b))
        }
        Ufunc::Greater if L::DTYPE == DType::Bool => {
            |a, b, _| truth::<L>(L::test(Ufunc::Greater, a, b))
        }
        Ufunc::GreaterEqual if L::DTYPE == DType::Bool => {
            |a, b, _| truth::<L>(L::test(Ufunc::GreaterEqual, a, b))
        }
        Ufunc::FloatPower if L::DTYPE.kind() == Kind::Float || L::DTYPE.kind() == Kind::Complex => {
            L::pow
        }
        Ufunc::Hypot if L::DTYPE.kind() == Kind::Float => {
            |a, b, st| L::math2(Ufunc::Hypot, a, b, st)
        }
        Ufunc::Arctan2 if L::DTYPE.kind() == Kind::Float => {
            |a, b, st| L::math2(Ufunc::Arctan2, a, b, st)
        }
        Ufunc::Copysign if L::DTYPE.kind() == Kind::Float => {
            |a, b, st| L::math2(Ufunc::Copysign, a, b, st)
        }
        Ufunc::Logaddexp if L::DTYPE.kind() == Kind::Float => {
            |a, b, st| L::math2(Ufunc::Logaddexp, a, b, st)
        }
        Ufunc::Logaddexp2 if L::DTYPE.kind() == Kind::Float => {
            |a, b, st| L::math2(Ufunc::Logaddexp2, a, b, st)
        }
        Ufunc::Heaviside if L::DTYPE.kind() == Kind::Float => {
            |a, b, st| L::math2(Ufunc::Heaviside, a, b, st)
        }
        Ufunc::Nextafter if L::DTYPE.kind() == Kind::Float => {
            |a, b, st| L::math2(Ufunc::Nextafter, a, b, st)
        }
        Ufunc::Fmod if L::DTYPE.kind() != Kind::Complex => L::fmod,
        Ufunc::Gcd if L::DTYPE.is_integer() => |a, b, _| L::int2(Ufunc::Gcd, a, b),
        Ufunc::Lcm if L::DTYPE.is_integer() => |a, b, _| L::int2(Ufunc::Lcm, a, b),
        other => {
            return Err(Error::type_error(format!(
                "npcalc does not support np.{}.accumulate on {}",
                other.name(),
                L::DTYPE
            )));
        }
    })
}

fn truth<L: Elem>(b: bool) -> L {
    if b { L::ONE } else { L::ZERO }
}

fn n_along(a: &Array, axis: usize) -> usize {
    a.shape()[axis]
}

/// NumPy's integer power loops refuse a negative exponent.
pub(super) fn negative_exponents(exponents: &Array) -> Result<()> {
    let d = exponents.dtype();
    if !d.is_integer() {
        return Ok(());
    }
    let neg =
        crate::with_dtype!(d, L => exponents.to_vec::<L>().iter().any(|q| q.is_negative_int()));
    if neg {
        return Err(Error::value_error(
            "Integers to negative integer powers are not allowed.",
        ));
    }
    Ok(())
}

/// The loop dtype without `dtype=` and `out=`: add and multiply upcast
/// small integers (NumPy's reduce-like type resolution), the others take
/// their element-wise loop for the input's dtype (divide: float64).
pub fn own_loop_dtype(op: Ufunc, d: DType) -> Result<DType> {
    match op {
        Ufunc::Add | Ufunc::Multiply => Ok(default_accum_dtype(d)),
        // Their loops give bool: the input is read as bool (`??->?`).
        Ufunc::LogicalAnd | Ufunc::LogicalOr | Ufunc::LogicalXor => Ok(DType::Bool),
        _ if op.is_comparison() && d == DType::Bool => Ok(DType::Bool),
        _ if op.is_comparison() => Err(Error::type_error(format!(
            "No loop matching the specified signature and casting was found for ufunc {}",
            op.name()
        ))),
        _ => reduce_loop_dtype(op, d),
    }
}

/// The element-wise loop for `d` with `d` on both sides, as reductions need
/// (gcd and lcm have integer loops only, whatever NumPy promoted to).
pub(super) fn reduce_loop_dtype(op: Ufunc, d: DType) -> Result<DType> {
    if matches!(op, Ufunc::Gcd | Ufunc::Lcm) && !d.is_integer() {
        return Err(Error::new(
            crate::error::Exc::UFuncNoLoopError,
            format!(
                "ufunc '{}' did not contain a loop with signature matching types (None, {}) -> None",
                op.name(),
                d.class_repr()
            ),
        ));
    }
    super::ufunc::loop_dtype(op, d)
}

/// `dtype=d`: the ufunc must have a loop for exactly `d` (add and multiply
/// have one for every dtype).
pub fn requested_loop(op: Ufunc, d: DType) -> Result<DType> {
    if matches!(op, Ufunc::Add | Ufunc::Multiply) {
        return Ok(d);
    }
    match super::ufunc::loop_dtype(op, d) {
        Ok(l) if l == d => Ok(d),
        // Boolean subtract is refused with its own message, as NumPy does.
        Err(e) if op == Ufunc::Subtract => Err(e),
        _ => Err(Error::type_error(format!(
            "No loop matching the specified signature and casting was found for ufunc {}",
            op.name()
        ))),
    }
}

/// Which NumPy entry point is being emulated; they differ in axis handling.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AccumFunc {
    /// `np.cumsum`/`np.cumprod` and the ndarray methods: axis None flattens
    /// in C order, a 0-d input counts as 1-d.
    Cum,
    /// `np.nancumsum`/`np.nancumprod`: like `Cum`, NaNs counted as 0 (1).
    NanCum,
    /// `np.cumulative_sum`/`np.cumulative_prod`: axis None only for <= 1-d.
    Cumulative { include_initial: bool },
    /// `np.add.accumulate`/`np.multiply.accumulate`: default axis 0, no
    /// flattening, no 0-d input.
    Ufunc,
    /// `ufunc.reduce` for the ufuncs without a reduction kernel of their
    /// own: `Ufunc` along one axis, its warnings named "reduce".
    Reduce,
}

/// The `axis=` argument: not passed, passed as None, or an integer; or, for
/// `ufunc.accumulate` and `np.cumulative_*`, a tuple of other than one axis
/// (its entries already checked, as NumPy's `_parse_axis` does), which
/// accumulate refuses.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AxisArg {
    Default,
    None,
    Index(i64),
    Several,
}

/// Elements per run: the scratch buffers stay in L1/L2 cache, and Ctrl-C is
/// checked this often.
const RUN: usize = 4096;

/// Below this many elements per row, accumulating along axis 0 walks each
/// column instead (rows that short would be all call overhead).
const MIN_ROW: usize = 8;

/// One strided run of buffer positions: the first and the step between them.
#[derive(Clone, Copy, Debug)]
struct Run {
    pos: isize,
    step: isize,
}

impl Run {
    fn at(self, k: usize) -> usize {
        (self.pos + k as isize * self.step) as usize
    }
}

/// Reads input runs cast to the loop dtype `L`, and writes runs of results
/// cast to the output's dtype.
trait Io<L> {
    fn read(&mut self, run: Run, into: &mut [L]);
    fn write(&mut self, run: Run, from: &[L]);
    /// FP flags of the input cast and of the output cast.
    fn status(&self) -> (FpStatus, FpStatus);
}

/// What a NaN reads as in nancumsum/nancumprod (the op's identity), if any.
#[inline(always)]
fn denan<S: Elem>(s: S, nan_as: Option<S>) -> S {
    match nan_as {
        Some(z) if s.is_nan() => z,
        _ => s,
    }
}

#[inline(always)]
fn read_run<S: Elem, L: CastFrom<S>>(
    src: &[S],
    run: Run,
    into: &mut [L],
    nan_as: Option<S>,
    st: &mut FpStatus,
) {
    if run.step == 1 && nan_as.is_none() {
        let s = &src[run.pos as usize..run.pos as usize + into.len()];
        into.iter_mut()
            .zip(s)
            .for_each(|(d, &s)| *d = L::cast_from(s, st));
    } else {
        into.iter_mut()
            .enumerate()
            .for_each(|(k, d)| *d = L::cast_from(denan(src[run.at(k)], nan_as), st));
    }
}

#[inline(always)]
fn write_run<L: Copy + CastTo<O>, O>(dst: &mut [O], run: Run, from: &[L], st: &mut FpStatus) {
    if run.step == 1 {
        let d = &mut dst[run.pos as usize..run.pos as usize + from.len()];
        d.iter_mut()
            .zip(from)
            .for_each(|(d, &v)| *d = v.cast_to(st));
    } else {
        from.iter()
            .enumerate()
            .for_each(|(k, &v)| dst[run.at(k)] = v.cast_to(st));
    }
}

/// Input and output in different buffers: a reader per (input, loop) dtype
/// pair and a writer per (loop, output) pair, so each pair is compiled once.
trait ReadRun<L> {
    fn read(&mut self, run: Run, into: &mut [L]);
    fn status(&self) -> FpStatus;
}

trait WriteRun<L> {
    fn write(&mut self, run: Run, from: &[L]);
    fn status(&self) -> FpStatus;
}

struct Reader<'a, S> {
    buf: Ref<'a, super::Buffer>,
    nan_as: Option<S>,
    st: FpStatus,
}

impl<S: Elem, L: CastFrom<S>> ReadRun<L> for Reader<'_, S> {
    fn read(&mut self, run: Run, into: &mut [L]) {
        read_run(S::of(&self.buf), run, into, self.nan_as, &mut self.st);
    }
    fn status(&self) -> FpStatus {
        self.st
    }
}

struct Writer<'a, O> {
    buf: RefMut<'a, super::Buffer>,
    st: FpStatus,
    _o: PhantomData<O>,
}

impl<L: Copy + CastTo<O>, O: Stored> WriteRun<L> for Writer<'_, O> {
    fn write(&mut self, run: Run, from: &[L]) {
        write_run(O::of_mut(&mut self.buf), run, from, &mut self.st);
    }
    fn status(&self) -> FpStatus {
        self.st
    }
}

struct Split<'a, L> {
    r: Box<dyn ReadRun<L> + 'a>,
    w: Box<dyn WriteRun<L> + 'a>,
}

impl<L> Io<L> for Split<'_, L> {
    fn read(&mut self, run: Run, into: &mut [L]) {
        self.r.read(run, into);
    }
    fn write(&mut self, run: Run, from: &[L]) {
        self.w.write(run, from);
    }
    fn status(&self) -> (FpStatus, FpStatus) {
        (self.r.status(), self.w.status())
    }
}

/// `a.cumsum(out=a)`: one buffer, each run read before it is written.
struct InPlace<'a, T> {
    buf: RefMut<'a, super::Buffer>,
    nan_as: Option<T>,
    st: (FpStatus, FpStatus),
}

impl<T: Elem, L: Copy + CastFrom<T> + CastTo<T>> Io<L> for InPlace<'_, T> {
    fn read(&mut self, run: Run, into: &mut [L]) {
        read_run(T::of(&self.buf), run, into, self.nan_as, &mut self.st.0);
    }
    fn write(&mut self, run: Run, from: &[L]) {
        write_run(T::of_mut(&mut self.buf), run, from, &mut self.st.1);
    }
    fn status(&self) -> (FpStatus, FpStatus) {
        self.st
    }
}

/// The accumulation's geometry: `len` steps along the axis (strides
/// `src_axis`, `dst_axis`), optionally rows of `inner` elements processed
/// side by side, and the outer dimensions whose every index is one lane.
pub(super) struct Plan {
    pub(super) len: usize,
    pub(super) src_axis: isize,
    pub(super) dst_axis: isize,
    /// (count, src step, dst step).
    pub(super) inner: Option<(usize, isize, isize)>,
    outer: Vec<(usize, isize, isize)>,
    base: (isize, isize),
}

/// Merges neighbouring dims (size, src stride, dst stride) that form one
/// evenly strided run in both views.
fn coalesce(dims: impl Iterator<Item = (usize, isize, isize)>) -> Vec<(usize, isize, isize)> {
    let mut out: Vec<(usize, isize, isize)> = Vec::new();
    for dim in dims {
        match out.last_mut() {
            Some(last) if last.1 == dim.1 * dim.0 as isize && last.2 == dim.2 * dim.0 as isize => {
                *last = (last.0 * dim.0, dim.1, dim.2);
            }
            _ => out.push(dim),
        }
    }
    out
}

impl Plan {
    pub(super) fn new(src: &Array, dst: &Array, axis: usize) -> Plan {
        let shape = src.shape();
        let dim = |d: usize| (shape[d], src.strides()[d], dst.strides()[d]);
        let mut before = coalesce((0..axis).map(dim));
        let mut after = coalesce((axis + 1..shape.len()).map(dim));
        let len = shape[axis];
        // Rows along the dims after the axis walk memory in order; when the
        // axis is last and short, rows across another dim beat tiny lanes.
        let inner = if after.last().is_some_and(|d| d.0 >= MIN_ROW) {
            after.pop()
        } else if len < MIN_ROW {
            let widest = before
                .iter()
                .chain(&after)
                .enumerate()
                .max_by_key(|(_, d)| d.0)
                .map(|(i, d)| (i, *d));
            match widest {
                Some((i, d)) if d.0 >= MIN_ROW => {
                    if i < before.len() {
                        before.remove(i)
                    } else {
                        after.remove(i - before.len())
                    };
                    Some(d)
                }
                _ => None,
            }
        } else {
            None
        };
        before.extend(after);
        Plan {
            len,
            src_axis: src.strides()[axis],
            dst_axis: dst.strides()[axis],
            inner,
            outer: before,
            base: (src.offset() as isize, dst.offset() as isize),
        }
    }

    /// How many lanes (or rows, with `inner`) the outer dimensions hold.
    pub(super) fn lanes(&self) -> usize {
        self.outer.iter().map(|d| d.0).product()
    }

    /// The (src, dst) buffer positions where lane `k` starts, lanes counted
    /// in C order over the outer dimensions.
    pub(super) fn lane(&self, mut k: usize) -> (isize, isize) {
        let (mut s, mut d) = self.base;
        for &(n, ss, ds) in self.outer.iter().rev() {
            let i = (k % n) as isize;
            k /= n;
            s += i * ss;
            d += i * ds;
        }
        (s, d)
    }

    /// Calls `f` with the (src, dst) buffer positions of every lane start.
    fn for_each_lane(&self, mut f: impl FnMut(isize, isize) -> Result<()>) -> Result<()> {
        if self.outer.iter().any(|d| d.0 == 0) {
            return Ok(());
        }
        let mut index = vec![0usize; self.outer.len()];
        let (mut s, mut d) = self.base;
        loop {
            f(s, d)?;
            let mut k = self.outer.len();
            loop {
                if k == 0 {
                    return Ok(());
                }
                k -= 1;
                let (n, ss, ds) = self.outer[k];
                index[k] += 1;
                s += ss;
                d += ds;
                if index[k] < n {
                    break;
                }
                index[k] = 0;
                s -= ss * n as isize;
                d -= ds * n as isize;
            }
        }
    }
}

/// Runs the accumulation in loop dtype `L`; returns the loop's FP flags.
fn scan<L: Elem>(plan: &Plan, op: Ufunc, io: &mut dyn Io<L>) -> Result<FpStatus> {
    let f = match op {
        // Its output overlaps an input, so NumPy's arctan2 loop leaves its
        // vector code (SVML) for libm.
        Ufunc::Arctan2 if L::DTYPE.kind() == Kind::Float => L::atan2_libm,
        _ => element_fn::<L>(op)?,
    };
    let mut fp = FpStatus::default();
    match plan.inner {
        // Rows: out[i, :] = out[i-1, :] op a[i, :], a block of each row at a time.
        Some((n, ss, ds)) => {
            let mut acc = vec![L::ZERO; RUN.min(n)];
            let mut tmp = acc.clone();
            plan.for_each_lane(|sb, db| {
                for j0 in (0..n).step_by(RUN) {
                    let m = RUN.min(n - j0);
                    let (acc, tmp) = (&mut acc[..m], &mut tmp[..m]);
                    let at = |base: isize, axis: isize, i: usize, step: isize| Run {
                        pos: base + i as isize * axis + j0 as isize * step,
                        step,
                    };
                    io.read(at(sb, plan.src_axis, 0, ss), acc);
                    io.write(at(db, plan.dst_axis, 0, ds), acc);
                    for i in 1..plan.len {
                        io.read(at(sb, plan.src_axis, i, ss), tmp);
                        acc.iter_mut()
                            .zip(tmp.iter())
                            .for_each(|(a, &t)| *a = f(*a, t, &mut fp));
                        io.write(at(db, plan.dst_axis, i, ds), acc);
                    }
                    check_interrupt()?;
                }
                Ok(())
            })?;
        }
        // Lanes along the axis, a run at a time, carrying the last value over.
        None => {
            let mut tmp = vec![L::ZERO; RUN.min(plan.len)];
            let mut done = 0usize;
            plan.for_each_lane(|sb, db| {
                let mut carry: Option<L> = None;
                for i0 in (0..plan.len).step_by(RUN) {
                    let m = RUN.min(plan.len - i0);
                    let tmp = &mut tmp[..m];
                    io.read(
                        Run {
                            pos: sb + i0 as isize * plan.src_axis,
                            step: plan.src_axis,
                        },
                        tmp,
                    );
                    let mut prev = carry;
                    for t in tmp.iter_mut() {
                        if let Some(p) = prev {
                            *t = f(p, *t, &mut fp);
                        }
                        prev = Some(*t);
                    }
                    carry = prev;
                    io.write(
                        Run {
                            pos: db + i0 as isize * plan.dst_axis,
                            step: plan.dst_axis,
                        },
                        tmp,
                    );
                    done += m;
                    if done >= RUN {
                        done = 0;
                        check_interrupt()?;
                    }
                }
                Ok(())
            })?;
        }
    }
    Ok(fp)
}

/// The dtype NumPy's cumsum/cumprod give without `dtype=` and `out=`:
/// booleans and narrow integers are upcast to the platform integer.
pub fn default_accum_dtype(d: DType) -> DType {
    match d.kind() {
        Kind::Bool => DType::Int64,
        Kind::Int => DType::Int64,
        Kind::UInt => DType::UInt64,
        _ => d,
    }
}

/// The loop NumPy's add/multiply select for two operand dtypes: the first of
/// their loops, in type-number order, that both cast to safely.
fn binary_loop(a: DType, b: DType) -> DType {
    const LOOPS: [DType; 14] = [
        DType::Bool,
        DType::Int8,
        DType::UInt8,
        DType::Int16,
        DType::UInt16,
        DType::Int32,
        DType::UInt32,
        DType::Int64,
        DType::UInt64,
        DType::Float16,
        DType::Float32,
        DType::Float64,
        DType::Complex64,
        DType::Complex128,
    ];
    LOOPS
        .into_iter()
        .find(|&l| can_cast(a, l, Casting::Safe) && can_cast(b, l, Casting::Safe))
        .unwrap_or(DType::Complex128)
}

/// The lowest and highest buffer positions a view touches (None when empty).
fn extent(a: &Array) -> Option<(isize, isize)> {
    if a.size() == 0 {
        return None;
    }
    let (mut lo, mut hi) = (a.offset() as isize, a.offset() as isize);
    for (&n, &s) in a.shape().iter().zip(a.strides()) {
        let span = (n as isize - 1) * s;
        if span < 0 { lo += span } else { hi += span }
    }
    Some((lo, hi))
}

fn may_share_memory(a: &Array, b: &Array) -> bool {
    a.shares_buffer(b)
        && match (extent(a), extent(b)) {
            (Some((l1, h1)), Some((l2, h2))) => l1 <= h2 && l2 <= h1,
            _ => false,
        }
}

fn same_view(a: &Array, b: &Array) -> bool {
    a.shares_buffer(b)
        && a.offset() == b.offset()
        && a.shape() == b.shape()
        && a.strides() == b.strides()
}

/// A C-order flattened view (or copy, when the array is not contiguous).
fn ravel(a: &Array) -> Result<Array> {
    let n = a.size();
    if a.is_c_contiguous() {
        Ok(a.view(a.offset(), vec![n], vec![1]))
    } else {
        let c = cast_array(a, a.dtype())?;
        Ok(c.with_geometry(vec![n], vec![1]))
    }
}

const MULTIPLE_AXES: &str = "accumulate does not allow multiple axes";

fn normalize_axis(axis: i64, ndim: usize) -> Result<usize> {
    let n = ndim as i64;
    if axis < -n || axis >= n {
        return Err(Error::axis_error(axis, ndim));
    }
    Ok(if axis < 0 { axis + n } else { axis } as usize)
}

/// The one entry point. `dtype` is the `dtype=` argument, `out` the `out=`
/// array (returned itself, as NumPy returns it).
pub fn accumulate(
    a: &Array,
    op: Ufunc,
    axis: AxisArg,
    dtype: Option<DType>,
    out: Option<&Array>,
    func: AccumFunc,
) -> Result<Array> {
    if let Some(out) = out {
        out.check_writeable("output array")?;
    }
    let nan = func == AccumFunc::NanCum;
    match func {
        AccumFunc::Cum | AccumFunc::NanCum => {
            // PyArray_CheckAxis: axis None and 0-d inputs are flattened first.
            let (x, axis) = match axis {
                AxisArg::Default | AxisArg::None => (ravel(a)?, 0),
                AxisArg::Index(i) if a.ndim() == 0 => (ravel(a)?, normalize_axis(i, 1)?),
                AxisArg::Index(i) => (a.clone(), normalize_axis(i, a.ndim())?),
                AxisArg::Several => unreachable!("cumsum's axis converter refuses tuples"),
            };
            keep_order(&x, axis, out, |v, k| {
                accumulate_axis(v, op, k, dtype, out, nan, "accumulate")
            })
        }
        AccumFunc::Cumulative { include_initial } => {
            let x = if a.ndim() == 0 {
                a.view(a.offset(), vec![1], vec![1])
            } else {
                a.clone()
            };
            let axis = match axis {
                AxisArg::Default | AxisArg::None if x.ndim() >= 2 => {
                    return Err(Error::value_error(
                        "For arrays which have more than one dimension ``axis`` argument is required.",
                    ));
                }
                AxisArg::Default | AxisArg::None => 0,
                // With out= and include_initial, NumPy first indexes a list of
                // x.ndim slices by the axis.
                AxisArg::Index(i) => normalize_axis(i, x.ndim()).map_err(|e| {
                    if include_initial && out.is_some() {
                        Error::index_error("list assignment index out of range")
                    } else {
                        e
                    }
                })?,
                AxisArg::Several => {
                    return Err(Error::value_error(MULTIPLE_AXES));
                }
            };
            keep_order(&x, axis, out, |v, k| {
                if include_initial {
                    cumulative_with_initial(v, op, k, dtype, out)
                } else {
                    accumulate_axis(v, op, k, dtype, out, false, "accumulate")
                }
            })
        }
        AccumFunc::Ufunc | AccumFunc::Reduce => {
            // _parse_axis, then the scalar and multiple-axes checks.
            let axis = match axis {
                AxisArg::Default => (a.ndim() > 0).then_some(0),
                AxisArg::None if a.ndim() == 1 => Some(0),
                AxisArg::None | AxisArg::Several => None,
                AxisArg::Index(0 | -1) if a.ndim() == 0 => None,
                AxisArg::Index(i) => Some(normalize_axis(i, a.ndim())?),
            };
            if a.ndim() == 0 {
                return Err(Error::type_error("cannot accumulate on a scalar"));
            }
            let Some(axis) = axis else {
                return Err(Error::value_error(MULTIPLE_AXES));
            };
            if func == AccumFunc::Reduce {
                return accumulate_axis(a, op, axis, dtype, out, false, "reduce");
            }
            keep_order(a, axis, out, |v, k| {
                accumulate_axis(v, op, k, dtype, out, false, "accumulate")
            })
        }
    }
}

/// `run(x, axis)` with a result laid out as `x` is when there is no `out=`:
/// NumPy's accumulate allocates it through nditer in KEEPORDER, so a
/// Fortran-ordered input gets a Fortran-ordered result. The kernel runs on
/// the view with the axes in that order (walking memory as NumPy does) and
/// its C result takes back the original axis order.
fn keep_order(
    x: &Array,
    axis: usize,
    out: Option<&Array>,
    run: impl FnOnce(&Array, usize) -> Result<Array>,
) -> Result<Array> {
    if out.is_some() || x.ndim() < 2 {
        return run(x, axis);
    }
    let perm = super::layout::iteration_perm(x, super::layout::Order::K);
    super::layout::compute_in(x, &perm, |v, perm| {
        let k = perm.iter().position(|&k| k == axis).expect("a permutation");
        run(v, k)
    })
}

/// `np.cumulative_sum(..., include_initial=True)`: the identity, then the sums.
fn cumulative_with_initial(
    x: &Array,
    op: Ufunc,
    axis: usize,
    dtype: Option<DType>,
    out: Option<&Array>,
) -> Result<Array> {
    let (target, result) = match out {
        Some(o) => {
            if o.ndim() < x.ndim() {
                return Err(Error::index_error(format!(
                    "too many indices for array: array is {}-dimensional, but {} were indexed",
                    o.ndim(),
                    x.ndim()
                )));
            }
            (o.clone(), o.clone())
        }
        None => {
            let loop_dtype = dtype.unwrap_or_else(|| default_accum_dtype(x.dtype()));
            let mut shape = x.shape().to_vec();
            shape[axis] += 1;
            let r = Array::zeros(loop_dtype, shape)?;
            (r.clone(), r)
        }
    };
    // out[..., 1:, ...] receives the accumulation, out[..., 0, ...] the identity.
    let n = target.shape()[axis];
    let mut shape = target.shape().to_vec();
    shape[axis] = n.saturating_sub(1);
    let step = target.strides()[axis];
    let offset = if n > 0 {
        (target.offset() as isize + step) as usize
    } else {
        target.offset()
    };
    let tail = target.view(offset, shape.clone(), target.strides().to_vec());
    accumulate_axis(x, op, axis, dtype, Some(&tail), false, "accumulate")?;
    if n == 0 {
        return Err(Error::index_error(format!(
            "index 0 is out of bounds for axis {axis} with size 0"
        )));
    }
    shape[axis] = 1;
    let head = target.view(target.offset(), shape, target.strides().to_vec());
    crate::with_dtype!(head.dtype(), T => {
        let mut buf = head.buffer().borrow_mut();
        let data = T::of_mut(&mut buf);
        let id: T = identity(op).ok_or_else(|| {
            Error::type_error(format!("npcalc has no initial value for {}", op.name()))
        })?;
        let positions: Vec<usize> = head.positions().collect();
        positions.into_iter().for_each(|p| data[p] = id);
    });
    Ok(result)
}

/// `ufunc.accumulate(x, axis, dtype, out)` with a checked axis.
fn accumulate_axis(
    x: &Array,
    op: Ufunc,
    axis: usize,
    dtype: Option<DType>,
    out: Option<&Array>,
    nan: bool,
    what: &str,
) -> Result<Array> {
    let ndim = x.ndim();
    let loop_dtype = match (dtype, out) {
        (Some(d), _) => requested_loop(op, d)?,
        (None, None) => own_loop_dtype(op, x.dtype())?,
        (None, Some(o)) => {
            // Only loops that run in the dtype both cast to are supported.
            requested_loop(op, binary_loop(o.dtype(), x.dtype())).map_err(|_| {
                Error::type_error(format!(
                    "npcalc does not support out= arrays of dtype {} for np.{}.accumulate",
                    o.dtype(),
                    op.name()
                ))
            })?
        }
    };
    if op == Ufunc::Power && n_along(x, axis) > 1 {
        let exponents = super::layout::narrow(x, axis, 1, n_along(x, axis) - 1);
        negative_exponents(&cast_array(&exponents, loop_dtype)?)?;
    }
    let Some(out) = out else {
        let result = Array::zeros(loop_dtype, x.shape().to_vec())?;
        run(x, &result, op, axis, loop_dtype, nan, what)?;
        return Ok(result);
    };
    // Without casts, overlap or extra dimensions NumPy runs a plain loop
    // that only checks the shapes; otherwise its iterator checks them.
    // np.nancumsum accumulates a copy of an inexact input (_replace_nan),
    // which no out= can overlap.
    let copied = nan && x.dtype().is_inexact();
    let plain = ndim == 1
        && x.dtype() == loop_dtype
        && out.dtype() == loop_dtype
        && (copied || !may_share_memory(out, x));
    if plain {
        // NumPy's plain loop does nothing when either operand is empty.
        if x.shape()[axis] == 0 || out.size() == 0 {
            return Ok(out.clone());
        }
        if out.shape() != x.shape() {
            return Err(Error::value_error(
                "provided out is the wrong size for the accumulation.",
            ));
        }
        run(x, out, op, axis, loop_dtype, nan, what)?;
        return Ok(out.clone());
    }
    if out.ndim() < ndim {
        // op_axes[0] is 0..ndim, which the iterator checks last entry first
        // (axis 0 first): it names the first axis out lacks.
        return Err(Error::value_error(format!(
            "Iterator input op_axes[0][{}] (=={1}) is not a valid axis of op[0], which has {1} dimensions ",
            ndim - 1 - out.ndim(),
            out.ndim()
        )));
    }
    // The iterator maps out's first ndim axes onto the input's and broadcasts.
    let remapped = &out.shape()[..ndim];
    let mut bshape = Vec::with_capacity(ndim);
    for (&r, &s) in remapped.iter().zip(x.shape()) {
        if r != s && r != 1 && s != 1 {
            return Err(Error::value_error(format!(
                "operands could not be broadcast together with remapped shapes [original->remapped]: {}->{} {}->{} ",
                super::compact_shape_repr(out.shape()),
                super::compact_shape_repr(remapped),
                super::compact_shape_repr(x.shape()),
                super::compact_shape_repr(x.shape())
            )));
        }
        bshape.push(if r == 1 { s } else { r });
    }
    if bshape != remapped {
        let reversed: Vec<usize> = remapped.iter().rev().copied().collect();
        return Err(Error::value_error(format!(
            "non-broadcastable output operand with shape {} [remapped to {}] doesn't match the broadcast shape {}",
            super::compact_shape_repr(out.shape()),
            super::compact_shape_repr(&reversed),
            super::compact_shape_repr(&bshape)
        )));
    }
    if x.shape()[axis] == 0 || out.size() == 0 {
        // Nothing to write (empty input, or an out empty along an extra axis),
        // but NumPy still sets up (and warns about) the casts.
        warn_complex_discard(x.dtype(), loop_dtype);
        warn_complex_discard(loop_dtype, out.dtype());
        return Ok(out.clone());
    }
    // Only as many steps as the input has along the axis are written; the
    // input is broadcast over the others.
    let mut shape = bshape;
    shape[axis] = x.shape()[axis];
    let src_strides: Vec<isize> = x
        .shape()
        .iter()
        .zip(x.strides())
        .zip(&shape)
        .map(|((&n, &s), &b)| if n == 1 && b != 1 { 0 } else { s })
        .collect();
    let src = x.view(x.offset(), shape.clone(), src_strides);
    let dst = out.view(out.offset(), shape, out.strides()[..ndim].to_vec());
    run(&src, &dst, op, axis, loop_dtype, nan, what)?;
    Ok(out.clone())
}

/// Accumulates `src` into `dst` (same shape) along `axis` in `loop_dtype`,
/// reporting warnings as NumPy does: casts of the input, casts of the
/// output, then the loop's own (which also sees the output cast's flags).
fn run(
    src: &Array,
    dst: &Array,
    op: Ufunc,
    axis: usize,
    loop_dtype: DType,
    nan: bool,
    what: &str,
) -> Result<()> {
    warn_complex_discard(src.dtype(), loop_dtype);
    warn_complex_discard(loop_dtype, dst.dtype());
    if dst.size() == 0 {
        return Ok(());
    }
    // An output of another dtype gets the results in a loop-dtype copy that
    // is cast back whole at the end (NumPy's WRITEBACKIFCOPY), so the cast's
    // vector body and scalar tail (float -> uint32 NaN) split the whole array.
    let writeback = if dst.dtype() == loop_dtype {
        None
    } else {
        Some(Array::zeros(loop_dtype, dst.shape().to_vec())?)
    };
    let out = dst;
    let dst = writeback.as_ref().unwrap_or(out);
    // The output overlapping the input in any way but element for element
    // would see its own results: read from a copy then (COPY_IF_OVERLAP).
    let copy;
    let src = if src.shares_buffer(dst)
        && !(same_view(src, dst) && src.strides().iter().all(|&s| s != 0))
    {
        copy = cast_array(src, src.dtype())?;
        &copy
    } else {
        src
    };
    let plan = Plan::new(src, dst, axis);
    let nan_as = |dtype: DType| nan && dtype.is_inexact();
    // The output in the loop dtype, separate buffers and unit steps: the fast
    // kernel, reading the input directly when it is of the loop dtype or
    // converts to it exactly.
    let direct = dst.dtype() == loop_dtype
        && !nan_as(loop_dtype)
        && !nan_as(src.dtype())
        && !src.shares_buffer(dst)
        && fast::applies(&plan, dst.is_c_contiguous());
    let (read_st, mut write_st, loop_st) = crate::with_dtype!(loop_dtype, L => {
        scan_in::<L>(src, dst, &plan, op, direct, &nan_as)?
    });
    if let Some(results) = &writeback {
        super::cast::cast_into_status(out, results, &mut write_st);
    }
    read_st.report("cast");
    write_st.report("cast");
    // The writeback cast clears the FP flags before it runs, so the ufunc's
    // check after it sees only the cast's.
    let mut acc_st = if writeback.is_some() {
        FpStatus::default()
    } else {
        loop_st
    };
    acc_st.merge(write_st);
    acc_st.report(what);
    Ok(())
}

/// `run` in loop dtype `L`: the fast kernel when `direct`, else the run loop
/// through the input and output dtypes. Returns the read, write and loop
/// FP flags. Out of line on wasm32: the browser compiles a function whole
/// the first time it is called, and one function holding every loop dtype
/// was a quarter of a megabyte to compile before the first cumsum.
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn scan_in<L: Elem + Send + Sync>(
    src: &Array,
    dst: &Array,
    plan: &Plan,
    op: Ufunc,
    direct: bool,
    nan_as: &dyn Fn(DType) -> bool,
) -> Result<(FpStatus, FpStatus, FpStatus)> {
    let direct_fp = if !direct {
        None
    } else if src.dtype() == L::DTYPE {
        let (s, mut d) = (src.buffer().borrow(), dst.buffer().borrow_mut());
        fast::try_scan(plan, L::of(&s), L::of_mut(&mut d), op)
    } else {
        fast::try_scan_widening(plan, src, dst, op)
    };
    if let Some(fp) = direct_fp {
        return Ok((FpStatus::default(), FpStatus::default(), fp?));
    }
    // Without casts around the loop, the CPU's underflow flag is the loop's
    // own (the step functions track the other flags); with them it could be
    // a cast's, and is left unread.
    let uncast = src.dtype() == L::DTYPE && dst.dtype() == L::DTYPE;
    let scan = |io: &mut dyn Io<L>| {
        let (fp, under) = FpStatus::hardware_underflow(|| scan::<L>(plan, op, io));
        fp.map(|mut fp| {
            fp.underflow |= under && uncast;
            fp
        })
    };
    if src.shares_buffer(dst) {
        crate::with_dtype!(src.dtype(), T => {
            let mut io = InPlace::<T> {
                buf: dst.buffer().borrow_mut(),
                nan_as: nan_as(T::DTYPE).then(|| identity::<T>(op)).flatten(),
                st: Default::default(),
            };
            let fp = scan(&mut io)?;
            let (r, w) = Io::<L>::status(&io);
            Ok((r, w, fp))
        })
    } else {
        let mut io = split::<L>(src, dst, nan_as(src.dtype()), op);
        let fp = scan(&mut io)?;
        let (r, w) = io.status();
        Ok((r, w, fp))
    }
}

/// The input/output pair for loop dtype `L`.
fn split<'a, L: Elem>(src: &'a Array, dst: &'a Array, nan: bool, op: Ufunc) -> Split<'a, L> {
    let r: Box<dyn ReadRun<L> + 'a> = crate::with_dtype!(src.dtype(), S => Box::new(Reader::<S> {
        buf: src.buffer().borrow(),
        nan_as: nan.then(|| identity::<S>(op)).flatten(),
        st: FpStatus::default(),
    }));
    let w: Box<dyn WriteRun<L> + 'a> = crate::with_dtype!(dst.dtype(), O => Box::new(Writer::<O> {
        buf: dst.buffer().borrow_mut(),
        st: FpStatus::default(),
        _o: PhantomData,
    }));
    Split { r, w }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::array::Scalar;
    use crate::array::signals::take_warnings;
    use half::f16;
    use num_complex::{Complex32, Complex64};

    fn ints(shape: &[usize]) -> Array {
        let n = shape.iter().product::<usize>() as i64;
        Array::from_vec((0..n).collect::<Vec<i64>>(), shape.to_vec())
    }
    fn floats(v: &[f64]) -> Array {
        Array::from_vec(v.to_vec(), vec![v.len()])
    }
    fn cum(a: &Array, op: Ufunc, axis: AxisArg) -> Array {
        accumulate(a, op, axis, None, None, AccumFunc::Cum).unwrap()
    }
    fn warnings() -> Vec<String> {
        take_warnings()
            .into_iter()
            .map(|w| format!("{}: {}", w.category, w.message))
            .collect()
    }
    fn err(r: Result<Array>) -> (&'static str, String) {
        let e = r.unwrap_err();
        (e.class.qualname(), e.message)
    }
    /// A strided view of `a` (offset, shape, strides in elements).
    fn view(a: &Array, offset: usize, shape: &[usize], strides: &[isize]) -> Array {
        a.view(offset, shape.to_vec(), strides.to_vec())
    }

    // Expected values below: NumPy 2.4.6, the expression in each comment.

    #[test]
    fn axes_of_3d_and_4d() {
        let a3 = ints(&[2, 3, 4]);
        // np.cumsum(np.arange(24).reshape(2,3,4), axis=0 / 1 / 2 / -1)
        let r = cum(&a3, Ufunc::Add, AxisArg::Index(0));
        assert_eq!((r.dtype(), r.shape()), (DType::Int64, &[2, 3, 4][..]));
        assert_eq!(
            r.to_vec::<i64>()[12..],
            [12, 14, 16, 18, 20, 22, 24, 26, 28, 30, 32, 34]
        );
        let r = cum(&a3, Ufunc::Add, AxisArg::Index(1));
        assert_eq!(
            r.to_vec::<i64>(),
            [
                0, 1, 2, 3, 4, 6, 8, 10, 12, 15, 18, 21, 12, 13, 14, 15, 28, 30, 32, 34, 48, 51,
                54, 57
            ]
        );
        let want2 = [
            0, 1, 3, 6, 4, 9, 15, 22, 8, 17, 27, 38, 12, 25, 39, 54, 16, 33, 51, 70, 20, 41, 63, 86,
        ];
        assert_eq!(
            cum(&a3, Ufunc::Add, AxisArg::Index(2)).to_vec::<i64>(),
            want2
        );
        assert_eq!(
            cum(&a3, Ufunc::Add, AxisArg::Index(-1)).to_vec::<i64>(),
            want2
        );
        // np.cumprod(np.arange(24).reshape(2,3,2,2)+1, axis=1)
        let a4 = Array::from_vec((1..=24i64).collect(), vec![2, 3, 2, 2]);
        assert_eq!(
            cum(&a4, Ufunc::Multiply, AxisArg::Index(1)).to_vec::<i64>(),
            [
                1, 2, 3, 4, 5, 12, 21, 32, 45, 120, 231, 384, 13, 14, 15, 16, 221, 252, 285, 320,
                4641, 5544, 6555, 7680
            ]
        );
        // np.cumsum(np.arange(24).reshape(2,3,2,2), axis=3)
        assert_eq!(
            cum(&ints(&[2, 3, 2, 2]), Ufunc::Add, AxisArg::Index(3)).to_vec::<i64>(),
            [
                0, 1, 2, 5, 4, 9, 6, 13, 8, 17, 10, 21, 12, 25, 14, 29, 16, 33, 18, 37, 20, 41, 22,
                45
            ]
        );
    }

    #[test]
    fn non_contiguous_inputs() {
        let a3 = ints(&[2, 3, 4]);
        // np.cumsum(a3.transpose(2,0,1), axis=1)
        let t = view(&a3, 0, &[4, 2, 3], &[1, 12, 4]);
        assert_eq!(
            cum(&t, Ufunc::Add, AxisArg::Index(1)).to_vec::<i64>(),
            [
                0, 4, 8, 12, 20, 28, 1, 5, 9, 14, 22, 30, 2, 6, 10, 16, 24, 32, 3, 7, 11, 18, 26,
                34
            ]
        );
        // a3[:, ::-1, ::2]: np.cumsum(..., axis=1) and np.cumsum(...)
        let s = view(&a3, 8, &[2, 3, 2], &[12, -4, 2]);
        assert_eq!(
            cum(&s, Ufunc::Add, AxisArg::Index(1)).to_vec::<i64>(),
            [8, 10, 12, 16, 12, 18, 20, 22, 36, 40, 48, 54]
        );
        let r = cum(&s, Ufunc::Add, AxisArg::None);
        assert_eq!(
            (r.shape(), r.to_vec::<i64>()),
            (
                &[12][..],
                vec![8, 18, 22, 28, 28, 30, 50, 72, 88, 106, 118, 132]
            )
        );
    }

    #[test]
    fn long_runs_match_sequential_sums() {
        // Crossing the run size along lanes and along rows.
        let n = 3 * RUN + 5;
        let a = Array::from_vec(
            (0..n as i64).map(|x| x * 7 % 11 - 5).collect::<Vec<i64>>(),
            vec![n],
        );
        let r = cum(&a, Ufunc::Add, AxisArg::Default).to_vec::<i64>();
        let mut s = 0;
        let want: Vec<i64> = a
            .to_vec::<i64>()
            .iter()
            .map(|&x| {
                s += x;
                s
            })
            .collect();
        assert_eq!(r, want);
        let m = Array::from_vec((0..2 * n as i64).collect::<Vec<i64>>(), vec![2, n]);
        let r = cum(&m, Ufunc::Add, AxisArg::Index(0)).to_vec::<i64>();
        assert_eq!(
            r[n..],
            (0..n as i64)
                .map(|j| j + (n as i64 + j))
                .collect::<Vec<_>>()[..]
        );
        // Short rows along axis 0 of a (n, 3) array walk columns.
        let c = Array::from_vec((0..3 * n as i64).collect::<Vec<i64>>(), vec![n, 3]);
        let r = cum(&c, Ufunc::Add, AxisArg::Index(0)).to_vec::<i64>();
        let last: i64 = (0..n as i64).map(|i| 3 * i + 2).sum();
        assert_eq!(r[3 * n - 1], last);
        // Short lanes along the last axis of an (n, 3) array go row-wise.
        let r = cum(&c, Ufunc::Add, AxisArg::Index(1)).to_vec::<i64>();
        assert_eq!(
            r[3 * n - 3..],
            [3 * n as i64 - 3, 6 * n as i64 - 5, 9 * n as i64 - 6]
        );
    }

    #[test]
    fn result_dtypes_and_wraparound() {
        for (d, want) in [
            (DType::Bool, DType::Int64),
            (DType::Int8, DType::Int64),
            (DType::Int32, DType::Int64),
            (DType::UInt8, DType::UInt64),
            (DType::UInt64, DType::UInt64),
            (DType::Float16, DType::Float16),
            (DType::Float32, DType::Float32),
            (DType::Complex64, DType::Complex64),
        ] {
            let a = crate::array::cast_array(&floats(&[1.0, 1.0]), d).unwrap();
            for func in [
                AccumFunc::Cum,
                AccumFunc::NanCum,
                AccumFunc::Ufunc,
                AccumFunc::Cumulative {
                    include_initial: false,
                },
            ] {
                assert_eq!(
                    accumulate(&a, Ufunc::Add, AxisArg::Default, None, None, func)
                        .unwrap()
                        .dtype(),
                    want
                );
            }
        }
        // np.cumsum(np.array([100,100,100],np.int8), dtype=np.int8) -> [100 -56 44]
        let a = Array::from_vec(vec![100i8, 100, 100], vec![3]);
        let r = accumulate(
            &a,
            Ufunc::Add,
            AxisArg::Default,
            Some(DType::Int8),
            None,
            AccumFunc::Cum,
        )
        .unwrap();
        assert_eq!(r.to_vec::<i8>(), [100, -56, 44]);
        // np.cumprod(np.array([200,200],np.uint8)) -> uint64 [200 40000]
        let a = Array::from_vec(vec![200u8, 200], vec![2]);
        assert_eq!(
            cum(&a, Ufunc::Multiply, AxisArg::Default).to_vec::<u64>(),
            [200, 40000]
        );
        // np.cumsum(np.array([1.5,2.5,-3.7]), dtype=np.int64) -> [1 3 0]: cast before adding
        let r = accumulate(
            &floats(&[1.5, 2.5, -3.7]),
            Ufunc::Add,
            AxisArg::Default,
            Some(DType::Int64),
            None,
            AccumFunc::Cum,
        );
        assert_eq!(r.unwrap().to_vec::<i64>(), [1, 3, 0]);
    }

    #[test]
    fn bool_dtype_is_logical() {
        // np.cumsum(np.array([0,2,1,0]), dtype=bool); np.cumprod(np.array([1,2,1,0,3]), dtype=bool)
        let a = Array::from_vec(vec![0i64, 2, 1, 0], vec![4]);
        let r = accumulate(
            &a,
            Ufunc::Add,
            AxisArg::Default,
            Some(DType::Bool),
            None,
            AccumFunc::Cum,
        )
        .unwrap();
        assert_eq!(r.to_vec::<bool>(), [false, true, true, true]);
        let a = Array::from_vec(vec![1i64, 2, 1, 0, 3], vec![5]);
        let r = accumulate(
            &a,
            Ufunc::Multiply,
            AxisArg::Default,
            Some(DType::Bool),
            None,
            AccumFunc::Ufunc,
        )
        .unwrap();
        assert_eq!(r.to_vec::<bool>(), [true, true, true, false, false]);
    }

    #[test]
    fn float_special_values_and_warnings() {
        // np.cumsum(np.array([-0.0, 0.0])) -> [-0.0, 0.0]: the first element is copied
        let r = cum(&floats(&[-0.0, 0.0]), Ufunc::Add, AxisArg::Default).to_vec::<f64>();
        assert!(r[0].is_sign_negative() && r[1].is_sign_positive());
        // np.cumsum(np.array([np.inf,-np.inf,1.0])) -> [inf nan nan] + invalid
        let r = cum(
            &floats(&[f64::INFINITY, f64::NEG_INFINITY, 1.0]),
            Ufunc::Add,
            AxisArg::Default,
        )
        .to_vec::<f64>();
        assert!(r[0] == f64::INFINITY && r[1].is_nan() && r[2].is_nan());
        assert_eq!(
            warnings(),
            ["RuntimeWarning: invalid value encountered in accumulate"]
        );
        // np.cumprod(np.array([1e200,1e200,0.0])) -> overflow, then invalid
        cum(
            &floats(&[1e200, 1e200, 0.0]),
            Ufunc::Multiply,
            AxisArg::Default,
        );
        assert_eq!(
            warnings(),
            [
                "RuntimeWarning: overflow encountered in accumulate",
                "RuntimeWarning: invalid value encountered in accumulate"
            ]
        );
        // np.cumsum(np.array([65504,32], np.float16)) -> [65504, inf] + overflow
        let h = Array::from_vec(vec![f16::from_f32(65504.0), f16::from_f32(32.0)], vec![2]);
        assert_eq!(
            cum(&h, Ufunc::Add, AxisArg::Default).to_vec::<f16>()[1],
            f16::INFINITY
        );
        assert_eq!(
            warnings(),
            ["RuntimeWarning: overflow encountered in accumulate"]
        );
        // np.cumprod(np.array([1+2j,3-1j,0.5j],np.complex64)) -> [1+2j, 5+5j, -2.5+2.5j]
        let c = Array::from_vec(
            vec![
                Complex32::new(1.0, 2.0),
                Complex32::new(3.0, -1.0),
                Complex32::new(0.0, 0.5),
            ],
            vec![3],
        );
        assert_eq!(
            cum(&c, Ufunc::Multiply, AxisArg::Default).to_vec::<Complex32>()[2],
            Complex32::new(-2.5, 2.5)
        );
        assert!(warnings().is_empty());
    }

    #[test]
    fn float16_bit_identical_to_numpy() {
        // testdata/gen_accumulate_f16.py: cumsum and cumprod of 300 float16 values.
        let text = include_str!("testdata/accumulate_f16.txt");
        let rows: Vec<Vec<u16>> = text
            .lines()
            .map(|l| {
                l.split(' ')
                    .map(|h| u16::from_str_radix(h, 16).unwrap())
                    .collect()
            })
            .collect();
        let a = Array::from_vec(
            rows[0]
                .iter()
                .map(|&b| f16::from_bits(b))
                .collect::<Vec<_>>(),
            vec![rows[0].len()],
        );
        for (op, want) in [(Ufunc::Add, &rows[1]), (Ufunc::Multiply, &rows[2])] {
            let got: Vec<u16> = cum(&a, op, AxisArg::Default)
                .to_vec::<f16>()
                .iter()
                .map(|h| h.to_bits())
                .collect();
            assert_eq!(&got, want, "{op:?}");
        }
        take_warnings();
    }

    #[test]
    fn nan_functions() {
        let nan = f64::NAN;
        // np.nancumsum([nan,1,nan,2]) -> [0 1 1 3]; np.nancumprod([nan,2,nan,3]) -> [1 2 2 6]
        let r = accumulate(
            &floats(&[nan, 1.0, nan, 2.0]),
            Ufunc::Add,
            AxisArg::Default,
            None,
            None,
            AccumFunc::NanCum,
        );
        assert_eq!(r.unwrap().to_vec::<f64>(), [0.0, 1.0, 1.0, 3.0]);
        let r = accumulate(
            &floats(&[nan, 2.0, nan, 3.0]),
            Ufunc::Multiply,
            AxisArg::Default,
            None,
            None,
            AccumFunc::NanCum,
        );
        assert_eq!(r.unwrap().to_vec::<f64>(), [1.0, 2.0, 2.0, 6.0]);
        // np.nancumsum([1+1j, complex(nan,1), 2j]) -> [1+1j, 1+1j, 1+3j]
        let c = Array::from_vec(
            vec![
                Complex64::new(1.0, 1.0),
                Complex64::new(nan, 1.0),
                Complex64::new(0.0, 2.0),
            ],
            vec![3],
        );
        let r = accumulate(
            &c,
            Ufunc::Add,
            AxisArg::Default,
            None,
            None,
            AccumFunc::NanCum,
        )
        .unwrap();
        assert_eq!(r.to_vec::<Complex64>()[2], Complex64::new(1.0, 3.0));
        // np.nancumprod([nan,2,nan], dtype=np.int64) -> [1 2 2], no warning
        let r = accumulate(
            &floats(&[nan, 2.0, nan]),
            Ufunc::Multiply,
            AxisArg::Default,
            Some(DType::Int64),
            None,
            AccumFunc::NanCum,
        );
        assert_eq!(r.unwrap().to_vec::<i64>(), [1, 2, 2]);
        assert!(warnings().is_empty());
        // np.cumsum(np.array([1,np.nan,2]), dtype=np.int64) warns about the cast
        let r = accumulate(
            &floats(&[1.0, nan, 2.0]),
            Ufunc::Add,
            AxisArg::Default,
            Some(DType::Int64),
            None,
            AccumFunc::Cum,
        );
        assert_eq!(
            r.unwrap().to_vec::<i64>(),
            [1, -9223372036854775807, -9223372036854775805]
        );
        assert_eq!(
            warnings(),
            ["RuntimeWarning: invalid value encountered in cast"]
        );
    }

    #[test]
    fn zero_d_and_axis_errors() {
        let a0 = Array::from_scalar(Scalar::Int64(5));
        // np.cumsum(np.array(5)) -> array([5]); axis=0 too; axis=1 -> AxisError for dimension 1
        for axis in [AxisArg::Default, AxisArg::None, AxisArg::Index(0)] {
            let r = cum(&a0, Ufunc::Add, axis);
            assert_eq!((r.shape(), r.to_vec::<i64>()), (&[1][..], vec![5]));
        }
        let e = accumulate(
            &a0,
            Ufunc::Add,
            AxisArg::Index(1),
            None,
            None,
            AccumFunc::Cum,
        );
        assert_eq!(
            err(e),
            (
                "numpy.exceptions.AxisError",
                "axis 1 is out of bounds for array of dimension 1".into()
            )
        );
        // np.cumulative_sum(np.array(5)) -> [5]; include_initial -> [0 5]
        let r = accumulate(
            &a0,
            Ufunc::Add,
            AxisArg::Default,
            None,
            None,
            AccumFunc::Cumulative {
                include_initial: true,
            },
        );
        assert_eq!(r.unwrap().to_vec::<i64>(), [0, 5]);
        // np.add.accumulate(np.array(5)) -> TypeError; axis=5 -> AxisError for dimension 0
        let e = accumulate(
            &a0,
            Ufunc::Add,
            AxisArg::Default,
            None,
            None,
            AccumFunc::Ufunc,
        );
        assert_eq!(
            err(e),
            ("TypeError", "cannot accumulate on a scalar".into())
        );
        let e = accumulate(
            &a0,
            Ufunc::Add,
            AxisArg::Index(5),
            None,
            None,
            AccumFunc::Ufunc,
        );
        assert_eq!(
            err(e),
            (
                "numpy.exceptions.AxisError",
                "axis 5 is out of bounds for array of dimension 0".into()
            )
        );
        let a2 = ints(&[2, 3]);
        // np.cumsum(a2, axis=2) / axis=-3
        for (axis, msg) in [
            (2, "axis 2 is out of bounds for array of dimension 2"),
            (-3, "axis -3 is out of bounds for array of dimension 2"),
        ] {
            for func in [
                AccumFunc::Cum,
                AccumFunc::NanCum,
                AccumFunc::Ufunc,
                AccumFunc::Cumulative {
                    include_initial: false,
                },
            ] {
                let e = accumulate(&a2, Ufunc::Add, AxisArg::Index(axis), None, None, func);
                assert_eq!(err(e), ("numpy.exceptions.AxisError", msg.into()));
            }
        }
        // np.cumulative_sum(a2); np.add.accumulate(a2, axis=None)
        let e = accumulate(
            &a2,
            Ufunc::Add,
            AxisArg::Default,
            None,
            None,
            AccumFunc::Cumulative {
                include_initial: false,
            },
        );
        assert_eq!(
            err(e),
            (
                "ValueError",
                "For arrays which have more than one dimension ``axis`` argument is required."
                    .into()
            )
        );
        let e = accumulate(&a2, Ufunc::Add, AxisArg::None, None, None, AccumFunc::Ufunc);
        assert_eq!(
            err(e),
            (
                "ValueError",
                "accumulate does not allow multiple axes".into()
            )
        );
        // np.add.accumulate(a2) runs along axis 0: [[0 1 2] [3 5 7]]
        let r = accumulate(
            &a2,
            Ufunc::Add,
            AxisArg::Default,
            None,
            None,
            AccumFunc::Ufunc,
        )
        .unwrap();
        assert_eq!(r.to_vec::<i64>(), [0, 1, 2, 3, 5, 7]);
    }

    #[test]
    fn cumulative_include_initial() {
        let a2 = ints(&[2, 3]);
        let f = AccumFunc::Cumulative {
            include_initial: true,
        };
        // np.cumulative_sum(a2, axis=0, include_initial=True) -> [[0 0 0] [0 1 2] [3 5 7]]
        let r = accumulate(&a2, Ufunc::Add, AxisArg::Index(0), None, None, f).unwrap();
        assert_eq!(
            (r.shape(), r.to_vec::<i64>()),
            (&[3, 3][..], vec![0, 0, 0, 0, 1, 2, 3, 5, 7])
        );
        // axis=1 -> [[0 0 1 3] [0 3 7 12]]
        let r = accumulate(&a2, Ufunc::Add, AxisArg::Index(1), None, None, f).unwrap();
        assert_eq!(r.to_vec::<i64>(), [0, 0, 1, 3, 0, 3, 7, 12]);
        // np.cumulative_prod(np.zeros((0,3)), axis=0, include_initial=True) -> [[1. 1. 1.]]
        let z = Array::zeros(DType::Float64, vec![0, 3]).unwrap();
        let r = accumulate(&z, Ufunc::Multiply, AxisArg::Index(0), None, None, f).unwrap();
        assert_eq!((r.shape(), r.to_vec::<f64>()), (&[1, 3][..], vec![1.0; 3]));
        // np.cumulative_sum(np.array([1,2]), out=np.empty(3), include_initial=True) -> [0. 1. 3.]
        let out = Array::zeros(DType::Float64, vec![3]).unwrap();
        let r = accumulate(
            &Array::from_vec(vec![1i64, 2], vec![2]),
            Ufunc::Add,
            AxisArg::Default,
            None,
            Some(&out),
            f,
        )
        .unwrap();
        assert!(r.shares_buffer(&out));
        assert_eq!(out.to_vec::<f64>(), [0.0, 1.0, 3.0]);
        // ... out=np.empty(2) -> the shape error of out[1:]
        let out = Array::zeros(DType::Float64, vec![2]).unwrap();
        let e = accumulate(
            &Array::from_vec(vec![1i64, 2], vec![2]),
            Ufunc::Add,
            AxisArg::Default,
            None,
            Some(&out),
            f,
        );
        assert_eq!(
            err(e).1,
            "non-broadcastable output operand with shape (1,) [remapped to (1,)] doesn't match the broadcast shape (2,)"
        );
    }

    #[test]
    fn out_loop_dtype_is_promoted_with_the_input() {
        let f = |a: &Array, out: &Array, dtype: Option<DType>| {
            let r = accumulate(
                a,
                Ufunc::Add,
                AxisArg::Default,
                dtype,
                Some(out),
                AccumFunc::Cum,
            )
            .unwrap();
            assert!(
                r.shares_buffer(out) && r.offset() == out.offset() && r.strides() == out.strides()
            );
        };
        // np.cumsum(np.array([2**24,1,1]), out=np.empty(3,np.float32)) -> [16777216 16777216 16777218]
        let out = Array::zeros(DType::Float32, vec![3]).unwrap();
        f(
            &Array::from_vec(vec![1i64 << 24, 1, 1], vec![3]),
            &out,
            None,
        );
        assert_eq!(out.to_vec::<f32>(), [16777216.0, 16777216.0, 16777218.0]);
        // np.cumsum(np.array([1.5,2.5]), out=np.empty(2,np.int64)) -> [1 4]: float loop, unsafe cast out
        let out = Array::zeros(DType::Int64, vec![2]).unwrap();
        f(&floats(&[1.5, 2.5]), &out, None);
        assert_eq!(out.to_vec::<i64>(), [1, 4]);
        // ... dtype=np.int64 too -> [1 3]
        f(&floats(&[1.5, 2.5]), &out, Some(DType::Int64));
        assert_eq!(out.to_vec::<i64>(), [1, 3]);
        // np.cumsum(np.array([2**53,1,1]), out=np.empty(3,np.uint64)) -> all 2**53 (float64 loop)
        let out = Array::zeros(DType::UInt64, vec![3]).unwrap();
        f(
            &Array::from_vec(vec![1i64 << 53, 1, 1], vec![3]),
            &out,
            None,
        );
        assert_eq!(out.to_vec::<u64>(), [1 << 53; 3]);
        // np.cumsum(np.array([1+2j, 1]), out=np.empty(2,np.int64)) -> [1 2] + ComplexWarning
        let c = Array::from_vec(
            vec![Complex64::new(1.0, 2.0), Complex64::new(1.0, 0.0)],
            vec![2],
        );
        let out = Array::zeros(DType::Int64, vec![2]).unwrap();
        f(&c, &out, None);
        assert_eq!(out.to_vec::<i64>(), [1, 2]);
        assert_eq!(
            warnings(),
            ["ComplexWarning: Casting complex values to real discards the imaginary part"]
        );
        // np.cumsum(np.array([1e10, 2.0]), out=np.zeros(2, np.int8)) -> [0 0], cast then accumulate warnings
        let out = Array::zeros(DType::Int8, vec![2]).unwrap();
        f(&floats(&[1e10, 2.0]), &out, None);
        assert_eq!(out.to_vec::<i8>(), [0, 0]);
        assert_eq!(
            warnings(),
            [
                "RuntimeWarning: invalid value encountered in cast",
                "RuntimeWarning: invalid value encountered in accumulate"
            ]
        );
        // np.cumsum(np.array([70000, 1]), out=np.zeros(2, np.float16))
        let out = Array::zeros(DType::Float16, vec![2]).unwrap();
        f(&Array::from_vec(vec![70000i64, 1], vec![2]), &out, None);
        assert_eq!(
            warnings(),
            [
                "RuntimeWarning: overflow encountered in cast",
                "RuntimeWarning: overflow encountered in accumulate"
            ]
        );
    }

    #[test]
    fn out_views_and_aliasing() {
        // A column of a (3,2) array as out: np.cumsum([1,2,3], out=b[:, 1])
        let b = Array::zeros(DType::Int64, vec![3, 2]).unwrap();
        let col = view(&b, 1, &[3], &[2]);
        accumulate(
            &Array::from_vec(vec![1i64, 2, 3], vec![3]),
            Ufunc::Add,
            AxisArg::Default,
            None,
            Some(&col),
            AccumFunc::Cum,
        )
        .unwrap();
        assert_eq!(b.to_vec::<i64>(), [0, 1, 0, 3, 0, 6]);
        // a = np.arange(6).reshape(2,3); np.cumsum(a, axis=0, out=a) -> [[0 1 2] [3 5 7]]
        let a = ints(&[2, 3]);
        let r = accumulate(
            &a,
            Ufunc::Add,
            AxisArg::Index(0),
            None,
            Some(&a),
            AccumFunc::Cum,
        )
        .unwrap();
        assert!(r.shares_buffer(&a));
        assert_eq!(a.to_vec::<i64>(), [0, 1, 2, 3, 5, 7]);
        // a = np.arange(9).reshape(3,3); np.cumsum(a, axis=1, out=a.T) -> out [[0 1 3] [3 7 12] [6 13 21]]
        let a = ints(&[3, 3]);
        let t = view(&a, 0, &[3, 3], &[1, 3]);
        accumulate(
            &a,
            Ufunc::Add,
            AxisArg::Index(1),
            None,
            Some(&t),
            AccumFunc::Cum,
        )
        .unwrap();
        assert_eq!(t.to_vec::<i64>(), [0, 1, 3, 3, 7, 12, 6, 13, 21]);
        // a = np.arange(6.); np.cumsum(a[:-1], out=a[1:]) -> [0 1 3 6 10]
        let a = floats(&[0.0, 1.0, 2.0, 3.0, 4.0, 5.0]);
        let head = view(&a, 0, &[5], &[1]);
        let tail = view(&a, 1, &[5], &[1]);
        accumulate(
            &head,
            Ufunc::Add,
            AxisArg::Default,
            None,
            Some(&tail),
            AccumFunc::Cum,
        )
        .unwrap();
        assert_eq!(tail.to_vec::<f64>(), [0.0, 1.0, 3.0, 6.0, 10.0]);
        // np.cumsum(np.ones((2,3)), axis=1, out=np.zeros((2,3),np.float32)[:, ::-1]) -> rows [1 2 3]
        let o = Array::zeros(DType::Float32, vec![2, 3]).unwrap();
        let rev = view(&o, 2, &[2, 3], &[3, -1]);
        let ones = Array::from_vec(vec![1.0f64; 6], vec![2, 3]);
        accumulate(
            &ones,
            Ufunc::Add,
            AxisArg::Index(1),
            None,
            Some(&rev),
            AccumFunc::Cum,
        )
        .unwrap();
        assert_eq!(rev.to_vec::<f32>(), [1.0, 2.0, 3.0, 1.0, 2.0, 3.0]);
    }

    /// (input shape, axis, out shape, out dtype, ValueError text).
    type OutCase = (&'static [usize], i64, &'static [usize], DType, &'static str);

    #[test]
    fn out_shape_rules() {
        let go = |a: &Array, axis: i64, out: &Array| {
            accumulate(
                a,
                Ufunc::Add,
                AxisArg::Index(axis),
                None,
                Some(out),
                AccumFunc::Cum,
            )
        };
        let ones =
            |shape: &[usize]| Array::from_vec(vec![1.0f64; shape.iter().product()], shape.to_vec());
        let zeros = |shape: &[usize], d: DType| Array::zeros(d, shape.to_vec()).unwrap();
        let f8 = DType::Float64;
        let cases: [OutCase; 10] = [
            (
                &[2],
                0,
                &[3],
                DType::Float64,
                "provided out is the wrong size for the accumulation.",
            ),
            (
                &[3],
                0,
                &[3, 1],
                DType::Float64,
                "provided out is the wrong size for the accumulation.",
            ),
            (
                &[2, 3],
                1,
                &[6],
                f8,
                "Iterator input op_axes[0][0] (==1) is not a valid axis of op[0], which has 1 dimensions ",
            ),
            (
                &[2, 3, 4],
                1,
                &[2, 3],
                f8,
                "Iterator input op_axes[0][0] (==2) is not a valid axis of op[0], which has 2 dimensions ",
            ),
            (
                &[2, 3],
                0,
                &[1, 2, 3],
                f8,
                "operands could not be broadcast together with remapped shapes [original->remapped]: (1,2,3)->(1,2) (2,3)->(2,3) ",
            ),
            (
                &[2, 3],
                1,
                &[3, 2],
                f8,
                "operands could not be broadcast together with remapped shapes [original->remapped]: (3,2)->(3,2) (2,3)->(2,3) ",
            ),
            (
                &[2, 3],
                0,
                &[2, 1],
                f8,
                "non-broadcastable output operand with shape (2,1) [remapped to (1,2)] doesn't match the broadcast shape (2,3)",
            ),
            (
                &[2, 3, 4],
                0,
                &[2, 1, 4],
                f8,
                "non-broadcastable output operand with shape (2,1,4) [remapped to (4,1,2)] doesn't match the broadcast shape (2,3,4)",
            ),
            (
                &[0, 3],
                0,
                &[1, 3],
                f8,
                "non-broadcastable output operand with shape (1,3) [remapped to (3,1)] doesn't match the broadcast shape (0,3)",
            ),
            (
                &[3],
                0,
                &[1],
                DType::Int64,
                "non-broadcastable output operand with shape (1,) [remapped to (1,)] doesn't match the broadcast shape (3,)",
            ),
        ];
        for (ashape, axis, oshape, od, msg) in cases {
            assert_eq!(
                err(go(&ones(ashape), axis, &zeros(oshape, od))),
                ("ValueError", msg.to_string()),
                "{ashape:?} {oshape:?}"
            );
        }
        // np.cumsum(np.ones(0), out=np.empty(3)) returns out untouched
        let o = zeros(&[3], f8);
        assert!(go(&ones(&[0]), 0, &o).unwrap().shares_buffer(&o));
        // np.cumsum(np.ones((2,3)), axis=0, out=np.zeros((2,3,2))) fills out[..., 0]
        let o = zeros(&[2, 3, 2], f8);
        go(&ones(&[2, 3]), 0, &o).unwrap();
        assert_eq!(
            o.to_vec::<f64>(),
            [1.0, 0.0, 1.0, 0.0, 1.0, 0.0, 2.0, 0.0, 2.0, 0.0, 2.0, 0.0]
        );
        // np.cumsum(np.ones((1,3)), axis=1, out=np.zeros((2,3))) -> rows [1 2 3]; axis=0 -> only row 0
        let o = zeros(&[2, 3], f8);
        go(&ones(&[1, 3]), 1, &o).unwrap();
        assert_eq!(o.to_vec::<f64>(), [1.0, 2.0, 3.0, 1.0, 2.0, 3.0]);
        let o = zeros(&[2, 3], f8);
        go(&ones(&[1, 3]), 0, &o).unwrap();
        assert_eq!(o.to_vec::<f64>(), [1.0, 1.0, 1.0, 0.0, 0.0, 0.0]);
        // np.cumsum(np.ones(1,np.int64), out=np.zeros(3)) -> [1 0 0]
        let o = zeros(&[3], f8);
        go(&Array::from_vec(vec![1i64], vec![1]), 0, &o).unwrap();
        assert_eq!(o.to_vec::<f64>(), [1.0, 0.0, 0.0]);
    }

    #[test]
    fn comparisons_and_integer_powers_follow_numpy() {
        let a = ints(&[3]);
        // NumPy 2.4.6: comparisons accumulate in bool only.
        let e = err(accumulate(
            &a,
            Ufunc::Equal,
            AxisArg::Default,
            None,
            None,
            AccumFunc::Ufunc,
        ));
        assert_eq!(
            e,
            (
                "TypeError",
                "No loop matching the specified signature and casting was found for ufunc equal"
                    .into()
            )
        );
        // np.power.accumulate([2, 3, 2]) -> [2 8 64]; a negative exponent is refused.
        let p = Array::from_vec(vec![2i64, 3, 2], vec![3]);
        assert_eq!(
            cum(&p, Ufunc::Power, AxisArg::Default).to_vec::<i64>(),
            [2, 8, 64]
        );
        let neg = Array::from_vec(vec![2i64, -1], vec![2]);
        let e = err(accumulate(
            &neg,
            Ufunc::Power,
            AxisArg::Default,
            None,
            None,
            AccumFunc::Ufunc,
        ));
        assert_eq!(e.1, "Integers to negative integer powers are not allowed.");
        // NumPy 2.4.6: np.maximum.accumulate([0, 1, 2]) keeps int64, running max.
        assert_eq!(
            cum(&a, Ufunc::Maximum, AxisArg::Default).to_vec::<i64>(),
            [0, 1, 2]
        );
    }

    #[test]
    fn empty_inputs() {
        // np.cumsum(np.ones((0,3)), axis=0).shape == (0, 3); np.cumsum(np.ones((2,0))).shape == (0,)
        let z = Array::zeros(DType::Float64, vec![0, 3]).unwrap();
        assert_eq!(cum(&z, Ufunc::Add, AxisArg::Index(0)).shape(), [0, 3]);
        assert_eq!(cum(&z, Ufunc::Add, AxisArg::Index(1)).shape(), [0, 3]);
        let z = Array::zeros(DType::Float64, vec![2, 0]).unwrap();
        assert_eq!(cum(&z, Ufunc::Add, AxisArg::Default).shape(), [0]);
    }
}

/// How NumPy 2.4.6's float64 power loop meets a reduction on an AVX-512
/// CPU (`@TYPE@_power` in `loops_umath_fp.dispatch.c.src`).
#[derive(Clone, Copy, PartialEq)]
pub enum PowerReduce {
    /// The reduced axis is the loop's, with a positive stride: the
    /// accumulator is the output itself (stride 0, which `is_mem_overlap`
    /// lets through), so SVML raises the same accumulator to 8 exponents
    /// at a time and the last stored lane wins: the start raised to the
    /// last element of each group of 8 (`np.power.reduce([2.0, 2.0, 2.0])`
    /// is 4.0). Every lane's floating-point flags count, stored or not.
    Lanes,
    /// The loop runs across rows, one element of each at a time: an
    /// ordinary fold through SVML.
    Rows,
    /// A negative stride on the loop's axis counts as overlap: an ordinary
    /// fold through C's pow.
    Scalar,
}

/// `np.power.reduce` in float64 over the last axis of `x` (`m` per row).
pub fn power_reduce_f64(x: &Array, m: usize, how: PowerReduce) -> Array {
    let data = x.to_vec::<f64>();
    let mut fp = FpStatus::default();
    let mut out = Vec::with_capacity(data.len() / m.max(1));
    let lanes = if how == PowerReduce::Lanes { 8 } else { 1 };
    for row in data.chunks(m) {
        let mut acc = row[0];
        for group in row[1..].chunks(lanes) {
            let start = acc;
            for &e in group {
                acc = if how == PowerReduce::Scalar {
                    f64::pow(start, e, &mut fp)
                } else {
                    f64::pow_loop(start, e, false, &mut fp)
                };
                if start.is_finite() && e.is_finite() {
                    fp.invalid |= acc.is_nan();
                    fp.overflow |= acc.is_infinite() && !fp.divide_by_zero;
                }
            }
        }
        out.push(acc);
    }
    fp.report("reduce");
    let mut shape = x.shape().to_vec();
    if let Some(last) = shape.last_mut() {
        *last = 1;
    }
    Array::from_vec(out, shape)
}
