//! `plt.colorbar` / `fig.colorbar`: a Colorbar in a new Axes carved out of
//! its parent's cell as `colorbar.make_axes_gridspec` carves it (the
//! default vertical bar on the right): the parent keeps the left part, the
//! colorbar's Axes, labelled `'<colorbar>'`, the right one. npcalc keeps
//! the default layout only, so the keywords that move the bar are refused.

use super::pyplot::{
    self, Artist, Axes, axes_of, figure_of, gcf, kwarg_names, place_new_axes, unsupported,
};
use super::table::Args;
use super::{Interp, Value};
use crate::error::{Error, Exc, Result};
use std::rc::Rc;

/// `make_axes_gridspec`'s defaults for a bar on the right.
const FRACTION: f64 = 0.15;
const PAD: f64 = 0.05;
const SHRINK: f64 = 1.0;
const ANCHOR_Y: f64 = 0.5;

/// One split of a cell's extents (left, bottom, right, top): the
/// subgridspec of 3 rows and 2 columns `make_axes_gridspec` makes, whose
/// column 0 (all rows) keeps the main axes and cell (1, 1) the colorbar's,
/// in `GridSpecBase.get_grid_positions`' arithmetic.
pub(super) fn split([x0, y0, x1, y1]: [f64; 4], colorbar: bool) -> [f64; 4] {
    let wspace = 2.0 * PAD / (1.0 - PAD);
    // Rows: heights [(1 - anchor) * (1 - shrink), shrink, anchor * (1 - shrink)], no space.
    let heights = [
        (1.0 - ANCHOR_Y) * (1.0 - SHRINK),
        SHRINK,
        ANCHOR_Y * (1.0 - SHRINK),
    ];
    let cell_h = (y1 - y0) / 3.0;
    let norm_h = cell_h * 3.0 / heights.iter().sum::<f64>();
    // The cumulative sums of [sep, height] per row (each sep 0), from the top.
    let (mut acc, mut bounds) = (0.0, [(0.0, 0.0); 3]);
    for (i, h) in heights.iter().enumerate() {
        let top = acc;
        acc += h * norm_h;
        bounds[i] = (y1 - acc, y1 - top);
    }
    let widths = [1.0 - FRACTION - PAD, FRACTION];
    let cell_w = (x1 - x0) / (2.0 + wspace);
    let sep_w = wspace * cell_w;
    let norm_w = cell_w * 2.0 / widths.iter().sum::<f64>();
    let (w0, w1) = (widths[0] * norm_w, widths[1] * norm_w);
    if colorbar {
        let (b, t) = bounds[1];
        [x0 + (w0 + sep_w), b, x0 + (w0 + sep_w + w1), t]
    } else {
        let b = bounds.iter().map(|r| r.0).fold(f64::INFINITY, f64::min);
        let t = bounds.iter().map(|r| r.1).fold(f64::NEG_INFINITY, f64::max);
        [x0, b, x0 + w0, t]
    }
}

/// `plt.colorbar(mappable=None, cax=None, ax=None, **kwargs)`: pyplot's
/// current image (`gci`) when no mappable is given.
pub(super) fn plt_colorbar(it: &mut Interp, args: &Args) -> Result<Value> {
    let fig = gcf(it)?;
    let mappable = match args.get("mappable") {
        Value::None => gci(&fig).ok_or_else(|| {
            Error::new(
                Exc::RuntimeError,
                "No mappable was found to use for colorbar creation. First define a mappable such as an image (with imshow) or a contour set (with contourf).",
            )
        })?,
        v => v,
    };
    colorbar(it, &fig, mappable, args)
}

/// `fig.colorbar(mappable, cax=None, ax=None, use_gridspec=True, **kwargs)`.
pub(super) fn fig_colorbar(it: &mut Interp, args: &Args) -> Result<Value> {
    let Some(Value::Plot(fig)) = &args.this else {
        unreachable!("a Figure method")
    };
    if !matches!(args.get("use_gridspec"), Value::Bool(true)) {
        return Err(unsupported("fig.colorbar(use_gridspec=False)"));
    }
    colorbar(it, fig, args.get("mappable"), args)
}

/// `Figure._gci`: the current axes' current image, else the last axes' one
/// that has one.
fn gci(fig: &Rc<Artist>) -> Option<Value> {
    let f = figure_of(fig).borrow();
    let current = f.current_axes();
    current
        .into_iter()
        .chain(f.axes().iter().rev().cloned())
        .find_map(|a| axes_of(&a).borrow().current_image.clone())
        .map(Value::Plot)
}

fn colorbar(it: &Interp, fig: &Rc<Artist>, mappable: Value, args: &Args) -> Result<Value> {
    if let Some(key) = kwarg_names(args).into_iter().find(|k| k != "label") {
        return Err(unsupported(&format!(
            "colorbar keywords other than label=, such as {key}="
        )));
    }
    let Value::Plot(m) = &mappable else {
        return Err(unsupported(
            "a colorbar of anything but an image or a scatter",
        ));
    };
    let holder = figure_of(fig)
        .borrow()
        .axes()
        .iter()
        .find(|a| {
            axes_of(a)
                .borrow()
                .mappables
                .iter()
                .any(|x| Rc::ptr_eq(x, m))
        })
        .cloned();
    let parent = match args.get("ax") {
        Value::None => holder,
        Value::Plot(a) if matches!(*a, Artist::Axes(_)) => Some(a),
        _ => return Err(unsupported("a colorbar beside several axes")),
    };
    let cax = match args.get("cax") {
        Value::Plot(a) if matches!(*a, Artist::Axes(_)) => a,
        Value::None => {
            let Some(parent) = parent else {
                return Err(Error::value_error(
                    "Unable to determine Axes to steal space for Colorbar. Either provide the *cax* argument to use as the Axes for the Colorbar, provide the *ax* argument to steal space from it, or add *mappable* to an Axes.",
                ));
            };
            // The parent's figure holds the colorbar.
            let home = pyplot::figure_holding(it, &parent)
                .ok_or_else(|| unsupported("a colorbar of an Axes whose figure was closed"))?;
            let cax = place_new_axes(&home, &parent);
            let mut c = axes_of(&cax).borrow_mut();
            c.label = "<colorbar>".into();
            cax.clone()
        }
        _ => return Err(unsupported("a colorbar in anything but an Axes")),
    };
    // `set_label` names the long axis: y for a vertical bar.
    if let Some(label) = pyplot::kwarg(args, "label")
        && !matches!(label, Value::None)
    {
        let mut c: std::cell::RefMut<Axes> = axes_of(&cax).borrow_mut();
        c.ylabel = pyplot::text_of(&label);
    }
    // Its limits are the norm's, which npcalc does not compute.
    pyplot::request_autoscale(&cax);
    Ok(pyplot::plot(Artist::Colorbar(cax)))
}
