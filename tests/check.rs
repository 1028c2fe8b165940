//! Whole-program tests of `npcalc check` over the lesson files of
//! tests/check/ (outputs written by tests/check/regen.py under NumPy 2.4.6)
//! and over examples/ (their `.py.out` files come from the same oracle).

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn check(args: &[&Path]) -> (i32, String) {
    let out: Output = Command::new(env!("CARGO_BIN_EXE_npcalc"))
        .arg("check")
        .args(args)
        .env("NO_COLOR", "1")
        .output()
        .expect("npcalc runs");
    let text =
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr);
    (out.status.code().unwrap_or(-1), text)
}

/// A temporary copy of tests/check/lessons.
fn lessons_copy() -> tempfile::TempDir {
    folder_copy("tests/check/lessons")
}

/// A temporary copy of a flat folder of lesson files.
fn folder_copy(folder: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    for entry in std::fs::read_dir(root().join(folder)).expect("folder") {
        let path = entry.expect("entry").path();
        std::fs::copy(&path, dir.path().join(path.file_name().expect("name"))).expect("copy");
    }
    dir
}

fn edit(path: &Path, from: &str, to: &str) {
    let text = std::fs::read_to_string(path).expect("read");
    assert!(text.contains(from), "{from:?} not in {}", path.display());
    std::fs::write(path, text.replacen(from, to, 1)).expect("write");
}

#[test]
fn clean_lessons_pass_in_every_format() {
    let (status, out) = check(&[&root().join("tests/check/lessons")]);
    assert_eq!(status, 0, "{out}");
    for name in [
        "cumsum_lesson.ipynb ... ok",
        "cumsum_script.py ... ok",
        "nancumsum_docs.py ... ok",
        "numpy_cumsum_family.rst ... ok",
        "running_totals.md ... ok",
    ] {
        assert!(out.contains(name), "{name} missing:\n{out}");
    }
    assert!(out.ends_with("50 passed, 0 failed\n"), "{out}");
}

/// tests/check/ipython: a notebook run by a real Jupyter kernel, whose
/// values IPython's displayhook wrote (long lists one item per line, sets
/// sorted, `collections` types as calls, `%precision`) and whose magics
/// (`%matplotlib`, `%precision`, `%timeit`, `%%time`) npcalc runs too.
#[test]
fn notebook_cells_show_values_as_ipython_does() {
    let (status, out) = check(&[&root().join("tests/check/ipython")]);
    assert_eq!(status, 0, "{out}");
    assert!(out.ends_with("23 passed, 0 failed\n"), "{out}");
    // An edited line break is a failure: the layout is compared.
    let dir = folder_copy("tests/check/ipython");
    let nb = dir.path().join("display_and_magics.ipynb");
    edit(&nb, "\"[0,\\n\",", "\"[0, \",");
    let (status, out) = check(&[dir.path()]);
    assert_eq!(status, 1, "{out}");
    assert!(out.contains("code cell 2:"), "{out}");
}

#[test]
fn numpy_docstrings_as_shipped_fail_where_python_doctest_fails() {
    // `python -m doctest cumsum_family.rst` under NumPy 2.4.6 fails the
    // examples at these lines: the docs were written for NumPy 1.x reprs
    // and spacing, and NumPy checks them with a looser comparison.
    let (status, out) = check(&[&root().join("tests/check/numpy_docs/cumsum_family.rst")]);
    assert_eq!(status, 1);
    let lines: Vec<&str> = out
        .lines()
        .filter(|l| l.starts_with("tests/") || l.contains("cumsum_family.rst:"))
        .filter_map(|l| l.rsplit_once(".rst:").map(|(_, n)| n.trim_end_matches(':')))
        .collect();
    assert_eq!(lines, ["20", "33", "35", "47", "70", "84", "86"], "{out}");
    assert!(
        out.contains("  -1000000.0050045159\n  +np.float64(1000000.0050045159)\n"),
        "{out}"
    );
}

#[test]
fn stale_outputs_fail_with_line_and_diff_then_update_fixes_them() {
    let dir = lessons_copy();
    let md = dir.path().join("running_totals.md");
    let rst = dir.path().join("numpy_cumsum_family.rst");
    let nb = dir.path().join("cumsum_lesson.ipynb");
    let out_file = dir.path().join("cumsum_script.py.out");
    let clean: Vec<Vec<u8>> = [&md, &rst, &nb, &out_file]
        .iter()
        .map(|p| std::fs::read(p).expect("read"))
        .collect();
    // NumPy 1.x printed scalars without their type.
    edit(&md, "np.int64(280)", "280");
    edit(&nb, "\"np.int64(21)\"", "\"21\"");
    // An edited number.
    edit(
        &rst,
        "array([ 1,  3,  6, 10, 15, 21])",
        "array([ 1,  3,  6, 10, 15, 22])",
    );
    edit(&out_file, "float64 [1 1 2]", "float64 [1 1 3]");

    let (status, out) = check(&[dir.path()]);
    assert_eq!(status, 1, "{out}");
    assert!(out.contains("running_totals.md ... FAILED"), "{out}");
    assert!(
        out.contains("running_totals.md:28:\n  >>> totals[-1]\n  -280\n  +np.int64(280)\n"),
        "{out}"
    );
    assert!(out.contains("numpy_cumsum_family.rst:18:\n  >>> np.cumsum(a)\n  -array([ 1,  3,  6, 10, 15, 22])\n  +array([ 1,  3,  6, 10, 15, 21])\n"), "{out}");
    assert!(
        out.contains("cumsum_lesson.ipynb: code cell 5:\n  >>> x.sum()\n  -21\n  +np.int64(21)\n"),
        "{out}"
    );
    assert!(out.contains("cumsum_script.py.out:3:\n   [0.5"), "{out}");
    assert!(out.ends_with("46 passed, 4 failed\n"), "{out}");

    let (status, out) = check(&[Path::new("--update"), dir.path()]);
    assert_eq!(status, 0, "{out}");
    assert!(out.contains("updated "), "{out}");
    assert!(out.contains("-280\n+np.int64(280)\n"), "{out}");
    let (status, out) = check(&[dir.path()]);
    assert_eq!(status, 0, "{out}");
    // The update restored exactly the oracle's files.
    for (path, bytes) in [&md, &rst, &nb, &out_file].iter().zip(&clean) {
        assert_eq!(
            &std::fs::read(path).expect("read"),
            bytes,
            "{}",
            path.display()
        );
    }
}

#[test]
fn update_leaves_clean_files_byte_identical_and_notebooks_valid() {
    let dir = lessons_copy();
    let nb = dir.path().join("cumsum_lesson.ipynb");
    let before = std::fs::read(&nb).expect("read");
    let modified = std::fs::metadata(&nb)
        .and_then(|m| m.modified())
        .expect("mtime");
    let (status, out) = check(&[Path::new("--update"), dir.path()]);
    assert_eq!(status, 0, "{out}");
    assert!(
        !out.contains("updated "),
        "nothing should be written:\n{out}"
    );
    assert_eq!(std::fs::read(&nb).expect("read"), before);
    assert_eq!(
        std::fs::metadata(&nb)
            .and_then(|m| m.modified())
            .expect("mtime"),
        modified
    );

    // A notebook npcalc rewrote (stale output, execution counts) stays valid.
    edit(&nb, "\"np.int64(21)\"", "\"21\"");
    edit(&nb, "\"execution_count\": 3,", "\"execution_count\": 9,");
    let (status, out) = check(&[Path::new("--update"), &nb]);
    assert_eq!(status, 0, "{out}");
    assert_eq!(std::fs::read(&nb).expect("read"), before);
    let Some(python) = std::env::var_os("NPCALC_ORACLE_PYTHON") else {
        println!("note: NPCALC_ORACLE_PYTHON is unset, the nbformat validation is skipped");
        return;
    };
    let validated = Command::new(python)
        .args(["-c", "import sys, nbformat; nbformat.validate(nbformat.read(sys.argv[1], as_version=4)); print('valid')"])
        .arg(&nb)
        .output()
        .expect("python runs");
    assert_eq!(
        String::from_utf8_lossy(&validated.stdout),
        "valid\n",
        "{}",
        String::from_utf8_lossy(&validated.stderr)
    );
}

/// The lessons of tests/check/public, one per layout found in public
/// NumPy material (SOURCES.md there).
const PUBLIC: [&str; 10] = [
    "blog_output_blocks.md",
    "classic_jupyter_aggregates.ipynb",
    "colab_random_walk.ipynb",
    "jupyterlab4_cumulative_family.ipynb",
    "lecture_notes_doctest.txt",
    "myst_jupytext_cumulative.md",
    "quickstart_style.rst",
    "readme_cheatsheet.md",
    "running_totals_module.py",
    "snippets_cumsum_cumprod.py",
];

#[test]
fn public_lessons_pass_in_every_layout() {
    let (status, out) = check(&[&root().join("tests/check/public")]);
    assert_eq!(status, 0, "{out}");
    for name in PUBLIC {
        assert!(
            out.contains(&format!("{name} ... ok")),
            "{name} missing:\n{out}"
        );
    }
    assert!(out.ends_with("74 passed, 0 failed\n"), "{out}");
}

#[test]
fn stale_public_outputs_fail_then_update_restores_them() {
    let dir = folder_copy("tests/check/public");
    let nb = dir.path().join("classic_jupyter_aggregates.ipynb");
    let colab = dir.path().join("colab_random_walk.ipynb");
    let md = dir.path().join("readme_cheatsheet.md");
    let clean: Vec<Vec<u8>> = [&nb, &colab, &md]
        .iter()
        .map(|p| std::fs::read(p).expect("read"))
        .collect();
    // NumPy 1.x printed scalars without their type; an edited number.
    edit(&nb, "\"np.int64(12)\"", "\"12\"");
    edit(
        &colab,
        "\"execution_count\": 4,",
        "\"execution_count\": 17,",
    );
    edit(&colab, "\"[-1  0  1  0", "\"[-1  0  1  1");
    edit(&md, "np.int64(45)", "45");
    edit(
        &md,
        "array([ 6,  9, 12, 15, 18, 21, 24])",
        "array([ 6,  9, 12, 15, 18, 21, 25])",
    );

    let (status, out) = check(&[dir.path()]);
    assert_eq!(status, 1, "{out}");
    assert!(
        out.contains("classic_jupyter_aggregates.ipynb: code cell 9:\n  >>> np.cumsum(M, axis=-1).max()\n  -12\n  +np.int64(12)\n"),
        "{out}"
    );
    assert!(
        out.contains("readme_cheatsheet.md:36:\n  >>> c[-1]\n  -45\n  +np.int64(45)\n"),
        "{out}"
    );
    assert!(
        out.contains("readme_cheatsheet.md:29:\n  >>> c[3:] - c[:-3]\n  -array([ 6,  9, 12, 15, 18, 21, 25])\n  +array([ 6,  9, 12, 15, 18, 21, 24])\n"),
        "{out}"
    );
    assert!(
        out.contains("colab_random_walk.ipynb: code cell 3:"),
        "{out}"
    );
    assert!(out.ends_with("70 passed, 4 failed\n"), "{out}");

    let (status, out) = check(&[Path::new("--update"), dir.path()]);
    assert_eq!(status, 0, "{out}");
    assert!(out.contains("-45\n+np.int64(45)\n"), "{out}");
    let (status, out) = check(&[dir.path()]);
    assert_eq!(status, 0, "{out}");
    // The update wrote back exactly the oracle's files, each notebook in
    // its own layout (Colab's indentation and key order kept).
    for (path, bytes) in [&nb, &colab, &md].iter().zip(&clean) {
        assert_eq!(
            &std::fs::read(path).expect("read"),
            bytes,
            "{}",
            path.display()
        );
    }
    assert_valid_notebook(&colab);
}

#[test]
fn untouched_public_notebooks_round_trip_through_update() {
    let dir = folder_copy("tests/check/public");
    let before: Vec<Vec<u8>> = PUBLIC
        .iter()
        .map(|n| std::fs::read(dir.path().join(n)).expect("read"))
        .collect();
    let (status, out) = check(&[Path::new("--update"), dir.path()]);
    assert_eq!(status, 0, "{out}");
    assert!(
        out.ends_with("74 passed, 0 failed, 0 files updated\n"),
        "{out}"
    );
    for (name, bytes) in PUBLIC.iter().zip(&before) {
        assert_eq!(
            &std::fs::read(dir.path().join(name)).expect("read"),
            bytes,
            "{name}"
        );
        if name.ends_with(".ipynb") {
            assert_valid_notebook(&dir.path().join(name));
        }
    }
}

/// nbformat's validator (in the oracle venv, as CI sets it) accepts `nb`.
fn assert_valid_notebook(nb: &Path) {
    let Some(python) = std::env::var_os("NPCALC_ORACLE_PYTHON") else {
        println!("note: NPCALC_ORACLE_PYTHON is unset, the nbformat validation is skipped");
        return;
    };
    let validated = Command::new(python)
        .args(["-c", "import sys, nbformat; nbformat.validate(nbformat.read(sys.argv[1], as_version=4)); print('valid')"])
        .arg(nb)
        .output()
        .expect("python runs");
    assert_eq!(
        String::from_utf8_lossy(&validated.stdout),
        "valid\n",
        "{}: {}",
        nb.display(),
        String::from_utf8_lossy(&validated.stderr)
    );
}

#[test]
fn the_repository_examples_check_against_their_out_files() {
    let (status, out) = check(&[&root().join("examples")]);
    assert_eq!(status, 0, "{out}");
    let scripts = std::fs::read_dir(root().join("examples"))
        .expect("examples")
        .flatten()
        .filter(|e| e.path().extension().is_some_and(|x| x == "py"))
        .count();
    assert!(scripts >= 12);
    assert!(
        out.ends_with(&format!("{scripts} passed, 0 failed\n")),
        "{out}"
    );
}
