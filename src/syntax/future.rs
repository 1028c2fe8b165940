//! `from __future__ import …`, checked as CPython's Python/future.c does
//! before compiling: the imports open the file (after its docstring), and
//! name features Lib/__future__.py lists. Every feature of Python 3.11 is
//! mandatory by now, so an accepted one changes nothing.

use super::ast::{ExprKind, Stmt, StmtKind};
use crate::error::{Error, Span};

/// A release as `sys.version_info` spells it.
pub type Release = (u8, u8, u8, &'static str, u8);

/// One `_Feature` of Lib/__future__.py.
#[derive(Debug)]
pub struct Feature {
    pub name: &'static str,
    pub optional: Release,
    /// None for `annotations`, which never became the default.
    pub mandatory: Option<Release>,
    pub compiler_flag: u32,
    /// The module's name for the flag (`CO_FUTURE_DIVISION`).
    pub flag_name: &'static str,
}

const fn feature(
    name: &'static str,
    optional: Release,
    mandatory: Option<Release>,
    compiler_flag: u32,
    flag_name: &'static str,
) -> Feature {
    Feature {
        name,
        optional,
        mandatory,
        compiler_flag,
        flag_name,
    }
}

/// Lib/__future__.py's features, in its `all_feature_names` order.
pub static FEATURES: [Feature; 10] = [
    feature(
        "nested_scopes",
        (2, 1, 0, "beta", 1),
        Some((2, 2, 0, "alpha", 0)),
        0x10,
        "CO_NESTED",
    ),
    feature(
        "generators",
        (2, 2, 0, "alpha", 1),
        Some((2, 3, 0, "final", 0)),
        0,
        "CO_GENERATOR_ALLOWED",
    ),
    feature(
        "division",
        (2, 2, 0, "alpha", 2),
        Some((3, 0, 0, "alpha", 0)),
        0x20000,
        "CO_FUTURE_DIVISION",
    ),
    feature(
        "absolute_import",
        (2, 5, 0, "alpha", 1),
        Some((3, 0, 0, "alpha", 0)),
        0x40000,
        "CO_FUTURE_ABSOLUTE_IMPORT",
    ),
    feature(
        "with_statement",
        (2, 5, 0, "alpha", 1),
        Some((2, 6, 0, "alpha", 0)),
        0x80000,
        "CO_FUTURE_WITH_STATEMENT",
    ),
    feature(
        "print_function",
        (2, 6, 0, "alpha", 2),
        Some((3, 0, 0, "alpha", 0)),
        0x100000,
        "CO_FUTURE_PRINT_FUNCTION",
    ),
    feature(
        "unicode_literals",
        (2, 6, 0, "alpha", 2),
        Some((3, 0, 0, "alpha", 0)),
        0x200000,
        "CO_FUTURE_UNICODE_LITERALS",
    ),
    feature(
        "barry_as_FLUFL",
        (3, 1, 0, "alpha", 2),
        Some((4, 0, 0, "alpha", 0)),
        0x400000,
        "CO_FUTURE_BARRY_AS_BDFL",
    ),
    feature(
        "generator_stop",
        (3, 5, 0, "beta", 1),
        Some((3, 7, 0, "alpha", 0)),
        0x800000,
        "CO_FUTURE_GENERATOR_STOP",
    ),
    feature(
        "annotations",
        (3, 7, 0, "beta", 1),
        None,
        0x1000000,
        "CO_FUTURE_ANNOTATIONS",
    ),
];

pub fn misplaced(span: Span) -> Error {
    Error::syntax(
        "from __future__ imports must occur at the beginning of the file",
        span,
    )
}

/// future.c's pass over a module's top-level statements (imports in a block
/// are refused while building it).
pub fn check(stmts: &[Stmt]) -> Result<(), Error> {
    let docstring = matches!(
        stmts.first().map(|s| &s.kind),
        Some(StmtKind::Expr(e)) if matches!(e.kind, ExprKind::Str(_))
    );
    let mut opening = true;
    for s in &stmts[usize::from(docstring)..] {
        let StmtKind::FromImport { module, names } = &s.kind else {
            opening = false;
            continue;
        };
        if module.name != "__future__" {
            opening = false;
            continue;
        }
        if !opening {
            return Err(misplaced(s.span));
        }
        for (name, _) in names {
            // future.c points at the statement's first character.
            let at = Span::new(s.span.start, s.span.start);
            match name.name.as_str() {
                "braces" => return Err(Error::syntax("not a chance", at)),
                n if FEATURES.iter().all(|f| f.name != n) => {
                    let message = format!("future feature {n} is not defined");
                    return Err(Error::syntax(message, at));
                }
                _ => {}
            }
        }
    }
    Ok(())
}
