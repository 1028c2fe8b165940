//! `re.RegexFlag`, the IntFlag whose members are `re.I`, `re.M`, ...: an
//! int that prints by name, as Python 3.11's `enum.Flag` prints it.

use super::parse::{
    ASCII, DEBUG, DOTALL, IGNORECASE, LOCALE, MULTILINE, TEMPLATE, UNICODE, VERBOSE,
};
use crate::eval::value::TypeObj;
use crate::syntax::ast::BinOp;

/// `type(re.I)`.
pub const TYPE: TypeObj = TypeObj::Named("RegexFlag");

/// The members in definition order, which a combination's repr follows.
const MEMBERS: &[(&str, u32)] = &[
    ("ASCII", ASCII),
    ("IGNORECASE", IGNORECASE),
    ("LOCALE", LOCALE),
    ("UNICODE", UNICODE),
    ("MULTILINE", MULTILINE),
    ("DOTALL", DOTALL),
    ("VERBOSE", VERBOSE),
    ("TEMPLATE", TEMPLATE),
    ("DEBUG", DEBUG),
];

/// Every member's bit: `~` stays inside them (the KEEP boundary).
const ALL: u32 =
    ASCII | IGNORECASE | LOCALE | UNICODE | MULTILINE | DOTALL | VERBOSE | TEMPLATE | DEBUG;

/// `Flag.__repr__`: the members' names joined by `|`, bits no member has as
/// one hex number after them, `re.NOFLAG` for none.
pub fn repr(f: u32) -> String {
    let mut parts: Vec<String> = MEMBERS
        .iter()
        .filter(|(_, bit)| f & bit != 0)
        .map(|(name, _)| format!("re.{name}"))
        .collect();
    if f & !ALL != 0 {
        parts.push(format!("{:#x}", f & !ALL));
    }
    if parts.is_empty() {
        "re.NOFLAG".into()
    } else {
        parts.join("|")
    }
}

/// The member's name (`re.I.name`); a combination's names joined by `|`.
pub fn name(f: u32) -> Option<String> {
    let names: Vec<&str> = MEMBERS
        .iter()
        .filter(|(_, bit)| f & bit != 0)
        .map(|(name, _)| *name)
        .collect();
    (!names.is_empty() && f & !ALL == 0).then(|| names.join("|"))
}

/// `~flag`.
pub fn invert(f: u32) -> u32 {
    !f & ALL
}

/// `&`, `|`, `^` of a flag with a flag or a non-negative int keep the
/// RegexFlag type; every other operation is the int's.
pub fn bitwise(op: BinOp, a: u32, b: &num_bigint::BigInt) -> Option<u32> {
    let b = u32::try_from(b).ok()?;
    match op {
        BinOp::BitAnd => Some(a & b),
        BinOp::BitOr => Some(a | b),
        BinOp::BitXor => Some(a ^ b),
        _ => None,
    }
}
