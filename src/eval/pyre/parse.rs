//! A port of CPython 3.11's Lib/re/_parser.py: a str pattern in Python's
//! syntax becomes a tree, with `re.error`'s messages and positions where
//! `_parser` raises them. `translate.rs` then writes the tree in
//! fancy-regex's syntax.

use super::error::re_error;
use crate::error::{Error, Exc, Result};
use std::collections::HashMap;

pub const IGNORECASE: u32 = 2;
pub const LOCALE: u32 = 4;
pub const MULTILINE: u32 = 8;
pub const DOTALL: u32 = 16;
pub const UNICODE: u32 = 32;
pub const VERBOSE: u32 = 64;
pub const DEBUG: u32 = 128;
pub const ASCII: u32 = 256;
pub const TEMPLATE: u32 = 1;
const TYPE_FLAGS: u32 = ASCII | LOCALE | UNICODE;
const GLOBAL_FLAGS: u32 = DEBUG | TEMPLATE;
/// `_sre.MAXREPEAT` and `_sre.MAXGROUPS` on a 64-bit build.
pub const MAXREPEAT: u64 = 4294967295;
const MAXGROUPS: usize = 1073741823;

fn flag(c: char) -> Option<u32> {
    Some(match c {
        'i' => IGNORECASE,
        'L' => LOCALE,
        'm' => MULTILINE,
        's' => DOTALL,
        'x' => VERBOSE,
        'a' => ASCII,
        't' => TEMPLATE,
        'u' => UNICODE,
        _ => return None,
    })
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Category {
    Digit,
    NotDigit,
    Space,
    NotSpace,
    Word,
    NotWord,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum At {
    Beginning,
    End,
    BeginningString,
    EndString,
    Boundary,
    NonBoundary,
}

#[derive(Clone, Debug, PartialEq)]
pub enum SetItem {
    Char(char),
    Range(char, char),
    Category(Category),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RepeatKind {
    Greedy,
    Lazy,
    Possessive,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Node {
    Literal(char),
    Any,
    /// `[...]` (a lone escape such as `\d` is a set of one category).
    Set {
        negate: bool,
        items: Vec<SetItem>,
    },
    At(At),
    /// `(...)`, `(?:...)` or `(?flags-flags:...)`.
    Group {
        index: Option<usize>,
        add: u32,
        del: u32,
        body: Seq,
    },
    Atomic(Seq),
    Look {
        behind: bool,
        negate: bool,
        body: Seq,
    },
    Repeat {
        min: u64,
        max: u64,
        kind: RepeatKind,
        item: Seq,
    },
    GroupRef(usize),
    GroupRefExists {
        group: usize,
        yes: Seq,
        no: Option<Seq>,
    },
    Branch(Vec<Seq>),
}

pub type Seq = Vec<Node>;

/// A parsed pattern: its tree, its flags (those passed and those set inline,
/// UNICODE added for str as `fix_flags` does) and its groups.
#[derive(Debug)]
pub struct Parsed {
    pub tree: Seq,
    pub flags: u32,
    pub groups: usize,
    /// Group names in definition order with their numbers.
    pub names: Vec<(String, usize)>,
}

/// `_parser.State`: the groups seen so far.
struct State {
    flags: u32,
    /// Number of groups opened plus one (group 0 is the whole match).
    groups: usize,
    groupdict: HashMap<String, usize>,
    names: Vec<(String, usize)>,
    open: Vec<usize>,
    widths: Vec<(u64, u64)>,
    grouprefpos: Vec<(usize, usize)>,
    lookbehindgroups: Option<usize>,
}

impl State {
    fn checkgroup(&self, gid: usize) -> bool {
        gid < self.groups && !self.open.contains(&gid)
    }
}

/// `_parser.Tokenizer`: characters, a backslash and the character after it
/// taken together.
pub(super) struct Tokenizer<'a> {
    pattern: &'a str,
    chars: Vec<char>,
    index: usize,
    pub next: Option<String>,
}

impl<'a> Tokenizer<'a> {
    pub fn new(pattern: &'a str) -> Result<Self> {
        let mut t = Tokenizer {
            pattern,
            chars: pattern.chars().collect(),
            index: 0,
            next: None,
        };
        t.advance()?;
        Ok(t)
    }

    fn advance(&mut self) -> Result<()> {
        let Some(&c) = self.chars.get(self.index) else {
            self.next = None;
            return Ok(());
        };
        let mut s = c.to_string();
        let mut index = self.index;
        if c == '\\' {
            index += 1;
            match self.chars.get(index) {
                Some(&d) => s.push(d),
                None => {
                    return Err(re_error(
                        "bad escape (end of pattern)",
                        self.pattern,
                        self.chars.len() - 1,
                    ));
                }
            }
        }
        self.index = index + 1;
        self.next = Some(s);
        Ok(())
    }

    pub fn matches(&mut self, c: &str) -> Result<bool> {
        if self.next.as_deref() == Some(c) {
            self.advance()?;
            return Ok(true);
        }
        Ok(false)
    }

    pub fn get(&mut self) -> Result<Option<String>> {
        let this = self.next.take();
        self.advance()?;
        Ok(this)
    }

    fn next_in(&self, set: &str) -> bool {
        self.next
            .as_deref()
            .is_some_and(|n| n.chars().count() == 1 && set.contains(n))
    }

    pub fn getwhile(&mut self, n: usize, set: &str) -> Result<String> {
        let mut out = String::new();
        for _ in 0..n {
            if !self.next_in(set) {
                break;
            }
            out.push_str(&self.get()?.unwrap_or_default());
        }
        Ok(out)
    }

    pub fn getuntil(&mut self, terminator: &str, name: &str) -> Result<String> {
        let mut result = String::new();
        loop {
            let c = self.next.clone();
            self.advance()?;
            match c {
                None if result.is_empty() => return Err(self.error(&format!("missing {name}"), 0)),
                None => {
                    let n = result.chars().count();
                    return Err(self.error(&format!("missing {terminator}, unterminated name"), n));
                }
                Some(c) if c == terminator => {
                    if result.is_empty() {
                        return Err(self.error(&format!("missing {name}"), 1));
                    }
                    return Ok(result);
                }
                Some(c) => result.push_str(&c),
            }
        }
    }

    pub fn tell(&self) -> usize {
        self.index - self.next.as_deref().map_or(0, |n| n.chars().count())
    }

    fn seek(&mut self, index: usize) -> Result<()> {
        self.index = index;
        self.advance()
    }

    pub fn error(&self, msg: &str, offset: usize) -> Error {
        re_error(msg, self.pattern, self.tell() - offset)
    }

    pub fn checkgroupname(&self, name: &str, offset: usize) -> Result<()> {
        if !crate::eval::collections::is_identifier(name) {
            let msg = format!("bad character in group name {}", py_repr(name));
            return Err(self.error(&msg, name.chars().count() + offset));
        }
        Ok(())
    }
}

/// A str's repr, as `%r` writes it in `_parser`'s messages.
pub fn py_repr(s: &str) -> String {
    crate::error::py_str_repr(s)
}

pub fn parse(pattern: &str, flags: u32) -> Result<Parsed> {
    let mut source = Tokenizer::new(pattern)?;
    let mut state = State {
        flags,
        groups: 1,
        groupdict: HashMap::new(),
        names: vec![],
        open: vec![],
        widths: vec![(0, 0)],
        grouprefpos: vec![],
        lookbehindgroups: None,
    };
    let tree = parse_sub(&mut source, &mut state, flags & VERBOSE != 0, 0)?;
    state.flags = fix_flags(state.flags)?;
    if source.next.is_some() {
        return Err(source.error("unbalanced parenthesis", 0));
    }
    for &(g, pos) in &state.grouprefpos {
        if g >= state.groups {
            return Err(re_error(
                &format!("invalid group reference {g}"),
                pattern,
                pos,
            ));
        }
    }
    fixed_lookbehinds(&tree, &state)?;
    Ok(Parsed {
        tree,
        flags: state.flags,
        groups: state.groups - 1,
        names: state.names,
    })
}

fn fix_flags(flags: u32) -> Result<u32> {
    if flags & LOCALE != 0 {
        return Err(Error::value_error(
            "cannot use LOCALE flag with a str pattern",
        ));
    }
    if flags & ASCII == 0 {
        Ok(flags | UNICODE)
    } else if flags & UNICODE != 0 {
        Err(Error::value_error(
            "ASCII and UNICODE flags are incompatible",
        ))
    } else {
        Ok(flags)
    }
}

fn parse_sub(
    source: &mut Tokenizer,
    state: &mut State,
    verbose: bool,
    nested: usize,
) -> Result<Seq> {
    let mut items = vec![];
    let mut verbose = verbose;
    loop {
        let first = nested == 0 && items.is_empty();
        items.push(parse_seq(source, state, verbose, nested + 1, first)?);
        if !source.matches("|")? {
            break;
        }
        if nested == 0 {
            verbose = state.flags & VERBOSE != 0;
        }
    }
    if items.len() == 1 {
        return Ok(items.pop().unwrap_or_default());
    }
    Ok(vec![Node::Branch(items)])
}

fn category(escape: &str) -> Option<Node> {
    let at = |a| Some(Node::At(a));
    let set = |c| {
        Some(Node::Set {
            negate: false,
            items: vec![SetItem::Category(c)],
        })
    };
    match escape {
        "\\A" => at(At::BeginningString),
        "\\b" => at(At::Boundary),
        "\\B" => at(At::NonBoundary),
        "\\Z" => at(At::EndString),
        "\\d" => set(Category::Digit),
        "\\D" => set(Category::NotDigit),
        "\\s" => set(Category::Space),
        "\\S" => set(Category::NotSpace),
        "\\w" => set(Category::Word),
        "\\W" => set(Category::NotWord),
        _ => None,
    }
}

pub(super) fn simple_escape(escape: &str) -> Option<char> {
    Some(match escape {
        "\\a" => '\x07',
        "\\b" => '\x08',
        "\\f" => '\x0c',
        "\\n" => '\n',
        "\\r" => '\r',
        "\\t" => '\t',
        "\\v" => '\x0b',
        "\\\\" => '\\',
        _ => return None,
    })
}

const HEXDIGITS: &str = "0123456789abcdefABCDEF";
const OCTDIGITS: &str = "01234567";
const DIGITS: &str = "0123456789";

fn code_point(source: &Tokenizer, escape: &str, value: u32) -> Result<char> {
    char::from_u32(value).ok_or_else(|| {
        if value > 0x10ffff {
            re_error(
                &format!("bad escape {escape}"),
                source.pattern,
                source.tell() - escape.chars().count(),
            )
        } else {
            Error::new(
                Exc::NotImplementedError,
                "a lone surrogate in a regular expression is not supported in npcalc (its strings are UTF-8)",
            )
        }
    })
}

/// The escapes `_escape` and `_class_escape` share: `\x`, `\u`, `\U`, `\N`.
fn hex_escape(source: &mut Tokenizer, escape: &mut String) -> Result<Option<char>> {
    let c = escape.chars().nth(1).unwrap_or('\\');
    let digits = match c {
        'x' => 2,
        'u' => 4,
        'U' => 8,
        'N' => {
            return Err(Error::new(
                Exc::NotImplementedError,
                "the \\N{name} escape in a regular expression is not supported in npcalc",
            ));
        }
        _ => return Ok(None),
    };
    escape.push_str(&source.getwhile(digits, HEXDIGITS)?);
    if escape.chars().count() != digits + 2 {
        let msg = format!("incomplete escape {escape}");
        return Err(source.error(&msg, escape.chars().count()));
    }
    let value = u32::from_str_radix(&escape[2..], 16).unwrap_or(u32::MAX);
    code_point(source, escape, value).map(Some)
}

fn octal_value(source: &Tokenizer, escape: &str) -> Result<char> {
    let value = u32::from_str_radix(&escape[1..], 8).unwrap_or(0);
    if value > 0o377 {
        let msg = format!("octal escape value {escape} outside of range 0-0o377");
        return Err(source.error(&msg, escape.chars().count()));
    }
    code_point(source, escape, value)
}

fn bad_escape(source: &Tokenizer, escape: &str) -> Error {
    source.error(&format!("bad escape {escape}"), escape.chars().count())
}

/// `_class_escape`: an escape inside `[...]`, a character or a category.
fn class_escape(source: &mut Tokenizer, escape: &str) -> Result<SetItem> {
    if let Some(c) = simple_escape(escape) {
        return Ok(SetItem::Char(c));
    }
    if let Some(Node::Set { items, .. }) = category(escape) {
        return Ok(items[0].clone());
    }
    let mut escape = escape.to_string();
    if let Some(c) = hex_escape(source, &mut escape)? {
        return Ok(SetItem::Char(c));
    }
    let c = escape.chars().nth(1).unwrap_or('\\');
    if OCTDIGITS.contains(c) {
        escape.push_str(&source.getwhile(2, OCTDIGITS)?);
        return octal_value(source, &escape).map(SetItem::Char);
    }
    if DIGITS.contains(c) || c.is_ascii_alphabetic() {
        return Err(bad_escape(source, &escape));
    }
    Ok(SetItem::Char(c))
}

/// `_escape`: an escape outside a set.
fn escape_node(source: &mut Tokenizer, escape: &str, state: &mut State) -> Result<Node> {
    if let Some(node) = category(escape) {
        return Ok(node);
    }
    if let Some(c) = simple_escape(escape) {
        return Ok(Node::Literal(c));
    }
    let mut escape = escape.to_string();
    if let Some(c) = hex_escape(source, &mut escape)? {
        return Ok(Node::Literal(c));
    }
    let c = escape.chars().nth(1).unwrap_or('\\');
    if c == '0' {
        escape.push_str(&source.getwhile(2, OCTDIGITS)?);
        return octal_value(source, &escape).map(Node::Literal);
    }
    if DIGITS.contains(c) {
        if source.next_in(DIGITS) {
            escape.push_str(&source.get()?.unwrap_or_default());
            let b: Vec<char> = escape.chars().collect();
            if OCTDIGITS.contains(b[1]) && OCTDIGITS.contains(b[2]) && source.next_in(OCTDIGITS) {
                escape.push_str(&source.get()?.unwrap_or_default());
                return octal_value(source, &escape).map(Node::Literal);
            }
        }
        let group: usize = escape[1..].parse().unwrap_or(usize::MAX);
        if group < state.groups {
            if !state.checkgroup(group) {
                return Err(source.error("cannot refer to an open group", escape.len()));
            }
            checklookbehindgroup(state, group, source)?;
            return Ok(Node::GroupRef(group));
        }
        let msg = format!("invalid group reference {group}");
        return Err(source.error(&msg, escape.len() - 1));
    }
    if c.is_ascii_alphabetic() {
        return Err(bad_escape(source, &escape));
    }
    Ok(Node::Literal(c))
}

fn checklookbehindgroup(state: &State, gid: usize, source: &Tokenizer) -> Result<()> {
    if let Some(lb) = state.lookbehindgroups
        && gid >= lb
    {
        return Err(source.error(
            "cannot refer to group defined in the same lookbehind subpattern",
            0,
        ));
    }
    Ok(())
}

fn parse_set(source: &mut Tokenizer) -> Result<Node> {
    let here = source.tell() - 1;
    // Python 3.7 began to warn of syntax that set operations may take.
    let future = |msg: String| crate::array::signals::warn("FutureWarning", msg);
    if source.next.as_deref() == Some("[") {
        future(format!("Possible nested set at position {}", source.tell()));
    }
    let negate = source.matches("^")?;
    let mut set: Vec<SetItem> = vec![];
    loop {
        let Some(this) = source.get()? else {
            return Err(source.error("unterminated character set", source.tell() - here));
        };
        if this == "]" && !set.is_empty() {
            break;
        }
        let code1 = if this.starts_with('\\') {
            class_escape(source, &this)?
        } else {
            if !set.is_empty()
                && matches!(this.as_str(), "-" | "&" | "~" | "|")
                && source.next.as_deref() == Some(this.as_str())
            {
                let op = match this.as_str() {
                    "-" => "difference",
                    "&" => "intersection",
                    "~" => "symmetric difference",
                    _ => "union",
                };
                future(format!(
                    "Possible set {op} at position {}",
                    source.tell() - 1
                ));
            }
            SetItem::Char(this.chars().next().unwrap_or('\0'))
        };
        if source.matches("-")? {
            let Some(that) = source.get()? else {
                return Err(source.error("unterminated character set", source.tell() - here));
            };
            if that == "]" {
                set.push(code1);
                set.push(SetItem::Char('-'));
                break;
            }
            let code2 = if that.starts_with('\\') {
                class_escape(source, &that)?
            } else {
                if that == "-" {
                    future(format!(
                        "Possible set difference at position {}",
                        source.tell() - 2
                    ));
                }
                SetItem::Char(that.chars().next().unwrap_or('\0'))
            };
            let width = this.chars().count() + 1 + that.chars().count();
            let msg = format!("bad character range {this}-{that}");
            match (code1, code2) {
                (SetItem::Char(lo), SetItem::Char(hi)) if hi >= lo => {
                    set.push(SetItem::Range(lo, hi))
                }
                _ => return Err(source.error(&msg, width)),
            }
        } else {
            set.push(code1);
        }
    }
    Ok(Node::Set { negate, items: set })
}

/// A group named by number (in `(?(1)...)` or a template's `\g<1>`): the
/// name as `int()` reads it, so blanks, a `+`, underscores and other
/// scripts' digits pass, with a DeprecationWarning. `conditional` refuses 0.
pub(super) fn group_number(source: &Tokenizer, name: &str, conditional: bool) -> Result<usize> {
    let width = name.chars().count() + 1;
    let shown = py_repr(name);
    let g = match crate::eval::builtins::parse_int_text(name, 10, &shown) {
        Ok(crate::eval::value::Value::Int(g)) if g.sign() != num_bigint::Sign::Minus => g,
        _ => return Err(source.error(&format!("bad character in group name {shown}"), width)),
    };
    if conditional && g == 0.into() {
        return Err(source.error("bad group number", width));
    }
    if g >= MAXGROUPS.into() {
        return Err(source.error(&format!("invalid group reference {g}"), width));
    }
    if !name.chars().all(|c| c.is_ascii_digit()) {
        let at = source.tell() - width;
        crate::array::signals::warn(
            "DeprecationWarning",
            format!("bad character in group name {shown} at position {at}"),
        );
    }
    Ok(usize::try_from(g).unwrap_or(MAXGROUPS))
}

/// `{m,n}` after its `{`: None when it is a literal `{`.
fn parse_braces(source: &mut Tokenizer, here: usize) -> Result<Option<(u64, u64)>> {
    if source.next.as_deref() == Some("}") {
        return Ok(None);
    }
    let mut lo = String::new();
    let mut hi = String::new();
    while source.next_in(DIGITS) {
        lo.push_str(&source.get()?.unwrap_or_default());
    }
    if source.matches(",")? {
        while source.next_in(DIGITS) {
            hi.push_str(&source.get()?.unwrap_or_default());
        }
    } else {
        hi = lo.clone();
    }
    if !source.matches("}")? {
        source.seek(here)?;
        return Ok(None);
    }
    let number = |s: &str| -> Result<u64> {
        match s.parse::<u64>() {
            Ok(n) if n < MAXREPEAT => Ok(n),
            _ => Err(Error::new(
                Exc::OverflowError,
                "the repetition number is too large",
            )),
        }
    };
    let min = if lo.is_empty() { 0 } else { number(&lo)? };
    let max = if hi.is_empty() {
        MAXREPEAT
    } else {
        number(&hi)?
    };
    if max < min {
        return Err(source.error("min repeat greater than max repeat", source.tell() - here));
    }
    Ok(Some((min, max)))
}

fn parse_seq(
    source: &mut Tokenizer,
    state: &mut State,
    verbose: bool,
    nested: usize,
    first: bool,
) -> Result<Seq> {
    let mut seq: Seq = vec![];
    let mut verbose = verbose;
    loop {
        let this = match source.next.as_deref() {
            None | Some("|") | Some(")") => break,
            Some(t) => t.to_string(),
        };
        source.get()?;
        if verbose {
            if this.len() == 1 && " \t\n\r\x0b\x0c".contains(&this) {
                continue;
            }
            if this == "#" {
                while let Some(c) = source.get()? {
                    if c == "\n" {
                        break;
                    }
                }
                continue;
            }
        }
        if this.starts_with('\\') {
            seq.push(escape_node(source, &this, state)?);
            continue;
        }
        match this.as_str() {
            "[" => seq.push(parse_set(source)?),
            "?" | "*" | "+" | "{" => {
                let here = source.tell();
                let (min, max) = match this.as_str() {
                    "?" => (0, 1),
                    "*" => (0, MAXREPEAT),
                    "+" => (1, MAXREPEAT),
                    _ => match parse_braces(source, here)? {
                        Some(r) => r,
                        None => {
                            seq.push(Node::Literal('{'));
                            continue;
                        }
                    },
                };
                let width = source.tell() - here + 1;
                let item = match seq.pop() {
                    None | Some(Node::At(_)) => {
                        return Err(source.error("nothing to repeat", width));
                    }
                    Some(Node::Repeat { .. }) => {
                        return Err(source.error("multiple repeat", width));
                    }
                    Some(Node::Group {
                        index: None,
                        add: 0,
                        del: 0,
                        body,
                    }) => body,
                    Some(node) => vec![node],
                };
                let kind = if source.matches("?")? {
                    RepeatKind::Lazy
                } else if source.matches("+")? {
                    RepeatKind::Possessive
                } else {
                    RepeatKind::Greedy
                };
                seq.push(Node::Repeat {
                    min,
                    max,
                    kind,
                    item,
                });
            }
            "." => seq.push(Node::Any),
            "^" => seq.push(Node::At(At::Beginning)),
            "$" => seq.push(Node::At(At::End)),
            "(" => {
                if let Some(node) =
                    parse_group(source, state, &mut verbose, nested, first && seq.is_empty())?
                {
                    seq.push(node);
                }
            }
            _ => seq.push(Node::Literal(this.chars().next().unwrap_or('\0'))),
        }
    }
    // Unpack plain non-capturing groups, as `_parse` does.
    let mut out = Vec::with_capacity(seq.len());
    for node in seq {
        match node {
            Node::Group {
                index: None,
                add: 0,
                del: 0,
                body,
            } => out.extend(body),
            other => out.push(other),
        }
    }
    Ok(out)
}

/// After `(`: a group, an assertion, a comment or flags. None for what adds
/// no node (a comment, global flags).
fn parse_group(
    source: &mut Tokenizer,
    state: &mut State,
    verbose: &mut bool,
    nested: usize,
    first: bool,
) -> Result<Option<Node>> {
    let start = source.tell() - 1;
    let mut capture = true;
    let mut atomic = false;
    let mut name = None;
    let (mut add, mut del) = (0, 0);
    if source.matches("?")? {
        let Some(ch) = source.get()? else {
            return Err(source.error("unexpected end of pattern", 0));
        };
        match ch.as_str() {
            "P" => {
                if source.matches("<")? {
                    let n = source.getuntil(">", "group name")?;
                    source.checkgroupname(&n, 1)?;
                    name = Some(n);
                } else if source.matches("=")? {
                    let n = source.getuntil(")", "group name")?;
                    source.checkgroupname(&n, 1)?;
                    let width = n.chars().count() + 1;
                    let Some(&gid) = state.groupdict.get(&n) else {
                        let msg = format!("unknown group name {}", py_repr(&n));
                        return Err(source.error(&msg, width));
                    };
                    if !state.checkgroup(gid) {
                        return Err(source.error("cannot refer to an open group", width));
                    }
                    checklookbehindgroup(state, gid, source)?;
                    return Ok(Some(Node::GroupRef(gid)));
                } else {
                    let Some(c) = source.get()? else {
                        return Err(source.error("unexpected end of pattern", 0));
                    };
                    let width = c.chars().count() + 2;
                    return Err(source.error(&format!("unknown extension ?P{c}"), width));
                }
            }
            ":" => capture = false,
            "#" => loop {
                if source.next.is_none() {
                    let width = source.tell() - start;
                    return Err(source.error("missing ), unterminated comment", width));
                }
                if source.get()?.as_deref() == Some(")") {
                    return Ok(None);
                }
            },
            "=" | "!" | "<" => {
                let mut c = ch.clone();
                let behind = c == "<";
                let saved = state.lookbehindgroups;
                if behind {
                    let Some(d) = source.get()? else {
                        return Err(source.error("unexpected end of pattern", 0));
                    };
                    if d != "=" && d != "!" {
                        let width = d.chars().count() + 2;
                        return Err(source.error(&format!("unknown extension ?<{d}"), width));
                    }
                    c = d;
                    if saved.is_none() {
                        state.lookbehindgroups = Some(state.groups);
                    }
                }
                let body = parse_sub(source, state, *verbose, nested + 1)?;
                if behind && saved.is_none() {
                    state.lookbehindgroups = None;
                }
                if !source.matches(")")? {
                    let width = source.tell() - start;
                    return Err(source.error("missing ), unterminated subpattern", width));
                }
                return Ok(Some(Node::Look {
                    behind,
                    negate: c == "!",
                    body,
                }));
            }
            "(" => return parse_conditional(source, state, *verbose, nested, start).map(Some),
            ">" => {
                capture = false;
                atomic = true;
            }
            c if c == "-" || c.chars().next().and_then(flag).is_some() => {
                match parse_flags(source, state, c)? {
                    None => {
                        if !first {
                            let width = source.tell() - start;
                            return Err(source
                                .error("global flags not at the start of the expression", width));
                        }
                        *verbose = state.flags & VERBOSE != 0;
                        return Ok(None);
                    }
                    Some((a, d)) => {
                        (add, del) = (a, d);
                        capture = false;
                    }
                }
            }
            c => {
                let width = c.chars().count() + 1;
                return Err(source.error(&format!("unknown extension ?{c}"), width));
            }
        }
    }
    let group = if capture {
        let gid = state.groups;
        if let Some(n) = &name {
            if let Some(&old) = state.groupdict.get(n) {
                let msg = format!(
                    "redefinition of group name {} as group {gid}; was group {old}",
                    py_repr(n)
                );
                return Err(source.error(&msg, n.chars().count() + 1));
            }
            state.groupdict.insert(n.clone(), gid);
            state.names.push((n.clone(), gid));
        }
        if gid >= MAXGROUPS {
            return Err(source.error("too many groups", 0));
        }
        state.groups += 1;
        state.widths.push((0, 0));
        state.open.push(gid);
        Some(gid)
    } else {
        None
    };
    let sub_verbose = (*verbose || add & VERBOSE != 0) && del & VERBOSE == 0;
    let body = parse_sub(source, state, sub_verbose, nested + 1)?;
    if !source.matches(")")? {
        let width = source.tell() - start;
        return Err(source.error("missing ), unterminated subpattern", width));
    }
    if let Some(g) = group {
        state.open.retain(|&o| o != g);
        state.widths[g] = width(&body, state);
    }
    Ok(Some(if atomic {
        Node::Atomic(body)
    } else {
        Node::Group {
            index: group,
            add,
            del,
            body,
        }
    }))
}

fn parse_conditional(
    source: &mut Tokenizer,
    state: &mut State,
    verbose: bool,
    nested: usize,
    start: usize,
) -> Result<Node> {
    let condname = source.getuntil(")", "group name")?;
    let width = condname.chars().count() + 1;
    let group = if crate::eval::collections::is_identifier(&condname) {
        match state.groupdict.get(&condname) {
            Some(&g) => g,
            None => {
                let msg = format!("unknown group name {}", py_repr(&condname));
                return Err(source.error(&msg, width));
            }
        }
    } else {
        let g = group_number(source, &condname, true)?;
        if !state.grouprefpos.iter().any(|&(x, _)| x == g) {
            state.grouprefpos.push((g, source.tell() - width));
        }
        g
    };
    checklookbehindgroup(state, group, source)?;
    let yes = parse_seq(source, state, verbose, nested + 1, false)?;
    let no = if source.matches("|")? {
        let no = parse_seq(source, state, verbose, nested + 1, false)?;
        if source.next.as_deref() == Some("|") {
            return Err(source.error("conditional backref with more than two branches", 0));
        }
        Some(no)
    } else {
        None
    };
    if !source.matches(")")? {
        let width = source.tell() - start;
        return Err(source.error("missing ), unterminated subpattern", width));
    }
    Ok(Node::GroupRefExists { group, yes, no })
}

/// `_parse_flags`: None for global flags `(?i)`, else the scoped flags
/// added and removed by `(?i-m:...)`.
fn parse_flags(
    source: &mut Tokenizer,
    state: &mut State,
    first: &str,
) -> Result<Option<(u32, u32)>> {
    let mut ch = Some(first.to_string());
    let (mut add, mut del) = (0, 0);
    let one = |c: &Option<String>| c.as_deref().and_then(|s| s.chars().next());
    if first != "-" {
        loop {
            let c = one(&ch).unwrap_or(' ');
            let f = flag(c).unwrap_or(0);
            if c == 'L' {
                return Err(source.error(
                    "bad inline flags: cannot use 'L' flag with a str pattern",
                    0,
                ));
            }
            add |= f;
            if f & TYPE_FLAGS != 0 && add & TYPE_FLAGS != f {
                return Err(source.error(
                    "bad inline flags: flags 'a', 'u' and 'L' are incompatible",
                    0,
                ));
            }
            ch = source.get()?;
            let Some(c) = ch.as_deref() else {
                return Err(source.error("missing -, : or )", 0));
            };
            if c == ")" || c == "-" || c == ":" {
                break;
            }
            if one(&ch).and_then(flag).is_none() || c.len() > 1 {
                let alpha = c.chars().count() == 1 && c.chars().all(char::is_alphabetic);
                let msg = if alpha {
                    "unknown flag"
                } else {
                    "missing -, : or )"
                };
                return Err(source.error(msg, c.chars().count()));
            }
        }
    }
    if ch.as_deref() == Some(")") {
        state.flags |= add;
        return Ok(None);
    }
    if add & GLOBAL_FLAGS != 0 {
        return Err(source.error("bad inline flags: cannot turn on global flag", 1));
    }
    if ch.as_deref() == Some("-") {
        ch = source.get()?;
        let Some(c) = ch.clone() else {
            return Err(source.error("missing flag", 0));
        };
        if one(&ch).and_then(flag).is_none() || c.len() > 1 {
            let alpha = c.chars().count() == 1 && c.chars().all(char::is_alphabetic);
            let msg = if alpha {
                "unknown flag"
            } else {
                "missing flag"
            };
            return Err(source.error(msg, c.chars().count()));
        }
        loop {
            let f = one(&ch).and_then(flag).unwrap_or(0);
            if f & TYPE_FLAGS != 0 {
                return Err(source.error(
                    "bad inline flags: cannot turn off flags 'a', 'u' and 'L'",
                    0,
                ));
            }
            del |= f;
            ch = source.get()?;
            let Some(c) = ch.as_deref() else {
                return Err(source.error("missing :", 0));
            };
            if c == ":" {
                break;
            }
            if one(&ch).and_then(flag).is_none() || c.len() > 1 {
                let alpha = c.chars().count() == 1 && c.chars().all(char::is_alphabetic);
                let msg = if alpha { "unknown flag" } else { "missing :" };
                return Err(source.error(msg, c.chars().count()));
            }
        }
    }
    if del & GLOBAL_FLAGS != 0 {
        return Err(source.error("bad inline flags: cannot turn off global flag", 1));
    }
    if add & del != 0 {
        return Err(source.error("bad inline flags: flag turned on and off", 1));
    }
    Ok(Some((add, del)))
}

/// A `re.error` without a position (the compiler's, not the parser's).
fn re_error_plain(msg: &str) -> Error {
    Error::new(Exc::ReError, msg)
}

/// `_compiler._compile`'s test of each look-behind, in the order it
/// compiles the tree (so after every error of the parser).
fn fixed_lookbehinds(seq: &Seq, state: &State) -> Result<()> {
    seq.iter().try_for_each(|node| match node {
        Node::Look { behind, body, .. } => {
            if *behind {
                let (lo, hi) = width(body, state);
                if lo != hi {
                    return Err(re_error_plain("look-behind requires fixed-width pattern"));
                }
            }
            fixed_lookbehinds(body, state)
        }
        Node::Group { body, .. } | Node::Atomic(body) => fixed_lookbehinds(body, state),
        Node::Repeat { item, .. } => fixed_lookbehinds(item, state),
        Node::Branch(items) => items.iter().try_for_each(|i| fixed_lookbehinds(i, state)),
        Node::GroupRefExists { yes, no, .. } => {
            fixed_lookbehinds(yes, state)?;
            no.as_ref().map_or(Ok(()), |n| fixed_lookbehinds(n, state))
        }
        Node::Literal(_) | Node::Any | Node::Set { .. } | Node::At(_) | Node::GroupRef(_) => Ok(()),
    })
}

/// `SubPattern.getwidth`: the fewest and most characters a sequence
/// matches (saturating where `MAXWIDTH` caps it).
fn width(seq: &Seq, state: &State) -> (u64, u64) {
    let (mut lo, mut hi) = (0u64, 0u64);
    for node in seq {
        let (l, h) = match node {
            Node::Literal(_) | Node::Any | Node::Set { .. } => (1, 1),
            Node::At(_) | Node::Look { .. } => (0, 0),
            Node::Group { body, .. } | Node::Atomic(body) => width(body, state),
            Node::Branch(items) => {
                let ws: Vec<_> = items.iter().map(|i| width(i, state)).collect();
                let l = ws.iter().map(|w| w.0).min().unwrap_or(0);
                let h = ws.iter().map(|w| w.1).max().unwrap_or(0);
                (l, h)
            }
            Node::Repeat { min, max, item, .. } => {
                let (l, h) = width(item, state);
                (l.saturating_mul(*min), h.saturating_mul(*max))
            }
            Node::GroupRef(g) => state.widths.get(*g).copied().unwrap_or((0, 0)),
            Node::GroupRefExists { yes, no, .. } => {
                let (l, h) = width(yes, state);
                let (nl, nh) = no.as_ref().map_or((0, 0), |n| width(n, state));
                (l.min(nl), h.max(nh))
            }
        };
        lo = lo.saturating_add(l);
        hi = hi.saturating_add(h);
    }
    (lo, hi)
}
