//! `np.busday_offset`, `np.busday_count`, `np.is_busday` and
//! `np.datetime_data`: the argument converters of NumPy's
//! datetime_busday.c around `array::busday`'s calendar.

use super::Interp;
use super::datetime64::{self, TimeKind, TimeType};
use super::table::{Args, FnDef, Owner, Param, p};
use super::value::Value;
use crate::array::Array;
use crate::array::busday::{self, Calendar, Roll, Weekmask};
use crate::array::cast::Casting;
use crate::array::datetime::{self as dt, Unit};
use crate::error::{Error, Exc, Result};

const DAYS: TimeType = TimeType {
    kind: TimeKind::Datetime,
    unit: Unit::D,
};

/// Dates as datetime64[D] day counts and their shape: a datetime array
/// as it is, anything else through `np.array(x, 'M8')`; then NumPy's
/// iterator casts to days under 'safe' (operand `op` names it).
fn dates(v: &Value, op: usize) -> Result<Array> {
    let cast_error = |from: &str| {
        Error::type_error(format!(
            "Iterator operand {op} dtype could not be cast from dtype('{from}') to dtype('<M8[D]') according to the rule 'safe'"
        ))
    };
    let (ty, data) = match v {
        Value::Array(a) => return Err(cast_error(a.dtype().name())),
        _ => datetime64::as_datetimes(v)?,
    };
    if !safe_to_days(ty) {
        return Err(cast_error(&ty.str_code()));
    }
    let days = data
        .to_vec::<i64>()
        .into_iter()
        .map(|v| dt::cast_datetime(ty.unit, Unit::D, v))
        .collect::<Result<Vec<_>>>()?;
    Ok(Array::from_vec(days, data.shape().to_vec()))
}

/// Whether dates of `ty` cast to days under 'safe', as the iterator requires.
fn safe_to_days(ty: TimeType) -> bool {
    ty.kind == TimeKind::Datetime && dt::can_cast_datetime_units(ty.unit, Unit::D, Casting::Safe)
}

/// `PyArray_WeekMaskConverter`: a string, or a sequence of seven truths.
fn weekmask(it: &mut Interp, v: &Value) -> Result<Weekmask> {
    let items: Vec<Value> = match v {
        Value::Str(s) => return busday::parse_weekmask(s),
        Value::List(l) => l.borrow().clone(),
        Value::Tuple(t) => t.to_vec(),
        Value::Array(a) if a.ndim() != 1 => {
            return Err(Error::value_error(
                "A business day weekmask array must have length 7",
            ));
        }
        Value::Array(a) => (0..a.size())
            .map(|i| Value::Scalar(a.get_flat(i)))
            .collect(),
        _ => {
            return Err(Error::value_error(
                "Couldn't convert object into a business day weekmask",
            ));
        }
    };
    if items.len() != 7 {
        return Err(Error::value_error(
            "A business day weekmask array must have length 7",
        ));
    }
    let mut mask = [false; 7];
    for (m, item) in mask.iter_mut().zip(&items) {
        *m = it.truthy(item)?;
    }
    Ok(mask)
}

/// `PyArray_HolidaysConverter`: a one-dimensional array of dates that
/// casts safely to days.
fn holidays(v: &Value) -> Result<Vec<i64>> {
    if matches!(v, Value::None) {
        return Ok(Vec::new());
    }
    let unsafe_cast = || {
        Error::value_error("Cannot safely convert provided holidays input into an array of dates")
    };
    let (ty, data) = match v {
        Value::Array(_) => return Err(unsafe_cast()),
        _ => datetime64::as_datetimes(v)?,
    };
    if !safe_to_days(ty) {
        return Err(unsafe_cast());
    }
    if data.ndim() != 1 {
        return Err(Error::value_error(
            "holidays must be a provided as a one-dimensional array",
        ));
    }
    data.to_vec::<i64>()
        .into_iter()
        .map(|v| dt::cast_datetime(ty.unit, Unit::D, v))
        .collect()
}

/// The calendar of `weekmask=` and `holidays=`; a `busdaycalendar` and
/// `out=` are refused.
fn calendar(it: &mut Interp, args: &Args, name: &str) -> Result<Calendar> {
    for what in ["busdaycal", "out"] {
        if args.given(what) && !matches!(args.get(what), Value::None) {
            return Err(Error::new(
                Exc::NotImplementedError,
                format!("npcalc does not support the {what} argument of np.{name}"),
            ));
        }
    }
    let mask = match args.get("weekmask") {
        Value::None => busday::WEEKDAYS,
        v => weekmask(it, &v)?,
    };
    let cal = Calendar::new(mask, holidays(&args.get("holidays"))?);
    cal.check()?;
    Ok(cal)
}

/// Two operands' elements paired over their broadcast shape.
fn pairs(a: &Array, b: &Array) -> Result<(Vec<[i64; 2]>, Vec<usize>)> {
    let (x, y, shape) = datetime64::broadcast(a, b)?;
    let pairs = x.to_vec::<i64>().into_iter().zip(y.to_vec::<i64>());
    Ok((pairs.map(|(x, y)| [x, y]).collect(), shape))
}

fn busday_offset(it: &mut Interp, args: &Args) -> Result<Value> {
    let roll = match args.get("roll") {
        Value::Str(s) => Roll::parse(&s)?,
        _ => {
            return Err(Error::type_error(
                "bad argument type for built-in operation",
            ));
        }
    };
    let cal = calendar(it, args, "busday_offset")?;
    let days = dates(&args.get("dates"), 0)?;
    let offsets = super::to_array(&args.get("offsets"), None)?;
    let offsets = crate::array::cast::cast_array(&offsets, crate::array::DType::Int64)?;
    let (pairs, shape) = pairs(&days, &offsets)?;
    let out = pairs
        .into_iter()
        .map(|[d, o]| cal.offset(d, o, roll))
        .collect::<Result<Vec<_>>>()?;
    Ok(datetime64::times(DAYS, out, shape))
}

fn busday_count(it: &mut Interp, args: &Args) -> Result<Value> {
    let cal = calendar(it, args, "busday_count")?;
    let begin = dates(&args.get("begindates"), 0)?;
    let end = dates(&args.get("enddates"), 1)?;
    let (pairs, shape) = pairs(&begin, &end)?;
    let out = pairs
        .into_iter()
        .map(|[b, e]| cal.count(b, e))
        .collect::<Result<Vec<_>>>()?;
    Ok(super::numpy::unwrap0(Array::from_vec(out, shape)))
}

fn is_busday(it: &mut Interp, args: &Args) -> Result<Value> {
    let cal = calendar(it, args, "is_busday")?;
    let days = dates(&args.get("dates"), 0)?;
    let out: Vec<bool> = days
        .to_vec::<i64>()
        .into_iter()
        .map(|d| cal.is_busday(d))
        .collect();
    Ok(super::numpy::unwrap0(Array::from_vec(
        out,
        days.shape().to_vec(),
    )))
}

/// `np.datetime_data(dtype)`: the unit's code and its count, one.
fn datetime_data(_: &mut Interp, args: &Args) -> Result<Value> {
    let v = args.get("dtype");
    let ty = match datetime64::dtype_of(&v) {
        Some(t) => t?,
        None => {
            return Err(Error::type_error(
                "cannot get datetime metadata from non-datetime type",
            ));
        }
    };
    Ok(Value::tuple(vec![
        Value::str(ty.unit.code()),
        Value::int(1),
    ]))
}

/// Whether `def` is one of these functions, which take datetimes as they are.
pub fn is_own(def: &FnDef) -> bool {
    BUSDAY.iter().any(|f| std::ptr::eq(f, def))
}

const WEEKMASK: Param = p!(Normal "weekmask" = "None", "Business days of the week, Monday first: '1111100', 'Mon Tue Wed Thu Fri', or seven truths.");
const HOLIDAYS: Param = p!(Normal "holidays" = "None", "Dates that are never business days.");

pub static BUSDAY: &[FnDef] = &[
    FnDef {
        name: "busday_offset",
        owner: Owner::Method,
        error_name: None,
        params: &[
            p!(Normal "dates", "The dates to start from (datetime64[D] or ISO strings)."),
            p!(Normal "offsets", "How many business days to move."),
            p!(Normal "roll" = "'raise'", "For a date that is not a business day: 'raise', 'nat', 'forward'/'following', 'backward'/'preceding', 'modifiedfollowing', 'modifiedpreceding'."),
            WEEKMASK,
            HOLIDAYS,
            p!(Normal "busdaycal" = "None", "Not supported by npcalc."),
            p!(Normal "out" = "None", "Not supported by npcalc."),
        ],
        doc: "The dates moved by a number of business days, after rolling each onto a business day.",
        examples: &[
            "np.busday_offset('2011-06-23', 2)",
            "np.busday_offset('2011-10', 0, roll='forward')",
        ],
        imp: busday_offset,
    },
    FnDef {
        name: "busday_count",
        owner: Owner::Method,
        error_name: None,
        params: &[
            p!(Normal "begindates", "First dates of the ranges (included)."),
            p!(Normal "enddates", "Last dates of the ranges (excluded)."),
            WEEKMASK,
            HOLIDAYS,
            p!(Normal "busdaycal" = "None", "Not supported by npcalc."),
            p!(Normal "out" = "None", "Not supported by npcalc."),
        ],
        doc: "How many business days lie between begin (included) and end (excluded); negative when end comes first.",
        examples: &["np.busday_count('2011-01', '2011-02')"],
        imp: busday_count,
    },
    FnDef {
        name: "is_busday",
        owner: Owner::Method,
        error_name: None,
        params: &[
            p!(Normal "dates", "Dates to check (datetime64[D] or ISO strings)."),
            WEEKMASK,
            HOLIDAYS,
            p!(Normal "busdaycal" = "None", "Not supported by npcalc."),
            p!(Normal "out" = "None", "Not supported by npcalc."),
        ],
        doc: "Whether each date is a business day.",
        examples: &["np.is_busday(np.arange('2011-07-11', '2011-07-18', dtype='datetime64[D]'))"],
        imp: is_busday,
    },
    FnDef {
        name: "datetime_data",
        owner: Owner::Method,
        error_name: None,
        params: &[p!(PositionalOnly "dtype", "A datetime64 or timedelta64 dtype.")],
        doc: "A time dtype's unit and how many of it one count is, as a tuple.",
        examples: &["np.datetime_data(np.dtype('datetime64[D]'))"],
        imp: datetime_data,
    },
];
