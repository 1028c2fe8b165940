//! NumPy's questions about its own types: `np.iinfo` and `np.finfo`
//! (numpy/_core/getlimits.py), the abstract scalar classes with
//! `np.issubdtype` (numpy/_core/numerictypes.py), and `np.result_type` /
//! `np.min_scalar_type` over the NEP 50 promotion of array/promote.rs. Every
//! number comes from the dtype facts in array/dtype.rs.

use super::numpy::no_attribute;
use super::table::{Args, FnDef, Owner, p};
use super::value::{TypeObj, Value};
use super::{Interp, to_array, to_dtype};
use crate::array::promote::{self, Weak};
use crate::array::{Abstract, DType, Scalar, signals};
use crate::error::{Error, Result};
use crate::print::{PrintOptions, scalar_str};
use std::rc::Rc;

pub static DTYPEINFO: &[FnDef] = &[
    FnDef {
        name: "issubdtype",
        owner: Owner::Numpy,
        error_name: None,
        params: &[
            p!(Normal "arg1", "A dtype, scalar type or dtype spelling."),
            p!(Normal "arg2", "A dtype, scalar type (np.integer, …) or dtype spelling."),
        ],
        doc: "Whether arg1's scalar type is arg2's or derives from it, in the hierarchy under np.generic.",
        examples: &[
            "np.issubdtype(np.int8, np.integer)",
            "np.issubdtype(np.array([1.5]).dtype, np.floating)",
        ],
        imp: issubdtype,
    },
    FnDef {
        name: "result_type",
        owner: Owner::NumpyC,
        error_name: None,
        params: &[p!(VarPositional "arrays_and_dtypes", "Arrays, scalars and dtypes.")],
        doc: "The dtype NumPy computes in for these operands: Python int/float/complex are weak (NEP 50) and take the dtype of the others.",
        examples: &[
            "np.result_type(np.int8, 1.5)",
            "np.result_type(np.array([1], np.int8), 3)",
        ],
        imp: result_type,
    },
    FnDef {
        name: "min_scalar_type",
        owner: Owner::NumpyC,
        error_name: None,
        params: &[p!(Normal "a", "A value or array.")],
        doc: "The smallest dtype of its kind that holds a scalar's value; an array's own dtype.",
        examples: &["np.min_scalar_type(10)", "np.min_scalar_type(-260)"],
        imp: min_scalar_type,
    },
];

/// The entries run when `np.iinfo(…)` or `np.finfo(…)` is called.
pub static IINFO_CTOR: FnDef = FnDef {
    name: "iinfo",
    owner: Owner::Numpy,
    error_name: None,
    params: &[p!(Normal "int_type", "An integer type, dtype, or instance.")],
    doc: "Machine limits for integer types: .min, .max, .bits, .dtype, .kind.",
    examples: &["np.iinfo(np.int8).max", "np.iinfo(np.uint16)"],
    imp: iinfo,
};

pub static FINFO_CTOR: FnDef = FnDef {
    name: "finfo",
    owner: Owner::Numpy,
    error_name: None,
    params: &[p!(Normal "dtype", "A float or complex type, dtype, or instance.")],
    doc: "Machine limits for floating point types: .eps, .max, .tiny, .precision, …",
    examples: &["np.finfo(np.float64).eps", "np.finfo(np.float32)"],
    imp: finfo,
};

/// The classes `np.iinfo` and `np.finfo`, by their constructors (for help).
pub static CLASSES: [&FnDef; 2] = [&IINFO_CTOR, &FINFO_CTOR];

/// The constructor entry of `numpy.iinfo` / `numpy.finfo`.
pub fn constructor(t: TypeObj) -> Option<&'static FnDef> {
    match t {
        TypeObj::IInfo => Some(&IINFO_CTOR),
        TypeObj::FInfo => Some(&FINFO_CTOR),
        _ => None,
    }
}

/// `np.<name>` for the classes of this family.
pub fn module_attr(name: &str) -> Option<Value> {
    match name {
        "iinfo" => Some(Value::Type(TypeObj::IInfo)),
        "finfo" => Some(Value::Type(TypeObj::FInfo)),
        _ => Abstract::from_name(name).map(|a| Value::Type(TypeObj::Abstract(a))),
    }
}

pub fn module_members() -> impl Iterator<Item = &'static str> {
    ["iinfo", "finfo"]
        .into_iter()
        .chain(Abstract::ALL.iter().map(|a| a.name()))
}

// ---- np.dtype(x), falling back to np.dtype(type(x)) -----------------------------

/// What `numeric.dtype(x)`, or failing that `numeric.dtype(type(x))`, gives
/// in getlimits.py: a numeric dtype, or one npcalc only names.
enum Coerced {
    Numeric(DType),
    /// `dtype('O')`, from a class or object NumPy cannot read as a dtype.
    Object,
    /// `dtype('<U0')`, from `str` or a string that is no dtype spelling.
    Str,
}

impl Coerced {
    fn kind_char(&self) -> char {
        match self {
            Coerced::Numeric(d) => d.kind_char(),
            Coerced::Object => 'O',
            Coerced::Str => 'U',
        }
    }

    /// The scalar type's repr, as `obj2sctype(dtype)` shows it.
    fn type_repr(&self) -> String {
        match self {
            Coerced::Numeric(d) => super::repr::type_repr(TypeObj::Scalar(*d)),
            Coerced::Object => "<class 'numpy.object_'>".into(),
            Coerced::Str => "<class 'numpy.str_'>".into(),
        }
    }
}

fn coerce(v: &Value) -> Result<Coerced> {
    Ok(match v {
        Value::None => Coerced::Numeric(DType::Float64),
        Value::DType(d) => Coerced::Numeric(*d),
        Value::Scalar(s) => Coerced::Numeric(s.dtype()),
        Value::Bool(_) => Coerced::Numeric(DType::Bool),
        Value::Int(_) => Coerced::Numeric(DType::Int64),
        Value::Float(_) => Coerced::Numeric(DType::Float64),
        Value::Complex(_) => Coerced::Numeric(DType::Complex128),
        Value::NpStr(_) | Value::Type(TypeObj::Str | TypeObj::NpStr) => Coerced::Str,
        Value::Type(
            t @ (TypeObj::Int
            | TypeObj::Float
            | TypeObj::Complex
            | TypeObj::Bool
            | TypeObj::Scalar(_)),
        ) => Coerced::Numeric(to_dtype(&Value::Type(*t))?.expect("a numeric type")),
        Value::Str(s) => match crate::array::parse_dtype_str(s) {
            Ok(d) => Coerced::Numeric(d),
            Err(e) if e.class == crate::error::Exc::TypeError => Coerced::Str,
            Err(e) => return Err(e),
        },
        _ => Coerced::Object,
    })
}

// ---- iinfo ------------------------------------------------------------------------

fn iinfo(_: &mut Interp, args: &Args) -> Result<Value> {
    let c = coerce(&args.get("int_type"))?;
    match c {
        Coerced::Numeric(d) if d.is_integer() => Ok(Value::IInfo(Rc::new(d))),
        other => Err(Error::value_error(format!(
            "Invalid integer data type '{}'.",
            other.kind_char()
        ))),
    }
}

fn int_range(d: DType) -> (i128, i128) {
    d.int_range().expect("iinfo holds an integer dtype")
}

/// The attributes of an `np.iinfo` object (`iinfo_attr`).
pub const IINFO_MEMBERS: [&str; 6] = ["bits", "dtype", "key", "kind", "max", "min"];

pub fn iinfo_attr(v: &Value, d: DType, name: &str) -> Result<Value> {
    let (min, max) = int_range(d);
    Ok(match name {
        "min" => Value::Int(min.into()),
        "max" => Value::Int(max.into()),
        "bits" => Value::int(d.itemsize() * 8),
        "dtype" => Value::DType(d),
        "kind" => Value::str(&d.kind_char().to_string()),
        "key" => Value::str(&format!("{}{}", d.kind_char(), d.itemsize() * 8)),
        _ => {
            return Err(no_attribute(v, name, IINFO_MEMBERS.to_vec()));
        }
    })
}

pub fn iinfo_str(d: DType) -> String {
    let (min, max) = int_range(d);
    format!("Machine parameters for {d}\n{RULE}\nmin = {min}\nmax = {max}\n{RULE}\n")
}

pub fn iinfo_repr(d: DType) -> String {
    let (min, max) = int_range(d);
    format!("iinfo(min={min}, max={max}, dtype={d})")
}

const RULE: &str = "---------------------------------------------------------------";

// ---- finfo ------------------------------------------------------------------------

/// A `np.finfo` object: its float dtype and the attributes getlimits.py
/// computes from the dtype's parameters.
#[derive(Debug)]
pub struct FInfo {
    pub dtype: DType,
    eps: Scalar,
    epsneg: Scalar,
    max: Scalar,
    min: Scalar,
    smallest_normal: Scalar,
    smallest_subnormal: Scalar,
    resolution: Scalar,
    precision: i64,
    maxexp: i64,
    minexp: i64,
    nmant: i64,
    machep: i64,
    negep: i64,
    nexp: i64,
    iexp: i64,
}

fn finfo(it: &mut Interp, args: &Args) -> Result<Value> {
    let arg = args.get("dtype");
    if let Value::None = arg {
        signals::warn(
            "DeprecationWarning",
            "finfo() dtype cannot be None. This behavior will raise an error in the future. (Deprecated in NumPy 1.25)",
        );
    }
    let c = coerce(&arg)?;
    let d = match c {
        Coerced::Numeric(d) if d.is_inexact() => d.real_part(),
        other => {
            return Err(Error::value_error(format!(
                "data type {} not inexact",
                other.type_repr()
            )));
        }
    };
    Ok(Value::FInfo(Rc::new(make_finfo(it, d)?)))
}

fn make_finfo(it: &mut Interp, d: DType) -> Result<FInfo> {
    use crate::syntax::ast::BinOp;
    let fp = d.float_params().expect("a float dtype");
    // Arithmetic on NumPy scalars of one float type gives that type.
    let scalar = |v: &Value| match v {
        Value::Scalar(s) => Ok(*s),
        other => unreachable!("float scalar arithmetic gave {other:?}"),
    };
    let of = |x: f64| Value::Scalar(crate::array::cast_scalar(Scalar::Float64(x), d));
    let eps = Value::Scalar(fp.eps);
    // epsneg = eps / radix; resolution = dtype.type(10) ** -precision; min = -max.
    let epsneg = scalar(&it.binary(BinOp::Div, &eps, &of(2.0))?)?;
    let precision = i64::from(fp.digits);
    let resolution = scalar(&it.binary(BinOp::Pow, &of(10.0), &Value::int(-precision))?)?;
    let min = scalar(&it.binary(BinOp::Sub, &of(0.0), &Value::Scalar(fp.max))?)?;
    let maxexp = i64::from(fp.max_exp);
    let minexp = i64::from(fp.min_exp) - 1;
    let log2 = |s: Scalar| as_f64(s).log2();
    Ok(FInfo {
        dtype: d,
        eps: fp.eps,
        epsneg,
        max: fp.max,
        min,
        smallest_normal: fp.smallest_normal,
        smallest_subnormal: fp.smallest_subnormal,
        resolution,
        precision,
        maxexp,
        minexp,
        nmant: i64::from(fp.mant_dig) - 1,
        machep: log2(fp.eps) as i64,
        negep: log2(epsneg) as i64,
        nexp: ((maxexp - minexp + 2) as f64).log2().ceil() as i64,
        iexp: ((maxexp - minexp) as f64).log2().ceil() as i64,
    })
}

pub const FINFO_MEMBERS: [&str; 18] = [
    "bits",
    "dtype",
    "eps",
    "epsneg",
    "iexp",
    "machep",
    "max",
    "maxexp",
    "min",
    "minexp",
    "negep",
    "nexp",
    "nmant",
    "precision",
    "resolution",
    "smallest_normal",
    "smallest_subnormal",
    "tiny",
];

pub fn finfo_attr(v: &Value, f: &FInfo, name: &str) -> Result<Value> {
    let s = |x: Scalar| Value::Scalar(x);
    Ok(match name {
        "bits" => Value::int(f.dtype.itemsize() * 8),
        "dtype" => Value::DType(f.dtype),
        "eps" => s(f.eps),
        "epsneg" => s(f.epsneg),
        "max" => s(f.max),
        "min" => s(f.min),
        "tiny" | "smallest_normal" => s(f.smallest_normal),
        "smallest_subnormal" => s(f.smallest_subnormal),
        "resolution" => s(f.resolution),
        "precision" => Value::int(f.precision),
        "maxexp" => Value::int(f.maxexp),
        "minexp" => Value::int(f.minexp),
        "nmant" => Value::int(f.nmant),
        "machep" => Value::int(f.machep),
        "negep" => Value::int(f.negep),
        "nexp" => Value::int(f.nexp),
        "iexp" => Value::int(f.iexp),
        _ => return Err(no_attribute(v, name, FINFO_MEMBERS.to_vec())),
    })
}

/// `str(np.finfo(…))`, getlimits.py's block (its `get_str` ignores its pad).
pub fn finfo_str(f: &FInfo) -> String {
    let o = PrintOptions::default();
    let s = |x: Scalar| scalar_str(x, &o);
    let min = if -as_f64(f.min) == as_f64(f.max) {
        "-max".to_string()
    } else {
        s(f.min)
    };
    format!(
        "Machine parameters for {dtype}\n{RULE}\n\
         precision = {precision}   resolution = {resolution}\n\
         machep = {machep}   eps =        {eps}\n\
         negep =  {negep}   epsneg =     {epsneg}\n\
         minexp = {minexp}   tiny =       {tiny}\n\
         maxexp = {maxexp}   max =        {max}\n\
         nexp =   {nexp}   min =        {min}\n\
         smallest_normal = {tiny}   smallest_subnormal = {sub}\n{RULE}\n",
        dtype = f.dtype,
        precision = f.precision,
        resolution = s(f.resolution),
        machep = f.machep,
        eps = s(f.eps),
        negep = f.negep,
        epsneg = s(f.epsneg),
        minexp = f.minexp,
        tiny = s(f.smallest_normal),
        maxexp = f.maxexp,
        max = s(f.max),
        nexp = f.nexp,
        sub = s(f.smallest_subnormal),
    )
}

/// A float scalar's value as a Python float.
fn as_f64(x: Scalar) -> f64 {
    match crate::array::cast_scalar(x, DType::Float64) {
        Scalar::Float64(v) => v,
        _ => unreachable!("cast to float64"),
    }
}

/// `repr(np.finfo(…))`: min and max in getlimits.py's `%e` format of the type.
pub fn finfo_repr(f: &FInfo) -> String {
    // _MACHAR_PARAMS' formats: '%12.5e' (half), '%15.7e' (single), '%24.16e' (double).
    let digits = match f.dtype {
        DType::Float16 => 5,
        DType::Float32 => 7,
        _ => 16,
    };
    let e = |x: Scalar| {
        super::format::format(
            &Value::Float(as_f64(x)),
            &format!(".{digits}e"),
            &PrintOptions::default(),
        )
        .expect("a float formats with an e spec")
    };
    format!(
        "finfo(resolution={}, min={}, max={}, dtype={})",
        scalar_str(f.resolution, &PrintOptions::default()),
        e(f.min),
        e(f.max),
        f.dtype
    )
}

// ---- abstract scalar types and issubdtype ------------------------------------------

/// A class under `np.generic`: a concrete scalar type or an abstract one.
#[derive(Clone, Copy)]
pub(super) enum Generic {
    Concrete(DType),
    Abstract(Abstract),
}

pub(super) fn as_generic(v: &Value) -> Option<Generic> {
    match v {
        Value::Type(TypeObj::Scalar(d)) => Some(Generic::Concrete(*d)),
        Value::Type(TypeObj::Abstract(a)) => Some(Generic::Abstract(*a)),
        _ => None,
    }
}

/// `issubclass(sub, class)` within NumPy's scalar hierarchy.
pub fn is_subclass(sub: TypeObj, class: TypeObj) -> Option<bool> {
    Some(match (sub, class) {
        (TypeObj::Scalar(d), TypeObj::Abstract(a)) => a.contains(d),
        (TypeObj::Abstract(a), TypeObj::Abstract(b)) => a.is_sub(b),
        (TypeObj::Abstract(_), _) | (_, TypeObj::Abstract(_)) => false,
        _ => return None,
    })
}

/// `cls.__mro__` of a NumPy scalar class: the class, its abstract bases up
/// to `np.generic`, then the Python type that `float64` and `complex128`
/// also derive from (the other scalar types derive from none), then
/// `object`. None for a class outside NumPy's scalar hierarchy.
pub fn scalar_mro(t: TypeObj) -> Option<Vec<Value>> {
    let (mut next, python) = match t {
        TypeObj::Scalar(d) => (
            Some(Abstract::of(d)),
            match d {
                DType::Float64 => Some(TypeObj::Float),
                DType::Complex128 => Some(TypeObj::Complex),
                _ => None,
            },
        ),
        TypeObj::Abstract(a) => (a.base(), None),
        _ => return None,
    };
    let mut chain = vec![Value::Type(t)];
    while let Some(a) = next {
        chain.push(Value::Type(TypeObj::Abstract(a)));
        next = a.base();
    }
    chain.extend(python.map(Value::Type));
    chain.push(Value::Type(TypeObj::Object));
    Some(chain)
}

/// `np.float64.mro()`: the `__mro__` as a list.
pub static MRO: FnDef = super::table::method!(
    Builtin "mro",
    [],
    "The classes searched for an attribute, in order, as a list.",
    mro
);

fn mro(_: &mut Interp, args: &Args) -> Result<Value> {
    let Value::Type(t) = args.this() else {
        unreachable!("mro is bound to a class")
    };
    let chain = scalar_mro(*t).expect("mro is bound to a NumPy scalar class");
    Ok(Value::list(chain))
}

fn issubdtype(_: &mut Interp, args: &Args) -> Result<Value> {
    if let Some(answer) = super::datetime64::issubdtype(&args.get("arg1"), &args.get("arg2")) {
        return answer.map(Value::Bool);
    }
    let generic = |name: &str| -> Result<Generic> {
        let v = args.get(name);
        if let Some(g) = as_generic(&v) {
            return Ok(g);
        }
        if let Value::Array(_) | Value::Masked(_) = v {
            return Err(Error::type_error("Cannot construct a dtype from an array"));
        }
        let d = to_dtype(&v)?.unwrap_or(DType::Float64);
        Ok(Generic::Concrete(d))
    };
    let (a, b) = (generic("arg1")?, generic("arg2")?);
    Ok(Value::Bool(match (a, b) {
        (Generic::Concrete(x), Generic::Concrete(y)) => x == y,
        (Generic::Concrete(x), Generic::Abstract(c)) => c.contains(x),
        (Generic::Abstract(_), Generic::Concrete(_)) => false,
        (Generic::Abstract(x), Generic::Abstract(c)) => x.is_sub(c),
    }))
}

// ---- result_type and min_scalar_type ------------------------------------------------

fn result_type(_: &mut Interp, args: &Args) -> Result<Value> {
    let Value::Tuple(items) = args.get("arrays_and_dtypes") else {
        unreachable!("*args is a tuple")
    };
    if items.is_empty() {
        return Err(Error::value_error(
            "at least one array or dtype is required",
        ));
    }
    // A single value is converted as np.asarray converts it (2**63 is uint64).
    if let [v @ Value::Int(_)] = &items[..] {
        return Ok(Value::DType(to_array(v, None)?.dtype()));
    }
    let mut strong = Vec::new();
    let mut weak = Vec::new();
    for v in items.iter() {
        match v {
            Value::Array(a) => strong.push(a.dtype()),
            Value::Masked(m) => strong.push(m.borrow().data.dtype()),
            Value::Scalar(s) => strong.push(s.dtype()),
            Value::Bool(_) => strong.push(DType::Bool),
            Value::Int(_) => weak.push(Weak::Int),
            Value::Float(_) => weak.push(Weak::Float),
            Value::Complex(_) => weak.push(Weak::Complex),
            Value::List(_) | Value::Tuple(_) | Value::Range(_) => {
                return Err(Error::new(
                    crate::error::Exc::NotImplementedError,
                    "npcalc does not read a list in np.result_type as NumPy does (as a structured dtype); pass np.array(...) instead",
                ));
            }
            other => strong.push(to_dtype(other)?.unwrap_or(DType::Float64)),
        }
    }
    Ok(Value::DType(promote::weak_result_type(strong, weak)))
}

fn min_scalar_type(_: &mut Interp, args: &Args) -> Result<Value> {
    let a = to_array(&args.get("a"), None)?;
    if a.ndim() > 0 {
        return Ok(Value::DType(a.dtype()));
    }
    Ok(Value::DType(promote::min_scalar_type(a.get(&[]))))
}
