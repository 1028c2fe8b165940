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

/// `strftime` in the C locale, as glibc's formats the directives lessons use;
/// `%f` is Python's own (microseconds).
pub(super) fn strftime(d: &Ymd, t: &Hms, fmt: &str) -> Result<String> {
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

/// `parse_isoformat_date`: YYYY-MM-DD or YYYYMMDD (ISO week dates are refused).
pub(super) fn parse_iso_date(s: &[u8]) -> Option<(i64, i64, i64)> {
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
