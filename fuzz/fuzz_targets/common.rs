//! Runs source as an npcalc session with its output thrown away and its
//! errors kept, so that a panic caught by the panic net still fails the run.

use npcalc::front::run::{RunOptions, Runner};
use std::cell::RefCell;
use std::io::Write;
use std::rc::Rc;

#[derive(Clone, Default)]
struct Shared(Rc<RefCell<Vec<u8>>>);

impl Write for Shared {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.borrow_mut().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// Runs on a 256 MiB stack, as the command line does, so that input nested
/// up to the parser's depth limit is evaluated rather than overflowing
/// libFuzzer's main-thread stack.
pub fn run_session(src: &str) {
    let src = src.to_owned();
    let outcome = std::thread::Builder::new()
        .stack_size(256 << 20)
        .spawn(move || run_on_this_thread(&src))
        .expect("a thread")
        .join();
    if let Err(payload) = outcome {
        std::panic::resume_unwind(payload);
    }
}

fn run_on_this_thread(src: &str) {
    let err = Shared::default();
    let options = RunOptions {
        echo: true,
        transcript: false,
        color: false,
    };
    let mut runner = Runner::new(Box::new(std::io::sink()), Box::new(err.clone()), options);
    runner.run_session(src);
    let text = String::from_utf8_lossy(&err.0.borrow()).into_owned();
    if let Some(line) = text.lines().find(|l| l.contains("npcalc internal error")) {
        panic!("{line}");
    }
}
