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
    /// `np.name`, a Python-level function (Python's own argument messages).
    Numpy,
    /// `np.name` implemented in C with NumPy's argument parser.
    NumpyC,
    /// `ndarray.name`, a C method with the classic `PyArg_ParseTupleAndKeywords` messages.
    Method,
    /// `ndarray.name` that NumPy forwards to a Python function (`sum`, `astype`, …).
    MethodPy,
    /// `np.add.name` / `np.multiply.name`.
    Ufunc,
    /// A Python builtin such as `len` or `print`.
    Builtin,
    /// A method written in Python on a Python class (`random.Random.randint`):
    /// Python's argument messages, which count `self`.
    PyMethod,
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
        self.owner == Owner::Builtin
    }

    pub fn is_method(&self) -> bool {
        matches!(self.owner, Owner::Method | Owner::MethodPy)
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

    fn err_name(&self) -> &'static str {
        self.error_name.unwrap_or(self.name)
    }
}

/// Arguments as written at a call site, already evaluated.
#[derive(Default)]
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

fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("{n} {word}")
    } else {
        format!("{n} {word}s")
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
    let name = f.err_name();
    let params = f.params;
    let mut values: Vec<Option<(Value, Span)>> = vec![None; params.len()];
    let n_pos_params = params
        .iter()
        .filter(|p| matches!(p.kind, ParamKind::PositionalOnly | ParamKind::Normal))
        .count();
    let varargs = params
        .iter()
        .position(|p| p.kind == ParamKind::VarPositional);
    let required_pos = params
        .iter()
        .filter(|p| {
            matches!(p.kind, ParamKind::PositionalOnly | ParamKind::Normal) && p.default.is_none()
        })
        .count();
    let given = call.positional.len();
    let total_given = given + call.keywords.len();

    // Too many positional arguments.
    if varargs.is_none() && given > n_pos_params {
        let msg = match f.owner {
            // METH_NOARGS builtins (`str.upper`, `list.copy`, …).
            Owner::Builtin if params.is_empty() => {
                format!("{name}() takes no arguments ({given} given)")
            }
            Owner::Method | Owner::Builtin => {
                if n_pos_params == required_pos && f.owner == Owner::Builtin && n_pos_params == 1 {
                    format!("{name}() takes exactly one argument ({given} given)")
                } else if n_pos_params == required_pos {
                    format!(
                        "{name}() takes exactly {} ({total_given} given)",
                        plural(n_pos_params, "argument")
                    )
                } else if f.owner == Owner::Method && n_pos_params == 0 {
                    format!("function takes exactly 0 arguments ({given} given)")
                } else {
                    format!(
                        "{name}() takes at most {} ({total_given} given)",
                        plural(n_pos_params, "argument")
                    )
                }
            }
            _ => {
                // A Python method's count includes its `self`.
                let own = usize::from(f.owner == Owner::PyMethod);
                let (required_pos, n_pos_params, given) =
                    (required_pos + own, n_pos_params + own, given + own);
                let takes = if required_pos == n_pos_params {
                    plural(n_pos_params, "positional argument")
                } else {
                    format!("from {required_pos} to {n_pos_params} positional arguments")
                };
                let was = if given == 1 { "was" } else { "were" };
                format!("{name}() takes {takes} but {given} {was} given")
            }
        };
        return Err(Error::type_error(msg).at(call.positional[n_pos_params].1));
    }

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

    let varkw = params.iter().position(|p| p.kind == ParamKind::VarKeyword);
    let mut extra_kw = Vec::new();
    let mut pos_only_as_kw = Vec::new();
    // CPython's builtins that take no keyword refuse any keyword at all.
    let keywordless = params
        .iter()
        .all(|p| matches!(p.kind, ParamKind::PositionalOnly | ParamKind::VarPositional));
    if let (Owner::Builtin, true, Some((_, _, s))) = (f.owner, keywordless, call.keywords.first()) {
        return Err(Error::type_error(format!("{name}() takes no keyword arguments")).at(*s));
    }
    for (kw, v, s) in call.keywords {
        let slot = params.iter().position(|p| {
            p.name == kw && !matches!(p.kind, ParamKind::VarPositional | ParamKind::VarKeyword)
        });
        match slot {
            // An optional positional-only argument of an old-style builtin
            // (`int(x=…)`) is an unknown keyword to CPython.
            Some(i)
                if params[i].kind == ParamKind::PositionalOnly
                    && f.owner == Owner::Builtin
                    && params[i].default.is_some() =>
            {
                let msg = format!("'{kw}' is an invalid keyword argument for {name}()");
                return Err(Error::type_error(msg).at(s));
            }
            Some(i) if params[i].kind == ParamKind::PositionalOnly => pos_only_as_kw.push(kw),
            Some(i) => {
                if values[i].is_some() {
                    let msg = match f.owner {
                        Owner::Method => format!(
                            "argument for {name}() given by name ('{kw}') and position ({})",
                            i + 1
                        ),
                        Owner::NumpyC | Owner::Ufunc => {
                            format!(
                                "argument for {name}() given by name ('{kw}') and position (position {i})"
                            )
                        }
                        _ => format!("{name}() got multiple values for argument '{kw}'"),
                    };
                    return Err(Error::type_error(msg).at(s));
                }
                values[i] = Some((v, s));
            }
            None if varkw.is_some() => extra_kw.push((Value::str(&kw), v)),
            None => {
                let msg = match f.owner {
                    Owner::Method | Owner::Builtin => {
                        format!("'{kw}' is an invalid keyword argument for {name}()")
                    }
                    _ => format!("{name}() got an unexpected keyword argument '{kw}'"),
                };
                return Err(Error::type_error(msg).at(s));
            }
        }
    }
    if let Some(vk) = varkw {
        values[vk] = Some((
            super::dict::value(super::dict::PyDict::from_pairs(extra_kw)?),
            call_span,
        ));
    }
    if !pos_only_as_kw.is_empty() {
        let names = pos_only_as_kw.join(", ");
        return Err(Error::type_error(format!(
            "{name}() got some positional-only arguments passed as keyword arguments: '{names}'"
        )));
    }

    // Missing required arguments.
    let missing: Vec<(usize, &Param)> = params
        .iter()
        .enumerate()
        .filter(|(i, p)| {
            p.default.is_none()
                && !matches!(p.kind, ParamKind::VarPositional | ParamKind::VarKeyword)
                && values[*i].is_none()
        })
        .collect();
    if let Some(&(pos, p)) = missing.first() {
        let msg = match f.owner {
            Owner::Method | Owner::Builtin if n_pos_params == 1 && f.owner == Owner::Builtin => {
                format!("{name}() takes exactly one argument ({total_given} given)")
            }
            Owner::Method => {
                format!(
                    "{name}() takes exactly {} ({total_given} given)",
                    plural(n_pos_params, "argument")
                )
            }
            Owner::NumpyC | Owner::Ufunc | Owner::MethodPy | Owner::Builtin => {
                format!(
                    "{name}() missing required argument '{}' (pos {pos})",
                    p.name
                )
            }
            Owner::Numpy | Owner::PyMethod => {
                let kind = if p.kind == ParamKind::KeywordOnly {
                    "required keyword-only"
                } else {
                    "required positional"
                };
                let names: Vec<String> = missing
                    .iter()
                    .filter(|(_, q)| {
                        (q.kind == ParamKind::KeywordOnly) == (p.kind == ParamKind::KeywordOnly)
                    })
                    .map(|(_, q)| format!("'{}'", q.name))
                    .collect();
                let list = match names.len() {
                    1 => names[0].clone(),
                    2 => format!("{} and {}", names[0], names[1]),
                    _ => format!(
                        "{}, and {}",
                        names[..names.len() - 1].join(", "),
                        names[names.len() - 1]
                    ),
                };
                format!(
                    "{name}() missing {} {kind} {}: {list}",
                    names.len(),
                    if names.len() == 1 {
                        "argument"
                    } else {
                        "arguments"
                    }
                )
            }
        };
        return Err(Error::type_error(msg));
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

/// A Python builtin's table entry (`len`, `itertools.accumulate`, …).
macro_rules! builtin {
    ($name:literal, [$($param:expr),*], $doc:literal, [$($ex:literal),*], $imp:expr) => {
        $crate::eval::table::FnDef {
            name: $name,
            owner: $crate::eval::table::Owner::Builtin,
            error_name: None,
            params: &[$($param),*],
            doc: $doc,
            examples: &[$($ex),*],
            imp: $imp,
        }
    };
}
pub(crate) use builtin;

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
