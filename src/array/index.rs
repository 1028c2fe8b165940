//! Basic indexing (ints, slices, `...`, newaxis) as views of the same
//! buffer, and subscript assignment with broadcasting and NumPy's casts.

use super::promote::Operand;
use super::{Array, Scalar, shape::broadcast_to};
use crate::error::{Error, Result};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IndexItem {
    Int(i64),
    Slice(Option<i64>, Option<i64>, Option<i64>),
    Ellipsis,
    NewAxis,
    /// `True` / `False`: a 0-d boolean (advanced) index.
    Bool(bool),
}

/// What indexing gives: a view, or a NumPy scalar when every axis got an int.
#[derive(Clone, Debug)]
pub enum Indexed {
    View(Array),
    Scalar(Scalar),
}

/// Python's `slice.indices(n)`: (start, length, step).
pub fn slice_indices(
    lo: Option<i64>,
    hi: Option<i64>,
    step: Option<i64>,
    n: usize,
) -> Result<(i64, usize, i64)> {
    let step = step.unwrap_or(1);
    if step == 0 {
        return Err(Error::value_error("slice step cannot be zero"));
    }
    // CPython's PySlice_Unpack keeps -step representable.
    let step = step.max(-i64::MAX);
    let n = n as i64;
    let clamp = |v: Option<i64>, default: i64| -> i64 {
        match v {
            None => default,
            Some(x) if x < 0 => {
                let x = x.saturating_add(n);
                if x < 0 {
                    if step < 0 { -1 } else { 0 }
                } else {
                    x
                }
            }
            Some(x) if x >= n => {
                if step < 0 {
                    n - 1
                } else {
                    n
                }
            }
            Some(x) => x,
        }
    };
    let (start, stop) = if step > 0 {
        (clamp(lo, 0), clamp(hi, n))
    } else {
        (clamp(lo, n - 1), clamp(hi, -1))
    };
    // PySlice_AdjustIndices' form, which cannot overflow for huge steps.
    let len = if step > 0 {
        if stop > start {
            (stop - start - 1) / step + 1
        } else {
            0
        }
    } else if start > stop {
        (start - stop - 1) / (-step) + 1
    } else {
        0
    };
    Ok((start, len as usize, step))
}

/// The view selected by `items`, and whether every axis was indexed by an int.
fn select(a: &Array, items: &[IndexItem]) -> Result<(Array, bool)> {
    let ellipses = items.iter().filter(|i| **i == IndexItem::Ellipsis).count();
    if ellipses > 1 {
        return Err(Error::index_error(
            "an index can only have a single ellipsis ('...')",
        ));
    }
    let used = items
        .iter()
        .filter(|i| matches!(i, IndexItem::Int(_) | IndexItem::Slice(..)))
        .count();
    if used > a.ndim() {
        return Err(Error::index_error(format!(
            "too many indices for array: array is {}-dimensional, but {used} were indexed",
            a.ndim()
        )));
    }
    let mut expanded: Vec<IndexItem> = Vec::with_capacity(a.ndim() + items.len());
    for &it in items {
        if it == IndexItem::Ellipsis {
            expanded.extend(std::iter::repeat_n(
                IndexItem::Slice(None, None, None),
                a.ndim() - used,
            ));
        } else {
            expanded.push(it);
        }
    }
    let all_int =
        ellipses == 0 && used == a.ndim() && items.iter().all(|i| matches!(i, IndexItem::Int(_)));
    let advanced = Advanced::of(items);
    let mut offset = a.offset() as isize;
    let mut shape = Vec::new();
    let mut strides = Vec::new();
    let mut axis = 0;
    let mut seen_advanced = false;
    for it in expanded {
        if let Some(adv) = &advanced
            && matches!(it, IndexItem::Int(_) | IndexItem::Bool(_))
            && adv.adjacent
            && !seen_advanced
        {
            shape.push(adv.len);
            strides.push(0);
        }
        seen_advanced |= matches!(it, IndexItem::Int(_) | IndexItem::Bool(_));
        match it {
            IndexItem::Bool(_) => {}
            IndexItem::Int(i) => {
                let n = a.shape()[axis];
                let j = if i < 0 { i + n as i64 } else { i };
                if j < 0 || j >= n as i64 {
                    return Err(Error::index_error(format!(
                        "index {i} is out of bounds for axis {axis} with size {n}"
                    )));
                }
                offset += j as isize * a.strides()[axis];
                axis += 1;
            }
            IndexItem::Slice(lo, hi, step) => {
                let (start, len, step) = slice_indices(lo, hi, step, a.shape()[axis])?;
                if len > 0 {
                    offset += start as isize * a.strides()[axis];
                }
                shape.push(len);
                strides.push(a.strides()[axis] * step as isize);
                axis += 1;
            }
            IndexItem::NewAxis => {
                shape.push(1);
                strides.push(0);
            }
            IndexItem::Ellipsis => unreachable!("expanded above"),
        }
    }
    shape.extend_from_slice(&a.shape()[axis..]);
    strides.extend_from_slice(&a.strides()[axis..]);
    if let Some(adv) = advanced.filter(|adv| !adv.adjacent) {
        shape.insert(0, adv.len);
        strides.insert(0, 0);
    }
    Ok((a.view(offset as usize, shape, strides), all_int))
}

/// With a boolean scalar in the index, NumPy indexes the advanced way: the
/// bools and ints broadcast to one axis of length 1 (all True) or 0, placed
/// where they stand if they are adjacent, else first.
struct Advanced {
    len: usize,
    adjacent: bool,
}

impl Advanced {
    fn of(items: &[IndexItem]) -> Option<Advanced> {
        let is_advanced = |i: &IndexItem| matches!(i, IndexItem::Int(_) | IndexItem::Bool(_));
        if !items.iter().any(|i| matches!(i, IndexItem::Bool(_))) {
            return None;
        }
        let first = items.iter().position(is_advanced)?;
        let last = items.iter().rposition(is_advanced)?;
        Some(Advanced {
            len: items.iter().all(|i| *i != IndexItem::Bool(false)) as usize,
            adjacent: items[first..=last].iter().all(is_advanced),
        })
    }
}

/// `a[items]`.
pub fn index(a: &Array, items: &[IndexItem]) -> Result<Indexed> {
    let (view, all_int) = select(a, items)?;
    Ok(if all_int {
        Indexed::Scalar(view.get(&[]))
    } else if items.iter().any(|i| matches!(i, IndexItem::Bool(_))) {
        // Advanced indexing copies.
        Indexed::View(super::shape::copy(&view)?)
    } else {
        Indexed::View(view)
    })
}

/// `a[items] = value`: broadcast to the selection and cast like NumPy's setitem.
pub fn assign(a: &Array, items: &[IndexItem], value: &Operand) -> Result<()> {
    a.check_writeable("assignment destination")?;
    let (target, _) = select(a, items)?;
    let src = value.to_array(a.dtype())?;
    let src = broadcast_to(&src, target.shape()).ok_or_else(|| {
        Error::value_error(format!(
            "could not broadcast input array from shape {} into shape {}",
            super::compact_shape_repr(src.shape()),
            super::compact_shape_repr(target.shape())
        ))
    })?;
    super::copy_into(&target, &src)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slices_are_views_and_errors_match_numpy() {
        let a = Array::from_vec((0..6i64).collect(), vec![2, 3]);
        let Indexed::View(col) = index(&a, &[IndexItem::Ellipsis, IndexItem::Int(1)]).unwrap()
        else {
            panic!()
        };
        assert_eq!(col.to_vec::<i64>(), vec![1, 4]);
        let Indexed::View(rev) = index(
            &a,
            &[IndexItem::Int(0), IndexItem::Slice(None, None, Some(-2))],
        )
        .unwrap() else {
            panic!()
        };
        assert_eq!(rev.to_vec::<i64>(), vec![2, 0]);
        assert!(matches!(
            index(&a, &[IndexItem::Int(1), IndexItem::Int(-1)]).unwrap(),
            Indexed::Scalar(Scalar::Int64(5))
        ));
        // NumPy 2.4.6 texts.
        assert_eq!(
            index(&a, &[IndexItem::Int(-3)]).unwrap_err().message,
            "index -3 is out of bounds for axis 0 with size 2"
        );
        assert_eq!(
            index(
                &a,
                &[IndexItem::Int(0), IndexItem::Int(1), IndexItem::Int(2)]
            )
            .unwrap_err()
            .message,
            "too many indices for array: array is 2-dimensional, but 3 were indexed"
        );
        assign(
            &a,
            &[IndexItem::Ellipsis, IndexItem::Int(0)],
            &Operand::PyInt(9.into()),
        )
        .unwrap();
        assert_eq!(a.to_vec::<i64>(), vec![9, 1, 2, 9, 4, 5]);
    }
}
