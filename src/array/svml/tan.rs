//! Intel SVML's float64 `tan` (`__svml_tan8_ha`), which NumPy 2.4.6 calls
//! for float64 `np.tan` on AVX-512 CPUs (`simd_tan_f64` in
//! `loops_umath_fp.dispatch.c.src`, every stride, 0-d arrays and scalars),
//! run on one lane as `svml.rs` does for the others: x = N·π/16 + R with
//! a three-part Cody–Waite reduction (|x| ≤ 65536.0035) or, beyond, a
//! Payne–Hanek reduction by the bits of 1/π (exact integer products of the
//! significand with a 192-bit window); then tan(x) = (tan(kπ/16) + tan R) /
//! (1 − tan(kπ/16)·tan R) with extra-precise numerator and denominator, a
//! `vrcp14pd` reciprocal and Newton steps. Infinities and NaN go through the
//! scalar rare path `__svml_dtan_ha_cout_rare_internal`.
//!
//! The constants are bytes of `__svml_dtan_ha_data_internal` and the
//! literal pool of NumPy's SVML (github.com/numpy/SVML), Intel's code
//! released under the BSD 3-Clause licence: Copyright (c) 2005-2021, Intel
//! Corporation, all rights reserved. `__svml_dtan_ha_reduction_data_internal`
//! (three 64-bit words per exponent) is a 192-bit sliding window over the
//! bits of 1/π, so it is generated from those bits (`INV_PI_BITS`).

use super::{d, quiet, rcp14};

/// tan(kπ/16), high parts (`+384`, `+448`), k = 0..15; k = 8 is -MAX.
#[rustfmt::skip]
const TH: [u64; 16] = [
    0x8000000000000000, 0x3fc975f5e0553158, 0x3fda827999fcef32, 0x3fe561b82ab7f990,
    0x3ff0000000000000, 0x3ff7f218e25a7461, 0x4003504f333f9de6, 0x40141bfee2424771,
    0xffefffffffffffff, 0xc0141bfee2424771, 0xc003504f333f9de6, 0xbff7f218e25a7461,
    0xbff0000000000000, 0xbfe561b82ab7f990, 0xbfda827999fcef32, 0xbfc975f5e0553158,
];
/// Their low parts (`+512`, `+576`).
#[rustfmt::skip]
const TL: [u64; 16] = [
    0x8000000000000000, 0x3c2ef5d367441946, 0x3c708b2fb1366ea9, 0x3c87a8c52172b675,
    0x0000000000000000, 0x3c9419fa6954928f, 0x3ca21165f626cdd5, 0x3c810706fed37f0e,
    0xfca0000000000000, 0xbc810706fed37f0e, 0xbca21165f626cdd5, 0xbc9419fa6954928f,
    0x0000000000000000, 0xbc87a8c52172b675, 0xbc708b2fb1366ea9, 0xbc2ef5d367441946,
];
const INV_PIO16: f64 = d(0x40145f306dc9c883); // 16/π
const PI1: f64 = d(0x3fc921fb54442d18); // π/16 in three parts
const PI2: f64 = d(0x3c61a62633000000);
const PI3: f64 = d(0x3a645c06e0e68948);
const SHIFTER: f64 = d(0x4338000000000000); // 1.5·2^52
const LARGE: f64 = d(0x40f000000e4db24c);
/// tan R ≈ R + R³·(C1 + C2·R² + … + C5·R⁸).
const C: [f64; 5] = [
    d(0x3fd55555555555dc),
    d(0x3fc11111110b0802),
    d(0x3faba1ba489d25ca),
    d(0x3f9664ab664efba9),
    d(0x3f825cccc7c9fa5d),
];

/// The first 1162 bits of 1/π (little-endian words): the table row for
/// biased exponent e is bits [2047 − e, 2239 − e) of this integer.
#[rustfmt::skip]
const INV_PI_BITS: [u64; 19] = [
    0xed7ec47e35742158, 0x1ce7de294a4ba9af, 0x9eeb1faf97c5ecf4, 0x18fd9a797fa8b5d4, 0xd9fb3c9f2c26dd3d, 0xbc462d6829b47db4, 0xe25fff7816603fbc, 0x117e2ef7e4a0ec7f, 0x4758e60d4ce7d272, 0x71c09ad17df904e6, 0x08d7d4baed1213a6, 0x77ac72c4a69cfba2, 0x24bba827464873f8, 0x91b8e909374b8019, 0x458eaf7aef1586dc, 0x8a5664f10e4107f9, 0x9d5f47d4d377036d, 0xe60db9391054a7f0, 0x000000000000028b
];

/// `__svml_dtan_ha_reduction_data_internal`'s row for biased exponent `e`.
fn reduction_row(e: u64) -> [u64; 3] {
    let bit = |i: i64| -> u64 {
        if !(0..1162).contains(&i) {
            return 0;
        }
        (INV_PI_BITS[(i / 64) as usize] >> (i % 64)) & 1
    };
    let lo = 2047 - e as i64;
    let word = |w: i64| (0..64).fold(0u64, |acc, j| acc | bit(lo + 64 * w + j) << j);
    [word(2), word(1), word(0)]
}

/// The large-argument path for a finite |x| > LARGE: (index k, R, R_low).
fn large_reduce(x: f64) -> (usize, f64, f64) {
    const LO: u64 = 0xffff_ffff;
    let bits = x.to_bits();
    let [t0, t1, t2] = reduction_row((bits >> 52) & 0x7ff);
    let m = (bits & 0x000f_ffff_ffff_ffff) + 0x0010_0000_0000_0000;
    let (mh, ml) = (m >> 32, m & LO);
    let (t0h, t0l, t1h, t1l, t2h, t2l) = (t0 >> 32, t0 & LO, t1 >> 32, t1 & LO, t2 >> 32, t2 & LO);
    // The 32x32->64 products and carries, in the vector code's order.
    let p_t0l_mh = t0l.wrapping_mul(mh);
    let p_t1h_mh = t1h.wrapping_mul(mh);
    let p_t1l_mh = t1l.wrapping_mul(mh);
    let p_t2h_mh = t2h.wrapping_mul(mh);
    let p_t2l_mh = t2l.wrapping_mul(mh);
    let p_t0h_ml = t0h.wrapping_mul(ml);
    let p_t0l_ml = t0l.wrapping_mul(ml);
    let p_t1h_ml = t1h.wrapping_mul(ml);
    let p_t1l_ml = t1l.wrapping_mul(ml);
    let p_t2h_ml = t2h.wrapping_mul(ml);
    let z15 = (p_t1h_ml >> 32).wrapping_add(p_t1h_mh);
    let z1 = (p_t2h_ml >> 32).wrapping_add(p_t2h_mh);
    let z3 = (p_t0l_ml >> 32).wrapping_add(p_t0l_mh);
    let z2 = (p_t1l_ml >> 32).wrapping_add(p_t1l_mh);
    let z4 = z1.wrapping_add(p_t1l_ml & LO);
    let z13 = z3.wrapping_add(p_t0h_ml & LO);
    let z14 = z4.wrapping_add(p_t2l_mh >> 32);
    let z9 = z2.wrapping_add(p_t1h_ml & LO);
    let z3 = z9.wrapping_add(z14 >> 32);
    let z2 = z15.wrapping_add(p_t0l_ml & LO);
    let z15 = z2.wrapping_add(z3 >> 32);
    let z0 = z13.wrapping_add(z15 >> 32);
    let z4 = (z0 << 32).wrapping_add(z15 & LO);
    let z5 = (z3 << 32).wrapping_add(z14 & LO);
    // Rounded at the 2^-9 position (reduction mod π/256, scaled by 2π) by
    // the shifter 2^43 + 2^42; the sign of x rides on every part.
    let sign = bits & 0x8000_0000_0000_0000;
    let shifter = d(0x42a8_0000_0000_0000);
    let hi_full = d((sign ^ 0x3ff0_0000_0000_0000) | (z4 >> 12));
    let n_sh = hi_full + shifter;
    let hi = hi_full - (n_sh - shifter);
    let lo_bias = d(sign ^ 0x3970_0000_0000_0000);
    let lo = d(lo_bias.to_bits() | ((z5 & 0xff_ffff) << 28)) - lo_bias;
    let med_bias = d(sign ^ 0x3cb0_0000_0000_0000);
    let med = d(med_bias.to_bits() | (z5 >> 24) | ((z4 & 0xfff) << 40)) - med_bias;
    // Times 2π, reasonably accurately.
    let (pi2_lead, pi2_trail) = (d(0x401921fb54442d18), d(0x3cb1a62633145c07));
    let rhi = hi + med;
    let r_lead = pi2_lead * rhi;
    let rlo = lo + (med + (hi - rhi));
    let err = rhi.mul_add(pi2_lead, -r_lead);
    let r_low = pi2_lead.mul_add(rlo, pi2_trail.mul_add(rhi, err));
    let n = (n_sh.to_bits() & 0x1ff) as i32;
    // N counts π/256; k = round(N/16) counts π/16 (with ties by the sign
    // of the reduced argument), j = N - 16k is put back into R.
    let s = ((r_lead.to_bits() >> 63) & 1) as i32;
    let k = (n + 8 - s) >> 4;
    let j = f64::from(n - 16 * k);
    let (pio256_lead, pio256_trail) = (d(0x3f8921fb54442d18), d(0x3c21a62633145c07));
    let r = j.mul_add(pio256_lead, r_lead);
    let back = (-j).mul_add(pio256_lead, r);
    let rl = j.mul_add(pio256_trail, r_lead - back);
    (k as usize & 15, r, rl + r_low)
}

/// One lane of `__svml_tan8_ha`.
pub fn tan(x: f64) -> f64 {
    if !x.is_finite() {
        // The rare path: x * x quietens a NaN; inf * 0 is x86's default NaN.
        return if x.is_nan() {
            quiet(x)
        } else {
            d(0xfff8_0000_0000_0000)
        };
    }
    let z0 = x.mul_add(INV_PIO16, SHIFTER);
    let n = z0 - SHIFTER;
    let r1 = (-n).mul_add(PI1, x);
    let r2 = (-n).mul_add(PI2, r1);
    let r3 = (-n).mul_add(PI3, r2);
    let (idx, r, rl) = if x.abs() > LARGE {
        large_reduce(x)
    } else {
        let a = (-PI2).mul_add(n, r1 - r2);
        let b = n.mul_add(PI3, r3 - r2);
        ((z0.to_bits() & 15) as usize, r3, a - b)
    };
    let (th, tl) = (d(TH[idx]), d(TL[idx]));
    let r2 = r * r;
    let poly = C[4].mul_add(r2, C[3]);
    let poly = r2.mul_add(poly, C[2]);
    let poly = r2.mul_add(poly, C[1]);
    let poly = r2.mul_add(poly, C[0]);
    // vfnmsub: -(a*b) - c, whose zeros differ from -(a*b + c).
    let t = (-r2).mul_add(r * poly, -rl);
    let p = r - t;
    let p_low = (r - p) - t;
    // Numerator + low part ≈ Th + Tl + P + P_low.
    let num = p + th;
    let num_low = ((p - (num - th)) + tl) + p_low;
    // Denominator − low part ≈ 1 − (Th + Tl)·(P + P_low).
    let den = (-p).mul_add(th, 1.0);
    let den_low = p.mul_add(tl, p_low.mul_add(th, p.mul_add(th, den - 1.0)));
    // The quotient by a refined reciprocal and one Newton step.
    let rcp = rcp14(den);
    let e = den_low.mul_add(rcp, (-den).mul_add(rcp, 1.0));
    let rcp = e.mul_add(rcp, rcp);
    let q = num * rcp;
    let resid = (-q).mul_add(den_low, q.mul_add(den, -num));
    (-rcp).mul_add(resid - num_low, q)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::array::oracle_bits;

    #[test]
    fn special_values() {
        assert_eq!(tan(-0.0).to_bits(), (-0.0f64).to_bits());
        assert_eq!(tan(5e-324).to_bits(), 1);
        assert_eq!(tan(std::f64::consts::FRAC_PI_4), 0.9999999999999999);
        assert_eq!(tan(f64::INFINITY).to_bits(), 0xfff8_0000_0000_0000);
        assert!(tan(f64::NAN).is_nan());
    }

    #[test]
    fn matches_numpy() {
        oracle_bits::check_f64("tan", tan);
    }
}
