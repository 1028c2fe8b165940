//! CPython's limit on int-to-decimal conversion (`sys.int_info.default_max_str_digits`,
//! 4300 since 3.11): a longer int cannot be printed, it raises ValueError. This
//! also keeps a learner's `print(2**10**7)` from spending minutes in conversion.

use super::Value;
use crate::error::{Error, Result};
use crate::print::PrintOptions;
use num_bigint::BigInt;

pub const MAX_STR_DIGITS: u64 = 4300;

/// repr() of a value, refusing like CPython when an int in it is too long.
pub fn try_repr(v: &Value, o: &PrintOptions) -> Result<String> {
    check_value(v)?;
    Ok(super::repr(v, o))
}

/// str() of a value, refusing like CPython when an int in it is too long.
pub fn try_str(v: &Value, o: &PrintOptions) -> Result<String> {
    check_value(v)?;
    Ok(super::str(v, o))
}

fn check_value(v: &Value) -> Result<()> {
    super::reentry::enter("int digits", v, || {
        match v {
            Value::Int(i) => check_int(i),
            // A packed list holds no long ints, but its repr may be too big
            // for memory, which is CPython's MemoryError.
            Value::List(items) => match items.packed_items() {
                Some(p) => {
                    super::alloc::with_capacity::<u8>(super::repr::packed_repr_len(&p)).map(drop)
                }
                None => items.borrow().iter().try_for_each(check_value),
            },
            Value::Tuple(items) => items.iter().try_for_each(check_value),
            Value::Slice(parts) => parts.iter().try_for_each(check_value),
            Value::Dict(d) => d
                .borrow()
                .entries()
                .iter()
                .try_for_each(|(k, x)| check_value(k).and_then(|_| check_value(x))),
            _ => Ok(()),
        }
    })
    .unwrap_or(Ok(()))
}

/// CPython's message for a decimal text of `digits` digits turned into an int.
pub fn too_many_digits(digits: usize) -> String {
    format!(
        "Exceeds the limit ({MAX_STR_DIGITS} digits) for integer string conversion: value has {digits} digits; use sys.set_int_max_str_digits() to increase the limit"
    )
}

/// Whether `i` has at most 4300 decimal digits (the sign does not count).
fn check_int(i: &BigInt) -> Result<()> {
    // 2**14280 < 10**4299 and 2**14400 > 10**4334: only between them must we count.
    let bits = i.bits();
    let too_long =
        bits > 14400 || (bits > 14280 && i.magnitude().to_string().len() as u64 > MAX_STR_DIGITS);
    if too_long {
        return Err(Error::value_error(format!(
            "Exceeds the limit ({MAX_STR_DIGITS} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"
        )));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use num_traits::Pow;

    #[test]
    fn the_limit_is_4300_digits_without_the_sign() {
        let ten = BigInt::from(10);
        let limit: BigInt = ten.clone().pow(4300u32);
        let below: BigInt = &limit - BigInt::from(1);
        assert!(check_int(&below).is_ok());
        assert!(check_int(&-below).is_ok());
        assert!(check_int(&limit).is_err());
        assert!(check_int(&-ten.pow(5000u32)).is_err());
    }
}
