//! Python values → arrays and dtypes: `np.array`'s shape and dtype discovery,
//! and the dtype spellings NumPy accepts wherever it takes a dtype.

use super::value::{TypeObj, Value};
use crate::array::{Array, DType, Scalar, cast, promote};
use crate::error::{Error, Result};
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

/// A leaf of a nested list, before its dtype is known.
enum Leaf {
    Py(Value),
    Np(Scalar),
}

/// `np.asarray(v, dtype)`: arrays pass through (cast when a dtype is given),
/// everything else is discovered like `np.array` does.
pub fn to_array(v: &Value, dtype: Option<DType>) -> Result<Array> {
    if matches!(v, Value::Masked(_) | Value::MaskedConstant) {
        return Err(masked_here());
    }
    if let Value::StrArray(_) = v {
        return Err(super::strarray::unsupported("numeric operations"));
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
    let mut shape = Vec::new();
    discover_shape(v, 0, &mut shape)?;
    let mut leaves = super::alloc::with_capacity(
        shape
            .iter()
            .try_fold(1usize, |n, &d| n.checked_mul(d))
            .unwrap_or(usize::MAX),
    )?;
    collect(v, &shape, 0, &mut leaves)?;
    let dtype = match dtype {
        Some(d) => d,
        None => discover_dtype(&leaves)?,
    };
    let mut scalars = Vec::with_capacity(leaves.len());
    for leaf in leaves {
        scalars.push(match leaf {
            Leaf::Np(s) => cast::cast_scalar(s, dtype),
            Leaf::Py(p) => python_to_scalar(&p, dtype)?,
        });
    }
    Ok(Array::from_scalars(&scalars, dtype, shape))
}

/// Masked arrays (and `np.ma.masked` inside a list) reach only the np.ma
/// functions and the masked array's own methods.
fn masked_here() -> Error {
    Error::type_error(
        "npcalc supports masked arrays only in np.ma functions, their methods and operators",
    )
}

fn inhomogeneous(depth: usize, shape: &[usize]) -> Error {
    Error::value_error(format!(
        "setting an array element with a sequence. The requested array has an inhomogeneous shape after {depth} dimensions. The detected shape was {} + inhomogeneous part.",
        crate::array::shape_repr(&shape[..depth])
    ))
}

fn items(v: &Value) -> Result<Option<Vec<Value>>> {
    Ok(match v {
        Value::List(l) => Some(l.borrow().clone()),
        Value::Tuple(t) | Value::NamedTuple(_, t) => Some(t.to_vec()),
        Value::Range(r) => Some(super::alloc::range_values(r)?),
        // A deque is a sequence to NumPy (it has __len__ and __getitem__).
        Value::Deque(d) => Some(d.borrow().items.iter().cloned().collect()),
        _ => None,
    })
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
    if let Some(xs) = items(v)? {
        shape.push(xs.len());
        if let Some(first) = xs.first() {
            discover_shape(first, depth + 1, shape)?;
        }
    }
    Ok(())
}

fn collect(v: &Value, shape: &[usize], depth: usize, out: &mut Vec<Leaf>) -> Result<()> {
    if depth == shape.len() {
        return match v {
            Value::Array(a) if a.ndim() == 0 => {
                out.push(Leaf::Np(a.get(&[])));
                Ok(())
            }
            Value::Scalar(s) => {
                out.push(Leaf::Np(*s));
                Ok(())
            }
            Value::Bool(_) | Value::Int(_) | Value::Float(_) | Value::Complex(_) => {
                out.push(Leaf::Py(v.clone()));
                Ok(())
            }
            Value::List(_) | Value::Tuple(_) | Value::Range(_) | Value::Array(_) => {
                Err(inhomogeneous(depth, shape))
            }
            Value::None => Err(unsupported_dtype("None (object arrays)")),
            Value::Str(_) | Value::NpStr(_) => Err(unsupported_dtype("strings (<U arrays)")),
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
        out.extend((0..a.size()).map(|i| Leaf::Np(a.get_flat(i))));
        return Ok(());
    }
    match items(v)? {
        Some(xs) if xs.len() == shape[depth] => {
            for x in &xs {
                collect(x, shape, depth + 1, out)?;
            }
            Ok(())
        }
        _ => Err(inhomogeneous(depth, shape)),
    }
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

fn discover_dtype(leaves: &[Leaf]) -> Result<DType> {
    let mut dtype: Option<DType> = None;
    for leaf in leaves {
        let d = match leaf {
            Leaf::Np(s) => s.dtype(),
            Leaf::Py(Value::Bool(_)) => DType::Bool,
            Leaf::Py(Value::Int(i)) => python_int_dtype(i)?,
            Leaf::Py(Value::Float(_)) => DType::Float64,
            Leaf::Py(Value::Complex(_)) => DType::Complex128,
            Leaf::Py(_) => unreachable!("collect keeps only numbers"),
        };
        dtype = Some(match dtype {
            None => d,
            Some(prev) => promote::promote_types(prev, d),
        });
    }
    Ok(dtype.unwrap_or(DType::Float64))
}

/// One Python number stored into an array of `dtype`, with NumPy's checks.
pub fn python_to_scalar(v: &Value, dtype: DType) -> Result<Scalar> {
    match v {
        Value::Bool(b) => Ok(cast::cast_scalar(Scalar::Bool(*b), dtype)),
        Value::Int(i) => promote::python_int_to_scalar(i, dtype),
        Value::Float(f) => promote::python_float_to_scalar(*f, dtype),
        Value::Complex(c) => {
            if !dtype.is_inexact() || dtype.kind() != crate::array::Kind::Complex {
                return Err(Error::type_error(
                    "float() argument must be a string or a real number, not 'complex'",
                ));
            }
            Ok(cast::cast_scalar(Scalar::Complex128(*c), dtype))
        }
        other => Err(unsupported_dtype(&format!(
            "{} (object arrays)",
            other.type_name()
        ))),
    }
}
