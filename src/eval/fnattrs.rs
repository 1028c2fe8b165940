//! The attributes of a session function (`def`, `lambda`), as CPython's
//! function object keeps them (Objects/funcobject.c): the slots
//! `__name__`, `__qualname__`, `__doc__`, `__module__` and
//! `__annotations__`, and a `__dict__` for any other name (`f.calls = 0`,
//! `f.__wrapped__`).

use super::dict::{DictRef, PyDict};
use super::function::UserFn;
use super::table::FnDef;
use super::value::Value;
use crate::error::{Error, Result};
use std::cell::RefCell;
use std::rc::Rc;

/// What `f.name = v` can change. A function's code keeps its own name and
/// qualified name for tracebacks and for the names of what it defines;
/// these are what Python code sees and sets.
pub struct FnAttrs {
    pub name: Rc<str>,
    pub qualname: Rc<str>,
    doc: Value,
    module: Value,
    /// None until first read (CPython makes the empty dict lazily).
    annotations: Option<Value>,
    /// None until an attribute is set or `__dict__` is read.
    dict: Option<DictRef>,
}

impl FnAttrs {
    pub fn new(name: &str, qualname: &str, doc: Value, annotations: Option<Value>) -> FnAttrs {
        FnAttrs {
            name: Rc::from(name),
            qualname: Rc::from(qualname),
            doc,
            module: Value::str("__main__"),
            annotations,
            dict: None,
        }
    }

    fn dict(&mut self) -> DictRef {
        self.dict
            .get_or_insert_with(|| Rc::new(RefCell::new(PyDict::new())))
            .clone()
    }
}

/// Attributes CPython's functions have that npcalc's do not.
const UNSUPPORTED: &[&str] = &[
    "__code__",
    "__defaults__",
    "__kwdefaults__",
    "__globals__",
    "__closure__",
    "__builtins__",
];

fn unsupported(name: &str) -> Error {
    Error::new(
        crate::error::Exc::NotImplementedError,
        format!("npcalc does not support the attribute '{name}' of functions"),
    )
}

fn no_attribute(name: &str) -> Error {
    Error::attribute_error(format!("'function' object has no attribute '{name}'"))
}

/// `f.name`.
pub fn get(f: &UserFn, name: &str) -> Result<Value> {
    let mut a = f.attrs.borrow_mut();
    Ok(match name {
        "__name__" => Value::str(&a.name),
        "__qualname__" => Value::str(&a.qualname),
        "__doc__" => a.doc.clone(),
        "__module__" => a.module.clone(),
        "__annotations__" => a
            .annotations
            .get_or_insert_with(|| super::dict::value(PyDict::new()))
            .clone(),
        "__dict__" => Value::Dict(a.dict()),
        _ if UNSUPPORTED.contains(&name) => return Err(unsupported(name)),
        _ => {
            let found = match &a.dict {
                Some(d) => d.borrow().get(&Value::str(name))?,
                None => None,
            };
            return found.ok_or_else(|| no_attribute(name));
        }
    })
}

/// `f.name = v`, or `del f.name` when `v` is None, with CPython's checks.
pub fn set(f: &UserFn, name: &str, v: Option<Value>) -> Result<()> {
    let mut a = f.attrs.borrow_mut();
    let text = |v: Option<Value>| match v {
        Some(Value::Str(s)) => Ok(Rc::from(&*s)),
        _ => Err(Error::type_error(format!(
            "{name} must be set to a string object"
        ))),
    };
    match name {
        "__name__" => a.name = text(v)?,
        "__qualname__" => a.qualname = text(v)?,
        // Members whose deletion leaves None.
        "__doc__" => a.doc = v.unwrap_or(Value::None),
        "__module__" => a.module = v.unwrap_or(Value::None),
        "__annotations__" => {
            a.annotations = match v {
                None | Some(Value::None) => None,
                Some(d @ Value::Dict(_)) => Some(d),
                Some(_) => {
                    return Err(Error::type_error(
                        "__annotations__ must be set to a dict object",
                    ));
                }
            }
        }
        "__dict__" => match v {
            Some(Value::Dict(d)) => a.dict = Some(d),
            Some(other) => {
                return Err(Error::type_error(format!(
                    "__dict__ must be set to a dictionary, not a '{}'",
                    other.type_name()
                )));
            }
            None => return Err(Error::type_error("cannot delete __dict__")),
        },
        _ if UNSUPPORTED.contains(&name) => return Err(unsupported(name)),
        _ => {
            let d = a.dict();
            let mut d = d.borrow_mut();
            match v {
                Some(v) => d.insert(Value::str(name), v)?,
                None => {
                    if d.remove(&Value::str(name))?.is_none() {
                        return Err(no_attribute(name));
                    }
                }
            }
        }
    }
    Ok(())
}

/// `__main__.f`, as CPython's `_PyObject_FunctionStr` names a function in
/// call errors: the module is left out when None or `builtins`.
pub fn function_str(f: &UserFn) -> String {
    let a = f.attrs.borrow();
    match &a.module {
        Value::None => a.qualname.to_string(),
        Value::Str(m) if &**m == "builtins" => a.qualname.to_string(),
        Value::Str(m) => format!("{m}.{}", a.qualname),
        other => format!("{}.{}", super::repr(other, &Default::default()), a.qualname),
    }
}

/// `f.name` of a function from npcalc's tables: its name; None for what
/// the rest of the lookup answers (methods, NumPy's attributes).
pub fn table_fn_attr(def: &FnDef, name: &str) -> Option<Result<Value>> {
    Some(match name {
        "__name__" | "__qualname__" => Ok(Value::str(def.name)),
        // npcalc's help text is not CPython's docstring, nor does a table
        // entry know its module.
        "__doc__" | "__module__" => Err(Error::new(
            crate::error::Exc::NotImplementedError,
            format!("npcalc does not have CPython's {name} of {}", def.name),
        )),
        "__dict__" | "__annotations__" if def.is_builtin() => Err(Error::attribute_error(format!(
            "'builtin_function_or_method' object has no attribute '{name}'"
        ))),
        _ => return None,
    })
}
