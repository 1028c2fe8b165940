//! NumPy 2's type promotion (NEP 50): `np.promote_types` between dtypes, and
//! result dtypes when Python scalars take part — they are "weak": they adopt
//! the array's dtype of their kind (`int8 array + 1` stays int8) and are
//! checked against it (`int8 array + 300` raises OverflowError).

use super::{Array, DType, Kind, Scalar, cast_scalar};
use crate::error::{Error, Result};
use num_bigint::BigInt;
use num_complex::Complex64;
use num_traits::{FromPrimitive, ToPrimitive};

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
    pub fn strong_dtype(&self) -> Option<DType> {
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
            complex_of(promote_types(float_for_int(i), c.real_part()))
        }
        (Float, Float) => {
            if a.itemsize() >= b.itemsize() {
                a
            } else {
                b
            }
        }
        (Float, Complex) | (Complex, Float) | (Complex, Complex) => complex_of(float_for(
            a.real_part().itemsize().max(b.real_part().itemsize()),
        )),
    }
}

/// `__common_dtype__` of a legacy DType: the one with the larger type number
/// decides (None, NumPy's NotImplemented, when `other` comes later).
fn common_one_way(cls: DType, other: DType) -> Option<DType> {
    (other.type_num() <= cls.type_num()).then(|| promote_types(cls, other))
}

/// NumPy's `reduce_dtypes_to_most_knowledgeable`: pairs the ends of the list,
/// moves the DType that decides each pair to the front and clears the ones
/// that cannot change the result; returns the last pair's common DType.
/// `common` is `__common_dtype__`, None for NotImplemented.
fn reduce_to_most_knowledgeable<T: Copy + PartialEq>(
    d: &mut [Option<T>],
    common: fn(T, T) -> Option<T>,
) -> Option<T> {
    let len = d.len();
    let half = len / 2;
    let mut res = None;
    for low in 0..half {
        let high = len - 1 - low;
        let (Some(a), Some(b)) = (d[low], d[high]) else {
            continue;
        };
        res = if a == b { Some(a) } else { common(a, b) };
        if res.is_none() {
            d.swap(low, high);
        }
        if res.is_some() && res == d[low] {
            d[high] = None;
        }
    }
    if len == 2 {
        return res;
    }
    reduce_to_most_knowledgeable(&mut d[..len - half], common)
}

/// `PyArray_PromoteDTypeSequence` up to its reduction: the list reordered
/// (the main DType first), the result so far, and where its loop starts.
fn sequence_start<T: Copy + PartialEq>(
    dtypes: &[T],
    common: fn(T, T) -> Option<T>,
) -> (Vec<Option<T>>, Option<T>, usize) {
    let mut d: Vec<Option<T>> = dtypes.iter().copied().map(Some).collect();
    let result = reduce_to_most_knowledgeable(&mut d, common);
    let start = if result.is_none() { 1 } else { 2 };
    (d, result, start)
}

/// NumPy's `PyArray_PromoteDTypeSequence`: the common dtype of several
/// dtypes, reduced through the most knowledgeable one (so that
/// `int8, uint8, float16` gives float16, not float32).
pub fn promote_sequence(dtypes: &[DType]) -> Option<DType> {
    match dtypes {
        [] => return None,
        [one] => return Some(*one),
        _ => {}
    }
    let (d, mut result, start) = sequence_start(dtypes, common_one_way);
    let main = d[0].expect("the main DType stays in place");
    for other in d[start..].iter().flatten() {
        let promotion = common_one_way(main, *other).unwrap_or_else(|| promote_types(main, *other));
        result = Some(match result {
            None => promotion,
            Some(r) => promote_types(r, promotion),
        });
    }
    result
}

/// A DType class as the promotion of a sequence sees it: a numeric dtype's,
/// NumPy's string DType, or the abstract DTypes of Python's int, float and
/// complex (what `np.result_type('a', 1, 1.0)` promotes).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DTypeClass {
    Numeric(DType),
    Str,
    PyLong,
    PyFloat,
    PyComplex,
}

impl DTypeClass {
    pub fn repr(self) -> String {
        let name = match self {
            DTypeClass::Numeric(d) => d.class_name(),
            DTypeClass::Str => "StrDType",
            DTypeClass::PyLong => "_PyLongDType",
            DTypeClass::PyFloat => "_PyFloatDType",
            DTypeClass::PyComplex => "_PyComplexDType",
        };
        format!("<class 'numpy.dtypes.{name}'>")
    }
}

/// `__common_dtype__` of each class (None: NotImplemented): NumPy's
/// `default_builtin_common_dtype`, `string_unicode_common_dtype` and the
/// abstract DTypes' `int/float/complex_common_dtype`.
fn class_common(cls: DTypeClass, other: DTypeClass) -> Option<DTypeClass> {
    use DTypeClass::*;
    let kind = |d: DType| d.kind();
    match (cls, other) {
        (Numeric(a), Numeric(b)) => common_one_way(a, b).map(Numeric),
        (Numeric(a), PyComplex) => match kind(a) {
            Kind::Complex => Some(cls),
            Kind::Float if a == DType::Float64 => Some(Numeric(DType::Complex128)),
            Kind::Float => Some(Numeric(DType::Complex64)),
            _ => None,
        },
        (Numeric(a), PyFloat) => matches!(kind(a), Kind::Float | Kind::Complex).then_some(cls),
        (Numeric(a), PyLong) => (kind(a) != Kind::Bool).then_some(cls),
        // A string DType's type number is past every number's.
        (Numeric(_), Str) => None,
        (Str, Numeric(_)) => Some(Str),
        (PyLong, Numeric(DType::Bool)) => Some(Numeric(DType::Int64)),
        (PyFloat | PyComplex, Numeric(b))
            if matches!(kind(b), Kind::Bool | Kind::Int | Kind::UInt) =>
        {
            Some(Numeric(if cls == PyFloat {
                DType::Float64
            } else {
                DType::Complex128
            }))
        }
        (PyFloat, PyLong) | (PyComplex, PyLong | PyFloat) => Some(cls),
        _ => None,
    }
}

/// `PyArray_PromoteDTypeSequence` over DType classes: the common class, or
/// NumPy's DTypePromotionError naming the class the main one could not
/// promote.
pub fn promote_classes(classes: &[DTypeClass]) -> Result<DTypeClass> {
    if let [one] = classes {
        return Ok(*one);
    }
    let (d, mut result, start) = sequence_start(classes, class_common);
    let main = d[0].expect("the main DType stays in place");
    for &other in d[start..].iter().flatten() {
        let Some(promotion) = class_common(main, other) else {
            let all: Vec<String> = classes.iter().map(|c| c.repr()).collect();
            return Err(Error::new(
                crate::error::Exc::DTypePromotionError,
                format!(
                    "The DType {} could not be promoted by {}. This means that no common DType exists for the given inputs. For example they cannot be stored in a single array unless the dtype is `object`. The full list of DTypes is: ({})",
                    other.repr(),
                    main.repr(),
                    all.join(", ")
                ),
            ));
        };
        result = Some(match result {
            None => promotion,
            Some(r) => class_common(r, promotion)
                .or_else(|| class_common(promotion, r))
                .unwrap_or(promotion),
        });
    }
    Ok(result.expect("a sequence of two or more promotes"))
}

/// NumPy's OverflowError for a Python int that does not fit an integer dtype.
fn out_of_bounds(i: &BigInt, d: DType) -> Error {
    Error::overflow_error(format!("Python integer {i} out of bounds for {}", d.name()))
}

/// A Python int stored as a `dtype` element, with NumPy's range check.
/// NumPy's `@TYPE@_setitem` converts to a C long first (uint32 and uint64 to
/// an unsigned long, falling back to long for negative ints), and an int
/// beyond that fails there, in Python's words, before the dtype's own
/// bounds are checked.
pub fn python_int_to_scalar(i: &BigInt, dtype: DType) -> Result<Scalar> {
    let unsigned_long = matches!(dtype, DType::UInt32 | DType::UInt64) && i.to_u64().is_some();
    if dtype.is_integer() && i.to_i64().is_none() && !unsigned_long {
        return Err(Error::overflow_error(
            "Python int too large to convert to C long",
        ));
    }
    let s = match dtype.kind() {
        Kind::Bool => Scalar::Bool(i.sign() != num_bigint::Sign::NoSign),
        Kind::Int => {
            let v = i.to_i64().expect("a C long, checked above");
            let bits = int_bits(dtype);
            if bits < 64 && (v < -(1i64 << (bits - 1)) || v >= 1i64 << (bits - 1)) {
                return Err(out_of_bounds(i, dtype));
            }
            cast_scalar(Scalar::Int64(v), dtype)
        }
        Kind::UInt => {
            let v = match i.to_u64() {
                Some(v) => v,
                None => {
                    let v = i.to_i64().expect("a C long, checked above");
                    u64::try_from(v).map_err(|_| out_of_bounds(i, dtype))?
                }
            };
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

/// Python's `int(f)`: NaN and infinity have no int.
pub fn int_of_float(f: f64) -> Result<BigInt> {
    if f.is_nan() {
        return Err(Error::value_error("cannot convert float NaN to integer"));
    }
    BigInt::from_f64(f.trunc())
        .ok_or_else(|| Error::overflow_error("cannot convert float infinity to integer"))
}

/// A Python float cast to a `dtype` element: NaN and infinity cannot become integers.
pub fn python_float_to_scalar(f: f64, dtype: DType) -> Result<Scalar> {
    if dtype.is_integer() {
        int_of_float(f)?;
    }
    Ok(cast_scalar(Scalar::Float64(f), dtype))
}

/// A Python float stored into an array element, as `@TYPE@_setitem` does:
/// integer dtypes take the int Python's `int()` makes of it, with that int's
/// checks (so `300.0` does not fit int8), where a cast would wrap.
pub fn python_float_to_element(f: f64, dtype: DType) -> Result<Scalar> {
    if dtype.is_integer() {
        python_int_to_scalar(&int_of_float(f)?, dtype)
    } else {
        Ok(cast_scalar(Scalar::Float64(f), dtype))
    }
}

/// A Python scalar's kind, as a "weak" operand of NEP 50 (ordered int < float < complex).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Weak {
    Int,
    Float,
    Complex,
}

/// The dtype NEP 50 gives operands of these strong dtypes together with
/// Python scalars of these kinds (no value check: `np.result_type`).
pub fn weak_result_type(
    strong: impl IntoIterator<Item = DType>,
    weak: impl IntoIterator<Item = Weak>,
) -> DType {
    let strong = promote_sequence(&strong.into_iter().collect::<Vec<_>>());
    match (strong, weak.into_iter().max()) {
        (Some(s), None) => s,
        (None, None) => DType::Bool,
        (None, Some(Weak::Int)) => DType::Int64,
        (None, Some(Weak::Float)) => DType::Float64,
        (None, Some(Weak::Complex)) => DType::Complex128,
        (Some(s), Some(w)) => match (s.kind(), w) {
            (Kind::Bool, Weak::Int) => DType::Int64,
            (Kind::Bool | Kind::Int | Kind::UInt, Weak::Float) => DType::Float64,
            (Kind::Bool | Kind::Int | Kind::UInt, Weak::Complex) => DType::Complex128,
            (Kind::Float, Weak::Complex) => complex_of(s),
            _ => s,
        },
    }
}

impl Operand {
    /// The kind of a weak operand (a Python int, float or complex).
    pub fn weak_kind(&self) -> Option<Weak> {
        match self {
            Operand::PyInt(_) => Some(Weak::Int),
            Operand::PyFloat(_) => Some(Weak::Float),
            Operand::PyComplex(_) => Some(Weak::Complex),
            _ => None,
        }
    }
}

/// The dtype NEP 50 promotion gives these operands, their values unchecked.
pub fn promoted(ops: &[&Operand]) -> DType {
    weak_result_type(
        ops.iter().filter_map(|o| o.strong_dtype()),
        ops.iter().filter_map(|o| o.weak_kind()),
    )
}

/// The dtype an operation on these operands computes in (NEP 50).
pub fn result_type(ops: &[&Operand]) -> Result<DType> {
    let d = promoted(ops);
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

/// `np.min_scalar_type` of a 0-d value: the smallest dtype of its kind that
/// holds it (NumPy's `min_scalar_type_num`: integers by range, a non-negative
/// one unsigned; floats by NumPy's bounds ±65000 and ±3.4e38; complex only
/// down to complex64).
pub fn min_scalar_type(s: Scalar) -> DType {
    const HALF_BOUND: f64 = 65000.0;
    const FLOAT_BOUND: f64 = 3.4e38;
    let int = |v: i128, own: DType| {
        let candidates: &[DType] = if v >= 0 {
            &[DType::UInt8, DType::UInt16, DType::UInt32, DType::UInt64]
        } else {
            &[DType::Int8, DType::Int16, DType::Int32, DType::Int64]
        };
        candidates
            .iter()
            .copied()
            .find(|d| d.int_range().is_some_and(|(lo, hi)| lo <= v && v <= hi))
            .unwrap_or(own)
    };
    let real = |v: f64, own: DType| {
        if (v > -HALF_BOUND && v < HALF_BOUND) || !v.is_finite() {
            DType::Float16
        } else if own == DType::Float64 && v > -FLOAT_BOUND && v < FLOAT_BOUND {
            DType::Float32
        } else {
            own
        }
    };
    let d = s.dtype();
    if let Some(v) = s.int_value() {
        return int(v, d);
    }
    match s {
        Scalar::Bool(_) | Scalar::Float16(_) | Scalar::Complex64(_) => d,
        Scalar::Float32(v) => real(v.into(), d),
        Scalar::Float64(v) => real(v, d),
        Scalar::Complex128(c) => {
            let fits = |x: f64| x > -FLOAT_BOUND && x < FLOAT_BOUND;
            if fits(c.re) && fits(c.im) {
                DType::Complex64
            } else {
                d
            }
        }
        _ => d,
    }
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
    fn dtype_sequences_reduce_through_the_most_knowledgeable() {
        use DType::*;
        // np.result_type(...) in NumPy 2.4.6: not a left-to-right reduction.
        assert_eq!(promote_sequence(&[Int8, UInt8, Float16]), Some(Float16));
        assert_eq!(promote_sequence(&[Int8, UInt8]), Some(Int16));
        assert_eq!(promote_sequence(&[UInt64, Int8, Float16]), Some(Float64));
        assert_eq!(promote_sequence(&[Float32]), Some(Float32));
        assert_eq!(promote_sequence(&[]), None);
    }

    #[test]
    fn min_scalar_type_follows_numpy() {
        use DType::*;
        assert_eq!(min_scalar_type(Scalar::Int64(10)), UInt8);
        assert_eq!(min_scalar_type(Scalar::Int64(-129)), Int16);
        assert_eq!(min_scalar_type(Scalar::UInt64(1 << 63)), UInt64);
        assert_eq!(min_scalar_type(Scalar::Float64(1e10)), Float32);
        assert_eq!(min_scalar_type(Scalar::Float64(f64::NAN)), Float16);
        assert_eq!(min_scalar_type(Scalar::Float64(1e300)), Float64);
        assert_eq!(
            min_scalar_type(Scalar::Complex128(num_complex::Complex64::new(1.0, 2.0))),
            Complex64
        );
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
