//! Python's `time`: the clocks a lesson times a loop with, read from the
//! host (`crate::host`, as `%timeit` reads its clock) so that the core
//! still builds for wasm32-unknown-unknown, and `sleep`.

use super::Interp;
use super::table::{Args, FnDef, builtin, p};
use super::value::Value;
use crate::error::{Error, Exc, Result};

pub static TIME: &[FnDef] = &[
    builtin!(
        "time",
        [],
        "Seconds since the Unix epoch, as a float.",
        ["time.time()"],
        time
    ),
    builtin!(
        "perf_counter",
        [],
        "A monotonic clock in seconds for timing code: only differences mean something.",
        ["t0 = time.perf_counter()"],
        perf_counter
    ),
    builtin!(
        "monotonic",
        [],
        "A clock in seconds that never goes back: only differences mean something.",
        ["time.monotonic()"],
        perf_counter
    ),
    builtin!(
        "process_time",
        [],
        "CPU seconds this process has used.",
        ["time.process_time()"],
        process_time
    ),
    builtin!(
        "sleep",
        [p!(PositionalOnly "secs", "How long to wait, in seconds.")],
        "Waits the given number of seconds (Ctrl-C stops it).",
        ["time.sleep(0.1)"],
        sleep
    ),
];

pub fn attr(name: &str) -> Option<Value> {
    TIME.iter().find(|f| f.name == name).map(Value::Function)
}

pub fn members() -> Vec<&'static str> {
    TIME.iter().map(|f| f.name).collect()
}

fn no_clock(what: &str) -> Error {
    Error::new(
        Exc::NotImplementedError,
        format!("npcalc has no {what} here: the host gave none"),
    )
}

fn time(_: &mut Interp, _: &Args) -> Result<Value> {
    crate::host::wall()
        .map(Value::Float)
        .ok_or_else(|| no_clock("wall clock"))
}

fn perf_counter(_: &mut Interp, _: &Args) -> Result<Value> {
    crate::host::now()
        .map(Value::Float)
        .ok_or_else(|| no_clock("clock"))
}

fn process_time(_: &mut Interp, _: &Args) -> Result<Value> {
    crate::host::cpu()
        .map(Value::Float)
        .ok_or_else(|| no_clock("CPU clock"))
}

/// `time.sleep(secs)`: waits in short steps so that Ctrl-C ends it with
/// `KeyboardInterrupt`, as in Python.
fn sleep(_: &mut Interp, args: &Args) -> Result<Value> {
    let v = args.get("secs");
    let secs = match &v {
        Value::Float(f) => *f,
        Value::Scalar(s) if s.dtype().kind() == crate::array::Kind::Float => {
            match super::builtins::to_float(&v)? {
                Value::Float(f) => f,
                _ => f64::NAN,
            }
        }
        other => match super::numpy::to_index(other) {
            Ok(i) => i as f64,
            Err(_) => {
                return Err(Error::type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    other.type_name()
                )));
            }
        },
    };
    if secs.is_nan() {
        return Err(Error::value_error("Invalid value NaN (not a number)"));
    }
    if secs < 0.0 {
        return Err(Error::value_error("sleep length must be non-negative"));
    }
    if secs > 9.2e9 {
        return Err(Error::overflow_error(
            "timestamp too large to convert to C _PyTime_t",
        ));
    }
    let start = crate::host::now().ok_or_else(|| no_clock("clock"))?;
    let native = !cfg!(all(target_family = "wasm", target_os = "unknown"));
    loop {
        crate::array::signals::check_interrupt()?;
        let left = secs - (crate::host::now().unwrap_or(f64::INFINITY) - start);
        if left <= 0.0 {
            return Ok(Value::None);
        }
        if native {
            std::thread::sleep(std::time::Duration::from_secs_f64(left.min(0.05)));
        }
    }
}
