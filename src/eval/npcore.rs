//! `numpy.core`, NumPy 2's deprecated alias of its private `numpy._core`
//! (numpy/core/__init__.py, numpy/core/<sub>.py, numpy/core/_utils.py):
//! each module's `__getattr__` warns and hands over `numpy._core`'s object,
//! which for most names is numpy's public one. Old lessons import through
//! it (`from numpy.core.fromnumeric import size`).

use super::Interp;
use super::value::{Module, Value};
use crate::array::signals;
use crate::error::{Error, Exc, Result};

/// `numpy.core` (`""`) or `numpy.core.<sub>` as `import` finds it: the shim
/// module, whose attributes warn; Python's import binds it on `numpy.core`.
pub fn import(it: &mut Interp, module: &str) -> Option<Value> {
    let sub = match module.strip_prefix("numpy.core") {
        Some("") => "",
        Some(rest) => rest.strip_prefix('.')?,
        None => return None,
    };
    let (sub, _) = table(sub).filter(|(s, _)| !s.is_empty() || sub.is_empty())?;
    if !sub.is_empty() && !it.core_imported.contains(&sub) {
        it.core_imported.push(sub);
    }
    Some(Value::Module(Module::Core(sub, true)))
}

/// `numpy._core`'s names (`""`) or one submodule's, with the static name.
fn table(sub: &str) -> Option<(&'static str, &'static [(&'static str, bool)])> {
    super::upstream::NUMPY_CORE
        .iter()
        .find(|(s, _)| *s == sub)
        .map(|(s, names)| (*s, *names))
}

/// The module's dotted name: the shim's, or `numpy._core`'s own.
pub fn name(sub: &str, shim: bool) -> String {
    let base = if shim { "numpy.core" } else { "numpy._core" };
    if sub.is_empty() {
        base.to_string()
    } else {
        format!("{base}.{sub}")
    }
}

/// `getattr(module, attr)`. The shim raises what `numpy._core` raises for
/// a name it lacks (numpy.core quotes the name; a submodule does not), and
/// otherwise warns as `_raise_warning` does. `numpy.core.<sub>` reached as
/// an attribute of `numpy.core` is the shim once imported (bound there, so
/// no `__getattr__` runs), else `numpy._core.<sub>` as `__getattr__` gives it.
pub fn attr(it: &mut Interp, sub: &'static str, shim: bool, attr: &str) -> Result<Value> {
    let (_, names) = table(sub).expect("a numpy._core module npcalc listed");
    if shim
        && sub.is_empty()
        && let Some(&bound) = it.core_imported.iter().find(|s| **s == attr)
    {
        return Ok(Value::Module(Module::Core(bound, true)));
    }
    let Ok(i) = names.binary_search_by(|(n, _)| (*n).cmp(attr)) else {
        let message = if shim && !sub.is_empty() {
            format!("module '{}' has no attribute {attr}", name(sub, true))
        } else {
            format!("module '{}' has no attribute '{attr}'", name(sub, false))
        };
        return Err(Error::attribute_error(message));
    };
    let (found, public) = names[i];
    if shim {
        let new = name(sub, false);
        signals::warn(
            "DeprecationWarning",
            format!(
                "{} is deprecated and has been renamed to {new}. The numpy._core namespace contains private NumPy internals and its use is discouraged, as NumPy internals can change without warning in any release. In practice, most real-world usage of numpy.core is to access functionality in the public NumPy API. If that is the case, use the public NumPy API. If not, you are using NumPy internals. If you would still like to access an internal attribute, use {new}.{attr}.",
                name(sub, true)
            ),
        );
    }
    if sub.is_empty()
        && let Some((s, _)) = table(found).filter(|(s, _)| !s.is_empty())
    {
        return Ok(Value::Module(Module::Core(s, false)));
    }
    if public {
        return it.getattr(&Value::Module(Module::Numpy), found);
    }
    Err(Error::new(
        Exc::NotImplementedError,
        format!(
            "npcalc does not support {}.{attr}, one of NumPy's private internals",
            name(sub, false)
        ),
    ))
}

/// What `dir` lists on the module.
pub fn members(sub: &str) -> Vec<&'static str> {
    table(sub).map_or_else(Vec::new, |(_, names)| {
        names.iter().map(|(n, _)| *n).collect()
    })
}
