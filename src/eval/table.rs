//! The one table of callables: NumPy functions, ndarray methods and Python
//! builtins, each with its parameters, defaults and documentation. Argument
//! checking, error messages, `help()` and tab completion all read it.

use super::Interp;
use super::value::{TypeObj, Value};
use crate::error::{Error, Result, Span};

pub type Imp = fn(&mut Interp, &Args) -> Result<Value>;

/// Where a callable lives, which decides how it is named and which argument
/// errors CPython/NumPy give for it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Owner {
    /// A function written in Python (`np.name`, `statistics.name`): Python's
    /// own argument messages.
    Numpy,
    /// `np.name` implemented in C with NumPy's argument parser.
    NumpyC,
    /// `np.name` implemented in C that still parses with the classic
    /// `PyArg_ParseTupleAndKeywords` (`fromiter`).
    NumpyArgs,
    /// `ndarray.name`, a C method with the classic `PyArg_ParseTupleAndKeywords` messages.
    Method,
    /// `ndarray.name`, a C method parsed by NumPy's `npy_parse_arguments`.
    MethodNpy,
    /// A method compiled by Cython (`np.random`'s Generator, RandomState).
    MethodCython,
    /// `ndarray.name` that NumPy forwards to a Python function (`sum`, `astype`, …).
    MethodPy,
    /// `np.add.name` / `np.multiply.name`.
    Ufunc,
    /// A Python builtin such as `len` or `print`, parsed the way Argument
    /// Clinic would for its parameters (`METH_O`, positional-only, keywords).
    Builtin,
    /// A builtin whose C code counts its positional arguments itself, before
    /// any keyword (`sorted`, `max`, `reversed`): "sorted expected 1 argument, got 0".
    BuiltinCounts,
    /// A method written in Python on a Python class (`random.Random.randint`):
    /// Python's argument messages, which count `self`.
    PyMethod,
    /// A C type's special method called by name (`a.__add__`): CPython's
    /// slot wrapper, which takes no keywords and counts its arguments.
    SlotWrapper,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ParamKind {
    PositionalOnly,
    Normal,
    KeywordOnly,
    /// `*args`: takes all remaining positional arguments, as a tuple.
    VarPositional,
    /// `**kwargs`: takes all unknown keyword arguments, as a dict.
    VarKeyword,
}

#[derive(Debug)]
pub struct Param {
    pub name: &'static str,
    /// Python source of the default, `None` when the argument is required.
    pub default: Option<&'static str>,
    pub kind: ParamKind,
    pub help: &'static str,
}

#[derive(Debug)]
pub struct FnDef {
    pub name: &'static str,
    pub owner: Owner,
    /// The name CPython/NumPy use in argument errors when it differs (e.g. `_sum`).
    pub error_name: Option<&'static str>,
    pub params: &'static [Param],
    /// One paragraph: what the function means.
    pub doc: &'static str,
    pub examples: &'static [&'static str],
    pub imp: Imp,
}

/// A Python type's methods: its own table, then one it shares with a
/// related type (a set has frozenset's read-only methods, and its own
/// mutating ones), each declared once.
#[derive(Clone, Copy)]
pub struct Methods {
    own: &'static [FnDef],
    shared: &'static [FnDef],
}

impl Methods {
    pub const fn of(own: &'static [FnDef]) -> Self {
        Methods { own, shared: &[] }
    }

    pub const fn sharing(own: &'static [FnDef], shared: &'static [FnDef]) -> Self {
        Methods { own, shared }
    }

    pub fn iter(self) -> impl Iterator<Item = &'static FnDef> {
        self.own.iter().chain(self.shared)
    }

    pub fn find(self, name: &str) -> Option<&'static FnDef> {
        self.iter().find(|f| f.name == name)
    }
}

impl FnDef {
    pub fn is_builtin(&self) -> bool {
        matches!(self.owner, Owner::Builtin | Owner::BuiltinCounts)
    }

    pub fn is_method(&self) -> bool {
        matches!(
            self.owner,
            Owner::Method | Owner::MethodNpy | Owner::MethodPy
        )
    }

    /// `cumsum(a, axis=None, dtype=None, out=None)`, as help() shows it.
    pub fn signature(&self) -> String {
        let mut parts = Vec::new();
        let mut slash = false;
        let mut star = false;
        for (i, p) in self.params.iter().enumerate() {
            if p.kind == ParamKind::KeywordOnly && !star {
                parts.push("*".to_string());
                star = true;
            }
            let s = match (p.kind, p.default) {
                (ParamKind::VarPositional, _) => {
                    star = true;
                    format!("*{}", p.name)
                }
                (ParamKind::VarKeyword, _) => format!("**{}", p.name),
                (_, Some(d)) => format!("{}={}", p.name, d),
                (_, None) => p.name.to_string(),
            };
            parts.push(s);
            let next_positional_only = self
                .params
                .get(i + 1)
                .is_some_and(|n| n.kind == ParamKind::PositionalOnly);
            if p.kind == ParamKind::PositionalOnly && !next_positional_only && !slash {
                parts.push("/".to_string());
                slash = true;
            }
        }
        format!("{}({})", self.name, parts.join(", "))
    }
}

/// Arguments as written at a call site, already evaluated.
#[derive(Clone, Default)]
pub struct CallArgs {
    pub positional: Vec<(Value, Span)>,
    pub keywords: Vec<(String, Value, Span)>,
}

/// Arguments bound to a FnDef's parameters.
#[derive(Clone, Debug)]
pub struct Args {
    /// The bound `self` for methods.
    pub this: Option<Value>,
    values: Vec<Option<(Value, Span)>>,
    params: &'static [Param],
    pub call_span: Span,
}

impl Args {
    fn slot(&self, name: &str) -> Option<usize> {
        self.params.iter().position(|p| p.name == name)
    }

    /// The argument's value, or its declared default (None for a parameter
    /// the function does not declare).
    pub fn get(&self, name: &str) -> Value {
        match self.slot(name) {
            Some(i) => match &self.values[i] {
                Some((v, _)) => v.clone(),
                None => default_value(self.params[i].default.unwrap_or("None")),
            },
            None => Value::None,
        }
    }

    /// Whether the function declares this parameter.
    pub fn params_has(&self, name: &str) -> bool {
        self.params.iter().any(|p| p.name == name)
    }

    /// Whether the caller passed this argument.
    pub fn given(&self, name: &str) -> bool {
        self.slot(name).is_some_and(|i| self.values[i].is_some())
    }

    /// Where the argument was written, or the whole call when defaulted.
    pub fn span(&self, name: &str) -> Span {
        self.slot(name)
            .and_then(|i| self.values[i].as_ref())
            .map_or(self.call_span, |(_, s)| *s)
    }

    /// `self` of a method call.
    pub fn this(&self) -> &Value {
        self.this.as_ref().expect("method called without self")
    }
}

/// Defaults are written as Python source in the table; these are all the forms used.
fn default_value(src: &str) -> Value {
    match src {
        "None" => Value::None,
        "True" => Value::Bool(true),
        "False" => Value::Bool(false),
        "()" => Value::tuple(vec![]),
        s if s.starts_with('\'') => Value::str(&s.trim_matches('\'').replace("\\n", "\n")),
        "float" => Value::Type(TypeObj::Float),
        "int" => Value::Type(TypeObj::Int),
        s => match (s.parse::<i64>(), s.parse::<f64>()) {
            (Ok(i), _) => Value::int(i),
            (_, Ok(f)) => Value::Float(f),
            // Descriptive defaults (e.g. `<no value>`) read as "not given".
            _ => Value::None,
        },
    }
}

/// Binds call arguments to parameters, with the argument errors CPython or
/// NumPy would give for this kind of callable.
pub fn bind(
    f: &'static FnDef,
    this: Option<Value>,
    call: CallArgs,
    call_span: Span,
) -> Result<Args> {
    // CPython's caret for an argument error is the call's, not an argument's.
    if let Some(msg) = super::argerrors::check(f, this.as_ref(), &call) {
        return Err(Error::type_error(msg));
    }
    let params = f.params;
    let mut values: Vec<Option<(Value, Span)>> = vec![None; params.len()];
    let varargs = params
        .iter()
        .position(|p| p.kind == ParamKind::VarPositional);
    let mut rest = Vec::new();
    for (i, (v, s)) in call.positional.into_iter().enumerate() {
        match varargs {
            Some(va) if i >= va => rest.push(v),
            _ => values[i] = Some((v, s)),
        }
    }
    if let Some(va) = varargs {
        values[va] = Some((Value::tuple(rest), call_span));
    }
    // The checks above leave every keyword a parameter's or `**kwargs`'.
    let mut extra_kw = Vec::new();
    for (kw, v, s) in call.keywords {
        match params.iter().position(|p| {
            p.name == kw && matches!(p.kind, ParamKind::Normal | ParamKind::KeywordOnly)
        }) {
            Some(i) => values[i] = Some((v, s)),
            None => extra_kw.push((Value::str(&kw), v)),
        }
    }
    if let Some(vk) = params.iter().position(|p| p.kind == ParamKind::VarKeyword) {
        values[vk] = Some((
            super::dict::value(super::dict::PyDict::from_pairs(extra_kw)?),
            call_span,
        ));
    }
    Ok(Args {
        this,
        values,
        params,
        call_span,
    })
}

/// A parameter in a function table: `p!(Normal "axis" = "None", "help")`.
macro_rules! p {
    ($kind:ident $name:literal, $help:literal) => {
        $crate::eval::table::Param {
            name: $name,
            default: None,
            kind: $crate::eval::table::ParamKind::$kind,
            help: $help,
        }
    };
    ($kind:ident $name:literal = $default:literal, $help:literal) => {
        $crate::eval::table::Param {
            name: $name,
            default: Some($default),
            kind: $crate::eval::table::ParamKind::$kind,
            help: $help,
        }
    };
}
pub(crate) use p;

/// A Python builtin's table entry (`len`, `itertools.accumulate`, …);
/// `builtin!(counts "sorted", …)` for one whose C code counts its positional
/// arguments itself.
macro_rules! builtin {
    (counts $($rest:tt)*) => {
        $crate::eval::table::builtin!(@ BuiltinCounts $($rest)*)
    };
    (@ $owner:ident $name:literal, [$($param:expr),*], $doc:literal, [$($ex:literal),*], $imp:expr) => {
        $crate::eval::table::FnDef {
            name: $name,
            owner: $crate::eval::table::Owner::$owner,
            error_name: None,
            params: &[$($param),*],
            doc: $doc,
            examples: &[$($ex),*],
            imp: $imp,
        }
    };
    ($($rest:tt)*) => {
        $crate::eval::table::builtin!(@ Builtin $($rest)*)
    };
}
pub(crate) use builtin;

/// The table entry of a function CPython's library writes in Python
/// (`statistics.mean`, `functools.wraps`): Python's argument messages.
macro_rules! python_fn {
    ($name:literal, [$($param:expr),*], $doc:literal, $imp:expr) => {
        $crate::eval::table::FnDef {
            name: $name,
            owner: $crate::eval::table::Owner::Numpy,
            error_name: None,
            params: &[$($param),*],
            doc: $doc,
            examples: &[],
            imp: $imp,
        }
    };
}
pub(crate) use python_fn;

/// A method's table entry: `method!("name", [params], "doc", imp)` for a
/// method of a Python builtin type. `"name" as Some("str.join")` names it
/// with its class in errors, as CPython does for single-argument (METH_O)
/// methods; a leading owner (`method!(Method "name", …)`) gives another
/// `Owner`'s argument messages.
macro_rules! method {
    ($owner:ident $name:literal as $error_name:expr, [$($param:expr),*], $doc:literal, $imp:expr) => {
        $crate::eval::table::FnDef {
            name: $name,
            owner: $crate::eval::table::Owner::$owner,
            error_name: $error_name,
            params: &[$($param),*],
            doc: $doc,
            examples: &[],
            imp: $imp,
        }
    };
    ($owner:ident $name:literal, [$($param:expr),*], $doc:literal, $imp:expr) => {
        $crate::eval::table::method!($owner $name as None, [$($param),*], $doc, $imp)
    };
    ($name:literal $($rest:tt)*) => {
        $crate::eval::table::method!(Builtin $name $($rest)*)
    };
}
pub(crate) use method;
