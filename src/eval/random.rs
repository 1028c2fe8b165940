//! `np.random`: `default_rng` and its `Generator`, the legacy module
//! functions and `RandomState`, over the bit-exact samplers of
//! `crate::random`. The legacy module functions are methods bound to one
//! hidden `RandomState`, as in NumPy (`np.random.rand is _rand.rand`).

use super::Interp;
use super::convert::to_dtype;
use super::numpy::{arg_shape, to_index};
use super::random_dists;
use super::table::{Args, FnDef, Owner, Param, ParamKind, method};
use super::value::Value;
use crate::array::alloc_vec;
use crate::array::{Array, DType, Kind, Scalar, cast};
use crate::error::{Error, Result};
use crate::random::{
    self as rnd, BitGen, BoundedInt, LegacyGauss, Mt19937, Pcg64, SeedSequence, bounded_fill,
    int_words, os_entropy, random_interval,
};
use num_bigint::{BigInt, Sign};
use num_traits::ToPrimitive;
use std::cell::RefCell;
use std::rc::Rc;

/// A `Generator` (PCG64) or a `RandomState` (MT19937 with its cached normal).
/// Shared: `g2 = g` draws from the same stream, as Python objects do.
#[derive(Debug, Clone)]
pub enum RandomObj {
    Generator(Rc<RefCell<Pcg64>>),
    Legacy(Rc<RefCell<Legacy>>),
    /// `np.random.PCG64(…)`, `MT19937(…)` and `SeedSequence(…)` objects.
    Bits(BitsObj),
}

/// A bit generator object: the state a Generator (PCG64) or a RandomState
/// (MT19937) draws from, shared with it; or a SeedSequence.
#[derive(Debug, Clone)]
pub enum BitsObj {
    Pcg64(Rc<RefCell<Pcg64>>),
    Mt19937(Rc<RefCell<Legacy>>),
    SeedSeq(Rc<SeedSeqObj>),
}

#[derive(Debug)]
pub struct SeedSeqObj {
    /// The entropy as given (an int or a list of ints), for `.entropy`.
    entropy: Value,
    seq: SeedSequence,
}

pub const GENERATOR_CLASS: &str = "numpy.random._generator.Generator";
pub const RANDOM_STATE_CLASS: &str = "numpy.random.mtrand.RandomState";
pub const PCG64_CLASS: &str = "numpy.random._pcg64.PCG64";
pub const MT19937_CLASS: &str = "numpy.random._mt19937.MT19937";
pub const SEED_SEQUENCE_CLASS: &str = "numpy.random.bit_generator.SeedSequence";
pub const BIT_GENERATOR_CLASS: &str = "numpy.random.bit_generator.BitGenerator";

/// The classes `np.random` names, as `np.random.NAME`.
const CLASSES: [(&str, &str); 6] = [
    ("Generator", GENERATOR_CLASS),
    ("RandomState", RANDOM_STATE_CLASS),
    ("PCG64", PCG64_CLASS),
    ("MT19937", MT19937_CLASS),
    ("SeedSequence", SEED_SEQUENCE_CLASS),
    ("BitGenerator", BIT_GENERATOR_CLASS),
];

#[derive(Debug)]
pub struct Legacy {
    pub(super) mt: Mt19937,
    pub(super) gauss: LegacyGauss,
}

impl RandomObj {
    pub fn type_name(&self) -> &'static str {
        match self {
            RandomObj::Generator(_) => GENERATOR_CLASS,
            RandomObj::Legacy(_) => RANDOM_STATE_CLASS,
            RandomObj::Bits(BitsObj::Pcg64(_)) => PCG64_CLASS,
            RandomObj::Bits(BitsObj::Mt19937(_)) => MT19937_CLASS,
            RandomObj::Bits(BitsObj::SeedSeq(_)) => SEED_SEQUENCE_CLASS,
        }
    }

    /// `isinstance(x, np.random.BitGenerator)`.
    pub fn is_bit_generator(&self) -> bool {
        matches!(
            self,
            RandomObj::Bits(BitsObj::Pcg64(_) | BitsObj::Mt19937(_))
        )
    }

    /// `is`: the same generator object.
    pub fn same_object(&self, other: &RandomObj) -> bool {
        match (self, other) {
            (RandomObj::Generator(x), RandomObj::Generator(y)) => Rc::ptr_eq(x, y),
            (RandomObj::Legacy(x), RandomObj::Legacy(y)) => Rc::ptr_eq(x, y),
            (RandomObj::Bits(BitsObj::Pcg64(x)), RandomObj::Bits(BitsObj::Pcg64(y))) => {
                Rc::ptr_eq(x, y)
            }
            (RandomObj::Bits(BitsObj::Mt19937(x)), RandomObj::Bits(BitsObj::Mt19937(y))) => {
                Rc::ptr_eq(x, y)
            }
            (RandomObj::Bits(BitsObj::SeedSeq(x)), RandomObj::Bits(BitsObj::SeedSeq(y))) => {
                Rc::ptr_eq(x, y)
            }
            _ => false,
        }
    }

    /// `Generator(PCG64) at 0x…`; the address is this object's, so it
    /// differs from Python's (documented in README).
    pub fn repr(&self) -> String {
        match self {
            RandomObj::Generator(g) => {
                format!("Generator(PCG64) at 0x{:X}", Rc::as_ptr(g) as usize)
            }
            RandomObj::Legacy(r) => {
                format!("RandomState(MT19937) at 0x{:X}", Rc::as_ptr(r) as usize)
            }
            RandomObj::Bits(BitsObj::SeedSeq(s)) => format!(
                "SeedSequence(\n    entropy={},\n)",
                crate::eval::repr(&s.entropy, &Default::default())
            ),
            RandomObj::Bits(b) => {
                let addr = match b {
                    BitsObj::Pcg64(g) => Rc::as_ptr(g) as usize,
                    BitsObj::Mt19937(m) => Rc::as_ptr(m) as usize,
                    BitsObj::SeedSeq(s) => Rc::as_ptr(s) as usize,
                };
                format!("<{} object at 0x{addr:x}>", self.type_name())
            }
        }
    }
}

// ---- lookup -----------------------------------------------------------------------

/// `np.random.NAME`.
pub fn module_attr(it: &mut Interp, name: &str) -> Option<Value> {
    if let Some((_, class)) = CLASSES.iter().find(|c| c.0 == name) {
        return Some(Value::Type(super::value::TypeObj::Random(class)));
    }
    if let Some(f) = MODULE_FUNCTIONS.iter().find(|f| f.name == name) {
        return Some(Value::Function(f));
    }
    let def = legacy_methods().find(|f| f.name == name)?;
    Some(Value::Method(Box::new(Value::Random(global(it))), def))
}

/// The names `np.random` offers, for messages and completion.
pub fn module_members() -> Vec<&'static str> {
    let mut names: Vec<&'static str> = MODULE_FUNCTIONS
        .iter()
        .chain(legacy_methods())
        .map(|f| f.name)
        .collect();
    names.extend(CLASSES.iter().map(|c| c.0).filter(|c| *c != "RandomState"));
    names
}

/// `generator.NAME`.
pub fn method_attr(obj: &RandomObj, name: &str) -> Option<Value> {
    match (obj, name) {
        (RandomObj::Generator(g), "bit_generator") => {
            return Some(Value::Random(RandomObj::Bits(BitsObj::Pcg64(g.clone()))));
        }
        (RandomObj::Legacy(m), "_bit_generator") => {
            return Some(Value::Random(RandomObj::Bits(BitsObj::Mt19937(m.clone()))));
        }
        (RandomObj::Bits(BitsObj::SeedSeq(s)), "entropy") => return Some(s.entropy.clone()),
        _ => {}
    }
    let def = methods_of(obj).find(|f| f.name == name)?;
    Some(Value::Method(Box::new(Value::Random(obj.clone())), def))
}

pub fn methods_of(obj: &RandomObj) -> impl Iterator<Item = &'static FnDef> {
    let own = match obj {
        RandomObj::Generator(_) => GENERATOR_METHODS,
        RandomObj::Legacy(_) => LEGACY_METHODS,
        RandomObj::Bits(BitsObj::SeedSeq(_)) => SEED_SEQUENCE_METHODS,
        RandomObj::Bits(_) => &[],
    };
    let shared: &'static [FnDef] = match obj {
        RandomObj::Bits(_) => &[],
        _ => DISTRIBUTIONS,
    };
    own.iter().chain(shared)
}

/// The constructor a class of `np.random` runs when called.
pub fn constructor(class: &str) -> Option<&'static FnDef> {
    let name = match class {
        GENERATOR_CLASS => "Generator",
        RANDOM_STATE_CLASS => return MODULE_FUNCTIONS.iter().find(|f| f.name == "RandomState"),
        PCG64_CLASS => "PCG64",
        MT19937_CLASS => "MT19937",
        SEED_SEQUENCE_CLASS => "SeedSequence",
        BIT_GENERATOR_CLASS => "BitGenerator",
        _ => return None,
    };
    CONSTRUCTORS.iter().find(|f| f.name == name)
}

/// RandomState's methods, which the legacy `np.random.NAME` functions are.
fn legacy_methods() -> impl Iterator<Item = &'static FnDef> + Clone {
    LEGACY_METHODS.iter().chain(DISTRIBUTIONS)
}

/// The hidden `RandomState` behind the legacy module functions, seeded from
/// the OS on first use (as NumPy's `_rand` is at import).
fn global(it: &mut Interp) -> RandomObj {
    it.legacy_random
        .get_or_insert_with(|| {
            RandomObj::Legacy(Rc::new(RefCell::new(Legacy {
                mt: unseeded_mt(),
                gauss: LegacyGauss::default(),
            })))
        })
        .clone()
}

// ---- arguments --------------------------------------------------------------------

/// A seed's entropy words as `SeedSequence` takes them: an int, or a
/// sequence of ints, each split into 32-bit words; None asks the OS.
fn seed_words(v: &Value) -> Result<Vec<u32>> {
    match v {
        Value::None => Ok(int_words(os_entropy())),
        Value::List(_) | Value::Tuple(_) | Value::Range(_) | Value::Array(_) => {
            let items = sequence_items(v)?;
            let mut words = Vec::new();
            for item in &items {
                // `_coerce_to_uint32_array` refuses a float item in its own words.
                let inexact = match item {
                    Value::Float(_) => true,
                    Value::Scalar(s) => s.dtype().is_inexact(),
                    _ => false,
                };
                if inexact {
                    return Err(Error::type_error("seed must be integer"));
                }
                words.extend(seed_words_of_int(item)?);
            }
            Ok(words)
        }
        other => seed_words_of_int(other),
    }
}

fn seed_words_of_int(v: &Value) -> Result<Vec<u32>> {
    let n = match v {
        Value::Int(i) => i.clone(),
        Value::Bool(b) => BigInt::from(*b as u8),
        Value::Scalar(s) if s.dtype().is_integer() => BigInt::from(scalar_i128(*s)),
        // SeedSequence formats what it refuses with str(), as `'{}'.format(entropy)`.
        other => {
            return Err(Error::type_error(format!(
                "SeedSequence expects int or sequence of ints for entropy not {}",
                crate::eval::str(other, &Default::default())
            )));
        }
    };
    if n.sign() == Sign::Minus {
        return Err(Error::value_error("expected non-negative integer"));
    }
    let words = n.to_u32_digits().1;
    Ok(if words.is_empty() { vec![0] } else { words })
}

/// An integer scalar's value, uint64 included.
fn scalar_i128(s: Scalar) -> i128 {
    match s {
        Scalar::UInt64(u) => u.into(),
        other => match cast::cast_scalar(other, DType::Int64) {
            Scalar::Int64(i) => i.into(),
            _ => 0,
        },
    }
}

fn scalar_u64(s: Scalar) -> u64 {
    match cast::cast_scalar(s, DType::UInt64) {
        Scalar::UInt64(u) => u,
        _ => 0,
    }
}

fn sequence_items(v: &Value) -> Result<Vec<Value>> {
    Ok(match v {
        Value::List(l) => l.to_vec(),
        Value::Tuple(t) => t.to_vec(),
        Value::Range(r) => r.iter().map(Value::int).collect(),
        Value::Array(a) => (0..a.size())
            .map(|i| Value::Scalar(a.get_flat(i)))
            .collect(),
        other => vec![other.clone()],
    })
}

/// `size=`: None for one draw returned as a scalar, else the output shape.
pub(super) fn size_arg(args: &Args) -> Result<Option<Vec<usize>>> {
    match args.get("size") {
        Value::None => Ok(None),
        v => arg_shape(&v).map(Some).map_err(|e| e.at(args.span("size"))),
    }
}

/// One float draw as a Python float, or `shape` of them as a float64 array.
/// Draws of float64 (or float32): one as a Python float, or an array.
fn floats<T: crate::array::Stored + Into<f64>>(
    shape: Option<Vec<usize>>,
    mut draw: impl FnMut() -> T,
) -> Result<Value> {
    let Some(shape) = shape else {
        return Ok(Value::Float(draw().into()));
    };
    let mut data: Vec<T> = alloc_vec(T::DTYPE, &shape)?;
    let n = data.capacity();
    data.extend((0..n).map(|_| draw()));
    Ok(Value::Array(Array::from_vec(data, shape)))
}

// ---- bounded integers ---------------------------------------------------------------

/// The closed range [lo, hi] a dtype can hold, and the width it is drawn in.
fn int_bounds(d: DType) -> Option<(i128, i128, BoundedInt)> {
    Some(match d {
        DType::Bool => (0, 1, BoundedInt::Bool),
        DType::Int8 => (i8::MIN.into(), i8::MAX.into(), BoundedInt::U8),
        DType::UInt8 => (0, u8::MAX.into(), BoundedInt::U8),
        DType::Int16 => (i16::MIN.into(), i16::MAX.into(), BoundedInt::U16),
        DType::UInt16 => (0, u16::MAX.into(), BoundedInt::U16),
        DType::Int32 => (i32::MIN.into(), i32::MAX.into(), BoundedInt::U32),
        DType::UInt32 => (0, u32::MAX.into(), BoundedInt::U32),
        DType::Int64 => (i64::MIN.into(), i64::MAX.into(), BoundedInt::U64),
        DType::UInt64 => (0, u64::MAX.into(), BoundedInt::U64),
        _ => return None,
    })
}

fn int_arg(args: &Args, name: &str) -> Result<i128> {
    let v = args.get(name);
    let n = match &v {
        Value::Int(i) => i.to_i128(),
        Value::Bool(b) => Some(*b as i128),
        Value::Scalar(s) if s.dtype().is_integer() || s.dtype() == DType::Bool => {
            Some(scalar_i128(*s))
        }
        Value::Float(f) if f.fract() == 0.0 && f.abs() < 1e38 => Some(*f as i128),
        _ => {
            return Err(Error::type_error(format!(
                "npcalc's random integers take a single integer for {name}, not {}",
                v.type_name()
            ))
            .at(args.span(name)));
        }
    };
    n.ok_or_else(|| {
        Error::value_error(format!("{name} is out of bounds for int64")).at(args.span(name))
    })
}

/// `_rand_<dtype>` of numpy/random/_bounded_integers.pyx for scalar bounds:
/// `[low, high)` (or `[low, high]` when `closed`) in `dtype`.
#[allow(clippy::too_many_arguments)]
fn bounded_ints<B: BitGen>(
    bitgen: &mut B,
    args: &Args,
    low: i128,
    high: i128,
    dtype: DType,
    closed: bool,
    masked: bool,
    shape: Option<Vec<usize>>,
) -> Result<Value> {
    let Some((lb, ub, width)) = int_bounds(dtype) else {
        return Err(
            Error::type_error(format!("Unsupported dtype dtype('{dtype}') for integers"))
                .at(args.span("dtype")),
        );
    };
    if shape.as_ref().is_some_and(|s| s.contains(&0)) {
        return Ok(Value::Array(Array::zeros(
            dtype,
            shape.unwrap_or_default(),
        )?));
    }
    let name = if dtype == DType::Bool {
        "bool"
    } else {
        dtype.name()
    };
    let high = if closed { high } else { high - 1 };
    if low < lb {
        return Err(Error::value_error(format!(
            "low is out of bounds for {name}"
        )));
    }
    if high > ub {
        return Err(Error::value_error(format!(
            "high is out of bounds for {name}"
        )));
    }
    if low > high {
        return Err(Error::value_error(match (closed, low == 0) {
            (false, true) => "high <= 0",
            (false, false) => "low >= high",
            (true, true) => "high < 0",
            (true, false) => "low > high",
        }));
    }
    let rng = (high - low) as u64;
    let off = low as u64;
    let scalar = shape.is_none();
    let shape = shape.unwrap_or_default();
    let mut drawn: Vec<u64> = alloc_vec(DType::UInt64, &shape)?;
    let count = shape.iter().product::<usize>();
    bounded_fill(bitgen, off, rng, width, masked, count, &mut drawn);
    // 64-bit results are the draws themselves (the map reuses the buffer);
    // narrower dtypes wrap through NumPy's cast.
    let out = match dtype {
        DType::UInt64 => Array::from_vec(drawn, shape),
        DType::Int64 => Array::from_vec(reinterpret_i64(drawn), shape),
        _ => cast::cast_array(&Array::from_vec(drawn, shape), dtype)?,
    };
    Ok(if scalar {
        Value::Scalar(out.get_flat(0))
    } else {
        Value::Array(out)
    })
}

/// The draws as int64, the same bits without a pass over them (NumPy's
/// int64 results are the wrapped uint64 draws).
fn reinterpret_i64(v: Vec<u64>) -> Vec<i64> {
    let mut v = std::mem::ManuallyDrop::new(v);
    let (ptr, len, cap) = (v.as_mut_ptr(), v.len(), v.capacity());
    // SAFETY: u64 and i64 have the same size and alignment and every bit
    // pattern is valid for both; the allocation passes whole to the new Vec.
    unsafe { Vec::from_raw_parts(ptr.cast::<i64>(), len, cap) }
}

/// `integers`/`randint` dtype argument; `int` and `bool` as types make a
/// one-value result a Python object, as NumPy's wrapper does.
fn int_dtype(args: &Args) -> Result<(DType, bool)> {
    let v = args.get("dtype");
    let python_type = matches!(
        v,
        Value::Type(super::value::TypeObj::Int | super::value::TypeObj::Bool)
    );
    let d = to_dtype(&v)
        .map_err(|e| e.at(args.span("dtype")))?
        .unwrap_or(DType::Int64);
    Ok((d, python_type))
}

fn pythonize(v: Value, python_type: bool) -> Value {
    match v {
        Value::Scalar(Scalar::Bool(b)) if python_type => Value::Bool(b),
        Value::Scalar(s) if python_type => super::numpy::scalar_to_python(s),
        other => other,
    }
}

fn integers_common<B: BitGen>(
    bitgen: &mut B,
    args: &Args,
    masked: bool,
    closed: bool,
) -> Result<Value> {
    let shape = size_arg(args)?;
    let (dtype, python_type) = int_dtype(args)?;
    let (lo_v, hi_v) = match args.get("high") {
        Value::None => (Value::int(0), args.get("low")),
        h => (args.get("low"), h),
    };
    if !is_zero_d(&lo_v) || !is_zero_d(&hi_v) {
        if shape.as_ref().is_some_and(|s| s.contains(&0)) {
            return Ok(Value::Array(Array::zeros(
                dtype,
                shape.unwrap_or_default(),
            )?));
        }
        return bounded_ints_broadcast(bitgen, args, &lo_v, &hi_v, dtype, closed, masked, shape);
    }
    let (low, high) = match args.get("high") {
        Value::None => (0, int_arg(args, "low")?),
        _ => (int_arg(args, "low")?, int_arg(args, "high")?),
    };
    let v = bounded_ints(bitgen, args, low, high, dtype, closed, masked, shape)?;
    Ok(pythonize(v, python_type))
}

fn is_zero_d(v: &Value) -> bool {
    match v {
        Value::List(_) | Value::Tuple(_) | Value::Range(_) => false,
        Value::Array(a) => a.ndim() == 0,
        _ => true,
    }
}

/// A bound as NumPy reads it element by element (`int(x)`): its shape
/// and exact integer values.
fn int_bounds_of(v: &Value, args: &Args, name: &str) -> Result<(Vec<usize>, Vec<i128>)> {
    let a = match super::convert::to_array(v, None) {
        Ok(a) => a,
        // Python ints beyond 64 bits (NumPy's object arrays), read one by one.
        Err(e) => return big_int_bounds(v).ok_or_else(|| e.at(args.span(name))),
    };
    let shape = a.shape().to_vec();
    let vals = match a.dtype().kind() {
        Kind::Complex => {
            return Err(Error::type_error(
                "int() argument must be a string, a bytes-like object or a real number, not 'complex'",
            ));
        }
        Kind::Float => a
            .to_vec::<f64>()
            .iter()
            .map(|&x| {
                if x.is_nan() {
                    Err(Error::value_error("cannot convert float NaN to integer"))
                } else if x.is_infinite() {
                    Err(Error::overflow_error(
                        "cannot convert float infinity to integer",
                    ))
                } else {
                    Ok(x.trunc().clamp(-1e38, 1e38) as i128)
                }
            })
            .collect::<Result<Vec<i128>>>()?,
        _ => (0..a.size()).map(|i| scalar_i128(a.get_flat(i))).collect(),
    };
    Ok((shape, vals))
}

/// Nested lists of Python ints (some beyond 64 bits) as a shape and values.
fn big_int_bounds(v: &Value) -> Option<(Vec<usize>, Vec<i128>)> {
    match v {
        Value::Int(i) => Some((vec![], vec![i.to_i128()?])),
        Value::Bool(b) => Some((vec![], vec![i128::from(*b)])),
        Value::Scalar(s) if s.dtype().is_integer() => Some((vec![], vec![scalar_i128(*s)])),
        Value::List(_) | Value::Tuple(_) => {
            let items = sequence_items(v).ok()?;
            let mut inner: Option<Vec<usize>> = None;
            let mut vals = Vec::new();
            for item in &items {
                let (shape, more) = big_int_bounds(item)?;
                if inner.get_or_insert_with(|| shape.clone()) != &shape {
                    return None;
                }
                vals.extend(more);
            }
            let mut shape = vec![items.len()];
            shape.extend(inner.unwrap_or_default());
            Some((shape, vals))
        }
        _ => None,
    }
}

/// `_rand_<dtype>_broadcast`: bounds given as arrays, checked as NumPy
/// checks them, then one buffered draw per element of the output, each
/// with its own bounds (broadcast against the output's shape).
#[allow(clippy::too_many_arguments)]
fn bounded_ints_broadcast<B: BitGen>(
    bitgen: &mut B,
    args: &Args,
    low: &Value,
    high: &Value,
    dtype: DType,
    closed: bool,
    masked: bool,
    size: Option<Vec<usize>>,
) -> Result<Value> {
    let Some((lb, ub, width)) = int_bounds(dtype) else {
        return Err(
            Error::type_error(format!("Unsupported dtype dtype('{dtype}') for integers"))
                .at(args.span("dtype")),
        );
    };
    let name = if dtype == DType::Bool {
        "bool"
    } else {
        dtype.name()
    };
    let (lshape, lo) = int_bounds_of(low, args, "low")?;
    let (hshape, hi) = int_bounds_of(high, args, "high")?;
    let open = i128::from(!closed);
    let bounds_error = |lo: &[i128]| {
        let any = lo.iter().any(|&x| x != 0);
        Error::value_error(match (closed, any) {
            (false, false) => "high <= 0",
            (true, false) => "high < 0",
            (false, true) => "low >= high",
            (true, true) => "low > high",
        })
    };
    let wide = matches!(width, BoundedInt::U64);
    if lo.iter().any(|&x| x < lb || (wide && x > ub)) {
        return Err(Error::value_error(format!(
            "low is out of bounds for {name}"
        )));
    }
    if hi.iter().any(|&x| x - open > ub) {
        return Err(Error::value_error(format!(
            "high is out of bounds for {name}"
        )));
    }
    if wide && hi.iter().any(|&x| x - open < lb) {
        return Err(bounds_error(&lo));
    }
    let pair = crate::array::shape::broadcast_shapes(&[&lshape, &hshape])?;
    let spread = |shape: &[usize], v: &[i128], to: &[usize]| -> Result<Vec<i128>> {
        let idx = Array::from_vec((0..v.len() as i64).collect::<Vec<i64>>(), shape.to_vec());
        let b = crate::array::shape::broadcast_to(&idx, to)
            .ok_or_else(|| Error::value_error("broadcast failed"))?;
        Ok(b.to_vec::<i64>().iter().map(|&i| v[i as usize]).collect())
    };
    let (pl, ph) = (spread(&lshape, &lo, &pair)?, spread(&hshape, &hi, &pair)?);
    if pl.iter().zip(&ph).any(|(&l, &h)| l > h - open) {
        return Err(bounds_error(&lo));
    }
    let out_shape = size.unwrap_or_else(|| pair.clone());
    let it = crate::array::gather::broadcast_args(&[&lshape, &hshape, &out_shape])?;
    let (el, eh) = (spread(&lshape, &lo, &it)?, spread(&hshape, &hi, &it)?);
    let count: usize = out_shape.iter().product();
    let mut drawn: Vec<u64> = alloc_vec(DType::UInt64, &out_shape)?;
    let mut buffered = rnd::BufferedBounded::default();
    for i in 0..count {
        if i % crate::array::signals::BLOCK == 0 {
            crate::array::signals::poll();
        }
        let rng = (eh[i] - open - el[i]) as u64;
        drawn.push(buffered.draw(bitgen, el[i] as u64, rng, width, masked));
    }
    let out = match dtype {
        DType::UInt64 => Array::from_vec(drawn, out_shape),
        DType::Int64 => Array::from_vec(reinterpret_i64(drawn), out_shape),
        _ => cast::cast_array(&Array::from_vec(drawn, out_shape), dtype)?,
    };
    Ok(Value::Array(out))
}

// ---- shuffles and choice -------------------------------------------------------------

/// Fisher–Yates from the end with `random_interval`, as both APIs'
/// `shuffle` do; returns the permutation of 0..n applied.
fn shuffled_order<B: BitGen>(bitgen: &mut B, n: usize) -> Vec<usize> {
    let mut order: Vec<usize> = (0..n).collect();
    for i in (1..n).rev() {
        let j = random_interval(bitgen, i as u64) as usize;
        order.swap(i, j);
    }
    order
}

/// Shuffles a list or a 1-D array in place.
fn shuffle_in_place<B: BitGen>(bitgen: &mut B, args: &Args) -> Result<Value> {
    match args.get("x") {
        Value::List(l) => {
            let n = l.borrow().len();
            let mut items = l.borrow_mut();
            for i in (1..n).rev() {
                let j = random_interval(bitgen, i as u64) as usize;
                items.swap(i, j);
            }
            Ok(Value::None)
        }
        Value::Array(a) if a.ndim() == 1 => {
            let order = shuffled_order(bitgen, a.size());
            let items: Vec<Scalar> = order.iter().map(|&i| a.get_flat(i)).collect();
            let shuffled = Array::from_scalars(&items, a.dtype(), a.shape().to_vec());
            cast::copy_into(&a, &shuffled)?;
            Ok(Value::None)
        }
        other => Err(Error::type_error(format!(
            "npcalc shuffles lists and 1-D arrays only, not {}",
            other.type_name()
        ))
        .at(args.span("x"))),
    }
}

/// `permutation(x)`: a shuffled `arange(x)` or a shuffled copy of a 1-D array.
fn permutation<B: BitGen>(bitgen: &mut B, args: &Args) -> Result<Value> {
    let x = args.get("x");
    let a = match &x {
        Value::Int(_) | Value::Scalar(_) | Value::Bool(_) => {
            let n = to_index(&x).map_err(|e| e.at(args.span("x")))?;
            let n = usize::try_from(n)
                .map_err(|_| Error::value_error("negative dimensions are not allowed"))?;
            Array::from_vec((0..n as i64).collect::<Vec<i64>>(), vec![n])
        }
        other => super::convert::to_array(other, None).map_err(|e| e.at(args.span("x")))?,
    };
    if a.ndim() != 1 {
        return Err(
            Error::type_error("npcalc permutes integers and 1-D sequences only").at(args.span("x")),
        );
    }
    let order = shuffled_order(bitgen, a.size());
    let items: Vec<Scalar> = order.iter().map(|&i| a.get_flat(i)).collect();
    Ok(Value::Array(Array::from_scalars(
        &items,
        a.dtype(),
        vec![a.size()],
    )))
}

/// Which API's `choice` is running: their validation messages and the
/// no-replacement algorithm differ.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Api {
    Generator,
    Legacy,
}

struct Population {
    /// None when `a` was an int: the result is the indices themselves.
    items: Option<Array>,
    /// The axis of `items` that is drawn from (`Generator.choice`'s `axis`).
    axis: usize,
    size: usize,
    /// When `a` holds strings: `items` are its codes.
    text: Option<super::strarray::StrArray>,
}

/// `a` as `choice` reads it: `np.asarray(a)`, whose 0-d form must pass
/// `operator.index(a.item())`; the legacy API takes only 1-D sequences.
fn population(args: &Args, api: Api) -> Result<Population> {
    let a = args.get("a");
    let indices = |n: i64| {
        if n <= 0 {
            return Err(Error::value_error(match api {
                Api::Generator => "a must be a positive integer unless no samples are taken",
                Api::Legacy => "a must be greater than 0 unless no samples are taken",
            }));
        }
        Ok(Population {
            items: None,
            axis: 0,
            size: n as usize,
            text: None,
        })
    };
    if let Value::Int(_) | Value::Bool(_) = a {
        return indices(to_index(&a).map_err(|e| e.at(args.span("a")))?);
    }
    let text = match &a {
        Value::StrArray(sa) => Some((**sa).clone()),
        other => super::strarray::discover(other, None)
            .transpose()
            .map_err(|e| e.at(args.span("a")))?,
    };
    let arr = match &text {
        Some(sa) => sa.codes.clone(),
        None => super::convert::to_array(&a, None).map_err(|e| e.at(args.span("a")))?,
    };
    if arr.ndim() == 0 {
        if text.is_none() && matches!(arr.dtype().kind(), Kind::Int | Kind::UInt | Kind::Bool) {
            return indices(to_index(&super::numpy::scalar_to_python(arr.get_flat(0)))?);
        }
        return Err(Error::value_error(match api {
            Api::Generator => format!(
                "a must be a sequence or an integer, not {}",
                super::repr::type_repr(a.type_of())
            ),
            Api::Legacy => "a must be 1-dimensional or an integer".into(),
        }));
    }
    let axis = match api {
        Api::Legacy if arr.ndim() != 1 => {
            return Err(Error::value_error("a must be 1-dimensional"));
        }
        Api::Legacy => 0,
        // `a.shape[axis]`: a tuple index.
        Api::Generator => {
            let axis = args.get("axis");
            let i = to_index(&axis).map_err(|_| {
                Error::type_error(format!(
                    "tuple indices must be integers or slices, not {}",
                    axis.type_name()
                ))
            })?;
            let nd = arr.ndim() as i64;
            if i >= nd || i < -nd {
                return Err(Error::index_error("tuple index out of range"));
            }
            i.rem_euclid(nd) as usize
        }
    };
    let size = arr.shape()[axis];
    if size == 0 {
        return Err(Error::value_error(match api {
            Api::Generator => "a cannot be empty unless no samples are taken",
            Api::Legacy => "'a' cannot be empty unless no samples are taken",
        }));
    }
    Ok(Population {
        size,
        axis,
        items: Some(arr),
        text,
    })
}

/// Probabilities checked as `choice` does (Kahan sum within sqrt(eps) of 1).
fn probabilities(args: &Args, api: Api, pop_size: usize) -> Result<Option<Vec<f64>>> {
    let p = args.get("p");
    if let Value::None = p {
        return Ok(None);
    }
    let arr =
        super::convert::to_array(&p, Some(DType::Float64)).map_err(|e| e.at(args.span("p")))?;
    let legacy = api == Api::Legacy;
    if arr.ndim() != 1 {
        return Err(Error::value_error(if legacy {
            "'p' must be 1-dimensional"
        } else {
            "p must be 1-dimensional"
        }));
    }
    if arr.size() != pop_size {
        return Err(Error::value_error(if legacy {
            "'a' and 'p' must have same size"
        } else {
            "a and p must have same size"
        }));
    }
    let p: Vec<f64> = arr.to_vec();
    let sum = kahan_sum(&p);
    if sum.is_nan() {
        return Err(Error::value_error(if legacy {
            "probabilities contain NaN"
        } else {
            "Probabilities contain NaN"
        }));
    }
    if p.iter().any(|&x| x < 0.0) {
        return Err(Error::value_error(if legacy {
            "probabilities are not non-negative"
        } else {
            "Probabilities are not non-negative"
        }));
    }
    if (sum - 1.0).abs() > f64::EPSILON.sqrt() {
        return Err(Error::value_error(if legacy {
            "probabilities do not sum to 1"
        } else {
            "Probabilities do not sum to 1. See Notes section of docstring for more information."
        }));
    }
    Ok(Some(p))
}

/// `kahan_sum` of numpy/random/_common.pyx.
pub(super) fn kahan_sum(values: &[f64]) -> f64 {
    let Some((&first, rest)) = values.split_first() else {
        return 0.0;
    };
    let (mut sum, mut c) = (first, 0.0);
    for &x in rest {
        let y = x - c;
        let t = sum + y;
        c = (t - sum) - y;
        sum = t;
    }
    sum
}

/// `cdf.searchsorted(u, side='right')` over a running total normalised by
/// its last value.
fn inverse_cdf(p: &[f64], uniforms: &[f64]) -> Vec<u64> {
    let mut cdf: Vec<f64> = p
        .iter()
        .scan(0.0, |acc, &x| {
            *acc += x;
            Some(*acc)
        })
        .collect();
    let last = *cdf.last().unwrap_or(&1.0);
    cdf.iter_mut().for_each(|c| *c /= last);
    uniforms
        .iter()
        .map(|&u| cdf.partition_point(|&c| c <= u) as u64)
        .collect()
}

fn choice<B: BitGen>(bitgen: &mut B, args: &Args, api: Api) -> Result<Value> {
    let pop = population(args, api)?;
    let p = probabilities(args, api, pop.size)?;
    let replace = super::pyops::truthy(&args.get("replace"))?;
    let scalar_result = matches!(args.get("size"), Value::None);
    let shape = size_arg(args)?.unwrap_or_default();
    let count: usize = shape.iter().product();
    let indices: Vec<u64> = match (replace, &p) {
        (true, Some(p)) => {
            let u: Vec<f64> = (0..count).map(|_| bitgen.next_double()).collect();
            inverse_cdf(p, &u)
        }
        (true, None) => {
            let mut out: Vec<u64> = alloc_vec(DType::UInt64, &shape)?;
            bounded_fill(
                bitgen,
                0,
                pop.size as u64 - 1,
                BoundedInt::U64,
                api == Api::Legacy,
                count,
                &mut out,
            );
            out
        }
        (false, _) if count > pop.size => {
            return Err(Error::value_error(match api {
                Api::Generator => {
                    "Cannot take a larger sample than population when replace is False"
                }
                Api::Legacy => "Cannot take a larger sample than population when 'replace=False'",
            }));
        }
        (false, Some(p)) => choice_without_replacement_p(bitgen, p, count)?,
        (false, None) => match api {
            Api::Legacy => shuffled_order(bitgen, pop.size)[..count]
                .iter()
                .map(|&i| i as u64)
                .collect(),
            Api::Generator => {
                let shuffle = super::pyops::truthy(&args.get("shuffle"))?;
                generator_sample(bitgen, pop.size, count, shuffle)
            }
        },
    };
    let Some(items) = &pop.items else {
        if scalar_result {
            return Ok(Value::int(indices[0]));
        }
        return Ok(Value::Array(Array::from_vec(
            indices.iter().map(|&i| i as i64).collect::<Vec<i64>>(),
            shape,
        )));
    };
    // `a.take(idx, axis=axis)`: an int idx drops the axis, so a draw from a
    // 1-D population without `size` is a scalar (but `size=()` a 0-d array).
    let idx: Vec<usize> = indices.iter().map(|&i| i as usize).collect();
    let taken = crate::array::gather::take(items, pop.axis, &idx, &shape)?;
    let result = if scalar_result && taken.ndim() == 0 {
        Value::Scalar(taken.get_flat(0))
    } else {
        Value::Array(taken)
    };
    Ok(match &pop.text {
        Some(sa) => super::strarray::wrap(sa, result),
        None => result,
    })
}

fn choice_without_replacement_p<B: BitGen>(
    bitgen: &mut B,
    p: &[f64],
    count: usize,
) -> Result<Vec<u64>> {
    if p.iter().filter(|&&x| x > 0.0).count() < count {
        return Err(Error::value_error("Fewer non-zero entries in p than size"));
    }
    let mut p = p.to_vec();
    let mut found: Vec<u64> = Vec::with_capacity(count);
    while found.len() < count {
        let u: Vec<f64> = (0..count - found.len())
            .map(|_| bitgen.next_double())
            .collect();
        for &i in &found {
            p[i as usize] = 0.0;
        }
        // np.unique(new, return_index=True), indices sorted: each value's
        // first occurrence, in draw order.
        for idx in inverse_cdf(&p, &u) {
            if !found.contains(&idx) {
                found.push(idx);
            }
        }
    }
    Ok(found)
}

/// `Generator.choice(..., replace=False)` without p: a tail shuffle of the
/// whole population when the sample is a large part of it, else Floyd's
/// algorithm with an open-addressing set (then a shuffle).
fn generator_sample<B: BitGen>(
    bitgen: &mut B,
    pop_size: usize,
    count: usize,
    shuffle: bool,
) -> Vec<u64> {
    let one = |bitgen: &mut B, max: u64| {
        let mut v = Vec::with_capacity(1);
        bounded_fill(bitgen, 0, max, BoundedInt::U64, false, 1, &mut v);
        v[0]
    };
    let shuffle_int = |bitgen: &mut B, data: &mut [u64], first: usize| {
        for i in (first..data.len()).rev() {
            let j = one(bitgen, i as u64) as usize;
            data.swap(i, j);
        }
    };
    let cutoff = if shuffle { 50 } else { 20 };
    if pop_size > 10000 && count > pop_size / cutoff {
        let mut idx: Vec<u64> = (0..pop_size as u64).collect();
        shuffle_int(bitgen, &mut idx, (pop_size - count).max(1));
        return idx[pop_size - count..].to_vec();
    }
    let mut idx = vec![0u64; count];
    let mask = {
        let set_size = (1.2 * count as f64) as u64;
        if set_size == 0 {
            0
        } else {
            u64::MAX >> set_size.leading_zeros()
        }
    };
    let empty = u64::MAX;
    let mut hash_set = vec![empty; mask as usize + 1];
    for j in pop_size - count..pop_size {
        let val = one(bitgen, j as u64);
        let mut loc = (val & mask) as usize;
        while hash_set[loc] != empty && hash_set[loc] != val {
            loc = (loc + 1) & mask as usize;
        }
        let slot = j + count - pop_size;
        if hash_set[loc] == empty {
            hash_set[loc] = val;
            idx[slot] = val;
        } else {
            let mut loc = j & mask as usize;
            while hash_set[loc] != empty {
                loc = (loc + 1) & mask as usize;
            }
            hash_set[loc] = j as u64;
            idx[slot] = j as u64;
        }
    }
    if shuffle {
        shuffle_int(bitgen, &mut idx, 1);
    }
    idx
}

// ---- the callables ------------------------------------------------------------------

pub(super) fn this(args: &Args) -> RandomObj {
    match args.this() {
        Value::Random(r) => r.clone(),
        _ => unreachable!("random methods are bound to a generator"),
    }
}

/// Runs `f` with the bound object's bit generator, monomorphised per kind.
macro_rules! with_bitgen {
    ($args:expr, $g:ident => $body:expr) => {
        match this($args) {
            RandomObj::Bits(_) => {
                unreachable!("sampling methods are bound to a Generator or a RandomState")
            }
            RandomObj::Generator(cell) => {
                let $g = &mut *cell.borrow_mut();
                $body
            }
            RandomObj::Legacy(cell) => {
                let $g = &mut cell.borrow_mut().mt;
                $body
            }
        }
    };
}

fn default_rng(_: &mut Interp, args: &Args) -> Result<Value> {
    let seed = args.get("seed");
    match &seed {
        Value::Random(r @ RandomObj::Generator(_)) => return Ok(Value::Random(r.clone())),
        Value::Random(RandomObj::Bits(b)) => {
            return generator_over(b).map_err(|e| e.at(args.span("seed")));
        }
        _ => {}
    }
    let words = seed_words(&seed).map_err(|e| e.at(args.span("seed")))?;
    let pcg = Pcg64::from_seed_sequence(&SeedSequence::from_words(&words));
    Ok(Value::Random(RandomObj::Generator(Rc::new(RefCell::new(
        pcg,
    )))))
}

/// `_legacy_seeding`: an int in [0, 2**32), a 1-D sequence of such ints
/// (init_by_array), or None (fresh OS entropy through a SeedSequence).
/// `RandomState()` (and NumPy's hidden one): an unseeded `_MT19937()`,
/// OS entropy through a SeedSequence, its position left at 623.
fn unseeded_mt() -> Mt19937 {
    Mt19937::from_bit_generator_seed(&SeedSequence::from_words(&int_words(os_entropy())))
}

fn legacy_mt(args: &Args) -> Result<Mt19937> {
    let seed = args.get("seed");
    let out_of_range =
        || Error::value_error("Seed must be between 0 and 2**32 - 1").at(args.span("seed"));
    match &seed {
        Value::None => Ok(Mt19937::from_seed_sequence(&SeedSequence::from_words(
            &int_words(os_entropy()),
        ))),
        Value::Int(_) | Value::Bool(_) | Value::Scalar(_) => {
            let n = int_arg(args, "seed")?;
            u32::try_from(n)
                .map(Mt19937::from_u32)
                .map_err(|_| out_of_range())
        }
        Value::List(_) | Value::Tuple(_) | Value::Array(_) | Value::Range(_) => {
            let items = sequence_items(&seed)?;
            if items.is_empty() {
                return Err(Error::value_error("Seed must be non-empty").at(args.span("seed")));
            }
            let key = items
                .iter()
                .map(|v| match v {
                    Value::Int(i) => i.to_u32().ok_or_else(out_of_range),
                    Value::Scalar(s) if s.dtype().is_integer() => u32::try_from(scalar_u64(*s)).map_err(|_| out_of_range()),
                    _ => Err(Error::type_error("Cannot cast array data from dtype('float64') to dtype('int64') according to the rule 'safe'")),
                })
                .collect::<Result<Vec<u32>>>()?;
            Ok(Mt19937::from_key_array(&key))
        }
        _ => Err(Error::type_error(
            "Cannot cast array data from dtype('O') to dtype('int64') according to the rule 'safe'",
        )),
    }
}

/// A Generator over a PCG64 object (sharing its state), or over PCG64
/// seeded from a SeedSequence.
fn generator_over(b: &BitsObj) -> Result<Value> {
    let pcg = match b {
        BitsObj::Pcg64(g) => g.clone(),
        BitsObj::SeedSeq(s) => Rc::new(RefCell::new(Pcg64::from_seed_sequence(&s.seq))),
        BitsObj::Mt19937(_) => {
            return Err(Error::type_error(
                "npcalc's Generator runs on PCG64 only; a Generator over MT19937 is not supported",
            ));
        }
    };
    Ok(Value::Random(RandomObj::Generator(pcg)))
}

/// `np.random.Generator(bit_generator)`.
fn generator_ctor(_: &mut Interp, args: &Args) -> Result<Value> {
    match args.get("bit_generator") {
        Value::Random(RandomObj::Bits(b @ (BitsObj::Pcg64(_) | BitsObj::Mt19937(_)))) => {
            generator_over(&b).map_err(|e| e.at(args.span("bit_generator")))
        }
        other => Err(Error::attribute_error(format!(
            "'{}' object has no attribute 'capsule'",
            other.type_name()
        ))
        .at(args.span("bit_generator"))),
    }
}

/// The SeedSequence a bit generator's `seed` makes (or is).
fn seed_sequence_of(args: &Args) -> Result<SeedSequence> {
    match args.get("seed") {
        Value::Random(RandomObj::Bits(BitsObj::SeedSeq(s))) => Ok(s.seq.clone()),
        v => Ok(SeedSequence::from_words(
            &seed_words(&v).map_err(|e| e.at(args.span("seed")))?,
        )),
    }
}

fn pcg64_ctor(_: &mut Interp, args: &Args) -> Result<Value> {
    let pcg = Pcg64::from_seed_sequence(&seed_sequence_of(args)?);
    Ok(Value::Random(RandomObj::Bits(BitsObj::Pcg64(Rc::new(
        RefCell::new(pcg),
    )))))
}

fn mt19937_ctor(_: &mut Interp, args: &Args) -> Result<Value> {
    let mt = Mt19937::from_bit_generator_seed(&seed_sequence_of(args)?);
    Ok(Value::Random(RandomObj::Bits(BitsObj::Mt19937(Rc::new(
        RefCell::new(Legacy {
            mt,
            gauss: LegacyGauss::default(),
        }),
    )))))
}

fn seed_sequence_ctor(_: &mut Interp, args: &Args) -> Result<Value> {
    let v = args.get("entropy");
    let entropy = match &v {
        Value::None => Value::Int(BigInt::from(os_entropy())),
        other => other.clone(),
    };
    let words = seed_words(&entropy).map_err(|e| e.at(args.span("entropy")))?;
    Ok(Value::Random(RandomObj::Bits(BitsObj::SeedSeq(Rc::new(
        SeedSeqObj {
            entropy,
            seq: SeedSequence::from_words(&words),
        },
    )))))
}

fn bit_generator_ctor(_: &mut Interp, _: &Args) -> Result<Value> {
    Err(Error::type_error(
        "npcalc makes no bare BitGenerator; use np.random.PCG64 or np.random.MT19937",
    ))
}

/// `SeedSequence.generate_state(n_words, dtype=np.uint32)`.
fn generate_state(_: &mut Interp, args: &Args) -> Result<Value> {
    let RandomObj::Bits(BitsObj::SeedSeq(s)) = this(args) else {
        unreachable!("a SeedSequence method")
    };
    let n = to_index(&args.get("n_words")).map_err(|e| e.at(args.span("n_words")))?;
    let n = usize::try_from(n)
        .map_err(|_| Error::value_error("negative dimensions are not allowed"))?;
    match to_dtype(&args.get("dtype")).map_err(|e| e.at(args.span("dtype")))? {
        None | Some(DType::UInt32) => Ok(Value::Array(Array::from_vec(
            s.seq.generate_u32(n),
            vec![n],
        ))),
        Some(DType::UInt64) => Ok(Value::Array(Array::from_vec(
            s.seq.generate_u64(n),
            vec![n],
        ))),
        Some(_) => Err(Error::value_error("only support uint32 or uint64")),
    }
}

fn random_state(_: &mut Interp, args: &Args) -> Result<Value> {
    match args.get("seed") {
        Value::Random(RandomObj::Bits(BitsObj::Mt19937(m))) => {
            return Ok(Value::Random(RandomObj::Legacy(m)));
        }
        Value::Random(RandomObj::Bits(BitsObj::Pcg64(_))) => {
            return Err(Error::type_error(
                "npcalc's RandomState runs on MT19937 only; a RandomState over PCG64 is not supported",
            )
            .at(args.span("seed")));
        }
        _ => {}
    }
    let mt = match args.get("seed") {
        Value::None => unseeded_mt(),
        _ => legacy_mt(args)?,
    };
    Ok(Value::Random(RandomObj::Legacy(Rc::new(RefCell::new(
        Legacy {
            mt,
            gauss: LegacyGauss::default(),
        },
    )))))
}

/// `RandomState.get_state()`: the legacy tuple ('MT19937', key words as
/// uint32, pos, has_gauss, gauss).
fn get_state(it: &mut Interp, args: &Args) -> Result<Value> {
    let legacy = args.get("legacy");
    if !it.truthy(&legacy)? {
        return Err(Error::type_error(
            "npcalc does not support RandomState.get_state(legacy=False) (the dict form)",
        )
        .at(args.span("legacy")));
    }
    let RandomObj::Legacy(cell) = this(args) else {
        unreachable!("a RandomState method")
    };
    let r = cell.borrow();
    let (words, pos) = r.mt.state();
    let (has_gauss, gauss) = r.gauss.cached().map_or((0, 0.0), |g| (1, g));
    Ok(Value::tuple(vec![
        Value::str("MT19937"),
        Value::Array(Array::from_vec(words.to_vec(), vec![words.len()])),
        Value::int(pos),
        Value::int(has_gauss),
        Value::Float(gauss),
    ]))
}

/// `RandomState.set_state(state)` for the legacy tuple (or list): its key
/// words and position, and the cached normal when it has five items.
fn set_state(it: &mut Interp, args: &Args) -> Result<Value> {
    let state = args.get("state");
    let unsupported = |what: &str| {
        Err(Error::type_error(format!(
            "npcalc does not support RandomState.set_state with {what}"
        ))
        .at(args.span("state")))
    };
    let items = match &state {
        Value::Tuple(_) | Value::List(_) => it.iterate(&state)?,
        Value::Dict(d) => {
            let d = d.borrow();
            if !d.contains(&Value::str("bit_generator"))? || !d.contains(&Value::str("state"))? {
                return Err(
                    Error::value_error("state dictionary is not valid.").at(args.span("state"))
                );
            }
            return unsupported("a dict state");
        }
        _ => {
            return Err(
                Error::type_error("state must be a dict or a tuple.").at(args.span("state"))
            );
        }
    };
    if !matches!(items.first(), Some(Value::Str(s)) if &**s == "MT19937") {
        return Err(Error::value_error(
            "set_state can only be used with legacy MT19937 state instances.",
        )
        .at(args.span("state")));
    }
    if items.len() != 3 && items.len() != 5 {
        return unsupported("a tuple of other than 3 or 5 items");
    }
    let key = it.iterate(&items[1])?;
    let mut words = [0u32; 624];
    if key.len() < words.len() {
        return unsupported("fewer than 624 key words");
    }
    for (slot, k) in words.iter_mut().zip(&key) {
        *slot = match super::builtins::index(k).ok().and_then(|i| i.to_u32()) {
            Some(w) => w,
            None => return unsupported("a key word that is not an int in [0, 2**32)"),
        };
    }
    let pos = match super::builtins::index(&items[2])
        .ok()
        .and_then(|i| i.to_usize())
    {
        Some(p) if p <= words.len() => p,
        _ => return unsupported("a position outside [0, 624]"),
    };
    let cached = if items.len() == 5 && it.truthy(&items[3])? {
        match &items[4] {
            Value::Float(g) => Some(*g),
            _ => return unsupported("a cached normal that is not a float"),
        }
    } else {
        None
    };
    if let RandomObj::Legacy(cell) = this(args) {
        *cell.borrow_mut() = Legacy {
            mt: Mt19937::from_state(&words, pos),
            gauss: LegacyGauss::with_cached(cached),
        };
    }
    Ok(Value::None)
}

fn seed(_: &mut Interp, args: &Args) -> Result<Value> {
    let mut mt = legacy_mt(args)?;
    if let RandomObj::Legacy(cell) = this(args) {
        if matches!(args.get("seed"), Value::None) {
            // _legacy_seeding(None) writes fresh key words but leaves the
            // position where it was.
            let pos = cell.borrow().mt.state().1;
            mt = Mt19937::from_state(mt.state().0, pos);
        }
        *cell.borrow_mut() = Legacy {
            mt,
            gauss: LegacyGauss::default(),
        };
    }
    Ok(Value::None)
}

fn random(_: &mut Interp, args: &Args) -> Result<Value> {
    let shape = size_arg(args)?;
    match to_dtype(&args.get("dtype")).map_err(|e| e.at(args.span("dtype")))? {
        None | Some(DType::Float64) => with_bitgen!(args, g => floats(shape, || g.next_double())),
        Some(DType::Float32) => with_bitgen!(args, g => floats(shape, || rnd::next_float(g))),
        Some(d) => Err(
            Error::type_error(format!("Unsupported dtype dtype('{d}') for random"))
                .at(args.span("dtype")),
        ),
    }
}

/// `rand(d0, d1, …)`: the dimensions as separate arguments.
fn rand(_: &mut Interp, args: &Args) -> Result<Value> {
    let shape = dims_arg(args)?;
    with_bitgen!(args, g => floats(shape, || g.next_double()))
}

fn dims_arg(args: &Args) -> Result<Option<Vec<usize>>> {
    match args.get("args") {
        Value::Tuple(t) if t.is_empty() => Ok(None),
        v => arg_shape(&v).map(Some),
    }
}

fn randn(_: &mut Interp, args: &Args) -> Result<Value> {
    let shape = dims_arg(args)?;
    legacy_normals(args, shape, 0.0, 1.0)
}

fn legacy_normals(args: &Args, shape: Option<Vec<usize>>, loc: f64, scale: f64) -> Result<Value> {
    let RandomObj::Legacy(cell) = this(args) else {
        unreachable!("legacy normals are RandomState methods")
    };
    let state = &mut *cell.borrow_mut();
    floats(shape, || loc + scale * state.gauss.next(&mut state.mt))
}

fn m_standard_normal(_: &mut Interp, args: &Args) -> Result<Value> {
    let shape = size_arg(args)?;
    match this(args) {
        RandomObj::Bits(_) => {
            unreachable!("sampling methods are bound to a Generator or a RandomState")
        }
        RandomObj::Generator(cell) => {
            let g = &mut *cell.borrow_mut();
            floats(shape, || rnd::standard_normal(g))
        }
        RandomObj::Legacy(_) => legacy_normals(args, shape, 0.0, 1.0),
    }
}

fn standard_gamma(_: &mut Interp, args: &Args) -> Result<Value> {
    random_dists::standard_gamma_f64(args)
}

/// A Generator method's `dtype=`: float64 (false) or float32 (true).
fn float_dtype(args: &Args, what: &str) -> Result<bool> {
    match to_dtype(&args.get("dtype")).map_err(|e| e.at(args.span("dtype")))? {
        None | Some(DType::Float64) => Ok(false),
        Some(DType::Float32) => Ok(true),
        Some(d) => Err(
            Error::type_error(format!("Unsupported dtype dtype('{d}') for {what}"))
                .at(args.span("dtype")),
        ),
    }
}

fn generator_cell(args: &Args) -> Rc<RefCell<Pcg64>> {
    match this(args) {
        RandomObj::Bits(_) => {
            unreachable!("sampling methods are bound to a Generator or a RandomState")
        }
        RandomObj::Generator(cell) => cell,
        RandomObj::Legacy(_) => unreachable!("a Generator method"),
    }
}

fn gen_standard_gamma(_: &mut Interp, args: &Args) -> Result<Value> {
    if float_dtype(args, "standard_gamma")? {
        random_dists::standard_gamma_f32(args)
    } else {
        random_dists::standard_gamma_f64(args)
    }
}

fn gen_standard_normal(_: &mut Interp, args: &Args) -> Result<Value> {
    let f32_out = float_dtype(args, "standard_normal")?;
    let shape = size_arg(args)?;
    let cell = generator_cell(args);
    let g = &mut *cell.borrow_mut();
    if f32_out {
        floats(shape, || rnd::standard_normal_f(g))
    } else {
        floats(shape, || rnd::standard_normal(g))
    }
}

/// `Generator.standard_exponential(size, dtype, method)`: the ziggurat for
/// method 'zig', else inversion (`-log1p(-U)`).
fn gen_standard_exponential(_: &mut Interp, args: &Args) -> Result<Value> {
    let f32_out = float_dtype(args, "standard_exponential")?;
    let zig = matches!(&args.get("method"), Value::Str(s) if &**s == "zig");
    let shape = size_arg(args)?;
    let cell = generator_cell(args);
    let g = &mut *cell.borrow_mut();
    match (f32_out, zig) {
        (false, true) => floats(shape, || rnd::standard_exponential(g)),
        (false, false) => floats(shape, || -(-g.next_double()).ln_1p()),
        (true, true) => floats(shape, || rnd::standard_exponential_f(g)),
        (true, false) => floats(shape, || -(-f64::from(rnd::next_float(g))).ln_1p() as f32),
    }
}

fn standard_exponential_m(_: &mut Interp, args: &Args) -> Result<Value> {
    let shape = size_arg(args)?;
    match this(args) {
        RandomObj::Bits(_) => {
            unreachable!("sampling methods are bound to a Generator or a RandomState")
        }
        RandomObj::Generator(cell) => {
            let g = &mut *cell.borrow_mut();
            floats(shape, || rnd::standard_exponential(g))
        }
        RandomObj::Legacy(cell) => {
            let g = &mut cell.borrow_mut().mt;
            floats(shape, || rnd::legacy_standard_exponential(g))
        }
    }
}

fn legacy_of(args: &Args) -> Rc<RefCell<Legacy>> {
    match this(args) {
        RandomObj::Bits(_) => {
            unreachable!("sampling methods are bound to a Generator or a RandomState")
        }
        RandomObj::Legacy(cell) => cell,
        RandomObj::Generator(_) => unreachable!("a RandomState method"),
    }
}

/// `RandomState.multinomial(n, pvals, size)`: counts of shape size + (d,),
/// each row one `random_multinomial` draw; the checks of mtrand.pyx.
fn multinomial(_: &mut Interp, args: &Args) -> Result<Value> {
    let n = int_arg(args, "n")?;
    let pv = args.get("pvals");
    let arr = super::convert::to_array(&pv, Some(DType::Float64))
        .map_err(|e| e.at(args.span("pvals")))?;
    if arr.ndim() != 1 {
        return Err(Error::value_error(format!(
            "object of too {} depth for desired array",
            if arr.ndim() == 0 { "small" } else { "deep" }
        ))
        .at(args.span("pvals")));
    }
    let pvals: Vec<f64> = arr.to_vec();
    let d = pvals.len();
    if pvals.iter().any(|&x| !(0.0..=1.0).contains(&x)) {
        return Err(
            Error::value_error("pvals < 0, pvals > 1 or pvals contains NaNs")
                .at(args.span("pvals")),
        );
    }
    // kahan_sum(pix, d - 1), which reads pix[0] even when d - 1 is 0.
    let head = if d <= 1 {
        pvals.first().copied().unwrap_or(0.0)
    } else {
        kahan_sum(&pvals[..d - 1])
    };
    if head > 1.0 + 1e-12 {
        return Err(Error::value_error("sum(pvals[:-1]) > 1.0").at(args.span("pvals")));
    }
    let mut shape = size_arg(args)?.unwrap_or_default();
    shape.push(d);
    let n = i64::try_from(n)
        .map_err(|_| Error::overflow_error("Python int too large to convert to C long"))?;
    if n < 0 {
        return Err(Error::value_error("n < 0").at(args.span("n")));
    }
    let mut data: Vec<i64> = alloc_vec(DType::Int64, &shape)?;
    data.resize(data.capacity(), 0);
    if d > 0 {
        let cell = legacy_of(args);
        let g = &mut cell.borrow_mut().mt;
        for row in data.chunks_mut(d) {
            rnd::multinomial(g, n, row, &pvals);
        }
    }
    Ok(Value::Array(Array::from_vec(data, shape)))
}

fn integers(_: &mut Interp, args: &Args) -> Result<Value> {
    let closed = super::pyops::truthy(&args.get("endpoint"))?;
    with_bitgen!(args, g => integers_common(g, args, false, closed))
}

fn randint(_: &mut Interp, args: &Args) -> Result<Value> {
    with_bitgen!(args, g => integers_common(g, args, true, false))
}

fn m_choice(_: &mut Interp, args: &Args) -> Result<Value> {
    let api = match this(args) {
        RandomObj::Bits(_) => {
            unreachable!("sampling methods are bound to a Generator or a RandomState")
        }
        RandomObj::Generator(_) => Api::Generator,
        RandomObj::Legacy(_) => Api::Legacy,
    };
    with_bitgen!(args, g => choice(g, args, api))
}

fn m_shuffle(_: &mut Interp, args: &Args) -> Result<Value> {
    with_bitgen!(args, g => shuffle_in_place(g, args))
}

fn m_permutation(_: &mut Interp, args: &Args) -> Result<Value> {
    with_bitgen!(args, g => permutation(g, args))
}

// ---- the tables -----------------------------------------------------------------------

const fn param(name: &'static str, default: Option<&'static str>, help: &'static str) -> Param {
    Param {
        name,
        default,
        kind: ParamKind::Normal,
        help,
    }
}

const SIZE: Param = param(
    "size",
    Some("None"),
    "Output shape (an int or a tuple); None draws one value.",
);

pub static MODULE_FUNCTIONS: &[FnDef] = &[
    FnDef {
        name: "default_rng",
        owner: Owner::NumpyC,
        error_name: None,
        params: &[param(
            "seed",
            Some("None"),
            "An int, a sequence of ints, or None for fresh OS entropy.",
        )],
        doc: "A Generator over PCG64 seeded through NumPy's SeedSequence: the same seed gives NumPy's numbers, bit for bit.",
        examples: &[
            "rng = np.random.default_rng(42)",
            "rng.choice([-1, 1], 10).cumsum()",
        ],
        imp: default_rng,
    },
    FnDef {
        name: "RandomState",
        owner: Owner::NumpyC,
        error_name: None,
        params: &[param(
            "seed",
            Some("None"),
            "An int in [0, 2**32), a sequence of such ints, or None.",
        )],
        doc: "The legacy generator (MT19937 with NumPy's legacy seeding) and its methods.",
        examples: &["np.random.RandomState(0).randn(3)"],
        imp: random_state,
    },
];

const FLOAT_DTYPE: Param = param("dtype", Some("float64"), "float64 or float32.");

const LOW: Param = param(
    "low",
    None,
    "Lowest value drawn (or, with high omitted, one above the highest).",
);
const HIGH: Param = param("high", Some("None"), "One above the highest value drawn.");

pub static GENERATOR_METHODS: &[FnDef] = &[
    method!(
        MethodCython "random",
        [SIZE, FLOAT_DTYPE],
        "Floats in [0, 1) from 53 random bits each.",
        random
    ),
    method!(
        MethodCython "integers",
        [
            LOW,
            HIGH,
            SIZE,
            param("dtype", Some("int64"), "Integer dtype of the result."),
            param("endpoint", Some("False"), "Include high.")
        ],
        "Integers in [low, high) by Lemire's method, drawn in the dtype's width.",
        integers
    ),
    method!(
        MethodCython "standard_normal",
        [SIZE, FLOAT_DTYPE],
        "Normal draws (mean 0, sd 1) by the ziggurat method (NumPy's float tables for float32).",
        gen_standard_normal
    ),
    method!(
        MethodCython "normal",
        [
            param("loc", Some("0.0"), "Mean."),
            param("scale", Some("1.0"), "Standard deviation."),
            SIZE
        ],
        "loc + scale * a standard normal draw.",
        random_dists::normal
    ),
    method!(
        MethodCython "uniform",
        [
            param("low", Some("0.0"), "Lower bound."),
            param("high", Some("1.0"), "Upper bound."),
            SIZE
        ],
        "Floats in [low, high): low + (high - low) * random().",
        random_dists::uniform
    ),
    method!(
        MethodCython "exponential",
        [param("scale", Some("1.0"), "Mean."), SIZE],
        "Exponential draws by the ziggurat method.",
        random_dists::exponential
    ),
    method!(
        MethodCython "standard_exponential",
        [
            SIZE,
            FLOAT_DTYPE,
            param(
                "method",
                Some("'zig'"),
                "'zig' (ziggurat) or 'inv' (inversion)."
            )
        ],
        "Exponential draws with mean 1.",
        gen_standard_exponential
    ),
    method!(
        MethodCython "choice",
        [
            param(
                "a",
                None,
                "An int n (draw from range(n)) or an array (draw along axis)."
            ),
            SIZE,
            param("replace", Some("True"), "Draw with replacement."),
            param("p", Some("None"), "Probabilities of each entry."),
            param("axis", Some("0"), "The axis of a that is sampled along."),
            param(
                "shuffle",
                Some("True"),
                "Shuffle a sample drawn without replacement."
            )
        ],
        "Random entries of a, with NumPy's algorithms for each case.",
        m_choice
    ),
    method!(
        MethodCython "permutation",
        [param("x", None, "An int n or a 1-D sequence.")],
        "A shuffled arange(n) or a shuffled copy.",
        m_permutation
    ),
    method!(
        MethodCython "shuffle",
        [param(
            "x",
            None,
            "A list or a 1-D array, shuffled in place."
        )],
        "Fisher–Yates shuffle in place.",
        m_shuffle
    ),
    method!(
        MethodCython "binomial",
        [
            param("n", None, "Number of trials."),
            param("p", None, "Success probability of each trial."),
            SIZE
        ],
        "Successes in n trials, by inversion or BTPE as NumPy draws them.",
        random_dists::binomial
    ),
    method!(
        MethodCython "poisson",
        [
            param("lam", Some("1.0"), "Expected number of events."),
            SIZE
        ],
        "Poisson counts by multiplication or PTRS.",
        random_dists::poisson
    ),
    method!(
        MethodCython "lognormal",
        [
            param("mean", Some("0.0"), "Mean of the underlying normal."),
            param(
                "sigma",
                Some("1.0"),
                "Standard deviation of the underlying normal."
            ),
            SIZE
        ],
        "exp of a normal draw (ziggurat).",
        random_dists::lognormal
    ),
    method!(
        MethodCython "standard_gamma",
        [param("shape", None, "Shape (k), >= 0."), SIZE, FLOAT_DTYPE],
        "Gamma(shape, 1) draws by Marsaglia–Tsang (shape >= 1) or Ahrens–Dieter (shape < 1).",
        gen_standard_gamma
    ),
    method!(
        MethodCython "gamma",
        [
            param("shape", None, "Shape (k), >= 0."),
            param("scale", Some("1.0"), "Scale (theta), >= 0."),
            SIZE
        ],
        "scale * a standard gamma draw.",
        random_dists::gamma
    ),
    method!(
        MethodCython "chisquare",
        [param("df", None, "Degrees of freedom, > 0."), SIZE],
        "Chi-square draws: 2 * Gamma(df / 2).",
        random_dists::chisquare
    ),
    method!(
        MethodCython "multinomial",
        [
            param("n", None, "Number of trials (an int or an array)."),
            param(
                "pvals",
                None,
                "Probabilities of the categories along the last axis (the last takes the rest)."
            ),
            SIZE
        ],
        "Counts per category: one binomial per category on the trials left.",
        random_dists::multinomial
    ),
];

/// The classes' constructors (`np.random.Generator(...)`, …).
static CONSTRUCTORS: &[FnDef] = &[
    FnDef {
        name: "Generator",
        owner: Owner::NumpyC,
        error_name: None,
        params: &[param("bit_generator", None, "A np.random.PCG64 object.")],
        doc: "A Generator drawing from the given bit generator (shared with it).",
        examples: &["np.random.Generator(np.random.PCG64(42)).random()"],
        imp: generator_ctor,
    },
    FnDef {
        name: "PCG64",
        owner: Owner::NumpyC,
        error_name: None,
        params: &[param(
            "seed",
            Some("None"),
            "An int, a sequence of ints, a SeedSequence, or None.",
        )],
        doc: "The PCG64 bit generator, seeded through a SeedSequence.",
        examples: &["np.random.PCG64(42)"],
        imp: pcg64_ctor,
    },
    FnDef {
        name: "MT19937",
        owner: Owner::NumpyC,
        error_name: None,
        params: &[param(
            "seed",
            Some("None"),
            "An int, a sequence of ints, a SeedSequence, or None.",
        )],
        doc: "The Mersenne Twister bit generator, seeded through a SeedSequence (not RandomState's legacy seeding).",
        examples: &["np.random.RandomState(np.random.MT19937(42)).random()"],
        imp: mt19937_ctor,
    },
    FnDef {
        name: "SeedSequence",
        owner: Owner::NumpyC,
        error_name: None,
        params: &[param(
            "entropy",
            Some("None"),
            "An int or a sequence of ints; None for OS entropy.",
        )],
        doc: "NumPy's seed mixer: turns entropy into well-spread state words.",
        examples: &["np.random.SeedSequence(42).generate_state(4)"],
        imp: seed_sequence_ctor,
    },
    FnDef {
        name: "BitGenerator",
        owner: Owner::NumpyC,
        error_name: None,
        params: &[param("seed", Some("None"), "Unused.")],
        doc: "The base class of PCG64 and MT19937 (for isinstance).",
        examples: &[],
        imp: bit_generator_ctor,
    },
];

static SEED_SEQUENCE_METHODS: &[FnDef] = &[method!(
    MethodCython "generate_state",
    [
        param("n_words", None, "How many words."),
        param("dtype", Some("uint32"), "uint32 or uint64.")
    ],
    "State words mixed from the entropy.",
    generate_state
)];

const VAR_DIMS: Param = Param {
    name: "args",
    default: None,
    kind: ParamKind::VarPositional,
    help: "The dimensions of the result; none draws one value.",
};

/// The samplers Generator and RandomState share by name (their functions in
/// eval/random_dists.rs serve either receiver, each with its own algorithm).
static DISTRIBUTIONS: &[FnDef] = &[
    method!(
        MethodCython "beta",
        [
            param("a", None, "Alpha, > 0."),
            param("b", None, "Beta, > 0."),
            SIZE
        ],
        "Beta draws: Johnk's algorithm when both shapes are <= 1, else a ratio of gammas.",
        random_dists::beta
    ),
    method!(
        MethodCython "geometric",
        [param("p", None, "Success probability, in (0, 1]."), SIZE],
        "Trials up to the first success (>= 1), by search or inversion.",
        random_dists::geometric
    ),
    method!(
        MethodCython "triangular",
        [
            param("left", None, "Lower limit."),
            param("mode", None, "Peak, left <= mode <= right."),
            param("right", None, "Upper limit, > left."),
            SIZE
        ],
        "Triangular draws by inversion of one uniform.",
        random_dists::triangular
    ),
    method!(
        MethodCython "laplace",
        [
            param("loc", Some("0.0"), "Position of the peak."),
            param("scale", Some("1.0"), "Decay, >= 0."),
            SIZE
        ],
        "Double-exponential draws by inversion of one uniform.",
        random_dists::laplace
    ),
    method!(
        MethodCython "logistic",
        [
            param("loc", Some("0.0"), "Mean."),
            param("scale", Some("1.0"), "Scale, >= 0."),
            SIZE
        ],
        "Logistic draws: loc + scale * log(U / (1 - U)).",
        random_dists::logistic
    ),
    method!(
        MethodCython "gumbel",
        [
            param("loc", Some("0.0"), "Mode."),
            param("scale", Some("1.0"), "Scale, >= 0."),
            SIZE
        ],
        "Gumbel draws: loc - scale * log(-log(1 - U)).",
        random_dists::gumbel
    ),
    method!(
        MethodCython "weibull",
        [param("a", None, "Shape, >= 0."), SIZE],
        "Weibull draws: an exponential to the power 1/a.",
        random_dists::weibull
    ),
    method!(
        MethodCython "pareto",
        [param("a", None, "Shape, > 0."), SIZE],
        "Pareto II (Lomax) draws: expm1(exponential / a).",
        random_dists::pareto
    ),
    method!(
        MethodCython "power",
        [param("a", None, "Exponent, > 0."), SIZE],
        "Draws in [0, 1] with density a * x**(a - 1).",
        random_dists::power
    ),
    method!(
        MethodCython "rayleigh",
        [param("scale", Some("1.0"), "Mode, >= 0."), SIZE],
        "Rayleigh draws: scale * sqrt(2 * exponential).",
        random_dists::rayleigh
    ),
    method!(
        MethodCython "standard_t",
        [param("df", None, "Degrees of freedom, > 0."), SIZE],
        "Student's t draws: a normal over the root of a scaled gamma.",
        random_dists::standard_t
    ),
    method!(
        MethodCython "standard_cauchy",
        [SIZE],
        "Cauchy draws: the ratio of two normals.",
        random_dists::standard_cauchy
    ),
    method!(
        MethodCython "f",
        [
            param("dfnum", None, "Numerator degrees of freedom, > 0."),
            param("dfden", None, "Denominator degrees of freedom, > 0."),
            SIZE
        ],
        "F draws: a ratio of scaled chi-squares.",
        random_dists::f
    ),
    method!(
        MethodCython "noncentral_chisquare",
        [
            param("df", None, "Degrees of freedom, > 0."),
            param("nonc", None, "Non-centrality, >= 0."),
            SIZE
        ],
        "Non-central chi-square draws.",
        random_dists::noncentral_chisquare
    ),
    method!(
        MethodCython "noncentral_f",
        [
            param("dfnum", None, "Numerator degrees of freedom, > 0."),
            param("dfden", None, "Denominator degrees of freedom, > 0."),
            param("nonc", None, "Non-centrality, >= 0."),
            SIZE
        ],
        "Non-central F draws.",
        random_dists::noncentral_f
    ),
    method!(
        MethodCython "negative_binomial",
        [
            param("n", None, "Successes wanted, > 0."),
            param("p", None, "Success probability."),
            SIZE
        ],
        "Failures before n successes: a Poisson of a gamma draw.",
        random_dists::negative_binomial
    ),
    method!(
        MethodCython "hypergeometric",
        [
            param("ngood", None, "Good items, >= 0."),
            param("nbad", None, "Bad items, >= 0."),
            param("nsample", None, "Items drawn, <= ngood + nbad."),
            SIZE
        ],
        "Good items among nsample drawn without replacement.",
        random_dists::hypergeometric
    ),
    method!(
        MethodCython "wald",
        [
            param("mean", None, "Mean, > 0."),
            param("scale", None, "Scale, > 0."),
            SIZE
        ],
        "Inverse Gaussian draws.",
        random_dists::wald
    ),
    method!(
        MethodCython "vonmises",
        [
            param("mu", None, "Mode (radians)."),
            param("kappa", None, "Concentration, >= 0."),
            SIZE
        ],
        "Von Mises draws on [-pi, pi] by Best and Fisher's rejection.",
        random_dists::vonmises
    ),
    method!(
        MethodCython "zipf",
        [param("a", None, "Exponent, > 1."), SIZE],
        "Zipf draws by rejection.",
        random_dists::zipf
    ),
    method!(
        MethodCython "logseries",
        [param("p", None, "Shape, in [0, 1)."), SIZE],
        "Logarithmic series draws by Kemp's method.",
        random_dists::logseries
    ),
    method!(
        MethodCython "dirichlet",
        [
            param("alpha", None, "Concentrations, a 1-D sequence."),
            SIZE
        ],
        "Rows summing to 1: normalised gamma draws (or, in Generator for alphas below 0.1, stick-breaking betas).",
        random_dists::dirichlet
    ),
];

pub static LEGACY_METHODS: &[FnDef] = &[
    method!(
        MethodCython "get_state",
        [param("legacy", Some("True"), "Return the legacy tuple (False: the dict form).")],
        "The MT19937 state: ('MT19937', key, pos, has_gauss, gauss).",
        get_state
    ),
    method!(
        MethodCython "set_state",
        [param("state", None, "A state tuple from get_state (or Python's random).")],
        "Restores an MT19937 state saved by get_state.",
        set_state
    ),
    method!(
        MethodCython "seed",
        [param(
            "seed",
            Some("None"),
            "An int in [0, 2**32), a sequence of such ints, or None."
        )],
        "Reseeds the legacy generator (MT19937).",
        seed
    ),
    method!(
        MethodCython "rand",
        [VAR_DIMS],
        "Floats in [0, 1), shape given as separate arguments.",
        rand
    ),
    method!(
        MethodCython "randn",
        [VAR_DIMS],
        "Standard normals by the polar Box–Muller method, shape given as separate arguments.",
        randn
    ),
    method!(
        MethodCython "randint",
        [
            LOW,
            HIGH,
            SIZE,
            param("dtype", Some("int"), "Integer dtype of the result.")
        ],
        "Integers in [low, high) by masked rejection.",
        randint
    ),
    method!(Method "random", [SIZE], "Floats in [0, 1).", random),
    method!(Method "random_sample", [SIZE], "Floats in [0, 1).", random),
    method!(
        MethodCython "standard_normal",
        [SIZE],
        "Standard normals by the polar Box–Muller method.",
        m_standard_normal
    ),
    method!(
        MethodCython "normal",
        [
            param("loc", Some("0.0"), "Mean."),
            param("scale", Some("1.0"), "Standard deviation."),
            SIZE
        ],
        "loc + scale * a standard normal draw.",
        random_dists::normal
    ),
    method!(
        MethodCython "uniform",
        [
            param("low", Some("0.0"), "Lower bound."),
            param("high", Some("1.0"), "Upper bound."),
            SIZE
        ],
        "Floats in [low, high).",
        random_dists::uniform
    ),
    method!(
        MethodCython "choice",
        [
            param(
                "a",
                None,
                "An int n (draw from range(n)) or a 1-D sequence."
            ),
            SIZE,
            param("replace", Some("True"), "Draw with replacement."),
            param("p", Some("None"), "Probabilities of each entry.")
        ],
        "Random entries of a.",
        m_choice
    ),
    method!(
        MethodCython "permutation",
        [param("x", None, "An int n or a 1-D sequence.")],
        "A shuffled arange(n) or a shuffled copy.",
        m_permutation
    ),
    method!(
        MethodCython "shuffle",
        [param(
            "x",
            None,
            "A list or a 1-D array, shuffled in place."
        )],
        "Fisher–Yates shuffle in place.",
        m_shuffle
    ),
    method!(
        MethodCython "lognormal",
        [
            param("mean", Some("0.0"), "Mean of the underlying normal."),
            param(
                "sigma",
                Some("1.0"),
                "Standard deviation of the underlying normal."
            ),
            SIZE
        ],
        "exp of a legacy (polar Box–Muller) normal draw.",
        random_dists::lognormal
    ),
    method!(
        MethodCython "binomial",
        [
            param("n", None, "Number of trials."),
            param("p", None, "Success probability of each trial."),
            SIZE
        ],
        "Successes in n trials, by NumPy's legacy inversion or BTPE.",
        random_dists::binomial
    ),
    method!(
        MethodCython "multinomial",
        [
            param("n", None, "Number of trials."),
            param(
                "pvals",
                None,
                "Probabilities of the categories (the last takes the rest)."
            ),
            SIZE
        ],
        "Counts per category: one binomial per category on the trials left.",
        multinomial
    ),
    method!(
        MethodCython "exponential",
        [param("scale", Some("1.0"), "Mean."), SIZE],
        "scale * -log(1 - U): the legacy exponential.",
        random_dists::exponential
    ),
    method!(
        MethodCython "standard_exponential",
        [SIZE],
        "-log(1 - U): the legacy exponential with mean 1.",
        standard_exponential_m
    ),
    method!(
        MethodCython "poisson",
        [
            param("lam", Some("1.0"), "Expected number of events."),
            SIZE
        ],
        "Poisson counts by multiplication or PTRS.",
        random_dists::poisson
    ),
    method!(
        MethodCython "standard_gamma",
        [param("shape", None, "Shape (k), >= 0."), SIZE],
        "Gamma(shape, 1) draws over the legacy normals and exponentials.",
        standard_gamma
    ),
    method!(
        MethodCython "gamma",
        [
            param("shape", None, "Shape (k), >= 0."),
            param("scale", Some("1.0"), "Scale (theta), >= 0."),
            SIZE
        ],
        "scale * a legacy standard gamma draw.",
        random_dists::gamma
    ),
    method!(
        MethodCython "chisquare",
        [param("df", None, "Degrees of freedom, > 0."), SIZE],
        "Chi-square draws: 2 * a legacy Gamma(df / 2).",
        random_dists::chisquare
    ),
];
