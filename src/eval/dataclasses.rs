//! Python's `dataclasses` as CPython 3.11's Lib/dataclasses.py: fields from
//! the class's annotations, and the generated methods made the way it makes
//! them, by writing their Python source and running it (`_create_fn`), so
//! argument errors, `__post_init__` and reprs behave as Python's do.

use super::classes::{PyClass, call_with};
use super::table::{Args, CallArgs, FnDef, p, python_fn};
use super::value::{NamedKind, TypeObj, Value};
use super::{Interp, dict};
use crate::error::{Error, Exc, Result, Span};
use std::rc::Rc;

pub static DATACLASSES: &[FnDef] = &[
    python_fn!(
        "dataclass",
        [
            p!(PositionalOnly "cls" = "None", "The class to decorate."),
            p!(KeywordOnly "init" = "True", "Add an __init__."),
            p!(KeywordOnly "repr" = "True", "Add a __repr__."),
            p!(KeywordOnly "eq" = "True", "Add an __eq__ comparing the fields as a tuple."),
            p!(KeywordOnly "order" = "False", "Add __lt__, __le__, __gt__ and __ge__."),
            p!(KeywordOnly "unsafe_hash" = "False", "Force a __hash__."),
            p!(KeywordOnly "frozen" = "False", "Make assigning to fields an error."),
            p!(KeywordOnly "match_args" = "True", "Set __match_args__."),
            p!(KeywordOnly "kw_only" = "False", "Make every field keyword-only."),
            p!(KeywordOnly "slots" = "False", "Make a class with __slots__."),
            p!(KeywordOnly "weakref_slot" = "False", "Add a __weakref__ slot.")
        ],
        "Add dunder methods based on the fields defined in the class.",
        dataclass
    ),
    python_fn!(
        "field",
        [
            p!(KeywordOnly "default" = "<MISSING>", "The field's default value."),
            p!(KeywordOnly "default_factory" = "<MISSING>", "A 0-argument function called to make the default."),
            p!(KeywordOnly "init" = "True", "Whether __init__ takes the field."),
            p!(KeywordOnly "repr" = "True", "Whether __repr__ shows the field."),
            p!(KeywordOnly "hash" = "None", "Whether __hash__ uses the field (None: as compare)."),
            p!(KeywordOnly "compare" = "True", "Whether comparisons use the field."),
            p!(KeywordOnly "metadata" = "None", "A mapping stored with the field."),
            p!(KeywordOnly "kw_only" = "<MISSING>", "Make the field keyword-only.")
        ],
        "Return an object to identify dataclass fields.",
        field
    ),
    python_fn!(
        "fields",
        [p!(Normal "class_or_instance", "A dataclass or an instance of one.")],
        "Return a tuple describing the fields of this dataclass.",
        fields_fn
    ),
    python_fn!(
        "asdict",
        [
            p!(Normal "obj", "A dataclass instance."),
            p!(KeywordOnly "dict_factory" = "dict", "Unused by npcalc beyond dict.")
        ],
        "Return the fields of a dataclass instance as a new dictionary mapping field names to field values.",
        asdict
    ),
    python_fn!(
        "astuple",
        [
            p!(Normal "obj", "A dataclass instance."),
            p!(KeywordOnly "tuple_factory" = "tuple", "Unused by npcalc beyond tuple.")
        ],
        "Return the fields of a dataclass instance as a new tuple of field values.",
        astuple
    ),
    python_fn!(
        "replace",
        [
            p!(PositionalOnly "obj", "A dataclass instance."),
            p!(VarKeyword "changes", "New values of fields.")
        ],
        "Return a new object replacing specified fields with new values.",
        replace
    ),
    python_fn!(
        "is_dataclass",
        [p!(Normal "obj", "Any value.")],
        "Returns True if obj is a dataclass or an instance of a dataclass.",
        is_dataclass
    ),
];

/// `object.__setattr__(self, name, value)`, which the frozen class's
/// generated methods use to get past their own `__setattr__`.
static OBJECT_SETATTR: FnDef = python_fn!(
    "__setattr__",
    [
        p!(Normal "self", "The instance."),
        p!(Normal "name", "The attribute."),
        p!(Normal "value", "Its value.")
    ],
    "Implement setattr(self, name, value).",
    object_setattr
);

/// `dataclasses.Field`: npcalc keeps a field as a named tuple of its attributes.
static FIELD: NamedKind = NamedKind {
    qualname: "dataclasses.Field",
    fields: &[
        "name",
        "type",
        "default",
        "default_factory",
        "init",
        "repr",
        "hash",
        "compare",
        "metadata",
        "kw_only",
    ],
};
const NAME: usize = 0;
const DEFAULT: usize = 2;
const FACTORY: usize = 3;
const INIT: usize = 4;
const REPR: usize = 5;
const COMPARE: usize = 7;

/// `dataclasses.MISSING`, the sentinel of "no default".
static MISSING: NamedKind = NamedKind {
    qualname: "dataclasses._MISSING_TYPE",
    fields: &[],
};
/// `_HAS_DEFAULT_FACTORY`, the default `__init__` gives a factory's field.
static HAS_FACTORY: NamedKind = NamedKind {
    qualname: "dataclasses._HAS_DEFAULT_FACTORY_CLASS",
    fields: &[],
};

fn sentinel(kind: &'static NamedKind) -> Value {
    Value::NamedTuple(kind, Rc::from(Vec::new()))
}

fn is_missing(v: &Value) -> bool {
    matches!(v, Value::NamedTuple(k, _) if std::ptr::eq(*k, &MISSING))
}

fn is_field(v: &Value) -> Option<&Rc<[Value]>> {
    match v {
        Value::NamedTuple(k, items) if std::ptr::eq(*k, &FIELD) => Some(items),
        _ => None,
    }
}

/// `dataclasses.FrozenInstanceError` and `dataclasses.MISSING`.
pub fn constant(name: &str) -> Option<Value> {
    match name {
        "FrozenInstanceError" => Some(Value::Type(TypeObj::Exc(Exc::FrozenInstanceError))),
        "MISSING" => Some(sentinel(&MISSING)),
        _ => None,
    }
}

pub const CONSTANTS: &[&str] = &["FrozenInstanceError", "MISSING"];

/// What npcalc's dataclasses leave out, refused in a sentence.
fn unsupported(what: &str) -> Error {
    Error::new(
        Exc::NotImplementedError,
        format!("npcalc does not support {what} in dataclasses"),
    )
}

fn field(it: &mut Interp, args: &Args) -> Result<Value> {
    let given = |name| match args.given(name) {
        true => args.get(name),
        false => sentinel(&MISSING),
    };
    let (default, factory) = (given("default"), given("default_factory"));
    if !is_missing(&default) && !is_missing(&factory) {
        return Err(Error::value_error(
            "cannot specify both default and default_factory",
        ));
    }
    if args.given("kw_only") {
        return Err(unsupported("field(kw_only=...)"));
    }
    let init = it.truthy(&args.get("init"))?;
    let repr = it.truthy(&args.get("repr"))?;
    let compare = it.truthy(&args.get("compare"))?;
    Ok(Value::NamedTuple(
        &FIELD,
        Rc::from(vec![
            Value::None,
            Value::None,
            default,
            factory,
            Value::Bool(init),
            Value::Bool(repr),
            args.get("hash"),
            Value::Bool(compare),
            args.get("metadata"),
            sentinel(&MISSING),
        ]),
    ))
}

/// The options `@dataclass(...)` was given.
struct Options {
    init: bool,
    repr: bool,
    eq: bool,
    order: bool,
    frozen: bool,
    match_args: bool,
}

fn dataclass(it: &mut Interp, args: &Args) -> Result<Value> {
    for refused in ["unsafe_hash", "kw_only", "slots", "weakref_slot"] {
        if it.truthy(&args.get(refused))? {
            return Err(unsupported(&format!("{refused}=True")));
        }
    }
    let cls = args.get("cls");
    if !args.given("cls") || matches!(cls, Value::None) {
        // `@dataclass(...)`: the decorator with these options.
        let keywords = ["init", "repr", "eq", "order", "frozen", "match_args"]
            .iter()
            .filter(|n| args.given(n))
            .map(|n| (n.to_string(), args.get(n)))
            .collect();
        return Ok(super::functional::Partial::value(
            Value::Function(&DATACLASSES[0]),
            keywords,
        ));
    }
    let Value::Class(c) = &cls else {
        return Err(unsupported(&format!(
            "decorating '{}' objects (only classes)",
            cls.type_name()
        )));
    };
    let opts = Options {
        init: it.truthy(&args.get("init"))?,
        repr: it.truthy(&args.get("repr"))?,
        eq: it.truthy(&args.get("eq"))?,
        order: it.truthy(&args.get("order"))?,
        frozen: it.truthy(&args.get("frozen"))?,
        match_args: it.truthy(&args.get("match_args"))?,
    };
    process_class(it, c, &opts)?;
    Ok(cls)
}

/// A class's fields, in order: `__dataclass_fields__`'s values.
fn class_fields(c: &Rc<PyClass>) -> Option<Vec<Rc<[Value]>>> {
    let Some(Value::Dict(d)) = c.lookup("__dataclass_fields__") else {
        return None;
    };
    let d = d.borrow();
    Some(
        d.entries()
            .iter()
            .filter_map(|(_, v)| is_field(v).cloned())
            .collect(),
    )
}

fn field_name(f: &[Value]) -> String {
    match &f[NAME] {
        Value::Str(s) => s.to_string(),
        _ => String::new(),
    }
}

fn flag(f: &[Value], i: usize) -> bool {
    matches!(f[i], Value::Bool(true))
}

/// Whether `type(v).__hash__ is None`: the "mutable default" test.
fn unhashable_type(v: &Value) -> bool {
    match v {
        Value::List(_) | Value::Dict(_) | Value::Deque(_) | Value::Array(_) => true,
        Value::Set(_) => v.type_name() == "set",
        Value::Instance(inst) => matches!(inst.class.lookup("__hash__"), Some(Value::None)),
        _ => false,
    }
}

fn type_repr(it: &mut Interp, v: &Value) -> Result<String> {
    let t = match v {
        Value::Instance(inst) => Value::Class(inst.class.clone()),
        other => Value::Type(other.type_of()),
    };
    super::classes::repr_of(it, &t)
}

/// `_process_class`: collects the fields, then adds the methods.
fn process_class(it: &mut Interp, c: &Rc<PyClass>, opts: &Options) -> Result<()> {
    if opts.order && !opts.eq {
        return Err(Error::value_error("eq must be true if order is true"));
    }
    // Fields of dataclass bases first, in reverse MRO order.
    let mut fields: Vec<Rc<[Value]>> = Vec::new();
    for base in c.mro.iter().rev() {
        for f in class_fields(base).unwrap_or_default() {
            let name = field_name(&f);
            match fields.iter_mut().find(|g| field_name(g) == name) {
                Some(slot) => *slot = f,
                None => fields.push(f),
            }
        }
    }
    let annotations = c.attrs.borrow().get("__annotations__");
    let own: Vec<(Value, Value)> = match &annotations {
        Some(Value::Dict(d)) => d.borrow().entries().to_vec(),
        _ => Vec::new(),
    };
    for (name, ty) in &own {
        let Value::Str(name) = name else { continue };
        if let Value::Alias(_) = ty
            && let Ok(text) = super::classes::repr_of(it, ty)
            && ["ClassVar", "InitVar", "KW_ONLY"]
                .iter()
                .any(|w| text.contains(w))
        {
            return Err(unsupported(&format!("the annotation {text}")));
        }
        let default = c.attrs.borrow().get(name);
        let mut f: Vec<Value> = match default.as_ref().and_then(is_field) {
            Some(items) => items.to_vec(),
            None => {
                let Value::NamedTuple(_, items) = field(it, &no_args(&DATACLASSES[1]))? else {
                    unreachable!("field() makes a Field");
                };
                let mut items = items.to_vec();
                if let Some(d) = &default {
                    items[DEFAULT] = d.clone();
                }
                items
            }
        };
        f[NAME] = Value::Str(name.clone());
        f[1] = ty.clone();
        // The class attribute becomes the plain default, or goes.
        if let Some(d) = &default
            && is_field(d).is_some()
        {
            let mut attrs = c.attrs.borrow_mut();
            match is_missing(&f[DEFAULT]) {
                true => {
                    attrs.remove(name);
                }
                false => attrs.set(name, f[DEFAULT].clone()),
            }
        }
        if unhashable_type(&f[DEFAULT]) {
            return Err(Error::value_error(format!(
                "mutable default {} for field {name} is not allowed: use default_factory",
                type_repr(it, &f[DEFAULT])?
            )));
        }
        let f: Rc<[Value]> = Rc::from(f);
        match fields.iter_mut().find(|g| field_name(g) == **name) {
            Some(slot) => *slot = f,
            None => fields.push(f),
        }
    }
    // A field() with no annotation is a mistake Python catches.
    let stray: Vec<String> = c
        .attrs
        .borrow()
        .names()
        .filter(|n| {
            !own.iter()
                .any(|(k, _)| matches!(k, Value::Str(s) if &**s == *n))
        })
        .map(str::to_string)
        .collect();
    for name in stray {
        if c.attrs
            .borrow()
            .get(&name)
            .as_ref()
            .and_then(is_field)
            .is_some()
        {
            return Err(Error::type_error(format!(
                "'{name}' is a field but has no type annotation"
            )));
        }
    }
    let table = fields
        .iter()
        .map(|f| (f[NAME].clone(), Value::NamedTuple(&FIELD, f.clone())))
        .collect::<Vec<_>>();
    c.attrs.borrow_mut().set(
        "__dataclass_fields__",
        dict::value(dict::PyDict::from_pairs(table)?),
    );
    Methods {
        it,
        c,
        fields: &fields,
    }
    .add(opts)
}

/// Binds no arguments, for `field()` with all its defaults.
fn no_args(f: &'static FnDef) -> Args {
    super::table::bind(f, None, CallArgs::default(), Span::default()).expect("no arguments bind")
}

/// The generated methods of one class.
struct Methods<'a> {
    it: &'a mut Interp,
    c: &'a Rc<PyClass>,
    fields: &'a [Rc<[Value]>],
}

impl Methods<'_> {
    fn add(mut self, opts: &Options) -> Result<()> {
        if opts.init {
            let f = self.init_fn(opts.frozen)?;
            self.set_new("__init__", f);
        }
        if opts.repr {
            let shown: Vec<String> = self
                .names(REPR)
                .iter()
                .map(|n| format!("{n}={{self.{n}!r}}"))
                .collect();
            let body = format!(
                "  return self.__class__.__qualname__ + f\"({})\"",
                shown.join(", ")
            );
            let f = self.create("__repr__", "self", &body, &[])?;
            self.set_new("__repr__", f);
        }
        let compared = self.names(COMPARE);
        if opts.eq {
            let f = self.cmp_fn("__eq__", "==", &compared)?;
            self.set_new("__eq__", f);
        }
        if opts.order {
            for (name, op) in [
                ("__lt__", "<"),
                ("__le__", "<="),
                ("__gt__", ">"),
                ("__ge__", ">="),
            ] {
                let f = self.cmp_fn(name, op, &compared)?;
                if !self.set_new(name, f) {
                    return Err(Error::type_error(format!(
                        "Cannot overwrite attribute {name} in class {}. Consider using functools.total_ordering",
                        self.c.name
                    )));
                }
            }
        }
        self.hash(opts)?;
        if opts.frozen {
            let body = format!(
                "  if type(self) is cls or name in {}:\n   raise FrozenInstanceError(f\"cannot assign to field {{name!r}}\")\n  __dataclass_setattr__(self, name, value)",
                tuple_of(
                    &self
                        .names(NAME)
                        .iter()
                        .map(|n| format!("{n:?}"))
                        .collect::<Vec<_>>()
                )
            );
            let f = self.create("__setattr__", "self, name, value", &body, &[])?;
            if !self.set_new("__setattr__", f) {
                return Err(Error::type_error(format!(
                    "Cannot overwrite attribute __setattr__ in class {}",
                    self.c.name
                )));
            }
        }
        if opts.match_args {
            let names = self.names(INIT).iter().map(|n| Value::str(n)).collect();
            self.set_new("__match_args__", Value::tuple(names));
        }
        Ok(())
    }

    /// The names of the fields whose flag `i` is set (NAME: all of them).
    fn names(&self, i: usize) -> Vec<String> {
        self.fields
            .iter()
            .filter(|f| i == NAME || flag(f, i))
            .map(|f| field_name(f))
            .collect()
    }

    /// `_set_new_attribute`: a name the class body defined stays.
    fn set_new(&mut self, name: &str, v: Value) -> bool {
        let mut attrs = self.c.attrs.borrow_mut();
        if attrs.get(name).is_some() {
            return false;
        }
        attrs.set(name, v);
        true
    }

    /// `_hash_action`'s table for unsafe_hash=False: eq without frozen sets
    /// `__hash__` to None, eq with frozen adds one, unless the body has one.
    fn hash(&mut self, opts: &Options) -> Result<()> {
        // has_explicit_hash: a `__hash__` of the body's own, not the None
        // that a body's `__eq__` implies.
        let explicit = {
            let attrs = self.c.attrs.borrow();
            match attrs.get("__hash__") {
                None => false,
                Some(Value::None) => attrs.get("__eq__").is_none(),
                Some(_) => true,
            }
        };
        if !opts.eq || explicit {
            return Ok(());
        }
        if opts.frozen {
            let hashed: Vec<String> = self
                .fields
                .iter()
                .filter(|f| match &f[6] {
                    Value::None => flag(f, COMPARE),
                    h => matches!(h, Value::Bool(true)),
                })
                .map(|f| format!("self.{}", field_name(f)))
                .collect();
            let body = format!("  return hash({})", tuple_of(&hashed));
            let f = self.create("__hash__", "self", &body, &[])?;
            self.c.attrs.borrow_mut().set("__hash__", f);
        } else {
            self.c.attrs.borrow_mut().set("__hash__", Value::None);
        }
        Ok(())
    }

    fn cmp_fn(&mut self, name: &str, op: &str, compared: &[String]) -> Result<Value> {
        let of = |who: &str| {
            tuple_of(
                &compared
                    .iter()
                    .map(|n| format!("{who}.{n}"))
                    .collect::<Vec<_>>(),
            )
        };
        // CPython compares `__class__`es; npcalc's builtin values answer
        // `type()` only, which is the same class for every value here.
        let body = format!(
            "  if type(other) is type(self):\n   return {}{op}{}\n  return NotImplemented",
            of("self"),
            of("other")
        );
        self.create(name, "self, other", &body, &[])
    }

    /// `_init_fn`: parameters with their defaults, one assignment per field,
    /// then `__post_init__`.
    fn init_fn(&mut self, frozen: bool) -> Result<Value> {
        let mut params = vec!["self".to_string()];
        let mut lines = Vec::new();
        let mut locals = Vec::new();
        let mut seen_default = false;
        for f in self.fields {
            let name = field_name(f);
            let dflt = format!("_dflt_{name}");
            let has_factory = !is_missing(&f[FACTORY]);
            let has_default = !is_missing(&f[DEFAULT]);
            if flag(f, INIT) {
                if has_factory || has_default {
                    seen_default = true;
                } else if seen_default {
                    return Err(Error::type_error(format!(
                        "non-default argument '{name}' follows default argument"
                    )));
                }
            }
            let value = match (has_factory, flag(f, INIT)) {
                (true, true) => {
                    params.push(format!("{name}=_HAS_DEFAULT_FACTORY"));
                    locals.push((dflt.clone(), f[FACTORY].clone()));
                    Some(format!(
                        "{dflt}() if {name} is _HAS_DEFAULT_FACTORY else {name}"
                    ))
                }
                (true, false) => {
                    locals.push((dflt.clone(), f[FACTORY].clone()));
                    Some(format!("{dflt}()"))
                }
                (false, true) => {
                    if has_default {
                        params.push(format!("{name}={dflt}"));
                        locals.push((dflt, f[DEFAULT].clone()));
                    } else {
                        params.push(name.clone());
                    }
                    Some(name.clone())
                }
                (false, false) => None,
            };
            if let Some(value) = value {
                lines.push(match frozen {
                    true => format!("  __dataclass_setattr__(self, {name:?}, {value})"),
                    false => format!("  self.{name}={value}"),
                });
            }
        }
        if self.c.lookup("__post_init__").is_some() {
            lines.push("  self.__post_init__()".to_string());
        }
        if lines.is_empty() {
            lines.push("  pass".to_string());
        }
        self.create("__init__", &params.join(", "), &lines.join("\n"), &locals)
    }

    /// `_create_fn`: runs `def name(params): body` inside a function whose
    /// parameters are the locals it needs, and names it after the class.
    fn create(
        &mut self,
        name: &str,
        params: &str,
        body: &str,
        locals: &[(String, Value)],
    ) -> Result<Value> {
        let mut names = vec![
            "cls".to_string(),
            "_HAS_DEFAULT_FACTORY".to_string(),
            "FrozenInstanceError".to_string(),
            "__dataclass_setattr__".to_string(),
        ];
        let mut values = vec![
            Value::Class(self.c.clone()),
            sentinel(&HAS_FACTORY),
            Value::Type(TypeObj::Exc(Exc::FrozenInstanceError)),
            Value::Function(&OBJECT_SETATTR),
        ];
        for (n, v) in locals {
            names.push(n.clone());
            values.push(v.clone());
        }
        let source = format!(
            "def __create_fn__({}):\n def {name}({params}):\n{}\n return {name}\n",
            names.join(", "),
            body.lines()
                .map(|l| format!(" {l}"))
                .collect::<Vec<_>>()
                .join("\n")
        );
        let made = self.it.run_generated(&source, values)?;
        let qualname = format!("{}.{name}", self.c.qualname);
        self.it
            .set_attribute(&made, "__qualname__", Value::str(&qualname))?;
        Ok(made)
    }
}

/// `(a,b,)` as `_tuple_str` writes it, `()` when empty.
fn tuple_of(items: &[String]) -> String {
    match items.is_empty() {
        true => "()".to_string(),
        false => format!("({},)", items.join(",")),
    }
}

fn object_setattr(_: &mut Interp, args: &Args) -> Result<Value> {
    let (obj, name) = (args.get("self"), args.get("name"));
    match (&obj, &name) {
        (Value::Instance(inst), Value::Str(n)) => {
            inst.attrs.borrow_mut().set(n, args.get("value"));
            Ok(Value::None)
        }
        _ => Err(Error::type_error("attribute name must be string")),
    }
}

/// The fields of a dataclass or its instance, None for anything else.
fn fields_of(v: &Value) -> Option<Vec<Rc<[Value]>>> {
    match v {
        Value::Class(c) => class_fields(c),
        Value::Instance(inst) => class_fields(&inst.class),
        _ => None,
    }
}

fn fields_fn(_: &mut Interp, args: &Args) -> Result<Value> {
    let fields = fields_of(&args.get("class_or_instance"))
        .ok_or_else(|| Error::type_error("must be called with a dataclass type or instance"))?;
    Ok(Value::tuple(
        fields
            .into_iter()
            .map(|f| Value::NamedTuple(&FIELD, f))
            .collect(),
    ))
}

fn is_dataclass(_: &mut Interp, args: &Args) -> Result<Value> {
    Ok(Value::Bool(fields_of(&args.get("obj")).is_some()))
}

/// `_asdict_inner`/`_astuple_inner`: dataclasses, lists, tuples and dicts
/// rebuilt all the way down, anything else deep-copied.
fn inner(it: &mut Interp, v: &Value, as_dict: bool) -> Result<Value> {
    if let (Value::Instance(_), Some(fields)) = (v, fields_of(v)) {
        let mut pairs = Vec::new();
        for f in fields {
            let name = field_name(&f);
            let value = it.getattr(v, &name)?;
            pairs.push((Value::str(&name), inner(it, &value, as_dict)?));
        }
        return Ok(match as_dict {
            true => dict::value(dict::PyDict::from_pairs(pairs)?),
            false => Value::tuple(pairs.into_iter().map(|(_, v)| v).collect()),
        });
    }
    match v {
        Value::List(_) | Value::Tuple(_) => {
            let mut items = Vec::new();
            for x in it.iterate(v)? {
                items.push(inner(it, &x, as_dict)?);
            }
            Ok(match v {
                Value::List(_) => Value::list(items),
                _ => Value::tuple(items),
            })
        }
        Value::Dict(d) => {
            let entries = d.borrow().entries().to_vec();
            let rebuilt = std::rc::Rc::new(std::cell::RefCell::new(dict::PyDict::new()));
            for (k, x) in entries {
                let (k, x) = (inner(it, &k, as_dict)?, inner(it, &x, as_dict)?);
                super::userkeys::dict_insert(it, &rebuilt, k, x)?;
            }
            Ok(Value::Dict(rebuilt))
        }
        _ => {
            let deepcopy = super::functional::attr(super::Module::Copy, "deepcopy")
                .expect("copy has deepcopy");
            call_with(it, &deepcopy, vec![v.clone()])
        }
    }
}

fn as_container(it: &mut Interp, args: &Args, as_dict: bool, factory: &str) -> Result<Value> {
    if args.given(factory) {
        return Err(unsupported(&format!("{factory}=")));
    }
    let obj = args.get("obj");
    if !matches!(obj, Value::Instance(_)) || fields_of(&obj).is_none() {
        let name = if as_dict { "asdict" } else { "astuple" };
        return Err(Error::type_error(format!(
            "{name}() should be called on dataclass instances"
        )));
    }
    inner(it, &obj, as_dict)
}

fn asdict(it: &mut Interp, args: &Args) -> Result<Value> {
    as_container(it, args, true, "dict_factory")
}

fn astuple(it: &mut Interp, args: &Args) -> Result<Value> {
    as_container(it, args, false, "tuple_factory")
}

/// `replace(obj, /, **changes)`: a new instance from `obj`'s init fields
/// with `changes` applied.
fn replace(it: &mut Interp, args: &Args) -> Result<Value> {
    let obj = args.get("obj");
    let (Value::Instance(inst), Some(fields)) = (&obj, fields_of(&obj)) else {
        return Err(Error::type_error(
            "replace() should be called on dataclass instances",
        ));
    };
    let Value::Dict(changes) = args.get("changes") else {
        unreachable!("**changes is a dict");
    };
    let mut keywords: Vec<(String, Value, Span)> = changes
        .borrow()
        .entries()
        .iter()
        .filter_map(|(k, v)| match k {
            Value::Str(k) => Some((k.to_string(), v.clone(), args.call_span)),
            _ => None,
        })
        .collect();
    for f in fields {
        let name = field_name(&f);
        let given = keywords.iter().any(|(k, _, _)| *k == name);
        if !flag(&f, INIT) {
            if given {
                return Err(Error::value_error(format!(
                    "field {name} is declared with init=False, it cannot be specified with replace()"
                )));
            }
            continue;
        }
        if !given {
            keywords.push((name.clone(), it.getattr(&obj, &name)?, args.call_span));
        }
    }
    let call = CallArgs {
        positional: Vec::new(),
        keywords,
    };
    it.call(&Value::Class(inst.class.clone()), call, args.call_span)
}

/// The fields pprint lays out a dataclass instance by (those with
/// `repr=True`), when its class keeps the generated `__repr__`.
pub(super) fn repr_fields(v: &Value) -> Option<Vec<String>> {
    let Value::Instance(inst) = v else {
        return None;
    };
    let fields = class_fields(&inst.class)?;
    match inst.class.lookup("__repr__") {
        Some(Value::UserFunction(f)) if f.code_qualname.starts_with("__create_fn__") => Some(
            fields
                .iter()
                .filter(|f| flag(f, REPR))
                .map(|f| field_name(f))
                .collect(),
        ),
        _ => None,
    }
}
