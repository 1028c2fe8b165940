//! NumPy 2's type promotion (NEP 50): `np.promote_types` between dtypes, and
//! result dtypes when Python scalars take part — they are "weak": they adopt
//! the array's dtype of their kind (`int8 array + 1` stays int8) and are
//! checked against it (`int8 array + 300` raises OverflowError).

use super::{Array, DType, Kind, Scalar, cast_scalar};
use crate::error::{Error, Result};
use num_bigint::BigInt;
use num_complex::Complex64;
use num_traits::ToPrimitive;

/// An operand of a NumPy operation as the evaluator hands it over.
#[derive(Clone, Debug)]
pub enum Operand {
    Array(Array),
    /// A NumPy scalar: strong, like an array.
    Scalar(Scalar),
    PyBool(bool),
    PyInt(BigInt),
    PyFloat(f64),
    PyComplex(Complex64),
}

impl Operand {
    /// The dtype of a strong operand (arrays, NumPy scalars, Python bools).
    fn strong_dtype(&self) -> Option<DType> {
        match self {
            Operand::Array(a) => Some(a.dtype()),
            Operand::Scalar(s) => Some(s.dtype()),
            Operand::PyBool(_) => Some(DType::Bool),
            _ => None,
        }
    }

    /// The operand as an array of `dtype` (Python scalars checked as NumPy does).
    pub fn to_array(&self, dtype: DType) -> Result<Array> {
        Ok(match self {
            Operand::Array(a) if a.dtype() == dtype => a.clone(),
            Operand::Array(a) => super::cast_array(a, dtype)?,
            Operand::Scalar(s) => Array::from_scalar(cast_scalar(*s, dtype)),
            Operand::PyBool(b) => Array::from_scalar(cast_scalar(Scalar::Bool(*b), dtype)),
            Operand::PyInt(i) => Array::from_scalar(python_int_to_scalar(i, dtype)?),
            Operand::PyFloat(f) => Array::from_scalar(python_float_to_scalar(*f, dtype)?),
            Operand::PyComplex(c) => Array::from_scalar(cast_scalar(Scalar::Complex128(*c), dtype)),
        })
    }

    pub fn shape(&self) -> &[usize] {
        match self {
            Operand::Array(a) => a.shape(),
            _ => &[],
        }
    }
}

fn int_bits(d: DType) -> usize {
    d.itemsize() * 8
}

/// The signed integer type with this many bytes.
fn signed(bytes: usize) -> DType {
    match bytes {
        1 => DType::Int8,
        2 => DType::Int16,
        4 => DType::Int32,
        _ => DType::Int64,
    }
}

/// The float type with at least the precision to hold an integer or float of this width.
fn float_for(bytes: usize) -> DType {
    match bytes {
        0..=2 => DType::Float16,
        4 => DType::Float32,
        _ => DType::Float64,
    }
}

/// The smallest float that holds this integer type exactly enough (NumPy's table).
fn float_for_int(d: DType) -> DType {
    match int_bits(d) {
        8 => DType::Float16,
        16 => DType::Float32,
        _ => DType::Float64,
    }
}

fn complex_of(f: DType) -> DType {
    if matches!(f, DType::Float16 | DType::Float32) {
        DType::Complex64
    } else {
        DType::Complex128
    }
}

/// The float dtype with the precision of a float or complex dtype.
fn real_of(d: DType) -> DType {
    match d {
        DType::Complex64 => DType::Float32,
        DType::Complex128 => DType::Float64,
        other => other,
    }
}

/// `np.promote_types(a, b)`.
pub fn promote_types(a: DType, b: DType) -> DType {
    use Kind::*;
    if a == b {
        return a;
    }
    match (a.kind(), b.kind()) {
        (Bool, _) => b,
        (_, Bool) => a,
        (Int, Int) | (UInt, UInt) => {
            if a.itemsize() >= b.itemsize() {
                a
            } else {
                b
            }
        }
        (Int, UInt) | (UInt, Int) => {
            let (s, u) = if a.kind() == Int { (a, b) } else { (b, a) };
            if s.itemsize() > u.itemsize() {
                s
            } else if u.itemsize() < 8 {
                signed(u.itemsize() * 2)
            } else {
                DType::Float64
            }
        }
        (Int | UInt, Float) | (Float, Int | UInt) => {
            let (i, f) = if a.kind() == Float { (b, a) } else { (a, b) };
            promote_types(float_for_int(i), f)
        }
        (Int | UInt, Complex) | (Complex, Int | UInt) => {
            let (i, c) = if a.kind() == Complex { (b, a) } else { (a, b) };
            complex_of(promote_types(float_for_int(i), real_of(c)))
        }
        (Float, Float) => {
            if a.itemsize() >= b.itemsize() {
                a
            } else {
                b
            }
        }
        (Float, Complex) | (Complex, Float) | (Complex, Complex) => {
            complex_of(float_for(real_of(a).itemsize().max(real_of(b).itemsize())))
        }
    }
}

/// NumPy's OverflowError for a Python int that does not fit an integer dtype.
fn out_of_bounds(i: &BigInt, d: DType) -> Error {
    Error::overflow_error(format!("Python integer {i} out of bounds for {}", d.name()))
}

/// A Python int stored as a `dtype` element, with NumPy's range check.
pub fn python_int_to_scalar(i: &BigInt, dtype: DType) -> Result<Scalar> {
    let s = match dtype.kind() {
        Kind::Bool => Scalar::Bool(i.sign() != num_bigint::Sign::NoSign),
        Kind::Int => {
            let v = i.to_i64().ok_or_else(|| out_of_bounds(i, dtype))?;
            let bits = int_bits(dtype);
            if bits < 64 && (v < -(1i64 << (bits - 1)) || v >= 1i64 << (bits - 1)) {
                return Err(out_of_bounds(i, dtype));
            }
            cast_scalar(Scalar::Int64(v), dtype)
        }
        Kind::UInt => {
            let v = i.to_u64().ok_or_else(|| out_of_bounds(i, dtype))?;
            let bits = int_bits(dtype);
            if bits < 64 && v >= 1u64 << bits {
                return Err(out_of_bounds(i, dtype));
            }
            cast_scalar(Scalar::UInt64(v), dtype)
        }
        Kind::Float | Kind::Complex => {
            let f = i
                .to_f64()
                .filter(|f| f.is_finite())
                .ok_or_else(|| Error::overflow_error("int too large to convert to float"))?;
            cast_scalar(Scalar::Float64(f), dtype)
        }
    };
    Ok(s)
}

/// A Python float stored as a `dtype` element: NaN and infinity cannot become integers.
pub fn python_float_to_scalar(f: f64, dtype: DType) -> Result<Scalar> {
    if dtype.is_integer() {
        if f.is_nan() {
            return Err(Error::value_error("cannot convert float NaN to integer"));
        }
        if f.is_infinite() {
            return Err(Error::overflow_error(
                "cannot convert float infinity to integer",
            ));
        }
    }
    Ok(cast_scalar(Scalar::Float64(f), dtype))
}

/// The dtype an operation on these operands computes in (NEP 50).
pub fn result_type(ops: &[&Operand]) -> Result<DType> {
    let strong = ops
        .iter()
        .filter_map(|o| o.strong_dtype())
        .reduce(promote_types);
    // The weak Python scalars, by kind: int < float < complex.
    let weak = ops
        .iter()
        .filter_map(|o| match o {
            Operand::PyInt(_) => Some(1),
            Operand::PyFloat(_) => Some(2),
            Operand::PyComplex(_) => Some(3),
            _ => None,
        })
        .max();
    let d = match (strong, weak) {
        (Some(s), None) => s,
        (None, None) => DType::Bool,
        (None, Some(1)) => DType::Int64,
        (None, Some(2)) => DType::Float64,
        (None, Some(_)) => DType::Complex128,
        (Some(s), Some(w)) => match (s.kind(), w) {
            (Kind::Bool, 1) => DType::Int64,
            (Kind::Bool | Kind::Int | Kind::UInt, 2) => DType::Float64,
            (Kind::Bool | Kind::Int | Kind::UInt, _) if w == 3 => DType::Complex128,
            (Kind::Float, 3) => complex_of(s),
            _ => s,
        },
    };
    // Python ints must fit the integer dtype they adopt.
    if d.is_integer() {
        for o in ops {
            if let Operand::PyInt(i) = o {
                python_int_to_scalar(i, d)?;
            }
        }
    }
    Ok(d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn promote_types_matches_numpy() {
        // np.promote_types(a, b).name for all pairs, from NumPy 2.4.6.
        let table = "\
bool int8 int16 int32 int64 uint8 uint16 uint32 uint64 float16 float32 float64 complex64 complex128
int8 int8 int16 int32 int64 int16 int32 int64 float64 float16 float32 float64 complex64 complex128
int16 int16 int16 int32 int64 int16 int32 int64 float64 float32 float32 float64 complex64 complex128
int32 int32 int32 int32 int64 int32 int32 int64 float64 float64 float64 float64 complex128 complex128
int64 int64 int64 int64 int64 int64 int64 int64 float64 float64 float64 float64 complex128 complex128
uint8 int16 int16 int32 int64 uint8 uint16 uint32 uint64 float16 float32 float64 complex64 complex128
uint16 int32 int32 int32 int64 uint16 uint16 uint32 uint64 float32 float32 float64 complex64 complex128
uint32 int64 int64 int64 int64 uint32 uint32 uint32 uint64 float64 float64 float64 complex128 complex128
uint64 float64 float64 float64 float64 uint64 uint64 uint64 uint64 float64 float64 float64 complex128 complex128
float16 float16 float32 float64 float64 float16 float32 float64 float64 float16 float32 float64 complex64 complex128
float32 float32 float32 float64 float64 float32 float32 float64 float64 float32 float32 float64 complex64 complex128
float64 float64 float64 float64 float64 float64 float64 float64 float64 float64 float64 float64 complex128 complex128
complex64 complex64 complex64 complex128 complex128 complex64 complex64 complex128 complex128 complex64 complex64 complex128 complex64 complex128
complex128 complex128 complex128 complex128 complex128 complex128 complex128 complex128 complex128 complex128 complex128 complex128 complex128 complex128";
        for (a, row) in DType::ALL.iter().zip(table.lines()) {
            for (b, want) in DType::ALL.iter().zip(row.split(' ')) {
                assert_eq!(promote_types(*a, *b).name(), want, "{a} + {b}");
            }
        }
    }

    #[test]
    fn python_scalars_are_weak() {
        let int8 = Operand::Array(Array::from_vec(vec![1i8], vec![1]));
        let f32s = Operand::Array(Array::from_vec(vec![1f32], vec![1]));
        assert_eq!(
            result_type(&[&int8, &Operand::PyInt(1.into())]).unwrap(),
            DType::Int8
        );
        assert_eq!(
            result_type(&[&int8, &Operand::PyFloat(1.5)]).unwrap(),
            DType::Float64
        );
        assert_eq!(
            result_type(&[&f32s, &Operand::PyInt(1.into())]).unwrap(),
            DType::Float32
        );
        assert_eq!(
            result_type(&[&f32s, &Operand::PyComplex(Complex64::new(0.0, 1.0))]).unwrap(),
            DType::Complex64
        );
        // NumPy 2.4.6: OverflowError: Python integer 300 out of bounds for int8
        let e = result_type(&[&int8, &Operand::PyInt(300.into())]).unwrap_err();
        assert_eq!(
            e.last_line(),
            "OverflowError: Python integer 300 out of bounds for int8"
        );
    }
}
