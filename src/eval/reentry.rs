//! CPython's guards for npcalc's walks into nested containers.
//! `Py_ReprEnter`: a list, tuple, dict or deque that holds itself is shown
//! as `[...]`, `(...)` or `{...}` by repr, and is not searched again by the
//! walks that look inside values. `Py_EnterRecursiveCall`: comparing two
//! such containers ends in RecursionError. Neither recurses without end.

use super::value::Value;
use crate::error::{Error, Exc, Result};
use std::cell::{Cell, RefCell};
use std::rc::Rc;

thread_local! {
    /// The containers each walk is inside now, by walk name and address.
    static ACTIVE: RefCell<Vec<(&'static str, usize)>> = const { RefCell::new(Vec::new()) };
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
    let depth = COMPARING.get();
    if depth >= super::exec::RECURSION_LIMIT {
        return Err(Error::new(
            Exc::RecursionError,
            "maximum recursion depth exceeded in comparison",
        ));
    }
    COMPARING.set(depth + 1);
    let _restore = Restore(&COMPARING, depth);
    f()
}

/// The address of a container that can hold itself, directly or through
/// another one.
fn address(v: &Value) -> Option<usize> {
    Some(match v {
        Value::List(x) => Rc::as_ptr(x) as *const u8 as usize,
        Value::Tuple(x) => Rc::as_ptr(x) as *const u8 as usize,
        Value::Dict(x) => Rc::as_ptr(x) as *const u8 as usize,
        Value::Deque(x) => Rc::as_ptr(x) as *const u8 as usize,
        _ => return None,
    })
}

/// `f()`, or None when the walk named `walk` is already inside `v` further
/// up the stack.
pub fn enter<R>(walk: &'static str, v: &Value, f: impl FnOnce() -> R) -> Option<R> {
    let Some(at) = address(v) else {
        return Some(f());
    };
    let fresh = ACTIVE.with_borrow_mut(|active| {
        let fresh = !active.contains(&(walk, at));
        if fresh {
            active.push((walk, at));
        }
        fresh
    });
    if !fresh {
        return None;
    }
    // Popped however `f` ends.
    struct Leave;
    impl Drop for Leave {
        fn drop(&mut self) {
            ACTIVE.with_borrow_mut(|active| active.pop());
        }
    }
    let _leave = Leave;
    Some(f())
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
