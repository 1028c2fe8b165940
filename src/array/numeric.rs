//! Kernels for quantiles, counting, binning, interpolation and dot
//! products (`eval/stats2.rs` binds them), following NumPy's code:
//! `lib/_function_base_impl.py` (`_quantile`, `_lerp`), `compiled_base.c`
//! (`arr_bincount`, `arr_interp`) and the integer `@TYPE@_dot` loops.

use super::promote::promote_types;
use super::{Array, DType, Kind, Scalar, cast_array, cast_scalar};
use crate::error::{Error, Result};
use num_complex::Complex64;

/// The `method=` of `np.quantile`, as NumPy's `_QuantileMethods` table:
/// the nine Hyndman & Fan sample quantiles and NumPy's four others.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum QMethod {
    InvertedCdf,
    AveragedInvertedCdf,
    ClosestObservation,
    InterpolatedInvertedCdf,
    Hazen,
    Weibull,
    Linear,
    MedianUnbiased,
    NormalUnbiased,
    Lower,
    Higher,
    Midpoint,
    Nearest,
}

/// The methods' names in NumPy's order (its error message lists them so).
pub const QMETHOD_NAMES: &[(&str, QMethod)] = &[
    ("inverted_cdf", QMethod::InvertedCdf),
    ("averaged_inverted_cdf", QMethod::AveragedInvertedCdf),
    ("closest_observation", QMethod::ClosestObservation),
    (
        "interpolated_inverted_cdf",
        QMethod::InterpolatedInvertedCdf,
    ),
    ("hazen", QMethod::Hazen),
    ("weibull", QMethod::Weibull),
    ("linear", QMethod::Linear),
    ("median_unbiased", QMethod::MedianUnbiased),
    ("normal_unbiased", QMethod::NormalUnbiased),
    ("lower", QMethod::Lower),
    ("higher", QMethod::Higher),
    ("midpoint", QMethod::Midpoint),
    ("nearest", QMethod::Nearest),
];

impl QMethod {
    pub fn parse(s: &str) -> Option<QMethod> {
        QMETHOD_NAMES.iter().find(|(n, _)| *n == s).map(|&(_, m)| m)
    }

    /// Methods that pick an element (NumPy's integer virtual indexes, no
    /// `fix_gamma`): the result keeps the input's dtype and bools work.
    pub fn takes(self) -> bool {
        matches!(
            self,
            QMethod::InvertedCdf
                | QMethod::ClosestObservation
                | QMethod::Lower
                | QMethod::Higher
                | QMethod::Nearest
        )
    }

    /// The element a picking method takes among n sorted values.
    fn take_index(self, n: usize, q: f64) -> usize {
        let nf = n as f64;
        let i = match self {
            QMethod::Lower => ((nf - 1.0) * q).floor(),
            QMethod::Higher => ((nf - 1.0) * q).ceil(),
            QMethod::Nearest => round_even((nf - 1.0) * q),
            // `_inverted_cdf`: the next index unless the virtual one is whole.
            QMethod::InvertedCdf => boundary(nf * q - 1.0, |_, g| g == 0.0),
            // `_closest_observation`: at a whole index, the nearest odd one.
            _ => boundary(nf * q - 1.0 - 0.5, |prev, g| {
                g == 0.0 && prev.rem_euclid(2.0) == 1.0
            }),
        };
        (i.max(0.0) as usize).min(n - 1)
    }

    /// NumPy's virtual (fractional) index of an interpolating method.
    fn virtual_index(self, n: usize, q: f64) -> f64 {
        let nf = n as f64;
        // `_compute_virtual_index`, in NumPy's order of operations.
        let hf = |alpha: f64, beta: f64| nf * q + (alpha + q * (1.0 - alpha - beta)) - 1.0;
        match self {
            QMethod::AveragedInvertedCdf => nf * q - 1.0,
            QMethod::InterpolatedInvertedCdf => hf(0.0, 1.0),
            QMethod::Hazen => hf(0.5, 0.5),
            QMethod::Weibull => hf(0.0, 0.0),
            QMethod::MedianUnbiased => hf(1.0 / 3.0, 1.0 / 3.0),
            QMethod::NormalUnbiased => hf(3.0 / 8.0, 3.0 / 8.0),
            QMethod::Midpoint => 0.5 * (((nf - 1.0) * q).floor() + ((nf - 1.0) * q).ceil()),
            _ => (nf - 1.0) * q,
        }
    }

    /// NumPy's `fix_gamma`: the interpolation weight from the fractional part.
    fn fix_gamma(self, gamma: f64, virt: f64) -> f64 {
        match self {
            QMethod::AveragedInvertedCdf => {
                if gamma == 0.0 {
                    0.5
                } else {
                    1.0
                }
            }
            QMethod::Midpoint => {
                if virt % 1.0 == 0.0 {
                    0.0
                } else {
                    0.5
                }
            }
            _ => gamma,
        }
    }
}

/// `_discrete_interpolation_to_boundaries`: floor(index) where the
/// condition holds on (floor, fractional part), else the index above.
fn boundary(index: f64, at_prev: impl Fn(f64, f64) -> bool) -> f64 {
    let prev = index.floor();
    if at_prev(prev, index - prev) {
        prev
    } else {
        prev + 1.0
    }
}

/// NumPy's `_lerp`: a + (b - a) * t, or b - (b - a) * (1 - t) for t >= 0.5.
fn lerp(a: f64, b: f64, t: f64) -> f64 {
    let d = b - a;
    if t >= 0.5 {
        b - d * (1.0 - t)
    } else {
        a + d * t
    }
}

/// `_lerp` on float32 or float16 neighbours: `b - a` is always rounded to
/// their dtype; a weak (Python float) gamma keeps every step in it, while a
/// float64 gamma array promotes the rest to float64.
fn lerp_narrow(a: f64, b: f64, t: f64, dtype: DType, weak: bool) -> Scalar {
    // float16 arithmetic is float32 arithmetic rounded to half (npy_half).
    let round = |x: f64| -> f64 {
        let single = x as f32;
        match dtype {
            DType::Float16 => f64::from(half::f16::from_f32(single).to_f32()),
            _ => f64::from(single),
        }
    };
    let d = round(b - a);
    if !weak {
        return Scalar::Float64(if t >= 0.5 {
            b - d * (1.0 - t)
        } else {
            a + d * t
        });
    }
    let r = if t >= 0.5 {
        round(b - round(d * round(1.0 - t)))
    } else {
        round(a + round(d * round(t)))
    };
    match dtype {
        DType::Float16 => Scalar::Float16(half::f16::from_f64(r)),
        _ => Scalar::Float32(r as f32),
    }
}

/// Round half to even, as `np.around`.
fn round_even(x: f64) -> f64 {
    let r = x.round();
    if (x - x.trunc()).abs() == 0.5 {
        2.0 * (x / 2.0).round()
    } else {
        r
    }
}

/// The quantiles asked for, in [0, 1], with q's shape and whether q was a
/// Python int or float, which keeps a float32 or float16 `a`'s dtype
/// (NumPy's `weak_q`).
#[derive(Clone, Copy)]
pub struct Quantiles<'a> {
    pub values: &'a [f64],
    pub shape: &'a [usize],
    pub weak: bool,
}

/// `np.quantile(a, q, axis, method, keepdims)` with q already in [0, 1];
/// the result's shape is q's, then the kept axes.
/// With `skip_nan`, `np.nanquantile`: each lane's quantiles are those of its
/// non-NaN values, and NaN (with NumPy's warning) for a lane of NaNs only.
pub fn quantile(
    a: &Array,
    q: Quantiles,
    axis: Option<isize>,
    method: QMethod,
    keepdims: bool,
    skip_nan: bool,
) -> Result<Array> {
    let Quantiles {
        values: qs,
        shape: q_shape,
        weak: weak_q,
    } = q;
    let (x, ax) = match axis {
        None => (super::shape::ravel(a)?, 0),
        Some(ax) => (a.clone(), super::sort::normalize_axis(ax, a.ndim())?),
    };
    if x.ndim() == 0 {
        return Err(Error::axis_error(axis.unwrap_or(0) as i64, 0));
    }
    let last = x.ndim() - 1;
    let moved = super::layout::moveaxis(&x, &[ax], &[last]);
    let sorted = super::sort::sort(&moved, Some(-1), super::sort::SortKind::Stable)?;
    let n = moved.shape()[last];
    if n == 0 {
        return Err(Error::index_error(
            "index -1 is out of bounds for axis 0 with size 0",
        ));
    }
    let lanes = sorted.size() / n;
    let inexact = a.dtype().kind() == Kind::Float;
    let take = method.takes();
    let narrow = matches!(a.dtype(), DType::Float32 | DType::Float16);
    let out_dtype = if take || (narrow && weak_q) {
        a.dtype()
    } else {
        DType::Float64
    };
    let vals = cast_array(&sorted, DType::Float64)?.to_vec::<f64>();
    let mut items = Vec::with_capacity(qs.len() * lanes);
    let mut all_nan = false;
    for &q in qs {
        for l in 0..lanes {
            let lane = &vals[l * n..(l + 1) * n];
            // NaNs sort last, so the non-NaN values are the lane's front.
            let n = if skip_nan {
                lane.iter().take_while(|x| !x.is_nan()).count()
            } else {
                n
            };
            if n == 0 {
                all_nan = true;
                items.push(cast_scalar(Scalar::Float64(f64::NAN), out_dtype));
                continue;
            }
            let lane = &lane[..n];
            let has_nan = inexact && lane[n - 1].is_nan();
            if take {
                let i = method.take_index(n, q);
                let s = if has_nan {
                    cast_scalar(Scalar::Float64(f64::NAN), out_dtype)
                } else {
                    sorted.get_flat(l * moved.shape()[last] + i)
                };
                items.push(s);
                continue;
            }
            let virt = method.virtual_index(n, q);
            // `_get_indexes`: past either end both neighbours are that end,
            // and gamma is measured from the index written there (-1 or 0).
            let (prev, next, prev_index) = if virt >= (n - 1) as f64 {
                (n - 1, n - 1, -1.0)
            } else if virt < 0.0 {
                (0, 0, 0.0)
            } else {
                let p = virt.floor();
                (p as usize, p as usize + 1, p)
            };
            let gamma = method.fix_gamma(virt - prev_index, virt);
            items.push(if has_nan {
                cast_scalar(Scalar::Float64(f64::NAN), out_dtype)
            } else if narrow {
                lerp_narrow(lane[prev], lane[next], gamma, a.dtype(), weak_q)
            } else {
                Scalar::Float64(lerp(lane[prev], lane[next], gamma))
            });
        }
    }
    if all_nan {
        super::signals::warn("RuntimeWarning", "All-NaN slice encountered");
    }
    let shape = result_shape(a, q_shape, axis, ax, &moved, keepdims);
    Ok(Array::from_scalars(&items, out_dtype, shape))
}

/// A quantile's shape: q's, then a's other axes (kept as 1 with keepdims).
fn result_shape(
    a: &Array,
    q_shape: &[usize],
    axis: Option<isize>,
    ax: usize,
    moved: &Array,
    keepdims: bool,
) -> Vec<usize> {
    let mut shape = q_shape.to_vec();
    if keepdims {
        match axis {
            None => shape.extend(std::iter::repeat_n(1, a.ndim())),
            Some(_) => {
                let mut s = a.shape().to_vec();
                s[ax] = 1;
                shape.extend(s);
            }
        }
    } else {
        shape.extend_from_slice(&moved.shape()[..moved.ndim() - 1]);
    }
    shape
}

/// `np.quantile(a, q, method='inverted_cdf', weights=w)`, `_quantile`'s
/// weighted branch: per lane, the values sorted with their weights, the
/// cumulative weights normalised to 1 (float64, in order), and the first
/// value whose cumulative weight reaches q. `w` has a's shape.
pub fn weighted_quantile(
    a: &Array,
    w: &Array,
    qs: &[f64],
    q_shape: &[usize],
    axis: Option<isize>,
    keepdims: bool,
) -> Result<Array> {
    let (x, wx, ax) = match axis {
        None => (super::shape::ravel(a)?, super::shape::ravel(w)?, 0),
        Some(ax) => (
            a.clone(),
            w.clone(),
            super::sort::normalize_axis(ax, a.ndim())?,
        ),
    };
    if x.ndim() == 0 {
        return Err(Error::axis_error(axis.unwrap_or(0) as i64, 0));
    }
    let last = x.ndim() - 1;
    let moved = super::layout::moveaxis(&x, &[ax], &[last]);
    let wmoved = super::layout::moveaxis(&wx, &[ax], &[last]);
    let n = moved.shape()[last];
    if n == 0 {
        return Err(Error::index_error(
            "index -1 is out of bounds for axis 0 with size 0",
        ));
    }
    // NumPy sorts by np.argsort; a stable order gives the same values.
    let order = super::sort::argsort(&moved, Some(-1), super::sort::SortKind::Stable)?;
    let order = cast_array(&order, DType::Int64)?.to_vec::<i64>();
    let vals = cast_array(&moved, DType::Float64)?.to_vec::<f64>();
    let wts = cast_array(&wmoved, DType::Float64)?.to_vec::<f64>();
    let flat = super::shape::copy(&moved)?;
    let lanes = moved.size() / n;
    let inexact = a.dtype().kind() == Kind::Float;
    let mut cdfs = Vec::with_capacity(lanes);
    for l in 0..lanes {
        let idx = &order[l * n..(l + 1) * n];
        let mut acc = 0.0;
        let mut cdf: Vec<f64> = idx
            .iter()
            .map(|&j| {
                acc += wts[l * n + j as usize];
                acc
            })
            .collect();
        let total = acc;
        if total == 0.0 || total.is_infinite() {
            super::signals::warn("RuntimeWarning", "invalid value encountered in divide");
        }
        cdf.iter_mut().for_each(|c| *c /= total);
        cdfs.push(cdf);
    }
    if cdfs.iter().any(|c| c[n - 1].is_nan()) {
        return Err(Error::value_error(
            "Weights included NaN, inf or were all zero.",
        ));
    }
    // Leading zero weights: the first value with a positive weight answers q = 0.
    if cdfs.iter().any(|c| c[0] == 0.0) {
        cdfs.iter_mut()
            .for_each(|c| c.iter_mut().filter(|v| **v == 0.0).for_each(|v| *v = -1.0));
    }
    let mut items = Vec::with_capacity(qs.len() * lanes);
    for &q in qs {
        for (l, cdf) in cdfs.iter().enumerate() {
            let idx = &order[l * n..(l + 1) * n];
            // searchsorted(cdf, q, side='left'), cut to the last element.
            let i = cdf.partition_point(|&c| c < q).min(n - 1);
            let top = idx[n - 1] as usize;
            let pick = if inexact && vals[l * n + top].is_nan() {
                top
            } else {
                idx[i] as usize
            };
            items.push(flat.get_flat(l * n + pick));
        }
    }
    let shape = result_shape(a, q_shape, axis, ax, &moved, keepdims);
    Ok(Array::from_scalars(&items, a.dtype(), shape))
}

/// `a` with `value` where `mask` is true (`np.copyto(a, value, where=mask)`).
pub fn fill_where(a: &Array, mask: &Array, value: f64) -> Result<Array> {
    let fill = cast_scalar(Scalar::Float64(value), a.dtype());
    let m = mask.to_vec::<bool>();
    let items: Vec<Scalar> = (0..a.size())
        .map(|i| if m[i] { fill } else { a.get_flat(i) })
        .collect();
    Ok(Array::from_scalars(&items, a.dtype(), a.shape().to_vec()))
}

/// `np.bincount`: counts (int64) or sums of weights (float64, in order),
/// failing as NumPy's `PyArray_ZEROS` does when the bins cannot be had.
pub fn bincount(x: &[i64], weights: Option<&[f64]>, minlength: usize) -> Result<Array> {
    // Past usize (a 32-bit target), the count is too big for any array.
    let len = x
        .iter()
        .map(|&v| {
            usize::try_from(v)
                .ok()
                .and_then(|v| v.checked_add(1))
                .unwrap_or(usize::MAX)
        })
        .max()
        .unwrap_or(0)
        .max(minlength);
    Ok(match weights {
        None => {
            let mut c = super::storage::zeroed_vec::<i64>(DType::Int64, &[len])?;
            for &v in x {
                c[v as usize] += 1;
            }
            Array::from_vec(c, vec![len])
        }
        Some(w) => {
            let mut c = super::storage::zeroed_vec::<f64>(DType::Float64, &[len])?;
            for (&v, &wt) in x.iter().zip(w) {
                c[v as usize] += wt;
            }
            Array::from_vec(c, vec![len])
        }
    })
}

/// `np.digitize`: searchsorted on increasing bins, mirrored for decreasing.
pub fn digitize(x: &[f64], bins: &[f64], right: bool, increasing: bool) -> Vec<i64> {
    let n = bins.len();
    let count = |b: &[f64], v: f64, strict: bool| -> usize {
        // strict: the number of bins < v (side='left'); else <= v (side='right').
        b.partition_point(|&e| if strict { e < v } else { e <= v })
    };
    x.iter()
        .map(|&v| {
            if v.is_nan() {
                return if increasing { n as i64 } else { 0 };
            }
            if increasing {
                count(bins, v, right) as i64
            } else {
                let rev: Vec<f64> = bins.iter().rev().copied().collect();
                (n - count(&rev, v, right)) as i64
            }
        })
        .collect()
}

/// `np.interp`'s periodic points: sorted by x (stably), with one wrapped
/// point added at each end.
pub fn periodic_points<T: Copy>(xp: &[f64], fp: &[T], period: f64) -> (Vec<f64>, Vec<T>) {
    let mut idx: Vec<usize> = (0..xp.len()).collect();
    idx.sort_by(|&i, &j| {
        xp[i]
            .partial_cmp(&xp[j])
            .unwrap_or(std::cmp::Ordering::Equal)
    });
    let xs: Vec<f64> = idx.iter().map(|&i| xp[i]).collect();
    let fs: Vec<T> = idx.iter().map(|&i| fp[i]).collect();
    if xs.is_empty() {
        return (xs, fs);
    }
    let mut x2 = vec![xs[xs.len() - 1] - period];
    x2.extend(&xs);
    x2.push(xs[0] + period);
    let mut f2 = vec![fs[fs.len() - 1]];
    f2.extend(&fs);
    f2.push(fs[0]);
    (x2, f2)
}

/// NumPy's `arr_interp` (compiled_base.c).
pub fn interp(
    x: &[f64],
    xp: &[f64],
    fp: &[f64],
    left: Option<f64>,
    right: Option<f64>,
) -> Vec<f64> {
    interp_by(
        x,
        xp,
        fp,
        left,
        right,
        |v| v,
        |j, v| {
            let s = (fp[j + 1] - fp[j]) / (xp[j + 1] - xp[j]);
            lerp_part(s, v, j, xp, |k| fp[k])
        },
    )
}

/// NumPy's `arr_interp_complex`: each part interpolated as `arr_interp`
/// does, but with the slope taken as a product with `1/dx`.
pub fn interp_complex(
    x: &[f64],
    xp: &[f64],
    fp: &[Complex64],
    left: Option<Complex64>,
    right: Option<Complex64>,
) -> Vec<Complex64> {
    let nan = |v| Complex64::new(v, 0.0);
    interp_by(x, xp, fp, left, right, nan, |j, v| {
        let inv_dx = 1.0 / (xp[j + 1] - xp[j]);
        let d = fp[j + 1] - fp[j];
        Complex64::new(
            lerp_part(d.re * inv_dx, v, j, xp, |k| fp[k].re),
            lerp_part(d.im * inv_dx, v, j, xp, |k| fp[k].im),
        )
    })
}

/// The search shared by both interp loops; `between(j, v)` is the value
/// strictly between xp[j] and xp[j+1], `nan(v)` the value at a NaN x.
fn interp_by<T: Copy>(
    x: &[f64],
    xp: &[f64],
    fp: &[T],
    left: Option<T>,
    right: Option<T>,
    nan: impl Fn(f64) -> T,
    between: impl Fn(usize, f64) -> T,
) -> Vec<T> {
    let n = xp.len();
    let lval = left.unwrap_or(fp[0]);
    let rval = right.unwrap_or(fp[n - 1]);
    x.iter()
        .map(|&v| {
            // One point: NumPy only compares, so a NaN x gets fp[0].
            if n == 1 {
                return if v < xp[0] {
                    lval
                } else if v > xp[0] {
                    rval
                } else {
                    fp[0]
                };
            }
            if v.is_nan() {
                return nan(v);
            }
            if v > xp[n - 1] {
                return rval;
            }
            if v < xp[0] {
                return lval;
            }
            let j = xp.partition_point(|&e| e <= v).saturating_sub(1);
            if j == n - 1 || xp[j] == v {
                return fp[j];
            }
            between(j, v)
        })
        .collect()
}

/// One real part between xp[j] and xp[j+1]: from the left point, or from
/// the right one when that gives NaN (an infinite neighbour).
fn lerp_part(s: f64, v: f64, j: usize, xp: &[f64], f: impl Fn(usize) -> f64) -> f64 {
    let mut r = s * (v - xp[j]) + f(j);
    if r.is_nan() {
        r = s * (v - xp[j + 1]) + f(j + 1);
        if r.is_nan() && f(j) == f(j + 1) {
            r = f(j);
        }
    }
    r
}

fn shape_text(s: &[usize]) -> String {
    super::compact_shape_repr(s)
}

/// How BLAS sees a 2-D operand of matmul/dot (`is_blasable2d` in NumPy's
/// matmul.c.src): C order when its rows are unit-stride, Fortran order when
/// its columns are; otherwise matmul copies it into a buffer ordered like
/// its larger stride and `np.dot` into a C-order copy. An operand cast to
/// float64 first is a fresh array: C-ordered for matmul, in order 'K' for
/// `np.dot`.
fn blas_layout(x: &Array, dt: DType, matmul: bool) -> super::blas::Layout {
    use super::blas::Layout;
    if x.dtype() != dt {
        return if !matmul && k_order_is_f(x) {
            Layout::F
        } else {
            Layout::C
        };
    }
    let (r, c) = (x.shape()[0] as isize, x.shape()[1] as isize);
    let (s0, s1) = (x.strides()[0], x.strides()[1]);
    if s1 == 1 && s0 >= c {
        Layout::C
    } else if (s0 == 1 && s1 >= r) || (matmul && s0.abs() < s1.abs()) {
        Layout::F
    } else {
        Layout::C
    }
}

/// `np.dot` (matmul=false) or `np.matmul`/`@` of 1-D and 2-D arrays; ints
/// and bools by NumPy's own loops (sums in order); float64 vectors by BLAS
/// ddot's order, float64 matrices by OpenBLAS dgemm's order (`blas.rs`);
/// float64 matrix-vector products by OpenBLAS dgemv's order (`blas.rs`).
pub fn dot(a: &Array, b: &Array, matmul: bool) -> Result<Array> {
    const SIG: &str = "(n?,k),(k,m?)->(n?,m?)";
    if matmul {
        for (i, x) in [a, b].iter().enumerate() {
            if x.ndim() == 0 {
                return Err(Error::value_error(format!(
                    "matmul: Input operand {i} does not have enough dimensions (has 0, gufunc core with signature {SIG} requires 1)"
                )));
            }
        }
    } else if a.ndim() == 0 || b.ndim() == 0 {
        return super::ufunc::binary(
            super::Ufunc::Multiply,
            &super::promote::Operand::Array(a.clone()),
            &super::promote::Operand::Array(b.clone()),
        );
    }
    if a.ndim() > 2 || b.ndim() > 2 {
        return Err(Error::new(
            crate::error::Exc::NotImplementedError,
            "npcalc computes dot and matmul of 1-D and 2-D arrays only",
        ));
    }
    let dt = promote_types(a.dtype(), b.dtype());
    if !matches!(dt, DType::Int64 | DType::Float64 | DType::Bool)
        && !matches!(dt.kind(), Kind::Int | Kind::UInt)
    {
        return Err(Error::new(
            crate::error::Exc::NotImplementedError,
            format!(
                "npcalc computes dot and matmul of integer, bool and float64 arrays only, not {dt}"
            ),
        ));
    }
    // As 2-D: (n, k) and (k, m).
    let (n, k1) = if a.ndim() == 2 {
        (a.shape()[0], a.shape()[1])
    } else {
        (1, a.shape()[0])
    };
    let (k2, m) = if b.ndim() == 2 {
        (b.shape()[0], b.shape()[1])
    } else {
        (b.shape()[0], 1)
    };
    if k1 != k2 {
        return Err(if matmul {
            Error::value_error(format!(
                "matmul: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature {SIG} (size {k2} is different from {k1})"
            ))
        } else {
            let adim = a.ndim() - 1;
            Error::value_error(format!(
                "shapes {} and {} not aligned: {k1} (dim {adim}) != {k2} (dim 0)",
                shape_text(a.shape()),
                shape_text(b.shape())
            ))
        });
    }
    let mut shape = Vec::new();
    if a.ndim() == 2 {
        shape.push(n);
    }
    if b.ndim() == 2 {
        shape.push(m);
    }
    let k = k1;
    if dt == DType::Bool {
        let (x, y) = (a.to_vec::<bool>(), b.to_vec::<bool>());
        let mut out = Vec::with_capacity(n * m);
        for i in 0..n {
            for j in 0..m {
                out.push((0..k).any(|t| x[i * k + t] && y[t * m + j]));
            }
        }
        return Ok(Array::from_vec(out, shape));
    }
    if dt == DType::Float64 && a.ndim() == 1 && b.ndim() == 1 {
        // Two vectors: NumPy's cblas_matrixproduct calls BLAS ddot, whose
        // blocked sums the convolve module ports.
        if let Some(r) = strided_dot(a, b, k, matmul)? {
            return Ok(Array::from_vec(vec![r], shape));
        }
        let (x, y) = (cast_array(a, dt)?, cast_array(b, dt)?);
        return Ok(super::convolve::row_dots(&x, &y, (1, 1, k), shape));
    }
    if dt == DType::Float64 && n == 1 && m == 1 {
        if let Some(r) = strided_dot(a, b, k, matmul)? {
            return Ok(Array::from_vec(vec![r], shape));
        }
        // A row times a column: NumPy calls BLAS ddot here too.
        let (x, y) = (cast_array(a, dt)?, cast_array(b, dt)?);
        let y = super::shape::ravel(&y)?;
        return Ok(super::convolve::row_dots(&x, &y, (1, 1, k), shape));
    }
    if dt == DType::Float64 && a.ndim() == 2 && b.ndim() == 2 && n > 1 && k > 1 && m > 1 {
        // Two matrices: BLAS dgemm (or dsyrk for x @ x.T), in OpenBLAS's order.
        let syrk = a.dtype() == dt
            && b.dtype() == dt
            && a.shares_buffer(b)
            && a.offset() == b.offset()
            && n == m
            && a.strides() == [b.strides()[1], b.strides()[0]]
            && a.strides()[0] != a.strides()[1];
        let (la, lb) = (blas_layout(a, dt, matmul), blas_layout(b, dt, matmul));
        let (x, y) = (
            cast_array(a, dt)?.to_vec::<f64>(),
            cast_array(b, dt)?.to_vec::<f64>(),
        );
        let out = super::blas::dgemm(&x, &y, (n, k, m), (la, lb), syrk);
        return Ok(Array::from_vec(out, shape));
    }
    if dt == DType::Float64
        && k > 1
        && ((m == 1 && n > 1) || (n == 1 && m > 1))
        && let Some(out) = gemv_product(a, b, (n, k, m), matmul)?
    {
        return Ok(Array::from_vec(out, shape));
    }
    if dt.kind() == Kind::Float {
        let (x, y) = (
            cast_array(a, DType::Float64)?.to_vec::<f64>(),
            cast_array(b, DType::Float64)?.to_vec::<f64>(),
        );
        let mut out = Vec::with_capacity(n * m);
        for i in 0..n {
            for j in 0..m {
                let mut s = 0.0;
                for t in 0..k {
                    s += x[i * k + t] * y[t * m + j];
                }
                out.push(s);
            }
        }
        return Ok(Array::from_vec(out, shape));
    }
    let (x, y) = (
        cast_array(a, DType::Int64)?.to_vec::<i64>(),
        cast_array(b, DType::Int64)?.to_vec::<i64>(),
    );
    let mut out = Vec::with_capacity(n * m);
    for i in 0..n {
        for j in 0..m {
            let mut s = 0i64;
            for t in 0..k {
                s = s.wrapping_add(x[i * k + t].wrapping_mul(y[t * m + j]));
            }
            out.push(s);
        }
    }
    cast_array(&Array::from_vec(out, shape), dt)
}

/// Whether NumPy's cast of a 2-D operand in order 'K' (as `np.dot`
/// converts its inputs) comes out Fortran-ordered: its first axis has the
/// smaller stride.
fn k_order_is_f(x: &Array) -> bool {
    x.ndim() == 2 && x.strides()[0].abs() < x.strides()[1].abs()
}

/// The element strides of a float64 operand as BLAS sees it: an operand
/// cast to float64 first is a fresh array, C-ordered for matmul, in order
/// 'K' for `np.dot`.
fn f64_strides(x: &Array, matmul: bool) -> Vec<isize> {
    if x.dtype() == DType::Float64 {
        x.strides().to_vec()
    } else if !matmul && k_order_is_f(x) {
        vec![1, x.shape()[0] as isize]
    } else {
        let mut s = vec![1isize; x.ndim()];
        for i in (0..x.ndim().saturating_sub(1)).rev() {
            s[i] = s[i + 1] * x.shape()[i + 1] as isize;
        }
        s
    }
}

/// A float64 matrix times a vector (m == 1) or a vector times a matrix
/// (n == 1), both sides longer than 1 along k, as NumPy hands it to BLAS
/// dgemv: matmul (matmul.c.src `@TYPE@_gemv`) when both operands are
/// "blasable" (else None: its plain loop), `np.dot` (cblasfuncs.c) after
/// copying a matrix that is neither C- nor Fortran-contiguous to C order.
/// A matrix whose rows (the dot products' direction) are unit-stride runs
/// the dgemv_t kernel, one whose other axis is runs dgemv_n; the results
/// depend on the CPU's OpenBLAS kernel (`blas.rs`).
fn gemv_product(
    a: &Array,
    b: &Array,
    (n, k, m): (usize, usize, usize),
    matmul: bool,
) -> Result<Option<Vec<f64>>> {
    let matrix_vector = m == 1;
    let (mat, vec) = if matrix_vector { (a, b) } else { (b, a) };
    // The matrix as (rows along the output, k): for x @ B that is B.T.
    let ms = f64_strides(mat, matmul);
    let (out_len, (s_out, s_k)) = if matrix_vector {
        (n, (ms[0], ms[1]))
    } else {
        (m, (ms[1], ms[0]))
    };
    let vs = f64_strides(vec, matmul);
    let v_stride = *vs.last().unwrap_or(&1);
    let v_stride = if vec.ndim() == 2 && matrix_vector {
        vs[0]
    } else {
        v_stride
    };
    // (dot-style kernel?, unit x, tight leading dimension)
    let (t_kernel, unit_x, tight) = if matmul {
        let rows_unit = s_k == 1 && s_out >= k as isize;
        let cols_unit = s_out == 1 && s_k >= out_len as isize;
        if !(rows_unit || cols_unit) || v_stride < 1 {
            return Ok(None);
        }
        (rows_unit, v_stride == 1, s_k == out_len as isize)
    } else {
        let (r, c) = (mat.shape()[0] as isize, mat.shape()[1] as isize);
        let c_contig = ms[1] == 1 && ms[0] == c;
        let f_contig = ms[0] == 1 && ms[1] == r;
        let unit = v_stride == 1 || v_stride <= 0;
        // A C-order matrix (or a C-order copy of one neither C- nor
        // Fortran-contiguous) runs dgemv_t for A @ x, dgemv_n for x @ B.
        let c_order = c_contig || !f_contig;
        (c_order == matrix_vector, unit, true)
    };
    let mat64 = cast_array(mat, DType::Float64)?;
    let x = cast_array(vec, DType::Float64)?.to_vec::<f64>();
    let mv = mat64.to_vec::<f64>();
    // mv is the matrix in C order: mat[r][c] = mv[r * cols + c].
    let cols = mat.shape()[1];
    let at = |o: usize, t: usize| {
        if matrix_vector {
            mv[o * cols + t]
        } else {
            mv[t * cols + o]
        }
    };
    let out = if t_kernel {
        let rows: Vec<f64> = (0..out_len)
            .flat_map(|o| (0..k).map(move |t| (o, t)))
            .map(|(o, t)| at(o, t))
            .collect();
        super::blas::dgemv_t(&rows, &x, k, out_len)
    } else {
        let cols_v: Vec<f64> = (0..k)
            .flat_map(|t| (0..out_len).map(move |o| (o, t)))
            .map(|(o, t)| at(o, t))
            .collect();
        super::blas::dgemv_n(&cols_v, &x, out_len, k, unit_x, tight)
    };
    Ok(Some(out))
}

/// A float64 dot product of two vectors that are not both unit-stride, as
/// NumPy's `DOUBLE_dot` runs it: BLAS ddot's strided path when both strides
/// are positive (`np.dot` first copies an operand with a negative stride),
/// else (matmul only) a plain loop. None when both are unit-stride.
fn strided_dot(a: &Array, b: &Array, k: usize, matmul: bool) -> Result<Option<f64>> {
    let stride = |x: &Array, axis: usize| -> isize {
        if x.dtype() != DType::Float64 {
            return 1;
        }
        let s = x.strides()[axis];
        if !matmul && (s < 0 || (s == 0 && k > 1)) {
            1
        } else {
            s
        }
    };
    let (sa, sb) = (stride(a, a.ndim() - 1), stride(b, 0));
    if (sa == 1 && sb == 1) || k == 0 {
        return Ok(None);
    }
    let x = cast_array(a, DType::Float64)?.to_vec::<f64>();
    let y = cast_array(b, DType::Float64)?.to_vec::<f64>();
    if sa > 0 && sb > 0 {
        return Ok(Some(super::blas::ddot_strided(&x, &y)));
    }
    Ok(Some(x.iter().zip(&y).fold(0.0, |s, (p, q)| s + p * q)))
}
