//! itertools' combinatoric iterators, ports of itertoolsmodule.c: each
//! reads its input into a pool when made (as CPython does) and then steps
//! an index vector per item, so that `combinations(range(40), 20)` costs
//! nothing until used.

use super::Interp;
use super::iter::Lazy;
use super::iterfns::lazy;
use super::table::Args;
use super::value::Value;
use crate::error::{Error, Result};
use num_traits::ToPrimitive;
use std::rc::Rc;

/// A pool's items at the given positions, as one tuple.
fn pick(pool: &[Value], indices: &[usize]) -> Value {
    Value::tuple(indices.iter().map(|&i| pool[i].clone()).collect())
}

/// An int argument read as a C `Py_ssize_t` (format code `n`).
pub(super) fn ssize(v: &Value) -> Result<i64> {
    match v {
        Value::Int(i) => i
            .to_i64()
            .ok_or_else(|| Error::overflow_error("Python int too large to convert to C ssize_t")),
        _ => super::numpy::to_index(v),
    }
}

/// `r` as CPython's combinations take it: a non-negative `Py_ssize_t`.
fn length(v: &Value) -> Result<usize> {
    usize::try_from(ssize(v)?).map_err(|_| Error::value_error("r must be non-negative"))
}

/// `r` zeroed indices, allocated as CPython does before it looks at the
/// pool: an `r` from the input too large to hold is a MemoryError.
fn zeros(r: usize) -> Result<Vec<usize>> {
    super::alloc::repeated(&[0], r)
}

/// The indices of the first item, or `None` once the iterator is done.
type State = Option<Vec<usize>>;

struct Product {
    pools: Vec<Rc<[Value]>>,
    indices: State,
    started: bool,
}

impl Lazy for Product {
    fn next(&mut self, _: &mut Interp) -> Result<Option<Value>> {
        let Some(indices) = &mut self.indices else {
            return Ok(None);
        };
        if std::mem::replace(&mut self.started, true) {
            // An odometer: the rightmost index turns fastest.
            let turned = (0..indices.len()).rev().find(|&i| {
                indices[i] += 1;
                if indices[i] < self.pools[i].len() {
                    return true;
                }
                indices[i] = 0;
                false
            });
            if turned.is_none() {
                self.indices = None;
                return Ok(None);
            }
        }
        let row = (self.pools.iter().zip(indices.iter()))
            .map(|(pool, &i)| pool[i].clone())
            .collect();
        Ok(Some(Value::tuple(row)))
    }
}

pub(super) fn product(it: &mut Interp, args: &Args) -> Result<Value> {
    let repeat = ssize(&args.get("repeat"))?;
    let repeat = usize::try_from(repeat)
        .map_err(|_| Error::value_error("repeat argument cannot be negative"))?;
    let iterables = match args.get("iterables") {
        Value::Tuple(t) => t.to_vec(),
        _ => Vec::new(),
    };
    // Each item is a tuple of one element per pool.
    if iterables
        .len()
        .checked_mul(repeat)
        .is_none_or(|n| n > 1_000_000)
    {
        return Err(Error::overflow_error(
            "itertools.product of more than 10**6 iterables (with repeat) is too large for npcalc",
        ));
    }
    let mut pools = Vec::with_capacity(iterables.len() * repeat);
    for v in &iterables {
        pools.push(Rc::from(it.iterate(v)?));
    }
    let pools: Vec<Rc<[Value]>> = (0..repeat).flat_map(|_| pools.iter().cloned()).collect();
    let indices = (!pools.iter().any(|p| p.is_empty())).then(|| vec![0; pools.len()]);
    let p = Product {
        pools,
        indices,
        started: false,
    };
    Ok(lazy("itertools.product", p))
}

/// `combinations` (increasing indices) and `combinations_with_replacement`
/// (non-decreasing ones).
struct Combinations {
    pool: Rc<[Value]>,
    indices: State,
    started: bool,
    replace: bool,
}

impl Lazy for Combinations {
    fn next(&mut self, _: &mut Interp) -> Result<Option<Value>> {
        let Some(indices) = &mut self.indices else {
            return Ok(None);
        };
        let (n, r) = (self.pool.len(), indices.len());
        if std::mem::replace(&mut self.started, true) {
            // The rightmost index not yet at its largest value moves on;
            // those after it restart just after (or at) it.
            let last = |i: usize| if self.replace { n - 1 } else { i + n - r };
            let Some(i) = (0..r).rev().find(|&i| indices[i] != last(i)) else {
                self.indices = None;
                return Ok(None);
            };
            indices[i] += 1;
            for j in i + 1..r {
                indices[j] = indices[j - 1] + usize::from(!self.replace);
            }
        }
        Ok(Some(pick(&self.pool, indices)))
    }
}

fn combinations_of(it: &mut Interp, args: &Args, replace: bool) -> Result<Value> {
    let pool: Rc<[Value]> = Rc::from(it.iterate(&args.get("iterable"))?);
    let r = length(&args.get("r"))?;
    let n = pool.len();
    let mut indices = zeros(r)?;
    if !replace {
        indices.iter_mut().enumerate().for_each(|(i, x)| *x = i);
    }
    let done = if replace { n == 0 && r > 0 } else { r > n };
    let indices = (!done).then_some(indices);
    let c = Combinations {
        pool,
        indices,
        started: false,
        replace,
    };
    let kind = if replace {
        "itertools.combinations_with_replacement"
    } else {
        "itertools.combinations"
    };
    Ok(lazy(kind, c))
}

pub(super) fn combinations(it: &mut Interp, args: &Args) -> Result<Value> {
    combinations_of(it, args, false)
}

pub(super) fn combinations_with_replacement(it: &mut Interp, args: &Args) -> Result<Value> {
    combinations_of(it, args, true)
}

/// CPython's permutations: `indices` is a permutation of the pool's
/// positions whose first `r` are given out; `cycles` counts, per position,
/// the swaps left before it rotates back.
struct Permutations {
    pool: Rc<[Value]>,
    indices: Vec<usize>,
    cycles: Vec<usize>,
    started: bool,
    done: bool,
}

impl Lazy for Permutations {
    fn next(&mut self, _: &mut Interp) -> Result<Option<Value>> {
        if self.done {
            return Ok(None);
        }
        let (n, r) = (self.pool.len(), self.cycles.len());
        if std::mem::replace(&mut self.started, true) {
            let stepped = (0..r).rev().find(|&i| {
                self.cycles[i] -= 1;
                if self.cycles[i] == 0 {
                    self.indices[i..].rotate_left(1);
                    self.cycles[i] = n - i;
                    false
                } else {
                    let j = self.cycles[i];
                    self.indices.swap(i, n - j);
                    true
                }
            });
            if stepped.is_none() {
                self.done = true;
                return Ok(None);
            }
        }
        Ok(Some(pick(&self.pool, &self.indices[..r])))
    }
}

pub(super) fn permutations(it: &mut Interp, args: &Args) -> Result<Value> {
    let pool: Rc<[Value]> = Rc::from(it.iterate(&args.get("iterable"))?);
    let n = pool.len();
    let r = match args.get("r") {
        Value::None => n,
        v @ (Value::Int(_) | Value::Bool(_)) => length(&v)?,
        _ => return Err(Error::type_error("Expected int as r")),
    };
    let mut cycles = zeros(r)?;
    cycles.truncate(n);
    cycles.iter_mut().enumerate().for_each(|(i, c)| *c = n - i);
    let p = Permutations {
        pool,
        indices: (0..n).collect(),
        cycles,
        started: false,
        done: r > n,
    };
    Ok(lazy("itertools.permutations", p))
}
