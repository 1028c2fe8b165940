//! `np.correlate` / `np.convolve`: NumPy's `_pyarray_correlate`
//! (numpy/_core/src/multiarray/multiarraymodule.c) with each output element
//! computed by the dtype's `dot` function (arraytypes.c.src), bit for bit.
//!
//! CPU/BLAS dependence: for float32, float64, complex64 and complex128 NumPy's
//! `dot` calls BLAS (`cblas_sdot`, `cblas_ddot`, `cblas_cdotu_sub`,
//! `cblas_zdotu_sub`), whose summation order belongs to the BLAS build and the
//! CPU it picks a kernel for. The ports below reproduce the OpenBLAS 0.3.31
//! bundled with the numpy 2.4.6 wheel running its SkylakeX kernels (ported
//! from the OpenBLAS sources, checked against the wheel's own `cblas_*dot`
//! and `np.convolve` on thousands of random lengths and windows)
//! (kernel/x86_64/{s,d}dot.c with `{s,d}dot_microk_skylakex-2.c`, and
//! {c,z}dot.c with the Haswell micro-kernels), where GCC contracts the C
//! `acc += x * y` lines into FMAs. On a Haswell/Zen CPU, another BLAS (MKL,
//! Accelerate) or a different build the last bits of those results can
//! differ. The "valid" part of a float32/float64 correlation with a kernel
//! of at most 11 elements does not use BLAS (`small_correlate`: a plain
//! left-to-right sum, NumPy's x86-64-v2 baseline has no FMA), and integer,
//! bool and float16 results never depend on the CPU.

use super::blas_core::Core;
use super::{Array, DType};
use half::f16;
use num_complex::{Complex32, Complex64};

/// NumPy's correlate modes (0, 1, 2).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CorrMode {
    Valid,
    Same,
    Full,
}

/// `PyArray_Correlate2` (`np.correlate`) for two non-empty 1-D arrays of one
/// dtype: the second operand conjugated when complex, the operands swapped
/// when the second is longer and the result then reversed.
pub fn correlate(a: &Array, k: &Array, mode: CorrMode) -> Array {
    let (out, inverted) = correlate_raw(a, k, mode, true);
    if inverted { reversed(&out) } else { out }
}

/// `np.convolve`: the longer operand first, the shorter reversed, then
/// `PyArray_Correlate` (no conjugation, no reversal).
pub fn convolve(a: &Array, v: &Array, mode: CorrMode) -> Array {
    let (a, v) = if v.size() > a.size() { (v, a) } else { (a, v) };
    correlate_raw(a, &reversed(v), mode, false).0
}

/// `_pyarray_correlate(ap1, ap2)`: returns the result and whether the
/// operands were swapped.
fn correlate_raw(a: &Array, k: &Array, mode: CorrMode, conj: bool) -> (Array, bool) {
    debug_assert_eq!(a.dtype(), k.dtype());
    macro_rules! run {
        ($T:ty, $dot:expr, $small:expr) => {
            run!($T, $dot, $small, |v: $T| v)
        };
        ($T:ty, $dot:expr, $small:expr, $conj:expr) => {{
            let x = a.to_vec::<$T>();
            let mut y = k.to_vec::<$T>();
            if conj {
                y = y.into_iter().map($conj).collect();
            }
            let (x, y, inverted) = if x.len() < y.len() {
                (y, x, true)
            } else {
                (x, y, false)
            };
            let out = correlate_with(&x, &y, mode, $dot, $small);
            let len = out.len();
            (Array::from_vec(out, vec![len]), inverted)
        }};
    }
    match a.dtype() {
        DType::Bool => run!(bool, bool_dot, None),
        DType::Int8 => run!(i8, |x: &[i8], y: &[i8]| signed_dot(x, y) as i8, None),
        DType::Int16 => run!(i16, |x: &[i16], y: &[i16]| signed_dot(x, y) as i16, None),
        DType::Int32 => run!(i32, |x: &[i32], y: &[i32]| signed_dot(x, y) as i32, None),
        DType::Int64 => run!(i64, signed_dot::<i64>, None),
        DType::UInt8 => run!(u8, |x: &[u8], y: &[u8]| unsigned_dot(x, y) as u8, None),
        DType::UInt16 => run!(u16, |x: &[u16], y: &[u16]| unsigned_dot(x, y) as u16, None),
        DType::UInt32 => run!(u32, |x: &[u32], y: &[u32]| unsigned_dot(x, y) as u32, None),
        DType::UInt64 => run!(u64, unsigned_dot::<u64>, None),
        DType::Float16 => run!(f16, half_dot, None),
        DType::Float32 => run!(f32, float_dot, Some(small_correlate_f32 as SmallFn<f32>)),
        DType::Float64 => run!(f64, double_dot, Some(small_correlate_f64 as SmallFn<f64>)),
        DType::Complex64 => run!(Complex32, cfloat_dot, None, |v: Complex32| v.conj()),
        DType::Complex128 => run!(Complex64, cdouble_dot, None, |v: Complex64| v.conj()),
    }
}

/// The generic loop of `PyArray_MatrixProduct2` as `np.inner` runs it (and
/// `cblas_matrixproduct` for two vectors): each of the `p` rows of `a`
/// dotted with each of the `q` rows of `b`, all of length `k`, by the
/// dtype's own `dot` function (BLAS `?dot` for the float and complex types).
/// Both arrays have one dtype; the result is the p * q values with `shape`.
pub fn row_dots(
    a: &Array,
    b: &Array,
    (p, q, k): (usize, usize, usize),
    shape: Vec<usize>,
) -> Array {
    debug_assert_eq!(a.dtype(), b.dtype());
    macro_rules! run {
        ($T:ty, $dot:expr) => {{
            let (x, y) = (a.to_vec::<$T>(), b.to_vec::<$T>());
            let mut out: Vec<$T> = Vec::with_capacity(p * q);
            for i in 0..p {
                super::signals::poll();
                for j in 0..q {
                    out.push($dot(&x[i * k..(i + 1) * k], &y[j * k..(j + 1) * k]));
                }
            }
            Array::from_vec(out, shape)
        }};
    }
    match a.dtype() {
        DType::Bool => run!(bool, bool_dot),
        DType::Int8 => run!(i8, |x: &[i8], y: &[i8]| signed_dot(x, y) as i8),
        DType::Int16 => run!(i16, |x: &[i16], y: &[i16]| signed_dot(x, y) as i16),
        DType::Int32 => run!(i32, |x: &[i32], y: &[i32]| signed_dot(x, y) as i32),
        DType::Int64 => run!(i64, signed_dot::<i64>),
        DType::UInt8 => run!(u8, |x: &[u8], y: &[u8]| unsigned_dot(x, y) as u8),
        DType::UInt16 => run!(u16, |x: &[u16], y: &[u16]| unsigned_dot(x, y) as u16),
        DType::UInt32 => run!(u32, |x: &[u32], y: &[u32]| unsigned_dot(x, y) as u32),
        DType::UInt64 => run!(u64, unsigned_dot::<u64>),
        DType::Float16 => run!(f16, half_dot),
        DType::Float32 => run!(f32, float_dot),
        DType::Float64 => run!(f64, double_dot),
        DType::Complex64 => run!(Complex32, cfloat_dot),
        DType::Complex128 => run!(Complex64, cdouble_dot),
    }
}

type SmallFn<T> = fn(&[T], &[T], &mut [T]);

/// The loop of `_pyarray_correlate`: `x` is the longer operand (n1 >= n2).
fn correlate_with<T: Copy + Default>(
    x: &[T],
    y: &[T],
    mode: CorrMode,
    dot: impl Fn(&[T], &[T]) -> T,
    small: Option<SmallFn<T>>,
) -> Vec<T> {
    let (n1, n2) = (x.len(), y.len());
    let (n_left, n_right, length) = match mode {
        CorrMode::Valid => (0, 0, n1 - n2 + 1),
        CorrMode::Same => (n2 / 2, n2 - n2 / 2 - 1, n1),
        CorrMode::Full => (n2 - 1, n2 - 1, n1 + n2 - 1),
    };
    let mut out = Vec::with_capacity(length);
    // Left edge: the kernel hangs off the start of x.
    for i in 0..n_left {
        let m = n2 - n_left + i;
        out.push(dot(&x[..m], &y[n_left - i..]));
    }
    let middle = n1 - n2 + 1;
    match small {
        Some(f) if n2 <= 11 => {
            let start = out.len();
            out.resize(start + middle, T::default());
            f(x, y, &mut out[start..]);
        }
        _ => {
            for j in 0..middle {
                out.push(dot(&x[j..j + n2], y));
            }
        }
    }
    // Right edge: the kernel hangs off the end of x.
    for i in 0..n_right {
        let m = n2 - 1 - i;
        let s = middle + i;
        out.push(dot(&x[s..s + m], &y[..m]));
    }
    out
}

fn bool_dot(x: &[bool], y: &[bool]) -> bool {
    x.iter().zip(y).any(|(&a, &b)| a && b)
}

/// The integer dots accumulate in C `long` (wrapping), then cast back.
fn signed_dot<T: Copy + Into<i64>>(x: &[T], y: &[T]) -> i64 {
    x.iter().zip(y).fold(0i64, |acc, (&a, &b)| {
        acc.wrapping_add(a.into().wrapping_mul(b.into()))
    })
}

fn unsigned_dot<T: Copy + Into<u64>>(x: &[T], y: &[T]) -> u64 {
    x.iter().zip(y).fold(0u64, |acc, (&a, &b)| {
        acc.wrapping_add(a.into().wrapping_mul(b.into()))
    })
}

/// `HALF_dot`: a float accumulator, one rounding back to half at the end.
fn half_dot(x: &[f16], y: &[f16]) -> f16 {
    let mut tmp = 0.0f32;
    for (a, b) in x.iter().zip(y) {
        tmp += a.to_f32() * b.to_f32();
    }
    f16::from_f32(tmp)
}

/// `small_correlate` for float64: plain `s = 0; s += d[i + j] * k[j]`.
fn small_correlate_f64(d: &[f64], k: &[f64], out: &mut [f64]) {
    for (i, o) in out.iter_mut().enumerate() {
        let mut s = 0.0f64;
        for (j, &kj) in k.iter().enumerate() {
            s += d[i + j] * kj;
        }
        *o = s;
    }
}

fn small_correlate_f32(d: &[f32], k: &[f32], out: &mut [f32]) {
    for (i, o) in out.iter_mut().enumerate() {
        let mut s = 0.0f32;
        for (j, &kj) in k.iter().enumerate() {
            s += d[i + j] * kj;
        }
        *o = s;
    }
}

/// `DOUBLE_dot`: `sum = 0.; sum += cblas_ddot(...)` (one chunk: NumPy's
/// chunk is 2**30 elements).
fn double_dot(x: &[f64], y: &[f64]) -> f64 {
    0.0 + ddot(x, y, Core::current())
}

fn float_dot(x: &[f32], y: &[f32]) -> f32 {
    (0.0f64 + sdot(x, y) as f64) as f32
}

fn cdouble_dot(x: &[Complex64], y: &[Complex64]) -> Complex64 {
    let t = zdotu(x, y);
    Complex64::new(0.0 + t.re, 0.0 + t.im)
}

fn cfloat_dot(x: &[Complex32], y: &[Complex32]) -> Complex32 {
    let t = cdotu(x, y);
    Complex32::new((0.0f64 + t.re as f64) as f32, (0.0f64 + t.im as f64) as f32)
}

/// OpenBLAS `ddot` (kernel/x86_64/ddot.c) on unit strides: the first
/// `n & !15` terms go to the core's micro-kernel, the rest are accumulated
/// with FMA onto its result. Both micro-kernels run blocks of 16 terms into
/// four 4-lane FMA accumulators (term `i + 4k + l` into accumulator k, lane
/// l); SkylakeX's (ddot_microk_skylakex-2.c) first runs blocks of 32 into
/// four 8-lane ones and folds their halves into those, and the two reduce
/// the accumulators differently (see below).
fn ddot(x: &[f64], y: &[f64], core: Core) -> f64 {
    let n = x.len();
    let n1 = n & !15;
    let mut dot = 0.0f64;
    if n1 > 0 {
        let mut i = 0;
        let mut acc = [[0.0f64; 4]; 4];
        if core == Core::SkylakeX {
            let n32 = n1 & !31;
            let mut wide = [[0.0f64; 8]; 4];
            while i < n32 {
                for (k, acc) in wide.iter_mut().enumerate() {
                    for (l, a) in acc.iter_mut().enumerate() {
                        let j = i + 8 * k + l;
                        *a = x[j].mul_add(y[j], *a);
                    }
                }
                i += 32;
            }
            for (k, a) in acc.iter_mut().enumerate() {
                for (l, v) in a.iter_mut().enumerate() {
                    *v = wide[k][l] + wide[k][l + 4];
                }
            }
        }
        while i < n1 {
            for (k, a) in acc.iter_mut().enumerate() {
                for (l, v) in a.iter_mut().enumerate() {
                    let j = i + 4 * k + l;
                    *v = x[j].mul_add(y[j], *v);
                }
            }
            i += 16;
        }
        dot = match core {
            // Lane-wise over the accumulators in order, then the lanes.
            Core::SkylakeX => {
                let c: [f64; 4] =
                    std::array::from_fn(|l| acc[0][l] + acc[1][l] + acc[2][l] + acc[3][l]);
                (c[0] + c[2]) + (c[1] + c[3])
            }
            // ddot_microk_haswell-2.c: each accumulator's halves added
            // (vextractf128), the four pairwise, then vhaddpd.
            Core::Haswell => {
                let h: [[f64; 2]; 4] =
                    std::array::from_fn(|k| [acc[k][0] + acc[k][2], acc[k][1] + acc[k][3]]);
                let s: [f64; 2] =
                    std::array::from_fn(|l| (h[0][l] + h[1][l]) + (h[2][l] + h[3][l]));
                s[0] + s[1]
            }
        };
    }
    // The C tail `dot += y[i] * x[i]`: GCC contracts it into an FMA for
    // SkylakeX (built with -march=skylake-avx512); the Haswell kernels are
    // built with -mavx2 alone, without FMA contraction.
    for i in n1..n {
        dot = match core {
            Core::SkylakeX => y[i].mul_add(x[i], dot),
            Core::Haswell => dot + y[i] * x[i],
        };
    }
    dot
}

/// OpenBLAS `sdot` (kernel/x86_64/sdot.c, SkylakeX micro-kernel): blocks of
/// 64 into four 16-lane FMA accumulators, folded to 8 lanes for a block of
/// 32, summed with two horizontal adds; the tail adds float products to a
/// double.
fn sdot(x: &[f32], y: &[f32]) -> f32 {
    let n = x.len();
    let n1 = n & !31;
    let mut mydot = 0.0f32;
    if n1 > 0 {
        let n64 = n1 & !63;
        let mut wide = [[0.0f32; 16]; 4];
        let mut i = 0;
        while i < n64 {
            for (k, acc) in wide.iter_mut().enumerate() {
                for (l, a) in acc.iter_mut().enumerate() {
                    let j = i + 16 * k + l;
                    *a = x[j].mul_add(y[j], *a);
                }
            }
            i += 64;
        }
        let mut acc = [[0.0f32; 8]; 4];
        for (k, a) in acc.iter_mut().enumerate() {
            for (l, v) in a.iter_mut().enumerate() {
                *v = wide[k][l] + wide[k][l + 8];
            }
        }
        while i < n1 {
            for (k, a) in acc.iter_mut().enumerate() {
                for (l, v) in a.iter_mut().enumerate() {
                    let j = i + 8 * k + l;
                    *v = x[j].mul_add(y[j], *v);
                }
            }
            i += 32;
        }
        let c: [f32; 8] = std::array::from_fn(|l| acc[0][l] + acc[1][l] + acc[2][l] + acc[3][l]);
        let h: [f32; 4] = std::array::from_fn(|l| c[l] + c[l + 4]);
        mydot = (h[0] + h[1]) + (h[2] + h[3]);
    }
    let mut dot = 0.0f64;
    for i in n1..n {
        dot += (y[i] * x[i]) as f64;
    }
    dot += mydot as f64;
    dot as f32
}

/// OpenBLAS `zdotu` (kernel/x86_64/zdot.c, Haswell micro-kernel): blocks of
/// 8 complex numbers into four 2-complex FMA accumulators for re*re/im*im
/// and four for re*im/im*re, summed pairwise; FMA tail; then re = d0 - d1,
/// im = d2 + d3.
fn zdotu(x: &[Complex64], y: &[Complex64]) -> Complex64 {
    let n = x.len();
    let n1 = n & !7;
    let mut d = [0.0f64; 4];
    if n1 > 0 {
        let mut a = [[0.0f64; 4]; 4];
        let mut b = [[0.0f64; 4]; 4];
        for i in (0..n1).step_by(8) {
            for k in 0..4 {
                for c in 0..2 {
                    let (xx, yy) = (x[i + 2 * k + c], y[i + 2 * k + c]);
                    a[k][2 * c] = xx.re.mul_add(yy.re, a[k][2 * c]);
                    a[k][2 * c + 1] = xx.im.mul_add(yy.im, a[k][2 * c + 1]);
                    b[k][2 * c] = xx.re.mul_add(yy.im, b[k][2 * c]);
                    b[k][2 * c + 1] = xx.im.mul_add(yy.re, b[k][2 * c + 1]);
                }
            }
        }
        let fold = |a: &[[f64; 4]; 4]| {
            let c: [f64; 4] = std::array::from_fn(|l| (a[0][l] + a[1][l]) + (a[2][l] + a[3][l]));
            [c[0] + c[2], c[1] + c[3]]
        };
        [d[0], d[1]] = fold(&a);
        [d[2], d[3]] = fold(&b);
    }
    for i in n1..n {
        let (xx, yy) = (x[i], y[i]);
        d[0] = xx.re.mul_add(yy.re, d[0]);
        d[1] = xx.im.mul_add(yy.im, d[1]);
        d[2] = xx.re.mul_add(yy.im, d[2]);
        d[3] = xx.im.mul_add(yy.re, d[3]);
    }
    Complex64::new(d[0] - d[1], d[2] + d[3])
}

/// OpenBLAS `cdotu` (kernel/x86_64/cdot.c, Haswell micro-kernel): blocks of
/// 16 complex numbers into four 4-complex FMA accumulators per product kind,
/// halves added, even and odd positions folded; FMA tail in float.
fn cdotu(x: &[Complex32], y: &[Complex32]) -> Complex32 {
    let n = x.len();
    let n1 = n & !15;
    let mut d = [0.0f32; 8];
    if n1 > 0 {
        let mut a = [[0.0f32; 8]; 4];
        let mut b = [[0.0f32; 8]; 4];
        for i in (0..n1).step_by(16) {
            for k in 0..4 {
                for c in 0..4 {
                    let (xx, yy) = (x[i + 4 * k + c], y[i + 4 * k + c]);
                    a[k][2 * c] = xx.re.mul_add(yy.re, a[k][2 * c]);
                    a[k][2 * c + 1] = xx.im.mul_add(yy.im, a[k][2 * c + 1]);
                    b[k][2 * c] = xx.re.mul_add(yy.im, b[k][2 * c]);
                    b[k][2 * c + 1] = xx.im.mul_add(yy.re, b[k][2 * c + 1]);
                }
            }
        }
        let fold = |a: &[[f32; 8]; 4]| -> [f32; 4] {
            let c: [f32; 8] = std::array::from_fn(|l| (a[0][l] + a[1][l]) + (a[2][l] + a[3][l]));
            std::array::from_fn(|l| c[l] + c[l + 4])
        };
        let (p, q) = (fold(&a), fold(&b));
        d[..4].copy_from_slice(&p);
        d[4..].copy_from_slice(&q);
        d[0] += d[2];
        d[1] += d[3];
        d[4] += d[6];
        d[5] += d[7];
    }
    for i in n1..n {
        let (xx, yy) = (x[i], y[i]);
        d[0] = xx.re.mul_add(yy.re, d[0]);
        d[1] = xx.im.mul_add(yy.im, d[1]);
        d[4] = xx.re.mul_add(yy.im, d[4]);
        d[5] = xx.im.mul_add(yy.re, d[5]);
    }
    Complex32::new(d[0] - d[1], d[4] + d[5])
}

/// A 1-D array reversed (NumPy's `_pyarray_revert`, and `v[::-1]`).
fn reversed(a: &Array) -> Array {
    crate::with_dtype!(a.dtype(), T => {
        let mut v = a.to_vec::<T>();
        v.reverse();
        Array::from_vec(v, vec![a.size()])
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blas_dots_are_exact_on_small_integers() {
        // Integer-valued data sums exactly whatever the order, so every
        // block size and tail of the ported kernels must give the plain sum.
        for n in 1..200usize {
            let x: Vec<f64> = (0..n).map(|i| ((i * 7) % 13) as f64 - 6.0).collect();
            let y: Vec<f64> = (0..n).map(|i| ((i * 5) % 11) as f64 - 5.0).collect();
            let plain: f64 = x.iter().zip(&y).map(|(a, b)| a * b).sum();
            for core in [Core::Haswell, Core::SkylakeX] {
                assert_eq!(ddot(&x, &y, core), plain, "ddot n={n} {core:?}");
            }
            let xs: Vec<f32> = x.iter().map(|&v| v as f32).collect();
            let ys: Vec<f32> = y.iter().map(|&v| v as f32).collect();
            assert_eq!(sdot(&xs, &ys), plain as f32, "sdot n={n}");
            let xz: Vec<Complex64> = x
                .iter()
                .zip(&y)
                .map(|(&a, &b)| Complex64::new(a, b))
                .collect();
            let yz: Vec<Complex64> = y
                .iter()
                .zip(&x)
                .map(|(&a, &b)| Complex64::new(a, -b))
                .collect();
            let want = xz
                .iter()
                .zip(&yz)
                .fold(Complex64::new(0.0, 0.0), |s, (a, b)| s + a * b);
            assert_eq!(zdotu(&xz, &yz), want, "zdotu n={n}");
            let xc: Vec<Complex32> = xz
                .iter()
                .map(|c| Complex32::new(c.re as f32, c.im as f32))
                .collect();
            let yc: Vec<Complex32> = yz
                .iter()
                .map(|c| Complex32::new(c.re as f32, c.im as f32))
                .collect();
            let got = cdotu(&xc, &yc);
            assert_eq!(
                (got.re as f64, got.im as f64),
                (want.re, want.im),
                "cdotu n={n}"
            );
        }
    }

    #[test]
    fn mode_lengths_and_swap() {
        let a = Array::from_vec(vec![1i64, 2, 3, 4, 5], vec![5]);
        let k = Array::from_vec(vec![1i64, 10], vec![2]);
        let len = |m| correlate(&a, &k, m).size();
        assert_eq!(
            (
                len(CorrMode::Valid),
                len(CorrMode::Same),
                len(CorrMode::Full)
            ),
            (4, 5, 6)
        );
        assert_eq!(
            correlate(&a, &k, CorrMode::Full).to_vec::<i64>(),
            vec![10, 21, 32, 43, 54, 5]
        );
        // The shorter operand first: NumPy swaps them and reverses the result.
        assert_eq!(
            correlate(&k, &a, CorrMode::Full).to_vec::<i64>(),
            vec![5, 54, 43, 32, 21, 10]
        );
        assert_eq!(
            convolve(&k, &a, CorrMode::Same).to_vec::<i64>(),
            vec![1, 12, 23, 34, 45]
        );
    }
}
