//! `matplotlib.pyplot`, headless: a script run without a display gets
//! matplotlib's Agg backend, draws nothing a learner sees, and prints only
//! what the calls return. npcalc keeps the figures and axes pyplot's state
//! machine keeps (so `gca()`/`gcf()`, titles and labels read back), converts
//! each data argument as matplotlib does (`np.asarray`), raises matplotlib's
//! errors for mismatched data, and returns objects whose repr and str are
//! matplotlib 3.11's. `plt.hist` returns the real `(n, bins, patches)`
//! through `np.histogram`, as `Axes.hist` computes them. Strings given as
//! data go through the axis' categories (`category.rs`); `twinx`/`twiny`
//! axes share one axis' categories, limits and autoscaling; tick
//! formatters live in `ticker.rs`.

use super::artist_props::{self, Kind, TextCall};
use super::category::{self, Given};
use super::line2d::{self, Line};
use super::table::{Args, CallArgs, FnDef, builtin, p};
use super::value::Module;
use super::{Interp, Value};
use crate::array::{Array, DType};
use crate::error::{Error, Exc, Result};
use crate::syntax::ast::CmpOp;
use std::cell::RefCell;
use std::rc::{Rc, Weak};

/// One matplotlib object.
#[derive(Debug)]
pub enum Artist {
    Figure(RefCell<Figure>),
    /// Boxed: an Axes holds far more than any other artist.
    Axes(Box<RefCell<Axes>>),
    /// A `Line2D` (its label `_childN` when none was given).
    Line(RefCell<Line>),
    /// `Text(x, y, 'text')`: x and y keep the types they were given.
    Text(Value, Value, String),
    /// An `Annotation`: its repr is Text's, of where its text is (as
    /// given); its str formats the point annotated, the last field.
    Annotation(Value, Value, String, (f64, f64)),
    Legend,
    /// An artist npcalc reads nothing of but its class: a `PathCollection`,
    /// `FillBetweenPolyCollection` or a pie's `Wedge` (class name).
    Collection(&'static str),
    /// A `BarContainer` of so many bars.
    Bars(usize),
    /// A `Polygon` (a step histogram's outline): its vertex count and first vertex.
    Polygon(usize, f64, f64),
    /// A `PieContainer`: the list of wedges and the lists of texts (labels,
    /// then autopct's; an empty one when labels were not drawn).
    Pie(Vec<Value>, Vec<Vec<Value>>),
    /// A `Colorbar`: the Axes it draws in.
    Colorbar(Rc<Artist>),
    /// An `XTick` or `YTick`.
    Tick(&'static str),
    /// An `AxesImage` of data of this shape (its text, `(2, 3)`).
    Image(String),
    /// `ax.lines` (an `ArtistList`, true) or `ax.get_lines()` (a
    /// `silent_list`): the axes' lines when asked for.
    Lines(Vec<Rc<Artist>>, bool),
    /// A registered colormap: its name, whether a `ListedColormap`, its `N`.
    Colormap(&'static str, bool, usize),
    /// An `ErrorbarContainer`: the data line (or None), the tuple of cap
    /// lines and the tuple of bar LineCollections.
    Errorbar(Vec<Value>),
    /// A `matplotlib.ticker` formatter.
    Formatter(RefCell<super::ticker::Formatter>),
    /// An Axes' `xaxis` (false) or `yaxis` (true).
    Axis(Rc<Artist>, bool),
}

#[derive(Debug)]
pub struct Figure {
    /// Its number with pyplot (`fig.number`) and its label (`get_label()`,
    /// '' unless made as `plt.figure('name')`).
    number: i64,
    label: String,
    /// Width and height in pixels (inches times dpi).
    size: (f64, f64),
    dpi: f64,
    axes: Vec<Rc<Artist>>,
    current: Option<usize>,
    pars: SubplotPars,
}

impl Figure {
    pub(super) fn axes(&self) -> &[Rc<Artist>] {
        &self.axes
    }

    /// Its current axes (`_axstack.current()`), None before any.
    pub(super) fn current_axes(&self) -> Option<Rc<Artist>> {
        self.current.map(|k| self.axes[k].clone())
    }
}

/// matplotlib's `SubplotParams`: where the grid of subplots sits in the
/// figure and the padding between its cells.
#[derive(Debug, Clone, Copy)]
struct SubplotPars {
    left: f64,
    right: f64,
    bottom: f64,
    top: f64,
    wspace: f64,
    hspace: f64,
}

/// rcParams' `figure.subplot.*` defaults.
const DEFAULT_PARS: SubplotPars = SubplotPars {
    left: 0.125,
    right: 0.9,
    bottom: 0.11,
    top: 0.88,
    wspace: 0.2,
    hspace: 0.2,
};

/// A subplot's cell: rows and columns of its grid, and its C-order index.
type Grid = (usize, usize, usize);

#[derive(Debug)]
pub struct Axes {
    /// Its cell of the figure's grid (its SubplotSpec).
    grid: Grid,
    /// The colorbar splits of that cell, outermost first: each keeps the
    /// main part (false) or the colorbar's (true); see `colorbar.rs`.
    pub(super) splits: Vec<bool>,
    /// Its label (`'<colorbar>'` for a colorbar's axes), shown by its repr.
    pub(super) label: String,
    /// The images and collections a colorbar can map (their axes is this).
    pub(super) mappables: Vec<Rc<Artist>>,
    /// pyplot's current image of the axes (`sci`): the last one pyplot's
    /// `imshow`, `scatter` or `spy` made, not the Axes methods.
    pub(super) current_image: Option<Rc<Artist>>,
    /// left, bottom, width, height in figure coordinates.
    position: [f64; 4],
    /// Its titles at `TITLE_LOCS`: left, center and right.
    titles: [String; 3],
    xlabel: String,
    pub(super) ylabel: String,
    /// Where the x label sits along its axis, and the y label along its.
    label_at: [Value; 2],
    /// Its lines in the order added (`ax.lines`).
    lines: Vec<Rc<Artist>>,
    /// How many colours the line colour cycle handed out.
    line_cycle: usize,
    /// How many artists were added (matplotlib labels each `_childN`).
    children: usize,
    /// Labels of the artists a legend would show (not starting with `_`).
    labels: usize,
    xlim: Option<(f64, f64)>,
    ylim: Option<(f64, f64)>,
    /// Its `dataLim` while npcalc can tell it; None once an artist whose
    /// extent npcalc does not compute was added, or the axes share limits.
    data_lim: Option<DataLim>,
    /// The scale of the x and y axes, one of `SCALES`.
    scale: [&'static str; 2],
    /// Whether the axis ever had a scale other than linear: matplotlib keeps
    /// the limits autoscaled under it after a return to linear.
    scaled: [bool; 2],
    /// The categories of the x and y axes (shared with a twin's axis).
    units: [category::Units; 2],
    /// The axes sharing its x and its y axis (`twinx`/`twiny`): they
    /// autoscale together and set limits for each other.
    twins: [Vec<Weak<Artist>>; 2],
    /// Whether ticks were set by hand (`xticks`), not by the locator.
    ticks_set: [bool; 2],
    /// The tick positions set by hand (`set_xticks`, `xticks`): a FixedLocator's.
    fixed_ticks: [Option<Array>; 2],
    /// Whether an axis' ticks are on the right (top), as a twin's own are.
    far_side: [bool; 2],
    /// The major formatters set on its x and y axes.
    formatters: [Option<Rc<Artist>>; 2],
    /// Its `xaxis` and `yaxis` objects while any is held, so that each
    /// read gives the same one (`ax.yaxis is ax.yaxis`); weak, as each
    /// holds the axes.
    axis_objects: [Weak<Artist>; 2],
    /// Its figure's size in pixels, where its axes' `str` places them.
    figure_px: (f64, f64),
    /// Its figure's dots per inch, which turn pixels into the points the
    /// tick locator spaces ticks in.
    figure_dpi: f64,
    /// The sticky edges of its artists on x and y, which autoscaling's
    /// margins do not cross (a bar's base).
    stickies: [Vec<f64>; 2],
    /// Whether a call asked to autoscale without adding an artist (`bar`
    /// of no bars): the limits are no longer the unit interval.
    autoscale_asked: bool,
    /// The x and y margins set by `margins`, kept as given (`get_xmargin`
    /// returns them so); None reads rcParams' `axes.xmargin`/`axes.ymargin`.
    margins: [Option<Value>; 2],
}

/// matplotlib's registered axis scales, in `_scale_mapping`'s order.
const SCALES: [&str; 7] = [
    "linear",
    "log",
    "symlog",
    "asinh",
    "logit",
    "function",
    "functionlog",
];

/// matplotlib's `Axes.dataLim` as its lines make it: the bounds of the
/// points whose x and y are both finite (`update_path_extents` drops the
/// others), one interval per axis, None before any such point.
#[derive(Debug, Clone, Copy, Default)]
struct DataLim {
    x: Option<(f64, f64)>,
    y: Option<(f64, f64)>,
}

/// pyplot's state: the open figures, the current one last used, rcParams.
#[derive(Debug, Default)]
pub struct State {
    figures: Vec<Rc<Artist>>,
    current: Option<Rc<Artist>>,
    rc: Option<Value>,
    /// The colormaps `plt.cm` handed out: the same object each time.
    colormaps: Vec<Rc<Artist>>,
    /// Whether `matplotlib.pyplot` and `matplotlib.pylab` were imported,
    /// which makes each an attribute of `matplotlib`.
    pyplot_imported: bool,
    pylab_imported: bool,
}

/// Whether `name` is a submodule of matplotlib npcalc has, an attribute
/// of the package only once imported.
pub fn is_submodule(m: &Value, name: &str) -> bool {
    matches!(m, Value::Module(Module::Matplotlib)) && matches!(name, "pyplot" | "pylab")
}

/// Notes an import of pyplot or pylab (pylab imports pyplot, and the
/// top-level `pylab` is `from matplotlib.pylab import *`).
pub fn imported(it: &mut Interp, module: &str) {
    let state = &mut it.pyplot;
    match module {
        "matplotlib.pyplot" => state.pyplot_imported = true,
        "matplotlib.pylab" | "pylab" => {
            state.pyplot_imported = true;
            state.pylab_imported = true;
        }
        _ => {}
    }
}

pub(super) fn plot(a: Artist) -> Value {
    Value::Plot(Rc::new(a))
}

pub(super) fn figure_of(a: &Rc<Artist>) -> &RefCell<Figure> {
    match &**a {
        Artist::Figure(f) => f,
        _ => unreachable!("pyplot keeps figures in its figure list"),
    }
}

/// A line's state, or None for another artist.
pub fn line_of(a: &Rc<Artist>) -> Option<&RefCell<Line>> {
    match &**a {
        Artist::Line(l) => Some(l),
        _ => None,
    }
}

pub(super) fn axes_of(a: &Rc<Artist>) -> &RefCell<Axes> {
    match &**a {
        Artist::Axes(x) => x,
        _ => unreachable!("figures hold axes"),
    }
}

/// What every name of pyplot npcalc lacks says.
pub(super) fn unsupported(what: &str) -> Error {
    Error::new(
        Exc::NotImplementedError,
        format!("npcalc does not support {what}"),
    )
}

/// A Text's string: `Text.set_text` turns None into '' and anything else into `str(s)`.
pub(super) fn text_of(v: &Value) -> String {
    match v {
        Value::None => String::new(),
        v => super::repr::str(v, &Default::default()),
    }
}

/// `Axis._set_lim` on bounds already read: NaN and Inf refused (as
/// `_validate_converted_limits` does), equal bounds warned about, and the
/// range widened as the default locator's `nonsingular` widens it, keeping
/// its direction.
fn set_lim(lo: f64, hi: f64, y: bool) -> Result<(f64, f64)> {
    if !lo.is_finite() || !hi.is_finite() {
        return Err(Error::value_error("Axis limits cannot be NaN or Inf"));
    }
    if lo == hi {
        crate::array::signals::warn(
            "UserWarning",
            format!(
                "Attempting to set identical low and high {}lims makes transformation singular; automatically expanding.",
                if y { "y" } else { "x" }
            ),
        );
    }
    let (a, b) = nonsingular(lo, hi, 0.05, 1e-15);
    Ok(if lo > hi { (b, a) } else { (a, b) })
}

/// `matplotlib.transforms.nonsingular` (increasing): the bounds
/// in increasing order, widened by `expander` when the range is too small
/// for doubles to resolve.
pub(super) fn nonsingular(lo: f64, hi: f64, expander: f64, tiny: f64) -> (f64, f64) {
    if !lo.is_finite() || !hi.is_finite() {
        return (-expander, expander);
    }
    let (mut lo, mut hi) = if hi < lo { (hi, lo) } else { (lo, hi) };
    let most = lo.abs().max(hi.abs());
    if most < (1e6 / tiny) * f64::MIN_POSITIVE {
        (lo, hi) = (-expander, expander);
    } else if hi - lo <= most * tiny {
        if hi == 0.0 && lo == 0.0 {
            (lo, hi) = (-expander, expander);
        } else {
            lo -= expander * lo.abs();
            hi += expander * hi.abs();
        }
    }
    (lo, hi)
}

/// `np.iterable` for the values a limit can be: sequences and n-d arrays.
pub(super) fn iterable(v: &Value) -> bool {
    match v {
        Value::List(_) | Value::Tuple(_) | Value::Range(_) => true,
        Value::Array(a) => a.ndim() > 0,
        _ => false,
    }
}

/// The axes' x (or y) `Axis` object: the one already handed out while it
/// lives, else a new one.
fn axis_object(ax: &Rc<Artist>, y: bool) -> Rc<Artist> {
    let held = axes_of(ax).borrow().axis_objects[usize::from(y)].upgrade();
    held.unwrap_or_else(|| {
        let axis = Rc::new(Artist::Axis(ax.clone(), y));
        axes_of(ax).borrow_mut().axis_objects[usize::from(y)] = Rc::downgrade(&axis);
        axis
    })
}

/// A formatter's state, or None for another artist.
pub(super) fn formatter_of(a: &Rc<Artist>) -> Option<&RefCell<super::ticker::Formatter>> {
    match &**a {
        Artist::Formatter(f) => Some(f),
        _ => None,
    }
}

pub(super) fn float(v: &Value, what: &str) -> Result<f64> {
    let a = super::convert::to_array(v, Some(DType::Float64))?;
    if a.size() != 1 {
        return Err(Error::type_error(format!("{what} must be a single number")));
    }
    Ok(a.to_vec::<f64>()[0])
}

/// `rcParams`, made on first use with the defaults figures read.
fn rc(it: &mut Interp) -> Result<Value> {
    if let Some(v) = &it.pyplot.rc {
        return Ok(v.clone());
    }
    let pairs = [
        (
            "figure.figsize",
            Value::list(vec![Value::Float(6.4), Value::Float(4.8)]),
        ),
        ("figure.dpi", Value::Float(100.0)),
        ("hist.bins", Value::int(10)),
    ];
    let d = super::dict::PyDict::from_pairs(pairs.into_iter().map(|(k, v)| (Value::str(k), v)))?;
    let v = super::dict::value(d);
    it.pyplot.rc = Some(v.clone());
    Ok(v)
}

pub(super) fn rc_get(it: &mut Interp, key: &str) -> Result<Value> {
    let Value::Dict(d) = rc(it)? else {
        unreachable!("rcParams is a dict")
    };
    let v = d.borrow().get(&Value::str(key))?;
    Ok(v.unwrap_or(Value::None))
}

/// The position of a grid cell split by colorbars: `grid_cell`, each split
/// carved out of the extents before.
fn place(grid: Grid, splits: &[bool], pars: &SubplotPars) -> [f64; 4] {
    let mut e = grid_extents(grid, pars);
    for colorbar in splits {
        e = super::colorbar::split(e, *colorbar);
    }
    let [x0, y0, x1, y1] = e;
    [x0, y0, x1 - x0, y1 - y0]
}

/// The position of a grid cell (left, bottom, width, height).
fn grid_cell(grid: Grid, pars: &SubplotPars) -> [f64; 4] {
    place(grid, &[], pars)
}

/// The extents of a grid cell (left, bottom, right, top), GridSpec's
/// arithmetic with the figure's subplot parameters.
fn grid_extents((nrows, ncols, index): Grid, pars: &SubplotPars) -> [f64; 4] {
    fn edges(n: usize, start: f64, total: f64, space: f64) -> Vec<(f64, f64)> {
        let cell = total / (n as f64 + space * (n as f64 - 1.0));
        let sep = space * cell;
        let norm = cell * n as f64 / n as f64;
        let mut acc = 0.0;
        (0..n)
            .map(|i| {
                acc += if i == 0 { 0.0 } else { sep };
                let a = acc;
                acc += norm;
                (start + a, start + acc)
            })
            .collect()
    }
    let SubplotPars {
        left,
        right,
        bottom,
        top,
        wspace,
        hspace,
    } = *pars;
    let cols = edges(ncols, left, right - left, wspace);
    // Rows run down from the top.
    let rows: Vec<(f64, f64)> = edges(nrows, 0.0, top - bottom, hspace)
        .into_iter()
        .map(|(a, b)| (top - b, top - a))
        .collect();
    let (r, c) = (index / ncols, index % ncols);
    let (l, rt) = cols[c];
    let (b, t) = rows[r];
    [l, b, rt, t]
}

fn new_axes(grid: Grid, fig: &Figure) -> Rc<Artist> {
    let pars = &fig.pars;
    Rc::new(Artist::Axes(Box::new(RefCell::new(Axes {
        grid,
        splits: Vec::new(),
        label: String::new(),
        mappables: Vec::new(),
        current_image: None,
        position: grid_cell(grid, pars),
        titles: Default::default(),
        xlabel: String::new(),
        ylabel: String::new(),
        label_at: [Value::Float(0.5), Value::Float(0.5)],
        lines: Vec::new(),
        line_cycle: 0,
        children: 0,
        labels: 0,
        xlim: None,
        ylim: None,
        data_lim: Some(DataLim::default()),
        scale: ["linear"; 2],
        scaled: [false; 2],
        units: Default::default(),
        twins: Default::default(),
        ticks_set: [false; 2],
        fixed_ticks: Default::default(),
        far_side: [false; 2],
        formatters: Default::default(),
        axis_objects: Default::default(),
        figure_px: fig.size,
        figure_dpi: fig.dpi,
        stickies: Default::default(),
        autoscale_asked: false,
        margins: Default::default(),
    }))))
}

/// The numbers of pyplot's open figures, sorted (`plt.get_fignums()`).
fn fignums(it: &Interp) -> Vec<i64> {
    let mut nums: Vec<i64> = it
        .pyplot
        .figures
        .iter()
        .map(|f| figure_of(f).borrow().number)
        .collect();
    nums.sort_unstable();
    nums
}

/// `Gcf.set_active`: the figure becomes the current one, and the last in
/// pyplot's order (the one current again once the current is closed).
fn activate(it: &mut Interp, fig: &Rc<Artist>) {
    let st = &mut it.pyplot;
    st.figures.retain(|f| !Rc::ptr_eq(f, fig));
    st.figures.push(fig.clone());
    st.current = Some(fig.clone());
}

/// A new figure, numbered one past the highest open number.
fn new_figure(it: &mut Interp, args: &Args) -> Result<Rc<Artist>> {
    let next = fignums(it).last().map_or(1, |n| n + 1);
    make_figure(it, args, next, String::new())
}

/// `plt.figure(num)`: the figure with that number (an int) or label (a
/// str), made when there is none; an existing one is made current, and any
/// figure property given with it is ignored with matplotlib's warning.
fn figure(it: &mut Interp, args: &Args) -> Result<Value> {
    let num = args.get("num");
    let nums = fignums(it);
    let next = nums.last().map_or(1, |n| n + 1);
    let kwargs = kwarg_names(args);
    let given = |k: &str| kwarg(args, k).is_some_and(|v| !matches!(v, Value::None));
    let frameon_off = match kwarg(args, "frameon") {
        Some(v) => !it.truthy(&v)?,
        None => false,
    };
    let props = !matches!(args.get("figsize"), Value::None)
        || !matches!(args.get("dpi"), Value::None)
        || given("facecolor")
        || given("edgecolor")
        || frameon_off
        || kwargs.iter().any(|k| {
            !matches!(
                k.as_str(),
                "facecolor" | "edgecolor" | "frameon" | "FigureClass" | "clear"
            )
        });
    let ignored = |num: &Value| {
        crate::array::signals::warn(
            "UserWarning",
            format!(
                "Ignoring specified arguments in this call because figure with num: {} already exists",
                super::repr::str(num, &Default::default())
            ),
        )
    };
    let found = |it: &Interp, pick: &dyn Fn(&Figure) -> bool| {
        it.pyplot
            .figures
            .iter()
            .find(|f| pick(&figure_of(f).borrow()))
            .cloned()
    };
    let fig = match &num {
        Value::Plot(f) if matches!(**f, Artist::Figure(_)) => {
            if it.pyplot.figures.iter().any(|g| Rc::ptr_eq(g, f)) {
                if props {
                    ignored(&Value::int(figure_of(f).borrow().number));
                }
            } else if props {
                return Err(Error::value_error(
                    "You cannot pass figure properties when calling figure() with an existing Figure instance",
                ));
            } else {
                // A closed figure is managed by pyplot again, as a new one.
                figure_of(f).borrow_mut().number = next;
            }
            activate(it, f);
            return Ok(Value::Plot(f.clone()));
        }
        Value::None => None,
        Value::Str(label) => {
            let label = label.to_string();
            match found(it, &|f| f.label == label) {
                Some(f) => Some(f),
                None => {
                    if label == "all" {
                        crate::array::signals::warn(
                            "UserWarning",
                            "close('all') closes all existing figures.",
                        );
                    }
                    let fig = make_figure(it, args, next, label)?;
                    return finish_figure(it, args, fig);
                }
            }
        }
        other => {
            let n = match super::builtins::to_int(other)? {
                Value::Int(i) => {
                    i64::try_from(&i).map_err(|_| unsupported("a figure number this large"))?
                }
                _ => unreachable!("int() gives an int"),
            };
            // Checked as given (`num in allnums`), before int() of it.
            let open = Value::list(nums.iter().map(|&m| Value::int(m)).collect());
            if props && it.contains(&open, other)? {
                ignored(other);
            }
            match found(it, &|f| f.number == n) {
                Some(f) => Some(f),
                None => {
                    let fig = make_figure(it, args, n, String::new())?;
                    return finish_figure(it, args, fig);
                }
            }
        }
    };
    let fig = match fig {
        Some(f) => {
            activate(it, &f);
            f
        }
        None => make_figure(it, args, next, String::new())?,
    };
    finish_figure(it, args, fig)
}

/// `clear=True` empties the figure plt.figure returns.
fn finish_figure(it: &mut Interp, args: &Args, fig: Rc<Artist>) -> Result<Value> {
    if let Some(clear) = kwarg(args, "clear")
        && it.truthy(&clear)?
    {
        let mut f = figure_of(&fig).borrow_mut();
        f.axes.clear();
        f.current = None;
    }
    Ok(Value::Plot(fig))
}

/// A new current figure with this number and label: `Figure.__init__`,
/// whose other keywords must be Figure properties.
fn make_figure(it: &mut Interp, args: &Args, number: i64, label: String) -> Result<Rc<Artist>> {
    let own = [
        "facecolor",
        "edgecolor",
        "frameon",
        "FigureClass",
        "clear",
        "linewidth",
        "subplotpars",
        "tight_layout",
        "constrained_layout",
        "layout",
    ];
    if args.params_has("num") {
        check_props(args, Kind::Figure, &own)?;
    }
    let size = match args.get("figsize") {
        Value::None => rc_get(it, "figure.figsize")?,
        v => v,
    };
    let dpi = match args.get("dpi") {
        Value::None => float(&rc_get(it, "figure.dpi")?, "dpi")?,
        v => float(&v, "dpi")?,
    };
    let wh = super::convert::to_array(&size, Some(DType::Float64))?.to_vec::<f64>();
    if wh.len() != 2 {
        return Err(Error::value_error(format!(
            "Invalid figsize format, expected (x, y) or (x, y, unit) but got {}",
            super::repr::repr(&size, &Default::default())
        )));
    }
    if wh.iter().any(|v| !v.is_finite() || *v < 0.0) {
        // Printed as `_parse_figsize` returns it: a tuple of the items given.
        let items = it.iterate(&size)?;
        return Err(Error::value_error(format!(
            "figure size must be positive finite not {}",
            super::repr::repr(&Value::tuple(items), &Default::default())
        )));
    }
    let fig = Rc::new(Artist::Figure(RefCell::new(Figure {
        number,
        label,
        size: (wh[0] * dpi, wh[1] * dpi),
        dpi,
        axes: Vec::new(),
        current: None,
        pars: DEFAULT_PARS,
    })));
    activate(it, &fig);
    Ok(fig)
}

pub(super) fn gcf(it: &mut Interp) -> Result<Rc<Artist>> {
    match &it.pyplot.current {
        Some(f) => Ok(f.clone()),
        None => {
            let args =
                super::table::bind(&PYPLOT[0], None, CallArgs::default(), Default::default())?;
            new_figure(it, &args)
        }
    }
}

fn gca(it: &mut Interp) -> Result<Rc<Artist>> {
    let fig = gcf(it)?;
    let mut f = figure_of(&fig).borrow_mut();
    if let Some(i) = f.current {
        return Ok(f.axes[i].clone());
    }
    let ax = new_axes((1, 1, 0), &f);
    f.axes.push(ax.clone());
    f.current = Some(f.axes.len() - 1);
    Ok(ax)
}

/// The Axes a call works on: `self` for a method, else pyplot's current one.
pub(super) fn target(it: &mut Interp, args: &Args) -> Result<Rc<Artist>> {
    match &args.this {
        Some(Value::Plot(a)) if matches!(**a, Artist::Axes(_)) => Ok(a.clone()),
        _ => gca(it),
    }
}

pub(super) fn kwarg(args: &Args, name: &str) -> Option<Value> {
    let Value::Dict(d) = args.get("kwargs") else {
        return None;
    };
    d.borrow().get(&Value::str(name)).ok().flatten()
}

/// Fails, as matplotlib does when it makes the artist, on an extra keyword
/// that neither the call (`own`) nor the artist `kind` knows.
pub(super) fn check_props(args: &Args, kind: Kind, own: &[&str]) -> Result<()> {
    let keys = kwarg_names(args);
    artist_props::check(kind, keys.iter().map(String::as_str), own)
}

/// matplotlib's checks of the keywords of a call that makes or changes a
/// Text, and of its `fontdict`'s keys; `own` are the call's own keywords.
fn check_text(args: &Args, call: TextCall, own: &[&str]) -> Result<()> {
    let fontdict = match call {
        TextCall::Title | TextCall::AxisLabel | TextCall::Text => args.get("fontdict"),
        TextCall::Suptitle => kwarg(args, "fontdict").unwrap_or(Value::None),
        TextCall::Annotate => Value::None,
    };
    let fontdict: Vec<String> = match &fontdict {
        Value::None => Vec::new(),
        Value::Dict(d) => d
            .borrow()
            .entries()
            .iter()
            .map(|(k, _)| super::repr::str(k, &Default::default()))
            .collect(),
        // `Text.update(fontdict)` reads `fontdict.items()`; Axes.text and
        // Figure.text unpack it with `**`.
        v if matches!(call, TextCall::Title | TextCall::AxisLabel) => {
            return Err(Error::attribute_error(format!(
                "'{}' object has no attribute 'items'",
                v.type_name()
            )));
        }
        v => {
            return Err(Error::type_error(format!(
                "'{}' object is not a mapping",
                v.type_name()
            )));
        }
    };
    let keys = kwarg_names(args);
    let keys: Vec<&str> = keys
        .iter()
        .map(String::as_str)
        .filter(|k| !own.contains(k))
        .collect();
    let fontdict: Vec<&str> = fontdict.iter().map(String::as_str).collect();
    artist_props::check_text(call, &fontdict, &keys)
}

/// The extra keywords' names, in call order.
pub(super) fn kwarg_names(args: &Args) -> Vec<String> {
    let Value::Dict(d) = args.get("kwargs") else {
        return Vec::new();
    };
    d.borrow()
        .entries()
        .iter()
        .map(|(k, _)| super::repr::str(k, &Default::default()))
        .collect()
}

/// The alias check plot, step, bar, barh and hist make first of all; step
/// adds its own `drawstyle` after the caller's keywords.
pub(super) fn check_aliases(args: &Args, kind: Kind, step: bool) -> Result<()> {
    let mut keys = kwarg_names(args);
    if step && !keys.iter().any(|k| k == "drawstyle") {
        keys.push("drawstyle".into());
    }
    artist_props::check_aliases(kind, keys.iter().map(String::as_str))
}

/// Adds an artist to the axes: its label is the given one or `_childN`.
/// npcalc does not follow its extent, so the data limits become unknown.
pub(super) fn add_child(ax: &Rc<Artist>, label: Option<Value>) -> String {
    axes_of(ax).borrow_mut().data_lim = None;
    add_artist(ax, label)
}

/// `add_child` for an artist whose extent the caller adds to the data limits.
pub(super) fn add_artist(ax: &Rc<Artist>, label: Option<Value>) -> String {
    let mut a = axes_of(ax).borrow_mut();
    let label = match label {
        Some(Value::Str(s)) => s.to_string(),
        Some(Value::None) | None => format!("_child{}", a.children),
        Some(v) => super::repr::str(&v, &Default::default()),
    };
    a.children += 1;
    if !label.starts_with('_') {
        a.labels += 1;
    }
    label
}

pub(super) fn data(v: &Value) -> Result<Array> {
    // matplotlib maps strings to positions on a category axis.
    if super::strarray::holds_text(v) {
        return Err(unsupported(
            "categorical (string) data except in plot, scatter, bar and barh",
        ));
    }
    super::convert::to_array(v, None)
}

/// One axis' data of a call, through the axis' categories when it is text.
fn axis_data(ax: &Rc<Artist>, v: &Value, y: bool, given: Given) -> Result<category::Converted> {
    let units = axes_of(ax).borrow().units[usize::from(y)].clone();
    category::convert(&units, v, given)
}

pub(super) fn shape_text(a: &Array) -> String {
    crate::array::shape_repr(a.shape())
}

/// `plot(y)`, `plot(x, y)`, `plot(x, y, fmt)`, repeated: one Line2D per
/// column of each y, as `_process_plot_var_args` splits them.
fn plot_lines(it: &mut Interp, args: &Args, named_xy: bool) -> Result<Value> {
    let ax = target(it, args)?;
    check_aliases(args, Kind::Line2D, named_xy)?;
    let Value::Tuple(items) = args.get("args") else {
        unreachable!("*args is a tuple")
    };
    let mut items: Vec<Value> = items.to_vec();
    // `_process_plot_var_args.__call__` refuses x and y as keywords (plot's
    // data are positional only; step names x and y, so binds them) and None.
    if !named_xy {
        for key in ["x", "y"] {
            if kwarg(args, key).is_some() {
                return Err(Error::type_error(format!(
                    "plot() got an unexpected keyword argument '{key}'"
                )));
            }
        }
    }
    if items.iter().any(|v| matches!(v, Value::None)) {
        return Err(Error::value_error(
            "x, y, and format string must not be None",
        ));
    }
    let mut lines = Vec::new();
    let label = kwarg(args, "label");
    while !items.is_empty() {
        // One group: x, y and a format string, or y and one.
        let mut group: Vec<Value> = Vec::new();
        while group.len() < 2 && !items.is_empty() && !matches!(items[0], Value::Str(_)) {
            group.push(items.remove(0));
        }
        let fmt = match items.first() {
            Some(Value::Str(f)) => {
                let f = f.to_string();
                items.remove(0);
                Some(f)
            }
            _ => None,
        };
        if group.is_empty() {
            return Err(unsupported(
                "plt.plot with a format string and no data before it",
            ));
        }
        // `_plot_args` reads the format string before the data.
        if let Some(f) = &fmt {
            line2d::format(f)?;
        }
        let yc = axis_data(&ax, group.last().expect("one"), true, Given::AsArray)?;
        let xc = match group.len() {
            2 => Some(axis_data(&ax, &group[0], false, Given::AsArray)?),
            _ => None,
        };
        let y = yc.positions;
        let (x, xtext) = match xc {
            Some(c) => (c.positions, c.text),
            None => (
                line2d::default_x(y.shape().first().copied().unwrap_or(1)),
                None,
            ),
        };
        // A line keeps the strings it was given as its data.
        let texts = [xtext, yc.text];
        if texts.iter().flatten().any(|t| t.shape().len() != 1) {
            return Err(unsupported("plotting 2-D arrays of strings"));
        }
        let (xs, ys) = (x.shape(), y.shape());
        if xs.first().copied().unwrap_or(1) != ys.first().copied().unwrap_or(1) {
            return Err(Error::value_error(format!(
                "x and y must have same first dimension, but have shapes {} and {}",
                shape_text(&x),
                shape_text(&y)
            )));
        }
        if x.ndim() > 2 || y.ndim() > 2 {
            return Err(Error::value_error(format!(
                "x and y can be no greater than 2D, but have shapes {} and {}",
                shape_text(&x),
                shape_text(&y)
            )));
        }
        let columns = |a: &Array| if a.ndim() == 2 { a.shape()[1] } else { 1 };
        let n = columns(&x).max(columns(&y));
        let (xd, yd) = (line_data(&x), line_data(&y));
        for j in 0..n {
            let own: &[&str] = if named_xy {
                &["x", "y", "where", "data"]
            } else {
                &["scalex", "scaley", "data"]
            };
            check_props(args, Kind::Line2D, own)?;
            // A step line's path pairs each x with its neighbour's y.
            let l = if named_xy {
                add_child(&ax, label.clone())
            } else {
                let l = add_artist(&ax, label.clone());
                extend_data_lim(&ax, xd.as_ref(), yd.as_ref(), j);
                l
            };
            let mut line = new_line(it, &ax, args, fmt.as_deref(), l, true)?;
            let [xt, yt] = &texts;
            let keep = |t: &Option<super::strarray::StrArray>, a: &Array| -> Result<Value> {
                Ok(match t {
                    Some(t) => Value::StrArray(Box::new(t.clone())),
                    None => Value::Array(line2d::column(a, j)?),
                })
            };
            line.x = Some(keep(xt, &x)?);
            line.y = Some(keep(yt, &y)?);
            let line = Rc::new(Artist::Line(RefCell::new(line)));
            axes_of(&ax).borrow_mut().lines.push(line.clone());
            lines.push(Value::Plot(line));
        }
    }
    Ok(Value::list(lines))
}

/// A line's colour, width and style as `_plot_args` and `_makeline` set
/// them: the keywords, then the format string, then the defaults (the next
/// colour of the axes' cycle when neither names one, else rcParams'
/// `lines.color` for a line made outside the cycle).
pub(super) fn new_line(
    it: &mut Interp,
    ax: &Rc<Artist>,
    args: &Args,
    fmt: Option<&str>,
    label: String,
    cycle: bool,
) -> Result<Line> {
    let either = |a: &str, b: &str| kwarg(args, a).or_else(|| kwarg(args, b));
    let format = fmt.map(line2d::format).transpose()?;
    if let (Some(f), Some(parsed)) = (fmt, &format)
        && f.to_lowercase() != "none"
    {
        let set = [
            ("linestyle", parsed.style.as_ref().map(|s| Value::str(s))),
            ("color", parsed.color.clone()),
        ];
        for (name, val) in set {
            let given = either(name, if name == "color" { "c" } else { "ls" });
            if let (Some(val), Some(_)) = (val, given)
                && !matches!(&val, Value::Str(s) if &**s == "None")
            {
                crate::array::signals::warn(
                    "UserWarning",
                    format!(
                        "{name} is redundantly defined by the '{name}' keyword argument and the fmt string \"{f}\" (-> {name}={}). The keyword argument will take precedence.",
                        super::repr::repr(&val, &Default::default())
                    ),
                );
            }
        }
    }
    let (fmt_style, fmt_color) = match format {
        None => (None, None),
        Some(f) => (f.style.map(Some), f.color.map(Some)),
    };
    let color = match either("color", "c").filter(|v| !matches!(v, Value::None)) {
        Some(c) => Some(c),
        None => match fmt_color {
            Some(c) => c,
            None if cycle => {
                let mut a = axes_of(ax).borrow_mut();
                a.line_cycle += 1;
                Some(line2d::cycle_color(a.line_cycle - 1))
            }
            None => match rc_get(it, "lines.color")? {
                Value::None => Some(Value::str("C0")),
                _ => None,
            },
        },
    };
    let style = match either("linestyle", "ls") {
        Some(v) => line2d::linestyle(&v),
        None => fmt_style.unwrap_or_else(|| Some("-".into())),
    };
    let width = match either("linewidth", "lw") {
        Some(w) => Some(float(&w, "linewidth")?),
        None => match rc_get(it, "lines.linewidth")? {
            Value::None => Some(line2d::DEFAULT_WIDTH),
            _ => None,
        },
    };
    Ok(Line {
        label,
        x: None,
        y: None,
        color,
        width,
        style,
    })
}

/// Plot data as floats with its number of columns; None for data that
/// matplotlib would convert through units or refuse as floats (complex).
fn line_data(a: &Array) -> Option<(Vec<f64>, usize)> {
    if a.dtype().kind() == crate::array::Kind::Complex {
        return None;
    }
    let v = crate::array::cast::cast_array(a, DType::Float64)
        .ok()?
        .to_vec::<f64>();
    Some((v, if a.ndim() == 2 { a.shape()[1] } else { 1 }))
}

/// `_update_line_limits` for the `j`th line of `plot(x, y)`, whose points
/// are `x[:, j % ncx]` and `y[:, j % ncy]` (as `_plot_args` pairs them).
fn extend_data_lim(
    ax: &Rc<Artist>,
    x: Option<&(Vec<f64>, usize)>,
    y: Option<&(Vec<f64>, usize)>,
    j: usize,
) {
    let (Some((xs, ncx)), Some((ys, ncy))) = (x, y) else {
        axes_of(ax).borrow_mut().data_lim = None;
        return;
    };
    let xcol = xs.iter().skip(j % ncx).step_by(*ncx).copied();
    let ycol = ys.iter().skip(j % ncy).step_by(*ncy).copied();
    widen_data_lim(ax, xcol.zip(ycol));
}

/// Extends the axes' data limits by the points whose x and y are both
/// finite (`update_path_extents` drops the others).
pub(super) fn widen_data_lim(ax: &Rc<Artist>, points: impl Iterator<Item = (f64, f64)>) {
    let mut a = axes_of(ax).borrow_mut();
    let Some(lim) = a.data_lim.as_mut() else {
        return;
    };
    let widen = |b: &mut Option<(f64, f64)>, v: f64| {
        *b = Some(b.map_or((v, v), |(lo, hi)| (lo.min(v), hi.max(v))));
    };
    for (px, py) in points {
        if px.is_finite() && py.is_finite() {
            widen(&mut lim.x, px);
            widen(&mut lim.y, py);
        }
    }
}

/// Limits set outright, as `ax.set(xlim=…, ylim=…, xticks=[], yticks=[])`
/// does after a pie.
pub(super) fn set_view(ax: &Rc<Artist>, x: (f64, f64), y: (f64, f64)) {
    {
        let mut a = axes_of(ax).borrow_mut();
        a.xlim = Some(x);
        a.ylim = Some(y);
    }
    let none = Array::from_vec(Vec::<f64>::new(), vec![0]);
    fix_ticks(ax, &none, false);
    fix_ticks(ax, &none, true);
}

/// `_request_autoscale_view` without an artist whose extent npcalc knows.
pub(super) fn request_autoscale(ax: &Rc<Artist>) {
    let mut a = axes_of(ax).borrow_mut();
    a.autoscale_asked = true;
    a.data_lim = None;
}

/// A new Axes in `parent`'s figure, split off the right of `parent`'s
/// cell for a colorbar (the parent keeps the rest); the current axes stay.
pub(super) fn place_new_axes(fig: &Rc<Artist>, parent: &Rc<Artist>) -> Rc<Artist> {
    let mut f = figure_of(fig).borrow_mut();
    let (grid, mut splits) = {
        let mut p = axes_of(parent).borrow_mut();
        let kept = p.splits.clone();
        p.splits.push(false);
        p.position = place(p.grid, &p.splits, &f.pars);
        (p.grid, kept)
    };
    splits.push(true);
    let cax = new_axes(grid, &f);
    {
        let mut c = axes_of(&cax).borrow_mut();
        c.position = place(grid, &splits, &f.pars);
        c.splits = splits;
    }
    f.axes.push(cax.clone());
    cax
}

/// A sticky edge of an artist on the x (or y) axis, which the autoscaled
/// margins do not cross.
pub(super) fn add_sticky(ax: &Rc<Artist>, y: bool, at: f64) {
    axes_of(ax).borrow_mut().stickies[usize::from(y)].push(at);
}

/// A ScalarMappable made on the axes: a colorbar finds its axes, and
/// pyplot's call (not the Axes method) makes it the current image (`sci`).
fn mappable(ax: &Rc<Artist>, args: &Args, made: Artist) -> Rc<Artist> {
    let made = Rc::new(made);
    let mut a = axes_of(ax).borrow_mut();
    a.mappables.push(made.clone());
    if args.this.is_none() {
        a.current_image = Some(made.clone());
    }
    made
}

/// Adds a line to the axes' `lines`.
pub(super) fn push_line(ax: &Rc<Artist>, line: Rc<Artist>) {
    axes_of(ax).borrow_mut().lines.push(line);
}

/// `add_container`'s label: a given one shows in a legend, which npcalc
/// counts (its handles are not lines, so get_legend_handles_labels refuses).
pub(super) fn container_label(ax: &Rc<Artist>, label: Value) {
    if let Value::Str(s) = &label
        && !s.starts_with('_')
    {
        axes_of(ax).borrow_mut().labels += 1;
    }
}

/// npcalc's limits follow an axis that was always linear: another scale
/// has its own autoscaling and limit checks (a log axis drops non-positive
/// bounds), and its limits stay after a return to linear.
fn linear_only(ax: &Rc<Artist>, y: bool) -> Result<()> {
    if axes_of(ax).borrow().scaled[usize::from(y)] {
        return Err(unsupported(
            "the limits of an axis given a scale other than 'linear' (npcalc autoscales linear axes only)",
        ));
    }
    Ok(())
}

/// `plt.xscale` / `ax.set_xscale` (and y): the axis's scale by its
/// registered name; its parameters (a log base, ...) npcalc does not take.
fn set_scale(it: &mut Interp, args: &Args, y: bool) -> Result<Value> {
    let ax = target(it, args)?;
    let value = args.get("value");
    let found = match &value {
        Value::Str(v) => SCALES.iter().find(|n| **n == &**v),
        _ => None,
    };
    let Some(name) = found else {
        return Err(Error::value_error(not_valid_msg("scale", &value, &SCALES)));
    };
    if let Some(key) = kwarg_names(args).first() {
        return Err(unsupported(&format!(
            "parameters of an axis scale, such as {key}="
        )));
    }
    let mut a = axes_of(&ax).borrow_mut();
    a.scale[usize::from(y)] = name;
    a.scaled[usize::from(y)] |= *name != "linear";
    Ok(Value::None)
}

fn xscale(it: &mut Interp, args: &Args) -> Result<Value> {
    set_scale(it, args, false)
}

fn yscale(it: &mut Interp, args: &Args) -> Result<Value> {
    set_scale(it, args, true)
}

/// `semilogx`/`semilogy`/`loglog`: the log scale on the axes named (x, y),
/// then `plot` with the rest. The scale's own keywords (`base=`, …) npcalc
/// does not take, as `set_xscale` does not.
fn log_plot(it: &mut Interp, args: &Args, axes: [bool; 2]) -> Result<Value> {
    const SCALE_KEYS: [&str; 7] = [
        "base",
        "subs",
        "nonpositive",
        "basex",
        "basey",
        "subsx",
        "subsy",
    ];
    if let Some(key) = kwarg_names(args)
        .into_iter()
        .find(|k| SCALE_KEYS.contains(&k.as_str()) || k == "nonposx" || k == "nonposy")
    {
        return Err(unsupported(&format!(
            "parameters of an axis scale, such as {key}="
        )));
    }
    let ax = target(it, args)?;
    {
        let mut a = axes_of(&ax).borrow_mut();
        for (i, log) in axes.into_iter().enumerate() {
            if log {
                a.scale[i] = "log";
                a.scaled[i] = true;
            }
        }
    }
    plot_lines(it, args, false)
}

/// The view limits of one axis: those set, else the autoscaled ones, or
/// the unit interval of axes that no artist asked to autoscale yet.
pub(super) fn view_lim(it: &mut Interp, ax: &Rc<Artist>, y: bool) -> Result<Option<(f64, f64)>> {
    linear_only(ax, y)?;
    let set = {
        let a = axes_of(ax).borrow();
        if y { a.ylim } else { a.xlim }
    };
    let untouched = sharing(ax, y).iter().all(|t| {
        let a = axes_of(t).borrow();
        a.children == 0 && !a.autoscale_asked
    });
    match set {
        Some(set) => Ok(Some(set)),
        None if untouched => Ok(Some((0.0, 1.0))),
        None => autoscaled(it, ax, y),
    }
}

/// The axes sharing one axis with `ax` (its twins), itself first.
fn sharing(ax: &Rc<Artist>, y: bool) -> Vec<Rc<Artist>> {
    let twins = axes_of(ax).borrow().twins[usize::from(y)].clone();
    std::iter::once(ax.clone())
        .chain(twins.iter().filter_map(Weak::upgrade))
        .collect()
}

/// The data limits of one axis over the axes sharing it: None when npcalc
/// does not know one's, `Some(None)` when none holds finite data.
fn shared_data_lim(ax: &Rc<Artist>, y: bool) -> Option<Option<(f64, f64)>> {
    let mut all: Option<(f64, f64)> = None;
    for t in sharing(ax, y) {
        let lim = axes_of(&t).borrow().data_lim?;
        if let Some((lo, hi)) = if y { lim.y } else { lim.x } {
            all = Some(all.map_or((lo, hi), |(a, b)| (a.min(lo), b.max(hi))));
        }
    }
    Some(all)
}

/// One axis of `autoscale_view` with autoscaling on (rcParams' default
/// `axes.autolimit_mode` 'data', so tight or not alike): the data limits
/// widened by `nonsingular`, then by the margin on each side; limits set
/// before stay when no data is finite. None when npcalc does not know the
/// data limits.
fn autoscaled(it: &mut Interp, ax: &Rc<Artist>, y: bool) -> Result<Option<(f64, f64)>> {
    linear_only(ax, y)?;
    let set = {
        let a = axes_of(ax).borrow();
        if y { a.ylim } else { a.xlim }
    };
    let Some(data) = shared_data_lim(ax, y) else {
        return Ok(None);
    };
    if data.is_none() && set.is_some() {
        return Ok(set);
    }
    if !matches!(rc_get(it, "axes.autolimit_mode")?, Value::None) {
        return Err(unsupported("rcParams['axes.autolimit_mode']"));
    }
    let margin = float(&margin_of(it, ax, y)?, "margin")?;
    let (lo, hi) = data.unwrap_or((f64::NEG_INFINITY, f64::INFINITY));
    let (lo, hi) = nonsingular(lo, hi, 0.05, 1e-15);
    // The sticky edges of every axes sharing this axis, sorted; the margin
    // stops at the nearest one at or inside each end (within a tolerance).
    let mut stickies: Vec<f64> = sharing(ax, y)
        .iter()
        .flat_map(|t| axes_of(t).borrow().stickies[usize::from(y)].clone())
        .collect();
    stickies.sort_by(f64::total_cmp);
    let tol = 1e-5 * (hi - lo).abs();
    let below = stickies.partition_point(|&s| s < lo + tol);
    let lo_bound = below.checked_sub(1).map(|i| stickies[i]);
    let above = stickies.partition_point(|&s| s < hi - tol);
    let hi_bound = stickies.get(above).copied();
    let delta = (hi - lo) * margin;
    let delta = if delta.is_finite() { delta } else { 0.0 };
    let (mut lo, mut hi) = (lo - delta, hi + delta);
    if let Some(b) = lo_bound {
        lo = lo.max(b);
    }
    if let Some(b) = hi_bound {
        hi = hi.min(b);
    }
    Ok(Some((lo, hi)))
}

/// The margin of one axis: the one `margins` set, else rcParams'.
fn margin_of(it: &mut Interp, ax: &Rc<Artist>, y: bool) -> Result<Value> {
    if let Some(m) = &axes_of(ax).borrow().margins[usize::from(y)] {
        return Ok(m.clone());
    }
    Ok(
        match rc_get(it, if y { "axes.ymargin" } else { "axes.xmargin" })? {
            Value::None => Value::Float(0.05),
            v => v,
        },
    )
}

/// `Axes.margins(*margins, x=None, y=None, tight=True)`: with no margin
/// given it reads them back as a tuple, else sets each given one as
/// `set_xmargin` does (the view is autoscaled again on the next read).
fn margins(it: &mut Interp, args: &Args) -> Result<Value> {
    let ax = target(it, args)?;
    let Value::Tuple(given) = args.get("margins") else {
        unreachable!("*margins is a tuple")
    };
    let keyword = |name| match args.get(name) {
        Value::None => None,
        v => Some(v),
    };
    let (x, y) = (keyword("x"), keyword("y"));
    if !given.is_empty() && (x.is_some() || y.is_some()) {
        return Err(Error::type_error(
            "Cannot pass both positional and keyword arguments for x and/or y.",
        ));
    }
    let (x, y) = match given.len() {
        0 => (x, y),
        1 => (Some(given[0].clone()), Some(given[0].clone())),
        2 => (Some(given[0].clone()), Some(given[1].clone())),
        _ => {
            return Err(Error::type_error(
                "Must pass a single positional argument for all margins, or one for each margin (x, y).",
            ));
        }
    };
    if x.is_none() && y.is_none() {
        let tight = args.get("tight");
        if !matches!(tight, Value::Bool(true)) {
            let shown = super::classes::repr_of(it, &tight)?;
            crate::array::signals::warn(
                "UserWarning",
                format!("ignoring tight={shown} in get mode"),
            );
        }
        let pair = [margin_of(it, &ax, false)?, margin_of(it, &ax, true)?];
        return Ok(Value::tuple(pair.to_vec()));
    }
    // `tight` only matters to autolimit_mode 'round_numbers', which npcalc refuses.
    for (i, m) in [x, y].into_iter().enumerate() {
        let Some(m) = m else { continue };
        let low = it.compare(CmpOp::Le, &m, &Value::Float(-0.5))?;
        if it.truthy(&low)? {
            return Err(Error::value_error("margin must be greater than -0.5"));
        }
        axes_of(&ax).borrow_mut().margins[i] = Some(m);
    }
    Ok(Value::None)
}

/// `get_xmargin()`/`get_ymargin()`.
fn get_margin(it: &mut Interp, args: &Args, y: bool) -> Result<Value> {
    let ax = target(it, args)?;
    margin_of(it, &ax, y)
}

/// A call that adds one artist of a kind to the axes.
fn one_artist(it: &mut Interp, args: &Args, made: Artist) -> Result<Value> {
    let ax = target(it, args)?;
    add_child(&ax, kwarg(args, "label"));
    Ok(plot(made))
}

fn same_size(x: &Array, y: &Array) -> Result<()> {
    if x.size() != y.size() {
        return Err(Error::value_error("x and y must be the same size"));
    }
    Ok(())
}

fn scatter(it: &mut Interp, args: &Args) -> Result<Value> {
    // Axes.scatter's own keywords; the rest go to its PathCollection.
    let own = [
        "s",
        "c",
        "marker",
        "cmap",
        "norm",
        "vmin",
        "vmax",
        "alpha",
        "linewidths",
        "edgecolors",
        "colorizer",
        "plotnonfinite",
        "data",
    ];
    // Its alias check sees the collection's keywords first, then its own
    // edgecolors and linewidths when they are not None.
    let mut keys: Vec<String> = kwarg_names(args)
        .into_iter()
        .filter(|k| !own.contains(&k.as_str()))
        .collect();
    for name in ["edgecolors", "linewidths"] {
        if kwarg(args, name).is_some_and(|v| !matches!(v, Value::None)) {
            keys.push(name.into());
        }
    }
    artist_props::check_aliases(Kind::PathCollection, keys.iter().map(String::as_str))?;
    let ax = target(it, args)?;
    let x = axis_data(&ax, &args.get("x"), false, Given::Raw)?.positions;
    let y = axis_data(&ax, &args.get("y"), true, Given::Raw)?.positions;
    same_size(&x, &y)?;
    // Only numbers in `c` are colour-mapped through `cmap`.
    if let Some(c) = kwarg(args, "c")
        && !matches!(c, Value::None)
        && data(&c).is_ok()
    {
        check_cmap(&kwarg(args, "cmap").unwrap_or(Value::None))?;
    }
    check_props(args, Kind::PathCollection, &own)?;
    add_child(&ax, kwarg(args, "label"));
    let made = Artist::Collection("matplotlib.collections.PathCollection");
    Ok(Value::Plot(mappable(&ax, args, made)))
}

fn fill_between(it: &mut Interp, args: &Args) -> Result<Value> {
    check_aliases(args, Kind::FillBetweenPolyCollection, false)?;
    // `FillBetweenPolyCollection._validate_shapes`, in its order.
    let t = data(&args.get("x"))?.size();
    for name in ["x", "y1", "y2"] {
        let a = data(&args.get(name))?;
        if a.ndim() > 1 {
            return Err(Error::value_error(format!("'{name}' is not 1-dimensional")));
        }
        if t > 1 && a.size() > 1 && t != a.size() {
            return Err(Error::value_error(format!(
                "'x' has size {t}, but '{name}' has an unequal size of {}",
                a.size()
            )));
        }
    }
    check_props(
        args,
        Kind::FillBetweenPolyCollection,
        &["where", "interpolate", "step", "data"],
    )?;
    let ax = target(it, args)?;
    let label = kwarg(args, "label");
    match fill_vertices(args)? {
        // The polygon's vertices are each x with y1 and with y2 (steps
        // move no vertex outside that box).
        Some((xs, y1, y2)) => {
            add_artist(&ax, label);
            let edges = xs.iter().zip(&y1).chain(xs.iter().zip(&y2));
            widen_data_lim(&ax, edges.map(|(x, y)| (*x, *y)));
        }
        None => {
            add_child(&ax, label);
        }
    }
    Ok(plot(Artist::Collection(
        "matplotlib.collections.FillBetweenPolyCollection",
    )))
}

/// The x, y1 and y2 of fill_between's points.
type FillPoints = (Vec<f64>, Vec<f64>, Vec<f64>);

/// fill_between's x, y1 and y2 broadcast to one length, at the points its
/// polygons hold: those `where=` selects whose three values are finite
/// (`_fill_between_x_or_y` masks the others, splitting the polygon). None
/// where npcalc does not follow it: complex data, `interpolate=True` (which
/// adds the crossings).
fn fill_vertices(args: &Args) -> Result<Option<FillPoints>> {
    if kwarg(args, "interpolate").is_some_and(|v| !matches!(v, Value::Bool(false))) {
        return Ok(None);
    }
    let mut names = vec!["x", "y1", "y2"];
    if kwarg(args, "where").is_some_and(|w| !matches!(w, Value::None)) {
        names.push("where");
    }
    let mut cols = Vec::new();
    for name in names {
        let a = match name {
            "where" => data(&kwarg(args, name).expect("given"))?,
            _ => data(&args.get(name))?,
        };
        if a.dtype().kind() == crate::array::Kind::Complex {
            return Ok(None);
        }
        cols.push(crate::array::cast::cast_array(&a, DType::Float64)?.to_vec::<f64>());
    }
    let n = cols.iter().map(Vec::len).max().unwrap_or(0);
    if cols.iter().any(Vec::is_empty) {
        return Ok(None);
    }
    // A `where` of another length is matplotlib's ValueError, not followed here.
    if cols.iter().any(|c| c.len() != n && c.len() != 1) {
        return Ok(None);
    }
    let cols: Vec<Vec<f64>> = cols
        .into_iter()
        .map(|c| if c.len() == n { c } else { vec![c[0]; n] })
        .collect();
    let kept = (0..n).filter(|&i| {
        cols.get(3).is_none_or(|w| w[i] != 0.0) && cols[..3].iter().all(|c| c[i].is_finite())
    });
    let (mut x, mut y1, mut y2) = (Vec::new(), Vec::new(), Vec::new());
    for i in kept {
        x.push(cols[0][i]);
        y1.push(cols[1][i]);
        y2.push(cols[2][i]);
    }
    Ok(Some((x, y1, y2)))
}

/// `bar`/`barh`: one Rectangle per broadcast position, in a BarContainer
/// (the names in the order matplotlib broadcasts them: barh passes width as x).
fn bars(it: &mut Interp, args: &Args, along: &str, size: &str) -> Result<Value> {
    let ax = target(it, args)?;
    check_aliases(args, Kind::Rectangle, false)?;
    // The first is always on the x axis (barh passes width first).
    let a = axis_data(&ax, &args.get(along), false, Given::Raw)?.positions;
    let b = axis_data(&ax, &args.get(size), true, Given::Raw)?.positions;
    let n = crate::array::shape::broadcast_shapes(&[a.shape(), b.shape()])
        .map_err(|_| {
            Error::value_error(format!(
                "shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between '{along}' with shape {} and '{size}' with shape {}.",
                shape_text(&a),
                shape_text(&b)
            ))
        })?
        .iter()
        .product::<usize>();
    if n > 0 {
        // Axes.bar's own keywords (barh renames x/width/bottom to
        // y/height/left); the rest go to its Rectangles.
        let (size_kw, base_kw) = if size == "height" {
            ("width", "bottom")
        } else {
            ("height", "left")
        };
        let own = [
            size_kw,
            base_kw,
            "align",
            "data",
            "xerr",
            "yerr",
            "error_kw",
            "ecolor",
            "capsize",
            "orientation",
            "log",
            "tick_label",
        ];
        check_props(args, Kind::Rectangle, &own)?;
    }
    for _ in 0..n {
        add_artist(&ax, None);
    }
    // The label is the BarContainer's (its Rectangles are '_nolegend_'),
    // and a legend lists a container whose label does not start with '_'.
    if let Some(label) = kwarg(args, "label")
        && !matches!(label, Value::None)
    {
        let text = super::repr::str(&label, &Default::default());
        if !text.is_empty() && !text.starts_with('_') {
            axes_of(&ax).borrow_mut().labels += 1;
        }
    }
    // barh's first array is the bars' lengths, its second their positions.
    let vertical = size == "height";
    let (pos, len) = if vertical { (&a, &b) } else { (&b, &a) };
    bar_extents(&ax, args, pos, len, vertical)?;
    Ok(plot(Artist::Bars(n)))
}

/// Adds bars' rectangles to the data limits and their bases to the sticky
/// edges, as `Axes.bar` makes them: `x`, the size and `width` (barh: `y`,
/// `height`) and the base broadcast together, each bar centred on its
/// position (or starting there, `align='edge'`). Bars npcalc does not
/// measure (error bars, log scale, sizes it cannot read) leave the data
/// limits unknown.
fn bar_extents(
    ax: &Rc<Artist>,
    args: &Args,
    along: &Array,
    size: &Array,
    vertical: bool,
) -> Result<()> {
    let (thick_kw, base_kw) = if vertical {
        ("width", "bottom")
    } else {
        ("height", "left")
    };
    let align = kwarg(args, "align").unwrap_or_else(|| Value::str("center"));
    let centred = match &align {
        Value::Str(s) if &**s == "center" => true,
        Value::Str(s) if &**s == "edge" => false,
        v => {
            return Err(Error::value_error(format!(
                "{} is not a valid value for align. Supported values are 'center', 'edge'",
                super::repr::repr(v, &Default::default())
            )));
        }
    };
    let unmeasured = ["xerr", "yerr", "log"]
        .iter()
        .any(|k| kwarg(args, k).is_some_and(|v| !matches!(v, Value::None | Value::Bool(false))));
    let read = |name: &str, default: f64| -> Option<Array> {
        match kwarg(args, name) {
            None | Some(Value::None) => Some(Array::from_vec(vec![default], vec![])),
            Some(v) if super::strarray::holds_text(&v) => None,
            Some(v) => super::convert::to_array(&v, None).ok(),
        }
    };
    let (Some(thick), Some(base), false) = (read(thick_kw, 0.8), read(base_kw, 0.0), unmeasured)
    else {
        axes_of(ax).borrow_mut().data_lim = None;
        return Ok(());
    };
    let floats = |a: &Array| -> Option<Vec<f64>> {
        if a.dtype().kind() == crate::array::Kind::Complex {
            return None;
        }
        let shape = crate::array::shape::broadcast_shapes(&[
            along.shape(),
            size.shape(),
            thick.shape(),
            base.shape(),
        ])
        .ok()?;
        let a = crate::array::cast::cast_array(a, DType::Float64).ok()?;
        let a = crate::array::shape::broadcast_to(&a, &shape)?;
        Some(crate::array::shape::copy(&a).ok()?.to_vec::<f64>())
    };
    let (Some(pos), Some(len), Some(thick), Some(base)) =
        (floats(along), floats(size), floats(&thick), floats(&base))
    else {
        axes_of(ax).borrow_mut().data_lim = None;
        return Ok(());
    };
    let mut corners = Vec::new();
    for i in 0..pos.len() {
        // In the bar's own frame: across its thickness, then along its length.
        let start = if centred {
            pos[i] - thick[i] / 2.0
        } else {
            pos[i]
        };
        let (across, up) = ((start, start + thick[i]), (base[i], base[i] + len[i]));
        // `_update_patch_limits` skips a rectangle with no width and no height.
        if thick[i] == 0.0 && len[i] == 0.0 {
            continue;
        }
        for (c, l) in [
            (across.0, up.0),
            (across.1, up.0),
            (across.1, up.1),
            (across.0, up.1),
        ] {
            corners.push(if vertical { (c, l) } else { (l, c) });
        }
    }
    widen_data_lim(ax, corners.into_iter());
    // Each bar sticks to its base (`sticky_edges.y` of a vertical bar).
    let mut a = axes_of(ax).borrow_mut();
    a.stickies[usize::from(vertical)].extend(base.iter().copied());
    a.autoscale_asked = true;
    Ok(())
}

/// `hist`: `np.histogram` of the data as `Axes.hist` calls it, counts as
/// floats, the running total when `cumulative`.
fn hist(it: &mut Interp, args: &Args) -> Result<Value> {
    let ax = target(it, args)?;
    check_aliases(args, Kind::Rectangle, false)?;
    let x = data(&args.get("x"))?;
    if x.ndim() > 1 {
        return Err(unsupported(
            "plt.hist of several datasets (a 2-D x); pass one 1-D dataset",
        ));
    }
    let bins = match args.get("bins") {
        Value::None => rc_get(it, "hist.bins")?,
        v => v,
    };
    let weights = args.get("weights");
    if !matches!(weights, Value::None) {
        // Checked before np.histogram, in matplotlib's words.
        let w = data(&weights)?;
        if w.ndim() <= 1 && w.shape().first().copied().unwrap_or(1) != x.size() {
            return Err(Error::value_error(
                "weights should have the same shape as x",
            ));
        }
    }
    let range = match args.get("range") {
        Value::None if x.dtype() == DType::Float64 => autorange(&x),
        r => r,
    };
    let np = Value::Module(Module::Numpy);
    let histogram = it.getattr(&np, "histogram")?;
    let mut call = CallArgs::default();
    call.positional.push((Value::Array(x), args.span("x")));
    call.positional.push((bins, args.span("bins")));
    call.keywords
        .push(("range".into(), range, args.span("range")));
    for key in ["weights", "density"] {
        call.keywords
            .push((key.into(), args.get(key), args.span(key)));
    }
    let Value::Tuple(got) = it.call(&histogram, call, args.call_span)? else {
        unreachable!("np.histogram returns a pair")
    };
    // Axes.hist's own keywords; the rest go to its patches.
    let own = [
        "bottom",
        "histtype",
        "align",
        "orientation",
        "rwidth",
        "log",
        "color",
        "label",
        "stacked",
        "data",
    ];
    let kind = match kwarg(args, "histtype") {
        Some(Value::Str(t)) if t.starts_with("step") => Kind::Polygon,
        _ => Kind::Rectangle,
    };
    check_props(args, kind, &own)?;
    let counts = super::convert::to_array(&got[0], Some(DType::Float64))?;
    // matplotlib keeps the edges as floats, whatever bins were given.
    let edges = super::convert::to_array(&got[1], Some(DType::Float64))?;
    let mut n = counts.to_vec::<f64>();
    let cumulative = args.get("cumulative");
    if it.truthy(&cumulative)? {
        if it.truthy(&args.get("density"))? {
            let e = edges.to_vec::<f64>();
            for (i, v) in n.iter_mut().enumerate() {
                *v *= e[i + 1] - e[i];
            }
        }
        // A negative number counts from the right (`tops[::-1].cumsum()[::-1]`).
        let backwards = match &cumulative {
            Value::Int(i) => i.sign() == num_bigint::Sign::Minus,
            Value::Float(_) | Value::Scalar(_) => float(&cumulative, "cumulative")? < 0.0,
            _ => false,
        };
        let mut acc = 0.0;
        let mut add = |v: &mut f64| {
            acc += *v;
            *v = acc;
        };
        if backwards {
            n.iter_mut().rev().for_each(&mut add);
        } else {
            n.iter_mut().for_each(&mut add);
        }
    }
    let len = n.len();
    // The label goes on the dataset's first patch (a list gives its first).
    let label = match kwarg(args, "label") {
        Some(Value::List(l)) => l.iter().next(),
        Some(Value::Tuple(t)) => t.first().cloned(),
        other => other,
    }
    .map(|v| match v {
        Value::None => v,
        v => Value::str(&super::repr::str(&v, &Default::default())),
    });
    let patches = if matches!(kind, Kind::Polygon) {
        // Axes.hist draws a step histogram as one Polygon through the bin
        // edges: 2 vertices an edge, or 4 less 3 when filled, starting at
        // (first edge, 0) — swapped when horizontal.
        add_child(&ax, label);
        let filled = matches!(kwarg(args, "histtype"), Some(Value::Str(t)) if &*t == "stepfilled");
        let edges_n = len + 1;
        let verts = if filled { 4 * edges_n - 3 } else { 2 * edges_n };
        let x0 = edges.to_vec::<f64>()[0];
        let horizontal =
            matches!(kwarg(args, "orientation"), Some(Value::Str(o)) if &*o == "horizontal");
        let (vx, vy) = if horizontal { (0.0, x0) } else { (x0, 0.0) };
        Value::list(vec![plot(Artist::Polygon(verts, vx, vy))])
    } else {
        for i in 0..len {
            add_child(&ax, if i == 0 { label.clone() } else { None });
        }
        plot(Artist::Bars(len))
    };
    let counts = Value::Array(Array::from_vec(n, vec![len]));
    Ok(Value::tuple(vec![counts, Value::Array(edges), patches]))
}

/// `hlines`/`vlines`: one segment per position in a LineCollection. The
/// ends are raveled and set into an (n, 2, 2) array as matplotlib does, so
/// each must have one value or one per position (NumPy's error otherwise).
fn segments(it: &mut Interp, args: &Args, at: &str, ends: [&str; 2]) -> Result<Value> {
    let ax = target(it, args)?;
    let n = data(&args.get(at))?.size();
    for name in ends {
        let k = data(&args.get(name))?.size();
        if k != 1 && k != n {
            return Err(Error::value_error(format!(
                "could not broadcast input array from shape ({k},) into shape ({n},)"
            )));
        }
    }
    check_props(args, Kind::LineCollection, &[])?;
    // An empty label is replaced by `_childN` (add_collection).
    let label = match args.get("label") {
        Value::Str(s) if s.is_empty() => None,
        v => Some(v),
    };
    add_child(&ax, label);
    Ok(plot(Artist::Collection(
        "matplotlib.collections.LineCollection",
    )))
}

/// `plt.axis(...)`: 'on'/'off', or [xmin, xmax, ymin, ymax] or xmin=…
/// keywords, returning the limits. The other strings rescale to the data
/// (`autoscale_view`), which npcalc does not compute.
fn axis(it: &mut Interp, args: &Args) -> Result<Value> {
    let ax = target(it, args)?;
    let arg = match args.get("arg") {
        Value::Bool(true) => Value::str("on"),
        Value::Bool(false) => Value::str("off"),
        v => v,
    };
    let mut given: [Option<f64>; 4] = [None; 4];
    match &arg {
        Value::Str(s) => match s.to_lowercase().as_str() {
            "on" | "off" => {}
            // Autoscaling on, `autoscale_view(tight=True)`, then autoscaling
            // off: the limits npcalc computes become the set ones.
            "tight" => {
                let (Some(x), Some(y)) = (autoscaled(it, &ax, false)?, autoscaled(it, &ax, true)?)
                else {
                    return Err(unsupported(&format!(
                        "plt.axis('{s}') after plotting what npcalc does not measure (npcalc draws no figures); set the limits with plt.xlim and plt.ylim"
                    )));
                };
                let mut a = axes_of(&ax).borrow_mut();
                (a.xlim, a.ylim) = (Some(x), Some(y));
            }
            "equal" | "scaled" | "auto" | "image" | "square" => {
                return Err(unsupported(&format!(
                    "plt.axis('{s}'), which rescales the axes to the data (npcalc draws no figures); set the limits with plt.xlim and plt.ylim"
                )));
            }
            _ => {
                return Err(Error::value_error(format!(
                    "Unrecognized string {} to axis; try 'on' or 'off'",
                    super::repr::repr(&arg, &Default::default())
                )));
            }
        },
        Value::None => {
            let Value::Dict(d) = args.get("kwargs") else {
                unreachable!("**kwargs is a dict")
            };
            for (i, name) in ["xmin", "xmax", "ymin", "ymax"].iter().enumerate() {
                if let Some(v) = d.borrow().get(&Value::str(name))? {
                    given[i] = Some(float(&v, name)?);
                }
            }
            for (key, _) in d.borrow().entries() {
                if !matches!(key, Value::Str(k) if ["xmin", "xmax", "ymin", "ymax"].contains(&&**k))
                {
                    return Err(Error::type_error(format!(
                        "axis() got an unexpected keyword argument {}",
                        super::repr::repr(key, &Default::default())
                    )));
                }
            }
        }
        other => {
            let n = super::builtins::len_of(other)?;
            if n != 4 {
                return Err(Error::type_error(
                    "The first argument to axis() must be an iterable of the form [xmin, xmax, ymin, ymax]",
                ));
            }
            let v = super::convert::to_array(other, Some(DType::Float64))?.to_vec::<f64>();
            given = [Some(v[0]), Some(v[1]), Some(v[2]), Some(v[3])];
        }
    }
    if given.iter().flatten().any(|v| !v.is_finite()) {
        return Err(Error::value_error("Axis limits cannot be NaN or Inf"));
    }
    let (xnow, ynow) = (view_lim(it, &ax, false)?, view_lim(it, &ax, true)?);
    let mut guard = axes_of(&ax).borrow_mut();
    let a = &mut *guard;
    let mut out = Vec::new();
    // A bound given alone keeps the other one of its axis, as set_xlim does.
    for (slot, pair, y, view) in [
        (&mut a.xlim, &given[..2], false, xnow),
        (&mut a.ylim, &given[2..], true, ynow),
    ] {
        let now = match (pair[0], pair[1], view) {
            (None, None, Some(now)) => now,
            (Some(lo), Some(hi), _) => set_lim(lo, hi, y)?,
            (lo, hi, Some((l, h))) => set_lim(lo.unwrap_or(l), hi.unwrap_or(h), y)?,
            _ => {
                return Err(unsupported(
                    "reading autoscaled plot limits (npcalc draws no figures); set them first",
                ));
            }
        };
        *slot = Some(now);
        out.push(Value::Scalar(crate::array::Scalar::Float64(now.0)));
        out.push(Value::Scalar(crate::array::Scalar::Float64(now.1)));
    }
    drop(guard);
    share_lims(&ax);
    Ok(Value::tuple(out))
}

/// Gives the axes sharing an axis with `ax` (its twins) its limits, as a
/// shared axis' `set_xlim` does.
fn share_lims(ax: &Rc<Artist>) {
    for y in [false, true] {
        let lim = {
            let a = axes_of(ax).borrow();
            if y { a.ylim } else { a.xlim }
        };
        for t in sharing(ax, y).iter().skip(1) {
            let mut a = axes_of(t).borrow_mut();
            *(if y { &mut a.ylim } else { &mut a.xlim }) = lim;
        }
    }
}

/// `imshow`: an AxesImage of the data, which `_ImageBase.set_data` wants
/// 2-D, or 3-D with 3 (RGB) or 4 (RGBA) channels.
fn imshow(it: &mut Interp, args: &Args) -> Result<Value> {
    let ax = target(it, args)?;
    // The AxesImage, made with its colormap, is given the data after.
    check_cmap(&args.get("cmap"))?;
    let given = args.get("X");
    // `_normalize_image_array`: data that cannot become floats is refused
    // before its shape is looked at.
    let uncastable = match &given {
        Value::None | Value::ObjArray(_) => Some("object".to_string()),
        Value::Str(s) => Some(format!("<U{}", s.chars().count())),
        Value::StrArray(sa) => Some(sa.dtype_str()),
        _ => None,
    };
    let x = match uncastable {
        Some(dtype) => Err(dtype),
        None => {
            let x = data(&given)?;
            match x.dtype().kind() {
                crate::array::Kind::Complex => Err(x.dtype().name().to_string()),
                _ => Ok(x),
            }
        }
    };
    let x = x.map_err(|dtype| {
        Error::type_error(format!(
            "Image data of dtype {dtype} cannot be converted to float"
        ))
    })?;
    let s = x.shape();
    if !(s.len() == 2 || s.len() == 3 && (s[2] == 3 || s[2] == 4)) {
        return Err(Error::type_error(format!(
            "Invalid shape {} for image data",
            shape_text(&x)
        )));
    }
    // matplotlib warns of singular limits for these, from its autoscaling.
    if x.size() == 0 {
        return Err(unsupported("plt.imshow of an empty image"));
    }
    add_child(&ax, kwarg(args, "label"));
    Ok(Value::Plot(mappable(
        &ax,
        args,
        Artist::Image(shape_text(&x)),
    )))
}

/// `Axes.spy` of a dense array: the image of `|Z| > precision` (with
/// imshow's checks), its view limits the cells' edges, row 0 on top unless
/// `origin='lower'`. The marker form draws a Line2D npcalc does not make.
fn spy(it: &mut Interp, args: &Args) -> Result<Value> {
    let ax = target(it, args)?;
    if !matches!(args.get("marker"), Value::None) || !matches!(args.get("markersize"), Value::None)
    {
        return Err(unsupported("plt.spy with a marker or markersize"));
    }
    let origin = args.get("origin");
    let upper = match &origin {
        Value::Str(s) if &**s == "upper" => true,
        Value::Str(s) if &**s == "lower" => false,
        v => {
            return Err(Error::value_error(not_valid_msg(
                "origin",
                v,
                &["upper", "lower"],
            )));
        }
    };
    let precision = match args.get("precision") {
        Value::Str(_) => {
            return Err(unsupported(
                "plt.spy(precision='present'), which is for sparse matrices",
            ));
        }
        v => float(&v, "precision")?,
    };
    let z = data(&args.get("Z"))?;
    if z.dtype().kind() == crate::array::Kind::Complex {
        return Err(unsupported("plt.spy of complex data"));
    }
    let mask: Vec<bool> = crate::array::cast::cast_array(&z, DType::Float64)?
        .to_vec::<f64>()
        .iter()
        .map(|v| v.abs() > precision)
        .collect();
    let mask = Array::from_vec(mask, z.shape().to_vec());
    if let Some(key) = kwarg_names(args).into_iter().find(|k| k != "cmap") {
        return Err(if key == "interpolation" {
            Error::type_error("spy() got an unexpected keyword argument 'interpolation'")
        } else {
            unsupported(&format!("plt.spy({key}=…)"))
        });
    }
    check_cmap(&kwarg(args, "cmap").unwrap_or(Value::None))?;
    let s = mask.shape();
    if s.len() != 2 {
        return Err(if s.len() == 3 && (s[2] == 3 || s[2] == 4) {
            Error::value_error("too many values to unpack (expected 2)")
        } else {
            Error::type_error(format!(
                "Invalid shape {} for image data",
                shape_text(&mask)
            ))
        });
    }
    if mask.size() == 0 {
        return Err(unsupported("plt.spy of an empty array"));
    }
    linear_only(&ax, false)?;
    linear_only(&ax, true)?;
    add_child(&ax, None);
    let (nr, nc) = (s[0] as f64, s[1] as f64);
    {
        let mut a = axes_of(&ax).borrow_mut();
        a.xlim = Some(set_lim(-0.5, nc - 0.5, false)?);
        a.ylim = Some(if upper {
            set_lim(nr - 0.5, -0.5, true)?
        } else {
            set_lim(-0.5, nr - 0.5, true)?
        });
    }
    Ok(Value::Plot(mappable(
        &ax,
        args,
        Artist::Image(shape_text(&mask)),
    )))
}

/// The range `Axes.hist` gives np.histogram when none is given: the data's
/// `nanmin`/`nanmax`, so that NaNs do not spoil it (None when all are NaN,
/// after nanmin's warning; np.histogram then rejects the range itself).
fn autorange(x: &Array) -> Value {
    let v = x.to_vec::<f64>();
    if v.is_empty() {
        return Value::None;
    }
    let seen = v.iter().copied().filter(|f| !f.is_nan());
    let (lo, hi) = seen.fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), f| {
        (lo.min(f), hi.max(f))
    });
    if lo > hi {
        // matplotlib warns twice (nanmin's line and nanmax's); npcalc's
        // registry knows one line per statement, so shows it once.
        crate::array::signals::warn("RuntimeWarning", "All-NaN slice encountered");
        return Value::None;
    }
    let scalar = |f| Value::Scalar(crate::array::Scalar::Float64(f));
    Value::tuple(vec![scalar(lo), scalar(hi)])
}

/// `axhline`/`axvline`: a line at `at` spanning the axes fraction `span`
/// (its data `[xmin, xmax]` and `[y, y]` as given, or the transpose).
fn axline(it: &mut Interp, args: &Args, horizontal: bool) -> Result<Value> {
    let ax = target(it, args)?;
    let (at, own) = if horizontal {
        ("y", ["xmin", "xmax"])
    } else {
        ("x", ["ymin", "ymax"])
    };
    check_props(args, Kind::Line2D, &[])?;
    let label = add_child(&ax, kwarg(args, "label"));
    let mut line = new_line(it, &ax, args, None, label, false)?;
    let at = args.get(at);
    let span = Value::list(vec![args.get(own[0]), args.get(own[1])]);
    let fixed = Value::list(vec![at.clone(), at]);
    let (x, y) = if horizontal {
        (span, fixed)
    } else {
        (fixed, span)
    };
    (line.x, line.y) = (Some(x), Some(y));
    let line = Rc::new(Artist::Line(RefCell::new(line)));
    axes_of(&ax).borrow_mut().lines.push(line.clone());
    Ok(Value::Plot(line))
}

/// `title`, `xlabel`, `ylabel` and their `set_` methods: the Text placed
/// where matplotlib places it.
fn label_text(it: &mut Interp, args: &Args, which: &str) -> Result<Value> {
    let ax = target(it, args)?;
    // matplotlib names the parameter as the function: title(label),
    // xlabel(xlabel), ylabel(ylabel).
    let text = text_of(&args.get(if which == "title" { "label" } else { which }));
    let call = match which {
        "title" => TextCall::Title,
        _ => TextCall::AxisLabel,
    };
    let own: &[&str] = match which {
        "title" => &["loc", "pad", "y"],
        _ => &["labelpad", "loc"],
    };
    let title_at = match which {
        "title" => title_loc(it, kwarg(args, "loc"))?,
        _ => 1,
    };
    let along = match which {
        "title" => Value::None,
        _ => label_position(it, args, &ax, which == "ylabel")?,
    };
    // An axis label passes its keywords on to Axis.set_label_text(label, …).
    if which != "title" && kwarg_names(args).iter().any(|k| k == "label") {
        return Err(Error::type_error(
            "Axis.set_label_text() got multiple values for argument 'label'",
        ));
    }
    // The text is set before its properties are checked, as matplotlib does.
    let checked = check_text(args, call, own);
    let mut a = axes_of(&ax).borrow_mut();
    let (x, y) = match which {
        "title" => {
            a.titles[title_at] = text.clone();
            (Value::Float(title_at as f64 / 2.0), Value::Float(1.0))
        }
        "xlabel" => {
            a.xlabel = text.clone();
            a.label_at[0] = along.clone();
            (along, Value::int(0))
        }
        _ => {
            a.ylabel = text.clone();
            a.label_at[1] = along.clone();
            (Value::int(0), along)
        }
    };
    checked?;
    Ok(plot(Artist::Text(x, y, text)))
}

/// The keywords `Legend.__init__` takes besides handles and labels.
const LEGEND_KEYWORDS: &[&str] = &[
    "loc",
    "numpoints",
    "markerscale",
    "markerfirst",
    "reverse",
    "scatterpoints",
    "scatteryoffsets",
    "prop",
    "fontsize",
    "labelcolor",
    "borderpad",
    "labelspacing",
    "handlelength",
    "handleheight",
    "handletextpad",
    "borderaxespad",
    "columnspacing",
    "ncols",
    "mode",
    "fancybox",
    "shadow",
    "title",
    "title_fontsize",
    "framealpha",
    "edgecolor",
    "facecolor",
    "linewidth",
    "bbox_to_anchor",
    "bbox_transform",
    "frameon",
    "handler_map",
    "title_fontproperties",
    "alignment",
    "ncol",
    "draggable",
];

/// `legend(*args, **kwargs)`: `_parse_legend_args`' checks of handles and
/// labels, then `Legend.__init__`'s of the keywords.
/// `_api.check_in_list`'s message for a list of at most five values.
fn not_in_list(name: &str, given: &Value, values: &[&str]) -> Error {
    let quoted: Vec<String> = values.iter().map(|v| format!("'{v}'")).collect();
    Error::value_error(format!(
        "{} is not a valid value for {name}. Supported values are {}",
        super::repr::repr(given, &Default::default()),
        quoted.join(", ")
    ))
}

/// The places a title can take, in the order `Axes.__repr__` lists them.
const TITLE_LOCS: [&str; 3] = ["left", "center", "right"];

/// `set_title`/`get_title`'s `loc`, lowered and checked as
/// `_api.check_getitem` checks it (rcParams' `axes.titlelocation` when None).
fn title_loc(it: &mut Interp, loc: Option<Value>) -> Result<usize> {
    let loc = match loc {
        None | Some(Value::None) => match rc_get(it, "axes.titlelocation")? {
            Value::None => return Ok(1),
            v => v,
        },
        Some(v) => v,
    };
    let Value::Str(s) = &loc else {
        return Err(Error::attribute_error(format!(
            "'{}' object has no attribute 'lower'",
            loc.type_name()
        )));
    };
    let lower = s.to_lowercase();
    TITLE_LOCS
        .iter()
        .position(|l| *l == lower)
        .ok_or_else(|| not_in_list("loc", &Value::str(&lower), &TITLE_LOCS))
}

/// Where `set_xlabel`/`set_ylabel` put the label along its axis: its `loc`
/// (rcParams' `xaxis.labellocation` by default), unless the caller places
/// it with the keywords `loc` stands for.
fn label_position(it: &mut Interp, args: &Args, ax: &Rc<Artist>, y: bool) -> Result<Value> {
    let coord = if y { "y" } else { "x" };
    let protected = [coord, "horizontalalignment", "ha"];
    let loc = kwarg(args, "loc").filter(|v| !matches!(v, Value::None));
    if kwarg_names(args)
        .iter()
        .any(|k| protected.contains(&k.as_str()))
    {
        if loc.is_some() {
            return Err(Error::type_error(format!(
                "Specifying 'loc' is disallowed when any of its corresponding low level keyword arguments (['{coord}', 'horizontalalignment', 'ha']) are also supplied"
            )));
        }
        // Without x (or y) the label stays where it was.
        return Ok(
            kwarg(args, coord).unwrap_or_else(|| axes_of(ax).borrow().label_at[y as usize].clone())
        );
    }
    let loc = match loc {
        Some(v) => v,
        None => match rc_get(
            it,
            if y {
                "yaxis.labellocation"
            } else {
                "xaxis.labellocation"
            },
        )? {
            Value::None => Value::str("center"),
            v => v,
        },
    };
    let names: [&str; 3] = if y {
        ["bottom", "center", "top"]
    } else {
        ["left", "center", "right"]
    };
    let at = [Value::int(0), Value::Float(0.5), Value::int(1)];
    match names
        .iter()
        .position(|n| matches!(&loc, Value::Str(s) if &**s == *n))
    {
        Some(i) => Ok(at[i].clone()),
        None => Err(not_in_list("loc", &loc, &names)),
    }
}

fn legend(it: &mut Interp, args: &Args) -> Result<Value> {
    let ax = target(it, args)?;
    let Value::Tuple(given) = args.get("args") else {
        unreachable!("*args is a tuple")
    };
    let (handles, labels) = (kwarg(args, "handles"), kwarg(args, "labels"));
    if (handles.is_some() || labels.is_some()) && !given.is_empty() {
        return Err(Error::type_error(
            "When passing handles and labels, they must both be passed positionally or both as keywords.",
        ));
    }
    if given.len() > 2 {
        return Err(Error::type_error(format!(
            "legend() takes 0-2 positional arguments but {} were given",
            given.len()
        )));
    }
    // Handles and labels are iterated (zipped) whatever they are.
    for v in given.iter().chain(handles.iter()).chain(labels.iter()) {
        it.iterate(v).map_err(|_| {
            Error::type_error(format!("'{}' object is not iterable", v.type_name()))
        })?;
    }
    if given.is_empty()
        && handles.is_none()
        && labels.is_none()
        && axes_of(&ax).borrow().labels == 0
    {
        crate::array::signals::warn(
            "UserWarning",
            "No artists with labels found to put in legend.  Note that artists whose label start with an underscore are ignored when legend() is called with no argument.",
        );
    }
    if let Some(key) = kwarg_names(args).into_iter().find(|k| {
        !matches!(k.as_str(), "handles" | "labels") && !LEGEND_KEYWORDS.contains(&k.as_str())
    }) {
        return Err(Error::type_error(format!(
            "Legend.__init__() got an unexpected keyword argument '{key}'"
        )));
    }
    Ok(plot(Artist::Legend))
}

/// `xlim`/`ylim` and `set_xlim`/`set_ylim`: set limits return them as
/// floats; reading them back needs what was set (autoscaling is not computed).
fn limits(it: &mut Interp, args: &Args, y: bool) -> Result<Value> {
    let ax = target(it, args)?;
    let Value::Tuple(given) = args.get("args") else {
        unreachable!("*args is a tuple")
    };
    let axis = if y { "y" } else { "x" };
    let names = if y {
        ["bottom", "top"]
    } else {
        ["left", "right"]
    };
    if given.len() > 2 {
        return Err(Error::type_error(format!(
            "_AxesBase.set_{axis}lim() takes from 1 to 3 positional arguments but {} were given",
            given.len() + 1
        )));
    }
    // set_xlim(left=None, right=None): positional bounds, then keywords.
    let mut bounds: [Option<Value>; 2] = [given.first().cloned(), given.get(1).cloned()];
    for (slot, name) in bounds.iter_mut().zip(names) {
        if let Some(v) = kwarg(args, name) {
            if slot.is_some() {
                return Err(Error::type_error(format!(
                    "_AxesBase.set_{axis}lim() got multiple values for argument '{name}'"
                )));
            }
            *slot = Some(v);
        }
    }
    // The keywords `_AxesBase.set_xlim` takes besides left/right; `xmin`
    // and `xmax` stand for them, after `left, right = left` unpacks a pair.
    let aliases = if y {
        ["ymin", "ymax"]
    } else {
        ["xmin", "xmax"]
    };
    if let Value::Dict(d) = args.get("kwargs") {
        for (key, _) in d.borrow().entries() {
            let known = matches!(key, Value::Str(k)
                if names.contains(&&**k) || aliases.contains(&&**k) || ["emit", "auto"].contains(&&**k));
            if !known {
                return Err(Error::type_error(format!(
                    "_AxesBase.set_{axis}lim() got an unexpected keyword argument {}",
                    super::repr::repr(key, &Default::default())
                )));
            }
        }
    }
    let unpacks = matches!(&bounds, [Some(pair), None | Some(Value::None)] if iterable(pair));
    for (k, (name, alias)) in names.iter().zip(aliases).enumerate() {
        let Some(v) = kwarg(args, alias).filter(|v| !matches!(v, Value::None)) else {
            continue;
        };
        if !matches!(bounds[k], None | Some(Value::None)) || unpacks {
            return Err(Error::type_error(format!(
                "Cannot pass both '{name}' and '{alias}'"
            )));
        }
        bounds[k] = Some(v);
    }
    let view = view_lim(it, &ax, y)?;
    let mut guard = axes_of(&ax).borrow_mut();
    let slot = if y { &mut guard.ylim } else { &mut guard.xlim };
    let bounds = match bounds {
        // `plt.xlim()` reads the limits (`get_xlim`, NumPy floats);
        // `ax.set_xlim()` sets them again, through `_set_lim`.
        [None, None] if args.this.is_none() => {
            return match view {
                Some((lo, hi)) => Ok(Value::tuple(vec![
                    Value::Scalar(crate::array::Scalar::Float64(lo)),
                    Value::Scalar(crate::array::Scalar::Float64(hi)),
                ])),
                None => Err(unsupported(
                    "reading autoscaled plot limits (npcalc draws no figures); set them first",
                )),
            };
        }
        // `left, right = left` when right is None and left is iterable.
        [Some(pair), None | Some(Value::None)] if iterable(&pair) => {
            let v = super::convert::to_array(&pair, Some(DType::Float64))?.to_vec::<f64>();
            if v.len() != 2 {
                return Err(Error::value_error(if v.len() < 2 {
                    format!("not enough values to unpack (expected 2, got {})", v.len())
                } else {
                    "too many values to unpack (expected 2)".to_string()
                }));
            }
            [Some(v[0]), Some(v[1])]
        }
        [lo, hi] => {
            let read = |v: Option<Value>, what: &str| match v {
                None | Some(Value::None) => Ok(None),
                Some(v) => float(&v, what).map(Some),
            };
            [read(lo, names[0])?, read(hi, names[1])?]
        }
    };
    for v in bounds.iter().flatten() {
        if !v.is_finite() {
            return Err(Error::value_error("Axis limits cannot be NaN or Inf"));
        }
    }
    let (lo, hi) = match (bounds, view) {
        ([Some(lo), Some(hi)], _) => (lo, hi),
        ([lo, hi], Some((ol, oh))) => (lo.unwrap_or(ol), hi.unwrap_or(oh)),
        _ => {
            return Err(unsupported(
                "reading autoscaled plot limits (npcalc draws no figures); set them first",
            ));
        }
    };
    let (lo, hi) = set_lim(lo, hi, y)?;
    *slot = Some((lo, hi));
    drop(guard);
    share_lims(&ax);
    Ok(Value::tuple(vec![Value::Float(lo), Value::Float(hi)]))
}

/// `clf()`: the current figure loses its axes and stays current.
fn clf(it: &mut Interp, args: &Args) -> Result<Value> {
    let fig = match &args.this {
        Some(Value::Plot(f)) => f.clone(),
        _ => gcf(it)?,
    };
    let mut f = figure_of(&fig).borrow_mut();
    f.axes.clear();
    f.current = None;
    Ok(Value::None)
}

/// `xticks`/`yticks` with the labels given: the Tick objects and their Text.
fn ticks(it: &mut Interp, args: &Args, y: bool) -> Result<Value> {
    let ax = target(it, args)?;
    let (ticks, mut labels) = (args.get("ticks"), args.get("labels"));
    // No ticks (`plt.yticks([])`, hiding them) need no formatter.
    let no_ticks = !matches!(ticks, Value::None) && it.iterate(&ticks)?.is_empty();
    if no_ticks && matches!(labels, Value::None) {
        labels = Value::list(vec![]);
    }
    if matches!(ticks, Value::None) && matches!(labels, Value::None) {
        let i = usize::from(y);
        let units = {
            let a = axes_of(&ax).borrow();
            (!a.ticks_set[i] && !a.units[i].borrow().is_empty()).then(|| a.units[i].clone())
        };
        // A categorical axis' ticks are its categories; pyplot returns
        // `(get_xticks(), get_xticklabels())`.
        if let Some(units) = units {
            let texts = category_labels(&ax, &units, y);
            return Ok(Value::tuple(vec![category::ticks(&units), texts]));
        }
    }
    if matches!(ticks, Value::None) || matches!(labels, Value::None) {
        return Err(unsupported(
            "plt.xticks/plt.yticks without both ticks and labels (their tick labels come from matplotlib's formatter)",
        ));
    }
    let locs = super::convert::to_array(&ticks, None)?;
    let labels = it.iterate(&labels)?;
    if labels.len() != locs.size() {
        return Err(Error::value_error(format!(
            "The number of FixedLocator locations ({}), usually from a call to set_ticks, does not match the number of labels ({}).",
            locs.size(),
            labels.len()
        )));
    }
    let tick_list = fix_ticks(&ax, &locs, y);
    let mut texts = Vec::new();
    for (i, l) in labels.iter().enumerate() {
        let loc = Value::Scalar(locs.get_flat(i));
        let text = super::repr::str(l, &Default::default());
        texts.push(plot(if y {
            Artist::Text(Value::int(0), loc, text)
        } else {
            Artist::Text(loc, Value::int(0), text)
        }));
    }
    Ok(Value::tuple(vec![tick_list, Value::list(texts)]))
}

/// Ticks set by hand at `locs` (a FixedLocator): the Tick objects, one each.
pub(super) fn fix_ticks(ax: &Rc<Artist>, locs: &Array, y: bool) -> Value {
    {
        let mut a = axes_of(ax).borrow_mut();
        a.ticks_set[usize::from(y)] = true;
        a.fixed_ticks[usize::from(y)] = Some(locs.clone());
    }
    let tick = if y {
        "matplotlib.axis.YTick"
    } else {
        "matplotlib.axis.XTick"
    };
    Value::list((0..locs.size()).map(|_| plot(Artist::Tick(tick))).collect())
}

/// The open figure holding `ax`; None once it was closed.
pub(super) fn figure_holding(it: &Interp, ax: &Rc<Artist>) -> Option<Rc<Artist>> {
    it.pyplot
        .figures
        .iter()
        .find(|f| figure_of(f).borrow().axes.iter().any(|a| Rc::ptr_eq(a, ax)))
        .cloned()
}

/// `plt.sca(ax)`: `ax` and its figure become the current ones.
fn sca(it: &mut Interp, args: &Args) -> Result<Value> {
    let ax = match args.get("ax") {
        Value::Plot(a) if matches!(*a, Artist::Axes(_)) => a,
        other => {
            return Err(Error::attribute_error(format!(
                "'{}' object has no attribute 'get_figure'",
                other.type_name()
            )));
        }
    };
    let fig = figure_holding(it, &ax)
        .ok_or_else(|| unsupported("plt.sca of an Axes whose figure was closed"))?;
    {
        let mut f = figure_of(&fig).borrow_mut();
        f.current = f.axes.iter().position(|a| Rc::ptr_eq(a, &ax));
    }
    it.pyplot.current = Some(fig);
    Ok(Value::None)
}

/// `ax.set_xticks(ticks, labels=None)`: a FixedLocator at those positions,
/// and their labels when given; the Tick objects, one per position.
fn set_ticks(it: &mut Interp, args: &Args, y: bool) -> Result<Value> {
    if it.truthy(&args.get("minor"))? {
        return Err(unsupported("minor ticks"));
    }
    if !matches!(args.get("labels"), Value::None) {
        // `xticks(ticks, labels)` does the same, returning both lists.
        let Value::Tuple(both) = ticks(it, args, y)? else {
            unreachable!("xticks returns a tuple")
        };
        return Ok(both[0].clone());
    }
    let ax = target(it, args)?;
    let locs = super::convert::to_array(&args.get("ticks"), None)?;
    Ok(fix_ticks(&ax, &locs, y))
}

/// `ax.set_xticklabels(labels)` after fixed ticks (or on a categorical
/// axis): one Text per tick; with the locator's ticks it is refused, as
/// matplotlib's labels would follow ticks npcalc does not lay out.
fn set_ticklabels(it: &mut Interp, args: &Args, y: bool) -> Result<Value> {
    let ax = target(it, args)?;
    let i = usize::from(y);
    let (locs, side): (Vec<Value>, Value) = {
        let a = axes_of(&ax).borrow();
        // A twin's own axis has its labels on the far side (`tick_right`).
        let side = Value::int(usize::from(a.far_side[i]));
        let locs = match (&a.fixed_ticks[i], a.units[i].borrow().is_empty()) {
            (Some(l), _) => (0..l.size())
                .map(|k| Value::Scalar(l.get_flat(k)))
                .collect(),
            (None, false) => {
                crate::array::signals::warn_at_caller(
                    "UserWarning",
                    "set_ticklabels() should only be used with a fixed number of ticks, i.e. after set_ticks() or using a FixedLocator. Otherwise, ticks may be mislabeled.",
                );
                it.iterate(&category::ticks(&a.units[i]))?
            }
            (None, true) => Vec::new(),
        };
        (locs, side)
    };
    // On the locator's own ticks matplotlib labels them as they are, and
    // warns that they may move.
    let locs = match locs.is_empty() && axes_of(&ax).borrow().fixed_ticks[i].is_none() {
        true => {
            crate::array::signals::warn_at_caller(
                "UserWarning",
                "set_ticklabels() should only be used with a fixed number of ticks, i.e. after set_ticks() or using a FixedLocator. Otherwise, ticks may be mislabeled.",
            );
            let ticks = numeric_ticks(it, &ax, y)?;
            it.iterate(&ticks)?
        }
        false => locs,
    };
    let labels = it.iterate(&args.get("labels"))?;
    if labels.len() != locs.len() {
        return Err(Error::value_error(format!(
            "The number of FixedLocator locations ({}), usually from a call to set_ticks, does not match the number of labels ({}).",
            locs.len(),
            labels.len()
        )));
    }
    let texts = locs
        .into_iter()
        .zip(&labels)
        .map(|(loc, l)| {
            let text = super::repr::str(l, &Default::default());
            plot(if y {
                Artist::Text(side.clone(), loc, text)
            } else {
                Artist::Text(loc, side.clone(), text)
            })
        })
        .collect();
    Ok(Value::list(texts))
}

fn subplots(it: &mut Interp, args: &Args) -> Result<Value> {
    let fig = new_figure(it, args)?;
    let axes = grid_of_axes(it, &fig, args)?;
    Ok(Value::tuple(vec![Value::Plot(fig), axes]))
}

/// `fig.subplots`: the grid of new Axes `plt.subplots` makes, on this figure.
fn figure_subplots(it: &mut Interp, args: &Args) -> Result<Value> {
    let Some(Value::Plot(fig)) = &args.this else {
        unreachable!("a Figure method")
    };
    // Its keywords past squeeze shape the grid's cells, which npcalc takes
    // as plt.subplots does; any other is matplotlib's TypeError.
    let own = ["width_ratios", "height_ratios", "subplot_kw", "gridspec_kw"];
    if let Some(key) = kwarg_names(args)
        .into_iter()
        .find(|k| !own.contains(&k.as_str()))
    {
        return Err(Error::type_error(format!(
            "FigureBase.subplots() got an unexpected keyword argument '{key}'"
        )));
    }
    grid_of_axes(it, fig, args)
}

/// The Axes of an nrows x ncols grid added to `fig`, the last made current:
/// one Axes, or an object array of them as `squeeze` shapes it.
fn grid_of_axes(it: &mut Interp, fig: &Rc<Artist>, args: &Args) -> Result<Value> {
    let count = |name: &str| -> Result<usize> {
        match args.get(name) {
            Value::Int(i) if i > 0.into() => Ok(usize::try_from(&i).unwrap_or(usize::MAX)),
            v => Err(Error::value_error(format!(
                "Number of {} must be a positive integer, not {}",
                if name == "nrows" { "rows" } else { "columns" },
                super::repr::repr(&v, &Default::default())
            ))),
        }
    };
    let (nrows, ncols) = (count("nrows")?, count("ncols")?);
    if nrows.saturating_mul(ncols) > 10_000 {
        return Err(unsupported("more than 10000 subplots"));
    }
    // Shared axes autoscale to the data of all their siblings, which npcalc
    // does not combine: their data limits are left unknown.
    let mut shared = false;
    for name in ["sharex", "sharey"] {
        shared |= match args.get(name) {
            Value::Str(s) => &*s != "none",
            v => it.truthy(&v)?,
        };
    }
    let mut all = Vec::new();
    {
        let mut f = figure_of(fig).borrow_mut();
        for i in 0..nrows * ncols {
            let ax = new_axes((nrows, ncols, i), &f);
            if shared && nrows * ncols > 1 {
                axes_of(&ax).borrow_mut().data_lim = None;
            }
            f.axes.push(ax.clone());
            all.push(Value::Plot(ax));
        }
        f.current = Some(f.axes.len() - 1);
    }
    let squeeze = it.truthy(&args.get("squeeze"))?;
    let axes = if squeeze && all.len() == 1 {
        all.remove(0)
    } else {
        let shape = if squeeze && (nrows == 1 || ncols == 1) {
            vec![all.len()]
        } else {
            vec![nrows, ncols]
        };
        Value::ObjArray(Box::new(super::objarray::ObjArray::new(all, shape)))
    };
    Ok(axes)
}

/// `twinx`/`twiny`: a new Axes over `ax`'s cell sharing its x axis (or
/// y), with its categories and limits; it becomes the current Axes.
fn twin(it: &mut Interp, args: &Args, y: bool) -> Result<Value> {
    let ax = match args.get("ax") {
        Value::Plot(a) if matches!(*a, Artist::Axes(_)) => a,
        Value::None => target(it, args)?,
        v => {
            return Err(Error::attribute_error(format!(
                "'{}' object has no attribute '{}'",
                v.type_name(),
                if y { "twiny" } else { "twinx" }
            )));
        }
    };
    let fig = figure_holding(it, &ax)
        .ok_or_else(|| unsupported("twinx/twiny of an Axes whose figure was closed"))?;
    let shared = usize::from(y);
    let new = {
        let a = axes_of(&ax).borrow();
        let new = new_axes(a.grid, &figure_of(&fig).borrow());
        let mut n = axes_of(&new).borrow_mut();
        n.position = a.position;
        n.splits = a.splits.clone();
        n.units[shared] = a.units[shared].clone();
        n.far_side[1 - shared] = true;
        (n.xlim, n.ylim) = if y { (None, a.ylim) } else { (a.xlim, None) };
        drop(n);
        new
    };
    // Each axes of the group learns of the new one, and it of them.
    let group = sharing(&ax, y);
    for t in &group {
        axes_of(t).borrow_mut().twins[shared].push(Rc::downgrade(&new));
    }
    axes_of(&new).borrow_mut().twins[shared] = group.iter().map(Rc::downgrade).collect();
    let mut f = figure_of(&fig).borrow_mut();
    f.axes.push(new.clone());
    f.current = Some(f.axes.len() - 1);
    Ok(Value::Plot(new))
}

/// `Axis._translate_tick_params`'s `allowed_keys`, less the `grid_` ones.
const TICK_PARAMS: &[&str] = &[
    "size",
    "width",
    "color",
    "tickdir",
    "pad",
    "labelsize",
    "labelcolor",
    "labelfontfamily",
    "zorder",
    "gridOn",
    "tick1On",
    "tick2On",
    "label1On",
    "label2On",
    "length",
    "direction",
    "left",
    "bottom",
    "right",
    "top",
    "labelleft",
    "labelbottom",
    "labelright",
    "labeltop",
    "labelrotation",
    "labelrotation_mode",
];

/// `tick_params`: how ticks look, which npcalc does not draw; the axis
/// and the keywords are checked as matplotlib checks them.
fn tick_params(it: &mut Interp, args: &Args) -> Result<Value> {
    target(it, args)?;
    let axis = args.get("axis");
    if !matches!(&axis, Value::Str(a) if ["x", "y", "both"].contains(&&**a)) {
        return Err(Error::value_error(format!(
            "{} is not a valid value for axis. Supported values are 'x', 'y', 'both'",
            super::repr::repr(&axis, &Default::default())
        )));
    }
    // Keys `set_tick_params` takes or renames (`keymap`), then the allowed ones.
    let renamed = ["rotation", "rotation_mode", "colors", "which", "reset"];
    for key in kwarg_names(args) {
        if !(renamed.contains(&key.as_str())
            || TICK_PARAMS.contains(&key.as_str())
            || key.starts_with("grid_"))
        {
            return Err(unsupported(&format!(
                "the tick_params keyword {key} (matplotlib's ValueError lists every gridline property)"
            )));
        }
    }
    Ok(Value::None)
}

/// The grid cell `subplot(nrows, ncols, index)` or `subplot(231)` names.
fn cell(args: &Args) -> Result<Grid> {
    let Value::Tuple(given) = args.get("args") else {
        unreachable!("*args is a tuple")
    };
    let three_digits = |v: &Value| {
        Error::value_error(format!(
            "Single argument to subplot must be a three-digit integer, not {}",
            super::repr::repr(v, &Default::default())
        ))
    };
    // `SubplotSpec._from_subplot_args`: one three-digit integer or three numbers.
    match &given[..] {
        [] | [_, _, _] => {}
        [Value::Int(i)] if usize::try_from(i).is_ok() => {}
        [one] => return Err(three_digits(one)),
        _ => {
            return Err(Error::type_error(format!(
                "subplot() takes 1 or 3 positional arguments but {} were given",
                given.len()
            )));
        }
    }
    let ints: Vec<usize> = given
        .iter()
        .map(|v| match v {
            Value::Int(i) => usize::try_from(i).ok(),
            _ => None,
        })
        .collect::<Option<_>>()
        .ok_or_else(|| unsupported("subplot positions other than integers"))?;
    let (r, c, i) = match ints[..] {
        [] => (1, 1, 1),
        [n] if (111..=999).contains(&n) => (n / 100, n / 10 % 10, n % 10),
        [_] => return Err(three_digits(&given[0])),
        [r, c, i] => (r, c, i),
        _ => unreachable!("the count was checked above"),
    };
    if r == 0 || c == 0 || r.saturating_mul(c) > 10_000 {
        return Err(unsupported("subplot with an empty or huge grid"));
    }
    if i < 1 || i > r * c {
        return Err(Error::value_error(format!(
            "num must be an integer with 1 <= num <= {}, not {i}",
            r * c
        )));
    }
    Ok((r, c, i - 1))
}

/// `plt.subplot`: the same cell again gives the Axes already there.
/// An Axes made with `sharex=`/`sharey=` autoscales to its siblings' data
/// too, and one with another `projection` by other rules: npcalc leaves
/// the data limits of both unknown.
fn unmeasured_if_special(args: &Args, ax: &Rc<Artist>) {
    for key in ["sharex", "sharey", "projection", "polar"] {
        match kwarg(args, key) {
            None | Some(Value::None) => {}
            Some(v) => {
                axes_of(ax).borrow_mut().data_lim = None;
                if let Value::Plot(other) = v
                    && let Artist::Axes(o) = &*other
                {
                    o.borrow_mut().data_lim = None;
                }
            }
        }
    }
}

fn subplot(it: &mut Interp, args: &Args) -> Result<Value> {
    let grid = cell(args)?;
    let fig = gcf(it)?;
    let mut f = figure_of(&fig).borrow_mut();
    // An axes split by a colorbar has another SubplotSpec.
    let found = f.axes.iter().position(|a| {
        let a = axes_of(a).borrow();
        a.grid == grid && a.splits.is_empty()
    });
    let k = match found {
        Some(k) => k,
        None => {
            let ax = new_axes(grid, &f);
            unmeasured_if_special(args, &ax);
            f.axes.push(ax);
            f.axes.len() - 1
        }
    };
    f.current = Some(k);
    Ok(Value::Plot(f.axes[k].clone()))
}

/// `fig.add_subplot`: always a new Axes, made the figure's current one.
fn add_subplot(_: &mut Interp, args: &Args) -> Result<Value> {
    let grid = cell(args)?;
    let Some(Value::Plot(fig)) = &args.this else {
        unreachable!("a Figure method")
    };
    let mut f = figure_of(fig).borrow_mut();
    let ax = new_axes(grid, &f);
    unmeasured_if_special(args, &ax);
    f.axes.push(ax.clone());
    f.current = Some(f.axes.len() - 1);
    Ok(Value::Plot(ax))
}

/// `ax.set(title=…, xlabel=…, …)`: each setter in the order given, and the
/// list of what they returned.
fn axes_set(it: &mut Interp, args: &Args) -> Result<Value> {
    let Value::Dict(d) = args.get("kwargs") else {
        unreachable!("**kwargs is a dict")
    };
    let pairs = d.borrow().entries().to_vec();
    let mut out = Vec::new();
    for (k, v) in pairs {
        let key = super::repr::str(&k, &Default::default());
        let name = format!("set_{key}");
        let Some(def) = axes_method(&name) else {
            return Err(unsupported(&format!("Axes.set({key}=…)")));
        };
        let call = CallArgs {
            positional: vec![(v, args.call_span)],
            keywords: Vec::new(),
        };
        let bound = super::table::bind(def, args.this.clone(), call, args.call_span)?;
        out.push((def.imp)(it, &bound)?);
    }
    Ok(Value::list(out))
}

fn close(it: &mut Interp, args: &Args) -> Result<Value> {
    let st = &mut it.pyplot;
    match args.get("fig") {
        Value::None => {
            if let Some(cur) = st.current.take() {
                st.figures.retain(|f| !Rc::ptr_eq(f, &cur));
            }
        }
        Value::Str(s) if &*s == "all" => {
            st.figures.clear();
            st.current = None;
        }
        Value::Plot(f) if matches!(*f, Artist::Figure(_)) => {
            st.figures.retain(|g| !Rc::ptr_eq(g, &f));
            if st.current.as_ref().is_some_and(|c| Rc::ptr_eq(c, &f)) {
                st.current = None;
            }
        }
        // A number or a label closes the figure that has it, if any.
        Value::Int(_) | Value::Bool(_) | Value::Str(_) => {
            let fig = &args.get("fig");
            let number = match fig {
                Value::Str(_) => None,
                v => match super::builtins::to_int(v)? {
                    Value::Int(i) => i64::try_from(&i).ok(),
                    _ => None,
                },
            };
            let label = match fig {
                Value::Str(s) => Some(s.to_string()),
                _ => None,
            };
            let closing = |f: &Rc<Artist>| {
                let f = figure_of(f).borrow();
                Some(f.number) == number || label.as_ref().is_some_and(|l| *l == f.label)
            };
            if st.current.as_ref().is_some_and(&closing) {
                st.current = None;
            }
            st.figures.retain(|f| !closing(f));
        }
        other => {
            return Err(unsupported(&format!(
                "plt.close({})",
                super::repr::repr(&other, &Default::default())
            )));
        }
    }
    st.current = st.current.clone().or_else(|| st.figures.last().cloned());
    Ok(Value::None)
}

fn text(it: &mut Interp, args: &Args) -> Result<Value> {
    // Text keeps x and y as given; they are converted only when drawn.
    let (x, y) = (args.get("x"), args.get("y"));
    let s = text_of(&args.get("s"));
    check_text(args, TextCall::Text, &[])?;
    one_artist(it, args, Artist::Text(x, y, s))
}

/// `x, y = v`, with Python's unpacking errors.
pub(super) fn unpack_pair(it: &mut Interp, given: &Value) -> Result<(Value, Value)> {
    let items = it.iterate(given).map_err(|_| {
        Error::type_error(format!(
            "cannot unpack non-iterable {} object",
            given.type_name()
        ))
    })?;
    match <[Value; 2]>::try_from(items) {
        Ok([x, y]) => Ok((x, y)),
        Err(items) if items.len() < 2 => Err(Error::value_error(format!(
            "not enough values to unpack (expected 2, got {})",
            items.len()
        ))),
        Err(_) => Err(Error::value_error("too many values to unpack (expected 2)")),
    }
}

fn annotate(it: &mut Interp, args: &Args) -> Result<Value> {
    // Annotation unpacks xy, then places its text at xytext (xy if None).
    let xy = unpack_pair(it, &args.get("xy"))?;
    let point = (float(&xy.0, "x")?, float(&xy.1, "y")?);
    let at = match kwarg(args, "xytext") {
        Some(v) if !matches!(v, Value::None) => unpack_pair(it, &v)?,
        _ => xy,
    };
    let s = text_of(&args.get("text"));
    check_text(
        args,
        TextCall::Annotate,
        &[
            "xytext",
            "xycoords",
            "textcoords",
            "arrowprops",
            "annotation_clip",
        ],
    )?;
    one_artist(it, args, Artist::Annotation(at.0, at.1, s, point))
}

fn suptitle(it: &mut Interp, args: &Args) -> Result<Value> {
    match &args.this {
        Some(Value::Plot(_)) => {}
        _ => {
            gcf(it)?;
        }
    }
    let t = text_of(&args.get("t"));
    check_text(args, TextCall::Suptitle, &["x", "y", "fontdict"])?;
    Ok(plot(Artist::Text(Value::Float(0.5), Value::Float(0.98), t)))
}

fn tight_layout(it: &mut Interp, args: &Args) -> Result<Value> {
    // It moves the axes (the layout engine's positions, not computed here).
    if !matches!(args.this, Some(Value::Plot(_))) {
        gcf(it)?;
    }
    Ok(Value::None)
}

/// `subplots_adjust`: SubplotParams.update's checks, then every subplot
/// moved to its cell under the new parameters.
fn subplots_adjust(it: &mut Interp, args: &Args) -> Result<Value> {
    let fig = match &args.this {
        Some(Value::Plot(f)) => f.clone(),
        _ => gcf(it)?,
    };
    let mut f = figure_of(&fig).borrow_mut();
    let mut pars = f.pars;
    let get = |name: &str, now: f64| -> Result<f64> {
        match args.get(name) {
            Value::None => Ok(now),
            v => float(&v, name),
        }
    };
    let (left, right) = (get("left", pars.left)?, get("right", pars.right)?);
    if left >= right {
        return Err(Error::value_error("left cannot be >= right"));
    }
    let (bottom, top) = (get("bottom", pars.bottom)?, get("top", pars.top)?);
    if bottom >= top {
        return Err(Error::value_error("bottom cannot be >= top"));
    }
    pars = SubplotPars {
        left,
        right,
        bottom,
        top,
        wspace: get("wspace", pars.wspace)?,
        hspace: get("hspace", pars.hspace)?,
    };
    f.pars = pars;
    for ax in &f.axes {
        let mut a = axes_of(ax).borrow_mut();
        a.position = place(a.grid, &a.splits, &pars);
    }
    Ok(Value::None)
}

fn savefig(_: &mut Interp, _: &Args) -> Result<Value> {
    Err(unsupported(
        "savefig: npcalc draws no figures, so it writes no image",
    ))
}

fn nothing(it: &mut Interp, args: &Args) -> Result<Value> {
    // `grid` and the like change only how the figure looks; they still
    // make the current axes, as matplotlib's do.
    if !matches!(args.this, Some(Value::Plot(_))) {
        gca(it)?;
    }
    Ok(Value::None)
}

macro_rules! kw {
    () => {
        p!(VarKeyword "kwargs", "Artist properties (colour, style, label…).")
    };
}

/// The pyplot functions (and, with `self`, the Axes methods of the same name):
/// Python functions, so their argument errors are Python's.
pub static PYPLOT: &[FnDef] = &[
    builtin!(@ Numpy
        "figure",
        [
            p!(Normal "num" = "None", "The figure's number or name."),
            p!(Normal "figsize" = "None", "(width, height) in inches."),
            p!(Normal "dpi" = "None", "Dots per inch."),
            kw!()
        ],
        "Makes a new figure and makes it current.",
        ["fig = plt.figure(figsize=(8, 4))"],
        figure
    ),
    builtin!(@ Numpy
        "subplots",
        [
            p!(Normal "nrows" = "1", "Rows of the grid."),
            p!(Normal "ncols" = "1", "Columns of the grid."),
            p!(KeywordOnly "sharex" = "False", "Share the x axis."),
            p!(KeywordOnly "sharey" = "False", "Share the y axis."),
            p!(KeywordOnly "squeeze" = "True", "Drop length-1 grid dimensions."),
            p!(KeywordOnly "figsize" = "None", "(width, height) in inches."),
            p!(KeywordOnly "dpi" = "None", "Dots per inch."),
            kw!()
        ],
        "A new figure and a grid of Axes: (fig, ax) or (fig, array of Axes).",
        ["fig, ax = plt.subplots()"],
        subplots
    ),
    builtin!(@ Numpy
        "subplot",
        [
            p!(VarPositional "args", "nrows, ncols, index or a three-digit number."),
            kw!()
        ],
        "Makes (or finds) the Axes at a grid cell of the current figure.",
        ["plt.subplot(2, 1, 1)"],
        subplot
    ),
    builtin!(@ Numpy
        "plot",
        [p!(VarPositional "args", "[x], y, [fmt], repeated."), kw!()],
        "Draws lines; returns the list of Line2D made.",
        ["plt.plot(np.cumsum([1, 2, 3]))"],
        |it, args| plot_lines(it, args, false)
    ),
    builtin!(@ Numpy
        "semilogx",
        [p!(VarPositional "args", "[x], y, [fmt], repeated."), kw!()],
        "plot with a log-scaled x axis; returns the list of Line2D made.",
        ["plt.semilogx([1, 10, 100], [1, 2, 3])"],
        |it, args| log_plot(it, args, [true, false])
    ),
    builtin!(@ Numpy
        "semilogy",
        [p!(VarPositional "args", "[x], y, [fmt], repeated."), kw!()],
        "plot with a log-scaled y axis; returns the list of Line2D made.",
        ["plt.semilogy(np.cumsum([1, 10, 100]))"],
        |it, args| log_plot(it, args, [false, true])
    ),
    builtin!(@ Numpy
        "loglog",
        [p!(VarPositional "args", "[x], y, [fmt], repeated."), kw!()],
        "plot with both axes log-scaled; returns the list of Line2D made.",
        ["plt.loglog([1, 10, 100], [1, 100, 10000])"],
        |it, args| log_plot(it, args, [true, true])
    ),
    builtin!(@ Numpy
        "colorbar",
        [
            p!(Normal "mappable" = "None", "The image or scatter to show the colours of (the current one)."),
            p!(Normal "cax" = "None", "An Axes to draw the colorbar in."),
            p!(Normal "ax" = "None", "The Axes to take the colorbar's space from."),
            kw!()
        ],
        "Adds a colorbar beside the axes; returns the Colorbar (its Axes: cb.ax).",
        ["plt.imshow(np.arange(6).reshape(2, 3)); cb = plt.colorbar()"],
        super::colorbar::plt_colorbar
    ),
    builtin!(@ Numpy
        "stackplot",
        [
            p!(Normal "x", "The x positions."),
            p!(VarPositional "args", "The rows to stack: one 2-D array or several 1-D ones."),
            p!(KeywordOnly "labels" = "()", "A label per band."),
            p!(KeywordOnly "colors" = "None", "Colours of the bands."),
            p!(KeywordOnly "baseline" = "'zero'", "Where the stack starts (npcalc: 'zero')."),
            p!(KeywordOnly "data" = "None", "Data source for names."),
            kw!()
        ],
        "Stacked areas of running totals; returns the list of FillBetweenPolyCollection.",
        ["plt.stackplot([1, 2, 3], [1, 2, 3], [2, 2, 2])"],
        super::stackplot::stackplot
    ),
    builtin!(@ Numpy
        "pie",
        [
            p!(Normal "x", "The wedge sizes."),
            p!(KeywordOnly "explode" = "None", "How far each wedge is moved out, in radii."),
            p!(KeywordOnly "labels" = "None", "A label per wedge."),
            p!(KeywordOnly "colors" = "None", "Colours to cycle through."),
            p!(KeywordOnly "autopct" = "None", "Format string (or function) of each wedge's percentage."),
            p!(KeywordOnly "pctdistance" = "0.6", "Where the percentages go, in radii."),
            p!(KeywordOnly "shadow" = "False", "Draw a shadow."),
            p!(KeywordOnly "labeldistance" = "1.1", "Where the labels go, in radii (None: none)."),
            p!(KeywordOnly "startangle" = "0", "Angle of the first wedge's start, in degrees."),
            p!(KeywordOnly "radius" = "1", "The pie's radius."),
            p!(KeywordOnly "counterclock" = "True", "Wedges run counterclockwise."),
            p!(KeywordOnly "wedgeprops" = "None", "Properties of the wedges."),
            p!(KeywordOnly "textprops" = "None", "Properties of the texts."),
            p!(KeywordOnly "center" = "(0, 0)", "The pie's centre."),
            p!(KeywordOnly "frame" = "False", "Keep the axes frame (and autoscaling)."),
            p!(KeywordOnly "rotatelabels" = "False", "Turn labels to their wedge's angle."),
            p!(KeywordOnly "normalize" = "True", "Divide by the sum (else the sum must be at most 1)."),
            p!(KeywordOnly "hatch" = "None", "Hatch patterns to cycle through."),
            p!(KeywordOnly "data" = "None", "Data source for names.")
        ],
        "A pie chart; returns a PieContainer: wedges, texts[, autotexts] = plt.pie(x).",
        ["wedges, texts = plt.pie([1, 2, 3], labels=['a', 'b', 'c'])"],
        super::pie::pie
    ),
    builtin!(@ Numpy
        "step",
        [p!(VarPositional "args", "x, y, [fmt], repeated."), kw!()],
        "Draws a step plot; returns the list of Line2D made.",
        ["plt.step([1, 2, 3], [1, 3, 6])"],
        |it, args| plot_lines(it, args, true)
    ),
    builtin!(@ Numpy
        "scatter",
        [
            p!(Normal "x", "x positions."),
            p!(Normal "y", "y positions."),
            kw!()
        ],
        "Draws markers; returns a PathCollection.",
        ["plt.scatter([1, 2], [3, 4])"],
        scatter
    ),
    builtin!(@ Numpy
        "bar",
        [
            p!(Normal "x", "Bar positions."),
            p!(Normal "height", "Bar heights."),
            kw!()
        ],
        "Draws vertical bars; returns a BarContainer.",
        ["plt.bar([1, 2], [3, 4])"],
        |it, args| bars(it, args, "x", "height")
    ),
    builtin!(@ Numpy
        "barh",
        [
            p!(Normal "y", "Bar positions."),
            p!(Normal "width", "Bar widths."),
            kw!()
        ],
        "Draws horizontal bars; returns a BarContainer.",
        ["plt.barh([1, 2], [3, 4])"],
        |it, args| bars(it, args, "width", "y")
    ),
    builtin!(@ Numpy
        "hist",
        [
            p!(Normal "x", "The data."),
            p!(Normal "bins" = "None", "Bin count or edges (rcParams['hist.bins'])."),
            p!(Normal "range" = "None", "(lo, hi) of the bins."),
            p!(Normal "density" = "False", "Normalise to a density."),
            p!(Normal "weights" = "None", "A weight per value."),
            p!(Normal "cumulative" = "False", "Running totals of the counts."),
            kw!()
        ],
        "Histogram: (counts, bin edges, BarContainer), counts from np.histogram.",
        ["n, bins, patches = plt.hist([1, 2, 2, 3], bins=3)"],
        hist
    ),
    builtin!(@ Numpy
        "errorbar",
        [
            p!(Normal "x", "x positions."),
            p!(Normal "y", "y positions."),
            p!(Normal "yerr" = "None", "y errors: a scalar, one per point, or (2, n) below/above."),
            p!(Normal "xerr" = "None", "x errors, as yerr."),
            p!(Normal "fmt" = "''", "Format string of the data line ('none': no line)."),
            p!(Normal "ecolor" = "None", "Colour of the bars."),
            p!(Normal "elinewidth" = "None", "Width of the bars."),
            p!(Normal "capsize" = "None", "Length of the caps in points."),
            p!(Normal "barsabove" = "False", "Draw the bars above the markers."),
            p!(Normal "lolims" = "False", "Only upper y limits."),
            p!(Normal "uplims" = "False", "Only lower y limits."),
            p!(Normal "xlolims" = "False", "Only upper x limits."),
            p!(Normal "xuplims" = "False", "Only lower x limits."),
            p!(Normal "errorevery" = "1", "Draw every so many bars."),
            p!(Normal "capthick" = "None", "Thickness of the caps."),
            p!(Normal "elinestyle" = "None", "Line style of the bars."),
            p!(KeywordOnly "data" = "None", "Data source for names."),
            kw!()
        ],
        "Points with error bars; returns an ErrorbarContainer (line, caps, bars).",
        ["plt.errorbar([1, 2, 3], [2, 4, 3], yerr=0.5)"],
        super::errorbar::errorbar
    ),
    builtin!(@ Numpy
        "fill_between",
        [
            p!(Normal "x", "x positions."),
            p!(Normal "y1", "One edge."),
            p!(Normal "y2" = "0", "The other edge."),
            kw!()
        ],
        "Shades between two curves; returns a FillBetweenPolyCollection.",
        ["plt.fill_between([1, 2], [3, 4])"],
        fill_between
    ),
    builtin!(@ Numpy
        "hlines",
        [
            p!(Normal "y", "Heights of the lines."),
            p!(Normal "xmin", "Where each line starts."),
            p!(Normal "xmax", "Where each line ends."),
            p!(Normal "colors" = "None", "Line colours."),
            p!(Normal "linestyles" = "'solid'", "Line styles."),
            p!(KeywordOnly "label" = "''", "Legend label."),
            p!(KeywordOnly "data" = "None", "Data source for names."),
            kw!()
        ],
        "Horizontal lines from xmin to xmax at each y; returns their LineCollection.",
        ["plt.hlines([1, 2], 0, 5)"],
        |it, args| segments(it, args, "y", ["xmin", "xmax"])
    ),
    builtin!(@ Numpy
        "vlines",
        [
            p!(Normal "x", "Positions of the lines."),
            p!(Normal "ymin", "Where each line starts."),
            p!(Normal "ymax", "Where each line ends."),
            p!(Normal "colors" = "None", "Line colours."),
            p!(Normal "linestyles" = "'solid'", "Line styles."),
            p!(KeywordOnly "label" = "''", "Legend label."),
            p!(KeywordOnly "data" = "None", "Data source for names."),
            kw!()
        ],
        "Vertical lines from ymin to ymax at each x; returns their LineCollection.",
        ["plt.vlines([1, 2], 0, 5)"],
        |it, args| segments(it, args, "x", ["ymin", "ymax"])
    ),
    builtin!(@ Numpy
        "xscale",
        [
            p!(Normal "value", "'linear', 'log', 'symlog', 'asinh', 'logit', ..."),
            kw!()
        ],
        "Sets the scale of the x axis.",
        ["plt.xscale('log')"],
        xscale
    ),
    builtin!(@ Numpy
        "yscale",
        [
            p!(Normal "value", "'linear', 'log', 'symlog', 'asinh', 'logit', ..."),
            kw!()
        ],
        "Sets the scale of the y axis.",
        ["plt.yscale('log')"],
        yscale
    ),
    builtin!(@ Numpy
        "spy",
        [
            p!(Normal "Z", "The 2-D array whose nonzero entries show."),
            p!(Normal "precision" = "0", "Entries with |value| above it show."),
            p!(Normal "marker" = "None", "Draw markers instead of an image."),
            p!(Normal "markersize" = "None", "Size of those markers."),
            p!(Normal "aspect" = "'equal'", "'equal' or 'auto'."),
            p!(Normal "origin" = "'upper'", "'upper' or 'lower': where row 0 goes."),
            kw!()
        ],
        "Shows the sparsity pattern of a 2-D array; returns its AxesImage.",
        ["plt.spy(np.eye(3))"],
        spy
    ),
    builtin!(@ Numpy
        "imshow",
        [
            p!(Normal "X", "The image: 2-D values, or rows x columns x RGB(A)."),
            p!(Normal "cmap" = "None", "Colormap (a name or plt.cm.<name>)."),
            p!(Normal "norm" = "None", "How values map to colours."),
            p!(KeywordOnly "aspect" = "None", "'equal' or 'auto'."),
            p!(KeywordOnly "interpolation" = "None", "Resampling method."),
            p!(KeywordOnly "alpha" = "None", "Opacity."),
            p!(KeywordOnly "vmin" = "None", "Value of the lowest colour."),
            p!(KeywordOnly "vmax" = "None", "Value of the highest colour."),
            p!(KeywordOnly "origin" = "None", "'upper' or 'lower': where row 0 goes."),
            p!(KeywordOnly "extent" = "None", "(left, right, bottom, top) in data coordinates."),
            kw!()
        ],
        "Shows an array as an image; returns its AxesImage.",
        ["plt.imshow(np.arange(6).reshape(2, 3))"],
        imshow
    ),
    builtin!(@ Numpy
        "axis",
        [
            p!(PositionalOnly "arg" = "None", "'on', 'off', or [xmin, xmax, ymin, ymax]."),
            p!(KeywordOnly "emit" = "True", "Notify observers of the change."),
            kw!()
        ],
        "Turns the axis lines on or off or sets the limits; returns (xmin, xmax, ymin, ymax).",
        ["plt.axis([0, 10, 0, 5])"],
        axis
    ),
    builtin!(@ Numpy
        "subplots_adjust",
        [
            p!(Normal "left" = "None", "Left edge of the subplots (figure fraction)."),
            p!(Normal "bottom" = "None", "Bottom edge of the subplots."),
            p!(Normal "right" = "None", "Right edge of the subplots."),
            p!(Normal "top" = "None", "Top edge of the subplots."),
            p!(Normal "wspace" = "None", "Padding between columns (fraction of an Axes' width)."),
            p!(Normal "hspace" = "None", "Padding between rows (fraction of an Axes' height).")
        ],
        "Moves the figure's subplots to new subplot parameters.",
        ["plt.subplots_adjust(hspace=0.5)"],
        subplots_adjust
    ),
    builtin!(@ Numpy
        "axhline",
        [
            p!(Normal "y" = "0", "Height of the line."),
            p!(Normal "xmin" = "0", "Where it starts, as a fraction of the axes."),
            p!(Normal "xmax" = "1", "Where it ends, as a fraction of the axes."),
            kw!()
        ],
        "A horizontal line across the axes; returns its Line2D.",
        ["plt.axhline(0)"],
        |it, args| axline(it, args, true)
    ),
    builtin!(@ Numpy
        "axvline",
        [
            p!(Normal "x" = "0", "Position of the line."),
            p!(Normal "ymin" = "0", "Where it starts, as a fraction of the axes."),
            p!(Normal "ymax" = "1", "Where it ends, as a fraction of the axes."),
            kw!()
        ],
        "A vertical line across the axes; returns its Line2D.",
        ["plt.axvline(0)"],
        |it, args| axline(it, args, false)
    ),
    builtin!(@ Numpy
        "title",
        [
            p!(Normal "label", "The title."),
            p!(Normal "fontdict" = "None", "Text properties, as a dict."),
            kw!()
        ],
        "Sets the current axes' title; returns its Text.",
        ["plt.title('Running total')"],
        |it, args| label_text(it, args, "title")
    ),
    builtin!(@ Numpy
        "xlabel",
        [
            p!(Normal "xlabel", "The label."),
            p!(Normal "fontdict" = "None", "Text properties, as a dict."),
            kw!()
        ],
        "Labels the x axis; returns its Text.",
        ["plt.xlabel('step')"],
        |it, args| label_text(it, args, "xlabel")
    ),
    builtin!(@ Numpy
        "ylabel",
        [
            p!(Normal "ylabel", "The label."),
            p!(Normal "fontdict" = "None", "Text properties, as a dict."),
            kw!()
        ],
        "Labels the y axis; returns its Text.",
        ["plt.ylabel('total')"],
        |it, args| label_text(it, args, "ylabel")
    ),
    builtin!(@ Numpy
        "legend",
        [p!(VarPositional "args", "Handles and/or labels."), kw!()],
        "Adds a legend; returns the Legend.",
        ["plt.legend()"],
        legend
    ),
    builtin!(@ Numpy
        "grid",
        [p!(Normal "visible" = "None", "Show the grid."), kw!()],
        "Shows or hides the grid lines.",
        ["plt.grid(True)"],
        nothing
    ),
    builtin!(@ Numpy
        "margins",
        [
            p!(VarPositional "margins", "One margin for both axes, or the x and y margins."),
            p!(KeywordOnly "x" = "None", "The x margin."),
            p!(KeywordOnly "y" = "None", "The y margin."),
            p!(KeywordOnly "tight" = "True", "Passed on to autoscaling.")
        ],
        "Sets the autoscaling margins, as fractions of the data range; with none given returns (xmargin, ymargin).",
        ["plt.margins(0.1)", "plt.margins(y=0.2)"],
        margins
    ),
    builtin!(@ Numpy
        "xlim",
        [
            p!(VarPositional "args", "(left, right), or left and right."),
            kw!()
        ],
        "Sets (or reads back) the x limits.",
        ["plt.xlim(0, 10)"],
        |it, args| limits(it, args, false)
    ),
    builtin!(@ Numpy
        "ylim",
        [
            p!(VarPositional "args", "(bottom, top), or bottom and top."),
            kw!()
        ],
        "Sets (or reads back) the y limits.",
        ["plt.ylim(0, 10)"],
        |it, args| limits(it, args, true)
    ),
    builtin!(@ Numpy
        "clf",
        [],
        "Clears the current figure (it loses its axes and stays current).",
        ["plt.clf()"],
        clf
    ),
    builtin!(@ Numpy
        "xticks",
        [
            p!(Normal "ticks" = "None", "Tick positions."),
            p!(Normal "labels" = "None", "Tick labels."),
            kw!()
        ],
        "Sets the x ticks and their labels; returns (ticks, labels).",
        ["plt.xticks([0, 1], ['a', 'b'])"],
        |it, args| ticks(it, args, false)
    ),
    builtin!(@ Numpy
        "yticks",
        [
            p!(Normal "ticks" = "None", "Tick positions."),
            p!(Normal "labels" = "None", "Tick labels."),
            kw!()
        ],
        "Sets the y ticks and their labels; returns (ticks, labels).",
        ["plt.yticks([0, 1], ['a', 'b'])"],
        |it, args| ticks(it, args, true)
    ),
    builtin!(@ Numpy
        "tight_layout",
        [kw!()],
        "Fits the subplots to the figure.",
        ["plt.tight_layout()"],
        tight_layout
    ),
    builtin!(@ Numpy
        "show",
        [p!(VarPositional "args", "Ignored."), kw!()],
        "Shows the figures: headless (no display), nothing.",
        ["plt.show()"],
        |_, _| Ok(Value::None)
    ),
    builtin!(@ Numpy
        "close",
        [p!(Normal "fig" = "None", "A figure, 'all', or the current one.")],
        "Closes a figure.",
        ["plt.close('all')"],
        close
    ),
    builtin!(@ Numpy
        "get_fignums",
        [],
        "The numbers of the open figures, sorted.",
        ["plt.get_fignums()"],
        |it, _| Ok(Value::list(fignums(it).into_iter().map(Value::int).collect()))
    ),
    builtin!(@ Numpy
        "fignum_exists",
        [p!(Normal "num", "A figure number or label.")],
        "Whether a figure with this number or label is open.",
        ["plt.fignum_exists(1)"],
        |it, args| {
            // An int is looked up among the numbers, anything else among the labels.
            let num = args.get("num");
            let by_number = matches!(num, Value::Int(_) | Value::Bool(_));
            let open: Vec<Value> = it
                .pyplot
                .figures
                .iter()
                .map(|f| {
                    let f = figure_of(f).borrow();
                    if by_number {
                        Value::int(f.number)
                    } else {
                        Value::str(&f.label)
                    }
                })
                .collect();
            Ok(Value::Bool(it.contains(&Value::list(open), &num)?))
        }
    ),
    builtin!(@ Numpy
        "suptitle",
        [p!(Normal "t", "The title."), kw!()],
        "A title over the whole figure; returns its Text.",
        ["plt.suptitle('Random walks')"],
        suptitle
    ),
    builtin!(@ Numpy
        "text",
        [
            p!(Normal "x", "x position."),
            p!(Normal "y", "y position."),
            p!(Normal "s", "The text."),
            p!(Normal "fontdict" = "None", "Text properties, as a dict."),
            kw!()
        ],
        "Writes text at a data position; returns its Text.",
        ["plt.text(1, 2, 'peak')"],
        text
    ),
    builtin!(@ Numpy
        "annotate",
        [
            p!(Normal "text", "The text."),
            p!(Normal "xy", "The point annotated."),
            kw!()
        ],
        "Annotates a point; returns the Annotation.",
        ["plt.annotate('peak', (1, 2))"],
        annotate
    ),
    builtin!(@ Numpy
        "savefig",
        [p!(VarPositional "args", "The file name."), kw!()],
        "Refused: npcalc draws no figures, so it writes no image.",
        [],
        savefig
    ),
    builtin!(@ Numpy
        "tick_params",
        [p!(Normal "axis" = "'both'", "'x', 'y' or 'both'."), kw!()],
        "Changes how ticks and their labels look (npcalc draws none).",
        ["plt.tick_params(axis='y', labelcolor='r')"],
        tick_params
    ),
    builtin!(@ Numpy
        "twinx",
        [p!(Normal "ax" = "None", "The Axes to twin (the current one).")],
        "A second Axes sharing the x axis, with its own y axis on the right.",
        ["ax2 = plt.twinx()"],
        |it, args| twin(it, args, false)
    ),
    builtin!(@ Numpy
        "twiny",
        [p!(Normal "ax" = "None", "The Axes to twin (the current one).")],
        "A second Axes sharing the y axis, with its own x axis on top.",
        ["ax2 = plt.twiny()"],
        |it, args| twin(it, args, true)
    ),
    builtin!(@ Numpy
        "gca",
        [],
        "The current Axes (made if there is none).",
        ["plt.gca()"],
        |it, _| gca(it).map(Value::Plot)
    ),
    builtin!(@ Numpy
        "sca",
        [p!(Normal "ax", "The Axes to make current (its figure too).")],
        "Makes an Axes and its figure the current ones.",
        ["fig, axs = plt.subplots(1, 2); plt.sca(axs[0])"],
        sca
    ),
    builtin!(@ Numpy
        "gcf",
        [],
        "The current Figure (made if there is none).",
        ["plt.gcf()"],
        |it, _| gcf(it).map(Value::Plot)
    ),
];

/// `plt.style.use`.
pub static STYLE: &[FnDef] = &[builtin!(
    "use",
    [p!(Normal "style", "A style name, or a list of them.")],
    "Applies a style: colours only, which npcalc does not draw.",
    ["plt.style.use('ggplot')"],
    |it, args| {
        let style = args.get("style");
        let names = match &style {
            Value::Str(_) => vec![style.clone()],
            _ => it.iterate(&style)?,
        };
        for n in names {
            let Value::Str(s) = &n else {
                return Err(unsupported("plt.style.use with a dict of settings"));
            };
            if !STYLES.contains(&&**s) {
                return Err(Error::new(
                    Exc::OSError,
                    format!(
                        "'{s}' is not a valid package style, path of style file, URL of style file, or library style name (library styles are listed in `style.available`)"
                    ),
                ));
            }
        }
        Ok(Value::None)
    }
)];

/// `plt.style.available` in matplotlib 3.11, and 'default'.
const STYLES: &[&str] = &[
    "default",
    "Solarize_Light2",
    "_classic_test_patch",
    "_mpl-gallery",
    "_mpl-gallery-nogrid",
    "bmh",
    "classic",
    "dark_background",
    "fast",
    "fivethirtyeight",
    "ggplot",
    "grayscale",
    "petroff10",
    "petroff6",
    "petroff8",
    "seaborn-v0_8",
    "seaborn-v0_8-bright",
    "seaborn-v0_8-colorblind",
    "seaborn-v0_8-dark",
    "seaborn-v0_8-dark-palette",
    "seaborn-v0_8-darkgrid",
    "seaborn-v0_8-deep",
    "seaborn-v0_8-muted",
    "seaborn-v0_8-notebook",
    "seaborn-v0_8-paper",
    "seaborn-v0_8-pastel",
    "seaborn-v0_8-poster",
    "seaborn-v0_8-talk",
    "seaborn-v0_8-ticks",
    "seaborn-v0_8-white",
    "seaborn-v0_8-whitegrid",
    "tableau-colorblind10",
];

/// `matplotlib.use`: only the headless backend npcalc is.
pub static MATPLOTLIB: &[FnDef] = &[builtin!(
    "use",
    [
        p!(Normal "backend", "The backend's name."),
        p!(Normal "force" = "True", "Switch even if set.")
    ],
    "Chooses the backend: npcalc is always headless ('agg').",
    ["matplotlib.use('Agg')"],
    |_, args| match args.get("backend") {
        Value::Str(s) if s.eq_ignore_ascii_case("agg") => Ok(Value::None),
        v => Err(unsupported(&format!(
            "matplotlib backends other than 'Agg' (asked for {})",
            super::repr::repr(&v, &Default::default())
        ))),
    }
)];

/// Methods of an Axes: pyplot's functions by their Axes names.
fn axes_method(name: &str) -> Option<&'static FnDef> {
    let plain = match name {
        "set_title" => "title",
        "set_xlabel" => "xlabel",
        "set_ylabel" => "ylabel",
        "set_xlim" => "xlim",
        "set_ylim" => "ylim",
        "set_xscale" => "xscale",
        "set_yscale" => "yscale",
        "set" => return METHODS.iter().find(|f| f.name == name),
        "set_xticks" | "set_yticks" | "set_xticklabels" | "set_yticklabels" => {
            return METHODS.iter().find(|f| f.name == name);
        }
        "plot" | "step" | "scatter" | "bar" | "barh" | "hist" | "fill_between" | "axhline"
        | "axvline" | "legend" | "grid" | "text" | "annotate" | "hlines" | "vlines" | "axis"
        | "imshow" | "spy" | "errorbar" | "twinx" | "twiny" | "tick_params" | "margins"
        | "semilogx" | "semilogy" | "loglog" | "pie" | "stackplot" => name,
        _ => return None,
    };
    PYPLOT.iter().find(|f| f.name == plain)
}

fn figure_method(name: &str) -> Option<&'static FnDef> {
    match name {
        "suptitle" | "tight_layout" | "savefig" | "clf" | "subplots_adjust" => {
            PYPLOT.iter().find(|f| f.name == name)
        }
        "add_subplot" | "subplots" | "colorbar" => METHODS.iter().find(|f| f.name == name),
        _ => None,
    }
}

/// Names of the module `matplotlib.pyplot` and `matplotlib` besides functions.
pub fn module_attr(it: &mut Interp, m: Module, name: &str) -> Option<Result<Value>> {
    match (m, name) {
        (Module::Pyplot, "rcParams") | (Module::Matplotlib, "rcParams") => Some(rc(it)),
        (Module::Pyplot, "style") => Some(Ok(Value::Module(Module::PyplotStyle))),
        (Module::Matplotlib, "pyplot") if it.pyplot.pyplot_imported => {
            Some(Ok(Value::Module(Module::Pyplot)))
        }
        (Module::Matplotlib, "pylab") if it.pyplot.pylab_imported => {
            Some(Ok(Value::Module(Module::Pylab("matplotlib.pylab"))))
        }
        // A submodule not imported yet is no attribute of its package
        // (nothing in matplotlib's namespace is close enough to "pyplot" for
        // a suggestion; pylab's, 'mlab', comes from the usual path).
        (Module::Matplotlib, "pyplot") => Some(Err(Error::attribute_error(
            "module 'matplotlib' has no attribute 'pyplot'",
        ))),
        (Module::Matplotlib, "pylab") => None,
        (Module::Pyplot | Module::Matplotlib, "cm") => Some(Ok(Value::Module(Module::PyplotCm))),
        // matplotlib imports its ticker module itself.
        (Module::Matplotlib, "ticker") => Some(Ok(Value::Module(Module::Ticker))),
        (Module::PyplotCm, _) => colormap(it, name).map(Ok),
        (Module::PyplotStyle, "available") => Some(Ok(Value::list(
            STYLES[1..].iter().map(|s| Value::str(s)).collect(),
        ))),
        _ => table(m)
            .iter()
            .find(|f| f.name == name)
            .map(|f| Ok(Value::Function(f))),
    }
}

/// `plt.cm.<name>`: the module's one object for a registered colormap.
fn colormap(it: &mut Interp, name: &str) -> Option<Value> {
    let &(name, listed, n) = super::colormaps::COLORMAPS.iter().find(|c| c.0 == name)?;
    let made = &mut it.pyplot.colormaps;
    let found = made
        .iter()
        .find(|c| matches!(***c, Artist::Colormap(m, ..) if m == name));
    let cmap = match found {
        Some(c) => c.clone(),
        None => {
            let c = Rc::new(Artist::Colormap(name, listed, n));
            made.push(c.clone());
            c
        }
    };
    Some(Value::Plot(cmap))
}

/// `_ensure_cmap`: a colormap, or the name of a registered one (None is
/// rcParams' `image.cmap`); another name gets matplotlib's ValueError
/// with `list_suggestion_error_msg`'s close matches.
fn check_cmap(cmap: &Value) -> Result<()> {
    let name = match cmap {
        Value::None => return Ok(()),
        Value::Plot(a) if is_colormap(a) => return Ok(()),
        Value::Str(s) => s.to_string(),
        _ => {
            return Err(unsupported(
                "a cmap= that is neither a colormap nor its name",
            ));
        }
    };
    let names: Vec<&str> = super::colormaps::COLORMAPS.iter().map(|c| c.0).collect();
    if names.contains(&name.as_str()) {
        return Ok(());
    }
    Err(Error::value_error(format!(
        "{}\nSee `matplotlib.bivar_colormaps()` and `matplotlib.multivar_colormaps()` for bivariate and multivariate colormaps",
        not_valid_msg("cmap", &Value::str(&name), &names)
    )))
}

/// matplotlib's `_api.list_suggestion_error_msg`: a str among more than five
/// str values gets up to three close matches, anything else the whole list.
fn not_valid_msg(name: &str, potential: &Value, values: &[&str]) -> String {
    let quote = |s: &str| super::repr::repr(&Value::str(s), &Default::default());
    let suggestion = match potential {
        Value::Str(p) if values.len() > 5 => {
            let best = super::difflib::close_matches(p, values.iter().copied(), 3, 0.5);
            match best.as_slice() {
                [] => String::new(),
                [one] => format!(" Did you mean: {}?", quote(one)),
                many => format!(
                    " Did you mean one of: {}?",
                    many.iter().map(|s| quote(s)).collect::<Vec<_>>().join(", ")
                ),
            }
        }
        _ => format!(
            " Supported values are {}",
            values
                .iter()
                .map(|s| quote(s))
                .collect::<Vec<_>>()
                .join(", ")
        ),
    };
    format!(
        "{} is not a valid value for {name}.{suggestion}",
        super::repr::repr(potential, &Default::default())
    )
}

pub fn is_colormap(a: &Artist) -> bool {
    matches!(a, Artist::Colormap(..))
}

/// `cmap(x)` needs the colormap's colour table, which npcalc does not keep.
pub fn colormap_call() -> Error {
    unsupported("calling a colormap for its colours (npcalc keeps no colormap data)")
}

fn table(m: Module) -> &'static [FnDef] {
    match m {
        Module::Pyplot => PYPLOT,
        Module::PyplotStyle => STYLE,
        Module::PyplotCm => &[],
        Module::Ticker => super::ticker::TICKER,
        _ => MATPLOTLIB,
    }
}

pub fn module_members(m: Module) -> Vec<&'static str> {
    let extra: &[&str] = match m {
        Module::Pyplot => &["rcParams", "style", "cm"],
        Module::PyplotStyle => &["available"],
        Module::PyplotCm => {
            return super::colormaps::COLORMAPS.iter().map(|c| c.0).collect();
        }
        Module::Ticker => &[],
        _ => &["rcParams", "pyplot", "cm", "ticker"],
    };
    table(m)
        .iter()
        .map(|f| f.name)
        .chain(extra.iter().copied())
        .collect()
}

/// An attribute of a matplotlib object: its methods and a few readers.
pub fn attr(v: &Value, a: &Rc<Artist>, name: &str) -> Result<Value> {
    let method = |f: &'static FnDef| Ok(Value::Method(Box::new(v.clone()), f));
    let got = match &**a {
        Artist::Axes(x) => match name {
            "lines" => {
                let lines = x.borrow().lines.clone();
                return Ok(plot(Artist::Lines(lines, true)));
            }
            "xaxis" | "yaxis" => return Ok(Value::Plot(axis_object(a, name == "yaxis"))),
            "get_title"
            | "get_xlabel"
            | "get_ylabel"
            | "get_xlim"
            | "get_ylim"
            | "get_xscale"
            | "get_yscale"
            | "get_lines"
            | "get_xticks"
            | "get_yticks"
            | "get_xticklabels"
            | "get_yticklabels"
            | "get_xmargin"
            | "get_ymargin"
            | "get_legend_handles_labels" => GETTERS.iter().find(|f| f.name == name),
            _ => axes_method(name),
        },
        Artist::Figure(f) => match name {
            "number" => return Ok(Value::int(f.borrow().number)),
            "axes" => {
                return Ok(Value::list(
                    f.borrow()
                        .axes
                        .iter()
                        .map(|a| Value::Plot(a.clone()))
                        .collect(),
                ));
            }
            _ => figure_method(name),
        },
        Artist::Line(_) => line2d::METHODS.iter().find(|f| f.name == name),
        Artist::Text(..) | Artist::Annotation(..) if name == "get_text" => {
            GETTERS.iter().find(|f| f.name == name)
        }
        Artist::Axis(..) => AXIS_METHODS.iter().find(|f| f.name == name),
        Artist::Formatter(f) => match super::ticker::attr(f, name) {
            Some(v) => return Ok(v),
            None if name == "axis" => {
                let axis = f.borrow().axis.clone();
                return Ok(
                    match axis.and_then(|(ax, y)| ax.upgrade().map(|ax| (ax, y))) {
                        Some((ax, y)) => Value::Plot(axis_object(&ax, y)),
                        None => Value::None,
                    },
                );
            }
            None => super::ticker::methods(f).iter().find(|f| f.name == name),
        },
        Artist::Pie(wedges, texts) => match name {
            "wedges" => return Ok(Value::list(wedges.clone())),
            // Only the lists that hold texts.
            "texts" => {
                let held = texts.iter().filter(|t| !t.is_empty());
                return Ok(Value::list(held.map(|t| Value::list(t.clone())).collect()));
            }
            _ => return Err(unsupported(&format!("the PieContainer attribute {name}"))),
        },
        Artist::Colorbar(cax) => match name {
            "ax" => return Ok(Value::Plot(cax.clone())),
            _ => return Err(unsupported(&format!("the Colorbar attribute {name}"))),
        },
        Artist::Colormap(cmap, _, n) => match name {
            "name" => return Ok(Value::str(cmap)),
            "N" => return Ok(Value::int(*n)),
            _ => None,
        },
        _ => None,
    };
    match got {
        Some(f) => method(f),
        None => Err(super::numpy::no_attribute(v, name, Vec::new())),
    }
}

/// The label `upstream::NAMES` lists a class's names under.
pub fn upstream_owner(a: &Artist) -> Option<&'static str> {
    match a {
        Artist::Axes(_) => Some("Axes"),
        Artist::Figure(_) => Some("Figure"),
        Artist::Line(_) => Some("Line2D"),
        Artist::Legend => Some("Legend"),
        Artist::Text(..) => Some("Text"),
        _ => None,
    }
}

/// The bare class name AttributeError shows.
pub fn class_name(a: &Artist) -> &'static str {
    type_name(a).rsplit('.').next().unwrap_or("object")
}

/// The text an artist keeps: its label, title or axis labels.
fn getter(it: &mut Interp, args: &Args, name: &str) -> Result<Value> {
    let Some(Value::Plot(a)) = &args.this else {
        unreachable!("a method has self")
    };
    Ok(Value::str(&match (&**a, name) {
        (Artist::Text(_, _, t) | Artist::Annotation(_, _, t, _), _) => t.clone(),
        (Artist::Axes(x), "get_title") => {
            let at = title_loc(it, Some(args.get("loc")))?;
            x.borrow().titles[at].clone()
        }
        (Artist::Axes(x), "get_xlabel") => x.borrow().xlabel.clone(),
        (Artist::Axes(x), _) => x.borrow().ylabel.clone(),
        _ => String::new(),
    }))
}

/// Figure and Axes methods pyplot has no function for.
static METHODS: &[FnDef] = &[
    builtin!(@ Method
        "add_subplot",
        [p!(VarPositional "args", "nrows, ncols, index or a three-digit number."), kw!()],
        "Adds a new Axes at a grid cell of the figure.",
        ["plt.figure().add_subplot(2, 1, 1)"],
        add_subplot
    ),
    builtin!(@ Method
        "colorbar",
        [
            p!(Normal "mappable", "The image or scatter to show the colours of."),
            p!(Normal "cax" = "None", "An Axes to draw the colorbar in."),
            p!(Normal "ax" = "None", "The Axes to take the colorbar's space from."),
            p!(Normal "use_gridspec" = "True", "Split the parent's grid cell."),
            kw!()
        ],
        "Adds a colorbar beside the axes; returns the Colorbar (its Axes: cb.ax).",
        ["fig, ax = plt.subplots(); fig.colorbar(ax.imshow(np.eye(2)))"],
        super::colorbar::fig_colorbar
    ),
    builtin!(@ Method
        "set",
        [kw!()],
        "Sets several properties (title, xlabel, ylabel, xlim, ylim) at once.",
        ["plt.subplots()[1].set(title='Walk', xlabel='step')"],
        axes_set
    ),
    builtin!(@ Method
        "subplots",
        [
            p!(Normal "nrows" = "1", "Rows of the grid."),
            p!(Normal "ncols" = "1", "Columns of the grid."),
            p!(KeywordOnly "sharex" = "False", "Share the x axis."),
            p!(KeywordOnly "sharey" = "False", "Share the y axis."),
            p!(KeywordOnly "squeeze" = "True", "Drop length-1 grid dimensions."),
            kw!()
        ],
        "Adds a grid of Axes to the figure: one Axes or an array of them.",
        ["plt.figure().subplots(2, 1)"],
        figure_subplots
    ),
    builtin!(@ Method "set_xticks", [p!(Normal "ticks", "Tick positions."), p!(Normal "labels" = "None", "Their labels."), p!(KeywordOnly "minor" = "False", "Minor ticks."), kw!()],
        "Sets the x tick positions (a FixedLocator); returns the XTicks.", ["plt.gca().set_xticks([0, 5, 10])"], |it, a| set_ticks(it, a, false)),
    builtin!(@ Method "set_yticks", [p!(Normal "ticks", "Tick positions."), p!(Normal "labels" = "None", "Their labels."), p!(KeywordOnly "minor" = "False", "Minor ticks."), kw!()],
        "Sets the y tick positions (a FixedLocator); returns the YTicks.", ["plt.gca().set_yticks([0, 50, 100])"], |it, a| set_ticks(it, a, true)),
    builtin!(@ Method "set_xticklabels", [p!(Normal "labels", "One label per tick."), p!(Normal "fontdict" = "None", "Text properties."), p!(KeywordOnly "minor" = "False", "Minor ticks."), kw!()],
        "Labels the x ticks set before; returns the labels' Text objects.", ["plt.gca().set_xticklabels(['a', 'b'])"], |it, a| set_ticklabels(it, a, false)),
    builtin!(@ Method "set_yticklabels", [p!(Normal "labels", "One label per tick."), p!(Normal "fontdict" = "None", "Text properties."), p!(KeywordOnly "minor" = "False", "Minor ticks."), kw!()],
        "Labels the y ticks set before; returns the labels' Text objects.", ["plt.gca().set_yticklabels(['low', 'high'])"], |it, a| set_ticklabels(it, a, true)),
];

/// An `Axis`'s methods.
static AXIS_METHODS: &[FnDef] = &[
    builtin!(@ Method "set_major_formatter", [p!(Normal "formatter", "A Formatter.")],
        "Sets the formatter of the axis' major tick labels.", [], set_major_formatter),
    builtin!(@ Method "get_major_formatter", [], "The formatter of the major tick labels.", [],
    |_, args| {
        let (ax, y) = this_axis(args);
        match &axes_of(ax).borrow().formatters[usize::from(y)] {
            Some(f) => Ok(Value::Plot(f.clone())),
            None => Err(unsupported("the default ScalarFormatter of an axis")),
        }
    }),
];

fn this_axis(args: &Args) -> (&Rc<Artist>, bool) {
    match &args.this {
        Some(Value::Plot(a)) => match &**a {
            Artist::Axis(ax, y) => (ax, *y),
            _ => unreachable!("axis methods are looked up on axes"),
        },
        _ => unreachable!("a method has self"),
    }
}

/// `Axis.set_major_formatter` (`_set_formatter`): the formatter formats
/// this axis from now on, and the axes sharing it (their ticker is one).
fn set_major_formatter(_: &mut Interp, args: &Args) -> Result<Value> {
    let (ax, y) = this_axis(args);
    let f = match args.get("formatter") {
        Value::Plot(f) if formatter_of(&f).is_some() => f,
        Value::Str(_) => {
            return Err(unsupported(
                "set_major_formatter with a format string (StrMethodFormatter)",
            ));
        }
        // A function that is no TickHelper becomes a FuncFormatter.
        v if !matches!(v, Value::Plot(_)) && super::classes::is_callable(&v) => {
            match super::ticker::func_formatter(v) {
                Value::Plot(f) => f,
                _ => unreachable!("a formatter is an artist"),
            }
        }
        Value::Plot(_) => {
            return Err(unsupported("this formatter"));
        }
        v => {
            return Err(Error::type_error(format!(
                "'formatter' must be an instance of matplotlib.ticker.Formatter, not a {}",
                v.type_name()
            )));
        }
    };
    formatter_of(&f).expect("checked").borrow_mut().axis = Some((Rc::downgrade(ax), y));
    for t in sharing(ax, y) {
        axes_of(&t).borrow_mut().formatters[usize::from(y)] = Some(f.clone());
    }
    Ok(Value::None)
}

/// The items of a list-like artist, which len, iteration and indexing read.
pub fn items(a: &Artist) -> Option<Vec<Value>> {
    match a {
        Artist::Lines(lines, _) => Some(lines.iter().map(|l| Value::Plot(l.clone())).collect()),
        Artist::Errorbar(parts) => Some(parts.clone()),
        // `PieContainer.__getitem__`: `(wedges, *texts)`, empty lists too.
        Artist::Pie(wedges, texts) => Some(
            std::iter::once(wedges)
                .chain(texts)
                .map(|l| Value::list(l.clone()))
                .collect(),
        ),
        _ => None,
    }
}

fn this_axes(args: &Args) -> &RefCell<Axes> {
    let Some(Value::Plot(a)) = &args.this else {
        unreachable!("a method has self")
    };
    axes_of(a)
}

/// `get_legend_handles_labels`: the artists whose labels do not start
/// with an underscore, and those labels; npcalc follows only lines.
fn legend_handles_labels(args: &Args) -> Result<Value> {
    let a = this_axes(args).borrow();
    let (mut handles, mut labels) = (Vec::new(), Vec::new());
    for l in &a.lines {
        let label = line_of(l).expect("lines").borrow().label.clone();
        if !label.starts_with('_') {
            handles.push(Value::Plot(l.clone()));
            labels.push(Value::str(&label));
        }
    }
    if handles.len() != a.labels {
        return Err(unsupported(
            "get_legend_handles_labels with labelled artists other than lines",
        ));
    }
    Ok(Value::tuple(vec![
        Value::list(handles),
        Value::list(labels),
    ]))
}

static GETTERS: &[FnDef] = &[
    builtin!(@ Method "get_lines", [], "The axes' lines.", [], |_, a| {
        let lines = this_axes(a).borrow().lines.clone();
        Ok(plot(Artist::Lines(lines, false)))
    }),
    builtin!(@ Method "get_legend_handles_labels", [p!(Normal "legend_handler_map" = "None", "Ignored.")],
        "The labelled artists and their labels.", [], |_, a| legend_handles_labels(a)),
    builtin!(@ Method "get_text", [], "The text shown.", [], |it, a| getter(it, a, "get_text")),
    builtin!(@ Method "get_title", [p!(Normal "loc" = "'center'", "'left', 'center' or 'right'.")], "The axes' title.", [], |it, a| getter(it, a, "get_title")),
    builtin!(@ Method "get_xlabel", [], "The x axis label.", [], |it, a| getter(it, a, "get_xlabel")),
    builtin!(@ Method "get_ylabel", [], "The y axis label.", [], |it, a| getter(it, a, "get_ylabel")),
    builtin!(@ Method "get_xlim", [], "The x view limits.", [], |it, a| get_lim(it, a, false)),
    builtin!(@ Method "get_ylim", [], "The y view limits.", [], |it, a| get_lim(it, a, true)),
    builtin!(@ Method "get_xmargin", [], "The x autoscaling margin.", [], |it, a| get_margin(it, a, false)),
    builtin!(@ Method "get_ymargin", [], "The y autoscaling margin.", [], |it, a| get_margin(it, a, true)),
    builtin!(@ Method "get_xscale", [], "The x axis scale's name.", [], |_, a| {
        Ok(Value::str(this_axes(a).borrow().scale[0]))
    }),
    builtin!(@ Method "get_yscale", [], "The y axis scale's name.", [], |_, a| {
        Ok(Value::str(this_axes(a).borrow().scale[1]))
    }),
    builtin!(@ Method "get_xticks", [p!(KeywordOnly "minor" = "False", "Minor ticks.")],
        "The x tick positions.", [], |it, a| tick_reader(it, a, false, false)),
    builtin!(@ Method "get_yticks", [p!(KeywordOnly "minor" = "False", "Minor ticks.")],
        "The y tick positions.", [], |it, a| tick_reader(it, a, true, false)),
    builtin!(@ Method "get_xticklabels", [p!(Normal "minor" = "False", "Minor ticks."), p!(Normal "which" = "None", "'major', 'minor' or 'both'.")],
        "The x tick labels (Text).", [], |it, a| tick_reader(it, a, false, true)),
    builtin!(@ Method "get_yticklabels", [p!(Normal "minor" = "False", "Minor ticks."), p!(Normal "which" = "None", "'major', 'minor' or 'both'.")],
        "The y tick labels (Text).", [], |it, a| tick_reader(it, a, true, true)),
];

/// `get_xticks()`/`get_xticklabels()` of a categorical axis, whose locator
/// and formatter are the categories': a label for every tick, whatever
/// the view limits, whatever the view limits.
fn tick_reader(it: &mut Interp, args: &Args, y: bool, labels: bool) -> Result<Value> {
    let Some(Value::Plot(ax)) = &args.this else {
        unreachable!("a method has self")
    };
    let i = usize::from(y);
    let units = {
        let a = axes_of(ax).borrow();
        (!a.ticks_set[i] && !a.units[i].borrow().is_empty()).then(|| a.units[i].clone())
    };
    let minor = it.truthy(&args.get("minor"))?;
    let fixed = axes_of(ax).borrow().fixed_ticks[i].clone();
    if let (Some(locs), false, false) = (&fixed, minor, labels) {
        return Ok(Value::Array(locs.clone()));
    }
    let numeric = units.is_none() && !axes_of(ax).borrow().ticks_set[i];
    if numeric && !minor && !labels {
        return numeric_ticks(it, ax, y);
    }
    let (Some(units), false) = (units, minor) else {
        return Err(unsupported(
            "reading the ticks matplotlib's locator chooses (npcalc draws no figures); only the ticks of a categorical axis are known",
        ));
    };
    if !labels {
        return Ok(category::ticks(&units));
    }
    Ok(category_labels(ax, &units, y))
}

/// `get_xticks()`/`get_yticks()` of a numeric axis: AutoLocator's ticks for
/// its view limits, spaced for the axis' length in points
/// (`get_tick_space`: 10-point labels, three label heights apart on x, two
/// on y).
fn numeric_ticks(it: &mut Interp, ax: &Rc<Artist>, y: bool) -> Result<Value> {
    let Some((lo, hi)) = view_lim(it, ax, y)? else {
        return Err(unsupported(
            "reading the ticks of an axis whose autoscaled limits npcalc does not know",
        ));
    };
    let space = {
        let a = axes_of(ax).borrow();
        let (inches, per_label) = if y {
            (a.position[3] * a.figure_px.1 / a.figure_dpi, 20.0)
        } else {
            (a.position[2] * a.figure_px.0 / a.figure_dpi, 30.0)
        };
        (inches * 72.0 / per_label).floor() as i64
    };
    let ticks = super::locator::auto_ticks(lo, hi, space);
    let n = ticks.len();
    Ok(Value::Array(Array::from_vec(ticks, vec![n])))
}

/// The tick labels of a categorical axis: one Text per category.
fn category_labels(ax: &Rc<Artist>, units: &category::Units, y: bool) -> Value {
    // A twin's own axis has its labels on the far side (`tick_right`).
    let side = Value::int(usize::from(axes_of(ax).borrow().far_side[usize::from(y)]));
    let texts = category::labels(units)
        .into_iter()
        .map(|(at, s)| {
            let at = Value::int(at);
            plot(if y {
                Artist::Text(side.clone(), at, s)
            } else {
                Artist::Text(at, side.clone(), s)
            })
        })
        .collect();
    Value::list(texts)
}

/// `Axes.get_xlim`/`get_ylim`: the view limits, as NumPy floats.
fn get_lim(it: &mut Interp, args: &Args, y: bool) -> Result<Value> {
    let Some(Value::Plot(ax)) = &args.this else {
        unreachable!("a method has self")
    };
    match view_lim(it, ax, y)? {
        Some((lo, hi)) => Ok(Value::tuple(vec![
            Value::Scalar(crate::array::Scalar::Float64(lo)),
            Value::Scalar(crate::array::Scalar::Float64(hi)),
        ])),
        None => Err(unsupported(
            "reading autoscaled plot limits (npcalc draws no figures); set them first",
        )),
    }
}

/// The class name `type(x)` shows.
pub fn type_name(a: &Artist) -> &'static str {
    match a {
        Artist::Figure(_) => "matplotlib.figure.Figure",
        Artist::Axes(_) => "matplotlib.axes._axes.Axes",
        Artist::Line(_) => "matplotlib.lines.Line2D",
        Artist::Text(..) => "matplotlib.text.Text",
        Artist::Annotation(..) => "matplotlib.text.Annotation",
        Artist::Legend => "matplotlib.legend.Legend",
        Artist::Collection(c) => c,
        Artist::Bars(_) => "matplotlib.container.BarContainer",
        Artist::Polygon(..) => "matplotlib.patches.Polygon",
        Artist::Tick(t) => t,
        Artist::Image(_) => "matplotlib.image.AxesImage",
        Artist::Lines(_, true) => "matplotlib.axes._base._AxesBase.ArtistList",
        Artist::Lines(_, false) => "matplotlib.cbook.silent_list",
        Artist::Colormap(_, true, _) => "matplotlib.colors.ListedColormap",
        Artist::Colormap(_, false, _) => "matplotlib.colors.LinearSegmentedColormap",
        Artist::Errorbar(_) => "matplotlib.container.ErrorbarContainer",
        Artist::Pie(..) => "matplotlib.container.PieContainer",
        Artist::Colorbar(_) => "matplotlib.colorbar.Colorbar",
        Artist::Formatter(f) => f.borrow().class_name(),
        Artist::Axis(_, false) => "matplotlib.axis.XAxis",
        Artist::Axis(_, true) => "matplotlib.axis.YAxis",
    }
}

fn g(x: f64) -> String {
    super::format::format_float(x, "g").unwrap_or_default()
}

fn address(a: &Rc<Artist>) -> String {
    format!(
        "<{} object at 0x{:x}>",
        type_name(a),
        Rc::as_ptr(a) as usize
    )
}

fn text_part(v: &Value) -> String {
    super::repr::str(v, &Default::default())
}

/// `repr(x)`: matplotlib's `__repr__`, or object's with an address (npcalc's).
pub fn repr(a: &Rc<Artist>) -> String {
    match &**a {
        Artist::Figure(f) => {
            let f = f.borrow();
            format!(
                "<Figure size {}x{} with {} Axes>",
                g(f.size.0),
                g(f.size.1),
                f.axes.len()
            )
        }
        Artist::Axes(x) => {
            let x = x.borrow();
            let mut fields = Vec::new();
            if !x.label.is_empty() {
                fields.push(format!(
                    "label={}",
                    super::repr::repr(&Value::str(&x.label), &Default::default())
                ));
            }
            let titles: Vec<String> = TITLE_LOCS
                .iter()
                .zip(&x.titles)
                .filter(|(_, t)| !t.is_empty())
                .map(|(loc, t)| {
                    format!(
                        "'{loc}': {}",
                        super::repr::repr(&Value::str(t), &Default::default())
                    )
                })
                .collect();
            if !titles.is_empty() {
                fields.push(format!("title={{{}}}", titles.join(", ")));
            }
            for (n, l) in [("x", &x.xlabel), ("y", &x.ylabel)] {
                if !l.is_empty() {
                    fields.push(format!(
                        "{n}label={}",
                        super::repr::repr(&Value::str(l), &Default::default())
                    ));
                }
            }
            format!("<Axes: {}>", fields.join(", "))
        }
        Artist::Text(x, y, t) | Artist::Annotation(x, y, t, _) => format!(
            "Text({}, {}, {})",
            text_part(x),
            text_part(y),
            super::repr::repr(&Value::str(t), &Default::default())
        ),
        Artist::Bars(n) => format!("<BarContainer object of {n} artists>"),
        Artist::Errorbar(parts) => format!("<ErrorbarContainer object of {} artists>", parts.len()),
        Artist::Lines(l, true) => format!("<Axes.ArtistList of {} lines>", l.len()),
        Artist::Lines(l, false) => format!("<a list of {} Line2D objects>", l.len()),
        _ => address(a),
    }
}

/// `str(x)`: matplotlib's `__str__` where it has one, else the repr.
pub fn str(a: &Rc<Artist>) -> String {
    match &**a {
        Artist::Figure(f) => {
            let f = f.borrow();
            format!("Figure({}x{})", g(f.size.0), g(f.size.1))
        }
        Artist::Axes(x) => {
            let x = x.borrow();
            let [l, b, w, h] = x.position;
            format!("Axes({},{};{}x{})", g(l), g(b), g(w), g(h))
        }
        Artist::Line(l) => format!("Line2D({})", l.borrow().label),
        // Checked to be numbers when made.
        Artist::Annotation(_, _, t, (x, y)) => format!(
            "Annotation({}, {}, {})",
            g(*x),
            g(*y),
            super::repr::repr(&Value::str(t), &Default::default())
        ),
        Artist::Legend => "Legend".into(),
        Artist::Image(shape) => format!("AxesImage(shape={shape})"),
        Artist::Polygon(n, x, y) => format!("Polygon{n}(({}, {}) ...)", g(*x), g(*y)),
        // `Axis.__str__`: the axes' lower left corner in pixels.
        Artist::Axis(ax, y) => {
            let a = axes_of(ax).borrow();
            let (w, h) = a.figure_px;
            let corner = |v: f64| super::repr::repr(&Value::Float(v), &Default::default());
            format!(
                "{}Axis({},{})",
                if *y { "Y" } else { "X" },
                corner(a.position[0] * w),
                corner(a.position[1] * h)
            )
        }
        _ => repr(a),
    }
}
