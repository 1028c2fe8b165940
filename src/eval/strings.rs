//! The methods of Python's `str`, as CPython 3.11 runs them (Objects/
//! unicodeobject.c, stringlib), with its error texts. Positions are counted
//! in characters (code points), as Python counts them.

use super::table::{Args, FnDef, Owner, p};
use super::{Interp, Value};
use crate::error::{Error, Exc, Result};
use std::rc::Rc;

/// The str a method is bound to (the table binds these methods only to str).
fn this(args: &Args) -> Rc<str> {
    args.this().as_str().unwrap_or_else(|| Rc::from(""))
}

impl Value {
    /// The text of a str value (a NumPy `str_` is a str).
    pub fn as_str(&self) -> Option<Rc<str>> {
        match self {
            Value::Str(s) | Value::NpStr(s) => Some(s.clone()),
            _ => None,
        }
    }
}

/// Python's `str.isspace` for one character (Rust's `is_whitespace` plus
/// the ASCII information separators).
pub(super) fn is_space(c: char) -> bool {
    c.is_whitespace() || ('\x1c'..='\x1f').contains(&c)
}

/// An integer argument (`__index__`), with CPython's message otherwise.
fn index(v: &Value) -> Result<i64> {
    match v {
        Value::Int(i) => Ok(
            i64::try_from(i).unwrap_or(if i.sign() == num_bigint::Sign::Minus {
                i64::MIN
            } else {
                i64::MAX
            }),
        ),
        Value::Bool(b) => Ok(*b as i64),
        Value::Scalar(s) if s.dtype().is_integer() => match super::numpy::scalar_to_python(*s) {
            Value::Int(i) => Ok(i64::try_from(&i).unwrap_or(i64::MAX)),
            _ => Ok(0),
        },
        other => Err(Error::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            other.type_name()
        ))),
    }
}

/// A str argument; `message` is CPython's complaint otherwise.
fn str_arg(v: &Value, message: impl Fn(&Value) -> String) -> Result<Rc<str>> {
    v.as_str().ok_or_else(|| Error::type_error(message(v)))
}

fn must_be_str(v: &Value) -> String {
    format!("must be str, not {}", v.type_name())
}

/// CPython's ADJUST_INDICES: `start`/`end` (None = the ends) clipped to `0..=len`.
fn bounds(args: &Args, len: usize) -> Result<(usize, usize)> {
    let clip = |v: Value, default: usize| -> Result<usize> {
        if matches!(v, Value::None) {
            return Ok(default);
        }
        let i = index(&v).map_err(|_| {
            Error::type_error("slice indices must be integers or None or have an __index__ method")
        })?;
        let i = if i < 0 { i + len as i64 } else { i };
        Ok(i.clamp(0, len as i64) as usize)
    };
    Ok((clip(args.get("start"), 0)?, clip(args.get("end"), len)?))
}

fn chars(s: &str) -> Vec<char> {
    s.chars().collect()
}

/// Where `needle` occurs in `hay[lo..hi]`, first (or last) occurrence.
fn search(hay: &[char], needle: &[char], lo: usize, hi: usize, last: bool) -> Option<usize> {
    if lo > hi || hi - lo < needle.len() {
        return None;
    }
    let mut starts = lo..=hi - needle.len();
    let hit = |&i: &usize| hay[i..i + needle.len()] == *needle;
    if last {
        starts.rev().find(hit)
    } else {
        starts.find(hit)
    }
}

fn find_impl(args: &Args, last: bool) -> Result<Option<usize>> {
    let hay = chars(&this(args));
    // CPython converts start/end before it checks sub.
    let (lo, hi) = bounds(args, hay.len())?;
    let needle = chars(&str_arg(&args.get("sub"), must_be_str)?);
    Ok(search(&hay, &needle, lo, hi, last))
}

fn position(found: Option<usize>) -> Value {
    Value::int(found.map_or(-1, |i| i as i64))
}

pub fn find(_: &mut Interp, args: &Args) -> Result<Value> {
    Ok(position(find_impl(args, false)?))
}

pub fn rfind(_: &mut Interp, args: &Args) -> Result<Value> {
    Ok(position(find_impl(args, true)?))
}

pub fn index_(_: &mut Interp, args: &Args) -> Result<Value> {
    find_impl(args, false)?
        .map(Value::int)
        .ok_or_else(|| Error::value_error("substring not found"))
}

pub fn rindex(_: &mut Interp, args: &Args) -> Result<Value> {
    find_impl(args, true)?
        .map(Value::int)
        .ok_or_else(|| Error::value_error("substring not found"))
}

pub fn count(_: &mut Interp, args: &Args) -> Result<Value> {
    let hay = chars(&this(args));
    let (lo, hi) = bounds(args, hay.len())?;
    let needle = chars(&str_arg(&args.get("sub"), must_be_str)?);
    if lo > hi {
        return Ok(Value::int(0));
    }
    if needle.is_empty() {
        return Ok(Value::int(hi - lo + 1));
    }
    let (mut n, mut i) = (0, lo);
    while let Some(at) = search(&hay, &needle, i, hi, false) {
        n += 1;
        i = at + needle.len();
    }
    Ok(Value::int(n))
}

/// `startswith` / `endswith`: a str or a tuple of str, within start/end.
fn affix(args: &Args, name: &str, at_end: bool) -> Result<Value> {
    let hay = chars(&this(args));
    let (lo, hi) = bounds(args, hay.len())?;
    let wrong = |v: &Value| {
        format!(
            "{name} first arg must be str or a tuple of str, not {}",
            v.type_name()
        )
    };
    let affixes: Vec<Rc<str>> = match args.get("prefix") {
        Value::Tuple(items) => items
            .iter()
            .map(|v| {
                str_arg(v, |v| {
                    format!(
                        "tuple for {name} must only contain str, not {}",
                        v.type_name()
                    )
                })
            })
            .collect::<Result<_>>()?,
        other => vec![str_arg(&other, wrong)?],
    };
    let hit = affixes.iter().any(|a| {
        let a = chars(a);
        lo <= hi
            && hi - lo >= a.len()
            && if at_end {
                hay[hi - a.len()..hi] == *a
            } else {
                hay[lo..lo + a.len()] == *a
            }
    });
    Ok(Value::Bool(hit))
}

pub fn startswith(_: &mut Interp, args: &Args) -> Result<Value> {
    affix(args, "startswith", false)
}

pub fn endswith(_: &mut Interp, args: &Args) -> Result<Value> {
    affix(args, "endswith", true)
}

pub fn join(it: &mut Interp, args: &Args) -> Result<Value> {
    let items = it
        .iterate(&args.get("iterable"))
        .map_err(|_| Error::type_error("can only join an iterable"))?;
    let mut parts = Vec::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        parts.push(item.as_str().ok_or_else(|| {
            Error::type_error(format!(
                "sequence item {i}: expected str instance, {} found",
                item.type_name()
            ))
        })?);
    }
    Ok(Value::str(&parts.join(&*this(args))))
}

/// The separator argument of split/rsplit/partition: None means whitespace.
fn separator(v: &Value) -> Result<Option<Rc<str>>> {
    match v {
        Value::None => Ok(None),
        // A NumPy str_ is a str.
        Value::Str(s) | Value::NpStr(s) if s.is_empty() => {
            Err(Error::value_error("empty separator"))
        }
        Value::Str(s) | Value::NpStr(s) => Ok(Some(s.clone())),
        other => Err(Error::type_error(format!(
            "must be str or None, not {}",
            other.type_name()
        ))),
    }
}

fn split_impl(args: &Args, from_right: bool) -> Result<Value> {
    let s = this(args);
    // CPython converts maxsplit before it checks sep.
    let max = index(&args.get("maxsplit"))?;
    let sep = separator(&args.get("sep"))?;
    let max = if max < 0 { usize::MAX } else { max as usize };
    let mut parts: Vec<String> = Vec::new();
    match sep {
        Some(sep) => {
            if from_right {
                parts = s
                    .rsplitn(max.saturating_add(1), &*sep)
                    .map(String::from)
                    .collect();
                parts.reverse();
            } else {
                parts = s
                    .splitn(max.saturating_add(1), &*sep)
                    .map(String::from)
                    .collect();
            }
        }
        None => {
            // Runs of whitespace separate; leading/trailing runs give no empty parts,
            // and after maxsplit splits the rest is kept with its inner spaces.
            let c = chars(&s);
            let (mut lo, mut hi) = (0, c.len());
            let mut splits = 0;
            if from_right {
                loop {
                    while hi > lo && is_space(c[hi - 1]) {
                        hi -= 1;
                    }
                    if hi == lo {
                        break;
                    }
                    if splits == max {
                        parts.push(c[lo..hi].iter().collect());
                        break;
                    }
                    let mut j = hi;
                    while j > lo && !is_space(c[j - 1]) {
                        j -= 1;
                    }
                    parts.push(c[j..hi].iter().collect());
                    splits += 1;
                    hi = j;
                }
                parts.reverse();
            } else {
                loop {
                    while lo < hi && is_space(c[lo]) {
                        lo += 1;
                    }
                    if lo == hi {
                        break;
                    }
                    if splits == max {
                        parts.push(c[lo..hi].iter().collect());
                        break;
                    }
                    let mut j = lo;
                    while j < hi && !is_space(c[j]) {
                        j += 1;
                    }
                    parts.push(c[lo..j].iter().collect());
                    splits += 1;
                    lo = j;
                }
            }
        }
    }
    Ok(Value::list(parts.iter().map(|p| Value::str(p)).collect()))
}

pub fn split(_: &mut Interp, args: &Args) -> Result<Value> {
    split_impl(args, false)
}

pub fn rsplit(_: &mut Interp, args: &Args) -> Result<Value> {
    split_impl(args, true)
}

fn strip_impl(args: &Args, name: &str, left: bool, right: bool) -> Result<Value> {
    let s = this(args);
    let set: Option<Vec<char>> = match args.get("chars") {
        Value::None => None,
        Value::Str(c) => Some(chars(&c)),
        _ => {
            return Err(Error::type_error(format!("{name} arg must be None or str")));
        }
    };
    let strip = |c: char| set.as_ref().map_or(is_space(c), |set| set.contains(&c));
    let mut out: &str = &s;
    if left {
        out = out.trim_start_matches(strip);
    }
    if right {
        out = out.trim_end_matches(strip);
    }
    Ok(Value::str(out))
}

pub fn strip(_: &mut Interp, args: &Args) -> Result<Value> {
    strip_impl(args, "strip", true, true)
}

pub fn lstrip(_: &mut Interp, args: &Args) -> Result<Value> {
    strip_impl(args, "lstrip", true, false)
}

pub fn rstrip(_: &mut Interp, args: &Args) -> Result<Value> {
    strip_impl(args, "rstrip", false, true)
}

pub fn upper(_: &mut Interp, args: &Args) -> Result<Value> {
    Ok(Value::str(&this(args).to_uppercase()))
}

pub fn lower(_: &mut Interp, args: &Args) -> Result<Value> {
    Ok(Value::str(&this(args).to_lowercase()))
}

/// A character's title case: its upper case, except for the digraphs that
/// have a distinct title-case form (ǅ ǈ ǋ ǲ).
fn title_case(c: char) -> String {
    match c {
        'Ǆ' | 'ǅ' | 'ǆ' => "ǅ".into(),
        'Ǉ' | 'ǈ' | 'ǉ' => "ǈ".into(),
        'Ǌ' | 'ǋ' | 'ǌ' => "ǋ".into(),
        'Ǳ' | 'ǲ' | 'ǳ' => "ǲ".into(),
        _ => c.to_uppercase().collect(),
    }
}

fn is_cased(c: char) -> bool {
    c.is_uppercase() || c.is_lowercase() || matches!(c, 'ǅ' | 'ǈ' | 'ǋ' | 'ǲ')
}

pub fn title(_: &mut Interp, args: &Args) -> Result<Value> {
    let mut out = String::new();
    let mut previous_cased = false;
    for c in this(args).chars() {
        if previous_cased {
            out.extend(c.to_lowercase());
        } else {
            out.push_str(&title_case(c));
        }
        previous_cased = is_cased(c);
    }
    Ok(Value::str(&out))
}

/// The title-case letters (category Lt), which CPython's case tests treat
/// apart from upper and lower case.
fn is_titlecase(c: char) -> bool {
    matches!(
        c,
        'ǅ' | 'ǈ' | 'ǋ' | 'ǲ' | '\u{1fbc}' | '\u{1fcc}' | '\u{1ffc}'
    ) || ('\u{1f88}'..='\u{1f8f}').contains(&c)
        || ('\u{1f98}'..='\u{1f9f}').contains(&c)
        || ('\u{1fa8}'..='\u{1faf}').contains(&c)
}

/// `str.swapcase()`: CPython's do_swapcase, upper to lower and lower to
/// upper, one character at a time.
pub fn swapcase(_: &mut Interp, args: &Args) -> Result<Value> {
    let text = this(args);
    let mut out = String::new();
    for (i, c) in text.char_indices() {
        if c == 'Σ' {
            // Final sigma looks at the neighbours in the original text, as
            // CPython's handle_capital_sigma and Rust's to_lowercase both do.
            let before = text[..i].to_lowercase().len();
            let whole = text.to_lowercase();
            out.extend(whole[before..].chars().next());
        } else if c.is_uppercase() {
            out.extend(c.to_lowercase());
        } else if c.is_lowercase() {
            out.extend(c.to_uppercase());
        } else {
            out.push(c);
        }
    }
    Ok(Value::str(&out))
}

/// `str.isupper()`/`islower()`: some cased character, none of the other
/// case (nor title case).
fn one_case(args: &Args, upper: bool) -> Value {
    let mut cased = false;
    for c in this(args).chars() {
        let (same, other) = if upper {
            (c.is_uppercase(), c.is_lowercase())
        } else {
            (c.is_lowercase(), c.is_uppercase())
        };
        if other || is_titlecase(c) {
            return Value::Bool(false);
        }
        cased |= same;
    }
    Value::Bool(cased)
}

pub fn isupper(_: &mut Interp, args: &Args) -> Result<Value> {
    Ok(one_case(args, true))
}

pub fn islower(_: &mut Interp, args: &Args) -> Result<Value> {
    Ok(one_case(args, false))
}

/// `str.istitle()`: CPython's unicode_istitle_impl, upper (or title) case
/// only after an uncased character, lower case only after a cased one.
pub fn istitle(_: &mut Interp, args: &Args) -> Result<Value> {
    let (mut cased, mut previous_cased) = (false, false);
    for c in this(args).chars() {
        if c.is_uppercase() || is_titlecase(c) {
            if previous_cased {
                return Ok(Value::Bool(false));
            }
            (previous_cased, cased) = (true, true);
        } else if c.is_lowercase() {
            if !previous_cased {
                return Ok(Value::Bool(false));
            }
            (previous_cased, cased) = (true, true);
        } else {
            previous_cased = false;
        }
    }
    Ok(Value::Bool(cased))
}

pub fn capitalize(_: &mut Interp, args: &Args) -> Result<Value> {
    let s = this(args);
    let mut it = s.chars();
    let out = match it.next() {
        Some(first) => title_case(first) + &it.as_str().to_lowercase(),
        None => String::new(),
    };
    Ok(Value::str(&out))
}

pub fn replace(_: &mut Interp, args: &Args) -> Result<Value> {
    let arg = |name: &str, n: usize| {
        str_arg(&args.get(name), |v| {
            format!(
                "replace() argument {n} must be str, not {}",
                super::argerrors::clinic_type_name(v)
            )
        })
    };
    let (old, new) = (arg("old", 1)?, arg("new", 2)?);
    let n = index(&args.get("count"))?;
    let s = this(args);
    Ok(Value::str(&if n < 0 {
        s.replace(&*old, &new)
    } else {
        s.replacen(&*old, &new, n as usize)
    }))
}

/// `ljust`/`rjust`/`center`: the width and the one fill character.
fn width_fill(args: &Args) -> Result<(usize, char)> {
    let width = index(&args.get("width"))?.max(0) as usize;
    let fill = match args.get("fillchar") {
        Value::Str(f) if f.chars().count() == 1 => f.chars().next().unwrap_or(' '),
        Value::Str(_) => {
            return Err(Error::type_error(
                "The fill character must be exactly one character long",
            ));
        }
        other => {
            return Err(Error::type_error(format!(
                "The fill character must be a unicode character, not {}",
                other.type_name()
            )));
        }
    };
    if width > super::format::MAX_FIELD {
        return Err(Error::new(
            Exc::NotImplementedError,
            "padding str to more than 1000000 characters is not supported by npcalc",
        ));
    }
    Ok((width, fill))
}

fn padded(args: &Args, left_share: impl Fn(usize, usize) -> usize) -> Result<Value> {
    let s = this(args);
    let (width, fill) = width_fill(args)?;
    let len = s.chars().count();
    if width <= len {
        return Ok(Value::Str(s));
    }
    let left = left_share(width - len, width);
    let pad = |n: usize| fill.to_string().repeat(n);
    Ok(Value::str(&format!(
        "{}{s}{}",
        pad(left),
        pad(width - len - left)
    )))
}

pub fn ljust(_: &mut Interp, args: &Args) -> Result<Value> {
    padded(args, |_, _| 0)
}

pub fn rjust(_: &mut Interp, args: &Args) -> Result<Value> {
    padded(args, |margin, _| margin)
}

pub fn center(_: &mut Interp, args: &Args) -> Result<Value> {
    // CPython's pad(): the odd extra character goes left when margin and width are both odd.
    padded(args, |margin, width| margin / 2 + (margin & width & 1))
}

pub fn zfill(_: &mut Interp, args: &Args) -> Result<Value> {
    let s = this(args);
    let width = index(&args.get("width"))?.max(0) as usize;
    let len = s.chars().count();
    if width <= len {
        return Ok(Value::Str(s));
    }
    if width > super::format::MAX_FIELD {
        return Err(Error::new(
            Exc::NotImplementedError,
            "padding str to more than 1000000 characters is not supported by npcalc",
        ));
    }
    let zeros = "0".repeat(width - len);
    let out = match s.chars().next() {
        Some(sign @ ('+' | '-')) => format!("{sign}{zeros}{}", &s[1..]),
        _ => format!("{zeros}{s}"),
    };
    Ok(Value::str(&out))
}

fn all_chars(args: &Args, test: impl Fn(char) -> bool) -> Result<Value> {
    let s = this(args);
    Ok(Value::Bool(!s.is_empty() && s.chars().all(test)))
}

/// The digits that are not decimal (superscripts, circled digits, …):
/// Numeric_Type=Digit in CPython 3.11's Unicode 14.0, listed from its
/// unicodedata as inclusive ranges.
const DIGITS_NOT_DECIMAL: &[(u32, u32)] = &[
    (0xb2, 0xb3),
    (0xb9, 0xb9),
    (0x1369, 0x1371),
    (0x19da, 0x19da),
    (0x2070, 0x2070),
    (0x2074, 0x2079),
    (0x2080, 0x2089),
    (0x2460, 0x2468),
    (0x2474, 0x247c),
    (0x2488, 0x2490),
    (0x24ea, 0x24ea),
    (0x24f5, 0x24fd),
    (0x24ff, 0x24ff),
    (0x2776, 0x277e),
    (0x2780, 0x2788),
    (0x278a, 0x2792),
    (0x10a40, 0x10a43),
    (0x10e60, 0x10e68),
    (0x11052, 0x1105a),
    (0x1f100, 0x1f10a),
];

/// `str.isdigit()`: decimal digits and the other digits.
pub fn isdigit(_: &mut Interp, args: &Args) -> Result<Value> {
    all_chars(args, |c| {
        c.is_ascii_digit()
            || is_unicode_decimal(c)
            || DIGITS_NOT_DECIMAL
                .iter()
                .any(|&(lo, hi)| (lo..=hi).contains(&(c as u32)))
    })
}

/// Characters of general category Nd outside ASCII: Rust has no direct test,
/// so this checks the digit blocks, each of which spans ten code points from a zero.
fn is_unicode_decimal(c: char) -> bool {
    decimal_value(c).is_some() && !c.is_ascii_digit()
}

/// The value of a decimal digit of any script (ASCII and the blocks of
/// `is_unicode_decimal`), as `int()` reads it.
pub fn decimal_value(c: char) -> Option<u8> {
    if let Some(d) = c.to_digit(10) {
        return Some(d as u8);
    }
    // The zero of every decimal block past ASCII in CPython 3.11's Unicode
    // 14.0 (each spans ten code points), listed from its unicodedata.
    const ZEROS: &[u32] = &[
        0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66, 0xde6,
        0xe50, 0xed0, 0xf20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90,
        0x1b50, 0x1bb0, 0x1c40, 0x1c50, 0xa620, 0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0,
        0xff10, 0x104a0, 0x10d30, 0x11066, 0x110f0, 0x11136, 0x111d0, 0x112f0, 0x11450, 0x114d0,
        0x11650, 0x116c0, 0x11730, 0x118e0, 0x11950, 0x11c50, 0x11d50, 0x11da0, 0x16a60, 0x16ac0,
        0x16b50, 0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec, 0x1d7f6, 0x1e140, 0x1e2f0, 0x1e950, 0x1fbf0,
    ];
    let n = c as u32;
    ZEROS
        .iter()
        .find(|&&z| (z..z + 10).contains(&n))
        .map(|&z| (n - z) as u8)
}

/// `str.isdecimal()`: decimal digits (category Nd) only.
pub fn isdecimal(_: &mut Interp, args: &Args) -> Result<Value> {
    all_chars(args, |c| decimal_value(c).is_some())
}

/// `str.isnumeric()`: numeric characters, by Python 3.11's database.
pub fn isnumeric(_: &mut Interp, args: &Args) -> Result<Value> {
    all_chars(args, crate::unicode::is_numeric)
}

/// `str.isalnum()`: CPython's isalpha or isdecimal or isdigit or isnumeric
/// for every character.
pub fn isalnum(_: &mut Interp, args: &Args) -> Result<Value> {
    all_chars(args, |c| {
        crate::unicode::is_alpha(c) || crate::unicode::is_numeric(c)
    })
}

pub fn isalpha(_: &mut Interp, args: &Args) -> Result<Value> {
    all_chars(args, crate::unicode::is_alpha)
}

/// `str.isprintable()`: true for the empty string, unlike the other tests.
pub fn isprintable(_: &mut Interp, args: &Args) -> Result<Value> {
    Ok(Value::Bool(
        this(args).chars().all(crate::error::is_printable),
    ))
}

pub fn isspace(_: &mut Interp, args: &Args) -> Result<Value> {
    all_chars(args, is_space)
}

pub fn splitlines(_: &mut Interp, args: &Args) -> Result<Value> {
    let keep = index(&args.get("keepends"))? != 0;
    let text = this(args);
    let lines = crate::print::split_lines(&text, keep);
    Ok(Value::list(lines.into_iter().map(Value::str).collect()))
}

pub fn partition(_: &mut Interp, args: &Args) -> Result<Value> {
    let s = this(args);
    let sep = str_arg(&args.get("sep"), must_be_str)?;
    if sep.is_empty() {
        return Err(Error::value_error("empty separator"));
    }
    let parts = match s.split_once(&*sep) {
        Some((a, b)) => [a, &sep, b],
        None => [&*s, "", ""],
    };
    Ok(Value::tuple(parts.iter().map(|p| Value::str(p)).collect()))
}

pub fn rpartition(_: &mut Interp, args: &Args) -> Result<Value> {
    let s = this(args);
    let sep = str_arg(&args.get("sep"), must_be_str)?;
    if sep.is_empty() {
        return Err(Error::value_error("empty separator"));
    }
    let parts = match s.rsplit_once(&*sep) {
        Some((a, b)) => [a, &sep, b],
        None => ["", "", &*s],
    };
    Ok(Value::tuple(parts.iter().map(|p| Value::str(p)).collect()))
}

/// `str.format(*args, **kwargs)`.
pub fn format(it: &mut Interp, args: &Args) -> Result<Value> {
    let positional = match args.get("args") {
        Value::Tuple(t) => t.to_vec(),
        _ => Vec::new(),
    };
    let keywords = match args.get("kwargs") {
        Value::Dict(d) => d.borrow().entries().to_vec(),
        _ => Vec::new(),
    };
    let out = super::format::str_format(it, &this(args), &positional, &keywords)?;
    Ok(Value::str(&out))
}

/// The static method `str.maketrans`, reached from the class or a string.
pub const MAKETRANS: FnDef = FnDef {
    name: "maketrans",
    owner: Owner::Builtin,
    error_name: None,
    params: &[
        p!(PositionalOnly "x", "A dict of characters or code points, or the characters to replace."),
        p!(PositionalOnly "y" = "None", "The replacing characters, as many as x has."),
        p!(PositionalOnly "z" = "None", "Characters to delete."),
    ],
    doc: "A translation table for str.translate.",
    examples: &["str.maketrans('０１２', '012')"],
    imp: maketrans,
};

/// `str.maketrans(x, y=None, z=None)`, a static method: the translation
/// table `str.translate` reads, keyed by code point (Objects/unicodeobject.c,
/// `unicode_maketrans_impl`).
pub fn maketrans(_: &mut Interp, args: &Args) -> Result<Value> {
    let (x, y, z) = (args.get("x"), args.get("y"), args.get("z"));
    let text = |v: &Value, n: usize| -> Result<Option<Rc<str>>> {
        match v {
            Value::None => Ok(None),
            Value::Str(s) | Value::NpStr(s) => Ok(Some(s.clone())),
            other => Err(Error::type_error(format!(
                "maketrans() argument {n} must be str, not {}",
                super::argerrors::clinic_type_name(other)
            ))),
        }
    };
    let (y, z) = (text(&y, 2)?, text(&z, 3)?);
    let mut table = super::dict::PyDict::new();
    let Some(y) = y else {
        let Value::Dict(d) = &x else {
            return Err(Error::type_error(
                "if you give only one argument to maketrans it must be a dict",
            ));
        };
        for (k, v) in d.borrow().entries().iter().cloned() {
            let key = match &k {
                Value::Str(s) | Value::NpStr(s) => {
                    let mut chars = s.chars();
                    match (chars.next(), chars.next()) {
                        (Some(c), None) => Value::int(c as u32),
                        _ => {
                            return Err(Error::value_error(
                                "string keys in translate table must be of length 1",
                            ));
                        }
                    }
                }
                Value::Int(_) | Value::Bool(_) => k.clone(),
                _ => {
                    return Err(Error::type_error(
                        "keys in translate table must be strings or integers",
                    ));
                }
            };
            table.insert(key, v)?;
        }
        return Ok(Value::Dict(Rc::new(std::cell::RefCell::new(table))));
    };
    let Some(x) = x.as_str() else {
        return Err(Error::type_error(
            "first maketrans argument must be a string if there is a second argument",
        ));
    };
    if x.chars().count() != y.chars().count() {
        return Err(Error::value_error(
            "the first two maketrans arguments must have equal length",
        ));
    }
    for (a, b) in x.chars().zip(y.chars()) {
        table.insert(Value::int(a as u32), Value::int(b as u32))?;
    }
    for c in z.iter().flat_map(|z| z.chars()) {
        table.insert(Value::int(c as u32), Value::None)?;
    }
    Ok(Value::Dict(Rc::new(std::cell::RefCell::new(table))))
}

/// `str.translate(table)`: each character looked up by its code point; a
/// missing key keeps it, None drops it, an int or a str replaces it.
pub fn translate(_: &mut Interp, args: &Args) -> Result<Value> {
    let Value::Dict(table) = args.get("table") else {
        return Err(Error::new(
            Exc::NotImplementedError,
            "str.translate with a table that is not a dict is not supported in npcalc",
        ));
    };
    let table = table.borrow();
    let mut out = String::new();
    for c in this(args).chars() {
        match table.get(&Value::int(c as u32))? {
            None => out.push(c),
            Some(Value::None) => {}
            Some(Value::Str(s) | Value::NpStr(s)) => out.push_str(&s),
            Some(v @ (Value::Int(_) | Value::Bool(_))) => {
                let code = super::builtins::index(&v)?;
                match num_traits::ToPrimitive::to_u32(&code).and_then(char::from_u32) {
                    Some(r) => out.push(r),
                    None => {
                        return Err(Error::value_error(
                            "character mapping must be in range(0x110000)",
                        ));
                    }
                }
            }
            Some(_) => {
                return Err(Error::type_error(
                    "character mapping must return integer, None or str",
                ));
            }
        }
    }
    Ok(Value::str(&out))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn search_respects_bounds_and_direction() {
        // 'abcabc'.find('c', 3) == 5 and 'abcabc'.rfind('c', 0, 4) == 2 in CPython.
        let hay = chars("abcabc");
        assert_eq!(search(&hay, &['c'], 3, 6, false), Some(5));
        assert_eq!(search(&hay, &['c'], 0, 4, true), Some(2));
        assert_eq!(search(&hay, &['x'], 0, 6, false), None);
        // An empty needle is found at the start (or end) of the window.
        assert_eq!(search(&hay, &[], 2, 4, false), Some(2));
        assert_eq!(search(&hay, &[], 2, 4, true), Some(4));
        assert_eq!(search(&hay, &['a'], 4, 2, false), None);
    }

    #[test]
    fn python_whitespace_includes_information_separators() {
        // CPython: '\x1c\x1d\x1e\x1f \t\n\x0b\x0c\r\x85\u3000'.isspace() is True.
        assert!(
            "\x1c\x1d\x1e\x1f \t\n\x0b\x0c\r\u{85}\u{3000}"
                .chars()
                .all(is_space)
        );
        assert!(!is_space('a'));
    }

    #[test]
    fn decimal_digit_blocks() {
        // CPython: '١٢'.isdigit() and '０９'.isdigit() are True.
        assert!("١٢０９".chars().all(is_unicode_decimal));
        assert!(!is_unicode_decimal('a'));
    }
}
