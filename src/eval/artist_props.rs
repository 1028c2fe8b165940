//! The properties matplotlib's artists accept as keyword arguments (their
//! `set_*` methods, aliases included, as matplotlib 3.11 defines them), so
//! that a plotting call given any other keyword fails as matplotlib's
//! `Artist._internal_update` makes it fail.

use crate::error::{Error, Result};

/// Properties every Artist has.
const ARTIST: &[&str] = &[
    "agg_filter",
    "alpha",
    "animated",
    "clip_box",
    "clip_on",
    "clip_path",
    "figure",
    "gid",
    "in_layout",
    "label",
    "mouseover",
    "path_effects",
    "picker",
    "rasterized",
    "sketch_params",
    "snap",
    "transform",
    "url",
    "visible",
    "zorder",
];

/// Properties every Patch adds (Rectangle and Polygon add their own).
const PATCH: &[&str] = &[
    "aa",
    "antialiased",
    "capstyle",
    "color",
    "ec",
    "edgecolor",
    "edgegapcolor",
    "facecolor",
    "fc",
    "fill",
    "hatch",
    "hatch_linewidth",
    "hatchcolor",
    "joinstyle",
    "linestyle",
    "linewidth",
    "ls",
    "lw",
];

const RECTANGLE: &[&str] = &["angle", "bounds", "height", "width", "x", "xy", "y"];

const POLYGON: &[&str] = &["closed", "xy"];

/// Properties every Collection adds (each kind adds a few of its own).
const COLLECTION: &[&str] = &[
    "aa",
    "antialiased",
    "antialiaseds",
    "array",
    "capstyle",
    "clim",
    "cmap",
    "color",
    "dashes",
    "ec",
    "edgecolor",
    "edgecolors",
    "facecolor",
    "facecolors",
    "fc",
    "hatch",
    "hatch_linewidth",
    "hatchcolor",
    "joinstyle",
    "linestyle",
    "linestyles",
    "linewidth",
    "linewidths",
    "ls",
    "lw",
    "norm",
    "offset_transform",
    "offsets",
    "paths",
    "pickradius",
    "transOffset",
    "urls",
];

const PATH_COLLECTION: &[&str] = &["sizes"];

const LINE_COLLECTION: &[&str] = &["colors", "gapcolor", "segments", "verts"];

const FILL_BETWEEN: &[&str] = &["data", "sizes", "verts", "verts_and_codes"];

/// Properties a Figure adds to Artist's (it has no aliases).
const FIGURE: &[&str] = &[
    "canvas",
    "constrained_layout",
    "constrained_layout_pads",
    "dpi",
    "edgecolor",
    "facecolor",
    "figheight",
    "figwidth",
    "frameon",
    "layout_engine",
    "linewidth",
    "size_inches",
    "tight_layout",
];

const LINE2D: &[&str] = &[
    "aa",
    "antialiased",
    "c",
    "color",
    "dash_capstyle",
    "dash_joinstyle",
    "dashes",
    "data",
    "drawstyle",
    "ds",
    "fillstyle",
    "gapcolor",
    "linestyle",
    "linewidth",
    "ls",
    "lw",
    "marker",
    "markeredgecolor",
    "markeredgewidth",
    "markerfacecolor",
    "markerfacecoloralt",
    "markersize",
    "markevery",
    "mec",
    "mew",
    "mfc",
    "mfcalt",
    "ms",
    "pickradius",
    "solid_capstyle",
    "solid_joinstyle",
    "xdata",
    "ydata",
];

/// matplotlib's aliases (`_alias_to_prop`) of Line2D's and of Patch's properties.
const LINE2D_ALIASES: &[(&str, &str)] = &[
    ("aa", "antialiased"),
    ("c", "color"),
    ("ds", "drawstyle"),
    ("ls", "linestyle"),
    ("lw", "linewidth"),
    ("mec", "markeredgecolor"),
    ("mew", "markeredgewidth"),
    ("mfc", "markerfacecolor"),
    ("mfcalt", "markerfacecoloralt"),
    ("ms", "markersize"),
];

const PATCH_ALIASES: &[(&str, &str)] = &[
    ("aa", "antialiased"),
    ("ec", "edgecolor"),
    ("fc", "facecolor"),
    ("ls", "linestyle"),
    ("lw", "linewidth"),
];

const COLLECTION_ALIASES: &[(&str, &str)] = &[
    ("antialiaseds", "antialiased"),
    ("aa", "antialiased"),
    ("edgecolors", "edgecolor"),
    ("ec", "edgecolor"),
    ("facecolors", "facecolor"),
    ("fc", "facecolor"),
    ("linestyles", "linestyle"),
    ("dashes", "linestyle"),
    ("ls", "linestyle"),
    ("linewidths", "linewidth"),
    ("lw", "linewidth"),
    ("transOffset", "offset_transform"),
];

/// An artist class whose properties a call's extra keywords must name.
#[derive(Clone, Copy)]
pub enum Kind {
    Line2D,
    Rectangle,
    Polygon,
    PathCollection,
    LineCollection,
    FillBetweenPolyCollection,
    Figure,
}

impl Kind {
    fn name(self) -> &'static str {
        match self {
            Kind::Line2D => "Line2D",
            Kind::Rectangle => "Rectangle",
            Kind::Polygon => "Polygon",
            Kind::PathCollection => "PathCollection",
            Kind::LineCollection => "LineCollection",
            Kind::FillBetweenPolyCollection => "FillBetweenPolyCollection",
            Kind::Figure => "Figure",
        }
    }

    fn canonical(self, key: &str) -> &str {
        let table = match self {
            Kind::Line2D => LINE2D_ALIASES,
            Kind::Rectangle | Kind::Polygon => PATCH_ALIASES,
            _ => COLLECTION_ALIASES,
        };
        table
            .iter()
            .find(|(alias, _)| *alias == key)
            .map_or(key, |(_, prop)| prop)
    }

    fn accepts(self, key: &str) -> bool {
        ARTIST.contains(&key) || self.adds(key)
    }

    /// The properties this kind has beyond Artist's.
    fn adds(self, key: &str) -> bool {
        match self {
            Kind::Line2D => LINE2D.contains(&key),
            Kind::Rectangle => PATCH.contains(&key) || RECTANGLE.contains(&key),
            Kind::Polygon => PATCH.contains(&key) || POLYGON.contains(&key),
            Kind::PathCollection => COLLECTION.contains(&key) || PATH_COLLECTION.contains(&key),
            Kind::LineCollection => COLLECTION.contains(&key) || LINE_COLLECTION.contains(&key),
            Kind::FillBetweenPolyCollection => {
                COLLECTION.contains(&key) || FILL_BETWEEN.contains(&key)
            }
            Kind::Figure => FIGURE.contains(&key),
        }
    }
}

/// Fails on the first keyword (in call order) that is neither one the
/// plotting function takes itself (`own`) nor a property of the artist.
pub fn check<'a>(kind: Kind, keys: impl IntoIterator<Item = &'a str>, own: &[&str]) -> Result<()> {
    for key in keys {
        if !own.contains(&key) && !kind.accepts(key) {
            return Err(Error::attribute_error(format!(
                "{}.set() got an unexpected keyword argument '{key}'",
                kind.name()
            )));
        }
    }
    Ok(())
}

/// `cbook.normalize_kwargs`: two keywords that name one property (an alias
/// and its property, in call order) are a TypeError.
pub fn check_aliases<'a>(kind: Kind, keys: impl IntoIterator<Item = &'a str>) -> Result<()> {
    let mut seen: Vec<(&str, &str)> = Vec::new();
    for key in keys {
        let prop = kind.canonical(key);
        if let Some((first, _)) = seen.iter().find(|(_, p)| *p == prop) {
            return Err(Error::type_error(format!(
                "Got both '{first}' and '{key}', which are aliases of one another"
            )));
        }
        seen.push((key, prop));
    }
    Ok(())
}

/// Properties Text adds to Artist's (`set_*` methods of matplotlib 3.11's
/// `Text`), aliases included.
const TEXT: &[&str] = &[
    "antialiased",
    "backgroundcolor",
    "bbox",
    "c",
    "color",
    "family",
    "font",
    "font_properties",
    "fontfamily",
    "fontfeatures",
    "fontname",
    "fontproperties",
    "fontsize",
    "fontstretch",
    "fontstyle",
    "fontvariant",
    "fontweight",
    "ha",
    "horizontalalignment",
    "language",
    "linespacing",
    "ma",
    "math_fontfamily",
    "multialignment",
    "name",
    "parse_math",
    "position",
    "rotation",
    "rotation_mode",
    "size",
    "stretch",
    "style",
    "text",
    "transform_rotates_text",
    "usetex",
    "va",
    "variant",
    "verticalalignment",
    "weight",
    "wrap",
    "x",
    "y",
];

/// What Annotation adds to Text.
const ANNOTATION: &[&str] = &["anncoords", "annotation_clip"];

/// Text's `_alias_to_prop`.
const TEXT_ALIASES: &[(&str, &str)] = &[
    ("c", "color"),
    ("font", "fontproperties"),
    ("font_properties", "fontproperties"),
    ("family", "fontfamily"),
    ("name", "fontname"),
    ("size", "fontsize"),
    ("stretch", "fontstretch"),
    ("style", "fontstyle"),
    ("variant", "fontvariant"),
    ("weight", "fontweight"),
    ("ha", "horizontalalignment"),
    ("va", "verticalalignment"),
    ("ma", "multialignment"),
];

/// The keyword parameters `Text.__init__` names, which its `**kwargs`
/// (the ones normalised and set one by one) therefore never hold.
const TEXT_INIT: &[&str] = &[
    "color",
    "verticalalignment",
    "horizontalalignment",
    "multialignment",
    "fontproperties",
    "rotation",
    "linespacing",
    "rotation_mode",
    "usetex",
    "wrap",
    "transform_rotates_text",
    "parse_math",
    "antialiased",
];

/// `cbook.normalize_kwargs` for Text: fails on an alias given with its
/// property, else the keys by their property names, in order.
fn normalize_text<'a>(keys: &[&'a str]) -> Result<Vec<&'a str>> {
    let canonical = |k: &'a str| -> &'a str {
        TEXT_ALIASES
            .iter()
            .find(|(alias, _)| *alias == k)
            .map_or(k, |(_, prop)| prop)
    };
    let mut seen: Vec<(&str, &str)> = Vec::new();
    for &key in keys {
        let prop = canonical(key);
        if let Some((first, _)) = seen.iter().find(|(_, p)| *p == prop) {
            return Err(Error::type_error(format!(
                "Got both '{first}' and '{key}', which are aliases of one another"
            )));
        }
        seen.push((key, prop));
    }
    Ok(seen.into_iter().map(|(_, p)| p).collect())
}

/// `Text.update` (through `Artist.update`): normalised, then each property
/// must have a setter.
fn text_update(class: &str, keys: &[&str]) -> Result<()> {
    let extra: &[&str] = if class == "Annotation" {
        ANNOTATION
    } else {
        &[]
    };
    for key in normalize_text(keys)? {
        if !ARTIST.contains(&key) && !TEXT.contains(&key) && !extra.contains(&key) {
            return Err(Error::attribute_error(format!(
                "'{class}' object has no property '{key}'"
            )));
        }
    }
    Ok(())
}

/// `Text.__init__(**kwargs)` of a Text or Annotation: the keywords it
/// names itself are taken first, the rest updated.
fn text_init(class: &str, keys: &[&str]) -> Result<()> {
    let rest: Vec<&str> = keys
        .iter()
        .copied()
        .filter(|k| !TEXT_INIT.contains(k))
        .collect();
    text_update(class, &rest)
}

/// `{**a, **b}`: keys of both, a key of b already in a keeping a's place.
fn merged<'a>(a: &[&'a str], b: &[&'a str]) -> Vec<&'a str> {
    let mut all = a.to_vec();
    all.extend(b.iter().filter(|k| !a.contains(k)));
    all
}

/// The pyplot calls that make or change a Text, each passing its keywords
/// on its own way.
#[derive(Clone, Copy)]
pub enum TextCall {
    /// `Axes.set_title`: `title.update(fontdict)`, then the keywords
    /// through `_internal_update` (not normalised, `Text.set()`'s words).
    Title,
    /// `set_xlabel`/`set_ylabel`: `label.update(fontdict)`, `label.update(kwargs)`.
    AxisLabel,
    /// `Axes.text`: `Text(**{defaults, **fontdict, **kwargs})`.
    Text,
    /// `Figure.suptitle`: normalised, then `Figure.text` as `Axes.text`.
    Suptitle,
    /// `Axes.annotate`: `Annotation(**kwargs)` (no fontdict of its own).
    Annotate,
}

/// Fails as matplotlib does on a keyword (of `keys`, in call order, the
/// call's own parameters left out) or a `fontdict` key Text does not take.
pub fn check_text(call: TextCall, fontdict: &[&str], keys: &[&str]) -> Result<()> {
    match call {
        TextCall::Title => {
            text_update("Text", fontdict)?;
            if let Some(key) = keys
                .iter()
                .find(|k| !ARTIST.contains(k) && !TEXT.contains(k))
            {
                return Err(Error::attribute_error(format!(
                    "Text.set() got an unexpected keyword argument '{key}'"
                )));
            }
            Ok(())
        }
        TextCall::AxisLabel => {
            text_update("Text", fontdict)?;
            text_update("Text", keys)
        }
        TextCall::Text => {
            let defaults = [
                "verticalalignment",
                "horizontalalignment",
                "transform",
                "clip_on",
            ];
            text_init("Text", &merged(&merged(&defaults, fontdict), keys))
        }
        TextCall::Suptitle => {
            let mut given = normalize_text(keys)?;
            let set_size = !given.contains(&"fontproperties");
            for default in ["horizontalalignment", "verticalalignment", "rotation"] {
                if !given.contains(&default) {
                    given.push(default);
                }
            }
            for default in ["fontsize", "fontweight"] {
                if set_size && !given.contains(&default) {
                    given.push(default);
                }
            }
            text_init("Text", &merged(&merged(&["transform"], fontdict), &given))
        }
        TextCall::Annotate => text_init("Annotation", keys),
    }
}
