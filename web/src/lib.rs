//! npcalc's session API for a web page, as plain wasm exports over UTF-8
//! buffers (no wasm-bindgen: the glue is the few lines of web/worker.js).
//!
//! The page allocates a buffer with [`np_alloc`], writes UTF-8 into it and
//! calls an entry point, which frees the buffer and leaves its answer — JSON,
//! read with [`np_answer_ptr`] and [`np_answer_len`] — for the page to read:
//! `{"status": …, "output": [["out", text], ["err", text], …]}`, the printed
//! text in the order it was written, each piece tagged with its stream.
//!
//! The host provides the clock (`%timeit`) and entropy (unseeded generators)
//! as the imports `env.host_now`, `env.host_wall` and `env.host_random`.

use npcalc::front::commands;
use npcalc::front::run::{Outcome, RunOptions, Runner};
use serde_json::json;
use std::cell::RefCell;
use std::io::Write;
use std::rc::Rc;

/// What a session printed, in order, tagged by stream.
#[derive(Clone, Default)]
struct Log(Rc<RefCell<Vec<(&'static str, String)>>>);

impl Log {
    fn take(&self) -> Vec<(&'static str, String)> {
        std::mem::take(&mut *self.0.borrow_mut())
    }
}

/// One stream of a [`Log`].
struct Stream {
    log: Log,
    name: &'static str,
}

impl Write for Stream {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let text = String::from_utf8_lossy(buf);
        let mut log = self.log.0.borrow_mut();
        match log.last_mut() {
            Some((name, t)) if *name == self.name => t.push_str(&text),
            _ => log.push((self.name, text.into_owned())),
        }
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// A session as at the prompt: echo on, going on after errors, lines
/// gathered until the input is complete.
pub struct Session {
    runner: Runner,
    log: Log,
    pending: String,
}

impl Session {
    pub fn new(echo: bool) -> Session {
        install_host();
        let log = Log::default();
        let out = Stream {
            log: log.clone(),
            name: "out",
        };
        let err = Stream {
            log: log.clone(),
            name: "err",
        };
        let options = RunOptions {
            echo,
            transcript: false,
            color: false,
        };
        let mut runner = Runner::new(Box::new(out), Box::new(err), options);
        runner.exit_on_interrupt = false;
        Session {
            runner,
            log,
            pending: String::new(),
        }
    }

    /// One line typed at the prompt: `None` while more lines are needed
    /// (the `... ` prompt), else how the input ended and what it printed.
    pub fn line(&mut self, line: &str) -> Option<(Outcome, Vec<(&'static str, String)>)> {
        self.pending.push_str(line);
        self.pending.push('\n');
        if !npcalc::syntax::is_complete(&self.pending) {
            return None;
        }
        let input = std::mem::take(&mut self.pending);
        npcalc::array::signals::clear_interrupt();
        let outcome = commands::handle(&mut self.runner, input.trim_end_matches('\n'));
        Some((outcome, self.log.take()))
    }

    /// Forgets a half-typed input (Ctrl-C at the `... ` prompt).
    pub fn cancel(&mut self) {
        self.pending.clear();
    }

    /// Text run as piped into a session: chunk by chunk, going on after errors.
    pub fn run(&mut self, src: &str) -> (i32, Vec<(&'static str, String)>) {
        let status = self.runner.run_session(src);
        (status, self.log.take())
    }

    /// Text run as `python3 FILE` runs a script: no echo, stopping at the
    /// first error.
    pub fn script(&mut self, src: &str, file: &str) -> (i32, Vec<(&'static str, String)>) {
        let status = self.runner.run_script(src, file);
        (status, self.log.take())
    }
}

/// A lesson checked as `npcalc check` checks a file: the report text (as
/// the command prints it for one file) and the counts.
pub fn check(name: &str, text: &str) -> serde_json::Value {
    install_host();
    let report = npcalc::check::check_text(name, text);
    let shown = npcalc::check::report::render(std::path::Path::new(name), &report, false);
    json!({
        "passed": report.passed,
        "failed": report.failures.len(),
        "problem": report.problem,
        "report": shown,
        "failures": report.failures.iter().map(|f| json!({
            "place": f.place.to_string(),
            "source": f.source,
            "want": f.want,
            "got": f.got,
        })).collect::<Vec<_>>(),
    })
}

#[cfg(all(target_family = "wasm", target_os = "unknown"))]
mod imports {
    #[link(wasm_import_module = "env")]
    unsafe extern "C" {
        /// `performance.now() / 1000`.
        pub fn host_now() -> f64;
        /// `Date.now() / 1000`.
        pub fn host_wall() -> f64;
        /// `crypto.getRandomValues` over `len` bytes at `ptr`.
        pub fn host_random(ptr: *mut u8, len: usize);
    }
}

fn install_host() {
    #[cfg(all(target_family = "wasm", target_os = "unknown"))]
    npcalc::host::install(npcalc::host::Host {
        now: || unsafe { imports::host_now() },
        wall: || unsafe { imports::host_wall() },
        entropy: |buf| unsafe { imports::host_random(buf.as_mut_ptr(), buf.len()) },
    });
}

thread_local! {
    static SESSIONS: RefCell<Vec<Option<Session>>> = const { RefCell::new(Vec::new()) };
    static ANSWER: RefCell<Vec<u8>> = const { RefCell::new(Vec::new()) };
}

fn answer(value: serde_json::Value) {
    ANSWER.with(|a| *a.borrow_mut() = value.to_string().into_bytes());
}

fn outcome_json(outcome: &Outcome) -> serde_json::Value {
    match outcome {
        Outcome::Ok => json!("ok"),
        Outcome::Failed => json!("failed"),
        Outcome::Exit(code) => json!({ "exit": code }),
    }
}

/// Takes the UTF-8 text the page wrote at `ptr` (allocated by [`np_alloc`]).
///
/// # Safety
/// `ptr`/`len` must come from one `np_alloc(len)` call, not yet freed.
unsafe fn take_text(ptr: *mut u8, len: usize) -> String {
    if len == 0 {
        return String::new();
    }
    let bytes = unsafe { Vec::from_raw_parts(ptr, len, len) };
    String::from_utf8_lossy(&bytes).into_owned()
}

/// A buffer of `len` bytes for the page to write text into.
#[unsafe(no_mangle)]
pub extern "C" fn np_alloc(len: usize) -> *mut u8 {
    let mut buf = vec![0u8; len];
    let ptr = buf.as_mut_ptr();
    std::mem::forget(buf);
    ptr
}

/// Where the last answer's JSON starts.
#[unsafe(no_mangle)]
pub extern "C" fn np_answer_ptr() -> *const u8 {
    ANSWER.with(|a| a.borrow().as_ptr())
}

/// The last answer's length in bytes.
#[unsafe(no_mangle)]
pub extern "C" fn np_answer_len() -> usize {
    ANSWER.with(|a| a.borrow().len())
}

/// A new prompt-like session (echo on); returns its handle.
#[unsafe(no_mangle)]
pub extern "C" fn np_session_new() -> u32 {
    SESSIONS.with(|s| {
        let mut s = s.borrow_mut();
        s.push(Some(Session::new(true)));
        (s.len() - 1) as u32
    })
}

/// Ends a session.
#[unsafe(no_mangle)]
pub extern "C" fn np_session_free(id: u32) {
    SESSIONS.with(|s| {
        if let Some(slot) = s.borrow_mut().get_mut(id as usize) {
            *slot = None;
        }
    });
}

fn with_session(id: u32, f: impl FnOnce(&mut Session) -> serde_json::Value) -> i32 {
    // The session is taken out while it runs, so a panic cannot leave the
    // table borrowed.
    let taken = SESSIONS.with(|s| s.borrow_mut().get_mut(id as usize).and_then(Option::take));
    let Some(mut session) = taken else {
        answer(json!({ "status": "no such session", "output": [] }));
        return -1;
    };
    answer(f(&mut session));
    SESSIONS.with(|s| s.borrow_mut()[id as usize] = Some(session));
    0
}

/// One line typed at session `id`'s prompt. The answer's status is
/// `"more"` (show `... `), `"ok"`, `"failed"` or `{"exit": code}`.
///
/// # Safety
/// `ptr`/`len` as for [`take_text`].
#[unsafe(no_mangle)]
pub unsafe extern "C" fn np_session_line(id: u32, ptr: *mut u8, len: usize) -> i32 {
    let line = unsafe { take_text(ptr, len) };
    with_session(id, |s| match s.line(&line) {
        None => json!({ "status": "more", "output": [] }),
        Some((outcome, output)) => {
            json!({ "status": outcome_json(&outcome), "output": output })
        }
    })
}

/// Drops session `id`'s half-typed input.
#[unsafe(no_mangle)]
pub extern "C" fn np_session_cancel(id: u32) -> i32 {
    with_session(id, |s| {
        s.cancel();
        json!({ "status": "ok", "output": [] })
    })
}

/// Text fed to session `id` as a pipe would feed it; status is the exit
/// status npcalc would give (0, 1, or exit()'s).
///
/// # Safety
/// `ptr`/`len` as for [`take_text`].
#[unsafe(no_mangle)]
pub unsafe extern "C" fn np_session_run(id: u32, ptr: *mut u8, len: usize) -> i32 {
    let src = unsafe { take_text(ptr, len) };
    with_session(id, |s| {
        let (status, output) = s.run(&src);
        json!({ "status": status, "output": output })
    })
}

/// A script run in a fresh workspace, as `npcalc FILE` (`python3 FILE`).
///
/// # Safety
/// `ptr`/`len` as for [`take_text`].
#[unsafe(no_mangle)]
pub unsafe extern "C" fn np_script(ptr: *mut u8, len: usize) -> i32 {
    let src = unsafe { take_text(ptr, len) };
    let (status, output) = Session::new(false).script(&src, "example.py");
    answer(json!({ "status": status, "output": output }));
    status
}

/// A lesson (Markdown, reStructuredText, text, `.py` docstrings or a
/// notebook, by `name`'s extension) checked as `npcalc check` would.
///
/// # Safety
/// Both pointer/length pairs as for [`take_text`].
#[unsafe(no_mangle)]
pub unsafe extern "C" fn np_check(
    name_ptr: *mut u8,
    name_len: usize,
    text_ptr: *mut u8,
    text_len: usize,
) -> i32 {
    let name = unsafe { take_text(name_ptr, name_len) };
    let text = unsafe { take_text(text_ptr, text_len) };
    let result = check(&name, &text);
    let failed = result["failed"].as_u64().unwrap_or(0) as i32;
    answer(result);
    failed
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(output: &[(&str, String)]) -> String {
        output.iter().map(|(_, t)| t.as_str()).collect()
    }

    #[test]
    fn lines_gather_until_complete_then_echo() {
        let mut s = Session::new(true);
        assert!(s.line("for i in range(2):").is_none());
        assert!(s.line("    print(i)").is_none());
        let (outcome, out) = s.line("").expect("complete");
        assert_eq!(outcome, Outcome::Ok);
        assert_eq!(text(&out), "0\n1\n");
        let (_, out) = s.line("np.cumsum([1, 2, 3])").expect("complete");
        assert_eq!(out, vec![("out", "array([1, 3, 6])\n".to_string())]);
        let (outcome, out) = s.line("1/0").expect("complete");
        assert_eq!(outcome, Outcome::Failed);
        assert_eq!(out[0].0, "err");
        assert!(out[0].1.ends_with("ZeroDivisionError: division by zero\n"));
    }

    #[test]
    fn scripts_print_what_the_seed_example_prints() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../examples");
        let src = std::fs::read_to_string(root.join("seed_example_2.py")).expect("example");
        let want = std::fs::read_to_string(root.join("seed_example_2.py.out")).expect("golden");
        let (status, out) = Session::new(false).script(&src, "example.py");
        assert_eq!(status, 0);
        assert_eq!(text(&out), want);
    }

    #[test]
    fn lessons_report_differing_outputs() {
        let lesson = "# Sums\n\n```python\n>>> np.cumsum([1, 2])\narray([1, 3])\n>>> np.cumsum([1, 1])\narray([1, 3])\n```\n";
        let r = check("lesson.md", lesson);
        assert_eq!(r["passed"], 1);
        assert_eq!(r["failed"], 1);
        assert_eq!(r["failures"][0]["got"], "array([1, 2])\n");
    }
}
