//! `np.loadtxt` over an `io.StringIO`, a list of lines or a generator of
//! them: numpy/lib/_npyio_impl.py's `_read` and the C reader under
//! numpy/_core/src/multiarray/textreading/ (its tokenizer's states, its
//! row loop and its messages). npcalc reads no files.

use super::Interp;
use super::linalg::np_call;
use super::table::{Args, FnDef, Owner, p};
use super::value::Value;
use crate::array::Kind;
use crate::error::{Error, Exc, Result, Span};

pub static LOADTXT: &[FnDef] = &[FnDef {
    name: "loadtxt",
    owner: Owner::Numpy,
    error_name: None,
    params: &[
        p!(Normal "fname", "An io.StringIO, a list of lines or a generator of them (npcalc reads no files)."),
        p!(Normal "dtype" = "<class 'float'>", "The dtype of the result: float, int, bool or str ones."),
        p!(Normal "comments" = "'#'", "What starts a comment: a str, a sequence of them, or None."),
        p!(Normal "delimiter" = "None", "The character between fields (None: any whitespace)."),
        p!(Normal "converters" = "None", "A function for every field's text, or a dict of them by column."),
        p!(Normal "skiprows" = "0", "Lines to skip first, comment lines included."),
        p!(Normal "usecols" = "None", "The column, or sequence of columns, to read (negative from the end)."),
        p!(Normal "unpack" = "False", "Transpose the result, so that x, y = np.loadtxt(...) works."),
        p!(Normal "ndmin" = "0", "The least number of dimensions of the result: 0, 1 or 2."),
        p!(Normal "encoding" = "None", "Ignored: the lines are already text."),
        p!(Normal "max_rows" = "None", "Read at most this many rows (empty and comment lines do not count)."),
        p!(KeywordOnly "quotechar" = "None", "The character that quotes a field (delimiters and comments inside do not count)."),
        p!(KeywordOnly "like" = "None", "Ignored: npcalc has no array-likes."),
    ],
    doc: "Read a table of numbers from text lines: one row a line, fields split at the delimiter.",
    examples: &[
        "from io import StringIO; np.loadtxt(StringIO('0 1\\n2 3'))",
        "np.loadtxt(['1,2,3', '4,5,6'], delimiter=',', usecols=(0, 2), dtype=int)",
    ],
    imp: loadtxt,
}];

pub(super) use super::strings::is_space;

/// What the tokenizer is configured with (parser_config.h).
pub struct Config {
    /// None: fields are split at runs of whitespace.
    pub delimiter: Option<char>,
    pub comment: Option<char>,
    pub quote: Option<char>,
}

#[derive(Clone, Copy, PartialEq)]
enum State {
    Init,
    CheckQuoted,
    Unquoted,
    Quoted,
    QuotedCheckDoubleQuote,
    GotoLineEnd,
    EatCrlf,
    LineEnd,
}

/// One line's fields, as tokenize.cpp's `npy_tokenize` splits a line the
/// iterator gave (each a whole "buffer" ending the line).
pub fn tokenize(line: &str, c: &Config) -> Result<Vec<String>> {
    let chars: Vec<char> = line.chars().collect();
    let mut fields: Vec<String> = vec![];
    let mut first_quoted = false;
    let mut state = State::Init;
    let mut pos = 0;
    let splits = |ch: char| match c.delimiter {
        Some(d) => ch == d,
        None => is_space(ch),
    };
    loop {
        if state == State::Init {
            fields.push(String::new());
            state = State::CheckQuoted;
        }
        if pos >= chars.len() {
            break;
        }
        match state {
            State::CheckQuoted => {
                if c.delimiter.is_none() {
                    while pos < chars.len() && is_space(chars[pos]) && !"\r\n".contains(chars[pos])
                    {
                        pos += 1;
                    }
                    if pos == chars.len() {
                        continue;
                    }
                }
                if Some(chars[pos]) == c.quote {
                    if fields.len() == 1 {
                        first_quoted = true;
                    }
                    state = State::Quoted;
                    pos += 1;
                } else {
                    state = State::Unquoted;
                }
            }
            State::Unquoted => {
                let field = fields.last_mut().expect("a field was started");
                while pos < chars.len() {
                    let ch = chars[pos];
                    if ch == '\r' {
                        state = State::EatCrlf;
                        break;
                    } else if ch == '\n' {
                        state = State::LineEnd;
                        break;
                    } else if splits(ch) {
                        state = State::Init;
                        break;
                    } else if Some(ch) == c.comment {
                        state = State::GotoLineEnd;
                        break;
                    }
                    field.push(ch);
                    pos += 1;
                }
                pos += 1;
            }
            State::Quoted => {
                let field = fields.last_mut().expect("a field was started");
                while pos < chars.len() && Some(chars[pos]) != c.quote {
                    field.push(chars[pos]);
                    pos += 1;
                }
                if pos < chars.len() {
                    state = State::QuotedCheckDoubleQuote;
                }
                pos += 1;
            }
            State::QuotedCheckDoubleQuote => {
                if Some(chars[pos]) == c.quote {
                    fields.last_mut().expect("a field").push(chars[pos]);
                    state = State::Quoted;
                    pos += 1;
                } else {
                    state = State::Unquoted;
                }
            }
            State::GotoLineEnd => {
                while pos < chars.len() && !"\r\n".contains(chars[pos]) {
                    pos += 1;
                }
                if pos < chars.len() {
                    state = if chars[pos] == '\r' {
                        State::EatCrlf
                    } else {
                        State::LineEnd
                    };
                }
                pos += 1;
            }
            State::EatCrlf => {
                if chars[pos] == '\n' {
                    pos += 1;
                }
                state = State::LineEnd;
            }
            State::Init | State::LineEnd => unreachable!("handled above"),
        }
        if state == State::LineEnd {
            break;
        }
    }
    if pos < chars.len() {
        return Err(Error::value_error(
            "Found an unquoted embedded newline within a single line of input.  This is currently not supported.",
        ));
    }
    // One empty field is an empty line; splitting on whitespace drops a
    // last empty field as `" 1 ".split()` does (the C code looks at the
    // first field's quoted flag).
    if (fields.len() == 1 || (!fields.is_empty() && c.delimiter.is_none()))
        && !first_quoted
        && fields.last().is_some_and(|f| f.is_empty())
    {
        fields.pop();
    }
    Ok(fields)
}

/// How a field's text becomes an element (conversions.c, str_to_int.h).
#[derive(Clone, Copy)]
enum Parse {
    Float,
    Int(i128, i128),
    Bool,
    Str,
}

fn parse_field(text: &str, how: Parse) -> Option<Value> {
    let trimmed = text.trim_matches(is_space);
    match how {
        Parse::Str => Some(Value::str(text)),
        Parse::Float => {
            // PyOS_string_to_double: no underscores, no hex.
            if trimmed.contains('_') || trimmed.is_empty() {
                return None;
            }
            let lower = trimmed.to_ascii_lowercase();
            let body = lower.trim_start_matches(['+', '-']);
            if body.len() + 1 < lower.len() {
                return None;
            }
            trimmed.parse::<f64>().ok().map(Value::Float)
        }
        Parse::Int(..) | Parse::Bool => {
            // Booleans are read as int64 (conversions.c's `npy_to_bool`).
            let (lo, hi) = match how {
                Parse::Int(lo, hi) => (lo, hi),
                _ => (i64::MIN as i128, i64::MAX as i128),
            };
            let digits = trimmed.strip_prefix(['+', '-']).unwrap_or(trimmed);
            if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
            let n: i128 = trimmed.parse().ok()?;
            if n < lo || n > hi {
                return None;
            }
            Some(match how {
                Parse::Bool => Value::Bool(n != 0),
                _ => Value::int(n),
            })
        }
    }
}

fn nonneg(v: &Value) -> Result<i64> {
    let n =
        super::numpy::to_index(v).map_err(|_| Error::type_error("argument must be an integer"))?;
    if n < 0 {
        return Err(Error::value_error("argument must be nonnegative"));
    }
    Ok(n)
}

/// The lines of `fname`, as `iter(fname)` gives them; `not_lines` words
/// the error for a source that is not iterable, given its type's repr.
pub(super) fn lines(
    it: &mut Interp,
    fname: &Value,
    func: &str,
    not_lines: impl Fn(String) -> Error,
) -> Result<Vec<String>> {
    if matches!(fname, Value::Str(_) | Value::NpStr(_)) {
        return Err(Error::new(
            Exc::NotImplementedError,
            format!(
                "npcalc does not support reading files: np.{func} reads an io.StringIO, a list of lines or a generator of them"
            ),
        ));
    }
    let items = it.iterate(fname).map_err(|e| match e.class {
        Exc::TypeError => not_lines(super::repr::repr(
            &Value::Type(fname.type_of()),
            &crate::print::PrintOptions::default(),
        )),
        _ => e,
    })?;
    items
        .into_iter()
        .map(|line| match line {
            Value::Str(s) | Value::NpStr(s) => Ok(s.to_string()),
            other => Err(Error::new(
                Exc::NotImplementedError,
                format!(
                    "npcalc does not support np.{func} lines given as '{}', only as str",
                    other.type_name()
                ),
            )),
        })
        .collect()
}

/// `_ensure_ndmin_ndarray_check_param`: 0, 1 or 2.
pub(super) fn ndmin_arg(it: &mut Interp, v: Value) -> Result<i64> {
    match v {
        Value::Int(_) | Value::Bool(_) if matches!(super::numpy::to_index(&v), Ok(0..=2)) => {
            super::numpy::to_index(&v)
        }
        v => {
            let shown = super::classes::str_of(it, &v)?;
            Err(Error::value_error(format!(
                "Illegal value of ndmin keyword: {shown}"
            )))
        }
    }
}

/// A one-character control argument (readtext.c's `parse_control_character`).
fn control(v: &Value) -> Result<Option<char>> {
    match v {
        Value::None => Ok(None),
        Value::Str(s) if s.chars().count() == 1 => Ok(s.chars().next()),
        _ => Err(Error::type_error(format!(
            "Text reading control character must be a single unicode character or None; but got: {}",
            super::repr::repr(v, &crate::print::PrintOptions::default())
        ))),
    }
}

/// Control characters that are newlines, or equal, or whitespace while the
/// delimiter is whitespace (readtext.c's
/// `error_if_matching_control_characters`, in its order).
fn matching_controls(
    delimiter: Option<char>,
    quote: Option<char>,
    comment: Option<char>,
) -> Result<()> {
    let newline = |c: Option<char>| matches!(c, Some('\r' | '\n'));
    let clash = |first: &str, second: Option<&str>| {
        Err(Error::type_error(match second {
            Some(second) => format!(
                "The values for control characters '{first}' and '{second}' are incompatible"
            ),
            None => format!("control character '{first}' cannot be a newline (`\\r` or `\\n`)."),
        }))
    };
    if comment.is_some() {
        if newline(comment) {
            return clash("comment", None);
        } else if comment == quote {
            return clash("comment", Some("quotechar"));
        } else if comment == delimiter {
            return clash("comment", Some("delimiter"));
        }
    }
    if quote.is_some() {
        if newline(quote) {
            return clash("quotechar", None);
        } else if quote == delimiter {
            return clash("quotechar", Some("delimiter"));
        }
    }
    if newline(delimiter) {
        return clash("delimiter", None);
    }
    if delimiter.is_none() {
        if comment.is_some_and(is_space) {
            return clash("delimiter", Some("comment"));
        } else if quote.is_some_and(is_space) {
            return clash("delimiter", Some("quotechar"));
        }
    }
    Ok(())
}

fn loadtxt(it: &mut Interp, args: &Args) -> Result<Value> {
    let dtype = match args.get("dtype") {
        Value::None => Value::Type(super::value::TypeObj::Float),
        d => d,
    };
    // A str dtype without a width takes the longest field's (NumPy reads
    // it as objects and casts, `read_dtype_via_object_chunks`).
    let text_width = super::strnum::text_dtype(&dtype);
    let dtype = match text_width {
        Some(None) => Value::Type(super::value::TypeObj::Str),
        _ => dtype,
    };
    let dtype = if text_width.is_some() {
        dtype
    } else {
        super::classes::call_with(
            it,
            &Value::Type(super::value::TypeObj::DTypeClass),
            vec![dtype],
        )?
    };
    let parse = match &dtype {
        _ if text_width.is_some() => Parse::Str,
        Value::DType(d) => match d.kind() {
            Kind::Float => Parse::Float,
            Kind::Bool => Parse::Bool,
            Kind::Int | Kind::UInt => {
                let (lo, hi) = d.int_range().expect("integer dtypes have a range");
                Parse::Int(lo.max(i64::MIN as i128), hi)
            }
            _ => {
                return Err(Error::new(
                    Exc::NotImplementedError,
                    format!("npcalc does not support np.loadtxt with dtype {d}"),
                ));
            }
        },
        Value::StrDType(_) => Parse::Str,
        other => {
            return Err(Error::new(
                Exc::NotImplementedError,
                format!(
                    "npcalc does not support np.loadtxt with dtype {}",
                    super::classes::str_of(it, other)?
                ),
            ));
        }
    };
    let dtype_name = match text_width {
        Some(_) => String::from("<U"),
        None => super::classes::str_of(it, &dtype)?,
    };
    let usecols = match args.get("usecols") {
        Value::None => None,
        v @ (Value::Int(_) | Value::Bool(_) | Value::Scalar(_)) => {
            Some(vec![super::numpy::to_index(&v)?])
        }
        v => Some(
            it.iterate(&v)?
                .iter()
                .map(super::numpy::to_index)
                .collect::<Result<Vec<_>>>()?,
        ),
    };
    let ndmin = ndmin_arg(it, args.get("ndmin"))?;
    let comments = match args.get("comments") {
        Value::None => vec![],
        Value::Str(s) => vec![s.to_string()],
        v => it
            .iterate(&v)?
            .into_iter()
            .map(|c| match c {
                Value::Str(s) => Ok(s.to_string()),
                other => Err(Error::new(
                    Exc::NotImplementedError,
                    format!(
                        "npcalc does not support np.loadtxt comments given as '{}', only as str",
                        other.type_name()
                    ),
                )),
            })
            .collect::<Result<Vec<_>>>()?,
    };
    if comments.iter().any(|c| c.is_empty()) {
        return Err(Error::value_error(
            "comments cannot be an empty string. Use comments=None to disable comments.",
        ));
    }
    let delimiter = control(&args.get("delimiter"))?;
    let quote = control(&args.get("quotechar"))?;
    // One one-character comment goes to the tokenizer; several, or longer
    // ones, are cut off each line first (`_preprocess_comments`).
    let (comment, cut) = match comments.as_slice() {
        [c] if c.chars().count() == 1 => (c.chars().next(), vec![]),
        [] => (None, vec![]),
        many => {
            if let Some(d) = delimiter
                && many.iter().any(|c| c == &d.to_string())
            {
                let shown = super::repr::repr(
                    &Value::tuple(many.iter().map(|c| Value::str(c)).collect()),
                    &crate::print::PrintOptions::default(),
                );
                return Err(Error::type_error(format!(
                    "Comment characters '{shown}' cannot include the delimiter '{d}'"
                )));
            }
            (None, many.to_vec())
        }
    };
    matching_controls(delimiter, quote, comment)?;
    if !cut.is_empty() && quote.is_some() {
        return Err(Error::value_error(
            "when multiple comments or a multi-character comment is given, quotes are not supported.  In this case quotechar must be set to None.",
        ));
    }
    let skiprows = nonneg(&args.get("skiprows"))? as usize;
    let max_rows = match args.get("max_rows") {
        Value::None => None,
        v => Some(nonneg(&v)? as usize),
    };
    let fname = args.get("fname");
    let mut all = lines(it, &fname, "loadtxt", |shown| {
        Error::value_error(format!(
            "fname must be a string, filehandle, list of strings,\nor generator. Got {shown} instead."
        ))
    })?;
    for line in &mut all {
        for c in &cut {
            if let Some(k) = line.find(c.as_str()) {
                line.truncate(k);
            }
        }
    }
    let config = Config {
        delimiter,
        comment,
        quote,
    };
    let converters = args.get("converters");
    let mut ncols = usecols.as_ref().map(|u| u.len());
    let mut conv: Option<Vec<Option<Value>>> = None;
    let mut data: Vec<Value> = vec![];
    let mut rows = 0usize;
    for line in all.iter().skip(skiprows) {
        if max_rows.is_some_and(|m| rows >= m) {
            break;
        }
        crate::array::signals::check_interrupt()?;
        let fields = tokenize(line, &config)?;
        if fields.is_empty() {
            continue;
        }
        let n = *ncols.get_or_insert(fields.len());
        if conv.is_none() && !matches!(converters, Value::None) {
            conv = Some(converter_table(it, &converters, n, usecols.as_deref())?);
        }
        if usecols.is_none() && n != fields.len() {
            return Err(Error::value_error(format!(
                "the number of columns changed from {n} to {} at row {}; use `usecols` to select a subset and avoid this error",
                fields.len(),
                rows + 1
            )));
        }
        for i in 0..n {
            let col = match &usecols {
                None => i,
                Some(u) => {
                    let c = if u[i] < 0 {
                        u[i] + fields.len() as i64
                    } else {
                        u[i]
                    };
                    if c < 0 || c >= fields.len() as i64 {
                        return Err(Error::value_error(format!(
                            "invalid column index {} at row {} with {} columns",
                            u[i],
                            rows + 1,
                            fields.len()
                        )));
                    }
                    c as usize
                }
            };
            let text = &fields[col];
            let fail = || {
                Error::value_error(format!(
                    "could not convert string {} to {dtype_name} at row {rows}, column {}.",
                    super::repr::repr(
                        &Value::str(&text.chars().take(100).collect::<String>()),
                        &crate::print::PrintOptions::default()
                    ),
                    col + 1
                ))
            };
            let converter = conv.as_ref().and_then(|c| c[i].clone());
            let value = match converter {
                Some(f) => {
                    super::classes::call_with(it, &f, vec![Value::str(text)]).map_err(|_| fail())?
                }
                None => parse_field(text, parse).ok_or_else(fail)?,
            };
            data.push(value);
        }
        rows += 1;
    }
    let ncols = ncols.unwrap_or(1);
    finish(
        it,
        data,
        [rows, ncols],
        &dtype,
        ndmin,
        args.get("unpack"),
        Some((&fname, "loadtxt")),
        args.call_span,
    )
}

/// The converter of each result column (rows.c's `create_conv_funcs`).
fn converter_table(
    it: &mut Interp,
    converters: &Value,
    n: usize,
    usecols: Option<&[i64]>,
) -> Result<Vec<Option<Value>>> {
    let mut table = vec![None; n];
    if super::classes::is_callable(converters) {
        return Ok(vec![Some(converters.clone()); n]);
    }
    let Value::Dict(d) = converters else {
        return Err(Error::type_error(
            "converters must be a dictionary mapping columns to converter functions or a single callable.",
        ));
    };
    let entries = d.borrow().entries().to_vec();
    for (key, f) in entries {
        let Ok(mut column) = super::numpy::to_index(&key) else {
            let shown = super::classes::repr_of(it, &key)?;
            return Err(Error::type_error(format!(
                "keys of the converters dictionary must be integers; got {shown}"
            )));
        };
        match usecols {
            Some(u) => match u.iter().position(|&c| c == column) {
                Some(i) => column = i as i64,
                None => continue,
            },
            None => {
                if column < -(n as i64) || column >= n as i64 {
                    return Err(Error::value_error(format!(
                        "converter specified for column {column}, which is invalid for the number of fields {n}."
                    )));
                }
                if column < 0 {
                    column += n as i64;
                }
            }
        }
        if !super::classes::is_callable(&f) {
            let shown = super::classes::repr_of(it, &key)?;
            return Err(Error::type_error(format!(
                "values of the converters dictionary must be callable, but the value associated with key {shown} is not"
            )));
        }
        table[column as usize] = Some(f);
    }
    Ok(table)
}

/// The rows read, as an array of `dtype` shaped as `_read` leaves it:
/// squeezed down to `ndmin` dimensions, warned about when empty, and
/// transposed for `unpack`; `warn_empty` names the source and the
/// function for the warning about no rows.
#[allow(clippy::too_many_arguments)]
pub(super) fn finish(
    it: &mut Interp,
    data: Vec<Value>,
    [rows, ncols]: [usize; 2],
    dtype: &Value,
    ndmin: i64,
    unpack: Value,
    warn_empty: Option<(&Value, &str)>,
    span: Span,
) -> Result<Value> {
    // `_ensure_ndmin_ndarray`: squeeze, then at least 1-D, or 2-D
    // transposed; every step only adds or drops length-1 axes, so a
    // reshape of the row-major data does it.
    let mut shape = vec![rows, ncols];
    if 2 > ndmin {
        shape.retain(|&n| n != 1);
    }
    if (shape.len() as i64) < ndmin {
        shape = match (ndmin, shape.len()) {
            (1, _) => vec![rows * ncols],
            (_, 0) => vec![1, 1],
            _ => vec![shape[0], 1],
        };
    }
    let unpack = it.truthy(&unpack)?;
    let arr = if data.is_empty() {
        let flat = np_call(
            it,
            "array",
            vec![Value::list(vec![])],
            vec![("dtype", dtype.clone())],
            span,
        )?;
        let shown = Value::tuple(shape.iter().map(|&n| Value::int(n as i64)).collect());
        let arr = np_call(it, "reshape", vec![flat, shown], vec![], span)?;
        match unpack {
            true => np_call(it, "transpose", vec![arr], vec![], span)?,
            false => arr,
        }
    } else {
        // Nested lists of the final shape (transposed for `unpack`), so
        // string arrays need no reshaping.
        let strides: Vec<usize> = (0..shape.len())
            .map(|k| shape[k + 1..].iter().product())
            .collect();
        let (out_shape, out_strides) = match unpack {
            true => (
                shape.iter().rev().copied().collect::<Vec<_>>(),
                strides.iter().rev().copied().collect::<Vec<_>>(),
            ),
            false => (shape.clone(), strides),
        };
        let nested = nest(&data, &out_shape, &out_strides, 0);
        np_call(
            it,
            "array",
            vec![nested],
            vec![("dtype", dtype.clone())],
            span,
        )?
    };
    if shape.first() == Some(&0)
        && let Some((fname, func)) = warn_empty
    {
        let shown = super::classes::str_of(it, fname)?;
        crate::array::signals::warn(
            "UserWarning",
            format!("{func}: input contained no data: \"{shown}\""),
        );
    }
    Ok(arr)
}

/// The elements of `data` at `offset` plus the strides, as nested lists.
fn nest(data: &[Value], shape: &[usize], strides: &[usize], offset: usize) -> Value {
    match shape.split_first() {
        None => data[offset].clone(),
        Some((&n, rest)) => Value::list(
            (0..n)
                .map(|k| nest(data, rest, &strides[1..], offset + k * strides[0]))
                .collect(),
        ),
    }
}
