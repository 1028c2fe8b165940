//! Statements: blocks, loops, functions, exceptions — Python's control flow.
//! `return`/`break`/`continue` travel as `Flow` values, exceptions as `Err`.

use super::function::{Scope, UserFn, comprehension_scope};
use super::iter::PyIter;
use super::value::{TypeObj, Value};
use super::{CallArgs, Interp};
use crate::error::{Error, Exc, Frame, Result, Span};
use crate::syntax::ast::{
    Arg, ClassDef, CompKind, Comprehension, Expr, ExprKind, Function, Handler, Stmt, StmtKind,
};
use std::rc::Rc;

/// How a statement ended, besides raising.
pub enum Flow {
    Normal,
    Break,
    Continue,
    Return(Value),
}

/// An error from inside code written in `source` (a function's body, or a
/// comprehension's): its span indexes that source, so it becomes a
/// traceback entry named `name`, and the caller's span is attached later.
pub(super) fn traceback_entry(
    name: &str,
    source: &str,
    file: Option<&Rc<str>>,
    mut e: Error,
) -> Error {
    if let Some(span) = e.span.take() {
        let frame = Frame {
            file: file.map(|f| f.to_string()),
            ..Frame::at(name, source, span)
        };
        e.trace.insert(0, frame);
    }
    e
}

/// CPython's default recursion limit.
pub const RECURSION_LIMIT: usize = 1000;

impl Interp {
    /// The code running now: its source text and, for code from a string,
    /// its file name.
    pub(super) fn code_now(&self) -> (&Rc<str>, Option<&Rc<str>>) {
        match self.frames.last() {
            Some(f) => (&f.source, f.file.as_ref()),
            None => (&self.source, self.file.as_ref()),
        }
    }

    pub(super) fn run_block(&mut self, body: &[Stmt]) -> Result<Flow> {
        for stmt in body {
            let outer = self.running.replace(stmt.span);
            let flow = self.exec_flow(stmt);
            self.running = outer;
            // Kernels run outside any expression (`a /= 0`) keep their error too.
            let flow = crate::array::signals::take_raised().map_or(flow, Err);
            crate::array::signals::stamp(stmt.span);
            match flow.map_err(|e| e.at(stmt.span))? {
                Flow::Normal => {}
                other => return Ok(other),
            }
        }
        Ok(Flow::Normal)
    }

    /// A `for` loop's iterations, then its `else` when `it` runs out; with
    /// whether it did.
    fn walk(
        &mut self,
        target: &Expr,
        it: &mut PyIter,
        body: &[Stmt],
        orelse: &[Stmt],
    ) -> Result<(Flow, bool)> {
        loop {
            crate::array::signals::check_interrupt()?;
            let Some(item) = it.next_item(self)? else {
                return Ok((self.run_block(orelse)?, true));
            };
            self.assign(target, item)?;
            match self.run_block(body)? {
                Flow::Break => return Ok((Flow::Normal, false)),
                Flow::Return(v) => return Ok((Flow::Return(v), false)),
                Flow::Normal | Flow::Continue => {}
            }
        }
    }

    /// `with`: enters the first manager, runs the rest inside it, and
    /// leaves it however the body ended (neither of npcalc's managers
    /// swallows an exception).
    fn run_with(&mut self, items: &[(Expr, Option<Expr>)], body: &[Stmt]) -> Result<Flow> {
        let Some(((context, target), rest)) = items.split_first() else {
            return self.run_block(body);
        };
        let mgr = self.eval(context)?;
        let entered = self.enter(&mgr).map_err(|e| e.at(context.span))?;
        let r = match target {
            Some(t) => self.assign(t, entered),
            None => Ok(()),
        }
        .and_then(|()| self.run_with(rest, body));
        self.exit_with(&mgr, r, Flow::Normal)
    }

    /// Runs a statement nested in a block; expression statements at module
    /// level still echo in sessions (Python's 'single' mode).
    pub(super) fn exec_flow(&mut self, stmt: &Stmt) -> Result<Flow> {
        Ok(match &stmt.kind {
            StmtKind::If { test, body, orelse } => {
                let t = self.eval(test)?;
                if self.truthy(&t).map_err(|e| e.at(test.span))? {
                    self.run_block(body)?
                } else {
                    self.run_block(orelse)?
                }
            }
            StmtKind::While { test, body, orelse } => loop {
                crate::array::signals::check_interrupt()?;
                let t = self.eval(test)?;
                if !self.truthy(&t).map_err(|e| e.at(test.span))? {
                    break self.run_block(orelse)?;
                }
                match self.run_block(body)? {
                    Flow::Break => break Flow::Normal,
                    Flow::Return(v) => break Flow::Return(v),
                    Flow::Normal | Flow::Continue => {}
                }
            },
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
            } => {
                let seq = self.eval(iter)?;
                let mut it = PyIter::new(&seq).map_err(|e| e.at(iter.span))?;
                // The loop alone holds what it walks now (see close_abandoned).
                drop(seq);
                let walked = self.walk(target, &mut it, body, orelse);
                if !matches!(walked, Ok((_, true))) {
                    super::generator::close_abandoned(self, it);
                }
                walked?.0
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                let mut result = match self.run_block(body) {
                    Ok(Flow::Normal) => self.run_block(orelse),
                    Ok(flow) => Ok(flow),
                    Err(e) => self.handle(e, handlers),
                };
                if !finalbody.is_empty() {
                    // An exception leaving `finally` has the one it
                    // replaced as its context.
                    let ran = match (self.run_block(finalbody), &result) {
                        (Err(e), Err(old)) => Err(self.chain(e, old)),
                        (ran, _) => ran,
                    };
                    match ran? {
                        Flow::Normal => {}
                        // A `return`/`break` in `finally` wins over everything.
                        flow => result = Ok(flow),
                    }
                }
                result?
            }
            StmtKind::With { items, body } => self.run_with(items, body)?,
            StmtKind::FunctionDef(f) => {
                let v = self.make_function(f)?;
                self.bind_name(&f.name.name, v);
                Flow::Normal
            }
            StmtKind::ClassDef(c) => {
                let v = self.make_class(c)?;
                self.bind_name(&c.name.name, v);
                Flow::Normal
            }
            StmtKind::Decorated { decorators, def } => {
                let mut ds = Vec::with_capacity(decorators.len());
                for d in decorators {
                    ds.push((self.eval(d)?, d.span));
                }
                let (name, mut v) = match &def.kind {
                    StmtKind::FunctionDef(f) => (&f.name.name, self.make_function(f)?),
                    StmtKind::ClassDef(c) => (&c.name.name, self.make_class(c)?),
                    _ => unreachable!("the grammar decorates only def and class"),
                };
                for (d, span) in ds.into_iter().rev() {
                    let call = CallArgs {
                        positional: vec![(v, span)],
                        keywords: Vec::new(),
                    };
                    v = self.call(&d, call, span)?;
                }
                self.bind_name(name, v);
                Flow::Normal
            }
            StmtKind::Return(value) => Flow::Return(match value {
                Some(v) => self.eval(v)?,
                None => Value::None,
            }),
            StmtKind::Yield { .. } => {
                return Err(Error::syntax("'yield' outside function", stmt.span));
            }
            StmtKind::Break => Flow::Break,
            StmtKind::Continue => Flow::Continue,
            StmtKind::Raise { exc, cause } => return Err(self.raise(exc.as_ref(), cause.as_ref())?),
            StmtKind::Assert { test, msg } => {
                let t = self.eval(test)?;
                if !self.truthy(&t).map_err(|e| e.at(test.span))? {
                    let message = match msg {
                        Some(m) => {
                            let v = self.eval(m)?;
                            super::str(&v, &self.print_options)
                        }
                        None => String::new(),
                    };
                    // CPython's traceback points at the test.
                    return Err(Error::new(Exc::AssertionError, message).at(test.span));
                }
                Flow::Normal
            }
            StmtKind::Delete(targets) => {
                for t in targets {
                    self.delete(t)?;
                }
                Flow::Normal
            }
            // syntax::symtable has checked the declarations.
            StmtKind::Global(_) | StmtKind::Nonlocal(_) => Flow::Normal,
            StmtKind::Expr(e) if self.scope.is_none() && self.echo => {
                let v = self.eval(e)?;
                self.displayhook(&v)?;
                Flow::Normal
            }
            _ => {
                self.exec_simple(stmt)?;
                Flow::Normal
            }
        })
    }

    /// The first `except` clause that matches `e` runs; none: `e` goes on.
    fn handle(&mut self, e: Error, handlers: &[Handler]) -> Result<Flow> {
        let (h, exc) = self.catch(e, handlers)??;
        self.handling.push(exc.clone());
        let result = self
            .run_block(&h.body)
            .map_err(|again| self.chain(again, &exc));
        self.handling.pop();
        self.leave_handler(h, &exc, result.as_ref().err());
        result
    }

    /// After an `except` clause: the raised object lives on only if the
    /// handler raised it again, and Python deletes the clause's name.
    pub(super) fn leave_handler(&mut self, h: &Handler, exc: &Error, again: Option<&Error>) {
        if !again.is_some_and(|a| {
            a.raised()
                .is_some_and(|a| Some(a.token) == exc.raised().map(|r| r.token))
        }) {
            self.forget_raised(exc);
        }
        if let Some(name) = &h.name {
            self.unbind_name(&name.name);
        }
    }

    /// The first `except` clause matching `e`, with `e` as caught (its name
    /// bound); `Err(e)` back when none matches.
    pub(super) fn catch<'h>(
        &mut self,
        e: Error,
        handlers: &'h [Handler],
    ) -> Result<std::result::Result<(&'h Handler, Rc<Error>), Error>> {
        if e.class == Exc::KeyboardInterrupt {
            crate::array::signals::clear_interrupt();
        }
        for h in handlers {
            let matches = match &h.class {
                None => true,
                Some(c) => {
                    let classes = self.eval(c)?;
                    exception_matches(self, &e, &classes).map_err(|err| err.at(c.span))?
                }
            };
            if !matches {
                continue;
            }
            // Raised while another was being handled, and caught before
            // leaving that handler: it has that one as its context too.
            let mut e = match self.handling.last() {
                Some(handled) => self.chain(e, handled),
                None => e,
            };
            self.identify(&mut e);
            let exc = Rc::new(e);
            if let Some(name) = &h.name {
                let v = self
                    .raised_object(&exc)
                    .unwrap_or_else(|| Value::Exception(exc.clone()));
                self.bind_name(&name.name, v);
            }
            return Ok(Ok((h, exc)));
        }
        Ok(Err(e))
    }

    /// Gives an error being handled its identity, so that raising it again
    /// is told from raising another.
    pub(super) fn identify(&mut self, e: &mut Error) {
        if e.details.as_ref().is_none_or(|d| d.identity.is_none()) {
            self.next_token += 1;
            e.details_mut().identity = Some(self.next_token);
        }
    }

    /// An error leaving an `except` clause that is not the one it handled
    /// gets that one as its `__context__`, unless it already has one.
    pub(super) fn chain(&self, mut again: Error, handled: &Error) -> Error {
        let identity = |e: &Error| e.details.as_ref().and_then(|d| d.identity);
        let has_context = again.details.as_ref().is_some_and(|d| d.context.is_some());
        // Only an identified error (one caught before) can be raised again.
        let same = matches!((identity(&again), identity(handled)), (Some(a), Some(b)) if a == b);
        if !same && !has_context {
            again.details_mut().context = Some(self.as_chained(handled));
        }
        again
    }

    /// A caught error as a chained traceback or a re-raise shows it:
    /// complete up to the frame that caught it (the running function's, or
    /// `<module>`).
    fn as_chained(&self, e: &Error) -> Error {
        let e = e.clone();
        match self.frames.last() {
            Some(f) => traceback_entry(f.name(), &f.source, f.file.as_ref(), e),
            None => traceback_entry("<module>", &self.source, self.file.as_ref(), e),
        }
    }

    fn raise(&mut self, exc: Option<&Expr>, cause: Option<&Expr>) -> Result<Error> {
        let Some(exc) = exc else {
            return Ok(match self.handling.last() {
                Some(e) => Error::clone(e),
                None => Error::new(Exc::RuntimeError, "No active exception to reraise"),
            });
        };
        let v = self.eval(exc)?;
        let cause = match cause {
            Some(c) => {
                let c = self.eval(c)?;
                Some(match c {
                    Value::None => None,
                    _ => Some(self.exception_of(c, exc.span).unwrap_or_else(|| {
                        Err(
                            Error::type_error("exception causes must derive from BaseException")
                                .at(exc.span),
                        )
                    })?),
                })
            }
            None => None,
        };
        let mut e = self.exception_of(v, exc.span).unwrap_or_else(|| {
            Err(Error::type_error("exceptions must derive from BaseException").at(exc.span))
        })?;
        e.span = None;
        if e.class == Exc::SystemExit && e.exit.is_none() {
            let code = self.system_exit_code(&e);
            e.exit = Some(Box::new(super::builtins::exit_status(self, code)?));
        }
        if let Some(cause) = cause {
            let d = e.details_mut();
            d.cause = cause.map(|c| self.as_chained(&c));
            d.suppress_context = true;
        }
        Ok(e)
    }

    /// The error an exception class or instance raises, or None for any
    /// other value.
    pub(super) fn exception_of(&mut self, v: Value, span: Span) -> Option<Result<Error>> {
        let v = match v {
            Value::Class(c) if c.exc_base.is_some() => {
                let call = CallArgs {
                    positional: Vec::new(),
                    keywords: Vec::new(),
                };
                match super::classes::instantiate(self, &c, call, span) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                }
            }
            other => other,
        };
        match v {
            Value::Type(TypeObj::Exc(c)) => Some(Ok(Error::new(c, ""))),
            // A caught exception raised again keeps the lines it came
            // through, below the line raising it (its `__traceback__`).
            Value::Exception(e) => Some(Ok(self.as_chained(&e))),
            Value::Instance(_) => super::classes::raise_instance(self, &v),
            _ => None,
        }
    }

    fn delete(&mut self, t: &Expr) -> Result<()> {
        match &t.kind {
            ExprKind::Name(n) => {
                if self.unbind_name(n) {
                    Ok(())
                } else {
                    Err(Error::name_error(format!("name '{n}' is not defined")).at(t.span))
                }
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                for i in items {
                    self.delete(i)?;
                }
                Ok(())
            }
            ExprKind::Subscript(obj, index) => {
                let container = self.eval(obj)?;
                let i = self.eval(index)?;
                super::builtins::delitem(self, &container, &i).map_err(|e| e.at(t.span))
            }
            ExprKind::Attribute(obj, name) => {
                let o = self.eval(obj)?;
                if let Value::Flags(f) = &o {
                    return super::memory::delattr(f, &name.name).map_err(|e| e.at(t.span));
                }
                if let Value::Array(_) = &o
                    && let Some(e) = super::memory::del_array_attr(&name.name)
                {
                    return Err(e.at(t.span));
                }
                super::classes::delattr(&o, &name.name)
                    .unwrap_or_else(|| {
                        Err(Error::attribute_error(format!(
                            "npcalc cannot delete attribute '{}' of '{}' objects",
                            name.name,
                            o.type_name()
                        )))
                    })
                    .map_err(|e| e.at(t.span))
            }
            _ => Err(Error::syntax(
                "npcalc can delete names and items only",
                t.span,
            )),
        }
    }

    pub(super) fn make_function(&mut self, f: &std::sync::Arc<Function>) -> Result<Value> {
        let mut defaults = Vec::with_capacity(f.params.len());
        for p in &f.params {
            defaults.push(match &p.default {
                Some(d) => Some(self.eval(d)?),
                None => None,
            });
        }
        let annotations = self.annotations_of(f)?;
        // A class body's names are not visible inside its methods.
        let mut closure = self.scope.clone();
        let prefix = closure.as_ref().and_then(|s| s.qualname.clone());
        while let Some(s) = closure.as_ref().filter(|s| s.class_body) {
            closure = s.parent.clone();
        }
        let qualname = match prefix {
            Some(p) => format!("{p}.{}", f.name.name),
            None => f.name.name.clone(),
        };
        let made = UserFn::new(
            f.clone(),
            defaults,
            closure,
            self.source.clone(),
            qualname,
            annotations,
        );
        Ok(Value::UserFunction(Rc::new(UserFn {
            file: self.file.clone(),
            globals_dict: self.globals_dict.clone(),
            ..made
        })))
    }

    /// A `def`'s `__annotations__`, evaluated after its defaults as CPython
    /// does; None when it has none.
    fn annotations_of(&mut self, f: &Function) -> Result<Option<Value>> {
        let params = f
            .params
            .iter()
            .map(|p| (p.name.name.as_str(), &p.annotation));
        let mut pairs = Vec::new();
        for (name, e) in params.chain(std::iter::once(("return", &f.returns))) {
            if let Some(e) = e {
                pairs.push((Value::str(name), self.eval(e)?));
            }
        }
        if pairs.is_empty() {
            return Ok(None);
        }
        Ok(Some(super::dict::value(super::dict::PyDict::from_pairs(
            pairs,
        )?)))
    }

    /// Defines the one `def` of library-generated `source` (as
    /// dataclasses' `_create_fn` does) and calls it with `args`; functions
    /// it defines keep that source for their tracebacks.
    pub(super) fn run_generated(&mut self, source: &str, args: Vec<Value>) -> Result<Value> {
        let stmts = crate::syntax::parse(source)?;
        let Some(StmtKind::FunctionDef(f)) = stmts.first().map(|s| &s.kind) else {
            return Err(Error::new(Exc::SystemError, "generated code is not a def"));
        };
        let text: Rc<str> = Rc::from(source);
        let saved = std::mem::replace(&mut self.source, text.clone());
        let maker = Value::UserFunction(Rc::new(UserFn::new(
            f.clone(),
            vec![None; f.params.len()],
            None,
            text,
            f.name.name.clone(),
            None,
        )));
        let made = super::classes::call_with(self, &maker, args);
        self.source = saved;
        made
    }

    /// `class Name(bases): body`: runs the body in a namespace of its own,
    /// then makes the class from what it bound.
    fn make_class(&mut self, c: &ClassDef) -> Result<Value> {
        let mut bases = Vec::new();
        for a in &c.bases {
            match a {
                Arg::Positional(e) => bases.push(self.eval(e)?),
                Arg::Keyword(k, e) => {
                    return Err(Error::new(
                        Exc::NotImplementedError,
                        format!(
                            "class keyword arguments ('{}=') are not supported in npcalc",
                            k.name
                        ),
                    )
                    .at(e.span));
                }
                Arg::Unpack(e) => {
                    return Err(Error::new(
                        Exc::NotImplementedError,
                        "class keyword arguments ('**') are not supported in npcalc",
                    )
                    .at(e.span));
                }
            }
        }
        let qualname = match self.scope.as_ref().and_then(|s| s.qualname.clone()) {
            Some(p) => format!("{p}.{}", c.name.name),
            None => c.name.name.clone(),
        };
        let scope = Scope::class_body(self.scope.clone(), &qualname, &c.body);
        let saved = self.scope.replace(scope.clone());
        let result = self.run_block(&c.body);
        self.scope = saved;
        result?;
        // The namespace in the order the body first bound each name.
        let mut order = Vec::new();
        super::function::names_in_order(&c.body, &mut order);
        let vars = scope.vars.borrow();
        let mut namespace = super::classes::Namespace::default();
        namespace.set("__module__", Value::str("__main__"));
        namespace.set("__qualname__", Value::str(&qualname));
        // Made when the body starts, as CPython's SETUP_ANNOTATIONS does.
        if let Some(table) = vars.get("__annotations__") {
            namespace.set("__annotations__", table.clone());
        }
        namespace.set("__doc__", super::classes::docstring(&c.body));
        for name in &order {
            if let Some(v) = vars.get(name) {
                namespace.set(name, v.clone());
            }
        }
        let class = super::classes::make_class(&c.name.name, &qualname, bases, namespace)?;
        Ok(Value::Class(class))
    }

    /// The function running now and its first argument (`self`), for `super()`.
    pub(super) fn current_method(&self) -> Option<(Rc<UserFn>, Value)> {
        let f = self.frames.last()?.clone();
        let first = f.code.params.first()?.name.name.clone();
        let mut scope = self.scope.clone();
        while let Some(s) = scope {
            if s.is_function {
                return s.vars.borrow().get(&first).cloned().map(|v| (f, v));
            }
            scope = s.parent.clone();
        }
        None
    }

    /// `frames` frames of a library function CPython runs in Python (the
    /// recursion of copy.deepcopy): they count towards the recursion limit
    /// as a `def`'s call does, so deep nesting ends in RecursionError.
    pub(super) fn library_frames<R>(
        &mut self,
        frames: usize,
        f: impl FnOnce(&mut Self) -> Result<R>,
    ) -> Result<R> {
        self.python_frames(
            frames,
            "maximum recursion depth exceeded while calling a Python object",
            f,
        )
    }

    /// `library_frames` with the RecursionError's message as CPython words
    /// it where the limit is met (a Python-to-Python call has no suffix).
    pub(super) fn python_frames<R>(
        &mut self,
        frames: usize,
        message: &'static str,
        f: impl FnOnce(&mut Self) -> Result<R>,
    ) -> Result<R> {
        if self.depth + frames >= RECURSION_LIMIT {
            return Err(Error::new(Exc::RecursionError, message));
        }
        self.depth += frames;
        let result = f(self);
        self.depth -= frames;
        result
    }

    /// Calls a `def`/`lambda` function.
    pub(super) fn call_user(
        &mut self,
        f: &Rc<UserFn>,
        call: CallArgs,
        span: Span,
    ) -> Result<Value> {
        // The module-level frame counts towards the limit, as in CPython.
        if self.depth + 1 >= RECURSION_LIMIT {
            return Err(Error::new(
                Exc::RecursionError,
                "maximum recursion depth exceeded",
            ));
        }
        // Every call checks for Ctrl-C, as CPython's eval loop does on entry:
        // a builtin (`sum`, `list`) draining an endless `__next__` has no
        // loop of npcalc's own to notice it.
        crate::array::signals::check_interrupt()?;
        let scope = f.bind(call)?;
        if f.generator {
            let g = super::generator::Generator::new(f.clone(), scope);
            return Ok(super::iter::generator_value(g));
        }
        // A function defined by exec'd code with a globals dict reads its
        // globals there, wherever it is called from (and the module's own
        // functions read the module's).
        let caller_globals = self.switch_globals(f.globals_dict.clone());
        let saved = self.scope.replace(scope);
        self.depth += 1;
        self.frames.push(f.clone());
        let result = self.run_block(&f.code.body);
        self.frames.pop();
        self.depth -= 1;
        self.scope = saved;
        self.switch_globals(caller_globals);
        match result {
            Ok(Flow::Return(v)) => Ok(v),
            Ok(_) => Ok(Value::None),
            Err(e) => {
                let e = traceback_entry(f.name(), &f.source, f.file.as_ref(), e);
                // A call npcalc makes itself (a special method) has no span
                // of its own: the caller's expression gives it.
                Err(if span == Span::default() {
                    e
                } else {
                    e.at(span)
                })
            }
        }
    }

    /// A list, set or generator comprehension's items, or a dict's pairs.
    /// As in CPython, all but the first iterable run in a frame of their own,
    /// named `frame` (`<listcomp>`), which a traceback shows under the
    /// comprehension's `span`.
    pub(super) fn comprehension(
        &mut self,
        frame: &str,
        span: Span,
        generators: &[Comprehension],
        mut each: impl FnMut(&mut Interp) -> Result<()>,
    ) -> Result<()> {
        let first = self.eval(&generators[0].iter)?;
        let scope = comprehension_scope(self.scope.clone(), generators);
        let saved = self.scope.replace(scope);
        let result = self.comp_level(generators, 0, Some(first), &mut each);
        self.scope = saved;
        result.map_err(|e| {
            let (source, file) = self.code_now();
            traceback_entry(frame, source, file, e).at(span)
        })
    }

    fn comp_level(
        &mut self,
        generators: &[Comprehension],
        k: usize,
        seq: Option<Value>,
        each: &mut impl FnMut(&mut Interp) -> Result<()>,
    ) -> Result<()> {
        let Some(g) = generators.get(k) else {
            return each(self);
        };
        let seq = match seq {
            Some(s) => s,
            None => self.eval(&g.iter)?,
        };
        let mut it = PyIter::new(&seq).map_err(|e| e.at(g.iter.span))?;
        'items: while let Some(item) = it.next_item(self)? {
            crate::array::signals::check_interrupt()?;
            self.assign(&g.target, item)?;
            for cond in &g.ifs {
                let c = self.eval(cond)?;
                if !self.truthy(&c)? {
                    continue 'items;
                }
            }
            self.comp_level(generators, k + 1, None, each)?;
        }
        Ok(())
    }

    pub(super) fn eval_comp(
        &mut self,
        kind: CompKind,
        elt: &Expr,
        generators: &[Comprehension],
        span: Span,
    ) -> Result<Value> {
        let frame = match kind {
            CompKind::List => "<listcomp>",
            CompKind::Set => "<setcomp>",
            CompKind::Generator => "<genexpr>",
        };
        if kind == CompKind::Generator {
            // CPython evaluates the first iterable, and takes its iterator,
            // in the enclosing frame; the rest runs as items are drawn.
            let first = &generators[0].iter;
            let seq = self.eval(first)?;
            let first = PyIter::new(&seq).map_err(|e| e.at(first.span))?;
            let scope = comprehension_scope(self.scope.clone(), generators);
            let (source, file) = self.code_now();
            let (source, file) = (source.clone(), file.cloned());
            let globals_dict = self.globals_dict.clone();
            let g = super::generator::GenExpr::new(
                elt,
                generators,
                first,
                scope,
                source,
                file,
                globals_dict,
            );
            return Ok(super::iterfns::lazy("generator", g));
        }
        if kind == CompKind::Set {
            let s = std::rc::Rc::new(std::cell::RefCell::new(super::pyset::PySet::new(false)));
            self.comprehension(frame, span, generators, |it| {
                let v = it.eval(elt)?;
                super::userkeys::set_add(it, &s, &v).map_err(|e| e.at(span))
            })?;
            return Ok(Value::Set(s));
        }
        let mut items = Vec::new();
        self.comprehension(frame, span, generators, |it| {
            items.push(it.eval(elt)?);
            Ok(())
        })?;
        // BUILD_LIST 0, then LIST_APPEND per item.
        Ok(Value::List(std::rc::Rc::new(
            super::listobj::List::new(items).allocated_as(super::listobj::Alloc::Appended),
        )))
    }

    /// CPython's order: the assignment first; without a value, an attribute
    /// or subscript target still evaluates its object (and index). Only a
    /// module or class body evaluates the annotation, and records a simple
    /// name's in its `__annotations__`, made on first use.
    pub(super) fn ann_assign(
        &mut self,
        target: &Expr,
        annotation: &Expr,
        value: Option<&Expr>,
        simple: bool,
    ) -> Result<()> {
        match (value, &target.kind) {
            (Some(value), _) => {
                let v = self.eval(value)?;
                self.assign(target, v)?;
            }
            (None, ExprKind::Attribute(obj, _)) => {
                self.eval(obj)?;
            }
            (None, ExprKind::Subscript(obj, index)) => {
                self.eval(obj)?;
                self.eval(index)?;
            }
            (None, _) => {}
        }
        if self.scope.as_ref().is_some_and(|s| !s.class_body) {
            return Ok(());
        }
        let ann = self.eval(annotation)?;
        let (true, ExprKind::Name(name)) = (simple, &target.kind) else {
            return Ok(());
        };
        let table = match &self.scope {
            Some(class) => (class.vars.borrow_mut())
                .entry("__annotations__".into())
                .or_insert_with(|| super::dict::value(super::dict::PyDict::new()))
                .clone(),
            None => self.lookup("__annotations__")?,
        };
        self.setitem(&table, &Value::str(name), ann)
            .map_err(|e| e.at(annotation.span))
    }

    /// Binds a name in the current scope, honouring `global`/`nonlocal`.
    pub(super) fn bind_name(&mut self, name: &str, v: Value) {
        match self.scope.clone() {
            None => self.set(name, v),
            Some(s) if s.globals.contains(name) => self.set(name, v),
            Some(s) if s.nonlocals.contains(name) => {
                let mut p = s.parent.clone();
                while let Some(scope) = p {
                    if scope.locals.contains(name) {
                        scope.vars.borrow_mut().insert(name.to_string(), v);
                        return;
                    }
                    p = scope.parent.clone();
                }
                self.set(name, v);
            }
            Some(s) => {
                s.vars.borrow_mut().insert(name.to_string(), v);
            }
        }
    }

    /// `name := value` binds in the function or module around any
    /// comprehensions it sits in (PEP 572).
    pub(super) fn bind_walrus(&mut self, name: &str, v: Value) {
        let mut scope = self.scope.clone();
        // A class body's (or exec'd code's) namespace is where it binds too.
        while let Some(s) = scope.as_ref().filter(|s| !s.is_function && !s.class_body) {
            scope = s.parent.clone();
        }
        let saved = std::mem::replace(&mut self.scope, scope);
        self.bind_name(name, v);
        self.scope = saved;
    }

    /// Removes a binding; false if there was none.
    fn unbind_name(&mut self, name: &str) -> bool {
        match self.scope.clone() {
            Some(s) if !s.globals.contains(name) => s.vars.borrow_mut().remove(name).is_some(),
            _ => self.unset(name),
        }
    }

    /// A name's value through the scopes: local, enclosing, global, builtin.
    pub(super) fn lookup_scoped(&self, name: &str) -> Option<Result<Value>> {
        let mut scope: Option<&Rc<Scope>> = self.scope.as_ref();
        if scope.is_some_and(|s| s.globals.contains(name)) {
            return None;
        }
        let mut innermost_function = true;
        while let Some(s) = scope {
            if let Some(v) = s.vars.borrow().get(name) {
                return Some(Ok(v.clone()));
            }
            if s.is_function {
                if innermost_function && s.locals.contains(name) {
                    return Some(Err(Error::new(
                        Exc::UnboundLocalError,
                        format!(
                            "cannot access local variable '{name}' where it is not associated with a value"
                        ),
                    )));
                }
                innermost_function = false;
            }
            scope = s.parent.as_ref();
        }
        None
    }

    /// Keeps a raised session exception object under a token (see `Raised`).
    pub(super) fn keep_raised(&mut self, v: Value) -> u64 {
        self.next_token += 1;
        self.raised.insert(self.next_token, v);
        self.next_token
    }

    /// `e.args` of a builtin exception: the arguments it was made with, or
    /// else its message as npcalc's own errors carry one.
    pub(super) fn exception_args(&self, e: &Error) -> Value {
        let kept = e.details.as_ref().and_then(|d| d.args_token);
        if let Some(args) = kept.and_then(|t| self.exception_args.get(t as usize)) {
            return args.clone();
        }
        Value::tuple(if e.message.is_empty() {
            vec![]
        } else {
            vec![Value::str(&e.message)]
        })
    }

    /// A `SystemExit`'s `code`: the attribute its `__init__` set on a
    /// session subclass's instance (None if it never ran), else from the
    /// arguments.
    pub(super) fn system_exit_code(&self, e: &Error) -> Value {
        match self.raised_object(e) {
            Some(Value::Instance(inst)) => inst.attrs.borrow().get("code").unwrap_or(Value::None),
            _ => match self.exception_args(e) {
                Value::Tuple(t) => super::classes::exit_code_of(&t),
                other => other,
            },
        }
    }

    /// Drops the session object an error was raised from, once it is handled.
    pub(super) fn forget_raised(&mut self, e: &Error) {
        if let Some(r) = e.raised() {
            self.raised.remove(&r.token);
        }
    }

    /// The session object an error was raised from, if any.
    pub(super) fn raised_object(&self, e: &Error) -> Option<Value> {
        self.raised.get(&e.raised()?.token).cloned()
    }

    /// repr() of a value as the prompt echoes it (session objects' `__repr__` included).
    pub fn repr_text(&mut self, v: &Value) -> Result<String> {
        super::classes::repr_of(self, v)
    }

    /// `v` as IPython's displayhook writes it (a notebook cell's value).
    pub fn pretty_text(&mut self, v: &Value, float_format: &str) -> Result<String> {
        super::pretty::pretty(self, v, float_format)
    }

    /// `sys.displayhook`: shows a non-None value and keeps it as `_`.
    pub fn displayhook(&mut self, v: &Value) -> Result<()> {
        if matches!(v, Value::None) {
            return Ok(());
        }
        let text = super::classes::repr_of(self, v)? + "\n";
        self.write(&text)?;
        self.last_value = Some(v.clone());
        Ok(())
    }
}

/// Whether an exception of class `c` is caught by `classes` (a class or a
/// tuple of classes), as `except` decides.
fn exception_matches(it: &Interp, e: &Error, classes: &Value) -> Result<bool> {
    match classes {
        Value::Type(TypeObj::Exc(base)) => Ok(e.class.is_a(*base)),
        Value::Class(c) if c.exc_base.is_some() => Ok(super::classes::error_is_a(it, e, c)),
        Value::Tuple(items) => {
            for i in items.iter() {
                if exception_matches(it, e, i)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        _ => Err(Error::type_error(
            "catching classes that do not inherit from BaseException is not allowed",
        )),
    }
}
