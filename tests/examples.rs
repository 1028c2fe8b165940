//! The teaching examples in examples/ run as tests: each one's output is an
//! insta snapshot (review changes with `cargo insta review`). That the output
//! equals NumPy's is checked separately by tests/golden.rs.

use std::process::Command;

#[test]
fn examples_snapshots() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples");
    let mut names: Vec<_> = std::fs::read_dir(&dir)
        .expect("examples dir")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "py"))
        .collect();
    names.sort();
    assert!(names.len() >= 12, "only {} examples", names.len());
    for path in names {
        let out = Command::new(env!("CARGO_BIN_EXE_npcalc"))
            .arg(&path)
            .env("NO_COLOR", "1")
            .output()
            .expect("npcalc runs");
        assert!(
            out.status.success(),
            "{} failed:\n{}",
            path.display(),
            String::from_utf8_lossy(&out.stderr)
        );
        let name = path
            .file_stem()
            .expect("stem")
            .to_string_lossy()
            .into_owned();
        insta::assert_snapshot!(name, String::from_utf8_lossy(&out.stdout));
    }
}
