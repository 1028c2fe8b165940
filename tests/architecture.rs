//! The module graph of the library, read from the `crate::` paths in its
//! source: data flows one way (syntax → eval → print → text, with array
//! below eval and print), so the graph of top-level modules has no cycle.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("src").flatten() {
        let p = entry.path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|e| e == "rs") {
            out.push(p);
        }
    }
}

/// Top-level module → the top-level modules its code names.
fn graph() -> BTreeMap<String, BTreeSet<String>> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let modules: BTreeSet<String> = files
        .iter()
        .filter_map(|f| {
            let rel = f.strip_prefix(&src).ok()?;
            let first = rel.components().next()?.as_os_str().to_string_lossy();
            let name = first.trim_end_matches(".rs").to_string();
            (name != "lib" && name != "main").then_some(name)
        })
        .collect();
    let mut g = BTreeMap::new();
    for f in &files {
        let rel = f.strip_prefix(&src).expect("under src");
        let first = rel.components().next().expect("component");
        let module = first
            .as_os_str()
            .to_string_lossy()
            .trim_end_matches(".rs")
            .to_string();
        if !modules.contains(&module) {
            continue;
        }
        let text = std::fs::read_to_string(f).expect("source");
        let deps: &mut BTreeSet<String> = g.entry(module.clone()).or_default();
        for (i, _) in text.match_indices("crate::") {
            let rest = &text[i + "crate::".len()..];
            let name: String = rest
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            if name != module && modules.contains(&name) {
                deps.insert(name);
            }
        }
    }
    g
}

#[test]
fn module_graph_has_no_cycles() {
    let g = graph();
    // Depth-first search; a back edge is a cycle.
    fn visit(
        m: &str,
        g: &BTreeMap<String, BTreeSet<String>>,
        path: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) {
        if done.contains(m) {
            return;
        }
        if let Some(k) = path.iter().position(|p| p == m) {
            panic!("module cycle: {} -> {m}", path[k..].join(" -> "));
        }
        path.push(m.to_string());
        for d in g.get(m).into_iter().flatten() {
            visit(d, g, path, done);
        }
        path.pop();
        done.insert(m.to_string());
    }
    let mut done = BTreeSet::new();
    for m in g.keys() {
        visit(m, &g, &mut Vec::new(), &mut done);
    }
    // The layers the design promises, stated here so a change is deliberate.
    let must_not = [
        ("array", "print"),
        ("array", "eval"),
        ("print", "eval"),
        ("syntax", "eval"),
        ("eval", "front"),
        ("eval", "repl"),
    ];
    for (from, to) in must_not {
        assert!(
            !g.get(from).is_some_and(|d| d.contains(to)),
            "{from} must not depend on {to}"
        );
    }
}
