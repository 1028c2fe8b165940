//! Embeds the lessons: writes `$OUT_DIR/lessons.rs`, a list of every
//! `lessons/*.md` file (name order) as `(stem, include_str!(...))`, so a new
//! lesson is a new file and nothing else.

use std::path::Path;

fn main() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("lessons");
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("lessons/")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "md"))
        .collect();
    files.sort();
    let mut code = String::from("&[\n");
    for f in &files {
        let stem = f.file_stem().expect("file name").to_string_lossy();
        code.push_str(&format!(
            "    ({stem:?}, include_str!({:?})),\n",
            f.display().to_string()
        ));
    }
    code.push_str("]\n");
    let out = Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR")).join("lessons.rs");
    std::fs::write(out, code).expect("write lessons.rs");
}
