//! Side channels out of the kernels: NumPy's warnings (which Python prints on
//! stderr without stopping) and the Ctrl-C interrupt flag (which stops them).

use crate::error::{Error, Exc, Result};
use std::cell::RefCell;
use std::sync::atomic::{AtomicBool, Ordering};

/// A warning as Python's `warnings` module would show it, e.g. category
/// `RuntimeWarning`, message `divide by zero encountered in divide`.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Warning {
    pub category: &'static str,
    pub message: String,
    /// The innermost statement running when it was raised (Python's
    /// warning line), once the evaluator has stamped it.
    pub at: Option<crate::error::Span>,
}

thread_local! {
    static WARNINGS: RefCell<Vec<Warning>> = const { RefCell::new(Vec::new()) };
    static FP_NAME: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Runs `f` as one NumPy loop whose floating-point flags are checked once,
/// under `name` (`ufunc.at` checks them as "at", casts included): every
/// "… encountered in X" warning raised inside names `name` instead.
pub fn fp_named<T>(name: &str, f: impl FnOnce() -> T) -> T {
    let saved = FP_NAME.with(|n| n.replace(Some(name.to_string())));
    let r = f();
    FP_NAME.with(|n| *n.borrow_mut() = saved);
    r
}

/// The name floating-point warnings take: `own`, or the enclosing
/// [`fp_named`]'s.
pub fn fp_name(own: &str) -> String {
    FP_NAME.with(|n| n.borrow().clone().unwrap_or_else(|| own.to_string()))
}

/// Records a warning; like Python's default filter, a repeat of the same
/// warning during one statement is shown once.
pub fn warn(category: &'static str, message: impl Into<String>) {
    restore(Warning {
        category,
        message: message.into(),
        at: None,
    });
}

/// Records a warning taken out earlier (with its place, if it has one).
pub fn restore(w: Warning) {
    WARNINGS.with(|ws| {
        let mut ws = ws.borrow_mut();
        if !ws.contains(&w) {
            ws.push(w);
        }
    });
}

/// Marks the warnings not yet placed as raised by the statement at `at`;
/// called as each statement ends, so the innermost one places them.
pub fn stamp(at: crate::error::Span) {
    WARNINGS.with(|ws| {
        for w in ws.borrow_mut().iter_mut().filter(|w| w.at.is_none()) {
            w.at = Some(at);
        }
    });
}

/// Takes the warnings recorded since the last call.
pub fn take_warnings() -> Vec<Warning> {
    WARNINGS.with(|ws| std::mem::take(&mut *ws.borrow_mut()))
}

/// Runs `f` under `np.errstate(all='ignore')`: its warnings are dropped.
pub fn quiet<T>(f: impl FnOnce() -> T) -> T {
    let saved = take_warnings();
    let r = f();
    WARNINGS.with(|ws| *ws.borrow_mut() = saved);
    r
}

static INTERRUPTED: AtomicBool = AtomicBool::new(false);

/// Asks running kernels to stop (called from the SIGINT handler).
pub fn interrupt() {
    INTERRUPTED.store(true, Ordering::Relaxed);
}

pub fn clear_interrupt() {
    INTERRUPTED.store(false, Ordering::Relaxed);
}

/// Long loops call this between chunks: `KeyboardInterrupt` once Ctrl-C was pressed.
pub fn check_interrupt() -> Result<()> {
    if INTERRUPTED.swap(false, Ordering::Relaxed) {
        Err(Error::new(Exc::KeyboardInterrupt, ""))
    } else {
        Ok(())
    }
}

/// Elements a kernel handles between two [`poll`]s when it works in blocks.
pub const BLOCK: usize = 1 << 16;

thread_local! {
    /// Set while [`stoppable`] runs: [`poll`] may then unwind out of a kernel.
    static ARMED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// What [`poll`] unwinds with; [`stoppable`] turns it into `KeyboardInterrupt`.
struct Stop;

/// Called inside kernel loops (creation, casting, element-wise arithmetic,
/// sorting, printing) as often as every element: one relaxed load unless
/// Ctrl-C was pressed. Inside [`stoppable`] it then leaves the kernel at once
/// by unwinding (buffers stay valid, half-written like NumPy's after an
/// interrupt); elsewhere, and where panics abort (wasm32), it does nothing
/// and the next [`check_interrupt`] reports the interrupt.
#[inline(always)]
pub fn poll() {
    if INTERRUPTED.load(Ordering::Relaxed) {
        stop();
    }
}

#[cold]
fn stop() {
    if cfg!(panic = "unwind") && ARMED.with(|a| a.get()) {
        INTERRUPTED.store(false, Ordering::Relaxed);
        std::panic::resume_unwind(Box::new(Stop));
    }
}

/// Runs `f` (one statement) so that a Ctrl-C seen by [`poll`] deep inside a
/// kernel ends it with `KeyboardInterrupt`. Other panics pass through.
pub fn stoppable<T>(f: impl FnOnce() -> Result<T>) -> Result<T> {
    let was = ARMED.with(|a| a.replace(true));
    let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(f));
    ARMED.with(|a| a.set(was));
    match r {
        Ok(r) => r,
        Err(payload) if payload.is::<Stop>() => {
            // Unwinding skipped `fp_named`'s restore.
            FP_NAME.with(|n| *n.borrow_mut() = None);
            Err(Error::new(Exc::KeyboardInterrupt, ""))
        }
        Err(payload) => std::panic::resume_unwind(payload),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repeated_warnings_are_shown_once() {
        warn("RuntimeWarning", "divide by zero encountered in divide");
        warn("RuntimeWarning", "divide by zero encountered in divide");
        assert_eq!(take_warnings().len(), 1);
        assert!(take_warnings().is_empty());
    }

    #[test]
    fn poll_stops_only_inside_stoppable() {
        interrupt();
        poll(); // not armed: nothing happens, the flag stays for check_interrupt
        let r: Result<u32> = stoppable(|| {
            for _ in 0..10 {
                poll();
            }
            Ok(1)
        });
        assert_eq!(r.unwrap_err().class, Exc::KeyboardInterrupt);
        assert!(check_interrupt().is_ok(), "the interrupt was taken once");
        assert_eq!(stoppable(|| Ok(2)).unwrap(), 2);
    }
}
