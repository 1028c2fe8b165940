//! NumPy's `datetime64`/`timedelta64` arithmetic on plain int64 counts of a
//! unit since 1970-01-01 (numpy/_core/src/multiarray/datetime.c and
//! datetime_strings.c): the calendar conversions, ISO 8601 parsing and
//! printing, unit conversion factors and the unit promotion rules. The
//! values and arrays that carry a unit live in `eval::datetime64`.

use super::cast::Casting;
use crate::error::{Error, Exc, Result};

/// NumPy's not-a-time, the smallest int64.
pub const NAT: i64 = i64::MIN;

/// A time unit, in NumPy's `NPY_DATETIMEUNIT` order (coarsest first); the
/// business-day unit and the units finer than nanoseconds are not kept.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Unit {
    Y,
    M,
    W,
    D,
    H,
    Min,
    S,
    Ms,
    Us,
    Ns,
    Generic,
}

/// Each unit's code (`_datetime_strings`) and its name in a timedelta's
/// str (`_datetime_verbose_strings`).
const UNITS: [(Unit, &str, &str); 11] = [
    (Unit::Y, "Y", "years"),
    (Unit::M, "M", "months"),
    (Unit::W, "W", "weeks"),
    (Unit::D, "D", "days"),
    (Unit::H, "h", "hours"),
    (Unit::Min, "m", "minutes"),
    (Unit::S, "s", "seconds"),
    (Unit::Ms, "ms", "milliseconds"),
    (Unit::Us, "us", "microseconds"),
    (Unit::Ns, "ns", "nanoseconds"),
    (Unit::Generic, "generic", "generic time units"),
];

/// How many of the next finer unit make one of this unit
/// (`_datetime_factors`, weeks to days to hours…); years and months have
/// no fixed factor.
fn factor_to_next(u: Unit) -> u64 {
    match u {
        Unit::Y | Unit::M | Unit::Generic => 1,
        Unit::W => 7,
        Unit::D => 24,
        Unit::H | Unit::Min => 60,
        Unit::S | Unit::Ms | Unit::Us => 1000,
        Unit::Ns => 1,
    }
}

impl Unit {
    pub fn code(self) -> &'static str {
        UNITS.iter().find(|u| u.0 == self).map_or("", |u| u.1)
    }

    pub fn verbose(self) -> &'static str {
        UNITS.iter().find(|u| u.0 == self).map_or("", |u| u.2)
    }

    /// The unit a code names (`parse_datetime_unit_from_string`).
    pub fn parse(code: &str) -> Result<Unit> {
        if let Some(u) = UNITS.iter().find(|u| u.1 == code) {
            return Ok(u.0);
        }
        if matches!(code, "B" | "ps" | "fs" | "as") {
            return Err(Error::new(
                Exc::NotImplementedError,
                format!("npcalc does not support the datetime unit '{code}'"),
            ));
        }
        Err(Error::type_error(format!(
            "Invalid datetime unit \"{code}\" in metadata"
        )))
    }

    fn next(self) -> Unit {
        UNITS[UNITS.iter().position(|u| u.0 == self).unwrap_or(0) + 1].0
    }

    /// Years and months, whose length varies.
    fn nonlinear(self) -> bool {
        matches!(self, Unit::Y | Unit::M)
    }
}

/// A broken-down date and time (`npy_datetimestruct`), to microseconds
/// plus picoseconds.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Dts {
    pub year: i64,
    pub month: i64,
    pub day: i64,
    pub hour: i64,
    pub min: i64,
    pub sec: i64,
    pub us: i64,
    pub ps: i64,
}

fn is_leap(year: i64) -> bool {
    year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
}

fn days_in_month(year: i64, month: i64) -> i64 {
    const DAYS: [i64; 12] = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    DAYS[(month - 1) as usize] + i64::from(month == 2 && is_leap(year))
}

/// Days from 1970-01-01 (Hinnant's `days_from_civil`, as NumPy's
/// `get_datetimestruct_days`, wrapping as its C arithmetic does).
fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let y = year.wrapping_sub(i64::from(month <= 2));
    let era = if y >= 0 { y } else { y.wrapping_sub(399) } / 400;
    let yoe = y.wrapping_sub(era.wrapping_mul(400)) as u32;
    let doy =
        (153 * (if month > 2 { month - 3 } else { month + 9 }) as u32 + 2) / 5 + day as u32 - 1;
    let doe = yoe
        .wrapping_mul(365)
        .wrapping_add(yoe / 4)
        .wrapping_sub(yoe / 100)
        .wrapping_add(doy);
    era.wrapping_mul(146097)
        .wrapping_add(i64::from(doe))
        .wrapping_sub(719468)
}

/// The date `days` after 1970-01-01: NumPy's `set_datetimestruct_days`
/// (Neri and Schneider's algorithm, and its fallback outside their range).
fn civil_from_days(days: i64) -> (i64, i64, i64) {
    if (-12_699_422..=1_061_042_401).contains(&days) {
        const K: u32 = 12_699_422;
        const L: u32 = 32_800;
        let n = (days as i32 as u32).wrapping_add(K);
        let n1 = 4 * n + 3;
        let c = n1 / 146_097;
        let nc = n1 % 146_097 / 4;
        let n2 = 4 * nc + 3;
        let p2 = 2_939_745u64 * u64::from(n2);
        let z = (p2 / 4_294_967_296) as u32;
        let ny = (p2 % 4_294_967_296) as u32 / 2_939_745 / 4;
        let n3 = 2141 * ny + 197_913;
        let m = n3 / 65_536;
        let d = n3 % 65_536 / 2141;
        let j = u32::from(ny >= 306);
        let y = 100 * c + z;
        let year = i64::from((y.wrapping_sub(L) as i32).wrapping_add(j as i32));
        return (
            year,
            i64::from(if j == 1 { m - 12 } else { m }),
            i64::from(d + 1),
        );
    }
    let (year, mut rest) = days_to_yearsdays(days);
    for month in 1..=12 {
        let len = days_in_month(year, month);
        if rest < len {
            return (year, month, rest + 1);
        }
        rest -= len;
    }
    (year, 12, rest + 1)
}

/// NumPy's `days_to_yearsdays`: the year of a day count and the day within it.
fn days_to_yearsdays(days: i64) -> (i64, i64) {
    const DAYS_PER_400Y: i64 = 400 * 365 + 100 - 4 + 1;
    const OFFSET: i64 = 365 * 30 + 7;
    let (mut d, mut year);
    if days < i64::MIN + OFFSET {
        d = days + (DAYS_PER_400Y - OFFSET);
        year = 400i64.wrapping_mul(extract(&mut d, DAYS_PER_400Y)) - 400;
    } else {
        d = days - OFFSET;
        year = 400i64.wrapping_mul(extract(&mut d, DAYS_PER_400Y));
    }
    if d >= 366 {
        year += 100 * ((d - 1) / (100 * 365 + 25 - 1));
        d = (d - 1) % (100 * 365 + 25 - 1);
        if d >= 365 {
            year += 4 * ((d + 1) / (4 * 365 + 1));
            d = (d + 1) % (4 * 365 + 1);
            if d >= 366 {
                year += (d - 1) / 365;
                d = (d - 1) % 365;
            }
        }
    }
    (year.wrapping_add(2000), d)
}

/// NumPy's `extract_unit_64`: the floor quotient, leaving the remainder.
fn extract(d: &mut i64, unit: i64) -> i64 {
    let q = d.div_euclid(unit);
    *d = d.rem_euclid(unit);
    q
}

/// The date and time of `value` counted in `unit` (not NaT, not generic).
pub fn to_dts(unit: Unit, value: i64) -> Dts {
    let mut d = value;
    let mut out = Dts {
        year: 1970,
        month: 1,
        day: 1,
        ..Dts::default()
    };
    let set_days = |out: &mut Dts, days: i64| {
        let (y, m, dd) = civil_from_days(days);
        (out.year, out.month, out.day) = (y, m, dd);
    };
    const US_PER_DAY: i64 = 86_400_000_000;
    match unit {
        Unit::Y => out.year = d.wrapping_add(1970),
        Unit::M => {
            out.year = extract(&mut d, 12).wrapping_add(1970);
            out.month = d + 1;
        }
        Unit::W => set_days(&mut out, d.wrapping_mul(7)),
        Unit::D => set_days(&mut out, d),
        Unit::H => {
            let days = extract(&mut d, 24);
            set_days(&mut out, days);
            out.hour = d;
        }
        Unit::Min => {
            let days = extract(&mut d, 60 * 24);
            set_days(&mut out, days);
            out.hour = extract(&mut d, 60);
            out.min = d;
        }
        Unit::S | Unit::Ms | Unit::Us | Unit::Ns => {
            // Ticks per microsecond, or microseconds per tick.
            let (per_us, us_per) = match unit {
                Unit::S => (1, 1_000_000),
                Unit::Ms => (1, 1000),
                Unit::Us => (1, 1),
                _ => (1000, 1),
            };
            let days = extract(&mut d, US_PER_DAY / us_per * per_us);
            set_days(&mut out, days);
            let ticks_per_sec = 1_000_000 / us_per * per_us;
            out.hour = extract(&mut d, ticks_per_sec * 3600);
            out.min = extract(&mut d, ticks_per_sec * 60);
            out.sec = extract(&mut d, ticks_per_sec);
            out.us = extract(&mut d, per_us) * us_per;
            out.ps = d * 1000;
        }
        Unit::Generic => {}
    }
    out
}

/// `dts` counted in `unit` (`NpyDatetime_ConvertDatetimeStructToDatetime64`).
pub fn from_dts(unit: Unit, dts: &Dts) -> i64 {
    // C's int64 arithmetic, which wraps for dates far out of range.
    let step = |acc: i64, times: i64, plus: i64| acc.wrapping_mul(times).wrapping_add(plus);
    let days = || days_from_civil(dts.year, dts.month, dts.day);
    let secs = || step(step(step(days(), 24, dts.hour), 60, dts.min), 60, dts.sec);
    match unit {
        Unit::Y => dts.year.wrapping_sub(1970),
        Unit::M => step(dts.year.wrapping_sub(1970), 12, dts.month - 1),
        Unit::W => {
            let d = days();
            if d >= 0 { d / 7 } else { (d - 6) / 7 }
        }
        Unit::D => days(),
        Unit::H => step(days(), 24, dts.hour),
        Unit::Min => step(step(days(), 24, dts.hour), 60, dts.min),
        Unit::S => secs(),
        Unit::Ms => step(secs(), 1000, dts.us / 1000),
        Unit::Us => step(secs(), 1_000_000, dts.us),
        Unit::Ns => step(step(secs(), 1_000_000, dts.us), 1000, dts.ps / 1000),
        Unit::Generic => NAT,
    }
}

/// `add_minutes_to_datetimestruct`: the date and time `minutes` later.
fn add_minutes(dts: &mut Dts, minutes: i64) {
    let days = days_from_civil(dts.year, dts.month, dts.day);
    let mut total = days
        .wrapping_mul(24)
        .wrapping_add(dts.hour)
        .wrapping_mul(60)
        .wrapping_add(dts.min)
        .wrapping_add(minutes);
    let days = extract(&mut total, 24 * 60);
    (dts.year, dts.month, dts.day) = civil_from_days(days);
    dts.hour = total / 60;
    dts.min = total % 60;
}

/// A parsed ISO 8601 string: NaT (with generic units), or a date and time
/// with the finest unit it spells out.
pub enum Parsed {
    NaT,
    At(Dts, Unit),
}

/// `NpyDatetime_ParseISO8601Datetime`: `YYYY[-MM[-DD[(T| )hh[:mm[:ss[.f]]]]]]`
/// with an optional sign on the year, surrounding spaces, a time zone
/// (`Z` or an offset, which NumPy warns of and applies), and NumPy's ValueErrors.
pub fn parse_iso(text: &str) -> Result<Parsed> {
    let s = text.as_bytes();
    if s.is_empty() || text.eq_ignore_ascii_case("nat") {
        return Ok(Parsed::NaT);
    }
    if text.eq_ignore_ascii_case("today") || text.eq_ignore_ascii_case("now") {
        return Err(Error::new(
            Exc::NotImplementedError,
            format!("npcalc does not read the clock: np.datetime64('{text}') is not supported"),
        ));
    }
    let bad = |pos: usize| {
        Error::value_error(format!(
            "Error parsing datetime string \"{text}\" at position {pos}"
        ))
    };
    let range = |what: &str| {
        Error::value_error(format!("{what} out of range in datetime string \"{text}\""))
    };
    let mut i = 0;
    while i < s.len() && s[i].is_ascii_whitespace() {
        i += 1;
    }
    // NumPy negates the year when the text itself starts with '-'.
    let negative = s[0] == b'-';
    if matches!(s.get(i), Some(b'-' | b'+')) {
        i += 1;
    }
    if i == s.len() {
        return Err(bad(i));
    }
    let mut dts = Dts {
        month: 1,
        day: 1,
        ..Dts::default()
    };
    while i < s.len() && s[i].is_ascii_digit() {
        dts.year = dts
            .year
            .wrapping_mul(10)
            .wrapping_add(i64::from(s[i] - b'0'));
        i += 1;
    }
    if negative {
        dts.year = dts.year.wrapping_neg();
    }
    let two = |i: usize| -> Option<i64> {
        (i + 1 < s.len() && s[i].is_ascii_digit() && s[i + 1].is_ascii_digit())
            .then(|| i64::from(s[i] - b'0') * 10 + i64::from(s[i + 1] - b'0'))
    };
    // What follows the time: NumPy warns of any text there, reads a time
    // zone (which npcalc refuses), then allows only spaces.
    let finish = |i: usize, unit: Unit, dts: Dts| -> Result<Parsed> {
        if i == s.len() {
            return Ok(Parsed::At(dts, unit));
        }
        super::signals::warn(
            "UserWarning",
            "no explicit representation of timezones available for np.datetime64",
        );
        let mut j = i;
        let mut dts = dts;
        if s[j] == b'Z' {
            j += 1;
        } else if matches!(s[j], b'+' | b'-') {
            // An offset from UTC: the time is moved back to UTC by it.
            let sign = if s[j] == b'-' { -1 } else { 1 };
            j += 1;
            let hours = two(j).ok_or_else(|| bad(j))?;
            if hours >= 24 {
                return Err(range("Timezone hours offset"));
            }
            j += 2;
            let mut minutes = 0;
            if j < s.len() {
                if s[j] == b':' {
                    j += 1;
                }
                minutes = two(j).ok_or_else(|| bad(j))?;
                if minutes >= 60 {
                    return Err(range("Timezone minutes offset"));
                }
                j += 2;
            }
            add_minutes(&mut dts, -sign * (60 * hours + minutes));
        }
        while j < s.len() && s[j].is_ascii_whitespace() {
            j += 1;
        }
        if j != s.len() {
            return Err(bad(j));
        }
        Ok(Parsed::At(dts, unit))
    };
    // Year, then "-MM", then "-DD": each part's separator or the end.
    if i == s.len() {
        return Ok(Parsed::At(dts, Unit::Y));
    }
    if s[i] != b'-' || i + 1 == s.len() {
        return Err(bad(i + usize::from(s[i] == b'-')));
    }
    i += 1;
    dts.month = two(i).ok_or_else(|| bad(i))?;
    if !(1..=12).contains(&dts.month) {
        return Err(range("Month"));
    }
    i += 2;
    if i == s.len() {
        return Ok(Parsed::At(dts, Unit::M));
    }
    if s[i] != b'-' || i + 1 == s.len() {
        return Err(bad(i + usize::from(s[i] == b'-')));
    }
    i += 1;
    dts.day = two(i).ok_or_else(|| bad(i))?;
    if dts.day < 1 || dts.day > days_in_month(dts.year, dts.month) {
        return Err(range("Day"));
    }
    i += 2;
    if i == s.len() {
        return Ok(Parsed::At(dts, Unit::D));
    }
    if s[i] != b'T' && s[i] != b' ' {
        return Err(bad(i));
    }
    i += 1;
    dts.hour = two(i).ok_or_else(|| bad(i))?;
    if dts.hour >= 24 {
        return Err(range("Hours"));
    }
    i += 2;
    for (unit, field, name) in [(Unit::H, 0, "Minutes"), (Unit::Min, 1, "Seconds")] {
        if s.get(i) != Some(&b':') {
            return finish(i, unit, dts);
        }
        i += 1;
        if i == s.len() {
            return Err(bad(i));
        }
        let v = two(i).ok_or_else(|| bad(i))?;
        if v >= 60 {
            return Err(range(name));
        }
        if field == 0 {
            dts.min = v;
        } else {
            dts.sec = v;
        }
        i += 2;
    }
    if s.get(i) != Some(&b'.') {
        return finish(i, Unit::S, dts);
    }
    i += 1;
    // Up to six digits of microseconds, then up to six of picoseconds.
    let digits = |i: &mut usize| {
        let (mut v, mut n) = (0, 0);
        for _ in 0..6 {
            v *= 10;
            if *i < s.len() && s[*i].is_ascii_digit() {
                v += i64::from(s[*i] - b'0');
                *i += 1;
                n += 1;
            }
        }
        (v, n)
    };
    let (us, n) = digits(&mut i);
    dts.us = us;
    if i == s.len() || !s[i].is_ascii_digit() {
        return finish(i, if n > 3 { Unit::Us } else { Unit::Ms }, dts);
    }
    let (ps, n) = digits(&mut i);
    dts.ps = ps;
    if n > 3 || (i < s.len() && s[i].is_ascii_digit()) {
        return Err(Error::new(
            Exc::NotImplementedError,
            "npcalc does not support datetimes finer than nanoseconds",
        ));
    }
    finish(i, Unit::Ns, dts)
}

/// `NpyDatetime_MakeISO8601Datetime` of `value` in `unit`, naive; weeks
/// print as days, generic units and NaT as `NaT`.
pub fn format_iso(unit: Unit, value: i64) -> String {
    if value == NAT || unit == Unit::Generic {
        return "NaT".into();
    }
    let d = to_dts(unit, value);
    let mut out = format!("{:04}", d.year);
    if unit == Unit::Y {
        return out;
    }
    out += &format!("-{:02}", d.month);
    if unit == Unit::M {
        return out;
    }
    out += &format!("-{:02}", d.day);
    if matches!(unit, Unit::W | Unit::D) {
        return out;
    }
    out += &format!("T{:02}", d.hour);
    if unit == Unit::H {
        return out;
    }
    out += &format!(":{:02}", d.min);
    if unit == Unit::Min {
        return out;
    }
    out += &format!(":{:02}", d.sec);
    match unit {
        Unit::Ms => out += &format!(".{:03}", d.us / 1000),
        Unit::Us => out += &format!(".{:06}", d.us),
        Unit::Ns => out += &format!(".{:06}{:03}", d.us, d.ps / 1000),
        _ => {}
    }
    out
}

/// `get_datetime_units_factor`: how many `little` make one `big` (linear
/// units only); 0 on overflow.
fn units_factor(big: Unit, little: Unit) -> u64 {
    let mut factor: u64 = 1;
    let mut u = big;
    while u < little {
        factor = factor.saturating_mul(factor_to_next(u));
        if factor & 0xff00_0000_0000_0000 != 0 {
            return 0;
        }
        u = u.next();
    }
    factor
}

/// `get_datetime_conversion_factor`: `dst = src * num / denom`, years and
/// months averaged over the 400-year cycle.
fn conversion_factor(src: Unit, dst: Unit) -> Result<(i64, i64)> {
    if src == Unit::Generic {
        return Ok((1, 1));
    }
    if dst == Unit::Generic {
        return Err(Error::value_error(
            "Cannot convert from specific units to generic units in NumPy datetimes or timedeltas",
        ));
    }
    let (lo, hi, swapped) = if src <= dst {
        (src, dst, false)
    } else {
        (dst, src, true)
    };
    let (mut num, mut denom): (u64, u64) = (1, 1);
    if lo != hi {
        const DAYS_400Y: u64 = 97 + 400 * 365;
        match (lo, hi) {
            (Unit::Y, Unit::M) => num = 12,
            (Unit::Y, Unit::W) => (num, denom) = (DAYS_400Y, 400 * 7),
            (Unit::Y, _) => (num, denom) = (DAYS_400Y * units_factor(Unit::D, hi), 400),
            (Unit::M, Unit::W) => (num, denom) = (DAYS_400Y, 400 * 12 * 7),
            (Unit::M, _) => (num, denom) = (DAYS_400Y * units_factor(Unit::D, hi), 400 * 12),
            _ => num = units_factor(lo, hi),
        }
    }
    if num == 0 {
        return Err(Error::new(
            Exc::OverflowError,
            format!(
                "Integer overflow while computing the conversion factor between NumPy datetime units {} and {}",
                lo.code(),
                hi.code()
            ),
        ));
    }
    if swapped {
        std::mem::swap(&mut num, &mut denom);
    }
    let g = gcd(num, denom);
    Ok(((num / g) as i64, (denom / g) as i64))
}

fn gcd(mut x: u64, mut y: u64) -> u64 {
    while y != 0 {
        (x, y) = (y, x % y);
    }
    x
}

/// `_datetime_scale_with_overflow_check`: `v * num / denom`, rounded toward
/// minus infinity.
fn scale(v: i64, num: i64, denom: i64, type_name: &str) -> Result<i64> {
    if v == NAT {
        return Ok(v);
    }
    let pos_limit = i64::MAX / num;
    let neg_limit = (i64::MAX - denom + 1) / num;
    if v > pos_limit || v < -neg_limit {
        return Err(Error::new(
            Exc::OverflowError,
            format!("Overflow when converting between {type_name} units"),
        ));
    }
    Ok(if v < 0 {
        (v * num - (denom - 1)) / denom
    } else {
        v * num / denom
    })
}

/// A datetime counted in `src` recounted in `dst`, through its calendar
/// date (`cast_datetime_to_datetime`).
pub fn cast_datetime(src: Unit, dst: Unit, v: i64) -> Result<i64> {
    if src == dst || v == NAT {
        return Ok(v);
    }
    if src == Unit::Generic || dst == Unit::Generic {
        return Err(Error::value_error(
            "Cannot create a NumPy datetime other than NaT with generic units",
        ));
    }
    Ok(from_dts(dst, &to_dts(src, v)))
}

/// A timedelta counted in `src` recounted in `dst`, as a scalar is
/// converted (`cast_timedelta_to_timedelta`, which checks for overflow).
pub fn cast_timedelta(src: Unit, dst: Unit, v: i64) -> Result<i64> {
    if src == dst || v == NAT {
        return Ok(v);
    }
    let (num, denom) = conversion_factor(src, dst)?;
    scale(v, num, denom, "timedelta64")
}

/// The counts of a timedelta array recounted in `dst`, as NumPy's array
/// cast loop does it: the same floor scaling, wrapping on overflow.
pub fn recount_timedeltas(src: Unit, dst: Unit, values: &mut [i64]) -> Result<()> {
    if src == dst {
        return Ok(());
    }
    let (num, denom) = conversion_factor(src, dst)?;
    for v in values.iter_mut().filter(|v| **v != NAT) {
        let scaled = v.wrapping_mul(num);
        *v = if *v < 0 {
            scaled.wrapping_sub(denom - 1) / denom
        } else {
            scaled / denom
        };
    }
    Ok(())
}

/// The unit two time units promote to
/// (`compute_datetime_metadata_greatest_common_divisor`): the finer one;
/// `strict` marks a timedelta's unit, whose years and months mix with no
/// other unit.
pub fn common_unit(a: Unit, b: Unit, strict_a: bool, strict_b: bool) -> Result<Unit> {
    if a == Unit::Generic {
        return Ok(b);
    }
    if b == Unit::Generic || a == b {
        return Ok(a);
    }
    let both_calendar = a.nonlinear() && b.nonlinear();
    if !both_calendar && ((a.nonlinear() && strict_a) || (b.nonlinear() && strict_b)) {
        return Err(Error::type_error(format!(
            "Cannot get a common metadata divisor for Numpy datetime metadata [{}] and [{}] because they have incompatible nonlinear base time units.",
            a.code(),
            b.code()
        )));
    }
    Ok(a.max(b))
}

/// `can_cast_datetime64_units`: any unit to a finer one is safe, and
/// generic units cast only into others.
pub fn can_cast_datetime_units(src: Unit, dst: Unit, casting: Casting) -> bool {
    match casting {
        Casting::Unsafe => true,
        Casting::SameKind | Casting::Safe if src == Unit::Generic || dst == Unit::Generic => {
            src == Unit::Generic
        }
        Casting::SameKind => true,
        Casting::Safe => src <= dst,
        Casting::No | Casting::Equiv => src == dst,
    }
}

/// `NpyDatetime_GetDatetimeISO8601StrLen`: room for any datetime of
/// `unit` as text, with its "Z" or "+####" zone when it has a time.
pub fn iso_strlen(unit: Unit, local: bool) -> usize {
    const STEPS: [(Unit, usize); 10] = [
        (Unit::Ns, 3),
        (Unit::Us, 3),
        (Unit::Ms, 4),
        (Unit::S, 3),
        (Unit::Min, 3),
        (Unit::H, 3),
        (Unit::D, 3),
        (Unit::M, 3),
        (Unit::Y, 21),
        (Unit::W, 0),
    ];
    if unit == Unit::Generic {
        return 4;
    }
    // Weeks print as days.
    let unit = if unit == Unit::W { Unit::D } else { unit };
    let mut len: usize = STEPS
        .iter()
        .filter(|(u, _)| *u <= unit && *u != Unit::W)
        .map(|(_, n)| n)
        .sum();
    if unit >= Unit::H {
        len += if local { 5 } else { 1 };
    }
    len + 1
}

/// `can_cast_timedelta64_units` under 'same_kind': years and months on one
/// side of the barrier, every other unit on the other.
pub fn timedelta_same_kind(src: Unit, dst: Unit) -> bool {
    if src == Unit::Generic || dst == Unit::Generic {
        return src == Unit::Generic;
    }
    src.nonlinear() == dst.nonlinear()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn calendar_round_trips() {
        // np.datetime64('2005-02-25').astype(int) -> 12839
        let d = Dts {
            year: 2005,
            month: 2,
            day: 25,
            ..Dts::default()
        };
        assert_eq!(from_dts(Unit::D, &d), 12839);
        assert_eq!(format_iso(Unit::D, 12839), "2005-02-25");
        for days in [-800_000, -1, 0, 59, 365 * 400, 2_932_896] {
            let (y, m, dd) = civil_from_days(days);
            assert_eq!(days_from_civil(y, m, dd), days);
        }
        // np.datetime64('1969-12-31T23:59:59.5', 'ms')
        assert_eq!(format_iso(Unit::Ms, -500), "1969-12-31T23:59:59.500");
        assert_eq!(format_iso(Unit::W, 2817), "2023-12-28");
    }

    #[test]
    fn parses_iso_strings_with_numpy_errors() {
        let Ok(Parsed::At(d, u)) = parse_iso("2005-02-25T03:30") else {
            panic!("parses")
        };
        assert_eq!((d.hour, d.min, u), (3, 30, Unit::Min));
        let e = |s: &str| parse_iso(s).err().map(|e| e.message).unwrap_or_default();
        assert_eq!(
            e("2024-13-01"),
            "Month out of range in datetime string \"2024-13-01\""
        );
        assert_eq!(
            e("garbage"),
            "Error parsing datetime string \"garbage\" at position 0"
        );
        assert_eq!(
            e("2024-1"),
            "Error parsing datetime string \"2024-1\" at position 5"
        );
        assert!(matches!(parse_iso("NaT"), Ok(Parsed::NaT)));
    }

    #[test]
    fn units_promote_and_convert() {
        assert_eq!(common_unit(Unit::D, Unit::H, true, true).unwrap(), Unit::H);
        assert!(common_unit(Unit::Y, Unit::D, true, true).is_err());
        assert_eq!(
            common_unit(Unit::M, Unit::D, false, false).unwrap(),
            Unit::D
        );
        // np.timedelta64(3, 'D').astype('m8[h]') -> 72; (-1 h) in days -> -1
        assert_eq!(cast_timedelta(Unit::D, Unit::H, 3).unwrap(), 72);
        assert_eq!(cast_timedelta(Unit::H, Unit::D, -1).unwrap(), -1);
        assert_eq!(cast_datetime(Unit::D, Unit::M, 12839).unwrap(), 421);
    }
}
