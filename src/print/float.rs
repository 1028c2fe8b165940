//! Float digits as NumPy's Dragon4 produces them. Rust's formatter supplies
//! the digits (shortest round-trip for f64/f32, exact correctly rounded
//! otherwise); this module adds Dragon4's cut-off, padding and trimming rules.

use half::f16;

/// A float reduced to what digit generation needs.
#[derive(Clone, Copy, Debug)]
pub enum Real {
    F16(f16),
    F32(f32),
    F64(f64),
}

impl Real {
    pub fn value(self) -> f64 {
        match self {
            Real::F16(x) => x.to_f64(),
            Real::F32(x) => x as f64,
            Real::F64(x) => x,
        }
    }

    /// Shortest round-trip digits and the decimal exponent of the first digit:
    /// 0.0125 → ("125", -2). Zero gives ("0", 0).
    pub fn shortest(self) -> (String, i32) {
        let sci = match self {
            Real::F64(x) => nearest_of_shortest(
                format!("{:e}", x.abs()),
                |s| s.parse::<f64>() == Ok(x.abs()),
                x.abs(),
            ),
            Real::F32(x) => nearest_of_shortest(
                format!("{:e}", x.abs()),
                |s| s.parse::<f32>() == Ok(x.abs()),
                f64::from(x.abs()),
            ),
            Real::F16(x) => shortest_f16(x),
        };
        split_sci(&sci)
    }
}

/// Among the shortest digit strings that read back as the float, the one
/// nearest its exact value, an exact tie going to the even digit (Python's
/// repr and NumPy's Dragon4); Rust's shortest form may take the other one.
/// The correctly rounded form of the same length is that one when it reads
/// back.
fn nearest_of_shortest(shortest: String, reads_back: impl Fn(&str) -> bool, exact: f64) -> String {
    let digits = shortest
        .split_once('e')
        .map_or(shortest.as_str(), |(m, _)| m)
        .chars()
        .filter(char::is_ascii_digit)
        .count();
    let rounded = format!("{:.*e}", digits.saturating_sub(1), exact);
    if rounded != shortest && reads_back(&rounded) {
        rounded
    } else {
        shortest
    }
}

/// The shortest digits that read back as the same float16: the correctly
/// rounded n-digit form for the smallest n that round-trips.
fn shortest_f16(x: f16) -> String {
    let v = x.to_f64().abs();
    for digits in 0..8 {
        let s = format!("{:.*e}", digits, v);
        if s.parse::<f64>().map(f16::from_f64) == Ok(f16::from_f64(v)) {
            return s;
        }
    }
    format!("{v:e}")
}

/// "1.25e-2" → ("125", -2), trailing zeros of the digits removed.
fn split_sci(s: &str) -> (String, i32) {
    let (mant, exp) = s.split_once('e').unwrap_or((s, "0"));
    let mut digits: String = mant.chars().filter(|c| c.is_ascii_digit()).collect();
    while digits.len() > 1 && digits.ends_with('0') {
        digits.pop();
    }
    let exp = exp.parse().unwrap_or(0);
    if digits == "0" {
        ("0".into(), 0)
    } else {
        (digits, exp)
    }
}

/// How trailing zeros are trimmed (NumPy's `trim` argument).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Trim {
    /// 'k': keep trailing zeros and the point.
    Keep,
    /// '.': trim trailing zeros, keep the point.
    Point,
    /// '0': trim trailing zeros but keep one after the point.
    Zero,
    /// '-': trim trailing zeros and the point.
    Dash,
}

/// Options of `dragon4_positional` / `dragon4_scientific`.
#[derive(Clone, Copy, Debug)]
pub struct Dragon4 {
    /// Maximum fraction digits (None: no limit).
    pub precision: Option<usize>,
    pub min_digits: usize,
    pub unique: bool,
    pub trim: Trim,
    pub sign: bool,
    pub pad_left: usize,
    pub pad_right: usize,
    /// Positional only: whether precision and min_digits count fraction
    /// digits (else significant digits).
    pub fractional: bool,
    /// Minimum exponent digits (scientific only); Dragon4 prints at most 5
    /// and, at 0, no digit for a zero exponent.
    pub exp_digits: usize,
}

impl Default for Dragon4 {
    fn default() -> Self {
        Dragon4 {
            precision: None,
            min_digits: 0,
            unique: true,
            trim: Trim::Keep,
            sign: false,
            pad_left: 0,
            pad_right: 0,
            fractional: true,
            exp_digits: 2,
        }
    }
}

fn apply_trim(int_part: &str, frac: &mut String, trim: Trim) -> bool {
    // Returns whether to keep the decimal point.
    match trim {
        Trim::Keep => true,
        Trim::Point => {
            while frac.ends_with('0') {
                frac.pop();
            }
            true
        }
        Trim::Zero => {
            while frac.ends_with('0') {
                frac.pop();
            }
            if frac.is_empty() {
                frac.push('0');
            }
            let _ = int_part;
            true
        }
        Trim::Dash => {
            while frac.ends_with('0') {
                frac.pop();
            }
            !frac.is_empty()
        }
    }
}

fn sign_of(x: f64, plus: bool) -> &'static str {
    if x.is_sign_negative() {
        "-"
    } else if plus {
        "+"
    } else {
        ""
    }
}

/// `np.format_float_positional` for a finite value.
pub fn positional(x: Real, o: &Dragon4) -> String {
    let v = x.value();
    let (text, o) = if o.fractional {
        (fraction_length_text(x, o), *o)
    } else {
        // The zeros min_digits asks for are already there.
        (
            total_length_text(x, o),
            Dragon4 {
                min_digits: 0,
                ..*o
            },
        )
    };
    let (int_part, frac) = text.split_once('.').unwrap_or((&text, ""));
    let (mut s, frac_len) = mantissa(v, int_part, frac, &o);
    match frac_len {
        Some(n) => s.push_str(&" ".repeat(o.pad_right.saturating_sub(n))),
        None if o.pad_right > 0 => s.push_str(&" ".repeat(o.pad_right + 1)),
        None => {}
    }
    s
}

/// The unsigned digits of `fractional=True`: `precision` and `min_digits`
/// count fraction digits.
fn fraction_length_text(x: Real, o: &Dragon4) -> String {
    let v = x.value();
    let (digits, exp) = x.shortest();
    // Fraction digits of the shortest form.
    let shortest_frac = (digits.len() as i32 - exp - 1).max(0) as usize;
    match exact_digits(o, shortest_frac) {
        Some(n) => carry_trimmed(format!("{:.*}", n, v.abs()), v, cut_short(o, shortest_frac)),
        None => lay_out_digits(&digits, exp),
    }
}

/// The unsigned digits of `fractional=False`: `precision` and `min_digits`
/// count significant digits (Dragon4's TotalLength cutoff). Dragon4 drops
/// the zeros of a carry and, in exact mode, stops where the value's decimal
/// expansion ends; FormatPositional then pads the fraction with zeros up to
/// that many digits less the whole ones (a value below 1 has one, its 0)
/// when trim is 'k'.
fn total_length_text(x: Real, o: &Dragon4) -> String {
    let sci = Dragon4 {
        precision: o.precision.map(|p| p.saturating_sub(1)),
        min_digits: o.min_digits.saturating_sub(1),
        ..*o
    };
    let (digits, exp) = dragon4_digits(x, &sci);
    let mut text = lay_out_digits(&digits, exp);
    let whole = exp.max(0) as usize + 1;
    let wanted = if o.unique {
        o.min_digits
    } else {
        o.precision.unwrap_or(0)
    };
    let frac_len = text.split_once('.').map_or(0, |(_, f)| f.len());
    if o.trim == Trim::Keep && wanted.saturating_sub(whole) > frac_len {
        if frac_len == 0 && !text.contains('.') {
            text.push('.');
        }
        text.push_str(&"0".repeat(wanted - whole - frac_len));
    }
    text
}

/// The digits Dragon4 itself writes, before its caller pads them with
/// zeros, counted as `significant_digits` counts them: no zeros a carry
/// left, none past the end of the value's expansion in exact mode, and a
/// single 0 for zero.
fn dragon4_digits(x: Real, o: &Dragon4) -> (String, i32) {
    let (digits, exp) = significant_digits(x, o, true);
    let ends = || exact_key(x.value()).1.len() <= digits.len();
    match digits.trim_end_matches('0') {
        "" => ("0".into(), exp),
        d if !o.unique && ends() => (d.into(), exp),
        _ => (digits, exp),
    }
}

/// Significant digits whose first has decimal exponent `exp`, positionally.
fn lay_out_digits(digits: &str, exp: i32) -> String {
    if exp >= 0 {
        let e = exp as usize;
        if digits.len() > e + 1 {
            format!("{}.{}", &digits[..=e], &digits[e + 1..])
        } else {
            format!("{}{}", digits, "0".repeat(e + 1 - digits.len()))
        }
    } else {
        format!("0.{}{}", "0".repeat((-exp - 1) as usize), digits)
    }
}

/// How many fraction digits to print exactly, or None for the shortest
/// round-trip digits: `precision` when not unique; else the shortest form
/// cut to `precision` or lengthened to `min_digits`.
fn exact_digits(o: &Dragon4, shortest_frac: usize) -> Option<usize> {
    if !o.unique {
        Some(o.precision.unwrap_or(0))
    } else if let Some(p) = o.precision.filter(|&p| shortest_frac > p) {
        Some(p)
    } else if o.min_digits > shortest_frac {
        Some(o.min_digits)
    } else {
        None
    }
}

/// Dragon4 cut off by `precision` in unique mode: rounding up past a run of
/// 9s ends the digits at the digit it raised (1.2996 to 3 places is "1.3"),
/// while rounding down keeps every digit up to the cut ("0.10"). `text` is
/// the correctly rounded form; the zeros a carry left are its trailing
/// ones exactly when it came out above the value. min_digits pads again.
fn carry_trimmed(text: String, v: f64, cut: bool) -> String {
    if !cut || !above(&text, v) {
        return text;
    }
    let (mant, exp) = text
        .split_once('e')
        .map_or((text.as_str(), None), |(m, e)| (m, Some(e)));
    if !mant.contains('.') {
        return text;
    }
    let mant = mant.trim_end_matches('0');
    match exp {
        Some(e) => format!("{mant}e{e}"),
        None => mant.to_string(),
    }
}

/// Whether `text`, |v| rounded to some digits, came out above |v|. Digits
/// that do not read back as v compare as floats; those that do (fewer of
/// them than the shortest form) compare with v's exact expansion.
fn above(text: &str, v: f64) -> bool {
    match text.parse::<f64>() {
        Ok(r) if r != v.abs() => r > v.abs(),
        Ok(_) => decimal_key(text) > exact_key(v),
        Err(_) => false,
    }
}

/// The exponent of a decimal's first significant digit and its significant
/// digits without trailing zeros: for positive decimals, ordered as they are.
fn decimal_key(text: &str) -> (i32, String) {
    let (mant, exp) = text.split_once('e').unwrap_or((text, "0"));
    let (int_part, frac) = mant.split_once('.').unwrap_or((mant, ""));
    let all = format!("{int_part}{frac}");
    let Some(first) = all.find(|c: char| c != '0') else {
        return (i32::MIN, String::new());
    };
    let exp = exp.parse::<i32>().unwrap_or(0) + int_part.len() as i32 - 1 - first as i32;
    (exp, all[first..].trim_end_matches('0').to_string())
}

/// `decimal_key` of |v|'s exact decimal expansion (every double's ends
/// within 767 significant digits).
fn exact_key(v: f64) -> (i32, String) {
    decimal_key(&format!("{:.800e}", v.abs()))
}

/// Whether unique mode cuts the shortest digits at `precision`.
fn cut_short(o: &Dragon4, shortest_frac: usize) -> bool {
    o.unique && o.precision.is_some_and(|p| shortest_frac > p)
}

/// The sign and integer part right-aligned to `pad_left`, then the point
/// and the fraction (zero-padded to `min_digits`, then trimmed) unless the
/// trim drops the point; with the fraction's length when the point stays.
fn mantissa(v: f64, int_part: &str, frac: &str, o: &Dragon4) -> (String, Option<usize>) {
    let mut frac = frac.to_string();
    if o.unique && o.min_digits > frac.len() {
        frac.push_str(&"0".repeat(o.min_digits - frac.len()));
    }
    let keep_point = apply_trim(int_part, &mut frac, o.trim);
    let int_text = format!("{}{}", sign_of(v, o.sign), int_part);
    let mut s = format!("{:>width$}", int_text, width = o.pad_left);
    if !keep_point {
        return (s, None);
    }
    s.push('.');
    s.push_str(&frac);
    (s, Some(frac.len()))
}

/// The significant digits scientific notation shows (`precision` and
/// `min_digits` count those after the first) and the exponent of the first;
/// `drop_carried` drops the zeros a carry left in any mode, as Dragon4 does
/// before its caller pads.
fn significant_digits(x: Real, o: &Dragon4, drop_carried: bool) -> (String, i32) {
    let v = x.value();
    let (digits, exp) = x.shortest();
    let shortest_frac = digits.len() - 1;
    match exact_digits(o, shortest_frac) {
        Some(n) => split_exact(&carry_trimmed(
            format!("{:.*e}", n, v.abs()),
            v,
            drop_carried || cut_short(o, shortest_frac),
        )),
        None => (digits, exp),
    }
}

/// `np.format_float_scientific` for a finite value.
pub fn scientific(x: Real, o: &Dragon4) -> String {
    let v = x.value();
    let (mant_digits, exp) = significant_digits(x, o, false);
    // FormatScientific's trim '-' drops the point only when Dragon4 wrote
    // no fraction digit; trimmed ones leave it ("1.e+00").
    let o = match o.trim {
        Trim::Dash if dragon4_digits(x, o).0.len() > 1 => Dragon4 {
            trim: Trim::Point,
            ..*o
        },
        _ => *o,
    };
    let (mut s, _) = mantissa(v, &mant_digits[..1], &mant_digits[1..], &o);
    let exp_text = if exp == 0 && o.exp_digits == 0 {
        String::new()
    } else {
        format!(
            "{:0width$}",
            exp.unsigned_abs(),
            width = o.exp_digits.min(5)
        )
    };
    s.push_str(&format!("e{}{}", if exp < 0 { '-' } else { '+' }, exp_text));
    s
}

/// "1.250e-2" → ("1250", -2), keeping every digit (these are exact).
fn split_exact(s: &str) -> (String, i32) {
    let (mant, exp) = s.split_once('e').unwrap_or((s, "0"));
    (
        mant.chars().filter(|c| c.is_ascii_digit()).collect(),
        exp.parse().unwrap_or(0),
    )
}

/// CPython's `repr(float)`: shortest round-trip digits, positional for
/// exponents from -4 to 15, otherwise scientific with a two-digit exponent.
pub fn py_float_repr(x: f64) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    if x.is_infinite() {
        return if x < 0.0 { "-inf".into() } else { "inf".into() };
    }
    let (digits, exp) = Real::F64(x).shortest();
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if (-4..16).contains(&exp) {
        let o = Dragon4 {
            trim: Trim::Zero,
            ..Dragon4::default()
        };
        return positional(Real::F64(x), &o);
    }
    let mant = if digits.len() > 1 {
        format!("{}.{}", &digits[..1], &digits[1..])
    } else {
        digits.clone()
    };
    format!(
        "{sign}{mant}e{}{:02}",
        if exp < 0 { '-' } else { '+' },
        exp.unsigned_abs()
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn python_float_repr() {
        // CPython 3.11 reprs.
        for (x, s) in [
            (1e16, "1e+16"),
            (0.1, "0.1"),
            (1.5e-5, "1.5e-05"),
            (0.0001, "0.0001"),
            (-0.0, "-0.0"),
            (1.0, "1.0"),
            (1e15, "1000000000000000.0"),
            (123.456, "123.456"),
        ] {
            assert_eq!(py_float_repr(x), s);
        }
    }

    #[test]
    fn dragon4_like_numpy() {
        // np.format_float_positional / np.format_float_scientific (NumPy 2.4.6).
        let pos = |x: f64, p: Option<usize>, trim: Trim| {
            positional(
                Real::F64(x),
                &Dragon4 {
                    precision: p,
                    trim,
                    ..Dragon4::default()
                },
            )
        };
        assert_eq!(pos(0.25, Some(1), Trim::Keep), "0.2");
        assert_eq!(pos(0.125, Some(2), Trim::Keep), "0.12");
        assert_eq!(pos(2.5, Some(0), Trim::Keep), "2.");
        assert_eq!(pos(1.0, None, Trim::Point), "1.");
        let sci = scientific(Real::F32(std::f32::consts::PI), &Dragon4::default());
        assert_eq!(sci, "3.1415927e+00");
        assert_eq!(
            positional(Real::F16(f16::from_f64(0.1)), &Dragon4::default()),
            "0.1"
        );
    }
}
