//! NumPy's fixed-width unicode arrays (`<U5`), as lessons use them: coin
//! flips labelled "H"/"T", `np.where(x > 0, "up", "down")`, counts of
//! words. The strings live in a table shared by every view of the array;
//! the array itself is an int64 array of codes into that table, so shapes,
//! views, slicing and advanced indexing are the numeric ones, unchanged.
//! Each element holds at most `width` characters, as in NumPy: a longer
//! string assigned into the array is cut.

use super::value::Value;
use crate::array::sort::SortKind;
use crate::array::{Array, DType, Scalar};
use crate::error::{Error, Result};
use crate::print::PrintOptions;
use std::cell::RefCell;
use std::rc::Rc;

#[derive(Clone, Debug)]
pub struct StrArray {
    /// int64 codes into `table`, in the array's shape (a view or a copy).
    pub codes: Array,
    pub table: Rc<RefCell<Vec<Rc<str>>>>,
    /// The `N` of `<UN`: characters per element.
    pub width: usize,
}

impl StrArray {
    /// A C-ordered array of `strings` in `shape`; without a width, the
    /// longest string's (at least 1, as NumPy's `<U1` for empty strings).
    pub fn new(strings: Vec<Rc<str>>, shape: Vec<usize>, width: Option<usize>) -> StrArray {
        let width = width.unwrap_or_else(|| {
            strings
                .iter()
                .map(|s| s.chars().count())
                .max()
                .unwrap_or(0)
                .max(1)
        });
        let strings: Vec<Rc<str>> = strings.into_iter().map(|s| cut(s, width)).collect();
        let codes = Array::from_vec((0..strings.len() as i64).collect::<Vec<i64>>(), shape);
        StrArray {
            codes,
            table: Rc::new(RefCell::new(strings)),
            width,
        }
    }

    /// Another view or selection of the same strings.
    pub fn with_codes(&self, codes: Array) -> StrArray {
        StrArray {
            codes,
            table: self.table.clone(),
            width: self.width,
        }
    }

    pub fn shape(&self) -> &[usize] {
        self.codes.shape()
    }

    pub fn size(&self) -> usize {
        self.codes.size()
    }

    /// The element at C-order position `i`.
    pub fn get_flat(&self, i: usize) -> Rc<str> {
        let Scalar::Int64(code) = self.codes.get_flat(i) else {
            unreachable!("string codes are int64")
        };
        self.table.borrow()[code as usize].clone()
    }

    /// Every element in C order.
    pub fn strings(&self) -> Vec<Rc<str>> {
        (0..self.size()).map(|i| self.get_flat(i)).collect()
    }

    /// The code of `s` once stored in this array (cut to its width).
    fn intern(&self, s: &str) -> i64 {
        let mut table = self.table.borrow_mut();
        table.push(cut(Rc::from(s), self.width));
        table.len() as i64 - 1
    }

    /// `dtype.str`, e.g. `<U1`.
    pub fn dtype_str(&self) -> String {
        dtype_str(self.width)
    }
}

/// A text dtype's str(), `<Un` (an array's repr names its dtype so, `<U0`
/// included).
pub fn dtype_str(width: usize) -> String {
    format!("<U{width}")
}

/// A text dtype's repr: NumPy leaves the size out at 0 (`np.str_('').dtype`
/// is `dtype('<U')`).
pub fn dtype_repr(width: usize) -> String {
    match width {
        0 => "dtype('<U')".into(),
        n => format!("dtype('{}')", dtype_str(n)),
    }
}

/// `s` cut to `width` characters.
fn cut(s: Rc<str>, width: usize) -> Rc<str> {
    match s.char_indices().nth(width) {
        Some((end, _)) => Rc::from(&s[..end]),
        None => s,
    }
}

/// The text of a str-like value: a Python str or a NumPy `str_`.
pub fn text_of(v: &Value) -> Option<Rc<str>> {
    match v {
        Value::Str(s) | Value::NpStr(s) => Some(s.clone()),
        _ => None,
    }
}

/// Whether `v` is text or holds it: any leaf is a string or a string
/// array (NumPy's discovery promotes the numbers beside it to text).
/// NumPy looks no deeper than its dimension limit (a list that holds
/// itself ends there).
pub fn holds_text(v: &Value) -> bool {
    fn within(v: &Value, depth: usize) -> bool {
        match v {
            Value::StrArray(_) | Value::Str(_) | Value::NpStr(_) => true,
            _ if depth > crate::array::MAXDIMS => false,
            // A packed list holds only numbers.
            Value::List(l) if l.packed_items().is_some() => false,
            Value::List(l) => l.iter().any(|x| within(&x, depth + 1)),
            Value::Tuple(t) => t.iter().any(|x| within(x, depth + 1)),
            _ => false,
        }
    }
    within(v, 0)
}

/// `np.array(v)` when `v` holds text: every leaf must be a string. None
/// when it does not (the numeric path handles it).
pub fn discover(v: &Value, width: Option<usize>) -> Option<Result<StrArray>> {
    holds_text(v).then(|| collect(v, width))
}

/// The strings `v` stands for, as an operand: a string array as it is,
/// a str as a 0-d array, a list of strings as `np.array` makes it.
fn operand(v: &Value) -> Option<Result<StrArray>> {
    match v {
        Value::StrArray(s) => Some(Ok((**s).clone())),
        other => discover(other, None),
    }
}

/// `sa`'s strings broadcast to `shape`, in C order.
pub(super) fn broadcast_strings(sa: &StrArray, shape: &[usize]) -> Vec<Rc<str>> {
    let codes = crate::array::shape::broadcast_to(&sa.codes, shape).expect("broadcastable");
    let table = sa.table.borrow();
    codes
        .to_vec::<i64>()
        .into_iter()
        .map(|k| table[k as usize].clone())
        .collect()
}

fn collect(v: &Value, width: Option<usize>) -> Result<StrArray> {
    collect_with(v, width, &mut |x| match text_of(x) {
        Some(t) => Ok((t.clone(), t.chars().count())),
        // NumPy promotes numbers beside strings to text.
        None => super::strnum::discovered_number_text(x).ok_or_else(|| {
            Error::type_error(format!(
                "npcalc's string arrays hold only strings and numbers, not '{}'",
                x.type_name()
            ))
        }),
    })
}

/// A leaf's text and the width it asks for.
pub type Leaf = (Rc<str>, usize);

/// The string array of the nested sequence `v`, each leaf (not a list,
/// tuple or string array) read by `read` as its text and the width it
/// asks for; without `width`, the widest ask (at least 1, as NumPy's `<U1`).
pub fn collect_with(
    v: &Value,
    width: Option<usize>,
    read: &mut dyn FnMut(&Value) -> Result<Leaf>,
) -> Result<StrArray> {
    let mut shape = Vec::new();
    let mut out = Vec::new();
    let mut need = 0;
    leaves(v, 0, &mut shape, &mut out, &mut |x| {
        let (t, w) = read(x)?;
        need = need.max(w);
        Ok(t)
    })?;
    let width = width.unwrap_or_else(|| need.max(array_width(v).unwrap_or(0)).max(1));
    Ok(StrArray::new(out, shape, Some(width)))
}

/// The widest string array inside `v`, whose width NumPy keeps.
fn array_width(v: &Value) -> Option<usize> {
    super::reentry::enter("string array width", v, || match v {
        Value::StrArray(s) => Some(s.width),
        Value::List(l) => l.iter().filter_map(|x| array_width(&x)).max(),
        Value::Tuple(t) => t.iter().filter_map(array_width).max(),
        _ => None,
    })
    .flatten()
    .map(|w| {
        // Plain strings beside the arrays may be wider.
        w.max(max_len(v))
    })
}

fn max_len(v: &Value) -> usize {
    super::reentry::enter("string length", v, || match v {
        Value::Str(s) | Value::NpStr(s) => s.chars().count(),
        Value::List(l) => l.iter().map(|x| max_len(&x)).max().unwrap_or(0),
        Value::Tuple(t) => t.iter().map(max_len).max().unwrap_or(0),
        _ => 0,
    })
    .unwrap_or(0)
}

fn leaves(
    v: &Value,
    depth: usize,
    shape: &mut Vec<usize>,
    out: &mut Vec<Rc<str>>,
    read: &mut dyn FnMut(&Value) -> Result<Rc<str>>,
) -> Result<()> {
    if depth > crate::array::MAXDIMS {
        return Err(Error::value_error(format!(
            "setting an array element with a sequence. The requested array would exceed the maximum number of dimension of {}.",
            crate::array::MAXDIMS
        )));
    }
    let items: Vec<Value> = match v {
        Value::List(l) => l.to_vec(),
        Value::Tuple(t) => t.to_vec(),
        Value::StrArray(s) => {
            let want = &s.shape().to_vec();
            check_dims(shape, depth, want)?;
            out.extend(s.strings());
            return Ok(());
        }
        other => {
            if depth != shape.len() {
                return Err(inhomogeneous(depth, shape));
            }
            out.push(read(other)?);
            return Ok(());
        }
    };
    // The first leaf fixed the dimension count: a sequence where another
    // element was a leaf is ragged (`('a', ('b', 'c'))`).
    if depth == shape.len() && out.is_empty() {
        shape.push(items.len());
    } else if depth >= shape.len() || shape[depth] != items.len() {
        return Err(inhomogeneous(depth, shape));
    }
    for item in &items {
        leaves(item, depth + 1, shape, out, read)?;
    }
    Ok(())
}

fn check_dims(shape: &mut Vec<usize>, depth: usize, want: &[usize]) -> Result<()> {
    if depth == shape.len() {
        shape.extend_from_slice(want);
        return Ok(());
    }
    if shape.len() != depth + want.len() || shape[depth..] != *want {
        return Err(inhomogeneous(depth, shape));
    }
    Ok(())
}

fn inhomogeneous(depth: usize, shape: &[usize]) -> Error {
    let dims = shape[..depth.min(shape.len())]
        .iter()
        .map(|d| d.to_string())
        .collect::<Vec<_>>();
    Error::value_error(format!(
        "setting an array element with a sequence. The requested array has an inhomogeneous shape after {} dimensions. The detected shape was ({}) + inhomogeneous part.",
        depth,
        match dims.len() {
            1 => format!("{},", dims[0]),
            _ => dims.join(", "),
        }
    ))
}

/// What indexing the codes gave, back as strings: an element is a `str_`.
pub fn wrap(sa: &StrArray, indexed: Value) -> Value {
    match indexed {
        Value::Array(codes) => Value::StrArray(Box::new(sa.with_codes(codes))),
        Value::Scalar(Scalar::Int64(code)) => {
            Value::NpStr(sa.table.borrow()[code as usize].clone())
        }
        other => other,
    }
}

/// The codes to assign into `sa` for value `v` (a string, a string array or
/// a nested list of strings), stored in `sa`'s table.
pub fn codes_for(sa: &StrArray, v: &Value) -> Result<Value> {
    if let Some(t) = text_of(v) {
        return Ok(Value::Scalar(Scalar::Int64(sa.intern(&t))));
    }
    let other = match v {
        Value::StrArray(o) => (**o).clone(),
        Value::List(_) | Value::Tuple(_) => match discover(v, None) {
            Some(r) => r?,
            None => return Err(not_text(v)),
        },
        _ => return Err(not_text(v)),
    };
    let codes: Vec<i64> = other.strings().iter().map(|s| sa.intern(s)).collect();
    Ok(Value::Array(Array::from_vec(codes, other.shape().to_vec())))
}

fn not_text(v: &Value) -> Error {
    Error::type_error(format!(
        "npcalc's string arrays take only strings, not '{}'",
        v.type_name()
    ))
}

/// `a == b`, `a < b`, …: element-wise over strings (code-point order, as
/// NumPy compares UCS4), broadcasting like any comparison.
pub fn compare(op: crate::syntax::ast::CmpOp, a: &Value, b: &Value) -> Result<Option<Value>> {
    let (Some(x), Some(y)) = (operand(a), operand(b)) else {
        return Ok(None);
    };
    let (x, y) = (x?, y?);
    let shape = crate::array::shape::broadcast_shapes(&[x.shape(), y.shape()])?;
    let (xs, ys) = (broadcast_strings(&x, &shape), broadcast_strings(&y, &shape));
    let out: Vec<bool> = xs.iter().zip(&ys).map(|(p, q)| op.holds(p, q)).collect();
    let r = Array::from_vec(out, shape);
    Ok(Some(if r.ndim() == 0 {
        Value::Scalar(r.get_flat(0))
    } else {
        Value::Array(r)
    }))
}

/// The element texts as `repr` writes them (`'H'`).
fn texts(sa: &StrArray) -> Vec<String> {
    sa.strings()
        .iter()
        .map(|s| crate::print::py_str_repr(s))
        .collect()
}

/// `repr(a)`: `array(['H', 'T'], dtype='<U1')`.
pub fn repr(sa: &StrArray, o: &PrintOptions) -> String {
    use crate::print::array2string_texts;
    let prefix = "array(";
    let lst = array2string_texts(sa.shape(), &texts(sa), o, ", ", prefix, ")");
    let mut extras = Vec::new();
    if (sa.size() == 0 && sa.shape() != [0]) || sa.size() > o.threshold {
        extras.push(format!("shape={}", crate::array::shape_repr(sa.shape())));
    }
    extras.push(format!("dtype='{}'", sa.dtype_str()));
    crate::print::close_repr(prefix, &lst, &extras, o)
}

/// `str(a)`: `['H' 'T']`; a 0-d array prints as its string.
pub fn str(sa: &StrArray, o: &PrintOptions) -> String {
    if sa.shape().is_empty() {
        return sa.get_flat(0).to_string();
    }
    array2string(sa, o, " ", "", "")
}

/// `np.array2string(a, ...)`: the elements' reprs laid out (the options
/// that shape numbers do not apply to text).
pub fn array2string(
    sa: &StrArray,
    o: &PrintOptions,
    separator: &str,
    prefix: &str,
    suffix: &str,
) -> String {
    crate::print::array2string_texts(sa.shape(), &texts(sa), o, separator, prefix, suffix)
}

/// `np.where(cond, x, y)` where x or y is text: the chosen strings, in the
/// width of the wider side.
pub fn where3(cond: &Array, x: &Value, y: &Value) -> Result<Value> {
    // A number side is an array first (np.where's PyArray_FROM_O), then
    // cast to the promoted `<U`: its elements' str(), its dtype's width.
    let side = |v: &Value| -> Result<StrArray> {
        operand(v).unwrap_or_else(|| {
            let a = super::convert::to_array(v, None)?;
            Ok(super::strnum::array_to_text(&a, None))
        })
    };
    // NumPy's DType of each side; a Python number's abstract DType has no
    // common DType with str.
    let dtype_class = |v: &Value| match v {
        Value::Int(_) => Some("_PyLongDType"),
        Value::Float(_) => Some("_PyFloatDType"),
        Value::Complex(_) => Some("_PyComplexDType"),
        _ => None,
    };
    if dtype_class(x).is_some() || dtype_class(y).is_some() {
        let [p, q] = [x, y].map(|v| {
            format!(
                "<class 'numpy.dtypes.{}'>",
                dtype_class(v).unwrap_or("StrDType")
            )
        });
        return Err(Error::new(
            crate::error::Exc::DTypePromotionError,
            format!(
                "The DType {p} could not be promoted by {q}. This means that no common DType exists for the given inputs. For example they cannot be stored in a single array unless the dtype is `object`. The full list of DTypes is: ({p}, {q})"
            ),
        ));
    }
    let (x, y) = (side(x)?, side(y)?);
    let shape = crate::array::shape::broadcast_shapes(&[cond.shape(), x.shape(), y.shape()])?;
    let c = crate::array::cast_array(
        &crate::array::shape::broadcast_to(cond, &shape).expect("broadcastable"),
        DType::Bool,
    )?;
    let (xs, ys) = (broadcast_strings(&x, &shape), broadcast_strings(&y, &shape));
    let out: Vec<Rc<str>> = c
        .to_vec::<bool>()
        .into_iter()
        .zip(xs.into_iter().zip(ys))
        .map(|(t, (p, q))| if t { p } else { q })
        .collect();
    Ok(Value::StrArray(Box::new(StrArray::new(
        out,
        shape,
        Some(x.width.max(y.width)),
    ))))
}

/// `a.tolist()`: nested lists of Python strs.
pub fn tolist(sa: &StrArray) -> Value {
    fn build(strings: &[Rc<str>], shape: &[usize]) -> Value {
        match shape.split_first() {
            None => Value::Str(strings[0].clone()),
            Some((&n, rest)) => {
                let step: usize = rest.iter().product();
                Value::list((0..n).map(|k| build(&strings[k * step..], rest)).collect())
            }
        }
    }
    build(&sa.strings(), sa.shape())
}

/// `np.unique(a, return_index=, return_inverse=, return_counts=)` of
/// strings: sorted by code point, as NumPy sorts UCS4.
pub fn unique(sa: &StrArray, index: bool, inverse: bool, counts: bool) -> Value {
    let strings = sa.strings();
    let mut order: Vec<usize> = (0..strings.len()).collect();
    // Stable, so each value's first position comes first (return_index).
    order.sort_by(|&i, &j| strings[i].cmp(&strings[j]));
    let mut values: Vec<Rc<str>> = Vec::new();
    let mut first: Vec<i64> = Vec::new();
    let mut count: Vec<i64> = Vec::new();
    let mut inv = vec![0i64; strings.len()];
    for &i in &order {
        if values.last() != Some(&strings[i]) {
            values.push(strings[i].clone());
            first.push(i as i64);
            count.push(0);
        }
        *count.last_mut().expect("pushed") += 1;
        inv[i] = values.len() as i64 - 1;
    }
    let n = values.len();
    let uniq = Value::StrArray(Box::new(StrArray::new(values, vec![n], Some(sa.width))));
    if !(index || inverse || counts) {
        return uniq;
    }
    let mut parts = vec![uniq];
    if index {
        parts.push(Value::Array(Array::from_vec(first, vec![n])));
    }
    if inverse {
        // NumPy 2 gives the inverse in the input's shape.
        parts.push(Value::Array(Array::from_vec(inv, sa.shape().to_vec())));
    }
    if counts {
        parts.push(Value::Array(Array::from_vec(count, vec![n])));
    }
    Value::tuple(parts)
}

/// A `str_` where Python code treats it as the str it subclasses (methods,
/// operators, dict keys, formatting): the same text as a plain str.
pub fn as_py_str(v: &Value) -> std::borrow::Cow<'_, Value> {
    match v {
        Value::NpStr(s) => std::borrow::Cow::Owned(Value::Str(s.clone())),
        other => std::borrow::Cow::Borrowed(other),
    }
}

/// The refusal for what npcalc's string arrays do not do.
pub fn unsupported(what: &str) -> Error {
    Error::type_error(format!(
        "npcalc's string arrays support indexing, comparisons, np.where, np.unique and choice, not {what}"
    ))
}

/// The ndarray methods a string array has besides those that only move
/// elements (`MOVING_METHODS`).
const METHODS: [&str; 8] = [
    "sort", "argsort", "tolist", "astype", "cumsum", "sum", "cumprod", "prod",
];

/// The ndarray methods that only move elements, which string and object
/// arrays run on their codes.
pub const MOVING_METHODS: [&str; 7] = [
    "reshape",
    "flatten",
    "ravel",
    "copy",
    "transpose",
    "squeeze",
    "take",
];

/// A moving method writes its result into `out=` as codes, which are not
/// the strings or objects an `out` array of that kind would hold: refused.
pub fn refuse_out(args: &super::table::Args, kind: &str) -> Result<()> {
    if !matches!(args.get("out"), Value::None) {
        return Err(Error::new(
            crate::error::Exc::NotImplementedError,
            format!("npcalc does not support out= for methods of {kind} arrays"),
        ));
    }
    Ok(())
}

/// `a.shape`, `a.T`, `a.reshape`…: the codes' answer, back as strings.
pub fn getattr(it: &mut super::Interp, sa: &StrArray, name: &str) -> Result<Value> {
    match name {
        "shape" | "ndim" | "size" | "T" => Ok(wrap(
            sa,
            super::numpy::getattr(it, &Value::Array(sa.codes.clone()), name)?,
        )),
        _ if METHODS.contains(&name) || MOVING_METHODS.contains(&name) => {
            let def = super::catalog::array_methods()
                .find(|f| f.name == name)
                .expect("the moving methods are ndarray methods");
            Ok(Value::Method(
                Box::new(Value::StrArray(Box::new(sa.clone()))),
                def,
            ))
        }
        "dtype" => Ok(Value::StrDType(sa.width)),
        "flat" => Ok(super::flatiter::of(&Value::StrArray(Box::new(sa.clone())))),
        _ => Err(unsupported(&format!("the .{name} attribute"))),
    }
}

/// The attributes every NumPy scalar has (`np.generic`), for `np.str_`:
/// a 0-d array's answers, `real` itself and `imag` the dtype's zero, "".
pub fn scalar_attr(text: &Rc<str>, name: &str) -> Option<Value> {
    let width = text.chars().count();
    Some(match name {
        "real" | "T" => Value::NpStr(text.clone()),
        "imag" => Value::NpStr("".into()),
        "dtype" => Value::StrDType(width),
        "ndim" => Value::int(0),
        "shape" => Value::tuple(Vec::new()),
        "size" => Value::int(1),
        // UTF-32: four bytes a character.
        "itemsize" | "nbytes" => Value::int(4 * width),
        "base" => Value::None,
        _ => return None,
    })
}

/// `np.str_(…).astype`: NumPy's str scalar has the ndarray methods; npcalc
/// gives it `astype`, run on the 0-d array of it (see `scalar_of`).
pub fn scalar_astype(v: &Value) -> Value {
    let def = super::catalog::array_methods()
        .find(|f| f.name == "astype")
        .expect("astype is an ndarray method");
    Value::Method(Box::new(v.clone()), def)
}

/// A scalar method's 0-d result back as a scalar, as NumPy's scalar
/// methods give it.
pub fn scalar_of(v: Value) -> Value {
    match v {
        Value::Array(a) if a.ndim() == 0 => Value::Scalar(a.get_flat(0)),
        Value::StrArray(sa) if sa.shape().is_empty() => Value::NpStr(sa.get_flat(0)),
        other => other,
    }
}

/// A moving method called on a string array: run on the codes.
pub fn call_method(
    it: &mut super::Interp,
    sa: &StrArray,
    def: &'static super::table::FnDef,
    call: super::table::CallArgs,
    span: crate::error::Span,
) -> Result<Value> {
    let args = super::table::bind(def, Some(Value::Array(sa.codes.clone())), call, span)?;
    match def.name {
        "tolist" => return Ok(tolist(sa)),
        "astype" => return astype(sa, &args),
        "cumsum" | "sum" | "cumprod" | "prod" => {
            let op = match def.name {
                "cumsum" | "sum" => crate::array::ufuncs::Ufunc::Add,
                _ => crate::array::ufuncs::Ufunc::Multiply,
            };
            let method = match def.name {
                "cumsum" | "cumprod" => "accumulate",
                _ => "reduce",
            };
            super::numpy::check_text_fold(&args, sa.clone(), op, method)?;
            // With dtype= NumPy casts the text to it first.
            return Err(unsupported(&format!("{}(dtype=...)", def.name)));
        }
        "argsort" | "sort" => {
            let kind = super::statistics::sort_kind(&args)?;
            let axis = super::numpy::arg_axis(&args, "axis")?;
            if def.name == "argsort" {
                return argsort(sa, axis, kind);
            }
            let Some(axis) = axis else {
                return Err(Error::type_error(
                    "'NoneType' object cannot be interpreted as an integer",
                ));
            };
            let sorted = sort(sa, Some(axis), kind)?;
            super::numpy::setitem(&sa.codes, &Value::Ellipsis, &Value::Array(sorted.codes))?;
            return Ok(Value::None);
        }
        _ => refuse_out(&args, "string")?,
    }
    Ok(wrap(sa, (def.imp)(it, &args)?))
}

/// `a.astype(dtype)`: another width (strings cut to it), or numbers read
/// from the text as NumPy's unsafe string casts read them.
fn astype(sa: &StrArray, args: &super::table::Args) -> Result<Value> {
    use super::strnum;
    let dtype = args.get("dtype");
    let rule = super::numpy::casting_arg(args)?;
    let same = super::numpy::arg_bool(args, "copy")?;
    if let Some(width) = strnum::text_dtype(&dtype) {
        let w = width.unwrap_or(sa.width);
        let to = format!("dtype('<U{w}')");
        let from = format!("dtype('{}')", sa.dtype_str());
        // The same dtype passes even casting='no'.
        if w != sa.width {
            strnum::check_casting(&from, &to, rule, w > sa.width, true)?;
        }
        if !same && w == sa.width {
            return Ok(Value::StrArray(Box::new(sa.clone())));
        }
        return Ok(Value::StrArray(Box::new(StrArray::new(
            sa.strings(),
            sa.shape().to_vec(),
            Some(w),
        ))));
    }
    if let Some(ty) = super::datetime64::dtype_of(&dtype) {
        let ty = ty?;
        // Text becomes a time only under 'unsafe' casting.
        if rule != crate::array::cast::Casting::Unsafe {
            return Err(Error::type_error(format!(
                "Cannot cast array data from dtype('{}') to {} according to the rule '{}'",
                sa.dtype_str(),
                ty.repr(),
                rule.name()
            )));
        }
        let r = super::datetime64::from_texts(ty, sa.strings(), sa.shape().to_vec())?;
        return Ok(match (args.this(), r) {
            (Value::NpStr(_), Value::TimeArray(t)) => {
                super::datetime64::times(t.ty, t.data.to_vec(), vec![])
            }
            (_, r) => r,
        });
    }
    if super::objarray::is_object_dtype(&dtype) {
        return Ok(super::objarray::from_strings(sa));
    }
    let to = super::convert::to_dtype(&dtype)?.unwrap_or(DType::Float64);
    strnum::check_casting(
        &format!("dtype('{}')", sa.dtype_str()),
        &crate::print::dtype_repr(to),
        rule,
        false,
        false,
    )?;
    Ok(Value::Array(strnum::text_to_array(sa, to)?))
}

/// `v` as a string array if it is one or holds text (a list of str).
pub fn as_text(v: &Value) -> Result<Option<StrArray>> {
    match v {
        Value::StrArray(sa) => Ok(Some((**sa).clone())),
        other => discover(other, None).transpose(),
    }
}

/// Each element's rank in code-point order (how NumPy compares `<U`
/// strings), in the array's shape, and the code of each rank's string.
fn ranks(sa: &StrArray) -> Result<(Array, Vec<i64>)> {
    let table = sa.table.borrow();
    let mut order: Vec<usize> = (0..table.len()).collect();
    order.sort_by(|&a, &b| table[a].cmp(&table[b]));
    let mut rank_of = vec![0i64; table.len()];
    let mut rank_code: Vec<i64> = Vec::new();
    for &c in &order {
        if rank_code
            .last()
            .is_none_or(|&last| table[last as usize] != table[c])
        {
            rank_code.push(c as i64);
        }
        rank_of[c] = rank_code.len() as i64 - 1;
    }
    let codes = crate::array::shape::ravel(&sa.codes)?.to_vec::<i64>();
    let ranks = codes.iter().map(|&c| rank_of[c as usize]).collect();
    Ok((Array::from_vec(ranks, sa.shape().to_vec()), rank_code))
}

/// Each string's rank in NumPy's order, in the array's shape: an integer
/// key that sorts (stably, ties kept) exactly as the strings do, for
/// `np.lexsort`.
pub fn sort_key(sa: &StrArray) -> Result<Array> {
    Ok(ranks(sa)?.0)
}

/// `np.argsort` of strings: NumPy sorts `<U` with its generic introsort
/// (never a SIMD network), so tied strings keep NumPy's order.
pub fn argsort(sa: &StrArray, axis: Option<isize>, kind: SortKind) -> Result<Value> {
    let (r, _) = ranks(sa)?;
    Ok(Value::Array(crate::array::sort::argsort_as(
        &r, axis, kind, true,
    )?))
}

/// `np.sort` of strings.
pub fn sort(sa: &StrArray, axis: Option<isize>, kind: SortKind) -> Result<StrArray> {
    let (r, rank_code) = ranks(sa)?;
    let sorted = crate::array::sort::sort(&r, axis, kind)?;
    let codes = sorted
        .to_vec::<i64>()
        .iter()
        .map(|&k| rank_code[k as usize])
        .collect();
    Ok(sa.with_codes(Array::from_vec(codes, sorted.shape().to_vec())))
}

/// `np.str_(x)`: the text `str(x)` gives, as NumPy's str scalar.
pub static NP_STR_CTOR: super::table::FnDef = super::table::FnDef {
    name: "str_",
    owner: super::table::Owner::Builtin,
    error_name: None,
    params: &[super::table::Param {
        name: "object",
        default: Some("''"),
        kind: super::table::ParamKind::Normal,
        help: "Any value.",
    }],
    doc: "NumPy's str scalar: the text str() gives, echoed as np.str_('…').",
    examples: &["np.str_('up')", "np.array(['a', 'b'])[0]"],
    imp: np_str,
};

fn np_str(it: &mut super::Interp, args: &super::table::Args) -> Result<Value> {
    Ok(match super::builtins::str(it, args)? {
        Value::Str(s) => Value::NpStr(s),
        other => other,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_are_cut_to_the_width_by_characters() {
        let sa = StrArray::new(vec![Rc::from("日本語"), Rc::from("ab")], vec![2], Some(2));
        assert_eq!(sa.dtype_str(), "<U2");
        assert_eq!(&*sa.get_flat(0), "日本");
        let code = sa.intern("xyz");
        assert_eq!(&*sa.table.borrow()[code as usize], "xy");
    }

    #[test]
    fn nesting_deeper_than_numpy_allows_is_an_error_not_a_stack_overflow() {
        let mut v = Value::str("x");
        for _ in 0..100_000 {
            v = Value::list(vec![v]);
        }
        // NumPy looks for text no deeper than its dimension limit, where
        // np.array then fails.
        assert!(discover(&v, None).is_none());
        let e = super::super::convert::to_array(&v, None).unwrap_err();
        assert!(
            e.message.contains("maximum number of dimension"),
            "{}",
            e.message
        );
        // Dropping a 100,000-deep list is itself recursive: leak it.
        std::mem::forget(v);
    }

    #[test]
    fn numbers_beside_strings_become_text_as_numpy_promotes_them() {
        // np.array([1, 'a']): a later leaf's text makes the array text.
        let v = Value::list(vec![Value::int(1), Value::str("a")]);
        let sa = discover(&v, None).expect("holds text").unwrap();
        assert_eq!(sa.dtype_str(), "<U21");
        assert_eq!(&*sa.get_flat(0), "1");
        let v = Value::list(vec![Value::str("a"), Value::None]);
        let e = discover(&v, None).expect("holds text").unwrap_err();
        assert!(e.message.contains("hold only strings"), "{}", e.message);
    }
}
