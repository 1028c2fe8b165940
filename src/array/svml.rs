//! Intel SVML's float64 `exp`, `exp2`, `log`, `log2`, `log10`, `log1p`,
//! `expm1`, `sinh`, `cosh`, `asin`, `acos`, `atan`, `cbrt`, `asinh`,
//! `acosh`, `atanh` and `pow`
//! (`__svml_exp8_ha`, `__svml_exp28_ha`, `__svml_log8_ha`, `__svml_log28_ha`,
//! `__svml_log108_ha`, `__svml_log1p8_ha`, `__svml_expm18_ha`,
//! `__svml_sinh8_ha`, `__svml_cosh8_ha`, `__svml_asin8_ha`,
//! `__svml_acos8_ha`, `__svml_atan8_ha`, `__svml_cbrt8_ha`,
//! `__svml_asinh8_ha`, `__svml_acosh8_ha`, `__svml_atanh8_ha`,
//! `__svml_pow8_ha`, the last in `svml/pow.rs` with its tables), which NumPy
//! 2.4.6 calls for those float64 ufuncs on AVX-512 CPUs (`simd_*_f64` in
//! `loops_exponent_log.dispatch.c.src` and `loops_umath_fp.dispatch.c.src`,
//! for any stride that does not overlap the output, 0-d arrays and scalars
//! included; `power` after its fast paths for a broadcast exponent, see
//! `Elem::pow_loop`, and not in NumPy's scalar math, which calls C's pow). Each function is the vector routine's instruction sequence run
//! on one lane: `vfmadd` is `f64::mul_add`, embedded rounding `{rz-sae}` is
//! emulated exactly, and a lane the range check flags goes through the
//! routine's scalar rare path (`__svml_d*_ha_cout_rare_internal`), translated
//! from its SSE2 code.
//!
//! The constants below are the bytes of
//! `__svml_dexp_ha_data_internal_avx512`, `_imldExpHATab`,
//! `__svml_dexp2_ha_data_internal_avx512`, `__dexp2_ha__imldExp2HATab`,
//! `__svml_dlog_ha_data_internal_avx512`,
//! `__svml_dlog2_ha_data_internal_avx512`,
//! `__svml_dlog10_ha_data_internal_avx512`,
//! `__svml_dlog1p_ha_data_internal_avx512` (which repeats `log`'s),
//! `__svml_dexpm1_ha_data_internal_avx512`, `__svml_dsinh_ha_data_internal`,
//! `__dsinh_ha_CoutTab` (whose bytes `__dcosh_ha_CoutTab` repeats),
//! `__svml_dcosh_ha_data_internal`, `__svml_datan_ha_data_internal_avx512`,
//! `__svml_dcbrt_ha_data_internal_avx512`, `__svml_dasin_ha_data_internal`
//! `__svml_dacos_ha_data_internal` and
//! `__svml_dasinh_ha_data_internal_avx512`,
//! `__svml_dacosh_ha_data_internal_avx512`, `__dacosh_ha_CoutTab`,
//! `__svml_datanh_ha_data_internal_avx512`,
//! `__svml_dpow_ha_data_internal_avx512` and `__dpow_ha_CoutTab` as linked into NumPy 2.4.6's
//! `_multiarray_umath` (the 16-entry 2^(j/16) table, L2E, shifter, ln 2 split
//! and range threshold of `expm1`'s are byte for byte `exp`'s, so the
//! constants are shared). They come from NumPy's SVML
//! (github.com/numpy/SVML), Intel's code released under the BSD 3-Clause
//! licence: Copyright (c) 2005-2021, Intel Corporation, all rights reserved.

mod atan2;
pub mod f32;
mod pow;
mod tan;
pub use atan2::atan2;
pub use pow::pow;
pub use tan::tan;

pub(super) const fn d(bits: u64) -> f64 {
    f64::from_bits(bits)
}

/// `x` with a signalling NaN made quiet, as every x86 arithmetic
/// instruction returns a NaN operand.
pub(super) fn quiet(x: f64) -> f64 {
    f64::from_bits(x.to_bits() | 0x0008_0000_0000_0000)
}

/// `vscalefpd` under round-to-nearest: `a * 2^floor(b)` rounded once (the
/// special cases of NaN and infinite operands are the caller's: SVML only
/// scales finite values by finite exponents here).
fn scalef(a: f64, b: f64) -> f64 {
    let k = b.floor().clamp(-4000.0, 4000.0) as i32;
    if (-1022..=1023).contains(&k) {
        a * d(((k + 1023) as u64) << 52)
    } else if k > 1023 {
        // Exact first step (a stays finite or overflows exactly as once).
        (a * d(((1023 + 1023) as u64) << 52)) * d((((k - 1023).min(1023) + 1023) as u64) << 52)
    } else {
        // The first product is exact for a normal `a` of modest exponent;
        // the second rounds once into the subnormal range.
        (a * d(((1023 - 1000) as u64) << 52)) * d((((k + 1000).max(-1022) + 1023) as u64) << 52)
    }
}

/// `fma(a, b, c)` rounded toward zero (`vfmadd... {rz-sae}`), for a finite
/// result: the round-to-nearest result, stepped one unit toward zero when
/// it lies beyond the exact value (the residual's sign tells, and it is
/// computed exactly enough since the rounded fma has its sign).
fn fma_rz(a: f64, b: f64, c: f64) -> f64 {
    let y = a.mul_add(b, c);
    if !y.is_finite() || y == 0.0 {
        return y;
    }
    // exact - y = (a*b - (y - c)); y - c is exact here because y and c are
    // within a factor of two of each other in every use below.
    let t = y - c;
    let resid = a.mul_add(b, -t);
    if (y > 0.0 && resid < 0.0) || (y < 0.0 && resid > 0.0) {
        f64::from_bits(y.to_bits() - 1)
    } else {
        y
    }
}

// __svml_dexp_ha_data_internal_avx512: 2^(j/16) high and low parts, then
// one 8-lane broadcast per constant.
#[rustfmt::skip]
const EXP_TH: [u64; 16] = [
    0x3ff0000000000000, 0x3ff0b5586cf9890f, 0x3ff172b83c7d517b, 0x3ff2387a6e756238,
    0x3ff306fe0a31b715, 0x3ff3dea64c123422, 0x3ff4bfdad5362a27, 0x3ff5ab07dd485429,
    0x3ff6a09e667f3bcd, 0x3ff7a11473eb0187, 0x3ff8ace5422aa0db, 0x3ff9c49182a3f090,
    0x3ffae89f995ad3ad, 0x3ffc199bdd85529c, 0x3ffd5818dcfba487, 0x3ffea4afa2a490da,
];
#[rustfmt::skip]
const EXP_TL: [u64; 16] = [
    0x0000000000000000, 0x3c979aa65d837b6d, 0xbc801b15eaa59348, 0x3c968efde3a8a894,
    0x3c834d754db0abb6, 0x3c859f48a72a4c6d, 0x3c7690cebb7aafb0, 0x3c9063e1e21c5409,
    0xbc93b3efbf5e2228, 0xbc7b32dcb94da51d, 0x3c8db72fc1f0eab4, 0x3c71affc2b91ce27,
    0x3c8c1a7792cb3387, 0x3c736eae30af0cb3, 0x3c74a385a63d07a7, 0xbc8ff7128fd391f0,
];
const EXP_L2E: f64 = d(0x3ff71547652b82fe);
const EXP_SHIFTER: f64 = d(0x42f8000000003ff0);
const EXP_L2H: f64 = d(0x3fe62e42fefa39ef);
const EXP_L2L: f64 = d(0x3c7abc9e3b39803f);
const EXP_R_MASK: u64 = 0xbfffffffffffffff;
const EXP_C: [u64; 6] = [
    0x3fefffffffffff70, // c0 (+0x380)
    0x3fe000000000d008, // c1 (+0x340)
    0x3fc5555553939732, // c2 (+0x300)
    0x3fa55557242d68fe, // c3 (+0x2c0)
    0x3f81101cbbc265c0, // c4 (+0x280)
    0x3f57411836940c04, // c5 (+0x240)
];
const EXP_THRESHOLD: f64 = d(0x40861da04cbafe44);

// _imldExpHATab: 2^(j/64) as (high, low) pairs, then the rare path's
// constants from offset 0x400.
#[rustfmt::skip]
const EXP_RARE_T: [u64; 128] = [
    0x3ff0000000000000, 0x0000000000000000, 0x3ff02c9a3e778061, 0xbc7160139cd8dc5d,
    0x3ff059b0d3158574, 0x3c8cd2523567f613, 0x3ff0874518759bc8, 0x3c60f74e61e6c861,
    0x3ff0b5586cf9890f, 0x3c979aa65d837b6d, 0x3ff0e3ec32d3d1a2, 0x3c3ebe3d702f9cd1,
    0x3ff11301d0125b51, 0xbc9556522a2fbd0e, 0x3ff1429aaea92de0, 0xbc91c923b9d5f416,
    0x3ff172b83c7d517b, 0xbc801b15eaa59348, 0x3ff1a35beb6fcb75, 0x3c8b898c3f1353bf,
    0x3ff1d4873168b9aa, 0x3c9aecf73e3a2f60, 0x3ff2063b88628cd6, 0x3c8a6f4144a6c38d,
    0x3ff2387a6e756238, 0x3c968efde3a8a894, 0x3ff26b4565e27cdd, 0x3c80472b981fe7f2,
    0x3ff29e9df51fdee1, 0x3c82f7e16d09ab31, 0x3ff2d285a6e4030b, 0x3c8b3782720c0ab4,
    0x3ff306fe0a31b715, 0x3c834d754db0abb6, 0x3ff33c08b26416ff, 0x3c8fdd395dd3f84a,
    0x3ff371a7373aa9cb, 0xbc924aedcc4b5068, 0x3ff3a7db34e59ff7, 0xbc71d1e83e9436d2,
    0x3ff3dea64c123422, 0x3c859f48a72a4c6d, 0x3ff4160a21f72e2a, 0xbc58a78f4817895b,
    0x3ff44e086061892d, 0x3c4363ed60c2ac11, 0x3ff486a2b5c13cd0, 0x3c6ecce1daa10379,
    0x3ff4bfdad5362a27, 0x3c7690cebb7aafb0, 0x3ff4f9b2769d2ca7, 0xbc8f94340071a38e,
    0x3ff5342b569d4f82, 0xbc78dec6bd0f385f, 0x3ff56f4736b527da, 0x3c93350518fdd78e,
    0x3ff5ab07dd485429, 0x3c9063e1e21c5409, 0x3ff5e76f15ad2148, 0x3c9432e62b64c035,
    0x3ff6247eb03a5585, 0xbc8c33c53bef4da8, 0x3ff6623882552225, 0xbc93cedd78565858,
    0x3ff6a09e667f3bcd, 0xbc93b3efbf5e2228, 0x3ff6dfb23c651a2f, 0xbc6367efb86da9ee,
    0x3ff71f75e8ec5f74, 0xbc781f647e5a3ecf, 0x3ff75feb564267c9, 0xbc8619321e55e68a,
    0x3ff7a11473eb0187, 0xbc7b32dcb94da51d, 0x3ff7e2f336cf4e62, 0x3c65ebe1abd66c55,
    0x3ff82589994cce13, 0xbc9369b6f13b3734, 0x3ff868d99b4492ed, 0xbc94d450d872576e,
    0x3ff8ace5422aa0db, 0x3c8db72fc1f0eab4, 0x3ff8f1ae99157736, 0x3c7bf68359f35f44,
    0x3ff93737b0cdc5e5, 0xbc5da9b88b6c1e29, 0x3ff97d829fde4e50, 0xbc92434322f4f9aa,
    0x3ff9c49182a3f090, 0x3c71affc2b91ce27, 0x3ffa0c667b5de565, 0xbc87c50422622263,
    0x3ffa5503b23e255d, 0xbc91bbd1d3bcbb15, 0x3ffa9e6b5579fdbf, 0x3c8469846e735ab3,
    0x3ffae89f995ad3ad, 0x3c8c1a7792cb3387, 0x3ffb33a2b84f15fb, 0xbc55c3d956dcaeba,
    0x3ffb7f76f2fb5e47, 0xbc68d6f438ad9334, 0x3ffbcc1e904bc1d2, 0x3c74ffd70a5fddcd,
    0x3ffc199bdd85529c, 0x3c736eae30af0cb3, 0x3ffc67f12e57d14b, 0x3c84e08fd10959ac,
    0x3ffcb720dcef9069, 0x3c676b2c6c921968, 0x3ffd072d4a07897c, 0xbc8fad5d3ffffa6f,
    0x3ffd5818dcfba487, 0x3c74a385a63d07a7, 0x3ffda9e603db3285, 0x3c8e5a50d5c192ac,
    0x3ffdfc97337b9b5f, 0xbc82d52107b43e1f, 0x3ffe502ee78b3ff6, 0x3c74b604603a88d3,
    0x3ffea4afa2a490da, 0xbc8ff7128fd391f0, 0x3ffefa1bee615a27, 0x3c8ec3bc41aa2008,
    0x3fff50765b6e4540, 0x3c8a64a931d185ee, 0x3fffa7c1819e90d8, 0x3c77893b4d91cd9d,
];
const EXP_RARE_64_L2E: f64 = d(0x40571547652b82fe); // +0x400
const EXP_RARE_SHIFTER: f64 = d(0x4338000000000000); // +0x408
const EXP_RARE_P: [u64; 5] = [
    0x3fe0000000000000, // +0x410
    0x3fc55555555548f8, // +0x418
    0x3fa5555555558fcc, // +0x420
    0x3f8111123aaf20d3, // +0x428
    0x3f56c16a1c2a3ffd, // +0x430
];
const EXP_RARE_OVERFLOW: f64 = d(0x40862e42fefa39ef); // +0x438
const EXP_RARE_SUBNORMAL: f64 = d(0xc086232bdd7abcd2); // +0x440
const EXP_RARE_UNDERFLOW: f64 = d(0xc0874910d52d3051); // +0x448
const EXP_RARE_L2H: f64 = d(0x3f862e42fefa0000); // +0x450
const EXP_RARE_L2L: f64 = d(0x3d1cf79abc9e3b3a); // +0x458
const EXP_RARE_TINY: f64 = d(0x0010000000000001); // +0x460
const EXP_RARE_HUGE: f64 = d(0x7fefffffffffffff); // +0x468
const TWO_M60: f64 = d(0x3c30000000000000); // +0x488
const SPLITTER: f64 = d(0x41f8000000000000); // +0x490

/// `2^e` for a biased exponent field `e` in 1..=0x7fe.
fn pow2_field(e: u32) -> f64 {
    d((e as u64) << 52)
}

/// `__svml_dexp_ha_cout_rare_internal`: infinities, NaN, and the finite
/// inputs whose result overflows, is subnormal or is near either.
fn exp_rare(x: f64) -> f64 {
    let bits = x.to_bits();
    let ex = ((bits >> 52) & 0x7ff) as u32;
    if ex == 0x7ff {
        if bits == f64::NEG_INFINITY.to_bits() {
            return 0.0;
        }
        return x * x;
    }
    if ex <= 0x3ca {
        return 1.0 + x;
    }
    if x > EXP_RARE_OVERFLOW {
        return EXP_RARE_HUGE * EXP_RARE_HUGE;
    }
    if x < EXP_RARE_UNDERFLOW {
        return EXP_RARE_TINY * EXP_RARE_TINY;
    }
    let s = EXP_RARE_64_L2E * x + EXP_RARE_SHIFTER;
    let low = s.to_bits() as u32;
    let n = s - EXP_RARE_SHIFTER;
    let j = (low & 0x3f) as usize;
    let r = x - n * EXP_RARE_L2H;
    let r = r - n * EXP_RARE_L2L;
    let mut p = d(EXP_RARE_P[4]) * r + d(EXP_RARE_P[3]);
    p = p * r + d(EXP_RARE_P[2]);
    p = p * r + d(EXP_RARE_P[1]);
    p = p * r + d(EXP_RARE_P[0]);
    p = p * r * r + r;
    p = (p + d(EXP_RARE_T[2 * j + 1])) * d(EXP_RARE_T[2 * j]);
    let th = d(EXP_RARE_T[2 * j]);
    let e = low >> 6;
    if x >= EXP_RARE_SUBNORMAL {
        // (x is not NaN here: `comisd` then `jb`.)
        let field = e.wrapping_add(0x3ff) & 0x7ff;
        let y = p + th;
        if field <= 0x7fe {
            y * pow2_field(field)
        } else {
            y * pow2_field((field - 1) & 0x7ff) * 2.0
        }
    } else {
        // A subnormal result: scaled by 2^60 first, then rounded once by
        // the final product (a double-double sum keeps the low bits).
        let field = e.wrapping_add(0x43b) & 0x7ff;
        let scale = pow2_field(field);
        let a2 = p * scale;
        let a1 = scale * th;
        let s = a1 + a2;
        if field <= 0x32 {
            return s * TWO_M60;
        }
        let lo = (a1 - s) + a2;
        let c = s * SPLITTER;
        let hi = (s + c) - c;
        let lo = lo + (s - hi);
        hi * TWO_M60 + lo * TWO_M60
    }
}

/// float64 `exp` as `__svml_exp8_ha` computes one lane.
pub fn exp(x: f64) -> f64 {
    if x.is_nan() {
        // The range check is false for NaN, and the main path returns it
        // through `vscalefpd`'s exponent operand: the input, made quiet.
        return quiet(x);
    }
    if x.abs() >= EXP_THRESHOLD {
        return exp_rare(x);
    }
    let k = fma_rz(x, EXP_L2E, EXP_SHIFTER);
    let j = (k.to_bits() & 15) as usize;
    let n = k - EXP_SHIFTER;
    let r = (-n).mul_add(EXP_L2H, x);
    let r = (-EXP_L2L).mul_add(n, r);
    let r = d(r.to_bits() & EXP_R_MASK);
    let r2 = r * r;
    let p45 = d(EXP_C[5]).mul_add(r, d(EXP_C[4]));
    let p23 = d(EXP_C[3]).mul_add(r, d(EXP_C[2]));
    let p01 = d(EXP_C[1]).mul_add(r, d(EXP_C[0]));
    let p = r2.mul_add(p45, p23);
    let p = r2.mul_add(p, p01);
    let q = p.mul_add(r, d(EXP_TL[j]));
    let th = d(EXP_TH[j]);
    scalef(th.mul_add(q, th), n)
}

/// `vrcp14pd` on `m` in [1, 2), as Intel's reference implementation of the
/// instruction computes it (`RCP14D` in Intel's `RECIP14.c`, BSD 3-Clause,
/// Copyright (c) 2015 Intel Corporation): a linear piece per 1/64 of the
/// interval, evaluated on `m` truncated to 16 fraction bits and truncated
/// to 16 fraction bits again.
fn rcp14_unit(m: f64) -> f64 {
    // (b[i], a[i]) for i = floor((m - 1) * 64).
    const COEFF: [u32; 128] = [
        1009, 260119, 977, 256148, 949, 252296, 921, 248558, 893, 244929, 869, 241405, 843, 237981,
        821, 234652, 797, 231416, 777, 228266, 755, 225202, 735, 222220, 717, 219314, 699, 216485,
        681, 213727, 663, 211038, 647, 208417, 631, 205859, 617, 203364, 601, 200929, 587, 198551,
        573, 196229, 561, 193960, 547, 191743, 535, 189576, 523, 187458, 513, 185387, 501, 183360,
        491, 181377, 479, 179439, 469, 177540, 459, 175681, 451, 173860, 441, 172077, 433, 170330,
        423, 168618, 415, 166940, 407, 165295, 399, 163682, 391, 162101, 385, 160550, 377, 159027,
        369, 157535, 363, 156069, 357, 154631, 349, 153219, 343, 151832, 337, 150470, 331, 149133,
        325, 147819, 319, 146528, 315, 145260, 309, 144012, 303, 142787, 299, 141582, 293, 140397,
        289, 139232, 285, 138085, 279, 136959, 275, 135853, 271, 134763, 267, 133689, 263, 132631,
        259, 131589,
    ];
    const CLEAR_LOW_36: u64 = 0xffff_fff0_0000_0000;
    if m.to_bits() & 0x000f_ffff_ffff_ffff == 0 {
        return 1.0 / m; // a power of two: exact
    }
    let i = ((m - 1.0) * 64.0).floor() as usize;
    let y = 1.0 + 1.0 / 128.0 + i as f64 / 64.0;
    let xt = d(m.to_bits() & CLEAR_LOW_36);
    let xmy = xt - y;
    let a = COEFF[2 * i + 1] as f64;
    let b = 256.0 * COEFF[2 * i] as f64;
    let r = a - b * xmy;
    d((r.to_bits() & CLEAR_LOW_36) - 0x0120_0000_0000_0000)
}

// __svml_dlog_ha_data_internal_avx512: -log(R) for the 16 reciprocals R,
// high and low parts, then one 8-lane broadcast per constant.
#[rustfmt::skip]
const LOG_TH: [u64; 16] = [
    0x0000000000000000, 0xbfaf0a30c0120000, 0xbfbe27076e2b0000, 0xbfc5ff3070a78000,
    0xbfcc8ff7c79a8000, 0xbfd1675cababc000, 0xbfd4618bc21c4000, 0xbfd739d7f6bbc000,
    0x3fd269621134c000, 0x3fcf991c6cb38000, 0x3fca93ed3c8b0000, 0x3fc5bf406b540000,
    0x3fc1178e82280000, 0x3fb9335e5d590000, 0x3fb08598b59e0000, 0x3fa0415d89e80000,
];
#[rustfmt::skip]
const LOG_TL: [u64; 16] = [
    0x0000000000000000, 0x3d53ab33d066d1d2, 0x3d2a342c2af0003c, 0xbd43d3c873e20a07,
    0xbd4a21ac25d81ef3, 0x3d59f1fc63382a8f, 0xbd5ec27d0b7b37b3, 0xbd50069ce24c53fb,
    0x3d5b92783beb7677, 0x3d59bcbecca0cdf3, 0xbd530e486a0ac42d, 0x3d5ed8fdc149767e,
    0xbd4b8421cc74be04, 0x3d52622b8757a8fb, 0x3d4d034451fecdfb, 0xbd577771fd187145,
];
// +0x100 holds 1.0 and +0x140 0.75, used in `log_reduce`.
// log1p(r) ~ r + c2 r^2 + ... + c9 r^9 (+0x340 down to +0x180).
const LOG_C: [u64; 8] = [
    0xbfdfffffffffffc6, // c2
    0x3fd5555555555466, // c3
    0xbfd00000000c05bd, // c4
    0x3fc9999999cc9f5c, // c5
    0xbfc55553fb28db06, // c6
    0x3fc249229cee81ef, // c7
    0xbfc007357e93af62, // c8
    0x3fbc81cd309d7c70, // c9
];
const LOG_LN2_HI: f64 = d(0x3fe62e42fefa0000); // +0x380
const LOG_LN2_LO: f64 = d(0x3d7cf79abc9e0000); // +0x3c0

/// `vgetmantpd` with interval [1, 2) and `vgetexppd`, for a positive finite
/// nonzero `x` (subnormals normalised, as the instructions do without DAZ).
fn mant_exp(x: f64) -> (f64, f64) {
    let mut bits = x.to_bits();
    let mut bias = 0i64;
    if bits >> 52 == 0 {
        bits = (x * d(0x4330000000000000)).to_bits(); // * 2^52, exact
        bias = 52;
    }
    let e = ((bits >> 52) & 0x7ff) as i64 - 1023 - bias;
    (
        d((bits & 0x000f_ffff_ffff_ffff) | 0x3ff0_0000_0000_0000),
        e as f64,
    )
}

/// The reduction `__svml_log8_ha` and `__svml_log108_ha` share, for a
/// positive finite `x`: `x = 2^e * m` with m in [1, 2) (`vgetmantpd $8`,
/// `vgetexppd`), `rcp` = `vrcp14pd(m)` rounded to 5 fraction bits
/// (`vrndscalepd $0x58`: ties to even), `r = rcp * m - 1` (one fma, exact),
/// the table index (bits 48..51 of `rcp`), and `e + 1` when `rcp < 0.75`
/// (whose table entries hold `-log(2 rcp)`).
fn log_reduce(x: f64) -> (f64, f64, usize) {
    let (m, mut e) = mant_exp(x);
    let rcp = (rcp14_unit(m) * 32.0).round_ties_even() / 32.0;
    let r = rcp.mul_add(m, -1.0);
    if rcp < 0.75 {
        e += 1.0;
    }
    (r, e, ((rcp.to_bits() >> 48) & 15) as usize)
}

/// The special inputs of `log` and `log10`, which the vector code sends
/// to `__svml_dlog{,10}_ha_cout_rare_internal` (`vfpclasspd` flags zeros,
/// infinities and negative numbers; `log` flags NaN there too, `log10`
/// lets it through its arithmetic, which returns it quiet as well). Its
/// answers: NaN * NaN, +inf * +inf, -1/0 for a zero, and 0/0 (the default
/// NaN, sign bit set, with the invalid flag) for -inf and negative
/// numbers. The rest of that routine serves positive finite inputs, which
/// never reach it from the vector code.
fn log_special(x: f64) -> Option<f64> {
    if x.is_nan() {
        Some(quiet(x))
    } else if x == 0.0 {
        Some(f64::NEG_INFINITY)
    } else if x < 0.0 {
        Some(d(0xfff8_0000_0000_0000))
    } else if x == f64::INFINITY {
        Some(x)
    } else {
        None
    }
}

/// float64 `log` as `__svml_log8_ha` computes one lane.
pub fn log(x: f64) -> f64 {
    if let Some(y) = log_special(x) {
        return y;
    }
    let (r, e, j) = log_reduce(x);
    let c = |i: usize| d(LOG_C[i]);
    let r2 = r * r;
    let r4 = r2 * r2;
    let p = r2.mul_add(c(7).mul_add(r, c(6)), c(5).mul_add(r, c(4)));
    let p54 = r2.mul_add(c(3).mul_add(r, c(2)), c(1).mul_add(r, c(0)));
    let p = r4.mul_add(p, p54);
    let hi = LOG_LN2_HI.mul_add(e, d(LOG_TH[j]));
    let s = hi + r;
    let r_lost = r - (s - hi);
    let p = r2.mul_add(p, r_lost);
    let lo = LOG_LN2_LO.mul_add(e, d(LOG_TL[j]));
    s + (p + lo)
}

// __svml_dlog10_ha_data_internal_avx512: -log10(R) for the 16 reciprocals,
// high and low parts, then the broadcast constants.
#[rustfmt::skip]
const LOG10_TH: [u64; 16] = [
    0x0000000000000000, 0xbf9af5f92b000000, 0xbfaa30a9d60a0000, 0xbfb31b3055c40000,
    0xbfb8cf1838860000, 0xbfbe3bc1ab0e0000, 0xbfc1b3e71ec98000, 0xbfc42c7e7fe40000,
    0x3fbffbfc2bbc0000, 0x3fbb721cd1710000, 0x3fb715d0ce360000, 0x3fb2e3a740b80000,
    0x3fadb11ed7660000, 0x3fa5e3966b7e0000, 0x3f9cb38fccd80000, 0x3f8c3d0837780000,
];
#[rustfmt::skip]
const LOG10_TL: [u64; 16] = [
    0x0000000000000000, 0xbd4cc1f4dbc14db5, 0x3d20163d7e67d282, 0xbd5c46006d082e6d,
    0xbd520326ca2c7e5f, 0xbd39fe3d562a53f0, 0x3d5842a222666db0, 0x3d1ff1d22abd8abe,
    0x3d5e00dd60df12c3, 0x3d55f8a57d982e77, 0x3d5ebeeb67bf155a, 0xbd5ffc5aef53f2ed,
    0x3d557e865b878377, 0x3d5252a37739a5f7, 0x3d47fb6d2d6528c7, 0x3d2310272fe17537,
];
// log10(1 + r) ~ c1 r + c2 r^2 + ... + c9 r^9: c9 .. c2 at +0x180 .. +0x340.
const LOG10_C: [u64; 8] = [
    0xbfcbcb7b1526e4db, // c2
    0x3fc287a7636f428c, // c3
    0xbfbbcb7b153c06a3, // c4
    0x3fb63c62777f27d9, // c5
    0xbfb287a63464dc80, // c6
    0x3fafc3f6f38b58a2, // c7
    0xbfabd80d96029814, // c8
    0x3fa8c2d828480370, // c9
];
const LOG10_C1_LO: f64 = d(0x3c69a5fdaaf11825); // +0x380
const LOG10_C1: f64 = d(0x3fdbcb7b1526e50e); // +0x3c0, 1/ln 10
const LOG10_LG2_HI: f64 = d(0x3fd34413509f0000); // +0x400
const LOG10_LG2_LO: f64 = d(0x3d7e7fbcc47c4acd); // +0x440

/// float64 `log10` as `__svml_log108_ha` computes one lane.
pub fn log10(x: f64) -> f64 {
    if let Some(y) = log_special(x) {
        return y;
    }
    let (r, e, j) = log_reduce(x);
    let c = |i: usize| d(LOG10_C[i]);
    let r2 = r * r;
    let r4 = r2 * r2;
    let p = r2.mul_add(c(7).mul_add(r, c(6)), c(5).mul_add(r, c(4)));
    let p9 = r2.mul_add(c(3).mul_add(r, c(2)), c(1).mul_add(r, c(0)));
    let p = r4.mul_add(p, p9);
    let p = r.mul_add(p, LOG10_C1_LO);
    let hi = LOG10_LG2_HI.mul_add(e, d(LOG10_TH[j]));
    let lo = LOG10_LG2_LO.mul_add(e, d(LOG10_TL[j]));
    let s = LOG10_C1.mul_add(r, hi);
    let err = r.mul_add(LOG10_C1, -(s - hi));
    let lo = lo + err;
    s + r.mul_add(p, lo)
}

// __svml_dexpm1_ha_data_internal_avx512: the same 2^(j/16) table, L2E,
// shifter, threshold and ln 2 split as `exp` (at +0x000 .. +0x240), then:
const EXPM1_MIN_SCALE: f64 = d(0xc060000000000000); // +0x280: -128
// 1/8!, 1/7!, ..., 1/2! (+0x300 .. +0x480).
const EXPM1_C: [u64; 7] = [
    0x3efa01f8f4be0bb2, // 1/8!
    0x3f2a01f8f4b129c3, // 1/7!
    0x3f56c16c16304601, // 1/6!
    0x3f81111110a65711, // 1/5!
    0x3fa555555555560a, // 1/4!
    0x3fc55555555555f9, // 1/3!
    0x3fe0000000000000, // 1/2!
];

/// float64 `expm1` as NumPy calls `__svml_expm18_ha` on one lane (NumPy
/// passes a NaN lane as 1.0 and puts the NaN itself back in the output).
pub fn expm1(x: f64) -> f64 {
    if x.is_nan() {
        return x;
    }
    // `vcmpnlt_uqpd` flags x >= 707.70..., whose rare path is `exp`'s
    // (for so large an x, exp(x) - 1 rounds to exp(x)).
    if x >= EXP_THRESHOLD {
        return exp_rare(x);
    }
    let k = x.mul_add(EXP_L2E, EXP_SHIFTER);
    let j = (k.to_bits() & 15) as usize;
    let n = k - EXP_SHIFTER;
    let r_hi = (-n).mul_add(EXP_L2H, x);
    // 2^n = 2^(j/16) * 2^floor(n), as `vscalefpd` with n kept >= -128.
    let t = scalef(d(EXP_TH[j]), n.max(EXPM1_MIN_SCALE));
    let r = (-n).mul_add(EXP_L2L, r_hi);
    let r_lo = (-EXP_L2L).mul_add(n, r_hi - r);
    // The mask clears bit 62, so that for -inf (or an x whose x * L2E
    // overflows) the NaN or infinite reduction becomes a finite value of
    // magnitude 1 to 2: t is then 2^-128 or less and the result -1.0,
    // whatever the NaN's sign.
    let r = d(r.to_bits() & EXP_R_MASK);
    let r_lo = d(r_lo.to_bits() & EXP_R_MASK);
    let c = |i: usize| d(EXPM1_C[i]);
    let r2 = r * r;
    let p_a = c(2).mul_add(r, c(3));
    let p_b = c(4).mul_add(r, c(5));
    let p = c(0).mul_add(r, c(1));
    let tl = d(EXP_TL[j]);
    let lo = r.mul_add(tl, r_lo + tl);
    let p = r2.mul_add(p, p_a);
    // t - 1 and its rounding error (Fast2Sum, larger magnitude first).
    let (big, small) = if t < 1.0 { (-1.0, t) } else { (t, -1.0) };
    let p = r2.mul_add(p, p_b);
    let s = t - 1.0;
    let p = r.mul_add(p, c(6));
    let s_err = (big - s) + small;
    let p = r2.mul_add(p, lo);
    let hi = r.mul_add(t, s);
    let hi_err = r.mul_add(t, -(hi - s));
    let lo = p.mul_add(t, s_err) + hi_err;
    d((hi + lo).to_bits() | (x.to_bits() & 0x8000_0000_0000_0000))
}

// __svml_dlog2_ha_data_internal_avx512: -log2(R) for the 16 reciprocals,
// high and low parts, then the broadcast constants.
#[rustfmt::skip]
const LOG2_TH: [u64; 16] = [
    0x0000000000000000, 0xbfb663f6fac90000, 0xbfc5c01a39fc0000, 0xbfcfbc16b9028000,
    0xbfd49a784bcd0000, 0xbfd91bba891f0000, 0xbfdd6753e0330000, 0xbfe0c10500d64000,
    0x3fda8ff971810000, 0x3fd6cb0f6865c000, 0x3fd32bfee3710000, 0x3fcf5fd8a9060000,
    0x3fc8a8980abf8000, 0x3fc22dadc2ab0000, 0x3fb7d60496d00000, 0x3fa77394c9da0000,
];
#[rustfmt::skip]
const LOG2_TL: [u64; 16] = [
    0x0000000000000000, 0xbd33167ccc538261, 0x3d54bc302ffa76fb, 0x3d47f5dc57266758,
    0xbd5b8afe492bf6ff, 0xbd5708b4b2b5056c, 0x3d55f101c141e670, 0x3d45669df6a2b592,
    0x3d44bc302ffa76fb, 0x3d41d406db502403, 0xbd51979a5db68722, 0x3d5f1a4847f7b278,
    0x3d5e9933354dbf17, 0x3d5a4b69691d7994, 0xbd512ce6312ebb82, 0xbd54e55443478fe0,
];
// log2(1 + r) - r/ln 2 ~ c2 r^2 + ... + c10 r^10 plus a low part of 1/ln 2:
// c10 .. c2 at +0x180 .. +0x380, then +0x3c0.
const LOG2_C: [u64; 9] = [
    0xbfe71547652b82fe, // c2 (+0x380)
    0x3fdec709dc3a0328, // c3 (+0x340)
    0xbfd71547652b8064, // c4 (+0x300)
    0x3fd2776c510a3422, // c5 (+0x2c0)
    0xbfcec709dc9f7735, // c6 (+0x280)
    0x3fca6173d9393468, // c7 (+0x240)
    0xbfc715442d67f111, // c8 (+0x200)
    0x3fc48f3d7961ddc4, // c9 (+0x1c0)
    0xbfc283074b6385ed, // c10 (+0x180)
];
const LOG2_C1_LO: f64 = d(0x3c77bc726bb4732e); // +0x3c0
const LOG2_C1: f64 = d(0x3ff71547652b82fe); // +0x400, 1/ln 2

/// float64 `log2` as `__svml_log28_ha` computes one lane (its rare path
/// serves the zeros, infinities and negative numbers `vfpclasspd $0x5e`
/// flags, with `log`'s answers; NaN goes through the arithmetic).
pub fn log2(x: f64) -> f64 {
    if let Some(y) = log_special(x) {
        return y;
    }
    let (r, e, j) = log_reduce(x);
    let c = |i: usize| d(LOG2_C[i]);
    let r2 = r * r;
    let r4 = r2 * r2;
    let p = r2.mul_add(c(8).mul_add(r, c(7)), c(6).mul_add(r, c(5)));
    let p4 = r2.mul_add(c(4).mul_add(r, c(3)), c(2).mul_add(r, c(1)));
    let p = r4.mul_add(p, p4);
    let p = r2.mul_add(p, c(0).mul_add(r, LOG2_C1_LO));
    let hi = e + d(LOG2_TH[j]);
    let s = r.mul_add(LOG2_C1, hi);
    let err = r.mul_add(LOG2_C1, -(s - hi));
    s + r.mul_add(p, d(LOG2_TL[j]) + err)
}

/// `a - b` rounded toward -inf (the subtraction of `vreducepd` with
/// round-down control), for finite operands: the round-to-nearest
/// difference, stepped down one unit when it lies above the exact one
/// (TwoSum's error term tells).
fn sub_rd(a: f64, b: f64) -> f64 {
    let s = a - b;
    let bb = s - a;
    let err = (a - (s - bb)) + (-b - bb);
    if err < 0.0 {
        if s == 0.0 {
            -f64::from_bits(1)
        } else if s > 0.0 {
            f64::from_bits(s.to_bits() - 1)
        } else {
            f64::from_bits(s.to_bits() + 1)
        }
    } else if s == 0.0 {
        -0.0
    } else {
        s
    }
}

// __svml_dexp2_ha_data_internal_avx512: the same 2^(j/16) table as `exp`'s
// (+0x000 .. +0x0ff), then 2^f - 1 ~ c1 f + ... + c6 f^6 (+0x100 .. +0x240)
// and the range threshold (+0x300).
const EXP2_C: [u64; 6] = [
    0x3fe62e42fefa398b,
    0x3fcebfbdff84555a,
    0x3fac6b08d4ad86b9,
    0x3f83b2ad1b172252,
    0x3f55d7472713cd19,
    0x3f24a1d7f526371b,
];
const EXP2_THRESHOLD: f64 = d(0x408fefff00000000);
const EXP2_TL: [u64; 16] = [
    0x0000000000000000,
    0x3c98a62e4adc610b,
    0xbc819041b9d78a76,
    0x3c99b07eb6c70573,
    0x3c86f46ad23182e4,
    0x3c8ada0911f09ebc,
    0x3c7d4397afec42e2,
    0x3c96324c054647ad,
    0xbc9bdd3413b26456,
    0xbc841577ee04992f,
    0x3c96e9f156864b27,
    0x3c7c7c46b071f2be,
    0x3c97a1cd345dcc81,
    0x3c811065895048dd,
    0x3c82ed02d75b3707,
    0xbc9e9c23179c2893,
];
// __dexp2_ha__imldExp2HATab: the 2^(j/64) pairs of `_imldExpHATab`
// (byte for byte), then the rare path's constants from +0x400.
const EXP2_RARE_SHIFTER: f64 = d(0x42d8000000000000); // +0x400
const EXP2_RARE_P: [u64; 5] = [
    0x3fe62e42fefa39ef, // +0x408
    0x3fcebfbdff82a23a, // +0x410
    0x3fac6b08d7076268, // +0x418
    0x3f83b2ad33f8b48b, // +0x420
    0x3f55d870c4d8440a, // +0x428
];
const EXP2_RARE_OVERFLOW: f64 = d(0x4090000000000000); // +0x430: 1024
const EXP2_RARE_SUBNORMAL: f64 = d(0xc08ff00000000000); // +0x438: -1022
const EXP2_RARE_UNDERFLOW: f64 = d(0xc090cc0000000000); // +0x440: -1075
const TWO_M100: f64 = d(0x39b0000000000000); // +0x470

/// `__svml_dexp2_ha_cout_rare_internal`: infinities and |x| >= 1021.9995.
fn exp2_rare(x: f64) -> f64 {
    let bits = x.to_bits();
    if (bits >> 52) & 0x7ff == 0x7ff {
        if bits == f64::NEG_INFINITY.to_bits() {
            return 0.0;
        }
        return x * x;
    }
    if x >= EXP2_RARE_OVERFLOW {
        return EXP_RARE_HUGE * EXP_RARE_HUGE;
    }
    if x <= EXP2_RARE_UNDERFLOW {
        return EXP_RARE_TINY * EXP_RARE_TINY;
    }
    let s = x + EXP2_RARE_SHIFTER;
    let low = s.to_bits() as u32;
    let n = s - EXP2_RARE_SHIFTER;
    let j = (low & 0x3f) as usize;
    let r = x - n;
    let c = |i: usize| d(EXP2_RARE_P[i]);
    let mut p = c(4) * r + c(3);
    p = p * r + c(2);
    p = p * r + c(1);
    p = p * r + c(0);
    p *= r;
    let th = d(EXP_RARE_T[2 * j]);
    let p = (p + d(EXP_RARE_T[2 * j + 1])) * th + th;
    let e = low >> 6;
    if x < EXP2_RARE_SUBNORMAL {
        // Scaled by 2^100 exactly, then rounded once into the subnormals.
        let field = e.wrapping_add(0x463) & 0x7ff;
        return pow2_field(field) * p * TWO_M100;
    }
    let field = e.wrapping_add(0x3ff) & 0x7ff;
    if field <= 0x7fe {
        pow2_field(field) * p
    } else {
        pow2_field((field - 1) & 0x7ff) * p * 2.0
    }
}

/// float64 `exp2` as `__svml_exp28_ha` computes one lane: `vreducepd`
/// splits x into floor(16 x)/16 and f in [0, 1/16) (the subtraction
/// rounded down), then 2^x = 2^floor(x) * 2^(j/16) * 2^f.
pub fn exp2(x: f64) -> f64 {
    if x.is_nan() {
        return quiet(x);
    }
    if x.abs() >= EXP2_THRESHOLD {
        return exp2_rare(x);
    }
    let n16 = (x * 16.0).floor();
    let f = sub_rd(x, n16 / 16.0);
    let j = (n16 as i64 & 15) as usize;
    let c = |i: usize| d(EXP2_C[i]);
    let mut p = c(5).mul_add(f, c(4));
    p = p.mul_add(f, c(3));
    p = p.mul_add(f, c(2));
    p = p.mul_add(f, c(1));
    p = p.mul_add(f, c(0));
    let th = d(EXP_TH[j]);
    let q = (th * f).mul_add(p, d(EXP2_TL[j]));
    scalef(q + th, x)
}

/// float64 `log1p` as `__svml_log1p8_ha` computes one lane: `log`'s
/// reduction and tables (`__svml_dlog1p_ha_data_internal_avx512` holds
/// `log`'s 16-entry tables, polynomial and ln 2 split byte for byte) on
/// s = 1 + x, with the rounding error of that sum carried along, scaled by
/// 2^-e (`vscalefpd`) and multiplied by the reciprocal.
pub fn log1p(x: f64) -> f64 {
    let s = 1.0 + x;
    // The lanes whose result is NaN go to
    // `__svml_dlog1p_ha_cout_rare_internal`: x NaN, x <= -1, x = +inf.
    if !s.is_finite() {
        if s == f64::NEG_INFINITY {
            return d(0xfff8_0000_0000_0000);
        }
        return s * s;
    }
    if s <= 0.0 {
        return if s == 0.0 {
            f64::NEG_INFINITY
        } else {
            d(0xfff8_0000_0000_0000)
        };
    }
    let (mx, mn) = if 1.0 > x { (1.0, x) } else { (x, 1.0) };
    let lo = mn - (s - mx);
    let (m, mut e) = mant_exp(s);
    let rcp = (rcp14_unit(m) * 32.0).round_ties_even() / 32.0;
    let lo = scalef(lo, -e);
    let r_hi = rcp.mul_add(m, -1.0);
    let rlo = rcp * lo;
    if rcp < 0.75 {
        e += 1.0;
    }
    let r = r_hi + rlo;
    let r_lo = rlo - (r - r_hi);
    let j = ((rcp.to_bits() >> 48) & 15) as usize;
    let c = |i: usize| d(LOG_C[i]);
    let r2 = r * r;
    let r4 = r2 * r2;
    let p = r2.mul_add(c(7).mul_add(r, c(6)), c(5).mul_add(r, c(4)));
    let p54 = r2.mul_add(c(3).mul_add(r, c(2)), c(1).mul_add(r, c(0)));
    let p = r4.mul_add(p, p54);
    let hi = e.mul_add(LOG_LN2_HI, d(LOG_TH[j]));
    let sum = hi + r;
    let r_lost = r - (sum - hi);
    let p = r2.mul_add(p, r_lost);
    let lo = e.mul_add(LOG_LN2_LO, d(LOG_TL[j]) + r_lo);
    d((sum + (p + lo)).to_bits() | (x.to_bits() & 0x8000_0000_0000_0000))
}

// __dsinh_ha_CoutTab: 2^(j/64) as (high, low) pairs, the highs being
// `_imldExpHATab`'s, the lows its own.
#[rustfmt::skip]
const SINH_RARE_TL: [u64; 64] = [
    0x0000000000000000, 0xbc719083535b085d, 0x3c8d73e2a475b465, 0x3c6186be4bb284ff,
    0x3c98a62e4adc610b, 0x3c403a1727c57b53, 0xbc96c51039449b3a, 0xbc932fbf9af1369e,
    0xbc819041b9d78a76, 0x3c8e5b4c7b4968e4, 0x3c9e016e00a2643c, 0x3c8dc775814a8495,
    0x3c99b07eb6c70573, 0x3c82bd339940e9d9, 0x3c8612e8afad1255, 0x3c90024754db41d5,
    0x3c86f46ad23182e4, 0x3c932721843659a6, 0xbc963aeabf42eae2, 0xbc75e436d661f5e3,
    0x3c8ada0911f09ebc, 0xbc5ef3691c309278, 0x3c489b7a04ef80d0, 0x3c73c1a3b69062f0,
    0x3c7d4397afec42e2, 0xbc94b309d25957e3, 0xbc807abe1db13cad, 0x3c99bb2c011d93ad,
    0x3c96324c054647ad, 0x3c9ba6f93080e65e, 0xbc9383c17e40b497, 0xbc9bb60987591c34,
    0xbc9bdd3413b26456, 0xbc6bbe3a683c88ab, 0xbc816e4786887a99, 0xbc90245957316dd3,
    0xbc841577ee04992f, 0x3c705d02ba15797e, 0xbc9d4c1dd41532d8, 0xbc9fc6f89bd4f6ba,
    0x3c96e9f156864b27, 0x3c85cc13a2e3976c, 0xbc675fc781b57ebc, 0xbc9d185b7c1b85d1,
    0x3c7c7c46b071f2be, 0xbc9359495d1cd533, 0xbc9d2f6edb8d41e1, 0x3c90fac90ef7fd31,
    0x3c97a1cd345dcc81, 0xbc62805e3084d708, 0xbc75584f7e54ac3b, 0x3c823dd07a2d9e84,
    0x3c811065895048dd, 0x3c92884dff483cad, 0x3c7503cbd1e949db, 0xbc9cbc3743797a9c,
    0x3c82ed02d75b3707, 0x3c9c2300696db532, 0xbc91a5cd4f184b5c, 0x3c839e8980a9cc8f,
    0xbc9e9c23179c2893, 0x3c9dc7f486a4b6b0, 0x3c99d3e12dd8a18b, 0x3c874853f3a5931e,
];
// __svml_dsinh_ha_data_internal: 2^(j/16)/2 and 2^(-j/16)/2, high and
// low parts, then the broadcast constants.
#[rustfmt::skip]
const SINH_TP_HI: [u64; 16] = [
    0x3fe0000000000000, 0x3fe0b5586cf9890f, 0x3fe172b83c7d517b, 0x3fe2387a6e756238,
    0x3fe306fe0a31b715, 0x3fe3dea64c123422, 0x3fe4bfdad5362a27, 0x3fe5ab07dd485429,
    0x3fe6a09e667f3bcd, 0x3fe7a11473eb0187, 0x3fe8ace5422aa0db, 0x3fe9c49182a3f090,
    0x3feae89f995ad3ad, 0x3fec199bdd85529c, 0x3fed5818dcfba487, 0x3feea4afa2a490da,
];
#[rustfmt::skip]
const SINH_TP_LO: [u64; 16] = [
    0x0000000000000000, 0x3c88a62e4adc610b, 0xbc719041b9d78a76, 0x3c89b07eb6c70573,
    0x3c76f46ad23182e4, 0x3c7ada0911f09ebc, 0x3c6d4397afec42e2, 0x3c86324c054647ad,
    0xbc8bdd3413b26456, 0xbc741577ee04992f, 0x3c86e9f156864b27, 0x3c6c7c46b071f2be,
    0x3c87a1cd345dcc81, 0x3c711065895048dd, 0x3c72ed02d75b3707, 0xbc8e9c23179c2893,
];
#[rustfmt::skip]
const SINH_TN_HI: [u64; 16] = [
    0x3fe0000000000000, 0x3fdea4afa2a490da, 0x3fdd5818dcfba487, 0x3fdc199bdd85529c,
    0x3fdae89f995ad3ad, 0x3fd9c49182a3f090, 0x3fd8ace5422aa0db, 0x3fd7a11473eb0187,
    0x3fd6a09e667f3bcd, 0x3fd5ab07dd485429, 0x3fd4bfdad5362a27, 0x3fd3dea64c123422,
    0x3fd306fe0a31b715, 0x3fd2387a6e756238, 0x3fd172b83c7d517b, 0x3fd0b5586cf9890f,
];
#[rustfmt::skip]
const SINH_TN_LO: [u64; 16] = [
    0x0000000000000000, 0xbc7e9c23179c2893, 0x3c62ed02d75b3707, 0x3c611065895048dd,
    0x3c77a1cd345dcc81, 0x3c5c7c46b071f2be, 0x3c76e9f156864b27, 0xbc641577ee04992f,
    0xbc7bdd3413b26456, 0x3c76324c054647ad, 0x3c5d4397afec42e2, 0x3c6ada0911f09ebc,
    0x3c66f46ad23182e4, 0x3c79b07eb6c70573, 0xbc619041b9d78a76, 0x3c78a62e4adc610b,
];
const SINH_SHIFTER: f64 = d(0x42f8000000000000); // +0x200
const SINH_SHIFTER_1: u64 = 0x42f8000000000001; // +0x240
const SINH_THRESHOLD_HI: i32 = 0x4084ee33; // +0x280: |x| > 669.775...
// cosh(r) - 1 ~ c0 r^2 + c2 r^4 + ..., sinh(r) - r ~ c1 r^3 + c3 r^5 + ...
const SINH_C: [u64; 7] = [
    0x3fe0000000000000, // +0x300
    0x3fc5555555555ca6, // +0x340
    0x3fa5555555554b4c, // +0x380
    0x3f8111110edc6eda, // +0x3c0
    0x3f56c16c1902580b, // +0x400
    0x3f2a026d06015ec6, // +0x440
    0x3efa01ac1b806259, // +0x480
];
const SINH_L2H: f64 = d(0x3fe62e42fefa0000); // +0x500
const SINH_L2L: f64 = d(0x3d7cf79abc9e3b3a); // +0x540
// __dsinh_ha_CoutTab from +0x400:
const SINH_RARE_P: [u64; 5] = [
    0x3fe0000000000000, // +0x410
    0x3fc55555555548f8, // +0x418
    0x3fa5555555558fcc, // +0x420
    0x3f8111123aaf20d3, // +0x428
    0x3f56c16a1c2a3ffd, // +0x430
];
const SINH_RARE_OVERFLOW: f64 = d(0x408633ce8fb9f87e); // +0x470

/// `(2^n / 2) * p` for `n` in 64ths from the rare paths' shifted sum: the
/// shared tail of `__svml_d{sinh,cosh}_ha_cout_rare_internal` for
/// 21.49 <= |x| < 710.48 (where 2^-n no longer counts), from |x|.
fn half_exp_rare(ax: f64) -> f64 {
    let s = ax * EXP_RARE_64_L2E + EXP_RARE_SHIFTER;
    let low = s.to_bits() as u32;
    let j = (low & 0x3f) as usize;
    let n = s - EXP_RARE_SHIFTER;
    let r = ax - n * EXP_RARE_L2H;
    let r = r - n * EXP_RARE_L2L;
    let c = |i: usize| d(SINH_RARE_P[i]);
    let mut p = c(4) * r + c(3);
    p = p * r + c(2);
    p = p * r + c(1);
    p = p * r + c(0);
    p = p * r * r + r;
    let th = d(EXP_RARE_T[2 * j]);
    let p = (p * th + d(SINH_RARE_TL[j])) + th;
    let field = (low >> 6).wrapping_add(0x3fe) & 0x7ff;
    if field <= 0x7fe {
        p * pow2_field(field)
    } else {
        p * pow2_field((field - 1) & 0x7ff) * 2.0
    }
}

/// float64 `sinh` as `__svml_sinh8_ha` computes one lane: with
/// n = round(16 |x| / ln 2) (n = 1 taken as 0) and r = |x| - n ln 2 / 16,
/// sinh|x| = (2^(n/16) - 2^(-n/16))/2 cosh r + (2^(n/16) + 2^(-n/16))/2 sinh r,
/// the tables' 2^(±j/16)/2 scaled by 2^±floor(n/16) with integer adds on
/// their bits (`vpaddq`, so a low part of 0 becomes a tiny power of two).
pub fn sinh(x: f64) -> f64 {
    let sign = x.to_bits() & 0x8000_0000_0000_0000;
    let ax = x.abs();
    if (ax.to_bits() >> 32) as i32 > SINH_THRESHOLD_HI {
        // `__svml_dsinh_ha_cout_rare_internal`.
        if ax.is_nan() || ax.is_infinite() {
            return x + x;
        }
        if ax >= SINH_RARE_OVERFLOW {
            return EXP_RARE_HUGE * x;
        }
        return d(half_exp_rare(ax).to_bits() | sign);
    }
    let k = ax.mul_add(EXP_L2E, SINH_SHIFTER);
    let k = if k.to_bits() == SINH_SHIFTER_1 {
        SINH_SHIFTER
    } else {
        k
    };
    let j = (k.to_bits() & 15) as usize;
    let n = k - SINH_SHIFTER;
    let r = (-n).mul_add(SINH_L2H, ax);
    let r = (-n).mul_add(SINH_L2L, r);
    let m = (k.to_bits() ^ j as u64) << 48;
    let r2 = r * r;
    let tnl_abs = d(SINH_TN_LO[j] & 0x7fff_ffff_ffff_ffff);
    let tp = d(SINH_TP_HI[j].wrapping_add(m));
    let tn = d(SINH_TN_HI[j].wrapping_sub(m));
    let tpl = d(SINH_TP_LO[j].wrapping_add(m));
    let tnl = if tnl_abs < d(m) {
        0.0
    } else {
        d(SINH_TN_LO[j].wrapping_sub(m))
    };
    let dif = tp - tn;
    let sum = tp + tn;
    let dif_err = tn + (dif - tp);
    let lo = (tpl - dif_err) - tnl;
    let c = |i: usize| d(SINH_C[i]);
    let po = c(5).mul_add(r2, c(3));
    let po = r2.mul_add(po, c(1));
    let sinh_r = r.mul_add(po * r2, r);
    let pe = c(6).mul_add(r2, c(4));
    let pe = r2.mul_add(pe, c(2));
    let pe = r2.mul_add(pe, c(0));
    let lo = dif.mul_add(pe * r2, lo);
    d((sum.mul_add(sinh_r, lo) + dif).to_bits() | sign)
}

// __svml_dcosh_ha_data_internal: `sinh`'s 2^(j/16)/2 high and low and
// 2^(-j/16)/2 high tables (+0x000 .. +0x17f), the shifter, then:
// cosh(r) - 1 ~ c0 r^2 + c2 r^4 + c4 r^6, sinh(r) - r ~ c1 r^3 + c3 r^5.
const COSH_C: [u64; 5] = [
    0x3fe0000000000004, // +0x200
    0x3fc5555555555543, // +0x240
    0x3fa5555555484f37, // +0x280
    0x3f81111111286a0c, // +0x2c0
    0x3f56c183da08f116, // +0x300
];
const COSH_C5: f64 = d(0x3f2a018d76da03da); // +0x340
const COSH_THRESHOLD_HI: i32 = 0x40861d99; // +0x1280: |x| > 707.69...

/// float64 `cosh` as `__svml_cosh8_ha` computes one lane: with
/// n = round(16 |x| / ln 2) and r = |x| - n ln 2 / 16,
/// cosh x = (2^(n/16) + 2^(-n/16))/2 cosh r + (2^(n/16) - 2^(-n/16))/2 sinh r,
/// the tables scaled as in `sinh` (its rare path, for |x| > 707.7, is
/// `sinh`'s large-argument one).
pub fn cosh(x: f64) -> f64 {
    let ax = x.abs();
    if (ax.to_bits() >> 32) as i32 > COSH_THRESHOLD_HI {
        // `__svml_dcosh_ha_cout_rare_internal`.
        if ax.is_nan() || ax.is_infinite() {
            return x * x;
        }
        if ax >= SINH_RARE_OVERFLOW {
            return EXP_RARE_HUGE * EXP_RARE_HUGE;
        }
        return half_exp_rare(ax);
    }
    let k = ax.mul_add(EXP_L2E, SINH_SHIFTER);
    let j = (k.to_bits() & 15) as usize;
    let n = k - SINH_SHIFTER;
    let r = (-n).mul_add(SINH_L2H, ax);
    let r = (-n).mul_add(SINH_L2L, r);
    let m = (k.to_bits() << 48) & 0x7ff0_0000_0000_0000;
    let r2 = r * r;
    let tpl = d(SINH_TP_LO[j].wrapping_add(m));
    let tp = d(SINH_TP_HI[j].wrapping_add(m));
    let tn = d(SINH_TN_HI[j].wrapping_sub(m));
    let sum = tp + tn;
    let dif = tp - tn;
    let c = |i: usize| d(COSH_C[i]);
    let po = COSH_C5.mul_add(r2, c(3));
    let po = r2.mul_add(po, c(1));
    let sinh_r = r.mul_add(po * r2, r);
    let pe = c(4).mul_add(r2, c(2));
    let pe = r2.mul_add(pe, c(0));
    let lo = sum.mul_add(pe * r2, tpl);
    let lo = dif.mul_add(sinh_r, lo);
    (lo + tn) + tp
}

/// `vrcp14pd` on a normal `x` whose reciprocal is normal: the
/// unit-interval reciprocal of its significand, scaled by its exponent,
/// with the sign of `x`.
pub(super) fn rcp14(x: f64) -> f64 {
    let e = ((x.to_bits() >> 52) & 0x7ff) as i64 - 1023;
    let m = d((x.to_bits() & 0x000f_ffff_ffff_ffff) | 0x3ff0_0000_0000_0000);
    (rcp14_unit(m) * d(((1023 - e) as u64) << 52)).copysign(x)
}

// __svml_datan_ha_data_internal_avx512: atan(i/4) for i = 0..31, high
// parts (+0x1c0) and low parts (+0x2c0), then the broadcast constants.
#[rustfmt::skip]
const ATAN_HI: [u64; 32] = [
    0x0000000000000000, 0x3fcf5b75f92c80dd, 0x3fddac670561bb4f, 0x3fe4978fa3269ee1,
    0x3fe921fb54442d18, 0x3fecac7c57846f9e, 0x3fef730bd281f69b, 0x3ff0d38f2c5ba09f,
    0x3ff1b6e192ebbe44, 0x3ff270ef55a53a25, 0x3ff30b6d796a4da8, 0x3ff38d6a6ce13353,
    0x3ff3fc176b7a8560, 0x3ff45b54837351a0, 0x3ff4ae10fc6589a5, 0x3ff4f68dea672617,
    0x3ff5368c951e9cfd, 0x3ff56f6f33a3e6a7, 0x3ff5a25052114e60, 0x3ff5d013c41adabd,
    0x3ff5f97315254857, 0x3ff61f06c6a92b89, 0x3ff6414d44094c7c, 0x3ff660b02c736a06,
    0x3ff67d8863bc99bd, 0x3ff698213a9d5053, 0x3ff6b0bae830c070, 0x3ff6c78c7edeb195,
    0x3ff6dcc57bb565fd, 0x3ff6f08f07435fec, 0x3ff7030cf9403197, 0x3ff7145eac2088a4,
];
#[rustfmt::skip]
const ATAN_LO: [u64; 32] = [
    0x0000000000000000, 0x3c68ab6e3cf7afbd, 0x3c7a2b7f222f65e2, 0x3c72419a87f2a458,
    0x3c81a62633145c07, 0x3c80dae13ad18a6b, 0x3c7007887af0cbbd, 0xbc9bd0dc231bfd70,
    0x3c9b1b466a88828e, 0xbc9a66b1af5f84fb, 0x3c96254cb03bb199, 0xbc812c77e8a80f5c,
    0xbc4441a3bd3f1084, 0x3c79e4a72eedacc4, 0xbc93b03e8a27f555, 0x3c9934f9f2b0020e,
    0xbc996f47948a99f1, 0xbc7df6edd6f1ec3b, 0x3c78c2d0c89de218, 0x3c9f82bba194dd5d,
    0xbc831151a43b51ca, 0xbc8487d50bceb1a5, 0xbc9c5f60a65c7397, 0xbc7acb6afb332a0f,
    0xbc99b7bd2e1e8c9c, 0xbc9b9839085189e3, 0xbc97d1ab82ffb70b, 0x3c99239ad620ffe2,
    0xbc929c86447928e7, 0xbc8957a7170df016, 0xbc7cbe1896221608, 0xbc9fda5797b32a0b,
];
const ATAN_SHIFTER: f64 = d(0x4318000000000000); // +0x040
const ATAN_LIMIT: f64 = d(0x401f800000000000); // +0x080: 7.875
const ATAN_BIG: f64 = d(0x47f0000000000000); // +0x140: 2^128
const ATAN_SHIFTER_16: f64 = d(0x4318000000000010); // +0x3c0
const ATAN_PI2_HI: u64 = 0x3ff921fb54442d18; // +0x400
const ATAN_PI2_LO: u64 = 0x3c91a62633145c07; // +0x440
// atan(t) - t ~ c0 t^3 + c1 t^5 + ... + c5 t^13 (+0x5c0 down to +0x480).
const ATAN_C: [u64; 6] = [
    0xbfd555555555554d,
    0x3fc999999998741e,
    0xbfc249248eef04da,
    0x3fbc71bfeff916a0,
    0xbfb74257c46790cc,
    0x3fb2e9b9f5c4fe97,
];

/// float64 `arctan` as `__svml_atan8_ha` computes one lane: for |x| < 7.875,
/// atan|x| = atan(i/4) + atan((|x| - i/4) / (1 + |x| i/4)) with i =
/// round(4|x|) (`vreducepd $0x28`); beyond, pi/2 + atan(-1/|x|) (|x| capped
/// at 2^128). The quotient comes from `vrcp14pd` refined twice, with its
/// rounding errors carried. No lane takes a rare path.
pub fn atan(x: f64) -> f64 {
    if x.is_nan() {
        return quiet(x);
    }
    let sign = x.to_bits() & 0x8000_0000_0000_0000;
    let ax = x.abs();
    let small = ax < ATAN_LIMIT;
    let k = ax + ATAN_SHIFTER;
    let q = k - ATAN_SHIFTER;
    let i = (k.to_bits() & 15) as usize + if k >= ATAN_SHIFTER_16 { 16 } else { 0 };
    let (num, den) = if small {
        (ax - (ax * 4.0).round_ties_even() / 4.0, q.mul_add(ax, 1.0))
    } else {
        (-1.0, ATAN_BIG.min(ax))
    };
    let den_err = q.mul_add(ax, -(den - 1.0));
    let rcp = rcp14(den);
    let eps = (-rcp).mul_add(den, 1.0);
    let y = eps.mul_add(rcp, rcp);
    let y = (eps * eps).mul_add(y, y);
    let t = y * num;
    let e2 = (-y).mul_add(den, 1.0);
    let t_lo = t.mul_add(e2, y.mul_add(num, -t));
    let t_lo = if small {
        (-(den_err * y)).mul_add(t, t_lo)
    } else {
        t_lo
    };
    let (a_hi, a_lo) = if small {
        (d(ATAN_HI[i]), d(ATAN_LO[i]))
    } else {
        (d(ATAN_PI2_HI), d(ATAN_PI2_LO))
    };
    let c = |i: usize| d(ATAN_C[i]);
    let t2 = t * t;
    let t4 = t2 * t2;
    let t3 = t2 * t;
    let p = c(5).mul_add(t2, c(4));
    let p2 = c(3).mul_add(t2, c(2));
    let lo = t_lo + a_lo;
    let s = a_hi + t;
    let p = t4.mul_add(p, p2);
    let p1 = c(1).mul_add(t2, c(0));
    let t_lost = t - (s - a_hi);
    let p = t4.mul_add(p, p1);
    let lo = lo + t_lost;
    d((t3.mul_add(p, lo) + s).to_bits() ^ sign)
}

// __svml_dcbrt_ha_data_internal_avx512: 2^(k/3) for k = 0, 1, 2 (high at
// +0x000, low at +0x040), cbrt(1/R) for the nine reciprocals R = 1/2 +
// i/16 (high at +0x080, low at +0x100), then the broadcast constants.
const CBRT_2K3_HI: [u64; 3] = [0x3ff0000000000000, 0x3ff428a2f98d728b, 0x3ff965fea53d6e3d];
const CBRT_2K3_LO: [u64; 3] = [0x0000000000000000, 0xbc7ddc22548ea41e, 0xbc9f53e999952f09];
#[rustfmt::skip]
const CBRT_R_HI: [u64; 9] = [
    0x3ff428a2f98d728b, 0x3ff361f35ca116ff, 0x3ff2b6b5edf6b54a, 0x3ff220e6dd675180,
    0x3ff19c3b38e975a8, 0x3ff12589c21fb842, 0x3ff0ba6ee5f9aad4, 0x3ff059123d3a9848,
    0x3ff0000000000000,
];
#[rustfmt::skip]
const CBRT_R_LO: [u64; 9] = [
    0xbc7ddc22548ea41e, 0x3c934f1f2588cb24, 0xbc9623da69e513d4, 0x3c930b0a26a8bb5c,
    0xbc76b70b4d3bd257, 0xbc9e13c8505a4a7a, 0x3c8dcc718f7857e5, 0x3c770e4a1da627b9,
    0x0000000000000000,
];
const CBRT_SHIFTER: f64 = d(0x4338000000000000); // +0x180
const CBRT_THIRD: f64 = d(0x3fd5555555555556); // +0x200
const CBRT_TWO_51: f64 = d(0x4320000000000000); // +0x240
// cbrt(1 + r) - 1 ~ c9 r + c8 r^2 + ... + c0 r^10 (+0x540 up to +0x300).
const CBRT_C: [u64; 10] = [
    0xbf882e3b6adeca62, // +0x300
    0x3f8bda24bae48875,
    0xbf9036b87c71d55f,
    0x3f9374ed9398b914,
    0xbf98090d77f2468e,
    0x3f9ee71141dcf569,
    0xbfa511e8d2b0363e,
    0x3faf9add3c0b7e31,
    0xbfbc71c71c71c741,
    0x3fd5555555555557, // +0x540
];

/// float64 `cbrt` as `__svml_cbrt8_ha` computes one lane: |x| = 2^e m
/// (`vgetexppd`, `vgetmantpd`), e = 3q + k, R = `vrcp14pd(m)` rounded to
/// 1/16, r = R m - 1 (exact), and cbrt|x| = 2^q 2^(k/3) cbrt(1/R)
/// cbrt(1 + r), the table product kept as a double-double. No lane takes a
/// rare path: zeros and infinities come out of `vscalefpd` by 2^(±inf).
pub fn cbrt(x: f64) -> f64 {
    if x.is_nan() {
        return quiet(x);
    }
    if x == 0.0 || x.is_infinite() {
        return x;
    }
    let sign = x.to_bits() & 0x8000_0000_0000_0000;
    let (m, e) = mant_exp(x.abs());
    let rcp = (rcp14_unit(m) * 16.0).round_ties_even() / 16.0;
    let es = e + CBRT_SHIFTER;
    let r = m.mul_add(rcp, -1.0);
    let q = es.mul_add(CBRT_THIRD, -CBRT_TWO_51).floor();
    let k = (-q).mul_add(3.0, es);
    let ki = (k.to_bits() & 7) as usize;
    let i = ((rcp.to_bits() >> 49) & 15) as usize;
    let c = |i: usize| d(CBRT_C[i]);
    let t_hi = d(CBRT_2K3_HI[ki]);
    let r_hi = d(CBRT_R_HI[i]);
    let h = t_hi * r_hi;
    let r2 = r * r;
    let p9 = r.mul_add(c(4), c(5));
    let p14 = r.mul_add(c(2), c(3));
    let p = c(0).mul_add(r, c(1));
    let p = r2.mul_add(p, p14);
    let err = r_hi.mul_add(t_hi, -h);
    let p = r2.mul_add(p, p9);
    let lo = d(CBRT_R_LO[i]).mul_add(t_hi, err);
    let lo = r_hi.mul_add(d(CBRT_2K3_LO[ki]), lo);
    let p10 = r.mul_add(c(6), c(7));
    let p = r2.mul_add(p, p10);
    let p1 = r.mul_add(c(8), c(9));
    let hr = h * r;
    let p = r2.mul_add(p, p1);
    let y = p.mul_add(hr, lo) + h;
    d(scalef(y, q).to_bits() | sign)
}

/// `vrsqrt14pd` on a positive normal `x` (only), as Intel's reference
/// implementation of the instruction computes it (`RSQRT14D` in the same
/// `RECIP14.c`): x = 4^n s with s in [1, 4), a linear piece per 1/32 of
/// [1, 2) or 1/16 of [2, 4) evaluated on s truncated to 15 fraction bits,
/// truncated to 16 fraction bits, scaled by 2^-n.
fn rsqrt14(x: f64) -> f64 {
    // (d[i], c[i]) pairs, interleaving [1, 2) and [2, 4).
    const COEFF: [u32; 128] = [
        1001, 520261, 707, 367881, 955, 512437, 675, 362349, 915, 504953, 647, 357056, 877, 497790,
        619, 351992, 841, 490922, 595, 347136, 807, 484331, 571, 342475, 775, 478001, 549, 337997,
        747, 471909, 527, 333693, 719, 466046, 509, 329545, 693, 460397, 491, 325551, 669, 454947,
        473, 321697, 647, 449688, 457, 317977, 625, 444606, 441, 314385, 603, 439694, 427, 310910,
        585, 434939, 413, 307549, 567, 430335, 401, 304295, 549, 425875, 389, 301139, 533, 421551,
        377, 298079, 517, 417355, 365, 295115, 501, 413284, 355, 292237, 487, 409329, 345, 289439,
        473, 405487, 335, 286722, 461, 401748, 325, 284080, 449, 398111, 317, 281508, 437, 394571,
        309, 279006, 425, 391127, 301, 276569, 415, 387770, 293, 274195, 403, 384498, 285, 271882,
        393, 381307, 279, 269625, 385, 378194, 271, 267425, 375, 375155, 265, 265276, 367, 372190,
        259, 263178,
    ];
    const CLEAR_LOW_37: u64 = 0xffff_ffe0_0000_0000;
    const CLEAR_LOW_36: u64 = 0xffff_fff0_0000_0000;
    // (Subnormal inputs, which the reference normalises, never reach it
    // here: `asin` and `acos` send y < 2^-255 around it.)
    let bits = x.to_bits();
    let mut expon = (bits >> 52) as i64 - 1023;
    let signif = bits;
    let frac = signif & 0x000f_ffff_ffff_ffff;
    if expon == 0 && frac == 0 {
        return 1.0;
    }
    let odd = expon & 1 != 0;
    let n = if odd { (expon - 1) / 2 } else { expon / 2 };
    expon = if odd { 1 } else { 0 };
    let s = d(((expon + 1023) as u64) << 52 | frac);
    let r = if odd {
        let i = ((s - 2.0) * 16.0).floor() as usize;
        let y = 2.0 + 1.0 / 32.0 + i as f64 / 16.0;
        let xmy = d(s.to_bits() & CLEAR_LOW_37) - y;
        COEFF[4 * i + 3] as f64 - 128.0 * COEFF[4 * i + 2] as f64 * xmy
    } else {
        let i = ((s - 1.0) * 32.0).floor() as usize;
        let y = 1.0 + 1.0 / 64.0 + i as f64 / 32.0;
        let xmy = d(s.to_bits() & CLEAR_LOW_37) - y;
        COEFF[4 * i + 1] as f64 - 256.0 * COEFF[4 * i] as f64 * xmy
    };
    let r = (r.to_bits() & CLEAR_LOW_36) - 0x0130_0000_0000_0000;
    d((r as i64 - (n << 52)) as u64)
}

// __svml_dasin_ha_data_internal: broadcast constants.
const ASIN_TINY: f64 = d(0x3000000000000000); // +0x080: 2^-255
// asin's correction of sqrt(2y) (in e = 2(y rs^2 - 1)): +0x1c0 .. +0x280.
const ASIN_S: [u64; 4] = [
    0xbf918000993b24c3,
    0x3fa400006f70d42d,
    0xbfb7fffffffffe97,
    0x3fcfffffffffff9d,
];
// (asin(t) - t)/t ~ polynomial in z = t^2: +0x2c0 .. +0x580.
#[rustfmt::skip]
const ASIN_C: [u64; 12] = [
    0x3fa07520c70eb909, 0xbf90fb17f7dbb0ed, 0x3f943f44bfbc3bae, 0x3f7a583395d45ed5,
    0x3f88f8dc2afccad6, 0x3f8c6dbbcb88bd57, 0x3f91c6dcf538ad2e, 0x3f96e89cebdefadd,
    0x3f9f1c72e13ad8be, 0x3fa6db6db3b445f8, 0x3fb333333337e0de, 0x3fc555555555529c,
];
const ASIN_PI2_HI: f64 = d(0x3ff921fb54442d18); // +0x5c0
const ASIN_PI2_LO: f64 = d(0x3c91a62633145c07); // +0x600

/// float64 `arcsin` as `__svml_asin8_ha` computes one lane: for |x| < 1/2,
/// asin x = x + x z P(z) with z = x^2; above, with y = (1 - |x|)/2,
/// asin|x| = pi/2 - 2 sqrt(y) - 2 sqrt(y) y P(y), the square root from
/// `vrsqrt14pd` corrected by a polynomial in its residual. |x| > 1 goes to
/// `__svml_dasin_ha_cout_rare_internal`, which returns the default NaN.
pub fn asin(x: f64) -> f64 {
    let ax = x.abs();
    if ax > 1.0 {
        return d(0xfff8_0000_0000_0000);
    }
    if x.is_nan() {
        return quiet(x);
    }
    let sign = x.to_bits() & 0x8000_0000_0000_0000;
    let big = ax >= 0.5;
    let y = (-ax).mul_add(0.5, 0.5);
    let rs = if y < ASIN_TINY { 0.0 } else { rsqrt14(y) };
    let z = (ax * ax).min(y);
    let y2 = y + y;
    let s = y2 * rs;
    let e = (rs * rs).mul_add(y2, -2.0);
    let s_err = rs.mul_add(y2, -s);
    let sc = |i: usize| d(ASIN_S[i]);
    let q = sc(0).mul_add(e, sc(1));
    let q = e.mul_add(q, sc(2));
    let q = e.mul_add(q, sc(3));
    let corr = (s * e).mul_add(q, -s_err);
    let c = |i: usize| d(ASIN_C[i]);
    let p14 = c(2).mul_add(z, c(3));
    let p9 = c(8).mul_add(z, c(9));
    let p0 = c(0).mul_add(z, c(1));
    let z2 = z * z;
    let p7 = c(4).mul_add(z, c(5));
    let w = if big { corr - s } else { ax };
    let p0 = z2.mul_add(p0, p14);
    let p10 = c(6).mul_add(z, c(7));
    let p7 = z2.mul_add(p7, p10);
    let z4 = z2 * z2;
    let p = z4.mul_add(p0, p7);
    let p = z2.mul_add(p, p9);
    let p = z.mul_add(p, c(10));
    let p = z.mul_add(p, c(11));
    let p = p * z;
    let hi = ASIN_PI2_HI - s;
    let lo = ASIN_PI2_LO + corr;
    let s_lost = s - (ASIN_PI2_HI - hi);
    let lo = if big { lo - s_lost } else { 0.0 };
    let r = w.mul_add(p, lo);
    let base = if big { hi } else { ax };
    d((base + r).to_bits() ^ sign)
}

// __svml_dacos_ha_data_internal holds `asin`'s constants at the same
// offsets, then pi (low +0x5c0, high +0x600) and pi/2 (low +0x640, high
// +0x680).
const ACOS_PI_LO: f64 = d(0x3ca1a62633145c07);
const ACOS_PI_HI: f64 = d(0x400921fb54442d18);

/// float64 `arccos` as `__svml_acos8_ha` computes one lane, from `asin`'s
/// pieces: pi/2 - asin x for |x| < 1/2; above, with y = (1 - |x|)/2,
/// 2 asin sqrt(y) for x > 0 and pi - 2 asin sqrt(y) for x < 0. |x| > 1
/// goes to `__svml_dacos_ha_cout_rare_internal` (the default NaN).
pub fn acos(x: f64) -> f64 {
    const SIGN: u64 = 0x8000_0000_0000_0000;
    let nax = d(x.to_bits() | SIGN);
    if nax < -1.0 {
        return d(0xfff8_0000_0000_0000);
    }
    let sign = x.to_bits() & SIGN;
    if x.is_nan() {
        // The NaN that flows through is -|x|, made quiet, then signed.
        return d(quiet(nax).to_bits() ^ sign);
    }
    let y = nax.mul_add(0.5, 0.5);
    let rs = if y < ASIN_TINY { 0.0 } else { rsqrt14(y) };
    let z = (nax * nax).min(y);
    let big = z >= y;
    let y2 = y + y;
    let s = y2 * rs;
    let e = (rs * rs).mul_add(y2, -2.0);
    let s_err = rs.mul_add(y2, -s);
    let sc = |i: usize| d(ASIN_S[i]);
    let q = sc(0).mul_add(e, sc(1));
    let q = e.mul_add(q, sc(2));
    let q = e.mul_add(q, sc(3));
    let corr = (s * e).mul_add(q, -s_err);
    let c = |i: usize| d(ASIN_C[i]);
    let a = c(2).mul_add(z, c(3));
    let b = c(0).mul_add(z, c(1));
    let dd = c(8).mul_add(z, c(9));
    let z2 = z * z;
    let ee = c(4).mul_add(z, c(5));
    let b = z2.mul_add(b, a);
    let z4 = z2 * z2;
    let f = c(6).mul_add(z, c(7));
    let ee = z2.mul_add(ee, f);
    let p = z4.mul_add(b, ee);
    let p = z2.mul_add(p, dd);
    let corr = if big { corr } else { 0.0 };
    let p = z.mul_add(p, c(10));
    let p = z.mul_add(p, c(11));
    let p = p * z;
    let (lo, hi) = if !big {
        (ASIN_PI2_LO, ASIN_PI2_HI)
    } else if x <= z {
        (ACOS_PI_LO, ACOS_PI_HI)
    } else {
        (0.0, 0.0)
    };
    let lo = d(lo.to_bits() ^ sign);
    let w = if big { s } else { nax };
    let r = (w - corr).mul_add(p, lo - corr) + w;
    d(r.to_bits() ^ sign) + hi
}

// __svml_dasinh_ha_data_internal_avx512 (byte for byte
// __svml_dacosh_ha_data_internal_avx512 but for the small-input threshold;
// `atanh`'s holds the same tables negated): -log(R) for R = 1 + j/16,
// high parts (+0) and low parts (+0x80), then the broadcast constants.
#[rustfmt::skip]
const LOGR_TH: [u64; 16] = [
    0x0000000000000000, 0xbfaf0a30c0120000, 0xbfbe27076e2b0000, 0xbfc5ff3070a78000,
    0xbfcc8ff7c79a8000, 0xbfd1675cababc000, 0xbfd4618bc21c4000, 0xbfd739d7f6bbc000,
    0xbfd9f323ecbf8000, 0xbfdc8ff7c79a8000, 0xbfdf128f5faf0000, 0xbfe0be72e4252000,
    0xbfe1e85f5e704000, 0xbfe307d7334f2000, 0xbfe41d8fe8468000, 0xbfe52a2d265bc000,
];
#[rustfmt::skip]
const LOGR_TL: [u64; 16] = [
    0x0000000000000000, 0x3d53ab33d066d1d2, 0x3d2a342c2af0003c, 0xbd43d3c873e20a07,
    0xbd4a21ac25d81ef3, 0x3d59f1fc63382a8f, 0xbd5ec27d0b7b37b3, 0xbd50069ce24c53fb,
    0xbd584bf2b68d766f, 0xbd5a21ac25d81ef3, 0xbd3bb2cd720ec44c, 0xbd55056d312f7668,
    0xbd1a07bd8b34be7c, 0x3d5e83c094debc15, 0x3d5aa33736867a17, 0xbd46abb9df22bc57,
];
const ASINH_SMALL: f64 = d(0x3f96a00000000000); // +0x180: below, the odd polynomial
const ACOSH_SMALL: f64 = d(0x3f40000000000000); // +0x180 in acosh's table
const AH_LARGE: f64 = d(0x5fe0000000000000); // +0x1c0: 2^511, from here log(2x)
const AH_LARGE_SCALE: f64 = d(0x3fc0000000000000); // +0x500: 1/8
const AH_LARGE_K: f64 = d(0x4010000000000000); // +0x540: 4, the exponent 1/8 takes off
// asinh x ~ x + x^3 (S0 x^4 + S1 x^2 + S2) below ASINH_SMALL: +0x240 .. +0x2c0.
const AH_S: [u64; 3] = [0xbfa6d78aac4ca025, 0x3fb333330c569eea, 0xbfc555555554d8fd];
// sqrt(1 + Eh) ~ 1 + Eh (c0 + c1 Eh + c2 Eh^2 + c3 Eh^3): +0x300 .. +0x3c0.
const AH_SQRT: [u64; 4] = [
    0x3fd1800001943612,
    0x3fd40000013b0000,
    0x3fd8000000000000,
    0x3fe0000000000000,
];
// The reciprocal's rounding to 4 fraction bits: +0x480, +0x4c0.
const RCP_ROUND: u64 = 0x0000_8000_0000_0000;
const RCP_MASK: u64 = 0xffff_0000_0000_0000;
// log1p(r) - r ~ r^2 (c0 r^8 + ... + c8) from +0x580 (+0x200 in atanh's).
#[rustfmt::skip]
const LOGR_C: [u64; 9] = [
    0xbfb9a9b040214368, 0x3fbc80666e249778, 0xbfbffffb8a054bc9, 0x3fc24922f71256f1,
    0xbfc55555559ba736, 0x3fc9999999be77af, 0xbfcffffffffffc65, 0x3fd55555555554c1,
    0xbfe0000000000000,
];

/// The special inputs the inverse hyperbolics' vector code sends to their
/// rare paths (`__svml_da{sin,cos}h_ha_cout_rare_internal`): NaN (returned
/// as NaN * NaN, made quiet) and infinities (returned as they are).
fn ah_rare(x: f64) -> f64 {
    if x.is_nan() { quiet(x) } else { x }
}

/// log(xin + xin_lo) as the inverse hyperbolics' vector code ends, for
/// xin at least 1 (or 2^508 when `large`, where it was scaled by 1/8 and
/// the exponent is fixed up): rcp = `vrcp14pd(xin)` rounded to 4 fraction bits,
/// r = rcp xin - 1 + rcp xin_lo, log = -log(rcp) + log1p(r) with -log(rcp)
/// from the table and the exponent.
fn ah_log(xin: f64, xin_lo: f64, large: bool) -> f64 {
    let rcp = d((rcp14(xin).to_bits().wrapping_add(RCP_ROUND)) & RCP_MASK);
    let j = ((rcp.to_bits() >> 48) & 15) as usize;
    let rh0 = rcp.mul_add(xin, -1.0);
    let (_, mut k) = mant_exp(rcp);
    if large {
        k -= AH_LARGE_K;
    }
    let r = xin_lo.mul_add(rcp, rh0);
    let tl = xin_lo.mul_add(rcp, d(LOGR_TL[j]));
    let c = |i: usize| d(LOGR_C[i]);
    let p = c(0).mul_add(r, c(1));
    let th = (-LOG_LN2_HI).mul_add(k, d(LOGR_TH[j]));
    let p = r.mul_add(p, c(2));
    let hi = th + rh0;
    let p = r.mul_add(p, c(3));
    let lo = (-LOG_LN2_LO).mul_add(k, tl);
    let r_high = th - hi;
    let p = r.mul_add(p, c(4));
    let rl = rh0 + r_high;
    let p = r.mul_add(p, c(5));
    let r2 = r * r;
    let p = r.mul_add(p, c(6));
    let p = r.mul_add(p, c(7));
    let p = r.mul_add(p, c(8));
    let p = r2.mul_add(p, lo);
    hi + (p + rl)
}

/// float64 `arcsinh` as `__svml_asinh8_ha` computes one lane: below
/// ASINH_SMALL an odd polynomial; above, log(|x| + sqrt(1 + x^2)) with the
/// square root from `vrsqrt14pd` refined in double-double and the sum
/// carried high and low into `ah_log`; from 2^511, log(2|x|) (as
/// log(|x|/8) + 4 log 2). The sign is put back last.
pub fn asinh(x: f64) -> f64 {
    let ax = x.abs();
    if !ax.is_finite() {
        return ah_rare(x);
    }
    let sign = x.to_bits() & 0x8000_0000_0000_0000;
    let x2 = x * x;
    let r = if ax < ASINH_SMALL {
        let s = |i: usize| d(AH_S[i]);
        let p = x2.mul_add(x2.mul_add(s(0), s(1)), s(2));
        ax.mul_add(p * x2, ax)
    } else if ax >= AH_LARGE {
        ah_log(ax * AH_LARGE_SCALE, 0.0, true)
    } else {
        let big = x2.max(1.0);
        let small = x2.min(1.0);
        let y = x2 + 1.0;
        let r0 = rsqrt14(y);
        let b_high = y - big;
        let sh = y * r0;
        let b_low = small - b_high;
        let yr0_low = r0.mul_add(y, -sh);
        let x2_low = x.mul_add(x, -x2);
        let yl = x2_low + b_low;
        let sl = r0.mul_add(yl, yr0_low);
        let eh = (-r0).mul_add(sh, 1.0);
        let eh = (-r0).mul_add(sl, eh);
        let q = |i: usize| d(AH_SQRT[i]);
        let sh_eh = sh * eh;
        let p = q(0).mul_add(eh, q(1));
        let p = eh.mul_add(p, q(2));
        let p = eh.mul_add(p, q(3));
        let xh_sum = sh + ax;
        let s_lo = p.mul_add(sh_eh, sl);
        let xh = xh_sum - sh;
        let xin = xh_sum + s_lo;
        let xl = ax - xh;
        let sl_high = xin - xh_sum;
        let sl_l = s_lo - sl_high;
        ah_log(xin, xl + sl_l, false)
    };
    d(r.to_bits() ^ sign)
}

/// float64 `arccosh` as `__svml_acosh8_ha` computes one lane: log(x +
/// sqrt(x^2 - 1)) with x^2 - 1 carried high and low, the square root from
/// `vrsqrt14pd` refined as in `asinh` and the sum carried into `ah_log`;
/// while x^2 - 1 < ACOSH_SMALL, sqrt(y)(1 + y P(y)) instead; from 2^511,
/// log(2x). x <= 1, NaN and infinities go to
/// `__svml_dacosh_ha_cout_rare_internal`: acosh(1) = +0, +inf stays,
/// NaN * NaN, and inf * 0 (the default NaN) for the rest.
pub fn acosh(x: f64) -> f64 {
    if x <= 1.0 || !x.is_finite() {
        return if x.is_nan() {
            quiet(x)
        } else if x == 1.0 {
            0.0
        } else if x == f64::INFINITY {
            x
        } else {
            d(0xfff8_0000_0000_0000)
        };
    }
    if x >= AH_LARGE {
        return ah_log(x * AH_LARGE_SCALE, 0.0, true);
    }
    let x2 = x * x;
    let y0 = x2 - 1.0;
    let one_l = (x2 - y0) - 1.0;
    let x2_low = x.mul_add(x, -x2);
    let yl0 = x2_low + one_l;
    let yh = y0 + yl0;
    let r0 = rsqrt14(yh);
    let sh = yh * r0;
    let ylh = yh - y0;
    let sh_x = sh + x;
    let yl = yl0 - ylh;
    let yr0_low = r0.mul_add(yh, -sh);
    let eh = (-r0).mul_add(sh, 1.0);
    let sl = r0.mul_add(yl, yr0_low);
    let eh = (-r0).mul_add(sl, eh);
    let q = |i: usize| d(AH_SQRT[i]);
    let sh_eh = sh * eh;
    let p = q(0).mul_add(eh, q(1));
    let p = eh.mul_add(p, q(2));
    let p = eh.mul_add(p, q(3));
    let s_lo = p.mul_add(sh_eh, sl);
    if yh < ACOSH_SMALL {
        let s = |i: usize| d(AH_S[i]);
        let poly = yh.mul_add(yh.mul_add(s(0), s(1)), s(2)) * yh;
        return sh + poly.mul_add(sh + s_lo, s_lo);
    }
    let shh = sh_x - x;
    let shl = sh - shh;
    let xin = sh_x + s_lo;
    let sl_high = xin - sh_x;
    let sl_l = s_lo - sl_high;
    ah_log(xin, shl + sl_l, false)
}

/// float64 `arctanh` as `__svml_atanh8_ha` computes one lane: with y =
/// |x|, atanh y = (log(1 + y) - log(1 - y))/2, each logarithm reduced by
/// its own `vrcp14pd` reciprocal rounded to 4 fraction bits (as `ah_log`),
/// the table and exponent terms differenced first, the sign put back with
/// the halving. |x| >= 1 and NaN go to
/// `__svml_datanh_ha_cout_rare_internal`: ±1 / 0 for ±1, NaN * NaN, and
/// 0 * inf (the default NaN) for the rest.
pub fn atanh(x: f64) -> f64 {
    let y = x.abs();
    if y >= 1.0 || y.is_nan() {
        return if x.is_nan() {
            quiet(x)
        } else if y == 1.0 {
            x / 0.0
        } else {
            d(0xfff8_0000_0000_0000)
        };
    }
    let sign = x.to_bits() & 0x8000_0000_0000_0000;
    let rcp = |v: f64| d((rcp14(v).to_bits().wrapping_add(RCP_ROUND)) & RCP_MASK);
    let index = |r: f64| ((r.to_bits() >> 48) & 15) as usize;
    // `atanh`'s table holds log(R), `asinh`'s negated (zeros are +0 in both).
    let th = |j: usize| -d(LOGR_TH[j]);
    let tl = |j: usize| -d(LOGR_TL[j]);
    let yp = y + 1.0;
    let ym = 1.0 - y;
    let yp_low = y - (yp - 1.0);
    let ym_low = y + (ym - 1.0);
    let (rcp_p, rcp_m) = (rcp(yp), rcp(ym));
    let (jp, jm) = (index(rcp_p), index(rcp_m));
    let rp = yp_low.mul_add(rcp_p, rcp_p.mul_add(yp, -1.0));
    let rm = (-ym_low).mul_add(rcp_m, ym.mul_add(rcp_m, -1.0));
    let dk = mant_exp(rcp_m).1 - mant_exp(rcp_p).1;
    let hi0 = LOG_LN2_HI.mul_add(dk, th(jm) - th(jp));
    let lo0 = LOG_LN2_LO.mul_add(dk, tl(jm) - tl(jp));
    let c = |i: usize| d(LOGR_C[i]);
    let poly = |r: f64| (1..9).fold(c(0), |p, i| r.mul_add(p, c(i)));
    let hi = rp + hi0;
    let rpl = rp + (hi0 - hi);
    let hi_m = hi - rm;
    let rml = rm + (hi_m - hi);
    let lo_p = (rp * rp).mul_add(poly(rp), lo0);
    let lo_m = (-(rm * rm)).mul_add(poly(rm), rpl);
    let r = hi_m + ((lo_p + lo_m) - rml);
    r * d(0x3fe0_0000_0000_0000 | sign)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The emulated `vrcp14pd` against the instruction itself, on a CPU
    /// that has it: every 16-bit leading fraction (the bits it reads),
    /// with low bits that it must ignore.
    #[cfg(target_arch = "x86_64")]
    #[test]
    fn rcp14_matches_the_instruction() {
        use std::arch::x86_64::{_mm512_cvtsd_f64, _mm512_rcp14_pd, _mm512_set1_pd};
        #[target_feature(enable = "avx512f")]
        fn hardware(x: f64) -> f64 {
            _mm512_cvtsd_f64(_mm512_rcp14_pd(_mm512_set1_pd(x)))
        }
        if !std::arch::is_x86_feature_detected!("avx512f") {
            return;
        }
        for top in 0u64..1 << 16 {
            for low in [0u64, 1, 0xf_ffff_ffff, 0x1_2345_6789] {
                let m = d(0x3ff0_0000_0000_0000 | top << 36 | low);
                // SAFETY: avx512f was detected above.
                let want = unsafe { hardware(m) };
                assert_eq!(rcp14_unit(m).to_bits(), want.to_bits(), "rcp14({m:e})");
            }
        }
    }

    /// The emulated `vrsqrt14pd` against the instruction, on every 15-bit
    /// leading fraction of [1, 4) and a few scales.
    #[cfg(target_arch = "x86_64")]
    #[test]
    fn rsqrt14_matches_the_instruction() {
        use std::arch::x86_64::{_mm512_cvtsd_f64, _mm512_rsqrt14_pd, _mm512_set1_pd};
        #[target_feature(enable = "avx512f")]
        fn hardware(x: f64) -> f64 {
            _mm512_cvtsd_f64(_mm512_rsqrt14_pd(_mm512_set1_pd(x)))
        }
        if !std::arch::is_x86_feature_detected!("avx512f") {
            return;
        }
        for top in 0u64..1 << 15 {
            for (scale, low) in [
                (0x3ffu64, 0u64),
                (0x400, 0x1f_ffff_ffff),
                (0x001, 0x12_3456_789a),
                (0x7fd, 7),
            ] {
                let x = d(scale << 52 | top << 37 | low);
                // SAFETY: avx512f was detected above.
                let want = unsafe { hardware(x) };
                assert_eq!(rsqrt14(x).to_bits(), want.to_bits(), "rsqrt14({x:e})");
            }
        }
    }

    #[test]
    fn special_values() {
        assert_eq!(exp(0.0), 1.0);
        assert_eq!(exp(f64::NEG_INFINITY), 0.0);
        assert_eq!(exp(f64::INFINITY), f64::INFINITY);
        assert_eq!(exp(710.0), f64::INFINITY);
        assert_eq!(exp(-746.0), 0.0);
        assert_eq!(exp(-745.0).to_bits(), 1);
        assert!(exp(f64::NAN).is_nan());
        assert_eq!(log(1.0).to_bits(), 0);
        assert_eq!(log(0.0), f64::NEG_INFINITY);
        assert_eq!(log(-0.0), f64::NEG_INFINITY);
        assert_eq!(log(-1.0).to_bits(), 0xfff8_0000_0000_0000);
        assert_eq!(log(f64::INFINITY), f64::INFINITY);
        assert_eq!(log(5e-324), -744.4400719213812);
        assert_eq!(log(std::f64::consts::E), 1.0);
        assert_eq!(log10(1000.0), 3.0);
        assert_eq!(log2(1024.0), 10.0);
        assert_eq!(sinh(-0.0).to_bits(), (-0.0f64).to_bits());
        assert_eq!(sinh(711.0), f64::INFINITY);
        assert_eq!(sinh(-711.0), f64::NEG_INFINITY);
        assert_eq!(sinh(1e-300), 1e-300);
        assert_eq!(cosh(0.0), 1.0);
        assert_eq!(cbrt(-27.0), -3.0);
        assert_eq!(asin(1.0), std::f64::consts::FRAC_PI_2);
        assert_eq!(acos(1.0).to_bits(), 0);
        assert_eq!(acos(-1.0), std::f64::consts::PI);
        assert_eq!(acos(0.0), std::f64::consts::FRAC_PI_2);
        assert_eq!(acos(-1.5).to_bits(), 0xfff8_0000_0000_0000);
        assert_eq!(asin(-0.0).to_bits(), (-0.0f64).to_bits());
        assert_eq!(asin(1.5).to_bits(), 0xfff8_0000_0000_0000);
        assert_eq!(cbrt(-0.0).to_bits(), (-0.0f64).to_bits());
        assert_eq!(cbrt(5e-324).to_bits(), 0x2990000000000000);
        assert_eq!(cbrt(f64::NEG_INFINITY), f64::NEG_INFINITY);
        assert_eq!(atan(-0.0).to_bits(), (-0.0f64).to_bits());
        assert_eq!(atan(f64::INFINITY), std::f64::consts::FRAC_PI_2);
        assert_eq!(atan(-1.0), -std::f64::consts::FRAC_PI_4);
        assert_eq!(atan(5e-324).to_bits(), 1);
        assert_eq!(cosh(-711.0), f64::INFINITY);
        assert_eq!(cosh(f64::NEG_INFINITY), f64::INFINITY);
        assert_eq!(log1p(-0.0).to_bits(), (-0.0f64).to_bits());
        assert_eq!(log1p(-1.0), f64::NEG_INFINITY);
        assert_eq!(log1p(-2.0).to_bits(), 0xfff8_0000_0000_0000);
        assert_eq!(log1p(f64::INFINITY), f64::INFINITY);
        assert_eq!(log1p(1e-300), 1e-300);
        assert_eq!(exp2(10.0), 1024.0);
        assert_eq!(exp2(-1074.0).to_bits(), 1);
        assert_eq!(exp2(-1076.0), 0.0);
        assert_eq!(exp2(1024.0), f64::INFINITY);
        assert_eq!(exp2(f64::NEG_INFINITY), 0.0);
        assert_eq!(sub_rd(0.0625, 1e-20), 0.06249999999999999);
        assert_eq!(log2(5e-324), -1074.0);
        assert_eq!(log2(0.0), f64::NEG_INFINITY);
        assert_eq!(log2(-3.0).to_bits(), 0xfff8_0000_0000_0000);
        assert_eq!(log10(0.0), f64::NEG_INFINITY);
        assert_eq!(log10(-2.0).to_bits(), 0xfff8_0000_0000_0000);
        assert_eq!(expm1(-0.0).to_bits(), (-0.0f64).to_bits());
        assert_eq!(expm1(1e-300), 1e-300);
        assert_eq!(expm1(f64::NEG_INFINITY), -1.0);
        assert_eq!(expm1(710.0), f64::INFINITY);
        assert_eq!(asinh(-0.0).to_bits(), (-0.0f64).to_bits());
        assert_eq!(asinh(5e-324).to_bits(), 1);
        assert_eq!(asinh(f64::NEG_INFINITY), f64::NEG_INFINITY);
        assert_eq!(asinh(f64::MAX), 710.475860073944);
        assert_eq!(asinh(2.0), 1.4436354751788103);
        assert!(asinh(f64::NAN).is_nan());
        assert_eq!(acosh(1.0).to_bits(), 0);
        assert_eq!(acosh(2.0), 1.3169578969248168);
        assert_eq!(acosh(0.5).to_bits(), 0xfff8_0000_0000_0000);
        assert_eq!(acosh(f64::NEG_INFINITY).to_bits(), 0xfff8_0000_0000_0000);
        assert_eq!(acosh(f64::INFINITY), f64::INFINITY);
        assert_eq!(atanh(-0.0).to_bits(), (-0.0f64).to_bits());
        assert_eq!(atanh(1.0), f64::INFINITY);
        assert_eq!(atanh(-1.0), f64::NEG_INFINITY);
        assert_eq!(atanh(2.0).to_bits(), 0xfff8_0000_0000_0000);
        assert_eq!(atanh(5e-324).to_bits(), 1);
    }
}
