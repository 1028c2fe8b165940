//! NumPy scalars (`np.float64(0.1)` / `0.1`), dtypes, and Python's own
//! complex and str reprs (scalartypes.c.src and CPython's rules).

use super::float::{Dragon4, Real, Trim, positional, scientific};
use crate::array::{DType, Scalar};

/// `float{16,32,64}type_str`: positional between 1e-4 and a per-type bound
/// (1e3, 1e6, 1e16), scientific outside; shortest round-trip digits.
fn float_text(x: Real, d: DType, trim_pos: Trim) -> String {
    let v = x.value();
    if v.is_nan() {
        return "nan".into();
    }
    if v.is_infinite() {
        return if v < 0.0 { "-inf".into() } else { "inf".into() };
    }
    let upper = match d {
        DType::Float16 => 1e3,
        DType::Float32 | DType::Complex64 => 1e6,
        _ => 1e16,
    };
    let a = v.abs();
    if a == 0.0 || (1e-4..upper).contains(&a) {
        positional(
            x,
            &Dragon4 {
                trim: trim_pos,
                ..Dragon4::default()
            },
        )
    } else {
        scientific(
            x,
            &Dragon4 {
                trim: Trim::Dash,
                ..Dragon4::default()
            },
        )
    }
}

fn real_of(s: Scalar) -> Option<(Real, DType)> {
    Some(match s {
        Scalar::Float16(x) => (Real::F16(x), DType::Float16),
        Scalar::Float32(x) => (Real::F32(x), DType::Float32),
        Scalar::Float64(x) => (Real::F64(x), DType::Float64),
        _ => return None,
    })
}

/// The body of a complex scalar: `1+2j`, `2j`, `-0-1j`, `nan+nanj`.
fn complex_body(re: Real, im: Real, d: DType) -> (String, bool) {
    let part = |x: Real| float_text(x, d, Trim::Dash);
    let im_text = part(im);
    if re.value() == 0.0 && !re.value().is_sign_negative() {
        return (format!("{im_text}j"), false);
    }
    let sign = if im_text.starts_with('-') { "" } else { "+" };
    (format!("{}{sign}{im_text}j", part(re)), true)
}

/// `str()` of a NumPy scalar.
pub fn scalar_str(s: Scalar, _o: &super::PrintOptions) -> String {
    if let Some(v) = s.int_value() {
        return v.to_string();
    }
    match s {
        Scalar::Bool(b) => if b { "True" } else { "False" }.into(),
        Scalar::Complex64(c) => {
            let (body, parens) = complex_body(Real::F32(c.re), Real::F32(c.im), DType::Complex64);
            if parens { format!("({body})") } else { body }
        }
        Scalar::Complex128(c) => {
            let (body, parens) = complex_body(Real::F64(c.re), Real::F64(c.im), DType::Complex128);
            if parens { format!("({body})") } else { body }
        }
        other => {
            let (x, d) = real_of(other).expect("a float scalar");
            float_text(x, d, Trim::Zero)
        }
    }
}

/// `repr()` of a NumPy scalar (NumPy 2 style: `np.float64(0.1)`).
pub fn scalar_repr(s: Scalar, o: &super::PrintOptions) -> String {
    match s {
        Scalar::Bool(b) => if b { "np.True_" } else { "np.False_" }.into(),
        Scalar::Complex64(c) => format!(
            "np.complex64({})",
            complex_body(Real::F32(c.re), Real::F32(c.im), DType::Complex64).0
        ),
        Scalar::Complex128(c) => format!(
            "np.complex128({})",
            complex_body(Real::F64(c.re), Real::F64(c.im), DType::Complex128).0
        ),
        other => format!("np.{}({})", other.dtype().name(), scalar_str(other, o)),
    }
}

/// `repr(dtype)`.
pub fn dtype_repr(d: DType) -> String {
    format!("dtype('{}')", d.name())
}

/// CPython's `repr(complex)`: `(1+2j)`, `2j`, `(-0-1j)`, `(nan+infj)`.
pub fn py_complex_repr(re: f64, im: f64) -> String {
    let part = |x: f64| {
        let s = super::float::py_float_repr(x);
        s.strip_suffix(".0").map(str::to_string).unwrap_or(s)
    };
    if re == 0.0 && !re.is_sign_negative() {
        return format!("{}j", part(im));
    }
    let im_text = part(im);
    let sign = if im_text.starts_with('-') { "" } else { "+" };
    format!("({}{sign}{im_text}j)", part(re))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::py_str_repr;
    use crate::print::PrintOptions;
    use half::f16;
    use num_complex::{Complex32, Complex64};

    #[test]
    fn scalars_like_numpy() {
        // repr / str from NumPy 2.4.6.
        let o = PrintOptions::default();
        let cases = [
            (Scalar::Float64(1e16), "np.float64(1e+16)", "1e+16"),
            (
                Scalar::Float64(1e15),
                "np.float64(1000000000000000.0)",
                "1000000000000000.0",
            ),
            (Scalar::Float64(1e-5), "np.float64(1e-05)", "1e-05"),
            (Scalar::Float32(1e10), "np.float32(1e+10)", "1e+10"),
            (Scalar::Float32(0.1), "np.float32(0.1)", "0.1"),
            (
                Scalar::Float16(f16::from_f64(0.1)),
                "np.float16(0.1)",
                "0.1",
            ),
            (
                Scalar::Float16(f16::from_f64(65504.0)),
                "np.float16(6.55e+04)",
                "6.55e+04",
            ),
            (Scalar::Float64(-0.0), "np.float64(-0.0)", "-0.0"),
            (Scalar::Float64(f64::NAN), "np.float64(nan)", "nan"),
            (
                Scalar::Complex128(Complex64::new(1.0, 2.0)),
                "np.complex128(1+2j)",
                "(1+2j)",
            ),
            (
                Scalar::Complex128(Complex64::new(0.0, 2.0)),
                "np.complex128(2j)",
                "2j",
            ),
            (
                Scalar::Complex128(Complex64::new(-0.0, -1.0)),
                "np.complex128(-0-1j)",
                "(-0-1j)",
            ),
            (
                Scalar::Complex64(Complex32::new(f32::NAN, f32::NAN)),
                "np.complex64(nan+nanj)",
                "(nan+nanj)",
            ),
            (
                Scalar::Float32(16777216.0),
                "np.float32(1.6777216e+07)",
                "1.6777216e+07",
            ),
            (Scalar::Bool(true), "np.True_", "True"),
            (Scalar::Int8(-5), "np.int8(-5)", "-5"),
            (
                Scalar::UInt64(u64::MAX),
                "np.uint64(18446744073709551615)",
                "18446744073709551615",
            ),
        ];
        for (s, r, t) in cases {
            assert_eq!(scalar_repr(s, &o), r);
            assert_eq!(scalar_str(s, &o), t);
        }
    }

    #[test]
    fn python_reprs() {
        assert_eq!(py_complex_repr(1.0, 2.0), "(1+2j)");
        assert_eq!(py_complex_repr(0.0, 2.0), "2j");
        assert_eq!(py_complex_repr(-0.0, -1.0), "(-0-1j)");
        assert_eq!(py_str_repr("it's"), "\"it's\"");
        assert_eq!(py_str_repr("a\nb"), "'a\\nb'");
    }
}
