//! `np.real`, `np.imag`, `np.angle`, `np.iscomplex`, `np.isreal` and
//! `np.isscalar`, `np.iscomplexobj`, `np.isrealobj`, `np.real_if_close`,
//! `np.sort_complex`, `np.iterable`, `np.typename`: NumPy's Python-level helpers (numpy/lib/_type_check_impl.py,
//! numpy/lib/_function_base_impl.py, numpy/_core/numeric.py), written over
//! the `.real`/`.imag` attributes and the ufuncs as NumPy writes them.

use super::linalg::np_call;
use super::numpy::{arg_bool, getattr, operand, truthy, unwrap0};
use super::table::{Args, FnDef, Owner, p};
use super::value::Value;
use super::{Interp, to_array};
use crate::array::promote::Operand;
use crate::array::{DType, Kind, Ufunc, cast_array, ufunc};
use crate::error::{Exc, Result, Span};

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
    FnDef {
        name: "iscomplexobj",
        owner: Owner::Numpy,
        error_name: None,
        params: &[p!(Normal "x", "Any value.")],
        doc: "Whether x has a complex dtype (its own, or that of np.asarray(x)), whatever its values.",
        examples: &["np.iscomplexobj([1, 2j])", "np.iscomplexobj(1 + 0j)"],
        imp: |it, args| {
            Ok(Value::Bool(complex_dtype(
                it,
                &args.get("x"),
                args.call_span,
            )?))
        },
    },
    FnDef {
        name: "isrealobj",
        owner: Owner::Numpy,
        error_name: None,
        params: &[p!(Normal "x", "Any value.")],
        doc: "Whether x does not have a complex dtype: not np.iscomplexobj(x).",
        examples: &["np.isrealobj([1, 2])", "np.isrealobj(1 + 0j)"],
        imp: |it, args| {
            Ok(Value::Bool(!complex_dtype(
                it,
                &args.get("x"),
                args.call_span,
            )?))
        },
    },
    FnDef {
        name: "real_if_close",
        owner: Owner::Numpy,
        error_name: None,
        params: &[
            p!(Normal "a", "Input array."),
            p!(Normal "tol" = "100", "Tolerance for the imaginary parts: in machine epsilons when above 1, absolute otherwise."),
        ],
        doc: "a.real when every imaginary part of a complex a is below tol, else a unchanged.",
        examples: &["np.real_if_close([2.1 + 4e-14j, 5.2 + 3e-15j])"],
        imp: real_if_close,
    },
    FnDef {
        name: "sort_complex",
        owner: Owner::Numpy,
        error_name: None,
        params: &[p!(Normal "a", "Input array.")],
        doc: "A sorted copy (along the last axis) as complex numbers, by real part and then imaginary part; small integers become complex64.",
        examples: &[
            "np.sort_complex([5, 3, 6, 2, 1])",
            "np.sort_complex([1 + 2j, 2 - 1j, 1 - 1j])",
        ],
        imp: sort_complex,
    },
    FnDef {
        name: "iterable",
        owner: Owner::Numpy,
        error_name: None,
        params: &[p!(Normal "y", "Any value.")],
        doc: "Whether iter(y) works (a 0-d array is not iterable).",
        examples: &["np.iterable([1, 2])", "np.iterable(2)"],
        imp: iterable,
    },
    FnDef {
        name: "typename",
        owner: Owner::Numpy,
        error_name: None,
        params: &[p!(Normal "char", "A dtype character code, such as 'd'.")],
        doc: "The C-style description of a dtype character code ('d' is 'double precision').",
        examples: &["np.typename('d')", "np.typename('b')"],
        imp: typename,
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

/// NumPy's `iscomplexobj`: `x.dtype`, or when x has none that of `asarray(x)`.
fn complex_dtype(it: &mut Interp, x: &Value, span: Span) -> Result<bool> {
    // The interpreter's getattr, which knows string and object arrays too.
    let dtype = match it.getattr(x, "dtype") {
        Err(e) if e.class == Exc::AttributeError => {
            let a = np_call(it, "asarray", vec![x.clone()], vec![], span)?;
            it.getattr(&a, "dtype")?
        }
        dtype => dtype?,
    };
    Ok(matches!(dtype, Value::DType(d) if d.kind() == Kind::Complex))
}

fn real_if_close(it: &mut Interp, args: &Args) -> Result<Value> {
    let span = args.call_span;
    let a = to_array(&args.get("a"), None)?;
    if a.dtype().kind() != Kind::Complex {
        return Ok(Value::Array(a));
    }
    let mut tol = args.get("tol");
    let above_one = np_call(
        it,
        "greater",
        vec![tol.clone(), Value::int(1)],
        vec![],
        span,
    )?;
    if truthy(&above_one)? {
        // `finfo(a.dtype).eps * tol`: the eps of the complex dtype's parts.
        let eps = a
            .dtype()
            .real_part()
            .float_params()
            .expect("a complex dtype has float parts")
            .eps;
        tol = np_call(it, "multiply", vec![Value::Scalar(eps), tol], vec![], span)?;
    }
    let a = Value::Array(a);
    let imag = getattr(it, &a, "imag")?;
    let imag = np_call(it, "absolute", vec![imag], vec![], span)?;
    let close = np_call(it, "less", vec![imag, tol], vec![], span)?;
    if truthy(&np_call(it, "all", vec![close], vec![], span)?)? {
        return getattr(it, &a, "real");
    }
    Ok(a)
}

/// `np.sort(a)`, then complex: complex64 for the integer dtypes of at most
/// two bytes (`'bhBH'`), complex128 for every other real dtype.
fn sort_complex(it: &mut Interp, args: &Args) -> Result<Value> {
    let sorted = np_call(it, "sort", vec![args.get("a")], vec![], args.call_span)?;
    let b = to_array(&sorted, None)?;
    let to = match b.dtype() {
        DType::Int8 | DType::Int16 | DType::UInt8 | DType::UInt16 => DType::Complex64,
        d if d.kind() == Kind::Complex => return Ok(Value::Array(b)),
        _ => DType::Complex128,
    };
    Ok(Value::Array(cast_array(&b, to)?))
}

fn iterable(_: &mut Interp, args: &Args) -> Result<Value> {
    match super::iter::PyIter::new(&args.get("y")) {
        Ok(_) => Ok(Value::Bool(true)),
        Err(e) if e.class == Exc::TypeError => Ok(Value::Bool(false)),
        Err(e) => Err(e),
    }
}

/// NumPy's `_namefromtype` table.
const TYPE_NAMES: &[(&str, &str)] = &[
    ("S1", "character"),
    ("?", "bool"),
    ("b", "signed char"),
    ("B", "unsigned char"),
    ("h", "short"),
    ("H", "unsigned short"),
    ("i", "integer"),
    ("I", "unsigned integer"),
    ("l", "long integer"),
    ("L", "unsigned long integer"),
    ("q", "long long integer"),
    ("Q", "unsigned long long integer"),
    ("f", "single precision"),
    ("d", "double precision"),
    ("g", "long precision"),
    ("F", "complex single precision"),
    ("D", "complex double precision"),
    ("G", "complex long double precision"),
    ("S", "string"),
    ("U", "unicode"),
    ("V", "void"),
    ("O", "object"),
];

fn typename(it: &mut Interp, args: &Args) -> Result<Value> {
    let char = args.get("char");
    let found = match &char {
        Value::Str(s) | Value::NpStr(s) => TYPE_NAMES.iter().find(|(c, _)| *c == &**s),
        _ => None,
    };
    match found {
        Some((_, name)) => Ok(Value::str(name)),
        None => Err(super::dict::key_error(it, &char)),
    }
}
