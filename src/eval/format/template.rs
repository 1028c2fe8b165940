//! `str.format(*args, **kwargs)`: CPython 3.11's Objects/stringlib/
//! unicode_format.h (MarkupIterator, parse_field, field-name accessors,
//! nested format specs), with its error texts.

use super::super::{Interp, Value};
use super::{convert, format};
use crate::error::{Error, Exc, Result};

/// How replacement fields without a number are numbered.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Numbering {
    Unknown,
    Auto(usize),
    Manual,
}

struct Context<'a> {
    args: &'a [Value],
    kwargs: &'a [(Value, Value)],
    numbering: Numbering,
}

/// `template.format(*args, **kwargs)`; keyword names are str values.
pub fn str_format(
    it: &mut Interp,
    template: &str,
    args: &[Value],
    kwargs: &[(Value, Value)],
) -> Result<String> {
    let mut cx = Context {
        args,
        kwargs,
        numbering: Numbering::Unknown,
    };
    let chars: Vec<char> = template.chars().collect();
    // CPython allows one level of fields nested in a format spec.
    build(it, &chars, &mut cx, 2)
}

fn build(it: &mut Interp, s: &[char], cx: &mut Context, depth: u32) -> Result<String> {
    if depth == 0 {
        return Err(Error::value_error("Max string recursion exceeded"));
    }
    let mut out = String::new();
    let mut pos = 0;
    while pos < s.len() {
        let c = s[pos];
        pos += 1;
        if c != '{' && c != '}' {
            out.push(c);
            continue;
        }
        let doubled = s.get(pos) == Some(&c);
        if doubled {
            out.push(c);
            pos += 1;
            continue;
        }
        if c == '}' {
            return Err(Error::value_error(
                "Single '}' encountered in format string",
            ));
        }
        if pos >= s.len() {
            return Err(Error::value_error(
                "Single '{' encountered in format string",
            ));
        }
        let field = parse_field(s, &mut pos)?;
        out.push_str(&render(it, &field, cx, depth)?);
    }
    Ok(out)
}

/// One replacement field: `{name!conversion:spec}`.
struct Field<'a> {
    name: &'a [char],
    conversion: Option<char>,
    spec: &'a [char],
    /// The spec contains fields of its own.
    nested: bool,
}

/// `parse_field`: reads a field after its `{`, through its closing `}`.
fn parse_field<'a>(s: &'a [char], pos: &mut usize) -> Result<Field<'a>> {
    let start = *pos;
    let mut end_char = None;
    while *pos < s.len() {
        let c = s[*pos];
        *pos += 1;
        match c {
            '{' => return Err(Error::value_error("unexpected '{' in field name")),
            // An index may contain any of the terminators.
            '[' => {
                while *pos < s.len() && s[*pos] != ']' {
                    *pos += 1;
                }
            }
            '}' | ':' | '!' => {
                end_char = Some(c);
                break;
            }
            _ => {}
        }
    }
    let Some(end) = end_char else {
        return Err(Error::value_error("expected '}' before end of string"));
    };
    let name = &s[start..*pos - 1];
    let mut field = Field {
        name,
        conversion: None,
        spec: &[],
        nested: false,
    };
    if end == '}' {
        return Ok(field);
    }
    if end == '!' {
        let Some(&conv) = s.get(*pos) else {
            return Err(Error::value_error(
                "end of string while looking for conversion specifier",
            ));
        };
        field.conversion = Some(conv);
        *pos += 1;
        if let Some(&c) = s.get(*pos) {
            *pos += 1;
            if c == '}' {
                return Ok(field);
            }
            if c != ':' {
                return Err(Error::value_error(
                    "expected ':' after conversion specifier",
                ));
            }
        }
    }
    let spec_start = *pos;
    let mut depth = 1;
    while *pos < s.len() {
        let c = s[*pos];
        *pos += 1;
        match c {
            '{' => {
                field.nested = true;
                depth += 1;
            }
            '}' => {
                depth -= 1;
                if depth == 0 {
                    field.spec = &s[spec_start..*pos - 1];
                    return Ok(field);
                }
            }
            _ => {}
        }
    }
    Err(Error::value_error("unmatched '{' in format spec"))
}

fn render(it: &mut Interp, field: &Field, cx: &mut Context, depth: u32) -> Result<String> {
    let value = field_value(it, field.name, cx)?;
    let spec = if field.nested {
        build(it, field.spec, cx, depth - 1)?
    } else {
        field.spec.iter().collect()
    };
    if let Some(text) = super::super::classes::format_field(it, &value, field.conversion, &spec) {
        return text;
    }
    let o = it.print_options.clone();
    let value = convert(&value, field.conversion, &o)?;
    format(&value, &spec, &it.print_options)
}

/// A run of decimal digits as an index (None when `s` is not all digits).
fn index_of(s: &[char]) -> Result<Option<usize>> {
    if s.is_empty() || !s.iter().all(char::is_ascii_digit) {
        return Ok(None);
    }
    let mut n: usize = 0;
    for c in s {
        n = n
            .checked_mul(10)
            .and_then(|n| n.checked_add(c.to_digit(10).unwrap_or(0) as usize))
            .filter(|&n| n <= isize::MAX as usize)
            .ok_or_else(|| Error::value_error("Too many decimal digits in format string"))?;
    }
    Ok(Some(n))
}

/// `get_field_object`: the argument a field names, then its `.attr` / `[key]` accessors.
fn field_value(it: &mut Interp, name: &[char], cx: &mut Context) -> Result<Value> {
    let first_end = name
        .iter()
        .position(|&c| c == '.' || c == '[')
        .unwrap_or(name.len());
    let first = &name[..first_end];
    let mut value = if first.is_empty() {
        let n = match cx.numbering {
            Numbering::Manual => {
                return Err(Error::value_error(
                    "cannot switch from manual field specification to automatic field numbering",
                ));
            }
            Numbering::Unknown => 0,
            Numbering::Auto(n) => n,
        };
        cx.numbering = Numbering::Auto(n + 1);
        positional(cx, n)?
    } else if let Some(n) = index_of(first)? {
        if matches!(cx.numbering, Numbering::Auto(_)) {
            return Err(Error::value_error(
                "cannot switch from automatic field numbering to manual field specification",
            ));
        }
        cx.numbering = Numbering::Manual;
        positional(cx, n)?
    } else {
        let key: String = first.iter().collect();
        cx.kwargs
            .iter()
            .find(|(k, _)| matches!(k, Value::Str(s) if **s == *key))
            .map(|(_, v)| v.clone())
            .ok_or_else(|| Error::new(Exc::KeyError, crate::print::py_str_repr(&key)))?
    };
    let mut rest = &name[first_end..];
    while let Some((&c, tail)) = rest.split_first() {
        let (part, after) = match c {
            '.' => {
                let end = tail
                    .iter()
                    .position(|&c| c == '.' || c == '[')
                    .unwrap_or(tail.len());
                (&tail[..end], &tail[end..])
            }
            '[' => {
                let end = tail
                    .iter()
                    .position(|&c| c == ']')
                    .ok_or_else(|| Error::value_error("Missing ']' in format string"))?;
                (&tail[..end], &tail[end + 1..])
            }
            _ => {
                return Err(Error::value_error(
                    "Only '.' or '[' may follow ']' in format field specifier",
                ));
            }
        };
        if part.is_empty() {
            return Err(Error::value_error("Empty attribute in format string"));
        }
        let text: String = part.iter().collect();
        value = if c == '.' {
            it.getattr(&value, &text)?
        } else {
            let key = match index_of(part)? {
                // An index goes through PySequence_GetItem, whose ndarray
                // slot (array_item) words the 0-d refusal on its own.
                Some(_) if zero_dimensional(&value) => {
                    return Err(Error::new(Exc::IndexError, "too many indices for array"));
                }
                Some(n) => Value::int(n),
                None => Value::str(&text),
            };
            it.getitem(&value, &key)?
        };
        rest = after;
    }
    Ok(value)
}

fn zero_dimensional(v: &Value) -> bool {
    match v {
        Value::Array(a) => a.ndim() == 0,
        Value::StrArray(sa) => sa.shape().is_empty(),
        _ => false,
    }
}

fn positional(cx: &Context, n: usize) -> Result<Value> {
    cx.args.get(n).cloned().ok_or_else(|| {
        Error::index_error(format!(
            "Replacement index {n} out of range for positional args tuple"
        ))
    })
}
