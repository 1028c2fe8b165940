//! Python-level allocations whose size comes from the input: they fail as
//! Python's `MemoryError` instead of aborting the process.

use super::value::{Range, Value};
use crate::error::{Error, Exc, Result};

fn memory_error() -> Error {
    Error::new(Exc::MemoryError, "")
}

/// An empty Vec with room for `n` items, or MemoryError.
pub fn with_capacity<T>(n: usize) -> Result<Vec<T>> {
    let mut v = Vec::new();
    v.try_reserve_exact(n).map_err(|_| memory_error())?;
    Ok(v)
}

/// `n` copies of `items` one after another (`[0] * n`), failing like CPython's
/// list_repeat: a length beyond the address space or memory is a MemoryError.
pub fn repeated<T: Clone>(items: &[T], n: usize) -> Result<Vec<T>> {
    let total = items
        .len()
        .checked_mul(n)
        .filter(|&t| {
            t.checked_mul(std::mem::size_of::<T>())
                .is_some_and(|b| b <= isize::MAX as usize)
        })
        .ok_or_else(memory_error)?;
    let mut out = with_capacity(total)?;
    for _ in 0..n {
        out.extend_from_slice(items);
    }
    Ok(out)
}

/// The ints of a range, as `list(range(...))` makes them.
pub fn range_values(r: &Range) -> Result<Vec<Value>> {
    let mut out = with_capacity(r.len())?;
    out.extend(r.iter().map(Value::int));
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn impossible_sizes_are_memory_errors() {
        let e = repeated(&[Value::None], usize::MAX / 2).unwrap_err();
        assert_eq!(e.class.qualname(), "MemoryError");
        assert!(with_capacity::<u64>(usize::MAX / 4).is_err());
        assert_eq!(repeated(&[Value::None, Value::None], 3).unwrap().len(), 6);
    }
}
