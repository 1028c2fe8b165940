//! Python's `sys`, the part lessons reach for: `sys.maxsize` (as in
//! `np.set_printoptions(threshold=sys.maxsize)`), `sys.float_info`,
//! `sys.byteorder` and `sys.getrecursionlimit()`, as CPython 3.11 on
//! 64-bit Linux has them. The rest is refused in a sentence.

use super::table::{FnDef, builtin};
use super::value::{NamedKind, Value};
use crate::error::{Error, Result};

static SYS: &[FnDef] = &[builtin!(
    "getrecursionlimit",
    [],
    "The most nested Python calls allowed (1000).",
    ["sys.getrecursionlimit()"],
    |_, _| Ok(Value::int(super::exec::RECURSION_LIMIT as i64))
)];

static FLOAT_INFO: NamedKind = NamedKind {
    qualname: "sys.float_info",
    fields: &[
        "max",
        "max_exp",
        "max_10_exp",
        "min",
        "min_exp",
        "min_10_exp",
        "dig",
        "mant_dig",
        "epsilon",
        "radix",
        "rounds",
    ],
};

/// `sys.NAME`.
pub fn attr(name: &str) -> Result<Value> {
    Ok(match name {
        "maxsize" => Value::int(i64::MAX),
        "byteorder" => Value::str("little"),
        "float_info" => FLOAT_INFO.make(vec![
            Value::Float(f64::MAX),
            Value::int(f64::MAX_EXP as i64),
            Value::int(f64::MAX_10_EXP as i64),
            Value::Float(f64::MIN_POSITIVE),
            Value::int(f64::MIN_EXP as i64),
            Value::int(f64::MIN_10_EXP as i64),
            Value::int(f64::DIGITS as i64),
            Value::int(f64::MANTISSA_DIGITS as i64),
            Value::Float(f64::EPSILON),
            Value::int(f64::RADIX as i64),
            Value::int(1),
        ]),
        _ => match SYS.iter().find(|f| f.name == name) {
            Some(f) => Value::Function(f),
            None => {
                return Err(Error::attribute_error(format!(
                    "npcalc's sys has only maxsize, float_info, byteorder and getrecursionlimit, not {name}"
                )));
            }
        },
    })
}

pub fn members() -> Vec<&'static str> {
    let mut names = vec!["maxsize", "byteorder", "float_info"];
    names.extend(SYS.iter().map(|f| f.name));
    names.sort_unstable();
    names
}
