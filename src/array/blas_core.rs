//! Which OpenBLAS core's kernels NumPy's bundled scipy-openblas 0.3.31 runs,
//! decided once per process the way its `gotoblas_dynamic_init`
//! (driver/others/dynamic.c) decides it, so that npcalc sums in the same
//! order as NumPy on the same machine.
//!
//! That build carries five cores (its `DYNAMIC_LIST`: Prescott, Nehalem,
//! Sandybridge, Haswell, SkylakeX); every other name aliases one of them
//! (Zen → Haswell, Cooperlake and SapphireRapids → SkylakeX). The decision:
//! 1. `OPENBLAS_CORETYPE`, when it names a core (`force_coretype`: the
//!    names compared case-insensitively), wins;
//! 2. otherwise `get_coretype`'s CPUID tables: AMD/Hygon family 17h/18h
//!    (Zen 1/2) is Zen, hence Haswell; family 19h (Zen 3/4) is SkylakeX with
//!    usable AVX-512 (Zen 4) and Haswell without; Intel's tables name
//!    SkylakeX exactly for the models with usable AVX-512 and Haswell for
//!    the AVX2 ones;
//! 3. a CPU the tables do not know (AMD family 1Ah, Zen 5, in 0.3.31) takes
//!    the feature fallback: AVX-512VL with the ZMM state enabled in XCR0
//!    (`support_avx512`) → SkylakeX, AVX2 → Haswell.
//!
//! Only the Haswell and SkylakeX kernels are ported; a CPU without AVX2 (or
//! a forced older core) gets Haswell's order, which differs from that
//! core's in the last digits. Off x86-64 (the wasm32 build, an ARM host)
//! there is no CPUID to read: the core is SkylakeX, the AVX-512 machine the
//! golden corpus was recorded on.

use std::sync::OnceLock;

/// The OpenBLAS kernel family whose summation order npcalc reproduces.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Core {
    /// kernel/x86_64/KERNEL.HASWELL (also ZEN's kernels for these routines).
    Haswell,
    /// kernel/x86_64/KERNEL.SKYLAKEX (AVX-512, with the small-matrix gemm).
    SkylakeX,
}

impl Core {
    /// The core of this process, chosen once.
    pub fn current() -> Core {
        static CORE: OnceLock<Core> = OnceLock::new();
        *CORE.get_or_init(|| {
            let forced = std::env::var("OPENBLAS_CORETYPE").ok();
            forced
                .as_deref()
                .and_then(Core::forced)
                .unwrap_or_else(detect)
        })
    }

    /// `force_coretype`: the core an `OPENBLAS_CORETYPE` value names in
    /// this build (its first 20 characters compared case-insensitively with
    /// corename[1..=25]), or None for an unknown name (OpenBLAS then warns
    /// "Core not found" and detects).
    pub fn forced(name: &str) -> Option<Core> {
        let key: String = name
            .chars()
            .take(20)
            .collect::<String>()
            .to_ascii_lowercase();
        let skylakex = ["skylakex", "cooperlake"];
        let older = [
            "katmai",
            "coppermine",
            "northwood",
            "prescott",
            "banias",
            "atom",
            "core2",
            "penryn",
            "dunnington",
            "nehalem",
            "athlon",
            "opteron",
            "opteron_sse3",
            "barcelona",
            "nano",
            "sandybridge",
            "bobcat",
            "bulldozer",
            "piledriver",
            "haswell",
            "steamroller",
            "excavator",
            "zen",
        ];
        if skylakex.contains(&key.as_str()) {
            Some(Core::SkylakeX)
        } else if older.contains(&key.as_str()) {
            Some(Core::Haswell)
        } else {
            None
        }
    }
}

/// `get_coretype` and then the feature fallback, reduced to the two ported
/// cores (see the module comment).
#[cfg(target_arch = "x86_64")]
fn detect() -> Core {
    use std::arch::x86_64::__cpuid;
    // CPUID exists on every x86-64 CPU; leaves 0 and 1 always answer.
    let (vendor, sig) = (__cpuid(0), __cpuid(1).eax);
    let amd = (vendor.ebx, vendor.edx, vendor.ecx) == (0x6874_7541, 0x6974_6e65, 0x444d_4163)
        || (vendor.ebx, vendor.edx, vendor.ecx) == (0x6f67_7948, 0x6e65_476e, 0x656e_6975);
    let family = (sig >> 8) & 0xf;
    let exfamily = (sig >> 20) & 0xff;
    let avx512 = std::arch::is_x86_feature_detected!("avx512vl");
    if amd && family == 0xf && (exfamily == 8 || exfamily == 9) {
        // Zen 1/2 and Hygon: gotoblas_ZEN, which this build aliases to Haswell.
        return Core::Haswell;
    }
    if avx512 {
        Core::SkylakeX
    } else {
        Core::Haswell
    }
}

#[cfg(not(target_arch = "x86_64"))]
fn detect() -> Core {
    Core::SkylakeX
}

impl Core {
    /// DGEMM_DEFAULT_UNROLL_M of param.h: the rows the gemm and generic
    /// trsm kernels take at a time.
    pub fn dgemm_unroll_m(self) -> usize {
        match self {
            Core::Haswell => 4,
            Core::SkylakeX => 16,
        }
    }

    /// Whether GCC contracts `a * b + c` in this core's C kernels into one
    /// FMA: the SkylakeX kernels are built with -march=skylake-avx512, the
    /// Haswell ones with -mavx2 alone (kernel/Makefile's AVX2OPT under GCC),
    /// so their scalar loops round each product. (dgemv_t is the exception:
    /// kernel/Makefile.L2 adds -mfma for it on every core, so it fuses.)
    pub fn fuses(self) -> bool {
        self == Core::SkylakeX
    }

    /// `a * b + c` as this core's C kernels compute it (see `fuses`).
    pub fn madd(self, a: f64, b: f64, c: f64) -> f64 {
        if self.fuses() {
            a.mul_add(b, c)
        } else {
            a * b + c
        }
    }

    /// DGEMM_DEFAULT_Q of param.h: the k block of the packed gemm drivers.
    pub fn dgemm_q(self) -> usize {
        match self {
            Core::Haswell => 256,
            Core::SkylakeX => 384,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Core;

    #[test]
    fn forced_names_follow_force_coretype() {
        assert_eq!(Core::forced("Haswell"), Some(Core::Haswell));
        assert_eq!(Core::forced("HASWELL"), Some(Core::Haswell));
        assert_eq!(Core::forced("zen"), Some(Core::Haswell));
        assert_eq!(Core::forced("SkylakeX"), Some(Core::SkylakeX));
        assert_eq!(Core::forced("Cooperlake"), Some(Core::SkylakeX));
        // Not in force_coretype's list (it stops at index 25), nor empty.
        assert_eq!(Core::forced("SapphireRapids"), None);
        assert_eq!(Core::forced(""), None);
        assert_eq!(Core::forced("Skylake"), None);
    }
}
