//! The `global`/`nonlocal` errors of CPython 3.11's Python/symtable.c,
//! found after the whole parse and before anything runs: its visit pass
//! (a declaration after the name was used, assigned, annotated or made a
//! parameter in the same block), then its analysis pass (a `nonlocal` with
//! no binding in an enclosing function, or at module level, and a name
//! both `nonlocal` and `global`).

use super::ast::*;
use crate::error::{Error, Span};

const DEF_GLOBAL: u8 = 1;
const DEF_LOCAL: u8 = 2;
const DEF_PARAM: u8 = 4;
const DEF_NONLOCAL: u8 = 8;
const USE: u8 = 16;
const DEF_ANNOT: u8 = 32;
/// Bound by an import: unlike an assignment, no error before `global`.
const DEF_IMPORT: u8 = 64;
/// A comprehension's iteration variable, which `:=` may not rebind.
const DEF_COMP_ITER: u8 = 128;

#[derive(Clone, Copy, PartialEq, Eq)]
enum BlockKind {
    Module,
    Function,
    Class,
    /// A comprehension's implicit function; `:=` inside binds outside it.
    Comprehension,
}

struct Block {
    kind: BlockKind,
    /// Each name's flags, in the order the names first appear.
    symbols: Vec<(String, u8)>,
    /// Where each name is in `symbols` (a module may bind thousands).
    index: std::collections::HashMap<String, usize>,
    /// Where each `global`/`nonlocal` name was declared.
    directives: Vec<(String, Span)>,
    children: Vec<Block>,
}

impl Block {
    fn new(kind: BlockKind) -> Self {
        Block {
            kind,
            symbols: Vec::new(),
            index: std::collections::HashMap::new(),
            directives: Vec::new(),
            children: Vec::new(),
        }
    }

    fn flags(&self, name: &str) -> u8 {
        self.index.get(name).map_or(0, |&i| self.symbols[i].1)
    }

    fn add(&mut self, name: &str, flag: u8) {
        match self.index.get(name) {
            Some(&i) => self.symbols[i].1 |= flag,
            None => {
                self.index.insert(name.to_string(), self.symbols.len());
                self.symbols.push((name.to_string(), flag));
            }
        }
    }

    fn directive(&self, name: &str) -> Span {
        self.directives
            .iter()
            .find(|(n, _)| n == name)
            .map_or(Span::default(), |d| d.1)
    }
}

/// The first symbol-table error of a program, as CPython reports it.
pub fn check(program: &[Stmt]) -> Result<(), Error> {
    let mut v = Visitor {
        stack: vec![Block::new(BlockKind::Module)],
    };
    v.stmts(program)?;
    let top = v
        .stack
        .pop()
        .unwrap_or_else(|| Block::new(BlockKind::Module));
    analyze(&top, None)
}

struct Visitor {
    stack: Vec<Block>,
}

type Visit = Result<(), Error>;

impl Visitor {
    fn cur(&mut self) -> &mut Block {
        let last = self.stack.len() - 1;
        &mut self.stack[last]
    }

    fn enter(&mut self, kind: BlockKind) {
        self.stack.push(Block::new(kind));
    }

    fn exit(&mut self) {
        if self.stack.len() > 1
            && let Some(b) = self.stack.pop()
        {
            self.cur().children.push(b);
        }
    }

    fn stmts(&mut self, body: &[Stmt]) -> Visit {
        body.iter().try_for_each(|s| self.stmt(s))
    }

    fn stmt(&mut self, s: &Stmt) -> Visit {
        match &s.kind {
            StmtKind::Expr(e) => self.expr(e),
            StmtKind::Assign { targets, value } => {
                targets.iter().try_for_each(|t| self.store(t))?;
                self.expr(value)
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => {
                if let ExprKind::Name(name) = &target.kind {
                    let cur = self.cur().flags(name);
                    let module = self.stack.len() == 1;
                    if cur & (DEF_GLOBAL | DEF_NONLOCAL) != 0 && !module && *simple {
                        let what = if cur & DEF_GLOBAL != 0 {
                            "global"
                        } else {
                            "nonlocal"
                        };
                        return Err(Error::syntax(
                            format!("annotated name '{name}' can't be {what}"),
                            s.span,
                        ));
                    }
                    if *simple {
                        self.cur().add(name, DEF_ANNOT | DEF_LOCAL);
                    } else {
                        self.store(target)?;
                    }
                } else {
                    self.store(target)?;
                }
                self.expr(annotation)?;
                value.iter().try_for_each(|v| self.expr(v))
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.store(target)?;
                self.expr(value)
            }
            StmtKind::Import { module, alias } => {
                let name = alias
                    .as_ref()
                    .map_or(module.name.split('.').next().unwrap_or(""), |a| &a.name);
                self.cur().add(name, DEF_IMPORT);
                Ok(())
            }
            StmtKind::FromImport { names, .. } => {
                for (n, a) in names {
                    let name = &a.as_ref().unwrap_or(n).name;
                    if name != "*" {
                        self.cur().add(name, DEF_IMPORT);
                    }
                }
                Ok(())
            }
            StmtKind::Pass | StmtKind::Break | StmtKind::Continue => Ok(()),
            StmtKind::If { test, body, orelse } | StmtKind::While { test, body, orelse } => {
                self.expr(test)?;
                self.stmts(body)?;
                self.stmts(orelse)
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
            } => {
                self.store(target)?;
                self.expr(iter)?;
                self.stmts(body)?;
                self.stmts(orelse)
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                self.stmts(body)?;
                for h in handlers {
                    h.class.iter().try_for_each(|c| self.expr(c))?;
                    if let Some(n) = &h.name {
                        self.cur().add(&n.name, DEF_LOCAL);
                    }
                    self.stmts(&h.body)?;
                }
                self.stmts(orelse)?;
                self.stmts(finalbody)
            }
            StmtKind::With { items, body } => {
                for (ctx, target) in items {
                    self.expr(ctx)?;
                    target.iter().try_for_each(|t| self.store(t))?;
                }
                self.stmts(body)
            }
            StmtKind::FunctionDef(f) => self.function(f, &[]),
            StmtKind::ClassDef(c) => self.class(c, &[]),
            StmtKind::Decorated { decorators, def } => match &def.kind {
                StmtKind::FunctionDef(f) => self.function(f, decorators),
                StmtKind::ClassDef(c) => self.class(c, decorators),
                _ => {
                    decorators.iter().try_for_each(|d| self.expr(d))?;
                    self.stmt(def)
                }
            },
            StmtKind::Return(value) => value.iter().try_for_each(|v| self.expr(v)),
            StmtKind::Yield { value, .. } => value.iter().try_for_each(|v| self.expr(v)),
            StmtKind::Raise { exc, cause } => {
                exc.iter().chain(cause).try_for_each(|e| self.expr(e))
            }
            StmtKind::Assert { test, msg } => {
                self.expr(test)?;
                msg.iter().try_for_each(|m| self.expr(m))
            }
            StmtKind::Delete(targets) => targets.iter().try_for_each(|t| self.store(t)),
            StmtKind::Global(names) => self.declare(names, DEF_GLOBAL, "global", s.span),
            StmtKind::Nonlocal(names) => self.declare(names, DEF_NONLOCAL, "nonlocal", s.span),
        }
    }

    /// `global` or `nonlocal`: the name must not have been seen in this
    /// block before.
    fn declare(&mut self, names: &[Ident], flag: u8, what: &str, span: Span) -> Visit {
        for n in names {
            let name = &n.name;
            let cur = self.cur().flags(name);
            if cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT) != 0 {
                let message = if cur & DEF_PARAM != 0 {
                    format!("name '{name}' is parameter and {what}")
                } else if cur & USE != 0 {
                    format!("name '{name}' is used prior to {what} declaration")
                } else if cur & DEF_ANNOT != 0 {
                    format!("annotated name '{name}' can't be {what}")
                } else {
                    format!("name '{name}' is assigned to before {what} declaration")
                };
                return Err(Error::syntax(message, span));
            }
            self.cur().add(name, flag);
            self.cur().directives.push((name.clone(), span));
        }
        Ok(())
    }

    /// A function's defaults and annotations belong to the block around
    /// it; its parameters and body to its own.
    fn function(&mut self, f: &Function, decorators: &[Expr]) -> Visit {
        if !f.is_lambda {
            self.cur().add(&f.name.name, DEF_LOCAL);
        }
        for p in &f.params {
            p.default.iter().try_for_each(|d| self.expr(d))?;
        }
        for p in &f.params {
            p.annotation.iter().try_for_each(|a| self.expr(a))?;
        }
        f.returns.iter().try_for_each(|r| self.expr(r))?;
        decorators.iter().try_for_each(|d| self.expr(d))?;
        self.enter(BlockKind::Function);
        for p in &f.params {
            self.cur().add(&p.name.name, DEF_PARAM);
        }
        let r = self.stmts(&f.body);
        self.exit();
        r
    }

    fn class(&mut self, c: &ClassDef, decorators: &[Expr]) -> Visit {
        self.cur().add(&c.name.name, DEF_LOCAL);
        c.bases.iter().try_for_each(|a| self.arg(a))?;
        decorators.iter().try_for_each(|d| self.expr(d))?;
        self.enter(BlockKind::Class);
        let r = self.stmts(&c.body);
        self.exit();
        r
    }

    fn arg(&mut self, a: &Arg) -> Visit {
        match a {
            Arg::Positional(e) | Arg::Keyword(_, e) | Arg::Unpack(e) => self.expr(e),
        }
    }

    /// An assignment or `del` target.
    fn store(&mut self, t: &Expr) -> Visit {
        self.store_as(t, DEF_LOCAL)
    }

    fn store_as(&mut self, t: &Expr, flag: u8) -> Visit {
        match &t.kind {
            ExprKind::Name(n) => {
                self.cur().add(n, flag);
                Ok(())
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                items.iter().try_for_each(|i| self.store_as(i, flag))
            }
            ExprKind::Starred(inner) => self.store_as(inner, flag),
            _ => self.expr(t),
        }
    }

    fn expr(&mut self, e: &Expr) -> Visit {
        match &e.kind {
            ExprKind::Int(_)
            | ExprKind::Float(_)
            | ExprKind::Imag(_)
            | ExprKind::Str(_)
            | ExprKind::Bool(_)
            | ExprKind::None
            | ExprKind::Ellipsis
            | ExprKind::PackedList { .. } => Ok(()),
            ExprKind::Name(n) => {
                self.cur().add(n, USE);
                Ok(())
            }
            ExprKind::List(items) | ExprKind::Tuple(items) | ExprKind::Set(items) => items
                .iter()
                .filter(|i| !i.kind.is_literal())
                .try_for_each(|i| self.expr(i)),
            ExprKind::BoolOp(_, items) => items.iter().try_for_each(|i| self.expr(i)),
            ExprKind::Unary(_, a) | ExprKind::Not(a) | ExprKind::Starred(a) => self.expr(a),
            ExprKind::Binary(_, a, b) | ExprKind::Subscript(a, b) => {
                self.expr(a)?;
                self.expr(b)
            }
            ExprKind::Compare(first, rest) => {
                self.expr(first)?;
                rest.iter().try_for_each(|(_, r)| self.expr(r))
            }
            ExprKind::IfElse { cond, body, orelse } => {
                self.expr(cond)?;
                self.expr(body)?;
                self.expr(orelse)
            }
            ExprKind::Attribute(value, _) => self.expr(value),
            ExprKind::Call { func, args } => {
                self.expr(func)?;
                args.iter().try_for_each(|a| self.arg(a))
            }
            ExprKind::Slice(lo, hi, step) => [lo, hi, step]
                .into_iter()
                .flatten()
                .try_for_each(|x| self.expr(x)),
            ExprKind::Named(target, value) => {
                self.expr(value)?;
                let rebinds = self
                    .stack
                    .iter()
                    .rev()
                    .take_while(|b| b.kind == BlockKind::Comprehension)
                    .any(|b| b.flags(&target.name) & DEF_COMP_ITER != 0);
                if rebinds {
                    return Err(Error::syntax(
                        format!(
                            "assignment expression cannot rebind comprehension iteration variable '{}'",
                            target.name
                        ),
                        target.span,
                    ));
                }
                // CPython binds it in the nearest block that is not a comprehension.
                let at = self
                    .stack
                    .iter()
                    .rposition(|b| b.kind != BlockKind::Comprehension)
                    .unwrap_or(0);
                // symtable_extend_namedexpr_scope: a class body has no scope
                // a comprehension's target could bind in.
                if self.stack[at].kind == BlockKind::Class && at + 1 < self.stack.len() {
                    return Err(Error::syntax(
                        "assignment expression within a comprehension cannot be used in a class body",
                        target.span,
                    ));
                }
                self.stack[at].add(&target.name, DEF_LOCAL);
                Ok(())
            }
            ExprKind::Dict(items) => items.iter().try_for_each(|(k, v)| {
                k.iter().try_for_each(|k| self.expr(k))?;
                self.expr(v)
            }),
            ExprKind::Comp {
                elt, generators, ..
            } => self.comprehension(generators, None, elt),
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => self.comprehension(generators, Some(value), key),
            ExprKind::Lambda(f) => self.function(f, &[]),
            ExprKind::FString(parts) => self.fstring(parts),
        }
    }

    fn fstring(&mut self, parts: &[FPart]) -> Visit {
        parts.iter().try_for_each(|p| match p {
            FPart::Lit(_) => Ok(()),
            FPart::Field { value, spec, .. } => {
                self.expr(value)?;
                self.fstring(spec)
            }
        })
    }

    /// The first iterable is evaluated outside; the rest inside.
    fn comprehension(&mut self, gens: &[Comprehension], value: Option<&Expr>, elt: &Expr) -> Visit {
        let Some(first) = gens.first() else {
            return Ok(());
        };
        self.expr(&first.iter)?;
        self.enter(BlockKind::Comprehension);
        let r = (|| {
            self.store_as(&first.target, DEF_LOCAL | DEF_COMP_ITER)?;
            first.ifs.iter().try_for_each(|c| self.expr(c))?;
            for g in &gens[1..] {
                self.store_as(&g.target, DEF_LOCAL | DEF_COMP_ITER)?;
                self.expr(&g.iter)?;
                g.ifs.iter().try_for_each(|c| self.expr(c))?;
            }
            value.iter().try_for_each(|v| self.expr(v))?;
            self.expr(elt)
        })();
        self.exit();
        r
    }
}

/// symtable.c's analyze_block: `bound` holds the names bound in enclosing
/// functions (None at module level).
fn analyze(block: &Block, bound: Option<&[String]>) -> Result<(), Error> {
    let mut bound: Option<Vec<String>> = bound.map(<[String]>::to_vec);
    let mut local = Vec::new();
    for (name, flags) in &block.symbols {
        if flags & DEF_GLOBAL != 0 {
            if flags & DEF_NONLOCAL != 0 {
                return Err(Error::syntax(
                    format!("name '{name}' is nonlocal and global"),
                    block.directive(name),
                ));
            }
            if let Some(b) = &mut bound {
                b.retain(|n| n != name);
            }
        } else if flags & DEF_NONLOCAL != 0 {
            let Some(b) = &bound else {
                return Err(Error::syntax(
                    "nonlocal declaration not allowed at module level",
                    block.directive(name),
                ));
            };
            if !b.contains(name) {
                return Err(Error::syntax(
                    format!("no binding for nonlocal '{name}' found"),
                    block.directive(name),
                ));
            }
        } else if flags & (DEF_LOCAL | DEF_PARAM | DEF_IMPORT) != 0 {
            local.push(name.clone());
        }
    }
    // A class's names are not visible in functions nested in it.
    let mut inner = bound.unwrap_or_default();
    if matches!(block.kind, BlockKind::Function | BlockKind::Comprehension) {
        inner.extend(local);
    }
    block
        .children
        .iter()
        .try_for_each(|c| analyze(c, Some(&inner)))
}
