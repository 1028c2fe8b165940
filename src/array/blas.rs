//! The floating-point order of the BLAS/LAPACK routines NumPy calls, ported
//! from the scipy-openblas 0.3.31 that NumPy 2.4.6 bundles, as it runs on an
//! AVX-512 CPU (OpenBLAS's SKYLAKEX kernels). Every result here depends on
//! that CPU's kernel: on another core OpenBLAS picks other kernels and NumPy
//! prints other last digits.

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
    let mnk = big_m as f64 * big_n as f64 * big_k as f64;
    let mut small = !syrk && mnk <= 100.0 * 100.0 * 100.0;
    if small && transa && !transb && (big_m * big_n > 1200 || big_k < 32) {
        small = false;
    }
    let tn = small && transa && !transb;
    let nn = small && !transa && !transb;
    let m8 = big_m & !7;
    let mm = big_m - m8;
    let nn_tail = nn && mm > 0 && mm <= 4 && big_k >= 16;
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
                None => fma_sum(row, &col_a),
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

/// One FMA per term in order, from +0.
fn fma_sum(x: &[f64], y: &[f64]) -> f64 {
    x.iter().zip(y).fold(0.0, |acc, (&p, &q)| p.mul_add(q, acc))
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
