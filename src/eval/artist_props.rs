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
