//! `matplotlib.ticker`, as far as lessons use it: `PercentFormatter` and
//! `FuncFormatter`, set on an axis with `ax.yaxis.set_major_formatter(...)`
//! (a Pareto chart's cumulative-percentage axis, savings in thousands) and
//! called for a tick's text. The percentage text is `ticker.py`'s:
//! `format_pct` picks the decimals from the axis' view range, and
//! `__call__` swaps '-' for the Unicode minus (`fix_minus`); a
//! FuncFormatter's is whatever its function returns for `(x, pos)`.

use super::pyplot::{self, Artist};
use super::table::{Args, FnDef, Owner, builtin, p};
use super::{Interp, Value};
use crate::error::{Error, Result};
use crate::syntax::ast::BinOp;
use std::cell::RefCell;
use std::rc::{Rc, Weak};

/// A formatter's state.
#[derive(Debug)]
pub struct Formatter {
    kind: Kind,
    /// The axes and axis (y when true) it formats, once set on one.
    pub axis: Option<(Weak<Artist>, bool)>,
}

#[derive(Debug)]
enum Kind {
    Percent {
        /// `xmax + 0.0`: the data value that is 100%.
        xmax: Value,
        decimals: Value,
        symbol: Value,
    },
    /// `FuncFormatter(func)`: the function and its `offset_string`.
    Func { func: Value, offset: Value },
}

impl Formatter {
    /// Its class's qualified name.
    pub fn class_name(&self) -> &'static str {
        match self.kind {
            Kind::Percent { .. } => "matplotlib.ticker.PercentFormatter",
            Kind::Func { .. } => "matplotlib.ticker.FuncFormatter",
        }
    }
}

fn formatter(kind: Kind) -> Value {
    Value::Plot(Rc::new(Artist::Formatter(RefCell::new(Formatter {
        kind,
        axis: None,
    }))))
}

/// `FuncFormatter(func)`, also what `set_major_formatter` makes of a
/// plain function (`Axis._set_formatter`).
pub fn func_formatter(func: Value) -> Value {
    formatter(Kind::Func {
        func,
        offset: Value::str(""),
    })
}

fn this(args: &Args) -> &RefCell<Formatter> {
    let Some(Value::Plot(a)) = &args.this else {
        unreachable!("a method has self")
    };
    pyplot::formatter_of(a).expect("formatter methods are looked up on formatters")
}

/// `PercentFormatter(xmax=100, decimals=None, symbol='%', is_latex=False)`.
fn percent_formatter(it: &mut Interp, args: &Args) -> Result<Value> {
    if it.truthy(&args.get("is_latex"))? {
        return Err(pyplot::unsupported("PercentFormatter(is_latex=True)"));
    }
    let xmax = it.binary(BinOp::Add, &args.get("xmax"), &Value::Float(0.0))?;
    Ok(formatter(Kind::Percent {
        xmax,
        decimals: args.get("decimals"),
        symbol: args.get("symbol"),
    }))
}

/// A PercentFormatter's `(xmax, decimals, symbol)`.
fn percent(f: &RefCell<Formatter>) -> (Value, Value, Value) {
    match &f.borrow().kind {
        Kind::Percent {
            xmax,
            decimals,
            symbol,
        } => (xmax.clone(), decimals.clone(), symbol.clone()),
        Kind::Func { .. } => unreachable!("percent methods are looked up on PercentFormatters"),
    }
}

/// `convert_to_pct`: `100.0 * (x / self.xmax)`.
fn to_pct(it: &mut Interp, f: &RefCell<Formatter>, x: &Value) -> Result<Value> {
    let xmax = percent(f).0;
    let ratio = it.binary(BinOp::Div, x, &xmax)?;
    it.binary(BinOp::Mul, &Value::Float(100.0), &ratio)
}

/// `format_pct(x, display_range)`: the decimals given, or as many as the
/// range's order of magnitude needs (0 to 5); then the symbol.
fn format_pct(it: &mut Interp, f: &RefCell<Formatter>, x: &Value, range: &Value) -> Result<String> {
    let x = to_pct(it, f, x)?;
    let (_, decimals, symbol) = percent(f);
    let decimals = match decimals {
        Value::None => {
            let scaled = pyplot::float(&to_pct(it, f, range)?, "display_range")?;
            if scaled <= 0.0 {
                0
            } else {
                (2.0 - (2.0 * scaled).log10()).ceil().clamp(0.0, 5.0) as i64
            }
        }
        d => match super::builtins::to_int(&d)? {
            Value::Int(i) => i64::try_from(&i)
                .map_err(|_| pyplot::unsupported("PercentFormatter with so many decimals"))?,
            _ => unreachable!("int() gives an int"),
        },
    };
    let text = super::format::format(&x, &format!("0.{decimals}f"), &Default::default())?;
    // `symbol` is '' when falsy (rcParams['text.usetex'] off: no escaping).
    if !it.truthy(&symbol)? {
        return Ok(text);
    }
    match it.binary(BinOp::Add, &Value::str(&text), &symbol)? {
        Value::Str(s) => Ok(s.to_string()),
        _ => Err(pyplot::unsupported(
            "a PercentFormatter symbol that is not a str",
        )),
    }
}

/// `__call__(x, pos=None)`: a FuncFormatter's `func(x, pos)`; a
/// PercentFormatter's `format_pct` over the axis' view range, with the
/// Unicode minus (rcParams' `axes.unicode_minus`).
fn call(it: &mut Interp, args: &Args) -> Result<Value> {
    let f = this(args);
    let func = match &f.borrow().kind {
        Kind::Func { func, .. } => Some(func.clone()),
        Kind::Percent { .. } => None,
    };
    if let Some(func) = func {
        let xs = vec![args.get("x"), args.get("pos")];
        return super::iterfns::call_with(it, &func, xs, args.call_span);
    }
    let axis = f.borrow().axis.clone();
    let Some((ax, y)) = axis.and_then(|(ax, y)| ax.upgrade().map(|ax| (ax, y))) else {
        return Err(Error::attribute_error(
            "'NoneType' object has no attribute 'get_view_interval'",
        ));
    };
    let Some((lo, hi)) = pyplot::view_lim(it, &ax, y)? else {
        return Err(pyplot::unsupported(
            "formatting a tick of an axis whose autoscaled limits npcalc does not compute; set them first",
        ));
    };
    let text = format_pct(it, f, &args.get("x"), &Value::Float((hi - lo).abs()))?;
    let minus = match pyplot::rc_get(it, "axes.unicode_minus")? {
        Value::None => true,
        v => it.truthy(&v)?,
    };
    Ok(Value::str(&if minus {
        text.replace('-', "\u{2212}")
    } else {
        text
    }))
}

/// `formatter(x)`.
pub static CALL: FnDef = builtin!(@ Method "__call__",
    [p!(Normal "x", "The tick value."), p!(Normal "pos" = "None", "The tick's position.")],
    "The tick's text.", [], call);

/// A formatter class: a Python class, so its argument errors are those of
/// its `__init__`, which count `self`.
macro_rules! constructor {
    ($name:literal, $init:literal, [$($p:expr),*], $doc:literal, [$($ex:literal),*], $imp:expr) => {
        FnDef {
            name: $name,
            owner: Owner::PyMethod,
            error_name: Some($init),
            params: &[$($p),*],
            doc: $doc,
            examples: &[$($ex),*],
            imp: $imp,
        }
    };
}

/// The names of `matplotlib.ticker` npcalc has.
pub static TICKER: &[FnDef] = &[
    constructor!(
        "PercentFormatter",
        "PercentFormatter.__init__",
        [
            p!(Normal "xmax" = "100", "The data value that is 100%."),
            p!(Normal "decimals" = "None", "Decimal places (None: from the axis' range)."),
            p!(Normal "symbol" = "'%'", "Appended to each label."),
            p!(Normal "is_latex" = "False", "Whether the symbol is LaTeX.")
        ],
        "Formats ticks as percentages of xmax.",
        ["ax.yaxis.set_major_formatter(PercentFormatter())"],
        percent_formatter
    ),
    constructor!(
        "FuncFormatter",
        "FuncFormatter.__init__",
        [p!(Normal "func", "Called as func(x, pos) for a tick's text.")],
        "Formats ticks with a function of the value and position.",
        ["ax.yaxis.set_major_formatter(FuncFormatter(lambda x, pos: f'{x:.0f}'))"],
        |_, args| Ok(func_formatter(args.get("func")))
    ),
];

/// A formatter's methods.
pub fn methods(f: &RefCell<Formatter>) -> &'static [FnDef] {
    match f.borrow().kind {
        Kind::Percent { .. } => PERCENT_METHODS,
        Kind::Func { .. } => FUNC_METHODS,
    }
}

/// A FuncFormatter's methods.
static FUNC_METHODS: &[FnDef] = &[
    builtin!(@ Method "get_offset", [], "The offset string ('' unless set).", [], |_, args| {
        match &this(args).borrow().kind {
            Kind::Func { offset, .. } => Ok(offset.clone()),
            Kind::Percent { .. } => unreachable!("looked up on FuncFormatters"),
        }
    }),
    builtin!(@ Method "set_offset_string", [p!(Normal "ofs", "The offset string.")],
        "Sets the offset string.", [], |_, args| {
        if let Kind::Func { offset, .. } = &mut this(args).borrow_mut().kind {
            *offset = args.get("ofs");
        }
        Ok(Value::None)
    }),
];

/// A PercentFormatter's methods.
static PERCENT_METHODS: &[FnDef] = &[
    builtin!(@ Method "format_pct",
    [p!(Normal "x", "The value."), p!(Normal "display_range", "The axis' view range.")],
    "x as a percentage, with decimals for the range.", [], |it, args| {
        let text = format_pct(it, this(args), &args.get("x"), &args.get("display_range"))?;
        Ok(Value::str(&text))
    }),
    builtin!(@ Method "convert_to_pct", [p!(Normal "x", "The value.")],
        "100 * x / xmax.", [], |it, args| to_pct(it, this(args), &args.get("x"))),
];

/// A formatter's attributes that are data.
pub fn attr(f: &RefCell<Formatter>, name: &str) -> Option<Value> {
    match (&f.borrow().kind, name) {
        (Kind::Percent { xmax, .. }, "xmax") => Some(xmax.clone()),
        (Kind::Percent { decimals, .. }, "decimals") => Some(decimals.clone()),
        (Kind::Percent { symbol, .. }, "symbol") => Some(match symbol {
            Value::None => Value::str(""),
            s => s.clone(),
        }),
        (Kind::Func { func, .. }, "func") => Some(func.clone()),
        (Kind::Func { offset, .. }, "offset_string") => Some(offset.clone()),
        _ => None,
    }
}
