//! Python's `datetime` module as CPython 3.11 has it (Modules/_datetimemodule.c):
//! naive `date`, `datetime` and `timedelta`, with the C module's range checks,
//! its normalisation of float arguments, and its reprs. The clock
//! (`today`, `now`) and time zones are refused: the core stays deterministic.

use super::Interp;
use super::table::{Args, FnDef, Owner, method, p};
use super::value::Value;
use crate::error::{Error, Exc, Result};
use crate::syntax::ast::BinOp;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};
use std::cmp::Ordering;

mod arith;
mod calendar;
mod text;
pub use arith::*;
use calendar::*;
pub use text::*;

const MAXYEAR: i64 = 9999;
const MAXORDINAL: i64 = 3_652_059;
const MAX_DELTA_DAYS: i64 = 999_999_999;
const US_PER_SECOND: i64 = 1_000_000;
const US_PER_DAY: i64 = 86_400 * US_PER_SECOND;

/// A naive date, a naive datetime, or a timedelta.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PyTime {
    Date(Ymd),
    DateTime(Ymd, Hms),
    Delta(Td),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Ymd {
    pub y: i64,
    pub m: i64,
    pub d: i64,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Hms {
    pub h: i64,
    pub mi: i64,
    pub s: i64,
    pub us: i64,
}

/// A timedelta in CPython's normal form: 0 <= secs < 86400, 0 <= us < 10**6.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Td {
    pub days: i64,
    pub secs: i64,
    pub us: i64,
}

const MIDNIGHT: Hms = Hms {
    h: 0,
    mi: 0,
    s: 0,
    us: 0,
};

// ---- arguments ----

/// A C `int` argument: `__index__`, then the C int range.
fn c_int(v: &Value) -> Result<i64> {
    let i = super::builtins::index(v)?;
    i.to_i32()
        .map(i64::from)
        .ok_or_else(|| too_large_for_c_int(&i))
}

fn too_large_for_c_int(i: &BigInt) -> Error {
    let msg = if i.is_negative() {
        "signed integer is less than minimum"
    } else {
        "signed integer is greater than maximum"
    };
    Error::new(Exc::OverflowError, msg)
}

fn check_date(y: i64, m: i64, d: i64) -> Result<Ymd> {
    if !(1..=MAXYEAR).contains(&y) {
        return Err(Error::value_error(format!("year {y} is out of range")));
    }
    if !(1..=12).contains(&m) {
        return Err(Error::value_error("month must be in 1..12"));
    }
    if d < 1 || d > days_in_month(y, m) {
        return Err(Error::value_error("day is out of range for month"));
    }
    Ok(Ymd { y, m, d })
}

fn check_time(h: i64, mi: i64, s: i64, us: i64) -> Result<Hms> {
    let checks = [
        ("hour", h, 23),
        ("minute", mi, 59),
        ("second", s, 59),
        ("microsecond", us, 999_999),
    ];
    for (name, v, max) in checks {
        if !(0..=max).contains(&v) {
            return Err(Error::value_error(format!("{name} must be in 0..{max}")));
        }
    }
    Ok(Hms { h, mi, s, us })
}

/// npcalc has no tzinfo objects (`datetime.timezone` is refused), so any
/// value but None is what CPython rejects.
fn refuse_tzinfo(tz: &Value) -> Result<()> {
    match tz {
        Value::None => Ok(()),
        other => Err(Error::type_error(format!(
            "tzinfo argument must be None or of a tzinfo subclass, not type '{}'",
            other.type_name()
        ))),
    }
}

fn date_new(_: &mut Interp, args: &Args) -> Result<Value> {
    let (y, m, d) = (
        c_int(&args.get("year"))?,
        c_int(&args.get("month"))?,
        c_int(&args.get("day"))?,
    );
    Ok(time_value(PyTime::Date(check_date(y, m, d)?)))
}

fn datetime_new(_: &mut Interp, args: &Args) -> Result<Value> {
    let mut n = Vec::new();
    for name in [
        "year",
        "month",
        "day",
        "hour",
        "minute",
        "second",
        "microsecond",
    ] {
        n.push(c_int(&args.get(name))?);
    }
    refuse_tzinfo(&args.get("tzinfo"))?;
    let date = check_date(n[0], n[1], n[2])?;
    let time = check_time(n[3], n[4], n[5], n[6])?;
    fold(&args.get("fold"))?;
    Ok(time_value(PyTime::DateTime(date, time)))
}

fn fold(v: &Value) -> Result<()> {
    match c_int(v)? {
        0 => Ok(()),
        1 => Err(Error::type_error(
            "npcalc does not support fold=1: it only matters with time zones",
        )),
        _ => Err(Error::value_error("fold must be either 0 or 1")),
    }
}

// ---- timedelta construction (delta_new) ----

/// C's `modf`: the fractional and integral parts, both with x's sign.
fn modf(x: f64) -> (f64, f64) {
    let int = x.trunc();
    (x - int, int)
}

/// `PyLong_FromDouble` on an integral double.
fn float_to_int(x: f64) -> Result<BigInt> {
    if x.is_nan() {
        return Err(Error::value_error("cannot convert float NaN to integer"));
    }
    if x.is_infinite() {
        return Err(Error::new(
            Exc::OverflowError,
            "cannot convert float infinity to integer",
        ));
    }
    let (n, d) = super::fractions::float_ratio(x);
    Ok(n / d)
}

/// CPython's `accum`: `sofar + num*factor`, a float's lost fraction of a
/// microsecond added to `leftover`.
fn accum(tag: &str, sofar: BigInt, num: &Value, factor: i64, leftover: &mut f64) -> Result<BigInt> {
    let dnum = match num {
        Value::Int(_) | Value::Bool(_) => {
            return Ok(sofar + super::builtins::index(num)? * factor);
        }
        Value::Float(x) => *x,
        Value::Scalar(crate::array::Scalar::Float64(x)) => *x,
        other => {
            return Err(Error::type_error(format!(
                "unsupported type for timedelta {tag} component: {}",
                other.type_name()
            )));
        }
    };
    let (frac, int) = modf(dnum);
    let sum = sofar + float_to_int(int)? * factor;
    if frac == 0.0 {
        return Ok(sum);
    }
    // The fraction times the factor: its whole part is exact, the rest is
    // carried as a double.
    let (frac, int) = modf(factor as f64 * frac);
    *leftover += frac;
    Ok(sum + float_to_int(int)?)
}

fn timedelta_new(_: &mut Interp, args: &Args) -> Result<Value> {
    const PARTS: [(&str, i64); 7] = [
        ("microseconds", 1),
        ("milliseconds", 1000),
        ("seconds", US_PER_SECOND),
        ("minutes", 60 * US_PER_SECOND),
        ("hours", 3600 * US_PER_SECOND),
        ("days", US_PER_DAY),
        ("weeks", 7 * US_PER_DAY),
    ];
    let mut x = BigInt::zero();
    let mut leftover = 0.0f64;
    for (name, factor) in PARTS {
        x = accum(name, x, &args.get(name), factor, &mut leftover)?;
    }
    if leftover != 0.0 {
        // Round to the nearest microsecond, half to even on x's parity.
        let mut whole = leftover.round();
        if (whole - leftover).abs() == 0.5 {
            let odd = if x.is_odd() { 1.0 } else { 0.0 };
            whole = 2.0 * ((leftover + odd) * 0.5).round() - odd;
        }
        x += whole as i64;
    }
    Ok(delta_value(from_us(&x)?))
}

/// `microseconds_to_delta`: the normal form, the day count checked.
fn from_us(us: &BigInt) -> Result<Td> {
    let (secs, us) = us.div_mod_floor(&BigInt::from(US_PER_SECOND));
    let (days, secs) = secs.div_mod_floor(&BigInt::from(86_400));
    let days = days.to_i32().ok_or_else(|| {
        Error::new(
            Exc::OverflowError,
            "Python int too large to convert to C int",
        )
    })?;
    let days = i64::from(days);
    if days.abs() > MAX_DELTA_DAYS {
        return Err(Error::new(
            Exc::OverflowError,
            format!("days={days}; must have magnitude <= {MAX_DELTA_DAYS}"),
        ));
    }
    Ok(Td {
        days,
        secs: secs.to_i64().unwrap_or(0),
        us: us.to_i64().unwrap_or(0),
    })
}

impl Td {
    fn to_us(self) -> BigInt {
        BigInt::from(self.days) * US_PER_DAY + BigInt::from(self.secs * US_PER_SECOND + self.us)
    }
}

fn delta_value(td: Td) -> Value {
    time_value(PyTime::Delta(td))
}

fn time_value(t: PyTime) -> Value {
    Value::PyTime(std::rc::Rc::new(t))
}

// ---- NumPy's conversions (numpy/_core/src/multiarray/datetime.c) ----

/// A `datetime.date`, or with a time of day a `datetime.datetime`, from
/// fields NumPy has already checked (years 1..=9999, a real calendar day).
pub fn from_fields(y: i64, m: i64, d: i64, time: Option<[i64; 4]>) -> Value {
    let date = Ymd { y, m, d };
    time_value(match time {
        None => PyTime::Date(date),
        Some([h, mi, s, us]) => PyTime::DateTime(date, Hms { h, mi, s, us }),
    })
}

/// `PyDelta_FromDSU(days, seconds, us)`, normalised (None past its range).
pub fn delta_from_dsu(days: i64, secs: i64, us: i64) -> Option<Value> {
    let total = BigInt::from(days) * US_PER_DAY + BigInt::from(secs) * US_PER_SECOND + us;
    from_us(&total).ok().map(delta_value)
}

/// What NumPy reads from a date, datetime or timedelta: the calendar fields
/// with the time of day, or a timedelta's microseconds.
pub enum Fields {
    At([i64; 7]),
    Micros(i64),
}

pub fn fields(t: &PyTime) -> Fields {
    match *t {
        PyTime::Date(d) => Fields::At([d.y, d.m, d.d, 0, 0, 0, 0]),
        PyTime::DateTime(d, h) => Fields::At([d.y, d.m, d.d, h.h, h.mi, h.s, h.us]),
        PyTime::Delta(td) => Fields::Micros(td.days * US_PER_DAY + td.secs * US_PER_SECOND + td.us),
    }
}

/// Whether the value is a `datetime.datetime` (NumPy gives it microseconds,
/// a date days).
pub fn has_time(t: &PyTime) -> bool {
    !matches!(t, PyTime::Date(_))
}

// ---- attributes and methods ----

pub fn attribute(t: &PyTime, name: &str) -> Option<Value> {
    let int = Value::int;
    Some(match (t, name) {
        (PyTime::Date(d) | PyTime::DateTime(d, _), "year") => int(d.y),
        (PyTime::Date(d) | PyTime::DateTime(d, _), "month") => int(d.m),
        (PyTime::Date(d) | PyTime::DateTime(d, _), "day") => int(d.d),
        (PyTime::DateTime(_, t), "hour") => int(t.h),
        (PyTime::DateTime(_, t), "minute") => int(t.mi),
        (PyTime::DateTime(_, t), "second") => int(t.s),
        (PyTime::DateTime(_, t), "microsecond") => int(t.us),
        (PyTime::DateTime(..), "tzinfo") => Value::None,
        (PyTime::DateTime(..), "fold") => int(0),
        (PyTime::Delta(td), "days") => int(td.days),
        (PyTime::Delta(td), "seconds") => int(td.secs),
        (PyTime::Delta(td), "microseconds") => int(td.us),
        _ => return class_constant(kind_of(t), name),
    })
}

pub fn attribute_names(t: &PyTime) -> &'static [&'static str] {
    match t {
        PyTime::Date(_) => &["day", "max", "min", "month", "resolution", "year"],
        PyTime::DateTime(..) => &[
            "day",
            "fold",
            "hour",
            "max",
            "microsecond",
            "min",
            "minute",
            "month",
            "resolution",
            "second",
            "tzinfo",
            "year",
        ],
        PyTime::Delta(_) => &[
            "days",
            "max",
            "microseconds",
            "min",
            "resolution",
            "seconds",
        ],
    }
}

/// `obj.name = v`: the fields are read-only (getset descriptors on date and
/// datetime, READONLY members on timedelta) and there is no `__dict__`.
pub fn setattr(t: &PyTime, name: &str) -> Error {
    let ty = type_name(t);
    Error::attribute_error(match attribute(t, name) {
        Some(_) if class_constant(kind_of(t), name).is_some() => {
            format!("'{ty}' object attribute '{name}' is read-only")
        }
        Some(_) if kind_of(t) == Kind::Delta => "readonly attribute".into(),
        Some(_) => format!("attribute '{name}' of '{ty}' objects is not writable"),
        None => format!("'{ty}' object has no attribute '{name}'"),
    })
}

#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Date,
    DateTime,
    Delta,
}

fn kind_of(t: &PyTime) -> Kind {
    match t {
        PyTime::Date(_) => Kind::Date,
        PyTime::DateTime(..) => Kind::DateTime,
        PyTime::Delta(_) => Kind::Delta,
    }
}

/// `min`, `max` and `resolution`, on the class or an instance.
fn class_constant(kind: Kind, name: &str) -> Option<Value> {
    let first = Ymd { y: 1, m: 1, d: 1 };
    let last = Ymd {
        y: MAXYEAR,
        m: 12,
        d: 31,
    };
    let end_of_day = Hms {
        h: 23,
        mi: 59,
        s: 59,
        us: 999_999,
    };
    let td = |days, secs, us| delta_value(Td { days, secs, us });
    Some(match (kind, name) {
        (Kind::Date, "min") => time_value(PyTime::Date(first)),
        (Kind::Date, "max") => time_value(PyTime::Date(last)),
        (Kind::Date, "resolution") => td(1, 0, 0),
        (Kind::DateTime, "min") => time_value(PyTime::DateTime(first, MIDNIGHT)),
        (Kind::DateTime, "max") => time_value(PyTime::DateTime(last, end_of_day)),
        (Kind::DateTime | Kind::Delta, "resolution") => td(0, 0, 1),
        (Kind::Delta, "min") => td(-MAX_DELTA_DAYS, 0, 0),
        (Kind::Delta, "max") => td(MAX_DELTA_DAYS, 86_399, 999_999),
        _ => return None,
    })
}

fn this(args: &Args) -> PyTime {
    match args.this() {
        Value::PyTime(t) => **t,
        _ => PyTime::Delta(Td {
            days: 0,
            secs: 0,
            us: 0,
        }),
    }
}

fn ymd_hms(t: PyTime) -> (Ymd, Hms) {
    match t {
        PyTime::Date(d) => (d, MIDNIGHT),
        PyTime::DateTime(d, h) => (d, h),
        PyTime::Delta(_) => (Ymd { y: 1, m: 1, d: 1 }, MIDNIGHT),
    }
}

fn text_arg(args: &Args, name: &str, what: &str) -> Result<String> {
    match args.get(name) {
        Value::Str(s) => Ok(s.to_string()),
        other => Err(Error::type_error(format!(
            "{what} must be str, not {}",
            other.type_name()
        ))),
    }
}

fn isoformat(_: &mut Interp, args: &Args) -> Result<Value> {
    let t = this(args);
    Ok(Value::str(&match t {
        PyTime::DateTime(d, h) => {
            let sep = text_arg(args, "sep", "isoformat() argument 1")?;
            if sep.chars().count() != 1 {
                return Err(Error::type_error(
                    "isoformat() argument 1 must be a unicode character, not str",
                ));
            }
            let spec = text_arg(args, "timespec", "isoformat() argument 2")?;
            format!("{}{sep}{}", iso_date(&d), iso_time(&h, &spec)?)
        }
        _ => str(&t),
    }))
}

fn replace(_: &mut Interp, args: &Args) -> Result<Value> {
    let t = this(args);
    let (d, h) = ymd_hms(t);
    let pick = |name: &str, old: i64| match args.get(name) {
        Value::None => Ok(old),
        v => c_int(&v),
    };
    let date = check_date(pick("year", d.y)?, pick("month", d.m)?, pick("day", d.d)?)?;
    Ok(time_value(match t {
        PyTime::DateTime(..) => {
            refuse_tzinfo(&args.get("tzinfo"))?;
            let time = check_time(
                pick("hour", h.h)?,
                pick("minute", h.mi)?,
                pick("second", h.s)?,
                pick("microsecond", h.us)?,
            )?;
            PyTime::DateTime(date, time)
        }
        _ => PyTime::Date(date),
    }))
}

fn strftime_method(_: &mut Interp, args: &Args) -> Result<Value> {
    let (d, h) = ymd_hms(this(args));
    let fmt = text_arg(args, "format", "strftime() argument 1")?;
    Ok(Value::str(&strftime(&d, &h, &fmt)?))
}

fn weekday(_: &mut Interp, args: &Args) -> Result<Value> {
    Ok(Value::int(ymd_hms(this(args)).0.weekday()))
}

fn isoweekday(_: &mut Interp, args: &Args) -> Result<Value> {
    Ok(Value::int(ymd_hms(this(args)).0.weekday() + 1))
}

static ISO_CALENDAR_DATE: super::value::NamedKind = super::value::NamedKind {
    qualname: "datetime.IsoCalendarDate",
    fields: &["year", "week", "weekday"],
};

fn isocalendar(_: &mut Interp, args: &Args) -> Result<Value> {
    let (y, w, d) = ymd_hms(this(args)).0.iso_calendar();
    let items = [Value::int(y), Value::int(w), Value::int(d)];
    Ok(Value::NamedTuple(
        &ISO_CALENDAR_DATE,
        std::rc::Rc::from(items),
    ))
}

fn toordinal(_: &mut Interp, args: &Args) -> Result<Value> {
    Ok(Value::int(ymd_hms(this(args)).0.ordinal()))
}

fn ctime_method(_: &mut Interp, args: &Args) -> Result<Value> {
    let (d, h) = ymd_hms(this(args));
    Ok(Value::str(&ctime(&d, &h)))
}

fn total_seconds(_: &mut Interp, args: &Args) -> Result<Value> {
    let PyTime::Delta(td) = this(args) else {
        return Ok(Value::None);
    };
    Ok(Value::Float(super::pyops::int_true_div(
        &td.to_us(),
        &BigInt::from(US_PER_SECOND),
    )?))
}

fn date_of(_: &mut Interp, args: &Args) -> Result<Value> {
    Ok(time_value(PyTime::Date(ymd_hms(this(args)).0)))
}

macro_rules! date_methods {
    ($($extra:expr),* $(,)?) => {
        &[
            method!(Method "weekday", [], "The day of the week, Monday as 0.", weekday),
            method!(Method "isoweekday", [], "The day of the week, Monday as 1.", isoweekday),
            method!(Method "toordinal", [], "The proleptic Gregorian ordinal, 1 for 0001-01-01.", toordinal),
            method!(Method "strftime", [p!(Normal "format", "The directives, such as '%Y-%m-%d'.")],
                "The date formatted with C's strftime directives.", strftime_method),
            method!(Method "ctime", [], "The ctime() style text.", ctime_method),
            method!(Method "isocalendar", [], "IsoCalendarDate(year, week, weekday) of ISO 8601.", isocalendar),
            $($extra),*
        ]
    };
}

pub static DATE_METHODS: &[FnDef] = date_methods!(
    method!(Method "isoformat", [], "The date as YYYY-MM-DD.", isoformat),
    method!(
        Method "replace",
        [
            p!(Normal "year" = "None", "The new year."),
            p!(Normal "month" = "None", "The new month."),
            p!(Normal "day" = "None", "The new day.")
        ],
        "The date with the given fields replaced.",
        replace
    ),
);

pub static DATETIME_METHODS: &[FnDef] = date_methods!(
    method!(
        Method "isoformat",
        [
            p!(Normal "sep" = "'T'", "The character between date and time."),
            p!(Normal "timespec" = "'auto'", "'auto', 'hours', 'minutes', 'seconds', 'milliseconds' or 'microseconds'.")
        ],
        "The datetime as YYYY-MM-DDTHH:MM:SS[.ffffff].",
        isoformat
    ),
    method!(
        Method "replace",
        [
            p!(Normal "year" = "None", "The new year."),
            p!(Normal "month" = "None", "The new month."),
            p!(Normal "day" = "None", "The new day."),
            p!(Normal "hour" = "None", "The new hour."),
            p!(Normal "minute" = "None", "The new minute."),
            p!(Normal "second" = "None", "The new second."),
            p!(Normal "microsecond" = "None", "The new microsecond."),
            p!(Normal "tzinfo" = "None", "Not supported: datetimes are naive.")
        ],
        "The datetime with the given fields replaced.",
        replace
    ),
    method!(Method "date", [], "The date part.", date_of),
);

pub static TIMEDELTA_METHODS: &[FnDef] = &[method!(
    Method "total_seconds",
    [],
    "The duration in seconds, as a float.",
    total_seconds
)];

pub fn methods(t: &PyTime) -> &'static [FnDef] {
    match t {
        PyTime::Date(_) => DATE_METHODS,
        PyTime::DateTime(..) => DATETIME_METHODS,
        PyTime::Delta(_) => TIMEDELTA_METHODS,
    }
}

// ---- the classes and their class methods ----

fn clock(name: &str) -> Error {
    Error::type_error(format!(
        "npcalc does not support {name}(): it reads the clock, and npcalc's results are reproducible"
    ))
}

fn from_ordinal(ordinal: &Value, with_time: bool) -> Result<Value> {
    let n = c_int(ordinal)?;
    if n < 1 {
        return Err(Error::value_error("ordinal must be >= 1"));
    }
    // ord_to_ymd has no upper bound; the year check then refuses.
    let d = Ymd::from_ordinal(n);
    let d = check_date(d.y, d.m, d.d)?;
    Ok(time_value(if with_time {
        PyTime::DateTime(d, MIDNIGHT)
    } else {
        PyTime::Date(d)
    }))
}

/// `fromisocalendar(year, week, day)`: the date of an ISO week day.
fn from_iso_calendar(args: &Args, with_time: bool) -> Result<Value> {
    let year = c_int(&args.get("year"))?;
    let (week, day) = (c_int(&args.get("week"))?, c_int(&args.get("day"))?);
    if !(1..=9999).contains(&year) {
        return Err(Error::value_error(format!("Year is out of range: {year}")));
    }
    let (y, m, d) = text::iso_to_ymd(year, week, day)?;
    let d = check_date(y, m, d)?;
    Ok(time_value(if with_time {
        PyTime::DateTime(d, MIDNIGHT)
    } else {
        PyTime::Date(d)
    }))
}

static ISO_CALENDAR_PARAMS: [super::table::Param; 3] = [
    p!(PositionalOnly "year", "The ISO year."),
    p!(PositionalOnly "week", "The ISO week, 1 to 52 or 53."),
    p!(PositionalOnly "day", "The weekday, Monday 1 to Sunday 7."),
];

pub static DATE_CLASS_METHODS: &[FnDef] = &[
    method!(Method "fromisoformat", [p!(PositionalOnly "date_string", "Text such as '2024-01-31'.")],
        "The date an ISO 8601 text names.", |_, a| from_iso(&a.get("date_string"), false)),
    FnDef {
        name: "fromisocalendar",
        owner: Owner::Method,
        error_name: None,
        params: &ISO_CALENDAR_PARAMS,
        doc: "The date of an ISO year, week and weekday.",
        examples: &[],
        imp: |_, a| from_iso_calendar(a, false),
    },
    method!(Method "fromordinal", [p!(PositionalOnly "ordinal", "The day number, 1 for 0001-01-01.")],
        "The date of a proleptic Gregorian ordinal.", |_, a| from_ordinal(&a.get("ordinal"), false)),
    method!(Method "today", [], "Refused: it reads the clock.", |_, _| Err(clock("date.today"))),
];

pub static DATETIME_CLASS_METHODS: &[FnDef] = &[
    method!(Method "fromisoformat", [p!(PositionalOnly "date_string", "Text such as '2024-01-31T12:30'.")],
        "The datetime an ISO 8601 text names.", |_, a| from_iso(&a.get("date_string"), true)),
    method!(Method "fromordinal", [p!(PositionalOnly "ordinal", "The day number, 1 for 0001-01-01.")],
        "Midnight of a proleptic Gregorian ordinal.", |_, a| from_ordinal(&a.get("ordinal"), true)),
    FnDef {
        name: "fromisocalendar",
        owner: Owner::Method,
        error_name: None,
        params: &ISO_CALENDAR_PARAMS,
        doc: "Midnight of an ISO year, week and weekday.",
        examples: &[],
        imp: |_, a| from_iso_calendar(a, true),
    },
    method!(Method "today", [], "Refused: it reads the clock.", |_, _| Err(clock("datetime.today"))),
    method!(Method "now", [p!(Normal "tz" = "None", "Refused.")], "Refused: it reads the clock.", |_, _| Err(clock("datetime.now"))),
    method!(Method "utcnow", [], "Refused: it reads the clock.", |_, _| Err(clock("datetime.utcnow"))),
];

/// `date.min`, `datetime.fromisoformat`, … on a class (None for what the
/// class does not have, which the caller reports).
pub fn class_attr(f: &FnDef, name: &str) -> Option<Result<Value>> {
    let kind = class_kind(f)?;
    if let Some(c) = class_constant(kind, name) {
        return Some(Ok(c));
    }
    if REFUSED_METHODS.contains(&name) {
        return Some(Err(refused(class_name(f)?, name)));
    }
    let table = match kind {
        Kind::Date => DATE_CLASS_METHODS,
        Kind::DateTime => DATETIME_CLASS_METHODS,
        Kind::Delta => &[],
    };
    table
        .iter()
        .find(|m| m.name == name)
        .map(|m| Ok(Value::Function(m)))
}

/// `<class 'datetime.date'>`'s name, for the three classes.
pub fn class_name(f: &FnDef) -> Option<&'static str> {
    Some(match class_kind(f)? {
        Kind::Date => "datetime.date",
        Kind::DateTime => "datetime.datetime",
        Kind::Delta => "datetime.timedelta",
    })
}

/// What npcalc's `datetime` leaves out: times of day on their own, time
/// zones, the local clock and `time.struct_time`.
pub const REFUSED: &[&str] = &["time", "timezone", "tzinfo", "UTC", "datetime_CAPI"];

pub const REFUSED_METHODS: &[&str] = &[
    "timetuple",
    "utctimetuple",
    "timestamp",
    "fromtimestamp",
    "utcfromtimestamp",
    "time",
    "timetz",
    "astimezone",
    "utcoffset",
    "dst",
    "tzname",
    "combine",
    "strptime",
];

/// A module name npcalc lacks: NotImplementedError, which `from datetime
/// import …` passes on as it is.
pub fn refused_name(name: &str) -> Error {
    Error::new(
        Exc::NotImplementedError,
        format!("npcalc does not support datetime.{name}"),
    )
}

pub fn refused(owner: &str, name: &str) -> Error {
    Error::attribute_error(format!("npcalc does not support {owner}.{name}"))
}

fn class_kind(f: &FnDef) -> Option<Kind> {
    [Kind::Date, Kind::DateTime, Kind::Delta]
        .into_iter()
        .zip(DATETIME.iter())
        .find(|(_, c)| std::ptr::eq(f, *c))
        .map(|(k, _)| k)
}

/// Whether `v` is an instance of the class `f` (datetime is a date).
pub fn is_instance(v: &Value, f: &FnDef) -> Option<bool> {
    let kind = class_kind(f)?;
    Some(matches!(
        (kind, time_of(v)),
        (Kind::Date, Some(PyTime::Date(_) | PyTime::DateTime(..)))
            | (Kind::DateTime, Some(PyTime::DateTime(..)))
            | (Kind::Delta, Some(PyTime::Delta(_)))
    ))
}

/// The module's integer constants.
pub fn constant(name: &str) -> Option<Value> {
    match name {
        "MINYEAR" => Some(Value::int(1)),
        "MAXYEAR" => Some(Value::int(MAXYEAR)),
        _ => None,
    }
}

pub const CONSTANTS: &[&str] = &["MINYEAR", "MAXYEAR"];

pub static DATETIME: &[FnDef] = &[
    FnDef {
        name: "date",
        owner: Owner::Method,
        // PyArg_ParseTupleAndKeywords without a name in its format.
        error_name: Some(""),
        params: &[
            p!(Normal "year", "1 to 9999."),
            p!(Normal "month", "1 to 12."),
            p!(Normal "day", "1 to the month's length."),
        ],
        doc: "A calendar date (proleptic Gregorian).",
        examples: &["date(2024, 1, 31)", "date(2024, 3, 1) - date(2024, 2, 1)"],
        imp: date_new,
    },
    FnDef {
        name: "datetime",
        owner: Owner::Method,
        // PyArg_ParseTupleAndKeywords without a name in its format.
        error_name: Some(""),
        params: &[
            p!(Normal "year", "1 to 9999."),
            p!(Normal "month", "1 to 12."),
            p!(Normal "day", "1 to the month's length."),
            p!(Normal "hour" = "0", "0 to 23."),
            p!(Normal "minute" = "0", "0 to 59."),
            p!(Normal "second" = "0", "0 to 59."),
            p!(Normal "microsecond" = "0", "0 to 999999."),
            p!(Normal "tzinfo" = "None", "Not supported: datetimes are naive."),
            p!(KeywordOnly "fold" = "0", "0 (1 only matters with time zones)."),
        ],
        doc: "A naive date and time of day.",
        examples: &["datetime(2024, 1, 1, 12, 30)"],
        imp: datetime_new,
    },
    FnDef {
        name: "timedelta",
        owner: Owner::Method,
        // Its format names it "__new__".
        error_name: Some("__new__"),
        params: &[
            p!(Normal "days" = "0", "Days (int or float)."),
            p!(Normal "seconds" = "0", "Seconds."),
            p!(Normal "microseconds" = "0", "Microseconds."),
            p!(Normal "milliseconds" = "0", "Milliseconds."),
            p!(Normal "minutes" = "0", "Minutes."),
            p!(Normal "hours" = "0", "Hours."),
            p!(Normal "weeks" = "0", "Weeks."),
        ],
        doc: "A duration, kept as days, seconds and microseconds.",
        examples: &["timedelta(days=1, hours=1)", "timedelta(1.5)"],
        imp: timedelta_new,
    },
];
