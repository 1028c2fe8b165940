//! Python's `time`: the clocks a lesson times a loop with, read from the
//! host (`crate::host`, as `%timeit` reads its clock) so that the core
//! still builds for wasm32-unknown-unknown, and `sleep`; and `timeit`, which
//! runs a callable in a loop between two readings of such a clock.

use super::Interp;
use super::table::{Args, FnDef, Owner, Param, builtin, p};
use super::value::Value;
use crate::error::{Error, Exc, Result, Span};
use crate::syntax::ast::StmtKind;

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

const STMT: Param = p!(Normal "stmt" = "'pass'", "What to time: a callable taking no arguments.");
const SETUP: Param = p!(Normal "setup" = "'pass'", "A callable run once before the loop.");
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
];

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
    Timer::new(args)?.timeit(it, &args.get("number"))
}

fn repeat(it: &mut Interp, args: &Args) -> Result<Value> {
    let timer = Timer::new(args)?;
    let runs = (0..count(&args.get("repeat"))?)
        .map(|_| timer.timeit(it, &args.get("number")))
        .collect::<Result<Vec<_>>>()?;
    Ok(Value::list(runs))
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

/// CPython's `timeit.Timer`: stmt and setup are checked when it is made,
/// the loop count when it runs.
struct Timer {
    stmt: Step,
    setup: Step,
    clock: Option<Value>,
    span: Span,
}

impl Timer {
    fn new(args: &Args) -> Result<Timer> {
        Ok(Timer {
            stmt: Step::new(args.get("stmt"), "stmt")?,
            setup: Step::new(args.get("setup"), "setup")?,
            clock: args.given("timer").then(|| args.get("timer")),
            span: args.call_span,
        })
    }

    fn read(&self, it: &mut Interp) -> Result<Value> {
        match &self.clock {
            Some(t) => super::iterfns::call_with(it, t, vec![], self.span),
            None => crate::host::now()
                .map(Value::Float)
                .ok_or_else(|| no_clock("clock")),
        }
    }

    /// `Timer.timeit(number)`: setup once, then stmt `number` times between
    /// two readings of the clock, whose difference is the result.
    fn timeit(&self, it: &mut Interp, number: &Value) -> Result<Value> {
        let number = count(number)?;
        self.setup.run(it, self.span)?;
        let t0 = self.read(it)?;
        for _ in 0..number {
            crate::array::signals::check_interrupt()?;
            self.stmt.run(it, self.span)?;
        }
        let t1 = self.read(it)?;
        it.binary(crate::syntax::ast::BinOp::Sub, &t1, &t0)
    }
}

/// What `stmt` or `setup` asks for: a callable to call, or nothing.
enum Step {
    Call(Value),
    Nothing,
}

impl Step {
    fn new(v: Value, which: &str) -> Result<Step> {
        match &v {
            Value::Str(code) => {
                // Code in a string would need its own namespace, as CPython
                // compiles it into a function; only the no-op `pass` runs.
                let stmts = crate::syntax::parse(code)?;
                if stmts.iter().all(|s| s.kind == StmtKind::Pass) {
                    Ok(Step::Nothing)
                } else {
                    Err(Error::new(
                        Exc::NotImplementedError,
                        "npcalc's timeit times a callable (such as a lambda), not code in a string",
                    ))
                }
            }
            _ if super::classes::is_callable(&v) => Ok(Step::Call(v)),
            _ => Err(Error::value_error(format!(
                "{which} is neither a string nor callable"
            ))),
        }
    }

    fn run(&self, it: &mut Interp, span: Span) -> Result<()> {
        match self {
            Step::Call(f) => super::iterfns::call_with(it, f, vec![], span).map(|_| ()),
            Step::Nothing => Ok(()),
        }
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
