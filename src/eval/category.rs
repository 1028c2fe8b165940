//! matplotlib's categorical axes (`matplotlib/category.py`): an axis given
//! strings maps each to a position, 0, 1, 2… in the order first seen
//! (`UnitData`, one mapping per axis, shared by twinned axes), and from then
//! on its ticks are those positions labelled with the strings
//! (`StrCategoryLocator`/`StrCategoryFormatter`). Numbers stay numbers on
//! such an axis, as `convert_units` passes natively numeric data through.

use super::Value;
use super::strarray::{self, StrArray};
use crate::array::Array;
use crate::error::{Error, Result};
use std::cell::RefCell;
use std::rc::Rc;

/// One axis' `UnitData._mapping`: the categories in the order first seen.
pub type Units = Rc<RefCell<Vec<Rc<str>>>>;

/// Data for one axis: the float positions the axes draw and autoscale by,
/// and the string array itself when it was categorical (a line keeps it).
pub struct Converted {
    pub positions: Array,
    pub text: Option<StrArray>,
}

/// How the call hands its data to `Axis.update_units`: `plot` converts it
/// with `np.asarray` first (so `['a', 1]` is two strings), while `bar` and
/// `scatter` hand over the values as given, which `UnitData.update` checks
/// one by one.
#[derive(Clone, Copy, PartialEq)]
pub enum Given {
    AsArray,
    Raw,
}

/// Converts `v` for an axis: numbers as `np.asarray` makes them, strings
/// through the axis' categories (adding the new ones).
pub fn convert(units: &Units, v: &Value, given: Given) -> Result<Converted> {
    if !strarray::holds_text(v) {
        return Ok(Converted {
            positions: super::convert::to_array(v, None)?,
            text: None,
        });
    }
    if given == Given::Raw {
        check_raw(v, !units.borrow().is_empty())?;
    }
    let Some(text) = strarray::as_text(v)? else {
        unreachable!("the value holds text")
    };
    let mut map = units.borrow_mut();
    let positions = text
        .strings()
        .into_iter()
        .map(|s| match map.iter().position(|c| *c == s) {
            Some(i) => i as f64,
            None => {
                map.push(s);
                (map.len() - 1) as f64
            }
        })
        .collect::<Vec<f64>>();
    let positions = Array::from_vec(positions, text.shape().to_vec());
    Ok(Converted {
        positions,
        text: Some(text),
    })
}

/// `UnitData.update`'s check of each value of a sequence whose first item
/// chose the category converter: strings only. On an axis that has its
/// converter already, matplotlib wraps the error in its own
/// `ConversionError`, which npcalc does not have.
fn check_raw(v: &Value, has_units: bool) -> Result<()> {
    let items: Vec<Value> = match v {
        Value::List(l) => l.iter().collect(),
        Value::Tuple(t) => t.to_vec(),
        _ => return Ok(()),
    };
    if items.first().is_none_or(|x| strarray::text_of(x).is_none()) {
        return Err(super::pyplot::unsupported(
            "plot data mixing numbers and strings that starts with a number",
        ));
    }
    match items.iter().find(|x| strarray::text_of(x).is_none()) {
        Some(_) if has_units => Err(super::pyplot::unsupported(
            "data mixing strings and numbers on an axis that already has categories",
        )),
        Some(x) => Err(Error::type_error(format!(
            "'value' must be an instance of str or bytes, not a {}",
            x.type_name()
        ))),
        None => Ok(()),
    }
}

/// `StrCategoryLocator()`: the positions, as the plain list it returns.
pub fn ticks(units: &Units) -> Value {
    Value::list((0..units.borrow().len()).map(Value::int).collect())
}

/// The positions and labels of the ticks (`StrCategoryFormatter`).
pub fn labels(units: &Units) -> Vec<(usize, String)> {
    units
        .borrow()
        .iter()
        .enumerate()
        .map(|(i, s)| (i, s.to_string()))
        .collect()
}
