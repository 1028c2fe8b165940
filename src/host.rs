//! What the core asks of whoever runs it: clocks (for `%timeit` and the
//! `time` module) and entropy (for unseeded generators). The interrupt flag the kernels poll is
//! `array::signals`, which the host sets (the command line from its Ctrl-C
//! handler). Native builds default to the operating system; on
//! `wasm32-unknown-unknown` there is no system clock (`std::time::Instant`
//! panics there), so a web host installs its own with [`install`].

use std::sync::OnceLock;

/// The services a host provides.
pub struct Host {
    /// Seconds since some fixed moment, never going back (`performance.now() / 1000`).
    pub now: fn() -> f64,
    /// Seconds since the Unix epoch (`Date.now() / 1000`).
    pub wall: fn() -> f64,
    /// Fills the buffer with random bytes (`crypto.getRandomValues`).
    pub entropy: fn(&mut [u8]),
}

static HOST: OnceLock<Host> = OnceLock::new();

/// Reads one line of standard input (with its line end; None at its end),
/// installed by a front end that has one for `input()`.
static STDIN: OnceLock<fn() -> Option<String>> = OnceLock::new();

/// Installs the reader `input()` uses; the first installation wins.
pub fn install_stdin(read_line: fn() -> Option<String>) -> bool {
    STDIN.set(read_line).is_ok()
}

/// The next line of standard input, or None at its end or when the host has
/// no standard input (a browser page).
pub fn read_line() -> Option<String> {
    STDIN.get().and_then(|read| read())
}

/// Installs the host's services; the first installation wins.
pub fn install(host: Host) -> bool {
    HOST.set(host).is_ok()
}

/// Builds where `std` has a clock and `/dev/urandom` may exist.
const NATIVE: bool = !cfg!(all(target_family = "wasm", target_os = "unknown"));

/// A monotonic reading in seconds, or `None` when the host gave no clock and
/// the platform has none.
pub fn now() -> Option<f64> {
    if let Some(h) = HOST.get() {
        return Some((h.now)());
    }
    if NATIVE {
        static START: OnceLock<std::time::Instant> = OnceLock::new();
        let start = *START.get_or_init(std::time::Instant::now);
        return Some(start.elapsed().as_secs_f64());
    }
    None
}

/// Seconds since the Unix epoch (`time.time()`), or `None` when the host
/// gave no clock and the platform has none.
pub fn wall() -> Option<f64> {
    if let Some(h) = HOST.get() {
        return Some((h.wall)());
    }
    if NATIVE {
        let since = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH);
        return Some(since.map_or(0.0, |d| d.as_secs_f64()));
    }
    None
}

/// CPU seconds this process has used (`time.process_time()`). A host (a
/// browser worker) has no CPU clock and reports its monotonic one; so do
/// native platforms other than Linux.
pub fn cpu() -> Option<f64> {
    #[cfg(target_os = "linux")]
    if HOST.get().is_none() {
        let mut ts = libc::timespec {
            tv_sec: 0,
            tv_nsec: 0,
        };
        // SAFETY: clock_gettime writes one timespec through a valid pointer.
        if unsafe { libc::clock_gettime(libc::CLOCK_PROCESS_CPUTIME_ID, &mut ts) } == 0 {
            return Some(ts.tv_sec as f64 + ts.tv_nsec as f64 * 1e-9);
        }
    }
    now()
}

/// The user and system CPU seconds this process has used, as IPython's
/// `clock2` reads them (`resource.getrusage(RUSAGE_SELF)`), for `%time`'s
/// `CPU times:` line. Only the command-line front end on Linux reads this
/// clock; elsewhere (a web host, other platforms) it is `None` and `%time`
/// shows the wall time alone.
pub fn cpu_times() -> Option<(f64, f64)> {
    #[cfg(all(feature = "cli", target_os = "linux"))]
    if HOST.get().is_none() {
        // SAFETY: an all-zero rusage is a valid value of the plain C struct.
        let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
        // SAFETY: getrusage writes one rusage through a valid pointer.
        if unsafe { libc::getrusage(libc::RUSAGE_SELF, &mut usage) } == 0 {
            let secs = |t: libc::timeval| t.tv_sec as f64 + t.tv_usec as f64 * 1e-6;
            return Some((secs(usage.ru_utime), secs(usage.ru_stime)));
        }
    }
    None
}

/// 16 fresh random bytes: the host's, else the operating system's, else a
/// mix of the clock and the process's hasher keys (different between runs,
/// though not cryptographic).
pub fn entropy() -> [u8; 16] {
    let mut bytes = [0u8; 16];
    if let Some(h) = HOST.get() {
        (h.entropy)(&mut bytes);
        return bytes;
    }
    if NATIVE {
        use std::io::Read;
        let from_os =
            std::fs::File::open("/dev/urandom").and_then(|mut f| f.read_exact(&mut bytes));
        if from_os.is_ok() {
            return bytes;
        }
    }
    use std::hash::{BuildHasher, Hasher};
    let mut hasher = std::collections::hash_map::RandomState::new().build_hasher();
    if NATIVE {
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos());
        hasher.write_u128(nanos);
    }
    let low = hasher.finish();
    hasher.write_u64(low);
    ((u128::from(hasher.finish()) << 64) | u128::from(low)).to_le_bytes()
}

/// How many threads the core may run work on: the machine's, with the
/// `parallel` feature (std threads); one without (wasm32).
#[cfg(feature = "parallel")]
pub fn threads() -> usize {
    static N: OnceLock<usize> = OnceLock::new();
    *N.get_or_init(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
}

#[cfg(not(feature = "parallel"))]
pub fn threads() -> usize {
    1
}
