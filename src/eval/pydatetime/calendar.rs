//! The proleptic Gregorian calendar as CPython's datetime helpers count it.

use super::*;

pub(super) fn is_leap(y: i64) -> bool {
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

pub(super) fn days_before_month(y: i64, m: i64) -> i64 {
    const BEFORE: [i64; 13] = [0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];
    BEFORE[m as usize] + i64::from(m > 2 && is_leap(y))
}

pub(super) fn days_before_year(y: i64) -> i64 {
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

pub(super) fn out_of_range() -> Error {
    Error::new(Exc::OverflowError, "date value out of range")
}

/// The date `days` after ordinal day 1, checked as CPython's `normalize_date`.
pub(super) fn date_at(ordinal: i64) -> Result<Ymd> {
    if (1..=MAXORDINAL).contains(&ordinal) {
        Ok(Ymd::from_ordinal(ordinal))
    } else {
        Err(out_of_range())
    }
}

impl Ymd {
    /// CPython's `iso_week1_monday` of this date's year: the ordinal of the
    /// Monday of ISO week 1.
    pub(super) fn iso_week1_monday(self) -> i64 {
        let first = Ymd {
            y: self.y,
            m: 1,
            d: 1,
        }
        .ordinal();
        let weekday = (first + 6) % 7;
        let monday = first - weekday;
        if weekday > 3 { monday + 7 } else { monday }
    }

    /// `isocalendar()`: (ISO year, week, weekday with Monday 1).
    pub fn iso_calendar(self) -> (i64, i64, i64) {
        let today = self.ordinal();
        let mut year = self.y;
        let monday = |y: i64| Ymd { y, m: 1, d: 1 }.iso_week1_monday();
        let (mut week, mut day) = (today - monday(year)).div_mod_floor(&7);
        if week < 0 {
            year -= 1;
            (week, day) = (today - monday(year)).div_mod_floor(&7);
        } else if week >= 52 && today >= monday(year + 1) {
            year += 1;
            week = 0;
        }
        (year, week + 1, day + 1)
    }
}
