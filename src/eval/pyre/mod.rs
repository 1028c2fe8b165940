//! Python's `re` for str patterns, as CPython 3.11's Lib/re and `_sre`
//! have it: the pattern parsed by a port of `_parser.py` (its `re.error`
//! messages), written in fancy-regex's syntax for the matching, and the
//! module functions, Pattern and Match objects over it.

mod engine;
mod error;
mod flags;
mod parse;
mod template;
mod translate;

use super::Interp;
use super::table::{Args, FnDef, Param, method, p, python_fn};
use super::value::Value;
use crate::error::{Error, Exc, Result};
pub use engine::Pattern;
use engine::{Matches, Mode, Spans, Subject};
pub use flags::{
    TYPE as FLAG_TYPE, bitwise as flag_bitwise, invert as flag_invert, repr as flag_repr,
};
use std::rc::Rc;

/// A match: its pattern, subject, search bounds and group spans.
#[derive(Debug)]
pub struct ReMatch {
    pattern: Rc<Pattern>,
    string: Rc<str>,
    pos: usize,
    endpos: usize,
    spans: Spans,
}

const MAXCACHE: usize = 512;

/// A cached compiled pattern: its source and flags, then the pattern.
type Cached = (Rc<str>, u32, Rc<Pattern>);

thread_local! {
    /// `re._cache`: compiled patterns by source and flags.
    static CACHE: std::cell::RefCell<Vec<Cached>> = const { std::cell::RefCell::new(Vec::new()) };
}

fn compiled(source: &str, flags: u32) -> Result<Rc<Pattern>> {
    let hit = CACHE.with(|c| {
        c.borrow()
            .iter()
            .find(|(s, f, _)| &**s == source && *f == flags)
            .map(|(_, _, p)| p.clone())
    });
    if let Some(p) = hit {
        return Ok(p);
    }
    let p = Rc::new(Pattern::compile(source, flags)?);
    CACHE.with(|c| {
        let mut c = c.borrow_mut();
        if c.len() >= MAXCACHE {
            c.remove(0);
        }
        c.push((source.into(), flags, p.clone()));
    });
    Ok(p)
}

fn flags_of(v: &Value) -> Result<u32> {
    match v {
        Value::Int(_) | Value::Bool(_) | Value::ReFlag(_) => Ok(super::numpy::to_index(v)? as u32),
        // `_compile` tests `flags & DEBUG`, a RegexFlag.
        other => Err(Error::type_error(format!(
            "unsupported operand type(s) for &: '{}' and 'RegexFlag'",
            other.type_name()
        ))),
    }
}

/// `re._compile`: a pattern from a str or a compiled pattern.
fn pattern_arg(args: &Args) -> Result<Rc<Pattern>> {
    let flags = flags_of(&args.get("flags"))?;
    match args.get("pattern") {
        Value::RePattern(p) => {
            if flags != 0 {
                return Err(Error::value_error(
                    "cannot process flags argument with a compiled pattern",
                ));
            }
            Ok(p)
        }
        Value::Str(s) | Value::NpStr(s) => compiled(&s, flags),
        _ => Err(Error::type_error(
            "first argument must be string or compiled pattern",
        )),
    }
}

fn string_arg(v: &Value) -> Result<Rc<str>> {
    match v {
        Value::Str(s) | Value::NpStr(s) => Ok(s.clone()),
        other => Err(Error::type_error(format!(
            "expected string or bytes-like object, got '{}'",
            other.type_name()
        ))),
    }
}

/// `pos`/`endpos` clamped to the string as `state_init` clamps them.
fn bounds(args: &Args, len: usize) -> Result<(usize, usize)> {
    let clamp = |name: &str, default: usize| -> Result<usize> {
        match args.get(name) {
            Value::None => Ok(default),
            v => Ok(super::numpy::to_index(&v)?.clamp(0, len as i64) as usize),
        }
    };
    Ok((clamp("pos", 0)?, clamp("endpos", len)?))
}

fn one_match(args: &Args, pattern: Rc<Pattern>, mode: Mode) -> Result<Value> {
    let string = string_arg(&args.get("string"))?;
    let s = Subject::new(&string);
    let (pos, endpos) = bounds(args, s.len)?;
    Ok(match pattern.find(&s, pos, endpos, mode)? {
        Some(spans) => Value::ReMatch(Rc::new(ReMatch {
            pattern,
            string: string.clone(),
            pos,
            endpos,
            spans,
        })),
        None => Value::None,
    })
}

/// The pattern of a module function or of the method's object.
fn pattern_of(args: &Args) -> Result<Rc<Pattern>> {
    match args.this.as_ref() {
        Some(Value::RePattern(p)) => Ok(p.clone()),
        _ => pattern_arg(args),
    }
}

fn all_matches(args: &Args, each: &mut dyn FnMut(&Subject, Spans) -> Result<bool>) -> Result<()> {
    let pattern = pattern_of(args)?;
    let string = string_arg(&args.get("string"))?;
    let s = Subject::new(&string);
    let (pos, endpos) = bounds(args, s.len)?;
    let mut it = Matches {
        pattern: &pattern,
        subject: &s,
        pos,
        endpos,
        must_advance: false,
        done: false,
    };
    while let Some(spans) = it.next_spans()? {
        if !each(&s, spans)? {
            break;
        }
    }
    Ok(())
}

fn group_text(s: &Subject, span: Option<(usize, usize)>, default: &Value) -> Value {
    match span {
        Some((a, b)) => Value::str(s.slice(a, b)),
        None => default.clone(),
    }
}

fn findall(_: &mut Interp, args: &Args) -> Result<Value> {
    let groups = pattern_of(args)?.groups;
    let mut out = vec![];
    let empty = Value::str("");
    all_matches(args, &mut |s, spans| {
        out.push(match groups {
            0 => group_text(s, spans[0], &empty),
            1 => group_text(s, spans[1], &empty),
            _ => Value::tuple(
                spans[1..]
                    .iter()
                    .map(|sp| group_text(s, *sp, &empty))
                    .collect(),
            ),
        });
        Ok(true)
    })?;
    Ok(Value::list(out))
}

fn finditer(_: &mut Interp, args: &Args) -> Result<Value> {
    let pattern = pattern_of(args)?;
    let string = string_arg(&args.get("string"))?;
    let mut found = vec![];
    let (pos, endpos) = bounds(args, Subject::new(&string).len)?;
    all_matches(args, &mut |_, spans| {
        found.push(Value::ReMatch(Rc::new(ReMatch {
            pattern: pattern.clone(),
            string: string.clone(),
            pos,
            endpos,
            spans,
        })));
        Ok(true)
    })?;
    let items = super::iter::PyIter::Items(found.into_iter());
    Ok(Value::Iter(
        Rc::new(std::cell::RefCell::new(items)),
        "callable_iterator",
    ))
}

fn count_arg(args: &Args, name: &str) -> Result<Option<usize>> {
    // `_sre` loops `while (!count || n < count)`: 0 is no limit, and a
    // negative count allows none.
    let n = super::numpy::to_index(&args.get(name))?;
    Ok((n != 0).then_some(n.max(0) as usize))
}

fn split(_: &mut Interp, args: &Args) -> Result<Value> {
    let limit = count_arg(args, "maxsplit")?;
    let string = string_arg(&args.get("string"))?;
    let mut out = vec![];
    let mut last = 0;
    let mut n = 0;
    all_matches(args, &mut |s, spans| {
        if limit.is_some_and(|l| n >= l) {
            return Ok(false);
        }
        let (a, b) = spans[0].unwrap_or((last, last));
        out.push(Value::str(s.slice(last, a)));
        out.extend(spans[1..].iter().map(|sp| group_text(s, *sp, &Value::None)));
        last = b;
        n += 1;
        Ok(true)
    })?;
    let s = Subject::new(&string);
    out.push(Value::str(s.slice(last, s.len)));
    Ok(Value::list(out))
}

fn subx(it: &mut Interp, args: &Args) -> Result<(String, usize)> {
    let pattern = pattern_of(args)?;
    let limit = count_arg(args, "count")?;
    let string = string_arg(&args.get("string"))?;
    let repl = args.get("repl");
    let pieces = match &repl {
        Value::Str(t) | Value::NpStr(t) => Some(template::parse_template(t, &groups(&pattern))?),
        _ => None,
    };
    let (pos, endpos) = bounds(args, Subject::new(&string).len)?;
    let mut matches = vec![];
    all_matches(args, &mut |_, spans| {
        if limit.is_some_and(|l| matches.len() >= l) {
            return Ok(false);
        }
        matches.push(spans);
        Ok(true)
    })?;
    let s = Subject::new(&string);
    // `_sre` gathers the pieces, calling `repl` for every match, and then
    // joins them: a non-str result fails only there, by its place.
    let mut out: Vec<Value> = vec![];
    let mut last = 0;
    for spans in &matches {
        let (a, b) = spans[0].unwrap_or((last, last));
        if last < a {
            out.push(Value::str(s.slice(last, a)));
        }
        match &pieces {
            Some(pieces) => out.push(Value::str(&expand(&s, spans, pieces))),
            None => {
                let m = Value::ReMatch(Rc::new(ReMatch {
                    pattern: pattern.clone(),
                    string: string.clone(),
                    pos,
                    endpos,
                    spans: spans.clone(),
                }));
                match super::classes::call_with(it, &repl, vec![m])? {
                    Value::None => {}
                    item => out.push(item),
                }
            }
        }
        last = b;
    }
    if last < s.len {
        out.push(Value::str(s.slice(last, s.len)));
    }
    let mut text = String::new();
    for (i, item) in out.iter().enumerate() {
        match item {
            Value::Str(t) | Value::NpStr(t) => text.push_str(t),
            other => {
                return Err(Error::type_error(format!(
                    "sequence item {i}: expected str instance, {} found",
                    other.type_name()
                )));
            }
        }
    }
    Ok((text, matches.len()))
}

fn groups(p: &Pattern) -> template::Groups<'_> {
    template::Groups {
        count: p.groups,
        names: &p.names,
    }
}

fn expand(s: &Subject, spans: &Spans, pieces: &[template::Piece]) -> String {
    let mut out = String::new();
    for piece in pieces {
        match piece {
            template::Piece::Text(t) => out.push_str(t),
            template::Piece::Group(g) => {
                if let Some((a, b)) = spans[*g] {
                    out.push_str(s.slice(a, b));
                }
            }
        }
    }
    out
}

fn escape(_: &mut Interp, args: &Args) -> Result<Value> {
    let text = match args.get("pattern") {
        Value::Str(s) | Value::NpStr(s) => s,
        other => {
            return Err(Error::type_error(format!(
                "'{}' object is not iterable",
                other.type_name()
            )));
        }
    };
    // re._special_chars_map: these ASCII characters get a backslash.
    const SPECIAL: &str = "()[]{}?*+-|^$\\.&~# \t\n\r\x0b\x0c";
    let mut out = String::new();
    for c in text.chars() {
        if SPECIAL.contains(c) {
            out.push('\\');
        }
        out.push(c);
    }
    Ok(Value::str(&out))
}

fn compile(_: &mut Interp, args: &Args) -> Result<Value> {
    pattern_arg(args).map(Value::RePattern)
}

const PATTERN: Param =
    p!(Normal "pattern", "The regular expression (a str or a compiled pattern).");
const FLAGS: Param = p!(Normal "flags" = "0", "re.I, re.M, re.S, re.X, re.A, combined with |.");
const STRING: Param = p!(Normal "string", "The text.");
const REPL: Param =
    p!(Normal "repl", "The replacement: a template (\\1, \\g<name>) or a function of the match.");
const COUNT: Param = p!(Normal "count" = "0", "At most this many replacements (0: all).");
const MAXSPLIT: Param = p!(Normal "maxsplit" = "0", "At most this many splits (0: all).");
const POS: Param = p!(Normal "pos" = "0", "Where the search starts.");
const ENDPOS: Param = p!(Normal "endpos" = "None", "Where the string is taken to end.");

/// A table entry with parameters shared between entries.
macro_rules! re_fn {
    ($owner:ident $name:literal, $params:expr, $doc:literal, $imp:expr) => {
        FnDef {
            name: $name,
            owner: super::table::Owner::$owner,
            error_name: None,
            params: $params,
            doc: $doc,
            examples: &[],
            imp: $imp,
        }
    };
}

pub static RE: &[FnDef] = &[
    python_fn!(
        "compile",
        [
            p!(Normal "pattern", "The regular expression."),
            p!(Normal "flags" = "0", "re.I, re.M, re.S, re.X, re.A, combined with |.")
        ],
        "A compiled pattern, whose methods search strings.",
        compile
    ),
    re_fn!(
        Numpy "search",
        &[PATTERN, STRING, FLAGS],
        "The first match anywhere in the string, or None.",
        |_, args| one_match(args, pattern_arg(args)?, Mode::Search)
    ),
    re_fn!(
        Numpy "match",
        &[PATTERN, STRING, FLAGS],
        "A match at the start of the string, or None.",
        |_, args| one_match(args, pattern_arg(args)?, Mode::Match)
    ),
    re_fn!(
        Numpy "fullmatch",
        &[PATTERN, STRING, FLAGS],
        "A match of the whole string, or None.",
        |_, args| one_match(args, pattern_arg(args)?, Mode::FullMatch)
    ),
    re_fn!(
        Numpy "findall",
        &[PATTERN, STRING, FLAGS],
        "All non-overlapping matches: strings, or tuples of the groups when there are several.",
        findall
    ),
    re_fn!(
        Numpy "finditer",
        &[PATTERN, STRING, FLAGS],
        "An iterator of Match objects over all non-overlapping matches.",
        finditer
    ),
    re_fn!(
        Numpy "sub",
        &[PATTERN, REPL, STRING, COUNT, FLAGS],
        "The string with the pattern's matches replaced.",
        |it, args| Ok(Value::str(&subx(it, args)?.0))
    ),
    re_fn!(
        Numpy "subn",
        &[PATTERN, REPL, STRING, COUNT, FLAGS],
        "(new string, number of replacements).",
        |it, args| {
            let (s, n) = subx(it, args)?;
            Ok(Value::tuple(vec![Value::str(&s), Value::int(n as i64)]))
        }
    ),
    re_fn!(
        Numpy "split",
        &[PATTERN, STRING, MAXSPLIT, FLAGS],
        "The pieces between the matches, with the groups' texts between them.",
        split
    ),
    python_fn!(
        "escape",
        [p!(Normal "pattern", "The text to match literally.")],
        "The text with a backslash before each special character.",
        escape
    ),
    python_fn!(
        "purge",
        [],
        "Clear the cache of compiled patterns.",
        |_, _| {
            CACHE.with(|c| c.borrow_mut().clear());
            Ok(Value::None)
        }
    ),
];

const FLAG_NAMES: &[(&str, u32)] = &[
    ("I", parse::IGNORECASE),
    ("IGNORECASE", parse::IGNORECASE),
    ("M", parse::MULTILINE),
    ("MULTILINE", parse::MULTILINE),
    ("S", parse::DOTALL),
    ("DOTALL", parse::DOTALL),
    ("X", parse::VERBOSE),
    ("VERBOSE", parse::VERBOSE),
    ("A", parse::ASCII),
    ("ASCII", parse::ASCII),
    ("U", parse::UNICODE),
    ("UNICODE", parse::UNICODE),
    ("L", parse::LOCALE),
    ("LOCALE", parse::LOCALE),
    ("DEBUG", parse::DEBUG),
    ("NOFLAG", 0),
];

/// The module's names besides its functions.
pub const CONSTANTS: &[&str] = &[
    "I",
    "IGNORECASE",
    "M",
    "MULTILINE",
    "S",
    "DOTALL",
    "X",
    "VERBOSE",
    "A",
    "ASCII",
    "U",
    "UNICODE",
    "L",
    "LOCALE",
    "DEBUG",
    "NOFLAG",
    "error",
];

pub fn constant(name: &str) -> Option<Value> {
    if name == "error" {
        return Some(Value::Type(super::value::TypeObj::Exc(Exc::ReError)));
    }
    FLAG_NAMES
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, v)| Value::ReFlag(*v))
}

fn this_pattern(args: &Args) -> Rc<Pattern> {
    match args.this() {
        Value::RePattern(p) => p.clone(),
        _ => unreachable!("Pattern methods are looked up on a Pattern"),
    }
}

pub static PATTERN_METHODS: &[FnDef] = &[
    re_fn!(
        Builtin "search",
        &[STRING, POS, ENDPOS],
        "The first match in string[pos:endpos], or None.",
        |_, args| one_match(args, this_pattern(args), Mode::Search)
    ),
    re_fn!(
        Builtin "match",
        &[STRING, POS, ENDPOS],
        "A match starting at pos, or None.",
        |_, args| one_match(args, this_pattern(args), Mode::Match)
    ),
    re_fn!(
        Builtin "fullmatch",
        &[STRING, POS, ENDPOS],
        "A match of all of string[pos:endpos], or None.",
        |_, args| one_match(args, this_pattern(args), Mode::FullMatch)
    ),
    re_fn!(
        Builtin "findall",
        &[STRING, POS, ENDPOS],
        "All non-overlapping matches, as strings or tuples of groups.",
        findall
    ),
    re_fn!(
        Builtin "finditer",
        &[STRING, POS, ENDPOS],
        "An iterator of Match objects.",
        finditer
    ),
    method!(
        "sub",
        [
            p!(Normal "repl", "A template or a function of the match."),
            p!(Normal "string", "The text."),
            p!(Normal "count" = "0", "At most this many replacements (0: all).")
        ],
        "The string with the matches replaced.",
        |it, args| Ok(Value::str(&subx(it, args)?.0))
    ),
    method!(
        "subn",
        [
            p!(Normal "repl", "A template or a function of the match."),
            p!(Normal "string", "The text."),
            p!(Normal "count" = "0", "At most this many replacements (0: all).")
        ],
        "(new string, number of replacements).",
        |it, args| {
            let (s, n) = subx(it, args)?;
            Ok(Value::tuple(vec![Value::str(&s), Value::int(n as i64)]))
        }
    ),
    method!(
        "split",
        [
            p!(Normal "string", "The text."),
            p!(Normal "maxsplit" = "0", "At most this many splits (0: all).")
        ],
        "The pieces between the matches.",
        split
    ),
];

fn this_match(args: &Args) -> Rc<ReMatch> {
    match args.this() {
        Value::ReMatch(m) => m.clone(),
        _ => unreachable!("Match methods are looked up on a Match"),
    }
}

impl ReMatch {
    /// `match_getindex`: a group by number or name.
    fn index(&self, g: &Value) -> Result<usize> {
        let found = match g {
            Value::Int(_) | Value::Bool(_) => super::numpy::to_index(g)
                .ok()
                .filter(|&i| i >= 0 && (i as usize) <= self.pattern.groups)
                .map(|i| i as usize),
            Value::Str(name) => self
                .pattern
                .names
                .iter()
                .find(|(n, _)| **n == **name)
                .map(|(_, i)| *i),
            _ => None,
        };
        found.ok_or_else(|| Error::index_error("no such group"))
    }

    fn text(&self, g: usize, default: &Value) -> Value {
        group_text(&Subject::new(&self.string), self.spans[g], default)
    }

    pub fn group(&self, g: &Value) -> Result<Value> {
        Ok(self.text(self.index(g)?, &Value::None))
    }

    fn span(&self, g: usize) -> (i64, i64) {
        self.spans[g].map_or((-1, -1), |(a, b)| (a as i64, b as i64))
    }
}

pub fn match_repr(m: &ReMatch) -> String {
    let (a, b) = m.span(0);
    let (x, y) = m.spans[0].unwrap_or((0, 0));
    let text = crate::error::py_str_repr(Subject::new(&m.string).slice(x, y));
    let text: String = text.chars().take(50).collect();
    format!("<re.Match object; span=({a}, {b}), match={text}>")
}

pub fn pattern_repr(p: &Pattern) -> String {
    let src: String = crate::error::py_str_repr(&p.source)
        .chars()
        .take(200)
        .collect();
    let names = [
        (parse::IGNORECASE, "re.IGNORECASE"),
        (parse::LOCALE, "re.LOCALE"),
        (parse::MULTILINE, "re.MULTILINE"),
        (parse::DOTALL, "re.DOTALL"),
        (parse::UNICODE, "re.UNICODE"),
        (parse::VERBOSE, "re.VERBOSE"),
        (parse::DEBUG, "re.DEBUG"),
        (parse::ASCII, "re.ASCII"),
    ];
    // UNICODE is the default of str patterns and goes unnamed.
    let flags = p.flags & !parse::UNICODE;
    let known = names.iter().fold(parse::UNICODE, |all, (f, _)| all | f);
    let mut shown: Vec<String> = names
        .iter()
        .filter(|(f, _)| flags & f != 0)
        .map(|(_, n)| n.to_string())
        .collect();
    // `_sre`'s repr writes the bits it has no name for in hex.
    if flags & !known != 0 {
        shown.push(format!("{:#x}", flags & !known));
    }
    if shown.is_empty() {
        format!("re.compile({src})")
    } else {
        format!("re.compile({src}, {})", shown.join("|"))
    }
}

fn group(_: &mut Interp, args: &Args) -> Result<Value> {
    let m = this_match(args);
    let Value::Tuple(which) = args.get("args") else {
        return m.group(&Value::int(0));
    };
    match which.len() {
        0 => m.group(&Value::int(0)),
        1 => m.group(&which[0]),
        _ => Ok(Value::tuple(
            which.iter().map(|g| m.group(g)).collect::<Result<_>>()?,
        )),
    }
}

fn group_arg(args: &Args) -> Result<(Rc<ReMatch>, usize)> {
    let m = this_match(args);
    let g = m.index(&args.get("group"))?;
    Ok((m, g))
}

fn pair(a: i64, b: i64) -> Value {
    Value::tuple(vec![Value::int(a), Value::int(b)])
}

pub static MATCH_METHODS: &[FnDef] = &[
    method!(
        "group",
        [p!(VarPositional "args", "Group numbers or names (none: the whole match).")],
        "The text of a group (None if it did not take part), or a tuple of several.",
        group
    ),
    method!(
        "groups",
        [p!(Normal "default" = "None", "What an unmatched group gives.")],
        "The texts of all groups, as a tuple.",
        |_, args| {
            let m = this_match(args);
            let d = args.get("default");
            Ok(Value::tuple(
                (1..=m.pattern.groups).map(|g| m.text(g, &d)).collect(),
            ))
        }
    ),
    method!(
        "groupdict",
        [p!(Normal "default" = "None", "What an unmatched group gives.")],
        "The named groups' texts, by name.",
        |_, args| {
            let m = this_match(args);
            let d = args.get("default");
            let pairs = m
                .pattern
                .names
                .iter()
                .map(|(n, g)| (Value::str(n), m.text(*g, &d)));
            Ok(Value::Dict(Rc::new(std::cell::RefCell::new(
                super::dict::PyDict::from_pairs(pairs)?,
            ))))
        }
    ),
    method!(
        "start",
        [p!(PositionalOnly "group" = "0", "A group number or name.")],
        "Where the group's match starts (-1 if it did not take part).",
        |_, args| {
            let (m, g) = group_arg(args)?;
            Ok(Value::int(m.span(g).0))
        }
    ),
    method!(
        "end",
        [p!(PositionalOnly "group" = "0", "A group number or name.")],
        "Where the group's match ends (-1 if it did not take part).",
        |_, args| {
            let (m, g) = group_arg(args)?;
            Ok(Value::int(m.span(g).1))
        }
    ),
    method!(
        "span",
        [p!(PositionalOnly "group" = "0", "A group number or name.")],
        "(start, end) of the group.",
        |_, args| {
            let (m, g) = group_arg(args)?;
            let (a, b) = m.span(g);
            Ok(pair(a, b))
        }
    ),
    method!(
        "expand",
        [p!(Normal "template", "A template with \\1 or \\g<name>.")],
        "The template with the match's groups put in.",
        |_, args| {
            let m = this_match(args);
            let t = string_arg(&args.get("template"))?;
            let pieces = template::parse_template(&t, &groups(&m.pattern))?;
            Ok(Value::str(&expand(
                &Subject::new(&m.string),
                &m.spans,
                &pieces,
            )))
        }
    ),
];

const PATTERN_ATTRS: &[&str] = &["pattern", "flags", "groups", "groupindex"];
const MATCH_ATTRS: &[&str] = &[
    "string",
    "re",
    "pos",
    "endpos",
    "lastindex",
    "lastgroup",
    "regs",
];

/// `pattern.name` or `match.name`.
pub fn getattr(v: &Value, name: &str) -> Option<Value> {
    match v {
        Value::RePattern(p) => Some(match name {
            "pattern" => Value::Str(p.source.clone()),
            "flags" => Value::int(p.flags as i64),
            "groups" => Value::int(p.groups as i64),
            "groupindex" => {
                let pairs = p
                    .names
                    .iter()
                    .map(|(n, g)| (Value::str(n), Value::int(*g as i64)));
                Value::Dict(Rc::new(std::cell::RefCell::new(
                    super::dict::PyDict::from_pairs(pairs).ok()?,
                )))
            }
            _ => PATTERN_METHODS
                .iter()
                .find(|f| f.name == name)
                .map(|f| Value::Method(Box::new(v.clone()), f))?,
        }),
        Value::ReFlag(f) => match name {
            "value" => Some(Value::int(*f as i64)),
            "name" => Some(flags::name(*f).map_or(Value::None, |n| Value::str(&n))),
            _ => None,
        },
        Value::ReMatch(m) => Some(match name {
            "string" => Value::Str(m.string.clone()),
            "re" => Value::RePattern(m.pattern.clone()),
            "pos" => Value::int(m.pos as i64),
            "endpos" => Value::int(m.endpos as i64),
            "regs" => Value::tuple(
                (0..m.spans.len())
                    .map(|g| {
                        let (a, b) = m.span(g);
                        pair(a, b)
                    })
                    .collect(),
            ),
            "lastindex" => m
                .pattern
                .lastindex(&m.spans)
                .map_or(Value::None, |g| Value::int(g as i64)),
            "lastgroup" => m
                .pattern
                .lastindex(&m.spans)
                .and_then(|g| m.pattern.group_name(g))
                .map_or(Value::None, Value::str),
            _ => MATCH_METHODS
                .iter()
                .find(|f| f.name == name)
                .map(|f| Value::Method(Box::new(v.clone()), f))?,
        }),
        _ => None,
    }
}

pub fn members(v: &Value) -> Vec<&'static str> {
    let (methods, attrs) = match v {
        Value::RePattern(_) => (PATTERN_METHODS, PATTERN_ATTRS),
        Value::ReFlag(_) => (&[][..], &["name", "value"][..]),
        _ => (MATCH_METHODS, MATCH_ATTRS),
    };
    methods
        .iter()
        .map(|f| f.name)
        .chain(attrs.iter().copied())
        .collect()
}

/// `m[g]`.
pub fn getitem(m: &ReMatch, g: &Value) -> Result<Value> {
    m.group(g)
}
