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
    /// How often the same warning shows, as the matching filter says.
    pub repeat: Repeat,
    /// Raised with a `stacklevel` that points past NumPy's Python code to
    /// the caller's line, so NumPy's own source line does not fold repeats.
    pub at_caller: bool,
}

/// Python's `warnings` actions that show a warning, by how they repeat.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Repeat {
    /// `'default'` (Python's own filter; `'module'` is the same for one
    /// script): once per text and line.
    Default,
    /// `'always'`: every time.
    Always,
    /// `'once'`: once per text, wherever.
    Once,
}

/// What a `warnings` filter does with a matching warning.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    Show(Repeat),
    Ignore,
    Error,
}

impl Action {
    pub fn from_name(name: &str) -> Option<Action> {
        Some(match name {
            "default" | "module" => Action::Show(Repeat::Default),
            "always" => Action::Show(Repeat::Always),
            "once" => Action::Show(Repeat::Once),
            "ignore" => Action::Ignore,
            "error" => Action::Error,
            _ => return None,
        })
    }
}

/// One entry of Python's `warnings.filters`: an action for warnings of a
/// category whose text the (case-insensitive) pattern matches at its start.
#[derive(Clone, Debug)]
pub struct Filter {
    pub action: Action,
    pub message: Option<regex_lite::Regex>,
    pub category: Exc,
}

/// The warning's class, from its category name.
fn warning_class(category: &str) -> Exc {
    Exc::ALL
        .iter()
        .copied()
        .find(|e| e.name() == category && e.is_a(Exc::Warning))
        .unwrap_or(Exc::Warning)
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
/// warning during one statement is shown once. A floating-point one
/// ("divide by zero encountered in …") is first handled as `np.errstate`
/// says: dropped, recorded, or raised as `FloatingPointError`.
pub fn warn(category: &'static str, message: impl Into<String>) {
    record(category, message.into(), false);
}

/// [`warn`] for a warning NumPy raises at its caller's line (a
/// `stacklevel` beyond its own frame).
pub fn warn_at_caller(category: &'static str, message: impl Into<String>) {
    record(category, message.into(), true);
}

fn record(category: &'static str, message: String, at_caller: bool) {
    if category == "RuntimeWarning"
        && let Some(kind) = FpKind::of(&message)
    {
        match errstate()[kind as usize] {
            ErrMode::Ignore => return,
            ErrMode::Warn => {}
            ErrMode::Raise => return raise(Error::new(Exc::FloatingPointError, message)),
        }
    }
    let class = warning_class(category);
    let repeat = match action_for(class, &message) {
        None => Repeat::Default,
        Some(Action::Show(r)) => r,
        Some(Action::Ignore) => return,
        Some(Action::Error) => return raise(Error::new(class, message)),
    };
    let w = Warning {
        category,
        message,
        at: None,
        repeat,
        at_caller,
    };
    if repeat == Repeat::Always {
        WARNINGS.with(|ws| ws.borrow_mut().push(w));
    } else {
        restore(w);
    }
}

/// The action of the first `warnings` filter matching, if any.
fn action_for(class: Exc, message: &str) -> Option<Action> {
    FILTERS.with(|f| {
        f.borrow()
            .iter()
            .find(|f| {
                class.is_a(f.category) && f.message.as_ref().is_none_or(|m| m.is_match(message))
            })
            .map(|f| f.action)
    })
}

/// A warning CPython's compiler raises for the source at `at` (a
/// SyntaxWarning). It warns with no registry, so each one shows unless a
/// filter ignores it; an 'error' filter makes it the SyntaxError the
/// compiler then raises instead of running anything.
pub fn warn_compiling(
    category: &'static str,
    message: &str,
    at: crate::error::Span,
) -> crate::error::Result<()> {
    match action_for(warning_class(category), message) {
        Some(Action::Ignore) => Ok(()),
        Some(Action::Error) => Err(Error::new(Exc::SyntaxError, message).at(at)),
        _ => {
            WARNINGS.with(|ws| {
                ws.borrow_mut().push(Warning {
                    category,
                    message: message.to_string(),
                    at: Some(at),
                    repeat: Repeat::Always,
                    at_caller: false,
                })
            });
            Ok(())
        }
    }
}

thread_local! {
    /// `warnings.filters`, first match wins; empty means Python's defaults.
    static FILTERS: RefCell<Vec<Filter>> = const { RefCell::new(Vec::new()) };
}

/// `warnings.filters` now.
pub fn filters() -> Vec<Filter> {
    FILTERS.with(|f| f.borrow().clone())
}

/// Replaces `warnings.filters` (`catch_warnings` puts them back on exit).
pub fn set_filters(filters: Vec<Filter>) {
    FILTERS.with(|f| *f.borrow_mut() = filters);
}

/// The four floating-point error kinds of `np.errstate`, in NumPy's order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FpKind {
    Divide,
    Over,
    Under,
    Invalid,
}

impl FpKind {
    pub const ALL: [FpKind; 4] = [FpKind::Divide, FpKind::Over, FpKind::Under, FpKind::Invalid];

    /// The keyword `np.errstate` and `np.seterr` take.
    pub fn name(self) -> &'static str {
        match self {
            FpKind::Divide => "divide",
            FpKind::Over => "over",
            FpKind::Under => "under",
            FpKind::Invalid => "invalid",
        }
    }

    /// The kind a NumPy floating-point warning message reports.
    fn of(message: &str) -> Option<FpKind> {
        [
            ("divide by zero encountered", FpKind::Divide),
            ("overflow encountered", FpKind::Over),
            ("underflow encountered", FpKind::Under),
            ("invalid value encountered", FpKind::Invalid),
        ]
        .into_iter()
        .find_map(|(start, kind)| message.starts_with(start).then_some(kind))
    }
}

/// What a floating-point error does (`np.seterr`'s modes npcalc has;
/// `'call'`, `'log'` and `'print'` need NumPy's callback or stdout hooks).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrMode {
    Ignore,
    Warn,
    Raise,
}

impl ErrMode {
    pub fn name(self) -> &'static str {
        match self {
            ErrMode::Ignore => "ignore",
            ErrMode::Warn => "warn",
            ErrMode::Raise => "raise",
        }
    }

    pub fn from_name(name: &str) -> Option<ErrMode> {
        [ErrMode::Ignore, ErrMode::Warn, ErrMode::Raise]
            .into_iter()
            .find(|m| m.name() == name)
    }
}

/// One mode per [`FpKind`].
pub type ErrState = [ErrMode; 4];

/// NumPy's defaults: underflow ignored, the rest warned about. (Underflow
/// is read from the CPU after the arithmetic, cast and same-dtype accumulate loops, as NumPy
/// does; the other kernels do not report it.)
pub const DEFAULT_ERRSTATE: ErrState =
    [ErrMode::Warn, ErrMode::Warn, ErrMode::Ignore, ErrMode::Warn];

thread_local! {
    static ERRSTATE: std::cell::Cell<ErrState> = const { std::cell::Cell::new(DEFAULT_ERRSTATE) };
    /// An error a kernel raised while it could not return one (the first wins).
    static RAISED: RefCell<Option<Error>> = const { RefCell::new(None) };
}

pub fn errstate() -> ErrState {
    ERRSTATE.with(|s| s.get())
}

/// Sets the modes, returning the previous ones.
pub fn set_errstate(state: ErrState) -> ErrState {
    ERRSTATE.with(|s| s.replace(state))
}

/// Runs `f` with `state` in force, then puts the previous modes back.
pub fn with_errstate<T>(state: ErrState, f: impl FnOnce() -> T) -> T {
    let saved = set_errstate(state);
    let r = f();
    set_errstate(saved);
    r
}

/// Keeps `e` for the evaluator to raise once the running operation returns
/// (NumPy checks its floating-point flags after the loop, too).
pub fn raise(e: Error) {
    RAISED.with(|r| {
        r.borrow_mut().get_or_insert(e);
    });
}

/// Whether an error is kept by [`raise`], waiting for the evaluator.
pub fn raising() -> bool {
    RAISED.with(|r| r.borrow().is_some())
}

/// The error kept by [`raise`], if any; the evaluator asks after each
/// expression and statement.
pub fn take_raised() -> Option<Error> {
    RAISED.with(|r| r.borrow_mut().take())
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

/// Whether warnings were recorded since the last [`take_warnings`].
pub fn warnings_pending() -> bool {
    WARNINGS.with(|ws| !ws.borrow().is_empty())
}

/// Takes the warnings recorded since the last call.
pub fn take_warnings() -> Vec<Warning> {
    WARNINGS.with(|ws| std::mem::take(&mut *ws.borrow_mut()))
}

/// Runs `f` under `np.errstate(all='ignore')`, as NumPy's Python-level
/// functions do around their inner ufunc calls.
pub fn quiet<T>(f: impl FnOnce() -> T) -> T {
    with_errstate([ErrMode::Ignore; 4], f)
}

/// Runs `f` under `np.errstate(kind='ignore')` for each of `kinds`.
pub fn ignoring<T>(kinds: &[FpKind], f: impl FnOnce() -> T) -> T {
    let mut state = errstate();
    for &k in kinds {
        state[k as usize] = ErrMode::Ignore;
    }
    with_errstate(state, f)
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
/// Every Python-level call and loop step checks, so the common case is a
/// plain load; only a set flag pays for the read-modify-write that takes it.
pub fn check_interrupt() -> Result<()> {
    if INTERRUPTED.load(Ordering::Relaxed) && INTERRUPTED.swap(false, Ordering::Relaxed) {
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

/// What [`unwind_with`] unwinds with; [`stoppable`] returns its error.
struct Raise(Error);

/// Leaves the kernel running inside [`stoppable`] with `e`, for an error
/// found where no `Result` leads back (a working copy that memory cannot
/// hold: NumPy's `_ArrayMemoryError`). Returns where it cannot unwind
/// (outside a statement, or where panics abort); the caller then fails as
/// it would have.
pub fn unwind_with(e: Error) {
    if cfg!(panic = "unwind") && ARMED.with(|a| a.get()) {
        std::panic::resume_unwind(Box::new(Raise(e)));
    }
}

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

/// Runs `f` (a NumPy call or operator), turning an error [`unwind_with`]
/// raised inside it into its result, so that Python code can catch it
/// where NumPy raises it; Ctrl-C and other panics pass through.
pub fn catching<T>(f: impl FnOnce() -> Result<T>) -> Result<T> {
    if !cfg!(panic = "unwind") {
        return f();
    }
    match std::panic::catch_unwind(std::panic::AssertUnwindSafe(f)) {
        Ok(r) => r,
        Err(payload) => match payload.downcast::<Raise>() {
            Ok(raise) => {
                // Unwinding skipped `fp_named`'s restore.
                FP_NAME.with(|n| *n.borrow_mut() = None);
                Err(raise.0)
            }
            Err(other) => std::panic::resume_unwind(other),
        },
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
        Err(payload) if payload.is::<Raise>() => {
            FP_NAME.with(|n| *n.borrow_mut() = None);
            match payload.downcast::<Raise>() {
                Ok(raise) => Err(raise.0),
                Err(payload) => std::panic::resume_unwind(payload),
            }
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
    fn errstate_drops_warns_or_keeps_an_error() {
        let msg = "divide by zero encountered in divide";
        let mut state = DEFAULT_ERRSTATE;
        state[FpKind::Divide as usize] = ErrMode::Ignore;
        with_errstate(state, || warn("RuntimeWarning", msg));
        assert!(take_warnings().is_empty());
        state[FpKind::Divide as usize] = ErrMode::Raise;
        with_errstate(state, || {
            warn("RuntimeWarning", msg);
            warn("RuntimeWarning", "overflow encountered in divide");
        });
        let e = take_raised().expect("kept");
        assert_eq!(
            (e.class, e.message.as_str()),
            (Exc::FloatingPointError, msg)
        );
        assert_eq!(take_warnings().len(), 1, "overflow still warns");
        // Warnings outside NumPy's floating-point kinds are not errstate's.
        with_errstate([ErrMode::Raise; 4], || {
            warn("RuntimeWarning", "Mean of empty slice")
        });
        assert!(take_raised().is_none());
        assert_eq!(take_warnings().len(), 1);
        assert_eq!(errstate(), DEFAULT_ERRSTATE);
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
