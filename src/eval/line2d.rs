//! matplotlib's `Line2D` as `plot` makes it: its data (as given, or the
//! column `_plot_args` slices), colour (the axes' colour cycle unless a
//! keyword or the format string names one), width, style and label, and
//! the getters and setters lessons call on `plt.plot(...)[0]`.

use super::Value;
use super::table::{Args, FnDef, builtin, p};
use crate::array::{Array, DType};
use crate::error::{Error, Exc, Result};

/// rcParams' default `axes.prop_cycle`: tab10, which the cycle hands out
/// as RGB tuples of floats (each byte over 255).
const TAB10: [[u8; 3]; 10] = [
    [0x1f, 0x77, 0xb4],
    [0xff, 0x7f, 0x0e],
    [0x2c, 0xa0, 0x2c],
    [0xd6, 0x27, 0x28],
    [0x94, 0x67, 0xbd],
    [0x8c, 0x56, 0x4b],
    [0xe3, 0x77, 0xc2],
    [0x7f, 0x7f, 0x7f],
    [0xbc, 0xbd, 0x22],
    [0x17, 0xbe, 0xcf],
];

/// The `n`th colour of the default cycle, as `get_color` returns it.
pub fn cycle_color(n: usize) -> Value {
    let rgb = TAB10[n % TAB10.len()];
    Value::tuple(
        rgb.iter()
            .map(|&b| Value::Float(f64::from(b) / 255.0))
            .collect(),
    )
}

/// rcParams' `lines.linewidth`.
pub const DEFAULT_WIDTH: f64 = 1.5;

/// `Line2D._lineStyles` keys, and the long names `set_linestyle` maps.
const STYLES: &[&str] = &["-", "--", "-.", ":", "None", " ", ""];
const LONG_STYLES: &[(&str, &str)] = &[
    ("solid", "-"),
    ("dashed", "--"),
    ("dashdot", "-."),
    ("dotted", ":"),
];

/// `Line2D.set_linestyle`'s stored text for a style given as a string;
/// None for what npcalc does not check (dash tuples, unknown names).
pub fn linestyle(v: &Value) -> Option<String> {
    let Value::Str(s) = v else { return None };
    let s: &str = s;
    if matches!(s, " " | "" | "none") {
        return Some("None".into());
    }
    if STYLES.contains(&s) {
        return Some(s.into());
    }
    LONG_STYLES
        .iter()
        .find(|(long, _)| *long == s)
        .map(|(_, short)| (*short).into())
}

/// One line's state; None where npcalc does not know what matplotlib holds.
#[derive(Debug)]
pub struct Line {
    pub label: String,
    pub x: Option<Value>,
    pub y: Option<Value>,
    pub color: Option<Value>,
    pub width: Option<f64>,
    pub style: Option<String>,
}

/// Column `j` of plot data as `_plot_args` takes it (`x[:, j % ncx]`
/// after 1-D data gains a column axis), copied as `Line2D.set_xdata` does.
pub fn column(a: &Array, j: usize) -> Result<Array> {
    let col = if a.ndim() == 2 {
        let (shape, strides) = (a.shape(), a.strides());
        let j = j % shape[1].max(1);
        let offset = (a.offset() as isize + j as isize * strides[1]).max(0) as usize;
        a.view(offset, vec![shape[0]], vec![strides[0]])
    } else {
        a.clone()
    };
    crate::array::shape::copy(&col)
}

/// `np.arange(n, dtype=float)`, the x of `plot(y)`.
pub fn default_x(n: usize) -> Array {
    Array::from_vec((0..n).map(|i| i as f64).collect::<Vec<f64>>(), vec![n])
}

fn this(args: &Args) -> &std::cell::RefCell<Line> {
    let Some(Value::Plot(a)) = &args.this else {
        unreachable!("a method has self")
    };
    super::pyplot::line_of(a).expect("Line2D methods are looked up on lines")
}

fn unknown(what: &str) -> Error {
    super::pyplot::unsupported(&format!(
        "reading {what} of this line (npcalc does not keep it)"
    ))
}

fn known(v: &Option<Value>, what: &str) -> Result<Value> {
    v.clone().ok_or_else(|| unknown(what))
}

fn get_xdata(args: &Args) -> Result<Value> {
    let x = known(&this(args).borrow().x, "the data")?;
    orig(args, x)
}

fn get_ydata(args: &Args) -> Result<Value> {
    let y = known(&this(args).borrow().y, "the data")?;
    orig(args, y)
}

/// `orig=False` asks for the float array the line draws from.
fn orig(args: &Args, v: Value) -> Result<Value> {
    if super::pyops::truthy(&args.get("orig"))? {
        return Ok(v);
    }
    if matches!(v, Value::StrArray(_)) {
        return Err(super::pyplot::unsupported(
            "the converted data (orig=False) of a line on a categorical axis",
        ));
    }
    let a = super::convert::to_array(&v, None)?;
    let a = crate::array::cast::cast_array(&a, DType::Float64)?;
    let n = a.size();
    Ok(Value::Array(Array::from_vec(a.to_vec::<f64>(), vec![n])))
}

fn get_data(args: &Args) -> Result<Value> {
    let (x, y) = (get_xdata(args)?, get_ydata(args)?);
    Ok(Value::tuple(vec![x, y]))
}

/// `set_data(x, y)`, or `set_data((x, y))`: `x, y = args` or
/// `(x, y), = args`, with Python's unpacking errors.
fn set_data(it: &mut super::Interp, args: &Args) -> Result<Value> {
    let given = args.get("args");
    let (x, y) = match &given {
        Value::Tuple(t) if t.len() == 1 => super::pyplot::unpack_pair(it, &t[0])?,
        _ => super::pyplot::unpack_pair(it, &given)?,
    };
    set_axis_data(args, Some(x), Some(y))
}

/// `set_xdata`/`set_ydata`: a sequence, kept as `copy.copy` of it.
fn set_axis_data(args: &Args, x: Option<Value>, y: Option<Value>) -> Result<Value> {
    for (name, v) in [("x", &x), ("y", &y)] {
        if let Some(v) = v
            && !super::pyplot::iterable(v)
        {
            return Err(Error::new(
                Exc::RuntimeError,
                format!("{name} must be a sequence"),
            ));
        }
    }
    let copied = |v: Value| -> Result<Value> {
        Ok(match v {
            Value::Array(a) => Value::Array(crate::array::shape::copy(&a)?),
            Value::List(l) => Value::List(std::rc::Rc::new(l.copy())),
            v => v,
        })
    };
    let mut l = this(args).borrow_mut();
    if let Some(x) = x {
        l.x = Some(copied(x)?);
    }
    if let Some(y) = y {
        l.y = Some(copied(y)?);
    }
    Ok(Value::None)
}

fn set_color(args: &Args) -> Result<Value> {
    this(args).borrow_mut().color = Some(args.get("color"));
    Ok(Value::None)
}

fn set_linestyle(args: &Args) -> Result<Value> {
    let given = args.get("ls");
    let style = linestyle(&given).ok_or_else(|| {
        super::pyplot::unsupported(&format!(
            "the line style {}",
            super::repr::repr(&given, &Default::default())
        ))
    })?;
    this(args).borrow_mut().style = Some(style);
    Ok(Value::None)
}

fn set_linewidth(args: &Args) -> Result<Value> {
    let w = super::pyplot::float(&args.get("w"), "w")?;
    this(args).borrow_mut().width = Some(w);
    Ok(Value::None)
}

fn set_label(args: &Args) -> Result<Value> {
    // `Artist.set_label`: str(s); None stays None, which npcalc's labels
    // (strings) cannot hold.
    let text = match &args.get("s") {
        Value::None => return Err(super::pyplot::unsupported("a label of None")),
        v => super::repr::str(v, &Default::default()),
    };
    this(args).borrow_mut().label = text;
    Ok(Value::None)
}

/// The Line2D methods npcalc has.
pub static METHODS: &[FnDef] = &[
    builtin!(@ Method "get_xdata", [p!(Normal "orig" = "True", "The data as given.")],
        "The line's x data.", [], |_, a| get_xdata(a)),
    builtin!(@ Method "get_ydata", [p!(Normal "orig" = "True", "The data as given.")],
        "The line's y data.", [], |_, a| get_ydata(a)),
    builtin!(@ Method "get_data", [p!(Normal "orig" = "True", "The data as given.")],
        "The line's (x, y) data.", [], |_, a| get_data(a)),
    builtin!(@ Method "set_data", [p!(VarPositional "args", "x and y, or (x, y).")],
        "Sets the line's data.", [], set_data),
    builtin!(@ Method "set_xdata", [p!(Normal "x", "The x data.")],
        "Sets the line's x data.", [], |_, a| set_axis_data(a, Some(a.get("x")), None)),
    builtin!(@ Method "set_ydata", [p!(Normal "y", "The y data.")],
        "Sets the line's y data.", [], |_, a| set_axis_data(a, None, Some(a.get("y")))),
    builtin!(@ Method "get_color", [], "The line's colour.", [],
        |_, a| known(&this(a).borrow().color, "the colour")),
    builtin!(@ Method "get_c", [], "The line's colour.", [],
        |_, a| known(&this(a).borrow().color, "the colour")),
    builtin!(@ Method "set_color", [p!(Normal "color", "The colour.")],
        "Sets the line's colour.", [], |_, a| set_color(a)),
    builtin!(@ Method "get_linewidth", [], "The line's width in points.", [], |_, a| {
        let w = this(a).borrow().width;
        w.map(Value::Float).ok_or_else(|| unknown("the width"))
    }),
    builtin!(@ Method "get_lw", [], "The line's width in points.", [], |_, a| {
        let w = this(a).borrow().width;
        w.map(Value::Float).ok_or_else(|| unknown("the width"))
    }),
    builtin!(@ Method "set_linewidth", [p!(Normal "w", "The width in points.")],
        "Sets the line's width.", [], |_, a| set_linewidth(a)),
    builtin!(@ Method "get_linestyle", [], "The line's style.", [], |_, a| {
        let s = this(a).borrow().style.clone();
        s.map(|s| Value::str(&s)).ok_or_else(|| unknown("the style"))
    }),
    builtin!(@ Method "get_ls", [], "The line's style.", [], |_, a| {
        let s = this(a).borrow().style.clone();
        s.map(|s| Value::str(&s)).ok_or_else(|| unknown("the style"))
    }),
    builtin!(@ Method "set_linestyle", [p!(Normal "ls", "The style.")],
        "Sets the line's style.", [], |_, a| set_linestyle(a)),
    builtin!(@ Method "get_label", [], "The line's label.", [],
        |_, a| Ok(Value::str(&this(a).borrow().label))),
    builtin!(@ Method "set_label", [p!(Normal "s", "The label.")],
        "Sets the line's label.", [], |_, a| set_label(a)),
];

/// `colors.BASE_COLORS`, the one-letter colours, as RGB.
const BASE: &[(char, [f64; 3])] = &[
    ('b', [0.0, 0.0, 1.0]),
    ('g', [0.0, 0.5, 0.0]),
    ('r', [1.0, 0.0, 0.0]),
    ('c', [0.0, 0.75, 0.75]),
    ('m', [0.75, 0.0, 0.75]),
    ('y', [0.75, 0.75, 0.0]),
    ('k', [0.0, 0.0, 0.0]),
    ('w', [1.0, 1.0, 1.0]),
];

/// `Line2D.markers`' one-character keys.
const MARKERS: &str = ".,ov^<>12348sp*hH+xDd|_PX";

/// `to_rgba` of a colour given as a string: `C<n>`, 'none', a one-letter
/// or named colour (names also matched lowercased), hex, or a grey level
/// between 0 and 1; None where matplotlib raises ValueError.
fn rgba(spec: &str) -> Option<Value> {
    let floats = |v: &[f64], alpha: Value| {
        Value::tuple(v.iter().map(|&f| Value::Float(f)).chain([alpha]).collect())
    };
    if let Some(n) = spec.strip_prefix('C')
        && !n.is_empty()
        && n.bytes().all(|b| b.is_ascii_digit())
    {
        // Digits past usize wrap as Python's `int(n) % len(colors)` would not.
        let n: usize = n.parse().ok()?;
        let rgb: Vec<f64> = TAB10[n % TAB10.len()]
            .iter()
            .map(|&b| f64::from(b) / 255.0)
            .collect();
        // The alpha `to_rgba` appends to a cycle colour is the int 1.
        return Some(floats(&rgb, Value::int(1)));
    }
    if spec.to_lowercase() == "none" {
        return Some(floats(&[0.0, 0.0, 0.0], Value::Float(0.0)));
    }
    let mut chars = spec.chars();
    if let (Some(c), None) = (chars.next(), chars.next())
        && let Some((_, rgb)) = BASE.iter().find(|(l, _)| *l == c)
    {
        return Some(floats(rgb, Value::int(1)));
    }
    let named = |name: &str| {
        super::color_names::NAMED_COLORS
            .binary_search_by(|(n, _)| (*n).cmp(name))
            .ok()
            .map(|i| super::color_names::NAMED_COLORS[i].1)
    };
    let lower = spec.to_lowercase();
    let spec = named(spec)
        .or_else(|| (spec.chars().count() != 1).then(|| named(&lower)).flatten())
        .unwrap_or(spec);
    if let Some(hex) = spec.strip_prefix('#')
        && !hex.is_empty()
        && hex.bytes().all(|b| b.is_ascii_hexdigit())
    {
        let digit = |i: usize| f64::from(u8::from_str_radix(&hex[i..=i], 16).unwrap_or(0));
        let byte = |i: usize| f64::from(u8::from_str_radix(&hex[i..i + 2], 16).unwrap_or(0));
        return match hex.len() {
            6 => Some(floats(
                &[0, 2, 4].map(|i| byte(i) / 255.0),
                Value::Float(1.0),
            )),
            3 => Some(floats(
                &[0, 1, 2].map(|i| digit(i) / 15.0),
                Value::Float(1.0),
            )),
            8 => {
                let [r, g, b, a] = [0, 2, 4, 6].map(|i| byte(i) / 255.0);
                Some(floats(&[r, g, b], Value::Float(a)))
            }
            4 => {
                let [r, g, b, a] = [0, 1, 2, 3].map(|i| digit(i) / 15.0);
                Some(floats(&[r, g, b], Value::Float(a)))
            }
            _ => None,
        };
    }
    // A grey level: what `float(c)` reads (npcalc does not read digits
    // grouped by underscores as one).
    let grey: f64 = spec.trim().parse().ok()?;
    (0.0..=1.0)
        .contains(&grey)
        .then(|| floats(&[grey; 3], Value::Float(1.0)))
}

/// What a format string sets: the line style and colour (None: not set).
pub struct Format {
    pub style: Option<String>,
    pub color: Option<Value>,
}

/// `_process_plot_format`: a whole colour, or style, marker and colour
/// characters, with matplotlib's ValueError for what it cannot read.
pub fn format(fmt: &str) -> Result<Format> {
    if !matches!(fmt, "0" | "1")
        && let Some(color) = rgba(fmt)
    {
        return Ok(Format {
            style: None,
            color: Some(color),
        });
    }
    let bad = |why: &str| {
        Error::value_error(format!(
            "{} is not a valid format string ({why})",
            super::repr::repr(&Value::str(fmt), &Default::default())
        ))
    };
    let (mut style, mut marker, mut color) = (None::<&str>, false, None::<Value>);
    let mut i = 0;
    while let Some(c) = fmt[i..].chars().next() {
        let rest = &fmt[i..];
        let one = &rest[..c.len_utf8()];
        let two = rest.get(..2).filter(|t| matches!(*t, "--" | "-."));
        if let Some(t) = two.or(matches!(c, '-' | ':' | ' ').then_some(one)) {
            if style.replace(t).is_some() {
                return Err(bad("two linestyle symbols"));
            }
            i += t.len();
        } else if MARKERS.contains(c) {
            if marker {
                return Err(bad("two marker symbols"));
            }
            marker = true;
            i += 1;
        } else if BASE.iter().any(|(l, _)| *l == c) {
            if color.replace(Value::str(one)).is_some() {
                return Err(bad("two color symbols"));
            }
            i += 1;
        } else if c == 'C' {
            let digits = rest[1..].bytes().take_while(u8::is_ascii_digit).count();
            if digits == 0 {
                return Err(bad("'C' must be followed by a number"));
            }
            color = rgba(&rest[..1 + digits]);
            i += 1 + digits;
        } else {
            return Err(bad(&format!(
                "unrecognized character {}",
                super::repr::repr(&Value::str(one), &Default::default())
            )));
        }
    }
    let style = match (style, marker) {
        (Some(s), _) => linestyle(&Value::str(s)).unwrap_or_else(|| s.into()),
        (None, false) => "-".into(),
        (None, true) => "None".into(),
    };
    Ok(Format {
        style: Some(style),
        color,
    })
}
