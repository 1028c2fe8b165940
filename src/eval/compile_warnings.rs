//! The SyntaxWarnings CPython 3.11's compiler raises while it compiles a
//! script or a prompt input, before any of it runs: `x is 1` ("is" with a
//! literal), `assert (x, "message")` (always true). They come in the compiler's order, once each time it compiles
//! the expression: a `while` test twice (at the loop's top and bottom) and
//! a `finally` body twice (its normal and its exceptional path) and once
//! more for each `return`, `break` or `continue` that leaves it.

use super::constfold::{Folded, folded};
use crate::error::Span;
use crate::syntax::ast::{
    Arg, CmpOp, Comprehension, Expr, ExprKind, FPart, Function, Stmt, StmtKind,
};

/// Each warning's message and the comparison it is about, in order.
pub fn compile_warnings(stmts: &[Stmt]) -> Vec<(&'static str, Span)> {
    let mut out = Out::default();
    body(stmts, &mut out);
    out.warnings
}

/// The compiler's frame blocks that compile user code again when a
/// `return`, `break` or `continue` leaves them.
#[derive(Clone, Copy)]
enum Block<'a> {
    Loop,
    /// Inside a `try` (its body, `except` clauses and `else`) with this
    /// `finally` body, compiled inline once more by each jump out.
    Finally(&'a [Stmt]),
}

#[derive(Default)]
struct Out<'a> {
    warnings: Vec<(&'static str, Span)>,
    blocks: Vec<Block<'a>>,
}

impl<'a> Out<'a> {
    /// compiler_unwind_fblock_stack: each `finally` body on the way out
    /// (to the innermost loop for `break`/`continue`), compiled with only
    /// the blocks outside it in force.
    fn unwind(&mut self, to_loop: bool) {
        let mut i = self.blocks.len();
        while i > 0 {
            i -= 1;
            match self.blocks[i] {
                Block::Loop if to_loop => return,
                Block::Loop => {}
                Block::Finally(finalbody) => {
                    let saved = self.blocks.split_off(i);
                    body(finalbody, self);
                    self.blocks.extend(saved);
                }
            }
        }
    }
}

fn body<'a>(stmts: &'a [Stmt], out: &mut Out<'a>) {
    stmts.iter().for_each(|s| stmt(s, out));
}

fn stmt<'a>(s: &'a Stmt, out: &mut Out<'a>) {
    match &s.kind {
        StmtKind::Expr(e) => expr(e, out),
        StmtKind::Return(value) => {
            value.iter().for_each(|v| expr(v, out));
            out.unwind(false);
        }
        StmtKind::Break | StmtKind::Continue => out.unwind(true),
        StmtKind::Assign { targets, value } => {
            expr(value, out);
            targets.iter().for_each(|t| expr(t, out));
        }
        StmtKind::AnnAssign {
            target,
            annotation,
            value,
            ..
        } => {
            value.iter().for_each(|v| expr(v, out));
            expr(target, out);
            expr(annotation, out);
        }
        StmtKind::AugAssign { target, value, .. } => {
            expr(target, out);
            expr(value, out);
        }
        StmtKind::If {
            test,
            body: b,
            orelse,
        } => {
            expr(test, out);
            body(b, out);
            body(orelse, out);
        }
        StmtKind::While {
            test,
            body: b,
            orelse,
        } => {
            expr(test, out);
            body(b, out);
            expr(test, out);
            body(orelse, out);
        }
        StmtKind::For {
            target,
            iter,
            body: b,
            orelse,
        } => {
            expr(iter, out);
            expr(target, out);
            looped(b, out);
            body(orelse, out);
        }
        StmtKind::Try {
            body: b,
            handlers,
            orelse,
            finalbody,
        } => {
            let guarded = !finalbody.is_empty();
            if guarded {
                out.blocks.push(Block::Finally(finalbody));
            }
            body(b, out);
            // compiler_try_except compiles `else` right after the body.
            body(orelse, out);
            for h in handlers {
                h.class.iter().for_each(|c| expr(c, out));
                body(&h.body, out);
            }
            if guarded {
                out.blocks.pop();
            }
            // The normal path, then the exceptional one.
            body(finalbody, out);
            body(finalbody, out);
        }
        StmtKind::With { items, body: b } => {
            for (ctx, target) in items {
                expr(ctx, out);
                target.iter().for_each(|t| expr(t, out));
            }
            body(b, out);
        }
        StmtKind::FunctionDef(f) => function(f, out),
        StmtKind::ClassDef(c) => {
            // The class body is compiled (as its own code) before its bases
            // are evaluated.
            let outer = std::mem::take(&mut out.blocks);
            body(&c.body, out);
            out.blocks = outer;
            args(&c.bases, out);
        }
        StmtKind::Decorated { decorators, def } => {
            decorators.iter().for_each(|d| expr(d, out));
            stmt(def, out);
        }
        StmtKind::Yield { value, .. } => value.iter().for_each(|v| expr(v, out)),
        StmtKind::Raise { exc, cause } => {
            exc.iter().chain(cause).for_each(|e| expr(e, out));
        }
        StmtKind::Assert { test, msg } => {
            // compiler_assert: a non-empty tuple (folded or not) is always true.
            if matches!(&test.kind, ExprKind::Tuple(items) if !items.is_empty()) {
                out.warnings.push((
                    "assertion is always true, perhaps remove parentheses?",
                    s.span,
                ));
            }
            expr(test, out);
            msg.iter().for_each(|m| expr(m, out));
        }
        StmtKind::Delete(targets) => targets.iter().for_each(|t| expr(t, out)),
        StmtKind::Import { .. }
        | StmtKind::FromImport { .. }
        | StmtKind::Pass
        | StmtKind::Global(_)
        | StmtKind::Nonlocal(_) => {}
    }
}

/// A loop's body, which `break` and `continue` leave to the loop.
fn looped<'a>(b: &'a [Stmt], out: &mut Out<'a>) {
    out.blocks.push(Block::Loop);
    body(b, out);
    out.blocks.pop();
}

/// Defaults, then annotations, then the body (compiled in place, as its
/// own code: the enclosing blocks do not reach into it).
fn function<'a>(f: &'a Function, out: &mut Out<'a>) {
    f.params
        .iter()
        .filter_map(|p| p.default.as_ref())
        .for_each(|d| expr(d, out));
    f.params
        .iter()
        .filter_map(|p| p.annotation.as_ref())
        .chain(&f.returns)
        .for_each(|a| expr(a, out));
    let outer = std::mem::take(&mut out.blocks);
    body(&f.body, out);
    out.blocks = outer;
}

fn args<'a>(a: &'a [Arg], out: &mut Out<'a>) {
    for arg in a {
        match arg {
            Arg::Positional(e) | Arg::Keyword(_, e) | Arg::Unpack(e) => expr(e, out),
        }
    }
}

/// What check_is_arg rejects: a constant after folding that is not one of
/// the singletons None, True, False and `...`. A fold that depends on the
/// values (`1 + 1`) is not followed, so it does not warn.
fn literal(e: &Expr) -> bool {
    !matches!(
        e.kind,
        ExprKind::None | ExprKind::Bool(_) | ExprKind::Ellipsis
    ) && folded(e) == Folded::Const
}

fn expr<'a>(e: &'a Expr, out: &mut Out<'a>) {
    match &e.kind {
        ExprKind::Compare(left, rest) => {
            // check_compare: the first `is`/`is not` beside a literal warns,
            // once for the whole chain.
            let mut l = literal(left);
            for (op, right) in rest {
                let r = literal(right);
                if matches!(op, CmpOp::Is | CmpOp::IsNot) && (l || r) {
                    let message = if *op == CmpOp::Is {
                        "\"is\" with a literal. Did you mean \"==\"?"
                    } else {
                        "\"is not\" with a literal. Did you mean \"!=\"?"
                    };
                    out.warnings.push((message, e.span));
                    break;
                }
                l = r;
            }
            expr(left, out);
            rest.iter().for_each(|(_, r)| expr(r, out));
        }
        ExprKind::Int(_)
        | ExprKind::Float(_)
        | ExprKind::Imag(_)
        | ExprKind::Str(_)
        | ExprKind::Bool(_)
        | ExprKind::None
        | ExprKind::Ellipsis
        | ExprKind::PackedList { .. }
        | ExprKind::Name(_) => {}
        ExprKind::List(items) | ExprKind::Tuple(items) | ExprKind::Set(items) => items
            .iter()
            .filter(|i| !i.kind.is_literal())
            .for_each(|i| expr(i, out)),
        ExprKind::BoolOp(_, items) => items.iter().for_each(|i| expr(i, out)),
        ExprKind::Unary(_, x)
        | ExprKind::Not(x)
        | ExprKind::Attribute(x, _)
        | ExprKind::Starred(x)
        | ExprKind::Named(_, x) => expr(x, out),
        ExprKind::Binary(_, a, b) | ExprKind::Subscript(a, b) => {
            expr(a, out);
            expr(b, out);
        }
        ExprKind::IfElse { cond, body, orelse } => {
            expr(cond, out);
            expr(body, out);
            expr(orelse, out);
        }
        ExprKind::Call { func, args: a } => {
            expr(func, out);
            args(a, out);
        }
        ExprKind::Slice(lo, hi, step) => {
            [lo, hi, step]
                .into_iter()
                .flatten()
                .for_each(|x| expr(x, out));
        }
        ExprKind::Dict(items) => {
            for (k, v) in items {
                k.iter().for_each(|k| expr(k, out));
                expr(v, out);
            }
        }
        ExprKind::Comp {
            elt, generators, ..
        } => comprehension(generators, &[elt], out),
        ExprKind::DictComp {
            key,
            value,
            generators,
        } => comprehension(generators, &[key, value], out),
        ExprKind::Lambda(f) => function(f, out),
        ExprKind::FString(parts) => fstring(parts, out),
    }
}

/// The comprehension's own code first; its outermost iterable is evaluated
/// after, in the enclosing scope.
fn comprehension<'a>(generators: &'a [Comprehension], elts: &[&'a Expr], out: &mut Out<'a>) {
    for (i, g) in generators.iter().enumerate() {
        if i > 0 {
            expr(&g.iter, out);
        }
        expr(&g.target, out);
        g.ifs.iter().for_each(|c| expr(c, out));
    }
    elts.iter().for_each(|e| expr(e, out));
    if let Some(first) = generators.first() {
        expr(&first.iter, out);
    }
}

fn fstring<'a>(parts: &'a [FPart], out: &mut Out<'a>) {
    for p in parts {
        if let FPart::Field { value, spec, .. } = p {
            expr(value, out);
            fstring(spec, out);
        }
    }
}
