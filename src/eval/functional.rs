//! Python's `itertools`, `operator` and `functools.reduce`: the running
//! totals of pure-Python lessons (`itertools.accumulate`, `reduce`), lazy
//! as in CPython so that `accumulate(count())` costs nothing until used.

use super::Interp;
use super::iter::{Lazy, PyIter};
use super::iterfns::{call_with, filter_iter, lazy};
use super::table::{Args, FnDef, Param, builtin, p, python_fn};
use super::value::{Module, Value};
use crate::error::{Error, Result, Span};
use crate::syntax::ast::{BinOp, CmpOp, UnaryOp};

pub static ITERTOOLS: &[FnDef] = &[
    builtin!(
        "accumulate",
        [
            p!(Normal "iterable", "Any iterable."),
            p!(Normal "func" = "None", "A function of two arguments (addition by default)."),
            p!(KeywordOnly "initial" = "None", "A first total, yielded before the items.")
        ],
        "Running totals of the iterable (or running results of func).",
        ["list(itertools.accumulate([1, 2, 3]))"],
        accumulate
    ),
    builtin!(
        "count",
        [
            p!(Normal "start" = "0", "The first number."),
            p!(Normal "step" = "1", "The difference between numbers.")
        ],
        "start, start+step, start+2*step, ... without end.",
        ["next(itertools.count(5))"],
        count
    ),
    builtin!(
        "repeat",
        [
            p!(Normal "object", "The value to repeat."),
            p!(Normal "times" = "None", "How often (forever by default).")
        ],
        "The object again and again.",
        ["list(itertools.repeat(0, 3))"],
        repeat
    ),
    builtin!(
        counts "islice",
        [
            p!(PositionalOnly "iterable", "Any iterable."),
            p!(VarPositional "args", "stop, or start, stop[, step].")
        ],
        "The items of the iterable at the positions of range(start, stop, step).",
        ["list(itertools.islice(itertools.count(), 3))"],
        islice
    ),
    builtin!(
        counts "chain",
        [p!(VarPositional "iterables", "Iterables to walk one after another.")],
        "The items of each iterable in turn.",
        ["list(itertools.chain([1], [2, 3]))"],
        chain
    ),
    builtin!(
        counts "pairwise",
        [p!(PositionalOnly "iterable", "Any iterable.")],
        "Overlapping pairs of consecutive items.",
        ["list(itertools.pairwise([1, 2, 3]))"],
        pairwise
    ),
    builtin!(
        "groupby",
        [
            p!(Normal "iterable", "Any iterable."),
            p!(Normal "key" = "None", "A function giving each item's key (the item itself by default).")
        ],
        "(key, group) for each run of consecutive items with equal keys.",
        ["[(k, len(list(g))) for k, g in itertools.groupby('aaabcc')]"],
        groupby
    ),
    builtin!(
        counts "takewhile",
        [
            p!(PositionalOnly "predicate", "A function of one argument."),
            p!(PositionalOnly "iterable", "Any iterable.")
        ],
        "Items while the predicate holds.",
        ["list(itertools.takewhile(lambda x: x < 3, [1, 2, 5, 1]))"],
        takewhile
    ),
    builtin!(
        counts "dropwhile",
        [
            p!(PositionalOnly "predicate", "A function of one argument."),
            p!(PositionalOnly "iterable", "Any iterable.")
        ],
        "Items from the first one for which the predicate fails.",
        ["list(itertools.dropwhile(lambda x: x < 3, [1, 2, 5, 1]))"],
        dropwhile
    ),
    builtin!(
        counts "filterfalse",
        [
            p!(PositionalOnly "function", "A test, or None for truth."),
            p!(PositionalOnly "iterable", "Any iterable.")
        ],
        "Items for which the test is false.",
        ["list(itertools.filterfalse(None, [0, 1, 2]))"],
        filterfalse
    ),
    builtin!(
        "product",
        [
            p!(VarPositional "iterables", "Iterables to combine."),
            p!(KeywordOnly "repeat" = "1", "How often the iterables are repeated.")
        ],
        "The Cartesian product: a tuple for each choice of one item per iterable.",
        ["list(itertools.product('ab', repeat=2))"],
        super::combinatoric::product
    ),
    builtin!(
        "combinations",
        [
            p!(Normal "iterable", "Any iterable."),
            p!(Normal "r", "How many items each tuple holds.")
        ],
        "r-length tuples of items in their order, no item repeated.",
        ["list(itertools.combinations([1, 2, 3], 2))"],
        super::combinatoric::combinations
    ),
    builtin!(
        "combinations_with_replacement",
        [
            p!(Normal "iterable", "Any iterable."),
            p!(Normal "r", "How many items each tuple holds.")
        ],
        "r-length tuples of items in their order, items may repeat.",
        ["list(itertools.combinations_with_replacement([1, 2], 2))"],
        super::combinatoric::combinations_with_replacement
    ),
    builtin!(
        "permutations",
        [
            p!(Normal "iterable", "Any iterable."),
            p!(Normal "r" = "None", "How many items each tuple holds (all by default).")
        ],
        "r-length tuples of items in every order.",
        ["list(itertools.permutations([1, 2, 3], 2))"],
        super::combinatoric::permutations
    ),
    builtin!(
        "zip_longest",
        [
            p!(VarPositional "iterables", "Iterables to walk side by side."),
            p!(VarKeyword "kwargs", "fillvalue=: stands in for the items of shorter iterables.")
        ],
        "Tuples of the iterables' items until the longest one ends.",
        ["list(itertools.zip_longest([1, 2], [3], fillvalue=0))"],
        zip_longest
    ),
    builtin!(
        counts "cycle",
        [p!(PositionalOnly "iterable", "Any iterable.")],
        "The iterable's items, again and again without end.",
        ["list(itertools.islice(itertools.cycle('ab'), 5))"],
        cycle
    ),
    builtin!(
        "compress",
        [
            p!(Normal "data", "Any iterable."),
            p!(Normal "selectors", "Any iterable: which items of data to keep.")
        ],
        "The items of data whose selector is true.",
        ["list(itertools.compress('abc', [1, 0, 1]))"],
        compress
    ),
    builtin!(
        counts "starmap",
        [
            p!(PositionalOnly "function", "Any callable."),
            p!(PositionalOnly "iterable", "An iterable of argument tuples.")
        ],
        "function(*args) for each args of the iterable.",
        ["list(itertools.starmap(pow, [(2, 3), (3, 2)]))"],
        starmap
    ),
    builtin!(
        "tee",
        [
            p!(PositionalOnly "iterable", "Any iterable."),
            p!(PositionalOnly "n" = "2", "How many iterators.")
        ],
        "n independent iterators over the one iterable.",
        ["[list(t) for t in itertools.tee([1, 2])]"],
        tee
    ),
];

const ASSIGNED: Param =
    p!(Normal "assigned" = "WRAPPER_ASSIGNMENTS", "Attributes copied from wrapped.");
const UPDATED: Param =
    p!(Normal "updated" = "WRAPPER_UPDATES", "Attributes of wrapper updated from wrapped's.");

pub static FUNCTOOLS: &[FnDef] = &[
    builtin!(
        "reduce",
        [
            p!(PositionalOnly "function", "A function of two arguments."),
            p!(PositionalOnly "iterable", "Any iterable."),
            p!(PositionalOnly "initial" = "<missing>", "The first left argument.")
        ],
        "function applied cumulatively, left to right: the last running total.",
        ["functools.reduce(lambda a, b: a + b, [1, 2, 3])"],
        reduce
    ),
    builtin!(
        "partial",
        [
            p!(PositionalOnly "func", "Any callable."),
            p!(VarPositional "args", "Positional arguments put before the call's own."),
            p!(VarKeyword "keywords", "Keyword arguments the call's own may override.")
        ],
        "func with some arguments already given.",
        ["functools.partial(np.cumsum, axis=0)([[1, 2], [3, 4]])"],
        partial
    ),
    builtin!(
        "lru_cache",
        [
            p!(Normal "maxsize" = "128", "How many results to keep (None: all), or the function."),
            p!(Normal "typed" = "False", "Whether 1 and 1.0 are cached apart.")
        ],
        "A decorator keeping the results of the most recent calls.",
        ["functools.lru_cache(maxsize=None)(abs)(-2)"],
        super::functors::lru_cache
    ),
    builtin!(
        "cache",
        [p!(Normal "user_function", "The function whose results to keep.")],
        "lru_cache(maxsize=None): keep every result.",
        ["functools.cache(abs)(-2)"],
        super::functors::cache
    ),
    builtin!(
        "cmp_to_key",
        [p!(Normal "mycmp", "A function of two arguments, negative, zero or positive.")],
        "A key function ordering items as mycmp does.",
        ["sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a))"],
        super::functors::cmp_to_key
    ),
    python_fn!(
        "update_wrapper",
        [
            p!(Normal "wrapper", "The function to update."),
            p!(Normal "wrapped", "The function it wraps."),
            ASSIGNED,
            UPDATED
        ],
        "Makes wrapper look like wrapped: its name, docstring and attributes, and __wrapped__.",
        super::decorators::update_wrapper
    ),
    python_fn!(
        "wraps",
        [
            p!(Normal "wrapped", "The function the decorated one wraps."),
            ASSIGNED,
            UPDATED
        ],
        "A decorator applying update_wrapper(wrapper, wrapped) to the function it decorates.",
        super::decorators::wraps
    ),
    python_fn!(
        "total_ordering",
        [p!(Normal "cls", "A class defining __eq__ and one of __lt__, __le__, __gt__, __ge__.")],
        "The class with the other rich comparisons filled in from the one it defines.",
        super::decorators::total_ordering
    ),
];

macro_rules! binary {
    ($name:literal, $op:expr) => {
        binary!($name, $op, "The operator as a function of two arguments.")
    };
    ($name:literal, $op:expr, $doc:literal) => {
        builtin!(
            $name,
            [p!(PositionalOnly "a", "Any value."), p!(PositionalOnly "b", "Any value.")],
            $doc,
            [],
            |it, args| binary_op(it, args, $op)
        )
    };
}

/// `operator.iadd` and kin: `a op= b` as a function.
macro_rules! inplace {
    ($name:literal, $op:expr) => {
        binary!(
            $name,
            Op::InPlace($op),
            "a op= b as a function: a list, dict, set or array a is changed and returned."
        )
    };
}

macro_rules! unary {
    ($name:literal, $op:expr) => {
        builtin!(
            $name,
            [p!(PositionalOnly "a", "Any value.")],
            "The operator as a function of one argument.",
            [],
            |it, args| it.unary($op, &args.get("a"))
        )
    };
}

/// The operators of `operator` that are not Python's own syntax.
enum Op {
    Bin(BinOp),
    Cmp(CmpOp),
    /// `iadd` and kin: `a += b` as a function, returning `a` changed in
    /// place when it is mutable (an array, a list).
    InPlace(BinOp),
}

pub static OPERATOR: &[FnDef] = &[
    binary!("add", Op::Bin(BinOp::Add)),
    binary!("sub", Op::Bin(BinOp::Sub)),
    binary!("mul", Op::Bin(BinOp::Mul)),
    binary!("truediv", Op::Bin(BinOp::Div)),
    binary!("floordiv", Op::Bin(BinOp::FloorDiv)),
    binary!("mod", Op::Bin(BinOp::Mod)),
    binary!("pow", Op::Bin(BinOp::Pow)),
    binary!("matmul", Op::Bin(BinOp::MatMul)),
    binary!("and_", Op::Bin(BinOp::BitAnd)),
    binary!("or_", Op::Bin(BinOp::BitOr)),
    binary!("xor", Op::Bin(BinOp::BitXor)),
    binary!("lshift", Op::Bin(BinOp::LShift)),
    binary!("rshift", Op::Bin(BinOp::RShift)),
    binary!("lt", Op::Cmp(CmpOp::Lt)),
    binary!("le", Op::Cmp(CmpOp::Le)),
    binary!("eq", Op::Cmp(CmpOp::Eq)),
    binary!("ne", Op::Cmp(CmpOp::Ne)),
    binary!("ge", Op::Cmp(CmpOp::Ge)),
    binary!("gt", Op::Cmp(CmpOp::Gt)),
    inplace!("iadd", BinOp::Add),
    inplace!("isub", BinOp::Sub),
    inplace!("imul", BinOp::Mul),
    inplace!("itruediv", BinOp::Div),
    inplace!("ifloordiv", BinOp::FloorDiv),
    inplace!("imod", BinOp::Mod),
    inplace!("ipow", BinOp::Pow),
    inplace!("imatmul", BinOp::MatMul),
    inplace!("iand", BinOp::BitAnd),
    inplace!("ior", BinOp::BitOr),
    inplace!("ixor", BinOp::BitXor),
    inplace!("ilshift", BinOp::LShift),
    inplace!("irshift", BinOp::RShift),
    builtin!(
        counts "itemgetter",
        [p!(VarPositional "items", "The keys or indices to look up.")],
        "A callable giving obj[item] (a tuple of them for several items).",
        ["sorted([(1, 'b'), (2, 'a')], key=operator.itemgetter(1))"],
        super::functors::itemgetter
    ),
    builtin!(
        counts "attrgetter",
        [p!(VarPositional "attrs", "Attribute names, dotted for a path.")],
        "A callable giving obj.attr (a tuple of them for several names).",
        ["operator.attrgetter('real')(3)"],
        super::functors::attrgetter
    ),
    builtin!(
        "methodcaller",
        [
            p!(VarPositional "args", "The method's name, then its arguments."),
            p!(VarKeyword "kwargs", "The method's keyword arguments.")
        ],
        "A callable giving obj.name(*args, **kwargs).",
        ["operator.methodcaller('count', 1)([1, 2, 1])"],
        super::functors::methodcaller
    ),
    builtin!(
        "getitem",
        [
            p!(PositionalOnly "a", "A container."),
            p!(PositionalOnly "b", "A key or index.")
        ],
        "a[b] as a function.",
        ["operator.getitem([1, 2], 0)"],
        |it, args| it.getitem(&args.get("a"), &args.get("b"))
    ),
    builtin!(
        "setitem",
        [
            p!(PositionalOnly "a", "A container."),
            p!(PositionalOnly "b", "A key or index."),
            p!(PositionalOnly "c", "The new value.")
        ],
        "a[b] = c as a function.",
        [],
        |it, args| {
            it.setitem(&args.get("a"), &args.get("b"), args.get("c"))?;
            Ok(Value::None)
        }
    ),
    builtin!(
        "delitem",
        [
            p!(PositionalOnly "a", "A container."),
            p!(PositionalOnly "b", "A key or index.")
        ],
        "del a[b] as a function.",
        [],
        |it, args| {
            super::builtins::delitem(it, &args.get("a"), &args.get("b"))?;
            Ok(Value::None)
        }
    ),
    builtin!(
        "contains",
        [
            p!(PositionalOnly "a", "A container."),
            p!(PositionalOnly "b", "Any value.")
        ],
        "b in a as a function.",
        ["operator.contains([1, 2], 2)"],
        |it, args| Ok(Value::Bool(it.contains(&args.get("a"), &args.get("b"))?))
    ),
    builtin!(
        "concat",
        [
            p!(PositionalOnly "a", "A sequence."),
            p!(PositionalOnly "b", "A sequence.")
        ],
        "a + b for sequences.",
        ["operator.concat([1], [2])"],
        concat
    ),
    builtin!(
        "countOf",
        [
            p!(PositionalOnly "a", "Any iterable."),
            p!(PositionalOnly "b", "Any value.")
        ],
        "How many items of a are b (or equal to it).",
        ["operator.countOf([1, 2, 1], 1)"],
        |it, args| Ok(Value::int(matches(it, args, false)?.len()))
    ),
    builtin!(
        "indexOf",
        [
            p!(PositionalOnly "a", "Any iterable."),
            p!(PositionalOnly "b", "Any value.")
        ],
        "The position of the first item of a that is b (or equal to it).",
        ["operator.indexOf('abc', 'c')"],
        index_of
    ),
    builtin!(
        "truth",
        [p!(PositionalOnly "a", "Any value.")],
        "True if a is true, as bool(a).",
        ["operator.truth([])"],
        |it, args| Ok(Value::Bool(it.truthy(&args.get("a"))?))
    ),
    builtin!(
        "not_",
        [p!(PositionalOnly "a", "Any value.")],
        "not a as a function.",
        ["operator.not_(0)"],
        |it, args| Ok(Value::Bool(!it.truthy(&args.get("a"))?))
    ),
    binary!("is_", Op::Cmp(CmpOp::Is)),
    binary!("is_not", Op::Cmp(CmpOp::IsNot)),
    builtin!(
        "abs",
        [p!(PositionalOnly "a", "A number.")],
        "abs(a) as a function.",
        ["operator.abs(-2)"],
        |_, args| super::builtins::abs_of(&args.get("a"))
    ),
    builtin!(
        "index",
        [p!(PositionalOnly "a", "An integer.")],
        "a as a Python int (a.__index__()).",
        ["operator.index(np.int64(3))"],
        |_, args| index(&args.get("a"))
    ),
    builtin!(
        "length_hint",
        [
            p!(PositionalOnly "obj", "Any value."),
            p!(PositionalOnly "default" = "0", "The answer when obj does not know.")
        ],
        "len(obj), or the number of items an iterator has left, or default.",
        ["operator.length_hint(iter([1, 2, 3]))"],
        length_hint
    ),
    unary!("neg", UnaryOp::Neg),
    unary!("pos", UnaryOp::Pos),
    unary!("invert", UnaryOp::Invert),
];

/// The module a name is imported from, with its table.
pub fn module(name: &str) -> Option<Module> {
    Some(match name {
        "itertools" => Module::Itertools,
        "operator" => Module::Operator,
        "functools" => Module::Functools,
        "warnings" => Module::Warnings,
        "random" => Module::PyRandom,
        "time" => Module::Time,
        "collections" => Module::Collections,
        "statistics" => Module::Statistics,
        "timeit" => Module::Timeit,
        "typing" => Module::Typing,
        "copy" => Module::Copy,
        "heapq" => Module::Heapq,
        "bisect" => Module::Bisect,
        "json" => Module::Json,
        "string" => Module::PyString,
        "textwrap" => Module::Textwrap,
        "unicodedata" => Module::Unicodedata,
        "re" => Module::Re,
        "pprint" => Module::Pprint,
        "io" => Module::Io,
        "dataclasses" => Module::Dataclasses,
        "fractions" => Module::Fractions,
        "decimal" => Module::Decimal,
        "datetime" => Module::Datetime,
        _ => return None,
    })
}

pub fn name(m: Module) -> &'static str {
    match m {
        Module::Itertools => "itertools",
        Module::Operator => "operator",
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
        _ => "functools",
    }
}

fn table(m: Module) -> &'static [FnDef] {
    match m {
        Module::Itertools => ITERTOOLS,
        Module::Operator => OPERATOR,
        Module::Functools => FUNCTOOLS,
        Module::Warnings => super::warnings::WARNINGS,
        Module::Collections => super::collections::COLLECTIONS,
        Module::Statistics => super::pystats::STATISTICS,
        Module::Copy => super::pycopy::COPY,
        Module::Heapq => super::pyheapq::HEAPQ,
        Module::Bisect => super::pybisect::BISECT,
        Module::Json => super::pyjson::JSON,
        Module::PyString => super::pystring::STRING,
        Module::Textwrap => super::textwrap::TEXTWRAP,
        Module::Unicodedata => super::pyunicodedata::UNICODEDATA,
        Module::Re => super::pyre::RE,
        Module::Pprint => super::pprint::PPRINT,
        Module::Io => super::pyio::IO,
        Module::Dataclasses => super::dataclasses::DATACLASSES,
        Module::Fractions => super::fractions::FRACTIONS,
        Module::Decimal => super::decimal::DECIMAL,
        Module::Datetime => super::pydatetime::DATETIME,
        _ => &[],
    }
}

pub fn attr(m: Module, name: &str) -> Option<Value> {
    // Modules whose names include values besides functions.
    let constant = match m {
        Module::Functools => super::decorators::constant(name),
        Module::Decimal => super::decimal::constant(name),
        Module::Datetime => super::pydatetime::constant(name),
        Module::Dataclasses => super::dataclasses::constant(name),
        Module::Json => super::pyjson::constant(name),
        Module::PyString => super::pystring::constant(name),
        Module::Unicodedata => super::pyunicodedata::constant(name),
        Module::Re => super::pyre::constant(name),
        _ => None,
    };
    if constant.is_some() {
        return constant;
    }
    table(m)
        .iter()
        .find(|f| f.name == name)
        .map(Value::Function)
}

pub fn members(m: Module) -> Vec<&'static str> {
    let constants = match m {
        Module::Functools => super::decorators::CONSTANTS,
        Module::Decimal => super::decimal::CONSTANTS,
        Module::Datetime => super::pydatetime::CONSTANTS,
        Module::Dataclasses => super::dataclasses::CONSTANTS,
        Module::Json => super::pyjson::CONSTANTS,
        Module::PyString => super::pystring::CONSTANTS,
        Module::Unicodedata => &["unidata_version"],
        Module::Re => super::pyre::CONSTANTS,
        _ => &[],
    };
    let functions = table(m).iter().map(|f| f.name);
    functions.chain(constants.iter().copied()).collect()
}

fn binary_op(it: &mut Interp, args: &Args, op: Op) -> Result<Value> {
    let (a, b) = (args.get("a"), args.get("b"));
    match op {
        Op::Bin(op) => it.binary(op, &a, &b),
        Op::Cmp(op) => it.compare(op, &a, &b),
        Op::InPlace(op) => it.inplace_binary(op, &a, &b).map(|(v, _)| v),
    }
}

/// `operator.concat`: `a + b` for sequences only (`PySequence_Concat`).
fn concat(it: &mut Interp, args: &Args) -> Result<Value> {
    let (a, b) = (args.get("a"), args.get("b"));
    let sequence = matches!(
        a,
        Value::List(_)
            | Value::Tuple(_)
            | Value::NamedTuple(..)
            | Value::Str(_)
            | Value::Range(_)
            | Value::Array(_)
            | Value::Deque(_)
    );
    if !sequence {
        return Err(Error::type_error(format!(
            "'{}' object can't be concatenated",
            a.type_name()
        )));
    }
    it.binary(BinOp::Add, &a, &b)
}

/// The positions of a's items that are b or equal to it (only the first
/// when `first`), as CPython's `_PySequence_IterSearch` compares.
fn matches(it: &mut Interp, args: &Args, first: bool) -> Result<Vec<usize>> {
    let (haystack, needle) = (args.get("a"), args.get("b"));
    let mut src = super::searched(&haystack)?;
    let mut found = Vec::new();
    let mut at = 0;
    while let Some(x) = src.next_item(it)? {
        if same_key(it, &x, &needle)? {
            found.push(at);
            if first {
                break;
            }
        }
        at += 1;
    }
    Ok(found)
}

fn index_of(it: &mut Interp, args: &Args) -> Result<Value> {
    match matches(it, args, true)?.first() {
        Some(&at) => Ok(Value::int(at)),
        None => Err(Error::value_error("sequence.index(x): x not in sequence")),
    }
}

/// `operator.index`: a Python int from an int, a bool or a NumPy integer.
fn index(v: &Value) -> Result<Value> {
    Ok(match v {
        Value::Int(_) => v.clone(),
        Value::Bool(b) => Value::int(*b as i64),
        _ => Value::int(super::numpy::to_index(v)?),
    })
}

/// `operator.length_hint`: `len(obj)` when obj has one, else what an
/// iterator knows of its remaining items, else `default`.
fn length_hint(_: &mut Interp, args: &Args) -> Result<Value> {
    let default = super::numpy::to_index(&args.get("default"))?;
    let obj = args.get("obj");
    if let Ok(n) = super::builtins::len_of(&obj) {
        return Ok(Value::int(n));
    }
    // A generator has no `__length_hint__`, whatever npcalc computed ahead.
    let known = match &obj {
        Value::Iter(state, kind) if *kind != "generator" => {
            state.try_borrow().ok().and_then(|s| s.known_len())
        }
        _ => None,
    };
    Ok(Value::int(known.map_or(default, |n| n as i64)))
}

struct Accumulate {
    src: PyIter,
    func: Value,
    total: Option<Value>,
    span: Span,
}

impl Lazy for Accumulate {
    fn next(&mut self, it: &mut Interp) -> Result<Option<Value>> {
        let Some(x) = self.src.next_item(it)? else {
            return Ok(None);
        };
        let total = match self.total.take() {
            None => x,
            Some(t) if matches!(self.func, Value::None) => it.binary(BinOp::Add, &t, &x)?,
            Some(t) => call_with(it, &self.func, vec![t, x], self.span)?,
        };
        self.total = Some(total.clone());
        Ok(Some(total))
    }
}

fn accumulate(_: &mut Interp, args: &Args) -> Result<Value> {
    let src = PyIter::new(&args.get("iterable"))?;
    let mut acc = Accumulate {
        src,
        func: args.get("func"),
        total: None,
        span: args.call_span,
    };
    let initial = args.get("initial");
    if matches!(initial, Value::None) {
        return Ok(lazy("itertools.accumulate", acc));
    }
    // The initial total comes first, then the running totals from it.
    acc.total = Some(initial.clone());
    let first = PyIter::Items(vec![initial].into_iter());
    Ok(lazy(
        "itertools.accumulate",
        Chain::new(vec![first, PyIter::Lazy(Box::new(acc))]),
    ))
}

struct Count {
    next: Value,
    step: Value,
}

impl Lazy for Count {
    fn next(&mut self, it: &mut Interp) -> Result<Option<Value>> {
        let after = it.binary(BinOp::Add, &self.next, &self.step)?;
        Ok(Some(std::mem::replace(&mut self.next, after)))
    }
}

fn count(_: &mut Interp, args: &Args) -> Result<Value> {
    let (start, step) = (args.get("start"), args.get("step"));
    for v in [&start, &step] {
        if super::pyops::as_num(v).is_none() {
            return Err(Error::type_error("a number is required"));
        }
    }
    Ok(lazy("itertools.count", Count { next: start, step }))
}

struct Repeat {
    value: Value,
    times: Option<usize>,
}

impl Lazy for Repeat {
    fn next(&mut self, _: &mut Interp) -> Result<Option<Value>> {
        match &mut self.times {
            Some(0) => return Ok(None),
            Some(n) => *n -= 1,
            None => {}
        }
        Ok(Some(self.value.clone()))
    }
}

fn repeat(_: &mut Interp, args: &Args) -> Result<Value> {
    let times = match args.get("times") {
        Value::None => None,
        t => Some(super::numpy::to_index(&t)?.max(0) as usize),
    };
    let value = args.get("object");
    Ok(lazy("itertools.repeat", Repeat { value, times }))
}

struct Islice {
    src: PyIter,
    /// The position of the next item of `src`, and of the next one to give.
    at: usize,
    next: usize,
    stop: Option<usize>,
    step: usize,
}

impl Lazy for Islice {
    fn next(&mut self, it: &mut Interp) -> Result<Option<Value>> {
        if self.stop.is_some_and(|s| self.next >= s) {
            // CPython still consumes up to `stop`.
            while self.stop.is_some_and(|s| self.at < s) {
                self.at += 1;
                if self.src.next_item(it)?.is_none() {
                    break;
                }
            }
            return Ok(None);
        }
        while self.at < self.next {
            self.at += 1;
            if self.src.next_item(it)?.is_none() {
                self.stop = Some(0);
                return Ok(None);
            }
        }
        self.at += 1;
        let item = self.src.next_item(it)?;
        if item.is_none() {
            self.stop = Some(0);
        }
        self.next += self.step;
        Ok(item)
    }
}

fn islice(_: &mut Interp, args: &Args) -> Result<Value> {
    let src = PyIter::new(&args.get("iterable"))?;
    let rest = match args.get("args") {
        Value::Tuple(t) => t.to_vec(),
        _ => Vec::new(),
    };
    let index = |v: &Value, msg: &str| -> Result<Option<usize>> {
        match v {
            Value::None => Ok(None),
            v => match super::numpy::to_index(v) {
                Ok(i) if i >= 0 => Ok(Some(i as usize)),
                _ => Err(Error::value_error(msg.to_string())),
            },
        }
    };
    let stop_msg = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
    let other_msg = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
    let (start, stop, step) = match rest.as_slice() {
        [stop] => (None, index(stop, stop_msg)?, None),
        [start, stop] => (index(start, other_msg)?, index(stop, stop_msg)?, None),
        [start, stop, step] => (
            index(start, other_msg)?,
            index(stop, stop_msg)?,
            index(
                step,
                "Step for islice() must be a positive integer or None.",
            )?,
        ),
        [] => {
            return Err(Error::type_error(
                "islice expected at least 2 arguments, got 1",
            ));
        }
        more => {
            return Err(Error::type_error(format!(
                "islice expected at most 4 arguments, got {}",
                more.len() + 1
            )));
        }
    };
    if step == Some(0) {
        return Err(Error::value_error(
            "Step for islice() must be a positive integer or None.",
        ));
    }
    let start = start.unwrap_or(0);
    Ok(lazy(
        "itertools.islice",
        Islice {
            src,
            at: 0,
            next: start,
            stop,
            step: step.unwrap_or(1),
        },
    ))
}

struct Chain {
    srcs: std::collections::VecDeque<PyIter>,
}

impl Chain {
    fn new(srcs: Vec<PyIter>) -> Chain {
        Chain { srcs: srcs.into() }
    }
}

impl Lazy for Chain {
    fn next(&mut self, it: &mut Interp) -> Result<Option<Value>> {
        while let Some(src) = self.srcs.front_mut() {
            if let Some(x) = src.next_item(it)? {
                return Ok(Some(x));
            }
            self.srcs.pop_front();
        }
        Ok(None)
    }
}

fn chain(_: &mut Interp, args: &Args) -> Result<Value> {
    Ok(lazy(
        "itertools.chain",
        Chain::new(iterators(args, "iterables")?),
    ))
}

struct Pairwise {
    src: PyIter,
    last: Option<Value>,
}

impl Lazy for Pairwise {
    fn next(&mut self, it: &mut Interp) -> Result<Option<Value>> {
        let a = match self.last.take() {
            Some(a) => a,
            None => match self.src.next_item(it)? {
                Some(a) => a,
                None => return Ok(None),
            },
        };
        let Some(b) = self.src.next_item(it)? else {
            return Ok(None);
        };
        self.last = Some(b.clone());
        Ok(Some(Value::tuple(vec![a, b])))
    }
}

fn pairwise(_: &mut Interp, args: &Args) -> Result<Value> {
    let src = PyIter::new(&args.get("iterable"))?;
    Ok(lazy("itertools.pairwise", Pairwise { src, last: None }))
}

/// What `groupby` and its groups share, as in CPython's itertoolsmodule.c:
/// the source, the key and item just read, the key of the group being
/// given out, and which group that is (an older group yields nothing more).
struct Grouping {
    src: PyIter,
    key: Value,
    span: Span,
    tgtkey: Option<Value>,
    currkey: Option<Value>,
    /// `tgtkey` is `currkey`'s very object (nothing read since), which
    /// CPython's comparison takes as equal even for a NaN key.
    same_object: bool,
    currvalue: Option<Value>,
    current: u64,
}

type GroupingRef = std::rc::Rc<std::cell::RefCell<Grouping>>;

/// Reads the next item and its key (CPython's `groupby_step`); false at the end.
fn group_step(g: &GroupingRef, it: &mut Interp) -> Result<bool> {
    // The source and the key function may run session code: nothing of
    // `g` stays borrowed across them.
    let mut src = std::mem::replace(&mut busy(g)?.src, PyIter::Items(Vec::new().into_iter()));
    let item = src.next_item(it);
    busy(g)?.src = src;
    let Some(value) = item? else {
        return Ok(false);
    };
    let key = busy(g)?.key.clone();
    let k = match key {
        Value::None => value.clone(),
        f => {
            let span = busy(g)?.span;
            call_with(it, &f, vec![value.clone()], span)?
        }
    };
    let mut st = busy(g)?;
    (st.currkey, st.currvalue, st.same_object) = (Some(k), Some(value), false);
    Ok(true)
}

fn busy(g: &GroupingRef) -> Result<std::cell::RefMut<'_, Grouping>> {
    g.try_borrow_mut()
        .map_err(|_| Error::value_error("generator already executing"))
}

/// `PyObject_RichCompareBool(a, b, Py_EQ)`: identity first, then `==`.
fn same_key(it: &mut Interp, a: &Value, b: &Value) -> Result<bool> {
    if super::identical(a, b) {
        return Ok(true);
    }
    let eq = it.compare(CmpOp::Eq, a, b)?;
    it.truthy(&eq)
}

struct GroupBy(GroupingRef);

impl Lazy for GroupBy {
    fn next(&mut self, it: &mut Interp) -> Result<Option<Value>> {
        busy(&self.0)?.current += 1;
        // Skip what is left of the group given out last.
        loop {
            let (tgt, curr, same) = {
                let st = busy(&self.0)?;
                (st.tgtkey.clone(), st.currkey.clone(), st.same_object)
            };
            match (tgt, curr) {
                (_, None) => {}
                (None, Some(_)) => break,
                (Some(t), Some(c)) => {
                    if !same && !same_key(it, &t, &c)? {
                        break;
                    }
                }
            }
            if !group_step(&self.0, it)? {
                return Ok(None);
            }
        }
        let mut st = busy(&self.0)?;
        st.tgtkey = st.currkey.clone();
        st.same_object = true;
        let key = st.currkey.clone().unwrap_or(Value::None);
        let group = Group {
            grouping: self.0.clone(),
            id: st.current,
            key: key.clone(),
        };
        drop(st);
        Ok(Some(Value::tuple(vec![
            key,
            lazy("itertools._grouper", group),
        ])))
    }
}

struct Group {
    grouping: GroupingRef,
    id: u64,
    key: Value,
}

impl Lazy for Group {
    fn next(&mut self, it: &mut Interp) -> Result<Option<Value>> {
        let (current, pending) = {
            let st = busy(&self.grouping)?;
            (st.current, st.currvalue.is_some())
        };
        if current != self.id || !pending && !group_step(&self.grouping, it)? {
            return Ok(None);
        }
        let (curr, same) = {
            let st = busy(&self.grouping)?;
            (st.currkey.clone().unwrap_or(Value::None), st.same_object)
        };
        if !same && !same_key(it, &self.key, &curr)? {
            return Ok(None);
        }
        Ok(busy(&self.grouping)?.currvalue.take())
    }
}

fn groupby(_: &mut Interp, args: &Args) -> Result<Value> {
    let grouping = Grouping {
        src: PyIter::new(&args.get("iterable"))?,
        key: args.get("key"),
        span: args.call_span,
        tgtkey: None,
        currkey: None,
        same_object: false,
        currvalue: None,
        current: 0,
    };
    let shared = std::rc::Rc::new(std::cell::RefCell::new(grouping));
    Ok(lazy("itertools.groupby", GroupBy(shared)))
}

/// `takewhile` (stop at the first failure) and `dropwhile` (start there).
struct While {
    pred: Value,
    src: PyIter,
    span: Span,
    take: bool,
    done: bool,
}

impl Lazy for While {
    fn next(&mut self, it: &mut Interp) -> Result<Option<Value>> {
        loop {
            let Some(x) = self.src.next_item(it)? else {
                return Ok(None);
            };
            if self.done {
                return Ok((!self.take).then_some(x));
            }
            let r = call_with(it, &self.pred, vec![x.clone()], self.span)?;
            let holds = it.truthy(&r)?;
            match (self.take, holds) {
                (true, true) => return Ok(Some(x)),
                (true, false) => {
                    self.done = true;
                    return Ok(None);
                }
                (false, true) => {}
                (false, false) => {
                    self.done = true;
                    return Ok(Some(x));
                }
            }
        }
    }
}

fn while_iter(args: &Args, take: bool) -> Result<While> {
    Ok(While {
        pred: args.get("predicate"),
        src: PyIter::new(&args.get("iterable"))?,
        span: args.call_span,
        take,
        done: false,
    })
}

fn takewhile(_: &mut Interp, args: &Args) -> Result<Value> {
    Ok(lazy("itertools.takewhile", while_iter(args, true)?))
}

fn dropwhile(_: &mut Interp, args: &Args) -> Result<Value> {
    Ok(lazy("itertools.dropwhile", while_iter(args, false)?))
}

fn filterfalse(_: &mut Interp, args: &Args) -> Result<Value> {
    let src = PyIter::new(&args.get("iterable"))?;
    let f = filter_iter(args.get("function"), src, args.call_span, true);
    Ok(lazy("itertools.filterfalse", f))
}

/// The iterables of a `*iterables` parameter, each made an iterator.
fn iterators(args: &Args, name: &str) -> Result<Vec<PyIter>> {
    match args.get(name) {
        Value::Tuple(t) => t.iter().map(PyIter::new).collect(),
        _ => Ok(Vec::new()),
    }
}

/// `zip_longest`: an ended iterable is dropped (`None`) and filled in.
struct ZipLongest {
    srcs: Vec<Option<PyIter>>,
    active: usize,
    fill: Value,
}

impl Lazy for ZipLongest {
    fn next(&mut self, it: &mut Interp) -> Result<Option<Value>> {
        if self.active == 0 {
            return Ok(None);
        }
        let mut row = Vec::with_capacity(self.srcs.len());
        for slot in &mut self.srcs {
            let item = match slot {
                Some(src) => src.next_item(it)?,
                None => None,
            };
            row.push(match item {
                Some(x) => x,
                None => {
                    if slot.take().is_some() {
                        self.active -= 1;
                        if self.active == 0 {
                            return Ok(None);
                        }
                    }
                    self.fill.clone()
                }
            });
        }
        Ok(Some(Value::tuple(row)))
    }
}

fn zip_longest(_: &mut Interp, args: &Args) -> Result<Value> {
    let srcs: Vec<Option<PyIter>> = iterators(args, "iterables")?
        .into_iter()
        .map(Some)
        .collect();
    // CPython reads its keywords itself: `fillvalue` alone, or none.
    let fill = match super::apply::keywords(args, "kwargs").as_slice() {
        [] => Value::None,
        [(k, v, _)] if k == "fillvalue" => v.clone(),
        _ => {
            return Err(Error::type_error(
                "zip_longest() got an unexpected keyword argument",
            ));
        }
    };
    let z = ZipLongest {
        active: srcs.len(),
        srcs,
        fill,
    };
    Ok(lazy("itertools.zip_longest", z))
}

/// `cycle`: the first pass reads the source and keeps its items, the
/// later ones give the kept items again.
struct Cycle {
    src: Option<PyIter>,
    saved: Vec<Value>,
    at: usize,
}

impl Lazy for Cycle {
    fn next(&mut self, it: &mut Interp) -> Result<Option<Value>> {
        if let Some(src) = &mut self.src {
            if let Some(x) = src.next_item(it)? {
                self.saved.push(x.clone());
                return Ok(Some(x));
            }
            self.src = None;
        }
        if self.saved.is_empty() {
            return Ok(None);
        }
        let x = self.saved[self.at].clone();
        self.at = (self.at + 1) % self.saved.len();
        Ok(Some(x))
    }
}

fn cycle(_: &mut Interp, args: &Args) -> Result<Value> {
    let src = Some(PyIter::new(&args.get("iterable"))?);
    let c = Cycle {
        src,
        saved: Vec::new(),
        at: 0,
    };
    Ok(lazy("itertools.cycle", c))
}

struct Compress {
    data: PyIter,
    selectors: PyIter,
}

impl Lazy for Compress {
    fn next(&mut self, it: &mut Interp) -> Result<Option<Value>> {
        // CPython reads a datum, then its selector.
        while let Some(x) = self.data.next_item(it)? {
            let Some(keep) = self.selectors.next_item(it)? else {
                return Ok(None);
            };
            if it.truthy(&keep)? {
                return Ok(Some(x));
            }
        }
        Ok(None)
    }
}

fn compress(_: &mut Interp, args: &Args) -> Result<Value> {
    let data = PyIter::new(&args.get("data"))?;
    let selectors = PyIter::new(&args.get("selectors"))?;
    Ok(lazy("itertools.compress", Compress { data, selectors }))
}

struct Starmap {
    func: Value,
    src: PyIter,
    span: Span,
}

impl Lazy for Starmap {
    fn next(&mut self, it: &mut Interp) -> Result<Option<Value>> {
        let Some(item) = self.src.next_item(it)? else {
            return Ok(None);
        };
        let xs = it.iterate(&item)?;
        call_with(it, &self.func, xs, self.span).map(Some)
    }
}

fn starmap(_: &mut Interp, args: &Args) -> Result<Value> {
    let s = Starmap {
        func: args.get("function"),
        src: PyIter::new(&args.get("iterable"))?,
        span: args.call_span,
    };
    Ok(lazy("itertools.starmap", s))
}

/// What the iterators of one `tee` share: the source and the items read
/// from it that some iterator has yet to give. `base` is the position of
/// `buffer[0]`; `positions[k]` is where iterator k stands.
struct TeeData {
    src: PyIter,
    buffer: std::collections::VecDeque<Value>,
    base: usize,
    positions: Vec<usize>,
}

type TeeRef = std::rc::Rc<std::cell::RefCell<TeeData>>;

struct Tee {
    data: TeeRef,
    id: usize,
}

impl Lazy for Tee {
    fn next(&mut self, it: &mut Interp) -> Result<Option<Value>> {
        let busy = || {
            Error::new(
                crate::error::Exc::RuntimeError,
                "cannot re-enter the tee iterator",
            )
        };
        let mut d = self.data.try_borrow_mut().map_err(|_| busy())?;
        let pos = d.positions[self.id];
        if pos - d.base == d.buffer.len() {
            // The source may run session code: nothing stays borrowed.
            let mut src = std::mem::replace(&mut d.src, PyIter::Items(Vec::new().into_iter()));
            drop(d);
            let item = src.next_item(it);
            d = self.data.try_borrow_mut().map_err(|_| busy())?;
            d.src = src;
            match item? {
                Some(x) => d.buffer.push_back(x),
                None => return Ok(None),
            }
        }
        let x = d.buffer[pos - d.base].clone();
        d.positions[self.id] = pos + 1;
        // Items every iterator has passed are let go, as CPython frees
        // the blocks of its linked buffer.
        let low = d.positions.iter().copied().min().unwrap_or(pos + 1);
        while d.base < low {
            d.buffer.pop_front();
            d.base += 1;
        }
        Ok(Some(x))
    }
}

fn tee(_: &mut Interp, args: &Args) -> Result<Value> {
    let n = super::numpy::to_index(&args.get("n"))?;
    let n = usize::try_from(n).map_err(|_| Error::value_error("n must be >= 0"))?;
    // n comes from the input: too many iterators is a MemoryError, not an abort.
    let mut positions = super::alloc::with_capacity(n)?;
    positions.resize(n, 0);
    let mut tees = super::alloc::with_capacity(n)?;
    let data = TeeData {
        src: PyIter::new(&args.get("iterable"))?,
        buffer: Default::default(),
        base: 0,
        positions,
    };
    let data = std::rc::Rc::new(std::cell::RefCell::new(data));
    tees.extend((0..n).map(|id| {
        let data = data.clone();
        lazy("itertools._tee", Tee { data, id })
    }));
    Ok(Value::tuple(tees))
}

fn reduce(it: &mut Interp, args: &Args) -> Result<Value> {
    let f = args.get("function");
    let mut src = PyIter::new(&args.get("iterable"))
        .map_err(|_| Error::type_error("reduce() arg 2 must support iteration"))?;
    let mut total = if args.given("initial") {
        Some(args.get("initial"))
    } else {
        None
    };
    while let Some(x) = src.next_item(it)? {
        total = Some(match total {
            None => x,
            Some(t) => call_with(it, &f, vec![t, x], args.call_span)?,
        });
    }
    total.ok_or_else(|| Error::type_error("reduce() of empty iterable with no initial value"))
}

/// `functools.partial(func, *args, **keywords)`.
#[derive(Debug)]
pub struct Partial {
    func: Value,
    args: Vec<Value>,
    keywords: Vec<(String, Value)>,
}

impl Partial {
    /// `partial(func, **keywords)`, as library code makes one.
    pub(super) fn value(func: Value, keywords: Vec<(String, Value)>) -> Value {
        Value::Partial(std::rc::Rc::new(Partial {
            func,
            args: Vec::new(),
            keywords,
        }))
    }
}

fn partial(_: &mut Interp, args: &Args) -> Result<Value> {
    let func = args.get("func");
    if !super::classes::is_callable(&func) {
        return Err(Error::type_error("the first argument must be callable"));
    }
    let more = match args.get("args") {
        Value::Tuple(t) => t.to_vec(),
        _ => Vec::new(),
    };
    let given = super::apply::keywords(args, "keywords")
        .into_iter()
        .map(|(k, v, _)| (k, v));
    // A partial of a partial is flattened, as CPython's partial_new does.
    let (func, mut all, mut keywords) = match &func {
        Value::Partial(inner) => (
            inner.func.clone(),
            inner.args.clone(),
            inner.keywords.clone(),
        ),
        _ => (func, Vec::new(), Vec::new()),
    };
    all.extend(more);
    merge_keywords(&mut keywords, given);
    Ok(Value::Partial(std::rc::Rc::new(Partial {
        func,
        args: all,
        keywords,
    })))
}

/// Later keywords replace earlier ones of the same name, keeping their
/// place, as `{**first, **more}` does.
fn merge_keywords<T>(into: &mut Vec<(String, T)>, more: impl IntoIterator<Item = (String, T)>) {
    for (k, v) in more {
        match into.iter_mut().find(|(n, _)| *n == k) {
            Some(slot) => slot.1 = v,
            None => into.push((k, v)),
        }
    }
}

/// `p(*args, **kw)` is `p.func(*p.args, *args, **{**p.keywords, **kw})`.
pub(super) fn call_partial(
    it: &mut Interp,
    p: &Partial,
    call: super::CallArgs,
    span: Span,
) -> Result<Value> {
    let mut positional: Vec<(Value, Span)> = p.args.iter().map(|a| (a.clone(), span)).collect();
    positional.extend(call.positional);
    let mut keywords: Vec<(String, (Value, Span))> = (p.keywords.iter())
        .map(|(k, v)| (k.clone(), (v.clone(), span)))
        .collect();
    merge_keywords(
        &mut keywords,
        call.keywords.into_iter().map(|(k, v, at)| (k, (v, at))),
    );
    let keywords = keywords
        .into_iter()
        .map(|(k, (v, at))| (k, v, at))
        .collect();
    it.call(
        &p.func,
        super::CallArgs {
            positional,
            keywords,
        },
        span,
    )
}

pub(super) fn partial_attr(p: &Partial, name: &str) -> Result<Value> {
    Ok(match name {
        "func" => p.func.clone(),
        "args" => Value::tuple(p.args.clone()),
        "keywords" => super::dict::value(super::dict::PyDict::from_pairs(
            p.keywords.iter().map(|(k, v)| (Value::str(k), v.clone())),
        )?),
        _ => {
            return Err(Error::attribute_error(format!(
                "'functools.partial' object has no attribute '{name}'"
            )));
        }
    })
}

/// `functools.partial(func, 1, k=2)`, each part by `repr`.
pub(super) fn partial_repr(p: &Partial, repr: impl Fn(&Value) -> String) -> String {
    let inside = arguments_text(Some(&p.func), &p.args, &p.keywords, repr);
    format!("functools.partial({inside})")
}

/// `head, 1, k=2`: the arguments a partial or methodcaller holds, by `repr`.
pub(super) fn arguments_text(
    head: Option<&Value>,
    args: &[Value],
    keywords: &[(String, Value)],
    repr: impl Fn(&Value) -> String,
) -> String {
    let parts: Vec<String> = (head.into_iter().chain(args))
        .map(&repr)
        .chain(keywords.iter().map(|(k, v)| format!("{k}={}", repr(v))))
        .collect();
    parts.join(", ")
}
