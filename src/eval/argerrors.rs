//! The argument errors of CPython's and NumPy's argument parsers. Each
//! parser checks a call in its own order and words the first problem its own
//! way; these are ports of their checks, run before binding, so that binding
//! itself never fails.

use super::Value;
use super::table::{CallArgs, FnDef, Owner, Param, ParamKind};

/// The parser that checks a callable's arguments.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Parser {
    /// A Python `def` (CPython's `initialize_locals`); a method counts `self`.
    Python { counts_self: bool },
    /// Argument Clinic with keywords (`_PyArg_UnpackKeywords`).
    Clinic,
    /// C code that counts its positional arguments itself
    /// (`_PyArg_CheckPositional`, `_PyArg_UnpackStack`), then its keywords.
    Positional,
    /// `METH_O`: exactly one positional argument.
    OneArg,
    /// `METH_NOARGS`.
    NoArgs,
    /// `PyArg_ParseTuple` behind `METH_VARARGS`: no keywords, then a count.
    Tuple,
    /// `PyArg_ParseTupleAndKeywords` (`vgetargskeywords`).
    TupleAndKeywords,
    /// NumPy's `npy_parse_arguments`.
    Npy,
    /// Cython's generated parsing (`np.random`'s Generator and RandomState).
    Cython,
    /// A slot wrapper (`a.__add__`): `wrap_binaryfunc` and kin.
    Wrapper,
}

fn parser(f: &FnDef) -> Parser {
    let p = f.params;
    match f.owner {
        Owner::Numpy | Owner::MethodPy => Parser::Python { counts_self: false },
        Owner::PyMethod => Parser::Python { counts_self: true },
        Owner::SlotWrapper => Parser::Wrapper,
        Owner::NumpyC | Owner::Ufunc | Owner::MethodNpy => Parser::Npy,
        Owner::MethodCython => Parser::Cython,
        Owner::Method if p.iter().all(|q| q.kind == ParamKind::PositionalOnly) => Parser::Tuple,
        Owner::Method | Owner::NumpyArgs => Parser::TupleAndKeywords,
        Owner::BuiltinCounts => Parser::Positional,
        // Argument Clinic picks the calling convention from the signature.
        Owner::Builtin if p.is_empty() => Parser::NoArgs,
        Owner::Builtin
            if p.len() == 1 && p[0].kind == ParamKind::PositionalOnly && p[0].default.is_none() =>
        {
            Parser::OneArg
        }
        Owner::Builtin if p.iter().all(|q| q.kind == ParamKind::PositionalOnly) => {
            Parser::Positional
        }
        Owner::Builtin => Parser::Clinic,
    }
}

/// The first argument error CPython or NumPy would raise for this call.
pub fn check(f: &FnDef, this: Option<&Value>, call: &CallArgs) -> Option<String> {
    let shape = Shape::new(f, this, call);
    match parser(f) {
        Parser::Python { counts_self } => shape.python(counts_self),
        Parser::Clinic => shape.clinic(),
        Parser::Positional => shape.positional(),
        Parser::OneArg => shape.exactly(1, "exactly one argument"),
        Parser::NoArgs => shape.exactly(0, "no arguments"),
        Parser::Tuple => shape.no_keywords().or_else(|| shape.tuple()),
        Parser::TupleAndKeywords => shape.tuple_and_keywords(),
        Parser::Npy => shape.npy(),
        Parser::Cython => shape.cython(),
        Parser::Wrapper => shape.wrapper(),
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

/// A call seen as a parser sees it: how many positional arguments, which
/// keywords, against which parameters.
struct Shape<'a> {
    f: &'a FnDef,
    /// The receiver of a method call, which names a shared method's type.
    this: Option<&'a Value>,
    name: &'static str,
    given: usize,
    kws: Vec<&'a str>,
    /// Positional parameters (positional-only first, then normal).
    positional: Vec<&'static Param>,
    posonly: usize,
    /// Positional parameters without a default.
    required: usize,
    varargs: bool,
    varkw: bool,
}

impl<'a> Shape<'a> {
    fn new(f: &'a FnDef, this: Option<&'a Value>, call: &'a CallArgs) -> Self {
        let positional: Vec<&Param> = f
            .params
            .iter()
            .filter(|p| matches!(p.kind, ParamKind::PositionalOnly | ParamKind::Normal))
            .collect();
        Shape {
            f,
            this,
            name: f.error_name.unwrap_or(f.name),
            given: call.positional.len(),
            kws: call.keywords.iter().map(|(k, _, _)| k.as_str()).collect(),
            posonly: positional
                .iter()
                .filter(|p| p.kind == ParamKind::PositionalOnly)
                .count(),
            required: positional.iter().filter(|p| p.default.is_none()).count(),
            positional,
            varargs: f.params.iter().any(|p| p.kind == ParamKind::VarPositional),
            varkw: f.params.iter().any(|p| p.kind == ParamKind::VarKeyword),
        }
    }

    /// The function as getargs.c names it: `f()`, or for a format without a
    /// name (`error_name: Some("")`, as datetime's constructors) "function"
    /// ("this function" after "for").
    fn callee(&self) -> String {
        match self.f.error_name {
            Some("") => "function".into(),
            _ => format!("{}()", self.name),
        }
    }

    /// Whether a keyword names a positional parameter already given by position.
    fn by_position(&self, kw: &str) -> bool {
        self.positional[..self.given.min(self.positional.len())]
            .iter()
            .any(|p| p.name == kw && p.kind == ParamKind::Normal)
    }

    fn kw(&self, name: &str) -> bool {
        self.kws.contains(&name)
    }

    /// Parameters that can be named: positional-or-keyword, then keyword-only.
    fn named(&self) -> impl Iterator<Item = &'static Param> + '_ {
        self.f
            .params
            .iter()
            .filter(|p| matches!(p.kind, ParamKind::Normal | ParamKind::KeywordOnly))
    }

    /// `_PyObject_FunctionStr`: C functions named with their module or
    /// class, except builtins (`math.ceil`, `str.upper`, `len`).
    fn function_str(&self) -> String {
        let qualifier = if self.f.is_method() {
            Some("ndarray")
        } else {
            super::catalog::qualifier(self.f, self.this)
        };
        match qualifier {
            Some(q) => format!("{q}.{}", self.name),
            None => self.name.to_string(),
        }
    }

    /// The vectorcall check of a C function that takes no keywords; a
    /// type that counts its own arguments (`reversed`, itertools' classes)
    /// calls `_PyArg_NoKeywords` with its bare name.
    fn no_keywords(&self) -> Option<String> {
        self.kws.first()?;
        let name = match self.f.owner {
            // Its own name, not the one its count message uses ("super()").
            Owner::BuiltinCounts => self.f.name.to_string(),
            _ => self.function_str(),
        };
        Some(format!("{name}() takes no keyword arguments"))
    }

    /// A slot wrapper: `wrapperdescr_raw_call` refuses keywords as
    /// "wrapper NAME()", then `check_num_args` counts the arguments.
    fn wrapper(&self) -> Option<String> {
        if !self.kws.is_empty() {
            return Some(format!(
                "wrapper {}() takes no keyword arguments",
                self.name
            ));
        }
        let n = self.positional.len();
        // Two arguments (`__setitem__`) are unpacked by PyArg_UnpackTuple
        // under the name "", whose message keeps the space after it.
        let lead = if n == 2 { " " } else { "" };
        (self.given != n).then(|| {
            format!(
                "{lead}expected {n} argument{}, got {}",
                plural(n),
                self.given
            )
        })
    }

    /// `METH_O` and `METH_NOARGS`: no keywords, then exactly `n` arguments.
    fn exactly(&self, n: usize, takes: &str) -> Option<String> {
        self.no_keywords().or_else(|| {
            (self.given != n).then(|| {
                let msg = format!(
                    "{}() takes {takes} ({} given)",
                    self.function_str(),
                    self.given
                );
                msg
            })
        })
    }

    /// CPython 3.11 `initialize_locals`: keywords first, then the count of
    /// positional arguments, then the missing ones.
    fn python(&self, counts_self: bool) -> Option<String> {
        let name = self.name;
        let argcount = self.positional.len();
        for &kw in &self.kws {
            let slot = self.f.params.iter().position(|p| {
                p.name == kw && matches!(p.kind, ParamKind::Normal | ParamKind::KeywordOnly)
            });
            match slot {
                None if self.varkw => {}
                None => {
                    let posonly: Vec<&str> = self.positional[..self.posonly]
                        .iter()
                        .filter(|p| self.kw(p.name))
                        .map(|p| p.name)
                        .collect();
                    let msg = if posonly.is_empty() {
                        format!("{name}() got an unexpected keyword argument '{kw}'")
                    } else {
                        format!(
                            "{name}() got some positional-only arguments passed as keyword arguments: '{}'",
                            posonly.join(", ")
                        )
                    };
                    return Some(msg);
                }
                Some(i) if i < self.given.min(argcount) => {
                    let msg = format!("{name}() got multiple values for argument '{kw}'");
                    return Some(msg);
                }
                Some(_) => {}
            }
        }
        let own = usize::from(counts_self);
        if self.given > argcount && !self.varargs {
            let defaults = argcount - self.required;
            let (sig, plural_args) = if defaults > 0 {
                (
                    format!("from {} to {}", self.required + own, argcount + own),
                    true,
                )
            } else {
                ((argcount + own).to_string(), argcount + own != 1)
            };
            let kwonly_given = self
                .f
                .params
                .iter()
                .filter(|p| p.kind == ParamKind::KeywordOnly && self.kw(p.name))
                .count();
            let given = self.given + own;
            let kwonly = if kwonly_given > 0 {
                format!(
                    " positional argument{} (and {kwonly_given} keyword-only argument{})",
                    plural(given),
                    plural(kwonly_given)
                )
            } else {
                String::new()
            };
            let was = if given == 1 && kwonly_given == 0 {
                "was"
            } else {
                "were"
            };
            let msg = format!(
                "{name}() takes {sig} positional argument{} but {given}{kwonly} {was} given",
                if plural_args { "s" } else { "" }
            );
            return Some(msg);
        }
        let missing_positional: Vec<&str> = self.positional[..self.required]
            .iter()
            .enumerate()
            .filter(|(i, p)| *i >= self.given && !self.kw(p.name))
            .map(|(_, p)| p.name)
            .collect();
        if !missing_positional.is_empty() {
            return Some(missing(name, "positional", &missing_positional));
        }
        let missing_kwonly: Vec<&str> = self
            .f
            .params
            .iter()
            .filter(|p| p.kind == ParamKind::KeywordOnly && p.default.is_none() && !self.kw(p.name))
            .map(|p| p.name)
            .collect();
        (!missing_kwonly.is_empty()).then(|| missing(name, "keyword-only", &missing_kwonly))
    }

    /// CPython 3.11 `_PyArg_UnpackKeywords` (Python/getargs.c).
    fn clinic(&self) -> Option<String> {
        let name = self.name;
        let (nargs, nkwargs) = (self.given, self.kws.len());
        let maxpos = self.positional.len();
        let kwonly: Vec<&Param> = self
            .f
            .params
            .iter()
            .filter(|p| p.kind == ParamKind::KeywordOnly)
            .collect();
        let maxargs = maxpos + kwonly.len();
        let minpos = self.required;
        let minkw = kwonly.iter().filter(|p| p.default.is_none()).count();
        if !self.varargs && !self.varkw && nargs + nkwargs > maxargs {
            let msg = format!(
                "{name}() takes at most {maxargs} {}argument{} ({} given)",
                if nargs == 0 { "keyword " } else { "" },
                plural(maxargs),
                nargs + nkwargs
            );
            return Some(msg);
        }
        if !self.varargs && nargs > maxpos {
            let msg = if maxpos == 0 {
                format!("{name}() takes no positional arguments")
            } else {
                format!(
                    "{name}() takes {} {maxpos} positional argument{} ({nargs} given)",
                    if minpos < maxpos {
                        "at most"
                    } else {
                        "exactly"
                    },
                    plural(maxpos)
                )
            };
            return Some(msg);
        }
        let minposonly = self.posonly.min(minpos);
        if nargs < minposonly {
            let msg = format!(
                "{name}() takes {} {minposonly} positional argument{} ({nargs} given)",
                if minposonly < maxpos {
                    "at least"
                } else {
                    "exactly"
                },
                plural(minposonly)
            );
            return Some(msg);
        }
        let params: Vec<&Param> = self
            .positional
            .iter()
            .copied()
            .chain(kwonly.iter().copied())
            .collect();
        let reqlimit = if minkw > 0 { maxpos + minkw } else { minpos };
        let mut left = nkwargs;
        for (i, p) in params
            .iter()
            .enumerate()
            .skip(nargs.min(maxpos).max(self.posonly))
        {
            let found = if left > 0 {
                self.kw(p.name)
            } else if i >= reqlimit {
                break;
            } else {
                false
            };
            if found {
                left -= 1;
            } else if i < minpos || (maxpos <= i && i < reqlimit) {
                let msg = format!(
                    "{name}() missing required argument '{}' (pos {})",
                    p.name,
                    i + 1
                );
                return Some(msg);
            }
        }
        (left > 0).then(|| self.leftover_keywords(&params, self.posonly))?
    }

    /// Keywords left over after getargs.c's loop over `params` (the first
    /// `pos` positional-only): one that repeats a positional argument, else
    /// one no parameter takes.
    fn leftover_keywords(&self, params: &[&Param], pos: usize) -> Option<String> {
        for (i, p) in params
            .iter()
            .enumerate()
            .take(self.given.min(self.positional.len()))
            .skip(pos)
        {
            if self.kw(p.name) {
                let msg = format!(
                    "argument for {} given by name ('{}') and position ({})",
                    self.callee(),
                    p.name,
                    i + 1
                );
                return Some(msg);
            }
        }
        // Under `**kwargs` the rest are its items.
        if self.varkw {
            return None;
        }
        self.invalid_keyword(&params[pos..])
    }

    /// The first keyword no parameter in `params` takes: "'x' is an invalid
    /// keyword argument for f()".
    fn invalid_keyword(&self, params: &[&Param]) -> Option<String> {
        let kw = self
            .kws
            .iter()
            .find(|k| !params.iter().any(|p| p.name == **k))?;
        Some(format!(
            "'{kw}' is an invalid keyword argument for {}",
            match self.f.error_name {
                Some("") => "this function".into(),
                _ => self.callee(),
            }
        ))
    }

    /// C code that counts positional arguments before it looks at keywords:
    /// "divmod expected 2 arguments, got 1".
    fn positional(&self) -> Option<String> {
        let named: Vec<&Param> = self.named().collect();
        if named.is_empty()
            && !self.varkw
            && let Some(e) = self.no_keywords()
        {
            return Some(e);
        }
        let (min, max) = (
            self.required,
            if self.varargs {
                usize::MAX
            } else {
                self.positional.len()
            },
        );
        let (bound, at) = if self.given < min {
            (min, "at least ")
        } else if self.given > max {
            (max, "at most ")
        } else {
            return if self.varkw {
                None
            } else {
                self.invalid_keyword(&named)
            };
        };
        let msg = format!(
            "{} expected {}{bound} argument{}, got {}",
            self.name,
            if min == max { "" } else { at },
            plural(bound),
            self.given
        );
        Some(msg)
    }

    /// CPython 3.11 `vgetargs1`: "fill() takes exactly 1 argument (0 given)";
    /// a format without `:name` (`tolist`'s `""`) says "function".
    fn tuple(&self) -> Option<String> {
        let (min, max) = (self.required, self.positional.len());
        let (bound, how) = if self.given < min {
            (min, "at least")
        } else if self.given > max {
            (max, "at most")
        } else {
            return None;
        };
        let fname = if max == 0 {
            "function".to_string()
        } else {
            format!("{}()", self.name)
        };
        let msg = format!(
            "{fname} takes {} {bound} argument{} ({} given)",
            if min == max { "exactly" } else { how },
            plural(bound),
            self.given
        );
        Some(msg)
    }

    /// CPython 3.11 `vgetargskeywords` (Python/getargs.c), with the format's
    /// `|` after the required parameters and `$` before the keyword-only ones.
    fn tuple_and_keywords(&self) -> Option<String> {
        if self.varargs {
            // Methods with `*args` (`a.reshape(2, 3)`) parse them by hand.
            let named: Vec<&Param> = self.named().collect();
            return self.invalid_keyword(&named);
        }
        let name = self.callee();
        let params: Vec<&Param> = self
            .positional
            .iter()
            .copied()
            .chain(self.named().filter(|p| p.kind == ParamKind::KeywordOnly))
            .collect();
        let len = params.len();
        let (nargs, nkwargs) = (self.given, self.kws.len());
        if len == 0 && nargs > 0 {
            // `PyArg_ParseTuple(args, "")`, which has no function name.
            return Some(format!(
                "function takes exactly 0 arguments ({nargs} given)"
            ));
        }
        if !self.varkw && nargs + nkwargs > len {
            let msg = format!(
                "{name} takes at most {len} {}argument{} ({} given)",
                if nargs == 0 { "keyword " } else { "" },
                plural(len),
                nargs + nkwargs
            );
            return Some(msg);
        }
        let pos = self.posonly;
        let maxpos = self.positional.len();
        let mut min = usize::MAX;
        let mut left = nkwargs;
        let mut skip = false;
        let mut end = len;
        for (i, p) in params.iter().enumerate() {
            if i == self.required && self.required < len {
                min = i;
            }
            if i == maxpos && maxpos < len {
                if skip {
                    end = i;
                    break;
                }
                if maxpos < nargs {
                    let msg = if maxpos == 0 {
                        format!("{name} takes no positional arguments")
                    } else {
                        format!(
                            "{name} takes {} {maxpos} positional argument{} ({nargs} given)",
                            if min != usize::MAX {
                                "at most"
                            } else {
                                "exactly"
                            },
                            plural(maxpos)
                        )
                    };
                    return Some(msg);
                }
            }
            if skip {
                continue;
            }
            let found = i < nargs || (left > 0 && i >= pos && self.kw(p.name));
            if i >= nargs && found {
                left -= 1;
            }
            if found {
                continue;
            }
            if i < min {
                if i < pos {
                    skip = true;
                } else {
                    let msg = format!(
                        "{name} missing required argument '{}' (pos {})",
                        p.name,
                        i + 1
                    );
                    return Some(msg);
                }
            }
            if left == 0 && !skip {
                return None;
            }
        }
        if skip {
            let least = pos.min(min);
            let msg = format!(
                "{name} takes {} {least} positional argument{} ({nargs} given)",
                if least < end { "at least" } else { "exactly" },
                plural(least)
            );
            return Some(msg);
        }
        (left > 0).then(|| self.leftover_keywords(&params, pos))?
    }

    /// NumPy's `_npy_parse_arguments` (numpy/_core/src/common/npy_argparse.c).
    fn npy(&self) -> Option<String> {
        let name = self.name;
        let npositional = self.positional.len();
        let nrequired = self.required;
        if !self.varargs && self.given > npositional {
            let verb = if self.given == 1 { "was" } else { "were" };
            let takes = if npositional == nrequired {
                npositional.to_string()
            } else {
                format!("from {nrequired} to {npositional}")
            };
            let msg = format!(
                "{name}() takes {takes} positional arguments but {} {verb} given",
                self.given
            );
            return Some(msg);
        }
        for &kw in &self.kws {
            let Some(i) = self.f.params.iter().position(|p| {
                p.name == kw && matches!(p.kind, ParamKind::Normal | ParamKind::KeywordOnly)
            }) else {
                let msg = format!("{name}() got an unexpected keyword argument '{kw}'");
                return Some(msg);
            };
            if self.by_position(kw) {
                let msg = format!(
                    "argument for {name}() given by name ('{kw}') and position (position {i})"
                );
                return Some(msg);
            }
        }
        let i = (self.given..nrequired).find(|&i| !self.kw(self.positional[i].name))?;
        let msg = if i < self.posonly {
            format!("{name}() missing required positional argument {i}")
        } else {
            format!(
                "{name}() missing required argument '{}' (pos {i})",
                self.positional[i].name
            )
        };
        Some(msg)
    }

    /// Cython 3's generated argument parsing: the positional count, then
    /// `__Pyx_ParseKeywords`, then the first missing required argument,
    /// reported with `__Pyx_RaiseArgtupleInvalid` as a positional count.
    fn cython(&self) -> Option<String> {
        let name = self.name;
        let (min, max) = (self.required, self.positional.len());
        let argtuple_invalid = |found: usize| {
            let (how, expected) = if min == max {
                ("exactly", if found < min { min } else { max })
            } else if found < min {
                ("at least", min)
            } else {
                ("at most", max)
            };
            format!(
                "{name}() takes {how} {expected} positional argument{} ({found} given)",
                plural(expected)
            )
        };
        if !self.varargs && self.given > max || self.kws.is_empty() && self.given < min {
            return Some(argtuple_invalid(self.given));
        }
        for &kw in &self.kws {
            match self.f.params.iter().position(|p| p.name == kw) {
                Some(_) if self.by_position(kw) => {
                    let msg = format!("{name}() got multiple values for keyword argument '{kw}'");
                    return Some(msg);
                }
                Some(_) => {}
                None if self.varkw => {}
                None => {
                    let msg = format!("{name}() got an unexpected keyword argument '{kw}'");
                    return Some(msg);
                }
            }
        }
        if let Some(i) = (self.given..min).find(|&i| !self.kw(self.positional[i].name)) {
            return Some(argtuple_invalid(i));
        }
        let p = self.named().find(|p| {
            p.kind == ParamKind::KeywordOnly && p.default.is_none() && !self.kw(p.name)
        })?;
        Some(format!("{name}() needs keyword-only argument {}", p.name))
    }
}

/// CPython's `missing_arguments`: "f() missing 2 required positional
/// arguments: 'a' and 'b'".
fn missing(name: &str, kind: &str, names: &[&str]) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    let list = match quoted.as_slice() {
        [one] => one.clone(),
        [a, b] => format!("{a} and {b}"),
        [init @ .., last] => format!("{}, and {last}", init.join(", ")),
        [] => String::new(),
    };
    format!(
        "{name}() missing {} required {kind} argument{}: {list}",
        names.len(),
        plural(names.len())
    )
}

/// How Argument Clinic's converters name a wrong argument's type
/// (`_PyArg_BadArgument`): None by itself, anything else by its type.
pub fn clinic_type_name(v: &Value) -> String {
    match v {
        Value::None => "None".to_string(),
        other => other.type_name(),
    }
}
