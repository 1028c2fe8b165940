//! Python's `time`: the clocks a lesson times a loop with, read from the
//! host (`crate::host`, as `%timeit` reads its clock) so that the core
//! still builds for wasm32-unknown-unknown, and `sleep`; and `timeit`, which
//! runs a callable in a loop between two readings of such a clock.

use super::Interp;
use super::dict::{DictRef, PyDict};
use super::table::{Args, FnDef, Owner, Param, builtin, p};
use super::value::Value;
use crate::error::{Error, Exc, Result, Span};
use std::cell::RefCell;
use std::rc::Rc;

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

const STMT: Param = p!(Normal "stmt" = "'pass'", "What to time: code in a string, or a callable taking no arguments.");
const SETUP: Param =
    p!(Normal "setup" = "'pass'", "Code in a string, or a callable, run once before the loop.");
const TIMER: Param =
    p!(Normal "timer" = "<perf_counter>", "The clock: a callable returning seconds.");
const NUMBER: Param = p!(Normal "number" = "1000000", "How many times to run stmt.");
const GLOBALS: Param =
    p!(Normal "globals" = "None", "Names for code in a string (unused for callables).");

/// `timeit`'s functions are written in Python, so their argument errors
/// read as a Python function's (`Owner::Numpy`), not a builtin's.
pub static TIMEIT: &[FnDef] = &[
    FnDef {
        name: "timeit",
        owner: Owner::Numpy,
        error_name: None,
        params: &[STMT, SETUP, TIMER, NUMBER, GLOBALS],
        doc: "Runs setup once, then stmt `number` times: the seconds the loop took.",
        examples: &["timeit.timeit(lambda: sum(range(100)), number=1000)"],
        imp: timeit,
    },
    FnDef {
        name: "repeat",
        owner: Owner::Numpy,
        error_name: None,
        params: &[
            STMT,
            SETUP,
            TIMER,
            p!(Normal "repeat" = "5", "How many timings to make."),
            NUMBER,
            GLOBALS,
        ],
        doc: "timeit() made `repeat` times: the list of their seconds.",
        examples: &["min(timeit.repeat(lambda: sum(range(100)), repeat=3, number=1000))"],
        imp: repeat,
    },
    FnDef {
        name: "Timer",
        owner: Owner::Numpy,
        error_name: Some("Timer.__init__"),
        params: &[STMT, SETUP, TIMER, GLOBALS],
        doc: "A timer for stmt: its timeit(number), repeat(repeat, number) and autorange() run it.",
        examples: &["timeit.Timer('sum(range(100))').timeit(number=1000)"],
        imp: make_timer,
    },
];

/// A `timeit.Timer`'s methods (written in Python in CPython, so their
/// argument errors read as a Python function's).
static TIMER_METHODS: &[FnDef] = &[
    FnDef {
        name: "timeit",
        owner: Owner::Numpy,
        error_name: Some("Timer.timeit"),
        params: &[NUMBER],
        doc: "Runs stmt `number` times (setup first): the seconds the loop took.",
        examples: &[],
        imp: timer_timeit,
    },
    FnDef {
        name: "repeat",
        owner: Owner::Numpy,
        error_name: Some("Timer.repeat"),
        params: &[
            p!(Normal "repeat" = "5", "How many timings to make."),
            NUMBER,
        ],
        doc: "timeit() made `repeat` times: the list of their seconds.",
        examples: &[],
        imp: timer_repeat,
    },
    FnDef {
        name: "autorange",
        owner: Owner::Numpy,
        error_name: Some("Timer.autorange"),
        params: &[p!(Normal "callback" = "None", "Called with (number, seconds) after each try.")],
        doc: "Tries number = 1, 2, 5, 10, 20, … until a loop takes 0.2 s: (number, seconds).",
        examples: &[],
        imp: timer_autorange,
    },
];

/// `t.NAME` of a `timeit.Timer`.
pub fn timer_attr(this: &Value, name: &str) -> Result<Value> {
    if name == "print_exc" {
        return Err(Error::new(
            Exc::NotImplementedError,
            "npcalc does not support Timer.print_exc",
        ));
    }
    TIMER_METHODS
        .iter()
        .find(|f| f.name == name)
        .map(|def| Value::Method(Box::new(this.clone()), def))
        .ok_or_else(|| Error::attribute_error(format!("'Timer' object has no attribute '{name}'")))
}

pub fn timer_members() -> Vec<&'static str> {
    TIMER_METHODS.iter().map(|f| f.name).collect()
}

fn make_timer(it: &mut Interp, args: &Args) -> Result<Value> {
    Ok(Value::Timer(Rc::new(Timer::new(it, args)?)))
}

fn this_timer(args: &Args) -> Result<Rc<Timer>> {
    match args.this() {
        Value::Timer(t) => Ok(t.clone()),
        other => Err(Error::type_error(format!(
            "'{}' object is not a Timer",
            other.type_name()
        ))),
    }
}

fn timer_timeit(it: &mut Interp, args: &Args) -> Result<Value> {
    this_timer(args)?.timeit(it, &args.get("number"))
}

fn timer_repeat(it: &mut Interp, args: &Args) -> Result<Value> {
    this_timer(args)?.repeat(it, args)
}

/// CPython's `Timer.autorange`: numbers 1, 2, 5 times powers of ten until
/// one loop takes at least 0.2 seconds.
fn timer_autorange(it: &mut Interp, args: &Args) -> Result<Value> {
    let timer = this_timer(args)?;
    let callback = args.get("callback");
    let mut i: i64 = 1;
    loop {
        for j in [1, 2, 5] {
            let number = Value::Int((i * j).into());
            let taken = timer.timeit(it, &number)?;
            if it.truthy(&callback)? {
                let args = vec![number.clone(), taken.clone()];
                super::iterfns::call_with(it, &callback, args, timer.span)?;
            }
            let long = it.compare(crate::syntax::ast::CmpOp::Ge, &taken, &Value::Float(0.2))?;
            if it.truthy(&long)? {
                return Ok(Value::Tuple(Rc::from(vec![number, taken])));
            }
        }
        i = i.saturating_mul(10);
    }
}

impl std::fmt::Debug for Timer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("<timeit.Timer object>")
    }
}

/// `timeit.default_timer` is `time.perf_counter` itself, as in CPython.
pub fn timeit_attr(name: &str) -> Option<Value> {
    match name {
        "default_timer" => attr("perf_counter"),
        _ => TIMEIT.iter().find(|f| f.name == name).map(Value::Function),
    }
}

pub fn timeit_members() -> Vec<&'static str> {
    let mut names: Vec<_> = TIMEIT.iter().map(|f| f.name).collect();
    names.push("default_timer");
    names
}

fn timeit(it: &mut Interp, args: &Args) -> Result<Value> {
    Timer::new(it, args)?.timeit(it, &args.get("number"))
}

fn repeat(it: &mut Interp, args: &Args) -> Result<Value> {
    Timer::new(it, args)?.repeat(it, args)
}

/// A loop count as `itertools.repeat`/`range` read it: an integer, and a
/// negative one runs nothing.
fn count(v: &Value) -> Result<u64> {
    match v {
        Value::Int(_) | Value::Bool(_) | Value::Scalar(_) => {
            super::numpy::to_index(v).map(|n| n.max(0) as u64)
        }
        other => Err(Error::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            other.type_name()
        ))),
    }
}

/// The file name CPython's timeit compiles its code under.
const TIMEIT_SRC: &str = "<timeit-src>";

/// CPython's `timeit.Timer`: stmt and setup (code in strings, or
/// callables) are written into the source of a function `inner`, which
/// `exec` defines in the globals given (or a namespace of its own, standing
/// in for the timeit module's); `timeit(number)` calls it, and it reads the
/// clock around its loop.
pub struct Timer {
    inner: Value,
    clock: Value,
    span: Span,
}

impl Timer {
    fn new(it: &mut Interp, args: &Args) -> Result<Timer> {
        let local_ns: DictRef = Rc::new(RefCell::new(PyDict::new()));
        let mut init = String::new();
        let mut part = |v: Value, which: &str, prefix: &str| -> Result<(String, String)> {
            match &v {
                Value::Str(code) => {
                    // Checked as code outside a function first, as CPython does.
                    super::pyexec::compile_check(&format!("{prefix}{code}"), TIMEIT_SRC)?;
                    Ok((code.to_string(), format!("{code}\n")))
                }
                _ if super::classes::is_callable(&v) => {
                    let name = format!("_{which}");
                    local_ns.borrow_mut().insert(Value::str(&name), v)?;
                    init.push_str(&format!(", {name}={name}"));
                    Ok((format!("{name}()"), String::new()))
                }
                _ => Err(Error::value_error(format!(
                    "{which} is neither a string nor callable"
                ))),
            }
        };
        let (setup, prefix) = part(args.get("setup"), "setup", "")?;
        let (stmt, _) = part(args.get("stmt"), "stmt", &prefix)?;
        let reindent = |src: &str, n: usize| src.replace('\n', &format!("\n{}", " ".repeat(n)));
        let src = format!(
            "\ndef inner(_it, _timer{init}):\n    {}\n    _t0 = _timer()\n    for _i in _it:\n        {}\n        pass\n    _t1 = _timer()\n    return _t1 - _t0\n",
            reindent(&setup, 4),
            reindent(&stmt, 8),
        );
        let globals = match args.get("globals") {
            Value::None => Rc::new(RefCell::new(PyDict::new())),
            Value::Dict(d) => d,
            other => {
                return Err(Error::type_error(format!(
                    "exec() globals must be a dict, not {}",
                    other.type_name()
                )));
            }
        };
        let ns = super::pyexec::Namespaces {
            globals: Some(globals),
            locals: Some(local_ns.clone()),
        };
        it.run_code(&src, TIMEIT_SRC, super::pyexec::Mode::Exec, &ns)?;
        let inner = local_ns.borrow().get(&Value::str("inner"))?;
        let clock = match args.given("timer") {
            true => args.get("timer"),
            false => attr("perf_counter").unwrap_or(Value::None),
        };
        Ok(Timer {
            inner: inner.unwrap_or(Value::None),
            clock,
            span: args.call_span,
        })
    }

    /// `Timer.repeat(repeat, number)`: the list of `repeat` timings.
    fn repeat(&self, it: &mut Interp, args: &Args) -> Result<Value> {
        let runs = (0..count(&args.get("repeat"))?)
            .map(|_| self.timeit(it, &args.get("number")))
            .collect::<Result<Vec<_>>>()?;
        Ok(Value::list(runs))
    }

    /// `Timer.timeit(number)`: `inner` looping over `number` items.
    fn timeit(&self, it: &mut Interp, number: &Value) -> Result<Value> {
        let number = count(number)?.min(i64::MAX as u64) as i64;
        let loops = Value::Range(super::value::Range {
            start: 0,
            stop: number,
            step: 1,
        });
        super::iterfns::call_with(it, &self.inner, vec![loops, self.clock.clone()], self.span)
    }
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
