//! Python's `datetime` module as CPython 3.11 has it (Modules/_datetimemodule.c):
//! naive `date`, `datetime` and `timedelta`, with the C module's range checks,
//! its normalisation of float arguments, and its reprs. The clock
//! (`today`, `now`) and time zones are refused: the core stays deterministic.

use super::Interp;
use super::table::{Args, FnDef, Owner, method, p};
use super::value::Value;
use crate::error::{Error, Exc, Result};
use crate::syntax::ast::BinOp;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};
use std::cmp::Ordering;

const MAXYEAR: i64 = 9999;
const MAXORDINAL: i64 = 3_652_059;
const MAX_DELTA_DAYS: i64 = 999_999_999;
const US_PER_SECOND: i64 = 1_000_000;
const US_PER_DAY: i64 = 86_400 * US_PER_SECOND;

/// A naive date, a naive datetime, or a timedelta.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PyTime {
    Date(Ymd),
    DateTime(Ymd, Hms),
    Delta(Td),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Ymd {
    pub y: i64,
    pub m: i64,
    pub d: i64,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Hms {
    pub h: i64,
    pub mi: i64,
    pub s: i64,
    pub us: i64,
}

/// A timedelta in CPython's normal form: 0 <= secs < 86400, 0 <= us < 10**6.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Td {
    pub days: i64,
    pub secs: i64,
    pub us: i64,
}

const MIDNIGHT: Hms = Hms {
    h: 0,
    mi: 0,
    s: 0,
    us: 0,
};

// ---- the calendar (proleptic Gregorian, as CPython's helpers) ----

fn is_leap(y: i64) -> bool {
    y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)
}

pub fn days_in_month(y: i64, m: i64) -> i64 {
    const DAYS: [i64; 13] = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    if m == 2 && is_leap(y) {
        29
    } else {
        DAYS[m as usize]
    }
}

fn days_before_month(y: i64, m: i64) -> i64 {
    const BEFORE: [i64; 13] = [0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];
    BEFORE[m as usize] + i64::from(m > 2 && is_leap(y))
}

fn days_before_year(y: i64) -> i64 {
    let y = y - 1;
    y * 365 + y / 4 - y / 100 + y / 400
}

impl Ymd {
    /// `toordinal()`: 1 for 0001-01-01.
    pub fn ordinal(self) -> i64 {
        days_before_year(self.y) + days_before_month(self.y, self.m) + self.d
    }

    /// CPython's `ord_to_ymd`.
    pub fn from_ordinal(ordinal: i64) -> Ymd {
        let n = ordinal - 1;
        let (n400, n) = n.div_mod_floor(&146_097);
        let mut year = n400 * 400 + 1;
        let (n100, n) = (n / 36_524, n % 36_524);
        let (n4, n) = (n / 1461, n % 1461);
        let (n1, n) = (n / 365, n % 365);
        year += n100 * 100 + n4 * 4 + n1;
        if n1 == 4 || n100 == 4 {
            return Ymd {
                y: year - 1,
                m: 12,
                d: 31,
            };
        }
        let mut m = (n + 50) >> 5;
        if days_before_month(year, m) > n {
            m -= 1;
        }
        Ymd {
            y: year,
            m,
            d: n - days_before_month(year, m) + 1,
        }
    }

    /// `weekday()`: Monday is 0.
    pub fn weekday(self) -> i64 {
        (self.ordinal() + 6) % 7
    }
}

fn out_of_range() -> Error {
    Error::new(Exc::OverflowError, "date value out of range")
}

/// The date `days` after ordinal day 1, checked as CPython's `normalize_date`.
fn date_at(ordinal: i64) -> Result<Ymd> {
    if (1..=MAXORDINAL).contains(&ordinal) {
        Ok(Ymd::from_ordinal(ordinal))
    } else {
        Err(out_of_range())
    }
}

// ---- arguments ----

/// A C `int` argument: `__index__`, then the C int range.
fn c_int(v: &Value) -> Result<i64> {
    let i = super::builtins::index(v)?;
    i.to_i32()
        .map(i64::from)
        .ok_or_else(|| too_large_for_c_int(&i))
}

fn too_large_for_c_int(i: &BigInt) -> Error {
    let msg = if i.is_negative() {
        "signed integer is less than minimum"
    } else {
        "signed integer is greater than maximum"
    };
    Error::new(Exc::OverflowError, msg)
}

fn check_date(y: i64, m: i64, d: i64) -> Result<Ymd> {
    if !(1..=MAXYEAR).contains(&y) {
        return Err(Error::value_error(format!("year {y} is out of range")));
    }
    if !(1..=12).contains(&m) {
        return Err(Error::value_error("month must be in 1..12"));
    }
    if d < 1 || d > days_in_month(y, m) {
        return Err(Error::value_error("day is out of range for month"));
    }
    Ok(Ymd { y, m, d })
}

fn check_time(h: i64, mi: i64, s: i64, us: i64) -> Result<Hms> {
    let checks = [
        ("hour", h, 23),
        ("minute", mi, 59),
        ("second", s, 59),
        ("microsecond", us, 999_999),
    ];
    for (name, v, max) in checks {
        if !(0..=max).contains(&v) {
            return Err(Error::value_error(format!("{name} must be in 0..{max}")));
        }
    }
    Ok(Hms { h, mi, s, us })
}

/// npcalc has no tzinfo objects (`datetime.timezone` is refused), so any
/// value but None is what CPython rejects.
fn refuse_tzinfo(tz: &Value) -> Result<()> {
    match tz {
        Value::None => Ok(()),
        other => Err(Error::type_error(format!(
            "tzinfo argument must be None or of a tzinfo subclass, not type '{}'",
            other.type_name()
        ))),
    }
}

fn date_new(_: &mut Interp, args: &Args) -> Result<Value> {
    let (y, m, d) = (
        c_int(&args.get("year"))?,
        c_int(&args.get("month"))?,
        c_int(&args.get("day"))?,
    );
    Ok(time_value(PyTime::Date(check_date(y, m, d)?)))
}

fn datetime_new(_: &mut Interp, args: &Args) -> Result<Value> {
    let mut n = Vec::new();
    for name in [
        "year",
        "month",
        "day",
        "hour",
        "minute",
        "second",
        "microsecond",
    ] {
        n.push(c_int(&args.get(name))?);
    }
    refuse_tzinfo(&args.get("tzinfo"))?;
    let date = check_date(n[0], n[1], n[2])?;
    let time = check_time(n[3], n[4], n[5], n[6])?;
    fold(&args.get("fold"))?;
    Ok(time_value(PyTime::DateTime(date, time)))
}

fn fold(v: &Value) -> Result<()> {
    match c_int(v)? {
        0 => Ok(()),
        1 => Err(Error::type_error(
            "npcalc does not support fold=1: it only matters with time zones",
        )),
        _ => Err(Error::value_error("fold must be either 0 or 1")),
    }
}

// ---- timedelta construction (delta_new) ----

/// C's `modf`: the fractional and integral parts, both with x's sign.
fn modf(x: f64) -> (f64, f64) {
    let int = x.trunc();
    (x - int, int)
}

/// `PyLong_FromDouble` on an integral double.
fn float_to_int(x: f64) -> Result<BigInt> {
    if x.is_nan() {
        return Err(Error::value_error("cannot convert float NaN to integer"));
    }
    if x.is_infinite() {
        return Err(Error::new(
            Exc::OverflowError,
            "cannot convert float infinity to integer",
        ));
    }
    let (n, d) = super::fractions::float_ratio(x);
    Ok(n / d)
}

/// CPython's `accum`: `sofar + num*factor`, a float's lost fraction of a
/// microsecond added to `leftover`.
fn accum(tag: &str, sofar: BigInt, num: &Value, factor: i64, leftover: &mut f64) -> Result<BigInt> {
    let dnum = match num {
        Value::Int(_) | Value::Bool(_) => {
            return Ok(sofar + super::builtins::index(num)? * factor);
        }
        Value::Float(x) => *x,
        Value::Scalar(crate::array::Scalar::Float64(x)) => *x,
        other => {
            return Err(Error::type_error(format!(
                "unsupported type for timedelta {tag} component: {}",
                other.type_name()
            )));
        }
    };
    let (frac, int) = modf(dnum);
    let sum = sofar + float_to_int(int)? * factor;
    if frac == 0.0 {
        return Ok(sum);
    }
    // The fraction times the factor: its whole part is exact, the rest is
    // carried as a double.
    let (frac, int) = modf(factor as f64 * frac);
    *leftover += frac;
    Ok(sum + float_to_int(int)?)
}

fn timedelta_new(_: &mut Interp, args: &Args) -> Result<Value> {
    const PARTS: [(&str, i64); 7] = [
        ("microseconds", 1),
        ("milliseconds", 1000),
        ("seconds", US_PER_SECOND),
        ("minutes", 60 * US_PER_SECOND),
        ("hours", 3600 * US_PER_SECOND),
        ("days", US_PER_DAY),
        ("weeks", 7 * US_PER_DAY),
    ];
    let mut x = BigInt::zero();
    let mut leftover = 0.0f64;
    for (name, factor) in PARTS {
        x = accum(name, x, &args.get(name), factor, &mut leftover)?;
    }
    if leftover != 0.0 {
        // Round to the nearest microsecond, half to even on x's parity.
        let mut whole = leftover.round();
        if (whole - leftover).abs() == 0.5 {
            let odd = if x.is_odd() { 1.0 } else { 0.0 };
            whole = 2.0 * ((leftover + odd) * 0.5).round() - odd;
        }
        x += whole as i64;
    }
    Ok(delta_value(from_us(&x)?))
}

/// `microseconds_to_delta`: the normal form, the day count checked.
fn from_us(us: &BigInt) -> Result<Td> {
    let (secs, us) = us.div_mod_floor(&BigInt::from(US_PER_SECOND));
    let (days, secs) = secs.div_mod_floor(&BigInt::from(86_400));
    let days = days.to_i32().ok_or_else(|| {
        Error::new(
            Exc::OverflowError,
            "Python int too large to convert to C int",
        )
    })?;
    let days = i64::from(days);
    if days.abs() > MAX_DELTA_DAYS {
        return Err(Error::new(
            Exc::OverflowError,
            format!("days={days}; must have magnitude <= {MAX_DELTA_DAYS}"),
        ));
    }
    Ok(Td {
        days,
        secs: secs.to_i64().unwrap_or(0),
        us: us.to_i64().unwrap_or(0),
    })
}

impl Td {
    fn to_us(self) -> BigInt {
        BigInt::from(self.days) * US_PER_DAY + BigInt::from(self.secs * US_PER_SECOND + self.us)
    }
}

fn delta_value(td: Td) -> Value {
    time_value(PyTime::Delta(td))
}

fn time_value(t: PyTime) -> Value {
    Value::PyTime(std::rc::Rc::new(t))
}

// ---- NumPy's conversions (numpy/_core/src/multiarray/datetime.c) ----

/// A `datetime.date`, or with a time of day a `datetime.datetime`, from
/// fields NumPy has already checked (years 1..=9999, a real calendar day).
pub fn from_fields(y: i64, m: i64, d: i64, time: Option<[i64; 4]>) -> Value {
    let date = Ymd { y, m, d };
    time_value(match time {
        None => PyTime::Date(date),
        Some([h, mi, s, us]) => PyTime::DateTime(date, Hms { h, mi, s, us }),
    })
}

/// `PyDelta_FromDSU(days, seconds, us)`, normalised (None past its range).
pub fn delta_from_dsu(days: i64, secs: i64, us: i64) -> Option<Value> {
    let total = BigInt::from(days) * US_PER_DAY + BigInt::from(secs) * US_PER_SECOND + us;
    from_us(&total).ok().map(delta_value)
}

/// What NumPy reads from a date, datetime or timedelta: the calendar fields
/// with the time of day, or a timedelta's microseconds.
pub enum Fields {
    At([i64; 7]),
    Micros(i64),
}

pub fn fields(t: &PyTime) -> Fields {
    match *t {
        PyTime::Date(d) => Fields::At([d.y, d.m, d.d, 0, 0, 0, 0]),
        PyTime::DateTime(d, h) => Fields::At([d.y, d.m, d.d, h.h, h.mi, h.s, h.us]),
        PyTime::Delta(td) => Fields::Micros(td.days * US_PER_DAY + td.secs * US_PER_SECOND + td.us),
    }
}

/// Whether the value is a `datetime.datetime` (NumPy gives it microseconds,
/// a date days).
pub fn has_time(t: &PyTime) -> bool {
    !matches!(t, PyTime::Date(_))
}

// ---- reprs and strings ----

pub fn repr(t: &PyTime) -> String {
    match t {
        PyTime::Date(d) => format!("datetime.date({}, {}, {})", d.y, d.m, d.d),
        PyTime::DateTime(d, t) => {
            let tail = if t.us != 0 {
                format!(", {}, {}", t.s, t.us)
            } else if t.s != 0 {
                format!(", {}", t.s)
            } else {
                String::new()
            };
            format!(
                "datetime.datetime({}, {}, {}, {}, {}{tail})",
                d.y, d.m, d.d, t.h, t.mi
            )
        }
        PyTime::Delta(td) => {
            let parts: Vec<String> = [
                ("days", td.days),
                ("seconds", td.secs),
                ("microseconds", td.us),
            ]
            .iter()
            .filter(|(_, v)| *v != 0)
            .map(|(n, v)| format!("{n}={v}"))
            .collect();
            if parts.is_empty() {
                "datetime.timedelta(0)".into()
            } else {
                format!("datetime.timedelta({})", parts.join(", "))
            }
        }
    }
}

pub fn str(t: &PyTime) -> String {
    match t {
        PyTime::Date(d) => iso_date(d),
        PyTime::DateTime(d, t) => format!(
            "{} {}",
            iso_date(d),
            iso_time(t, "auto").unwrap_or_default()
        ),
        PyTime::Delta(td) => {
            let days = match td.days {
                0 => String::new(),
                d => format!("{d} day{}, ", if d.abs() != 1 { "s" } else { "" }),
            };
            let (h, m, s) = (td.secs / 3600, td.secs / 60 % 60, td.secs % 60);
            let us = if td.us != 0 {
                format!(".{:06}", td.us)
            } else {
                String::new()
            };
            format!("{days}{h}:{m:02}:{s:02}{us}")
        }
    }
}

fn iso_date(d: &Ymd) -> String {
    format!("{:04}-{:02}-{:02}", d.y, d.m, d.d)
}

/// The time of day as `isoformat`'s `timespec` asks.
fn iso_time(t: &Hms, timespec: &str) -> Result<String> {
    let spec = match timespec {
        "auto" if t.us != 0 => "microseconds",
        "auto" => "seconds",
        s => s,
    };
    Ok(match spec {
        "hours" => format!("{:02}", t.h),
        "minutes" => format!("{:02}:{:02}", t.h, t.mi),
        "seconds" => format!("{:02}:{:02}:{:02}", t.h, t.mi, t.s),
        "milliseconds" => format!("{:02}:{:02}:{:02}.{:03}", t.h, t.mi, t.s, t.us / 1000),
        "microseconds" => format!("{:02}:{:02}:{:02}.{:06}", t.h, t.mi, t.s, t.us),
        _ => return Err(Error::value_error("Unknown timespec value")),
    })
}

// ---- strftime ----

const DAY_NAMES: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];
const MONTH_NAMES: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// `strftime` in the C locale, as glibc's formats the directives lessons use;
/// `%f` is Python's own (microseconds).
fn strftime(d: &Ymd, t: &Hms, fmt: &str) -> Result<String> {
    let mut out = String::new();
    let mut chars = fmt.chars();
    let wd = d.weekday() as usize;
    let yday = days_before_month(d.y, d.m) + d.d;
    // %U weeks start on Sunday, %W on Monday; days before the first are week 0.
    let sunday_week = (yday + 6 - ((wd as i64 + 1) % 7)) / 7;
    let monday_week = (yday + 6 - wd as i64) / 7;
    while let Some(c) = chars.next() {
        if c != '%' {
            out.push(c);
            continue;
        }
        let Some(k) = chars.next() else {
            out.push('%');
            break;
        };
        let piece = match k {
            'Y' => format!("{}", d.y),
            'y' => format!("{:02}", d.y % 100),
            'm' => format!("{:02}", d.m),
            'd' => format!("{:02}", d.d),
            'e' => format!("{:2}", d.d),
            'j' => format!("{yday:03}"),
            'a' => DAY_NAMES[wd][..3].to_string(),
            'A' => DAY_NAMES[wd].to_string(),
            'b' | 'h' => MONTH_NAMES[d.m as usize - 1][..3].to_string(),
            'B' => MONTH_NAMES[d.m as usize - 1].to_string(),
            'w' => format!("{}", (wd + 1) % 7),
            'u' => format!("{}", wd + 1),
            'U' => format!("{sunday_week:02}"),
            'W' => format!("{monday_week:02}"),
            'H' => format!("{:02}", t.h),
            'I' => format!("{:02}", if t.h % 12 == 0 { 12 } else { t.h % 12 }),
            'p' => (if t.h < 12 { "AM" } else { "PM" }).to_string(),
            'M' => format!("{:02}", t.mi),
            'S' => format!("{:02}", t.s),
            'f' => format!("{:06}", t.us),
            'F' => format!("{:04}-{:02}-{:02}", d.y, d.m, d.d),
            'D' => format!("{:02}/{:02}/{:02}", d.m, d.d, d.y % 100),
            'T' => format!("{:02}:{:02}:{:02}", t.h, t.mi, t.s),
            'R' => format!("{:02}:{:02}", t.h, t.mi),
            'c' => ctime(d, t),
            'x' => format!("{:02}/{:02}/{:02}", d.m, d.d, d.y % 100),
            'X' => format!("{:02}:{:02}:{:02}", t.h, t.mi, t.s),
            'z' | 'Z' => String::new(),
            '%' => "%".into(),
            'n' => "\n".into(),
            't' => "\t".into(),
            other => {
                return Err(Error::value_error(format!(
                    "npcalc does not support the strftime directive %{other}"
                )));
            }
        };
        out.push_str(&piece);
    }
    Ok(out)
}

fn ctime(d: &Ymd, t: &Hms) -> String {
    format!(
        "{} {} {:2} {:02}:{:02}:{:02} {:04}",
        &DAY_NAMES[d.weekday() as usize][..3],
        &MONTH_NAMES[d.m as usize - 1][..3],
        d.d,
        t.h,
        t.mi,
        t.s,
        d.y
    )
}

/// `format(d, spec)`: date and datetime format with strftime, an empty
/// spec giving str(); timedelta has object's `__format__`.
pub fn format(t: &PyTime, spec: &str) -> Result<String> {
    if spec.is_empty() {
        return Ok(str(t));
    }
    match t {
        PyTime::Date(d) => strftime(d, &MIDNIGHT, spec),
        PyTime::DateTime(d, h) => strftime(d, h, spec),
        PyTime::Delta(_) => Err(Error::type_error(
            "unsupported format string passed to datetime.timedelta.__format__",
        )),
    }
}

// ---- fromisoformat ----

fn invalid_iso(s: &str) -> Error {
    Error::value_error(format!("Invalid isoformat string: {s:?}").replace('"', "'"))
}

fn digits(s: &[u8], n: usize) -> Option<i64> {
    if s.len() < n || !s[..n].iter().all(u8::is_ascii_digit) {
        return None;
    }
    Some(s[..n].iter().fold(0, |a, c| a * 10 + i64::from(c - b'0')))
}

/// `parse_isoformat_date`: YYYY-MM-DD or YYYYMMDD (ISO week dates are refused).
fn parse_iso_date(s: &[u8]) -> Option<(i64, i64, i64)> {
    let y = digits(s, 4)?;
    let rest = &s[4..];
    let extended = rest.first() == Some(&b'-');
    let rest = if extended { &rest[1..] } else { rest };
    let m = digits(rest, 2)?;
    let rest = &rest[2..];
    if extended && rest.first() != Some(&b'-') {
        return None;
    }
    let rest = if extended { &rest[1..] } else { rest };
    let d = digits(rest, 2)?;
    (rest.len() == 2).then_some((y, m, d))
}

/// `parse_hh_mm_ss_ff`: HH[:MM[:SS[.fff[fff]]]] or their basic forms.
fn parse_iso_time(s: &[u8]) -> Option<Hms> {
    let mut parts = [0i64; 3];
    let mut rest = s;
    let mut extended = None;
    for (i, part) in parts.iter_mut().enumerate() {
        *part = digits(rest, 2)?;
        rest = &rest[2..];
        match rest.first() {
            None => break,
            Some(b':') if i < 2 && extended != Some(false) => {
                extended = Some(true);
                rest = &rest[1..];
            }
            // A fraction may follow any component (`12.5` is half past noon).
            Some(b'.' | b',') => break,
            Some(c) if c.is_ascii_digit() && i < 2 && extended != Some(true) => {
                extended = Some(false);
            }
            _ => return None,
        }
    }
    let mut us = 0;
    if let Some(b'.' | b',') = rest.first() {
        let frac = &rest[1..];
        let n = frac.iter().take_while(|c| c.is_ascii_digit()).count();
        if n == 0 || n != frac.len() {
            return None;
        }
        let kept = n.min(6);
        us = digits(frac, kept)? * 10i64.pow(6 - kept as u32);
    } else if !rest.is_empty() {
        return None;
    }
    Some(Hms {
        h: parts[0],
        mi: parts[1],
        s: parts[2],
        us,
    })
}

fn from_iso(text: &Value, with_time: bool) -> Result<Value> {
    let Value::Str(s) = text else {
        return Err(Error::type_error("fromisoformat: argument must be str"));
    };
    let b = s.as_bytes();
    let (date_part, time_part) = if with_time && b.len() > 10 {
        // The separator is any one character after a full date.
        let cut = if b.get(4) == Some(&b'-') { 10 } else { 8 };
        (&b[..cut], Some(&b[(cut + 1).min(b.len())..]))
    } else {
        (b, None)
    };
    if !s.is_ascii() {
        return Err(invalid_iso(s));
    }
    let (y, m, d) = parse_iso_date(date_part).ok_or_else(|| invalid_iso(s))?;
    let date = check_date(y, m, d)?;
    if !with_time {
        return Ok(time_value(PyTime::Date(date)));
    }
    let time = match time_part {
        None => MIDNIGHT,
        Some(t) => {
            let t = parse_iso_time(t).ok_or_else(|| invalid_iso(s))?;
            check_time(t.h, t.mi, t.s, t.us)?
        }
    };
    Ok(time_value(PyTime::DateTime(date, time)))
}

// ---- arithmetic ----

pub fn involved(a: &Value, b: &Value) -> bool {
    matches!(a, Value::PyTime(_)) || matches!(b, Value::PyTime(_))
}

fn int_operand(v: &Value) -> Option<BigInt> {
    match v {
        Value::Int(i) => Some(i.clone()),
        Value::Bool(b) => Some(BigInt::from(u8::from(*b))),
        _ => None,
    }
}

fn zero_div(msg: &str) -> Error {
    Error::new(Exc::ZeroDivisionError, msg)
}

/// `divide_nearest`: m / n to the nearest int, half to even.
fn divide_nearest(m: &BigInt, n: &BigInt) -> Result<BigInt> {
    if n.is_zero() {
        return Err(zero_div("integer division or modulo by zero"));
    }
    let (q, r) = m.div_mod_floor(n);
    let twice = BigInt::from(2) * &r;
    let greater = if n.is_positive() {
        twice.cmp(n)
    } else {
        n.cmp(&twice)
    };
    Ok(match greater {
        Ordering::Greater => q + 1,
        Ordering::Equal if q.is_odd() => q + 1,
        _ => q,
    })
}

/// `multiply_truedivide_timedelta_float`: exactly, through the float's ratio.
fn scale_by_float(td: Td, x: f64, divide: bool) -> Result<Td> {
    if x.is_nan() {
        return Err(Error::value_error("cannot convert NaN to integer ratio"));
    }
    if x.is_infinite() {
        return Err(Error::new(
            Exc::OverflowError,
            "cannot convert Infinity to integer ratio",
        ));
    }
    let (n, d) = super::fractions::float_ratio(x);
    let us = td.to_us();
    let q = if divide {
        divide_nearest(&(us * d), &n)?
    } else {
        divide_nearest(&(us * n), &d)?
    };
    from_us(&q)
}

fn float_operand(v: &Value) -> Option<f64> {
    match v {
        Value::Float(x) | Value::Scalar(crate::array::Scalar::Float64(x)) => Some(*x),
        _ => None,
    }
}

fn add_delta_to(d: Ymd, t: Hms, td: Td, sign: i64) -> Result<PyTime> {
    let us_of_day = ((t.h * 60 + t.mi) * 60 + t.s) * US_PER_SECOND + t.us;
    let total = us_of_day + sign * (td.secs * US_PER_SECOND + td.us);
    let (carry, rem) = total.div_mod_floor(&US_PER_DAY);
    let date = date_at(d.ordinal() + sign * td.days + carry)?;
    let (secs, us) = rem.div_mod_floor(&US_PER_SECOND);
    Ok(PyTime::DateTime(
        date,
        Hms {
            h: secs / 3600,
            mi: secs / 60 % 60,
            s: secs % 60,
            us,
        },
    ))
}

fn datetime_us(d: Ymd, t: Hms) -> BigInt {
    BigInt::from(d.ordinal()) * US_PER_DAY
        + BigInt::from(((t.h * 60 + t.mi) * 60 + t.s) * US_PER_SECOND + t.us)
}

/// The date, datetime or timedelta a value is.
fn time_of(v: &Value) -> Option<PyTime> {
    match v {
        Value::PyTime(t) => Some(**t),
        _ => None,
    }
}

pub fn binary(op: BinOp, a: &Value, b: &Value) -> Result<Value> {
    use PyTime::*;
    let bad = || super::pyops::unsupported(op, a, b);
    let time = |t: PyTime| Ok(time_value(t));
    match (op, time_of(a), time_of(b)) {
        (BinOp::Add, Some(x), Some(y)) => match (x, y) {
            (Delta(p), Delta(q)) => Ok(delta_value(from_us(&(p.to_us() + q.to_us()))?)),
            (Date(d), Delta(td)) | (Delta(td), Date(d)) => {
                time(Date(date_at(d.ordinal() + td.days)?))
            }
            (DateTime(d, t), Delta(td)) | (Delta(td), DateTime(d, t)) => {
                time(add_delta_to(d, t, td, 1)?)
            }
            _ => Err(bad()),
        },
        (BinOp::Sub, Some(x), Some(y)) => match (x, y) {
            (Delta(p), Delta(q)) => Ok(delta_value(from_us(&(p.to_us() - q.to_us()))?)),
            (Date(d), Delta(td)) => time(Date(date_at(d.ordinal() - td.days)?)),
            (DateTime(d, t), Delta(td)) => time(add_delta_to(d, t, td, -1)?),
            (Date(p), Date(q)) => Ok(delta_value(from_us(&BigInt::from(
                (p.ordinal() - q.ordinal()) * US_PER_DAY,
            ))?)),
            (DateTime(d, t), DateTime(e, u)) => Ok(delta_value(from_us(
                &(datetime_us(d, t) - datetime_us(e, u)),
            )?)),
            _ => Err(bad()),
        },
        (BinOp::Mul, Some(Delta(td)), None) | (BinOp::Mul, None, Some(Delta(td))) => {
            let k = if time_of(a).is_some() { b } else { a };
            if let Some(i) = int_operand(k) {
                Ok(delta_value(from_us(&(td.to_us() * i))?))
            } else if let Some(x) = float_operand(k) {
                Ok(delta_value(scale_by_float(td, x, false)?))
            } else {
                // A sequence's repetition has the last word ("can't multiply
                // sequence by non-int").
                super::pyops::binary(op, a, b)
            }
        }
        (BinOp::Div, Some(Delta(td)), other) => {
            if let Some(Delta(q)) = other {
                if q.to_us().is_zero() {
                    return Err(zero_div("division by zero"));
                }
                Ok(Value::Float(super::pyops::int_true_div(
                    &td.to_us(),
                    &q.to_us(),
                )?))
            } else if let Some(i) = int_operand(b) {
                Ok(delta_value(from_us(&divide_nearest(&td.to_us(), &i)?)?))
            } else if let Some(x) = float_operand(b) {
                if x == 0.0 {
                    return Err(zero_div("integer division or modulo by zero"));
                }
                Ok(delta_value(scale_by_float(td, x, true)?))
            } else {
                Err(bad())
            }
        }
        (BinOp::FloorDiv, Some(Delta(td)), other) => {
            let floor = |n: &BigInt| {
                if n.is_zero() {
                    Err(zero_div("integer division or modulo by zero"))
                } else {
                    Ok(td.to_us().div_floor(n))
                }
            };
            if let Some(Delta(q)) = other {
                Ok(Value::Int(floor(&q.to_us())?))
            } else if let Some(i) = int_operand(b) {
                Ok(delta_value(from_us(&floor(&i)?)?))
            } else {
                Err(bad())
            }
        }
        (BinOp::Mod, Some(Delta(td)), Some(Delta(q))) => {
            if q.to_us().is_zero() {
                return Err(zero_div("integer modulo by zero"));
            }
            Ok(delta_value(from_us(&td.to_us().mod_floor(&q.to_us()))?))
        }
        _ => Err(bad()),
    }
}

/// `divmod(a, b)`: timedelta's nb_divmod takes two timedeltas only.
pub fn divmod(a: &Value, b: &Value) -> Option<Result<Value>> {
    if !involved(a, b) {
        return None;
    }
    Some(match (time_of(a), time_of(b)) {
        (Some(PyTime::Delta(_)), Some(PyTime::Delta(_))) => {
            binary(BinOp::FloorDiv, a, b).and_then(|q| {
                let r = binary(BinOp::Mod, a, b)?;
                Ok(Value::tuple(vec![q, r]))
            })
        }
        _ => Err(Error::type_error(format!(
            "unsupported operand type(s) for divmod(): '{}' and '{}'",
            a.type_name(),
            b.type_name()
        ))),
    })
}

pub fn negate(t: &PyTime) -> Option<Result<Value>> {
    match t {
        PyTime::Delta(td) => Some(from_us(&-td.to_us()).map(delta_value)),
        _ => None,
    }
}

pub fn abs(t: &PyTime) -> Option<Result<Value>> {
    match t {
        PyTime::Delta(td) if td.days < 0 => negate(t),
        PyTime::Delta(_) => Some(Ok(time_value(*t))),
        _ => None,
    }
}

pub fn truthy(t: &PyTime) -> bool {
    !matches!(
        t,
        PyTime::Delta(Td {
            days: 0,
            secs: 0,
            us: 0
        })
    )
}

// ---- comparison and hashing ----

/// `==` when either side is a date, datetime or timedelta: equal values of
/// one type; a date never equals a datetime.
pub fn equal(a: &Value, b: &Value) -> Option<bool> {
    match (a, b) {
        (Value::PyTime(x), Value::PyTime(y)) => Some(x == y),
        (Value::PyTime(_), _) | (_, Value::PyTime(_)) => Some(false),
        _ => None,
    }
}

/// `<` and friends: within one type; a date against a datetime is
/// CPython's TypeError; None when another type leaves it to Python's.
pub fn ordering(a: &Value, b: &Value) -> Option<Result<Ordering>> {
    use PyTime::*;
    let (Value::PyTime(x), Value::PyTime(y)) = (a, b) else {
        return None;
    };
    Some(match (&**x, &**y) {
        (Date(p), Date(q)) => Ok(p.cmp(q)),
        (DateTime(p, s), DateTime(q, t)) => Ok((p, s).cmp(&(q, t))),
        (Delta(p), Delta(q)) => Ok(p.cmp(q)),
        (Date(_), DateTime(..)) | (DateTime(..), Date(_)) => Err(Error::type_error(
            "can't compare datetime.datetime to datetime.date",
        )),
        _ => return None,
    })
}

/// `hash`: a timedelta's is its state tuple's; a date's and datetime's are of
/// their bytes, which CPython salts per process, so any stable value serves.
pub fn hash(t: &PyTime) -> i64 {
    use super::hash::{int_hash, tuple_hash};
    let fields: Vec<i64> = match t {
        PyTime::Delta(td) => vec![td.days, td.secs, td.us],
        PyTime::Date(d) => vec![d.y, d.m, d.d],
        PyTime::DateTime(d, t) => vec![d.y, d.m, d.d, t.h, t.mi, t.s, t.us],
    };
    tuple_hash(
        fields
            .iter()
            .map(|f| int_hash(&BigInt::from(*f)))
            .collect::<Vec<_>>()
            .into_iter(),
    )
}

/// The dict key: the type and the fields (one value, one key).
pub fn key_text(t: &PyTime) -> String {
    repr(t)
}

pub fn type_name(t: &PyTime) -> &'static str {
    match t {
        PyTime::Date(_) => "datetime.date",
        PyTime::DateTime(..) => "datetime.datetime",
        PyTime::Delta(_) => "datetime.timedelta",
    }
}

// ---- attributes and methods ----

pub fn attribute(t: &PyTime, name: &str) -> Option<Value> {
    let int = Value::int;
    Some(match (t, name) {
        (PyTime::Date(d) | PyTime::DateTime(d, _), "year") => int(d.y),
        (PyTime::Date(d) | PyTime::DateTime(d, _), "month") => int(d.m),
        (PyTime::Date(d) | PyTime::DateTime(d, _), "day") => int(d.d),
        (PyTime::DateTime(_, t), "hour") => int(t.h),
        (PyTime::DateTime(_, t), "minute") => int(t.mi),
        (PyTime::DateTime(_, t), "second") => int(t.s),
        (PyTime::DateTime(_, t), "microsecond") => int(t.us),
        (PyTime::DateTime(..), "tzinfo") => Value::None,
        (PyTime::DateTime(..), "fold") => int(0),
        (PyTime::Delta(td), "days") => int(td.days),
        (PyTime::Delta(td), "seconds") => int(td.secs),
        (PyTime::Delta(td), "microseconds") => int(td.us),
        _ => return class_constant(kind_of(t), name),
    })
}

pub fn attribute_names(t: &PyTime) -> &'static [&'static str] {
    match t {
        PyTime::Date(_) => &["day", "max", "min", "month", "resolution", "year"],
        PyTime::DateTime(..) => &[
            "day",
            "fold",
            "hour",
            "max",
            "microsecond",
            "min",
            "minute",
            "month",
            "resolution",
            "second",
            "tzinfo",
            "year",
        ],
        PyTime::Delta(_) => &[
            "days",
            "max",
            "microseconds",
            "min",
            "resolution",
            "seconds",
        ],
    }
}

/// `obj.name = v`: the fields are read-only (getset descriptors on date and
/// datetime, READONLY members on timedelta) and there is no `__dict__`.
pub fn setattr(t: &PyTime, name: &str) -> Error {
    let ty = type_name(t);
    Error::attribute_error(match attribute(t, name) {
        Some(_) if class_constant(kind_of(t), name).is_some() => {
            format!("'{ty}' object attribute '{name}' is read-only")
        }
        Some(_) if kind_of(t) == Kind::Delta => "readonly attribute".into(),
        Some(_) => format!("attribute '{name}' of '{ty}' objects is not writable"),
        None => format!("'{ty}' object has no attribute '{name}'"),
    })
}

#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Date,
    DateTime,
    Delta,
}

fn kind_of(t: &PyTime) -> Kind {
    match t {
        PyTime::Date(_) => Kind::Date,
        PyTime::DateTime(..) => Kind::DateTime,
        PyTime::Delta(_) => Kind::Delta,
    }
}

/// `min`, `max` and `resolution`, on the class or an instance.
fn class_constant(kind: Kind, name: &str) -> Option<Value> {
    let first = Ymd { y: 1, m: 1, d: 1 };
    let last = Ymd {
        y: MAXYEAR,
        m: 12,
        d: 31,
    };
    let end_of_day = Hms {
        h: 23,
        mi: 59,
        s: 59,
        us: 999_999,
    };
    let td = |days, secs, us| delta_value(Td { days, secs, us });
    Some(match (kind, name) {
        (Kind::Date, "min") => time_value(PyTime::Date(first)),
        (Kind::Date, "max") => time_value(PyTime::Date(last)),
        (Kind::Date, "resolution") => td(1, 0, 0),
        (Kind::DateTime, "min") => time_value(PyTime::DateTime(first, MIDNIGHT)),
        (Kind::DateTime, "max") => time_value(PyTime::DateTime(last, end_of_day)),
        (Kind::DateTime | Kind::Delta, "resolution") => td(0, 0, 1),
        (Kind::Delta, "min") => td(-MAX_DELTA_DAYS, 0, 0),
        (Kind::Delta, "max") => td(MAX_DELTA_DAYS, 86_399, 999_999),
        _ => return None,
    })
}

fn this(args: &Args) -> PyTime {
    match args.this() {
        Value::PyTime(t) => **t,
        _ => PyTime::Delta(Td {
            days: 0,
            secs: 0,
            us: 0,
        }),
    }
}

fn ymd_hms(t: PyTime) -> (Ymd, Hms) {
    match t {
        PyTime::Date(d) => (d, MIDNIGHT),
        PyTime::DateTime(d, h) => (d, h),
        PyTime::Delta(_) => (Ymd { y: 1, m: 1, d: 1 }, MIDNIGHT),
    }
}

fn text_arg(args: &Args, name: &str, what: &str) -> Result<String> {
    match args.get(name) {
        Value::Str(s) => Ok(s.to_string()),
        other => Err(Error::type_error(format!(
            "{what} must be str, not {}",
            other.type_name()
        ))),
    }
}

fn isoformat(_: &mut Interp, args: &Args) -> Result<Value> {
    let t = this(args);
    Ok(Value::str(&match t {
        PyTime::DateTime(d, h) => {
            let sep = text_arg(args, "sep", "isoformat() argument 1")?;
            if sep.chars().count() != 1 {
                return Err(Error::type_error(
                    "isoformat() argument 1 must be a unicode character, not str",
                ));
            }
            let spec = text_arg(args, "timespec", "isoformat() argument 2")?;
            format!("{}{sep}{}", iso_date(&d), iso_time(&h, &spec)?)
        }
        _ => str(&t),
    }))
}

fn replace(_: &mut Interp, args: &Args) -> Result<Value> {
    let t = this(args);
    let (d, h) = ymd_hms(t);
    let pick = |name: &str, old: i64| match args.get(name) {
        Value::None => Ok(old),
        v => c_int(&v),
    };
    let date = check_date(pick("year", d.y)?, pick("month", d.m)?, pick("day", d.d)?)?;
    Ok(time_value(match t {
        PyTime::DateTime(..) => {
            refuse_tzinfo(&args.get("tzinfo"))?;
            let time = check_time(
                pick("hour", h.h)?,
                pick("minute", h.mi)?,
                pick("second", h.s)?,
                pick("microsecond", h.us)?,
            )?;
            PyTime::DateTime(date, time)
        }
        _ => PyTime::Date(date),
    }))
}

fn strftime_method(_: &mut Interp, args: &Args) -> Result<Value> {
    let (d, h) = ymd_hms(this(args));
    let fmt = text_arg(args, "format", "strftime() argument 1")?;
    Ok(Value::str(&strftime(&d, &h, &fmt)?))
}

fn weekday(_: &mut Interp, args: &Args) -> Result<Value> {
    Ok(Value::int(ymd_hms(this(args)).0.weekday()))
}

fn isoweekday(_: &mut Interp, args: &Args) -> Result<Value> {
    Ok(Value::int(ymd_hms(this(args)).0.weekday() + 1))
}

fn toordinal(_: &mut Interp, args: &Args) -> Result<Value> {
    Ok(Value::int(ymd_hms(this(args)).0.ordinal()))
}

fn ctime_method(_: &mut Interp, args: &Args) -> Result<Value> {
    let (d, h) = ymd_hms(this(args));
    Ok(Value::str(&ctime(&d, &h)))
}

fn total_seconds(_: &mut Interp, args: &Args) -> Result<Value> {
    let PyTime::Delta(td) = this(args) else {
        return Ok(Value::None);
    };
    Ok(Value::Float(super::pyops::int_true_div(
        &td.to_us(),
        &BigInt::from(US_PER_SECOND),
    )?))
}

fn date_of(_: &mut Interp, args: &Args) -> Result<Value> {
    Ok(time_value(PyTime::Date(ymd_hms(this(args)).0)))
}

macro_rules! date_methods {
    ($($extra:expr),* $(,)?) => {
        &[
            method!(Method "weekday", [], "The day of the week, Monday as 0.", weekday),
            method!(Method "isoweekday", [], "The day of the week, Monday as 1.", isoweekday),
            method!(Method "toordinal", [], "The proleptic Gregorian ordinal, 1 for 0001-01-01.", toordinal),
            method!(Method "strftime", [p!(Normal "format", "The directives, such as '%Y-%m-%d'.")],
                "The date formatted with C's strftime directives.", strftime_method),
            method!(Method "ctime", [], "The ctime() style text.", ctime_method),
            $($extra),*
        ]
    };
}

pub static DATE_METHODS: &[FnDef] = date_methods!(
    method!(Method "isoformat", [], "The date as YYYY-MM-DD.", isoformat),
    method!(
        Method "replace",
        [
            p!(Normal "year" = "None", "The new year."),
            p!(Normal "month" = "None", "The new month."),
            p!(Normal "day" = "None", "The new day.")
        ],
        "The date with the given fields replaced.",
        replace
    ),
);

pub static DATETIME_METHODS: &[FnDef] = date_methods!(
    method!(
        Method "isoformat",
        [
            p!(Normal "sep" = "'T'", "The character between date and time."),
            p!(Normal "timespec" = "'auto'", "'auto', 'hours', 'minutes', 'seconds', 'milliseconds' or 'microseconds'.")
        ],
        "The datetime as YYYY-MM-DDTHH:MM:SS[.ffffff].",
        isoformat
    ),
    method!(
        Method "replace",
        [
            p!(Normal "year" = "None", "The new year."),
            p!(Normal "month" = "None", "The new month."),
            p!(Normal "day" = "None", "The new day."),
            p!(Normal "hour" = "None", "The new hour."),
            p!(Normal "minute" = "None", "The new minute."),
            p!(Normal "second" = "None", "The new second."),
            p!(Normal "microsecond" = "None", "The new microsecond."),
            p!(Normal "tzinfo" = "None", "Not supported: datetimes are naive.")
        ],
        "The datetime with the given fields replaced.",
        replace
    ),
    method!(Method "date", [], "The date part.", date_of),
);

pub static TIMEDELTA_METHODS: &[FnDef] = &[method!(
    Method "total_seconds",
    [],
    "The duration in seconds, as a float.",
    total_seconds
)];

pub fn methods(t: &PyTime) -> &'static [FnDef] {
    match t {
        PyTime::Date(_) => DATE_METHODS,
        PyTime::DateTime(..) => DATETIME_METHODS,
        PyTime::Delta(_) => TIMEDELTA_METHODS,
    }
}

// ---- the classes and their class methods ----

fn clock(name: &str) -> Error {
    Error::type_error(format!(
        "npcalc does not support {name}(): it reads the clock, and npcalc's results are reproducible"
    ))
}

fn from_ordinal(ordinal: &Value, with_time: bool) -> Result<Value> {
    let n = c_int(ordinal)?;
    if n < 1 {
        return Err(Error::value_error("ordinal must be >= 1"));
    }
    // ord_to_ymd has no upper bound; the year check then refuses.
    let d = Ymd::from_ordinal(n);
    let d = check_date(d.y, d.m, d.d)?;
    Ok(time_value(if with_time {
        PyTime::DateTime(d, MIDNIGHT)
    } else {
        PyTime::Date(d)
    }))
}

pub static DATE_CLASS_METHODS: &[FnDef] = &[
    method!(Method "fromisoformat", [p!(PositionalOnly "date_string", "Text such as '2024-01-31'.")],
        "The date an ISO 8601 text names.", |_, a| from_iso(&a.get("date_string"), false)),
    method!(Method "fromordinal", [p!(PositionalOnly "ordinal", "The day number, 1 for 0001-01-01.")],
        "The date of a proleptic Gregorian ordinal.", |_, a| from_ordinal(&a.get("ordinal"), false)),
    method!(Method "today", [], "Refused: it reads the clock.", |_, _| Err(clock("date.today"))),
];

pub static DATETIME_CLASS_METHODS: &[FnDef] = &[
    method!(Method "fromisoformat", [p!(PositionalOnly "date_string", "Text such as '2024-01-31T12:30'.")],
        "The datetime an ISO 8601 text names.", |_, a| from_iso(&a.get("date_string"), true)),
    method!(Method "fromordinal", [p!(PositionalOnly "ordinal", "The day number, 1 for 0001-01-01.")],
        "Midnight of a proleptic Gregorian ordinal.", |_, a| from_ordinal(&a.get("ordinal"), true)),
    method!(Method "today", [], "Refused: it reads the clock.", |_, _| Err(clock("datetime.today"))),
    method!(Method "now", [p!(Normal "tz" = "None", "Refused.")], "Refused: it reads the clock.", |_, _| Err(clock("datetime.now"))),
    method!(Method "utcnow", [], "Refused: it reads the clock.", |_, _| Err(clock("datetime.utcnow"))),
];

/// `date.min`, `datetime.fromisoformat`, … on a class (None for what the
/// class does not have, which the caller reports).
pub fn class_attr(f: &FnDef, name: &str) -> Option<Result<Value>> {
    let kind = class_kind(f)?;
    if let Some(c) = class_constant(kind, name) {
        return Some(Ok(c));
    }
    if REFUSED_METHODS.contains(&name) {
        return Some(Err(refused(class_name(f)?, name)));
    }
    let table = match kind {
        Kind::Date => DATE_CLASS_METHODS,
        Kind::DateTime => DATETIME_CLASS_METHODS,
        Kind::Delta => &[],
    };
    table
        .iter()
        .find(|m| m.name == name)
        .map(|m| Ok(Value::Function(m)))
}

/// `<class 'datetime.date'>`'s name, for the three classes.
pub fn class_name(f: &FnDef) -> Option<&'static str> {
    Some(match class_kind(f)? {
        Kind::Date => "datetime.date",
        Kind::DateTime => "datetime.datetime",
        Kind::Delta => "datetime.timedelta",
    })
}

/// What npcalc's `datetime` leaves out: times of day on their own, time
/// zones, the local clock and `time.struct_time`.
pub const REFUSED: &[&str] = &["time", "timezone", "tzinfo", "UTC", "datetime_CAPI"];

pub const REFUSED_METHODS: &[&str] = &[
    "isocalendar",
    "fromisocalendar",
    "timetuple",
    "utctimetuple",
    "timestamp",
    "fromtimestamp",
    "utcfromtimestamp",
    "time",
    "timetz",
    "astimezone",
    "utcoffset",
    "dst",
    "tzname",
    "combine",
    "strptime",
];

/// A module name npcalc lacks: NotImplementedError, which `from datetime
/// import …` passes on as it is.
pub fn refused_name(name: &str) -> Error {
    Error::new(
        Exc::NotImplementedError,
        format!("npcalc does not support datetime.{name}"),
    )
}

pub fn refused(owner: &str, name: &str) -> Error {
    Error::attribute_error(format!("npcalc does not support {owner}.{name}"))
}

fn class_kind(f: &FnDef) -> Option<Kind> {
    [Kind::Date, Kind::DateTime, Kind::Delta]
        .into_iter()
        .zip(DATETIME.iter())
        .find(|(_, c)| std::ptr::eq(f, *c))
        .map(|(k, _)| k)
}

/// Whether `v` is an instance of the class `f` (datetime is a date).
pub fn is_instance(v: &Value, f: &FnDef) -> Option<bool> {
    let kind = class_kind(f)?;
    Some(matches!(
        (kind, time_of(v)),
        (Kind::Date, Some(PyTime::Date(_) | PyTime::DateTime(..)))
            | (Kind::DateTime, Some(PyTime::DateTime(..)))
            | (Kind::Delta, Some(PyTime::Delta(_)))
    ))
}

/// The module's integer constants.
pub fn constant(name: &str) -> Option<Value> {
    match name {
        "MINYEAR" => Some(Value::int(1)),
        "MAXYEAR" => Some(Value::int(MAXYEAR)),
        _ => None,
    }
}

pub const CONSTANTS: &[&str] = &["MINYEAR", "MAXYEAR"];

pub static DATETIME: &[FnDef] = &[
    FnDef {
        name: "date",
        owner: Owner::Method,
        // PyArg_ParseTupleAndKeywords without a name in its format.
        error_name: Some(""),
        params: &[
            p!(Normal "year", "1 to 9999."),
            p!(Normal "month", "1 to 12."),
            p!(Normal "day", "1 to the month's length."),
        ],
        doc: "A calendar date (proleptic Gregorian).",
        examples: &["date(2024, 1, 31)", "date(2024, 3, 1) - date(2024, 2, 1)"],
        imp: date_new,
    },
    FnDef {
        name: "datetime",
        owner: Owner::Method,
        // PyArg_ParseTupleAndKeywords without a name in its format.
        error_name: Some(""),
        params: &[
            p!(Normal "year", "1 to 9999."),
            p!(Normal "month", "1 to 12."),
            p!(Normal "day", "1 to the month's length."),
            p!(Normal "hour" = "0", "0 to 23."),
            p!(Normal "minute" = "0", "0 to 59."),
            p!(Normal "second" = "0", "0 to 59."),
            p!(Normal "microsecond" = "0", "0 to 999999."),
            p!(Normal "tzinfo" = "None", "Not supported: datetimes are naive."),
            p!(KeywordOnly "fold" = "0", "0 (1 only matters with time zones)."),
        ],
        doc: "A naive date and time of day.",
        examples: &["datetime(2024, 1, 1, 12, 30)"],
        imp: datetime_new,
    },
    FnDef {
        name: "timedelta",
        owner: Owner::Method,
        // Its format names it "__new__".
        error_name: Some("__new__"),
        params: &[
            p!(Normal "days" = "0", "Days (int or float)."),
            p!(Normal "seconds" = "0", "Seconds."),
            p!(Normal "microseconds" = "0", "Microseconds."),
            p!(Normal "milliseconds" = "0", "Milliseconds."),
            p!(Normal "minutes" = "0", "Minutes."),
            p!(Normal "hours" = "0", "Hours."),
            p!(Normal "weeks" = "0", "Weeks."),
        ],
        doc: "A duration, kept as days, seconds and microseconds.",
        examples: &["timedelta(days=1, hours=1)", "timedelta(1.5)"],
        imp: timedelta_new,
    },
];
