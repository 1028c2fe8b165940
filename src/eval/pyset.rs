//! Python's `set` and `frozenset`, as CPython 3.11 keeps them
//! (Objects/setobject.c): an open-addressing table probed linearly nine
//! slots at a time, then perturbed; deleted entries leave dummies; the
//! table grows when three fifths full. Iteration and repr walk the table,
//! so the order of `{10, 3, 7, 100}` is CPython's. Numbers hash as CPython
//! hashes them (`hash.rs`); strings hash randomly per process in CPython,
//! so npcalc gives them a fixed hash of its own.

use super::dict::{self, Key};
use super::table::{Args, FnDef, Methods, Owner, method, p};
use super::{Interp, Value, userkeys};
use crate::error::{Error, Exc, Result};
use std::cell::RefCell;
use std::rc::Rc;

pub type SetRef = Rc<RefCell<PySet>>;

const MINSIZE: usize = 8;
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;

/// setobject.c's probe sequence, shared by lookup, insertion and resizing:
/// runs of up to LINEAR_PROBES + 1 adjacent slots, each next run starting
/// where the hash's higher bits, shifted in a little at a time, send it.
struct Probe {
    i: usize,
    perturb: u64,
    mask: usize,
}

impl Probe {
    fn new(hash: i64, mask: usize) -> Self {
        Probe {
            i: (hash as u64 as usize) & mask,
            perturb: hash as u64,
            mask,
        }
    }

    /// The next run of slots to look at (the table always has an empty one,
    /// so callers stop).
    fn next_run(&mut self) -> std::ops::RangeInclusive<usize> {
        let start = self.i;
        let len = if start + LINEAR_PROBES <= self.mask {
            LINEAR_PROBES
        } else {
            0
        };
        self.perturb >>= PERTURB_SHIFT;
        self.i = (start
            .wrapping_mul(5)
            .wrapping_add(1)
            .wrapping_add(self.perturb as usize))
            & self.mask;
        start..=start + len
    }
}

#[derive(Clone, Debug)]
enum Slot {
    Empty,
    Dummy,
    Active(i64, Key, Value),
}

/// One set's table; `frozen` tells a frozenset.
#[derive(Clone, Debug)]
pub struct PySet {
    table: Vec<Slot>,
    fill: usize,
    used: usize,
    finger: usize,
    pub frozen: bool,
}

/// A value ready to go in a set: its hash, what `==` makes of it, and itself.
pub struct Entry {
    hash: i64,
    key: Key,
    value: Value,
}

/// `hash(v)` and the key of `v`, or CPython's TypeError for an unhashable value.
pub fn entry(v: &Value, inserting: bool) -> Result<Entry> {
    if let Some((hash, key)) = super::userkeys::stashed(v) {
        return Ok(Entry {
            hash,
            key,
            value: v.clone(),
        });
    }
    let key = dict::key_of(v, inserting)?;
    let hash = super::hash::hash(v)?;
    Ok(Entry {
        hash,
        key,
        value: v.clone(),
    })
}

impl Entry {
    pub fn hash(&self) -> i64 {
        self.hash
    }
}

impl PySet {
    pub fn new(frozen: bool) -> PySet {
        PySet {
            table: vec![Slot::Empty; MINSIZE],
            fill: 0,
            used: 0,
            finger: 0,
            frozen,
        }
    }

    fn mask(&self) -> usize {
        self.table.len() - 1
    }

    pub fn len(&self) -> usize {
        self.used
    }

    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    /// The members in table order, as iteration and repr see them.
    pub fn items(&self) -> Vec<Value> {
        self.active().map(|(_, _, v)| v.clone()).collect()
    }

    fn active(&self) -> impl Iterator<Item = (i64, &Key, &Value)> {
        self.table.iter().filter_map(|s| match s {
            Slot::Active(h, k, v) => Some((*h, k, v)),
            _ => None,
        })
    }

    fn entries(&self) -> Vec<Entry> {
        self.active()
            .map(|(hash, key, value)| Entry {
                hash,
                key: key.clone(),
                value: value.clone(),
            })
            .collect()
    }

    /// The member at table position `pos` or after it, and the next position.
    pub fn next_from(&self, pos: usize) -> Option<(Value, usize)> {
        (pos..self.table.len()).find_map(|i| match &self.table[i] {
            Slot::Active(_, _, v) => Some((v.clone(), i + 1)),
            _ => None,
        })
    }

    /// set_lookkey: the slot holding the key, or the empty slot ending the probe.
    fn lookkey(&self, hash: i64, key: &Key) -> usize {
        let mut probe = Probe::new(hash, self.mask());
        loop {
            for j in probe.next_run() {
                match &self.table[j] {
                    Slot::Empty => return j,
                    Slot::Active(h, k, _) if *h == hash && k == key => return j,
                    _ => {}
                }
            }
        }
    }

    /// The members of hash `h` resolved by session code, in probe order.
    pub fn user_members(&self, h: i64) -> Vec<(Key, Value)> {
        let mut found = Vec::new();
        let mut probe = Probe::new(h, self.mask());
        loop {
            for j in probe.next_run() {
                match &self.table[j] {
                    Slot::Empty => return found,
                    Slot::Active(kh, k @ Key::User(..), v) if *kh == h => {
                        found.push((k.clone(), v.clone()))
                    }
                    _ => {}
                }
            }
        }
    }

    /// Gives members of session hash the key `f` finds for them (the hash,
    /// and so the slot, stays).
    pub fn rekey(&mut self, mut f: impl FnMut(i64, &Value) -> Option<Key>) {
        for slot in self.table.iter_mut() {
            if let Slot::Active(h, k @ Key::User(..), v) = slot
                && let Some(new) = f(*h, v)
            {
                *k = new;
            }
        }
    }

    pub fn has_user_keys(&self) -> bool {
        self.active().any(|(_, k, _)| matches!(k, Key::User(..)))
    }

    pub fn contains_entry(&self, e: &Entry) -> bool {
        matches!(self.table[self.lookkey(e.hash, &e.key)], Slot::Active(..))
    }

    pub fn contains(&self, v: &Value) -> Result<bool> {
        Ok(self.contains_entry(&entry(v, false)?))
    }

    /// set_add_entry: a dummy last passed takes a new key, else an empty slot
    /// does, and the table grows once three fifths are filled.
    fn add_entry(&mut self, e: Entry) {
        let mask = self.mask();
        let mut probe = Probe::new(e.hash, mask);
        let mut freeslot = None;
        let found = 'probe: loop {
            for j in probe.next_run() {
                match &self.table[j] {
                    Slot::Empty => break 'probe j,
                    Slot::Active(h, k, _) if *h == e.hash && *k == e.key => return,
                    Slot::Dummy => freeslot = Some(j),
                    _ => {}
                }
            }
        };
        if let Some(j) = freeslot {
            self.used += 1;
            self.table[j] = Slot::Active(e.hash, e.key, e.value);
            return;
        }
        self.fill += 1;
        self.used += 1;
        self.table[found] = Slot::Active(e.hash, e.key, e.value);
        if self.fill * 5 < mask * 3 {
            return;
        }
        self.resize(if self.used > 50000 {
            self.used * 2
        } else {
            self.used * 4
        });
    }

    pub fn add(&mut self, v: &Value) -> Result<()> {
        self.add_entry(entry(v, true)?);
        Ok(())
    }

    /// set_insert_clean: a key known to be absent, into a table without dummies.
    fn insert_clean(table: &mut [Slot], slot: Slot, hash: i64) {
        let mut probe = Probe::new(hash, table.len() - 1);
        loop {
            if let Some(free) = table[probe.next_run()]
                .iter_mut()
                .find(|s| matches!(s, Slot::Empty))
            {
                *free = slot;
                return;
            }
        }
    }

    /// set_table_resize: the smallest power of two above `minused`, the
    /// members reinserted in old table order, dummies dropped.
    fn resize(&mut self, minused: usize) {
        let mut size = MINSIZE;
        while size <= minused {
            size <<= 1;
        }
        if size == MINSIZE && self.table.len() == MINSIZE && self.fill == self.used {
            return;
        }
        let old = std::mem::replace(&mut self.table, vec![Slot::Empty; size]);
        self.fill = self.used;
        for slot in old {
            if let Slot::Active(h, ..) = slot {
                Self::insert_clean(&mut self.table, slot, h);
            }
        }
    }

    /// set_discard_entry: the member becomes a dummy.
    fn discard_entry(&mut self, hash: i64, key: &Key) -> bool {
        let j = self.lookkey(hash, key);
        if matches!(self.table[j], Slot::Empty) {
            return false;
        }
        self.table[j] = Slot::Dummy;
        self.used -= 1;
        true
    }

    pub fn discard(&mut self, v: &Value) -> Result<bool> {
        let e = entry(v, false)?;
        Ok(self.discard_entry(e.hash, &e.key))
    }

    pub fn clear(&mut self) {
        self.table = vec![Slot::Empty; MINSIZE];
        self.fill = 0;
        self.used = 0;
    }

    /// set_pop: the first member at or after the finger.
    pub fn pop(&mut self) -> Option<Value> {
        if self.used == 0 {
            return None;
        }
        let mask = self.mask();
        let mut j = self.finger & mask;
        while !matches!(self.table[j], Slot::Active(..)) {
            j = if j == mask { 0 } else { j + 1 };
        }
        let Slot::Active(_, _, v) = std::mem::replace(&mut self.table[j], Slot::Dummy) else {
            return None;
        };
        self.used -= 1;
        self.finger = j + 1;
        Some(v)
    }

    /// set_merge: all of another set's members.
    fn merge(&mut self, other: &PySet) {
        if other.used == 0 {
            return;
        }
        if (self.fill + other.used) * 5 >= self.mask() * 3 {
            self.resize((self.used + other.used) * 2);
        }
        if self.fill == 0 && self.mask() == other.mask() && other.fill == other.used {
            self.table = other.table.clone();
            self.fill = other.fill;
            self.used = other.used;
            return;
        }
        if self.fill == 0 {
            self.fill = other.used;
            self.used = other.used;
            for slot in &other.table {
                if let Slot::Active(h, ..) = slot {
                    Self::insert_clean(&mut self.table, slot.clone(), *h);
                }
            }
            return;
        }
        for e in other.entries() {
            self.add_entry(e);
        }
    }

    /// set_copy: a new set (of `frozen`'s kind) merged from this one.
    fn copy_as(&self, frozen: bool) -> PySet {
        let mut s = PySet::new(frozen);
        s.merge(self);
        s
    }

    /// set_intersection with another set.
    fn intersection_set(&self, other: &PySet) -> PySet {
        let mut result = PySet::new(self.frozen);
        let (big, small) = if other.used > self.used {
            (other, self)
        } else {
            (self, other)
        };
        for e in small.entries() {
            if big.contains_entry(&e) {
                result.add_entry(e);
            }
        }
        result
    }

    /// set_difference_update_internal with another set, then the resize
    /// that drops dummies when more than a quarter of the table is dummies.
    fn difference_update_set(&mut self, other: &PySet) {
        let other = if (other.used >> 3) > self.used {
            self.intersection_set(other)
        } else {
            other.clone()
        };
        for (h, k, _) in other.active() {
            self.discard_entry(h, k);
        }
        self.after_removals();
    }

    fn after_removals(&mut self) {
        if self.fill - self.used > self.mask() / 4 {
            self.resize(if self.used > 50000 {
                self.used * 2
            } else {
                self.used * 4
            });
        }
    }

    /// set_difference with another set.
    fn difference_set(&self, other: &PySet) -> PySet {
        if (self.used >> 2) > other.used {
            let mut r = self.copy_as(self.frozen);
            r.difference_update_set(other);
            return r;
        }
        let mut result = PySet::new(self.frozen);
        for e in self.entries() {
            if !other.contains_entry(&e) {
                result.add_entry(e);
            }
        }
        result
    }

    /// set_symmetric_difference_update with another set.
    fn symmetric_difference_update_set(&mut self, other: &PySet) {
        for e in other.entries() {
            if !self.discard_entry(e.hash, &e.key) {
                self.add_entry(e);
            }
        }
    }

    fn issubset_set(&self, other: &PySet) -> bool {
        self.used <= other.used && self.entries().iter().all(|e| other.contains_entry(e))
    }

    /// frozenset_hash: the shuffled member hashes xor-ed, then mixed.
    pub fn hash(&self) -> i64 {
        fn shuffle(h: u64) -> u64 {
            ((h ^ 89869747) ^ (h << 16)).wrapping_mul(3644798167)
        }
        let mut hash: u64 = 0;
        for (h, _, _) in self.active() {
            hash ^= shuffle(h as u64);
        }
        hash ^= (self.used as u64 + 1).wrapping_mul(1927868237);
        hash ^= (hash >> 11) ^ (hash >> 25);
        hash = hash.wrapping_mul(69069).wrapping_add(907133923);
        if hash == u64::MAX {
            hash = 590923713;
        }
        hash as i64
    }

    /// What `==` makes of a frozenset member: its members' keys, sorted.
    pub fn key(&self) -> Key {
        let mut keys: Vec<Key> = self.active().map(|(_, k, _)| k.clone()).collect();
        keys.sort();
        Key::FrozenSet(keys.into())
    }
}

pub fn value(s: PySet) -> Value {
    Value::Set(Rc::new(RefCell::new(s)))
}

fn type_name(frozen: bool) -> &'static str {
    if frozen { "frozenset" } else { "set" }
}

/// `{...}` as repr shows it: `{1, 2}`, `set()`, `frozenset({1})`.
pub fn repr(s: &PySet, item: impl Fn(&Value) -> String) -> String {
    let body: Vec<String> = s.active().map(|(_, _, v)| item(v)).collect();
    match (s.frozen, body.is_empty()) {
        (false, true) => "set()".into(),
        (true, true) => "frozenset()".into(),
        (false, false) => format!("{{{}}}", body.join(", ")),
        (true, false) => format!("frozenset({{{}}})", body.join(", ")),
    }
}

/// set_update_internal: a set is merged, a dict's keys come after one
/// resize, anything else is iterated and added item by item.
pub fn update(it: &mut Interp, into: &SetRef, other: &Value) -> Result<()> {
    match other {
        Value::Set(o) => {
            if Rc::ptr_eq(into, o) {
                return Ok(());
            }
            // Members equal to the target's take the target's keys.
            let o = match userkeys::rekeyed(it, &Value::Set(into.clone()), other)? {
                Some(Value::Set(r)) => r.borrow().clone(),
                _ => o.borrow().clone(),
            };
            into.borrow_mut().merge(&o);
        }
        Value::Dict(d) => {
            let keys: Vec<Value> = d
                .borrow()
                .entries()
                .iter()
                .map(|(k, _)| k.clone())
                .collect();
            let mut s = into.borrow_mut();
            if (s.fill + keys.len()) * 5 >= s.mask() * 3 {
                let n = (s.used + keys.len()) * 2;
                s.resize(n);
            }
            drop(s);
            for k in &keys {
                userkeys::set_add(it, into, k)?;
            }
        }
        _ => {
            let mut iter = super::iter::PyIter::new(other)?;
            while let Some(x) = iter.next_item(it)? {
                userkeys::set_add(it, into, &x)?;
            }
        }
    }
    Ok(())
}

/// A set of `frozen`'s kind holding the items of `other` (as `set(x)` makes it).
pub fn from_iterable(it: &mut Interp, other: &Value, frozen: bool) -> Result<SetRef> {
    let s = Rc::new(RefCell::new(PySet::new(frozen)));
    update(it, &s, other)?;
    Ok(s)
}

/// A set literal `{a, b, c}` of three or more constants: CPython's compiler
/// folds it into a frozenset constant, which its constant merging
/// (`merge_consts_recursive`) rebuilds from its own iteration order; the
/// code then merges that into a new empty set.
pub fn folded_literal(items: &[Value]) -> Result<Value> {
    let mut folded = PySet::new(true);
    for v in items {
        folded.add(v)?;
    }
    let mut merged = PySet::new(true);
    for v in folded.items() {
        merged.add(&v)?;
    }
    let mut s = PySet::new(false);
    s.merge(&merged);
    Ok(value(s))
}

/// The other operand as a set, by reference if it is one.
fn as_set(it: &mut Interp, v: &Value) -> Result<PySet> {
    match v {
        Value::Set(s) => Ok(s.borrow().clone()),
        _ => Ok(from_iterable(it, v, false)?.borrow().clone()),
    }
}

/// Operators between two sets (or a dict keys view and a set); None when
/// the operands are not both sets, so the caller reports the TypeError.
pub fn binary(op: crate::syntax::ast::BinOp, a: &Value, b: &Value) -> Option<Result<Value>> {
    use crate::syntax::ast::BinOp;
    let view_set = |v: &Value| -> Option<Result<PySet>> {
        match v {
            Value::DictView(d, dict::View::Keys | dict::View::Items) => {
                let view = match v {
                    Value::DictView(_, view) => *view,
                    _ => dict::View::Keys,
                };
                let mut s = PySet::new(false);
                for pair in d.borrow().entries() {
                    if let Err(e) = s.add(&view.item(pair)) {
                        return Some(Err(e));
                    }
                }
                Some(Ok(s))
            }
            _ => None,
        }
    };
    let (x, y) = match (a, b) {
        (Value::Set(x), Value::Set(y)) => (x.borrow().clone(), y.borrow().clone()),
        (Value::DictView(..), Value::Set(_) | Value::DictView(..))
        | (Value::Set(_), Value::DictView(..)) => {
            let x = match a {
                Value::Set(x) => x.borrow().clone(),
                _ => match view_set(a)? {
                    Ok(s) => s,
                    Err(e) => return Some(Err(e)),
                },
            };
            let y = match b {
                Value::Set(y) => y.borrow().clone(),
                _ => match view_set(b)? {
                    Ok(s) => s,
                    Err(e) => return Some(Err(e)),
                },
            };
            // A view's operators always give a set.
            let mut x = x;
            if matches!(a, Value::DictView(..)) || matches!(b, Value::DictView(..)) {
                x.frozen = false;
            }
            (x, y)
        }
        _ => return None,
    };
    let same = matches!((a, b), (Value::Set(p), Value::Set(q)) if Rc::ptr_eq(p, q));
    Some(Ok(value(match op {
        BinOp::BitOr => {
            let mut r = x.copy_as(x.frozen);
            if !same {
                r.merge(&y);
            }
            r
        }
        BinOp::BitAnd if same => x.copy_as(x.frozen),
        BinOp::BitAnd => x.intersection_set(&y),
        BinOp::Sub if same => PySet::new(x.frozen),
        BinOp::Sub => x.difference_set(&y),
        BinOp::BitXor => {
            let mut r = y.copy_as(x.frozen);
            r.symmetric_difference_update_set(&x);
            r
        }
        _ => return None,
    })))
}

/// `a |= b` and friends on a set: in place, the other operand a set.
pub fn inplace(
    it: &mut Interp,
    op: crate::syntax::ast::BinOp,
    target: &SetRef,
    other: &Value,
) -> Option<Result<()>> {
    use crate::syntax::ast::BinOp;
    let Value::Set(o) = other else {
        return None;
    };
    if target.borrow().frozen {
        return None;
    }
    let same = Rc::ptr_eq(target, o);
    let other = &match userkeys::operand(it, target, other.clone()) {
        Ok(o) => o,
        Err(e) => return Some(Err(e)),
    };
    let Value::Set(o) = other else {
        return None;
    };
    let y = o.borrow().clone();
    let mut s = target.borrow_mut();
    match op {
        BinOp::BitOr => {
            drop(s);
            return Some(update(it, target, other));
        }
        BinOp::BitAnd => {
            let r = s.intersection_set(&y);
            swap_bodies(&mut s, r);
        }
        BinOp::Sub if same => s.clear(),
        BinOp::Sub => s.difference_update_set(&y),
        BinOp::BitXor if same => s.clear(),
        BinOp::BitXor => s.symmetric_difference_update_set(&y),
        _ => return None,
    }
    Some(Ok(()))
}

/// set_swap_bodies: the set takes the table of `r`, keeping its kind and finger.
fn swap_bodies(s: &mut PySet, r: PySet) {
    s.table = r.table;
    s.fill = r.fill;
    s.used = r.used;
}

/// `==` between two sets of either kind.
pub fn equal(a: &PySet, b: &PySet) -> bool {
    a.used == b.used && a.issubset_set(b)
}

/// `<`, `<=`, `>`, `>=`: subset and superset tests.
pub fn order(op: crate::syntax::ast::CmpOp, a: &PySet, b: &PySet) -> bool {
    use crate::syntax::ast::CmpOp;
    match op {
        CmpOp::Lt => a.used < b.used && a.issubset_set(b),
        CmpOp::Le => a.issubset_set(b),
        CmpOp::Gt => a.used > b.used && b.issubset_set(a),
        CmpOp::Ge => b.issubset_set(a),
        _ => false,
    }
}

/// The set a method is bound to.
fn this(args: &Args) -> SetRef {
    match args.this() {
        Value::Set(s) => s.clone(),
        _ => Rc::new(RefCell::new(PySet::new(false))),
    }
}

/// The operands of a method taking `*others`, comparable with its set.
fn others(it: &mut Interp, args: &Args) -> Result<Vec<Value>> {
    let Value::Tuple(items) = args.get("others") else {
        return Ok(vec![]);
    };
    let s = this(args);
    items
        .iter()
        .map(|o| userkeys::operand(it, &s, o.clone()))
        .collect()
}

/// The operand of a method taking one `other`, comparable with its set.
fn other(it: &mut Interp, args: &Args) -> Result<Value> {
    userkeys::operand(it, &this(args), args.get("other"))
}

fn key_error(it: &mut Interp, v: &Value) -> Error {
    dict::key_error(it, v)
}

pub fn new_set(it: &mut Interp, args: &Args) -> Result<Value> {
    if !args.given("iterable") {
        return Ok(value(PySet::new(false)));
    }
    Ok(Value::Set(from_iterable(it, &args.get("iterable"), false)?))
}

pub fn new_frozenset(it: &mut Interp, args: &Args) -> Result<Value> {
    if !args.given("iterable") {
        return Ok(value(PySet::new(true)));
    }
    let v = args.get("iterable");
    if let Value::Set(s) = &v
        && s.borrow().frozen
    {
        return Ok(v);
    }
    Ok(Value::Set(from_iterable(it, &v, true)?))
}

fn add(it: &mut Interp, args: &Args) -> Result<Value> {
    userkeys::set_add(it, &this(args), &args.get("elem"))?;
    Ok(Value::None)
}

fn remove(it: &mut Interp, args: &Args) -> Result<Value> {
    let v = args.get("elem");
    if !userkeys::set_discard(it, &this(args), &v)? {
        return Err(key_error(it, &v));
    }
    Ok(Value::None)
}

fn discard(it: &mut Interp, args: &Args) -> Result<Value> {
    userkeys::set_discard(it, &this(args), &args.get("elem"))?;
    Ok(Value::None)
}

fn pop(_: &mut Interp, args: &Args) -> Result<Value> {
    this(args)
        .borrow_mut()
        .pop()
        .ok_or_else(|| Error::new(Exc::KeyError, "'pop from an empty set'"))
}

fn clear(_: &mut Interp, args: &Args) -> Result<Value> {
    this(args).borrow_mut().clear();
    Ok(Value::None)
}

fn copy(_: &mut Interp, args: &Args) -> Result<Value> {
    let s = this(args);
    if s.borrow().frozen {
        return Ok(Value::Set(s));
    }
    let c = s.borrow().copy_as(false);
    Ok(value(c))
}

fn update_method(it: &mut Interp, args: &Args) -> Result<Value> {
    let s = this(args);
    for o in others(it, args)? {
        update(it, &s, &o)?;
    }
    Ok(Value::None)
}

fn union(it: &mut Interp, args: &Args) -> Result<Value> {
    let s = this(args);
    let frozen = s.borrow().frozen;
    let r = Rc::new(RefCell::new(s.borrow().copy_as(frozen)));
    for o in others(it, args)? {
        if matches!(&o, Value::Set(p) if Rc::ptr_eq(p, &s)) {
            continue;
        }
        update(it, &r, &o)?;
    }
    Ok(Value::Set(r))
}

/// set_intersection with any iterable.
fn intersection_with(it: &mut Interp, s: &PySet, other: &Value) -> Result<PySet> {
    if let Value::Set(o) = other {
        return Ok(s.intersection_set(&o.borrow()));
    }
    let mut result = PySet::new(s.frozen);
    let mut iter = super::iter::PyIter::new(other)?;
    while let Some(x) = iter.next_item(it)? {
        let e = entry(&x, true)?;
        if s.contains_entry(&e) {
            result.add_entry(e);
            if result.used >= s.used {
                break;
            }
        }
    }
    Ok(result)
}

fn intersection(it: &mut Interp, args: &Args) -> Result<Value> {
    let s = this(args);
    let mut r = s.borrow().clone();
    let list = others(it, args)?;
    if list.is_empty() {
        let frozen = r.frozen;
        return Ok(value(r.copy_as(frozen)));
    }
    for o in list {
        r = intersection_with(it, &r, &o)?;
    }
    Ok(value(r))
}

fn intersection_update(it: &mut Interp, args: &Args) -> Result<Value> {
    let s = this(args);
    let mut r = s.borrow().clone();
    let list = others(it, args)?;
    if list.is_empty() {
        r = r.copy_as(false);
    }
    for o in list {
        r = intersection_with(it, &r, &o)?;
    }
    swap_bodies(&mut s.borrow_mut(), r);
    Ok(Value::None)
}

/// set_difference_update_internal with any iterable.
fn difference_update_with(it: &mut Interp, s: &mut PySet, other: &Value) -> Result<()> {
    if let Value::Set(o) = other {
        let o = o.borrow().clone();
        s.difference_update_set(&o);
        return Ok(());
    }
    let items = it.iterate(other)?;
    for x in &items {
        s.discard(x)?;
    }
    s.after_removals();
    Ok(())
}

fn difference(it: &mut Interp, args: &Args) -> Result<Value> {
    let s = this(args);
    let x = s.borrow().clone();
    let list = others(it, args)?;
    let Some(first) = list.first() else {
        return Ok(value(x.copy_as(x.frozen)));
    };
    let mut r = match first {
        Value::Set(o) if Rc::ptr_eq(o, &s) => PySet::new(x.frozen),
        Value::Set(o) => x.difference_set(&o.borrow()),
        Value::Dict(d) if (x.used >> 2) <= d.borrow().len() => {
            let d = d.borrow();
            let mut r = PySet::new(x.frozen);
            for e in x.entries() {
                if !d.contains(&e.value)? {
                    r.add_entry(e);
                }
            }
            r
        }
        other => {
            let mut r = x.copy_as(x.frozen);
            difference_update_with(it, &mut r, other)?;
            r
        }
    };
    for o in &list[1..] {
        difference_update_with(it, &mut r, o)?;
    }
    Ok(value(r))
}

fn difference_update(it: &mut Interp, args: &Args) -> Result<Value> {
    let s = this(args);
    for o in others(it, args)? {
        if matches!(&o, Value::Set(p) if Rc::ptr_eq(p, &s)) {
            s.borrow_mut().clear();
            continue;
        }
        let mut x = s.borrow().clone();
        difference_update_with(it, &mut x, &o)?;
        *s.borrow_mut() = x;
    }
    Ok(Value::None)
}

/// set_symmetric_difference_update with any iterable.
fn symmetric_update_with(it: &mut Interp, s: &mut PySet, other: &Value) -> Result<()> {
    match other {
        Value::Dict(d) => {
            let keys: Vec<Value> = d
                .borrow()
                .entries()
                .iter()
                .map(|(k, _)| k.clone())
                .collect();
            for k in keys {
                let e = entry(&k, true)?;
                if !s.discard_entry(e.hash, &e.key) {
                    s.add_entry(e);
                }
            }
        }
        Value::Set(o) => s.symmetric_difference_update_set(&o.borrow().clone()),
        _ => {
            let o = from_iterable(it, other, false)?;
            s.symmetric_difference_update_set(&o.borrow());
        }
    }
    Ok(())
}

fn symmetric_difference(it: &mut Interp, args: &Args) -> Result<Value> {
    let s = this(args);
    let x = s.borrow().clone();
    let other = other(it, args)?;
    let mut r = from_iterable(it, &other, x.frozen)?.borrow().clone();
    r.symmetric_difference_update_set(&x);
    Ok(value(r))
}

fn symmetric_difference_update(it: &mut Interp, args: &Args) -> Result<Value> {
    let s = this(args);
    let other = other(it, args)?;
    if matches!(&other, Value::Set(p) if Rc::ptr_eq(p, &s)) {
        s.borrow_mut().clear();
        return Ok(Value::None);
    }
    let mut x = s.borrow().clone();
    symmetric_update_with(it, &mut x, &other)?;
    *s.borrow_mut() = x;
    Ok(Value::None)
}

fn issubset(it: &mut Interp, args: &Args) -> Result<Value> {
    let s = this(args).borrow().clone();
    let other = other(it, args)?;
    let o = as_set(it, &other)?;
    Ok(Value::Bool(s.issubset_set(&o)))
}

fn issuperset(it: &mut Interp, args: &Args) -> Result<Value> {
    let s = this(args).borrow().clone();
    let other = other(it, args)?;
    if let Value::Set(o) = &other {
        return Ok(Value::Bool(o.borrow().issubset_set(&s)));
    }
    let mut iter = super::iter::PyIter::new(&other)?;
    while let Some(x) = iter.next_item(it)? {
        if !s.contains(&x)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn isdisjoint(it: &mut Interp, args: &Args) -> Result<Value> {
    let s = this(args).borrow().clone();
    let other = other(it, args)?;
    if let Value::Set(o) = &other {
        let o = o.borrow();
        let (big, small) = if o.used > s.used {
            (&*o, &s)
        } else {
            (&s, &*o)
        };
        return Ok(Value::Bool(
            !small.entries().iter().any(|e| big.contains_entry(e)),
        ));
    }
    let mut iter = super::iter::PyIter::new(&other)?;
    while let Some(x) = iter.next_item(it)? {
        if s.contains(&x)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

const OTHERS: crate::eval::table::Param = p!(VarPositional "others", "Iterables.");
const OTHER: crate::eval::table::Param = p!(PositionalOnly "other", "An iterable.");
const ELEM: crate::eval::table::Param = p!(PositionalOnly "elem", "The element.");

/// The methods a frozenset has (those that leave the set as it is); a set
/// has them too.
pub static FROZENSET_METHODS: &[FnDef] = &[
    method!("copy", [], "A shallow copy of the set.", copy),
    method!(
        "difference",
        [OTHERS],
        "A new set of the elements in the set that are not in the others.",
        difference
    ),
    method!(
        "intersection",
        [OTHERS],
        "A new set of the elements common to the set and all others.",
        intersection
    ),
    method!(
        "isdisjoint",
        [OTHER],
        "True if the two sets have no element in common.",
        isdisjoint
    ),
    method!(
        "issubset",
        [OTHER],
        "Whether another set contains this set.",
        issubset
    ),
    method!(
        "issuperset",
        [OTHER],
        "Whether this set contains another set.",
        issuperset
    ),
    method!(
        "symmetric_difference",
        [OTHER],
        "A new set of the elements in either the set or other but not both.",
        symmetric_difference
    ),
    method!(
        "union",
        [OTHERS],
        "A new set of the elements from the set and all others.",
        union
    ),
];

/// The methods only a set has (those that change it); it has frozenset's too.
pub static SET_ONLY_METHODS: &[FnDef] = &[
    method!("add", [ELEM], "Add an element to the set.", add),
    method!("clear", [], "Remove all elements.", clear),
    method!(
        "difference_update",
        [OTHERS],
        "Remove the elements found in the others.",
        difference_update
    ),
    method!(
        "discard",
        [ELEM],
        "Remove an element if it is a member (else do nothing).",
        discard
    ),
    method!(
        "intersection_update",
        [OTHERS],
        "Keep only the elements found in the set and all others.",
        intersection_update
    ),
    method!(
        "pop",
        [],
        "Remove and give an arbitrary element (KeyError if empty).",
        pop
    ),
    method!(
        "remove",
        [ELEM],
        "Remove an element (KeyError if it is not a member).",
        remove
    ),
    method!(
        "symmetric_difference_update",
        [OTHER],
        "Keep the elements found in either the set or other but not both.",
        symmetric_difference_update
    ),
    method!(
        "update",
        [OTHERS],
        "Add the elements of all others.",
        update_method
    ),
];

/// The methods of a set value, or of a frozenset.
pub fn methods(s: &SetRef) -> Methods {
    type_methods(s.borrow().frozen)
}

/// The methods of `set`, or of `frozenset` when `frozen`. A function, not a
/// const: a const would hold copies of the tables, and help tells methods
/// apart by address.
pub fn type_methods(frozen: bool) -> Methods {
    if frozen {
        Methods::of(FROZENSET_METHODS)
    } else {
        Methods::sharing(SET_ONLY_METHODS, FROZENSET_METHODS)
    }
}

/// `set(...)` and `frozenset(...)`.
pub static SET_BUILTINS: &[FnDef] = &[
    FnDef {
        name: "set",
        owner: Owner::Builtin,
        error_name: None,
        params: &[p!(PositionalOnly "iterable" = "()", "Items.")],
        doc: "A Python set of the items (each once, in CPython's hash order).",
        examples: &["set([3, 1, 3])", "set(range(20, 0, -3))"],
        imp: new_set,
    },
    FnDef {
        name: "frozenset",
        owner: Owner::Builtin,
        error_name: None,
        params: &[p!(PositionalOnly "iterable" = "()", "Items.")],
        doc: "An immutable (hashable) Python set of the items.",
        examples: &["frozenset([1, 2])"],
        imp: new_frozenset,
    },
    FnDef {
        name: "hash",
        owner: Owner::Builtin,
        error_name: None,
        params: &[p!(PositionalOnly "obj", "A hashable value.")],
        doc: "CPython's hash of the value (strings and None hash differently in every CPython process; npcalc gives them fixed hashes).",
        examples: &["hash(1.5)", "hash((1, 2))"],
        imp: hash_builtin,
    },
];

fn hash_builtin(it: &mut Interp, args: &Args) -> Result<Value> {
    let v = args.get("obj");
    Ok(Value::int(super::userkeys::hash(it, &v)?))
}

/// The iteration step over a set, checking its size did not change.
pub fn iter_next(s: &SetRef, pos: &mut usize, size: usize) -> Result<Option<Value>> {
    let s = s.borrow();
    if s.len() != size {
        return Err(Error::new(
            Exc::RuntimeError,
            "Set changed size during iteration",
        ));
    }
    Ok(match s.next_from(*pos) {
        Some((v, next)) => {
            *pos = next;
            Some(v)
        }
        None => {
            *pos = s.table.len();
            None
        }
    })
}

pub fn kind_name(s: &SetRef) -> &'static str {
    type_name(s.borrow().frozen)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn set_of(items: &[i64]) -> PySet {
        let mut s = PySet::new(false);
        for &i in items {
            s.add(&Value::int(i)).unwrap();
        }
        s
    }

    fn order(s: &PySet) -> Vec<String> {
        s.items().iter().map(|v| format!("{v:?}")).collect()
    }

    #[test]
    fn small_ints_sit_at_their_hash() {
        let s = set_of(&[10, 3, 7, 100]);
        let expect = set_of(&[3, 100, 7, 10]);
        assert_eq!(order(&s), order(&expect));
        assert_eq!(s.len(), 4);
    }

    #[test]
    fn numbers_equal_in_python_are_one_member() {
        let mut s = PySet::new(false);
        s.add(&Value::int(1)).unwrap();
        s.add(&Value::Float(1.0)).unwrap();
        s.add(&Value::Bool(true)).unwrap();
        assert_eq!(s.len(), 1);
    }

    #[test]
    fn removal_leaves_a_dummy_that_pop_skips() {
        let mut s = set_of(&[1, 2, 3]);
        assert!(s.discard(&Value::int(1)).unwrap());
        assert_eq!(s.fill, 3);
        assert_eq!(s.len(), 2);
        assert!(matches!(s.pop(), Some(Value::Int(_))));
        assert_eq!(s.len(), 1);
    }

    #[test]
    fn lists_are_unhashable() {
        let mut s = PySet::new(false);
        let e = s.add(&Value::list(vec![])).unwrap_err();
        assert_eq!(e.message, "unhashable type: 'list'");
    }
}
