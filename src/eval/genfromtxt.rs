//! `np.genfromtxt`: numpy/lib/_npyio_impl.py's `genfromtxt` over an
//! `io.StringIO`, a list of lines or a generator of them, with the line
//! splitting and per-column converters of `iotools.rs`. Results with
//! named or differently typed columns are structured arrays, which npcalc
//! does not have.

use super::Interp;
use super::iotools::{ColType, Cut, LineSplitter, StringConverter, py_strip};
use super::loadtxt::{finish, lines, ndmin_arg};
use super::numpy::to_index;
use super::table::{Args, FnDef, Owner, p};
use super::value::{TypeObj, Value};
use crate::array::Kind;
use crate::error::{Error, Exc, Result};

pub static GENFROMTXT: &[FnDef] = &[FnDef {
    name: "genfromtxt",
    owner: Owner::Numpy,
    error_name: None,
    params: &[
        p!(Normal "fname", "An io.StringIO, a list of lines or a generator of them (npcalc reads no files)."),
        p!(Normal "dtype" = "<class 'float'>", "The dtype of the result; None guesses each column's (bool, int, float, complex or str)."),
        p!(Normal "comments" = "'#'", "What starts a comment (None: no comments)."),
        p!(Normal "delimiter" = "None", "The string between fields (None: whitespace), or the width(s) of fixed-width fields."),
        p!(Normal "skip_header" = "0", "Lines to skip at the start."),
        p!(Normal "skip_footer" = "0", "Rows to drop at the end."),
        p!(Normal "converters" = "None", "A dict of functions by column, each turning a field's text into its value."),
        p!(Normal "missing_values" = "None", "The text(s) of missing fields: a str (comma-separated), a sequence by column or a dict."),
        p!(Normal "filling_values" = "None", "What missing fields become: a value, a sequence by column or a dict."),
        p!(Normal "usecols" = "None", "The column, or sequence of columns, to read (negative from the end)."),
        p!(Normal "names" = "None", "Field names (npcalc refuses them: no structured arrays)."),
        p!(Normal "excludelist" = "None", "Names to avoid (only with names)."),
        p!(Normal "deletechars" = "\" !#$%&'()*+,-./:;<=>?@[\\\\]^{|}~\"", "Characters dropped from names (only with names)."),
        p!(Normal "replace_space" = "'_'", "What replaces spaces in names (only with names)."),
        p!(Normal "autostrip" = "False", "Strip whitespace around each field."),
        p!(Normal "case_sensitive" = "True", "How names are cased (only with names)."),
        p!(Normal "defaultfmt" = "'f%i'", "The format of default names (only with names)."),
        p!(Normal "unpack" = "None", "Transpose the result, so that x, y = np.genfromtxt(...) works."),
        p!(Normal "usemask" = "False", "Return a masked array, missing fields masked."),
        p!(Normal "loose" = "True", "Fields that do not convert take the filling value instead of raising."),
        p!(Normal "invalid_raise" = "True", "Raise on rows with the wrong number of fields (else warn and skip them)."),
        p!(Normal "max_rows" = "None", "Read at most this many rows."),
        p!(Normal "encoding" = "None", "Ignored: the lines are already text."),
        p!(KeywordOnly "ndmin" = "0", "The least number of dimensions of the result: 0, 1 or 2."),
        p!(KeywordOnly "like" = "None", "Ignored: npcalc has no array-likes."),
    ],
    doc: "Read a table from text lines, with missing fields filled in: one row a line, fields split at the delimiter.",
    examples: &[
        "from io import StringIO; np.genfromtxt(StringIO('1,2,3\\n4,,6'), delimiter=',')",
        "np.genfromtxt(['1 2', '3 N/A'], missing_values='N/A', filling_values=0, dtype=int)",
    ],
    imp: genfromtxt,
}];

fn refuse(what: &str) -> Error {
    Error::new(
        Exc::NotImplementedError,
        format!("npcalc does not support np.genfromtxt {what}"),
    )
}

fn structured() -> Error {
    refuse(
        "results with named or differently typed columns: they are structured arrays, which npcalc does not have",
    )
}

/// A `usecols` entry: a name is looked up in the absent names, anything
/// else but an integer fails as a list index.
fn column_index(v: &Value) -> Result<i64> {
    match v {
        Value::Str(_) => Err(no_names()),
        v => to_index(v).map_err(|_| {
            Error::type_error(format!(
                "list indices must be integers or slices, not {}",
                v.type_name()
            ))
        }),
    }
}

/// `names.index(name)` when there are no names (npcalc refuses names).
fn no_names() -> Error {
    Error::new(
        Exc::AttributeError,
        "'NoneType' object has no attribute 'index'",
    )
}

/// What the caller's `dtype` makes: the converters' type and `np.array`'s dtype.
fn given_dtype(it: &mut Interp, dtype: Value) -> Result<(ColType, Value)> {
    if matches!(dtype, Value::List(_) | Value::Tuple(_) | Value::Dict(_)) {
        return Err(structured());
    }
    match super::strnum::text_dtype(&dtype) {
        Some(Some(n)) => return Ok((ColType::Str, Value::StrDType(n))),
        // No width: `np.array` sizes the strings.
        Some(None) => return Ok((ColType::Str, Value::Type(TypeObj::Str))),
        None => {}
    }
    let d = super::classes::call_with(it, &Value::Type(TypeObj::DTypeClass), vec![dtype])?;
    match &d {
        Value::DType(t)
            if matches!(
                t.kind(),
                Kind::Bool | Kind::Int | Kind::UInt | Kind::Float | Kind::Complex
            ) =>
        {
            Ok((ColType::Concrete(*t), d))
        }
        Value::StrDType(_) => Ok((ColType::Str, d)),
        other => {
            let shown = super::classes::str_of(it, other)?;
            Err(refuse(&format!("with dtype {shown}")))
        }
    }
}

/// `LineSplitter`'s reading of `delimiter`.
fn cut_of(it: &mut Interp, delimiter: Value) -> Result<Cut> {
    Ok(match delimiter {
        Value::None => Cut::Delimited(None),
        Value::Str(s) if s.is_empty() => Cut::Delimited(None),
        Value::Str(s) => Cut::Delimited(Some(s.to_string())),
        v @ (Value::List(_) | Value::Tuple(_) | Value::Array(_)) => {
            let mut edges = vec![0i64];
            for w in it.iterate(&v)? {
                // `np.cumsum` of int64 widths, wrapping as NumPy's does.
                edges.push(edges[edges.len() - 1].wrapping_add(to_index(&w)?));
            }
            Cut::Widths(edges.windows(2).map(|p| (p[0], p[1])).collect())
        }
        v => {
            let n = super::classes::call_with(it, &Value::Type(TypeObj::Int), vec![v])?;
            match to_index(&n)? {
                0 => Cut::Delimited(None),
                n => Cut::Fixed(n),
            }
        }
    })
}

/// The list of missing-value texts of each column (always holding '').
fn missing_lists(
    it: &mut Interp,
    user: Value,
    nbcols: usize,
    usecols: Option<&[i64]>,
) -> Result<Vec<Vec<String>>> {
    let mut lists = vec![vec![String::new()]; nbcols];
    if !it.truthy(&user)? {
        return Ok(lists);
    }
    match &user {
        Value::Dict(d) => {
            let entries = d.borrow().entries().to_vec();
            for (key, val) in entries {
                let texts = match &val {
                    Value::List(_) | Value::Tuple(_) => it
                        .iterate(&val)?
                        .iter()
                        .map(|v| super::classes::str_of(it, v))
                        .collect::<Result<Vec<_>>>()?,
                    v => vec![super::classes::str_of(it, v)?],
                };
                match column_key(it, &key, usecols)? {
                    None => lists.iter_mut().for_each(|l| l.extend(texts.clone())),
                    Some(k) => list_slot(&mut lists, k, "list index out of range")?.extend(texts),
                }
            }
        }
        Value::List(_) | Value::Tuple(_) => {
            for (value, entry) in it.iterate(&user)?.iter().zip(lists.iter_mut()) {
                let text = super::classes::str_of(it, value)?;
                if !entry.contains(&text) {
                    entry.push(text);
                }
            }
        }
        Value::Str(s) => {
            for entry in &mut lists {
                entry.extend(s.split(',').map(String::from));
            }
        }
        v => {
            let text = super::classes::str_of(it, v)?;
            lists.iter_mut().for_each(|l| l.push(text.clone()));
        }
    }
    Ok(lists)
}

/// A dict key of `missing_values`/`filling_values` as a result column:
/// None for "every column"; with `usecols`, a listed column's position.
fn column_key(it: &mut Interp, key: &Value, usecols: Option<&[i64]>) -> Result<Option<i64>> {
    match key {
        Value::None => Ok(None),
        Value::Str(_) => Err(no_names()),
        k => {
            let n = to_index(k).map_err(|_| {
                let shown = super::classes::repr_of(it, k).unwrap_or_default();
                Error::type_error(format!(
                    "list indices must be integers or slices, not {shown}"
                ))
            })?;
            Ok(Some(
                usecols
                    .and_then(|u| u.iter().position(|&c| c == n))
                    .map_or(n, |p| p as i64),
            ))
        }
    }
}

/// `lists[k]` with Python's negative indexing.
fn list_slot<'a, T>(lists: &'a mut [T], k: i64, msg: &str) -> Result<&'a mut T> {
    let n = lists.len() as i64;
    let k = if k < 0 { k + n } else { k };
    if k < 0 || k >= n {
        return Err(Error::new(Exc::IndexError, msg.to_string()));
    }
    Ok(&mut lists[k as usize])
}

/// The filling value of each column (None: the converter's own default).
fn filling_list(
    it: &mut Interp,
    user: Value,
    nbcols: usize,
    usecols: Option<&[i64]>,
) -> Result<Vec<Option<Value>>> {
    let mut fills: Vec<Option<Value>> = vec![None; nbcols];
    match &user {
        Value::None => {}
        Value::Dict(d) => {
            let entries = d.borrow().entries().to_vec();
            for (key, val) in entries {
                let k = match column_key(it, &key, usecols)? {
                    Some(k) => k,
                    None => {
                        return Err(Error::type_error(
                            "list indices must be integers or slices, not NoneType",
                        ));
                    }
                };
                *list_slot(&mut fills, k, "list assignment index out of range")? = Some(val);
            }
        }
        Value::List(_) | Value::Tuple(_) => {
            let given = it.iterate(&user)?;
            if given.len() <= nbcols {
                for (slot, v) in fills.iter_mut().zip(given) {
                    *slot = Some(v);
                }
            } else {
                fills = given.into_iter().take(nbcols).map(Some).collect();
            }
        }
        v => fills = vec![Some(v.clone()); nbcols],
    }
    Ok(fills)
}

/// `converters`' functions put in place of the converters of their
/// columns (`StringConverter.update`); the keys that count as converted
/// columns, given and as mapped through `usecols`, as NumPy keeps both.
fn user_converters(
    it: &mut Interp,
    converters: &Value,
    convs: &mut [StringConverter],
    fills: &[Option<Value>],
    missing: &[Vec<String>],
    usecols: Option<&[i64]>,
    first_values: Option<&[String]>,
) -> Result<Vec<i64>> {
    let Value::Dict(d) = converters else {
        return Ok(vec![]);
    };
    let entries = d.borrow().entries().to_vec();
    let mut keys = vec![];
    let mut mapped = vec![];
    for (key, f) in entries {
        let j = match &key {
            Value::Str(_) => return Err(no_names()),
            k => to_index(k)?,
        };
        keys.push(j);
        let i = match usecols {
            Some(u) => match u.iter().position(|&c| c == j) {
                Some(p) => p as i64,
                None => continue,
            },
            None => j,
        };
        let testing = match first_values {
            Some(values) => {
                let mut values = values.to_vec();
                Some(list_slot(&mut values, j, "list index out of range")?.clone())
            }
            None => None,
        };
        let n = convs.len() as i64;
        let k = if i < 0 { i + n } else { i };
        if k < 0 || k >= n {
            return Err(Error::new(Exc::IndexError, "list index out of range"));
        }
        let k = k as usize;
        convs[k].update(it, f, fills[k].clone(), testing.as_deref(), &missing[k])?;
        mapped.push(i);
    }
    keys.extend(mapped);
    Ok(keys)
}

fn genfromtxt(it: &mut Interp, args: &Args) -> Result<Value> {
    let ndmin = ndmin_arg(it, args.get("ndmin"))?;
    let skip_footer_arg = args.get("skip_footer");
    let max_rows = match args.get("max_rows") {
        Value::None => None,
        v => {
            if it.truthy(&skip_footer_arg)? {
                return Err(Error::value_error(
                    "The keywords 'skip_footer' and 'max_rows' can not be specified at the same time.",
                ));
            }
            // Compared with `len(rows) ==`, so a fraction never stops it.
            let n = match v {
                Value::Float(f) => f,
                v => to_index(&v)? as f64,
            };
            if n < 1.0 {
                return Err(Error::value_error("'max_rows' must be at least 1."));
            }
            Some(n)
        }
    };
    let usemask = it.truthy(&args.get("usemask"))?;
    let converters = args.get("converters");
    if !matches!(converters, Value::Dict(_)) && it.truthy(&converters)? {
        let shown = super::repr::repr(
            &Value::Type(converters.type_of()),
            &crate::print::PrintOptions::default(),
        );
        return Err(Error::type_error(format!(
            "The input argument 'converter' should be a valid dictionary (got '{shown}' instead)"
        )));
    }
    if matches!(&args.get("encoding"), Value::Str(s) if &**s == "bytes") {
        return Err(refuse("with encoding='bytes'"));
    }
    let names = args.get("names");
    if matches!(names, Value::Bool(_) | Value::Int(_) | Value::Float(_)) && !it.truthy(&names)? {
        // A false scalar passes for no names until `len(names)` in
        // `easy_dtype`, or `list(names)` when dtype is None.
        let t = names.type_name();
        return Err(Error::type_error(
            match args.given("dtype") && matches!(args.get("dtype"), Value::None) {
                true => format!("'{t}' object is not iterable"),
                false => format!("object of type '{t}' has no len()"),
            },
        ));
    }
    if !matches!(names, Value::None) {
        return Err(refuse(
            "with names: they make a structured array, which npcalc does not have",
        ));
    }
    let fname = args.get("fname");
    let all = lines(it, &fname, "genfromtxt", |shown| {
        Error::type_error(format!(
            "fname must be a string, a filehandle, a sequence of strings,\nor an iterator of strings. Got {shown} instead."
        ))
    })?;
    let comments = match args.get("comments") {
        Value::None => None,
        Value::Str(s) => Some(s.to_string()),
        v => {
            return Err(Error::type_error(format!(
                "must be str or None, not {}",
                v.type_name()
            )));
        }
    };
    let split = LineSplitter {
        comments,
        cut: cut_of(it, args.get("delimiter"))?,
        autostrip: it.truthy(&args.get("autostrip"))?,
    };
    if let Value::Str(s) = args.get("case_sensitive")
        && !s.starts_with(['u', 'l'])
    {
        return Err(Error::value_error(format!(
            "unrecognized case_sensitive value {s}."
        )));
    }

    // The first line with fields, after `skip_header` lines.
    let skip_header = to_index(&args.get("skip_header"))?;
    let mut rest = all.iter().skip(skip_header.max(0) as usize);
    let mut first: Option<(String, Vec<String>)> = None;
    if all.len() as i64 > skip_header.max(0) {
        for line in rest.by_ref() {
            let values = split.split(line)?;
            if !values.is_empty() {
                first = Some((line.clone(), values));
                break;
            }
        }
    }
    let (first_line, first_values) = match first {
        Some(f) => f,
        None => {
            let shown = super::classes::str_of(it, &fname)?;
            crate::array::signals::warn(
                "UserWarning",
                format!("genfromtxt: Empty input file: \"{shown}\""),
            );
            (String::new(), vec![])
        }
    };

    let usecols: Option<Vec<i64>> = match args.get("usecols") {
        Value::None => None,
        // Column names are looked up in `names`, None here.
        Value::Str(_) => return Err(no_names()),
        v @ (Value::List(_) | Value::Tuple(_) | Value::Array(_) | Value::Range(..)) => Some(
            it.iterate(&v)?
                .iter()
                .map(column_index)
                .collect::<Result<Vec<_>>>()?,
        ),
        v => Some(vec![column_index(&v)?]),
    };
    let usecols = usecols.filter(|u| !u.is_empty()).map(|u| {
        u.into_iter()
            .map(|c| match c < 0 {
                true => c + first_values.len() as i64,
                false => c,
            })
            .collect::<Vec<_>>()
    });
    let nbcols = usecols.as_ref().map_or(first_values.len(), Vec::len);

    let missing = missing_lists(it, args.get("missing_values"), nbcols, usecols.as_deref())?;
    let fills = filling_list(it, args.get("filling_values"), nbcols, usecols.as_deref())?;
    let given = match args.given("dtype") && matches!(args.get("dtype"), Value::None) {
        true => None,
        false => {
            let dtype = match args.given("dtype") {
                true => args.get("dtype"),
                false => Value::Type(TypeObj::Float),
            };
            Some(given_dtype(it, dtype)?)
        }
    };
    let mut convs = Vec::with_capacity(nbcols);
    for (miss, fill) in missing.iter().zip(fills.clone()) {
        convs.push(match &given {
            None => StringConverter::guessing(miss.clone(), fill, it)?,
            Some((ty, _)) => StringConverter::locked(*ty, miss.clone(), fill),
        });
    }

    let user_keys = user_converters(
        it,
        &converters,
        &mut convs,
        &fills,
        &missing,
        usecols.as_deref(),
        (!first_line.is_empty()).then_some(first_values.as_slice()),
    )?;

    // The rows, as texts, and the rows with the wrong number of fields.
    let mut rows: Vec<Vec<String>> = vec![];
    let mut masks: Vec<Vec<bool>> = vec![];
    let mut invalid: Vec<(i64, usize)> = vec![];
    let chained = std::iter::once(&first_line).chain(rest);
    for (i, line) in chained.enumerate() {
        crate::array::signals::check_interrupt()?;
        let values = split.split(line)?;
        let nb = values.len();
        if nb == 0 {
            continue;
        }
        let line_no = i as i64 + skip_header + 1;
        let values = match &usecols {
            Some(u) => {
                let picked: Option<Vec<String>> = u
                    .iter()
                    .map(|&c| {
                        let c = if c < 0 { c + nb as i64 } else { c };
                        (0..nb as i64)
                            .contains(&c)
                            .then(|| values[c as usize].clone())
                    })
                    .collect();
                match picked {
                    Some(p) => p,
                    None => {
                        invalid.push((line_no, nb));
                        continue;
                    }
                }
            }
            None if nb != nbcols => {
                invalid.push((line_no, nb));
                continue;
            }
            None => values,
        };
        masks.push(
            values
                .iter()
                .zip(&missing)
                .map(|(v, m)| m.iter().any(|t| t == py_strip(v)))
                .collect(),
        );
        rows.push(values);
        if Some(rows.len() as f64) == max_rows {
            break;
        }
    }

    if given.is_none() {
        for (i, conv) in convs.iter_mut().enumerate() {
            let column: Vec<&str> = rows.iter().map(|r| r[i].as_str()).collect();
            if let Err((j, value)) = conv.iterupgrade(it, &column, args.call_span)? {
                return Err(Error::new(
                    Exc::ConverterError,
                    format!(
                        "Converter #{i} is locked and cannot be upgraded: (occurred line #{} for value '{value}')",
                        j as i64 + 1 + skip_header
                    ),
                ));
            }
        }
    }

    let mut skip_footer = to_index(&skip_footer_arg)?;
    if !invalid.is_empty() {
        // Python's ints do not overflow: i128 holds every sum of two i64s.
        let nbrows = (rows.len() + invalid.len()) as i128 - skip_footer as i128;
        if skip_footer > 0 {
            let skipped = invalid
                .iter()
                .filter(|(line, _)| *line as i128 > nbrows + skip_header as i128)
                .count();
            invalid.truncate(invalid.len() - skipped);
            skip_footer -= skipped as i64;
        }
        if !invalid.is_empty() {
            let mut msg = String::from("Some errors were detected !");
            for (line, nb) in &invalid {
                msg += &format!("\n    Line #{line} (got {nb} columns instead of {nbcols})");
            }
            if it.truthy(&args.get("invalid_raise"))? {
                return Err(Error::value_error(msg));
            }
            crate::array::signals::warn("ConversionWarning", msg);
        }
    }
    if skip_footer > 0 {
        let keep = rows.len().saturating_sub(skip_footer as usize);
        rows.truncate(keep);
        masks.truncate(keep);
    }

    // Convert column by column, as NumPy does.
    let loose = it.truthy(&args.get("loose"))?;
    let mut columns: Vec<Vec<Value>> = Vec::with_capacity(nbcols);
    for (i, conv) in convs.iter_mut().enumerate() {
        let mut column = Vec::with_capacity(rows.len());
        for row in &rows {
            crate::array::signals::check_interrupt()?;
            column.push(match loose {
                true => conv.loose(it, &row[i])?,
                false => conv.strict(it, &row[i], args.call_span)?,
            });
        }
        columns.push(column);
    }
    let dtype = match given {
        // A user's converter of another type than `dtype` makes the
        // result structured, unless it is the only column.
        Some((ty, d)) => match convs
            .iter()
            .enumerate()
            .rfind(|(i, c)| user_keys.contains(&(*i as i64)) && c.ty != ty)
        {
            None => d,
            Some(_) if nbcols > 1 => return Err(structured()),
            Some((_, c)) => c.ty.dtype_value()?,
        },
        None => {
            let mut base: Vec<ColType> = vec![];
            for c in convs.iter().filter(|c| c.checked) {
                if !base.contains(&c.ty) {
                    base.push(c.ty);
                }
            }
            match base.as_slice() {
                [one] => one.dtype_value()?,
                _ => return Err(structured()),
            }
        }
    };
    let data: Vec<Value> = (0..rows.len())
        .flat_map(|r| columns.iter().map(move |c| c[r].clone()))
        .collect();
    // An empty result is `np.array([])`, of shape (0,).
    let shape = match rows.len() {
        0 => [0, 1],
        n => [n, nbcols],
    };
    let unpack = args.get("unpack");
    let output = finish(
        it,
        data,
        shape,
        &dtype,
        ndmin,
        unpack.clone(),
        None,
        args.call_span,
    )?;
    if !usemask {
        return Ok(output);
    }
    let mask: Vec<Value> = masks.into_iter().flatten().map(Value::Bool).collect();
    let bool_dtype = Value::Type(TypeObj::Bool);
    let mask = finish(
        it,
        mask,
        shape,
        &bool_dtype,
        ndmin,
        unpack,
        None,
        args.call_span,
    )?;
    match (output, mask) {
        (Value::Array(data), Value::Array(mask)) => {
            Ok(super::masked::value(data, Some(mask), None))
        }
        _ => Err(refuse(
            "with usemask=True on strings: npcalc's masked arrays hold numbers",
        )),
    }
}
