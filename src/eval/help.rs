//! help(): text generated from the function table — signature, meaning, a
//! table of parameters, and examples run through npcalc itself.

use crate::eval::{FnDef, Interp, Owner, TypeObj, Ufunc, Value, catalog};
use comfy_table::{ContentArrangement, Table, presets};
use std::sync::atomic::{AtomicUsize, Ordering};

/// The short guide `help()` prints.
pub fn guide() -> String {
    let mut t = table(&["function", "what it does"]);
    for f in catalog::numpy_functions()
        .filter(|f| f.name.starts_with("cum") || f.name.starts_with("nancum"))
    {
        t.add_row([format!("np.{}", f.name), first_sentence(f.doc)]);
    }
    format!(
        "npcalc: NumPy's cumulative sums, printed exactly as NumPy 2.4 prints them.\n\n\
         Type NumPy expressions (np is already imported), e.g.\n    \
         [[1, 2, 3], [4, 5, 6]].cumsum(axis=0)\n\n{t}\n\n\
         help(np.cumsum) or np.cumsum? explains a function; help(np) lists everything.\n\
         At the prompt: :explain EXPR shows a cumsum step by step, %whos lists variables, %timeit EXPR times one.\n"
    )
}

static WIDTH: AtomicUsize = AtomicUsize::new(100);

/// The width help, `%whos` and `:explain` wrap to: the front end sets the
/// terminal's width (before each prompt, so a resized window is followed);
/// without a terminal it stays 100 columns.
pub fn set_width(columns: usize) {
    WIDTH.store(columns.clamp(40, 400), Ordering::Relaxed);
}

pub fn width() -> usize {
    WIDTH.load(Ordering::Relaxed)
}

/// A help table: condensed borders, wrapped to [`width`] columns.
pub fn table(header: &[&str]) -> Table {
    let mut t = Table::new();
    t.load_style(presets::UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Dynamic)
        .set_width(u16::try_from(width()).unwrap_or(u16::MAX));
    t.set_header(header.to_vec());
    t
}

fn first_sentence(doc: &str) -> String {
    match doc.find(". ") {
        Some(i) => doc[..=i].to_string(),
        None => doc.to_string(),
    }
}

/// Where a function lives, as a learner spells it: `np.ravel` for the
/// function, `ndarray.ravel` for the method (whatever argument parser it
/// shares), `math.sqrt`, `str.lower`, or a builtin's bare name. A set's
/// read-only methods are frozenset's too: reached from a set (`receiver`),
/// they are named `set.`.
fn qualified_prefix(f: &FnDef, receiver: Option<TypeObj>) -> &'static str {
    fn holds<'a>(mut group: impl Iterator<Item = &'a FnDef>, f: &FnDef) -> bool {
        group.any(|g| std::ptr::eq(g, f))
    }
    if holds(catalog::numpy_functions(), f) || holds(super::dtypeinfo::CLASSES.into_iter(), f) {
        "np."
    } else if holds(catalog::array_methods(), f) {
        "ndarray."
    } else if holds(catalog::UFUNC_METHODS.iter(), f) || f.owner == Owner::Ufunc {
        "np.ufunc."
    } else if holds(super::math::MATH.iter(), f) {
        "math."
    } else if holds(super::functional::ITERTOOLS.iter(), f) {
        "itertools."
    } else if holds(super::functional::OPERATOR.iter(), f) {
        "operator."
    } else if holds(super::functional::FUNCTOOLS.iter(), f) {
        "functools."
    } else if holds(super::pyrandom::METHODS.iter(), f)
        || std::ptr::eq(f, &super::pyrandom::RANDOM_CLASS)
    {
        "random."
    } else if holds(super::pytime::TIME.iter(), f) {
        "time."
    } else if holds(super::pytime::TIMEIT.iter(), f) {
        "timeit."
    } else if holds(super::testing::TESTING.iter(), f) {
        "np.testing."
    } else if holds(super::pymethods::STR_METHODS.iter(), f) {
        "str."
    } else if holds(super::pymethods::LIST_METHODS.iter(), f) {
        "list."
    } else if holds(super::dict::DICT_METHODS.iter(), f) {
        "dict."
    } else if holds(super::pyset::type_methods(true).iter(), f) && receiver != Some(TypeObj::Set) {
        "frozenset."
    } else if holds(super::pyset::type_methods(false).iter(), f) {
        "set."
    } else {
        ""
    }
}

/// Every function npcalc offers, one line each (`help(np)`): NumPy's
/// functions, ndarray methods, ufuncs and their methods, then the Python
/// builtins and modules, each under the name it is reached by.
fn listing() -> String {
    let mut t = table(&["name", "what it does"]);
    let mut seen = std::collections::HashSet::new();
    for f in catalog::all() {
        // Twice for the methods a set shares with frozenset, once for the rest.
        for receiver in [Some(TypeObj::Set), None] {
            let name = format!("{}{}", qualified_prefix(f, receiver), f.name);
            if seen.insert(name.clone()) {
                t.add_row([name, first_sentence(f.doc)]);
            }
        }
    }
    for d in crate::array::ufuncs::UFUNCS {
        t.add_row([format!("np.{} (ufunc)", d.name), d.doc.to_string()]);
    }
    format!("{t}\n")
}

/// The help text for a value (a function, method, type or ufunc).
pub fn describe(v: &Value) -> String {
    match v {
        Value::Function(f) => function(f),
        Value::Method(this, f) => {
            let receiver = match &**this {
                Value::Type(t) => *t,
                v => v.type_of(),
            };
            page(qualified_prefix(f, Some(receiver)), f)
        }
        Value::Type(t) => match crate::eval::builtins_constructor(*t) {
            Some(f) => function(f),
            None => format!(
                "{} has no npcalc help.\n",
                crate::eval::repr(v, &Default::default())
            ),
        },
        Value::Module(_) => listing(),
        Value::Ufunc(u) => ufunc(*u),
        Value::Array(_) => listing(),
        other => format!(
            "No npcalc help for {}: try help(np.cumsum), or help(np) for the list.\n",
            crate::eval::repr(other, &Default::default())
        ),
    }
}

fn ufunc(u: Ufunc) -> String {
    let d = u.def();
    let mut out = format!(
        "np.{} is a NumPy ufunc: {}\nCalling it applies it element by element, and its methods run it along an axis.\nLoops (np.{}.types): {}\n\n",
        d.name, d.doc, d.name, d.types
    );
    let pages: Vec<&FnDef> = if u.def().nin == 1 {
        vec![&catalog::UFUNC_CALL_UNARY]
    } else {
        std::iter::once(&catalog::UFUNC_CALL)
            .chain(catalog::UFUNC_METHODS)
            .collect()
    };
    for f in pages {
        out.push_str(&function(f));
        out.push('\n');
    }
    out
}

/// The page for one function: signature, meaning, parameters, examples.
pub fn function(f: &FnDef) -> String {
    page(qualified_prefix(f, None), f)
}

fn page(prefix: &str, f: &FnDef) -> String {
    let mut out = format!(
        "{prefix}{}\n\n{}\n",
        f.signature(),
        wrap(f.doc, width().min(100) - 2)
    );
    if !f.params.is_empty() {
        let mut t = table(&["parameter", "default", "what it does"]);
        for p in f.params {
            t.add_row([p.name, p.default.unwrap_or("(required)"), p.help]);
        }
        out.push_str(&format!("\n{t}\n"));
    }
    if !f.examples.is_empty() {
        out.push_str("\nExamples:\n");
        for ex in f.examples {
            out.push_str(&example(ex));
        }
    }
    out
}

/// Runs an example in a scratch session, transcript style.
fn example(src: &str) -> String {
    let buf = crate::eval::SharedBuffer::default();
    let mut it = Interp::new(Box::new(buf.clone()));
    let mut text = format!(">>> {src}\n");
    // An example of a module's function reads as if the module were imported.
    // pyplot's examples use its usual alias, also past an assignment.
    let pyplot = src
        .contains("plt.")
        .then_some("import matplotlib.pyplot as plt".to_string());
    let imports = [
        "math",
        "itertools",
        "operator",
        "functools",
        "random",
        "time",
        "timeit",
        "bisect",
        "matplotlib",
    ]
    .into_iter()
    .filter(|module| src.starts_with(&format!("{module}.")))
    .map(|module| format!("import {module}"))
    .chain(pyplot);
    for import in imports {
        if let Ok(stmts) = crate::syntax::parse(&import) {
            for s in &stmts {
                let _ = it.exec(s);
            }
        }
    }
    let result = crate::syntax::parse(src).and_then(|stmts| {
        let mut last = None;
        for s in &stmts {
            last = it.exec(s)?;
        }
        Ok(last)
    });
    text.push_str(&buf.take());
    match result {
        Ok(Some(v)) => text.push_str(&(crate::eval::repr(&v, &it.print_options) + "\n")),
        Ok(None) => {}
        Err(e) => text.push_str(&(e.last_line() + "\n")),
    }
    let _ = it.take_warnings();
    text
}

/// Words joined into lines of at most `width` bytes.
pub fn wrap(text: &str, width: usize) -> String {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        if !line.is_empty() && line.len() + 1 + word.len() > width {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    lines.push(line);
    lines.join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::syntax::ast::StmtKind;

    fn page_of(src: &str) -> String {
        let mut it = Interp::new(Box::new(crate::eval::SharedBuffer::default()));
        let stmts = crate::syntax::parse(src).expect("parses");
        let Some(StmtKind::Expr(e)) = stmts.first().map(|s| &s.kind) else {
            panic!("not an expression: {src}")
        };
        describe(&it.eval(e).expect("evaluates"))
    }

    // A set's read-only methods are frozenset's entries: the receiver names them.
    #[test]
    fn set_methods_are_named_by_their_type() {
        assert!(page_of("set().copy").starts_with("set.copy()"));
        assert!(page_of("set.union").starts_with("set.union("));
        assert!(page_of("frozenset().union").starts_with("frozenset.union("));
        assert!(page_of("set.add").starts_with("set.add("));
        let all = listing();
        assert!(all.contains("│ set.copy ") && all.contains("│ frozenset.copy "));
    }
}
