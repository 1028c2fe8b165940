//! The special methods of ndarray and NumPy scalars called by name
//! (`a.__add__(1)`, `a.__radd__(1)`, `np.int64(3).__neg__()`, `a.__len__()`):
//! CPython's slot wrappers, each running the interpreter's own operator, so
//! the named call and the infix form share one home.

use super::Interp;
use super::table::{Args, CallArgs, FnDef, Owner, p};
use super::value::Value;
use crate::error::{Error, Result};
use crate::syntax::ast::{BinOp, CmpOp, UnaryOp};

/// A slot wrapper's table entry: positional-only parameters, no keywords
/// (CPython's `wrap_binaryfunc` and kin check the count themselves).
macro_rules! slot {
    ($name:literal, [$($param:expr),*], $doc:expr, $imp:expr) => {
        FnDef {
            name: $name,
            owner: Owner::SlotWrapper,
            error_name: None,
            params: &[$($param),*],
            doc: $doc,
            examples: &[],
            imp: $imp,
        }
    };
}

macro_rules! binary {
    ($name:literal, $op:expr) => {
        slot!(
            $name,
            [p!(PositionalOnly "value", "The right operand.")],
            "self op value, as the operator computes it.",
            |it, args| it.binary($op, args.this(), &args.get("value"))
        )
    };
}

macro_rules! reflected {
    ($name:literal, $op:expr) => {
        slot!(
            $name,
            [p!(PositionalOnly "value", "The left operand.")],
            "value op self, as the operator computes it.",
            |it, args| it.binary($op, &args.get("value"), args.this())
        )
    };
}

macro_rules! compare {
    ($name:literal, $op:expr) => {
        slot!(
            $name,
            [p!(PositionalOnly "value", "The right operand.")],
            "self op value, as the comparison computes it.",
            |it, args| it.compare($op, args.this(), &args.get("value"))
        )
    };
}

macro_rules! inplace {
    ($name:literal, $op:expr) => {
        slot!(
            $name,
            [p!(PositionalOnly "value", "The right operand.")],
            "self op= value: the array changed in place, and returned.",
            |it, args| Ok(it.inplace_binary($op, args.this(), &args.get("value"))?.0)
        )
    };
}

macro_rules! unary {
    ($name:literal, $op:expr) => {
        slot!($name, [], "The unary operator on self.", |it, args| it
            .unary($op, args.this()))
    };
}

/// `f(*before, self, *after)` for the builtin `f` (`abs`, `int`,
/// `divmod`, …) a special method stands for, so both share one home.
fn via(it: &mut Interp, args: &Args, f: &str, before: &[&str], after: &[&str]) -> Result<Value> {
    let f = super::builtins::lookup(f).expect("a builtin npcalc has");
    let arg = |n: &&str| (args.get(n), args.call_span);
    let this = (args.this().clone(), args.call_span);
    let positional = before
        .iter()
        .map(arg)
        .chain([this])
        .chain(after.iter().map(arg));
    let call = CallArgs {
        positional: positional.collect(),
        keywords: vec![],
    };
    it.call(&f, call, args.call_span)
}

/// A special method that is the builtin `f` on self (and its arguments).
macro_rules! builtin {
    ($name:literal, $f:literal) => {
        slot!($name, [], concat!($f, "(self)."), |it, args| via(it, args, $f, &[], &[]))
    };
    ($name:literal, $f:literal, $doc:literal, reflected) => {
        slot!(
            $name,
            [p!(PositionalOnly "value", "The left operand.")],
            $doc,
            |it, args| via(it, args, $f, &["value"], &[])
        )
    };
    ($name:literal, $f:literal, $doc:literal) => {
        slot!(
            $name,
            [p!(PositionalOnly "value", "The right operand.")],
            $doc,
            |it, args| via(it, args, $f, &[], &["value"])
        )
    };
}

/// The special methods both ndarray and NumPy's scalars have.
static COMMON: &[FnDef] = &[
    binary!("__add__", BinOp::Add),
    binary!("__sub__", BinOp::Sub),
    binary!("__mul__", BinOp::Mul),
    binary!("__truediv__", BinOp::Div),
    binary!("__floordiv__", BinOp::FloorDiv),
    binary!("__mod__", BinOp::Mod),
    binary!("__pow__", BinOp::Pow),
    binary!("__matmul__", BinOp::MatMul),
    binary!("__and__", BinOp::BitAnd),
    binary!("__or__", BinOp::BitOr),
    binary!("__xor__", BinOp::BitXor),
    binary!("__lshift__", BinOp::LShift),
    binary!("__rshift__", BinOp::RShift),
    reflected!("__radd__", BinOp::Add),
    reflected!("__rsub__", BinOp::Sub),
    reflected!("__rmul__", BinOp::Mul),
    reflected!("__rtruediv__", BinOp::Div),
    reflected!("__rfloordiv__", BinOp::FloorDiv),
    reflected!("__rmod__", BinOp::Mod),
    reflected!("__rpow__", BinOp::Pow),
    reflected!("__rmatmul__", BinOp::MatMul),
    reflected!("__rand__", BinOp::BitAnd),
    reflected!("__ror__", BinOp::BitOr),
    reflected!("__rxor__", BinOp::BitXor),
    reflected!("__rlshift__", BinOp::LShift),
    reflected!("__rrshift__", BinOp::RShift),
    compare!("__eq__", CmpOp::Eq),
    compare!("__ne__", CmpOp::Ne),
    compare!("__lt__", CmpOp::Lt),
    compare!("__le__", CmpOp::Le),
    compare!("__gt__", CmpOp::Gt),
    compare!("__ge__", CmpOp::Ge),
    unary!("__neg__", UnaryOp::Neg),
    unary!("__pos__", UnaryOp::Pos),
    unary!("__invert__", UnaryOp::Invert),
    builtin!("__abs__", "abs"),
    builtin!("__bool__", "bool"),
    builtin!("__int__", "int"),
    builtin!("__float__", "float"),
    builtin!("__repr__", "repr"),
    builtin!("__str__", "str"),
    builtin!("__divmod__", "divmod", "divmod(self, value)."),
    builtin!("__rdivmod__", "divmod", "divmod(value, self).", reflected),
    slot!(
        "__getitem__",
        [p!(PositionalOnly "key", "An index, as in self[key].")],
        "self[key].",
        |it, args| it.getitem(args.this(), &args.get("key"))
    ),
];

/// `a.__array__(dtype=None, copy=None)`: `np.array(self, dtype, copy=copy)`,
/// which returns self when neither asks for a new array.
fn array(it: &mut Interp, args: &Args) -> Result<Value> {
    let f = super::catalog::numpy_function("array").expect("np.array");
    let span = args.call_span;
    // A scalar's __array__ has no copy (its default None reads as None).
    let keywords = vec![
        ("dtype".to_string(), args.get("dtype"), span),
        ("copy".to_string(), args.get("copy"), span),
    ];
    let call = CallArgs {
        positional: vec![(args.this().clone(), span)],
        keywords,
    };
    it.call(&Value::Function(f), call, span)
}

/// The special methods only ndarray has (a NumPy scalar has no length,
/// items to set, or in-place operators).
static ARRAY_ONLY: &[FnDef] = &[
    inplace!("__iadd__", BinOp::Add),
    inplace!("__isub__", BinOp::Sub),
    inplace!("__imul__", BinOp::Mul),
    inplace!("__itruediv__", BinOp::Div),
    inplace!("__ifloordiv__", BinOp::FloorDiv),
    inplace!("__imod__", BinOp::Mod),
    inplace!("__ipow__", BinOp::Pow),
    inplace!("__imatmul__", BinOp::MatMul),
    inplace!("__iand__", BinOp::BitAnd),
    inplace!("__ior__", BinOp::BitOr),
    inplace!("__ixor__", BinOp::BitXor),
    inplace!("__ilshift__", BinOp::LShift),
    inplace!("__irshift__", BinOp::RShift),
    FnDef {
        name: "__array__",
        owner: Owner::Method,
        error_name: None,
        params: &[
            p!(Normal "dtype" = "None", "The dtype wanted (None: self's)."),
            p!(Normal "copy" = "None", "True: always a copy; False: never (ValueError if one is needed)."),
        ],
        doc: "self as an ndarray (np.array(self, dtype, copy=copy)).",
        examples: &["np.arange(3).__array__(np.float32)"],
        imp: array,
    },
    builtin!("__len__", "len"),
    builtin!("__iter__", "iter"),
    slot!(
        "__setitem__",
        [
            p!(PositionalOnly "key", "An index, as in self[key] = value."),
            p!(PositionalOnly "value", "The value to store.")
        ],
        "self[key] = value.",
        |it, args| {
            it.setitem(args.this(), &args.get("key"), args.get("value"))?;
            Ok(Value::None)
        }
    ),
    slot!(
        "__contains__",
        [p!(PositionalOnly "key", "The value to look for.")],
        "key in self.",
        |it, args| Ok(Value::Bool(it.contains(args.this(), &args.get("key"))?))
    ),
];

/// The special methods only NumPy's scalars have (or have otherwise).
static SCALAR_ONLY: &[FnDef] = &[
    FnDef {
        name: "__array__",
        owner: Owner::Method,
        error_name: None,
        params: &[p!(PositionalOnly "dtype" = "None", "The dtype wanted (None: self's).")],
        doc: "self as a 0-d ndarray (np.array(self, dtype)).",
        examples: &["np.int64(3).__array__()"],
        imp: array,
    },
    slot!(
        "__index__",
        [],
        "operator.index(self), for NumPy's integers.",
        |_, args| { Ok(Value::Int(super::builtins::index(args.this())?)) }
    ),
];

/// The special method `name` of `v`, an ndarray or a NumPy scalar, if
/// npcalc has it; only NumPy's integers have `__index__`.
pub fn lookup(v: &Value, name: &str) -> Option<Result<Value>> {
    let own = match v {
        Value::Scalar(s) if name == "__index__" && !s.dtype().is_integer() => {
            return Some(Err(Error::attribute_error(format!(
                "'{}' object has no attribute '{name}'",
                v.type_name()
            ))));
        }
        Value::Scalar(_) => SCALAR_ONLY,
        _ => ARRAY_ONLY,
    };
    let f = COMMON.iter().chain(own).find(|f| f.name == name)?;
    Some(Ok(Value::Method(Box::new(v.clone()), f)))
}
