//! The callable objects of `operator` (`itemgetter`, `attrgetter`,
//! `methodcaller`, ports of Modules/_operator.c) and of `functools`
//! (`lru_cache`'s wrapper and `cmp_to_key`, from Modules/_functoolsmodule.c),
//! one `Value::Functor` variant for all of them.

use super::dict::PyDict;
use super::table::{Args, CallArgs, FnDef, method};
use super::value::NamedKind;
use super::{Interp, Value};
use crate::error::{Error, Exc, Result, Span};
use crate::syntax::ast::CmpOp;
use num_traits::Signed;
use std::cell::RefCell;
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
    /// What `lru_cache(maxsize=…)` returns: it wraps the function it is
    /// given. None when maxsize does not fit an index, which CPython's
    /// wrapper reports only then.
    LruDecorator(Option<Limits>),
    /// A function wrapped by `lru_cache`.
    Lru(Lru),
    /// `cmp_to_key(mycmp)`: makes a `KeyWrapper` of each object.
    CmpToKey(Value),
    /// An object ordered by `cmp(self.obj, other.obj)` against 0.
    KeyWrapper { cmp: Value, obj: Value },
}

/// `lru_cache`'s parameters; `maxsize` None is unbounded.
#[derive(Clone, Copy, Debug)]
pub struct Limits {
    maxsize: Option<usize>,
    typed: bool,
}

#[derive(Debug)]
pub struct Lru {
    func: Value,
    limits: Limits,
    state: RefCell<LruState>,
}

/// The cache in least-recently-used-first order (a dict keeps insertion
/// order; a hit moves its entry to the end).
#[derive(Debug)]
struct LruState {
    cache: PyDict,
    hits: usize,
    misses: usize,
}

impl Functor {
    /// The class, as `type()` names it.
    pub fn type_name(&self) -> &'static str {
        match self {
            Functor::ItemGetter(_) => "operator.itemgetter",
            Functor::AttrGetter(_) => "operator.attrgetter",
            Functor::MethodCaller { .. } => "operator.methodcaller",
            Functor::LruDecorator(_) => "function",
            Functor::Lru(_) => "functools._lru_cache_wrapper",
            Functor::CmpToKey(_) | Functor::KeyWrapper { .. } => "functools.KeyWrapper",
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

pub(super) fn call(it: &mut Interp, f: &Rc<Functor>, call: CallArgs, span: Span) -> Result<Value> {
    match &**f {
        Functor::Lru(lru) => call_cached(it, lru, call, span),
        Functor::LruDecorator(limits) => {
            let [(func, _)] = <[_; 1]>::try_from(call.positional).map_err(|given: Vec<_>| {
                Error::type_error(format!(
                    "decorating_function() takes 1 positional argument but {} were given",
                    given.len()
                ))
            })?;
            let limits = limits.ok_or_else(|| {
                Error::new(
                    Exc::OverflowError,
                    "cannot fit 'int' into an index-sized integer",
                )
            })?;
            wrap(func, limits)
        }
        Functor::KeyWrapper { .. } => Err(Error::type_error(
            "'functools.KeyWrapper' object is not callable",
        )),
        _ => call_getter(it, f, call, span),
    }
}

/// `f(obj)`: the getters (and `cmp_to_key`'s K) take one positional argument.
fn call_getter(it: &mut Interp, f: &Functor, call: CallArgs, span: Span) -> Result<Value> {
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
        Functor::CmpToKey(cmp) => Ok(functor(Functor::KeyWrapper {
            cmp: cmp.clone(),
            obj,
        })),
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
        _ => unreachable!("call() takes the other functors"),
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
        Functor::LruDecorator(_) => {
            return "<function lru_cache.<locals>.decorating_function>".into();
        }
        _ => return format!("<{} object>", f.type_name()),
    };
    format!("{}({inside})", f.type_name())
}

/// `lru_cache(maxsize=128, typed=False)`: a decorator, or the wrapper
/// itself when maxsize is the function (`@lru_cache` without parentheses).
pub(super) fn lru_cache(_: &mut Interp, args: &Args) -> Result<Value> {
    let typed = args.get("typed");
    let typed_flag = super::pyops::truthy(&typed)?;
    let maxsize = match args.get("maxsize") {
        Value::None => None,
        f if super::classes::is_callable(&f) && matches!(typed, Value::Bool(_)) => {
            let limits = Limits {
                maxsize: Some(128),
                typed: typed_flag,
            };
            return wrap(f, limits);
        }
        // functools.py makes a negative maxsize 0 before the wrapper reads it.
        Value::Int(n) if n.is_negative() => Some(0),
        n @ (Value::Int(_) | Value::Bool(_)) => match super::numpy::to_index(&n) {
            Ok(n) => Some(n as usize),
            Err(_) => return Ok(functor(Functor::LruDecorator(None))),
        },
        _ => {
            return Err(Error::type_error(
                "Expected first argument to be an integer, a callable, or None",
            ));
        }
    };
    Ok(functor(Functor::LruDecorator(Some(Limits {
        maxsize,
        typed: typed_flag,
    }))))
}

/// `cache(f)`: `lru_cache(maxsize=None)(f)`.
pub(super) fn cache(_: &mut Interp, args: &Args) -> Result<Value> {
    let limits = Limits {
        maxsize: None,
        typed: false,
    };
    wrap(args.get("user_function"), limits)
}

fn wrap(func: Value, limits: Limits) -> Result<Value> {
    if !super::classes::is_callable(&func) {
        return Err(Error::type_error("the first argument must be callable"));
    }
    let state = RefCell::new(LruState {
        cache: PyDict::new(),
        hits: 0,
        misses: 0,
    });
    Ok(functor(Functor::Lru(Lru {
        func,
        limits,
        state,
    })))
}

pub(super) fn cmp_to_key(_: &mut Interp, args: &Args) -> Result<Value> {
    Ok(functor(Functor::CmpToKey(args.get("mycmp"))))
}

/// The cache key of a call: its positional arguments, then its keywords'
/// names and values (and, when typed, every argument's type), led by the
/// number of positional arguments so that no two calls share a key.
/// As in CPython, a lone exact int or str argument is its own key, so
/// `f(1)` and `f(1.0)` are cached apart while `f(1.0)` and `f(True)` share.
fn cache_key(call: &CallArgs, typed: bool) -> Value {
    if !typed
        && call.keywords.is_empty()
        && let [(v @ (Value::Int(_) | Value::Str(_)), _)] = &call.positional[..]
    {
        return v.clone();
    }
    let mut key = vec![Value::int(call.positional.len())];
    key.extend(call.positional.iter().map(|(v, _)| v.clone()));
    for (k, v, _) in &call.keywords {
        key.extend([Value::str(k), v.clone()]);
    }
    if typed {
        let types = (call.positional.iter().map(|(v, _)| v))
            .chain(call.keywords.iter().map(|(_, v, _)| v))
            .map(|v| Value::str(&v.type_of().qualname()))
            .collect::<Vec<_>>();
        key.extend(types);
    }
    Value::tuple(key)
}

/// CPython's `bounded_lru_cache_wrapper` (and the unbounded and
/// uncached ones): count the hit or miss before calling, store after.
fn call_cached(it: &mut Interp, lru: &Lru, call: CallArgs, span: Span) -> Result<Value> {
    if lru.limits.maxsize == Some(0) {
        lru.state.borrow_mut().misses += 1;
        return call_through_wrapper(it, lru, call, span);
    }
    let key = cache_key(&call, lru.limits.typed);
    let first = super::userkeys::key_in(it, &key, |h| lru.state.borrow().cache.user_members(h))?;
    {
        let mut st = lru.state.borrow_mut();
        if let Some(v) = st.cache.get(&key)? {
            st.hits += 1;
            if lru.limits.maxsize.is_some() {
                st.cache.remove(&key)?;
                st.cache.insert(key, v.clone())?;
            }
            return Ok(v);
        }
        st.misses += 1;
    }
    let result = call_through_wrapper(it, lru, call, span)?;
    let _key = super::userkeys::key_in_hashed(it, &key, &first, |h| {
        lru.state.borrow().cache.user_members(h)
    })?;
    let mut st = lru.state.borrow_mut();
    // A recursive call may have stored this key already.
    if st.cache.contains(&key)? {
        return Ok(result);
    }
    if lru.limits.maxsize.is_some_and(|m| st.cache.len() >= m) && !st.cache.is_empty() {
        st.cache.remove_at(0);
    }
    st.cache.insert(key, result.clone())?;
    Ok(result)
}

/// CPython's C wrapper takes a level of the recursion limit, so a cached
/// recursive function reaches it at half the depth.
fn call_through_wrapper(it: &mut Interp, lru: &Lru, call: CallArgs, span: Span) -> Result<Value> {
    it.depth += 1;
    let result = it.call(&lru.func, call, span);
    it.depth -= 1;
    result
}

static CACHE_INFO: NamedKind = NamedKind {
    qualname: "functools.CacheInfo",
    fields: &["hits", "misses", "maxsize", "currsize"],
};

fn lru_of(args: &Args) -> &Lru {
    match args.this() {
        Value::Functor(f) if let Functor::Lru(lru) = &**f => lru,
        _ => unreachable!("lru_cache methods are bound to a wrapper"),
    }
}

fn maxsize_value(limits: Limits) -> Value {
    limits.maxsize.map_or(Value::None, Value::int)
}

static LRU_METHODS: &[FnDef] = &[
    method!(
        Builtin "cache_info" as Some("_lru_cache_wrapper.cache_info"),
        [],
        "Hits, misses, maxsize and current size of the cache.",
        |_, args| {
            let lru = lru_of(args);
            let st = lru.state.borrow();
            Ok(CACHE_INFO.make(vec![
                Value::int(st.hits),
                Value::int(st.misses),
                maxsize_value(lru.limits),
                Value::int(st.cache.len()),
            ]))
        }
    ),
    method!(
        Builtin "cache_clear" as Some("_lru_cache_wrapper.cache_clear"),
        [],
        "Empty the cache and reset its statistics.",
        |_, args| {
            let mut st = lru_of(args).state.borrow_mut();
            st.cache.clear();
            (st.hits, st.misses) = (0, 0);
            Ok(Value::None)
        }
    ),
    method!(
        Builtin "cache_parameters" as Some("_lru_cache_wrapper.cache_parameters"),
        [],
        "The maxsize and typed the cache was made with.",
        |_, args| {
            let limits = lru_of(args).limits;
            let pairs = [
                (Value::str("maxsize"), maxsize_value(limits)),
                (Value::str("typed"), Value::Bool(limits.typed)),
            ];
            Ok(super::dict::value(PyDict::from_pairs(pairs)?))
        }
    ),
];

/// The attributes of a wrapper: its methods, `__wrapped__`, and the
/// wrapped function's own (`__name__`, `__doc__`), as `update_wrapper` copies.
pub(super) fn getattr(it: &mut Interp, f: &Rc<Functor>, name: &str) -> Option<Result<Value>> {
    let Functor::Lru(lru) = &**f else {
        return None;
    };
    if let Some(m) = LRU_METHODS.iter().find(|m| m.name == name) {
        return Some(Ok(Value::Method(Box::new(Value::Functor(f.clone())), m)));
    }
    Some(match name {
        "__wrapped__" => Ok(lru.func.clone()),
        "__name__" | "__qualname__" | "__doc__" | "__module__" => it.getattr(&lru.func, name),
        _ => Err(Error::attribute_error(format!(
            "'functools._lru_cache_wrapper' object has no attribute '{name}'"
        ))),
    })
}

/// `K(a) < K(b)` is `cmp(a, b) < 0`, for every ordering and equality.
pub(super) fn compare(it: &mut Interp, op: CmpOp, a: &Value, b: &Value) -> Option<Result<Value>> {
    let key = |v: &Value| match v {
        Value::Functor(f) => match &**f {
            Functor::KeyWrapper { cmp, obj } => Some((cmp.clone(), obj.clone())),
            _ => None,
        },
        _ => None,
    };
    let (cmp, x) = key(a)?;
    if !matches!(
        op,
        CmpOp::Lt | CmpOp::Le | CmpOp::Gt | CmpOp::Ge | CmpOp::Eq | CmpOp::Ne
    ) {
        return None;
    }
    Some((|| {
        let Some((_, y)) = key(b) else {
            return Err(Error::type_error("other argument must be K instance"));
        };
        let r = super::iterfns::call_with(it, &cmp, vec![x, y], Span::default())?;
        it.compare(op, &r, &Value::int(0))
    })())
}
