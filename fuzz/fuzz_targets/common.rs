//! Runs source as an npcalc session with its output thrown away and its
//! errors kept, so that a panic caught by the panic net still fails the run.

use npcalc::front::run::{RunOptions, Runner};
use std::cell::RefCell;
use std::io::Write;
use std::rc::Rc;
use std::sync::mpsc::{channel, Sender};
use std::sync::{Mutex, OnceLock};
use std::time::Duration;

/// How long one input may run before it is interrupted as Ctrl-C would:
/// `while n < 3: n += 0` loops forever in Python too, so a slow input is
/// only a finding when it does not stop once interrupted (libFuzzer's
/// `-timeout` is then the net). A hundredth of the inputs take longer than
/// 200 ms and, at 1 s, took two thirds of the run's time.
const BUDGET: Duration = Duration::from_millis(200);

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

type Job = (String, Sender<()>);

/// Runs on a 256 MiB stack, as the command line does, so that input nested
/// up to the parser's depth limit is evaluated rather than overflowing
/// libFuzzer's main-thread stack. One worker thread serves every input:
/// making (and, under AddressSanitizer, unpoisoning) a fresh 256 MiB stack
/// per input cost more than most sessions. A panic there aborts the process
/// through libfuzzer-sys's panic hook, which is how libFuzzer sees a crash.
/// An input that runs past [`BUDGET`] is interrupted.
pub fn run_session(src: &str) {
    static WORKER: OnceLock<Mutex<Sender<Job>>> = OnceLock::new();
    let worker = WORKER.get_or_init(|| {
        let (jobs, inbox) = channel::<Job>();
        std::thread::Builder::new()
            .stack_size(256 << 20)
            .spawn(move || {
                for (src, done) in inbox {
                    run_on_this_thread(&src);
                    let _ = done.send(());
                }
            })
            .expect("a thread");
        Mutex::new(jobs)
    });
    let (done, finished) = channel();
    worker
        .lock()
        .expect("the worker's queue")
        .send((src.to_owned(), done))
        .expect("the worker is running");
    if finished.recv_timeout(BUDGET).is_ok() {
        return;
    }
    // Each statement still running is interrupted; the session goes on to
    // the next, which is interrupted in turn if it is slow too.
    loop {
        npcalc::array::signals::interrupt();
        if finished.recv_timeout(Duration::from_millis(50)).is_ok() {
            npcalc::array::signals::clear_interrupt();
            return;
        }
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
    // The panic net's report line, not the input's own text echoed in a
    // traceback (`R = npcalc internal error0` under a caret was not a bug).
    if let Some(line) = text
        .lines()
        .find(|l| l.starts_with("SystemError: npcalc internal error"))
    {
        panic!("{line}");
    }
}
