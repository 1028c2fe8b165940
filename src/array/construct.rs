//! Array creation with NumPy's dtype inference and value generation:
//! `ones`, `arange` (NumPy's length rule and fill), `linspace`.

use super::{Array, DType, Scalar, alloc_vec, cast_scalar};
use crate::error::{Error, Result};

/// A numeric argument as Python gave it: ints stay exact.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Num {
    Int(i128),
    Float(f64),
    Complex(f64, f64),
}

impl Num {
    /// The value stored as an element of `dtype`.
    fn scalar(self, dtype: DType) -> Scalar {
        match self {
            Num::Int(i) if i >= i64::MIN as i128 && i <= i64::MAX as i128 => {
                cast_scalar(Scalar::Int64(i as i64), dtype)
            }
            Num::Int(i) if i >= 0 && i <= u64::MAX as i128 => {
                cast_scalar(Scalar::UInt64(i as u64), dtype)
            }
            Num::Int(i) => cast_scalar(Scalar::Float64(i as f64), dtype),
            Num::Float(f) => cast_scalar(Scalar::Float64(f), dtype),
            Num::Complex(re, im) => cast_scalar(
                Scalar::Complex128(num_complex::Complex64::new(re, im)),
                dtype,
            ),
        }
    }
}

/// A new array of `shape` with every element `value` (already of its dtype).
pub fn filled(value: Scalar, shape: Vec<usize>) -> Result<Array> {
    crate::with_dtype!(value.dtype(), T => {
        let mut v: Vec<T> = alloc_vec(value.dtype(), &shape)?;
        let x = <T as super::Element>::from_scalar(value).expect("scalar of the array's dtype");
        let n = super::shape_size(&shape).unwrap_or(0);
        // In blocks, so Ctrl-C stops `np.ones(10**9)` at once.
        while v.len() < n {
            super::signals::poll();
            v.resize(n.min(v.len() + super::signals::BLOCK), x);
        }
        Ok(Array::from_vec(v, shape))
    })
}

/// `np.ones(shape, dtype)`.
pub fn ones(dtype: DType, shape: Vec<usize>) -> Result<Array> {
    filled(cast_scalar(Scalar::Bool(true), dtype), shape)
}

/// NumPy's `_arange_safe_ceil_to_intp` on `value = (stop - start) / step`:
/// a quotient that underflowed to zero (or divided by infinity) gives one
/// element or none by its sign; otherwise `ceil(value)`, where NaN cannot be
/// a length, a ceiling outside `[-2**63, 2**63]` overflows, and `2**63`
/// itself wraps to a negative length (NumPy's C cast), so gives none.
pub fn arange_length(value: f64, val_is_zero: bool, next_is_nonzero: bool) -> Result<usize> {
    if val_is_zero && next_is_nonzero {
        return Ok(usize::from(!value.is_sign_negative()));
    }
    let ivalue = value.ceil();
    if ivalue.is_nan() {
        return Err(Error::value_error("arange: cannot compute length"));
    }
    if !(-(2f64.powi(63)) <= ivalue && ivalue <= 2f64.powi(63)) {
        return Err(Error::value_error("Maximum allowed size exceeded"));
    }
    Ok(if ivalue > 0.0 && ivalue < 2f64.powi(63) {
        ivalue as usize
    } else {
        0
    })
}

/// `np.arange` once its length is known: the first two values are given,
/// the rest come from the dtype's fill rule `start + i * (second - first)`,
/// as NumPy does.
pub fn arange(start: Num, second: Num, len: usize, dtype: DType) -> Result<Array> {
    // NumPy's BOOL_fill refuses; it runs only past the two given values.
    if dtype == DType::Bool && len > 2 {
        return Err(Error::type_error(
            "arange() is only supported for booleans when the result has at most length 2.",
        ));
    }
    let first = start.scalar(dtype);
    let second = second.scalar(dtype);
    crate::with_dtype!(dtype, T => {
        let mut v: Vec<T> = alloc_vec(dtype, &[len])?;
        let a = <T as super::Element>::from_scalar(first).expect("dtype");
        let b = <T as super::Element>::from_scalar(second).expect("dtype");
        fill::<T>(&mut v, a, b, len);
        Ok(Array::from_vec(v, vec![len]))
    })
}

/// NumPy's `@TYPE@_fill`: buffer[i] = start + i*delta, delta = buffer[1] - buffer[0],
/// computed in the element type (float16 in float32).
fn fill<T: Fill>(v: &mut Vec<T>, first: T, second: T, len: usize) {
    if len > 0 {
        v.push(first);
    }
    if len > 1 {
        v.push(second);
    }
    let delta = T::delta(first, second);
    for i in 2..len {
        super::signals::poll();
        v.push(T::at(first, delta, i));
    }
}

trait Fill: Copy {
    type Acc: Copy;
    fn delta(first: Self, second: Self) -> Self::Acc;
    fn at(first: Self, delta: Self::Acc, i: usize) -> Self;
}

macro_rules! int_fill {
    ($($t:ty),*) => {$(
        impl Fill for $t {
            type Acc = $t;
            fn delta(a: $t, b: $t) -> $t { b.wrapping_sub(a) }
            fn at(a: $t, d: $t, i: usize) -> $t { a.wrapping_add((i as $t).wrapping_mul(d)) }
        }
    )*};
}
int_fill!(i8, i16, i32, i64, u8, u16, u32, u64);

impl Fill for bool {
    type Acc = bool;
    fn delta(_: bool, b: bool) -> bool {
        b
    }
    fn at(_: bool, d: bool, _: usize) -> bool {
        d
    }
}
impl Fill for f64 {
    type Acc = f64;
    fn delta(a: f64, b: f64) -> f64 {
        b - a
    }
    fn at(a: f64, d: f64, i: usize) -> f64 {
        a + i as f64 * d
    }
}
impl Fill for f32 {
    type Acc = f32;
    fn delta(a: f32, b: f32) -> f32 {
        b - a
    }
    fn at(a: f32, d: f32, i: usize) -> f32 {
        a + i as f32 * d
    }
}
impl Fill for half::f16 {
    type Acc = f32;
    fn delta(a: half::f16, b: half::f16) -> f32 {
        b.to_f32() - a.to_f32()
    }
    fn at(a: half::f16, d: f32, i: usize) -> half::f16 {
        half::f16::from_f32(a.to_f32() + i as f32 * d)
    }
}
impl Fill for num_complex::Complex64 {
    type Acc = num_complex::Complex64;
    fn delta(a: Self, b: Self) -> Self {
        b - a
    }
    fn at(a: Self, d: Self, i: usize) -> Self {
        a + d * i as f64
    }
}
impl Fill for num_complex::Complex32 {
    type Acc = num_complex::Complex32;
    fn delta(a: Self, b: Self) -> Self {
        b - a
    }
    fn at(a: Self, d: Self, i: usize) -> Self {
        a + d * i as f32
    }
}

/// `np.linspace(start, stop, num, endpoint, dtype)` and its step, computed
/// in float64 as numpy/_core/function_base.py does.
pub fn linspace(
    start: f64,
    stop: f64,
    num: usize,
    endpoint: bool,
    dtype: Option<DType>,
) -> Result<(Array, f64)> {
    let div = if endpoint { num.saturating_sub(1) } else { num };
    let delta = stop - start;
    let mut y: Vec<f64> = alloc_vec(DType::Float64, &[num])?;
    y.extend((0..num).map(|i| i as f64));
    let step = if div > 0 {
        let step = delta / div as f64;
        if step == 0.0 {
            y.iter_mut().for_each(|v| *v = *v / div as f64 * delta);
        } else {
            y.iter_mut().for_each(|v| *v *= step);
        }
        step
    } else {
        y.iter_mut().for_each(|v| *v *= delta);
        f64::NAN
    };
    y.iter_mut().for_each(|v| *v += start);
    if endpoint && num > 1 {
        y[num - 1] = stop;
    }
    let out = Array::from_vec(y, vec![num]);
    Ok(match dtype {
        Some(d) if d.is_integer() => {
            let floored: Vec<f64> = out.to_vec::<f64>().into_iter().map(f64::floor).collect();
            (
                super::cast_array(&Array::from_vec(floored, vec![num]), d)?,
                step,
            )
        }
        Some(d) if d != DType::Float64 => (super::cast_array(&out, d)?, step),
        _ => (out, step),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arange_like_numpy() {
        // NumPy 2.4.6 results: np.arange(1, 2, 0.3), np.arange(10, 0, -3).
        let a = arange(Num::Int(1), Num::Float(1.3), 4, DType::Float64).unwrap();
        assert_eq!(a.to_vec::<f64>(), vec![1.0, 1.3, 1.6, 1.9000000000000001]);
        let a = arange(Num::Int(10), Num::Int(7), 4, DType::Int64).unwrap();
        assert_eq!(a.to_vec::<i64>(), vec![10, 7, 4, 1]);
        assert_eq!(arange_length(10.0 / 3.0, false, true).unwrap(), 4);
        // np.arange(0, 1, np.inf) is [0.]; np.arange(0, -1, np.inf) is empty.
        assert_eq!(arange_length(0.0, true, true).unwrap(), 1);
        assert_eq!(arange_length(-0.0, true, true).unwrap(), 0);
        // np.arange(2**63 - 1) is empty (the length 2**63 wraps in C).
        assert_eq!(arange_length(2f64.powi(63), false, true).unwrap(), 0);
        assert_eq!(
            arange_length(f64::NAN, false, true)
                .unwrap_err()
                .last_line(),
            "ValueError: arange: cannot compute length"
        );
        assert_eq!(
            arange_length(1e19, false, true).unwrap_err().last_line(),
            "ValueError: Maximum allowed size exceeded"
        );
    }

    #[test]
    fn linspace_like_numpy() {
        let (a, step) = linspace(0.0, 1.0, 5, true, None).unwrap();
        assert_eq!(a.to_vec::<f64>(), vec![0.0, 0.25, 0.5, 0.75, 1.0]);
        assert_eq!(step, 0.25);
        assert_eq!(
            linspace(0.0, 1.0, 7, true, None).unwrap().0.to_vec::<f64>()[3],
            0.5
        );
        assert_eq!(
            linspace(0.0, 10.0, 4, true, Some(DType::Int64))
                .unwrap()
                .0
                .to_vec::<i64>(),
            vec![0, 3, 6, 10]
        );
        // A regression: a huge num is NumPy's memory error, not an abort.
        assert_eq!(
            linspace(0.0, 1.0, 1_000_000_000_000, true, None)
                .unwrap_err()
                .class
                .qualname(),
            "numpy._core._exceptions._ArrayMemoryError"
        );
    }
}
