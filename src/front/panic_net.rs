//! The last line of defence: a bug that panics while one statement runs
//! becomes a one-line `SystemError` instead of a Rust backtrace, and the
//! session goes on. Panics are bugs to fix at their cause; this only keeps a
//! learner's workspace alive meanwhile.

use crate::error::{Error, Exc};
use std::cell::RefCell;
use std::panic::{self, AssertUnwindSafe};

thread_local! {
    /// Where the last panic happened, recorded by the quiet hook.
    static LAST_PANIC: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Replaces Rust's panic message and backtrace with a note of where the
/// panic happened, for `catch` to report.
pub fn install_quiet_hook() {
    panic::set_hook(Box::new(|info| {
        let message = payload_text(info.payload());
        let place = info
            .location()
            .map(|l| format!(" at {}:{}", l.file(), l.line()))
            .unwrap_or_default();
        LAST_PANIC.with(|p| *p.borrow_mut() = Some(format!("{message}{place}")));
    }));
}

fn payload_text(payload: &(dyn std::any::Any + Send)) -> String {
    if let Some(s) = payload.downcast_ref::<&str>() {
        s.to_string()
    } else if let Some(s) = payload.downcast_ref::<String>() {
        s.clone()
    } else {
        "panic".to_string()
    }
}

/// Runs `f`; a panic inside it becomes `Err(SystemError: npcalc internal error: …)`.
pub fn catch<T>(f: impl FnOnce() -> T) -> Result<T, Error> {
    panic::catch_unwind(AssertUnwindSafe(f)).map_err(|payload| {
        let what = LAST_PANIC
            .with(|p| p.borrow_mut().take())
            .unwrap_or_else(|| payload_text(payload.as_ref()));
        internal_error(&what)
    })
}

/// The error a panic becomes.
pub fn internal_error(what: &str) -> Error {
    Error::new(
        Exc::SystemError,
        format!("npcalc internal error: {what} (please report)"),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panic_becomes_a_system_error() {
        let e = catch(|| -> u8 { panic!("boom {}", 42) }).unwrap_err();
        assert_eq!(e.class.qualname(), "SystemError");
        assert!(
            e.message.starts_with("npcalc internal error: boom 42"),
            "{}",
            e.message
        );
        assert!(e.message.ends_with(" (please report)"));
    }

    #[test]
    fn values_pass_through() {
        assert_eq!(catch(|| 3).unwrap(), 3);
    }
}
