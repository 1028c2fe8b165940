//! NumPy's `datetime64` and `timedelta64`: scalars, arrays and their
//! dtypes, as the datetime pages of lessons use them (`np.arange` of days,
//! differences of dates, running totals of durations). An array is its
//! int64 counts of the unit since 1970-01-01, so views, indexing and the
//! element-moving methods are the numeric ones; the calendar, parsing,
//! printing and unit rules are `array::datetime`'s. NaT is int64's minimum,
//! as in NumPy.

use super::table::{Args, CallArgs, FnDef, p};
use super::value::{TypeObj, Value};
use super::{Interp, numpy, pydatetime};
use crate::array::datetime::{self as dt, NAT, Parsed, Unit};
use crate::array::{Array, Scalar};
use crate::error::{Error, Exc, Result, Span};
use crate::print::PrintOptions;
use crate::syntax::ast::{BinOp, CmpOp};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TimeKind {
    Datetime,
    Timedelta,
}

impl TimeKind {
    /// The dtype's name and its one-letter code (`M8`, `m8`).
    fn names(self) -> (&'static str, &'static str) {
        match self {
            TimeKind::Datetime => ("datetime64", "M"),
            TimeKind::Timedelta => ("timedelta64", "m"),
        }
    }
}

/// A datetime or timedelta dtype.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TimeType {
    pub kind: TimeKind,
    pub unit: Unit,
}

impl TimeType {
    /// `datetime64[D]`, or `datetime64` with generic units.
    pub fn name(self) -> String {
        let (name, _) = self.kind.names();
        match self.unit {
            Unit::Generic => name.to_string(),
            u => format!("{name}[{}]", u.code()),
        }
    }

    /// `<M8[D]`, as `dtype.str` and the dtype's repr spell it.
    pub fn str_code(self) -> String {
        let (_, code) = self.kind.names();
        match self.unit {
            Unit::Generic => format!("<{code}8"),
            u => format!("<{code}8[{}]", u.code()),
        }
    }

    pub fn repr(self) -> String {
        format!("dtype('{}')", self.str_code())
    }
}

/// A `np.datetime64` or `np.timedelta64` scalar.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TimeScalar {
    pub ty: TimeType,
    pub value: i64,
}

/// An array of datetimes or timedeltas: int64 counts of `ty.unit`.
#[derive(Clone, Debug)]
pub struct TimeArray {
    pub ty: TimeType,
    pub data: Array,
}

fn unsupported(what: &str) -> Error {
    Error::new(
        Exc::NotImplementedError,
        format!("npcalc does not support {what} with datetime64 or timedelta64 values"),
    )
}

/// The error `to_array` gives for a time value where numbers are wanted.
pub fn not_numeric() -> Error {
    unsupported("this NumPy function")
}

// ---- dtypes ---------------------------------------------------------------

/// The time dtype a `dtype=` value names: `'datetime64[D]'`, `'M8[s]'`,
/// `'<m8'`, `np.datetime64`, a time dtype object; None for any other dtype.
pub fn dtype_of(v: &Value) -> Option<Result<TimeType>> {
    match v {
        Value::TimeDType(t) => Some(Ok(*t)),
        Value::Function(def) => {
            let kind = match def.name {
                "datetime64" => TimeKind::Datetime,
                "timedelta64" => TimeKind::Timedelta,
                _ => return None,
            };
            is_own(def).then_some(Ok(TimeType {
                kind,
                unit: Unit::Generic,
            }))
        }
        Value::Str(s) => parse_dtype(s),
        _ => None,
    }
}

/// `np.issubdtype(a, b)` when a time dtype is involved; None otherwise.
/// `timedelta64` is a signed integer class in NumPy's hierarchy,
/// `datetime64` only a generic one.
pub fn issubdtype(a: &Value, b: &Value) -> Option<Result<bool>> {
    use crate::array::Abstract;
    let time = |v: &Value| match v {
        Value::Time(t) => Some(Ok(t.ty)),
        other => dtype_of(other),
    };
    let (ta, tb) = (time(a), time(b));
    if ta.is_none() && tb.is_none() {
        return None;
    }
    Some((|| {
        let Some(x) = ta.transpose()? else {
            return Ok(false);
        };
        // The second dtype stands for its scalar class, whatever its unit.
        if let Some(y) = tb.transpose()? {
            return Ok(x.kind == y.kind);
        }
        Ok(match super::dtypeinfo::as_generic(b) {
            Some(super::dtypeinfo::Generic::Abstract(c)) => match x.kind {
                TimeKind::Datetime => c == Abstract::Generic,
                TimeKind::Timedelta => Abstract::SignedInteger.is_sub(c),
            },
            _ => false,
        })
    })())
}

/// `dtype == other` where the dtype is a time dtype: the same kind and
/// unit, `other` read as `np.dtype(other)`; None when no time dtype is compared.
pub fn dtype_eq(a: &Value, b: &Value) -> Option<bool> {
    let (x, y) = match (a, b) {
        (Value::TimeDType(t), other) | (other, Value::TimeDType(t)) => (*t, other),
        _ => return None,
    };
    Some(matches!(dtype_of(y), Some(Ok(t)) if t == x))
}

/// Whether `def` is `np.datetime64` or `np.timedelta64`, which are classes.
pub fn is_class(def: &FnDef) -> bool {
    is_own(def) && matches!(def.name, "datetime64" | "timedelta64")
}

/// `isinstance(v, np.datetime64)` (or `np.timedelta64`): a scalar of that kind.
pub fn is_instance(v: &Value, class: &FnDef) -> bool {
    match (v, class.name) {
        (Value::Time(t), "datetime64") => t.ty.kind == TimeKind::Datetime,
        (Value::Time(t), "timedelta64") => t.ty.kind == TimeKind::Timedelta,
        _ => false,
    }
}

/// Whether `def` is one of this module's own functions.
pub fn is_own(def: &FnDef) -> bool {
    DATETIME.iter().any(|f| std::ptr::eq(f, def))
}

fn parse_dtype(text: &str) -> Option<Result<TimeType>> {
    let s = text.strip_prefix(['<', '=']).unwrap_or(text);
    let (kind, rest) = [
        ("datetime64", TimeKind::Datetime),
        ("M8", TimeKind::Datetime),
        ("timedelta64", TimeKind::Timedelta),
        ("m8", TimeKind::Timedelta),
    ]
    .into_iter()
    .find_map(|(p, k)| s.strip_prefix(p).map(|r| (k, r)))?;
    if rest.is_empty() {
        return Some(Ok(TimeType {
            kind,
            unit: Unit::Generic,
        }));
    }
    let code = rest.strip_prefix('[')?.strip_suffix(']')?;
    if code.starts_with(|c: char| c.is_ascii_digit()) {
        return Some(Err(unsupported("unit multiples such as [15m]")));
    }
    Some(match Unit::parse(code) {
        Ok(unit) => Ok(TimeType { kind, unit }),
        Err(e) if e.class == Exc::TypeError => Err(Error::type_error(format!(
            "Invalid datetime unit in metadata string \"[{code}]\""
        ))),
        Err(e) => Err(e),
    })
}

// ---- values ---------------------------------------------------------------

impl TimeArray {
    fn wrap(&self, v: Value) -> Value {
        wrap(self.ty, v)
    }

    fn values(&self) -> Vec<i64> {
        self.data.to_vec::<i64>()
    }
}

/// An int64 result of the numeric code as times of `ty`.
fn wrap(ty: TimeType, v: Value) -> Value {
    match v {
        Value::Array(data) => Value::TimeArray(Box::new(TimeArray { ty, data })),
        Value::Scalar(Scalar::Int64(value)) => Value::Time(TimeScalar { ty, value }),
        other => other,
    }
}

fn array_of(ty: TimeType, values: Vec<i64>, shape: Vec<usize>) -> Value {
    Value::TimeArray(Box::new(TimeArray {
        ty,
        data: Array::from_vec(values, shape),
    }))
}

/// A time value as its type, int64 counts and shape (empty for a scalar).
fn parts(v: &Value) -> Option<(TimeType, Array)> {
    match v {
        Value::Time(t) => Some((t.ty, Array::from_scalar(Scalar::Int64(t.value)))),
        Value::TimeArray(a) => Some((a.ty, a.data.clone())),
        _ => None,
    }
}

pub fn involved(a: &Value, b: &Value) -> bool {
    parts(a).is_some() || parts(b).is_some()
}

// ---- construction -----------------------------------------------------------

/// One element converted into `ty` (`convert_pyobject_to_datetime` /
/// `_timedelta`): a string, a time scalar, an integer count, or None (NaT).
fn element(ty: TimeType, v: &Value) -> Result<i64> {
    let generic_int = || {
        Error::value_error(match ty.kind {
            TimeKind::Datetime => {
                "Converting an integer to a NumPy datetime requires a specified unit"
            }
            TimeKind::Timedelta => {
                "Converting an integer to a NumPy timedelta requires a specified unit"
            }
        })
    };
    match v {
        Value::Str(s) | Value::NpStr(s) => match (ty.kind, dt::parse_iso(s)?) {
            (_, Parsed::NaT) => Ok(NAT),
            (TimeKind::Datetime, Parsed::At(..)) if ty.unit == Unit::Generic => {
                Err(Error::value_error(
                    "Cannot create a NumPy datetime other than NaT with generic units",
                ))
            }
            (TimeKind::Datetime, Parsed::At(d, _)) => Ok(dt::from_dts(ty.unit, &d)),
            (TimeKind::Timedelta, _) => Err(unsupported("timedeltas from strings")),
        },
        Value::Time(t) => match (t.ty.kind, ty.kind) {
            (TimeKind::Datetime, TimeKind::Datetime) => {
                dt::cast_datetime(t.ty.unit, ty.unit, t.value)
            }
            (TimeKind::Timedelta, TimeKind::Timedelta) => {
                if !dt::timedelta_same_kind(t.ty.unit, ty.unit) {
                    return Err(Error::type_error(format!(
                        "Cannot cast NumPy timedelta64 scalar from metadata [{}] to [{}] according to the rule 'same_kind'",
                        t.ty.unit.code(),
                        ty.unit.code()
                    )));
                }
                dt::cast_timedelta(t.ty.unit, ty.unit, t.value)
            }
            _ => Err(unsupported("casts between datetimes and timedeltas")),
        },
        Value::PyTime(t) => from_python(ty, t),
        Value::None => Ok(NAT),
        Value::Int(_) | Value::Bool(_) | Value::Scalar(Scalar::Int64(_) | Scalar::Bool(_)) => {
            if ty.unit == Unit::Generic && ty.kind == TimeKind::Datetime {
                return Err(generic_int());
            }
            match v {
                // PyLong_AsLongLong's failure, as NumPy's converters report it.
                Value::Int(i) => num_traits::ToPrimitive::to_i64(i)
                    .ok_or_else(|| Error::overflow_error("int too big to convert")),
                _ => numpy::to_index(v),
            }
        }
        Value::Float(_) => Err(Error::value_error(match ty.kind {
            TimeKind::Datetime => "Could not convert object to NumPy datetime",
            TimeKind::Timedelta => "Could not convert object to NumPy timedelta",
        })),
        // A NumPy number has a dtype of its own, which NumPy casts (unsafe,
        // silently: floats truncate, NaN and overflow give NaT's bits).
        Value::Scalar(s) => {
            let count = crate::array::signals::quiet(|| {
                Ok(crate::array::cast_scalar(*s, crate::array::DType::Int64))
            })?;
            Ok(match count {
                Scalar::Int64(n) => n,
                _ => NAT,
            })
        }
        other => Err(unsupported(&format!("'{}' elements", other.type_name()))),
    }
}

/// A Python date, datetime or timedelta as a count of `ty.unit`
/// (`convert_pyobject_to_datetime` / `_timedelta`): casting a datetime to a
/// coarser unit truncates, as NumPy's unsafe object cast does.
fn from_python(ty: TimeType, t: &pydatetime::PyTime) -> Result<i64> {
    match (ty.kind, pydatetime::fields(t)) {
        (TimeKind::Datetime, pydatetime::Fields::At([year, month, day, hour, min, sec, us])) => {
            let dts = dt::Dts {
                year,
                month,
                day,
                hour,
                min,
                sec,
                us,
                ps: 0,
            };
            let unit = if pydatetime::has_time(t) {
                Unit::Us
            } else {
                Unit::D
            };
            let value = dt::from_dts(unit, &dts);
            if ty.unit == Unit::Generic {
                return Ok(value);
            }
            dt::cast_datetime(unit, ty.unit, value)
        }
        (TimeKind::Timedelta, pydatetime::Fields::Micros(us)) => {
            dt::cast_timedelta(Unit::Us, ty.unit, us)
        }
        _ => Err(unsupported(&format!(
            "'{}' elements",
            pydatetime::type_name(t)
        ))),
    }
}

/// `convert_datetime_to_pyobject` / `convert_timedelta_to_pyobject`: None
/// for NaT; a date for Y/M/W/D, a datetime for h…us, an int for finer
/// units and years Python lacks; a timedelta for W…us, an int otherwise.
pub fn to_python(ty: TimeType, value: i64) -> Value {
    if value == NAT || (ty.kind == TimeKind::Datetime && ty.unit == Unit::Generic) {
        return Value::None;
    }
    let raw = || Value::int(value);
    if matches!(ty.unit, Unit::Ns | Unit::Generic) {
        return raw();
    }
    match ty.kind {
        TimeKind::Datetime => {
            let d = dt::to_dts(ty.unit, value);
            if d.year < 1 || d.year > 9999 || d.sec == 60 {
                return raw();
            }
            let time = matches!(ty.unit, Unit::H | Unit::Min | Unit::S | Unit::Ms | Unit::Us)
                .then_some([d.hour, d.min, d.sec, d.us]);
            pydatetime::from_fields(d.year, d.month, d.day, time)
        }
        TimeKind::Timedelta => {
            // NumPy's per-unit split into days, then seconds and
            // microseconds of the day.
            let (days, us_of_day) = match ty.unit {
                Unit::W => (value.wrapping_mul(7), 0),
                Unit::D => (value, 0),
                _ => {
                    let (per_day, us_per_tick) = match ty.unit {
                        Unit::H => (24, 3_600_000_000),
                        Unit::Min => (1440, 60_000_000),
                        Unit::S => (86_400, 1_000_000),
                        Unit::Ms => (86_400_000, 1000),
                        Unit::Us => (86_400_000_000, 1),
                        _ => return raw(),
                    };
                    (
                        value.div_euclid(per_day),
                        value.rem_euclid(per_day) * us_per_tick,
                    )
                }
            };
            let (secs, us) = (us_of_day / 1_000_000, us_of_day % 1_000_000);
            if !(-999_999_999..=999_999_999).contains(&days) {
                return raw();
            }
            pydatetime::delta_from_dsu(days, secs, us).unwrap_or_else(raw)
        }
    }
}

/// The ints of `item()`/`tolist()` on the counts, as NumPy's getitem
/// makes them: Python objects, nested lists kept.
fn pythonize(ty: TimeType, v: Value) -> Value {
    match v {
        Value::List(l) => Value::list(l.iter().map(|x| pythonize(ty, x)).collect()),
        Value::Int(_) => match numpy::to_index(&v) {
            Ok(count) => to_python(ty, count),
            Err(_) => v,
        },
        other => other,
    }
}

/// A datetime64/timedelta64 meeting a Python date, datetime or timedelta
/// goes to NumPy's object loops: a scalar as its `item()`, an array as
/// `astype(object)` for comparisons; arithmetic (`op`) between a time
/// array and objects has no loop.
pub fn with_python_object(
    a: &Value,
    b: &Value,
    op: Option<BinOp>,
) -> Option<Result<(Value, Value)>> {
    let convert = |v: &Value| -> Result<Value> {
        match v {
            Value::Time(t) => Ok(to_python(t.ty, t.value)),
            Value::TimeArray(t) => match op {
                None => astype(t.ty, &t.data, &Value::ObjDType),
                Some(op) => Err(Error::new(
                    Exc::UFuncTypeError,
                    format!(
                        "ufunc '{}' cannot use operands with types {} and {}",
                        ufunc_name(op),
                        if matches!(a, Value::TimeArray(_)) {
                            t.ty.repr()
                        } else {
                            "dtype('O')".into()
                        },
                        if matches!(b, Value::TimeArray(_)) {
                            t.ty.repr()
                        } else {
                            "dtype('O')".into()
                        },
                    ),
                )),
            },
            other => Ok(other.clone()),
        }
    };
    match (a, b) {
        (Value::Time(_) | Value::TimeArray(_), Value::PyTime(_))
        | (Value::PyTime(_), Value::Time(_) | Value::TimeArray(_)) => {
            Some(convert(a).and_then(|x| Ok((x, convert(b)?))))
        }
        _ => None,
    }
}

fn td_of(unit: Unit) -> TimeType {
    TimeType {
        kind: TimeKind::Timedelta,
        unit,
    }
}

/// The finest unit the elements spell out, for a generic dtype
/// (`find_string_array_datetime64_type`, `find_object_datetime64_meta`).
fn detect_unit(ty: TimeType, items: &[Value]) -> Result<Unit> {
    let mut unit = Unit::Generic;
    for v in items {
        let u = match v {
            Value::Str(s) | Value::NpStr(s) => match dt::parse_iso(s)? {
                Parsed::NaT => Unit::Generic,
                Parsed::At(_, u) => u,
            },
            Value::Time(t) if t.ty.kind == ty.kind => t.ty.unit,
            Value::PyTime(t) => python_unit(t),
            _ => Unit::Generic,
        };
        unit = dt::common_unit(unit, u, false, false)?;
    }
    Ok(unit)
}

/// The unit NumPy gives a Python object: days for a date, microseconds
/// for a datetime or timedelta.
fn python_unit(t: &pydatetime::PyTime) -> Unit {
    if pydatetime::has_time(t) {
        Unit::Us
    } else {
        Unit::D
    }
}

/// Nested lists and tuples of elements as a shape and the elements in C order.
fn flatten(v: &Value, depth: usize, shape: &mut Vec<usize>, out: &mut Vec<Value>) -> Result<()> {
    let items: Vec<Value> = match v {
        Value::List(l) => l.borrow().clone(),
        Value::Tuple(t) => t.to_vec(),
        Value::TimeArray(a) => (0..a.data.size())
            .map(|i| {
                let Scalar::Int64(value) = a.data.get_flat(i) else {
                    unreachable!("time arrays hold int64")
                };
                Value::Time(TimeScalar { ty: a.ty, value })
            })
            .collect(),
        other => {
            if depth != shape.len() {
                return Err(super::convert::inhomogeneous(depth, shape));
            }
            out.push(other.clone());
            return Ok(());
        }
    };
    if let Value::TimeArray(a) = v {
        if depth == 0 {
            shape.extend_from_slice(a.data.shape());
        }
        out.extend(items);
        return Ok(());
    }
    match shape.get(depth) {
        None if out.is_empty() && depth == crate::array::MAXDIMS => {
            return Err(Error::value_error(format!(
                "setting an array element with a sequence. The requested array would exceed the maximum number of dimension of {}.",
                crate::array::MAXDIMS
            )));
        }
        None if out.is_empty() => shape.push(items.len()),
        Some(&n) if n == items.len() => {}
        _ => return Err(super::convert::inhomogeneous(depth, shape)),
    }
    for item in &items {
        flatten(item, depth + 1, shape, out)?;
    }
    Ok(())
}

/// `np.array(obj, dtype)` for time dtypes, or for elements that are all
/// time scalars of one kind.
fn build(obj: &Value, dtype: Option<TimeType>) -> Result<Value> {
    let (mut shape, mut items) = (Vec::new(), Vec::new());
    flatten(obj, 0, &mut shape, &mut items)?;
    let ty = match dtype {
        Some(t) => t,
        None => {
            let kinds: Vec<TimeKind> = items
                .iter()
                .filter_map(|v| match v {
                    Value::Time(t) => Some(t.ty.kind),
                    _ => None,
                })
                .collect();
            match kinds.first() {
                Some(&k) if kinds.len() == items.len() && kinds.iter().all(|&x| x == k) => {
                    TimeType {
                        kind: k,
                        unit: Unit::Generic,
                    }
                }
                _ => return Err(unsupported("arrays mixing times and other objects")),
            }
        }
    };
    from_items(ty, &items, shape)
}

/// Elements in C order converted into `ty`, whose generic unit becomes
/// the finest the elements spell out.
fn from_items(mut ty: TimeType, items: &[Value], shape: Vec<usize>) -> Result<Value> {
    if ty.unit == Unit::Generic {
        ty.unit = detect_unit(ty, items)?;
    }
    let values = items
        .iter()
        .map(|v| element(ty, v))
        .collect::<Result<Vec<_>>>()?;
    Ok(array_of(ty, values, shape))
}

/// `a.astype(time dtype)` of a text array: each string parsed.
pub fn from_texts(ty: TimeType, texts: Vec<std::rc::Rc<str>>, shape: Vec<usize>) -> Result<Value> {
    let items: Vec<Value> = texts.into_iter().map(Value::Str).collect();
    from_items(ty, &items, shape)
}

/// A value as datetimes, as `np.array(v, 'M8')` makes them: a datetime
/// scalar or array as it is, anything else parsed with generic units.
pub fn as_datetimes(v: &Value) -> Result<(TimeType, Array)> {
    let generic = TimeType {
        kind: TimeKind::Datetime,
        unit: Unit::Generic,
    };
    match parts(v) {
        Some(p) => Ok(p),
        None => parts(&build(v, Some(generic))?).ok_or_else(not_numeric),
    }
}

/// Counts of `ty` over `shape`: a scalar when the shape is empty.
pub fn times(ty: TimeType, values: Vec<i64>, shape: Vec<usize>) -> Value {
    finish(ty, values, shape)
}

/// `np.datetime64(value, unit)` / `np.timedelta64(value, unit)`.
fn scalar(kind: TimeKind, args: &Args) -> Result<Value> {
    let unit = match args.get("unit") {
        Value::None => None,
        Value::Str(s) => Some(Unit::parse(&s)?),
        other => {
            return Err(Error::type_error(format!(
                "npcalc reads a datetime unit from a string, not '{}'",
                other.type_name()
            )));
        }
    };
    let value = args.get("value");
    let ty = |u: Unit| TimeType { kind, unit: u };
    let unit = match (unit, &value) {
        (Some(u), _) => u,
        (None, Value::Time(t)) if t.ty.kind == kind => t.ty.unit,
        (None, Value::PyTime(t)) => python_unit(t),
        (None, Value::Str(s)) => match dt::parse_iso(s)? {
            Parsed::At(_, u) if kind == TimeKind::Datetime => u,
            _ => Unit::Generic,
        },
        (None, _) => Unit::Generic,
    };
    let value = match (&value, kind) {
        (Value::None, TimeKind::Timedelta) if !args.given("value") => 0,
        // The scalar constructors convert objects (`convert_pyobject_to_…`):
        // no NumPy number is a datetime, and of them only integers are
        // timedeltas, as big as a C long long.
        (Value::Scalar(_), TimeKind::Datetime) if unit != Unit::Generic => {
            return Err(Error::value_error(
                "Could not convert object to NumPy datetime",
            ));
        }
        (Value::Scalar(s @ Scalar::UInt64(_)), TimeKind::Timedelta) => {
            let n = s.int_value().unwrap_or_default();
            i64::try_from(n).map_err(|_| Error::overflow_error("int too big to convert"))?
        }
        (Value::Int(_) | Value::Scalar(_), TimeKind::Datetime) if unit == Unit::Generic => {
            return Err(Error::value_error(
                "Converting an integer to a NumPy datetime requires a specified unit",
            ));
        }
        (Value::Scalar(s), TimeKind::Timedelta) if s.int_value().is_none() => {
            return Err(Error::value_error(
                "Could not convert object to NumPy timedelta",
            ));
        }
        (Value::Float(_), _) => {
            return Err(Error::value_error(match kind {
                TimeKind::Datetime => "Could not convert object to NumPy datetime",
                TimeKind::Timedelta => "Could not convert object to NumPy timedelta",
            }));
        }
        _ => element(ty(unit), &value)?,
    };
    Ok(Value::Time(TimeScalar {
        ty: ty(unit),
        value,
    }))
}

/// `np.arange(start, stop, step, dtype)` of datetimes or timedeltas
/// (`datetime_arange`): the unit is the dtype's, or the finest of the
/// bounds'; the step is one of it unless given.
fn arange(args: &Args) -> Result<Value> {
    let dtype = match dtype_of(&args.get("dtype")) {
        Some(t) => Some(t?),
        None => None,
    };
    let start = args.get("start");
    let stop = args.get("stop");
    let step = args.get("step");
    let kind = match (&dtype, &start) {
        (Some(t), _) => t.kind,
        (None, Value::Time(t)) => t.ty.kind,
        _ => TimeKind::Datetime,
    };
    if matches!(stop, Value::None) && kind == TimeKind::Datetime {
        return Err(Error::value_error(
            "arange requires both a start and a stop for NumPy datetime64 ranges",
        ));
    }
    let mut unit = dtype.map_or(Unit::Generic, |t| t.unit);
    if unit == Unit::Generic {
        let probe = TimeType {
            kind,
            unit: Unit::Generic,
        };
        unit = detect_unit(probe, &[start.clone(), stop.clone()])?;
        if let Value::Time(t) = &step {
            unit = dt::common_unit(unit, t.ty.unit, false, true)?;
        }
    }
    let ty = TimeType { kind, unit };
    // arange(datetime, integer or timedelta) counts the stop from the start.
    let relative_stop = kind == TimeKind::Datetime
        && match &stop {
            Value::Int(_) => true,
            Value::Scalar(s) => s.dtype().is_integer(),
            Value::Time(t) => t.ty.kind == TimeKind::Timedelta,
            _ => false,
        };
    let (lo, hi) = if matches!(stop, Value::None) {
        (0, element(ty, &start)?)
    } else if relative_stop {
        let lo = element(ty, &start)?;
        let span = element(td_of(unit), &stop)?;
        (
            lo,
            // Added before NaT is looked for, wrapping as NumPy's C does.
            lo.wrapping_add(span),
        )
    } else {
        (element(ty, &start)?, element(ty, &stop)?)
    };
    let delta = match &step {
        Value::None => 1,
        v => element(td_of(unit), v)?,
    };
    if lo == NAT || hi == NAT || delta == NAT {
        return Err(Error::value_error(
            "arange: cannot use NaT (not-a-time) datetime values",
        ));
    }
    if delta == 0 {
        return Err(Error::value_error("arange: step cannot be zero"));
    }
    // The length in int64 arithmetic, wrapping as NumPy's C does (a span
    // beyond int64 comes out negative).
    let n = if delta > 0 && hi > lo {
        hi.wrapping_sub(lo)
            .wrapping_add(delta - 1)
            .wrapping_div(delta)
    } else if delta < 0 && hi < lo {
        hi.wrapping_sub(lo)
            .wrapping_add(delta + 1)
            .wrapping_div(delta)
    } else {
        0
    };
    let n = usize::try_from(n)
        .map_err(|_| Error::value_error("negative dimensions are not allowed"))?;
    let mut values = crate::array::alloc_vec::<i64>(crate::array::DType::Int64, &[n])
        .map_err(|_| crate::array::memory_error_named(8, &ty.name(), &[n]))?;
    let mut v = lo;
    for _ in 0..n {
        crate::array::signals::poll();
        values.push(v);
        v = v.wrapping_add(delta);
    }
    Ok(array_of(ty, values, vec![n]))
}

// ---- printing ---------------------------------------------------------------

fn scalar_text(t: &TimeScalar) -> String {
    match t.ty.kind {
        TimeKind::Datetime => dt::format_iso(t.ty.unit, t.value),
        TimeKind::Timedelta if t.value == NAT => "NaT".into(),
        TimeKind::Timedelta => format!("{} {}", t.value, t.ty.unit.verbose()),
    }
}

/// `repr` of a scalar (scalartypes.c's `datetimetype_repr`/`timedeltatype_repr`).
fn scalar_repr(t: &TimeScalar) -> String {
    let unit = t.ty.unit;
    match t.ty.kind {
        TimeKind::Datetime => {
            let iso = dt::format_iso(unit, t.value);
            // The unit is read back from the text, except hours' and NaT's.
            if unit != Unit::H && t.value != NAT {
                format!("np.datetime64('{iso}')")
            } else {
                format!("np.datetime64('{iso}','{}')", unit.code())
            }
        }
        TimeKind::Timedelta => {
            let value = if t.value == NAT {
                "'NaT'".to_string()
            } else {
                t.value.to_string()
            };
            match unit {
                Unit::Generic => format!("np.timedelta64({value})"),
                u => format!("np.timedelta64({value},'{}')", u.code()),
            }
        }
    }
}

/// Each element as arrayprint's `DatetimeFormat`/`TimedeltaFormat` writes
/// it: quoted ISO dates, or counts, right-aligned to the widest, NaT as 'NaT'.
fn texts(a: &TimeArray) -> Vec<String> {
    let values = a.values();
    let text = |v: i64| match a.ty.kind {
        TimeKind::Datetime => format!("'{}'", dt::format_iso(a.ty.unit, v)),
        TimeKind::Timedelta => v.to_string(),
    };
    let mut width = values
        .iter()
        .filter(|&&v| v != NAT)
        .map(|&v| text(v).len())
        .max()
        .unwrap_or(0);
    if values.contains(&NAT) {
        width = width.max(5);
    }
    values
        .iter()
        .map(|&v| {
            let t = if v == NAT {
                "'NaT'".to_string()
            } else {
                text(v)
            };
            format!("{t:>width$}")
        })
        .collect()
}

fn array_repr(a: &TimeArray, o: &PrintOptions) -> String {
    let prefix = "array(";
    let lst = crate::print::array2string_texts(a.data.shape(), &texts(a), o, ", ", prefix, ")");
    let mut extras = Vec::new();
    if (a.data.size() == 0 && a.data.shape() != [0]) || a.data.size() > o.threshold {
        extras.push(format!(
            "shape={}",
            crate::array::shape_repr(a.data.shape())
        ));
    }
    // arrayprint quotes a dtype name that is not a plain word.
    let name = a.ty.name();
    extras.push(match name.chars().all(|c| c.is_ascii_alphanumeric()) {
        true => format!("dtype={name}"),
        false => format!("dtype='{name}'"),
    });
    crate::print::close_repr(prefix, &lst, &extras, o)
}

fn array_str(a: &TimeArray, o: &PrintOptions) -> String {
    if a.data.ndim() == 0 {
        let Scalar::Int64(value) = a.data.get(&[]) else {
            unreachable!("time arrays hold int64")
        };
        return scalar_text(&TimeScalar { ty: a.ty, value });
    }
    crate::print::array2string_texts(a.data.shape(), &texts(a), o, " ", "", "")
}

/// `repr()` of a time value; None for any other value.
pub fn repr(v: &Value, o: &PrintOptions) -> Option<String> {
    Some(match v {
        Value::Time(t) => scalar_repr(t),
        Value::TimeArray(a) => array_repr(a, o),
        Value::TimeDType(t) => t.repr(),
        _ => return None,
    })
}

/// `str()` of a time value; None for any other value.
pub fn str(v: &Value, o: &PrintOptions) -> Option<String> {
    Some(match v {
        Value::Time(t) => scalar_text(t),
        Value::TimeArray(a) => array_str(a, o),
        Value::TimeDType(t) => t.name(),
        _ => return None,
    })
}

pub fn type_of(v: &Value) -> Option<TypeObj> {
    Some(match v {
        Value::Time(t) => TypeObj::Named(match t.ty.kind {
            TimeKind::Datetime => "numpy.datetime64",
            TimeKind::Timedelta => "numpy.timedelta64",
        }),
        Value::TimeArray(_) => TypeObj::NdArray,
        Value::TimeDType(t) => TypeObj::Named(match t.kind {
            TimeKind::Datetime => "numpy.dtypes.DateTime64DType",
            TimeKind::Timedelta => "numpy.dtypes.TimeDelta64DType",
        }),
        _ => return None,
    })
}

// ---- arithmetic -------------------------------------------------------------

/// One operand of a time operation, its values broadcast later.
enum Opd {
    Time(TimeType, Array),
    /// Integers or bools as int64, with the dtype they came as.
    Int(Array, crate::array::DType),
    Float(Array, crate::array::DType),
}

impl Opd {
    fn of(v: &Value) -> Option<Opd> {
        if let Some((ty, data)) = parts(v) {
            return Some(Opd::Time(ty, data));
        }
        let a = match v {
            Value::Bool(_)
            | Value::Int(_)
            | Value::Float(_)
            | Value::Scalar(_)
            | Value::Array(_) => super::to_array(v, None).ok()?,
            Value::List(_) | Value::Tuple(_) => super::to_array(v, None).ok()?,
            _ => return None,
        };
        use crate::array::Kind;
        match a.dtype().kind() {
            Kind::Bool | Kind::Int | Kind::UInt => Some(Opd::Int(
                crate::array::cast_array(&a, crate::array::DType::Int64).ok()?,
                a.dtype(),
            )),
            Kind::Float => Some(Opd::Float(
                crate::array::cast_array(&a, crate::array::DType::Float64).ok()?,
                a.dtype(),
            )),
            Kind::Complex => None,
        }
    }

    /// NumPy's dtype text for this operand, as resolution errors name it.
    fn dtype_text(&self) -> String {
        match self {
            Opd::Time(t, _) => t.repr(),
            Opd::Int(_, d) | Opd::Float(_, d) => crate::print::dtype_repr(*d),
        }
    }
}

/// A time's ufunc meeting text (a str, or a string array), which NumPy
/// converts to a `<U` operand and finds no loop for; `a * 'x'` is str's
/// repeat by a non-integer instead.
fn text_operand_error(ufunc: &str, a: &Value, b: &Value) -> Option<Error> {
    let text = |v: &Value| match v {
        Value::Str(s) | Value::NpStr(s) => Some(format!("dtype('<U{}')", s.chars().count())),
        Value::StrArray(x) => Some(format!("dtype('{}')", x.dtype_str())),
        _ => None,
    };
    let time = |v: &Value| Opd::of(v).map(|o| o.dtype_text());
    if ufunc == "multiply" {
        let scalar = match (a, b) {
            (Value::Time(t), Value::Str(_)) | (Value::Str(_), Value::Time(t)) => Some(t),
            _ => None,
        };
        if let Some(t) = scalar {
            return Some(Error::type_error(format!(
                "can't multiply sequence by non-int of type '{}'",
                Value::Time(*t).type_name()
            )));
        }
    }
    let (x, y) = match (text(a), text(b)) {
        (Some(x), None) => (x, time(b)?),
        (None, Some(y)) => (time(a)?, y),
        _ => return None,
    };
    Some(Error::new(
        Exc::UFuncBinaryResolutionError,
        format!("ufunc '{ufunc}' cannot use operands with types {x} and {y}"),
    ))
}

fn ufunc_name(op: BinOp) -> &'static str {
    match op {
        BinOp::Add => "add",
        BinOp::Sub => "subtract",
        BinOp::Mul => "multiply",
        BinOp::Div => "divide",
        BinOp::FloorDiv => "floor_divide",
        BinOp::Mod => "remainder",
        _ => "",
    }
}

fn resolution_error(ufunc: &str, a: &Opd, b: &Opd) -> Error {
    Error::new(
        Exc::UFuncBinaryResolutionError,
        format!(
            "ufunc '{ufunc}' cannot use operands with types {} and {}",
            a.dtype_text(),
            b.dtype_text()
        ),
    )
}

/// Both operands' values as i64 (or f64) vectors over their broadcast shape.
pub fn broadcast(x: &Array, y: &Array) -> Result<(Array, Array, Vec<usize>)> {
    let shape = crate::array::shape::broadcast_shapes(&[x.shape(), y.shape()])?;
    let bx = crate::array::shape::broadcast_to(x, &shape).expect("broadcastable");
    let by = crate::array::shape::broadcast_to(y, &shape).expect("broadcastable");
    Ok((bx, by, shape))
}

/// A result: a scalar when both operands were scalars (0-d).
fn finish(ty: TimeType, values: Vec<i64>, shape: Vec<usize>) -> Value {
    if shape.is_empty() {
        return Value::Time(TimeScalar {
            ty,
            value: values[0],
        });
    }
    array_of(ty, values, shape)
}

fn floats(values: Vec<f64>, shape: Vec<usize>) -> Value {
    if shape.is_empty() {
        return Value::Scalar(Scalar::Float64(values[0]));
    }
    Value::Array(Array::from_vec(values, shape))
}

/// Two time operands recounted in one unit, with NumPy's casting check of
/// the inputs (`PyUFunc_ValidateCasting` under 'same_kind').
fn unify(
    ufunc: &str,
    (ta, xa): (TimeType, &Array),
    (tb, xb): (TimeType, &Array),
    unit: Unit,
) -> Result<(Array, Array, Vec<usize>)> {
    // The inputs' casts are checked before their shapes are.
    for (input, t) in [ta, tb].into_iter().enumerate() {
        if t.kind == TimeKind::Timedelta && !dt::timedelta_same_kind(t.unit, unit) {
            return Err(Error::new(
                Exc::UFuncInputCastingError,
                format!(
                    "Cannot cast ufunc '{ufunc}' input {input} from {} to {} with casting rule 'same_kind'",
                    t.repr(),
                    td_of(unit).repr()
                ),
            ));
        }
    }
    let (bx, by, shape) = broadcast(xa, xb)?;
    Ok((recount(ta, &bx, unit)?, recount(tb, &by, unit)?, shape))
}

/// The counts of an array of `t` recounted in `unit`, as NumPy's array cast
/// loops do: datetimes through their calendar date, timedeltas scaled
/// (wrapping on overflow).
fn recount(t: TimeType, x: &Array, unit: Unit) -> Result<Array> {
    let mut v = x.to_vec::<i64>();
    match t.kind {
        TimeKind::Datetime => {
            for e in &mut v {
                *e = dt::cast_datetime(t.unit, unit, *e)?;
            }
        }
        TimeKind::Timedelta => dt::recount_timedeltas(t.unit, unit, &mut v)?,
    }
    Ok(Array::from_vec(v, x.shape().to_vec()))
}

fn nat_or(x: i64, y: i64, f: impl Fn(i64, i64) -> i64) -> i64 {
    if x == NAT || y == NAT { NAT } else { f(x, y) }
}

/// `a op b` where a time value is involved (the datetime type resolvers of
/// numpy/_core/src/umath/ufunc_type_resolution.c and loops.c.src).
pub fn binary(op: BinOp, a: &Value, b: &Value) -> Result<Value> {
    use TimeKind::{Datetime as M, Timedelta as Td};
    let (Some(p), Some(q)) = (Opd::of(a), Opd::of(b)) else {
        return Err(text_operand_error(ufunc_name(op), a, b)
            .unwrap_or_else(|| super::pyops::unsupported(op, a, b)));
    };
    let td = |unit| TimeType { kind: Td, unit };
    match (op, &p, &q) {
        // Times with times: a common unit, then the counts.
        (BinOp::Add | BinOp::Sub, Opd::Time(ta, xa), Opd::Time(tb, xb)) => {
            let (kind, strict) = match (op, ta.kind, tb.kind) {
                (_, Td, Td) => (Td, true),
                (BinOp::Add, M, Td) | (BinOp::Add, Td, M) | (BinOp::Sub, M, Td) => (M, false),
                (BinOp::Sub, M, M) => (Td, false),
                _ => return Err(resolution_error(ufunc_name(op), &p, &q)),
            };
            let unit = dt::common_unit(
                ta.unit,
                tb.unit,
                strict && ta.kind == Td,
                strict && tb.kind == Td,
            )?;
            let (x, y, shape) = unify(ufunc_name(op), (*ta, xa), (*tb, xb), unit)?;
            let (x, y) = (x.to_vec::<i64>(), y.to_vec::<i64>());
            let f = |u: i64, v: i64| {
                if op == BinOp::Add {
                    u.wrapping_add(v)
                } else {
                    u.wrapping_sub(v)
                }
            };
            let values = x.iter().zip(&y).map(|(&u, &v)| nat_or(u, v, f)).collect();
            Ok(finish(TimeType { kind, unit }, values, shape))
        }
        (BinOp::Div | BinOp::FloorDiv, Opd::Time(ta, xa), Opd::Time(tb, xb))
            if ta.kind == Td && tb.kind == Td =>
        {
            let unit = dt::common_unit(ta.unit, tb.unit, true, true)?;
            let (x, y, shape) = unify(ufunc_name(op), (*ta, xa), (*tb, xb), unit)?;
            let (x, y) = (x.to_vec::<i64>(), y.to_vec::<i64>());
            if op == BinOp::Div {
                let values = x
                    .iter()
                    .zip(&y)
                    .map(|(&u, &v)| {
                        if u == NAT || v == NAT {
                            f64::NAN
                        } else {
                            u as f64 / v as f64
                        }
                    })
                    .collect::<Vec<f64>>();
                if y.contains(&0) {
                    warn_division(&x, &y);
                }
                return Ok(floats(values, shape));
            }
            // TIMEDELTA_mm_q_floor_divide: 0 for NaT or a zero divisor, with
            // the floating-point flag each sets.
            let (nat, zero) = x.iter().zip(&y).fold((false, false), |(n, z), (&u, &v)| {
                (n || u == NAT || v == NAT, z || (v == 0 && u != NAT))
            });
            if zero {
                crate::array::signals::warn(
                    "RuntimeWarning",
                    "divide by zero encountered in floor_divide",
                );
            }
            if nat {
                crate::array::signals::warn(
                    "RuntimeWarning",
                    "invalid value encountered in floor_divide",
                );
            }
            let values: Vec<i64> = x
                .iter()
                .zip(&y)
                .map(|(&u, &v)| {
                    if u == NAT || v == NAT || v == 0 {
                        0
                    } else {
                        floor_div(u, v)
                    }
                })
                .collect();
            if shape.is_empty() {
                return Ok(Value::Scalar(Scalar::Int64(values[0])));
            }
            Ok(Value::Array(Array::from_vec(values, shape)))
        }
        (BinOp::Mod, Opd::Time(ta, xa), Opd::Time(tb, xb)) if ta.kind == Td && tb.kind == Td => {
            let unit = dt::common_unit(ta.unit, tb.unit, true, true)?;
            let (x, y, shape) = unify(ufunc_name(op), (*ta, xa), (*tb, xb), unit)?;
            let (x, y) = (x.to_vec::<i64>(), y.to_vec::<i64>());
            if y.contains(&0) {
                crate::array::signals::warn(
                    "RuntimeWarning",
                    "divide by zero encountered in remainder",
                );
            }
            // Python's sign rule (TIMEDELTA_mm_m_remainder).
            let values = x
                .iter()
                .zip(&y)
                .map(|(&u, &v)| {
                    if u == NAT || v == NAT || v == 0 {
                        NAT
                    } else {
                        floor_rem(u, v)
                    }
                })
                .collect();
            Ok(finish(td(unit), values, shape))
        }
        // Times with integers: counts of the time's unit.
        (BinOp::Add, Opd::Time(t, x), Opd::Int(n, _))
        | (BinOp::Add, Opd::Int(n, _), Opd::Time(t, x))
        | (BinOp::Sub, Opd::Time(t, x), Opd::Int(n, _)) => {
            let time_first = matches!(p, Opd::Time(..));
            let (bx, bn, shape) = broadcast(x, n)?;
            let (x, n) = (bx.to_vec::<i64>(), bn.to_vec::<i64>());
            let values = x
                .iter()
                .zip(&n)
                .map(|(&u, &k)| match (op, time_first) {
                    _ if u == NAT => NAT,
                    (BinOp::Sub, _) => u.wrapping_sub(k),
                    _ => u.wrapping_add(k),
                })
                .collect();
            Ok(finish(*t, values, shape))
        }
        (BinOp::Sub, Opd::Int(n, _), Opd::Time(t, x)) if t.kind == Td => {
            let (bn, bx, shape) = broadcast(n, x)?;
            let (n, x) = (bn.to_vec::<i64>(), bx.to_vec::<i64>());
            let values = n
                .iter()
                .zip(&x)
                .map(|(&k, &u)| if u == NAT { NAT } else { k.wrapping_sub(u) })
                .collect();
            Ok(finish(*t, values, shape))
        }
        (BinOp::Mul, Opd::Time(t, x), Opd::Int(n, _))
        | (BinOp::Mul, Opd::Int(n, _), Opd::Time(t, x))
            if t.kind == Td =>
        {
            let (bx, bn, shape) = broadcast(x, n)?;
            let (x, n) = (bx.to_vec::<i64>(), bn.to_vec::<i64>());
            // NumPy 2.4's loop wraps on overflow.
            let values = x
                .iter()
                .zip(&n)
                .map(|(&u, &k)| if u == NAT { NAT } else { u.wrapping_mul(k) })
                .collect();
            Ok(finish(*t, values, shape))
        }
        (BinOp::Mul, Opd::Time(t, x), Opd::Float(f, _))
        | (BinOp::Mul, Opd::Float(f, _), Opd::Time(t, x))
            if t.kind == Td =>
        {
            let (bx, bf, shape) = broadcast(x, f)?;
            let (x, f) = (bx.to_vec::<i64>(), bf.to_vec::<f64>());
            let values = x
                .iter()
                .zip(&f)
                .map(|(&u, &k)| float_count(u, u as f64 * k, "multiply"))
                .collect();
            Ok(finish(*t, values, shape))
        }
        (BinOp::Div | BinOp::FloorDiv, Opd::Time(t, x), Opd::Int(n, d))
            if t.kind == Td && *d != crate::array::DType::Bool =>
        {
            let (bx, bn, shape) = broadcast(x, n)?;
            let (x, n) = (bx.to_vec::<i64>(), bn.to_vec::<i64>());
            if n.contains(&0) {
                crate::array::signals::warn(
                    "RuntimeWarning",
                    format!("divide by zero encountered in {}", ufunc_name(op)),
                );
            }
            // libdivide's quotient, truncated toward zero as C's.
            let values = x
                .iter()
                .zip(&n)
                .map(|(&u, &k)| {
                    if u == NAT || k == 0 {
                        NAT
                    } else {
                        u.wrapping_div(k)
                    }
                })
                .collect();
            Ok(finish(*t, values, shape))
        }
        (BinOp::Div | BinOp::FloorDiv, Opd::Time(t, x), Opd::Float(f, _)) if t.kind == Td => {
            let (bx, bf, shape) = broadcast(x, f)?;
            let (x, f) = (bx.to_vec::<i64>(), bf.to_vec::<f64>());
            let values = x
                .iter()
                .zip(&f)
                .map(|(&u, &k)| float_count(u, u as f64 / k, ufunc_name(op)))
                .collect();
            Ok(finish(*t, values, shape))
        }
        (
            BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::Div | BinOp::FloorDiv | BinOp::Mod,
            _,
            _,
        ) => Err(resolution_error(ufunc_name(op), &p, &q)),
        (BinOp::Pow, _, _) => Err(crate::array::Ufunc::Power.not_supported()),
        _ => Err(super::pyops::unsupported(op, a, b)),
    }
}

/// A timedelta count from a float product or quotient: NaT where not
/// finite, and where C's conversion to int64 is invalid (with its warning).
fn float_count(count: i64, r: f64, ufunc: &str) -> i64 {
    if count == NAT || !r.is_finite() {
        return NAT;
    }
    if !(-9.223_372_036_854_776e18..9.223_372_036_854_776e18).contains(&r) {
        crate::array::signals::warn(
            "RuntimeWarning",
            format!("invalid value encountered in {ufunc}"),
        );
        return NAT;
    }
    r as i64
}

fn floor_div(u: i64, v: i64) -> i64 {
    let q = u.wrapping_div(v);
    if (u > 0) != (v > 0) && q.wrapping_mul(v) != u {
        q - 1
    } else {
        q
    }
}

/// Python's sign rule for a remainder: that of the divisor.
fn floor_rem(u: i64, v: i64) -> i64 {
    let r = u.wrapping_rem(v);
    if (u > 0) == (v > 0) || r == 0 {
        r
    } else {
        r + v
    }
}

/// `divmod` (`np.divmod`) where a time is involved: only timedeltas by
/// timedeltas have a loop (TIMEDELTA_mm_qm_divmod), which, unlike floor
/// division and remainder run one after the other, raises its own flags:
/// invalid for NaT, divide by zero for a zero divisor. None when neither
/// operand is a time.
pub fn divmod(a: &Value, b: &Value) -> Option<Result<Value>> {
    if parts(a).is_none() && parts(b).is_none() {
        return None;
    }
    let (Some(p), Some(q)) = (Opd::of(a), Opd::of(b)) else {
        return Some(Err(text_operand_error("divmod", a, b).unwrap_or_else(
            || super::pyops::unsupported(BinOp::FloorDiv, a, b),
        )));
    };
    let (Opd::Time(ta, xa), Opd::Time(tb, xb)) = (&p, &q) else {
        return Some(Err(resolution_error("divmod", &p, &q)));
    };
    if ta.kind != TimeKind::Timedelta || tb.kind != TimeKind::Timedelta {
        return Some(Err(resolution_error("divmod", &p, &q)));
    }
    Some((|| {
        let unit = dt::common_unit(ta.unit, tb.unit, true, true)?;
        let (x, y, shape) = unify("divmod", (*ta, xa), (*tb, xb), unit)?;
        let (x, y) = (x.to_vec::<i64>(), y.to_vec::<i64>());
        let (mut invalid, mut zero) = (false, false);
        let (quo, rem): (Vec<i64>, Vec<i64>) = x
            .iter()
            .zip(&y)
            .map(|(&u, &v)| {
                if u == NAT || v == NAT {
                    invalid = true;
                    (0, NAT)
                } else if v == 0 {
                    zero = true;
                    (0, NAT)
                } else {
                    (floor_div(u, v), floor_rem(u, v))
                }
            })
            .unzip();
        if zero {
            crate::array::signals::warn("RuntimeWarning", "divide by zero encountered in divmod");
        }
        if invalid {
            crate::array::signals::warn("RuntimeWarning", "invalid value encountered in divmod");
        }
        let quo = if shape.is_empty() {
            Value::Scalar(Scalar::Int64(quo[0]))
        } else {
            Value::Array(Array::from_vec(quo, shape.clone()))
        };
        Ok(Value::tuple(vec![quo, finish(td_of(unit), rem, shape)]))
    })())
}

/// The floating-point warnings of `u / v` over counts (NaT aside).
fn warn_division(x: &[i64], y: &[i64]) {
    let pairs = || x.iter().zip(y).filter(|(u, v)| **u != NAT && **v == 0);
    if pairs().any(|(u, _)| *u != 0) {
        crate::array::signals::warn("RuntimeWarning", "divide by zero encountered in divide");
    }
    if pairs().any(|(u, _)| *u == 0) {
        crate::array::signals::warn("RuntimeWarning", "invalid value encountered in divide");
    }
}

/// Whether a call passes a time value itself (lists are not looked into,
/// so that a ufunc call on a packed list leaves it packed).
pub fn passes_time(call: &CallArgs) -> bool {
    call.positional
        .iter()
        .any(|(v, _)| matches!(v, Value::Time(_) | Value::TimeArray(_)))
}

/// A ufunc called on times, `np.add(t, d)`: the operator it is, or None
/// for a ufunc without a time loop here (the numeric path refuses it).
pub fn ufunc_call(name: &str, call: &CallArgs) -> Option<Result<Value>> {
    let args: Vec<&Value> = call.positional.iter().map(|(v, _)| v).collect();
    let binary_op = match name {
        "add" => Some(BinOp::Add),
        "subtract" => Some(BinOp::Sub),
        "multiply" => Some(BinOp::Mul),
        "divide" | "true_divide" => Some(BinOp::Div),
        "floor_divide" => Some(BinOp::FloorDiv),
        "remainder" | "mod" => Some(BinOp::Mod),
        _ => None,
    };
    let cmp_op = match name {
        "equal" => Some(CmpOp::Eq),
        "not_equal" => Some(CmpOp::Ne),
        "less" => Some(CmpOp::Lt),
        "less_equal" => Some(CmpOp::Le),
        "greater" => Some(CmpOp::Gt),
        "greater_equal" => Some(CmpOp::Ge),
        _ => None,
    };
    let unary_op = match name {
        "absolute" => Some(None),
        "negative" => Some(Some(true)),
        "positive" => Some(Some(false)),
        _ => None,
    };
    if binary_op.is_none() && cmp_op.is_none() && unary_op.is_none() && name != "divmod" {
        return None;
    }
    // out=None is the default; other keywords pick loops or outputs.
    if call
        .keywords
        .iter()
        .any(|(k, v, _)| !(k == "out" && matches!(v, Value::None)))
    {
        return Some(Err(unsupported(&format!("keyword arguments of np.{name}"))));
    }
    Some(match (args.as_slice(), binary_op, cmp_op, unary_op) {
        ([a, b], Some(op), _, _) => binary(op, a, b),
        ([a, b], None, None, None) => {
            divmod(a, b).unwrap_or_else(|| Err(unsupported(&format!("this call of np.{name}"))))
        }
        ([a, b], _, Some(op), _) => compare(op, a, b),
        ([a], _, _, Some(neg)) if parts(a).is_some() => unary(neg, a),
        _ => Err(unsupported(&format!("this call of np.{name}"))),
    })
}

/// `-t`, `+t`, `abs(t)` of timedeltas.
pub fn unary(neg: Option<bool>, v: &Value) -> Result<Value> {
    let (ty, data) = parts(v).expect("a time value");
    if ty.kind == TimeKind::Datetime {
        return Err(Error::new(
            Exc::UFuncNoLoopError,
            format!(
                "ufunc '{}' did not contain a loop with signature matching types <class 'numpy.dtypes.{}'> -> None",
                match neg {
                    Some(true) => "negative",
                    Some(false) => "positive",
                    None => "absolute",
                },
                dtype_class(ty.kind)
            ),
        ));
    }
    let values: Vec<i64> = data
        .to_vec::<i64>()
        .into_iter()
        .map(|u| match neg {
            _ if u == NAT => NAT,
            Some(true) => u.wrapping_neg(),
            Some(false) => u,
            None => u.wrapping_abs(),
        })
        .collect();
    Ok(finish(ty, values, data.shape().to_vec()))
}

/// Comparisons of times: in one unit, NaT unequal to everything.
pub fn compare(op: CmpOp, a: &Value, b: &Value) -> Result<Value> {
    let (Some(p), Some(q)) = (Opd::of(a), Opd::of(b)) else {
        return mismatched(op, a, b);
    };
    let (x, y, shape) = match (&p, &q) {
        (Opd::Time(ta, xa), Opd::Time(tb, xb)) if ta.kind == tb.kind => {
            let strict = ta.kind == TimeKind::Timedelta;
            let unit = dt::common_unit(ta.unit, tb.unit, strict, strict)?;
            let (x, y, shape) = unify("subtract", (*ta, xa), (*tb, xb), unit)?;
            let (x, y) = (x.to_vec::<i64>(), y.to_vec::<i64>());
            (x, y, shape)
        }
        (Opd::Time(t, x), Opd::Int(n, _)) | (Opd::Int(n, _), Opd::Time(t, x))
            if t.kind == TimeKind::Timedelta =>
        {
            let first = matches!(p, Opd::Time(..));
            let (bx, bn, shape) = broadcast(x, n)?;
            let (x, n) = (bx.to_vec::<i64>(), bn.to_vec::<i64>());
            if first { (x, n, shape) } else { (n, x, shape) }
        }
        _ => return mismatched(op, a, b),
    };
    let values: Vec<bool> = x
        .iter()
        .zip(&y)
        .map(|(&u, &v)| {
            if u == NAT || v == NAT {
                return op == CmpOp::Ne;
            }
            op.holds(&u, &v)
        })
        .collect();
    if shape.is_empty() {
        return Ok(Value::Scalar(Scalar::Bool(values[0])));
    }
    Ok(Value::Array(Array::from_vec(values, shape)))
}

/// A comparison NumPy has no loop for: `==` and `!=` answer for every
/// element (Python's fallback), the orderings raise the ufunc's error.
fn mismatched(op: CmpOp, a: &Value, b: &Value) -> Result<Value> {
    let class = |v: &Value| -> Option<&'static str> {
        Some(match v {
            Value::Time(TimeScalar { ty, .. }) => dtype_class(ty.kind),
            Value::TimeArray(t) => dtype_class(t.ty.kind),
            Value::Str(_) => "StrDType",
            Value::Int(_) => "_PyLongDType",
            Value::Bool(_) => "BoolDType",
            Value::Float(_) => "_PyFloatDType",
            Value::Array(x) if x.dtype() == crate::array::DType::Int64 => "Int64DType",
            Value::Array(x) if x.dtype() == crate::array::DType::Float64 => "Float64DType",
            _ => return None,
        })
    };
    // Orderings fail on the types, before any shape is looked at.
    if !matches!(op, CmpOp::Eq | CmpOp::Ne) {
        if let (Some(p @ Opd::Time(..)), Some(q @ Opd::Time(..))) = (Opd::of(a), Opd::of(b)) {
            return Err(Error::new(
                Exc::UFuncBinaryResolutionError,
                format!(
                    "ufunc '{}' cannot use operands with types {} and {}",
                    cmp_name(op),
                    p.dtype_text(),
                    q.dtype_text()
                ),
            ));
        }
        return match (class(a), class(b)) {
            (Some(x), Some(y)) => Err(Error::new(
                Exc::UFuncNoLoopError,
                format!(
                    "ufunc '{}' did not contain a loop with signature matching types (<class 'numpy.dtypes.{x}'>, <class 'numpy.dtypes.{y}'>) -> None",
                    cmp_name(op)
                ),
            )),
            _ => Err(unsupported("comparisons with these objects")),
        };
    }
    let shape_of = |v: &Value| match (parts(v), v) {
        (Some((_, d)), _) => Some(d.shape().to_vec()),
        (None, Value::Array(x)) => Some(x.shape().to_vec()),
        _ => None,
    };
    let shape = match (shape_of(a), shape_of(b)) {
        (Some(x), Some(y)) => crate::array::shape::broadcast_shapes(&[&x, &y])?,
        (Some(x), None) | (None, Some(x)) => x,
        (None, None) => Vec::new(),
    };
    let answer = op == CmpOp::Ne;
    if shape.is_empty() {
        return Ok(Value::Scalar(Scalar::Bool(answer)));
    }
    let n = shape.iter().product();
    Ok(Value::Array(Array::from_vec(vec![answer; n], shape)))
}

fn cmp_name(op: CmpOp) -> &'static str {
    match op {
        CmpOp::Lt => "less",
        CmpOp::Le => "less_equal",
        CmpOp::Gt => "greater",
        _ => "greater_equal",
    }
}

fn dtype_class(kind: TimeKind) -> &'static str {
    match kind {
        TimeKind::Datetime => "DateTime64DType",
        TimeKind::Timedelta => "TimeDelta64DType",
    }
}

/// What a time scalar is as a dict key: equal times of different units
/// are one key (counted in microseconds, or nanoseconds for those).
pub fn key_text(t: &TimeScalar) -> String {
    let (name, _) = t.ty.kind.names();
    let fine = if t.ty.unit == Unit::Ns {
        Unit::Ns
    } else {
        Unit::Us
    };
    let value = match t.ty.kind {
        _ if t.value == NAT => None,
        TimeKind::Datetime => dt::cast_datetime(t.ty.unit, fine, t.value).ok(),
        TimeKind::Timedelta if matches!(t.ty.unit, Unit::Y | Unit::M) => None,
        TimeKind::Timedelta => dt::cast_timedelta(t.ty.unit, fine, t.value).ok(),
    };
    match value {
        Some(v) => format!("{name} {v} {}", fine.code()),
        None => format!("{name} {} {}", t.value, t.ty.unit.code()),
    }
}

/// `bool(t)`: a nonzero count (NaT included).
pub fn truthy(t: &TimeScalar) -> bool {
    t.value != 0
}

// ---- attributes, methods, indexing --------------------------------------------

/// Methods that only move elements or pick among them: the numeric code
/// runs on the counts.
const MOVING: [&str; 10] = [
    "reshape",
    "flatten",
    "ravel",
    "copy",
    "transpose",
    "squeeze",
    "take",
    "argmin",
    "argmax",
    "argsort",
];
/// Methods that compute with the counts: timedelta sums, and min/max.
const COUNTING: [&str; 5] = ["cumsum", "sum", "min", "max", "mean"];

pub fn getattr(it: &mut Interp, v: &Value, name: &str) -> Result<Value> {
    let (ty, data) = parts(v).expect("a time value");
    match name {
        "dtype" => return Ok(Value::TimeDType(ty)),
        "shape" | "ndim" | "size" | "T" | "itemsize" | "nbytes" => {
            return Ok(wrap(ty, numpy::getattr(it, &Value::Array(data), name)?));
        }
        _ => {}
    }
    let methods = [
        "astype",
        "tolist",
        "item",
        "sort",
        "argsort",
        "view",
        "searchsorted",
    ];
    if MOVING.contains(&name) || COUNTING.contains(&name) || methods.contains(&name) {
        let def = super::catalog::array_methods()
            .find(|f| f.name == name)
            .expect("these are ndarray methods");
        return Ok(Value::Method(Box::new(v.clone()), def));
    }
    Err(unsupported(&format!("the .{name} attribute")))
}

/// Counts reordered so that NaT, int64's minimum, comes after every time,
/// as NumPy's sorts, max and argmax order it: an order-keeping bijection,
/// undone by `nat_first`. Min and argmin need none, NaT being the least count.
fn nat_last(data: &Array) -> Array {
    let keys: Vec<i64> = data
        .to_vec::<i64>()
        .into_iter()
        .map(|v| if v == NAT { i64::MAX } else { v - 1 })
        .collect();
    Array::from_vec(keys, data.shape().to_vec())
}

fn nat_first(v: Value) -> Value {
    let undo = |w: i64| if w == i64::MAX { NAT } else { w + 1 };
    match v {
        Value::Array(a) if a.dtype() == crate::array::DType::Int64 => {
            let values: Vec<i64> = a.to_vec::<i64>().into_iter().map(undo).collect();
            Value::Array(Array::from_vec(values, a.shape().to_vec()))
        }
        Value::Scalar(Scalar::Int64(w)) => Value::Scalar(Scalar::Int64(undo(w))),
        other => other,
    }
}

/// Whether a method or function orders NaT last (see `nat_last`).
fn orders_nat_last(name: &str) -> bool {
    matches!(
        name,
        "max" | "amax" | "argmax" | "sort" | "argsort" | "unique"
    )
}

pub fn call_method(
    it: &mut Interp,
    v: &Value,
    def: &'static FnDef,
    call: CallArgs,
    span: Span,
) -> Result<Value> {
    let (ty, data) = parts(v).expect("a time value");
    let name = def.name;
    if name == "searchsorted" {
        return searchsorted(it, v, def, call, span);
    }
    let args = super::table::bind(def, Some(Value::Array(data.clone())), call, span)?;
    if name == "view" {
        return view(ty, &data, &args.get("dtype"));
    }
    if name == "astype" {
        let r = astype(ty, &data, &args.get("dtype"))?;
        return Ok(match (v, r) {
            (Value::Time(_), Value::TimeArray(a)) => a.wrap(Value::Scalar(a.data.get(&[]))),
            (Value::Time(_), Value::Array(a)) => Value::Scalar(a.get(&[])),
            (Value::Time(_), Value::StrArray(s)) => Value::NpStr(s.get_flat(0)),
            (Value::Time(t), Value::ObjArray(_)) => to_python(t.ty, t.value),
            (_, r) => r,
        });
    }
    if let Some(out) = ["out", "dtype"].into_iter().find(|k| args.given(k)) {
        return Err(unsupported(&format!("{out}= in .{name}()")));
    }
    match name {
        // The counts' own item()/tolist(), each count then made a Python object.
        "tolist" | "item" => return Ok(pythonize(ty, (def.imp)(it, &args)?)),
        "sort" => return Err(unsupported(".sort() (use np.sort)")),
        _ => {}
    }
    if COUNTING.contains(&name) {
        if ty.kind == TimeKind::Datetime && name != "min" && name != "max" {
            let opd = Opd::Time(ty, data);
            return Err(resolution_error("add", &opd, &opd));
        }
        return counting(it, ty, &data, def, args);
    }
    if name == "argsort" {
        // NumPy sorts times with its generic introsort, not the SIMD one
        // of int64, and ties land where that puts them.
        let kind = super::statistics::sort_kind(&args)?;
        let axis = numpy::arg_axis(&args, "axis")?;
        let order = crate::array::sort::argsort_as(&nat_last(&data), axis, kind, true)?;
        return Ok(Value::Array(order));
    }
    if orders_nat_last(name) {
        let mut args = args;
        args.this = Some(Value::Array(nat_last(&data)));
        let result = (def.imp)(it, &args)?;
        return Ok(match name {
            "argmax" | "argsort" => result,
            _ => wrap(ty, nat_first(result)),
        });
    }
    let result = (def.imp)(it, &args)?;
    Ok(match name {
        "argmin" => result,
        _ => wrap(ty, result),
    })
}

/// `cumsum`, `sum`, `min`, `max`, `mean` on the counts, NaT propagating:
/// each output that saw a NaT (the same reduction of a NaT mask) is NaT.
fn counting(
    it: &mut Interp,
    ty: TimeType,
    data: &Array,
    def: &'static FnDef,
    mut args: Args,
) -> Result<Value> {
    let values = data.to_vec::<i64>();
    let shape = data.shape().to_vec();
    let sum = super::catalog::array_methods()
        .find(|f| f.name == "sum")
        .expect("an ndarray method");
    let clean: Vec<i64> = values
        .iter()
        .map(|&v| if v == NAT { 0 } else { v })
        .collect();
    args.this = Some(Value::Array(Array::from_vec(clean, shape.clone())));
    let counted = match def.name {
        "mean" if values.is_empty() => {
            let warn = crate::array::signals::warn;
            warn("RuntimeWarning", "Mean of empty slice");
            warn("RuntimeWarning", "divide by zero encountered in divide");
            return Ok(Value::Time(TimeScalar { ty, value: NAT }));
        }
        "mean" => match (sum.imp)(it, &args)? {
            // NumPy divides the timedelta sum by the count, truncating.
            Value::Scalar(Scalar::Int64(u)) => {
                Value::Scalar(Scalar::Int64(u.wrapping_div((values.len() as i64).max(1))))
            }
            _ => return Err(unsupported(".mean() along an axis")),
        },
        _ => (def.imp)(it, &args)?,
    };
    if !values.contains(&NAT) {
        return Ok(wrap(ty, counted));
    }
    let nat: Vec<i64> = values.iter().map(|&v| i64::from(v == NAT)).collect();
    args.this = Some(Value::Array(Array::from_vec(nat, shape)));
    let seen = (if def.name == "cumsum" { def } else { sum }.imp)(it, &args)?;
    Ok(match (counted, seen) {
        (Value::Scalar(Scalar::Int64(v)), Value::Scalar(Scalar::Int64(k))) => {
            Value::Time(TimeScalar {
                ty,
                value: if k > 0 { NAT } else { v },
            })
        }
        (Value::Array(v), Value::Array(k)) => {
            let merged = v
                .to_vec::<i64>()
                .into_iter()
                .zip(k.to_vec::<i64>())
                .map(|(v, k)| if k > 0 { NAT } else { v })
                .collect();
            array_of(ty, merged, v.shape().to_vec())
        }
        (other, _) => wrap(ty, other),
    })
}

/// `a.astype(time dtype)` of numbers: the counts as C casts them to int64
/// (NaN and out-of-range floats become NaT); a datetime needs a unit for
/// any count but NaT.
pub fn from_numbers(a: &Array, ty: TimeType) -> Result<Value> {
    if a.dtype().kind_char() == 'c' {
        return Err(unsupported("casts of complex numbers"));
    }
    // NaN is NaT without a warning; other floats cast as C casts them.
    let nan: Vec<bool> = match a.dtype().kind_char() {
        'f' => a.to_vec::<f64>().iter().map(|x| x.is_nan()).collect(),
        _ => vec![false; a.size()],
    };
    let source = match nan.iter().any(|&n| n) {
        true => {
            let finite: Vec<f64> = a
                .to_vec::<f64>()
                .into_iter()
                .map(|x| if x.is_nan() { 0.0 } else { x })
                .collect();
            Array::from_vec(finite, a.shape().to_vec())
        }
        false => a.clone(),
    };
    let counts = crate::array::cast::cast_array(&source, crate::array::DType::Int64)?;
    let values: Vec<i64> = counts
        .to_vec::<i64>()
        .into_iter()
        .zip(nan)
        .map(|(v, n)| if n { NAT } else { v })
        .collect();
    if ty.kind == TimeKind::Datetime && ty.unit == Unit::Generic && values.iter().any(|&v| v != NAT)
    {
        return Err(Error::value_error(
            "Cannot convert a NumPy datetime value other than NaT with generic units",
        ));
    }
    Ok(array_of(ty, values, a.shape().to_vec()))
}

/// `a.searchsorted(v)`: both in their common unit, NaT sorting last.
fn searchsorted(
    it: &mut Interp,
    this: &Value,
    def: &'static FnDef,
    mut call: CallArgs,
    span: Span,
) -> Result<Value> {
    let slot = match call.positional.first_mut() {
        Some((v, _)) => v,
        None => match call.keywords.iter_mut().find(|(k, ..)| k == "v") {
            Some((_, v, _)) => v,
            None => return Err(unsupported("np.searchsorted without v")),
        },
    };
    let (_, arrays) = common(&[this.clone(), slot.clone()])?;
    *slot = Value::Array(nat_last(&arrays[1]));
    let args = super::table::bind(def, Some(Value::Array(nat_last(&arrays[0]))), call, span)?;
    (def.imp)(it, &args)
}

/// `a.view(int64)`: the counts themselves, sharing the array's memory.
fn view(ty: TimeType, data: &Array, dtype: &Value) -> Result<Value> {
    let counts = || {
        data.view(
            data.offset(),
            data.shape().to_vec(),
            data.strides().to_vec(),
        )
    };
    if is_int64(dtype) {
        return Ok(Value::Array(counts()));
    }
    match dtype_of(dtype) {
        Some(Ok(t)) if t == ty => Ok(wrap(ty, Value::Array(counts()))),
        _ => Err(unsupported("this view() dtype")),
    }
}

/// Whether a dtype argument names int64, the dtype of a time's count.
fn is_int64(dtype: &Value) -> bool {
    dtype_of(dtype).is_none()
        && matches!(
            super::convert::to_dtype(dtype),
            Ok(Some(crate::array::DType::Int64))
        )
}

/// `a.astype(dtype)`: to another time unit, to int64 counts, or to text.
fn astype(ty: TimeType, data: &Array, dtype: &Value) -> Result<Value> {
    if let Some(target) = dtype_of(dtype) {
        let target = target?;
        if target.kind != ty.kind {
            // Between datetimes and timedeltas NumPy keeps the counts as
            // they are, read in the new unit.
            let unit = if target.unit == Unit::Generic {
                ty.unit
            } else {
                target.unit
            };
            let target = TimeType {
                kind: target.kind,
                unit,
            };
            return Ok(array_of(
                target,
                data.to_vec::<i64>(),
                data.shape().to_vec(),
            ));
        }
        let unit = if target.unit == Unit::Generic {
            ty.unit
        } else {
            target.unit
        };
        let values = recount(ty, data, unit)?.to_vec::<i64>();
        return Ok(array_of(
            TimeType {
                kind: ty.kind,
                unit,
            },
            values,
            data.shape().to_vec(),
        ));
    }
    if super::objarray::is_object_dtype(dtype) {
        let items = data
            .to_vec::<i64>()
            .into_iter()
            .map(|v| to_python(ty, v))
            .collect();
        return Ok(Value::ObjArray(Box::new(super::objarray::ObjArray::new(
            items,
            data.shape().to_vec(),
        ))));
    }
    if is_int64(dtype) {
        return Ok(Value::Array(data.clone()));
    }
    if let Some(width) = super::strnum::text_dtype(dtype) {
        let texts: Vec<std::rc::Rc<str>> = data
            .to_vec::<i64>()
            .into_iter()
            .map(|v| match ty.kind {
                TimeKind::Datetime => dt::format_iso(ty.unit, v).into(),
                TimeKind::Timedelta => scalar_text(&TimeScalar { ty, value: v }).into(),
            })
            .collect();
        // NumPy sizes the text for any time of the unit; a width given
        // cuts a timedelta's text, and must hold a datetime's.
        let width = match (width, ty.kind) {
            (Some(w), TimeKind::Datetime) => {
                if texts.iter().any(|t| t.chars().count() > w) {
                    return Err(Error::new(
                        Exc::RuntimeError,
                        format!(
                            "The string provided for NumPy ISO datetime formatting was too short, with length {w}"
                        ),
                    ));
                }
                w
            }
            (Some(w), TimeKind::Timedelta) => w,
            (None, TimeKind::Datetime) => dt::iso_strlen(ty.unit, false),
            (None, TimeKind::Timedelta) => 21,
        };
        let texts = texts
            .into_iter()
            .map(|t| t.chars().take(width).collect::<String>().into())
            .collect();
        let width = Some(width);
        return Ok(Value::StrArray(Box::new(super::strarray::StrArray::new(
            texts,
            data.shape().to_vec(),
            width,
        ))));
    }
    if let Value::Type(TypeObj::Float) = dtype {
        let values: Vec<f64> = data.to_vec::<i64>().into_iter().map(|v| v as f64).collect();
        // The counts cast as int64 are (NaT too, as its int64 minimum).
        return Ok(Value::Array(Array::from_vec(values, data.shape().to_vec())));
    }
    Err(unsupported("this astype() target"))
}

/// `a[index]`: the counts indexed, back as times.
pub fn getitem(v: &Value, index: &Value) -> Result<Value> {
    match v {
        Value::TimeArray(a) => Ok(a.wrap(numpy::getitem(&Value::Array(a.data.clone()), index)?)),
        _ => Err(Error::type_error(format!(
            "'{}' object is not subscriptable",
            v.type_name()
        ))),
    }
}

/// `a[index] = value`: values converted into the array's type first.
pub fn setitem(a: &TimeArray, index: &Value, value: &Value) -> Result<()> {
    let counts = match build(value, Some(a.ty)) {
        Ok(Value::TimeArray(t)) => Value::Array(t.data),
        Ok(_) => unreachable!("build makes an array"),
        Err(e) => return Err(e),
    };
    numpy::setitem(&a.data, index, &counts)
}

/// Iterating or `list()` of an array: its first axis, scalars at the end.
pub fn items(a: &TimeArray) -> Result<Vec<Value>> {
    let n = *a
        .data
        .shape()
        .first()
        .ok_or_else(|| Error::type_error("iteration over a 0-d array"))?;
    (0..n)
        .map(|i| {
            getitem(
                &Value::TimeArray(Box::new(a.clone())),
                &Value::int(i as i64),
            )
        })
        .collect()
}

// ---- NumPy functions -----------------------------------------------------------

/// Whether a NumPy call takes time values: a time argument, or a time dtype.
pub fn in_call(call: &CallArgs) -> bool {
    call.positional.iter().any(|(v, _)| is_time(v))
        || call
            .keywords
            .iter()
            .any(|(k, v, _)| is_time(v) || (k == "dtype" && dtype_of(v).is_some()))
}

fn is_time(v: &Value) -> bool {
    first_is_time(v, 0)
}

/// A time value, or a list or tuple whose first element (first row…) is
/// one: what `np.array([np.datetime64(…), …])` is given. Only first elements
/// are looked at, to a bounded depth, so every call stays cheap and a list
/// holding itself ends.
fn first_is_time(v: &Value, depth: usize) -> bool {
    match v {
        Value::Time(_) | Value::TimeArray(_) => true,
        _ if depth >= 32 => false,
        Value::List(l) if l.packed_items().is_none() => l
            .iter()
            .next()
            .is_some_and(|x| first_is_time(&x, depth + 1)),
        Value::Tuple(t) => t.first().is_some_and(|x| first_is_time(x, depth + 1)),
        _ => false,
    }
}

/// NumPy functions that run on the counts unchanged, as their methods do.
const FUNCTIONS: [&str; 10] = [
    "reshape",
    "ravel",
    "copy",
    "transpose",
    "squeeze",
    "flip",
    "take",
    "cumsum",
    "sum",
    "diff",
];

pub fn numpy_call(
    it: &mut Interp,
    def: &'static FnDef,
    call: CallArgs,
    span: Span,
) -> Result<Value> {
    let name = def.name;
    match name {
        "array" | "asarray" => {
            let args = super::table::bind(def, None, call, span)?;
            let dtype = match dtype_of(&args.get("dtype")) {
                Some(t) => Some(t.map_err(|e| e.at(args.span("dtype")))?),
                None if matches!(args.get("dtype"), Value::None) => None,
                None => return Err(unsupported("this dtype")),
            };
            return build(&args.get("object"), dtype);
        }
        "arange" => return arange(&super::table::bind(def, None, call, span)?),
        // np.empty's memory is NumPy's garbage; npcalc's is zeros, as for numbers.
        "zeros" | "ones" | "empty" => {
            let args = super::table::bind(def, None, call, span)?;
            let Some(ty) = dtype_of(&args.get("dtype")) else {
                return Err(unsupported(&format!("np.{name} of these values")));
            };
            let shape = shape_arg(&args.get("shape"))?;
            let n = shape.iter().product();
            return Ok(array_of(ty?, vec![i64::from(name == "ones"); n], shape));
        }

        "isnat" | "datetime_as_string" => {
            let args = super::table::bind(def, None, call, span)?;
            return (def.imp)(it, &args);
        }
        "min" | "max" | "amin" | "amax" => {
            let method = if name.ends_with("min") { "min" } else { "max" };
            return method_of(it, method, call, span);
        }
        "full" => {
            let args = super::table::bind(def, None, call, span)?;
            let fill = args.get("fill_value");
            let ty = match (dtype_of(&args.get("dtype")), parts(&fill)) {
                (Some(t), _) => t?,
                (None, Some((t, _))) => t,
                (None, None) => return Err(unsupported("np.full of these values")),
            };
            let value = element(ty, &fill)?;
            let shape = shape_arg(&args.get("shape"))?;
            let n = shape.iter().product();
            return Ok(array_of(ty, vec![value; n], shape));
        }
        "mean" | "sort" | "unique" | "argsort" | "argmin" | "argmax" | "searchsorted" => {
            return method_of(it, name, call, span);
        }
        "concatenate" => return concatenate(it, def, call, span),
        "where" if call.positional.len() == 3 => return where3(it, def, call, span),
        _ => {}
    }
    let first = call.positional.first().map(|(v, _)| v.clone());
    let Some((ty, data)) = first.as_ref().and_then(parts) else {
        return Err(unsupported(&format!("np.{name}")));
    };
    if !FUNCTIONS.contains(&name) || call.positional.iter().skip(1).any(|(v, _)| is_time(v)) {
        return Err(unsupported(&format!("np.{name}")));
    }
    if name == "diff" {
        return diff(def, call, span);
    }
    if matches!(name, "cumsum" | "sum") {
        return method_of(it, name, call, span);
    }
    let mut call = call;
    call.positional[0].0 = Value::Array(data);
    if call
        .keywords
        .iter()
        .any(|(k, ..)| k == "dtype" || k == "out" || k == "prepend" || k == "append")
    {
        return Err(unsupported(&format!("these arguments of np.{name}")));
    }
    let result = it.call(&Value::Function(def), call, span)?;
    // A difference of datetimes is a timedelta in their unit.
    let ty = match name {
        "diff" => TimeType {
            kind: TimeKind::Timedelta,
            unit: ty.unit,
        },
        _ => ty,
    };
    Ok(wrap(ty, result))
}

/// `np.diff(a, n, axis)`: `a[1:] - a[:-1]` along the axis, n times, with
/// the subtraction's units and NaT (numpy/lib/_function_base_impl.py).
fn diff(def: &'static FnDef, call: CallArgs, span: Span) -> Result<Value> {
    let args = super::table::bind(def, None, call, span)?;
    for k in ["prepend", "append"] {
        if args.given(k) {
            return Err(unsupported(&format!("{k}= in np.diff")));
        }
    }
    let mut a = args.get("a");
    let n = numpy::to_index(&args.get("n"))?;
    if n < 0 {
        return Err(Error::value_error(format!(
            "order must be non-negative but got {n}"
        )));
    }
    let ndim = parts(&a).map_or(0, |(_, d)| d.ndim()) as i64;
    if ndim == 0 {
        return Err(Error::value_error(
            "diff requires input that is at least one dimensional",
        ));
    }
    let given = match args.get("axis") {
        Value::None => -1,
        v => numpy::to_index(&v)?,
    };
    let axis = if given < 0 { given + ndim } else { given };
    if !(0..ndim).contains(&axis) {
        return Err(Error::new(
            Exc::AxisError,
            format!("axis {given} is out of bounds for array of dimension {ndim}"),
        ));
    }
    let slice = |lo: Value, hi: Value| {
        let all = || Value::Slice(std::rc::Rc::new([Value::None, Value::None, Value::None]));
        let mut index: Vec<Value> = (0..ndim).map(|_| all()).collect();
        index[axis as usize] = Value::Slice(std::rc::Rc::new([lo, hi, Value::None]));
        Value::tuple(index)
    };
    for _ in 0..n {
        let later = getitem(&a, &slice(Value::int(1), Value::None))?;
        let earlier = getitem(&a, &slice(Value::None, Value::int(-1)))?;
        a = binary(BinOp::Sub, &later, &earlier)?;
    }
    Ok(a)
}

/// Time operands recounted in their common unit (`PyArray_PromoteTypes`
/// of time dtypes): all datetimes or all timedeltas.
fn common(values: &[Value]) -> Result<(TimeType, Vec<Array>)> {
    let mut all = Vec::new();
    for v in values {
        let Some(p) = parts(v) else {
            return Err(unsupported("mixing times and numbers here"));
        };
        all.push(p);
    }
    // Datetimes and timedeltas promote to datetimes, to which no
    // timedelta array may then be cast.
    let mixed = all.iter().any(|(t, _)| t.kind != all[0].0.kind);
    let kind = if mixed {
        TimeKind::Datetime
    } else {
        all[0].0.kind
    };
    let mut unit = Unit::Generic;
    for (t, _) in &all {
        let strict = !mixed && kind == TimeKind::Timedelta;
        unit = dt::common_unit(unit, t.unit, strict, strict)?;
    }
    let ty = TimeType { kind, unit };
    if let Some((t, _)) = all.iter().find(|(t, _)| t.kind != kind) {
        return Err(Error::type_error(format!(
            "Cannot cast array data from {} to {} according to the rule 'same_kind'",
            t.repr(),
            ty.repr()
        )));
    }
    let arrays = all
        .into_iter()
        .map(|(t, a)| recount(t, &a, unit))
        .collect::<Result<Vec<_>>>()?;
    Ok((ty, arrays))
}

/// `np.concatenate` of time arrays: in their common unit.
fn concatenate(
    it: &mut Interp,
    def: &'static FnDef,
    mut call: CallArgs,
    span: Span,
) -> Result<Value> {
    let items: Vec<Value> = match call.positional.first().map(|(v, _)| v) {
        Some(Value::List(l)) => l.borrow().clone(),
        Some(Value::Tuple(t)) => t.to_vec(),
        _ => return Err(unsupported("np.concatenate of these values")),
    };
    if items.is_empty() || call.keywords.iter().any(|(k, ..)| k != "axis") {
        return Err(unsupported("these arguments of np.concatenate"));
    }
    // NumPy checks the arrays' shapes before their dtypes: the counts
    // concatenated first give its shape errors.
    let counts: Vec<Value> = items
        .iter()
        .map(|v| parts(v).map_or_else(|| v.clone(), |(_, d)| Value::Array(d)))
        .collect();
    let mut probe = call.clone();
    probe.positional[0].0 = Value::list(counts);
    it.call(&Value::Function(def), probe, span)?;
    let (ty, arrays) = common(&items)?;
    call.positional[0].0 = Value::list(arrays.into_iter().map(Value::Array).collect());
    Ok(wrap(ty, it.call(&Value::Function(def), call, span)?))
}

/// `np.where(cond, x, y)` choosing among times: in their common unit.
fn where3(it: &mut Interp, def: &'static FnDef, mut call: CallArgs, span: Span) -> Result<Value> {
    let picks = [call.positional[1].0.clone(), call.positional[2].0.clone()];
    let (ty, arrays) = common(&picks)?;
    for (slot, a) in call.positional[1..].iter_mut().zip(arrays) {
        slot.0 = Value::Array(a);
    }
    Ok(wrap(ty, it.call(&Value::Function(def), call, span)?))
}

/// A `shape` argument: an int or a sequence of ints, none negative.
fn shape_arg(v: &Value) -> Result<Vec<usize>> {
    match super::to_array(v, None)?.to_vec::<i64>() {
        dims if dims.iter().all(|&d| d >= 0) => Ok(dims.into_iter().map(|d| d as usize).collect()),
        _ => Err(Error::value_error("negative dimensions are not allowed")),
    }
}

/// `np.min(a, …)`: the array's method, its first argument the receiver.
fn method_of(it: &mut Interp, name: &str, mut call: CallArgs, span: Span) -> Result<Value> {
    if call.positional.is_empty() {
        return Err(unsupported(&format!("np.{name} without its array")));
    }
    let (this, _) = call.positional.remove(0);
    let Some((ty, data)) = parts(&this) else {
        return Err(unsupported(&format!("np.{name} of these values")));
    };
    if name == "sort" || name == "unique" {
        let result = it.call(
            &Value::Function(
                super::catalog::numpy_functions()
                    .find(|f| f.name == name)
                    .expect("a NumPy function"),
            ),
            CallArgs {
                positional: std::iter::once((Value::Array(nat_last(&data)), span))
                    .chain(call.positional)
                    .collect(),
                keywords: call.keywords,
            },
            span,
        )?;
        // np.unique(…, return_counts=True) and the like: times come first.
        return Ok(match result {
            Value::Tuple(items) => {
                let mut items = items.to_vec();
                items[0] = wrap(ty, nat_first(items[0].clone()));
                Value::tuple(items)
            }
            r => wrap(ty, nat_first(r)),
        });
    }
    let def = super::catalog::array_methods()
        .find(|f| f.name == name)
        .expect("an ndarray method");
    call_method(it, &this, def, call, span)
}

fn isnat(_: &mut Interp, args: &Args) -> Result<Value> {
    let Some((_, data)) = parts(&args.get("x")) else {
        return Err(Error::type_error(
            "ufunc 'isnat' is only defined for np.datetime64 and np.timedelta64.",
        ));
    };
    let values: Vec<bool> = data.to_vec::<i64>().iter().map(|&v| v == NAT).collect();
    if data.ndim() == 0 {
        return Ok(Value::Scalar(Scalar::Bool(values[0])));
    }
    Ok(Value::Array(Array::from_vec(values, data.shape().to_vec())))
}

fn datetime_as_string(_: &mut Interp, args: &Args) -> Result<Value> {
    let Some((ty, data)) = parts(&args.get("arr")).filter(|(t, _)| t.kind == TimeKind::Datetime)
    else {
        return Err(Error::type_error("input must have type NumPy datetime"));
    };
    let casting = if args.given("casting") {
        numpy::casting_arg(args)?
    } else {
        crate::array::cast::Casting::SameKind
    };
    let unit = match args.get("unit") {
        Value::None => ty.unit,
        Value::Str(s) if &*s == "auto" => return Err(unsupported("unit='auto'")),
        Value::Str(s) => Unit::parse(&s)?,
        other => {
            return Err(Error::type_error(format!(
                "unit must be a string, not '{}'",
                other.type_name()
            )));
        }
    };
    if !dt::can_cast_datetime_units(ty.unit, unit, casting) {
        return Err(Error::type_error(format!(
            "Cannot create a datetime string as units '{}' from a NumPy datetime with units '{}' according to the rule '{}'",
            unit.code(),
            ty.unit.code(),
            casting.name()
        )));
    }
    // 'UTC' marks times with a Z; 'local' and tzinfo objects read the
    // machine's zone database, which npcalc does not have.
    let utc = match args.get("timezone") {
        Value::None => false,
        Value::Str(s) if &*s == "naive" => false,
        Value::Str(s) if &*s == "UTC" => true,
        Value::Str(s) if &*s == "local" => return Err(unsupported("timezone='local'")),
        Value::Str(s) => {
            return Err(Error::value_error(format!(
                "Unsupported timezone input string \"{s}\""
            )));
        }
        _ => return Err(unsupported("tzinfo objects")),
    };
    let zone = if utc && unit >= Unit::H && unit != Unit::Generic {
        "Z"
    } else {
        ""
    };
    let texts: Vec<std::rc::Rc<str>> = data
        .to_vec::<i64>()
        .into_iter()
        .map(|v| {
            let text = dt::format_iso(unit, dt::cast_datetime(ty.unit, unit, v)?);
            Ok(if v == NAT { text } else { text + zone }.into())
        })
        .collect::<Result<_>>()?;
    if data.ndim() == 0 {
        return Ok(Value::NpStr(texts[0].clone()));
    }
    Ok(Value::StrArray(Box::new(super::strarray::StrArray::new(
        texts,
        data.shape().to_vec(),
        Some(dt::iso_strlen(unit, false)),
    ))))
}

fn datetime64(_: &mut Interp, args: &Args) -> Result<Value> {
    scalar(TimeKind::Datetime, args)
}

fn timedelta64(_: &mut Interp, args: &Args) -> Result<Value> {
    scalar(TimeKind::Timedelta, args)
}

pub static DATETIME: &[FnDef] = &[
    FnDef {
        name: "datetime64",
        owner: super::table::Owner::Numpy,
        error_name: None,
        params: &[
            p!(Normal "value" = "None", "An ISO 8601 string ('2024-01-31', '2024-01-31T10:30'), 'NaT', a count of `unit` since 1970-01-01, or a datetime64."),
            p!(Normal "unit" = "None", "'Y', 'M', 'W', 'D', 'h', 'm', 's', 'ms', 'us' or 'ns'; by default the finest the string spells out."),
        ],
        doc: "A date and time: a count of a unit since 1970-01-01.",
        examples: &[
            "np.datetime64('2005-02-25')",
            "np.datetime64('2005-02-27') - np.datetime64('2005-02-25')",
        ],
        imp: datetime64,
    },
    FnDef {
        name: "timedelta64",
        owner: super::table::Owner::Numpy,
        error_name: None,
        params: &[
            p!(Normal "value" = "0", "A count of `unit`, 'NaT', or a timedelta64."),
            p!(Normal "unit" = "None", "'Y', 'M', 'W', 'D', 'h', 'm', 's', 'ms', 'us' or 'ns'; generic when not given."),
        ],
        doc: "A duration: a count of a time unit.",
        examples: &[
            "np.timedelta64(3, 'D')",
            "np.datetime64('2024-01-31') + np.timedelta64(1, 'D')",
        ],
        imp: timedelta64,
    },
    FnDef {
        name: "isnat",
        owner: super::table::Owner::Numpy,
        error_name: None,
        params: &[p!(Normal "x", "A datetime64 or timedelta64 array or scalar.")],
        doc: "Whether each element is NaT (not a time).",
        examples: &["np.isnat(np.array(['2024-01-01', 'NaT'], dtype='datetime64[D]'))"],
        imp: isnat,
    },
    FnDef {
        name: "datetime_as_string",
        owner: super::table::Owner::Numpy,
        error_name: None,
        params: &[
            p!(Normal "arr", "A datetime64 array or scalar."),
            p!(Normal "unit" = "None", "The unit to print in; the array's by default."),
            p!(Normal "timezone" = "None", "'naive' (the default) or 'UTC', which ends each time with Z."),
            p!(Normal "casting" = "'same_kind'", "How the unit may change: 'safe' allows only finer units."),
        ],
        doc: "Each datetime as its ISO 8601 text.",
        examples: &[
            "np.datetime_as_string(np.arange('2024-01-30', '2024-02-02', dtype='datetime64[D]'))",
        ],
        imp: datetime_as_string,
    },
];

/// `dtype.name`, `.kind`, `.str`, `.char`, `.itemsize` of a time dtype.
pub fn dtype_attr(t: TimeType, name: &str) -> Result<Value> {
    let (_, code) = t.kind.names();
    Ok(match name {
        "name" => Value::str(&t.name()),
        "kind" | "char" => Value::str(code),
        "str" => Value::str(&t.str_code()),
        "itemsize" | "alignment" => Value::int(8),
        "type" => Value::Function(
            DATETIME
                .iter()
                .find(|f| f.name == t.kind.names().0)
                .expect("a constructor"),
        ),
        _ => return Err(unsupported(&format!("the dtype attribute .{name}"))),
    })
}
