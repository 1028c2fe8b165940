//! The floating-point order of the BLAS/LAPACK routines NumPy calls, ported
//! from the scipy-openblas 0.3.31 that NumPy 2.4.6 bundles. OpenBLAS picks
//! its kernels per CPU at run time, and the order differs between them, so
//! each routine here follows the core `Core::current()` names (see
//! `blas_core`: `OPENBLAS_CORETYPE` when set, else the CPU's, as OpenBLAS
//! decides): SkylakeX (AVX-512: Intel Xeon Scalable, Zen 4 and Zen 5) or
//! Haswell (AVX2 without AVX-512, and Zen 1-3). Between them: ddot's
//! reduction (convolve.rs), dgemv_n's micro-kernel, the small-matrix gemm
//! kernels (SkylakeX only), the gemm k block (Q) and the trsm row block
//! (the dgemm unroll). dgemv_t and the LAPACK drivers are common code.

use super::blas_core::Core;

/// How an operand of `cblas_dgemm` is laid out (NumPy passes a C-order
/// matrix as `NoTrans` and a Fortran-order one as `Trans`).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Layout {
    C,
    F,
}

/// `cblas_dgemm(RowMajor, trans1, trans2, n, m, k, 1.0, a, b, 0.0, c)` as
/// NumPy's matmul (and `np.dot`) calls it for two float64 matrices with
/// every dimension above 1: `a` is n×k and `b` k×m, both given in C order
/// whatever their memory layout; `la`/`lb` are the layouts BLAS sees.
/// `syrk` marks NumPy's `x @ x.T` on one buffer (`cblas_dsyrk`).
///
/// OpenBLAS turns the row-major call into the column-major product
/// C' (m×n) = B' A' and, below 100³ multiply-adds, runs its small-matrix
/// kernels (kernel/x86_64/dgemm_small_kernel_{nn,tn}_skylakex.c): the NN
/// kernel accumulates each element with one FMA per k in order, except for
/// the last 1..4 rows of C' when k >= 16, which it computes dot-style in
/// eight k-lanes; the TN kernel (B in Fortran order, A in C order, m·n <=
/// 1200 and k >= 32) is dot-style everywhere. The packed kernels (bigger
/// products, and dsyrk) accumulate in k order with FMA too.
pub fn dgemm(
    a: &[f64],
    b: &[f64],
    (n, k, m): (usize, usize, usize),
    (la, lb): (Layout, Layout),
    syrk: bool,
) -> Vec<f64> {
    // Column-major view: M = m, N = n, K = k; transa is B's, transb is A's.
    let (big_m, big_n, big_k) = (m, n, k);
    let transa = lb == Layout::F;
    let transb = la == Layout::F;
    let core = Core::current();
    let mnk = big_m as f64 * big_n as f64 * big_k as f64;
    // Only the SkylakeX build has small-matrix kernels.
    let mut small = core == Core::SkylakeX && !syrk && mnk <= 100.0 * 100.0 * 100.0;
    if small && transa && !transb && (big_m * big_n > 1200 || big_k < 32) {
        small = false;
    }
    let tn = small && transa && !transb;
    let nn = small && !transa && !transb;
    let m8 = big_m & !7;
    let mm = big_m - m8;
    let nn_tail = nn && mm > 0 && mm <= 4 && big_k >= 16;
    let chunks = k_chunks(core, big_k, mnk, syrk);
    // Haswell's packed kernel runs an odd N's last column (NumPy's last row)
    // through its 4x1 edge kernel, four k-lanes per four rows of C'. Which
    // column that is when gemm runs threaded (level3_thread.c cuts N per
    // thread and buffer) is not ported, nor dsyrk's blocks.
    let lanes_row =
        (core == Core::Haswell && big_n % 2 == 1 && !syrk && !threaded(mnk)).then(|| big_n - 1);
    let m4 = big_m & !3;
    let mut out = vec![0.0f64; n * m];
    let mut col_a = vec![0.0f64; k];
    for c in 0..m {
        super::signals::poll();
        for (t, v) in col_a.iter_mut().enumerate() {
            *v = b[t * m + c];
        }
        // Dot-style rows: (row index within the region, the region's rows).
        let dot_style = if tn {
            Some((c, big_m))
        } else if nn_tail && c >= m8 {
            Some((c - m8, mm))
        } else {
            None
        };
        for r in 0..n {
            let row = &a[r * k..(r + 1) * k];
            out[r * m + c] = match dot_style {
                None if lanes_row == Some(r) && c < m4 => chunks
                    .iter()
                    .fold(0.0, |c, &(s, e)| c + lanes4x1(&row[s..e], &col_a[s..e])),
                None => chunks
                    .iter()
                    .fold(0.0, |c, &(s, e)| c + fma_sum(&row[s..e], &col_a[s..e])),
                Some((i, rows)) => {
                    let lanes = lanes8(row, &col_a);
                    if i < (rows & !3) || r < (big_n & !3) {
                        reduce4(&lanes)
                    } else {
                        reduce_add(&lanes)
                    }
                }
            };
        }
    }
    out
}

/// The k ranges Haswell's packed gemm/syrk drivers cut the inner dimension into
/// (driver/level3/level3.c, level3_thread.c, level3_syrk.c): each range's
/// kernel call sums from 0 and adds its sum to C. A rest between Q and 2Q
/// is halved, rounded up to the unroll by the single-threaded gemm driver;
/// gemm runs threaded from 2 · 65536 · 4 multiply-adds (interface/gemm.c's
/// SMP threshold, when the machine has two CPUs or more).
fn k_chunks(core: Core, k: usize, mnk: f64, syrk: bool) -> Vec<(usize, usize)> {
    if core == Core::SkylakeX {
        // Not ported: its packed kernel's k blocking (NumPy's sums over
        // k > 384 match one unbroken FMA chain for gemm, not for syrk).
        return vec![(0, k)];
    }
    let (q, unroll_m) = (core.dgemm_q(), core.dgemm_unroll_m());
    let halve_only = syrk || threaded(mnk);
    let mut out = Vec::new();
    let mut ls = 0;
    while ls < k {
        let mut min_l = k - ls;
        if min_l >= 2 * q {
            min_l = q;
        } else if min_l > q {
            min_l = if halve_only {
                min_l.div_ceil(2)
            } else {
                (min_l / 2).div_ceil(unroll_m) * unroll_m
            };
        }
        out.push((ls, ls + min_l));
        ls += min_l;
    }
    if out.is_empty() {
        out.push((0, 0));
    }
    out
}

/// Whether OpenBLAS runs a gemm of `mnk` multiply-adds threaded
/// (interface/gemm.c: from 2 · 65536 · 4, on a machine of two CPUs or more).
fn threaded(mnk: f64) -> bool {
    mnk >= 2.0 * 65536.0 * 4.0
}

/// One FMA per term in order, from +0.
fn fma_sum(x: &[f64], y: &[f64]) -> f64 {
    x.iter().zip(y).fold(0.0, |acc, (&p, &q)| p.mul_add(q, acc))
}

/// dgemm_kernel_4x8_haswell.S's KERNEL4x1 for one row of its four: terms
/// in eights spread over four FMA lanes (`t % 4`), the last `k % 8` all in
/// lane 0 (KERNEL4x1_SUB), then SAVE4x1's (l0 + l1) + (l2 + l3).
fn lanes4x1(x: &[f64], y: &[f64]) -> f64 {
    let k8 = x.len() & !7;
    let mut acc = [0.0f64; 4];
    for (t, (&p, &q)) in x.iter().zip(y).enumerate() {
        let lane = if t < k8 { t % 4 } else { 0 };
        acc[lane] = p.mul_add(q, acc[lane]);
    }
    (acc[0] + acc[1]) + (acc[2] + acc[3])
}

/// Eight FMA accumulators, lane `t % 8` taking term `t`.
fn lanes8(x: &[f64], y: &[f64]) -> [f64; 8] {
    let mut acc = [0.0f64; 8];
    for (t, (&p, &q)) in x.iter().zip(y).enumerate() {
        acc[t % 8] = p.mul_add(q, acc[t % 8]);
    }
    acc
}

/// The kernels' `REDUCE_4` transpose-and-add, for one of its four sums.
fn reduce4(a: &[f64; 8]) -> f64 {
    ((a[0] + a[1]) + (a[2] + a[3])) + ((a[4] + a[5]) + (a[6] + a[7]))
}

/// GCC's `_mm512_reduce_add_pd`: halves, then quarters, then the pair.
fn reduce_add(a: &[f64; 8]) -> f64 {
    ((a[0] + a[4]) + (a[2] + a[6])) + ((a[1] + a[5]) + (a[3] + a[7]))
}

/// OpenBLAS's `NBMAX` row block of its dgemv kernels.
const NBMAX: usize = 2048;

/// The row blocks dgemv_n_4.c/dgemv_t_4.c walk for `m` rows: whole blocks of
/// `NBMAX`, then the rest rounded down to four; the last `m & 3` rows are
/// their scalar tail.
fn gemv_blocks(m: usize) -> Vec<(usize, usize)> {
    let m3 = m & 3;
    let mut m1 = (m & !3) as isize;
    let m2 = (m & (NBMAX - 1)) - m3;
    let (mut start, mut nb) = (0, NBMAX);
    let mut out = Vec::new();
    while nb == NBMAX {
        m1 -= NBMAX as isize;
        if m1 < 0 {
            if m2 == 0 {
                break;
            }
            nb = m2;
        }
        out.push((start, nb));
        start += nb;
    }
    out
}

/// OpenBLAS dgemv_t (kernel/x86_64/dgemv_t_4.c with the Haswell 4x4
/// microkernel, which the SKYLAKEX build uses) with alpha 1 and beta 0:
/// `y[j] = rows[j] · x`, each of the `n` rows `m` long (row-major `a`).
///
/// Columns 4 at a time run four FMA lanes (term i in lane i % 4), summed
/// (l0 + l2) + (l1 + l3); a pair left over runs two mul-then-add lanes, a
/// last single one four mul-then-add lanes; each row block adds into y.
/// The last `m & 3` terms are GCC-contracted scalar code on both cores
/// (Makefile.L2 builds this kernel with -mfma):
/// y + fma(a2, x2, fma(a0, x0, a1 * x1)) (two or one term alike).
pub fn dgemv_t(a: &[f64], x: &[f64], m: usize, n: usize) -> Vec<f64> {
    let blocks = gemv_blocks(m);
    let n4 = n & !3;
    let pair = n & 2 != 0;
    let m3 = m & 3;
    let base = m - m3;
    let mut y = vec![0.0f64; n];
    for (j, yj) in y.iter_mut().enumerate() {
        super::signals::poll();
        let row = &a[j * m..(j + 1) * m];
        let mut acc = 0.0f64;
        for &(start, nb) in &blocks {
            let (r, xs) = (&row[start..start + nb], &x[start..start + nb]);
            let part = if j < n4 {
                let mut l = [0.0f64; 4];
                for (i, (&p, &q)) in r.iter().zip(xs).enumerate() {
                    l[i % 4] = p.mul_add(q, l[i % 4]);
                }
                (l[0] + l[2]) + (l[1] + l[3])
            } else if pair && j < n4 + 2 {
                let mut l = [0.0f64; 2];
                for (i, (&p, &q)) in r.iter().zip(xs).enumerate() {
                    l[i % 2] += p * q;
                }
                l[0] + l[1]
            } else {
                let mut l = [0.0f64; 4];
                for (i, (&p, &q)) in r.iter().zip(xs).enumerate() {
                    l[i % 4] += p * q;
                }
                (l[0] + l[2]) + (l[1] + l[3])
            };
            acc = part.mul_add(1.0, acc);
        }
        let (t, xt) = (&row[base..], &x[base..]);
        acc = match m3 {
            3 => acc + t[2].mul_add(xt[2], t[0].mul_add(xt[0], t[1] * xt[1])),
            2 => acc + t[0].mul_add(xt[0], t[1] * xt[1]),
            1 => t[0].mul_add(xt[0], acc),
            _ => acc,
        };
        *yj = acc;
    }
    y
}

/// OpenBLAS dgemv_n (kernel/x86_64/dgemv_n_4.c with its SKYLAKEX
/// microkernel) with alpha 1 and beta 0: `y = Σ_t x[t] · cols[t]`, each of
/// the `n` columns `m` long (column-major `a`). `unit_x`: x has stride 1;
/// `tight`: the leading dimension equals m.
///
/// Rows below `m & !3`: columns four at a time, s = fma(a3, x3, fma(a2, x2,
/// fma(a0, x0, a1 * x1))) and y += s; a pair left over (unit x only)
/// y += fma(a0, x0, a1 * x1); single columns y += a * x unfused. The last
/// `m & 3` rows are C code, `temp += a * x` per column from 0 (a matrix of
/// two or three rows with unit x adds `a0 * x0 + a1 * x1` per column pair),
/// fused only where the core's C kernels fuse (`Core::madd`).
pub fn dgemv_n(a: &[f64], x: &[f64], m: usize, n: usize, unit_x: bool, tight: bool) -> Vec<f64> {
    let core = Core::current();
    let col = |t: usize, i: usize| a[t * m + i];
    let m3 = m & 3;
    let base = m - m3;
    let n4 = n & !3;
    let mut y = vec![0.0f64; m];
    for (i, yi) in y.iter_mut().enumerate().take(base) {
        super::signals::poll();
        let mut acc = 0.0f64;
        for t in (0..n4).step_by(4) {
            acc = quad(core, |u| col(t + u, i), &x[t..t + 4]).mul_add(1.0, acc);
        }
        let mut t = n4;
        if unit_x && n - n4 >= 2 {
            acc = pair(core, |u| col(t + u, i), &x[t..t + 2]).mul_add(1.0, acc);
            t += 2;
        }
        for (u, &xu) in x.iter().enumerate().take(n).skip(t) {
            acc += col(u, i) * xu;
        }
        *yi = acc;
    }
    for (i, yi) in y.iter_mut().enumerate().skip(base) {
        let mut temp = 0.0f64;
        if tight && unit_x && m == m3 && m3 >= 2 {
            let mut t = 0;
            while t + 4 <= n {
                temp += core.madd(col(t, i), x[t], col(t + 1, i) * x[t + 1]);
                temp += core.madd(col(t + 2, i), x[t + 2], col(t + 3, i) * x[t + 3]);
                t += 4;
            }
            for (u, &xu) in x.iter().enumerate().take(n).skip(t) {
                temp = core.madd(col(u, i), xu, temp);
            }
        } else {
            for (t, &xt) in x.iter().enumerate().take(n) {
                temp = core.madd(col(t, i), xt, temp);
            }
        }
        *yi = 1.0f64.mul_add(temp, 0.0);
    }
    y
}

/// One row of dgemv_n's 4x4 micro-kernel: the four columns' terms of that
/// row, which y then takes with one FMA by alpha. SkylakeX's kernel chains
/// them, fma(a3, x3, fma(a2, x2, fma(a0, x0, a1 * x1))); Haswell's
/// (dgemv_n_microk_haswell-4.c) sums two chains, fma(a2, x2, a0 * x0) +
/// fma(a3, x3, a1 * x1).
fn quad(core: Core, a: impl Fn(usize) -> f64, x: &[f64]) -> f64 {
    match core {
        Core::SkylakeX => a(3).mul_add(x[3], a(2).mul_add(x[2], a(0).mul_add(x[0], a(1) * x[1]))),
        Core::Haswell => a(2).mul_add(x[2], a(0) * x[0]) + a(3).mul_add(x[3], a(1) * x[1]),
    }
}

/// dgemv_n's 4x2 kernel for a pair of columns left over: fma(a0, x0,
/// a1 * x1) on SkylakeX, the two products rounded and added on Haswell.
fn pair(core: Core, a: impl Fn(usize) -> f64, x: &[f64]) -> f64 {
    match core {
        Core::SkylakeX => a(0).mul_add(x[0], a(1) * x[1]),
        Core::Haswell => a(0) * x[0] + a(1) * x[1],
    }
}

/// OpenBLAS ddot over two vectors not both unit-stride (see `ddot_strided_by`).
pub fn ddot_strided(x: &[f64], y: &[f64]) -> f64 {
    ddot_strided_by(Core::current(), |i| x[i], y)
}

/// OpenBLAS ddot's strided path (kernel/x86_64/ddot.c, `inc_x != 1`):
/// products rounded, summed as temp1 += m0 + m2, temp2 += m1 + m3 per four
/// terms, the rest `temp1 += y * x` (fused where the core fuses), then
/// temp1 + temp2.
fn ddot_strided_by(core: Core, x: impl Fn(usize) -> f64, y: &[f64]) -> f64 {
    let n = y.len();
    let n1 = n & !3;
    let (mut t1, mut t2) = (0.0f64, 0.0f64);
    let mut i = 0;
    while i < n1 {
        let m1 = y[i] * x(i);
        let m2 = y[i + 1] * x(i + 1);
        let m3 = y[i + 2] * x(i + 2);
        let m4 = y[i + 3] * x(i + 3);
        t1 += m1 + m3;
        t2 += m2 + m4;
        i += 4;
    }
    while i < n {
        t1 = core.madd(y[i], x(i), t1);
        i += 1;
    }
    t1 + t2
}

/// `y += alpha · Σ_t x[t] · col(t)` over `rows` rows in dgemv_n's order (see
/// `dgemv_n`), for a matrix whose leading dimension exceeds its rows and a
/// unit-stride x, as getf2 calls it.
fn dgemv_n_update(
    col: impl Fn(usize, usize) -> f64,
    x: &[f64],
    alpha: f64,
    y: &mut [f64],
    core: Core,
) {
    let (m, n) = (y.len(), x.len());
    let base = m - (m & 3);
    let n4 = n & !3;
    for (i, yi) in y.iter_mut().enumerate() {
        if i < base {
            let mut acc = *yi;
            for t in (0..n4).step_by(4) {
                acc = quad(core, |u| col(t + u, i), &x[t..t + 4]).mul_add(alpha, acc);
            }
            let mut t = n4;
            if n - n4 >= 2 {
                acc = pair(core, |u| col(t + u, i), &x[t..t + 2]).mul_add(alpha, acc);
                t += 2;
            }
            for (u, &xu) in x.iter().enumerate().skip(t) {
                acc += col(u, i) * (xu * alpha);
            }
            *yi = acc;
        } else {
            let mut temp = 0.0f64;
            for (t, &xt) in x.iter().enumerate() {
                temp = core.madd(col(t, i), xt, temp);
            }
            *yi = core.madd(alpha, temp, *yi);
        }
    }
}

/// LAPACK dgetrf of an n×n column-major matrix in place, as OpenBLAS runs it
/// for n <= 9 (lapack/getrf/getrf_single.c hands such sizes to getf2,
/// lapack/getf2/getf2_k.c): left-looking, each column gets the earlier row
/// swaps, a strided ddot per row of L, a dgemv_n update (alpha -1), the
/// first largest |value| as pivot, and a scaling by the pivot's reciprocal.
/// Returns the 0-based pivot rows and LAPACK's info (0, or the 1-based
/// column of the first exactly zero pivot). None above 9×9, where OpenBLAS
/// switches to its recursive blocked factorisation (not ported).
pub fn dgetrf(a: &mut [f64], n: usize) -> Option<(Vec<usize>, usize)> {
    if n > 9 {
        return None;
    }
    let core = Core::current();
    let mut ipiv = vec![0usize; n];
    let mut info = 0;
    for j in 0..n {
        super::signals::poll();
        for (i, &ip) in ipiv.iter().enumerate().take(j) {
            if ip != i {
                a.swap(j * n + i, j * n + ip);
            }
        }
        for i in 1..j {
            let (head, col) = a.split_at_mut(j * n);
            let d = ddot_strided_by(core, |t| head[t * n + i], &col[..i]);
            col[i] -= d;
        }
        {
            let (head, col) = a.split_at_mut(j * n);
            let (x, y) = col[..n].split_at_mut(j);
            dgemv_n_update(|t, i| head[t * n + j + i], x, -1.0, y, core);
        }
        let col = &a[j * n..j * n + n];
        let mut jp = j;
        let mut best = f64::NEG_INFINITY;
        for (i, v) in col.iter().enumerate().skip(j) {
            if v.abs() > best {
                best = v.abs();
                jp = i;
            }
        }
        ipiv[j] = jp;
        let pivot = a[j * n + jp];
        if pivot != 0.0 {
            if pivot.abs() >= f64::MIN_POSITIVE {
                let r = 1.0 / pivot;
                if jp != j {
                    for c in 0..=j {
                        a.swap(c * n + j, c * n + jp);
                    }
                }
                for v in &mut a[j * n + j + 1..j * n + n] {
                    *v *= r;
                }
            } else {
                if jp != j {
                    for c in 0..=j {
                        a.swap(c * n + j, c * n + jp);
                    }
                }
                for v in &mut a[j * n + j + 1..j * n + n] {
                    *v /= pivot;
                }
            }
        } else if info == 0 {
            info = j + 1;
        }
    }
    Some((ipiv, info))
}

/// `dgetrf` on the Fortran-ordered copy of a matrix given in C order, as
/// NumPy's linalg wrappers hand it to LAPACK: the factors, the pivots and
/// info.
fn lu_of_rows(rows: &[f64], n: usize) -> Option<(Vec<f64>, Vec<usize>, usize)> {
    let mut a = vec![0.0f64; n * n];
    for r in 0..n {
        for c in 0..n {
            a[c * n + r] = rows[r * n + c];
        }
    }
    let (ipiv, info) = dgetrf(&mut a, n)?;
    Some((a, ipiv, info))
}

/// numpy/linalg/umath_linalg.cpp's `slogdet_single_element` on a matrix
/// given in C order: LU of its Fortran-ordered copy, the sign from the
/// pivots and the diagonal, the log-determinant summed in order (0 and
/// -inf when a pivot is exactly zero). None above 9×9 (see `dgetrf`).
pub fn slogdet(rows: &[f64], n: usize) -> Option<(f64, f64)> {
    let (a, ipiv, info) = lu_of_rows(rows, n)?;
    if info != 0 {
        return Some((0.0, f64::NEG_INFINITY));
    }
    let swaps = ipiv.iter().enumerate().filter(|&(i, &p)| p != i).count();
    let mut sign = if swaps % 2 == 1 { -1.0 } else { 1.0 };
    let mut logdet = 0.0f64;
    for i in 0..n {
        let mut e = a[i * n + i];
        if e < 0.0 {
            sign = -sign;
            e = -e;
        }
        logdet += e.ln();
    }
    Some((sign, logdet))
}

/// `np.linalg.solve` of one right-hand side (LAPACK dgesv as OpenBLAS runs
/// it, interface/lapack/gesv.c): the LU of `dgetrf`, the row swaps on b
/// (laswp), then driver/level2/trsv_L.c (unit lower: b[r] -= b[i] · L[r][i]
/// by daxpy's fused multiply-add) and trsv_U.c (upper, backwards: b[i] /=
/// U[i][i], then the same daxpy on the rows above). `rows` is the matrix
/// in C order. daxpy's n < 16 is all its C tail, `y += da * x`, fused
/// where the core fuses. None above 9×9 (see `dgetrf`); Some(None) for an exactly
/// singular matrix (LAPACK's info > 0).
pub fn dgesv1(rows: &[f64], b: &[f64], n: usize) -> Option<Option<Vec<f64>>> {
    let (a, ipiv, info) = lu_of_rows(rows, n)?;
    if info != 0 {
        return Some(None);
    }
    let core = Core::current();
    let mut x = b.to_vec();
    for (i, &ip) in ipiv.iter().enumerate() {
        if ip != i {
            x.swap(i, ip);
        }
    }
    for i in 0..n {
        let d = -x[i];
        for r in i + 1..n {
            x[r] = core.madd(d, a[i * n + r], x[r]);
        }
    }
    for i in (0..n).rev() {
        x[i] /= a[i * n + i];
        let d = -x[i];
        for r in 0..i {
            x[r] = core.madd(d, a[i * n + r], x[r]);
        }
    }
    Some(Some(x))
}

/// The row blocks OpenBLAS's generic trsm kernels cut `m` rows into with
/// the dgemm unroll `u` (16 on SkylakeX, 4 on Haswell): whole blocks of u,
/// then the smaller powers of two as the bits of m say, top down
/// (trsm_kernel_LT.c); trsm_kernel_LN.c takes the small ones bottom up
/// (1, 2, 4, ...) and then the whole blocks from the bottom.
fn trsm_blocks(m: usize, u: usize, forward: bool) -> Vec<(usize, usize)> {
    let small = (0..u.trailing_zeros()).map(|b| 1usize << b);
    let mut out = Vec::new();
    if forward {
        let mut start = 0;
        for _ in 0..m / u {
            out.push((start, u));
            start += u;
        }
        for i in small.rev() {
            if m & i != 0 {
                out.push((start, i));
                start += i;
            }
        }
    } else {
        for i in small {
            if m & i != 0 {
                let end = m & !(i - 1);
                out.push((end - i, i));
            }
        }
        let mut end = m - m % u;
        while end > 0 {
            out.push((end - u, u));
            end -= u;
        }
    }
    out
}

/// `np.linalg.inv` (LAPACK dgesv with the identity as right-hand sides, as
/// OpenBLAS runs it): the LU of `dgetrf`, the row swaps, then
/// driver/level3/trsm_L.c's two solves with the generic trsm kernels: per
/// block of rows, the already solved rows enter through the dgemm kernel
/// (one FMA per term from 0, subtracted at once), then the block is solved
/// in place, multiplying by the packed reciprocal of U's diagonal (the
/// solve is C code, `c -= b * a` fused where the core fuses). A 1×1
/// matrix takes the trsv path (`dgesv1`). Returns the inverse in C order;
/// None above 9×9, Some(None) when singular.
pub fn dinv(rows: &[f64], n: usize) -> Option<Option<Vec<f64>>> {
    if n == 1 {
        return dgesv1(rows, &[1.0], n);
    }
    let (a, ipiv, info) = lu_of_rows(rows, n)?;
    if info != 0 {
        return Some(None);
    }
    let at = |r: usize, c: usize| a[c * n + r];
    let core = Core::current();
    let u = core.dgemm_unroll_m();
    // Column-major right-hand sides, permuted identity.
    let mut b = vec![0.0f64; n * n];
    for j in 0..n {
        b[j * n + j] = 1.0;
    }
    for (i, &ip) in ipiv.iter().enumerate() {
        if ip != i {
            for j in 0..n {
                b.swap(j * n + i, j * n + ip);
            }
        }
    }
    for j in 0..n {
        super::signals::poll();
        let x = &mut b[j * n..(j + 1) * n];
        // Unit lower triangle, top down.
        for (s, len) in trsm_blocks(n, u, true) {
            for r in s..s + len {
                let mut acc = 0.0f64;
                for (t, &xt) in x.iter().enumerate().take(s) {
                    acc = at(r, t).mul_add(xt, acc);
                }
                x[r] = (-1.0f64).mul_add(acc, x[r]);
            }
            for i in s..s + len {
                let bb = x[i];
                for (k, xk) in x.iter_mut().enumerate().take(s + len).skip(i + 1) {
                    *xk = core.madd(-bb, at(k, i), *xk);
                }
            }
        }
        // Upper triangle, bottom up, by the reciprocal of the diagonal.
        for (s, len) in trsm_blocks(n, u, false) {
            for r in s..s + len {
                let mut acc = 0.0f64;
                for (t, &xt) in x.iter().enumerate().skip(s + len) {
                    acc = at(r, t).mul_add(xt, acc);
                }
                x[r] = (-1.0f64).mul_add(acc, x[r]);
            }
            for i in (s..s + len).rev() {
                let bb = x[i] * (1.0 / at(i, i));
                x[i] = bb;
                for (k, xk) in x.iter_mut().enumerate().take(i).skip(s) {
                    *xk = core.madd(-bb, at(k, i), *xk);
                }
            }
        }
    }
    let mut out = vec![0.0f64; n * n];
    for r in 0..n {
        for c in 0..n {
            out[r * n + c] = b[c * n + r];
        }
    }
    Some(Some(out))
}
