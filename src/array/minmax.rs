//! The element operations of `np.maximum` and `np.minimum`, shared by
//! element-wise calls, `accumulate` and their reductions.
//!
//! NaN propagates. Which operand wins a tie differs by dtype, and shows for
//! `-0.0` against `0.0`: NumPy 2.4's float32/float64 loops
//! (loops_minmax.dispatch.c.src, on these x86-64 machines) give the second
//! operand, its float16 and complex loops the first.

use half::f16;
use num_complex::{Complex32, Complex64};

pub trait MinMax: Copy {
    fn np_maximum(a: Self, b: Self) -> Self;
    fn np_minimum(a: Self, b: Self) -> Self;
}

macro_rules! int_minmax {
    ($($t:ty),*) => {$(
        impl MinMax for $t {
            #[inline(always)]
            fn np_maximum(a: $t, b: $t) -> $t { a.max(b) }
            #[inline(always)]
            fn np_minimum(a: $t, b: $t) -> $t { a.min(b) }
        }
    )*};
}
int_minmax!(i8, i16, i32, i64, u8, u16, u32, u64);

impl MinMax for bool {
    #[inline(always)]
    fn np_maximum(a: bool, b: bool) -> bool {
        a | b
    }
    #[inline(always)]
    fn np_minimum(a: bool, b: bool) -> bool {
        a & b
    }
}

macro_rules! float_minmax {
    ($($t:ty),*) => {$(
        impl MinMax for $t {
            #[inline(always)]
            fn np_maximum(a: $t, b: $t) -> $t { if a.is_nan() || a > b { a } else { b } }
            #[inline(always)]
            fn np_minimum(a: $t, b: $t) -> $t { if a.is_nan() || a < b { a } else { b } }
        }
    )*};
}
float_minmax!(f32, f64);

impl MinMax for f16 {
    #[inline(always)]
    fn np_maximum(a: f16, b: f16) -> f16 {
        if a >= b || a.is_nan() { a } else { b }
    }
    #[inline(always)]
    fn np_minimum(a: f16, b: f16) -> f16 {
        if a <= b || a.is_nan() { a } else { b }
    }
}

/// NumPy orders complex numbers lexicographically; a NaN in either part of
/// the first operand wins, else the first wins ties (npy_math's CGE/CLE).
macro_rules! complex_minmax {
    ($($c:ty),*) => {$(
        impl MinMax for $c {
            #[inline(always)]
            fn np_maximum(a: $c, b: $c) -> $c {
                let ge = (a.re > b.re && !a.im.is_nan() && !b.im.is_nan())
                    || (a.re == b.re && a.im >= b.im);
                if a.re.is_nan() || a.im.is_nan() || ge { a } else { b }
            }
            #[inline(always)]
            fn np_minimum(a: $c, b: $c) -> $c {
                let le = (a.re < b.re && !a.im.is_nan() && !b.im.is_nan())
                    || (a.re == b.re && a.im <= b.im);
                if a.re.is_nan() || a.im.is_nan() || le { a } else { b }
            }
        }
    )*};
}
complex_minmax!(Complex32, Complex64);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ties_and_nans_as_numpy() {
        // NumPy 2.4.6: np.maximum(-0.0, 0.0) -> 0.0; float16 keeps -0.0.
        assert!(f64::np_maximum(-0.0, 0.0).is_sign_positive());
        assert!(f64::np_minimum(0.0, -0.0).is_sign_negative());
        assert!(f16::np_maximum(f16::NEG_ZERO, f16::ZERO).is_sign_negative());
        assert!(f64::np_maximum(1.0, f64::NAN).is_nan());
        assert!(f32::np_minimum(f32::NAN, 1.0).is_nan());
        let (a, b) = (Complex64::new(1.0, 2.0), Complex64::new(1.0, 1.0));
        assert_eq!(Complex64::np_maximum(a, b), a);
        assert_eq!(Complex64::np_minimum(a, b), b);
        assert_eq!(i8::np_maximum(-3, 2), 2);
        assert!(bool::np_maximum(false, true));
    }
}
