//! Type annotations as lessons write them: `list[int]` (CPython's
//! `types.GenericAlias`) and the `typing` module's `List[int]`,
//! `Optional[int]`, `Dict[str, List[int]]`. They only annotate — npcalc, like
//! Python, checks no types — so an alias keeps what it was written with and
//! prints it back as CPython 3.11 does (`typing.py`, `genericaliasobject.c`).

use super::value::{TypeObj, Value};
use crate::error::{Error, Exc, Result};
use crate::syntax::ast::BinOp;
use std::rc::Rc;

/// A subscripted class or a `typing` name, bare or subscripted.
#[derive(Debug)]
pub struct Alias {
    pub origin: Origin,
    /// None for a bare `typing.List`.
    pub args: Option<Rc<[Value]>>,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Origin {
    /// `list[int]`: the class subscripted.
    Class(TypeObj),
    /// `typing.List[int]` and the other names of `SPECIALS`.
    Typing(&'static Special),
}

#[derive(Debug, PartialEq)]
pub struct Special {
    pub name: &'static str,
    pub kind: Kind,
}

#[derive(Debug, PartialEq)]
pub enum Kind {
    /// A deprecated alias of a builtin class and how many parameters it
    /// takes (None: any number, as `Tuple`).
    Generic(TypeObj, Option<usize>),
    Union,
    Optional,
    Any,
    /// A `TypeVar` a generic alias is written with (`~_ScalarT`).
    TypeVar,
    /// A fixed union of classes npcalc does not have (`numpy.typing.ArrayLike`),
    /// kept for annotations, printed as typing prints it.
    Opaque(&'static str),
}

/// numpy/_typing/_array_like.py's `_ScalarT`, NDArray's parameter.
static SCALAR_T: Special = Special {
    name: "_ScalarT",
    kind: Kind::TypeVar,
};

/// `numpy.typing`'s unions, as the oracle prints them.
static ARRAY_LIKE: Special = Special {
    name: "ArrayLike",
    kind: Kind::Opaque(
        "typing.Union[numpy._typing._array_like._Buffer, numpy._typing._array_like._SupportsArray[numpy.dtype[typing.Any]], numpy._typing._nested_sequence._NestedSequence[numpy._typing._array_like._SupportsArray[numpy.dtype[typing.Any]]], complex, bytes, str, numpy._typing._nested_sequence._NestedSequence[complex | bytes | str]]",
    ),
};
static DTYPE_LIKE: Special = Special {
    name: "DTypeLike",
    kind: Kind::Opaque(
        "typing.Union[type[typing.Any], numpy.dtype[typing.Any], numpy._typing._dtype_like._HasDType[numpy.dtype[typing.Any]], numpy._typing._dtype_like._HasNumPyDType[numpy.dtype[typing.Any]], tuple[typing.Any, typing.Any], list[typing.Any], numpy._typing._dtype_like._DTypeDict, str]",
    ),
};

/// `numpy.typing.NAME`: `NDArray` is
/// `np.ndarray[tuple[Any, ...], np.dtype[_ScalarT]]`, as NumPy defines it.
pub fn numpy_attr(name: &str) -> Option<Value> {
    Some(match name {
        "NDArray" => {
            let any = SPECIALS.iter().find(|s| s.kind == Kind::Any)?;
            let shape = alias(
                Origin::Class(TypeObj::Tuple),
                Some(vec![alias(Origin::Typing(any), None), Value::Ellipsis]),
            );
            let dtype = alias(
                Origin::Class(TypeObj::DTypeClass),
                Some(vec![alias(Origin::Typing(&SCALAR_T), None)]),
            );
            alias(Origin::Class(TypeObj::NdArray), Some(vec![shape, dtype]))
        }
        "ArrayLike" => alias(Origin::Typing(&ARRAY_LIKE), None),
        "DTypeLike" => alias(Origin::Typing(&DTYPE_LIKE), None),
        _ => return None,
    })
}

pub fn numpy_members() -> Vec<&'static str> {
    vec!["ArrayLike", "DTypeLike", "NDArray"]
}

/// The TypeVars an alias is written with, in order of first appearance
/// (`__parameters__`).
fn type_vars(args: &[Value], out: &mut Vec<&'static Special>) {
    for a in args {
        if let Value::Alias(inner) = a {
            match (inner.origin, inner.args.as_deref()) {
                (Origin::Typing(s), None)
                    if s.kind == Kind::TypeVar && !out.iter().any(|t| std::ptr::eq(*t, s)) =>
                {
                    out.push(s);
                }
                (Origin::Typing(_), None) => {}
                (_, Some(inner_args)) => type_vars(inner_args, out),
                _ => {}
            }
        }
    }
}

/// The alias with each TypeVar replaced by its value.
fn substitute(v: &Value, vars: &[&'static Special], values: &[Value]) -> Value {
    let Value::Alias(a) = v else {
        return v.clone();
    };
    match (a.origin, a.args.as_deref()) {
        (Origin::Typing(s), None) if s.kind == Kind::TypeVar => vars
            .iter()
            .position(|t| std::ptr::eq(*t, s))
            .map_or_else(|| v.clone(), |i| values[i].clone()),
        (origin, Some(args)) => alias(
            origin,
            Some(args.iter().map(|x| substitute(x, vars, values)).collect()),
        ),
        _ => v.clone(),
    }
}

/// The names of `typing` npcalc has; the module's others are refused.
pub static SPECIALS: &[Special] = &[
    generic("List", TypeObj::List, Some(1)),
    generic("Dict", TypeObj::Dict, Some(2)),
    generic("Set", TypeObj::Set, Some(1)),
    generic("FrozenSet", TypeObj::FrozenSet, Some(1)),
    generic("Tuple", TypeObj::Tuple, None),
    generic("Type", TypeObj::Type, Some(1)),
    Special {
        name: "Union",
        kind: Kind::Union,
    },
    Special {
        name: "Optional",
        kind: Kind::Optional,
    },
    Special {
        name: "Any",
        kind: Kind::Any,
    },
];

const fn generic(name: &'static str, class: TypeObj, arity: Option<usize>) -> Special {
    Special {
        name,
        kind: Kind::Generic(class, arity),
    }
}

fn alias(origin: Origin, args: Option<Vec<Value>>) -> Value {
    Value::Alias(Rc::new(Alias {
        origin,
        args: args.map(Rc::from),
    }))
}

/// `typing.NAME`.
pub fn attr(name: &str) -> Option<Value> {
    let special = SPECIALS.iter().find(|s| s.name == name)?;
    Some(alias(Origin::Typing(special), None))
}

pub fn members() -> Vec<&'static str> {
    SPECIALS.iter().map(|s| s.name).collect()
}

/// The parameters as written: `x[a, b]` passes one tuple, `tuple[()]` none.
fn params(index: &Value) -> Vec<Value> {
    match index {
        Value::Tuple(items) => items.to_vec(),
        other => vec![other.clone()],
    }
}

/// `cls[index]` for a builtin class: a generic alias for the classes that
/// define `__class_getitem__`, CPython's TypeError for the others.
pub fn class_getitem(t: TypeObj, index: &Value) -> Result<Value> {
    match t {
        TypeObj::List
        | TypeObj::Tuple
        | TypeObj::Dict
        | TypeObj::Set
        | TypeObj::FrozenSet
        | TypeObj::Type => Ok(alias(Origin::Class(t), Some(params(index)))),
        // NumPy's arraydescr_class_getitem: one scalar type.
        TypeObj::DTypeClass => match params(index).len() {
            1 => Ok(alias(Origin::Class(t), Some(params(index)))),
            n => Err(Error::type_error(format!(
                "Too {} arguments for numpy.dtype",
                if n > 1 { "many" } else { "few" }
            ))),
        },
        // NumPy's array_class_getitem: a shape type and a dtype, or a shape alone.
        TypeObj::NdArray => {
            let args = params(index);
            match args.len() {
                1 | 2 => Ok(alias(Origin::Class(t), Some(args))),
                n => Err(Error::type_error(format!(
                    "Too {} arguments for numpy.ndarray",
                    if n > 2 { "many" } else { "few" }
                ))),
            }
        }
        _ => Err(Error::type_error(format!(
            "type '{}' is not subscriptable",
            t.qualname()
        ))),
    }
}

/// typing's `_type_check` as far as npcalc follows it: None stands for
/// NoneType, and a string would be a forward reference.
fn typing_param(v: Value) -> Result<Value> {
    match v {
        Value::None => Ok(Value::Type(TypeObj::NoneType)),
        Value::Str(_) => Err(Error::type_error(
            "npcalc does not support forward references (a string) in typing annotations",
        )),
        other => Ok(other),
    }
}

/// `alias[index]`: subscribing a bare `typing` name.
pub fn getitem(a: &Alias, index: &Value) -> Result<Value> {
    // A generic alias with TypeVars takes a value for each (`NDArray[np.float64]`).
    if let Some(args) = &a.args {
        let mut vars = Vec::new();
        type_vars(args, &mut vars);
        if !vars.is_empty() {
            let given = params(index);
            if given.len() != vars.len() {
                let which = if given.len() > vars.len() {
                    "many"
                } else {
                    "few"
                };
                return Err(Error::type_error(format!(
                    "Too {which} arguments for {}; actual {}, expected {}",
                    repr(a),
                    given.len(),
                    vars.len()
                )));
            }
            let args = args.iter().map(|x| substitute(x, &vars, &given)).collect();
            return Ok(alias(a.origin, Some(args)));
        }
    }
    let special = match (a.origin, &a.args) {
        (Origin::Typing(s), None) => s,
        // A parameterized alias takes no more parameters.
        _ => {
            return Err(Error::type_error(format!(
                "{} is not a generic class",
                repr(a)
            )));
        }
    };
    let given = params(index);
    match special.kind {
        Kind::Any => Err(Error::type_error("type 'Any' is not subscriptable")),
        Kind::TypeVar => Err(Error::type_error("'TypeVar' object is not subscriptable")),
        Kind::Opaque(_) => Err(Error::type_error(format!(
            "{} is not a generic class",
            repr(a)
        ))),
        Kind::Optional => {
            if given.len() != 1 || matches!(index, Value::Tuple(_)) {
                let got =
                    super::repr::repr(&Value::tuple(given), &crate::print::PrintOptions::default());
                return Err(Error::type_error(format!(
                    "typing.Optional requires a single type. Got {got}."
                )));
            }
            union(
                given
                    .into_iter()
                    .chain([Value::None])
                    .map(typing_param)
                    .collect::<Result<_>>()?,
            )
        }
        Kind::Union => {
            if matches!(index, Value::Tuple(t) if t.is_empty()) {
                return Err(Error::type_error("Cannot take a Union of no types."));
            }
            union(given.into_iter().map(typing_param).collect::<Result<_>>()?)
        }
        Kind::Generic(_, arity) => {
            // `Tuple[()]` is the empty tuple type; other aliases count what they got.
            let args: Vec<Value> = given.into_iter().map(typing_param).collect::<Result<_>>()?;
            if let Some(n) = arity
                && args.len() != n
            {
                let which = if args.len() > n { "many" } else { "few" };
                return Err(Error::type_error(format!(
                    "Too {which} arguments for typing.{}; actual {}, expected {n}",
                    special.name,
                    args.len()
                )));
            }
            Ok(alias(Origin::Typing(special), Some(args)))
        }
    }
}

/// `Union[...]`: nested unions flattened, repeats dropped, one type alone
/// being itself (typing's `_UnionGenericAlias` construction).
fn union(args: Vec<Value>) -> Result<Value> {
    let union = SPECIALS
        .iter()
        .find(|s| s.kind == Kind::Union)
        .expect("Union is a special");
    let mut flat: Vec<Value> = Vec::new();
    for a in args {
        let parts = match &a {
            Value::Alias(inner) if inner.origin == Origin::Typing(union) => {
                inner.args.as_deref().unwrap_or_default().to_vec()
            }
            _ => vec![a],
        };
        for p in parts {
            if !flat.iter().any(|q| same(q, &p)) {
                flat.push(p);
            }
        }
    }
    if flat.len() == 1 {
        return Ok(flat.remove(0));
    }
    Ok(alias(Origin::Typing(union), Some(flat)))
}

/// Equality of two parameters: aliases compare by value, the rest as Python.
fn same(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Alias(x), Value::Alias(y)) => equal(x, y),
        _ => super::pyops::equal(a, b),
    }
}

/// `==` of two aliases: the same origin with equal parameters.
pub fn equal(a: &Alias, b: &Alias) -> bool {
    a.origin == b.origin
        && match (&a.args, &b.args) {
            (None, None) => true,
            (Some(x), Some(y)) => {
                x.len() == y.len() && x.iter().zip(y.iter()).all(|(p, q)| same(p, q))
            }
            _ => false,
        }
}

/// How a parameter prints inside the brackets (typing's `_type_repr`,
/// the C `ga_repr_item`): a class by its qualified name, `...` as written.
fn param_repr(v: &Value) -> String {
    match v {
        Value::Type(t) => t.qualname(),
        Value::Class(c) => format!("__main__.{}", c.qualname),
        Value::Ellipsis => "...".into(),
        Value::Alias(a) => repr(a),
        other => super::repr::repr(other, &crate::print::PrintOptions::default()),
    }
}

fn joined(args: &[Value]) -> String {
    if args.is_empty() {
        return "()".into();
    }
    args.iter().map(param_repr).collect::<Vec<_>>().join(", ")
}

pub fn repr(a: &Alias) -> String {
    match (a.origin, a.args.as_deref()) {
        (Origin::Class(t), args) => {
            format!("{}[{}]", t.qualname(), joined(args.unwrap_or_default()))
        }
        (Origin::Typing(s), None) => match s.kind {
            Kind::TypeVar => format!("~{}", s.name),
            Kind::Opaque(text) => text.to_string(),
            _ => format!("typing.{}", s.name),
        },
        (Origin::Typing(s), Some(args)) if s.kind == Kind::Union => {
            let none = Value::Type(TypeObj::NoneType);
            match args {
                [x, n] | [n, x] if same(n, &none) && !same(x, &none) => {
                    format!("typing.Optional[{}]", param_repr(x))
                }
                _ => format!("typing.Union[{}]", joined(args)),
            }
        }
        (Origin::Typing(s), Some(args)) => format!("typing.{}[{}]", s.name, joined(args)),
    }
}

/// The class `type(alias)` names.
pub fn type_of(a: &Alias) -> TypeObj {
    TypeObj::Named(match (a.origin, &a.args) {
        (Origin::Class(_), _) => "types.GenericAlias",
        (Origin::Typing(s), _) if s.kind == Kind::Any => "typing._AnyMeta",
        (Origin::Typing(s), _) if s.kind == Kind::TypeVar => "typing.TypeVar",
        (Origin::Typing(s), _) if matches!(s.kind, Kind::Opaque(_)) => "typing._UnionGenericAlias",
        (Origin::Typing(s), None) if matches!(s.kind, Kind::Union | Kind::Optional) => {
            "typing._SpecialForm"
        }
        (Origin::Typing(_), None) => "typing._SpecialGenericAlias",
        (Origin::Typing(s), Some(_)) if s.kind == Kind::Union => "typing._UnionGenericAlias",
        (Origin::Typing(_), Some(_)) => "typing._GenericAlias",
    })
}

/// `alias.__origin__` and `alias.__args__`.
pub fn getattr(a: &Alias, name: &str) -> Option<Value> {
    let origin = match a.origin {
        Origin::Class(t) => Value::Type(t),
        Origin::Typing(s) => match s.kind {
            Kind::Generic(t, _) => Value::Type(t),
            Kind::Union => alias(a.origin, None),
            _ => return None,
        },
    };
    match name {
        "__origin__" => Some(origin),
        "__args__" => Some(Value::tuple(a.args.as_deref()?.to_vec())),
        _ => None,
    }
}

/// What calling an alias does: `list[int](x)` is `list(x)`; typing's names
/// cannot be instantiated. Ok(class) asks the caller to call that class.
pub fn call_target(a: &Alias) -> Result<Value> {
    match a.origin {
        Origin::Class(t) => Ok(Value::Type(t)),
        Origin::Typing(s) => Err(Error::type_error(match s.kind {
            Kind::Generic(t, _) => format!(
                "Type {} cannot be instantiated; use {}() instead",
                s.name,
                t.qualname()
            ),
            Kind::Any => "Any cannot be instantiated".into(),
            _ => format!("Cannot instantiate typing.{}", s.name),
        })),
    }
}

/// `isinstance(x, alias)`: a bare deprecated alias checks its class; a
/// parameterized one cannot be checked, as in Python.
pub fn instance_class(a: &Alias) -> Result<TypeObj> {
    match (a.origin, &a.args) {
        (Origin::Typing(s), None) if let Kind::Generic(t, _) = s.kind => Ok(t),
        (Origin::Class(_), _) => Err(Error::type_error(
            "isinstance() argument 2 cannot be a parameterized generic",
        )),
        (Origin::Typing(_), Some(_)) => Err(Error::type_error(
            "Subscripted generics cannot be used with class and instance checks",
        )),
        (Origin::Typing(s), None) => Err(Error::type_error(format!(
            "typing.{} cannot be used with isinstance()",
            s.name
        ))),
    }
}

/// `int | None` (`type.__or__`, PEP 604) makes a `types.UnionType`, which
/// npcalc lacks: refused when both sides could be union members and one
/// is a type or alias (`int | 5` stays Python's TypeError).
pub fn union_refusal(op: BinOp, a: &Value, b: &Value) -> Option<Error> {
    let member = |v: &Value| matches!(v, Value::Type(_) | Value::Alias(_) | Value::None);
    let typed = |v: &Value| matches!(v, Value::Type(_) | Value::Alias(_));
    (op == BinOp::BitOr && member(a) && member(b) && (typed(a) || typed(b))).then(|| {
        Error::new(
            Exc::NotImplementedError,
            "npcalc does not support union types such as int | None",
        )
    })
}
