//! Python's iteration protocol without materialising: a `for` loop, `in`,
//! unpacking and `list(x)` all pull items one at a time, so `range(10**9)`
//! costs nothing until used. Lists are walked by index, as CPython's list
//! iterator does, so a loop sees items appended during it.

use super::Interp;
use super::dict::{self, DictRef, View};
use super::generator::Generator;
use super::numpy;
use super::value::{Range, Value};
use crate::array::Array;
use crate::error::{Error, Result};
use std::rc::Rc;

pub enum PyIter {
    List(Rc<super::listobj::List>, usize),
    Tuple(Rc<[Value]>, usize),
    Chars(Rc<str>, usize),
    Range(Range, usize),
    /// A dict or one of its views, with the dict's size when iteration began.
    Dict(DictRef, View, usize, usize),
    /// A set: the table position and the size when iteration began.
    Set(super::pyset::SetRef, usize, usize),
    /// Sub-arrays (or scalars) along the first axis.
    Array(Array, usize),
    /// Items already computed (e.g. by `zip` or `map`).
    Items(std::vec::IntoIter<Value>),
    /// An iterator value: walking it consumes it, as in Python.
    Shared(Rc<std::cell::RefCell<PyIter>>),
    /// A generator function's frame, run up to its next `yield` on demand.
    Generator(Rc<std::cell::RefCell<Generator>>),
    /// An iterator computed item by item (`map`, `zip`, itertools…).
    Lazy(Box<dyn Lazy>),
}

/// The step of a lazy iterator: it may call back into the interpreter
/// (a `map` function, a generator it walks).
pub trait Lazy {
    fn next(&mut self, interp: &mut Interp) -> Result<Option<Value>>;
}

/// The value a call of a generator function returns.
pub fn generator_value(g: Generator) -> Value {
    let g = PyIter::Generator(Rc::new(std::cell::RefCell::new(g)));
    Value::Iter(Rc::new(std::cell::RefCell::new(g)), "generator")
}

impl PyIter {
    pub fn new(v: &Value) -> Result<PyIter> {
        Ok(match v {
            Value::Plot(a) if super::pyplot::items(a).is_some() => {
                PyIter::new(&Value::list(super::pyplot::items(a).unwrap_or_default()))?
            }
            Value::List(l) => PyIter::List(l.clone(), 0),
            Value::Tuple(t) | Value::NamedTuple(_, t) => PyIter::Tuple(t.clone(), 0),
            Value::Str(s) => PyIter::Chars(s.clone(), 0),
            Value::Range(r) => PyIter::Range(*r, 0),
            Value::Dict(d) => PyIter::Dict(d.clone(), View::Keys, 0, d.borrow().len()),
            Value::DictView(d, view) => PyIter::Dict(d.clone(), *view, 0, d.borrow().len()),
            Value::Set(s) => PyIter::Set(s.clone(), 0, s.borrow().len()),
            Value::Deque(d) => PyIter::Items(
                d.borrow()
                    .items
                    .iter()
                    .cloned()
                    .collect::<Vec<_>>()
                    .into_iter(),
            ),
            Value::Iter(state, _) => PyIter::Shared(state.clone()),
            Value::StringIo(s) => PyIter::Lazy(Box::new(super::pyio::lines(s)?)),
            Value::FlatIter(f) => PyIter::Lazy(Box::new(super::flatiter::Cursor(f.clone()))),
            Value::NdIter(it) => super::nditer::iterate(it),
            Value::Poly1d(p) => PyIter::Array(p.coeffs(), 0),
            Value::Array(a) => {
                if a.ndim() == 0 {
                    return Err(Error::type_error("iteration over a 0-d array"));
                }
                PyIter::Array(a.clone(), 0)
            }
            Value::Masked(_) => PyIter::Tuple(super::masked::items(v)?.into(), 0),
            Value::NpStr(s) => PyIter::Chars(s.clone(), 0),
            Value::ObjArray(o) => PyIter::Tuple(super::objarray::iterate(o)?.into(), 0),
            Value::TimeArray(t) => PyIter::Tuple(super::datetime64::items(t)?.into(), 0),
            Value::StrArray(sa) => {
                let Some(&n) = sa.shape().first() else {
                    return Err(Error::type_error("iteration over a 0-d array"));
                };
                let rows = (0..n)
                    .map(|k| {
                        let row =
                            super::numpy::getitem(&Value::Array(sa.codes.clone()), &Value::int(k))?;
                        Ok(super::strarray::wrap(sa, row))
                    })
                    .collect::<Result<Vec<Value>>>()?;
                PyIter::Tuple(rows.into(), 0)
            }
            Value::Instance(_) if let Some(i) = super::classes::InstanceIter::new(v) => {
                PyIter::Lazy(Box::new(i))
            }
            other => {
                return Err(Error::type_error(format!(
                    "'{}' object is not iterable",
                    other.type_name()
                )));
            }
        })
    }

    /// How many items are left, when known without iterating.
    pub fn size_hint(&self) -> usize {
        match self {
            PyIter::List(l, i) => l.len().saturating_sub(*i),
            PyIter::Tuple(t, i) => t.len().saturating_sub(*i),
            PyIter::Chars(..) => 0,
            PyIter::Range(r, i) => r.len().saturating_sub(*i),
            PyIter::Dict(d, _, i, _) => d.borrow().len().saturating_sub(*i),
            PyIter::Array(a, i) => a.shape()[0].saturating_sub(*i),
            PyIter::Set(s, ..) => s.borrow().len(),
            PyIter::Items(it) => it.len(),
            PyIter::Shared(s) => s.try_borrow().map_or(0, |s| s.size_hint()),
            PyIter::Generator(_) | PyIter::Lazy(_) => 0,
        }
    }

    /// How many items are left when the iterator knows, as CPython's
    /// `__length_hint__` answers (generators and lazy iterators do not).
    pub fn known_len(&self) -> Option<usize> {
        match self {
            PyIter::Chars(s, i) => Some(s[*i..].chars().count()),
            PyIter::Shared(s) => s.try_borrow().ok()?.known_len(),
            PyIter::Generator(_) | PyIter::Lazy(_) => None,
            other => Some(other.size_hint()),
        }
    }

    pub fn next_item(&mut self, interp: &mut Interp) -> Result<Option<Value>> {
        Ok(match self {
            PyIter::List(l, i) => {
                let item = l.get(*i);
                *i += 1;
                item
            }
            PyIter::Tuple(t, i) => {
                let item = t.get(*i).cloned();
                *i += 1;
                item
            }
            PyIter::Chars(s, i) => {
                let c = s[*i..].chars().next();
                c.map(|c| {
                    *i += c.len_utf8();
                    Value::str(c.encode_utf8(&mut [0; 4]))
                })
            }
            PyIter::Range(r, i) => {
                if *i >= r.len() {
                    None
                } else {
                    let v = r.start + *i as i64 * r.step;
                    *i += 1;
                    Some(Value::int(v))
                }
            }
            PyIter::Dict(d, view, i, size) => dict::view_next(d, *view, i, *size)?,
            PyIter::Set(s, i, size) => super::pyset::iter_next(s, i, *size)?,
            PyIter::Array(a, i) => {
                if *i >= a.shape()[0] {
                    None
                } else {
                    *i += 1;
                    Some(numpy::item_along_first_axis(a, *i - 1)?)
                }
            }
            PyIter::Items(it) => it.next(),
            PyIter::Shared(s) => {
                // A generator runs with its iterator free, so that its body
                // may look at itself (`repr(g)`, `g.send`) as CPython's can.
                let generator = match s.try_borrow() {
                    Ok(inner) => match &*inner {
                        PyIter::Generator(g) => Some(g.clone()),
                        _ => None,
                    },
                    Err(_) => None,
                };
                match generator {
                    Some(g) => interp.resume(&g)?,
                    None => match s.try_borrow_mut() {
                        Ok(mut s) => s.next_item(interp)?,
                        Err(_) => return Err(Error::value_error("generator already executing")),
                    },
                }
            }
            PyIter::Generator(g) => interp.resume(g)?,
            PyIter::Lazy(l) => l.next(interp)?,
        })
    }
}

impl std::fmt::Debug for PyIter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "<iterator, {} left>", self.size_hint())
    }
}

/// `needle in range(...)` by arithmetic, as CPython does for ints.
pub fn range_contains(r: &Range, needle: i64) -> bool {
    let (start, stop, step) = (r.start as i128, r.stop as i128, r.step as i128);
    let n = needle as i128;
    let inside = if step > 0 {
        start <= n && n < stop
    } else {
        stop < n && n <= start
    };
    inside && (n - start) % step == 0
}
