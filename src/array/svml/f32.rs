//! float32 SVML: `__svml_*f16` (sixteen float lanes, the LA routines:
//! NumPy's `func_suffix` for float32 is `f16`, not `f16_ha`), which NumPy
//! 2.4.6 calls for float32 `exp2 log2 log10 expm1 log1p cbrt tan arcsin
//! arccos arctan sinh cosh arcsinh`, `arctan2` and `power` on AVX-512
//! (`simd_*_f32` in `loops_umath_fp.dispatch.c.src`). As for float64, each
//! function is the vector routine run on one lane: `vfmadd…ps` is
//! `f32::mul_add`, `{rz-sae}` and `vreduceps`'s rounded-down subtraction
//! are emulated exactly, `vrcp14ps`/`vrsqrt14ps` by Intel's reference
//! tables (checked against the instructions below), and the special lanes
//! the routine's `vfpclassps` or compares flag get what its scalar rare
//! path returns. Not ported, with glibc standing in (and the oracle check
//! leaving those inputs out): `tan`'s Payne-Hanek reduction for |x| >
//! 8256, the rare paths of `arctan2` and `power`, and the double-precision
//! rare paths of `sinh`/`cosh` past 87.34 (see `hyp_rare`). Constants are
//! the bytes of the routines' `__svml_s*_data_internal*` tables (Intel's
//! code in NumPy's SVML, BSD 3-Clause, Copyright (c) 2005-2021 Intel
//! Corporation).

const fn f(bits: u32) -> f32 {
    f32::from_bits(bits)
}

/// `x` with a signalling NaN made quiet, as x86 arithmetic returns it.
fn quiet(x: f32) -> f32 {
    f32::from_bits(x.to_bits() | 0x0040_0000)
}

/// x86's default NaN (`0/0`): sign bit set.
const DEFAULT_NAN: f32 = f(0xffc0_0000);

/// `vgetmantps` with interval [1, 2) and `vgetexpps`, for a positive
/// finite nonzero `x` (subnormals normalised, as the instructions do
/// without DAZ).
fn mant_exp(x: f32) -> (f32, f32) {
    let mut bits = x.to_bits();
    let mut bias = 0i32;
    if bits >> 23 == 0 {
        bits = (x * f(0x4b00_0000)).to_bits(); // * 2^23, exact
        bias = 23;
    }
    let e = ((bits >> 23) & 0xff) as i32 - 127 - bias;
    (f((bits & 0x007f_ffff) | 0x3f80_0000), e as f32)
}

/// The special inputs `__svml_slog{2,10}f16` send to their rare path
/// (`vfpclassps $0x5e`: zeros, infinities, negative numbers) and what it
/// returns: -1/0 for a zero, +inf * +inf, and 0/0 (the default NaN) for
/// -inf and negative numbers. NaN goes through the arithmetic, quieted.
fn log_special(x: f32) -> Option<f32> {
    if x.is_nan() {
        Some(quiet(x))
    } else if x == 0.0 {
        Some(f32::NEG_INFINITY)
    } else if x < 0.0 {
        Some(DEFAULT_NAN)
    } else if x == f32::INFINITY {
        Some(x)
    } else {
        None
    }
}

/// The reduction `__svml_log2f16` and `__svml_log10f16` share, for a
/// positive finite `x`: `m` = `vgetmantps $11` (in [0.75, 1.5)), `k` =
/// getexp(x) - getexp(m), so x = 2^k m, and the table row (bits 19..22 of
/// `m`, `vpermps`).
fn log_reduce(x: f32) -> (f32, f32, usize) {
    let (m1, e) = mant_exp(x);
    let (m, k) = if m1 >= 1.5 {
        (m1 * 0.5, e + 1.0)
    } else {
        (m1, e)
    };
    (m, k, ((m.to_bits() >> 19) & 15) as usize)
}

/// The degree-4 polynomial of row `j` of a 16-row table in r = m - 1
/// (coefficients highest first, at +0x40, +0x80, +0xc0, +0x100 of the
/// routine's data), by Horner's rule in fmas, with `k` as the last addend.
fn log_poly(t: &[[u32; 16]; 4], j: usize, r: f32, k: f32) -> f32 {
    let p = r.mul_add(f(t[0][j]), f(t[1][j]));
    let p = r.mul_add(p, f(t[2][j]));
    let p = r.mul_add(p, f(t[3][j]));
    r.mul_add(p, k)
}

// __svml_slog2_data_internal_avx512 (+0x40 .. +0x100): per row of
// m in [0.75, 1.5), log2(m) ~ ((c3 r + c2) r + c1) r + c0) r.
#[rustfmt::skip]
const LOG2_T: [[u32; 16]; 4] = [
    [0xbea77e4a, 0xbe8aae3d, 0xbe67fe32, 0xbe43d1b6, 0xbe26a589, 0xbe0ee09b, 0xbdf6a8a1, 0xbdd63b49,
     0xbf584e51, 0xbf3e80a1, 0xbf2892f0, 0xbf15d377, 0xbf05b525, 0xbeef8e30, 0xbed75c8f, 0xbec24184],
    [0x3ef5910c, 0x3ef045a1, 0x3ee7d87e, 0x3eddbb84, 0x3ed2d6df, 0x3ec7bbd2, 0x3ebcc42f, 0x3eb22616,
     0x3e8f3399, 0x3eb1223e, 0x3ec9db4a, 0x3edb7a09, 0x3ee79a1a, 0x3eef77cb, 0x3ef407a4, 0x3ef607b4],
    [0xbf38a934, 0xbf387de6, 0xbf37f6f0, 0xbf37048b, 0xbf35a88a, 0xbf33ed04, 0xbf31df56, 0xbf2f8d82,
     0xbf416814, 0xbf3daf58, 0xbf3b5c08, 0xbf39fa2a, 0xbf393713, 0xbf38d7e1, 0xbf38b2cd, 0xbf38aa62],
    [0x3fb8aa3b, 0x3fb8a9c0, 0x3fb8a6e8, 0x3fb89f4e, 0x3fb890cb, 0x3fb879b1, 0x3fb858d8, 0x3fb82d90,
     0x3fb8655e, 0x3fb8883a, 0x3fb89aea, 0x3fb8a42f, 0x3fb8a848, 0x3fb8a9c9, 0x3fb8aa2f, 0x3fb8aa3b],
];

/// float32 `log2` as `__svml_log2f16` computes one lane.
pub fn log2(x: f32) -> f32 {
    if let Some(y) = log_special(x) {
        return y;
    }
    let (m, k, j) = log_reduce(x);
    log_poly(&LOG2_T, j, m - 1.0, k)
}

// __svml_slog10_data_internal_avx512 (+0x40 .. +0x100), as LOG2_T.
#[rustfmt::skip]
const LOG10_T: [[u32; 16]; 4] = [
    [0xbdc9ae9b, 0xbda6fcf4, 0xbd8bac76, 0xbd6bca30, 0xbd48a99b, 0xbd2c0a9f, 0xbd1480db, 0xbd00faf2,
     0xbe823aa9, 0xbe656348, 0xbe4afbb9, 0xbe346895, 0xbe20ffff, 0xbe103a0b, 0xbe01a91c, 0xbde9e84e],
    [0x3e13d888, 0x3e10a87c, 0x3e0b95c3, 0x3e057f0b, 0x3dfde038, 0x3df080d9, 0x3de34c1e, 0x3dd68333,
     0x3dac6e8e, 0x3dd54a51, 0x3df30f40, 0x3e04235d, 0x3e0b7033, 0x3e102c90, 0x3e12ebad, 0x3e141ff8],
    [0xbe5e5a9b, 0xbe5e2677, 0xbe5d83f5, 0xbe5c6016, 0xbe5abd0b, 0xbe58a6fd, 0xbe562e02, 0xbe5362f8,
     0xbe68e27c, 0xbe646747, 0xbe619a73, 0xbe5ff05a, 0xbe5f0570, 0xbe5e92d0, 0xbe5e662b, 0xbe5e5c08],
    [0x3ede5bd8, 0x3ede5b45, 0x3ede57d8, 0x3ede4eb1, 0x3ede3d37, 0x3ede2166, 0x3eddf9d9, 0x3eddc5bb,
     0x3ede08ed, 0x3ede32e7, 0x3ede4967, 0x3ede5490, 0x3ede597f, 0x3ede5b50, 0x3ede5bca, 0x3ede5bd9],
];
const LOG10_2: f32 = f(0x3e9a209b); // +0x140

/// float32 `log10` as `__svml_log10f16` computes one lane.
pub fn log10(x: f32) -> f32 {
    if let Some(y) = log_special(x) {
        return y;
    }
    let (m, k, j) = log_reduce(x);
    log_poly(&LOG10_T, j, m - 1.0, k * LOG10_2)
}

/// `vreduceps` rounding down (imm8 bits 1:0 = 01): `x - k`, where `k` is
/// `x` rounded down to a few fraction bits, and the subtraction rounds
/// down too (Intel's `ReduceArgumentSP`: "subtraction under the same RC"),
/// which matters when `x` is negative and small.
fn reduce_down(x: f32, k: f32) -> f32 {
    let exact = x as f64 - k as f64; // exact: both are floats of close scale
    let r = exact as f32;
    if (r as f64) > exact {
        f32::from_bits(if r > 0.0 {
            r.to_bits() - 1
        } else {
            r.to_bits() + 1
        })
    } else {
        r
    }
}

// __svml_sexp2_data_internal_avx512: 2^(j/16) (+0x000), then broadcasts.
#[rustfmt::skip]
const EXP2_T: [u32; 16] = [
    0x3f800000, 0x3f85aac3, 0x3f8b95c2, 0x3f91c3d3, 0x3f9837f0, 0x3f9ef532, 0x3fa5fed7, 0x3fad583f,
    0x3fb504f3, 0x3fbd08a4, 0x3fc5672a, 0x3fce248c, 0x3fd744fd, 0x3fe0ccdf, 0x3feac0c7, 0x3ff5257d,
];
/// 2^r - 1 ~ (c1 + c2 r + c3 r^2) r (+0x040 .. +0x0c0).
const EXP2_C: [u32; 3] = [0x3f317222, 0x3e75f16b, 0x3d6854ca];
/// |x| beyond this goes to the rare path (+0x180).
const EXP2_RANGE: f32 = 126.0;

/// float32 `exp2` as `__svml_exp2f16` computes one lane: 2^x =
/// 2^floor(x) 2^(j/16) 2^r with j/16 + r = x - floor(x) (`vreduceps $0x41`), the
/// scaling (`vscalefps`) exact since |x| <= 126. Other lanes (NaN excepted,
/// which the compare lets through) take `__svml_sexp2_cout_rare_internal`.
pub fn exp2(x: f32) -> f32 {
    if x.is_nan() {
        return quiet(x);
    }
    if x.abs() > EXP2_RANGE {
        return exp2_rare(x);
    }
    let fl = (x * 16.0).floor();
    let r = reduce_down(x, fl / 16.0);
    let j = (fl as i32 & 15) as usize;
    let c = |i: usize| f(EXP2_C[i]);
    let p = r.mul_add(c(2), c(1));
    let p = r.mul_add(p, c(0));
    let t = f(EXP2_T[j]);
    let y = (t * r).mul_add(p, t);
    y * 2f32.powi(x.floor() as i32)
}

/// `__svml_sexp2_cout_rare_internal` for |x| > 126: infinities, overflow
/// and underflow, and otherwise 2^N * p(x - N) with N = round(x) in plain
/// float arithmetic, scaled in two steps (the second rounds once into the
/// subnormals or overflows).
fn exp2_rare(x: f32) -> f32 {
    if x == f32::INFINITY || x > 128.0 {
        return f32::INFINITY;
    }
    if x == f32::NEG_INFINITY || x < -150.0 {
        return 0.0;
    }
    const SHIFTER: f32 = f(0x4b40_0000); // 1.5 * 2^23
    const P: [u32; 6] = [
        0x3aafc483, 0x3c1e883d, 0x3d635716, 0x3e75fc83, 0x3f317219, 0x3f800001,
    ];
    let t = x + SHIFTER;
    let n = t.to_bits() as u16 as i16 as i32; // the low half word: round(x)
    let r = x - (t - SHIFTER);
    let mut p = f(P[0]);
    for &c in &P[1..] {
        p = p * r + f(c);
    }
    if n >= 104 {
        p * f(((n & 0xff) as u32) << 23) * f(0x7f00_0000) // * 2^(n-127) * 2^127
    } else {
        p * f((((n - 106) & 0xff) as u32) << 23) * f(0x3400_0000) // * 2^(n-233) * 2^-23
    }
}

/// `vscalefps` under round-to-nearest for a finite `a` and a non-NaN `b`:
/// `a * 2^floor(b)` rounded once (exact in a double, then one rounding).
fn scalef(a: f32, b: f32) -> f32 {
    let k = b.floor().clamp(-400.0, 400.0) as i32;
    (a as f64 * 2f64.powi(k)) as f32
}

// __svml_sexpm1_data_internal_avx512: 2^(j/32) high (+0x000) and low
// (+0x080) parts, then broadcasts.
#[rustfmt::skip]
const EXPM1_TH: [u32; 32] = [
    0x3f800000, 0x3f82cd87, 0x3f85aac3, 0x3f88980f, 0x3f8b95c2, 0x3f8ea43a, 0x3f91c3d3, 0x3f94f4f0,
    0x3f9837f0, 0x3f9b8d3a, 0x3f9ef532, 0x3fa27043, 0x3fa5fed7, 0x3fa9a15b, 0x3fad583f, 0x3fb123f6,
    0x3fb504f3, 0x3fb8fbaf, 0x3fbd08a4, 0x3fc12c4d, 0x3fc5672a, 0x3fc9b9be, 0x3fce248c, 0x3fd2a81e,
    0x3fd744fd, 0x3fdbfbb8, 0x3fe0ccdf, 0x3fe5b907, 0x3feac0c7, 0x3fefe4ba, 0x3ff5257d, 0x3ffa83b3,
];
#[rustfmt::skip]
const EXPM1_TL: [u32; 32] = [
    0x00000000, 0xb34a3a0a, 0x3346cb6a, 0xb36ed17e, 0xb24e0611, 0xb3517dd9, 0x334b2482, 0xb31586de,
    0x33092801, 0xb2e6f467, 0x331b85f2, 0x3099b6f1, 0xb3051aa8, 0xb2e2a0da, 0xb2006c56, 0xb3365942,
    0x329302ae, 0x32c595dc, 0xb302e5a2, 0xb28e10a1, 0x31b3d0e5, 0xb31a472b, 0x31d1daf2, 0xb305bf64,
    0xb27ce182, 0xb2f26443, 0xb1b4b0da, 0xb1da8a8f, 0xb1d290be, 0xb2d5b899, 0x31b0a147, 0xb2156afc,
];
const EXPM1_L2E: f32 = f(0x3fb8aa3b); // +0x100
const EXPM1_SHIFTER: f32 = f(0x48c0_0000); // +0x140: 1.5 * 2^18
const EXPM1_RANGE: f32 = f(0x42ad496b); // +0x180
const EXPM1_LN2_HI: f32 = f(0x3f317218); // +0x200
const EXPM1_LN2_LO: f32 = f(0xb102e308); // +0x240
const EXPM1_C3: f32 = f(0x3e2aabf3); // +0x2c0
const EXPM1_C2: f32 = f(0x3f0000f6); // +0x300

/// float32 `expm1` as `__svml_expm1f16` computes one lane: e^x - 1 =
/// (2^k Th - 1) + 2^k Th (Tl + r + r^2 p(r)) with k + j/32 = x log2 e
/// rounded to 5 bits, the sign of `x` or-ed in (for -0). Lanes with x >=
/// 86.64 take `__svml_sexpm1_cout_rare_internal`; NaN and -inf do not.
pub fn expm1(x: f32) -> f32 {
    if x.is_nan() {
        return quiet(x);
    }
    if x >= EXPM1_RANGE {
        return expm1_rare(x);
    }
    let s = x.mul_add(EXPM1_L2E, EXPM1_SHIFTER);
    let z = s - EXPM1_SHIFTER;
    let j = (s.to_bits() & 31) as usize;
    let r = (-z).mul_add(EXPM1_LN2_HI, x);
    // `vandps` with 0xbfffffff keeps |r| < 2 when x is huge or -inf, so
    // the polynomial stays finite and 2^k Th = 0 gives -1.
    let r = f((-z).mul_add(EXPM1_LN2_LO, r).to_bits() & 0xbfff_ffff);
    let th = scalef(f(EXPM1_TH[j]), z);
    let p = r.mul_add(EXPM1_C3, EXPM1_C2);
    let p = (r * r).mul_add(p, f(EXPM1_TL[j]));
    let y = (p + r).mul_add(th, th - 1.0);
    f(y.to_bits() | (x.to_bits() & 0x8000_0000))
}

/// `__svml_sexpm1_cout_rare_internal` for x >= 86.64: +inf, overflow, and
/// otherwise e^x (the -1 is lost) as 2^n p(x - n ln 2) in plain float
/// arithmetic, n added to the result's exponent field.
fn expm1_rare(x: f32) -> f32 {
    if x == f32::INFINITY || x > f(0x42b17217) {
        return f32::INFINITY;
    }
    const SHIFTER: f32 = f(0x4b40_0000);
    const C: [u32; 4] = [0x3c0950ef, 0x3d2bb1b6, 0x3e2aa9c6, 0x3efffe85];
    let one = f(0x3f800001);
    let s = x * f(0x3fb8aa3b) + SHIFTER;
    let n = s - SHIFTER;
    let r = x - n * f(0x3f317200);
    let r = r - n * f(0x35bfbe8e);
    let mut p = f(C[0]);
    for &c in &C[1..] {
        p = p * r + f(c);
    }
    let p = (p * r + one) * r;
    f((one + p).to_bits().wrapping_add(s.to_bits() << 23))
}

// __svml_slog1p_data_internal (broadcasts at the offsets noted).
const LOG1P_ONE_BITS: u32 = 0x3f80_0000; // +0x7c0
const LOG1P_MANT_OFF: u32 = 0x3f2a_aaab; // +0xa80: mantissas in [2/3, 4/3)
const LOG1P_RANGE_ADD: u32 = 0x0100_0000; // +0xa00
const LOG1P_RANGE_MIN: i32 = 0x0180_0000; // +0xa40
const LOG1P_LN2: f32 = f(0x3f317218); // +0xb00
/// log(1 + r) ~ r + r^2 (c0 + c1 r + ... + c7 r^7): c7 (+0x9c0) down to
/// c0 (+0x800).
#[rustfmt::skip]
const LOG1P_C: [u32; 8] = [
    0x3e0d84ed, 0xbe1ad9e3, 0x3e0fcb12, 0xbe28ad37, 0x3e4ce190, 0xbe80058e, 0x3eaaaa94, 0xbf000000,
];

/// float32 `log1p` as `__svml_log1pf16` computes one lane: 1 + x as a
/// sum and its rounding error (`vmaxps`/`vminps` order the addends), split
/// as 2^k m with m in [2/3, 4/3) by integer arithmetic on the sum's bits,
/// log1p = k ln 2 + log(1 + r), r = (m - 1) + err 2^-k; the sign of `x` is
/// or-ed in (for -0). Lanes whose sum is not in [2^-126, 2^127) take
/// `__svml_slog1p_cout_rare_internal`.
pub fn log1p(x: f32) -> f32 {
    let one = f(LOG1P_ONE_BITS);
    let sum = one + x;
    if (sum.to_bits() as i32).wrapping_add(LOG1P_RANGE_ADD as i32) < LOG1P_RANGE_MIN {
        return log1p_rare(x);
    }
    let (hi, lo) = if x > one { (x, one) } else { (one, x) };
    let err = (hi - sum) + lo;
    let t = sum.to_bits().wrapping_sub(LOG1P_MANT_OFF) as i32;
    let k = t >> 23;
    let scale = f(LOG1P_ONE_BITS.wrapping_sub((k << 23) as u32)); // 2^-k
    let m = f(((t as u32) & 0x007f_ffff) + LOG1P_MANT_OFF);
    let r = (m - one) + err * scale;
    let mut p = f(LOG1P_C[0]);
    for &c in &LOG1P_C[1..] {
        p = r.mul_add(p, f(c));
    }
    let q = r.mul_add(p * r, r);
    let y = (k as f32).mul_add(LOG1P_LN2, q);
    f(y.to_bits() | (x.to_bits() & 0x8000_0000))
}

// __slog1p_la_CoutTab: per 1/64 of [1, 2], a reciprocal rounded to 7 bits
// and -log of it, high and low parts.
#[rustfmt::skip]
const LOG1P_COUT: [[u32; 3]; 65] = [
    [0x3f800000, 0x00000000, 0x00000000], [0x3f7c0000, 0x3c810000, 0x35acb127], [0x3f780000, 0x3d020000, 0x372ec4f4],
    [0x3f740000, 0x3d44c000, 0xb7d57ad8], [0x3f700000, 0x3d843000, 0xb6ce94c4], [0x3f6e0000, 0x3d955000, 0x349488e3],
    [0x3f6a0000, 0x3db80000, 0x37530aeb], [0x3f660000, 0x3ddb5000, 0x37488dad], [0x3f640000, 0x3ded4000, 0xb7589c7c],
    [0x3f600000, 0x3e08bc00, 0x35e8227e], [0x3f5e0000, 0x3e11ec00, 0xb5ed5b64], [0x3f5a0000, 0x3e248800, 0x36f60ccf],
    [0x3f580000, 0x3e2dfc00, 0xb6fe52af], [0x3f540000, 0x3e412000, 0xb6fa6ab9], [0x3f520000, 0x3e4ad400, 0xb6948c24],
    [0x3f500000, 0x3e54a000, 0xb6161ba9], [0x3f4c0000, 0x3e688000, 0x36dfc995], [0x3f4a0000, 0x3e729800, 0x35effe71],
    [0x3f480000, 0x3e7cc800, 0x3663659e], [0x3f460000, 0x3e838a00, 0xb5f3f655], [0x3f440000, 0x3e88bc00, 0x3668227e],
    [0x3f400000, 0x3e934b00, 0x35044d37], [0x3f3e0000, 0x3e98a800, 0xb661e2ca], [0x3f3c0000, 0x3e9e1300, 0xb6588ccd],
    [0x3f3a0000, 0x3ea38c00, 0x365c271c], [0x3f380000, 0x3ea91500, 0x3660738a], [0x3f360000, 0x3eaeae00, 0xb50829a8],
    [0x3f340000, 0x3eb45600, 0x3603e9c7], [0x3f320000, 0x3eba0f00, 0xb5f12731], [0x3f300000, 0x3ebfd800, 0xb5b884fd],
    [0x3f2e0000, 0x3ec5b200, 0xb5caee9a], [0x3f2c0000, 0x3ecb9d00, 0x3550c4d6], [0x3f2a0000, 0x3ed19a00, 0x3580449f],
    [0x3f280000, 0x3ed7a900, 0x3615248d], [0x3f280000, 0x3ed7a900, 0x3615248d], [0x3f260000, 0x3eddcb00, 0x348dc071],
    [0x3f240000, 0x3ee40000, 0xb5c71755], [0x3f220000, 0x3eea4800, 0x3511b7bf], [0x3f200000, 0x3ef0a400, 0x3621a272],
    [0x3f200000, 0x3ef0a400, 0x3621a272], [0x3f1e0000, 0x3ef71500, 0x34ab5a0a], [0x3f1c0000, 0x3efd9b00, 0xb5ea10b7],
    [0x3f1a0000, 0x3f021b00, 0x34be7604], [0x3f1a0000, 0x3f021b00, 0x34be7604], [0x3f180000, 0x3f0573c0, 0xb50e97d6],
    [0x3f160000, 0x3f08d7c0, 0x338f1d6b], [0x3f140000, 0x3f0c4780, 0xb55f86e2], [0x3f140000, 0x3f0c4780, 0xb55f86e2],
    [0x3f120000, 0x3f0fc300, 0x35d7f186], [0x3f100000, 0x3f134b00, 0x35844d37], [0x3f100000, 0x3f134b00, 0x35844d37],
    [0x3f0e0000, 0x3f16dfc0, 0xb5aa13c8], [0x3f0e0000, 0x3f16dfc0, 0xb5aa13c8], [0x3f0c0000, 0x3f1a8140, 0x34ad9d8d],
    [0x3f0a0000, 0x3f1e3040, 0x32c36bfb], [0x3f0a0000, 0x3f1e3040, 0x32c36bfb], [0x3f080000, 0x3f21ed00, 0xb2d06dc4],
    [0x3f080000, 0x3f21ed00, 0xb2d06dc4], [0x3f060000, 0x3f25b800, 0xb5a41a3d], [0x3f060000, 0x3f25b800, 0xb5a41a3d],
    [0x3f040000, 0x3f299180, 0xb56cbcc4], [0x3f040000, 0x3f299180, 0xb56cbcc4], [0x3f020000, 0x3f2d7a00, 0x34386c94],
    [0x3f020000, 0x3f2d7a00, 0x34386c94], [0x3f000000, 0x3f317200, 0x35bfbe8e],
];

/// `__svml_slog1p_cout_rare_internal` on the lanes the vector code sends
/// it: NaN, infinities, x <= -1, and x + 1 >= 2^127, the last by its
/// table-driven branch in plain float arithmetic (its branches for a
/// subnormal or near-one x + 1 are never reached from there).
fn log1p_rare(x: f32) -> f32 {
    let s = x + 1.0;
    if s.is_nan() {
        return quiet(s);
    }
    if s == 0.0 {
        return f32::NEG_INFINITY;
    }
    if s < 0.0 {
        return DEFAULT_NAN;
    }
    if s == f32::INFINITY {
        return s;
    }
    const LN2_HI: f32 = f(0x3f317200);
    const LN2_LO: f32 = f(0x35bfbe8e);
    const C: [u32; 7] = [
        0xbe0005a0, 0x3e124e01, 0xbe2aaaab, 0x3e4ccccd, 0xbe800000, 0x3eaaaaab, 0xbf000000,
    ];
    let k = (((s.to_bits() >> 23) & 0xff) as i32 - 127) as f32;
    let m = f((s.to_bits() & 0x807f_ffff) | 0x3f80_0000);
    let j = ((m + f(0x48000040)).to_bits() & 127) as usize;
    let [rcp, th, tl] = LOG1P_COUT[j].map(f);
    let kh = k * LN2_HI;
    let hi = kh + th;
    let lo = (th - (hi - kh)) + (k * LN2_LO + tl);
    let mh = (m + 8192.0) - 8192.0;
    let ml = m - mh;
    let a = mh * rcp - 1.0;
    let b = ml * rcp;
    let blo = b + lo;
    let a_hi = a + hi;
    let r = a + b;
    let b_err = b - (blo - lo);
    let h = a_hi + blo;
    let h_err = blo - (h - a_hi);
    let mut p = f(C[0]);
    for &c in &C[1..] {
        p = p * r + f(c);
    }
    let p = p * r * r;
    h_err + (b_err + p) + h
}

/// `vrcp14ps` on `m` in [1, 2): the double instruction's table on the same
/// value (the 16 fraction bits it reads fit a float), exact in a float.
fn rcp14_unit(m: f32) -> f32 {
    super::rcp14_unit(m as f64) as f32
}

// __svml_scbrt_data_internal_avx512: 2^(i/3) (+0x000) and its low parts
// (+0x040, unused by the LA code), cbrt(1/rcp) for the 17 reciprocals
// rcp = 1/2 + j/32 (+0x080), then broadcasts.
const CBRT_2I3: [u32; 3] = [0x3f800000, 0x3fa14518, 0x3fcb2ff5];
const CBRT_2I3_LO: [u32; 3] = [0x00000000, 0xb2ce51af, 0x32a7adc8];
#[rustfmt::skip]
const CBRT_T: [u32; 17] = [
    0x3fa14518, 0x3f9e0b2b, 0x3f9b0f9b, 0x3f984a9a, 0x3f95b5af, 0x3f934b6c, 0x3f910737, 0x3f8ee526,
    0x3f8ce1da, 0x3f8afa6a, 0x3f892c4e, 0x3f87754e, 0x3f85d377, 0x3f844510, 0x3f82c892, 0x3f815c9f,
    0x3f800000,
];
const CBRT_SHIFTER: f32 = f(0x4b40_0000); // +0x180
const CBRT_THIRD: f32 = f(0x3eaaaaab); // +0x200
/// cbrt(1 + r) - 1 ~ r (c2 + r (c1 + r c0)) (+0x300 .. +0x380).
const CBRT_C: [u32; 3] = [0x3d7d057c, 0xbde3a363, 0x3eaaaaaa];

/// float32 `cbrt` as `__svml_cbrtf16` computes one lane: x = 2^e m, e =
/// 3k + i, cbrt x = 2^k 2^(i/3) cbrt(1/rcp) cbrt(1 + r) with rcp =
/// `vrcp14ps(m)` rounded to 5 bits and r = m rcp - 1. No lane takes a
/// rare path: zeros, infinities and NaN come through the arithmetic.
pub fn cbrt(x: f32) -> f32 {
    if x.is_nan() {
        return quiet(x);
    }
    if x == 0.0 || x.is_infinite() {
        return x;
    }
    let (m, e) = mant_exp(x.abs());
    let rcp = (rcp14_unit(m) * 32.0).round_ties_even() / 32.0; // in (1/2, 1]
    let es = e + CBRT_SHIFTER;
    let k = es.mul_add(CBRT_THIRD, -f(0x4a80_0000)).floor(); // floor(e / 3)
    let r = m.mul_add(rcp, -1.0);
    let i = ((-k).mul_add(3.0, es).to_bits() & 15) as usize; // e - 3k
    let j = ((rcp.to_bits() >> 19) & 31) as usize;
    let p = r.mul_add(f(CBRT_C[0]), f(CBRT_C[1]));
    let p = r.mul_add(p, f(CBRT_C[2]));
    let scale = scalef(f(CBRT_T[j]), k);
    let t = f(CBRT_2I3[i]);
    let y = (r * t).mul_add(p, f(CBRT_2I3_LO[i])) + t;
    f((y * scale).to_bits() | (x.to_bits() & 0x8000_0000))
}

// __svml_ssinh_data_internal / __svml_scosh_data_internal (the same
// bytes where both have them): 2^(j/32) / 2 (+0x000) and 2^(-j/32) / 2
// (+0x100), for cosh; then broadcasts.
#[rustfmt::skip]
const HALF_EXP2_POS: [u32; 32] = [
    0x3f000000, 0x3f02cd87, 0x3f05aac3, 0x3f08980f, 0x3f0b95c2, 0x3f0ea43a, 0x3f11c3d3, 0x3f14f4f0,
    0x3f1837f0, 0x3f1b8d3a, 0x3f1ef532, 0x3f227043, 0x3f25fed7, 0x3f29a15b, 0x3f2d583f, 0x3f3123f6,
    0x3f3504f3, 0x3f38fbaf, 0x3f3d08a4, 0x3f412c4d, 0x3f45672a, 0x3f49b9be, 0x3f4e248c, 0x3f52a81e,
    0x3f5744fd, 0x3f5bfbb8, 0x3f60ccdf, 0x3f65b907, 0x3f6ac0c7, 0x3f6fe4ba, 0x3f75257d, 0x3f7a83b3,
];
#[rustfmt::skip]
const HALF_EXP2_NEG: [u32; 32] = [
    0x3f000000, 0x3efa83b3, 0x3ef5257d, 0x3eefe4ba, 0x3eeac0c7, 0x3ee5b907, 0x3ee0ccdf, 0x3edbfbb8,
    0x3ed744fd, 0x3ed2a81e, 0x3ece248c, 0x3ec9b9be, 0x3ec5672a, 0x3ec12c4d, 0x3ebd08a4, 0x3eb8fbaf,
    0x3eb504f3, 0x3eb123f6, 0x3ead583f, 0x3ea9a15b, 0x3ea5fed7, 0x3ea27043, 0x3e9ef532, 0x3e9b8d3a,
    0x3e9837f0, 0x3e94f4f0, 0x3e91c3d3, 0x3e8ea43a, 0x3e8b95c2, 0x3e88980f, 0x3e85aac3, 0x3e82cd87,
];
const HYP_L2E: f32 = f(0x3fb8aa3b);
const HYP_LN2_HI: f32 = f(0x3f317000);
const HYP_LN2_LO: f32 = f(0x3805fdf4);
/// |x| from this on goes to the rare path (bits compared as integers).
const HYP_RANGE_BITS: u32 = 0x42ae_ac4e;

/// The finite lanes of `__svml_s{sinh,cosh}_cout_rare_internal` (|x| >=
/// 87.34, where the result is near or past overflow) compute in double
/// and round once to float; glibc's double function stands in for that
/// computation: both are within a double ulp or two of the exact value,
/// so they round alike except within 2^-50 of a float rounding boundary.
/// Infinities and NaN get `x + x` (sinh) or `x * x` (cosh).
fn hyp_rare(x: f32, f64_fn: fn(f64) -> f64, special: f32) -> f32 {
    if !x.is_finite() {
        return special;
    }
    f64_fn(x as f64) as f32
}

/// float32 `sinh` as `__svml_sinhf16` computes one lane: with |x| =
/// N ln 2 + r (N = round(|x| log2 e)), S = 2^(N-1) - 2^(-N-1) and C = 2^(N-1) +
/// 2^(-N-1) built in the exponent bits, sinh|x| = S + (S (cosh r - 1) + C
/// sinh r), the sign of `x` or-ed back.
pub fn sinh(x: f32) -> f32 {
    let ax = x.abs();
    if ax.to_bits() > HYP_RANGE_BITS {
        return hyp_rare(x, f64::sinh, x + x);
    }
    const SHIFTER: f32 = f(0x4b40_0000); // +0x500
    const HALF: u32 = 0x3f00_0000; // +0x740
    const C: [u32; 4] = [0x3c091461, 0x3e2aaa57, 0x3ab6a8a3, 0x3d2aaa72]; // +0x6c0 .. +0x680
    let s = ax.mul_add(HYP_L2E, SHIFTER);
    let n = s.to_bits() << 23;
    let z = s - SHIFTER;
    let up = f(HALF.wrapping_add(n));
    let down = f(HALF.wrapping_sub(n));
    let cc = up + down;
    let ss = up - down;
    let r = (-z).mul_add(HYP_LN2_HI, ax);
    let r = (-z).mul_add(HYP_LN2_LO, r);
    let r2 = r * r;
    let sh = r2.mul_add(f(C[0]), f(C[1]));
    let sh = r.mul_add(r2 * sh, r);
    let ch = r2.mul_add(f(C[2]), f(C[3]));
    let ch = r2.mul_add(ch, 0.5);
    let y = sh.mul_add(cc, ss * (r2 * ch));
    f((y + ss).to_bits() | (x.to_bits() & 0x8000_0000))
}

/// float32 `cosh` as `__svml_coshf16` computes one lane: with |x| = (N +
/// j/32) ln 2 + r, the halves 2^(N + j/32) / 2 and 2^(-N - j/32) / 2
/// from the tables with N added to their exponent bits, C their sum, S
/// their difference: cosh|x| = S sinh r + (C (cosh r - 1) + C).
pub fn cosh(x: f32) -> f32 {
    let ax = x.abs();
    if ax.to_bits() >= HYP_RANGE_BITS {
        return hyp_rare(x, f64::cosh, x * x);
    }
    const SHIFTER: f32 = f(0x48c0_0000); // +0x180: 1.5 * 2^18
    let s = ax.mul_add(HYP_L2E, SHIFTER);
    let z = s - SHIFTER;
    let j = (s.to_bits() & 31) as usize;
    let n = (s.to_bits() << 18) & 0x7f80_0000;
    let r = (-z).mul_add(HYP_LN2_HI, ax);
    let r = (-z).mul_add(HYP_LN2_LO, r);
    let r2 = r * r;
    let sh = r.mul_add(r2 * f(0x3e2aaacd), r); // +0x2c0
    let ch = r2 * f(0x3f00010f); // +0x280
    let up = f(HALF_EXP2_POS[j].wrapping_add(n));
    let down = f(HALF_EXP2_NEG[j].wrapping_sub(n));
    let cc = up + down;
    let ss = up - down;
    sh.mul_add(ss, ch.mul_add(cc, cc))
}

// __svml_satan_data_internal_avx512: atan(i/4) for i = 0..31 (+0x1c0;
// the low parts at +0x240 are unused by the LA code), then broadcasts.
#[rustfmt::skip]
const ATAN_T: [u32; 32] = [
    0x00000000, 0x3e7adbb0, 0x3eed6338, 0x3f24bc7d, 0x3f490fdb, 0x3f6563e3, 0x3f7b985f, 0x3f869c79,
    0x3f8db70d, 0x3f93877b, 0x3f985b6c, 0x3f9c6b53, 0x3f9fe0bb, 0x3fa2daa4, 0x3fa57088, 0x3fa7b46f,
    0x3fa9b465, 0x3fab7b7a, 0x3fad1283, 0x3fae809e, 0x3fafcb99, 0x3fb0f836, 0x3fb20a6a, 0x3fb30581,
    0x3fb3ec43, 0x3fb4c10a, 0x3fb585d7, 0x3fb63c64, 0x3fb6e62c, 0x3fb78478, 0x3fb81868, 0x3fb8a2f5,
];
const ATAN_LIMIT: f32 = 7.75; // +0x080
const ATAN_BIG: f32 = f(0x4f80_0000); // +0x140: 2^32
const ATAN_PI2: f32 = f(0x3fc90fdb); // +0x2c0
/// atan(t) - t ~ t^3 ((c0 t^2 + c1) t^2 + c2) (+0x340 .. +0x3c0).
const ATAN_C: [u32; 3] = [0xbe0fa8de, 0x3e4cc8e2, 0xbeaaaaaa];

/// float32 `arctan` as `__svml_atanf16` computes one lane: for |x| <
/// 7.75, atan|x| = atan(i/4) + atan(t) with i = round(4|x|) (`vreduceps
/// $0x28`) and t = (|x| - i/4) / (1 + |x| i/4); beyond, pi/2 + atan(t)
/// with t = -1 / min(|x|, 2^32). The quotient is the mantissas' quotient
/// from `vrcp14ps` and one correction, scaled by the exponent difference.
/// No lane takes a rare path.
pub fn atan(x: f32) -> f32 {
    if x.is_nan() {
        return quiet(x);
    }
    if x == 0.0 {
        return x;
    }
    let ax = x.abs();
    let big = ax >= ATAN_LIMIT;
    let k = (ax * 4.0).round_ties_even() / 4.0;
    let (num, den, base) = if big {
        (-1.0, ax.min(ATAN_BIG), ATAN_PI2)
    } else {
        let i = ((ax + f(0x4a00_0000)).to_bits() & 31) as usize; // +0x040
        (ax - k, k.mul_add(ax, 1.0), f(ATAN_T[i]))
    };
    let t = if num == 0.0 {
        num
    } else {
        let (mn, en) = mant_exp(num.abs());
        let mn = mn.copysign(num);
        let (md, ed) = mant_exp(den);
        let rcp = rcp14_unit(md);
        let q = mn * rcp;
        let q = rcp.mul_add((-q).mul_add(md, mn), q);
        scalef(q, en - ed)
    };
    let t2 = t * t;
    let p = t2.mul_add(f(ATAN_C[0]), f(ATAN_C[1]));
    let p = p.mul_add(t2, f(ATAN_C[2]));
    let y = (t * t2).mul_add(p, t) + base;
    f(y.to_bits() ^ (x.to_bits() & 0x8000_0000))
}

/// `vrsqrt14ps` on a positive normal `x`: the double instruction's table
/// on the same value (the 15 fraction bits it reads fit a float).
fn rsqrt14(x: f32) -> f32 {
    super::rsqrt14(x as f64) as f32
}

// __svml_sasin_data_internal and __svml_sacos_data_internal share these.
const ASIN_TINY: f32 = f(0x2f80_0000); // +0x0c0: 2^-32
/// Newton correction of 2 sqrt(y): c1 e + c0 (+0x200, +0x240).
const ASIN_E: [u32; 2] = [0xbdc00004, 0x3e800001];
/// asin(v)/v - 1 ~ z ((c0 z + c1) z^2 + c2 z + c3) + c4) (+0x280 ..
/// +0x380).
const ASIN_C: [u32; 5] = [0x3d2edc07, 0x3cc32a6b, 0x3d3a9ab4, 0x3d997c12, 0x3e2aaaff];
const ASIN_PI2: f32 = f(0x3fc90fdb); // +0x3c0
const ACOS_PI: f32 = f(0x40490fdb); // acos's +0x440

/// The computation `__svml_asinf16` and `__svml_acosf16` share for
/// |x| <= 1: y = (1 - |x|) / 2, z = min(x^2, y), 2 sqrt(y) from
/// `vrsqrt14ps` with one correction, and the odd polynomial p(v, z) = v +
/// v z q(z). Returns (z, y, 2 sqrt(y), q(z) z).
fn asin_core(ax: f32) -> (f32, f32, f32, f32) {
    let y = (-0.5f32).mul_add(ax, 0.5);
    let z = (ax * ax).min(y);
    let rs = if y < ASIN_TINY { 0.0 } else { rsqrt14(y) };
    let y2 = y + y;
    let s0 = y2 * rs;
    let e = (rs * rs).mul_add(y2, -2.0);
    let pe = e.mul_add(f(ASIN_E[0]), f(ASIN_E[1]));
    let sq = (-(e * s0)).mul_add(pe, s0);
    let c = |i: usize| f(ASIN_C[i]);
    let z2 = z * z;
    let a = z.mul_add(c(0), c(1)); // +0x280 z + +0x2c0
    let b = z.mul_add(c(2), c(3)); // +0x300 z + +0x340
    let q = z.mul_add(z2.mul_add(a, b), c(4)) * z;
    (z, y, sq, q)
}

/// float32 `arcsin` as `__svml_asinf16` computes one lane: for |x| < 0.5,
/// x + x q(x^2); beyond, pi/2 - (s + s q(y)) with s = 2 sqrt((1 - |x|) /
/// 2), the sign of `x` put back. |x| > 1 goes to
/// `__svml_sasin_cout_rare_internal`, which returns 0/0 (the default NaN).
pub fn asin(x: f32) -> f32 {
    let ax = x.abs();
    if x.is_nan() {
        return quiet(x);
    }
    if ax > 1.0 {
        return DEFAULT_NAN;
    }
    let (_, _, sq, q) = asin_core(ax);
    let big = ax >= 0.5;
    let v = if big { -sq } else { ax };
    let y = v.mul_add(q, v);
    let y = if big { y + ASIN_PI2 } else { y };
    f(y.to_bits() ^ (x.to_bits() & 0x8000_0000))
}

/// float32 `arccos` as `__svml_acosf16` computes one lane: where x^2 <
/// (1 - |x|) / 2, pi/2 + (-x - x q(x^2)); beyond, s + s q(y) with s =
/// 2 sqrt((1 - |x|) / 2) and its sign that of `x`, plus pi when x < 0.
/// |x| > 1 and NaN go to `__svml_sacos_cout_rare_internal`: x / x for NaN
/// and infinities, 0/0 otherwise.
pub fn acos(x: f32) -> f32 {
    let ax = x.abs();
    if x.is_nan() {
        return quiet(x);
    }
    if ax > 1.0 {
        return DEFAULT_NAN;
    }
    let (z, y, sq, q) = asin_core(ax);
    let big = z >= y;
    let v = if big { sq } else { -ax };
    let v = f(v.to_bits() ^ (x.to_bits() & 0x8000_0000));
    let base = match (big, x < z) {
        (false, _) => ASIN_PI2,
        (true, true) => ACOS_PI,
        (true, false) => 0.0,
    };
    base + v.mul_add(q, v)
}

/// `vrcp14ps` on a positive normal `x` whose reciprocal is normal.
fn rcp14(x: f32) -> f32 {
    let (m, e) = mant_exp(x);
    rcp14_unit(m) * 2f32.powi(-(e as i32))
}

// __svml_sasinh_data_internal_avx512: -log(rcp) for the 32 reciprocals
// rcp = 1 + j/32, high (+0x000) and low (+0x080) parts, then broadcasts.
#[rustfmt::skip]
const ASINH_TH: [u32; 32] = [
    0x00000000, 0xbcfc0000, 0xbd788000, 0xbdb78000, 0xbdf14000, 0xbe14a000, 0xbe300000, 0xbe4aa000,
    0xbe648000, 0xbe7dc000, 0xbe8b4000, 0xbe974000, 0xbea31000, 0xbeae9000, 0xbeb9d000, 0xbec4d000,
    0xbecfa000, 0xbeda2000, 0xbee48000, 0xbeeea000, 0xbef89000, 0xbf012800, 0xbf05f000, 0xbf0aa800,
    0xbf0f4000, 0xbf13c800, 0xbf184000, 0xbf1ca000, 0xbf20f000, 0xbf252800, 0xbf295000, 0xbf2d6800,
];
#[rustfmt::skip]
const ASINH_TL: [u32; 32] = [
    0x80000000, 0xb726c39e, 0x3839e7fe, 0xb7528ae5, 0x377891d5, 0xb8297c10, 0x37cf8f58, 0x3852b186,
    0x35838656, 0xb80c36af, 0x38235454, 0xb862bae1, 0x37e87bc7, 0x37848150, 0x37202511, 0xb74e1b05,
    0x385c1340, 0xb8777bcd, 0x36038656, 0xb7d40984, 0xb80f5faf, 0xb8254b4c, 0xb865c84a, 0x37f0b42d,
    0xb83ebce1, 0xb83c2513, 0x37a332c4, 0x3779654f, 0x38602f73, 0x367449f8, 0xb7b4996f, 0xb800986b,
];

/// float32 `arcsinh` as `__svml_asinhf16` computes one lane: for |x| <
/// 2^-6, |x| + |x| c x^2; otherwise log(|x| + sqrt(x^2 + 1)) with the
/// square root from `vrsqrt14ps` refined in two parts and the logarithm
/// on a reciprocal rounded to 5 bits (`vrcp14ps` plus 2^17, masked);
/// from 2^63 on, log(|x| / 8) + 4 ln 2. The sign of `x` is put back.
/// Infinities and NaN take `__svml_sasinh_cout_rare_internal`: x * x for
/// NaN, x itself otherwise.
pub fn asinh(x: f32) -> f32 {
    if x.is_nan() {
        return quiet(x);
    }
    if x.is_infinite() {
        return x;
    }
    let ax = x.abs();
    let sign = x.to_bits() & 0x8000_0000;
    let x2 = x * x;
    if ax < f(0x3c80_0000) {
        let y = ax.mul_add(x2 * f(0xbe2aa5de), ax); // +0x240
        return f(y.to_bits() ^ sign);
    }
    let s = x2 + 1.0;
    let rs = rsqrt14(s);
    let s_lo = x2.min(1.0) - (s - x2.max(1.0)) + x.mul_add(x, -x2);
    let sq = s * rs;
    let sq_err = rs.mul_add(s, -sq);
    let hi = sq + ax;
    let lo = rs.mul_add(s_lo, sq_err);
    let e = (-rs).mul_add(lo, (-rs).mul_add(sq, 1.0));
    let corr = e.mul_add(0.375, 0.5).mul_add(sq * e, lo);
    let h = hi + corr;
    let huge = ax >= f(0x5f00_0000); // +0x1c0: 2^63
    let (h, l) = if huge {
        (ax * 0.125, 0.0)
    } else {
        (h, (corr - (h - hi)) + (ax - (hi - sq)))
    };
    let rcp = f((rcp14(h).to_bits() + 0x0002_0000) & 0xfffc_0000); // +0x300, +0x340
    let r = rcp.mul_add(l, h.mul_add(rcp, -1.0));
    let (_, ge) = mant_exp(rcp);
    let k = if huge { ge - 4.0 } else { ge };
    let j = ((rcp.to_bits() >> 18) & 31) as usize;
    let th = (-k).mul_add(HYP_LN2_HI, f(ASINH_TH[j]));
    let tl = (-k).mul_add(HYP_LN2_LO, f(ASINH_TL[j]));
    let p = r.mul_add(f(0xbe800810), f(0x3eaab11e)); // +0x400, +0x440
    let p = r.mul_add(p, -0.5);
    let y = th + ((r * r).mul_add(p, tl) + r);
    f(y.to_bits() ^ sign)
}

// __svml_stan_data_internal: tan(j pi / 32) for j = 0..31 (+0x180; the
// pole's entry is -FLT_MAX), then broadcasts.
#[rustfmt::skip]
const TAN_T: [u32; 32] = [
    0x80000000, 0x3dc9b5dc, 0x3e4bafaf, 0x3e9b5042, 0x3ed413cd, 0x3f08d5b9, 0x3f2b0dc1, 0x3f521801,
    0x3f800000, 0x3f9bf7ec, 0x3fbf90c7, 0x3fef789e, 0x401a827a, 0x4052facf, 0x40a0dff7, 0x41227363,
    0xff7fffff, 0xc1227363, 0xc0a0dff7, 0xc052facf, 0xc01a827a, 0xbfef789e, 0xbfbf90c7, 0xbf9bf7ec,
    0xbf800000, 0xbf521801, 0xbf2b0dc1, 0xbf08d5b9, 0xbed413cd, 0xbe9b5042, 0xbe4bafaf, 0xbdc9b5dc,
];
/// |x| beyond this takes the vector code's large-argument reduction
/// (+0x300).
pub(crate) const TAN_REDUCED_MAX: f32 = 8256.0;
/// pi/32 in three parts (+0x040 .. +0x0c0).
const TAN_PI32: [u32; 3] = [0x3dc90fda, 0x31a22168, 0x25c234c5];

/// float32 `tan` as `__svml_tanf16` computes one lane for |x| <= 8256:
/// x = N pi/32 + r, tan x = (t + T) / (1 - t T) with T = tan(j pi/32) (j
/// = N mod 32) and t = r + r^3 p(r^2), the quotient from `vrcp14ps` with
/// the rounding errors of its numerator and denominator carried. Larger
/// lanes go through a Payne-Hanek reduction in the vector code that is
/// not ported: glibc's tanf stands in for them, and may differ in the
/// last bit there. Infinities and NaN take the rare path (0/0 and x).
pub fn tan(x: f32) -> f32 {
    if x.is_nan() {
        return quiet(x);
    }
    if x.is_infinite() {
        return DEFAULT_NAN;
    }
    if x.abs() > TAN_REDUCED_MAX {
        return x.tan();
    }
    const SHIFTER: f32 = f(0x4b40_0000); // +0x440
    let s = x.mul_add(f(0x4122f983), SHIFTER); // 32/pi (+0x000)
    let n = s - SHIFTER;
    let r = (-n).mul_add(f(TAN_PI32[0]), x);
    let r = (-n).mul_add(f(TAN_PI32[1]), r);
    let r = (-n).mul_add(f(TAN_PI32[2]), r);
    let tt = f(TAN_T[(s.to_bits() & 31) as usize]);
    let r2 = r * r;
    let p = r2.mul_add(f(0x3e08b888), f(0x3eaaaaa6)); // +0x2c0, +0x280
    let t = r2.mul_add(p * r, r);
    let prod = t * tt;
    let num = t + tt;
    let den = 1.0 - prod;
    let num_lo = t - (num - tt);
    let rcp = if den == 0.0 {
        f32::INFINITY.copysign(den)
    } else {
        rcp14(den.abs()).copysign(den)
    };
    let q0 = num * rcp;
    let den_lo = (den - 1.0) + prod;
    let e = q0.mul_add(den, -num);
    let e = (-q0).mul_add(den_lo, e);
    (-rcp).mul_add(e - num_lo, q0)
}

/// Whether `__svml_atan2f16` sends the lane (y, x) to its rare path: either
/// magnitude outside [2^-125, 2^123) (zeros, tiny and huge values,
/// infinities, NaN), by an integer compare on the bits.
pub(crate) fn atan2_rare(y: f32, x: f32) -> bool {
    let out = |v: f32| !(0x0100_0000..0x7d00_0000).contains(&v.abs().to_bits());
    out(y) || out(x)
}

/// atan(t) ~ t (1 + t^2 q(t^2)), q's coefficients split into even and odd
/// powers of t^4 (+0x1c0 .. +0x3c0 of `__svml_satan2_data_internal`).
const ATAN2_C: [u32; 9] = [
    0x3b322cc0, 0xbc7f2631, 0x3d2bc384, 0xbd987629, 0x3dd96474, 0xbe1161f8, 0x3e4cb79f, 0xbeaaaa49,
    0x3f800000,
];

/// float32 `arctan2` as `__svml_atan2f16` computes one lane: t = min(|y|,
/// |x|) / max (negated when |x| <= |y|, with base pi/2) from `vrcp14ps`
/// refined twice, atan(t) by an odd polynomial, the sign of x or-ed in and
/// pi added when x <= 0, then the sign of y or-ed in. Lanes `atan2_rare`
/// flags go to `__svml_satan2_cout_rare_internal`, which is not ported:
/// glibc's atan2f stands in there (exact for zeros and infinities, and may
/// differ in the last bit for tiny or huge magnitudes).
pub fn atan2(y: f32, x: f32) -> f32 {
    if atan2_rare(y, x) {
        return y.atan2(x);
    }
    let (ax, ay) = (x.abs(), y.abs());
    let (num, den, base) = if ay < ax {
        (ay, ax, 0.0)
    } else {
        (-ax, ay, f(0x3fc90fdb))
    };
    let rcp = rcp14(den);
    let e = (-rcp).mul_add(den, 1.0);
    let rcp = e.mul_add(rcp, rcp);
    let q0 = num * rcp;
    let rem = (-q0).mul_add(den, num);
    let t = rem.mul_add(rcp, q0);
    let c = |i: usize| f(ATAN2_C[i]);
    let t2 = t * t;
    let t4 = t2 * t2;
    let even = t4.mul_add(c(0), c(2));
    let odd = t4.mul_add(c(1), c(3));
    let even = t4.mul_add(even, c(4));
    let odd = t4.mul_add(odd, c(5));
    let even = t4.mul_add(even, c(6));
    let odd = t4.mul_add(odd, c(7));
    let even = t4.mul_add(even, c(8));
    let p = t2.mul_add(odd, even);
    let a = t.mul_add(p, base);
    let a = f(a.to_bits() | (x.to_bits() & 0x8000_0000));
    let a = if x <= 0.0 { a + f(0x40490fdb) } else { a };
    f(a.to_bits() | (y.to_bits() & 0x8000_0000))
}

/// The float nearest `s + e` toward zero, for a double `s` and a small
/// correction `e` (|e| <= half an ulp of `s`) that together are exact:
/// `{rz-sae}` rounding of an operation whose exact result is s + e.
fn toward_zero(s: f64, e: f64) -> f32 {
    let r = s as f32;
    // Sign of r - (s + e), exact: r - s is exact, and |e| is below its
    // granularity unless r == s.
    let d = (r as f64 - s) - e;
    let exact_positive = s > 0.0 || (s == 0.0 && e > 0.0);
    let beyond = if exact_positive { d > 0.0 } else { d < 0.0 };
    if beyond && r != 0.0 {
        f32::from_bits(r.to_bits() - 1)
    } else {
        r
    }
}

/// `a + b` in doubles with its rounding error (Knuth's two-sum).
fn two_sum(a: f64, b: f64) -> (f64, f64) {
    let s = a + b;
    let bb = s - a;
    (s, (a - (s - bb)) + (b - bb))
}

/// `vmulps {rz-sae}`: the product of two floats is exact in a double.
fn mul_rz(a: f32, b: f32) -> f32 {
    toward_zero(a as f64 * b as f64, 0.0)
}

/// `vfmadd…ps {rz-sae}`: a b + c rounded once toward zero.
fn fma_rz(a: f32, b: f32, c: f32) -> f32 {
    let (s, e) = two_sum(a as f64 * b as f64, c as f64);
    toward_zero(s, e)
}

/// `vaddps {rz-sae}`.
fn add_rz(a: f32, b: f32) -> f32 {
    let (s, e) = two_sum(a as f64, b as f64);
    toward_zero(s, e)
}

// __svml_spow_data_internal_avx512: log2 of 2/rcp for the 32 reciprocals
// rcp = 1 + j/32 (+0x000, with 1 - log2(rcp)... from rcp = 1.5 on, and
// the exponent corrected), low parts (+0x080), then `exp2`'s 2^(j/16)
// (+0x100) and broadcasts.
#[rustfmt::skip]
const POW_TH: [u32; 32] = [
    0x00000000, 0xbd35d000, 0xbdb32000, 0xbe046400, 0xbe2e0000, 0xbe567c00, 0xbe7de000, 0xbe922000,
    0xbea4d400, 0xbeb71200, 0xbec8de00, 0xbeda4000, 0xbeeb3a00, 0xbefbd400, 0xbf060800, 0xbf0dfa00,
    0x3ed48000, 0x3ec54400, 0x3eb65800, 0x3ea7b800, 0x3e996000, 0x3e8b4e00, 0x3e7b0000, 0x3e5fe400,
    0x3e454400, 0x3e2b2000, 0x3e116c00, 0x3df05800, 0x3dbeb000, 0x3d8dd800, 0x3d3ba000, 0x3cba2000,
];
#[rustfmt::skip]
const POW_TL: [u32; 32] = [
    0x00000000, 0xb6d3758f, 0x3510536f, 0x369dcc96, 0xb651cfdf, 0x3687492c, 0xb635c813, 0xb5f561c1,
    0x35f6865d, 0x36f19318, 0x35aedc1d, 0x36a0463c, 0xb69f0197, 0xb5ad1961, 0xb6201ac7, 0x36ee16a3,
    0xb5d1cfdf, 0x36c055fe, 0x3676865d, 0xb589a627, 0xb48e4789, 0x33a6c7e3, 0xb69d5be7, 0xb642c000,
    0x364055fe, 0xb68f5801, 0x36b70aad, 0x35d74798, 0x3492d9f7, 0x364a9801, 0xb6566c4d, 0xb48bcf06,
];
/// log2(1 + r) - c1h r ~ r (((c4 r + c3) r + c2) r + c1l) (+0x1c0 ..
/// +0x2c0), c1h = log2 e (+0x300).
const POW_LOG_C: [u32; 5] = [0x3e93c705, 0xbeb8b3ed, 0x3ef6384f, 0xbf38aa3b, 0x32a570cc];
const POW_C1H: f32 = f(0x3fb8aa3b);
/// 2^r ~ 1 + r ((c2 r + c1) r + c0) (+0x3c0 .. +0x440).
const POW_EXP_C: [u32; 3] = [0x3d6854cb, 0x3e75f16c, 0x3f317222];
const POW_SHIFTER: f32 = f(0x4940_07f0); // +0x340: 1.5 * 2^19 + 127
const POW_RANGE: f32 = 125.5; // +0x580

/// Whether `__svml_powf16` sends (x, y) to its rare path before looking at
/// the size of y log2 x: x <= 0, infinite or NaN (`vfpclassps $0xdf`), or
/// y infinite or NaN (`$0x99`).
fn pow_special(x: f32, y: f32) -> bool {
    !(x > 0.0 && x.is_finite() && y.is_finite())
}

/// float32 `power` as `__svml_powf16` computes one lane: log2 x = E +
/// log2(2/rcp) + log2(1 + r) in a high and a low part (rcp = `vrcp14ps`
/// of the mantissa in [0.5, 1) rounded to 5 bits), z = y log2 x with
/// `{rz-sae}` rounding in two parts, then 2^z = 2^floor(z) 2^(j/16) 2^r on
/// `exp2`'s table. Lanes with x <= 0, infinite or NaN operands, or |z| >
/// 125.5 go to `__svml_spow_cout_rare_internal`, which is not ported:
/// glibc's powf stands in there.
pub fn pow(x: f32, y: f32) -> f32 {
    if pow_special(x, y) {
        return x.powf(y);
    }
    let (m1, e) = mant_exp(x);
    let rcp = (rcp14_unit(m1) * 2.0 * 32.0).round_ties_even() / 32.0; // rcp14(m1 / 2)
    let r = rcp.mul_add(m1 * 0.5, -1.0);
    let e = if rcp < 1.5 { e + 1.0 } else { e };
    let j = ((rcp.to_bits() >> 18) & 31) as usize;
    let c = |i: usize| f(POW_LOG_C[i]);
    let p = r.mul_add(c(0), c(1));
    let p = r.mul_add(p, c(2));
    let p = r.mul_add(p, c(3));
    let p = r.mul_add(p, c(4));
    let th = f(POW_TH[j]) + e;
    let high1 = r.mul_add(POW_C1H, th);
    let tl = r.mul_add(p, f(POW_TL[j]));
    let rc1h_hi = high1 - th;
    let high = high1 + tl;
    let rc1h_lo = POW_C1H.mul_add(r, -rc1h_hi);
    let yh = mul_rz(y, high);
    let tlh = high - high1;
    let yh_lo = fma_rz(y, high, -yh);
    let tll = (tl - tlh) + rc1h_lo;
    let zl = fma_rz(y, tll, yh_lo);
    let z = add_rz(yh, zl);
    // z is finite here: x and y are, and the rare lanes returned above.
    if z.abs() > POW_RANGE {
        return x.powf(y);
    }
    let z_lo = zl - (z - yh);
    let sh = {
        // `vaddps {rd-sae}`: exact in a double, then rounded down.
        let exact = z as f64 + POW_SHIFTER as f64;
        let r = exact as f32;
        if r as f64 > exact {
            f32::from_bits(r.to_bits() - 1)
        } else {
            r
        }
    };
    let red = reduce_down(z, (z * 16.0).floor() / 16.0);
    let t = f(EXP2_T[(sh.to_bits() & 15) as usize]);
    let scale = f((sh.to_bits() << 19) & 0x7f80_0000);
    let rr = f((red + z_lo).to_bits() & 0xbfff_ffff);
    let c = |i: usize| f(POW_EXP_C[i]);
    let q = rr.mul_add(c(0), c(1));
    let q = rr.mul_add(q, c(2));
    (rr * t).mul_add(q, t) * scale
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::array::oracle_bits::{check_f32, check_f32_2, check_f32_where};

    #[test]
    fn log10_matches_numpy() {
        check_f32("log10", log10);
    }

    /// The emulated `vrcp14ps` against the instruction itself, on a CPU
    /// that has it: every 16-bit leading fraction, with low bits it must
    /// ignore.
    #[cfg(target_arch = "x86_64")]
    #[test]
    fn rcp14_matches_the_instruction() {
        use std::arch::x86_64::{_mm512_cvtss_f32, _mm512_rcp14_ps, _mm512_set1_ps};
        #[target_feature(enable = "avx512f")]
        fn hardware(x: f32) -> f32 {
            _mm512_cvtss_f32(_mm512_rcp14_ps(_mm512_set1_ps(x)))
        }
        if !std::arch::is_x86_feature_detected!("avx512f") {
            return;
        }
        for top in 0u32..1 << 16 {
            for low in [0u32, 1, 0x7f, 0x55] {
                let m = f(0x3f80_0000 | top << 7 | low);
                // SAFETY: avx512f was detected above.
                let want = unsafe { hardware(m) };
                assert_eq!(rcp14_unit(m).to_bits(), want.to_bits(), "rcp14({m:e})");
            }
        }
    }

    #[test]
    fn cbrt_matches_numpy() {
        check_f32("cbrt", cbrt);
    }

    #[test]
    fn sinh_matches_numpy() {
        check_f32("sinh", sinh);
    }

    #[test]
    fn cosh_matches_numpy() {
        check_f32("cosh", cosh);
    }

    #[test]
    fn atan_matches_numpy() {
        check_f32("arctan", atan);
    }

    /// The emulated `vrsqrt14ps` against the instruction, on every 15-bit
    /// leading fraction of both exponent parities, with low bits it must
    /// ignore.
    #[cfg(target_arch = "x86_64")]
    #[test]
    fn rsqrt14_matches_the_instruction() {
        use std::arch::x86_64::{_mm512_cvtss_f32, _mm512_rsqrt14_ps, _mm512_set1_ps};
        #[target_feature(enable = "avx512f")]
        fn hardware(x: f32) -> f32 {
            _mm512_cvtss_f32(_mm512_rsqrt14_ps(_mm512_set1_ps(x)))
        }
        if !std::arch::is_x86_feature_detected!("avx512f") {
            return;
        }
        for top in 0u32..1 << 15 {
            for (scale, low) in [(0x7fu32, 0u32), (0x80, 0xff), (0x01, 0x5a), (0x7e, 7)] {
                let x = f(scale << 23 | top << 8 | low);
                // SAFETY: avx512f was detected above.
                let want = unsafe { hardware(x) };
                assert_eq!(rsqrt14(x).to_bits(), want.to_bits(), "rsqrt14({x:e})");
            }
        }
    }

    #[test]
    fn asin_matches_numpy() {
        check_f32("arcsin", asin);
    }

    #[test]
    fn acos_matches_numpy() {
        check_f32("arccos", acos);
    }

    #[test]
    fn asinh_matches_numpy() {
        check_f32("arcsinh", asinh);
    }

    #[test]
    fn tan_matches_numpy() {
        check_f32_where("tan", tan, |x| x.abs() <= TAN_REDUCED_MAX);
    }

    #[test]
    fn atan2_matches_numpy() {
        check_f32_2("arctan2", atan2, |y, x| !atan2_rare(y, x));
    }

    #[test]
    fn pow_matches_numpy() {
        check_f32_2("power", pow, |x, y| {
            !pow_special(x, y) && (x as f64).log2().abs() * (y.abs() as f64) < 125.0
        });
    }

    #[test]
    fn exp2_matches_numpy() {
        check_f32("exp2", exp2);
    }

    #[test]
    fn expm1_matches_numpy() {
        check_f32("expm1", expm1);
    }

    #[test]
    fn log1p_matches_numpy() {
        check_f32("log1p", log1p);
    }

    #[test]
    fn log2_matches_numpy() {
        check_f32("log2", log2);
    }
}
