//! The table of the methods of Python's str and list (joined into the one
//! catalog by `catalog::all`), and attribute lookup on those values and on
//! numbers (whose table is `numbers.rs`).

use super::table::{CallArgs, FnDef, Methods, method, p};
use super::value::TypeObj;
use super::{Value, lists as l, strings as s};
use crate::error::{Error, Result};

pub static STR_METHODS: &[FnDef] = &[
    method!(
        "format",
        [
            p!(VarPositional "args", "Values for the positional fields {} {0} {1}…"),
            p!(VarKeyword "kwargs", "Values for the named fields {name}.")
        ],
        "The string with its {} fields replaced by the formatted arguments.",
        s::format
    ),
    method!(
        "join",
        [p!(PositionalOnly "iterable", "The items (strings for str.join).")],
        "The strings of the iterable joined with this string between them.",
        s::join
    ),
    method!(
        "split",
        [
            p!(Normal "sep" = "None", "The separator (None: runs of whitespace)."),
            p!(Normal "maxsplit" = "-1", "At most this many splits (-1: no limit).")
        ],
        "The parts between separators (runs of whitespace when sep is None).",
        s::split
    ),
    method!(
        "rsplit",
        [
            p!(Normal "sep" = "None", "The separator (None: runs of whitespace)."),
            p!(Normal "maxsplit" = "-1", "At most this many splits (-1: no limit).")
        ],
        "Like split, splitting from the right.",
        s::rsplit
    ),
    method!(
        "strip",
        [p!(PositionalOnly "chars" = "None", "The characters to remove (None: whitespace).")],
        "The string without leading and trailing whitespace (or chars).",
        s::strip
    ),
    method!(
        "lstrip",
        [p!(PositionalOnly "chars" = "None", "The characters to remove (None: whitespace).")],
        "The string without leading whitespace (or chars).",
        s::lstrip
    ),
    method!(
        "rstrip",
        [p!(PositionalOnly "chars" = "None", "The characters to remove (None: whitespace).")],
        "The string without trailing whitespace (or chars).",
        s::rstrip
    ),
    method!("upper", [], "The string in upper case.", s::upper),
    method!("lower", [], "The string in lower case.", s::lower),
    method!("title", [], "Each word capitalised.", s::title),
    method!(
        "capitalize",
        [],
        "The first character capitalised, the rest lower case.",
        s::capitalize
    ),
    method!(
        "replace",
        [
            p!(PositionalOnly "old", "The text to replace."),
            p!(PositionalOnly "new", "The replacement."),
            p!(PositionalOnly "count" = "-1", "At most this many replacements (-1: all).")
        ],
        "Occurrences of old replaced by new (the first count of them).",
        s::replace
    ),
    method!(
        "startswith",
        [
            p!(PositionalOnly "prefix", "A str, or a tuple of str to try each of."),
            p!(PositionalOnly "start" = "None", "Where the search starts (a str index, negative from the end)."),
            p!(PositionalOnly "end" = "None", "Where the search stops (exclusive).")
        ],
        "Whether the string starts with prefix (or one of a tuple of them).",
        s::startswith
    ),
    method!(
        "endswith",
        [
            p!(PositionalOnly "prefix", "A str, or a tuple of str to try each of."),
            p!(PositionalOnly "start" = "None", "Where the search starts (a str index, negative from the end)."),
            p!(PositionalOnly "end" = "None", "Where the search stops (exclusive).")
        ],
        "Whether the string ends with the suffix (or one of a tuple of them).",
        s::endswith
    ),
    method!(
        "ljust",
        [
            p!(PositionalOnly "width", "The field width."),
            p!(PositionalOnly "fillchar" = "' '", "The padding character.")
        ],
        "The string left-justified in a field of the width.",
        s::ljust
    ),
    method!(
        "rjust",
        [
            p!(PositionalOnly "width", "The field width."),
            p!(PositionalOnly "fillchar" = "' '", "The padding character.")
        ],
        "The string right-justified in a field of the width.",
        s::rjust
    ),
    method!(
        "center",
        [
            p!(PositionalOnly "width", "The field width."),
            p!(PositionalOnly "fillchar" = "' '", "The padding character.")
        ],
        "The string centred in a field of the width.",
        s::center
    ),
    s::MAKETRANS,
    method!(
        "translate",
        [p!(PositionalOnly "table", "A dict from code points to a code point, a str or None.")],
        "The string with each character replaced as the table says (None deletes it).",
        s::translate
    ),
    method!(
        "zfill",
        [p!(PositionalOnly "width", "The field width.")],
        "The string padded with zeros on the left, after any sign.",
        s::zfill
    ),
    method!(
        "count",
        [
            p!(PositionalOnly "sub", "The text to look for."),
            p!(PositionalOnly "start" = "None", "Where the search starts (a str index, negative from the end)."),
            p!(PositionalOnly "end" = "None", "Where the search stops (exclusive).")
        ],
        "The number of non-overlapping occurrences of sub.",
        s::count
    ),
    method!(
        "find",
        [
            p!(PositionalOnly "sub", "The text to look for."),
            p!(PositionalOnly "start" = "None", "Where the search starts (a str index, negative from the end)."),
            p!(PositionalOnly "end" = "None", "Where the search stops (exclusive).")
        ],
        "The lowest index of sub, or -1.",
        s::find
    ),
    method!(
        "rfind",
        [
            p!(PositionalOnly "sub", "The text to look for."),
            p!(PositionalOnly "start" = "None", "Where the search starts (a str index, negative from the end)."),
            p!(PositionalOnly "end" = "None", "Where the search stops (exclusive).")
        ],
        "The highest index of sub, or -1.",
        s::rfind
    ),
    method!(
        "index",
        [
            p!(PositionalOnly "sub", "The text to look for."),
            p!(PositionalOnly "start" = "None", "Where the search starts (a str index, negative from the end)."),
            p!(PositionalOnly "end" = "None", "Where the search stops (exclusive).")
        ],
        "The lowest index of sub; ValueError when absent.",
        s::index_
    ),
    method!(
        "rindex",
        [
            p!(PositionalOnly "sub", "The text to look for."),
            p!(PositionalOnly "start" = "None", "Where the search starts (a str index, negative from the end)."),
            p!(PositionalOnly "end" = "None", "Where the search stops (exclusive).")
        ],
        "The highest index of sub; ValueError when absent.",
        s::rindex
    ),
    method!(
        "swapcase",
        [],
        "The string with upper case turned lower and lower case upper.",
        s::swapcase
    ),
    method!(
        "isupper",
        [],
        "Whether there is a cased character and all cased characters are upper case.",
        s::isupper
    ),
    method!(
        "islower",
        [],
        "Whether there is a cased character and all cased characters are lower case.",
        s::islower
    ),
    method!(
        "istitle",
        [],
        "Whether the string is title-cased (upper case only at the start of words).",
        s::istitle
    ),
    method!(
        "isdecimal",
        [],
        "Whether all characters are decimal digits (and there is one).",
        s::isdecimal
    ),
    method!(
        "isnumeric",
        [],
        "Whether all characters are numeric (and there is one).",
        s::isnumeric
    ),
    method!(
        "isalnum",
        [],
        "Whether all characters are letters or digits (and there is one).",
        s::isalnum
    ),
    method!(
        "isdigit",
        [],
        "Whether all characters are digits (and there is one).",
        s::isdigit
    ),
    method!(
        "isalpha",
        [],
        "Whether all characters are letters (and there is one).",
        s::isalpha
    ),
    method!(
        "isspace",
        [],
        "Whether all characters are whitespace (and there is one).",
        s::isspace
    ),
    method!(
        "isprintable",
        [],
        "Whether every character prints as itself in repr() (true for '').",
        s::isprintable
    ),
    method!(
        "splitlines",
        [p!(Normal "keepends" = "False", "Keep the line breaks at the ends of the lines.")],
        "The lines of the string, split at line boundaries.",
        s::splitlines
    ),
    method!(
        "partition",
        [p!(PositionalOnly "sep", "The separator (None: runs of whitespace).")],
        "(head, sep, tail) around the first sep, or (string, '', '').",
        s::partition
    ),
    method!(
        "rpartition",
        [p!(PositionalOnly "sep", "The separator.")],
        "(head, sep, tail) around the last sep, or ('', '', string).",
        s::rpartition
    ),
];

pub static LIST_METHODS: &[FnDef] = &[
    method!(
        "append",
        [p!(PositionalOnly "object", "The item to add.")],
        "Add the object at the end.",
        l::append
    ),
    method!(
        "extend",
        [p!(PositionalOnly "iterable", "The items (strings for str.join).")],
        "Add the items of the iterable at the end.",
        l::extend
    ),
    method!(
        "insert",
        [
            p!(PositionalOnly "index", "The position (negative counts from the end)."),
            p!(PositionalOnly "object", "The item to add.")
        ],
        "Insert the object before the index.",
        l::insert
    ),
    method!(
        "pop",
        [p!(PositionalOnly "index" = "-1", "The position (negative counts from the end).")],
        "Remove and return the item at the index.",
        l::pop
    ),
    method!(
        "remove",
        [p!(PositionalOnly "value", "The item to look for (compared with ==).")],
        "Remove the first item equal to value.",
        l::remove
    ),
    method!(
        "index",
        [p!(PositionalOnly "value", "The item to look for (compared with ==).")],
        "The index of the first item equal to value.",
        l::index
    ),
    method!(
        "count",
        [p!(PositionalOnly "value", "The item to look for (compared with ==).")],
        "The number of items equal to value.",
        l::count
    ),
    method!(
        "sort",
        [
            p!(KeywordOnly "key" = "None", "A function of one item giving what to compare (None: the items)."),
            p!(KeywordOnly "reverse" = "False", "Sort in descending order.")
        ],
        "Sort the list in place, stably, by key(item) if a key is given.",
        l::sort
    ),
    method!("reverse", [], "Reverse the list in place.", l::reverse),
    method!("copy", [], "A shallow copy of the list.", l::copy),
    method!("clear", [], "Remove all items.", l::clear),
];

fn table(v: &Value) -> Option<Methods> {
    match v {
        Value::Str(_) => Some(Methods::of(STR_METHODS)),
        Value::List(_) => Some(Methods::of(LIST_METHODS)),
        Value::Dict(_) => Some(Methods::of(super::dict::DICT_METHODS)),
        Value::Set(s) => Some(super::pyset::methods(s)),
        Value::Deque(_) => Some(Methods::of(super::collections::DEQUE_METHODS)),
        Value::Stream(_) => Some(Methods::of(super::pysys::STREAM_METHODS)),
        Value::StringIo(_) => Some(Methods::of(super::pyio::STRINGIO_METHODS)),
        Value::Slice(_) => Some(Methods::of(super::pyslice::SLICE_METHODS)),
        Value::Iter(_, "generator") => Some(Methods::of(super::generator::GENERATOR_METHODS)),
        _ => super::numbers::table(v).map(Methods::of),
    }
}

/// The methods of the type a `str`, `list`, `dict` or set value has.
fn type_table(t: TypeObj) -> Option<Methods> {
    match t {
        TypeObj::Str => Some(Methods::of(STR_METHODS)),
        TypeObj::List => Some(Methods::of(LIST_METHODS)),
        TypeObj::Dict => Some(Methods::of(super::dict::DICT_METHODS)),
        TypeObj::Set => Some(super::pyset::type_methods(false)),
        TypeObj::FrozenSet => Some(super::pyset::type_methods(true)),
        TypeObj::Int => Some(Methods::of(super::numbers::INT_METHODS)),
        TypeObj::Float => Some(Methods::of(super::numbers::FLOAT_METHODS)),
        _ => None,
    }
}

/// `str.lower` and the like: the method taken from its type, which binds
/// its first argument as the object (`sorted(words, key=str.lower)`).
pub fn unbound(t: TypeObj, name: &str) -> Option<Value> {
    let f = type_table(t)?.find(name)?;
    Some(Value::Method(Box::new(Value::Type(t)), f))
}

/// Calling an unbound method: its first argument becomes the object, which
/// must be of the method's type (CPython's method_descriptor checks).
pub fn bind_unbound(t: TypeObj, f: &FnDef, call: &mut CallArgs) -> Result<Value> {
    let ty = t.qualname();
    if call.positional.is_empty() {
        return Err(Error::type_error(format!(
            "unbound method {ty}.{}() needs an argument",
            f.name
        )));
    }
    let (this, _) = call.positional.remove(0);
    // np.str_ subclasses str, and str's methods answer exact strs.
    if let (TypeObj::Str, Value::NpStr(text)) = (t, &this) {
        return Ok(Value::Str(text.clone()));
    }
    // bool subclasses int, and int's methods take it.
    if this.type_of() != t && !(t == TypeObj::Int && matches!(this, Value::Bool(_))) {
        return Err(Error::type_error(format!(
            "descriptor '{}' for '{ty}' objects doesn't apply to a '{}' object",
            f.name,
            this.type_name()
        )));
    }
    Ok(this)
}

/// `value.name` for a str, list or dict (None for other values).
pub fn getattr(v: &Value, name: &str) -> Option<Result<Value>> {
    if let Value::Deque(d) = v
        && let Some(a) = super::collections::deque_attribute(d, name)
    {
        return Some(Ok(a));
    }
    if let Value::StringIo(s) = v
        && let Some(a) = super::pyio::attribute(s, name)
    {
        return Some(Ok(a));
    }
    if let Value::Dict(d) = v {
        if let Some(a) = super::collections::attribute(d, name) {
            return Some(Ok(a));
        }
        if let Some(f) = super::collections::methods(d)
            .iter()
            .find(|f| f.name == name)
        {
            return Some(Ok(Value::Method(Box::new(v.clone()), f)));
        }
    }
    let methods = table(v)?;
    if matches!(v, Value::Decimal(_)) && super::decimal::REFUSED_METHODS.contains(&name) {
        return Some(Err(Error::attribute_error(format!(
            "npcalc does not support Decimal.{name}"
        ))));
    }
    if let Value::PyTime(t) = v
        && super::pydatetime::REFUSED_METHODS.contains(&name)
    {
        return Some(Err(super::pydatetime::refused(
            super::pydatetime::type_name(t),
            name,
        )));
    }
    if let Some(a) = super::numbers::attribute(v, name) {
        return Some(Ok(a));
    }
    Some(match methods.find(name) {
        Some(f) => Ok(Value::Method(Box::new(v.clone()), f)),
        None => {
            // CPython suggests from dir(), which is sorted: ties go to the first.
            let mut names = member_names(v);
            names.sort_unstable();
            Err(super::numpy::no_attribute(v, name, names))
        }
    })
}

/// The methods and data attributes of a str, list, dict or Python number
/// (empty for other values), as `getattr` finds them.
pub fn member_names(v: &Value) -> Vec<&'static str> {
    let methods = table(v).into_iter().flat_map(Methods::iter);
    methods
        .map(|f| f.name)
        .chain(super::numbers::attribute_names(v).iter().copied())
        .collect()
}

/// Whether lists have this method (then `[…].name` is the list's own).
pub fn is_list_method(name: &str) -> bool {
    LIST_METHODS.iter().any(|f| f.name == name)
}
