//! The evaluator's side of NumPy: attributes, indexing and operators on
//! arrays and NumPy scalars, and the implementations behind the function
//! table. Argument values are converted here; the arithmetic is `array`'s.

use super::catalog::{UFUNC_METHODS, array_methods, numpy_function, numpy_function_names};
use super::convert::{python_to_scalar, to_array, to_dtype};
use super::table::{Args, CallArgs, FnDef};
use super::value::{Module, TypeObj, Value};
use super::{Interp, builtins, random, suggest};
use crate::array::layout::{self, Order};
use crate::array::promote::{DTypeClass, Operand, promote_classes};
use crate::array::unary;
use crate::array::{
    self, AccumFunc, Array, AxisArg, DType, Identity, Kind, Scalar, Ufunc, cast, construct, index,
    promote, reduce, shape, ufunc,
};
use crate::error::{Error, Exc, Result};
use crate::print::{self, PrintOptions};
use crate::syntax::ast::{BinOp, CmpOp, UnaryOp};
use num_bigint::BigInt;
use num_traits::ToPrimitive;

pub fn is_numpy(v: &Value) -> bool {
    matches!(v, Value::Array(_) | Value::Scalar(_))
}

/// Attributes of ndarray that are not methods.
const ARRAY_ATTRS: [&str; 13] = [
    "T", "dtype", "imag", "itemsize", "nbytes", "ndim", "real", "shape", "size", "strides", "base",
    "flat", "flags",
];

/// Whether `name` is an ndarray method or attribute (for `[1, 2].cumsum()`).
pub fn is_ndarray_member(name: &str) -> bool {
    ARRAY_ATTRS.contains(&name) || array_methods().any(|f| f.name == name)
}

/// ndarray's members, sorted as `dir()` lists them (for suggestions and completion).
pub fn ndarray_members() -> Vec<&'static str> {
    let mut names: Vec<&str> = ARRAY_ATTRS
        .iter()
        .copied()
        .chain(array_methods().map(|f| f.name))
        .collect();
    names.sort_unstable();
    names.dedup();
    names
}

/// Constants of the numpy module.
const CONSTANTS: [(&str, f64); 5] = [
    ("pi", std::f64::consts::PI),
    ("e", std::f64::consts::E),
    // NumPy's literal (std's EGAMMA is not stable yet).
    #[allow(clippy::excessive_precision)]
    ("euler_gamma", 0.577215664901532860606512090082402431),
    ("nan", f64::NAN),
    ("inf", f64::INFINITY),
];

/// Everything `np.` offers, sorted, for suggestions and completion.
pub fn numpy_members() -> Vec<&'static str> {
    let mut names: Vec<&str> = numpy_function_names()
        .chain(CONSTANTS.iter().map(|(n, _)| *n))
        .chain(cast::TYPE_NAMES.iter().map(|(n, _)| *n))
        .chain(Ufunc::names())
        .chain(super::dtypeinfo::module_members())
        .chain([
            "ndarray",
            "str_",
            "dtype",
            "newaxis",
            "exceptions",
            "__version__",
            "r_",
            "c_",
            "mgrid",
            "ogrid",
            "s_",
            "index_exp",
            "little_endian",
            "typecodes",
            "random",
            "ma",
            "lib",
            "linalg",
            "strings",
            "char",
            "True_",
            "False_",
        ])
        .collect();
    names.sort_unstable();
    names.dedup();
    names
}

/// The label `upstream::NAMES` knows `v`'s class or module by.
fn upstream_owner(v: &Value) -> Option<&'static str> {
    Some(match v {
        Value::Module(m) => match m {
            Module::Numpy => "np",
            Module::Random => "np.random",
            Module::Ma => "np.ma",
            Module::Linalg => "np.linalg",
            Module::Strings(false) => "np.strings",
            Module::Strings(true) => "np.char",
            Module::Testing => "np.testing",
            Module::Lib => "np.lib",
            Module::StrideTricks => "np.lib.stride_tricks",
            Module::Math => "math",
            Module::Itertools => "itertools",
            Module::Operator => "operator",
            Module::Functools => "functools",
            Module::Warnings => "warnings",
            Module::PyRandom => "random",
            Module::Time => "time",
            Module::Collections => "collections",
            Module::Statistics => "statistics",
            Module::Timeit => "timeit",
            Module::Typing => "typing",
            Module::Copy => "copy",
            Module::Heapq => "heapq",
            Module::Bisect => "bisect",
            Module::Json => "json",
            Module::PyString => "string",
            Module::Textwrap => "textwrap",
            Module::Unicodedata => "unicodedata",
            Module::Re => "re",
            Module::Pprint => "pprint",
            Module::Io => "io",
            Module::Dataclasses => "dataclasses",
            Module::Fractions => "fractions",
            Module::Decimal => "decimal",
            Module::Datetime => "datetime",
            Module::Pyplot => "matplotlib.pyplot",
            Module::Ticker => "matplotlib.ticker",
            Module::Matplotlib => "matplotlib",
            Module::Exceptions
            | Module::Version
            | Module::NpTyping
            | Module::PyplotStyle
            | Module::PyplotCm
            | Module::Absent(_)
            | Module::Core(..)
            | Module::Sys
            | Module::Future
            | Module::Pylab(_) => {
                return None;
            }
        },
        Value::Array(_) | Value::Type(TypeObj::NdArray) => "ndarray",
        Value::Scalar(_) => "np.generic",
        Value::Masked(_) => "MaskedArray",
        Value::Random(r) => r.type_name().rsplit('.').next().unwrap_or("Generator"),
        Value::Str(_) | Value::NpStr(_) | Value::Type(TypeObj::Str) => "str",
        Value::List(_) | Value::Type(TypeObj::List) => "list",
        Value::Dict(_) | Value::Type(TypeObj::Dict) => "dict",
        Value::Set(s) => super::pyset::kind_name(s),
        Value::Tuple(_) | Value::Type(TypeObj::Tuple) => "tuple",
        Value::Int(_) | Value::Bool(_) | Value::Type(TypeObj::Int) => "int",
        Value::Float(_) | Value::Type(TypeObj::Float) => "float",
        Value::Complex(_) | Value::Type(TypeObj::Complex) => "complex",
        Value::Fraction(_) => "Fraction",
        Value::RePattern(_) => "re.Pattern",
        Value::ReMatch(_) => "re.Match",
        Value::Decimal(_) => "Decimal",
        Value::Plot(a) => super::pyplot::upstream_owner(a)?,
        _ => return None,
    })
}

/// The refusal of a name the real module or type `v` stands for has but
/// npcalc lacks; None for a name nobody has.
pub(super) fn upstream_refusal(v: &Value, name: &str) -> Option<Error> {
    if let Value::Module(Module::Decimal) = v
        && super::decimal::REFUSED.contains(&name)
    {
        return Some(Error::attribute_error(format!(
            "decimal.{name} is not supported in npcalc: Decimal arithmetic uses the default context (28 digits, ROUND_HALF_EVEN)"
        )));
    }
    let owner = upstream_owner(v).filter(|owner| super::upstream::has(owner, name))?;
    Some(Error::attribute_error(format!(
        "{owner}.{name} is not supported in npcalc"
    )))
}

/// The NumPy release npcalc prints as (`np.__version__`, `numpy.version`).
const NUMPY_VERSION: &str = "2.4.6";

/// `numpy.version`'s strings; its `release` is True.
const VERSION_ATTRS: [(&str, &str); 4] = [
    ("version", NUMPY_VERSION),
    ("short_version", NUMPY_VERSION),
    ("full_version", NUMPY_VERSION),
    ("git_revision", "b832a09cf2a169c833dd2371e7c07aa00b293242"),
];

fn version_members() -> Vec<&'static str> {
    let mut names: Vec<&str> = VERSION_ATTRS.iter().map(|(n, _)| *n).collect();
    names.push("release");
    names.sort_unstable();
    names
}

pub(super) fn no_attribute(v: &Value, name: &str, candidates: Vec<&str>) -> Error {
    if let Some(refusal) = upstream_refusal(v, name) {
        return refusal;
    }
    let owner = match v {
        Value::Module(Module::Numpy) => "module 'numpy'".to_string(),
        Value::Module(Module::Exceptions) => "module 'numpy.exceptions'".to_string(),
        Value::Module(Module::Version) => "module 'numpy.version'".to_string(),
        Value::Module(Module::NpTyping) => "module 'numpy.typing'".to_string(),
        Value::Module(Module::Random) => "module 'numpy.random'".to_string(),
        Value::Module(Module::Math) => "module 'math'".to_string(),
        Value::Module(
            m @ (Module::Itertools
            | Module::Operator
            | Module::Functools
            | Module::Warnings
            | Module::Collections
            | Module::Statistics
            | Module::Timeit
            | Module::Typing
            | Module::Copy
            | Module::Bisect
            | Module::Json
            | Module::PyString
            | Module::Textwrap
            | Module::Unicodedata
            | Module::Re
            | Module::Pprint
            | Module::Io
            | Module::Heapq
            | Module::Dataclasses
            | Module::Fractions
            | Module::Decimal
            | Module::Datetime),
        ) => {
            format!("module '{}'", super::functional::name(*m))
        }
        Value::Module(Module::Ma) => "module 'numpy.ma'".to_string(),
        Value::Module(Module::Lib) => "module 'numpy.lib'".to_string(),
        Value::Module(Module::Core(sub, shim)) => {
            format!("module '{}'", super::npcore::name(sub, *shim))
        }
        Value::Module(Module::Linalg) => "module 'numpy.linalg'".to_string(),
        Value::Module(Module::Strings(false)) => "module 'numpy.strings'".to_string(),
        Value::Module(Module::Strings(true)) => "module 'numpy.char'".to_string(),
        Value::Module(Module::Testing) => "module 'numpy.testing'".to_string(),
        Value::Module(Module::StrideTricks) => "module 'numpy.lib.stride_tricks'".to_string(),
        Value::Module(Module::PyRandom) => "module 'random'".to_string(),
        Value::Module(Module::Pyplot) => "module 'matplotlib.pyplot'".to_string(),
        Value::Module(Module::Matplotlib) => "module 'matplotlib'".to_string(),
        Value::Module(Module::PyplotStyle) => "module 'matplotlib.style'".to_string(),
        Value::Module(Module::PyplotCm) => "module 'matplotlib.cm'".to_string(),
        Value::Module(Module::Ticker) => "module 'matplotlib.ticker'".to_string(),
        Value::Plot(a) => format!("'{}' object", super::pyplot::class_name(a)),
        Value::Module(Module::Time) => "module 'time'".to_string(),
        // Python classes name themselves without their module here.
        Value::Masked(_) => "'MaskedArray' object".to_string(),
        Value::MaskedConstant => "'MaskedConstant' object".to_string(),
        Value::PyRandom(_) => "'Random' object".to_string(),
        Value::IInfo(_) => "'iinfo' object".to_string(),
        Value::FInfo(_) => "'finfo' object".to_string(),
        Value::Type(t) => format!("type object '{}'", t.qualname()),
        // A bound method looks a missing name up on its Cython function.
        Value::Method(this, _) if matches!(**this, Value::Random(_)) => {
            "'_cython_3_2_4.cython_function_or_method' object".to_string()
        }
        other => format!("'{}' object", other.type_name()),
    };
    // A module's candidates are its whole `dir` (CPython 3.11 draws from
    // that, names npcalc lacks included: `np.math` suggests 'emath').
    let dir = match v {
        Value::Module(_) => upstream_owner(v).map(super::upstream::names),
        _ => None,
    };
    let candidates = dir.filter(|d| !d.is_empty()).unwrap_or(candidates);
    let hint = suggest::suggest(name, candidates);
    Error::attribute_error(format!("{owner} has no attribute '{name}'")).suggesting(hint)
}

pub(super) fn shape_tuple(shape: &[usize]) -> Value {
    Value::tuple(shape.iter().map(|&n| Value::int(n)).collect())
}

pub fn getattr(it: &mut Interp, v: &Value, name: &str) -> Result<Value> {
    match v {
        Value::Exception(e) if name == "args" => Ok(it.exception_args(e)),
        Value::Exception(e) if name == "code" && e.class == crate::error::Exc::SystemExit => {
            Ok(it.system_exit_code(e))
        }
        // StopIteration's value: its first argument (a generator's return).
        Value::Exception(e) if name == "value" && e.class == crate::error::Exc::StopIteration => {
            Ok(match it.exception_args(e) {
                Value::Tuple(t) if !t.is_empty() => t[0].clone(),
                _ => Value::None,
            })
        }
        Value::Exception(e) if matches!(name, "__cause__" | "__context__") => {
            let d = e.details.as_deref();
            let chained = d.and_then(|d| match name {
                "__cause__" => d.cause.as_ref(),
                _ => d.context.as_ref(),
            });
            Ok(chained.map_or(Value::None, |c| {
                it.raised_object(c)
                    .unwrap_or_else(|| Value::Exception(std::rc::Rc::new(c.clone())))
            }))
        }
        Value::Exception(e) if name == "__suppress_context__" => Ok(Value::Bool(
            e.details.as_ref().is_some_and(|d| d.suppress_context),
        )),
        Value::Module(Module::Numpy) => numpy_attr(v, name),
        Value::Module(Module::Ma) => super::masked::module_attr(name)
            .unwrap_or_else(|| Err(no_attribute(v, name, super::masked::module_members()))),
        Value::Masked(_) | Value::MaskedConstant => super::masked::attr(v, name)
            .unwrap_or_else(|| Err(no_attribute(v, name, super::masked::members()))),
        Value::Array(a) => array_attr(v, a, name),
        Value::Flags(f) => super::memory::attr(f, name),
        Value::NdIter(n) => super::nditer::attr(v, n, name),
        Value::Poly1d(p) => super::polynomial::attr(v, p, name),
        Value::Plot(a) => super::pyplot::attr(v, a, name),
        Value::Module(
            m @ (Module::Matplotlib
            | Module::Pyplot
            | Module::PyplotStyle
            | Module::PyplotCm
            | Module::Ticker),
        ) => super::pyplot::module_attr(it, *m, name)
            .unwrap_or_else(|| Err(no_attribute(v, name, super::pyplot::module_members(*m)))),
        Value::ObjDType => super::objarray::dtype_attr(name),
        Value::IInfo(d) => super::dtypeinfo::iinfo_attr(v, **d, name),
        Value::FInfo(f) => super::dtypeinfo::finfo_attr(v, f, name),
        Value::Scalar(s) => match name {
            "T" => Ok(v.clone()),
            // np.complex64(1j).real is np.float32(0.0), a scalar too.
            "real" | "imag" => Ok(unwrap0(shape::real_imag(
                &Array::from_scalar(*s),
                name == "imag",
            )?)),
            "shape" => Ok(Value::tuple(vec![])),
            "ndim" => Ok(Value::int(0)),
            "size" => Ok(Value::int(1)),
            "strides" => Ok(Value::tuple(vec![])),
            "base" => Ok(Value::None),
            // NumPy 2's number methods on its scalars (np.floating's
            // is_integer/as_integer_ratio, np.integer's is_integer/bit_count),
            // and float's own on np.float64, a float subclass: Python's answers.
            _ if match (s.dtype().kind(), name) {
                (Kind::Float, "is_integer" | "as_integer_ratio") => true,
                (Kind::Float, "hex" | "fromhex") => s.dtype() == DType::Float64,
                (Kind::Int | Kind::UInt, "is_integer" | "bit_count") => true,
                _ => false,
            } =>
            {
                // Python 3.11's int has no is_integer: an integer always is one.
                let py = match (s.dtype().is_integer(), name) {
                    (true, "is_integer") => Value::Float(0.0),
                    _ => scalar_to_python(*s),
                };
                it.getattr(&py, name)
            }
            _ => array_attr(v, &Array::from_scalar(*s), name),
        },
        Value::StrDType(n) => Ok(match name {
            // A size-0 dtype's name has no bits.
            "name" if *n == 0 => Value::str("str"),
            "name" => Value::str(&format!("str{}", 32 * n)),
            "itemsize" => Value::int(4 * n),
            "kind" | "char" => Value::str("U"),
            "str" => Value::str(&format!("<U{n}")),
            "type" => Value::Type(TypeObj::NpStr),
            _ => return Err(no_attribute(v, name, DTYPE_ATTRS.to_vec())),
        }),
        Value::DType(d) => {
            dtype_attr(*d, name).ok_or_else(|| no_attribute(v, name, DTYPE_ATTRS.to_vec()))
        }
        Value::Ufunc(u) => ufunc_attr(v, *u, name),
        Value::Module(Module::Sys) if name == "argv" => Ok(it.argv()),
        Value::Module(Module::Sys) => super::pysys::attr(name),
        Value::Module(Module::Future) => super::future::module_attr(name),
        Value::Module(Module::Pylab(m)) => super::pylab::attr(it, m, name),
        Value::Feature(f) => super::future::attr(f, name),
        Value::Module(Module::Absent(module)) => Err(Error::new(
            crate::error::Exc::ModuleNotFoundError,
            format!(
                "the {module} module is not supported in npcalc ({})",
                super::MODULES_NPCALC_HAS
            ),
        )),
        Value::Module(Module::NpTyping) if name == "NBitBase" => Err(Error::new(
            crate::error::Exc::NotImplementedError,
            "npcalc does not support numpy.typing.NBitBase",
        )),
        Value::Module(Module::NpTyping) => super::typing::numpy_attr(name)
            .ok_or_else(|| no_attribute(v, name, super::typing::numpy_members())),
        Value::Module(Module::Version) => match VERSION_ATTRS.iter().find(|(n, _)| *n == name) {
            Some((_, text)) => Ok(Value::str(text)),
            None if name == "release" => Ok(Value::Bool(true)),
            None => Err(no_attribute(v, name, version_members())),
        },
        Value::Module(Module::Exceptions) => {
            let prefix = "numpy.exceptions.";
            let classes = crate::error::Exc::ALL
                .iter()
                .filter(|e| e.qualname().starts_with(prefix));
            match classes.clone().find(|e| e.name() == name) {
                Some(e) => Ok(Value::Type(TypeObj::Exc(*e))),
                None => Err(no_attribute(v, name, classes.map(|e| e.name()).collect())),
            }
        }
        Value::Module(Module::Statistics) if name == "StatisticsError" => Ok(Value::Type(
            TypeObj::Exc(crate::error::Exc::StatisticsError),
        )),
        Value::Module(Module::Statistics)
            if !super::pystats::STATISTICS.iter().any(|f| f.name == name)
                && super::pystats::REFUSED.contains(&name) =>
        {
            Err(Error::attribute_error(format!(
                "statistics.{name} is not supported in npcalc"
            )))
        }
        Value::Module(Module::Decimal)
            if name == "InvalidOperation" || name == "DivisionByZero" =>
        {
            Ok(Value::Type(TypeObj::Exc(if name == "InvalidOperation" {
                crate::error::Exc::InvalidOperation
            } else {
                crate::error::Exc::DivisionByZero
            })))
        }
        Value::Module(Module::Datetime) if super::pydatetime::REFUSED.contains(&name) => {
            Err(super::pydatetime::refused_name(name))
        }
        Value::Module(Module::Collections) if super::collections::REFUSED.contains(&name) => Err(
            Error::attribute_error(format!("collections.{name} is not supported in npcalc")),
        ),
        Value::Module(
            m @ (Module::Itertools
            | Module::Operator
            | Module::Functools
            | Module::Warnings
            | Module::Collections
            | Module::Statistics
            | Module::Copy
            | Module::Bisect
            | Module::Json
            | Module::PyString
            | Module::Textwrap
            | Module::Unicodedata
            | Module::Re
            | Module::Pprint
            | Module::Io
            | Module::Heapq
            | Module::Dataclasses
            | Module::Fractions
            | Module::Decimal
            | Module::Datetime),
        ) => super::functional::attr(*m, name)
            .ok_or_else(|| no_attribute(v, name, super::functional::members(*m))),
        Value::Module(Module::Math) => {
            super::math::attr(name).ok_or_else(|| no_attribute(v, name, super::math::members()))
        }
        Value::Module(Module::Strings(legacy)) => super::npstrings::attr(*legacy, name)
            .unwrap_or_else(|| Err(no_attribute(v, name, super::npstrings::members(*legacy)))),
        Value::Module(Module::Linalg) if name == "LinAlgError" => {
            Ok(Value::Type(TypeObj::Exc(crate::error::Exc::LinAlgError)))
        }
        Value::Module(Module::Linalg) => super::linalg::LINALG
            .iter()
            .find(|f| f.name == name)
            .map(Value::Function)
            .ok_or_else(|| no_attribute(v, name, super::upstream::names("np.linalg"))),
        Value::Module(Module::Testing) => super::testing::TESTING
            .iter()
            .find(|f| f.name == name)
            .map(Value::Function)
            .ok_or_else(|| no_attribute(v, name, testing_members())),
        Value::Module(Module::Core(sub, shim)) => super::npcore::attr(it, sub, *shim, name),
        Value::Module(Module::Lib) => match name {
            "stride_tricks" => Ok(Value::Module(Module::StrideTricks)),
            _ => Err(no_attribute(v, name, vec!["stride_tricks"])),
        },
        Value::Module(Module::StrideTricks) => super::stride_tricks::STRIDE_TRICKS
            .iter()
            .find(|f| f.name == name)
            .map(Value::Function)
            .ok_or_else(|| no_attribute(v, name, stride_tricks_members())),
        Value::Module(Module::PyRandom) => super::pyrandom::module_attr(it, name)
            .ok_or_else(|| no_attribute(v, name, super::pyrandom::module_members())),
        Value::Module(Module::Time) => {
            super::pytime::attr(name).ok_or_else(|| no_attribute(v, name, super::pytime::members()))
        }
        Value::Module(Module::Typing) => {
            super::typing::attr(name).ok_or_else(|| no_attribute(v, name, super::typing::members()))
        }
        Value::Module(Module::Timeit) => super::pytime::timeit_attr(name)
            .ok_or_else(|| no_attribute(v, name, super::pytime::timeit_members())),
        Value::Module(Module::Random) => random::module_attr(it, name)
            .ok_or_else(|| no_attribute(v, name, random::module_members())),
        Value::Timer(_) => super::pytime::timer_attr(v, name),
        Value::RePattern(_) | Value::ReMatch(_) | Value::ReFlag(_) => super::pyre::getattr(v, name)
            .ok_or_else(|| no_attribute(v, name, super::pyre::members(v))),
        Value::PyRandom(_) => super::pyrandom::method_attr(v, name)
            .ok_or_else(|| no_attribute(v, name, super::pyrandom::method_names())),
        Value::Random(r) => random::method_attr(r, name)
            .ok_or_else(|| no_attribute(v, name, random::methods_of(r).map(|f| f.name).collect())),
        Value::Type(TypeObj::NdArray) => array_methods()
            .find(|f| f.name == name)
            .map(Value::Function)
            .ok_or_else(|| no_attribute(v, name, ndarray_members())),
        other => Err(no_attribute(other, name, vec![])),
    }
}

/// The attributes of a ufunc (`ufunc_attr`).
const UFUNC_ATTRS: [&str; 12] = [
    "__name__",
    "accumulate",
    "at",
    "identity",
    "nargs",
    "nin",
    "nout",
    "ntypes",
    "outer",
    "reduce",
    "reduceat",
    "types",
];

/// The attributes of a dtype (`dtype_attr`).
const DTYPE_ATTRS: [&str; 6] = ["char", "itemsize", "kind", "name", "str", "type"];

fn linalg_members() -> Vec<&'static str> {
    super::linalg::LINALG.iter().map(|f| f.name).collect()
}

fn testing_members() -> Vec<&'static str> {
    super::testing::TESTING.iter().map(|f| f.name).collect()
}

fn stride_tricks_members() -> Vec<&'static str> {
    super::stride_tricks::STRIDE_TRICKS
        .iter()
        .map(|f| f.name)
        .collect()
}

/// The attribute names `getattr` finds on `v` (what `v.<Tab>` offers), from
/// the same tables its lookup and its AttributeError suggestions read,
/// sorted and without duplicates.
pub fn members(v: &Value) -> Vec<String> {
    if let Some(names) = super::classes::member_names(v) {
        let mut names = names;
        names.sort_unstable();
        names.dedup();
        return names;
    }
    let names: Vec<&str> = match v {
        Value::Module(m) => match m {
            Module::Numpy => numpy_members(),
            Module::Random => random::module_members(),
            Module::Ma => super::masked::supported_members(),
            Module::Linalg => linalg_members(),
            Module::Strings(legacy) => super::npstrings::members(*legacy),
            Module::Testing => testing_members(),
            Module::Lib => vec!["stride_tricks"],
            Module::Core(sub, _) => super::npcore::members(sub),
            Module::StrideTricks => stride_tricks_members(),
            Module::Math => super::math::members(),
            Module::Itertools
            | Module::Operator
            | Module::Functools
            | Module::Warnings
            | Module::Collections
            | Module::Statistics
            | Module::Copy
            | Module::Bisect
            | Module::Json
            | Module::PyString
            | Module::Textwrap
            | Module::Unicodedata
            | Module::Re
            | Module::Pprint
            | Module::Io
            | Module::Heapq
            | Module::Dataclasses
            | Module::Fractions
            | Module::Decimal
            | Module::Datetime => super::functional::members(*m),
            Module::PyRandom => super::pyrandom::module_members(),
            Module::Time => super::pytime::members(),
            Module::Timeit => super::pytime::timeit_members(),
            Module::Typing => super::typing::members(),
            Module::Matplotlib
            | Module::Pyplot
            | Module::PyplotStyle
            | Module::PyplotCm
            | Module::Ticker => super::pyplot::module_members(*m),
            Module::Absent(_) => vec![],
            Module::Sys => super::pysys::members(),
            Module::Future => super::future::members(),
            Module::Pylab(_) => super::pylab::members(),
            Module::Version => version_members(),
            Module::NpTyping => super::typing::numpy_members(),
            Module::Exceptions => crate::error::Exc::ALL
                .iter()
                .filter(|e| e.qualname().starts_with("numpy.exceptions."))
                .map(|e| e.name())
                .collect(),
        },
        Value::Array(_) | Value::Scalar(_) | Value::Type(TypeObj::NdArray) => ndarray_members(),
        Value::Masked(_) | Value::MaskedConstant => super::masked::members(),
        Value::IInfo(_) => super::dtypeinfo::IINFO_MEMBERS.to_vec(),
        Value::FInfo(_) => super::dtypeinfo::FINFO_MEMBERS.to_vec(),
        Value::DType(_) => DTYPE_ATTRS.to_vec(),
        Value::Ufunc(_) => UFUNC_ATTRS.to_vec(),
        Value::Random(r) => random::methods_of(r).map(|f| f.name).collect(),
        Value::PyRandom(_) => super::pyrandom::method_names(),
        Value::Timer(_) => super::pytime::timer_members(),
        Value::RePattern(_) | Value::ReMatch(_) | Value::ReFlag(_) => super::pyre::members(v),
        other => super::pymethods::member_names(other),
    };
    let mut names: Vec<String> = names.into_iter().map(String::from).collect();
    names.sort_unstable();
    names.dedup();
    names
}

fn ufunc_attr(v: &Value, u: Ufunc, name: &str) -> Result<Value> {
    let def = u.def();
    Ok(match name {
        "accumulate" => Value::Method(Box::new(v.clone()), &UFUNC_METHODS[0]),
        "reduce" => Value::Method(Box::new(v.clone()), &UFUNC_METHODS[1]),
        "outer" => Value::Method(Box::new(v.clone()), &UFUNC_METHODS[2]),
        "at" => Value::Method(Box::new(v.clone()), &UFUNC_METHODS[3]),
        "reduceat" => Value::Method(Box::new(v.clone()), &UFUNC_METHODS[4]),
        "__name__" => Value::str(def.name),
        "nin" => Value::int(def.nin),
        "nout" => Value::int(def.nout),
        "nargs" => Value::int(def.nin + def.nout),
        "identity" => match def.identity {
            Identity::None => Value::None,
            Identity::Zero => Value::int(0),
            Identity::One => Value::int(1),
            Identity::MinusOne => Value::int(-1),
            Identity::True => Value::Bool(true),
            Identity::False => Value::Bool(false),
            Identity::NegInf => Value::Float(f64::NEG_INFINITY),
        },
        "ntypes" => Value::int(def.ntypes()),
        "types" => Value::list(def.types.split_whitespace().map(Value::str).collect()),
        _ => return Err(no_attribute(v, name, UFUNC_ATTRS.to_vec())),
    })
}

/// `np.typecodes`, NumPy's dict of type-character groups.
fn typecodes() -> Result<Value> {
    let groups = [
        ("Character", "c"),
        ("Integer", "bhilqnp"),
        ("UnsignedInteger", "BHILQNP"),
        ("Float", "efdg"),
        ("Complex", "FDG"),
        ("AllInteger", "bBhHiIlLqQnNpP"),
        ("AllFloat", "efdgFDG"),
        ("Datetime", "Mm"),
        ("All", "?bhilqnpBHILQNPefdgFDGSUVOMm"),
    ];
    let pairs = groups.iter().map(|(k, v)| (Value::str(k), Value::str(v)));
    Ok(super::dict::value(super::dict::PyDict::from_pairs(pairs)?))
}

fn numpy_attr(v: &Value, name: &str) -> Result<Value> {
    // np.nditer is a class: calling it runs its table entry (the constructor).
    if name == "nditer" {
        return Ok(Value::Type(super::nditer::TYPE));
    }
    if name == "poly1d" {
        return Ok(Value::Type(super::polynomial::TYPE));
    }
    if let Some(f) = numpy_function(name) {
        return Ok(Value::Function(f));
    }
    if let Some(u) = Ufunc::from_name(name) {
        return Ok(Value::Ufunc(u));
    }
    if let Some(d) = cast::dtype_from_type_name(name) {
        return Ok(Value::Type(TypeObj::Scalar(d)));
    }
    if let Some((_, x)) = CONSTANTS.iter().find(|(n, _)| *n == name) {
        return Ok(Value::Float(*x));
    }
    if let Some(v) = super::dtypeinfo::module_attr(name) {
        return Ok(v);
    }
    Ok(match name {
        "ndarray" => Value::Type(TypeObj::NdArray),
        "str_" => Value::Type(TypeObj::NpStr),
        "True_" => Value::Scalar(Scalar::Bool(true)),
        "False_" => Value::Scalar(Scalar::Bool(false)),
        "dtype" => Value::Type(TypeObj::DTypeClass),
        "newaxis" => Value::None,
        "r_" => Value::IndexTrick(super::value::IndexTrick::R),
        "c_" => Value::IndexTrick(super::value::IndexTrick::C),
        "mgrid" => Value::IndexTrick(super::value::IndexTrick::MGrid),
        "ogrid" => Value::IndexTrick(super::value::IndexTrick::OGrid),
        "s_" => Value::IndexTrick(super::value::IndexTrick::S),
        "index_exp" => Value::IndexTrick(super::value::IndexTrick::IndexExp),
        "little_endian" => Value::Bool(cfg!(target_endian = "little")),
        "typecodes" => typecodes()?,
        "exceptions" => Value::Module(Module::Exceptions),
        "version" => Value::Module(Module::Version),
        "typing" => Value::Module(Module::NpTyping),
        "random" => Value::Module(Module::Random),
        "ma" => Value::Module(Module::Ma),
        "lib" => Value::Module(Module::Lib),
        "core" => Value::Module(Module::Core("", true)),
        "linalg" => Value::Module(Module::Linalg),
        "strings" => super::npstrings::module(false),
        "char" => super::npstrings::module(true),
        "testing" => Value::Module(Module::Testing),
        "__version__" => Value::str(NUMPY_VERSION),
        _ => {
            if let Some((_, text)) = super::upstream::REMOVED.iter().find(|(n, _)| *n == name) {
                // NumPy's __future_scalars__ warn before refusing.
                if matches!(name, "str" | "bytes" | "object") {
                    crate::array::signals::warn(
                        "FutureWarning",
                        format!(
                            "In the future `np.{name}` will be defined as the corresponding NumPy scalar."
                        ),
                    );
                }
                return Err(Error::attribute_error(*text));
            }
            return Err(no_attribute(v, name, numpy_members()));
        }
    })
}

fn array_attr(v: &Value, a: &Array, name: &str) -> Result<Value> {
    let itemsize = a.dtype().itemsize();
    Ok(match name {
        "shape" => shape_tuple(a.shape()),
        "dtype" => Value::DType(a.dtype()),
        "ndim" => Value::int(a.ndim()),
        "size" => Value::int(a.size()),
        "itemsize" => Value::int(itemsize),
        "nbytes" => Value::int(a.size() * itemsize),
        "strides" => Value::tuple(
            a.strides()
                .iter()
                .map(|&s| Value::int(s * itemsize as isize))
                .collect(),
        ),
        "T" => Value::Array(shape::transpose(a, None)?),
        "flat" => super::flatiter::of(v),
        "flags" => Value::Flags(std::rc::Rc::new(super::memory::Flags::of(a))),
        "real" | "imag" => Value::Array(super::memory::part(a, name == "imag")?),
        "base" => a.base().map_or(Value::None, Value::Array),
        _ => match array_methods().find(|f| f.name == name) {
            Some(f) => Value::Method(Box::new(v.clone()), f),
            None => match super::dunders::lookup(v, name) {
                Some(found) => return found,
                None => return Err(no_attribute(v, name, ndarray_members())),
            },
        },
    })
}

fn dtype_attr(d: DType, name: &str) -> Option<Value> {
    Some(match name {
        "name" => Value::str(d.name()),
        "itemsize" => Value::int(d.itemsize()),
        "kind" => Value::str(&d.kind_char().to_string()),
        "char" => Value::str(&d.char_code().to_string()),
        "str" => Value::str(&d.str_code()),
        "type" => Value::Type(TypeObj::Scalar(d)),
        _ => return None,
    })
}

/// The DType class NumPy's promotion sees for a value: Python's int, float
/// and complex are abstract, text is the string DType. None for what npcalc
/// cannot classify (objects).
fn dtype_class(v: &Value) -> Option<DTypeClass> {
    Some(match v {
        Value::Int(_) => DTypeClass::PyLong,
        Value::Float(_) => DTypeClass::PyFloat,
        Value::Complex(_) => DTypeClass::PyComplex,
        Value::Str(_) | Value::NpStr(_) | Value::StrArray(_) => DTypeClass::Str,
        // np.asarray discovers a string dtype for nested text and numbers.
        Value::List(_) | Value::Tuple(_) if holds_text(v) => DTypeClass::Str,
        Value::Bool(_) | Value::Scalar(_) | Value::Array(_) | Value::List(_) | Value::Tuple(_) => {
            DTypeClass::Numeric(to_array(v, None).ok()?.dtype())
        }
        _ => return None,
    })
}

/// Whether nested lists and tuples hold text among numbers only.
fn holds_text(v: &Value) -> bool {
    fn walk(v: &Value, text: &mut bool) -> bool {
        match v {
            Value::Str(_) | Value::NpStr(_) => {
                *text = true;
                true
            }
            Value::List(l) => l.iter().all(|x| walk(&x, text)),
            Value::Tuple(t) => t.iter().all(|x| walk(x, text)),
            Value::Bool(_)
            | Value::Int(_)
            | Value::Float(_)
            | Value::Complex(_)
            | Value::Scalar(_) => true,
            _ => false,
        }
    }
    let mut text = false;
    walk(v, &mut text) && text
}

/// `_array_converter(*values).result_type(ensure_inexact=True)` (linspace,
/// logspace) when a value is text: NumPy's DTypePromotionError for text
/// with Python numbers. Numbers alone pass, and so does text npcalc then
/// refuses.
pub(super) fn inexact_promotion(values: &[&Value]) -> Result<()> {
    let classes: Option<Vec<DTypeClass>> = values.iter().map(|v| dtype_class(v)).collect();
    match classes {
        Some(mut c) if c.contains(&DTypeClass::Str) => {
            c.push(DTypeClass::PyFloat);
            promote_classes(&c).map(|_| ())
        }
        _ => Ok(()),
    }
}

/// A Python value as an operand of a NumPy operation.
pub(super) fn operand(v: &Value) -> Result<Operand> {
    Ok(match v {
        Value::Array(a) => Operand::Array(a.clone()),
        Value::Scalar(s) => Operand::Scalar(*s),
        Value::Bool(b) => Operand::PyBool(*b),
        Value::Int(i) => Operand::PyInt(i.clone()),
        Value::Float(f) => Operand::PyFloat(*f),
        Value::Complex(c) => Operand::PyComplex(*c),
        Value::List(_) | Value::Tuple(_) | Value::Range(_) => Operand::Array(to_array(v, None)?),
        Value::ObjArray(_) => return Err(super::objarray::unsupported("this NumPy operation")),
        Value::StrArray(_) | Value::NpStr(_) => {
            return Err(super::strarray::unsupported("this NumPy operation"));
        }
        other => {
            return Err(Error::type_error(format!(
                "npcalc: NumPy operations take numbers and arrays, not '{}'",
                other.type_name()
            )));
        }
    })
}

/// NumPy returns a scalar, not a 0-d array, from operations on 0-d inputs.
pub(super) fn unwrap0(a: Array) -> Value {
    if a.ndim() == 0 {
        Value::Scalar(a.get(&[]))
    } else {
        Value::Array(a)
    }
}

fn binop(op: BinOp) -> Result<Ufunc> {
    use Ufunc as U;
    Ok(match op {
        BinOp::Add => U::Add,
        BinOp::Sub => U::Subtract,
        BinOp::Mul => U::Multiply,
        BinOp::Div => U::TrueDivide,
        BinOp::FloorDiv => U::FloorDivide,
        BinOp::Mod => U::Remainder,
        BinOp::Pow => U::Power,
        BinOp::BitAnd => U::BitAnd,
        BinOp::BitOr => U::BitOr,
        BinOp::BitXor => U::BitXor,
        BinOp::LShift => U::LeftShift,
        BinOp::RShift => U::RightShift,
        // `@` is the matmul gufunc: `binary` and `binary_inplace` take it
        // before asking here, and `no_loop` then names the operand types.
        BinOp::MatMul => return Err(Error::type_error("matmul is not an elementwise ufunc")),
    })
}

/// The Python type name of an array's elements, as NumPy's object fallback reports it.
/// The Python type an array's (or NumPy scalar's) elements become in an
/// object loop, which names them in its TypeError; other values' own type.
fn element_type_name(v: &Value) -> String {
    let dtype = match v {
        Value::Array(a) => a.dtype(),
        Value::Scalar(s) => s.dtype(),
        other => return other.type_name(),
    };
    match dtype.kind() {
        Kind::Bool => "bool",
        Kind::Int | Kind::UInt => "int",
        Kind::Float => "float",
        Kind::Complex => "complex",
    }
    .into()
}

/// NumPy's error for a string operand: no loop takes its dtype. None when
/// an operand has no dtype NumPy would report.
pub(super) fn no_loop_for(u: Ufunc, a: &Value, b: &Value) -> Option<Error> {
    no_loop_named(u.name(), a, b)
}

/// [`no_loop_for`] by the ufunc's name (matmul, which npcalc runs as a
/// function rather than through its ufunc table).
pub(super) fn no_loop_named(name: &str, a: &Value, b: &Value) -> Option<Error> {
    let dtype_text = |v: &Value| match v {
        Value::Str(s) | Value::NpStr(s) => Some(format!("dtype('<U{}')", s.chars().count())),
        Value::StrArray(sa) => Some(format!("dtype('{}')", sa.dtype_str())),
        Value::Bool(_) => Some("dtype('bool')".into()),
        Value::Float(_) => Some("dtype('float64')".into()),
        Value::Complex(_) => Some("dtype('complex128')".into()),
        Value::Array(x) => Some(print::dtype_repr(x.dtype())),
        Value::Scalar(s) => Some(print::dtype_repr(s.dtype())),
        Value::List(_) | Value::Tuple(_) | Value::Range(_) | Value::Int(_) => {
            to_array(v, None).ok().map(|x| print::dtype_repr(x.dtype()))
        }
        _ => None,
    };
    Some(Error::new(
        Exc::UFuncNoLoopError,
        format!(
            "ufunc '{}' did not contain a loop with signature matching types ({}, {}) -> None",
            name,
            dtype_text(a)?,
            dtype_text(b)?
        ),
    ))
}

/// NumPy's error for an operand it cannot make a numeric array of.
fn no_loop(op: BinOp, a: &Value, b: &Value) -> Error {
    // `'*' * counts`: a str and an integer array find multiply's string loop.
    let int_array = |v: &Value| matches!(v, Value::Array(x) if matches!(x.dtype().kind(), Kind::Int | Kind::UInt));
    let str_and_ints = (matches!(a, Value::Str(_)) && int_array(b))
        || (int_array(a) && matches!(b, Value::Str(_)));
    if op == BinOp::Mul && str_and_ints {
        return super::strnum::multiply_wants_out();
    }
    let typed = matches!(a, Value::Str(_) | Value::Array(_) | Value::Scalar(_))
        && matches!(b, Value::Str(_) | Value::Array(_) | Value::Scalar(_));
    if let (true, Ok(u)) = (typed, binop(op))
        && let Some(e) = no_loop_for(u, a, b)
    {
        return e;
    }
    // NumPy scalars have no `@`: Python's fallback names their own types.
    let name = |v: &Value| match v {
        Value::Scalar(_) if op == BinOp::MatMul => v.type_name(),
        _ => element_type_name(v),
    };
    super::pyops::unsupported_operands(op, false, &name(a), &name(b))
}

pub fn binary(op: BinOp, a: &Value, b: &Value) -> Result<Value> {
    let (Ok(x), Ok(y)) = (operand(a), operand(b)) else {
        return Err(no_loop(op, a, b));
    };
    if op == BinOp::MatMul {
        return super::stats2::matmul_values(a, b);
    }
    // NumPy's scalar `%` and `//` refuse complex numbers in Python's words
    // when the scalar code takes the pair: no array, no np.bool_, and the
    // result has the dtype of one of the NumPy operands (otherwise the ufunc
    // answers, with its own message).
    let complex = |v: &Value| match v {
        Value::Complex(_) => true,
        Value::Scalar(s) => s.dtype().kind() == Kind::Complex,
        _ => false,
    };
    let scalar_dtype = |v: &Value| match v {
        Value::Scalar(s) => Some(s.dtype()),
        _ => None,
    };
    let plain = |v: &Value| match v {
        Value::Array(_) => false,
        Value::Scalar(s) => s.dtype().kind() != Kind::Bool,
        _ => true,
    };
    if matches!(op, BinOp::Mod | BinOp::FloorDiv)
        && plain(a)
        && plain(b)
        && (complex(a) || complex(b))
        && ufunc::binary(Ufunc::Add, &x, &y).is_ok_and(|r| {
            // Python's own complex (`1j % 3`) never reaches NumPy at all.
            let python_only = scalar_dtype(a).is_none() && scalar_dtype(b).is_none();
            python_only || [scalar_dtype(a), scalar_dtype(b)].contains(&Some(r.dtype()))
        })
    {
        return Err(super::pyops::unsupported(op, a, b));
    }
    if let (BinOp::Pow, Value::Array(base)) = (op, a)
        && let Some(u) = ufunc::fast_power_ufunc(base, &y)
    {
        let r = match u {
            Ufunc::Square => ufunc::square(base)?,
            _ => crate::array::unary::unary(u, base)?,
        };
        return Ok(unwrap0(r));
    }
    let scalar = ufunc::scalar_math(&x, &y);
    Ok(unwrap0(ufunc::binary_as(binop(op)?, &x, &y, scalar)?))
}

pub fn binary_inplace(op: BinOp, target: &Array, rhs: &Value) -> Result<()> {
    // `a += o`: the object loop's result cannot go back into a's dtype.
    if let Value::ObjArray(_) = rhs {
        let name = if op == BinOp::MatMul {
            "matmul"
        } else {
            binop(op)?.name()
        };
        return Err(Error::new(
            Exc::UFuncOutputCastingError,
            format!(
                "Cannot cast ufunc '{}' output from dtype('O') to {} with casting rule 'same_kind'",
                name,
                crate::print::dtype_repr(target.dtype())
            ),
        ));
    }
    let y = operand(rhs).map_err(|_| {
        let target = Value::Array(target.clone()).type_name();
        super::pyops::unsupported_operands(op, true, &target, &rhs.type_name())
    })?;
    if op == BinOp::MatMul {
        return super::stats2::matmul_inplace(target, rhs);
    }
    ufunc::binary_inplace(binop(op)?, target, &y)
}

/// The comparison ufunc of `op` (`<` is np.less).
fn comparison_ufunc(op: CmpOp) -> Ufunc {
    use Ufunc as U;
    match op {
        CmpOp::Eq => U::Equal,
        CmpOp::Ne => U::NotEqual,
        CmpOp::Lt => U::Less,
        CmpOp::Le => U::LessEqual,
        CmpOp::Gt => U::Greater,
        CmpOp::Ge => U::GreaterEqual,
        _ => unreachable!("is/in are handled by the evaluator"),
    }
}

/// A string array ordered against numbers (`a < 1`): the comparison ufuncs
/// take text only with text. A Python operand on the left declines and the
/// array's reflected method calls the ufunc; an array or NumPy scalar there
/// calls it itself.
pub(super) fn text_order_error(op: CmpOp, a: &Value, b: &Value) -> Option<Error> {
    let text = |v: &Value| matches!(v, Value::StrArray(_));
    if matches!(op, CmpOp::Eq | CmpOp::Ne) || text(a) == text(b) {
        return None;
    }
    let (op, x, y) = match a {
        Value::StrArray(_) | Value::Array(_) | Value::Scalar(_) => (op, a, b),
        _ => (reflected(op), b, a),
    };
    match (x, y, dtype_class(x), dtype_class(y)) {
        (_, _, Some(p), Some(q)) => Some(comparison_ufunc(op).no_loop_for_classes(p, q)),
        // Any other object makes an object array, compared element by
        // element: the first string meets it first.
        (Value::StrArray(sa), other, ..) if sa.size() > 0 => {
            Some(order_type_error(op, "str", other))
        }
        _ => None,
    }
}

/// Python's error for an ordering neither side defines.
fn order_type_error(op: CmpOp, left: &str, right: &Value) -> Error {
    Error::type_error(format!(
        "'{}' not supported between instances of '{left}' and '{}'",
        op.symbol(),
        right.type_name()
    ))
}

/// `np.str_` ordered against a Python object that is no text (`s < 1`):
/// str's comparison declines, and so does the other side.
pub(super) fn str_scalar_order_error(op: CmpOp, a: &Value, b: &Value) -> Option<Error> {
    let text = |v: &Value| matches!(v, Value::Str(_) | Value::NpStr(_) | Value::StrArray(_));
    let numpy = |v: &Value| matches!(v, Value::Array(_) | Value::Scalar(_));
    let ordering = !matches!(op, CmpOp::Eq | CmpOp::Ne);
    let declined =
        |s: &Value, other: &Value| matches!(s, Value::NpStr(_)) && !text(other) && !numpy(other);
    (ordering && (declined(a, b) || declined(b, a)))
        .then(|| order_type_error(op, &a.type_name(), b))
}

/// A string array `==` or `!=` a number (or None): NumPy's equality loop
/// for uncomparable dtypes, all False (or all True) in the broadcast shape.
pub(super) fn text_equality(op: CmpOp, a: &Value, b: &Value) -> Option<Result<Value>> {
    let ((Value::StrArray(sa), other) | (other, Value::StrArray(sa))) = (a, b) else {
        return None;
    };
    if !matches!(op, CmpOp::Eq | CmpOp::Ne) || matches!(other, Value::StrArray(_)) {
        return None;
    }
    let shape = match other {
        Value::None => Vec::new(),
        _ if super::strarray::holds_text(other) => return None,
        _ => to_array(other, None).ok()?.shape().to_vec(),
    };
    Some(
        crate::array::shape::broadcast_shapes(&[sa.shape(), &shape]).map(|shape| {
            let n = shape.iter().product();
            unwrap0(Array::from_vec(vec![op == CmpOp::Ne; n], shape))
        }),
    )
}

/// Text meeting a ufunc (or operator) with no loop for it: uniform-typed
/// ufuncs name the operands' dtypes, the others fail the linear search.
pub(super) fn text_operands_error(u: Ufunc, a: &Value, b: &Value) -> Error {
    match no_loop_for(u, a, b) {
        Some(e) if u.def().uniform => e,
        _ => u.not_supported(),
    }
}

/// Text given to a ufunc's accumulate or reduce (np.cumsum, np.cumprod,
/// np.prod, np.multiply.accumulate, ...) as the argument `name`: add
/// resolves to a `<U2n>` result those methods refuse, whatever `dtype=`
/// says; the other arithmetic ufuncs, with no `dtype=` to cast the text to,
/// find no loop, as a call on the text twice does. Bool-valued ufuncs keep
/// npcalc's refusal of text.
fn check_text_method(args: &Args, name: &str, op: Ufunc, method: &str) -> Result<()> {
    match super::strarray::as_text(&args.get(name))? {
        Some(sa) => check_text_fold(args, sa, op, method),
        None => Ok(()),
    }
}

/// [`check_text_method`] for the text `sa` itself (also the methods
/// `a.cumsum()`, `a.prod()` … of a string array); Ok when `dtype=` leaves
/// it to a cast of the text.
pub(super) fn check_text_fold(
    args: &Args,
    sa: super::strarray::StrArray,
    op: Ufunc,
    method: &str,
) -> Result<()> {
    // NumPy checks an integer axis before it looks for a loop.
    if let Value::Int(_) = args.get("axis")
        && let Some(i) = arg_axis(args, "axis")?
    {
        crate::array::layout::normalize_axis(i as i64, sa.shape().len().max(1))?;
    }
    let cast = !matches!(args.get("dtype"), Value::None);
    if op == Ufunc::Add {
        return Err(super::strnum::text_sum_error(sa.width, method));
    }
    if !cast && !op.gives_bool() {
        let text = Value::StrArray(Box::new(sa));
        return Err(text_operands_error(op, &text, &text));
    }
    Ok(())
}

/// A string array in an arithmetic operator (`a - 1`): the operator's
/// ufunc finds no loop. `a ** 2` is np.square, by NumPy's fast path for
/// that power.
pub(super) fn text_operator_error(op: BinOp, a: &Value, b: &Value) -> Error {
    if op == BinOp::Pow && matches!(b, Value::Int(i) if *i == BigInt::from(2)) {
        return Ufunc::Square.text_input_error();
    }
    match binop(op) {
        Ok(u) => text_operands_error(u, a, b),
        Err(_) => no_loop_named("matmul", a, b)
            .unwrap_or_else(|| super::strarray::unsupported("the @ operator")),
    }
}

pub fn compare(op: CmpOp, a: &Value, b: &Value) -> Result<Value> {
    let u = comparison_ufunc(op);
    if let Some(r) = scalar_order(op, a, b) {
        return Ok(Value::Scalar(Scalar::Bool(r)));
    }
    // A Python number or sequence declines to compare with an array, so
    // Python runs the array's mirrored method: `nan < arr` is
    // np.greater(arr, nan) (its warnings and shapes in that order).
    if let (
        Value::Bool(_)
        | Value::Int(_)
        | Value::Float(_)
        | Value::Complex(_)
        | Value::List(_)
        | Value::Tuple(_)
        | Value::Range(_),
        Value::Array(_),
    ) = (a, b)
    {
        return compare(reflected(op), b, a);
    }
    match (operand(a), operand(b)) {
        (Ok(x), Ok(y)) => Ok(unwrap0(ufunc::binary(u, &x, &y)?)),
        (Ok(Operand::Array(x)), Err(_)) => object_compare(op, &x, false, b),
        (Err(_), Ok(Operand::Array(y))) => object_compare(reflected(op), &y, false, a),
        (Ok(Operand::Scalar(s)), Err(_)) => object_compare(op, &Array::from_scalar(s), true, b),
        (Err(_), Ok(Operand::Scalar(s))) => {
            object_compare(reflected(op), &Array::from_scalar(s), true, a)
        }
        _ => Err(Error::type_error(format!(
            "'{}' not supported between instances of '{}' and '{}'",
            op.symbol(),
            a.type_name(),
            b.type_name()
        ))),
    }
}

/// `a op b` as Python runs `b op' a` when a declines: the mirrored comparison.
fn reflected(op: CmpOp) -> CmpOp {
    match op {
        CmpOp::Lt => CmpOp::Gt,
        CmpOp::Gt => CmpOp::Lt,
        CmpOp::Le => CmpOp::Ge,
        CmpOp::Ge => CmpOp::Le,
        other => other,
    }
}

/// NumPy's comparison of an array (or NumPy scalar) `x` with a value that is
/// no number: text has no comparison loop with numbers (== and != give all
/// False / all True, the others a UFuncTypeError); anything else becomes an
/// object array, compared element by element as Python objects. A NumPy
/// scalar's == and != with a non-text object decline, and Python's
/// identity fallback answers.
fn object_compare(op: CmpOp, x: &Array, scalar: bool, other: &Value) -> Result<Value> {
    let text = matches!(other, Value::Str(_) | Value::NpStr(_));
    let equality = matches!(op, CmpOp::Eq | CmpOp::Ne);
    if equality && scalar && !text {
        return Ok(Value::Bool(op == CmpOp::Ne));
    }
    // Text fails promotion whatever the size; an object loop over no
    // elements compares nothing.
    if text && !equality {
        return Err(comparison_ufunc(op)
            .no_loop_for_classes(DTypeClass::Numeric(x.dtype()), DTypeClass::Str));
    }
    if equality || x.size() == 0 {
        let filled = vec![op == CmpOp::Ne; x.size()];
        return Ok(unwrap0(Array::from_vec(filled, x.shape().to_vec())));
    }
    // The first element, as a Python object, meets the other value first.
    Err(Error::type_error(format!(
        "'{}' not supported between instances of '{}' and '{}'",
        op.symbol(),
        element_type_name(&Value::Array(x.clone())),
        other.type_name()
    )))
}

/// A comparison of two NumPy scalars of one real dtype, or of an integer
/// scalar with a Python int, straight on the values: what the comparison
/// ufunc gives (exact for integers, IEEE for floats), without building
/// 0-d arrays. Sort keys and loops over arrays compare scalars millions of
/// times. None: take the ufunc path.
fn scalar_order(op: CmpOp, a: &Value, b: &Value) -> Option<bool> {
    use std::cmp::Ordering;
    let int = |s: &Scalar| s.int_value();
    let float = |s: &Scalar| -> Option<f64> {
        match *s {
            Scalar::Float16(x) => Some(x.to_f64()),
            Scalar::Float32(x) => Some(x.into()),
            Scalar::Float64(x) => Some(x),
            _ => None,
        }
    };
    let ord: Option<Ordering> = match (a, b) {
        (Value::Scalar(x), Value::Scalar(y)) if x.dtype() == y.dtype() => match (int(x), int(y)) {
            (Some(p), Some(q)) => Some(p.cmp(&q)),
            _ => float(x)?.partial_cmp(&float(y)?),
        },
        (Value::Scalar(x), Value::Int(y)) => Some(int(x)?.cmp(&i128::try_from(y).ok()?)),
        (Value::Int(x), Value::Scalar(y)) => Some(i128::try_from(x).ok()?.cmp(&int(y)?)),
        _ => return None,
    };
    Some(match (op, ord) {
        (CmpOp::Ne, None) => true,
        (_, None) => false,
        (CmpOp::Eq, Some(o)) => o == Ordering::Equal,
        (CmpOp::Ne, Some(o)) => o != Ordering::Equal,
        (CmpOp::Lt, Some(o)) => o == Ordering::Less,
        (CmpOp::Le, Some(o)) => o != Ordering::Greater,
        (CmpOp::Gt, Some(o)) => o == Ordering::Greater,
        (CmpOp::Ge, Some(o)) => o != Ordering::Less,
        _ => return None,
    })
}

pub fn unary(op: UnaryOp, v: &Value) -> Result<Value> {
    let a = to_array(v, None)?;
    let r = match op {
        UnaryOp::Neg => ufunc::negative(&a)?,
        UnaryOp::Pos => ufunc::positive(&a)?,
        UnaryOp::Invert => ufunc::invert(&a)?,
    };
    Ok(unwrap0(r))
}

pub fn absolute(v: &Value) -> Result<Value> {
    // NumPy scalars warn where |x| does not fit (e.g. abs(np.int8(-128))).
    if let Value::Scalar(s) = v
        && s.dtype().kind() == Kind::Int
        && matches!(scalar_to_python(*s), Value::Int(i) if i == -(BigInt::from(1) << (s.dtype().itemsize() * 8 - 1)))
    {
        crate::array::signals::warn("RuntimeWarning", "overflow encountered in scalar absolute");
    }
    Ok(unwrap0(ufunc::absolute(&to_array(v, None)?)?))
}

pub fn truthy(v: &Value) -> Result<bool> {
    if let Value::Scalar(s) = v {
        return Ok(scalar_truthy(*s));
    }
    let a = to_array(v, None)?;
    match a.size() {
        1 => Ok(scalar_truthy(a.get_flat(0))),
        0 => Err(Error::value_error(
            "The truth value of an empty array is ambiguous. Use `array.size > 0` to check that an array is not empty.",
        )),
        _ => Err(Error::value_error(
            "The truth value of an array with more than one element is ambiguous. Use a.any() or a.all()",
        )),
    }
}

/// `x.any()` for the boolean result of a comparison.
pub fn any(v: &Value) -> Result<bool> {
    let a = to_array(v, None)?;
    Ok((0..a.size()).any(|i| scalar_truthy(a.get_flat(i))))
}

fn scalar_truthy(s: Scalar) -> bool {
    matches!(cast::cast_scalar(s, DType::Bool), Scalar::Bool(true))
}

/// Iterating an array yields its sub-arrays (or scalars) along axis 0.
/// `a[i]` for iteration: a view or a scalar.
pub fn item_along_first_axis(a: &Array, i: usize) -> Result<Value> {
    Ok(from_indexed(index::index(
        a,
        &[index::IndexItem::Int(i as i64)],
    )?))
}

fn from_indexed(r: index::Indexed) -> Value {
    match r {
        index::Indexed::View(a) => Value::Array(a),
        index::Indexed::Scalar(s) => Value::Scalar(s),
    }
}

/// A subscript value as NumPy index items.
fn index_items(index: &Value) -> Result<Vec<index::IndexItem>> {
    let one = |v: &Value| -> Result<index::IndexItem> {
        Ok(match v {
            Value::Ellipsis => index::IndexItem::Ellipsis,
            Value::None => index::IndexItem::NewAxis,
            Value::Bool(b) | Value::Scalar(Scalar::Bool(b)) => index::IndexItem::Bool(*b),
            Value::Slice(parts) => index::IndexItem::Slice(
                slice_bound(&parts[0])?,
                slice_bound(&parts[1])?,
                slice_bound(&parts[2])?,
            ),
            Value::Array(_) | Value::List(_) => {
                return Err(Error::new(
                    Exc::NotImplementedError,
                    "npcalc supports basic indexing only (ints, slices, ..., None); not boolean or integer array indices",
                ));
            }
            other => index::IndexItem::Int(to_index(other).map_err(|_| {
                Error::index_error(
                    "only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) and integer or boolean arrays are valid indices",
                )
            })?),
        })
    };
    match index {
        Value::Tuple(items) => items.iter().map(one).collect(),
        other => Ok(vec![one(other)?]),
    }
}

/// A subscript tuple holding index arrays or lists, as advanced-index
/// items; None for any other subscript.
fn mixed_index(idx: &Value) -> Result<Option<Vec<crate::array::fancy::Item>>> {
    use crate::array::fancy::Item;
    let Value::Tuple(parts) = idx else {
        return Ok(None);
    };
    if !parts
        .iter()
        .any(|p| matches!(p, Value::Array(_) | Value::List(_) | Value::Range(_)))
    {
        return Ok(None);
    }
    parts
        .iter()
        .map(|p| {
            Ok(match p {
                Value::Array(_) | Value::List(_) | Value::Tuple(_) | Value::Range(_) => {
                    // A tuple inside the subscript is a sequence index, as a list.
                    let list = match p {
                        Value::Tuple(t) => Value::list(t.to_vec()),
                        other => other.clone(),
                    };
                    let Some(a) = index_array(&list)? else {
                        return Err(Error::index_error("not an index array"));
                    };
                    if a.dtype() == DType::Bool {
                        Item::Mask(a)
                    } else {
                        Item::Ints(a)
                    }
                }
                other => {
                    let mut one = index_items(other)?;
                    Item::Basic(one.pop().unwrap_or(index::IndexItem::Ellipsis))
                }
            })
        })
        .collect::<Result<Vec<_>>>()
        .map(Some)
}

/// Whether `a[idx]` copies (advanced indexing), so `a[idx] += x` must
/// compute and assign back rather than update in place.
pub fn is_advanced_index(idx: &Value) -> bool {
    match idx {
        Value::Array(_) | Value::List(_) | Value::Range(_) => true,
        // A boolean scalar (`a[a < 0]` on a 0-d array) is a mask too.
        Value::Bool(_) | Value::Scalar(Scalar::Bool(_)) => true,
        Value::Tuple(items) => items.iter().any(is_advanced_index),
        _ => false,
    }
}

/// Python's `operator.index` read as a Py_ssize_t (`PyNumber_AsSsize_t`
/// with IndexError, as sequences index).
pub fn to_index(v: &Value) -> Result<i64> {
    super::builtins::index(v)?.to_i64().ok_or_else(|| {
        Error::index_error(format!(
            "cannot fit '{}' into an index-sized integer",
            v.type_name()
        ))
    })
}

/// A slice's start, stop or step as CPython's `_PyEval_SliceIndex` reads it:
/// anything with `__index__` (ndarray's may refuse), clamped to the index
/// range (`a[2**63:]` is `a[sys.maxsize:]`).
pub fn slice_bound(v: &Value) -> Result<Option<i64>> {
    let indexable = match v {
        Value::None => return Ok(None),
        Value::Int(_) | Value::Bool(_) | Value::Array(_) => true,
        Value::Scalar(s) => s.dtype().is_integer(),
        _ => false,
    };
    if !indexable {
        return Err(Error::type_error(
            "slice indices must be integers or None or have an __index__ method",
        ));
    }
    let i = super::builtins::index(v)?;
    Ok(Some(i.to_i64().unwrap_or(
        if i.sign() == num_bigint::Sign::Minus {
            i64::MIN
        } else {
            i64::MAX
        },
    )))
}

/// An index that is one boolean or integer array (or a list of them):
/// NumPy's advanced indexing.
pub(super) fn index_array(idx: &Value) -> Result<Option<Array>> {
    match idx {
        Value::Array(a) => Ok(Some(a.clone())),
        // NumPy reads any sequence as an index array, a `range` too.
        Value::List(_) | Value::Range(_) => {
            let a = to_array(idx, None)?;
            // `a[[]]` selects nothing along axis 0, as an integer index.
            if a.size() == 0 {
                return Ok(Some(cast::cast_array(&a, DType::Int64)?));
            }
            if !(a.dtype().is_integer() || a.dtype() == DType::Bool) {
                return Err(Error::index_error(
                    "only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) and integer or boolean arrays are valid indices",
                ));
            }
            Ok(Some(a))
        }
        _ => Ok(None),
    }
}

/// The C-order position an integer index of a flatiter of `size` items
/// names (None when `idx` is not an integer), bounds-checked as
/// `iter_subscript_int` checks it.
pub fn flat_position(idx: &Value, size: usize) -> Option<Result<usize>> {
    if !matches!(idx, Value::Int(_) | Value::Scalar(_))
        || matches!(idx, Value::Scalar(s) if !s.dtype().is_integer())
    {
        return None;
    }
    let n = size as i64;
    Some(to_index(idx).and_then(|i| {
        if i < -n || i >= n {
            return Err(flat_out_of_bounds(i, size));
        }
        Ok(i.rem_euclid(n.max(1)) as usize)
    }))
}

/// `a.flat[index]`: an element by its C-order position, or a copy for
/// slices and integer or boolean arrays (NumPy's flatiter never gives views).
/// A flatiter's IndexError for a position outside its `size` items.
pub(super) fn flat_out_of_bounds(i: i64, size: usize) -> Error {
    Error::index_error(format!("index {i} is out of bounds for size {size}"))
}

/// An index array of a flatiter, checked as `iter_subscript` checks it
/// (its messages name the flat iterator, not an array axis).
fn check_flat_index(ix: &Array, size: usize) -> Result<()> {
    if ix.dtype() == DType::Bool {
        if ix.ndim() != 1 {
            return Err(Error::index_error(format!(
                "too many indices for flat iterator: flat iterator is 1-dimensional, but {} were indexed",
                ix.ndim()
            )));
        }
        if ix.size() != size {
            return Err(Error::index_error(format!(
                "boolean index did not match indexed flat iterator along axis 0; size of axis is {size} but size of corresponding boolean axis is {}",
                ix.size()
            )));
        }
        return Ok(());
    }
    let n = size as i64;
    match cast::cast_array(ix, DType::Int64)?
        .to_vec::<i64>()
        .into_iter()
        .find(|&i| i < -n || i >= n)
    {
        Some(i) => Err(flat_out_of_bounds(i, size)),
        None => Ok(()),
    }
}

pub fn flat_getitem(a: &Array, idx: &Value) -> Result<Value> {
    // Only the whole-array indexes copy: one item is read in place, so that
    // walking `a.flat` item by item stays linear.
    let flat = || shape::copy(&shape::ravel(a)?);
    match idx {
        Value::Tuple(t) if t.len() == 1 => flat_getitem(a, &t[0]),
        Value::Tuple(t) => Err(Error::index_error(format!(
            "too many indices for flat iterator: flat iterator is 1-dimensional, but {} were indexed",
            t.len()
        ))),
        _ if let Some(i) = flat_position(idx, a.size()) => Ok(Value::Scalar(a.get_flat(i?))),
        // A slice of the copy would be a view of it: the answer is its own array.
        Value::Slice(_) => match getitem(&Value::Array(flat()?), idx)? {
            Value::Array(v) => Ok(Value::Array(shape::copy(&v)?)),
            other => Ok(other),
        },
        Value::List(_) | Value::Array(_) => {
            if let Some(ix) = index_array(idx)? {
                check_flat_index(&ix, a.size())?;
            }
            getitem(&Value::Array(flat()?), idx)
        }
        Value::Ellipsis => Ok(Value::Array(flat()?)),
        _ => Err(Error::index_error(
            "only integers, slices (`:`), ellipsis (`...`) and integer or boolean arrays are valid indices",
        )),
    }
}

pub fn getitem(v: &Value, idx: &Value) -> Result<Value> {
    // An advanced index that selects one element (`a[np.array(3)]`)
    // gives its scalar, as every 0-d result does (PyArray_Return).
    if let (Value::Array(a), Some(index)) = (v, index_array(idx)?) {
        let sel = crate::array::fancy::select(a, &index)?;
        return Ok(unwrap0(crate::array::fancy::take(a, &sel)?));
    }
    if let (Value::Array(a), Some(items)) = (v, mixed_index(idx)?) {
        let plan = crate::array::fancy::gather_plan(a, items)?;
        return Ok(unwrap0(plan.take()?));
    }
    match v {
        Value::Array(a) => Ok(from_indexed(index::index(a, &index_items(idx)?)?)),
        // `gen_arrtype_subscript`: index the scalar as a 0-d array, any
        // failure becoming one IndexError.
        Value::Scalar(s) => {
            let zero_d = Array::from_scalar(*s);
            index_items(idx)
                .and_then(|items| index::index(&zero_d, &items))
                .map(from_indexed)
                .map_err(|_| Error::index_error("invalid index to scalar variable."))
        }
        _ => unreachable!("numpy::getitem takes arrays and scalars"),
    }
}

pub fn setitem(a: &Array, idx: &Value, v: &Value) -> Result<()> {
    if let Some(index) = index_array(idx)? {
        let sel = crate::array::fancy::select(a, &index)?;
        return crate::array::fancy::put(a, &sel, &operand(v)?);
    }
    if let Some(items) = mixed_index(idx)? {
        let plan = crate::array::fancy::gather_plan(a, items)?;
        return plan.put(&operand(v)?);
    }
    let items = index_items(idx)?;
    index::assign(a, &items, &assigned_value(a, v)?)
}

/// The right side of `a[i] = v` with a basic index. NumPy stores Python
/// floats, NumPy scalars and sequences into an integer array through the
/// dtype's setitem, which takes `int()` of each and checks its range (where
/// a cast would wrap).
fn assigned_value(a: &Array, v: &Value) -> Result<Operand> {
    let d = a.dtype();
    match v {
        _ if !d.is_integer() => operand(v),
        Value::Scalar(s) => Ok(Operand::Scalar(super::convert::item_to_scalar(*s, d)?)),
        Value::Float(_) | Value::List(_) | Value::Tuple(_) => {
            Ok(Operand::Array(to_array(v, Some(d))?))
        }
        _ => operand(v),
    }
}

/// `int(x)` of a NumPy value.
pub fn to_python_int(v: &Value) -> Result<Value> {
    match single(v)? {
        Scalar::Bool(b) => Ok(Value::int(b as u8)),
        s if s.dtype().is_integer() => Ok(Value::Int(scalar_to_bigint(s))),
        s => {
            warn_if_complex(s);
            builtins::float_to_int(scalar_f64(s))
        }
    }
}

/// A complex scalar's `__int__`/`__float__` keep the real part, warning.
fn warn_if_complex(s: Scalar) {
    if s.dtype().kind() == Kind::Complex {
        crate::array::signals::warn(
            "ComplexWarning",
            "Casting complex values to real discards the imaginary part",
        );
    }
}

pub fn to_python_float(v: &Value) -> Result<Value> {
    let s = single(v)?;
    // A 0-d array's float() is float() of its item, which for a complex
    // is refused (a complex scalar's own `__float__` warns instead).
    if matches!(v, Value::Array(_)) && s.dtype().kind() == Kind::Complex {
        return Err(Error::type_error(
            "float() argument must be a string or a real number, not 'complex'",
        ));
    }
    warn_if_complex(s);
    Ok(Value::Float(scalar_f64(s)))
}

pub fn to_python_complex(v: &Value) -> Result<Value> {
    Ok(Value::Complex(
        match cast::cast_scalar(single(v)?, DType::Complex128) {
            Scalar::Complex128(c) => c,
            _ => unreachable!("cast to complex128 gives complex128"),
        },
    ))
}

/// A NumPy number's `__round__`: `np.round` in the scalar's own dtype (so a
/// float16 can overflow), then `int()` of it when `ndigits` is None.
pub fn round_scalar(v: &Value, ndigits: &Value) -> Result<Value> {
    let s = single(v)?;
    match ndigits {
        Value::None if s.dtype().is_integer() => Ok(Value::Int(scalar_to_bigint(s))),
        Value::None => builtins::float_to_int(round_half_even(scalar_f64(s))),
        nd => {
            let n = to_index(nd)?;
            let a = to_array(v, None)?;
            Ok(unwrap0(crate::array::stats::round(&a, n)?))
        }
    }
}

fn round_half_even(f: f64) -> f64 {
    let r = f.round();
    if (f - f.trunc()).abs() == 0.5 {
        2.0 * (f / 2.0).round()
    } else {
        r
    }
}

/// The one element of a scalar or 0-d array, as Python's conversions need.
fn single(v: &Value) -> Result<Scalar> {
    match v {
        Value::Scalar(s) => Ok(*s),
        Value::Array(a) if a.ndim() == 0 => Ok(a.get(&[])),
        Value::Array(_) => Err(not_zero_dimensional()),
        _ => unreachable!("single takes NumPy values"),
    }
}

/// ndarray's `__float__`/`__int__` of an array with dimensions.
pub fn not_zero_dimensional() -> Error {
    Error::type_error("only 0-dimensional arrays can be converted to Python scalars")
}

fn scalar_f64(s: Scalar) -> f64 {
    match cast::cast_scalar(s, DType::Float64) {
        Scalar::Float64(f) => f,
        _ => unreachable!("cast to float64 gives float64"),
    }
}

pub(super) fn scalar_to_bigint(s: Scalar) -> BigInt {
    match s {
        Scalar::UInt64(u) => BigInt::from(u),
        other => match cast::cast_scalar(other, DType::Int64) {
            Scalar::Int64(i) => BigInt::from(i),
            _ => unreachable!("cast to int64 gives int64"),
        },
    }
}

/// A NumPy scalar as the Python value `.item()` / `.tolist()` give.
pub fn scalar_to_python(s: Scalar) -> Value {
    match s {
        Scalar::Bool(b) => Value::Bool(b),
        s if s.dtype().is_integer() => Value::Int(scalar_to_bigint(s)),
        s if s.dtype().kind() == Kind::Complex => match cast::cast_scalar(s, DType::Complex128) {
            Scalar::Complex128(c) => Value::Complex(c),
            _ => unreachable!("cast to complex128 gives complex128"),
        },
        s => Value::Float(scalar_f64(s)),
    }
}

// ---- argument conversion -------------------------------------------------

pub(super) fn arg_array(args: &Args, name: &str) -> Result<Array> {
    to_array(&args.get(name), None).map_err(|e| e.at(args.span(name)))
}

/// `axis=` as NumPy's PyArray_AxisConverter reads it: None or one int.
pub(super) fn arg_axis(args: &Args, name: &str) -> Result<Option<isize>> {
    match args.get(name) {
        Value::None => Ok(None),
        v => Ok(Some(
            axis_int(&v, "an integer is required for the axis")
                .map_err(|e| e.at(args.span(name)))? as isize,
        )),
    }
}

/// One axis as NumPy's PyArray_PyIntAsInt_ErrMsg reads it: bools, Python's
/// or NumPy's, are refused with `msg`, and the value must fit a C int.
fn axis_int(v: &Value, msg: &str) -> Result<i64> {
    match v {
        Value::Bool(_) | Value::Scalar(Scalar::Bool(_)) => Err(Error::type_error(msg)),
        Value::Int(i) if i.to_i64().is_none() => Err(Error::overflow_error(
            "Python int too large to convert to C long",
        )),
        v => {
            let i = to_index(v)?;
            if i32::try_from(i).is_err() {
                return Err(Error::value_error("integer won't fit into a C int"));
            }
            Ok(i)
        }
    }
}

/// `axis=` as ufunc.accumulate reads it (NumPy's `_parse_axis`): a tuple's
/// entries are each checked against `ndim`, and one entry is that axis.
fn accumulate_axis_arg(args: &Args, ndim: usize) -> Result<AxisArg> {
    const MSG: &str = "an integer is required";
    let err = |e: Error| e.at(args.span("axis"));
    Ok(match args.get("axis") {
        _ if !args.given("axis") => AxisArg::Default,
        Value::None => AxisArg::None,
        Value::Tuple(items) => {
            let mut axes = Vec::with_capacity(items.len());
            for v in items.iter() {
                let i = axis_int(v, MSG).map_err(err)?;
                axes.push(crate::array::layout::normalize_axis(i, ndim)?);
            }
            match axes[..] {
                [axis] => AxisArg::Index(axis as i64),
                _ => AxisArg::Several,
            }
        }
        v => AxisArg::Index(axis_int(&v, MSG).map_err(err)?),
    })
}

pub(super) fn arg_dtype(args: &Args, name: &str) -> Result<Option<DType>> {
    to_dtype(&args.get(name)).map_err(|e| e.at(args.span(name)))
}

pub(super) fn arg_out(args: &Args) -> Result<Option<Array>> {
    match args.get("out") {
        Value::None => Ok(None),
        Value::Array(a) => Ok(Some(a)),
        Value::Tuple(t) if t.len() == 1 => match &t[0] {
            Value::Array(a) => Ok(Some(a.clone())),
            _ => Err(Error::type_error("output must be an array").at(args.span("out"))),
        },
        _ => Err(Error::type_error("output must be an array").at(args.span("out"))),
    }
}

/// NumPy 2's `device=` (`PyArray_DeviceConverterOptional`): None or "cpu".
pub(super) fn arg_device(args: &Args) -> Result<()> {
    match args.get("device") {
        Value::None => Ok(()),
        Value::Str(s) if &*s == "cpu" => Ok(()),
        other => {
            let text = super::repr::str(&other, &Default::default());
            Err(Error::value_error(format!(
                "Device not understood. Only \"cpu\" is allowed, but received: {text}"
            ))
            .at(args.span("device")))
        }
    }
}

pub(super) fn arg_bool(args: &Args, name: &str) -> Result<bool> {
    match args.get(name) {
        Value::Bool(b) => Ok(b),
        Value::None => Ok(false),
        Value::Int(i) => Ok(i != BigInt::from(0)),
        // An array's truth, ambiguous unless it has one element.
        a @ Value::Array(_) => truthy(&a),
        other => Ok(super::pyops::truthy(&other)?),
    }
}

/// A shape argument for a new array: `PyArray_IntpConverter`, then no
/// negative dimension.
pub(super) fn arg_shape(v: &Value) -> Result<Vec<usize>> {
    let dims = intp_converter(v)?;
    if dims.iter().any(|&d| d < 0) {
        return Err(Error::value_error("negative dimensions are not allowed"));
    }
    Ok(dims.into_iter().map(|d| d as usize).collect())
}

/// `PyArray_IntpConverter`: a shape as one integer or a sequence of them
/// (a 0-d array or anything else that is not a sequence is read as one
/// integer, and a failure to read it so says a sequence was expected).
pub(super) fn intp_converter(v: &Value) -> Result<Vec<isize>> {
    let items: Vec<Value> = match v {
        Value::None => return Err(Error::type_error("Use () not None as shape arguments")),
        Value::Tuple(t) => t.to_vec(),
        Value::List(l) => l.to_vec(),
        // A list too big to make is read as one integer, as PySequence_Fast fails.
        Value::Range(r) => match super::alloc::range_values(r) {
            Ok(items) => items,
            Err(_) => return single_dimension(v),
        },
        Value::Str(s) => s
            .chars()
            .map(|c| Value::str(c.encode_utf8(&mut [0; 4])))
            .collect(),
        Value::Array(a) if a.ndim() == 1 => {
            (0..a.size()).map(|i| Value::Scalar(a.get(&[i]))).collect()
        }
        Value::Array(a) if a.ndim() > 1 => {
            return Err(Error::type_error(
                "only integer scalar arrays can be converted to a scalar index",
            ));
        }
        other => return single_dimension(other),
    };
    if items.len() > crate::array::MAXDIMS {
        return Err(crate::array::too_many_dims(items.len()));
    }
    items.iter().map(dimension).collect()
}

/// The converter's one-integer path: a TypeError says what was expected.
fn single_dimension(v: &Value) -> Result<Vec<isize>> {
    let n = dimension(v).map_err(|e| {
        if e.class != Exc::TypeError {
            return e;
        }
        Error::type_error(format!(
            "expected a sequence of integers or a single integer, got '{}'",
            crate::eval::repr(v, &Default::default())
        ))
    })?;
    Ok(vec![n])
}

/// One dimension as NumPy's `dimension_from_scalar` reads it
/// (`PyArray_PyIntAsIntp`): bools are not integers here, a 0-d integer array
/// is, and ints beyond npy_intp exceed the dimension limit.
fn dimension(v: &Value) -> Result<isize> {
    match v {
        Value::Bool(_) | Value::Scalar(Scalar::Bool(_)) => {
            Err(Error::type_error("an integer is required"))
        }
        Value::Int(i) if i.to_i64().is_none() => {
            Err(Error::value_error("Maximum allowed dimension exceeded"))
        }
        Value::Array(a) if a.ndim() == 0 && a.dtype().is_integer() => {
            dimension(&Value::Scalar(a.get(&[])))
        }
        Value::Array(_) => Err(Error::type_error(
            "only integer scalar arrays can be converted to a scalar index",
        )),
        other => Ok(to_index(other)? as isize),
    }
}

// ---- the cumulative family -------------------------------------------------

fn cumulative(args: &Args, a: Array, op: Ufunc, func: AccumFunc) -> Result<Value> {
    let axis = match func {
        AccumFunc::Cum | AccumFunc::NanCum => match args.given("axis") {
            false => AxisArg::Default,
            true => match arg_axis(args, "axis")? {
                None => AxisArg::None,
                Some(i) => AxisArg::Index(i as i64),
            },
        },
        // np.cumulative_* accumulates np.atleast_1d(x).
        AccumFunc::Cumulative { .. } => accumulate_axis_arg(args, a.ndim().max(1))?,
        AccumFunc::Ufunc | AccumFunc::Reduce => accumulate_axis_arg(args, a.ndim())?,
    };
    if super::strnum::text_dtype(&args.get("dtype")).is_some() {
        let method = if func == AccumFunc::Reduce {
            "reduce"
        } else {
            "accumulate"
        };
        return Err(
            super::strnum::text_dtype_method_error(a.dtype(), op, method).at(args.span("dtype")),
        );
    }
    let dtype = arg_dtype(args, "dtype")?;
    // np.cumsum/np.nancumsum hand `out` to the array method, which takes no
    // tuple; the ufunc-backed forms unwrap a 1-tuple.
    if matches!(func, AccumFunc::Cum | AccumFunc::NanCum)
        && matches!(args.get("out"), Value::Tuple(_))
    {
        return Err(Error::type_error("output must be an array").at(args.span("out")));
    }
    let out = arg_out(args)?;
    let func = match func {
        AccumFunc::Cumulative { .. } => AccumFunc::Cumulative {
            include_initial: arg_bool(args, "include_initial")?,
        },
        other => other,
    };
    if func
        == (AccumFunc::Cumulative {
            include_initial: true,
        })
        && matches!(args.get("axis"), Value::Tuple(_))
    {
        // NumPy's _cumulative_func indexes a Python list by the axis: before
        // accumulating when out= is given, after it otherwise.
        if out.is_none() {
            let plain = AccumFunc::Cumulative {
                include_initial: false,
            };
            array::accumulate(&a, op, axis, dtype, None, plain)?;
        }
        return Err(Error::type_error(
            "list indices must be integers or slices, not tuple",
        ));
    }
    Ok(Value::Array(array::accumulate(
        &a,
        op,
        axis,
        dtype,
        out.as_ref(),
        func,
    )?))
}

pub fn cumsum(_: &mut Interp, args: &Args) -> Result<Value> {
    check_text_method(args, "a", Ufunc::Add, "accumulate")?;
    cumulative(args, arg_array(args, "a")?, Ufunc::Add, AccumFunc::Cum)
}
pub fn cumprod(_: &mut Interp, args: &Args) -> Result<Value> {
    check_text_method(args, "a", Ufunc::Multiply, "accumulate")?;
    cumulative(args, arg_array(args, "a")?, Ufunc::Multiply, AccumFunc::Cum)
}
pub fn nancumsum(_: &mut Interp, args: &Args) -> Result<Value> {
    check_text_method(args, "a", Ufunc::Add, "accumulate")?;
    cumulative(args, arg_array(args, "a")?, Ufunc::Add, AccumFunc::NanCum)
}
pub fn nancumprod(_: &mut Interp, args: &Args) -> Result<Value> {
    check_text_method(args, "a", Ufunc::Multiply, "accumulate")?;
    cumulative(
        args,
        arg_array(args, "a")?,
        Ufunc::Multiply,
        AccumFunc::NanCum,
    )
}
pub fn cumulative_sum(_: &mut Interp, args: &Args) -> Result<Value> {
    check_text_method(args, "x", Ufunc::Add, "accumulate")?;
    cumulative(
        args,
        arg_array(args, "x")?,
        Ufunc::Add,
        AccumFunc::Cumulative {
            include_initial: false,
        },
    )
}
pub fn cumulative_prod(_: &mut Interp, args: &Args) -> Result<Value> {
    check_text_method(args, "x", Ufunc::Multiply, "accumulate")?;
    cumulative(
        args,
        arg_array(args, "x")?,
        Ufunc::Multiply,
        AccumFunc::Cumulative {
            include_initial: false,
        },
    )
}
pub(super) fn this_array(args: &Args) -> Result<Array> {
    to_array(args.this(), None)
}
pub fn m_cumsum(_: &mut Interp, args: &Args) -> Result<Value> {
    cumulative(args, this_array(args)?, Ufunc::Add, AccumFunc::Cum)
}
pub fn m_cumprod(_: &mut Interp, args: &Args) -> Result<Value> {
    cumulative(args, this_array(args)?, Ufunc::Multiply, AccumFunc::Cum)
}
/// Whether a ufunc call asks for more than NumPy's default loop and the
/// same_kind cast into `out`.
fn ufunc_options(args: &Args) -> bool {
    let given = |n: &str| args.given(n);
    (given("where") && !matches!(args.get("where"), Value::Bool(true)))
        || given("dtype")
        || given("casting")
}

/// `np.<ufunc>(x1, x2, out=None, *, where=True, casting='same_kind', dtype=None)`.
pub fn call_ufunc(_: &mut Interp, args: &Args) -> Result<Value> {
    let Value::Ufunc(op) = *args.this() else {
        unreachable!("__call__ is bound to a ufunc")
    };
    let (a, b) = (args.get("x1"), args.get("x2"));
    let (x, y) = match (operand(&a), operand(&b)) {
        (Ok(x), Ok(y)) => (x, y),
        (Err(e), _) | (_, Err(e)) => return Err(no_loop_for(op, &a, &b).unwrap_or(e)),
    };
    let plain = !ufunc_options(args)
        && op.def().nout == 1
        && !op.mixed_loops()
        && matches!(args.get("out"), Value::None);
    if plain {
        return Ok(unwrap0(ufunc::binary_as(op, &x, &y, false)?));
    }
    super::ufunc_methods::call(args, op, vec![x, y])
}

/// `np.<ufunc>(x, out=None, *, where=True, casting='same_kind', dtype=None)`.
pub fn call_ufunc_unary(_: &mut Interp, args: &Args) -> Result<Value> {
    let Value::Ufunc(op) = *args.this() else {
        unreachable!("__call__ is bound to a ufunc")
    };
    let x = args.get("x");
    let plain =
        !ufunc_options(args) && op.def().nout == 1 && matches!(args.get("out"), Value::None);
    // `np.abs(np.int8(-128))` runs the ufunc's loop, which raises no flag;
    // only Python's `abs()` runs scalar math, which warns (`absolute`).
    match op {
        _ if plain => Ok(unwrap0(unary::unary(op, &to_array(&x, None)?)?)),
        _ => {
            let a = Operand::Array(to_array(&x, None)?);
            super::ufunc_methods::call(args, op, vec![a])
        }
    }
}

/// NumPy's own argument parser for ufunc calls: its counts, its names,
/// its text for an `out` that is no array.
/// `v`'s truth values when it is text meeting a logical ufunc, whose
/// promoter casts every operand to bool: a string is true when not empty.
fn text_as_truth(op: Ufunc, v: &Value) -> Result<Option<Array>> {
    match super::strarray::as_text(v)? {
        Some(sa) if op.is_logical() => super::strnum::text_to_array(&sa, DType::Bool).map(Some),
        _ => Ok(None),
    }
}

/// A logical ufunc's call with text operands takes their truth values
/// (`dtype=` then applies as to numbers). With an object operand (NumPy's
/// object loop) the operands stay for [`check_ufunc_call`] to refuse.
pub fn logical_text_as_truth(op: Ufunc, call: &mut CallArgs) -> Result<()> {
    let n = call.positional.len().min(2);
    let inputs = &mut call.positional[..n];
    let object = |v: &Value| matches!(v, Value::None | Value::ObjArray(_));
    if !op.is_logical() || inputs.iter().any(|(v, _)| object(v)) {
        return Ok(());
    }
    for (v, _) in inputs {
        if let Some(truth) = text_as_truth(op, v)? {
            *v = Value::Array(truth);
        }
    }
    Ok(())
}

pub fn check_ufunc_call(op: Ufunc, call: &CallArgs) -> Result<()> {
    let (nin, nout) = (op.def().nin, op.def().nout);
    let given = call.positional.len();
    if given < nin || given > nin + nout {
        return Err(Error::type_error(format!(
            "{}() takes from {nin} to {} positional arguments but {given} {} given",
            op.name(),
            nin + nout,
            if given == 1 { "was" } else { "were" }
        )));
    }
    if nout > 1
        && let Some((_, span)) = call.positional.get(nin)
    {
        return Err(Error::type_error(format!(
            "npcalc takes the outputs of np.{} as out=(...), not as positional arguments",
            op.name()
        ))
        .at(*span));
    }
    let out_is_array = |v: &Value| match v {
        Value::None | Value::Array(_) => true,
        Value::Tuple(t) => t.len() == 1 && matches!(t[0], Value::None | Value::Array(_)),
        _ => false,
    };
    // NumPy parses every keyword (`npy_parse_arguments`) before it looks at
    // any `out`.
    for (name, _, span) in &call.keywords {
        match name.as_str() {
            "out" | "where" | "dtype" | "casting" => {}
            "order" | "subok" | "signature" => {
                return Err(Error::type_error(format!(
                    "npcalc does not support the {name}= argument of ufunc calls"
                ))
                .at(*span));
            }
            // NumPy's own error: the call's caret, as CPython shows it.
            _ => {
                return Err(Error::type_error(format!(
                    "{}() got an unexpected keyword argument '{name}'",
                    op.name()
                )));
            }
        }
    }
    let by_position = call.positional.get(nin).map(|(v, s)| (v, *s));
    let by_keyword = call.keywords.iter().find(|(k, _, _)| k == "out");
    let out = match (by_position, by_keyword) {
        (Some(_), Some((_, _, span))) => {
            return Err(Error::type_error(
                "cannot specify 'out' as both a positional and keyword argument",
            )
            .at(*span));
        }
        (Some(out), None) => Some(out),
        (None, Some((_, v, span))) if nout == 1 => Some((v, *span)),
        (None, _) => None,
    };
    match out {
        Some((Value::Tuple(t), span)) if t.len() != nout => {
            return Err(Error::value_error(
                "The 'out' tuple must have exactly one entry per ufunc output",
            )
            .at(span));
        }
        Some((out, span)) if !out_is_array(out) => {
            return Err(Error::type_error("return arrays must be of ArrayType").at(span));
        }
        _ => {}
    }
    // Text has no loop; with dtype= NumPy fails casting it instead, which
    // npcalc's own refusal covers.
    let typed = call.keywords.iter().any(|(k, _, _)| k == "dtype");
    let text = |k: usize| {
        call.positional
            .get(k)
            .is_some_and(|(v, _)| super::strarray::holds_text(v))
    };
    match (nin, &call.positional[..]) {
        _ if typed => Ok(()),
        (1, _) if text(0) => Err(op.text_input_error()),
        // Left as text only beside an object operand (logical_text_as_truth).
        (2, _) if op.is_logical() && (text(0) || text(1)) => {
            Err(super::strarray::unsupported(&format!("np.{}", op.name())))
        }
        (2, [(a, _), (b, _), ..]) if text(0) || text(1) => Err(text_operands_error(op, a, b)),
        _ => Ok(()),
    }
}

/// `accumulate` and `reduce` exist on every ufunc, for binary ones only.
fn binary_only(op: Ufunc, method: &str) -> Result<()> {
    if op.def().nin != 2 {
        return Err(Error::value_error(format!(
            "{method} only supported for binary functions"
        )));
    }
    if op.def().nout != 1 {
        return Err(Error::value_error(format!(
            "{method} only supported for functions returning a single value"
        )));
    }
    if op.mixed_loops() {
        return Err(reduce_not_supported(op));
    }
    Ok(())
}

/// A reduction runs a loop with the output's dtype as an input, which
/// ldexp (float, int -> float) does not have.
pub(super) fn reduce_not_supported(op: Ufunc) -> Error {
    op.not_supported()
}

pub fn accumulate(it: &mut Interp, args: &Args) -> Result<Value> {
    let _ = it;
    let Value::Ufunc(op) = *args.this() else {
        unreachable!("accumulate is bound to a ufunc")
    };
    binary_only(op, "accumulate")?;
    // A 0-d input is refused for its shape before its loop is looked for.
    if super::strarray::as_text(&args.get("array"))?.is_some_and(|sa| sa.shape().is_empty()) {
        return Err(Error::type_error("cannot accumulate on a scalar"));
    }
    check_text_method(args, "array", op, "accumulate")?;
    cumulative(args, method_operand(args, op)?, op, AccumFunc::Ufunc)
}

/// The array a ufunc's `reduce`/`accumulate` folds: text becomes truth
/// values for the logical ufuncs, as their calls take it.
fn method_operand(args: &Args, op: Ufunc) -> Result<Array> {
    match text_as_truth(op, &args.get("array"))? {
        Some(truth) => Ok(truth),
        None => arg_array(args, "array"),
    }
}

// ---- printing options ------------------------------------------------------

fn int_option(v: &Value, name: &str, what: &str) -> Result<usize> {
    match v {
        Value::Int(_) | Value::Bool(_) | Value::Scalar(_) => Ok(to_index(v)?.max(0) as usize),
        Value::Float(f) if what == "numeric" => Ok(if f.is_infinite() {
            usize::MAX
        } else {
            f.max(0.0) as usize
        }),
        _ => Err(Error::type_error(format!("{name} must be {what}"))),
    }
}

/// Applies keyword overrides (the ones given, not None) to print options.
fn apply_print_options(o: &mut PrintOptions, args: &Args, names: &[(&str, &str)]) -> Result<()> {
    for &(param, option) in names {
        let v = args.get(param);
        if matches!(v, Value::None) {
            continue;
        }
        let span = args.span(param);
        let r: Result<()> = (|| {
            match option {
                "precision" => o.precision = int_option(&v, "precision", "an integer")?,
                "threshold" => o.threshold = int_option(&v, "threshold", "numeric")?,
                "edgeitems" => o.edgeitems = int_option(&v, "edgeitems", "an integer")?,
                "linewidth" => o.linewidth = int_option(&v, "linewidth", "an integer")?,
                "suppress" => o.suppress = super::pyops::truthy(&v)?,
                "nanstr" | "infstr" => {
                    let Value::Str(s) = &v else {
                        return Err(Error::type_error(format!("{option} must be a string")));
                    };
                    if option == "nanstr" {
                        o.nanstr = s.to_string()
                    } else {
                        o.infstr = s.to_string()
                    }
                }
                "sign" => {
                    let s = if let Value::Str(s) = &v {
                        s.to_string()
                    } else {
                        String::new()
                    };
                    o.sign = print::Sign::parse(&s)?;
                }
                "floatmode" => {
                    let s = if let Value::Str(s) = &v {
                        s.to_string()
                    } else {
                        String::new()
                    };
                    o.floatmode = print::FloatMode::parse(&s)?;
                }
                "legacy" | "override_repr" => {
                    return Err(Error::type_error(format!(
                        "npcalc does not support the {option} print option"
                    )));
                }
                _ => unreachable!("unknown print option {option}"),
            }
            Ok(())
        })();
        r.map_err(|e| e.at(span))?;
    }
    Ok(())
}

const SET_OPTIONS: [(&str, &str); 11] = [
    ("precision", "precision"),
    ("threshold", "threshold"),
    ("edgeitems", "edgeitems"),
    ("linewidth", "linewidth"),
    ("suppress", "suppress"),
    ("nanstr", "nanstr"),
    ("infstr", "infstr"),
    ("sign", "sign"),
    ("floatmode", "floatmode"),
    ("legacy", "legacy"),
    ("override_repr", "override_repr"),
];

pub fn set_printoptions(it: &mut Interp, args: &Args) -> Result<Value> {
    let mut o = it.print_options.clone();
    apply_print_options(&mut o, args, &SET_OPTIONS)?;
    // NumPy resets the formatter whenever options are set.
    let formatter = formatter_arg(args)?;
    it.print_options = o;
    it.print_formatter = formatter;
    Ok(Value::None)
}

fn formatter_arg(args: &Args) -> Result<Option<Value>> {
    super::printformatter::check(&args.get("formatter")).map_err(|e| e.at(args.span("formatter")))
}

pub fn get_printoptions(it: &mut Interp, _: &Args) -> Result<Value> {
    let o = &it.print_options;
    let pairs = vec![
        (Value::str("edgeitems"), Value::int(o.edgeitems)),
        (Value::str("threshold"), Value::int(o.threshold)),
        (Value::str("floatmode"), Value::str(o.floatmode.name())),
        (Value::str("precision"), Value::int(o.precision)),
        (Value::str("suppress"), Value::Bool(o.suppress)),
        (Value::str("linewidth"), Value::int(o.linewidth)),
        (Value::str("nanstr"), Value::str(&o.nanstr)),
        (Value::str("infstr"), Value::str(&o.infstr)),
        (Value::str("sign"), Value::str(o.sign.name())),
        (
            Value::str("formatter"),
            it.print_formatter.clone().unwrap_or(Value::None),
        ),
        (Value::str("legacy"), Value::Bool(false)),
        (Value::str("override_repr"), Value::None),
    ];
    Ok(super::dict::value(super::dict::PyDict::from_pairs(pairs)?))
}

fn text_arg(args: &Args, name: &str) -> Result<String> {
    match args.get(name) {
        Value::Str(s) => Ok(s.to_string()),
        other => Err(Error::type_error(format!(
            "{name} must be a string, not {}",
            other.type_name()
        ))
        .at(args.span(name))),
    }
}

const REPR_OPTIONS: [(&str, &str); 3] = [
    ("max_line_width", "linewidth"),
    ("precision", "precision"),
    ("suppress_small", "suppress"),
];

pub fn array2string(it: &mut Interp, args: &Args) -> Result<Value> {
    let mut o = it.print_options.clone();
    apply_print_options(
        &mut o,
        args,
        &[
            ("max_line_width", "linewidth"),
            ("precision", "precision"),
            ("suppress_small", "suppress"),
            ("threshold", "threshold"),
            ("edgeitems", "edgeitems"),
            ("sign", "sign"),
            ("floatmode", "floatmode"),
        ],
    )?;
    // A formatter given here overrides the set one; None keeps it.
    let formatter = formatter_arg(args)?.or_else(|| it.print_formatter.clone());
    let (separator, prefix, suffix) = (
        text_arg(args, "separator")?,
        text_arg(args, "prefix")?,
        text_arg(args, "suffix")?,
    );
    // A text array's elements print as their reprs, whatever the options.
    if let Value::StrArray(sa) = args.get("a") {
        return Ok(Value::str(&super::strarray::array2string(
            &sa, &o, &separator, &prefix, &suffix,
        )));
    }
    let a = arg_array(args, "a")?;
    with_options(it, o, formatter, |it| {
        if super::printformatter::formats(it, &Value::Array(a.clone())) {
            return super::printformatter::array2string(it, &a, &separator, &prefix, &suffix);
        }
        Ok(Value::str(&print::array2string(
            &a,
            &it.print_options,
            &separator,
            &prefix,
            &suffix,
        )))
    })
}

/// Runs `f` under these print options and formatter, then puts back the
/// session's.
fn with_options<T>(
    it: &mut Interp,
    o: PrintOptions,
    formatter: Option<Value>,
    f: impl FnOnce(&mut Interp) -> Result<T>,
) -> Result<T> {
    let saved_options = std::mem::replace(&mut it.print_options, o);
    let saved_formatter = std::mem::replace(&mut it.print_formatter, formatter);
    let r = f(it);
    it.print_options = saved_options;
    it.print_formatter = saved_formatter;
    r
}

/// The array an array_repr/array_str call shows: a text array as it is,
/// anything else through np.asarray.
fn shown_array(args: &Args, name: &str) -> Result<Value> {
    match args.get(name) {
        v @ Value::StrArray(_) => Ok(v),
        _ => Ok(Value::Array(arg_array(args, name)?)),
    }
}

pub fn array_repr(it: &mut Interp, args: &Args) -> Result<Value> {
    let a = shown_array(args, "arr")?;
    let mut o = it.print_options.clone();
    apply_print_options(&mut o, args, &REPR_OPTIONS)?;
    let formatter = it.print_formatter.clone();
    with_options(it, o, formatter, |it| {
        Ok(Value::str(&super::classes::repr_of(it, &a)?))
    })
}

pub fn array_str(it: &mut Interp, args: &Args) -> Result<Value> {
    let a = shown_array(args, "a")?;
    let mut o = it.print_options.clone();
    apply_print_options(&mut o, args, &REPR_OPTIONS)?;
    let formatter = it.print_formatter.clone();
    with_options(it, o, formatter, |it| {
        Ok(Value::str(&super::classes::str_of(it, &a)?))
    })
}

// ---- shapes and small queries ---------------------------------------------------

pub fn np_shape(_: &mut Interp, args: &Args) -> Result<Value> {
    Ok(shape_tuple(arg_array(args, "a")?.shape()))
}

pub fn np_ndim(_: &mut Interp, args: &Args) -> Result<Value> {
    Ok(Value::int(arg_array(args, "a")?.ndim()))
}

pub fn np_size(_: &mut Interp, args: &Args) -> Result<Value> {
    let a = arg_array(args, "a")?;
    match arg_axis(args, "axis")? {
        None => Ok(Value::int(a.size())),
        Some(ax) => {
            let nd = a.ndim() as isize;
            if ax < -nd || ax >= nd {
                return Err(Error::axis_error(ax as i64, a.ndim()));
            }
            Ok(Value::int(a.shape()[ax.rem_euclid(nd.max(1)) as usize]))
        }
    }
}

pub fn promote_types(_: &mut Interp, args: &Args) -> Result<Value> {
    let dt = |n: &str| -> Result<DType> {
        arg_dtype(args, n)?.ok_or_else(|| {
            Error::type_error("Cannot interpret 'None' as a data type").at(args.span(n))
        })
    };
    Ok(Value::DType(promote::promote_types(
        dt("type1")?,
        dt("type2")?,
    )))
}

pub fn can_cast(_: &mut Interp, args: &Args) -> Result<Value> {
    let from = match args.get("from_") {
        Value::Int(_) | Value::Float(_) | Value::Complex(_) | Value::Bool(_) => {
            return Err(Error::type_error(
                "can_cast() does not support Python ints, floats, and complex because the result used to depend on the value.\nThis change was part of adopting NEP 50, we may explicitly allow them again in the future.",
            ));
        }
        Value::Array(a) => a.dtype(),
        Value::Scalar(s) => s.dtype(),
        other => to_dtype(&other)?
            .ok_or_else(|| Error::type_error("did not understand one of the input arguments"))?,
    };
    let to = arg_dtype(args, "to")?
        .ok_or_else(|| Error::type_error("did not understand one of the input arguments"))?;
    let rule = casting_arg(args)?;
    Ok(Value::Bool(cast::can_cast(from, to, rule)))
}

/// A `casting=` argument.
pub(super) fn casting_arg(args: &Args) -> Result<cast::Casting> {
    let text = text_arg(args, "casting")?;
    cast::Casting::parse(&text).ok_or_else(|| {
        Error::value_error(format!(
            "casting must be one of 'no', 'equiv', 'safe', 'same_kind', 'unsafe' (got {})",
            print::py_str_repr(&text)
        ))
        .at(args.span("casting"))
    })
}

/// The function run when a NumPy scalar type is called: `np.float32(1.5)`.
pub fn scalar_constructor(_: TypeObj) -> Option<&'static FnDef> {
    Some(&SCALAR_CTOR)
}

pub fn dtype_constructor() -> Option<&'static FnDef> {
    Some(&DTYPE_CTOR)
}

static SCALAR_CTOR: FnDef = FnDef {
    name: "scalar",
    owner: super::table::Owner::Builtin,
    error_name: None,
    params: &[super::table::Param {
        name: "value",
        default: Some("0"),
        kind: super::table::ParamKind::PositionalOnly,
        help: "A number, or a sequence (which gives an array).",
    }],
    doc: "Make a NumPy scalar of this type (or an array, from a sequence).",
    examples: &["np.float32(1.5)", "np.int8(-3)"],
    imp: make_scalar,
};

static DTYPE_CTOR: FnDef = FnDef {
    name: "dtype",
    owner: super::table::Owner::NumpyC,
    error_name: None,
    params: &[
        super::table::Param {
            name: "dtype",
            default: None,
            kind: super::table::ParamKind::Normal,
            help: "A dtype spelling: 'f4', np.int8, float, …",
        },
        super::table::Param {
            name: "align",
            default: Some("False"),
            kind: super::table::ParamKind::Normal,
            help: "Ignored.",
        },
        super::table::Param {
            name: "copy",
            default: Some("False"),
            kind: super::table::ParamKind::Normal,
            help: "Ignored.",
        },
    ],
    doc: "A dtype object from any dtype spelling.",
    examples: &["np.dtype('f4')", "np.dtype(int)"],
    imp: make_dtype,
};

fn make_scalar(_: &mut Interp, args: &Args) -> Result<Value> {
    let Value::Type(TypeObj::Scalar(d)) = args.this() else {
        unreachable!("scalar constructor bound to a scalar type")
    };
    let v = args.get("value");
    match &v {
        Value::List(_) | Value::Tuple(_) | Value::Array(_) | Value::Range(_) => {
            Ok(Value::Array(to_array(&v, Some(*d))?))
        }
        Value::Scalar(s) => Ok(Value::Scalar(cast::cast_scalar(*s, *d))),
        Value::Str(s) => {
            let parsed = if d.is_integer() {
                builtins::to_int(&v)?
            } else {
                builtins::to_float(&Value::Str(s.clone()))?
            };
            Ok(Value::Scalar(python_to_scalar(&parsed, *d)?))
        }
        Value::Int(i)
            if d.is_integer()
                && i.to_i64().is_none()
                && (i.to_u64().is_none() || *d == DType::Int64) =>
        {
            Err(Error::overflow_error(
                "Python int too large to convert to C long",
            ))
        }
        Value::Float(f) if d.is_integer() => {
            Ok(Value::Scalar(cast::cast_scalar(Scalar::Float64(*f), *d)))
        }
        Value::Bool(_) | Value::Int(_) | Value::Float(_) | Value::Complex(_) => {
            Ok(Value::Scalar(python_to_scalar(&v, *d)?))
        }
        Value::None if *d == DType::Bool => Ok(Value::Scalar(Scalar::Bool(false))),
        other => Err(Error::type_error(format!(
            "npcalc cannot make a {} from '{}'",
            d.name(),
            other.type_name()
        ))),
    }
}

fn make_dtype(_: &mut Interp, args: &Args) -> Result<Value> {
    if let Some(t) = super::datetime64::dtype_of(&args.get("dtype")) {
        return Ok(Value::TimeDType(t?));
    }
    match to_dtype(&args.get("dtype"))? {
        Some(d) => Ok(Value::DType(d)),
        None => Ok(Value::DType(DType::Float64)),
    }
}

// ---- construction -------------------------------------------------------------

/// `dtype=` with NumPy's float64 default for the array creators.
fn creation_dtype(args: &Args) -> Result<DType> {
    Ok(arg_dtype(args, "dtype")?.unwrap_or(DType::Float64))
}

/// `order=` as NumPy's PyArray_OrderConverter reads it: None, or one of
/// C, F, A, K in either case.
pub(super) fn arg_order(args: &Args) -> Result<Option<char>> {
    match args.get("order") {
        Value::None => Ok(None),
        Value::Str(s) => {
            let mut chars = s.chars();
            match (chars.next().map(|c| c.to_ascii_uppercase()), chars.next()) {
                (Some(c @ ('C' | 'F' | 'A' | 'K')), None) => Ok(Some(c)),
                _ => Err(Error::value_error(format!(
                    "order must be one of 'C', 'F', 'A', or 'K' (got {})",
                    print::py_str_repr(&s)
                ))),
            }
        }
        other => Err(Error::type_error(format!(
            "order must be str, not {}",
            other.type_name()
        ))),
    }
    .map_err(|e| e.at(args.span("order")))
}

/// `order=` resolved against the array it reads or lays out, `default`
/// when not given: 'A' is Fortran for a Fortran-contiguous array that is not
/// C-contiguous (`PyArray_ISFORTRAN`), else C.
fn order_of(args: &Args, a: &Array, default: char) -> Result<Order> {
    Ok(match arg_order(args)?.unwrap_or(default) {
        'F' => Order::F,
        'A' if layout::is_fortran(a) => Order::F,
        'K' => Order::K,
        _ => Order::C,
    })
}

/// Whether `a` is already laid out as `order` asks, so that asarray and
/// `np.array(copy=False)` hand it back (K and A ask nothing).
fn in_order(a: &Array, order: Order, given: Option<char>) -> bool {
    match (given, order) {
        (Some('C'), _) => a.is_c_contiguous(),
        (Some('F'), _) => a.is_f_contiguous(),
        _ => true,
    }
}

/// The creators from a shape (zeros, ones, full) have no array to keep the
/// layout of, so NumPy refuses 'A' and 'K' there.
fn creation_order(args: &Args) -> Result<Order> {
    match arg_order(args)? {
        Some('A' | 'K') => {
            Err(Error::value_error("only 'C' or 'F' order is permitted").at(args.span("order")))
        }
        Some('F') => Ok(Order::F),
        _ => Ok(Order::C),
    }
}

/// A new array given the layout `creation_order` asked for.
fn laid_out(a: Array, order: Order) -> Result<Array> {
    match order {
        Order::C => Ok(a),
        _ => layout::copy_in(&a, order, shape::copy),
    }
}

pub fn array(it: &mut Interp, args: &Args) -> Result<Value> {
    arg_order(args)?;
    let copy = copy_mode(args)?;
    if let Some(r) = super::objarray::array_call(it, args, "object", copy == CopyMode::Always) {
        return r;
    }
    if let Some(text) = text_array(args, "object")? {
        return Ok(text);
    }
    let mut a = convert_copying(args, "object", copy)?;
    let ndmin = to_index(&args.get("ndmin"))?.max(0) as usize;
    if a.ndim() < ndmin {
        let mut dims: Vec<isize> = vec![1; ndmin - a.ndim()];
        dims.extend(a.shape().iter().map(|&n| n as isize));
        a = shape::reshape(&a, &dims)?;
    }
    Ok(Value::Array(a))
}

/// `np.array(strings)` (with no dtype, `dtype=str` or `'U5'`), or
/// `np.array(numbers, dtype=str)`: a string array.
fn text_array(args: &Args, object: &str) -> Result<Option<Value>> {
    let v = &super::masked::plain_data(args.get(object));
    let dtype = args.get("dtype");
    let width = match dtype {
        Value::None => None,
        ref d => match super::strnum::text_dtype(d) {
            Some(w) => w,
            None => return Ok(None),
        },
    };
    if let Value::StrArray(sa) = v {
        let copy = super::strarray::StrArray::new(
            sa.strings(),
            sa.shape().to_vec(),
            width.or(Some(sa.width)),
        );
        return Ok(Some(Value::StrArray(Box::new(copy))));
    }
    let found = match dtype {
        Value::None => match super::strarray::discover(v, None) {
            Some(r) => r,
            None => return Ok(None),
        },
        _ => super::strnum::values_to_text(v, width),
    };
    Ok(Some(Value::StrArray(Box::new(
        found.map_err(|e| e.at(args.span(object)))?,
    ))))
}

pub fn asarray(it: &mut Interp, args: &Args) -> Result<Value> {
    let copy = copy_mode(args)?;
    if let Value::StrArray(_) = args.get("a")
        && matches!(args.get("dtype"), Value::None)
        && copy != CopyMode::Always
    {
        return Ok(args.get("a"));
    }
    if let Some(text) = text_array(args, "a")? {
        return Ok(text);
    }
    if let Some(r) = super::objarray::array_call(it, args, "a", copy == CopyMode::Always) {
        return r;
    }
    Ok(Value::Array(convert_copying(args, "a", copy)?))
}

/// NumPy 2's `copy=` (`PyArray_CopyConverter`): None copies only when
/// needed, a true value always, a false one never.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum CopyMode {
    Always,
    IfNeeded,
    Never,
}

fn copy_mode(args: &Args) -> Result<CopyMode> {
    Ok(match args.get("copy") {
        Value::None => CopyMode::IfNeeded,
        Value::Str(_) => {
            return Err(Error::value_error(
                "strings are not allowed for 'copy' keyword. Use True/False/None instead.",
            )
            .at(args.span("copy")));
        }
        v if super::pyops::truthy(&v)? => CopyMode::Always,
        _ => CopyMode::Never,
    })
}

/// The ValueError of `copy=False` when a new array is needed.
fn no_copy() -> Error {
    Error::value_error(
        "Unable to avoid copy while creating an array as requested.\nIf using `np.array(obj, copy=False)` replace it with `np.asarray(obj)` to allow a copy when needed (no behavior change in NumPy 1.x).\nFor more details, see https://numpy.org/devdocs/numpy_2_0_migration_guide.html#adapting-to-changes-in-the-copy-keyword.",
    )
}

/// `np.array`/`np.asarray` of the argument `object`: an array comes back
/// itself unless a cast, the layout `order=` asks for or `copy` needs a new
/// one (copied in order 'K' by default, keeping its layout); anything else
/// is converted, which `copy=False` refuses.
fn convert_copying(args: &Args, object: &str, copy: CopyMode) -> Result<Array> {
    let dtype = arg_dtype(args, "dtype")?;
    let given = arg_order(args)?;
    let v = super::masked::plain_data(args.get(object));
    if let Value::Array(src) = &v {
        let order = order_of(args, src, 'K')?;
        let cast = dtype.is_some_and(|d| d != src.dtype());
        if copy != CopyMode::Always && !cast && in_order(src, order, given) {
            return Ok(src.clone());
        }
        if copy == CopyMode::Never {
            return Err(no_copy());
        }
        return layout::copy_in(src, order, |x| match dtype {
            Some(d) if cast => cast::cast_array(x, d),
            _ => shape::copy(x),
        });
    }
    if copy == CopyMode::Never {
        return Err(no_copy());
    }
    let a = to_array(&v, dtype).map_err(|e| e.at(args.span(object)))?;
    match given {
        Some('F') => layout::copy_in(&a, Order::F, shape::copy),
        _ => Ok(a),
    }
}

pub fn zeros(_: &mut Interp, args: &Args) -> Result<Value> {
    let order = creation_order(args)?;
    let shape = arg_shape(&args.get("shape")).map_err(|e| e.at(args.span("shape")))?;
    let a = Array::zeros(creation_dtype(args)?, shape)?;
    Ok(Value::Array(laid_out(a, order)?))
}

pub fn ones(_: &mut Interp, args: &Args) -> Result<Value> {
    let order = creation_order(args)?;
    let shape = arg_shape(&args.get("shape")).map_err(|e| e.at(args.span("shape")))?;
    let a = construct::ones(creation_dtype(args)?, shape)?;
    Ok(Value::Array(laid_out(a, order)?))
}

/// The dtype NumPy gives `np.full(shape, v)` without `dtype=`: that of `np.array(v)`.
fn fill_array(v: &Value, dtype: Option<DType>) -> Result<Array> {
    to_array(v, dtype)
}

pub fn full(_: &mut Interp, args: &Args) -> Result<Value> {
    let order = creation_order(args)?;
    let shape = arg_shape(&args.get("shape")).map_err(|e| e.at(args.span("shape")))?;
    let dtype = arg_dtype(args, "dtype")?;
    let fill =
        fill_array(&args.get("fill_value"), dtype).map_err(|e| e.at(args.span("fill_value")))?;
    let a = Array::zeros(dtype.unwrap_or(fill.dtype()), shape)?;
    index::assign(&a, &[index::IndexItem::Ellipsis], &Operand::Array(fill))?;
    Ok(Value::Array(laid_out(a, order)?))
}

/// Shape and dtype for the `_like` functions: the prototype's unless overridden.
fn like(args: &Args, proto: &str) -> Result<(Vec<usize>, DType)> {
    let a = arg_array(args, proto)?;
    let dtype = arg_dtype(args, "dtype")?.unwrap_or(a.dtype());
    let shape = match args.get("shape") {
        Value::None => a.shape().to_vec(),
        s => arg_shape(&s).map_err(|e| e.at(args.span("shape")))?,
    };
    Ok((shape, dtype))
}

pub fn zeros_like(_: &mut Interp, args: &Args) -> Result<Value> {
    let (shape, dtype) = like(args, "a")?;
    Ok(Value::Array(Array::zeros(dtype, shape)?))
}

pub fn ones_like(_: &mut Interp, args: &Args) -> Result<Value> {
    let (shape, dtype) = like(args, "a")?;
    Ok(Value::Array(construct::ones(dtype, shape)?))
}

pub fn full_like(_: &mut Interp, args: &Args) -> Result<Value> {
    let (shape, dtype) = like(args, "a")?;
    let fill =
        fill_array(&args.get("fill_value"), None).map_err(|e| e.at(args.span("fill_value")))?;
    let a = Array::zeros(dtype, shape)?;
    index::assign(&a, &[index::IndexItem::Ellipsis], &Operand::Array(fill))?;
    Ok(Value::Array(a))
}

/// An `arange` bound: Python ints stay exact, everything else is a float.
pub(super) fn arange_num(v: &Value) -> Result<Option<construct::Num>> {
    Ok(Some(match v {
        Value::None => return Ok(None),
        Value::Bool(b) => construct::Num::Int(*b as i128),
        Value::Int(i) => {
            construct::Num::Int(i.to_i128().ok_or_else(|| {
                Error::overflow_error("Python int too large to convert to C long")
            })?)
        }
        Value::Float(f) => construct::Num::Float(*f),
        Value::Scalar(Scalar::UInt64(u)) => construct::Num::Int(*u as i128),
        Value::Scalar(s) if s.dtype().is_integer() || s.dtype() == DType::Bool => {
            match cast::cast_scalar(*s, DType::Int64) {
                Scalar::Int64(i) => construct::Num::Int(i as i128),
                _ => unreachable!("cast to int64 gives int64"),
            }
        }
        Value::Scalar(s) if s.dtype().kind() == Kind::Float => {
            construct::Num::Float(scalar_f64(*s))
        }
        Value::Complex(c) => construct::Num::Complex(c.re, c.im),
        Value::Scalar(s) if s.dtype().kind() == Kind::Complex => {
            match cast::cast_scalar(*s, DType::Complex128) {
                Scalar::Complex128(c) => construct::Num::Complex(c.re, c.im),
                _ => unreachable!("cast to complex128 gives complex128"),
            }
        }
        other => {
            return Err(Error::type_error(format!(
                "unsupported operand type(s) for -: '{}' and 'int'",
                other.type_name()
            )));
        }
    }))
}

/// The dtype NumPy gives `arange` without one: `intp` promoted with each
/// bound's own dtype (a Python int beyond int64 is uint64, so it makes
/// float64; one beyond uint64 would need an object array).
fn arange_dtype(bounds: &[&Value]) -> Result<DType> {
    let mut dtype = DType::Int64;
    for v in bounds {
        let own = match v {
            Value::Int(i) if i.to_i64().is_some() => DType::Int64,
            Value::Int(i) if i.to_u64().is_some() => DType::UInt64,
            Value::Int(i) => {
                return Err(Error::type_error(format!(
                    "npcalc supports only numeric dtypes, not the Python int {i}, \
                     which needs an object array"
                )));
            }
            Value::Float(_) => DType::Float64,
            Value::Complex(_) => DType::Complex128,
            Value::Scalar(s) => s.dtype(),
            _ => DType::Int64,
        };
        dtype = promote::promote_types(dtype, own);
    }
    Ok(dtype)
}

/// `np.arange`, as NumPy's `PyArray_ArangeObj` computes it: the length is
/// `ceil((stop - start) / step)` with Python's own arithmetic on the bounds,
/// and the second element is `start + step`.
pub fn arange(interp: &mut Interp, args: &Args) -> Result<Value> {
    // NumPy's argument parser converts dtype= before arange looks at the
    // bounds, so an unsupported dtype is refused before anything else.
    let dtype = arg_dtype(args, "dtype")?;
    // Without a dtype, NumPy discovers one from the bounds, and no arange
    // loop exists for strings.
    if dtype.is_none()
        && ["start", "stop", "step"]
            .iter()
            .any(|n| matches!(args.get(n), Value::Str(_)))
    {
        return Err(Error::type_error(
            "arange() not supported for inputs with DType <class 'numpy.dtypes.StrDType'>.",
        ));
    }
    let num = |name: &str| arange_num(&args.get(name)).map_err(|e| e.at(args.span(name)));
    let (start, stop, step) = (num("start")?, num("stop")?, num("step")?);
    let (start, stop) = match (start, stop) {
        (Some(_), None) => (Value::Int(BigInt::from(0)), args.get("start")),
        (Some(_), Some(_)) => (args.get("start"), args.get("stop")),
        (None, Some(_)) => (Value::Int(BigInt::from(0)), args.get("stop")),
        (None, None) => return Err(Error::type_error("arange() requires stop to be specified.")),
    };
    let step = match step {
        Some(_) => args.get("step"),
        None => Value::Int(BigInt::from(1)),
    };
    let zero = Value::Int(BigInt::from(0));
    let next = interp.binary(BinOp::Sub, &stop, &start)?;
    let ne = interp.compare(CmpOp::Ne, &next, &zero)?;
    let next_is_nonzero = interp.truthy(&ne)?;
    let val = interp.binary(BinOp::Div, &next, &step)?;
    let eq = interp.compare(CmpOp::Eq, &val, &zero)?;
    let val_is_zero = interp.truthy(&eq)?;
    let is_complex = |v: &Value| match v {
        Value::Complex(_) => true,
        Value::Scalar(s) => s.dtype().kind() == Kind::Complex,
        _ => false,
    };
    let cmplx = match dtype {
        Some(d) => d.kind() == Kind::Complex,
        None => [&start, &stop, &step].into_iter().any(is_complex),
    };
    let len = match &val {
        // A Python complex (np.complex128 is one) into a complex dtype: the
        // shorter of the real and imaginary ceilings.
        Value::Complex(c) | Value::Scalar(Scalar::Complex128(c)) if cmplx => {
            let re = construct::arange_length(c.re, false, false)?;
            re.min(construct::arange_length(c.im, false, false)?)
        }
        // Otherwise PyFloat_AsDouble: a Python complex is refused, a NumPy
        // complex64 gives its real part through __float__, with a warning.
        Value::Complex(_) => return Err(Error::type_error("must be real number, not complex")),
        _ => {
            let value = match &val {
                Value::Scalar(Scalar::Complex64(c)) => {
                    crate::array::signals::warn(
                        "ComplexWarning",
                        "Casting complex values to real discards the imaginary part",
                    );
                    f64::from(c.re)
                }
                _ => to_python_float_any(&val).unwrap_or(f64::NAN),
            };
            construct::arange_length(value, val_is_zero, next_is_nonzero)?
        }
    };
    // An object dtype is refused only once NumPy would have made the array.
    let dtype = match dtype {
        Some(d) => d,
        None => arange_dtype(&[&start, &stop, &step])?,
    };
    let second = if len > 0 {
        interp.binary(BinOp::Add, &start, &step)?
    } else {
        start.clone()
    };
    let first = arange_num(&start)?.unwrap_or(construct::Num::Int(0));
    let second = arange_num(&second)?.unwrap_or(construct::Num::Int(0));
    Ok(Value::Array(construct::arange(first, second, len, dtype)?))
}

pub fn linspace(_: &mut Interp, args: &Args) -> Result<Value> {
    inexact_promotion(&[&args.get("start"), &args.get("stop")])?;
    let start = operand(&args.get("start")).map_err(|e| e.at(args.span("start")))?;
    let stop = operand(&args.get("stop")).map_err(|e| e.at(args.span("stop")))?;
    let num = to_index(&args.get("num")).map_err(|e| e.at(args.span("num")))?;
    if num < 0 {
        return Err(
            Error::value_error(format!("Number of samples, {num}, must be non-negative."))
                .at(args.span("num")),
        );
    }
    let axis = to_index(&args.get("axis")).map_err(|e| e.at(args.span("axis")))?;
    let endpoint = arg_bool(args, "endpoint")?;
    let dtype = arg_dtype(args, "dtype")?;
    arg_device(args)?;
    let (a, step, view) = construct::linspace(&start, &stop, num as usize, endpoint, dtype, axis)?;
    let a = if view { a.new_view() } else { a };
    if arg_bool(args, "retstep")? {
        // NumPy's step: a scalar of the computing dtype, an array of them, or `nan`.
        let step = step.map_or(Value::Float(f64::NAN), unwrap0);
        return Ok(Value::tuple(vec![Value::Array(a), step]));
    }
    Ok(Value::Array(a))
}

/// A Python or NumPy real number as f64.
pub(super) fn to_python_float_any(v: &Value) -> Option<f64> {
    match v {
        Value::Bool(b) => Some(*b as u8 as f64),
        Value::Int(i) => i.to_f64(),
        Value::Float(f) => Some(*f),
        Value::Scalar(s) if s.dtype().kind() != Kind::Complex => Some(scalar_f64(*s)),
        _ => None,
    }
}

// ---- shape ----------------------------------------------------------------------

/// A shape given as ints or one argument (`reshape(2, 3)` / `reshape((2, 3))`):
/// NumPy converts the one argument, or else the tuple of them.
fn shape_arg(v: &Value) -> Result<Vec<isize>> {
    match v {
        Value::Tuple(t) if t.len() == 1 => intp_converter(&t[0]),
        other => intp_converter(other),
    }
}

pub fn np_reshape(_: &mut Interp, args: &Args) -> Result<Value> {
    let order = arg_order(args)?;
    let a = arg_array(args, "a")?;
    let dims = intp_converter(&args.get("shape")).map_err(|e| e.at(args.span("shape")))?;
    Ok(Value::Array(reshape_ordered(&a, &dims, order)?))
}

/// `reshape` reading and placing the elements in C or Fortran order, as
/// NumPy's `PyArray_Newshape` ('A': Fortran for an array that is Fortran-
/// and not C-contiguous). Fortran order is C order on the reversed axes.
fn reshape_ordered(a: &Array, dims: &[isize], order: Option<char>) -> Result<Array> {
    let fortran = match order {
        Some('K') => {
            return Err(Error::value_error(
                "order 'K' is not permitted for reshaping",
            ));
        }
        Some('F') => true,
        Some('A') => a.is_f_contiguous() && !a.is_c_contiguous(),
        _ => false,
    };
    // The C-order reshape checks the shape (its errors name `dims`).
    let c = shape::reshape(a, dims)?;
    if !fortran {
        return Ok(c);
    }
    let reversed: Vec<isize> = c.shape().iter().rev().map(|&n| n as isize).collect();
    let t = shape::reshape(&shape::transpose(a, None)?, &reversed)?;
    shape::transpose(&t, None)
}

pub fn m_reshape(_: &mut Interp, args: &Args) -> Result<Value> {
    let a = this_array(args)?;
    let v = args.get("shape");
    if matches!(&v, Value::Tuple(t) if t.is_empty()) {
        return Err(Error::type_error(
            "reshape() takes exactly 1 argument (0 given)",
        ));
    }
    // `a.reshape(None)` is `array_reshape`'s plain view.
    if matches!(&v, Value::Tuple(t) if matches!(t[..], [Value::None])) {
        return Ok(unwrap_method(args, a.new_view()));
    }
    let order = arg_order(args)?;
    Ok(unwrap_method(
        args,
        reshape_ordered(&a, &shape_arg(&v)?, order)?,
    ))
}

/// NumPy scalars' methods return scalars where arrays' return 0-d arrays.
pub(super) fn unwrap_method(args: &Args, a: Array) -> Value {
    if matches!(args.this(), Value::Scalar(_)) && a.ndim() == 0 {
        Value::Scalar(a.get(&[]))
    } else {
        Value::Array(a)
    }
}

fn axes_arg(v: &Value) -> Result<Option<Vec<isize>>> {
    match v {
        Value::None => Ok(None),
        Value::Tuple(t) if t.is_empty() => Ok(None),
        Value::Tuple(t)
            if t.len() == 1 && matches!(t[0], Value::Tuple(_) | Value::List(_) | Value::None) =>
        {
            axes_arg(&t[0])
        }
        other => Ok(Some(shape_arg(other)?)),
    }
}

pub fn np_transpose(_: &mut Interp, args: &Args) -> Result<Value> {
    let a = arg_array(args, "a")?;
    let axes = axes_arg(&args.get("axes"))?;
    Ok(Value::Array(shape::transpose(&a, axes.as_deref())?))
}

pub fn m_transpose(_: &mut Interp, args: &Args) -> Result<Value> {
    let a = this_array(args)?;
    let axes = axes_arg(&args.get("axes"))?;
    Ok(unwrap_method(args, shape::transpose(&a, axes.as_deref())?))
}

pub fn np_ravel(_: &mut Interp, args: &Args) -> Result<Value> {
    let a = arg_array(args, "a")?;
    Ok(Value::Array(layout::ravel_in(
        &a,
        order_of(args, &a, 'C')?,
    )?))
}

pub fn m_ravel(_: &mut Interp, args: &Args) -> Result<Value> {
    let a = this_array(args)?;
    Ok(Value::Array(layout::ravel_in(
        &a,
        order_of(args, &a, 'C')?,
    )?))
}

pub fn m_flatten(_: &mut Interp, args: &Args) -> Result<Value> {
    // PyArray_Flatten: always a copy, read in the order asked.
    let a = this_array(args)?;
    let flat = layout::ravel_in(&a, order_of(args, &a, 'C')?)?;
    Ok(Value::Array(shape::copy(&flat)?))
}

pub fn np_copy(_: &mut Interp, args: &Args) -> Result<Value> {
    let a = arg_array(args, "a")?;
    let order = order_of(args, &a, 'K')?;
    Ok(Value::Array(layout::copy_in(&a, order, shape::copy)?))
}

pub fn m_copy(_: &mut Interp, args: &Args) -> Result<Value> {
    let a = this_array(args)?;
    let order = order_of(args, &a, 'C')?;
    Ok(unwrap_method(
        args,
        layout::copy_in(&a, order, shape::copy)?,
    ))
}

pub fn m_astype(_: &mut Interp, args: &Args) -> Result<Value> {
    let a = this_array(args)?;
    let order = order_of(args, &a, 'K')?;
    if super::objarray::is_object_dtype(&args.get("dtype")) {
        return Ok(super::objarray::from_numeric_value(&a));
    }
    if let Some(ty) = super::datetime64::dtype_of(&args.get("dtype")) {
        if args.given("casting") {
            return Err(super::datetime64::not_numeric());
        }
        let r = super::datetime64::from_numbers(&a, ty?)?;
        return Ok(match (args.this(), r) {
            (Value::Scalar(_), Value::TimeArray(t)) => {
                super::datetime64::times(t.ty, t.data.to_vec(), vec![])
            }
            (_, r) => r,
        });
    }
    if let Some(width) = super::strnum::text_dtype(&args.get("dtype")) {
        let needed = super::strnum::number_width(a.dtype());
        super::strnum::check_casting(
            &print::dtype_repr(a.dtype()),
            &format!("dtype('<U{}')", width.unwrap_or(needed)),
            casting_arg(args)?,
            width.is_none_or(|w| w >= needed),
            true,
        )?;
        let text = super::strnum::array_to_text(&a, width);
        return Ok(match args.this() {
            Value::Scalar(_) => Value::NpStr(text.get_flat(0)),
            _ => Value::StrArray(Box::new(text)),
        });
    }
    let dtype = arg_dtype(args, "dtype")?.unwrap_or(DType::Float64);
    let rule = casting_arg(args)?;
    if !cast::can_cast(a.dtype(), dtype, rule) {
        return Err(Error::type_error(format!(
            "Cannot cast array data from {} to {} according to the rule {}",
            print::dtype_repr(a.dtype()),
            print::dtype_repr(dtype),
            print::py_str_repr(rule.name())
        )));
    }
    if !arg_bool(args, "copy")? && dtype == a.dtype() {
        return Ok(args.this().clone());
    }
    let cast = layout::copy_in(&a, order, |x| cast::cast_array(x, dtype))?;
    Ok(unwrap_method(args, cast))
}

pub fn m_fill(_: &mut Interp, args: &Args) -> Result<Value> {
    let Value::Array(a) = args.this() else {
        return Err(Error::attribute_error(
            "'numpy scalar' object attribute 'fill' is read-only",
        ));
    };
    let v = args.get("value");
    let fill = match &v {
        Value::Str(s) if a.dtype().is_integer() => builtins::to_int(&Value::Str(s.clone()))?,
        Value::Str(s) => builtins::to_float(&Value::Str(s.clone()))?,
        other => other.clone(),
    };
    let item = match &fill {
        Value::Scalar(s) => cast::cast_scalar(*s, a.dtype()),
        Value::Array(x) if x.size() == 1 => cast::cast_scalar(x.get_flat(0), a.dtype()),
        Value::Float(f) => cast::cast_scalar(Scalar::Float64(*f), a.dtype()),
        other => python_to_scalar(other, a.dtype())?,
    };
    index::assign(a, &[index::IndexItem::Ellipsis], &Operand::Scalar(item))?;
    Ok(Value::None)
}

pub fn m_tolist(_: &mut Interp, args: &Args) -> Result<Value> {
    let a = this_array(args)?;
    fn build(a: &Array, dim: usize, index: &mut Vec<usize>) -> Value {
        if dim == a.ndim() {
            return scalar_to_python(a.get(index));
        }
        let items = (0..a.shape()[dim])
            .map(|i| {
                index.push(i);
                let v = build(a, dim + 1, index);
                index.pop();
                v
            })
            .collect();
        Value::list(items)
    }
    Ok(build(&a, 0, &mut Vec::new()))
}

pub fn m_item(_: &mut Interp, args: &Args) -> Result<Value> {
    let a = this_array(args)?;
    let Value::Tuple(idx) = args.get("args") else {
        unreachable!("*args is a tuple")
    };
    let flat = match idx.len() {
        0 if a.size() == 1 => 0,
        0 => {
            return Err(Error::value_error(
                "can only convert an array of size 1 to a Python scalar",
            ));
        }
        1 => {
            let i = to_index(&idx[0])?;
            let n = a.size() as i64;
            if i < -n || i >= n {
                return Err(Error::index_error(format!(
                    "index {i} is out of bounds for size {n}"
                )));
            }
            i.rem_euclid(n.max(1)) as usize
        }
        _ => {
            let items: Vec<index::IndexItem> = idx
                .iter()
                .map(|v| Ok(index::IndexItem::Int(to_index(v)?)))
                .collect::<Result<_>>()?;
            return match index::index(&a, &items)? {
                index::Indexed::Scalar(s) => Ok(scalar_to_python(s)),
                index::Indexed::View(_) => {
                    Err(Error::value_error("incorrect number of indices for array"))
                }
            };
        }
    };
    Ok(scalar_to_python(a.get_flat(flat)))
}

// ---- reductions ---------------------------------------------------------------------

pub(super) fn keepdims(args: &Args) -> Result<bool> {
    match args.get("keepdims") {
        Value::Str(s) if &*s == "<no value>" => Ok(false),
        _ => arg_bool(args, "keepdims"),
    }
}

pub(super) fn reject_unsupported(args: &Args, names: &[&str]) -> Result<()> {
    for &n in names {
        let v = args.get(n);
        let absent = matches!(&v, Value::Str(s) if &**s == "<no value>")
            || matches!(v, Value::None | Value::Bool(true));
        if args.given(n) && !absent {
            return Err(Error::new(
                Exc::NotImplementedError,
                format!("npcalc does not support {n}= here"),
            )
            .at(args.span(n)));
        }
    }
    Ok(())
}

/// Runs a reduction and delivers it as NumPy does: scalars for full reductions.
fn reduction(args: &Args, a: Array, kind: reduce::Reduction) -> Result<Value> {
    reject_unsupported(args, &["out"])?;
    let op = match kind {
        reduce::Reduction::Sum => Some(Ufunc::Add),
        reduce::Reduction::Prod => Some(Ufunc::Multiply),
        _ => None,
    };
    if let Some(op) = op
        && args.params_has("dtype")
        && super::strnum::text_dtype(&args.get("dtype")).is_some()
    {
        return Err(
            super::strnum::text_dtype_method_error(a.dtype(), op, "reduce").at(args.span("dtype")),
        );
    }
    let dtype = if args.params_has("dtype") {
        arg_dtype(args, "dtype")?
    } else {
        None
    };
    let initial = if args.params_has("initial") {
        let acc = reduce::reduction_dtype(kind, a.dtype(), dtype);
        super::ufunc_methods::arg_initial(args, acc)?
    } else {
        None
    };
    let axes: Option<Vec<usize>> = match args.get("axis") {
        Value::Tuple(items) => {
            let mut axes = Vec::with_capacity(items.len());
            for v in items.iter() {
                let i = to_index(v).map_err(|e| e.at(args.span("axis")))?;
                let ax = crate::array::layout::normalize_axis(i, a.ndim())?;
                if axes.contains(&ax) {
                    return Err(Error::value_error("duplicate value in 'axis'"));
                }
                axes.push(ax);
            }
            Some(axes)
        }
        _ => match arg_axis(args, "axis")? {
            Some(ax) => Some(vec![crate::array::layout::normalize_axis(
                ax as i64,
                a.ndim(),
            )?]),
            None => None,
        },
    };
    let keep = keepdims(args)?;
    let w = args.get("where");
    // NumPy reads where=True as no mask (`_wheremask_converter`).
    let absent = !args.given("where") || matches!(w, Value::Bool(true));
    let mut a = a;
    if !absent {
        // `_mean` counts the selected elements first, warning before the sum.
        let counts = if kind == reduce::Reduction::Mean {
            let c = super::ufunc_methods::where_counts(&a, &w, axes.as_deref(), keep)
                .map_err(|e| e.at(args.span("where")))?;
            if c.contains(&0) {
                crate::array::signals::warn("RuntimeWarning", "Mean of empty slice");
            }
            c
        } else {
            Vec::new()
        };
        let mask =
            super::ufunc_methods::reduce_mask(&a, &w).map_err(|e| e.at(args.span("where")))?;
        let op = match kind {
            reduce::Reduction::Sum => {
                let r = reduce::sum_where(&a, axes.as_deref(), &mask, dtype, keep, initial)?;
                return Ok(unwrap0(r));
            }
            reduce::Reduction::Mean => {
                // `_mean`: the sum in the mean's dtype over the counts.
                let acc = reduce::reduction_dtype(kind, a.dtype(), dtype);
                let s = reduce::sum_where(&a, axes.as_deref(), &mask, Some(acc), keep, initial)?;
                let scalar = s.ndim() == 0;
                let r = reduce::mean_divide_counts(&s, counts, a.dtype(), dtype, scalar)?;
                return Ok(unwrap0(r));
            }
            reduce::Reduction::Prod => Ufunc::Multiply,
            reduce::Reduction::Max => Ufunc::Maximum,
            reduce::Reduction::Min => Ufunc::Minimum,
        };
        // Products, minima and maxima do not depend on how the selected
        // elements are grouped: the unselected ones become neutral.
        let acc = reduce::reduction_dtype(kind, a.dtype(), dtype);
        a = super::ufunc_methods::masked_out(op, &a, &mask, initial, acc)?
            .expect("multiply, maximum and minimum have neutral values");
    }
    let r = reduce::reduce_over(&a, kind, axes.as_deref(), dtype, keep, initial)?;
    Ok(unwrap0(r))
}

/// `np.<ufunc>.reduce`: the reductions npcalc has kernels for.
pub fn ufunc_reduce(_: &mut Interp, args: &Args) -> Result<Value> {
    let Value::Ufunc(op) = *args.this() else {
        unreachable!("reduce is bound to a ufunc")
    };
    binary_only(op, "reduce")?;
    check_text_method(args, "array", op, "reduce")?;
    let a = method_operand(args, op)?;
    // NumPy's _parse_axis lets axis 0 or -1 name a 0-d input's single element.
    let a = match args.get("axis") {
        Value::Tuple(_) => a,
        _ => match arg_axis(args, "axis")? {
            Some(0 | -1) if a.ndim() == 0 => a.view(a.offset(), vec![1], vec![1]),
            _ => a,
        },
    };
    // With a start value, integer sums and products and any min/max do not
    // depend on the order: the step-by-step reduction gives NumPy's result.
    let initial = !matches!(args.get("initial"), Value::None)
        && !matches!(&args.get("initial"), Value::Str(s) if &**s == "<no value>");
    let exact = matches!(op, Ufunc::Maximum | Ufunc::Minimum)
        || array::default_accum_dtype(a.dtype()).kind() != Kind::Float
            && array::default_accum_dtype(a.dtype()).kind() != Kind::Complex
            && arg_dtype(args, "dtype")?.is_none_or(|d| !d.is_inexact());
    let masked = !matches!(args.get("where"), Value::Bool(true));
    if (initial || masked) && exact {
        return super::ufunc_methods::reduce_by_steps(args, op, a);
    }
    let kind = match op {
        Ufunc::Add => reduce::Reduction::Sum,
        Ufunc::Multiply => reduce::Reduction::Prod,
        Ufunc::Maximum => reduce::Reduction::Max,
        Ufunc::Minimum => reduce::Reduction::Min,
        other => return super::ufunc_methods::reduce_by_steps(args, other, a),
    };
    reduction(args, a, kind)
}

pub fn sum(_: &mut Interp, args: &Args) -> Result<Value> {
    // np.sum alone of NumPy's functions turns a generator away by name.
    if matches!(args.get("a"), Value::Iter(_, "generator")) {
        return Err(Error::type_error(
            "Calling np.sum(generator) is deprecated.Use np.sum(np.fromiter(generator)) or the python sum builtin instead.",
        ));
    }
    check_text_method(args, "a", Ufunc::Add, "reduce")?;
    reduction(args, arg_array(args, "a")?, reduce::Reduction::Sum)
}
pub fn prod(_: &mut Interp, args: &Args) -> Result<Value> {
    check_text_method(args, "a", Ufunc::Multiply, "reduce")?;
    reduction(args, arg_array(args, "a")?, reduce::Reduction::Prod)
}
pub fn min(_: &mut Interp, args: &Args) -> Result<Value> {
    reduction(args, arg_array(args, "a")?, reduce::Reduction::Min)
}
pub fn max(_: &mut Interp, args: &Args) -> Result<Value> {
    reduction(args, arg_array(args, "a")?, reduce::Reduction::Max)
}
pub fn mean(_: &mut Interp, args: &Args) -> Result<Value> {
    reduction(args, arg_array(args, "a")?, reduce::Reduction::Mean)
}
pub fn m_sum(_: &mut Interp, args: &Args) -> Result<Value> {
    reduction(args, this_array(args)?, reduce::Reduction::Sum)
}
pub fn m_prod(_: &mut Interp, args: &Args) -> Result<Value> {
    reduction(args, this_array(args)?, reduce::Reduction::Prod)
}
pub fn m_min(_: &mut Interp, args: &Args) -> Result<Value> {
    reduction(args, this_array(args)?, reduce::Reduction::Min)
}
pub fn m_max(_: &mut Interp, args: &Args) -> Result<Value> {
    reduction(args, this_array(args)?, reduce::Reduction::Max)
}
pub fn m_mean(_: &mut Interp, args: &Args) -> Result<Value> {
    reduction(args, this_array(args)?, reduce::Reduction::Mean)
}

pub fn diff(_: &mut Interp, args: &Args) -> Result<Value> {
    let n = to_index(&args.get("n")).map_err(|e| e.at(args.span("n")))?;
    if n == 0 {
        // NumPy hands back its argument itself, before any conversion.
        return Ok(args.get("a"));
    }
    let a = arg_array(args, "a")?;
    let axis = to_index(&args.get("axis")).map_err(|e| e.at(args.span("axis")))?;
    let extra = |name: &str| -> Result<Option<Array>> {
        if args.given(name) {
            Ok(Some(arg_array(args, name)?))
        } else {
            Ok(None)
        }
    };
    Ok(Value::Array(reduce::diff(
        &a,
        n,
        axis as isize,
        extra("prepend")?,
        extra("append")?,
    )?))
}

/// `a1` and `a2` as arrays, or None where NumPy's `array_equal` and
/// `array_equiv` answer False because `asarray` raised (a ragged list;
/// what npcalc does not support is still refused).
pub fn comparable_arrays(args: &Args) -> Result<Option<(Array, Array)>> {
    match (arg_array(args, "a1"), arg_array(args, "a2")) {
        (Ok(a), Ok(b)) => Ok(Some((a, b))),
        (Err(e), _) | (_, Err(e)) if e.class == Exc::ValueError => Ok(None),
        (Err(e), _) | (_, Err(e)) => Err(e),
    }
}

pub fn array_equal(_: &mut Interp, args: &Args) -> Result<Value> {
    let Some((a, b)) = comparable_arrays(args)? else {
        return Ok(Value::Bool(false));
    };
    Ok(Value::Bool(reduce::array_equal(
        &a,
        &b,
        arg_bool(args, "equal_nan")?,
    )?))
}

pub fn allclose(_: &mut Interp, args: &Args) -> Result<Value> {
    let (a, b) = (arg_array(args, "a")?, arg_array(args, "b")?);
    let tol = |name: &str| {
        to_python_float_any(&args.get(name))
            .ok_or_else(|| Error::type_error(format!("{name} must be a number")))
    };
    Ok(Value::Bool(reduce::allclose(
        &a,
        &b,
        tol("rtol")?,
        tol("atol")?,
        arg_bool(args, "equal_nan")?,
    )?))
}

/// `PyArray_CorrelatemodeConverter`: 'valid'/'same'/'full' or 0/1/2.
fn corr_mode(v: &Value) -> Result<array::convolve::CorrMode> {
    use array::convolve::CorrMode;
    let by_number = |i: Option<i64>| match i {
        Some(0) => Ok(CorrMode::Valid),
        Some(1) => Ok(CorrMode::Same),
        Some(2) => Ok(CorrMode::Full),
        Some(i) if i32::try_from(i).is_ok() => Err(Error::value_error(
            "integer convolve/correlate mode must be 0, 1, or 2",
        )),
        _ => Err(Error::type_error("convolve/correlate mode not understood")),
    };
    match v {
        Value::Str(s) => {
            let (mode, exact) = match s.chars().next() {
                Some('v' | 'V') => (CorrMode::Valid, &**s == "valid"),
                Some('s' | 'S') => (CorrMode::Same, &**s == "same"),
                Some('f' | 'F') => (CorrMode::Full, &**s == "full"),
                _ => {
                    return Err(Error::value_error(format!(
                        "mode must be one of 'valid', 'same', or 'full' (got {})",
                        super::repr::repr(v, &PrintOptions::default())
                    )));
                }
            };
            if exact {
                Ok(mode)
            } else {
                Err(Error::value_error(
                    "Use one of 'valid', 'same', or 'full' for convolve/correlate mode",
                ))
            }
        }
        Value::Int(i) => by_number(i.to_i64()),
        Value::Scalar(s) if s.dtype().is_integer() => by_number(to_index(v).ok()),
        _ => Err(Error::type_error("convolve/correlate mode not understood")),
    }
}

/// `PyArray_FromAny(op, typec, 1, 1, ...)`: exactly one dimension.
pub(super) fn one_dim(v: &Value, a: Array) -> Result<Array> {
    if a.ndim() == 0 {
        return Err(Error::value_error(
            "object of too small depth for desired array",
        ));
    }
    at_most_one_dim(v, a)
}

/// `PyArray_FromAny(op, typec, 0, 1, ...)`: a scalar or one dimension; an array
/// too deep is refused in other words than a nested sequence.
pub(super) fn at_most_one_dim(v: &Value, a: Array) -> Result<Array> {
    match a.ndim() {
        0 | 1 => Ok(a),
        _ if matches!(v, Value::Array(_)) => {
            Err(Error::value_error("object too deep for desired array"))
        }
        _ => Err(Error::value_error(
            "setting an array element with a sequence. The requested array would exceed the maximum number of dimension of 1.",
        )),
    }
}

fn common_dtype(a: &Array, v: &Array) -> Result<(Array, Array)> {
    let dt = promote::promote_types(a.dtype(), v.dtype());
    Ok((cast::cast_array(a, dt)?, cast::cast_array(v, dt)?))
}

pub fn convolve(_: &mut Interp, args: &Args) -> Result<Value> {
    // `array(a, ndmin=1)` for both, then numeric.py's emptiness checks.
    let at_least_1d = |name: &str| -> Result<Array> {
        let a = arg_array(args, name)?;
        Ok(if a.ndim() == 0 {
            crate::with_dtype!(a.dtype(), T => Array::from_vec(a.to_vec::<T>(), vec![1]))
        } else {
            a
        })
    };
    let (a, v) = (at_least_1d("a")?, at_least_1d("v")?);
    if a.shape()[0] == 0 {
        return Err(Error::value_error("a cannot be empty"));
    }
    if v.shape()[0] == 0 {
        return Err(Error::value_error("v cannot be empty"));
    }
    let mode = corr_mode(&args.get("mode")).map_err(|e| e.at(args.span("mode")))?;
    if a.ndim() > 1 || v.ndim() > 1 {
        return Err(Error::value_error("object too deep for desired array"));
    }
    let (a, v) = common_dtype(&a, &v)?;
    Ok(Value::Array(array::convolve::convolve(&a, &v, mode)))
}

pub fn correlate(_: &mut Interp, args: &Args) -> Result<Value> {
    let mode = corr_mode(&args.get("mode")).map_err(|e| e.at(args.span("mode")))?;
    let (av, vv) = (args.get("a"), args.get("v"));
    let a = arg_array(args, "a")?;
    let v = arg_array(args, "v")?;
    let a = one_dim(&av, a).map_err(|e| e.at(args.span("a")))?;
    let v = one_dim(&vv, v).map_err(|e| e.at(args.span("v")))?;
    if a.shape()[0] == 0 {
        return Err(Error::value_error("first array argument cannot be empty"));
    }
    if v.shape()[0] == 0 {
        return Err(Error::value_error("second array argument cannot be empty"));
    }
    let (a, v) = common_dtype(&a, &v)?;
    Ok(Value::Array(array::convolve::correlate(&a, &v, mode)))
}
