//! Evaluation: Python values, variables, operators and calls. Arrays are the
//! `array` module's; text is the `print` module's; this module only decides
//! what each statement means.

mod alloc;
mod apply;
mod argerrors;
mod arrange;
mod arrayapi;
mod artist_props;
mod building;
mod builtins;
mod busday;
pub mod catalog;
mod category;
mod classes;
mod collections;
mod color_names;
mod colorbar;
mod colormaps;
mod combinatoric;
pub mod compile_warnings;
mod complex_str;
mod complexparts;
mod constfold;
mod context;
mod convert;
mod dataclasses;
pub mod datetime64;
mod decimal;
mod decorators;
pub mod dict;
mod difflib;
mod dtypeinfo;
mod dunders;
mod errorbar;
mod exec;
mod flatiter;
mod float_round;
mod floatfmt;
mod fnattrs;
pub mod format;
mod fractions;
mod funcbase;
pub mod function;
mod functional;
mod functors;
mod future;
mod generator;
mod genfromtxt;
mod gradient;
mod hash;
pub mod help;
mod histbins;
mod indexing;
mod int_digits;
mod iotools;
pub mod iter;
mod iterfns;
mod joining;
mod linalg;
mod line2d;
mod listobj;
mod lists;
mod loadtxt;
mod locator;
mod masked;
mod math;
mod memory;
mod nditer;
mod npcore;
mod npstrings;
mod numbers;
mod numpy;
mod objarray;
mod pie;
mod polynomial;
mod pprint;
mod pretty;
mod printformatter;
mod pybisect;
mod pycalc;
mod pycopy;
mod pydatetime;
mod pyexec;
mod pyheapq;
mod pyio;
mod pyjson;
mod pylab;
mod pymethods;
mod pyops;
mod pyplot;
mod pyrandom;
mod pyre;
pub mod pyset;
mod pyslice;
mod pystats;
mod pystring;
mod pysys;
mod pytime;
mod pyunicodedata;
mod radix;
pub mod random;
mod random_dists;
mod reentry;
mod repr;
mod savetxt;
mod selection;
mod shaping;
mod sizeof;
mod stackplot;
mod statistics;
mod stats2;
pub mod strarray;
mod stride_tricks;
mod strings;
mod strnum;
pub mod suggest;
pub mod table;
mod testing;
mod textwrap;
mod ticker;
mod typeclass;
pub(crate) mod typing;
mod ufunc_methods;
mod ufunclike;
mod upstream;
mod userkeys;
pub mod value;
mod warnings;
mod windows;

pub use builtins::constructor as builtins_constructor;
pub use classes::peek_attr;
pub use convert::{to_array, to_dtype};
pub use int_digits::{try_repr, try_str};
pub use numpy::{members, ndarray_members, numpy_members, to_index};
pub use repr::{repr, str, type_repr};
pub use table::{Args, CallArgs, FnDef, Owner, Param, ParamKind};
pub use value::{Module, TypeObj, Ufunc, Value};

use crate::array::signals::{self, Warning, take_warnings};

/// Renders a warning for stderr, given the source text it was raised in;
/// None when it is not to be shown (a repeat the filters fold).
pub type WarningSink = Box<dyn FnMut(&Warning, &str) -> Option<String>>;
use crate::error::{Error, Exc, Result, Span};
use crate::print::PrintOptions;
use crate::syntax::ast::{Arg, BoolOp, CmpOp, Expr, ExprKind, Stmt, StmtKind, UnaryOp};
use iter::PyIter;
use num_traits::ToPrimitive;
use std::collections::HashMap;
use std::io::Write;

/// Where `print()` writes; the front end decides (stdout, a test buffer, …).
pub type Output = Box<dyn Write>;

/// An in-memory output that can be shared and read back (tests, help examples).
#[derive(Clone, Default)]
pub struct SharedBuffer(std::rc::Rc<std::cell::RefCell<Vec<u8>>>);

impl SharedBuffer {
    /// Takes what was written so far.
    pub fn take(&self) -> String {
        String::from_utf8_lossy(&std::mem::take(&mut *self.0.borrow_mut())).into_owned()
    }
}

impl Write for SharedBuffer {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.borrow_mut().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// A copy of the workspace's names (see [`Interp::bindings`]).
pub struct Bindings {
    globals: HashMap<String, Value>,
    order: Vec<String>,
    last_value: Option<Value>,
}

pub struct Interp {
    globals: HashMap<String, Value>,
    /// Names in the order they were first bound, as Python's globals keep them.
    order: Vec<String>,
    pub print_options: PrintOptions,
    /// The formatter print option: None, or the dict of functions given.
    pub print_formatter: Option<Value>,
    out: Output,
    /// Where `sys.stderr` writes (and the front end reports errors).
    err: Output,
    /// Warnings already shown from inside NumPy's Python-level functions:
    /// Python's default filter shows each once per code location, and those
    /// locations are inside numpy, the same for every call.
    shown_once: std::collections::HashSet<(&'static str, Warning)>,
    /// The `numpy.core.<sub>` shims imported so far, which Python's import
    /// then binds on `numpy.core` (eval/npcore.rs).
    core_imported: Vec<&'static str>,
    /// Set while a NumPy function runs: functions it calls in turn are its
    /// internals, whose warnings the outermost one places.
    in_numpy: bool,
    /// Sessions echo expression statements (also inside top-level blocks).
    pub echo: bool,
    /// The innermost statement running, where a warning raised now is placed.
    running: Option<Span>,
    /// Renders a warning for stderr (None when filtered out), given the
    /// source it was raised in; set by a front end that shows warnings the
    /// moment output follows them, as Python writes them when raised.
    warning_sink: Option<WarningSink>,
    /// The source text being run; functions defined now keep it.
    pub source: std::rc::Rc<str>,
    /// Where `source` came from when it is code in a string (`<string>`
    /// for `exec`'s); None for the script's or session's own text.
    file: Option<std::rc::Rc<str>>,
    /// The dict serving as the globals now (code run by `exec`/`eval` with
    /// one), whose names `globals` holds meanwhile; None for the module's.
    globals_dict: Option<dict::DictRef>,
    /// The module's own globals and their order while a dict serves.
    module_globals: Option<(HashMap<String, Value>, Vec<String>)>,
    /// The running function's (or comprehension's) scope; None at module level.
    scope: Option<std::rc::Rc<function::Scope>>,
    /// Calls of session-defined functions in progress.
    depth: usize,
    /// The session-defined functions running, innermost last (for `super()`).
    frames: Vec<std::rc::Rc<function::UserFn>>,
    /// Session exception objects being raised, by the token their error
    /// carries; dropped once handled or when the statement ends.
    raised: HashMap<u64, Value>,
    /// The arguments of builtin exceptions whose message does not give them
    /// back (`ValueError('a', 2)`), by `Details::args_token`; kept for the
    /// session, as an exception object may outlive any statement.
    exception_args: Vec<Value>,
    next_token: u64,
    /// Exceptions being handled (for a bare `raise`).
    handling: Vec<std::rc::Rc<Error>>,
    /// `_`: the last value the session echoed.
    last_value: Option<Value>,
    /// The hidden `RandomState` behind `np.random.rand` and friends,
    /// created on first use (eval/random.rs).
    legacy_random: Option<random::RandomObj>,
    /// The hidden `random.Random` behind Python's `random.random` and
    /// friends, created on first use (eval/pyrandom.rs).
    py_random: Option<pyrandom::PyRandomRef>,
    /// The module's `__name__`: `'__main__'` for a script or a session, the
    /// module's own name when `npcalc check` runs a `.py` file as doctest
    /// imports it.
    pub module_name: String,
    /// The module's `__annotations__`, made on first use (CPython's
    /// module attribute is made the same way); a global of that name wins.
    annotations: std::cell::OnceCell<Value>,
    /// matplotlib.pyplot's figures and rcParams (eval/pyplot.rs).
    pyplot: pyplot::State,
    /// `sys.argv`: one list, made from `set_argv`'s words on first use.
    argv: (Vec<String>, std::cell::OnceCell<Value>),
}

/// Whether `name` is a standard-library module npcalc implements.
fn has_module(name: &str) -> bool {
    matches!(name, "math" | "sys") || functional::module(name).is_some()
}

/// The modules npcalc has, named where a missing one is reported.
pub const MODULES_NPCALC_HAS: &str = "npcalc has numpy, math, random, time, itertools, operator, functools, warnings, collections, statistics, timeit, typing, copy, bisect, heapq, json, string, textwrap, re, pprint, dataclasses, fractions, decimal, datetime, sys, __future__, matplotlib.pyplot and pylab";

/// NumPy's functions npcalc runs over object arrays (by Python's operators).
const OBJECT_FOLDS: [&str; 4] = ["cumsum", "cumprod", "sum", "prod"];

impl Interp {
    pub fn new(out: Output) -> Interp {
        let mut it = Interp {
            globals: HashMap::new(),
            order: Vec::new(),
            print_options: PrintOptions::default(),
            print_formatter: None,
            out,
            err: Box::new(std::io::sink()),
            shown_once: Default::default(),
            core_imported: Vec::new(),
            in_numpy: false,
            echo: false,
            running: None,
            warning_sink: None,
            source: std::rc::Rc::from(""),
            file: None,
            globals_dict: None,
            module_globals: None,
            scope: None,
            depth: 0,
            frames: Vec::new(),
            raised: HashMap::new(),
            exception_args: Vec::new(),
            next_token: 0,
            handling: Vec::new(),
            last_value: None,
            legacy_random: None,
            py_random: None,
            module_name: "__main__".into(),
            argv: (vec![String::new()], std::cell::OnceCell::new()),
            annotations: Default::default(),
            pyplot: Default::default(),
        };
        it.set("np", Value::Module(Module::Numpy));
        it
    }

    /// Clears the workspace back to a fresh session (`np` stays bound).
    pub fn reset(&mut self) {
        self.globals.clear();
        self.order.clear();
        self.last_value = None;
        self.annotations = Default::default();
        self.set("np", Value::Module(Module::Numpy));
    }

    /// The names bound now (with `_`), for [`Interp::restore`]: values are
    /// shared, so an array changed in place stays changed, as in Python.
    pub fn bindings(&self) -> Bindings {
        Bindings {
            globals: self.globals.clone(),
            order: self.order.clone(),
            last_value: self.last_value.clone(),
        }
    }

    /// Forgets which warnings NumPy's own lines have shown: the prompt
    /// compiles each input under `warnings.catch_warnings()` (codeop), which
    /// clears every module's warning registry.
    pub fn forget_shown_warnings(&mut self) {
        self.shown_once.clear();
    }

    /// Back at module level after a statement was stopped part-way (Ctrl-C
    /// unwinding out of a kernel skips the restores of function calls).
    pub fn leave_calls(&mut self) {
        self.switch_globals(None);
        self.scope = None;
        self.depth = 0;
        self.frames.clear();
        self.raised.clear();
        self.handling.clear();
        self.in_numpy = false;
    }

    /// Puts back the names saved by [`Interp::bindings`].
    pub fn restore(&mut self, saved: Bindings) {
        self.globals = saved.globals;
        self.order = saved.order;
        self.last_value = saved.last_value;
    }

    pub fn set(&mut self, name: &str, v: Value) {
        if self.globals.insert(name.to_string(), v).is_none() {
            self.order.push(name.to_string());
        }
    }

    /// Removes a global; false if it was not bound.
    fn unset(&mut self, name: &str) -> bool {
        self.order.retain(|n| n != name);
        self.globals.remove(name).is_some()
    }

    pub fn get(&self, name: &str) -> Option<&Value> {
        self.globals.get(name)
    }

    /// The user's variables in binding order.
    pub fn variables(&self) -> impl Iterator<Item = (&str, &Value)> {
        self.order.iter().map(|n| (n.as_str(), &self.globals[n]))
    }

    /// Writes text as `print()` does.
    /// The words `sys.argv` holds: the script as named on the command line
    /// and its arguments (`-c` and its arguments; `''` for a session).
    pub fn set_argv(&mut self, words: Vec<String>) {
        self.argv = (words, std::cell::OnceCell::new());
    }

    /// `sys.argv`, the same list each time.
    pub(crate) fn argv(&self) -> Value {
        self.argv
            .1
            .get_or_init(|| Value::list(self.argv.0.iter().map(|w| Value::str(w)).collect()))
            .clone()
    }

    pub fn write(&mut self, text: &str) -> Result<()> {
        self.warnings_before_output();
        self.out
            .write_all(text.as_bytes())
            .and_then(|_| self.out.flush())
            .map_err(|e| os_error(&e))
    }

    /// Sends `sys.stderr`'s text to `err`.
    pub fn set_stderr(&mut self, err: Output) {
        self.err = err;
    }

    /// Writes text to stderr; a closed stderr does not stop the session.
    pub fn write_err(&mut self, text: &str) {
        self.warnings_before_output();
        self.write_err_now(text);
    }

    fn write_err_now(&mut self, text: &str) {
        let _ = self.err.write_all(text.as_bytes());
        let _ = self.err.flush();
    }

    /// Warnings the last statement raised, for the front end to show.
    pub fn take_warnings(&mut self) -> Vec<Warning> {
        take_warnings()
    }

    /// Has `sink` render each warning; [`Interp::show_warnings`] and any
    /// output then write what it renders to stderr.
    pub fn set_warning_sink(&mut self, sink: WarningSink) {
        self.warning_sink = Some(sink);
    }

    /// Writes the warnings raised so far to stderr through the sink, those
    /// not yet placed at the statement `at`.
    pub fn show_warnings(&mut self, at: Span) {
        signals::stamp(at);
        let Some(sink) = self.warning_sink.as_mut() else {
            return;
        };
        let texts: Vec<String> = take_warnings()
            .iter()
            .filter_map(|w| sink(w, &self.source))
            .collect();
        for text in texts {
            self.write_err_now(&text);
        }
    }

    /// Output keeps its order with the warnings raised before it. Inside a
    /// NumPy function its warnings wait: the outermost call places them.
    fn warnings_before_output(&mut self) {
        if let Some(at) = self.running
            && !self.in_numpy
            && self.warning_sink.is_some()
            && signals::warnings_pending()
        {
            self.show_warnings(at);
        }
    }

    /// Runs one top-level statement; an expression statement yields its
    /// value (for the front end to echo through `displayhook`).
    pub fn exec(&mut self, stmt: &Stmt) -> Result<Option<Value>> {
        let outer = self.running.replace(stmt.span);
        let r = self.exec_top(stmt);
        self.running = outer;
        r
    }

    fn exec_top(&mut self, stmt: &Stmt) -> Result<Option<Value>> {
        // What the last statement raised and nobody caught is shown by now.
        self.raised.clear();
        if let StmtKind::Expr(_) = stmt.kind {
            return self.exec_simple(stmt);
        }
        match self.run_block(std::slice::from_ref(stmt))? {
            exec::Flow::Normal => Ok(None),
            exec::Flow::Return(_) => Err(Error::syntax("'return' outside function", stmt.span)),
            exec::Flow::Break => Err(Error::syntax("'break' outside loop", stmt.span)),
            exec::Flow::Continue => {
                Err(Error::syntax("'continue' not properly in loop", stmt.span))
            }
        }
    }

    /// The statements that neither hold blocks nor change control flow.
    fn exec_simple(&mut self, stmt: &Stmt) -> Result<Option<Value>> {
        match &stmt.kind {
            StmtKind::Expr(e) => {
                let v = self.eval(e)?;
                Ok(if matches!(v, Value::None) {
                    None
                } else {
                    Some(v)
                })
            }
            StmtKind::Assign { targets, value } => {
                let v = self.eval(value)?;
                for t in targets {
                    self.assign(t, v.clone())?;
                }
                Ok(None)
            }
            StmtKind::AugAssign { target, op, value } => {
                self.aug_assign(target, *op, value)?;
                Ok(None)
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => self
                .ann_assign(target, annotation, value.as_ref(), *simple)
                .map(|()| None),
            StmtKind::Import { module, alias } => {
                // CPython's import instruction spans the whole statement.
                let m = self.import(&module.name, stmt.span)?;
                // `import numpy.ma` binds `numpy`; `import numpy.ma as ma` the submodule.
                let (name, m) = match alias {
                    Some(a) => (a.name.as_str(), m),
                    None => {
                        let top = module.name.split('.').next().unwrap_or("");
                        (top, self.import(top, stmt.span)?)
                    }
                };
                self.bind_name(name, m);
                Ok(None)
            }
            StmtKind::FromImport { module, names } if module.name == "__future__" => {
                // The parser checked place and names; every feature but
                // barry_as_FLUFL (`<>`) and annotations (PEP 563's strings;
                // npcalc evaluates annotations) is Python 3.11's default
                // already, so the import only binds the `_Feature` records.
                for (name, alias) in names {
                    if matches!(name.name.as_str(), "barry_as_FLUFL" | "annotations") {
                        let message =
                            format!("npcalc does not support the future feature {}", name.name);
                        return Err(Error::new(Exc::NotImplementedError, message).at(name.span));
                    }
                    let v = future::module_attr(&name.name).map_err(|e| e.at(name.span))?;
                    self.bind_name(&alias.as_ref().unwrap_or(name).name, v);
                }
                Ok(None)
            }
            StmtKind::FromImport { module, names } => {
                let m = self.import(&module.name, module.span)?;
                if let [(star, None)] = &names[..]
                    && star.name == "*"
                {
                    return self.import_star(&m, star.span).map(|()| None);
                }
                for (name, alias) in names {
                    let found = self.getattr(&m, &name.name);
                    // CPython's `_handle_fromlist`: a name the package lacks
                    // is tried as its submodule (`from matplotlib import pylab`).
                    let found = match found {
                        Err(_)
                            if (numpy::upstream_refusal(&m, &name.name).is_none()
                                || pyplot::is_submodule(&m, &name.name))
                                && !matches!(m, Value::Module(Module::Absent(_))) =>
                        {
                            let sub = format!("{}.{}", module.name, name.name);
                            match self.import(&sub, name.span) {
                                Ok(v) => Ok(v),
                                Err(e) if e.class == Exc::ModuleNotFoundError => found,
                                Err(e) => return Err(e),
                            }
                        }
                        found => found,
                    };
                    let v = found.map_err(|e| {
                        // A refusal stays one (numpy.core's private names).
                        if numpy::upstream_refusal(&m, &name.name).is_some()
                            || matches!(m, Value::Module(Module::Absent(_)))
                            || e.class == Exc::NotImplementedError
                        {
                            return e.at(name.span);
                        }
                        Error::new(
                            Exc::ImportError,
                            format!(
                                "cannot import name '{}' from '{}' (unknown location)",
                                name.name, module.name
                            ),
                        )
                        .at(name.span)
                    })?;
                    self.bind_name(&alias.as_ref().unwrap_or(name).name, v);
                }
                Ok(None)
            }
            StmtKind::Pass => Ok(None),
            _ => Err(Error::syntax("statement out of place", stmt.span)),
        }
    }

    /// `from numpy import *`: binds every public name npcalc's numpy has,
    /// shadowing builtins such as `sum` and `max` as NumPy's `__all__` does.
    fn import_star(&mut self, m: &Value, span: Span) -> Result<()> {
        if let Value::Module(Module::Pylab(_)) = m {
            // What npcalc lacks stays unbound; its use is a NameError.
            for name in pylab::members() {
                if let Ok(v) = self.getattr(m, name) {
                    self.bind_name(name, v);
                }
            }
            return Ok(());
        }
        if let Value::Module(Module::Math) = m {
            // `math` has no `__all__`: CPython binds its every public name,
            // and npcalc's math has them all.
            for name in math::members() {
                if let Some(v) = math::attr(name) {
                    self.bind_name(name, v);
                }
            }
            return Ok(());
        }
        if !matches!(m, Value::Module(Module::Numpy)) {
            return Err(Error::syntax(
                "'import *' is supported in npcalc only from numpy, math and pylab",
                span,
            ));
        }
        for name in numpy::numpy_members() {
            // Names NumPy 2 removed are members only to explain their removal.
            if let Ok(v) = self.getattr(m, name) {
                self.bind_name(name, v);
            }
        }
        Ok(())
    }

    fn import(&mut self, module: &str, span: Span) -> Result<Value> {
        pyplot::imported(self, module);
        if let Some(core) = npcore::import(self, module) {
            return Ok(core);
        }
        match module {
            "numpy" => Ok(Value::Module(Module::Numpy)),
            "numpy.exceptions" => Ok(Value::Module(Module::Exceptions)),
            "numpy.version" => Ok(Value::Module(Module::Version)),
            "numpy.typing" => Ok(Value::Module(Module::NpTyping)),
            "numpy.random" => Ok(Value::Module(Module::Random)),
            "numpy.ma" => Ok(Value::Module(Module::Ma)),
            "numpy.lib" => Ok(Value::Module(Module::Lib)),
            "numpy.linalg" => Ok(Value::Module(Module::Linalg)),
            "numpy.strings" => Ok(npstrings::module(false)),
            "numpy.char" => Ok(npstrings::module(true)),
            "numpy.testing" => Ok(Value::Module(Module::Testing)),
            "numpy.lib.stride_tricks" => Ok(Value::Module(Module::StrideTricks)),
            "math" => Ok(Value::Module(Module::Math)),
            "sys" => Ok(Value::Module(Module::Sys)),
            "matplotlib" => Ok(Value::Module(Module::Matplotlib)),
            "matplotlib.pyplot" => Ok(Value::Module(Module::Pyplot)),
            "matplotlib.cm" => Ok(Value::Module(Module::PyplotCm)),
            "matplotlib.ticker" => Ok(Value::Module(Module::Ticker)),
            // Refused at the import, not at a first call that would mislead.
            "mpl_toolkits.mplot3d" | "mpl_toolkits.mplot3d.axes3d" => Err(Error::new(
                Exc::NotImplementedError,
                "npcalc does not draw 3-D axes (mpl_toolkits.mplot3d)",
            )
            .at(span)),
            "pylab" => Ok(Value::Module(Module::Pylab("pylab"))),
            "matplotlib.pylab" => Ok(Value::Module(Module::Pylab("matplotlib.pylab"))),
            "__future__" => Ok(Value::Module(Module::Future)),
            // CPython's one submodule under the standard-library modules npcalc has.
            "collections.abc" => Ok(Value::Module(Module::Absent("collections.abc"))),
            other if other.contains('.') && has_module(other.split('.').next().unwrap_or("")) => {
                // Below a module npcalc has CPython finds nothing more: the
                // first name past it is missing, and a plain module is no package.
                let known = ["collections.abc", other.split('.').next().unwrap_or("")]
                    .into_iter()
                    .find(|k| other.starts_with(&format!("{k}.")))
                    .unwrap_or_default();
                let next = other[known.len() + 1..].split('.').next().unwrap_or("");
                let message = if known == "collections" {
                    format!("No module named '{known}.{next}'")
                } else {
                    format!("No module named '{known}.{next}'; '{known}' is not a package")
                };
                Err(Error::new(Exc::ModuleNotFoundError, message).at(span))
            }
            other => match functional::module(other) {
                Some(m) => Ok(Value::Module(m)),
                // A module Python has imports; its first use is refused.
                None => match upstream::module(other) {
                    Some(name) => Ok(Value::Module(Module::Absent(name))),
                    // Python's own error for a module it would not find
                    // either: it names the first missing package (a
                    // standard-library top level was taken above).
                    None => {
                        let top = other.split('.').next().unwrap_or(other);
                        let missing = if matches!(top, "numpy" | "matplotlib") {
                            other
                        } else {
                            top
                        };
                        let message = format!("No module named '{missing}' ({MODULES_NPCALC_HAS})");
                        Err(Error::new(Exc::ModuleNotFoundError, message).at(span))
                    }
                },
            },
        }
    }

    pub fn eval(&mut self, e: &Expr) -> Result<Value> {
        let r = self.eval_inner(e);
        // An error a kernel kept while this expression ran (np.errstate
        // 'raise') ends it, as NumPy raises right after the loop.
        let r = crate::array::signals::take_raised().map_or(r, Err);
        r.map_err(|err| err.at(e.span))
    }

    fn eval_inner(&mut self, e: &Expr) -> Result<Value> {
        Ok(match &e.kind {
            ExprKind::Int(i) => Value::Int(i.clone()),
            ExprKind::Float(f) => Value::Float(*f),
            ExprKind::Imag(f) => Value::Complex(num_complex::Complex64::new(0.0, *f)),
            ExprKind::Str(s) => Value::str(s),
            ExprKind::Bool(b) => Value::Bool(*b),
            ExprKind::None => Value::None,
            ExprKind::Ellipsis => Value::Ellipsis,
            ExprKind::Name(n) => self.lookup(n)?,
            ExprKind::List(items) => {
                // Number literals are constants: no need to walk them again.
                let (list, how) = match listobj::Packed::of_literals(items) {
                    Some(p) => (
                        listobj::List::packed(p),
                        Some(sizeof::constant_display_alloc(items.len())),
                    ),
                    None => (
                        listobj::List::new(self.eval_items(items)?),
                        sizeof::display_alloc(items),
                    ),
                };
                Value::List(std::rc::Rc::new(match how {
                    Some(how) => list.allocated_as(how),
                    None => list,
                }))
            }
            ExprKind::PackedList { items, .. } => Value::List(std::rc::Rc::new(
                listobj::List::packed(items.clone())
                    .allocated_as(sizeof::constant_display_alloc(items.len())),
            )),
            ExprKind::Tuple(items) => Value::tuple(self.eval_items(items)?),
            ExprKind::Unary(op, x) => {
                let v = self.eval(x)?;
                self.unary(*op, &v)?
            }
            ExprKind::Not(x) => {
                let v = self.eval(x)?;
                Value::Bool(!self.truthy(&v)?)
            }
            ExprKind::Binary(op, a, b) => {
                let (x, y) = (self.eval(a)?, self.eval(b)?);
                self.binary(*op, &x, &y)?
            }
            ExprKind::Compare(first, rest) => {
                let mut left = self.eval(first)?;
                let mut result = Value::Bool(true);
                for (k, (op, right)) in rest.iter().enumerate() {
                    let r = self.eval(right)?;
                    result = self.compare(*op, &left, &r)?;
                    // A chain `a < b < c` goes on only while each link is true.
                    if k + 1 < rest.len() && !self.truthy(&result)? {
                        return Ok(result);
                    }
                    left = r;
                }
                result
            }
            ExprKind::BoolOp(op, items) => {
                let mut last = Value::None;
                for (k, item) in items.iter().enumerate() {
                    last = self.eval(item)?;
                    // The last operand is the answer as it is: Python never
                    // asks its truth (`None or array` is the array).
                    if k + 1 == items.len() {
                        break;
                    }
                    let t = self.truthy(&last)?;
                    if (*op == BoolOp::And && !t) || (*op == BoolOp::Or && t) {
                        break;
                    }
                }
                last
            }
            ExprKind::Named(name, value) => {
                let v = self.eval(value)?;
                self.bind_walrus(&name.name, v.clone());
                v
            }
            ExprKind::IfElse { cond, body, orelse } => {
                let c = self.eval(cond)?;
                if self.truthy(&c)? {
                    self.eval(body)?
                } else {
                    self.eval(orelse)?
                }
            }
            ExprKind::Attribute(obj, name) => {
                let v = self.eval_receiver(obj, &name.name)?;
                self.getattr(&v, &name.name).map_err(|err| err.at(e.span))?
            }
            ExprKind::Call { func, args } => {
                let f = self.eval(func)?;
                let call = self.eval_args(&f, args)?;
                self.call(&f, call, e.span)?
            }
            ExprKind::Subscript(obj, index) => {
                let v = self.eval(obj)?;
                let i = self.eval(index)?;
                self.getitem(&v, &i)?
            }
            ExprKind::Slice(lo, hi, step) => {
                let mut part = |p: &Option<Box<Expr>>| -> Result<Value> {
                    p.as_ref().map_or(Ok(Value::None), |x| self.eval(x))
                };
                Value::Slice(std::rc::Rc::new([part(lo)?, part(hi)?, part(step)?]))
            }
            ExprKind::Starred(_) => {
                return Err(Error::syntax("can't use starred expression here", e.span));
            }
            ExprKind::Lambda(f) => self.make_function(f)?,
            ExprKind::Comp {
                kind,
                elt,
                generators,
            } => self.eval_comp(*kind, elt, generators, e.span)?,
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => {
                let mut d = dict::PyDict::new();
                self.comprehension("<dictcomp>", e.span, generators, |it| {
                    let k = it.eval(key)?;
                    let v = it.eval(value)?;
                    let _key = userkeys::key_in(it, &k, |h| d.user_members(h))
                        .map_err(|err| err.at(e.span))?;
                    d.insert(k, v).map_err(|err| err.at(e.span))
                })?;
                dict::value(d)
            }
            ExprKind::Dict(items) => {
                let mut d = dict::PyDict::new();
                for (k, v) in items {
                    match k {
                        Some(k) => {
                            let key = self.eval(k)?;
                            let v = self.eval(v)?;
                            let _key = userkeys::key_in(self, &key, |h| d.user_members(h))
                                .map_err(|err| err.at(e.span))?;
                            d.insert(key, v).map_err(|err| err.at(e.span))?;
                        }
                        None => match self.eval(v)? {
                            Value::Dict(other) => {
                                let pairs = other.borrow().entries().to_vec();
                                for (k, v) in pairs {
                                    let _key = userkeys::key_in(self, &k, |h| d.user_members(h))?;
                                    d.insert(k, v)?;
                                }
                            }
                            other => {
                                return Err(Error::type_error(format!(
                                    "'{}' object is not a mapping",
                                    other.type_name()
                                ))
                                .at(v.span));
                            }
                        },
                    }
                }
                dict::value(d)
            }
            ExprKind::Set(items) => self.set_display(items, e.span)?,
            ExprKind::FString(parts) => Value::str(&self.fstring(parts)?),
        })
    }

    /// `{a, b, *c}`: items added in order to a new set, except that three or
    /// more constants are first folded by CPython's compiler into a
    /// frozenset constant, which is merged into the new set.
    fn set_display(&mut self, items: &[Expr], span: Span) -> Result<Value> {
        if items.len() > 2 && constfold::all_folded(items) == constfold::Folded::Const {
            let values = items
                .iter()
                .map(|x| self.eval(x))
                .collect::<Result<Vec<Value>>>()?;
            return pyset::folded_literal(&values);
        }
        let s = std::rc::Rc::new(std::cell::RefCell::new(pyset::PySet::new(false)));
        for x in items {
            if let ExprKind::Starred(inner) = &x.kind {
                let v = self.eval(inner)?;
                pyset::update(self, &s, &v).map_err(|e| e.at(span))?;
                continue;
            }
            let v = self.eval(x)?;
            userkeys::set_add(self, &s, &v).map_err(|e| e.at(span))?;
        }
        Ok(Value::Set(s))
    }

    /// The text of an f-string: each field converted (`!r`…), then
    /// formatted with its spec as `format()` would.
    fn fstring(&mut self, parts: &[crate::syntax::ast::FPart]) -> Result<String> {
        use crate::syntax::ast::FPart;
        let mut out = String::new();
        for p in parts {
            match p {
                FPart::Lit(s) => out.push_str(s),
                FPart::Field {
                    value,
                    conversion,
                    spec,
                    debug,
                } => {
                    let v = self.eval(value)?;
                    let spec = self.fstring(spec)?;
                    if let Some(d) = debug {
                        out.push_str(d);
                    }
                    if let Some(text) = classes::format_field(self, &v, *conversion, &spec) {
                        out.push_str(&text.map_err(|err| err.at(value.span))?);
                        continue;
                    }
                    let v = format::convert(&v, *conversion, &self.print_options)?;
                    out.push_str(
                        &format::format(&v, &spec, &self.print_options)
                            .map_err(|err| err.at(value.span))?,
                    );
                }
            }
        }
        Ok(out)
    }

    /// `ValueError("message")`: an exception instance.
    fn make_exception(&mut self, class: crate::error::Exc, call: CallArgs) -> Result<Value> {
        if let Some((_, _, span)) = call.keywords.first() {
            return Err(Error::type_error(format!(
                "{}() takes no keyword arguments",
                class.name()
            ))
            .at(*span));
        }
        let args: Vec<Value> = call.positional.into_iter().map(|(v, _)| v).collect();
        let message = match args.len() {
            0 => String::new(),
            // KeyError's str() is the repr of its key.
            1 if class == Exc::KeyError => classes::repr_of(self, &args[0])?,
            1 => classes::str_of(self, &args[0])?,
            _ => classes::repr_of(self, &Value::tuple(args.clone()))?,
        };
        let mut e = Error::new(class, message);
        self.keep_args(&mut e, args)?;
        Ok(Value::Exception(std::rc::Rc::new(e)))
    }

    /// Gives a builtin exception its arguments: their reprs for its repr, and
    /// the values themselves for `e.args` (and StopIteration's `e.value`).
    pub(super) fn keep_args(&mut self, e: &mut Error, args: Vec<Value>) -> Result<()> {
        let reprs = args
            .iter()
            .map(|a| classes::repr_of(self, a))
            .collect::<Result<Vec<_>>>()?;
        // One str argument is the message (the common case keeps nothing).
        let token = match &args[..] {
            [Value::Str(s)] if **s == *e.message => None,
            [] => None,
            _ => {
                self.exception_args.push(Value::tuple(args));
                Some(self.exception_args.len() as u64 - 1)
            }
        };
        let d = e.details_mut();
        d.args_repr = Some(reprs.join(", "));
        d.args_token = token;
        Ok(())
    }

    fn eval_items(&mut self, items: &[Expr]) -> Result<Vec<Value>> {
        let mut out = Vec::with_capacity(items.len());
        for item in items {
            if let ExprKind::Starred(inner) = &item.kind {
                let v = self.eval(inner)?;
                out.extend(self.iterate(&v).map_err(|e| e.at(inner.span))?);
            } else {
                out.push(self.eval(item)?);
            }
        }
        Ok(out)
    }

    fn eval_args(&mut self, f: &Value, args: &[Arg]) -> Result<CallArgs> {
        let mut call = CallArgs::default();
        // CPython 3.11 names the callee when `*x` is the only positional
        // argument (CALL_FUNCTION_EX), and says "Value after *" when it
        // builds a list of several (LIST_EXTEND).
        let positional = args
            .iter()
            .filter(|a| matches!(a, Arg::Positional(_)))
            .count();
        for a in args {
            match a {
                Arg::Positional(x) => {
                    if let ExprKind::Starred(inner) = &x.kind {
                        let v = self.eval(inner)?;
                        // Only a value of no iterable type: a 0-d array's own
                        // "iteration over a 0-d array" stands.
                        if PyIter::new(&v)
                            .is_err_and(|e| e.message.ends_with("object is not iterable"))
                        {
                            let who = match positional {
                                1 => format!("{}() argument", call_label(f)),
                                _ => "Value".to_string(),
                            };
                            return Err(Error::type_error(format!(
                                "{who} after * must be an iterable, not {}",
                                v.type_name()
                            ))
                            .at(inner.span));
                        }
                        for item in self.iterate(&v).map_err(|e| e.at(inner.span))? {
                            call.positional.push((item, x.span));
                        }
                    } else {
                        call.positional.push((self.eval(x)?, x.span));
                    }
                }
                Arg::Keyword(name, x) => {
                    if call.keywords.iter().any(|(k, _, _)| *k == name.name) {
                        return Err(Error::syntax(
                            format!("keyword argument repeated: {}", name.name),
                            name.span,
                        ));
                    }
                    let v = self.eval(x)?;
                    call.keywords
                        .push((name.name.clone(), v, name.span.to(x.span)));
                }
                Arg::Unpack(x) => {
                    let v = self.eval(x)?;
                    let Value::Dict(d) = v else {
                        return Err(Error::type_error(format!(
                            "{}() argument after ** must be a mapping, not {}",
                            call_label(f),
                            v.type_name()
                        ))
                        .at(x.span));
                    };
                    for (k, v) in d.borrow().entries() {
                        let Value::Str(k) = k else {
                            return Err(Error::type_error("keywords must be strings").at(x.span));
                        };
                        if call.keywords.iter().any(|(name, _, _)| **name == **k) {
                            return Err(Error::type_error(format!(
                                "{}() got multiple values for keyword argument '{k}'",
                                call_label(f)
                            ))
                            .at(x.span));
                        }
                        call.keywords.push((k.to_string(), v.clone(), x.span));
                    }
                }
            }
        }
        Ok(call)
    }

    /// Evaluates the object of `obj.name`; a list literal followed by an
    /// ndarray member becomes `np.array(list)` (npcalc's calculator extension).
    fn eval_receiver(&mut self, obj: &Expr, member: &str) -> Result<Value> {
        let v = self.eval(obj)?;
        if matches!(obj.kind, ExprKind::List(_) | ExprKind::PackedList { .. })
            && numpy::is_ndarray_member(member)
            && !pymethods::is_list_method(member)
        {
            return Ok(Value::Array(
                to_array(&v, None).map_err(|e| e.at(obj.span))?,
            ));
        }
        Ok(v)
    }

    fn lookup(&self, name: &str) -> Result<Value> {
        if let Some(found) = self.lookup_scoped(name) {
            return found;
        }
        if let Some(v) = self.globals.get(name) {
            return Ok(v.clone());
        }
        if name == "_"
            && let Some(v) = &self.last_value
        {
            return Ok(v.clone());
        }
        if name == "__name__" {
            return Ok(Value::str(&self.module_name));
        }
        if name == "__annotations__" {
            return Ok(self.module_annotations());
        }
        if let Some(e) = crate::error::Exc::builtin(name) {
            return Ok(Value::Type(TypeObj::Exc(e)));
        }
        if let Some(v) = builtins::lookup(name) {
            return Ok(v);
        }
        if builtins::is_cpython_builtin(name) {
            return Err(Error::name_error(format!(
                "Python's builtin '{name}' is not supported in npcalc"
            )));
        }
        let candidates = self
            .order
            .iter()
            .map(String::as_str)
            .chain(builtins::names().map(|n| -> &str { n }));
        let hint = suggest::suggest(name, candidates);
        Err(Error::name_error(format!("name '{name}' is not defined")).suggesting(hint))
    }

    fn module_annotations(&self) -> Value {
        self.annotations
            .get_or_init(|| dict::value(dict::PyDict::new()))
            .clone()
    }

    pub fn getattr(&mut self, v: &Value, name: &str) -> Result<Value> {
        if let Value::NamedTuple(k, items) = v {
            if let Some(m) = collections::named_method(v, name) {
                return Ok(m);
            }
            return named_getattr(k, items, name);
        }
        if let Value::NamedClass(c) = v {
            return collections::class_attribute(c, name);
        }
        if let Value::Partial(p) = v {
            return functional::partial_attr(p, name);
        }
        if let Value::Functor(f) = v
            && let Some(found) = functors::getattr(self, f, name)
        {
            return found;
        }
        if let Some(found) = classes::getattr(self, v, name) {
            return found;
        }
        if name == "__class__" {
            return Ok(builtins::class_of(v));
        }
        // A class's __name__ is the last part of its qualified name
        // (`numpy.ndarray` -> `ndarray`), as `type(x).__name__` shows.
        if let (Value::Type(TypeObj::Exc(c)), "__name__") = (v, name) {
            return Ok(Value::str(c.name()));
        }
        if let (Value::Type(TypeObj::Exc(c)), "__mro__" | "__bases__") = (v, name) {
            let classes = if name == "__mro__" {
                c.mro()
            } else {
                c.direct_bases().to_vec()
            };
            let classes = classes.into_iter().map(|k| Value::Type(TypeObj::Exc(k)));
            let object = (name == "__mro__" || c.direct_bases().is_empty())
                .then_some(Value::Type(TypeObj::Object));
            return Ok(Value::tuple(classes.chain(object).collect()));
        }
        if let Value::Type(t) = v
            && let Some(chain) = dtypeinfo::scalar_mro(*t)
        {
            match name {
                "__mro__" => return Ok(Value::tuple(chain)),
                "mro" => return Ok(Value::Method(Box::new(v.clone()), &dtypeinfo::MRO)),
                _ => {}
            }
        }
        if let (Value::Type(t), "__name__") = (v, name) {
            let qualname = t.qualname();
            return Ok(Value::str(qualname.rsplit('.').next().unwrap_or(&qualname)));
        }
        if let Value::NpStr(text) = v {
            if name == "astype" {
                return Ok(strarray::scalar_astype(v));
            }
            if let Some(found) = strarray::scalar_attr(text, name) {
                return Ok(found);
            }
            return self.getattr(&strarray::as_py_str(v), name);
        }
        if let Value::StrArray(sa) = v {
            return strarray::getattr(self, sa, name);
        }
        if let Value::Time(_) | Value::TimeArray(_) = v {
            return datetime64::getattr(self, v, name);
        }
        if let Value::TimeDType(t) = v {
            return datetime64::dtype_attr(*t, name);
        }
        if let Value::ObjArray(o) = v {
            return objarray::getattr(self, o, name);
        }
        if let Value::FlatIter(f) = v {
            return flatiter::getattr(self, v, f, name);
        }
        if let Value::PyUfunc(u) = v {
            return objarray::ufunc_attr(u, name);
        }
        if let Value::Alias(a) = v
            && let Some(found) = typing::getattr(a, name)
        {
            return Ok(found);
        }
        if let Value::Slice(parts) = v
            && let Some(found) = pyslice::attr(parts, name)
        {
            return Ok(found);
        }
        if let Some(found) = pymethods::getattr(v, name) {
            return found;
        }
        if let Value::Function(f) = v
            && let Some(found) = pydatetime::class_attr(f, name)
        {
            return found;
        }
        if let (Value::Type(TypeObj::Dict), "fromkeys") = (v, name) {
            return Ok(Value::Function(&dict::FROMKEYS_FN));
        }
        if let (Value::Type(TypeObj::Float), "fromhex") = (v, name) {
            return Ok(Value::Function(&numbers::FROMHEX_FN));
        }
        // The static method, read off the class: its entry in the str
        // methods' table, so that errors name it str.maketrans.
        if let (Value::Type(TypeObj::Str), "maketrans") = (v, name)
            && let Some(f) = pymethods::STR_METHODS.iter().find(|f| f.name == name)
        {
            return Ok(Value::Function(f));
        }
        if let (Value::Type(TypeObj::Object), "__init__") = (v, name) {
            return Ok(Value::Function(&classes::OBJECT_INIT));
        }
        if let Value::Type(t) = v
            && let Some(m) = pymethods::unbound(*t, name)
        {
            return Ok(m);
        }
        numpy::getattr(self, v, name)
    }

    pub fn call(&mut self, f: &Value, mut call: CallArgs, span: Span) -> Result<Value> {
        let (def, this) = match f {
            Value::UserFunction(uf) => return self.call_user(uf, call, span),
            Value::Class(c) => return classes::instantiate(self, c, call, span),
            Value::NamedClass(c) => return collections::instantiate(c, call),
            Value::Bound(b) => {
                call.positional.insert(0, (b.receiver.clone(), span));
                return self.call(&b.func, call, span);
            }
            Value::Descriptor(d) => match &**d {
                classes::Descriptor::Static(f) => return self.call(f, call, span),
                _ => {
                    return Err(Error::type_error(format!(
                        "'{}' object is not callable",
                        d.type_name()
                    )));
                }
            },
            Value::Instance(inst) => match inst.class.lookup("__call__") {
                Some(m) => {
                    call.positional.insert(0, (f.clone(), span));
                    return self.call(&m, call, span);
                }
                None => {
                    return Err(Error::type_error(format!(
                        "'{}' object is not callable",
                        f.type_name()
                    )));
                }
            },
            Value::Vectorize(v) => return self.call_vectorized(v, call, span),
            Value::Poly1d(p) => {
                let p = p.clone();
                let val = match (call.positional.len(), call.keywords.is_empty()) {
                    (1, true) => call.positional.remove(0).0,
                    _ => {
                        return Err(Error::type_error(
                            "poly1d.__call__() takes exactly one argument (val)",
                        ));
                    }
                };
                return polynomial::call(self, &p, val, span);
            }
            Value::PyUfunc(u) => return objarray::call(self, u, call, span),
            Value::Function(def)
                if datetime64::in_call(&call)
                    && !datetime64::is_own(def)
                    && !busday::is_own(def)
                    && catalog::numpy_functions().any(|f| std::ptr::eq(f, *def)) =>
            {
                return datetime64::numpy_call(self, def, call, span);
            }
            Value::Function(def)
                if objarray::in_call(&call, OBJECT_FOLDS.contains(&def.name))
                    && !matches!(def.name, "array" | "asarray")
                    && catalog::numpy_functions().any(|f| std::ptr::eq(f, *def)) =>
            {
                if objarray::BUILDERS.contains(&def.name) && objarray::asks_object(&call) {
                    return objarray::build(self, def, call, span);
                }
                if !OBJECT_FOLDS.contains(&def.name) {
                    return Err(objarray::unsupported(&format!("np.{}", def.name)).at(span));
                }
                return objarray::numpy_call(self, def, None, call, span);
            }
            Value::Partial(p) => return functional::call_partial(self, p, call, span),
            Value::Functor(f) => return functors::call(self, f, call, span),
            Value::Type(TypeObj::Exc(c)) => return self.make_exception(*c, call),
            // np.sum(m) and friends call m.sum(): the np.ma version.
            Value::Function(def)
                if matches!(def.owner, Owner::Numpy | Owner::NumpyC | Owner::NumpyArgs)
                    && call
                        .positional
                        .first()
                        .is_some_and(|(v, _)| masked::is_masked_value(v)) =>
            {
                (masked::dispatched(def).unwrap_or(*def), None)
            }
            Value::Function(def) => (*def, None),
            Value::Method(this, def) => match **this {
                // `np.float64.mro()`: a method of the class object itself.
                Value::Type(_) if std::ptr::eq(*def, &dtypeinfo::MRO) => {
                    (*def, Some((**this).clone()))
                }
                // `str.lower(w)`: the method taken from its type.
                Value::Type(t) => {
                    let this =
                        pymethods::bind_unbound(t, def, &mut call).map_err(|e| e.at(span))?;
                    (*def, Some(this))
                }
                Value::StrArray(ref sa) => return strarray::call_method(self, sa, def, call, span),
                Value::Time(_) | Value::TimeArray(_) => {
                    return datetime64::call_method(self, this, def, call, span);
                }
                Value::NpStr(ref t) => {
                    let sa = strarray::StrArray::new(vec![t.clone()], vec![], None);
                    let r = strarray::call_method(self, &sa, def, call, span)?;
                    return Ok(strarray::scalar_of(r));
                }
                Value::ObjArray(ref o) => return objarray::call_method(self, o, def, call, span),
                Value::Ufunc(u)
                    if matches!(def.name, "accumulate" | "reduce")
                        && objarray::in_call(&call, true) =>
                {
                    return objarray::numpy_call(self, def, Some(u), call, span);
                }
                _ => (*def, Some((**this).clone())),
            },
            Value::Ufunc(u) => {
                if datetime64::passes_time(&call)
                    && let Some(r) = datetime64::ufunc_call(u.name(), &call)
                {
                    return r.map_err(|e| e.at(span));
                }
                if let Some(r) = npstrings::ufunc_call(self, *u, &call, span) {
                    return r.map_err(|e| e.at(span));
                }
                numpy::logical_text_as_truth(*u, &mut call).map_err(|e| e.at(span))?;
                numpy::check_ufunc_call(*u, &call).map_err(|e| e.at(span))?;
                let def = if u.def().nin == 1 {
                    &catalog::UFUNC_CALL_UNARY
                } else {
                    &catalog::UFUNC_CALL
                };
                (def, Some(f.clone()))
            }
            Value::Alias(a) => {
                let class = typing::call_target(a).map_err(|e| e.at(span))?;
                return self.call(&class, call, span);
            }
            Value::Type(t) => match builtins::constructor(*t) {
                Some(def) => (def, Some(f.clone())),
                None => {
                    return Err(Error::type_error(format!(
                        "cannot create '{}' instances",
                        t.qualname()
                    )));
                }
            },
            Value::Plot(a) if pyplot::is_colormap(a) => {
                return Err(pyplot::colormap_call().at(span));
            }
            Value::Plot(a) if matches!(**a, pyplot::Artist::Formatter(_)) => {
                (&ticker::CALL, Some(f.clone()))
            }
            other => {
                return Err(Error::type_error(format!(
                    "'{}' object is not callable",
                    other.type_name()
                )));
            }
        };
        let args = table::bind(def, this, call, span)?;
        let location = match numpy_location(def) {
            Some(location) if !self.in_numpy => location,
            _ => return signals::catching(|| (def.imp)(self, &args)),
        };
        let earlier = take_warnings();
        self.in_numpy = true;
        let result = signals::catching(|| (def.imp)(self, &args));
        self.in_numpy = false;
        let raised = take_warnings();
        for w in earlier {
            crate::array::signals::restore(w);
        }
        for w in raised {
            // NumPy's ComplexWarning shows every time (checked against 2.4.6).
            if w.category != "RuntimeWarning"
                || w.at_caller
                || w.repeat == crate::array::signals::Repeat::Always
                || self.shown_once.insert((location, w.clone()))
            {
                crate::array::signals::restore(w);
            }
        }
        result
    }

    fn getitem(&mut self, v: &Value, index: &Value) -> Result<Value> {
        if let Some(r) = classes::special(self, v, "__getitem__", vec![index.clone()]) {
            return r;
        }
        match v {
            Value::StrArray(sa) => Ok(strarray::wrap(
                sa,
                numpy::getitem(&Value::Array(sa.codes.clone()), index)?,
            )),
            Value::TimeArray(_) => datetime64::getitem(v, index),
            Value::ObjArray(o) => Ok(objarray::wrap(
                o,
                numpy::getitem(&Value::Array(o.codes.clone()), index)?,
            )),
            Value::NpStr(_) => self.getitem(&strarray::as_py_str(v), index),
            Value::Masked(_) | Value::MaskedConstant => masked::getitem(v, index),
            Value::Array(_) | Value::Scalar(_) => numpy::getitem(v, index),
            Value::List(_) | Value::Tuple(_) | Value::Str(_) | Value::Range(_) => {
                builtins::getitem(v, index)
            }
            Value::NamedTuple(..) => builtins::getitem(&v.plain(), index),
            // matplotlib's lists of artists index as lists do.
            Value::Plot(a) if pyplot::items(a).is_some() => {
                builtins::getitem(&Value::list(pyplot::items(a).unwrap_or_default()), index)
            }
            Value::Deque(d) => collections::deque_getitem(&d.borrow(), index),
            Value::Dict(d) => {
                let found = userkeys::dict_get(self, d, index)?;
                match found {
                    Some(v) => Ok(v),
                    None => collections::missing(self, d, index),
                }
            }
            Value::Type(t) => typing::class_getitem(*t, index),
            Value::Alias(a) => typing::getitem(a, index),
            Value::IndexTrick(t) => shaping::index_trick(self, *t, index),
            Value::FlatIter(f) => flatiter::getitem(f, index),
            Value::Flags(f) => memory::getitem(f, index),
            Value::NdIter(it) => it.getitem(index),
            Value::Poly1d(p) => polynomial::getitem(self, &p.clone(), index),
            Value::ReMatch(m) => pyre::getitem(m, index),
            other => Err(Error::type_error(format!(
                "'{}' object is not subscriptable",
                other.type_name()
            ))),
        }
    }

    /// All items of an iterable, for `*args`, `list(x)` and unpacking.
    pub fn iterate(&mut self, v: &Value) -> Result<Vec<Value>> {
        let mut it = PyIter::new(v)?;
        let mut out = Vec::new();
        out.try_reserve_exact(it.size_hint())
            .map_err(|_| Error::new(Exc::MemoryError, ""))?;
        while let Some(x) = it.next_item(self)? {
            out.push(x);
        }
        Ok(out)
    }

    /// Python's `needle in haystack`, stopping at the first match.
    fn contains(&mut self, haystack: &Value, needle: &Value) -> Result<bool> {
        if let Some(r) = classes::special(self, haystack, "__contains__", vec![needle.clone()]) {
            let r = r?;
            return self.truthy(&r);
        }
        match (haystack, needle) {
            (Value::Range(r), Value::Int(n)) => {
                return Ok(n.to_i64().is_some_and(|n| iter::range_contains(r, n)));
            }
            (Value::Range(r), Value::Bool(b)) => return Ok(iter::range_contains(r, *b as i64)),
            (Value::Str(h), Value::Str(n)) => return Ok(h.contains(&**n)),
            (Value::Str(_), other) => {
                return Err(Error::type_error(format!(
                    "'in <string>' requires string as left operand, not {}",
                    other.type_name()
                )));
            }
            (Value::Dict(d) | Value::DictView(d, dict::View::Keys), _) => {
                return Ok(userkeys::dict_get(self, d, needle)?.is_some());
            }
            (Value::Set(s), _) => {
                // CPython retries an unhashable set as a frozenset.
                if let Value::Set(n) = needle
                    && !n.borrow().frozen
                {
                    let mut f = n.borrow().clone();
                    f.frozen = true;
                    return s.borrow().contains(&pyset::value(f));
                }
                return userkeys::set_contains(self, s, needle);
            }
            (Value::DictView(d, dict::View::Items), Value::Tuple(pair)) if pair.len() == 2 => {
                let found = userkeys::dict_get(self, d, &pair[0])?;
                return Ok(match found {
                    Some(v) => {
                        let eq = self.compare(CmpOp::Eq, &v, &pair[1])?;
                        self.truthy(&eq)?
                    }
                    None => false,
                });
            }
            (Value::Array(_), _) => {
                let eq = numpy::compare(CmpOp::Eq, haystack, needle)?;
                return numpy::any(&eq);
            }
            _ => {}
        }
        let mut it = searched(haystack)?;
        while let Some(item) = it.next_item(self)? {
            let eq = self.compare(CmpOp::Eq, &item, needle)?;
            if self.truthy(&eq)? {
                return Ok(true);
            }
        }
        Ok(false)
    }

    pub fn truthy(&mut self, v: &Value) -> Result<bool> {
        match v {
            Value::Instance(_) => {
                if let Some(r) = classes::special(self, v, "__bool__", vec![]) {
                    return match r? {
                        Value::Bool(b) => Ok(b),
                        other => Err(Error::type_error(format!(
                            "__bool__ should return bool, returned {}",
                            other.type_name()
                        ))),
                    };
                }
                classes::len(self, v).map_or(Ok(true), |n| Ok(n? > 0))
            }
            Value::StrArray(sa) => match sa.size() {
                1 => Ok(!sa.get_flat(0).is_empty()),
                _ => numpy::truthy(&Value::Array(sa.codes.clone())),
            },
            // A one-element object array is as true as its object.
            Value::ObjArray(o) => match objarray::single(o) {
                Some(x) => self.truthy(&x),
                None => numpy::truthy(&Value::Array(o.codes.clone())),
            },
            Value::NpStr(s) => Ok(!s.is_empty()),
            Value::Time(t) => Ok(datetime64::truthy(t)),
            Value::Array(_) | Value::Scalar(_) => numpy::truthy(v),
            Value::Masked(_) | Value::MaskedConstant => masked::truthy(v),
            other => pyops::truthy(other),
        }
    }

    pub(super) fn unary(&mut self, op: UnaryOp, v: &Value) -> Result<Value> {
        if let Value::Time(_) | Value::TimeArray(_) = v {
            return match op {
                UnaryOp::Invert => Err(datetime64::not_numeric()),
                _ => datetime64::unary(Some(op == UnaryOp::Neg), v),
            };
        }
        if let Value::ObjArray(o) = v {
            return reentry::nested("", || objarray::map(o, &mut |x| self.unary(op, x)));
        }
        if let Value::StrArray(_) = v {
            let u = match op {
                UnaryOp::Neg => crate::array::Ufunc::Negative,
                UnaryOp::Pos => crate::array::Ufunc::Positive,
                UnaryOp::Invert => crate::array::Ufunc::Invert,
            };
            return Err(u.text_input_error());
        }
        if let Value::Instance(_) = v {
            let name = match op {
                UnaryOp::Neg => "__neg__",
                UnaryOp::Pos => "__pos__",
                UnaryOp::Invert => "__invert__",
            };
            if let Some(r) = classes::special(self, v, name, vec![]) {
                return r;
            }
        }
        if masked::is_masked_value(v) {
            return masked::unary(op, v);
        }
        if let Value::Poly1d(p) = v
            && op != UnaryOp::Invert
        {
            return polynomial::unary(self, p, op == UnaryOp::Neg, v);
        }
        if let Value::Fraction(f) = v {
            return match op {
                UnaryOp::Neg => Ok(fractions::negate(f)),
                UnaryOp::Pos => Ok(v.clone()),
                UnaryOp::Invert => Err(Error::type_error(
                    "bad operand type for unary ~: 'Fraction'",
                )),
            };
        }
        if let Value::PyTime(t) = v
            && op != UnaryOp::Invert
        {
            let r = if op == UnaryOp::Neg {
                pydatetime::negate(t)
            } else {
                matches!(**t, pydatetime::PyTime::Delta(_)).then(|| Ok(v.clone()))
            };
            if let Some(r) = r {
                return r;
            }
        }
        if let Value::Decimal(d) = v {
            return match op {
                UnaryOp::Invert => Err(Error::type_error(
                    "bad operand type for unary ~: 'decimal.Decimal'",
                )),
                _ => decimal::unary(d, op == UnaryOp::Neg),
            };
        }
        if matches!(v, Value::Array(_) | Value::Scalar(_)) {
            return signals::catching(|| numpy::unary(op, v));
        }
        let bad = || {
            let sym = match op {
                UnaryOp::Neg => "-",
                UnaryOp::Pos => "+",
                UnaryOp::Invert => "~",
            };
            Error::type_error(format!(
                "bad operand type for unary {sym}: '{}'",
                v.type_name()
            ))
        };
        if let (UnaryOp::Invert, Value::ReFlag(f)) = (op, v) {
            return Ok(Value::ReFlag(pyre::flag_invert(*f)));
        }
        Ok(match (op, pyops::as_num(v)) {
            (UnaryOp::Neg, Some(pyops::Num::Int(i))) => Value::Int(-i),
            (UnaryOp::Neg, Some(pyops::Num::Float(f))) => Value::Float(-f),
            (UnaryOp::Neg, Some(pyops::Num::Complex(c))) => Value::Complex(-c),
            (UnaryOp::Pos, Some(pyops::Num::Int(i))) => Value::Int(i),
            (UnaryOp::Pos, Some(pyops::Num::Float(f))) => Value::Float(f),
            (UnaryOp::Pos, Some(pyops::Num::Complex(c))) => Value::Complex(c),
            (UnaryOp::Invert, Some(pyops::Num::Int(i))) => Value::Int(!i),
            _ => return Err(bad()),
        })
    }

    pub fn binary(&mut self, op: crate::syntax::ast::BinOp, a: &Value, b: &Value) -> Result<Value> {
        if matches!(a, Value::NamedTuple(..)) || matches!(b, Value::NamedTuple(..)) {
            return self.binary(op, &a.plain(), &b.plain());
        }
        if matches!(a, Value::StrArray(_)) || matches!(b, Value::StrArray(_)) {
            if let Some(r) = npstrings::operator(self, op, a, b) {
                return r;
            }
            return Err(numpy::text_operator_error(op, a, b));
        }
        if let Some(pair) = datetime64::with_python_object(a, b, Some(op)) {
            let (x, y) = pair?;
            return self.binary(op, &x, &y);
        }
        if datetime64::involved(a, b) {
            return datetime64::binary(op, a, b);
        }
        if let Some(e) = typing::union_refusal(op, a, b) {
            return Err(e);
        }
        if objarray::involved(a, b) {
            return reentry::nested("", || objarray::binary(self, op, a, b));
        }
        // `'%d' % np.str_('1')`: the formatted value keeps its type, which
        // str.__mod__'s messages name.
        if let (crate::syntax::ast::BinOp::Mod, Value::Str(template) | Value::NpStr(template)) =
            (op, a)
        {
            return format::percent(self, template, b);
        }
        if matches!(a, Value::NpStr(_)) || matches!(b, Value::NpStr(_)) {
            return self.binary(op, &strarray::as_py_str(a), &strarray::as_py_str(b));
        }
        // str.__mod__ is tried first, whatever the right operand is.
        if let (crate::syntax::ast::BinOp::Mod, Value::Str(template)) = (op, a) {
            return format::percent(self, template, b);
        }
        if let Some(r) = classes::binary(self, op, a, b) {
            return r;
        }
        if let Some(r) = collections::counter_binary(self, op, a, b) {
            return r;
        }
        if polynomial::involved(a, b) {
            return polynomial::binary(self, op, a, b, Span::default());
        }
        if fractions::involved(a, b) {
            return fractions::binary(op, a, b);
        }
        if decimal::involved(a, b) {
            return decimal::binary(op, a, b);
        }
        if pydatetime::involved(a, b) && !numpy::is_numpy(a) && !numpy::is_numpy(b) {
            return pydatetime::binary(op, a, b);
        }
        if masked::is_masked_value(a) || masked::is_masked_value(b) {
            return masked::binary(op, a, b);
        }
        if pyops::scalar_repeats(op, a, b) {
            return pyops::binary(op, a, b);
        }
        if numpy::is_numpy(a) || numpy::is_numpy(b) {
            return signals::catching(|| numpy::binary(op, a, b));
        }
        if op == crate::syntax::ast::BinOp::BitOr
            && let Some(r) = userkeys::dict_or(self, a, b)
        {
            return r;
        }
        if let Some((a, b)) = userkeys::set_operands(self, a, b)? {
            return pyops::binary(op, &a, &b);
        }
        pyops::binary(op, a, b)
    }

    fn compare(&mut self, op: CmpOp, a: &Value, b: &Value) -> Result<Value> {
        // CPython's one recursion counter: the frames under way (the
        // module's too) count with the comparison's levels.
        let _frames = reentry::frames_under(self.depth + 1);
        self.compare_values(op, a, b)
    }

    fn compare_values(&mut self, op: CmpOp, a: &Value, b: &Value) -> Result<Value> {
        match op {
            CmpOp::Is => return Ok(Value::Bool(identical(a, b))),
            CmpOp::IsNot => return Ok(Value::Bool(!identical(a, b))),
            CmpOp::In | CmpOp::NotIn => {
                let found = self.contains(b, a)?;
                return Ok(Value::Bool(found == (op == CmpOp::In)));
            }
            _ => {}
        }
        if let Some(r) = classes::compare(self, op, a, b) {
            return r;
        }
        if let Some(r) = classes::sequences(self, op, a, b) {
            return r;
        }
        if let Some(r) = functors::compare(self, op, a, b) {
            return r;
        }
        if let Some(r) = polynomial::compare(self, op, a, b) {
            return r;
        }
        if let Some(r) = collections::counter_compare(self, op, a, b) {
            return r;
        }
        // flatiter's richcompare compares its elements as a 1-d array.
        if let Value::FlatIter(f) = a {
            return self.compare(op, &flatiter::getitem(f, &Value::Ellipsis)?, b);
        }
        if let Value::FlatIter(f) = b {
            return self.compare(op, a, &flatiter::getitem(f, &Value::Ellipsis)?);
        }
        if matches!(a, Value::NamedTuple(..)) || matches!(b, Value::NamedTuple(..)) {
            return self.compare(op, &a.plain(), &b.plain());
        }
        if let (Some(eq), CmpOp::Eq | CmpOp::Ne) = (datetime64::dtype_eq(a, b), op) {
            return Ok(Value::Bool(eq == (op == CmpOp::Eq)));
        }
        if let Some(pair) = datetime64::with_python_object(a, b, None) {
            let (x, y) = pair?;
            return self.compare(op, &x, &y);
        }
        if datetime64::involved(a, b) {
            return datetime64::compare(op, a, b);
        }
        if matches!(a, Value::StrArray(_)) || matches!(b, Value::StrArray(_)) {
            if let Some(r) = strarray::compare(op, a, b)? {
                return Ok(r);
            }
            if let Some(e) = numpy::text_order_error(op, a, b) {
                return Err(e);
            }
            if let Some(r) = numpy::text_equality(op, a, b) {
                return r;
            }
        }
        if matches!(a, Value::NpStr(_)) || matches!(b, Value::NpStr(_)) {
            if let Some(e) = numpy::str_scalar_order_error(op, a, b) {
                return Err(e);
            }
            return self.compare(op, &strarray::as_py_str(a), &strarray::as_py_str(b));
        }
        if masked::is_masked_value(a) || masked::is_masked_value(b) {
            return masked::compare(op, a, b);
        }
        if objarray::involved(a, b) {
            return objarray::compare(self, op, a, b);
        }
        if numpy::is_numpy(a) || numpy::is_numpy(b) {
            return numpy::compare(op, a, b);
        }
        if let (Some(eq), CmpOp::Eq | CmpOp::Ne) = (userkeys::dict_equal(self, a, b), op) {
            return Ok(Value::Bool(eq? == (op == CmpOp::Eq)));
        }
        let rekeyed = userkeys::rekeyed(self, a, b)?;
        let b = rekeyed.as_ref().unwrap_or(b);
        Ok(match op {
            CmpOp::Eq => Value::Bool(pyops::try_equal(a, b)?),
            CmpOp::Ne => Value::Bool(!pyops::try_equal(a, b)?),
            _ => pyops::order_value(op, a, b)?,
        })
    }

    fn assign(&mut self, target: &Expr, v: Value) -> Result<()> {
        match &target.kind {
            ExprKind::Name(n) => {
                self.bind_name(n, v);
                Ok(())
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                let values = self.iterate(&v).map_err(|_| {
                    Error::type_error(format!(
                        "cannot unpack non-iterable {} object",
                        v.type_name()
                    ))
                })?;
                if let Some(star) = items
                    .iter()
                    .position(|t| matches!(t.kind, ExprKind::Starred(_)))
                {
                    return self.assign_starred(target, items, star, values);
                }
                if values.len() != items.len() {
                    let msg = if values.len() > items.len() {
                        format!("too many values to unpack (expected {})", items.len())
                    } else {
                        format!(
                            "not enough values to unpack (expected {}, got {})",
                            items.len(),
                            values.len()
                        )
                    };
                    return Err(Error::value_error(msg).at(target.span));
                }
                for (t, x) in items.iter().zip(values) {
                    self.assign(t, x)?;
                }
                Ok(())
            }
            ExprKind::Subscript(obj, index) => {
                let container = self.eval(obj)?;
                let i = self.eval(index)?;
                self.setitem(&container, &i, v)
                    .map_err(|e| e.at(target.span))
            }
            ExprKind::Attribute(obj, name) => {
                let o = self.eval(obj)?;
                self.set_attribute(&o, &name.name, v)
                    .map_err(|e| e.at(target.span))
            }
            _ => Err(Error::syntax("cannot assign to expression", target.span)),
        }
    }

    /// `obj.name = v`: session objects and classes take any attribute.
    pub(super) fn set_attribute(&mut self, obj: &Value, name: &str, v: Value) -> Result<()> {
        if let Value::Flags(f) = obj {
            return memory::setattr(f, name, &v);
        }
        if let Value::NdIter(_) = obj {
            return Err(nditer::setattr(name));
        }
        if let Value::Array(a) = obj
            && let Some(r) = memory::set_array_attr(self, a, name, &v)
        {
            return r;
        }
        if let (Value::Array(_) | Value::StrArray(_) | Value::ObjArray(_), "flat") = (obj, name) {
            let Value::FlatIter(f) = flatiter::of(obj) else {
                unreachable!("of gives a flatiter")
            };
            return flatiter::setitem(&f, None, &v);
        }
        if let Value::Scalar(_) | Value::NpStr(_) = obj {
            return Err(memory::set_scalar_attr(&obj.type_name(), name));
        }
        if let Value::PyTime(t) = obj {
            return Err(pydatetime::setattr(t, name));
        }
        if let Value::Slice(parts) = obj {
            return Err(Error::attribute_error(match pyslice::attr(parts, name) {
                Some(_) => "readonly attribute".to_string(),
                None => format!("'slice' object has no attribute '{name}'"),
            }));
        }
        classes::setattr(self, obj, name, v).unwrap_or_else(|| {
            Err(Error::attribute_error(format!(
                "npcalc cannot set attribute '{name}' of '{}' objects",
                obj.type_name()
            )))
        })
    }

    /// `a, *rest, z = values`: the starred target takes a list of what the
    /// others leave.
    fn assign_starred(
        &mut self,
        target: &Expr,
        items: &[Expr],
        star: usize,
        mut values: Vec<Value>,
    ) -> Result<()> {
        let fixed = items.len() - 1;
        if values.len() < fixed {
            return Err(Error::value_error(format!(
                "not enough values to unpack (expected at least {fixed}, got {})",
                values.len()
            ))
            .at(target.span));
        }
        let after = values.split_off(values.len() - (fixed - star));
        let middle = values.split_off(star);
        for (t, x) in items[..star].iter().zip(values) {
            self.assign(t, x)?;
        }
        let ExprKind::Starred(inner) = &items[star].kind else {
            unreachable!("position found a starred target")
        };
        self.assign(inner, Value::list(middle))?;
        for (t, x) in items[star + 1..].iter().zip(after) {
            self.assign(t, x)?;
        }
        Ok(())
    }

    fn setitem(&mut self, container: &Value, index: &Value, v: Value) -> Result<()> {
        if let Some(r) = classes::special(
            self,
            container,
            "__setitem__",
            vec![index.clone(), v.clone()],
        ) {
            return r.map(|_| ());
        }
        match container {
            Value::StrArray(sa) => numpy::setitem(&sa.codes, index, &strarray::codes_for(sa, &v)?),
            Value::TimeArray(t) => datetime64::setitem(t, index, &v),
            Value::Array(a) => numpy::setitem(a, index, &v),
            Value::Poly1d(p) => polynomial::setitem(self, &p.clone(), index, v),
            Value::Masked(m) => masked::setitem(m, index, &v),
            Value::List(l) => builtins::list_setitem(self, l, index, v),
            Value::Dict(d) => userkeys::dict_insert(self, d, index.clone(), v),
            Value::FlatIter(f) => flatiter::setitem(f, Some(index), &v),
            Value::Flags(f) => memory::setitem(f, index, &v),
            Value::ObjArray(o) => objarray::setitem(o, index, &v),
            other => Err(Error::type_error(format!(
                "'{}' object does not support item assignment",
                other.type_name()
            ))),
        }
    }

    fn aug_assign(
        &mut self,
        target: &Expr,
        op: crate::syntax::ast::BinOp,
        value: &Expr,
    ) -> Result<()> {
        // The container and index (or object) are evaluated once and kept
        // for the store, as CPython's bytecode does: `c[f()] += 1` calls f once.
        enum Place<'a> {
            Name(&'a str),
            Item(Value, Value),
            Attr(Value, &'a str),
        }
        let place = match &target.kind {
            ExprKind::Name(n) => Place::Name(n),
            ExprKind::Subscript(obj, index) => Place::Item(self.eval(obj)?, self.eval(index)?),
            ExprKind::Attribute(obj, name) => {
                Place::Attr(self.eval_receiver(obj, &name.name)?, &name.name)
            }
            _ => {
                return Err(Error::syntax(
                    "'expression' is an illegal expression for augmented assignment",
                    target.span,
                ));
            }
        };
        let current = match &place {
            Place::Name(n) => self.lookup(n),
            Place::Item(c, i) => self.getitem(c, i),
            Place::Attr(o, n) => self.getattr(o, n),
        }
        .map_err(|e| e.at(target.span))?;
        let rhs = self.eval(value)?;
        // Arrays are updated in place, as NumPy's `a += x` is (an advanced
        // index, or any index of a flatiter, selects a copy: compute, then
        // assign back).
        let copied = matches!(&place, Place::Item(c, i)
            if matches!(c, Value::FlatIter(_)) || numpy::is_advanced_index(i));
        let (result, in_place) = self
            .inplace_binary(op, &current, &rhs)
            .map_err(|e| e.at(target.span.to(value.span)))?;
        // Python's `a[idx] += x` is `t = a[idx]; t += x; a[idx] = t`: only
        // an advanced index's copy, changed in place, needs storing back. An
        // attribute is always set again (`a.T += 1` changes `a`, then raises:
        // `T` is read-only).
        if in_place && !copied && !matches!(place, Place::Attr(..)) {
            // The store back changes no value, but it is still a write
            // into the container (a broadcast_arrays view warns on it).
            if let Place::Item(Value::Array(c), _) = &place {
                c.check_writeable("assignment destination")
                    .map_err(|e| e.at(target.span))?;
            }
            return Ok(());
        }
        match place {
            Place::Name(n) => {
                self.bind_name(n, result);
                Ok(())
            }
            Place::Item(c, i) => self.setitem(&c, &i, result),
            Place::Attr(o, n) => self.set_attribute(&o, n, result),
        }
        .map_err(|e| e.at(target.span))
    }

    /// Python's in-place operator, `a op= b` and `operator.iadd(a, b)`:
    /// arrays, lists, dicts and sets change in place and are returned
    /// (with `true` for an array or masked array); other values get the
    /// plain operator's result. A TypeError names the in-place operator.
    pub fn inplace_binary(
        &mut self,
        op: crate::syntax::ast::BinOp,
        current: &Value,
        rhs: &Value,
    ) -> Result<(Value, bool)> {
        // Arrays and masked arrays (for the operators MaskedArray has an
        // in-place method for) are updated in place.
        let in_place = match current {
            Value::Array(a) => numpy::binary_inplace(op, a, rhs).map(|()| true),
            Value::Masked(m) => masked::binary_inplace(op, m, rhs),
            Value::ObjArray(o) => {
                reentry::nested("", || objarray::binary_inplace(self, op, o, rhs)).map(|()| true)
            }
            _ => Ok(false),
        }?;
        if in_place {
            return Ok((current.clone(), true));
        }
        // A list's `+=` is list.extend (any iterable, the same object), so
        // every alias of the list sees the new items, as in CPython.
        if let (Value::List(l), crate::syntax::ast::BinOp::Add) = (current, op) {
            let items = self.iterate(rhs)?;
            l.borrow_mut().extend(items);
            return Ok((current.clone(), false));
        }
        // A dict's `|=` is dict.update, in place.
        if let (Value::Dict(d), crate::syntax::ast::BinOp::BitOr) = (current, op) {
            dict::merge(self, d, Some(rhs.clone()), Value::None)?;
            return Ok((current.clone(), false));
        }
        // A set's `|=`, `&=`, `-=`, `^=` change it in place.
        if let Value::Set(s) = current
            && let Some(r) = pyset::inplace(self, op, s, rhs)
        {
            r?;
            return Ok((current.clone(), false));
        }
        let result = match classes::inplace(self, op, current, rhs) {
            Some(r) => r,
            None => self.binary(op, current, rhs),
        };
        result
            .map_err(|mut e| {
                // CPython names the in-place operator: `for +=: 'int' and 'list'`.
                let name = |inplace| pyops::operator_name(op, inplace);
                let plain = format!("unsupported operand type(s) for {}:", name(false));
                if e.class == Exc::TypeError && e.message.starts_with(&plain) {
                    e.message = e.message.replacen(
                        &plain,
                        &format!("unsupported operand type(s) for {}:", name(true)),
                        1,
                    );
                }
                e
            })
            .map(|v| (v, false))
    }
}

/// An I/O error in Python's words: `BrokenPipeError: [Errno 32] Broken pipe`.
pub fn os_error(e: &std::io::Error) -> Error {
    let class = match e.kind() {
        std::io::ErrorKind::BrokenPipe => Exc::BrokenPipeError,
        _ => Exc::OSError,
    };
    let text = e.to_string();
    // Rust says "Broken pipe (os error 32)"; Python "[Errno 32] Broken pipe".
    let message = match (e.raw_os_error(), text.rsplit_once(" (os error ")) {
        (Some(n), Some((msg, _))) => format!("[Errno {n}] {msg}"),
        _ => text,
    };
    Error::new(class, message)
}

/// How CPython names a callable in `**` unpacking errors: module-qualified
/// for functions defined in Python, bare for builtins.
fn call_label(f: &Value) -> String {
    match f {
        Value::UserFunction(uf) => fnattrs::function_str(uf),
        Value::Function(def) | Value::Method(_, def) => match def.owner {
            Owner::Numpy | Owner::NumpyC | Owner::NumpyArgs => format!("numpy.{}", def.name),
            _ => def.name.to_string(),
        },
        Value::Ufunc(u) => u.name().to_string(),
        other => other.type_name(),
    }
}

/// Where inside numpy a Python-level function's warnings are raised (the
/// line Python's warning registry keys on), or None for C-level callables,
/// whose warnings belong to the caller's line.
fn numpy_location(def: &FnDef) -> Option<&'static str> {
    // ndarray methods that NumPy forwards to numpy/_core/_methods.py warn
    // from there (np.mean and a.mean share `_mean`; a.sum is `_sum`, not
    // np.sum's `_wrapreduction`).
    if def.owner == Owner::MethodPy {
        return match def.name {
            "sum" => Some("_methods._sum"),
            "prod" => Some("_methods._prod"),
            "max" => Some("_methods._amax"),
            "min" => Some("_methods._amin"),
            "mean" | "std" | "var" => Some(def.name),
            _ => None,
        };
    }
    if def.owner != Owner::Numpy {
        return None;
    }
    Some(match def.name {
        // nancumsum/nancumprod call np.cumsum/np.cumprod once the NaNs are replaced.
        "cumsum" | "cumprod" | "nancumsum" | "nancumprod" | "reshape" | "transpose" => {
            "fromnumeric._wrapfunc"
        }
        "cumulative_sum" | "cumulative_prod" => "fromnumeric._cumulative_func",
        // nansum/nanprod call np.sum/np.prod once the NaNs are zeroed.
        "sum" | "prod" | "min" | "max" | "nansum" | "nanprod" => "fromnumeric._wrapreduction",
        other => other,
    })
}

/// Python's `is` for the values where identity is observable in npcalc.
/// An iterator over what `in` (and `operator.countOf`) searches, with
/// the error CPython's `_PySequence_IterSearch` gives.
pub(super) fn searched(haystack: &Value) -> Result<PyIter> {
    PyIter::new(haystack).map_err(|_| {
        Error::type_error(format!(
            "argument of type '{}' is not iterable",
            haystack.type_name()
        ))
    })
}

pub(super) fn identical(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::None, Value::None) | (Value::Ellipsis, Value::Ellipsis) => true,
        (Value::MaskedConstant, Value::MaskedConstant) => true,
        (Value::Masked(x), Value::Masked(y)) => std::rc::Rc::ptr_eq(x, y),
        (Value::Bool(x), Value::Bool(y)) => x == y,
        // CPython keeps one object per int in [-5, 256] (its small-int
        // cache), which every int result in that range is; npcalc's ints are
        // values, so any other pair is taken as distinct objects.
        (Value::Int(x), Value::Int(y)) => {
            x == y && (-5..=256).contains(&x.to_i64().unwrap_or(i64::MAX))
        }
        (Value::List(x), Value::List(y)) => std::rc::Rc::ptr_eq(x, y),
        (Value::Tuple(x), Value::Tuple(y)) => std::rc::Rc::ptr_eq(x, y),
        (Value::NamedTuple(_, x), Value::NamedTuple(_, y)) => std::rc::Rc::ptr_eq(x, y),
        (Value::Dict(x), Value::Dict(y)) => std::rc::Rc::ptr_eq(x, y),
        (Value::Set(x), Value::Set(y)) => std::rc::Rc::ptr_eq(x, y),
        (Value::Deque(x), Value::Deque(y)) => std::rc::Rc::ptr_eq(x, y),
        (Value::StringIo(x), Value::StringIo(y)) => std::rc::Rc::ptr_eq(x, y),
        (Value::RePattern(x), Value::RePattern(y)) => std::rc::Rc::ptr_eq(x, y),
        (Value::ReMatch(x), Value::ReMatch(y)) => std::rc::Rc::ptr_eq(x, y),
        (Value::Plot(x), Value::Plot(y)) => std::rc::Rc::ptr_eq(x, y),
        (Value::PyTime(x), Value::PyTime(y)) => std::rc::Rc::ptr_eq(x, y),
        // `type(d) is date`: the class npcalc keeps as its constructor.
        (Value::Type(TypeObj::Named(n)), Value::Function(f))
        | (Value::Function(f), Value::Type(TypeObj::Named(n))) => {
            pydatetime::class_name(f) == Some(*n)
        }
        (Value::FlatIter(x), Value::FlatIter(y)) => std::rc::Rc::ptr_eq(x, y),
        (Value::Ufunc(x), Value::Ufunc(y)) => x == y,
        (Value::Class(x), Value::Class(y)) => std::rc::Rc::ptr_eq(x, y),
        (Value::Instance(x), Value::Instance(y)) => std::rc::Rc::ptr_eq(x, y),
        (Value::Iter(x, _), Value::Iter(y, _)) => std::rc::Rc::ptr_eq(x, y),
        (Value::Array(x), Value::Array(y)) => x.is(y),
        (Value::ObjArray(x), Value::ObjArray(y)) => x.codes.is(&y.codes),
        (Value::PyUfunc(x), Value::PyUfunc(y)) => std::rc::Rc::ptr_eq(x, y),
        (Value::Type(x), Value::Type(y)) => x == y,
        (Value::Module(x), Value::Module(y)) => x == y,
        // typing caches its aliases, so `List[int] is List[int]`; a subscripted
        // class is a new object each time.
        (Value::Alias(x), Value::Alias(y)) => {
            std::rc::Rc::ptr_eq(x, y)
                || (matches!(x.origin, typing::Origin::Typing(_)) && typing::equal(x, y))
        }
        (Value::Function(x), Value::Function(y)) => std::ptr::eq(*x, *y),
        (Value::UserFunction(x), Value::UserFunction(y)) => std::rc::Rc::ptr_eq(x, y),
        (Value::Partial(x), Value::Partial(y)) => std::rc::Rc::ptr_eq(x, y),
        (Value::Functor(x), Value::Functor(y)) => std::rc::Rc::ptr_eq(x, y),
        (Value::Feature(x), Value::Feature(y)) => std::ptr::eq(*x, *y),
        (Value::Vectorize(x), Value::Vectorize(y)) => std::rc::Rc::ptr_eq(x, y),
        (Value::NdIter(x), Value::NdIter(y)) => std::rc::Rc::ptr_eq(x, y),
        (Value::Poly1d(x), Value::Poly1d(y)) => std::rc::Rc::ptr_eq(x, y),
        (Value::DType(x), Value::DType(y)) => x == y,
        (Value::IInfo(x), Value::IInfo(y)) => std::rc::Rc::ptr_eq(x, y),
        (Value::Random(x), Value::Random(y)) => x.same_object(y),
        // NumPy caches one finfo object per float dtype.
        (Value::FInfo(x), Value::FInfo(y)) => x.dtype == y.dtype,
        _ => false,
    }
}

/// A named tuple's field by name, and its class's `_fields`.
fn named_getattr(k: &value::NamedKind, items: &[Value], name: &str) -> Result<Value> {
    if let Some(i) = k.fields.iter().position(|f| *f == name) {
        return Ok(items[i].clone());
    }
    if name == "_fields" {
        return Ok(Value::tuple(
            k.fields.iter().map(|f| Value::str(f)).collect(),
        ));
    }
    Err(Error::new(
        Exc::AttributeError,
        format!("'{}' object has no attribute '{name}'", k.name()),
    ))
}
