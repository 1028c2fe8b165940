//! What CPython 3.11's AST optimizer folds into constants, which decides
//! how its compiler builds a display: three or more constants in a set
//! become one frozenset constant (and so a set's order), in a list one
//! constant tuple (and so a list's allocated room).

use crate::syntax::ast::{Expr, ExprKind, UnaryOp};

/// Whether CPython's AST optimizer leaves an expression a constant.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Folded {
    Const,
    NotConst,
    /// Folding it depends on its values (`2 ** 100`), which is not followed.
    Unknown,
}

pub fn folded(e: &Expr) -> Folded {
    match &e.kind {
        ExprKind::Int(_)
        | ExprKind::Float(_)
        | ExprKind::Imag(_)
        | ExprKind::Str(_)
        | ExprKind::Bool(_)
        | ExprKind::None
        | ExprKind::Ellipsis => Folded::Const,
        // `~` of a float or complex raises, so the optimizer leaves it.
        ExprKind::Unary(UnaryOp::Invert, x)
            if matches!(x.kind, ExprKind::Float(_) | ExprKind::Imag(_)) =>
        {
            Folded::NotConst
        }
        ExprKind::Unary(_, x) => match folded(x) {
            Folded::Const if !matches!(x.kind, ExprKind::Tuple(_)) => Folded::Const,
            Folded::NotConst => Folded::NotConst,
            _ => Folded::Unknown,
        },
        ExprKind::Tuple(items) => all_folded(items),
        ExprKind::Binary(_, a, b) => match (folded(a), folded(b)) {
            (Folded::NotConst, _) | (_, Folded::NotConst) => Folded::NotConst,
            _ => Folded::Unknown,
        },
        ExprKind::Name(_)
        | ExprKind::List(_)
        | ExprKind::PackedList { .. }
        | ExprKind::Call { .. }
        | ExprKind::Attribute(..)
        | ExprKind::Dict(_)
        | ExprKind::Comp { .. }
        | ExprKind::DictComp { .. } => Folded::NotConst,
        _ => Folded::Unknown,
    }
}

pub fn all_folded(items: &[Expr]) -> Folded {
    items
        .iter()
        .map(folded)
        .fold(Folded::Const, |acc, f| match (acc, f) {
            (Folded::NotConst, _) | (_, Folded::NotConst) => Folded::NotConst,
            (Folded::Unknown, _) | (_, Folded::Unknown) => Folded::Unknown,
            _ => Folded::Const,
        })
}
