//! Python's `random` module, bit for bit as CPython 3.11 draws it: a port
//! of `Lib/random.py` over `Modules/_randommodule.c`, whose generator is the
//! same MT19937 as NumPy's `RandomState` (`crate::random::Mt19937`). The
//! module functions are methods bound to one hidden `Random` instance, as
//! in CPython (`random.random is random._inst.random`).

use super::Interp;
use super::builtins::{len_of, to_float, to_int};
use super::pyops;
use super::table::{Args, FnDef, Owner, p};
use super::value::{TypeObj, Value};
use crate::array::{Scalar, signals::warn};
use crate::error::{Error, Exc, Result};
use crate::random::{BitGen, MT_WORDS, Mt19937};
use crate::syntax::ast::{BinOp, CmpOp};
use num_bigint::{BigInt, BigUint, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive};
use std::cell::RefCell;
use std::rc::Rc;

/// A `random.Random`: the MT19937 state and the second normal `gauss` keeps.
#[derive(Debug)]
pub struct PyRng {
    mt: Mt19937,
    gauss_next: Value,
}

/// How a `random.Random` value holds its generator.
pub type PyRandomRef = Rc<RefCell<PyRng>>;

/// The class name `type(random.Random())` prints.
pub const CLASS: &str = "random.Random";

impl PyRng {
    fn new(mt: Mt19937) -> Self {
        PyRng {
            mt,
            gauss_next: Value::None,
        }
    }

    /// `random_random`: 53 bits from two 32-bit draws (`genrand_res53`).
    fn random(&mut self) -> f64 {
        self.mt.next_double()
    }

    /// `getrandbits(k)`: 32-bit words from the least significant, the last
    /// one cut to its top bits.
    fn getrandbits(&mut self, k: usize) -> BigInt {
        if k <= 64 {
            return BigInt::from(self.bits_u64(k as u32));
        }
        let words = (k - 1) / 32 + 1;
        let mut rem = k;
        let mut out = Vec::with_capacity(words);
        for _ in 0..words {
            let mut r = self.mt.next_u32();
            if rem < 32 {
                r >>= 32 - rem;
            }
            out.push(r);
            rem = rem.saturating_sub(32);
        }
        BigInt::from(BigUint::from_slice(&out))
    }

    fn bits_u64(&mut self, k: u32) -> u64 {
        match k {
            0 => 0,
            1..=32 => u64::from(self.mt.next_u32() >> (32 - k)),
            _ => {
                let low = u64::from(self.mt.next_u32());
                let high = u64::from(self.mt.next_u32() >> (64 - k));
                low | (high << 32)
            }
        }
    }

    /// `_randbelow_with_getrandbits`: k = n.bit_length() bits, redrawn
    /// while r >= n. Defined for n > 0.
    fn randbelow_u64(&mut self, n: u64) -> u64 {
        let k = 64 - n.leading_zeros();
        loop {
            let r = self.bits_u64(k);
            if r < n {
                return r;
            }
        }
    }

    fn randbelow(&mut self, n: &BigInt) -> BigInt {
        if let Some(small) = n.to_u64() {
            return BigInt::from(self.randbelow_u64(small));
        }
        let k = n.bits() as usize;
        loop {
            let r = self.getrandbits(k);
            if &r < n {
                return r;
            }
        }
    }
}

// ---- seeding -----------------------------------------------------------------------

/// CPython's modulus for numeric hashes, 2**61 - 1.
const HASH_MODULUS: u64 = (1 << 61) - 1;

/// `hash(x)` of a float (`_Py_HashDouble`); None for NaN, whose hash is
/// the object's identity.
fn hash_float(v: f64) -> Option<i64> {
    if v.is_nan() {
        return None;
    }
    if v.is_infinite() {
        return Some(if v > 0.0 { 314_159 } else { -314_159 });
    }
    let (mut m, mut e) = frexp(v.abs());
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & HASH_MODULUS) | (x >> (61 - 28));
        m *= 268_435_456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= HASH_MODULUS {
            x -= HASH_MODULUS;
        }
    }
    let e = if e >= 0 {
        e % 61
    } else {
        61 - 1 - ((-1 - e) % 61)
    } as u32;
    x = ((x << e) & HASH_MODULUS) | (x >> (61 - e));
    let h = if v < 0.0 { -(x as i64) } else { x as i64 };
    Some(if h == -1 { -2 } else { h })
}

/// `frexp` for a finite non-negative double: m in [0.5, 1) and e with v = m * 2**e.
fn frexp(v: f64) -> (f64, i32) {
    if v == 0.0 {
        return (0.0, 0);
    }
    let bits = v.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        // Subnormal: scale into the normal range first.
        let (m, e) = frexp(v * 2f64.powi(64));
        return (m, e - 64);
    }
    let m = f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52));
    (m, exp - 1022)
}

/// The key `random_seed` hands to `init_by_array`: the 32-bit words of n
/// from the least significant (one zero word for 0).
fn key_of(n: &BigInt) -> Vec<u32> {
    let words = n.magnitude().to_u32_digits();
    if words.is_empty() { vec![0] } else { words }
}

/// `random_seed_urandom`: a key of fresh OS entropy.
fn os_key() -> Vec<u32> {
    let mut words = Vec::with_capacity(8);
    for _ in 0..2 {
        let bytes = crate::host::entropy();
        for chunk in bytes.chunks_exact(4) {
            words.push(u32::from_le_bytes([chunk[0], chunk[1], chunk[2], chunk[3]]));
        }
    }
    words
}

const SEED_TYPES: &str =
    "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.";

/// `Random.seed(a, version)` (random.py) and `random_seed` (C): the
/// generator a seed gives.
fn seeded(a: &Value, version: &Value) -> Result<Mt19937> {
    let version_is = |n: i64| pyops::equal(version, &Value::int(n));
    let key = match a {
        Value::None => os_key(),
        Value::Int(i) => key_of(i),
        Value::Bool(b) => key_of(&BigInt::from(*b as u8)),
        Value::Float(f) | Value::Scalar(Scalar::Float64(f)) => match hash_float(*f) {
            Some(h) => key_of(&BigInt::from(h as u64)),
            None => os_key(),
        },
        Value::Str(s) | Value::NpStr(s) if version_is(1) => {
            // The narrower seeds of Python 2's str hash.
            let chars: Vec<u32> = s.chars().map(u32::from).collect();
            let mut x: u64 = chars.first().map_or(0, |&c| u64::from(c) << 7);
            for &c in &chars {
                x = 1_000_003u64.wrapping_mul(x) ^ u64::from(c);
            }
            x ^= chars.len() as u64;
            key_of(&BigInt::from(x))
        }
        Value::Str(s) | Value::NpStr(s) if version_is(2) => {
            let mut bytes = s.as_bytes().to_vec();
            bytes.extend_from_slice(&crate::random::sha512(s.as_bytes()));
            key_of(&BigInt::from_bytes_be(Sign::Plus, &bytes))
        }
        Value::Str(s) | Value::NpStr(s) => {
            // Any other version hashes the str, which differs per process.
            let _ = s;
            os_key()
        }
        _ => return Err(Error::type_error(SEED_TYPES)),
    };
    Ok(Mt19937::from_key_array(&key))
}

/// A new `random.Random`, seeded as `Random(x)`.
pub fn new_instance(x: &Value) -> Result<Value> {
    let mt = seeded(x, &Value::int(2))?;
    Ok(Value::PyRandom(Rc::new(RefCell::new(PyRng::new(mt)))))
}

// ---- lookup -----------------------------------------------------------------------

/// `random.NAME`: a method of the hidden instance, or the `Random` class.
pub fn module_attr(it: &mut Interp, name: &str) -> Option<Value> {
    if name == "Random" {
        return Some(Value::Type(TypeObj::Random(CLASS)));
    }
    let def = METHODS.iter().find(|f| f.name == name)?;
    Some(Value::Method(Box::new(Value::PyRandom(global(it))), def))
}

/// `r.NAME` of a `random.Random`.
pub fn method_attr(this: &Value, name: &str) -> Option<Value> {
    let def = METHODS.iter().find(|f| f.name == name)?;
    Some(Value::Method(Box::new(this.clone()), def))
}

pub fn method_names() -> Vec<&'static str> {
    METHODS.iter().map(|f| f.name).collect()
}

pub fn module_members() -> Vec<&'static str> {
    METHODS
        .iter()
        .map(|f| f.name)
        .chain(std::iter::once("Random"))
        .collect()
}

/// `random._inst`, seeded from the OS on first use (as at import).
fn global(it: &mut Interp) -> PyRandomRef {
    it.py_random
        .get_or_insert_with(|| {
            Rc::new(RefCell::new(PyRng::new(Mt19937::from_key_array(&os_key()))))
        })
        .clone()
}

fn rng(args: &Args) -> Rc<RefCell<PyRng>> {
    match args.this() {
        Value::PyRandom(r) => r.clone(),
        _ => unreachable!("random.Random methods are bound to a Random"),
    }
}

// ---- arguments --------------------------------------------------------------------

/// randrange's conversion of each bound: `_index(v)`, else `int(v)` with
/// the deprecation warnings of Python 3.10+. They name randrange's caller,
/// and Python's default filters show a DeprecationWarning only when that
/// is `__main__`: not when `randint` (in module random) is the caller.
fn range_int(v: &Value, which: &str, shown: bool) -> Result<BigInt> {
    if let Ok(i) = super::builtins::index(v) {
        return Ok(i);
    }
    let i = to_int(v)?;
    if !pyops::equal(&i, v) {
        if shown {
            warn(
                "DeprecationWarning",
                "randrange() will raise TypeError in the future",
            );
        }
        return Err(Error::value_error(format!(
            "non-integer {which} for randrange()"
        )));
    }
    if shown {
        warn(
            "DeprecationWarning",
            "non-integer arguments to randrange() have been deprecated since Python 3.10 and will be removed in a subsequent version",
        );
    }
    match i {
        Value::Int(i) => Ok(i),
        _ => unreachable!("int() gives an int"),
    }
}

fn float_of(v: &Value) -> Result<f64> {
    match to_float(v)? {
        Value::Float(f) => Ok(f),
        _ => unreachable!("float() gives a float"),
    }
}

/// A count as `itertools.repeat(None, k)` takes it (negative is none).
fn repeat_count(v: &Value) -> Result<usize> {
    let k = super::builtins::index(v)?;
    if k.is_negative() {
        return Ok(0);
    }
    k.to_usize()
        .ok_or_else(|| Error::overflow_error("Python int too large to convert to C ssize_t"))
}

// ---- methods ----------------------------------------------------------------------

fn seed(_: &mut Interp, args: &Args) -> Result<Value> {
    let mt = seeded(&args.get("a"), &args.get("version"))?;
    let r = rng(args);
    let mut r = r.borrow_mut();
    r.mt = mt;
    r.gauss_next = Value::None;
    Ok(Value::None)
}

fn random(_: &mut Interp, args: &Args) -> Result<Value> {
    Ok(Value::Float(rng(args).borrow_mut().random()))
}

fn getrandbits(_: &mut Interp, args: &Args) -> Result<Value> {
    let k = super::builtins::index(&args.get("k"))?;
    let k = k
        .to_i32()
        .ok_or_else(|| Error::overflow_error("Python int too large to convert to C int"))?;
    if k < 0 {
        return Err(Error::value_error("number of bits must be non-negative"));
    }
    Ok(Value::Int(rng(args).borrow_mut().getrandbits(k as usize)))
}

/// `randrange(start, stop=None, step=1)`.
fn randrange(_: &mut Interp, args: &Args) -> Result<Value> {
    let step = args.get("step");
    // `step is not _ONE`: a literal 1 is the cached object, anything else is not.
    let step_is_one = !args.given("step") || matches!(&step, Value::Int(i) if i.is_one());
    randrange_core(
        &rng(args),
        &args.get("start"),
        &args.get("stop"),
        &step,
        step_is_one,
        true,
    )
}

fn randrange_core(
    r: &Rc<RefCell<PyRng>>,
    start: &Value,
    stop: &Value,
    step: &Value,
    step_is_one: bool,
    from_main: bool,
) -> Result<Value> {
    let istart = range_int(start, "arg 1", from_main)?;
    if let Value::None = stop {
        if !step_is_one {
            return Err(Error::type_error("Missing a non-None stop argument"));
        }
        if istart.is_positive() {
            return Ok(Value::Int(r.borrow_mut().randbelow(&istart)));
        }
        return Err(Error::value_error("empty range for randrange()"));
    }
    let istop = range_int(stop, "stop", from_main)?;
    let width = &istop - &istart;
    let istep = range_int(step, "step", from_main)?;
    if istep.is_one() {
        if width.is_positive() {
            return Ok(Value::Int(istart + r.borrow_mut().randbelow(&width)));
        }
        return Err(Error::value_error(format!(
            "empty range for randrange() ({istart}, {istop}, {width})"
        )));
    }
    let n = if istep.is_positive() {
        (width + &istep - BigInt::one()).div_floor(&istep)
    } else if istep.is_negative() {
        (width + &istep + BigInt::one()).div_floor(&istep)
    } else {
        return Err(Error::value_error("zero step for randrange()"));
    };
    if !n.is_positive() {
        return Err(Error::value_error("empty range for randrange()"));
    }
    let k = r.borrow_mut().randbelow(&n);
    Ok(Value::Int(istart + istep * k))
}

fn randint(it: &mut Interp, args: &Args) -> Result<Value> {
    let stop = it.binary(BinOp::Add, &args.get("b"), &Value::int(1))?;
    randrange_core(
        &rng(args),
        &args.get("a"),
        &stop,
        &Value::int(1),
        true,
        false,
    )
}

fn choice(it: &mut Interp, args: &Args) -> Result<Value> {
    let seq = args.get("seq");
    let n = len_of(&seq)?;
    if n == 0 {
        return Err(Error::index_error("Cannot choose from an empty sequence"));
    }
    let i = rng(args).borrow_mut().randbelow_u64(n as u64);
    it.getitem(&seq, &Value::int(i))
}

/// Fisher–Yates from the end: `x[i], x[j] = x[j], x[i]` with j = randbelow(i + 1).
fn shuffle(it: &mut Interp, args: &Args) -> Result<Value> {
    let x = args.get("x");
    let n = len_of(&x)?;
    let r = rng(args);
    for i in (1..n).rev() {
        let j = r.borrow_mut().randbelow_u64(i as u64 + 1) as usize;
        if let Value::List(l) = &x {
            l.borrow_mut().swap(i, j);
            continue;
        }
        let (xi, xj) = (Value::int(i), Value::int(j));
        let at_j = it.getitem(&x, &xj)?;
        let at_i = it.getitem(&x, &xi)?;
        it.setitem(&x, &xi, at_j)?;
        it.setitem(&x, &xj, at_i)?;
    }
    Ok(Value::None)
}

/// `bool(a OP b)` with Python's comparison (NumPy scalars included).
fn holds(it: &mut Interp, op: CmpOp, a: &Value, b: &Value) -> Result<bool> {
    let v = it.compare(op, a, b)?;
    it.truthy(&v)
}

/// `bisect.bisect_right(a, x, lo, hi)` with Python's `<`.
fn bisect_right(
    it: &mut Interp,
    a: &[Value],
    x: &Value,
    mut lo: usize,
    mut hi: usize,
) -> Result<usize> {
    while lo < hi {
        let mid = (lo + hi) / 2;
        if holds(it, CmpOp::Lt, x, &a[mid])? {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    Ok(lo)
}

/// `list(itertools.accumulate(xs))` with Python's `+`.
fn accumulate(it: &mut Interp, xs: Vec<Value>) -> Result<Vec<Value>> {
    let mut out: Vec<Value> = Vec::with_capacity(xs.len());
    for x in xs {
        let next = match out.last() {
            Some(total) => it.binary(BinOp::Add, total, &x)?,
            None => x,
        };
        out.push(next);
    }
    Ok(out)
}

fn sample(it: &mut Interp, args: &Args) -> Result<Value> {
    let population = args.get("population");
    if !matches!(
        population,
        Value::List(_) | Value::Tuple(_) | Value::Str(_) | Value::NpStr(_) | Value::Range(_)
    ) {
        return Err(Error::type_error(
            "Population must be a sequence.  For dicts or sets, use sorted(d).",
        ));
    }
    let n = len_of(&population)?;
    let k = args.get("k");
    let counts = args.get("counts");
    if !matches!(counts, Value::None) {
        let items = it.iterate(&counts)?;
        let mut cum_counts = accumulate(it, items)?;
        if cum_counts.len() != n {
            return Err(Error::value_error(
                "The number of counts does not match the population",
            ));
        }
        let total = cum_counts
            .pop()
            .ok_or_else(|| Error::index_error("pop from empty list"))?;
        let Some(total) = (match &total {
            Value::Int(_) | Value::Bool(_) => super::builtins::index(&total).ok(),
            _ => None,
        }) else {
            return Err(Error::type_error("Counts must be integers"));
        };
        if !total.is_positive() {
            return Err(Error::value_error(
                "Total of counts must be greater than zero",
            ));
        }
        let total = total
            .to_i64()
            .ok_or_else(|| Error::overflow_error("Python int too large to convert to C ssize_t"))?;
        let picks: Vec<i64> = sample_indices(it, args, total as usize, &k, None)?;
        let mut out = Vec::with_capacity(picks.len());
        for s in picks {
            let i = bisect_right(it, &cum_counts, &Value::int(s), 0, cum_counts.len())?;
            out.push(it.getitem(&population, &Value::int(i))?);
        }
        return Ok(Value::list(out));
    }
    let picks: Vec<(usize, Value)> = sample_indices(it, args, n, &k, Some(&population))?;
    Ok(Value::list(picks.into_iter().map(|v| v.1).collect()))
}

/// `sample(range(n), k)` when `population` is None, else the items of
/// `population` picked: the pool branch for a short population, the set
/// branch otherwise (random.py's `setsize` rule).
fn sample_indices<T: FromPick>(
    it: &mut Interp,
    args: &Args,
    n: usize,
    k: &Value,
    population: Option<&Value>,
) -> Result<Vec<T>> {
    let in_range =
        holds(it, CmpOp::Le, &Value::int(0), k)? && holds(it, CmpOp::Le, k, &Value::int(n))?;
    if !in_range {
        return Err(Error::value_error(
            "Sample larger than population or is negative",
        ));
    }
    let Some(k) = super::builtins::index(k).ok().and_then(|k| k.to_usize()) else {
        return Err(Error::type_error(format!(
            "can't multiply sequence by non-int of type '{}'",
            k.type_name()
        )));
    };
    let r = rng(args);
    let mut setsize: u128 = 21;
    if k > 5 {
        let power = ((k * 3) as f64).ln() / 4f64.ln();
        setsize += 4u128.saturating_pow(power.ceil() as u32);
    }
    let mut out = Vec::with_capacity(k);
    if n as u128 <= setsize {
        let mut pool: Vec<Value> = match population {
            Some(p) => it.iterate(p)?,
            None => (0..n).map(Value::int).collect(),
        };
        for i in 0..k {
            let j = r.borrow_mut().randbelow_u64((n - i) as u64) as usize;
            out.push(T::from_pick(j, pool[j].clone()));
            pool[j] = pool[n - i - 1].clone();
        }
    } else {
        let mut selected = std::collections::HashSet::with_capacity(k);
        for _ in 0..k {
            let mut j = r.borrow_mut().randbelow_u64(n as u64);
            while selected.contains(&j) {
                j = r.borrow_mut().randbelow_u64(n as u64);
            }
            selected.insert(j);
            let item = match population {
                Some(p) => it.getitem(p, &Value::int(j))?,
                None => Value::int(j),
            };
            out.push(T::from_pick(j as usize, item));
        }
    }
    Ok(out)
}

/// What `sample_indices` collects: the picked item (with its index).
trait FromPick {
    fn from_pick(index: usize, item: Value) -> Self;
}

impl FromPick for (usize, Value) {
    fn from_pick(index: usize, item: Value) -> Self {
        (index, item)
    }
}

impl FromPick for i64 {
    fn from_pick(_: usize, item: Value) -> Self {
        match item {
            Value::Int(i) => i.to_i64().unwrap_or(0),
            _ => 0,
        }
    }
}

fn choices(it: &mut Interp, args: &Args) -> Result<Value> {
    let population = args.get("population");
    let n = len_of(&population)?;
    let weights = args.get("weights");
    let cum_weights = args.get("cum_weights");
    let r = rng(args);
    let cum = match (&weights, &cum_weights) {
        (Value::None, Value::None) => {
            let k = repeat_count(&args.get("k"))?;
            let nf = n as f64;
            let mut out = Vec::with_capacity(k.min(1 << 20));
            for _ in 0..k {
                let i = (r.borrow_mut().random() * nf).floor();
                out.push(it.getitem(&population, &Value::int(i as i64))?);
            }
            return Ok(Value::list(out));
        }
        (_, Value::None) => {
            let items = match it.iterate(&weights) {
                Ok(items) => items,
                Err(e) if e.class == Exc::TypeError => {
                    if let Value::Int(k) = &weights {
                        return Err(Error::type_error(format!(
                            "The number of choices must be a keyword argument: k={k}"
                        )));
                    }
                    return Err(e);
                }
                Err(e) => return Err(e),
            };
            accumulate(it, items)?
        }
        (Value::None, _) => it.iterate(&cum_weights)?,
        _ => {
            return Err(Error::type_error(
                "Cannot specify both weights and cumulative weights",
            ));
        }
    };
    if cum.len() != n {
        return Err(Error::value_error(
            "The number of weights does not match the population",
        ));
    }
    let last = cum
        .last()
        .ok_or_else(|| Error::index_error("list index out of range"))?;
    let total = it.binary(BinOp::Add, last, &Value::Float(0.0))?;
    if holds(it, CmpOp::Le, &total, &Value::Float(0.0))? {
        return Err(Error::value_error(
            "Total of weights must be greater than zero",
        ));
    }
    if !float_of(&total)?.is_finite() {
        return Err(Error::value_error("Total of weights must be finite"));
    }
    let k = repeat_count(&args.get("k"))?;
    let hi = n - 1;
    let mut out = Vec::with_capacity(k.min(1 << 20));
    for _ in 0..k {
        let u = Value::Float(r.borrow_mut().random());
        let x = it.binary(BinOp::Mul, &u, &total)?;
        let i = bisect_right(it, &cum, &x, 0, hi)?;
        out.push(it.getitem(&population, &Value::int(i))?);
    }
    Ok(Value::list(out))
}

/// `mu + z * sigma` with Python's arithmetic (ints, floats, NumPy scalars).
fn shift_scale(it: &mut Interp, z: f64, mu: &Value, sigma: &Value) -> Result<Value> {
    let scaled = it.binary(BinOp::Mul, &Value::Float(z), sigma)?;
    it.binary(BinOp::Add, mu, &scaled)
}

fn uniform(it: &mut Interp, args: &Args) -> Result<Value> {
    let (a, b) = (args.get("a"), args.get("b"));
    let width = it.binary(BinOp::Sub, &b, &a)?;
    let u = Value::Float(rng(args).borrow_mut().random());
    let scaled = it.binary(BinOp::Mul, &width, &u)?;
    it.binary(BinOp::Add, &a, &scaled)
}

fn gauss(it: &mut Interp, args: &Args) -> Result<Value> {
    let r = rng(args);
    let z = {
        let mut r = r.borrow_mut();
        let z = std::mem::replace(&mut r.gauss_next, Value::None);
        match z {
            Value::None => {
                let x2pi = r.random() * std::f64::consts::TAU;
                let g2rad = (-2.0 * (1.0 - r.random()).ln()).sqrt();
                r.gauss_next = Value::Float(x2pi.sin() * g2rad);
                Value::Float(x2pi.cos() * g2rad)
            }
            z => z,
        }
    };
    let scaled = it.binary(BinOp::Mul, &z, &args.get("sigma"))?;
    it.binary(BinOp::Add, &args.get("mu"), &scaled)
}

/// Kinderman and Monahan's ratio of uniforms.
fn normal_draw(r: &Rc<RefCell<PyRng>>) -> f64 {
    let nv_magicconst = 4.0 * (-0.5f64).exp() / 2f64.sqrt();
    let mut r = r.borrow_mut();
    loop {
        let u1 = r.random();
        let u2 = 1.0 - r.random();
        let z = nv_magicconst * (u1 - 0.5) / u2;
        let zz = z * z / 4.0;
        if zz <= -u2.ln() {
            return z;
        }
    }
}

fn normalvariate(it: &mut Interp, args: &Args) -> Result<Value> {
    let z = normal_draw(&rng(args));
    shift_scale(it, z, &args.get("mu"), &args.get("sigma"))
}

fn lognormvariate(it: &mut Interp, args: &Args) -> Result<Value> {
    let z = normal_draw(&rng(args));
    let x = shift_scale(it, z, &args.get("mu"), &args.get("sigma"))?;
    let e = float_of(&x)?.exp();
    if e.is_infinite() {
        return Err(Error::overflow_error("math range error"));
    }
    Ok(Value::Float(e))
}

fn expovariate(it: &mut Interp, args: &Args) -> Result<Value> {
    let u = rng(args).borrow_mut().random();
    it.binary(
        BinOp::Div,
        &Value::Float(-(1.0 - u).ln()),
        &args.get("lambd"),
    )
}

fn paretovariate(it: &mut Interp, args: &Args) -> Result<Value> {
    let u = Value::Float(1.0 - rng(args).borrow_mut().random());
    let power = it.binary(BinOp::Div, &Value::Float(-1.0), &args.get("alpha"))?;
    it.binary(BinOp::Pow, &u, &power)
}

fn weibullvariate(it: &mut Interp, args: &Args) -> Result<Value> {
    let u = 1.0 - rng(args).borrow_mut().random();
    let power = it.binary(BinOp::Div, &Value::Float(1.0), &args.get("beta"))?;
    let p = it.binary(BinOp::Pow, &Value::Float(-u.ln()), &power)?;
    it.binary(BinOp::Mul, &args.get("alpha"), &p)
}

/// `(3, (624 key words..., position), gauss_next)`.
fn getstate(_: &mut Interp, args: &Args) -> Result<Value> {
    let r = rng(args);
    let r = r.borrow();
    let (words, pos) = r.mt.state();
    let mut internal: Vec<Value> = words.iter().map(|&w| Value::int(w)).collect();
    internal.push(Value::int(pos));
    Ok(Value::tuple(vec![
        Value::int(3),
        Value::tuple(internal),
        r.gauss_next.clone(),
    ]))
}

fn setstate(it: &mut Interp, args: &Args) -> Result<Value> {
    let state = args.get("state");
    let version = it.getitem(&state, &Value::int(0))?;
    let v3 = pyops::equal(&version, &Value::int(3));
    if !v3 && !pyops::equal(&version, &Value::int(2)) {
        return Err(Error::value_error(format!(
            "state with version {} passed to Random.setstate() of version 3",
            super::repr::str(&version, &it.print_options)
        )));
    }
    let parts = it.iterate(&state)?;
    match parts.len() {
        3 => {}
        n if n < 3 => {
            return Err(Error::value_error(format!(
                "not enough values to unpack (expected 3, got {n})"
            )));
        }
        _ => {
            return Err(Error::value_error("too many values to unpack (expected 3)"));
        }
    }
    let r = rng(args);
    r.borrow_mut().gauss_next = parts[2].clone();
    let mut internal = parts[1].clone();
    if !v3 {
        // Version 2 kept signed ints: `x % 2**32` each.
        let items = it.iterate(&internal)?;
        let modulus = Value::int(1u64 << 32);
        let mut wrapped = Vec::with_capacity(items.len());
        for x in &items {
            wrapped.push(it.binary(BinOp::Mod, x, &modulus)?);
        }
        internal = Value::tuple(wrapped);
    }
    let Value::Tuple(items) = internal else {
        return Err(Error::type_error("state vector must be a tuple"));
    };
    if items.len() != MT_WORDS + 1 {
        return Err(Error::value_error("state vector is the wrong size"));
    }
    let mut words = [0u32; MT_WORDS];
    for (slot, item) in words.iter_mut().zip(items.iter()) {
        *slot = unsigned_long(item)? as u32;
    }
    let pos = match super::builtins::index(&items[MT_WORDS]) {
        Ok(i) => i
            .to_i64()
            .ok_or_else(|| Error::overflow_error("Python int too large to convert to C long"))?,
        Err(_) => return Err(Error::type_error(integer_required(&items[MT_WORDS]))),
    };
    if !(0..=MT_WORDS as i64).contains(&pos) {
        return Err(Error::value_error("invalid state"));
    }
    r.borrow_mut().mt = Mt19937::from_state(&words, pos as usize);
    Ok(Value::None)
}

fn integer_required(v: &Value) -> String {
    format!(
        "'{}' object cannot be interpreted as an integer",
        v.type_name()
    )
}

/// `PyLong_AsUnsignedLong`.
fn unsigned_long(v: &Value) -> Result<u64> {
    let Value::Int(i) = v else {
        return match v {
            Value::Bool(b) => Ok(*b as u64),
            _ => Err(Error::type_error(integer_required(v))),
        };
    };
    if i.is_negative() {
        return Err(Error::overflow_error(
            "can't convert negative value to unsigned int",
        ));
    }
    i.to_u64()
        .ok_or_else(|| Error::overflow_error("Python int too large to convert to C unsigned long"))
}

/// `random.Random(x=None)`.
fn construct(_: &mut Interp, args: &Args) -> Result<Value> {
    new_instance(&args.get("x"))
}

// ---- the table ----------------------------------------------------------------------

/// A method written in Python in random.py (Python's argument messages).
macro_rules! py_method {
    ($name:literal, $qual:literal, [$($p:expr),*], $doc:literal, [$($ex:literal),*], $imp:expr) => {
        FnDef {
            name: $name,
            owner: Owner::PyMethod,
            error_name: Some($qual),
            params: &[$($p),*],
            doc: $doc,
            examples: &[$($ex),*],
            imp: $imp,
        }
    };
}

/// A method of the C base class `_random.Random`.
macro_rules! c_method {
    ($name:literal, $qual:literal, [$($p:expr),*], $doc:literal, [$($ex:literal),*], $imp:expr) => {
        FnDef {
            name: $name,
            owner: Owner::Builtin,
            error_name: Some($qual),
            params: &[$($p),*],
            doc: $doc,
            examples: &[$($ex),*],
            imp: $imp,
        }
    };
}

const MU: super::table::Param = p!(Normal "mu" = "0.0", "The mean.");
const SIGMA: super::table::Param = p!(Normal "sigma" = "1.0", "The standard deviation.");

pub static RANDOM_CLASS: FnDef = FnDef {
    name: "Random",
    owner: Owner::PyMethod,
    error_name: Some("Random.__init__"),
    params: &[p!(Normal "x" = "None", "The seed: an int, a float, a str, or None for OS entropy.")],
    doc: "A random number generator of its own (MT19937), with the methods of the random module.",
    examples: &["random.Random(42).random()"],
    imp: construct,
};

pub static METHODS: &[FnDef] = &[
    py_method!(
        "seed",
        "Random.seed",
        [
            p!(Normal "a" = "None", "An int, a float, a str, or None for OS entropy."),
            p!(Normal "version" = "2", "2 hashes a str with SHA-512; 1 is Python 2's hash.")
        ],
        "Reseeds the generator: the same seed gives CPython's numbers, bit for bit.",
        ["random.seed(42)"],
        seed
    ),
    c_method!(
        "random",
        "Random.random",
        [],
        "A float in [0, 1) from 53 random bits.",
        ["random.random()"],
        random
    ),
    c_method!(
        "getrandbits",
        "Random.getrandbits",
        [p!(PositionalOnly "k", "How many bits.")],
        "A non-negative int with k random bits.",
        ["random.getrandbits(8)"],
        getrandbits
    ),
    py_method!(
        "randrange",
        "Random.randrange",
        [
            p!(Normal "start", "The start, or the stop when it is the only argument."),
            p!(Normal "stop" = "None", "The end (excluded)."),
            p!(Normal "step" = "1", "The step.")
        ],
        "A random item of range(start, stop, step).",
        ["random.randrange(10)", "random.randrange(0, 10, 2)"],
        randrange
    ),
    py_method!(
        "randint",
        "Random.randint",
        [
            p!(Normal "a", "The lowest value."),
            p!(Normal "b", "The highest value (included).")
        ],
        "A random int in [a, b], both ends included.",
        ["random.randint(1, 6)"],
        randint
    ),
    py_method!(
        "choice",
        "Random.choice",
        [p!(Normal "seq", "A non-empty sequence.")],
        "A random item of the sequence.",
        ["random.choice([-1, 1])"],
        choice
    ),
    py_method!(
        "choices",
        "Random.choices",
        [
            p!(Normal "population", "A sequence."),
            p!(Normal "weights" = "None", "Relative weights of the items."),
            p!(KeywordOnly "cum_weights" = "None", "Cumulative weights (instead of weights)."),
            p!(KeywordOnly "k" = "1", "How many items.")
        ],
        "k items chosen with replacement, weighted if weights are given.",
        [
            "random.choices([-1, 1], k=5)",
            "random.choices('ab', weights=[9, 1], k=3)"
        ],
        choices
    ),
    py_method!(
        "shuffle",
        "Random.shuffle",
        [p!(Normal "x", "A mutable sequence (a list).")],
        "Shuffles the sequence in place (Fisher-Yates from the end); returns None.",
        [],
        shuffle
    ),
    py_method!(
        "sample",
        "Random.sample",
        [
            p!(Normal "population", "A sequence (a list, tuple, str or range)."),
            p!(Normal "k", "How many items."),
            p!(KeywordOnly "counts" = "None", "How often each item repeats.")
        ],
        "k distinct positions of the population, in selection order.",
        ["random.sample(range(10), 3)"],
        sample
    ),
    py_method!(
        "uniform",
        "Random.uniform",
        [p!(Normal "a", "One end."), p!(Normal "b", "The other end.")],
        "A float a + (b-a) * random().",
        ["random.uniform(-1, 1)"],
        uniform
    ),
    py_method!(
        "gauss",
        "Random.gauss",
        [MU, SIGMA],
        "A normal draw by Box-Muller; the second draw of each pair is kept for the next call.",
        ["random.gauss(0, 1)"],
        gauss
    ),
    py_method!(
        "normalvariate",
        "Random.normalvariate",
        [MU, SIGMA],
        "A normal draw by Kinderman and Monahan's ratio of uniforms.",
        ["random.normalvariate(0, 1)"],
        normalvariate
    ),
    py_method!(
        "lognormvariate",
        "Random.lognormvariate",
        [
            p!(Normal "mu", "The mean of the logarithm."),
            p!(Normal "sigma", "The standard deviation of the logarithm.")
        ],
        "exp() of a normalvariate draw.",
        ["random.lognormvariate(0, 1)"],
        lognormvariate
    ),
    py_method!(
        "expovariate",
        "Random.expovariate",
        [p!(Normal "lambd", "The rate: 1 / mean.")],
        "An exponential draw, -log(1 - random()) / lambd.",
        ["random.expovariate(2)"],
        expovariate
    ),
    py_method!(
        "paretovariate",
        "Random.paretovariate",
        [p!(Normal "alpha", "The shape.")],
        "A Pareto draw.",
        ["random.paretovariate(3)"],
        paretovariate
    ),
    py_method!(
        "weibullvariate",
        "Random.weibullvariate",
        [
            p!(Normal "alpha", "The scale."),
            p!(Normal "beta", "The shape.")
        ],
        "A Weibull draw.",
        ["random.weibullvariate(1, 2)"],
        weibullvariate
    ),
    py_method!(
        "getstate",
        "Random.getstate",
        [],
        "The generator's state, for setstate().",
        [],
        getstate
    ),
    py_method!(
        "setstate",
        "Random.setstate",
        [p!(Normal "state", "A state from getstate().")],
        "Restores a state from getstate(): the same draws follow again.",
        [],
        setstate
    ),
];

#[cfg(test)]
mod tests {
    use super::*;

    // Oracle: hash(x) in CPython 3.11 for these floats.
    #[test]
    fn float_hashes_match_cpython() {
        assert_eq!(hash_float(1.5), Some(1_152_921_504_606_846_977));
        assert_eq!(hash_float(-1.0), Some(-2));
        assert_eq!(hash_float(0.1), Some(230_584_300_921_369_408));
        assert_eq!(hash_float(1e300), Some(1_224_995_262_755_759_164));
        assert_eq!(hash_float(5e-324), Some(16_777_216));
    }
}
