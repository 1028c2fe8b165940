//! Classes written in the session (`class`): their namespaces, instances,
//! bound methods, `property`/`staticmethod`/`classmethod`, `super()`, and the
//! special methods (`__init__`, `__repr__`, `__add__`, `__len__`, `__iter__`,
//! …) that Python's operators and builtins look up on the class.

use super::Interp;
use super::table::{Args, CallArgs, FnDef, Owner, builtin, method, p};
use super::value::{TypeObj, Value};
use crate::error::{Error, Exc, Result, Span};
use crate::syntax::ast::{BinOp, CmpOp};
use std::cell::RefCell;
use std::rc::{Rc, Weak};

/// Names bound in a class body or on an instance, in the order first bound
/// (as Python's dicts keep them).
#[derive(Default, Debug)]
pub struct Namespace(Vec<(Rc<str>, Value)>);

impl Namespace {
    pub fn get(&self, name: &str) -> Option<Value> {
        self.0
            .iter()
            .find(|(k, _)| &**k == name)
            .map(|(_, v)| v.clone())
    }
    pub fn set(&mut self, name: &str, v: Value) {
        match self.0.iter_mut().find(|(k, _)| &**k == name) {
            Some(slot) => slot.1 = v,
            None => self.0.push((Rc::from(name), v)),
        }
    }
    pub fn remove(&mut self, name: &str) -> bool {
        let before = self.0.len();
        self.0.retain(|(k, _)| &**k != name);
        self.0.len() != before
    }
    pub fn names(&self) -> impl Iterator<Item = &str> {
        self.0.iter().map(|(k, _)| &**k)
    }
    fn as_dict(&self) -> Result<Value> {
        let pairs: Vec<(Value, Value)> = self
            .0
            .iter()
            .map(|(k, v)| (Value::str(k), v.clone()))
            .collect();
        Ok(super::dict::value(super::dict::PyDict::from_pairs(pairs)?))
    }
}

/// A class made by a `class` statement.
#[derive(Debug)]
pub struct PyClass {
    pub name: Rc<str>,
    pub qualname: Rc<str>,
    pub bases: Vec<Rc<PyClass>>,
    /// The method resolution order after this class itself (C3, as Python's).
    pub mro: Vec<Rc<PyClass>>,
    pub attrs: RefCell<Namespace>,
    /// The builtin exception class it derives from, if any (`class E(ValueError)`).
    pub exc_base: Option<Exc>,
}

/// An instance of a session class: its class and its own attributes.
#[derive(Debug)]
pub struct Instance {
    pub class: Rc<PyClass>,
    pub attrs: RefCell<Namespace>,
}

/// What `staticmethod`, `classmethod` and `property` wrap.
#[derive(Debug)]
pub enum Descriptor {
    Static(Value),
    Class(Value),
    Property { get: Value, set: Value },
}

impl Descriptor {
    pub fn type_name(&self) -> &'static str {
        match self {
            Descriptor::Static(_) => "staticmethod",
            Descriptor::Class(_) => "classmethod",
            Descriptor::Property { .. } => "property",
        }
    }
}

/// A function bound to the object it was looked up on (`obj.method`).
#[derive(Debug)]
pub struct Bound {
    pub receiver: Value,
    pub func: Value,
}

/// `super()` inside a method: the class after which the lookup starts, and
/// the object the methods it finds are bound to.
#[derive(Debug)]
pub struct Super {
    pub after: Rc<PyClass>,
    pub receiver: Value,
}

impl PyClass {
    /// The class itself, then its MRO.
    fn chain(self: &Rc<Self>) -> impl Iterator<Item = &Rc<PyClass>> {
        std::iter::once(self).chain(self.mro.iter())
    }

    /// A name on the class or the first base along the MRO that has it.
    pub fn lookup(self: &Rc<Self>, name: &str) -> Option<Value> {
        self.chain().find_map(|c| c.attrs.borrow().get(name))
    }

    pub fn is_subclass_of(self: &Rc<Self>, other: &Rc<PyClass>) -> bool {
        self.chain().any(|c| Rc::ptr_eq(c, other))
    }
}

/// Python's C3 linearisation of `bases` (the MRO after the class itself).
fn c3_mro(bases: &[Rc<PyClass>]) -> Result<Vec<Rc<PyClass>>> {
    let mut seqs: Vec<Vec<Rc<PyClass>>> = bases
        .iter()
        .map(|b| b.chain().cloned().collect())
        .chain(std::iter::once(bases.to_vec()))
        .collect();
    let mut out: Vec<Rc<PyClass>> = Vec::new();
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        let head = seqs
            .iter()
            .map(|s| s[0].clone())
            .find(|h| !seqs.iter().any(|s| s[1..].iter().any(|c| Rc::ptr_eq(c, h))));
        let Some(head) = head else {
            let names: Vec<&str> = bases.iter().map(|b| &*b.name).collect();
            return Err(Error::type_error(format!(
                "Cannot create a consistent method resolution order (MRO) for bases {}",
                names.join(", ")
            )));
        };
        for s in &mut seqs {
            if Rc::ptr_eq(&s[0], &head) {
                s.remove(0);
            }
        }
        out.push(head);
    }
}

/// A body's docstring: its first statement when that is a string literal.
pub fn docstring(body: &[crate::syntax::ast::Stmt]) -> Value {
    use crate::syntax::ast::{ExprKind, StmtKind};
    match body.first().map(|s| &s.kind) {
        Some(StmtKind::Expr(e)) => match &e.kind {
            ExprKind::Str(text) => Value::str(text),
            _ => Value::None,
        },
        _ => Value::None,
    }
}

/// The refusal of a base npcalc cannot derive from, `what` naming it.
fn unsupported_base(what: &str) -> Error {
    Error::new(
        Exc::NotImplementedError,
        format!(
            "classes deriving from {what} are not supported in npcalc (only from session classes and object)"
        ),
    )
}

/// Makes the class of a `class` statement from its evaluated bases and the
/// namespace its body filled.
pub fn make_class(
    name: &str,
    qualname: &str,
    bases: Vec<Value>,
    namespace: Namespace,
) -> Result<Rc<PyClass>> {
    let mut classes = Vec::new();
    let mut exc_base = None;
    for b in bases {
        match b {
            Value::Class(c) => {
                if classes.iter().any(|x: &Rc<PyClass>| Rc::ptr_eq(x, &c)) {
                    return Err(Error::type_error(format!(
                        "duplicate base class {}",
                        c.name
                    )));
                }
                classes.push(c);
            }
            Value::Type(TypeObj::Object) => {}
            Value::Type(TypeObj::Exc(e)) if exc_base.is_none() => exc_base = Some(e),
            Value::Type(t) => return Err(unsupported_base(&format!("'{}'", t.qualname()))),
            // Classes in Python that npcalc models otherwise: a namedtuple()
            // class and `list[int]` (whose __mro_entries__ gives list).
            Value::NamedClass(c) => {
                return Err(unsupported_base(&format!(
                    "the named tuple class '{}'",
                    c.kind.name()
                )));
            }
            Value::Alias(a) => {
                return Err(unsupported_base(&format!("'{}'", super::typing::repr(&a))));
            }
            other => {
                return Err(Error::type_error(format!(
                    "bases must be types, not {}",
                    other.type_name()
                )));
            }
        }
    }
    // type_new: a body with `__eq__` and no `__hash__` gets `__hash__ = None`,
    // so its instances are unhashable even when a base hashes.
    let mut namespace = namespace;
    if namespace.get("__eq__").is_some() && namespace.get("__hash__").is_none() {
        namespace.set("__hash__", Value::None);
    }
    let mro = c3_mro(&classes)?;
    let exc_base = exc_base.or_else(|| mro.iter().find_map(|c| c.exc_base));
    let class = Rc::new(PyClass {
        name: Rc::from(name),
        qualname: Rc::from(qualname),
        bases: classes,
        mro,
        attrs: RefCell::new(namespace),
        exc_base,
    });
    // Functions defined in the body learn their class, for `super()`.
    for (_, v) in class.attrs.borrow().0.iter() {
        let f = match v {
            Value::Descriptor(d) => match &**d {
                Descriptor::Static(f) | Descriptor::Class(f) => f.clone(),
                Descriptor::Property { get, .. } => get.clone(),
            },
            other => other.clone(),
        };
        if let Value::UserFunction(uf) = f {
            *uf.class.borrow_mut() = Rc::downgrade(&class);
        }
    }
    Ok(class)
}

/// What `obj.name` finds on a class's attribute: functions bind to the
/// receiver, static methods do not, class methods bind to the class.
fn bind_attr(found: Value, receiver: &Value, class: &Rc<PyClass>) -> Value {
    match found {
        Value::UserFunction(_) | Value::Function(_) if !matches!(receiver, Value::Class(_)) => {
            bound(receiver.clone(), found)
        }
        // lru_cache's wrapper binds as a function does (its tp_descr_get).
        Value::Functor(ref f)
            if matches!(**f, super::functors::Functor::Lru(_))
                && !matches!(receiver, Value::Class(_)) =>
        {
            bound(receiver.clone(), found)
        }
        Value::Descriptor(ref d) => match &**d {
            Descriptor::Static(f) => f.clone(),
            Descriptor::Class(f) => bound(Value::Class(class.clone()), f.clone()),
            Descriptor::Property { .. } => found,
        },
        other => other,
    }
}

fn bound(receiver: Value, func: Value) -> Value {
    Value::Bound(Rc::new(Bound { receiver, func }))
}

/// `obj.name` on an instance, a class or `super()`; None when `v` is none of them.
pub fn getattr(it: &mut Interp, v: &Value, name: &str) -> Option<Result<Value>> {
    Some(match v {
        Value::Instance(inst) => instance_attr(it, v, inst, name),
        Value::Class(c) => class_attr(c, name),
        Value::Super(s) => {
            let found = s.after.mro_after_lookup(&s.receiver, name);
            match found {
                Some((f, owner)) => property_or(it, f, &s.receiver, &owner),
                None if s.after.exc_base.is_some() && name == "__init__" => {
                    Ok(bound(s.receiver.clone(), Value::Function(&EXC_INIT)))
                }
                None if name == "__init__" => {
                    Ok(bound(s.receiver.clone(), Value::Function(&OBJECT_INIT)))
                }
                None => Err(Error::attribute_error(format!(
                    "'super' object has no attribute '{name}'"
                ))),
            }
        }
        Value::UserFunction(f) => super::fnattrs::get(f, name),
        Value::Function(def) => return super::fnattrs::table_fn_attr(def, name),
        // `a.cumsum`, `np.add.accumulate`: CPython's builtin methods name
        // their receiver's type in `__qualname__` and keep it as `__self__`.
        // `str.upper` (a method_descriptor) names the type it was taken from.
        Value::Method(this, def) => match name {
            "__self__" if !matches!(**this, Value::Type(_)) => Ok((**this).clone()),
            "__qualname__" => {
                let owner = match &**this {
                    Value::Type(t) => t.qualname(),
                    receiver => receiver.type_of().qualname(),
                };
                let owner = owner.rsplit('.').next().unwrap_or(&owner);
                Ok(Value::str(&format!("{owner}.{}", def.name)))
            }
            _ => return super::fnattrs::table_fn_attr(def, name),
        },
        // A method forwards what its type lacks to its function, as
        // CPython's method_getattro does.
        Value::Bound(b) => match name {
            "__self__" => Ok(b.receiver.clone()),
            "__func__" => Ok(b.func.clone()),
            _ => it.getattr(&b.func, name),
        },
        Value::Descriptor(d) => match (&**d, name) {
            (Descriptor::Property { .. }, "setter") => {
                Ok(bound(v.clone(), Value::Function(&SETTER)))
            }
            (Descriptor::Property { get, .. }, "fget") => Ok(get.clone()),
            (Descriptor::Property { set, .. }, "fset") => Ok(set.clone()),
            (Descriptor::Property { .. }, "deleter" | "fdel") => Err(Error::new(
                Exc::NotImplementedError,
                "npcalc does not support property deleters",
            )),
            (Descriptor::Static(f) | Descriptor::Class(f), "__func__") => Ok(f.clone()),
            _ => Err(Error::attribute_error(format!(
                "'{}' object has no attribute '{name}'",
                d.type_name()
            ))),
        },
        _ => return None,
    })
}

impl PyClass {
    /// The attribute `name` along `receiver`'s MRO after this class, and the
    /// class it was found on.
    fn mro_after_lookup(
        self: &Rc<Self>,
        receiver: &Value,
        name: &str,
    ) -> Option<(Value, Rc<PyClass>)> {
        let start = match receiver {
            Value::Instance(i) => i.class.clone(),
            Value::Class(c) => c.clone(),
            _ => return None,
        };
        let chain: Vec<&Rc<PyClass>> = start.chain().collect();
        let at = chain.iter().position(|c| Rc::ptr_eq(c, self))?;
        chain[at + 1..]
            .iter()
            .find_map(|c| c.attrs.borrow().get(name).map(|v| (v, (*c).clone())))
    }
}

/// A found attribute as seen from `receiver`: a property runs its getter.
fn property_or(
    it: &mut Interp,
    found: Value,
    receiver: &Value,
    class: &Rc<PyClass>,
) -> Result<Value> {
    if let Value::Descriptor(d) = &found
        && let Descriptor::Property { get, .. } = &**d
        && !matches!(receiver, Value::Class(_))
    {
        return call_with(it, get, vec![receiver.clone()]);
    }
    Ok(bind_attr(found, receiver, class))
}

fn instance_attr(it: &mut Interp, v: &Value, inst: &Rc<Instance>, name: &str) -> Result<Value> {
    match name {
        "__class__" => return Ok(Value::Class(inst.class.clone())),
        "__dict__" => return inst.attrs.borrow().as_dict(),
        _ => {}
    }
    let on_class = inst.class.lookup(name);
    // A property on the class wins over the instance's own attribute.
    if let Some(Value::Descriptor(d)) = &on_class
        && matches!(**d, Descriptor::Property { .. })
    {
        return property_or(it, on_class.clone().expect("found"), v, &inst.class);
    }
    if let Some(own) = inst.attrs.borrow().get(name) {
        return Ok(own);
    }
    if let Some(found) = on_class {
        return property_or(it, found, v, &inst.class);
    }
    if let Some(hook) = inst.class.lookup("__getattr__") {
        return call_with(it, &hook, vec![v.clone(), Value::str(name)]);
    }
    let msg = format!("'{}' object has no attribute '{name}'", inst.class.name);
    let names: Vec<String> = inst
        .attrs
        .borrow()
        .names()
        .map(String::from)
        .chain(class_names(&inst.class))
        .collect();
    let hint = super::suggest::suggest(name, names.iter().map(String::as_str));
    Err(Error::attribute_error(msg).suggesting(hint))
}

/// The attribute names of a session instance (its own, then its class's
/// along the MRO) or class, for completion; None for other values.
pub fn member_names(v: &Value) -> Option<Vec<String>> {
    Some(match v {
        Value::Instance(inst) => inst
            .attrs
            .borrow()
            .names()
            .map(String::from)
            .chain(class_names(&inst.class))
            .collect(),
        Value::Class(c) => class_names(c),
        _ => return None,
    })
}

/// `v.name` of a session instance or class as stored, without running any
/// code: None for a property (its getter is session code), a name only
/// `__getattr__` would make, or any other value.
pub fn peek_attr(v: &Value, name: &str) -> Option<Value> {
    match v {
        Value::Instance(inst) => {
            let on_class = inst.class.lookup(name);
            if let Some(Value::Descriptor(d)) = &on_class
                && matches!(**d, Descriptor::Property { .. })
            {
                return None;
            }
            inst.attrs.borrow().get(name).or(on_class)
        }
        Value::Class(c) => c.lookup(name),
        _ => None,
    }
}

fn class_names(c: &Rc<PyClass>) -> Vec<String> {
    c.chain()
        .flat_map(|k| {
            k.attrs
                .borrow()
                .names()
                .map(String::from)
                .collect::<Vec<_>>()
        })
        .collect()
}

fn class_attr(c: &Rc<PyClass>, name: &str) -> Result<Value> {
    match name {
        "__name__" => return Ok(Value::str(&c.name)),
        "__qualname__" => return Ok(Value::str(&c.qualname)),
        "__module__" => return Ok(Value::str("__main__")),
        "__dict__" => return c.attrs.borrow().as_dict(),
        "__bases__" => {
            let bases: Vec<Value> = if c.bases.is_empty() {
                vec![Value::Type(TypeObj::Object)]
            } else {
                c.bases.iter().map(|b| Value::Class(b.clone())).collect()
            };
            return Ok(Value::tuple(bases));
        }
        "__mro__" => {
            let chain = c
                .chain()
                .map(|k| Value::Class(k.clone()))
                .chain(std::iter::once(Value::Type(TypeObj::Object)));
            return Ok(Value::tuple(chain.collect()));
        }
        _ => {}
    }
    match c.lookup(name) {
        Some(found) => Ok(bind_attr(found, &Value::Class(c.clone()), c)),
        None => Err(Error::attribute_error(format!(
            "type object '{}' has no attribute '{name}'",
            c.name
        ))),
    }
}

/// `obj.name = v`; None when `obj` is not a session object or class.
pub fn setattr(it: &mut Interp, obj: &Value, name: &str, v: Value) -> Option<Result<()>> {
    Some(match obj {
        Value::Instance(inst) => {
            // A class's own `__setattr__` (a frozen dataclass's) decides.
            if let Some(f) = inst.class.lookup("__setattr__") {
                let r = call_with(it, &f, vec![obj.clone(), Value::str(name), v]);
                return Some(r.map(|_| ()));
            }
            if let Some(Value::Descriptor(d)) = inst.class.lookup(name)
                && let Descriptor::Property { set, .. } = &*d
            {
                if matches!(set, Value::None) {
                    return Some(Err(Error::attribute_error(format!(
                        "property '{name}' of '{}' object has no setter",
                        inst.class.name
                    ))));
                }
                return Some(call_with(it, set, vec![obj.clone(), v]).map(|_| ()));
            }
            inst.attrs.borrow_mut().set(name, v);
            Ok(())
        }
        Value::Class(c) => {
            c.attrs.borrow_mut().set(name, v);
            Ok(())
        }
        Value::NamedTuple(k, _) if k.is_struct_seq() && k.fields.contains(&name) => {
            Err(Error::attribute_error("readonly attribute"))
        }
        Value::UserFunction(f) => super::fnattrs::set(f, name, Some(v)),
        Value::Bound(_) => Err(Error::attribute_error(format!(
            "'method' object has no attribute '{name}'"
        ))),
        Value::Function(def) if def.is_builtin() && name != "__module__" => {
            Err(builtin_readonly(name))
        }
        _ => return None,
    })
}

/// Setting or deleting an attribute of a builtin function: CPython's
/// getset attributes are not writable, and it has no `__dict__`.
fn builtin_readonly(name: &str) -> Error {
    Error::attribute_error(
        if matches!(
            name,
            "__name__" | "__qualname__" | "__doc__" | "__text_signature__" | "__self__"
        ) {
            format!("attribute '{name}' of 'builtin_function_or_method' objects is not writable")
        } else {
            format!("'builtin_function_or_method' object has no attribute '{name}'")
        },
    )
}

/// `del obj.name`; None when `obj` is not a session object or class.
pub fn delattr(obj: &Value, name: &str) -> Option<Result<()>> {
    let (removed, owner) = match obj {
        // npcalc's properties have no deleter.
        Value::Instance(inst)
            if matches!(inst.class.lookup(name), Some(Value::Descriptor(d))
                if matches!(&*d, Descriptor::Property { .. })) =>
        {
            return Some(Err(Error::attribute_error(format!(
                "property '{name}' of '{}' object has no deleter",
                inst.class.name
            ))));
        }
        Value::Instance(inst) => (
            inst.attrs.borrow_mut().remove(name),
            format!("'{}' object", inst.class.name),
        ),
        Value::Class(c) => (
            c.attrs.borrow_mut().remove(name),
            format!("type object '{}'", c.name),
        ),
        Value::UserFunction(f) => return Some(super::fnattrs::set(f, name, None)),
        Value::Function(def) if def.is_builtin() && name != "__module__" => {
            return Some(Err(builtin_readonly(name)));
        }
        _ => return None,
    };
    Some(if removed {
        Ok(())
    } else {
        Err(Error::attribute_error(format!(
            "{owner} has no attribute '{name}'"
        )))
    })
}

/// Calls `f` with positional arguments only.
pub fn call_with(it: &mut Interp, f: &Value, args: Vec<Value>) -> Result<Value> {
    let call = CallArgs {
        positional: args.into_iter().map(|a| (a, Span::default())).collect(),
        keywords: Vec::new(),
    };
    it.call(f, call, Span::default())
}

/// `Cls(args)`: a new instance, initialised by `__init__` if the class has one.
pub fn instantiate(
    it: &mut Interp,
    class: &Rc<PyClass>,
    mut call: CallArgs,
    span: Span,
) -> Result<Value> {
    let obj = Value::Instance(Rc::new(Instance {
        class: class.clone(),
        attrs: RefCell::new(Namespace::default()),
    }));
    if class.exc_base.is_some() {
        // BaseException.__new__ keeps the arguments, whatever __init__ does.
        let args = call.positional.iter().map(|(v, _)| v.clone()).collect();
        set_args(&obj, args);
        if class.lookup("__init__").is_none() {
            if let Some((k, _, _)) = call.keywords.first() {
                return Err(Error::type_error(format!(
                    "{}() got an unexpected keyword argument '{k}'",
                    class.name
                )));
            }
            return Ok(obj);
        }
    }
    match class.lookup("__init__") {
        Some(init) => {
            call.positional.insert(0, (obj.clone(), span));
            let r = it.call(&init, call, span)?;
            if !matches!(r, Value::None) {
                return Err(Error::type_error(format!(
                    "__init__() should return None, not '{}'",
                    r.type_name()
                )));
            }
        }
        None if !call.positional.is_empty() || !call.keywords.is_empty() => {
            return Err(Error::type_error(format!(
                "{}() takes no arguments",
                class.name
            )));
        }
        None => {}
    }
    Ok(obj)
}

/// Calls the special method `name` of a session object, if its class has one.
pub fn special(it: &mut Interp, v: &Value, name: &str, args: Vec<Value>) -> Option<Result<Value>> {
    let Value::Instance(inst) = v else {
        return None;
    };
    let f = inst.class.lookup(name)?;
    let mut all = vec![v.clone()];
    all.extend(args);
    Some(call_with(it, &f, all))
}

/// Whether a session object's class defines `name`.
pub fn has_special(v: &Value, name: &str) -> bool {
    matches!(v, Value::Instance(inst) if inst.class.lookup(name).is_some())
}

/// Python's names of the operator methods: `__add__` and its reflection `__radd__`.
fn dunder(op: BinOp) -> &'static str {
    match op {
        BinOp::Add => "add",
        BinOp::Sub => "sub",
        BinOp::Mul => "mul",
        BinOp::Div => "truediv",
        BinOp::FloorDiv => "floordiv",
        BinOp::Mod => "mod",
        BinOp::Pow => "pow",
        BinOp::MatMul => "matmul",
        BinOp::BitAnd => "and",
        BinOp::BitOr => "or",
        BinOp::BitXor => "xor",
        BinOp::LShift => "lshift",
        BinOp::RShift => "rshift",
    }
}

/// `a op b` when either is a session object: `a.__op__(b)`, then
/// `b.__rop__(a)`, each skipped when missing or NotImplemented; None when
/// neither operand is a session object.
pub fn binary(it: &mut Interp, op: BinOp, a: &Value, b: &Value) -> Option<Result<Value>> {
    if !matches!(a, Value::Instance(_)) && !matches!(b, Value::Instance(_)) {
        return None;
    }
    let name = dunder(op);
    Some((|| {
        if let Some(r) = special(it, a, &format!("__{name}__"), vec![b.clone()]) {
            let r = r?;
            if !is_not_implemented(&r) {
                return Ok(r);
            }
        }
        if let Some(r) = special(it, b, &format!("__r{name}__"), vec![a.clone()]) {
            let r = r?;
            if !is_not_implemented(&r) {
                return Ok(r);
            }
        }
        Err(super::pyops::unsupported(op, a, b))
    })())
}

/// `a op= b` on a session object: `__iop__` first, then the plain operator.
pub fn inplace(it: &mut Interp, op: BinOp, a: &Value, b: &Value) -> Option<Result<Value>> {
    if let Some(r) = special(it, a, &format!("__i{}__", dunder(op)), vec![b.clone()]) {
        match r {
            Ok(r) if is_not_implemented(&r) => {}
            other => return Some(other),
        }
    }
    binary(it, op, a, b)
}

fn is_not_implemented(v: &Value) -> bool {
    matches!(v, Value::Type(TypeObj::NotImplemented))
}

/// list_richcompare/tuplerichcompare for sequences holding session
/// objects: the first items that are neither the same object nor `==`
/// decide, else the lengths do.
pub fn sequences(it: &mut Interp, op: CmpOp, a: &Value, b: &Value) -> Option<Result<Value>> {
    let (x, y) = match (a, b) {
        (Value::Tuple(x), Value::Tuple(y)) => (x.to_vec(), y.to_vec()),
        (Value::List(x), Value::List(y)) => (x.to_vec(), y.to_vec()),
        _ => return None,
    };
    if !holds_instance(a) && !holds_instance(b) {
        return None;
    }
    Some((|| {
        if x.len() != y.len() && matches!(op, CmpOp::Eq | CmpOp::Ne) {
            return Ok(Value::Bool(op == CmpOp::Ne));
        }
        for (p, q) in x.iter().zip(&y) {
            if super::identical(p, q) {
                continue;
            }
            let eq = it.compare(CmpOp::Eq, p, q)?;
            if it.truthy(&eq)? {
                continue;
            }
            return match op {
                CmpOp::Eq => Ok(Value::Bool(false)),
                CmpOp::Ne => Ok(Value::Bool(true)),
                _ => it.compare(op, p, q),
            };
        }
        let (n, m) = (x.len(), y.len());
        Ok(Value::Bool(match op {
            CmpOp::Eq => n == m,
            CmpOp::Ne => n != m,
            CmpOp::Lt => n < m,
            CmpOp::Le => n <= m,
            CmpOp::Gt => n > m,
            _ => n >= m,
        }))
    })())
}

/// `a < b` and friends when either is a session object, with Python's
/// reflected fallbacks and identity for `==`/`!=`.
pub fn compare(it: &mut Interp, op: CmpOp, a: &Value, b: &Value) -> Option<Result<Value>> {
    if !matches!(a, Value::Instance(_)) && !matches!(b, Value::Instance(_)) {
        return None;
    }
    let (name, reflected, symbol) = match op {
        CmpOp::Eq => ("__eq__", "__eq__", "=="),
        CmpOp::Ne => ("__ne__", "__ne__", "!="),
        CmpOp::Lt => ("__lt__", "__gt__", "<"),
        CmpOp::Le => ("__le__", "__ge__", "<="),
        CmpOp::Gt => ("__gt__", "__lt__", ">"),
        CmpOp::Ge => ("__ge__", "__le__", ">="),
        _ => return None,
    };
    Some((|| {
        for (x, y, m) in [(a, b, name), (b, a, reflected)] {
            if let Some(r) = special(it, x, m, vec![y.clone()]) {
                let r = r?;
                if !is_not_implemented(&r) {
                    return Ok(r);
                }
            }
        }
        match op {
            CmpOp::Eq => Ok(Value::Bool(super::identical(a, b))),
            // `!=` is the negation of a defined `__eq__`, else identity.
            CmpOp::Ne => match special(it, a, "__eq__", vec![b.clone()]) {
                Some(r) => {
                    let r = r?;
                    Ok(Value::Bool(!it.truthy(&r)?))
                }
                None => Ok(Value::Bool(!super::identical(a, b))),
            },
            _ => Err(Error::type_error(format!(
                "'{symbol}' not supported between instances of '{}' and '{}'",
                a.type_name(),
                b.type_name()
            ))),
        }
    })())
}

/// repr() of a session object: its `__repr__`, or Python's default.
pub fn repr(it: &mut Interp, v: &Value) -> Option<Result<String>> {
    if !matches!(v, Value::Instance(_)) {
        return None;
    }
    Some(match special(it, v, "__repr__", vec![]) {
        Some(r) => r.and_then(|r| text_result(r, "__repr__")),
        None => match exception_args(v) {
            // BaseException.__repr__: `Name('msg')`, `Name()`, `Name(1, 2)`.
            Some(args) => {
                let Value::Instance(inst) = v else {
                    unreachable!("exception args come from instances")
                };
                let inner = match args.len() {
                    1 => repr_of(it, &args[0]),
                    _ => repr_of(it, &Value::tuple(args.to_vec()))
                        .map(|t| t.trim_start_matches('(').trim_end_matches(')').to_string()),
                };
                inner.map(|a| format!("{}({a})", inst.class.name))
            }
            None => Ok(default_repr(v)),
        },
    })
}

/// str() of a session object: `__str__`, else its repr().
pub fn str(it: &mut Interp, v: &Value) -> Option<Result<String>> {
    if !matches!(v, Value::Instance(_)) {
        return None;
    }
    match special(it, v, "__str__", vec![]) {
        Some(r) => Some(r.and_then(|r| text_result(r, "__str__"))),
        // BaseException.__str__: '' for no arguments, str() of one, repr() of several.
        None => match exception_args(v) {
            Some(args) => Some(match args.len() {
                0 => Ok(String::new()),
                1 => str_of(it, &args[0]),
                _ => repr_of(it, &Value::tuple(args.to_vec())),
            }),
            None => repr(it, v),
        },
    }
}

fn text_result(r: Value, method: &str) -> Result<String> {
    match r {
        Value::Str(s) => Ok(s.to_string()),
        other => Err(Error::type_error(format!(
            "{method} returned non-string (type {})",
            other.type_name()
        ))),
    }
}

/// `<__main__.A object at 0x…>`: the address is npcalc's (documented in README).
pub fn default_repr(v: &Value) -> String {
    match v {
        Value::Instance(i) => format!(
            "<__main__.{} object at 0x{:x}>",
            i.class.qualname,
            Rc::as_ptr(i) as usize
        ),
        _ => String::new(),
    }
}

/// repr() of the class-related values that need no user code.
pub fn static_repr(v: &Value) -> Option<String> {
    Some(match v {
        Value::Class(c) => format!("<class '__main__.{}'>", c.qualname),
        Value::Instance(_) => default_repr(v),
        Value::Bound(b) => {
            let receiver = match &b.receiver {
                Value::Instance(_) => default_repr(&b.receiver),
                Value::Class(c) => format!("<class '__main__.{}'>", c.qualname),
                other => super::repr(other, &Default::default()),
            };
            let name = match &b.func {
                Value::UserFunction(f) => f.qualname().to_string(),
                Value::Function(def) => def.name.to_string(),
                _ => "?".into(),
            };
            format!("<bound method {name} of {receiver}>")
        }
        Value::Descriptor(d) => format!(
            "<{} object at 0x{:x}>",
            d.type_name(),
            Rc::as_ptr(d) as *const u8 as usize
        ),
        Value::Super(s) => format!(
            "<super: <class '{}'>, <{} object>>",
            s.after.name,
            s.receiver.type_name()
        ),
        _ => return None,
    })
}

/// `isinstance(v, Cls)` for a session class.
pub fn is_instance(v: &Value, class: &Rc<PyClass>) -> bool {
    matches!(v, Value::Instance(i) if i.class.is_subclass_of(class))
}

/// Runs a `len()`-like special method and checks it gives a non-negative int.
pub fn len(it: &mut Interp, v: &Value) -> Option<Result<usize>> {
    let r = special(it, v, "__len__", vec![])?;
    Some(r.and_then(|r| match r {
        Value::Int(i) => {
            use num_traits::ToPrimitive;
            match i.to_usize() {
                Some(n) => Ok(n),
                None if i.sign() == num_bigint::Sign::Minus => {
                    Err(Error::value_error("__len__() should return >= 0"))
                }
                None => Err(Error::new(
                    Exc::OverflowError,
                    "cannot fit 'int' into an index-sized integer",
                )),
            }
        }
        Value::Bool(b) => Ok(b as usize),
        other => Err(Error::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            other.type_name()
        ))),
    }))
}

/// Iteration over a session object: `__iter__` (and the iterator's
/// `__next__` until StopIteration), or the old `__getitem__` protocol.
pub struct InstanceIter {
    obj: Value,
    state: IterState,
}

enum IterState {
    Start,
    Next(Value),
    Inner(super::iter::PyIter),
    Index(usize),
    Done,
}

impl InstanceIter {
    /// None if the object's class makes it not iterable.
    pub fn new(v: &Value) -> Option<InstanceIter> {
        (has_special(v, "__iter__") || has_special(v, "__getitem__")).then(|| InstanceIter {
            obj: v.clone(),
            state: IterState::Start,
        })
    }
}

impl super::iter::Lazy for InstanceIter {
    fn next(&mut self, it: &mut Interp) -> Result<Option<Value>> {
        loop {
            match &mut self.state {
                IterState::Start => {
                    self.state = match special(it, &self.obj, "__iter__", vec![]) {
                        Some(r) => {
                            let r = r?;
                            if has_special(&r, "__next__") {
                                IterState::Next(r)
                            } else if matches!(r, Value::Iter(..)) {
                                IterState::Inner(super::iter::PyIter::new(&r)?)
                            } else {
                                return Err(Error::type_error(format!(
                                    "iter() returned non-iterator of type '{}'",
                                    r.type_name()
                                )));
                            }
                        }
                        None => IterState::Index(0),
                    };
                }
                IterState::Next(obj) => {
                    let obj = obj.clone();
                    return match special(it, &obj, "__next__", vec![]).expect("checked") {
                        Err(e) if e.class == Exc::StopIteration => {
                            self.state = IterState::Done;
                            Ok(None)
                        }
                        other => other.map(Some),
                    };
                }
                IterState::Inner(inner) => return inner.next_item(it),
                IterState::Index(k) => {
                    let k0 = *k;
                    *k += 1;
                    let obj = self.obj.clone();
                    return match special(it, &obj, "__getitem__", vec![Value::int(k0)])
                        .expect("checked")
                    {
                        Err(e) if matches!(e.class, Exc::IndexError | Exc::StopIteration) => {
                            self.state = IterState::Done;
                            Ok(None)
                        }
                        other => other.map(Some),
                    };
                }
                IterState::Done => return Ok(None),
            }
        }
    }
}

// ---- builtins -------------------------------------------------------------------------------

pub static CLASS_BUILTINS: &[FnDef] = &[
    builtin!(
        counts "staticmethod",
        [p!(PositionalOnly "function", "The function.")],
        "Wraps a function so that looking it up on a class or instance gives the plain function.",
        [],
        |_, args| Ok(descriptor(Descriptor::Static(args.get("function"))))
    ),
    builtin!(
        counts "classmethod",
        [p!(PositionalOnly "function", "The function.")],
        "Wraps a function so that it receives the class as its first argument.",
        [],
        |_, args| Ok(descriptor(Descriptor::Class(args.get("function"))))
    ),
    builtin!(
        "property",
        [
            p!(Normal "fget" = "None", "The getter."),
            p!(Normal "fset" = "None", "The setter.")
        ],
        "A computed attribute: reading it calls fget(obj), assigning calls fset(obj, value).",
        [],
        |_, args| Ok(descriptor(Descriptor::Property {
            get: args.get("fget"),
            set: args.get("fset"),
        }))
    ),
    // CPython's `super_vectorcall` counts its arguments as "super()".
    method!(
        BuiltinCounts "super" as Some("super()"),
        [
            p!(PositionalOnly "type" = "None", "The class to look past; the running method's by default."),
            p!(PositionalOnly "object_or_type" = "None", "The receiver; the method's first argument by default.")
        ],
        "Inside a method: the object seen from the class after the method's own, for calling overridden methods.",
        make_super
    ),
    builtin!(
        "setattr",
        [
            p!(PositionalOnly "obj", "An object."),
            p!(PositionalOnly "name", "The attribute's name."),
            p!(PositionalOnly "value", "The new value.")
        ],
        "obj.name = value.",
        [],
        builtin_setattr
    ),
    builtin!(
        "callable",
        [p!(PositionalOnly "obj", "Any value.")],
        "Whether the value can be called.",
        ["callable(len)"],
        |_, args| Ok(Value::Bool(is_callable(&args.get("obj"))))
    ),
];

static SETTER: FnDef = FnDef {
    name: "setter",
    owner: Owner::Builtin,
    error_name: None,
    params: &[
        p!(PositionalOnly "self", "The property."),
        p!(PositionalOnly "fset", "The setter."),
    ],
    doc: "A copy of the property with this setter.",
    examples: &[],
    imp: |_, args| {
        let Value::Descriptor(d) = args.get("self") else {
            return Err(Error::type_error("setter needs a property"));
        };
        let Descriptor::Property { get, .. } = &*d else {
            return Err(Error::type_error("setter needs a property"));
        };
        Ok(descriptor(Descriptor::Property {
            get: get.clone(),
            set: args.get("fset"),
        }))
    },
};

fn descriptor(d: Descriptor) -> Value {
    Value::Descriptor(Rc::new(d))
}

fn builtin_setattr(it: &mut Interp, args: &Args) -> Result<Value> {
    let (obj, name) = (args.get("obj"), args.get("name"));
    let Value::Str(name) = name else {
        return Err(Error::type_error(format!(
            "attribute name must be string, not '{}'",
            name.type_name()
        )));
    };
    it.set_attribute(&obj, &name, args.get("value"))?;
    Ok(Value::None)
}

pub(super) fn is_callable(v: &Value) -> bool {
    match v {
        Value::Function(_)
        | Value::Method(..)
        | Value::Ufunc(_)
        | Value::PyUfunc(_)
        | Value::UserFunction(_)
        | Value::Type(_)
        | Value::Class(_)
        | Value::Bound(_)
        | Value::Vectorize(_)
        | Value::Partial(_)
        | Value::Functor(_) => true,
        Value::Descriptor(d) => matches!(**d, Descriptor::Static(_) | Descriptor::Class(_)),
        Value::Instance(_) => has_special(v, "__call__"),
        _ => false,
    }
}

/// `super()`: the running method's class and first argument, or
/// `super(C, obj)` with both given, checked as CPython's `supercheck` does.
fn make_super(it: &mut Interp, args: &Args) -> Result<Value> {
    match (args.get("type"), args.get("object_or_type")) {
        (Value::None, Value::None) => {}
        (Value::Class(class), receiver @ Value::Instance(_)) => {
            let Value::Instance(inst) = &receiver else {
                unreachable!("matched an instance")
            };
            if !inst.class.is_subclass_of(&class) {
                return Err(Error::type_error(
                    "super(type, obj): obj must be an instance or subtype of type",
                ));
            }
            return Ok(Value::Super(Rc::new(Super {
                after: class,
                receiver,
            })));
        }
        (t, _) if !matches!(t, Value::Class(_) | Value::Type(_)) => {
            return Err(Error::type_error(format!(
                "super() argument 1 must be a type, not {}",
                t.type_name()
            )));
        }
        _ => {
            return Err(Error::type_error(
                "super() with one argument, or with a built-in type, is not supported in npcalc",
            ));
        }
    }
    let Some((f, first)) = it.current_method() else {
        return Err(Error::new(Exc::RuntimeError, "super(): no arguments"));
    };
    let Some(class) = f.class.borrow().upgrade() else {
        return Err(Error::new(
            Exc::RuntimeError,
            "super(): __class__ cell not found",
        ));
    };
    Ok(Value::Super(Rc::new(Super {
        after: class,
        receiver: first,
    })))
}

/// A function's back-link to the class whose body defined it (for `super()`).
pub type ClassCell = RefCell<Weak<PyClass>>;

/// Whether `v` is, or a list, tuple or dict holds, a session object (whose
/// text needs its class's methods).
pub(super) fn holds_instance(v: &Value) -> bool {
    holds(v, &|x| matches!(x, Value::Instance(_)))
}

/// Whether the text of `v` calls session code: a session object's methods,
/// or the functions of the formatter print option.
fn needs_session(it: &Interp, v: &Value) -> bool {
    holds(v, &|x| {
        matches!(x, Value::Instance(_)) || super::printformatter::formats(it, x)
    })
}

/// Whether `v` is, or a list, tuple, dict, set or object array holds, a
/// value `leaf` picks.
fn holds(v: &Value, leaf: &dyn Fn(&Value) -> bool) -> bool {
    super::reentry::enter("instances", v, || {
        leaf(v)
            || match v {
                Value::List(l) => l.iter().any(|x| holds(&x, leaf)),
                Value::Tuple(t) => t.iter().any(|x| holds(x, leaf)),
                Value::ObjArray(o) => super::objarray::any_item(o, |x| holds(x, leaf)),
                Value::Dict(d) => d
                    .borrow()
                    .entries()
                    .iter()
                    .any(|(k, x)| holds(k, leaf) || holds(x, leaf)),
                Value::Set(s) => s.borrow().items().iter().any(|x| holds(x, leaf)),
                _ => false,
            }
    })
    .unwrap_or(false)
}

/// repr() of any value, calling session objects' `__repr__` (also inside
/// lists, tuples and dicts).
pub fn repr_of(it: &mut Interp, v: &Value) -> Result<String> {
    too_deep(it, v, false)?;
    repr_nested(it, v)
}

/// CPython's RecursionError where repr() or str() of `v` would pass the
/// recursion limit: the frames under way, the call of `repr`/`str`/`print`
/// (a level of its own) and the levels `v`'s repr takes.
fn too_deep(it: &Interp, v: &Value, as_str: bool) -> Result<()> {
    let budget = super::exec::RECURSION_LIMIT.saturating_sub(it.depth + 2);
    if !super::reentry::repr_too_deep(v, budget) {
        return Ok(());
    }
    // The outermost level of str() is `PyObject_Str`; all below are reprs.
    let what = if as_str && budget == 0 { "str" } else { "repr" };
    Err(Error::new(
        Exc::RecursionError,
        format!("maximum recursion depth exceeded while getting the {what} of an object"),
    ))
}

fn repr_nested(it: &mut Interp, v: &Value) -> Result<String> {
    if !needs_session(it, v) {
        return super::try_repr(v, &it.print_options);
    }
    // The same guard as repr.rs's, so a list that holds itself ends.
    super::reentry::enter("repr", v, || repr_with_instances(it, v))
        .unwrap_or_else(|| Ok(super::repr::reentered(v, &it.print_options)))
}

fn repr_with_instances(it: &mut Interp, v: &Value) -> Result<String> {
    let join = |it: &mut Interp, items: &[Value]| -> Result<String> {
        let parts: Vec<String> = items
            .iter()
            .map(|x| repr_nested(it, x))
            .collect::<Result<_>>()?;
        Ok(parts.join(", "))
    };
    match v {
        Value::Instance(_) => repr(it, v).expect("an instance"),
        Value::Array(_) | Value::Masked(_) if super::printformatter::formats(it, v) => {
            super::printformatter::repr(it, v)
        }
        Value::ObjArray(o) => {
            let opts = it.print_options.clone();
            super::objarray::repr_with(o, &opts, &mut |x, as_str| text_of(it, x, as_str))
        }
        Value::List(l) => {
            let items = l.to_vec();
            Ok(format!("[{}]", join(it, &items)?))
        }
        Value::Tuple(t) if t.len() == 1 => Ok(format!("({},)", repr_nested(it, &t[0])?)),
        Value::Tuple(t) => Ok(format!("({})", join(it, t)?)),
        Value::NamedTuple(k, t) => {
            let parts: Vec<String> = t
                .iter()
                .map(|x| repr_nested(it, x))
                .collect::<Result<_>>()?;
            let mut parts = parts.into_iter();
            Ok(super::repr::named_repr(k, t, |_| {
                parts.next().unwrap_or_default()
            }))
        }
        Value::Set(s) => {
            let items = s.borrow().items();
            let texts = items
                .iter()
                .map(|x| repr_nested(it, x))
                .collect::<Result<Vec<_>>>()?;
            // repr walks the members in the same table order.
            let texts = RefCell::new(texts.into_iter());
            Ok(super::pyset::repr(&s.borrow(), |_| {
                texts.borrow_mut().next().unwrap_or_default()
            }))
        }
        Value::Dict(d) if d.borrow().kind.class_name().is_some() => {
            let entries = d.borrow().entries().to_vec();
            let mut known: Vec<(Value, String)> = Vec::new();
            for x in entries.iter().flat_map(|(k, x)| [k, x]) {
                if needs_session(it, x) {
                    known.push((x.clone(), repr_nested(it, x)?));
                }
            }
            let opts = it.print_options.clone();
            let item = |x: &Value| match known.iter().find(|(k, _)| super::identical(k, x)) {
                Some((_, text)) => text.clone(),
                None => super::repr::repr(x, &opts),
            };
            Ok(super::collections::repr(&d.borrow(), &item))
        }
        Value::Dict(d) => {
            let entries = d.borrow().entries().to_vec();
            let mut parts = Vec::with_capacity(entries.len());
            for (k, x) in &entries {
                parts.push(format!("{}: {}", repr_nested(it, k)?, repr_nested(it, x)?));
            }
            Ok(format!("{{{}}}", parts.join(", ")))
        }
        _ => super::try_repr(v, &it.print_options),
    }
}

/// str() of any value, calling session objects' `__str__`/`__repr__`.
pub fn str_of(it: &mut Interp, v: &Value) -> Result<String> {
    too_deep(it, v, true)?;
    match v {
        Value::Instance(_) => str(it, v).expect("an instance"),
        Value::Array(_) | Value::Masked(_) if super::printformatter::formats(it, v) => {
            super::printformatter::str(it, v)
        }
        Value::ObjArray(o) if needs_session(it, v) => {
            let opts = it.print_options.clone();
            super::objarray::str_with(o, &opts, &mut |x, as_str| text_of(it, x, as_str))
        }
        _ if needs_session(it, v) => repr_nested(it, v),
        _ => super::try_str(v, &it.print_options),
    }
}

fn text_of(it: &mut Interp, v: &Value, as_str: bool) -> Result<String> {
    if as_str {
        str_of(it, v)
    } else {
        repr_of(it, v)
    }
}

/// The text of a format field (`f"{v!r:>8}"`, `format(v, spec)`) whose
/// value holds session objects: the conversion, then `__format__` (object's
/// own: str() for an empty spec, else TypeError); None for other values.
pub fn format_field(
    it: &mut Interp,
    v: &Value,
    conversion: Option<char>,
    spec: &str,
) -> Option<Result<String>> {
    // `__format__` is a call of its own, as `repr()` is.
    if let Err(e) = too_deep(it, v, conversion != Some('r')) {
        return Some(Err(e));
    }
    if !needs_session(it, v) {
        return None;
    }
    Some((|| {
        let text = match conversion {
            Some('r') => repr_of(it, v)?,
            Some('a') => super::format::ascii(&repr_of(it, v)?),
            Some('s') => str_of(it, v)?,
            _ => {
                if let Some(r) = special(it, v, "__format__", vec![Value::str(spec)]) {
                    return text_result(r?, "__format__");
                }
                if !spec.is_empty() {
                    return Err(Error::type_error(format!(
                        "unsupported format string passed to {}.__format__",
                        v.type_name()
                    )));
                }
                return str_of(it, v);
            }
        };
        super::format::format(&Value::str(&text), spec, &it.print_options)
    })())
}

/// `args` of an instance of a session exception class (None for other values).
pub(super) fn exception_args(v: &Value) -> Option<Vec<Value>> {
    let Value::Instance(inst) = v else {
        return None;
    };
    inst.class.exc_base?;
    match inst.attrs.borrow().get("args") {
        Some(Value::Tuple(t)) => Some(t.to_vec()),
        Some(other) => Some(vec![other]),
        None => Some(Vec::new()),
    }
}

/// A `SystemExit`'s `code` from its arguments: None for none, the argument
/// for one, else their tuple.
pub(super) fn exit_code_of(args: &[Value]) -> Value {
    match args {
        [] => Value::None,
        [code] => code.clone(),
        _ => Value::tuple(args.to_vec()),
    }
}

/// `BaseException.__init__`'s arguments, and a `SystemExit`'s `code` from
/// them as `SystemExit_init` sets it.
fn set_args(obj: &Value, args: Vec<Value>) {
    if let Value::Instance(inst) = obj {
        let mut attrs = inst.attrs.borrow_mut();
        if inst.class.exc_base == Some(Exc::SystemExit) {
            attrs.set("code", exit_code_of(&args));
        }
        attrs.set("args", Value::tuple(args));
    }
}

/// `BaseException.__init__(self, *args)`, reached through `super().__init__`.
static EXC_INIT: FnDef = FnDef {
    name: "__init__",
    owner: Owner::Builtin,
    error_name: None,
    params: &[
        p!(PositionalOnly "self", "The exception."),
        p!(VarPositional "args", "Its arguments."),
    ],
    doc: "Keeps the arguments as the exception's args.",
    examples: &[],
    imp: |_, args| {
        let Value::Tuple(items) = args.get("args") else {
            unreachable!("*args is a tuple")
        };
        set_args(&args.get("self"), items.to_vec());
        Ok(Value::None)
    },
};

/// `object.__init__(self)`, called on `object` or reached through
/// `super().__init__` from a class whose bases define none; CPython's
/// `object_init` refuses extra arguments.
pub(super) static OBJECT_INIT: FnDef = FnDef {
    name: "__init__",
    owner: Owner::Builtin,
    error_name: None,
    params: &[
        p!(PositionalOnly "self", "The instance."),
        p!(VarPositional "args", "Must be empty."),
        p!(VarKeyword "kwargs", "Must be empty."),
    ],
    doc: "Initialize self; object's own __init__ takes no further arguments.",
    examples: &[],
    imp: |_, args| {
        let extra = matches!(args.get("args"), Value::Tuple(t) if !t.is_empty())
            || matches!(args.get("kwargs"), Value::Dict(d) if !d.borrow().entries().is_empty());
        if !extra {
            return Ok(Value::None);
        }
        // object_init: a class with its own __init__ gets object's words,
        // one without gets its own name's.
        match args.get("self") {
            Value::Instance(inst) if inst.class.lookup("__init__").is_none() => {
                Err(Error::type_error(format!(
                    "{}.__init__() takes exactly one argument (the instance to initialize)",
                    inst.class.name
                )))
            }
            _ => Err(Error::type_error(
                "object.__init__() takes exactly one argument (the instance to initialize)",
            )),
        }
    },
};

/// The error that `raise obj` raises for an instance of a session exception
/// class; None when `v` is not one.
pub fn raise_instance(it: &mut Interp, v: &Value) -> Option<Result<Error>> {
    let Value::Instance(inst) = v else {
        return None;
    };
    let base = inst.class.exc_base?;
    Some(str_of(it, v).map(|message| {
        let mut e = Error::new(base, message);
        let raised = crate::error::Raised {
            class_name: inst.class.name.to_string(),
            token: it.keep_raised(v.clone()),
        };
        e.details_mut().raised = Some(raised);
        e
    }))
}

/// Whether `e` is caught by the session class `c` in an `except` clause.
pub fn error_is_a(it: &Interp, e: &Error, c: &Rc<PyClass>) -> bool {
    matches!(it.raised_object(e), Some(Value::Instance(i)) if i.class.is_subclass_of(c))
}
