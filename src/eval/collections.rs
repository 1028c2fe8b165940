//! Python's `collections` as CPython 3.11 writes it (Lib/collections/__init__.py):
//! `Counter`, `defaultdict` and `OrderedDict` are dicts of a kind
//! (`dict::Kind`), so every dict operation works on them; their own
//! methods, reprs and missing-key rules live here.

use super::dict::{self, DictRef, Kind, PyDict};
use super::table::{Args, FnDef, Owner, method, p};
use super::{Interp, Value};
use crate::error::{Error, Exc, Result, Span};
use crate::syntax::ast::{BinOp, CmpOp};
use std::cell::RefCell;
use std::rc::Rc;

/// `d[key]` for a key the dict lacks: a Counter counts it 0, a defaultdict
/// inserts default_factory(), others raise KeyError.
pub fn missing(it: &mut Interp, d: &DictRef, key: &Value) -> Result<Value> {
    let kind = d.borrow().kind.clone();
    match kind {
        Kind::Counter => Ok(Value::int(0)),
        Kind::DefaultDict(f) if !matches!(*f, Value::None) => {
            let v = super::iterfns::call_with(it, &f, vec![], Span::default())?;
            super::userkeys::dict_insert(it, d, key.clone(), v.clone())?;
            Ok(v)
        }
        _ => Err(dict::key_error(it, key)),
    }
}

/// The repr of a dict of a `collections` kind.
pub fn repr(d: &PyDict, item: &dyn Fn(&Value) -> String) -> String {
    let pairs = |entries: &[(Value, Value)]| -> String {
        let body: Vec<String> = entries
            .iter()
            .map(|(k, v)| format!("{}: {}", item(k), item(v)))
            .collect();
        format!("{{{}}}", body.join(", "))
    };
    match &d.kind {
        Kind::Counter if d.is_empty() => "Counter()".into(),
        Kind::Counter => {
            let ordered = most_common_order(d.entries()).unwrap_or_else(|| d.entries().to_vec());
            format!("Counter({})", pairs(&ordered))
        }
        Kind::DefaultDict(f) => format!("defaultdict({}, {})", item(f), pairs(d.entries())),
        Kind::OrderedDict if d.is_empty() => "OrderedDict()".into(),
        Kind::OrderedDict => {
            let body: Vec<String> = d
                .entries()
                .iter()
                .map(|(k, v)| format!("({}, {})", item(k), item(v)))
                .collect();
            format!("OrderedDict([{}])", body.join(", "))
        }
        Kind::Plain => pairs(d.entries()),
    }
}

/// `sorted(items, key=itemgetter(1), reverse=True)`: stable, largest count
/// first; None when two counts do not compare.
pub(super) fn most_common_order(entries: &[(Value, Value)]) -> Option<Vec<(Value, Value)>> {
    let mut v = entries.to_vec();
    let mut failed = false;
    // Python's reverse sort keeps equal items in their order, as a stable
    // sort on "b before a when b > a" does.
    v.sort_by(|a, b| match super::pyops::order(CmpOp::Lt, &b.1, &a.1) {
        Ok(true) => std::cmp::Ordering::Less,
        Ok(false) => match super::pyops::order(CmpOp::Lt, &a.1, &b.1) {
            Ok(true) => std::cmp::Ordering::Greater,
            Ok(false) => std::cmp::Ordering::Equal,
            Err(_) => {
                failed = true;
                std::cmp::Ordering::Equal
            }
        },
        Err(_) => {
            failed = true;
            std::cmp::Ordering::Equal
        }
    });
    (!failed).then_some(v)
}

fn new_dict(kind: Kind) -> DictRef {
    let mut d = PyDict::new();
    d.kind = kind;
    Rc::new(RefCell::new(d))
}

fn this(args: &Args) -> DictRef {
    match args.this() {
        Value::Dict(d) => d.clone(),
        _ => new_dict(Kind::Plain),
    }
}

/// `self.get(k, 0)`; a key of session hash is resolved by the caller.
fn get_or_zero(d: &DictRef, k: &Value) -> Result<Value> {
    Ok(d.borrow().get(k)?.unwrap_or(Value::int(0)))
}

/// `self[k]` of a Counter: its count, or 0.
fn count_of(it: &mut Interp, d: &DictRef, k: &Value) -> Result<Value> {
    let _key = super::userkeys::in_dict(it, d, k)?;
    get_or_zero(d, k)
}

/// Counter.update: a mapping's counts are added, an iterable's items counted.
fn count_into(it: &mut Interp, d: &DictRef, source: &Value, sign: BinOp) -> Result<()> {
    match source {
        Value::None => {}
        Value::Dict(m) => {
            let pairs = m.borrow().entries().to_vec();
            if sign == BinOp::Add && d.borrow().is_empty() && !matches!(source, Value::None) {
                for (k, v) in pairs {
                    super::userkeys::dict_insert(it, d, k, v)?;
                }
                return Ok(());
            }
            for (k, v) in pairs {
                let _key = super::userkeys::in_dict(it, d, &k)?;
                let old = get_or_zero(d, &k)?;
                let new = match sign {
                    BinOp::Add => it.binary(BinOp::Add, &v, &old)?,
                    _ => it.binary(BinOp::Sub, &old, &v)?,
                };
                d.borrow_mut().insert(k, new)?;
            }
        }
        _ => {
            let mut iter = super::iter::PyIter::new(source)?;
            while let Some(x) = iter.next_item(it)? {
                // _count_elements hashes each item once.
                let _key = super::userkeys::in_dict(it, d, &x)?;
                let old = get_or_zero(d, &x)?;
                let new = it.binary(sign, &old, &Value::int(1))?;
                d.borrow_mut().insert(x, new)?;
            }
        }
    }
    Ok(())
}

fn counter_new(it: &mut Interp, args: &Args) -> Result<Value> {
    let d = new_dict(Kind::Counter);
    count_into(it, &d, &args.get("iterable"), BinOp::Add)?;
    count_into(it, &d, &args.get("kwds"), BinOp::Add)?;
    Ok(Value::Dict(d))
}

fn counter_update(it: &mut Interp, args: &Args) -> Result<Value> {
    let d = this(args);
    count_into(it, &d, &args.get("iterable"), BinOp::Add)?;
    count_into(it, &d, &args.get("kwds"), BinOp::Add)?;
    Ok(Value::None)
}

fn counter_subtract(it: &mut Interp, args: &Args) -> Result<Value> {
    let d = this(args);
    count_into(it, &d, &args.get("iterable"), BinOp::Sub)?;
    count_into(it, &d, &args.get("kwds"), BinOp::Sub)?;
    Ok(Value::None)
}

fn most_common(_: &mut Interp, args: &Args) -> Result<Value> {
    let d = this(args);
    let entries = d.borrow().entries().to_vec();
    let Some(mut ordered) = most_common_order(&entries) else {
        let (a, b) = (&entries[0].1, &entries[1].1);
        return Err(Error::type_error(format!(
            "'<' not supported between instances of '{}' and '{}'",
            a.type_name(),
            b.type_name()
        )));
    };
    let n = args.get("n");
    if !matches!(n, Value::None) {
        let n = super::numpy::to_index(&n)?;
        ordered.truncate(n.max(0) as usize);
    }
    Ok(Value::list(
        ordered
            .into_iter()
            .map(|(k, v)| Value::tuple(vec![k, v]))
            .collect(),
    ))
}

fn elements(_: &mut Interp, args: &Args) -> Result<Value> {
    let d = this(args);
    let mut out = Vec::new();
    for (k, v) in d.borrow().entries() {
        let n = match v {
            Value::Int(i) => num_traits::ToPrimitive::to_i64(i).unwrap_or(0),
            Value::Bool(b) => *b as i64,
            other => {
                return Err(Error::type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    other.type_name()
                )));
            }
        };
        for _ in 0..n.max(0) {
            out.push(k.clone());
        }
    }
    Ok(Value::Iter(
        Rc::new(RefCell::new(super::iter::PyIter::Items(out.into_iter()))),
        "itertools.chain",
    ))
}

fn total(it: &mut Interp, args: &Args) -> Result<Value> {
    let d = this(args);
    let mut acc = Value::int(0);
    let values: Vec<Value> = d
        .borrow()
        .entries()
        .iter()
        .map(|(_, v)| v.clone())
        .collect();
    for v in values {
        acc = it.binary(BinOp::Add, &acc, &v)?;
    }
    Ok(acc)
}

/// `a + b`, `a - b`, `a | b`, `a & b` between Counters: counts combined,
/// only positive results kept (Counter.__add__ and friends).
pub fn counter_binary(it: &mut Interp, op: BinOp, a: &Value, b: &Value) -> Option<Result<Value>> {
    let (Value::Dict(x), Value::Dict(y)) = (a, b) else {
        return None;
    };
    if !matches!(x.borrow().kind, Kind::Counter) || !matches!(y.borrow().kind, Kind::Counter) {
        return None;
    }
    if !matches!(op, BinOp::Add | BinOp::Sub | BinOp::BitOr | BinOp::BitAnd) {
        return None;
    }
    Some(counter_combine(it, op, x, y))
}

/// `==`, `!=`, `<=`, `<`, `>=`, `>` between Counters (3.10+): every key of
/// either compared, a missing count read as zero. Against anything else
/// Counter answers NotImplemented, so a plain dict compares as dicts do.
pub fn counter_compare(it: &mut Interp, op: CmpOp, a: &Value, b: &Value) -> Option<Result<Value>> {
    let (Value::Dict(x), Value::Dict(y)) = (a, b) else {
        return None;
    };
    if !matches!(x.borrow().kind, Kind::Counter)
        || !matches!(y.borrow().kind, Kind::Counter)
        || matches!(op, CmpOp::Is | CmpOp::IsNot | CmpOp::In | CmpOp::NotIn)
    {
        return None;
    }
    Some(counter_order(it, op, x, y).map(Value::Bool))
}

fn counter_order(it: &mut Interp, op: CmpOp, x: &DictRef, y: &DictRef) -> Result<bool> {
    // `all(self[e] OP other[e] for c in (self, other) for e in c)`
    let all = |it: &mut Interp, op: CmpOp| -> Result<bool> {
        let keys: Vec<Value> = [x, y]
            .iter()
            .flat_map(|d| {
                d.borrow()
                    .entries()
                    .iter()
                    .map(|(k, _)| k.clone())
                    .collect::<Vec<_>>()
            })
            .collect();
        for k in &keys {
            let (a, b) = (count_of(it, x, k)?, count_of(it, y, k)?);
            let r = it.compare(op, &a, &b)?;
            if !it.truthy(&r)? {
                return Ok(false);
            }
        }
        Ok(true)
    };
    Ok(match op {
        CmpOp::Eq => all(it, CmpOp::Eq)?,
        CmpOp::Ne => !all(it, CmpOp::Eq)?,
        CmpOp::Le => all(it, CmpOp::Le)?,
        CmpOp::Ge => all(it, CmpOp::Ge)?,
        CmpOp::Lt => all(it, CmpOp::Le)? && !all(it, CmpOp::Eq)?,
        _ => all(it, CmpOp::Ge)? && !all(it, CmpOp::Eq)?, // Gt
    })
}

fn positive(it: &mut Interp, v: &Value) -> Result<bool> {
    let r = it.compare(CmpOp::Gt, v, &Value::int(0))?;
    it.truthy(&r)
}

fn negative(it: &mut Interp, v: &Value) -> Result<bool> {
    let r = it.compare(CmpOp::Lt, v, &Value::int(0))?;
    it.truthy(&r)
}

fn counter_combine(it: &mut Interp, op: BinOp, x: &DictRef, y: &DictRef) -> Result<Value> {
    let result = new_dict(Kind::Counter);
    let mine = x.borrow().entries().to_vec();
    let theirs = y.borrow().entries().to_vec();
    for (k, count) in &mine {
        let other = count_of(it, y, k)?;
        let new = match op {
            BinOp::Add => it.binary(BinOp::Add, count, &other)?,
            BinOp::Sub => it.binary(BinOp::Sub, count, &other)?,
            BinOp::BitOr => {
                let lt = it.compare(CmpOp::Lt, count, &other)?;
                if it.truthy(&lt)? {
                    other
                } else {
                    count.clone()
                }
            }
            _ => {
                let lt = it.compare(CmpOp::Lt, count, &other)?;
                if it.truthy(&lt)? {
                    count.clone()
                } else {
                    other
                }
            }
        };
        if positive(it, &new)? {
            super::userkeys::dict_insert(it, &result, k.clone(), new)?;
        }
    }
    if op != BinOp::BitAnd {
        for (k, count) in &theirs {
            if super::userkeys::dict_get(it, x, k)?.is_some() {
                continue;
            }
            if op == BinOp::Sub {
                if negative(it, count)? {
                    let v = it.binary(BinOp::Sub, &Value::int(0), count)?;
                    super::userkeys::dict_insert(it, &result, k.clone(), v)?;
                }
            } else if positive(it, count)? {
                super::userkeys::dict_insert(it, &result, k.clone(), count.clone())?;
            }
        }
    }
    Ok(Value::Dict(result))
}

fn is_callable(v: &Value) -> bool {
    matches!(
        v,
        Value::Type(_)
            | Value::Function(_)
            | Value::Method(..)
            | Value::UserFunction(_)
            | Value::Class(_)
            | Value::Bound(_)
            | Value::Ufunc(_)
    )
}

fn defaultdict_new(it: &mut Interp, args: &Args) -> Result<Value> {
    let factory = args.get("default_factory");
    if !matches!(factory, Value::None) && !is_callable(&factory) {
        return Err(Error::type_error("first argument must be callable or None"));
    }
    let d = new_dict(Kind::DefaultDict(Box::new(factory)));
    let rest = match args.get("args") {
        Value::Tuple(t) => t.to_vec(),
        _ => vec![],
    };
    if rest.len() > 1 {
        return Err(Error::type_error(format!(
            "dict expected at most 1 argument, got {}",
            rest.len()
        )));
    }
    dict::merge(it, &d, rest.into_iter().next(), args.get("kwargs"))?;
    Ok(Value::Dict(d))
}

fn ordereddict_new(it: &mut Interp, args: &Args) -> Result<Value> {
    let d = new_dict(Kind::OrderedDict);
    let source = args.given("other").then(|| args.get("other"));
    dict::merge(it, &d, source, args.get("kwargs"))?;
    Ok(Value::Dict(d))
}

fn move_to_end(it: &mut Interp, args: &Args) -> Result<Value> {
    let d = this(args);
    let k = args.get("key");
    let last = it.truthy(&args.get("last"))?;
    let i = {
        let _key = super::userkeys::in_dict(it, &d, &k)?;
        d.borrow().index_of(&k)?
    };
    let Some(i) = i else {
        return Err(dict::key_error(it, &k));
    };
    d.borrow_mut().move_entry(i, last);
    Ok(Value::None)
}

fn od_popitem(it: &mut Interp, args: &Args) -> Result<Value> {
    let d = this(args);
    let last = it.truthy(&args.get("last"))?;
    let mut dm = d.borrow_mut();
    if dm.is_empty() {
        return Err(Error::new(Exc::KeyError, "'dictionary is empty'"));
    }
    let i = if last { dm.len() - 1 } else { 0 };
    let (k, v) = dm.remove_at(i);
    Ok(Value::tuple(vec![k, v]))
}

pub static COUNTER_METHODS: &[FnDef] = &[
    method!(
        "most_common",
        [p!(Normal "n" = "None", "How many (None: all).")],
        "The (element, count) pairs, most common first; equal counts in insertion order.",
        most_common
    ),
    method!(
        "elements",
        [],
        "An iterator over the elements, each repeated as often as its count.",
        elements
    ),
    method!(
        "update",
        [
            p!(PositionalOnly "iterable" = "None", "Items to count, or a mapping of counts to add."),
            p!(VarKeyword "kwds", "More counts to add.")
        ],
        "Add counts from an iterable or mapping.",
        counter_update
    ),
    method!(
        "subtract",
        [
            p!(PositionalOnly "iterable" = "None", "Items to uncount, or a mapping of counts to subtract."),
            p!(VarKeyword "kwds", "More counts to subtract.")
        ],
        "Subtract counts (they may go to zero or below).",
        counter_subtract
    ),
    method!("total", [], "The sum of the counts.", total),
];

pub static ORDEREDDICT_METHODS: &[FnDef] = &[
    method!(
        "move_to_end",
        [
            p!(Normal "key", "The key to move."),
            p!(Normal "last" = "True", "To the end (else to the front).")
        ],
        "Move an existing key to either end.",
        move_to_end
    ),
    method!(
        "popitem",
        [p!(Normal "last" = "True", "Pop the last pair (else the first).")],
        "Remove and give a (key, value) pair, LIFO or FIFO.",
        od_popitem
    ),
];

/// The methods a dict of this kind has beyond (or instead of) dict's.
pub fn methods(d: &DictRef) -> &'static [FnDef] {
    match d.borrow().kind {
        Kind::Counter => COUNTER_METHODS,
        Kind::OrderedDict => ORDEREDDICT_METHODS,
        _ => &[],
    }
}

/// `dd.default_factory`.
pub fn attribute(d: &DictRef, name: &str) -> Option<Value> {
    match (&d.borrow().kind, name) {
        (Kind::DefaultDict(f), "default_factory") => Some((**f).clone()),
        _ => None,
    }
}

pub static COLLECTIONS: &[FnDef] = &[
    FnDef {
        name: "Counter",
        owner: Owner::Builtin,
        error_name: None,
        params: &[
            p!(PositionalOnly "iterable" = "None", "Items to count, or a mapping of counts."),
            p!(VarKeyword "kwds", "More counts."),
        ],
        doc: "A dict counting hashable items; a missing item counts 0.",
        examples: &["Counter('abracadabra').most_common(3)"],
        imp: counter_new,
    },
    FnDef {
        name: "defaultdict",
        owner: Owner::Builtin,
        error_name: None,
        params: &[
            p!(PositionalOnly "default_factory" = "None", "Called with no arguments to make the value of a missing key."),
            p!(VarPositional "args", "A mapping or iterable of pairs, as for dict()."),
            p!(VarKeyword "kwargs", "More keys and values."),
        ],
        doc: "A dict that fills in a missing key with default_factory().",
        examples: &["d = defaultdict(list)"],
        imp: defaultdict_new,
    },
    FnDef {
        name: "OrderedDict",
        owner: Owner::Builtin,
        error_name: None,
        params: &[
            p!(PositionalOnly "other" = "()", "A mapping or iterable of pairs."),
            p!(VarKeyword "kwargs", "More keys and values."),
        ],
        doc: "A dict that can move keys to either end.",
        examples: &["OrderedDict(a=1, b=2)"],
        imp: ordereddict_new,
    },
    FnDef {
        name: "deque",
        owner: Owner::Builtin,
        error_name: None,
        params: &[
            p!(Normal "iterable" = "()", "The first items."),
            p!(Normal "maxlen" = "None", "The most items kept (None: no bound)."),
        ],
        doc: "A double-ended queue: fast appends and pops at both ends, optionally bounded.",
        examples: &["deque([1, 2, 3], maxlen=3)"],
        imp: deque_new,
    },
    FnDef {
        name: "namedtuple",
        owner: Owner::Builtin,
        error_name: None,
        params: &[
            p!(Normal "typename", "The class name."),
            p!(Normal "field_names", "A list of names, or one string of names split by spaces or commas."),
            p!(KeywordOnly "rename" = "False", "(Not supported: True.)"),
            p!(KeywordOnly "defaults" = "None", "Defaults of the rightmost fields."),
            p!(KeywordOnly "module" = "None", "Ignored."),
        ],
        doc: "A new tuple class whose items are also named attributes.",
        examples: &["Point = namedtuple('Point', ['x', 'y'])"],
        imp: namedtuple,
    },
];

/// The names of `collections` npcalc does not have, refused by name.
pub const REFUSED: &[&str] = &["ChainMap", "UserDict", "UserList", "UserString", "abc"];

/// A `collections.deque`: items and an optional bound.
#[derive(Clone, Debug, Default)]
pub struct Deque {
    pub items: std::collections::VecDeque<Value>,
    pub maxlen: Option<usize>,
}

pub type DequeRef = Rc<RefCell<Deque>>;

impl Deque {
    fn push_back(&mut self, v: Value) {
        if self.maxlen == Some(0) {
            return;
        }
        if self.maxlen == Some(self.items.len()) {
            self.items.pop_front();
        }
        self.items.push_back(v);
    }

    fn push_front(&mut self, v: Value) {
        if self.maxlen == Some(0) {
            return;
        }
        if self.maxlen == Some(self.items.len()) {
            self.items.pop_back();
        }
        self.items.push_front(v);
    }
}

/// `deque([1, 2])`, `deque([1, 2], maxlen=3)`.
pub fn deque_repr(d: &Deque, item: &dyn Fn(&Value) -> String) -> String {
    let body: Vec<String> = d.items.iter().map(item).collect();
    match d.maxlen {
        Some(n) => format!("deque([{}], maxlen={n})", body.join(", ")),
        None => format!("deque([{}])", body.join(", ")),
    }
}

/// `dq[i]`.
pub fn deque_getitem(d: &Deque, index: &Value) -> Result<Value> {
    let i = match index {
        Value::Int(_) | Value::Bool(_) | Value::Scalar(_) => super::numpy::to_index(index)?,
        other => {
            return Err(Error::type_error(format!(
                "sequence index must be integer, not '{}'",
                other.type_name()
            )));
        }
    };
    let n = d.items.len() as i64;
    let k = if i < 0 { i + n } else { i };
    if k < 0 || k >= n {
        return Err(Error::new(Exc::IndexError, "deque index out of range"));
    }
    Ok(d.items[k as usize].clone())
}

fn deque_this(args: &Args) -> DequeRef {
    match args.this() {
        Value::Deque(d) => d.clone(),
        _ => Rc::new(RefCell::new(Deque::default())),
    }
}

fn deque_new(it: &mut Interp, args: &Args) -> Result<Value> {
    let maxlen = match args.get("maxlen") {
        Value::None => None,
        v => {
            let n = super::numpy::to_index(&v)?;
            if n < 0 {
                return Err(Error::value_error("maxlen must be non-negative"));
            }
            Some(n as usize)
        }
    };
    let mut d = Deque {
        items: Default::default(),
        maxlen,
    };
    for x in it.iterate(&args.get("iterable"))? {
        d.push_back(x);
    }
    Ok(Value::Deque(Rc::new(RefCell::new(d))))
}

fn append(_: &mut Interp, args: &Args) -> Result<Value> {
    deque_this(args).borrow_mut().push_back(args.get("x"));
    Ok(Value::None)
}

fn appendleft(_: &mut Interp, args: &Args) -> Result<Value> {
    deque_this(args).borrow_mut().push_front(args.get("x"));
    Ok(Value::None)
}

fn empty_pop() -> Error {
    Error::new(Exc::IndexError, "pop from an empty deque")
}

fn dq_pop(_: &mut Interp, args: &Args) -> Result<Value> {
    deque_this(args)
        .borrow_mut()
        .items
        .pop_back()
        .ok_or_else(empty_pop)
}

fn popleft(_: &mut Interp, args: &Args) -> Result<Value> {
    deque_this(args)
        .borrow_mut()
        .items
        .pop_front()
        .ok_or_else(empty_pop)
}

fn extend(it: &mut Interp, args: &Args) -> Result<Value> {
    let items = it.iterate(&args.get("iterable"))?;
    let d = deque_this(args);
    for x in items {
        d.borrow_mut().push_back(x);
    }
    Ok(Value::None)
}

fn extendleft(it: &mut Interp, args: &Args) -> Result<Value> {
    let items = it.iterate(&args.get("iterable"))?;
    let d = deque_this(args);
    for x in items {
        d.borrow_mut().push_front(x);
    }
    Ok(Value::None)
}

fn rotate(_: &mut Interp, args: &Args) -> Result<Value> {
    let n = super::numpy::to_index(&args.get("n"))?;
    let d = deque_this(args);
    let mut d = d.borrow_mut();
    let len = d.items.len() as i64;
    if len > 1 {
        let k = n.rem_euclid(len) as usize;
        d.items.rotate_right(k);
    }
    Ok(Value::None)
}

fn dq_clear(_: &mut Interp, args: &Args) -> Result<Value> {
    deque_this(args).borrow_mut().items.clear();
    Ok(Value::None)
}

fn dq_copy(_: &mut Interp, args: &Args) -> Result<Value> {
    let d = deque_this(args).borrow().clone();
    Ok(Value::Deque(Rc::new(RefCell::new(d))))
}

fn dq_reverse(_: &mut Interp, args: &Args) -> Result<Value> {
    let d = deque_this(args);
    let mut d = d.borrow_mut();
    let v: Vec<Value> = d.items.drain(..).rev().collect();
    d.items.extend(v);
    Ok(Value::None)
}

fn dq_count(it: &mut Interp, args: &Args) -> Result<Value> {
    let items: Vec<Value> = deque_this(args).borrow().items.iter().cloned().collect();
    let x = args.get("x");
    let mut n = 0;
    for v in &items {
        let eq = it.compare(CmpOp::Eq, v, &x)?;
        if it.truthy(&eq)? {
            n += 1;
        }
    }
    Ok(Value::int(n))
}

fn dq_remove(it: &mut Interp, args: &Args) -> Result<Value> {
    let d = deque_this(args);
    let items: Vec<Value> = d.borrow().items.iter().cloned().collect();
    let x = args.get("value");
    for (i, v) in items.iter().enumerate() {
        let eq = it.compare(CmpOp::Eq, v, &x)?;
        if it.truthy(&eq)? {
            d.borrow_mut().items.remove(i);
            return Ok(Value::None);
        }
    }
    Err(Error::value_error(format!(
        "{} is not in deque",
        super::repr(&x, &it.print_options)
    )))
}

pub static DEQUE_METHODS: &[FnDef] = &[
    method!(
        "append",
        [p!(PositionalOnly "x", "The item.")],
        "Add x to the right end.",
        append
    ),
    method!(
        "appendleft",
        [p!(PositionalOnly "x", "The item.")],
        "Add x to the left end.",
        appendleft
    ),
    method!("pop", [], "Remove and give the rightmost item.", dq_pop),
    method!("popleft", [], "Remove and give the leftmost item.", popleft),
    method!(
        "extend",
        [p!(PositionalOnly "iterable", "Items.")],
        "Append the items on the right.",
        extend
    ),
    method!(
        "extendleft",
        [p!(PositionalOnly "iterable", "Items.")],
        "Append the items on the left, one by one (so reversed).",
        extendleft
    ),
    method!(
        "rotate",
        [p!(PositionalOnly "n" = "1", "Steps (negative: to the left).")],
        "Rotate n steps to the right.",
        rotate
    ),
    method!("clear", [], "Remove all items.", dq_clear),
    method!("copy", [], "A shallow copy.", dq_copy),
    method!("reverse", [], "Reverse in place.", dq_reverse),
    method!(
        "count",
        [p!(PositionalOnly "x", "The item.")],
        "How many items equal x.",
        dq_count
    ),
    method!(
        "remove",
        [p!(PositionalOnly "value", "The item.")],
        "Remove the first item equal to value.",
        dq_remove
    ),
];

/// `dq.maxlen`.
pub fn deque_attribute(d: &DequeRef, name: &str) -> Option<Value> {
    (name == "maxlen").then(|| match d.borrow().maxlen {
        Some(n) => Value::int(n as i64),
        None => Value::None,
    })
}

/// A class made by `namedtuple()`: its instances are named tuples.
#[derive(Debug)]
pub struct NamedClass {
    pub kind: &'static super::value::NamedKind,
    /// Defaults of the rightmost fields.
    pub defaults: Vec<Value>,
}

pub(super) fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    chars.next().is_some_and(|c| c.is_alphabetic() || c == '_')
        && chars.all(|c| c.is_alphanumeric() || c == '_')
}

const KEYWORDS: &[&str] = &[
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
    "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
    "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
    "with", "yield",
];

fn namedtuple(it: &mut Interp, args: &Args) -> Result<Value> {
    let Value::Str(typename) = args.get("typename") else {
        return Err(Error::type_error(
            "namedtuple() typename must be a str in npcalc",
        ));
    };
    let fields: Vec<String> = match args.get("field_names") {
        Value::Str(s) => s
            .replace(',', " ")
            .split_whitespace()
            .map(String::from)
            .collect(),
        other => it
            .iterate(&other)?
            .into_iter()
            .map(|v| match v {
                Value::Str(s) => Ok(s.to_string()),
                other => Err(Error::type_error(format!(
                    "Type names and field names must be strings, not {}",
                    other.type_name()
                ))),
            })
            .collect::<Result<_>>()?,
    };
    if it.truthy(&args.get("rename"))? {
        return Err(Error::type_error(
            "namedtuple()'s rename=True is not supported in npcalc",
        ));
    }
    for name in std::iter::once(&typename.to_string()).chain(&fields) {
        if !is_identifier(name) {
            return Err(Error::value_error(format!(
                "Type names and field names must be valid identifiers: '{name}'"
            )));
        }
        if KEYWORDS.contains(&name.as_str()) {
            return Err(Error::value_error(format!(
                "Type names and field names cannot be a keyword: '{name}'"
            )));
        }
    }
    let mut seen = std::collections::HashSet::new();
    for name in &fields {
        if name.starts_with('_') {
            return Err(Error::value_error(format!(
                "Field names cannot start with an underscore: '{name}'"
            )));
        }
        if !seen.insert(name) {
            return Err(Error::value_error(format!(
                "Encountered duplicate field name: '{name}'"
            )));
        }
    }
    let defaults = match args.get("defaults") {
        Value::None => vec![],
        v => it.iterate(&v)?,
    };
    if defaults.len() > fields.len() {
        return Err(Error::type_error(
            "Got more default values than field names",
        ));
    }
    // Each call makes a new class that lives as long as the session.
    let qualname: &'static str = Box::leak(format!("__main__.{typename}").into_boxed_str());
    let fields: &'static [&'static str] = Box::leak(
        fields
            .into_iter()
            .map(|f| &*Box::leak(f.into_boxed_str()))
            .collect::<Vec<&'static str>>()
            .into_boxed_slice(),
    );
    let kind = Box::leak(Box::new(super::value::NamedKind { qualname, fields }));
    Ok(Value::NamedClass(Rc::new(NamedClass { kind, defaults })))
}

/// Python's list of names in an argument error: 'a', 'a' and 'b', 'a', 'b' and 'c'.
fn name_list(names: &[&str]) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    match quoted.len() {
        0 => String::new(),
        1 => quoted[0].clone(),
        2 => format!("{} and {}", quoted[0], quoted[1]),
        n => format!("{}, and {}", quoted[..n - 1].join(", "), quoted[n - 1]),
    }
}

/// `Point(1, y=2)`: the generated `__new__`'s argument binding and errors.
pub fn instantiate(c: &NamedClass, call: super::table::CallArgs) -> Result<Value> {
    let k = c.kind;
    let n = k.fields.len();
    let who = format!("{}.__new__()", k.name());
    let given = call.positional.len();
    if given > n {
        let takes = if c.defaults.is_empty() {
            format!("{}", n + 1)
        } else {
            format!("from {} to {}", n + 1 - c.defaults.len(), n + 1)
        };
        return Err(Error::type_error(format!(
            "{who} takes {takes} positional arguments but {} were given",
            given + 1
        )));
    }
    let mut slots: Vec<Option<Value>> = vec![None; n];
    for (i, (v, _)) in call.positional.into_iter().enumerate() {
        slots[i] = Some(v);
    }
    for (name, v, _) in call.keywords {
        let Some(i) = k.fields.iter().position(|f| *f == name) else {
            return Err(Error::type_error(format!(
                "{who} got an unexpected keyword argument '{name}'"
            )));
        };
        if slots[i].is_some() {
            return Err(Error::type_error(format!(
                "{who} got multiple values for argument '{name}'"
            )));
        }
        slots[i] = Some(v);
    }
    let first_default = n - c.defaults.len();
    for (i, slot) in slots.iter_mut().enumerate() {
        if slot.is_none() && i >= first_default {
            *slot = Some(c.defaults[i - first_default].clone());
        }
    }
    let missing: Vec<&str> = (0..n)
        .filter(|&i| slots[i].is_none())
        .map(|i| k.fields[i])
        .collect();
    if !missing.is_empty() {
        let s = if missing.len() == 1 { "" } else { "s" };
        return Err(Error::type_error(format!(
            "{who} missing {} required positional argument{s}: {}",
            missing.len(),
            name_list(&missing)
        )));
    }
    Ok(k.make(slots.into_iter().flatten().collect()))
}

/// `Point._fields`, `Point._field_defaults`, `Point._make`, `Point.__name__`.
pub fn class_attribute(c: &Rc<NamedClass>, name: &str) -> Result<Value> {
    let k = c.kind;
    Ok(match name {
        "_fields" => Value::tuple(k.fields.iter().map(|f| Value::str(f)).collect()),
        "_field_defaults" => {
            let first = k.fields.len() - c.defaults.len();
            let pairs = k.fields[first..]
                .iter()
                .zip(&c.defaults)
                .map(|(f, v)| (Value::str(f), v.clone()));
            dict::value(PyDict::from_pairs(pairs)?)
        }
        "_make" => Value::Method(Box::new(Value::NamedClass(c.clone())), &MAKE),
        "__name__" => Value::str(k.name()),
        _ => {
            return Err(Error::attribute_error(format!(
                "type object '{}' has no attribute '{name}'",
                k.name()
            )));
        }
    })
}

fn make(it: &mut Interp, args: &Args) -> Result<Value> {
    let Value::NamedClass(c) = args.this() else {
        return Err(Error::type_error("_make needs a named tuple class"));
    };
    let items = it.iterate(&args.get("iterable"))?;
    if items.len() != c.kind.fields.len() {
        return Err(Error::type_error(format!(
            "Expected {} arguments, got {}",
            c.kind.fields.len(),
            items.len()
        )));
    }
    Ok(c.kind.make(items))
}

static MAKE: FnDef = method!(
    "_make",
    [p!(PositionalOnly "iterable", "The field values.")],
    "A new instance from an iterable.",
    make
);

fn asdict(_: &mut Interp, args: &Args) -> Result<Value> {
    let Value::NamedTuple(k, items) = args.this() else {
        return Ok(dict::value(PyDict::new()));
    };
    let pairs = k
        .fields
        .iter()
        .zip(items.iter())
        .map(|(f, v)| (Value::str(f), v.clone()));
    Ok(dict::value(PyDict::from_pairs(pairs)?))
}

fn replace(_: &mut Interp, args: &Args) -> Result<Value> {
    let Value::NamedTuple(k, items) = args.this() else {
        return Ok(Value::None);
    };
    let mut items = items.to_vec();
    let mut unknown = Vec::new();
    if let Value::Dict(kw) = args.get("kwds") {
        for (name, v) in kw.borrow().entries() {
            let Value::Str(name) = name else { continue };
            match k.fields.iter().position(|f| **f == **name) {
                Some(i) => items[i] = v.clone(),
                None => unknown.push(name.to_string()),
            }
        }
    }
    if !unknown.is_empty() {
        let reprs: Vec<String> = unknown.iter().map(|n| format!("'{n}'")).collect();
        return Err(Error::value_error(format!(
            "Got unexpected field names: [{}]",
            reprs.join(", ")
        )));
    }
    Ok(Value::NamedTuple(k, items.into()))
}

static ASDICT: FnDef = method!(
    "_asdict",
    [],
    "A new dict mapping field names to values.",
    asdict
);
static REPLACE: FnDef = method!(
    "_replace",
    [p!(VarKeyword "kwds", "Fields and their new values.")],
    "A new instance with some fields replaced.",
    replace
);

/// `p._asdict` and `p._replace` on a named tuple.
pub fn named_method(v: &Value, name: &str) -> Option<Value> {
    let f = match name {
        "_asdict" => &ASDICT,
        "_replace" => &REPLACE,
        _ => return None,
    };
    Some(Value::Method(Box::new(v.clone()), f))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bounded_deque_drops_from_the_other_end() {
        let mut d = Deque {
            items: Default::default(),
            maxlen: Some(2),
        };
        for i in 0..3 {
            d.push_back(Value::int(i));
        }
        d.push_front(Value::int(9));
        let items: Vec<String> = d.items.iter().map(|v| format!("{v:?}")).collect();
        assert_eq!(items.len(), 2);
        assert!(items[0].contains('9'));
    }

    #[test]
    fn argument_lists_read_as_python_writes_them() {
        assert_eq!(name_list(&["x"]), "'x'");
        assert_eq!(name_list(&["x", "y"]), "'x' and 'y'");
        assert_eq!(name_list(&["x", "y", "z"]), "'x', 'y', and 'z'");
    }
}
