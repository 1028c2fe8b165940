//! Advanced indexing with one index array, as NumPy does it: a boolean
//! mask over the leading axes (`a[a > 0]`) or an integer array along axis 0
//! (`a[[2, 0]]`). Reading copies; assignment writes through.

use super::promote::Operand;
use super::shape::broadcast_to;
use super::{Array, DType, Stored, shape_repr};
use crate::error::{Error, Result};

/// Which leading blocks an index array selects: their flat positions over
/// the first `k` axes (C order), and the shape those selections form.
pub struct Selection {
    mask: bool,
    k: usize,
    blocks: Vec<usize>,
    shape: Vec<usize>,
}

/// The selection `a[index]` makes; `index` is a bool or integer array.
pub fn select(a: &Array, index: &Array) -> Result<Selection> {
    if index.dtype() == DType::Bool {
        let k = index.ndim();
        if k > a.ndim() {
            return Err(Error::index_error(format!(
                "too many indices for array: array is {}-dimensional, but {} were indexed",
                a.ndim(),
                k
            )));
        }
        for (axis, (&n, &m)) in a.shape().iter().zip(index.shape()).enumerate() {
            if n != m {
                return Err(Error::index_error(format!(
                    "boolean index did not match indexed array along axis {axis}; size of axis is {n} but size of corresponding boolean axis is {m}"
                )));
            }
        }
        let mask: Vec<bool> = index.to_vec();
        let blocks: Vec<usize> = mask
            .iter()
            .enumerate()
            .filter_map(|(i, &m)| m.then_some(i))
            .collect();
        let shape = std::iter::once(blocks.len())
            .chain(a.shape()[k..].iter().copied())
            .collect();
        return Ok(Selection {
            mask: true,
            k,
            blocks,
            shape,
        });
    }
    if !index.dtype().is_integer() {
        return Err(Error::index_error(
            "arrays used as indices must be of integer (or boolean) type",
        ));
    }
    if a.ndim() == 0 {
        return Err(Error::index_error(
            "too many indices for array: array is 0-dimensional, but 1 were indexed",
        ));
    }
    let n = a.shape()[0];
    let raw: Vec<i64> = super::cast_array(index, DType::Int64)?.to_vec();
    let mut blocks = Vec::with_capacity(raw.len());
    for i in raw {
        let j = if i < 0 { i + n as i64 } else { i };
        if j < 0 || j >= n as i64 {
            return Err(Error::index_error(format!(
                "index {i} is out of bounds for axis 0 with size {n}"
            )));
        }
        blocks.push(j as usize);
    }
    let shape = index
        .shape()
        .iter()
        .chain(&a.shape()[1..])
        .copied()
        .collect();
    Ok(Selection {
        mask: false,
        k: 1,
        blocks,
        shape,
    })
}

/// `a[index]`: a new array of the selected blocks.
pub fn take(a: &Array, sel: &Selection) -> Result<Array> {
    crate::with_dtype!(a.dtype(), T => take_typed::<T>(a, sel))
}

fn take_typed<T: Stored>(a: &Array, sel: &Selection) -> Result<Array> {
    let src: Vec<T> = a.to_vec();
    let inner: usize = a.shape()[sel.k..].iter().product();
    let mut out = Vec::new();
    out.try_reserve_exact(sel.blocks.len() * inner)
        .map_err(|_| super::memory_error(a.dtype(), &sel.shape))?;
    for &b in &sel.blocks {
        out.extend_from_slice(&src[b * inner..(b + 1) * inner]);
    }
    Ok(Array::from_vec(out, sel.shape.clone()))
}

/// `a[index] = value`: the value broadcast to the selection's shape, cast
/// to `a`'s dtype, written block by block.
pub fn put(a: &Array, sel: &Selection, value: &Operand) -> Result<()> {
    a.check_writeable("assignment destination")?;
    let src = value.to_array(a.dtype())?;
    let src = broadcast_to(&src, &sel.shape).ok_or_else(|| {
        Error::value_error(if sel.mask {
            format!(
                "NumPy boolean array indexing assignment cannot assign {} input values to the {} output values where the mask is true",
                src.size(),
                sel.blocks.len()
            )
        } else {
            format!(
                "shape mismatch: value array of shape {} could not be broadcast to indexing result of shape {}",
                shape_repr(src.shape()),
                shape_repr(&sel.shape)
            )
        })
    })?;
    crate::with_dtype!(a.dtype(), T => put_typed::<T>(a, sel, &src))
}

fn put_typed<T: Stored>(a: &Array, sel: &Selection, src: &Array) -> Result<()> {
    let values: Vec<T> = src.to_vec();
    let lead = &a.shape()[..sel.k];
    let inner_shape = &a.shape()[sel.k..];
    let inner: usize = inner_shape.iter().product();
    let mut buf = a.buffer().borrow_mut();
    let data = T::of_mut(&mut buf);
    let mut index = vec![0usize; a.ndim()];
    for (j, &b) in sel.blocks.iter().enumerate() {
        // The block's multi-index over the leading axes.
        let mut rest = b;
        for axis in (0..sel.k).rev() {
            index[axis] = rest % lead[axis];
            rest /= lead[axis];
        }
        for e in 0..inner {
            let mut r = e;
            for axis in (sel.k..a.ndim()).rev() {
                index[axis] = r % a.shape()[axis];
                r /= a.shape()[axis];
            }
            data[a.position(&index)] = values[j * inner + e];
        }
    }
    Ok(())
}
