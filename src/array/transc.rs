//! NumPy's transcendental one-input ufuncs: `exp exp2 expm1 log log2 log10
//! log1p sin cos tan arcsin arccos arctan sinh cosh tanh arcsinh arccosh
//! arctanh cbrt`, with the
//! loop picked by `unary::resolve` from the `types` of the ufunc table (so
//! int8 and bool compute in float16, int16 in float32, wider ints in
//! float64, as NumPy's linear search picks), and NumPy's RuntimeWarnings
//! (`divide by zero encountered in log`, `invalid value encountered in
//! arcsin`, `overflow encountered in exp`).
//! Of the complex loops only `exp` is here (glibc's `cexp`, as NumPy calls
//! it); the others are refused.
//!
//! Which bits depend on the CPU. The element functions here are glibc's
//! libm (Rust's `f64::exp` and friends call it on Linux), which is what
//! NumPy's generic loops call. NumPy 2.4.6 on an AVX-512 machine (the
//! oracle reports X86_V4, AVX512_ICL, AVX512_SPR) takes other paths for
//! contiguous arrays, per `loops_umath_fp.dispatch.c.src`,
//! `loops_exponent_log.dispatch.c.src`, `loops_trigonometric.dispatch.cpp`
//! and `loops_hyperbolic.dispatch.cpp`:
//! - float64/float32 `exp2 log2 log10 expm1 log1p cbrt tan arcsin arccos
//!   arctan sinh cosh arcsinh arccosh arctanh`: Intel SVML
//!   (`__svml_*8_ha`, `__svml_*f16`, for every stride and scalars), closed
//!   assembly whose last bit can differ from glibc's correctly-rounded-ish
//!   results;
//! - float64 `exp`/`log`: SVML too (`__svml_exp8_ha`, `__svml_log8_ha`,
//!   for every stride and for 0-d arrays and scalars); float32
//!   `exp`/`log`/`sin`/`cos`: NumPy's own SIMD polynomials; `tanh` (both):
//!   its own SIMD code, ported in `simd_tanh.rs` (0 differences in 10^5
//!   inputs per dtype, `oracle_bits.rs`);
//! - float16 (every function here): SVML's half-precision routines on
//!   AVX512_SPR (`__svml_*s32`), which round once to float16.
//!
//! float32 `exp` and `log` are ported here (`simd_exp_f32`, `simd_log_f32`)
//! and match NumPy bit for bit (0 differences in 4×10^5 inputs over [-100,
//! 90], [-5, 5], (0, 100], subnormals). float64 `exp`, `exp2`, `log`,
//! `log2`, `log10`, `log1p`, `expm1`, `sinh`, `cosh`, `arcsin`, `arccos`,
//! `arctan`, `cbrt`, `arcsinh`, `arccosh` and `arctanh` are SVML's routines ported lane by lane in
//! `svml.rs`: 0 differences, bits compared, in 2.6×10^6 `exp`/`expm1`
//! inputs (uniform over [-745, 710], [-5, 5], [-1e-3, 1e-3], [-760, -700],
//! [700, 712], random bit patterns, infinities, NaN, signed zeros, the
//! thresholds) and 2.8×10^6 `log`/`log2`/`log10` inputs (uniform over (0,
//! 1e300], (0, 2], exp of [-700, 700], 1 ± 1e-6, 1 ± 0.1, every subnormal
//! scale, random bit patterns, zeros, negatives, infinities, NaN), and
//! 2.6×10^6 `exp2` inputs (uniform over [-1075, 1025], [-5, 5], [-1e-3,
//! 1e-3], [-1080, -1020], [1020, 1025], integers, random bit patterns,
//! specials), 2.6×10^6 `log1p` inputs (uniform over [-1, 10], [-1e-3,
//! 1e-3], [-1e-10, 1e-10], (0, 1e300], ±exp of [-700, 700], -1 + [0, 1e-6],
//! subnormals, random bit patterns, specials), 2.8×10^6 `sinh`/`cosh`
//! inputs (uniform over [-720, 720], [-25, 25], [-1, 1], [-1e-3, 1e-3],
//! [-1e-9, 1e-9], ±[700, 712], random bit patterns, specials), 2.6×10^6
//! `arctan` and `cbrt` inputs each (uniform over [-100, 100], [-1, 1],
//! [-1e-3, 1e-3], [-1e-9, 1e-9], [-1e300, 1e300], exp of [-700, 700],
//! subnormals, random bit patterns, specials; [-1000, 1000] for `cbrt`),
//! 2.7×10^6 `arcsin` and `arccos` inputs each (uniform over [-1, 1],
//! ±[0.99, 1], [0.4, 0.6], [1, 2], [-1e-3, 1e-3], [-1e-9, 1e-9], random bit
//! patterns, specials), 1.5×10^6 `arcsinh` inputs (uniform over [-10,
//! 10], [-1, 1], [-0.03, 0.03], [-1e-9, 1e-9], [-1e6, 1e6], ±exp of [-700,
//! 700], [2^510, 2^512], [1e300, 1.7e308], subnormals, random bit patterns,
//! specials; glibc differed in 190824 of them), 1.65×10^6 `arccosh`
//! inputs (uniform over [1, 10], [1, 1.001], 1 + [0, 1e-9], [1, 2], [1,
//! 1e6], exp of [0, 700], [2^510, 2^512], [1e300, 1.7e308], [-2, 1],
//! subnormals, random bit patterns, specials; glibc differed in 221892),
//! 1.5×10^6 `arctanh` inputs (uniform over [-1, 1], ±(1 - [0, 1e-3]), 1 -
//! [0, 1e-12], [-0.1, 0.1], [-1e-9, 1e-9], [-3, 3], [-1e-4, 1e-4],
//! subnormals, random bit patterns, specials; glibc differed in 122153).
//! Everything else calls glibc. Measured against the
//! oracle on this CPU (2×10^5 uniform inputs per row, `default_rng(7)`,
//! results compared by `repr`; the counts are results whose last bit
//! differs, so they depend on the CPU: on a CPU without AVX-512 NumPy calls
//! glibc and every row would be 0):
//!
//! | function | float64 | float32 (range) |
//! | --- | --- | --- |
//! | exp | 0 (ported; glibc differed in 4.6%) | 0 (ported) |
//! | log | 0 (ported; glibc differed in 0.015%) | 0 (ported) |
//! | exp2 | 0 (ported; glibc differed in 5.3% of [-50, 50]) | 0 (`__svml_exp2f16`, ported in `svml/f32.rs`) |
//! | expm1 | 0 (ported; glibc differed in 8.6% of [-5, 5]) | 0 (`__svml_expm1f16`, ported in `svml/f32.rs`) |
//! | log2 | 0 (ported; glibc differed in 0.012%) | 0 (`__svml_log2f16`, ported in `svml/f32.rs`) |
//! | log10 | 0 (ported; glibc differed in 3.8%) | 0 (`__svml_log10f16`, ported in `svml/f32.rs`) |
//! | log1p | 0 (ported; glibc differed in 6.6% of [-0.9, 10]) | 0 (`__svml_log1pf16`, ported in `svml/f32.rs`) |
//! | sin, cos | 0 ([-10, 10]) | 0, 0 (NumPy's `simd_sincos_f32`, ported in `simd_sincos.rs`) |
//! | tan | 0 (ported in `svml/tan.rs`; glibc differed in 0.5% of [-1.5, 1.5]) | 0 up to 8256 in magnitude (`__svml_tanf16`, ported in `svml/f32.rs`; beyond, its Payne-Hanek reduction is not ported and glibc stands in) |
//! | arcsin, arccos | 0, 0 (ported; glibc differed in 8.4%, 9.4% of [-1, 1]) | 0, 0 (`__svml_{asin,acos}f16`, ported in `svml/f32.rs`) |
//! | arctan | 0 (ported; glibc differed in 0.02% of [-100, 100]) | 0 (`__svml_atanf16`, ported in `svml/f32.rs`) |
//! | sinh, cosh | 0, 0 (ported; glibc differed in 26%, 24% of [-10, 10]) | 0, 0 (`__svml_{sinh,cosh}f16`, ported in `svml/f32.rs`; glibc's double stands in for their double rare path past 87.34) |
//! | tanh | 0 (NumPy's own SIMD tanh, ported in `simd_tanh.rs`) | 0 (ported) |
//! | cbrt | 0 (ported; glibc differed in 0.6% of [-1000, 1000]) | 0 (`__svml_cbrtf16`, ported in `svml/f32.rs`) |
//! | arcsinh | 0 (ported; glibc differed in 13% of [-10, 10]) | 0 (`__svml_asinhf16`, ported in `svml/f32.rs`) |
//! | arccosh | 0 (ported; glibc differed in 12% of [1, 10]) | not measured |
//! | arctanh | 0 (ported; glibc differed in 18% of [-1, 1]) | not measured |
//!
//! float64 `arctan2` (element.rs's `math2`, through `Kernels::atan2`) is
//! SVML's `__svml_atan28_ha`, ported in `svml/atan2.rs` except for its
//! rare path's general branch (denormal or huge inputs whose exponents are
//! within 53 of each other), where glibc stands in.
//! float32 `arctan2` is `__svml_atan2f16`, ported in `svml/f32.rs` for
//! magnitudes in [2^-125, 2^123) (0 differences in 88654 oracle inputs);
//! its rare path is not ported and glibc stands in for the other lanes.
//!
//! float16 (exp, log, sin, tanh measured): 0 differences, since one
//! rounding to half precision hides the float32 last-bit differences.
//! Exact values (exp(0), log(1), sin(0), cbrt(27), …), infinities, NaN and
//! signed zeros agree on every path.

use super::cast::{FpStatus, cast_array};
use super::libm;
use super::simd_sincos;
use super::simd_tanh;
use super::svml;
use super::ufuncs::Ufunc;
use super::{Array, DType, Stored};
use crate::error::{Error, Exc, Result};
use half::f16;
use num_complex::Complex;
use num_traits::Float;

/// What one call of the element function does to the FP status, as the C
/// functions raise it: NaN from a number is invalid, an infinity from a
/// finite number is a pole (divide by zero) for the logarithms and an
/// overflow for the others.
fn flags(op: Ufunc, x_finite: bool, x_nan: bool, r_inf: bool, r_nan: bool, fp: &mut FpStatus) {
    if r_nan && !x_nan {
        fp.invalid = true;
    }
    if r_inf && x_finite {
        match op {
            // Poles: atanh(±1) is one too.
            Ufunc::Log | Ufunc::Log2 | Ufunc::Log10 | Ufunc::Log1p | Ufunc::Arctanh => {
                fp.divide_by_zero = true
            }
            _ => fp.overflow = true,
        }
    }
}

trait Transc: Copy + Stored {
    fn finite(self) -> bool;
    fn nan(self) -> bool;
    fn inf(self) -> bool;
}

macro_rules! transc_class {
    ($($t:ty),*) => {$(
        impl Transc for $t {
            fn finite(self) -> bool { self.is_finite() }
            fn nan(self) -> bool { self.is_nan() }
            fn inf(self) -> bool { self.is_infinite() }
        }
    )*};
}
transc_class!(f16, f32, f64);

/// The element functions of one float dtype, as NumPy computes them on
/// the oracle's CPU: SVML's or NumPy's own where ported, glibc's (Rust's
/// `f64::exp2` and friends) otherwise.
pub(super) trait Kernels: Sized {
    fn exp(self) -> Self;
    fn log(self) -> Self;
    fn exp2(self) -> Self;
    fn expm1(self) -> Self;
    fn log2(self) -> Self;
    fn log10(self) -> Self;
    fn log1p(self) -> Self;
    fn sin(self) -> Self;
    fn cos(self) -> Self;
    fn tan(self) -> Self;
    fn asin(self) -> Self;
    fn acos(self) -> Self;
    fn atan(self) -> Self;
    fn sinh(self) -> Self;
    fn cosh(self) -> Self;
    fn tanh(self) -> Self;
    fn asinh(self) -> Self;
    fn acosh(self) -> Self;
    fn atanh(self) -> Self;
    fn cbrt(self) -> Self;
    /// `np.arctan2(self, x)`.
    fn atan2(self, x: Self) -> Self;
}

/// Kernel methods that call the inherent (glibc) function of the same name.
macro_rules! libm_kernels {
    ($($name:ident => $libm:ident),* $(,)?) => {$(
        fn $name(self) -> Self {
            self.$libm()
        }
    )*};
}

impl Kernels for f64 {
    fn exp(self) -> f64 {
        svml::exp(self)
    }
    fn log(self) -> f64 {
        svml::log(self)
    }
    fn exp2(self) -> f64 {
        svml::exp2(self)
    }
    fn log2(self) -> f64 {
        svml::log2(self)
    }
    fn log10(self) -> f64 {
        svml::log10(self)
    }
    fn log1p(self) -> f64 {
        svml::log1p(self)
    }
    fn sinh(self) -> f64 {
        svml::sinh(self)
    }
    fn cosh(self) -> f64 {
        svml::cosh(self)
    }
    fn atan(self) -> f64 {
        svml::atan(self)
    }
    fn cbrt(self) -> f64 {
        svml::cbrt(self)
    }
    fn asin(self) -> f64 {
        svml::asin(self)
    }
    fn acos(self) -> f64 {
        svml::acos(self)
    }
    fn expm1(self) -> f64 {
        svml::expm1(self)
    }
    libm_kernels!(sin => sin, cos => cos);
    fn tan(self) -> f64 {
        svml::tan(self)
    }
    fn atan2(self, x: f64) -> f64 {
        svml::atan2(self, x)
    }
    fn tanh(self) -> f64 {
        simd_tanh::tanh_f64(self)
    }
    fn asinh(self) -> f64 {
        svml::asinh(self)
    }
    fn acosh(self) -> f64 {
        svml::acosh(self)
    }
    fn atanh(self) -> f64 {
        svml::atanh(self)
    }
}

impl Kernels for f32 {
    fn exp(self) -> f32 {
        simd_exp_f32(self)
    }
    fn log(self) -> f32 {
        simd_log_f32(self)
    }
    fn cbrt(self) -> f32 {
        svml::f32::cbrt(self)
    }
    fn sinh(self) -> f32 {
        svml::f32::sinh(self)
    }
    fn cosh(self) -> f32 {
        svml::f32::cosh(self)
    }
    fn atan(self) -> f32 {
        svml::f32::atan(self)
    }
    fn asin(self) -> f32 {
        svml::f32::asin(self)
    }
    fn acos(self) -> f32 {
        svml::f32::acos(self)
    }
    fn tan(self) -> f32 {
        svml::f32::tan(self)
    }
    fn exp2(self) -> f32 {
        svml::f32::exp2(self)
    }
    fn expm1(self) -> f32 {
        svml::f32::expm1(self)
    }
    fn log1p(self) -> f32 {
        svml::f32::log1p(self)
    }
    fn log2(self) -> f32 {
        svml::f32::log2(self)
    }
    fn log10(self) -> f32 {
        svml::f32::log10(self)
    }
    fn tanh(self) -> f32 {
        simd_tanh::tanh_f32(self)
    }
    fn sin(self) -> f32 {
        simd_sincos::sin_f32(self)
    }
    fn atan2(self, x: f32) -> f32 {
        svml::f32::atan2(self, x)
    }
    fn cos(self) -> f32 {
        simd_sincos::cos_f32(self)
    }
    fn asinh(self) -> f32 {
        svml::f32::asinh(self)
    }
    fn acosh(self) -> f32 {
        libm::acoshf(self)
    }
    fn atanh(self) -> f32 {
        libm::atanhf(self)
    }
}

/// Runs `$body` with `$f` bound to `op`'s element function on `$t` (its
/// `Kernels` method): one match per call, so each arm's loop is
/// monomorphic. None for a ufunc that is not here.
macro_rules! with_kernel {
    ($op:expr, $t:ty, |$f:ident| $body:expr) => {
        match $op {
            Ufunc::Exp => {
                let $f = <$t as Kernels>::exp;
                Some($body)
            }
            Ufunc::Log => {
                let $f = <$t as Kernels>::log;
                Some($body)
            }
            Ufunc::Exp2 => {
                let $f = <$t as Kernels>::exp2;
                Some($body)
            }
            Ufunc::Expm1 => {
                let $f = <$t as Kernels>::expm1;
                Some($body)
            }
            Ufunc::Log2 => {
                let $f = <$t as Kernels>::log2;
                Some($body)
            }
            Ufunc::Log10 => {
                let $f = <$t as Kernels>::log10;
                Some($body)
            }
            Ufunc::Log1p => {
                let $f = <$t as Kernels>::log1p;
                Some($body)
            }
            Ufunc::Sin => {
                let $f = <$t as Kernels>::sin;
                Some($body)
            }
            Ufunc::Cos => {
                let $f = <$t as Kernels>::cos;
                Some($body)
            }
            Ufunc::Tan => {
                let $f = <$t as Kernels>::tan;
                Some($body)
            }
            Ufunc::Arcsin => {
                let $f = <$t as Kernels>::asin;
                Some($body)
            }
            Ufunc::Arccos => {
                let $f = <$t as Kernels>::acos;
                Some($body)
            }
            Ufunc::Arctan => {
                let $f = <$t as Kernels>::atan;
                Some($body)
            }
            Ufunc::Sinh => {
                let $f = <$t as Kernels>::sinh;
                Some($body)
            }
            Ufunc::Cosh => {
                let $f = <$t as Kernels>::cosh;
                Some($body)
            }
            Ufunc::Tanh => {
                let $f = <$t as Kernels>::tanh;
                Some($body)
            }
            Ufunc::Arcsinh => {
                let $f = <$t as Kernels>::asinh;
                Some($body)
            }
            Ufunc::Arccosh => {
                let $f = <$t as Kernels>::acosh;
                Some($body)
            }
            Ufunc::Arctanh => {
                let $f = <$t as Kernels>::atanh;
                Some($body)
            }
            Ufunc::Cbrt => {
                let $f = <$t as Kernels>::cbrt;
                Some($body)
            }
            _ => None,
        }
    };
}

/// `poly * 2^q` rounded once, as AVX-512's `vscalefps` does (the product is
/// exact in float64 for the exponents these kernels produce).
fn scalef_f32(poly: f32, q: f32) -> f32 {
    (poly as f64 * 2f64.powi(q as i32)) as f32
}

/// NumPy's float32 `exp` (`simd_exp_FLOAT` in
/// `loops_exponent_log.dispatch.c.src`, which NumPy runs on every AVX2/AVX-512
/// CPU, for scalars too): Cody-Waite reduction by ln 2 and a Remez rational
/// approximation, lane by lane.
// NumPy's constants, as written in npy_math.h.
#[allow(clippy::excessive_precision)]
fn simd_exp_f32(x: f32) -> f32 {
    const XMAX: f32 = 88.72283935546875;
    const XMIN: f32 = -103.97208404541015625;
    const C1: f32 = -6.93145752e-1;
    const C2: f32 = -1.42860677e-6;
    const P: [f32; 6] = [
        9.999999999980870924916e-01,
        7.257664613233124478488e-01,
        2.473615434895520810817e-01,
        5.114512081637298353406e-02,
        6.757896990527504603057e-03,
        5.082762527590693718096e-04,
    ];
    const Q: [f32; 3] = [
        1.000000000000000000000e+00,
        -2.742335390411667452936e-01,
        2.159509375685829852307e-02,
    ];
    const MAGIC: f32 = 12582912.0; // 0x1.8p23
    if x.is_nan() {
        return f32::NAN;
    }
    if x >= XMAX {
        return f32::INFINITY;
    }
    if x <= XMIN {
        return 0.0;
    }
    let quadrant = x * std::f32::consts::LOG2_E;
    let quadrant = (quadrant + MAGIC) - MAGIC;
    let r = quadrant.mul_add(C1, x);
    let r = quadrant.mul_add(C2, r);
    let r = quadrant.mul_add(0.0, r);
    let mut num = P[5].mul_add(r, P[4]);
    num = num.mul_add(r, P[3]);
    num = num.mul_add(r, P[2]);
    num = num.mul_add(r, P[1]);
    num = num.mul_add(r, P[0]);
    let den = Q[2].mul_add(r, Q[1]).mul_add(r, Q[0]);
    scalef_f32(num / den, quadrant)
}

/// `x = m * 2^e` with m in [0.5, 1), subnormals included (AVX-512's
/// `getmant`/`getexp + 1`).
fn frexp_f32(x: f32) -> (f32, f32) {
    let (m, e) = {
        let d = x as f64;
        let bits = d.to_bits();
        let e = ((bits >> 52) & 0x7ff) as i32 - 1022;
        let m = f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52));
        (m, e)
    };
    (m as f32, e as f32)
}

/// NumPy's float32 `log` (`simd_log_FLOAT`): the mantissa in [sqrt(1/2),
/// sqrt(2)), a Remez rational approximation of log(1 + x), plus e·ln 2.
// NumPy's constants, as written in npy_math.h.
#[allow(clippy::excessive_precision)]
fn simd_log_f32(x: f32) -> f32 {
    const P: [f32; 6] = [
        0.000000000000000000000e+00,
        9.999999999999998702752e-01,
        2.112677543073053063722e+00,
        1.480000633576506585156e+00,
        3.808837741388407920751e-01,
        2.589979117907922693523e-02,
    ];
    const Q: [f32; 6] = [
        1.000000000000000000000e+00,
        2.612677543073109236779e+00,
        2.453006071784736363091e+00,
        9.864942958519418960339e-01,
        1.546476374983906719538e-01,
        5.875095403124574342950e-03,
    ];
    if x.is_nan() {
        return f32::NAN;
    }
    if x < 0.0 {
        return -f32::NAN;
    }
    if x == 0.0 {
        return f32::NEG_INFINITY;
    }
    if x == f32::INFINITY {
        return f32::INFINITY;
    }
    let (mut m, mut e) = frexp_f32(x);
    if m <= std::f32::consts::FRAC_1_SQRT_2 {
        m = m + m;
        e -= 1.0;
    }
    let m = m - 1.0;
    let mut num = P[5].mul_add(m, P[4]);
    num = num.mul_add(m, P[3]);
    num = num.mul_add(m, P[2]);
    num = num.mul_add(m, P[1]);
    num = num.mul_add(m, P[0]);
    let mut den = Q[5].mul_add(m, Q[4]);
    den = den.mul_add(m, Q[3]);
    den = den.mul_add(m, Q[2]);
    den = den.mul_add(m, Q[1]);
    den = den.mul_add(m, Q[0]);
    e.mul_add(std::f32::consts::LN_2, num / den)
}

fn run<T: Transc>(op: Ufunc, a: &Array, fp: &mut FpStatus, f: impl Fn(T) -> T) -> Array {
    let out: Vec<T> = a
        .to_vec::<T>()
        .into_iter()
        .map(|x| {
            let r = f(x);
            flags(op, x.finite(), x.nan(), r.inf(), r.nan(), fp);
            r
        })
        .collect();
    Array::from_vec(out, a.shape().to_vec())
}

/// `np.<op>(a)` in the loop dtype `input` that `unary::resolve` picked.
pub fn unary(op: Ufunc, a: &Array, input: DType) -> Result<Array> {
    let x = cast_array(a, input)?;
    let mut fp = FpStatus::default();
    let fp = &mut fp;
    let r = match input {
        DType::Float64 => with_kernel!(op, f64, |f| run(op, &x, fp, f)),
        DType::Float32 => with_kernel!(op, f32, |f| run(op, &x, fp, f)),
        // Half precision: computed in float32 and rounded once, as NumPy's
        // generic half loop (`npy_float_to_half(npy_expf(x))`) does; the
        // rounding overflows to inf past 65504, which NumPy's conversion
        // reports too.
        DType::Float16 => with_kernel!(op, f32, |f| run(op, &x, fp, |h: f16| f16::from_f32(f(
            h.to_f32()
        )))),
        DType::Complex128 if op == Ufunc::Exp => Some(complex_exp::<f64>(&x, fp)),
        DType::Complex64 if op == Ufunc::Exp => Some(complex_exp::<f32>(&x, fp)),
        _ => {
            return Err(Error::new(
                Exc::NotImplementedError,
                format!("npcalc's np.{} takes real numbers only", op.name()),
            ));
        }
    };
    let Some(r) = r else {
        return Err(Error::new(
            Exc::SystemError,
            format!(
                "npcalc internal error: np.{} has no element function",
                op.name()
            ),
        ));
    };
    fp.report(op.name());
    Ok(r)
}

/// `np.exp` of complex numbers: NumPy's loop (`nc_exp` → `npy_cexp`) calls
/// the C library's `cexp`, so this is glibc's `s_cexp_template.c` (built on
/// `exp` and `sincos`, which Rust's float methods call), with the FP flags
/// that code raises.
fn complex_exp<F: Float + Stored>(a: &Array, fp: &mut FpStatus) -> Array
where
    Complex<F>: Stored,
{
    let out: Vec<Complex<F>> = a
        .to_vec::<Complex<F>>()
        .into_iter()
        .map(|z| cexp(z, fp))
        .collect();
    Array::from_vec(out, a.shape().to_vec())
}

fn cexp<F: Float>(z: Complex<F>, fp: &mut FpStatus) -> Complex<F> {
    let (re, im) = (z.re, z.im);
    // sin and cos of the imaginary part; below the smallest normal, sincos
    // would only underflow, so glibc takes (im, 1).
    let sincos = || {
        if im.abs() > F::min_positive_value() {
            im.sin_cos()
        } else {
            (im, F::one())
        }
    };
    if re.is_finite() {
        if !im.is_finite() {
            fp.invalid = true;
            return Complex::new(F::nan(), F::nan());
        }
        // glibc's t = (int) ((MAX_EXP - 1) * ln 2): 709 for double, 88 for
        // float, which is also the floor of ln(MAX).
        let t = F::max_value().ln().floor();
        let (mut sin, mut cos) = sincos();
        let mut re = re;
        // Scale by e^t at most twice so that e^re * cos(im) stays finite
        // where it can.
        for _ in 0..2 {
            if re > t {
                let exp_t = t.exp();
                re = re - t;
                sin = sin * exp_t;
                cos = cos * exp_t;
            }
        }
        let r = if re > t {
            Complex::new(F::max_value() * cos, F::max_value() * sin)
        } else {
            let e = re.exp();
            Complex::new(e * cos, e * sin)
        };
        if r.re.is_infinite() || r.im.is_infinite() {
            fp.overflow = true;
        }
        r
    } else if re.is_infinite() {
        if im.is_finite() {
            let value = if re.is_sign_negative() {
                F::zero()
            } else {
                F::infinity()
            };
            if im == F::zero() {
                return Complex::new(value, im);
            }
            let (sin, cos) = sincos();
            Complex::new(value.copysign(cos), value.copysign(sin))
        } else if re.is_sign_positive() {
            // inf - inf is invalid; NaN - NaN is quiet. The subtraction
            // itself gives the NaN whose sign bit glibc's result has.
            fp.invalid |= im.is_infinite();
            #[allow(clippy::eq_op)]
            let nan = im - im;
            Complex::new(F::infinity(), nan)
        } else {
            Complex::new(F::zero(), F::zero().copysign(im))
        }
    } else if im == F::zero() {
        Complex::new(F::nan(), im)
    } else {
        fp.invalid |= !im.is_nan();
        Complex::new(F::nan(), F::nan())
    }
}
