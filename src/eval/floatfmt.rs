//! `np.format_float_positional` and `np.format_float_scientific`
//! (numpy/_core/arrayprint.py over multiarray's dragon4 functions), with
//! the Dragon4 printing npcalc's array and scalar reprs use.

use super::table::{Args, FnDef, Owner, p};
use super::value::Value;
use crate::array::Scalar;
use crate::error::{Error, Exc, Result};
use crate::print::{Dragon4, Real, Trim};

pub static FLOAT_FORMAT: &[FnDef] = &[
    FnDef {
        name: "format_float_positional",
        owner: Owner::Numpy,
        error_name: None,
        params: &[
            p!(Normal "x", "A Python float or NumPy float scalar."),
            p!(Normal "precision" = "None", "Maximum number of digits after the point."),
            p!(Normal "unique" = "True", "Shortest digits that round-trip, cut to precision."),
            p!(Normal "fractional" = "True", "precision counts fraction digits (npcalc: only True)."),
            p!(Normal "trim" = "'k'", "'k' keep, '.' trim zeros keep point, '0' keep one zero, '-' trim all."),
            p!(Normal "sign" = "False", "Always show the sign."),
            p!(Normal "pad_left" = "None", "Pad the integer part with spaces to this width."),
            p!(Normal "pad_right" = "None", "Pad the fraction with spaces to this width."),
            p!(Normal "min_digits" = "None", "Minimum number of fraction digits (unique mode)."),
        ],
        doc: "A float in positional notation with Dragon4, as NumPy prints it.",
        examples: &[
            "np.format_float_positional(np.float32(0.1))",
            "np.format_float_positional(1/3, precision=4)",
        ],
        imp: |_, args| format_float(args, false),
    },
    FnDef {
        name: "format_float_scientific",
        owner: Owner::Numpy,
        error_name: None,
        params: &[
            p!(Normal "x", "A Python float or NumPy float scalar."),
            p!(Normal "precision" = "None", "Maximum number of digits after the point."),
            p!(Normal "unique" = "True", "Shortest digits that round-trip, cut to precision."),
            p!(Normal "trim" = "'k'", "'k' keep, '.' trim zeros keep point, '0' keep one zero, '-' trim all."),
            p!(Normal "sign" = "False", "Always show the sign."),
            p!(Normal "pad_left" = "None", "Pad the integer part with spaces to this width."),
            p!(Normal "exp_digits" = "None", "Minimum number of exponent digits."),
            p!(Normal "min_digits" = "None", "Minimum number of fraction digits (unique mode)."),
        ],
        doc: "A float in scientific notation with Dragon4, as NumPy prints it.",
        examples: &[
            "np.format_float_scientific(0.1)",
            "np.format_float_scientific(1e300, exp_digits=4)",
        ],
        imp: |_, args| format_float(args, true),
    },
];

/// `_none_or_positive_arg`: None stays unset, a negative count is refused.
fn count(args: &Args, name: &str) -> Result<Option<usize>> {
    match args.get(name) {
        Value::None => Ok(None),
        v => {
            let n = super::to_index(&v)?;
            usize::try_from(n)
                .map(Some)
                .map_err(|_| Error::value_error(format!("{name} must be >= 0")))
        }
    }
}

/// The value in its own float type for NumPy's float scalars, else as
/// `PyFloat_AsDouble` reads it.
fn real(x: &Value) -> Result<Real> {
    Ok(match x {
        Value::Scalar(Scalar::Float16(v)) => Real::F16(*v),
        Value::Scalar(Scalar::Float32(v)) => Real::F32(*v),
        v => Real::F64(super::math::real(v)?),
    })
}

fn format_float(args: &Args, scientific: bool) -> Result<Value> {
    let truthy = |name| super::pyops::truthy(&args.get(name));
    let precision = count(args, "precision")?;
    let pad_left = count(args, "pad_left")?;
    let pad_right = if scientific {
        None
    } else {
        count(args, "pad_right")?
    };
    let min_digits = count(args, "min_digits")?;
    let exp_digits = if scientific {
        count(args, "exp_digits")?
    } else {
        None
    };
    if !scientific && !truthy("fractional")? {
        if precision == Some(0) {
            return Err(Error::value_error(
                "precision must be greater than 0 if fractional=False",
            ));
        }
        return Err(Error::new(
            Exc::NotImplementedError,
            "npcalc does not support fractional=False in np.format_float_positional",
        )
        .at(args.span("fractional")));
    }
    if let (Some(m), Some(p)) = (min_digits, precision)
        && m > p
    {
        return Err(Error::value_error(
            "min_digits must be less than or equal to precision",
        ));
    }
    let trim = match args.get("trim") {
        Value::Str(s) if &*s == "k" => Trim::Keep,
        Value::Str(s) if &*s == "." => Trim::Point,
        Value::Str(s) if &*s == "0" => Trim::Zero,
        Value::Str(s) if &*s == "-" => Trim::Dash,
        _ => {
            return Err(Error::new(
                Exc::NotImplementedError,
                "npcalc does not support a trim other than 'k', '.', '0' or '-'",
            )
            .at(args.span("trim")));
        }
    };
    let unique = truthy("unique")?;
    if !unique && precision.is_none() {
        return Err(Error::type_error(
            "in non-unique mode `precision` must be supplied",
        ));
    }
    let x = real(&args.get("x"))?;
    let sign = truthy("sign")?;
    let v = x.value();
    // Dragon4 writes non-finite values bare: no padding, and no sign on nan.
    if v.is_nan() {
        return Ok(Value::str("nan"));
    }
    if v.is_infinite() {
        let s = match (v < 0.0, sign) {
            (true, _) => "-inf",
            (false, true) => "+inf",
            (false, false) => "inf",
        };
        return Ok(Value::str(s));
    }
    let o = Dragon4 {
        precision,
        min_digits: min_digits.unwrap_or(0),
        unique,
        trim,
        sign,
        pad_left: pad_left.unwrap_or(0),
        pad_right: pad_right.unwrap_or(0),
        exp_digits: exp_digits.unwrap_or(0),
    };
    Ok(Value::str(&if scientific {
        crate::print::dragon4_scientific(x, &o)
    } else {
        crate::print::dragon4_positional(x, &o)
    }))
}
