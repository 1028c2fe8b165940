//! Python's `heapq` as CPython 3.11 has it: the C sift loops of
//! Modules/_heapqmodule.c (so a list's order after each push and pop is
//! CPython's), and Lib/heapq.py's `nsmallest`, `nlargest` and `merge`
//! built on their max-heap variants.

use super::iter::{Lazy, PyIter};
use super::table::{Args, CallArgs, FnDef, builtin, p, python_fn};
use super::{Interp, Value};
use crate::error::{Error, Exc, Result};
use crate::syntax::ast::CmpOp;
use std::rc::Rc;

pub static HEAPQ: &[FnDef] = &[
    builtin!(counts
        "heappush",
        [
            p!(PositionalOnly "heap", "A list kept as a heap."),
            p!(PositionalOnly "item", "The value to add.")
        ],
        "Push item onto heap, keeping it a heap.",
        [],
        |it, args| {
            let heap = list_arg(args, "heappush() argument 1")?;
            heap.borrow_mut().push(args.get("item"));
            let last = heap.len() - 1;
            sift_list(it, &heap, |it, h| sift_down(it, h, 0, last, &mut less))?;
            Ok(Value::None)
        }
    ),
    builtin!(
        "heappop",
        [p!(PositionalOnly "heap", "A list kept as a heap.")],
        "Pop the smallest item off heap, keeping it a heap.",
        [],
        |it, args| {
            let heap = list_arg(args, "heappop() argument")?;
            pop(it, &heap, &mut less)
        }
    ),
    builtin!(counts
        "heapreplace",
        [
            p!(PositionalOnly "heap", "A list kept as a heap."),
            p!(PositionalOnly "item", "The value to add.")
        ],
        "Pop the smallest item and push item, in one step (the heap must not be empty).",
        [],
        |it, args| {
            let heap = list_arg(args, "heapreplace() argument 1")?;
            replace(it, &heap, args.get("item"), &mut less)
        }
    ),
    builtin!(counts
        "heappushpop",
        [
            p!(PositionalOnly "heap", "A list kept as a heap."),
            p!(PositionalOnly "item", "The value to add.")
        ],
        "Push item, then pop the smallest item, in one step.",
        [],
        pushpop
    ),
    builtin!(
        "heapify",
        [p!(PositionalOnly "heap", "A list.")],
        "Rearrange the list into a heap, in place.",
        [],
        |it, args| {
            let heap = list_arg(args, "heapify() argument")?;
            heapify(it, &heap, &mut less)?;
            Ok(Value::None)
        }
    ),
    python_fn!(
        "nlargest",
        [
            p!(Normal "n", "How many."),
            p!(Normal "iterable", "The data."),
            p!(Normal "key" = "None", "A function giving each item's sort key.")
        ],
        "The n largest items, largest first (sorted(iterable, key=key, reverse=True)[:n]).",
        |it, args| select(it, args, true)
    ),
    python_fn!(
        "nsmallest",
        [
            p!(Normal "n", "How many."),
            p!(Normal "iterable", "The data."),
            p!(Normal "key" = "None", "A function giving each item's sort key.")
        ],
        "The n smallest items, smallest first (sorted(iterable, key=key)[:n]).",
        |it, args| select(it, args, false)
    ),
    python_fn!(
        "merge",
        [
            p!(VarPositional "iterables", "Sorted iterables."),
            p!(KeywordOnly "key" = "None", "A function giving each item's sort key."),
            p!(KeywordOnly "reverse" = "False", "Whether the inputs are sorted largest first.")
        ],
        "A generator of the items of the sorted inputs, in sorted order.",
        merge
    ),
];

type List = Rc<super::listobj::List>;

/// The C functions take a list and nothing else (`subclass_of=&PyList_Type`).
fn list_arg(args: &Args, what: &str) -> Result<List> {
    match args.get("heap") {
        Value::List(l) => Ok(l),
        other => Err(Error::type_error(format!(
            "{what} must be list, not {}",
            other.type_name()
        ))),
    }
}

fn less(it: &mut Interp, a: &Value, b: &Value) -> Result<bool> {
    let lt = it.compare(CmpOp::Lt, a, b)?;
    it.truthy(&lt)
}

/// `a < b` of two items of a max-heap is `b < a` of the min-heap code.
fn greater(it: &mut Interp, a: &Value, b: &Value) -> Result<bool> {
    less(it, b, a)
}

/// Runs a sift over a list's items, then stores them back; a comparison
/// that changes the list's size stops it as CPython does.
fn sift_list(
    it: &mut Interp,
    heap: &List,
    sift: impl FnOnce(&mut Interp, &mut Sifted) -> Result<()>,
) -> Result<()> {
    let mut h = Sifted {
        items: heap.to_vec(),
        list: Some(heap.clone()),
    };
    sift(it, &mut h)?;
    *heap.borrow_mut() = h.items;
    Ok(())
}

/// The items being sifted, and the list they came from (to notice it resized).
struct Sifted {
    items: Vec<Value>,
    list: Option<List>,
}

impl Sifted {
    fn check(&self) -> Result<()> {
        match &self.list {
            Some(l) if l.len() != self.items.len() => Err(Error::new(
                Exc::RuntimeError,
                "list changed size during iteration",
            )),
            _ => Ok(()),
        }
    }
}

type Less = dyn FnMut(&mut Interp, &Value, &Value) -> Result<bool>;

/// `siftdown`: move the item at pos up towards startpos while it is below its parent.
fn sift_down(
    it: &mut Interp,
    h: &mut Sifted,
    start: usize,
    mut pos: usize,
    lt: &mut Less,
) -> Result<()> {
    while pos > start {
        let parent = (pos - 1) >> 1;
        let below = lt(it, &h.items[pos], &h.items[parent])?;
        h.check()?;
        if !below {
            break;
        }
        h.items.swap(parent, pos);
        pos = parent;
    }
    Ok(())
}

/// `siftup`: bubble the smaller child up to a leaf, then sift down from there.
fn sift_up(it: &mut Interp, h: &mut Sifted, mut pos: usize, lt: &mut Less) -> Result<()> {
    let end = h.items.len();
    let start = pos;
    let limit = end >> 1;
    while pos < limit {
        let mut child = 2 * pos + 1;
        if child + 1 < end {
            let left_first = lt(it, &h.items[child], &h.items[child + 1])?;
            child += usize::from(!left_first);
            h.check()?;
        }
        h.items.swap(child, pos);
        pos = child;
    }
    sift_down(it, h, start, pos, lt)
}

fn heapify(it: &mut Interp, heap: &List, lt: &mut Less) -> Result<()> {
    // CPython's cache-friendly order for long lists sifts the same subtrees
    // children first, and so ends in the same list.
    sift_list(it, heap, |it, h| {
        for i in (0..h.items.len() / 2).rev() {
            sift_up(it, h, i, lt)?;
        }
        Ok(())
    })
}

fn pop(it: &mut Interp, heap: &List, lt: &mut Less) -> Result<Value> {
    let Some(last) = heap.borrow_mut().pop() else {
        return Err(Error::new(Exc::IndexError, "index out of range"));
    };
    if heap.is_empty() {
        return Ok(last);
    }
    let top = std::mem::replace(&mut heap.borrow_mut()[0], last);
    sift_list(it, heap, |it, h| sift_up(it, h, 0, lt))?;
    Ok(top)
}

fn replace(it: &mut Interp, heap: &List, item: Value, lt: &mut Less) -> Result<Value> {
    if heap.is_empty() {
        return Err(Error::new(Exc::IndexError, "index out of range"));
    }
    let top = std::mem::replace(&mut heap.borrow_mut()[0], item);
    sift_list(it, heap, |it, h| sift_up(it, h, 0, lt))?;
    Ok(top)
}

fn pushpop(it: &mut Interp, args: &Args) -> Result<Value> {
    let heap = list_arg(args, "heappushpop() argument 1")?;
    let item = args.get("item");
    let Some(top) = heap.get(0) else {
        return Ok(item);
    };
    if !less(it, &top, &item)? {
        return Ok(item);
    }
    if heap.is_empty() {
        return Err(Error::new(Exc::IndexError, "index out of range"));
    }
    replace(it, &heap, item, &mut less)
}

/// `min(it, key=key)`/`max(...)` as `min_max` keeps the first extreme.
fn extreme(it: &mut Interp, items: Vec<Value>, key: &Value, largest: bool) -> Result<Vec<Value>> {
    let mut best: Option<(Value, Value)> = None;
    for item in items {
        let k = keyed(it, key, &item)?;
        let better = match &best {
            None => true,
            Some((bk, _)) if largest => greater(it, &k, bk)?,
            Some((bk, _)) => less(it, &k, bk)?,
        };
        if better {
            best = Some((k, item));
        }
    }
    Ok(best.map(|(_, v)| v).into_iter().collect())
}

fn keyed(it: &mut Interp, key: &Value, item: &Value) -> Result<Value> {
    match key {
        Value::None => Ok(item.clone()),
        f => super::classes::call_with(it, f, vec![item.clone()]),
    }
}

/// `list.sort(key=key, reverse=reverse)` on a new list of the items.
fn sorted(it: &mut Interp, items: Vec<Value>, key: &Value, reverse: bool) -> Result<Vec<Value>> {
    let list = Rc::new(super::listobj::List::new(items));
    let sort = it.getattr(&Value::List(list.clone()), "sort")?;
    let span = Default::default();
    let call = CallArgs {
        positional: Vec::new(),
        keywords: vec![
            ("key".into(), key.clone(), span),
            ("reverse".into(), Value::Bool(reverse), span),
        ],
    };
    it.call(&sort, call, span)?;
    Ok(list.to_vec())
}

/// `nsmallest`/`nlargest` of Lib/heapq.py: a max-heap (min-heap) of the
/// first n (key, order, item) tuples, replaced from the rest, then sorted.
fn select(it: &mut Interp, args: &Args, largest: bool) -> Result<Value> {
    let (n, iterable, key) = (args.get("n"), args.get("iterable"), args.get("key"));
    let one = it.compare(CmpOp::Eq, &n, &Value::int(1))?;
    if it.truthy(&one)? {
        let items = it.iterate(&iterable)?;
        return Ok(Value::list(extreme(it, items, &key, largest)?));
    }
    let n = super::combinatoric::ssize(&n)?;
    let size = match super::classes::len(it, &iterable) {
        Some(r) => r.ok(),
        None => super::builtins::len_of(&iterable).ok(),
    };
    let items = it.iterate(&iterable)?;
    if let Some(size) = size
        && n >= size as i64
    {
        let mut all = sorted(it, items, &key, largest)?;
        all.truncate(n.max(0) as usize);
        return Ok(Value::list(all));
    }
    let take = n.max(0) as usize;
    let mut rest = items.into_iter();
    let mut decorated = Vec::new();
    // nlargest counts its order down, so equal keys keep their input order.
    let order = |i: i64| Value::int(if largest { -i } else { i });
    for (i, item) in rest.by_ref().take(take).enumerate() {
        decorated.push(decorate(it, &key, item, order(i as i64))?);
    }
    if decorated.is_empty() {
        return Ok(Value::list(vec![]));
    }
    let heap = Rc::new(super::listobj::List::new(decorated));
    let mut heap_lt: Box<Less> = if largest {
        Box::new(less)
    } else {
        Box::new(greater)
    };
    heapify(it, &heap, &mut *heap_lt)?;
    let mut top = first(&heap);
    let mut next = n;
    for item in rest {
        let k = keyed(it, &key, &item)?;
        let wins = if largest {
            less(it, &top, &k)?
        } else {
            less(it, &k, &top)?
        };
        if wins {
            let entry = decorate(it, &key, item, order(next))?;
            replace(it, &heap, entry, &mut *heap_lt)?;
            top = first(&heap);
            next += 1;
        }
    }
    let result = sorted(it, heap.to_vec(), &Value::None, largest)?;
    // The item is first in (elem, order), last in (key, order, elem).
    let at = if matches!(key, Value::None) { 0 } else { 2 };
    Ok(Value::list(
        result
            .into_iter()
            .map(|t| match t {
                Value::Tuple(t) => t[at].clone(),
                other => other,
            })
            .collect(),
    ))
}

/// `(elem, order)`, or `(key(elem), order, elem)` with a key.
fn decorate(it: &mut Interp, key: &Value, item: Value, order: Value) -> Result<Value> {
    Ok(match key {
        Value::None => Value::tuple(vec![item, order]),
        f => {
            let k = super::classes::call_with(it, f, vec![item.clone()])?;
            Value::tuple(vec![k, order, item])
        }
    })
}

/// The key of the heap's top tuple.
fn first(heap: &List) -> Value {
    match heap.get(0) {
        Some(Value::Tuple(t)) => t[0].clone(),
        _ => Value::None,
    }
}

fn merge(_: &mut Interp, args: &Args) -> Result<Value> {
    let Value::Tuple(iterables) = args.get("iterables") else {
        unreachable!("*iterables binds a tuple")
    };
    Ok(super::iterfns::lazy(
        "generator",
        Merge {
            iterables: Some(iterables.to_vec()),
            key: args.get("key"),
            reverse: args.get("reverse"),
            heap: Vec::new(),
            last: None,
        },
    ))
}

/// One input of `merge`: `[key, order, value, next]` in Lib/heapq.py.
struct Source {
    key: Value,
    order: i64,
    value: Value,
    iter: PyIter,
}

/// Lib/heapq.py's `merge` generator, stepped one item at a time.
struct Merge {
    /// The inputs, until the first step turns them into the heap.
    iterables: Option<Vec<Value>>,
    key: Value,
    reverse: Value,
    heap: Vec<Source>,
    /// The one input left, yielded from to its end.
    last: Option<PyIter>,
}

impl Merge {
    /// `[k1, o1, …] < [k2, o2, …]`: list order, which looks past equal keys
    /// to the (distinct) orders; reversed for a max-heap.
    fn lt(&self, it: &mut Interp, a: &Source, b: &Source, max: bool) -> Result<bool> {
        let (a, b) = if max { (b, a) } else { (a, b) };
        if super::identical(&a.key, &b.key) || {
            let eq = it.compare(CmpOp::Eq, &a.key, &b.key)?;
            it.truthy(&eq)?
        } {
            return Ok(a.order < b.order);
        }
        less(it, &a.key, &b.key)
    }

    fn start(&mut self, it: &mut Interp, iterables: Vec<Value>) -> Result<()> {
        let reverse = it.truthy(&self.reverse)?;
        let direction = if reverse { -1 } else { 1 };
        for (order, v) in iterables.iter().enumerate() {
            let mut iter = PyIter::new(v)?;
            if let Some(value) = iter.next_item(it)? {
                let key = keyed(it, &self.key, &value)?;
                self.heap.push(Source {
                    key,
                    order: order as i64 * direction,
                    value,
                    iter,
                });
            }
        }
        for i in (0..self.heap.len() / 2).rev() {
            self.sift_up(it, i, reverse)?;
        }
        Ok(())
    }

    /// `siftup` (`_siftup_max` when reversed) over the sources.
    fn sift_up(&mut self, it: &mut Interp, mut pos: usize, max: bool) -> Result<()> {
        let end = self.heap.len();
        let start = pos;
        while pos < end >> 1 {
            let mut child = 2 * pos + 1;
            if child + 1 < end {
                let (l, r) = (&self.heap[child], &self.heap[child + 1]);
                let left_first = if max {
                    self.lt(it, r, l, false)?
                } else {
                    self.lt(it, l, r, false)?
                };
                child += usize::from(!left_first);
            }
            self.heap.swap(child, pos);
            pos = child;
        }
        while pos > start {
            let parent = (pos - 1) >> 1;
            if !self.lt(it, &self.heap[pos], &self.heap[parent], max)? {
                break;
            }
            self.heap.swap(parent, pos);
            pos = parent;
        }
        Ok(())
    }
}

impl Lazy for Merge {
    fn next(&mut self, it: &mut Interp) -> Result<Option<Value>> {
        if let Some(iterables) = self.iterables.take() {
            self.start(it, iterables)?;
            if self.heap.len() == 1 {
                let s = self.heap.pop().expect("one source");
                self.last = Some(s.iter);
                return Ok(Some(s.value));
            }
            if let Some(s) = self.heap.first() {
                return Ok(Some(s.value.clone()));
            }
            return Ok(None);
        }
        if let Some(last) = &mut self.last {
            return last.next_item(it);
        }
        if self.heap.is_empty() {
            return Ok(None);
        }
        // The top's value went out last time: refill it from its input.
        let max = it.truthy(&self.reverse)?;
        match self.heap[0].iter.next_item(it)? {
            Some(value) => {
                let key = keyed(it, &self.key, &value)?;
                let top = &mut self.heap[0];
                top.key = key;
                top.value = value;
                self.sift_up(it, 0, max)?;
            }
            None => {
                let last = self.heap.pop().expect("a non-empty heap");
                if !self.heap.is_empty() {
                    self.heap[0] = last;
                    self.sift_up(it, 0, max)?;
                }
            }
        }
        if self.heap.len() == 1 {
            let s = self.heap.pop().expect("one source");
            self.last = Some(s.iter);
            return Ok(Some(s.value));
        }
        Ok(self.heap.first().map(|s| s.value.clone()))
    }
}
