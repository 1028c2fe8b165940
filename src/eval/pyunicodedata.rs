//! Python's `unicodedata` module, the part a lesson reaches for when it lines
//! up CJK text: `east_asian_width`, read from the table in `crate::unicode`
//! that Python 3.11's own database generated, and `unidata_version`. Its
//! other names are refused by name (from `upstream.rs`).

use super::table::{Args, FnDef, Owner, p};
use super::{Interp, Value};
use crate::error::{Error, Result};

pub static UNICODEDATA: &[FnDef] = &[FnDef {
    name: "east_asian_width",
    owner: Owner::Builtin,
    error_name: Some("unicodedata.east_asian_width"),
    params: &[p!(PositionalOnly "chr", "A one-character string.")],
    doc: "The character's East Asian width class: 'F', 'H', 'W', 'Na', 'A' or 'N'.",
    examples: &[
        "unicodedata.east_asian_width('漢')",
        "unicodedata.east_asian_width('a')",
    ],
    imp: east_asian_width,
}];

/// The module's values besides its functions.
pub fn constant(name: &str) -> Option<Value> {
    (name == "unidata_version").then(|| Value::str(crate::unicode::UNIDATA_VERSION))
}

fn east_asian_width(_: &mut Interp, args: &Args) -> Result<Value> {
    // Argument Clinic's `int(accept={str})` converter: one character.
    let v = args.get("chr");
    let one = match &v {
        Value::Str(s) | Value::NpStr(s) => {
            let mut chars = s.chars();
            match (chars.next(), chars.next()) {
                (Some(c), None) => Some(c),
                _ => None,
            }
        }
        _ => None,
    };
    match one {
        Some(c) => Ok(Value::str(crate::unicode::east_asian_width(c).name())),
        None => Err(Error::type_error(format!(
            "east_asian_width() argument must be a unicode character, not {}",
            super::argerrors::clinic_type_name(&v)
        ))),
    }
}
