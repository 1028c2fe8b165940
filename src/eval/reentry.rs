//! CPython's guards for npcalc's walks into nested containers.
//! `Py_ReprEnter`: a list, tuple, dict or deque that holds itself is shown
//! as `[...]`, `(...)` or `{...}` by repr, and is not searched again by the
//! walks that look inside values. `Py_EnterRecursiveCall`: comparing two
//! such containers ends in RecursionError. Neither recurses without end.

use super::value::Value;
use crate::error::{Error, Exc, Result};
use std::cell::{Cell, RefCell};
use std::collections::HashSet;
use std::rc::Rc;

thread_local! {
    /// The containers each walk is inside now, by walk name and address: a
    /// set, since a walk down a chain nested 10^5 deep asks at every level.
    static ACTIVE: RefCell<HashSet<(&'static str, usize)>> = RefCell::new(HashSet::new());
    /// How many container comparisons are under way, one inside another.
    static COMPARING: Cell<usize> = const { Cell::new(0) };
}

/// Restores a counter however the guarded call ends.
struct Restore(&'static std::thread::LocalKey<Cell<usize>>, usize);

impl Drop for Restore {
    fn drop(&mut self) {
        self.0.set(self.1);
    }
}

/// `f()` as one level of a container comparison: past CPython's recursion
/// limit, its RecursionError (`Py_EnterRecursiveCall(" in comparison")`).
pub fn comparison<R>(f: impl FnOnce() -> Result<R>) -> Result<R> {
    nested(" in comparison", f)
}

/// `f()` as one level of `Py_EnterRecursiveCall(place)`, on the counter
/// comparisons share: an operator on an object array that holds itself
/// (where NumPy's object loops crash) ends in RecursionError.
pub fn nested<R>(place: &str, f: impl FnOnce() -> Result<R>) -> Result<R> {
    let depth = COMPARING.get();
    if depth >= super::exec::RECURSION_LIMIT {
        return Err(Error::new(
            Exc::RecursionError,
            format!("maximum recursion depth exceeded{place}"),
        ));
    }
    COMPARING.set(depth + 1);
    let _restore = Restore(&COMPARING, depth);
    f()
}

/// Counts `frames` Python frames under the comparisons to come (those
/// already under way count as they are), until the guard is dropped.
pub fn frames_under(frames: usize) -> impl Drop {
    let depth = COMPARING.get();
    COMPARING.set(depth.max(frames));
    Restore(&COMPARING, depth)
}

/// The address of a container that can hold itself, directly or through
/// another one.
fn address(v: &Value) -> Option<usize> {
    Some(match v {
        Value::List(x) => Rc::as_ptr(x) as *const u8 as usize,
        Value::Tuple(x) => Rc::as_ptr(x) as *const u8 as usize,
        Value::Dict(x) => Rc::as_ptr(x) as *const u8 as usize,
        Value::Deque(x) => Rc::as_ptr(x) as *const u8 as usize,
        Value::ObjArray(o) => o.codes.address(),
        _ => return None,
    })
}

/// `f()`, or None when the walk named `walk` is already inside `v` further
/// up the stack.
pub fn enter<R>(walk: &'static str, v: &Value, f: impl FnOnce() -> R) -> Option<R> {
    match address(v) {
        Some(at) => enter_at(walk, at, f),
        None => Some(f()),
    }
}

/// `f()`, or None when the walk named `walk` is already inside the object
/// at address `at` (NumPy's `_recursive_guard` keys on `id(self)` so).
pub fn enter_at<R>(walk: &'static str, at: usize, f: impl FnOnce() -> R) -> Option<R> {
    if !ACTIVE.with_borrow_mut(|active| active.insert((walk, at))) {
        return None;
    }
    // Removed however `f` ends.
    struct Leave(&'static str, usize);
    impl Drop for Leave {
        fn drop(&mut self) {
            ACTIVE.with_borrow_mut(|active| active.remove(&(self.0, self.1)));
        }
    }
    let _leave = Leave(walk, at);
    Some(f())
}

/// NumPy's `_recursive_guard`: `f()`, the text of the array at address `at`
/// that a walk named `walk` (`_array2string`, `_guarded_repr_or_str`) makes,
/// or `dots` when that walk is already inside the same array.
pub fn array_text<T>(
    walk: &'static str,
    at: usize,
    dots: T,
    f: impl FnOnce() -> Result<T>,
) -> Result<T> {
    enter_at(walk, at, f).unwrap_or(Ok(dots))
}

/// Whether repr() of `v` needs more than `budget` levels of CPython's
/// recursion counter (`Py_EnterRecursiveCall(" while getting the repr of an
/// object")`, shared with Python frames). Each `PyObject_Repr` is a level: a
/// list, tuple or dict one above its deepest item, a set or deque two (their
/// repr is that of a list made of them), an OrderedDict three (a list of
/// (key, value) tuples). npcalc's own walks are recursive too, so asking
/// first keeps them to CPython's depth.
pub fn repr_too_deep(v: &Value, budget: usize) -> bool {
    use super::dict::Kind;
    let items = |cost: usize, items: &mut dyn Iterator<Item = Value>| {
        let Some(rest) = budget.checked_sub(cost) else {
            return true;
        };
        for x in items {
            if repr_too_deep(&x, rest) {
                return true;
            }
        }
        false
    };
    // A container already being measured is `[...]`, one level.
    enter("repr depth", v, || match v {
        Value::List(l) if l.packed_items().is_some() => budget < 1 + usize::from(!l.is_empty()),
        Value::List(l) => items(1, &mut l.iter()),
        Value::Tuple(t) => items(1, &mut t.iter().cloned()),
        Value::Set(s) if s.borrow().is_empty() => budget < 1,
        Value::Set(s) => items(2, &mut s.borrow().items().into_iter()),
        Value::Deque(d) => items(2, &mut d.borrow().items.clone().into_iter()),
        Value::Dict(d) => {
            let d = d.borrow();
            let cost = match &d.kind {
                Kind::OrderedDict if d.entries().is_empty() => 1,
                Kind::OrderedDict => 3,
                _ => 1,
            };
            let mut pairs = d.entries().iter().flat_map(|(k, x)| [k.clone(), x.clone()]);
            items(cost, &mut pairs)
        }
        _ => budget < 1,
    })
    .unwrap_or(budget < 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_walk_enters_each_container_once_per_path() {
        let l = Value::list(vec![Value::None]);
        let inner = enter("t", &l, || enter("t", &l, || 1));
        assert_eq!(inner, Some(None));
        // Other walks and later entries are not affected.
        assert_eq!(enter("t", &l, || enter("u", &l, || 2)), Some(Some(2)));
        assert_eq!(enter("t", &l, || 3), Some(3));
        assert_eq!(
            enter("t", &Value::None, || enter("t", &Value::None, || 4)),
            Some(Some(4))
        );
    }

    #[test]
    fn comparisons_nest_up_to_the_recursion_limit() {
        fn nest(n: usize) -> Result<usize> {
            comparison(|| {
                if n == 0 {
                    Ok(0)
                } else {
                    nest(n - 1).map(|d| d + 1)
                }
            })
        }
        assert_eq!(nest(900).unwrap(), 900);
        let e = nest(5000).unwrap_err();
        assert_eq!(e.message, "maximum recursion depth exceeded in comparison");
        // The counter is back at zero after the error.
        assert_eq!(nest(900).unwrap(), 900);
    }
}
