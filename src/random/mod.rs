//! Seeded pseudo-random numbers, bit for bit as NumPy 2.4 draws them.
//!
//! A port of `numpy/random`: the bit generators (PCG64 behind
//! `default_rng`, MT19937 behind the legacy `RandomState`), NumPy's
//! `SeedSequence` seeding, and the samplers of
//! `numpy/random/src/distributions/distributions.c` and
//! `src/legacy/legacy-distributions.c`. The MT19937 (and the SHA-512 of
//! str seeds) also serve Python's `random` (eval/pyrandom.rs). Nothing here knows about the
//! evaluator: callers ask for numbers and shape them into arrays.

mod bounded;
mod discrete;
mod distributions;
mod legacy;
mod mt19937;
mod pcg64;
mod seed_sequence;
mod sha512;
mod univariate;
mod ziggurat_float;
mod ziggurat_tables;

pub use bounded::{BoundedInt, BufferedBounded, bounded_fill, random_interval};
pub use discrete::{binomial, legacy_binomial, multinomial, poisson};
pub use distributions::{
    next_float, standard_exponential, standard_exponential_f, standard_gamma, standard_gamma_f,
    standard_normal, standard_normal_f,
};
pub use legacy::{LegacyGauss, legacy_standard_exponential, legacy_standard_gamma};
pub use mt19937::{Mt19937, N as MT_WORDS};
pub use pcg64::Pcg64;
pub use seed_sequence::{SeedSequence, int_words, os_entropy};
pub use sha512::sha512;
pub use univariate::{
    beta, c_long, chisquare, f, geometric, gumbel, hypergeometric, laplace, legacy_beta,
    legacy_chisquare, legacy_f, legacy_geometric, legacy_hypergeometric, legacy_negative_binomial,
    legacy_noncentral_chisquare, legacy_noncentral_f, legacy_pareto, legacy_power, legacy_rayleigh,
    legacy_standard_cauchy, legacy_standard_t, legacy_wald, legacy_weibull, legacy_zipf, logistic,
    logseries, negative_binomial, noncentral_chisquare, noncentral_f, pareto, power, rayleigh,
    standard_cauchy, standard_t, triangular, vonmises, wald, weibull, zipf,
};

/// The raw streams a bit generator offers; NumPy's `bitgen_t`.
pub trait BitGen: Clone {
    fn next_u64(&mut self) -> u64;
    fn next_u32(&mut self) -> u32;
    /// A double in [0, 1); each bit generator defines its own (PCG64 takes
    /// 53 bits of one draw, MT19937 combines two 32-bit draws).
    fn next_double(&mut self) -> f64;
}
