//! x86-simd-sort's `avx512_argsort` (numpy/_core/src/npysort/x86-simd-sort,
//! xss-common-argsort.h and xss-network-keyvaluesort.hpp), which NumPy 2.4.6
//! runs for the default argsort of 32- and 64-bit integers and floats on a
//! CPU with AVX-512 (X86_V4), as this machine and the oracle's have. Tied
//! keys end where its networks and partitions put them, so this order — and
//! only this — depends on the CPU: an AVX2-only machine runs 4-lane networks,
//! other machines NumPy's own introsort.
//!
//! Every register holds 8 lanes (a zmm of 64-bit keys, or a ymm of 32-bit
//! keys beside a zmm of 64-bit indices), emulated here lane by lane. Keys
//! never hold NaN (an array with NaN goes to `std::sort`), so comparing them
//! with `sorts_before` is the vector compare; `-0.0` and `0.0` compare equal
//! there as in the vector instructions, and which of two equal keys a `min`
//! keeps never reaches the indices.

use super::sort::SortKey;

const LANES: usize = 8;
/// The index a masked load puts in lanes past the end: `zmm_max()` of the
/// u64 index vector, -1 as NumPy's signed indices.
const PAD_INDEX: i64 = -1;

type Keys<T> = [T; LANES];
type Index = [i64; LANES];

/// NumPy's `x86simdsortStatic::argsort(arr, arg, size, hasnan=true)` on the
/// indices `arg` (`0..n` on entry), the keys' padding value `pad` being the
/// vector type's `type_max()`. An index a network's padding displaces
/// comes out as -1, as in NumPy.
pub fn argsort<T: SortKey>(v: &[T], arg: &mut [i64], pad: T) {
    let n = arg.len();
    if n <= 1 {
        return;
    }
    let lt = |i: i64, j: i64| {
        super::signals::poll();
        T::sorts_before(v[i as usize], v[j as usize])
    };
    if v.iter().any(|x| x.nan()) {
        std_sort(arg, lt);
        return;
    }
    // Already sorted (ties included): indices stay in order.
    if !v.windows(2).any(|w| T::sorts_before(w[1], w[0])) {
        return;
    }
    let max_iters = 2 * (n as f64).log2() as usize;
    Xss { v, pad }.sort(arg, 0, n - 1, max_iters);
}

struct Xss<'a, T> {
    v: &'a [T],
    pad: T,
}

impl<T: SortKey> Xss<'_, T> {
    fn lt(&self, a: T, b: T) -> bool {
        super::signals::poll();
        T::sorts_before(a, b)
    }

    /// `argsort_`: quicksort on `arg[left..=right]`, networks for 256 or
    /// fewer, `std::sort` when the partitions go too deep.
    fn sort(&self, arg: &mut [i64], left: usize, right: usize, max_iters: usize) {
        if max_iters == 0 {
            std_sort(&mut arg[left..=right], |i, j| {
                self.lt(self.v[i as usize], self.v[j as usize])
            });
            return;
        }
        if right + 1 - left <= 256 {
            self.argsort_n(&mut arg[left..=right]);
            return;
        }
        let pivot = self.pivot(arg, left, right);
        // The partition's running min and max over every key it moves.
        let keys = || arg[left..=right].iter().map(|&i| self.v[i as usize]);
        let smallest = keys().fold(pivot, |m, x| if self.lt(x, m) { x } else { m });
        let biggest = keys().fold(pivot, |m, x| if self.lt(m, x) { x } else { m });
        let p = self.partition_unrolled(arg, left, right + 1, pivot);
        let eq = |a: T, b: T| !self.lt(a, b) && !self.lt(b, a);
        if !eq(pivot, smallest) {
            self.sort(arg, left, p - 1, max_iters - 1);
        }
        if !eq(pivot, biggest) {
            self.sort(arg, p, right, max_iters - 1);
        }
    }

    /// `get_pivot_64bit`: the fifth smallest of eight keys spread evenly.
    fn pivot(&self, arg: &[i64], left: usize, right: usize) -> T {
        let size = (right - left) / 8;
        let mut keys: Keys<T> =
            std::array::from_fn(|k| self.v[arg[left + (k + 1) * size] as usize]);
        keys.sort_by(super::sort::order);
        keys[4]
    }

    /// One register of indices at `arg[at..]` and their keys.
    fn load(&self, arg: &[i64], at: usize) -> (Index, Keys<T>) {
        let a: Index = std::array::from_fn(|l| arg[at + l]);
        (a, std::array::from_fn(|l| self.v[a[l] as usize]))
    }

    /// `argpartition_unrolled<…, 4>`: the indices of keys below `pivot` to
    /// the left of the returned position, the others from it on.
    fn partition_unrolled(
        &self,
        arg: &mut [i64],
        mut left: usize,
        mut right: usize,
        pivot: T,
    ) -> usize {
        const UNROLL: usize = 4;
        if right - left <= 8 * UNROLL * LANES {
            return self.partition(arg, left, right, pivot);
        }
        self.scalar_partition(arg, &mut left, &mut right, UNROLL * LANES, pivot);
        if left == right {
            return left;
        }
        let lefts: Vec<_> = (0..UNROLL)
            .map(|i| self.load(arg, left + LANES * i))
            .collect();
        let rights: Vec<_> = (0..UNROLL)
            .map(|i| self.load(arg, right - LANES * (UNROLL - i)))
            .collect();
        // One past the right-hand store (x86-simd-sort's r_store + vtype::numlanes,
        // which never goes below zero as its signed r_store may).
        let mut r_end = right;
        let mut l_store = left;
        left += UNROLL * LANES;
        right -= UNROLL * LANES;
        while right != left {
            // Load from the side with less room stored so far.
            let from = if r_end - right < left - l_store {
                right -= UNROLL * LANES;
                right
            } else {
                left += UNROLL * LANES;
                left - UNROLL * LANES
            };
            let vecs: Vec<_> = (0..UNROLL)
                .map(|i| self.load(arg, from + i * LANES))
                .collect();
            for (a, k) in &vecs {
                let ge = self.partition_vec(arg, l_store, r_end, a, k, pivot);
                l_store += LANES - ge;
                r_end -= ge;
            }
        }
        for (a, k) in lefts.iter().chain(&rights) {
            let ge = self.partition_vec(arg, l_store, r_end, a, k, pivot);
            l_store += LANES - ge;
            r_end -= ge;
        }
        l_store
    }

    /// `argpartition`: the same, one register at a time.
    fn partition(&self, arg: &mut [i64], mut left: usize, mut right: usize, pivot: T) -> usize {
        self.scalar_partition(arg, &mut left, &mut right, LANES, pivot);
        if left == right {
            return left;
        }
        if right - left == LANES {
            let (a, k) = self.load(arg, left);
            return left + LANES - self.partition_vec(arg, left, left + LANES, &a, &k, pivot);
        }
        let (first, last) = (self.load(arg, left), self.load(arg, right - LANES));
        // One past the right-hand store (x86-simd-sort's r_store + vtype::numlanes,
        // which never goes below zero as its signed r_store may).
        let mut r_end = right;
        let mut l_store = left;
        left += LANES;
        right -= LANES;
        while right != left {
            let (a, k) = if r_end - right < left - l_store {
                right -= LANES;
                self.load(arg, right)
            } else {
                left += LANES;
                self.load(arg, left - LANES)
            };
            let ge = self.partition_vec(arg, l_store, r_end, &a, &k, pivot);
            r_end -= ge;
            l_store += LANES - ge;
        }
        l_store += LANES - self.partition_vec(arg, l_store, r_end, &first.0, &first.1, pivot);
        l_store + LANES - self.partition_vec(arg, l_store, l_store + LANES, &last.0, &last.1, pivot)
    }

    /// The scalar loop that shortens `left..right` to a multiple of `block`.
    fn scalar_partition(
        &self,
        arg: &mut [i64],
        left: &mut usize,
        right: &mut usize,
        block: usize,
        pivot: T,
    ) {
        for _ in 0..(*right - *left) % block {
            if self.lt(self.v[arg[*left] as usize], pivot) {
                *left += 1;
            } else {
                *right -= 1;
                arg.swap(*left, *right);
            }
        }
    }

    /// `partition_vec_avx512`: compress-stores the indices of keys below the
    /// pivot from `left` on and the others to end at `right`, both in lane
    /// order; returns how many were not below.
    fn partition_vec(
        &self,
        arg: &mut [i64],
        left: usize,
        right: usize,
        a: &Index,
        k: &Keys<T>,
        pivot: T,
    ) -> usize {
        let ge = k.iter().filter(|&&x| !self.lt(x, pivot)).count();
        let (mut l, mut r) = (left, right - ge);
        for lane in 0..LANES {
            if self.lt(k[lane], pivot) {
                arg[l] = a[lane];
                l += 1;
            } else {
                arg[r] = a[lane];
                r += 1;
            }
        }
        ge
    }

    /// `argsort_n<…, 256>`: up to 32 registers sorted by bitonic networks,
    /// the lanes past `n` padded with `type_max()` keys.
    fn argsort_n(&self, arg: &mut [i64]) {
        let n = arg.len();
        let mut vecs = 32;
        while vecs > 1 && n * 2 <= vecs * LANES {
            vecs /= 2;
        }
        let mut idx: Vec<Index> = (0..vecs)
            .map(|r| std::array::from_fn(|l| arg.get(r * LANES + l).copied().unwrap_or(PAD_INDEX)))
            .collect();
        let mut keys: Vec<Keys<T>> = idx
            .iter()
            .map(|a| {
                std::array::from_fn(|l| {
                    if a[l] == PAD_INDEX {
                        self.pad
                    } else {
                        self.v[a[l] as usize]
                    }
                })
            })
            .collect();
        for (k, i) in keys.iter_mut().zip(idx.iter_mut()) {
            self.sort_reg(k, i);
        }
        let mut per = 2;
        while per <= vecs {
            for r in (0..vecs).step_by(per) {
                self.merge_n_vec(&mut keys[r..r + per], &mut idx[r..r + per]);
            }
            per *= 2;
        }
        for (k, slot) in arg.iter_mut().enumerate() {
            *slot = idx[k / LANES][k % LANES];
        }
    }

    /// `sort_reg_8lanes`: lane `l` meets lane `l ^ x`, keeping the max where
    /// `mask` has bit `l`.
    fn sort_reg(&self, k: &mut Keys<T>, i: &mut Index) {
        for (x, mask) in [
            (1, 0xAA),
            (3, 0xCC),
            (1, 0xAA),
            (7, 0xF0),
            (2, 0xCC),
            (1, 0xAA),
        ] {
            self.cmp_merge(k, i, x, mask);
        }
    }

    /// `bitonic_merge_reg_8lanes`.
    fn merge_reg(&self, k: &mut Keys<T>, i: &mut Index) {
        for (x, mask) in [(4, 0xF0), (2, 0xCC), (1, 0xAA)] {
            self.cmp_merge(k, i, x, mask);
        }
    }

    /// `cmp_merge` with indices: a lane keeps its own index unless its
    /// partner's key strictly wins.
    fn cmp_merge(&self, k: &mut Keys<T>, i: &mut Index, x: usize, mask: u8) {
        let (k0, i0) = (*k, *i);
        for l in 0..LANES {
            let p = l ^ x;
            let take_max = mask >> l & 1 == 1;
            let partner_wins = if take_max {
                self.lt(k0[l], k0[p])
            } else {
                self.lt(k0[p], k0[l])
            };
            if partner_wins {
                k[l] = k0[p];
                i[l] = i0[p];
            }
        }
    }

    /// `COEX` with indices: lane by lane, the smaller key to `a`, a tie
    /// staying put.
    fn coex(&self, ka: &mut Keys<T>, kb: &mut Keys<T>, ia: &mut Index, ib: &mut Index) {
        for l in 0..LANES {
            if self.lt(kb[l], ka[l]) {
                std::mem::swap(&mut ka[l], &mut kb[l]);
                std::mem::swap(&mut ia[l], &mut ib[l]);
            }
        }
    }

    /// `bitonic_merge_n_vec`: registers compared with the reversed upper
    /// half, then half-cleaned, then each merged within itself.
    fn merge_n_vec(&self, keys: &mut [Keys<T>], idx: &mut [Index]) {
        let n = keys.len();
        let reverse = |k: &mut Keys<T>, i: &mut Index| {
            k.reverse();
            i.reverse();
        };
        for a in 0..n / 2 {
            let b = n - a - 1;
            reverse(&mut keys[b], &mut idx[b]);
            let (kl, kh) = keys.split_at_mut(b);
            let (il, ih) = idx.split_at_mut(b);
            self.coex(&mut kl[a], &mut kh[0], &mut il[a], &mut ih[0]);
            reverse(&mut keys[b], &mut idx[b]);
        }
        let mut num = n / 2;
        while num >= 2 {
            for j in (0..n).step_by(num) {
                for a in j..j + num / 2 {
                    let b = a + num / 2;
                    let (kl, kh) = keys.split_at_mut(b);
                    let (il, ih) = idx.split_at_mut(b);
                    self.coex(&mut kl[a], &mut kh[0], &mut il[a], &mut ih[0]);
                }
            }
            num /= 2;
        }
        for (k, i) in keys.iter_mut().zip(idx.iter_mut()) {
            self.merge_reg(k, i);
        }
    }
}

/// libstdc++'s `std::sort` (GCC's introsort, which NumPy's wheels link):
/// median of three moved to the front, unguarded partitions down to 16
/// elements, heapsort past twice log2(n) levels, then one insertion sort.
fn std_sort<I: Copy>(t: &mut [I], less: impl Fn(I, I) -> bool) {
    const THRESHOLD: usize = 16;
    let n = t.len();
    if n <= 1 {
        return;
    }
    introsort_loop(t, 2 * (usize::BITS - 1 - n.leading_zeros()) as usize, &less);
    if n > THRESHOLD {
        insertion_sort(&mut t[..THRESHOLD], &less);
        for i in THRESHOLD..n {
            unguarded_linear_insert(t, i, &less);
        }
    } else {
        insertion_sort(t, &less);
    }
}

fn introsort_loop<I: Copy>(t: &mut [I], mut depth: usize, less: &impl Fn(I, I) -> bool) {
    let mut last = t.len();
    while last > 16 {
        if depth == 0 {
            heap_sort(&mut t[..last], less);
            return;
        }
        depth -= 1;
        // __unguarded_partition_pivot
        let mid = last / 2;
        move_median_to_first(t, 0, 1, mid, last - 1, less);
        let (mut first, mut hi) = (1, last);
        let cut = loop {
            while less(t[first], t[0]) {
                first += 1;
            }
            hi -= 1;
            while less(t[0], t[hi]) {
                hi -= 1;
            }
            if first >= hi {
                break first;
            }
            t.swap(first, hi);
            first += 1;
        };
        introsort_loop(&mut t[cut..last], depth, less);
        last = cut;
    }
}

fn move_median_to_first<I: Copy>(
    t: &mut [I],
    result: usize,
    a: usize,
    b: usize,
    c: usize,
    less: &impl Fn(I, I) -> bool,
) {
    let pick = if less(t[a], t[b]) {
        if less(t[b], t[c]) {
            b
        } else if less(t[a], t[c]) {
            c
        } else {
            a
        }
    } else if less(t[a], t[c]) {
        a
    } else if less(t[b], t[c]) {
        c
    } else {
        b
    };
    t.swap(result, pick);
}

fn insertion_sort<I: Copy>(t: &mut [I], less: &impl Fn(I, I) -> bool) {
    for i in 1..t.len() {
        if less(t[i], t[0]) {
            t[..=i].rotate_right(1);
        } else {
            unguarded_linear_insert(t, i, less);
        }
    }
}

fn unguarded_linear_insert<I: Copy>(t: &mut [I], mut last: usize, less: &impl Fn(I, I) -> bool) {
    let val = t[last];
    while less(val, t[last - 1]) {
        t[last] = t[last - 1];
        last -= 1;
    }
    t[last] = val;
}

/// `std::partial_sort(first, last, last)`: make_heap, then sort_heap.
fn heap_sort<I: Copy>(t: &mut [I], less: &impl Fn(I, I) -> bool) {
    let len = t.len();
    if len >= 2 {
        let mut parent = (len - 2) / 2;
        loop {
            let value = t[parent];
            adjust_heap(t, parent, len, value, less);
            if parent == 0 {
                break;
            }
            parent -= 1;
        }
    }
    let mut last = len;
    while last > 1 {
        last -= 1;
        let value = t[last];
        t[last] = t[0];
        adjust_heap(t, 0, last, value, less);
    }
}

/// `std::__adjust_heap`: the hole sinks to a leaf, then `value` rises.
fn adjust_heap<I: Copy>(
    t: &mut [I],
    mut hole: usize,
    len: usize,
    value: I,
    less: &impl Fn(I, I) -> bool,
) {
    let top = hole;
    let mut child = hole;
    while child < (len - 1) / 2 {
        child = 2 * (child + 1);
        if less(t[child], t[child - 1]) {
            child -= 1;
        }
        t[hole] = t[child];
        hole = child;
    }
    if len & 1 == 0 && child == (len - 2) / 2 {
        child = 2 * (child + 1);
        t[hole] = t[child - 1];
        hole = child - 1;
    }
    let mut parent = hole.wrapping_sub(1) / 2;
    while hole > top && less(t[parent], value) {
        t[hole] = t[parent];
        hole = parent;
        parent = hole.wrapping_sub(1) / 2;
    }
    t[hole] = value;
}
