//! The methods of Python's `list`, as CPython 3.11 runs them
//! (Objects/listobject.c), with its error texts.

use super::table::{Args, CallArgs};
use super::{Interp, Value};
use crate::error::{Error, Result};
use crate::syntax::ast::CmpOp;
use std::rc::Rc;

type Items = Rc<super::listobj::List>;

/// The list a method is bound to (the table binds these methods only to lists).
fn this(args: &Args) -> Items {
    match args.this() {
        Value::List(items) => items.clone(),
        _ => Rc::new(super::listobj::List::new(Vec::new())),
    }
}

fn equal(it: &mut Interp, a: &Value, b: &Value) -> Result<bool> {
    let eq = it.compare(CmpOp::Eq, a, b)?;
    it.truthy(&eq)
}

/// An index argument: an int (or NumPy integer), CPython's message otherwise.
pub(super) fn index_arg(v: &Value) -> Result<i64> {
    match super::numpy::to_index(v) {
        Ok(i) => Ok(i),
        Err(_) => Err(Error::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            v.type_name()
        ))),
    }
}

pub fn append(_: &mut Interp, args: &Args) -> Result<Value> {
    this(args).push(args.get("object"));
    Ok(Value::None)
}

pub fn extend(it: &mut Interp, args: &Args) -> Result<Value> {
    // Items are gathered first, so `a.extend(a)` doubles the list as in Python.
    let items = it.iterate(&args.get("iterable"))?;
    this(args).borrow_mut().extend(items);
    Ok(Value::None)
}

pub fn insert(_: &mut Interp, args: &Args) -> Result<Value> {
    let list = this(args);
    let mut items = list.borrow_mut();
    let n = items.len() as i64;
    let i = index_arg(&args.get("index"))?;
    let at = if i < 0 { (i + n).max(0) } else { i.min(n) };
    items.insert(at as usize, args.get("object"));
    Ok(Value::None)
}

pub fn pop(_: &mut Interp, args: &Args) -> Result<Value> {
    let list = this(args);
    let mut items = list.borrow_mut();
    if items.is_empty() {
        return Err(Error::index_error("pop from empty list"));
    }
    let n = items.len() as i64;
    let i = index_arg(&args.get("index"))?;
    let at = if i < 0 { i + n } else { i };
    if !(0..n).contains(&at) {
        return Err(Error::index_error("pop index out of range"));
    }
    Ok(items.remove(at as usize))
}

/// The position of the first item equal to `x`.
fn position(it: &mut Interp, list: &Items, x: &Value) -> Result<Option<usize>> {
    let items = list.borrow().clone();
    for (i, item) in items.iter().enumerate() {
        if equal(it, item, x)? {
            return Ok(Some(i));
        }
    }
    Ok(None)
}

pub fn remove(it: &mut Interp, args: &Args) -> Result<Value> {
    let list = this(args);
    match position(it, &list, &args.get("value"))? {
        Some(i) => {
            list.borrow_mut().remove(i);
            Ok(Value::None)
        }
        None => Err(Error::value_error("list.remove(x): x not in list")),
    }
}

pub fn index(it: &mut Interp, args: &Args) -> Result<Value> {
    let list = this(args);
    let x = args.get("value");
    match position(it, &list, &x)? {
        Some(i) => Ok(Value::int(i)),
        None => Err(Error::value_error(format!(
            "{} is not in list",
            crate::eval::repr(&x, &it.print_options)
        ))),
    }
}

pub fn count(it: &mut Interp, args: &Args) -> Result<Value> {
    let items = this(args).borrow().clone();
    let x = args.get("value");
    let mut n = 0;
    for item in &items {
        if equal(it, item, &x)? {
            n += 1;
        }
    }
    Ok(Value::int(n))
}

pub fn reverse(_: &mut Interp, args: &Args) -> Result<Value> {
    this(args).borrow_mut().reverse();
    Ok(Value::None)
}

pub fn copy(_: &mut Interp, args: &Args) -> Result<Value> {
    Ok(Value::list(this(args).borrow().clone()))
}

pub fn clear(_: &mut Interp, args: &Args) -> Result<Value> {
    this(args).borrow_mut().clear();
    Ok(Value::None)
}

/// `list.sort(*, key=None, reverse=False)`: stable, comparing with `<` only.
pub fn sort(it: &mut Interp, args: &Args) -> Result<Value> {
    let list = this(args);
    let items = std::mem::take(&mut *list.borrow_mut());
    let key = args.get("key");
    let mut keyed = Vec::with_capacity(items.len());
    for item in items {
        let k = match &key {
            Value::None => item.clone(),
            f => {
                let call = CallArgs {
                    positional: vec![(item.clone(), args.call_span)],
                    keywords: Vec::new(),
                };
                it.call(f, call, args.call_span)?
            }
        };
        keyed.push((k, item));
    }
    let descending = it.truthy(&args.get("reverse"))?;
    // CPython reverses before and after sorting so that equal items keep their order.
    if descending {
        keyed.reverse();
    }
    let result = merge_sort(it, keyed);
    let mut sorted = match result {
        Ok(sorted) => sorted,
        Err((e, original)) => {
            *list.borrow_mut() = original;
            return Err(e);
        }
    };
    if descending {
        sorted.reverse();
    }
    *list.borrow_mut() = sorted;
    Ok(Value::None)
}

fn less(it: &mut Interp, a: &Value, b: &Value) -> Result<bool> {
    let lt = it.compare(CmpOp::Lt, a, b)?;
    it.truthy(&lt)
}

pub(super) type Keyed = Vec<(Value, Value)>;

/// Python's `<` as a sort asks it.
pub(super) type Less = dyn FnMut(&mut Interp, &Value, &Value) -> Result<bool>;

/// A stable natural merge sort on the keys, as timsort finds them: runs
/// that do not descend, or strictly descending runs reversed, merged
/// pairwise. Only indices move. On a comparison error the list is left
/// holding its items (CPython also leaves them all in the list).
pub(super) fn merge_sort(
    it: &mut Interp,
    keyed: Keyed,
) -> std::result::Result<Vec<Value>, (Error, Vec<Value>)> {
    let (keys, items): (Vec<Value>, Vec<Value>) = keyed.into_iter().unzip();
    match sorted_order(it, &keys) {
        Ok(order) => {
            let mut items: Vec<Option<Value>> = items.into_iter().map(Some).collect();
            Ok(order.iter().filter_map(|&i| items[i].take()).collect())
        }
        Err(e) => Err((e, items)),
    }
}

pub(super) fn sorted_order(it: &mut Interp, keys: &[Value]) -> Result<Vec<usize>> {
    sorted_order_by(it, keys, &mut less)
}

/// The order `sorted_order` finds, with `lt` for Python's `<`.
pub(super) fn sorted_order_by(
    it: &mut Interp,
    keys: &[Value],
    lt: &mut Less,
) -> Result<Vec<usize>> {
    let n = keys.len();
    let mut order: Vec<usize> = (0..n).collect();
    let mut runs: Vec<(usize, usize)> = Vec::new();
    let mut start = 0;
    while start < n {
        let mut end = start + 1;
        if end < n && lt(it, &keys[end], &keys[end - 1])? {
            while end + 1 < n && lt(it, &keys[end + 1], &keys[end])? {
                end += 1;
            }
            end += 1;
            order[start..end].reverse();
        } else {
            while end < n && !lt(it, &keys[end], &keys[end - 1])? {
                end += 1;
            }
        }
        runs.push((start, end));
        start = end;
    }
    let mut buffer = Vec::with_capacity(n);
    while runs.len() > 1 {
        let mut next = Vec::with_capacity(runs.len() / 2 + 1);
        for pair in runs.chunks(2) {
            if let [(lo, mid), (_, hi)] = *pair {
                merge_runs(it, keys, &mut order[lo..hi], mid - lo, &mut buffer, lt)?;
                next.push((lo, hi));
            } else {
                next.extend_from_slice(pair);
            }
        }
        runs = next;
    }
    Ok(order)
}

/// Merges `run[..mid]` and `run[mid..]`, taking from the right only when
/// strictly less, which keeps equal items in order.
fn merge_runs(
    it: &mut Interp,
    keys: &[Value],
    run: &mut [usize],
    mid: usize,
    buffer: &mut Vec<usize>,
    lt: &mut Less,
) -> Result<()> {
    buffer.clear();
    let (mut i, mut j) = (0, mid);
    while i < mid && j < run.len() {
        if lt(it, &keys[run[j]], &keys[run[i]])? {
            buffer.push(run[j]);
            j += 1;
        } else {
            buffer.push(run[i]);
            i += 1;
        }
    }
    buffer.extend_from_slice(&run[i..mid]);
    buffer.extend_from_slice(&run[j..]);
    run.copy_from_slice(buffer);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn interp() -> Interp {
        Interp::new(Box::new(std::io::sink()))
    }

    fn keyed(items: &[Value]) -> Keyed {
        items.iter().map(|v| (v.clone(), v.clone())).collect()
    }

    #[test]
    fn merge_sort_is_stable() {
        // 1 == 1.0 == True: equal keys keep their order, as CPython's sort does.
        let items = [
            Value::Float(1.0),
            Value::int(0),
            Value::int(1),
            Value::Bool(true),
        ];
        let sorted = merge_sort(&mut interp(), keyed(&items)).unwrap();
        let text: Vec<String> = sorted
            .iter()
            .map(|v| crate::eval::repr(v, &Default::default()))
            .collect();
        assert_eq!(text, ["0", "1.0", "1", "True"]);
    }

    #[test]
    fn a_failed_comparison_keeps_every_item() {
        let items = [Value::int(2), Value::str("a"), Value::int(1)];
        let (err, kept) = merge_sort(&mut interp(), keyed(&items)).unwrap_err();
        assert_eq!(
            err.last_line(),
            "TypeError: '<' not supported between instances of 'str' and 'int'"
        );
        assert_eq!(kept.len(), 3);
    }
}
