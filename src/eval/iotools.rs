//! numpy/lib/_iotools.py for `np.genfromtxt`: `LineSplitter` (a line into
//! fields) and `StringConverter` (a field into a value, with the upgrade
//! chain bool → int → float → complex → longdouble → … → str that guesses a
//! column's type when `dtype=None`).

use super::Interp;
use super::value::{TypeObj, Value};
use crate::array::{Abstract, DType};
use crate::error::{Error, Exc, Result, Span};
use num_traits::ToPrimitive;

/// How a line is cut into fields (`LineSplitter.__init__`).
pub enum Cut {
    /// At a separator string; None splits at runs of whitespace.
    Delimited(Option<String>),
    /// Into chunks of this many characters (none when not positive, as
    /// `range(0, len(line), width)` is then empty).
    Fixed(i64),
    /// At these (start, stop) slices, the cumulative sums of the widths.
    Widths(Vec<(i64, i64)>),
}

pub struct LineSplitter {
    pub comments: Option<String>,
    pub cut: Cut,
    pub autostrip: bool,
}

/// Python's `str.strip()` (no argument).
pub fn py_strip(s: &str) -> &str {
    s.trim_matches(super::loadtxt::is_space)
}

/// `s[start:stop]` on characters, with Python's clamping.
fn py_slice(chars: &[char], start: i64, stop: i64) -> String {
    let n = chars.len() as i64;
    let clamp = |i: i64| if i < 0 { (i + n).max(0) } else { i.min(n) } as usize;
    let (a, b) = (clamp(start), clamp(stop));
    if a >= b {
        return String::new();
    }
    chars[a..b].iter().collect()
}

impl LineSplitter {
    pub fn split(&self, line: &str) -> Result<Vec<String>> {
        let line = match &self.comments {
            Some(c) if c.is_empty() => return Err(Error::value_error("empty separator")),
            Some(c) => line.split(c.as_str()).next().unwrap_or(""),
            None => line,
        };
        let fields: Vec<String> = match &self.cut {
            Cut::Delimited(sep) => {
                let line = line.trim_matches([' ', '\r', '\n']);
                if line.is_empty() {
                    return Ok(vec![]);
                }
                match sep {
                    None => line
                        .split(super::loadtxt::is_space)
                        .filter(|f| !f.is_empty())
                        .map(String::from)
                        .collect(),
                    Some(d) => line.split(d.as_str()).map(String::from).collect(),
                }
            }
            Cut::Fixed(width) if *width <= 0 => vec![],
            Cut::Fixed(width) => {
                let line = line.trim_matches(['\r', '\n']);
                let chars: Vec<char> = line.chars().collect();
                chars
                    .chunks(*width as usize)
                    .map(|c| c.iter().collect())
                    .collect()
            }
            Cut::Widths(slices) => {
                if line.is_empty() {
                    return Ok(vec![]);
                }
                let chars: Vec<char> = line.chars().collect();
                slices
                    .iter()
                    .map(|&(a, b)| py_slice(&chars, a, b))
                    .collect()
            }
        };
        Ok(match self.autostrip {
            true => fields.iter().map(|f| py_strip(f).to_string()).collect(),
            false => fields,
        })
    }
}

/// The function a converter applies to a field's text.
#[derive(Clone, Copy, PartialEq)]
pub enum Func {
    /// `_iotools.str2bool`: "true"/"false" in any case, nothing else.
    Str2Bool,
    /// Python's `int`.
    Int,
    /// `np.int64` / `np.uint64`, which `StringConverter` uses for those dtypes.
    NpInt(DType),
    /// `lambda x: int(float(x))`, for the other integer dtypes.
    IntOfFloat,
    Float,
    Complex,
    LongDouble,
    Str,
}

/// A converter's `type`: a dtype, or one of the abstract classes the
/// upgrade chain passes through.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub enum ColType {
    Concrete(DType),
    LongDouble,
    Abstract(Abstract),
    Str,
    /// What a user's converter that failed on its test value gives.
    Object,
}

impl ColType {
    /// The dtype argument `np.array` gets for this type.
    pub fn dtype_value(self) -> Result<Value> {
        Ok(match self {
            ColType::Concrete(d) => Value::Type(TypeObj::Scalar(d)),
            ColType::Abstract(a) => Value::Type(TypeObj::Abstract(a)),
            ColType::Str => Value::Type(TypeObj::Str),
            ColType::LongDouble => return Err(longdouble_refusal()),
            ColType::Object => {
                return Err(Error::new(
                    Exc::NotImplementedError,
                    "npcalc does not support np.genfromtxt columns of objects, which a converter failing on the first row's field makes",
                ));
            }
        })
    }
}

fn longdouble_refusal() -> Error {
    Error::new(
        Exc::NotImplementedError,
        "npcalc does not support the longdouble dtype np.genfromtxt guesses for hexadecimal floats",
    )
}

/// `StringConverter._mapper` on a 64-bit platform (where `int_` is int64),
/// without the unreachable bytes entry after str.
const MAPPER: [(ColType, Func); 9] = [
    (ColType::Concrete(DType::Bool), Func::Str2Bool),
    (ColType::Concrete(DType::Int64), Func::Int),
    (ColType::Concrete(DType::Float64), Func::Float),
    (ColType::Concrete(DType::Complex128), Func::Complex),
    (ColType::LongDouble, Func::LongDouble),
    (ColType::Abstract(Abstract::Integer), Func::Int),
    (ColType::Abstract(Abstract::Floating), Func::Float),
    (ColType::Abstract(Abstract::ComplexFloating), Func::Complex),
    (ColType::Str, Func::Str),
];

/// The default (the value of a field that does not convert) of a mapper entry.
fn mapper_default(func: Func) -> Value {
    match func {
        Func::Str2Bool => Value::Bool(false),
        Func::Int | Func::NpInt(_) | Func::IntOfFloat => Value::int(-1),
        Func::Float | Func::LongDouble => Value::Float(f64::NAN),
        Func::Complex => Value::Complex(num_complex::Complex64::new(f64::NAN, 0.0)),
        Func::Str => Value::str("???"),
    }
}

pub struct StringConverter {
    pub func: Func,
    /// A function from `converters`, which replaces `func`.
    user: Option<Value>,
    locked: bool,
    pub ty: ColType,
    status: usize,
    pub default: Value,
    initial_default: Option<Value>,
    pub missing: Vec<String>,
    /// Whether an upgrade pass vouched for `ty` (a bool column of only
    /// missing fields is not, and then does not decide a uniform dtype).
    pub checked: bool,
}

impl StringConverter {
    /// `StringConverter(None, missing_values=…, default=…)`: a guessing one.
    pub fn guessing(missing: Vec<String>, default: Option<Value>, it: &mut Interp) -> Result<Self> {
        let start = match &default {
            Some(d) if it.truthy(d)? => d.clone(),
            _ => Value::Bool(false),
        };
        Ok(Self {
            func: Func::Str2Bool,
            user: None,
            locked: false,
            ty: MAPPER[0].0,
            status: 0,
            default: start,
            initial_default: default,
            missing,
            checked: false,
        })
    }

    /// `StringConverter(dtype, locked=True, …)` for a dtype the caller gave.
    pub fn locked(ty: ColType, missing: Vec<String>, default: Option<Value>) -> Self {
        let func = match ty {
            ColType::Concrete(DType::Bool) => Func::Str2Bool,
            ColType::Concrete(d @ (DType::Int64 | DType::UInt64)) => Func::NpInt(d),
            ColType::Concrete(d) if d.is_integer() => Func::IntOfFloat,
            ColType::Concrete(d) if d.kind() == crate::array::Kind::Complex => Func::Complex,
            ColType::Str => Func::Str,
            _ => Func::Float,
        };
        Self {
            func,
            user: None,
            locked: true,
            ty,
            status: 0,
            default: default.clone().unwrap_or_else(|| mapper_default(func)),
            initial_default: default,
            missing,
            checked: false,
        }
    }

    fn apply(&self, it: &mut Interp, value: &str) -> Result<Value> {
        let text = Value::str(value);
        if let Some(f) = &self.user {
            return super::classes::call_with(it, f, vec![text]);
        }
        let call = |it: &mut Interp, t: TypeObj, v: Value| {
            super::classes::call_with(it, &Value::Type(t), vec![v])
        };
        match self.func {
            Func::Str2Bool => match value.to_uppercase().as_str() {
                "TRUE" => Ok(Value::Bool(true)),
                "FALSE" => Ok(Value::Bool(false)),
                _ => Err(Error::value_error("Invalid boolean")),
            },
            Func::Int => call(it, TypeObj::Int, text),
            Func::NpInt(d) => call(it, TypeObj::Scalar(d), text),
            Func::IntOfFloat => {
                let f = call(it, TypeObj::Float, text)?;
                call(it, TypeObj::Int, f)
            }
            Func::Float => call(it, TypeObj::Float, text),
            Func::Complex => call(it, TypeObj::Complex, text),
            Func::LongDouble => {
                // `np.longdouble` parses as C's strtold: beyond what
                // `float` takes (tried first), that is hexadecimal floats.
                let body = py_strip(value).trim_start_matches(['+', '-']);
                if body.len() > 2 && body[..2].eq_ignore_ascii_case("0x") {
                    return Err(longdouble_refusal());
                }
                Err(Error::value_error(format!(
                    "invalid literal for long double: {value}"
                )))
            }
            Func::Str => Ok(text),
        }
    }

    /// `_loose_call`: a field that does not convert takes the default.
    pub fn loose(&self, it: &mut Interp, value: &str) -> Result<Value> {
        match self.apply(it, value) {
            Err(e) if e.class.is_a(Exc::ValueError) => Ok(self.default.clone()),
            r => r,
        }
    }

    /// `_strict_call`: only a missing value takes the default.
    pub fn strict(&mut self, it: &mut Interp, value: &str, span: Span) -> Result<Value> {
        let converted = self.apply(it, value).and_then(|v| {
            if self.func == Func::Int && self.user.is_none() {
                // `np.array(value, dtype=self.type)`, its OverflowError
                // turned into a ValueError.
                match self.ty {
                    ColType::Concrete(DType::Int64) => {
                        if let Value::Int(n) = &v
                            && n.to_i64().is_none()
                        {
                            return Err(Error::value_error("Python int too large"));
                        }
                    }
                    ty => {
                        let dtype = ty.dtype_value()?;
                        super::linalg::np_call(
                            it,
                            "array",
                            vec![Value::str(value)],
                            vec![("dtype", dtype)],
                            span,
                        )?;
                    }
                }
            }
            Ok(v)
        });
        match converted {
            Err(e) if e.class.is_a(Exc::ValueError) => {
                if self.missing.iter().any(|m| m == py_strip(value)) {
                    if self.status == 0 {
                        self.checked = false;
                    }
                    return Ok(self.default.clone());
                }
                Err(Error::value_error(format!(
                    "Cannot convert string '{value}'"
                )))
            }
            r => r,
        }
    }

    /// `_do_upgrade`: the next entry of the chain.
    fn upgrade(&mut self) -> Result<()> {
        if self.locked {
            return Err(Error::new(
                Exc::ConverterError,
                "Converter is locked and cannot be upgraded",
            ));
        }
        if self.status < MAPPER.len() - 1 {
            self.status += 1;
        }
        let (ty, func) = MAPPER[self.status];
        self.ty = ty;
        self.func = func;
        self.default = self
            .initial_default
            .clone()
            .unwrap_or_else(|| mapper_default(func));
        Ok(())
    }

    /// `iterupgrade`: upgrade until every field of the column converts.
    /// A locked converter that would need upgrading fails with the index
    /// and text of the first field it cannot convert.
    pub fn iterupgrade(
        &mut self,
        it: &mut Interp,
        column: &[&str],
        span: Span,
    ) -> Result<std::result::Result<(), (usize, String)>> {
        'again: loop {
            self.checked = true;
            for (j, value) in column.iter().enumerate() {
                crate::array::signals::check_interrupt()?;
                match self.strict(it, value, span) {
                    Ok(_) => {}
                    Err(e) if e.class.is_a(Exc::ValueError) => {
                        if self.locked {
                            return Ok(Err((j, value.to_string())));
                        }
                        self.upgrade()?;
                        continue 'again;
                    }
                    Err(e) => return Err(e),
                }
            }
            return Ok(Ok(()));
        }
    }

    /// `update`: a user's converter `f` takes over, its type that of the
    /// filling value, else of what it makes of the first row's field.
    pub fn update(
        &mut self,
        it: &mut Interp,
        f: Value,
        default: Option<Value>,
        testing: Option<&str>,
        missing: &[String],
    ) -> Result<()> {
        self.user = Some(f.clone());
        self.locked = true;
        let sample = match default {
            Some(d) => {
                self.default = d.clone();
                Some(d)
            }
            None => {
                let probe = Value::str(testing.filter(|t| !t.is_empty()).unwrap_or("1"));
                match super::classes::call_with(it, &f, vec![probe]) {
                    Ok(v) => Some(v),
                    Err(e) if e.class.is_a(Exc::TypeError) || e.class.is_a(Exc::ValueError) => None,
                    Err(e) => return Err(e),
                }
            }
        };
        self.ty = match &sample {
            Some(Value::Bool(_)) => ColType::Concrete(DType::Bool),
            Some(Value::Int(n)) if n.to_i64().is_some() => ColType::Concrete(DType::Int64),
            Some(Value::Float(_)) => ColType::Concrete(DType::Float64),
            Some(Value::Complex(_)) => ColType::Concrete(DType::Complex128),
            Some(Value::Str(_)) => ColType::Str,
            Some(Value::Scalar(s)) => ColType::Concrete(s.dtype()),
            // `np.array(None)` and the like hold objects.
            _ => ColType::Object,
        };
        for m in missing {
            if !self.missing.contains(m) {
                self.missing.push(m.clone());
            }
        }
        Ok(())
    }
}
