//! The `formatter` print option (`np.set_printoptions(formatter={'float':
//! '{:.2f}'.format})`): NumPy's `_get_formatdict` and `_get_format_function`
//! pick a session callable for an array's dtype, `_formatArray` calls it on
//! each element shown and lays out the strings it returns as they are.

use super::Interp;
use super::value::Value;
use crate::array::{Array, DType, Kind};
use crate::error::{Error, Result};

/// The keys whose functions would format string, object, date or structured
/// arrays (`all` formats every array), which npcalc refuses; it calls those
/// of `bool`, `int`, `float`, `complexfloat` and the `*_kind` keys (and
/// ignores `longfloat` and `longcomplexfloat`, dtypes it lacks).
const OTHER_KEYS: [&str; 7] = [
    "all",
    "str_kind",
    "numpystr",
    "object",
    "datetime",
    "timedelta",
    "void",
];

/// The formatter as `set_printoptions` keeps it: None, or the dict given.
pub fn check(v: &Value) -> Result<Option<Value>> {
    let d = match v {
        Value::None => return Ok(None),
        Value::Dict(d) => d,
        _ => {
            return Err(Error::type_error(
                "npcalc supports only a dict as the formatter print option",
            ));
        }
    };
    for (k, f) in d.borrow().entries() {
        if let Value::Str(key) = k
            && OTHER_KEYS.contains(&&**key)
            && !matches!(f, Value::None)
        {
            return Err(Error::type_error(format!(
                "npcalc supports the formatter print option only for bool, int, float and \
                 complex arrays, not its '{key}' key"
            )));
        }
    }
    Ok(Some(v.clone()))
}

/// The function that formats elements of `dtype`: its own key, else its
/// kind's (`int_kind`…), as `_get_formatdict` lets the specific key win.
fn function(formatter: &Value, dtype: DType) -> Option<Value> {
    let Value::Dict(d) = formatter else {
        return None;
    };
    let (key, kind) = match dtype.kind() {
        Kind::Bool => ("bool", None),
        Kind::Int | Kind::UInt => ("int", Some("int_kind")),
        Kind::Float => ("float", Some("float_kind")),
        Kind::Complex => ("complexfloat", Some("complex_kind")),
    };
    let d = d.borrow();
    [Some(key), kind]
        .into_iter()
        .flatten()
        .find_map(|k| d.get(&Value::str(k)).ok().flatten())
        .filter(|f| !matches!(f, Value::None))
}

/// Whether printing `v` itself calls a formatter function: an array of a
/// dtype the formatter has a key for, or a masked array with no mask (whose
/// text is its data's; one with a mask prints its data as objects).
pub fn formats(it: &Interp, v: &Value) -> bool {
    let Some(f) = &it.print_formatter else {
        return false;
    };
    match v {
        Value::Array(a) => function(f, a.dtype()).is_some(),
        Value::Masked(m) => {
            let m = m.borrow();
            m.mask.is_none() && function(f, m.data.dtype()).is_some()
        }
        _ => false,
    }
}

/// The formatter's strings for the elements of `a` that its text shows.
fn words(it: &mut Interp, a: &Array) -> Result<Vec<String>> {
    let f = it
        .print_formatter
        .as_ref()
        .and_then(|f| function(f, a.dtype()))
        .expect("formats() was asked first");
    let mut out = Vec::new();
    for s in crate::print::shown_elements(a, &it.print_options) {
        let word = super::classes::call_with(it, &f, vec![Value::Scalar(s)])?;
        let Value::Str(w) = &word else {
            // `_extendLine_pretty` splits the word's lines.
            return Err(Error::attribute_error(format!(
                "'{}' object has no attribute 'splitlines'",
                word.type_name()
            )));
        };
        if w.is_empty() {
            // Its lines are none, and their longest is asked for.
            return Err(Error::value_error("max() arg is an empty sequence"));
        }
        out.push(w.to_string());
    }
    Ok(out)
}

/// `_array2string`'s text, or `dots` (`...`) when a formatter function
/// prints the array it is formatting (NumPy's `_recursive_guard`).
fn guarded<T>(
    it: &mut Interp,
    a: &Array,
    dots: T,
    text: impl FnOnce(&mut Interp) -> Result<T>,
) -> Result<T> {
    super::reentry::array_text("array2string", a.address(), dots, || text(it))
}

/// The text of the elements of a non-empty array of more than 0 dimensions.
fn list(it: &mut Interp, a: &Array, separator: &str, prefix: &str, suffix: &str) -> Result<String> {
    guarded(it, a, "...".to_string(), |it| {
        list_text(it, a, separator, prefix, suffix)
    })
}

fn list_text(
    it: &mut Interp,
    a: &Array,
    separator: &str,
    prefix: &str,
    suffix: &str,
) -> Result<String> {
    let words = words(it, a)?;
    let o = &it.print_options;
    Ok(crate::print::array2string_words(
        a.shape(),
        words,
        o,
        separator,
        prefix,
        suffix,
    ))
}

/// The one element of a 0-d array, formatted (as it is, whatever it is).
fn single(it: &mut Interp, a: &Array) -> Result<Value> {
    let f = it
        .print_formatter
        .as_ref()
        .and_then(|f| function(f, a.dtype()))
        .expect("formats() was asked first");
    guarded(it, a, Value::str("..."), |it| {
        super::classes::call_with(it, &f, vec![Value::Scalar(a.get(&[]))])
    })
}

/// `repr(a)` of an array that [`formats`].
pub fn repr(it: &mut Interp, v: &Value) -> Result<String> {
    let a = array(v)?;
    if a.size() == 0 {
        return Ok(crate::print::array_repr(&a, &it.print_options));
    }
    let lst = if a.ndim() == 0 {
        match single(it, &a)? {
            Value::Str(s) => s.to_string(),
            other => {
                return Err(Error::type_error(format!(
                    "can only concatenate str (not \"{}\") to str",
                    other.type_name()
                )));
            }
        }
    } else {
        list(it, &a, ", ", "array(", ")")?
    };
    Ok(crate::print::array_repr_around(&a, &lst, &it.print_options))
}

/// `str(a)` of an array that [`formats`]: a 0-d one prints as its scalar.
pub fn str(it: &mut Interp, v: &Value) -> Result<String> {
    let a = array(v)?;
    if a.size() == 0 || a.ndim() == 0 {
        return super::try_str(&Value::Array(a), &it.print_options);
    }
    list(it, &a, " ", "", "")
}

/// `np.array2string(a, …)` with the formatter: a 0-d array's text is what
/// its function returned, a string or not.
pub fn array2string(
    it: &mut Interp,
    a: &Array,
    separator: &str,
    prefix: &str,
    suffix: &str,
) -> Result<Value> {
    if a.size() == 0 {
        return Ok(Value::str("[]"));
    }
    if a.ndim() == 0 {
        return single(it, a);
    }
    Ok(Value::str(&list(it, a, separator, prefix, suffix)?))
}

/// The array a formatted value prints; a masked one (with no mask) is
/// refused, since npcalc's masked printer takes no formatter.
fn array(v: &Value) -> Result<Array> {
    match v {
        Value::Array(a) => Ok(a.clone()),
        _ => Err(Error::type_error(
            "npcalc does not support the formatter print option for masked arrays",
        )),
    }
}
