//! Element-wise arithmetic and comparisons with broadcasting and NumPy 2's
//! promotion: the loop dtype comes from `promote::result_type`, each
//! operation runs monomorphised for it, and floating-point trouble raises
//! NumPy's RuntimeWarnings (`divide by zero encountered in divide`, …).

use super::promote::{Operand, result_type};
use super::shape::{broadcast_shapes, broadcast_to};
use super::signals::warn;
use super::{Array, Casting, DType, Kind, Stored, can_cast, copy_into};
use crate::error::{Error, Result};
use half::f16;
use num_complex::{Complex32, Complex64};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinaryOp {
    Add,
    Subtract,
    Multiply,
    TrueDivide,
    FloorDivide,
    Remainder,
    Power,
    BitAnd,
    BitOr,
    BitXor,
    LeftShift,
    RightShift,
    Equal,
    NotEqual,
    Less,
    LessEqual,
    Greater,
    GreaterEqual,
}

impl BinaryOp {
    /// The ufunc's name, as NumPy's messages use it.
    pub fn name(self) -> &'static str {
        match self {
            BinaryOp::Add => "add",
            BinaryOp::Subtract => "subtract",
            BinaryOp::Multiply => "multiply",
            BinaryOp::TrueDivide => "divide",
            BinaryOp::FloorDivide => "floor_divide",
            BinaryOp::Remainder => "remainder",
            BinaryOp::Power => "power",
            BinaryOp::BitAnd => "bitwise_and",
            BinaryOp::BitOr => "bitwise_or",
            BinaryOp::BitXor => "bitwise_xor",
            BinaryOp::LeftShift => "left_shift",
            BinaryOp::RightShift => "right_shift",
            BinaryOp::Equal => "equal",
            BinaryOp::NotEqual => "not_equal",
            BinaryOp::Less => "less",
            BinaryOp::LessEqual => "less_equal",
            BinaryOp::Greater => "greater",
            BinaryOp::GreaterEqual => "greater_equal",
        }
    }

    fn is_comparison(self) -> bool {
        matches!(
            self,
            BinaryOp::Equal
                | BinaryOp::NotEqual
                | BinaryOp::Less
                | BinaryOp::LessEqual
                | BinaryOp::Greater
                | BinaryOp::GreaterEqual
        )
    }

    fn is_bitwise(self) -> bool {
        matches!(
            self,
            BinaryOp::BitAnd
                | BinaryOp::BitOr
                | BinaryOp::BitXor
                | BinaryOp::LeftShift
                | BinaryOp::RightShift
        )
    }
}

fn not_supported(name: &str) -> Error {
    Error::type_error(format!(
        "ufunc '{name}' not supported for the input types, and the inputs could not be safely coerced to any supported types according to the casting rule ''safe''"
    ))
}

/// The dtype the loop runs in, after NumPy's per-ufunc rules.
fn loop_dtype(op: BinaryOp, promoted: DType) -> Result<DType> {
    use BinaryOp::*;
    Ok(match (op, promoted.kind()) {
        (TrueDivide, Kind::Bool | Kind::Int | Kind::UInt) => DType::Float64,
        (Subtract, Kind::Bool) => {
            return Err(Error::type_error(
                "numpy boolean subtract, the `-` operator, is not supported, use the bitwise_xor, the `^` operator, or the logical_xor function instead.",
            ));
        }
        (FloorDivide | Remainder | Power, Kind::Bool) => DType::Int8,
        (LeftShift | RightShift, Kind::Bool) => DType::Int8,
        (FloorDivide | Remainder, Kind::Complex) => return Err(not_supported(op.name())),
        (_, Kind::Float | Kind::Complex) if op.is_bitwise() => {
            return Err(not_supported(op.name()));
        }
        _ => promoted,
    })
}

/// Per-element operations of one loop dtype.
trait Arith: Stored + Copy {
    fn add(a: Self, b: Self) -> Self;
    fn sub(a: Self, b: Self) -> Self;
    fn mul(a: Self, b: Self) -> Self;
    /// Division-like ops report problems through `Flags`.
    fn div(a: Self, b: Self, f: &mut Flags) -> Self;
    fn floor_div(a: Self, b: Self, f: &mut Flags) -> Self;
    fn rem(a: Self, b: Self, f: &mut Flags) -> Self;
    fn pow(a: Self, b: Self, f: &mut Flags) -> Self;
    fn bit(op: BinaryOp, a: Self, b: Self) -> Self;
    fn test(op: BinaryOp, a: Self, b: Self) -> bool;
    fn neg(a: Self) -> Self;
    /// Whether a value is finite / NaN, for NumPy's floating-point warnings.
    fn finite(self) -> bool;
    fn nan(self) -> bool;
}

#[derive(Default)]
struct Flags {
    divide_by_zero: bool,
    invalid: bool,
    negative_power: bool,
    overflow: bool,
}

macro_rules! int_arith {
    ($($t:ty),*) => {$(
        impl Arith for $t {
            fn add(a: $t, b: $t) -> $t { a.wrapping_add(b) }
            fn sub(a: $t, b: $t) -> $t { a.wrapping_sub(b) }
            fn mul(a: $t, b: $t) -> $t { a.wrapping_mul(b) }
            fn div(a: $t, b: $t, f: &mut Flags) -> $t { Self::floor_div(a, b, f) }
            fn floor_div(a: $t, b: $t, f: &mut Flags) -> $t {
                if b == 0 { f.divide_by_zero = true; return 0; }
                let (q, wrapped) = a.overflowing_div(b);
                // MIN // -1 wraps to MIN; NumPy's loop raises the overflow flag.
                f.overflow |= wrapped;
                #[allow(unused_comparisons)]
                let adjust = (a.wrapping_rem(b) != 0) && ((a < 0) != (b < 0));
                if adjust { q.wrapping_sub(1) } else { q }
            }
            fn rem(a: $t, b: $t, f: &mut Flags) -> $t {
                if b == 0 { f.divide_by_zero = true; return 0; }
                let r = a.wrapping_rem(b);
                #[allow(unused_comparisons)]
                let adjust = r != 0 && ((r < 0) != (b < 0));
                if adjust { r.wrapping_add(b) } else { r }
            }
            fn pow(a: $t, b: $t, f: &mut Flags) -> $t {
                #[allow(unused_comparisons)]
                if b < 0 { f.negative_power = true; return 0; }
                let mut result: $t = 1;
                let (mut base, mut e) = (a, b as u64);
                while e > 0 {
                    if e & 1 == 1 { result = result.wrapping_mul(base); }
                    base = base.wrapping_mul(base);
                    e >>= 1;
                }
                result
            }
            fn bit(op: BinaryOp, a: $t, b: $t) -> $t {
                let bits = (std::mem::size_of::<$t>() * 8) as u32;
                match op {
                    BinaryOp::BitAnd => a & b,
                    BinaryOp::BitOr => a | b,
                    BinaryOp::BitXor => a ^ b,
                    BinaryOp::LeftShift => if (b as u64) < bits as u64 { a.wrapping_shl(b as u32) } else { 0 },
                    #[allow(unused_comparisons)]
                    _ => if (b as u64) < bits as u64 { a.wrapping_shr(b as u32) } else if a < 0 { !0 } else { 0 },
                }
            }
            fn test(op: BinaryOp, a: $t, b: $t) -> bool { compare(op, a.partial_cmp(&b)) }
            fn neg(a: $t) -> $t { (0 as $t).wrapping_sub(a) }
            fn finite(self) -> bool { true }
            fn nan(self) -> bool { false }
        }
    )*};
}
int_arith!(i8, i16, i32, i64, u8, u16, u32, u64);

fn compare(op: BinaryOp, o: Option<std::cmp::Ordering>) -> bool {
    use std::cmp::Ordering::*;
    match (op, o) {
        (BinaryOp::NotEqual, None) => true,
        (_, None) => false,
        (BinaryOp::Equal, Some(o)) => o == Equal,
        (BinaryOp::NotEqual, Some(o)) => o != Equal,
        (BinaryOp::Less, Some(o)) => o == Less,
        (BinaryOp::LessEqual, Some(o)) => o != Greater,
        (BinaryOp::Greater, Some(o)) => o == Greater,
        _ => o.is_some_and(|o| o != Less),
    }
}

impl Arith for bool {
    fn add(a: bool, b: bool) -> bool {
        a | b
    }
    fn sub(a: bool, b: bool) -> bool {
        a ^ b
    }
    fn mul(a: bool, b: bool) -> bool {
        a & b
    }
    fn div(a: bool, _: bool, _: &mut Flags) -> bool {
        a
    }
    fn floor_div(a: bool, _: bool, _: &mut Flags) -> bool {
        a
    }
    fn rem(_: bool, _: bool, _: &mut Flags) -> bool {
        false
    }
    fn pow(_: bool, _: bool, _: &mut Flags) -> bool {
        true
    }
    fn bit(op: BinaryOp, a: bool, b: bool) -> bool {
        match op {
            BinaryOp::BitAnd => a & b,
            BinaryOp::BitOr => a | b,
            _ => a ^ b,
        }
    }
    fn test(op: BinaryOp, a: bool, b: bool) -> bool {
        compare(op, a.partial_cmp(&b))
    }
    fn neg(a: bool) -> bool {
        !a
    }
    fn finite(self) -> bool {
        true
    }
    fn nan(self) -> bool {
        false
    }
}

/// Python's float floor division and modulo, as NumPy's npy_divmod computes them.
fn divmod_f64(a: f64, b: f64) -> (f64, f64) {
    let m = a % b;
    if b == 0.0 {
        return (a / b, m);
    }
    let mut div = (a - m) / b;
    let mut m = m;
    if m != 0.0 {
        if (b < 0.0) != (m < 0.0) {
            m += b;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(b);
    }
    let floordiv = if div != 0.0 {
        let f = div.floor();
        if div - f > 0.5 { f + 1.0 } else { f }
    } else {
        0.0f64.copysign(a / b)
    };
    (floordiv, m)
}

macro_rules! float_arith {
    ($t:ty, $to:expr, $from:expr) => {
        impl Arith for $t {
            fn add(a: $t, b: $t) -> $t {
                $from($to(a) + $to(b))
            }
            fn sub(a: $t, b: $t) -> $t {
                $from($to(a) - $to(b))
            }
            fn mul(a: $t, b: $t) -> $t {
                $from($to(a) * $to(b))
            }
            fn div(a: $t, b: $t, f: &mut Flags) -> $t {
                let (x, y) = ($to(a), $to(b));
                if y == 0.0 && !x.is_nan() {
                    if x == 0.0 {
                        f.invalid = true
                    } else {
                        f.divide_by_zero = true
                    }
                }
                $from(x / y)
            }
            fn floor_div(a: $t, b: $t, f: &mut Flags) -> $t {
                let (x, y) = ($to(a) as f64, $to(b) as f64);
                if y == 0.0 && !x.is_nan() {
                    if x == 0.0 {
                        f.invalid = true
                    } else {
                        f.divide_by_zero = true
                    }
                }
                $from(divmod_f64(x, y).0 as _)
            }
            fn rem(a: $t, b: $t, f: &mut Flags) -> $t {
                let (x, y) = ($to(a) as f64, $to(b) as f64);
                if y == 0.0 && !x.is_nan() {
                    f.invalid = true
                }
                $from(divmod_f64(x, y).1 as _)
            }
            fn pow(a: $t, b: $t, _: &mut Flags) -> $t {
                $from($to(a).powf($to(b)))
            }
            fn bit(_: BinaryOp, a: $t, _: $t) -> $t {
                a
            }
            fn test(op: BinaryOp, a: $t, b: $t) -> bool {
                compare(op, $to(a).partial_cmp(&$to(b)))
            }
            fn neg(a: $t) -> $t {
                $from(-$to(a))
            }
            fn finite(self) -> bool {
                $to(self).is_finite()
            }
            fn nan(self) -> bool {
                $to(self).is_nan()
            }
        }
    };
}
float_arith!(f64, |x: f64| x, |x: f64| x);
float_arith!(f32, |x: f32| x, |x: f32| x);
// float16 arithmetic runs in float32 and rounds back, as NumPy's half loops do.
float_arith!(f16, |x: f16| x.to_f32(), f16::from_f32);

/// NumPy's complex division (Smith's method, as in npy_math's `npy_cdiv`).
fn cdiv(a: Complex64, b: Complex64) -> Complex64 {
    let (ar, ai, br, bi) = (a.re, a.im, b.re, b.im);
    let (abs_br, abs_bi) = (br.abs(), bi.abs());
    if abs_br >= abs_bi {
        if abs_br == 0.0 && abs_bi == 0.0 {
            return Complex64::new(ar / abs_br, ai / abs_bi);
        }
        let rat = bi / br;
        let scl = 1.0 / (br + bi * rat);
        Complex64::new((ar + ai * rat) * scl, (ai - ar * rat) * scl)
    } else {
        let rat = br / bi;
        let scl = 1.0 / (bi + br * rat);
        Complex64::new((ar * rat + ai) * scl, (ai * rat - ar) * scl)
    }
}

macro_rules! complex_arith {
    ($t:ty, $up:expr, $down:expr) => {
        impl Arith for $t {
            fn add(a: $t, b: $t) -> $t {
                a + b
            }
            fn sub(a: $t, b: $t) -> $t {
                a - b
            }
            fn mul(a: $t, b: $t) -> $t {
                <$t>::new(a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re)
            }
            fn div(a: $t, b: $t, f: &mut Flags) -> $t {
                if b.re == 0.0 && b.im == 0.0 {
                    f.divide_by_zero = true
                }
                $down(cdiv($up(a), $up(b)))
            }
            fn floor_div(a: $t, _: $t, _: &mut Flags) -> $t {
                a
            }
            fn rem(a: $t, _: $t, _: &mut Flags) -> $t {
                a
            }
            fn pow(a: $t, b: $t, _: &mut Flags) -> $t {
                let (x, y) = ($up(a), $up(b));
                if y.im == 0.0 && y.re == y.re.trunc() && y.re.abs() < 1e6 {
                    // Integer powers by repeated multiplication, as NumPy does for small exponents.
                    let n = y.re as i64;
                    let mut r = Complex64::new(1.0, 0.0);
                    for _ in 0..n.unsigned_abs() {
                        r = Complex64::new(r.re * x.re - r.im * x.im, r.re * x.im + r.im * x.re);
                    }
                    return $down(if n < 0 {
                        cdiv(Complex64::new(1.0, 0.0), r)
                    } else {
                        r
                    });
                }
                $down(x.powc(y))
            }
            fn bit(_: BinaryOp, a: $t, _: $t) -> $t {
                a
            }
            fn test(op: BinaryOp, a: $t, b: $t) -> bool {
                // NumPy orders complex numbers lexicographically.
                let o = match a.re.partial_cmp(&b.re) {
                    Some(std::cmp::Ordering::Equal) => a.im.partial_cmp(&b.im),
                    other => other,
                };
                compare(op, o)
            }
            fn neg(a: $t) -> $t {
                -a
            }
            fn finite(self) -> bool {
                self.re.is_finite() && self.im.is_finite()
            }
            fn nan(self) -> bool {
                self.re.is_nan() || self.im.is_nan()
            }
        }
    };
}
complex_arith!(Complex64, |x: Complex64| x, |x: Complex64| x);
complex_arith!(
    Complex32,
    |x: Complex32| Complex64::new(x.re as f64, x.im as f64),
    |x: Complex64| Complex32::new(x.re as f32, x.im as f32)
);

/// Whether every operand is a scalar, not an array (NumPy then says "scalar add").
fn all_scalar(ops: &[&Operand]) -> bool {
    ops.iter().all(|o| !matches!(o, Operand::Array(_)))
}

fn report(flags: &Flags, overflow: bool, name: &str, scalar: bool) -> Result<()> {
    if flags.negative_power {
        return Err(Error::value_error(
            "Integers to negative integer powers are not allowed.",
        ));
    }
    let prefix = if scalar { "scalar " } else { "" };
    if flags.divide_by_zero {
        warn(
            "RuntimeWarning",
            format!("divide by zero encountered in {prefix}{name}"),
        );
    }
    if overflow {
        warn(
            "RuntimeWarning",
            format!("overflow encountered in {prefix}{name}"),
        );
    }
    if flags.invalid {
        warn(
            "RuntimeWarning",
            format!("invalid value encountered in {prefix}{name}"),
        );
    }
    Ok(())
}

fn run<T: Arith>(op: BinaryOp, name: &str, a: &Array, b: &Array, scalar: bool) -> Result<Array> {
    let (x, y) = (a.to_vec::<T>(), b.to_vec::<T>());
    let shape = a.shape().to_vec();
    let mut flags = Flags::default();
    if op.is_comparison() {
        let out: Vec<bool> = x.iter().zip(&y).map(|(&p, &q)| T::test(op, p, q)).collect();
        return Ok(Array::from_vec(out, shape));
    }
    let mut overflow = false;
    let mut invalid = false;
    let out: Vec<T> = x
        .iter()
        .zip(&y)
        .map(|(&p, &q)| {
            let r = match op {
                BinaryOp::Add => T::add(p, q),
                BinaryOp::Subtract => T::sub(p, q),
                BinaryOp::Multiply => T::mul(p, q),
                BinaryOp::TrueDivide => T::div(p, q, &mut flags),
                BinaryOp::FloorDivide => T::floor_div(p, q, &mut flags),
                BinaryOp::Remainder => T::rem(p, q, &mut flags),
                BinaryOp::Power => T::pow(p, q, &mut flags),
                _ => T::bit(op, p, q),
            };
            let inputs_finite = p.finite() && q.finite();
            if inputs_finite && !r.finite() && !r.nan() && !flags.divide_by_zero {
                overflow = true;
            }
            if inputs_finite
                && r.nan()
                && !matches!(
                    op,
                    BinaryOp::TrueDivide | BinaryOp::FloorDivide | BinaryOp::Remainder
                )
            {
                invalid = true;
            }
            r
        })
        .collect();
    flags.invalid |= invalid;
    report(&flags, overflow || flags.overflow, name, scalar)?;
    if scalar
        && T::DTYPE.is_integer()
        && matches!(op, BinaryOp::Add | BinaryOp::Subtract | BinaryOp::Multiply)
    {
        scalar_int_overflow(op, a, b)?;
    }
    Ok(Array::from_vec(out, shape))
}

/// NumPy warns when integer scalar arithmetic overflows (arrays wrap silently).
fn scalar_int_overflow(op: BinaryOp, a: &Array, b: &Array) -> Result<()> {
    let wide = |x: &Array| -> i128 {
        match super::cast_scalar(x.get_flat(0), DType::Int64) {
            super::Scalar::Int64(v) if x.dtype() != DType::UInt64 => v as i128,
            _ => match x.get_flat(0) {
                super::Scalar::UInt64(u) => u as i128,
                _ => 0,
            },
        }
    };
    let (p, q) = (wide(a), wide(b));
    let exact = match op {
        BinaryOp::Add => p + q,
        BinaryOp::Subtract => p - q,
        _ => p.saturating_mul(q),
    };
    let d = a.dtype();
    let bits = d.itemsize() as u32 * 8;
    let (lo, hi) = if d.kind() == Kind::UInt {
        (0i128, (1i128 << bits) - 1)
    } else {
        (-(1i128 << (bits - 1)), (1i128 << (bits - 1)) - 1)
    };
    if exact < lo || exact > hi {
        warn(
            "RuntimeWarning",
            format!("overflow encountered in scalar {}", op.name()),
        );
    }
    Ok(())
}

/// `lhs op rhs` with broadcasting; the evaluator turns 0-d results into scalars.
pub fn binary(op: BinaryOp, lhs: &Operand, rhs: &Operand) -> Result<Array> {
    let promoted = comparison_safe_type(op, lhs, rhs)?;
    let dtype = loop_dtype(op, promoted)?;
    let a = lhs.to_array(dtype)?;
    let b = rhs.to_array(dtype)?;
    let shape = broadcast_shapes(&[a.shape(), b.shape()])?;
    let a = broadcast_to(&a, &shape).expect("broadcastable");
    let b = broadcast_to(&b, &shape).expect("broadcastable");
    let scalar = all_scalar(&[lhs, rhs]);
    crate::with_dtype!(dtype, T => run::<T>(op, op.name(), &a, &b, scalar))
}

/// NumPy's `fast_scalar_power`: `array ** 2` is `np.square(array)` (its own
/// loop dtype — int8 for bools — and warning name); None when not applicable.
pub fn square_fast_path(base: &Array, exponent: &Operand) -> Option<Result<Array>> {
    let two = match exponent {
        Operand::PyInt(i) => *i == 2.into(),
        Operand::PyFloat(f) => *f == 2.0,
        _ => false,
    };
    if !two {
        return None;
    }
    let dtype = if base.dtype() == DType::Bool {
        DType::Int8
    } else {
        base.dtype()
    };
    Some(super::cast_array(base, dtype).and_then(
        |a| crate::with_dtype!(dtype, T => run::<T>(BinaryOp::Multiply, "square", &a, &a, false)),
    ))
}

/// The promoted dtype; comparisons with out-of-range Python ints compare
/// exactly (NumPy 2 allows `uint8_array < -1`) instead of raising.
fn comparison_safe_type(op: BinaryOp, lhs: &Operand, rhs: &Operand) -> Result<DType> {
    match result_type(&[lhs, rhs]) {
        Err(e) if op.is_comparison() && e.class == "OverflowError" => Ok(DType::Float64),
        other => other,
    }
}

/// `target op= rhs`, in place, with NumPy's same_kind rule for the result.
pub fn binary_inplace(op: BinaryOp, target: &Array, rhs: &Operand) -> Result<()> {
    let lhs = Operand::Array(target.clone());
    let r = binary(op, &lhs, rhs)?;
    if !can_cast(r.dtype(), target.dtype(), Casting::SameKind) {
        return Err(Error::new(
            "numpy._core._exceptions._UFuncOutputCastingError",
            format!(
                "Cannot cast ufunc '{}' output from dtype('{}') to dtype('{}') with casting rule 'same_kind'",
                op.name(),
                r.dtype(),
                target.dtype()
            ),
        ));
    }
    if r.shape() != target.shape() {
        return Err(Error::value_error(format!(
            "non-broadcastable output operand with shape {} doesn't match the broadcast shape {}",
            super::shape_repr(target.shape()),
            super::shape_repr(r.shape())
        )));
    }
    copy_into(target, &r)
}

fn unary_run<T: Arith>(a: &Array, f: impl Fn(T) -> T) -> Array {
    let v: Vec<T> = a.to_vec::<T>().into_iter().map(f).collect();
    Array::from_vec(v, a.shape().to_vec())
}

pub fn negative(a: &Array) -> Result<Array> {
    if a.dtype() == DType::Bool {
        return Err(Error::type_error(
            "The numpy boolean negative, the `-` operator, is not supported, use the `~` operator or the logical_not function instead.",
        ));
    }
    Ok(crate::with_dtype!(a.dtype(), T => unary_run::<T>(a, T::neg)))
}

pub fn positive(a: &Array) -> Result<Array> {
    if a.dtype() == DType::Bool {
        return Err(Error::new(
            "numpy._core._exceptions._UFuncNoLoopError",
            "ufunc 'positive' did not contain a loop with signature matching types <class 'numpy.dtypes.BoolDType'> -> None",
        ));
    }
    super::shape::copy(a)
}

pub fn invert(a: &Array) -> Result<Array> {
    match a.dtype().kind() {
        Kind::Float | Kind::Complex => Err(not_supported("invert")),
        _ => Ok(invert_exact(a)),
    }
}

/// `~x`: logical not for bools, bitwise not for integers.
fn invert_exact(a: &Array) -> Array {
    macro_rules! not {
        ($($t:ty),*) => {
            match a.dtype() {
                DType::Bool => unary_run::<bool>(a, |x| !x),
                $(d if d == <$t as super::Element>::DTYPE => unary_run::<$t>(a, |x| !x),)*
                _ => unreachable!("invert of a non-integer"),
            }
        };
    }
    not!(i8, i16, i32, i64, u8, u16, u32, u64)
}

pub fn absolute(a: &Array) -> Result<Array> {
    Ok(match a.dtype() {
        DType::Complex64 => {
            let v: Vec<f32> = a
                .to_vec::<Complex32>()
                .iter()
                .map(|c| c.re.hypot(c.im))
                .collect();
            Array::from_vec(v, a.shape().to_vec())
        }
        DType::Complex128 => {
            let v: Vec<f64> = a
                .to_vec::<Complex64>()
                .iter()
                .map(|c| c.re.hypot(c.im))
                .collect();
            Array::from_vec(v, a.shape().to_vec())
        }
        DType::Bool => a.clone(),
        d => {
            crate::with_dtype!(d, T => unary_run::<T>(a, |x| if T::test(BinaryOp::Less, x, T::sub(x, x)) { T::neg(x) } else { x }))
        }
    })
}

/// `np.round(a, n)` for floats (round half to even at n decimals).
pub fn round(a: &Array, n: i64) -> Result<Array> {
    let scale = 10f64.powi(n as i32);
    let f = super::cast_array(a, DType::Float64)?;
    let v: Vec<f64> = f
        .to_vec::<f64>()
        .iter()
        .map(|x| (x * scale).round_ties_even() / scale)
        .collect();
    super::cast_array(&Array::from_vec(v, a.shape().to_vec()), a.dtype())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::array::signals::take_warnings;

    fn arr(v: Vec<i64>) -> Operand {
        let n = v.len();
        Operand::Array(Array::from_vec(v, vec![n]))
    }

    #[test]
    fn integer_semantics_match_numpy() {
        // NumPy 2.4.6: np.array([-7, 7]) // 2 -> [-4, 3]; a // 0 -> zeros with a warning.
        let r = binary(
            BinaryOp::FloorDivide,
            &arr(vec![-7, 7]),
            &Operand::PyInt(2.into()),
        )
        .unwrap();
        assert_eq!(r.to_vec::<i64>(), vec![-4, 3]);
        let r = binary(
            BinaryOp::FloorDivide,
            &arr(vec![1, 2]),
            &Operand::PyInt(0.into()),
        )
        .unwrap();
        assert_eq!(r.to_vec::<i64>(), vec![0, 0]);
        assert_eq!(
            take_warnings()[0].message,
            "divide by zero encountered in floor_divide"
        );
        let e = binary(BinaryOp::Power, &arr(vec![2]), &Operand::PyInt((-1).into())).unwrap_err();
        assert_eq!(
            e.message,
            "Integers to negative integer powers are not allowed."
        );
    }

    #[test]
    fn float_division_warnings() {
        let f = Operand::Array(Array::from_vec(vec![1.5, -2.0, 0.0], vec![3]));
        let r = binary(BinaryOp::TrueDivide, &f, &Operand::PyInt(0.into())).unwrap();
        let v = r.to_vec::<f64>();
        assert!(v[0] == f64::INFINITY && v[1] == f64::NEG_INFINITY && v[2].is_nan());
        let msgs: Vec<String> = take_warnings().into_iter().map(|w| w.message).collect();
        assert_eq!(
            msgs,
            [
                "divide by zero encountered in divide",
                "invalid value encountered in divide"
            ]
        );
    }
}
