//! What Jupyter shows as a cell's value: IPython's `RepresentationPrinter`
//! (IPython/lib/pretty.py, with `PlainTextFormatter`'s float printers) over
//! npcalc's values. Containers are laid out by `print::pretty`, breaking
//! at commas past 79 columns, sets sorted, `collections` types written as
//! calls; classes show as `module.Name`, functions with their signature,
//! floats through `%precision`'s format; anything else is its repr, its
//! lines kept under the enclosing indentation.

use super::{Interp, Value};
use crate::error::Result;
use crate::print::pretty::{MAX_SEQ_LENGTH, Pretty};
use crate::syntax::ast::ParamKind;

/// `obj` as IPython's displayhook writes it; `float_format` is the
/// `%`-template `%precision` set (`%r`: repr).
pub fn pretty(it: &mut Interp, v: &Value, float_format: &str) -> Result<String> {
    let mut p = Printer {
        p: Pretty::default(),
        stack: Vec::new(),
        float_format,
    };
    p.pretty(it, v)?;
    Ok(p.p.finish())
}

struct Printer<'a> {
    p: Pretty,
    /// The containers being printed, for `[...]` on a cycle.
    stack: Vec<usize>,
    float_format: &'a str,
}

/// The identity of a value that can contain itself.
fn identity(v: &Value) -> Option<usize> {
    match v {
        Value::List(l) => Some(std::rc::Rc::as_ptr(l) as usize),
        Value::Dict(d) => Some(std::rc::Rc::as_ptr(d) as *const u8 as usize),
        Value::Set(s) => Some(std::rc::Rc::as_ptr(s) as *const u8 as usize),
        Value::Deque(d) => Some(std::rc::Rc::as_ptr(d) as *const u8 as usize),
        _ => None,
    }
}

impl Printer<'_> {
    fn pretty(&mut self, it: &mut Interp, v: &Value) -> Result<()> {
        let id = identity(v);
        let cycle = id.is_some_and(|id| self.stack.contains(&id));
        self.stack.extend(id);
        self.p.begin_group(0, "");
        let r = self.dispatch(it, v, cycle);
        self.p.end_group(0, "");
        if id.is_some() {
            self.stack.pop();
        }
        r
    }

    fn dispatch(&mut self, it: &mut Interp, v: &Value, cycle: bool) -> Result<()> {
        use super::dict::Kind;
        match v {
            Value::List(l) => self.seq(it, "[", "]", &l.to_vec(), false, cycle),
            Value::Tuple(t) => self.seq(it, "(", ")", t, true, cycle),
            Value::Dict(d) => {
                let (kind, entries) = {
                    let d = d.borrow();
                    (d.kind.clone(), d.entries().to_vec())
                };
                match kind {
                    Kind::Plain => self.dict(it, &entries, cycle),
                    Kind::Counter => {
                        let most =
                            super::collections::most_common_order(&entries).unwrap_or(entries);
                        let args: Vec<Arg> = if most.is_empty() {
                            Vec::new()
                        } else {
                            vec![Arg::Dict(most)]
                        };
                        self.call(it, "Counter", &args, cycle)
                    }
                    Kind::OrderedDict => {
                        let pairs: Vec<Value> = entries
                            .into_iter()
                            .map(|(k, v)| Value::tuple(vec![k, v]))
                            .collect();
                        let args: Vec<Arg> = if pairs.is_empty() {
                            Vec::new()
                        } else {
                            vec![Arg::Value(Value::list(pairs))]
                        };
                        self.call(it, "OrderedDict", &args, cycle)
                    }
                    Kind::DefaultDict(f) => {
                        let args = [Arg::Value(*f), Arg::Dict(entries)];
                        self.call(it, "defaultdict", &args, cycle)
                    }
                }
            }
            Value::Set(s) => {
                let (frozen, items) = {
                    let s = s.borrow();
                    (s.frozen, s.items())
                };
                let (open, close) = if frozen {
                    ("frozenset({", "})")
                } else {
                    ("{", "}")
                };
                self.set(it, open, close, frozen, items, cycle)
            }
            Value::Deque(d) => {
                let (items, maxlen) = {
                    let d = d.borrow();
                    (d.items.iter().cloned().collect::<Vec<_>>(), d.maxlen)
                };
                let mut args = vec![Arg::Value(Value::list(items))];
                if let Some(n) = maxlen {
                    args.push(Arg::Keyword("maxlen", Value::int(n as i64)));
                }
                self.call(it, "deque", &args, cycle)
            }
            Value::Float(_) => self.float(it, v),
            Value::Scalar(s) if s.dtype() == crate::array::DType::Float64 => self.float(it, v),
            Value::Type(t) => {
                self.p.text(&t.qualname());
                Ok(())
            }
            Value::Class(c) => {
                self.p.text(&format!("__main__.{}", c.qualname));
                Ok(())
            }
            Value::NamedClass(c) => {
                self.p.text(&format!("__main__.{}", c.kind.qualname));
                Ok(())
            }
            Value::UserFunction(f) => {
                let text = function_text(it, f)?;
                self.p.text(&text);
                Ok(())
            }
            Value::Instance(_) if super::classes::has_special(v, "_repr_pretty_") => {
                Err(crate::error::Error::new(
                    crate::error::Exc::NotImplementedError,
                    "npcalc does not call _repr_pretty_ methods when it shows a cell's value",
                ))
            }
            Value::Instance(i)
                if !super::classes::has_special(v, "__repr__")
                    && super::classes::exception_args(v).is_none() =>
            {
                // `_default_pprint`: no `object` in the text.
                let at = format!(" at 0x{:x}>", std::rc::Rc::as_ptr(i) as usize);
                self.p.begin_group(1, "<");
                self.p.text(&format!("__main__.{}", i.class.qualname));
                self.p.text(&at[..at.len() - 1]);
                self.p.end_group(1, ">");
                Ok(())
            }
            _ => self.repr(it, v),
        }
    }

    /// `_repr_pprint`: the repr, its lines joined by forced breaks.
    fn repr(&mut self, it: &mut Interp, v: &Value) -> Result<()> {
        let text = super::classes::repr_of(it, v)?;
        self.lines(&text);
        Ok(())
    }

    fn lines(&mut self, text: &str) {
        self.p.begin_group(0, "");
        for (i, line) in crate::print::split_lines(text, false).iter().enumerate() {
            if i > 0 {
                self.p.break_();
            }
            self.p.text(line);
        }
        self.p.end_group(0, "");
    }

    /// `float_format % obj`.
    fn float(&mut self, it: &mut Interp, v: &Value) -> Result<()> {
        let text = super::format::percent(it, self.float_format, v)?;
        let text = match text {
            Value::Str(s) => s.to_string(),
            other => super::classes::str_of(it, &other)?,
        };
        self.p.text(&text);
        Ok(())
    }

    fn seq(
        &mut self,
        it: &mut Interp,
        start: &str,
        end: &str,
        items: &[Value],
        tuple: bool,
        cycle: bool,
    ) -> Result<()> {
        if cycle {
            self.p.text(&format!("{start}...{end}"));
            return Ok(());
        }
        let step = start.chars().count();
        self.p.begin_group(step, start);
        self.items(it, items)?;
        if tuple && items.len() == 1 {
            self.p.text(",");
        }
        self.p.end_group(step, end);
        Ok(())
    }

    fn dict(&mut self, it: &mut Interp, entries: &[(Value, Value)], cycle: bool) -> Result<()> {
        if cycle {
            self.p.text("{...}");
            return Ok(());
        }
        self.p.begin_group(1, "{");
        for (i, (k, v)) in entries.iter().enumerate() {
            if i > 0 {
                self.p.text(",");
                self.p.breakable(" ");
            }
            if i >= MAX_SEQ_LENGTH {
                self.p.text("...");
                break;
            }
            self.pretty(it, k)?;
            self.p.text(": ");
            self.pretty(it, v)?;
        }
        self.p.end_group(1, "}");
        Ok(())
    }

    fn set(
        &mut self,
        it: &mut Interp,
        start: &str,
        end: &str,
        frozen: bool,
        items: Vec<Value>,
        cycle: bool,
    ) -> Result<()> {
        if cycle {
            self.p.text(&format!("{start}...{end}"));
            return Ok(());
        }
        if items.is_empty() {
            self.p.text(if frozen { "frozenset()" } else { "set()" });
            return Ok(());
        }
        let items = if items.len() < MAX_SEQ_LENGTH {
            sorted_for_pprint(it, items)
        } else {
            items
        };
        let step = start.chars().count();
        self.p.begin_group(step, start);
        self.items(it, &items)?;
        self.p.end_group(step, end);
        Ok(())
    }

    /// Comma-separated items, breakable after each comma; past
    /// `MAX_SEQ_LENGTH` of them, `...` (IPython's `_enumerate`).
    fn items(&mut self, it: &mut Interp, items: &[Value]) -> Result<()> {
        for (i, x) in items.iter().enumerate() {
            if i > 0 {
                self.p.text(",");
                self.p.breakable(" ");
            }
            if i >= MAX_SEQ_LENGTH {
                self.p.text("...");
                break;
            }
            self.pretty(it, x)?;
        }
        Ok(())
    }

    /// `CallExpression(name, *args, **kwargs)` as IPython writes the
    /// `collections` types.
    fn call(&mut self, it: &mut Interp, name: &str, args: &[Arg], cycle: bool) -> Result<()> {
        self.p.begin_group(0, "");
        let prefix = format!("{name}(");
        let step = prefix.chars().count();
        self.p.begin_group(step, &prefix);
        if cycle {
            self.p.begin_group(0, "");
            self.p.text("...");
            self.p.end_group(0, "");
        } else {
            for (i, arg) in args.iter().enumerate() {
                if i > 0 {
                    self.p.text(",");
                    self.p.breakable(" ");
                }
                match arg {
                    Arg::Value(v) => self.pretty(it, v)?,
                    Arg::Dict(entries) => {
                        self.p.begin_group(0, "");
                        self.dict(it, entries, false)?;
                        self.p.end_group(0, "");
                    }
                    Arg::Keyword(key, v) => {
                        let prefix = format!("{key}=");
                        let step = prefix.chars().count();
                        self.p.begin_group(step, &prefix);
                        self.pretty(it, v)?;
                        self.p.end_group(step, "");
                    }
                }
            }
        }
        self.p.end_group(step, ")");
        self.p.end_group(0, "");
        Ok(())
    }
}

/// An argument of a `CallExpression`.
enum Arg {
    Value(Value),
    /// A dict made on the fly (`dict(obj)`), printed as one.
    Dict(Vec<(Value, Value)>),
    Keyword(&'static str, Value),
}

/// `_sorted_for_pprint`: sorted, else sorted by str(), else as they are.
fn sorted_for_pprint(it: &mut Interp, items: Vec<Value>) -> Vec<Value> {
    let keyed = items.iter().map(|x| (x.clone(), x.clone())).collect();
    if let Ok(sorted) = super::lists::merge_sort(it, keyed) {
        return sorted;
    }
    let mut keyed = Vec::with_capacity(items.len());
    for x in &items {
        match super::classes::str_of(it, x) {
            Ok(s) => keyed.push((Value::str(&s), x.clone())),
            Err(_) => return items,
        }
    }
    super::lists::merge_sort(it, keyed).unwrap_or(items)
}

/// `_function_pprint`: `<function module.qualname(signature)>`.
fn function_text(it: &mut Interp, f: &super::function::UserFn) -> Result<String> {
    let attr = |name: &str| super::fnattrs::get(f, name);
    let (qualname, module) = (attr("__qualname__")?, attr("__module__")?);
    let annotations = Some(attr("__annotations__")?);
    let mut name = match &qualname {
        Value::Str(q) => q.to_string(),
        _ => f.code.name.name.to_string(),
    };
    if let Value::Str(m) = &module
        && !m.is_empty()
        && &**m != "builtins"
    {
        name = format!("{m}.{name}");
    }
    let annotation = |it: &mut Interp, key: &str| -> Result<Option<String>> {
        let Some(Value::Dict(d)) = &annotations else {
            return Ok(None);
        };
        let found = d.borrow().get(&Value::str(key))?;
        found.map(|a| format_annotation(it, &a)).transpose()
    };
    let mut parts = Vec::new();
    let mut pos_only = false;
    let mut kw_star = true;
    for (i, param) in f.code.params.iter().enumerate() {
        let mut text = param.name.name.to_string();
        let note = annotation(it, &param.name.name)?;
        if let Some(a) = &note {
            text = format!("{text}: {a}");
        }
        if let Some(Some(d)) = f.defaults.get(i) {
            let d = super::classes::repr_of(it, d)?;
            text = match note {
                Some(_) => format!("{text} = {d}"),
                None => format!("{text}={d}"),
            };
        }
        match param.kind {
            ParamKind::PositionalOnly => pos_only = true,
            _ if pos_only => {
                parts.push("/".to_string());
                pos_only = false;
            }
            _ => {}
        }
        match param.kind {
            ParamKind::VarPositional => {
                kw_star = false;
                text = format!("*{text}");
            }
            ParamKind::KeywordOnly if kw_star => {
                parts.push("*".to_string());
                kw_star = false;
            }
            ParamKind::VarKeyword => text = format!("**{text}"),
            _ => {}
        }
        parts.push(text);
    }
    if pos_only {
        parts.push("/".to_string());
    }
    let mut sig = format!("({})", parts.join(", "));
    if let Some(r) = annotation(it, "return")? {
        sig = format!("{sig} -> {r}");
    }
    Ok(format!("<function {name}{sig}>"))
}

/// `inspect.formatannotation`: a class by its qualified name, else the repr.
fn format_annotation(it: &mut Interp, a: &Value) -> Result<String> {
    match a {
        Value::Type(t) => Ok(t.qualname()),
        Value::Class(c) => Ok(format!("__main__.{}", c.qualname)),
        _ => super::classes::repr_of(it, a),
    }
}
