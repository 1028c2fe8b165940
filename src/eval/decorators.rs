//! `functools`'s helpers for writing decorators, as Lib/functools.py has
//! them: `update_wrapper`, `wraps` and their attribute-name tuples, and
//! `total_ordering` with its derived comparisons.

use super::Interp;
use super::table::{Args, FnDef, p, python_fn};
use super::value::{TypeObj, Value};
use crate::error::{Error, Exc, Result};
use crate::syntax::ast::CmpOp;

/// `functools.WRAPPER_ASSIGNMENTS`: copied from the wrapped function.
const ASSIGNMENTS: &[&str] = &[
    "__module__",
    "__name__",
    "__qualname__",
    "__doc__",
    "__annotations__",
];
/// `functools.WRAPPER_UPDATES`: the wrapper's own, updated from the wrapped one's.
const UPDATES: &[&str] = &["__dict__"];

fn names(list: &[&str]) -> Value {
    Value::tuple(list.iter().map(|n| Value::str(n)).collect())
}

/// `functools.WRAPPER_ASSIGNMENTS` and `functools.WRAPPER_UPDATES`.
pub fn constant(name: &str) -> Option<Value> {
    match name {
        "WRAPPER_ASSIGNMENTS" => Some(names(ASSIGNMENTS)),
        "WRAPPER_UPDATES" => Some(names(UPDATES)),
        _ => None,
    }
}

pub const CONSTANTS: &[&str] = &["WRAPPER_ASSIGNMENTS", "WRAPPER_UPDATES"];

/// An argument given or its default tuple.
fn names_arg(args: &Args, param: &str, default: &[&str]) -> Value {
    match args.given(param) {
        true => args.get(param),
        false => names(default),
    }
}

/// `getattr(obj, name)` with a name that must be a str, as the builtin checks.
fn attribute_name(v: &Value) -> Result<std::rc::Rc<str>> {
    match v {
        Value::Str(s) => Ok(s.clone()),
        other => Err(Error::type_error(format!(
            "attribute name must be string, not '{}'",
            other.type_name()
        ))),
    }
}

/// `getattr(obj, name)`, None where it raises AttributeError.
fn try_getattr(it: &mut Interp, obj: &Value, name: &str) -> Result<Option<Value>> {
    match it.getattr(obj, name) {
        Ok(v) => Ok(Some(v)),
        Err(e) if e.class.is_a(Exc::AttributeError) => Ok(None),
        Err(e) => Err(e),
    }
}

/// `update_wrapper(wrapper, wrapped, assigned, updated)`: copies the
/// assigned attributes the wrapped object has, updates the wrapper's own
/// (`__dict__`) from the wrapped one's, then sets `__wrapped__`.
pub fn update_wrapper(it: &mut Interp, args: &Args) -> Result<Value> {
    let (wrapper, wrapped) = (args.get("wrapper"), args.get("wrapped"));
    let assigned = names_arg(args, "assigned", ASSIGNMENTS);
    for attr in it.iterate(&assigned)? {
        let name = attribute_name(&attr)?;
        if let Some(v) = try_getattr(it, &wrapped, &name)? {
            it.set_attribute(&wrapper, &name, v)?;
        }
    }
    let updated = names_arg(args, "updated", UPDATES);
    for attr in it.iterate(&updated)? {
        let name = attribute_name(&attr)?;
        let own = it.getattr(&wrapper, &name)?;
        let theirs = match try_getattr(it, &wrapped, &name)? {
            Some(v) => v,
            None => super::dict::value(super::dict::PyDict::new()),
        };
        let update = it.getattr(&own, "update")?;
        super::classes::call_with(it, &update, vec![theirs])?;
    }
    it.set_attribute(&wrapper, "__wrapped__", wrapped)?;
    Ok(wrapper)
}

/// `wraps(wrapped, assigned, updated)`: `partial(update_wrapper,
/// wrapped=…, assigned=…, updated=…)`, the decorator applying it.
pub fn wraps(_: &mut Interp, args: &Args) -> Result<Value> {
    let update = super::functional::attr(super::Module::Functools, "update_wrapper")
        .expect("functools has update_wrapper");
    let keywords = vec![
        ("wrapped".to_string(), args.get("wrapped")),
        (
            "assigned".to_string(),
            names_arg(args, "assigned", ASSIGNMENTS),
        ),
        ("updated".to_string(), names_arg(args, "updated", UPDATES)),
    ];
    Ok(super::functional::Partial::value(update, keywords))
}

/// How a derived comparison combines the root's result `r` with `==`/`!=`,
/// as the `_gt_from_lt` family in functools.py spells it.
#[derive(Clone, Copy)]
enum Derive {
    /// `not r and self != other`
    NotAndNe,
    /// `r or self == other`
    OrEq,
    /// `not r`
    Not,
    /// `not r or self == other`
    NotOrEq,
    /// `r and self != other`
    AndNe,
}

/// `_op_from_root(self, other)`: `type(self).root(self, other)`, passed on
/// when NotImplemented, else combined as `how` says.
fn derived(it: &mut Interp, args: &Args, root: &str, how: Derive) -> Result<Value> {
    let (a, b) = (args.get("self"), args.get("other"));
    let r = match &a {
        Value::Instance(inst) => match inst.class.lookup(root) {
            Some(f) => super::classes::call_with(it, &f, vec![a.clone(), b.clone()])?,
            None => return Err(no_root(&a, root)),
        },
        _ => return Err(no_root(&a, root)),
    };
    if matches!(r, Value::Type(TypeObj::NotImplemented)) {
        return Ok(r);
    }
    let truth = it.truthy(&r)?;
    Ok(match how {
        Derive::Not => Value::Bool(!truth),
        Derive::NotAndNe if truth => Value::Bool(false),
        Derive::NotOrEq if !truth => Value::Bool(true),
        Derive::OrEq if truth => r,
        Derive::AndNe if !truth => r,
        Derive::NotAndNe | Derive::AndNe => it.compare(CmpOp::Ne, &a, &b)?,
        Derive::NotOrEq | Derive::OrEq => it.compare(CmpOp::Eq, &a, &b)?,
    })
}

/// npcalc's derived comparisons run on session objects only.
fn no_root(v: &Value, root: &str) -> Error {
    Error::new(
        Exc::NotImplementedError,
        format!(
            "npcalc supports total_ordering's comparisons only on objects of session classes with {root}, not '{}'",
            v.type_name()
        ),
    )
}

/// One derived comparison: its functools.py name, root, and docstring.
macro_rules! derived {
    ($name:literal, $root:literal, $how:ident, $doc:literal) => {
        python_fn!(
            $name,
            [
                p!(Normal "self", "The left operand."),
                p!(Normal "other", "The right operand.")
            ],
            $doc,
            |it, args| derived(it, args, $root, Derive::$how)
        )
    };
}

/// The comparisons `total_ordering` fills in, per root, in functools.py's order.
static CONVERT: &[(&str, [(&str, FnDef); 3])] = &[
    (
        "__lt__",
        [
            (
                "__gt__",
                derived!(
                    "_gt_from_lt",
                    "__lt__",
                    NotAndNe,
                    "Return a > b.  Computed by @total_ordering from (not a < b) and (a != b)."
                ),
            ),
            (
                "__le__",
                derived!(
                    "_le_from_lt",
                    "__lt__",
                    OrEq,
                    "Return a <= b.  Computed by @total_ordering from (a < b) or (a == b)."
                ),
            ),
            (
                "__ge__",
                derived!(
                    "_ge_from_lt",
                    "__lt__",
                    Not,
                    "Return a >= b.  Computed by @total_ordering from (not a < b)."
                ),
            ),
        ],
    ),
    (
        "__le__",
        [
            (
                "__ge__",
                derived!(
                    "_ge_from_le",
                    "__le__",
                    NotOrEq,
                    "Return a >= b.  Computed by @total_ordering from (not a <= b) or (a == b)."
                ),
            ),
            (
                "__lt__",
                derived!(
                    "_lt_from_le",
                    "__le__",
                    AndNe,
                    "Return a < b.  Computed by @total_ordering from (a <= b) and (a != b)."
                ),
            ),
            (
                "__gt__",
                derived!(
                    "_gt_from_le",
                    "__le__",
                    Not,
                    "Return a > b.  Computed by @total_ordering from (not a <= b)."
                ),
            ),
        ],
    ),
    (
        "__gt__",
        [
            (
                "__lt__",
                derived!(
                    "_lt_from_gt",
                    "__gt__",
                    NotAndNe,
                    "Return a < b.  Computed by @total_ordering from (not a > b) and (a != b)."
                ),
            ),
            (
                "__ge__",
                derived!(
                    "_ge_from_gt",
                    "__gt__",
                    OrEq,
                    "Return a >= b.  Computed by @total_ordering from (a > b) or (a == b)."
                ),
            ),
            (
                "__le__",
                derived!(
                    "_le_from_gt",
                    "__gt__",
                    Not,
                    "Return a <= b.  Computed by @total_ordering from (not a > b)."
                ),
            ),
        ],
    ),
    (
        "__ge__",
        [
            (
                "__le__",
                derived!(
                    "_le_from_ge",
                    "__ge__",
                    NotOrEq,
                    "Return a <= b.  Computed by @total_ordering from (not a >= b) or (a == b)."
                ),
            ),
            (
                "__gt__",
                derived!(
                    "_gt_from_ge",
                    "__ge__",
                    AndNe,
                    "Return a > b.  Computed by @total_ordering from (a >= b) and (a != b)."
                ),
            ),
            (
                "__lt__",
                derived!(
                    "_lt_from_ge",
                    "__ge__",
                    Not,
                    "Return a < b.  Computed by @total_ordering from (not a >= b)."
                ),
            ),
        ],
    ),
];

/// `total_ordering(cls)`: from the orderings the class defines (`roots`),
/// the one functools.py prefers (`max(roots)`: `__lt__`, then `__le__`,
/// `__gt__`, `__ge__`) fills in the other three that are missing. Any
/// other value has all four from its type and comes back unchanged.
pub fn total_ordering(_: &mut Interp, args: &Args) -> Result<Value> {
    let cls = args.get("cls");
    let Value::Class(c) = &cls else {
        return Ok(cls);
    };
    let roots: Vec<&str> = CONVERT
        .iter()
        .map(|(root, _)| *root)
        .filter(|op| c.lookup(op).is_some())
        .collect();
    let Some(root) = roots.first() else {
        return Err(Error::value_error(
            "must define at least one ordering operation: < > <= >=",
        ));
    };
    let (_, derived) = CONVERT.iter().find(|(r, _)| r == root).expect("a root");
    for (op, f) in derived {
        if !roots.contains(op) {
            c.attrs.borrow_mut().set(op, Value::Function(f));
        }
    }
    Ok(cls)
}
