//! The one per-dtype element trait: every ufunc's operation on two elements
//! of a loop dtype, as NumPy's inner loops compute it. Element-wise
//! arithmetic (`ufunc.rs`) and `accumulate` both call these, and report
//! floating-point trouble through one flag type, [`FpStatus`].

use super::cast::{CastFrom, Castable, FpStatus};
use super::minmax::MinMax;
use super::ufuncs::Ufunc;
use half::f16;
use num_complex::{Complex32, Complex64};

pub trait Elem: Castable + MinMax {
    /// The identities of add and multiply.
    const ZERO: Self;
    const ONE: Self;
    fn add(a: Self, b: Self, fp: &mut FpStatus) -> Self;
    fn sub(a: Self, b: Self, fp: &mut FpStatus) -> Self;
    fn mul(a: Self, b: Self, fp: &mut FpStatus) -> Self;
    fn div(a: Self, b: Self, fp: &mut FpStatus) -> Self;
    fn floor_div(a: Self, b: Self, fp: &mut FpStatus) -> Self;
    fn rem(a: Self, b: Self, fp: &mut FpStatus) -> Self;
    fn pow(a: Self, b: Self, fp: &mut FpStatus) -> Self;
    /// `power` as NumPy's array loop computes it: for float32 and float64
    /// (`@TYPE@_power` in `loops_umath_fp.dispatch.c.src`) an exponent
    /// broadcast along the loop (`stride_zero`) of -1, 0, 0.5, 1 or 2 is a
    /// division, 1, a square root, a copy or a product, and any other goes
    /// to the vector kernel (SVML's `__svml_pow8_ha` for float64,
    /// `__svml_powf16` for float32); other dtypes' loops are their scalar
    /// `pow`.
    fn pow_loop(a: Self, b: Self, _stride_zero: bool, fp: &mut FpStatus) -> Self {
        Self::pow(a, b, fp)
    }
    /// The bitwise ufuncs (and, or, xor, shifts).
    fn bit(op: Ufunc, a: Self, b: Self) -> Self;
    /// The comparison ufuncs.
    fn test(op: Ufunc, a: Self, b: Self) -> bool;
    /// A comparison ufunc's loop step: [`Elem::test`] with the flags the
    /// loop raises (none but complex's, whose C comparisons signal on NaN).
    fn compare(op: Ufunc, a: Self, b: Self, _fp: &mut FpStatus) -> bool {
        Self::test(op, a, b)
    }
    fn neg(a: Self) -> Self;
    /// Whether a value is finite / NaN, for NumPy's floating-point warnings.
    fn finite(self) -> bool;
    fn is_nan(self) -> bool;
    /// A negative integer: integer powers refuse negative exponents.
    fn is_negative_int(self) -> bool;
    /// The float-only two-input ufuncs (copysign, hypot, arctan2); only
    /// float loops exist, so other dtypes never get here.
    fn math2(_op: Ufunc, a: Self, _b: Self, _fp: &mut FpStatus) -> Self {
        a
    }
    /// `npy_atan2` (libm's atan2), which NumPy's arctan2 loop calls instead
    /// of its vector code when the output overlaps an input, as in
    /// `np.arctan2.accumulate`.
    fn atan2_libm(a: Self, _b: Self, _fp: &mut FpStatus) -> Self {
        a
    }
    /// C's fmod: the remainder with the sign of the dividend.
    fn fmod(a: Self, _b: Self, _fp: &mut FpStatus) -> Self {
        a
    }
    /// The integer-only ufuncs gcd and lcm.
    fn int2(_op: Ufunc, a: Self, _b: Self) -> Self {
        a
    }
}

macro_rules! int_elem {
    ($($t:ty),*) => {$(
        impl Elem for $t {
            const ZERO: $t = 0;
            const ONE: $t = 1;
            #[inline(always)]
            fn add(a: $t, b: $t, _: &mut FpStatus) -> $t { a.wrapping_add(b) }
            #[inline(always)]
            fn sub(a: $t, b: $t, _: &mut FpStatus) -> $t { a.wrapping_sub(b) }
            #[inline(always)]
            fn mul(a: $t, b: $t, _: &mut FpStatus) -> $t { a.wrapping_mul(b) }
            fn div(a: $t, b: $t, f: &mut FpStatus) -> $t { Self::floor_div(a, b, f) }
            fn floor_div(a: $t, b: $t, f: &mut FpStatus) -> $t {
                if b == 0 { f.divide_by_zero = true; return 0; }
                let (q, wrapped) = a.overflowing_div(b);
                // MIN // -1 wraps to MIN; NumPy's loop raises the overflow flag.
                f.overflow |= wrapped;
                #[allow(unused_comparisons)]
                let adjust = (a.wrapping_rem(b) != 0) && ((a < 0) != (b < 0));
                if adjust { q.wrapping_sub(1) } else { q }
            }
            fn fmod(a: $t, b: $t, f: &mut FpStatus) -> $t {
                if b == 0 { f.divide_by_zero = true; return 0; }
                a.wrapping_rem(b)
            }
            fn rem(a: $t, b: $t, f: &mut FpStatus) -> $t {
                if b == 0 { f.divide_by_zero = true; return 0; }
                let r = a.wrapping_rem(b);
                #[allow(unused_comparisons)]
                let adjust = r != 0 && ((r < 0) != (b < 0));
                if adjust { r.wrapping_add(b) } else { r }
            }
            /// Callers refuse negative exponents first (`is_negative_int`).
            fn pow(a: $t, b: $t, _: &mut FpStatus) -> $t {
                let mut result: $t = 1;
                let (mut base, mut e) = (a, b as u64);
                while e > 0 {
                    if e & 1 == 1 { result = result.wrapping_mul(base); }
                    base = base.wrapping_mul(base);
                    e >>= 1;
                }
                result
            }
            fn bit(op: Ufunc, a: $t, b: $t) -> $t {
                let bits = (std::mem::size_of::<$t>() * 8) as u32;
                match op {
                    Ufunc::BitAnd => a & b,
                    Ufunc::BitOr => a | b,
                    Ufunc::BitXor => a ^ b,
                    Ufunc::LeftShift => if (b as u64) < bits as u64 { a.wrapping_shl(b as u32) } else { 0 },
                    #[allow(unused_comparisons)]
                    _ => if (b as u64) < bits as u64 { a.wrapping_shr(b as u32) } else if a < 0 { !0 } else { 0 },
                }
            }
            fn test(op: Ufunc, a: $t, b: $t) -> bool { compare(op, a.partial_cmp(&b)) }
            fn neg(a: $t) -> $t { (0 as $t).wrapping_sub(a) }
            #[inline(always)]
            fn finite(self) -> bool { true }
            #[inline(always)]
            fn is_nan(self) -> bool { false }
            #[allow(unused_comparisons)]
            fn is_negative_int(self) -> bool { self < 0 }
            // NumPy's npy_gcd/npy_lcm: Euclid on absolute values (wrapping
            // for the most negative value, as C's abs does), lcm = |a / gcd * b|.
            #[allow(unused_comparisons)]
            fn int2(op: Ufunc, a: $t, b: $t) -> $t {
                let abs = |x: $t| if x < 0 { (0 as $t).wrapping_sub(x) } else { x };
                let gcd = |mut x: $t, mut y: $t| {
                    x = abs(x);
                    y = abs(y);
                    while x != 0 {
                        let c = x;
                        x = y % x;
                        y = c;
                    }
                    y
                };
                let g = gcd(a, b);
                match op {
                    Ufunc::Gcd => g,
                    _ if g == 0 => 0,
                    _ => abs((a / g).wrapping_mul(b)),
                }
            }
        }
    )*};
}
int_elem!(i8, i16, i32, i64, u8, u16, u32, u64);

fn compare(op: Ufunc, o: Option<std::cmp::Ordering>) -> bool {
    use std::cmp::Ordering::*;
    match (op, o) {
        (Ufunc::NotEqual, None) => true,
        (_, None) => false,
        (Ufunc::Equal, Some(o)) => o == Equal,
        (Ufunc::NotEqual, Some(o)) => o != Equal,
        (Ufunc::Less, Some(o)) => o == Less,
        (Ufunc::LessEqual, Some(o)) => o != Greater,
        (Ufunc::Greater, Some(o)) => o == Greater,
        _ => o.is_some_and(|o| o != Less),
    }
}

/// Whether C's fmod raises invalid: for x = inf or y = 0, NaN operands
/// staying quiet. NumPy's float floor division and remainder call it too.
fn fmod_invalid(x: f64, y: f64) -> bool {
    !x.is_nan() && !y.is_nan() && (y == 0.0 || x.is_infinite())
}

/// Python's float modulo, as NumPy's npy_remainder computes it: only the
/// remainder's operations run (the CPU flags no quotient's underflow).
fn mod_f64(a: f64, b: f64) -> f64 {
    let m = a % b;
    if b == 0.0 {
        m
    } else if m == 0.0 {
        0.0f64.copysign(b)
    } else if (b < 0.0) != (m < 0.0) {
        m + b
    } else {
        m
    }
}

/// Python's float floor division and modulo, as NumPy's npy_divmod computes them.
fn divmod_f64(a: f64, b: f64) -> (f64, f64) {
    let fm = a % b;
    if b == 0.0 {
        return (a / b, fm);
    }
    let m = mod_f64(a, b);
    let mut div = (a - fm) / b;
    if fm != 0.0 && m != fm {
        // The remainder took b's sign.
        div -= 1.0;
    }
    let floordiv = if div != 0.0 {
        let f = div.floor();
        if div - f > 0.5 { f + 1.0 } else { f }
    } else {
        0.0f64.copysign(a / b)
    };
    (floordiv, m)
}

/// One real operation of a complex loop with the IEEE flags the CPU
/// raises for it: overflow from finite operands, invalid from non-NaN ones,
/// and for division x/0 divide-by-zero (0/0 invalid, inf/0 and NaN/0 none).
pub(super) mod ieee {
    use super::{FpStatus, flag};
    use num_traits::Float;

    pub fn mul<F: Float>(x: F, y: F, fp: &mut FpStatus) -> F {
        let r = x * y;
        flag(x, y, r, fp);
        r
    }

    pub fn add<F: Float>(x: F, y: F, fp: &mut FpStatus) -> F {
        let r = x + y;
        flag(x, y, r, fp);
        r
    }

    pub fn sub<F: Float>(x: F, y: F, fp: &mut FpStatus) -> F {
        add(x, -y, fp)
    }

    pub fn div<F: Float>(x: F, y: F, fp: &mut FpStatus) -> F {
        let r = x / y;
        if y != F::zero() {
            flag(x, y, r, fp);
        } else if x == F::zero() {
            fp.invalid = true
        } else if x.is_finite() {
            fp.divide_by_zero = true
        }
        r
    }

    /// C's ordered comparison (`<`, `>=`): a NaN operand is invalid.
    pub fn ordered<F: Float>(x: F, y: F, fp: &mut FpStatus) {
        fp.invalid |= x.is_nan() || y.is_nan();
    }
}

/// NumPy's complex division (Smith's method, as in npy_math's `npy_cdiv`),
/// in the operands' own precision: complex64 divides in float32. Each
/// real operation raises its IEEE flags, as the CPU does for NumPy's loop
/// (`inf / 2` is invalid through `0 * inf` in `ai * rat`).
fn cdiv<F: num_traits::Float>(
    a: num_complex::Complex<F>,
    b: num_complex::Complex<F>,
    fp: &mut FpStatus,
) -> num_complex::Complex<F> {
    use ieee::{add, div, mul, sub};
    let (ar, ai, br, bi) = (a.re, a.im, b.re, b.im);
    let (abs_br, abs_bi) = (br.abs(), bi.abs());
    ieee::ordered(abs_br, abs_bi, fp);
    let (re, im) = if abs_br >= abs_bi {
        if abs_br == F::zero() && abs_bi == F::zero() {
            (div(ar, abs_br, fp), div(ai, abs_bi, fp))
        } else {
            let rat = div(bi, br, fp);
            let scl = div(F::one(), add(br, mul(bi, rat, fp), fp), fp);
            let re = mul(add(ar, mul(ai, rat, fp), fp), scl, fp);
            (re, mul(sub(ai, mul(ar, rat, fp), fp), scl, fp))
        }
    } else {
        let rat = div(br, bi, fp);
        let scl = div(F::one(), add(bi, mul(br, rat, fp), fp), fp);
        let re = mul(add(mul(ar, rat, fp), ai, fp), scl, fp);
        (re, mul(sub(mul(ai, rat, fp), ar, fp), scl, fp))
    };
    num_complex::Complex::new(re, im)
}

/// NumPy's bool add and multiply loops are logical or and and.
impl Elem for bool {
    const ZERO: bool = false;
    const ONE: bool = true;
    #[inline(always)]
    fn add(a: bool, b: bool, _: &mut FpStatus) -> bool {
        a | b
    }
    fn sub(a: bool, b: bool, _: &mut FpStatus) -> bool {
        a ^ b
    }
    #[inline(always)]
    fn mul(a: bool, b: bool, _: &mut FpStatus) -> bool {
        a & b
    }
    fn div(a: bool, _: bool, _: &mut FpStatus) -> bool {
        a
    }
    fn floor_div(a: bool, _: bool, _: &mut FpStatus) -> bool {
        a
    }
    fn rem(_: bool, _: bool, _: &mut FpStatus) -> bool {
        false
    }
    fn pow(_: bool, _: bool, _: &mut FpStatus) -> bool {
        true
    }
    fn bit(op: Ufunc, a: bool, b: bool) -> bool {
        match op {
            Ufunc::BitAnd => a & b,
            Ufunc::BitOr => a | b,
            _ => a ^ b,
        }
    }
    fn test(op: Ufunc, a: bool, b: bool) -> bool {
        compare(op, a.partial_cmp(&b))
    }
    fn neg(a: bool) -> bool {
        !a
    }
    #[inline(always)]
    fn finite(self) -> bool {
        true
    }
    #[inline(always)]
    fn is_nan(self) -> bool {
        false
    }
    fn is_negative_int(self) -> bool {
        false
    }
}

/// The IEEE flags of one operation `r = a op b`, raised as the FPU would.
#[inline(always)]
fn flag<F: num_traits::Float>(a: F, b: F, r: F, fp: &mut FpStatus) {
    fp.overflow |= r.is_infinite() & a.is_finite() & b.is_finite();
    fp.invalid |= r.is_nan() & !a.is_nan() & !b.is_nan();
}

/// C's `nextafter` on the bits of the loop's own type (float16 included).
trait NextToward: Copy {
    fn next_toward(self, to: Self) -> Self;
}

macro_rules! next_toward {
    ($($t:ty: $sign:expr, $equal_gives_self:expr),*) => {$(
        impl NextToward for $t {
            fn next_toward(self, to: $t) -> $t {
                if self.is_nan() || to.is_nan() {
                    return <$t>::NAN;
                }
                if self == to {
                    // C's nextafter gives y; NumPy's half version gives x.
                    return if $equal_gives_self { self } else { to };
                }
                if self == <$t>::from_bits(0) || self == <$t>::from_bits($sign) {
                    // The smallest subnormal, with the sign of the direction.
                    let tiny = <$t>::from_bits(1);
                    return if to > self { tiny } else { <$t>::from_bits($sign | 1) };
                }
                let bits = self.to_bits();
                let away = (to > self) == (self > <$t>::from_bits(0));
                <$t>::from_bits(if away { bits + 1 } else { bits - 1 })
            }
        }
    )*};
}
next_toward!(f64: 1u64 << 63, false, f32: 1u32 << 31, false, f16: 1u16 << 15, true);

/// Float loops; `$wide` is the type a step computes in (float16 steps run
/// in float32 and round back each time, as NumPy's half loops do).
macro_rules! float_elem {
    ($t:ty, $wide:ty, $zero:expr, $one:expr, $to:expr, $from:expr, $vpow:expr, $fast:expr) => {
        impl Elem for $t {
            const ZERO: $t = $zero;
            const ONE: $t = $one;
            #[inline(always)]
            fn add(a: $t, b: $t, fp: &mut FpStatus) -> $t {
                let (x, y) = ($to(a), $to(b));
                let r = x + y;
                flag(x, y, r, fp);
                $from(r, fp)
            }
            #[inline(always)]
            fn sub(a: $t, b: $t, fp: &mut FpStatus) -> $t {
                let (x, y) = ($to(a), $to(b));
                let r = x - y;
                flag(x, y, r, fp);
                $from(r, fp)
            }
            #[inline(always)]
            fn mul(a: $t, b: $t, fp: &mut FpStatus) -> $t {
                let (x, y) = ($to(a), $to(b));
                let r = x * y;
                flag(x, y, r, fp);
                $from(r, fp)
            }
            fn div(a: $t, b: $t, f: &mut FpStatus) -> $t {
                let (x, y) = ($to(a), $to(b));
                let r = x / y;
                if y != 0.0 {
                    // inf/inf is invalid, a finite quotient past the range
                    // overflows.
                    flag(x, y, r, f);
                } else if x == 0.0 {
                    f.invalid = true
                } else if x.is_finite() {
                    // IEEE: inf/0 is an exact inf, NaN/0 quiet.
                    f.divide_by_zero = true
                }
                $from(r, f)
            }
            fn floor_div(a: $t, b: $t, f: &mut FpStatus) -> $t {
                let (x, y) = ($to(a) as f64, $to(b) as f64);
                let q = divmod_f64(x, y).0 as $wide;
                if y == 0.0 {
                    // Only the division a / b runs, with its IEEE flags.
                    if x == 0.0 {
                        f.invalid = true
                    } else if x.is_finite() {
                        f.divide_by_zero = true
                    }
                } else if fmod_invalid(x, y) {
                    f.invalid = true
                } else if q.is_infinite() && x.is_finite() {
                    // npy_divmod's quotient overflowed: `div - floor(div)`
                    // is inf - inf.
                    f.overflow = true;
                    f.invalid = true
                }
                $from(q, &mut FpStatus::default())
            }
            fn fmod(a: $t, b: $t, f: &mut FpStatus) -> $t {
                let (x, y) = ($to(a), $to(b));
                // C's fmod is exact.
                if fmod_invalid(x as f64, y as f64) {
                    f.invalid = true;
                }
                $from(x % y, &mut FpStatus::default())
            }
            fn rem(a: $t, b: $t, f: &mut FpStatus) -> $t {
                let (x, y) = ($to(a) as f64, $to(b) as f64);
                if fmod_invalid(x, y) {
                    f.invalid = true
                }
                $from(mod_f64(x, y) as $wide, &mut FpStatus::default())
            }
            fn pow(a: $t, b: $t, f: &mut FpStatus) -> $t {
                let (x, y) = ($to(a), $to(b));
                pow_flags(x == 0.0, y < 0.0 && ($fast || y.is_finite()), f);
                $from(x.powf(y), &mut FpStatus::default())
            }
            fn pow_loop(a: $t, b: $t, stride_zero: bool, f: &mut FpStatus) -> $t {
                let (x, y) = ($to(a), $to(b));
                let r = match y {
                    _ if !($fast && stride_zero) => $vpow(x, y),
                    -1.0 => 1.0 / x,
                    0.0 => 1.0,
                    0.5 => {
                        // sqrt(-inf) is invalid too (the loop only checks
                        // finite inputs).
                        f.invalid |= x < 0.0;
                        x.sqrt()
                    }
                    1.0 => x,
                    2.0 => x * x,
                    _ => $vpow(x, y),
                };
                pow_flags(x == 0.0, y < 0.0 && ($fast || y.is_finite()), f);
                $from(r, &mut FpStatus::default())
            }
            fn bit(_: Ufunc, a: $t, _: $t) -> $t {
                a
            }
            fn test(op: Ufunc, a: $t, b: $t) -> bool {
                compare(op, $to(a).partial_cmp(&$to(b)))
            }
            fn neg(a: $t) -> $t {
                -a
            }
            #[inline(always)]
            fn finite(self) -> bool {
                $to(self).is_finite()
            }
            #[inline(always)]
            fn is_nan(self) -> bool {
                $to(self).is_nan()
            }
            fn is_negative_int(self) -> bool {
                false
            }
            /// libm's copysign and hypot, and arctan2 as `transc.rs` computes
            /// it, in the loop's type (float16 computes in float32 and rounds
            /// once).
            /// logaddexp and logaddexp2 port `npy_logaddexp` and
            /// `npy_logaddexp2` (npy_math_internal.h.src); their exp, exp2
            /// and log1p are libm's (glibc), as NumPy's generic loops call.
            fn atan2_libm(a: $t, b: $t, fp: &mut FpStatus) -> $t {
                $from($to(a).atan2($to(b)), fp)
            }
            fn math2(op: Ufunc, a: $t, b: $t, fp: &mut FpStatus) -> $t {
                if op == Ufunc::Nextafter {
                    let r = a.next_toward(b);
                    fp.overflow |= r.is_infinite() && a.is_finite();
                    return r;
                }
                let (x, y) = ($to(a), $to(b));
                let r = match op {
                    Ufunc::Copysign => x.copysign(y),
                    Ufunc::Hypot => x.hypot(y),
                    Ufunc::Logaddexp | Ufunc::Logaddexp2 => {
                        let two = op == Ufunc::Logaddexp2;
                        // log2(1 + x) and exp(x) in the loop's precision.
                        let log1p = |v: $wide| {
                            if two {
                                <$wide>::ln_1p(v) * std::f64::consts::LOG2_E as $wide
                            } else {
                                v.ln_1p()
                            }
                        };
                        let exp = |v: $wide| if two { v.exp2() } else { v.exp() };
                        if x == y {
                            // Infinities of one sign, without warnings.
                            x + if two {
                                1.0
                            } else {
                                std::f64::consts::LN_2 as $wide
                            }
                        } else {
                            let tmp = x - y;
                            fp.overflow |= tmp.is_infinite() && x.is_finite() && y.is_finite();
                            if tmp > 0.0 {
                                x + log1p(exp(-tmp))
                            } else if tmp <= 0.0 {
                                y + log1p(exp(tmp))
                            } else {
                                // NaN: the ordered comparisons above raise
                                // C's invalid flag.
                                fp.invalid = true;
                                tmp
                            }
                        }
                    }
                    // npy_heaviside: NaN, x2 at zero, else 0 or 1.
                    Ufunc::Heaviside => {
                        if x.is_nan() {
                            <$wide>::NAN
                        } else if x == 0.0 {
                            y
                        } else if x < 0.0 {
                            0.0
                        } else {
                            1.0
                        }
                    }
                    _ => super::transc::Kernels::atan2(x, y),
                };
                if op == Ufunc::Hypot {
                    flag(x, y, r, fp);
                }
                $from(r, fp)
            }
        }
    };
}
/// C's `pow` raises divide-by-zero for a zero base to a negative power
/// (an infinite result that is no overflow); glibc's `powf` (float16's
/// loop) not for the power -inf, SVML's `pow` (the others') does.
fn pow_flags(zero_base: bool, negative_exponent: bool, f: &mut FpStatus) {
    if zero_base && negative_exponent {
        f.divide_by_zero = true;
    }
}

float_elem!(
    f64,
    f64,
    0.0,
    1.0,
    |x: f64| x,
    |x: f64, _: &mut FpStatus| x,
    super::svml::pow,
    true
);
float_elem!(
    f32,
    f32,
    0.0,
    1.0,
    |x: f32| x,
    |x: f32, _: &mut FpStatus| x,
    super::svml::f32::pow,
    true
);
// float16 has no loop there: HALF_power computes in float32 with powf.
float_elem!(
    f16,
    f32,
    f16::ZERO,
    f16::ONE,
    |x: f16| x.to_f32(),
    |x: f32, fp: &mut FpStatus| f16::cast_from(x, fp),
    f32::powf,
    false
);

macro_rules! complex_elem {
    ($c:ident, $f:ty, $up:expr, $down:expr) => {
        impl Elem for $c {
            const ZERO: $c = $c::new(0.0, 0.0);
            const ONE: $c = $c::new(1.0, 0.0);
            #[inline(always)]
            fn add(a: $c, b: $c, fp: &mut FpStatus) -> $c {
                $c::new(<$f>::add(a.re, b.re, fp), <$f>::add(a.im, b.im, fp))
            }
            fn sub(a: $c, b: $c, fp: &mut FpStatus) -> $c {
                $c::new(<$f>::sub(a.re, b.re, fp), <$f>::sub(a.im, b.im, fp))
            }
            /// NumPy's loop: (ar*br - ai*bi) + (ar*bi + ai*br)j, no fused ops.
            #[inline(always)]
            fn mul(a: $c, b: $c, fp: &mut FpStatus) -> $c {
                let (rr, ii) = (<$f>::mul(a.re, b.re, fp), <$f>::mul(a.im, b.im, fp));
                let (ri, ir) = (<$f>::mul(a.re, b.im, fp), <$f>::mul(a.im, b.re, fp));
                $c::new(<$f>::sub(rr, ii, fp), <$f>::add(ri, ir, fp))
            }
            fn div(a: $c, b: $c, f: &mut FpStatus) -> $c {
                cdiv(a, b, f)
            }
            fn floor_div(a: $c, _: $c, _: &mut FpStatus) -> $c {
                a
            }
            fn rem(a: $c, _: $c, _: &mut FpStatus) -> $c {
                a
            }
            /// NumPy's `npy_cpow`, in the operands' own precision: a zero
            /// exponent gives 1, a zero base 0 (or NaN, flagging invalid),
            /// an integer exponent below 100 in size multiplies by squaring
            /// (1, 2 and 3 unrolled, so `inf ** 1` stays `inf`), anything
            /// else is glibc's `cpow`, `exp(b * log(a))`.
            fn pow(a: $c, b: $c, fp: &mut FpStatus) -> $c {
                if b.re == 0.0 && b.im == 0.0 {
                    return $c::new(1.0, 0.0);
                }
                if a.re == 0.0 && a.im == 0.0 {
                    if b.re > 0.0 {
                        return $c::new(0.0, 0.0);
                    }
                    fp.invalid = true;
                    return $c::new(<$f>::NAN, <$f>::NAN);
                }
                if b.im == 0.0 && b.re > -100.0 && b.re < 100.0 && b.re == b.re.trunc() {
                    let mul = |x: $c, y: $c, fp: &mut FpStatus| <$c as Elem>::mul(x, y, fp);
                    let n = b.re as i64;
                    match n {
                        1 => return a,
                        2 => return mul(a, a, fp),
                        3 => {
                            let sq = mul(a, a, fp);
                            return mul(a, sq, fp);
                        }
                        _ => {}
                    }
                    let n = n.unsigned_abs();
                    let (mut acc, mut p, mut mask) = (Self::ONE, a, 1u64);
                    loop {
                        if n & mask != 0 {
                            acc = mul(acc, p, fp);
                        }
                        mask <<= 1;
                        if n < mask {
                            break;
                        }
                        p = mul(p, p, fp);
                    }
                    return if b.re < 0.0 {
                        cdiv(Self::ONE, acc, fp)
                    } else {
                        acc
                    };
                }
                $down($up(a).powc($up(b)))
            }
            fn bit(_: Ufunc, a: $c, _: $c) -> $c {
                a
            }
            /// NumPy's scalar comparisons (`PyArray_CLT`, …): lexicographic.
            fn test(op: Ufunc, a: $c, b: $c) -> bool {
                let o = match a.re.partial_cmp(&b.re) {
                    Some(std::cmp::Ordering::Equal) => a.im.partial_cmp(&b.im),
                    other => other,
                };
                compare(op, o)
            }
            /// The comparison loops' CLT/CLE/CGT/CGE: lexicographic, but a
            /// NaN imaginary part makes the real parts' order false (`0+nanj
            /// <= 6` is False), and C's ordered comparisons flag invalid on a
            /// NaN: the real parts are always compared, the imaginary ones
            /// when the real parts are equal.
            fn compare(op: Ufunc, a: $c, b: $c, fp: &mut FpStatus) -> bool {
                if matches!(op, Ufunc::Equal | Ufunc::NotEqual) {
                    return Self::test(op, a, b);
                }
                if a.re.is_nan()
                    || b.re.is_nan()
                    || (a.re == b.re && (a.im.is_nan() || b.im.is_nan()))
                {
                    fp.invalid = true;
                }
                let real_decides = !a.im.is_nan() && !b.im.is_nan();
                match op {
                    Ufunc::Less => (a.re < b.re && real_decides) || (a.re == b.re && a.im < b.im),
                    Ufunc::LessEqual => {
                        (a.re < b.re && real_decides) || (a.re == b.re && a.im <= b.im)
                    }
                    Ufunc::Greater => {
                        (a.re > b.re && real_decides) || (a.re == b.re && a.im > b.im)
                    }
                    _ => (a.re > b.re && real_decides) || (a.re == b.re && a.im >= b.im),
                }
            }
            fn neg(a: $c) -> $c {
                -a
            }
            #[inline(always)]
            fn finite(self) -> bool {
                self.re.is_finite() && self.im.is_finite()
            }
            #[inline(always)]
            fn is_nan(self) -> bool {
                self.re.is_nan() || self.im.is_nan()
            }
            fn is_negative_int(self) -> bool {
                false
            }
        }
    };
}
complex_elem!(Complex64, f64, |x: Complex64| x, |x: Complex64| x);
complex_elem!(
    Complex32,
    f32,
    |x: Complex32| Complex64::new(x.re as f64, x.im as f64),
    |x: Complex64| Complex32::new(x.re as f32, x.im as f32)
);
