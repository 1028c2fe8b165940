//! The order of a `def`'s or `lambda`'s parameters, checked as CPython
//! 3.11's grammar does: its `invalid_parameters` rules first, then the
//! valid parse of the positional part, then `invalid_star_etc` and
//! `invalid_kwds` where `*` and `**` begin.

use crate::error::{Error, Span};

/// What one comma-separated parameter item is.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Kind {
    /// `name[: annotation][=default]`.
    Plain {
        default: bool,
    },
    Slash,
    /// `*` or `*name`; `eq` is the `=` of a (wrong) default.
    Star {
        named: bool,
        eq: Option<Span>,
    },
    /// `**name`; `eq` as for `Star`.
    Kwargs {
        eq: Option<Span>,
    },
}

#[derive(Clone, Copy)]
pub(super) struct Item {
    pub kind: Kind,
    /// The name with its annotation, or the `/`, `*`, `**` token.
    pub head: Span,
    /// The token that follows the item (`,` or the closing one); None at
    /// the end of the text.
    pub next: Option<Span>,
    pub comma_after: bool,
}

fn is_plain(i: &Item) -> bool {
    matches!(i.kind, Kind::Plain { .. })
}

fn no_default(i: &Item) -> bool {
    i.kind == Kind::Plain { default: false }
}

fn with_default(i: &Item) -> bool {
    i.kind == Kind::Plain { default: true }
}

/// `*,` or `*name` without a default: what `'*' (param_no_default | ',')`
/// matches.
fn plain_star(i: &Item) -> bool {
    match i.kind {
        Kind::Star { named, eq: None } => named || i.comma_after,
        _ => false,
    }
}

/// How many items from `at` on satisfy `f`.
fn run(items: &[Item], at: usize, f: fn(&Item) -> bool) -> usize {
    items[at.min(items.len())..]
        .iter()
        .take_while(|i| f(i))
        .count()
}

fn kind_at(items: &[Item], at: usize) -> Option<Kind> {
    items.get(at).map(|i| i.kind)
}

fn star_token(i: &Item, len: usize) -> Span {
    Span::new(i.head.start, i.head.start + len)
}

/// The first error in the order of `items`; a bare `*` with nothing named
/// after it is left to the caller (its caret differs for lambdas), which
/// gets `Ok(Some(index))` of that star.
pub(super) fn check(items: &[Item]) -> Result<Option<usize>, Error> {
    invalid_parameters(items)?;
    // The valid positional part: [params '/'] no-defaults, with-defaults.
    let mut at = run(items, 0, is_plain);
    if kind_at(items, at) == Some(Kind::Slash) && at > 0 {
        at += 1;
    } else {
        at = 0;
    }
    at += run(items, at, no_default);
    at += run(items, at, with_default);
    let Some(item) = items.get(at) else {
        return Ok(None);
    };
    match item.kind {
        // A parameter without a default after defaults, or `/` out of place.
        Kind::Plain { .. } => Err(Error::syntax(
            "invalid syntax",
            item.next.unwrap_or(item.head),
        )),
        Kind::Slash => Err(Error::syntax("invalid syntax", item.head)),
        Kind::Star { .. } => star_etc(items, at),
        Kind::Kwargs { .. } => kwds(items, at).map(|_| None),
    }
}

/// `invalid_parameters`, tried before the parameters are parsed.
fn invalid_parameters(items: &[Item]) -> Result<(), Error> {
    let err = |m: &str, at: Span| Err(Error::syntax(m.to_string(), at));
    // param_no_default* (slash_with_default | param_with_default+) param_no_default
    let mut at = run(items, 0, no_default);
    let defaults = run(items, at, with_default);
    if defaults > 0 {
        at += defaults;
        if kind_at(items, at) == Some(Kind::Slash) {
            at += 1;
        }
        if let Some(i) = items.get(at).filter(|i| no_default(i)) {
            return err("non-default argument follows default argument", i.head);
        }
    }
    if let Some(first) = items.first()
        && first.kind == Kind::Slash
        && first.comma_after
    {
        return err("at least one argument must precede /", first.head);
    }
    // (slash_no_default | slash_with_default) param_maybe_default* '/'
    let lead = run(items, 0, is_plain);
    let slash_group = lead > 0 && kind_at(items, lead) == Some(Kind::Slash);
    if slash_group {
        let at = lead + 1 + run(items, lead + 1, is_plain);
        if kind_at(items, at) == Some(Kind::Slash) {
            return err("/ may appear only once", items[at].head);
        }
    }
    // [slash group] param_maybe_default* '*' (',' | param_no_default) param_maybe_default* '/'
    let mut at = if slash_group { lead + 1 } else { 0 };
    at += run(items, at, is_plain);
    if items.get(at).is_some_and(plain_star) {
        at += 1;
        at += run(items, at, is_plain);
        if kind_at(items, at) == Some(Kind::Slash) {
            return err("/ must be ahead of *", items[at].head);
        }
    }
    Ok(())
}

/// From a `*` on: `invalid_star_etc`, then the keyword-only parameters
/// and `**`.
fn star_etc(items: &[Item], at: usize) -> Result<Option<usize>, Error> {
    let star = &items[at];
    let Kind::Star { named, eq } = star.kind else {
        return Ok(None);
    };
    if !named && matches!(kind_at(items, at + 1), None | Some(Kind::Kwargs { .. })) {
        return Ok(Some(at));
    }
    if let Some(eq) = eq {
        return Err(Error::syntax(
            "var-positional argument cannot have default value",
            eq,
        ));
    }
    let after = at + 1 + run(items, at + 1, is_plain);
    match items.get(after) {
        None => Ok(None),
        Some(i) if plain_star(i) => Err(Error::syntax(
            "* argument may appear only once",
            star_token(i, 1),
        )),
        Some(i) => match i.kind {
            Kind::Kwargs { .. } => kwds(items, after).map(|_| None),
            _ => Err(Error::syntax("invalid syntax", star_token(i, 1))),
        },
    }
}

/// `**name` and `invalid_kwds`: nothing may follow it.
fn kwds(items: &[Item], at: usize) -> Result<(), Error> {
    if let Kind::Kwargs { eq: Some(eq) } = items[at].kind {
        return Err(Error::syntax(
            "var-keyword argument cannot have default value",
            eq,
        ));
    }
    let Some(next) = items.get(at + 1) else {
        return Ok(());
    };
    let at = match next.kind {
        Kind::Plain { .. } | Kind::Slash => next.head,
        Kind::Star { .. } => star_token(next, 1),
        Kind::Kwargs { .. } => star_token(next, 2),
    };
    Err(Error::syntax(
        "arguments cannot follow var-keyword argument",
        at,
    ))
}
