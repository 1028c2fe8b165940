//! Python values as npcalc knows them: Python's own scalars and containers,
//! NumPy arrays, scalars and dtypes, and the callables of the function table.

/// A ufunc value (`np.add`) is the array module's ufunc, looked up by name.
pub use crate::array::Ufunc;
use crate::array::{Array, DType, Scalar};
use crate::eval::table::FnDef;
use num_bigint::BigInt;
use num_complex::Complex64;
use std::cell::RefCell;
use std::rc::Rc;

#[derive(Clone, Debug)]
pub enum Value {
    None,
    Bool(bool),
    /// A member or combination of `re.RegexFlag`, an int that prints by name.
    ReFlag(u32),
    Int(BigInt),
    Float(f64),
    Complex(Complex64),
    Str(Rc<str>),
    List(Rc<super::listobj::List>),
    Tuple(Rc<[Value]>),
    Dict(super::dict::DictRef),
    /// `d.keys()`, `d.values()` or `d.items()`: a live view of the dict.
    DictView(super::dict::DictRef, super::dict::View),
    Ellipsis,
    /// `lo:hi:step` as written in a subscript.
    Slice(Rc<[Value; 3]>),
    Range(Range),
    Array(Array),
    Scalar(Scalar),
    DType(DType),
    Type(TypeObj),
    Module(Module),
    Function(&'static FnDef),
    /// A method looked up on a value, e.g. `a.cumsum`.
    Method(Box<Value>, &'static FnDef),
    Ufunc(Ufunc),
    /// A function made by `def` or `lambda`.
    UserFunction(Rc<super::function::UserFn>),
    /// A `timeit.Timer` (see eval/pytime.rs).
    Timer(Rc<super::pytime::Timer>),
    /// A code object made by `compile` (see eval/pyexec.rs).
    Code(Rc<super::pyexec::CodeObj>),
    /// A raised (or constructed) exception instance.
    Exception(Rc<crate::error::Error>),
    /// A one-pass iterator (`zip`, `map`, `iter(x)`…) and its class name.
    Iter(Rc<RefCell<super::iter::PyIter>>, &'static str),
    /// A `Generator` or `RandomState` (see eval/random.rs).
    Random(super::random::RandomObj),
    /// A Python `random.Random` (see eval/pyrandom.rs); shared, as objects are.
    PyRandom(super::pyrandom::PyRandomRef),
    /// `np.r_` or `np.c_`, indexed with `[...]` (see eval/shaping.rs).
    IndexTrick(IndexTrick),
    /// A `np.ma` masked array (see eval/masked.rs).
    Masked(super::masked::MaskedRef),
    /// `np.ma.masked`.
    MaskedConstant,
    /// `a.flat`: a 1-D, read-only (in npcalc) window on a's elements in C order.
    FlatIter(std::rc::Rc<super::flatiter::FlatIter>),
    /// An object array (`dtype=object`).
    ObjArray(Box<super::objarray::ObjArray>),
    /// `dtype('O')`.
    ObjDType,
    /// A ufunc made by `np.frompyfunc`.
    PyUfunc(Rc<super::objarray::PyUfunc>),
    /// `a.flags`.
    Flags(Rc<super::memory::Flags>),
    /// A context manager for `with` (see eval/context.rs).
    Context(Rc<super::context::Context>),
    /// A NumPy string array (`<U5`, see eval/strarray.rs).
    StrArray(Box<super::strarray::StrArray>),
    /// A NumPy `str_`: a Python str that prints its repr as `np.str_('H')`.
    NpStr(Rc<str>),
    /// The dtype of a string array, `dtype('<U5')`: its width in characters.
    StrDType(usize),
    /// A `np.datetime64` or `np.timedelta64` (see eval/datetime64.rs).
    Time(super::datetime64::TimeScalar),
    /// An array of datetimes or timedeltas.
    TimeArray(Box<super::datetime64::TimeArray>),
    /// `dtype('<M8[D]')` and the other time dtypes.
    TimeDType(super::datetime64::TimeType),
    /// A `np.vectorize` object (see eval/apply.rs).
    Vectorize(Rc<super::apply::Vectorized>),
    /// A `functools.partial` object (see eval/functional.rs).
    Partial(Rc<super::functional::Partial>),
    /// An `operator.itemgetter` and the other callable objects of
    /// eval/functors.rs.
    Functor(Rc<super::functors::Functor>),
    /// `np.iinfo(int_type)`: the machine limits of an integer dtype (a new
    /// object per call, as NumPy makes; `np.finfo` objects are cached per dtype).
    IInfo(Rc<DType>),
    /// `np.finfo(float_type)` (see eval/dtypeinfo.rs).
    FInfo(Rc<super::dtypeinfo::FInfo>),
    /// A class made by a `class` statement (see eval/classes.rs).
    Class(Rc<super::classes::PyClass>),
    /// An instance of a session class.
    Instance(Rc<super::classes::Instance>),
    /// A function bound to the object it was looked up on.
    Bound(Rc<super::classes::Bound>),
    /// A `staticmethod`, `classmethod` or `property` object.
    Descriptor(Rc<super::classes::Descriptor>),
    /// `super()` in a method.
    Super(Rc<super::classes::Super>),
    /// A named tuple NumPy returns (`UniqueCountsResult`, `SlogdetResult`):
    /// a tuple whose items are also attributes.
    NamedTuple(&'static NamedKind, Rc<[Value]>),
    /// A Python `set` or `frozenset` (see eval/pyset.rs).
    Set(super::pyset::SetRef),
    /// A `collections.deque`.
    Deque(super::collections::DequeRef),
    /// A class made by `collections.namedtuple`.
    NamedClass(Rc<super::collections::NamedClass>),
    /// `sys.stdout` or `sys.stderr`.
    Stream(super::pysys::Stream),
    /// An `io.StringIO` (see eval/pyio.rs).
    StringIo(super::pyio::StringIoRef),
    /// A `__future__._Feature` (eval/future.rs).
    Feature(&'static crate::syntax::future::Feature),
    /// A `fractions.Fraction` (see eval/fractions.rs).
    Fraction(Rc<super::fractions::Frac>),
    /// A `decimal.Decimal` (see eval/decimal.rs).
    Decimal(Rc<super::decimal::Dec>),
    /// A `datetime.date`, `datetime.datetime` or `datetime.timedelta` (eval/pydatetime.rs).
    PyTime(Rc<super::pydatetime::PyTime>),
    /// `list[int]` or a `typing` name such as `List[int]` (see eval/typing.rs).
    Alias(Rc<super::typing::Alias>),
    /// An `np.nditer` (see eval/nditer.rs).
    NdIter(Rc<super::nditer::NdIter>),
    /// An `np.poly1d` (see eval/polynomial.rs).
    Poly1d(Rc<super::polynomial::Poly1d>),
    /// A compiled `re` pattern (see eval/pyre).
    RePattern(Rc<super::pyre::Pattern>),
    /// An `re` match.
    ReMatch(Rc<super::pyre::ReMatch>),
    /// A matplotlib object: a Figure, Axes, Line2D… (see eval/pyplot.rs).
    Plot(Rc<super::pyplot::Artist>),
}

/// The class of a NumPy named tuple: its qualified name and field names.
#[derive(Debug, PartialEq, Eq)]
pub struct NamedKind {
    pub qualname: &'static str,
    pub fields: &'static [&'static str],
}

impl NamedKind {
    /// The class's own name.
    pub fn name(&self) -> &'static str {
        self.qualname.rsplit('.').next().unwrap_or(self.qualname)
    }

    /// Whether it is one of `sys`'s struct sequences (`sys.float_info`),
    /// whose fields are read-only slots, rather than a named tuple.
    pub fn is_struct_seq(&self) -> bool {
        self.qualname.starts_with("sys.")
    }

    /// How its repr starts: a struct sequence names its module (as does
    /// `datetime.IsoCalendarDate`, a tuple with its own repr), a named
    /// tuple does not.
    pub fn repr_name(&self) -> &'static str {
        if self.is_struct_seq() || self.qualname.starts_with("datetime.") {
            self.qualname
        } else {
            self.name()
        }
    }

    /// A value of this class; `items` has one value per field.
    pub fn make(&'static self, items: Vec<Value>) -> Value {
        debug_assert_eq!(items.len(), self.fields.len());
        Value::NamedTuple(self, Rc::from(items))
    }
}

/// NumPy's index-trick objects that build arrays from subscripts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IndexTrick {
    R,
    C,
    /// `np.mgrid`, a dense grid.
    MGrid,
    /// `np.ogrid`, an open (sparse) grid.
    OGrid,
    /// `np.s_`: the subscript itself.
    S,
    /// `np.index_exp`: the subscript as a tuple.
    IndexExp,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Range {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
}

impl Range {
    pub fn len(&self) -> usize {
        let (lo, hi, step) = (self.start as i128, self.stop as i128, self.step as i128);
        let n = if step > 0 {
            (hi - lo + step - 1) / step
        } else {
            (lo - hi - step - 1) / -step
        };
        n.max(0) as usize
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    pub fn iter(&self) -> impl Iterator<Item = i64> + '_ {
        (0..self.len()).map(|k| self.start + k as i64 * self.step)
    }
}

/// Classes that are values themselves: `int`, `np.int64`, `np.ndarray`, …
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TypeObj {
    NoneType,
    Bool,
    Int,
    Float,
    Complex,
    Str,
    List,
    Tuple,
    Dict,
    Set,
    FrozenSet,
    Ellipsis,
    Slice,
    Range,
    NdArray,
    /// `np.dtype` itself.
    DTypeClass,
    /// The class of a dtype instance, e.g. `numpy.dtypes.Int64DType`.
    DTypeOf(DType),
    /// A NumPy scalar type such as `np.int64`; also usable wherever a dtype is.
    Scalar(DType),
    Module,
    Function,
    BuiltinFunction,
    Method,
    Ufunc,
    Type,
    /// An exception class such as `ValueError`.
    Exc(crate::error::Exc),
    /// `zip`, `map`, `list_iterator`…
    Iterator(&'static str),
    /// `numpy.random.Generator` / `numpy.random.RandomState` instances.
    Random(&'static str),
    /// The class of `np.r_` / `np.c_`.
    IndexTrick(IndexTrick),
    /// `numpy.ma.MaskedArray`.
    MaskedArray,
    /// The class of `np.ma.masked`.
    MaskedConstant,
    /// `numpy.flatiter`, the class of `a.flat`.
    FlatIter,
    /// A class npcalc knows by its name only (`numpy.errstate`,
    /// `numpy.vectorize`, …).
    Named(&'static str),
    /// `numpy.str_`.
    NpStr,
    /// `numpy.iinfo`.
    IInfo,
    /// `numpy.finfo`.
    FInfo,
    /// An abstract NumPy scalar class such as `np.integer`.
    Abstract(crate::array::Abstract),
    /// `object`, the base of every class.
    Object,
    /// `NotImplemented`, which operator methods return to decline (npcalc
    /// keeps this singleton among the type values; it is never called).
    NotImplemented,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Module {
    Numpy,
    Exceptions,
    /// `numpy.version`: the version strings of the NumPy npcalc matches.
    Version,
    /// `numpy.typing`: NDArray and the other aliases annotations use.
    NpTyping,
    Random,
    /// Python's `math`.
    Math,
    Itertools,
    Operator,
    Functools,
    /// Python's `warnings`.
    Warnings,
    /// `numpy.ma`.
    Ma,
    /// `numpy.linalg`.
    Linalg,
    /// `numpy.testing` (eval/testing.rs).
    Testing,
    /// `numpy.lib`, and its `stride_tricks`.
    Lib,
    StrideTricks,
    /// Python's `random` (eval/pyrandom.rs).
    PyRandom,
    /// Python's `time` (eval/pytime.rs).
    Time,
    /// Python's `collections` (eval/collections.rs).
    Collections,
    /// Python's `statistics` (eval/pystats.rs).
    Statistics,
    /// Python's `timeit` (eval/pytime.rs).
    Timeit,
    /// Python's `copy` (eval/pycopy.rs).
    Copy,
    /// Python's `heapq` (eval/pyheapq.rs).
    Heapq,
    /// Python's `bisect` (eval/pybisect.rs).
    Bisect,
    /// Python's `json` (eval/pyjson.rs).
    Json,
    /// Python's `string` (eval/pystring.rs).
    PyString,
    /// Python's `textwrap` (eval/textwrap.rs).
    Textwrap,
    /// Python's `unicodedata` (eval/pyunicodedata.rs).
    Unicodedata,
    /// Python's `re` (eval/pyre).
    Re,
    /// `numpy.strings` (false) or its legacy `numpy.char` (true), in
    /// eval/npstrings.rs.
    Strings(bool),
    /// Python's `pprint` (eval/pprint.rs).
    Pprint,
    /// Python's `dataclasses` (eval/dataclasses.rs).
    Dataclasses,
    /// Python's `io` (eval/pyio.rs).
    Io,
    /// A module Python 3.11 or NumPy has and npcalc does not: importing it
    /// succeeds, as in Python, so a lesson runs up to its first use, which
    /// is refused in a sentence.
    Absent(&'static str),
    /// `numpy.core` (true: NumPy 2's deprecated shim, whose attributes
    /// warn) or `numpy._core` (false), or one of their submodules by name
    /// (eval/npcore.rs).
    Core(&'static str, bool),
    /// Python's `sys` (eval/pysys.rs).
    Sys,
    /// Python's `__future__` (eval/future.rs).
    Future,
    /// `pylab` or `matplotlib.pylab`, by that name (eval/pylab.rs).
    Pylab(&'static str),
    /// Python's `typing` (eval/typing.rs).
    Typing,
    /// Python's `fractions` (eval/fractions.rs).
    Fractions,
    /// Python's `decimal` (eval/decimal.rs).
    Decimal,
    /// Python's `datetime` (eval/pydatetime.rs).
    Datetime,
    /// `matplotlib`, `matplotlib.pyplot` and `pyplot.style` (eval/pyplot.rs).
    Matplotlib,
    Pyplot,
    PyplotStyle,
    /// `matplotlib.cm` (`plt.cm`): the registered colormaps by name.
    PyplotCm,
    /// `matplotlib.ticker`: tick formatters (eval/ticker.rs).
    Ticker,
}

impl Value {
    pub fn str(s: &str) -> Value {
        Value::Str(Rc::from(s))
    }
    pub fn int(i: impl Into<BigInt>) -> Value {
        Value::Int(i.into())
    }
    pub fn list(items: Vec<Value>) -> Value {
        Value::List(Rc::new(super::listobj::List::new(items)))
    }
    pub fn tuple(items: Vec<Value>) -> Value {
        Value::Tuple(Rc::from(items))
    }

    /// The value as a plain tuple if it is a named tuple, as a plain int if
    /// it is a RegexFlag: everything but their repr, type and attributes is
    /// the tuple's or the int's.
    pub fn plain(&self) -> std::borrow::Cow<'_, Value> {
        match self {
            Value::NamedTuple(_, items) => std::borrow::Cow::Owned(Value::Tuple(items.clone())),
            Value::ReFlag(f) => std::borrow::Cow::Owned(Value::int(*f as i64)),
            _ => std::borrow::Cow::Borrowed(self),
        }
    }

    pub fn type_of(&self) -> TypeObj {
        match self {
            Value::Time(_) | Value::TimeArray(_) | Value::TimeDType(_) => {
                super::datetime64::type_of(self).expect("a time value")
            }
            Value::None => TypeObj::NoneType,
            Value::Bool(_) => TypeObj::Bool,
            Value::ReFlag(_) => super::pyre::FLAG_TYPE,
            Value::Int(_) => TypeObj::Int,
            Value::Float(_) => TypeObj::Float,
            Value::Complex(_) => TypeObj::Complex,
            Value::Str(_) => TypeObj::Str,
            Value::List(_) => TypeObj::List,
            Value::Tuple(_) => TypeObj::Tuple,
            Value::Dict(d) => match d.borrow().kind.class_name() {
                Some(name) => TypeObj::Named(name),
                None => TypeObj::Dict,
            },
            Value::Set(s) if s.borrow().frozen => TypeObj::FrozenSet,
            Value::Set(_) => TypeObj::Set,
            Value::Deque(_) => TypeObj::Named("collections.deque"),
            Value::StringIo(_) => TypeObj::Named("_io.StringIO"),
            Value::NamedClass(_) => TypeObj::Type,
            Value::DictView(_, v) => TypeObj::Iterator(v.class_name()),
            Value::Ellipsis => TypeObj::Ellipsis,
            Value::Slice(_) => TypeObj::Slice,
            Value::Range(_) => TypeObj::Range,
            Value::Array(_) => TypeObj::NdArray,
            Value::Scalar(s) => TypeObj::Scalar(s.dtype()),
            Value::DType(d) => TypeObj::DTypeOf(*d),
            Value::Type(_) => TypeObj::Type,
            Value::Module(_) => TypeObj::Module,
            Value::Function(f) if f.is_builtin() => TypeObj::BuiltinFunction,
            Value::Function(_) => TypeObj::Function,
            // Generator and RandomState methods are Cython functions, bound.
            Value::Method(this, _) if matches!(**this, Value::Random(_)) => {
                TypeObj::Named("method")
            }
            // `str.upper`: a method taken from its type, not yet bound.
            Value::Method(this, _) if matches!(**this, Value::Type(_)) => {
                TypeObj::Named("method_descriptor")
            }
            Value::Method(..) => TypeObj::Method,
            Value::Ufunc(_) => TypeObj::Ufunc,
            Value::UserFunction(_) => TypeObj::Function,
            Value::Code(_) => TypeObj::Named("code"),
            Value::Timer(_) => TypeObj::Named("timeit.Timer"),
            Value::RePattern(_) => TypeObj::Named("re.Pattern"),
            Value::ReMatch(_) => TypeObj::Named("re.Match"),
            Value::Exception(e) => TypeObj::Exc(e.class),
            Value::Iter(_, kind) => TypeObj::Iterator(kind),
            Value::Random(r) => TypeObj::Random(r.type_name()),
            Value::PyRandom(_) => TypeObj::Random(super::pyrandom::CLASS),
            Value::IndexTrick(t) => TypeObj::IndexTrick(*t),
            Value::Masked(_) => TypeObj::MaskedArray,
            Value::MaskedConstant => TypeObj::MaskedConstant,
            Value::FlatIter(_) => TypeObj::FlatIter,
            Value::Flags(_) => TypeObj::Named("numpy._core.multiarray.flagsobj"),
            Value::NdIter(_) => super::nditer::TYPE,
            Value::Poly1d(_) => super::polynomial::TYPE,
            Value::Context(c) => TypeObj::Named(c.type_name()),
            Value::StrArray(_) | Value::ObjArray(_) => TypeObj::NdArray,
            Value::ObjDType => TypeObj::Named("numpy.dtypes.ObjectDType"),
            Value::PyUfunc(_) => TypeObj::Ufunc,
            Value::NpStr(_) => TypeObj::NpStr,
            Value::StrDType(_) => TypeObj::Named("numpy.dtypes.StrDType"),
            Value::Vectorize(_) => TypeObj::Named("numpy.vectorize"),
            Value::Partial(_) => TypeObj::Named("functools.partial"),
            Value::Functor(f) => TypeObj::Named(f.type_name()),
            Value::IInfo(_) => TypeObj::IInfo,
            Value::FInfo(_) => TypeObj::FInfo,
            Value::Class(_) => TypeObj::Type,
            Value::Instance(_) => TypeObj::Object,
            Value::Bound(_) => TypeObj::Named("method"),
            Value::Descriptor(d) => TypeObj::Named(d.type_name()),
            Value::Super(_) => TypeObj::Named("super"),
            Value::NamedTuple(k, _) => TypeObj::Named(k.qualname),
            Value::Stream(_) => TypeObj::Named("_io.TextIOWrapper"),
            Value::Feature(_) => TypeObj::Named("__future__._Feature"),
            Value::Alias(a) => super::typing::type_of(a),
            Value::Fraction(_) => TypeObj::Named("fractions.Fraction"),
            Value::Decimal(_) => TypeObj::Named("decimal.Decimal"),
            Value::PyTime(t) => TypeObj::Named(super::pydatetime::type_name(t)),
            Value::Plot(a) => TypeObj::Named(super::pyplot::type_name(a)),
        }
    }

    /// The name Python uses for the value's type in messages like
    /// `'numpy.ndarray' object has no attribute 'x'`.
    pub fn type_name(&self) -> String {
        match self {
            Value::Instance(i) => i.class.qualname.to_string(),
            Value::NamedTuple(k, _) => k.name().into(),
            Value::Dict(d) if let Some(name) = d.borrow().kind.class_name() => {
                name.trim_start_matches("collections.").into()
            }
            Value::Type(TypeObj::NotImplemented) => "NotImplementedType".into(),
            // A Python class: its tp_name is the bare class name.
            Value::Vectorize(_) => "vectorize".into(),
            Value::Poly1d(_) => "poly1d".into(),
            Value::Fraction(_) => "Fraction".into(),
            Value::Plot(a) => super::pyplot::class_name(a).into(),
            _ => self.type_of().qualname(),
        }
    }
}

impl TypeObj {
    /// The qualified class name as `type(x).__module__ + '.' + __qualname__`
    /// prints for non-builtins, bare for builtins.
    pub fn qualname(self) -> String {
        match self {
            TypeObj::NoneType => "NoneType".into(),
            TypeObj::Bool => "bool".into(),
            TypeObj::Int => "int".into(),
            TypeObj::Float => "float".into(),
            TypeObj::Complex => "complex".into(),
            TypeObj::Str => "str".into(),
            TypeObj::List => "list".into(),
            TypeObj::Tuple => "tuple".into(),
            TypeObj::Dict => "dict".into(),
            TypeObj::Set => "set".into(),
            TypeObj::FrozenSet => "frozenset".into(),
            TypeObj::Ellipsis => "ellipsis".into(),
            TypeObj::Slice => "slice".into(),
            TypeObj::Range => "range".into(),
            TypeObj::NdArray => "numpy.ndarray".into(),
            TypeObj::DTypeClass => "numpy.dtype".into(),
            TypeObj::DTypeOf(d) => format!("numpy.dtypes.{}", d.class_name()),
            TypeObj::Scalar(d) => format!("numpy.{}", scalar_type_name(d)),
            TypeObj::Module => "module".into(),
            TypeObj::Function => "function".into(),
            TypeObj::BuiltinFunction => "builtin_function_or_method".into(),
            TypeObj::Method => "builtin_function_or_method".into(),
            TypeObj::Ufunc => "numpy.ufunc".into(),
            TypeObj::Type => "type".into(),
            TypeObj::Exc(e) => e.qualname().into(),
            TypeObj::Iterator(kind) => kind.into(),
            TypeObj::Random(name) => name.into(),
            TypeObj::IndexTrick(t) => t.qualname().into(),
            TypeObj::MaskedArray => "numpy.ma.MaskedArray".into(),
            TypeObj::MaskedConstant => "numpy.ma.core.MaskedConstant".into(),
            TypeObj::FlatIter => "numpy.flatiter".into(),
            TypeObj::Named(name) => name.into(),
            TypeObj::NpStr => "numpy.str_".into(),
            TypeObj::IInfo => "numpy.iinfo".into(),
            TypeObj::FInfo => "numpy.finfo".into(),
            TypeObj::Abstract(a) => format!("numpy.{}", a.name()),
            TypeObj::Object => "object".into(),
            TypeObj::NotImplemented => "NotImplementedType".into(),
        }
    }
}

/// The name of a NumPy scalar type: `np.bool` is `numpy.bool`, the others as the dtype.
pub fn scalar_type_name(d: DType) -> &'static str {
    d.name()
}

#[cfg(test)]
mod tests {
    /// A Python list holds one `Value` per element, and a script's literal
    /// one per number: the big variants (arrays, string arrays) are boxed
    /// so that a value is no bigger than the `BigInt` of a Python int (the
    /// tag fits in its sign byte).
    #[test]
    fn values_stay_small() {
        assert_eq!(std::mem::size_of::<super::Value>(), 32);
    }
}
