//! Element-wise arithmetic and comparisons with broadcasting and NumPy 2's
//! promotion: the loop dtype comes from `promote::promoted`, each
//! operation runs monomorphised for it, and floating-point trouble raises
//! NumPy's RuntimeWarnings (`divide by zero encountered in divide`, …).

use super::cast::FpStatus;
use super::element::Elem;
use super::promote::{Operand, promoted, result_type};
use super::shape::{broadcast_shapes, broadcast_to};
use super::signals::{poll, warn};
use super::ufuncs::Ufunc;
use super::{Array, Casting, DType, Kind, can_cast, copy_into};
use crate::error::{Error, Exc, Result};
use half::f16;
use num_complex::{Complex32, Complex64};

/// The dtype the loop runs in, after NumPy's per-ufunc rules.
pub fn loop_dtype(op: Ufunc, promoted: DType) -> Result<DType> {
    use Ufunc::*;
    Ok(match (op, promoted.kind()) {
        (TrueDivide, Kind::Bool | Kind::Int | Kind::UInt) => DType::Float64,
        (Subtract, Kind::Bool) => {
            return Err(Error::type_error(
                "numpy boolean subtract, the `-` operator, is not supported, use the bitwise_xor, the `^` operator, or the logical_xor function instead.",
            ));
        }
        (FloorDivide | Remainder | Divmod | Power, Kind::Bool) => DType::Int8,
        (LeftShift | RightShift, Kind::Bool) => DType::Int8,
        (FloorDivide | Remainder | Divmod, Kind::Complex) => return Err(op.not_supported()),
        (FloatPower, Kind::Complex) => DType::Complex128,
        (FloatPower, _) => DType::Float64,
        // Float loops only (ee ff dd): the smallest float the inputs cast
        // to safely.
        (_, Kind::Complex) if op.float_loops_only() => return Err(op.not_supported()),
        (Fmod, Kind::Complex) => return Err(op.not_supported()),
        (Fmod, Kind::Bool) => DType::Int8,
        (_, Kind::Bool | Kind::Int | Kind::UInt) if op.float_loops_only() => {
            match promoted.itemsize() {
                1 => DType::Float16,
                2 => DType::Float32,
                _ => DType::Float64,
            }
        }
        (Gcd | Lcm, Kind::Bool | Kind::Float | Kind::Complex) => {
            return Err(op.not_supported());
        }
        (_, Kind::Float | Kind::Complex) if op.is_bitwise() => {
            return Err(op.not_supported());
        }
        _ => promoted,
    })
}

/// Whether every operand is a scalar, not an array (NumPy then says "scalar add").
fn all_scalar(ops: &[&Operand]) -> bool {
    ops.iter().all(|o| !matches!(o, Operand::Array(_)))
}

/// Whether Python's `lhs op rhs` on NumPy scalars runs in NumPy's scalar
/// math (scalarmath.c.src: its warnings say "scalar add" and integer
/// overflow warns) rather than the array loops: the scalar type whose slot
/// runs must take the other operand without a promotion to a third type.
/// `convert_to_<type>` decides: a NumPy scalar converts when it casts
/// safely; otherwise the operation defers to the other type's (reflected)
/// slot when this type casts safely to it, else it needs promotion and
/// takes the array path. `np.bool_` has no scalar math of its own.
pub fn scalar_math(lhs: &Operand, rhs: &Operand) -> bool {
    use super::cast::{Casting, can_cast};
    let safe = |from: DType, to: DType| can_cast(from, to, Casting::Safe);
    // What `convert_to_<own>` makes of `other`: Some(true) converted,
    // Some(false) promotion (array path), None defer to the other type.
    let converts = |own: DType, other: &Operand| -> Option<bool> {
        let floatish = matches!(own.kind(), Kind::Float | Kind::Complex);
        Some(match other {
            Operand::Array(_) => false,
            Operand::PyBool(_) | Operand::PyInt(_) => true,
            Operand::PyFloat(_) => safe(DType::Float64, own) || floatish,
            Operand::PyComplex(_) => safe(DType::Complex128, own) || own.kind() == Kind::Complex,
            Operand::Scalar(s) if safe(s.dtype(), own) => true,
            Operand::Scalar(s) if safe(own, s.dtype()) => return None,
            Operand::Scalar(_) => false,
        })
    };
    let slot = |own: &Operand, other: &Operand| -> Option<bool> {
        match own {
            Operand::Scalar(s) if s.dtype() != DType::Bool => converts(s.dtype(), other),
            // A Python number or np.bool_ on this side: the generic path.
            Operand::Scalar(_) => Some(false),
            _ => None,
        }
    };
    if !all_scalar(&[lhs, rhs]) {
        return false;
    }
    match (lhs, rhs) {
        (Operand::Scalar(_), _) => match slot(lhs, rhs) {
            Some(r) => r,
            // Deferred: the right operand's reflected slot.
            None => slot(rhs, lhs).unwrap_or(false),
        },
        _ => slot(rhs, lhs).unwrap_or(true),
    }
}

/// `scalar`: NumPy's scalar math rather than the ufunc's loop;
/// `b_stride_zero`: the second operand is broadcast along the loop (as
/// NumPy's iterator passes a 0-d or broadcast single element), which picks
/// the power loop's fast paths.
fn run<T: Elem>(
    op: Ufunc,
    name: &str,
    a: &Array,
    b: &Array,
    scalar: bool,
    b_stride_zero: bool,
) -> Result<Array> {
    if !scalar && let Some(r) = contiguous_binary::<T>(op, name, a, b) {
        return r;
    }
    let (x, y) = (a.to_vec::<T>(), b.to_vec::<T>());
    let shape = a.shape().to_vec();
    let mut flags = FpStatus::default();
    if op.is_comparison() {
        // NumPy's scalar math compares without the loops' NaN rules.
        let out: Vec<bool> = if scalar {
            blocks(&x, &y, |p, q| T::test(op, p, q))
        } else {
            blocks(&x, &y, |p, q| T::compare(op, p, q, &mut flags))
        };
        flags.report(name);
        return Ok(Array::from_vec(out, shape));
    }
    if op.gives_bool() {
        let truth = |v: T| T::test(Ufunc::NotEqual, v, T::ZERO);
        let out: Vec<bool> = blocks(&x, &y, |p, q| match op {
            Ufunc::LogicalAnd => truth(p) && truth(q),
            Ufunc::LogicalOr => truth(p) || truth(q),
            _ => truth(p) != truth(q),
        });
        return Ok(Array::from_vec(out, shape));
    }
    if op == Ufunc::Power && y.iter().any(|q| q.is_negative_int()) {
        return Err(Error::value_error(
            "Integers to negative integer powers are not allowed.",
        ));
    }
    let mut overflow = false;
    let mut invalid = false;
    let (out, underflow): (Vec<T>, bool) = FpStatus::hardware_underflow(|| {
        blocks(&x, &y, |p, q| {
            let r = match op {
                Ufunc::Add => T::add(p, q, &mut flags),
                Ufunc::Subtract => T::sub(p, q, &mut flags),
                Ufunc::Multiply => T::mul(p, q, &mut flags),
                Ufunc::TrueDivide => T::div(p, q, &mut flags),
                Ufunc::FloorDivide => T::floor_div(p, q, &mut flags),
                Ufunc::Remainder => T::rem(p, q, &mut flags),
                // Scalar math calls C's pow (npy_pow), the ufunc its loop.
                Ufunc::Power | Ufunc::FloatPower if scalar => T::pow(p, q, &mut flags),
                Ufunc::Power | Ufunc::FloatPower => T::pow_loop(p, q, b_stride_zero, &mut flags),
                // NaN-ignoring: the other operand when one is NaN.
                Ufunc::Fmax | Ufunc::Fmin if p.is_nan() => q,
                Ufunc::Fmax | Ufunc::Fmin if q.is_nan() => p,
                // Equal operands (0.0 and -0.0) give the first.
                Ufunc::Fmax if T::test(Ufunc::Less, p, q) => q,
                Ufunc::Fmin if T::test(Ufunc::Greater, p, q) => q,
                Ufunc::Fmax | Ufunc::Fmin => p,
                Ufunc::Copysign
                | Ufunc::Hypot
                | Ufunc::Arctan2
                | Ufunc::Logaddexp
                | Ufunc::Logaddexp2
                | Ufunc::Heaviside
                | Ufunc::Nextafter => T::math2(op, p, q, &mut flags),
                Ufunc::Fmod => T::fmod(p, q, &mut flags),
                Ufunc::Gcd | Ufunc::Lcm => T::int2(op, p, q),
                Ufunc::Maximum => T::np_maximum(p, q),
                Ufunc::Minimum => T::np_minimum(p, q),
                _ => T::bit(op, p, q),
            };
            let inputs_finite = p.finite() && q.finite();
            if inputs_finite && !r.finite() && !r.is_nan() && !flags.divide_by_zero {
                overflow = true;
            }
            if inputs_finite
                && r.is_nan()
                && !matches!(
                    op,
                    Ufunc::TrueDivide | Ufunc::FloorDivide | Ufunc::Remainder | Ufunc::Fmod
                )
            {
                invalid = true;
            }
            r
        })
    });
    flags.invalid |= invalid;
    flags.overflow |= overflow;
    flags.underflow |= underflow;
    // NumPy names the operation "scalar add" when no operand is an array.
    // Only the ufuncs with NumPy scalar math (the operators) say "scalar".
    let scalar_math = matches!(
        op,
        Ufunc::Add
            | Ufunc::Subtract
            | Ufunc::Multiply
            | Ufunc::TrueDivide
            | Ufunc::FloorDivide
            | Ufunc::Remainder
            | Ufunc::Power
    );
    flags.report(&format!(
        "{}{name}",
        if scalar && scalar_math { "scalar " } else { "" }
    ));
    if scalar
        && T::DTYPE.is_integer()
        && matches!(op, Ufunc::Add | Ufunc::Subtract | Ufunc::Multiply)
    {
        scalar_int_overflow(op, a, b)?;
    }
    Ok(Array::from_vec(out, shape))
}

/// `$body` with `$step` bound to `op`'s element step for `+ - * /` (true
/// division in float loops only), each a function of its own so the loop
/// around it is monomorphised; None for other operations.
macro_rules! arith_step {
    ($op:expr, $t:ty, $step:ident => $body:expr) => {
        match $op {
            Ufunc::Add => {
                let $step = <$t>::add;
                $body
            }
            Ufunc::Subtract => {
                let $step = <$t>::sub;
                $body
            }
            Ufunc::Multiply => {
                let $step = <$t>::mul;
                $body
            }
            Ufunc::TrueDivide if <$t>::DTYPE.kind() == Kind::Float => {
                let $step = <$t>::div;
                $body
            }
            _ => None,
        }
    };
}

/// An operand of the arithmetic loops below: its own C-contiguous memory,
/// or one element broadcast along the loop (a scalar operand).
#[derive(Clone, Copy)]
enum Side<'a, T> {
    Each(&'a [T]),
    One(T),
}

/// `a`'s elements as a [`Side`], read from its buffer `buf` in place; None
/// for other layouts (and empty arrays, whose offset may lie past the buffer).
fn side<'a, T: Elem>(a: &Array, buf: &'a super::Buffer) -> Option<Side<'a, T>> {
    let (data, at, n) = (T::of(buf), a.offset(), a.size());
    if n == 0 {
        None
    } else if a.is_c_contiguous() {
        Some(Side::Each(&data[at..at + n]))
    } else if a.strides().iter().all(|&s| s == 0) {
        Some(Side::One(data[at]))
    } else {
        None
    }
}

/// The dtypes whose arithmetic steps raise all their own flags, so that
/// the loops reading operands in place need none of `run`'s checks.
fn in_place_dtype(d: DType) -> bool {
    d.is_integer() || matches!(d, DType::Float64 | DType::Float32)
}

/// `+ - * /` and the comparisons of float64/float32 or integer operands
/// that are C-contiguous or one broadcast element: read where they lie (no
/// copies) in one loop per dtype and operation, written once into the new
/// result. None for other ufuncs, dtypes and layouts, which take the
/// general loop (whose extra checks add nothing for these: each step
/// raises its own flags, and comparisons raise none).
fn contiguous_binary<T: Elem>(
    op: Ufunc,
    name: &str,
    a: &Array,
    b: &Array,
) -> Option<Result<Array>> {
    if !in_place_dtype(T::DTYPE) {
        return None;
    }
    if let Some(r) = arith_step!(op, T, step => contiguous_loop(name, a, b, step)) {
        return Some(r);
    }
    // Each comparison a closure of its own, so its `match op` folds away.
    macro_rules! test {
        ($op:expr) => {
            contiguous_loop(name, a, b, |p, q, fp| T::compare($op, p, q, fp))
        };
    }
    match op {
        Ufunc::Equal => test!(Ufunc::Equal),
        Ufunc::NotEqual => test!(Ufunc::NotEqual),
        Ufunc::Less => test!(Ufunc::Less),
        Ufunc::LessEqual => test!(Ufunc::LessEqual),
        Ufunc::Greater => test!(Ufunc::Greater),
        Ufunc::GreaterEqual => test!(Ufunc::GreaterEqual),
        _ => None,
    }
}

fn contiguous_loop<T: Elem, R: super::Stored>(
    name: &str,
    a: &Array,
    b: &Array,
    step: impl Fn(T, T, &mut FpStatus) -> R,
) -> Option<Result<Array>> {
    let (abuf, bbuf) = (a.buffer().borrow(), b.buffer().borrow());
    let (x, y) = (side::<T>(a, &abuf)?, side::<T>(b, &bbuf)?);
    let mut out: Vec<R> = match super::alloc_vec(R::DTYPE, a.shape()) {
        Ok(v) => v,
        Err(e) => return Some(Err(e)),
    };
    let mut flags = FpStatus::default();
    let mut f = |p, q| step(p, q, &mut flags);
    let block = super::signals::BLOCK;
    let ((), underflow) = FpStatus::hardware_underflow(|| match (x, y) {
        (Side::Each(xs), Side::Each(ys)) => {
            for (xs, ys) in xs.chunks(block).zip(ys.chunks(block)) {
                poll();
                out.extend(xs.iter().zip(ys).map(|(&p, &q)| f(p, q)));
            }
        }
        (Side::Each(xs), Side::One(q)) => {
            for xs in xs.chunks(block) {
                poll();
                out.extend(xs.iter().map(|&p| f(p, q)));
            }
        }
        (Side::One(p), Side::Each(ys)) => {
            for ys in ys.chunks(block) {
                poll();
                out.extend(ys.iter().map(|&q| f(p, q)));
            }
        }
        // Both broadcast: a single element (a 1-element result is contiguous).
        (Side::One(p), Side::One(q)) => out.resize(a.size(), f(p, q)),
    });
    flags.underflow |= underflow;
    flags.report(name);
    Some(Ok(Array::from_vec(out, a.shape().to_vec())))
}

/// `np.divmod(lhs, rhs)`: floor division and remainder in one loop (as
/// NumPy's divmod loops compute both), its warnings named "divmod".
pub fn divmod(lhs: &Operand, rhs: &Operand) -> Result<(Array, Array)> {
    let dtype = resolve(Ufunc::Divmod, lhs, rhs)?;
    let a = lhs.to_array(dtype)?;
    let b = rhs.to_array(dtype)?;
    let shape = broadcast_shapes(&[a.shape(), b.shape()])?;
    let a = broadcast_to(&a, &shape).expect("broadcastable");
    let b = broadcast_to(&b, &shape).expect("broadcastable");
    crate::with_dtype!(dtype, T => divmod_run::<T>(&a, &b))
}

fn divmod_run<T: Elem>(a: &Array, b: &Array) -> Result<(Array, Array)> {
    let (x, y) = (a.to_vec::<T>(), b.to_vec::<T>());
    let mut flags = FpStatus::default();
    let pairs: Vec<(T, T)> = blocks(&x, &y, |p, q| {
        (T::floor_div(p, q, &mut flags), T::rem(p, q, &mut flags))
    });
    flags.report("divmod");
    let (q, r): (Vec<T>, Vec<T>) = pairs.into_iter().unzip();
    let shape = a.shape().to_vec();
    Ok((Array::from_vec(q, shape.clone()), Array::from_vec(r, shape)))
}

/// `np.ldexp(x, n)` with `x` in a float loop dtype and `n` an integer
/// array: x * 2**n rounded once (musl's scalbn), as C's ldexp does, so the
/// bits do not depend on libm; float16 computes in float32 and rounds
/// again, as NumPy's half loop does.
pub fn ldexp(x: &Array, n: &Array) -> Result<Array> {
    let n = super::cast_array(n, DType::Int64)?;
    let shape = broadcast_shapes(&[x.shape(), n.shape()])?;
    let x = broadcast_to(x, &shape).expect("broadcastable");
    let e: Vec<i64> = broadcast_to(&n, &shape).expect("broadcastable").to_vec();
    let mut overflow = false;
    let mut go = |finite: bool, inf: bool| overflow |= finite && inf;
    let r = match x.dtype() {
        DType::Float16 => {
            let v: Vec<f16> = x
                .to_vec::<f16>()
                .iter()
                .zip(&e)
                .map(|(&h, &k)| {
                    let r = f16::from_f32(scalbn_f32(h.to_f32(), k));
                    go(h.is_finite(), r.is_infinite());
                    r
                })
                .collect();
            Array::from_vec(v, shape)
        }
        DType::Float32 => {
            let v: Vec<f32> = x
                .to_vec::<f32>()
                .iter()
                .zip(&e)
                .map(|(&f, &k)| {
                    let r = scalbn_f32(f, k);
                    go(f.is_finite(), r.is_infinite());
                    r
                })
                .collect();
            Array::from_vec(v, shape)
        }
        _ => {
            let v: Vec<f64> = x
                .to_vec::<f64>()
                .iter()
                .zip(&e)
                .map(|(&f, &k)| {
                    let r = scalbn_f64(f, k);
                    go(f.is_finite(), r.is_infinite());
                    r
                })
                .collect();
            Array::from_vec(v, shape)
        }
    };
    if overflow {
        warn("RuntimeWarning", "overflow encountered in ldexp");
    }
    Ok(r)
}

/// musl's scalbn: scale in at most three exact steps, the subnormal range
/// entered with 53 spare bits so the result rounds only once.
fn scalbn_f64(x: f64, n: i64) -> f64 {
    let mut y = x;
    let mut n = n.clamp(-100_000, 100_000) as i32;
    let big = f64::from_bits(0x7fe << 52); // 2^1023
    let small = f64::from_bits(0x001 << 52) * f64::from_bits((1023 + 53) << 52); // 2^-1022 * 2^53
    if n > 1023 {
        y *= big;
        n -= 1023;
        if n > 1023 {
            y *= big;
            n -= 1023;
            n = n.min(1023);
        }
    } else if n < -1022 {
        y *= small;
        n += 1022 - 53;
        if n < -1022 {
            y *= small;
            n += 1022 - 53;
            n = n.max(-1022);
        }
    }
    y * f64::from_bits(((0x3ff + n) as u64) << 52)
}

fn scalbn_f32(x: f32, n: i64) -> f32 {
    let mut y = x;
    let mut n = n.clamp(-100_000, 100_000) as i32;
    let big = f32::from_bits(0xfe << 23); // 2^127
    let small = f32::from_bits(0x01 << 23) * f32::from_bits((127 + 24) << 23); // 2^-126 * 2^24
    if n > 127 {
        y *= big;
        n -= 127;
        if n > 127 {
            y *= big;
            n -= 127;
            n = n.min(127);
        }
    } else if n < -126 {
        y *= small;
        n += 126 - 24;
        if n < -126 {
            y *= small;
            n += 126 - 24;
            n = n.max(-126);
        }
    }
    y * f32::from_bits(((0x7f + n) as u32) << 23)
}

/// NumPy warns when integer scalar arithmetic overflows (arrays wrap silently).
fn scalar_int_overflow(op: Ufunc, a: &Array, b: &Array) -> Result<()> {
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
        Ufunc::Add => p + q,
        Ufunc::Subtract => p - q,
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
pub fn binary(op: Ufunc, lhs: &Operand, rhs: &Operand) -> Result<Array> {
    binary_as(op, lhs, rhs, all_scalar(&[lhs, rhs]))
}

/// [`binary`], computed as NumPy's scalar math (`scalar`) or as its array
/// loops (a ufunc call such as `np.divide(1.0, 0)` always is one).
pub fn binary_as(op: Ufunc, lhs: &Operand, rhs: &Operand, scalar: bool) -> Result<Array> {
    if op.def().nout != 1 || op.mixed_loops() {
        return Err(Error::type_error(format!(
            "npcalc computes np.{} only through a call of the ufunc",
            op.name()
        )));
    }
    let dtype = resolve(op, lhs, rhs)?;
    let a = lhs.to_array(dtype)?;
    let b = rhs.to_array(dtype)?;
    let shape = broadcast_shapes(&[a.shape(), b.shape()])?;
    let b_stride_zero = b.ndim() == 0 || (b.size() == 1 && shape.iter().product::<usize>() > 1);
    let a = broadcast_to(&a, &shape).expect("broadcastable");
    let b = broadcast_to(&b, &shape).expect("broadcastable");
    crate::with_dtype!(dtype, T => run::<T>(op, op.name(), &a, &b, scalar, b_stride_zero))
}

/// The dtype `op`'s loop runs in for these operands.
pub fn resolve(op: Ufunc, lhs: &Operand, rhs: &Operand) -> Result<DType> {
    let promoted = comparison_safe_type(op, lhs, rhs)?;
    if matches!(op, Ufunc::Gcd | Ufunc::Lcm) && !promoted.is_integer() {
        return Err(no_loop(op, &[lhs, rhs]));
    }
    if op.float_loops_only() && matches!(promoted.kind(), Kind::Bool | Kind::Int | Kind::UInt) {
        // NumPy's linear search over ee ff dd: the first float loop every
        // strong input casts to safely (uint8 with int8 runs in float16,
        // though the two promote to int16).
        let strong: Vec<DType> = [lhs, rhs]
            .iter()
            .filter_map(|o| match o {
                Operand::Array(a) => Some(a.dtype()),
                Operand::Scalar(s) => Some(s.dtype()),
                Operand::PyBool(_) => Some(DType::Bool),
                _ => None,
            })
            .collect();
        let strong = if strong.is_empty() {
            vec![promoted]
        } else {
            strong
        };
        return Ok([DType::Float16, DType::Float32, DType::Float64]
            .into_iter()
            .find(|&f| strong.iter().all(|&d| can_cast(d, f, Casting::Safe)))
            .unwrap_or(DType::Float64));
    }
    loop_dtype(op, promoted)
}

/// NumPy's `_UFuncNoLoopError`, naming each operand's DType class.
fn no_loop(op: Ufunc, operands: &[&Operand]) -> Error {
    let class = |o: &&Operand| -> String {
        let d = match o {
            Operand::PyInt(_) => return "<class 'numpy.dtypes._PyLongDType'>".into(),
            Operand::PyFloat(_) => return "<class 'numpy.dtypes._PyFloatDType'>".into(),
            Operand::PyComplex(_) => return "<class 'numpy.dtypes._PyComplexDType'>".into(),
            Operand::PyBool(_) => DType::Bool,
            Operand::Array(a) => a.dtype(),
            Operand::Scalar(s) => s.dtype(),
        };
        d.class_repr()
    };
    let types: Vec<String> = operands.iter().map(class).collect();
    Error::new(
        Exc::UFuncNoLoopError,
        format!(
            "ufunc '{}' did not contain a loop with signature matching types ({}) -> None",
            op.name(),
            types.join(", ")
        ),
    )
}

/// NumPy's `fast_scalar_power`: the ufunc `array ** exponent` runs as (its
/// own loop dtype and warning name), if any. A Python int 2 is
/// `np.square` (any dtype); for float and complex arrays a Python int -1
/// is `np.reciprocal` and a Python float 0.5 `np.sqrt` (float only here). `array ** 2.0` is
/// `np.power` (float64 for an int8 array, "overflow encountered in power").
pub fn fast_power_ufunc(base: &Array, exponent: &Operand) -> Option<Ufunc> {
    let inexact = matches!(base.dtype().kind(), Kind::Float | Kind::Complex);
    match exponent {
        Operand::PyInt(i) if *i == 2.into() => Some(Ufunc::Square),
        Operand::PyInt(i) if *i == (-1).into() && inexact => Some(Ufunc::Reciprocal),
        // npcalc's np.sqrt has no complex loop: complex bases stay np.power.
        Operand::PyFloat(f) if *f == 0.5 && base.dtype().kind() == Kind::Float => Some(Ufunc::Sqrt),
        _ => None,
    }
}

/// `array ** 2` as `np.square` (int8 for bools).
pub fn square(base: &Array) -> Result<Array> {
    let dtype = if base.dtype() == DType::Bool {
        DType::Int8
    } else {
        base.dtype()
    };
    super::cast_array(base, dtype).and_then(
        |a| crate::with_dtype!(dtype, T => run::<T>(Ufunc::Multiply, "square", &a, &a, false, false)),
    )
}

/// The promoted dtype; comparisons with out-of-range Python ints compare
/// exactly (NumPy 2 allows `uint8_array < -1`) instead of raising. Other
/// ufuncs check a Python int's range only where it is converted to the loop
/// dtype (`-1 / uint8_array` runs in float64 and is fine), so not here.
fn comparison_safe_type(op: Ufunc, lhs: &Operand, rhs: &Operand) -> Result<DType> {
    if !op.is_comparison() {
        return Ok(promoted(&[lhs, rhs]));
    }
    // Only integer dtypes have those loops: a bool operand takes the
    // default int, which the Python int must fit.
    let integer = [lhs, rhs].iter().any(|o| {
        o.strong_dtype()
            .is_some_and(|d| matches!(d.kind(), Kind::Int | Kind::UInt))
    });
    match result_type(&[lhs, rhs]) {
        Err(e) if e.class == Exc::OverflowError && integer => Ok(DType::Float64),
        other => other,
    }
}

/// `target op= rhs`, in place, with NumPy's same_kind rule for the result.
pub fn binary_inplace(op: Ufunc, target: &Array, rhs: &Operand) -> Result<()> {
    binary_into(op, &Operand::Array(target.clone()), rhs, target)
}

/// `ufunc(lhs, rhs, out=target)`: the result cast into `target` under
/// NumPy's same_kind rule; `target` may be one of the inputs.
pub fn binary_into(op: Ufunc, lhs: &Operand, rhs: &Operand, target: &Array) -> Result<()> {
    target.check_writeable("output array")?;
    // NumPy resolves the loop and checks the output cast before its
    // iterator broadcasts the inputs together with the output.
    let dtype = resolve(op, lhs, rhs)?;
    let result_dtype = if op.gives_bool() { DType::Bool } else { dtype };
    if !can_cast(result_dtype, target.dtype(), Casting::SameKind) {
        return Err(Error::new(
            Exc::UFuncOutputCastingError,
            format!(
                "Cannot cast ufunc '{}' output from dtype('{}') to dtype('{}') with casting rule 'same_kind'",
                op.name(),
                result_dtype,
                target.dtype()
            ),
        ));
    }
    let shape_of = |o: &Operand| match o {
        Operand::Array(a) => a.shape().to_vec(),
        _ => vec![],
    };
    let shape = broadcast_shapes(&[&shape_of(lhs), &shape_of(rhs), target.shape()])?;
    if shape != target.shape() {
        return Err(Error::value_error(format!(
            "non-broadcastable output operand with shape {} doesn't match the broadcast shape {}",
            super::compact_shape_repr(target.shape()),
            super::compact_shape_repr(&shape)
        )));
    }
    if let Operand::Array(l) = lhs
        && l.is(target)
        && dtype == target.dtype()
        && in_place_dtype(dtype)
        && target.is_c_contiguous()
    {
        let b = rhs.to_array(dtype)?;
        let b = broadcast_to(&b, &shape).expect("broadcastable");
        if let Some(()) = crate::with_dtype!(dtype, T => arith_into_lhs::<T>(op, target, &b)) {
            return Ok(());
        }
    }
    let r = binary(op, lhs, rhs)?;
    // The cast into the output is part of NumPy's loop: its flags name
    // the ufunc ("overflow encountered in multiply" for `f32 *= 1e300`).
    super::signals::fp_named(op.name(), || {
        copy_into(target, &broadcast_to(&r, &shape).expect("broadcastable"))
    })
}

/// `target op= b` for the arithmetic of [`contiguous_binary`] (its caller
/// checks the dtype), written over a C-contiguous `target` where it lies when `b` is
/// contiguous in another buffer or one broadcast element (NumPy's in-place
/// loop likewise needs no temporary). None otherwise.
fn arith_into_lhs<T: Elem>(op: Ufunc, target: &Array, b: &Array) -> Option<()> {
    arith_step!(op, T, step => arith_loop_into(op, target, b, step))
}

fn arith_loop_into<T: Elem>(
    op: Ufunc,
    target: &Array,
    b: &Array,
    step: impl Fn(T, T, &mut FpStatus) -> T,
) -> Option<()> {
    let (at, n) = (target.offset(), target.size());
    if n == 0 || target.shares_buffer(b) {
        return None;
    }
    let bbuf = b.buffer().borrow();
    let y = side::<T>(b, &bbuf)?;
    let mut tbuf = target.buffer().borrow_mut();
    let xs = &mut T::of_mut(&mut tbuf)[at..at + n];
    let mut flags = FpStatus::default();
    let mut f = |p, q| step(p, q, &mut flags);
    let block = super::signals::BLOCK;
    let ((), underflow) = FpStatus::hardware_underflow(|| match y {
        Side::Each(ys) => {
            for (xs, ys) in xs.chunks_mut(block).zip(ys.chunks(block)) {
                poll();
                xs.iter_mut().zip(ys).for_each(|(p, &q)| *p = f(*p, q));
            }
        }
        Side::One(q) => {
            for xs in xs.chunks_mut(block) {
                poll();
                xs.iter_mut().for_each(|p| *p = f(*p, q));
            }
        }
    });
    flags.underflow |= underflow;
    drop(tbuf);
    flags.report(op.name());
    Some(())
}

/// `f` of each element, computed over the working copy itself (input +
/// output in memory, not input + copy + output).
fn unary_run<T: Elem>(a: &Array, f: impl Fn(T) -> T) -> Array {
    let mut v = a.to_vec::<T>();
    for xs in v.chunks_mut(super::signals::BLOCK) {
        poll();
        xs.iter_mut().for_each(|x| *x = f(*x));
    }
    Array::from_vec(v, a.shape().to_vec())
}

/// `f` over the pairs of `x` and `y`, polling Ctrl-C once a block so the
/// element loop has no bookkeeping.
fn blocks<T: Copy, R>(x: &[T], y: &[T], mut f: impl FnMut(T, T) -> R) -> Vec<R> {
    let mut out = Vec::with_capacity(x.len());
    let block = super::signals::BLOCK;
    for (xs, ys) in x.chunks(block).zip(y.chunks(block)) {
        poll();
        out.extend(xs.iter().zip(ys).map(|(&p, &q)| f(p, q)));
    }
    out
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
            Exc::UFuncNoLoopError,
            "ufunc 'positive' did not contain a loop with signature matching types <class 'numpy.dtypes.BoolDType'> -> None",
        ));
    }
    super::shape::copy(a)
}

pub fn invert(a: &Array) -> Result<Array> {
    match a.dtype().kind() {
        Kind::Float | Kind::Complex => Err(Ufunc::Invert.not_supported()),
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

/// `np.bitwise_count` on its loop's integer dtype: the 1-bits of |x|, as
/// uint8.
pub fn bitwise_count(a: &Array) -> Array {
    macro_rules! count {
        (signed $($s:ty),*; unsigned $($u:ty),*) => {
            match a.dtype() {
                $(d if d == <$s as super::Element>::DTYPE => {
                    counts(a.to_vec::<$s>(), |x| x.unsigned_abs().count_ones())
                })*
                $(d if d == <$u as super::Element>::DTYPE => {
                    counts(a.to_vec::<$u>(), |x| x.count_ones())
                })*
                _ => unreachable!("bitwise_count's loops are integer"),
            }
        };
    }
    fn counts<T: Copy>(x: Vec<T>, f: impl Fn(T) -> u32) -> Vec<u8> {
        let mut v = Vec::with_capacity(x.len());
        for xs in x.chunks(super::signals::BLOCK) {
            poll();
            v.extend(xs.iter().map(|&x| f(x) as u8));
        }
        v
    }
    let v: Vec<u8> = count!(signed i8, i16, i32, i64; unsigned u8, u16, u32, u64);
    Array::from_vec(v, a.shape().to_vec())
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
        // fabs: clears the sign bit, so -0.0 gives 0.0.
        DType::Float16 => unary_run::<f16>(a, |x| f16::from_bits(x.to_bits() & 0x7fff)),
        DType::Float32 => unary_run::<f32>(a, f32::abs),
        DType::Float64 => unary_run::<f64>(a, f64::abs),
        d => {
            crate::with_dtype!(d, T => unary_run::<T>(a, |x| if T::test(Ufunc::Less, x, T::ZERO) { T::neg(x) } else { x }))
        }
    })
}

/// `np.sqrt(a)`: NumPy's loop for the smallest float type the input casts
/// to safely (bool and 8-bit ints give float16, 16-bit float32, wider
/// float64); IEEE square roots are correctly rounded, so every CPU agrees.
pub fn sqrt(a: &Array) -> Result<Array> {
    let dtype = match a.dtype() {
        DType::Bool | DType::Int8 | DType::UInt8 | DType::Float16 => DType::Float16,
        DType::Int16 | DType::UInt16 | DType::Float32 => DType::Float32,
        DType::Complex64 | DType::Complex128 => {
            return Err(Error::new(
                Exc::NotImplementedError,
                "npcalc's np.sqrt takes real numbers only",
            ));
        }
        _ => DType::Float64,
    };
    let x = super::cast_array(a, dtype)?;
    let mut invalid = false;
    let r = match dtype {
        DType::Float16 => {
            let v: Vec<f16> = x.to_vec();
            let out: Vec<f16> = v
                .iter()
                .map(|h| {
                    let r = h.to_f32().sqrt();
                    invalid |= r.is_nan() && !h.is_nan();
                    f16::from_f32(r)
                })
                .collect();
            Array::from_vec(out, a.shape().to_vec())
        }
        DType::Float32 => {
            let v: Vec<f32> = x.to_vec();
            let out: Vec<f32> = v
                .iter()
                .map(|&f| {
                    let r = f.sqrt();
                    invalid |= r.is_nan() && !f.is_nan();
                    r
                })
                .collect();
            Array::from_vec(out, a.shape().to_vec())
        }
        _ => {
            let v: Vec<f64> = x.to_vec();
            let out: Vec<f64> = v
                .iter()
                .map(|&f| {
                    let r = f.sqrt();
                    invalid |= r.is_nan() && !f.is_nan();
                    r
                })
                .collect();
            Array::from_vec(out, a.shape().to_vec())
        }
    };
    if invalid {
        super::signals::warn(
            "RuntimeWarning",
            format!(
                "invalid value encountered in {}",
                super::signals::fp_name("sqrt")
            ),
        );
    }
    Ok(r)
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
            Ufunc::FloorDivide,
            &arr(vec![-7, 7]),
            &Operand::PyInt(2.into()),
        )
        .unwrap();
        assert_eq!(r.to_vec::<i64>(), vec![-4, 3]);
        let r = binary(
            Ufunc::FloorDivide,
            &arr(vec![1, 2]),
            &Operand::PyInt(0.into()),
        )
        .unwrap();
        assert_eq!(r.to_vec::<i64>(), vec![0, 0]);
        assert_eq!(
            take_warnings()[0].message,
            "divide by zero encountered in floor_divide"
        );
        let e = binary(Ufunc::Power, &arr(vec![2]), &Operand::PyInt((-1).into())).unwrap_err();
        assert_eq!(
            e.message,
            "Integers to negative integer powers are not allowed."
        );
    }

    #[test]
    fn in_place_reading_loops_agree_with_the_general_loop() {
        use crate::array::layout::flip;
        let x = [1e308, -1.0, 0.0, f64::INFINITY, f64::NAN, 3.5];
        let y = [10.0, 0.0, 0.0, f64::INFINITY, 2.0, -0.5];
        // The same values, once contiguous and once behind a negative
        // stride (which takes `run`); results and warnings must agree.
        let plain = |v: &[f64]| Array::from_vec(v.to_vec(), vec![v.len()]);
        let strided = |v: &[f64]| {
            let rev: Vec<f64> = v.iter().rev().copied().collect();
            flip(&Array::from_vec(rev, vec![v.len()]), &[0])
        };
        let bits =
            |a: &Array| -> Vec<u64> { a.to_vec::<f64>().iter().map(|f| f.to_bits()).collect() };
        let seven = Operand::PyFloat(7.0);
        for op in [
            Ufunc::Add,
            Ufunc::Subtract,
            Ufunc::Multiply,
            Ufunc::TrueDivide,
            Ufunc::Less,
            Ufunc::NotEqual,
        ] {
            for (lhs, rhs) in [(true, true), (true, false), (false, true)] {
                let side = |use_x: bool, make: &dyn Fn(&[f64]) -> Array| {
                    if use_x {
                        Operand::Array(make(&x))
                    } else {
                        seven.clone()
                    }
                };
                let run_both = |make: &dyn Fn(&[f64]) -> Array| {
                    let (l, r) = (
                        side(lhs, make),
                        if rhs {
                            Operand::Array(make(&y))
                        } else {
                            seven.clone()
                        },
                    );
                    let out = binary(op, &l, &r).unwrap();
                    let warned: Vec<String> =
                        take_warnings().into_iter().map(|w| w.message).collect();
                    (out, warned)
                };
                let (fast, fast_w) = run_both(&plain);
                let (slow, slow_w) = run_both(&strided);
                assert_eq!(fast.dtype(), slow.dtype(), "{op:?}");
                if fast.dtype() == DType::Bool {
                    assert_eq!(fast.to_vec::<bool>(), slow.to_vec::<bool>(), "{op:?}");
                } else {
                    assert_eq!(bits(&fast), bits(&slow), "{op:?}");
                }
                assert_eq!(fast_w, slow_w, "{op:?} {lhs} {rhs}");
            }
        }
        // `op=` into the left operand, in place, against a new result.
        let target = plain(&x);
        binary_inplace(Ufunc::Multiply, &target, &Operand::Array(plain(&y))).unwrap();
        let in_place_w: Vec<String> = take_warnings().into_iter().map(|w| w.message).collect();
        let fresh = binary(
            Ufunc::Multiply,
            &Operand::Array(strided(&x)),
            &Operand::Array(strided(&y)),
        )
        .unwrap();
        let fresh_w: Vec<String> = take_warnings().into_iter().map(|w| w.message).collect();
        assert_eq!(bits(&target), bits(&fresh));
        assert_eq!(in_place_w, fresh_w);
    }

    #[test]
    fn float_division_warnings() {
        let f = Operand::Array(Array::from_vec(vec![1.5, -2.0, 0.0], vec![3]));
        let r = binary(Ufunc::TrueDivide, &f, &Operand::PyInt(0.into())).unwrap();
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
