//! Files generated from the oracle stay what their generator writes today:
//! `src/eval/upstream.rs` from `tests/oracle/upstream_names.py`. Runs when
//! NPCALC_ORACLE_PYTHON names a Python with NumPy 2.4.6 (`.ci/run` sets it).

use std::process::Command;

#[test]
fn upstream_names_are_regenerated_unchanged() {
    let Ok(python) = std::env::var("NPCALC_ORACLE_PYTHON") else {
        eprintln!("skipped: NPCALC_ORACLE_PYTHON is not set");
        return;
    };
    let root = env!("CARGO_MANIFEST_DIR");
    let out = Command::new(python)
        .args(["-W", "ignore", "tests/oracle/upstream_names.py"])
        .current_dir(root)
        .output()
        .expect("the oracle runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let committed = std::fs::read_to_string(format!("{root}/src/eval/upstream.rs")).unwrap();
    assert!(
        String::from_utf8_lossy(&out.stdout) == committed,
        "src/eval/upstream.rs differs from what tests/oracle/upstream_names.py writes; \
         regenerate it: .oracle/bin/python -W ignore tests/oracle/upstream_names.py > src/eval/upstream.rs"
    );
}
