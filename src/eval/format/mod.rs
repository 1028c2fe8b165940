//! Python's text formatting: `format(value, spec)` with CPython 3.11's
//! format-spec mini-language (Python/formatter_unicode.c), the `!r !s !a`
//! conversions, and NumPy's `__format__` for its scalars and arrays.

mod dtoa;
mod number;
mod percent;
mod spec;
mod template;

use super::numpy::scalar_to_python;
use super::{Args, Interp, Value};
use crate::error::{Error, Result};
use crate::eval::{repr, str as py_str};
use crate::print::PrintOptions;
pub use dtoa::{Flags as DtoaFlags, double_to_string};
use num_traits::ToPrimitive;
pub use number::format_float;
pub use percent::percent;
pub use spec::MAX_FIELD;
use spec::Spec;
pub use template::str_format;

/// `format(value, spec)`, i.e. `type(value).__format__(value, spec)`.
///
/// This is what an f-string replacement field evaluates to: for
/// `f"{x!r:>10}"` call `format(&convert(&x, Some('r'), o)?, ">10", o)`,
/// for `f"{x:.3f}"` call `format(&x, ".3f", o)`. `o` is the interpreter's
/// print options, which str() of arrays depends on.
pub fn format(v: &Value, spec: &str, o: &PrintOptions) -> Result<String> {
    match v {
        Value::Str(s) => format_str(s, spec, "str"),
        // np.str_ inherits str.__format__, whose errors name the object's type.
        Value::NpStr(s) => format_str(s, spec, "numpy.str_"),
        // bool and int share int.__format__, except that an empty spec is str().
        Value::Bool(_) if spec.is_empty() => Ok(py_str(v, o)),
        Value::Bool(b) => number::format_int(&(*b as u8).into(), spec, "bool"),
        Value::Int(i) => number::format_int(i, spec, "int"),
        // IntFlag.__format__ is int's, an empty spec giving str().
        Value::ReFlag(f) if !spec.is_empty() => number::format_int(&(*f).into(), spec, "int"),
        Value::Float(x) => number::format_float(*x, spec),
        Value::Complex(c) => number::format_complex(*c, spec),
        Value::PyTime(t) => super::pydatetime::format(t, spec),
        // NumPy's gentype_format converts to the Python scalar and formats that.
        Value::Scalar(s) => format(&scalar_to_python(*s), spec, o),
        Value::Array(a) if a.ndim() == 0 => format(&scalar_to_python(a.get(&[])), spec, o),
        _ if spec.is_empty() => Ok(py_str(v, o)),
        // MaskedConstant.__format__ warns and formats with no spec.
        Value::MaskedConstant => {
            crate::array::signals::warn(
                "FutureWarning",
                "Format strings passed to MaskedConstant are ignored, but in future may error or produce different behavior".to_string(),
            );
            Ok(py_str(v, o))
        }
        // object.__format__ names the type by its tp_name, which for a
        // Python class like MaskedArray has no module.
        Value::Masked(_) => Err(Error::type_error(
            "unsupported format string passed to MaskedArray.__format__",
        )),
        _ => Err(Error::type_error(format!(
            "unsupported format string passed to {}.__format__",
            v.type_name()
        ))),
    }
}

/// The builtin `format(value, format_spec='')`.
pub fn builtin_format(it: &mut Interp, args: &Args) -> Result<Value> {
    let spec = match args.get("format_spec") {
        Value::Str(s) => s,
        other => {
            return Err(Error::type_error(format!(
                "format() argument 2 must be str, not {}",
                other.type_name()
            ))
            .at(args.span("format_spec")));
        }
    };
    let value = args.get("value");
    if let Some(text) = super::classes::format_field(it, &value, None, &spec) {
        return Ok(Value::str(&text?));
    }
    Ok(Value::str(&format(&value, &spec, &it.print_options)?))
}

/// The `!r`, `!s`, `!a` conversion of a replacement field (None: no conversion).
pub fn convert(v: &Value, conversion: Option<char>, o: &PrintOptions) -> Result<Value> {
    Ok(match conversion {
        None => v.clone(),
        Some('s') => Value::str(&py_str(v, o)),
        Some('r') => Value::str(&repr(v, o)),
        Some('a') => Value::str(&ascii(&repr(v, o))),
        Some(c) => {
            return Err(Error::value_error(format!(
                "Unknown conversion specifier {}",
                conversion_name(c)
            )));
        }
    })
}

/// How CPython names a bad conversion character: the character itself, or
/// `\xNN` outside printable ASCII.
fn conversion_name(c: char) -> String {
    if (c as u32) > 32 && (c as u32) < 128 {
        c.to_string()
    } else {
        format!("\\x{:x}", c as u32)
    }
}

/// `ascii()`: repr with non-ASCII characters escaped as `\xNN`, `\uNNNN`, `\UNNNNNNNN`.
pub fn ascii(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c as u32 {
            0..=0x7f => out.push(c),
            n @ 0x80..=0xff => out.push_str(&format!("\\x{n:02x}")),
            n @ 0x100..=0xffff => out.push_str(&format!("\\u{n:04x}")),
            n => out.push_str(&format!("\\U{n:08x}")),
        }
    }
    out
}

/// `str.__format__` of a `type_name` object.
fn format_str(s: &str, spec: &str, type_name: &str) -> Result<String> {
    if spec.is_empty() {
        return Ok(s.to_string());
    }
    let f = spec::parse(spec, '<', Some('s'), type_name)?;
    match f.ty {
        Some('s') => {}
        t => return Err(unknown_code(t.unwrap_or('s'), type_name)),
    }
    match f.sign {
        Some(' ') => {
            return Err(Error::value_error(
                "Space not allowed in string format specifier",
            ));
        }
        Some(_) => {
            return Err(Error::value_error(
                "Sign not allowed in string format specifier",
            ));
        }
        None => {}
    }
    if f.no_neg_0 {
        return Err(Error::value_error(
            "Negative zero coercion (z) not allowed in string format specifier",
        ));
    }
    if f.alternate {
        return Err(Error::value_error(
            "Alternate form (#) not allowed in string format specifier",
        ));
    }
    if f.align == '=' {
        return Err(Error::value_error(
            "'=' alignment not allowed in string format specifier",
        ));
    }
    let body: String = match f.precision {
        Some(p) => s.chars().take(p).collect(),
        None => s.to_string(),
    };
    Ok(pad(&body, &f))
}

/// `calc_padding` + `fill_padding`: the text aligned in the field's width.
fn pad(body: &str, f: &Spec) -> String {
    let len = body.chars().count();
    let total = f.width.unwrap_or(0).max(len);
    let left = match f.align {
        '>' => total - len,
        '^' => (total - len) / 2,
        _ => 0,
    };
    let fill = |k: usize| f.fill.to_string().repeat(k);
    format!("{}{body}{}", fill(left), fill(total - len - left))
}

fn unknown_code(t: char, type_name: &str) -> Error {
    Error::value_error(format!(
        "Unknown format code {} for object of type '{type_name}'",
        spec::code(t)
    ))
}

/// `float(int)` for formatting an int with a float presentation type.
fn int_as_float(i: &num_bigint::BigInt) -> Result<f64> {
    i.to_f64()
        .filter(|f| f.is_finite())
        .ok_or_else(|| Error::overflow_error("int too large to convert to float"))
}

#[cfg(test)]
mod tests;
