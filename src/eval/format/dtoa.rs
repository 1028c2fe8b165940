//! `PyOS_double_to_string` (Python/pystrtod.c): a float's text for the
//! codes e E f F g G and `r` (repr). Rust's formatter supplies correctly
//! rounded digits, as David Gay's dtoa does for CPython; this module ports
//! `format_float_short`'s placement of the point, zeros and exponent.

/// Options of one conversion (CPython's `Py_DTSF_*` flags).
#[derive(Clone, Copy, Debug, Default)]
pub struct Flags {
    /// `#`: keep the point and, for `g`, the trailing zeros.
    pub alt: bool,
    /// Omitted type with a precision: `1.0`, not `1`.
    pub add_dot_0: bool,
    /// `z`: a negative value that rounds to zero prints as positive.
    pub no_neg_0: bool,
}

/// Significant digits without trailing zeros and the position of the point
/// relative to them (value = 0.DIGITS × 10^decpt), as dtoa returns them.
fn digits_of(x: f64, code: char, precision: usize) -> (String, i64) {
    let text = match code {
        // Python's repr digits: an exact tie between two shortest forms goes
        // to the even one, which Rust's `{:e}` does not promise.
        'r' => {
            let (digits, exp) = crate::print::Real::F64(x).shortest();
            return trimmed(digits, i64::from(exp) + 1);
        }
        'e' => format!("{x:.precision$e}"),
        'g' => format!("{x:.*e}", precision.max(1) - 1),
        _ => return fixed_digits(x, precision),
    };
    let (mant, exp) = text.split_once('e').unwrap_or((&text, "0"));
    let digits: String = mant.chars().filter(char::is_ascii_digit).collect();
    let exp: i64 = exp.parse().unwrap_or(0);
    trimmed(digits, exp + 1)
}

/// Digits of the `f` conversion: correctly rounded at `precision` places.
fn fixed_digits(x: f64, precision: usize) -> (String, i64) {
    let text = format!("{x:.precision$}");
    let (int, frac) = text.split_once('.').unwrap_or((&text, ""));
    let int = int.trim_start_matches('0');
    if int.is_empty() {
        let lead = frac.len() - frac.trim_start_matches('0').len();
        trimmed(frac[lead..].to_string(), -(lead as i64))
    } else {
        trimmed(format!("{int}{frac}"), int.len() as i64)
    }
}

fn trimmed(mut digits: String, decpt: i64) -> (String, i64) {
    while digits.ends_with('0') {
        digits.pop();
    }
    if digits.is_empty() {
        ("0".into(), 1)
    } else {
        (digits, decpt)
    }
}

/// `PyOS_double_to_string(x, code, precision, flags)`; upper-case codes give
/// upper-case `E`, `INF`, `NAN`.
pub fn double_to_string(x: f64, code: char, precision: usize, flags: Flags) -> String {
    let upper = code.is_ascii_uppercase();
    let lower = code.to_ascii_lowercase();
    if x.is_nan() {
        // CPython never signs a nan.
        return if upper { "NAN" } else { "nan" }.into();
    }
    let mut out = String::new();
    if x.is_sign_negative() {
        out.push('-');
    }
    if x.is_infinite() {
        out.push_str(if upper { "INF" } else { "inf" });
        return out;
    }
    // dtoa's 'e' takes the number of digits, one more than the precision.
    let (digits, mut decpt) = digits_of(x.abs(), lower, precision);
    if flags.no_neg_0 && digits == "0" {
        out.clear();
    }
    let precision = precision as i64;
    let n = digits.len() as i64;
    let mut use_exp = false;
    let mut vend = n;
    match lower {
        'e' => {
            use_exp = true;
            vend = precision + 1;
        }
        'f' => vend = decpt + precision,
        'g' => {
            let p = precision.max(1);
            let limit = if flags.add_dot_0 { p - 1 } else { p };
            use_exp = decpt <= -4 || decpt > limit;
            if flags.alt {
                vend = p;
            }
        }
        _ => use_exp = decpt <= -4 || decpt > 16,
    }
    let mut exp = 0;
    if use_exp {
        exp = decpt - 1;
        decpt = 1;
    }
    let vstart = if decpt <= 0 { decpt - 1 } else { 0 };
    vend = if !use_exp && flags.add_dot_0 {
        vend.max(decpt + 1)
    } else {
        vend.max(decpt)
    };
    let zeros = |k: i64| "0".repeat(k.max(0) as usize);
    if decpt <= 0 {
        out.push_str(&zeros(decpt - vstart));
        out.push('.');
        out.push_str(&zeros(-decpt));
    } else {
        out.push_str(&zeros(-vstart));
    }
    if 0 < decpt && decpt <= n {
        out.push_str(&digits[..decpt as usize]);
        out.push('.');
        out.push_str(&digits[decpt as usize..]);
    } else {
        out.push_str(&digits);
    }
    if n < decpt {
        out.push_str(&zeros(decpt - n));
        out.push('.');
        out.push_str(&zeros(vend - decpt));
    } else {
        out.push_str(&zeros(vend - n));
    }
    if out.ends_with('.') && !flags.alt {
        out.pop();
    }
    if use_exp {
        out.push(if upper { 'E' } else { 'e' });
        out.push(if exp < 0 { '-' } else { '+' });
        out.push_str(&format!("{:02}", exp.unsigned_abs()));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repr_mode_matches_python_repr() {
        // From CPython 3.11: repr(x) for these x.
        // (Without add_dot_0, as float.__repr__ passes it, 123.0 is "123".)
        for (x, s) in [
            (1e16, "1e+16"),
            (0.1, "0.1"),
            (1.5e-5, "1.5e-05"),
            (123.0, "123"),
        ] {
            assert_eq!(double_to_string(x, 'r', 0, Flags::default()), s);
        }
    }
}
