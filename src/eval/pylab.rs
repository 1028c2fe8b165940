//! `pylab` and `matplotlib.pylab`: pyplot's and NumPy's names in one
//! namespace. Each name resolves through the namespace the oracle's pylab
//! took it from (`upstream::PYLAB`), so `pylab.random` is `np.random.random`
//! and `pylab.max` is the builtin, as there.

use super::value::{Module, Value};
use super::{Interp, builtins, upstream};
use crate::error::{Error, Exc, Result, Span};

/// Where pylab's `name` comes from, if pylab has it.
fn owner(name: &str) -> Option<&'static str> {
    upstream::PYLAB
        .binary_search_by_key(&name, |(n, _)| n)
        .ok()
        .map(|i| upstream::PYLAB[i].1)
}

/// `pylab.NAME` (`module` is the name it was imported under).
pub fn attr(it: &mut Interp, module: &str, name: &str) -> Result<Value> {
    let Some(owner) = owner(name) else {
        return Err(Error::attribute_error(format!(
            "module '{module}' has no attribute '{name}'"
        )));
    };
    if owner == "builtins" {
        return builtins::lookup(name).ok_or_else(|| {
            Error::new(
                Exc::NotImplementedError,
                format!("npcalc does not support the builtin {name}"),
            )
        });
    }
    if let Some(submodule) = owner.strip_prefix("module ") {
        return it.import(submodule, Span::default());
    }
    if let Some(definer) = owner.strip_prefix("from ") {
        return Err(Error::new(
            Exc::NotImplementedError,
            format!("npcalc does not support {module}.{name} (from {definer})"),
        ));
    }
    let source = match owner {
        "np" => Value::Module(Module::Numpy),
        "np.linalg" => Value::Module(Module::Linalg),
        "np.random" => Value::Module(Module::Random),
        "matplotlib.pyplot" => Value::Module(Module::Pyplot),
        // numpy.fft, which npcalc lacks: its import refuses the name.
        other => it.import(&other.replace("np", "numpy"), Span::default())?,
    };
    it.getattr(&source, name)
}

/// Every public name of pylab, as `dir` lists them.
pub fn members() -> Vec<&'static str> {
    upstream::PYLAB.iter().map(|(n, _)| *n).collect()
}
