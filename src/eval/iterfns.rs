//! Python's builtins over iterables (`enumerate zip map filter sorted
//! reversed sum min max any all`) and the type checks lessons use
//! (`isinstance`, `divmod`, `pow`), declared beside their code and joined
//! into the one catalog.

use super::dict::View;
use super::iter::{Lazy, PyIter};
use super::table::{Args, CallArgs, FnDef, builtin, p};
use super::value::{TypeObj, Value};
use super::{Interp, catalog};
use crate::array::promote::Operand;
use crate::array::signals;
use crate::error::{Error, Result, Span};
use crate::syntax::ast::{BinOp, CmpOp};
use num_bigint::BigInt;
use num_traits::{Signed, Zero};
use std::cell::RefCell;
use std::rc::Rc;

pub static ITER_BUILTINS: &[FnDef] = &[
    builtin!(
        "enumerate",
        [
            p!(Normal "iterable", "Any iterable."),
            p!(Normal "start" = "0", "The first count.")
        ],
        "Pairs (count, item) for each item of the iterable.",
        ["list(enumerate([10, 20]))"],
        enumerate
    ),
    builtin!(
        "zip",
        [
            p!(VarPositional "iterables", "Iterables to walk together."),
            p!(KeywordOnly "strict" = "False", "Raise if lengths differ.")
        ],
        "Tuples of the i-th items of each iterable, stopping at the shortest.",
        ["list(zip([1, 2], 'ab'))"],
        zip
    ),
    builtin!(
        "map",
        [
            p!(PositionalOnly "function", "A callable."),
            p!(VarPositional "iterables", "Iterables whose items are passed.")
        ],
        "The function applied to each item (or to the i-th items of several iterables).",
        ["list(map(abs, [-1, 2]))"],
        map
    ),
    builtin!(
        "filter",
        [
            p!(PositionalOnly "function", "A callable, or None for truthiness."),
            p!(PositionalOnly "iterable", "Any iterable.")
        ],
        "The items for which the function returns a true value.",
        ["list(filter(None, [0, 1, 2]))"],
        filter
    ),
    builtin!(
        counts "sorted",
        [
            p!(PositionalOnly "iterable", "Any iterable."),
            p!(KeywordOnly "key" = "None", "A function giving each item's sort key."),
            p!(KeywordOnly "reverse" = "False", "Sort in descending order.")
        ],
        "A new sorted list (stable).",
        ["sorted([3, 1, 2])"],
        sorted
    ),
    builtin!(
        counts "reversed",
        [p!(PositionalOnly "sequence", "A sequence.")],
        "The items of a sequence in reverse order.",
        ["list(reversed([1, 2, 3]))"],
        reversed
    ),
    builtin!(
        "sum",
        [
            p!(PositionalOnly "iterable", "Numbers (or arrays) to add."),
            p!(Normal "start" = "0", "The value to start from.")
        ],
        "start plus the items, added left to right with `+`.",
        ["sum([1, 2, 3])"],
        sum
    ),
    builtin!(
        counts "min",
        [
            p!(PositionalOnly "iterable", "An iterable, or the first of several values."),
            p!(VarPositional "args", "The other values, when several are given."),
            p!(KeywordOnly "key" = "None", "A function giving each item's key."),
            p!(KeywordOnly "default" = "<missing>", "The result for an empty iterable.")
        ],
        "The smallest item.",
        ["min([3, 1, 2])"],
        min
    ),
    builtin!(
        counts "max",
        [
            p!(PositionalOnly "iterable", "An iterable, or the first of several values."),
            p!(VarPositional "args", "The other values, when several are given."),
            p!(KeywordOnly "key" = "None", "A function giving each item's key."),
            p!(KeywordOnly "default" = "<missing>", "The result for an empty iterable.")
        ],
        "The largest item.",
        ["max([3, 1, 2])"],
        max
    ),
    builtin!(
        "any",
        [p!(PositionalOnly "iterable", "Any iterable.")],
        "Whether any item is true.",
        ["any([0, 1])"],
        any
    ),
    builtin!(
        "all",
        [p!(PositionalOnly "iterable", "Any iterable.")],
        "Whether every item is true.",
        ["all([1, 2])"],
        all
    ),
    builtin!(
        "isinstance",
        [
            p!(PositionalOnly "obj", "Any value."),
            p!(PositionalOnly "class_or_tuple", "A class or a tuple of classes.")
        ],
        "Whether obj is an instance of the class (or of any in the tuple).",
        ["isinstance(1, int)"],
        isinstance
    ),
    builtin!(
        "issubclass",
        [
            p!(PositionalOnly "cls", "A class."),
            p!(PositionalOnly "class_or_tuple", "A class or a tuple of classes.")
        ],
        "Whether cls is the class (or one of the classes) or derives from it.",
        [
            "issubclass(bool, int)",
            "issubclass(RuntimeWarning, Warning)"
        ],
        issubclass
    ),
    builtin!(
        "getattr",
        [
            p!(PositionalOnly "object", "Any value."),
            p!(PositionalOnly "name", "The attribute's name, a str."),
            p!(PositionalOnly "default" = "<missing>", "What to give when there is no such attribute.")
        ],
        "object.name, for a name held in a string.",
        ["getattr(np, 'cumsum')([1, 2, 3])"],
        getattr
    ),
    builtin!(
        "hasattr",
        [
            p!(PositionalOnly "obj", "Any value."),
            p!(PositionalOnly "name", "The attribute's name, a str.")
        ],
        "Whether getattr(obj, name) would succeed.",
        ["hasattr(np, 'cumsum')"],
        hasattr
    ),
    builtin!(
        "id",
        [p!(PositionalOnly "obj", "Any value.")],
        "An integer naming the object: equal for two names of the same object (npcalc's numbers, not CPython's addresses).",
        ["a = [1]; b = a; id(a) == id(b)"],
        id
    ),
    builtin!(
        "divmod",
        [
            p!(PositionalOnly "x", "A number."),
            p!(PositionalOnly "y", "A number.")
        ],
        "The pair (x // y, x % y).",
        ["divmod(7, 2)"],
        divmod
    ),
    builtin!(
        "pow",
        [
            p!(Normal "base", "A number."),
            p!(Normal "exp", "The exponent."),
            p!(Normal "mod" = "None", "A modulus: ints only, computed without the full power.")
        ],
        "base ** exp, or base ** exp % mod.",
        ["pow(2, 10)", "pow(3, -1, 7)"],
        pow
    ),
    builtin!(
        "next",
        [
            p!(PositionalOnly "iterator", "An iterator."),
            p!(PositionalOnly "default" = "<missing>", "The result when it is exhausted.")
        ],
        "The iterator's next item.",
        ["next(iter([1, 2]))"],
        next
    ),
    builtin!(
        "iter",
        [p!(PositionalOnly "iterable", "Any iterable.")],
        "An iterator over the iterable.",
        ["next(iter([1, 2]))"],
        iter
    ),
];

/// An iterator value of the given kind (`numpy.ndindex`, …) over `items`.
pub(super) fn items_iterator(kind: &'static str, items: Vec<Value>) -> Value {
    iterator(kind, PyIter::Items(items.into_iter()))
}

/// An iterator value of the given kind (`reversed`, `iter`…) over items.
fn iterator(kind: &'static str, items: PyIter) -> Value {
    Value::Iter(Rc::new(RefCell::new(items)), kind)
}

/// A lazy iterator value of the given kind (`zip`, `map`, …).
pub(super) fn lazy(kind: &'static str, l: impl Lazy + 'static) -> Value {
    iterator(kind, PyIter::Lazy(Box::new(l)))
}

fn iterables(v: &Value) -> Result<Vec<PyIter>> {
    match v {
        Value::Tuple(items) => items.iter().map(PyIter::new).collect(),
        other => Ok(vec![PyIter::new(other)?]),
    }
}

struct Enumerate {
    src: PyIter,
    count: Value,
}

impl Lazy for Enumerate {
    fn next(&mut self, it: &mut Interp) -> Result<Option<Value>> {
        let Some(x) = self.src.next_item(it)? else {
            return Ok(None);
        };
        let next = it.binary(BinOp::Add, &self.count, &Value::int(1))?;
        let k = std::mem::replace(&mut self.count, next);
        Ok(Some(Value::tuple(vec![k, x])))
    }
}

fn enumerate(_: &mut Interp, args: &Args) -> Result<Value> {
    let src = PyIter::new(&args.get("iterable"))?;
    let count = args.get("start");
    Ok(lazy("enumerate", Enumerate { src, count }))
}

struct Zip {
    srcs: Vec<PyIter>,
    strict: bool,
}

impl Lazy for Zip {
    fn next(&mut self, it: &mut Interp) -> Result<Option<Value>> {
        if self.srcs.is_empty() {
            return Ok(None);
        }
        let mut row = Vec::with_capacity(self.srcs.len());
        for k in 0..self.srcs.len() {
            match self.srcs[k].next_item(it)? {
                Some(x) => row.push(x),
                None if !self.strict => return Ok(None),
                // CPython's zip_next: name the first argument out of step.
                None => {
                    let plural = |i: usize| if i == 1 { " " } else { "s 1-" };
                    if k > 0 {
                        return Err(Error::value_error(format!(
                            "zip() argument {} is shorter than argument{}{k}",
                            k + 1,
                            plural(k)
                        )));
                    }
                    for i in 1..self.srcs.len() {
                        if self.srcs[i].next_item(it)?.is_some() {
                            return Err(Error::value_error(format!(
                                "zip() argument {} is longer than argument{}{i}",
                                i + 1,
                                plural(i)
                            )));
                        }
                    }
                    return Ok(None);
                }
            }
        }
        Ok(Some(Value::tuple(row)))
    }
}

fn zip(it: &mut Interp, args: &Args) -> Result<Value> {
    let srcs = iterables(&args.get("iterables"))?;
    let strict = it.truthy(&args.get("strict"))?;
    Ok(lazy("zip", Zip { srcs, strict }))
}

/// Calls `f` with positional arguments, for the lazy iterators.
pub(super) fn call_with(it: &mut Interp, f: &Value, xs: Vec<Value>, span: Span) -> Result<Value> {
    let call = CallArgs {
        positional: xs.into_iter().map(|x| (x, span)).collect(),
        keywords: Vec::new(),
    };
    it.call(f, call, span)
}

struct Map {
    f: Value,
    srcs: Vec<PyIter>,
    span: Span,
}

impl Lazy for Map {
    fn next(&mut self, it: &mut Interp) -> Result<Option<Value>> {
        let mut row = Vec::with_capacity(self.srcs.len());
        for s in self.srcs.iter_mut() {
            match s.next_item(it)? {
                Some(x) => row.push(x),
                None => return Ok(None),
            }
        }
        call_with(it, &self.f, row, self.span).map(Some)
    }
}

fn map(_: &mut Interp, args: &Args) -> Result<Value> {
    let f = args.get("function");
    let srcs = iterables(&args.get("iterables"))?;
    if srcs.is_empty() {
        return Err(Error::type_error("map() must have at least two arguments."));
    }
    let span = args.call_span;
    Ok(lazy("map", Map { f, srcs, span }))
}

struct Filter {
    f: Value,
    src: PyIter,
    span: Span,
    /// `itertools.filterfalse` keeps the items the test rejects.
    keep_false: bool,
}

impl Lazy for Filter {
    fn next(&mut self, it: &mut Interp) -> Result<Option<Value>> {
        while let Some(x) = self.src.next_item(it)? {
            let test = match &self.f {
                Value::None => it.truthy(&x)?,
                f => {
                    let r = call_with(it, f, vec![x.clone()], self.span)?;
                    it.truthy(&r)?
                }
            };
            if test != self.keep_false {
                return Ok(Some(x));
            }
        }
        Ok(None)
    }
}

pub(super) fn filter_iter(f: Value, src: PyIter, span: Span, keep_false: bool) -> impl Lazy {
    Filter {
        f,
        src,
        span,
        keep_false,
    }
}

fn filter(_: &mut Interp, args: &Args) -> Result<Value> {
    let src = PyIter::new(&args.get("iterable"))?;
    let f = filter_iter(args.get("function"), src, args.call_span, false);
    Ok(lazy("filter", f))
}

fn sorted(it: &mut Interp, args: &Args) -> Result<Value> {
    let items = it.iterate(&args.get("iterable"))?;
    let list = Value::list(items);
    let sort = catalog::all()
        .find(|f| f.name == "sort" && f.params.iter().any(|p| p.name == "key"))
        .ok_or_else(|| Error::type_error("list.sort is missing"))?;
    let call = CallArgs {
        positional: Vec::new(),
        keywords: ["key", "reverse"]
            .iter()
            .map(|k| (k.to_string(), args.get(k), args.call_span))
            .collect(),
    };
    it.call(
        &Value::Method(Box::new(list.clone()), sort),
        call,
        args.call_span,
    )?;
    Ok(list)
}

fn reversed(it: &mut Interp, args: &Args) -> Result<Value> {
    let v = args.get("sequence");
    if matches!(v, Value::Iter(..)) {
        return Err(Error::type_error(format!(
            "'{}' object is not reversible",
            v.type_name()
        )));
    }
    let kind = match &v {
        Value::Dict(_) | Value::DictView(_, View::Keys) => "dict_reversekeyiterator",
        Value::DictView(_, View::Values) => "dict_reversevalueiterator",
        Value::DictView(_, View::Items) => "dict_reverseitemiterator",
        Value::List(_) => "list_reverseiterator",
        Value::Range(_) => "range_iterator",
        _ => "reversed",
    };
    let mut items = it.iterate(&v)?;
    items.reverse();
    Ok(iterator(kind, PyIter::Items(items.into_iter())))
}

fn sum(it: &mut Interp, args: &Args) -> Result<Value> {
    let start = args.get("start");
    if matches!(start, Value::Str(_)) {
        return Err(Error::type_error(
            "sum() can't sum strings [use ''.join(seq) instead]",
        ));
    }
    let mut src = PyIter::new(&args.get("iterable"))?;
    let mut total = start;
    while let Some(x) = src.next_item(it)? {
        total = it.binary(BinOp::Add, &total, &x)?;
    }
    Ok(total)
}

fn extreme(it: &mut Interp, args: &Args, name: &str, op: CmpOp) -> Result<Value> {
    // C's min_max counts the positional arguments before anything else, so
    // the binder's check for `iterable` already said "expected at least 1".
    let Value::Tuple(rest) = args.get("args") else {
        unreachable!("*args binds a tuple")
    };
    let first = args.get("iterable");
    let items = if rest.is_empty() {
        it.iterate(&first)?
    } else {
        if args.given("default") {
            return Err(Error::type_error(format!(
                "Cannot specify a default for {name}() with multiple positional arguments"
            )));
        }
        std::iter::once(first).chain(rest.iter().cloned()).collect()
    };
    let key = args.get("key");
    let mut best: Option<(Value, Value)> = None;
    for x in items {
        let k = match &key {
            Value::None => x.clone(),
            f => call_with(it, f, vec![x.clone()], args.call_span)?,
        };
        best = Some(match best {
            None => (k, x),
            Some((bk, bx)) => {
                let better = it.compare(op, &k, &bk)?;
                if it.truthy(&better)? {
                    (k, x)
                } else {
                    (bk, bx)
                }
            }
        });
    }
    match best {
        Some((_, x)) => Ok(x),
        None if args.given("default") => Ok(args.get("default")),
        None => Err(Error::value_error(format!(
            "{name}() arg is an empty sequence"
        ))),
    }
}

fn min(it: &mut Interp, args: &Args) -> Result<Value> {
    extreme(it, args, "min", CmpOp::Lt)
}

fn max(it: &mut Interp, args: &Args) -> Result<Value> {
    extreme(it, args, "max", CmpOp::Gt)
}

fn any(it: &mut Interp, args: &Args) -> Result<Value> {
    let mut src = PyIter::new(&args.get("iterable"))?;
    while let Some(x) = src.next_item(it)? {
        if it.truthy(&x)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn all(it: &mut Interp, args: &Args) -> Result<Value> {
    let mut src = PyIter::new(&args.get("iterable"))?;
    while let Some(x) = src.next_item(it)? {
        if !it.truthy(&x)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

/// Python's class tests, with NumPy's scalar types in the hierarchy they
/// have (`np.float64` is a `float`, `np.bool_` is not an `int`).
fn is_instance(v: &Value, class: TypeObj) -> bool {
    let own = v.type_of();
    if own == class {
        return true;
    }
    match (class, v) {
        (TypeObj::Int, Value::Bool(_) | Value::ReFlag(_)) => true,
        (TypeObj::Abstract(a), Value::Scalar(s)) => a.contains(s.dtype()),
        (TypeObj::Str, Value::NpStr(_)) => true,
        (TypeObj::Float, Value::Scalar(s)) => s.dtype() == crate::array::DType::Float64,
        (TypeObj::Complex, Value::Scalar(s)) => s.dtype() == crate::array::DType::Complex128,
        (TypeObj::Exc(base), Value::Exception(e)) => e.class.is_a(base),
        (TypeObj::NdArray, Value::Masked(_) | Value::MaskedConstant) => true,
        (TypeObj::MaskedArray, Value::MaskedConstant) => true,
        (TypeObj::Random(super::random::BIT_GENERATOR_CLASS), Value::Random(r)) => {
            r.is_bit_generator()
        }
        // Named tuples are tuples; Counter, defaultdict and OrderedDict are dicts.
        (TypeObj::Tuple, Value::NamedTuple(..)) => true,
        (TypeObj::Dict, Value::Dict(_)) => true,
        _ => false,
    }
}

/// `issubclass(sub, class)` for the classes npcalc has.
fn is_subclass(sub: TypeObj, class: TypeObj) -> bool {
    use crate::array::DType;
    if let Some(b) = super::dtypeinfo::is_subclass(sub, class) {
        return b;
    }
    sub == class
        || match (sub, class) {
            (TypeObj::Bool, TypeObj::Int) => true,
            (TypeObj::NpStr, TypeObj::Str) => true,
            (TypeObj::Scalar(DType::Float64), TypeObj::Float) => true,
            (TypeObj::Scalar(DType::Complex128), TypeObj::Complex) => true,
            (TypeObj::Exc(e), TypeObj::Exc(base)) => e.is_a(base),
            (TypeObj::MaskedArray, TypeObj::NdArray) => true,
            (TypeObj::MaskedConstant, TypeObj::MaskedArray | TypeObj::NdArray) => true,
            _ => false,
        }
}

fn issubclass(_: &mut Interp, args: &Args) -> Result<Value> {
    let sub = args.get("cls");
    if !matches!(sub, Value::Type(_) | Value::Class(_)) {
        return Err(Error::type_error("issubclass() arg 1 must be a class"));
    }
    fn check(sub: &Value, c: &Value) -> Result<bool> {
        match c {
            Value::Tuple(items) => {
                for i in items.iter() {
                    if check(sub, i)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            Value::Type(TypeObj::Object) => Ok(true),
            Value::Class(c) => Ok(matches!(sub, Value::Class(s) if s.is_subclass_of(c))),
            Value::Type(t) => Ok(match sub {
                Value::Class(s) => {
                    matches!(t, TypeObj::Exc(base) if s.exc_base.is_some_and(|e| e.is_a(*base)))
                }
                Value::Type(s) => is_subclass(*s, *t),
                _ => false,
            }),
            _ => Err(Error::type_error(
                "issubclass() arg 2 must be a class, a tuple of classes, or a union",
            )),
        }
    }
    Ok(Value::Bool(check(&sub, &args.get("class_or_tuple"))?))
}

/// The `name` argument of getattr/hasattr, which must be a str.
fn attr_name(args: &Args) -> Result<Rc<str>> {
    match args.get("name") {
        Value::Str(name) => Ok(name),
        other => Err(Error::type_error(format!(
            "attribute name must be string, not '{}'",
            other.type_name()
        ))),
    }
}

fn getattr(it: &mut Interp, args: &Args) -> Result<Value> {
    let name = attr_name(args)?;
    match it.getattr(&args.get("object"), &name) {
        Err(e) if e.class == crate::error::Exc::AttributeError && args.given("default") => {
            Ok(args.get("default"))
        }
        other => other,
    }
}

fn hasattr(it: &mut Interp, args: &Args) -> Result<Value> {
    let name = attr_name(args)?;
    let obj = args.get("obj");
    match it.getattr(&obj, &name) {
        Ok(_) => Ok(Value::Bool(true)),
        // A name the real module has (`np.char`) answers True as in Python;
        // using it is then refused in one sentence naming it. A submodule
        // npcalc has is an attribute only once imported, as in Python.
        Err(e) if e.class == crate::error::Exc::AttributeError => Ok(Value::Bool(
            super::numpy::upstream_refusal(&obj, &name).is_some()
                && !super::pyplot::is_submodule(&obj, &name),
        )),
        Err(e) => Err(e),
    }
}

/// Objects npcalc shares by reference are named by their address (so `id`
/// agrees with `is`); other values by a hash of their contents.
fn id(_: &mut Interp, args: &Args) -> Result<Value> {
    Ok(Value::Int(object_id(&args.get("obj")).into()))
}

/// `id(v)`: the address of an object npcalc shares by reference, so that
/// `id` agrees with `is`; other values are named by a hash of their contents.
pub(super) fn object_id(v: &Value) -> usize {
    use std::hash::{Hash, Hasher};
    fn at<T: ?Sized>(x: &Rc<T>) -> usize {
        Rc::as_ptr(x) as *const u8 as usize
    }
    let address = match v {
        Value::List(x) => Some(at(x)),
        Value::Dict(x) => Some(at(x)),
        Value::Masked(x) => Some(at(x)),
        Value::Tuple(x) => Some(at(x)),
        Value::NamedTuple(_, x) => Some(at(x)),
        Value::Set(x) => Some(at(x)),
        Value::Deque(x) => Some(at(x)),
        Value::Instance(x) => Some(at(x)),
        Value::PyTime(x) => Some(at(x)),
        Value::Array(a) => Some(a.address()),
        _ => None,
    };
    address.unwrap_or_else(|| {
        let mut h = std::collections::hash_map::DefaultHasher::new();
        format!("{v:?}").hash(&mut h);
        // Even, like CPython's 16-byte aligned addresses, and positive.
        (h.finish() >> 20) as usize & !0xF
    })
}

fn isinstance(_: &mut Interp, args: &Args) -> Result<Value> {
    let v = args.get("obj");
    fn check(v: &Value, c: &Value) -> Result<bool> {
        match c {
            Value::Class(c) => Ok(super::classes::is_instance(v, c)),
            Value::NamedClass(c) => {
                Ok(matches!(v, Value::NamedTuple(k, _) if std::ptr::eq(*k, c.kind)))
            }
            Value::Type(TypeObj::Object) => Ok(true),
            Value::Function(f) if super::fractions::is_class(f) => {
                Ok(matches!(v, Value::Fraction(_)))
            }
            Value::Function(f) if super::decimal::is_class(f) => Ok(matches!(v, Value::Decimal(_))),
            Value::Function(f) if let Some(is) = super::pydatetime::is_instance(v, f) => Ok(is),
            Value::Function(f) if super::nditer::is_class(f) => Ok(matches!(v, Value::NdIter(_))),
            Value::Function(f) if super::pyio::is_class(f) => Ok(matches!(v, Value::StringIo(_))),
            Value::Function(f) if super::datetime64::is_class(f) => {
                Ok(super::datetime64::is_instance(v, f))
            }
            Value::Type(TypeObj::Exc(base)) if let Value::Instance(i) = v => {
                Ok(i.class.exc_base.is_some_and(|e| e.is_a(*base)))
            }
            Value::Type(t) => Ok(is_instance(v, *t)),
            Value::Alias(a) => Ok(is_instance(v, super::typing::instance_class(a)?)),
            Value::Tuple(items) => {
                for i in items.iter() {
                    if check(v, i)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            _ => Err(Error::type_error(
                "isinstance() arg 2 must be a type, a tuple of types, or a union",
            )),
        }
    }
    Ok(Value::Bool(check(&v, &args.get("class_or_tuple"))?))
}

fn divmod(it: &mut Interp, args: &Args) -> Result<Value> {
    let (x, y) = (args.get("x"), args.get("y"));
    if let Some(r) = super::datetime64::divmod(&x, &y) {
        return r;
    }
    if let Some(r) = numpy_divmod(&x, &y) {
        return r;
    }
    if let Some(r) = super::pydatetime::divmod(&x, &y) {
        return r;
    }
    let q = it.binary(BinOp::FloorDiv, &x, &y)?;
    let r = it.binary(BinOp::Mod, &x, &y)?;
    Ok(Value::tuple(vec![q, r]))
}

/// ndarray's and NumPy scalars' `__divmod__`: np.divmod's one loop, its
/// warnings named "divmod" ("scalar divmod" in NumPy's scalar math), with
/// scalars for scalar operands. None when no operand is NumPy's or one is
/// not a number (then Python's operators give the TypeError).
fn numpy_divmod(x: &Value, y: &Value) -> Option<Result<Value>> {
    use super::numpy::{is_numpy, operand, unwrap0};
    if !(is_numpy(x) || is_numpy(y)) {
        return None;
    }
    let (lhs, rhs) = (operand(x).ok()?, operand(y).ok()?);
    let is_array = |o: &Operand| matches!(o, Operand::Array(_));
    let scalars = !is_array(&lhs) && !is_array(&rhs);
    let run = || crate::array::ufunc::divmod(&lhs, &rhs);
    let pair = if scalars && crate::array::ufunc::scalar_math(&lhs, &rhs) {
        signals::fp_named("scalar divmod", run)
    } else {
        run()
    };
    Some(pair.map(|(q, r)| {
        let wrap = |a| if scalars { unwrap0(a) } else { Value::Array(a) };
        Value::tuple(vec![wrap(q), wrap(r)])
    }))
}

fn pow(it: &mut Interp, args: &Args) -> Result<Value> {
    let (base, exp, modulus) = (args.get("base"), args.get("exp"), args.get("mod"));
    if let Value::None = modulus {
        return it.binary(BinOp::Pow, &base, &exp);
    }
    if [&base, &exp, &modulus]
        .iter()
        .any(|v| super::numpy::is_numpy(v))
    {
        return Err(Error::type_error(
            "pow() with a modulus is supported in npcalc only for Python ints",
        ));
    }
    let as_int = |v: &Value| match super::pyops::as_num(v) {
        Some(super::pyops::Num::Int(i)) => Some(i),
        _ => None,
    };
    let (Some(b), Some(e), Some(m)) = (as_int(&base), as_int(&exp), as_int(&modulus)) else {
        return Err(Error::type_error(
            "pow() 3rd argument not allowed unless all arguments are integers",
        ));
    };
    modular_pow(&b, &e, &m).map(Value::Int)
}

/// CPython's three-argument `pow` on ints: the result takes the modulus's
/// sign, and a negative exponent first inverts the base modulo `m`.
fn modular_pow(b: &BigInt, e: &BigInt, m: &BigInt) -> Result<BigInt> {
    if m.is_zero() {
        return Err(Error::value_error("pow() 3rd argument cannot be 0"));
    }
    let base = if e.is_negative() {
        b.modinv(m)
            .ok_or_else(|| Error::value_error("base is not invertible for the given modulus"))?
    } else {
        b.clone()
    };
    Ok(base.modpow(&e.abs(), m))
}

fn next(it: &mut Interp, args: &Args) -> Result<Value> {
    let iterator = args.get("iterator");
    if let Some(r) = super::classes::special(it, &iterator, "__next__", vec![]) {
        return match r {
            Err(e) if e.class == crate::error::Exc::StopIteration && args.given("default") => {
                Ok(args.get("default"))
            }
            other => other,
        };
    }
    let item = match iterator {
        Value::Iter(ref state, _) => {
            let mut shared = super::iter::PyIter::Shared(state.clone());
            match shared.next_item(it)? {
                None if !args.given("default") => {
                    return Err(super::generator::stop_iteration(it, &shared));
                }
                item => item,
            }
        }
        Value::FlatIter(f) => super::flatiter::Cursor(f.clone()).next(it)?,
        // An nditer keeps its position itself, so any walk of it moves it.
        Value::NdIter(ref n) => super::nditer::iterate(n).next_item(it)?,
        other => {
            return Err(Error::type_error(format!(
                "'{}' object is not an iterator",
                other.type_name()
            )));
        }
    };
    match item {
        Some(x) => Ok(x),
        None if args.given("default") => Ok(args.get("default")),
        None => Err(Error::new(crate::error::Exc::StopIteration, "")),
    }
}

fn iter(it: &mut Interp, args: &Args) -> Result<Value> {
    let v = args.get("iterable");
    // A flatiter or an nditer is its own iterator, sharing its position.
    if let Value::Iter(..) | Value::FlatIter(_) | Value::NdIter(_) = v {
        return Ok(v);
    }
    if let Value::Instance(_) = v {
        if let Some(r) = super::classes::special(it, &v, "__iter__", vec![]) {
            return r;
        }
        let items = super::iter::PyIter::new(&v)?;
        return Ok(Value::Iter(
            Rc::new(std::cell::RefCell::new(items)),
            "iterator",
        ));
    }
    let kind = match &v {
        Value::List(_) => "list_iterator",
        Value::Tuple(_) => "tuple_iterator",
        Value::Str(s) if s.is_ascii() => "str_ascii_iterator",
        Value::Str(_) => "str_iterator",
        Value::Set(_) => "set_iterator",
        Value::Range(_) => "range_iterator",
        Value::Dict(_) => "dict_keyiterator",
        Value::DictView(_, View::Values) => "dict_valueiterator",
        Value::DictView(_, View::Items) => "dict_itemiterator",
        Value::DictView(..) => "dict_keyiterator",
        _ => "iterator",
    };
    Ok(iterator(kind, PyIter::new(&v)?))
}

#[cfg(test)]
mod modular_pow_tests {
    use super::modular_pow;
    use num_bigint::BigInt;

    fn mp(b: i64, e: i64, m: i64) -> Option<i64> {
        modular_pow(&b.into(), &e.into(), &m.into())
            .ok()
            .map(|r: BigInt| r.try_into().unwrap())
    }

    #[test]
    fn follows_cpython_signs_and_inverses() {
        // Values from CPython 3.11: pow(3, 4, 5), pow(-3, 3, 7), pow(3, 3, -7), pow(3, -1, 7).
        assert_eq!(mp(3, 4, 5), Some(1));
        assert_eq!(mp(-3, 3, 7), Some(1));
        assert_eq!(mp(3, 3, -7), Some(-1));
        assert_eq!(mp(3, -1, 7), Some(5));
        assert_eq!(mp(2, -1, 4), None);
        assert_eq!(mp(2, 3, 0), None);
    }
}
