//! Keys whose hash and equality are the session's own: instances of a class
//! with its own `__hash__` (a frozen dataclass, a point class), and tuples
//! holding them. A dict's or set's table cannot call into the interpreter,
//! so the interpreter resolves such a key against the container first, as
//! CPython's lookdict/set_lookkey would: `__hash__` (slot_tp_hash's rules),
//! then, for each member of that hash, identity and `stored == key`. The
//! resolved key waits in a stash, keyed by the value's address, that
//! `dict::key_of` and `pyset::entry` read while the guard lives.

use super::dict::{DictRef, Key};
use super::pyset::SetRef;
use super::{Interp, Value, classes};
use crate::error::{Error, Result};
use crate::syntax::ast::CmpOp;
use num_traits::ToPrimitive;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

thread_local! {
    /// The keys resolved for the container operation under way.
    static STASH: RefCell<Vec<(usize, i64, Key)>> = const { RefCell::new(Vec::new()) };
    /// Numbers the distinct user keys.
    static NEXT_ID: Cell<u64> = const { Cell::new(0) };
}

/// Whether the class of an instance has a `__hash__` of its own (not None).
fn own_hash(v: &Value) -> bool {
    matches!(v, Value::Instance(inst)
        if !matches!(inst.class.lookup("__hash__"), None | Some(Value::None)))
}

/// Whether hashing or comparing `v` runs session code.
pub fn needs_interp(v: &Value) -> bool {
    match v {
        Value::Tuple(items) | Value::NamedTuple(_, items) => items.iter().any(needs_interp),
        // A frozenset's members were resolved in it alone.
        Value::Set(s) => s.borrow().frozen && s.borrow().has_user_keys(),
        _ => own_hash(v),
    }
}

fn address(v: &Value) -> usize {
    match v {
        Value::Instance(inst) => Rc::as_ptr(inst) as *const u8 as usize,
        Value::Tuple(items) | Value::NamedTuple(_, items) => {
            Rc::as_ptr(items) as *const u8 as usize
        }
        _ => 0,
    }
}

/// The hash and key resolved for `v`, if the interpreter resolved it.
pub fn stashed(v: &Value) -> Option<(i64, Key)> {
    let at = address(v);
    STASH.with_borrow(|s| {
        s.iter()
            .rev()
            .find(|(a, _, _)| *a == at)
            .map(|(_, h, k)| (*h, k.clone()))
    })
}

/// Removes a resolved key from the stash when its operation ends; holds
/// the session hash it took, if any.
pub struct Resolved(Option<i64>);

impl Resolved {
    pub fn hash(&self) -> Option<i64> {
        self.0
    }
}

impl Drop for Resolved {
    fn drop(&mut self) {
        if self.0.is_some() {
            STASH.with_borrow_mut(|s| s.pop());
        }
    }
}

/// `hash(v)`, calling the session's `__hash__` where there is one.
pub fn hash(it: &mut Interp, v: &Value) -> Result<i64> {
    match v {
        Value::Tuple(items) | Value::NamedTuple(_, items) if needs_interp(v) => {
            let mut lanes = Vec::with_capacity(items.len());
            for x in items.iter() {
                lanes.push(hash(it, x)?);
            }
            Ok(super::hash::tuple_hash(lanes.into_iter()))
        }
        Value::Set(s) if needs_interp(v) => Ok(s.borrow().hash()),
        _ if own_hash(v) => {
            let Some(r) = classes::special(it, v, "__hash__", vec![]) else {
                unreachable!("own_hash found __hash__")
            };
            slot_hash(&r?)
        }
        _ => Ok(super::pyset::entry(v, false)?.hash()),
    }
}

/// slot_tp_hash: an int that fits a Py_hash_t is the hash, a bigger one
/// hashes as an int does; -1 is kept for errors.
fn slot_hash(r: &Value) -> Result<i64> {
    let h = match r {
        Value::Bool(b) => *b as i64,
        Value::Int(i) => i.to_i64().unwrap_or_else(|| super::hash::int_hash(i)),
        _ => {
            return Err(Error::type_error(
                "__hash__ method should return an integer",
            ));
        }
    };
    Ok(if h == -1 { -2 } else { h })
}

/// CPython's key test in a table: the same object, or `stored == key`.
fn same_key(it: &mut Interp, stored: &Value, key: &Value) -> Result<bool> {
    if super::identical(stored, key) {
        return Ok(true);
    }
    let r = it.compare(CmpOp::Eq, stored, key)?;
    it.truthy(&r)
}

/// Resolves `v` against members of hash `h` (in probe order) and stashes it.
fn resolve(it: &mut Interp, v: &Value, h: i64, members: Vec<(Key, Value)>) -> Result<Resolved> {
    let mut key = None;
    for (k, stored) in members {
        if same_key(it, &stored, v)? {
            key = Some(k);
            break;
        }
    }
    let key = key.unwrap_or_else(|| {
        let id = NEXT_ID.get() + 1;
        NEXT_ID.set(id);
        Key::User(h, id)
    });
    let at = address(v);
    STASH.with_borrow_mut(|s| s.push((at, h, key)));
    Ok(Resolved(Some(h)))
}

/// Resolves `v` against the members `members(hash)` gives; a value of no
/// session hash needs nothing.
pub fn key_in(
    it: &mut Interp,
    v: &Value,
    members: impl FnOnce(i64) -> Vec<(Key, Value)>,
) -> Result<Resolved> {
    if !needs_interp(v) {
        return Ok(Resolved(None));
    }
    let h = hash(it, v)?;
    resolve(it, v, h, members(h))
}

/// Resolves `v` again, by the hash an earlier resolution took (as CPython
/// reuses a known hash), against the members `members(hash)` gives.
pub fn key_in_hashed(
    it: &mut Interp,
    v: &Value,
    earlier: &Resolved,
    members: impl FnOnce(i64) -> Vec<(Key, Value)>,
) -> Result<Resolved> {
    match earlier.hash() {
        Some(h) => resolve(it, v, h, members(h)),
        None => Ok(Resolved(None)),
    }
}

/// Resolves key `v` for an operation on dict `d`.
pub fn in_dict(it: &mut Interp, d: &DictRef, v: &Value) -> Result<Resolved> {
    key_in(it, v, |h| d.borrow().user_members(h))
}

/// Resolves member `v` for an operation on set `s`.
pub fn in_set(it: &mut Interp, s: &SetRef, v: &Value) -> Result<Resolved> {
    key_in(it, v, |h| s.borrow().user_members(h))
}

/// `d.get(k)`'s lookup, by the key's own `__hash__`/`__eq__` if it has them.
pub fn dict_get(it: &mut Interp, d: &DictRef, k: &Value) -> Result<Option<Value>> {
    let _key = in_dict(it, d, k)?;
    d.borrow().get(k)
}

/// `d[k] = v`.
pub fn dict_insert(it: &mut Interp, d: &DictRef, k: Value, v: Value) -> Result<()> {
    let _key = in_dict(it, d, &k)?;
    d.borrow_mut().insert(k, v)
}

/// `d.pop(k)`'s removal.
pub fn dict_remove(it: &mut Interp, d: &DictRef, k: &Value) -> Result<Option<Value>> {
    let _key = in_dict(it, d, k)?;
    d.borrow_mut().remove(k)
}

/// `v in s`.
pub fn set_contains(it: &mut Interp, s: &SetRef, v: &Value) -> Result<bool> {
    let _key = in_set(it, s, v)?;
    s.borrow().contains(v)
}

/// `s.add(v)`.
pub fn set_add(it: &mut Interp, s: &SetRef, v: &Value) -> Result<()> {
    let _key = in_set(it, s, v)?;
    s.borrow_mut().add(v)
}

/// `s.discard(v)`: whether it was there.
pub fn set_discard(it: &mut Interp, s: &SetRef, v: &Value) -> Result<bool> {
    let _key = in_set(it, s, v)?;
    s.borrow_mut().discard(v)
}

/// Set `b` with its members of session hash keyed as their equals in set
/// `a`, so that the two tables compare (`a | b`, `a == b`…); None when `b`
/// needs no change.
pub fn rekeyed(it: &mut Interp, a: &Value, b: &Value) -> Result<Option<Value>> {
    let (Value::Set(a), Value::Set(b)) = (a, b) else {
        return Ok(None);
    };
    if !b.borrow().has_user_keys() || Rc::ptr_eq(a, b) {
        return Ok(None);
    }
    let mut copy = b.borrow().clone();
    let mut err = None;
    copy.rekey(|h, v| {
        if err.is_some() {
            return None;
        }
        let members = a.borrow().user_members(h);
        for (k, stored) in members {
            match same_key(it, &stored, v) {
                Ok(true) => return Some(k),
                Ok(false) => {}
                Err(e) => {
                    err = Some(e);
                    return None;
                }
            }
        }
        None
    });
    match err {
        Some(e) => Err(e),
        None => Ok(Some(super::pyset::value(copy))),
    }
}

/// The other operand of a set method or operator, made comparable with set
/// `base`: a set is rekeyed, a list, tuple or dict holding keys of session
/// hash becomes such a set first; anything else is left as it is.
pub fn operand(it: &mut Interp, base: &SetRef, o: Value) -> Result<Value> {
    let holds = match &o {
        Value::Set(_) => true,
        Value::List(l) => l.to_vec().iter().any(needs_interp),
        Value::Tuple(t) => t.iter().any(needs_interp),
        Value::Dict(d) => d.borrow().entries().iter().any(|(k, _)| needs_interp(k)),
        _ => false,
    };
    if !holds {
        return Ok(o);
    }
    let o = match o {
        Value::Set(_) => o,
        other => Value::Set(super::pyset::from_iterable(it, &other, false)?),
    };
    Ok(rekeyed(it, &Value::Set(base.clone()), &o)?.unwrap_or(o))
}

/// The operands of a set operator, with a dict view holding keys of session
/// hash made a set and the right set rekeyed by the left; None when neither
/// needs it.
pub fn set_operands(it: &mut Interp, a: &Value, b: &Value) -> Result<Option<(Value, Value)>> {
    let as_set = |it: &mut Interp, v: &Value| -> Result<Option<Value>> {
        match v {
            Value::DictView(d, _) if d.borrow().entries().iter().any(|(k, _)| needs_interp(k)) => {
                Ok(Some(Value::Set(super::pyset::from_iterable(it, v, false)?)))
            }
            _ => Ok(None),
        }
    };
    let (x, y) = (as_set(it, a)?, as_set(it, b)?);
    let changed = x.is_some() || y.is_some();
    let x = x.unwrap_or_else(|| a.clone());
    let y = y.unwrap_or_else(|| b.clone());
    match rekeyed(it, &x, &y)? {
        Some(y) => Ok(Some((x, y))),
        None if changed => Ok(Some((x, y))),
        None => Ok(None),
    }
}

/// `a | b` for dicts when `b` holds keys of session hash: a copy of `a`
/// updated by `b`.
pub fn dict_or(it: &mut Interp, a: &Value, b: &Value) -> Option<Result<Value>> {
    let (Value::Dict(x), Value::Dict(y)) = (a, b) else {
        return None;
    };
    if !y.borrow().entries().iter().any(|(k, _)| needs_interp(k)) {
        return None;
    }
    let d = Rc::new(RefCell::new(x.borrow().clone()));
    Some(super::dict::merge(it, &d, Some(b.clone()), Value::None).map(|()| Value::Dict(d)))
}

/// dict_equal for dicts holding keys of session hash (None for others):
/// the same size, and each key of `a` found in `b` with an equal value.
pub fn dict_equal(it: &mut Interp, a: &Value, b: &Value) -> Option<Result<bool>> {
    let (Value::Dict(a), Value::Dict(b)) = (a, b) else {
        return None;
    };
    let holds = |d: &DictRef| d.borrow().entries().iter().any(|(k, _)| needs_interp(k));
    if !holds(a) && !holds(b) {
        return None;
    }
    Some((|| {
        if a.borrow().len() != b.borrow().len() {
            return Ok(false);
        }
        let pairs = a.borrow().entries().to_vec();
        for (k, v) in pairs {
            let Some(w) = dict_get(it, b, &k)? else {
                return Ok(false);
            };
            if !same_key(it, &v, &w)? {
                return Ok(false);
            }
        }
        Ok(true)
    })())
}

/// What npcalc says where it meets such a key without the interpreter.
pub fn refusal(v: &Value) -> Error {
    Error::type_error(format!(
        "npcalc does not support instances of '{}' (a class with its own __hash__) as keys in this operation",
        session_class(v)
    ))
}

/// The class name of the first session object `v` holds that needs it.
fn session_class(v: &Value) -> String {
    match v {
        Value::Tuple(items) | Value::NamedTuple(_, items) => items
            .iter()
            .find(|x| needs_interp(x))
            .map(session_class)
            .unwrap_or_default(),
        other => other.type_name().to_string(),
    }
}
