//! Generator functions: a `def` with `yield` returns a generator that runs
//! its body lazily, one `yield` per `next()`, as CPython's frames do; and
//! generator expressions, which run their clauses the same way.
//!
//! The tree-walking evaluator cannot suspend a Rust call in the middle, so
//! a generator keeps its own stack of block positions: statements that hold
//! no `yield` run whole through the ordinary evaluator; `if`, `for`,
//! `while`, `try` and `with` statements around a `yield` are stepped here,
//! and an exception, `return`, `break` or `continue` leaving one of their
//! blocks unwinds this stack as CPython's exception table would
//! (`unwind`): to an `except` clause, through a `finally`, past `__exit__`.

use super::Interp;
use super::exec::Flow;
use super::function::{Scope, UserFn};
use super::iter::{Lazy, PyIter};
use super::table::{Args, FnDef, method, p};
use super::value::Value;
use crate::error::{Error, Exc, Result};
use crate::syntax::ast::{Comprehension, Expr, Stmt, StmtKind};
use std::cell::RefCell;
use std::rc::Rc;

/// Which block of its parent statement a frame walks.
#[derive(Clone, Copy, PartialEq)]
enum Part {
    /// The function body itself.
    Root,
    Body,
    OrElse,
    /// The `except` clause of this index.
    Handler(usize),
    Final,
}

/// What a `finally` block does when it ends: go on leaving its `try`.
enum Pending {
    Raise(Error),
    Return(Value),
    /// `break` or `continue`.
    Flow(Flow),
}

/// One block being walked: `pc` indexes its statements.
struct Frame {
    part: Part,
    pc: usize,
    /// The iterator of the `for` (or `yield from`) at `pc`, while it runs.
    iter: Option<PyIter>,
    /// The context manager of the `with` at `pc`, while its body runs.
    mgr: Option<Value>,
    /// An `except` clause's frame: the exception it handles.
    caught: Option<Rc<Error>>,
    /// A `finally` frame: how its `try` was being left.
    pending: Option<Pending>,
}

impl Frame {
    fn new(part: Part) -> Frame {
        Frame {
            part,
            pc: 0,
            iter: None,
            mgr: None,
            caught: None,
            pending: None,
        }
    }
}

pub struct Generator {
    func: Rc<UserFn>,
    scope: Rc<Scope>,
    frames: Vec<Frame>,
    running: bool,
    /// Whether its body has begun (`send` of a value needs it).
    started: bool,
    /// The `targets = yield` it stopped at: what it is sent is bound there.
    awaiting: Option<(Vec<Expr>, crate::error::Span)>,
    /// What its `return` gave, until the StopIteration that ends it (or the
    /// `yield from` waiting on it) takes it.
    returned: Option<Value>,
}

/// How a generator resumes: `next()`/`send()`, or `throw()`/`close()`.
enum Entry {
    Send(Value),
    /// The exception raised at the `yield` it stopped at.
    Throw(Error),
}

/// Where a run of a generator's body stopped.
enum Stop {
    Yielded(Value),
    /// The body ended, with the value its `return` gave (None without one).
    Returned(Value),
}

impl Generator {
    /// The generator function's `__qualname__`, as its repr shows it.
    pub fn qualname(&self) -> String {
        self.func.qualname().to_string()
    }

    pub fn new(func: Rc<UserFn>, scope: Rc<Scope>) -> Generator {
        let root = Frame::new(Part::Root);
        Generator {
            func,
            scope,
            frames: vec![root],
            running: false,
            started: false,
            awaiting: None,
            returned: None,
        }
    }

    pub fn name(&self) -> &str {
        self.func.name()
    }
}

/// Whether a statement's blocks hold a `yield` of this function (a nested
/// `def` has its own).
pub fn contains_yield(body: &[Stmt]) -> bool {
    body.iter().any(|s| match &s.kind {
        StmtKind::Yield { .. } => true,
        StmtKind::If { body, orelse, .. }
        | StmtKind::While { body, orelse, .. }
        | StmtKind::For { body, orelse, .. } => contains_yield(body) || contains_yield(orelse),
        StmtKind::With { body, .. } => contains_yield(body),
        StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
        } => {
            contains_yield(body)
                || handlers.iter().any(|h| contains_yield(&h.body))
                || contains_yield(orelse)
                || contains_yield(finalbody)
        }
        _ => false,
    })
}

/// The targets of the `targets = yield` statement just before the top
/// frame's position, where the generator has stopped.
fn awaiting_targets(root: &[Stmt], frames: &[Frame]) -> Option<(Vec<Expr>, crate::error::Span)> {
    let top = frames.last()?;
    // A `yield from` in progress keeps its position and its iterator.
    if top.iter.is_some() {
        return None;
    }
    let stmt = block(root, frames).get(top.pc.checked_sub(1)?)?;
    match &stmt.kind {
        StmtKind::Yield {
            from: false,
            targets,
            ..
        } if !targets.is_empty() => Some((targets.clone(), stmt.span)),
        _ => None,
    }
}

/// The statements a frame walks, found from the root down.
fn block<'a>(root: &'a [Stmt], frames: &[Frame]) -> &'a [Stmt] {
    let mut block = root;
    for pair in frames.windows(2) {
        let (parent, child) = (&pair[0], &pair[1]);
        block = match &block[parent.pc].kind {
            StmtKind::If { body, orelse, .. }
            | StmtKind::While { body, orelse, .. }
            | StmtKind::For { body, orelse, .. } => match child.part {
                Part::OrElse => orelse,
                _ => body,
            },
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => match child.part {
                Part::OrElse => orelse,
                Part::Handler(i) => &handlers[i].body,
                Part::Final => finalbody,
                Part::Body | Part::Root => body,
            },
            StmtKind::With { body, .. } => body,
            _ => &[],
        };
    }
    block
}

impl Interp {
    /// The next value of a generator, or None once its body has ended.
    pub(super) fn resume(&mut self, g: &std::cell::RefCell<Generator>) -> Result<Option<Value>> {
        self.resume_with(g, Value::None)
    }

    /// `gen.send(value)`: the generator resumes with `value` as the value of
    /// the `yield` it stopped at.
    pub(super) fn resume_with(
        &mut self,
        g: &std::cell::RefCell<Generator>,
        sent: Value,
    ) -> Result<Option<Value>> {
        self.resume_by(g, Entry::Send(sent))
    }

    fn resume_by(
        &mut self,
        g: &std::cell::RefCell<Generator>,
        entry: Entry,
    ) -> Result<Option<Value>> {
        let (func, scope) = {
            let Ok(mut g) = g.try_borrow_mut() else {
                return Err(Error::value_error("generator already executing"));
            };
            if g.running {
                return Err(Error::value_error("generator already executing"));
            }
            g.running = true;
            (g.func.clone(), g.scope.clone())
        };
        if self.depth + 1 >= super::exec::RECURSION_LIMIT {
            g.borrow_mut().running = false;
            return Err(Error::new(
                Exc::RecursionError,
                "maximum recursion depth exceeded",
            ));
        }
        let saved = self.scope.replace(scope);
        self.depth += 1;
        // The frames leave the generator while it runs, so that the body
        // may call `next()` on it and be told it is already executing.
        let (mut frames, awaiting) = {
            let mut g = g.borrow_mut();
            g.started = true;
            (std::mem::take(&mut g.frames), g.awaiting.take())
        };
        self.frames.push(func.clone());
        // Its globals are where it was defined (see `call_user`).
        let caller_globals = self.switch_globals(func.globals_dict.clone());
        let root = &func.code.body;
        let result = match entry {
            Entry::Send(sent) => match awaiting {
                Some((targets, span)) => targets
                    .iter()
                    .try_for_each(|t| self.assign(t, sent.clone()))
                    .map_err(|e| e.at(span)),
                None => Ok(()),
            }
            .and_then(|()| self.step(root, &mut frames)),
            // Raised at the `yield` it stopped at, which the caller found.
            Entry::Throw(e) => match self.unwind(root, &mut frames, Pending::Raise(e)) {
                Ok(Some(stop)) => Ok(stop),
                Ok(None) => self.step(root, &mut frames),
                Err(e) => Err(e),
            },
        };
        self.switch_globals(caller_globals);
        self.frames.pop();
        self.depth -= 1;
        self.scope = saved;
        let mut g = g.borrow_mut();
        g.running = false;
        match result {
            Ok(Stop::Yielded(v)) => {
                // The `yield` it stopped at, if its value is assigned.
                g.awaiting = awaiting_targets(&func.code.body, &frames);
                g.frames = frames;
                Ok(Some(v))
            }
            Ok(Stop::Returned(v)) => {
                g.returned = Some(v);
                Ok(None)
            }
            Err(e) => Err(left_frame(super::exec::traceback_entry(
                func.name(),
                &func.source,
                func.file.as_ref(),
                e,
            ))),
        }
    }

    /// Runs until the next `yield` or the end of the body; an exception
    /// raised in its blocks unwinds them.
    fn step(&mut self, root: &[Stmt], frames: &mut Vec<Frame>) -> Result<Stop> {
        let handling = self.handling.len();
        let result = loop {
            let e = match self.step_blocks(root, frames, handling) {
                Ok(stop) => break Ok(stop),
                Err(e) => e,
            };
            self.handling.truncate(handling);
            match self.unwind(root, frames, Pending::Raise(e)) {
                Ok(Some(stop)) => break Ok(stop),
                Ok(None) => {}
                Err(e) => break Err(e),
            }
        };
        self.handling.truncate(handling);
        result
    }

    fn step_blocks(
        &mut self,
        root: &[Stmt],
        frames: &mut Vec<Frame>,
        handling: usize,
    ) -> Result<Stop> {
        loop {
            crate::array::signals::check_interrupt()?;
            if frames.is_empty() {
                return Ok(Stop::Returned(Value::None));
            }
            // The exceptions its `except` clauses are handling, for a bare
            // `raise` and for chaining.
            self.handling.truncate(handling);
            let caught = frames.iter().filter_map(|f| f.caught.clone());
            self.handling.extend(caught);
            let here = block(root, frames);
            let top = frames.len() - 1;
            let pc = frames[top].pc;
            let Some(stmt) = here.get(pc) else {
                // The block has ended: back to the statement that owns it.
                let Some(ended) = frames.pop() else { continue };
                let Some(parent) = frames.len().checked_sub(1) else {
                    continue;
                };
                let owner = &block(root, frames)[frames[parent].pc];
                match (&owner.kind, ended.part) {
                    (StmtKind::For { .. } | StmtKind::While { .. }, Part::Body) => {
                        self.loop_again(root, frames)?
                    }
                    (StmtKind::Try { orelse, .. }, Part::Body) if !orelse.is_empty() => {
                        frames.push(Frame::new(Part::OrElse));
                    }
                    (StmtKind::Try { .. }, Part::Final) => match ended.pending {
                        Some(p) => {
                            if let Some(stop) = self.unwind(root, frames, p)? {
                                return Ok(stop);
                            }
                        }
                        None => frames[parent].pc += 1,
                    },
                    (
                        StmtKind::Try {
                            handlers,
                            finalbody,
                            ..
                        },
                        part,
                    ) => {
                        if let (Part::Handler(i), Some(exc)) = (part, &ended.caught) {
                            self.leave_handler(&handlers[i], exc, None);
                        }
                        if finalbody.is_empty() {
                            frames[parent].pc += 1;
                        } else {
                            frames.push(Frame::new(Part::Final));
                        }
                    }
                    (StmtKind::With { .. }, _) => {
                        let mgr = frames[parent].mgr.take().unwrap_or(Value::None);
                        frames[parent].pc += 1;
                        self.exit_with(&mgr, Ok(()), ())?;
                    }
                    _ => frames[parent].pc += 1,
                }
                continue;
            };
            match &stmt.kind {
                StmtKind::Yield {
                    value: Some(e),
                    from: true,
                    targets,
                    ..
                } => {
                    if frames[top].iter.is_none() {
                        let src = self.eval(e).map_err(|e| e.at(stmt.span))?;
                        frames[top].iter = Some(PyIter::new(&src).map_err(|e| e.at(stmt.span))?);
                    }
                    let item = match frames[top].iter.as_mut() {
                        Some(it) => it.next_item(self).map_err(|e| e.at(stmt.span))?,
                        None => None,
                    };
                    match item {
                        Some(v) => return Ok(Stop::Yielded(v)),
                        None => {
                            // `r = yield from sub()`: r is what sub returned.
                            let returned = frames[top]
                                .iter
                                .take()
                                .map_or(Value::None, |i| take_returned(&i).unwrap_or(Value::None));
                            for t in targets {
                                self.assign(t, returned.clone())
                                    .map_err(|e| e.at(stmt.span))?;
                            }
                            frames[top].pc += 1;
                        }
                    }
                }
                StmtKind::Yield { value, .. } => {
                    let v = match value {
                        Some(e) => self.eval(e).map_err(|e| e.at(stmt.span))?,
                        None => Value::None,
                    };
                    frames[top].pc += 1;
                    return Ok(Stop::Yielded(v));
                }
                StmtKind::If { test, .. } if contains_yield(std::slice::from_ref(stmt)) => {
                    let t = self.eval(test).map_err(|e| e.at(stmt.span))?;
                    let part = if self.truthy(&t).map_err(|e| e.at(test.span))? {
                        Part::Body
                    } else {
                        Part::OrElse
                    };
                    frames.push(Frame::new(part));
                }
                StmtKind::For { iter, .. } if contains_yield(std::slice::from_ref(stmt)) => {
                    let seq = self.eval(iter).map_err(|e| e.at(stmt.span))?;
                    frames[top].iter = Some(PyIter::new(&seq).map_err(|e| e.at(iter.span))?);
                    self.loop_again(root, frames)?;
                }
                StmtKind::While { .. } if contains_yield(std::slice::from_ref(stmt)) => {
                    self.loop_again(root, frames)?;
                }
                StmtKind::Try { .. } if contains_yield(std::slice::from_ref(stmt)) => {
                    frames.push(Frame::new(Part::Body));
                }
                StmtKind::With { items, .. } if contains_yield(std::slice::from_ref(stmt)) => {
                    let [(context, target)] = &items[..] else {
                        return Err(Error::new(
                            Exc::NotImplementedError,
                            "npcalc does not support 'yield' inside a 'with' of several context managers",
                        )
                        .at(stmt.span));
                    };
                    let mgr = self.eval(context).map_err(|e| e.at(stmt.span))?;
                    let entered = self.enter(&mgr).map_err(|e| e.at(context.span))?;
                    frames[top].mgr = Some(mgr);
                    frames.push(Frame::new(Part::Body));
                    if let Some(t) = target {
                        self.assign(t, entered).map_err(|e| e.at(stmt.span))?;
                    }
                }
                _ => match self.exec_flow(stmt).map_err(|e| e.at(stmt.span))? {
                    Flow::Normal => frames[top].pc += 1,
                    Flow::Return(v) => {
                        if let Some(stop) = self.unwind(root, frames, Pending::Return(v))? {
                            return Ok(stop);
                        }
                    }
                    flow => {
                        if let Some(stop) = self.unwind(root, frames, Pending::Flow(flow))? {
                            return Ok(stop);
                        }
                    }
                },
            }
        }
    }

    /// The loop statement at the top frame's `pc` starts its next turn (or
    /// its `else`, or ends).
    fn loop_again(&mut self, root: &[Stmt], frames: &mut Vec<Frame>) -> Result<()> {
        let Some(top) = frames.len().checked_sub(1) else {
            return Ok(());
        };
        let stmt = &block(root, frames)[frames[top].pc];
        let more = match &stmt.kind {
            StmtKind::For { target, .. } => {
                let item = match frames[top].iter.as_mut() {
                    Some(it) => it.next_item(self).map_err(|e| e.at(stmt.span))?,
                    None => None,
                };
                match item {
                    Some(v) => {
                        self.assign(target, v).map_err(|e| e.at(stmt.span))?;
                        true
                    }
                    None => false,
                }
            }
            StmtKind::While { test, .. } => {
                let t = self.eval(test).map_err(|e| e.at(stmt.span))?;
                self.truthy(&t).map_err(|e| e.at(test.span))?
            }
            _ => false,
        };
        if !more {
            frames[top].iter = None;
        }
        frames.push(Frame::new(if more { Part::Body } else { Part::OrElse }));
        Ok(())
    }

    /// Leaves the top frame's statement by `pending`, block by block: an
    /// exception stops at the first `except` clause that matches it,
    /// `break`/`continue` at their loop; every `finally` on the way runs
    /// (Some of what ends the body, None when stepping goes on).
    fn unwind(
        &mut self,
        root: &[Stmt],
        frames: &mut Vec<Frame>,
        mut pending: Pending,
    ) -> Result<Option<Stop>> {
        while let Some(f) = frames.pop() {
            let Some(parent) = frames.len().checked_sub(1) else {
                break;
            };
            let owner = &block(root, frames)[frames[parent].pc];
            match (&owner.kind, f.part) {
                (StmtKind::For { .. } | StmtKind::While { .. }, Part::Body) => match pending {
                    Pending::Flow(Flow::Continue) => {
                        self.loop_again(root, frames)?;
                        return Ok(None);
                    }
                    Pending::Flow(_) => {
                        frames[parent].iter = None;
                        frames[parent].pc += 1;
                        return Ok(None);
                    }
                    other => pending = other,
                },
                (
                    StmtKind::Try {
                        handlers,
                        finalbody,
                        ..
                    },
                    part,
                ) => {
                    if let (Part::Body, Pending::Raise(e)) = (part, &pending) {
                        match self.catch(e.clone(), handlers) {
                            Ok(Ok((h, exc))) => {
                                let i = handlers.iter().position(|x| std::ptr::eq(x, h));
                                let mut frame = Frame::new(Part::Handler(i.unwrap_or(0)));
                                frame.caught = Some(exc);
                                frames.push(frame);
                                return Ok(None);
                            }
                            Ok(Err(e)) | Err(e) => pending = Pending::Raise(e),
                        }
                    }
                    if let (Part::Handler(i), Some(exc)) = (part, &f.caught) {
                        if let Pending::Raise(e) = pending {
                            pending = Pending::Raise(self.chain(e, exc));
                        }
                        let again = match &pending {
                            Pending::Raise(e) => Some(e),
                            _ => None,
                        };
                        self.leave_handler(&handlers[i], exc, again);
                    }
                    // An exception leaving a `finally` has the one it
                    // replaced as its context.
                    if let (Part::Final, Some(Pending::Raise(old)), Pending::Raise(e)) =
                        (part, &f.pending, &pending)
                    {
                        pending = Pending::Raise(self.chain(e.clone(), old));
                    }
                    if part != Part::Final && !finalbody.is_empty() {
                        let mut frame = Frame::new(Part::Final);
                        frame.pending = Some(pending);
                        frames.push(frame);
                        return Ok(None);
                    }
                }
                (StmtKind::With { .. }, Part::Body) => {
                    let mgr = frames[parent].mgr.take().unwrap_or(Value::None);
                    match pending {
                        Pending::Raise(e) => match self.exit_with(&mgr, Err(e), ()) {
                            // `__exit__` swallowed it.
                            Ok(()) => {
                                frames[parent].pc += 1;
                                return Ok(None);
                            }
                            Err(e) => pending = Pending::Raise(e),
                        },
                        other => {
                            pending = match self.exit_with(&mgr, Ok(()), ()) {
                                Ok(()) => other,
                                Err(e) => Pending::Raise(e),
                            }
                        }
                    }
                }
                _ => {}
            }
        }
        frames.clear();
        match pending {
            Pending::Raise(e) => Err(e),
            Pending::Return(v) => Ok(Some(Stop::Returned(v))),
            Pending::Flow(_) => Ok(Some(Stop::Returned(Value::None))),
        }
    }
}

/// A generator expression `(elt for t in it if c …)`, drawn one item per
/// `next()` as CPython runs its `<genexpr>` frame: only the first iterable
/// is evaluated where the expression stands; the other clauses, the
/// conditions and `elt` run as items are drawn, so `count()` may feed it and
/// side effects interleave with the consumer's.
pub struct GenExpr {
    elt: Expr,
    generators: Vec<Comprehension>,
    scope: Rc<Scope>,
    /// The source its spans index, for its traceback entry.
    source: Rc<str>,
    /// That source's file when it is code from a string (`<string>`).
    file: Option<Rc<str>>,
    /// The globals dict of exec'd code it stands in; None for the module's.
    globals_dict: Option<super::dict::DictRef>,
    /// One iterator per clause entered, outermost first; empty once done.
    iters: Vec<PyIter>,
}

impl GenExpr {
    pub fn new(
        elt: &Expr,
        generators: &[Comprehension],
        first: PyIter,
        scope: Rc<Scope>,
        source: Rc<str>,
        file: Option<Rc<str>>,
        globals_dict: Option<super::dict::DictRef>,
    ) -> GenExpr {
        GenExpr {
            elt: elt.clone(),
            generators: generators.to_vec(),
            scope,
            source,
            file,
            globals_dict,
            iters: vec![first],
        }
    }
}

impl Lazy for GenExpr {
    fn next(&mut self, interp: &mut Interp) -> Result<Option<Value>> {
        if self.iters.is_empty() {
            return Ok(None);
        }
        if interp.depth + 1 >= super::exec::RECURSION_LIMIT {
            return Err(Error::new(
                Exc::RecursionError,
                "maximum recursion depth exceeded",
            ));
        }
        let saved = interp.scope.replace(self.scope.clone());
        let caller_globals = interp.switch_globals(self.globals_dict.clone());
        interp.depth += 1;
        let result = interp.genexpr_step(self);
        interp.depth -= 1;
        interp.switch_globals(caller_globals);
        interp.scope = saved;
        result.map_err(|e| {
            // A generator that raised is finished, as in CPython.
            self.iters.clear();
            left_frame(super::exec::traceback_entry(
                "<genexpr>",
                &self.source,
                self.file.as_ref(),
                e,
            ))
        })
    }
}

impl Interp {
    /// Advances the innermost clause until an item passes every condition.
    fn genexpr_step(&mut self, g: &mut GenExpr) -> Result<Option<Value>> {
        'items: while let Some(it) = g.iters.last_mut() {
            let Some(item) = it.next_item(self)? else {
                g.iters.pop();
                continue;
            };
            crate::array::signals::check_interrupt()?;
            let k = g.iters.len() - 1;
            let clause = &g.generators[k];
            self.assign(&clause.target, item)?;
            for cond in &clause.ifs {
                let c = self.eval(cond)?;
                if !self.truthy(&c)? {
                    continue 'items;
                }
            }
            match g.generators.get(k + 1) {
                Some(inner) => {
                    let seq = self.eval(&inner.iter)?;
                    g.iters
                        .push(PyIter::new(&seq).map_err(|e| e.at(inner.iter.span))?);
                }
                None => return self.eval(&g.elt).map(Some),
            }
        }
        Ok(None)
    }
}

/// An exception leaving a generator's frame: a StopIteration would end the
/// caller's loop silently, so it becomes a RuntimeError caused by it (PEP
/// 479, genobject.c's gen_send_ex2).
fn left_frame(e: Error) -> Error {
    if !e.class.is_a(Exc::StopIteration) {
        return e;
    }
    let mut err = Error::new(Exc::RuntimeError, "generator raised StopIteration");
    let d = err.details_mut();
    d.cause = Some(e);
    d.suppress_context = true;
    err
}

/// The value a finished generator's `return` gave, taken once (None for
/// other iterators, and for a generator taken from before).
fn take_returned(iter: &PyIter) -> Option<Value> {
    match iter {
        PyIter::Generator(g) => g.try_borrow_mut().ok()?.returned.take(),
        PyIter::Shared(inner) => take_returned(&*inner.try_borrow().ok()?),
        _ => None,
    }
}

/// The StopIteration `next()` raises at the end of `iter`: a generator's
/// carries its return value (CPython's `_PyGen_SetStopIterationValue`).
pub(super) fn stop_iteration(it: &mut Interp, iter: &PyIter) -> Error {
    let mut e = Error::new(Exc::StopIteration, "");
    match take_returned(iter) {
        None | Some(Value::None) => e,
        Some(v) => match super::classes::str_of(it, &v).and_then(|text| {
            e.message = text;
            it.keep_args(&mut e, vec![v])
        }) {
            Ok(()) => e,
            Err(err) => err,
        },
    }
}

/// A generator's own methods (CPython's Objects/genobject.c).
pub static GENERATOR_METHODS: &[FnDef] = &[
    method!(
        "send" as Some("generator.send"),
        [p!(PositionalOnly "value", "The value of the yield the generator stopped at.")],
        "Resumes the generator with a value for its yield; returns the next value.",
        send
    ),
    method!(
        "throw" as Some("generator.throw"),
        [p!(PositionalOnly "typ", "The exception (class or instance) raised where it stopped.")],
        "Raises an exception where the generator stopped.",
        throw
    ),
    method!(
        "close" as Some("generator.close"),
        [],
        "Ends the generator.",
        close
    ),
];

/// The generator function's state; a generator expression is stepped
/// elsewhere (`GenExpr`), without these methods.
fn this(args: &Args, method: &str) -> Result<Rc<RefCell<Generator>>> {
    if let Value::Iter(state, _) = args.this()
        && let PyIter::Generator(g) = &*state.borrow()
    {
        return Ok(g.clone());
    }
    Err(Error::new(
        Exc::NotImplementedError,
        format!("npcalc does not support {method}() on a generator expression"),
    ))
}

fn send(it: &mut Interp, args: &Args) -> Result<Value> {
    let g = this(args, "send")?;
    let value = args.get("value");
    if !g.borrow().started && !matches!(value, Value::None) {
        return Err(Error::type_error(
            "can't send non-None value to a just-started generator",
        ));
    }
    match it.resume_with(&g, value)? {
        Some(v) => Ok(v),
        None => Err(stop_iteration(it, &PyIter::Generator(g))),
    }
}

/// Ends the generator: GeneratorExit is raised where it stopped, so its
/// `finally` blocks and `__exit__` methods run (Objects/genobject.c's
/// gen_close).
fn close(it: &mut Interp, args: &Args) -> Result<Value> {
    close_generator(it, &this(args, "close")?)
}

/// Closes the generator a `for` loop walked and left early (break, return,
/// an error) when nothing else holds it: CPython drops the loop's iterator
/// then, and the last reference going closes it, so its `finally` blocks
/// run before the code after the loop. What closing raises CPython only
/// reports as "Exception ignored"; it is dropped here.
pub(super) fn close_abandoned(it: &mut Interp, iter: PyIter) {
    let PyIter::Shared(state) = iter else {
        return;
    };
    if Rc::strong_count(&state) != 1 {
        return;
    }
    let g = match &*state.borrow() {
        PyIter::Generator(g) => g.clone(),
        _ => return,
    };
    let _ = close_generator(it, &g);
}

fn close_generator(it: &mut Interp, g: &Rc<RefCell<Generator>>) -> Result<Value> {
    let exit = Error::new(Exc::GeneratorExit, "");
    match raise_in(it, g, exit) {
        Ok(Some(_)) => Err(Error::new(
            Exc::RuntimeError,
            "generator ignored GeneratorExit",
        )),
        Ok(None) => Ok(Value::None),
        Err(e) if matches!(e.class, Exc::GeneratorExit | Exc::StopIteration) => Ok(Value::None),
        Err(e) => Err(e),
    }
}

/// Raises the exception where the generator stopped: it may catch it and
/// yield again.
fn throw(it: &mut Interp, args: &Args) -> Result<Value> {
    let g = this(args, "throw")?;
    let span = args.span("typ");
    let e = it.exception_of(args.get("typ"), span).unwrap_or_else(|| {
        Err(Error::type_error(format!(
            "exceptions must be classes or instances deriving from BaseException, not {}",
            args.get("typ").type_name()
        )))
    })?;
    match raise_in(it, &g, e)? {
        Some(v) => Ok(v),
        None => Err(stop_iteration(it, &PyIter::Generator(g))),
    }
}

/// Resumes the generator with `e` raised at the `yield` it stopped at; one
/// not started or already over just ends, `e` going to the caller.
fn raise_in(it: &mut Interp, g: &Rc<RefCell<Generator>>, e: Error) -> Result<Option<Value>> {
    let (at, started) = {
        let Ok(mut g) = g.try_borrow_mut() else {
            return Err(Error::value_error("generator already executing"));
        };
        if g.running {
            return Err(Error::value_error("generator already executing"));
        }
        let at = stopped_at(&g.func.code.body, &g.frames);
        let started = g.started;
        if at.is_none() {
            g.frames.clear();
            g.awaiting = None;
            g.started = true;
        }
        (at, started)
    };
    match at {
        // Its frame is in the traceback, where it had stopped.
        Some(span) => it.resume_by(g, Entry::Throw(Error { span: None, ..e }.at(span))),
        // One not started runs its frame just to raise it there.
        None if !started => Err(left_frame(e)),
        None => Err(e),
    }
}

/// The span of the `yield` a started generator has stopped at.
fn stopped_at(root: &[Stmt], frames: &[Frame]) -> Option<crate::error::Span> {
    let top = frames.last()?;
    let pc = if top.iter.is_some() {
        top.pc
    } else {
        top.pc.checked_sub(1)?
    };
    match &block(root, frames).get(pc)?.kind {
        StmtKind::Yield { at, .. } => Some(*at),
        _ => None,
    }
}
