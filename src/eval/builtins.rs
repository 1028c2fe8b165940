//! Python's builtins that npcalc offers: names, constructors and sequence indexing.

use super::catalog::BUILTINS;
use super::iter::PyIter;
use super::listobj::{List, Packed};
use super::pyops::{self, Num};
use super::table::Args;
use super::value::{Range, TypeObj, Value};
use super::{Interp, numpy};
use crate::array::Kind;
use crate::error::{Error, Exc, ExitStatus, Result};
use num_bigint::BigInt;
use num_traits::{ToPrimitive, Zero};

/// Builtin types that are names in Python's builtins.
const TYPES: [(&str, TypeObj); 13] = [
    ("bool", TypeObj::Bool),
    ("int", TypeObj::Int),
    ("float", TypeObj::Float),
    ("complex", TypeObj::Complex),
    ("str", TypeObj::Str),
    ("list", TypeObj::List),
    ("tuple", TypeObj::Tuple),
    ("dict", TypeObj::Dict),
    ("set", TypeObj::Set),
    ("frozenset", TypeObj::FrozenSet),
    ("range", TypeObj::Range),
    ("slice", TypeObj::Slice),
    ("type", TypeObj::Type),
];

pub fn lookup(name: &str) -> Option<Value> {
    if let Some((_, t)) = TYPES.iter().find(|(n, _)| *n == name) {
        return Some(Value::Type(*t));
    }
    match name {
        "None" => Some(Value::None),
        "True" => Some(Value::Bool(true)),
        "False" => Some(Value::Bool(false)),
        "Ellipsis" => Some(Value::Ellipsis),
        "object" => Some(Value::Type(TypeObj::Object)),
        "NotImplemented" => Some(Value::Type(TypeObj::NotImplemented)),
        _ => BUILTINS
            .iter()
            .chain(super::iterfns::ITER_BUILTINS)
            .chain(super::classes::CLASS_BUILTINS)
            .chain(super::pyset::SET_BUILTINS)
            .chain(super::pyexec::CODE_BUILTINS)
            .find(|f| f.name == name && !is_constructor(f.name))
            .map(Value::Function),
    }
}

/// CPython 3.11's builtin functions and classes (`dir(builtins)`, lower
/// case): a name here that npcalc lacks is refused plainly, not reported
/// as undefined.
const CPYTHON: &[&str] = &[
    "abs",
    "aiter",
    "all",
    "anext",
    "any",
    "ascii",
    "bin",
    "bool",
    "breakpoint",
    "bytearray",
    "bytes",
    "callable",
    "chr",
    "classmethod",
    "compile",
    "complex",
    "copyright",
    "credits",
    "delattr",
    "dict",
    "dir",
    "divmod",
    "enumerate",
    "eval",
    "exec",
    "exit",
    "filter",
    "float",
    "format",
    "frozenset",
    "getattr",
    "globals",
    "hasattr",
    "hash",
    "help",
    "hex",
    "id",
    "input",
    "int",
    "isinstance",
    "issubclass",
    "iter",
    "len",
    "license",
    "list",
    "locals",
    "map",
    "max",
    "memoryview",
    "min",
    "next",
    "object",
    "oct",
    "open",
    "ord",
    "pow",
    "print",
    "property",
    "quit",
    "range",
    "repr",
    "reversed",
    "round",
    "set",
    "setattr",
    "slice",
    "sorted",
    "staticmethod",
    "str",
    "sum",
    "super",
    "tuple",
    "type",
    "vars",
    "zip",
];

/// Whether `name` is a builtin of CPython's (which npcalc may not have).
pub fn is_cpython_builtin(name: &str) -> bool {
    CPYTHON.contains(&name)
}

fn is_constructor(name: &str) -> bool {
    TYPES.iter().any(|(n, _)| *n == name)
}

/// Every builtin name, for suggestions and completion.
pub fn names() -> impl Iterator<Item = &'static str> {
    BUILTINS
        .iter()
        .chain(super::iterfns::ITER_BUILTINS)
        .chain(super::classes::CLASS_BUILTINS)
        .chain(super::pyset::SET_BUILTINS)
        .chain(super::pyexec::CODE_BUILTINS)
        .map(|f| f.name)
        .filter(|n| !is_constructor(n))
        .chain(TYPES.iter().map(|(n, _)| *n))
}

/// The table entry that runs when a type is called (`int(x)`, `np.float32(x)`).
pub fn constructor(t: TypeObj) -> Option<&'static super::FnDef> {
    let name = match t {
        TypeObj::Scalar(_) => return numpy::scalar_constructor(t),
        TypeObj::DTypeClass => return numpy::dtype_constructor(),
        TypeObj::Random(super::pyrandom::CLASS) => return Some(&super::pyrandom::RANDOM_CLASS),
        TypeObj::Random(class) => return super::random::constructor(class),
        TypeObj::IInfo | TypeObj::FInfo => return super::dtypeinfo::constructor(t),
        TypeObj::NpStr => return Some(&super::strarray::NP_STR_CTOR),
        super::nditer::TYPE => return Some(&super::nditer::NDITER[0]),
        super::polynomial::TYPE => return Some(&super::polynomial::CLASS[0]),
        other => TYPES.iter().find(|(_, x)| *x == other)?.0,
    };
    BUILTINS
        .iter()
        .chain(super::pyset::SET_BUILTINS)
        .find(|f| f.name == name)
}

pub fn print(it: &mut Interp, args: &Args) -> Result<Value> {
    let sep = text_option(args, "sep", " ")?;
    let end = text_option(args, "end", "\n")?;
    let Value::Tuple(items) = args.get("args") else {
        unreachable!("*args is a tuple")
    };
    let parts: Vec<String> = items
        .iter()
        .map(|v| super::classes::str_of(it, v))
        .collect::<Result<_>>()?;
    let text = parts.join(&sep) + &end;
    super::pysys::write_to(it, &args.get("file"), &text)
}

/// `input(prompt='')`: the prompt written to stdout, then one line of
/// standard input without its line end; EOFError at its end.
pub fn input(it: &mut Interp, args: &Args) -> Result<Value> {
    if args.given("prompt") {
        let prompt = super::classes::str_of(it, &args.get("prompt"))?;
        it.write(&prompt)?;
    }
    match crate::host::read_line() {
        Some(line) => Ok(Value::str(line.strip_suffix('\n').unwrap_or(&line))),
        None => Err(Error::new(
            crate::error::Exc::EOFError,
            "EOF when reading a line",
        )),
    }
}

fn text_option(args: &Args, name: &str, default: &str) -> Result<String> {
    match args.get(name) {
        Value::None => Ok(default.to_string()),
        Value::Str(s) => Ok(s.to_string()),
        other => Err(Error::type_error(format!(
            "{name} must be None or a string, not {}",
            other.type_name()
        ))),
    }
}

pub fn repr(it: &mut Interp, args: &Args) -> Result<Value> {
    Ok(Value::str(&super::classes::repr_of(it, &args.get("obj"))?))
}

pub fn str(it: &mut Interp, args: &Args) -> Result<Value> {
    if !args.given("object") {
        return Ok(Value::str(""));
    }
    Ok(Value::str(&super::classes::str_of(
        it,
        &args.get("object"),
    )?))
}

pub fn len(it: &mut Interp, args: &Args) -> Result<Value> {
    let obj = args.get("obj");
    if let Some(n) = super::classes::len(it, &obj) {
        return Ok(Value::int(n?));
    }
    Ok(Value::int(len_of(&obj)?))
}

/// `len(v)`.
pub fn len_of(v: &Value) -> Result<usize> {
    let n = match v {
        // A PieContainer iterates and indexes, but has no `__len__`.
        Value::Plot(a)
            if super::pyplot::items(a).is_some()
                && !matches!(**a, super::pyplot::Artist::Pie(..)) =>
        {
            super::pyplot::items(a).map_or(0, |i| i.len())
        }
        Value::List(l) => l.len(),
        Value::Tuple(t) | Value::NamedTuple(_, t) => t.len(),
        Value::Str(s) | Value::NpStr(s) => s.chars().count(),
        Value::StrArray(sa) => match sa.shape().first() {
            Some(&n) => n,
            None => return Err(Error::type_error("len() of unsized object")),
        },
        Value::TimeArray(t) => match t.data.shape().first() {
            Some(&n) => n,
            None => return Err(Error::type_error("len() of unsized object")),
        },
        Value::ObjArray(o) => match o.shape().first() {
            Some(&n) => n,
            None => return Err(Error::type_error("len() of unsized object")),
        },
        Value::Dict(d) => d.borrow().len(),
        Value::DictView(d, _) => d.borrow().len(),
        Value::Set(s) => s.borrow().len(),
        Value::Deque(d) => d.borrow().items.len(),
        Value::Range(r) => r.len(),
        Value::FlatIter(f) => f.size(),
        Value::NdIter(it) => it.len(),
        Value::Poly1d(p) => p.order().max(0) as usize,
        Value::Array(a) => match a.shape().first() {
            Some(&n) => n,
            None => return Err(Error::type_error("len() of unsized object")),
        },
        Value::Masked(m) => match m.borrow().data.shape().first() {
            Some(&n) => n,
            None => return Err(Error::type_error("len() of unsized object")),
        },
        other => {
            return Err(Error::type_error(format!(
                "object of type '{}' has no len()",
                other.type_name()
            )));
        }
    };
    Ok(n)
}

pub fn type_(_: &mut Interp, args: &Args) -> Result<Value> {
    Ok(class_of(&args.get("object")))
}

/// `type(v)`, which is also every object's `v.__class__`.
pub fn class_of(v: &Value) -> Value {
    match v {
        Value::Instance(i) => Value::Class(i.class.clone()),
        other => Value::Type(other.type_of()),
    }
}

pub fn abs(_: &mut Interp, args: &Args) -> Result<Value> {
    abs_of(&args.get("x"))
}

/// `abs(v)`, also `operator.abs`.
pub fn abs_of(v: &Value) -> Result<Value> {
    if let Value::ObjArray(o) = v {
        return super::objarray::map(o, &mut abs_of);
    }
    if let Value::Time(_) | Value::TimeArray(_) = v {
        return super::datetime64::unary(None, v);
    }
    if let Value::StrArray(_) = v {
        return Err(crate::array::Ufunc::Absolute.text_input_error());
    }
    if numpy::is_numpy(v) {
        return numpy::absolute(v);
    }
    if let Value::Fraction(f) = v {
        return Ok(super::fractions::abs(f));
    }
    if let Value::PyTime(t) = v
        && let Some(r) = super::pydatetime::abs(t)
    {
        return r;
    }
    if let Value::Decimal(d) = v {
        return super::decimal::abs(d);
    }
    Ok(match pyops::as_num(v) {
        Some(Num::Int(i)) => Value::Int(if i < BigInt::zero() { -i } else { i }),
        Some(Num::Float(f)) => Value::Float(f.abs()),
        Some(Num::Complex(c)) => Value::Float(c.re.hypot(c.im)),
        None => {
            return Err(Error::type_error(format!(
                "bad operand type for abs(): '{}'",
                v.type_name()
            )));
        }
    })
}

pub fn int(_: &mut Interp, args: &Args) -> Result<Value> {
    // CPython's long_new: a base makes `x` a text to parse in that base.
    if !args.given("base") {
        if !args.given("x") {
            return Ok(Value::int(0));
        }
        return to_int(&args.get("x"));
    }
    if !args.given("x") {
        return Err(Error::type_error("int() missing string argument"));
    }
    let base = match args.get("base") {
        Value::Bool(b) => u32::from(b),
        // CPython clips an index beyond Py_ssize_t, so it is out of range too.
        Value::Int(i) => u32::try_from(&i).unwrap_or(u32::MAX),
        v @ Value::Scalar(_) => match super::numpy::to_index(&v) {
            Ok(i) => u32::try_from(i).unwrap_or(u32::MAX),
            Err(_) => return Err(not_an_index(&v)),
        },
        v => return Err(not_an_index(&v)),
    };
    if base == 1 || base > 36 {
        return Err(Error::value_error(
            "int() base must be >= 2 and <= 36, or 0",
        ));
    }
    match args.get("x") {
        x @ (Value::Str(_) | Value::NpStr(_)) => {
            let repr = super::repr(&x, &Default::default());
            parse_int_text(&super::strarray::text_of(&x).expect("text"), base, &repr)
        }
        _ => Err(Error::type_error(
            "int() can't convert non-string with explicit base",
        )),
    }
}

fn not_an_index(v: &Value) -> Error {
    Error::type_error(format!(
        "'{}' object cannot be interpreted as an integer",
        v.type_name()
    ))
}

/// Python's `operator.index`: ints, bools, NumPy integer scalars and
/// 0-d integer arrays (NumPy's bool is not an index).
pub fn index(v: &Value) -> Result<BigInt> {
    match v {
        Value::Int(i) => Ok(i.clone()),
        Value::Bool(b) => Ok(BigInt::from(*b as u8)),
        Value::ReFlag(f) => Ok(BigInt::from(*f)),
        Value::Scalar(s) if s.dtype().is_integer() => match numpy::to_python_int(v)? {
            Value::Int(i) => Ok(i),
            _ => unreachable!("an integer scalar gives an int"),
        },
        Value::Array(a) if a.ndim() == 0 && a.dtype().is_integer() => {
            index(&Value::Scalar(a.get(&[])))
        }
        Value::Array(_) => Err(Error::type_error(
            "only integer scalar arrays can be converted to a scalar index",
        )),
        v => Err(not_an_index(v)),
    }
}

/// `bin`, `oct` and `hex`: CPython's `PyNumber_ToBase`, the sign before
/// the prefix.
fn to_base(args: &Args, base: u32, prefix: &str) -> Result<Value> {
    let i = index(&args.get("x"))?;
    let sign = if i < BigInt::zero() { "-" } else { "" };
    Ok(Value::str(&format!(
        "{sign}{prefix}{}",
        i.magnitude().to_str_radix(base)
    )))
}

pub fn bin(_: &mut Interp, args: &Args) -> Result<Value> {
    to_base(args, 2, "0b")
}

pub fn oct(_: &mut Interp, args: &Args) -> Result<Value> {
    to_base(args, 8, "0o")
}

/// `chr(i)`: CPython's `_PyLong_AsInt` then `PyUnicode_FromOrdinal`.
pub fn chr(_: &mut Interp, args: &Args) -> Result<Value> {
    let i = index(&args.get("i"))?;
    let Some(i) = i.to_i32() else {
        return Err(Error::new(
            Exc::OverflowError,
            "Python int too large to convert to C int",
        ));
    };
    if !(0..0x110000).contains(&i) {
        return Err(Error::value_error("chr() arg not in range(0x110000)"));
    }
    match char::from_u32(i as u32) {
        Some(c) => Ok(Value::str(&c.to_string())),
        // npcalc's strings are UTF-8, which cannot hold U+D800..U+DFFF.
        None => Err(Error::new(
            Exc::NotImplementedError,
            "npcalc does not support lone surrogate characters (U+D800 to U+DFFF)",
        )),
    }
}

/// `ord(c)`: the code point of a one-character str (np.str_ is a str).
pub fn ord(_: &mut Interp, args: &Args) -> Result<Value> {
    match args.get("c") {
        Value::Str(s) | Value::NpStr(s) => {
            let mut chars = s.chars();
            match (chars.next(), chars.next()) {
                (Some(c), None) => Ok(Value::int(c as u32)),
                _ => Err(Error::type_error(format!(
                    "ord() expected a character, but string of length {} found",
                    s.chars().count()
                ))),
            }
        }
        other => Err(Error::type_error(format!(
            "ord() expected string of length 1, but {} found",
            other.type_name()
        ))),
    }
}

pub fn hex(_: &mut Interp, args: &Args) -> Result<Value> {
    to_base(args, 16, "0x")
}

/// `int(x)` for one argument.
pub fn to_int(v: &Value) -> Result<Value> {
    match v {
        Value::Bool(b) => Ok(Value::int(*b as u8)),
        Value::ReFlag(f) => Ok(Value::int(*f)),
        Value::Int(i) => Ok(Value::Int(i.clone())),
        Value::Float(f) => float_to_int(*f),
        Value::Fraction(f) => Ok(super::fractions::to_int(f)),
        Value::Decimal(d) => super::decimal::to_int(d),
        Value::Str(s) | Value::NpStr(s) => {
            parse_int_text(s, 10, &super::repr(v, &Default::default()))
        }
        Value::Scalar(_) | Value::Array(_) => numpy::to_python_int(v),
        other => Err(Error::type_error(format!(
            "int() argument must be a string, a bytes-like object or a real number, not '{}'",
            other.type_name()
        ))),
    }
}

/// `int(text, base)`: CPython's `PyLong_FromString` — blanks around, an
/// optional sign, the base's prefix (base 0 takes the base from it, as a
/// literal does), digits (decimal digits of any script count) with single
/// underscores between them, and no more than 4300 digits in a base that is
/// not a power of two. `repr` is the text object's repr (a `str_`'s shows
/// its type), for the error.
pub fn parse_int_text(s: &str, base: u32, repr: &str) -> Result<Value> {
    // CPython formats the text with `%.200R`: its repr, cut at 200 characters.
    let invalid = || {
        let shown: String = repr.chars().take(200).collect();
        Error::value_error(format!(
            "invalid literal for int() with base {base}: {shown}"
        ))
    };
    // CPython first maps every decimal digit to ASCII and every blank to ' '.
    let text: Vec<u8> = s
        .chars()
        .map(|c| match super::strings::decimal_value(c) {
            Some(d) => b'0' + d,
            None if c.is_whitespace() => b' ',
            None if c.is_ascii() => c as u8,
            None => 0xff,
        })
        .collect();
    let mut t = text.as_slice();
    while let [b' ', rest @ ..] = t {
        t = rest;
    }
    let negative = match t.first() {
        Some(b'-') => {
            t = &t[1..];
            true
        }
        Some(b'+') => {
            t = &t[1..];
            false
        }
        _ => false,
    };
    let prefix_base = match t {
        [b'0', b'x' | b'X', ..] => 16,
        [b'0', b'o' | b'O', ..] => 8,
        [b'0', b'b' | b'B', ..] => 2,
        _ => 0,
    };
    // Base 0 refuses C's old octal `010`, though `00` is still zero.
    let (radix, zero_only) = match (base, prefix_base) {
        (0, 0) => (10, t.first() == Some(&b'0')),
        (0, p) => (p, false),
        (b, _) => (b, false),
    };
    if prefix_base != 0 && prefix_base == radix {
        t = &t[2..];
        if t.first() == Some(&b'_') {
            t = &t[1..];
        }
    }
    if t.first() == Some(&b'_') {
        return Err(invalid());
    }
    // The run of digits is measured before what follows it is looked at:
    // too many digits is reported even before junk.
    let digit = |c: u8| char::from(c).to_digit(radix);
    let mut digits = Vec::new();
    let mut prev_underscore = false;
    let mut rest = t;
    while let Some((&c, tail)) = rest.split_first() {
        if c == b'_' {
            if prev_underscore {
                return Err(invalid());
            }
            prev_underscore = true;
        } else if digit(c).is_some() {
            digits.push(c);
            prev_underscore = false;
        } else {
            break;
        }
        rest = tail;
    }
    if prev_underscore {
        return Err(invalid());
    }
    if !radix.is_power_of_two() && digits.len() as u64 > super::int_digits::MAX_STR_DIGITS {
        return Err(Error::value_error(super::int_digits::too_many_digits(
            digits.len(),
        )));
    }
    let magnitude = BigInt::parse_bytes(&digits, radix).ok_or_else(invalid)?;
    if zero_only && !magnitude.is_zero() {
        return Err(invalid());
    }
    if rest.iter().any(|&c| c != b' ') {
        return Err(invalid());
    }
    Ok(Value::Int(if negative { -magnitude } else { magnitude }))
}

pub fn float_to_int(f: f64) -> Result<Value> {
    Ok(Value::Int(crate::array::promote::int_of_float(f)?))
}

pub fn float(_: &mut Interp, args: &Args) -> Result<Value> {
    if !args.given("x") {
        return Ok(Value::Float(0.0));
    }
    to_float(&args.get("x"))
}

pub fn to_float(v: &Value) -> Result<Value> {
    match v {
        Value::Bool(b) => Ok(Value::Float(*b as u8 as f64)),
        Value::Int(i) => Ok(Value::Float(pyops::int_to_f64(i)?)),
        Value::Float(f) => Ok(Value::Float(*f)),
        Value::Fraction(f) => super::fractions::to_float(f),
        Value::Decimal(d) => super::decimal::to_float(d),
        Value::Str(s) | Value::NpStr(s) => {
            float_of_text(s, &super::repr(v, &Default::default())).map(Value::Float)
        }
        Value::Scalar(_) | Value::Array(_) => numpy::to_python_float(v),
        Value::StrArray(sa) if !sa.shape().is_empty() => Err(numpy::not_zero_dimensional()),
        other => Err(Error::type_error(format!(
            "float() argument must be a string or a real number, not '{}'",
            other.type_name()
        ))),
    }
}

/// `float(text)`: CPython's `PyFloat_FromString` — decimal digits of any
/// script and blanks read as ASCII, blanks around dropped, underscores only
/// between digits, then `inf`, `infinity`, `nan` or a decimal number with a
/// sign. `repr` is the text object's repr, for the error.
pub fn float_of_text(s: &str, repr: &str) -> Result<f64> {
    let ascii: String = s
        .chars()
        .map(|c| match super::strings::decimal_value(c) {
            Some(d) => char::from(b'0' + d),
            None if c.is_whitespace() => ' ',
            None if c.is_ascii() => c,
            None => '?',
        })
        .collect();
    parse_float(ascii.trim_matches(' '))
        .ok_or_else(|| Error::value_error(format!("could not convert string to float: {repr}")))
}

/// Python's float() spellings: digits, `inf`, `nan`, `infinity`, with a sign.
fn parse_float(s: &str) -> Option<f64> {
    let lower = s.to_ascii_lowercase();
    let (sign, body) = match lower.strip_prefix('-') {
        Some(b) => (-1.0, b),
        None => (1.0, lower.strip_prefix('+').unwrap_or(&lower)),
    };
    match body {
        "inf" | "infinity" => return Some(sign * f64::INFINITY),
        "nan" => return Some(f64::NAN),
        _ => {}
    }
    if body.is_empty()
        || !body
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '.' | 'e' | '+' | '-' | '_'))
    {
        return None;
    }
    // CPython's `_Py_string_to_number_with_underscores`: each underscore
    // between two digits.
    let b = body.as_bytes();
    let lone = |i: usize| {
        i == 0 || !b[i - 1].is_ascii_digit() || !b.get(i + 1).is_some_and(|c| c.is_ascii_digit())
    };
    if (0..b.len()).any(|i| b[i] == b'_' && lone(i)) {
        return None;
    }
    body.replace('_', "").parse::<f64>().ok().map(|f| sign * f)
}

pub fn complex(_: &mut Interp, args: &Args) -> Result<Value> {
    if let Value::Str(s) = args.get("real") {
        if args.given("imag") {
            return Err(Error::type_error(
                "complex() can't take second arg if first is a string",
            ));
        }
        return Ok(Value::Complex(super::complex_str::parse(&s)?));
    }
    // Each part with whether it is a complex number: CPython's complex_new
    // folds a complex part's other half in (real - imag.imag, real.imag +
    // imag) but takes a real part as it is, so complex(x, -0.0) keeps the
    // sign of its zero.
    let part = |name: &str| -> Result<(num_complex::Complex64, bool)> {
        let v = args.get(name);
        if let Value::Str(_) = v {
            return Err(Error::type_error("complex() second arg can't be a string"));
        }
        match pyops::as_num(&v) {
            Some(Num::Complex(c)) => Ok((c, true)),
            Some(Num::Float(f)) => Ok((num_complex::Complex64::new(f, 0.0), false)),
            Some(Num::Int(i)) => Ok((
                num_complex::Complex64::new(pyops::int_to_f64(&i)?, 0.0),
                false,
            )),
            None if matches!(v, Value::Scalar(_) | Value::Array(_)) => {
                // ndarray has __complex__, so CPython takes any array as a
                // complex number; NumPy's real scalars have none.
                let is_complex = match &v {
                    Value::Scalar(s) => s.dtype().kind() == Kind::Complex,
                    _ => true,
                };
                match numpy::to_python_complex(&v)? {
                    Value::Complex(c) => Ok((c, is_complex)),
                    _ => unreachable!("to_python_complex gives a complex"),
                }
            }
            None => Err(Error::type_error(format!(
                "complex() first argument must be a string or a number, not '{}'",
                v.type_name()
            ))),
        }
    };
    let (re, re_complex) = part("real")?;
    if !args.given("imag") {
        return Ok(Value::Complex(re));
    }
    let (im, im_complex) = part("imag")?;
    let real = if im_complex { re.re - im.im } else { re.re };
    let imag = if re_complex { im.re + re.im } else { im.re };
    Ok(Value::Complex(num_complex::Complex64::new(real, imag)))
}

pub fn bool_(it: &mut Interp, args: &Args) -> Result<Value> {
    Ok(Value::Bool(it.truthy(&args.get("x"))?))
}

pub fn round(_: &mut Interp, args: &Args) -> Result<Value> {
    let v = args.get("number");
    let nd = args.get("ndigits");
    match (&v, &nd) {
        (Value::Int(_) | Value::Bool(_), Value::Int(n)) if n.sign() == num_bigint::Sign::Minus => {
            let Value::Int(i) = to_int(&v)? else {
                unreachable!("int() of an int is an int")
            };
            Ok(Value::Int(round_int_to_tens(&i, n.magnitude())))
        }
        (Value::Int(_) | Value::Bool(_), _) => to_int(&v),
        (Value::Float(f), Value::None) => float_to_int(round_half_even(*f)),
        (Value::Float(f), Value::Int(n)) => {
            // CPython's float.__round__: beyond these bounds the answer is
            // x itself or a signed zero, so huge ndigits need no arithmetic.
            let n = match n.to_i32() {
                Some(n) if n > 323 => return Ok(Value::Float(*f)),
                Some(n) if n < -308 => return Ok(Value::Float(0.0 * f)),
                Some(n) => n,
                None if n.sign() == num_bigint::Sign::Minus => return Ok(Value::Float(0.0 * f)),
                None => return Ok(Value::Float(*f)),
            };
            // CPython rounds the exact decimal value; formatting does the same.
            if n < 0 {
                return Ok(Value::Float(super::float_round::round_to_tens(
                    *f,
                    n.unsigned_abs(),
                )?));
            }
            let s = format!("{:.*}", n as usize, f);
            Ok(Value::Float(s.parse().unwrap_or(*f)))
        }
        // np.bool_ is no np.number, and NumPy's complex types define no
        // __round__ either (only its integer and floating scalars do).
        (Value::Scalar(s), _)
            if !matches!(
                s.dtype().kind(),
                crate::array::Kind::Bool | crate::array::Kind::Complex
            ) =>
        {
            numpy::round_scalar(&v, &nd)
        }
        (Value::Fraction(f), _) => super::fractions::round(f, &nd),
        (Value::Decimal(d), _) => super::decimal::round(d, &nd),
        _ => Err(Error::type_error(format!(
            "type {} doesn't define __round__ method",
            v.type_name()
        ))),
    }
}

/// int.__round__ with ndigits = -places: the nearest multiple of
/// 10**places, ties to the even multiple (CPython's _PyLong_DivmodNear).
fn round_int_to_tens(i: &BigInt, places: &num_bigint::BigUint) -> BigInt {
    use num_integer::Integer;
    // 10**places above twice |i| rounds it to zero; no need to build it.
    let digits = i.magnitude().to_string().len();
    let places = match places.to_usize() {
        Some(p) if p <= digits => p,
        _ => return BigInt::from(0),
    };
    let m = BigInt::from(10).pow(places as u32);
    let (mut q, r) = i.div_mod_floor(&m);
    let twice: BigInt = &r * 2;
    if twice > m || (twice == m && q.is_odd()) {
        q += 1;
    }
    q * m
}

fn round_half_even(f: f64) -> f64 {
    let r = f.round();
    if (f - f.trunc()).abs() == 0.5 {
        2.0 * (f / 2.0).round()
    } else {
        r
    }
}

pub fn list(it: &mut Interp, args: &Args) -> Result<Value> {
    if !args.given("iterable") {
        return Ok(Value::list(vec![]));
    }
    let v = args.get("iterable");
    let list = match &v {
        Value::List(l) => l.copy(),
        Value::Range(r) => {
            let mut xs = super::alloc::with_capacity(r.len())?;
            xs.extend(r.iter());
            List::packed(Packed::Ints(xs))
        }
        _ => List::new(it.iterate(&v)?),
    };
    // list_preallocate_exact sizes the list from len(iterable) for the
    // builtin containers; an iterator's length hint, or a class's own
    // __len__, is not followed.
    let sized = matches!(
        v,
        Value::List(_)
            | Value::Tuple(_)
            | Value::NamedTuple(..)
            | Value::Str(_)
            | Value::Range(_)
            | Value::Dict(_)
            | Value::DictView(..)
            | Value::Set(_)
            | Value::Deque(_)
            | Value::Array(_)
    );
    Ok(Value::List(std::rc::Rc::new(if sized {
        list.allocated_as(super::listobj::Alloc::Even)
    } else {
        list
    })))
}

pub fn tuple(it: &mut Interp, args: &Args) -> Result<Value> {
    if !args.given("iterable") {
        return Ok(Value::tuple(vec![]));
    }
    Ok(Value::tuple(it.iterate(&args.get("iterable"))?))
}

pub fn range(_: &mut Interp, args: &Args) -> Result<Value> {
    let int = |v: Value| -> Result<i64> {
        match &v {
            Value::Int(i) => i.to_i64().ok_or_else(|| {
                Error::overflow_error("Python int too large to convert to C ssize_t")
            }),
            other => Ok(index(other)?.to_i64().unwrap_or(i64::MAX)),
        }
    };
    let (start, stop) = if args.given("stop") {
        (int(args.get("start"))?, int(args.get("stop"))?)
    } else {
        (0, int(args.get("start"))?)
    };
    let step = int(args.get("step"))?;
    if step == 0 {
        return Err(Error::value_error("range() arg 3 must not be zero"));
    }
    Ok(Value::Range(Range { start, stop, step }))
}

pub fn help(it: &mut Interp, args: &Args) -> Result<Value> {
    let text = if args.given("request") {
        super::help::describe(&args.get("request"))
    } else {
        super::help::guide()
    };
    it.write(&text)?;
    Ok(Value::None)
}

/// Raises `SystemExit`; its status follows CPython's handling: None is 0, a
/// Python int is truncated to a C int (-1 when it overflows a C long), and
/// anything else is printed to stderr with status 1.
pub fn exit(it: &mut Interp, args: &Args) -> Result<Value> {
    raise_exit(it, vec![args.get("code")])
}

/// `SystemExit(*args)` raised, for `exit()` (one argument, None included,
/// as `site`'s Quitter passes it) and `sys.exit()` (none for None).
pub fn raise_exit(it: &mut Interp, args: Vec<Value>) -> Result<Value> {
    let code = super::classes::exit_code_of(&args);
    let mut e = Error::exit(exit_status(it, code)?);
    if let [v] = &args[..] {
        e.message = super::classes::str_of(it, v)?;
    }
    it.keep_args(&mut e, args)?;
    Err(e)
}

/// How a `SystemExit` whose `code` is `code` ends the program, as CPython's
/// `handle_system_exit`: None is 0, an int is the status, anything else is
/// printed to stderr with status 1.
pub(super) fn exit_status(it: &mut Interp, code: Value) -> Result<ExitStatus> {
    Ok(match code {
        Value::None => ExitStatus {
            code: 0,
            message: None,
        },
        Value::Bool(b) => ExitStatus {
            code: b as i32,
            message: None,
        },
        Value::Int(i) => ExitStatus {
            code: i.to_i64().map_or(-1, |v| v as i32),
            message: None,
        },
        other => ExitStatus {
            code: 1,
            message: Some(super::try_str(&other, &it.print_options)?),
        },
    })
}

/// Python's normalisation of an index into a sequence of length `n`;
/// `what` names the sequence in its messages.
fn seq_index(index: &Value, n: usize, what: &str) -> Result<usize> {
    // A range indexes with Python ints (range_item); the others first
    // convert to Py_ssize_t (PyNumber_AsSsize_t), which can fail.
    let range = what == "range object";
    let noun = if range { "range" } else { what };
    let not_an_index = |v: &Value| {
        Error::type_error(if what == "string" {
            // unicode_subscript's own wording.
            format!("string indices must be integers, not '{}'", v.type_name())
        } else {
            format!(
                "{noun} indices must be integers or slices, not {}",
                v.type_name()
            )
        })
    };
    // range_item takes any int, so one beyond Py_ssize_t is out of range.
    let index_of = |v: &Value| match numpy::to_index(v) {
        Err(e) if range && e.class == crate::error::Exc::IndexError => Ok(i64::MAX),
        r => r,
    };
    let i = match index {
        // Objects with `__index__`: ints, NumPy's integers and every ndarray
        // (whose `__index__` refuses all but 0-d integer arrays).
        Value::Int(_) | Value::Bool(_) | Value::Array(_) => index_of(index)?,
        Value::Scalar(s) if s.dtype().is_integer() => index_of(index)?,
        other => return Err(not_an_index(other)),
    };
    let j = if i < 0 { i + n as i64 } else { i };
    if j < 0 || j >= n as i64 {
        return Err(Error::index_error(format!("{what} index out of range")));
    }
    Ok(j as usize)
}

/// The positions a slice selects in a sequence of length `n` (Python's `slice.indices`).
pub fn slice_positions(parts: &[Value; 3], n: usize) -> Result<Vec<usize>> {
    let (start, len, step) = crate::array::index::slice_indices(
        numpy::slice_bound(&parts[0])?,
        numpy::slice_bound(&parts[1])?,
        numpy::slice_bound(&parts[2])?,
        n,
    )?;
    Ok((0..len as i64)
        .map(|k| (start + k * step) as usize)
        .collect())
}

/// A slice of a range is a range (CPython's `compute_slice`): the slice's
/// indices mapped through the range's start and step.
fn range_slice(r: &Range, parts: &[Value; 3]) -> Result<Value> {
    let (start, stop, step) = super::pyslice::long_indices(parts, r.len() as i64)?;
    let too_large = || Error::overflow_error("Python int too large to convert to C ssize_t");
    let at = |i: i64| {
        i.checked_mul(r.step)
            .and_then(|d| r.start.checked_add(d))
            .ok_or_else(too_large)
    };
    let step = step
        .to_i64()
        .and_then(|s| s.checked_mul(r.step))
        .ok_or_else(too_large)?;
    Ok(Value::Range(Range {
        start: at(start)?,
        stop: at(stop)?,
        step,
    }))
}

pub fn getitem(v: &Value, index: &Value) -> Result<Value> {
    let (what, n) = match v {
        Value::List(l) => ("list", l.len()),
        Value::Tuple(t) => ("tuple", t.len()),
        Value::Str(s) => ("string", s.chars().count()),
        Value::Range(r) => ("range object", r.len()),
        _ => unreachable!("getitem is only called on sequences"),
    };
    let pick = |positions: Vec<usize>| -> Value {
        match v {
            Value::List(l) => Value::list(positions.iter().filter_map(|&i| l.get(i)).collect()),
            Value::Tuple(t) => Value::tuple(positions.iter().map(|&i| t[i].clone()).collect()),
            Value::Str(s) => {
                let chars: Vec<char> = s.chars().collect();
                Value::str(&positions.iter().map(|&i| chars[i]).collect::<String>())
            }
            Value::Range(r) => {
                let items: Vec<i64> = r.iter().collect();
                Value::list(positions.iter().map(|&i| Value::int(items[i])).collect())
            }
            _ => unreachable!("getitem is only called on sequences"),
        }
    };
    if let Value::Slice(parts) = index {
        if let Value::Range(r) = v {
            return range_slice(r, parts);
        }
        return Ok(pick(slice_positions(parts, n)?));
    }
    let i = seq_index(index, n, what)?;
    Ok(match v {
        Value::List(l) => l.get(i).unwrap_or(Value::None),
        Value::Tuple(t) => t[i].clone(),
        Value::Str(s) => Value::str(&s.chars().nth(i).map(String::from).unwrap_or_default()),
        Value::Range(r) => Value::int(r.start + i as i64 * r.step),
        _ => unreachable!("getitem is only called on sequences"),
    })
}

/// `l[index] = v`. A slice takes the items of any iterable, as CPython's
/// `list_ass_subscript` does: a plain slice (step 1) is replaced by however
/// many there are, an extended slice needs exactly as many as it selects.
pub fn list_setitem(it: &mut Interp, l: &List, index: &Value, v: Value) -> Result<()> {
    let Value::Slice(parts) = index else {
        let i = seq_index(index, l.len(), "list assignment")?;
        l.set(i, v);
        return Ok(());
    };
    let (start, len, step) = crate::array::index::slice_indices(
        numpy::slice_bound(&parts[0])?,
        numpy::slice_bound(&parts[1])?,
        numpy::slice_bound(&parts[2])?,
        l.len(),
    )?;
    // PySequence_Fast: what cannot be iterated gets the message of the kind of slice.
    let not_iterable = if step == 1 {
        "can only assign an iterable"
    } else {
        "must assign iterable to extended slice"
    };
    let items = match PyIter::new(&v) {
        Err(e) if e.class == Exc::TypeError => return Err(Error::type_error(not_iterable)),
        Err(e) => return Err(e),
        // Iterating first copies a list assigned into itself (`a[:] = a`).
        Ok(_) => it.iterate(&v)?,
    };
    let start = start as usize;
    if step == 1 {
        l.borrow_mut().splice(start..start + len, items);
        return Ok(());
    }
    if items.len() != len {
        return Err(Error::value_error(format!(
            "attempt to assign sequence of size {} to extended slice of size {len}",
            items.len()
        )));
    }
    for (k, x) in items.into_iter().enumerate() {
        l.set((start as i64 + k as i64 * step) as usize, x);
    }
    Ok(())
}

/// `del container[index]`.
pub fn delitem(it: &mut Interp, container: &Value, index: &Value) -> Result<()> {
    match container {
        Value::List(l) => {
            let n = l.borrow().len();
            if let Value::Slice(parts) = index {
                // Every position the slice names goes, whatever its step.
                let mut doomed = vec![false; n];
                for p in slice_positions(parts, n)? {
                    doomed[p] = true;
                }
                let mut at = 0;
                l.borrow_mut().retain(|_| {
                    at += 1;
                    !doomed[at - 1]
                });
                return Ok(());
            }
            let i = seq_index(index, n, "list assignment")?;
            l.borrow_mut().remove(i);
            Ok(())
        }
        Value::Dict(d) => match super::userkeys::dict_remove(it, d, index)? {
            Some(_) => Ok(()),
            None => Err(super::dict::key_error(it, index)),
        },
        Value::Array(_) => Err(Error::value_error("cannot delete array elements")),
        other => Err(Error::type_error(format!(
            "'{}' object doesn't support item deletion",
            other.type_name()
        ))),
    }
}
