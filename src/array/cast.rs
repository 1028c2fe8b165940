//! Element casts exactly as NumPy's C loops do them on x86-64 Linux, NumPy's
//! casting rules (`np.can_cast`) and its dtype spellings.

use super::signals::warn;
use super::{Array, DType, Element, Kind, Scalar, Stored};
use crate::error::{Error, Exc, Result};
use half::f16;
use num_complex::{Complex32, Complex64};

/// The IEEE flags a loop raised (casts: a float did not fit an integer, or a
/// finite float became infinite in a narrower type; arithmetic: inf - inf,
/// overflow to inf), reported as NumPy's `RuntimeWarning`s once the loop is done.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct FpStatus {
    pub divide_by_zero: bool,
    pub invalid: bool,
    pub overflow: bool,
    /// Only ever read from the CPU (see [`FpStatus::hardware_underflow`]).
    pub underflow: bool,
}

impl FpStatus {
    /// Emits the warnings in NumPy's order (divide, overflow, underflow,
    /// invalid), e.g. `overflow encountered in cast` for `what` = "cast";
    /// like NumPy's PyUFunc_handlefperr it stops at the first one raised.
    pub fn report(self, what: &str) {
        let what = &super::signals::fp_name(what);
        let kinds = [
            (self.divide_by_zero, "divide by zero"),
            (self.overflow, "overflow"),
            (self.underflow, "underflow"),
            (self.invalid, "invalid value"),
        ];
        for (_, kind) in kinds.into_iter().filter(|&(set, _)| set) {
            warn("RuntimeWarning", format!("{kind} encountered in {what}"));
            if super::signals::raising() {
                return;
            }
        }
    }

    /// Runs `f` and gives the exceptions its floating-point arithmetic
    /// raised, read from the CPU's status flags as NumPy's
    /// `npy_get_floatstatus` does (x86-64's MXCSR). For loops whose order
    /// decides whether a partial result overflows (pairwise sums), where
    /// looking at the results cannot tell. Other targets see no flags.
    #[inline(never)]
    pub fn of_hardware<T>(f: impl FnOnce() -> T) -> (T, FpStatus) {
        #[cfg(target_arch = "x86_64")]
        {
            // MXCSR bits: 0 invalid, 2 divide-by-zero, 3 overflow, 4
            // underflow (sticky).
            let read = || {
                let mut csr: u32 = 0;
                // SAFETY: stmxcsr stores the 32-bit MXCSR into `csr`.
                unsafe { std::arch::asm!("stmxcsr [{}]", in(reg) &mut csr, options(nostack)) };
                csr
            };
            let write = |csr: u32| {
                // SAFETY: ldmxcsr loads a valid MXCSR (only its sticky flags changed).
                unsafe { std::arch::asm!("ldmxcsr [{}]", in(reg) &csr, options(nostack)) };
            };
            let saved = read();
            write(saved & !0x3f);
            let r = std::hint::black_box(f());
            let after = read();
            write(saved);
            let status = FpStatus {
                divide_by_zero: after & 0x4 != 0,
                invalid: after & 0x1 != 0,
                overflow: after & 0x8 != 0,
                underflow: after & 0x10 != 0,
            };
            (r, status)
        }
        #[cfg(not(target_arch = "x86_64"))]
        {
            (f(), FpStatus::default())
        }
    }

    /// Runs the loop `f` and tells whether the CPU flagged underflow
    /// meanwhile: a tiny inexact result is the hardware's call (x86 judges
    /// tininess after rounding), and NumPy, too, reads the sticky flag once
    /// after its loop. The other flags stay the element steps' own.
    pub fn hardware_underflow<T>(f: impl FnOnce() -> T) -> (T, bool) {
        let (r, st) = Self::of_hardware(f);
        (r, st.underflow)
    }

    pub fn merge(&mut self, other: FpStatus) {
        self.divide_by_zero |= other.divide_by_zero;
        self.invalid |= other.invalid;
        self.overflow |= other.overflow;
        self.underflow |= other.underflow;
    }
}

/// Conversion of one element from `S`, as NumPy's cast loop does it.
pub trait CastFrom<S>: Sized {
    /// The element-by-element (strided or scalar) loop's result.
    fn cast_from(s: S, st: &mut FpStatus) -> Self;

    /// NumPy's contiguous cast loops are compiled with SSE auto-vectorisation,
    /// and for float -> uint32 the vector code differs from the scalar code on
    /// NaN and out-of-range values. This is the vector code's result...
    #[inline(always)]
    fn cast_from_simd(s: S, st: &mut FpStatus) -> Self {
        Self::cast_from(s, st)
    }

    /// ...and this how many leading elements of a contiguous run of `n` the
    /// vector code handles (the rest go through the scalar tail).
    #[inline(always)]
    fn simd_len(_n: usize) -> usize {
        0
    }
}

/// The other direction of [`CastFrom`], so generic code can ask for casts
/// from its type parameter to every dtype.
pub trait CastTo<D>: Sized {
    fn cast_to(self, st: &mut FpStatus) -> D;
}

impl<S, D: CastFrom<S>> CastTo<D> for S {
    #[inline(always)]
    fn cast_to(self, st: &mut FpStatus) -> D {
        D::cast_from(self, st)
    }
}

macro_rules! castable {
    ($($t:ty),*) => {
        /// Every dtype's element type can be cast to and from every other one.
        pub trait Castable: Element + Stored $(+ CastFrom<$t> + CastTo<$t>)* {}
        impl<T> Castable for T where T: Element + Stored $(+ CastFrom<$t> + CastTo<$t>)* {}
    };
}
castable!(
    bool, i8, i16, i32, i64, u8, u16, u32, u64, f16, f32, f64, Complex32, Complex64
);

// x86-64 `cvttsd2si`: truncation toward zero; NaN and out-of-range values give
// the "integer indefinite" (the minimum) and raise the invalid flag.
#[inline(always)]
fn cvt32(x: f64, st: &mut FpStatus) -> i32 {
    if x > -2147483649.0 && x < 2147483648.0 {
        x as i32
    } else {
        st.invalid = true;
        i32::MIN
    }
}

#[inline(always)]
fn cvt64(x: f64, st: &mut FpStatus) -> i64 {
    if (-9223372036854775808.0..9223372036854775808.0).contains(&x) {
        x as i64
    } else {
        st.invalid = true;
        i64::MIN
    }
}

/// What C's `(T)x` compiles to for a float `x` (exact in f64): byte and short
/// targets go through a 32-bit conversion, uint32 through a 64-bit one, and
/// uint64 subtracts 2**63 first when `x >= 2**63` (so NaN takes the signed path).
trait FromFloat {
    fn from_float(x: f64, st: &mut FpStatus) -> Self;
}

macro_rules! from_float_via {
    ($via:ident: $($t:ty),*) => {$(
        impl FromFloat for $t {
            #[inline(always)]
            fn from_float(x: f64, st: &mut FpStatus) -> $t {
                $via(x, st) as $t
            }
        }
    )*};
}
from_float_via!(cvt32: i8, i16, i32, u8, u16);
from_float_via!(cvt64: i64, u32);

impl FromFloat for u64 {
    #[inline(always)]
    fn from_float(x: f64, st: &mut FpStatus) -> u64 {
        const TWO63: f64 = 9223372036854775808.0;
        if x >= TWO63 {
            (cvt64(x - TWO63, st) as u64) ^ (1 << 63)
        } else {
            cvt64(x, st) as u64
        }
    }
}

/// The real-valued view of a source element used by casts to floats and ints.
trait Real: Copy {
    /// The value as f64; exact for floats, correctly rounded for 64-bit ints.
    fn to_f64(self) -> f64;
}

macro_rules! real_as {
    ($($t:ty),*) => {$(
        impl Real for $t {
            #[inline(always)]
            fn to_f64(self) -> f64 { self as f64 }
        }
    )*};
}
real_as!(i8, i16, i32, i64, u8, u16, u32, u64, f32, f64);
impl Real for bool {
    #[inline(always)]
    fn to_f64(self) -> f64 {
        self as u8 as f64
    }
}
impl Real for f16 {
    #[inline(always)]
    fn to_f64(self) -> f64 {
        f64::from(self)
    }
}

/// `x != 0` as NumPy's cast to bool computes it (NaN is true).
trait NonZero: Copy {
    fn nonzero(self) -> bool;
}
macro_rules! nonzero_ne {
    ($($t:ty),*) => {$(
        impl NonZero for $t {
            #[inline(always)]
            #[allow(clippy::float_cmp)]
            fn nonzero(self) -> bool { self != (0 as $t) }
        }
    )*};
}
nonzero_ne!(i8, i16, i32, i64, u8, u16, u32, u64, f32, f64);
impl NonZero for bool {
    #[inline(always)]
    fn nonzero(self) -> bool {
        self
    }
}
impl NonZero for f16 {
    #[inline(always)]
    fn nonzero(self) -> bool {
        f32::from(self) != 0.0
    }
}
impl NonZero for Complex32 {
    #[inline(always)]
    fn nonzero(self) -> bool {
        self.re != 0.0 || self.im != 0.0
    }
}
impl NonZero for Complex64 {
    #[inline(always)]
    fn nonzero(self) -> bool {
        self.re != 0.0 || self.im != 0.0
    }
}

#[inline(always)]
fn overflowed(x: f64, y: f64, st: &mut FpStatus) {
    if y.is_infinite() && x.is_finite() {
        st.overflow = true;
    }
}

#[inline(always)]
fn f64_to_f32(x: f64, st: &mut FpStatus) -> f32 {
    let y = x as f32;
    overflowed(x, y as f64, st);
    y
}

/// Correctly rounded f64 -> f16 like NumPy's `npy_double_to_half` (the `half`
/// crate goes through f32 and rounds twice). Rounding to f32 with
/// round-to-odd first keeps enough sticky information for a single rounding.
fn f64_to_f16(x: f64, st: &mut FpStatus) -> f16 {
    let mut y = x as f32;
    if y.is_finite() && (y as f64) != x {
        if (y as f64).abs() > x.abs() {
            y = f32::from_bits(y.to_bits() - 1);
        }
        y = f32::from_bits(y.to_bits() | 1);
    } else if y.is_infinite() && x.is_finite() {
        // Beyond f32's range, so beyond f16's: any large finite f32 overflows too.
        y = f32::MAX.copysign(x as f32);
    }
    let h = f16::from_f32(y);
    overflowed(x, h.to_f64(), st);
    h
}

#[inline(always)]
fn f32_to_f16(x: f32, st: &mut FpStatus) -> f16 {
    let h = f16::from_f32(x);
    overflowed(x as f64, h.to_f64(), st);
    h
}

/// Casts to each float width from a value already exact (or correctly
/// rounded) in f64 or f32.
trait FromReal: Sized {
    fn from_f64(x: f64, st: &mut FpStatus) -> Self;
}
impl FromReal for f64 {
    #[inline(always)]
    fn from_f64(x: f64, _: &mut FpStatus) -> f64 {
        x
    }
}
impl FromReal for f32 {
    #[inline(always)]
    fn from_f64(x: f64, st: &mut FpStatus) -> f32 {
        f64_to_f32(x, st)
    }
}
impl FromReal for f16 {
    #[inline(always)]
    fn from_f64(x: f64, st: &mut FpStatus) -> f16 {
        f64_to_f16(x, st)
    }
}

macro_rules! impl_cast {
    ($d:ty: $($s:ty),* => |$x:ident, $st:ident| $e:expr) => {$(
        impl CastFrom<$s> for $d {
            #[inline(always)]
            #[allow(unused_variables, clippy::unnecessary_cast)]
            fn cast_from($x: $s, $st: &mut FpStatus) -> $d { $e }
        }
    )*};
}

macro_rules! int_target {
    ($($d:ty),*) => {$(
        impl_cast!($d: f32, f64 => |x, st| <$d>::from_float(x.to_f64(), st));
        impl_cast!($d: Complex32, Complex64 => |x, st| <$d>::from_float(x.re as f64, st));
    )*};
}
int_target!(i8, i16, i32, i64, u8, u16, u64);
macro_rules! int_target_all {
    ($($d:ty),*) => {$(
        impl_cast!($d: bool, i8, i16, i32, i64, u8, u16, u32, u64 => |x, st| x as $d);
        impl_cast!($d: f16 => |x, st| <$d>::from_float(x.to_f64(), st));
    )*};
}
int_target_all!(i8, i16, i32, i64, u8, u16, u32, u64);

// The vectorised float -> uint32 loop: x >= 2**31 converts x - 2**31 and
// flips the top bit, anything else converts directly (NaN included), both
// through the 32-bit `cvttps2dq`.
#[inline(always)]
fn u32_simd(x: f64, st: &mut FpStatus) -> u32 {
    const TWO31: f64 = 2147483648.0;
    if x >= TWO31 {
        (cvt32(x - TWO31, st) as u32) ^ (1 << 31)
    } else {
        cvt32(x, st) as u32
    }
}

macro_rules! u32_simd {
    ($s:ty, $re:expr, $len:expr) => {
        impl CastFrom<$s> for u32 {
            #[inline(always)]
            fn cast_from(x: $s, st: &mut FpStatus) -> u32 {
                u32::from_float($re(x), st)
            }
            #[inline(always)]
            fn cast_from_simd(x: $s, st: &mut FpStatus) -> u32 {
                u32_simd($re(x), st)
            }
            #[inline(always)]
            fn simd_len(n: usize) -> usize {
                $len(n)
            }
        }
    };
}
// Vector widths and tails measured with NumPy 2.4.6 (testdata/cast_simd.txt):
// 4 lanes; reading complex real parts leaves the last group to the scalar
// tail, and complex128 runs shorter than 6 are not vectorised at all.
u32_simd!(f32, |x: f32| x as f64, |n: usize| n - n % 4);
u32_simd!(f64, |x: f64| x, |n: usize| n - n % 4);
u32_simd!(
    Complex32,
    |x: Complex32| x.re as f64,
    |n: usize| if n >= 5 { 4 * ((n - 1) / 4) } else { 0 }
);
u32_simd!(Complex64, |x: Complex64| x.re, |n: usize| if n >= 6 {
    4 * ((n - 1) / 4)
} else {
    0
});

impl_cast!(bool: bool, i8, i16, i32, i64, u8, u16, u32, u64, f16, f32, f64, Complex32, Complex64
    => |x, st| x.nonzero());

// Integers go straight to the target width (i64 -> f32 rounds once, as C does).
impl_cast!(f64: bool, i8, i16, i32, i64, u8, u16, u32, u64, f16, f32, f64 => |x, st| x.to_f64());
impl_cast!(f32: bool, i8, i16, i32, u8, u16 => |x, st| x.to_f64() as f32);
impl_cast!(f32: u32, i64, u64 => |x, st| x as f32);
impl_cast!(f32: f16 => |x, st| f32::from(x));
impl_cast!(f32: f32 => |x, st| x);
impl_cast!(f32: f64 => |x, st| f64_to_f32(x, st));
// Every integer that fits f16 is exact in f64; the rest overflow either way.
impl_cast!(f16: bool, i8, i16, i32, i64, u8, u16, u32, u64, f64 => |x, st| f64_to_f16(x.to_f64(), st));
impl_cast!(f16: f16 => |x, st| x);
impl_cast!(f16: f32 => |x, st| f32_to_f16(x, st));
impl_cast!(f64: Complex32, Complex64 => |x, st| x.re as f64);
impl_cast!(f32: Complex32 => |x, st| x.re);
impl_cast!(f32: Complex64 => |x, st| f64_to_f32(x.re, st));
impl_cast!(f16: Complex32 => |x, st| f32_to_f16(x.re, st));
impl_cast!(f16: Complex64 => |x, st| f64_to_f16(x.re, st));

impl_cast!(Complex64: bool, i8, i16, i32, i64, u8, u16, u32, u64, f16, f32, f64
    => |x, st| Complex64::new(f64::cast_from(x, st), 0.0));
impl_cast!(Complex32: bool, i8, i16, i32, i64, u8, u16, u32, u64, f16, f32, f64
    => |x, st| Complex32::new(f32::cast_from(x, st), 0.0));
impl_cast!(Complex64: Complex32, Complex64
    => |x, st| Complex64::new(x.re as f64, x.im as f64));
impl_cast!(Complex32: Complex32 => |x, st| x);
impl_cast!(Complex32: Complex64
    => |x, st| Complex32::new(f32::from_f64(x.re, st), f32::from_f64(x.im, st)));

/// Casts `src` element by element into `dst` (same length), then reports
/// NumPy's `RuntimeWarning`s. ComplexWarning is the caller's (see
/// [`warn_complex_discard`]), because NumPy raises it per operation, not per loop.
pub fn cast_slice<S: Copy, D: CastFrom<S>>(src: &[S], dst: &mut [D]) {
    let mut st = FpStatus::default();
    cast_slice_status(src, dst, &mut st);
    st.report("cast");
}

/// [`cast_slice`] collecting the status instead of reporting it, for kernels
/// that cast chunk by chunk and warn once at the end. The slices are one
/// contiguous run of NumPy's inner loop (see [`CastFrom::simd_len`]).
#[inline]
pub fn cast_slice_status<S: Copy, D: CastFrom<S>>(src: &[S], dst: &mut [D], st: &mut FpStatus) {
    debug_assert_eq!(src.len(), dst.len());
    let v = D::simd_len(src.len());
    // Ctrl-C is polled once a block, so the element loop stays vectorisable.
    let block = super::signals::BLOCK;
    for (ds, ss) in dst[..v].chunks_mut(block).zip(src[..v].chunks(block)) {
        super::signals::poll();
        for (d, &s) in ds.iter_mut().zip(ss) {
            *d = D::cast_from_simd(s, st);
        }
    }
    for (ds, ss) in dst[v..].chunks_mut(block).zip(src[v..].chunks(block)) {
        super::signals::poll();
        for (d, &s) in ds.iter_mut().zip(ss) {
            *d = D::cast_from(s, st);
        }
    }
}

/// `ComplexWarning` when a cast from complex drops imaginary parts (NumPy
/// warns even for empty arrays, and not for casts to bool).
pub fn warn_complex_discard(from: DType, to: DType) {
    if from.kind() == Kind::Complex && !matches!(to.kind(), Kind::Complex | Kind::Bool) {
        warn(
            "ComplexWarning",
            "Casting complex values to real discards the imaginary part",
        );
    }
}

/// `a.astype(to)`: a new C-contiguous array (always a copy, like NumPy's default).
pub fn cast_array(a: &Array, to: DType) -> Result<Array> {
    warn_complex_discard(a.dtype(), to);
    let out = Array::zeros(to, a.shape().to_vec())?;
    let mut st = FpStatus::default();
    // NumPy's inner loop: the whole array when contiguous, else each row when
    // rows are contiguous, else element by element. An empty view has
    // nothing to read (its offset may lie past its buffer: `a[::-1]`).
    if a.size() == 0 {
    } else if a.is_c_contiguous() {
        cast_walk(a, &out, Walk::Whole, &mut st);
    } else if a.strides().last() == Some(&1) {
        let rows = a.view(
            a.offset(),
            a.shape()[..a.ndim() - 1].to_vec(),
            a.strides()[..a.ndim() - 1].to_vec(),
        );
        cast_walk(a, &out, Walk::Rows(&rows), &mut st);
    } else {
        cast_walk(a, &out, Walk::Elements, &mut st);
    }
    st.report("cast");
    Ok(out)
}

/// One scalar cast to another dtype, warning like `np.float64(x).astype(...)`.
pub fn cast_scalar(s: Scalar, to: DType) -> Scalar {
    warn_complex_discard(s.dtype(), to);
    let mut st = FpStatus::default();
    let r = crate::with_dtype!(s.dtype(), S => {
        let v = S::from_scalar(s).expect("a scalar holds its own dtype");
        crate::with_dtype!(to, D => D::cast_from(v, &mut st).into_scalar())
    });
    st.report("cast");
    r
}

/// Casts `src` element-wise into `dst`, which has the same shape and may be
/// any strided view, even of the same buffer as `src` (then `src` is copied first).
pub fn copy_into(dst: &Array, src: &Array) -> Result<()> {
    if dst.shape() != src.shape() {
        return Err(Error::value_error(format!(
            "could not broadcast input array from shape {} into shape {}",
            super::compact_shape_repr(src.shape()),
            super::compact_shape_repr(dst.shape())
        )));
    }
    warn_complex_discard(src.dtype(), dst.dtype());
    if dst.shares_buffer(src) {
        // Casting now also settles the warnings, and the copy is then same-dtype.
        let tmp = cast_array(src, dst.dtype())?;
        return copy_into(dst, &tmp);
    }
    let mut st = FpStatus::default();
    cast_into_status(dst, src, &mut st);
    st.report("cast");
    Ok(())
}

/// [`copy_into`]'s cast between other buffers of the same shape, collecting
/// the FP flags for a caller that reports them with its own.
pub fn cast_into_status(dst: &Array, src: &Array, st: &mut FpStatus) {
    let walk = if src.is_c_contiguous() && dst.is_c_contiguous() {
        Walk::Whole
    } else {
        Walk::Elements
    };
    cast_walk(src, dst, walk, st);
}

/// How a cast goes through a source and a destination of the same shape
/// (other buffers), in C order: NumPy's inner loop over contiguous runs
/// (see [`cast_slice_status`]) or element by element.
enum Walk<'a> {
    /// Both arrays in one contiguous run.
    Whole,
    /// A contiguous destination, and the source's rows (contiguous) start
    /// at the positions of this view.
    Rows(&'a Array),
    Elements,
}

/// Casts with the loop of `src`'s and `dst`'s dtypes. Only that loop is
/// compiled per dtype pair (196 of them), once for every walk.
fn cast_walk(src: &Array, dst: &Array, walk: Walk, st: &mut FpStatus) {
    type Loop = fn(&Array, &Array, Walk, &mut FpStatus);
    let cast: Loop = crate::with_dtype!(src.dtype(), S => {
        crate::with_dtype!(dst.dtype(), D => cast_loop::<S, D>)
    });
    let ((), underflow) = FpStatus::hardware_underflow(|| cast(src, dst, walk, st));
    st.underflow |= underflow;
}

fn cast_loop<S: Stored, D: Stored + CastFrom<S>>(
    src: &Array,
    dst: &Array,
    walk: Walk,
    st: &mut FpStatus,
) {
    let sbuf = src.buffer().borrow();
    let mut dbuf = dst.buffer().borrow_mut();
    let (s, d) = (S::of(&sbuf), D::of_mut(&mut dbuf));
    let (n, so, d0) = (src.size(), src.offset(), dst.offset());
    match walk {
        Walk::Whole => cast_slice_status(&s[so..so + n], &mut d[d0..d0 + n], st),
        Walk::Rows(rows) => {
            let run = src.shape()[src.ndim() - 1];
            for (d, p) in d[d0..d0 + n].chunks_exact_mut(run).zip(rows.positions()) {
                cast_slice_status(&s[p..p + run], d, st);
            }
        }
        // Elements walks are never empty, so a contiguous destination's run
        // lies inside its buffer, and its own count is the cheaper walk.
        Walk::Elements if dst.is_c_contiguous() => {
            for (d, p) in d[d0..d0 + n].iter_mut().zip(src.positions()) {
                super::signals::poll();
                *d = D::cast_from(s[p], st);
            }
        }
        Walk::Elements => {
            for (dp, sp) in dst.positions().zip(src.positions()) {
                super::signals::poll();
                d[dp] = D::cast_from(s[sp], st);
            }
        }
    }
}

/// NumPy's `casting=` rules.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Casting {
    No,
    Equiv,
    Safe,
    SameKind,
    Unsafe,
}

impl Casting {
    /// The spelling NumPy uses in messages and accepts as `casting=`.
    pub fn name(self) -> &'static str {
        match self {
            Casting::No => "no",
            Casting::Equiv => "equiv",
            Casting::Safe => "safe",
            Casting::SameKind => "same_kind",
            Casting::Unsafe => "unsafe",
        }
    }

    pub fn parse(s: &str) -> Option<Casting> {
        [
            Casting::No,
            Casting::Equiv,
            Casting::Safe,
            Casting::SameKind,
            Casting::Unsafe,
        ]
        .into_iter()
        .find(|c| c.name() == s)
    }
}

/// `np.can_cast(from, to, casting)` for two dtypes.
pub fn can_cast(from: DType, to: DType, casting: Casting) -> bool {
    match casting {
        Casting::No | Casting::Equiv => from == to,
        Casting::Safe => safe_cast(from, to),
        Casting::SameKind => safe_cast(from, to) || kind_rank(from) <= kind_rank(to),
        Casting::Unsafe => true,
    }
}

/// The order of kinds under 'same_kind': b < u < i < f < c.
fn kind_rank(d: DType) -> u8 {
    match d.kind() {
        Kind::Bool => 0,
        Kind::UInt => 1,
        Kind::Int => 2,
        Kind::Float => 3,
        Kind::Complex => 4,
    }
}

fn safe_cast(from: DType, to: DType) -> bool {
    let (fs, ts) = (from.itemsize(), to.itemsize());
    match (from.kind(), to.kind()) {
        (Kind::Bool, _) => true,
        (_, Kind::Bool) => false,
        (Kind::Int, Kind::Int) | (Kind::UInt, Kind::UInt) => ts >= fs,
        (Kind::UInt, Kind::Int) => ts > fs,
        (Kind::Int, Kind::UInt) => false,
        // Integers need a wider mantissa, except 64-bit ones which may go to float64.
        (Kind::Int | Kind::UInt, Kind::Float) => ts > fs || ts == 8,
        (Kind::Int | Kind::UInt, Kind::Complex) => ts / 2 > fs || ts == 16,
        (Kind::Float, Kind::Float) => ts >= fs,
        (Kind::Float, Kind::Complex) => ts / 2 >= fs,
        (Kind::Complex, Kind::Complex) => ts >= fs,
        (Kind::Float | Kind::Complex, _) => false,
    }
}

fn not_understood(s: &str) -> Error {
    Error::type_error(format!(
        "data type {} not understood",
        crate::error::py_str_repr(s)
    ))
}

/// A dtype NumPy has but npcalc does not (strings, objects, datetimes,
/// long double, structured dtypes, non-native byte order).
fn unsupported(s: &str, what: &str) -> Error {
    Error::new(
        Exc::NotImplementedError,
        format!(
            "data type {} ({what}) is not supported by npcalc",
            crate::error::py_str_repr(s)
        ),
    )
}

/// The one-character type codes of `np.dtype`.
fn dtype_from_char(c: char) -> Option<DType> {
    Some(match c {
        '?' => DType::Bool,
        'b' => DType::Int8,
        'B' => DType::UInt8,
        'h' => DType::Int16,
        'H' => DType::UInt16,
        'i' => DType::Int32,
        'I' => DType::UInt32,
        'l' | 'q' | 'p' | 'n' => DType::Int64,
        'L' | 'Q' | 'P' | 'N' => DType::UInt64,
        'e' => DType::Float16,
        'f' => DType::Float32,
        'd' => DType::Float64,
        'F' => DType::Complex64,
        'D' => DType::Complex128,
        _ => return None,
    })
}

/// The size after a kind letter in spellings like `'i4'`, parsed as C's
/// `strtol` does (leading whitespace, a `+`, leading zeros).
fn strtol_size(s: &str) -> Option<usize> {
    let t = s.trim_start_matches([' ', '\t', '\n', '\x0b', '\x0c', '\r']);
    let t = t.strip_prefix('+').unwrap_or(t);
    if t.is_empty() || !t.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    Some(t.parse::<usize>().unwrap_or(usize::MAX))
}

/// `np.dtype(s)` for a string: the 14 supported dtypes in every spelling
/// NumPy 2.4 accepts, NumPy's TypeError for a bad one, and NotImplementedError
/// for dtypes NumPy has that npcalc lacks.
pub fn parse_dtype_str(s: &str) -> Result<DType> {
    let named = dtype_from_type_name(s).or(match s {
        "int" => Some(DType::Int64),
        "float" => Some(DType::Float64),
        "complex" => Some(DType::Complex128),
        _ => None,
    });
    if let Some(d) = named {
        return Ok(d);
    }
    match s {
        "float128" | "longdouble" | "complex256" | "clongdouble" => {
            return Err(unsupported(s, "long double"));
        }
        "str" | "str_" | "unicode" | "bytes" | "bytes_" | "a" | "object" | "object_" | "void"
        | "datetime64" | "timedelta64" => return Err(unsupported(s, "not numeric")),
        "bool8" | "int0" | "uint0" | "object0" | "str0" | "bytes0" | "void0" => {
            return Err(Error::type_error(format!(
                "Alias {} was removed in NumPy 2.0. Use a name without a digit at the end.",
                crate::error::py_str_repr(s)
            )));
        }
        _ => {}
    }
    if s.contains(',') || s.starts_with(|c: char| c.is_ascii_digit() || c == '(') || s.contains('[')
    {
        // Structured ("i4,f8", "2i4") and parametrised ("M8[ns]") dtypes.
        return Err(unsupported(s, "structured or parametrised"));
    }
    let (order, code) = match s.chars().next() {
        Some(c @ ('<' | '>' | '=' | '|')) => (c, &s[1..]),
        _ => ('=', s),
    };
    let mut chars = code.chars();
    let Some(kind) = chars.next() else {
        return Err(not_understood(s));
    };
    let rest = chars.as_str();
    let dtype = if rest.is_empty() {
        match dtype_from_char(kind) {
            Some(d) => d,
            None if "gGOSUVMmac".contains(kind) => return Err(unsupported(s, "not numeric")),
            None => return Err(not_understood(s)),
        }
    } else {
        let Some(size) = strtol_size(rest) else {
            return Err(not_understood(s));
        };
        match (kind, size) {
            ('b', 1) => DType::Bool,
            ('i', 1) => DType::Int8,
            ('i', 2) => DType::Int16,
            ('i', 4) => DType::Int32,
            ('i', 8) => DType::Int64,
            ('u', 1) => DType::UInt8,
            ('u', 2) => DType::UInt16,
            ('u', 4) => DType::UInt32,
            ('u', 8) => DType::UInt64,
            ('f', 2) => DType::Float16,
            ('f', 4) => DType::Float32,
            ('f', 8) => DType::Float64,
            ('c', 8) => DType::Complex64,
            ('c', 16) => DType::Complex128,
            ('f', 16) | ('c', 32) => return Err(unsupported(s, "long double")),
            ('S' | 'U' | 'V' | 'a' | 'O' | 'M' | 'm', _) => {
                return Err(unsupported(s, "not numeric"));
            }
            _ => return Err(not_understood(s)),
        }
    };
    if order == '>' && dtype.itemsize() > 1 {
        return Err(unsupported(s, "big-endian byte order"));
    }
    Ok(dtype)
}

/// The `np.<name>` scalar types and their dtypes, e.g. `np.int8`, `np.double`, `np.intp`.
pub const TYPE_NAMES: [(&str, DType); 34] = [
    ("bool", DType::Bool),
    ("bool_", DType::Bool),
    ("int8", DType::Int8),
    ("byte", DType::Int8),
    ("int16", DType::Int16),
    ("short", DType::Int16),
    ("int32", DType::Int32),
    ("intc", DType::Int32),
    ("int64", DType::Int64),
    ("intp", DType::Int64),
    ("int_", DType::Int64),
    ("long", DType::Int64),
    ("longlong", DType::Int64),
    ("uint8", DType::UInt8),
    ("ubyte", DType::UInt8),
    ("uint16", DType::UInt16),
    ("ushort", DType::UInt16),
    ("uint32", DType::UInt32),
    ("uintc", DType::UInt32),
    ("uint64", DType::UInt64),
    ("uintp", DType::UInt64),
    ("uint", DType::UInt64),
    ("ulong", DType::UInt64),
    ("ulonglong", DType::UInt64),
    ("float16", DType::Float16),
    ("half", DType::Float16),
    ("float32", DType::Float32),
    ("single", DType::Float32),
    ("float64", DType::Float64),
    ("double", DType::Float64),
    ("complex64", DType::Complex64),
    ("csingle", DType::Complex64),
    ("complex128", DType::Complex128),
    ("cdouble", DType::Complex128),
];

/// The dtype of an `np.<name>` scalar type.
pub fn dtype_from_type_name(name: &str) -> Option<DType> {
    TYPE_NAMES.iter().find(|(n, _)| *n == name).map(|(_, d)| *d)
}

/// NumPy 2.0's AttributeError text for a removed dtype alias such as `np.float_`.
pub fn removed_type_alias(name: &str) -> Option<String> {
    let instead = match name {
        "float_" => "float64",
        "complex_" | "cfloat" => "complex128",
        "singlecomplex" => "complex64",
        "longfloat" => "longdouble",
        "longcomplex" | "clongfloat" => "clongdouble",
        "string_" => "bytes_",
        "unicode_" => "str_",
        _ => return None,
    };
    Some(format!(
        "`np.{name}` was removed in the NumPy 2.0 release. Use `np.{instead}` instead."
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::array::signals::take_warnings;

    fn dtype_named(name: &str) -> DType {
        DType::ALL.into_iter().find(|d| d.name() == name).unwrap()
    }

    fn warning_codes() -> String {
        let mut codes: Vec<char> = take_warnings()
            .iter()
            .map(|w| match (w.category, w.message.as_str()) {
                ("ComplexWarning", _) => 'C',
                (_, "overflow encountered in cast") => 'O',
                (_, "invalid value encountered in cast") => 'I',
                other => panic!("unexpected warning {other:?}"),
            })
            .collect();
        codes.sort();
        codes.dedup();
        if codes.is_empty() {
            "-".into()
        } else {
            codes.into_iter().collect()
        }
    }

    /// Exact text of a scalar as the generator prints it: ints in decimal,
    /// floats as the little-endian hex of their f64 bits, NaN as `nan`.
    fn exact(s: Scalar) -> String {
        fn f(x: f64) -> String {
            if x.is_nan() {
                "nan".into()
            } else {
                x.to_le_bytes().iter().map(|b| format!("{b:02x}")).collect()
            }
        }
        match s {
            Scalar::Bool(b) => (b as u8).to_string(),
            Scalar::Int8(v) => v.to_string(),
            Scalar::Int16(v) => v.to_string(),
            Scalar::Int32(v) => v.to_string(),
            Scalar::Int64(v) => v.to_string(),
            Scalar::UInt8(v) => v.to_string(),
            Scalar::UInt16(v) => v.to_string(),
            Scalar::UInt32(v) => v.to_string(),
            Scalar::UInt64(v) => v.to_string(),
            Scalar::Float16(v) => f(v.to_f64()),
            Scalar::Float32(v) => f(v as f64),
            Scalar::Float64(v) => f(v),
            Scalar::Complex64(v) => format!("{},{}", f(v.re as f64), f(v.im as f64)),
            Scalar::Complex128(v) => format!("{},{}", f(v.re), f(v.im)),
        }
    }

    /// The source arrays of testdata/gen_cast_all_pairs.py.
    fn pair_source(d: DType) -> Array {
        let ints: [i128; 25] = [
            0,
            1,
            -1,
            100,
            -100,
            127,
            128,
            -128,
            -129,
            255,
            256,
            65504,
            65519,
            65520,
            -32768,
            (1 << 24) + 1,
            (1 << 31) - 1,
            -(1 << 31),
            (1 << 32) - 1,
            (1 << 53) + 1,
            (1 << 60) + (1 << 36) + 1,
            (1 << 63) - 1,
            -(1 << 63),
            (1 << 63) + (1 << 39) + 1,
            (1 << 64) - 1,
        ];
        let floats = [
            0.0,
            -0.0,
            0.5,
            -1.5,
            2.5,
            1e-8,
            -3e-5,
            1e10,
            -1e10,
            1e300,
            f64::NAN,
            f64::INFINITY,
            f64::NEG_INFINITY,
            65519.99,
            65520.0,
            1.0 + 2f64.powi(-11) + 2f64.powi(-40),
            3.4e38,
            3.5e38,
            2f64.powi(63),
            1.8e19,
            -(2f64.powi(63)),
            300.7,
            -300.7,
            1e-320,
        ];
        let cplx = [
            Complex64::new(1.0, 2.0),
            Complex64::new(-3.5, 0.0),
            Complex64::new(1e300, 1e-300),
            Complex64::new(f64::NAN, 1.0),
            Complex64::new(0.0, 0.0),
            Complex64::new(0.0, 1.0),
            Complex64::new(70000.5, -1e40),
            Complex64::new(-1e10, 3.0),
        ];
        let a = match d.kind() {
            Kind::Bool => return Array::from_vec(vec![false, true], vec![2]),
            Kind::Int | Kind::UInt => crate::with_dtype!(d, T => {
                let v: Vec<T> = ints
                    .iter()
                    .filter_map(|&i| i64::try_from(i).ok().map(|x| (x, i)).or(u64::try_from(i).ok().map(|x| (x as i64, i))))
                    .filter(|&(_, i)| {
                        let back = crate::with_dtype!(d, U => {
                            let t: U = CastFrom::cast_from(i as i64, &mut FpStatus::default());
                            let w: i64 = CastFrom::cast_from(t, &mut FpStatus::default());
                            let wu: u64 = CastFrom::cast_from(t, &mut FpStatus::default());
                            if d == DType::UInt64 { wu as i128 } else { w as i128 }
                        });
                        back == i
                    })
                    .map(|(x, i)| if d == DType::UInt64 { T::cast_from(i as u64, &mut FpStatus::default()) } else { T::cast_from(x, &mut FpStatus::default()) })
                    .collect();
                let n = v.len();
                Array::from_vec(v, vec![n])
            }),
            Kind::Float => {
                cast_array(&Array::from_vec(floats.to_vec(), vec![floats.len()]), d).unwrap()
            }
            Kind::Complex => {
                cast_array(&Array::from_vec(cplx.to_vec(), vec![cplx.len()]), d).unwrap()
            }
        };
        take_warnings();
        a
    }

    #[test]
    fn all_pairs_match_numpy() {
        // Expected values: testdata/gen_cast_all_pairs.py under NumPy 2.4.6.
        for line in include_str!("testdata/cast_all_pairs.txt").lines() {
            let mut parts = line.splitn(4, ' ');
            let (s, d, w) = (
                parts.next().unwrap(),
                parts.next().unwrap(),
                parts.next().unwrap(),
            );
            let want = parts.next().unwrap_or("");
            let src = pair_source(dtype_named(s));
            let r = cast_array(&src, dtype_named(d)).unwrap();
            let got: Vec<String> = (0..r.size()).map(|i| exact(r.get_flat(i))).collect();
            assert_eq!(got.join(" "), want, "{s} -> {d}");
            assert_eq!(warning_codes(), w, "warnings of {s} -> {d}");
        }
    }

    #[test]
    fn float_to_int_matches_numpy_on_x86_64() {
        // Expected values: testdata/gen_cast_float_to_int_and_can_cast.py.
        let values = [
            300.0,
            -1.0,
            1e10,
            f64::NAN,
            f64::INFINITY,
            f64::NEG_INFINITY,
            -1e10,
            2.5,
            -2.5,
            127.9,
            128.0,
            -129.0,
            255.0,
            256.0,
            65535.0,
            65536.0,
            -32769.0,
            2147483647.0,
            2147483648.0,
            -2147483649.0,
            4294967295.0,
            4294967296.0,
            9.2e18,
            9.3e18,
            1.8e19,
            1.85e19,
            -9.3e18,
            -0.5,
            1e20,
            -1e20,
            3e38,
        ];
        for line in include_str!("testdata/cast_float_to_int.txt").lines() {
            let mut parts = line.split(' ');
            let (f, i) = (
                dtype_named(parts.next().unwrap()),
                dtype_named(parts.next().unwrap()),
            );
            for (&v, want) in values.iter().zip(parts) {
                let x = cast_scalar(Scalar::Float64(v), f);
                take_warnings();
                let r = cast_scalar(x, i);
                let warned = !take_warnings().is_empty();
                let got = format!("{}{}", exact(r), if warned { "W" } else { "" });
                assert_eq!(got, want, "{v} as {f} -> {i}");
            }
        }
    }

    #[test]
    fn can_cast_matches_numpy_for_all_pairs_and_rules() {
        for line in include_str!("testdata/can_cast.txt").lines() {
            let mut parts = line.split(' ');
            let rule = Casting::parse(parts.next().unwrap()).unwrap();
            let from = dtype_named(parts.next().unwrap());
            for (to, c) in DType::ALL.into_iter().zip(parts.next().unwrap().chars()) {
                assert_eq!(
                    can_cast(from, to, rule),
                    c == '1',
                    "{from} -> {to} under {rule:?}"
                );
            }
        }
    }

    #[test]
    fn f64_to_f16_rounds_once() {
        // np.array([2**-25, 2**-25+2**-60, 3*2**-26, 2**-24*1.5, 1e-8]).astype(np.float16).view(np.uint16)
        let got: Vec<u16> = [
            2f64.powi(-25),
            2f64.powi(-25) + 2f64.powi(-60),
            3.0 * 2f64.powi(-26),
            1.5 * 2f64.powi(-24),
            1e-8,
        ]
        .iter()
        .map(|&x| f16::cast_from(x, &mut FpStatus::default()).to_bits())
        .collect();
        assert_eq!(got, [0, 1, 1, 2, 0]);
        // NaN and -NaN: [32256 65024]
        let nan = f16::cast_from(f64::NAN, &mut FpStatus::default()).to_bits();
        assert_eq!(
            (
                nan,
                f16::cast_from(-f64::NAN, &mut FpStatus::default()).to_bits()
            ),
            (32256, 65024)
        );
    }

    #[test]
    fn complex_warning_even_when_empty_but_not_to_bool() {
        let e = Array::from_vec(Vec::<Complex64>::new(), vec![0]);
        cast_array(&e, DType::Float64).unwrap();
        assert_eq!(warning_codes(), "C");
        cast_array(&e, DType::Bool).unwrap();
        cast_array(&e, DType::Complex64).unwrap();
        assert_eq!(warning_codes(), "-");
        assert_eq!(
            cast_scalar(Scalar::Complex128(Complex64::new(1.0, 2.0)), DType::Float64),
            Scalar::Float64(1.0)
        );
        assert_eq!(warning_codes(), "C");
    }

    #[test]
    fn astype_of_strided_view() {
        let a = Array::from_vec((0..6i64).collect(), vec![2, 3]);
        let t = a.view(0, vec![3, 2], vec![1, 3]);
        let r = cast_array(&t, DType::Float32).unwrap();
        assert!(r.is_c_contiguous());
        assert_eq!(r.to_vec::<f32>(), vec![0.0, 3.0, 1.0, 4.0, 2.0, 5.0]);
    }

    #[test]
    fn copy_into_strided_and_aliased() {
        // a = np.arange(6.); a[::2] = a[::-1][:3].astype(np.int64) -> [5. 1. 4. 3. 3. 5.]
        let a = Array::from_vec((0..6).map(|x| x as f64).collect(), vec![6]);
        let evens = a.view(0, vec![3], vec![2]);
        let rev = a.view(5, vec![3], vec![-1]);
        copy_into(&evens, &rev).unwrap();
        assert_eq!(a.to_vec::<f64>(), vec![5.0, 1.0, 4.0, 3.0, 3.0, 5.0]);
        let ints = Array::from_vec(vec![7i64, 8, 9], vec![3]);
        copy_into(&evens, &ints).unwrap();
        assert_eq!(a.to_vec::<f64>(), vec![7.0, 1.0, 8.0, 3.0, 9.0, 5.0]);
        let e = copy_into(&evens, &Array::from_vec(vec![1i64, 2], vec![2])).unwrap_err();
        assert_eq!(
            e.message,
            "could not broadcast input array from shape (2,) into shape (3,)"
        );
    }

    #[test]
    fn dtype_spellings_numpy_accepts() {
        // Each checked with np.dtype(s).name in NumPy 2.4.6.
        let ok = [
            ("float32", "float32"),
            ("f2", "float16"),
            ("f4", "float32"),
            ("f8", "float64"),
            ("i1", "int8"),
            ("i2", "int16"),
            ("i4", "int32"),
            ("i8", "int64"),
            ("u1", "uint8"),
            ("u8", "uint64"),
            ("c8", "complex64"),
            ("c16", "complex128"),
            ("b1", "bool"),
            ("<i4", "int32"),
            ("=f8", "float64"),
            ("|b1", "bool"),
            ("|f4", "float32"),
            (">i1", "int8"),
            (">?", "bool"),
            ("<?", "bool"),
            ("?", "bool"),
            ("b", "int8"),
            ("B", "uint8"),
            ("h", "int16"),
            ("H", "uint16"),
            ("i", "int32"),
            ("I", "uint32"),
            ("l", "int64"),
            ("L", "uint64"),
            ("q", "int64"),
            ("Q", "uint64"),
            ("p", "int64"),
            ("P", "uint64"),
            ("n", "int64"),
            ("N", "uint64"),
            ("e", "float16"),
            ("f", "float32"),
            ("d", "float64"),
            ("<d", "float64"),
            ("F", "complex64"),
            ("D", "complex128"),
            ("int", "int64"),
            ("float", "float64"),
            ("complex", "complex128"),
            ("bool", "bool"),
            ("bool_", "bool"),
            ("double", "float64"),
            ("single", "float32"),
            ("half", "float16"),
            ("longlong", "int64"),
            ("ulonglong", "uint64"),
            ("intp", "int64"),
            ("uintp", "uint64"),
            ("uint", "uint64"),
            ("int_", "int64"),
            ("long", "int64"),
            ("ulong", "uint64"),
            ("short", "int16"),
            ("ushort", "uint16"),
            ("byte", "int8"),
            ("ubyte", "uint8"),
            ("intc", "int32"),
            ("uintc", "uint32"),
            ("cdouble", "complex128"),
            ("csingle", "complex64"),
            ("i04", "int32"),
            ("i+4", "int32"),
            ("f002", "float16"),
            ("i 4", "int32"),
            ("i\t4", "int32"),
            ("<i 4", "int32"),
            ("u+1", "uint8"),
            ("b01", "bool"),
        ];
        for (s, name) in ok {
            assert_eq!(parse_dtype_str(s).map(|d| d.name()), Ok(name), "{s:?}");
        }
    }

    #[test]
    fn dtype_spelling_errors() {
        // Texts from NumPy 2.4.6: np.dtype(s)
        let bad = [
            ("flot32", "data type 'flot32' not understood"),
            ("i3", "data type 'i3' not understood"),
            ("?1", "data type '?1' not understood"),
            ("B1", "data type 'B1' not understood"),
            ("i-4", "data type 'i-4' not understood"),
            ("i+ 4", "data type 'i+ 4' not understood"),
            ("i4 ", "data type 'i4 ' not understood"),
            (" f8", "data type ' f8' not understood"),
            ("", "data type '' not understood"),
            ("<", "data type '<' not understood"),
            ("<float32", "data type '<float32' not understood"),
            ("float_", "data type 'float_' not understood"),
            ("Float32", "data type 'Float32' not understood"),
            ("'i8'", "data type \"'i8'\" not understood"),
            ("<<i4", "data type '<<i4' not understood"),
            (
                "bool8",
                "Alias 'bool8' was removed in NumPy 2.0. Use a name without a digit at the end.",
            ),
            (
                "int0",
                "Alias 'int0' was removed in NumPy 2.0. Use a name without a digit at the end.",
            ),
        ];
        for (s, msg) in bad {
            let e = parse_dtype_str(s).unwrap_err();
            assert_eq!(
                (e.class.qualname(), e.message.as_str()),
                ("TypeError", msg),
                "{s:?}"
            );
        }
        for s in [
            ">f8", ">i4", "float128", "g", "f16", "c32", "U10", "S", "object", "M8[ns]", "i4,i4",
            "2i4",
        ] {
            assert_eq!(
                parse_dtype_str(s).unwrap_err().class.qualname(),
                "NotImplementedError",
                "{s:?}"
            );
        }
    }

    #[test]
    fn type_names_and_removed_aliases() {
        assert_eq!(dtype_from_type_name("intc"), Some(DType::Int32));
        assert_eq!(dtype_from_type_name("float_"), None);
        assert_eq!(
            removed_type_alias("float_").unwrap(),
            "`np.float_` was removed in the NumPy 2.0 release. Use `np.float64` instead."
        );
        assert_eq!(
            removed_type_alias("longcomplex").unwrap(),
            "`np.longcomplex` was removed in the NumPy 2.0 release. Use `np.clongdouble` instead."
        );
    }
}

#[cfg(test)]
mod simd_tests {
    use super::*;
    use crate::array::signals::take_warnings;

    #[test]
    fn float_to_uint32_vector_body_and_scalar_tail() {
        // Expected: testdata/gen_cast_simd.py under NumPy 2.4.6.
        for line in include_str!("testdata/cast_simd.txt").lines() {
            let mut parts = line.split(' ');
            let (t, case, want) = (
                parts.next().unwrap(),
                parts.next().unwrap(),
                parts.next().unwrap(),
            );
            let dtype = DType::ALL.into_iter().find(|d| d.name() == t).unwrap();
            let src = match case {
                "rows3x10[:,:6]" => {
                    let base = cast_array(&Array::from_vec(vec![1e10f64; 30], vec![3, 10]), dtype)
                        .unwrap();
                    base.view(0, vec![3, 6], vec![10, 1])
                }
                "[::2]of16" => {
                    let base =
                        cast_array(&Array::from_vec(vec![1e10f64; 16], vec![16]), dtype).unwrap();
                    base.view(0, vec![8], vec![2])
                }
                n => {
                    let n: usize = n.parse().unwrap();
                    cast_array(&Array::from_vec(vec![1e10f64; n], vec![n]), dtype).unwrap()
                }
            };
            let r = cast_array(&src, DType::UInt32).unwrap();
            let got: String = r
                .to_vec::<u32>()
                .iter()
                .map(|&v| if v == 0 { 'V' } else { 'S' })
                .collect();
            assert_eq!(got, want, "{t} {case}");
        }
        take_warnings();
    }
}
