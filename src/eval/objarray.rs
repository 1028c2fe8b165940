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

    fn get_flat(&self, i: usize) -> Value {
        let Scalar::Int64(code) = self.codes.get_flat(i) else {
            unreachable!("object codes are int64")
        };
        self.table.borrow()[code as usize].clone()
    }

    /// Every element in C order.
    fn items(&self) -> Vec<Value> {
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
    match v {
        Value::ObjArray(o) => Ok(ObjArray::new(o.items(), o.shape().to_vec())),
        Value::Array(a) => Ok(from_numeric(a)),
        Value::StrArray(_) | Value::Masked(_) => Err(unsupported("conversion of this array")),
        _ => {
            let mut shape = Vec::new();
            let mut level = vec![v.clone()];
            // NumPy stops at its 64 dimensions (a list holding itself).
            while shape.len() < crate::array::MAXDIMS
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
/// written where the index points.
pub fn setitem(o: &ObjArray, index: &Value, v: &Value) -> Result<()> {
    let codes = match v {
        Value::List(_) | Value::Tuple(_) | Value::Array(_) | Value::ObjArray(_) => {
            let src = from_value(v)?;
            let codes: Vec<i64> = src.items().into_iter().map(|x| o.intern(x)).collect();
            Value::Array(Array::from_vec(codes, src.shape().to_vec()))
        }
        other => Value::Scalar(Scalar::Int64(o.intern(other.clone()))),
    };
    numpy::setitem(&o.codes, index, &codes)
}

/// `_object_format`: each element's repr, a list's marked as one.
fn texts(o: &ObjArray, opts: &PrintOptions) -> Vec<String> {
    o.items()
        .iter()
        .map(|v| match v {
            Value::List(_) => format!("list({})", super::repr::repr(v, opts)),
            _ => super::repr::repr(v, opts),
        })
        .collect()
}

/// `repr(o)`: `array([1, 'a'], dtype=object)`.
pub fn repr(o: &ObjArray, opts: &PrintOptions) -> String {
    let prefix = "array(";
    if o.shape().is_empty() {
        return format!("array({}, dtype=object)", texts(o, opts)[0]);
    }
    let lst = crate::print::array2string_texts(o.shape(), &texts(o, opts), opts, ", ", prefix, ")");
    let mut extras = Vec::new();
    if (o.size() == 0 && o.shape() != [0]) || o.size() > opts.threshold {
        extras.push(format!("shape={}", crate::array::shape_repr(o.shape())));
    }
    extras.push("dtype=object".to_string());
    crate::print::close_repr(prefix, &lst, &extras, opts)
}

/// `str(o)`: `[1 'a']`; a 0-d array prints as its element's str.
pub fn str(o: &ObjArray, opts: &PrintOptions) -> String {
    if o.shape().is_empty() {
        return super::repr::str(&o.get_flat(0), opts);
    }
    crate::print::array2string_texts(o.shape(), &texts(o, opts), opts, " ", "", "")
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
            let op = if def.name.ends_with("sum") {
                BinOp::Add
            } else {
                BinOp::Mul
            };
            let axis = numpy::arg_axis(&args, "axis")?;
            if def.name.starts_with("cum") {
                accumulate(it, o, axis, &mut |it, x, y| it.binary(op, &x, &y))
            } else {
                let identity = Value::int(if op == BinOp::Add { 0 } else { 1 });
                reduce(it, o, axis, Empty::Identity(identity), &mut |it, x, y| {
                    it.binary(op, &x, &y)
                })
            }
        }
        name if MOVING_METHODS.contains(&name) => Ok(wrap(o, (def.imp)(it, &args)?)),
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

/// What a reduction of nothing gives: the ufunc's identity, or for its
/// name the error.
enum Empty<'a> {
    Identity(Value),
    NoIdentity(&'a str),
}

/// The last step of `accumulate`: the axis folded away.
fn reduce(
    it: &mut Interp,
    o: &ObjArray,
    axis: Option<isize>,
    empty: Empty,
    step: &mut Step,
) -> Result<Value> {
    let (o, ax) = along(o, axis)?;
    let shape = o.shape().to_vec();
    let (n, inner) = (shape[ax], shape[ax + 1..].iter().product::<usize>());
    if n == 0 {
        let mut out_shape = shape.clone();
        out_shape.remove(ax);
        return match empty {
            Empty::Identity(v) => {
                let size = out_shape.iter().product();
                Ok(unwrap0(ObjArray::new(vec![v; size], out_shape)))
            }
            Empty::NoIdentity(name) => Err(Error::value_error(format!(
                "zero-size array to reduction operation {name} which has no identity"
            ))),
        };
    }
    let Value::ObjArray(acc) = accumulate(it, &o, Some(ax as isize), step)? else {
        unreachable!("accumulate gives an object array")
    };
    let items = acc.items();
    let outer: usize = shape[..ax].iter().product();
    let last: Vec<Value> = (0..outer)
        .flat_map(|b| (0..inner).map(move |j| (b * n + n - 1) * inner + j))
        .map(|at| items[at].clone())
        .collect();
    let mut out_shape = shape.clone();
    out_shape.remove(ax);
    Ok(unwrap0(ObjArray::new(last, out_shape)))
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
    let (shape, items) = broadcast_items(&[from_value(a)?, from_value(b)?])?;
    let out = items[0]
        .iter()
        .zip(&items[1])
        .map(|(x, y)| it.binary(op, x, y))
        .collect::<Result<Vec<_>>>()?;
    Ok(unwrap0(ObjArray::new(out, shape)))
}

/// `o > 1`…: Python's comparison of each pair, as a bool array.
pub fn compare(it: &mut Interp, op: CmpOp, a: &Value, b: &Value) -> Result<Value> {
    let (shape, items) = broadcast_items(&[from_value(a)?, from_value(b)?])?;
    let out = items[0]
        .iter()
        .zip(&items[1])
        .map(|(x, y)| super::pyops::truthy(&it.compare(op, x, y)?))
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

pub static FROMPYFUNC: &[FnDef] = &[FnDef {
    name: "frompyfunc",
    owner: Owner::NumpyC,
    error_name: None,
    params: &[
        p!(Normal "func", "A Python function."),
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
        .map(|(v, s)| from_value(v).map_err(|e| e.at(*s)))
        .collect::<Result<Vec<_>>>()?;
    let (shape, items) = broadcast_items(&ops)?;
    let size: usize = shape.iter().product();
    let mut outs: Vec<Vec<Value>> = vec![Vec::with_capacity(size); u.nout];
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
        if u.nout == 1 {
            outs[0].push(r);
            continue;
        }
        let parts = it.iterate(&r)?;
        if parts.len() != u.nout {
            return Err(Error::value_error(format!(
                "invalid number of returned values: expected {}, got {}",
                u.nout,
                parts.len()
            )));
        }
        for (out, x) in outs.iter_mut().zip(parts) {
            out.push(x);
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
    if !matches!(args.get("out"), Value::None) {
        return Err(Error::new(
            Exc::NotImplementedError,
            format!("npcalc's frompyfunc {what} does not support out="),
        )
        .at(args.span("out")));
    }
    let d = args.get("dtype");
    if !matches!(d, Value::None) && !is_object_dtype(&d) {
        return Err(Error::new(
            Exc::NotImplementedError,
            format!("npcalc's frompyfunc {what} computes in dtype=object only"),
        )
        .at(args.span("dtype")));
    }
    let o = from_value(&args.get("array")).map_err(|e| e.at(args.span("array")))?;
    if o.shape().is_empty() {
        return Err(Error::type_error(format!("cannot {what} on a scalar")));
    }
    let axis = one_axis(&o, numpy::arg_axis(args, "axis")?, running, &u.name)?;
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
    if running {
        accumulate(it, &o, axis, &mut step)
    } else {
        reduce(it, &o, axis, Empty::NoIdentity(&u.name), &mut step)
    }
}

/// A ufunc method's axis: None means every axis, which only a 1-D array
/// has just one of (NumPy's errors for more).
fn one_axis(o: &ObjArray, axis: Option<isize>, running: bool, name: &str) -> Result<Option<isize>> {
    if axis.is_some() || o.shape().len() == 1 {
        return Ok(axis.or(Some(0)));
    }
    Err(Error::value_error(if running {
        "accumulate does not allow multiple axes".to_string()
    } else {
        format!(
            "reduction operation '{name}' is not reorderable, so at most one axis may be specified"
        )
    }))
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
    let made = it.call(&Value::Function(def), call, span)?;
    let o = from_value(&made)?;
    // NumPy fills an object array with the ints 0 or 1, or None.
    let fill = match def.name {
        "zeros" => Value::int(0),
        "ones" => Value::int(1),
        "empty" => Value::None,
        _ => return Ok(Value::ObjArray(Box::new(o))),
    };
    let items = vec![fill; o.size()];
    Ok(Value::ObjArray(Box::new(ObjArray::new(
        items,
        o.shape().to_vec(),
    ))))
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
    let o = discovered(&v).unwrap_or_else(|| from_value(&v))?;
    let running = def.name.starts_with("cum") || def.name == "accumulate";
    let axis = numpy::arg_axis(&args, "axis")?;
    let axis = match ufunc {
        Some(u) if running => one_axis(&o, axis, true, u.name())?,
        _ => axis,
    };
    let empty = match op {
        Some(BinOp::Add) => Empty::Identity(Value::int(0)),
        Some(BinOp::Mul) => Empty::Identity(Value::int(1)),
        _ => Empty::NoIdentity(ufunc.map_or(def.name, |u| u.name())),
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
    if running {
        accumulate(it, &o, axis, &mut step)
    } else {
        reduce(it, &o, axis, empty, &mut step)
    }
}

fn qualified(def: &FnDef, ufunc: Option<Ufunc>) -> String {
    match ufunc {
        Some(u) => format!("np.{}.{}", u.name(), def.name),
        None => format!("np.{}", def.name),
    }
}
