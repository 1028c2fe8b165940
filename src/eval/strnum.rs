//! Text ↔ numbers as NumPy's legacy unicode casts do them: a string stored
//! into a numeric array goes through Python's `int()`, `float()`,
//! `complex()` or truth of it (so its errors are Python's, showing the
//! string's repr), and a number cast to `<U` is its `str()`.

use super::strarray::StrArray;
use super::value::{TypeObj, Value};
use crate::array::{Array, DType, Element, Kind, Scalar, cast, promote};
use crate::error::{Error, Result};
use std::rc::Rc;

/// One string stored into an element of `dtype`, as NumPy's setitem takes
/// it: `repr` is the string object's repr (`'1.5'` for a str an
/// `np.array` call reads, `np.str_('1.5')` for an element a cast reads).
pub fn text_to_scalar(text: &str, repr: &str, dtype: DType) -> Result<Scalar> {
    match dtype.kind() {
        Kind::Bool => Ok(Scalar::Bool(!text.is_empty())),
        Kind::Int | Kind::UInt => match super::builtins::parse_int_text(text, 10, repr)? {
            Value::Int(i) => promote::python_int_to_scalar(&i, dtype),
            _ => unreachable!("int() of text gives an int"),
        },
        Kind::Float => {
            promote::python_float_to_element(super::builtins::float_of_text(text, repr)?, dtype)
        }
        Kind::Complex => Ok(cast::cast_scalar(
            Scalar::Complex128(super::complex_str::parse(text)?),
            dtype,
        )),
    }
}

/// `sa.astype(dtype)` for a numeric dtype: each element read as the
/// `np.str_` that indexing gives. Floats are read as float64 and the array
/// then cast, as NumPy's loop does, so overflow warns once.
pub fn text_to_array(sa: &StrArray, dtype: DType) -> Result<Array> {
    let read = match dtype.kind() {
        Kind::Float => DType::Float64,
        Kind::Complex => DType::Complex128,
        _ => dtype,
    };
    let strings = sa.strings();
    let a = crate::with_dtype!(read, T => {
        let mut data: Vec<T> = super::alloc::with_capacity(strings.len())?;
        for s in &strings {
            let repr = super::repr(&Value::NpStr(s.clone()), &Default::default());
            let x = text_to_scalar(s, &repr, read)?;
            data.push(T::from_scalar(x).expect("a scalar of the dtype asked for"));
        }
        Array::from_vec(data, sa.shape().to_vec())
    });
    if read == dtype {
        Ok(a)
    } else {
        cast::cast_array(&a, dtype)
    }
}

/// The width NumPy gives `<U` for numbers of `dtype` (its `REQUIRED_STR_LEN`
/// by item size, one more for a sign; fixed sizes for floats and complex).
pub fn number_width(dtype: DType) -> usize {
    match dtype.kind() {
        Kind::Bool => 5,
        Kind::Float => 32,
        Kind::Complex => 64,
        kind => {
            let bits = 8 * dtype.itemsize() as u32;
            let max = if bits == 64 {
                u64::MAX
            } else {
                (1u64 << bits) - 1
            };
            max.to_string().len() + usize::from(kind == Kind::Int)
        }
    }
}

/// `a.astype(str)` / `a.astype('U3')`: each element's `str()`, cut to the
/// width (NumPy's own width for the dtype when none is given).
pub fn array_to_text(a: &Array, width: Option<usize>) -> StrArray {
    let o = Default::default();
    let strings: Vec<Rc<str>> = (0..a.size())
        .map(|i| Rc::from(crate::print::scalar_str(a.get_flat(i), &o)))
        .collect();
    StrArray::new(
        strings,
        a.shape().to_vec(),
        Some(width.unwrap_or_else(|| number_width(a.dtype()))),
    )
}

/// Whether a `dtype=` argument spells a unicode dtype, and its width if it
/// has one: `str`, `np.str_`, `'U'`, `'<U5'`, a string array's dtype.
pub fn text_dtype(v: &Value) -> Option<Option<usize>> {
    match v {
        Value::Type(TypeObj::Str | TypeObj::NpStr) => Some(None),
        Value::StrDType(n) => Some(Some(*n)),
        Value::Str(s) => {
            let digits = s
                .strip_prefix(['<', '=', '|'])
                .unwrap_or(s)
                .strip_prefix('U')?;
            match digits.parse::<usize>() {
                Ok(0) => Some(None),
                Ok(n) => Some(Some(n)),
                Err(_) if digits.is_empty() => Some(None),
                Err(_) => None,
            }
        }
        _ => None,
    }
}

/// `casting=` for a cast that reads or writes text: NumPy's string ↔ number
/// casts are unsafe one way; a number fits a wide enough `<U` safely.
pub fn check_casting(
    from: &str,
    to: &str,
    rule: cast::Casting,
    safe: bool,
    same_kind: bool,
) -> Result<()> {
    use cast::Casting::*;
    let ok = match rule {
        Unsafe => true,
        SameKind => same_kind,
        Safe => safe,
        No | Equiv => false,
    };
    if ok {
        return Ok(());
    }
    Err(Error::type_error(format!(
        "Cannot cast array data from {from} to {to} according to the rule {}",
        crate::print::py_str_repr(rule.name())
    )))
}

/// A number beside strings in `np.array(...)` with no dtype: its `str()`
/// and the width of the `<U` NumPy promotes the number's discovered dtype
/// to (a Python int is int64, uint64 past it; a float float64; a NumPy
/// scalar its own dtype). None for what NumPy makes an object array of.
pub fn discovered_number_text(x: &Value) -> Option<super::strarray::Leaf> {
    use num_traits::ToPrimitive;
    let dtype = match x {
        Value::Bool(_) => DType::Bool,
        Value::Int(i) if i.to_i64().is_some() => DType::Int64,
        Value::Int(i) if i.to_u64().is_some() => DType::UInt64,
        Value::Float(_) => DType::Float64,
        Value::Complex(_) => DType::Complex128,
        Value::Scalar(s) => s.dtype(),
        Value::Array(a) if a.ndim() == 0 => a.dtype(),
        _ => return None,
    };
    let text = match x {
        Value::Scalar(s) => crate::print::scalar_str(*s, &Default::default()),
        Value::Array(a) => crate::print::scalar_str(a.get_flat(0), &Default::default()),
        _ => super::try_str(x, &Default::default()).ok()?,
    };
    Some((Rc::from(text), number_width(dtype)))
}

/// `np.array(values, dtype=str)`: each leaf's `str()` (a NumPy scalar's
/// asks for its dtype's whole width, as NumPy discovers it), or an array's
/// elements cast.
pub fn values_to_text(v: &Value, width: Option<usize>) -> Result<StrArray> {
    match v {
        Value::Array(a) => return Ok(array_to_text(a, width)),
        Value::Scalar(s) => return Ok(array_to_text(&Array::from_scalar(*s), width)),
        _ => {}
    }
    super::strarray::collect_with(v, width, &mut |x| {
        let n = |t: String| {
            let w = t.chars().count();
            (Rc::from(t), w)
        };
        Ok(match x {
            Value::Str(t) | Value::NpStr(t) => (t.clone(), t.chars().count()),
            Value::Scalar(s) => (
                Rc::from(crate::print::scalar_str(*s, &Default::default())),
                number_width(s.dtype()),
            ),
            Value::Array(a) if a.ndim() == 0 => (
                Rc::from(crate::print::scalar_str(a.get_flat(0), &Default::default())),
                number_width(a.dtype()),
            ),
            Value::Bool(_) | Value::Int(_) | Value::Float(_) | Value::Complex(_) => {
                n(super::try_str(x, &Default::default())?)
            }
            other => {
                return Err(Error::type_error(format!(
                    "npcalc does not support making a string array of a '{}'",
                    other.type_name()
                )));
            }
        })
    })
}

/// `dtype=str` (any `<U` dtype) for a ufunc's accumulate or reduce over
/// numbers: NumPy casts them to `<Un>`, n their str width, and finds no
/// usable loop. add resolves to a `<U2n>` result that those methods refuse;
/// multiply's only string loop is str × int64, which wants `out=`; the
/// other ufuncs have none.
pub fn text_dtype_method_error(from: DType, op: crate::array::Ufunc, method: &str) -> Error {
    match op {
        crate::array::Ufunc::Add => text_sum_error(number_width(from), method),
        crate::array::Ufunc::Multiply if from == DType::Int64 => multiply_wants_out(),
        _ => Error::new(
            crate::error::Exc::UFuncNoLoopError,
            format!(
                "ufunc '{}' did not contain a loop with signature matching types (<class 'numpy.dtypes.StrDType'>, {}) -> <class 'numpy.dtypes.StrDType'>",
                op.name(),
                from.class_repr()
            ),
        ),
    }
}

/// np.multiply's string loop (str × integer) is found for a string and an
/// integer array, and refuses to run without `out=`.
pub fn multiply_wants_out() -> Error {
    Error::type_error(
        "The 'out' kwarg is necessary when using the string multiply ufunc directly. Use numpy.strings.multiply to multiply strings without specifying 'out'.",
    )
}

/// That error for strings of width `n`.
pub fn text_sum_error(n: usize, method: &str) -> Error {
    Error::type_error(format!(
        "the resolved dtypes are not compatible with add.{method}. Resolved (dtype('<U{n}'), dtype('<U{n}'), dtype('<U{}'))",
        2 * n
    ))
}
