//! `np.histogram(x, bins='auto')` and the other string bin estimators: the
//! `_hist_bin_*` functions of numpy/lib/_histograms_impl.py, each computing
//! a bin width with NumPy's own reductions (std, percentile, dot, log2) so
//! that the number of bins comes out as NumPy's.

use super::value::Value;
use crate::array::numeric::{self, QMethod};
use crate::array::promote::Operand;
use crate::array::reduce::{Reduction, reduce};
use crate::array::ufunc::binary;
use crate::array::{Array, DType, Kind, Scalar, Ufunc, cast_array, signals};
use crate::error::{Error, Result};

/// `_hist_bin_selectors`, in NumPy's order.
const ESTIMATORS: [&str; 8] = [
    "stone", "auto", "doane", "fd", "rice", "scott", "sqrt", "sturges",
];

/// The number of equal bins `bins=name` gives for the raveled data `a`
/// between the outer edges (`_get_bin_edges`'s string branch, after the
/// name and the weights were checked).
pub fn equal_bins(a: &Array, name: &str, first: f64, last: f64, ranged: bool) -> Result<usize> {
    let a = if ranged {
        within(a, first, last)?
    } else {
        a.clone()
    };
    if a.size() == 0 {
        return Ok(1);
    }
    let width = match name {
        "stone" => stone(&a, first, last)?,
        "auto" => auto(&a)?,
        "doane" => doane(&a)?,
        "fd" => fd(&a)?,
        "rice" => rice(&a)?,
        "scott" => scott(&a)?,
        "sqrt" => sqrt(&a)?,
        _ => sturges(&a)?,
    };
    // A zero width (FD with a zero IQR, …) means one bin; NaN is truthy.
    if width == 0.0 {
        return Ok(1);
    }
    let width = if is_integer(&a) && width < 1.0 {
        1.0
    } else {
        width
    };
    let n = ((last - first) / width).ceil();
    if !n.is_finite() {
        return Err(Error::value_error(format!(
            "cannot convert float {} to integer",
            if n.is_nan() { "NaN" } else { "infinity" }
        )));
    }
    Ok(n as usize)
}

/// The `ValueError` for a name that is no estimator.
/// The estimator `bins` names (a str or a NumPy `str_`, whose repr the
/// error shows, as `f"{bin_name!r}"` does).
pub fn check_name(bins: &Value) -> Result<()> {
    let name = bins.as_str().unwrap_or_default();
    if ESTIMATORS.contains(&&*name) {
        return Ok(());
    }
    Err(Error::value_error(format!(
        "{} is not a valid estimator for `bins`",
        super::repr::repr(bins, &Default::default())
    )))
}

fn is_integer(a: &Array) -> bool {
    matches!(a.dtype().kind(), Kind::Int | Kind::UInt)
}

/// `a[(a >= first) & (a <= last)]`.
fn within(a: &Array, first: f64, last: f64) -> Result<Array> {
    let x = cast_array(a, DType::Float64)?.to_vec::<f64>();
    let keep: Vec<usize> = (0..x.len())
        .filter(|&i| x[i] >= first && x[i] <= last)
        .collect();
    let n = keep.len();
    crate::array::gather::take(a, 0, &keep, &[n])
}

fn f64_of(a: &Array) -> Result<f64> {
    Ok(cast_array(a, DType::Float64)?.to_vec::<f64>()[0])
}

/// `_ptp`: max - min, computed without overflow for integers.
fn ptp(x: &Array) -> Result<f64> {
    let hi = reduce(x, Reduction::Max, None, None, false)?;
    let lo = reduce(x, Reduction::Min, None, None, false)?;
    Ok(match x.dtype().kind() {
        Kind::Int | Kind::UInt => {
            let int = |a: &Array| match a.get_flat(0) {
                Scalar::UInt64(u) => u as i128,
                _ => cast_array(a, DType::Int64).map_or(0, |a| a.to_vec::<i64>()[0] as i128),
            };
            (int(&hi) - int(&lo)) as f64
        }
        _ => f64_of(&hi)? - f64_of(&lo)?,
    })
}

/// A one-input float64 ufunc on one number, as `np.log2(n)` computes it.
fn ufunc1(op: Ufunc, x: f64) -> Result<f64> {
    f64_of(&crate::array::unary::unary(
        op,
        &Array::from_scalar(Scalar::Float64(x)),
    )?)
}

fn std(x: &Array) -> Result<f64> {
    f64_of(&crate::array::stats::var(
        x, None, None, 0, false, true, None,
    )?)
}

fn sqrt(x: &Array) -> Result<f64> {
    Ok(ptp(x)? / (x.size() as f64).sqrt())
}

fn sturges(x: &Array) -> Result<f64> {
    Ok(ptp(x)? / (ufunc1(Ufunc::Log2, x.size() as f64)? + 1.0))
}

fn rice(x: &Array) -> Result<f64> {
    Ok(ptp(x)? / (2.0 * (x.size() as f64).powf(1.0 / 3.0)))
}

fn scott(x: &Array) -> Result<f64> {
    let n = x.size() as f64;
    Ok((24.0 * std::f64::consts::PI.powf(0.5) / n).powf(1.0 / 3.0) * std(x)?)
}

/// Minimises the cross-validated ISE over 1..=max(100, sqrt(n)) bins.
fn stone(x: &Array, first: f64, last: f64) -> Result<f64> {
    let n = x.size();
    let ptp_x = ptp(x)?;
    if n <= 1 || ptp_x == 0.0 {
        return Ok(0.0);
    }
    let data = cast_array(x, DType::Float64)?.to_vec::<f64>();
    let jhat = |nbins: usize| -> Result<f64> {
        let hh = ptp_x / nbins as f64;
        let (lo, hi) = (Operand::PyFloat(first), Operand::PyFloat(last));
        let (edges, _, _) = crate::array::construct::linspace(&lo, &hi, nbins + 1, true, None, 0)?;
        let uniform = super::stats2::Uniform::float64(first, last, nbins);
        let counts = super::stats2::equal_width_counts(&data, &uniform, &edges.to_vec());
        let p_k: Vec<f64> = counts.iter().map(|&c| c as f64 / n as f64).collect();
        let p_k = Array::from_vec(p_k, vec![nbins]);
        let dot = f64_of(&numeric::dot(&p_k, &p_k, false)?)?;
        Ok((2.0 - (n + 1) as f64 * dot) / hh)
    };
    let upper = 100.max((n as f64).sqrt() as usize);
    // Python's min with a key: the first of the smallest.
    let mut best = (1, jhat(1)?);
    for nbins in 2..=upper {
        signals::poll();
        let j = jhat(nbins)?;
        if j < best.1 {
            best = (nbins, j);
        }
    }
    if best.0 == upper {
        signals::warn(
            "RuntimeWarning",
            "The number of bins estimated may be suboptimal.",
        );
    }
    Ok(ptp_x / best.0 as f64)
}

fn doane(x: &Array) -> Result<f64> {
    let n = x.size() as f64;
    if x.size() <= 2 {
        return Ok(0.0);
    }
    let sg1 = (6.0 * (n - 2.0) / ((n + 1.0) * (n + 3.0))).sqrt();
    let sigma = std(x)?;
    // NumPy's `if sigma > 0.0`: a NaN sigma also falls through to 0.
    if sigma.partial_cmp(&0.0) != Some(std::cmp::Ordering::Greater) {
        return Ok(0.0);
    }
    // (x - mean) / sigma, cubed, averaged: NumPy's ufuncs in float64.
    let mean = reduce(x, Reduction::Mean, None, None, false)?;
    let temp = binary(
        Ufunc::Subtract,
        &Operand::Array(x.clone()),
        &Operand::Array(mean),
    )?;
    let temp = binary(
        Ufunc::TrueDivide,
        &Operand::Array(temp),
        &Operand::Scalar(Scalar::Float64(sigma)),
    )?;
    let temp = binary(
        Ufunc::Power,
        &Operand::Array(temp),
        &Operand::Scalar(Scalar::Int64(3)),
    )?;
    let g1 = f64_of(&reduce(&temp, Reduction::Mean, None, None, false)?)?;
    Ok(ptp(x)? / (1.0 + ufunc1(Ufunc::Log2, n)? + ufunc1(Ufunc::Log2, 1.0 + g1.abs() / sg1)?))
}

fn fd(x: &Array) -> Result<f64> {
    let q = numeric::quantile(
        x,
        // np.percentile(x, [75, 25]): a list of q, so not weak.
        numeric::Quantiles {
            values: &[0.75, 0.25],
            shape: &[2],
            weak: false,
        },
        None,
        QMethod::Linear,
        false,
        false,
    )?;
    let q = cast_array(&q, DType::Float64)?.to_vec::<f64>();
    Ok(2.0 * (q[0] - q[1]) * (x.size() as f64).powf(-1.0 / 3.0))
}

/// The smaller of Sturges and a Freedman-Diaconis width kept above half
/// the sqrt width (Python's max and min: the first wins ties).
fn auto(x: &Array) -> Result<f64> {
    let fd_bw = fd(x)?;
    let sturges_bw = sturges(x)?;
    let sqrt_bw = sqrt(x)?;
    let corrected = if sqrt_bw / 2.0 > fd_bw {
        sqrt_bw / 2.0
    } else {
        fd_bw
    };
    Ok(if sturges_bw < corrected {
        sturges_bw
    } else {
        corrected
    })
}
