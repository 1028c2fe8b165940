//! NumPy's business-day calendar on datetime64[D] day counts
//! (numpy/_core/src/multiarray/datetime_busday.c and datetime_busdaycal.c):
//! weekmasks, normalized holiday lists, the roll rules, and the kernels of
//! `np.busday_offset`, `np.busday_count` and `np.is_busday`.

use super::datetime::{self as dt, NAT, Unit};
use crate::error::{Error, Result};

/// Monday first, as NumPy's weekmask is.
pub type Weekmask = [bool; 7];

/// The weekmask NumPy uses when none is given: Monday to Friday.
pub const WEEKDAYS: Weekmask = [true, true, true, true, true, false, false];

/// What to do with a date that is not a business day (`NPY_BUSDAY_ROLL`);
/// 'forward' and 'backward' are NumPy's names for following and preceding.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Roll {
    Following,
    Preceding,
    ModifiedFollowing,
    ModifiedPreceding,
    Nat,
    Raise,
}

impl Roll {
    /// `PyArray_BusDayRollConverter`.
    pub fn parse(s: &str) -> Result<Roll> {
        Ok(match s {
            "forward" | "following" => Roll::Following,
            "backward" | "preceding" => Roll::Preceding,
            "modifiedfollowing" => Roll::ModifiedFollowing,
            "modifiedpreceding" => Roll::ModifiedPreceding,
            "nat" => Roll::Nat,
            "raise" => Roll::Raise,
            _ => {
                return Err(Error::value_error(format!(
                    "Invalid business day roll parameter \"{s}\""
                )));
            }
        })
    }
}

/// A weekmask string, "1111100" or day names such as "Mon Tue" / "SatSun"
/// (`PyArray_WeekMaskConverter`).
pub fn parse_weekmask(s: &str) -> Result<Weekmask> {
    let b = s.as_bytes();
    // Seven characters all 0 or 1 are a mask; anything else is day names.
    if b.len() == 7 && b.iter().all(|&c| c == b'0' || c == b'1') {
        let mut mask = [false; 7];
        for (m, &c) in mask.iter_mut().zip(b) {
            *m = c == b'1';
        }
        return Ok(mask);
    }
    let invalid = || Error::value_error(format!("Invalid business day weekmask string \"{s}\""));
    const NAMES: [&[u8; 3]; 7] = [b"Mon", b"Tue", b"Wed", b"Thu", b"Fri", b"Sat", b"Sun"];
    let mut mask = [false; 7];
    let mut i = 0;
    while i < b.len() {
        while i < b.len() && b[i].is_ascii_whitespace() {
            i += 1;
        }
        if i == b.len() {
            break;
        }
        if i + 2 >= b.len() {
            return Err(invalid());
        }
        let day = NAMES
            .iter()
            .position(|n| n[..] == b[i..i + 3])
            .ok_or_else(invalid)?;
        mask[day] = true;
        i += 3;
    }
    Ok(mask)
}

/// The day of the week of a day count, Monday 0 (1970-01-05 was a Monday).
fn day_of_week(date: i64) -> usize {
    (date - 4).rem_euclid(7) as usize
}

/// Months since 1970 of a day count (`days_to_month_number`).
fn month_number(date: i64) -> i64 {
    dt::cast_datetime(Unit::D, Unit::M, date).unwrap_or(NAT)
}

/// A weekmask with its sorted, deduplicated holidays that fall on its
/// business days (`normalize_holidays_list`): what the kernels read.
pub struct Calendar {
    mask: Weekmask,
    busdays: i64,
    holidays: Vec<i64>,
}

impl Calendar {
    pub fn new(mask: Weekmask, mut holidays: Vec<i64>) -> Calendar {
        holidays.sort_unstable();
        holidays.dedup();
        holidays.retain(|&d| d != NAT && mask[day_of_week(d)]);
        Calendar {
            mask,
            busdays: mask.iter().filter(|&&m| m).count() as i64,
            holidays,
        }
    }

    /// The error every kernel gives for a mask without business days.
    pub fn check(&self) -> Result<()> {
        if self.busdays == 0 {
            return Err(Error::value_error(
                "the business day weekmask must have at least one valid business day",
            ));
        }
        Ok(())
    }

    fn is_holiday(&self, date: i64) -> bool {
        self.holidays.binary_search(&date).is_ok()
    }

    fn open(&self, date: i64) -> bool {
        self.mask[day_of_week(date)] && !self.is_holiday(date)
    }

    /// Holidays before `date` (`find_earliest_holiday_on_or_after`'s index).
    fn before(&self, date: i64) -> usize {
        self.holidays.partition_point(|&h| h < date)
    }

    /// Holidays on or before `date` (`find_earliest_holiday_after`'s index).
    fn through(&self, date: i64) -> usize {
        self.holidays.partition_point(|&h| h <= date)
    }

    /// `is_business_day` of one date: NaT is not one.
    pub fn is_busday(&self, date: i64) -> bool {
        date != NAT && self.open(date)
    }

    fn step_to_open(&self, mut date: i64, by: i64) -> i64 {
        loop {
            date += by;
            if self.open(date) {
                return date;
            }
        }
    }

    /// `apply_business_day_roll`.
    fn roll(&self, date: i64, roll: Roll) -> Result<i64> {
        if date == NAT {
            if roll == Roll::Raise {
                return Err(Error::value_error("NaT input in busday_offset"));
            }
            return Ok(NAT);
        }
        if self.open(date) {
            return Ok(date);
        }
        Ok(match roll {
            Roll::Following | Roll::ModifiedFollowing => {
                let next = self.step_to_open(date, 1);
                // A modified roll that leaves the month goes the other way.
                if roll == Roll::ModifiedFollowing && month_number(next) != month_number(date) {
                    self.step_to_open(date, -1)
                } else {
                    next
                }
            }
            Roll::Preceding | Roll::ModifiedPreceding => {
                let prev = self.step_to_open(date, -1);
                if roll == Roll::ModifiedPreceding && month_number(prev) != month_number(date) {
                    self.step_to_open(date, 1)
                } else {
                    prev
                }
            }
            Roll::Nat => NAT,
            Roll::Raise => {
                return Err(Error::value_error("Non-business day date in busday_offset"));
            }
        })
    }

    /// `apply_business_day_offset`: roll, jump whole weeks, then step
    /// over the remaining business days and the holidays crossed.
    pub fn offset(&self, date: i64, offset: i64, roll: Roll) -> Result<i64> {
        let mut date = self.roll(date, roll)?;
        if date == NAT {
            return Ok(NAT);
        }
        let mut offset = offset;
        if offset > 0 {
            let begin = self.before(date);
            date += (offset / self.busdays) * 7;
            offset %= self.busdays;
            offset += (self.through(date) - begin) as i64;
            while offset > 0 {
                date += 1;
                if self.open(date) {
                    offset -= 1;
                }
            }
        } else if offset < 0 {
            let end = self.through(date);
            date += (offset / self.busdays) * 7;
            offset %= self.busdays;
            offset -= (end - self.before(date).min(end)) as i64;
            while offset < 0 {
                date -= 1;
                if self.open(date) {
                    offset += 1;
                }
            }
        }
        Ok(date)
    }

    /// `apply_business_day_count`: business days in [begin, end), negative
    /// when end comes first.
    pub fn count(&self, begin: i64, end: i64) -> Result<i64> {
        if begin == NAT || end == NAT {
            return Err(Error::value_error(
                "Cannot compute a business day count with a NaT (not-a-time) date",
            ));
        }
        let (mut begin, end, swapped) = match begin.cmp(&end) {
            std::cmp::Ordering::Equal => return Ok(0),
            // Swapped, the original end is excluded and the begin included (gh-23197).
            std::cmp::Ordering::Greater => (end + 1, begin + 1, true),
            std::cmp::Ordering::Less => (begin, end, false),
        };
        let mut count = -((self.before(end) - self.before(begin)) as i64);
        let weeks = (end - begin) / 7;
        count += weeks * self.busdays;
        begin += weeks * 7;
        while begin < end {
            count += i64::from(self.mask[day_of_week(begin)]);
            begin += 1;
        }
        Ok(if swapped { -count } else { count })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weekmask_strings() {
        assert_eq!(parse_weekmask("1111100").unwrap(), WEEKDAYS);
        assert_eq!(
            parse_weekmask("Sat Sun").unwrap(),
            [false, false, false, false, false, true, true]
        );
        assert_eq!(
            parse_weekmask("MonTueWed").unwrap(),
            [true, true, true, false, false, false, false]
        );
        assert!(parse_weekmask("Mun").is_err());
        assert!(parse_weekmask("1101102").is_err());
    }

    #[test]
    fn offsets_and_counts() {
        // np.busday_offset('2011-06-23', 2) -> '2011-06-27'; 2011-06-23 is day 15148
        let cal = Calendar::new(WEEKDAYS, vec![]);
        assert_eq!(cal.offset(15148, 2, Roll::Raise).unwrap(), 15152);
        // np.busday_count('2011-07-11', '2011-07-18') -> 5, reversed -> -5
        assert_eq!(cal.count(15166, 15173).unwrap(), 5);
        assert_eq!(cal.count(15173, 15166).unwrap(), -5);
    }
}
