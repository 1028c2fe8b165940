//! The text of dates, datetimes and timedeltas: repr, str, isoformat,
//! strftime / `__format__`, and `fromisoformat`'s parser.

use super::*;

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

pub(super) fn iso_date(d: &Ymd) -> String {
    format!("{:04}-{:02}-{:02}", d.y, d.m, d.d)
}

/// The time of day as `isoformat`'s `timespec` asks.
pub(super) fn iso_time(t: &Hms, timespec: &str) -> Result<String> {
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

/// `strftime` as CPython hands it to glibc's `__strftime_internal` in the
/// C locale: CPython itself replaces `%f` (microseconds) and `%z`/`%Z`
/// (empty for naive values); glibc reads the flags `_ - 0 ^ #`, a width
/// and an `E`/`O` modifier, and copies a sequence it does not know as it is.
pub(super) fn strftime(d: &Ymd, t: &Hms, fmt: &str) -> Result<String> {
    let mut out = String::new();
    let chars: Vec<char> = fmt.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        if chars[i] != '%' {
            out.push(chars[i]);
            i += 1;
            continue;
        }
        match chars.get(i + 1) {
            Some('f') => out.push_str(&format!("{:06}", t.us)),
            Some('z' | 'Z') => {}
            _ => {
                i += glibc_directive(d, t, &chars[i..], &mut out);
                continue;
            }
        }
        i += 2;
    }
    Ok(out)
}

/// How one glibc conversion pads and changes case.
#[derive(Clone, Copy, Default)]
struct Spec {
    /// `_`, `-` or `0`, the last given; none: the conversion's own.
    pad: Option<char>,
    width: Option<usize>,
    upper: bool,
    /// `#`: upper case for names, lower for `%p` and `%Z`.
    swap: bool,
}

impl Spec {
    /// glibc's `cpy`: text right-aligned in the width (zeros only for `0`),
    /// then the case change.
    fn text(self, s: &str, lower: bool, upper: bool) -> String {
        let s = if lower {
            s.to_lowercase()
        } else if upper || self.upper {
            s.to_uppercase()
        } else {
            s.to_string()
        };
        let n = s.chars().count();
        let fill = if self.pad == Some('0') { '0' } else { ' ' };
        let pad: String =
            std::iter::repeat_n(fill, self.width.unwrap_or(0).saturating_sub(n)).collect();
        pad + &s
    }

    /// glibc's `DO_NUMBER` (`space` for `DO_NUMBER_SPACEPAD`): at least
    /// `digits` digits or the width, padded with zeros or spaces, or not at
    /// all for `-` (then `cpy` pads to the width with spaces).
    fn number(self, digits: usize, v: i64, space: bool) -> String {
        let digits = digits.max(self.width.unwrap_or(0));
        let body = format!("{}{}", if v < 0 { "-" } else { "" }, v.unsigned_abs());
        let pad = self.pad.unwrap_or(if space { '_' } else { '0' });
        let short = digits.saturating_sub(body.len());
        let body = match pad {
            '-' => body,
            '_' => " ".repeat(short) + &body,
            _ => "0".repeat(short) + &body,
        };
        self.text(&body, false, false)
    }
}

/// One `%…` sequence of `seq` into `out`; how many chars it took.
fn glibc_directive(d: &Ymd, t: &Hms, seq: &[char], out: &mut String) -> usize {
    let mut spec = Spec::default();
    let mut k = 1;
    while let Some(&c) = seq.get(k) {
        match c {
            '_' | '-' | '0' => spec.pad = Some(c),
            '^' => spec.upper = true,
            '#' => spec.swap = true,
            _ => break,
        }
        k += 1;
    }
    let digits_start = k;
    while seq.get(k).is_some_and(|c| c.is_ascii_digit()) {
        k += 1;
    }
    if k > digits_start {
        let w: String = seq[digits_start..k].iter().collect();
        spec.width = Some(w.parse().unwrap_or(usize::MAX).min(1 << 20));
    }
    let modifier = seq.get(k).copied().filter(|c| matches!(c, 'E' | 'O'));
    if modifier.is_some() {
        k += 1;
    }
    // A sequence glibc does not know (or cut off by the end of the format)
    // is copied as it is, padded to the width.
    let taken = (k + 1).min(seq.len());
    let text = seq
        .get(k)
        .and_then(|&conv| glibc_conversion(d, t, conv, modifier, spec))
        .unwrap_or_else(|| spec.text(&seq[..taken].iter().collect::<String>(), false, false));
    out.push_str(&text);
    taken
}

/// The text of conversion `conv`, or None where glibc copies the sequence.
fn glibc_conversion(
    d: &Ymd,
    t: &Hms,
    conv: char,
    modifier: Option<char>,
    spec: Spec,
) -> Option<String> {
    let wd = d.weekday(); // Monday 0
    let sunday_based = (wd + 1) % 7;
    let yday = days_before_month(d.y, d.m) + d.d - 1;
    let hour12 = if t.h % 12 == 0 { 12 } else { t.h % 12 };
    let sub = |f: &str| strftime(d, t, f).ok().map(|s| spec.text(&s, false, false));
    let (e, o) = (modifier == Some('E'), modifier == Some('O'));
    let name = |s: &str| spec.text(s, false, spec.swap);
    Some(match conv {
        '%' if modifier.is_none() => spec.text("%", false, false),
        'a' if modifier.is_none() => name(&DAY_NAMES[wd as usize][..3]),
        'A' if modifier.is_none() => name(DAY_NAMES[wd as usize]),
        'b' | 'h' if !e => name(&MONTH_NAMES[d.m as usize - 1][..3]),
        'B' if !e => name(MONTH_NAMES[d.m as usize - 1]),
        'c' if !o => sub("%a %b %e %H:%M:%S %Y")?,
        'C' => spec.number(1, d.y.div_euclid(100), false),
        'd' if !e => spec.number(2, d.d, false),
        'D' if modifier.is_none() => sub("%m/%d/%y")?,
        'e' if !e => spec.number(2, d.d, true),
        'F' if modifier.is_none() => sub("%Y-%m-%d")?,
        'g' | 'G' | 'V' => {
            let (iso_year, week, _) = d.iso_calendar();
            match conv {
                'g' => spec.number(2, iso_year.rem_euclid(100), false),
                'G' => spec.number(1, iso_year, false),
                _ => spec.number(2, week, false),
            }
        }
        'H' if !e => spec.number(2, t.h, false),
        'I' if !e => spec.number(2, hour12, false),
        'j' if !e => spec.number(3, yday + 1, false),
        'k' if !e => spec.number(2, t.h, true),
        'l' if !e => spec.number(2, hour12, true),
        'm' if !e => spec.number(2, d.m, false),
        'M' if !e => spec.number(2, t.mi, false),
        'n' => spec.text("\n", false, false),
        't' => spec.text("\t", false, false),
        'p' | 'P' => {
            let ampm = if t.h < 12 { "AM" } else { "PM" };
            spec.text(ampm, conv == 'P' || spec.swap, false)
        }
        'r' => sub("%I:%M:%S %p")?,
        'R' => sub("%H:%M")?,
        's' => {
            let days = d.ordinal()
                - Ymd {
                    y: 1970,
                    m: 1,
                    d: 1,
                }
                .ordinal();
            // Seconds since the epoch (the machine's zone is UTC), with no
            // padding of its own: only the width's spaces.
            let secs = days * 86_400 + t.h * 3600 + t.mi * 60 + t.s;
            spec.text(&secs.to_string(), false, false)
        }
        'S' if !e => spec.number(2, t.s, false),
        'T' if modifier.is_none() => sub("%H:%M:%S")?,
        'u' if !e => spec.number(1, wd + 1, false),
        'U' if !e => spec.number(2, (yday - sunday_based + 7) / 7, false),
        'W' if !e => spec.number(2, (yday - wd + 7) / 7, false),
        'w' if !e => spec.number(1, sunday_based, false),
        'x' if !o => sub("%m/%d/%y")?,
        'X' if !o => sub("%H:%M:%S")?,
        'y' => spec.number(2, d.y.rem_euclid(100), false),
        'Y' if !o => spec.number(1, d.y, false),
        // A naive time's tm_isdst is -1: glibc writes no offset or zone.
        'z' | 'Z' => String::new(),
        _ => return None,
    })
}

pub(super) fn ctime(d: &Ymd, t: &Hms) -> String {
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

pub(super) fn invalid_iso(s: &str) -> Error {
    Error::value_error(format!("Invalid isoformat string: {s:?}").replace('"', "'"))
}

pub(super) fn digits(s: &[u8], n: usize) -> Option<i64> {
    if s.len() < n || !s[..n].iter().all(u8::is_ascii_digit) {
        return None;
    }
    Some(s[..n].iter().fold(0, |a, c| a * 10 + i64::from(c - b'0')))
}

/// `parse_isoformat_date`: YYYY-MM-DD, YYYYMMDD, or an ISO week date
/// (YYYY-Www[-D], YYYYWww[D]); what follows the fields is not read.
pub(super) fn parse_iso_date(s: &[u8]) -> Option<(i64, i64, i64)> {
    let y = digits(s, 4)?;
    let rest = &s[4..];
    let extended = rest.first() == Some(&b'-');
    let rest = if extended { &rest[1..] } else { rest };
    if rest.first() == Some(&b'W') {
        let week = digits(&rest[1..], 2)?;
        let rest = &rest[3..];
        let day = if !rest.is_empty() {
            let rest = match (extended, rest.split_first()) {
                (true, Some((b'-', r))) => r,
                (true, _) => return None,
                (false, _) => rest,
            };
            digits(rest, 1)?
        } else {
            1
        };
        return iso_to_ymd(y, week, day).ok();
    }
    let m = digits(rest, 2)?;
    let rest = &rest[2..];
    let rest = match (extended, rest.split_first()) {
        (true, Some((b'-', r))) => r,
        (true, _) => return None,
        (false, _) => rest,
    };
    Some((y, m, digits(rest, 2)?))
}

/// CPython's `iso_to_ymd`: the date of an ISO (year, week, weekday), or
/// the error `fromisocalendar` gives.
pub(super) fn iso_to_ymd(year: i64, week: i64, day: i64) -> Result<(i64, i64, i64)> {
    if !(1..53).contains(&week) {
        // A year has a week 53 when it starts on a Thursday, or on a
        // Wednesday in a leap year.
        let first = Ymd {
            y: year,
            m: 1,
            d: 1,
        }
        .weekday();
        if !(week == 53 && (first == 3 || first == 2 && calendar::is_leap(year))) {
            return Err(Error::value_error(format!("Invalid week: {week}")));
        }
    }
    if !(1..8).contains(&day) {
        return Err(Error::value_error(format!(
            "Invalid weekday: {day} (range is [1, 7])"
        )));
    }
    let monday = Ymd {
        y: year,
        m: 1,
        d: 1,
    }
    .iso_week1_monday();
    let d = Ymd::from_ordinal(monday + (week - 1) * 7 + day - 1);
    Ok((d.y, d.m, d.d))
}

/// CPython's `_find_isoformat_datetime_separator`: where a datetime's date
/// part ends (`None`: no valid date form).
fn iso_separator(b: &[u8]) -> Option<usize> {
    let len = b.len();
    if len == 7 {
        return Some(7);
    }
    if b.get(4) == Some(&b'-') {
        if b.get(5) != Some(&b'W') {
            return Some(10);
        }
        if len < 8 {
            return None;
        }
        if len > 8 && b[8] == b'-' {
            if len == 9 {
                return None;
            }
            // YYYY-Www-## is read as a week and an hour.
            return Some(if len > 10 && b[10].is_ascii_digit() {
                8
            } else {
                10
            });
        }
        return Some(8);
    }
    if b.get(4) == Some(&b'W') {
        let end = 7 + b[7.min(len)..]
            .iter()
            .take_while(|c| c.is_ascii_digit())
            .count();
        return Some(if end < 9 {
            end
        } else if end % 2 == 0 {
            7
        } else {
            8
        });
    }
    Some(8)
}

/// `parse_hh_mm_ss_ff`: HH[:MM[:SS[.fff[fff]]]] or their basic forms.
pub(super) fn parse_iso_time(s: &[u8]) -> Option<Hms> {
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

pub(super) fn from_iso(text: &Value, with_time: bool) -> Result<Value> {
    let Value::Str(s) = text else {
        return Err(Error::type_error("fromisoformat: argument must be str"));
    };
    let b = s.as_bytes();
    if !s.is_ascii() {
        return Err(invalid_iso(s));
    }
    let (date_part, time_part) = if with_time {
        // The separator is any one character after the date.
        let cut = iso_separator(b).ok_or_else(|| invalid_iso(s))?.min(b.len());
        let time = (b.len() > cut).then(|| &b[cut + 1..]);
        (&b[..cut], time)
    } else if matches!(b.len(), 7 | 8 | 10) {
        (b, None)
    } else {
        return Err(invalid_iso(s));
    };
    let (y, m, d) = parse_iso_date(date_part).ok_or_else(|| invalid_iso(s))?;
    let date = check_date(y, m, d)?;
    if !with_time {
        return Ok(time_value(PyTime::Date(date)));
    }
    let time = match time_part {
        None => MIDNIGHT,
        Some(t) => {
            // CPython reads a UTC offset after the time (`+05:30`, `Z`):
            // a time zone, which npcalc's datetime does not have.
            if let Some(at) = t.iter().position(|c| matches!(c, b'+' | b'-' | b'Z'))
                && (at > 0 && at + 1 < t.len() || t[at] == b'Z')
            {
                return Err(Error::new(
                    Exc::NotImplementedError,
                    "npcalc does not support time zones: this text has a UTC offset",
                ));
            }
            let t = parse_iso_time(t).ok_or_else(|| invalid_iso(s))?;
            check_time(t.h, t.mi, t.s, t.us)?
        }
    };
    Ok(time_value(PyTime::DateTime(date, time)))
}
