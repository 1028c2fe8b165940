//! `complex("1+2j")`: a port of CPython 3.11's `complex_from_string_inner`
//! (Objects/complexobject.c), after its underscore check.

use crate::error::{Error, Result};
use num_complex::Complex64;

fn malformed() -> Error {
    Error::value_error("complex() arg is a malformed string")
}

/// Parses Python's complex spellings: `1`, `2j`, `1+2j`, `-j`, `(1-2.5e3J)`,
/// `inf+nanj`, with surrounding whitespace.
pub fn parse(text: &str) -> Result<Complex64> {
    let s = without_underscores(text).ok_or_else(|| {
        Error::value_error(format!(
            "could not convert string to complex: {}",
            crate::print::py_str_repr(text)
        ))
    })?;
    let b = s.as_bytes();
    let mut i = 0;
    skip_space(b, &mut i);
    let bracket = b.get(i) == Some(&b'(');
    if bracket {
        i += 1;
        skip_space(b, &mut i);
    }
    let (re, im);
    if let Some((z, end)) = float_prefix(b, i) {
        i = end;
        match b.get(i) {
            Some(b'+' | b'-') => {
                re = z;
                im = match float_prefix(b, i) {
                    Some((y, end)) => {
                        i = end;
                        y
                    }
                    None => {
                        i += 1;
                        if b[i - 1] == b'+' { 1.0 } else { -1.0 }
                    }
                };
                expect_j(b, &mut i)?;
            }
            Some(b'j' | b'J') => {
                i += 1;
                (re, im) = (0.0, z);
            }
            _ => (re, im) = (z, 0.0),
        }
    } else {
        // Not starting with a float: only `j`, `+j` and `-j` are left.
        let sign = match b.get(i) {
            Some(b'-') => -1.0,
            _ => 1.0,
        };
        if matches!(b.get(i), Some(b'+' | b'-')) {
            i += 1;
        }
        (re, im) = (0.0, sign);
        expect_j(b, &mut i)?;
    }
    skip_space(b, &mut i);
    if bracket {
        if b.get(i) != Some(&b')') {
            return Err(malformed());
        }
        i += 1;
        skip_space(b, &mut i);
    }
    if i != b.len() {
        return Err(malformed());
    }
    Ok(Complex64::new(re, im))
}

fn expect_j(b: &[u8], i: &mut usize) -> Result<()> {
    match b.get(*i) {
        Some(b'j' | b'J') => {
            *i += 1;
            Ok(())
        }
        _ => Err(malformed()),
    }
}

fn skip_space(b: &[u8], i: &mut usize) {
    while b
        .get(*i)
        .is_some_and(|c| c.is_ascii_whitespace() || *c == 0x0b)
    {
        *i += 1;
    }
}

/// CPython's `_Py_string_to_number_with_underscores`: each `_` must sit
/// between two digits, and is then dropped.
fn without_underscores(s: &str) -> Option<String> {
    if !s.contains('_') {
        return Some(s.to_string());
    }
    let b = s.as_bytes();
    let digit = |k: Option<usize>| k.and_then(|k| b.get(k)).is_some_and(u8::is_ascii_digit);
    b.iter()
        .enumerate()
        .all(|(k, &c)| c != b'_' || (digit(k.checked_sub(1)) && digit(Some(k + 1))))
        .then(|| s.replace('_', ""))
}

/// `PyOS_string_to_double` on the text from `start`: the longest float prefix
/// (sign, digits with an optional point and exponent, or inf/infinity/nan),
/// with its value and end; None when no float starts there.
fn float_prefix(b: &[u8], start: usize) -> Option<(f64, usize)> {
    let mut i = start;
    if matches!(b.get(i), Some(b'+' | b'-')) {
        i += 1;
    }
    let rest = std::str::from_utf8(&b[i..]).ok()?.to_ascii_lowercase();
    let word = ["infinity", "inf", "nan"]
        .into_iter()
        .find(|w| rest.starts_with(w));
    let end = if let Some(w) = word {
        i + w.len()
    } else {
        let digits = |i: &mut usize| {
            let from = *i;
            while b.get(*i).is_some_and(u8::is_ascii_digit) {
                *i += 1;
            }
            *i - from
        };
        let mut n = digits(&mut i);
        if b.get(i) == Some(&b'.') {
            i += 1;
            n += digits(&mut i);
        }
        if n == 0 {
            return None;
        }
        if matches!(b.get(i), Some(b'e' | b'E')) {
            let mut e = i + 1;
            if matches!(b.get(e), Some(b'+' | b'-')) {
                e += 1;
            }
            if digits(&mut e) > 0 {
                i = e;
            }
        }
        i
    };
    let text = std::str::from_utf8(&b[start..end]).ok()?;
    text.parse::<f64>().ok().map(|v| (v, end))
}

#[cfg(test)]
mod tests {
    use super::parse;

    #[test]
    fn python_spellings() {
        let ok = |s: &str| parse(s).map(|c| (c.re, c.im)).ok();
        assert_eq!(ok("1+2j"), Some((1.0, 2.0)));
        assert_eq!(ok(" ( -1.5e1-J ) "), Some((-15.0, -1.0)));
        assert_eq!(ok("j"), Some((0.0, 1.0)));
        assert_eq!(ok("-j"), Some((0.0, -1.0)));
        assert_eq!(ok("3"), Some((3.0, 0.0)));
        assert_eq!(ok("1_0j"), Some((0.0, 10.0)));
        assert_eq!(ok("1e5"), Some((1e5, 0.0)));
        assert_eq!(ok("1e+j"), None);
        assert_eq!(ok(""), None);
        assert_eq!(ok("1+"), None);
        assert_eq!(ok("1_+2j"), None);
        assert_eq!(ok("(1+2j"), None);
        assert_eq!(ok("é"), None);
    }
}
