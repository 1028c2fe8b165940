//! repr() and str() of every Python value, built on the NumPy-exact pieces.

use super::listobj::Packed;
use super::{Module, TypeObj, Value};
use crate::print::{
    PrintOptions, array_repr, array_str, dtype_repr, masked_repr, masked_str, py_complex_repr,
    py_float_repr, py_str_repr, scalar_repr, scalar_str,
};

/// What the interactive prompt shows for a value.
pub fn repr(v: &Value, o: &PrintOptions) -> String {
    match v {
        Value::Str(s) => py_str_repr(s),
        Value::Array(a) => array_repr(a, o),
        Value::Scalar(s) => scalar_repr(*s, o),
        Value::DType(d) => dtype_repr(*d),
        Value::StrDType(n) => super::strarray::dtype_repr(*n),
        Value::Time(_) | Value::TimeArray(_) | Value::TimeDType(_) => {
            super::datetime64::repr(v, o).expect("a time value")
        }
        Value::Masked(m) => {
            let fill = super::masked::fill_repr(m, o);
            let b = m.borrow();
            masked_repr(&b.data, b.mask.as_ref(), &fill, o)
        }
        Value::MaskedConstant => "masked".into(),
        Value::StrArray(sa) => super::strarray::repr(sa, o),
        Value::ObjArray(a) => super::objarray::repr(a, o),
        Value::ObjDType => "dtype('O')".into(),
        Value::PyUfunc(u) => super::objarray::ufunc_repr(u),
        Value::NpStr(s) => format!("np.str_({})", py_str_repr(s)),
        Value::IInfo(d) => super::dtypeinfo::iinfo_repr(**d),
        Value::FInfo(f) => super::dtypeinfo::finfo_repr(f),
        _ => common(v, o),
    }
}

/// A packed list's repr, written straight into one string.
fn packed_repr(p: &Packed) -> String {
    use std::fmt::Write;
    let mut s = String::with_capacity(packed_repr_len(p));
    s.push('[');
    match p {
        Packed::Ints(xs) => xs.iter().enumerate().for_each(|(i, x)| {
            let _ = write!(s, "{}{x}", if i == 0 { "" } else { ", " });
        }),
        Packed::Floats(xs) => xs.iter().enumerate().for_each(|(i, &x)| {
            if i > 0 {
                s.push_str(", ");
            }
            s.push_str(&py_float_repr(x));
        }),
    }
    s.push(']');
    s
}

/// The length of a packed list's repr (for floats, at least that), which
/// `try_repr` reserves first so that a repr too big for memory is a
/// MemoryError.
pub fn packed_repr_len(p: &Packed) -> usize {
    let (n, digits) = match p {
        Packed::Ints(xs) => (
            xs.len(),
            xs.iter()
                .map(|x| {
                    (x.unsigned_abs().checked_ilog10().unwrap_or(0) + 1) as usize
                        + (*x < 0) as usize
                })
                .sum(),
        ),
        // The shortest float repr is three characters: `0.0`.
        Packed::Floats(xs) => (xs.len(), 3 * xs.len()),
    };
    digits + 2 * n.saturating_sub(1) + 2
}

/// What `print()` shows for a value.
pub fn str(v: &Value, o: &PrintOptions) -> String {
    match v {
        Value::Exception(e) => e.str_text(),
        Value::Str(s) | Value::NpStr(s) => s.to_string(),
        Value::StrArray(sa) => super::strarray::str(sa, o),
        Value::ObjArray(a) => super::objarray::str(a, o),
        Value::ObjDType => "object".into(),
        Value::Time(_) | Value::TimeArray(_) | Value::TimeDType(_) => {
            super::datetime64::str(v, o).expect("a time value")
        }
        Value::Array(a) => array_str(a, o),
        Value::Scalar(s) => scalar_str(*s, o),
        Value::DType(d) => d.name().to_string(),
        Value::StrDType(n) => format!("<U{n}"),
        Value::Masked(m) => {
            let b = m.borrow();
            masked_str(&b.data, b.mask.as_ref(), o)
        }
        Value::MaskedConstant => "--".into(),
        Value::Fraction(f) => super::fractions::str(f),
        Value::Poly1d(p) => super::polynomial::str(p),
        Value::Plot(a) => super::pyplot::str(a),
        Value::Decimal(d) => super::decimal::str(d),
        Value::PyTime(t) => super::pydatetime::str(t),
        Value::IInfo(d) => super::dtypeinfo::iinfo_str(**d),
        Value::FInfo(f) => super::dtypeinfo::finfo_str(f),
        _ => common(v, o),
    }
}

/// The values whose str() is their repr(); a container met again inside
/// itself is shown as CPython shows it.
fn common(v: &Value, o: &PrintOptions) -> String {
    super::reentry::enter("repr", v, || common_repr(v, o)).unwrap_or_else(|| reentered(v, o))
}

/// The repr of a container met again inside its own repr (walk "repr").
pub fn reentered(v: &Value, o: &PrintOptions) -> String {
    match v {
        Value::Tuple(_) => "(...)".into(),
        Value::Dict(d) => match &d.borrow().kind {
            super::dict::Kind::Plain => "{...}".into(),
            super::dict::Kind::DefaultDict(f) => format!("defaultdict({}, {{...}})", repr(f, o)),
            _ => "...".into(),
        },
        _ => "[...]".into(),
    }
}

fn common_repr(v: &Value, o: &PrintOptions) -> String {
    let join = |items: &[Value]| {
        items
            .iter()
            .map(|x| repr(x, o))
            .collect::<Vec<_>>()
            .join(", ")
    };
    match v {
        Value::Time(_) | Value::TimeArray(_) | Value::TimeDType(_) => {
            super::datetime64::repr(v, o).expect("a time value")
        }
        Value::None => "None".into(),
        Value::Bool(true) => "True".into(),
        Value::Bool(false) => "False".into(),
        Value::Int(i) => i.to_string(),
        Value::ReFlag(f) => super::pyre::flag_repr(*f),
        Value::Float(f) => py_float_repr(*f),
        Value::Complex(c) => py_complex_repr(c.re, c.im),
        Value::Fraction(f) => super::fractions::repr(f),
        Value::Poly1d(p) => super::polynomial::repr(p),
        Value::Decimal(d) => super::decimal::repr(d),
        Value::PyTime(t) => super::pydatetime::repr(t),
        Value::List(items) => match items.packed_items() {
            Some(p) => packed_repr(&p),
            None => format!("[{}]", join(&items.borrow())),
        },
        Value::Tuple(items) if items.len() == 1 => format!("({},)", repr(&items[0], o)),
        Value::Tuple(items) => format!("({})", join(items)),
        Value::NamedTuple(k, items) => named_repr(k, items, |x| repr(x, o)),
        Value::Dict(d) if !matches!(d.borrow().kind, super::dict::Kind::Plain) => {
            super::collections::repr(&d.borrow(), &|x| repr(x, o))
        }
        Value::Dict(d) => {
            let body: Vec<String> = d
                .borrow()
                .entries()
                .iter()
                .map(|(k, x)| format!("{}: {}", repr(k, o), repr(x, o)))
                .collect();
            format!("{{{}}}", body.join(", "))
        }
        Value::NamedClass(c) => format!("<class '{}'>", c.kind.qualname),
        Value::Deque(d) => super::collections::deque_repr(&d.borrow(), &|x| repr(x, o)),
        Value::Set(s) => super::pyset::repr(&s.borrow(), |x| repr(x, o)),
        Value::DictView(d, view) => {
            let items: Vec<Value> = d.borrow().entries().iter().map(|p| view.item(p)).collect();
            format!("{}([{}])", view.class_name(), join(&items))
        }
        Value::Ellipsis => "Ellipsis".into(),
        Value::Stream(s) => s.repr(),
        Value::StringIo(s) => super::pyio::repr(s),
        Value::Feature(f) => super::future::repr(f, o),
        Value::Module(Module::Future) => "<module '__future__'>".into(),
        Value::Module(Module::Pylab(m)) => format!("<module '{m}'>"),
        Value::Alias(a) => super::typing::repr(a),
        Value::Slice(parts) => format!("slice({})", join(&parts[..])),
        Value::Range(r) if r.step == 1 => format!("range({}, {})", r.start, r.stop),
        Value::Range(r) => format!("range({}, {}, {})", r.start, r.stop, r.step),
        Value::Type(TypeObj::NotImplemented) => "NotImplemented".into(),
        Value::Type(t) => type_repr(*t),
        Value::Module(Module::Numpy) => "<module 'numpy'>".into(),
        Value::Module(Module::Exceptions) => "<module 'numpy.exceptions'>".into(),
        Value::Module(Module::Version) => "<module 'numpy.version'>".into(),
        Value::Module(Module::NpTyping) => "<module 'numpy.typing'>".into(),
        Value::Module(Module::Random) => "<module 'numpy.random'>".into(),
        Value::Module(Module::Ma) => "<module 'numpy.ma'>".into(),
        Value::Module(Module::Lib) => "<module 'numpy.lib'>".into(),
        Value::Module(Module::Core(sub, shim)) => {
            format!("<module '{}'>", super::npcore::name(sub, *shim))
        }
        Value::Module(Module::Linalg) => "<module 'numpy.linalg'>".into(),
        Value::Module(Module::Strings(false)) => "<module 'numpy.strings'>".into(),
        Value::Module(Module::Strings(true)) => "<module 'numpy.char'>".into(),
        Value::Module(Module::Testing) => "<module 'numpy.testing'>".into(),
        Value::Module(Module::StrideTricks) => "<module 'numpy.lib.stride_tricks'>".into(),
        Value::Module(Module::Math) => "<module 'math' (built-in)>".into(),
        Value::Module(Module::Time) => "<module 'time' (built-in)>".into(),
        // CPython names the file it was loaded from, which npcalc has none of.
        Value::Module(Module::PyRandom) => "<module 'random'>".into(),
        Value::Module(Module::Collections) => "<module 'collections'>".into(),
        Value::Module(Module::Statistics) => "<module 'statistics'>".into(),
        Value::Module(Module::Timeit) => "<module 'timeit'>".into(),
        Value::Module(Module::Typing) => "<module 'typing'>".into(),
        Value::Module(Module::Copy) => "<module 'copy'>".into(),
        Value::Module(Module::Heapq) => "<module 'heapq'>".into(),
        Value::Module(Module::Dataclasses) => "<module 'dataclasses'>".into(),
        Value::Module(Module::Bisect) => "<module 'bisect'>".into(),
        Value::Module(Module::Json) => "<module 'json'>".into(),
        Value::Module(Module::PyString) => "<module 'string'>".into(),
        Value::Module(Module::Textwrap) => "<module 'textwrap'>".into(),
        Value::Module(Module::Unicodedata) => "<module 'unicodedata'>".into(),
        Value::Module(Module::Re) => "<module 're'>".into(),
        Value::Module(Module::Pprint) => "<module 'pprint'>".into(),
        Value::Module(Module::Fractions) => "<module 'fractions'>".into(),
        Value::Module(Module::Decimal) => "<module 'decimal'>".into(),
        Value::Module(Module::Datetime) => "<module 'datetime'>".into(),
        Value::Module(Module::Matplotlib) => "<module 'matplotlib'>".into(),
        Value::Module(Module::Pyplot) => "<module 'matplotlib.pyplot'>".into(),
        Value::Module(Module::PyplotStyle) => "<module 'matplotlib.style'>".into(),
        Value::Module(Module::PyplotCm) => "<module 'matplotlib.cm'>".into(),
        Value::Module(Module::Ticker) => "<module 'matplotlib.ticker'>".into(),
        Value::Plot(a) => super::pyplot::repr(a),
        Value::Module(Module::Absent(m)) => format!("<module '{m}'>"),
        Value::Module(Module::Sys) => "<module 'sys' (built-in)>".into(),
        Value::Module(Module::Io) => "<module 'io' (frozen)>".into(),
        Value::Module(
            m @ (Module::Itertools | Module::Operator | Module::Functools | Module::Warnings),
        ) => {
            format!("<module '{}' (built-in)>", super::functional::name(*m))
        }
        Value::Random(r) => r.repr(),
        // CPython adds the object's address, which npcalc has none of.
        Value::PyRandom(_) => "<random.Random object>".into(),
        Value::Context(c) => super::context::repr(c),
        Value::Vectorize(v) => super::apply::repr(v),
        Value::Partial(p) => super::functional::partial_repr(p, |x| repr(x, o)),
        Value::Functor(f) => super::functors::repr(f, |x| repr(x, o)),
        // NumPy adds the object's address, which npcalc has none of.
        Value::IndexTrick(t) => format!("<{} object>", t.qualname()),
        Value::FlatIter(f) => super::flatiter::repr(f),
        Value::Flags(f) => super::memory::repr(f),
        Value::NdIter(it) => super::nditer::repr(it),
        Value::Function(f) if super::pyio::is_class(f) => "<class '_io.StringIO'>".into(),
        // Python's site builtins are objects whose repr tells a learner what to type.
        Value::Function(f) if f.is_builtin() => match f.name {
            "exit" | "quit" => format!("Use {}() or Ctrl-D (i.e. EOF) to exit", f.name),
            "help" => {
                "Type help() for interactive help, or help(object) for help about object.".into()
            }
            _ => format!("<built-in function {}>", f.name),
        },
        Value::Function(f) if let Some(name) = super::pydatetime::class_name(f) => {
            format!("<class '{name}'>")
        }
        Value::Function(f) => format!("<function {}>", f.name),
        Value::Method(this, f) => match &**this {
            Value::Type(t) => format!("<method '{}' of '{}' objects>", f.name, t.qualname()),
            // CPython's meth_repr shows the object's address; this one is npcalc's.
            _ => format!(
                "<built-in method {} of {} object at 0x{:x}>",
                f.name,
                this.type_name(),
                &**this as *const Value as usize
            ),
        },
        Value::Ufunc(u) => format!("<ufunc '{}'>", u.name()),
        // The address is npcalc's, as for instances' default repr.
        Value::UserFunction(f) => format!(
            "<function {} at 0x{:x}>",
            f.qualname(),
            std::rc::Rc::as_ptr(f) as usize
        ),
        Value::Class(_)
        | Value::Instance(_)
        | Value::Bound(_)
        | Value::Descriptor(_)
        | Value::Super(_) => super::classes::static_repr(v).unwrap_or_default(),
        Value::RePattern(p) => super::pyre::pattern_repr(p),
        Value::ReMatch(m) => super::pyre::match_repr(m),
        Value::Timer(t) => format!(
            "<timeit.Timer object at 0x{:x}>",
            std::rc::Rc::as_ptr(t) as usize
        ),
        Value::Code(c) => format!(
            "<code object <module> at 0x{:x}, file \"{}\", line 1>",
            std::rc::Rc::as_ptr(c) as usize,
            c.file
        ),
        Value::Exception(e) => format!("{}({})", e.class.name(), exception_args(e, o)),
        Value::Iter(state, kind) => {
            let at = std::rc::Rc::as_ptr(state) as *const u8 as usize;
            match *kind {
                "generator" => {
                    let name = match &*state.borrow() {
                        super::iter::PyIter::Generator(g) => g.borrow().qualname(),
                        _ => "<genexpr>".into(),
                    };
                    format!("<generator object {name} at 0x{at:x}>")
                }
                _ => format!("<{kind} object at 0x{at:x}>"),
            }
        }
        Value::Str(_)
        | Value::Array(_)
        | Value::Scalar(_)
        | Value::DType(_)
        | Value::StrDType(_)
        | Value::Masked(_)
        | Value::MaskedConstant
        | Value::StrArray(_)
        | Value::ObjArray(_)
        | Value::ObjDType
        | Value::PyUfunc(_)
        | Value::NpStr(_)
        | Value::IInfo(_)
        | Value::FInfo(_) => repr(v, o),
    }
}

/// The arguments in an exception's repr: `ValueError('bad')`, `KeyError()`.
fn exception_args(e: &crate::error::Error, _: &PrintOptions) -> String {
    match e.details.as_ref().and_then(|m| m.args_repr.as_ref()) {
        Some(args) => args.clone(),
        None if e.message.is_empty() => String::new(),
        // npcalc's own KeyErrors keep the key's repr as their message.
        None if e.class == crate::error::Exc::KeyError => e.message.clone(),
        None => py_str_repr(&e.message),
    }
}

/// `<class 'numpy.ndarray'>` and friends.
pub fn type_repr(t: TypeObj) -> String {
    // enum's metaclass prints a Flag class as a flag.
    if t == super::pyre::FLAG_TYPE {
        return "<flag 'RegexFlag'>".into();
    }
    format!("<class '{}'>", t.qualname())
}

/// `UniqueCountsResult(values=array([1, 2]), counts=array([2, 1]))`: each
/// field's repr after its name, as `collections.namedtuple` writes it.
pub fn named_repr(
    k: &super::value::NamedKind,
    items: &[Value],
    mut one: impl FnMut(&Value) -> String,
) -> String {
    let parts: Vec<String> = k
        .fields
        .iter()
        .zip(items)
        .map(|(f, x)| format!("{f}={}", one(x)))
        .collect();
    format!("{}({})", k.repr_name(), parts.join(", "))
}
