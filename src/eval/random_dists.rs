//! The univariate distributions beyond the basic ones (beta, geometric,
//! triangular, …) for both `Generator` and `RandomState`, with the argument
//! handling of numpy/random/_common.pyx: parameters may be scalars or
//! arrays broadcast against each other and `size`; NumPy's constraint
//! checks (and their texts, which differ between scalar and array
//! parameters) run before any draw.

use super::Interp;
use super::random::{RandomObj, size_arg, this};
use super::table::Args;
use super::value::Value;
use crate::array::gather::broadcast_args;
use crate::array::shape::broadcast_to;
use crate::array::{Array, DType, Kind, Stored, alloc_vec, shape_repr};
use crate::error::{Error, Result};
use crate::random as rnd;
use crate::random::BitGen;

/// NumPy's `ConstraintType` (_common.pxd).
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Cons {
    None,
    NonNeg,
    Pos,
    PosNotNan,
    Bounded01,
    BoundedGt01,
    BoundedLt01,
    Gt1,
    Gte1,
    LegacyNonNegLong,
    /// CONS_POISSON (and LEGACY_CONS_POISSON, the same bound on LP64).
    Poisson,
}

/// `check_constraint` (one scalar) / `check_array_constraint` (an array):
/// the same tests, stage by stage over all values, with their texts.
fn check(cons: Cons, name: &str, vals: &[f64], scalar: bool) -> Result<()> {
    type Bad = fn(f64) -> bool;
    let nan = if scalar { "is NaN" } else { "contains NaNs" };
    let stages: Vec<(Bad, String)> = match cons {
        Cons::None => vec![],
        Cons::NonNeg => vec![(
            |x| !x.is_nan() && x.is_sign_negative(),
            format!("{name} < 0"),
        )],
        Cons::Pos => vec![(|x| x <= 0.0, format!("{name} <= 0"))],
        Cons::PosNotNan => vec![
            (|x| x.is_nan(), format!("{name} must not be NaN")),
            (|x| x <= 0.0, format!("{name} <= 0")),
        ],
        Cons::Bounded01 => vec![(
            |x| !(0.0..=1.0).contains(&x),
            format!("{name} < 0, {name} > 1 or {name} {nan}"),
        )],
        Cons::BoundedGt01 => vec![(
            |x| !(x > 0.0 && x <= 1.0),
            format!("{name} <= 0, {name} > 1 or {name} contains NaNs"),
        )],
        Cons::BoundedLt01 => vec![(
            |x| !(0.0..1.0).contains(&x),
            format!("{name} < 0, {name} >= 1 or {name} {nan}"),
        )],
        Cons::Gt1 => vec![(
            |x| x.is_nan() || x <= 1.0,
            format!("{name} <= 1 or {name} {nan}"),
        )],
        Cons::Gte1 => vec![(
            |x| x.is_nan() || x < 1.0,
            format!("{name} < 1 or {name} {nan}"),
        )],
        Cons::Poisson if scalar => vec![
            (
                |x| x.is_nan() || x < 0.0,
                format!("{name} < 0 or {name} is NaN"),
            ),
            (
                |x| x.is_nan() || x > poisson_lam_max(),
                format!("{name} value too large"),
            ),
        ],
        Cons::Poisson => vec![
            (
                |x| x.is_nan() || x > poisson_lam_max(),
                format!("{name} value too large"),
            ),
            (
                |x| x.is_nan() || x < 0.0,
                format!("{name} < 0 or {name} contains NaNs"),
            ),
        ],
        Cons::LegacyNonNegLong => vec![
            (|x| x < 0.0, format!("{name} < 0")),
            (
                |x| x > i64::MAX as f64,
                format!(
                    "{name} is out of bounds for long, consider using the new generator API for 64bit integers."
                ),
            ),
        ],
    };
    for (bad, text) in stages {
        if vals.iter().any(|&x| bad(x)) {
            return Err(Error::value_error(text));
        }
    }
    Ok(())
}

/// Parameters read as NumPy's `PyArray_FROM_OTF(x, NPY_DOUBLE or NPY_INT64)`.
pub(super) struct Params {
    arrays: Vec<Array>,
    names: Vec<&'static str>,
    /// Every parameter 0-d: the scalar path (a Python number when size is None).
    scalar: bool,
}

impl Params {
    fn load(args: &Args, names: &[&'static str], dtype: DType) -> Result<Params> {
        let mut arrays = Vec::with_capacity(names.len());
        for &name in names {
            let v = args.get(name);
            let a = super::convert::to_array(&v, None).map_err(|e| e.at(args.span(name)))?;
            let kind = a.dtype().kind();
            if kind == Kind::Complex {
                return Err(Error::type_error(format!(
                    "Cannot cast array data from dtype('{}') to dtype('{}') according to the rule 'safe'",
                    a.dtype(),
                    dtype
                ))
                .at(args.span(name)));
            }
            arrays.push(crate::array::cast_array(&a, dtype)?);
        }
        let scalar = arrays.iter().all(|a| a.ndim() == 0);
        Ok(Params {
            arrays,
            names: names.to_vec(),
            scalar,
        })
    }

    /// Parameter `k`'s values as doubles, for the checks.
    fn values(&self, k: usize) -> Vec<f64> {
        let a = &self.arrays[k];
        if a.dtype() == DType::Int64 {
            a.to_vec::<i64>().iter().map(|&x| x as f64).collect()
        } else {
            a.to_vec::<f64>()
        }
    }

    fn check(&self, cons: &[Cons]) -> Result<()> {
        for (k, &c) in cons.iter().enumerate() {
            check(c, self.names[k], &self.values(k), self.scalar)?;
        }
        Ok(())
    }

    /// The output's shape (None: one scalar draw) as NumPy's `cont`/`disc`
    /// lay it out, with the multi-iterator's errors.
    fn out_shape(&self, args: &Args) -> Result<Option<Vec<usize>>> {
        let size = size_arg(args)?;
        if self.scalar {
            return Ok(size);
        }
        let shapes: Vec<&[usize]> = self.arrays.iter().map(|a| a.shape()).collect();
        Ok(Some(match size {
            Some(size) => {
                let mut all: Vec<&[usize]> = vec![&size];
                all.extend(&shapes);
                let it = broadcast_args(&all)?;
                if it != size {
                    return Err(Error::value_error(format!(
                        "Output size {} is not compatible with broadcast dimensions of inputs {}.",
                        shape_repr(&size),
                        shape_repr(&it)
                    )));
                }
                size
            }
            None if shapes.len() == 1 => shapes[0].to_vec(),
            None => broadcast_args(&shapes)?,
        }))
    }

    /// Parameter `k` broadcast to `shape` (its one value when scalar).
    fn column<T: Stored + Copy>(&self, k: usize, shape: &Option<Vec<usize>>) -> Result<Vec<T>> {
        let a = &self.arrays[k];
        match shape {
            Some(shape) if !self.scalar => broadcast_to(a, shape)
                .map(|b| b.to_vec::<T>())
                .ok_or_else(|| Error::value_error("broadcast failed")),
            _ => Ok(a.to_vec::<T>()),
        }
    }

    /// The output's shape and each parameter broadcast to it.
    fn layout<T: Stored + Copy>(&self, args: &Args) -> Result<Layout<T>> {
        let shape = self.out_shape(args)?;
        let cols = (0..self.arrays.len())
            .map(|k| self.column::<T>(k, &shape))
            .collect::<Result<Vec<Vec<T>>>>()?;
        Ok(Layout {
            cols,
            count: shape.as_ref().map_or(1, |s| s.iter().product()),
            shape,
            scalar: self.scalar,
        })
    }
}

pub(super) struct Layout<T> {
    cols: Vec<Vec<T>>,
    shape: Option<Vec<usize>>,
    count: usize,
    scalar: bool,
}

impl<T: Copy + Default> Layout<T> {
    fn params(&self, i: usize) -> [T; 3] {
        let mut out = [T::default(); 3];
        for (k, col) in self.cols.iter().enumerate() {
            out[k] = if self.scalar { col[0] } else { col[i] };
        }
        out
    }

    /// Runs `draw` once per output element, in C order.
    fn run<R: Stored>(&self, mut draw: impl FnMut([T; 3]) -> R) -> Result<(Option<R>, Value)> {
        let Some(shape) = &self.shape else {
            return Ok((Some(draw(self.params(0))), Value::None));
        };
        let mut data: Vec<R> = alloc_vec(R::DTYPE, shape)?;
        let block = crate::array::signals::BLOCK;
        for (b, chunk) in data.spare_capacity_mut()[..self.count]
            .chunks_mut(block)
            .enumerate()
        {
            crate::array::signals::poll();
            if self.scalar {
                let p = self.params(0);
                chunk.iter_mut().for_each(|slot| {
                    slot.write(draw(p));
                });
            } else {
                for (j, slot) in chunk.iter_mut().enumerate() {
                    slot.write(draw(self.params(b * block + j)));
                }
            }
        }
        // SAFETY: alloc_vec reserved exactly `count` slots and each was written above.
        unsafe { data.set_len(self.count) };
        Ok((None, Value::Array(Array::from_vec(data, shape.clone()))))
    }

    fn floats(&self, draw: impl FnMut([T; 3]) -> f64) -> Result<Value> {
        Ok(match self.run(draw)? {
            (Some(x), _) => Value::Float(x),
            (None, v) => v,
        })
    }

    fn floats32(&self, draw: impl FnMut([T; 3]) -> f32) -> Result<Value> {
        Ok(match self.run(draw)? {
            (Some(x), _) => Value::Float(x.into()),
            (None, v) => v,
        })
    }

    fn ints(&self, draw: impl FnMut([T; 3]) -> i64) -> Result<Value> {
        Ok(match self.run(draw)? {
            (Some(x), _) => Value::int(x),
            (None, v) => v,
        })
    }
}

/// `cont(...)`: float parameters with their constraints.
fn cont(args: &Args, params: &[(&'static str, Cons)]) -> Result<Layout<f64>> {
    let names: Vec<&'static str> = params.iter().map(|p| p.0).collect();
    let cons: Vec<Cons> = params.iter().map(|p| p.1).collect();
    let p = Params::load(args, &names, DType::Float64)?;
    p.check(&cons)?;
    p.layout(args)
}

/// Runs with the bound Generator (`$g`) or the RandomState's normal cache
/// and MT19937 (`$gs`, `$mt`).
macro_rules! api {
    ($args:expr, |$g:ident| $gen:expr, |$gs:ident, $mt:ident| $leg:expr) => {
        match this($args) {
            RandomObj::Bits(_) => {
                unreachable!("sampling methods are bound to a Generator or a RandomState")
            }
            RandomObj::Generator(cell) => {
                // A local copy of the state stays in registers over the draw
                // loop; through the RefCell it was stored back at every draw.
                let mut local = cell.borrow().clone();
                let $g = &mut local;
                let out = $gen;
                *cell.borrow_mut() = local;
                out
            }
            RandomObj::Legacy(cell) => {
                let st = &mut *cell.borrow_mut();
                let ($gs, $mt) = (&mut st.gauss, &mut st.mt);
                $leg
            }
        }
    };
}

pub(super) fn beta(_: &mut Interp, args: &Args) -> Result<Value> {
    let l = cont(args, &[("a", Cons::Pos), ("b", Cons::Pos)])?;
    api!(
        args,
        |g| l.floats(|[a, b, _]| rnd::beta(g, a, b)),
        |gs, mt| l.floats(|[a, b, _]| rnd::legacy_beta(gs, mt, a, b))
    )
}

pub(super) fn f(_: &mut Interp, args: &Args) -> Result<Value> {
    let l = cont(args, &[("dfnum", Cons::Pos), ("dfden", Cons::Pos)])?;
    api!(args, |g| l.floats(|[a, b, _]| rnd::f(g, a, b)), |gs, mt| l
        .floats(|[a, b, _]| rnd::legacy_f(gs, mt, a, b)))
}

pub(super) fn noncentral_chisquare(_: &mut Interp, args: &Args) -> Result<Value> {
    let l = cont(args, &[("df", Cons::Pos), ("nonc", Cons::NonNeg)])?;
    api!(
        args,
        |g| l.floats(|[a, b, _]| rnd::noncentral_chisquare(g, a, b)),
        |gs, mt| l.floats(|[a, b, _]| rnd::legacy_noncentral_chisquare(gs, mt, a, b))
    )
}

pub(super) fn noncentral_f(_: &mut Interp, args: &Args) -> Result<Value> {
    let l = cont(
        args,
        &[
            ("dfnum", Cons::Pos),
            ("dfden", Cons::Pos),
            ("nonc", Cons::NonNeg),
        ],
    )?;
    api!(
        args,
        |g| l.floats(|[a, b, c]| rnd::noncentral_f(g, a, b, c)),
        |gs, mt| l.floats(|[a, b, c]| rnd::legacy_noncentral_f(gs, mt, a, b, c))
    )
}

pub(super) fn standard_cauchy(_: &mut Interp, args: &Args) -> Result<Value> {
    let l = cont(args, &[])?;
    api!(args, |g| l.floats(|_| rnd::standard_cauchy(g)), |gs, mt| l
        .floats(|_| rnd::legacy_standard_cauchy(gs, mt)))
}

pub(super) fn standard_t(_: &mut Interp, args: &Args) -> Result<Value> {
    let l = cont(args, &[("df", Cons::Pos)])?;
    api!(
        args,
        |g| l.floats(|[a, _, _]| rnd::standard_t(g, a)),
        |gs, mt| l.floats(|[a, _, _]| rnd::legacy_standard_t(gs, mt, a))
    )
}

pub(super) fn vonmises(_: &mut Interp, args: &Args) -> Result<Value> {
    let l = cont(args, &[("mu", Cons::None), ("kappa", Cons::NonNeg)])?;
    api!(
        args,
        |g| l.floats(|[a, b, _]| rnd::vonmises(g, a, b, false)),
        |_gs, mt| l.floats(|[a, b, _]| rnd::vonmises(mt, a, b, true))
    )
}

pub(super) fn pareto(_: &mut Interp, args: &Args) -> Result<Value> {
    let l = cont(args, &[("a", Cons::Pos)])?;
    api!(
        args,
        |g| l.floats(|[a, _, _]| rnd::pareto(g, a)),
        |_gs, mt| l.floats(|[a, _, _]| rnd::legacy_pareto(mt, a))
    )
}

pub(super) fn weibull(_: &mut Interp, args: &Args) -> Result<Value> {
    let l = cont(args, &[("a", Cons::NonNeg)])?;
    api!(
        args,
        |g| l.floats(|[a, _, _]| rnd::weibull(g, a)),
        |_gs, mt| l.floats(|[a, _, _]| rnd::legacy_weibull(mt, a))
    )
}

pub(super) fn power(_: &mut Interp, args: &Args) -> Result<Value> {
    let l = cont(args, &[("a", Cons::Pos)])?;
    api!(
        args,
        |g| l.floats(|[a, _, _]| rnd::power(g, a)),
        |_gs, mt| l.floats(|[a, _, _]| rnd::legacy_power(mt, a))
    )
}

fn loc_scale(args: &Args) -> Result<Layout<f64>> {
    cont(args, &[("loc", Cons::None), ("scale", Cons::NonNeg)])
}

pub(super) fn laplace(_: &mut Interp, args: &Args) -> Result<Value> {
    let l = loc_scale(args)?;
    api!(
        args,
        |g| l.floats(|[a, b, _]| rnd::laplace(g, a, b)),
        |_gs, mt| l.floats(|[a, b, _]| rnd::laplace(mt, a, b))
    )
}

pub(super) fn gumbel(_: &mut Interp, args: &Args) -> Result<Value> {
    let l = loc_scale(args)?;
    api!(
        args,
        |g| l.floats(|[a, b, _]| rnd::gumbel(g, a, b)),
        |_gs, mt| l.floats(|[a, b, _]| rnd::gumbel(mt, a, b))
    )
}

pub(super) fn logistic(_: &mut Interp, args: &Args) -> Result<Value> {
    let l = loc_scale(args)?;
    api!(
        args,
        |g| l.floats(|[a, b, _]| rnd::logistic(g, a, b)),
        |_gs, mt| l.floats(|[a, b, _]| rnd::logistic(mt, a, b))
    )
}

pub(super) fn rayleigh(_: &mut Interp, args: &Args) -> Result<Value> {
    let l = cont(args, &[("scale", Cons::NonNeg)])?;
    api!(
        args,
        |g| l.floats(|[a, _, _]| rnd::rayleigh(g, a)),
        |_gs, mt| l.floats(|[a, _, _]| rnd::legacy_rayleigh(mt, a))
    )
}

pub(super) fn wald(_: &mut Interp, args: &Args) -> Result<Value> {
    let l = cont(args, &[("mean", Cons::Pos), ("scale", Cons::Pos)])?;
    api!(
        args,
        |g| l.floats(|[a, b, _]| rnd::wald(g, a, b)),
        |gs, mt| l.floats(|[a, b, _]| rnd::legacy_wald(gs, mt, a, b))
    )
}

// ---- the basic samplers -------------------------------------------------------------

pub(super) fn normal(_: &mut Interp, args: &Args) -> Result<Value> {
    let l = loc_scale(args)?;
    api!(
        args,
        |g| l.floats(|[a, b, _]| a + b * rnd::standard_normal(g)),
        |gs, mt| l.floats(|[a, b, _]| a + b * gs.next(mt))
    )
}

pub(super) fn lognormal(_: &mut Interp, args: &Args) -> Result<Value> {
    let l = cont(args, &[("mean", Cons::None), ("sigma", Cons::NonNeg)])?;
    api!(
        args,
        |g| l.floats(|[a, b, _]| (a + b * rnd::standard_normal(g)).exp()),
        |gs, mt| l.floats(|[a, b, _]| (a + b * gs.next(mt)).exp())
    )
}

pub(super) fn exponential(_: &mut Interp, args: &Args) -> Result<Value> {
    let l = cont(args, &[("scale", Cons::NonNeg)])?;
    api!(
        args,
        |g| l.floats(|[a, _, _]| a * rnd::standard_exponential(g)),
        |_gs, mt| l.floats(|[a, _, _]| a * rnd::legacy_standard_exponential(mt))
    )
}

pub(super) fn gamma(_: &mut Interp, args: &Args) -> Result<Value> {
    let l = cont(args, &[("shape", Cons::NonNeg), ("scale", Cons::NonNeg)])?;
    api!(
        args,
        |g| l.floats(|[k, s, _]| s * rnd::standard_gamma(g, k)),
        |gs, mt| l.floats(|[k, s, _]| s * rnd::legacy_standard_gamma(gs, mt, k))
    )
}

/// `standard_gamma` in float64 (float32 is `standard_gamma_f32`).
pub(super) fn standard_gamma_f64(args: &Args) -> Result<Value> {
    let l = cont(args, &[("shape", Cons::NonNeg)])?;
    api!(
        args,
        |g| l.floats(|[k, _, _]| rnd::standard_gamma(g, k)),
        |gs, mt| l.floats(|[k, _, _]| rnd::legacy_standard_gamma(gs, mt, k))
    )
}

/// `Generator.standard_gamma(dtype=np.float32)`: `cont_f` over
/// `random_standard_gamma_f`, the shape rounded to float32.
pub(super) fn standard_gamma_f32(args: &Args) -> Result<Value> {
    let l = cont(args, &[("shape", Cons::NonNeg)])?;
    api!(
        args,
        |g| l.floats32(|[k, _, _]| rnd::standard_gamma_f(g, k as f32)),
        |_gs, _mt| Err(Error::type_error(
            "float32 standard_gamma is a Generator method"
        ))
    )
}

pub(super) fn chisquare(_: &mut Interp, args: &Args) -> Result<Value> {
    let l = cont(args, &[("df", Cons::Pos)])?;
    api!(
        args,
        |g| l.floats(|[df, _, _]| rnd::chisquare(g, df)),
        |gs, mt| l.floats(|[df, _, _]| rnd::legacy_chisquare(gs, mt, df))
    )
}

pub(super) fn poisson(_: &mut Interp, args: &Args) -> Result<Value> {
    let l = cont(args, &[("lam", Cons::Poisson)])?;
    api!(
        args,
        |g| l.ints(|[lam, _, _]| rnd::poisson(g, lam)),
        |_gs, mt| l.ints(|[lam, _, _]| rnd::poisson(mt, lam))
    )
}

/// `uniform`: `low + (high - low) * U`, the range checked as each API does.
pub(super) fn uniform(_: &mut Interp, args: &Args) -> Result<Value> {
    let p = Params::load(args, &["low", "high"], DType::Float64)?;
    let legacy = matches!(this(args), RandomObj::Legacy(_));
    let (low, high) = (&p.arrays[0], &p.arrays[1]);
    let range = if p.scalar {
        let r = high.to_vec::<f64>()[0] - low.to_vec::<f64>()[0];
        if !r.is_finite() {
            return Err(Error::overflow_error(if legacy {
                "Range exceeds valid bounds"
            } else {
                "high - low range exceeds valid bounds"
            }));
        }
        Array::from_vec(vec![r], vec![])
    } else {
        let shape = crate::array::shape::broadcast_shapes(&[high.shape(), low.shape()])?;
        let (Some(h), Some(l)) = (broadcast_to(high, &shape), broadcast_to(low, &shape)) else {
            return Err(Error::value_error("broadcast failed"));
        };
        let r: Vec<f64> = (h.to_vec::<f64>().iter())
            .zip(l.to_vec::<f64>())
            .map(|(h, l)| h - l)
            .collect();
        if r.iter().any(|x| !x.is_finite()) {
            return Err(Error::overflow_error("Range exceeds valid bounds"));
        }
        Array::from_vec(r, shape)
    };
    let p = Params {
        arrays: vec![low.clone(), range],
        names: vec!["low", "high - low"],
        scalar: p.scalar,
    };
    p.check(&[Cons::None, if legacy { Cons::None } else { Cons::NonNeg }])?;
    let l = p.layout::<f64>(args)?;
    api!(
        args,
        |g| l.floats(|[a, r, _]| a + r * g.next_double()),
        |_gs, mt| l.floats(|[a, r, _]| a + r * mt.next_double())
    )
}

/// `binomial(n, p)`: n read as int64, p as double; Generator's and
/// RandomState's samplers and n checks differ.
pub(super) fn binomial(_: &mut Interp, args: &Args) -> Result<Value> {
    let pa = Params::load(args, &["p"], DType::Float64)?;
    let na = Params::load(args, &["n"], DType::Int64)?;
    let legacy = matches!(this(args), RandomObj::Legacy(_));
    let p = Params {
        scalar: pa.scalar && na.scalar,
        arrays: vec![pa.arrays[0].clone(), na.arrays[0].clone()],
        names: vec!["p", "n"],
    };
    p.check(&[
        Cons::Bounded01,
        if legacy {
            Cons::LegacyNonNegLong
        } else {
            Cons::NonNeg
        },
    ])?;
    let shape = p.out_shape(args)?;
    let (pc, nc) = (p.column::<f64>(0, &shape)?, p.column::<i64>(1, &shape)?);
    let at = |c: &[f64], i: usize| if p.scalar { c[0] } else { c[i] };
    let atn = |c: &[i64], i: usize| if p.scalar { c[0] } else { c[i] };
    let l = Layout::<i64> {
        cols: vec![],
        count: shape.as_ref().map_or(1, |s| s.iter().product()),
        shape,
        scalar: p.scalar,
    };
    let mut i = 0;
    let mut next = || {
        let k = i;
        i += 1;
        (at(&pc, k), atn(&nc, k))
    };
    api!(
        args,
        |g| l.ints(|_| {
            let (p, n) = next();
            rnd::binomial(g, p, n)
        }),
        |_gs, mt| l.ints(|_| {
            let (p, n) = next();
            rnd::legacy_binomial(mt, p, n)
        })
    )
}

/// Whether `bad(x, y)` holds anywhere over two parameters broadcast
/// together (`np.any(np.greater(x, y))`), with the ufunc's broadcast error.
fn any_pair(x: &Array, y: &Array, bad: fn(f64, f64) -> bool) -> Result<bool> {
    let shape = crate::array::shape::broadcast_shapes(&[x.shape(), y.shape()])?;
    let (Some(x), Some(y)) = (broadcast_to(x, &shape), broadcast_to(y, &shape)) else {
        return Ok(false);
    };
    let (x, y) = (x.to_vec::<f64>(), y.to_vec::<f64>());
    Ok(x.iter().zip(&y).any(|(&a, &b)| bad(a, b)))
}

pub(super) fn triangular(_: &mut Interp, args: &Args) -> Result<Value> {
    let p = Params::load(args, &["left", "mode", "right"], DType::Float64)?;
    let [left, mode, right] = [&p.arrays[0], &p.arrays[1], &p.arrays[2]];
    type Check<'a> = (&'a Array, &'a Array, fn(f64, f64) -> bool, &'a str);
    let checks: [Check; 3] = [
        (left, mode, |a, b| a > b, "left > mode"),
        (mode, right, |a, b| a > b, "mode > right"),
        (left, right, |a, b| a == b, "left == right"),
    ];
    for (x, y, bad, text) in checks {
        if any_pair(x, y, bad)? {
            return Err(Error::value_error(text));
        }
    }
    let l = p.layout::<f64>(args)?;
    api!(
        args,
        |g| l.floats(|[a, b, c]| rnd::triangular(g, a, b, c)),
        |_gs, mt| l.floats(|[a, b, c]| rnd::triangular(mt, a, b, c))
    )
}

// ---- discrete ---------------------------------------------------------------------------

pub(super) fn geometric(_: &mut Interp, args: &Args) -> Result<Value> {
    let l = cont(args, &[("p", Cons::BoundedGt01)])?;
    api!(
        args,
        |g| l.ints(|[p, _, _]| rnd::geometric(g, p)),
        |_gs, mt| l.ints(|[p, _, _]| rnd::legacy_geometric(mt, p))
    )
}

pub(super) fn zipf(_: &mut Interp, args: &Args) -> Result<Value> {
    let l = cont(args, &[("a", Cons::Gt1)])?;
    api!(args, |g| l.ints(|[a, _, _]| rnd::zipf(g, a)), |_gs, mt| l
        .ints(|[a, _, _]| rnd::legacy_zipf(mt, a)))
}

pub(super) fn logseries(_: &mut Interp, args: &Args) -> Result<Value> {
    let l = cont(args, &[("p", Cons::BoundedLt01)])?;
    api!(
        args,
        |g| l.ints(|[p, _, _]| rnd::logseries(g, p, false)),
        |_gs, mt| l.ints(|[p, _, _]| rnd::logseries(mt, p, true))
    )
}

/// NumPy's POISSON_LAM_MAX: int64's maximum less ten standard deviations.
pub(super) fn poisson_lam_max() -> f64 {
    i64::MAX as f64 - (i64::MAX as f64).sqrt() * 10.0
}

pub(super) fn negative_binomial(_: &mut Interp, args: &Args) -> Result<Value> {
    match this(args) {
        RandomObj::Bits(_) => {
            unreachable!("sampling methods are bound to a Generator or a RandomState")
        }
        RandomObj::Generator(cell) => {
            // Generator checks p first (it is read first) but reports n first.
            let p = Params::load(args, &["n", "p"], DType::Float64)?;
            p.check(&[Cons::PosNotNan, Cons::BoundedGt01])?;
            let (n, pr) = (&p.arrays[0], &p.arrays[1]);
            let too_large =
                |n: f64, p: f64| (1.0 - p) / p * (n + 10.0 * n.sqrt()) > poisson_lam_max();
            if any_pair(n, pr, too_large)? {
                return Err(Error::value_error(
                    "n too large or p too small, see Generator.negative_binomial Notes",
                ));
            }
            let l = p.layout::<f64>(args)?;
            let g = &mut *cell.borrow_mut();
            l.ints(|[n, p, _]| rnd::negative_binomial(g, n, p))
        }
        RandomObj::Legacy(cell) => {
            let l = cont(args, &[("n", Cons::Pos), ("p", Cons::Bounded01)])?;
            let st = &mut *cell.borrow_mut();
            l.ints(|[n, p, _]| rnd::legacy_negative_binomial(&mut st.gauss, &mut st.mt, n, p))
        }
    }
}

pub(super) fn hypergeometric(_: &mut Interp, args: &Args) -> Result<Value> {
    let p = Params::load(args, &["ngood", "nbad", "nsample"], DType::Int64)?;
    let ints = |k: usize| p.arrays[k].to_vec::<i64>();
    let legacy = matches!(this(args), RandomObj::Legacy(_));
    let max = 1_000_000_000i64;
    if !legacy && (ints(0).iter().any(|&x| x >= max) || ints(1).iter().any(|&x| x >= max)) {
        return Err(Error::value_error(format!(
            "both ngood and nbad must be less than {max}"
        )));
    }
    // np.less(np.add(ngood, nbad), nsample), wrapping as int64 does.
    let sum_shape =
        crate::array::shape::broadcast_shapes(&[p.arrays[0].shape(), p.arrays[1].shape()])?;
    let lt_shape = crate::array::shape::broadcast_shapes(&[&sum_shape, p.arrays[2].shape()])?;
    let at = |k: usize| {
        broadcast_to(&p.arrays[k], &lt_shape)
            .map(|b| b.to_vec::<i64>())
            .unwrap_or_default()
    };
    let (good, bad, sample) = (at(0), at(1), at(2));
    if (0..good.len()).any(|i| good[i].wrapping_add(bad[i]) < sample[i]) {
        return Err(Error::value_error("ngood + nbad < nsample"));
    }
    let cons = if legacy {
        [Cons::LegacyNonNegLong, Cons::NonNeg, Cons::Gte1]
    } else {
        [Cons::NonNeg, Cons::NonNeg, Cons::NonNeg]
    };
    p.check(&cons)?;
    let l = p.layout::<i64>(args)?;
    api!(
        args,
        |g| l.ints(|[a, b, c]| rnd::hypergeometric(g, a, b, c)),
        |_gs, mt| l.ints(|[a, b, c]| rnd::legacy_hypergeometric(mt, a, b, c))
    )
}

// ---- multivariate ---------------------------------------------------------------------

/// `dirichlet(alpha, size)`: rows of shape size + (k,). Generator breaks a
/// stick with beta draws when every alpha is below 0.1, else (and always in
/// RandomState) normalises a row of gamma draws.
pub(super) fn dirichlet(_: &mut Interp, args: &Args) -> Result<Value> {
    let v = args.get("alpha");
    let a =
        super::convert::to_array(&v, Some(DType::Float64)).map_err(|e| e.at(args.span("alpha")))?;
    match a.ndim() {
        0 => {
            return Err(Error::type_error(format!(
                "object of type '{}' has no len()",
                v.type_name()
            ))
            .at(args.span("alpha")));
        }
        1 => {}
        _ => {
            return Err(
                Error::value_error(if matches!(v, Value::Array(_)) {
                    "object too deep for desired array"
                } else {
                    "setting an array element with a sequence. The requested array would exceed the maximum number of dimension of 1."
                })
                .at(args.span("alpha"))
            );
        }
    }
    let alpha: Vec<f64> = a.to_vec();
    let k = alpha.len();
    let legacy = matches!(this(args), RandomObj::Legacy(_));
    if legacy {
        if alpha.iter().any(|&x| x <= 0.0) {
            return Err(Error::value_error("alpha <= 0"));
        }
    } else if alpha.iter().any(|&x| x < 0.0) {
        return Err(Error::value_error("alpha < 0"));
    }
    let mut shape = size_arg(args)?.unwrap_or_default();
    shape.push(k);
    let mut data: Vec<f64> = alloc_vec(DType::Float64, &shape)?;
    data.resize(data.capacity(), 0.0);
    if k == 0 {
        return Ok(Value::Array(Array::from_vec(data, shape)));
    }
    // alpha.max() as NumPy takes it: NaN wins.
    let max = alpha.iter().fold(f64::NEG_INFINITY, |m, &x| {
        if x.is_nan() || m.is_nan() {
            f64::NAN
        } else {
            m.max(x)
        }
    });
    match this(args) {
        RandomObj::Bits(_) => {
            unreachable!("sampling methods are bound to a Generator or a RandomState")
        }
        RandomObj::Generator(cell) if max < 0.1 => {
            let g = &mut *cell.borrow_mut();
            let mut csum_from = vec![0.0; k];
            let mut csum = 0.0;
            for j in (0..k).rev() {
                csum += alpha[j];
                csum_from[j] = csum;
            }
            if csum > 0.0 {
                for row in data.chunks_mut(k) {
                    let mut acc = 1.0;
                    for j in 0..k - 1 {
                        let v = rnd::beta(g, alpha[j], csum_from[j + 1]);
                        row[j] = acc * v;
                        acc *= 1.0 - v;
                        if csum_from[j + 1] == 0.0 {
                            break;
                        }
                    }
                    row[k - 1] = acc;
                }
            }
        }
        RandomObj::Generator(cell) => {
            let g = &mut *cell.borrow_mut();
            normalised_gammas(&mut data, &alpha, |a| rnd::standard_gamma(g, a));
        }
        RandomObj::Legacy(cell) => {
            let st = &mut *cell.borrow_mut();
            normalised_gammas(&mut data, &alpha, |a| {
                rnd::legacy_standard_gamma(&mut st.gauss, &mut st.mt, a)
            });
        }
    }
    Ok(Value::Array(Array::from_vec(data, shape)))
}

fn normalised_gammas(data: &mut [f64], alpha: &[f64], mut gamma: impl FnMut(f64) -> f64) {
    for row in data.chunks_mut(alpha.len()) {
        let mut acc = 0.0;
        for (x, &a) in row.iter_mut().zip(alpha) {
            *x = gamma(a);
            acc += *x;
        }
        let inv = 1.0 / acc;
        row.iter_mut().for_each(|x| *x *= inv);
    }
}

/// `Generator.multinomial(n, pvals, size)`: counts of shape
/// broadcast(n, pvals[..., 0], size) + (d,), one `random_multinomial` draw
/// per row; n and pvals may be arrays (pvals' last axis holds the
/// categories). The checks and texts of _generator.pyx.
pub(super) fn multinomial(_: &mut Interp, args: &Args) -> Result<Value> {
    let on = Params::load(args, &["n"], DType::Int64)?;
    let pv = args.get("pvals");
    let orig = super::convert::to_array(&pv, None).map_err(|e| e.at(args.span("pvals")))?;
    if orig.dtype().kind() == Kind::Complex {
        return Err(Error::type_error(
            "Cannot cast array data from dtype('complex128') to dtype('float64') according to the rule 'safe'",
        ));
    }
    let parr = crate::array::cast_array(&orig, DType::Float64)?;
    let ndim = parr.ndim();
    let d = if ndim >= 1 { parr.shape()[ndim - 1] } else { 0 };
    if d == 0 {
        return Err(Error::value_error(
            "pvals must have at least 1 dimension and the last dimension of pvals must be greater than 0.",
        ));
    }
    let pix: Vec<f64> = parr.to_vec();
    check(Cons::Bounded01, "pvals", &pix, false)?;
    for row in pix.chunks(d) {
        if super::random::kahan_sum(&row[..d - 1]) > 1.0 + 1e-12 {
            let slice = if ndim == 1 { "[:-1]" } else { "[...,:-1]" };
            let narrow_float = matches!(pv, Value::Array(_))
                && orig.dtype().kind() == Kind::Float
                && orig.dtype() != DType::Float64
                && pix.iter().sum::<f64>() < 1.0001;
            return Err(Error::value_error(if narrow_float {
                format!(
                    "sum(pvals{slice}.astype(np.float64)) > 1.0. The pvals array is cast to 64-bit floating point prior to checking the sum. Precision changes when casting may cause problems even if the sum of the original pvals is valid."
                )
            } else {
                format!("sum(pvals{slice}) > 1.0")
            }));
        }
    }
    let size = size_arg(args)?;
    let n_arr = &on.arrays[0];
    let cell = match this(args) {
        RandomObj::Bits(_) => {
            unreachable!("sampling methods are bound to a Generator or a RandomState")
        }
        RandomObj::Generator(cell) => cell,
        RandomObj::Legacy(_) => unreachable!("Generator.multinomial"),
    };
    let g = &mut *cell.borrow_mut();
    if n_arr.ndim() != 0 || ndim > 1 {
        let nvals: Vec<f64> = n_arr.to_vec::<i64>().iter().map(|&x| x as f64).collect();
        check(Cons::NonNeg, "n", &nvals, false)?;
        let oshape = parr.shape()[..ndim - 1].to_vec();
        let it = match &size {
            None => broadcast_args(&[n_arr.shape(), &oshape])?,
            Some(size) => {
                let it = broadcast_args(&[n_arr.shape(), &oshape, size])?;
                if &it != size {
                    return Err(Error::value_error(format!(
                        "Output size {} is not compatible with broadcast dimensions of inputs {}.",
                        shape_repr(size),
                        shape_repr(&it)
                    )));
                }
                it
            }
        };
        let rows = oshape.iter().product::<usize>() as i64;
        let offsets = Array::from_vec((0..rows).collect::<Vec<i64>>(), oshape);
        let spread = |a: &Array| {
            broadcast_to(a, &it)
                .map(|b| b.to_vec::<i64>())
                .ok_or_else(|| Error::value_error("broadcast failed"))
        };
        let (ns, offs) = (spread(n_arr)?, spread(&offsets)?);
        let mut shape = it.clone();
        shape.push(d);
        let mut data: Vec<i64> = alloc_vec(DType::Int64, &shape)?;
        data.resize(data.capacity(), 0);
        for (i, row) in data.chunks_mut(d).enumerate() {
            let o = offs[i] as usize * d;
            rnd::multinomial(g, ns[i], row, &pix[o..o + d]);
        }
        return Ok(Value::Array(Array::from_vec(data, shape)));
    }
    let ni = n_arr.to_vec::<i64>()[0];
    check(Cons::NonNeg, "n", &[ni as f64], true)?;
    let mut shape = size.unwrap_or_default();
    shape.push(d);
    let mut data: Vec<i64> = alloc_vec(DType::Int64, &shape)?;
    data.resize(data.capacity(), 0);
    for row in data.chunks_mut(d) {
        rnd::multinomial(g, ni, row, &pix);
    }
    Ok(Value::Array(Array::from_vec(data, shape)))
}
