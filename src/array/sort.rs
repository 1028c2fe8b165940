//! Sorting and searching: `np.sort`, `np.argsort`, `np.searchsorted` and the
//! sorted lanes `np.unique` and `np.median` read, in NumPy's element order
//! (NaN after everything, complex numbers by real then imaginary part —
//! `npysort_common.h`'s `*_LT`).
//!
//! NumPy's default sort kind (introsort, on this x86-64 machine the AVX-512
//! x86-simd-sort networks) is not stable. Values sort the same whatever the
//! algorithm, except that tied elements can be told apart: `-0.0` and `0.0`
//! in a value sort, equal keys in an argsort. An argsort runs NumPy's own
//! algorithms (its introsort below, x86-simd-sort's in `simd_argsort`), so
//! ties end where NumPy puts them; a value sort is stable and, where NumPy's
//! unstable order would show, says so instead of guessing.

use super::{Array, Element, Stored, c_strides};
use crate::error::{Error, Exc, Result};
use half::f16;
use num_complex::{Complex32, Complex64};
use std::cmp::Ordering;

/// NumPy's sort order for one dtype.
pub trait SortKey: Element + Stored {
    /// `a` sorts before `b`.
    fn sorts_before(a: Self, b: Self) -> bool;
    /// A value that prints differently from one it ties with (`-0.0`).
    fn negative_zero(self) -> bool {
        false
    }
    fn nan(self) -> bool {
        false
    }
    /// The `type_max()` x86-simd-sort pads its registers with, for the
    /// dtypes NumPy's default argsort hands to it; None for those it sorts
    /// with its own introsort.
    const XSS_PAD: Option<Self> = None;
}

macro_rules! int_key {
    ($($t:ty => $pad:expr),*) => {$(
        impl SortKey for $t {
            #[inline(always)]
            fn sorts_before(a: $t, b: $t) -> bool { a < b }
            const XSS_PAD: Option<$t> = $pad;
        }
    )*};
}
int_key!(bool => None, i8 => None, i16 => None, u8 => None, u16 => None,
    i32 => Some(i32::MAX), i64 => Some(i64::MAX), u32 => Some(u32::MAX), u64 => Some(u64::MAX));

macro_rules! float_key {
    ($($t:ty),*) => {$(
        impl SortKey for $t {
            #[inline(always)]
            fn sorts_before(a: $t, b: $t) -> bool { a < b || (b.is_nan() && !a.is_nan()) }
            fn negative_zero(self) -> bool { self == 0.0 && self.is_sign_negative() }
            fn nan(self) -> bool { self.is_nan() }
            const XSS_PAD: Option<$t> = Some(<$t>::INFINITY);
        }
    )*};
}
float_key!(f32, f64);

impl SortKey for f16 {
    fn sorts_before(a: f16, b: f16) -> bool {
        <f32 as SortKey>::sorts_before(a.to_f32(), b.to_f32())
    }
    fn negative_zero(self) -> bool {
        self.to_f32().negative_zero()
    }
    fn nan(self) -> bool {
        self.is_nan()
    }
}

macro_rules! complex_key {
    ($($t:ty),*) => {$(
        impl SortKey for $t {
            fn sorts_before(a: $t, b: $t) -> bool {
                let nan = |x: f64| x.is_nan();
                let (ar, ai, br, bi) = (a.re as f64, a.im as f64, b.re as f64, b.im as f64);
                if ar < br {
                    !nan(ai) || nan(bi)
                } else if ar > br {
                    nan(bi) && !nan(ai)
                } else if ar == br || (nan(ar) && nan(br)) {
                    ai < bi || (nan(bi) && !nan(ai))
                } else {
                    nan(br)
                }
            }
            fn negative_zero(self) -> bool {
                (self.re == 0.0 && self.re.is_sign_negative()) || (self.im == 0.0 && self.im.is_sign_negative())
            }
            fn nan(self) -> bool { self.re.is_nan() || self.im.is_nan() }
        }
    )*};
}
complex_key!(Complex32, Complex64);

/// A position in a lane, as the index arrays of the sorts hold it.
pub(super) trait Position: Copy {
    fn at(self) -> usize;
}

impl Position for usize {
    fn at(self) -> usize {
        self
    }
}

impl Position for i64 {
    fn at(self) -> usize {
        self as usize
    }
}

/// Sorts `positions` stably by the elements of `data` they point at.
/// On wasm32 the comparison is one `dyn` call, so std's stable sort is built
/// once per position type instead of once per dtype and call site (the same
/// comparisons and result, 0.1 MB less wasm for the web page); natively it
/// stays inlined into each dtype's kernel.
pub(super) fn sort_positions<P: Position, T: SortKey>(positions: &mut [P], data: &[T]) {
    let mut by_element = |i: &P, j: &P| order(&data[i.at()], &data[j.at()]);
    #[cfg(target_arch = "wasm32")]
    let mut by_element = &mut by_element as &mut dyn FnMut(&P, &P) -> Ordering;
    positions.sort_by(&mut by_element);
}

pub(super) fn order<T: SortKey>(a: &T, b: &T) -> Ordering {
    super::signals::poll();
    if T::sorts_before(*a, *b) {
        Ordering::Less
    } else if T::sorts_before(*b, *a) {
        Ordering::Greater
    } else {
        Ordering::Equal
    }
}

/// The sort kinds NumPy accepts; all but quicksort and heapsort are stable.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SortKind {
    Quick,
    Stable,
}

impl SortKind {
    /// NumPy's `PyArray_SortkindConverter`: the first letter decides.
    pub fn parse(s: &str) -> Result<SortKind> {
        match s.chars().next().map(|c| c.to_ascii_lowercase()) {
            // NumPy 2.4 sorts 'heapsort' with its default introsort (checked
            // against the oracle: the same indices as 'quicksort').
            Some('q' | 'h') => Ok(SortKind::Quick),
            Some('m' | 's') => Ok(SortKind::Stable),
            _ => Err(Error::value_error(format!(
                "sort kind must be one of 'quick', 'heap', or 'stable' (got '{s}')"
            ))),
        }
    }
}

pub fn normalize_axis(axis: isize, ndim: usize) -> Result<usize> {
    let n = ndim as isize;
    if axis < -n || axis >= n {
        return Err(Error::axis_error(axis as i64, ndim));
    }
    Ok(axis.rem_euclid(n.max(1)) as usize)
}

/// (outer, n, inner) of a C-ordered array around `axis`.
fn split(shape: &[usize], axis: usize) -> (usize, usize, usize) {
    (
        shape[..axis].iter().product(),
        shape[axis],
        shape[axis + 1..].iter().product(),
    )
}

/// Runs `f` on every lane along `axis` of C-ordered `data`, writing back what it returns.
fn map_lanes<T: Copy, U: Copy + Default>(
    data: &[T],
    shape: &[usize],
    axis: usize,
    mut f: impl FnMut(&mut Vec<T>) -> Result<Vec<U>>,
) -> Result<Vec<U>> {
    let (outer, n, inner) = split(shape, axis);
    let mut out = vec![U::default(); data.len()];
    let mut lane = Vec::with_capacity(n);
    for o in 0..outer {
        for i in 0..inner {
            let base = o * n * inner + i;
            lane.clear();
            lane.extend((0..n).map(|k| {
                super::signals::poll();
                data[base + k * inner]
            }));
            let r = f(&mut lane)?;
            for (k, v) in r.into_iter().enumerate() {
                super::signals::poll();
                out[base + k * inner] = v;
            }
        }
    }
    Ok(out)
}

fn unstable_order(what: &str) -> Error {
    Error::new(
        Exc::NotImplementedError,
        format!(
            "npcalc: NumPy's default (unstable) {what} orders tied elements in a machine-dependent way; pass kind='stable'"
        ),
    )
}

/// The array along `axis` (None: flattened) as a C-ordered Vec and its shape.
fn prepare(a: &Array, axis: Option<isize>) -> Result<(Array, usize)> {
    match axis {
        None => Ok((super::shape::ravel(a)?, 0)),
        Some(ax) => {
            let ax = normalize_axis(ax, a.ndim())?;
            Ok((a.clone(), ax))
        }
    }
}

/// `np.sort(a, axis, kind)`.
pub fn sort(a: &Array, axis: Option<isize>, kind: SortKind) -> Result<Array> {
    let (a, ax) = prepare(a, axis)?;
    let shape = a.shape().to_vec();
    crate::with_dtype!(a.dtype(), T => {
        let data = a.to_vec::<T>();
        let out = map_lanes(&data, &shape, ax, |lane: &mut Vec<T>| {
            if kind != SortKind::Stable
                && lane.iter().any(|x| x.negative_zero())
                && lane.iter().any(|&x| !x.negative_zero() && !T::sorts_before(x, T::default()) && !T::sorts_before(T::default(), x))
            {
                return Err(unstable_order("sort of -0.0 among 0.0"));
            }
            lane.sort_by(order::<T>);
            Ok(std::mem::take(lane))
        })?;
        Ok(Array::from_vec(out, shape))
    })
}

/// `np.argsort(a, axis, kind)`: int64 indices.
pub fn argsort(a: &Array, axis: Option<isize>, kind: SortKind) -> Result<Array> {
    argsort_as(a, axis, kind, false)
}

/// `argsort`, with `generic` saying that NumPy's quicksort for this data is
/// its generic introsort (`aquicksort_`) whatever the dtype holding it.
pub fn argsort_as(a: &Array, axis: Option<isize>, kind: SortKind, generic: bool) -> Result<Array> {
    let (a, ax) = prepare(a, axis)?;
    let shape = a.shape().to_vec();
    crate::with_dtype!(a.dtype(), T => {
        let data = a.to_vec::<T>();
        let out = map_lanes(&data, &shape, ax, |lane: &mut Vec<T>| {
            let mut idx: Vec<i64> = (0..lane.len() as i64).collect();
            let less = |i: i64, j: i64| {
                super::signals::poll();
                T::sorts_before(lane[i as usize], lane[j as usize])
            };
            match kind {
                SortKind::Stable => sort_positions(&mut idx, lane),
                SortKind::Quick => match T::XSS_PAD {
                    Some(pad) if !generic => super::simd_argsort::argsort(lane, &mut idx, pad),
                    _ => aquicksort(&mut idx, less),
                },
            }
            Ok(idx)
        })?;
        Ok(Array::from_vec(out, shape))
    })
}

/// NumPy's `aquicksort_` (npysort/quicksort.hpp): median-of-three
/// quicksort on the indices, insertion sort below 16 elements, heapsort
/// when the partitions go too deep — so tied keys end where NumPy puts them.
pub fn aquicksort(t: &mut [i64], less: impl Fn(i64, i64) -> bool) {
    const SMALL_QUICKSORT: isize = 15;
    let num = t.len();
    if num == 0 {
        return;
    }
    let (mut pl, mut pr) = (0isize, num as isize - 1);
    let mut stack: Vec<(isize, isize, i32)> = Vec::new();
    let mut cdepth = 2 * (usize::BITS - 1 - num.leading_zeros()) as i32;
    let at = |k: isize| k as usize;
    loop {
        if cdepth < 0 {
            aheapsort(&mut t[at(pl)..=at(pr)], &less);
        } else {
            while pr - pl > SMALL_QUICKSORT {
                let pm = pl + ((pr - pl) >> 1);
                if less(t[at(pm)], t[at(pl)]) {
                    t.swap(at(pm), at(pl));
                }
                if less(t[at(pr)], t[at(pm)]) {
                    t.swap(at(pr), at(pm));
                }
                if less(t[at(pm)], t[at(pl)]) {
                    t.swap(at(pm), at(pl));
                }
                let vp = t[at(pm)];
                let mut pi = pl;
                let mut pj = pr - 1;
                t.swap(at(pm), at(pj));
                loop {
                    pi += 1;
                    while less(t[at(pi)], vp) {
                        pi += 1;
                    }
                    pj -= 1;
                    while less(vp, t[at(pj)]) {
                        pj -= 1;
                    }
                    if pi >= pj {
                        break;
                    }
                    t.swap(at(pi), at(pj));
                }
                t.swap(at(pi), at(pr - 1));
                cdepth -= 1;
                // The larger partition waits on the stack.
                if pi - pl < pr - pi {
                    stack.push((pi + 1, pr, cdepth));
                    pr = pi - 1;
                } else {
                    stack.push((pl, pi - 1, cdepth));
                    pl = pi + 1;
                }
            }
            for pi in pl + 1..=pr {
                let vi = t[at(pi)];
                let mut pj = pi;
                while pj > pl && less(vi, t[at(pj - 1)]) {
                    t[at(pj)] = t[at(pj - 1)];
                    pj -= 1;
                }
                t[at(pj)] = vi;
            }
        }
        match stack.pop() {
            Some((l, r, d)) => {
                pl = l;
                pr = r;
                cdepth = d;
            }
            None => break,
        }
    }
}

/// NumPy's `aheapsort_` on the indices: introsort's fallback.
fn aheapsort(t: &mut [i64], less: impl Fn(i64, i64) -> bool) {
    let mut n = t.len();
    let mut l = n >> 1;
    while l > 0 {
        sift_down(t, l, n, &less);
        l -= 1;
    }
    while n > 1 {
        t.swap(0, n - 1);
        n -= 1;
        sift_down(t, 1, n, &less);
    }
}

/// One sift of NumPy's heapsort: the element at heap position `i` (heaps
/// count from 1) sinks below its larger children within the first `n`.
fn sift_down(t: &mut [i64], mut i: usize, n: usize, less: &impl Fn(i64, i64) -> bool) {
    let tmp = t[i - 1];
    let mut j = i << 1;
    while j <= n {
        if j < n && less(t[j - 1], t[j]) {
            j += 1;
        }
        if !less(tmp, t[j - 1]) {
            break;
        }
        t[i - 1] = t[j - 1];
        i = j;
        j += j;
    }
    t[i - 1] = tmp;
}

/// `np.searchsorted(a, v, side, sorter)` over a 1-d `a` and `v` of any
/// shape, both already in their common dtype: NumPy's `binsearch`, which
/// keeps the bounds of the previous key when keys come in increasing order.
pub fn searchsorted(a: &Array, v: &Array, right: bool, sorter: Option<&[i64]>) -> Result<Array> {
    let shape = v.shape().to_vec();
    crate::with_dtype!(a.dtype(), T => {
        let arr = a.to_vec::<T>();
        let arr: Vec<T> = match sorter {
            Some(s) => s.iter().map(|&i| arr[i as usize]).collect(),
            None => arr,
        };
        let keys = v.to_vec::<T>();
        Ok(Array::from_vec(binsearch(&arr, &keys, right), shape))
    })
}

fn binsearch<T: SortKey>(arr: &[T], keys: &[T], right: bool) -> Vec<i64> {
    let n = arr.len();
    let mut out = Vec::with_capacity(keys.len());
    let (mut lo, mut hi) = (0usize, n);
    let Some(&first) = keys.first() else {
        return out;
    };
    let mut last = first;
    for &key in keys {
        if T::sorts_before(last, key) {
            hi = n;
        } else {
            lo = 0;
            hi = if hi < n { hi + 1 } else { n };
        }
        last = key;
        while lo < hi {
            let mid = lo + ((hi - lo) >> 1);
            let go_right = if right {
                !T::sorts_before(key, arr[mid])
            } else {
                T::sorts_before(arr[mid], key)
            };
            if go_right {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        out.push(lo as i64);
    }
    out
}

/// What `np.unique` asks for besides the values.
pub struct Unique {
    pub values: Array,
    pub index: Vec<i64>,
    pub inverse: Vec<i64>,
    pub counts: Vec<i64>,
}

/// `np.unique` of the flattened array, NaNs collapsed into one (equal_nan=True).
pub fn unique(a: &Array) -> Result<Unique> {
    unique_nan(a, true)
}

/// `np.unique` of the flattened array; with `equal_nan` false every NaN is a
/// value of its own (NumPy compares neighbours of the sorted array with `!=`).
pub fn unique_nan(a: &Array, equal_nan: bool) -> Result<Unique> {
    let flat = super::shape::ravel(a)?;
    crate::with_dtype!(flat.dtype(), T => {
        let data = flat.to_vec::<T>();
        let mut perm: Vec<usize> = (0..data.len()).collect();
        sort_positions(&mut perm, &data);
        let same = |x: T, y: T| {
            !T::sorts_before(x, y) && !T::sorts_before(y, x) && (equal_nan || !x.nan())
        };
        let mut values: Vec<T> = Vec::new();
        let (mut index, mut counts) = (Vec::new(), Vec::new());
        let mut inverse = vec![0i64; data.len()];
        for &i in &perm {
            let x = data[i];
            match values.last() {
                Some(&last) if same(last, x) => {
                    *counts.last_mut().expect("a count per value") += 1;
                }
                _ => {
                    values.push(x);
                    index.push(i as i64);
                    counts.push(1);
                }
            }
            inverse[i] = values.len() as i64 - 1;
        }
        let n = values.len();
        Ok(Unique { values: Array::from_vec(values, vec![n]), index, inverse, counts })
    })
}

/// `np.unique(a, axis=axis)`: the distinct subarrays along `axis`, with the
/// first index, inverse (one per subarray) and count of each. NumPy views
/// every subarray as one structured element whose fields are its values
/// (`_arraysetops_impl.unique`), so they sort field by field and are equal
/// only when every field is (`!=` between neighbours: NaN is never equal).
/// The values come back as NumPy's `moveaxis` view of the unique rows.
pub fn unique_along(a: &Array, axis: isize) -> Result<Unique> {
    let nd = a.ndim();
    let axis = normalize_axis(axis, nd)?;
    let mut to_front: Vec<isize> = vec![axis as isize];
    to_front.extend((0..nd).filter(|&d| d != axis).map(|d| d as isize));
    let moved = super::shape::transpose(a, Some(&to_front))?;
    let rows = moved.shape()[0];
    let m: usize = moved.shape()[1..].iter().product();
    crate::with_dtype!(a.dtype(), T => {
        let data = moved.to_vec::<T>();
        let row = |i: usize| &data[i * m..(i + 1) * m];
        let mut perm: Vec<usize> = (0..rows).collect();
        // Stable, as NumPy's mergesort when return_index asks for firsts.
        perm.sort_by(|&i, &j| {
            row(i).iter().zip(row(j)).map(|(x, y)| order(x, y)).find(|o| o.is_ne()).unwrap_or(Ordering::Equal)
        });
        let same = |i: usize, j: usize| {
            row(i).iter().zip(row(j)).all(|(&x, &y)| !T::sorts_before(x, y) && !T::sorts_before(y, x) && !x.nan())
        };
        let mut firsts: Vec<usize> = Vec::new();
        let mut counts: Vec<i64> = Vec::new();
        let mut inverse = vec![0i64; rows];
        for &i in &perm {
            match firsts.last() {
                Some(&f) if same(f, i) => *counts.last_mut().expect("a count per row") += 1,
                _ => {
                    firsts.push(i);
                    counts.push(1);
                }
            }
            inverse[i] = firsts.len() as i64 - 1;
        }
        let n = firsts.len();
        let values: Vec<T> = firsts.iter().flat_map(|&i| row(i).iter().copied()).collect();
        let mut shape = vec![n];
        shape.extend_from_slice(&moved.shape()[1..]);
        // Back from the front: the inverse of `to_front`.
        let mut back = vec![0isize; nd];
        for (k, &d) in to_front.iter().enumerate() {
            back[d as usize] = k as isize;
        }
        let values = super::shape::transpose(&Array::from_vec(values, shape), Some(&back))?;
        let index = firsts.iter().map(|&i| i as i64).collect();
        Ok(Unique { values, index, inverse, counts })
    })
}

/// The elements at sorted positions `ks` of every lane along `axis`
/// (an `np.partition` whose chosen positions are all NumPy reads), as an
/// array with that axis replaced by `ks.len()`; plus, per lane, whether it
/// holds a NaN.
pub fn order_statistics(a: &Array, axis: usize, ks: &[usize]) -> Result<(Array, Vec<bool>)> {
    let shape = a.shape().to_vec();
    let (outer, n, inner) = split(&shape, axis);
    let mut out_shape = shape.clone();
    out_shape[axis] = ks.len();
    crate::with_dtype!(a.dtype(), T => {
        let data = a.to_vec::<T>();
        let mut out = vec![T::default(); outer * ks.len() * inner];
        let mut nan = Vec::with_capacity(outer * inner);
        let mut lane = Vec::with_capacity(n);
        for o in 0..outer {
            for i in 0..inner {
                lane.clear();
                lane.extend((0..n).map(|k| data[o * n * inner + i + k * inner]));
                lane.sort_by(order::<T>);
                nan.push(lane.last().is_some_and(|&x| x.nan()));
                for (j, &k) in ks.iter().enumerate() {
                    out[o * ks.len() * inner + i + j * inner] = lane[k];
                }
            }
        }
        let strides = c_strides(&out_shape);
        let r = Array::from_vec(out, out_shape.clone());
        Ok((r.with_geometry(out_shape, strides), nan))
    })
}

/// `np.partition` (`arg` false) or `np.argpartition` (`arg` true) along
/// `axis` (None: flattened) at the positions `kths` (negative from the end).
///
/// With several kth NumPy runs its own introselect (npysort/selection.cpp),
/// ported below step for step. With one kth, the 16-, 32- and 64-bit dtypes
/// go to x86-simd-sort's AVX-512 `qselect`/`argselect`, whose sorting
/// networks sort a short lane completely: npcalc gives that sorted lane, and
/// refuses longer lanes (and ties an arg-sort network would order its own way).
pub fn partition(a: &Array, axis: Option<isize>, kths: &[i64], arg: bool) -> Result<Array> {
    let (a, ax) = prepare(a, axis)?;
    let shape = a.shape().to_vec();
    let n = shape[ax];
    let mut ks = Vec::with_capacity(kths.len());
    for &k in kths {
        let k = if k < 0 { k + n as i64 } else { k };
        if a.size() != 0 && (k < 0 || k >= n as i64) {
            return Err(Error::value_error(format!("kth(={k}) out of bounds ({n})")));
        }
        ks.push(k.max(0) as usize);
    }
    ks.sort_unstable();
    let simd = if ks.len() == 1 {
        simd_sorted_len(a.dtype(), arg)
    } else {
        None
    };
    if let Some(limit) = simd
        && n > limit
    {
        return Err(Error::new(
            Exc::NotImplementedError,
            format!(
                "npcalc's np.{}partition of {} lanes longer than {limit} with one kth is not supported (NumPy runs x86-simd-sort's AVX-512 selection there)",
                if arg { "arg" } else { "" },
                a.dtype().name()
            ),
        ));
    }
    crate::with_dtype!(a.dtype(), T => {
        let data = a.to_vec::<T>();
        let mut idx: Vec<i64> = Vec::with_capacity(n);
        let mut pivots = Vec::with_capacity(MAX_PIVOT_STACK);
        let select = |lane: &mut Vec<T>| -> Result<Vec<i64>> {
            let mut t: Vec<i64> = (0..lane.len() as i64).collect();
            if simd.is_some() {
                sort_positions(&mut t, lane);
                let tied = |w: &[i64]| !T::sorts_before(lane[w[0] as usize], lane[w[1] as usize]);
                let zeros = lane.iter().any(|x| x.negative_zero())
                    && t.windows(2).any(|w| tied(w) && lane[w[0] as usize].negative_zero() != lane[w[1] as usize].negative_zero());
                if (arg && t.windows(2).any(tied)) || zeros {
                    return Err(Error::new(
                        Exc::NotImplementedError,
                        "npcalc cannot order tied elements as x86-simd-sort's AVX-512 selection network does in this np.partition/np.argpartition; make the values distinct or pass several kth",
                    ));
                }
            } else {
                pivots.clear();
                for &k in &ks {
                    introselect(lane, &mut t, k as isize, Some(&mut pivots));
                }
            }
            Ok(t)
        };
        let mut select = select;
        if arg {
            let out = map_lanes(&data, &shape, ax, |lane: &mut Vec<T>| select(lane))?;
            Ok(Array::from_vec(out, shape))
        } else {
            let out = map_lanes(&data, &shape, ax, |lane: &mut Vec<T>| {
                idx = select(lane)?;
                Ok(idx.iter().map(|&i| lane[i as usize]).collect())
            })?;
            Ok(Array::from_vec(out, shape))
        }
    })
}

/// The lane length up to which x86-simd-sort (AVX-512, as NumPy 2.4.6 uses
/// it on this CPU) sorts a whole lane in one network when asked for one kth;
/// None where NumPy's own introselect runs instead.
fn simd_sorted_len(d: super::DType, arg: bool) -> Option<usize> {
    use super::DType::*;
    match (d, arg) {
        (Int64 | UInt64 | Float64, _) => Some(256),
        (Int32 | UInt32 | Float32, false) => Some(512),
        (Int32 | UInt32 | Float32, true) => Some(256),
        (Int16 | UInt16, false) => Some(512),
        (Float16, false) => Some(128),
        _ => None,
    }
}

/// `NPY_MAX_PIVOT_STACK`.
const MAX_PIVOT_STACK: usize = 50;

/// selection.cpp's `store_pivot`.
fn store_pivot(pivot: isize, kth: isize, pivots: &mut Option<&mut Vec<usize>>) {
    let Some(p) = pivots else { return };
    if pivot == kth && p.len() == MAX_PIVOT_STACK {
        *p.last_mut().expect("a full stack") = pivot as usize;
    } else if pivot >= kth && p.len() < MAX_PIVOT_STACK {
        p.push(pivot as usize);
    }
}

/// Whether NumPy's `introselect_` takes its floating-point shortcut for the
/// last position (its `inexact<type>()`: float32/64 and complex, not the
/// half floats it stores as integers).
fn inexact<T: SortKey>() -> bool {
    let name = std::any::type_name::<T>();
    name == "f32" || name == "f64" || name.contains("Complex")
}

/// selection.cpp's `introselect_` in its arg form: `t` holds indices into
/// `v`; the value form swaps values exactly as this swaps indices.
fn introselect<T: SortKey>(
    v: &[T],
    t: &mut [i64],
    kth: isize,
    mut pivots: Option<&mut Vec<usize>>,
) {
    let num = t.len() as isize;
    let at = |t: &[i64], i: isize| v[t[i as usize] as usize];
    let less = |a: T, b: T| {
        super::signals::poll();
        T::sorts_before(a, b)
    };
    let (mut low, mut high) = (0isize, num - 1);
    if let Some(p) = pivots.as_deref_mut() {
        while let Some(&top) = p.last() {
            let top = top as isize;
            if top > kth {
                high = top - 1;
                break;
            } else if top == kth {
                return;
            }
            low = top + 1;
            p.pop();
        }
    }
    if kth - low < 3 {
        dumb_select(v, &mut t[low as usize..(high + 1) as usize], kth - low);
        store_pivot(kth, kth, &mut pivots);
        return;
    } else if inexact::<T>() && kth == num - 1 {
        let (mut maxidx, mut maxval) = (low, at(t, low));
        for k in low + 1..num {
            if !less(at(t, k), maxval) {
                maxidx = k;
                maxval = at(t, k);
            }
        }
        t.swap(kth as usize, maxidx as usize);
        return;
    }
    let mut depth_limit = msb(num as usize) as isize * 2;
    while low + 1 < high {
        let mut ll = low + 1;
        let mut hh = high;
        if depth_limit > 0 || hh - ll < 5 {
            let mid = low + (high - low) / 2;
            // median3_swap_
            let (lo, mi, hi) = (low as usize, mid as usize, high as usize);
            if less(v[t[hi] as usize], v[t[mi] as usize]) {
                t.swap(hi, mi);
            }
            if less(v[t[hi] as usize], v[t[lo] as usize]) {
                t.swap(hi, lo);
            }
            if less(v[t[lo] as usize], v[t[mi] as usize]) {
                t.swap(lo, mi);
            }
            t.swap(mi, lo + 1);
        } else {
            let mid = ll + median_of_median5(v, &mut t[ll as usize..], hh - ll);
            t.swap(mid as usize, low as usize);
            ll -= 1;
            hh += 1;
        }
        depth_limit -= 1;
        // unguarded_partition_
        let pivot = at(t, low);
        loop {
            loop {
                ll += 1;
                if !less(at(t, ll), pivot) {
                    break;
                }
            }
            loop {
                hh -= 1;
                if !less(pivot, at(t, hh)) {
                    break;
                }
            }
            if hh < ll {
                break;
            }
            t.swap(ll as usize, hh as usize);
        }
        t.swap(low as usize, hh as usize);
        if hh != kth {
            store_pivot(hh, kth, &mut pivots);
        }
        if hh >= kth {
            high = hh - 1;
        }
        if hh <= kth {
            low = ll;
        }
    }
    if high == low + 1 && less(at(t, high), at(t, low)) {
        t.swap(high as usize, low as usize);
    }
    store_pivot(kth, kth, &mut pivots);
}

/// `npy_get_msb`: the position of the highest set bit.
fn msb(mut n: usize) -> u32 {
    let mut depth = 0;
    while {
        n >>= 1;
        n != 0
    } {
        depth += 1;
    }
    depth
}

/// selection.cpp's `dumb_select_`: selection sort up to `kth`.
fn dumb_select<T: SortKey>(v: &[T], t: &mut [i64], kth: isize) {
    let num = t.len();
    for i in 0..=kth.max(-1) as usize {
        if i >= num {
            break;
        }
        let mut minidx = i;
        let mut minval = v[t[i] as usize];
        for k in i + 1..num {
            super::signals::poll();
            if T::sorts_before(v[t[k] as usize], minval) {
                minidx = k;
                minval = v[t[k] as usize];
            }
        }
        t.swap(i, minidx);
    }
}

/// selection.cpp's `median5_`: the index (0..5) of the median of `t[..5]`,
/// after its swaps.
fn median5<T: SortKey>(v: &[T], t: &mut [i64]) -> isize {
    let less = |t: &[i64], i: usize, j: usize| T::sorts_before(v[t[i] as usize], v[t[j] as usize]);
    for (a, b) in [(1, 0), (4, 3), (3, 0), (4, 1), (2, 1)] {
        if less(t, a, b) {
            t.swap(a, b);
        }
    }
    if less(t, 3, 2) {
        if less(t, 3, 1) { 1 } else { 3 }
    } else {
        2
    }
}

/// selection.cpp's `median_of_median5_` over `t[..num]`.
fn median_of_median5<T: SortKey>(v: &[T], t: &mut [i64], num: isize) -> isize {
    let nmed = num / 5;
    for i in 0..nmed {
        let sub = (i * 5) as usize;
        let m = median5(v, &mut t[sub..]);
        t.swap(sub + m as usize, i as usize);
    }
    if nmed > 2 {
        introselect(v, &mut t[..nmed as usize], nmed / 2, None);
    }
    nmed / 2
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn introselect_order() {
        // NumPy 2.4.6: np.partition(x, 3) and np.argpartition(x, [3, 9]) of
        // this int8 array (introselect, no SIMD path for 8-bit data).
        let x: Vec<i8> = vec![3, 9, 2, 7, 1, 8, 3, 5, 4, 6, 0, 2, 9, 1];
        let a = Array::from_vec(x, vec![14]);
        let p = partition(&a, Some(-1), &[3], false).unwrap().to_vec::<i8>();
        assert_eq!(p, vec![0, 1, 1, 2, 2, 3, 9, 5, 4, 6, 8, 7, 9, 3]);
        let q = partition(&a, Some(-1), &[3, 9], true)
            .unwrap()
            .to_vec::<i64>();
        assert_eq!(q, vec![10, 4, 13, 11, 2, 0, 7, 6, 8, 9, 5, 3, 12, 1]);
        let err = partition(&a, Some(-1), &[-15], false).unwrap_err();
        assert_eq!(err.message, "kth(=-1) out of bounds (14)");
    }

    #[test]
    fn sorts_nan_last() {
        // NumPy 2.4.6: np.sort([3.0, nan, 1.0, -inf]) == [-inf, 1., 3., nan]
        let a = Array::from_vec(vec![3.0, f64::NAN, 1.0, f64::NEG_INFINITY], vec![4]);
        let s = sort(&a, Some(-1), SortKind::Quick).unwrap().to_vec::<f64>();
        assert_eq!(&s[..3], &[f64::NEG_INFINITY, 1.0, 3.0]);
        assert!(s[3].is_nan());
        let i = argsort(&a, Some(-1), SortKind::Quick).unwrap();
        assert_eq!(i.to_vec::<i64>(), vec![3, 2, 0, 1]);
    }

    #[test]
    fn ties_in_wide_dtypes_as_numpy() {
        // NumPy 2.4.6 on AVX-512: np.argsort of this int64 array (x86-simd-sort's networks)
        let a = Array::from_vec(vec![2i64, 1, 1, 0, 0, 0, 0, 0, 0], vec![9]);
        assert_eq!(
            argsort(&a, None, SortKind::Quick).unwrap().to_vec::<i64>(),
            vec![3, 6, 5, 4, 7, 8, 2, 1, 0]
        );
        assert_eq!(
            argsort(&a, None, SortKind::Stable).unwrap().to_vec::<i64>(),
            vec![3, 4, 5, 6, 7, 8, 1, 2, 0]
        );
    }

    #[test]
    fn searches_like_binsearch() {
        // np.searchsorted([1, 2, 2, 3], [2, 2, 0, 5]) == [1, 1, 0, 4]; side='right' == [3, 3, 0, 4]
        let a = Array::from_vec(vec![1i64, 2, 2, 3], vec![4]);
        let v = Array::from_vec(vec![2i64, 2, 0, 5], vec![4]);
        assert_eq!(
            searchsorted(&a, &v, false, None).unwrap().to_vec::<i64>(),
            vec![1, 1, 0, 4]
        );
        assert_eq!(
            searchsorted(&a, &v, true, None).unwrap().to_vec::<i64>(),
            vec![3, 3, 0, 4]
        );
    }

    #[test]
    fn unique_counts() {
        let a = Array::from_vec(vec![3i64, 1, 1, 2], vec![4]);
        let u = unique(&a).unwrap();
        assert_eq!(u.values.to_vec::<i64>(), vec![1, 2, 3]);
        assert_eq!(u.index, vec![1, 3, 0]);
        assert_eq!(u.inverse, vec![2, 0, 0, 1]);
        assert_eq!(u.counts, vec![2, 1, 1]);
    }
}
