//! NumPy's discrete samplers for `Generator` (distributions.c): binomial
//! by inversion or BTPE (Kachitvichyanukul & Schmeiser), Poisson by
//! multiplication or PTRS (Hörmann). Ported branch for branch, since any
//! reordering of the uniform draws changes the stream.

use super::BitGen;

/// `random_binomial`: one draw of Binomial(n, p), 0 <= p <= 1, n >= 0.
/// The per-(n, p) set-up is recomputed per draw where NumPy caches it; the
/// values are the same, the cache only saves time.
pub fn binomial<B: BitGen>(bitgen: &mut B, p: f64, n: i64) -> i64 {
    if n == 0 || p == 0.0 {
        return 0;
    }
    legacy_binomial(bitgen, p, n)
}

/// `legacy_random_binomial` (RandomState's): the same samplers without the
/// shortcut for n == 0 or p == 0, which still draws one uniform.
pub fn legacy_binomial<B: BitGen>(bitgen: &mut B, p: f64, n: i64) -> i64 {
    if p <= 0.5 {
        if p * n as f64 <= 30.0 {
            binomial_inversion(bitgen, n, p)
        } else {
            binomial_btpe(bitgen, n, p)
        }
    } else {
        let q = 1.0 - p;
        if q * n as f64 <= 30.0 {
            n - binomial_inversion(bitgen, n, q)
        } else {
            n - binomial_btpe(bitgen, n, q)
        }
    }
}

/// `random_multinomial`: one draw of counts for `pvals` (written into
/// `out`, zeroed by the caller): a binomial per category on what is left,
/// stopping once no trials remain; the last category takes the rest.
pub fn multinomial<B: BitGen>(bitgen: &mut B, n: i64, out: &mut [i64], pvals: &[f64]) {
    let d = pvals.len();
    let mut remaining_p = 1.0;
    let mut dn = n;
    for j in 0..d.saturating_sub(1) {
        out[j] = binomial(bitgen, pvals[j] / remaining_p, dn);
        dn -= out[j];
        if dn <= 0 {
            break;
        }
        remaining_p -= pvals[j];
    }
    if dn > 0 && d > 0 {
        out[d - 1] = dn;
    }
}

fn binomial_inversion<B: BitGen>(bitgen: &mut B, n: i64, p: f64) -> i64 {
    let q = 1.0 - p;
    let qn = (n as f64 * (-p).ln_1p()).exp();
    let np = n as f64 * p;
    let bound = (n as f64).min(np + 10.0 * (np * q + 1.0).sqrt()) as i64;
    let mut x = 0i64;
    let mut px = qn;
    let mut u = bitgen.next_double();
    while u > px {
        x += 1;
        if x > bound {
            x = 0;
            px = qn;
            u = bitgen.next_double();
        } else {
            u -= px;
            px = ((n - x + 1) as f64 * p * px) / (x as f64 * q);
        }
    }
    x
}

/// BTPE; the C code's `goto` steps become the loop below, each `continue`
/// being NumPy's `goto Step10` (draw again).
fn binomial_btpe<B: BitGen>(bitgen: &mut B, n: i64, p: f64) -> i64 {
    let nf = n as f64;
    let r = p.min(1.0 - p);
    let q = 1.0 - r;
    let fm = nf * r + r;
    let m = fm.floor() as i64;
    let mf = m as f64;
    let p1 = (2.195 * (nf * r * q).sqrt() - 4.6 * q).floor() + 0.5;
    let xm = mf + 0.5;
    let xl = xm - p1;
    let xr = xm + p1;
    let c = 0.134 + 20.5 / (15.3 + mf);
    let a = (fm - xl) / (fm - xl * r);
    let laml = a * (1.0 + a / 2.0);
    let a = (xr - fm) / (xr * q);
    let lamr = a * (1.0 + a / 2.0);
    let p2 = p1 * (1.0 + 2.0 * c);
    let p3 = p2 + c / laml;
    let p4 = p3 + c / lamr;
    let y = loop {
        let nrq = nf * r * q;
        let u = bitgen.next_double() * p4;
        let mut v = bitgen.next_double();
        let y: i64;
        if u <= p1 {
            break (xm - p1 * v + u).floor() as i64;
        } else if u <= p2 {
            let x = xl + (u - p1) / c;
            v = v * c + 1.0 - (mf - x + 0.5).abs() / p1;
            if v > 1.0 {
                continue;
            }
            y = x.floor() as i64;
        } else if u <= p3 {
            let yf = (xl + v.ln() / laml).floor();
            if yf < 0.0 || v == 0.0 {
                continue;
            }
            y = yf as i64;
            v = v * (u - p2) * laml;
        } else {
            let yf = (xr - v.ln() / lamr).floor();
            if yf > nf || v == 0.0 {
                continue;
            }
            y = yf as i64;
            v = v * (u - p3) * lamr;
        }
        // Step 50: accept or reject y.
        let k = (y - m).abs();
        let kf = k as f64;
        if !(k > 20 && kf < nrq / 2.0 - 1.0) {
            let s = r / q;
            let a = s * (nf + 1.0);
            let mut f = 1.0;
            if m < y {
                for i in m + 1..=y {
                    f *= a / i as f64 - s;
                }
            } else if m > y {
                for i in y + 1..=m {
                    f /= a / i as f64 - s;
                }
            }
            if v > f {
                continue;
            }
            break y;
        }
        // Step 52: squeeze, then the Stirling-bound comparison.
        let rho = (kf / nrq) * ((kf * (kf / 3.0 + 0.625) + 0.16666666666666666) / nrq + 0.5);
        let t = -kf * kf / (2.0 * nrq);
        let big_a = v.ln();
        if big_a < t - rho {
            break y;
        }
        if big_a > t + rho {
            continue;
        }
        let yf = y as f64;
        let x1 = yf + 1.0;
        let f1 = mf + 1.0;
        let z = nf + 1.0 - mf;
        let w = nf - yf + 1.0;
        let (x2, f2, z2, w2) = (x1 * x1, f1 * f1, z * z, w * w);
        // NumPy 2.4 keeps the 1988 paper's form: 13680 (not 13860) and all
        // four correction terms added; 2.5 changed both, and so the stream.
        let stirling = |d: f64, d2: f64| {
            (13680. - (462. - (132. - (99. - 140. / d2) / d2) / d2) / d2) / d / 166320.
        };
        let bound = xm * (f1 / x1).ln()
            + (nf - mf + 0.5) * (z / w).ln()
            + (yf - mf) * (w * r / (x1 * q)).ln()
            + stirling(f1, f2)
            + stirling(z, z2)
            + stirling(x1, x2)
            + stirling(w, w2);
        if big_a > bound {
            continue;
        }
        break y;
    };
    // Step 60.
    if p > 0.5 { n - y } else { y }
}

/// `random_poisson`: one draw of Poisson(lam), 0 <= lam <= POISSON_LAM_MAX.
pub fn poisson<B: BitGen>(bitgen: &mut B, lam: f64) -> i64 {
    if lam >= 10.0 {
        poisson_ptrs(bitgen, lam)
    } else if lam == 0.0 {
        0
    } else {
        poisson_mult(bitgen, lam)
    }
}

fn poisson_mult<B: BitGen>(bitgen: &mut B, lam: f64) -> i64 {
    let enlam = (-lam).exp();
    let mut x = 0;
    let mut prod = 1.0;
    loop {
        prod *= bitgen.next_double();
        if prod > enlam {
            x += 1;
        } else {
            return x;
        }
    }
}

fn poisson_ptrs<B: BitGen>(bitgen: &mut B, lam: f64) -> i64 {
    let slam = lam.sqrt();
    let loglam = lam.ln();
    let b = 0.931 + 2.53 * slam;
    let a = -0.059 + 0.02483 * b;
    let invalpha = 1.1239 + 1.1328 / (b - 3.4);
    let vr = 0.9277 - 3.6224 / (b - 2.0);
    loop {
        let u = bitgen.next_double() - 0.5;
        let v = bitgen.next_double();
        let us = 0.5 - u.abs();
        // C's (long) cast: NaN or out of range (an infinite lam) gives INT64_MIN.
        let k = super::c_long(((2.0 * a / us + b) * u + lam + 0.43).floor());
        if us >= 0.07 && v <= vr {
            return k;
        }
        if k < 0 || (us < 0.013 && v > us) {
            continue;
        }
        if v.ln() + invalpha.ln() - (a / (us * us) + b).ln()
            <= -lam + k as f64 * loglam - loggam(k as f64 + 1.0)
        {
            return k;
        }
    }
}

/// `random_loggam`: log Γ(x) as NumPy computes it (Stirling series).
pub(super) fn loggam(x: f64) -> f64 {
    // The C source's digits, kept verbatim.
    #[allow(clippy::excessive_precision)]
    const A: [f64; 10] = [
        8.333333333333333e-02,
        -2.777777777777778e-03,
        7.936507936507937e-04,
        -5.952380952380952e-04,
        8.417508417508418e-04,
        -1.917526917526918e-03,
        6.410256410256410e-03,
        -2.955065359477124e-02,
        1.796443723688307e-01,
        -1.39243221690590e+00,
    ];
    if x == 1.0 || x == 2.0 {
        return 0.0;
    }
    let n = if x < 7.0 { (7.0 - x) as i64 } else { 0 };
    let mut x0 = x + n as f64;
    let x2 = (1.0 / x0) * (1.0 / x0);
    let lg2pi = 1.8378770664093453e+00;
    let mut gl0 = A[9];
    for &coef in A[..9].iter().rev() {
        gl0 *= x2;
        gl0 += coef;
    }
    let mut gl = gl0 / x0 + 0.5 * lg2pi + (x0 - 0.5) * x0.ln() - x0;
    if x < 7.0 {
        for _ in 1..=n {
            gl -= (x0 - 1.0).ln();
            x0 -= 1.0;
        }
    }
    gl
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::random::{Pcg64, SeedSequence, int_words};

    fn rng(seed: u128) -> Pcg64 {
        Pcg64::from_seed_sequence(&SeedSequence::from_words(&int_words(seed)))
    }

    const BINOMIAL_SUMS: &[(u128, i64, f64, i64)] = &[
        (0, 10, 0.3, 5978),
        (0, 100, 0.2, 39959),
        (0, 1000, 0.5, 999681),
        (0, 1000, 0.97, 1940446),
        (0, 50, 0.9, 90061),
        (0, 1000000, 0.01, 19997674),
        (0, 7, 1.0, 14000),
        (5, 10, 0.3, 5929),
        (5, 100, 0.2, 39779),
        (5, 1000, 0.5, 1000372),
        (5, 1000, 0.97, 1940047),
        (5, 50, 0.9, 90104),
        (5, 1000000, 0.01, 20005930),
        (5, 7, 1.0, 14000),
        (77, 10, 0.3, 5978),
        (77, 100, 0.2, 39926),
        (77, 1000, 0.5, 999160),
        (77, 1000, 0.97, 1939938),
        (77, 50, 0.9, 90070),
        (77, 1000000, 0.01, 19995302),
        (77, 7, 1.0, 14000),
    ];
    const POISSON_SUMS: &[(u128, f64, i64)] = &[
        (0, 0.5, 987),
        (0, 3.0, 6021),
        (0, 9.99, 20087),
        (0, 10.0, 19913),
        (0, 55.5, 110995),
        (0, 1000000.0, 1999972190),
        (5, 0.5, 972),
        (5, 3.0, 5984),
        (5, 9.99, 19802),
        (5, 10.0, 19959),
        (5, 55.5, 110645),
        (5, 1000000.0, 1999972831),
        (77, 0.5, 967),
        (77, 3.0, 5940),
        (77, 9.99, 19937),
        (77, 10.0, 19910),
        (77, 55.5, 110499),
        (77, 1000000.0, 1999943648),
    ];

    // Oracle: np.random.default_rng(SEED).binomial(N, P, 2000).sum() and
    // .poisson(LAM, 2000).sum() under NumPy 2.4.6 — covering inversion
    // (n p <= 30), BTPE (n p > 30, both p sides), Poisson mult and PTRS.
    #[test]
    fn binomial_matches_numpy() {
        for &(seed, n, p, want) in BINOMIAL_SUMS {
            let mut g = rng(seed);
            let sum: i64 = (0..2000).map(|_| binomial(&mut g, p, n)).sum();
            assert_eq!(sum, want, "seed {seed} n {n} p {p}");
        }
    }

    #[test]
    fn poisson_matches_numpy() {
        for &(seed, lam, want) in POISSON_SUMS {
            let mut g = rng(seed);
            let sum: i64 = (0..2000).map(|_| poisson(&mut g, lam)).sum();
            assert_eq!(sum, want, "seed {seed} lam {lam}");
        }
    }
}
