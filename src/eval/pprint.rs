//! Python's `pprint` as CPython 3.11's Lib/pprint.py has it: `pprint`,
//! `pformat`, `pp`, `saferepr`, `isreadable` and `isrecursive`, through
//! PrettyPrinter's `_format` and its `_pprint_*` layouts for the builtin
//! containers and `collections`' dicts and deque; anything else is written
//! as its repr, as pprint does.

use super::builtins::{class_of, to_int};
use super::classes::{repr_of, str_of};
use super::dict::Kind;
use super::iterfns::object_id;
use super::strarray::text_of;
use super::table::{Args, CallArgs, FnDef, p, python_fn};
use super::{Interp, Value};
use crate::error::{Error, Exc, Result};
use crate::syntax::ast::CmpOp;
use num_traits::ToPrimitive;
use std::collections::HashSet;

pub static PPRINT: &[FnDef] = &[
    python_fn!(
        "pprint",
        [
            p!(Normal "object", "The object to print."),
            p!(Normal "stream" = "None", "Where to write (None: sys.stdout)."),
            p!(Normal "indent" = "1", "Spaces added for each level of nesting."),
            p!(Normal "width" = "80", "The columns the output tries to fit in."),
            p!(Normal "depth" = "None", "How many levels to show (None: all)."),
            p!(KeywordOnly "compact" = "False", "Several short items on a line."),
            p!(KeywordOnly "sort_dicts" = "True", "Dict keys in sorted order."),
            p!(KeywordOnly "underscore_numbers" = "False", "Ints with _ between digit groups.")
        ],
        "Writes the object's pretty-printed repr and a newline.",
        pprint
    ),
    python_fn!(
        "pformat",
        [
            p!(Normal "object", "The object to format."),
            p!(Normal "indent" = "1", "Spaces added for each level of nesting."),
            p!(Normal "width" = "80", "The columns the output tries to fit in."),
            p!(Normal "depth" = "None", "How many levels to show (None: all)."),
            p!(KeywordOnly "compact" = "False", "Several short items on a line."),
            p!(KeywordOnly "sort_dicts" = "True", "Dict keys in sorted order."),
            p!(KeywordOnly "underscore_numbers" = "False", "Ints with _ between digit groups.")
        ],
        "The object's pretty-printed repr as a string.",
        pformat
    ),
    python_fn!(
        "pp",
        [
            p!(Normal "object", "The object to print."),
            p!(VarPositional "args", "pprint's stream, indent, width and depth."),
            p!(KeywordOnly "sort_dicts" = "False", "Dict keys in sorted order."),
            p!(VarKeyword "kwargs", "pprint's other options.")
        ],
        "pprint with dicts in their own order.",
        pp
    ),
    python_fn!(
        "saferepr",
        [p!(Normal "object", "The object.")],
        "repr(object), with recursive containers marked instead of followed.",
        saferepr
    ),
    python_fn!(
        "isreadable",
        [p!(Normal "object", "The object.")],
        "Whether saferepr(object) is readable by eval().",
        isreadable
    ),
    python_fn!(
        "isrecursive",
        [p!(Normal "object", "The object.")],
        "Whether the object contains itself.",
        isrecursive
    ),
];

/// CPython's RecursionError for Python code calling Python code.
const DEEP: &str = "maximum recursion depth exceeded";
/// Its words where `repr()` meets the limit.
const IN_REPR: &str = "maximum recursion depth exceeded while getting the repr of an object";

/// A PrettyPrinter's settings and the state `_format` keeps.
struct Printer {
    indent_per_level: i128,
    width: i128,
    /// None, or the depth as given (compared with levels by Python's `>=`).
    depth: Option<Value>,
    compact: bool,
    sort_dicts: bool,
    underscore_numbers: bool,
    out: String,
}

/// The ids of the containers being formatted (pprint's `context` dict).
type Context = HashSet<usize>;

/// `_safe_repr`'s answer: the text, whether eval() could read it, whether
/// it met itself.
struct Safe {
    text: String,
    readable: bool,
    recursive: bool,
}

impl Safe {
    fn plain(text: String) -> Safe {
        Safe {
            text,
            readable: true,
            recursive: false,
        }
    }
}

/// An int argument read as `int(x)`; one past i128 acts as that large.
fn int_arg(v: &Value) -> Result<i128> {
    let Value::Int(i) = to_int(v)? else {
        return Ok(0);
    };
    // Far past what a string can hold, and far from i128's own ends.
    const HUGE: i128 = 1 << 100;
    let past = if i.sign() == num_bigint::Sign::Minus {
        -HUGE
    } else {
        HUGE
    };
    Ok(i.to_i128().unwrap_or(past).clamp(-HUGE, HUGE))
}

impl Printer {
    /// `PrettyPrinter.__init__`'s checks, in its order.
    fn new(it: &mut Interp, args: &Args) -> Result<Printer> {
        let indent = int_arg(&args.get("indent"))?;
        let width = int_arg(&args.get("width"))?;
        if indent < 0 {
            return Err(Error::value_error("indent must be >= 0"));
        }
        let depth = match args.get("depth") {
            Value::None => None,
            d => {
                let le = it.compare(CmpOp::Le, &d, &Value::int(0))?;
                if it.truthy(&le)? {
                    return Err(Error::value_error("depth must be > 0"));
                }
                Some(d)
            }
        };
        if width == 0 {
            return Err(Error::value_error("width must be != 0"));
        }
        Ok(Printer {
            indent_per_level: indent,
            width,
            depth,
            compact: it.truthy(&args.get("compact"))?,
            sort_dicts: it.truthy(&args.get("sort_dicts"))?,
            underscore_numbers: it.truthy(&args.get("underscore_numbers"))?,
            out: String::new(),
        })
    }

    /// The printer `saferepr` makes: every setting at its default.
    fn default() -> Printer {
        Printer {
            indent_per_level: 1,
            width: 80,
            depth: None,
            compact: false,
            sort_dicts: true,
            underscore_numbers: false,
            out: String::new(),
        }
    }

    fn write(&mut self, s: &str) {
        self.out.push_str(s);
    }

    /// `maxlevels and level >= maxlevels`.
    fn too_deep(&self, it: &mut Interp, level: i128) -> Result<bool> {
        match &self.depth {
            None => Ok(false),
            Some(d) => {
                if !it.truthy(d)? {
                    return Ok(false);
                }
                let ge = it.compare(CmpOp::Ge, &Value::int(level), d)?;
                it.truthy(&ge)
            }
        }
    }

    /// `_repr`: `format` on a copy of the context.
    fn repr(
        &mut self,
        it: &mut Interp,
        v: &Value,
        context: &Context,
        level: i128,
    ) -> Result<String> {
        let mut copy = context.clone();
        // `_repr` calls `format`, which calls `_safe_repr` (counted there).
        it.python_frames(1, DEEP, |it| {
            Ok(self.safe_repr(it, v, &mut copy, level)?.text)
        })
    }

    /// `_safe_repr`: dicts, lists and tuples whose repr is the builtin one
    /// are written item by item (so depth and recursion are seen); the rest
    /// by repr().
    fn safe_repr(
        &self,
        it: &mut Interp,
        v: &Value,
        context: &mut Context,
        level: i128,
    ) -> Result<Safe> {
        it.python_frames(2, DEEP, |it| match v {
            Value::Int(i) if self.underscore_numbers => Ok(Safe::plain(underscored(i))),
            Value::Dict(d) if matches!(d.borrow().kind, Kind::Plain) => {
                if d.borrow().is_empty() {
                    return Ok(Safe::plain("{}".into()));
                }
                let id = object_id(v);
                if self.too_deep(it, level)? {
                    return Ok(Safe {
                        text: "{...}".into(),
                        readable: false,
                        recursive: context.contains(&id),
                    });
                }
                if context.contains(&id) {
                    return Ok(recursion(v));
                }
                context.insert(id);
                let mut items = d.borrow().entries().to_vec();
                if self.sort_dicts {
                    items = sorted_by_key(it, items)?;
                }
                let mut out = Safe::plain(String::new());
                let mut parts = Vec::new();
                for (k, val) in &items {
                    let ks = self.safe_repr(it, k, context, level + 1)?;
                    let vs = self.safe_repr(it, val, context, level + 1)?;
                    parts.push(format!("{}: {}", ks.text, vs.text));
                    out.readable &= ks.readable && vs.readable;
                    out.recursive |= ks.recursive || vs.recursive;
                }
                context.remove(&id);
                out.text = format!("{{{}}}", parts.join(", "));
                Ok(out)
            }
            Value::List(_) | Value::Tuple(_) => {
                let items: Vec<Value> = match v {
                    Value::List(l) => l.to_vec(),
                    Value::Tuple(t) => t.to_vec(),
                    _ => unreachable!("matched above"),
                };
                let (open, close) = match v {
                    Value::List(_) => ("[", "]"),
                    _ if items.len() == 1 => ("(", ",)"),
                    _ => ("(", ")"),
                };
                if items.is_empty() {
                    return Ok(Safe::plain(format!("{open}{close}")));
                }
                let id = object_id(v);
                if self.too_deep(it, level)? {
                    return Ok(Safe {
                        text: format!("{open}...{close}"),
                        readable: false,
                        recursive: context.contains(&id),
                    });
                }
                if context.contains(&id) {
                    return Ok(recursion(v));
                }
                context.insert(id);
                let mut out = Safe::plain(String::new());
                let mut parts = Vec::new();
                for item in &items {
                    let s = self.safe_repr(it, item, context, level + 1)?;
                    parts.push(s.text);
                    out.readable &= s.readable;
                    out.recursive |= s.recursive;
                }
                context.remove(&id);
                out.text = format!("{open}{}{close}", parts.join(", "));
                Ok(out)
            }
            _ => {
                // repr() checks the recursion limit one level further in.
                let text = it.python_frames(1, IN_REPR, |it| repr_of(it, v))?;
                let readable = !text.is_empty() && !text.starts_with('<');
                Ok(Safe {
                    text,
                    readable,
                    recursive: false,
                })
            }
        })
    }

    /// `_format`: the repr if it fits in what is left of the line, else the
    /// layout of the object's type, if it has one.
    fn format(
        &mut self,
        it: &mut Interp,
        v: &Value,
        indent: i128,
        allowance: i128,
        context: &mut Context,
        level: i128,
    ) -> Result<()> {
        it.python_frames(1, DEEP, |it| {
            let id = object_id(v);
            if context.contains(&id) && is_container(v) {
                let text = recursion(v).text;
                self.write(&text);
                return Ok(());
            }
            let rep = self.repr(it, v, context, level)?;
            let max_width = self.width - indent - allowance;
            if (rep.chars().count() as i128) <= max_width {
                self.write(&rep);
                return Ok(());
            }
            if has_layout(v) {
                context.insert(id);
                self.layout(it, v, indent, allowance, context, level + 1)?;
                context.remove(&id);
            } else if let Some(fields) = super::dataclasses::repr_fields(v) {
                context.insert(id);
                self.dataclass(it, v, &fields, indent, allowance, context, level + 1)?;
                context.remove(&id);
            } else {
                self.write(&rep);
            }
            Ok(())
        })
    }

    /// `_pprint_dataclass` and `_format_namespace_items`: `name=value` a
    /// line, `...` for a value being formatted already.
    #[allow(clippy::too_many_arguments)]
    fn dataclass(
        &mut self,
        it: &mut Interp,
        v: &Value,
        fields: &[String],
        indent: i128,
        allowance: i128,
        context: &mut Context,
        level: i128,
    ) -> Result<()> {
        it.python_frames(2, DEEP, |it| {
            let Value::Instance(inst) = v else {
                unreachable!("a dataclass instance")
            };
            let name = inst.class.name.to_string();
            let indent = indent + name.chars().count() as i128 + 1;
            self.write(&format!("{name}("));
            let delimnl = format!(",\n{}", spaces(indent)?);
            for (i, key) in fields.iter().enumerate() {
                let last = i + 1 == fields.len();
                let ent = it.getattr(v, key)?;
                self.write(&format!("{key}="));
                if is_container(&ent) && context.contains(&object_id(&ent)) {
                    self.write("...");
                } else {
                    let at = indent + key.chars().count() as i128 + 1;
                    self.format(
                        it,
                        &ent,
                        at,
                        if last { allowance } else { 1 },
                        context,
                        level,
                    )?;
                }
                if !last {
                    self.write(&delimnl);
                }
            }
            self.write(")");
            Ok(())
        })
    }

    /// The `_dispatch` table: one `_pprint_*` per type.
    fn layout(
        &mut self,
        it: &mut Interp,
        v: &Value,
        indent: i128,
        allowance: i128,
        context: &mut Context,
        level: i128,
    ) -> Result<()> {
        it.python_frames(1, DEEP, |it| {
            match v {
                Value::Dict(d) => {
                    let kind = d.borrow().kind.clone();
                    match kind {
                        Kind::Plain => self.dict(it, v, indent, allowance, context, level),
                        Kind::OrderedDict => {
                            self.write("OrderedDict(");
                            let pairs: Vec<Value> = d
                                .borrow()
                                .entries()
                                .iter()
                                .map(|(k, x)| Value::tuple(vec![k.clone(), x.clone()]))
                                .collect();
                            let list = Value::list(pairs);
                            self.format(it, &list, indent + 12, allowance + 1, context, level)?;
                            self.write(")");
                            Ok(())
                        }
                        Kind::DefaultDict(f) => {
                            let rdf = self.repr(it, &f, context, level)?;
                            let indent = indent + 12;
                            self.write(&format!("defaultdict({rdf},\n{}", spaces(indent)?));
                            // `_pprint_default_dict` calls `_pprint_dict`.
                            it.python_frames(1, DEEP, |it| {
                                self.dict(it, v, indent, allowance + 1, context, level)
                            })?;
                            self.write(")");
                            Ok(())
                        }
                        Kind::Counter => {
                            self.write("Counter({");
                            self.pad()?;
                            let entries = d.borrow().entries().to_vec();
                            let items =
                                super::collections::most_common_order(&entries).unwrap_or(entries);
                            self.dict_items(it, &items, indent + 8, allowance + 2, context, level)?;
                            self.write("})");
                            Ok(())
                        }
                    }
                }
                Value::List(l) => {
                    self.write("[");
                    self.items(it, &l.to_vec(), indent, allowance + 1, context, level)?;
                    self.write("]");
                    Ok(())
                }
                Value::Tuple(t) => {
                    self.write("(");
                    let end = if t.len() == 1 { ",)" } else { ")" };
                    self.items(it, t, indent, allowance + end.len() as i128, context, level)?;
                    self.write(end);
                    Ok(())
                }
                Value::Set(s) => {
                    let (frozen, items) = {
                        let s = s.borrow();
                        (s.frozen, s.items())
                    };
                    let (indent, end) = if frozen {
                        self.write("frozenset({");
                        (indent + 10, "})")
                    } else {
                        self.write("{");
                        (indent, "}")
                    };
                    let items = sorted_safe(it, items)?;
                    self.items(
                        it,
                        &items,
                        indent,
                        allowance + end.len() as i128,
                        context,
                        level,
                    )?;
                    self.write(end);
                    Ok(())
                }
                Value::Deque(d) => {
                    let (items, maxlen) = {
                        let d = d.borrow();
                        (d.items.iter().cloned().collect::<Vec<_>>(), d.maxlen)
                    };
                    self.write("deque([");
                    let indent = indent + 6;
                    match maxlen {
                        None => {
                            self.items(it, &items, indent, allowance + 2, context, level)?;
                            self.write("])");
                        }
                        Some(m) => {
                            self.items(it, &items, indent, 2, context, level)?;
                            self.write(&format!("],\n{}maxlen={m})", spaces(indent)?));
                        }
                    }
                    Ok(())
                }
                Value::Str(s) => self.string(s, indent, allowance, level),
                _ => unreachable!("has_layout admits only these"),
            }
        })
    }

    /// `(indent_per_level - 1)` spaces after an opening bracket.
    fn pad(&mut self) -> Result<()> {
        if self.indent_per_level > 1 {
            self.write(&spaces(self.indent_per_level - 1)?);
        }
        Ok(())
    }

    /// `_pprint_dict`.
    fn dict(
        &mut self,
        it: &mut Interp,
        v: &Value,
        indent: i128,
        allowance: i128,
        context: &mut Context,
        level: i128,
    ) -> Result<()> {
        let Value::Dict(d) = v else {
            unreachable!("a dict")
        };
        self.write("{");
        self.pad()?;
        let mut items = d.borrow().entries().to_vec();
        if !items.is_empty() {
            if self.sort_dicts {
                items = sorted_by_key(it, items)?;
            }
            self.dict_items(it, &items, indent, allowance + 1, context, level)?;
        }
        self.write("}");
        Ok(())
    }

    /// `_format_dict_items`: one `key: value` a line.
    fn dict_items(
        &mut self,
        it: &mut Interp,
        items: &[(Value, Value)],
        indent: i128,
        allowance: i128,
        context: &mut Context,
        level: i128,
    ) -> Result<()> {
        it.python_frames(1, DEEP, |it| {
            let indent = indent + self.indent_per_level;
            let delimnl = format!(",\n{}", spaces(indent)?);
            for (i, (k, v)) in items.iter().enumerate() {
                let last = i + 1 == items.len();
                let rep = self.repr(it, k, context, level)?;
                self.write(&rep);
                self.write(": ");
                let at = indent + rep.chars().count() as i128 + 2;
                self.format(it, v, at, if last { allowance } else { 1 }, context, level)?;
                if !last {
                    self.write(&delimnl);
                }
            }
            Ok(())
        })
    }

    /// `_format_items`: one item a line, or as many as fit when compact.
    fn items(
        &mut self,
        it: &mut Interp,
        items: &[Value],
        indent: i128,
        allowance: i128,
        context: &mut Context,
        level: i128,
    ) -> Result<()> {
        it.python_frames(1, DEEP, |it| {
            let indent = indent + self.indent_per_level;
            self.pad()?;
            let delimnl = format!(",\n{}", spaces(indent)?);
            let mut delim = String::new();
            let mut max_width = self.width - indent + 1;
            let mut width = max_width;
            for (i, ent) in items.iter().enumerate() {
                let last = i + 1 == items.len();
                if last {
                    max_width -= allowance;
                    width -= allowance;
                }
                if self.compact {
                    let rep = self.repr(it, ent, context, level)?;
                    let w = rep.chars().count() as i128 + 2;
                    if width < w {
                        width = max_width;
                        if !delim.is_empty() {
                            delim = delimnl.clone();
                        }
                    }
                    if width >= w {
                        width -= w;
                        self.write(&delim);
                        delim = ", ".into();
                        self.write(&rep);
                        continue;
                    }
                }
                self.write(&delim);
                delim = delimnl.clone();
                self.format(
                    it,
                    ent,
                    indent,
                    if last { allowance } else { 1 },
                    context,
                    level,
                )?;
            }
            Ok(())
        })
    }

    /// `_pprint_str`: the string cut after whitespace into reprs that fit,
    /// one a line, in parentheses at the top level.
    fn string(&mut self, s: &str, indent: i128, allowance: i128, level: i128) -> Result<()> {
        let quoted = |t: &str| super::repr(&Value::str(t), &Default::default());
        let width_of = |t: &str| quoted(t).chars().count() as i128;
        let (mut indent, mut allowance) = (indent, allowance);
        if level == 1 {
            indent += 1;
            allowance += 1;
        }
        let lines = crate::print::split_lines(s, true);
        let max_width = self.width - indent;
        let mut max_width1 = max_width;
        let mut chunks: Vec<String> = Vec::new();
        let mut rep = String::new();
        for (i, line) in lines.iter().enumerate() {
            rep = quoted(line);
            let last_line = i + 1 == lines.len();
            if last_line {
                max_width1 -= allowance;
            }
            if rep.chars().count() as i128 <= max_width1 {
                chunks.push(rep.clone());
                continue;
            }
            let parts = word_parts(line);
            let mut max_width2 = max_width;
            let mut current = String::new();
            for (j, part) in parts.iter().enumerate() {
                let candidate = format!("{current}{part}");
                if j + 1 == parts.len() && last_line {
                    max_width2 -= allowance;
                }
                if width_of(&candidate) > max_width2 {
                    if !current.is_empty() {
                        chunks.push(quoted(&current));
                    }
                    current = part.to_string();
                } else {
                    current = candidate;
                }
            }
            if !current.is_empty() {
                chunks.push(quoted(&current));
            }
        }
        if chunks.len() == 1 {
            self.write(&rep);
            return Ok(());
        }
        if level == 1 {
            self.write("(");
        }
        for (i, c) in chunks.iter().enumerate() {
            if i > 0 {
                self.write(&format!("\n{}", spaces(indent)?));
            }
            self.write(c);
        }
        if level == 1 {
            self.write(")");
        }
        Ok(())
    }
}

/// `re.findall(r'\S*\s*', line)` without its final empty match.
fn word_parts(line: &str) -> Vec<&str> {
    let space = super::strings::is_space;
    let mut parts = Vec::new();
    let mut rest = line;
    while !rest.is_empty() {
        let word = rest.find(space).unwrap_or(rest.len());
        let gap = rest[word..]
            .find(|c| !space(c))
            .map_or(rest.len(), |g| word + g);
        parts.push(&rest[..gap]);
        rest = &rest[gap..];
    }
    parts
}

/// `' ' * n`: OverflowError past a Py_ssize_t, MemoryError past memory.
fn spaces(n: i128) -> Result<String> {
    let n = usize::try_from(n.max(0))
        .ok()
        .filter(|&n| n <= isize::MAX as usize)
        .ok_or_else(|| {
            Error::new(
                Exc::OverflowError,
                "cannot fit 'int' into an index-sized integer",
            )
        })?;
    let mut out = String::new();
    out.try_reserve_exact(n)
        .map_err(|_| Error::new(Exc::MemoryError, ""))?;
    out.extend(std::iter::repeat_n(' ', n));
    Ok(out)
}

/// The types `_dispatch` has a layout for (those whose repr is the builtin one).
fn has_layout(v: &Value) -> bool {
    matches!(
        v,
        Value::Dict(_)
            | Value::List(_)
            | Value::Tuple(_)
            | Value::Set(_)
            | Value::Deque(_)
            | Value::Str(_)
    ) && !matches!(v, Value::Str(s) if s.is_empty())
        && !matches!(v, Value::Set(s) if s.borrow().is_empty())
        && !matches!(v, Value::Deque(d) if d.borrow().items.is_empty())
        && !matches!(v, Value::Dict(d) if d.borrow().is_empty() && !matches!(d.borrow().kind, Kind::Plain))
}

/// The objects pprint can meet again inside themselves (shared by reference).
fn is_container(v: &Value) -> bool {
    matches!(
        v,
        Value::Dict(_)
            | Value::List(_)
            | Value::Tuple(_)
            | Value::Set(_)
            | Value::Deque(_)
            | Value::Instance(_)
    )
}

/// `_recursion`: the marker written where a container meets itself.
fn recursion(v: &Value) -> Safe {
    // `type(object).__name__`: without the module npcalc's names may carry.
    let full = v.type_name();
    let name = full.rsplit('.').next().unwrap_or(&full);
    Safe {
        text: format!("<Recursion on {name} with id={}>", object_id(v)),
        readable: false,
        recursive: true,
    }
}

/// `f"{i:_d}"`.
fn underscored(i: &num_bigint::BigInt) -> String {
    let digits = i.magnitude().to_string();
    let mut out = String::new();
    for (n, c) in digits.chars().enumerate() {
        if n > 0 && (digits.len() - n).is_multiple_of(3) {
            out.push('_');
        }
        out.push(c);
    }
    if i.sign() == num_bigint::Sign::Minus {
        format!("-{out}")
    } else {
        out
    }
}

/// `_safe_key.__lt__`: `<`, or on TypeError the types' names, then ids.
fn safe_less(it: &mut Interp, a: &Value, b: &Value) -> Result<bool> {
    match it.compare(CmpOp::Lt, a, b) {
        Ok(r) => it.truthy(&r),
        Err(e) if e.class.is_a(Exc::TypeError) => {
            let ta = str_of(it, &class_of(a))?;
            let tb = str_of(it, &class_of(b))?;
            Ok(if ta != tb {
                ta < tb
            } else {
                object_id(a) < object_id(b)
            })
        }
        Err(e) => Err(e),
    }
}

/// `sorted(items, key=_safe_key)`.
fn sorted_safe(it: &mut Interp, items: Vec<Value>) -> Result<Vec<Value>> {
    let order = super::lists::sorted_order_by(it, &items, &mut safe_less)?;
    Ok(order.into_iter().map(|i| items[i].clone()).collect())
}

/// `sorted(d.items(), key=_safe_tuple)`: only the keys are ever compared,
/// since two `_safe_key`s are never equal.
fn sorted_by_key(it: &mut Interp, items: Vec<(Value, Value)>) -> Result<Vec<(Value, Value)>> {
    let keys: Vec<Value> = items.iter().map(|(k, _)| k.clone()).collect();
    let order = super::lists::sorted_order_by(it, &keys, &mut safe_less)?;
    Ok(order.into_iter().map(|i| items[i].clone()).collect())
}

/// `PrettyPrinter(...)._format(object, stream, 0, 0, {}, 0)`, called
/// through `frames` functions (`pformat` and `PrettyPrinter.pformat`...):
/// the text, and what went wrong after part of it was written.
fn formatted(it: &mut Interp, args: &Args, frames: usize) -> Result<(String, Option<Error>)> {
    let mut printer = Printer::new(it, args)?;
    let done = it.python_frames(frames, DEEP, |it| {
        printer.format(it, &args.get("object"), 0, 0, &mut Context::new(), 0)
    });
    Ok((printer.out, done.err()))
}

fn pprint(it: &mut Interp, args: &Args) -> Result<Value> {
    printed(it, args, 2)
}

/// `pp` calls `pprint(object, *args, sort_dicts=sort_dicts, **kwargs)`
/// (whose argument errors these are), which calls `PrettyPrinter.pprint`.
fn pp(it: &mut Interp, args: &Args) -> Result<Value> {
    let span = args.call_span;
    let mut positional = vec![(args.get("object"), span)];
    if let Value::Tuple(rest) = args.get("args") {
        positional.extend(rest.iter().map(|v| (v.clone(), span)));
    }
    let mut keywords = vec![("sort_dicts".to_string(), args.get("sort_dicts"), span)];
    if let Value::Dict(d) = args.get("kwargs") {
        for (k, v) in d.borrow().entries() {
            keywords.push((text_of(k).unwrap_or_default().to_string(), v.clone(), span));
        }
    }
    let call = CallArgs {
        positional,
        keywords,
    };
    let bound = super::table::bind(&PPRINT[0], None, call, span)?;
    it.python_frames(1, DEEP, |it| printed(it, &bound, 2))
}

/// The formatted object and a newline written to the stream; on an error
/// what was written before it stays written, as pprint writes as it goes.
fn printed(it: &mut Interp, args: &Args, frames: usize) -> Result<Value> {
    let stream = args.get("stream");
    let (text, failed) = formatted(it, args, frames)?;
    // An object with a write method of its own would be called by pprint;
    // anything else fails in write_to with Python's AttributeError.
    if matches!(stream, Value::Instance(_)) {
        return Err(Error::type_error(
            "npcalc does not support pprint's stream= other than sys.stdout or sys.stderr",
        ));
    }
    if let Some(e) = failed {
        if !text.is_empty() {
            super::pysys::write_to(it, &stream, &text)?;
        }
        return Err(e);
    }
    super::pysys::write_to(it, &stream, &(text + "\n"))
}

fn pformat(it: &mut Interp, args: &Args) -> Result<Value> {
    match formatted(it, args, 2)? {
        (text, None) => Ok(Value::str(&text)),
        (_, Some(e)) => Err(e),
    }
}

fn safe(it: &mut Interp, args: &Args) -> Result<Safe> {
    Printer::default().safe_repr(it, &args.get("object"), &mut Context::new(), 0)
}

fn saferepr(it: &mut Interp, args: &Args) -> Result<Value> {
    Ok(Value::str(&safe(it, args)?.text))
}

fn isreadable(it: &mut Interp, args: &Args) -> Result<Value> {
    Ok(Value::Bool(safe(it, args)?.readable))
}

fn isrecursive(it: &mut Interp, args: &Args) -> Result<Value> {
    Ok(Value::Bool(safe(it, args)?.recursive))
}
