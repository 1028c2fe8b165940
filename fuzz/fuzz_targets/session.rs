//! Whole sessions: parse and evaluate arbitrary text. Run it with small
//! budgets (`-rss_limit_mb=2048 -timeout=5`) so huge or slow inputs show up.
#![no_main]

#[path = "common.rs"]
mod common;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(src) = std::str::from_utf8(data) {
        common::run_session(src);
    }
});
