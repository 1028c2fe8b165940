//! Python values → arrays and dtypes: `np.array`'s shape and dtype discovery,
//! and the dtype spellings NumPy accepts wherever it takes a dtype.

use super::listobj::Packed;
use super::value::{TypeObj, Value};
use crate::array::Element;
use crate::array::{Array, DType, Kind, Scalar, cast, promote};
use crate::error::{Error, Exc, Result};
use num_bigint::BigInt;
use num_traits::ToPrimitive;

/// `dtype=` arguments: None, Python types, NumPy scalar types, dtypes, strings.
pub fn to_dtype(v: &Value) -> Result<Option<DType>> {
    Ok(Some(match v {
        Value::None => return Ok(None),
        Value::DType(d) => *d,
        Value::Type(TypeObj::Int) => DType::Int64,
        Value::Type(TypeObj::Float) => DType::Float64,
        Value::Type(TypeObj::Complex) => DType::Complex128,
        Value::Type(TypeObj::Bool) => DType::Bool,
        Value::Type(TypeObj::Scalar(d)) => *d,
        Value::Str(s) => cast::parse_dtype_str(s)?,
        Value::Type(TypeObj::Str) => return Err(unsupported_dtype("str (<U)")),
        Value::Type(TypeObj::Abstract(a)) => return Err(Error::type_error(a.dtype_error())),
        Value::Type(t) => return Err(unsupported_dtype(&format!("{} (object)", t.qualname()))),
        // NumPy reads these as structured (records) or subarray dtypes.
        Value::List(_) | Value::Tuple(_) | Value::Dict(_) => {
            return Err(unsupported_dtype("structured or subarray ones"));
        }
        other => {
            return Err(Error::type_error(format!(
                "Cannot interpret '{}' as a data type",
                crate::eval::repr(other, &Default::default())
            )));
        }
    }))
}

fn unsupported_dtype(what: &str) -> Error {
    Error::type_error(format!("npcalc supports only numeric dtypes, not {what}"))
}

/// A leaf of a nested sequence, read in place.
#[derive(Clone, Copy)]
enum Leaf<'a> {
    Py(&'a Value),
    /// An element of an array (or a 0-d array): cast.
    Np(Scalar),
    /// A NumPy scalar inside a sequence: stored as its Python number would be.
    Item(Scalar),
    /// An item of a `range` or a packed list: a Python int.
    Int(i64),
    /// An item of a packed list: a Python float.
    Float(f64),
}

/// `np.asarray(v, dtype)`: arrays pass through (cast when a dtype is given),
/// everything else is discovered like `np.array` does.
pub fn to_array(v: &Value, dtype: Option<DType>) -> Result<Array> {
    if matches!(v, Value::Masked(_) | Value::MaskedConstant) {
        return Err(masked_here());
    }
    // `poly1d.__array__`: its coefficients.
    if let Value::Poly1d(p) = v {
        return to_array(&Value::Array(p.coeffs()), dtype);
    }
    // `flatiter.__array__`: the elements in C order, copied.
    if let Value::FlatIter(f) = v {
        return to_array(&super::flatiter::getitem(f, &Value::Ellipsis)?, dtype);
    }
    if let Value::StrArray(sa) = v {
        return match dtype {
            Some(d) => super::strnum::text_to_array(sa, d),
            None => Err(super::strarray::unsupported("numeric operations")),
        };
    }
    if let Value::ObjArray(_) = v {
        return Err(super::objarray::unsupported("this NumPy function"));
    }
    if let Value::Time(_) | Value::TimeArray(_) = v {
        return Err(super::datetime64::not_numeric());
    }
    if let Value::Array(a) = v {
        return match dtype {
            Some(d) if d != a.dtype() => cast::cast_array(a, d),
            _ => Ok(a.clone()),
        };
    }
    if let Value::Scalar(s) = v {
        return Ok(Array::from_scalar(match dtype {
            Some(d) => cast::cast_scalar(*s, d),
            None => *s,
        }));
    }
    if let Some(a) = packed_array(v, dtype) {
        return Ok(a);
    }
    let mut shape = Vec::new();
    discover_shape(v, 0, &mut shape)?;
    // The leaves are read in place twice, never copied: once for the
    // structure and the dtype (a ragged or non-numeric element fails before
    // any leaf's own dtype does, as in NumPy's discovery), then into the
    // array's buffer.
    let mut discovered: Option<DType> = None;
    let mut dtype_error = None;
    walk(v, &shape, 0, &mut |leaf| {
        if dtype.is_none() && dtype_error.is_none() {
            match leaf_dtype(leaf) {
                Ok(d) => discovered = Some(discovered.map_or(d, |p| promote::promote_types(p, d))),
                Err(e) => dtype_error = Some(e),
            }
        }
        Ok(())
    })?;
    if let Some(e) = dtype_error {
        return Err(e);
    }
    let dtype = dtype.or(discovered).unwrap_or(DType::Float64);
    let size = shape
        .iter()
        .try_fold(1usize, |n, &d| n.checked_mul(d))
        .unwrap_or(usize::MAX);
    crate::with_dtype!(dtype, T => {
        let mut data: Vec<T> = super::alloc::with_capacity(size)?;
        walk(v, &shape, 0, &mut |leaf| {
            let s = match leaf {
                Leaf::Np(s) => cast::cast_scalar(s, dtype),
                Leaf::Item(s) => item_to_scalar(s, dtype)?,
                Leaf::Py(p) => python_to_scalar(p, dtype)?,
                Leaf::Int(i) => promote::python_int_to_scalar(&BigInt::from(i), dtype)?,
                Leaf::Float(f) => promote::python_float_to_element(f, dtype)?,
            };
            // cast_scalar and python_to_scalar give a scalar of `dtype`.
            data.push(T::from_scalar(s).ok_or_else(|| {
                Error::new(Exc::SystemError, "npcalc internal error: a scalar of another dtype (please report)")
            })?);
            Ok(())
        })?;
        Ok(Array::from_vec(data, shape))
    })
}

/// A packed list of the dtype NumPy would make of it, copied as it is (an
/// empty one is float64, by the general rule).
fn packed_array(v: &Value, dtype: Option<DType>) -> Option<Array> {
    let Value::List(l) = v else { return None };
    let n = l.len();
    if n == 0 {
        return None;
    }
    match (&*l.packed_items()?, dtype) {
        (Packed::Ints(xs), None | Some(DType::Int64)) => Some(Array::from_vec(xs.clone(), vec![n])),
        (Packed::Floats(xs), None | Some(DType::Float64)) => {
            Some(Array::from_vec(xs.clone(), vec![n]))
        }
        _ => None,
    }
}

/// Masked arrays (and `np.ma.masked` inside a list) reach only the np.ma
/// functions and the masked array's own methods.
fn masked_here() -> Error {
    Error::type_error(
        "npcalc supports masked arrays only in np.ma functions, their methods and operators",
    )
}

pub(super) fn inhomogeneous(depth: usize, shape: &[usize]) -> Error {
    Error::value_error(format!(
        "setting an array element with a sequence. The requested array has an inhomogeneous shape after {depth} dimensions. The detected shape was {} + inhomogeneous part.",
        crate::array::shape_repr(&shape[..depth])
    ))
}

/// `f` applied to the items of a sequence NumPy reads as a dimension, read
/// in place where they are stored; None if `v` is not one.
fn with_items<R>(v: &Value, f: impl FnOnce(&[Value]) -> Result<R>) -> Result<Option<R>> {
    match v {
        // A packed list stays packed: its rare readers here (a ragged or
        // empty nesting) get a copy of its items.
        Value::List(l) if l.packed_items().is_some() => f(&l.to_vec()).map(Some),
        Value::List(l) => f(&l.borrow()).map(Some),
        Value::Tuple(t) | Value::NamedTuple(_, t) => f(t).map(Some),
        Value::Range(r) => f(&super::alloc::range_values(r)?).map(Some),
        // A deque is a sequence to NumPy (it has __len__ and __getitem__).
        Value::Deque(d) => {
            let items: Vec<Value> = d.borrow().items.iter().cloned().collect();
            f(&items).map(Some)
        }
        _ => Ok(None),
    }
}

/// The shape implied by the first element at each depth.
fn discover_shape(v: &Value, depth: usize, shape: &mut Vec<usize>) -> Result<()> {
    if depth > crate::array::MAXDIMS {
        return Err(Error::value_error(format!(
            "setting an array element with a sequence. The requested array would exceed the maximum number of dimension of {}.",
            crate::array::MAXDIMS
        )));
    }
    if let Value::Array(a) = v {
        shape.extend_from_slice(a.shape());
        return Ok(());
    }
    if let Value::Range(r) = v {
        // Its items are ints: nothing below them.
        shape.push(r.len());
        return Ok(());
    }
    if let Value::List(l) = v
        && l.packed_items().is_some()
    {
        // Its items are numbers: nothing below them.
        shape.push(l.len());
        return Ok(());
    }
    with_items(v, |xs| {
        shape.push(xs.len());
        match xs.first() {
            Some(first) => discover_shape(first, depth + 1, shape),
            None => Ok(()),
        }
    })?;
    Ok(())
}

/// Calls `f` on each leaf of `v`, of the discovered `shape`, in C order;
/// fails as NumPy does on a ragged or non-numeric element.
fn walk(
    v: &Value,
    shape: &[usize],
    depth: usize,
    f: &mut dyn FnMut(Leaf) -> Result<()>,
) -> Result<()> {
    if depth == shape.len() {
        return match v {
            Value::Array(a) if a.ndim() == 0 => f(Leaf::Np(a.get(&[]))),
            Value::Scalar(s) => f(Leaf::Item(*s)),
            Value::Bool(_) | Value::Int(_) | Value::Float(_) | Value::Complex(_) => f(Leaf::Py(v)),
            // NumPy reads an IntFlag as the int it is.
            Value::ReFlag(_) => f(Leaf::Py(&v.plain())),
            // Read as numbers when a dtype is given; discovery refuses them.
            Value::Str(_) | Value::NpStr(_) => f(Leaf::Py(v)),
            Value::List(_) | Value::Tuple(_) | Value::Range(_) | Value::Array(_) => {
                Err(inhomogeneous(depth, shape))
            }
            Value::None => Err(unsupported_dtype("None (object arrays)")),
            Value::Masked(_) | Value::MaskedConstant => Err(masked_here()),
            other => Err(unsupported_dtype(&format!(
                "{} (object arrays)",
                other.type_name()
            ))),
        };
    }
    if let Value::Array(a) = v {
        if a.shape() != &shape[depth..] {
            return Err(inhomogeneous(depth, shape));
        }
        return (0..a.size()).try_for_each(|i| f(Leaf::Np(a.get_flat(i))));
    }
    if let Value::Range(r) = v
        && depth + 1 == shape.len()
    {
        if r.len() != shape[depth] {
            return Err(inhomogeneous(depth, shape));
        }
        return r.iter().try_for_each(|i| f(Leaf::Int(i)));
    }
    if let Value::List(l) = v
        && depth + 1 == shape.len()
        && let Some(p) = l.packed_items()
    {
        if l.len() != shape[depth] {
            return Err(inhomogeneous(depth, shape));
        }
        return match &*p {
            Packed::Ints(xs) => xs.iter().try_for_each(|&i| f(Leaf::Int(i))),
            Packed::Floats(xs) => xs.iter().try_for_each(|&x| f(Leaf::Float(x))),
        };
    }
    with_items(v, |xs| {
        if xs.len() != shape[depth] {
            return Err(inhomogeneous(depth, shape));
        }
        xs.iter().try_for_each(|x| walk(x, shape, depth + 1, f))
    })?
    .ok_or_else(|| inhomogeneous(depth, shape))
}

/// The dtype NumPy discovers for a Python int: int64, else uint64, else object.
fn python_int_dtype(i: &BigInt) -> Result<DType> {
    if i.to_i64().is_some() {
        Ok(DType::Int64)
    } else if i.to_u64().is_some() {
        Ok(DType::UInt64)
    } else {
        Err(unsupported_dtype(&format!(
            "the Python int {i}, which needs an object array"
        )))
    }
}

/// The dtype NumPy discovers for one leaf.
fn leaf_dtype(leaf: Leaf) -> Result<DType> {
    Ok(match leaf {
        Leaf::Np(s) | Leaf::Item(s) => s.dtype(),
        Leaf::Int(_) => DType::Int64,
        Leaf::Float(_) => DType::Float64,
        Leaf::Py(Value::Bool(_)) => DType::Bool,
        Leaf::Py(Value::Int(i)) => python_int_dtype(i)?,
        Leaf::Py(Value::Float(_)) => DType::Float64,
        Leaf::Py(Value::Complex(_)) => DType::Complex128,
        Leaf::Py(Value::Str(_) | Value::NpStr(_)) => {
            return Err(unsupported_dtype("strings (<U arrays)"));
        }
        Leaf::Py(other) => return Err(unsupported_dtype(&other.type_name())),
    })
}

/// A NumPy scalar in a sequence (or assigned to an element) stored into an
/// array of `dtype`: NumPy's integer setitem takes `int()` of anything not a
/// Python int or an array, so a real scalar is checked as that int would be.
pub(super) fn item_to_scalar(s: Scalar, dtype: DType) -> Result<Scalar> {
    if !dtype.is_integer() || s.dtype() == dtype || s.dtype().kind() == Kind::Complex {
        return Ok(cast::cast_scalar(s, dtype));
    }
    python_to_scalar(&super::numpy::scalar_to_python(s), dtype)
}

/// One Python number stored into an array of `dtype`, with NumPy's checks.
pub fn python_to_scalar(v: &Value, dtype: DType) -> Result<Scalar> {
    match v {
        Value::Bool(b) => Ok(cast::cast_scalar(Scalar::Bool(*b), dtype)),
        Value::Int(i) => promote::python_int_to_scalar(i, dtype),
        Value::Float(f) => promote::python_float_to_element(*f, dtype),
        Value::Complex(c) => {
            if !dtype.is_inexact() || dtype.kind() != crate::array::Kind::Complex {
                return Err(Error::type_error(
                    "float() argument must be a string or a real number, not 'complex'",
                ));
            }
            Ok(cast::cast_scalar(Scalar::Complex128(*c), dtype))
        }
        Value::Str(s) | Value::NpStr(s) => {
            super::strnum::text_to_scalar(s, &super::repr(v, &Default::default()), dtype)
        }
        other => Err(unsupported_dtype(&format!(
            "{} (object arrays)",
            other.type_name()
        ))),
    }
}
