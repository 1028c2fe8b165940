//! Advanced indexing as NumPy does it: one index array (a boolean mask over
//! the leading axes, `a[a > 0]`, or an integer array along axis 0,
//! `a[[2, 0]]`) by blocks, and index tuples mixing arrays with ints, slices,
//! newaxis and `...` (`a[:, [0]]`, `a[rows, cols]`) by a gather plan.
//! Reading copies; assignment writes through.

use super::promote::Operand;
use super::shape::broadcast_to;
use super::{Array, DType, Stored, compact_shape_repr};
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
        // NumPy's prepare_index checks only boolean axes of non-zero length.
        for (axis, (&n, &m)) in a.shape().iter().zip(index.shape()).enumerate() {
            if n != m && m > 0 {
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
    // A mask over every axis takes its values as a flat run
    // (`array_assign_boolean_subscript`).
    if sel.mask && sel.k == a.ndim() && src.ndim() > 1 {
        return Err(Error::type_error(format!(
            "NumPy boolean array indexing assignment requires a 0 or 1-dimensional input, input has {} dimensions",
            src.ndim()
        )));
    }
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
                compact_shape_repr(src.shape()),
                compact_shape_repr(&sel.shape)
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

/// One item of an index tuple that holds index arrays: a basic item, an
/// integer array or a boolean mask. A Python int among index arrays is an
/// advanced index too (a 0-d integer array), as in NumPy.
pub enum Item {
    Basic(super::index::IndexItem),
    Ints(Array),
    Mask(Array),
}

/// NumPy's mixed advanced indexing (mapping.c): the basic items make a view
/// in which each indexed axis is whole; the index arrays, broadcast
/// together, pick along those axes. Their dimensions replace the indexed
/// axes in place when the array indices stand together in the tuple, and go
/// first otherwise (`a[0, :, [1, 2]]` has shape (2, 3)).
pub struct Gather {
    view: Array,
    /// For each index array: the view axis it picks along, and its
    /// broadcast, bounds-checked positions.
    picks: Vec<(usize, Vec<usize>)>,
    /// The view axes no index array picks along, in order.
    rest: Vec<usize>,
    bshape: Vec<usize>,
    /// Where the broadcast dimensions go among `rest`.
    insert_at: usize,
    shape: Vec<usize>,
}

pub fn gather_plan(a: &Array, items: Vec<Item>) -> Result<Gather> {
    use super::index::IndexItem as I;
    let consumed = |it: &Item| match it {
        Item::Basic(I::Int(_) | I::Slice(..)) | Item::Ints(_) => 1,
        Item::Basic(_) => 0,
        Item::Mask(m) => m.ndim(),
    };
    let total: usize = items.iter().map(consumed).sum();
    if total > a.ndim() {
        return Err(Error::index_error(format!(
            "too many indices for array: array is {}-dimensional, but {total} were indexed",
            a.ndim()
        )));
    }
    if items
        .iter()
        .filter(|i| matches!(i, Item::Basic(I::Ellipsis)))
        .count()
        > 1
    {
        return Err(Error::index_error(
            "an index can only have a single ellipsis ('...')",
        ));
    }
    let whole = || Item::Basic(I::Slice(None, None, None));
    // Ellipsis (or the end) stands for the axes no item names.
    let mut expanded: Vec<Item> = Vec::with_capacity(a.ndim() + items.len());
    let mut filled = false;
    for it in items {
        if let Item::Basic(I::Ellipsis) = it {
            expanded.extend((total..a.ndim()).map(|_| whole()));
            filled = true;
        } else {
            expanded.push(it);
        }
    }
    if !filled {
        expanded.extend((total..a.ndim()).map(|_| whole()));
    }
    // Masks become one integer array per axis they cover; ints become 0-d
    // integer arrays. `arrays` holds (position in the tuple, source axis, array).
    let mut basic = Vec::with_capacity(expanded.len());
    let mut arrays: Vec<(usize, usize, Vec<usize>, Array)> = Vec::new();
    let mut axis = 0;
    for it in expanded {
        match it {
            Item::Basic(I::Bool(_)) => {
                return Err(Error::new(
                    crate::error::Exc::NotImplementedError,
                    "npcalc does not take True/False beside index arrays in one subscript",
                ));
            }
            Item::Basic(I::Int(i)) => {
                arrays.push((basic.len(), axis, Vec::new(), int_array(i)));
                basic.push(I::Slice(None, None, None));
                axis += 1;
            }
            Item::Basic(b) => {
                basic.push(b);
                axis += usize::from(matches!(b, I::Slice(..)));
            }
            Item::Ints(ix) => {
                if !ix.dtype().is_integer() {
                    return Err(Error::index_error(
                        "arrays used as indices must be of integer (or boolean) type",
                    ));
                }
                arrays.push((basic.len(), axis, ix.shape().to_vec(), ix));
                basic.push(I::Slice(None, None, None));
                axis += 1;
            }
            Item::Mask(m) => {
                for (j, (&n, &k)) in a.shape()[axis..].iter().zip(m.shape()).enumerate() {
                    if n != k && k > 0 {
                        return Err(Error::index_error(format!(
                            "boolean index did not match indexed array along axis {}; size of axis is {n} but size of corresponding boolean axis is {k}",
                            axis + j
                        )));
                    }
                }
                for ix in super::select::nonzero(&m)? {
                    arrays.push((basic.len(), axis, ix.shape().to_vec(), ix));
                    basic.push(I::Slice(None, None, None));
                    axis += 1;
                }
            }
        }
    }
    let view = match super::index::index(a, &basic)? {
        super::index::Indexed::View(v) => v,
        super::index::Indexed::Scalar(s) => Array::from_scalar(s),
    };
    let shapes: Vec<&[usize]> = arrays.iter().map(|(_, _, s, _)| s.as_slice()).collect();
    let bshape = super::shape::broadcast_shapes(&shapes).map_err(|_| {
        let listed: String = shapes.iter().map(|s| compact_shape_repr(s) + " ").collect();
        Error::index_error(format!(
            "shape mismatch: indexing arrays could not be broadcast together with shapes {listed}"
        ))
    })?;
    // Each basic item is one view axis (newaxis too); the array items are
    // whole slices there.
    let mut picks = Vec::with_capacity(arrays.len());
    for (pos, src_axis, _, ix) in &arrays {
        let n = view.shape()[*pos];
        let wide = broadcast_to(&super::cast_array(ix, DType::Int64)?, &bshape)
            .ok_or_else(|| Error::index_error("shape mismatch in index arrays"))?;
        let mut at = Vec::with_capacity(wide.size());
        for i in wide.to_vec::<i64>() {
            let j = if i < 0 { i + n as i64 } else { i };
            if j < 0 || j >= n as i64 {
                return Err(Error::index_error(format!(
                    "index {i} is out of bounds for axis {src_axis} with size {n}"
                )));
            }
            at.push(j as usize);
        }
        picks.push((*pos, at));
    }
    let positions: Vec<usize> = arrays.iter().map(|(p, ..)| *p).collect();
    let together = positions.windows(2).all(|w| w[1] == w[0] + 1);
    let rest: Vec<usize> = (0..view.ndim())
        .filter(|d| !positions.contains(d))
        .collect();
    let insert_at = if together {
        rest.iter().filter(|&&d| d < positions[0]).count()
    } else {
        0
    };
    let mut shape: Vec<usize> = rest.iter().map(|&d| view.shape()[d]).collect();
    shape.splice(insert_at..insert_at, bshape.iter().copied());
    Ok(Gather {
        view,
        picks,
        rest,
        bshape,
        insert_at,
        shape,
    })
}

fn int_array(i: i64) -> Array {
    Array::from_vec(vec![i], Vec::new())
}

impl Gather {
    pub fn shape(&self) -> &[usize] {
        &self.shape
    }

    /// The buffer position of each result element, in C order.
    fn positions(&self) -> Vec<usize> {
        let size: usize = self.shape.iter().product();
        let nb = self.bshape.len();
        let mut out = Vec::with_capacity(size);
        let mut index = vec![0usize; self.shape.len()];
        let mut at = vec![0usize; self.view.ndim()];
        for k in 0..size {
            if k > 0 {
                for d in (0..index.len()).rev() {
                    index[d] += 1;
                    if index[d] < self.shape[d] {
                        break;
                    }
                    index[d] = 0;
                }
            }
            let b = &index[self.insert_at..self.insert_at + nb];
            let flat_b = b
                .iter()
                .zip(&self.bshape)
                .fold(0usize, |acc, (&i, &n)| acc * n + i);
            for (axis, pick) in &self.picks {
                at[*axis] = pick[flat_b];
            }
            let outer = index[..self.insert_at]
                .iter()
                .chain(&index[self.insert_at + nb..]);
            for (&d, &i) in self.rest.iter().zip(outer) {
                at[d] = i;
            }
            out.push(self.view.position(&at));
        }
        out
    }

    /// `a[items]`: a new array.
    pub fn take(&self) -> Result<Array> {
        let pos = self.positions();
        crate::with_dtype!(self.view.dtype(), T => {
            let buf = self.view.buffer().borrow();
            let data = T::of(&buf);
            let out: Vec<T> = pos.iter().map(|&p| data[p]).collect();
            Ok(Array::from_vec(out, self.shape.clone()))
        })
    }

    /// `a[items] = value`, the value broadcast to the result's shape and
    /// cast to the array's dtype; a repeated position keeps the last value.
    pub fn put(&self, value: &Operand) -> Result<()> {
        self.view.check_writeable("assignment destination")?;
        let src = value.to_array(self.view.dtype())?;
        let src = broadcast_to(&src, &self.shape).ok_or_else(|| {
            Error::value_error(format!(
                "shape mismatch: value array of shape {} could not be broadcast to indexing result of shape {}",
                compact_shape_repr(src.shape()),
                compact_shape_repr(&self.shape)
            ))
        })?;
        let pos = self.positions();
        crate::with_dtype!(self.view.dtype(), T => {
            let values: Vec<T> = src.to_vec();
            let mut buf = self.view.buffer().borrow_mut();
            let data = T::of_mut(&mut buf);
            for (&p, v) in pos.iter().zip(values) {
                data[p] = v;
            }
            Ok(())
        })
    }
}
