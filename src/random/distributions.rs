//! The ziggurat samplers of numpy/random/src/distributions/distributions.c
//! (`random_standard_normal`, `random_standard_exponential`), used by
//! `Generator`; the legacy API has its own normal (see `legacy`).

use super::BitGen;
use super::ziggurat_tables::{
    FE_DOUBLE, FI_DOUBLE, KE_DOUBLE, KI_DOUBLE, WE_DOUBLE, WI_DOUBLE, ZIGGURAT_EXP_R,
    ZIGGURAT_NOR_INV_R, ZIGGURAT_NOR_R,
};
use num_traits::{AsPrimitive, Float};

/// One standard normal draw: 8 bits pick the layer, 1 the sign, 52 the
/// magnitude; the rare wedge and tail cases draw more.
#[inline]
pub fn standard_normal<B: BitGen>(bitgen: &mut B) -> f64 {
    loop {
        let mut r = bitgen.next_u64();
        let idx = (r & 0xff) as usize;
        r >>= 8;
        let negative = r & 1 == 1;
        let rabs = (r >> 1) & 0x000f_ffff_ffff_ffff;
        let mut x = rabs as f64 * WI_DOUBLE[idx];
        if negative {
            x = -x;
        }
        if rabs < KI_DOUBLE[idx] {
            return x;
        }
        if idx == 0 {
            loop {
                let xx = -ZIGGURAT_NOR_INV_R * (-bitgen.next_double()).ln_1p();
                let yy = -(-bitgen.next_double()).ln_1p();
                if yy + yy > xx * xx {
                    let tail = ZIGGURAT_NOR_R + xx;
                    return if (rabs >> 8) & 1 == 1 { -tail } else { tail };
                }
            }
        }
        let wedge = (FI_DOUBLE[idx - 1] - FI_DOUBLE[idx]) * bitgen.next_double() + FI_DOUBLE[idx];
        if wedge < (-0.5 * x * x).exp() {
            return x;
        }
    }
}

/// One standard exponential draw (rate 1).
#[inline]
pub fn standard_exponential<B: BitGen>(bitgen: &mut B) -> f64 {
    loop {
        let mut ri = bitgen.next_u64();
        ri >>= 3;
        let idx = (ri & 0xff) as usize;
        ri >>= 8;
        let x = ri as f64 * WE_DOUBLE[idx];
        if ri < KE_DOUBLE[idx] {
            return x;
        }
        if idx == 0 {
            // NumPy uses 1 - U here to avoid log(0) (GH 13361).
            return ZIGGURAT_EXP_R - (-bitgen.next_double()).ln_1p();
        }
        let wedge = (FE_DOUBLE[idx - 1] - FE_DOUBLE[idx]) * bitgen.next_double() + FE_DOUBLE[idx];
        if wedge < (-x).exp() {
            return x;
        }
        // NumPy recurses here; looping draws the same numbers.
    }
}

/// `random_standard_gamma`: one Gamma(shape, 1) draw, shape >= 0, over the
/// double ziggurats.
pub fn standard_gamma<B: BitGen>(bitgen: &mut B, shape: f64) -> f64 {
    gamma_from(
        bitgen,
        shape,
        |b| b.next_double(),
        standard_exponential,
        standard_normal,
    )
}

/// The algorithm NumPy writes three times — `random_standard_gamma`,
/// `random_standard_gamma_f` and `legacy_standard_gamma` — over the draws
/// each one takes from `src`: a uniform, an exponential and a normal. An
/// exponential for shape 1, the Ahrens–Dieter rejection (GS) below 1, and
/// Marsaglia–Tsang's squeeze over normals above.
pub(super) fn gamma_from<T, S>(
    src: &mut S,
    shape: T,
    uniform: impl Fn(&mut S) -> T,
    exponential: impl Fn(&mut S) -> T,
    normal: impl Fn(&mut S) -> T,
) -> T
where
    T: Float + 'static,
    f64: AsPrimitive<T>,
{
    let one = T::one();
    // C's literals, in double or (0.0331 rounds alike) float32.
    let lit = |x: f64| -> T { x.as_() };
    if shape == one {
        return exponential(src);
    }
    if shape == T::zero() {
        return T::zero();
    }
    if shape < one {
        loop {
            let u = uniform(src);
            let v = exponential(src);
            if u <= one - shape {
                let x = u.powf(one / shape);
                if x <= v {
                    return x;
                }
            } else {
                let y = -((one - u) / shape).ln();
                let x = (one - shape + shape * y).powf(one / shape);
                if x <= v + y {
                    return x;
                }
            }
        }
    }
    let b = shape - one / lit(3.0);
    let c = one / (lit(9.0) * b).sqrt();
    loop {
        let (x, v) = loop {
            let x = normal(src);
            let v = one + c * x;
            // `while (V <= 0.0)`: a NaN V (NaN shape) leaves the loop.
            if v.is_nan() || v > T::zero() {
                break (x, v);
            }
        };
        let v = v * v * v;
        let u = uniform(src);
        if u < one - lit(0.0331) * (x * x) * (x * x) {
            return b * v;
        }
        // log(0.0) is fine here: -inf never passes.
        if u.ln() < lit(0.5) * x * x + b * (one - v + v.ln()) {
            return b * v;
        }
    }
}

// ---- float32 -------------------------------------------------------------------------

use super::ziggurat_float::{
    FE_FLOAT, FI_FLOAT, KE_FLOAT, KI_FLOAT, WE_FLOAT, WI_FLOAT, ZIGGURAT_EXP_R_F,
    ZIGGURAT_NOR_INV_R_F, ZIGGURAT_NOR_R_F,
};

/// `next_float`: the top 24 bits of a 32-bit draw, in [0, 1).
#[inline]
pub fn next_float<B: BitGen>(bitgen: &mut B) -> f32 {
    (bitgen.next_u32() >> 8) as f32 * (1.0 / 16_777_216.0)
}

/// `random_standard_normal_f`: the ziggurat over NumPy's float tables.
pub fn standard_normal_f<B: BitGen>(bitgen: &mut B) -> f32 {
    loop {
        let r = bitgen.next_u32();
        let idx = (r & 0xff) as usize;
        let sign = (r >> 8) & 1;
        let rabs = (r >> 9) & 0x0007_fffff;
        let mut x = rabs as f32 * WI_FLOAT[idx];
        if sign & 1 == 1 {
            x = -x;
        }
        if rabs < KI_FLOAT[idx] {
            return x;
        }
        if idx == 0 {
            loop {
                let xx = -ZIGGURAT_NOR_INV_R_F * (-next_float(bitgen)).ln_1p();
                let yy = -(-next_float(bitgen)).ln_1p();
                if yy + yy > xx * xx {
                    return if (rabs >> 8) & 1 == 1 {
                        -(ZIGGURAT_NOR_R_F + xx)
                    } else {
                        ZIGGURAT_NOR_R_F + xx
                    };
                }
            }
        }
        let wedge = (FI_FLOAT[idx - 1] - FI_FLOAT[idx]) * next_float(bitgen) + FI_FLOAT[idx];
        // C: `exp(-0.5 * x * x)` in double.
        if f64::from(wedge) < (-0.5 * f64::from(x) * f64::from(x)).exp() {
            return x;
        }
    }
}

/// `random_standard_exponential_f`.
pub fn standard_exponential_f<B: BitGen>(bitgen: &mut B) -> f32 {
    loop {
        let mut ri = bitgen.next_u32();
        ri >>= 1;
        let idx = (ri & 0xff) as usize;
        ri >>= 8;
        let x = ri as f32 * WE_FLOAT[idx];
        if ri < KE_FLOAT[idx] {
            return x;
        }
        if idx == 0 {
            return ZIGGURAT_EXP_R_F - (-next_float(bitgen)).ln_1p();
        }
        let wedge = (FE_FLOAT[idx - 1] - FE_FLOAT[idx]) * next_float(bitgen) + FE_FLOAT[idx];
        if wedge < (-x).exp() {
            return x;
        }
        // NumPy recurses here; looping draws the same numbers.
    }
}

/// `random_standard_gamma_f`: `standard_gamma` in single precision.
pub fn standard_gamma_f<B: BitGen>(bitgen: &mut B, shape: f32) -> f32 {
    gamma_from(
        bitgen,
        shape,
        next_float,
        standard_exponential_f,
        standard_normal_f,
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::random::{Pcg64, SeedSequence, seed_sequence::int_words};

    fn rng(seed: u128) -> Pcg64 {
        Pcg64::from_seed_sequence(&SeedSequence::from_words(&int_words(seed)))
    }

    const NORMAL_SUMS: [(u128, u64); 3] = [
        (0, 7806678286460590336),
        (1, 12486327120149138649),
        (2026, 4391724098284050831),
    ];
    const EXP_SUMS: [(u128, u64); 3] = [
        (0, 12597845079013202081),
        (1, 14747359879422700070),
        (2026, 11003616811490481107),
    ];

    // Oracle: g = np.random.default_rng(SEED); draws = g.standard_normal(N)
    // (resp. standard_exponential); print(sum(x.view(np.uint64)) % 2**64)
    // — a checksum over every bit, so a single wrong draw fails. The sizes
    // are large enough to hit the wedge and tail branches many times.
    #[test]
    fn normal_bits_match_numpy() {
        for (seed, want) in NORMAL_SUMS {
            let mut g = rng(seed);
            let sum = (0..100_000).fold(0u64, |acc, _| {
                acc.wrapping_add(standard_normal(&mut g).to_bits())
            });
            assert_eq!(sum, want, "seed {seed}");
        }
    }

    #[test]
    fn exponential_bits_match_numpy() {
        for (seed, want) in EXP_SUMS {
            let mut g = rng(seed);
            let sum = (0..100_000).fold(0u64, |acc, _| {
                acc.wrapping_add(standard_exponential(&mut g).to_bits())
            });
            assert_eq!(sum, want, "seed {seed}");
        }
    }

    // Oracle: g = np.random.default_rng(SEED); x = g.standard_gamma(K, 50000);
    // int(x.view(np.uint64).sum(dtype=np.uint64)) — every bit of every draw,
    // over both branches (K < 1 and K > 1).
    const GAMMA_SUMS: [(u128, f64, u64); 4] = [
        (0, 0.5, 10653172159735399941),
        (0, 2.5, 9145073047314999643),
        (2026, 0.5, 2595691430829802276),
        (2026, 2.5, 8707589627109646669),
    ];

    #[test]
    fn gamma_bits_match_numpy() {
        for (seed, k, want) in GAMMA_SUMS {
            // As npcalc's shapes, known only at run time (see legacy.rs).
            let k = std::hint::black_box(k);
            let mut g = rng(seed);
            let sum = (0..50_000).fold(0u64, |acc, _| {
                acc.wrapping_add(standard_gamma(&mut g, k).to_bits())
            });
            assert_eq!(sum, want, "seed {seed}, shape {k}");
        }
    }
}
