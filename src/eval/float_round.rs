//! `round(x, n)` for a float and a negative `n`: CPython rounds the exact
//! binary value half-to-even at the 10**-n place (via dtoa) and converts
//! back correctly rounded; dividing by 10**-n in floats would round twice.

use crate::error::{Error, Result};
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Pow, ToPrimitive};

/// `round(x, -places)` with `places` in 1..=308.
pub fn round_to_tens(x: f64, places: u32) -> Result<f64> {
    if !x.is_finite() || x == 0.0 {
        return Ok(x);
    }
    // |x| = mantissa * 2**exp exactly.
    let bits = x.abs().to_bits();
    let (biased, frac) = ((bits >> 52) as i32, bits & ((1 << 52) - 1));
    let (mantissa, exp) = if biased == 0 {
        (frac, -1074)
    } else {
        (frac | 1 << 52, biased - 1075)
    };
    let unit: BigInt = BigInt::from(10).pow(places);
    // |x| / 10**places = num / den.
    let (num, den) = if exp >= 0 {
        (BigInt::from(mantissa) << exp as usize, unit.clone())
    } else {
        (BigInt::from(mantissa), &unit << (-exp) as usize)
    };
    let (mut q, r) = num.div_rem(&den);
    let twice: BigInt = r * 2;
    if twice > den || (twice == den && q.is_odd()) {
        q += 1;
    }
    let rounded = (q * unit).to_f64().unwrap_or(f64::INFINITY);
    if rounded.is_infinite() {
        return Err(Error::overflow_error(
            "rounded value too large to represent",
        ));
    }
    Ok(rounded.copysign(x))
}

#[cfg(test)]
mod tests {
    use super::round_to_tens;

    #[test]
    fn half_even_on_the_exact_value() {
        assert_eq!(round_to_tens(25.0, 1).unwrap(), 20.0);
        assert_eq!(round_to_tens(35.0, 1).unwrap(), 40.0);
        assert_eq!(round_to_tens(1234.5, 1).unwrap(), 1230.0);
        assert_eq!(round_to_tens(1.5e300, 299).unwrap(), 1.5e300);
        assert!(round_to_tens(-4.0, 1).unwrap().is_sign_negative());
        assert!(round_to_tens(1.7e308, 308).is_err());
    }
}
