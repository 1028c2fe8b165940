//! Python's `eval` and `exec`: code in a string, parsed by npcalc's own
//! parser and run by its interpreter in the namespaces CPython gives it
//! (Python/bltinmodule.c's `builtin_eval_impl` and `builtin_exec_impl`).
//! `timeit` runs its strings through the same door (eval/pytime.rs).

use super::Interp;
use super::dict::DictRef;
use super::exec::{Flow, traceback_entry};
use super::function::{Scope, names_in_order};
use super::table::{Args, FnDef, builtin, p};
use super::value::{Module, Value};
use crate::error::{Error, Exc, Frame, Located, Result, Span};
use crate::syntax::ast::{Expr, Stmt, StmtKind};
use std::collections::HashMap;
use std::rc::Rc;

const SOURCE: super::Param = p!(PositionalOnly "source", "The code, as a string.");
const GLOBALS: super::Param = p!(PositionalOnly "globals" = "None", "A dict for the code's global names (default: the caller's).");
const LOCALS: super::Param =
    p!(PositionalOnly "locals" = "None", "A dict for its local names (default: globals).");

pub static CODE_BUILTINS: &[FnDef] = &[
    builtin!(
        "eval",
        [SOURCE, GLOBALS, LOCALS],
        "Evaluates the expression in a string and returns its value.",
        ["eval('1 + 2')", "eval('x * 2', {'x': 21})"],
        eval
    ),
    builtin!(
        "exec",
        [SOURCE, GLOBALS, LOCALS],
        "Runs the statements in a string; returns None.",
        ["exec('y = 3')", "exec('z = 1', {})"],
        exec
    ),
    builtin!(
        "compile",
        [
            p!(Normal "source", "The code, as a string."),
            p!(Normal "filename", "The file name tracebacks show for it."),
            p!(Normal "mode", "'exec' for statements, 'eval' for one expression."),
            p!(Normal "flags" = "0", "Not supported by npcalc."),
            p!(Normal "dont_inherit" = "False", "Not supported by npcalc."),
            p!(Normal "optimize" = "-1", "Not supported by npcalc.")
        ],
        "Checks code in a string and returns a code object for eval() or exec().",
        ["c = compile('1 + 2', '<calc>', 'eval')", "eval(c)"],
        compile
    ),
];

/// What the code in the string must be: one expression, or statements.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Mode {
    Eval,
    Exec,
}

/// The namespaces code in a string runs in; None for the caller's own.
#[derive(Default)]
pub(super) struct Namespaces {
    pub globals: Option<DictRef>,
    pub locals: Option<DictRef>,
}

fn eval(it: &mut Interp, args: &Args) -> Result<Value> {
    run_builtin(it, args, Mode::Eval)
}

fn exec(it: &mut Interp, args: &Args) -> Result<Value> {
    run_builtin(it, args, Mode::Exec)
}

fn run_builtin(it: &mut Interp, args: &Args, mode: Mode) -> Result<Value> {
    let name = match mode {
        Mode::Eval => "eval",
        Mode::Exec => "exec",
    };
    let ns = namespaces(mode, args.get("globals"), args.get("locals"))?;
    if let Value::Code(code) = args.get("source") {
        let v = it.run_code(&code.source, &code.file, code.mode, &ns)?;
        return Ok(if mode == Mode::Eval { v } else { Value::None });
    }
    let Value::Str(source) = args.get("source") else {
        return Err(Error::type_error(format!(
            "{name}() arg 1 must be a string, bytes or code object"
        )));
    };
    // CPython skips leading spaces and tabs of eval's string (not exec's).
    let source = match mode {
        Mode::Eval => source.trim_start_matches([' ', '\t']),
        Mode::Exec => &source,
    };
    it.run_code(source, "<string>", mode, &ns)
}

/// `compile(source, filename, mode)`: the code is checked now, as CPython
/// compiles it, and kept for `eval`/`exec` to run.
fn compile(_: &mut Interp, args: &Args) -> Result<Value> {
    for name in ["flags", "dont_inherit", "optimize"] {
        if args.given(name) {
            let message = format!("npcalc does not support compile's {name} argument");
            return Err(Error::new(Exc::NotImplementedError, message));
        }
    }
    let Value::Str(source) = args.get("source") else {
        return Err(Error::type_error(
            "compile() arg 1 must be a string, bytes or AST object",
        ));
    };
    let file = match args.get("filename") {
        Value::Str(f) => f,
        other => {
            return Err(Error::type_error(format!(
                "expected str, bytes or os.PathLike object, not {}",
                other.type_name()
            )));
        }
    };
    let mode = match args.get("mode") {
        Value::Str(m) if &*m == "exec" => Mode::Exec,
        Value::Str(m) if &*m == "eval" => Mode::Eval,
        Value::Str(m) if &*m == "single" => {
            return Err(Error::new(
                Exc::NotImplementedError,
                "npcalc does not support compile's 'single' mode",
            ));
        }
        Value::Str(_) => {
            return Err(Error::value_error(
                "compile() mode must be 'exec', 'eval' or 'single'",
            ));
        }
        other => {
            return Err(Error::type_error(format!(
                "compile() argument 'mode' must be str, not {}",
                other.type_name()
            )));
        }
    };
    let stmts = crate::syntax::parse(&source).map_err(|e| located(e, &source, &file, mode))?;
    if mode == Mode::Eval {
        expression(&source, &file, &stmts)?;
    }
    Ok(Value::Code(Rc::new(CodeObj { source, file, mode })))
}

/// The globals and locals arguments, checked in CPython's order and words.
fn namespaces(mode: Mode, globals: Value, locals: Value) -> Result<Namespaces> {
    let dict = |v: &Value| match v {
        Value::Dict(d) => Some(d.clone()),
        _ => None,
    };
    let is_mapping = |v: &Value| {
        !matches!(
            v,
            Value::None | Value::Int(_) | Value::Bool(_) | Value::Float(_) | Value::Complex(..)
        )
    };
    let refuse_mapping = || {
        Error::new(
            Exc::NotImplementedError,
            "npcalc does not support a locals mapping other than a dict",
        )
    };
    match mode {
        Mode::Eval => {
            if !matches!(locals, Value::None) && !is_mapping(&locals) {
                return Err(Error::type_error("locals must be a mapping"));
            }
            if !matches!(globals, Value::None) && dict(&globals).is_none() {
                return Err(Error::type_error(if is_mapping(&globals) {
                    "globals must be a real dict; try eval(expr, {}, mapping)"
                } else {
                    "globals must be a dict"
                }));
            }
        }
        Mode::Exec => {
            if !matches!(globals, Value::None) && dict(&globals).is_none() {
                return Err(Error::type_error(format!(
                    "exec() globals must be a dict, not {}",
                    globals.type_name()
                )));
            }
            if !matches!(locals, Value::None) && !is_mapping(&locals) {
                return Err(Error::type_error(format!(
                    "locals must be a mapping or None, not {}",
                    locals.type_name()
                )));
            }
        }
    }
    if !matches!(locals, Value::None) && dict(&locals).is_none() {
        return Err(refuse_mapping());
    }
    Ok(Namespaces {
        globals: dict(&globals),
        locals: dict(&locals),
    })
}

/// A SyntaxError in code from a string: located in that code (`File
/// "<string>", line N`), while the error's own span will be the call's.
fn located(e: Error, source: &str, file: &str, mode: Mode) -> Error {
    let Some(span) = e.span else { return e };
    let mut frame = Frame {
        file: Some(file.to_string()),
        ..Frame::at("<module>", source, span)
    };
    // exec's tokenizer ends the code with a line break; eval's does not,
    // so an error at its very end has CPython's offset 0 (no caret), and
    // in empty code line 0.
    let at_end = mode == Mode::Eval && span.start >= source.len() && !source.ends_with('\n');
    if at_end && source.trim().is_empty() {
        frame.line = 0;
        frame.text.clear();
    }
    let line = !crate::syntax::compiler_phase(&e.message);
    let mut err = Error::new(e.class, e.message);
    err.details_mut().located = Some(Located {
        frame,
        caret: !at_end,
        line,
    });
    err
}

/// CPython's `compile(source, file, "exec")` for its SyntaxError alone.
pub(super) fn compile_check(source: &str, file: &str) -> Result<()> {
    crate::syntax::parse(source)
        .map(|_| ())
        .map_err(|e| located(e, source, file, Mode::Exec))
}

/// The one expression `eval` takes; anything else is CPython's "invalid
/// syntax" at the first token an expression cannot go on with.
fn expression<'a>(source: &str, file: &str, stmts: &'a [Stmt]) -> Result<&'a Expr> {
    if let [
        Stmt {
            kind: StmtKind::Expr(e),
            ..
        },
    ] = stmts
    {
        return Ok(e);
    }
    let after = match stmts.first().map(|s| &s.kind) {
        Some(StmtKind::Expr(e)) => e.span.end,
        Some(StmtKind::Assign { targets, .. }) => targets[0].span.end,
        Some(StmtKind::AugAssign { target, .. } | StmtKind::AnnAssign { target, .. }) => {
            target.span.end
        }
        Some(_) => stmts[0].span.start,
        None => source.len(),
    };
    let span = crate::syntax::tokens(source)
        .into_iter()
        .find(|t| t.span.start >= after)
        .map_or(Span::new(source.len(), source.len()), |t| t.span);
    Err(located(
        Error::syntax("invalid syntax", span),
        source,
        file,
        Mode::Eval,
    ))
}

impl Interp {
    /// Runs code from a string named `file`, as `eval` (its value) or
    /// `exec` (None), in the namespaces given or the caller's.
    pub(super) fn run_code(
        &mut self,
        source: &str,
        file: &str,
        mode: Mode,
        ns: &Namespaces,
    ) -> Result<Value> {
        // The builtin's call and the code's frame count towards the
        // recursion limit (`s = "exec(s)"; exec(s)` stops), and CPython's
        // compiler is the one that notices.
        if self.depth + 2 >= super::exec::RECURSION_LIMIT {
            return Err(Error::new(
                Exc::RecursionError,
                "maximum recursion depth exceeded during compilation",
            ));
        }
        self.depth += 2;
        let result = self.run_code_counted(source, file, mode, ns);
        self.depth -= 2;
        result
    }

    fn run_code_counted(
        &mut self,
        source: &str,
        file: &str,
        mode: Mode,
        ns: &Namespaces,
    ) -> Result<Value> {
        let stmts = crate::syntax::parse(source).map_err(|e| located(e, source, file, mode))?;
        let expr = match mode {
            Mode::Eval => Some(expression(source, file, &stmts)?),
            Mode::Exec => None,
        };
        let caller_globals = (ns.globals.as_ref()).map(|g| self.switch_globals(Some(g.clone())));
        let same = match (&ns.globals, &ns.locals) {
            (Some(g), Some(l)) => Rc::ptr_eq(g, l),
            _ => false,
        };
        let scope = match &ns.locals {
            Some(l) if !same => Some(Scope::exec_locals(dict_vars(l), &stmts)),
            // A function's locals are visible for reading; what the code
            // binds goes to a copy of them, as CPython's `locals()` dict.
            None if ns.globals.is_none() && self.scope.is_some() => {
                Some(Scope::exec_locals(self.visible_locals(), &stmts))
            }
            _ => None,
        };
        let text: Rc<str> = Rc::from(source);
        let file: Rc<str> = Rc::from(file);
        let saved_scope = std::mem::replace(&mut self.scope, scope.clone());
        let saved_source = std::mem::replace(&mut self.source, text.clone());
        let saved_file = self.file.replace(file.clone());
        let saved_frames = std::mem::take(&mut self.frames);
        let saved_echo = std::mem::replace(&mut self.echo, false);
        let result = match expr {
            Some(e) => self.eval(e),
            None => self.run_block(&stmts).and_then(|flow| match flow {
                Flow::Normal => Ok(Value::None),
                Flow::Return(_) => Err(outside("'return' outside function", &stmts)),
                Flow::Break => Err(outside("'break' outside loop", &stmts)),
                Flow::Continue => Err(outside("'continue' not properly in loop", &stmts)),
            }),
        };
        self.scope = saved_scope;
        self.source = saved_source;
        self.file = saved_file;
        self.frames = saved_frames;
        self.echo = saved_echo;
        if let (Some(l), Some(s)) = (&ns.locals, &scope)
            && !same
        {
            write_back(l, s, &stmts);
        }
        if let Some(caller) = caller_globals {
            self.switch_globals(caller);
        }
        result.map_err(|e| {
            if e.details.as_ref().is_some_and(|d| d.located.is_some()) {
                return e;
            }
            // Found while running (npcalc checks some statements then).
            if e.class.is_a(Exc::SyntaxError) && e.span.is_some() {
                return located(e, &text, &file, mode);
            }
            traceback_entry("<module>", &text, Some(&file), e)
        })
    }

    /// The names a function's code sees as its locals (its own and its
    /// comprehensions'), innermost first: a snapshot, as `locals()` is.
    fn visible_locals(&self) -> HashMap<String, Value> {
        let mut vars = HashMap::new();
        let mut scope = self.scope.as_ref();
        while let Some(s) = scope {
            for (k, v) in s.vars.borrow().iter() {
                vars.entry(k.clone()).or_insert_with(|| v.clone());
            }
            if s.is_function {
                break;
            }
            scope = s.parent.as_ref();
        }
        vars
    }

    /// Makes `target` (a dict, or None for the module's own) the globals,
    /// writing the names of the ones serving now back where they belong;
    /// returns those, for switching back. CPython first puts `__builtins__`
    /// in a dict made the globals.
    pub(super) fn switch_globals(&mut self, target: Option<DictRef>) -> Option<DictRef> {
        let same = match (&target, &self.globals_dict) {
            (Some(a), Some(b)) => Rc::ptr_eq(a, b),
            (None, None) => true,
            _ => false,
        };
        if same {
            return target;
        }
        let globals = std::mem::take(&mut self.globals);
        let order = std::mem::take(&mut self.order);
        let previous = self.globals_dict.take();
        match &previous {
            Some(d) => {
                let mut d = d.borrow_mut();
                let others: Vec<_> = (d.entries().iter())
                    .filter(|(k, _)| !matches!(k, Value::Str(_)))
                    .cloned()
                    .collect();
                d.clear();
                for (k, v) in others {
                    let _ = d.insert(k, v);
                }
                for name in order {
                    if let Some(v) = globals.get(&name) {
                        // String keys always hash.
                        let _ = d.insert(Value::str(&name), v.clone());
                    }
                }
            }
            None => self.module_globals = Some((globals, order)),
        }
        match target {
            Some(d) => {
                let key = Value::str("__builtins__");
                if !d.borrow().contains(&key).unwrap_or(true) {
                    let builtins = Value::Module(Module::Absent("builtins"));
                    let _ = d.borrow_mut().insert(key, builtins);
                }
                for (k, v) in d.borrow().entries() {
                    // Names that are not strings no code can read.
                    if let Value::Str(name) = k {
                        self.globals.insert(name.to_string(), v.clone());
                        self.order.push(name.to_string());
                    }
                }
                self.globals_dict = Some(d);
            }
            None => {
                (self.globals, self.order) = self.module_globals.take().unwrap_or_default();
            }
        }
        previous
    }
}

/// A `return`/`break`/`continue` outside any function or loop of the code:
/// CPython's compiler refuses it before anything runs.
fn outside(message: &str, stmts: &[Stmt]) -> Error {
    let span = stmts.first().map_or(Span::new(0, 0), |s| s.span);
    Error::syntax(message, span)
}

/// A locals dict's names.
fn dict_vars(l: &DictRef) -> HashMap<String, Value> {
    l.borrow()
        .entries()
        .iter()
        .filter_map(|(k, v)| match k {
            Value::Str(name) => Some((name.to_string(), v.clone())),
            _ => None,
        })
        .collect()
}

/// Writes what the code bound (or deleted) back into its locals dict: keys
/// already there keep their places, new names follow in binding order.
fn write_back(l: &DictRef, scope: &Scope, body: &[Stmt]) {
    let vars = scope.vars.borrow();
    let mut d = l.borrow_mut();
    let keys: Vec<Value> = d.entries().iter().map(|(k, _)| k.clone()).collect();
    for k in keys {
        if let Value::Str(name) = &k {
            // String keys always hash.
            let _ = match vars.get(&**name) {
                Some(v) => d.insert(k.clone(), v.clone()),
                None => d.remove(&k).map(|_| ()),
            };
        }
    }
    let mut order = Vec::new();
    names_in_order(body, &mut order);
    let mut rest: Vec<&String> = vars.keys().filter(|k| !order.contains(k)).collect();
    rest.sort();
    for name in order.iter().chain(rest) {
        let key = Value::str(name);
        if let (Some(v), Ok(false)) = (vars.get(name), d.contains(&key)) {
            let _ = d.insert(key, v.clone());
        }
    }
}

/// A code object: the source `compile` checked, its file name and mode.
#[derive(Debug)]
pub struct CodeObj {
    pub source: Rc<str>,
    pub file: Rc<str>,
    pub mode: Mode,
}
