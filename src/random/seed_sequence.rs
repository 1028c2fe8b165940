//! NumPy's `SeedSequence` (numpy/random/bit_generator.pyx): turns user
//! entropy of any length into well-mixed state words, so that nearby seeds
//! (0, 1, 2, …) still give unrelated streams.

const INIT_A: u32 = 0x43b0_d7e5;
const MULT_A: u32 = 0x931e_8875;
const INIT_B: u32 = 0x8b51_f9dd;
const MULT_B: u32 = 0x58f3_8ded;
const MIX_MULT_L: u32 = 0xca01_f9dd;
const MIX_MULT_R: u32 = 0x4973_f715;
const XSHIFT: u32 = 16;
const POOL_SIZE: usize = 4;

/// A seeded entropy pool; `generate_state` is deterministic in the seed.
#[derive(Debug, Clone)]
pub struct SeedSequence {
    pool: [u32; POOL_SIZE],
}

/// The 32-bit words of a non-negative integer, least significant first, as
/// `_int_to_uint32_array` splits it (0 is one zero word).
pub fn int_words(n: u128) -> Vec<u32> {
    if n == 0 {
        return vec![0];
    }
    let mut words = Vec::new();
    let mut rest = n;
    while rest > 0 {
        words.push(rest as u32);
        rest >>= 32;
    }
    words
}

fn hashmix(value: u32, hash_const: &mut u32) -> u32 {
    let mut value = value ^ *hash_const;
    *hash_const = hash_const.wrapping_mul(MULT_A);
    value = value.wrapping_mul(*hash_const);
    value ^ (value >> XSHIFT)
}

fn mix(x: u32, y: u32) -> u32 {
    let result = MIX_MULT_L
        .wrapping_mul(x)
        .wrapping_sub(MIX_MULT_R.wrapping_mul(y));
    result ^ (result >> XSHIFT)
}

impl SeedSequence {
    /// The sequence for entropy already split into 32-bit words (an int
    /// seed is `int_words(n)`; a sequence of ints is their words
    /// concatenated, as `_coerce_to_uint32_array` does).
    pub fn from_words(entropy: &[u32]) -> Self {
        let mut pool = [0u32; POOL_SIZE];
        let mut hash_const = INIT_A;
        for (i, slot) in pool.iter_mut().enumerate() {
            *slot = hashmix(entropy.get(i).copied().unwrap_or(0), &mut hash_const);
        }
        for i_src in 0..POOL_SIZE {
            for i_dst in 0..POOL_SIZE {
                if i_src != i_dst {
                    let h = hashmix(pool[i_src], &mut hash_const);
                    pool[i_dst] = mix(pool[i_dst], h);
                }
            }
        }
        for &word in entropy.iter().skip(POOL_SIZE) {
            for slot in pool.iter_mut() {
                let h = hashmix(word, &mut hash_const);
                *slot = mix(*slot, h);
            }
        }
        SeedSequence { pool }
    }

    /// `generate_state(n_words, np.uint32)`.
    pub fn generate_u32(&self, n_words: usize) -> Vec<u32> {
        let mut hash_const = INIT_B;
        (0..n_words)
            .map(|i| {
                let mut value = self.pool[i % POOL_SIZE] ^ hash_const;
                hash_const = hash_const.wrapping_mul(MULT_B);
                value = value.wrapping_mul(hash_const);
                value ^ (value >> XSHIFT)
            })
            .collect()
    }

    /// `generate_state(n_words, np.uint64)`: pairs of 32-bit words read as
    /// little-endian 64-bit ones.
    pub fn generate_u64(&self, n_words: usize) -> Vec<u64> {
        self.generate_u32(2 * n_words)
            .chunks_exact(2)
            .map(|pair| u64::from(pair[0]) | (u64::from(pair[1]) << 32))
            .collect()
    }
}

/// 128 bits of fresh entropy from the operating system, as `SeedSequence()`
/// takes `randbits(128)` when no seed is given.
pub fn os_entropy() -> u128 {
    u128::from_le_bytes(crate::host::entropy())
}

#[cfg(test)]
mod tests {
    use super::*;

    const SS42_U32: [u32; 4] = [3444837047, 2669555309, 2046530742, 3581440988];
    const SSBIG_U64: [u64; 2] = [33175750552016506, 12324894697821659760];
    const SSSEQ_U32: [u32; 5] = [488360481, 3956080669, 2986500235, 3488252836, 3841783222];

    // Oracle: np.random.SeedSequence(SEED).generate_state(4) and
    // .generate_state(2, np.uint64) under NumPy 2.4.6.
    #[test]
    fn matches_numpy_generate_state() {
        let ss = SeedSequence::from_words(&int_words(42));
        assert_eq!(ss.generate_u32(4), SS42_U32);
        let big = SeedSequence::from_words(&int_words(2u128.pow(100) + 7));
        assert_eq!(big.generate_u64(2), SSBIG_U64);
        // SeedSequence([1, 2, 3, 4, 5, 6]).generate_state(5)
        let seq = SeedSequence::from_words(&[1, 2, 3, 4, 5, 6]);
        assert_eq!(seq.generate_u32(5), SSSEQ_U32);
    }

    #[test]
    fn unseeded_entropy_differs_between_calls() {
        assert_ne!(os_entropy(), os_entropy());
    }

    #[test]
    fn int_words_split_little_endian() {
        assert_eq!(int_words(0), vec![0]);
        assert_eq!(int_words(1 << 32 | 5), vec![5, 1]);
    }
}
