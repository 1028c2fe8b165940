//! Element classification and selection: `np.isnan`/`isinf`/`isfinite`
//! and `np.where`, monomorphised per dtype over contiguous copies.

use super::element::Elem;
use super::promote::{Operand, promoted, python_int_to_scalar};
use super::shape::{broadcast_shapes, broadcast_to};
use super::{Array, DType, Stored};
use crate::error::Result;
use num_traits::ToPrimitive;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Class {
    Nan,
    Inf,
    Finite,
}

/// `np.isnan(a)` and friends: a bool array of a's shape.
pub fn classify(a: &Array, class: Class) -> Result<Array> {
    crate::with_dtype!(a.dtype(), T => Ok(classify_typed::<T>(a, class)))
}

fn classify_typed<T: Elem + Stored>(a: &Array, class: Class) -> Array {
    let values: Vec<T> = a.to_vec();
    let out: Vec<bool> = match class {
        Class::Nan => values.iter().map(|&x| x.is_nan()).collect(),
        Class::Finite => values.iter().map(|&x| x.finite()).collect(),
        Class::Inf => values.iter().map(|&x| !x.finite() && !x.is_nan()).collect(),
    };
    Array::from_vec(out, a.shape().to_vec())
}

/// `np.where(condition, x, y)`: x where the condition holds, else y, all
/// broadcast together, in the dtype NumPy's promotion gives x and y.
pub fn where3(cond: &Array, x: &Operand, y: &Operand) -> Result<Array> {
    let dtype = promoted(&[x, y]);
    // NumPy 2.4's PyArray_Where makes an array of each operand first (a
    // Python int becomes int64, or uint64 beyond it) and casts that to the
    // result dtype, so -1 wraps in a uint8 result rather than failing.
    let operand_array = |o: &Operand| match o {
        Operand::PyInt(i) => {
            let own = if i.to_i64().is_some() {
                DType::Int64
            } else {
                DType::UInt64
            };
            super::cast_array(&Array::from_scalar(python_int_to_scalar(i, own)?), dtype)
        }
        other => other.to_array(dtype),
    };
    let (xa, ya) = (operand_array(x)?, operand_array(y)?);
    let shape = broadcast_shapes(&[cond.shape(), xa.shape(), ya.shape()])?;
    let grow = |a: &Array| broadcast_to(a, &shape).unwrap_or_else(|| a.clone());
    let c: Vec<bool> = grow(&super::cast_array(cond, DType::Bool)?).to_vec();
    let (xa, ya) = (grow(&xa), grow(&ya));
    crate::with_dtype!(dtype, T => {
        let (xs, ys): (Vec<T>, Vec<T>) = (xa.to_vec(), ya.to_vec());
        let out: Vec<T> = c
            .iter()
            .zip(xs.into_iter().zip(ys))
            .map(|(&c, (x, y))| if c { x } else { y })
            .collect();
        Ok(Array::from_vec(out, shape.clone()))
    })
}

/// `np.nonzero(a)`: for each axis, the indices of the true elements.
pub fn nonzero(a: &Array) -> Result<Vec<Array>> {
    let truth: Vec<bool> = super::cast_array(a, DType::Bool)?.to_vec();
    let shape = if a.ndim() == 0 {
        vec![1]
    } else {
        a.shape().to_vec()
    };
    // As PyArray_Nonzero: one (count, ndim) array, and a view of each of
    // its columns (so each answer's `base` is that array).
    let nd = shape.len();
    let mut index = vec![0i64; nd];
    let mut all = Vec::new();
    for (flat, _) in truth.iter().enumerate().filter(|(_, t)| **t) {
        let mut rest = flat;
        for axis in (0..nd).rev() {
            index[axis] = (rest % shape[axis]) as i64;
            rest /= shape[axis];
        }
        all.extend_from_slice(&index);
    }
    let n = all.len() / nd;
    let table = Array::from_vec(all, vec![n, nd]);
    Ok((0..nd)
        .map(|axis| table.view(if n == 0 { 0 } else { axis }, vec![n], vec![nd as isize]))
        .collect())
}

/// The elements of a flat (1-D) array at in-bounds positions, as a new array.
pub fn take_flat(a: &Array, picks: &[i64]) -> Array {
    crate::with_dtype!(a.dtype(), T => {
        let values: Vec<T> = a.to_vec();
        let v: Vec<T> = picks.iter().map(|&i| values[i as usize]).collect();
        Array::from_vec(v, vec![picks.len()])
    })
}

/// The replacements of `np.nan_to_num`; None means the dtype's extreme.
#[derive(Clone, Copy, Debug)]
pub struct NanFixes {
    pub nan: f64,
    pub posinf: Option<f64>,
    pub neginf: Option<f64>,
}

/// `np.nan_to_num` of a float or complex array (real and imaginary parts
/// fixed separately), in a's dtype. Values pass through float64 exactly; each
/// replacement is rounded once to the dtype, as NumPy's copyto does.
pub fn nan_to_num(a: &Array, fixes: NanFixes) -> Result<Array> {
    let dtype = a.dtype();
    let max = match dtype {
        DType::Float16 => 65504.0,
        DType::Float32 | DType::Complex64 => f32::MAX as f64,
        _ => f64::MAX,
    };
    let fix = |x: f64| {
        if x.is_nan() {
            fixes.nan
        } else if x == f64::INFINITY {
            fixes.posinf.unwrap_or(max)
        } else if x == f64::NEG_INFINITY {
            fixes.neginf.unwrap_or(-max)
        } else {
            x
        }
    };
    let wide = if dtype.kind() == super::Kind::Complex {
        let v: Vec<num_complex::Complex64> = super::cast_array(a, DType::Complex128)?.to_vec();
        let v: Vec<num_complex::Complex64> = v
            .into_iter()
            .map(|c| num_complex::Complex64::new(fix(c.re), fix(c.im)))
            .collect();
        Array::from_vec(v, a.shape().to_vec())
    } else {
        let v: Vec<f64> = super::cast_array(a, DType::Float64)?.to_vec();
        Array::from_vec(
            v.into_iter().map(fix).collect::<Vec<f64>>(),
            a.shape().to_vec(),
        )
    };
    super::cast_array(&wide, dtype)
}
