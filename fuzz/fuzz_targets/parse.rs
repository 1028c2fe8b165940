//! The lexer and parser on arbitrary text: errors are fine, panics are not.
//! Like the command line, it parses on a 256 MiB stack (input may nest
//! expressions up to `MAX_DEPTH`, CPython's limit of about 3000).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(src) = std::str::from_utf8(data) {
        let src = src.to_owned();
        let outcome = std::thread::Builder::new()
            .stack_size(256 << 20)
            .spawn(move || {
                let _ = npcalc::syntax::parse(&src);
                let _ = npcalc::syntax::chunks(&src);
            })
            .expect("a thread")
            .join();
        if let Err(payload) = outcome {
            std::panic::resume_unwind(payload);
        }
    }
});
