//! `np.round`, `np.var`/`np.std` and `np.median` as NumPy composes them
//! from ufuncs and reductions (`PyArray_Round` in calculation.c, `_var` in
//! `_core/_methods.py`, `_median` in `lib/_function_base_impl.py`), so every
//! intermediate rounds where NumPy's does.

use super::promote::Operand;
use super::reduce::{Reduction, reduce};
use super::shape::real_imag;
use super::ufunc::binary;
use super::ufuncs::Ufunc;
use super::{Array, DType, Kind, Scalar, cast_array, cast_scalar, signals, sort};
use crate::error::{Error, Result};
use half::f16;
use num_complex::{Complex32, Complex64};

/// calculation.c's `power_of_ten`.
fn power_of_ten(n: i64) -> f64 {
    const P10: [f64; 9] = [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8];
    if n < 9 {
        P10[n as usize]
    } else {
        let mut r = 1e9;
        for _ in 9..n {
            r *= 10.0;
        }
        r
    }
}

/// `np.rint` on a float array, in its own dtype (ties to even).
fn rint(a: &Array) -> Array {
    let shape = a.shape().to_vec();
    match a.dtype() {
        DType::Float16 => Array::from_vec(
            a.to_vec::<f16>()
                .iter()
                .map(|x| f16::from_f32(x.to_f32().round_ties_even()))
                .collect(),
            shape,
        ),
        DType::Float32 => Array::from_vec(
            a.to_vec::<f32>()
                .iter()
                .map(|x| x.round_ties_even())
                .collect(),
            shape,
        ),
        _ => Array::from_vec(
            a.to_vec::<f64>()
                .iter()
                .map(|x| x.round_ties_even())
                .collect(),
            shape,
        ),
    }
}

/// `np.round(a, decimals)`: multiply by 10**decimals, rint, divide (the
/// other way round for negative decimals); integers go through float64.
pub fn round(a: &Array, decimals: i64) -> Result<Array> {
    match a.dtype().kind() {
        Kind::Complex => {
            let re = round(&real_imag(a, false)?, decimals)?;
            let im = round(&real_imag(a, true)?, decimals)?;
            let shape = a.shape().to_vec();
            Ok(if a.dtype() == DType::Complex64 {
                let v = re.to_vec::<f32>().into_iter().zip(im.to_vec::<f32>());
                Array::from_vec(v.map(|(r, i)| Complex32::new(r, i)).collect(), shape)
            } else {
                let v = re.to_vec::<f64>().into_iter().zip(im.to_vec::<f64>());
                Array::from_vec(v.map(|(r, i)| Complex64::new(r, i)).collect(), shape)
            })
        }
        Kind::Int | Kind::UInt if decimals >= 0 => Ok(a.clone()),
        Kind::Int | Kind::UInt => {
            let r = round(&cast_array(a, DType::Float64)?, decimals)?;
            cast_array(&r, a.dtype())
        }
        Kind::Bool => Err(Error::new(
            crate::error::Exc::NotImplementedError,
            "npcalc does not round bool arrays",
        )),
        Kind::Float if decimals == 0 => Ok(rint(a)),
        Kind::Float => {
            let (first, then) = if decimals > 0 {
                (Ufunc::Multiply, Ufunc::TrueDivide)
            } else {
                (Ufunc::TrueDivide, Ufunc::Multiply)
            };
            let f = Operand::PyFloat(power_of_ten(decimals.abs()));
            let x = binary(first, &Operand::Array(a.clone()), &f)?;
            binary(then, &Operand::Array(rint(&x)), &f)
        }
    }
}

/// The number of elements one reduction over `axis` (None: all) combines.
fn count(a: &Array, axes: Option<&[usize]>) -> usize {
    axes.map_or(a.size(), |axes| {
        axes.iter().map(|&d| a.shape()[d]).product()
    })
}

/// `x / n` in NumPy's `true_divide` of `x` by an `np.intp` (or, with
/// `where=`, by `_count_reduce_items`'s array of one count per element of
/// `x`), cast back to x's dtype; a 0-d `x` is divided as a NumPy scalar
/// ("scalar divide").
fn divide_by_count(x: &Array, n: &[i64], as_scalar: bool) -> Result<Array> {
    let lhs = if as_scalar {
        Operand::Scalar(x.get(&[]))
    } else {
        Operand::Array(x.clone())
    };
    let rhs = match n {
        [n] => Operand::Scalar(Scalar::Int64(*n)),
        _ => Operand::Array(Array::from_vec(n.to_vec(), x.shape().to_vec())),
    };
    let r = binary(Ufunc::TrueDivide, &lhs, &rhs)?;
    if r.dtype() == x.dtype() {
        Ok(r)
    } else {
        cast_array(&r, x.dtype())
    }
}

/// `umr_sum(a, axis, dtype, keepdims=keepdims, where=mask)`.
fn sum_of(
    a: &Array,
    axes: Option<&[usize]>,
    mask: Option<&Array>,
    dtype: Option<DType>,
    keepdims: bool,
) -> Result<Array> {
    match mask {
        None => super::reduce::reduce_over(a, Reduction::Sum, axes, dtype, keepdims, None),
        Some(m) => super::reduce::sum_where(a, axes, m, dtype, keepdims, None),
    }
}

/// `np.var(a, axis, dtype, ddof, keepdims, where=...)` (and its square
/// root, `np.std`) over `axes` (normalized and distinct; None: all);
/// `mask`: the `where=` mask (bool, broadcast to `a`'s shape) with
/// `_count_reduce_items`'s counts, one per output.
pub fn var(
    a: &Array,
    ax: Option<&[usize]>,
    dtype: Option<DType>,
    ddof: i64,
    keepdims: bool,
    std: bool,
    mask: Option<(&Array, &[i64])>,
) -> Result<Array> {
    let (mask, rcount) = match mask {
        None => (None, vec![count(a, ax) as i64]),
        Some((m, c)) => (Some(m), c.to_vec()),
    };
    if rcount.iter().any(|&c| ddof >= c) {
        signals::warn("RuntimeWarning", "Degrees of freedom <= 0 for slice");
    }
    let dtype = dtype.or(match a.dtype().kind() {
        Kind::Bool | Kind::Int | Kind::UInt => Some(DType::Float64),
        _ => None,
    });
    let sum = sum_of(a, ax, mask, dtype, true)?;
    let mean = divide_by_count(&sum, &rcount, false)?;
    let x = binary(
        Ufunc::Subtract,
        &Operand::Array(a.clone()),
        &Operand::Array(mean),
    )?;
    let x = if x.dtype().kind() == Kind::Complex {
        let (re, im) = (real_imag(&x, false)?, real_imag(&x, true)?);
        let sq = |p: &Array| {
            binary(
                Ufunc::Multiply,
                &Operand::Array(p.clone()),
                &Operand::Array(p.clone()),
            )
        };
        binary(
            Ufunc::Add,
            &Operand::Array(sq(&re)?),
            &Operand::Array(sq(&im)?),
        )?
    } else {
        binary(
            Ufunc::Multiply,
            &Operand::Array(x.clone()),
            &Operand::Array(x),
        )?
    };
    let sum_dtype =
        dtype.filter(|d| d.kind() != Kind::Complex || x.dtype().kind() == Kind::Complex);
    // The squared deviations keep the input's memory order (order='K').
    let x = super::reduce::with_layout_of(&x, a)?;
    let ret = sum_of(&x, ax, mask, sum_dtype, keepdims)?;
    let scalar = ret.ndim() == 0;
    let dof: Vec<i64> = rcount.iter().map(|&c| (c - ddof).max(0)).collect();
    let ret = divide_by_count(&ret, &dof, scalar)?;
    if std {
        super::ufunc::sqrt(&ret)
    } else {
        Ok(ret)
    }
}

/// `np.median(a, axis)`: the mean of the middle one or two sorted elements
/// of each lane, NaN where a lane holds one.
pub fn median(a: &Array, axis: Option<isize>, keepdims: bool) -> Result<Array> {
    let (x, ax) = match axis {
        None => (super::shape::ravel(a)?, 0),
        Some(ax) => (a.clone(), sort::normalize_axis(ax, a.ndim())?),
    };
    if x.ndim() == 0 {
        return Err(Error::axis_error(axis.unwrap_or(0) as i64, 0));
    }
    let n = x.shape()[ax];
    let ks: Vec<usize> = match n {
        0 => vec![],
        n if n % 2 == 1 => vec![n / 2],
        n => vec![n / 2 - 1, n / 2],
    };
    let (middle, nan) = sort::order_statistics(&x, ax, &ks)?;
    let mean = reduce(&middle, Reduction::Mean, Some(ax as isize), None, false)?;
    let inexact = matches!(a.dtype().kind(), Kind::Float | Kind::Complex);
    let mean = if inexact && n > 0 && nan.iter().any(|&b| b) {
        let nan_value = cast_scalar(Scalar::Float64(f64::NAN), mean.dtype());
        let items: Vec<Scalar> = (0..mean.size())
            .map(|i| if nan[i] { nan_value } else { mean.get_flat(i) })
            .collect();
        Array::from_scalars(&items, mean.dtype(), mean.shape().to_vec())
    } else {
        mean
    };
    if !keepdims {
        return Ok(mean);
    }
    let shape: Vec<usize> = match axis {
        None => vec![1; a.ndim()],
        Some(_) => {
            let mut s = a.shape().to_vec();
            s[ax] = 1;
            s
        }
    };
    let strides = super::c_strides(&shape);
    Ok(mean.with_geometry(shape, strides))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rounds_like_numpy() {
        // NumPy 2.4.6: np.round([2.5, 3.5, 1.005, 1234.5], 2) == [2.5, 3.5, 1., 1234.5]
        // (1.005 * 100 == 100.49999999999999); np.round([1234, 1250], -2) == [1200, 1200]
        let a = Array::from_vec(vec![2.5f64, 3.5, 1.005, 1234.5], vec![4]);
        assert_eq!(
            round(&a, 2).unwrap().to_vec::<f64>(),
            vec![2.5, 3.5, 1.0, 1234.5]
        );
        let i = Array::from_vec(vec![1234i64, 1250], vec![2]);
        assert_eq!(round(&i, -2).unwrap().to_vec::<i64>(), vec![1200, 1200]);
    }

    #[test]
    fn variance_and_median() {
        // np.var([1, 2, 3, 4]) == 1.25; np.std(..., ddof=1) == 1.2909944487358056
        let a = Array::from_vec(vec![1i64, 2, 3, 4], vec![4]);
        assert_eq!(
            var(&a, None, None, 0, false, false, None)
                .unwrap()
                .to_vec::<f64>(),
            vec![1.25]
        );
        assert_eq!(
            var(&a, None, None, 1, false, true, None)
                .unwrap()
                .to_vec::<f64>(),
            vec![1.2909944487358056]
        );
        // np.median([3, 1, 4, 1]) == 2.0
        let m = Array::from_vec(vec![3i64, 1, 4, 1], vec![4]);
        assert_eq!(median(&m, None, false).unwrap().to_vec::<f64>(), vec![2.0]);
    }
}
