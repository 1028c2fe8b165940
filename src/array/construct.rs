//! Array creation with NumPy's dtype inference and value generation:
//! `ones`, `arange` (NumPy's length rule and fill), `linspace`.

use super::promote::{Operand, Weak, weak_result_type};
use super::ufunc::{binary_as, binary_inplace};
use super::{Array, DType, Scalar, Ufunc, alloc_vec, cast_scalar};
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

/// `np.linspace(start, stop, num, endpoint, dtype, axis)` as
/// numpy/_core/function_base.py computes it: everything in `dt`, the
/// inexact NEP 50 result type of start and stop (float32 stays float32),
/// then floored for an integer `dtype` and cast. Returns the samples, the
/// step (None for NumPy's Python `nan` when there are no steps), and
/// whether NumPy's answer is a view (it scales its `arange` in place when
/// the step is a scalar, and `moveaxis` views; a cast copies).
pub fn linspace(
    start: &Operand,
    stop: &Operand,
    num: usize,
    endpoint: bool,
    dtype: Option<DType>,
    axis: i64,
) -> Result<(Array, Option<Array>, bool)> {
    // `_array_converter.result_type(ensure_inexact=True)`.
    let dt = weak_result_type(
        [start, stop].iter().filter_map(|o| o.strong_dtype()),
        [start, stop]
            .iter()
            .filter_map(|o| o.weak_kind())
            .chain([Weak::Float]),
    );
    let div = if endpoint { num.saturating_sub(1) } else { num };
    let (s, e) = (start.to_array(dt)?, stop.to_array(dt)?);
    let arr = |a: &Array| Operand::Array(a.clone());
    let delta = binary_as(Ufunc::Subtract, &arr(&e), &arr(&s), false)?;
    let scalar_step = delta.ndim() == 0;
    let mut dims = vec![-1isize];
    dims.extend(std::iter::repeat_n(1, delta.ndim()));
    let mut y = super::shape::reshape(&arange(Num::Int(0), Num::Int(1), num, dt)?, &dims)?;
    // As function_base.py: `y *= step` in place when the step is a scalar
    // (one array in memory), `y = y * step` when it broadcasts wider.
    let scale = |y: Array, by: &Array| -> Result<Array> {
        if scalar_step {
            binary_inplace(Ufunc::Multiply, &y, &arr(by))?;
            Ok(y)
        } else {
            binary_as(Ufunc::Multiply, &arr(&y), &arr(by), false)
        }
    };
    let step = if div > 0 {
        let div = Operand::PyInt(div.into());
        let step = binary_as(Ufunc::TrueDivide, &arr(&delta), &div, false)?;
        let zero = binary_as(Ufunc::Equal, &arr(&step), &Operand::PyInt(0.into()), false)?;
        y = if zero.to_vec::<bool>().contains(&true) {
            // Denormal steps (gh-5437): divide first, then scale.
            binary_inplace(Ufunc::TrueDivide, &y, &div)?;
            scale(y, &delta)?
        } else {
            scale(y, &step)?
        };
        Some(step)
    } else {
        y = binary_as(Ufunc::Multiply, &arr(&y), &arr(&delta), false)?;
        None
    };
    binary_inplace(Ufunc::Add, &y, &arr(&s))?;
    if endpoint && num > 1 {
        // y[-1, ...] = stop
        let rest = y.shape()[1..].to_vec();
        let mut last_shape = vec![1];
        last_shape.extend(&rest);
        let last = super::shape::broadcast_to(&e, &rest)
            .ok_or_else(|| Error::value_error("could not broadcast stop to the samples' shape"))?;
        let last = super::shape::reshape(
            &last,
            &last_shape.iter().map(|&d| d as isize).collect::<Vec<_>>(),
        )?;
        super::copy_into(&super::layout::narrow(&y, 0, num - 1, 1), &last)?;
    }
    let mut view = div > 0 && scalar_step;
    if axis != 0 {
        let nd = y.ndim();
        let dest = super::layout::normalize_axis(axis, nd).map_err(|_| {
            Error::new(
                crate::error::Exc::AxisError,
                format!("destination: axis {axis} is out of bounds for array of dimension {nd}"),
            )
        })?;
        y = super::layout::moveaxis(&y, &[0], &[dest]);
        view = true;
    }
    let y = match dtype {
        Some(d) if d.is_integer() => {
            view = false;
            super::cast_array(&super::unary::unary(Ufunc::Floor, &y)?, d)?
        }
        Some(d) if d != dt => {
            view = false;
            super::cast_array(&y, d)?
        }
        _ => y,
    };
    Ok((y, step, view))
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

    fn lin(start: f64, stop: f64, num: usize, dtype: Option<DType>) -> Result<Array> {
        let (a, b) = (Operand::PyFloat(start), Operand::PyFloat(stop));
        Ok(linspace(&a, &b, num, true, dtype, 0)?.0)
    }

    #[test]
    fn linspace_like_numpy() {
        let (a, step, view) = linspace(
            &Operand::PyFloat(0.0),
            &Operand::PyInt(1.into()),
            5,
            true,
            None,
            0,
        )
        .unwrap();
        assert_eq!(a.to_vec::<f64>(), vec![0.0, 0.25, 0.5, 0.75, 1.0]);
        assert_eq!(step.unwrap().to_vec::<f64>(), vec![0.25]);
        assert!(view);
        assert_eq!(lin(0.0, 1.0, 7, None).unwrap().to_vec::<f64>()[3], 0.5);
        assert_eq!(
            lin(0.0, 10.0, 4, Some(DType::Int64))
                .unwrap()
                .to_vec::<i64>(),
            vec![0, 3, 6, 10]
        );
        // np.linspace(np.float32(0), np.float32(1), 7)[2] is 0.33333334 (float32 steps).
        let f32s = Operand::Scalar(Scalar::Float32(1.0));
        let (a, _, _) = linspace(
            &Operand::Scalar(Scalar::Float32(0.0)),
            &f32s,
            7,
            true,
            None,
            0,
        )
        .unwrap();
        assert_eq!(a.to_vec::<f32>()[2], 1.0f32 / 6.0 * 2.0);
        // A regression: a huge num is NumPy's memory error, not an abort.
        assert_eq!(
            lin(0.0, 1.0, 1_000_000_000_000, None)
                .unwrap_err()
                .class
                .qualname(),
            "numpy._core._exceptions._ArrayMemoryError"
        );
    }
}
