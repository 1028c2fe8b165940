//! `str % args`: CPython 3.11's printf-style formatting (`PyUnicode_Format`
//! in Objects/unicodeobject.c), with its error texts.

use super::super::numpy::{self, scalar_to_python};
use super::super::{Interp, Value};
use super::dtoa::{Flags, double_to_string};
use super::spec::MAX_FIELD;
use super::{ascii, int_as_float};
use crate::array::Scalar;
use crate::error::{Error, Exc, Result};
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

/// Where conversions take their values from, with CPython's counters:
/// a tuple gives its items in turn; any other operand (or the value of a
/// `%(key)`) is one argument, marked by `len == -1`.
struct Source {
    args: Value,
    len: isize,
    index: isize,
    /// The right operand when it is a mapping (`%(key)s` looks keys up in it).
    mapping: Option<Value>,
}

impl Source {
    fn single(args: Value) -> Source {
        Source {
            args,
            len: -1,
            index: -2,
            mapping: None,
        }
    }

    fn next(&mut self) -> Result<Value> {
        if self.index >= self.len {
            return Err(Error::type_error("not enough arguments for format string"));
        }
        self.index += 1;
        Ok(match &self.args {
            Value::Tuple(t) if self.len >= 0 => t[(self.index - 1) as usize].clone(),
            other => other.clone(),
        })
    }
}

/// Flags, width and precision of one conversion.
#[derive(Default)]
struct Conv {
    left: bool,
    plus: bool,
    blank: bool,
    alt: bool,
    zero: bool,
    width: Option<usize>,
    precision: Option<usize>,
}

/// `template % args`.
pub fn percent(it: &mut Interp, template: &str, args: &Value) -> Result<Value> {
    let mut src = match args {
        Value::Tuple(t) => Source {
            args: args.clone(),
            len: t.len() as isize,
            index: 0,
            mapping: None,
        },
        other => Source::single(other.clone()),
    };
    if is_mapping(args) {
        src.mapping = Some(args.clone());
    }
    let chars: Vec<char> = template.chars().collect();
    let mut out = String::new();
    let mut pos = 0;
    while pos < chars.len() {
        if chars[pos] != '%' {
            out.push(chars[pos]);
            pos += 1;
            continue;
        }
        pos += 1;
        if chars.get(pos) == Some(&'%') {
            out.push('%');
            pos += 1;
            continue;
        }
        pos = conversion(it, &chars, pos, &mut src, &mut out)?;
    }
    if src.index < src.len && src.mapping.is_none() {
        return Err(Error::type_error(
            "not all arguments converted during string formatting",
        ));
    }
    Ok(Value::str(&out))
}

/// Python treats anything with `__getitem__` but a tuple or str as a mapping
/// (`PyMapping_Check`), so such an operand may be left unused: NumPy's
/// scalars and arrays are among them.
fn is_mapping(v: &Value) -> bool {
    match v {
        Value::Dict(_)
        | Value::List(_)
        | Value::Range(_)
        | Value::Array(_)
        | Value::Scalar(_)
        | Value::Time(_)
        | Value::StrArray(_)
        | Value::ObjArray(_)
        | Value::TimeArray(_)
        | Value::Masked(_)
        | Value::Poly1d(_) => true,
        Value::Instance(_) => super::super::classes::has_special(v, "__getitem__"),
        _ => false,
    }
}

/// One `%…` directive starting after the `%`; returns the position after it.
fn conversion(
    it: &mut Interp,
    chars: &[char],
    mut pos: usize,
    src: &mut Source,
    out: &mut String,
) -> Result<usize> {
    let incomplete = || Error::value_error("incomplete format");
    if chars.get(pos) == Some(&'(') {
        let mapping = src
            .mapping
            .clone()
            .ok_or_else(|| Error::type_error("format requires a mapping"))?;
        let mut depth = 1;
        let start = pos + 1;
        pos += 1;
        while depth > 0 {
            match chars.get(pos) {
                None => return Err(Error::value_error("incomplete format key")),
                Some('(') => depth += 1,
                Some(')') => depth -= 1,
                _ => {}
            }
            pos += 1;
        }
        let key: String = chars[start..pos - 1].iter().collect();
        let value = it.getitem(&mapping, &Value::str(&key))?;
        let mapping = src.mapping.take();
        *src = Source {
            mapping,
            ..Source::single(value)
        };
    }
    let mut c = Conv::default();
    while let Some(&ch) = chars.get(pos) {
        match ch {
            '-' => c.left = true,
            '+' => c.plus = true,
            ' ' => c.blank = true,
            '#' => c.alt = true,
            '0' => c.zero = true,
            _ => break,
        }
        pos += 1;
    }
    if chars.get(pos) == Some(&'*') {
        let w = star(src.next()?)?;
        if w < 0 {
            c.left = true;
        }
        c.width = Some(field(w.unsigned_abs(), "width")?);
        pos += 1;
    } else {
        c.width = digits(chars, &mut pos, "width")?;
    }
    if chars.get(pos) == Some(&'.') {
        pos += 1;
        if chars.get(pos) == Some(&'*') {
            c.precision = Some(field(star(src.next()?)?.max(0) as u64, "precision")?);
            pos += 1;
        } else {
            c.precision = Some(digits(chars, &mut pos, "precision")?.unwrap_or(0));
        }
    }
    let &ty = chars.get(pos).ok_or_else(incomplete)?;
    let v = src.next()?;
    let (text, numeric) = match ty {
        's' => (super::super::classes::str_of(it, &v)?, false),
        'r' => (super::super::classes::repr_of(it, &v)?, false),
        'a' => (ascii(&super::super::classes::repr_of(it, &v)?), false),
        'd' | 'i' | 'u' | 'x' | 'X' | 'o' => (format_long(&v, ty, &c)?, true),
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => (format_float(&v, ty, &c)?, true),
        'c' => (format_char(&v)?, false),
        _ => {
            return Err(Error::value_error(format!(
                "unsupported format character '{ty}' ({:#x}) at index {pos}",
                ty as u32
            )));
        }
    };
    let text = match (ty, c.precision) {
        ('s' | 'r' | 'a', Some(p)) => text.chars().take(p).collect(),
        _ => text,
    };
    out.push_str(&output(&text, ty, &c, numeric));
    Ok(pos + 1)
}

/// A `*` width or precision: an int.
fn star(v: Value) -> Result<i64> {
    match v {
        Value::Int(i) => i
            .to_i64()
            .ok_or_else(|| Error::overflow_error("Python int too large to convert to C ssize_t")),
        Value::Bool(b) => Ok(b as i64),
        _ => Err(Error::type_error("* wants int")),
    }
}

fn field(n: u64, what: &str) -> Result<usize> {
    if n > isize::MAX as u64 {
        return Err(Error::value_error(format!("{what} too big")));
    }
    let n = n as usize;
    if n > MAX_FIELD {
        return Err(Error::new(
            Exc::NotImplementedError,
            format!("format widths and precisions above {MAX_FIELD} are not supported by npcalc"),
        ));
    }
    Ok(n)
}

/// Decimal digits at `pos` (None when there are none).
fn digits(chars: &[char], pos: &mut usize, what: &str) -> Result<Option<usize>> {
    let mut n: Option<u64> = None;
    while let Some(d) = chars.get(*pos).and_then(|c| c.to_digit(10)) {
        let acc = n.unwrap_or(0);
        n = Some(
            acc.checked_mul(10)
                .and_then(|a| a.checked_add(d as u64))
                .filter(|&a| a <= isize::MAX as u64)
                .ok_or_else(|| Error::value_error(format!("{what} too big")))?,
        );
        *pos += 1;
    }
    n.map(|n| field(n, what)).transpose()
}

/// The element of a NumPy scalar or 0-d array, which converts through the
/// element's `__int__`/`__index__`/`__float__`.
fn numpy_item(v: &Value) -> Option<Scalar> {
    match v {
        Value::Scalar(s) => Some(*s),
        Value::Array(a) if a.ndim() == 0 => Some(a.get(&[])),
        _ => None,
    }
}

/// `__index__` (`PyLong_AsLong`, `_PyNumber_Index`): a NumPy item has one
/// only if it is an integer (np.bool_ has none); None when there is none.
fn as_index(v: &Value) -> Option<Value> {
    match numpy_item(v) {
        Some(s) if s.dtype().is_integer() => Some(scalar_to_python(s)),
        Some(_) => None,
        None => Some(v.clone()),
    }
}

/// `%d %i %u %x %X %o`: `mainformatlong` + `_PyUnicode_FormatLong`.
fn format_long(v: &Value, ty: char, c: &Conv) -> Result<String> {
    let wrong = || {
        let need = if matches!(ty, 'x' | 'X' | 'o') {
            "an integer"
        } else {
            "a real number"
        };
        Error::type_error(format!(
            "%{ty} format: {need} is required, not {}",
            v.type_name()
        ))
    };
    let index = matches!(ty, 'x' | 'X' | 'o');
    let number = match numpy_item(v) {
        // %d takes int() of a NumPy item: a complex one warns and truncates.
        Some(_) if !index => numpy::to_python_int(v)?,
        _ => as_index(v).ok_or_else(wrong)?,
    };
    let i: BigInt = match number {
        Value::Int(i) => i,
        Value::Bool(b) => BigInt::from(b as u8),
        // int(float) truncates for %d; %x and %o need __index__, which float lacks.
        Value::Float(x) if !index => crate::array::promote::int_of_float(x)?,
        _ => return Err(wrong()),
    };
    let (base, prefix) = match ty {
        'x' | 'X' => (16, "0x"),
        'o' => (8, "0o"),
        _ => (10, ""),
    };
    let mut digits = i.abs().to_str_radix(base);
    if let Some(p) = c.precision
        && digits.len() < p
    {
        digits = "0".repeat(p - digits.len()) + &digits;
    }
    let mut text = String::new();
    if i.is_negative() {
        text.push('-');
    }
    if c.alt {
        text.push_str(prefix);
    }
    text.push_str(&digits);
    Ok(if ty == 'X' {
        text.to_ascii_uppercase()
    } else {
        text
    })
}

/// `%e %E %f %F %g %G`: `formatfloat`.
fn format_float(v: &Value, ty: char, c: &Conv) -> Result<String> {
    let x = match v {
        // PyFloat_AsDouble calls the NumPy value's __float__ (a complex one
        // warns; ndarray's refuses ndim > 0).
        Value::Scalar(_) | Value::Array(_) => match numpy::to_python_float(v)? {
            Value::Float(x) => x,
            _ => unreachable!("to_python_float gives a float"),
        },
        Value::StrArray(sa) if !sa.shape().is_empty() => {
            return Err(numpy::not_zero_dimensional());
        }
        Value::Float(x) => *x,
        Value::Int(i) => int_as_float(i)?,
        Value::Bool(b) => *b as u8 as f64,
        _ => {
            return Err(Error::type_error(format!(
                "must be real number, not {}",
                v.type_name()
            )));
        }
    };
    let flags = Flags {
        alt: c.alt,
        ..Flags::default()
    };
    Ok(double_to_string(x, ty, c.precision.unwrap_or(6), flags))
}

/// `%c`: a one-character str or an int code point.
fn format_char(v: &Value) -> Result<String> {
    let wrong = || Error::type_error("%c requires int or char");
    match as_index(v).ok_or_else(wrong)? {
        Value::Str(s) | Value::NpStr(s) if s.chars().count() == 1 => Ok(s.to_string()),
        Value::Int(i) => {
            let c = i
                .to_u32()
                .filter(|&n| n <= 0x10ffff)
                .ok_or_else(|| Error::overflow_error("%c arg not in range(0x110000)"))?;
            char::from_u32(c).map(String::from).ok_or_else(|| {
                Error::new(
                    Exc::NotImplementedError,
                    "lone surrogate characters are not supported by npcalc",
                )
            })
        }
        Value::Bool(b) => Ok(char::from(b as u8).to_string()),
        _ => Err(wrong()),
    }
}

/// `unicode_format_arg_output`: sign, `0x` prefix and padding around the text.
fn output(text: &str, ty: char, c: &Conv, numeric: bool) -> String {
    let mut body: Vec<char> = text.chars().collect();
    let fill = if numeric && c.zero { '0' } else { ' ' };
    let mut sign = None;
    if numeric {
        match body.first() {
            Some(&s @ ('-' | '+')) => {
                sign = Some(s);
                body.remove(0);
            }
            _ if c.plus => sign = Some('+'),
            _ if c.blank => sign = Some(' '),
            _ => {}
        }
    }
    let prefix: Vec<char> = if c.alt && matches!(ty, 'x' | 'X' | 'o') {
        body.drain(..2).collect()
    } else {
        Vec::new()
    };
    let used = sign.is_some() as usize + prefix.len() + body.len();
    let padding = c.width.unwrap_or(0).saturating_sub(used);
    let mut out = String::new();
    let head = |out: &mut String| {
        out.extend(sign);
        out.extend(prefix.iter());
    };
    // Zeros go between the sign/prefix and the digits, spaces outside them.
    if fill == '0' {
        head(&mut out);
    }
    if !c.left {
        out.extend(std::iter::repeat_n(fill, padding));
    }
    if fill == ' ' {
        head(&mut out);
    }
    out.extend(body.iter());
    if c.left {
        out.extend(std::iter::repeat_n(' ', padding));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn long(v: i64, ty: char, c: Conv) -> String {
        let text = format_long(&Value::int(v), ty, &c).unwrap();
        output(&text, ty, &c, true)
    }

    #[test]
    fn sign_prefix_and_padding_as_cpython() {
        // CPython 3.11: '%#010X' % 255, '%-#10x' % 255, '% 05d' % -3, '%+.3d' % 5.
        let alt_zero = Conv {
            alt: true,
            zero: true,
            width: Some(10),
            ..Conv::default()
        };
        assert_eq!(long(255, 'X', alt_zero), "0X000000FF");
        let alt_left = Conv {
            alt: true,
            left: true,
            width: Some(10),
            ..Conv::default()
        };
        assert_eq!(long(255, 'x', alt_left), "0xff      ");
        let blank_zero = Conv {
            blank: true,
            zero: true,
            width: Some(5),
            ..Conv::default()
        };
        assert_eq!(long(-3, 'd', blank_zero), "-0003");
        let plus_prec = Conv {
            plus: true,
            precision: Some(3),
            ..Conv::default()
        };
        assert_eq!(long(5, 'd', plus_prec), "+005");
    }
}
