//! NumPy's one-input ufuncs. Each ufunc's loops are declared once (in
//! `ufuncs.rs`, as NumPy lists them in `ufunc.types`), the loop is picked
//! as NumPy's linear search picks it (the first the input casts to
//! safely), and the element operation runs in one monomorphised pass.
//! Every operation here is exact in IEEE arithmetic (rounding to integers,
//! sign, square, reciprocal, …), so its bits do not depend on the CPU.

use super::cast::{FpStatus, cast_array};
use super::select::{self, Class};
use super::ufuncs::Ufunc;
use super::{Array, Casting, DType, Stored, can_cast, transc, ufunc};
use crate::error::{Error, Result};
use half::f16;
use num_complex::{Complex32, Complex64};

/// The exact element operations, for the dtypes whose loops use them.
trait Exact: Copy + Stored {
    fn floor(self) -> Self {
        self
    }
    fn ceil(self) -> Self {
        self
    }
    fn trunc(self) -> Self {
        self
    }
    fn rint(self) -> Self {
        self
    }
    fn fabs(self) -> Self {
        self
    }
    fn conj(self) -> Self {
        self
    }
    fn deg2rad(self, _fp: &mut FpStatus) -> Self {
        self
    }
    fn rad2deg(self, _fp: &mut FpStatus) -> Self {
        self
    }
    fn spacing(self, _fp: &mut FpStatus) -> Self {
        self
    }
    fn sign(self) -> Self;
    fn square(self, fp: &mut FpStatus) -> Self;
    fn reciprocal(self, fp: &mut FpStatus) -> Self;
    fn is_zero(self) -> bool;
    fn signbit(self) -> bool {
        false
    }
}

macro_rules! int_exact {
    ($($t:ty),*) => {$(
        impl Exact for $t {
            #[allow(unused_comparisons)]
            fn sign(self) -> Self {
                if self > 0 { 1 } else if self < 0 { (0 as $t).wrapping_sub(1) } else { 0 }
            }
            fn square(self, _: &mut FpStatus) -> Self {
                self.wrapping_mul(self)
            }
            // No loop selects it: npcalc refuses integer reciprocals first.
            fn reciprocal(self, _: &mut FpStatus) -> Self {
                self
            }
            fn is_zero(self) -> bool {
                self == 0
            }
        }
    )*};
}
int_exact!(i8, i16, i32, i64, u8, u16, u32, u64);

impl Exact for bool {
    fn sign(self) -> Self {
        self
    }
    fn square(self, _: &mut FpStatus) -> Self {
        self
    }
    fn reciprocal(self, _: &mut FpStatus) -> Self {
        self
    }
    fn is_zero(self) -> bool {
        !self
    }
}

macro_rules! float_exact {
    ($($t:ident),*) => {$(
        impl Exact for $t {
            fn floor(self) -> Self { <$t>::floor(self) }
            fn ceil(self) -> Self { <$t>::ceil(self) }
            fn trunc(self) -> Self { <$t>::trunc(self) }
            fn rint(self) -> Self { self.round_ties_even() }
            fn fabs(self) -> Self { self.abs() }
            // npy_deg2rad: x * (pi / 180), the constant in the loop's type.
            fn deg2rad(self, fp: &mut FpStatus) -> Self {
                let r = self * (std::$t::consts::PI / 180.0);
                fp.overflow |= r.is_infinite() && self.is_finite();
                r
            }
            fn rad2deg(self, fp: &mut FpStatus) -> Self {
                let r = self * (180.0 / std::$t::consts::PI);
                fp.overflow |= r.is_infinite() && self.is_finite();
                r
            }
            // The step away from zero (towards +inf for 0 and -0.0).
            fn spacing(self, fp: &mut FpStatus) -> Self {
                // No flag for inf: C's nextafter(inf, inf) - inf is quiet.
                if !self.is_finite() {
                    return <$t>::NAN;
                }
                let bits = self.to_bits();
                let next = if self == 0.0 { <$t>::from_bits(1) } else { <$t>::from_bits(bits + 1) };
                let r = next - self;
                fp.overflow |= r.is_infinite();
                r
            }
            // NumPy: x > 0 ? 1 : x < 0 ? -1 : x == 0 ? 0 : x (NaN stays, -0.0 gives 0.0).
            fn sign(self) -> Self {
                if self > 0.0 { 1.0 } else if self < 0.0 { -1.0 } else if self == 0.0 { 0.0 } else { self }
            }
            fn square(self, fp: &mut FpStatus) -> Self {
                let r = self * self;
                fp.overflow |= r.is_infinite() && self.is_finite();
                r
            }
            fn reciprocal(self, fp: &mut FpStatus) -> Self {
                fp.divide_by_zero |= self == 0.0;
                1.0 / self
            }
            fn is_zero(self) -> bool { self == 0.0 }
            fn signbit(self) -> bool { self.is_sign_negative() }
        }
    )*};
}
float_exact!(f32, f64);

/// Half-precision loops compute in float32 and round once, as NumPy's do;
/// the rounding functions are exact either way.
fn via_f32(x: f16, f: impl Fn(f32) -> f32) -> f16 {
    f16::from_f32(f(x.to_f32()))
}

impl Exact for f16 {
    fn floor(self) -> Self {
        via_f32(self, f32::floor)
    }
    fn ceil(self) -> Self {
        via_f32(self, f32::ceil)
    }
    fn trunc(self) -> Self {
        via_f32(self, f32::trunc)
    }
    fn rint(self) -> Self {
        via_f32(self, f32::round_ties_even)
    }
    fn fabs(self) -> Self {
        via_f32(self, f32::abs)
    }
    fn deg2rad(self, fp: &mut FpStatus) -> Self {
        let r = via_f32(self, |x| x.deg2rad(&mut FpStatus::default()));
        fp.overflow |= r.is_infinite() && self.is_finite();
        r
    }
    fn rad2deg(self, fp: &mut FpStatus) -> Self {
        let r = via_f32(self, |x| x.rad2deg(&mut FpStatus::default()));
        fp.overflow |= r.is_infinite() && self.is_finite();
        r
    }
    // NumPy's npy_half_spacing: the step towards +inf, whatever the sign.
    fn spacing(self, fp: &mut FpStatus) -> Self {
        if !self.is_finite() {
            fp.invalid |= self.is_infinite();
            return f16::NAN;
        }
        let bits = self.to_bits();
        let next = match bits {
            0 | 0x8000 => f16::from_bits(1),
            b if b & 0x8000 != 0 => f16::from_bits(b - 1),
            b => f16::from_bits(b + 1),
        };
        let r = f16::from_f32(next.to_f32() - self.to_f32());
        fp.overflow |= r.is_infinite();
        r
    }
    fn sign(self) -> Self {
        via_f32(self, Exact::sign)
    }
    fn square(self, fp: &mut FpStatus) -> Self {
        let r = via_f32(self, |x| x * x);
        fp.overflow |= r.is_infinite() && self.is_finite();
        r
    }
    fn reciprocal(self, fp: &mut FpStatus) -> Self {
        fp.divide_by_zero |= self.to_f32() == 0.0;
        via_f32(self, |x| 1.0 / x)
    }
    fn is_zero(self) -> bool {
        self.to_f32() == 0.0
    }
    fn signbit(self) -> bool {
        self.is_sign_negative()
    }
}

/// A NaN made from numbers (inf - inf, inf / inf) raises the invalid flag.
fn complex_invalid<F: num_traits::Float>(
    z: num_complex::Complex<F>,
    r: num_complex::Complex<F>,
    fp: &mut FpStatus,
) -> num_complex::Complex<F> {
    fp.invalid |= (r.re.is_nan() || r.im.is_nan()) && !(z.re.is_nan() || z.im.is_nan());
    r
}

macro_rules! complex_exact {
    ($($c:ident: $f:ty),*) => {$(
        impl Exact for $c {
            fn conj(self) -> Self { $c::new(self.re, -self.im) }
            // NumPy 2's z / |z|, with its cases for NaN, infinities and zero.
            fn sign(self) -> Self {
                let (re, im) = (self.re, self.im);
                let abs = re.hypot(im);
                if abs.is_nan() {
                    $c::new(<$f>::NAN, <$f>::NAN)
                } else if abs.is_infinite() {
                    match (re.is_infinite(), im.is_infinite()) {
                        (true, true) => $c::new(<$f>::NAN, <$f>::NAN),
                        (true, false) => $c::new(if re > 0.0 { 1.0 } else { -1.0 }, 0.0),
                        _ => $c::new(0.0, if im > 0.0 { 1.0 } else { -1.0 }),
                    }
                } else if abs == 0.0 {
                    $c::new(0.0, 0.0)
                } else {
                    $c::new(re / abs, im / abs)
                }
            }
            fn square(self, fp: &mut FpStatus) -> Self {
                let (re, im) = (self.re, self.im);
                let r = $c::new(re * re - im * im, re * im + im * re);
                fp.overflow |= re.is_finite() && im.is_finite() && !(r.re.is_finite() && r.im.is_finite());
                complex_invalid(self, r, fp)
            }
            // Smith's division of 1 by z, as NumPy's loop does it, each
            // step with its IEEE flags.
            fn reciprocal(self, fp: &mut FpStatus) -> Self {
                use super::element::ieee::{add, div, mul, ordered};
                let (re, im) = (self.re, self.im);
                ordered(im.abs(), re.abs(), fp);
                if im.abs() <= re.abs() {
                    let r = div(im, re, fp);
                    let d = add(re, mul(im, r, fp), fp);
                    $c::new(div(1.0, d, fp), div(-r, d, fp))
                } else {
                    let r = div(re, im, fp);
                    let d = add(mul(re, r, fp), im, fp);
                    $c::new(div(r, d, fp), div(-1.0, d, fp))
                }
            }
            fn is_zero(self) -> bool { self.re == 0.0 && self.im == 0.0 }
        }
    )*};
}
complex_exact!(Complex32: f32, Complex64: f64);

fn map<T: Exact, U: Stored>(a: &Array, f: impl FnMut(T) -> U) -> Array {
    let out: Vec<U> = a.to_vec::<T>().into_iter().map(f).collect();
    Array::from_vec(out, a.shape().to_vec())
}

fn run<T: Exact>(op: Ufunc, a: &Array, fp: &mut FpStatus) -> Array {
    match op {
        Ufunc::Floor => map(a, T::floor),
        Ufunc::Ceil => map(a, T::ceil),
        Ufunc::Trunc => map(a, T::trunc),
        Ufunc::Rint => map(a, T::rint),
        Ufunc::Fabs => map(a, T::fabs),
        Ufunc::Conjugate => map(a, T::conj),
        Ufunc::Sign => map(a, T::sign),
        Ufunc::Square => map(a, |x: T| x.square(fp)),
        Ufunc::Reciprocal => map(a, |x: T| x.reciprocal(fp)),
        Ufunc::LogicalNot => map(a, |x: T| x.is_zero()),
        Ufunc::Signbit => map(a, |x: T| x.signbit()),
        Ufunc::Deg2rad | Ufunc::Radians => map(a, |x: T| x.deg2rad(fp)),
        Ufunc::Rad2deg | Ufunc::Degrees => map(a, |x: T| x.rad2deg(fp)),
        Ufunc::Spacing => map(a, |x: T| x.spacing(fp)),
        _ => unreachable!("{} has a kernel of its own", op.name()),
    }
}

/// The loop NumPy picks for an input dtype: (loop input, loop output).
pub fn resolve(op: Ufunc, input: DType) -> Result<(DType, DType)> {
    let def = op.def();
    if input == DType::Bool {
        if let Some(message) = def.bool_refused {
            return Err(Error::type_error(message));
        }
        // The uniform resolver looks only for the input's own loop.
        if def.uniform && !def.loops().any(|(ins, _)| ins[0] == DType::Bool) {
            return Err(op.no_loop_for_class(super::promote::DTypeClass::Numeric(DType::Bool)));
        }
    }
    def.loops()
        .map(|(ins, out)| (ins[0], out))
        .find(|(from, _)| can_cast(input, *from, Casting::Safe))
        .ok_or_else(|| op.not_supported())
}

/// `np.<op>(a)` for a one-input ufunc.
pub fn unary(op: Ufunc, a: &Array) -> Result<Array> {
    if op.def().nout != 1 {
        return Err(Error::type_error(format!(
            "npcalc computes np.{} only through a call of the ufunc",
            op.name()
        )));
    }
    match op {
        Ufunc::Negative => return ufunc::negative(a),
        Ufunc::Positive => return ufunc::positive(a),
        Ufunc::Absolute => return ufunc::absolute(a),
        Ufunc::Invert => return ufunc::invert(a),
        Ufunc::Sqrt => return ufunc::sqrt(a),
        Ufunc::IsNan => return select::classify(a, Class::Nan),
        Ufunc::IsInf => return select::classify(a, Class::Inf),
        Ufunc::IsFinite => return select::classify(a, Class::Finite),
        _ => {}
    }
    let (input, _) = resolve(op, a.dtype())?;
    if op.is_transcendental() {
        return transc::unary(op, a, input);
    }
    if op == Ufunc::Reciprocal && input.is_integer() {
        // NumPy converts 1.0/x to the integer type in C, whose result for 0
        // and the warnings it raises depend on the compiler.
        return Err(Error::type_error(
            "npcalc does not support np.reciprocal on integer arrays",
        ));
    }
    if op == Ufunc::BitwiseCount {
        return Ok(ufunc::bitwise_count(&cast_array(a, input)?));
    }
    let x = cast_array(a, input)?;
    let mut fp = FpStatus::default();
    let r = crate::with_dtype!(input, T => run::<T>(op, &x, &mut fp));
    fp.report(op.name());
    Ok(r)
}

/// C's `modf` and `frexp` on a float64 (every float16 and float32 value is
/// one exactly, and both results fit back into the input's type exactly).
fn modf_f64(x: f64) -> (f64, f64) {
    if x.is_nan() {
        return (x, x);
    }
    let int = x.trunc();
    let frac = if x.is_infinite() { 0.0 } else { x - int };
    (frac.copysign(x), int)
}

fn frexp_f64(x: f64) -> (f64, i32) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    // Subnormals: scale into the normal range first.
    let (x, bias) = if x.abs() < f64::MIN_POSITIVE {
        (x * 2f64.powi(54), -54)
    } else {
        (x, 0)
    };
    let bits = x.to_bits();
    let e = ((bits >> 52) & 0x7ff) as i32 - 1022;
    let m = f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52));
    (m, e + bias)
}

fn pair_run<T: Stored + Copy, U: Stored, V: Stored>(
    a: &Array,
    to: impl Fn(T) -> f64,
    f: impl Fn(f64) -> (U, V),
) -> (Array, Array) {
    let (u, v): (Vec<U>, Vec<V>) = a.to_vec::<T>().into_iter().map(|x| f(to(x))).unzip();
    let shape = a.shape().to_vec();
    (Array::from_vec(u, shape.clone()), Array::from_vec(v, shape))
}

/// `np.modf(a)` and `np.frexp(a)`, the one-input ufuncs with two outputs,
/// in the float loop NumPy's search picks; exact, so CPU-independent.
pub fn pair(op: Ufunc, a: &Array) -> Result<(Array, Array)> {
    let (input, _) = resolve(op, a.dtype())?;
    let x = cast_array(a, input)?;
    let frexp = op == Ufunc::Frexp;
    Ok(match input {
        DType::Float16 if frexp => pair_run(
            &x,
            |h: f16| h.to_f64(),
            |v| {
                let (m, e) = frexp_f64(v);
                (f16::from_f64(m), e)
            },
        ),
        DType::Float16 => pair_run(
            &x,
            |h: f16| h.to_f64(),
            |v| {
                let (f, i) = modf_f64(v);
                (f16::from_f64(f), f16::from_f64(i))
            },
        ),
        DType::Float32 if frexp => pair_run(
            &x,
            |h: f32| h as f64,
            |v| {
                let (m, e) = frexp_f64(v);
                (m as f32, e)
            },
        ),
        DType::Float32 => pair_run(
            &x,
            |h: f32| h as f64,
            |v| {
                let (f, i) = modf_f64(v);
                (f as f32, i as f32)
            },
        ),
        _ if frexp => pair_run(&x, |h: f64| h, frexp_f64),
        _ => pair_run(&x, |h: f64| h, modf_f64),
    })
}
