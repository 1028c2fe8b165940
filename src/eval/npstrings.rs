//! `np.strings` and the legacy `np.char` over npcalc's `<U` arrays, as
//! numpy/_core/strings.py and defchararray.py define them. NumPy's string
//! ufuncs and its `_vec_string` both apply Python's `str` semantics to each
//! element, so each element here runs the Python `str` method (or operator)
//! of the same name; what differs per function is the result's dtype and
//! width, which follow strings.py's formulas, and whether a 0-d result is a
//! scalar (the ufuncs) or a 0-d array (`_vec_string` and `out=` calls).

use super::objarray::ObjArray;
use super::strarray::{StrArray, as_text};
use super::table::{Args, CallArgs, FnDef, Owner, p};
use super::value::{Module, Value};
use super::{Interp, to_array};
use crate::array::{Array, DType, Kind, Scalar, Ufunc};
use crate::error::{Error, Exc, Result, Span};
use crate::syntax::ast::BinOp;
use std::rc::Rc;

/// One operand of an element-wise call.
enum Operand {
    Text(StrArray),
    Num(Array),
}

impl Operand {
    fn shape(&self) -> &[usize] {
        match self {
            Operand::Text(s) => s.shape(),
            Operand::Num(a) => a.shape(),
        }
    }
}

/// How a result's elements become NumPy's result.
#[derive(Clone, Copy)]
enum Out {
    /// Text in the width of the longest element (at least 1), as strings.py
    /// sizes its `out=` buffers; `scalar` gives a 0-d result as `np.str_`.
    Text {
        scalar: bool,
    },
    /// Text in the width strings.py computes as the `.max()` of its buffer
    /// sizes (the longest result), which fails on an empty array.
    Sized,
    /// Text in the given width (`_vec_string(a, a.dtype, …)`): a 0-d array.
    Width(usize),
    Bool,
    Int,
    /// Python objects (`np.char.split`): an object array.
    Object,
}

/// The `<class 'numpy.dtypes.…'>` NumPy's loop search names for `v`; a
/// Python number is a weak scalar only beside other inputs (a unary ufunc
/// names the array NumPy makes of it).
fn dtype_class(v: &Value, weak: bool) -> String {
    let name = match v {
        Value::Int(_) if weak => "_PyLongDType".to_string(),
        Value::Float(_) if weak => "_PyFloatDType".to_string(),
        Value::Complex(_) if weak => "_PyComplexDType".to_string(),
        Value::None => return "<class 'numpy.dtypes.ObjectDType'>".to_string(),
        _ if matches!(as_text(v), Ok(Some(_))) => "StrDType".to_string(),
        _ => match to_array(v, None) {
            Ok(a) => a.dtype().class_name().to_string(),
            Err(_) => "ObjectDType".to_string(),
        },
    };
    format!("<class 'numpy.dtypes.{name}'>")
}

/// A string ufunc's "no loop" error for its inputs.
fn no_loop(ufunc: &str, inputs: &[Value]) -> Error {
    let weak = inputs.len() > 1;
    let classes: Vec<String> = inputs.iter().map(|v| dtype_class(v, weak)).collect();
    let sig = match classes.as_slice() {
        [one] => one.clone(),
        many => format!("({})", many.join(", ")),
    };
    Error::new(
        Exc::UFuncNoLoopError,
        format!(
            "ufunc '{ufunc}' did not contain a loop with signature matching types {sig} -> None"
        ),
    )
}

/// `v` as text, or the error a non-string input meets: `_vec_string`'s
/// TypeError (`ufunc` None) or the named ufunc's missing loop.
fn text(v: &Value, ufunc: Option<(&str, &[Value])>) -> Result<StrArray> {
    match as_text(v)? {
        Some(s) => Ok(s),
        None => Err(match ufunc {
            Some((name, inputs)) => no_loop(name, inputs),
            None => Error::type_error("string operation on non-string array"),
        }),
    }
}

/// An integer operand (`width`, `i`): strings.py checks its dtype first.
fn integers(v: &Value, operand: &str) -> Result<Array> {
    let unsupported = |dtype: String| {
        Error::type_error(format!("unsupported type {dtype} for operand '{operand}'"))
    };
    if let Some(t) = as_text(v)? {
        return Err(unsupported(t.dtype_str()));
    }
    // None and a Python int past int64 make object arrays.
    if matches!(v, Value::None) || matches!(v, Value::Int(_)) && small_checked(v).is_none() {
        return Err(unsupported("object".to_string()));
    }
    let a = to_array(v, None)?;
    // np.issubdtype(dtype, np.integer): bool is not one.
    if !matches!(a.dtype().kind(), Kind::Int | Kind::UInt) {
        return Err(unsupported(a.dtype().name().to_string()));
    }
    crate::array::cast_array(&a, DType::Int64)
}

/// A ufunc's integer input (`start`, `end`): any integer array, else the
/// ufunc's missing loop.
fn index_operand(v: &Value, ufunc: &str, inputs: &[Value], position: usize) -> Result<Array> {
    match v {
        // None is an object, which the int64 loop cannot take.
        Value::None => {
            return Err(Error::new(
                Exc::UFuncNoLoopError,
                format!(
                    "Cannot cast ufunc '{ufunc}' input {position} from dtype('O') to dtype('int64') with casting rule 'same_kind'"
                ),
            ));
        }
        Value::Int(_) if small_checked(v).is_none() => {
            return Err(Error::new(
                Exc::OverflowError,
                "Python int too large to convert to C long",
            ));
        }
        _ => {}
    }
    if matches!(as_text(v), Ok(Some(_))) {
        return Err(no_loop(ufunc, inputs));
    }
    let a = to_array(v, None).map_err(|_| no_loop(ufunc, inputs))?;
    // np.issubdtype(dtype, np.integer): bool is not one.
    if !matches!(a.dtype().kind(), Kind::Int | Kind::UInt) {
        return Err(no_loop(ufunc, inputs));
    }
    crate::array::cast_array(&a, DType::Int64)
}

/// A Python int's value when it fits int64.
fn small_checked(v: &Value) -> Option<i64> {
    use num_traits::ToPrimitive;
    match v {
        Value::Int(i) => i.to_i64(),
        _ => None,
    }
}

/// Runs `f` on each broadcast element (text as a Python str, numbers as
/// Python ints) and shapes the results as `out` says.
fn each(
    it: &mut Interp,
    operands: &[Operand],
    out: Out,
    f: &mut dyn FnMut(&mut Interp, &[Value]) -> Result<Value>,
) -> Result<Value> {
    let shapes: Vec<&[usize]> = operands.iter().map(Operand::shape).collect();
    let shape = crate::array::shape::broadcast_shapes(&shapes)?;
    let n: usize = shape.iter().product();
    let columns: Vec<Vec<Value>> = operands
        .iter()
        .map(|o| match o {
            Operand::Text(s) => super::strarray::broadcast_strings(s, &shape)
                .into_iter()
                .map(Value::Str)
                .collect(),
            Operand::Num(a) => crate::array::shape::broadcast_to(a, &shape)
                .expect("broadcastable")
                .to_vec::<i64>()
                .into_iter()
                .map(Value::int)
                .collect(),
        })
        .collect();
    let mut results = Vec::with_capacity(n);
    for k in 0..n {
        crate::array::signals::poll();
        let row: Vec<Value> = columns.iter().map(|c| c[k].clone()).collect();
        results.push(f(it, &row)?);
    }
    finish(results, shape, out)
}

/// The results as NumPy returns them.
fn finish(results: Vec<Value>, shape: Vec<usize>, out: Out) -> Result<Value> {
    let zero_d = shape.is_empty();
    if matches!(out, Out::Sized) && results.is_empty() {
        return Err(empty_max());
    }
    Ok(match out {
        Out::Text { .. } | Out::Width(_) | Out::Sized => {
            let texts: Vec<Rc<str>> = results
                .iter()
                .map(|v| super::strarray::text_of(v).expect("str methods give str"))
                .collect();
            let width = match out {
                Out::Width(w) => w,
                _ => texts
                    .iter()
                    .map(|t| t.chars().count())
                    .max()
                    .unwrap_or(0)
                    .max(1),
            };
            if zero_d && matches!(out, Out::Text { scalar: true }) {
                return Ok(Value::NpStr(texts[0].clone()));
            }
            Value::StrArray(Box::new(StrArray::new(texts, shape, Some(width))))
        }
        Out::Bool | Out::Int => {
            let r = if matches!(out, Out::Bool) {
                let v: Vec<bool> = results
                    .iter()
                    .map(|x| matches!(x, Value::Bool(true)))
                    .collect();
                Array::from_vec(v, shape)
            } else {
                let v: Vec<i64> = results.iter().map(small).collect();
                Array::from_vec(v, shape)
            };
            if zero_d {
                Value::Scalar(r.get_flat(0))
            } else {
                Value::Array(r)
            }
        }
        Out::Object => Value::ObjArray(Box::new(ObjArray::new(results, shape))),
    })
}

/// A Python int result (an index, a count) as i64.
fn small(v: &Value) -> i64 {
    use num_traits::ToPrimitive;
    match v {
        Value::Int(i) => i.to_i64().unwrap_or(0),
        _ => 0,
    }
}

/// `.max()` of strings.py's buffer sizes when there are none.
fn empty_max() -> Error {
    Error::value_error("zero-size array to reduction operation maximum which has no identity")
}

/// The widest `<U` dtype NumPy makes (its item size, 4 bytes a character,
/// must fit a C int): a wider result fails as its dtype string does.
fn check_width(width: i64) -> Result<()> {
    if width > i32::MAX as i64 / 4 {
        return Err(Error::type_error(format!(
            "data type 'U{width}' not understood"
        )));
    }
    Ok(())
}

/// `s.name(*rest)` as Python runs it.
fn str_method(it: &mut Interp, name: &str, row: &[Value], span: Span) -> Result<Value> {
    let m = it.getattr(&row[0], name)?;
    let call = CallArgs {
        positional: row[1..].iter().map(|v| (v.clone(), span)).collect(),
        keywords: vec![],
    };
    it.call(&m, call, span)
}

/// The one-argument `_vec_string` functions: `upper`, `title`, …, in the
/// input's width.
fn same_width(it: &mut Interp, args: &Args, name: &'static str) -> Result<Value> {
    let a = text(&args.get("a"), None)?;
    let span = args.call_span;
    let w = a.width;
    each(it, &[Operand::Text(a)], Out::Width(w), &mut |it, row| {
        str_method(it, name, row, span)
    })
}

/// The `is…` ufuncs: a bool per element.
fn predicate(it: &mut Interp, args: &Args, name: &'static str) -> Result<Value> {
    let v = args.get("a");
    let a = text(&v, Some((name, std::slice::from_ref(&v))))?;
    let span = args.call_span;
    each(it, &[Operand::Text(a)], Out::Bool, &mut |it, row| {
        str_method(it, name, row, span)
    })
}

/// `find`, `rfind`, `index`, `rindex`, `count`, `startswith`, `endswith`:
/// ufuncs of (a, sub, start, end), `end` None meaning the end.
fn search(it: &mut Interp, args: &Args, name: &'static str, sub_name: &str) -> Result<Value> {
    let (a, sub, start) = (args.get("a"), args.get(sub_name), args.get("start"));
    let end = match args.get("end") {
        Value::None => Value::int(i64::MAX),
        e => e,
    };
    let ufunc = name;
    let inputs = [a.clone(), sub.clone(), start.clone(), end.clone()];
    let ops = [
        Operand::Text(text(&a, Some((ufunc, &inputs)))?),
        Operand::Text(text(&sub, Some((ufunc, &inputs)))?),
        Operand::Num(index_operand(&start, ufunc, &inputs, 2)?),
        Operand::Num(index_operand(&end, ufunc, &inputs, 3)?),
    ];
    let span = args.call_span;
    let out = if name.ends_with("with") {
        Out::Bool
    } else {
        Out::Int
    };
    each(it, &ops, out, &mut |it, row| {
        str_method(it, name, row, span)
    })
}

/// `center`, `ljust`, `rjust` (with `fillchar`) and `zfill`: the width is
/// max(len(a), width), strings.py's buffer size.
fn pad(it: &mut Interp, args: &Args, name: &'static str) -> Result<Value> {
    let a_value = args.get("a");
    let width = integers(&args.get("width"), "width")?;
    let mut ops = vec![Operand::Num(width.clone())];
    if name != "zfill" {
        let fill = args.get("fillchar");
        let fill = text(&fill, Some(("str_len", std::slice::from_ref(&fill))))?;
        if fill.strings().iter().any(|s| s.chars().count() != 1) {
            return Err(Error::type_error(
                "The fill character must be exactly one character long",
            ));
        }
        as_numbers_like(&a_value, &fill)?;
        ops.push(Operand::Text(fill));
    }
    // strings.py then measures the input with str_len.
    let a = text(&a_value, Some(("str_len", std::slice::from_ref(&a_value))))?;
    if let Some(w) = width.to_vec::<i64>().into_iter().max() {
        check_width(w)?;
    }
    ops.insert(0, Operand::Text(a));
    let span = args.call_span;
    each(it, &ops, Out::Sized, &mut |it, row| {
        str_method(it, name, row, span)
    })
}

/// strings.py casts a text operand to a non-text `a`'s dtype
/// (`astype(a.dtype)`) before its ufunc runs: that cast's error, or else the
/// cast operand (None when `a` is text).
fn as_numbers_like(a: &Value, other: &StrArray) -> Result<Option<Value>> {
    if as_text(a)?.is_some() {
        return Ok(None);
    }
    let dtype = to_array(a, None)?.dtype();
    Ok(Some(Value::Array(super::strnum::text_to_array(
        other, dtype,
    )?)))
}

/// The search ufunc strings.py runs first (`count` for replace, `find` or
/// `rfind` for partition) meeting a non-text `a` and its cast operand.
fn search_no_loop(ufunc: &str, a: &Value, cast: Value) -> Error {
    no_loop(
        ufunc,
        &[a.clone(), cast, Value::int(0), Value::int(i64::MAX)],
    )
}

/// `strip`, `lstrip`, `rstrip`: ufuncs (a 0-d result is a scalar), with
/// `chars` None meaning whitespace.
fn strip(it: &mut Interp, args: &Args, name: &'static str) -> Result<Value> {
    let a = args.get("a");
    let chars = args.get("chars");
    let span = args.call_span;
    let out = Out::Text { scalar: true };
    if matches!(chars, Value::None) {
        let ufunc = format!("_{name}_whitespace");
        let t = text(&a, Some((&ufunc, std::slice::from_ref(&a))))?;
        let w = t.width;
        let r = each(it, &[Operand::Text(t)], out, &mut |it, row| {
            str_method(it, name, row, span)
        })?;
        return Ok(keep_width(r, w));
    }
    let inputs = [a.clone(), chars.clone()];
    let ufunc = format!("_{name}_chars");
    let t = text(&a, Some((&ufunc, &inputs)))?;
    let w = t.width;
    let c = text(&chars, Some((&ufunc, &inputs)))?;
    let r = each(
        it,
        &[Operand::Text(t), Operand::Text(c)],
        out,
        &mut |it, row| str_method(it, name, row, span),
    )?;
    Ok(keep_width(r, w))
}

/// A stripped array keeps its input's width (the ufunc's out dtype).
fn keep_width(r: Value, w: usize) -> Value {
    match r {
        Value::StrArray(s) => Value::StrArray(Box::new(StrArray::new(
            s.strings(),
            s.shape().to_vec(),
            Some(w),
        ))),
        other => other,
    }
}

fn replace(it: &mut Interp, args: &Args) -> Result<Value> {
    let a_value = args.get("a");
    let old = text(&args.get("old"), None)?;
    let new = text(&args.get("new"), None)?;
    let count = integers(&args.get("count"), "count")?;
    if let Some(cast) = as_numbers_like(&a_value, &old)? {
        as_numbers_like(&a_value, &new)?;
        return Err(search_no_loop("count", &a_value, cast));
    }
    let a = text(&a_value, None)?;
    let span = args.call_span;
    let ops = [
        Operand::Text(a),
        Operand::Text(old),
        Operand::Text(new),
        Operand::Num(count),
    ];
    each(it, &ops, Out::Sized, &mut |it, row| {
        str_method(it, "replace", row, span)
    })
}

fn multiply(it: &mut Interp, args: &Args, legacy: bool) -> Result<Value> {
    let a = args.get("a");
    let a = text(&a, Some(("str_len", std::slice::from_ref(&a))))?;
    let i = integers(&args.get("i"), "i").map_err(|e| {
        // np.char.multiply turns strings.multiply's TypeError into this.
        if legacy {
            Error::value_error("Can only multiply by integers")
        } else {
            e
        }
    })?;
    let ops = [Operand::Text(a), Operand::Num(i)];
    // strings.py sizes the result (str_len(a) * i) before filling it.
    let sizes = each(it, &ops, Out::Int, &mut |_, row| {
        let n = super::strarray::text_of(&row[0]).map_or(0, |t| t.chars().count()) as i64;
        Ok(Value::int(n.saturating_mul(small(&row[1]))))
    })?;
    let widest = match sizes {
        Value::Array(a) => a.to_vec::<i64>().into_iter().max(),
        Value::Scalar(Scalar::Int64(n)) => Some(n),
        _ => None,
    };
    check_width(widest.ok_or_else(empty_max)?)?;
    each(it, &ops, Out::Sized, &mut |it, row| {
        it.binary(BinOp::Mul, &row[0], &row[1])
    })
}

/// `np.strings.mod(a, values)`: `a % values` per element, `values` an
/// array like any operand (a tuple is an array of its items, as NumPy
/// makes it).
fn modulo(it: &mut Interp, args: &Args) -> Result<Value> {
    let a = text(&args.get("a"), None)?;
    vec_string(
        it,
        a,
        &[args.get("values")],
        Out::Text { scalar: false },
        &mut |it, row| it.binary(BinOp::Mod, &row[0], &row[1]),
    )
}

/// `_vec_string(a, dtype, method, args)`: `a` and each argument broadcast
/// by NumPy's multi-iterator (whose error names the clashing arguments),
/// `f` seeing each element as a Python str and each argument's element as
/// a NumPy scalar.
fn vec_string(
    it: &mut Interp,
    a: StrArray,
    extra: &[Value],
    out: Out,
    f: &mut dyn FnMut(&mut Interp, &[Value]) -> Result<Value>,
) -> Result<Value> {
    let parts: Vec<(Array, Vec<Value>)> = extra.iter().map(elements).collect::<Result<_>>()?;
    let mut shapes: Vec<&[usize]> = vec![a.shape()];
    shapes.extend(parts.iter().map(|(codes, _)| codes.shape()));
    crate::array::gather::broadcast_args(&shapes)?;
    let mut ops = vec![Operand::Text(a)];
    ops.extend(parts.iter().map(|(codes, _)| Operand::Num(codes.clone())));
    each(it, &ops, out, &mut |it, row| {
        let mut call = vec![row[0].clone()];
        call.extend(
            parts
                .iter()
                .zip(&row[1..])
                .map(|((_, items), k)| items[small(k) as usize].clone()),
        );
        f(it, &call)
    })
}

/// `v` as `_vec_string` hands its argument arrays on: NumPy scalars (a
/// `str_` for text), with int64 codes into them that broadcast.
fn elements(v: &Value) -> Result<(Array, Vec<Value>)> {
    let (shape, items): (Vec<usize>, Vec<Value>) = match as_text(v)? {
        Some(s) => (
            s.shape().to_vec(),
            s.strings().into_iter().map(Value::NpStr).collect(),
        ),
        None => {
            let a = to_array(v, None)?;
            let items = (0..a.size())
                .map(|k| Value::Scalar(a.get_flat(k)))
                .collect();
            (a.shape().to_vec(), items)
        }
    };
    let codes = Array::from_vec((0..items.len() as i64).collect::<Vec<i64>>(), shape);
    Ok((codes, items))
}

fn str_len(it: &mut Interp, args: &Args) -> Result<Value> {
    let v = args.get("a");
    let a = text(&v, Some(("str_len", std::slice::from_ref(&v))))?;
    each(it, &[Operand::Text(a)], Out::Int, &mut |_, row| {
        Ok(Value::int(
            super::strarray::text_of(&row[0]).map_or(0, |s| s.chars().count()),
        ))
    })
}

/// `partition`/`rpartition`: np.strings gives three arrays, each in the
/// width strings.py sizes (the separator's part is 1 wide when no element
/// holds it); np.char stacks them on a last axis.
fn partition(it: &mut Interp, args: &Args, name: &'static str, legacy: bool) -> Result<Value> {
    let a_value = args.get("a");
    let sep = text(&args.get("sep"), None)?;
    if let Some(cast) = as_numbers_like(&a_value, &sep)? {
        let ufunc = if name == "partition" { "find" } else { "rfind" };
        return Err(search_no_loop(ufunc, &a_value, cast));
    }
    let a = text(&a_value, None)?;
    let span = args.call_span;
    let parts = each(
        it,
        &[Operand::Text(a), Operand::Text(sep)],
        Out::Object,
        &mut |it, row| str_method(it, name, row, span),
    )?;
    let Value::ObjArray(o) = parts else {
        unreachable!("Out::Object")
    };
    if o.codes.size() == 0 {
        return Err(empty_max());
    }
    let shape = o.codes.shape().to_vec();
    let triples: Vec<Value> = o.table.borrow().clone();
    let part = |k: usize| -> Vec<Rc<str>> {
        triples
            .iter()
            .map(|t| match t {
                Value::Tuple(t) => super::strarray::text_of(&t[k]).unwrap_or_else(|| Rc::from("")),
                _ => Rc::from(""),
            })
            .collect()
    };
    let (first, middle, last) = (part(0), part(1), part(2));
    let longest = |v: &[Rc<str>]| v.iter().map(|s| s.chars().count()).max().unwrap_or(0);
    let found = middle.iter().any(|s| !s.is_empty());
    let seps = super::strarray::broadcast_strings(&sep_of(args)?, &shape);
    // strings.py's buffer sizes: each part's longest (0 allowed), the
    // separator's width when any element holds it, else 1.
    let widths = [
        longest(&first),
        if found { longest(&seps) } else { 1 },
        longest(&last),
    ];
    if legacy {
        // np.stack(..., axis=-1): one array in the widest part's width.
        let mut texts = Vec::with_capacity(first.len() * 3);
        for k in 0..first.len() {
            texts.extend([first[k].clone(), middle[k].clone(), last[k].clone()]);
        }
        let mut shape3 = shape.clone();
        shape3.push(3);
        let w = *widths.iter().max().expect("three widths");
        return Ok(Value::StrArray(Box::new(StrArray::new(
            texts,
            shape3,
            Some(w),
        ))));
    }
    let arrays = [first, middle, last]
        .into_iter()
        .zip(widths)
        .map(|(t, w)| Value::StrArray(Box::new(StrArray::new(t, shape.clone(), Some(w)))))
        .collect();
    Ok(Value::tuple(arrays))
}

fn sep_of(args: &Args) -> Result<StrArray> {
    text(&args.get("sep"), None)
}

/// `np.char.split`/`rsplit`/`splitlines`: each element's list, in an
/// object array.
fn split(it: &mut Interp, args: &Args, name: &'static str) -> Result<Value> {
    let a = text(&args.get("a"), None)?;
    let span = args.call_span;
    let given: Vec<Value> = if name == "splitlines" {
        vec![args.get("keepends")]
    } else {
        vec![args.get("sep"), args.get("maxsplit")]
    };
    // defchararray's _clean_args: a None ends the arguments passed on.
    let rest: Vec<Value> = given
        .into_iter()
        .take_while(|v| !matches!(v, Value::None))
        .collect();
    vec_string(it, a, &rest, Out::Object, &mut |it, call| {
        str_method(it, name, call, span)
    })
}

/// `np.char.join(sep, seq)`: `sep.join(seq)` per element.
fn join(it: &mut Interp, args: &Args) -> Result<Value> {
    let sep = text(&args.get("sep"), None)?;
    // seq may hold anything: str.join then says what it cannot join.
    let span = args.call_span;
    vec_string(
        it,
        sep,
        &[args.get("seq")],
        Out::Text { scalar: false },
        &mut |it, call| str_method(it, "join", call, span),
    )
}

/// np.char's comparisons: `compare_chararrays(x1, x2, op, rstrip=True)`,
/// which ignores trailing whitespace.
fn compare(it: &mut Interp, args: &Args, op: crate::syntax::ast::CmpOp) -> Result<Value> {
    let (x1, x2) = (args.get("x1"), args.get("x2"));
    let (Some(a), Some(b)) = (as_text(&x1)?, as_text(&x2)?) else {
        return Err(Error::type_error("comparison of non-string arrays"));
    };
    // compare_chararrays returns an array, 0-d ones included.
    let r = each(
        it,
        &[Operand::Text(a), Operand::Text(b)],
        Out::Bool,
        &mut |_, row| {
            let t = |v: &Value| {
                super::strarray::text_of(v)
                    .map(|s| {
                        Rc::from(s.trim_end_matches(|c: char| {
                            c.is_ascii_whitespace() || c == '\0' || c == '\x0b'
                        }))
                    })
                    .unwrap_or_else(|| Rc::from(""))
            };
            let (p, q): (Rc<str>, Rc<str>) = (t(&row[0]), t(&row[1]));
            Ok(Value::Bool(op.holds(&p, &q)))
        },
    )?;
    Ok(match r {
        Value::Scalar(Scalar::Bool(b)) => Value::Array(Array::from_vec(vec![b], vec![])),
        other => other,
    })
}

macro_rules! sfn {
    ($name:literal, [$($param:expr),*], $doc:literal, [$($ex:literal),*], $imp:expr) => {
        FnDef {
            name: $name,
            owner: Owner::Numpy,
            error_name: None,
            params: &[$($param),*],
            doc: $doc,
            examples: &[$($ex),*],
            imp: $imp,
        }
    };
}

macro_rules! unary {
    ($name:literal, $doc:literal, $via:ident) => {
        sfn!(
            $name,
            [p!(Normal "a", "Strings (an array, a list or a str).")],
            $doc,
            [],
            |it, args| $via(it, args, $name)
        )
    };
}

macro_rules! searching {
    ($name:literal, $sub:literal, $doc:literal) => {
        sfn!(
            $name,
            [
                p!(Normal "a", "Strings."),
                p!(Normal $sub, "The substring(s) to look for."),
                p!(Normal "start" = "0", "Where to start, as in str slicing."),
                p!(Normal "end" = "None", "Where to stop (None: the end).")
            ],
            $doc,
            [],
            |it, args| search(it, args, $name, $sub)
        )
    };
}

macro_rules! padding {
    ($name:literal, $doc:literal) => {
        sfn!(
            $name,
            [
                p!(Normal "a", "Strings."),
                p!(Normal "width", "The width to pad to."),
                p!(Normal "fillchar" = "' '", "The padding character.")
            ],
            $doc,
            [],
            |it, args| pad(it, args, $name)
        )
    };
}

macro_rules! stripping {
    ($name:literal, $doc:literal) => {
        sfn!(
            $name,
            [
                p!(Normal "a", "Strings."),
                p!(Normal "chars" = "None", "The characters to remove (None: whitespace).")
            ],
            $doc,
            [],
            |it, args| strip(it, args, $name)
        )
    };
}

/// The functions np.strings and np.char share.
pub static STRINGS: &[FnDef] = &[
    unary!("upper", "Each string in upper case.", same_width),
    unary!("lower", "Each string in lower case.", same_width),
    unary!(
        "capitalize",
        "Each string with its first character upper case, the rest lower.",
        same_width
    ),
    unary!("title", "Each string in title case.", same_width),
    unary!(
        "swapcase",
        "Each string with upper and lower case swapped.",
        same_width
    ),
    unary!(
        "isalpha",
        "Whether each string is non-empty and all letters.",
        predicate
    ),
    unary!(
        "isdigit",
        "Whether each string is non-empty and all digits.",
        predicate
    ),
    unary!(
        "isnumeric",
        "Whether each string is non-empty and all numeric characters.",
        predicate
    ),
    unary!(
        "isdecimal",
        "Whether each string is non-empty and all decimal characters.",
        predicate
    ),
    unary!(
        "isspace",
        "Whether each string is non-empty and all whitespace.",
        predicate
    ),
    unary!(
        "isupper",
        "Whether each string has cased characters, all upper case.",
        predicate
    ),
    unary!(
        "islower",
        "Whether each string has cased characters, all lower case.",
        predicate
    ),
    unary!(
        "istitle",
        "Whether each string is in title case.",
        predicate
    ),
    unary!(
        "isalnum",
        "Whether each string is non-empty and all letters or digits.",
        predicate
    ),
    sfn!(
        "str_len",
        [p!(Normal "a", "Strings.")],
        "The length of each string, in characters.",
        ["np.strings.str_len(['a', 'bcd'])"],
        str_len
    ),
    searching!(
        "find",
        "sub",
        "The lowest index of sub in each string, or -1."
    ),
    searching!(
        "rfind",
        "sub",
        "The highest index of sub in each string, or -1."
    ),
    searching!(
        "index",
        "sub",
        "Like find, but ValueError when sub is not found."
    ),
    searching!(
        "rindex",
        "sub",
        "Like rfind, but ValueError when sub is not found."
    ),
    searching!(
        "count",
        "sub",
        "How many non-overlapping times sub occurs in each string."
    ),
    searching!(
        "startswith",
        "prefix",
        "Whether each string starts with prefix."
    ),
    searching!(
        "endswith",
        "suffix",
        "Whether each string ends with suffix."
    ),
    padding!(
        "center",
        "Each string centred in a field of width characters."
    ),
    padding!(
        "ljust",
        "Each string left-justified in a field of width characters."
    ),
    padding!(
        "rjust",
        "Each string right-justified in a field of width characters."
    ),
    sfn!(
        "zfill",
        [
            p!(Normal "a", "Strings."),
            p!(Normal "width", "The width to pad to with zeros.")
        ],
        "Each string padded on the left with zeros (after a sign).",
        ["np.strings.zfill(['1', '-2'], 3)"],
        |it, args| pad(it, args, "zfill")
    ),
    stripping!("strip", "Each string without leading and trailing chars."),
    stripping!("lstrip", "Each string without leading chars."),
    stripping!("rstrip", "Each string without trailing chars."),
    sfn!(
        "replace",
        [
            p!(Normal "a", "Strings."),
            p!(Normal "old", "The substring to replace."),
            p!(Normal "new", "Its replacement."),
            p!(Normal "count" = "-1", "At most this many replacements (-1: all).")
        ],
        "Each string with old replaced by new.",
        ["np.strings.replace(['aab', 'ba'], 'a', 'x', count=1)"],
        replace
    ),
    sfn!(
        "multiply",
        [
            p!(Normal "a", "Strings."),
            p!(Normal "i", "How many times to repeat each (negative: 0).")
        ],
        "Each string repeated i times.",
        ["np.strings.multiply(['a', 'bc'], 3)"],
        |it, args| multiply(it, args, false)
    ),
    sfn!(
        "mod",
        [
            p!(Normal "a", "Format strings."),
            p!(Normal "values", "The values, element-wise.")
        ],
        "Each string %-formatted with its value.",
        ["np.strings.mod(['%d apples', '%d pears'], [3, 5])"],
        modulo
    ),
    sfn!(
        "partition",
        [
            p!(Normal "a", "Strings."),
            p!(Normal "sep", "The separator.")
        ],
        "Each string split at the first sep: the parts before, the separator, the part after (three arrays).",
        ["np.strings.partition(['a-b', 'c'], '-')"],
        |it, args| partition(it, args, "partition", false)
    ),
    sfn!(
        "rpartition",
        [
            p!(Normal "a", "Strings."),
            p!(Normal "sep", "The separator.")
        ],
        "Each string split at the last sep (three arrays).",
        ["np.strings.rpartition(['a-b-c'], '-')"],
        |it, args| partition(it, args, "rpartition", false)
    ),
];

macro_rules! comparing {
    ($name:literal, $op:ident) => {
        sfn!(
            $name,
            [p!(Normal "x1", "Strings."), p!(Normal "x2", "Strings.")],
            "Element-wise comparison, ignoring trailing whitespace.",
            [],
            |it, args| compare(it, args, crate::syntax::ast::CmpOp::$op)
        )
    };
}

/// np.char's own versions and its functions np.strings lacks.
pub static CHAR: &[FnDef] = &[
    sfn!(
        "multiply",
        [
            p!(Normal "a", "Strings."),
            p!(Normal "i", "How many times to repeat each.")
        ],
        "Each string repeated i times (ValueError for a non-integer i).",
        ["np.char.multiply(['a', 'bc'], 3)"],
        |it, args| multiply(it, args, true)
    ),
    sfn!(
        "partition",
        [
            p!(Normal "a", "Strings."),
            p!(Normal "sep", "The separator.")
        ],
        "Each string split at the first sep, the three parts on a new last axis.",
        ["np.char.partition(['a-b', 'c'], '-')"],
        |it, args| partition(it, args, "partition", true)
    ),
    sfn!(
        "rpartition",
        [
            p!(Normal "a", "Strings."),
            p!(Normal "sep", "The separator.")
        ],
        "Each string split at the last sep, the three parts on a new last axis.",
        ["np.char.rpartition(['a-b-c'], '-')"],
        |it, args| partition(it, args, "rpartition", true)
    ),
    sfn!(
        "split",
        [
            p!(Normal "a", "Strings."),
            p!(Normal "sep" = "None", "The separator (None: runs of whitespace)."),
            p!(Normal "maxsplit" = "None", "At most this many splits.")
        ],
        "Each string's list of words, in an object array.",
        ["np.char.split(['a b', 'c'])"],
        |it, args| split(it, args, "split")
    ),
    sfn!(
        "rsplit",
        [
            p!(Normal "a", "Strings."),
            p!(Normal "sep" = "None", "The separator (None: runs of whitespace)."),
            p!(Normal "maxsplit" = "None", "At most this many splits, from the right.")
        ],
        "Each string's list of words split from the right, in an object array.",
        ["np.char.rsplit(['a-b-c'], '-', 1)"],
        |it, args| split(it, args, "rsplit")
    ),
    sfn!(
        "splitlines",
        [
            p!(Normal "a", "Strings."),
            p!(Normal "keepends" = "None", "Keep the line breaks.")
        ],
        "Each string's list of lines, in an object array.",
        ["np.char.splitlines(['a\\nb'])"],
        |it, args| split(it, args, "splitlines")
    ),
    sfn!(
        "join",
        [
            p!(Normal "sep", "Separators."),
            p!(Normal "seq", "Strings whose characters are joined.")
        ],
        "sep.join(seq) for each element.",
        ["np.char.join('-', ['abc', 'de'])"],
        join
    ),
    comparing!("equal", Eq),
    comparing!("not_equal", Ne),
    comparing!("less", Lt),
    comparing!("less_equal", Le),
    comparing!("greater", Gt),
    comparing!("greater_equal", Ge),
];

/// The ufuncs np.strings (and np.char, for `add`) hands out as they are.
const STRINGS_UFUNCS: [&str; 7] = [
    "add",
    "equal",
    "not_equal",
    "less",
    "less_equal",
    "greater",
    "greater_equal",
];

/// What NumPy has there and npcalc does not (no bytes arrays, no
/// chararray class).
const REFUSED: [&str; 10] = [
    "encode",
    "decode",
    "expandtabs",
    "slice",
    "translate",
    "array",
    "asarray",
    "chararray",
    "compare_chararrays",
    "character",
];

fn module_name(legacy: bool) -> &'static str {
    if legacy { "np.char" } else { "np.strings" }
}

/// `np.strings.name` / `np.char.name`.
pub fn attr(legacy: bool, name: &str) -> Option<Result<Value>> {
    if legacy && let Some(f) = CHAR.iter().find(|f| f.name == name) {
        return Some(Ok(Value::Function(f)));
    }
    if (!legacy && STRINGS_UFUNCS.contains(&name)) || (legacy && name == "add") {
        return Ufunc::from_name(name).map(|u| Ok(Value::Ufunc(u)));
    }
    if let Some(f) = STRINGS.iter().find(|f| f.name == name) {
        return Some(Ok(Value::Function(f)));
    }
    REFUSED.contains(&name).then(|| {
        Err(Error::attribute_error(format!(
            "{}.{name} is not supported in npcalc",
            module_name(legacy)
        )))
    })
}

/// Every name `attr` finds, for completion and suggestions.
pub fn members(legacy: bool) -> Vec<&'static str> {
    let mut names: Vec<&str> = STRINGS.iter().map(|f| f.name).collect();
    if legacy {
        names.extend(CHAR.iter().map(|f| f.name));
        names.push("add");
    } else {
        names.extend(STRINGS_UFUNCS);
    }
    names.sort_unstable();
    names.dedup();
    names
}

/// `np.add`/`np.multiply`/comparison ufuncs called on text: NumPy's string
/// loops (add widens to the sum of the widths; multiply is str × int).
/// None when no input is text.
pub fn ufunc_call(it: &mut Interp, u: Ufunc, call: &CallArgs, span: Span) -> Option<Result<Value>> {
    // Only these have string loops; the others keep npcalc's numeric path.
    if !(STRINGS_UFUNCS.contains(&u.name()) || u.name() == "multiply") {
        return None;
    }
    let texty = call
        .positional
        .iter()
        .any(|(v, _)| matches!(as_text(v), Ok(Some(_))));
    if !texty {
        return None;
    }
    Some(string_ufunc(it, u, call, span))
}

fn string_ufunc(it: &mut Interp, u: Ufunc, call: &CallArgs, span: Span) -> Result<Value> {
    if !call.keywords.is_empty() || call.positional.len() != 2 {
        return Err(Error::new(
            Exc::NotImplementedError,
            format!(
                "npcalc does not support np.{} on strings with keywords or out arguments",
                u.name()
            ),
        ));
    }
    let (a, b) = (&call.positional[0].0, &call.positional[1].0);
    let loop_error = || {
        let d = |v: &Value| match as_text(v) {
            Ok(Some(s)) => format!("dtype('{}')", s.dtype_str()),
            _ => to_array(v, None)
                .map(|x| crate::print::dtype_repr(x.dtype()))
                .unwrap_or_else(|_| "dtype('O')".into()),
        };
        Error::new(
            Exc::UFuncNoLoopError,
            format!(
                "ufunc '{}' did not contain a loop with signature matching types ({}, {}) -> None",
                u.name(),
                d(a),
                d(b)
            ),
        )
    };
    let op = match u.name() {
        "add" => None,
        "equal" => Some(crate::syntax::ast::CmpOp::Eq),
        "not_equal" => Some(crate::syntax::ast::CmpOp::Ne),
        "less" => Some(crate::syntax::ast::CmpOp::Lt),
        "less_equal" => Some(crate::syntax::ast::CmpOp::Le),
        "greater" => Some(crate::syntax::ast::CmpOp::Gt),
        "greater_equal" => Some(crate::syntax::ast::CmpOp::Ge),
        // Its only string loop is str × int, which wants `out=`.
        "multiply" if is_integer(a) || is_integer(b) => {
            return Err(super::strnum::multiply_wants_out());
        }
        _ => return Err(loop_error()),
    };
    let (Some(x), Some(y)) = (as_text(a)?, as_text(b)?) else {
        // The comparisons' loop search names DType classes (Python's
        // numbers abstract), add's and multiply's the operands' dtypes.
        return Err(match op {
            Some(_) => no_loop(u.name(), &[a.clone(), b.clone()]),
            None => loop_error(),
        });
    };
    if let Some(op) = op {
        return super::strarray::compare(op, a, b)
            .map(|r| r.expect("both are text"))
            .map_err(|e| e.at(span));
    }
    let width = x.width + y.width;
    let r = each(
        it,
        &[Operand::Text(x), Operand::Text(y)],
        Out::Width(width),
        &mut |it, row| it.binary(BinOp::Add, &row[0], &row[1]),
    )?;
    // A ufunc's 0-d result is a scalar.
    Ok(super::strarray::scalar_of(r))
}

/// Whether `v` is an integer operand (a Python int or an integer array).
fn is_integer(v: &Value) -> bool {
    match v {
        Value::Int(_) | Value::Bool(_) => true,
        _ if matches!(as_text(v), Ok(Some(_))) => false,
        _ => to_array(v, None)
            .is_ok_and(|a| matches!(a.dtype().kind(), Kind::Int | Kind::UInt | Kind::Bool)),
    }
}

/// `a + b` and `a * b` with a string array: np.add's and np.multiply's
/// string loops. None for the other operators.
pub fn operator(it: &mut Interp, op: BinOp, a: &Value, b: &Value) -> Option<Result<Value>> {
    let u = match op {
        BinOp::Add => Ufunc::from_name("add")?,
        BinOp::Mul => Ufunc::from_name("multiply")?,
        _ => return None,
    };
    let span = Span::default();
    let call = CallArgs {
        positional: vec![(a.clone(), span), (b.clone(), span)],
        keywords: vec![],
    };
    Some(string_ufunc(it, u, &call, span))
}

/// `np.strings` (false) or `np.char` (true) as a module value.
pub fn module(legacy: bool) -> Value {
    Value::Module(Module::Strings(legacy))
}
