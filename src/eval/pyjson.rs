//! Python's `json` as CPython 3.11 runs it: `dumps` after Lib/json/encoder.py
//! (its C encoder `c_make_encoder` when `indent` is None, the Python
//! `_make_iterencode` otherwise — they differ in a few error messages) and
//! `loads` after Modules/_json.c's scanner (`scan_once_unicode`,
//! `scanstring_unicode`) with Lib/json/decoder.py's `decode`. Positions in
//! errors count characters, as Python's str indices do.

use super::classes::call_with;
use super::table::{Args, FnDef, p, python_fn};
use super::{Interp, Value, dict};
use crate::array::Scalar;
use crate::error::{Error, Exc, Result};
use num_bigint::BigInt;

pub static JSON: &[FnDef] = &[
    python_fn!(
        "dumps",
        [
            p!(Normal "obj", "The value to serialize."),
            p!(KeywordOnly "skipkeys" = "False", "Skip dict keys that are not str, int, float, bool or None."),
            p!(KeywordOnly "ensure_ascii" = "True", "Escape every non-ASCII character as \\uXXXX."),
            p!(KeywordOnly "check_circular" = "True", "Raise on a container that holds itself."),
            p!(KeywordOnly "allow_nan" = "True", "Write NaN and Infinity (not strict JSON) instead of raising."),
            p!(KeywordOnly "cls" = "None", "An encoder class (not supported in npcalc)."),
            p!(KeywordOnly "indent" = "None", "Spaces (an int) or a string per nesting level; None for one line."),
            p!(KeywordOnly "separators" = "None", "(item_separator, key_separator)."),
            p!(KeywordOnly "default" = "None", "A function turning an unserializable object into one that is."),
            p!(KeywordOnly "sort_keys" = "False", "Write each dict's items sorted by key."),
            p!(VarKeyword "kw", "Further encoder options.")
        ],
        "The JSON text of obj, as a str.",
        dumps
    ),
    python_fn!(
        "loads",
        [
            p!(Normal "s", "The JSON text."),
            p!(KeywordOnly "cls" = "None", "A decoder class (not supported in npcalc)."),
            p!(KeywordOnly "object_hook" = "None", "A function applied to each decoded object (dict)."),
            p!(KeywordOnly "parse_float" = "None", "A function applied to each float's text."),
            p!(KeywordOnly "parse_int" = "None", "A function applied to each int's text."),
            p!(KeywordOnly "parse_constant" = "None", "A function applied to NaN, Infinity and -Infinity."),
            p!(KeywordOnly "object_pairs_hook" = "None", "A function applied to each object's list of pairs."),
            p!(VarKeyword "kw", "Further decoder options.")
        ],
        "The Python value of a JSON text: objects become dicts, arrays lists.",
        loads
    ),
    python_fn!(
        "dump",
        [
            p!(Normal "obj", "The value to serialize."),
            p!(Normal "fp", "A file open for writing."),
            p!(VarKeyword "kw", "The options of dumps.")
        ],
        "Writes obj's JSON text to a file (not supported in npcalc: use dumps).",
        dump
    ),
    python_fn!(
        "load",
        [
            p!(Normal "fp", "A file open for reading."),
            p!(VarKeyword "kw", "The options of loads.")
        ],
        "Reads a JSON text from a file (not supported in npcalc: use loads).",
        load
    ),
];

fn dump(_: &mut Interp, _: &Args) -> Result<Value> {
    Err(Error::type_error(
        "npcalc does not support json.dump: it has no files; json.dumps gives the text",
    ))
}

fn load(_: &mut Interp, _: &Args) -> Result<Value> {
    Err(Error::type_error(
        "npcalc does not support json.load: it has no files; json.loads reads a str",
    ))
}

/// The options `dumps` reads, resolved as `JSONEncoder.__init__` does.
struct Encoder {
    skipkeys: bool,
    ensure_ascii: bool,
    check_circular: bool,
    allow_nan: bool,
    indent: Option<String>,
    item_separator: String,
    key_separator: String,
    default: Value,
    sort_keys: bool,
    /// The containers being encoded (the `markers` dict), by identity.
    markers: Vec<usize>,
    /// The objects handed to `default` and still being encoded, which
    /// `markers` also holds in CPython.
    defaulted: Vec<Value>,
}

fn refuse_option(name: &str, what: &str) -> Error {
    Error::type_error(format!("npcalc does not support json.{what}'s {name}="))
}

fn dumps(it: &mut Interp, args: &Args) -> Result<Value> {
    if !matches!(args.get("cls"), Value::None) {
        return Err(refuse_option("cls", "dumps"));
    }
    if let Value::Dict(kw) = args.get("kw")
        && let Some((k, _)) = kw.borrow().entries().first()
    {
        // JSONEncoder.__init__ takes no other keywords.
        return Err(Error::type_error(format!(
            "JSONEncoder.__init__() got an unexpected keyword argument '{}'",
            super::str(k, &it.print_options)
        )));
    }
    let indent = match args.get("indent") {
        Value::None => None,
        Value::Str(s) | Value::NpStr(s) => Some(s.to_string()),
        Value::Bool(b) => Some(" ".repeat(b as usize)),
        Value::Int(n) => Some(indent_spaces(&n)?),
        // ' ' * indent takes anything with __index__, NumPy's integers too.
        Value::Scalar(s) if s.dtype().is_integer() && s.dtype() != crate::array::DType::Bool => {
            Some(indent_spaces(&super::numpy::scalar_to_bigint(s))?)
        }
        v => {
            return Err(Error::type_error(format!(
                "can't multiply sequence by non-int of type '{}'",
                v.type_name()
            )));
        }
    };
    let (item_separator, key_separator) = match args.get("separators") {
        Value::None if indent.is_some() => (",".to_string(), ": ".to_string()),
        Value::None => (", ".to_string(), ": ".to_string()),
        v => {
            let parts = it.iterate(&v)?;
            let [a, b] = <[Value; 2]>::try_from(parts).map_err(|parts| {
                let n = parts.len();
                Error::value_error(if n < 2 {
                    format!("not enough values to unpack (expected 2, got {n})")
                } else {
                    "too many values to unpack (expected 2)".to_string()
                })
            })?;
            match (a, b) {
                (Value::Str(a) | Value::NpStr(a), Value::Str(b) | Value::NpStr(b)) => {
                    (a.to_string(), b.to_string())
                }
                (a, b) => {
                    let bad = if matches!(a, Value::Str(_) | Value::NpStr(_)) {
                        b
                    } else {
                        a
                    };
                    return Err(Error::type_error(format!(
                        "npcalc does not support json.dumps separators that are not str, such as '{}'",
                        bad.type_name()
                    )));
                }
            }
        }
    };
    let mut enc = Encoder {
        skipkeys: it.truthy(&args.get("skipkeys"))?,
        ensure_ascii: it.truthy(&args.get("ensure_ascii"))?,
        check_circular: it.truthy(&args.get("check_circular"))?,
        allow_nan: it.truthy(&args.get("allow_nan"))?,
        indent,
        item_separator,
        key_separator,
        default: args.get("default"),
        sort_keys: it.truthy(&args.get("sort_keys"))?,
        markers: Vec::new(),
        defaulted: Vec::new(),
    };
    let mut out = String::new();
    // encode() writes a bare str directly, whatever the options.
    enc.encode(it, &args.get("obj"), 0, &mut out)?;
    Ok(Value::str(&out))
}

/// `' ' * indent`: a negative count repeats nothing.
fn indent_spaces(n: &BigInt) -> Result<String> {
    if n.sign() == num_bigint::Sign::Minus {
        return Ok(String::new());
    }
    let n: usize = n
        .try_into()
        .map_err(|_| Error::overflow_error("cannot fit 'int' into an index-sized integer"))?;
    let _ = super::alloc::with_capacity::<u8>(n)?;
    Ok(" ".repeat(n))
}

/// A container's identity for the circular-reference check.
fn identity(v: &Value) -> Option<usize> {
    match v {
        Value::List(l) => Some(std::rc::Rc::as_ptr(l) as *const u8 as usize),
        Value::Dict(d) => Some(std::rc::Rc::as_ptr(d) as *const u8 as usize),
        Value::Tuple(t) => Some(t.as_ptr() as *const u8 as usize),
        _ => None,
    }
}

/// Python's recursion limit, which the encoder's nesting counts against.
const MAX_DEPTH: usize = 990;

impl Encoder {
    /// The C encoder runs when there is no indent.
    fn c_encoder(&self) -> bool {
        self.indent.is_none()
    }

    fn float(&self, f: f64) -> Result<String> {
        if f.is_finite() {
            return Ok(crate::print::py_float_repr(f));
        }
        if !self.allow_nan {
            let msg = "Out of range float values are not JSON compliant";
            return Err(Error::value_error(if self.c_encoder() {
                msg.to_string()
            } else {
                format!("{msg}: {}", crate::print::py_float_repr(f))
            }));
        }
        Ok(if f.is_nan() {
            "NaN"
        } else if f > 0.0 {
            "Infinity"
        } else {
            "-Infinity"
        }
        .into())
    }

    /// The text of a scalar the encoder writes as it is, or None for a
    /// container or an object for `default`.
    fn atom(&self, v: &Value) -> Result<Option<String>> {
        Ok(Some(match v {
            Value::None => "null".into(),
            Value::Bool(true) => "true".into(),
            Value::Bool(false) => "false".into(),
            Value::Str(s) | Value::NpStr(s) => self.string(s),
            Value::Int(i) => int_repr(i)?,
            // NumPy's float64 subclasses float: float.__repr__ writes it.
            Value::Float(f) | Value::Scalar(Scalar::Float64(f)) => self.float(*f)?,
            _ => return Ok(None),
        }))
    }

    fn encode(&mut self, it: &mut Interp, v: &Value, level: usize, out: &mut String) -> Result<()> {
        if let Some(text) = self.atom(v)? {
            out.push_str(&text);
            return Ok(());
        }
        if level >= MAX_DEPTH {
            return Err(Error::new(
                Exc::RecursionError,
                "maximum recursion depth exceeded while encoding a JSON object",
            ));
        }
        match v {
            Value::List(_) | Value::Tuple(_) | Value::NamedTuple(..) => {
                let items = match v {
                    Value::List(l) => l.to_vec(),
                    Value::Tuple(t) | Value::NamedTuple(_, t) => t.to_vec(),
                    _ => unreachable!("matched above"),
                };
                self.enter(v, |enc| enc.list(it, &items, level + 1, out))
            }
            // defaultdict, OrderedDict and Counter subclass dict.
            Value::Dict(d) => {
                let items = d.borrow().entries().to_vec();
                self.enter(v, |enc| enc.dict(it, items, level + 1, out))
            }
            _ => {
                if matches!(self.default, Value::None) {
                    return Err(Error::type_error(format!(
                        "Object of type {} is not JSON serializable",
                        class_name(v)
                    )));
                }
                if self.check_circular {
                    if self.defaulted.iter().any(|d| super::identical(d, v)) {
                        return Err(Error::value_error("Circular reference detected"));
                    }
                    self.defaulted.push(v.clone());
                }
                let f = self.default.clone();
                let r = call_with(it, &f, vec![v.clone()])
                    .and_then(|replaced| self.encode(it, &replaced, level + 1, out));
                if self.check_circular {
                    self.defaulted.pop();
                }
                r
            }
        }
    }

    /// Runs `body` with the container marked, raising on a second visit.
    fn enter(&mut self, v: &Value, body: impl FnOnce(&mut Self) -> Result<()>) -> Result<()> {
        let id = identity(v).filter(|_| self.check_circular);
        if let Some(id) = id {
            if self.markers.contains(&id) {
                return Err(Error::value_error("Circular reference detected"));
            }
            self.markers.push(id);
        }
        let r = body(self);
        if id.is_some() {
            self.markers.pop();
        }
        r
    }

    /// The newline and indent opening a level, and the separator between
    /// items at it.
    fn layout(&self, level: usize) -> (String, String) {
        match &self.indent {
            None => (String::new(), self.item_separator.clone()),
            Some(ind) => {
                let nl = format!("\n{}", ind.repeat(level));
                (nl.clone(), format!("{}{nl}", self.item_separator))
            }
        }
    }

    fn close(&self, level: usize, out: &mut String) {
        if let Some(ind) = &self.indent {
            out.push('\n');
            out.push_str(&ind.repeat(level - 1));
        }
    }

    fn list(
        &mut self,
        it: &mut Interp,
        items: &[Value],
        level: usize,
        out: &mut String,
    ) -> Result<()> {
        if items.is_empty() {
            out.push_str("[]");
            return Ok(());
        }
        let (open, sep) = self.layout(level);
        out.push('[');
        out.push_str(&open);
        for (i, v) in items.iter().enumerate() {
            if i > 0 {
                out.push_str(&sep);
            }
            self.encode(it, v, level, out)?;
        }
        self.close(level, out);
        out.push(']');
        Ok(())
    }

    fn dict(
        &mut self,
        it: &mut Interp,
        mut items: Vec<(Value, Value)>,
        level: usize,
        out: &mut String,
    ) -> Result<()> {
        if items.is_empty() {
            out.push_str("{}");
            return Ok(());
        }
        if self.sort_keys {
            // sorted(dct.items()): the (key, value) tuples compared.
            let pairs: Vec<Value> = items
                .iter()
                .map(|(k, v)| Value::tuple(vec![k.clone(), v.clone()]))
                .collect();
            let order = super::lists::sorted_order(it, &pairs)?;
            items = order.into_iter().map(|i| items[i].clone()).collect();
        }
        let (open, sep) = self.layout(level);
        out.push('{');
        out.push_str(&open);
        let mut first = true;
        for (k, v) in &items {
            let key = match k {
                Value::Str(s) | Value::NpStr(s) => self.string(s),
                _ => match self.atom(k)? {
                    // An int, float, bool or None key is written as a string.
                    Some(text) => self.string(&text),
                    None if self.skipkeys => continue,
                    None => {
                        // The C encoder names the type by tp_name, the Python one by __name__.
                        let name = if self.c_encoder() {
                            k.type_name()
                        } else {
                            class_name(k)
                        };
                        return Err(Error::type_error(format!(
                            "keys must be str, int, float, bool or None, not {name}"
                        )));
                    }
                },
            };
            if !first {
                out.push_str(&sep);
            }
            first = false;
            out.push_str(&key);
            out.push_str(&self.key_separator);
            self.encode(it, v, level, out)?;
        }
        self.close(level, out);
        out.push('}');
        Ok(())
    }

    /// `encode_basestring_ascii` or `encode_basestring`: the quoted string.
    fn string(&self, s: &str) -> String {
        let mut out = String::with_capacity(s.len() + 2);
        out.push('"');
        for c in s.chars() {
            match c {
                '"' => out.push_str("\\\""),
                '\\' => out.push_str("\\\\"),
                '\n' => out.push_str("\\n"),
                '\r' => out.push_str("\\r"),
                '\t' => out.push_str("\\t"),
                '\u{8}' => out.push_str("\\b"),
                '\u{c}' => out.push_str("\\f"),
                c if (c as u32) < 0x20 || (self.ensure_ascii && !(' '..='~').contains(&c)) => {
                    let mut units = [0u16; 2];
                    for u in c.encode_utf16(&mut units) {
                        out.push_str(&format!("\\u{u:04x}"));
                    }
                }
                c => out.push(c),
            }
        }
        out.push('"');
        out
    }
}

/// `int.__repr__`, with CPython's limit on the digits of a conversion.
fn int_repr(i: &BigInt) -> Result<String> {
    super::int_digits::try_repr(&Value::Int(i.clone()), &Default::default())
}

/// `o.__class__.__name__`: the type's name without its module.
fn class_name(v: &Value) -> String {
    let name = v.type_name();
    name.rsplit('.').next().unwrap_or(&name).to_string()
}

/// A `json.decoder.JSONDecodeError`: the message with its line, column and
/// character position, as `JSONDecodeError.__init__` writes it.
fn decode_error(msg: &str, s: &[char], pos: usize) -> Error {
    let before = &s[..pos.min(s.len())];
    let lineno = before.iter().filter(|&&c| c == '\n').count() + 1;
    let colno = match before.iter().rposition(|&c| c == '\n') {
        Some(nl) => pos - nl,
        None => pos + 1,
    };
    Error::new(
        Exc::JSONDecodeError,
        format!("{msg}: line {lineno} column {colno} (char {pos})"),
    )
}

fn loads(it: &mut Interp, args: &Args) -> Result<Value> {
    for name in [
        "cls",
        "object_hook",
        "parse_float",
        "parse_int",
        "parse_constant",
        "object_pairs_hook",
    ] {
        if !matches!(args.get(name), Value::None) {
            return Err(refuse_option(name, "loads"));
        }
    }
    if let Value::Dict(kw) = args.get("kw")
        && let Some((k, _)) = kw.borrow().entries().first()
    {
        return Err(Error::type_error(format!(
            "JSONDecoder.__init__() got an unexpected keyword argument '{}'",
            super::str(k, &it.print_options)
        )));
    }
    let text = match args.get("s") {
        Value::Str(s) | Value::NpStr(s) => s,
        v => {
            return Err(Error::type_error(format!(
                "the JSON object must be str, bytes or bytearray, not {}",
                class_name(&v)
            )));
        }
    };
    let s: Vec<char> = text.chars().collect();
    if s.first() == Some(&'\u{feff}') {
        return Err(decode_error(
            "Unexpected UTF-8 BOM (decode using utf-8-sig)",
            &s,
            0,
        ));
    }
    let scanner = Scanner { s: &s };
    let start = scanner.skip_ws(0);
    let (value, end) = match scanner.scan_once(start, 0) {
        Ok(found) => found,
        // raw_decode turns the scanner's StopIteration into this.
        Err(Scan::Stop(idx)) => return Err(decode_error("Expecting value", &s, idx)),
        Err(Scan::Error(e)) => return Err(e),
    };
    let end = scanner.skip_ws(end);
    if end != s.len() {
        return Err(decode_error("Extra data", &s, end));
    }
    Ok(value)
}

/// How a scan fails: nothing that starts a value here (`StopIteration(idx)`),
/// or an error already raised.
enum Scan {
    Stop(usize),
    Error(Error),
}

impl From<Error> for Scan {
    fn from(e: Error) -> Scan {
        Scan::Error(e)
    }
}

type Scanned = std::result::Result<(Value, usize), Scan>;

struct Scanner<'a> {
    s: &'a [char],
}

impl Scanner<'_> {
    fn at(&self, i: usize) -> Option<char> {
        self.s.get(i).copied()
    }

    fn skip_ws(&self, mut i: usize) -> usize {
        while matches!(self.at(i), Some(' ' | '\t' | '\n' | '\r')) {
            i += 1;
        }
        i
    }

    fn starts(&self, i: usize, word: &str) -> bool {
        let w: Vec<char> = word.chars().collect();
        self.s.get(i..i + w.len()) == Some(&w[..])
    }

    fn error(&self, msg: &str, pos: usize) -> Scan {
        Scan::Error(decode_error(msg, self.s, pos))
    }

    /// `scan_once_unicode`: the value starting at `idx`, and where it ends.
    fn scan_once(&self, idx: usize, depth: usize) -> Scanned {
        if depth >= MAX_DEPTH {
            return Err(Scan::Error(Error::new(
                Exc::RecursionError,
                "maximum recursion depth exceeded while decoding a JSON document",
            )));
        }
        let Some(c) = self.at(idx) else {
            return Err(Scan::Stop(idx));
        };
        let word = |w: &str, v: Value| -> Scanned {
            if self.starts(idx, w) {
                Ok((v, idx + w.chars().count()))
            } else {
                Err(Scan::Stop(idx))
            }
        };
        match c {
            '"' => {
                let (s, end) = self.string(idx + 1)?;
                Ok((Value::str(&s), end))
            }
            '{' => self.object(idx + 1, depth + 1),
            '[' => self.array(idx + 1, depth + 1),
            'n' => word("null", Value::None),
            't' => word("true", Value::Bool(true)),
            'f' => word("false", Value::Bool(false)),
            'N' => word("NaN", Value::Float(f64::NAN)),
            'I' => word("Infinity", Value::Float(f64::INFINITY)),
            '-' if self.starts(idx, "-Infinity") => Ok((Value::Float(f64::NEG_INFINITY), idx + 9)),
            _ => self.number(idx),
        }
    }

    /// `_match_number_unicode`: `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?`.
    fn number(&self, start: usize) -> Scanned {
        let digit = |i: usize| self.at(i).is_some_and(|c| c.is_ascii_digit());
        let mut idx = start;
        if self.at(idx) == Some('-') {
            idx += 1;
        }
        match self.at(idx) {
            Some('1'..='9') => {
                while digit(idx) {
                    idx += 1;
                }
            }
            Some('0') => idx += 1,
            _ => return Err(Scan::Stop(start)),
        }
        let mut is_float = false;
        if self.at(idx) == Some('.') && digit(idx + 1) {
            is_float = true;
            idx += 2;
            while digit(idx) {
                idx += 1;
            }
        }
        if matches!(self.at(idx), Some('e' | 'E')) {
            let e_start = idx;
            idx += 1;
            if matches!(self.at(idx), Some('-' | '+')) {
                idx += 1;
            }
            let digits_from = idx;
            while digit(idx) {
                idx += 1;
            }
            if idx > digits_from {
                is_float = true;
            } else {
                idx = e_start;
            }
        }
        let text: String = self.s[start..idx].iter().collect();
        let value = if is_float {
            // Both round correctly; an exponent past the range gives inf.
            Value::Float(text.parse::<f64>().map_err(|_| {
                Error::value_error(format!("could not convert string to float: '{text}'"))
            })?)
        } else {
            let digits = text.trim_start_matches('-').len();
            if digits as u64 > super::int_digits::MAX_STR_DIGITS {
                return Err(Scan::Error(Error::value_error(format!(
                    "Exceeds the limit ({} digits) for integer string conversion: value has {digits} digits; use sys.set_int_max_str_digits() to increase the limit",
                    super::int_digits::MAX_STR_DIGITS
                ))));
            }
            Value::Int(text.parse::<BigInt>().expect("the digits were matched"))
        };
        Ok((value, idx))
    }

    /// `scanstring_unicode` (strict): the string after the quote at
    /// `begin + 1`, and the index after its closing quote.
    fn string(&self, start: usize) -> std::result::Result<(String, usize), Scan> {
        let begin = start - 1;
        let mut out = String::new();
        let mut end = start;
        loop {
            let mut next = end;
            let c = loop {
                match self.at(next) {
                    None => return Err(self.error("Unterminated string starting at", begin)),
                    Some(c @ ('"' | '\\')) => break c,
                    Some(c) if (c as u32) <= 0x1f => {
                        return Err(self.error("Invalid control character at", next));
                    }
                    Some(c) => {
                        out.push(c);
                        next += 1;
                    }
                }
            };
            next += 1;
            if c == '"' {
                return Ok((out, next));
            }
            let Some(esc) = self.at(next) else {
                return Err(self.error("Unterminated string starting at", begin));
            };
            if esc != 'u' {
                end = next + 1;
                out.push(match esc {
                    '"' => '"',
                    '\\' => '\\',
                    '/' => '/',
                    'b' => '\u{8}',
                    'f' => '\u{c}',
                    'n' => '\n',
                    'r' => '\r',
                    't' => '\t',
                    _ => return Err(self.error("Invalid \\escape", end - 2)),
                });
                continue;
            }
            next += 1;
            end = next + 4;
            if end >= self.s.len() {
                return Err(self.error("Invalid \\uXXXX escape", next - 1));
            }
            let mut c = self.hex4(next, end)?;
            // A high surrogate joins a following \u low surrogate.
            if (0xd800..0xdc00).contains(&c)
                && end + 6 < self.s.len()
                && self.at(end) == Some('\\')
                && self.at(end + 1) == Some('u')
            {
                let c2 = self.hex4(end + 2, end + 6)?;
                if (0xdc00..0xe000).contains(&c2) {
                    c = 0x10000 + ((c - 0xd800) << 10) + (c2 - 0xdc00);
                    end += 6;
                }
            }
            match char::from_u32(c) {
                Some(ch) => out.push(ch),
                None => {
                    return Err(Scan::Error(Error::value_error(
                        "npcalc does not support strings holding a lone surrogate such as a JSON \\ud800",
                    )));
                }
            }
        }
    }

    /// Four hex digits at `from..end`, or the `\uXXXX` error.
    fn hex4(&self, from: usize, end: usize) -> std::result::Result<u32, Scan> {
        let mut c = 0;
        for i in from..end {
            match self.at(i).and_then(|d| d.to_digit(16)) {
                Some(d) => c = (c << 4) | d,
                None => return Err(self.error("Invalid \\uXXXX escape", end - 5)),
            }
        }
        Ok(c)
    }

    /// `_parse_object_unicode`, as in 3.11 (no trailing-comma message).
    fn object(&self, mut idx: usize, depth: usize) -> Scanned {
        let mut d = dict::PyDict::new();
        idx = self.skip_ws(idx);
        if self.at(idx) != Some('}') {
            loop {
                if self.at(idx) != Some('"') {
                    return Err(
                        self.error("Expecting property name enclosed in double quotes", idx)
                    );
                }
                let (key, next) = self.string(idx + 1)?;
                idx = self.skip_ws(next);
                if self.at(idx) != Some(':') {
                    return Err(self.error("Expecting ':' delimiter", idx));
                }
                idx = self.skip_ws(idx + 1);
                let (value, next) = self.scan_once(idx, depth)?;
                d.insert(Value::str(&key), value)?;
                idx = self.skip_ws(next);
                if self.at(idx) == Some('}') {
                    break;
                }
                if self.at(idx) != Some(',') {
                    return Err(self.error("Expecting ',' delimiter", idx));
                }
                idx = self.skip_ws(idx + 1);
            }
        }
        Ok((dict::value(d), idx + 1))
    }

    /// `_parse_array_unicode`, as in 3.11.
    fn array(&self, mut idx: usize, depth: usize) -> Scanned {
        let mut items = Vec::new();
        idx = self.skip_ws(idx);
        if self.at(idx) != Some(']') {
            loop {
                let (value, next) = self.scan_once(idx, depth)?;
                items.push(value);
                idx = self.skip_ws(next);
                if self.at(idx) == Some(']') {
                    break;
                }
                if self.at(idx) != Some(',') {
                    return Err(self.error("Expecting ',' delimiter", idx));
                }
                idx = self.skip_ws(idx + 1);
            }
        }
        Ok((Value::list(items), idx + 1))
    }
}

/// The module's names besides its functions.
pub const CONSTANTS: &[&str] = &["JSONDecodeError"];

pub fn constant(name: &str) -> Option<Value> {
    (name == "JSONDecodeError").then_some(Value::Type(super::value::TypeObj::Exc(
        Exc::JSONDecodeError,
    )))
}
