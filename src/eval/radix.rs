//! `np.binary_repr` and `np.base_repr`: integers as digit strings, ported
//! from numpy/_core/numeric.py (two's complement of a given width for a
//! negative number in binary_repr).

use super::Interp;
use super::builtins::{index, to_int};
use super::table::{Args, FnDef, Owner, p};
use super::value::Value;
use super::{numpy::to_python_float_any, to_index};
use crate::error::{Error, Result};
use num_bigint::{BigInt, Sign};
use num_traits::{One, Zero};

pub static RADIX: &[FnDef] = &[
    FnDef {
        name: "binary_repr",
        owner: Owner::Numpy,
        error_name: None,
        params: &[
            p!(Normal "num", "An integer."),
            p!(Normal "width" = "None", "Length of the result; a negative num is then written in two's complement."),
        ],
        doc: "The binary digits of an integer, as a string: a minus sign for a negative one, or its two's complement in width bits.",
        examples: &["np.binary_repr(5)", "np.binary_repr(-3, width=4)"],
        imp: binary_repr,
    },
    FnDef {
        name: "base_repr",
        owner: Owner::Numpy,
        error_name: None,
        params: &[
            p!(Normal "number", "The number; its integer part is written."),
            p!(Normal "base" = "2", "Base, from 2 to 36."),
            p!(Normal "padding" = "0", "Zeros to put before the digits."),
        ],
        doc: "The digits of a number in a base up to 36 (letters for digits above 9), as a string.",
        examples: &[
            "np.base_repr(255, 16)",
            "np.base_repr(7, base=5, padding=3)",
        ],
        imp: base_repr,
    },
];

fn binary_repr(_: &mut Interp, args: &Args) -> Result<Value> {
    let num = index(&args.get("num"))?;
    let width = match args.get("width") {
        Value::None => None,
        w => Some(to_index(&w)?),
    };
    let insufficient = |binwidth: usize| -> Result<()> {
        match width {
            Some(w) if w < binwidth as i64 => Err(Error::value_error(format!(
                "Insufficient bit width={w} provided for binwidth={binwidth}"
            ))),
            _ => Ok(()),
        }
    };
    let out_width = |binwidth: usize| width.map_or(binwidth, |w| binwidth.max(w.max(0) as usize));
    let text = match (num.sign(), width) {
        // `'0' * (width or 1)`: a width of 0 gives one zero too.
        (Sign::NoSign, _) => "0".repeat(match width {
            None | Some(0) => 1,
            Some(w) => w.max(0) as usize,
        }),
        (Sign::Plus, _) => {
            let binary = num.to_str_radix(2);
            insufficient(binary.len())?;
            let width = out_width(binary.len());
            format!("{binary:0>width$}")
        }
        (Sign::Minus, None) => format!("-{}", (-num).to_str_radix(2)),
        (Sign::Minus, Some(_)) => {
            let magnitude = -&num;
            let mut poswidth = magnitude.bits() as usize;
            // -2**k fits in k + 1 bits.
            if BigInt::one() << (poswidth - 1) == magnitude {
                poswidth -= 1;
            }
            let twocomp = (BigInt::one() << (poswidth + 1)) + num;
            let binary = twocomp.to_str_radix(2);
            insufficient(binary.len())?;
            format!(
                "{}{binary}",
                "1".repeat(out_width(binary.len()) - binary.len())
            )
        }
    };
    Ok(Value::str(&text))
}

const DIGITS: &[u8; 36] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

fn base_repr(_: &mut Interp, args: &Args) -> Result<Value> {
    let number = args.get("number");
    let base_v = args.get("base");
    let base_f = to_python_float_any(&base_v);
    if base_f.is_some_and(|b| b > DIGITS.len() as f64) {
        return Err(Error::value_error(
            "Bases greater than 36 not handled in base_repr.",
        ));
    }
    if base_f.is_some_and(|b| b < 2.0) {
        return Err(Error::value_error(
            "Bases less than 2 not handled in base_repr.",
        ));
    }
    let Value::Int(num) = to_int(&number)? else {
        unreachable!("int() gives an int")
    };
    let negative = match &number {
        Value::Int(i) => i.sign() == Sign::Minus,
        other => to_python_float_any(other).is_some_and(|f| f < 0.0),
    };
    let mut num = num.magnitude().clone();
    let mut digits = Vec::new();
    if !num.is_zero() {
        // NumPy indexes its digit string with `num % base`, a float for a float base.
        if let Value::Float(_) = base_v {
            return Err(Error::type_error(
                "string indices must be integers, not 'float'",
            ));
        }
        let base = num_bigint::BigUint::from(to_index(&base_v)? as u64);
        while !num.is_zero() {
            let d = &num % &base;
            digits.push(DIGITS[d.iter_u64_digits().next().unwrap_or(0) as usize]);
            num /= &base;
        }
    }
    let padding = to_index(&args.get("padding"))?;
    digits.extend(std::iter::repeat_n(b'0', padding.max(0) as usize));
    if negative {
        digits.push(b'-');
    }
    if digits.is_empty() {
        digits.push(b'0');
    }
    digits.reverse();
    Ok(Value::str(
        &String::from_utf8(digits).expect("ASCII digits"),
    ))
}
