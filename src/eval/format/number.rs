//! int, float and complex `__format__`: CPython's `format_long_internal`,
//! `format_float_internal`, `format_complex_internal` and their shared
//! layout (`calc_number_widths`, `fill_number`, thousands grouping).

use super::dtoa::{Flags, double_to_string};
use super::spec::{self, Spec};
use super::{int_as_float, pad, unknown_code};
use crate::error::{Error, Exc, Result};
use num_bigint::BigInt;
use num_complex::Complex64;
use num_traits::{Signed, ToPrimitive};

/// A number split for layout: sign, prefix (`0x`), integer digits, and the
/// rest (point, fraction, exponent, `%`, or the character of `c`).
struct Parts<'a> {
    negative: bool,
    prefix: &'a str,
    digits: &'a str,
    remainder: &'a str,
}

/// `digits` grouped from the right by `sep`, zero-padded on the left until
/// at least `min_width` long (`_PyUnicode_InsertThousandsGrouping`).
fn group(digits: &str, min_width: isize, sep: Option<(char, usize)>) -> String {
    let digits: Vec<char> = digits.chars().collect();
    let mut remaining = digits.len() as isize;
    let mut min_width = min_width;
    // Chunks from the right, each already zero-padded.
    let mut chunks: Vec<String> = Vec::new();
    let take = |len: isize, remaining: isize| -> String {
        let zeros = (len - remaining).max(0) as usize;
        let chars = remaining.min(len).max(0) as usize;
        let end = remaining as usize;
        format!(
            "{}{}",
            "0".repeat(zeros),
            digits[end - chars..end].iter().collect::<String>()
        )
    };
    let mut finished = false;
    if let Some((_, size)) = sep {
        loop {
            let len = (size as isize).min(remaining.max(min_width).max(1));
            chunks.push(take(len, remaining));
            remaining -= remaining.min(len).max(0);
            min_width -= len;
            if remaining <= 0 && min_width <= 0 {
                finished = true;
                break;
            }
            min_width -= 1;
        }
    }
    if !finished {
        let len = remaining.max(min_width).max(1);
        chunks.push(take(len, remaining));
    }
    chunks.reverse();
    let joiner = sep.map(|(c, _)| c.to_string()).unwrap_or_default();
    chunks.join(&joiner)
}

/// `calc_number_widths` + `fill_number`: the number laid out in the field.
fn layout(p: &Parts, f: &Spec, sign: Option<char>, upper: bool) -> String {
    let sign_char = match (sign, p.negative) {
        (_, true) => Some('-'),
        (Some('+'), false) => Some('+'),
        (Some(' '), false) => Some(' '),
        _ => None,
    };
    let width = f.width.map_or(-1, |w| w as isize);
    let fixed = sign_char.is_some() as isize
        + p.prefix.chars().count() as isize
        + p.remainder.chars().count() as isize;
    let min_width = if f.fill == '0' && f.align == '=' {
        width - fixed
    } else {
        0
    };
    let mut grouped = if p.digits.is_empty() {
        String::new()
    } else {
        group(p.digits, min_width, f.grouping.separator())
    };
    let mut prefix = p.prefix.to_string();
    if upper {
        grouped = grouped.to_ascii_uppercase();
        prefix = prefix.to_ascii_uppercase();
    }
    let padding = (width - fixed - grouped.chars().count() as isize).max(0) as usize;
    let (left, inner, right) = match f.align {
        '<' => (0, 0, padding),
        '^' => (padding / 2, 0, padding - padding / 2),
        '=' => (0, padding, 0),
        _ => (padding, 0, 0),
    };
    let fill = |k: usize| f.fill.to_string().repeat(k);
    let mut out = fill(left);
    out.extend(sign_char);
    out.push_str(&prefix);
    out.push_str(&fill(inner));
    out.push_str(&grouped);
    out.push_str(p.remainder);
    out.push_str(&fill(right));
    out
}

/// The text of a float split for `layout`: its sign, integer digits and
/// the rest.
fn float_parts(text: &str) -> Parts<'_> {
    let (negative, body) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let end = body
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(body.len());
    let (digits, remainder) = body.split_at(end);
    Parts {
        negative,
        prefix: "",
        digits,
        remainder,
    }
}

/// `int.__format__`; `type_name` is `int` or `bool` for messages.
pub fn format_int(i: &BigInt, spec_text: &str, type_name: &str) -> Result<String> {
    let f = spec::parse(spec_text, '>', Some('d'), type_name)?;
    let (base, prefix) = match f.ty {
        None | Some('d' | 'n' | 'c') => (10, ""),
        Some('b') => (2, "0b"),
        Some('o') => (8, "0o"),
        Some('x' | 'X') => (16, "0x"),
        Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%') => {
            return float_with(int_as_float(i)?, &f);
        }
        Some(t) => return Err(unknown_code(t, type_name)),
    };
    // format_long_internal's checks, in its order.
    if f.precision.is_some() {
        return Err(Error::value_error(
            "Precision not allowed in integer format specifier",
        ));
    }
    if f.no_neg_0 {
        return Err(Error::value_error(
            "Negative zero coercion (z) not allowed in integer format specifier",
        ));
    }
    if f.ty == Some('c') {
        return format_char(i, &f);
    }
    let digits = i.abs().to_str_radix(base);
    let parts = Parts {
        negative: i.is_negative(),
        prefix: if f.alternate { prefix } else { "" },
        digits: &digits,
        remainder: "",
    };
    Ok(layout(&parts, &f, f.sign, f.ty == Some('X')))
}

/// The `c` presentation type: the integer as a character.
fn format_char(i: &BigInt, f: &Spec) -> Result<String> {
    if f.sign.is_some() {
        return Err(Error::value_error(
            "Sign not allowed with integer format specifier 'c'",
        ));
    }
    if f.alternate {
        return Err(Error::value_error(
            "Alternate form (#) not allowed with integer format specifier 'c'",
        ));
    }
    let c = i
        .to_i64()
        .ok_or_else(|| Error::overflow_error("Python int too large to convert to C long"))?;
    let c = u32::try_from(c)
        .ok()
        .filter(|&n| n <= 0x10ffff)
        .ok_or_else(|| Error::overflow_error("%c arg not in range(0x110000)"))?;
    // Surrogates cannot be a Rust char; npcalc's strings are UTF-8.
    let c = char::from_u32(c).ok_or_else(|| {
        Error::new(
            Exc::NotImplementedError,
            "lone surrogate characters are not supported by npcalc",
        )
    })?;
    let text = c.to_string();
    let parts = Parts {
        negative: false,
        prefix: "",
        digits: "",
        remainder: &text,
    };
    Ok(layout(&parts, f, None, false))
}

/// `float.__format__`.
pub fn format_float(x: f64, spec_text: &str) -> Result<String> {
    let f = spec::parse(spec_text, '>', None, "float")?;
    float_with(x, &f)
}

/// The conversion code, precision and flags for one float part.
fn float_plan(f: &Spec, omitted_adds_dot_0: bool) -> Result<(char, usize, Flags)> {
    if f.precision.is_some_and(|p| p > i32::MAX as usize) {
        return Err(Error::value_error("precision too big"));
    }
    f.precision.map(spec::bounded).transpose()?;
    let mut flags = Flags {
        alt: f.alternate,
        no_neg_0: f.no_neg_0,
        add_dot_0: false,
    };
    let (code, default_precision) = match f.ty {
        // No type: repr() without a precision, else 'g' keeping a digit after the point.
        None => {
            flags.add_dot_0 = omitted_adds_dot_0;
            ('r', 0)
        }
        Some('n') => ('g', 6),
        Some('%') => ('f', 6),
        Some(t) => (t, 6),
    };
    Ok(match f.precision {
        None => (code, default_precision, flags),
        Some(p) if code == 'r' => ('g', p, flags),
        Some(p) => (code, p, flags),
    })
}

fn float_with(x: f64, f: &Spec) -> Result<String> {
    match f.ty {
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%') => {}
        Some(t) => return Err(unknown_code(t, "float")),
    }
    let (code, precision, flags) = float_plan(f, true)?;
    let value = if f.ty == Some('%') { x * 100.0 } else { x };
    let mut text = double_to_string(value, code, precision, flags);
    if f.ty == Some('%') {
        text.push('%');
    }
    Ok(layout(&float_parts(&text), f, f.sign, false))
}

/// `complex.__format__`.
pub fn format_complex(c: Complex64, spec_text: &str) -> Result<String> {
    let f = spec::parse(spec_text, '>', None, "complex")?;
    match f.ty {
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n') => {}
        Some(t) => return Err(unknown_code(t, "complex")),
    }
    if f.fill == '0' {
        return Err(Error::value_error(
            "Zero padding is not allowed in complex format specifier",
        ));
    }
    if f.align == '=' {
        return Err(Error::value_error(
            "'=' alignment flag is not allowed in complex format specifier",
        ));
    }
    // Like str(): a positive-zero real part is left out, otherwise parenthesised.
    let (skip_re, parens) = match f.ty {
        None if c.re == 0.0 && c.re.is_sign_positive() => (true, false),
        None => (false, true),
        _ => (false, false),
    };
    let (code, precision, flags) = float_plan(&f, false)?;
    // Each part is laid out unpadded; the padding goes around the whole.
    let part_spec = Spec {
        fill: ' ',
        align: '<',
        width: None,
        ..f.clone()
    };
    let part = |x: f64, sign: Option<char>| {
        let text = double_to_string(x, code, precision, flags);
        layout(&float_parts(&text), &part_spec, sign, false)
    };
    let mut body = String::new();
    if parens {
        body.push('(');
    }
    if !skip_re {
        body.push_str(&part(c.re, f.sign));
    }
    // With a real part shown, the imaginary part always carries its sign.
    body.push_str(&part(c.im, if skip_re { f.sign } else { Some('+') }));
    body.push('j');
    if parens {
        body.push(')');
    }
    Ok(pad(&body, &f))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grouping_pads_with_grouped_zeros() {
        // format(1234, '010,') == '00,001,234' in CPython 3.11.
        assert_eq!(group("1234", 10, Some((',', 3))), "00,001,234");
        assert_eq!(group("1234", 0, None), "1234");
        assert_eq!(group("12", 5, None), "00012");
    }
}
