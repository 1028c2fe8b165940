//! Python's `copy` module as CPython 3.11's Lib/copy.py: `copy` through the
//! type's copier or `__copy__`, `deepcopy` through the memo dict (keyed by
//! `id`, so a session `__deepcopy__(self, memo)` can pass it on), atomic
//! values returned as themselves, tuples kept when nothing inside changed.

use super::classes::{Instance, Namespace};
use super::table::{Args, FnDef, p, python_fn};
use super::{Interp, Value, dict, pyset};
use crate::error::{Error, Result};
use std::cell::RefCell;
use std::rc::Rc;

pub static COPY: &[FnDef] = &[
    python_fn!(
        "copy",
        [p!(Normal "x", "Any value.")],
        "A shallow copy of x: a new container holding the same items (immutable values come back as themselves).",
        shallow
    ),
    python_fn!(
        "deepcopy",
        [
            p!(Normal "x", "Any value."),
            p!(Normal "memo" = "None", "A dict from id(original) to its copy, shared through one deepcopy."),
            p!(Normal "_nil" = "[]", "Internal.")
        ],
        "A deep copy of x: containers copied all the way down, shared parts staying shared in the copy.",
        deep_entry
    ),
];

/// The types `_copy_immutable`/`_deepcopy_atomic` return as themselves
/// (NumPy scalars too: their `__copy__`/`__deepcopy__` give self back).
fn atomic(v: &Value) -> bool {
    matches!(
        v,
        Value::None
            | Value::Bool(_)
            | Value::Int(_)
            | Value::Float(_)
            | Value::Complex(_)
            | Value::Str(_)
            | Value::Ellipsis
            | Value::Range(_)
            | Value::Slice(_)
            | Value::Type(_)
            | Value::Class(_)
            | Value::NamedClass(_)
            | Value::Function(_)
            | Value::UserFunction(_)
            | Value::Ufunc(_)
            | Value::Scalar(_)
            | Value::NpStr(_)
            | Value::DType(_)
    )
}

fn refuse(v: &Value) -> Error {
    Error::type_error(format!(
        "npcalc does not support copying '{}' objects",
        v.type_name()
    ))
}

/// A session instance's class must leave copying to the default protocol.
fn check_protocol(inst: &Instance) -> Result<()> {
    for name in [
        "__reduce__",
        "__reduce_ex__",
        "__getstate__",
        "__setstate__",
    ] {
        if inst.class.lookup(name).is_some() {
            return Err(Error::type_error(format!(
                "npcalc does not support copying objects whose class defines {name}"
            )));
        }
    }
    Ok(())
}

fn new_instance(inst: &Instance, attrs: Namespace) -> Value {
    Value::Instance(Rc::new(Instance {
        class: inst.class.clone(),
        attrs: RefCell::new(attrs),
    }))
}

fn shallow(it: &mut Interp, args: &Args) -> Result<Value> {
    let x = args.get("x");
    if atomic(&x) {
        return Ok(x);
    }
    Ok(match &x {
        // __reduce_ex__ rebuilds a date, datetime or timedelta: equal, not the same.
        Value::PyTime(t) => Value::PyTime(std::rc::Rc::new(**t)),
        Value::Tuple(_) => x.clone(),
        Value::Set(s) if s.borrow().frozen => x.clone(),
        Value::Set(s) => pyset::value(s.borrow().clone()),
        Value::NamedTuple(k, items) => Value::NamedTuple(k, Rc::from(items.to_vec())),
        Value::List(l) => Value::list(l.to_vec()),
        Value::Dict(d) => dict::value(d.borrow().clone()),
        Value::Deque(d) => Value::Deque(Rc::new(RefCell::new(d.borrow().clone()))),
        Value::Array(a) => Value::Array(crate::array::shape::copy(a)?),
        Value::StrArray(_) | Value::ObjArray(_) => array_copy(it, &x)?,
        Value::Instance(inst) => {
            if let Some(r) = super::classes::special(it, &x, "__copy__", vec![]) {
                return r;
            }
            check_protocol(inst)?;
            let mut attrs = Namespace::default();
            let src = inst.attrs.borrow();
            for name in src.names() {
                attrs.set(name, src.get(name).unwrap_or(Value::None));
            }
            new_instance(inst, attrs)
        }
        other => return Err(refuse(other)),
    })
}

/// `ndarray.__copy__` of a string or object array: its own `copy()`.
fn array_copy(it: &mut Interp, x: &Value) -> Result<Value> {
    let copy = it.getattr(x, "copy")?;
    super::classes::call_with(it, &copy, vec![])
}

fn deep_entry(it: &mut Interp, args: &Args) -> Result<Value> {
    let memo = match args.get("memo") {
        Value::None => Rc::new(RefCell::new(dict::PyDict::new())),
        Value::Dict(d) => d,
        // `memo.get(id(x), _nil)` is deepcopy's first use of it.
        other => {
            return Err(Error::attribute_error(format!(
                "'{}' object has no attribute 'get'",
                other.type_name()
            )));
        }
    };
    deep(it, &args.get("x"), &memo)
}

/// `id(v)` as the memo's key.
fn key(v: &Value) -> Value {
    Value::int(super::iterfns::object_id(v))
}

fn remember(memo: &dict::DictRef, x: &Value, y: &Value) -> Result<()> {
    memo.borrow_mut().insert(key(x), y.clone())
}

/// `_keep_alive`: the memo also holds the originals, under its own id.
fn keep_alive(memo: &dict::DictRef, x: &Value) -> Result<()> {
    let own = key(&Value::Dict(memo.clone()));
    let held = memo.borrow().get(&own)?;
    match held {
        Some(Value::List(l)) => l.borrow_mut().push(x.clone()),
        _ => memo
            .borrow_mut()
            .insert(own, Value::list(vec![x.clone()]))?,
    }
    Ok(())
}

/// Whether deepcopy gave back the very object (`k is j` in `_deepcopy_tuple`).
fn same(k: &Value, j: &Value) -> bool {
    atomic(k) || super::identical(k, j)
}

fn deep(it: &mut Interp, x: &Value, memo: &dict::DictRef) -> Result<Value> {
    if atomic(x) {
        return Ok(x.clone());
    }
    let found = memo.borrow().get(&key(x))?;
    if let Some(y) = found {
        return Ok(y);
    }
    // deepcopy and the copier it dispatches to: two Python frames a level.
    it.library_frames(2, |it| fresh(it, x, memo))
}

/// A deep copy of x, which the memo does not hold yet.
fn fresh(it: &mut Interp, x: &Value, memo: &dict::DictRef) -> Result<Value> {
    let y = match x {
        Value::List(l) => {
            let y = Rc::new(super::listobj::List::new(Vec::new()));
            remember(memo, x, &Value::List(y.clone()))?;
            for item in l.to_vec() {
                let c = deep(it, &item, memo)?;
                y.borrow_mut().push(c);
            }
            Value::List(y)
        }
        Value::Tuple(items) => {
            let copies = items
                .iter()
                .map(|k| deep(it, k, memo))
                .collect::<Result<Vec<_>>>()?;
            // A tuple that holds itself through a list was copied meanwhile.
            let found = memo.borrow().get(&key(x))?;
            if let Some(y) = found {
                return Ok(y);
            }
            if items.iter().zip(&copies).all(|(k, j)| same(k, j)) {
                return Ok(x.clone());
            }
            Value::tuple(copies)
        }
        Value::NamedTuple(k, items) => {
            let copies = items
                .iter()
                .map(|i| deep(it, i, memo))
                .collect::<Result<Vec<_>>>()?;
            Value::NamedTuple(k, Rc::from(copies))
        }
        Value::Dict(d) => {
            let mut empty = dict::PyDict::new();
            empty.kind = d.borrow().kind.clone();
            let y = Rc::new(RefCell::new(empty));
            remember(memo, x, &Value::Dict(y.clone()))?;
            let entries = d.borrow().entries().to_vec();
            for (k, v) in entries {
                let (k, v) = (deep(it, &k, memo)?, deep(it, &v, memo)?);
                super::userkeys::dict_insert(it, &y, k, v)?;
            }
            Value::Dict(y)
        }
        Value::Set(s) => {
            let (items, frozen) = (s.borrow().items(), s.borrow().frozen);
            let y = Rc::new(RefCell::new(pyset::PySet::new(frozen)));
            for item in items {
                let item = deep(it, &item, memo)?;
                super::userkeys::set_add(it, &y, &item)?;
            }
            Value::Set(y)
        }
        Value::Deque(d) => {
            let mut copy = d.borrow().clone();
            copy.items.clear();
            let y = Rc::new(RefCell::new(copy));
            remember(memo, x, &Value::Deque(y.clone()))?;
            let items: Vec<Value> = d.borrow().items.iter().cloned().collect();
            for item in items {
                let c = deep(it, &item, memo)?;
                y.borrow_mut().items.push_back(c);
            }
            Value::Deque(y)
        }
        Value::Array(a) => Value::Array(crate::array::shape::copy(a)?),
        // __reduce_ex__ rebuilds a date, datetime or timedelta, once per object.
        Value::PyTime(t) => Value::PyTime(Rc::new(**t)),
        // Strings are immutable: a copy of the array is a deep one.
        Value::StrArray(_) => array_copy(it, x)?,
        Value::ObjArray(_) => {
            return Err(Error::type_error(
                "npcalc does not support copy.deepcopy of object arrays",
            ));
        }
        Value::Instance(inst) => {
            let memo_value = Value::Dict(memo.clone());
            if let Some(y) = super::classes::special(it, x, "__deepcopy__", vec![memo_value]) {
                return settle(memo, x, y?);
            }
            check_protocol(inst)?;
            let y = new_instance(inst, Namespace::default());
            remember(memo, x, &y)?;
            let state: Vec<(String, Value)> = {
                let src = inst.attrs.borrow();
                src.names()
                    .map(|n| (n.to_string(), src.get(n).unwrap_or(Value::None)))
                    .collect()
            };
            let Value::Instance(target) = &y else {
                unreachable!("new_instance makes an instance")
            };
            for (name, v) in state {
                let c = deep(it, &v, memo)?;
                target.attrs.borrow_mut().set(&name, c);
            }
            y
        }
        other => return Err(refuse(other)),
    };
    settle(memo, x, y)
}

/// The end of `deepcopy`: a copy that is not x itself is remembered.
fn settle(memo: &dict::DictRef, x: &Value, y: Value) -> Result<Value> {
    if !super::identical(x, &y) {
        remember(memo, x, &y)?;
        keep_alive(memo, x)?;
    }
    Ok(y)
}
