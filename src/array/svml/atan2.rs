//! Intel SVML's float64 `atan2` (`__svml_atan28_ha`), which NumPy 2.4.6
//! calls for float64 `np.arctan2` on AVX-512 CPUs (`simd_atan2_f64` in
//! `loops_umath_fp.dispatch.c.src`, when neither input overlaps the
//! output), run on one lane as `svml.rs` does for the others: |y/x| picks
//! one of five intervals with base points 0, 1/2, 1, 3/2, ∞, the reduced
//! argument R = (c·|y| − d·|x|)/(c·|x| + d·|y|) comes from a `vrcp14pd`
//! reciprocal refined twice, and atan R is an odd polynomial; signs and π
//! are put back at the end. Lanes where either input is zero (and neither
//! is NaN) take the vector code's zero branch.
//!
//! Lanes where |x| or |y| is below 2^-1020 or at least 2^993 (denormals,
//! infinities, NaN, huge values) go through the scalar rare path
//! `__svml_datan2_ha_cout_rare_internal`. Its special values and its
//! branches for exponents 54 or more apart are ported; its general branch
//! (a table-driven atan of y/x for exponents closer than that, 800 lines of
//! SSE2) is not: those lanes (`unported`) call glibc's `atan2`, which can
//! differ in the last bit (5 of 10^5 oracle inputs, all a denormal x).
//!
//! The constants are bytes of `__svml_datan2_ha_data_internal` from NumPy's
//! SVML (github.com/numpy/SVML), Intel's code released under the BSD
//! 3-Clause licence: Copyright (c) 2005-2021, Intel Corporation, all rights
//! reserved.

use super::{d, rcp14};

const PI: f64 = d(0x400921fb54442d18);
const PI_LO: f64 = d(0x3ca1a64000000000);
const PIO2: f64 = d(0x3ff921fb54442d18);
/// atan of the base points 1/2, 1, 3/2, ∞: high and low parts.
const ATAN_HALF: (f64, f64) = (d(0x3fddac670561bb4f), d(0x3c7a2b7f222f65e2));
const ATAN_ONE: (f64, f64) = (d(0x3fe921fb54442d18), d(0x3c81a62633145c07));
const ATAN_3HALF: (f64, f64) = (d(0x3fef730bd281f69b), d(0x3c7007887af0cbbd));
const ATAN_INF: (f64, f64) = (d(0x3ff921fb54442d18), d(0x3c91a62633145c07));
/// The polynomial in R⁴, its odd-power half (`+1856`, `+1984`, …, `+2496`)
/// and even-power half (`+1920`, `+2048`, …, `+2560`).
const ODD: [f64; 6] = [
    d(0x3f8be4fbe6733718),
    d(0x3fa6ad5558fe19c9),
    d(0x3fae12f1edf7c393),
    d(0x3fb3b132b731e73a),
    d(0x3fbc71c719f99f96),
    d(0x3fc9999999998f43),
];
const EVEN: [f64; 6] = [
    d(0xbfa04cd71f92185e),
    d(0xbfaa9e755ca13d23),
    d(0xbfb1108d326c68ed),
    d(0xbfb745d119677a4f),
    d(0xbfc2492492441a21),
    d(0xbfd5555555555552),
];

/// Whether SVML's range check sends |v| to the rare path: the high word
/// minus 0x80300000, compared as signed 32-bit, is at least 0xfdd00000.
fn flagged(v: f64) -> bool {
    let hi = (v.abs().to_bits() >> 32) as u32;
    hi.wrapping_sub(0x8030_0000) as i32 >= 0xfdd0_0000u32 as i32
}

/// The difference of the biased exponent fields of y and x (0 for a
/// denormal), which picks the rare path's branch.
fn exponent_gap(y: f64, x: f64) -> i32 {
    ((y.to_bits() >> 52) & 0x7ff) as i32 - ((x.to_bits() >> 52) & 0x7ff) as i32
}

/// Whether `atan2(y, x)` takes the rare path's general branch, which is
/// not ported (glibc's `atan2` stands in).
fn unported(y: f64, x: f64) -> bool {
    (flagged(x) || flagged(y))
        && x.is_finite()
        && y.is_finite()
        && x != 0.0
        && y != 0.0
        && (-53..54).contains(&exponent_gap(y, x))
}

/// `__svml_datan2_ha_cout_rare_internal` for nonzero or NaN inputs.
fn rare(y: f64, x: f64) -> f64 {
    // Each result below is a sum of a high and a low part, with the sign
    // of y put on the rounded sum.
    let with_sign_of_y = |v: f64| d((v.to_bits() & !(1 << 63)) | (y.to_bits() & (1 << 63)));
    let (pio4, pio4_lo) = (d(0x3fe921fb54442d18), d(0x3c81a62633145c07));
    let (pio2, pio2_lo) = (d(0x3ff921fb54442d18), d(0x3c91a62633145c07));
    let (pi, pi_lo) = (d(0x400921fb54442d18), d(0x3ca1a62633145c07));
    let (pi3o4, pi3o4_lo) = (d(0x4002d97c7f3321d2), d(0x3c9a79394c9e8a0a));
    let x_neg = x.is_sign_negative();
    if y.is_nan() || x.is_nan() {
        return y + x;
    }
    if y.is_infinite() {
        return with_sign_of_y(match (x.is_infinite(), x_neg) {
            (true, false) => pio4 + pio4_lo,
            (true, true) => pi3o4 + pi3o4_lo,
            (false, _) => pio2 + pio2_lo,
        });
    }
    if x.is_infinite() {
        return with_sign_of_y(if x_neg { pi + pi_lo } else { 0.0 });
    }
    if unported(y, x) {
        // The general branch, not ported (see the module comment).
        return y.atan2(x);
    }
    let diff = exponent_gap(y, x);
    if diff <= -54 {
        if x_neg {
            return with_sign_of_y(pi + pi_lo);
        }
        let q = y.abs() / x.abs();
        return with_sign_of_y(if q.to_bits() >> 52 != 0 {
            q * (1.0 + q)
        } else {
            q * q + q
        });
    }
    if diff >= 74 {
        return with_sign_of_y(pio2 + pio2_lo);
    }
    // 54 <= diff < 74.
    with_sign_of_y((pio2_lo - x / y.abs()) + pio2)
}

/// One lane of `__svml_atan28_ha(y, x)`.
pub fn atan2(y: f64, x: f64) -> f64 {
    const SIGN: u64 = 0x8000_0000_0000_0000;
    let (ax, ay) = (x.abs(), y.abs());
    let (sx, sy) = (x.to_bits() & SIGN, y.to_bits() & SIGN);
    if flagged(x) || flagged(y) {
        if (x == 0.0 || y == 0.0) && !x.is_nan() && !y.is_nan() {
            // The zero branch: ±0, ±π/2 or ±π by the comparison of |y|
            // and |x| and the sign bit of x.
            let pio2 = if ay < ax || (ax == 0.0 && ay == 0.0) {
                0.0
            } else {
                PIO2
            };
            let mut r = d(pio2.to_bits() | sx);
            if (x.to_bits() as i64) < 0 {
                r += PI;
            }
            return d(r.to_bits() | sy);
        }
        return rare(y, x);
    }
    let k5 = ax * d(0x3fdc000000000000) < ay; // 7/16
    let k1 = ax * d(0x3fe6000000000000) < ay; // 11/16
    let k2 = ax * d(0x3ff3000000000000) < ay; // 19/16
    let k3 = ax * d(0x4003800000000000) < ay; // 39/16
    let (dd, (atan_hi, atan_lo)) = if k3 {
        (1.0, ATAN_INF)
    } else if k2 {
        (1.5, ATAN_3HALF)
    } else if k1 {
        (1.0, ATAN_ONE)
    } else {
        (0.5, ATAN_HALF)
    };
    let cx = if k3 { 0.0 } else { ax };
    let cy = if k3 { 0.0 } else { ay };
    // b = c·|x| + d·|y| and a = c·|y| − d·|x| (b = |x|, a = |y| below 7/16).
    let b = if k5 { ay.mul_add(dd, cx) } else { cx };
    let a = if k5 { (-ax).mul_add(dd, cy) } else { cy };
    let r0 = rcp14(b);
    let e = (-b).mul_add(r0, 1.0);
    let r0 = e.mul_add(r0, r0);
    let e = (-b).mul_add(r0, 1.0);
    let r0 = e.mul_add(r0, r0);
    let r = a * r0;
    let r2 = r * r;
    let r4 = r2 * r2;
    let mut lo = r0 * (-r).mul_add(b, a);
    if k5 {
        lo += atan_lo;
    }
    let mut p = ODD[0].mul_add(r4, ODD[1]);
    let mut q = EVEN[0].mul_add(r4, EVEN[1]);
    for i in 2..6 {
        p = r4.mul_add(p, ODD[i]);
        q = r4.mul_add(q, EVEN[i]);
    }
    let poly = r2 * r2.mul_add(p, q);
    if x < 0.0 {
        lo += d(PI_LO.to_bits() ^ sx);
    }
    let t = r.mul_add(poly, lo);
    let mut res = r + t;
    if k5 {
        res += atan_hi;
    }
    let mut res = d(res.to_bits() ^ sx);
    if x < 0.0 {
        res += PI;
    }
    d(res.to_bits() | sy)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::array::oracle_bits;

    #[test]
    fn special_values() {
        assert_eq!(atan2(0.0, -0.0), PI);
        assert_eq!(atan2(-0.0, -1.0), -PI);
        assert_eq!(atan2(-0.0, 1.0).to_bits(), (-0.0f64).to_bits());
        assert_eq!(atan2(1.0, 0.0), PIO2);
        assert_eq!(atan2(1.0, 1.0), std::f64::consts::FRAC_PI_4);
    }

    #[test]
    fn matches_numpy() {
        oracle_bits::check_f64_2("arctan2", atan2, |y, x| !unported(y, x));
    }
}
