//! Python's `__future__` module: its `_Feature` records (the table in
//! syntax/future.rs, which the parser checks imports against) and the
//! compiler flags named after them.

use super::value::Value;
use crate::error::{Error, Exc, Result};
use crate::print::PrintOptions;
use crate::syntax::future::{FEATURES, Feature, Release};

fn release(r: Release) -> Value {
    let (major, minor, micro, level, serial) = r;
    Value::tuple(vec![
        Value::int(major),
        Value::int(minor),
        Value::int(micro),
        Value::str(level),
        Value::int(serial),
    ])
}

fn mandatory(f: &Feature) -> Value {
    f.mandatory.map_or(Value::None, release)
}

/// `__future__.NAME`.
pub fn module_attr(name: &str) -> Result<Value> {
    if let Some(f) = FEATURES.iter().find(|f| f.name == name) {
        return Ok(Value::Feature(f));
    }
    if let Some(f) = FEATURES.iter().find(|f| f.flag_name == name) {
        return Ok(Value::int(f.compiler_flag));
    }
    match name {
        "all_feature_names" => Ok(Value::list(
            FEATURES.iter().map(|f| Value::str(f.name)).collect(),
        )),
        "_Feature" => Err(Error::new(
            Exc::NotImplementedError,
            "npcalc does not support making __future__._Feature objects",
        )),
        _ => Err(Error::attribute_error(format!(
            "module '__future__' has no attribute '{name}'"
        ))),
    }
}

pub fn members() -> Vec<&'static str> {
    let mut names: Vec<&str> = FEATURES.iter().map(|f| f.name).collect();
    names.extend(FEATURES.iter().map(|f| f.flag_name));
    names.push("all_feature_names");
    names
}

/// A `_Feature`'s attributes.
pub fn attr(f: &Feature, name: &str) -> Result<Value> {
    match name {
        "optional" => Ok(release(f.optional)),
        "mandatory" => Ok(mandatory(f)),
        "compiler_flag" => Ok(Value::int(f.compiler_flag)),
        "getOptionalRelease" | "getMandatoryRelease" => Err(Error::new(
            Exc::NotImplementedError,
            format!("npcalc does not support _Feature.{name}(); read .optional or .mandatory"),
        )),
        _ => Err(Error::attribute_error(format!(
            "'_Feature' object has no attribute '{name}'"
        ))),
    }
}

/// `_Feature.__repr__`: `_Feature(optional, mandatory, compiler_flag)`.
pub fn repr(f: &Feature, o: &PrintOptions) -> String {
    format!(
        "_Feature({}, {}, {})",
        super::repr::repr(&release(f.optional), o),
        super::repr::repr(&mandatory(f), o),
        f.compiler_flag
    )
}
