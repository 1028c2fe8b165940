//! Python's `warnings` module: the filters lessons set at their top
//! (`warnings.filterwarnings('ignore')`), `warnings.warn` and
//! `catch_warnings`. The filters themselves live with the warnings they
//! filter, in `crate::array::signals`.

use super::Interp;
use super::table::{Args, FnDef, Owner, Param, p};
use super::value::{TypeObj, Value};
use crate::array::signals::{self, Action, Filter};
use crate::error::{Error, Exc, Result};

/// Python's own checks in `warnings.filterwarnings` are asserts.
fn assertion(message: impl Into<String>) -> Error {
    Error::new(Exc::AssertionError, message)
}

fn action(args: &Args) -> Result<Action> {
    let v = args.get("action");
    let name = match &v {
        Value::Str(s) => s.to_string(),
        other => super::repr::repr(other, &Default::default()),
    };
    Action::from_name(&name)
        .ok_or_else(|| {
            assertion(format!(
                "invalid action: {}",
                super::repr::repr(&v, &Default::default())
            ))
        })
        .map_err(|e| e.at(args.span("action")))
}

fn category(args: &Args) -> Result<Exc> {
    if !args.given("category") {
        return Ok(Exc::Warning);
    }
    match args.get("category") {
        Value::Type(TypeObj::Exc(e)) if e.is_a(Exc::Warning) => Ok(e),
        _ => Err(assertion("category must be a Warning subclass").at(args.span("category"))),
    }
}

/// Rejects what npcalc's filters cannot express: a module pattern (npcalc
/// runs one module) and a line number.
fn only_defaults(args: &Args) -> Result<()> {
    match args.get("lineno") {
        Value::Int(n) if n >= 0.into() => {}
        _ => return Err(assertion("lineno must be an int >= 0").at(args.span("lineno"))),
    }
    for (name, default) in [("module", ""), ("lineno", "0")] {
        let given = match args.get(name) {
            Value::Str(s) => &*s != default,
            Value::Int(n) => n.to_string() != default,
            _ => true,
        };
        if args.params_has(name) && args.given(name) && given {
            return Err(Error::value_error(format!(
                "warnings filters with a {name} are not supported in npcalc"
            ))
            .at(args.span(name)));
        }
    }
    Ok(())
}

/// Puts a filter first (or last with `append=True`), replacing an equal one,
/// as `warnings._add_filter` does.
fn add(filter: Filter, append: bool) {
    let same = |f: &Filter| {
        f.action == filter.action
            && f.category == filter.category
            && f.message.as_ref().map(|m| m.as_str()) == filter.message.as_ref().map(|m| m.as_str())
    };
    let mut filters = signals::filters();
    if append {
        if !filters.iter().any(same) {
            filters.push(filter);
        }
    } else {
        filters.retain(|f| !same(f));
        filters.insert(0, filter);
    }
    signals::set_filters(filters);
}

fn filterwarnings(_: &mut Interp, args: &Args) -> Result<Value> {
    let action = action(args)?;
    let message = match args.get("message") {
        Value::Str(s) if s.is_empty() => None,
        // Python's `re.compile(message, re.I)`, matched at the start.
        Value::Str(s) => Some(
            regex_lite::Regex::new(&format!("(?i)^(?:{s})")).map_err(|e| {
                Error::value_error(format!(
                    "the message pattern is not a regular expression npcalc reads: {e}"
                ))
                .at(args.span("message"))
            })?,
        ),
        _ => return Err(assertion("message must be a string").at(args.span("message"))),
    };
    let category = category(args)?;
    only_defaults(args)?;
    let append = super::pyops::truthy(&args.get("append"))?;
    add(
        Filter {
            action,
            message,
            category,
        },
        append,
    );
    Ok(Value::None)
}

fn simplefilter(_: &mut Interp, args: &Args) -> Result<Value> {
    let action = action(args)?;
    let category = category(args)?;
    only_defaults(args)?;
    let append = super::pyops::truthy(&args.get("append"))?;
    add(
        Filter {
            action,
            message: None,
            category,
        },
        append,
    );
    Ok(Value::None)
}

fn resetwarnings(_: &mut Interp, _: &Args) -> Result<Value> {
    signals::set_filters(Vec::new());
    Ok(Value::None)
}

fn warn(it: &mut Interp, args: &Args) -> Result<Value> {
    let (class, text) = match args.get("message") {
        // A Warning instance carries its class.
        Value::Exception(e) if e.class.is_a(Exc::Warning) => (e.class, e.message.clone()),
        v => {
            let class = match args.get("category") {
                Value::None => Exc::UserWarning,
                Value::Type(TypeObj::Exc(e)) if e.is_a(Exc::Warning) => e,
                other => {
                    return Err(Error::type_error(format!(
                        "category must be a Warning subclass, not '{}'",
                        other.type_name()
                    )));
                }
            };
            let text = match &v {
                Value::Exception(e) => e.message.clone(),
                other => super::repr::str(other, &it.print_options),
            };
            (class, text)
        }
    };
    if !matches!(args.get("stacklevel"), Value::Int(n) if n == 1.into()) {
        return Err(Error::value_error(
            "warnings.warn with a stacklevel other than 1 is not supported in npcalc",
        )
        .at(args.span("stacklevel")));
    }
    signals::warn(class.name(), text);
    Ok(Value::None)
}

fn catch_warnings(_: &mut Interp, args: &Args) -> Result<Value> {
    if super::pyops::truthy(&args.get("record"))? {
        return Err(Error::value_error(
            "catch_warnings(record=True) is not supported in npcalc (it cannot hand back the warnings as objects)",
        )
        .at(args.span("record")));
    }
    Ok(super::context::catch_warnings())
}

const ACTION: Param = p!(Normal "action", "'ignore', 'error', 'always', 'default', 'module' or 'once'."
);
const CATEGORY: Param =
    p!(Normal "category" = "Warning", "The warning class (and its subclasses) to match.");
const LINENO: Param = p!(Normal "lineno" = "0", "Not supported by npcalc.");
const APPEND: Param = p!(Normal "append" = "False", "Add the filter last instead of first.");

pub static WARNINGS: &[FnDef] = &[
    FnDef {
        name: "filterwarnings",
        owner: Owner::Builtin,
        error_name: None,
        params: &[
            ACTION,
            p!(Normal "message" = "''", "A pattern the warning's text must start with (any case)."
            ),
            CATEGORY,
            p!(Normal "module" = "''", "Not supported by npcalc."),
            LINENO,
            APPEND,
        ],
        doc: "Add a warnings filter: e.g. warnings.filterwarnings('ignore') hides every warning, 'error' turns them into exceptions.",
        examples: &[
            "warnings.filterwarnings('ignore', category=RuntimeWarning)",
            "warnings.filterwarnings('error', message='overflow')",
        ],
        imp: filterwarnings,
    },
    FnDef {
        name: "simplefilter",
        owner: Owner::Builtin,
        error_name: None,
        params: &[ACTION, CATEGORY, LINENO, APPEND],
        doc: "Add a warnings filter for a whole category.",
        examples: &[
            "warnings.simplefilter('ignore')",
            "warnings.simplefilter('always')",
        ],
        imp: simplefilter,
    },
    FnDef {
        name: "resetwarnings",
        owner: Owner::Builtin,
        error_name: None,
        params: &[],
        doc: "Remove every warnings filter added so far.",
        examples: &["warnings.resetwarnings()"],
        imp: resetwarnings,
    },
    FnDef {
        name: "warn",
        owner: Owner::Builtin,
        error_name: None,
        params: &[
            p!(Normal "message", "The text (or a Warning instance)."),
            p!(Normal "category" = "None", "The warning class (default UserWarning)."
            ),
            p!(Normal "stacklevel" = "1", "Only 1 (the calling line) in npcalc."
            ),
        ],
        doc: "Issue a warning: it is printed on stderr and the program goes on.",
        examples: &["warnings.warn('the total is not final')"],
        imp: warn,
    },
    FnDef {
        name: "catch_warnings",
        owner: Owner::Builtin,
        error_name: None,
        params: &[
            p!(KeywordOnly "record" = "False", "Not supported by npcalc (only False)."
            ),
        ],
        doc: "A context manager that restores the warnings filters on exit: `with warnings.catch_warnings(): warnings.simplefilter('ignore'); ...`.",
        examples: &["with warnings.catch_warnings(): warnings.simplefilter('ignore')"],
        imp: catch_warnings,
    },
];
