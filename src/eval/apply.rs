//! NumPy's functions that call Python functions over arrays:
//! `np.apply_along_axis` and `np.vectorize`, as numpy/lib's Python code
//! writes them (how often the function is called, with which argument types,
//! and which dtype the result takes).

use super::table::{Args, CallArgs, FnDef, Owner, p};
use super::value::Value;
use super::{Interp, to_array, to_index};
use crate::array::layout::normalize_axis;
use crate::array::shape::{broadcast_shapes, broadcast_to, transpose};
use crate::array::{Array, DType, Scalar, cast_scalar};
use crate::error::{Error, Result, Span};
use std::rc::Rc;

/// A `np.vectorize` object: the function and its `otypes`.
#[derive(Debug)]
pub struct Vectorized {
    func: Value,
    otypes: Option<DType>,
    /// `cache=True`: the probe's output stands for the first element.
    cache: bool,
}

/// `<numpy.vectorize object at 0x…>` (an address of npcalc's own).
pub fn repr(v: &Rc<Vectorized>) -> String {
    format!("<numpy.vectorize object at 0x{:x}>", Rc::as_ptr(v) as usize)
}

/// The keyword arguments a call's `**name` parameter gathered, to pass on.
pub(super) fn keywords(args: &Args, name: &str) -> Vec<(String, Value, Span)> {
    match args.get(name) {
        Value::Dict(d) => d
            .borrow()
            .entries()
            .iter()
            .map(|(k, v)| {
                (
                    super::repr::str(k, &Default::default()),
                    v.clone(),
                    args.call_span,
                )
            })
            .collect(),
        _ => Vec::new(),
    }
}

pub(super) fn positional(args: &Args) -> Vec<Value> {
    match args.get("args") {
        Value::Tuple(t) => t.to_vec(),
        _ => Vec::new(),
    }
}

/// `np.apply_along_axis(func1d, axis, arr, *args, **kwargs)`: the function on
/// each 1-D slice along `axis`, results stacked where the axis was.
fn apply_along_axis(it: &mut Interp, args: &Args) -> Result<Value> {
    let func = args.get("func1d");
    let arr = to_array(&args.get("arr"), None)?;
    let nd = arr.ndim();
    let axis =
        normalize_axis(to_index(&args.get("axis"))?, nd).map_err(|e| e.at(args.span("axis")))?;
    // The axis moved last; each leading index picks one slice.
    let mut order: Vec<isize> = (0..nd as isize).filter(|&d| d != axis as isize).collect();
    order.push(axis as isize);
    let view = transpose(&arr, Some(&order))?;
    let lead = &view.shape()[..nd - 1];
    if lead.contains(&0) {
        return Err(Error::value_error(
            "Cannot apply_along_axis when any iteration dimensions are 0",
        ));
    }
    let extra = positional(args);
    let kw = keywords(args, "kwargs");
    let span = args.call_span;
    let call = |it: &mut Interp, slice: Array| -> Result<Array> {
        let mut positional = vec![(Value::Array(slice), span)];
        positional.extend(extra.iter().map(|v| (v.clone(), span)));
        let r = it.call(
            &func,
            CallArgs {
                positional,
                keywords: kw.clone(),
            },
            span,
        )?;
        to_array(&r, None)
    };
    let count: usize = lead.iter().product();
    let mut buff: Option<Array> = None;
    let mut index = vec![0usize; lead.len()];
    for k in 0..count {
        if k > 0 {
            // The next index in C order.
            for d in (0..index.len()).rev() {
                index[d] += 1;
                if index[d] < lead[d] {
                    break;
                }
                index[d] = 0;
            }
        }
        let mut items: Vec<Value> = index.iter().map(|&i| Value::int(i)).collect();
        items.push(Value::Ellipsis);
        let at = Value::tuple(items);
        let Value::Array(slice) = super::numpy::getitem(&Value::Array(view.clone()), &at)? else {
            unreachable!("a slice along the last axis is an array")
        };
        let res = call(it, slice)?;
        let target = match &buff {
            Some(b) => b.clone(),
            None => {
                let mut shape = lead.to_vec();
                shape.extend_from_slice(res.shape());
                let b = Array::zeros(res.dtype(), shape)?;
                buff = Some(b.clone());
                b
            }
        };
        super::numpy::setitem(&target, &at, &Value::Array(res))?;
    }
    let buff = buff.expect("at least one slice");
    // Back in place: the result's own axes go where `axis` was.
    let (bn, rn) = (buff.ndim() as isize, (buff.ndim() - lead.len()) as isize);
    let axis = axis as isize;
    let permute: Vec<isize> = (0..axis).chain(bn - rn..bn).chain(axis..bn - rn).collect();
    Ok(Value::Array(transpose(&buff, Some(&permute))?))
}

fn vectorize(_: &mut Interp, args: &Args) -> Result<Value> {
    for name in ["excluded", "signature"] {
        if !matches!(args.get(name), Value::None) {
            return Err(Error::value_error(format!(
                "np.vectorize's {name}= is not supported in npcalc"
            ))
            .at(args.span(name)));
        }
    }
    let otypes = match args.get("otypes") {
        Value::None => None,
        Value::Str(s) if s.chars().count() == 1 => Some(
            s.chars()
                .next()
                .and_then(DType::from_char)
                .ok_or_else(|| Error::value_error(format!("Invalid otype specified: {s}")))?,
        ),
        Value::List(l) if l.borrow().len() == 1 => {
            Some(super::convert::to_dtype(&l.borrow()[0])?.unwrap_or(DType::Float64))
        }
        _ => {
            return Err(Error::value_error(
                "npcalc's np.vectorize takes one output type (otypes='d' or otypes=[float])",
            )
            .at(args.span("otypes")));
        }
    };
    Ok(Value::Vectorize(Rc::new(Vectorized {
        func: args.get("pyfunc"),
        otypes,
        cache: super::pyops::truthy(&args.get("cache"))?,
    })))
}

/// The dtype `np.asarray(x)` gives one output of the function; None for a
/// string (a `<U` result).
fn output_dtype(v: &Value) -> Result<Option<DType>> {
    Ok(Some(match v {
        Value::Str(_) | Value::NpStr(_) => return Ok(None),
        Value::Bool(_) => DType::Bool,
        Value::Int(_) => DType::Int64,
        Value::Float(_) => DType::Float64,
        Value::Complex(_) => DType::Complex128,
        Value::Scalar(s) => s.dtype(),
        Value::Array(a) if a.ndim() == 0 => a.dtype(),
        Value::Tuple(_) => {
            return Err(Error::value_error(
                "np.vectorize of a function with several outputs is not supported in npcalc",
            ));
        }
        other => {
            return Err(Error::type_error(format!(
                "np.vectorize in npcalc makes numeric and string arrays, not arrays of '{}'",
                other.type_name()
            )));
        }
    }))
}

/// One output stored in the result's dtype, as NumPy's object-to-dtype cast
/// does (`int(x)` for integers, so a NaN cannot become one).
fn store(v: &Value, dtype: DType) -> Result<Scalar> {
    if let (Value::Float(x), true) = (v, dtype.is_integer()) {
        if x.is_nan() {
            return Err(Error::value_error("cannot convert float NaN to integer"));
        }
        if x.is_infinite() {
            return Err(Error::new(
                crate::error::Exc::OverflowError,
                "cannot convert float infinity to integer",
            ));
        }
    }
    if dtype == DType::Bool {
        return Ok(Scalar::Bool(super::pyops::truthy(v)?));
    }
    let a = to_array(v, None)?;
    if a.ndim() != 0 {
        return Err(Error::value_error(
            "setting an array element with a sequence.",
        ));
    }
    Ok(cast_scalar(a.get_flat(0), dtype))
}

impl Interp {
    /// Calling a `np.vectorize` object: the function probed once on the
    /// first elements (NumPy scalars) for the output dtype unless `otypes`
    /// gave it, then called on every element as a Python object.
    pub(super) fn call_vectorized(
        &mut self,
        v: &Vectorized,
        call: CallArgs,
        span: Span,
    ) -> Result<Value> {
        // A string input broadcasts as its codes and hands the function its
        // texts: np.str_ to the probe, Python str to the object ufunc.
        let mut tables: Vec<Option<Vec<std::rc::Rc<str>>>> = Vec::new();
        let mut arrays: Vec<Array> = Vec::new();
        for (x, s) in &call.positional {
            match super::strarray::as_text(x).map_err(|e| e.at(*s))? {
                Some(sa) => {
                    tables.push(Some(sa.table.borrow().clone()));
                    arrays.push(sa.codes.clone());
                }
                None => {
                    tables.push(None);
                    arrays.push(to_array(x, None).map_err(|e| e.at(*s))?);
                }
            }
        }
        let element = |k: usize, a: &Array, i: usize, probe: bool| match &tables[k] {
            Some(table) => {
                let Scalar::Int64(code) = a.get_flat(i) else {
                    unreachable!("string codes are int64")
                };
                let text = table[code as usize].clone();
                if probe {
                    Value::NpStr(text)
                } else {
                    Value::Str(text)
                }
            }
            None if probe => Value::Scalar(a.get_flat(i)),
            None => super::numpy::scalar_to_python(a.get_flat(i)),
        };
        if arrays.is_empty() {
            return self.call(
                &v.func,
                CallArgs {
                    positional: vec![],
                    keywords: call.keywords,
                },
                span,
            );
        }
        let inputs = arrays;
        let invoke = |it: &mut Interp, items: Vec<Value>| {
            it.call(
                &v.func,
                CallArgs {
                    positional: items.into_iter().map(|x| (x, span)).collect(),
                    keywords: call.keywords.clone(),
                },
                span,
            )
        };
        let mut cached = None;
        let dtype = match v.otypes {
            Some(d) => Some(d),
            None => {
                if inputs.iter().any(|a| a.size() == 0) {
                    return Err(Error::value_error(
                        "cannot call `vectorize` on size 0 inputs unless `otypes` is set",
                    ));
                }
                let firsts = inputs
                    .iter()
                    .enumerate()
                    .map(|(k, a)| element(k, a, 0, true))
                    .collect();
                let probe = invoke(self, firsts)?;
                let dtype = output_dtype(&probe)?;
                if v.cache {
                    cached = Some(probe);
                }
                dtype
            }
        };
        // NumPy's _get_ufunc_and_otypes probes before the object ufunc
        // broadcasts, so a failing probe wins over a shape mismatch.
        let shapes: Vec<&[usize]> = inputs.iter().map(|a| a.shape()).collect();
        let shape = broadcast_shapes(&shapes)?;
        let arrays: Vec<Array> = inputs
            .iter()
            .map(|a| broadcast_to(a, &shape).expect("broadcastable"))
            .collect();
        let size: usize = shape.iter().product();
        let mut out = Vec::with_capacity(size);
        let mut texts = Vec::new();
        for i in 0..size {
            let r = match cached.take() {
                Some(r) => r,
                None => {
                    let items = arrays
                        .iter()
                        .enumerate()
                        .map(|(k, a)| element(k, a, i, false))
                        .collect();
                    invoke(self, items)?
                }
            };
            match dtype {
                Some(d) => out.push(store(&r, d)?),
                // NumPy's object-to-str cast: str() of each output.
                None => texts.push(std::rc::Rc::from(super::repr::str(&r, &self.print_options))),
            }
        }
        Ok(match dtype {
            Some(d) => Value::Array(Array::from_scalars(&out, d, shape)),
            None => Value::StrArray(Box::new(super::strarray::StrArray::new(texts, shape, None))),
        })
    }
}

pub static APPLY: &[FnDef] = &[
    FnDef {
        name: "apply_along_axis",
        owner: Owner::Numpy,
        error_name: None,
        params: &[
            p!(Normal "func1d", "A function of a 1-D array."),
            p!(Normal "axis", "The axis the slices run along."),
            p!(Normal "arr", "Input array."),
            p!(VarPositional "args", "More arguments for func1d."),
            p!(VarKeyword "kwargs", "Keyword arguments for func1d."),
        ],
        doc: "Call func1d on every 1-D slice of arr along axis and stack the results where the axis was.",
        examples: &[
            "np.apply_along_axis(np.cumsum, 1, np.arange(6).reshape(2, 3))",
            "np.apply_along_axis(lambda r: r.max() - r.min(), 0, np.arange(6).reshape(2, 3))",
        ],
        imp: apply_along_axis,
    },
    FnDef {
        name: "vectorize",
        owner: Owner::Numpy,
        error_name: None,
        params: &[
            p!(Normal "pyfunc", "A function of scalars."),
            p!(Normal "otypes" = "None", "The output type, e.g. 'd' or [float] (else from a first call)."),
            p!(Normal "doc" = "None", "Docstring (ignored)."),
            p!(Normal "excluded" = "None", "Not supported by npcalc."),
            p!(Normal "cache" = "False", "Whether the first call's result is reused."),
            p!(Normal "signature" = "None", "Not supported by npcalc."),
        ],
        doc: "Make a function of scalars work element by element over arrays (a Python loop, not a fast one).",
        examples: &[
            "np.vectorize(lambda x: x if x > 0 else 0)(np.cumsum([3, -5, 4]))",
            "np.vectorize(lambda x: x / 2, otypes=[float])([1, 2, 3])",
        ],
        imp: vectorize,
    },
];
