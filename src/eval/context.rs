//! Context managers for `with`: `np.errstate` and `np.printoptions`, and the
//! floating-point error settings behind the first (`np.seterr`, `np.geterr`).

use super::Interp;
use super::dict::{PyDict, value as dict_value};
use super::table::{Args, FnDef, Owner, p};
use super::value::Value;
use crate::array::signals::{self, ErrMode, ErrState, FpKind};
use crate::error::{Error, Result};
use crate::print::PrintOptions;
use std::cell::RefCell;
use std::rc::Rc;

/// A context manager object: what it changes, and what entering it saved
/// (a stack, so the same object may be entered again while entered).
#[derive(Debug)]
pub struct Context {
    kind: Kind,
    saved: RefCell<Vec<Saved>>,
}

#[derive(Debug)]
enum Kind {
    /// `np.errstate(**modes)`; the modes are checked when entered, as NumPy does.
    ErrState(Args),
    /// `np.printoptions(**options)`: `np.set_printoptions` on entry.
    PrintOptions(Args),
    /// `warnings.catch_warnings()`: the filters are put back on exit.
    CatchWarnings,
}

#[derive(Debug)]
enum Saved {
    ErrState(ErrState),
    /// The options and the formatter (see `Interp::print_formatter`).
    PrintOptions(PrintOptions, Option<Value>),
    Filters(Vec<signals::Filter>),
}

impl Context {
    pub fn type_name(&self) -> &'static str {
        match self.kind {
            Kind::ErrState(_) => "numpy.errstate",
            Kind::PrintOptions(_) => "contextlib._GeneratorContextManager",
            Kind::CatchWarnings => "warnings.catch_warnings",
        }
    }
}

/// `<numpy.errstate object at 0x…>`; the address is this object's, so it
/// differs from CPython's as every address does.
pub fn repr(c: &Rc<Context>) -> String {
    if let Kind::CatchWarnings = c.kind {
        return "catch_warnings()".into();
    }
    format!(
        "<{} object at 0x{:x}>",
        c.type_name(),
        Rc::as_ptr(c) as usize
    )
}

impl Interp {
    /// `__enter__`: applies the settings and gives what `as` binds.
    pub(super) fn enter(&mut self, mgr: &Value) -> Result<Value> {
        if let Value::NdIter(_) = mgr {
            return Ok(mgr.clone());
        }
        // A session class's own `__enter__`; both methods are looked up
        // first, as CPython 3.11's BEFORE_WITH does.
        if super::classes::has_special(mgr, "__enter__") {
            if !super::classes::has_special(mgr, "__exit__") {
                return Err(Error::type_error(format!(
                    "'{}' object does not support the context manager protocol (missed __exit__ method)",
                    mgr.type_name()
                )));
            }
            return super::classes::special(self, mgr, "__enter__", vec![])
                .unwrap_or(Ok(Value::None));
        }
        if let Value::StringIo(s) = mgr {
            return super::pyio::enter(s);
        }
        let Value::Context(c) = mgr else {
            return Err(Error::type_error(format!(
                "'{}' object does not support the context manager protocol",
                mgr.type_name()
            )));
        };
        Ok(match &c.kind {
            Kind::ErrState(args) => {
                let state = modes(args, signals::errstate())?;
                let saved = signals::set_errstate(state);
                c.saved.borrow_mut().push(Saved::ErrState(saved));
                Value::None
            }
            Kind::PrintOptions(args) => {
                let (o, f) = (self.print_options.clone(), self.print_formatter.clone());
                super::numpy::set_printoptions(self, args)?;
                c.saved.borrow_mut().push(Saved::PrintOptions(o, f));
                super::numpy::get_printoptions(self, args)?
            }
            Kind::CatchWarnings => {
                c.saved
                    .borrow_mut()
                    .push(Saved::Filters(signals::filters()));
                Value::None
            }
        })
    }

    /// `__exit__` after the `with` body ended with `outcome`: a session
    /// class's method is given the exception (its class, itself and, since
    /// npcalc has no traceback objects, None) and swallows it when it
    /// returns a true value; npcalc's own managers never swallow one.
    pub(super) fn exit_with<T>(&mut self, mgr: &Value, outcome: Result<T>, ok: T) -> Result<T> {
        if !super::classes::has_special(mgr, "__exit__") {
            self.exit(mgr);
            return outcome;
        }
        let err = match outcome {
            Ok(v) => {
                let none = vec![Value::None; 3];
                return super::classes::special(self, mgr, "__exit__", none)
                    .unwrap_or(Ok(Value::None))
                    .map(|_| v);
            }
            Err(mut e) => {
                self.identify(&mut e);
                e
            }
        };
        let value = self
            .raised_object(&err)
            .unwrap_or_else(|| Value::Exception(Rc::new(err.clone())));
        let args = vec![super::builtins::class_of(&value), value, Value::None];
        self.handling.push(Rc::new(err.clone()));
        let answer = super::classes::special(self, mgr, "__exit__", args)
            .unwrap_or(Ok(Value::None))
            .and_then(|r| self.truthy(&r));
        self.handling.pop();
        match answer {
            Ok(true) => {
                self.forget_raised(&err);
                Ok(ok)
            }
            Ok(false) => Err(err),
            Err(again) => Err(self.chain(again, &err)),
        }
    }

    /// `__exit__` of npcalc's own managers: puts back what
    /// [`Interp::enter`] changed.
    pub(super) fn exit(&mut self, mgr: &Value) {
        if let Value::NdIter(it) = mgr {
            return it.close();
        }
        if let Value::StringIo(s) = mgr {
            return super::pyio::exit(s);
        }
        let Value::Context(c) = mgr else { return };
        match c.saved.borrow_mut().pop() {
            Some(Saved::ErrState(s)) => {
                signals::set_errstate(s);
            }
            Some(Saved::PrintOptions(o, f)) => {
                self.print_options = o;
                self.print_formatter = f;
            }
            Some(Saved::Filters(f)) => signals::set_filters(f),
            None => {}
        }
    }
}

/// The modes `args` ask for (`all=` first, then each kind), over `base`.
fn modes(args: &Args, base: ErrState) -> Result<ErrState> {
    let mode = |name: &str| -> Result<Option<ErrMode>> {
        match args.get(name) {
            Value::None => Ok(None),
            Value::Str(s) => match ErrMode::from_name(&s) {
                Some(m) => Ok(Some(m)),
                None if matches!(&*s, "call" | "print" | "log") => Err(Error::value_error(
                    format!("the floating-point error mode '{s}' is not supported in npcalc (it has 'ignore', 'warn' and 'raise')"),
                )),
                None => Err(Error::value_error(format!("invalid error mode '{s}'"))),
            },
            other => Err(Error::value_error(format!(
                "invalid error mode {}",
                super::repr::repr(&other, &PrintOptions::default())
            ))),
        }
        .map_err(|e| e.at(args.span(name)))
    };
    let mut state = base;
    if let Some(all) = mode("all")? {
        state = [all; 4];
    }
    for k in FpKind::ALL {
        if let Some(m) = mode(k.name())? {
            state[k as usize] = m;
        }
    }
    Ok(state)
}

/// `{'divide': 'warn', 'over': 'warn', 'under': 'ignore', 'invalid': 'warn'}`.
fn state_dict(state: ErrState) -> Result<Value> {
    let pairs: Vec<(Value, Value)> = FpKind::ALL
        .iter()
        .map(|&k| (Value::str(k.name()), Value::str(state[k as usize].name())))
        .collect();
    Ok(dict_value(PyDict::from_pairs(pairs)?))
}

fn errstate(_: &mut Interp, args: &Args) -> Result<Value> {
    Ok(context(Kind::ErrState(args.clone())))
}

fn printoptions(_: &mut Interp, args: &Args) -> Result<Value> {
    Ok(context(Kind::PrintOptions(args.clone())))
}

/// `warnings.catch_warnings()`.
pub fn catch_warnings() -> Value {
    context(Kind::CatchWarnings)
}

fn context(kind: Kind) -> Value {
    Value::Context(Rc::new(Context {
        kind,
        saved: RefCell::new(Vec::new()),
    }))
}

fn seterr(_: &mut Interp, args: &Args) -> Result<Value> {
    let old = signals::errstate();
    signals::set_errstate(modes(args, old)?);
    state_dict(old)
}

fn geterr(_: &mut Interp, _: &Args) -> Result<Value> {
    state_dict(signals::errstate())
}

macro_rules! mode_params {
    ($kind:ident) => {
        &[
            p!($kind "all" = "None", "Mode for every kind: 'ignore', 'warn' or 'raise'."),
            p!($kind "divide" = "None", "Division by zero (1/0 gives inf)."),
            p!($kind "over" = "None", "Overflow (a result too large for its dtype)."),
            p!($kind "under" = "None", "Underflow (npcalc does not detect it: this mode never fires)."),
            p!($kind "invalid" = "None", "An invalid operation such as 0/0 or sqrt(-1) (gives nan)."),
        ]
    };
}

pub static CONTEXT: &[FnDef] = &[
    FnDef {
        name: "errstate",
        owner: Owner::Numpy,
        error_name: Some("errstate.__init__"),
        params: mode_params!(KeywordOnly),
        doc: "A context manager: inside `with np.errstate(divide='ignore'):` floating-point errors of the named kinds are ignored, warned about or raised as FloatingPointError.",
        examples: &[
            "with np.errstate(divide='ignore'): r = np.array([1.0, 0.0]) / 0",
            "with np.errstate(all='raise'): np.cumsum([1e308, 1e308])",
        ],
        imp: errstate,
    },
    FnDef {
        name: "seterr",
        owner: Owner::Numpy,
        error_name: None,
        params: mode_params!(Normal),
        doc: "Set how floating-point errors are handled from now on; returns the old settings.",
        examples: &["old = np.seterr(all='ignore')", "np.seterr(**old)"],
        imp: seterr,
    },
    FnDef {
        name: "geterr",
        owner: Owner::Numpy,
        error_name: None,
        params: &[],
        doc: "How floating-point errors are handled now, as a dict.",
        examples: &["np.geterr()"],
        imp: geterr,
    },
    FnDef {
        name: "printoptions",
        owner: Owner::Numpy,
        // Its *args and **kwargs go on to `_set_printoptions`, which checks them.
        error_name: Some("_set_printoptions"),
        params: super::catalog::PRINT_OPTION_PARAMS,
        doc: "A context manager: inside `with np.printoptions(precision=2):` arrays print with these options; they are restored afterwards.",
        examples: &["with np.printoptions(precision=2): print(np.cumsum([0.1] * 3))"],
        imp: printoptions,
    },
];
