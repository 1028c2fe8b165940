//! `np.ma`: masked arrays as numpy/ma/core.py defines them. A masked array
//! is a data ndarray, a bool mask of the same shape or `nomask`, and a fill
//! value (unset until something asks for it, as NumPy's `_fill_value`).
//! This file holds the table of `np.ma` functions and MaskedArray methods,
//! the masked arithmetic (`_MaskedBinaryOperation`,
//! `_DomainedBinaryOperation`), comparisons, indexing and assignment.

use super::Interp;
use super::catalog::array_methods;
use super::convert::to_array;
use super::numpy;
use super::table::{Args, CallArgs, FnDef, Owner, Param, ParamKind};
use super::value::Value;
use crate::array::select::{Class, classify};
use crate::array::shape::{broadcast_shapes, broadcast_to};
use crate::array::signals::{FpKind, ignoring, quiet};
use crate::array::{Array, DType, Kind, Scalar, cast_array, cast_scalar};
use crate::error::{Error, Result};
use crate::syntax::ast::{BinOp, CmpOp};
use num_complex::{Complex32, Complex64};
use std::cell::RefCell;
use std::rc::Rc;

/// A masked array: `_data`, `_mask` (None is `nomask`) and `_fill_value`.
#[derive(Clone, Debug)]
pub struct Masked {
    pub data: Array,
    pub mask: Option<Array>,
    pub fill: Option<Scalar>,
}

pub type MaskedRef = Rc<RefCell<Masked>>;

pub fn value(data: Array, mask: Option<Array>, fill: Option<Scalar>) -> Value {
    Value::Masked(Rc::new(RefCell::new(Masked { data, mask, fill })))
}

/// The parts of a masked value; `np.ma.masked` is a 0-d masked float64 zero.
fn parts(v: &Value) -> Option<Masked> {
    match v {
        Value::Masked(m) => Some(m.borrow().clone()),
        Value::MaskedConstant => Some(Masked {
            data: Array::from_scalar(Scalar::Float64(0.0)),
            mask: Some(Array::from_scalar(Scalar::Bool(true))),
            fill: None,
        }),
        _ => None,
    }
}

pub fn is_masked_value(v: &Value) -> bool {
    matches!(v, Value::Masked(_) | Value::MaskedConstant)
}

// ---- masks ------------------------------------------------------------------------

fn bools(a: &Array) -> Vec<bool> {
    (0..a.size())
        .map(|i| matches!(a.get_flat(i), Scalar::Bool(true)))
        .collect()
}

fn bool_array(v: Vec<bool>, shape: &[usize]) -> Array {
    Array::from_vec(v, shape.to_vec())
}

fn full_mask(shape: &[usize], value: bool) -> Array {
    let n = shape.iter().product();
    bool_array(vec![value; n], shape)
}

/// `x` stretched to `shape` and read flat.
fn grow(a: &Array, shape: &[usize]) -> Result<Vec<bool>> {
    let b = broadcast_to(a, shape).ok_or_else(|| {
        Error::value_error(format!(
            "operands could not be broadcast together with shapes {} {}",
            crate::array::shape_repr(a.shape()),
            crate::array::shape_repr(shape)
        ))
    })?;
    Ok(bools(&b))
}

/// `mask_or`: None when both are nomask.
fn mask_or(a: Option<&Array>, b: Option<&Array>) -> Result<Option<Array>> {
    Ok(match (a, b) {
        (None, None) => None,
        (Some(m), None) | (None, Some(m)) => Some(m.clone()),
        (Some(x), Some(y)) => {
            let shape = broadcast_shapes(&[x.shape(), y.shape()])?;
            let (p, q) = (grow(x, &shape)?, grow(y, &shape)?);
            Some(bool_array(
                p.iter().zip(&q).map(|(a, b)| *a || *b).collect(),
                &shape,
            ))
        }
    })
}

fn any_true(m: Option<&Array>) -> bool {
    m.is_some_and(|m| bools(m).iter().any(|&b| b))
}

/// NumPy's `getdata`: the data of a masked value, or the value as an array.
fn getdata(v: &Value) -> Result<Array> {
    match parts(v) {
        Some(m) => Ok(m.data),
        None => to_array(v, None),
    }
}

/// `np.array(m)` / `np.asarray(m)` see a masked array's data.
pub fn plain_data(v: Value) -> Value {
    match parts(&v) {
        Some(m) => Value::Array(m.data),
        None => v,
    }
}

/// The default `fill_value` of a dtype (`default_filler`).
fn default_fill(d: DType) -> Scalar {
    match d.kind() {
        Kind::Bool => Scalar::Bool(true),
        Kind::Int => Scalar::Int64(999_999),
        Kind::UInt => Scalar::UInt64(999_999),
        Kind::Float => Scalar::Float64(1e20),
        Kind::Complex => Scalar::Complex128(Complex64::new(1e20, 0.0)),
    }
}

/// `_check_fill_value(v, dtype)`: a number cast to the array's dtype.
fn check_fill(v: &Value, d: DType) -> Result<Scalar> {
    let a = match v {
        Value::Str(_) => {
            return Err(Error::type_error(
                "npcalc supports only numeric fill values for masked arrays",
            ));
        }
        Value::Masked(_) | Value::MaskedConstant => getdata(v)?,
        other => to_array(other, None)?,
    };
    // np.asarray(v, dtype) refuses what the dtype cannot hold (NaN or an
    // out-of-range int in an integer dtype), as a TypeError.
    let refused = match (v, d.kind()) {
        (Value::Float(f), Kind::Int | Kind::UInt) => !f.is_finite(),
        (Value::Int(i), Kind::Int | Kind::UInt) => {
            crate::array::promote::python_int_to_scalar(i, d).is_err()
        }
        _ => false,
    };
    if refused {
        return Err(Error::type_error(format!(
            "Cannot convert fill_value {} to dtype {}",
            super::repr::str(v, &crate::print::PrintOptions::default()),
            d.name()
        )));
    }
    if a.size() != 1 {
        return Err(Error::type_error(
            "npcalc supports only a single fill value for masked arrays",
        ));
    }
    Ok(cast_scalar(a.get_flat(0), d))
}

/// The fill value NumPy's `fill_value` property reports, set on first use.
pub fn fill_value(m: &MaskedRef) -> Scalar {
    let mut b = m.borrow_mut();
    let d = b.data.dtype();
    *b.fill.get_or_insert_with(|| default_fill(d))
}

/// The fill value as `MaskedArray.__repr__` writes it.
pub fn fill_repr(m: &MaskedRef, o: &crate::print::PrintOptions) -> String {
    let f = fill_value(m);
    if f.dtype() == m.borrow().data.dtype() {
        crate::print::scalar_str(f, o)
    } else {
        crate::print::scalar_repr(f, o)
    }
}

/// `_data` with the masked places set to `fill` (cast to the data's dtype).
fn filled_with(data: &Array, mask: Option<&Array>, fill: Scalar) -> Result<Array> {
    let Some(mask) = mask else {
        return Ok(data.clone());
    };
    let m = grow(mask, data.shape())?;
    if !m.iter().any(|&b| b) {
        return Ok(data.clone());
    }
    let fill = cast_scalar(fill, data.dtype());
    let items: Vec<Scalar> = (0..data.size())
        .map(|i| if m[i] { fill } else { data.get_flat(i) })
        .collect();
    Ok(Array::from_scalars(
        &items,
        data.dtype(),
        data.shape().to_vec(),
    ))
}

// ---- construction -------------------------------------------------------------------

/// `MaskedArray.__new__` for the arguments npcalc takes.
fn construct(
    data: &Value,
    dtype: Option<DType>,
    mask: Option<&Value>,
    fill: &Value,
) -> Result<Value> {
    if let Value::List(_) | Value::Tuple(_) = data
        && holds_masked(data)
    {
        return Err(Error::type_error(
            "np.ma.array of a list holding masked values is not supported in npcalc",
        ));
    }
    let (mut arr, mut current, mut f) = match parts(data) {
        Some(m) => (m.data, m.mask, m.fill),
        None => (to_array(data, None)?, None, None),
    };
    if let Some(d) = dtype
        && d != arr.dtype()
    {
        arr = cast_array(&arr, d)?;
    }
    if let Some(mv) = mask {
        let m = match mv {
            Value::Bool(b) => full_mask(arr.shape(), *b),
            Value::None => full_mask(arr.shape(), false),
            other => cast_array(&getdata(other)?, DType::Bool)?,
        };
        let m = if m.shape() != arr.shape() {
            let (nd, nm) = (arr.size(), m.size());
            if nm == 1 {
                full_mask(arr.shape(), bools(&m)[0])
            } else if nm == nd {
                bool_array(bools(&m), arr.shape())
            } else {
                return Err(Error::new(
                    crate::error::Exc::MaskError,
                    format!("Mask and data not compatible: data size is {nd}, mask size is {nm}."),
                ));
            }
        } else {
            bool_array(bools(&m), arr.shape())
        };
        current = match current {
            None => Some(m),
            Some(old) => mask_or(Some(&old), Some(&m))?,
        };
    }
    if !matches!(fill, Value::None) {
        f = Some(check_fill(fill, arr.dtype())?);
    }
    Ok(value(arr, current, f))
}

fn holds_masked(v: &Value) -> bool {
    super::reentry::enter("masked", v, || match v {
        Value::List(l) => l.iter().any(|x| holds_masked(&x)),
        Value::Tuple(t) => t.iter().any(holds_masked),
        other => is_masked_value(other),
    })
    .unwrap_or(false)
}

fn ma_array(_: &mut Interp, args: &Args) -> Result<Value> {
    let dtype = numpy::arg_dtype(args, "dtype")?;
    let mask = args.given("mask").then(|| args.get("mask"));
    construct(
        &args.get("data"),
        dtype,
        mask.as_ref(),
        &args.get("fill_value"),
    )
    .map_err(|e| e.at(args.call_span))
}

/// `masked_where(condition, a)`: the condition or'ed with a's own mask, over
/// a copy of the data (the `masked_*` family's default `copy=True`).
fn masked_where_impl(cond: &Array, a: &Value) -> Result<Value> {
    let (data, own, fill) = match parts(a) {
        Some(m) => (m.data, m.mask, m.fill),
        None => (to_array(a, None)?, None, None),
    };
    let data = crate::array::shape::copy(&data)?;
    let cond = cast_array(cond, DType::Bool)?;
    if cond.ndim() > 0 && cond.shape() != data.shape() {
        return Err(Error::index_error(format!(
            "Inconsistent shape between the condition and the input (got {} and {})",
            crate::array::shape_repr(cond.shape()),
            crate::array::shape_repr(data.shape())
        )));
    }
    let cond = bool_array(grow(&cond, data.shape())?, data.shape());
    let m = shrink(mask_or(Some(&cond), own.as_ref())?);
    Ok(value(data, m, fill))
}

fn masked_where(_: &mut Interp, args: &Args) -> Result<Value> {
    let cond = getdata(&args.get("condition"))?;
    masked_where_impl(&cond, &args.get("a")).map_err(|e| e.at(args.call_span))
}

fn masked_compare(args: &Args, op: CmpOp, set_fill: bool) -> Result<Value> {
    let x = args.get("x");
    let v = args.get("value");
    let cond = to_array(&numpy::compare(op, &Value::Array(getdata(&x)?), &v)?, None)?;
    let r = masked_where_impl(&cond, &x)?;
    if set_fill && let Value::Masked(m) = &r {
        let d = m.borrow().data.dtype();
        let f = check_fill(&v, d)?;
        m.borrow_mut().fill = Some(f);
    }
    Ok(r)
}

fn masked_equal(_: &mut Interp, args: &Args) -> Result<Value> {
    masked_compare(args, CmpOp::Eq, true).map_err(|e| e.at(args.call_span))
}
fn masked_not_equal(_: &mut Interp, args: &Args) -> Result<Value> {
    masked_compare(args, CmpOp::Ne, false).map_err(|e| e.at(args.call_span))
}
fn masked_greater(_: &mut Interp, args: &Args) -> Result<Value> {
    masked_compare(args, CmpOp::Gt, false).map_err(|e| e.at(args.call_span))
}
fn masked_greater_equal(_: &mut Interp, args: &Args) -> Result<Value> {
    masked_compare(args, CmpOp::Ge, false).map_err(|e| e.at(args.call_span))
}
fn masked_less(_: &mut Interp, args: &Args) -> Result<Value> {
    masked_compare(args, CmpOp::Lt, false).map_err(|e| e.at(args.call_span))
}
fn masked_less_equal(_: &mut Interp, args: &Args) -> Result<Value> {
    masked_compare(args, CmpOp::Le, false).map_err(|e| e.at(args.call_span))
}

/// `masked_inside` / `masked_outside`: v1 and v2 swapped when v2 < v1.
fn masked_range(args: &Args, inside: bool) -> Result<Value> {
    let x = args.get("x");
    let (mut v1, mut v2) = (args.get("v1"), args.get("v2"));
    if numpy::truthy(&numpy::compare(CmpOp::Lt, &v2, &v1)?)? {
        std::mem::swap(&mut v1, &mut v2);
    }
    let xf = match parts(&x) {
        Some(m) => {
            let f = m.fill.unwrap_or_else(|| default_fill(m.data.dtype()));
            Value::Array(filled_with(&m.data, m.mask.as_ref(), f)?)
        }
        None => Value::Array(to_array(&x, None)?),
    };
    let (a, b) = if inside {
        (
            numpy::compare(CmpOp::Ge, &xf, &v1)?,
            numpy::compare(CmpOp::Le, &xf, &v2)?,
        )
    } else {
        (
            numpy::compare(CmpOp::Lt, &xf, &v1)?,
            numpy::compare(CmpOp::Gt, &xf, &v2)?,
        )
    };
    let op = if inside { BinOp::BitAnd } else { BinOp::BitOr };
    let cond = to_array(&numpy::binary(op, &a, &b)?, None)?;
    masked_where_impl(&cond, &x)
}

fn masked_inside(_: &mut Interp, args: &Args) -> Result<Value> {
    masked_range(args, true).map_err(|e| e.at(args.call_span))
}
fn masked_outside(_: &mut Interp, args: &Args) -> Result<Value> {
    masked_range(args, false).map_err(|e| e.at(args.call_span))
}

fn masked_invalid(_: &mut Interp, args: &Args) -> Result<Value> {
    let a = args.get("a");
    let data = getdata(&a).map_err(|e| e.at(args.span("a")))?;
    let finite = bools(&classify(&data, Class::Finite)?);
    let cond = bool_array(finite.iter().map(|f| !f).collect(), data.shape());
    let r = masked_where_impl(&cond, &a).map_err(|e| e.at(args.call_span))?;
    if let Value::Masked(m) = &r {
        let mut b = m.borrow_mut();
        if b.mask.is_none() {
            b.mask = Some(full_mask(b.data.shape(), false));
        }
    }
    Ok(r)
}

// ---- accessors -------------------------------------------------------------------------

/// `asanyarray(x)` as a masked array: plain input gets nomask.
fn as_masked(v: &Value) -> Result<Masked> {
    match parts(v) {
        Some(m) => Ok(m),
        None => Ok(Masked {
            data: to_array(v, None)?,
            mask: None,
            fill: None,
        }),
    }
}

fn arg_masked(args: &Args, name: &str) -> Result<Masked> {
    as_masked(&args.get(name)).map_err(|e| e.at(args.span(name)))
}

/// `nomask` is `np.False_`.
fn mask_value(m: Option<Array>) -> Value {
    match m {
        Some(m) => Value::Array(m),
        None => Value::Scalar(Scalar::Bool(false)),
    }
}

fn getmask(_: &mut Interp, args: &Args) -> Result<Value> {
    Ok(match parts(&args.get("a")) {
        Some(m) => mask_value(m.mask),
        None => Value::Scalar(Scalar::Bool(false)),
    })
}

fn getmaskarray(_: &mut Interp, args: &Args) -> Result<Value> {
    let m = arg_masked(args, "arr")?;
    Ok(Value::Array(
        m.mask.unwrap_or_else(|| full_mask(m.data.shape(), false)),
    ))
}

fn ma_getdata(_: &mut Interp, args: &Args) -> Result<Value> {
    Ok(Value::Array(
        getdata(&args.get("a")).map_err(|e| e.at(args.span("a")))?,
    ))
}

fn is_masked(_: &mut Interp, args: &Args) -> Result<Value> {
    Ok(Value::Bool(match parts(&args.get("x")) {
        Some(m) => any_true(m.mask.as_ref()),
        None => false,
    }))
}

/// `filled(fill_value=None)`: None takes (and sets) the array's fill value.
fn filled_impl(v: &Value, fill: &Value) -> Result<Value> {
    if let Value::MaskedConstant = v {
        // Reading `self.fill_value` sets it, which the masked singleton refuses.
        return match fill {
            Value::None => Err(Error::attribute_error(
                "attributes of masked are not writeable. Did you mean: '_fill_value'?",
            )),
            other => Ok(Value::Array(to_array(other, Some(DType::Float64))?)),
        };
    }
    let m = as_masked(v)?;
    if m.mask.is_none() {
        return Ok(Value::Array(m.data));
    }
    let f = match (fill, v) {
        (Value::None, Value::Masked(r)) => fill_value(r),
        (Value::None, _) => default_fill(m.data.dtype()),
        (other, _) => check_fill(other, m.data.dtype())?,
    };
    Ok(Value::Array(filled_with(&m.data, m.mask.as_ref(), f)?))
}

fn ma_filled(_: &mut Interp, args: &Args) -> Result<Value> {
    filled_impl(&args.get("a"), &args.get("fill_value")).map_err(|e| e.at(args.call_span))
}

fn m_filled(_: &mut Interp, args: &Args) -> Result<Value> {
    filled_impl(args.this(), &args.get("fill_value")).map_err(|e| e.at(args.call_span))
}

/// `m.tolist()`: masked entries become None.
fn m_tolist(_: &mut Interp, args: &Args) -> Result<Value> {
    let m = as_masked(args.this())?;
    let mask = m.mask.as_ref().map(bools);
    let strides = crate::array::c_strides(m.data.shape());
    fn build(
        m: &Masked,
        mask: &Option<Vec<bool>>,
        strides: &[isize],
        index: &mut Vec<usize>,
    ) -> Value {
        let dim = index.len();
        if dim == m.data.ndim() {
            let flat: isize = index
                .iter()
                .zip(strides)
                .map(|(&i, &s)| i as isize * s)
                .sum();
            if mask.as_ref().is_some_and(|mk| mk[flat as usize]) {
                return Value::None;
            }
            return numpy::scalar_to_python(m.data.get(index));
        }
        let items = (0..m.data.shape()[dim])
            .map(|i| {
                index.push(i);
                let v = build(m, mask, strides, index);
                index.pop();
                v
            })
            .collect();
        Value::list(items)
    }
    Ok(build(&m, &mask, &strides, &mut Vec::new()))
}

fn compressed_impl(m: &Masked) -> Value {
    let keep: Vec<bool> = match &m.mask {
        Some(mask) => bools(mask).iter().map(|b| !b).collect(),
        None => vec![true; m.data.size()],
    };
    let items: Vec<Scalar> = (0..m.data.size())
        .filter(|&i| keep[i])
        .map(|i| m.data.get_flat(i))
        .collect();
    let n = items.len();
    Value::Array(Array::from_scalars(&items, m.data.dtype(), vec![n]))
}

fn ma_compressed(_: &mut Interp, args: &Args) -> Result<Value> {
    Ok(compressed_impl(&arg_masked(args, "x")?))
}

fn m_compressed(_: &mut Interp, args: &Args) -> Result<Value> {
    Ok(compressed_impl(&as_masked(args.this())?))
}

/// `m.mask`, `m.data`, `m.fill_value` and the ndarray attributes.
pub fn attr(v: &Value, name: &str) -> Option<Result<Value>> {
    let m = parts(v)?;
    Some(Ok(match name {
        "mask" => mask_value(m.mask),
        // A new view each time, as `ndarray.view(self, self._baseclass)`.
        "data" => Value::Array(m.data.new_view()),
        "fill_value" => match v {
            Value::Masked(r) => Value::Scalar(fill_value(r)),
            // Reading it sets it, which the masked singleton refuses.
            _ => {
                return Some(Err(Error::attribute_error(
                    "attributes of masked are not writeable. Did you mean: '_fill_value'?",
                )));
            }
        },
        "shape" => Value::tuple(m.data.shape().iter().map(|&n| Value::int(n)).collect()),
        "ndim" => Value::int(m.data.ndim()),
        "size" => Value::int(m.data.size()),
        "dtype" => Value::DType(m.data.dtype()),
        _ => match METHODS.iter().find(|f| f.name == name) {
            Some(def) => Value::Method(Box::new(v.clone()), def),
            None => return None,
        },
    }))
}

pub fn members() -> Vec<&'static str> {
    let mut names: Vec<&str> = vec![
        "data",
        "dtype",
        "fill_value",
        "mask",
        "ndim",
        "shape",
        "size",
    ];
    names.extend(METHODS.iter().map(|f| f.name));
    names.sort_unstable();
    names
}

// ---- reductions and accumulations -------------------------------------------------------

/// `a.NAME(...)` of a plain ndarray, through the ndarray method table.
fn array_method(
    it: &mut Interp,
    a: Array,
    name: &str,
    keywords: Vec<(&str, Value)>,
    args: &Args,
) -> Result<Value> {
    let def = array_methods().find(|f| f.name == name).ok_or_else(|| {
        Error::new(
            crate::error::Exc::RuntimeError,
            format!("npcalc: no ndarray method {name}"),
        )
    })?;
    let call = CallArgs {
        positional: vec![],
        keywords: keywords
            .into_iter()
            .filter(|(_, v)| !matches!(v, Value::None))
            .map(|(k, v)| (k.to_string(), v, args.call_span))
            .collect(),
    };
    it.call(
        &Value::Method(Box::new(Value::Array(a)), def),
        call,
        args.call_span,
    )
}

/// The masked array a method or `np.ma.X(a, ...)` works on.
fn subject(args: &Args) -> Result<Masked> {
    match &args.this {
        Some(v) => as_masked(v),
        None => arg_masked(args, "a"),
    }
}

/// `__setmask__` on a fresh (nomask) result: nomask stays nomask, any
/// other mask is copied in flat (`current_mask.flat = mask`).
fn full_from(mask: Option<&Array>, shape: &[usize]) -> Option<Array> {
    let m = mask?;
    let n: usize = shape.iter().product();
    let flat = if m.size() == n {
        bools(m)
    } else {
        grow(m, shape).unwrap_or_else(|_| vec![false; n])
    };
    Some(bool_array(flat, shape))
}

/// `_shrink_mask`: a mask with nothing masked becomes nomask.
fn shrink(m: Option<Array>) -> Option<Array> {
    m.filter(|m| any_true(Some(m)))
}

/// `MaskedArray.cumsum`/`cumprod`: the filled data's, with the same mask; an
/// ndarray `out=` receives the data and is returned as it is.
fn accumulate(it: &mut Interp, args: &Args, name: &str, fill: Scalar) -> Result<Value> {
    let m = subject(args)?;
    let out = args.get("out");
    if matches!(out, Value::Masked(_)) {
        return Err(Error::type_error(format!(
            "npcalc's masked {name} takes an ndarray for out=, not a masked array"
        )));
    }
    let base = filled_with(&m.data, m.mask.as_ref(), fill)?;
    let keywords = vec![
        ("axis", args.get("axis")),
        ("dtype", args.get("dtype")),
        ("out", out.clone()),
    ];
    let r = array_method(it, base, name, keywords, args)?;
    if !matches!(out, Value::None) {
        return Ok(r);
    }
    let r = to_array(&r, None)?;
    let mask = full_from(m.mask.as_ref(), r.shape());
    Ok(value(r, mask, None))
}

fn cumsum(it: &mut Interp, args: &Args) -> Result<Value> {
    accumulate(it, args, "cumsum", Scalar::Int64(0))
}
fn cumprod(it: &mut Interp, args: &Args) -> Result<Value> {
    accumulate(it, args, "cumprod", Scalar::Int64(1))
}

/// `_check_mask_axis`: `mask.all(axis)` (no unmasked entry), or nomask.
fn mask_all(it: &mut Interp, mask: Option<&Array>, args: &Args) -> Result<Option<Value>> {
    let Some(m) = mask else {
        return Ok(None);
    };
    let inv: Vec<i64> = bools(m).iter().map(|&b| i64::from(!b)).collect();
    let a = Array::from_vec(inv, m.shape().to_vec());
    let kept = array_method(it, a, "sum", vec![("axis", args.get("axis"))], args)?;
    Ok(Some(numpy::compare(CmpOp::Eq, &kept, &Value::int(0))?))
}

/// A reduction's result: masked where every input was (`newmask`).
fn reduced(result: Value, newmask: Option<Value>, fill_masked: Option<Scalar>) -> Result<Value> {
    match result {
        Value::Array(r) if r.ndim() > 0 => {
            let nm = match &newmask {
                Some(v) => Some(to_array(v, None)?),
                None => None,
            };
            let mask = full_from(nm.as_ref(), r.shape());
            let data = match (fill_masked, &mask) {
                (Some(f), Some(mask)) => filled_with(&r, Some(mask), f)?,
                _ => r,
            };
            Ok(value(data, mask, None))
        }
        other => {
            if let Some(nm) = newmask
                && numpy::truthy(&nm)?
            {
                return Ok(Value::MaskedConstant);
            }
            Ok(other)
        }
    }
}

fn reduce_with(it: &mut Interp, args: &Args, name: &str, fill: Scalar) -> Result<Value> {
    let m = subject(args)?;
    let newmask = mask_all(it, m.mask.as_ref(), args)?;
    let base = filled_with(&m.data, m.mask.as_ref(), fill)?;
    let r = array_method(
        it,
        base,
        name,
        vec![("axis", args.get("axis")), ("dtype", args.get("dtype"))],
        args,
    )?;
    reduced(r, newmask, None)
}

fn sum(it: &mut Interp, args: &Args) -> Result<Value> {
    reduce_with(it, args, "sum", Scalar::Int64(0))
}
fn prod(it: &mut Interp, args: &Args) -> Result<Value> {
    reduce_with(it, args, "prod", Scalar::Int64(1))
}

fn count_impl(it: &mut Interp, m: &Masked, args: &Args) -> Result<Value> {
    let axis = args.get("axis");
    match &m.mask {
        None => {
            let d = &m.data;
            if matches!(axis, Value::None) {
                return Ok(Value::int(d.size()));
            }
            // `np.full(out_dims, items, dtype=np.intp)`: an array, even 0-d.
            let ones = Array::from_vec(vec![1i64; d.size()], d.shape().to_vec());
            let r = array_method(it, ones, "sum", vec![("axis", axis)], args)?;
            Ok(Value::Array(to_array(&r, None)?))
        }
        Some(mask) => {
            let inv: Vec<i64> = bools(mask).iter().map(|&b| i64::from(!b)).collect();
            let a = Array::from_vec(inv, mask.shape().to_vec());
            array_method(it, a, "sum", vec![("axis", axis)], args)
        }
    }
}

fn count(it: &mut Interp, args: &Args) -> Result<Value> {
    if matches!(args.this, Some(Value::MaskedConstant)) {
        return Ok(Value::int(0));
    }
    let m = subject(args)?;
    count_impl(it, &m, args)
}

fn mean(it: &mut Interp, args: &Args) -> Result<Value> {
    let m = subject(args)?;
    if m.mask.is_none() {
        // ndarray.mean on the MaskedArray: an array result stays masked
        // (nomask). Its sum is a 0-d MaskedArray, not a NumPy scalar, so a
        // whole-array mean divides as arrays do (warning "in divide"):
        // keepdims gives the same sum as an array, then `[()]` unwraps it.
        let whole = matches!(args.get("axis"), Value::None) || m.data.ndim() <= 1;
        let r = array_method(
            it,
            m.data.clone(),
            "mean",
            vec![
                ("axis", args.get("axis")),
                ("dtype", args.get("dtype")),
                ("keepdims", Value::Bool(whole)),
            ],
            args,
        )?;
        return Ok(match r {
            Value::Array(a) if whole => Value::Scalar(a.get_flat(0)),
            Value::Array(a) if a.ndim() > 0 => value(a, None, None),
            other => other,
        });
    }
    let mut dtype = args.get("dtype");
    let mut half = false;
    if matches!(dtype, Value::None) {
        match m.data.dtype().kind() {
            Kind::Bool | Kind::Int | Kind::UInt => dtype = Value::DType(DType::Float64),
            _ if m.data.dtype() == DType::Float16 => {
                dtype = Value::DType(DType::Float32);
                half = true;
            }
            _ => {}
        }
    }
    let newmask = mask_all(it, m.mask.as_ref(), args)?;
    let base = filled_with(&m.data, m.mask.as_ref(), Scalar::Int64(0))?;
    let dsum = array_method(
        it,
        base,
        "sum",
        vec![("axis", args.get("axis")), ("dtype", dtype)],
        args,
    )?;
    let dsum = reduced(dsum, newmask, None)?;
    let cnt = count_impl(it, &m, args)?;
    if matches!(cnt, Value::Int(_)) && numpy::truthy(&cnt).is_ok_and(|t| !t) {
        return Ok(Value::MaskedConstant);
    }
    let scaled = binary(BinOp::Mul, &dsum, &Value::Float(1.0))?;
    let r = binary(BinOp::Div, &scaled, &cnt)?;
    if half && let Value::Scalar(s) = r {
        return Ok(Value::Scalar(cast_scalar(s, DType::Float16)));
    }
    Ok(r)
}

/// `minimum_fill_value` / `maximum_fill_value`: the dtype's extreme.
fn extreme_fill(d: DType, for_min: bool) -> Scalar {
    let f = if for_min {
        f64::INFINITY
    } else {
        f64::NEG_INFINITY
    };
    match d {
        DType::Bool => Scalar::Bool(for_min),
        DType::Int8 => Scalar::Int8(if for_min { i8::MAX } else { i8::MIN }),
        DType::Int16 => Scalar::Int16(if for_min { i16::MAX } else { i16::MIN }),
        DType::Int32 => Scalar::Int32(if for_min { i32::MAX } else { i32::MIN }),
        DType::Int64 => Scalar::Int64(if for_min { i64::MAX } else { i64::MIN }),
        DType::UInt8 => Scalar::UInt8(if for_min { u8::MAX } else { 0 }),
        DType::UInt16 => Scalar::UInt16(if for_min { u16::MAX } else { 0 }),
        DType::UInt32 => Scalar::UInt32(if for_min { u32::MAX } else { 0 }),
        DType::UInt64 => Scalar::UInt64(if for_min { u64::MAX } else { 0 }),
        DType::Float16 | DType::Float32 | DType::Float64 => cast_scalar(Scalar::Float64(f), d),
        DType::Complex64 => Scalar::Complex64(Complex32::new(f as f32, f as f32)),
        DType::Complex128 => Scalar::Complex128(Complex64::new(f, f)),
    }
}

fn extremum(it: &mut Interp, args: &Args, for_min: bool) -> Result<Value> {
    let m = subject(args)?;
    let newmask = mask_all(it, m.mask.as_ref(), args)?;
    let fill = match args.get("fill_value") {
        Value::None => extreme_fill(m.data.dtype(), for_min),
        other => check_fill(&other, m.data.dtype())?,
    };
    let base = filled_with(&m.data, m.mask.as_ref(), fill)?;
    let name = if for_min { "min" } else { "max" };
    let r = array_method(it, base, name, vec![("axis", args.get("axis"))], args)?;
    let default = default_fill(m.data.dtype());
    reduced(r, newmask, Some(default))
}

fn min(it: &mut Interp, args: &Args) -> Result<Value> {
    extremum(it, args, true)
}
fn max(it: &mut Interp, args: &Args) -> Result<Value> {
    extremum(it, args, false)
}

// ---- arithmetic and comparison -------------------------------------------------------------

/// `a OP b` where either side is masked: `_MaskedBinaryOperation` for
/// `+ - *`, `_DomainedBinaryOperation` for `/ // %` (a zero divisor, or a
/// result that is not finite, masks the entry).
pub fn binary(op: BinOp, a: &Value, b: &Value) -> Result<Value> {
    let domained = match op {
        BinOp::Add | BinOp::Sub | BinOp::Mul => false,
        BinOp::Div | BinOp::FloorDiv => true,
        BinOp::Mod => return remainder(a, b),
        BinOp::Pow => return power(a, b),
        other => {
            return Err(Error::type_error(format!(
                "the operator {} on masked arrays is not supported in npcalc",
                other.symbol()
            )));
        }
    };
    let (pa, pb) = (parts(a), parts(b));
    let da = getdata(a)?;
    let db = getdata(b)?;
    let (ma, mb) = (
        pa.as_ref().and_then(|m| m.mask.clone()),
        pb.as_ref().and_then(|m| m.mask.clone()),
    );
    // NumPy's getdata turns a Python scalar into a 0-d array, so it promotes
    // as a typed operand (`uint8 masked + 1` is int64), not as a weak scalar.
    let plain = |_: &Value, d: &Array| -> Value { Value::Array(d.clone()) };
    let (xa, xb) = (plain(a, &da), plain(b, &db));
    let result = quiet(|| numpy::binary(op, &xa, &xb))?;
    let result = to_array(&result, None)?;
    let fill = pa
        .as_ref()
        .map(|m| m.fill)
        .or_else(|| pb.as_ref().map(|m| m.fill))
        .flatten();
    if !domained {
        let m = mask_or(ma.as_ref(), mb.as_ref())?;
        if result.ndim() == 0 {
            if any_true(m.as_ref()) {
                return Ok(Value::MaskedConstant);
            }
            return Ok(numpy::unwrap0(result));
        }
        let m = full_from(m.as_ref(), result.shape());
        let mut data = result;
        if let Some(mask) = &m
            && any_true(Some(mask))
        {
            data = put_back(&data, mask, &da, false)?;
        }
        return Ok(value(data, m, fill));
    }
    let shape = result.shape().to_vec();
    let finite = bools(&classify(&result, Class::Finite)?);
    let mut m: Vec<bool> = finite.iter().map(|f| !f).collect();
    for own in [ma.as_ref(), mb.as_ref()].into_iter().flatten() {
        for (x, y) in m.iter_mut().zip(grow(own, &shape)?) {
            *x |= y;
        }
    }
    for (x, y) in m.iter_mut().zip(safe_divide_domain(&da, &db, &shape)?) {
        *x |= y;
    }
    if shape.is_empty() {
        if m[0] {
            return Ok(Value::MaskedConstant);
        }
        return Ok(numpy::unwrap0(result));
    }
    let mask = bool_array(m, &shape);
    let data = put_back(&result, &mask, &da, true)?;
    Ok(value(data, Some(mask), fill))
}

/// `MaskedArray.__iadd__` … `__ipow__`: the data is updated in place, the
/// operand being `np.where(mask, neutral, other)` so masked places keep
/// their data, and the mask is or'ed in place. Returns false for operators
/// MaskedArray has no in-place method for (`%=`, `&=`…): Python then falls
/// back to `a = a % b`, a new object.
pub fn binary_inplace(op: BinOp, target: &MaskedRef, rhs: &Value) -> Result<bool> {
    let other_mask = parts(rhs).and_then(|p| p.mask);
    let other = getdata(rhs)?;
    let (data, mask) = {
        let t = target.borrow();
        (t.data.clone(), t.mask.clone())
    };
    let shape = data.shape().to_vec();
    let or_into = |mask: &Option<Array>, add: Option<&Array>| -> Result<Option<Array>> {
        Ok(match (mask, add) {
            (m, None) => m.clone(),
            // `self._mask |= m` on an array is in place (views see it).
            (Some(m), Some(a)) => {
                numpy::binary_inplace(BinOp::BitOr, m, &Value::Array(a.clone()))?;
                Some(m.clone())
            }
            (None, Some(a)) => Some(bool_array(grow(a, &shape)?, &shape)),
        })
    };
    let neutral = |m: &Option<Array>, x: i64, other: &Array| -> Result<Array> {
        match m {
            None => Ok(other.clone()),
            Some(m) => where_scalar(m, Scalar::Int64(x), other),
        }
    };
    let mask = match op {
        BinOp::Add | BinOp::Sub | BinOp::Mul => {
            let add = other_mask
                .as_ref()
                .filter(|m| mask.is_some() || any_true(Some(m)));
            let mask = or_into(&mask, add)?;
            // The mask is set before the data: a failing cast leaves it set.
            target.borrow_mut().mask = mask.clone();
            let x = neutral(&mask, i64::from(op == BinOp::Mul), &other)?;
            numpy::binary_inplace(op, &data, &Value::Array(x))?;
            mask
        }
        BinOp::Div | BinOp::FloorDiv => {
            let dshape = broadcast_shapes(&[data.shape(), other.shape()])?;
            let dom = safe_divide_domain(&data, &other, &dshape)?;
            let mut other = other;
            if dom.iter().any(|&d| d) {
                other = where_scalar(&bool_array(dom.clone(), &dshape), Scalar::Int64(1), &other)?;
            }
            let new_mask = shrink(mask_or(
                other_mask.as_ref(),
                Some(&bool_array(dom, &dshape)),
            )?);
            let mask = or_into(&mask, new_mask.as_ref())?;
            target.borrow_mut().mask = mask.clone();
            let x = neutral(&mask, 1, &other)?;
            numpy::binary_inplace(op, &data, &Value::Array(x))?;
            mask
        }
        BinOp::Pow => {
            let x = neutral(&mask, 1, &other)?;
            ignoring(&[FpKind::Divide, FpKind::Invalid], || {
                numpy::binary_inplace(op, &data, &Value::Array(x))
            })?;
            let invalid: Vec<bool> = bools(&classify(&data, Class::Finite)?)
                .iter()
                .map(|f| !f)
                .collect();
            let mut mask = mask;
            if invalid.iter().any(|&x| x) {
                let inv = bool_array(invalid.clone(), &shape);
                mask = or_into(&mask, Some(&inv))?;
                let fill = fill_value(target);
                crate::array::copy_into(&data, &where_scalar(&inv, fill, &data)?)?;
            }
            let new_mask = shrink(mask_or(
                other_mask.as_ref(),
                Some(&bool_array(invalid, &shape)),
            )?);
            // `mask_or` shrinks: a mask with nothing set becomes nomask.
            shrink(mask_or(mask.as_ref(), new_mask.as_ref())?)
        }
        BinOp::Mod
        | BinOp::BitAnd
        | BinOp::BitOr
        | BinOp::BitXor
        | BinOp::LShift
        | BinOp::RShift => {
            // No MaskedArray method: ndarray's in-place ufunc runs on the
            // data (a Python scalar stays weak), then `__array_wrap__` masks
            // the inputs' masks and, for `%`, the divide domain checked on
            // the updated data, where the data becomes 1 (`ufunc_fills`).
            let plain = if is_masked_value(rhs) {
                Value::Array(other.clone())
            } else {
                rhs.clone()
            };
            numpy::binary_inplace(op, &data, &plain)?;
            let own = mask_or(mask.as_ref(), other_mask.as_ref())?;
            let mut m = shrink(full_from(own.as_ref(), &shape));
            if op == BinOp::Mod {
                let dom = safe_divide_domain(&data, &other, &shape)?;
                if dom.iter().any(|&d| d) {
                    let dom = bool_array(dom, &shape);
                    crate::array::copy_into(&data, &where_scalar(&dom, Scalar::Int64(1), &data)?)?;
                    m = mask_or(m.as_ref(), Some(&dom))?;
                }
            }
            m
        }
        _ => return Ok(false),
    };
    target.borrow_mut().mask = mask;
    Ok(true)
}

/// `np.where(cond, y.dtype.type(x), y)`: `x` cast to y's dtype where `cond` holds.
fn where_scalar(cond: &Array, x: Scalar, y: &Array) -> Result<Array> {
    use crate::array::promote::Operand;
    let x = Operand::Scalar(cast_scalar(x, y.dtype()));
    crate::array::select::where3(cond, &x, &Operand::Array(y.clone()))
}

/// `_DomainSafeDivide`: `|a| * tiny >= |b|`, flat over `shape`.
fn safe_divide_domain(da: &Array, db: &Array, shape: &[usize]) -> Result<Vec<bool>> {
    let domain = quiet(|| {
        let abs_a = numpy::absolute(&Value::Array(da.clone()))?;
        let abs_b = numpy::absolute(&Value::Array(db.clone()))?;
        let scaled = numpy::binary(BinOp::Mul, &abs_a, &Value::Float(f64::MIN_POSITIVE))?;
        numpy::compare(CmpOp::Ge, &scaled, &abs_b)
    })?;
    grow(&to_array(&domain, None)?, shape)
}

/// `a % b`: MaskedArray has no `__mod__`, so ndarray's runs `np.remainder`
/// (with its warnings) and `MaskedArray.__array_wrap__` masks the inputs'
/// masks and the divide domain, where the data becomes 1 (`ufunc_fills`).
fn remainder(a: &Value, b: &Value) -> Result<Value> {
    let (pa, pb) = (parts(a), parts(b));
    let (da, db) = (getdata(a)?, getdata(b)?);
    // NumPy's getdata turns a Python scalar into a 0-d array, so it promotes
    // as a typed operand (`uint8 masked + 1` is int64), not as a weak scalar.
    let plain = |_: &Value, d: &Array| -> Value { Value::Array(d.clone()) };
    let result = to_array(
        &numpy::binary(BinOp::Mod, &plain(a, &da), &plain(b, &db))?,
        None,
    )?;
    let shape = result.shape().to_vec();
    let ma = pa.as_ref().and_then(|m| m.mask.clone());
    let mb = pb.as_ref().and_then(|m| m.mask.clone());
    let mut m = shrink(mask_or(ma.as_ref(), mb.as_ref())?)
        .map(|m| grow(&m, &shape))
        .transpose()?;
    let d = safe_divide_domain(&da, &db, &shape)?;
    let mut data = result;
    if d.iter().any(|&x| x) {
        let one = cast_scalar(Scalar::Int64(1), data.dtype());
        let items: Vec<Scalar> = (0..data.size())
            .map(|i| if d[i] { one } else { data.get_flat(i) })
            .collect();
        data = Array::from_scalars(&items, data.dtype(), shape.clone());
        m = Some(match m {
            None => d,
            Some(m) => m.iter().zip(&d).map(|(x, y)| *x || *y).collect(),
        });
    }
    let fill = pa
        .as_ref()
        .map(|m| m.fill)
        .or_else(|| pb.as_ref().map(|m| m.fill))
        .flatten();
    if shape.is_empty() {
        if m.is_some_and(|m| m[0]) {
            return Ok(Value::MaskedConstant);
        }
        return Ok(numpy::unwrap0(data));
    }
    Ok(value(data, m.map(|m| bool_array(m, &shape)), fill))
}

/// `np.ma.power`: masked places keep a's data; a result that is not
/// finite is masked too (its data becomes the fill value).
fn power(a: &Value, b: &Value) -> Result<Value> {
    let (pa, pb) = (parts(a), parts(b));
    let (fa, fb) = (getdata(a)?, getdata(b)?);
    let ma = pa.as_ref().and_then(|m| m.mask.clone());
    let mb = pb.as_ref().and_then(|m| m.mask.clone());
    let m = shrink(mask_or(ma.as_ref(), mb.as_ref())?);
    // NumPy's getdata turns a Python scalar into a 0-d array, so it promotes
    // as a typed operand (`uint8 masked + 1` is int64), not as a weak scalar.
    let plain = |_: &Value, d: &Array| -> Value { Value::Array(d.clone()) };
    let raw = quiet(|| numpy::binary(BinOp::Pow, &plain(a, &fa), &plain(b, &fb)))?;
    let raw = to_array(&raw, None)?;
    let shape = raw.shape().to_vec();
    let mut data = match &m {
        Some(mask) => put_back(
            &raw,
            &full_from(Some(mask), &shape).unwrap_or(mask.clone()),
            &fa,
            false,
        )?,
        None => raw,
    };
    let fill = pa.as_ref().and_then(|p| p.fill);
    let invalid: Vec<bool> = bools(&classify(&data, Class::Finite)?)
        .iter()
        .map(|f| !f)
        .collect();
    let mut mask = match &m {
        Some(mask) => {
            if shape.is_empty() {
                return Ok(Value::MaskedConstant);
            }
            let g = grow(mask, &shape)?;
            Some(
                g.iter()
                    .zip(&invalid)
                    .map(|(x, y)| *x || *y)
                    .collect::<Vec<bool>>(),
            )
        }
        None => None,
    };
    if invalid.iter().any(|&x| x) {
        if shape.is_empty() {
            return Ok(Value::MaskedConstant);
        }
        if mask.is_none() {
            mask = Some(invalid.clone());
        }
        let f = fill.unwrap_or_else(|| default_fill(data.dtype()));
        let f = cast_scalar(f, data.dtype());
        let items: Vec<Scalar> = (0..data.size())
            .map(|i| if invalid[i] { f } else { data.get_flat(i) })
            .collect();
        data = Array::from_scalars(&items, data.dtype(), shape.clone());
    }
    // `np.where(...).view(MaskedArray)` keeps even a 0-d result masked-array.
    Ok(value(data, mask.map(|m| bool_array(m, &shape)), fill))
}

/// Where masked, the result takes `da` back: `np.copyto(result, da,
/// casting='unsafe', where=m)`, or for domained operations 0 plus `m * da`
/// when da's dtype casts safely to the result's.
fn put_back(result: &Array, mask: &Array, da: &Array, domained: bool) -> Result<Array> {
    let shape = result.shape();
    let m = bools(mask);
    let Some(dab) = broadcast_to(da, shape) else {
        return Ok(result.clone());
    };
    let zero = cast_scalar(Scalar::Int64(0), result.dtype());
    let safe = crate::array::can_cast(da.dtype(), result.dtype(), crate::array::Casting::Safe);
    let items: Vec<Scalar> = (0..result.size())
        .map(|i| {
            if !m[i] {
                result.get_flat(i)
            } else if !domained || safe {
                cast_scalar(dab.get_flat(i), result.dtype())
            } else {
                zero
            }
        })
        .collect();
    Ok(Array::from_scalars(&items, result.dtype(), shape.to_vec()))
}

/// `MaskedArray._comparison`: masked where either side is; for `==`/`!=`
/// an entry masked on both sides compares equal.
pub fn compare(op: CmpOp, a: &Value, b: &Value) -> Result<Value> {
    let (pa, pb) = (parts(a), parts(b));
    let (ma, mb) = (
        pa.as_ref().and_then(|m| m.mask.clone()),
        pb.as_ref().and_then(|m| m.mask.clone()),
    );
    let plain = |v: &Value| -> Result<Value> {
        Ok(if is_masked_value(v) {
            Value::Array(getdata(v)?)
        } else {
            v.clone()
        })
    };
    let check = numpy::compare(op, &plain(a)?, &plain(b)?)?;
    let mask = shrink(mask_or(ma.as_ref(), mb.as_ref())?);
    let check = match check {
        Value::Array(c) => c,
        other => {
            if any_true(mask.as_ref()) {
                return Ok(Value::MaskedConstant);
            }
            return Ok(other);
        }
    };
    let shape = check.shape().to_vec();
    let mut data = bools(&check);
    let mask = match mask {
        Some(mask) => {
            let mflat = grow(&mask, &shape)?;
            if matches!(op, CmpOp::Eq | CmpOp::Ne) {
                let side = |m: &Option<Array>| -> Result<Vec<bool>> {
                    match m {
                        Some(m) => grow(m, &shape),
                        None => Ok(vec![false; data.len()]),
                    }
                };
                let (sa, sb) = (side(&ma)?, side(&mb)?);
                for i in 0..data.len() {
                    if mflat[i] {
                        data[i] = (sa[i] == sb[i]) == (op == CmpOp::Eq);
                    }
                }
            }
            Some(bool_array(mflat, &shape))
        }
        None => None,
    };
    let fill = pa
        .as_ref()
        .map(|m| m.fill)
        .or_else(|| pb.as_ref().map(|m| m.fill))
        .flatten()
        .map(|f| cast_scalar(f, DType::Bool));
    Ok(value(bool_array(data, &shape), mask, fill))
}

/// `-m`, `+m`: the operation on the data, the mask kept.
pub fn unary(op: crate::syntax::ast::UnaryOp, v: &Value) -> Result<Value> {
    if let Value::MaskedConstant = v {
        return Ok(Value::MaskedConstant);
    }
    let m = as_masked(v)?;
    let r = quiet(|| numpy::unary(op, &Value::Array(m.data.clone())))?;
    Ok(value(to_array(&r, None)?, m.mask, m.fill))
}

// ---- indexing ---------------------------------------------------------------------------------

/// `m[i]`: a masked element is `masked`, a slice a masked array.
pub fn getitem(v: &Value, idx: &Value) -> Result<Value> {
    let m = as_masked(v)?;
    let d = numpy::getitem(&Value::Array(m.data.clone()), idx)?;
    let mk = match &m.mask {
        Some(mask) => Some(numpy::getitem(&Value::Array(mask.clone()), idx)?),
        None => None,
    };
    Ok(match d {
        Value::Array(data) => {
            let mask = match mk {
                Some(Value::Array(a)) => Some(a),
                Some(Value::Scalar(s)) => Some(Array::from_scalar(s)),
                _ => None,
            };
            value(data, mask, m.fill)
        }
        scalar => {
            if matches!(mk, Some(Value::Scalar(Scalar::Bool(true)))) {
                Value::MaskedConstant
            } else {
                scalar
            }
        }
    })
}

/// `m[i] = x`: `np.ma.masked` masks the places; anything else sets the data
/// and takes x's mask (unmasking them for a plain value).
pub fn setitem(r: &MaskedRef, idx: &Value, v: &Value) -> Result<()> {
    // Read the value before borrowing the target: `m[:] = m` is the same cell.
    let (dval, mval) = match parts(v) {
        Some(p) if !matches!(v, Value::MaskedConstant) => (Value::Array(p.data), p.mask),
        _ => (v.clone(), None),
    };
    let mut m = r.borrow_mut();
    if let Value::MaskedConstant = v {
        let shape = m.data.shape().to_vec();
        let mask = m.mask.get_or_insert_with(|| full_mask(&shape, false));
        return numpy::setitem(mask, idx, &Value::Bool(true));
    }
    numpy::setitem(&m.data, idx, &dval)?;
    match (&m.mask, mval) {
        (None, None) => Ok(()),
        (None, Some(mv)) => {
            let shape = m.data.shape().to_vec();
            let mask = m.mask.get_or_insert_with(|| full_mask(&shape, false));
            numpy::setitem(mask, idx, &Value::Array(mv))
        }
        (Some(mask), mv) => {
            let mv = mv.map_or(Value::Bool(false), Value::Array);
            numpy::setitem(mask, idx, &mv)
        }
    }
}

/// `bool(m)`: masked is False; otherwise the data's truth.
pub fn truthy(v: &Value) -> Result<bool> {
    let m = as_masked(v)?;
    if m.data.size() == 1 && any_true(m.mask.as_ref()) {
        return Ok(false);
    }
    numpy::truthy(&Value::Array(m.data))
}

/// Iterating a masked array yields its rows (or elements, `masked` where masked).
pub fn items(v: &Value) -> Result<Vec<Value>> {
    let m = as_masked(v)?;
    if m.data.ndim() == 0 {
        return Err(Error::type_error("iteration over a 0-d array"));
    }
    (0..m.data.shape()[0])
        .map(|i| getitem(v, &Value::int(i)))
        .collect()
}

// ---- the tables --------------------------------------------------------------------------------

/// `np.ma.NAME`; None when numpy.ma has no such name.
pub fn module_attr(name: &str) -> Option<Result<Value>> {
    if let Some(f) = FUNCTIONS.iter().find(|f| f.name == name) {
        return Some(Ok(Value::Function(f)));
    }
    Some(match name {
        "masked" | "masked_singleton" => Ok(Value::MaskedConstant),
        "nomask" => Ok(Value::Scalar(Scalar::Bool(false))),
        "MaskedArray" => Ok(Value::Function(&FUNCTIONS[1])),
        _ => return None,
    })
}

/// The np.ma function that `np.NAME(m, ...)` reaches through `m.NAME()`.
pub fn dispatched(def: &FnDef) -> Option<&'static FnDef> {
    if !matches!(
        def.name,
        "sum" | "cumsum" | "cumprod" | "prod" | "mean" | "min" | "max"
    ) {
        return None;
    }
    FUNCTIONS.iter().find(|f| f.name == def.name)
}

/// The names of `np.ma` npcalc has beside its functions (`module_attr`).
const MODULE_VALUES: [&str; 4] = ["masked", "masked_singleton", "nomask", "MaskedArray"];

/// The names `np.ma.NAME` finds in npcalc, for completion.
pub fn supported_members() -> Vec<&'static str> {
    let mut names: Vec<&str> = FUNCTIONS
        .iter()
        .map(|f| f.name)
        .chain(MODULE_VALUES)
        .collect();
    names.sort_unstable();
    names.dedup();
    names
}

/// The names `np.ma` has, for suggestions.
pub fn module_members() -> Vec<&'static str> {
    super::upstream::NAMES
        .iter()
        .find(|(owner, _)| *owner == "np.ma")
        .map_or(vec![], |(_, names)| names.to_vec())
}

const fn p(name: &'static str, default: Option<&'static str>, help: &'static str) -> Param {
    Param {
        name,
        default,
        kind: ParamKind::Normal,
        help,
    }
}

const AXIS: Param = p(
    "axis",
    Some("None"),
    "The axis to work along; None means all.",
);
const DTYPE: Param = p("dtype", Some("None"), "The dtype of the result.");
const OUT: Param = p(
    "out",
    Some("None"),
    "An ndarray to write the result's data into; it is returned.",
);

macro_rules! entry {
    ($owner:expr, $name:literal, [$($p:expr),*], $doc:literal, $imp:expr) => {
        FnDef {
            name: $name,
            owner: $owner,
            error_name: None,
            params: &[$($p),*],
            doc: $doc,
            examples: &[],
            imp: $imp,
        }
    };
}

const MASK_P: Param = p(
    "mask",
    Some("nomask"),
    "True where a value is missing (a bool array, or one bool for all).",
);
const FILL_P: Param = p(
    "fill_value",
    Some("None"),
    "The value `filled()` puts in masked places.",
);

pub static FUNCTIONS: &[FnDef] = &[
    entry!(
        Owner::Numpy,
        "array",
        [p("data", None, "The values."), DTYPE, MASK_P, FILL_P],
        "A masked array: data with a mask of missing entries.",
        ma_array
    ),
    entry!(
        Owner::Numpy,
        "masked_array",
        [
            p("data", Some("None"), "The values."),
            MASK_P,
            DTYPE,
            FILL_P
        ],
        "The MaskedArray class: data with a mask of missing entries.",
        ma_array
    ),
    entry!(
        Owner::Numpy,
        "masked_where",
        [
            p("condition", None, "True where a masks."),
            p("a", None, "The values.")
        ],
        "a masked where the condition holds.",
        masked_where
    ),
    entry!(
        Owner::Numpy,
        "masked_invalid",
        [p("a", None, "The values.")],
        "a masked where it is NaN or infinite.",
        masked_invalid
    ),
    entry!(
        Owner::Numpy,
        "masked_equal",
        [
            p("x", None, "The values."),
            p("value", None, "The value to mask.")
        ],
        "x masked where it equals value (which becomes the fill value).",
        masked_equal
    ),
    entry!(
        Owner::Numpy,
        "masked_not_equal",
        [
            p("x", None, "The values."),
            p("value", None, "The value to keep.")
        ],
        "x masked where it differs from value.",
        masked_not_equal
    ),
    entry!(
        Owner::Numpy,
        "masked_greater",
        [p("x", None, "The values."), p("value", None, "The bound.")],
        "x masked where it is greater than value.",
        masked_greater
    ),
    entry!(
        Owner::Numpy,
        "masked_greater_equal",
        [p("x", None, "The values."), p("value", None, "The bound.")],
        "x masked where it is at least value.",
        masked_greater_equal
    ),
    entry!(
        Owner::Numpy,
        "masked_less",
        [p("x", None, "The values."), p("value", None, "The bound.")],
        "x masked where it is less than value.",
        masked_less
    ),
    entry!(
        Owner::Numpy,
        "masked_less_equal",
        [p("x", None, "The values."), p("value", None, "The bound.")],
        "x masked where it is at most value.",
        masked_less_equal
    ),
    entry!(
        Owner::Numpy,
        "masked_inside",
        [
            p("x", None, "The values."),
            p("v1", None, "One end."),
            p("v2", None, "The other end.")
        ],
        "x masked inside the closed interval [v1, v2].",
        masked_inside
    ),
    entry!(
        Owner::Numpy,
        "masked_outside",
        [
            p("x", None, "The values."),
            p("v1", None, "One end."),
            p("v2", None, "The other end.")
        ],
        "x masked outside the closed interval [v1, v2].",
        masked_outside
    ),
    entry!(
        Owner::Numpy,
        "cumsum",
        [p("a", None, "The values."), AXIS, DTYPE, OUT],
        "Running total with masked entries counted as 0; they stay masked.",
        cumsum
    ),
    entry!(
        Owner::Numpy,
        "cumprod",
        [p("a", None, "The values."), AXIS, DTYPE, OUT],
        "Running product with masked entries counted as 1; they stay masked.",
        cumprod
    ),
    entry!(
        Owner::Numpy,
        "sum",
        [p("a", None, "The values."), AXIS, DTYPE],
        "The sum of the unmasked entries.",
        sum
    ),
    entry!(
        Owner::Numpy,
        "prod",
        [p("a", None, "The values."), AXIS, DTYPE],
        "The product of the unmasked entries.",
        prod
    ),
    entry!(
        Owner::Numpy,
        "mean",
        [p("a", None, "The values."), AXIS, DTYPE],
        "The mean of the unmasked entries.",
        mean
    ),
    entry!(
        Owner::Numpy,
        "min",
        [p("a", None, "The values."), AXIS, FILL_P],
        "The smallest unmasked entry.",
        min
    ),
    entry!(
        Owner::Numpy,
        "max",
        [p("a", None, "The values."), AXIS, FILL_P],
        "The largest unmasked entry.",
        max
    ),
    entry!(
        Owner::Numpy,
        "count",
        [p("a", None, "The values."), AXIS],
        "How many entries are not masked.",
        count
    ),
    entry!(
        Owner::Numpy,
        "filled",
        [p("a", None, "The values."), FILL_P],
        "A plain array with masked entries replaced by the fill value.",
        ma_filled
    ),
    entry!(
        Owner::Numpy,
        "compressed",
        [p("x", None, "The values.")],
        "The unmasked entries, as a flat plain array.",
        ma_compressed
    ),
    entry!(
        Owner::Numpy,
        "getmask",
        [p("a", None, "The values.")],
        "The mask of a, or nomask (False).",
        getmask
    ),
    entry!(
        Owner::Numpy,
        "getmaskarray",
        [p("arr", None, "The values.")],
        "The mask of arr as a full bool array.",
        getmaskarray
    ),
    entry!(
        Owner::Numpy,
        "getdata",
        [p("a", None, "The values.")],
        "The data under the mask, as a plain array.",
        ma_getdata
    ),
    entry!(
        Owner::Numpy,
        "is_masked",
        [p("x", None, "The values.")],
        "Whether x has any masked entry.",
        is_masked
    ),
];

pub static METHODS: &[FnDef] = &[
    entry!(
        Owner::MethodPy,
        "cumsum",
        [AXIS, DTYPE, OUT],
        "Running total with masked entries counted as 0; they stay masked.",
        cumsum
    ),
    entry!(
        Owner::MethodPy,
        "cumprod",
        [AXIS, DTYPE, OUT],
        "Running product with masked entries counted as 1; they stay masked.",
        cumprod
    ),
    entry!(
        Owner::MethodPy,
        "sum",
        [AXIS, DTYPE],
        "The sum of the unmasked entries.",
        sum
    ),
    entry!(
        Owner::MethodPy,
        "prod",
        [AXIS, DTYPE],
        "The product of the unmasked entries.",
        prod
    ),
    entry!(
        Owner::MethodPy,
        "mean",
        [AXIS, DTYPE],
        "The mean of the unmasked entries.",
        mean
    ),
    entry!(
        Owner::MethodPy,
        "min",
        [AXIS, FILL_P],
        "The smallest unmasked entry.",
        min
    ),
    entry!(
        Owner::MethodPy,
        "max",
        [AXIS, FILL_P],
        "The largest unmasked entry.",
        max
    ),
    entry!(
        Owner::MethodPy,
        "count",
        [AXIS],
        "How many entries are not masked.",
        count
    ),
    entry!(
        Owner::MethodPy,
        "filled",
        [FILL_P],
        "A plain array with masked entries replaced by the fill value.",
        m_filled
    ),
    entry!(
        Owner::MethodPy,
        "compressed",
        [],
        "The unmasked entries, as a flat plain array.",
        m_compressed
    ),
    entry!(
        Owner::Method,
        "tolist",
        [],
        "The values as nested Python lists, None where masked.",
        m_tolist
    ),
];
