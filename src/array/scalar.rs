//! NumPy scalars: one element of a given dtype, as indexing and reductions return it.

use super::DType;
use half::f16;
use num_complex::{Complex32, Complex64};

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Scalar {
    Bool(bool),
    Int8(i8),
    Int16(i16),
    Int32(i32),
    Int64(i64),
    UInt8(u8),
    UInt16(u16),
    UInt32(u32),
    UInt64(u64),
    Float16(f16),
    Float32(f32),
    Float64(f64),
    Complex64(Complex32),
    Complex128(Complex64),
}

impl Scalar {
    pub fn dtype(&self) -> DType {
        match self {
            Scalar::Bool(_) => DType::Bool,
            Scalar::Int8(_) => DType::Int8,
            Scalar::Int16(_) => DType::Int16,
            Scalar::Int32(_) => DType::Int32,
            Scalar::Int64(_) => DType::Int64,
            Scalar::UInt8(_) => DType::UInt8,
            Scalar::UInt16(_) => DType::UInt16,
            Scalar::UInt32(_) => DType::UInt32,
            Scalar::UInt64(_) => DType::UInt64,
            Scalar::Float16(_) => DType::Float16,
            Scalar::Float32(_) => DType::Float32,
            Scalar::Float64(_) => DType::Float64,
            Scalar::Complex64(_) => DType::Complex64,
            Scalar::Complex128(_) => DType::Complex128,
        }
    }

    /// An integer scalar's value (every integer dtype fits in i128); None
    /// for bool, float and complex.
    pub fn int_value(self) -> Option<i128> {
        Some(match self {
            Scalar::Int8(v) => v.into(),
            Scalar::Int16(v) => v.into(),
            Scalar::Int32(v) => v.into(),
            Scalar::Int64(v) => v.into(),
            Scalar::UInt8(v) => v.into(),
            Scalar::UInt16(v) => v.into(),
            Scalar::UInt32(v) => v.into(),
            Scalar::UInt64(v) => v.into(),
            _ => return None,
        })
    }
}
