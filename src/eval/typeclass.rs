//! NumPy's Python-level dtype classifiers `np.isdtype`
//! (numpy/_core/numerictypes.py), `np.common_type` and `np.mintypecode`
//! (numpy/lib/_type_check_impl.py), step for step with NumPy's code.

use super::Interp;
use super::pycalc::Calc;
use super::repr::repr;
use super::table::{Args, FnDef, Owner, p};
use super::value::{TypeObj, Value};
use crate::array::{DType, Kind};
use crate::error::{Error, Result};

pub static TYPECLASS: &[FnDef] = &[
    FnDef {
        name: "isdtype",
        owner: Owner::Numpy,
        error_name: None,
        params: &[
            p!(Normal "dtype", "A NumPy dtype or scalar type."),
            p!(Normal "kind", "A dtype, a kind name ('bool', 'signed integer', 'unsigned integer', 'integral', 'real floating', 'complex floating', 'numeric'), or a tuple of them."),
        ],
        doc: "Whether dtype is of the given kind (the Array API's classifier).",
        examples: &[
            "np.isdtype(np.float32, 'real floating')",
            "np.isdtype(np.int8, ('bool', 'integral'))",
        ],
        imp: isdtype,
    },
    FnDef {
        name: "common_type",
        owner: Owner::Numpy,
        error_name: None,
        params: &[p!(VarPositional "arrays", "Input arrays.")],
        doc: "The inexact scalar type common to the arrays (integers count as float64).",
        examples: &["np.common_type(np.arange(2, dtype=np.float32), np.array([1j]))"],
        imp: common_type,
    },
    FnDef {
        name: "mintypecode",
        owner: Owner::Numpy,
        error_name: None,
        params: &[
            p!(Normal "typechars", "Type characters, or arrays whose dtype chars are taken."),
            p!(Normal "typeset" = "'GDFgdf'", "The characters to choose from."),
            p!(Normal "default" = "'d'", "Returned when no typechar is in typeset."),
        ],
        doc: "The smallest-size type character in typeset that the typechars can be safely cast to.",
        examples: &["np.mintypecode(['d', 'f', 'S'])"],
        imp: mintypecode,
    },
];

fn class_repr(v: &Value) -> String {
    repr(&Value::Type(v.type_of()), &Default::default())
}

/// `_preprocess_dtype`: a dtype's scalar type, or one of NumPy's scalar
/// classes (abstract ones included); None for anything else.
fn preprocess(v: &Value) -> Option<TypeObj> {
    match v {
        Value::DType(d) => Some(TypeObj::Scalar(*d)),
        Value::Type(t @ (TypeObj::Scalar(_) | TypeObj::Abstract(_) | TypeObj::NpStr)) => Some(*t),
        _ => None,
    }
}

/// The kinds named by strings, as the dtypes' kinds they gather.
fn named_kind(name: &str) -> Option<&'static [Kind]> {
    Some(match name {
        "bool" => &[Kind::Bool],
        "signed integer" => &[Kind::Int],
        "unsigned integer" => &[Kind::UInt],
        "integral" => &[Kind::Int, Kind::UInt],
        "real floating" => &[Kind::Float],
        "complex floating" => &[Kind::Complex],
        "numeric" => &[Kind::Int, Kind::UInt, Kind::Float, Kind::Complex],
        _ => return None,
    })
}

fn isdtype(_: &mut Interp, args: &Args) -> Result<Value> {
    let given = args.get("dtype");
    let dtype = preprocess(&given).ok_or_else(|| {
        Error::type_error(format!(
            "dtype argument must be a NumPy dtype, but it is a {}.",
            class_repr(&given)
        ))
    })?;
    let kinds = match args.get("kind") {
        Value::Tuple(t) => t.to_vec(),
        k => vec![k],
    };
    let mut found = false;
    for kind in &kinds {
        found |= match kind {
            Value::Str(s) => {
                let Some(set) = named_kind(s) else {
                    return Err(Error::value_error(format!(
                        "kind argument is a string, but {} is not a known kind name.",
                        repr(kind, &Default::default())
                    )));
                };
                matches!(dtype, TypeObj::Scalar(d) if set.contains(&d.kind()))
            }
            other => {
                let k = preprocess(other).ok_or_else(|| {
                    Error::type_error(format!(
                        "kind argument must be comprised of NumPy dtypes or strings only, but is a {}.",
                        class_repr(other)
                    ))
                })?;
                k == dtype
            }
        };
    }
    Ok(Value::Bool(found))
}

/// `array_precision`: half 0, single 1, double 2 (and their complex types).
fn precision(d: DType) -> Option<usize> {
    match d {
        DType::Float16 => Some(0),
        DType::Float32 | DType::Complex64 => Some(1),
        DType::Float64 | DType::Complex128 => Some(2),
        _ => None,
    }
}

fn common_type(it: &mut Interp, args: &Args) -> Result<Value> {
    let arrays = match args.get("arrays") {
        Value::Tuple(t) => t.to_vec(),
        _ => Vec::new(),
    };
    let mut is_complex = false;
    let mut prec = 0;
    for a in &arrays {
        let dtype = it.getattr(a, "dtype")?;
        let d = match dtype {
            Value::DType(d) => Some(d),
            _ => None,
        };
        let c = &mut Calc {
            it,
            span: args.call_span,
        };
        let complex = c.call("iscomplexobj", vec![a.clone()])?;
        if c.it.truthy(&complex)? {
            is_complex = true;
        }
        let p = match d {
            Some(d) if d.is_integer() => 2,
            _ => d
                .and_then(precision)
                .ok_or_else(|| Error::type_error("can't get common type for non-numeric array"))?,
        };
        prec = prec.max(p);
    }
    let types = if is_complex {
        [None, Some(DType::Complex64), Some(DType::Complex128)]
    } else {
        [
            Some(DType::Float16),
            Some(DType::Float32),
            Some(DType::Float64),
        ]
    };
    Ok(types[prec].map_or(Value::None, |d| Value::Type(TypeObj::Scalar(d))))
}

/// NumPy's `_typecodes_by_elsize`, which orders mintypecode's choice.
const TYPECODES_BY_ELSIZE: &str = "GDFgdfQqLlIiHhBb?";

fn mintypecode(it: &mut Interp, args: &Args) -> Result<Value> {
    let text = |v: Value| -> Result<String> {
        match v {
            Value::Str(s) => Ok(s.to_string()),
            other => Err(Error::type_error(format!(
                "npcalc's np.mintypecode takes a string here, not {}",
                class_repr(&other)
            ))),
        }
    };
    let typeset = text(args.get("typeset"))?;
    let mut intersection: Vec<String> = Vec::new();
    for t in it.iterate(&args.get("typechars"))? {
        // `(isinstance(t, str) and t) or asarray(t).dtype.char`
        let code = match &t {
            Value::Str(s) if !s.is_empty() => s.to_string(),
            _ => {
                let c = &mut Calc {
                    it,
                    span: args.call_span,
                };
                let a = c.call("asarray", vec![t.clone()])?;
                let dtype = c.it.getattr(&a, "dtype")?;
                let ch = c.it.getattr(&dtype, "char")?;
                text(ch)?
            }
        };
        if typeset.contains(code.as_str()) && !intersection.contains(&code) {
            intersection.push(code);
        }
    }
    if intersection.is_empty() {
        return Ok(args.get("default"));
    }
    let has = |c: &str| intersection.iter().any(|t| t == c);
    if has("F") && has("d") {
        return Ok(Value::str("D"));
    }
    let mut best: Option<(usize, &String)> = None;
    for t in &intersection {
        let i = TYPECODES_BY_ELSIZE
            .find(t.as_str())
            .ok_or_else(|| Error::value_error("substring not found"))?;
        if best.is_none_or(|(b, _)| i < b) {
            best = Some((i, t));
        }
    }
    Ok(Value::str(best.expect("a non-empty intersection").1))
}
