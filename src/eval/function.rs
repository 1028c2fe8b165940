//! Functions written in the session (`def`, `lambda`): their scopes and
//! how a call binds arguments to parameters, with CPython's messages.

use super::table::CallArgs;
use super::value::Value;
use crate::error::{Error, Result};
use crate::syntax::ast::{Comprehension, Expr, ExprKind, Function, ParamKind, Stmt, StmtKind};
use std::cell::RefCell;
use std::collections::{HashMap, HashSet};
use std::rc::Rc;

/// The variables of one function call (or comprehension), linked to the
/// scope the function was defined in, for closures.
pub struct Scope {
    pub vars: RefCell<HashMap<String, Value>>,
    pub parent: Option<Rc<Scope>>,
    /// Names this scope binds (assigned anywhere in its body).
    pub locals: Rc<HashSet<String>>,
    /// Names declared `global` / `nonlocal` in the body.
    pub globals: Rc<HashSet<String>>,
    pub nonlocals: Rc<HashSet<String>>,
    /// A function's own scope (not a comprehension's).
    pub is_function: bool,
    /// The qualified-name prefix of what is defined here: `f.<locals>` in
    /// function `f`, `A` in class `A`'s body; None at module level.
    pub qualname: Option<Rc<str>>,
    /// A class body: functions defined in it do not see its names.
    pub class_body: bool,
}

impl Scope {
    /// The scope a class body runs in.
    pub fn class_body(parent: Option<Rc<Scope>>, qualname: &str, body: &[Stmt]) -> Rc<Scope> {
        Scope::namespace(parent, Some(Rc::from(qualname)), HashMap::new(), body)
    }

    /// The locals of code that `exec`/`eval` run in a namespace of their
    /// own: a class body's kind of scope (functions defined there do not
    /// see it), holding `vars` to start with, with no qualified name.
    pub fn exec_locals(vars: HashMap<String, Value>, body: &[Stmt]) -> Rc<Scope> {
        Scope::namespace(None, None, vars, body)
    }

    fn namespace(
        parent: Option<Rc<Scope>>,
        qualname: Option<Rc<str>>,
        vars: HashMap<String, Value>,
        body: &[Stmt],
    ) -> Rc<Scope> {
        let mut locals = HashSet::new();
        let mut globals = HashSet::new();
        let mut nonlocals = HashSet::new();
        declared(body, &mut globals, &mut nonlocals);
        bound_names(body, &mut locals);
        Rc::new(Scope {
            vars: RefCell::new(vars),
            parent,
            locals: Rc::new(locals),
            globals: Rc::new(globals),
            nonlocals: Rc::new(nonlocals),
            is_function: false,
            qualname,
            class_body: true,
        })
    }
}

/// A `def` or `lambda` value: the code, defaults evaluated at definition
/// time, and the scope it closes over (None at module level).
pub struct UserFn {
    pub code: std::sync::Arc<Function>,
    pub defaults: Vec<Option<Value>>,
    pub closure: Option<Rc<Scope>>,
    pub locals: Rc<HashSet<String>>,
    pub globals: Rc<HashSet<String>>,
    pub nonlocals: Rc<HashSet<String>>,
    /// The source text the code's spans index, for tracebacks.
    pub source: Rc<str>,
    /// The file of code run from a string (`exec`'s `<string>`); None for
    /// the script's or session's own.
    pub file: Option<Rc<str>>,
    /// The dict that was the globals where it was defined (by exec'd code
    /// given one); None for the module's own.
    pub globals_dict: Option<super::dict::DictRef>,
    /// A `def` with `yield`: calling it makes a generator.
    pub generator: bool,
    /// `A.method`, `f.<locals>.g` or `f`: the code's qualified name, which
    /// prefixes what the body defines (`__qualname__` may since differ).
    pub code_qualname: String,
    /// The class whose body defined it, for `super()`.
    pub class: super::classes::ClassCell,
    /// `__name__`, `__doc__`, `f.x = 1` and the rest Python code can set.
    pub attrs: RefCell<super::fnattrs::FnAttrs>,
}

impl std::fmt::Debug for UserFn {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "<function {}>", self.code.name.name)
    }
}

impl UserFn {
    pub fn new(
        code: std::sync::Arc<Function>,
        defaults: Vec<Option<Value>>,
        closure: Option<Rc<Scope>>,
        source: Rc<str>,
        qualname: String,
        annotations: Option<Value>,
    ) -> UserFn {
        let mut locals = HashSet::new();
        let mut globals = HashSet::new();
        let mut nonlocals = HashSet::new();
        for p in &code.params {
            locals.insert(p.name.name.clone());
        }
        declared(&code.body, &mut globals, &mut nonlocals);
        bound_names(&code.body, &mut locals);
        for g in globals.iter().chain(&nonlocals) {
            locals.remove(g);
        }
        let generator = super::generator::contains_yield(&code.body);
        let doc = super::classes::docstring(&code.body);
        let attrs = super::fnattrs::FnAttrs::new(&code.name.name, &qualname, doc, annotations);
        UserFn {
            code,
            defaults,
            closure,
            locals: Rc::new(locals),
            globals: Rc::new(globals),
            nonlocals: Rc::new(nonlocals),
            generator,
            source,
            file: None,
            globals_dict: None,
            code_qualname: qualname,
            class: Default::default(),
            attrs: RefCell::new(attrs),
        }
    }

    pub fn name(&self) -> &str {
        &self.code.name.name
    }

    /// `__qualname__`, as reprs and argument errors show it.
    pub fn qualname(&self) -> Rc<str> {
        self.attrs.borrow().qualname.clone()
    }

    /// A fresh scope with the call's arguments bound to the parameters.
    pub fn bind(&self, call: CallArgs) -> Result<Rc<Scope>> {
        let name = self.qualname();
        let params = &self.code.params;
        let mut vars: HashMap<String, Value> = HashMap::new();
        let positional_slots: Vec<usize> = (0..params.len())
            .filter(|&i| {
                matches!(
                    params[i].kind,
                    ParamKind::PositionalOnly | ParamKind::Normal
                )
            })
            .collect();
        let var_pos = params
            .iter()
            .position(|p| p.kind == ParamKind::VarPositional);
        let var_kw = params.iter().position(|p| p.kind == ParamKind::VarKeyword);
        let given = call.positional.len();
        let mut extra = Vec::new();
        for (k, (v, _)) in call.positional.into_iter().enumerate() {
            match positional_slots.get(k) {
                Some(&i) => {
                    vars.insert(params[i].name.name.clone(), v);
                }
                None => extra.push(v),
            }
        }
        if !extra.is_empty() && var_pos.is_none() {
            let max = positional_slots.len();
            let min = positional_slots
                .iter()
                .filter(|&&i| self.defaults[i].is_none())
                .count();
            let takes = if min == max {
                format!("{max} positional argument{}", plural(max))
            } else {
                format!("from {min} to {max} positional arguments")
            };
            let kw_given = call
                .keywords
                .iter()
                .filter(|(k, _, _)| {
                    params
                        .iter()
                        .any(|p| p.name.name == *k && p.kind == ParamKind::KeywordOnly)
                })
                .count();
            let was = if given == 1 { "was" } else { "were" };
            let mut msg = format!("{name}() takes {takes} but {given}");
            if kw_given > 0 {
                msg.push_str(&format!(
                    " positional argument{} (and {kw_given} keyword-only argument{}) were given",
                    plural(given),
                    plural(kw_given)
                ));
            } else {
                msg.push_str(&format!(" {was} given"));
            }
            return Err(Error::type_error(msg));
        }
        if let Some(i) = var_pos {
            vars.insert(params[i].name.name.clone(), Value::tuple(extra));
        }
        let mut kwargs = Vec::new();
        let mut posonly_as_kw = Vec::new();
        for (key, v, _) in call.keywords {
            match params.iter().find(|p| {
                p.name.name == key
                    && !matches!(p.kind, ParamKind::VarPositional | ParamKind::VarKeyword)
            }) {
                Some(p) if p.kind == ParamKind::PositionalOnly => {
                    if var_kw.is_some() {
                        kwargs.push((Value::str(&key), v));
                    } else {
                        posonly_as_kw.push(key);
                    }
                }
                Some(p) => {
                    if vars.contains_key(&p.name.name) {
                        return Err(Error::type_error(format!(
                            "{name}() got multiple values for argument '{key}'"
                        )));
                    }
                    vars.insert(key, v);
                }
                None if var_kw.is_some() => kwargs.push((Value::str(&key), v)),
                None => {
                    return Err(Error::type_error(format!(
                        "{name}() got an unexpected keyword argument '{key}'"
                    )));
                }
            }
        }
        if !posonly_as_kw.is_empty() {
            return Err(Error::type_error(format!(
                "{name}() got some positional-only arguments passed as keyword arguments: '{}'",
                posonly_as_kw.join(", ")
            )));
        }
        if let Some(i) = var_kw {
            vars.insert(
                params[i].name.name.clone(),
                super::dict::value(super::dict::PyDict::from_pairs(kwargs)?),
            );
        }
        let mut missing_pos = Vec::new();
        let mut missing_kw = Vec::new();
        for (i, p) in params.iter().enumerate() {
            if vars.contains_key(&p.name.name)
                || matches!(p.kind, ParamKind::VarPositional | ParamKind::VarKeyword)
            {
                continue;
            }
            match &self.defaults[i] {
                Some(d) => {
                    vars.insert(p.name.name.clone(), d.clone());
                }
                None if p.kind == ParamKind::KeywordOnly => missing_kw.push(&p.name.name),
                None => missing_pos.push(&p.name.name),
            }
        }
        for (missing, what) in [(missing_pos, "positional"), (missing_kw, "keyword-only")] {
            if !missing.is_empty() {
                return Err(Error::type_error(format!(
                    "{name}() missing {} required {what} argument{}: {}",
                    missing.len(),
                    plural(missing.len()),
                    and_list(&missing)
                )));
            }
        }
        Ok(Rc::new(Scope {
            vars: RefCell::new(vars),
            parent: self.closure.clone(),
            locals: self.locals.clone(),
            globals: self.globals.clone(),
            nonlocals: self.nonlocals.clone(),
            is_function: true,
            qualname: Some(Rc::from(format!("{}.<locals>", self.code_qualname))),
            class_body: false,
        }))
    }
}

/// The scope of one comprehension: its targets are its own.
pub fn comprehension_scope(parent: Option<Rc<Scope>>, generators: &[Comprehension]) -> Rc<Scope> {
    let mut locals = HashSet::new();
    for g in generators {
        target_names(&g.target, &mut locals);
    }
    let qualname = parent.as_ref().and_then(|p| p.qualname.clone());
    Rc::new(Scope {
        vars: RefCell::new(HashMap::new()),
        parent,
        locals: Rc::new(locals),
        globals: Rc::new(HashSet::new()),
        nonlocals: Rc::new(HashSet::new()),
        is_function: false,
        qualname,
        class_body: false,
    })
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

/// `'a'`, `'a' and 'b'`, `'a', 'b', and 'c'` as CPython lists missing names.
fn and_list(names: &[&String]) -> String {
    let q: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    match q.len() {
        1 => q[0].clone(),
        2 => format!("{} and {}", q[0], q[1]),
        n => format!("{}, and {}", q[..n - 1].join(", "), q[n - 1]),
    }
}

/// `global`/`nonlocal` declarations anywhere in a body (not nested defs).
fn declared(body: &[Stmt], globals: &mut HashSet<String>, nonlocals: &mut HashSet<String>) {
    for s in body {
        match &s.kind {
            StmtKind::Global(names) => globals.extend(names.iter().map(|n| n.name.clone())),
            StmtKind::Nonlocal(names) => nonlocals.extend(names.iter().map(|n| n.name.clone())),
            _ => for_children(s, |b| declared(b, globals, nonlocals)),
        }
    }
}

/// Names a body binds: assignment and loop targets, `except … as`, `def`,
/// imports, `del` (nested function bodies have their own).
fn bound_names(body: &[Stmt], out: &mut HashSet<String>) {
    for s in body {
        match &s.kind {
            StmtKind::Assign { targets, .. } => {
                for t in targets {
                    target_names(t, out);
                }
            }
            StmtKind::Yield { targets, .. } => {
                for t in targets {
                    target_names(t, out);
                }
            }
            StmtKind::AugAssign { target, .. } | StmtKind::AnnAssign { target, .. } => {
                target_names(target, out)
            }
            StmtKind::For { target, .. } => target_names(target, out),
            StmtKind::Delete(targets) => {
                for t in targets {
                    target_names(t, out);
                }
            }
            StmtKind::FunctionDef(f) => {
                out.insert(f.name.name.clone());
            }
            StmtKind::ClassDef(c) => {
                out.insert(c.name.name.clone());
            }
            StmtKind::Decorated { def, .. } => bound_names(std::slice::from_ref(def), out),
            StmtKind::With { items, .. } => {
                for (_, target) in items {
                    if let Some(t) = target {
                        target_names(t, out);
                    }
                }
            }
            StmtKind::Import { module, alias } => {
                out.insert(
                    alias
                        .as_ref()
                        .map_or(module.name.split('.').next().unwrap_or(""), |a| &a.name)
                        .to_string(),
                );
            }
            StmtKind::FromImport { names, .. } => {
                for (n, a) in names {
                    out.insert(a.as_ref().unwrap_or(n).name.clone());
                }
            }
            StmtKind::Try { handlers, .. } => {
                for h in handlers {
                    if let Some(n) = &h.name {
                        out.insert(n.name.clone());
                    }
                }
            }
            _ => {}
        }
        s.for_each_expr(|e| {
            walrus_targets(e, &mut |t| {
                out.insert(t.name.clone());
            })
        });
        for_children(s, |b| bound_names(b, out));
    }
}

/// Calls `f` on each `:=` target in `e`, those in comprehensions too: PEP
/// 572 binds them in the scope around the comprehension.
fn walrus_targets(e: &Expr, f: &mut dyn FnMut(&crate::syntax::ast::Ident)) {
    if let ExprKind::Named(target, _) = &e.kind {
        f(target);
    }
    if !e.kind.is_literal() {
        e.for_each_child(|c| walrus_targets(c, f));
    }
}

/// The names a class body binds, in the order they first appear.
pub fn names_in_order(body: &[Stmt], out: &mut Vec<String>) {
    for s in body {
        let mut here = HashSet::new();
        bound_names(std::slice::from_ref(s), &mut here);
        let mut here: Vec<String> = here.into_iter().filter(|n| !out.contains(n)).collect();
        // Names bound by one statement: in source order of their first use.
        here.sort_by_key(|n| first_offset(s, n));
        out.extend(here);
    }
}

/// Where `name` first appears as a target in `s` (for ordering a class's names).
fn first_offset(s: &Stmt, name: &str) -> usize {
    // A `:=` binds as its expression runs, before the statement's targets.
    let mut walrus = None;
    s.for_each_expr(|e| {
        walrus_targets(e, &mut |t| {
            if t.name == name && walrus.is_none() {
                walrus = Some(t.span.start);
            }
        })
    });
    if let Some(at) = walrus {
        return at;
    }
    match &s.kind {
        StmtKind::Assign { targets, value } => targets
            .iter()
            .filter_map(|t| name_offset(t, name))
            .min()
            .map_or(s.span.start, |at| value.span.end + at),
        StmtKind::For { target, .. } if name_offset(target, name).is_some() => {
            name_offset(target, name).unwrap_or(s.span.start)
        }
        _ => {
            // Inside a block: where the first statement binding it does.
            let mut first = None;
            for_children(s, |block| {
                for child in block {
                    let mut names = HashSet::new();
                    bound_names(std::slice::from_ref(child), &mut names);
                    if first.is_none() && names.contains(name) {
                        first = Some(first_offset(child, name));
                    }
                }
            });
            first.unwrap_or(s.span.start)
        }
    }
}

fn name_offset(t: &Expr, name: &str) -> Option<usize> {
    match &t.kind {
        ExprKind::Name(n) if n == name => Some(t.span.start),
        ExprKind::Tuple(items) | ExprKind::List(items) => {
            items.iter().filter_map(|i| name_offset(i, name)).min()
        }
        ExprKind::Starred(inner) => name_offset(inner, name),
        _ => None,
    }
}

/// Runs `f` on each nested block of a statement (not function bodies).
fn for_children(s: &Stmt, mut f: impl FnMut(&[Stmt])) {
    match &s.kind {
        StmtKind::If { body, orelse, .. }
        | StmtKind::While { body, orelse, .. }
        | StmtKind::For { body, orelse, .. } => {
            f(body);
            f(orelse);
        }
        StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
        } => {
            f(body);
            for h in handlers {
                f(&h.body);
            }
            f(orelse);
            f(finalbody);
        }
        StmtKind::With { body, .. } => f(body),
        _ => {}
    }
}

/// The names an assignment target binds.
pub fn target_names(t: &Expr, out: &mut HashSet<String>) {
    match &t.kind {
        ExprKind::Name(n) => {
            out.insert(n.clone());
        }
        ExprKind::Tuple(items) | ExprKind::List(items) => {
            for i in items {
                target_names(i, out);
            }
        }
        ExprKind::Starred(inner) => target_names(inner, out),
        _ => {}
    }
}
