//! numpy/_core/arrayprint.py ported: the element formatters (BoolFormat,
//! IntegerFormat, FloatingFormat, ComplexFloatingFormat), `_formatArray`
//! with its wrapping and summarisation, `array2string`, `array_repr` and
//! `array_str`.

use super::float::{Dragon4, Real, Trim, positional, scientific};
use super::{FloatMode, PrintOptions, Sign, scalar_str};
use crate::array::signals::poll;
use crate::array::{Array, DType, Kind, Scalar, shape_repr};

/// One element formatter, built from the (summarised) data as NumPy does.
enum Format {
    Bool { truestr: &'static str },
    Int { width: usize, sign: Sign },
    Float(FloatFormat),
    Complex(FloatFormat, FloatFormat),
}

/// `FloatingFormat` after `fillFormat`.
#[derive(Clone)]
struct FloatFormat {
    exp_format: bool,
    d: Dragon4,
    pad_left: usize,
    pad_right: usize,
    sign: Sign,
    nanstr: String,
    infstr: String,
}

/// The real and imaginary parts of a complex element, or the value itself.
fn reals(s: Scalar) -> (Real, Real) {
    match s {
        Scalar::Float16(x) => (Real::F16(x), Real::F16(x)),
        Scalar::Float32(x) => (Real::F32(x), Real::F32(x)),
        Scalar::Complex64(c) => (Real::F32(c.re), Real::F32(c.im)),
        Scalar::Complex128(c) => (Real::F64(c.re), Real::F64(c.im)),
        other => {
            let v = match crate::array::cast_scalar(other, DType::Float64) {
                Scalar::Float64(v) => v,
                _ => unreachable!("cast to float64 gives float64"),
            };
            (Real::F64(v), Real::F64(v))
        }
    }
}

/// `10.**min(8, np.finfo(dtype).precision)`: where scientific notation starts.
fn exp_cutoff(d: DType) -> f64 {
    match d {
        DType::Float16 => 1e3,
        DType::Float32 | DType::Complex64 => 1e6,
        _ => 1e8,
    }
}

impl FloatFormat {
    fn new(data: &[Real], dtype: DType, o: &PrintOptions, sign: Sign) -> FloatFormat {
        let precision = if o.floatmode == FloatMode::Unique {
            None
        } else {
            Some(o.precision)
        };
        let finite: Vec<Real> = data
            .iter()
            .copied()
            .filter(|x| x.value().is_finite())
            .collect();
        let mut f = FloatFormat {
            exp_format: false,
            d: Dragon4 {
                precision,
                ..Dragon4::default()
            },
            pad_left: 0,
            pad_right: 0,
            sign,
            nanstr: o.nanstr.clone(),
            infstr: o.infstr.clone(),
        };
        let plus = sign == Sign::Plus;
        let abs_non_zero: Vec<f64> = finite
            .iter()
            .map(|x| x.value().abs())
            .filter(|&v| v != 0.0)
            .collect();
        if !abs_non_zero.is_empty() {
            let max = abs_non_zero.iter().copied().fold(f64::MIN, f64::max);
            let min = abs_non_zero.iter().copied().fold(f64::MAX, f64::min);
            if max >= exp_cutoff(dtype) || (!o.suppress && (min < 0.0001 || max / min > 1000.0)) {
                f.exp_format = true;
            }
        }
        // The first pass formats every value alone; its widths fix the second.
        let (trim, unique) = if o.floatmode == FloatMode::Fixed {
            (Trim::Keep, false)
        } else {
            (Trim::Point, true)
        };
        let first = Dragon4 {
            precision,
            unique,
            trim,
            sign: plus,
            ..Dragon4::default()
        };
        if finite.is_empty() {
            f.d.trim = Trim::Point;
        } else if f.exp_format {
            let strs: Vec<String> = finite
                .iter()
                .map(|&x| {
                    poll();
                    scientific(x, &first)
                })
                .collect();
            let mut exp_size = 0;
            let mut prec = 0;
            let mut pad_left = 0;
            for s in &strs {
                let (mant, exp) = s.split_once('e').unwrap_or((s, ""));
                exp_size = exp_size.max(exp.len().saturating_sub(1));
                let (int_part, frac) = mant.split_once('.').unwrap_or((mant, ""));
                prec = prec.max(frac.len());
                pad_left = pad_left.max(int_part.len());
            }
            f.d = Dragon4 {
                precision: Some(prec),
                min_digits: prec,
                unique,
                trim: Trim::Keep,
                sign: plus,
                exp_digits: exp_size,
                ..Dragon4::default()
            };
            f.pad_left = pad_left;
            f.pad_right = exp_size + 2 + prec;
        } else {
            let mut pad_left = 0;
            let mut pad_right = 0;
            for &x in &finite {
                poll();
                let s = positional(x, &first);
                let (int_part, frac) = s.split_once('.').unwrap_or((&s, ""));
                pad_left = pad_left.max(int_part.len());
                pad_right = pad_right.max(frac.len());
            }
            f.pad_left = pad_left;
            f.pad_right = pad_right;
            f.d = if matches!(o.floatmode, FloatMode::Fixed | FloatMode::MaxPrecEqual) {
                Dragon4 {
                    precision: Some(pad_right),
                    min_digits: pad_right,
                    unique,
                    trim: Trim::Keep,
                    sign: plus,
                    ..Dragon4::default()
                }
            } else {
                Dragon4 {
                    precision,
                    min_digits: 0,
                    unique,
                    trim: Trim::Point,
                    sign: plus,
                    ..Dragon4::default()
                }
            };
        }
        // sign=' ' leaves room for a sign when no value is negative.
        if sign == Sign::Space && !finite.iter().any(|x| x.value().is_sign_negative()) {
            f.pad_left += 1;
        }
        if finite.len() != data.len() {
            let neginf = sign != Sign::Minus || data.iter().any(|x| x.value() == f64::NEG_INFINITY);
            let offset = f.pad_right + 1;
            f.pad_left = f
                .pad_left
                .max(o.nanstr.len().saturating_sub(offset))
                .max((o.infstr.len() + neginf as usize).saturating_sub(offset));
        }
        f.d.pad_left = f.pad_left;
        if !f.exp_format {
            f.d.pad_right = f.pad_right;
        }
        f
    }

    fn format(&self, x: Real) -> String {
        poll();
        let v = x.value();
        if !v.is_finite() {
            let ret = if v.is_nan() {
                format!(
                    "{}{}",
                    if self.sign == Sign::Plus { "+" } else { "" },
                    self.nanstr
                )
            } else {
                let s = if v < 0.0 {
                    "-"
                } else if self.sign == Sign::Plus {
                    "+"
                } else {
                    ""
                };
                format!("{s}{}", self.infstr)
            };
            let width = self.pad_left + self.pad_right + 1;
            return format!(
                "{}{ret}",
                " ".repeat(width.saturating_sub(ret.chars().count()))
            );
        }
        if self.exp_format {
            scientific(x, &self.d)
        } else {
            positional(x, &self.d)
        }
    }
}

fn is_negative(s: Scalar) -> bool {
    s.int_value().is_some_and(|v| v < 0)
}

impl Format {
    fn new(data: &[Scalar], dtype: DType, zero_d: bool, o: &PrintOptions) -> Format {
        match dtype.kind() {
            Kind::Bool => Format::Bool {
                truestr: if zero_d { "True" } else { " True" },
            },
            Kind::Int | Kind::UInt => {
                let mut sign = o.sign;
                let mut width = 0;
                if !data.is_empty() {
                    let texts: Vec<String> = data
                        .iter()
                        .map(|&s| {
                            poll();
                            scalar_str(s, &PrintOptions::default())
                        })
                        .collect();
                    let any_negative = data.iter().any(|&s| is_negative(s));
                    if sign == Sign::Space && any_negative {
                        sign = Sign::Minus;
                    }
                    // len(str(max)) (+1 for a shown sign) against len(str(min)).
                    let max_len = data
                        .iter()
                        .zip(&texts)
                        .filter(|(s, _)| !is_negative(**s))
                        .map(|(_, t)| t.len())
                        .max();
                    let neg_len = data
                        .iter()
                        .zip(&texts)
                        .filter(|(s, _)| is_negative(**s))
                        .map(|(_, t)| t.len())
                        .max();
                    let max_str_len = match max_len {
                        Some(l) => l + usize::from(matches!(sign, Sign::Plus | Sign::Space)),
                        // All negative: the max is the negative closest to zero.
                        None => texts.iter().map(|t| t.len()).min().unwrap_or(0),
                    };
                    width = max_str_len.max(neg_len.unwrap_or(0));
                }
                Format::Int { width, sign }
            }
            Kind::Float => {
                let reals: Vec<Real> = data.iter().map(|&s| reals(s).0).collect();
                Format::Float(FloatFormat::new(&reals, dtype, o, o.sign))
            }
            Kind::Complex => {
                let re: Vec<Real> = data.iter().map(|&s| reals(s).0).collect();
                let im: Vec<Real> = data.iter().map(|&s| reals(s).1).collect();
                Format::Complex(
                    FloatFormat::new(&re, dtype, o, o.sign),
                    FloatFormat::new(&im, dtype, o, Sign::Plus),
                )
            }
        }
    }

    fn format(&self, s: Scalar) -> String {
        poll();
        match self {
            Format::Bool { truestr } => {
                if matches!(s, Scalar::Bool(true)) {
                    truestr.to_string()
                } else {
                    "False".into()
                }
            }
            Format::Int { width, sign } => {
                let t = scalar_str(s, &PrintOptions::default());
                let t = match sign {
                    Sign::Plus if !t.starts_with('-') => format!("+{t}"),
                    Sign::Space if !t.starts_with('-') => format!(" {t}"),
                    _ => t,
                };
                format!("{t:>width$}")
            }
            Format::Float(f) => f.format(reals(s).0),
            Format::Complex(re, im) => {
                let (r, i) = reals(s);
                let r = re.format(r);
                let i = im.format(i);
                let sp = i.trim_end().len();
                format!("{r}{}j{}", &i[..sp], &i[sp..])
            }
        }
    }
}

/// The elements `_leading_trailing` keeps: the edge items along every axis
/// longer than twice edgeitems.
fn leading_trailing(a: &Array, edge: usize, summarise: bool) -> Vec<Scalar> {
    fn rec(a: &Array, edge: usize, summarise: bool, index: &mut Vec<usize>, out: &mut Vec<Scalar>) {
        let axis = index.len();
        if axis == a.ndim() {
            out.push(a.get(index));
            return;
        }
        let n = a.shape()[axis];
        let picks: Vec<usize> = if summarise && n > 2 * edge {
            (0..edge).chain(n - edge..n).collect()
        } else {
            (0..n).collect()
        };
        for i in picks {
            poll();
            index.push(i);
            rec(a, edge, summarise, index, out);
            index.pop();
        }
    }
    let mut out = Vec::new();
    rec(a, edge, summarise, &mut Vec::new(), &mut out);
    out
}

/// Python's `len` of a text: its characters.
fn chars(t: &str) -> usize {
    t.chars().count()
}

/// `_extendLine`: wrap when the word would pass the line width.
fn extend_line(
    s: &mut String,
    line: &mut String,
    word: &str,
    width: usize,
    next_line_prefix: &str,
) {
    let needs_wrap = chars(line) + chars(word) > width && chars(line) > chars(next_line_prefix);
    if needs_wrap {
        s.push_str(line.trim_end());
        s.push('\n');
        *line = next_line_prefix.to_string();
    }
    line.push_str(word);
}

/// `_extendLine_pretty`: a word of several lines (an element that prints as
/// a 2-D array, say) keeps its lines under one another, indented where it
/// started, and the line after it goes on from its widest line.
fn extend_line_pretty(
    s: &mut String,
    line: &mut String,
    word: &str,
    width: usize,
    next_line_prefix: &str,
) {
    let words = super::split_lines(word, false);
    if words.len() <= 1 {
        return extend_line(s, line, word, width, next_line_prefix);
    }
    let max_len = words.iter().map(|w| chars(w)).max().unwrap_or(0);
    let indent = if chars(line) + max_len > width && chars(line) > chars(next_line_prefix) {
        s.push_str(line.trim_end());
        s.push('\n');
        *line = format!("{next_line_prefix}{}", words[0]);
        next_line_prefix.to_string()
    } else {
        let indent = " ".repeat(chars(line));
        line.push_str(words[0]);
        indent
    };
    for w in &words[1..] {
        s.push_str(line.trim_end());
        s.push('\n');
        *line = format!("{indent}{w}");
    }
    line.push_str(&" ".repeat(max_len - chars(words[words.len() - 1])));
}

struct Layout<'a> {
    shape: &'a [usize],
    /// The text of the element at an index.
    elem: &'a dyn Fn(&[usize]) -> String,
    separator: &'a str,
    edge: usize,
    summary_insert: &'a str,
}

impl Layout<'_> {
    /// `_formatArray`'s `recurser`.
    fn recurse(&self, index: &mut Vec<usize>, hanging_indent: &str, curr_width: usize) -> String {
        let axis = index.len();
        let axes_left = self.shape.len() - axis;
        if axes_left == 0 {
            return (self.elem)(index);
        }
        let next_hanging_indent = format!("{hanging_indent} ");
        let next_width = curr_width.saturating_sub(1);
        let a_len = self.shape[axis];
        let show_summary = !self.summary_insert.is_empty() && 2 * self.edge < a_len;
        let (leading, trailing) = if show_summary {
            (self.edge, self.edge)
        } else {
            (0, a_len)
        };
        let child = |i: usize, s: &Self, index: &mut Vec<usize>| {
            index.push(i);
            let r = s.recurse(index, &next_hanging_indent, next_width);
            index.pop();
            r
        };
        let mut s = String::new();
        if axes_left == 1 {
            let sep_len = self.separator.trim_end().len();
            let elem_width = curr_width.saturating_sub(sep_len.max(1));
            let mut line = hanging_indent.to_string();
            for i in 0..leading {
                let word = child(i, self, index);
                extend_line_pretty(&mut s, &mut line, &word, elem_width, hanging_indent);
                line.push_str(self.separator);
            }
            if show_summary {
                extend_line(
                    &mut s,
                    &mut line,
                    self.summary_insert,
                    elem_width,
                    hanging_indent,
                );
                line.push_str(self.separator);
            }
            for i in (2..=trailing).rev() {
                let word = child(a_len - i, self, index);
                extend_line_pretty(&mut s, &mut line, &word, elem_width, hanging_indent);
                line.push_str(self.separator);
            }
            let word = child(a_len - 1, self, index);
            extend_line_pretty(&mut s, &mut line, &word, elem_width, hanging_indent);
            s.push_str(&line);
        } else {
            let line_sep = format!(
                "{}{}",
                self.separator.trim_end(),
                "\n".repeat(axes_left - 1)
            );
            for i in 0..leading {
                let nested = child(i, self, index);
                s.push_str(&format!("{hanging_indent}{nested}{line_sep}"));
            }
            if show_summary {
                s.push_str(&format!(
                    "{hanging_indent}{}{line_sep}",
                    self.summary_insert
                ));
            }
            for i in (2..=trailing).rev() {
                let nested = child(a_len - i, self, index);
                s.push_str(&format!("{hanging_indent}{nested}{line_sep}"));
            }
            let nested = child(a_len - 1, self, index);
            s.push_str(&format!("{hanging_indent}{nested}"));
        }
        format!("[{}]", &s[hanging_indent.len()..])
    }
}

/// `_formatArray`'s layout of an array of this shape, each shown element's
/// text from `elem`: wrapped at the line width, summarised past the threshold.
fn lay_out(
    shape: &[usize],
    o: &PrintOptions,
    elem: &dyn Fn(&[usize]) -> String,
    separator: &str,
    prefix: &str,
    suffix: &str,
) -> String {
    let size: usize = shape.iter().product();
    let layout = Layout {
        shape,
        elem,
        separator,
        edge: o.edgeitems,
        summary_insert: if size > o.threshold { "..." } else { "" },
    };
    let next_line_prefix = format!(" {}", " ".repeat(prefix.chars().count()));
    layout.recurse(
        &mut Vec::new(),
        &next_line_prefix,
        o.linewidth.saturating_sub(suffix.len()),
    )
}

/// `np.array2string(a, separator=…, prefix=…, suffix=…)` with options `o`.
pub fn array2string(
    a: &Array,
    o: &PrintOptions,
    separator: &str,
    prefix: &str,
    suffix: &str,
) -> String {
    if a.size() == 0 {
        return "[]".into();
    }
    let data = shown_elements(a, o);
    let format = Format::new(&data, a.dtype(), a.ndim() == 0, o);
    let elem = |index: &[usize]| format.format(a.get(index));
    lay_out(a.shape(), o, &elem, separator, prefix, suffix)
}

/// The elements a printed array shows (all of them, or the edge items of a
/// summarised one), in the order its text lists them.
pub fn shown_elements(a: &Array, o: &PrintOptions) -> Vec<Scalar> {
    leading_trailing(a, o.edgeitems, a.size() > o.threshold)
}

/// `np.array2string` of a non-empty array whose shown elements (in
/// [`shown_elements`]' order) print as `words`, as the formatter print
/// option's functions made them: laid out as they are, with no padding.
pub fn array2string_words(
    shape: &[usize],
    words: Vec<String>,
    o: &PrintOptions,
    separator: &str,
    prefix: &str,
    suffix: &str,
) -> String {
    // The layout visits the shown elements in the order they were listed.
    let words = std::cell::RefCell::new(words.into_iter());
    let elem = |_: &[usize]| words.borrow_mut().next().unwrap_or_default();
    lay_out(shape, o, &elem, separator, prefix, suffix)
}

/// `np.array2string` of an object array whose elements print as `texts`
/// (in C order): each element's text as it is, with no padding (NumPy's
/// `_object_format` is `repr`), laid out, wrapped and summarised as any array.
pub fn array2string_texts(
    shape: &[usize],
    texts: &[String],
    o: &PrintOptions,
    separator: &str,
    prefix: &str,
    suffix: &str,
) -> String {
    let size: usize = shape.iter().product();
    if size == 0 {
        return "[]".into();
    }
    if shape.is_empty() {
        return texts[0].clone();
    }
    let strides = crate::array::c_strides(shape);
    let elem = |index: &[usize]| {
        let flat: isize = index
            .iter()
            .zip(&strides)
            .map(|(&i, &s)| i as isize * s)
            .sum();
        texts[flat as usize].clone()
    };
    lay_out(shape, o, &elem, separator, prefix, suffix)
}

/// Whether the repr can leave out `dtype=` (int64, float64, complex128, bool).
pub fn dtype_is_implied(d: DType) -> bool {
    matches!(
        d,
        DType::Int64 | DType::Float64 | DType::Complex128 | DType::Bool
    )
}

/// `repr(a)`.
pub fn array_repr(a: &Array, o: &PrintOptions) -> String {
    array_repr_around(a, &array2string(a, o, ", ", "array(", ")"), o)
}

/// `repr(a)` around `lst`, the text of its elements (as [`array2string`]
/// with prefix `array(` makes it): the `shape=` and `dtype=` NumPy adds.
pub fn array_repr_around(a: &Array, lst: &str, o: &PrintOptions) -> String {
    let prefix = "array(";
    let mut extras = Vec::new();
    if (a.size() == 0 && a.shape() != [0]) || a.size() > o.threshold {
        extras.push(format!("shape={}", shape_repr(a.shape())));
    }
    if !dtype_is_implied(a.dtype()) || a.size() == 0 {
        extras.push(format!("dtype={}", a.dtype().name()));
    }
    close_repr(prefix, lst, &extras, o)
}

/// `array(…)` closed as `_array_repr_implementation` does: the `shape=` and
/// `dtype=` extras after the elements, on a new line when the last one is full.
pub fn close_repr(prefix: &str, lst: &str, extras: &[String], o: &PrintOptions) -> String {
    if extras.is_empty() {
        return format!("{prefix}{lst})");
    }
    let arr_str = format!("{prefix}{lst},");
    let extra_str = format!("{})", extras.join(", "));
    let last_line = &arr_str[arr_str.rfind('\n').map_or(0, |i| i + 1)..];
    let spacer = if last_line.chars().count() + extra_str.chars().count() + 1 > o.linewidth {
        format!("\n{}", " ".repeat(prefix.len()))
    } else {
        " ".to_string()
    };
    format!("{arr_str}{spacer}{extra_str}")
}

/// `str(a)`: a 0-d array prints as its scalar.
pub fn array_str(a: &Array, o: &PrintOptions) -> String {
    if a.ndim() == 0 {
        return scalar_str(a.get(&[]), o);
    }
    array2string(a, o, " ", "", "")
}
