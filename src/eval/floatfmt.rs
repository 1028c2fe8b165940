//! `np.format_float_positional` and `np.format_float_scientific`:
//! numpy/_core/arrayprint.py's argument checks in front of the Dragon4
//! printer (`print/float.rs`), which reads a float16/float32/float64
//! scalar as itself and anything else as `PyFloat_AsDouble` does.

use super::Interp;
use super::table::{Args, FnDef, Owner, p};
use super::value::Value;
use crate::array::Scalar;
use crate::error::{Error, Exc, Result};
use crate::print::{Dragon4, Real, Trim};
use num_traits::ToPrimitive;

pub static FLOAT_FORMAT: &[FnDef] = &[
    FnDef {
        name: "format_float_positional",
        owner: Owner::Numpy,
        error_name: None,
        params: &[
            p!(Normal "x", "A float (a NumPy float scalar keeps its precision)."),
            p!(Normal "precision" = "None", "At most this many fraction digits (None: as many as needed)."),
            p!(Normal "unique" = "True", "Shortest digits that round-trip (cut to precision); False: exactly precision digits."),
            p!(Normal "fractional" = "True", "True: precision and min_digits count fraction digits; False: significant digits."),
            p!(Normal "trim" = "'k'", "'k' keep trailing zeros, '.' drop them, '0' keep one zero, '-' drop the point too."),
            p!(Normal "sign" = "False", "Write '+' before a positive value."),
            p!(Normal "pad_left" = "None", "Pad the integer part with spaces to this width."),
            p!(Normal "pad_right" = "None", "Pad the fraction with spaces to this width."),
            p!(Normal "min_digits" = "None", "At least this many fraction digits."),
        ],
        doc: "A float as positional text with NumPy's Dragon4 digits.",
        examples: &[
            "np.format_float_positional(np.float32(0.1))",
            "np.format_float_positional(2.5, precision=3, unique=False)",
        ],
        imp: positional,
    },
    FnDef {
        name: "format_float_scientific",
        owner: Owner::Numpy,
        error_name: None,
        params: &[
            p!(Normal "x", "A float (a NumPy float scalar keeps its precision)."),
            p!(Normal "precision" = "None", "At most this many fraction digits (None: as many as needed)."),
            p!(Normal "unique" = "True", "Shortest digits that round-trip (cut to precision); False: exactly precision digits."),
            p!(Normal "trim" = "'k'", "'k' keep trailing zeros, '.' drop them, '0' keep one zero, '-' drop the point too."),
            p!(Normal "sign" = "False", "Write '+' before a positive value."),
            p!(Normal "pad_left" = "None", "Pad the integer part with spaces to this width."),
            p!(Normal "exp_digits" = "None", "At least this many exponent digits."),
            p!(Normal "min_digits" = "None", "At least this many fraction digits."),
        ],
        doc: "A float as scientific text with NumPy's Dragon4 digits.",
        examples: &[
            "np.format_float_scientific(12345.678, precision=2)",
            "np.format_float_scientific(np.float32(0.1), exp_digits=3)",
        ],
        imp: scientific,
    },
];

/// `_none_or_positive_arg`: None, or an integer >= 0.
fn count(it: &mut Interp, args: &Args, name: &str) -> Result<Option<usize>> {
    let v = args.get(name);
    if matches!(v, Value::None) {
        return Ok(None);
    }
    let negative = it.compare(crate::syntax::ast::CmpOp::Lt, &v, &Value::int(0))?;
    if it.truthy(&negative)? {
        return Err(Error::value_error(format!("{name} must be >= 0")));
    }
    // The C side reads it with PyArg's "i" converter.
    if matches!(v, Value::Float(_)) {
        return Err(Error::type_error("integer argument expected, got float"));
    }
    if let Value::Int(i) = &v
        && i.to_i32().is_none()
    {
        return Err(Error::new(
            Exc::OverflowError,
            if i.to_i64().is_none() {
                "Python int too large to convert to C long"
            } else {
                "Python int too large to convert to C int"
            },
        ));
    }
    Ok(Some(super::to_index(&v)? as usize))
}

/// The parts of the options both functions share, with their checks in
/// arrayprint.py's order, then the C side's trim and the value.
fn options(it: &mut Interp, args: &Args, extra: &str) -> Result<(Real, Dragon4)> {
    let precision = count(it, args, "precision")?;
    let pad_left = count(it, args, "pad_left")?;
    let extra_value = count(it, args, extra)?;
    let min_digits = count(it, args, "min_digits")?;
    // format_float_positional's own check, before min_digits'.
    if extra == "pad_right" && precision == Some(0) && !it.truthy(&args.get("fractional"))? {
        return Err(Error::value_error(
            "precision must be greater than 0 if fractional=False",
        ));
    }
    if let (Some(m), Some(p)) = (min_digits, precision)
        && m > 0
        && p > 0
        && m > p
    {
        return Err(Error::value_error(
            "min_digits must be less than or equal to precision",
        ));
    }
    let unique = it.truthy(&args.get("unique"))?;
    let sign = it.truthy(&args.get("sign"))?;
    let trim = match args.get("trim") {
        Value::Str(s) if &*s == "k" => Trim::Keep,
        Value::Str(s) if &*s == "." => Trim::Point,
        Value::Str(s) if &*s == "0" => Trim::Zero,
        Value::Str(s) if &*s == "-" => Trim::Dash,
        // The C converter prints the value with `%100S`.
        v => {
            let text = super::classes::str_of(it, &v)?;
            return Err(Error::type_error(format!(
                "if supplied, trim must be 'k', '.', '0' or '-' found `{text:>100}`"
            )));
        }
    };
    if !unique && precision.is_none() {
        return Err(Error::type_error(
            "in non-unique mode `precision` must be supplied",
        ));
    }
    let x = match args.get("x") {
        Value::Scalar(Scalar::Float16(v)) => Real::F16(v),
        Value::Scalar(Scalar::Float32(v)) => Real::F32(v),
        v => Real::F64(super::math::real(&v)?),
    };
    let o = Dragon4 {
        precision,
        min_digits: min_digits.unwrap_or(0),
        unique,
        trim,
        sign,
        pad_left: pad_left.unwrap_or(0),
        pad_right: 0,
        fractional: true,
        exp_digits: 2,
    };
    Ok((
        x,
        match extra {
            "pad_right" => Dragon4 {
                pad_right: extra_value.unwrap_or(0),
                ..o
            },
            _ => Dragon4 {
                exp_digits: extra_value.unwrap_or(2),
                ..o
            },
        },
    ))
}

/// Dragon4's text for inf and nan: no padding, and only inf takes a sign.
fn non_finite(x: Real, sign: bool) -> Option<String> {
    let v = x.value();
    if v.is_nan() {
        Some("nan".into())
    } else if v.is_infinite() {
        let s = if v < 0.0 {
            "-"
        } else if sign {
            "+"
        } else {
            ""
        };
        Some(format!("{s}inf"))
    } else {
        None
    }
}

fn positional(it: &mut Interp, args: &Args) -> Result<Value> {
    let (x, o) = options(it, args, "pad_right")?;
    let o = Dragon4 {
        fractional: it.truthy(&args.get("fractional"))?,
        ..o
    };
    let text = non_finite(x, o.sign).unwrap_or_else(|| crate::print::positional(x, &o));
    Ok(Value::str(&text))
}

fn scientific(it: &mut Interp, args: &Args) -> Result<Value> {
    let (x, o) = options(it, args, "exp_digits")?;
    let text = non_finite(x, o.sign).unwrap_or_else(|| crate::print::scientific(x, &o));
    Ok(Value::str(&text))
}
