//! `sys.getsizeof`: the bytes CPython 3.11 (64-bit) reports for an object,
//! from each type's `__sizeof__` plus the garbage collector's header for the
//! types it tracks. A list's size depends on the room it has allocated,
//! which depends on how it was built (`display_alloc` below, and
//! `listobj::Alloc`); where npcalc cannot know that, or a type's layout,
//! it says so instead of giving a number.

use super::constfold::{Folded, all_folded};
use super::listobj::Alloc;
use super::value::Value;
use crate::error::{Error, Exc, Result};
use crate::syntax::ast::{Expr, ExprKind};

/// `PyGC_Head`, counted for objects the collector tracks.
const GC_HEAD: usize = 16;
/// A pointer, the size of one slot of a list or tuple.
const PTR: usize = 8;

/// `sys.getsizeof(v)`.
pub fn getsizeof(v: &Value) -> Result<usize> {
    Ok(match v {
        Value::None => 16,
        // `offsetof(PyLongObject, ob_digit)` plus its 30-bit digits, at
        // least one (0 and False have none, but count one).
        Value::Bool(_) => 28,
        Value::Int(i) => 24 + 4 * (i.bits().div_ceil(30) as usize).max(1),
        Value::Float(_) => 24,
        Value::Complex(_) => 32,
        Value::Str(s) => str_size(s),
        Value::Tuple(items) => 24 + GC_HEAD + PTR * items.len(),
        Value::Range(_) => 48,
        // `gentype_sizeof`: the item size on top of the type's basic size,
        // the object header and the value rounded up to 8 bytes.
        Value::Scalar(s) => {
            let item = s.dtype().itemsize();
            item + (16 + item).next_multiple_of(8)
        }
        Value::List(l) => match l.allocated() {
            Some(slots) => 40 + GC_HEAD + PTR * slots,
            None => {
                return Err(Error::new(
                    Exc::NotImplementedError,
                    "npcalc does not know how much room this list has allocated (it depends on \
                     how CPython built and changed it), so it cannot give its sys.getsizeof",
                ));
            }
        },
        Value::Array(a) => super::memory::sizeof(a),
        // An object array's codes stand where its object pointers are: 8
        // bytes each, owned or viewed as they are.
        Value::ObjArray(o) => super::memory::sizeof(&o.codes),
        other => {
            return Err(Error::new(
                Exc::NotImplementedError,
                format!(
                    "npcalc gives sys.getsizeof only of None, bool, int, float, complex, str, tuple, \
                 range, NumPy scalars and arrays and most lists, not of {}",
                    other.type_name()
                ),
            ));
        }
    })
}

/// `unicode___sizeof__` of a compact string: a 1-byte ASCII string has the
/// short header, any other stores 1, 2 or 4 bytes a character after the
/// longer one; both keep a terminating NUL.
fn str_size(s: &str) -> usize {
    let n = s.chars().count();
    match s.chars().map(u32::from).max().unwrap_or(0) {
        0..0x80 => 48 + n + 1,
        0x80..0x100 => 72 + n + 1,
        0x100..0x10000 => 72 + 2 * (n + 1),
        _ => 72 + 4 * (n + 1),
    }
}

/// `display_alloc` of a display of `n` items the caller knows to be
/// constants: folded into one tuple from three items on, else built at once.
pub fn constant_display_alloc(n: usize) -> Alloc {
    if n > 2 { Alloc::Even } else { Alloc::Exact }
}

/// How CPython 3.11's compiler builds a list display (`starunpack_helper`):
/// more than two constants extend an empty list from one constant tuple;
/// otherwise up to 30 items are built at once, more are appended one by
/// one. A starred item is not followed.
pub fn display_alloc(items: &[Expr]) -> Option<Alloc> {
    const STACK_USE_GUIDELINE: usize = 30;
    if items.len() > 2 {
        match all_folded(items) {
            Folded::Const => return Some(constant_display_alloc(items.len())),
            Folded::Unknown => return None,
            Folded::NotConst => {}
        }
    }
    if items.iter().any(|e| matches!(e.kind, ExprKind::Starred(_))) {
        None
    } else if items.len() > STACK_USE_GUIDELINE {
        Some(Alloc::Appended)
    } else {
        Some(Alloc::Exact)
    }
}
