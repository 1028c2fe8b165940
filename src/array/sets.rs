//! The set routines of `numpy/lib/_arraysetops_impl.py` over 1-D arrays:
//! membership (`np.isin`), and the sorted merges behind `intersect1d` and
//! `setxor1d`. Values compare as `==` does (NaN equals nothing), in the
//! order `np.sort` uses, monomorphised per dtype.

use super::sort::{SortKey, order, sort_positions};
use super::{Array, DType, promote::promote_types};
use crate::error::Result;
use std::cmp::Ordering;

fn same<T: SortKey>(x: &T, y: &T) -> bool {
    !x.nan() && order(x, y) == Ordering::Equal
}

/// `np.isin(element, test)`: whether each element equals some test value,
/// compared in the two arrays' common dtype; `invert` negates.
pub fn isin(element: &Array, test: &Array, invert: bool) -> Result<Array> {
    let dt = promote_types(element.dtype(), test.dtype());
    let e = super::cast_array(element, dt)?;
    let t = super::cast_array(test, dt)?;
    crate::with_dtype!(dt, T => {
        let mut tests: Vec<T> = t.to_vec();
        tests.sort_by(order);
        let out: Vec<bool> = e
            .to_vec::<T>()
            .iter()
            .map(|x| {
                let found = !x.nan() && tests.binary_search_by(|y| order(y, x)).is_ok();
                found != invert
            })
            .collect();
        Ok(Array::from_vec(out, element.shape().to_vec()))
    })
}

/// Two 1-D arrays joined in their common dtype, stably sorted: the values
/// and, for each, its position in the concatenation (NumPy's mergesort
/// argsort of `concatenate((a1, a2))`).
fn sorted_join(a1: &Array, a2: &Array) -> Result<(Array, Vec<usize>)> {
    let dt: DType = promote_types(a1.dtype(), a2.dtype());
    let joined =
        super::shape::concatenate(&[super::cast_array(a1, dt)?, super::cast_array(a2, dt)?], 0)?;
    crate::with_dtype!(dt, T => {
        let v: Vec<T> = joined.to_vec();
        let mut perm: Vec<usize> = (0..v.len()).collect();
        sort_positions(&mut perm, &v);
        let sorted: Vec<T> = perm.iter().map(|&i| v[i]).collect();
        let n = sorted.len();
        Ok((Array::from_vec(sorted, vec![n]), perm))
    })
}

/// `np.intersect1d`'s merge: the values equal to their sorted successor,
/// with the concatenation positions of both members of each pair.
pub fn intersect(a1: &Array, a2: &Array) -> Result<(Array, Vec<usize>, Vec<usize>)> {
    let (aux, perm) = sorted_join(a1, a2)?;
    crate::with_dtype!(aux.dtype(), T => {
        let v: Vec<T> = aux.to_vec();
        let (mut vals, mut first, mut second) = (Vec::new(), Vec::new(), Vec::new());
        for k in 0..v.len().saturating_sub(1) {
            if same(&v[k], &v[k + 1]) {
                vals.push(v[k]);
                first.push(perm[k]);
                second.push(perm[k + 1]);
            }
        }
        let n = vals.len();
        Ok((Array::from_vec(vals, vec![n]), first, second))
    })
}

/// `np.setxor1d`'s merge: the sorted values equal to neither neighbour.
pub fn setxor(a1: &Array, a2: &Array) -> Result<Array> {
    let (aux, _) = sorted_join(a1, a2)?;
    crate::with_dtype!(aux.dtype(), T => {
        let v: Vec<T> = aux.to_vec();
        let n = v.len();
        let out: Vec<T> = (0..n)
            .filter(|&k| (k == 0 || !same(&v[k - 1], &v[k])) && (k + 1 == n || !same(&v[k], &v[k + 1])))
            .map(|k| v[k])
            .collect();
        let m = out.len();
        Ok(Array::from_vec(out, vec![m]))
    })
}
