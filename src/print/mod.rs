//! NumPy-exact text for every value. The printer takes a value and the print
//! options and returns text; it never evaluates and never colours.

mod array;
mod float;
mod masked;
pub mod pretty;

mod scalar;

pub use crate::error::py_str_repr;
pub use array::{
    array_repr, array_repr_around, array_str, array2string, array2string_texts, array2string_words,
    close_repr, shown_elements,
};
pub use float::{Dragon4, Real, Trim, positional, py_float_repr, scientific};
pub use masked::{masked_repr, masked_str};
pub use scalar::{dtype_repr, py_complex_repr, scalar_repr, scalar_str};

use crate::error::{Error, Result};

/// `np.set_printoptions`' floatmode.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FloatMode {
    Fixed,
    Unique,
    MaxPrec,
    MaxPrecEqual,
}

impl FloatMode {
    pub fn parse(s: &str) -> Result<FloatMode> {
        Ok(match s {
            "fixed" => FloatMode::Fixed,
            "unique" => FloatMode::Unique,
            "maxprec" => FloatMode::MaxPrec,
            "maxprec_equal" => FloatMode::MaxPrecEqual,
            _ => {
                return Err(Error::value_error(
                    "floatmode option must be one of \"fixed\", \"unique\", \"maxprec\", \"maxprec_equal\"",
                ));
            }
        })
    }

    pub fn name(self) -> &'static str {
        match self {
            FloatMode::Fixed => "fixed",
            FloatMode::Unique => "unique",
            FloatMode::MaxPrec => "maxprec",
            FloatMode::MaxPrecEqual => "maxprec_equal",
        }
    }
}

/// `np.set_printoptions`' sign.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sign {
    Minus,
    Plus,
    Space,
}

impl Sign {
    pub fn parse(s: &str) -> Result<Sign> {
        Ok(match s {
            "-" => Sign::Minus,
            "+" => Sign::Plus,
            " " => Sign::Space,
            _ => {
                return Err(Error::value_error(
                    "sign option must be one of ' ', '+', or '-'",
                ));
            }
        })
    }

    pub fn name(self) -> &'static str {
        match self {
            Sign::Minus => "-",
            Sign::Plus => "+",
            Sign::Space => " ",
        }
    }
}

/// NumPy's print options (`np.get_printoptions()`), defaults as NumPy's.
#[derive(Clone, Debug, PartialEq)]
pub struct PrintOptions {
    pub precision: usize,
    pub threshold: usize,
    pub edgeitems: usize,
    pub linewidth: usize,
    pub suppress: bool,
    pub nanstr: String,
    pub infstr: String,
    pub sign: Sign,
    pub floatmode: FloatMode,
}

impl Default for PrintOptions {
    fn default() -> Self {
        PrintOptions {
            precision: 8,
            threshold: 1000,
            edgeitems: 3,
            linewidth: 75,
            suppress: false,
            nanstr: "nan".into(),
            infstr: "inf".into(),
            sign: Sign::Minus,
            floatmode: FloatMode::MaxPrec,
        }
    }
}

/// `str.splitlines(keepends)`: split at every line boundary Python knows
/// (NumPy splits an element's text so when it wraps a line).
pub fn split_lines(s: &str, keep: bool) -> Vec<&str> {
    let mut lines = Vec::new();
    let mut start = 0;
    let mut chars = s.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let brk = matches!(
            c,
            '\n' | '\r'
                | '\x0b'
                | '\x0c'
                | '\x1c'
                | '\x1d'
                | '\x1e'
                | '\u{85}'
                | '\u{2028}'
                | '\u{2029}'
        );
        if !brk {
            continue;
        }
        let mut next = i + c.len_utf8();
        if c == '\r' && chars.peek().is_some_and(|&(_, n)| n == '\n') {
            chars.next();
            next += 1;
        }
        lines.push(&s[start..if keep { next } else { i }]);
        start = next;
    }
    if start < s.len() {
        lines.push(&s[start..]);
    }
    lines
}
