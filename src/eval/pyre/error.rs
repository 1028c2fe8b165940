//! `re.error`, whose text names the position (and, in a pattern of several
//! lines, the line and column) as `re._constants.error.__init__` writes it.

use crate::error::{Error, Exc};

pub fn re_error(msg: &str, pattern: &str, pos: usize) -> Error {
    let before: String = pattern.chars().take(pos).collect();
    let mut text = format!("{msg} at position {pos}");
    if pattern.contains('\n') {
        let lineno = before.matches('\n').count() + 1;
        let colno = match before.rfind('\n') {
            Some(nl) => pos - before[..nl].chars().count(),
            None => pos + 1,
        };
        text = format!("{text} (line {lineno}, column {colno})");
    }
    Error::new(Exc::ReError, text)
}
