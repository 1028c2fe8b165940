//! The 14 numeric dtypes and the element types that stand for them.

use half::f16;
use num_complex::{Complex32, Complex64};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DType {
    Bool,
    Int8,
    Int16,
    Int32,
    Int64,
    UInt8,
    UInt16,
    UInt32,
    UInt64,
    Float16,
    Float32,
    Float64,
    Complex64,
    Complex128,
}

/// NumPy's dtype kind character.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Bool,
    Int,
    UInt,
    Float,
    Complex,
}

impl DType {
    pub const ALL: [DType; 14] = [
        DType::Bool,
        DType::Int8,
        DType::Int16,
        DType::Int32,
        DType::Int64,
        DType::UInt8,
        DType::UInt16,
        DType::UInt32,
        DType::UInt64,
        DType::Float16,
        DType::Float32,
        DType::Float64,
        DType::Complex64,
        DType::Complex128,
    ];

    /// The name NumPy prints, as in `dtype('int64')`.
    pub fn name(self) -> &'static str {
        match self {
            DType::Bool => "bool",
            DType::Int8 => "int8",
            DType::Int16 => "int16",
            DType::Int32 => "int32",
            DType::Int64 => "int64",
            DType::UInt8 => "uint8",
            DType::UInt16 => "uint16",
            DType::UInt32 => "uint32",
            DType::UInt64 => "uint64",
            DType::Float16 => "float16",
            DType::Float32 => "float32",
            DType::Float64 => "float64",
            DType::Complex64 => "complex64",
            DType::Complex128 => "complex128",
        }
    }

    /// The class of its dtype instance, `numpy.dtypes.Int64DType`.
    pub fn class_name(self) -> &'static str {
        match self {
            DType::Bool => "BoolDType",
            DType::Int8 => "Int8DType",
            DType::Int16 => "Int16DType",
            DType::Int32 => "Int32DType",
            DType::Int64 => "Int64DType",
            DType::UInt8 => "UInt8DType",
            DType::UInt16 => "UInt16DType",
            DType::UInt32 => "UInt32DType",
            DType::UInt64 => "UInt64DType",
            DType::Float16 => "Float16DType",
            DType::Float32 => "Float32DType",
            DType::Float64 => "Float64DType",
            DType::Complex64 => "Complex64DType",
            DType::Complex128 => "Complex128DType",
        }
    }

    /// That class's repr, as NumPy's loop errors name operands:
    /// `<class 'numpy.dtypes.Int64DType'>`.
    pub fn class_repr(self) -> String {
        format!("<class 'numpy.dtypes.{}'>", self.class_name())
    }

    pub fn itemsize(self) -> usize {
        match self {
            DType::Bool | DType::Int8 | DType::UInt8 => 1,
            DType::Int16 | DType::UInt16 | DType::Float16 => 2,
            DType::Int32 | DType::UInt32 | DType::Float32 => 4,
            DType::Int64 | DType::UInt64 | DType::Float64 | DType::Complex64 => 8,
            DType::Complex128 => 16,
        }
    }

    pub fn kind(self) -> Kind {
        match self {
            DType::Bool => Kind::Bool,
            DType::Int8 | DType::Int16 | DType::Int32 | DType::Int64 => Kind::Int,
            DType::UInt8 | DType::UInt16 | DType::UInt32 | DType::UInt64 => Kind::UInt,
            DType::Float16 | DType::Float32 | DType::Float64 => Kind::Float,
            DType::Complex64 | DType::Complex128 => Kind::Complex,
        }
    }

    /// NumPy's one-letter kind code (`b i u f c`).
    pub fn kind_char(self) -> char {
        match self.kind() {
            Kind::Bool => 'b',
            Kind::Int => 'i',
            Kind::UInt => 'u',
            Kind::Float => 'f',
            Kind::Complex => 'c',
        }
    }

    /// NumPy's one-character type code (`dtype.char`).
    pub fn char_code(self) -> char {
        match self {
            DType::Bool => '?',
            DType::Int8 => 'b',
            DType::Int16 => 'h',
            DType::Int32 => 'i',
            DType::Int64 => 'l',
            DType::UInt8 => 'B',
            DType::UInt16 => 'H',
            DType::UInt32 => 'I',
            DType::UInt64 => 'L',
            DType::Float16 => 'e',
            DType::Float32 => 'f',
            DType::Float64 => 'd',
            DType::Complex64 => 'F',
            DType::Complex128 => 'D',
        }
    }

    /// The dtype of a one-character type code, as `ufunc.types` spells loops.
    pub fn from_char(c: char) -> Option<DType> {
        DType::ALL.iter().copied().find(|d| d.char_code() == c)
    }

    /// The array-protocol type string (`dtype.str`), e.g. `<i8`, `|b1`.
    pub fn str_code(self) -> String {
        let order = if self.itemsize() == 1 { '|' } else { '<' };
        format!("{order}{}{}", self.kind_char(), self.itemsize())
    }

    pub fn is_integer(self) -> bool {
        matches!(self.kind(), Kind::Int | Kind::UInt)
    }
    pub fn is_inexact(self) -> bool {
        matches!(self.kind(), Kind::Float | Kind::Complex)
    }
}

/// The parameters of a float dtype, as C's `<float.h>` (and `half`) declare
/// them and NumPy's `finfo` reads them: the values are elements of the dtype.
#[derive(Clone, Copy, Debug)]
pub struct FloatParams {
    /// The gap between 1 and the next float (`FLT_EPSILON`).
    pub eps: super::Scalar,
    /// The largest finite float (`FLT_MAX`).
    pub max: super::Scalar,
    /// The smallest positive normal float (`FLT_MIN`).
    pub smallest_normal: super::Scalar,
    /// The smallest positive subnormal float (`FLT_TRUE_MIN`).
    pub smallest_subnormal: super::Scalar,
    /// Bits of the significand, the implicit leading one included (`FLT_MANT_DIG`).
    pub mant_dig: u32,
    /// `FLT_MIN_EXP`: one more than the smallest normal exponent.
    pub min_exp: i32,
    /// `FLT_MAX_EXP`: the smallest power of 2 that overflows.
    pub max_exp: i32,
    /// Decimal digits that survive a round trip (`FLT_DIG`).
    pub digits: u32,
}

macro_rules! float_params {
    ($t:ty, $d:ident, $subnormal:expr) => {
        FloatParams {
            eps: super::Scalar::$d(<$t>::EPSILON),
            max: super::Scalar::$d(<$t>::MAX),
            smallest_normal: super::Scalar::$d(<$t>::MIN_POSITIVE),
            smallest_subnormal: super::Scalar::$d($subnormal),
            mant_dig: <$t>::MANTISSA_DIGITS,
            min_exp: <$t>::MIN_EXP,
            max_exp: <$t>::MAX_EXP,
            digits: <$t>::DIGITS,
        }
    };
}

impl DType {
    /// The float parameters of a float dtype (None for the others).
    pub fn float_params(self) -> Option<FloatParams> {
        Some(match self {
            DType::Float16 => float_params!(f16, Float16, f16::MIN_POSITIVE_SUBNORMAL),
            DType::Float32 => float_params!(f32, Float32, f32::from_bits(1)),
            DType::Float64 => float_params!(f64, Float64, f64::from_bits(1)),
            _ => return None,
        })
    }

    /// The smallest and largest value of an integer or bool dtype.
    pub fn int_range(self) -> Option<(i128, i128)> {
        let bits = self.itemsize() as u32 * 8;
        match self.kind() {
            Kind::Int => Some((-(1i128 << (bits - 1)), (1i128 << (bits - 1)) - 1)),
            Kind::UInt => Some((0, (1i128 << bits) - 1)),
            Kind::Bool => Some((0, 1)),
            _ => None,
        }
    }

    /// NumPy's type number (`dtype.num` on 64-bit Linux): the order in which
    /// the legacy dtypes defer promotion to one another (float16 is last).
    pub fn type_num(self) -> u8 {
        match self {
            DType::Bool => 0,
            DType::Int8 => 1,
            DType::UInt8 => 2,
            DType::Int16 => 3,
            DType::UInt16 => 4,
            DType::Int32 => 5,
            DType::UInt32 => 6,
            DType::Int64 => 7,
            DType::UInt64 => 8,
            DType::Float32 => 11,
            DType::Float64 => 12,
            DType::Complex64 => 14,
            DType::Complex128 => 15,
            DType::Float16 => 23,
        }
    }

    /// The float dtype of a float or complex dtype's parts.
    pub fn real_part(self) -> DType {
        match self {
            DType::Complex64 => DType::Float32,
            DType::Complex128 => DType::Float64,
            other => other,
        }
    }
}

/// NumPy's abstract scalar classes, the hierarchy under `np.generic`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Abstract {
    Generic,
    Number,
    Integer,
    SignedInteger,
    UnsignedInteger,
    Inexact,
    Floating,
    ComplexFloating,
}

impl Abstract {
    pub const ALL: [Abstract; 8] = [
        Abstract::Generic,
        Abstract::Number,
        Abstract::Integer,
        Abstract::SignedInteger,
        Abstract::UnsignedInteger,
        Abstract::Inexact,
        Abstract::Floating,
        Abstract::ComplexFloating,
    ];

    /// The name after `numpy.`, as in `<class 'numpy.integer'>`.
    pub fn name(self) -> &'static str {
        match self {
            Abstract::Generic => "generic",
            Abstract::Number => "number",
            Abstract::Integer => "integer",
            Abstract::SignedInteger => "signedinteger",
            Abstract::UnsignedInteger => "unsignedinteger",
            Abstract::Inexact => "inexact",
            Abstract::Floating => "floating",
            Abstract::ComplexFloating => "complexfloating",
        }
    }

    pub fn from_name(name: &str) -> Option<Abstract> {
        Abstract::ALL.into_iter().find(|a| a.name() == name)
    }

    /// The direct base class (None for `generic`).
    pub fn base(self) -> Option<Abstract> {
        Some(match self {
            Abstract::Generic => return None,
            Abstract::Number => Abstract::Generic,
            Abstract::Integer | Abstract::Inexact => Abstract::Number,
            Abstract::SignedInteger | Abstract::UnsignedInteger => Abstract::Integer,
            Abstract::Floating | Abstract::ComplexFloating => Abstract::Inexact,
        })
    }

    /// The abstract class a concrete scalar type derives from directly.
    pub fn of(d: DType) -> Abstract {
        match d.kind() {
            Kind::Bool => Abstract::Generic,
            Kind::Int => Abstract::SignedInteger,
            Kind::UInt => Abstract::UnsignedInteger,
            Kind::Float => Abstract::Floating,
            Kind::Complex => Abstract::ComplexFloating,
        }
    }

    /// `issubclass(self, other)`.
    pub fn is_sub(self, other: Abstract) -> bool {
        self == other || self.base().is_some_and(|b| b.is_sub(other))
    }

    /// `issubclass(d.type, self)`.
    pub fn contains(self, d: DType) -> bool {
        Abstract::of(d).is_sub(self)
    }

    /// NumPy's TypeError text for `np.dtype(np.<abstract>)`.
    pub fn dtype_error(self) -> &'static str {
        match self {
            Abstract::Generic => "Converting `np.generic` to a dtype is not allowed.",
            Abstract::Number | Abstract::Inexact | Abstract::Floating => {
                "Converting `np.inexact` or `np.floating` to a dtype not allowed"
            }
            Abstract::Integer | Abstract::SignedInteger => {
                "Converting 'np.integer' or 'np.signedinteger' to a dtype is not allowed"
            }
            Abstract::UnsignedInteger => {
                "Converting `np.unsignedinteger` to a dtype is not allowed"
            }
            Abstract::ComplexFloating => "Converting `np.complex` to a dtype is not allowed.",
        }
    }
}

impl std::fmt::Display for DType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

/// A Rust type that is the storage of one dtype. Kernels are generic over it,
/// so each dtype gets its own monomorphised loop.
pub trait Element: Copy + Default + PartialEq + std::fmt::Debug + 'static {
    const DTYPE: DType;
    fn into_scalar(self) -> super::Scalar;
    /// The element held by a scalar of this very dtype (no casting).
    fn from_scalar(s: super::Scalar) -> Option<Self>;
}

macro_rules! elements {
    ($($t:ty => $d:ident),* $(,)?) => {$(
        impl Element for $t {
            const DTYPE: DType = DType::$d;
            fn into_scalar(self) -> super::Scalar {
                super::Scalar::$d(self)
            }
            fn from_scalar(s: super::Scalar) -> Option<Self> {
                match s {
                    super::Scalar::$d(v) => Some(v),
                    _ => None,
                }
            }
        }
    )*};
}

elements!(
    bool => Bool,
    i8 => Int8,
    i16 => Int16,
    i32 => Int32,
    i64 => Int64,
    u8 => UInt8,
    u16 => UInt16,
    u32 => UInt32,
    u64 => UInt64,
    f16 => Float16,
    f32 => Float32,
    f64 => Float64,
    Complex32 => Complex64,
    Complex64 => Complex128,
);

/// Runs `$body` with `$T` bound to the element type of `$dtype`; each arm is
/// its own monomorphised copy of the body.
#[macro_export]
macro_rules! with_dtype {
    ($dtype:expr, $T:ident => $body:expr) => {{
        use $crate::array::DType as __D;
        match $dtype {
            __D::Bool => {
                type $T = bool;
                $body
            }
            __D::Int8 => {
                type $T = i8;
                $body
            }
            __D::Int16 => {
                type $T = i16;
                $body
            }
            __D::Int32 => {
                type $T = i32;
                $body
            }
            __D::Int64 => {
                type $T = i64;
                $body
            }
            __D::UInt8 => {
                type $T = u8;
                $body
            }
            __D::UInt16 => {
                type $T = u16;
                $body
            }
            __D::UInt32 => {
                type $T = u32;
                $body
            }
            __D::UInt64 => {
                type $T = u64;
                $body
            }
            __D::Float16 => {
                type $T = half::f16;
                $body
            }
            __D::Float32 => {
                type $T = f32;
                $body
            }
            __D::Float64 => {
                type $T = f64;
                $body
            }
            __D::Complex64 => {
                type $T = num_complex::Complex32;
                $body
            }
            __D::Complex128 => {
                type $T = num_complex::Complex64;
                $body
            }
        }
    }};
}
