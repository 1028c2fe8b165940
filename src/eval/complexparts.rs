//! `np.real`, `np.imag`, `np.angle`, `np.iscomplex`, `np.isreal` and
//! `np.isscalar`: NumPy's Python-level helpers (numpy/lib/_type_check_impl.py,
//! numpy/lib/_function_base_impl.py, numpy/_core/numeric.py), written over
//! the `.real`/`.imag` attributes and the ufuncs as NumPy writes them.

use super::numpy::{arg_bool, getattr, operand, unwrap0};
use super::table::{Args, FnDef, Owner, p};
use super::value::Value;
use super::{Interp, to_array};
use crate::array::promote::Operand;
use crate::array::{Kind, Ufunc, ufunc};
use crate::error::Result;

pub static COMPLEX_PARTS: &[FnDef] = &[
    FnDef {
        name: "real",
        owner: Owner::Numpy,
        error_name: None,
        params: &[p!(Normal "val", "Input array or number.")],
        doc: "The real part: val.real, after converting a list to an array.",
        examples: &["np.real([1+2j, 3])", "np.real(2.5)"],
        imp: real,
    },
    FnDef {
        name: "imag",
        owner: Owner::Numpy,
        error_name: None,
        params: &[p!(Normal "val", "Input array or number.")],
        doc: "The imaginary part: val.imag, after converting a list to an array.",
        examples: &["np.imag([1+2j, 3])", "np.imag(2.5)"],
        imp: imag,
    },
    FnDef {
        name: "angle",
        owner: Owner::Numpy,
        error_name: None,
        params: &[
            p!(Normal "z", "Complex (or real) input."),
            p!(Normal "deg" = "False", "Degrees instead of radians."),
        ],
        doc: "The counterclockwise angle from the positive real axis: np.arctan2(z.imag, z.real), in the float type arctan2 picks.",
        examples: &["np.angle([1, -1, 1j])", "np.angle([1, -1j], deg=True)"],
        imp: angle,
    },
    FnDef {
        name: "iscomplex",
        owner: Owner::Numpy,
        error_name: None,
        params: &[p!(Normal "x", "Input array or number.")],
        doc: "Whether each element has a non-zero imaginary part (False for every real dtype).",
        examples: &["np.iscomplex([1+1j, 2, 3j])"],
        imp: iscomplex,
    },
    FnDef {
        name: "isreal",
        owner: Owner::Numpy,
        error_name: None,
        params: &[p!(Normal "x", "Input array or number.")],
        doc: "Whether each element's imaginary part is zero: imag(x) == 0.",
        examples: &["np.isreal([1+1j, 2])"],
        imp: isreal,
    },
    FnDef {
        name: "isscalar",
        owner: Owner::Numpy,
        error_name: None,
        params: &[p!(Normal "element", "Any value.")],
        doc: "Whether element is a scalar: a Python number, bool or str, or a NumPy scalar (a 0-d array is not).",
        examples: &["np.isscalar(3.1)", "np.isscalar(np.array(3.1))"],
        imp: isscalar,
    },
];

/// `val.real`/`val.imag`, a list first made an array (`asanyarray(val)`).
fn part(it: &mut Interp, v: &Value, name: &str) -> Result<Value> {
    match v {
        Value::List(_) | Value::Tuple(_) | Value::Range(_) => {
            getattr(it, &Value::Array(to_array(v, None)?), name)
        }
        other => match super::numbers::attribute(other, name) {
            Some(a) => Ok(a),
            None => getattr(it, other, name),
        },
    }
}

fn real(it: &mut Interp, args: &Args) -> Result<Value> {
    part(it, &args.get("val"), "real")
}

fn imag(it: &mut Interp, args: &Args) -> Result<Value> {
    part(it, &args.get("val"), "imag")
}

/// `arctan2(z.imag, z.real)` for complex z, else `arctan2(0, z)`.
fn angle(it: &mut Interp, args: &Args) -> Result<Value> {
    let z = Value::Array(to_array(&args.get("z"), None)?);
    let Value::Array(za) = &z else {
        unreachable!("an array")
    };
    let (im, re) = if za.dtype().kind() == Kind::Complex {
        (
            operand(&getattr(it, &z, "imag")?)?,
            operand(&getattr(it, &z, "real")?)?,
        )
    } else {
        (Operand::PyInt(0.into()), Operand::Array(za.clone()))
    };
    let a = ufunc::binary(Ufunc::Arctan2, &im, &re)?;
    let a = if arg_bool(args, "deg")? {
        ufunc::binary(
            Ufunc::Multiply,
            &Operand::Array(a),
            &Operand::PyFloat(180.0 / std::f64::consts::PI),
        )?
    } else {
        a
    };
    Ok(unwrap0(a))
}

fn iscomplex(it: &mut Interp, args: &Args) -> Result<Value> {
    let ax = Value::Array(to_array(&args.get("x"), None)?);
    let Value::Array(a) = &ax else {
        unreachable!("an array")
    };
    let r = if a.dtype().kind() == Kind::Complex {
        let im = operand(&getattr(it, &ax, "imag")?)?;
        ufunc::binary(Ufunc::NotEqual, &im, &Operand::PyInt(0.into()))?
    } else {
        crate::array::construct::filled(crate::array::Scalar::Bool(false), a.shape().to_vec())?
    };
    Ok(unwrap0(r))
}

/// `imag(x) == 0`: a Python number compares as Python does.
fn isreal(it: &mut Interp, args: &Args) -> Result<Value> {
    let im = part(it, &args.get("x"), "imag")?;
    match &im {
        Value::Int(i) => Ok(Value::Bool(*i == 0.into())),
        Value::Bool(b) => Ok(Value::Bool(!b)),
        Value::Float(f) => Ok(Value::Bool(*f == 0.0)),
        other => Ok(unwrap0(ufunc::binary(
            Ufunc::Equal,
            &operand(other)?,
            &Operand::PyInt(0.into()),
        )?)),
    }
}

fn isscalar(_: &mut Interp, args: &Args) -> Result<Value> {
    Ok(Value::Bool(matches!(
        args.get("element"),
        Value::Int(_)
            | Value::Float(_)
            | Value::Complex(_)
            | Value::Bool(_)
            | Value::Str(_)
            | Value::Scalar(_)
    )))
}
