//! NumPy's object arrays (`dtype=object`) and `np.frompyfunc`, as cumsum
//! lessons use them: a running total of Python ints beyond int64, or a
//! custom running operation, `np.frompyfunc(f, 2, 1).accumulate(x,
//! dtype=object)`. As with string arrays (`strarray.rs`), the objects live
//! in a table shared by every view and the array is an int64 array of codes
//! into it, so shapes, views and indexing are the numeric ones, unchanged.
//! The element loops call back into the interpreter, as NumPy's object
//! loops call Python.

use super::strarray::MOVING_METHODS;
use super::table::{Args, CallArgs, FnDef, Owner, p};
use super::value::{TypeObj, Value};
use super::{Interp, numpy};
use crate::array::layout::normalize_axis;
use crate::array::shape::{broadcast_shapes, broadcast_to};
use crate::array::{Array, DType, Scalar, Ufunc};
use crate::error::{Error, Exc, Result, Span};
use crate::print::PrintOptions;
use crate::syntax::ast::{BinOp, CmpOp};
use num_traits::ToPrimitive;
use std::cell::RefCell;
use std::rc::Rc;

#[derive(Clone, Debug)]
pub struct ObjArray {
    /// int64 codes into `table`, in the array's shape (a view or a copy).
    pub codes: Array,
    pub table: Rc<RefCell<Vec<Value>>>,
}

impl ObjArray {
    /// A C-ordered array of `items` in `shape`.
    pub fn new(items: Vec<Value>, shape: Vec<usize>) -> ObjArray {
        let codes = Array::from_vec((0..items.len() as i64).collect::<Vec<i64>>(), shape);
        ObjArray {
            codes,
            table: Rc::new(RefCell::new(items)),
        }
    }

    /// Another view or selection of the same objects.
    fn with_codes(&self, codes: Array) -> ObjArray {
        ObjArray {
            codes,
            table: self.table.clone(),
        }
    }

    pub fn shape(&self) -> &[usize] {
        self.codes.shape()
    }

    fn size(&self) -> usize {
        self.codes.size()
    }

    fn code(&self, i: usize) -> i64 {
        let Scalar::Int64(code) = self.codes.get_flat(i) else {
            unreachable!("object codes are int64")
        };
        code
    }

    fn get_flat(&self, i: usize) -> Value {
        self.table.borrow()[self.code(i) as usize].clone()
    }

    /// Every element in C order.
    pub(super) fn items(&self) -> Vec<Value> {
        (0..self.size()).map(|i| self.get_flat(i)).collect()
    }

    /// The code of `v`, once stored in this array's table.
    fn intern(&self, v: Value) -> i64 {
        let mut table = self.table.borrow_mut();
        table.push(v);
        table.len() as i64 - 1
    }
}

/// Whether a `dtype=` argument asks for object arrays.
pub fn is_object_dtype(v: &Value) -> bool {
    match v {
        Value::Type(TypeObj::Object) | Value::ObjDType => true,
        Value::Str(s) => matches!(&**s, "O" | "object" | "|O" | "O8"),
        _ => false,
    }
}

/// `np.array(v, dtype=object)`: nested lists and tuples give the shape as
/// far down as they agree in length; what lies below is an element (so a
/// ragged list makes an array of lists). Numeric arrays' elements become
/// Python numbers, as casting to object does.
pub fn from_value(v: &Value) -> Result<ObjArray> {
    from_value_upto(v, crate::array::MAXDIMS)
}

/// `from_value` with lists and tuples read as at most `maxdims` deep, as
/// NumPy's discovery reads a value assigned into `maxdims` dimensions.
fn from_value_upto(v: &Value, maxdims: usize) -> Result<ObjArray> {
    match v {
        Value::ObjArray(o) => Ok(ObjArray::new(o.items(), o.shape().to_vec())),
        Value::Array(a) => Ok(from_numeric(a)),
        Value::StrArray(sa) => Ok(strings_obj(sa)),
        Value::Masked(_) => Err(unsupported("conversion of this array")),
        _ => {
            let mut shape = Vec::new();
            let mut level = vec![v.clone()];
            // NumPy stops at its 64 dimensions (a list holding itself).
            while shape.len() < maxdims
                && let Some(n) = common_length(&level)?
            {
                shape.push(n);
                level = level.iter().flat_map(elements).collect();
            }
            Ok(ObjArray::new(level, shape))
        }
    }
}

/// `a.astype(object)`.
pub fn from_numeric_value(a: &Array) -> Value {
    Value::ObjArray(Box::new(from_numeric(a)))
}

fn from_numeric(a: &Array) -> ObjArray {
    let items = (0..a.size())
        .map(|i| numpy::scalar_to_python(a.get_flat(i)))
        .collect();
    ObjArray::new(items, a.shape().to_vec())
}

fn strings_obj(sa: &super::strarray::StrArray) -> ObjArray {
    let items = (0..sa.size()).map(|i| Value::Str(sa.get_flat(i))).collect();
    ObjArray::new(items, sa.shape().to_vec())
}

/// `a.astype(object)` of a string array: its elements as Python strs.
pub fn from_strings(sa: &super::strarray::StrArray) -> Value {
    Value::ObjArray(Box::new(strings_obj(sa)))
}

/// An operand as NumPy's ufuncs read it, `np.asarray(v)` cast to object:
/// a ragged list is an error, and numbers promote together (`[1, 2.5]`
/// gives 1.0) and arrive as Python numbers. Any other object is a 0-d
/// array of itself.
fn operand(v: &Value) -> Result<ObjArray> {
    if let Value::ObjArray(o) = v {
        return Ok((**o).clone());
    }
    if let Some(found) = discovered(v) {
        return found;
    }
    if let Some(sa) = super::strarray::as_text(v)? {
        return Ok(strings_obj(&sa));
    }
    match v {
        Value::List(_) | Value::Tuple(_) | Value::Range(_) | Value::Array(_) => {
            Ok(from_numeric(&super::to_array(v, None)?))
        }
        Value::Scalar(s) => Ok(ObjArray::new(vec![numpy::scalar_to_python(*s)], vec![])),
        other => Ok(ObjArray::new(vec![other.clone()], vec![])),
    }
}

/// The length every value of a level shares as a sequence, if they all are.
fn common_length(level: &[Value]) -> Result<Option<usize>> {
    let mut common = None;
    for v in level {
        let n = match v {
            Value::List(l) => l.len(),
            Value::Tuple(t) => t.len(),
            Value::Array(a) if a.ndim() > 0 => a.shape()[0],
            Value::ObjArray(o) if !o.shape().is_empty() => o.shape()[0],
            _ => return Ok(None),
        };
        if common.is_some_and(|c| c != n) {
            return Ok(None);
        }
        common = Some(n);
    }
    Ok(common)
}

fn elements(v: &Value) -> Vec<Value> {
    match v {
        Value::List(l) => l.to_vec(),
        Value::Tuple(t) => t.to_vec(),
        Value::Array(a) => outer_items(&from_numeric(a)),
        Value::ObjArray(o) => outer_items(o),
        _ => unreachable!("common_length admits sequences only"),
    }
}

/// The items along the first axis: objects, or object arrays.
fn outer_items(o: &ObjArray) -> Vec<Value> {
    (0..o.shape()[0])
        .map(|i| {
            wrap(
                o,
                numpy::getitem(&Value::Array(o.codes.clone()), &Value::int(i)).unwrap(),
            )
        })
        .collect()
}

/// The object of a one-element array.
pub fn single(o: &ObjArray) -> Option<Value> {
    (o.size() == 1).then(|| o.get_flat(0))
}

/// Iterating an object array: its items along the first axis.
pub fn iterate(o: &ObjArray) -> Result<Vec<Value>> {
    if o.shape().is_empty() {
        return Err(Error::type_error("iteration over a 0-d array"));
    }
    Ok(outer_items(o))
}

/// An indexing result on the codes, back as objects.
pub fn wrap(o: &ObjArray, indexed: Value) -> Value {
    match indexed {
        Value::Array(codes) => Value::ObjArray(Box::new(o.with_codes(codes))),
        Value::Scalar(Scalar::Int64(code)) => o.table.borrow()[code as usize].clone(),
        other => other,
    }
}

/// `o[index] = v`: the value (or each element of it) stored, and its codes
/// written where the index points. One element takes `v` itself, even a
/// list (`PyArray_Pack`); a region takes `v` read only as deep as the region
/// (`PyArray_CopyObject`), so lists below that are elements. A boolean mask
/// reads `v` whole, as NumPy's mask assignment does.
pub fn setitem(o: &ObjArray, index: &Value, v: &Value) -> Result<()> {
    let depth = match numpy::getitem(&Value::Array(o.codes.clone()), index)? {
        Value::Array(_) if is_mask(index) => crate::array::MAXDIMS,
        Value::Array(region) => region.ndim(),
        _ => {
            let code = Value::Scalar(Scalar::Int64(o.intern(v.clone())));
            return numpy::setitem(&o.codes, index, &code);
        }
    };
    let src = from_value_upto(v, depth)?;
    let codes: Vec<i64> = src.items().into_iter().map(|x| o.intern(x)).collect();
    let codes = Value::Array(Array::from_vec(codes, src.shape().to_vec()));
    numpy::setitem(&o.codes, index, &codes)
}

/// The codes of `v` read as an object array (`PyArray_FromAny` with the
/// object dtype: a list's elements, or `v` itself), stored in `o`'s table.
pub fn codes_for(o: &ObjArray, v: &Value) -> Result<Value> {
    let src = from_value(v)?;
    let codes: Vec<i64> = src.items().into_iter().map(|x| o.intern(x)).collect();
    Ok(Value::Array(Array::from_vec(codes, src.shape().to_vec())))
}

fn is_mask(index: &Value) -> bool {
    matches!(index, Value::Array(a) if a.dtype() == DType::Bool)
}

/// How an element reads: its repr, or (`true`) its str.
pub type ItemText<'a> = dyn FnMut(&Value, bool) -> Result<String> + 'a;

/// The element texts of the printer's own values (no session objects).
fn plain(opts: &PrintOptions) -> impl FnMut(&Value, bool) -> Result<String> + '_ {
    move |v, as_str| {
        Ok(if as_str {
            super::repr::str(v, opts)
        } else {
            super::repr::repr(v, opts)
        })
    }
}

/// `_object_format`: each element's repr, a list's marked as one.
fn texts(o: &ObjArray, item: &mut ItemText) -> Result<Vec<String>> {
    o.items()
        .iter()
        .map(|v| match v {
            Value::List(_) => Ok(format!("list({})", item(v, false)?)),
            _ => item(v, false),
        })
        .collect()
}

/// `repr(o)`: `array([1, 'a'], dtype=object)`.
pub fn repr(o: &ObjArray, opts: &PrintOptions) -> String {
    repr_with(o, opts, &mut plain(opts)).expect("plain texts do not fail")
}

/// `repr(o)` with each element's text from `item` (session objects'
/// `__repr__` included).
pub fn repr_with(o: &ObjArray, opts: &PrintOptions, item: &mut ItemText) -> Result<String> {
    let prefix = "array(";
    // An element that is (or shows) this array reads `...` inside it.
    let lst = super::reentry::array_text("array2string", o.codes.address(), "...".into(), || {
        let texts = texts(o, item)?;
        Ok(if o.shape().is_empty() {
            texts[0].clone()
        } else {
            crate::print::array2string_texts(o.shape(), &texts, opts, ", ", prefix, ")")
        })
    })?;
    if o.shape().is_empty() {
        return Ok(format!("array({lst}, dtype=object)"));
    }
    let mut extras = Vec::new();
    if (o.size() == 0 && o.shape() != [0]) || o.size() > opts.threshold {
        extras.push(format!("shape={}", crate::array::shape_repr(o.shape())));
    }
    extras.push("dtype=object".to_string());
    Ok(crate::print::close_repr(prefix, &lst, &extras, opts))
}

/// `str(o)`: `[1 'a']`; a 0-d array prints as its element's str.
pub fn str(o: &ObjArray, opts: &PrintOptions) -> String {
    str_with(o, opts, &mut plain(opts)).expect("plain texts do not fail")
}

pub fn str_with(o: &ObjArray, opts: &PrintOptions, item: &mut ItemText) -> Result<String> {
    let at = o.codes.address();
    if o.shape().is_empty() {
        // `_guarded_repr_or_str` of the element.
        return super::reentry::array_text("array str", at, "...".into(), || {
            item(&o.get_flat(0), true)
        });
    }
    super::reentry::array_text("array2string", at, "...".into(), || {
        let texts = texts(o, item)?;
        Ok(crate::print::array2string_texts(
            o.shape(),
            &texts,
            opts,
            " ",
            "",
            "",
        ))
    })
}

/// Whether some element is one of `pred`'s (a session object).
pub fn any_item(o: &ObjArray, pred: impl Fn(&Value) -> bool) -> bool {
    o.items().iter().any(pred)
}

/// `o.tolist()`: nested lists of the objects themselves.
fn tolist(o: &ObjArray) -> Value {
    fn build(items: &[Value], shape: &[usize]) -> Value {
        match shape.split_first() {
            None => items[0].clone(),
            Some((&n, rest)) => {
                let step: usize = rest.iter().product();
                Value::list((0..n).map(|k| build(&items[k * step..], rest)).collect())
            }
        }
    }
    build(&o.items(), o.shape())
}

/// The refusal for what npcalc's object arrays do not do.
pub fn unsupported(what: &str) -> Error {
    Error::type_error(format!(
        "npcalc's object arrays support indexing, arithmetic and comparisons, frompyfunc \
         ufuncs, cumsum/cumprod/sum/prod, astype and tolist, not {what}"
    ))
}

/// The ndarray methods an object array has besides those that only move
/// elements (`strarray::MOVING_METHODS`, run on the codes).
const OWN: [&str; 7] = [
    "tolist", "astype", "cumsum", "cumprod", "sum", "prod", "item",
];

/// `o.shape`, `o.T`, `o.cumsum`…
pub fn getattr(it: &mut Interp, o: &ObjArray, name: &str) -> Result<Value> {
    match name {
        "shape" | "ndim" | "size" | "T" | "strides" => Ok(wrap(
            o,
            numpy::getattr(it, &Value::Array(o.codes.clone()), name)?,
        )),
        "dtype" => Ok(Value::ObjDType),
        "flat" => Ok(super::flatiter::of(&Value::ObjArray(Box::new(o.clone())))),
        "itemsize" => Ok(Value::int(8)),
        "nbytes" => Ok(Value::int(8 * o.size())),
        _ if MOVING_METHODS.contains(&name) || OWN.contains(&name) => {
            let def = super::catalog::array_methods()
                .find(|f| f.name == name)
                .expect("object arrays' methods are ndarray methods");
            Ok(Value::Method(
                Box::new(Value::ObjArray(Box::new(o.clone()))),
                def,
            ))
        }
        _ if numpy::is_ndarray_member(name) => Err(unsupported(&format!("the .{name} attribute"))),
        _ => Err(Error::attribute_error(format!(
            "'numpy.ndarray' object has no attribute '{name}'"
        ))),
    }
}

/// An ndarray method called on an object array.
pub fn call_method(
    it: &mut Interp,
    o: &ObjArray,
    def: &'static FnDef,
    call: CallArgs,
    span: Span,
) -> Result<Value> {
    let args = super::table::bind(def, Some(Value::Array(o.codes.clone())), call, span)?;
    match def.name {
        "tolist" => Ok(tolist(o)),
        // `o.item()` of a one-element array: its object.
        "item" if o.size() == 1 && matches!(&args.get("args"), Value::Tuple(t) if t.is_empty()) => {
            Ok(o.get_flat(0))
        }
        "astype" => astype(it, o, &args.get("dtype")),
        "cumsum" | "cumprod" | "sum" | "prod" => {
            let (op, ufunc, identity) = if def.name.ends_with("sum") {
                (BinOp::Add, "add", 0)
            } else {
                (BinOp::Mul, "multiply", 1)
            };
            let kind = if def.name.starts_with("cum") {
                Kind::Cumulative
            } else {
                Kind::Reduce { reorderable: true }
            };
            let mut step = |it: &mut Interp, x: Value, y: Value| it.binary(op, &x, &y);
            let start = (ufunc, Start::Identity(Value::int(identity)));
            run_fold(it, o.clone(), &args, kind, start, &mut step)
        }
        name if MOVING_METHODS.contains(&name) => {
            super::strarray::refuse_out(&args, "object")?;
            Ok(wrap(o, (def.imp)(it, &args)?))
        }
        _ => Err(unsupported(&format!("the .{}() method", def.name))),
    }
}

type Step<'a> = dyn FnMut(&mut Interp, Value, Value) -> Result<Value> + 'a;

/// `r[0] = o[0]; r[i] = step(r[i-1], o[i])` along an axis (flattened for
/// None), as NumPy's accumulate loop for objects.
fn accumulate(
    it: &mut Interp,
    o: &ObjArray,
    axis: Option<isize>,
    step: &mut Step,
) -> Result<Value> {
    let (o, ax) = along(o, axis)?;
    let shape = o.shape().to_vec();
    let mut items = o.items();
    let (n, inner) = (shape[ax], shape[ax + 1..].iter().product::<usize>());
    let outer: usize = shape[..ax].iter().product();
    for b in 0..outer {
        for k in 1..n {
            for j in 0..inner {
                let at = (b * n + k) * inner + j;
                let before = items[at - inner].clone();
                items[at] = step(it, before, items[at].clone())?;
            }
        }
    }
    Ok(Value::ObjArray(Box::new(ObjArray::new(items, shape))))
}

/// Where a reduction starts: the ufunc's identity (which only an empty
/// reduction uses), no identity (an empty reduction's error), or the
/// caller's `initial=`, which every fold starts from.
enum Start {
    Identity(Value),
    NoIdentity,
    Initial(Value),
}

/// The fold of `step` over `axes` (None for all), as NumPy's object
/// reduction loop: each result is `step(step(a0, a1), a2)…` in C order of
/// the reduced axes; `keepdims` keeps them with length one.
fn reduce(
    it: &mut Interp,
    o: &ObjArray,
    axes: Option<Vec<usize>>,
    keepdims: bool,
    (name, start): (&str, Start),
    step: &mut Step,
) -> Result<Value> {
    let ndim = o.shape().len();
    let axes = axes.unwrap_or_else(|| (0..ndim).collect());
    let kept: Vec<usize> = (0..ndim).filter(|d| !axes.contains(d)).collect();
    // The kept axes first, then the reduced ones, read in C order.
    let order: Vec<isize> = kept.iter().chain(&axes).map(|&d| d as isize).collect();
    let moved = o.with_codes(crate::array::shape::transpose(&o.codes, Some(&order))?);
    let items = moved.items();
    let n: usize = axes.iter().map(|&d| o.shape()[d]).product();
    let mut out_shape: Vec<usize> = kept.iter().map(|&d| o.shape()[d]).collect();
    if keepdims {
        out_shape = (0..ndim)
            .map(|d| if axes.contains(&d) { 1 } else { o.shape()[d] })
            .collect();
    }
    let outer = items
        .len()
        .checked_div(n)
        .unwrap_or(out_shape.iter().product());
    let mut out = Vec::with_capacity(outer);
    for b in 0..outer {
        let mut run = items[b * n..(b + 1) * n].iter().cloned();
        let first = match &start {
            Start::Initial(v) => Some(v.clone()),
            _ => run.next(),
        };
        let mut acc = match (first, &start) {
            (Some(v), _) => v,
            (None, Start::Identity(v) | Start::Initial(v)) => v.clone(),
            (None, Start::NoIdentity) => {
                return Err(Error::value_error(format!(
                    "zero-size array to reduction operation {name} which has no identity"
                )));
            }
        };
        for x in run {
            acc = step(it, acc, x)?;
        }
        out.push(acc);
    }
    Ok(unwrap0(ObjArray::new(out, out_shape)))
}

/// The array and axis a loop runs along: flattened for None (a C-order copy).
fn along(o: &ObjArray, axis: Option<isize>) -> Result<(ObjArray, usize)> {
    match axis {
        None => Ok((ObjArray::new(o.items(), vec![o.size()]), 0)),
        Some(ax) => Ok((o.clone(), normalize_axis(ax as i64, o.shape().len())?)),
    }
}

/// A 0-d result is its object, as NumPy's ufuncs unwrap it.
fn unwrap0(o: ObjArray) -> Value {
    if o.shape().is_empty() {
        o.get_flat(0)
    } else {
        Value::ObjArray(Box::new(o))
    }
}

/// Broadcasts operands to one shape: their objects, in C order of it.
fn broadcast_items(ops: &[ObjArray]) -> Result<(Vec<usize>, Vec<Vec<Value>>)> {
    let shapes: Vec<&[usize]> = ops.iter().map(|o| o.shape()).collect();
    let shape = broadcast_shapes(&shapes)?;
    let items = ops
        .iter()
        .map(|o| {
            let codes = broadcast_to(&o.codes, &shape).expect("shapes broadcast");
            o.with_codes(codes).items()
        })
        .collect();
    Ok((shape, items))
}

/// `-o`, `abs(o)`…: the operation on each element.
pub fn map(o: &ObjArray, f: &mut dyn FnMut(&Value) -> Result<Value>) -> Result<Value> {
    let out = o.items().iter().map(f).collect::<Result<Vec<_>>>()?;
    Ok(Value::ObjArray(Box::new(ObjArray::new(
        out,
        o.shape().to_vec(),
    ))))
}

/// The object array NumPy's discovery makes of `v` when a leaf is no
/// number nor string (None, a dict…) or an int beyond both int64 and
/// uint64; its error when such a nesting is ragged; None when `v` is no
/// such nesting (nor an object array).
pub fn discovered(v: &Value) -> Option<Result<ObjArray>> {
    // Deeper than NumPy's dimensions (a list holding itself) is the numeric
    // discovery's error to give.
    fn object_leaf(v: &Value, depth: usize) -> bool {
        if depth > crate::array::MAXDIMS {
            return false;
        }
        match v {
            // A packed list holds only 64-bit ints or floats.
            Value::List(l) => {
                l.packed_items().is_none() && l.iter().any(|x| object_leaf(&x, depth + 1))
            }
            Value::Tuple(t) => t.iter().any(|x| object_leaf(x, depth + 1)),
            Value::Int(i) => i.to_i64().is_none() && i.to_u64().is_none(),
            Value::Bool(_)
            | Value::ReFlag(_)
            | Value::Float(_)
            | Value::Complex(_)
            | Value::Str(_)
            | Value::NpStr(_)
            | Value::Scalar(_)
            | Value::Array(_)
            | Value::Range(_) => false,
            _ => true,
        }
    }
    match v {
        Value::ObjArray(o) => Some(Ok((**o).clone())),
        Value::List(_) | Value::Tuple(_) if object_leaf(v, 0) => {
            Some(from_value(v).and_then(|o| {
                if o.items().iter().any(is_sequence) {
                    let depth = o.shape().len();
                    Err(super::convert::inhomogeneous(depth, o.shape()))
                } else {
                    Ok(o)
                }
            }))
        }
        _ => None,
    }
}

fn is_sequence(v: &Value) -> bool {
    matches!(
        v,
        Value::List(_) | Value::Tuple(_) | Value::Array(_) | Value::ObjArray(_)
    )
}

/// Whether a NumPy call is over objects: its array is an object array or
/// discovered as one, or it asks for `dtype=object`.
/// For a fold (`np.cumsum`, `np.add.accumulate`…) a list NumPy discovers
/// as objects counts too; other functions read lists as numbers or shapes.
pub fn in_call(call: &CallArgs, fold: bool) -> bool {
    match call.positional.first() {
        Some((Value::ObjArray(_), _)) => true,
        Some((v, _)) if fold && discovered(v).is_some() => true,
        _ => asks_object(call),
    }
}

/// Whether a call has `dtype=object`.
pub fn asks_object(call: &CallArgs) -> bool {
    call.keywords
        .iter()
        .any(|(k, v, _)| k == "dtype" && is_object_dtype(v))
}

/// `o.dtype.name`…: the object dtype's attributes.
pub fn dtype_attr(name: &str) -> Result<Value> {
    Ok(match name {
        "name" => Value::str("object"),
        "kind" | "char" => Value::str("O"),
        "str" => Value::str("|O"),
        "itemsize" => Value::int(8),
        "type" => Value::Type(TypeObj::Object),
        _ => {
            return Err(Error::attribute_error(format!(
                "'numpy.dtypes.ObjectDType' object has no attribute '{name}'"
            )));
        }
    })
}

/// Whether an operation involves an object array.
pub fn involved(a: &Value, b: &Value) -> bool {
    matches!(a, Value::ObjArray(_)) || matches!(b, Value::ObjArray(_))
}

/// `o + x`, `o * 2`…: the Python operator on each pair of elements.
pub fn binary(it: &mut Interp, op: BinOp, a: &Value, b: &Value) -> Result<Value> {
    // `@` is a matrix product, not an element-wise operator.
    if op == BinOp::MatMul {
        return Err(unsupported("the @ operator"));
    }
    let (shape, items) = broadcast_items(&[operand(a)?, operand(b)?])?;
    let out = items[0]
        .iter()
        .zip(&items[1])
        .map(|(x, y)| it.binary(op, x, y))
        .collect::<Result<Vec<_>>>()?;
    Ok(unwrap0(ObjArray::new(out, shape)))
}

/// `o += x`…: `np.add(o, x, out=o)`, the results written into `o`'s own
/// elements, so every view of them sees the change.
pub fn binary_inplace(it: &mut Interp, op: BinOp, o: &ObjArray, rhs: &Value) -> Result<()> {
    if op == BinOp::MatMul {
        return Err(unsupported("the @ operator"));
    }
    let (shape, items) = broadcast_items(&[o.clone(), operand(rhs)?])?;
    if shape != o.shape() {
        return Err(Error::value_error(format!(
            "non-broadcastable output operand with shape {} doesn't match the broadcast shape {}",
            crate::array::compact_shape_repr(o.shape()),
            crate::array::compact_shape_repr(&shape)
        )));
    }
    // NumPy's loop writes each result as it goes: an error leaves the
    // elements before it changed.
    let mut codes: Vec<i64> = (0..o.size()).map(|k| o.code(k)).collect();
    let mut done = Ok(());
    for (k, (x, y)) in items[0].iter().zip(&items[1]).enumerate() {
        match it.binary(op, x, y) {
            Ok(r) => codes[k] = o.intern(r),
            Err(e) => {
                done = Err(e);
                break;
            }
        }
    }
    let codes = Value::Array(Array::from_vec(codes, shape));
    numpy::setitem(&o.codes, &Value::Ellipsis, &codes)?;
    done
}

/// `o > 1`…: Python's comparison of each pair, as a bool array.
pub fn compare(it: &mut Interp, op: CmpOp, a: &Value, b: &Value) -> Result<Value> {
    let (shape, items) = broadcast_items(&[operand(a)?, operand(b)?])?;
    let out = items[0]
        .iter()
        .zip(&items[1])
        // PyObject_RichCompare's recursion check: an array holding itself
        // ends in RecursionError.
        .map(|(x, y)| {
            let r = super::reentry::comparison(|| it.compare(op, x, y))?;
            super::pyops::truthy(&r)
        })
        .collect::<Result<Vec<bool>>>()?;
    Ok(numpy::unwrap0(Array::from_vec(out, shape)))
}

/// `np.frompyfunc(func, nin, nout)`: a ufunc over objects.
#[derive(Debug)]
pub struct PyUfunc {
    func: Value,
    nin: usize,
    nout: usize,
    name: String,
}

/// `<ufunc 'f (vectorized)'>`.
pub fn ufunc_repr(u: &PyUfunc) -> String {
    format!("<ufunc '{}'>", u.name)
}

/// NumPy's `NPY_MAXARGS`: a ufunc's inputs and outputs together.
const MAXARGS: usize = 64;

pub static FROMPYFUNC: &[FnDef] = &[FnDef {
    name: "frompyfunc",
    owner: Owner::NumpyArgs,
    error_name: None,
    params: &[
        p!(PositionalOnly "func", "A Python function."),
        p!(Normal "nin", "How many arguments it takes."),
        p!(Normal "nout", "How many results it returns (a tuple when more than one)."),
        p!(KeywordOnly "identity" = "None", "Not supported by npcalc."),
    ],
    doc: "A ufunc that calls func on Python objects and answers object arrays; its accumulate is a custom running operation.",
    examples: &["np.frompyfunc(lambda x, y: x + 2 * y, 2, 1).accumulate([1, 2, 3], dtype=object)"],
    imp: frompyfunc,
}];

fn frompyfunc(it: &mut Interp, args: &Args) -> Result<Value> {
    if args.given("identity") {
        return Err(Error::new(
            Exc::NotImplementedError,
            "npcalc's frompyfunc does not support identity=",
        )
        .at(args.span("identity")));
    }
    let func = args.get("func");
    if !super::classes::is_callable(&func) {
        return Err(Error::type_error("function must be callable").at(args.span("func")));
    }
    let count = |name: &str| -> Result<usize> {
        let n = super::to_index(&args.get(name)).map_err(|e| e.at(args.span(name)))?;
        usize::try_from(n).map_err(|_| {
            Error::new(
                Exc::NotImplementedError,
                format!("npcalc's frompyfunc needs a non-negative {name}"),
            )
            .at(args.span(name))
        })
    };
    let (nin, nout) = (count("nin")?, count("nout")?);
    if nin + nout > MAXARGS {
        return Err(Error::value_error(format!(
            "Cannot construct a ufunc with more than {} operands (requested number were: inputs = {nin} and outputs = {nout})",
            MAXARGS
        ))
        .at(args.call_span));
    }
    if nin == 0 || nout == 0 {
        return Err(Error::new(
            Exc::NotImplementedError,
            "npcalc's frompyfunc needs at least one input and one output",
        )
        .at(args.call_span));
    }
    // ufunc_frompyfunc: the function's __name__, or "?".
    let name = match it.getattr(&func, "__name__") {
        Ok(Value::Str(n)) => format!("{n} (vectorized)"),
        _ => "? (vectorized)".to_string(),
    };
    Ok(Value::PyUfunc(Rc::new(PyUfunc {
        func,
        nin,
        nout,
        name,
    })))
}

/// `u.nin`, `u.accumulate`…
pub fn ufunc_attr(u: &Rc<PyUfunc>, name: &str) -> Result<Value> {
    Ok(match name {
        "nin" => Value::int(u.nin),
        "nout" => Value::int(u.nout),
        "nargs" => Value::int(u.nin + u.nout),
        "__name__" => Value::str(&u.name),
        "identity" => Value::None,
        "ntypes" => Value::int(1),
        "accumulate" | "reduce" => Value::Method(
            Box::new(Value::PyUfunc(u.clone())),
            PYUFUNC_METHODS
                .iter()
                .find(|f| f.name == name)
                .expect("listed"),
        ),
        _ => {
            return Err(Error::attribute_error(format!(
                "'numpy.ufunc' object has no attribute '{name}'"
            )));
        }
    })
}

/// Calling the ufunc: func on each broadcast set of elements.
pub fn call(it: &mut Interp, u: &PyUfunc, call: CallArgs, span: Span) -> Result<Value> {
    if let Some((name, _, s)) = call.keywords.first() {
        return Err(Error::new(
            Exc::NotImplementedError,
            format!("npcalc's frompyfunc ufuncs take no keyword arguments ({name}=)"),
        )
        .at(*s));
    }
    let given = call.positional.len();
    // Positions past the inputs are out arrays, as for every ufunc.
    if given > u.nin && given <= u.nin + u.nout {
        let (_, s) = &call.positional[u.nin];
        let arrays = call.positional[u.nin..]
            .iter()
            .all(|(v, _)| matches!(v, Value::Array(_) | Value::ObjArray(_)));
        return Err(if arrays {
            Error::new(
                Exc::NotImplementedError,
                "npcalc's frompyfunc ufuncs take no out arrays",
            )
        } else {
            Error::type_error("return arrays must be of ArrayType")
        }
        .at(*s));
    }
    if given != u.nin {
        return Err(Error::type_error(format!(
            "{}() takes from {} to {} positional arguments but {given} {} given",
            u.name,
            u.nin,
            u.nin + u.nout,
            if given == 1 { "was" } else { "were" }
        ))
        .at(span));
    }
    let ops = call
        .positional
        .iter()
        .map(|(v, s)| operand(v).map_err(|e| e.at(*s)))
        .collect::<Result<Vec<_>>>()?;
    let (shape, items) = broadcast_items(&ops)?;
    let size: usize = shape.iter().product();
    // NumPy's outputs start as None; `PyUFunc_On_Om` stops, silently, at
    // the first call that does not return a tuple of nout values.
    let mut outs: Vec<Vec<Value>> = vec![vec![Value::None; size]; u.nout];
    for k in 0..size {
        let positional = items.iter().map(|col| (col[k].clone(), span)).collect();
        let r = it.call(
            &u.func,
            CallArgs {
                positional,
                keywords: vec![],
            },
            span,
        )?;
        match r {
            r if u.nout == 1 => outs[0][k] = r,
            Value::Tuple(parts) | Value::NamedTuple(_, parts) if parts.len() == u.nout => {
                for (out, x) in outs.iter_mut().zip(parts.iter()) {
                    out[k] = x.clone();
                }
            }
            _ => break,
        }
    }
    let mut results: Vec<Value> = outs
        .into_iter()
        .map(|items| unwrap0(ObjArray::new(items, shape.clone())))
        .collect();
    Ok(if u.nout == 1 {
        results.remove(0)
    } else {
        Value::tuple(results)
    })
}

pub static PYUFUNC_METHODS: &[FnDef] = &[
    FnDef {
        name: "accumulate",
        owner: Owner::Ufunc,
        error_name: None,
        params: &[
            p!(Normal "array", "Input."),
            p!(Normal "axis" = "0", "The axis to accumulate along."),
            p!(Normal "dtype" = "None", "Only object."),
            p!(Normal "out" = "None", "Not supported by npcalc."),
        ],
        doc: "The running result of the function along an axis: r[0] = a[0], r[i] = f(r[i-1], a[i]).",
        examples: &[
            "np.frompyfunc(lambda x, y: x + 2 * y, 2, 1).accumulate([1, 2, 3], dtype=object)",
        ],
        imp: |it, args| fold(it, args, true),
    },
    FnDef {
        name: "reduce",
        owner: Owner::Ufunc,
        error_name: None,
        params: &[
            p!(Normal "array", "Input."),
            p!(Normal "axis" = "0", "The axis to reduce; None reduces all."),
            p!(Normal "dtype" = "None", "Only object."),
            p!(Normal "out" = "None", "Not supported by npcalc."),
            p!(Normal "keepdims" = "False", "Keep the reduced axis with length one."),
            p!(Normal "initial" = "<no value>", "The value the fold starts from."),
            p!(Normal "where" = "True", "Only True."),
        ],
        doc: "The function folded along an axis: f(f(a[0], a[1]), a[2])…",
        examples: &["np.frompyfunc(max, 2, 1).reduce([3, 7, 2])"],
        imp: |it, args| fold(it, args, false),
    },
];

fn fold(it: &mut Interp, args: &Args, running: bool) -> Result<Value> {
    let Value::PyUfunc(u) = args.this().clone() else {
        unreachable!("bound to a frompyfunc ufunc")
    };
    let what = if running { "accumulate" } else { "reduce" };
    if u.nin != 2 {
        return Err(Error::value_error(format!(
            "{what} only supported for binary functions"
        )));
    }
    if u.nout != 1 {
        return Err(Error::value_error(format!(
            "{what} only supported for functions returning a single value"
        )));
    }
    let o = operand(&args.get("array")).map_err(|e| e.at(args.span("array")))?;
    let span = args.call_span;
    let mut step = |it: &mut Interp, x: Value, y: Value| {
        it.call(
            &u.func,
            CallArgs {
                positional: vec![(x, span), (y, span)],
                keywords: vec![],
            },
            span,
        )
    };
    let kind = if running {
        Kind::Accumulate
    } else {
        Kind::Reduce { reorderable: false }
    };
    run_fold(it, o, args, kind, (&u.name, Start::NoIdentity), &mut step)
}

/// Which of NumPy's folds: `ufunc.accumulate` (one axis), `cumsum` and
/// `cumprod` (one axis, None flattening), or a reduction (`ufunc.reduce`,
/// `sum`; several axes only for a reorderable ufunc, as frompyfunc's are not).
#[derive(Clone, Copy)]
enum Kind {
    Accumulate,
    Cumulative,
    Reduce { reorderable: bool },
}

/// A fold over objects from its bound arguments: `axis`, and for
/// reductions `keepdims` and `initial` (None there means no identity, as
/// for NumPy's object loops); `out=`, `where=` and a numeric `dtype=` are
/// not npcalc's.
fn run_fold(
    it: &mut Interp,
    o: ObjArray,
    args: &Args,
    kind: Kind,
    (ufunc, start): (&str, Start),
    step: &mut Step,
) -> Result<Value> {
    for name in ["out", "dtype", "where"] {
        let v = args.get(name);
        let fine = match name {
            "dtype" => matches!(v, Value::None) || is_object_dtype(&v),
            "where" => !args.given(name) || matches!(v, Value::Bool(true)),
            _ => matches!(v, Value::None),
        };
        if !fine {
            let what = if name == "dtype" {
                "a numeric dtype"
            } else {
                name
            };
            return Err(unsupported(&format!("{what}= in their folds")).at(args.span(name)));
        }
    }
    let ndim = o.shape().len();
    let reorderable = match kind {
        Kind::Accumulate => {
            if ndim == 0 {
                return Err(Error::type_error("cannot accumulate on a scalar"));
            }
            let axes =
                super::selection::axes_arg(args, ndim)?.unwrap_or_else(|| (0..ndim).collect());
            let [ax] = axes[..] else {
                return Err(Error::value_error(
                    "accumulate does not allow multiple axes",
                ));
            };
            return accumulate(it, &o, Some(ax as isize), step);
        }
        // cumsum reads a 0-d array as 1-D (`PyArray_CheckAxis`).
        Kind::Cumulative => {
            let o = if ndim == 0 {
                ObjArray::new(o.items(), vec![1])
            } else {
                o
            };
            return accumulate(it, &o, numpy::arg_axis(args, "axis")?, step);
        }
        Kind::Reduce { reorderable } => reorderable,
    };
    let start = match args.get("initial") {
        _ if !args.given("initial") => start,
        Value::None => Start::NoIdentity,
        v => Start::Initial(v),
    };
    let keepdims = super::pyops::truthy(&args.get("keepdims"))?;
    if ndim == 0 {
        let x = o.get_flat(0);
        return match start {
            Start::Initial(v) => step(it, v, x),
            _ => Ok(x),
        };
    }
    let axes = super::selection::axes_arg(args, ndim)?;
    if !reorderable && axes.as_ref().map_or(ndim, Vec::len) > 1 {
        return Err(Error::value_error(format!(
            "reduction operation '{ufunc}' is not reorderable, so at most one axis may be specified"
        )));
    }
    reduce(it, &o, axes, keepdims, (ufunc, start), step)
}

/// `np.array(v, dtype=object)`, and `np.array`/`np.asarray` of an object
/// array (`copy`: whether `np.array` copies it); None when neither.
pub fn array_call(it: &mut Interp, args: &Args, input: &str, copy: bool) -> Option<Result<Value>> {
    let (v, dtype) = (args.get(input), args.get("dtype"));
    if is_object_dtype(&dtype) {
        return Some(match &v {
            Value::ObjArray(_) if !copy => Ok(v.clone()),
            _ => from_value(&v).map(|o| Value::ObjArray(Box::new(o))),
        });
    }
    if matches!(dtype, Value::None)
        && !matches!(v, Value::ObjArray(_))
        && let Some(found) = discovered(&v)
    {
        return Some(found.map(|o| Value::ObjArray(Box::new(o))));
    }
    let Value::ObjArray(o) = &v else {
        return None;
    };
    if matches!(dtype, Value::None) {
        return Some(if copy {
            from_value(&v).map(|o| Value::ObjArray(Box::new(o)))
        } else {
            Ok(v.clone())
        });
    }
    Some(astype(it, o, &dtype))
}

/// `o.astype(dtype)`: object to object copies; to a numeric dtype, each
/// element converted as `np.array(list, dtype)` converts it.
fn astype(_: &mut Interp, o: &ObjArray, dtype: &Value) -> Result<Value> {
    if is_object_dtype(dtype) {
        return Ok(Value::ObjArray(Box::new(ObjArray::new(
            o.items(),
            o.shape().to_vec(),
        ))));
    }
    let dtype = super::convert::to_dtype(dtype)?.unwrap_or(DType::Float64);
    let flat = super::to_array(&Value::list(o.items()), Some(dtype))?;
    let dims: Vec<isize> = o.shape().iter().map(|&n| n as isize).collect();
    Ok(Value::Array(crate::array::shape::reshape(&flat, &dims)?))
}

/// NumPy's array builders, which make object arrays when asked.
pub const BUILDERS: [&str; 5] = ["arange", "zeros", "ones", "full", "empty"];

/// `np.arange(1, 30, dtype=object)`, `np.zeros(3, dtype=object)`…: the
/// numbers the builder makes without the dtype, as Python objects (an
/// object `empty` holds None).
pub fn build(
    it: &mut Interp,
    def: &'static FnDef,
    mut call: CallArgs,
    span: Span,
) -> Result<Value> {
    call.keywords.retain(|(k, _, _)| k != "dtype");
    if def.name == "arange" {
        let args = super::table::bind(def, None, call, span)?;
        return arange(it, &args).map_err(|e| e.at(span));
    }
    // `full` fills as `np.copyto` does: the value read as `np.asarray`
    // reads it, then broadcast; the array's shape comes from a numeric fill.
    let mut fill_value = None;
    if def.name == "full" {
        let slot = match call.positional.get_mut(1) {
            Some((v, s)) => Some((v, *s)),
            None => call
                .keywords
                .iter_mut()
                .find(|(k, _, _)| k == "fill_value")
                .map(|(_, v, s)| (v, *s)),
        };
        if let Some((v, s)) = slot {
            fill_value = Some((std::mem::replace(v, Value::int(0)), s));
        }
    }
    let made = it.call(&Value::Function(def), call, span)?;
    let shape = from_value(&made)?.shape().to_vec();
    // NumPy fills an object array with the ints 0 or 1, or None.
    let fill = match def.name {
        "zeros" => Value::int(0),
        "ones" => Value::int(1),
        _ => Value::None,
    };
    let size = shape.iter().product();
    let o = ObjArray::new(vec![fill; size], shape);
    if let Some((v, s)) = fill_value {
        let src = operand(&v).map_err(|e| e.at(s))?;
        let codes: Vec<i64> = src.items().into_iter().map(|x| o.intern(x)).collect();
        // `PyArray_AssignArray` drops the value's extra leading unit axes.
        let extra = src.shape().len().saturating_sub(o.shape().len());
        let dims = match src.shape().split_at(extra) {
            (lead, rest) if lead.iter().all(|&n| n == 1) => rest.to_vec(),
            _ => src.shape().to_vec(),
        };
        let codes = Value::Array(Array::from_vec(codes, dims));
        numpy::setitem(&o.codes, &Value::Ellipsis, &codes).map_err(|e| e.at(span))?;
    }
    Ok(Value::ObjArray(Box::new(o)))
}

/// `ceil((stop - start) / step)` as a length, at least 0.
fn arange_length(it: &mut Interp, start: &Value, stop: &Value, step: &Value) -> Result<usize> {
    let zero = Value::int(0);
    let span = it.binary(BinOp::Sub, stop, start)?;
    let moves = super::pyops::truthy(&it.compare(CmpOp::Ne, &span, &zero)?)?;
    let ratio = it.binary(BinOp::Div, &span, step)?;
    let vanishes = super::pyops::truthy(&it.compare(CmpOp::Eq, &ratio, &zero)?)?;
    let value = super::math::real(&ratio)?;
    // A ratio that underflowed to zero still makes one element, or none
    // when it is negative.
    if vanishes && moves {
        return Ok(usize::from(!value.is_sign_negative()));
    }
    let ceil = value.ceil();
    if ceil.is_nan() {
        return Err(Error::value_error("arange: cannot compute length"));
    }
    if !(ceil >= i64::MIN as f64 && ceil <= i64::MAX as f64) {
        return Err(Error::overflow_error(
            "arange: overflow while computing length",
        ));
    }
    Ok(ceil.max(0.0) as usize)
}

/// `np.arange(start, stop, step, dtype=object)`: `PyArray_ArangeObj` with
/// Python arithmetic. The length is `ceil((stop - start) / step)`; the first
/// two elements are `start` and `start + step`, and each later one adds
/// their difference to the one before (`OBJECT_fill`).
fn arange(it: &mut Interp, args: &Args) -> Result<Value> {
    let (mut start, mut stop, mut step) = (args.get("start"), args.get("stop"), args.get("step"));
    if matches!(step, Value::None) {
        step = Value::int(1);
    }
    if matches!(stop, Value::None) {
        stop = std::mem::replace(&mut start, Value::int(0));
    }
    if matches!(stop, Value::None) {
        return Err(Error::type_error("arange() requires stop to be specified."));
    }
    // `_calc_length`; its OverflowErrors read as NumPy's size error.
    let len = arange_length(it, &start, &stop, &step).map_err(|e| {
        if e.class == Exc::OverflowError {
            Error::value_error("Maximum allowed size exceeded")
        } else {
            e
        }
    })?;
    let mut items: Vec<Value> = Vec::new();
    if items.try_reserve_exact(len).is_err() || len > isize::MAX as usize / 8 {
        return Err(Error::new(
            Exc::ArrayMemoryError,
            format!("Unable to allocate an object array of {len} elements"),
        ));
    }
    if len > 0 {
        items.push(start.clone());
    }
    if len > 1 {
        let second = it.binary(BinOp::Add, &start, &step)?;
        let delta = it.binary(BinOp::Sub, &second, &start)?;
        let mut at = it.binary(BinOp::Add, &start, &delta)?;
        items.push(second);
        for _ in 2..len {
            crate::array::signals::check_interrupt()?;
            at = it.binary(BinOp::Add, &at, &delta)?;
            items.push(at.clone());
        }
    }
    Ok(Value::ObjArray(Box::new(ObjArray::new(items, vec![len]))))
}

/// `np.cumsum(o)`, `np.add.accumulate(o)`…: NumPy's own functions and
/// ufunc methods over object arrays, by the Python operator.
pub fn numpy_call(
    it: &mut Interp,
    def: &'static FnDef,
    ufunc: Option<Ufunc>,
    call: CallArgs,
    span: Span,
) -> Result<Value> {
    // NumPy's object loops: Python's operator, or npy_ObjectMax/Min
    // (the first operand when it compares >= / <= to the second).
    let (op, keep_first) = match (def.name, ufunc) {
        ("cumsum" | "sum", None) | (_, Some(Ufunc::Add)) => (Some(BinOp::Add), None),
        ("cumprod" | "prod", None) | (_, Some(Ufunc::Multiply)) => (Some(BinOp::Mul), None),
        (_, Some(Ufunc::Subtract)) => (Some(BinOp::Sub), None),
        (_, Some(Ufunc::Maximum)) => (None, Some(CmpOp::Ge)),
        (_, Some(Ufunc::Minimum)) => (None, Some(CmpOp::Le)),
        _ => return Err(unsupported(&qualified(def, ufunc))),
    };
    let this = ufunc.map(Value::Ufunc);
    let args = super::table::bind(def, this, call, span)?;
    let first = ["a", "array"]
        .into_iter()
        .find(|n| def.params.iter().any(|p| p.name == *n))
        .expect("the function takes an array");
    let v = args.get(first);
    let o = operand(&v)?;
    let kind = match (def.name, ufunc) {
        ("accumulate", _) => Kind::Accumulate,
        ("cumsum" | "cumprod", _) => Kind::Cumulative,
        _ => Kind::Reduce { reorderable: true },
    };
    let start = match (op, ufunc) {
        (Some(BinOp::Add), _) => ("add", Start::Identity(Value::int(0))),
        (Some(BinOp::Mul), _) => ("multiply", Start::Identity(Value::int(1))),
        (_, Some(u)) => (u.name(), Start::NoIdentity),
        (_, None) => (def.name, Start::NoIdentity),
    };
    let mut step = |it: &mut Interp, x: Value, y: Value| match (op, keep_first) {
        (Some(op), _) => it.binary(op, &x, &y),
        (None, Some(cmp)) => {
            // PyObject_RichCompareBool: an object compares equal to itself.
            let first = super::identical(&x, &y) || {
                let c = it.compare(cmp, &x, &y)?;
                it.truthy(&c)?
            };
            Ok(if first { x } else { y })
        }
        (None, None) => unreachable!("an operator or a comparison"),
    };
    run_fold(it, o, &args, kind, start, &mut step)
}

fn qualified(def: &FnDef, ufunc: Option<Ufunc>) -> String {
    match ufunc {
        Some(u) => format!("np.{}.{}", u.name(), def.name),
        None => format!("np.{}", def.name),
    }
}
