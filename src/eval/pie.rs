//! `Axes.pie` as matplotlib 3.11 makes it: one Wedge per value, from
//! `startangle` round the circle, its labels and `autopct` texts placed by
//! `pie_label` at the middle angle of each wedge, and the axes framed to
//! ±1.25 around the centre. It returns a `PieContainer`, which unpacks as
//! `(wedges, texts)` or `(wedges, texts, autotexts)`.

use super::pycalc::Calc;
use super::pyplot::{self, Artist, add_child, float, target, unsupported};
use super::table::{Args, CallArgs};
use super::{Interp, Value};
use crate::array::{DType, Scalar};
use crate::error::{Error, Result};
use crate::syntax::ast::{BinOp, CmpOp};
use std::f64::consts::PI;

/// One wedge as `pie_label` reads it: its centre and its angles in degrees.
struct Wedge {
    center: (f64, f64),
    theta1: f64,
    theta2: f64,
}

pub(super) fn pie(it: &mut Interp, args: &Args) -> Result<Value> {
    let ax = target(it, args)?;
    let span = args.call_span;
    let mut c = Calc { it, span };
    let x = c.call("asarray", vec![args.get("x")])?;
    let Value::Array(xa) = &x else {
        return Err(unsupported("plt.pie of this data"));
    };
    if xa.ndim() > 1 {
        return Err(Error::value_error("x must be 1D"));
    }
    let n = xa.size();
    let below = c.it.compare(CmpOp::Lt, &x, &Value::int(0))?;
    let negative = c.call("any", vec![below])?;
    if c.it.truthy(&negative)? {
        return Err(Error::value_error(
            "Wedge sizes 'x' must be non negative values",
        ));
    }
    let finite = c.call("isfinite", vec![x.clone()])?;
    let all = c.call("all", vec![finite])?;
    if !c.it.truthy(&all)? {
        return Err(Error::value_error("Wedge sizes must be finite numbers"));
    }
    let sx = c.call("sum", vec![x.clone()])?;
    let zero = c.it.compare(CmpOp::Eq, &sx, &Value::int(0))?;
    if c.it.truthy(&zero)? {
        return Err(Error::value_error("All wedge sizes are zero"));
    }
    let fracs = if c.it.truthy(&args.get("normalize"))? {
        c.op(BinOp::Div, &x, &sx)?
    } else {
        let over = c.it.compare(CmpOp::Gt, &sx, &Value::int(1))?;
        if c.it.truthy(&over)? {
            return Err(Error::value_error(
                "Cannot plot an unnormalized pie with sum(x) > 1",
            ));
        }
        x.clone()
    };
    // Angles add up as the fractions' dtype; npcalc follows float64 ones.
    let fracs = match &fracs {
        Value::Array(a) if a.dtype() == DType::Float64 => a.to_vec::<f64>(),
        Value::Array(a) if a.dtype().kind() != crate::array::Kind::Float => {
            crate::array::cast::cast_array(a, DType::Float64)?.to_vec::<f64>()
        }
        _ => return Err(unsupported("plt.pie of float16 or float32 data")),
    };
    let labels = match args.get("labels") {
        Value::None => None,
        v => Some(it.iterate(&v)?),
    };
    let explode = match args.get("explode") {
        Value::None => vec![0.0; n],
        v => it
            .iterate(&v)?
            .iter()
            .map(|e| float(e, "explode"))
            .collect::<Result<_>>()?,
    };
    if let Some(l) = &labels
        && l.len() != n
    {
        return Err(Error::value_error(format!(
            "'labels' must be of length 'x', not {}",
            l.len()
        )));
    }
    if explode.len() != n {
        return Err(Error::value_error(format!(
            "'explode' must be of length 'x', not {}",
            explode.len()
        )));
    }
    let radius = float(&args.get("radius"), "radius")?;
    let startangle = float(&args.get("startangle"), "startangle")?;
    if radius <= 0.0 {
        let shown = super::repr::str(&args.get("radius"), &Default::default());
        return Err(Error::value_error(format!(
            "'radius' must be a positive number, not {shown}"
        )));
    }
    // The table's "(0, 0)" default reads as not given.
    let (cx, cy) = if args.given("center") {
        let (a, b) = pyplot::unpack_pair(it, &args.get("center"))?;
        (float(&a, "center")?, float(&b, "center")?)
    } else {
        (0.0, 0.0)
    };
    let counterclock = it.truthy(&args.get("counterclock"))?;
    let mut wedges = Vec::with_capacity(n);
    let mut theta1 = startangle / 360.0;
    for (frac, expl) in fracs.iter().zip(&explode) {
        let theta2 = if counterclock {
            theta1 + frac
        } else {
            theta1 - frac
        };
        let thetam = 2.0 * PI * 0.5 * (theta1 + theta2);
        wedges.push(Wedge {
            center: (cx + expl * thetam.cos(), cy + expl * thetam.sin()),
            theta1: 360.0 * theta1.min(theta2),
            theta2: 360.0 * theta1.max(theta2),
        });
        let label = labels.as_ref().map(|l| l[wedges.len() - 1].clone());
        add_child(
            &ax,
            label.filter(|l| !matches!(l, Value::Str(s) if s.is_empty())),
        );
        if it.truthy(&args.get("shadow"))? {
            add_child(&ax, None);
        }
        theta1 = theta2;
    }
    let mut texts = Vec::new();
    match args.get("labeldistance") {
        Value::None => texts.push(Vec::new()),
        d => {
            let d = float(&d, "labeldistance")?;
            let strings: Vec<String> = match &labels {
                Some(l) => l.iter().map(pyplot::text_of).collect(),
                None => vec![String::new(); n],
            };
            texts.push(pie_label(&ax, &wedges, radius, d, strings));
        }
    }
    let autopct = args.get("autopct");
    if !matches!(autopct, Value::None) {
        let mut strings = Vec::with_capacity(n);
        for frac in &fracs {
            let pct = Value::Scalar(Scalar::Float64(100.0 * frac));
            let s = match &autopct {
                Value::Str(f) => super::format::percent(it, f, &pct)?,
                f if super::classes::is_callable(f) => {
                    let call = CallArgs {
                        positional: vec![(pct, span)],
                        keywords: Vec::new(),
                    };
                    it.call(f, call, span)?
                }
                _ => {
                    return Err(Error::type_error(
                        "autopct must be callable or a format string",
                    ));
                }
            };
            strings.push(pyplot::text_of(&s));
        }
        let d = float(&args.get("pctdistance"), "pctdistance")?;
        texts.push(pie_label(&ax, &wedges, radius, d, strings));
    }
    if it.truthy(&args.get("frame"))? {
        // The frame keeps autoscaling, from the wedges' extents.
        pyplot::request_autoscale(&ax);
    } else {
        pyplot::set_view(&ax, (-1.25 + cx, 1.25 + cx), (-1.25 + cy, 1.25 + cy));
    }
    let wedges: Vec<Value> = (0..n)
        .map(|_| pyplot::plot(Artist::Collection("matplotlib.patches.Wedge")))
        .collect();
    Ok(pyplot::plot(Artist::Pie(wedges, texts)))
}

/// `pie_label`: each text at `distance` radii from its wedge's centre, at
/// the wedge's middle angle.
fn pie_label(
    ax: &std::rc::Rc<Artist>,
    wedges: &[Wedge],
    radius: f64,
    distance: f64,
    labels: Vec<String>,
) -> Vec<Value> {
    wedges
        .iter()
        .zip(labels)
        .map(|(w, label)| {
            let thetam = 2.0 * PI * 0.5 * (w.theta1 + w.theta2) / 360.0;
            let xt = w.center.0 + distance * radius * thetam.cos();
            let yt = w.center.1 + distance * radius * thetam.sin();
            add_child(ax, None);
            pyplot::plot(Artist::Text(Value::Float(xt), Value::Float(yt), label))
        })
        .collect()
}
