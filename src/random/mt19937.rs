//! MT19937, the bit generator behind the legacy `np.random.seed` /
//! `RandomState` API, with NumPy's legacy seeding
//! (numpy/random/src/mt19937/mt19937.c, `_legacy_seeding` in _mt19937.pyx).

use super::BitGen;
use super::seed_sequence::SeedSequence;

/// The number of 32-bit words of state.
pub const N: usize = 624;
const M: usize = 397;
const MATRIX_A: u32 = 0x9908_b0df;
const UPPER_MASK: u32 = 0x8000_0000;
const LOWER_MASK: u32 = 0x7fff_ffff;

#[derive(Debug, Clone)]
pub struct Mt19937 {
    key: Box<[u32; N]>,
    pos: usize,
}

impl Mt19937 {
    /// `RandomState(n)` for an int seed in [0, 2**32): Knuth's generator
    /// fills the key (`mt19937_seed`).
    pub fn from_u32(seed: u32) -> Self {
        let mut key = Box::new([0u32; N]);
        let mut s = seed;
        for (pos, slot) in key.iter_mut().enumerate() {
            *slot = s;
            s = 1_812_433_253u32
                .wrapping_mul(s ^ (s >> 30))
                .wrapping_add(pos as u32 + 1);
        }
        Mt19937 { key, pos: N }
    }

    /// `RandomState([a, b, …])`: the reference `init_by_array`.
    pub fn from_key_array(init_key: &[u32]) -> Self {
        let mut rng = Mt19937::from_u32(19_650_218);
        let mt = &mut rng.key;
        let (mut i, mut j) = (1usize, 0usize);
        let len = init_key.len().max(1);
        for _ in 0..N.max(init_key.len()) {
            let prev = mt[i - 1] ^ (mt[i - 1] >> 30);
            let key_word = init_key.get(j).copied().unwrap_or(0);
            mt[i] = (mt[i] ^ prev.wrapping_mul(1_664_525))
                .wrapping_add(key_word)
                .wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if j >= len {
                j = 0;
            }
        }
        for _ in 0..N - 1 {
            let prev = mt[i - 1] ^ (mt[i - 1] >> 30);
            mt[i] = (mt[i] ^ prev.wrapping_mul(1_566_083_941)).wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
        }
        mt[0] = 0x8000_0000;
        rng.pos = N;
        rng
    }

    /// `RandomState()` / `np.random.seed()`: key words from a fresh
    /// SeedSequence, the first forced to 0x80000000 so the state is not zero.
    pub fn from_seed_sequence(seq: &SeedSequence) -> Self {
        let words = seq.generate_u32(N);
        let mut key = Box::new([0u32; N]);
        key.copy_from_slice(&words);
        key[0] = 0x8000_0000;
        Mt19937 { key, pos: N }
    }

    /// `np.random.MT19937(seed)`: the same key words, but `__init__` leaves
    /// the position at 623 (its Cython loop variable's last value), so the
    /// first draw reads the last key word before the first twist.
    pub fn from_bit_generator_seed(seq: &SeedSequence) -> Self {
        let mut mt = Self::from_seed_sequence(seq);
        mt.pos = N - 1;
        mt
    }

    /// The key words and the position of the next draw (`getstate` of
    /// CPython's `random`, whose generator is this same MT19937).
    pub fn state(&self) -> (&[u32; N], usize) {
        (&self.key, self.pos)
    }

    /// A generator at a saved state; `pos` must be at most 624.
    pub fn from_state(words: &[u32; N], pos: usize) -> Self {
        Mt19937 {
            key: Box::new(*words),
            pos: pos.min(N),
        }
    }

    fn regenerate(&mut self) {
        let mt = &mut self.key;
        let twist = |upper: u32, lower: u32, far: u32| {
            let y = (upper & UPPER_MASK) | (lower & LOWER_MASK);
            far ^ (y >> 1) ^ (0u32.wrapping_sub(y & 1) & MATRIX_A)
        };
        for i in 0..N - M {
            mt[i] = twist(mt[i], mt[i + 1], mt[i + M]);
        }
        for i in N - M..N - 1 {
            mt[i] = twist(mt[i], mt[i + 1], mt[i + M - N]);
        }
        mt[N - 1] = twist(mt[N - 1], mt[0], mt[M - 1]);
        self.pos = 0;
    }
}

impl BitGen for Mt19937 {
    #[inline]
    fn next_u32(&mut self) -> u32 {
        if self.pos == N {
            self.regenerate();
        }
        let mut y = self.key[self.pos];
        self.pos += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^ (y >> 18)
    }

    #[inline]
    fn next_u64(&mut self) -> u64 {
        let high = u64::from(self.next_u32());
        (high << 32) | u64::from(self.next_u32())
    }

    #[inline]
    fn next_double(&mut self) -> f64 {
        let a = self.next_u32() >> 5;
        let b = self.next_u32() >> 6;
        (f64::from(a) * 67_108_864.0 + f64::from(b)) / 9_007_199_254_740_992.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const MT5489_U32: [u32; 3] = [3499211612, 581869302, 3890346734];
    const MT5489_DOUBLE: f64 = 0.8350085849090427;
    const MT123_U32: [u32; 3] = [2619334238, 1552691353, 3808334787];

    // Oracle: r = np.random.RandomState(5489) and RandomState([1, 2, 3]); r.randint(0, 2**32, 3, dtype=np.uint32)
    // (range 0xFFFFFFFF takes next_uint32 directly) and r.random_sample().
    #[test]
    fn streams_match_numpy() {
        let mut r = Mt19937::from_u32(5489);
        let words: Vec<u32> = (0..3).map(|_| r.next_u32()).collect();
        assert_eq!(words, MT5489_U32);
        assert_eq!(r.next_double().to_bits(), MT5489_DOUBLE.to_bits());
        let mut r = Mt19937::from_key_array(&[1, 2, 3]);
        let words: Vec<u32> = (0..3).map(|_| r.next_u32()).collect();
        assert_eq!(words, MT123_U32);
    }
}
