//! NumPy 2's Array API functions NumPy writes in Python: `np.astype`
//! (numpy/_core/numeric.py), `np.unstack` (numpy/_core/shape_base.py) and
//! `np.unique_values` (numpy/lib/_arraysetops_impl.py), each the attribute
//! and np calls NumPy's lines make.

use super::Interp;
use super::pycalc::Calc;
use super::table::{Args, FnDef, Owner, p};
use super::value::Value;
use crate::array::Kind;
use crate::error::{Error, Exc, Result};

pub static ARRAY_API: &[FnDef] = &[
    FnDef {
        name: "astype",
        owner: Owner::Numpy,
        error_name: None,
        params: &[
            p!(PositionalOnly "x", "A NumPy array or scalar."),
            p!(PositionalOnly "dtype", "The dtype to convert to."),
            p!(KeywordOnly "copy" = "True", "False: x itself when it already has the dtype."),
            p!(KeywordOnly "device" = "None", "Only \"cpu\" (or None)."),
        ],
        doc: "x.astype(dtype, copy=copy), for arrays and NumPy scalars only.",
        examples: &["np.astype(np.arange(3), np.float32)"],
        imp: astype,
    },
    FnDef {
        name: "unstack",
        owner: Owner::Numpy,
        error_name: None,
        params: &[
            p!(PositionalOnly "x", "An array of at least one dimension."),
            p!(KeywordOnly "axis" = "0", "The axis to split along."),
        ],
        doc: "The views of x along axis, as a tuple: tuple(np.moveaxis(x, axis, 0)).",
        examples: &["np.unstack(np.arange(6).reshape(2, 3), axis=1)"],
        imp: unstack,
    },
    FnDef {
        name: "unique_values",
        owner: Owner::Numpy,
        error_name: None,
        params: &[p!(PositionalOnly "x", "Input array, flattened.")],
        doc: "The unique elements of x, NaNs kept apart (bool and float dtypes only in npcalc).",
        examples: &["np.unique_values([2.5, 1.0, 2.5])"],
        imp: unique_values,
    },
];

/// `unique(x, equal_nan=False, sorted=False)`. NumPy answers ints, complex
/// and strings from a C++ `std::unordered_set`, whose order is libstdc++'s
/// bucket layout, so npcalc refuses those; the others take NumPy's sorting
/// path, whose order np.unique shares.
fn unique_values(it: &mut Interp, args: &Args) -> Result<Value> {
    let c = &mut Calc {
        it,
        span: args.call_span,
    };
    let x = c.call("asanyarray", vec![args.get("x")])?;
    let hashed = match &x {
        Value::Array(a) => matches!(a.dtype().kind(), Kind::Int | Kind::UInt | Kind::Complex),
        Value::StrArray(_) => true,
        _ => false,
    };
    if hashed {
        let dtype = c.it.getattr(&x, "dtype")?;
        let dtype = super::repr::str(&dtype, &Default::default());
        return Err(Error::new(
            Exc::NotImplementedError,
            format!(
                "npcalc does not support np.unique_values on {dtype} arrays (NumPy orders them by a C++ hash table)"
            ),
        ));
    }
    c.call_kw("unique", vec![x], vec![("equal_nan", Value::Bool(false))])
}

fn astype(it: &mut Interp, args: &Args) -> Result<Value> {
    let c = &mut Calc {
        it,
        span: args.call_span,
    };
    let x = args.get("x");
    let scalar = c.call("isscalar", vec![x.clone()])?;
    let ndarray = matches!(
        x,
        Value::Array(_) | Value::StrArray(_) | Value::ObjArray(_) | Value::Masked(_)
    );
    if !ndarray && !c.it.truthy(&scalar)? {
        let ty = super::repr::repr(&Value::Type(x.type_of()), &Default::default());
        return Err(Error::type_error(format!(
            "Input should be a NumPy array or scalar. It is a {ty} instead."
        )));
    }
    super::numpy::arg_device(args)?;
    let method = c.it.getattr(&x, "astype")?;
    let call = super::table::CallArgs {
        positional: vec![(args.get("dtype"), args.call_span)],
        keywords: vec![("copy".into(), args.get("copy"), args.call_span)],
    };
    c.it.call(&method, call, args.call_span)
}

fn unstack(it: &mut Interp, args: &Args) -> Result<Value> {
    let c = &mut Calc {
        it,
        span: args.call_span,
    };
    let x = args.get("x");
    let ndim = c.it.getattr(&x, "ndim")?;
    if c.is(crate::syntax::ast::CmpOp::Eq, &ndim, &Value::int(0))? {
        return Err(Error::value_error("Input array must be at least 1-d."));
    }
    let moved = c.call("moveaxis", vec![x, args.get("axis"), Value::int(0)])?;
    Ok(Value::tuple(c.it.iterate(&moved)?))
}
