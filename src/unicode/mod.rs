//! Unicode character properties from Python 3.11's unicodedata, for the
//! places npcalc needs them: the East Asian width that `unicodedata` reports
//! and that CPython's traceback carets count as display columns, and the
//! letters and numeric characters of `str.isalpha` and `str.isnumeric`.

mod classes;
mod eaw;

pub use eaw::UNIDATA_VERSION;

/// A code point's East Asian width class (UAX #11).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Eaw {
    N,
    Na,
    H,
    W,
    F,
    A,
}

impl Eaw {
    /// The class as `unicodedata.east_asian_width` spells it.
    pub fn name(self) -> &'static str {
        match self {
            Eaw::N => "N",
            Eaw::Na => "Na",
            Eaw::H => "H",
            Eaw::W => "W",
            Eaw::F => "F",
            Eaw::A => "A",
        }
    }
}

/// Where `c` falls among sorted, disjoint inclusive ranges (the first two
/// fields of each entry).
fn find<T>(ranges: &[T], c: char, bounds: impl Fn(&T) -> (u32, u32)) -> Option<usize> {
    let c = c as u32;
    ranges
        .binary_search_by(|r| {
            let (lo, hi) = bounds(r);
            if hi < c {
                std::cmp::Ordering::Less
            } else if lo > c {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        })
        .ok()
}

/// The East Asian width class of `c`.
pub fn east_asian_width(c: char) -> Eaw {
    find(eaw::RANGES, c, |&(lo, hi, _)| (lo, hi)).map_or(Eaw::N, |i| eaw::RANGES[i].2)
}

/// Whether `str.isnumeric` accepts `c`: Numeric_Type Digit, Decimal or
/// Numeric, which takes in the CJK ideographs with a numeric value (一, 万)
/// that Rust's `char::is_numeric` (categories Nd, Nl, No) leaves out.
pub fn is_numeric(c: char) -> bool {
    find(classes::NUMERIC, c, |&r| r).is_some()
}

/// Whether `str.isalpha` accepts `c`: a letter (category L*), not Rust's
/// wider Alphabetic property, which adds letter numbers and combining marks.
pub fn is_alpha(c: char) -> bool {
    find(classes::ALPHA, c, |&r| r).is_some()
}

/// Whether a terminal shows `c` in two columns (class W or F), as
/// CPython's `_PyPegen_calculate_display_width` counts it.
pub fn is_wide(c: char) -> bool {
    matches!(east_asian_width(c), Eaw::W | Eaw::F)
}
