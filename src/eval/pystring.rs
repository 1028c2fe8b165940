//! Python's `string` module as CPython 3.11's Lib/string.py has it: the
//! character-class constants and `capwords`. Its `Template` and
//! `Formatter` classes are refused by name (from `upstream.rs`).

use super::classes::call_with;
use super::table::{Args, FnDef, p, python_fn};
use super::{Interp, Value};
use crate::error::Result;

const WHITESPACE: &str = " \t\n\r\x0b\x0c";
const LOWERCASE: &str = "abcdefghijklmnopqrstuvwxyz";
const UPPERCASE: &str = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const DIGITS: &str = "0123456789";
const OCTDIGITS: &str = "01234567";
const PUNCTUATION: &str = r##"!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"##;

pub const CONSTANTS: &[&str] = &[
    "ascii_letters",
    "ascii_lowercase",
    "ascii_uppercase",
    "digits",
    "hexdigits",
    "octdigits",
    "punctuation",
    "printable",
    "whitespace",
];

/// The constants, composed as string.py composes them.
pub fn constant(name: &str) -> Option<Value> {
    let text = match name {
        "whitespace" => WHITESPACE.to_string(),
        "ascii_lowercase" => LOWERCASE.to_string(),
        "ascii_uppercase" => UPPERCASE.to_string(),
        "ascii_letters" => format!("{LOWERCASE}{UPPERCASE}"),
        "digits" => DIGITS.to_string(),
        "hexdigits" => format!("{DIGITS}abcdefABCDEF"),
        "octdigits" => OCTDIGITS.to_string(),
        "punctuation" => PUNCTUATION.to_string(),
        "printable" => format!("{DIGITS}{LOWERCASE}{UPPERCASE}{PUNCTUATION}{WHITESPACE}"),
        _ => return None,
    };
    Some(Value::str(&text))
}

pub static STRING: &[FnDef] = &[python_fn!(
    "capwords",
    [
        p!(Normal "s", "The text."),
        p!(Normal "sep" = "None", "The separator to split and join by (None: runs of whitespace, joined by a space).")
    ],
    "Each word of s capitalised, split by sep and joined again.",
    capwords
)];

/// `(sep or ' ').join(map(str.capitalize, s.split(sep)))`, by the
/// arguments' own methods so that their errors are Python's.
fn capwords(it: &mut Interp, args: &Args) -> Result<Value> {
    let (s, sep) = (args.get("s"), args.get("sep"));
    // Python looks `join` up before it evaluates join's argument.
    let joiner = if it.truthy(&sep)? {
        sep.clone()
    } else {
        Value::str(" ")
    };
    let join = it.getattr(&joiner, "join")?;
    let split = it.getattr(&s, "split")?;
    let words = call_with(it, &split, vec![sep.clone()])?;
    let mut capitalized = Vec::new();
    let mut items = super::searched(&words)?;
    while let Some(word) = items.next_item(it)? {
        let capitalize = it.getattr(&word, "capitalize")?;
        capitalized.push(call_with(it, &capitalize, vec![])?);
    }
    call_with(it, &join, vec![Value::list(capitalized)])
}
