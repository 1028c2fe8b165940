//! `np.gradient`: central differences inside, one-sided at the edges, as
//! numpy/lib/_function_base_impl.py computes them. The arithmetic goes
//! through the interpreter's operators on values, so promotion (a Python
//! float spacing stays weak, a NumPy one does not) and the casting of the
//! assignments into the float output are NumPy's.

use super::numpy::{arg_array, getitem, setitem};
use super::table::{Args, FnDef, Owner, p};
use super::value::Value;
use super::{Interp, to_array};
use crate::array::{Array, DType, Kind, cast_array, reduce};
use crate::error::{Error, Result};
use crate::syntax::ast::{BinOp, UnaryOp};
use std::rc::Rc;

pub static CALCULUS: &[FnDef] = &[FnDef {
    name: "gradient",
    owner: Owner::Numpy,
    error_name: None,
    params: &[
        p!(Normal "f", "Samples of a function, an N-dimensional array."),
        p!(VarPositional "varargs", "Spacing: one scalar for all axes, or one scalar or 1-D coordinate array per axis."),
        p!(KeywordOnly "axis" = "None", "Axis or axes to differentiate along; None: all."),
        p!(KeywordOnly "edge_order" = "1", "1 or 2: accuracy of the one-sided differences at the edges."),
    ],
    doc: "Second-order central differences inside, first- or second-order one-sided differences at the edges; one array per axis.",
    examples: &[
        "np.gradient([1, 4, 9, 16])",
        "np.gradient([1, 4, 9, 16], [0, 1, 3, 4])",
        "np.gradient([[1, 2, 6], [3, 4, 5]])",
    ],
    imp: gradient,
}];

/// The spacing along one axis: one number, or the differences of coordinates.
enum Spacing {
    Uniform(Value),
    Coordinates(Value),
}

fn gradient(it: &mut Interp, args: &Args) -> Result<Value> {
    let f = arg_array(args, "f")?;
    let n = f.ndim();
    let axes: Vec<usize> = match args.get("axis") {
        Value::None => (0..n).collect(),
        v => super::shaping::axis_tuple(it, &v, n, None)?,
    };
    let Value::Tuple(varargs) = args.get("varargs") else {
        unreachable!("*varargs is a tuple")
    };
    let spacing = spacings(varargs.as_ref(), &f, &axes)?;
    let edge_order = super::to_index(&args.get("edge_order"))?;
    if edge_order > 2 {
        return Err(Error::value_error(
            "'edge_order' greater than 2 not supported",
        ));
    }
    // Integer samples are differentiated as float64; booleans stay booleans
    // (and fail at the first subtraction, as in NumPy).
    let (f, otype) = match f.dtype().kind() {
        Kind::Float | Kind::Complex => (f.clone(), f.dtype()),
        Kind::Int | Kind::UInt => (cast_array(&f, DType::Float64)?, DType::Float64),
        _ => (f.clone(), DType::Float64),
    };
    let fv = Value::Array(f.clone());
    let mut outvals = Vec::with_capacity(axes.len());
    for (&axis, dx) in axes.iter().zip(&spacing) {
        if (f.shape()[axis] as i64) < edge_order + 1 {
            return Err(Error::value_error(
                "Shape of array too small to calculate a numerical gradient, at least (edge_order + 1) elements are required.",
            ));
        }
        let out = Array::zeros(otype, f.shape().to_vec())?;
        let at = |k: Value| -> Value {
            let mut items = vec![full(); n];
            items[axis] = k;
            Value::tuple(items)
        };
        let take = |k: Value| getitem(&fv, &at(k));
        let put = |k: Value, v: &Value| setitem(&out, &at(k), v);
        let int = |i: i64| Value::int(i);
        let f_lo = take(range(None, Some(-2)))?;
        let f_mid = take(range(Some(1), Some(-1)))?;
        let f_hi = take(range(Some(2), None))?;
        let inside = match dx {
            Spacing::Uniform(h) => {
                let num = it.binary(BinOp::Sub, &f_hi, &f_lo)?;
                let den = it.binary(BinOp::Mul, &Value::Float(2.0), h)?;
                it.binary(BinOp::Div, &num, &den)?
            }
            Spacing::Coordinates(d) => {
                let dx1 = getitem(d, &range(Some(0), Some(-1)))?;
                let dx2 = getitem(d, &range(Some(1), None))?;
                let [a, b, c] = nonuniform_weights(it, &dx1, &dx2, n, axis)?;
                let terms = [(a, f_lo), (b, f_mid), (c, f_hi)];
                weighted_sum(it, &terms)?
            }
        };
        put(range(Some(1), Some(-1)), &inside)?;
        let (first, last) = match dx {
            Spacing::Uniform(h) => (h.clone(), h.clone()),
            Spacing::Coordinates(d) => (getitem(d, &int(0))?, getitem(d, &int(-1))?),
        };
        if edge_order == 1 {
            let d0 = it.binary(BinOp::Sub, &take(int(1))?, &take(int(0))?)?;
            put(int(0), &it.binary(BinOp::Div, &d0, &first)?)?;
            let dn = it.binary(BinOp::Sub, &take(int(-1))?, &take(int(-2))?)?;
            put(int(-1), &it.binary(BinOp::Div, &dn, &last)?)?;
        } else {
            let weights = |it: &mut Interp, end: bool| -> Result<[Value; 3]> {
                match dx {
                    Spacing::Uniform(h) => {
                        let k: [f64; 3] = if end {
                            [0.5, -2.0, 1.5]
                        } else {
                            [-1.5, 2.0, -0.5]
                        };
                        let mut w = k.map(|_| Value::None);
                        for (w, k) in w.iter_mut().zip(k) {
                            *w = it.binary(BinOp::Div, &Value::Float(k), h)?;
                        }
                        Ok(w)
                    }
                    Spacing::Coordinates(d) => {
                        let (i, j) = if end { (-2, -1) } else { (0, 1) };
                        let (dx1, dx2) = (getitem(d, &int(i))?, getitem(d, &int(j))?);
                        edge_weights(it, &dx1, &dx2, end)
                    }
                }
            };
            let [a, b, c] = weights(it, false)?;
            let terms = [(a, take(int(0))?), (b, take(int(1))?), (c, take(int(2))?)];
            put(int(0), &weighted_sum(it, &terms)?)?;
            let [a, b, c] = weights(it, true)?;
            let terms = [
                (a, take(int(-3))?),
                (b, take(int(-2))?),
                (c, take(int(-1))?),
            ];
            put(int(-1), &weighted_sum(it, &terms)?)?;
        }
        outvals.push(Value::Array(out));
    }
    Ok(if outvals.len() == 1 {
        outvals.pop().expect("one axis")
    } else {
        Value::tuple(outvals)
    })
}

/// NumPy's reading of `*varargs`: nothing (unit spacing), one scalar for
/// every axis, or one scalar or 1-D coordinate array per axis.
fn spacings(varargs: &[Value], f: &Array, axes: &[usize]) -> Result<Vec<Spacing>> {
    let is_scalar = |v: &Value| to_array(v, None).map(|a| a.ndim() == 0);
    match varargs {
        [] => Ok(axes
            .iter()
            .map(|_| Spacing::Uniform(Value::Float(1.0)))
            .collect()),
        [h] if is_scalar(h)? => Ok(axes.iter().map(|_| Spacing::Uniform(h.clone())).collect()),
        _ if varargs.len() == axes.len() => varargs
            .iter()
            .zip(axes)
            .map(|(v, &axis)| coordinates(v, f.shape()[axis]))
            .collect(),
        _ => Err(Error::type_error("invalid number of arguments")),
    }
}

fn coordinates(v: &Value, len: usize) -> Result<Spacing> {
    let x = to_array(v, None)?;
    match x.ndim() {
        0 => return Ok(Spacing::Uniform(v.clone())),
        1 => {}
        _ => return Err(Error::value_error("distances must be either scalars or 1d")),
    }
    if x.shape()[0] != len {
        return Err(Error::value_error(
            "when 1d, distances must match the length of the corresponding dimension",
        ));
    }
    let x = match x.dtype().kind() {
        Kind::Int | Kind::UInt => cast_array(&x, DType::Float64)?,
        _ => x,
    };
    let diffx = reduce::diff(&x, 1, -1, None, None)?;
    let d = Value::Array(diffx.clone());
    // Evenly spaced coordinates count as one spacing: a NumPy scalar.
    let first = getitem(&d, &Value::int(0))?;
    if all_same(&diffx, &first)? {
        return Ok(Spacing::Uniform(first));
    }
    Ok(Spacing::Coordinates(d))
}

/// `(diffx == diffx[0]).all()`.
fn all_same(diffx: &Array, first: &Value) -> Result<bool> {
    let eq = crate::array::ufunc::binary(
        crate::array::Ufunc::Equal,
        &crate::array::promote::Operand::Array(diffx.clone()),
        &super::numpy::operand(first)?,
    )?;
    Ok(eq.to_vec::<bool>().iter().all(|&b| b))
}

/// The three weights of the non-uniform central difference, shaped to
/// broadcast along `axis` of an `n`-dimensional array.
fn nonuniform_weights(
    it: &mut Interp,
    dx1: &Value,
    dx2: &Value,
    n: usize,
    axis: usize,
) -> Result<[Value; 3]> {
    let sum = it.binary(BinOp::Add, dx1, dx2)?;
    let neg_dx2 = it.unary(UnaryOp::Neg, dx2)?;
    let a = {
        let den = it.binary(BinOp::Mul, dx1, &sum)?;
        it.binary(BinOp::Div, &neg_dx2, &den)?
    };
    let b = {
        let num = it.binary(BinOp::Sub, dx2, dx1)?;
        let den = it.binary(BinOp::Mul, dx1, dx2)?;
        it.binary(BinOp::Div, &num, &den)?
    };
    let c = {
        let den = it.binary(BinOp::Mul, dx2, &sum)?;
        it.binary(BinOp::Div, dx1, &den)?
    };
    let mut shape = vec![1isize; n];
    shape[axis] = -1;
    let reshape = |v: Value| -> Result<Value> {
        let a = to_array(&v, None)?;
        Ok(Value::Array(crate::array::shape::reshape(&a, &shape)?))
    };
    Ok([reshape(a)?, reshape(b)?, reshape(c)?])
}

/// Second-order one-sided weights at the first (`end` false) or last edge.
fn edge_weights(it: &mut Interp, dx1: &Value, dx2: &Value, end: bool) -> Result<[Value; 3]> {
    let two = Value::Float(2.0);
    let sum = it.binary(BinOp::Add, dx1, dx2)?;
    let prod = it.binary(BinOp::Mul, dx1, dx2)?;
    if !end {
        // a = -(2*dx1 + dx2) / (dx1*(dx1 + dx2)); b = (dx1 + dx2) / (dx1*dx2);
        // c = -dx1 / (dx2*(dx1 + dx2))
        let t = it.binary(BinOp::Mul, &two, dx1)?;
        let t = it.binary(BinOp::Add, &t, dx2)?;
        let num_a = it.unary(UnaryOp::Neg, &t)?;
        let den_a = it.binary(BinOp::Mul, dx1, &sum)?;
        let a = it.binary(BinOp::Div, &num_a, &den_a)?;
        let b = it.binary(BinOp::Div, &sum, &prod)?;
        let num_c = it.unary(UnaryOp::Neg, dx1)?;
        let den_c = it.binary(BinOp::Mul, dx2, &sum)?;
        let c = it.binary(BinOp::Div, &num_c, &den_c)?;
        Ok([a, b, c])
    } else {
        // a = dx2 / (dx1*(dx1 + dx2)); b = -(dx2 + dx1) / (dx1*dx2);
        // c = (2*dx2 + dx1) / (dx2*(dx1 + dx2))
        let den_a = it.binary(BinOp::Mul, dx1, &sum)?;
        let a = it.binary(BinOp::Div, dx2, &den_a)?;
        let sum21 = it.binary(BinOp::Add, dx2, dx1)?;
        let num_b = it.unary(UnaryOp::Neg, &sum21)?;
        let b = it.binary(BinOp::Div, &num_b, &prod)?;
        let t = it.binary(BinOp::Mul, &two, dx2)?;
        let num_c = it.binary(BinOp::Add, &t, dx1)?;
        let den_c = it.binary(BinOp::Mul, dx2, &sum)?;
        let c = it.binary(BinOp::Div, &num_c, &den_c)?;
        Ok([a, b, c])
    }
}

/// `a * f0 + b * f1 + c * f2`, left to right.
fn weighted_sum(it: &mut Interp, terms: &[(Value, Value); 3]) -> Result<Value> {
    let mut total = it.binary(BinOp::Mul, &terms[0].0, &terms[0].1)?;
    for (w, x) in &terms[1..] {
        let t = it.binary(BinOp::Mul, w, x)?;
        total = it.binary(BinOp::Add, &total, &t)?;
    }
    Ok(total)
}

fn full() -> Value {
    range(None, None)
}

fn range(start: Option<i64>, stop: Option<i64>) -> Value {
    let bound = |b: Option<i64>| b.map_or(Value::None, Value::int);
    Value::Slice(Rc::new([bound(start), bound(stop), Value::None]))
}
