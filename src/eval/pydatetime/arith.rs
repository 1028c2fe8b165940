//! Arithmetic, comparison and hashing (CPython's nb_* and richcompare slots).

use super::*;

pub fn involved(a: &Value, b: &Value) -> bool {
    matches!(a, Value::PyTime(_)) || matches!(b, Value::PyTime(_))
}

pub(super) fn int_operand(v: &Value) -> Option<BigInt> {
    match v {
        Value::Int(i) => Some(i.clone()),
        Value::Bool(b) => Some(BigInt::from(u8::from(*b))),
        _ => None,
    }
}

pub(super) fn zero_div(msg: &str) -> Error {
    Error::new(Exc::ZeroDivisionError, msg)
}

/// `divide_nearest`: m / n to the nearest int, half to even.
pub(super) fn divide_nearest(m: &BigInt, n: &BigInt) -> Result<BigInt> {
    if n.is_zero() {
        return Err(zero_div("integer division or modulo by zero"));
    }
    let (q, r) = m.div_mod_floor(n);
    let twice = BigInt::from(2) * &r;
    let greater = if n.is_positive() {
        twice.cmp(n)
    } else {
        n.cmp(&twice)
    };
    Ok(match greater {
        Ordering::Greater => q + 1,
        Ordering::Equal if q.is_odd() => q + 1,
        _ => q,
    })
}

/// `multiply_truedivide_timedelta_float`: exactly, through the float's ratio.
pub(super) fn scale_by_float(td: Td, x: f64, divide: bool) -> Result<Td> {
    if x.is_nan() {
        return Err(Error::value_error("cannot convert NaN to integer ratio"));
    }
    if x.is_infinite() {
        return Err(Error::new(
            Exc::OverflowError,
            "cannot convert Infinity to integer ratio",
        ));
    }
    let (n, d) = crate::eval::fractions::float_ratio(x);
    let us = td.to_us();
    let q = if divide {
        divide_nearest(&(us * d), &n)?
    } else {
        divide_nearest(&(us * n), &d)?
    };
    from_us(&q)
}

pub(super) fn float_operand(v: &Value) -> Option<f64> {
    match v {
        Value::Float(x) | Value::Scalar(crate::array::Scalar::Float64(x)) => Some(*x),
        _ => None,
    }
}

pub(super) fn add_delta_to(d: Ymd, t: Hms, td: Td, sign: i64) -> Result<PyTime> {
    let us_of_day = ((t.h * 60 + t.mi) * 60 + t.s) * US_PER_SECOND + t.us;
    let total = us_of_day + sign * (td.secs * US_PER_SECOND + td.us);
    let (carry, rem) = total.div_mod_floor(&US_PER_DAY);
    let date = date_at(d.ordinal() + sign * td.days + carry)?;
    let (secs, us) = rem.div_mod_floor(&US_PER_SECOND);
    Ok(PyTime::DateTime(
        date,
        Hms {
            h: secs / 3600,
            mi: secs / 60 % 60,
            s: secs % 60,
            us,
        },
    ))
}

pub(super) fn datetime_us(d: Ymd, t: Hms) -> BigInt {
    BigInt::from(d.ordinal()) * US_PER_DAY
        + BigInt::from(((t.h * 60 + t.mi) * 60 + t.s) * US_PER_SECOND + t.us)
}

/// The date, datetime or timedelta a value is.
pub(super) fn time_of(v: &Value) -> Option<PyTime> {
    match v {
        Value::PyTime(t) => Some(**t),
        _ => None,
    }
}

pub fn binary(op: BinOp, a: &Value, b: &Value) -> Result<Value> {
    use PyTime::*;
    let bad = || crate::eval::pyops::unsupported(op, a, b);
    let time = |t: PyTime| Ok(time_value(t));
    match (op, time_of(a), time_of(b)) {
        (BinOp::Add, Some(x), Some(y)) => match (x, y) {
            (Delta(p), Delta(q)) => Ok(delta_value(from_us(&(p.to_us() + q.to_us()))?)),
            (Date(d), Delta(td)) | (Delta(td), Date(d)) => {
                time(Date(date_at(d.ordinal() + td.days)?))
            }
            (DateTime(d, t), Delta(td)) | (Delta(td), DateTime(d, t)) => {
                time(add_delta_to(d, t, td, 1)?)
            }
            _ => Err(bad()),
        },
        (BinOp::Sub, Some(x), Some(y)) => match (x, y) {
            (Delta(p), Delta(q)) => Ok(delta_value(from_us(&(p.to_us() - q.to_us()))?)),
            (Date(d), Delta(td)) => time(Date(date_at(d.ordinal() - td.days)?)),
            (DateTime(d, t), Delta(td)) => time(add_delta_to(d, t, td, -1)?),
            (Date(p), Date(q)) => Ok(delta_value(from_us(&BigInt::from(
                (p.ordinal() - q.ordinal()) * US_PER_DAY,
            ))?)),
            (DateTime(d, t), DateTime(e, u)) => Ok(delta_value(from_us(
                &(datetime_us(d, t) - datetime_us(e, u)),
            )?)),
            _ => Err(bad()),
        },
        (BinOp::Mul, Some(Delta(td)), None) | (BinOp::Mul, None, Some(Delta(td))) => {
            let k = if time_of(a).is_some() { b } else { a };
            if let Some(i) = int_operand(k) {
                Ok(delta_value(from_us(&(td.to_us() * i))?))
            } else if let Some(x) = float_operand(k) {
                Ok(delta_value(scale_by_float(td, x, false)?))
            } else {
                // A sequence's repetition has the last word ("can't multiply
                // sequence by non-int").
                crate::eval::pyops::binary(op, a, b)
            }
        }
        (BinOp::Div, Some(Delta(td)), other) => {
            if let Some(Delta(q)) = other {
                if q.to_us().is_zero() {
                    return Err(zero_div("division by zero"));
                }
                Ok(Value::Float(crate::eval::pyops::int_true_div(
                    &td.to_us(),
                    &q.to_us(),
                )?))
            } else if let Some(i) = int_operand(b) {
                Ok(delta_value(from_us(&divide_nearest(&td.to_us(), &i)?)?))
            } else if let Some(x) = float_operand(b) {
                if x == 0.0 {
                    return Err(zero_div("integer division or modulo by zero"));
                }
                Ok(delta_value(scale_by_float(td, x, true)?))
            } else {
                Err(bad())
            }
        }
        (BinOp::FloorDiv, Some(Delta(td)), other) => {
            let floor = |n: &BigInt| {
                if n.is_zero() {
                    Err(zero_div("integer division or modulo by zero"))
                } else {
                    Ok(td.to_us().div_floor(n))
                }
            };
            if let Some(Delta(q)) = other {
                Ok(Value::Int(floor(&q.to_us())?))
            } else if let Some(i) = int_operand(b) {
                Ok(delta_value(from_us(&floor(&i)?)?))
            } else {
                Err(bad())
            }
        }
        (BinOp::Mod, Some(Delta(td)), Some(Delta(q))) => {
            if q.to_us().is_zero() {
                return Err(zero_div("integer modulo by zero"));
            }
            Ok(delta_value(from_us(&td.to_us().mod_floor(&q.to_us()))?))
        }
        _ => Err(bad()),
    }
}

/// `divmod(a, b)`: timedelta's nb_divmod takes two timedeltas only.
pub fn divmod(a: &Value, b: &Value) -> Option<Result<Value>> {
    if !involved(a, b) {
        return None;
    }
    Some(match (time_of(a), time_of(b)) {
        (Some(PyTime::Delta(_)), Some(PyTime::Delta(_))) => {
            binary(BinOp::FloorDiv, a, b).and_then(|q| {
                let r = binary(BinOp::Mod, a, b)?;
                Ok(Value::tuple(vec![q, r]))
            })
        }
        _ => Err(Error::type_error(format!(
            "unsupported operand type(s) for divmod(): '{}' and '{}'",
            a.type_name(),
            b.type_name()
        ))),
    })
}

pub fn negate(t: &PyTime) -> Option<Result<Value>> {
    match t {
        PyTime::Delta(td) => Some(from_us(&-td.to_us()).map(delta_value)),
        _ => None,
    }
}

pub fn abs(t: &PyTime) -> Option<Result<Value>> {
    match t {
        PyTime::Delta(td) if td.days < 0 => negate(t),
        PyTime::Delta(_) => Some(Ok(time_value(*t))),
        _ => None,
    }
}

pub fn truthy(t: &PyTime) -> bool {
    !matches!(
        t,
        PyTime::Delta(Td {
            days: 0,
            secs: 0,
            us: 0
        })
    )
}

// ---- comparison and hashing ----

/// `==` when either side is a date, datetime or timedelta: equal values of
/// one type; a date never equals a datetime.
pub fn equal(a: &Value, b: &Value) -> Option<bool> {
    match (a, b) {
        (Value::PyTime(x), Value::PyTime(y)) => Some(x == y),
        (Value::PyTime(_), _) | (_, Value::PyTime(_)) => Some(false),
        _ => None,
    }
}

/// `<` and friends: within one type; a date against a datetime is
/// CPython's TypeError; None when another type leaves it to Python's.
pub fn ordering(a: &Value, b: &Value) -> Option<Result<Ordering>> {
    use PyTime::*;
    let (Value::PyTime(x), Value::PyTime(y)) = (a, b) else {
        return None;
    };
    Some(match (&**x, &**y) {
        (Date(p), Date(q)) => Ok(p.cmp(q)),
        (DateTime(p, s), DateTime(q, t)) => Ok((p, s).cmp(&(q, t))),
        (Delta(p), Delta(q)) => Ok(p.cmp(q)),
        (Date(_), DateTime(..)) | (DateTime(..), Date(_)) => Err(Error::type_error(
            "can't compare datetime.datetime to datetime.date",
        )),
        _ => return None,
    })
}

/// `hash`: a timedelta's is its state tuple's; a date's and datetime's are of
/// their bytes, which CPython salts per process, so any stable value serves.
pub fn hash(t: &PyTime) -> i64 {
    use crate::eval::hash::{int_hash, tuple_hash};
    let fields: Vec<i64> = match t {
        PyTime::Delta(td) => vec![td.days, td.secs, td.us],
        PyTime::Date(d) => vec![d.y, d.m, d.d],
        PyTime::DateTime(d, t) => vec![d.y, d.m, d.d, t.h, t.mi, t.s, t.us],
    };
    tuple_hash(
        fields
            .iter()
            .map(|f| int_hash(&BigInt::from(*f)))
            .collect::<Vec<_>>()
            .into_iter(),
    )
}

/// The dict key: the type and the fields (one value, one key).
pub fn key_text(t: &PyTime) -> String {
    repr(t)
}

pub fn type_name(t: &PyTime) -> &'static str {
    match t {
        PyTime::Date(_) => "datetime.date",
        PyTime::DateTime(..) => "datetime.datetime",
        PyTime::Delta(_) => "datetime.timedelta",
    }
}
