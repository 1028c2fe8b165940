//! Unicode character properties from Python 3.11's unicodedata, for the
//! places npcalc needs them: the East Asian width that `unicodedata` reports
//! and that CPython's traceback carets count as display columns.

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

/// The East Asian width class of `c`.
pub fn east_asian_width(c: char) -> Eaw {
    let c = c as u32;
    eaw::RANGES
        .binary_search_by(|&(lo, hi, _)| {
            if hi < c {
                std::cmp::Ordering::Less
            } else if lo > c {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        })
        .map_or(Eaw::N, |i| eaw::RANGES[i].2)
}

/// Whether a terminal shows `c` in two columns (class W or F), as
/// CPython's `_PyPegen_calculate_display_width` counts it.
pub fn is_wide(c: char) -> bool {
    matches!(east_asian_width(c), Eaw::W | Eaw::F)
}
