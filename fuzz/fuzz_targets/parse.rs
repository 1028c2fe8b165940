//! The lexer and parser on arbitrary text: errors are fine, panics are not.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(src) = std::str::from_utf8(data) {
        let _ = npcalc::syntax::parse(src);
        let _ = npcalc::syntax::chunks(src);
    }
});
