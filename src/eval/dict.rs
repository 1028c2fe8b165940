//! Python's `dict`, as CPython 3.11 keeps it (Objects/dictobject.c): keys in
//! insertion order, found by hash, with its views and methods and their
//! error texts.

use super::table::{Args, FnDef, Owner, method, p};
use super::{Interp, Value, userkeys};
use crate::error::{Error, Exc, Result};
use num_bigint::BigInt;
use num_traits::FromPrimitive;
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

pub type DictRef = Rc<RefCell<PyDict>>;

#[derive(Clone, Debug, Default)]
pub struct PyDict {
    entries: Vec<(Value, Value)>,
    index: HashMap<Key, usize>,
    /// The keys of session hash by hash, so that a lookup compares only those.
    users: HashMap<i64, Vec<Key>>,
    /// Which dict subclass of `collections` this is, if any.
    pub kind: Kind,
}

/// The `collections` subclasses of dict that npcalc has.
#[derive(Clone, Debug, Default)]
pub enum Kind {
    #[default]
    Plain,
    Counter,
    /// A defaultdict and its default_factory (None: plain KeyError).
    DefaultDict(Box<Value>),
    OrderedDict,
}

impl Kind {
    pub fn class_name(&self) -> Option<&'static str> {
        match self {
            Kind::Plain => None,
            Kind::Counter => Some("collections.Counter"),
            Kind::DefaultDict(_) => Some("collections.defaultdict"),
            Kind::OrderedDict => Some("collections.OrderedDict"),
        }
    }
}

/// What Python's hash and `==` make of a key: `1`, `1.0`, `True` and
/// `np.int64(1)` are one key; a NaN is equal to nothing.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Key {
    None,
    Ellipsis,
    Int(BigInt),
    Float(u64),
    Complex(u64, u64),
    Str(Rc<str>),
    Tuple(Box<[Key]>),
    /// A range is equal to another with the same items.
    Range(usize, i64, i64),
    /// Types, dtypes, functions and ufuncs are keys by what they are.
    Named(&'static str, String),
    /// A Fraction no int or float equals: numerator and denominator.
    Ratio(BigInt, BigInt),
    /// A frozenset: its members' keys, sorted.
    FrozenSet(Box<[Key]>),
    Unfindable(u64),
    /// An instance hashed by identity (object's own `__hash__` and `__eq__`):
    /// its address, stable while the dict or set holds it.
    Identity(usize),
    /// A key hashed and compared by session code (`userkeys.rs`): its hash,
    /// and the number of the first equal key the container met.
    User(i64, u64),
}

/// Numbers each NaN put in a dict or set, so that none equals another.
static UNFINDABLE: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);

/// `+ 0.0` turns -0.0 into 0.0, which Python counts as the same key.
fn float_key(f: f64, inserting: bool) -> Key {
    if f.is_nan() {
        return if inserting {
            Key::Unfindable(UNFINDABLE.fetch_add(1, std::sync::atomic::Ordering::Relaxed) + 1)
        } else {
            Key::Unfindable(0)
        };
    }
    if f.fract() == 0.0
        && let Some(i) = BigInt::from_f64(f)
    {
        return Key::Int(i);
    }
    Key::Float((f + 0.0).to_bits())
}

pub fn unhashable(v: &Value) -> Error {
    Error::type_error(format!("unhashable type: '{}'", v.type_name()))
}

/// The key of `v`; when inserting, a NaN key gets a place of its own.
pub fn key_of(v: &Value, dict: bool) -> Result<Key> {
    if super::userkeys::needs_interp(v) {
        return match super::userkeys::stashed(v) {
            Some((_, key)) => Ok(key),
            None => Err(super::userkeys::refusal(v)),
        };
    }
    Ok(match v {
        Value::None => Key::None,
        Value::Ellipsis => Key::Ellipsis,
        Value::Bool(b) => Key::Int(BigInt::from(*b as u8)),
        Value::Int(i) => Key::Int(i.clone()),
        Value::Float(f) => float_key(*f, dict),
        Value::Complex(c) if c.im == 0.0 => float_key(c.re, dict),
        Value::Complex(c) if c.re.is_nan() || c.im.is_nan() => float_key(f64::NAN, dict),
        Value::Complex(c) => Key::Complex((c.re + 0.0).to_bits(), (c.im + 0.0).to_bits()),
        Value::Str(s) | Value::NpStr(s) => Key::Str(s.clone()),
        // A Fraction equal to an int or a float is that number's key.
        Value::Fraction(f) => match super::fractions::as_float_exactly(f) {
            Some(x) => float_key(x, dict),
            None => Key::Ratio(f.n.clone(), f.d.clone()),
        },
        Value::PyTime(t) => Key::Named(
            super::pydatetime::type_name(t),
            super::pydatetime::key_text(t),
        ),
        // A finite Decimal keys as the number it is, like a Fraction.
        Value::Decimal(d) => match super::decimal::key_ratio(d) {
            Some(Ok(x)) => float_key(x, dict),
            Some(Err(f)) => Key::Ratio(f.n, f.d),
            None => {
                // An infinity keys as the float; a NaN's hash is refused.
                super::decimal::hash(d)?;
                let Value::Float(x) = super::decimal::to_float(d)? else {
                    unreachable!("float() of a Decimal is a float")
                };
                float_key(x, dict)
            }
        },
        Value::Tuple(items) | Value::NamedTuple(_, items) => {
            let mut keys = Vec::with_capacity(items.len());
            for x in items.iter() {
                keys.push(key_of(x, dict)?);
            }
            Key::Tuple(keys.into())
        }
        Value::Range(r) => {
            let n = r.len();
            Key::Range(
                n,
                if n == 0 { 0 } else { r.start },
                if n > 1 { r.step } else { 0 },
            )
        }
        Value::Scalar(s) => {
            let dt = s.dtype();
            let py = if dt.kind() == crate::array::Kind::Complex {
                super::numpy::to_python_complex(v)?
            } else if dt.is_integer() || dt == crate::array::DType::Bool {
                super::numpy::to_python_int(v)?
            } else {
                super::numpy::to_python_float(v)?
            };
            key_of(&py, dict)?
        }
        // A RegexFlag is the key its int is.
        Value::ReFlag(_) => key_of(&v.plain(), dict)?,
        Value::Type(t) => Key::Named("type", t.qualname()),
        Value::DType(d) => Key::Named("dtype", d.name().to_string()),
        Value::StrDType(n) => Key::Named("dtype", format!("<U{n}")),
        Value::Time(t) => Key::Named("time", super::datetime64::key_text(t)),
        Value::Function(f) => Key::Named("function", f.name.to_string()),
        Value::Ufunc(u) => Key::Named("ufunc", u.name().to_string()),
        Value::Set(s) if s.borrow().frozen => s.borrow().key(),
        Value::Set(_) => return Err(unhashable(v)),
        Value::List(_)
        | Value::Deque(_)
        | Value::Dict(_)
        | Value::Slice(_)
        | Value::Array(_)
        // poly1d defines __eq__ and so has __hash__ = None.
        | Value::Poly1d(_)
        | Value::DictView(_, View::Keys | View::Items) => return Err(unhashable(v)),
        // A class body with `__eq__` and no `__hash__` sets `__hash__ = None`.
        Value::Instance(inst)
            if match inst.class.lookup("__hash__") {
                Some(Value::None) => true,
                None => inst.class.lookup("__eq__").is_some(),
                Some(_) => false,
            } =>
        {
            return Err(unhashable(v));
        }
        // object's `__hash__` and `__eq__`: the instance is equal only to itself.
        Value::Instance(inst)
            if inst.class.lookup("__hash__").is_none() && inst.class.lookup("__eq__").is_none() =>
        {
            Key::Identity(Rc::as_ptr(inst) as usize)
        }
        other => {
            return Err(Error::type_error(format!(
                "npcalc does not support a '{}' as a dict key",
                other.type_name()
            )));
        }
    })
}

impl PyDict {
    pub fn new() -> PyDict {
        PyDict::default()
    }

    /// A dict of pairs, later keys taking the place of equal earlier ones.
    pub fn from_pairs(pairs: impl IntoIterator<Item = (Value, Value)>) -> Result<PyDict> {
        let mut d = PyDict::new();
        for (k, v) in pairs {
            d.insert(k, v)?;
        }
        Ok(d)
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    pub fn entries(&self) -> &[(Value, Value)] {
        &self.entries
    }

    fn position(&self, k: &Value) -> Result<Option<usize>> {
        Ok(self.index.get(&key_of(k, false)?).copied())
    }

    pub fn get(&self, k: &Value) -> Result<Option<Value>> {
        Ok(self.position(k)?.map(|i| self.entries[i].1.clone()))
    }

    pub fn contains(&self, k: &Value) -> Result<bool> {
        Ok(self.position(k)?.is_some())
    }

    /// A repeated key keeps its first place (and its first spelling, as in
    /// Python: `{1: 'a', 1.0: 'b'}` is `{1: 'b'}`) and takes the new value.
    pub fn insert(&mut self, k: Value, v: Value) -> Result<()> {
        let key = key_of(&k, true)?;
        match self.index.get(&key) {
            Some(&i) => self.entries[i].1 = v,
            None => {
                if let Key::User(h, _) = key {
                    self.users.entry(h).or_default().push(key.clone());
                }
                self.index.insert(key, self.entries.len());
                self.entries.push((k, v));
            }
        }
        Ok(())
    }

    pub fn remove(&mut self, k: &Value) -> Result<Option<Value>> {
        let Some(i) = self.position(k)? else {
            return Ok(None);
        };
        Ok(Some(self.remove_at(i).1))
    }

    pub(super) fn remove_at(&mut self, i: usize) -> (Value, Value) {
        let pair = self.entries.remove(i);
        // Later entries move up one place.
        let mut gone = None;
        self.index.retain(|k, at| {
            if *at == i {
                gone = Some(k.clone());
            }
            *at != i
        });
        if let Some(Key::User(h, _)) = gone
            && let Some(keys) = self.users.get_mut(&h)
        {
            keys.retain(|k| self.index.contains_key(k));
        }
        for at in self.index.values_mut() {
            if *at > i {
                *at -= 1;
            }
        }
        pair
    }

    /// The keys of hash `h` resolved by session code, in insertion order.
    pub fn user_members(&self, h: i64) -> Vec<(Key, Value)> {
        let mut found: Vec<(usize, Key)> = self
            .users
            .get(&h)
            .into_iter()
            .flatten()
            .filter_map(|k| Some((*self.index.get(k)?, k.clone())))
            .collect();
        found.sort_by_key(|(i, _)| *i);
        found
            .into_iter()
            .map(|(i, k)| (k, self.entries[i].0.clone()))
            .collect()
    }

    /// OrderedDict.move_to_end: entry `i` goes last (or first), keeping its key.
    pub fn move_entry(&mut self, i: usize, last: bool) {
        let pair = self.entries.remove(i);
        let to = if last { self.entries.len() } else { 0 };
        self.entries.insert(to, pair);
        for at in self.index.values_mut() {
            *at = if *at == i {
                to
            } else if last && *at > i {
                *at - 1
            } else if !last && *at < i {
                *at + 1
            } else {
                *at
            };
        }
    }

    /// Where key `k` sits in insertion order.
    pub fn index_of(&self, k: &Value) -> Result<Option<usize>> {
        self.position(k)
    }

    pub fn clear(&mut self) {
        self.entries.clear();
        self.index.clear();
        self.users.clear();
    }
}

/// What a view (`d.keys()`, `d.values()`, `d.items()`) shows of its dict.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum View {
    Keys,
    Values,
    Items,
}

impl View {
    pub fn class_name(self) -> &'static str {
        match self {
            View::Keys => "dict_keys",
            View::Values => "dict_values",
            View::Items => "dict_items",
        }
    }

    pub fn item(self, (k, v): &(Value, Value)) -> Value {
        match self {
            View::Keys => k.clone(),
            View::Values => v.clone(),
            View::Items => Value::tuple(vec![k.clone(), v.clone()]),
        }
    }
}

/// The i-th item of a view, checking the dict kept the size it had when the
/// iteration began, as CPython does.
pub fn view_next(d: &DictRef, view: View, i: &mut usize, size: usize) -> Result<Option<Value>> {
    let d = d.borrow();
    if d.len() != size {
        return Err(Error::new(
            Exc::RuntimeError,
            "dictionary changed size during iteration",
        ));
    }
    let item = d.entries.get(*i).map(|pair| view.item(pair));
    *i += 1;
    Ok(item)
}

/// `a == b` for two dicts: the same keys, with equal values.
pub fn equal(a: &PyDict, b: &PyDict, eq: impl Fn(&Value, &Value) -> Result<bool>) -> Result<bool> {
    if a.len() != b.len() {
        return Ok(false);
    }
    for (k, v) in &a.entries {
        match b.get(k) {
            Ok(Some(w)) if eq(v, &w)? => {}
            _ => return Ok(false),
        }
    }
    Ok(true)
}

pub fn value(d: PyDict) -> Value {
    Value::Dict(Rc::new(RefCell::new(d)))
}

/// Python's `KeyError(key)`, whose text is the key's repr and whose args
/// hold the key.
pub fn key_error(it: &mut Interp, k: &Value) -> Error {
    let text = match super::classes::repr_of(it, k) {
        Ok(text) => text,
        Err(err) => return err,
    };
    let mut e = Error::new(Exc::KeyError, text);
    match it.keep_args(&mut e, vec![k.clone()]) {
        Ok(()) => e,
        Err(err) => err,
    }
}

/// The dict a method is bound to (the table binds these methods only to dicts).
fn this(args: &Args) -> DictRef {
    match args.this() {
        Value::Dict(d) => d.clone(),
        _ => Rc::new(RefCell::new(PyDict::new())),
    }
}

/// `dict.update`'s and `dict()`'s merge of a mapping or of key/value pairs,
/// then of keyword arguments.
pub fn merge(it: &mut Interp, into: &DictRef, source: Option<Value>, kwargs: Value) -> Result<()> {
    match source {
        Some(Value::Dict(other)) => {
            let pairs = other.borrow().entries.clone();
            for (k, v) in pairs {
                userkeys::dict_insert(it, into, k, v)?;
            }
        }
        Some(seq) => {
            let items = it.iterate(&seq)?;
            for (n, item) in items.iter().enumerate() {
                let pair = it.iterate(item).map_err(|_| {
                    Error::type_error(format!(
                        "cannot convert dictionary update sequence element #{n} to a sequence"
                    ))
                })?;
                let [k, v] = <[Value; 2]>::try_from(pair).map_err(|pair| {
                    Error::value_error(format!(
                        "dictionary update sequence element #{n} has length {}; 2 is required",
                        pair.len()
                    ))
                })?;
                userkeys::dict_insert(it, into, k, v)?;
            }
        }
        None => {}
    }
    if let Value::Dict(kw) = kwargs {
        let pairs = kw.borrow().entries.clone();
        for (k, v) in pairs {
            userkeys::dict_insert(it, into, k, v)?;
        }
    }
    Ok(())
}

/// `dict(mapping_or_pairs, **kwargs)`.
pub fn new(it: &mut Interp, args: &Args) -> Result<Value> {
    let d = Rc::new(RefCell::new(PyDict::new()));
    let source = args.given("iterable").then(|| args.get("iterable"));
    merge(it, &d, source, args.get("kwargs"))?;
    Ok(Value::Dict(d))
}

fn update(it: &mut Interp, args: &Args) -> Result<Value> {
    let source = args.given("other").then(|| args.get("other"));
    merge(it, &this(args), source, args.get("kwargs"))?;
    Ok(Value::None)
}

fn get(it: &mut Interp, args: &Args) -> Result<Value> {
    Ok(userkeys::dict_get(it, &this(args), &args.get("key"))?
        .unwrap_or_else(|| args.get("default")))
}

/// `d.__getitem__(key)` is `d[key]`, so a dict's bound method can serve as
/// a key function (`sorted(d, key=d.__getitem__)`).
fn getitem(it: &mut Interp, args: &Args) -> Result<Value> {
    it.getitem(args.this(), &args.get("key"))
}

fn setdefault(it: &mut Interp, args: &Args) -> Result<Value> {
    let d = this(args);
    let k = args.get("key");
    // One hash and one lookup, as dict_setdefault does.
    let _key = userkeys::in_dict(it, &d, &k)?;
    if let Some(v) = d.borrow().get(&k)? {
        return Ok(v);
    }
    let v = args.get("default");
    d.borrow_mut().insert(k, v.clone())?;
    Ok(v)
}

fn pop(it: &mut Interp, args: &Args) -> Result<Value> {
    let k = args.get("key");
    match userkeys::dict_remove(it, &this(args), &k)? {
        Some(v) => Ok(v),
        None if args.given("default") => Ok(args.get("default")),
        None => Err(key_error(it, &k)),
    }
}

fn popitem(_: &mut Interp, args: &Args) -> Result<Value> {
    let d = this(args);
    let mut d = d.borrow_mut();
    if d.is_empty() {
        return Err(Error::new(
            Exc::KeyError,
            "'popitem(): dictionary is empty'",
        ));
    }
    let last = d.len() - 1;
    let (k, v) = d.remove_at(last);
    Ok(Value::tuple(vec![k, v]))
}

fn view(args: &Args, view: View) -> Value {
    Value::DictView(this(args), view)
}

fn keys(_: &mut Interp, args: &Args) -> Result<Value> {
    Ok(view(args, View::Keys))
}

fn values(_: &mut Interp, args: &Args) -> Result<Value> {
    Ok(view(args, View::Values))
}

fn items(_: &mut Interp, args: &Args) -> Result<Value> {
    Ok(view(args, View::Items))
}

fn copy(_: &mut Interp, args: &Args) -> Result<Value> {
    Ok(value(this(args).borrow().clone()))
}

fn clear(_: &mut Interp, args: &Args) -> Result<Value> {
    this(args).borrow_mut().clear();
    Ok(Value::None)
}

/// `dict.fromkeys(iterable, value=None)`: a new dict of the keys in
/// iteration order, each with the same value.
fn fromkeys(it: &mut Interp, args: &Args) -> Result<Value> {
    let keys = it.iterate(&args.get("iterable"))?;
    let v = args.get("value");
    let d = Rc::new(RefCell::new(PyDict::new()));
    for k in keys {
        userkeys::dict_insert(it, &d, k, v.clone())?;
    }
    Ok(Value::Dict(d))
}

/// The classmethod `dict.fromkeys`, reached from the class or a dict.
pub const FROMKEYS: FnDef = FnDef {
    name: "fromkeys",
    owner: Owner::Builtin,
    error_name: None,
    params: &[
        p!(PositionalOnly "iterable", "The keys."),
        p!(PositionalOnly "value" = "None", "The value of every key."),
    ],
    doc: "A new dict with keys from iterable and values equal to value.",
    examples: &["dict.fromkeys('abc', 0)"],
    imp: fromkeys,
};

pub static FROMKEYS_FN: FnDef = FROMKEYS;

pub static DICT_METHODS: &[FnDef] = &[
    method!(
        "keys",
        [],
        "A live view of the keys, in insertion order.",
        keys
    ),
    method!(
        "values",
        [],
        "A live view of the values, in insertion order.",
        values
    ),
    method!(
        "items",
        [],
        "A live view of the (key, value) pairs, in insertion order.",
        items
    ),
    method!(
        "get",
        [
            p!(PositionalOnly "key", "The key to look up."),
            p!(PositionalOnly "default" = "None", "What to give when the key is missing.")
        ],
        "The value for key if key is in the dict, else default.",
        get
    ),
    method!(
        "__getitem__",
        [p!(PositionalOnly "key", "The key to look up.")],
        "d[key]: the value for key (KeyError when it is missing).",
        getitem
    ),
    method!(
        "setdefault",
        [
            p!(PositionalOnly "key", "The key to look up."),
            p!(PositionalOnly "default" = "None", "What to insert when the key is missing.")
        ],
        "The value for key, inserting default first if key is missing.",
        setdefault
    ),
    method!(
        "pop",
        [
            p!(PositionalOnly "key", "The key to remove."),
            p!(PositionalOnly "default" = "None", "What to give when the key is missing (else KeyError).")
        ],
        "Remove key and give its value.",
        pop
    ),
    method!(
        "popitem",
        [],
        "Remove and give the last inserted (key, value) pair.",
        popitem
    ),
    method!(
        "update",
        [
            p!(PositionalOnly "other" = "()", "A dict or an iterable of (key, value) pairs."),
            p!(VarKeyword "kwargs", "More keys and values.")
        ],
        "Insert the pairs of other, then the keyword arguments.",
        update
    ),
    method!("copy", [], "A shallow copy of the dict.", copy),
    FROMKEYS,
    method!("clear", [], "Remove all items.", clear),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn equal_numbers_are_one_key() {
        let mut d = PyDict::new();
        d.insert(Value::int(1), Value::str("a")).unwrap();
        d.insert(Value::Float(1.0), Value::str("b")).unwrap();
        d.insert(Value::Bool(true), Value::str("c")).unwrap();
        assert_eq!(d.len(), 1);
        assert!(matches!(&d.entries()[0].0, Value::Int(_)));
        assert!(d.contains(&Value::Float(-0.0 + 1.0)).unwrap());
    }

    #[test]
    fn nan_keys_stay_apart() {
        let mut d = PyDict::new();
        d.insert(Value::Float(f64::NAN), Value::int(1)).unwrap();
        d.insert(Value::Float(f64::NAN), Value::int(2)).unwrap();
        assert_eq!(d.len(), 2);
        assert!(!d.contains(&Value::Float(f64::NAN)).unwrap());
    }

    #[test]
    fn removal_keeps_the_order_and_the_index() {
        let mut d = PyDict::new();
        for i in 0..5 {
            d.insert(Value::int(i), Value::int(i * 10)).unwrap();
        }
        assert!(d.remove(&Value::int(1)).unwrap().is_some());
        let keys: Vec<String> = d.entries().iter().map(|(k, _)| format!("{k:?}")).collect();
        assert_eq!(keys.len(), 4);
        for i in [0, 2, 3, 4] {
            assert!(d.get(&Value::int(i)).unwrap().is_some());
        }
        assert!(d.get(&Value::int(1)).unwrap().is_none());
    }

    #[test]
    fn lists_are_unhashable() {
        let mut d = PyDict::new();
        let e = d.insert(Value::list(vec![]), Value::None).unwrap_err();
        assert_eq!(e.message, "unhashable type: 'list'");
    }
}
