//! Bounded random integers exactly as NumPy draws them
//! (`random_bounded_uint{8,16,32,64}_fill` in distributions.c): Lemire's
//! multiply-shift rejection for `Generator.integers`, masked rejection for
//! the legacy `randint`. Widths below 32 bits share one 32-bit draw between
//! several values, so the width changes the stream, not just the result.

use super::BitGen;

/// The unsigned width a bounded draw is made in (the dtype's itemsize).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BoundedInt {
    Bool,
    U8,
    U16,
    U32,
    U64,
}

/// Smallest all-ones mask covering `max`.
fn gen_mask(max: u64) -> u64 {
    if max == 0 {
        0
    } else {
        u64::MAX >> max.leading_zeros()
    }
}

/// `random_interval`: a value in [0, max] by masked rejection (shuffles).
pub fn random_interval<B: BitGen>(bitgen: &mut B, max: u64) -> u64 {
    if max == 0 {
        return 0;
    }
    let mask = gen_mask(max);
    loop {
        let value = if max <= u64::from(u32::MAX) {
            u64::from(bitgen.next_u32()) & mask
        } else {
            bitgen.next_u64() & mask
        };
        if value <= max {
            return value;
        }
    }
}

/// The 32-bit buffer that 8- and 16-bit (and bool) draws are cut from.
#[derive(Default)]
struct Buffer {
    word: u32,
    left: u32,
}

impl Buffer {
    /// The next `bits`-wide chunk: a fresh 32-bit draw, then its shifts.
    #[inline]
    fn take<B: BitGen>(&mut self, bitgen: &mut B, bits: u32) -> u32 {
        if self.left == 0 {
            self.word = bitgen.next_u32();
            self.left = 32 / bits - 1;
        } else {
            self.word >>= bits;
            self.left -= 1;
        }
        self.word
    }
}

/// Appends `n` values `off + x` to `out`, x uniform in [0, rng], drawn in
/// `width` bits (wrapping in that width), `masked` choosing the legacy
/// method. `rng` and `off` are already reduced to the width by the caller.
/// Values are appended (not written over a zeroed buffer) so a large draw
/// touches its memory once.
pub fn bounded_fill<B: BitGen>(
    bitgen: &mut B,
    off: u64,
    rng: u64,
    width: BoundedInt,
    masked: bool,
    n: usize,
    out: &mut Vec<u64>,
) {
    match width {
        BoundedInt::Bool if rng == 0 => append(bitgen, n, out, move |_| off),
        BoundedInt::Bool => {
            let mut buffer = Buffer::default();
            append(bitgen, n, out, move |g| u64::from(buffer.take(g, 1) & 1));
        }
        BoundedInt::U8 => fill_small(bitgen, off, rng, 8, masked, n, out),
        BoundedInt::U16 => fill_small(bitgen, off, rng, 16, masked, n, out),
        BoundedInt::U32 => fill_u32(bitgen, off, rng, masked, u64::from(u32::MAX), n, out),
        BoundedInt::U64 => fill_u64(bitgen, off, rng, masked, n, out),
    }
}

/// Appends `n` draws, written straight into the spare capacity by a loop
/// over a local copy of the generator's state, which the compiler keeps in
/// registers (through `&mut B` it was stored back at every draw).
fn append<B: BitGen>(
    bitgen: &mut B,
    n: usize,
    out: &mut Vec<u64>,
    mut draw: impl FnMut(&mut B) -> u64,
) {
    out.reserve(n);
    let mut g = bitgen.clone();
    for slot in &mut out.spare_capacity_mut()[..n] {
        slot.write(draw(&mut g));
    }
    *bitgen = g;
    // SAFETY: the `n` slots after the length were all written just above.
    unsafe { out.set_len(out.len() + n) };
}

fn fill_u64<B: BitGen>(
    bitgen: &mut B,
    off: u64,
    rng: u64,
    masked: bool,
    n: usize,
    out: &mut Vec<u64>,
) {
    if rng <= u64::from(u32::MAX) {
        // A range that fits 32 bits is drawn with the 32-bit method.
        return fill_u32(bitgen, off, rng, masked, u64::MAX, n, out);
    }
    if rng == u64::MAX {
        append(bitgen, n, out, move |g| off.wrapping_add(g.next_u64()));
    } else if masked {
        let mask = gen_mask(rng);
        append(bitgen, n, out, move |g| {
            off.wrapping_add(loop {
                let v = g.next_u64() & mask;
                if v <= rng {
                    break v;
                }
            })
        });
    } else {
        append(bitgen, n, out, move |g| {
            off.wrapping_add(lemire_u64(g, rng))
        });
    }
}

/// `wrap` is the width's all-ones value: u32 results wrap at 2**32, but a
/// 64-bit draw with a 32-bit range adds the offset in 64 bits.
fn fill_u32<B: BitGen>(
    bitgen: &mut B,
    off: u64,
    rng: u64,
    masked: bool,
    wrap: u64,
    n: usize,
    out: &mut Vec<u64>,
) {
    let add = move |x: u32| off.wrapping_add(u64::from(x)) & wrap;
    let rng32 = rng as u32;
    if rng == 0 {
        append(bitgen, n, out, move |_| off & wrap);
    } else if rng32 == u32::MAX {
        append(bitgen, n, out, move |g| add(g.next_u32()));
    } else if masked {
        let mask = gen_mask(rng) as u32;
        append(bitgen, n, out, move |g| {
            add(loop {
                let v = g.next_u32() & mask;
                if v <= rng32 {
                    break v;
                }
            })
        });
    } else {
        append(bitgen, n, out, move |g| add(lemire_u32(g, rng32)));
    }
}

/// 8- and 16-bit draws cut from one 32-bit word at a time (a fresh
/// buffer per call, as NumPy's fill functions start one).
fn fill_small<B: BitGen>(
    bitgen: &mut B,
    off: u64,
    rng: u64,
    bits: u32,
    masked: bool,
    n: usize,
    out: &mut Vec<u64>,
) {
    let mut buffer = Buffer::default();
    let all = (1u64 << bits) - 1;
    let add = move |x: u64| off.wrapping_add(x) & all;
    if rng == 0 {
        append(bitgen, n, out, move |_| off & all);
    } else if rng == all {
        append(bitgen, n, out, move |g| {
            add(u64::from(buffer.take(g, bits)) & all)
        });
    } else if masked {
        let mask = gen_mask(rng);
        append(bitgen, n, out, move |g| {
            add(loop {
                let v = u64::from(buffer.take(g, bits)) & mask;
                if v <= rng {
                    break v;
                }
            })
        });
    } else {
        // Lemire in `bits`-wide arithmetic, as buffered_bounded_lemire_uint{8,16}.
        let rng_excl = rng + 1;
        let threshold = (all - rng) % rng_excl;
        append(bitgen, n, out, move |g| {
            let mut m = (u64::from(buffer.take(g, bits)) & all) * rng_excl;
            if m & all < rng_excl {
                while m & all < threshold {
                    m = (u64::from(buffer.take(g, bits)) & all) * rng_excl;
                }
            }
            add(m >> bits)
        });
    }
}

/// One bounded draw at a time with a 32-bit buffer kept across draws, as
/// the broadcast paths of _bounded_integers.pyx call
/// `random_bounded_uint64` and `random_buffered_bounded_{uint32,16,8,bool}`
/// once per element with per-element bounds.
#[derive(Default)]
pub struct BufferedBounded {
    buffer: Buffer,
}

impl BufferedBounded {
    /// `off + x`, x uniform in [0, rng], wrapping in `width`.
    pub fn draw<B: BitGen>(
        &mut self,
        g: &mut B,
        off: u64,
        rng: u64,
        width: BoundedInt,
        masked: bool,
    ) -> u64 {
        let masked32 = |g: &mut B, rng: u32| {
            let mask = gen_mask(rng.into()) as u32;
            loop {
                let v = g.next_u32() & mask;
                if v <= rng {
                    break v;
                }
            }
        };
        let small = |buffer: &mut Buffer, g: &mut B, bits: u32| {
            let all = (1u64 << bits) - 1;
            let add = |x: u64| off.wrapping_add(x) & all;
            if rng == all {
                return add(u64::from(buffer.take(g, bits)) & all);
            }
            if masked {
                let mask = gen_mask(rng);
                return add(loop {
                    let v = u64::from(buffer.take(g, bits)) & mask;
                    if v <= rng {
                        break v;
                    }
                });
            }
            let rng_excl = rng + 1;
            let mut m = (u64::from(buffer.take(g, bits)) & all) * rng_excl;
            if m & all < rng_excl {
                let threshold = (all - rng) % rng_excl;
                while m & all < threshold {
                    m = (u64::from(buffer.take(g, bits)) & all) * rng_excl;
                }
            }
            add(m >> bits)
        };
        if rng == 0 {
            return off;
        }
        match width {
            BoundedInt::U64 => off.wrapping_add(if rng == u64::from(u32::MAX) {
                u64::from(g.next_u32())
            } else if rng < u64::from(u32::MAX) {
                u64::from(if masked {
                    masked32(g, rng as u32)
                } else {
                    lemire_u32(g, rng as u32)
                })
            } else if rng == u64::MAX {
                g.next_u64()
            } else if masked {
                let mask = gen_mask(rng);
                loop {
                    let v = g.next_u64() & mask;
                    if v <= rng {
                        break v;
                    }
                }
            } else {
                lemire_u64(g, rng)
            }),
            BoundedInt::U32 => {
                let r = rng as u32;
                let x = if r == u32::MAX {
                    g.next_u32()
                } else if masked {
                    masked32(g, r)
                } else {
                    lemire_u32(g, r)
                };
                off.wrapping_add(u64::from(x)) & u64::from(u32::MAX)
            }
            BoundedInt::U16 => small(&mut self.buffer, g, 16),
            BoundedInt::U8 => small(&mut self.buffer, g, 8),
            BoundedInt::Bool => u64::from(self.buffer.take(g, 1) & 1),
        }
    }
}

#[inline]
fn lemire_u32<B: BitGen>(bitgen: &mut B, rng: u32) -> u32 {
    let rng_excl = rng + 1;
    let mut m = u64::from(bitgen.next_u32()) * u64::from(rng_excl);
    if (m as u32) < rng_excl {
        let threshold = (u32::MAX - rng) % rng_excl;
        while (m as u32) < threshold {
            m = u64::from(bitgen.next_u32()) * u64::from(rng_excl);
        }
    }
    (m >> 32) as u32
}

#[inline]
fn lemire_u64<B: BitGen>(bitgen: &mut B, rng: u64) -> u64 {
    let rng_excl = rng + 1;
    let mut m = u128::from(bitgen.next_u64()) * u128::from(rng_excl);
    if (m as u64) < rng_excl {
        let threshold = (u64::MAX - rng) % rng_excl;
        while (m as u64) < threshold {
            m = u128::from(bitgen.next_u64()) * u128::from(rng_excl);
        }
    }
    (m >> 64) as u64
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::random::{Mt19937, Pcg64, SeedSequence, seed_sequence::int_words};

    fn pcg(seed: u128) -> Pcg64 {
        Pcg64::from_seed_sequence(&SeedSequence::from_words(&int_words(seed)))
    }

    fn draw<B: BitGen>(
        bitgen: &mut B,
        off: u64,
        rng: u64,
        width: BoundedInt,
        masked: bool,
        n: usize,
    ) -> Vec<u64> {
        let mut out = Vec::new();
        bounded_fill(bitgen, off, rng, width, masked, n, &mut out);
        out
    }

    // Oracle (NumPy 2.4.6), printed by tests/oracle/random_bounded.py.
    const LEMIRE_CASES: &[(u128, i64, i64, BoundedInt, &[i64])] = &[
        (
            0,
            0,
            2,
            BoundedInt::Bool,
            &[
                1, 1, 1, 1, 1, 0, 1, 0, 0, 1, 0, 0, 0, 0, 0, 1, 0, 1, 0, 0, 0, 0, 1,
            ],
        ),
        (
            0,
            1,
            2,
            BoundedInt::Bool,
            &[
                1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
            ],
        ),
        (
            0,
            -128,
            128,
            BoundedInt::U8,
            &[
                -33, 2, 66, 89, 79, 107, -113, 35, -95, 87, 89, 2, 120, 61, -112, -59, 56, 104, 77,
                -50, 41, -67, -3,
            ],
        ),
        (
            0,
            -5,
            6,
            BoundedInt::U8,
            &[
                -1, 0, 3, 4, 3, 5, -5, -4, 4, 4, 0, 5, 3, -5, -3, 2, 4, 3, -2, 2, -3, 0, -5,
            ],
        ),
        (
            0,
            0,
            100,
            BoundedInt::U8,
            &[
                50, 75, 84, 80, 91, 5, 63, 12, 83, 84, 50, 96, 73, 6, 26, 71, 90, 30, 23, 48, 3,
                11, 93,
            ],
        ),
        (
            0,
            3,
            4,
            BoundedInt::U8,
            &[
                3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3,
            ],
        ),
        (
            0,
            -32768,
            32768,
            BoundedInt::U16,
            &[
                607, 22978, 27599, 8975, 22305, 729, 15864, -15088, 26808, -12595, -16983, -30083,
                28701, -27838, -22602, -31685, -11973, -21282, -1416, 20530, -25522, 9792, -9863,
            ],
        ),
        (
            0,
            -7,
            1000,
            BoundedInt::U16,
            &[
                505, 849, 920, 634, 839, 507, 740, 264, 908, 302, 235, 34, 937, 68, 149, 9, 312,
                169, 474, 811, 104, 646, 344,
            ],
        ),
        (
            0,
            0,
            3,
            BoundedInt::U16,
            &[
                1, 2, 2, 1, 2, 1, 2, 0, 2, 0, 0, 0, 2, 0, 0, 0, 0, 0, 1, 2, 0, 1, 1,
            ],
        ),
        (
            0,
            -2147483648,
            2147483648,
            BoundedInt::U32,
            &[
                1505919583,
                588245967,
                47830817,
                -988758536,
                -825366344,
                -1971503703,
                -1824329699,
                -2076497994,
                -1394716357,
                1345485432,
                641735758,
                1772771705,
                15577727,
                457997169,
                2021825093,
                985680223,
                568098751,
                187367911,
                257343469,
                1868621831,
                -956287156,
                1356580685,
                733909168,
            ],
        ),
        (
            0,
            -10,
            10,
            BoundedInt::U32,
            &[
                7, 2, 0, -5, -4, -10, -9, -10, -7, 6, 2, 8, 0, 2, 9, 4, 2, 0, 1, 8, -5, 6, 3,
            ],
        ),
        (
            0,
            0,
            1000000,
            BoundedInt::U32,
            &[
                850624, 636961, 511136, 269786, 307829, 40973, 75240, 16527, 175267, 813270,
                649415, 912755, 503626, 606635, 970742, 729496, 632270, 543624, 559917, 935072,
                277347, 815853, 670876,
            ],
        ),
        (
            0,
            -9223372036854775808,
            9223372036854775807,
            BoundedInt::U64,
            &[
                2526497193922298462,
                -4246685573565524192,
                -8467543927005779785,
                -8918490974116450276,
                5778815928437199162,
                7613996499038379085,
                1967082864678646398,
                4233464326268295748,
                804739052780421054,
                8025669655141466092,
                5826469677651474251,
                -9172855625070243665,
                6592945221060195823,
                -8603827524626574050,
                4236395245426692984,
                -5983097758490744923,
                6699468633553993485,
                764824518918699309,
                -3694663496263986633,
                -1426169044194109712,
                -8700966310982802677,
                -6930750242625238425,
                3147464910579887015,
            ],
        ),
        (
            0,
            -5,
            1099511627776,
            BoundedInt::U64,
            &[
                700346781655,
                296633628799,
                45050865994,
                18172327438,
                894200084523,
                1003585370533,
                667003089278,
                802089951223,
                597721999263,
                1028123002767,
                897040469318,
                3011012774,
                942725971812,
                36927730569,
                802264647618,
                193135397332,
                949075261974,
                595342907651,
                329536708625,
                464749514616,
                31137807714,
                136650907644,
                737359341824,
            ],
        ),
        (
            0,
            0,
            10,
            BoundedInt::U64,
            &[
                8, 6, 5, 2, 3, 0, 0, 0, 1, 8, 6, 9, 5, 6, 9, 7, 6, 5, 5, 9, 2, 8, 6,
            ],
        ),
        (
            0,
            0,
            8589934597,
            BoundedInt::U64,
            &[
                5471459234, 2317450226, 351959890, 141971308, 6985938164, 7840510711, 5210961638,
                6266327747, 4669703121, 8032210963, 7008128670, 23523537, 7365046659, 288497895,
                6267692563, 1508870292, 7414650488, 4651116468, 2574505537, 3630855585, 243264122,
                1067585216, 5760619861,
            ],
        ),
        (
            7,
            0,
            2,
            BoundedInt::Bool,
            &[
                1, 1, 0, 1, 0, 0, 0, 1, 0, 1, 0, 1, 0, 0, 1, 0, 1, 0, 1, 0, 0, 1, 1,
            ],
        ),
        (
            7,
            1,
            2,
            BoundedInt::Bool,
            &[
                1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
            ],
        ),
        (
            7,
            -128,
            128,
            BoundedInt::U8,
            &[
                11, -54, 101, 113, 41, -63, -122, 32, 21, -22, -90, 47, 60, 77, 47, 101, -30, 121,
                -118, 20, -33, -42, 19,
            ],
        ),
        (
            7,
            -5,
            6,
            BoundedInt::U8,
            &[
                0, -2, 4, 5, 2, -3, -5, 1, 1, -1, -4, 2, 3, 3, 2, 4, -1, 5, -5, 1, -1, -2, 1,
            ],
        ),
        (
            7,
            0,
            100,
            BoundedInt::U8,
            &[
                54, 28, 89, 25, 2, 62, 41, 14, 68, 73, 68, 89, 38, 97, 3, 57, 33, 57, 77, 25, 15,
                41, 66,
            ],
        ),
        (
            7,
            3,
            4,
            BoundedInt::U8,
            &[
                3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3,
            ],
        ),
        (
            7,
            -32768,
            32768,
            BoundedInt::U16,
            &[
                -13685, 29157, -15959, 8198, -5483, 12070, 19900, 26031, 31074, 5130, -10657,
                18067, -22718, 21866, -21077, -18009, -11963, -29129, 12953, -13097, -22732,
                -14086, -19753,
            ],
        ),
        (
            7,
            -7,
            1000,
            BoundedInt::U16,
            &[
                286, 944, 251, 622, 412, 681, 802, 896, 973, 575, 332, 774, 147, 832, 172, 219,
                312, 48, 695, 295, 147, 280, 192,
            ],
        ),
        (
            7,
            0,
            3,
            BoundedInt::U16,
            &[
                0, 2, 0, 1, 1, 2, 2, 2, 2, 1, 1, 2, 0, 2, 0, 0, 0, 0, 2, 0, 0, 0, 0,
            ],
        ),
        (
            7,
            -2147483648,
            2147483648,
            BoundedInt::U32,
            &[
                1910852235,
                537280937,
                791046805,
                1706020284,
                336263522,
                1184061023,
                1433020226,
                -1180226133,
                -1908977339,
                -858279271,
                -923130060,
                1604399831,
                1772203120,
                -2124869338,
                -915747,
                1379665551,
                -1582950050,
                1275903481,
                -1636026079,
                -137718329,
                1359207496,
                -845969286,
                -680308091,
            ],
        ),
        (
            7,
            -10,
            10,
            BoundedInt::U32,
            &[
                8, 2, 3, 7, 1, 5, 6, -6, -9, -4, -5, 7, 8, -10, -1, 6, -8, 5, -8, -1, 6, -4, -4,
            ],
        ),
        (
            7,
            0,
            1000000,
            BoundedInt::U32,
            &[
                944904, 625095, 684179, 897213, 578292, 775685, 833651, 225207, 55531, 300166,
                285067, 873553, 912623, 5265, 499786, 821228, 131440, 797069, 119082, 467934,
                816465, 303032, 341603,
            ],
        ),
        (
            7,
            -9223372036854775808,
            9223372036854775807,
            BoundedInt::U64,
            &[
                2307604057237572234,
                7327301329031162516,
                5085503372737050977,
                -5069032639539042495,
                -3686281399541214908,
                6890844805077280563,
                -9126244311063483281,
                5925618423109387996,
                5479963724312090973,
                -591495718603310816,
                -3633410413283779513,
                -4087326026865880444,
                -4521857981227254033,
                -1013163328965524079,
                83900568978323229,
                986851962339297420,
                9140366916964787050,
                5398659523856764258,
                2253808976624168886,
                9019722706530957677,
                -5251627583659122200,
                -6267981650750626528,
                2075989278181149548,
            ],
        ),
        (
            7,
            -5,
            1099511627776,
            BoundedInt::U64,
            &[
                687299734000,
                986497006766,
                852875435922,
                247617924049,
                330036320522,
                960482170696,
                5789263588,
                902950195071,
                876387105056,
                514499921691,
                333187676877,
                306132197971,
                280232075188,
                489366573562,
                554756677495,
                608576774546,
                1094564137090,
                871540997069,
                684093297329,
                1087373181783,
                236734417267,
                176154994132,
                673494417369,
            ],
        ),
        (
            7,
            0,
            10,
            BoundedInt::U64,
            &[
                9, 6, 6, 8, 5, 7, 8, 2, 0, 3, 2, 8, 9, 0, 4, 8, 1, 7, 1, 4, 8, 3, 3,
            ],
        ),
        (
            7,
            0,
            8589934597,
            BoundedInt::U64,
            &[
                5369529175, 7707007869, 6663089347, 1934515032, 2578408755, 7503766962, 45228621,
                7054298403, 6846774262, 4019530640, 2603028727, 2391657798, 2189313088, 3823176358,
                4334036545, 4754506053, 8551282325, 6808914043, 5344478888, 8495102987, 1849487636,
                1376210892, 5261675138,
            ],
        ),
        (
            123456,
            0,
            2,
            BoundedInt::Bool,
            &[
                1, 1, 1, 0, 0, 0, 1, 1, 0, 1, 0, 0, 0, 1, 1, 1, 0, 1, 0, 0, 1, 1, 0,
            ],
        ),
        (
            123456,
            1,
            2,
            BoundedInt::Bool,
            &[
                1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
            ],
        ),
        (
            123456,
            -128,
            128,
            BoundedInt::U8,
            &[
                71, 98, -78, -103, 43, 16, 114, 34, -95, -3, 84, 80, -21, -124, 3, -30, -57, 70,
                51, -33, -107, -30, -91,
            ],
        ),
        (
            123456,
            -5,
            6,
            BoundedInt::U8,
            &[
                3, 4, -3, -4, 2, 1, 5, 1, -4, 0, 4, 3, -1, -5, 0, -1, -2, 3, 2, -1, -5, -1, -4,
            ],
        ),
        (
            123456,
            0,
            100,
            BoundedInt::U8,
            &[
                77, 88, 19, 9, 66, 56, 94, 63, 12, 48, 82, 81, 41, 1, 38, 27, 77, 69, 38, 14, 4,
                40, 53,
            ],
        ),
        (
            123456,
            3,
            4,
            BoundedInt::U8,
            &[
                3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3,
            ],
        ),
        (
            123456,
            -32768,
            32768,
            BoundedInt::U16,
            &[
                25287, -26318, 4267, 8946, -735, 20692, -31637, -7549, 17991, -8269, -7659, -29659,
                2664, -28562, -3700, 29835, -6534, -18312, 29765, 26610, -8031, -8834, 29933,
            ],
        ),
        (
            123456,
            -7,
            1000,
            BoundedInt::U16,
            &[
                885, 92, 562, 633, 485, 814, 10, 380, 772, 369, 378, 40, 537, 57, 439, 954, 396,
                215, 953, 905, 373, 360, 956,
            ],
        ),
        (
            123456,
            0,
            3,
            BoundedInt::U16,
            &[
                2, 0, 1, 1, 1, 2, 0, 1, 2, 1, 1, 0, 1, 0, 1, 2, 1, 0, 2, 2, 1, 1, 2,
            ],
        ),
        (
            123456,
            -2147483648,
            2147483648,
            BoundedInt::U32,
            &[
                -1724718393,
                586322091,
                1356102945,
                -494730133,
                -541866425,
                -1943707115,
                -1871803800,
                1955295628,
                -1200068998,
                1743975493,
                -578920287,
                -184814355,
                245035138,
                -942601543,
                -418331809,
                584754658,
                -1765526804,
                2064636690,
                -64088064,
                1341884304,
                -920458927,
                -836667168,
                441028364,
            ],
        ),
        (
            123456,
            -10,
            10,
            BoundedInt::U32,
            &[
                -9, 2, 6, -3, -3, -10, -9, 9, -6, 8, -3, -1, 1, -5, -2, 2, -9, 9, -1, 6, -5, -4, 2,
            ],
        ),
        (
            123456,
            0,
            1000000,
            BoundedInt::U32,
            &[
                98432, 636513, 815742, 384811, 373836, 47445, 64186, 955252, 220587, 906050,
                365209, 456969, 557051, 280533, 402599, 636148, 88931, 980710, 485078, 812431,
                285688, 305198, 602684,
            ],
        ),
        (
            123456,
            -9223372036854775808,
            9223372036854775807,
            BoundedInt::U64,
            &[
                2518234206190101190,
                -2124849738077143776,
                -8348158490321893818,
                8397930776547461735,
                7490317708407891577,
                -793771608987770720,
                -4048442797951618943,
                2511502134022816606,
                8867547062053647083,
                5763349202779117567,
                -3593458122969913008,
                1254580728801890059,
                -8841761064207698544,
                1348466076552400977,
                -1619783765696723312,
                -2853942477100685055,
                4251088396697566458,
                -4026372978185458420,
                -8811373990656621959,
                -4587843113547460506,
                -4811120318932940250,
                2197788835677339207,
                5306309336878862528,
            ],
        ),
        (
            123456,
            -5,
            1099511627776,
            BoundedInt::U64,
            &[
                699854269207,
                423104900045,
                52166792538,
                1050311494672,
                996213540152,
                502443339098,
                308449819019,
                699453006437,
                1078302806550,
                893278195835,
                335569018949,
                624534652568,
                22745786462,
                630130655370,
                453209177917,
                379647586327,
                803140427680,
                309765282786,
                24556997186,
                276299054816,
                262990696302,
                680754236727,
                866036496979,
            ],
        ),
        (
            123456,
            0,
            10,
            BoundedInt::U64,
            &[
                0, 6, 8, 3, 3, 0, 0, 9, 2, 9, 3, 4, 5, 2, 4, 6, 0, 9, 4, 8, 2, 3, 6,
            ],
        ),
        (
            123456,
            0,
            8589934597,
            BoundedInt::U64,
            &[
                5467611481, 3305507033, 407553066, 8205558556, 7782918286, 3925338589, 2409764212,
                5464476615, 8424240681, 6978735909, 2621632962, 4879176976, 177701456, 4922895747,
                3540696704, 2965996769, 6274534594, 2420041273, 191851540, 2158586367, 2054614816,
                5318392477, 6765910136,
            ],
        ),
    ];
    const MASKED_CASES: &[(u128, i64, i64, BoundedInt, &[i64])] = &[
        (
            0,
            0,
            2,
            BoundedInt::Bool,
            &[
                0, 0, 1, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1,
            ],
        ),
        (
            0,
            1,
            2,
            BoundedInt::Bool,
            &[
                1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
            ],
        ),
        (
            0,
            -128,
            128,
            BoundedInt::U8,
            &[
                44, -118, -1, 12, -81, 42, 68, 23, -11, 38, -106, 55, 64, 76, -95, 88, -61, 51,
                -50, 26, 123, -46, 34,
            ],
        ),
        (
            0,
            -5,
            6,
            BoundedInt::U8,
            &[
                5, 5, -1, 2, 0, 1, 1, 2, -5, -4, 3, -2, -2, 5, -3, -3, -2, 1, 2, 0, 3, 4, -1,
            ],
        ),
        (
            0,
            0,
            100,
            BoundedInt::U8,
            &[
                44, 10, 12, 47, 42, 68, 23, 38, 22, 55, 64, 76, 33, 88, 67, 51, 78, 26, 82, 34, 91,
                67, 11,
            ],
        ),
        (
            0,
            3,
            4,
            BoundedInt::U8,
            &[
                3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3,
            ],
        ),
        (
            0,
            -32768,
            32768,
            BoundedInt::U16,
            &[
                -30036, 3199, 10799, 6084, 9845, 14102, 19648, 22561, 13123, 6734, -11525, 23458,
                -2365, 2941, -665, 22757, 9225, -5004, 24275, 8097, -12011, 9561, 22258,
            ],
        ),
        (
            0,
            -7,
            1000,
            BoundedInt::U16,
            &[
                677, 120, 552, 957, 622, 783, 185, 26, 828, 583, 756, 923, 700, 886, 352, 222, 2,
                109, 716, 922, 270, 338, 747,
            ],
        ),
        (
            0,
            0,
            3,
            BoundedInt::U16,
            &[
                0, 0, 1, 2, 0, 1, 2, 2, 1, 1, 1, 0, 1, 1, 1, 2, 2, 0, 1, 2, 0, 0, 0,
            ],
        ),
        (
            0,
            -2147483648,
            2147483648,
            BoundedInt::U32,
            &[
                209652396,
                398764591,
                924231285,
                1478610112,
                441365315,
                1537364731,
                192771779,
                1491434855,
                -327900151,
                530702035,
                626610453,
                -496576782,
                -268060892,
                -869582249,
                1682652230,
                -1903903272,
                1991416408,
                -976433780,
                -500614854,
                -95927615,
                1252949478,
                1340754471,
                124102743,
            ],
        ),
        (
            0,
            -10,
            10,
            BoundedInt::U32,
            &[
                2, 5, -10, -7, -7, -3, -1, 9, 8, -6, -4, 2, -9, -4, -3, 4, 7, -5, 3, -2, -1, 9, 6,
            ],
        ),
        (
            0,
            0,
            1000000,
            BoundedInt::U32,
            &[
                985772, 305711, 435829, 117952, 963395, 152315, 882371, 359783, 304137, 122579,
                610581, 448242, 374564, 735831, 736326, 310744, 170584, 839052, 604474, 541377,
                949734, 674343, 370775,
            ],
        ),
        (
            0,
            -9223372036854775808,
            9223372036854775807,
            BoundedInt::U64,
            &[
                900450186894289455,
                3969543146641149120,
                1895649597198586619,
                827948490035658087,
                -1408320422220276013,
                2691271404617651954,
                -1151312763198686633,
                7226936298635050456,
                8553068346248842636,
                -2150124423770258751,
                5381377035038509607,
                533017224590379182,
                1255200654889945937,
                7850872175371829785,
                -7912988040360912824,
                -7616120191584397420,
                -8850408401117310000,
                6135753118824537797,
                5131086507308615503,
                6825519351450175936,
                8828950082402279523,
                5518501468007070897,
                -710580333770308835,
            ],
        ),
        (
            0,
            -5,
            1099511627776,
            BoundedInt::U64,
            &[
                741280623146,
                506137267387,
                841157541218,
                41332891342,
                300891291091,
                379128171911,
                375723641001,
                379644119884,
                712260534804,
                495502824395,
                1047788003008,
                1045912486680,
                634275957902,
                548719075867,
                133598855877,
                1050006118546,
                700879960569,
                786909091863,
                551147988895,
                228276115328,
                164163620323,
                1049631977740,
                452904086565,
            ],
        ),
        (
            0,
            0,
            10,
            BoundedInt::U64,
            &[
                5, 0, 3, 3, 7, 9, 3, 5, 2, 4, 7, 6, 8, 8, 1, 6, 7, 7, 8, 1, 5, 9, 8,
            ],
        ),
        (
            0,
            0,
            8589934597,
            BoundedInt::U64,
            &[
                2546248239, 7921061056, 6973152979, 5945874162, 1277901399, 1171049868, 1686997841,
                7885898265, 5744072776, 7078844308, 3439885489, 2499755969, 6602967737, 2034098327,
                1392175012, 4937815941, 1659957521, 6227487786, 3875557633, 4721373159, 8460265529,
                5691034508, 4460003242,
            ],
        ),
        (
            7,
            0,
            2,
            BoundedInt::Bool,
            &[
                1, 1, 1, 1, 0, 1, 0, 1, 0, 0, 0, 0, 1, 1, 1, 1, 0, 0, 0, 1, 0, 0, 0,
            ],
        ),
        (
            7,
            1,
            2,
            BoundedInt::Bool,
            &[
                1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
            ],
        ),
        (
            7,
            -128,
            128,
            BoundedInt::U8,
            &[
                47, 112, 8, -109, 68, 100, -78, -70, -103, 66, 40, 71, 118, -87, 40, -47, -61, 22,
                -69, -16, 83, 80, -20,
            ],
        ),
        (
            7,
            -5,
            6,
            BoundedInt::U8,
            &[
                -5, 3, -2, -1, -1, -3, 5, 4, -3, 3, 2, 1, 4, 3, -4, -2, 1, -5, -2, -5, 5, 2, -2,
            ],
        ),
        (
            7,
            0,
            100,
            BoundedInt::U8,
            &[
                47, 8, 19, 68, 50, 58, 25, 66, 40, 71, 41, 40, 81, 67, 22, 59, 83, 80, 23, 3, 53,
                57, 54,
            ],
        ),
        (
            7,
            3,
            4,
            BoundedInt::U8,
            &[
                3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3,
            ],
        ),
        (
            7,
            -32768,
            32768,
            BoundedInt::U16,
            &[
                28847, -27768, 25796, -17870, 16921, 18344, -22026, -11864, 5699, -4037, 20691,
                31340, -31849, 14645, -18841, -2911, 1372, 31325, 27833, -12583, 23950, 2522,
                -30185,
            ],
        ),
        (
            7,
            -7,
            1000,
            BoundedInt::U16,
            &[
                168, 897, 189, 555, 530, 929, 495, 417, 572, 52, 204, 613, 912, 302, 608, 154, 341,
                598, 178, 722, 391, 467, 528,
            ],
        ),
        (
            7,
            0,
            3,
            BoundedInt::U16,
            &[
                0, 0, 2, 1, 0, 2, 0, 0, 1, 1, 0, 1, 1, 1, 2, 2, 1, 0, 1, 1, 0, 2, 1,
            ],
        ),
        (
            7,
            -2147483648,
            2147483648,
            BoundedInt::U32,
            &[
                -1819742033,
                -1171069756,
                1202242073,
                -777508362,
                -264530365,
                2053951699,
                959775639,
                -190761369,
                2052949340,
                -824578887,
                165338510,
                -1014167017,
                4812360,
                -1774923431,
                -1838026386,
                -346293718,
                -994546982,
                -2079149176,
                -504665,
                119248870,
                769786948,
                1583990192,
                1304549247,
            ],
        ),
        (
            7,
            -10,
            10,
            BoundedInt::U32,
            &[
                5, -6, -7, 9, -3, 4, -2, 4, 0, -2, -3, -4, -6, 6, -3, 2, -10, 1, -4, 9, 2, -5, 6,
            ],
        ),
        (
            7,
            0,
            1000000,
            BoundedInt::U32,
            &[
                585903, 189636, 573977, 535030, 759363, 839891, 328599, 79463, 886108, 650425,
                712078, 854551, 618056, 315737, 127342, 784938, 551642, 177032, 543911, 759782,
                132164, 640432, 120703,
            ],
        ),
        (
            7,
            -9223372036854775808,
            9223372036854775807,
            BoundedInt::U64,
            &[
                -7815732517915138876,
                5163590386780219894,
                -1136149262272507693,
                4122204982959224423,
                8817350276967689401,
                710123494352685591,
                20668929189138777,
                -7894263215253882326,
                -4271546761957166200,
                -2167517403703322,
                3306209770279126448,
                5602996353307369863,
                -2196248447293071872,
                -8007061162864612553,
                -3908023888300409850,
                7555666969289821628,
                -5287107024812659009,
                -883157125898596552,
                7954347156364112055,
                -8764062368365675408,
                1854800229375720637,
                8303423580812505378,
                -4975033688211408695,
            ],
        ),
        (
            7,
            -5,
            1099511627776,
            BoundedInt::U64,
            &[
                752595690687,
                108744157681,
                291964244174,
                309610205524,
                936371204995,
                719526270945,
                295789249963,
                325018774322,
                1076629404673,
                190464503482,
                653962817714,
                1079131552952,
                590338211666,
                310772989774,
                825065253259,
                399222571767,
                306440575250,
                44137294564,
                649311338583,
                1061469881563,
                640308791647,
                289095147382,
                941812109788,
            ],
        ),
        (
            7,
            0,
            10,
            BoundedInt::U64,
            &[
                4, 9, 6, 3, 3, 7, 7, 9, 7, 8, 9, 8, 7, 6, 4, 0, 7, 0, 7, 6, 3, 5, 8,
            ],
        ),
        (
            7,
            0,
            8589934597,
            BoundedInt::U64,
            &[
                5664942582, 1322904761, 372560217, 3731473840, 1687674368, 1485942463, 8287260472,
                1127788727, 7519468656, 3656282402, 747550921, 4027087342, 6222659415, 1535344467,
                830456065, 431532432, 6930803628, 4085580540, 8409175431, 4653631844, 1861190419,
                6093515899, 7703324489,
            ],
        ),
        (
            123456,
            0,
            2,
            BoundedInt::Bool,
            &[
                1, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0,
            ],
        ),
        (
            123456,
            1,
            2,
            BoundedInt::Bool,
            &[
                1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
            ],
        ),
        (
            123456,
            -128,
            128,
            BoundedInt::U8,
            &[
                -63, -104, 1, -96, 106, -38, 81, 3, 114, 81, -6, 119, -79, 12, 107, 101, -72, 14,
                46, -62, 43, 32, 48,
            ],
        ),
        (
            123456,
            -5,
            6,
            BoundedInt::U8,
            &[
                -4, 3, -4, -5, 5, 5, -4, -2, -3, -4, 5, 2, -4, 0, 3, -3, -5, -5, -1, 5, -4, 0, -3,
            ],
        ),
        (
            123456,
            0,
            100,
            BoundedInt::U8,
            &[
                65, 24, 1, 32, 90, 81, 3, 81, 49, 12, 56, 14, 46, 66, 43, 32, 48, 52, 74, 49, 43,
                98, 97,
            ],
        ),
        (
            123456,
            3,
            4,
            BoundedInt::U8,
            &[
                3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3,
            ],
        ),
        (
            123456,
            -32768,
            32768,
            BoundedInt::U16,
            &[
                -26559, -24447, -9494, 977, 20978, 30586, 3121, 26091, 3640, -15698, 8363, 13488,
                -13585, 26033, -7637, 18273, 11099, -8078, 20512, 28286, 8407, -10734, 25252,
            ],
        ),
        (
            123456,
            -7,
            1000,
            BoundedInt::U16,
            &[
                58, 122, 739, 970, 491, 883, 42, 484, 561, 679, 164, 169, 744, 426, 548, 858, 852,
                107, 25, 631, 208, 523, 669,
            ],
        ),
        (
            123456,
            0,
            3,
            BoundedInt::U16,
            &[
                1, 1, 2, 1, 2, 2, 1, 0, 2, 0, 1, 1, 2, 0, 2, 2, 0, 2, 0, 1, 2, 1, 2,
            ],
        ),
        (
            123456,
            -2147483648,
            2147483648,
            BoundedInt::U32,
            &[
                -1602152383,
                64051946,
                2004537842,
                1709935665,
                -1028747720,
                883990699,
                1706117871,
                1197564459,
                -529355941,
                1853804576,
                -703422249,
                553050788,
                -208836472,
                -687765046,
                1461384458,
                -1220657908,
                -1618763957,
                -1639257580,
                184796139,
                -1790045905,
                -545408334,
                -492011050,
                -223351962,
            ],
        ),
        (
            123456,
            -10,
            10,
            BoundedInt::U32,
            &[
                -9, 0, 8, 7, 1, 5, 1, -10, -6, -2, 0, 0, 2, 1, 1, 5, 8, -4, -8, 4, -4, 0, -8,
            ],
        ),
        (
            123456,
            0,
            1000000,
            BoundedInt::U32,
            &[
                71745, 88810, 709106, 756785, 953912, 41131, 84719, 90667, 174939, 970784, 172247,
                451236, 878728, 100810, 718090, 933132, 237387, 715284, 246763, 921903, 899762,
                819670, 482935,
            ],
        ),
        (
            123456,
            -9223372036854775808,
            9223372036854775807,
            BoundedInt::U64,
            &[
                -6881192085981930774,
                8609424478841834545,
                -4418437810203090773,
                7327720462411194923,
                -2273566450537017312,
                -3021175552033234268,
                -896945815992301110,
                6276598454919511308,
                -6952538254750324204,
                793693373789507887,
                -2342510955840372266,
                -959289368161853833,
                -6835613062271790194,
                6638590376662617898,
                5910122123878241455,
                -2729130503911796130,
                -5001146583509674124,
                5105759089459560180,
                1748448699208035540,
                -6685956838542142469,
                6509851856372958193,
                -4879025846809613148,
                -6525955777229995613,
            ],
        ),
        (
            123456,
            -5,
            1099511627776,
            BoundedInt::U64,
            &[
                281384409829,
                243549642918,
                1029842231846,
                926118503071,
                585575270853,
                766159651281,
                150076724105,
                851918540581,
                833977619626,
                292739846745,
                924021260015,
                910672129231,
                617270227690,
                963343492438,
                360827019765,
                898093789317,
                602260885983,
                410219635455,
                623452460911,
                628268413239,
                436364735725,
                129365210775,
                732583727380,
            ],
        ),
        (
            123456,
            0,
            10,
            BoundedInt::U64,
            &[
                1, 2, 1, 8, 0, 7, 4, 8, 4, 2, 6, 6, 7, 2, 6, 2, 4, 4, 7, 4, 4, 4, 5,
            ],
        ),
        (
            123456,
            0,
            8589934597,
            BoundedInt::U64,
            &[
                6506502890, 3031474347, 1459718602, 682070622, 8392759156, 139062484, 7903777787,
                7776699377, 6582830759, 1196937660, 1270818139, 49766906, 4740591754, 352248782,
                965464548, 5637330740, 4977170292, 6868006130, 5266602104, 7136788892, 1311022275,
                2896109669, 8181482372,
            ],
        ),
    ];

    #[test]
    fn lemire_matches_generator_integers() {
        for &(seed, low, high, width, ref want) in LEMIRE_CASES.iter() {
            let rng = high.wrapping_sub(1).wrapping_sub(low) as u64;
            let got = draw(&mut pcg(seed), low as u64, rng, width, false, want.len());
            let got: Vec<i64> = got.iter().map(|&v| sign_extend(v, width)).collect();
            assert_eq!(&got, want, "seed {seed} [{low}, {high}) {width:?}");
        }
    }

    #[test]
    fn masked_matches_legacy_randint() {
        for &(seed, low, high, width, ref want) in MASKED_CASES.iter() {
            let rng = high.wrapping_sub(1).wrapping_sub(low) as u64;
            let got = draw(
                &mut Mt19937::from_u32(seed as u32),
                low as u64,
                rng,
                width,
                true,
                want.len(),
            );
            let got: Vec<i64> = got.iter().map(|&v| sign_extend(v, width)).collect();
            assert_eq!(&got, want, "seed {seed} [{low}, {high}) {width:?}");
        }
    }

    /// The signed dtypes the oracle cases use, read back from the width.
    fn sign_extend(v: u64, width: BoundedInt) -> i64 {
        match width {
            BoundedInt::Bool => v as i64,
            BoundedInt::U8 => i64::from(v as u8 as i8),
            BoundedInt::U16 => i64::from(v as u16 as i16),
            BoundedInt::U32 => i64::from(v as u32 as i32),
            BoundedInt::U64 => v as i64,
        }
    }
}
