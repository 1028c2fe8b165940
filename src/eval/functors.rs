//! The callable objects of `operator` (`itemgetter`, `attrgetter`,
//! `methodcaller`, ports of Modules/_operator.c), one `Value::Functor`
//! variant for all of them.

use super::table::{Args, CallArgs};
use super::{Interp, Value};
use crate::error::{Error, Result, Span};
use std::rc::Rc;

#[derive(Debug)]
pub enum Functor {
    /// `itemgetter(*items)`: `obj[item]`, or a tuple of them for several.
    ItemGetter(Vec<Value>),
    /// `attrgetter(*names)`: each name a dotted path of attributes.
    AttrGetter(Vec<Rc<str>>),
    /// `methodcaller(name, *args, **keywords)`.
    MethodCaller {
        name: Rc<str>,
        args: Vec<Value>,
        keywords: Vec<(String, Value)>,
    },
}

impl Functor {
    /// The class, as `type()` names it.
    pub fn type_name(&self) -> &'static str {
        match self {
            Functor::ItemGetter(_) => "operator.itemgetter",
            Functor::AttrGetter(_) => "operator.attrgetter",
            Functor::MethodCaller { .. } => "operator.methodcaller",
        }
    }

    /// The class's bare name, as its argument errors say it.
    fn short_name(&self) -> &'static str {
        let t = self.type_name();
        t.rsplit('.').next().unwrap_or(t)
    }
}

fn functor(f: Functor) -> Value {
    Value::Functor(Rc::new(f))
}

/// The `*args` of a table entry, as a vector.
fn rest(args: &Args, name: &str) -> Vec<Value> {
    match args.get(name) {
        Value::Tuple(t) => t.to_vec(),
        _ => Vec::new(),
    }
}

/// At least one item or name, as CPython's constructors count.
fn some(args: &Args, param: &str, class: &str) -> Result<Vec<Value>> {
    let given = rest(args, param);
    if given.is_empty() {
        return Err(Error::type_error(format!(
            "{class} expected 1 argument, got 0"
        )));
    }
    Ok(given)
}

pub(super) fn itemgetter(_: &mut Interp, args: &Args) -> Result<Value> {
    Ok(functor(Functor::ItemGetter(some(
        args,
        "items",
        "itemgetter",
    )?)))
}

pub(super) fn attrgetter(_: &mut Interp, args: &Args) -> Result<Value> {
    let names = some(args, "attrs", "attrgetter")?
        .into_iter()
        .map(|v| match v {
            Value::Str(s) => Ok(s),
            _ => Err(Error::type_error("attribute name must be a string")),
        })
        .collect::<Result<Vec<_>>>()?;
    Ok(functor(Functor::AttrGetter(names)))
}

pub(super) fn methodcaller(_: &mut Interp, args: &Args) -> Result<Value> {
    let mut given = rest(args, "args");
    if given.is_empty() {
        return Err(Error::type_error(
            "methodcaller needs at least one argument, the method name",
        ));
    }
    let Value::Str(name) = given.remove(0) else {
        return Err(Error::type_error("method name must be a string"));
    };
    let keywords = super::apply::keywords(args, "kwargs")
        .into_iter()
        .map(|(k, v, _)| (k, v))
        .collect();
    Ok(functor(Functor::MethodCaller {
        name,
        args: given,
        keywords,
    }))
}

/// `f(obj)`: the getters take exactly one positional argument.
pub(super) fn call(it: &mut Interp, f: &Functor, call: CallArgs, span: Span) -> Result<Value> {
    let name = f.short_name();
    if !call.keywords.is_empty() {
        return Err(Error::type_error(format!(
            "{name}() takes no keyword arguments"
        )));
    }
    let [(obj, _)] = <[_; 1]>::try_from(call.positional).map_err(|given: Vec<_>| {
        Error::type_error(format!("{name} expected 1 argument, got {}", given.len()))
    })?;
    match f {
        Functor::ItemGetter(items) => match items.as_slice() {
            [item] => it.getitem(&obj, item),
            items => {
                let got = items
                    .iter()
                    .map(|i| it.getitem(&obj, i))
                    .collect::<Result<Vec<_>>>()?;
                Ok(Value::tuple(got))
            }
        },
        Functor::AttrGetter(names) => {
            let mut got = Vec::with_capacity(names.len());
            for path in names {
                let mut v = obj.clone();
                for part in path.split('.') {
                    v = it.getattr(&v, part)?;
                }
                got.push(v);
            }
            Ok(match <[_; 1]>::try_from(got) {
                Ok([one]) => one,
                Err(all) => Value::tuple(all),
            })
        }
        Functor::MethodCaller {
            name,
            args,
            keywords,
        } => {
            let method = it.getattr(&obj, name)?;
            let call = CallArgs {
                positional: args.iter().map(|a| (a.clone(), span)).collect(),
                keywords: (keywords.iter())
                    .map(|(k, v)| (k.clone(), v.clone(), span))
                    .collect(),
            };
            it.call(&method, call, span)
        }
    }
}

/// CPython's reprs: `operator.itemgetter(1)`, `operator.methodcaller('f', 1, k=2)`.
pub(super) fn repr(f: &Functor, repr: impl Fn(&Value) -> String) -> String {
    let inside = match f {
        Functor::ItemGetter(items) => super::functional::arguments_text(None, items, &[], repr),
        Functor::AttrGetter(names) => {
            let names: Vec<Value> = names.iter().map(|n| Value::Str(n.clone())).collect();
            super::functional::arguments_text(None, &names, &[], repr)
        }
        Functor::MethodCaller {
            name,
            args,
            keywords,
        } => {
            super::functional::arguments_text(Some(&Value::Str(name.clone())), args, keywords, repr)
        }
    };
    format!("{}({inside})", f.type_name())
}
