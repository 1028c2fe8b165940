//! Whole-program tests of the three ways to run npcalc and of malformed input:
//! every error is Python's (class, message, caret column), sessions go on
//! after it, and nothing panics. Expected messages and caret columns come
//! from CPython 3.11 (`compile(src, "<stdin>", "exec")`: msg and offset).

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn npcalc(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_npcalc"))
        .args(args)
        .env("NO_COLOR", "1")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("npcalc runs");
    let mut input = child.stdin.take().expect("stdin");
    let bytes = stdin.to_vec();
    let writer = std::thread::spawn(move || {
        let _ = input.write_all(&bytes);
    });
    let out = child.wait_with_output().expect("npcalc finishes");
    writer.join().expect("stdin writer");
    out
}

/// Whether a line leaves a bracket open (then it continues onto the next line).
fn crate_is_complete(src: &str) -> bool {
    npcalc::syntax::is_complete(src)
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

/// Runs `src` as a script file.
fn script(src: &[u8]) -> Output {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("case.py");
    std::fs::write(&path, src).expect("write script");
    npcalc(&[path.to_str().expect("utf-8 path")], b"")
}

fn assert_no_crash(out: &Output) {
    let err = text(&out.stderr);
    assert!(!err.contains("panicked"), "npcalc panicked:\n{err}");
    assert!(
        matches!(out.status.code(), Some(0..=2)),
        "bad exit status {:?}:\n{err}",
        out.status
    );
}

/// The caret line follows the shown source line; returns the caret's column
/// relative to the shown line (both are indented by four spaces).
fn caret_column(stderr: &str) -> usize {
    let lines: Vec<&str> = stderr.lines().collect();
    let caret = lines
        .iter()
        .rposition(|l| l.trim_start().starts_with('^'))
        .expect("a caret line");
    lines[caret].find('^').expect("caret") - 4
}

/// A malformed line in all three modes: the error and caret as CPython gives
/// them, and in sessions the other lines still run. A line with an unclosed
/// bracket takes the following lines into it (as at Python's prompt), so
/// there the working line comes first.
fn check_malformed(src: &str, last_line: &str, column: usize) {
    let unclosed = !crate_is_complete(src);
    let session = if unclosed {
        format!("1 + 1\n{src}\n")
    } else {
        format!("{src}\n1 + 1\n")
    };
    for (mode, out) in [
        ("session", npcalc(&[], session.as_bytes())),
        ("-c", npcalc(&["-c", session.trim_end()], b"")),
        ("script", script(src.as_bytes())),
    ] {
        assert_no_crash(&out);
        let err = text(&out.stderr);
        assert_eq!(
            out.status.code(),
            Some(1),
            "{mode}: exit status for {src:?}\n{err}"
        );
        assert_eq!(
            err.lines().last(),
            Some(last_line),
            "{mode}: {src:?}\n{err}"
        );
        assert_eq!(
            caret_column(&err),
            column,
            "{mode}: caret for {src:?}\n{err}"
        );
        let stdout = text(&out.stdout);
        if mode == "script" {
            assert!(
                err.contains("  File \""),
                "script errors name the file:\n{err}"
            );
            assert_eq!(stdout, "");
        } else {
            assert_eq!(stdout, "2\n", "{mode}: the session goes on after {src:?}");
        }
    }
}

#[test]
fn seed_expression_through_a_pipe() {
    // Output from NumPy 2.4.6.
    let out = npcalc(&[], b"[[1,2,3],[4,5,6]].cumsum(axis=0, dtype=float)\n");
    assert_eq!(
        text(&out.stdout),
        "array([[1., 2., 3.],\n       [5., 7., 9.]])\n"
    );
    assert_eq!(out.status.code(), Some(0));
}

#[test]
fn unbalanced_brackets() {
    check_malformed("(1, 2", "SyntaxError: '(' was never closed", 0);
    check_malformed("1 + 2)", "SyntaxError: unmatched ')'", 5);
    check_malformed(
        "[1, 2)",
        "SyntaxError: closing parenthesis ')' does not match opening parenthesis '['",
        5,
    );
}

#[test]
fn stray_characters() {
    check_malformed("1 $ 2", "SyntaxError: invalid syntax", 2);
    check_malformed("a = 3 €", "SyntaxError: invalid character '€' (U+20AC)", 6);
}

#[test]
fn unterminated_string() {
    check_malformed(
        "'abc",
        "SyntaxError: unterminated string literal (detected at line 1)",
        0,
    );
}

#[test]
fn ten_thousand_nested_brackets() {
    // CPython's tokenizer stops at the 201st open bracket.
    let src = "(".repeat(10_000);
    let mut session = src.clone().into_bytes();
    session.extend_from_slice(b"\n1 + 1\n");
    let out = npcalc(&[], &session);
    assert_no_crash(&out);
    let err = text(&out.stderr);
    assert_eq!(
        err.lines().last(),
        Some("SyntaxError: too many nested parentheses")
    );
    assert_eq!(caret_column(&err), 200);
    let out = script(src.as_bytes());
    assert_no_crash(&out);
    assert_eq!(
        text(&out.stderr).lines().last(),
        Some("SyntaxError: too many nested parentheses")
    );
}

#[test]
fn ten_megabyte_lines() {
    // A valid 10 MB line runs; a malformed one is an error at its end.
    let ones = "1,".repeat(5_000_000);
    let good = format!("x = [{ones}1]\nlen(x)\n");
    let out = npcalc(&[], good.as_bytes());
    assert_no_crash(&out);
    assert_eq!(text(&out.stdout), "5000001\n");
    let bad = format!("x = [{ones}$]\n1 + 1\n");
    let out = npcalc(&[], bad.as_bytes());
    assert_no_crash(&out);
    let err = text(&out.stderr);
    assert_eq!(err.lines().last(), Some("SyntaxError: invalid syntax"));
    assert_eq!(caret_column(&err), 5 + ones.len());
    assert_eq!(text(&out.stdout), "2\n");
}

/// CPython 3.11's compiler counts the statement and every expression node
/// from it to a leaf against a limit of 3000 (`python3.11 -c` evaluates
/// `x = -...-1` with 2998 minus signs and raises RecursionError with 2999; an
/// f-string and its field count as two more nodes).
#[test]
fn expression_depth_limit_is_cpythons() {
    let deepest = [
        format!("x = {}1\nprint(x)", "-".repeat(2998)),
        format!("x = {}0\nprint(x)", "not ".repeat(2998)),
        format!("print(1{})", "+1".repeat(2997)),
        format!("print(f\"{{{}1}}\")", "-".repeat(2995)),
    ];
    for (src, shown) in deepest.iter().zip(["1", "False", "2998", "-1"]) {
        let out = script(src.as_bytes());
        assert_eq!(
            text(&out.stdout),
            format!("{shown}\n"),
            "{}",
            text(&out.stderr)
        );
        assert_eq!(out.status.code(), Some(0));
    }
    for src in [
        format!("x = {}1", "-".repeat(2999)),
        format!("print({}1)", "-".repeat(2998)),
        format!("x = f\"{{{}1}}\"", "-".repeat(2997)),
        format!("x = f\"{{1:{{{}1}}}}\"", "-".repeat(2995)),
    ] {
        let out = script(src.as_bytes());
        let err = text(&out.stderr);
        assert!(
            err.ends_with("RecursionError: maximum recursion depth exceeded during compilation\n"),
            "{err}"
        );
        assert_eq!(out.status.code(), Some(1));
    }
}

#[test]
fn deep_operator_chains_are_errors_not_crashes() {
    for src in [
        "-".repeat(1_000_000) + "1",
        "1".to_string() + &"+1".repeat(1_000_000),
    ] {
        let out = npcalc(&[], src.as_bytes());
        assert_no_crash(&out);
        assert_eq!(out.status.code(), Some(1));
    }
}

#[test]
fn operators_on_an_object_array_holding_itself_end_in_recursion_error() {
    // NumPy's object loops recurse until the process crashes (checked
    // against 2.4.6); npcalc stops at CPython's recursion limit instead.
    let setup = "o = np.empty(2, dtype=object)\no[0] = o\no[1] = 1\n";
    let want = "RecursionError: maximum recursion depth exceeded";
    let cases: Vec<(String, &str)> = ["o + o", "o += 1", "-o", "o * 2"]
        .iter()
        .map(|e| (format!("{setup}{e}"), want))
        .collect();
    let cases: Vec<(&str, &str)> = cases.iter().map(|(s, w)| (s.as_str(), *w)).collect();
    last_error_lines_are(&cases);
}

#[test]
fn non_utf8_bytes() {
    let out = npcalc(&[], b"1 + 1\n\xff\xfe\n2 + 2\n");
    assert_no_crash(&out);
    assert_eq!(text(&out.stdout), "2\n4\n");
    assert_eq!(
        text(&out.stderr).lines().last(),
        Some(
            "SyntaxError: (unicode error) 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte"
        )
    );
    assert_eq!(out.status.code(), Some(1));
    let out = script(b"x = 1\n\xff\n");
    assert_no_crash(&out);
    let err = text(&out.stderr);
    assert!(
        err.lines()
            .last()
            .unwrap_or("")
            .starts_with("SyntaxError: Non-UTF-8 code starting with '\\xff' in file "),
        "{err}"
    );
}

#[test]
fn empty_input() {
    for out in [npcalc(&[], b""), script(b""), npcalc(&["-c", ""], b"")] {
        assert_no_crash(&out);
        assert_eq!(out.status.code(), Some(0));
        assert_eq!(text(&out.stdout), "");
        assert_eq!(text(&out.stderr), "");
    }
}

#[test]
fn unsupported_constructs_name_the_construct() {
    for (src, word, column) in [
        ("x = b'a'", "bytes literals", 4),
        ("async def f(): pass", "async", 0),
    ] {
        let out = npcalc(&[], format!("{src}\n1 + 1\n").as_bytes());
        assert_no_crash(&out);
        let err = text(&out.stderr);
        let last = err.lines().last().unwrap_or("");
        assert!(
            last.starts_with("SyntaxError: ") && last.contains(word),
            "{src}: {last}"
        );
        assert_eq!(caret_column(&err), column, "{src}:\n{err}");
        assert_eq!(text(&out.stdout), "2\n", "{src}: the session goes on");
        let out = script(format!("print(1)\n{src}\n").as_bytes());
        assert_no_crash(&out);
        let err = text(&out.stderr);
        // A script with a syntax error does not run at all, as in Python.
        assert_eq!(text(&out.stdout), "", "{src}: script output");
        assert!(
            err.lines().last().unwrap_or("").contains(word),
            "{src}: {err}"
        );
        assert!(
            err.contains("line 2"),
            "{src}: the error names line 2:\n{err}"
        );
        assert_eq!(caret_column(&err), column, "{src} (script):\n{err}");
    }
}

#[test]
fn python_builtins_npcalc_lacks_are_refused_plainly() {
    let out = npcalc(&[], b"with open('f') as g: pass\n1 + 1\n");
    assert_no_crash(&out);
    let err = text(&out.stderr);
    assert_eq!(
        err.lines().last(),
        Some("NameError: Python's builtin 'open' is not supported in npcalc"),
        "{err}"
    );
    assert_eq!(caret_column(&err), 5, "{err}");
    assert_eq!(text(&out.stdout), "2\n", "the session goes on");
}

/// Runs each source with `-c` and checks the last line of its error.
fn last_error_lines_are(cases: &[(&str, &str)]) {
    for &(src, want) in cases {
        let out = npcalc(&["-c", src], b"");
        assert_no_crash(&out);
        let err = text(&out.stderr);
        assert_eq!(err.lines().last(), Some(want), "{src}:\n{err}");
    }
}

#[test]
fn requests_too_large_to_answer_quickly_are_refused_not_hung() {
    // Each once hung or aborted (a 10**9-step loop, a capacity overflow);
    // CPython would grind through them, npcalc says where its limit is.
    last_error_lines_are(&[
        (
            "import math; math.comb(10**18, 10**9)",
            "OverflowError: comb() argument should not exceed 100000 in npcalc",
        ),
        (
            "import math; math.perm(10**18, 10**9)",
            "OverflowError: perm() argument should not exceed 100000 in npcalc",
        ),
        (
            "import statistics; statistics.quantiles([1, 2], n=2**70)",
            "OverflowError: quantiles() with n above 10**7 is too large for npcalc",
        ),
        (
            "import itertools; next(itertools.product(range(2), repeat=10**9))",
            "OverflowError: itertools.product of more than 10**6 iterables (with repeat) is too large for npcalc",
        ),
        (
            "import itertools; itertools.tee(range(3), 10**15)",
            "MemoryError",
        ),
        (
            "import itertools; itertools.combinations_with_replacement(range(3), 10**18)",
            "MemoryError",
        ),
    ]);
}

#[test]
fn lesson_features_npcalc_lacks_are_refused_plainly() {
    // Met in public lessons (tests/golden/lessons_science); NumPy would make
    // an object array of the generator, or negate the reflection.
    last_error_lines_are(&[
        (
            "np.cumsum(x for x in range(3))",
            "TypeError: npcalc supports only numeric dtypes, not generator (object arrays)",
        ),
        (
            "np.pad([1, 2, 3], 2, mode='reflect', reflect_type='odd')",
            "NotImplementedError: npcalc's pad reflects only with reflect_type='even', not 'odd'",
        ),
        (
            // Text with an object operand: NumPy's object loop (`'ab' and
            // None` per element), which npcalc does not run.
            "np.logical_and(np.array(['ab', 'c']), None)",
            "TypeError: npcalc's string arrays support indexing, comparisons, np.where, np.unique and choice, not np.logical_and",
        ),
        (
            "np.pad([1, 2, 3], 2, mode='mean')",
            "NotImplementedError: npcalc's pad has modes 'constant', 'edge', 'reflect', 'symmetric' and 'wrap', not 'mean'",
        ),
        (
            // numpy.core's shims hand over numpy._core's objects; those that
            // are not numpy's public ones are NumPy's internals.
            "from numpy.core.numeric import _asarray",
            "NotImplementedError: npcalc does not support numpy._core.numeric._asarray, one of NumPy's private internals",
        ),
        (
            // A Gillespie lesson (lessons_public19) adds methods to a named
            // tuple this way; npcalc said "bases must be types, not type".
            "from collections import namedtuple\nclass State(namedtuple('State', 'A B')):\n    pass",
            "NotImplementedError: classes deriving from the named tuple class 'State' are not supported in npcalc (only from session classes and object)",
        ),
        (
            "class L(list[int]):\n    pass",
            "NotImplementedError: classes deriving from 'list[int]' are not supported in npcalc (only from session classes and object)",
        ),
    ]);
}

#[test]
fn polynomial_parts_that_need_lapack_are_refused_plainly() {
    // Roots are a companion matrix's eigenvalues and polyfit a least-squares
    // solve: npcalc has neither.
    last_error_lines_are(&[
        (
            "import numpy as np; np.poly1d([1, 2, 3]).roots",
            "NotImplementedError: npcalc does not support poly1d.roots (it needs LAPACK's eigenvalues)",
        ),
        (
            "import numpy as np; np.poly1d([1, 2, 3]).r",
            "NotImplementedError: npcalc does not support poly1d.roots (it needs LAPACK's eigenvalues)",
        ),
        (
            "import numpy as np; np.poly([[0, 1], [-1, 0]])",
            "NotImplementedError: npcalc does not support np.poly of a square matrix (its characteristic polynomial needs LAPACK's eigenvalues)",
        ),
        (
            "import numpy as np; np.roots([1, 2])",
            "AttributeError: np.roots is not supported in npcalc",
        ),
        (
            "import numpy as np; np.polyfit([1, 2], [3, 4], 1)",
            "AttributeError: np.polyfit is not supported in npcalc",
        ),
        // Read off the type as well as off a string.
        (
            "str.casefold('ß')",
            "AttributeError: str.casefold is not supported in npcalc",
        ),
        (
            "import unicodedata; unicodedata.name('累')",
            "AttributeError: unicodedata.name is not supported in npcalc",
        ),
    ]);
}

#[test]
fn pyplot_calls_npcalc_cannot_answer_are_refused_plainly() {
    // npcalc draws no figures: what needs a drawing (an image file,
    // limits autoscaled to more than lines, formatted tick labels) is
    // refused in a sentence.
    let plt = "import matplotlib.pyplot as plt\n";
    last_error_lines_are(&[
        (
            &format!("{plt}plt.plot([1, 2]); plt.savefig('walk.png')"),
            "NotImplementedError: npcalc does not support savefig: npcalc draws no figures, so it writes no image",
        ),
        (
            &format!("{plt}plt.scatter([1, 2], [3, 4]); plt.xlim()"),
            "NotImplementedError: npcalc does not support reading autoscaled plot limits (npcalc draws no figures); set them first",
        ),
        (
            &format!("{plt}plt.hist([1, 2]); plt.axis('off')"),
            "NotImplementedError: npcalc does not support reading autoscaled plot limits (npcalc draws no figures); set them first",
        ),
        (
            &format!("{plt}fig, (a, b) = plt.subplots(2, sharex=True); a.plot([1, 2]); a.axis()"),
            "NotImplementedError: npcalc does not support reading autoscaled plot limits (npcalc draws no figures); set them first",
        ),
        (
            &format!(
                "{plt}a = plt.subplot(211); a.plot([1]); plt.subplot(212, sharex=a); a.axis()"
            ),
            "NotImplementedError: npcalc does not support reading autoscaled plot limits (npcalc draws no figures); set them first",
        ),
        (
            &format!("{plt}plt.plot([1, 2]); plt.hist([1, 2]); plt.axis('tight')"),
            "NotImplementedError: npcalc does not support plt.axis('tight') after plotting what npcalc does not measure (npcalc draws no figures); set the limits with plt.xlim and plt.ylim",
        ),
        (
            &format!("{plt}plt.xlim(0, 1); plt.axis('equal')"),
            "NotImplementedError: npcalc does not support plt.axis('equal'), which rescales the axes to the data (npcalc draws no figures); set the limits with plt.xlim and plt.ylim",
        ),
        (
            &format!("{plt}plt.imshow(np.zeros((0, 3)))"),
            "NotImplementedError: npcalc does not support plt.imshow of an empty image",
        ),
        (
            &format!("{plt}plt.cm.viridis(0.5)"),
            "NotImplementedError: npcalc does not support calling a colormap for its colours (npcalc keeps no colormap data)",
        ),
        (
            // Real names of a Legend or Text npcalc lacks, not Python's
            // "has no attribute".
            &format!("{plt}plt.plot([1], label='a'); plt.legend().get_texts()"),
            "AttributeError: Legend.get_texts is not supported in npcalc",
        ),
        (
            &format!("{plt}plt.text(0, 0, 'a').get_position()"),
            "AttributeError: Text.get_position is not supported in npcalc",
        ),
        (
            &format!("{plt}plt.gca().yaxis.set_major_formatter('{{x:.0f}}k')"),
            "NotImplementedError: npcalc does not support set_major_formatter with a format string (StrMethodFormatter)",
        ),
        (
            &format!("{plt}plt.xticks([1, 2])"),
            "NotImplementedError: npcalc does not support plt.xticks/plt.yticks without both ticks and labels (their tick labels come from matplotlib's formatter)",
        ),
        (
            &format!("{plt}l, = plt.plot([1]); l.set_marker('o')"),
            "AttributeError: Line2D.set_marker is not supported in npcalc",
        ),
        (
            &format!("{plt}e = plt.errorbar([1], [1], yerr=1, capsize=2); e[1][0].get_color()"),
            "NotImplementedError: npcalc does not support reading the colour of this line (npcalc does not keep it)",
        ),
        (
            &format!(
                "{plt}plt.errorbar([1], [1], yerr=1, label='e'); plt.gca().get_legend_handles_labels()"
            ),
            "NotImplementedError: npcalc does not support get_legend_handles_labels with labelled artists other than lines",
        ),
        (
            &format!(
                "{plt}plt.plot([1], label='a'); plt.scatter([1], [2], label='b'); plt.gca().get_legend_handles_labels()"
            ),
            "NotImplementedError: npcalc does not support get_legend_handles_labels with labelled artists other than lines",
        ),
        (
            &format!("{plt}l, = plt.plot([1]); l.set_linestyle((0, (1, 2)))"),
            "NotImplementedError: npcalc does not support the line style (0, (1, 2))",
        ),
        (
            &format!("{plt}plt.fill_between(['a', 'b'], [2, 1])"),
            "NotImplementedError: npcalc does not support categorical (string) data except in plot, scatter, bar and barh",
        ),
        (
            &format!("{plt}plt.contour([[1]])"),
            "AttributeError: matplotlib.pyplot.contour is not supported in npcalc",
        ),
        (
            &format!("{plt}fig, ax = plt.subplots(); ax.set_aspect('equal')"),
            "AttributeError: Axes.set_aspect is not supported in npcalc",
        ),
        (
            "import matplotlib\nmatplotlib.use('TkAgg')",
            "NotImplementedError: npcalc does not support matplotlib backends other than 'Agg' (asked for 'TkAgg')",
        ),
        (
            "import matplotlib.animation as animation\nanimation.FuncAnimation",
            "ModuleNotFoundError: the matplotlib.animation module is not supported in npcalc (npcalc has numpy, math, random, time, itertools, operator, functools, warnings, collections, statistics, timeit, typing, copy, bisect, heapq, json, string, textwrap, re, pprint, dataclasses, fractions, decimal, datetime, sys, __future__, matplotlib.pyplot and pylab)",
        ),
        (
            "from mpl_toolkits.mplot3d import Axes3D",
            "NotImplementedError: npcalc does not draw 3-D axes (mpl_toolkits.mplot3d)",
        ),
        (
            "import pylab\npylab.DateFormatter",
            "NotImplementedError: npcalc does not support pylab.DateFormatter (from matplotlib.dates)",
        ),
    ]);
}

#[test]
fn numpy_string_functions_npcalc_lacks_are_refused_plainly() {
    // npcalc has no bytes arrays and no chararray class.
    let np = "import numpy as np\n";
    last_error_lines_are(&[
        (
            &format!("{np}np.strings.encode(['a'])"),
            "AttributeError: np.strings.encode is not supported in npcalc",
        ),
        (
            &format!("{np}np.char.array(['a', 'bc'])"),
            "AttributeError: np.char.array is not supported in npcalc",
        ),
        (
            &format!("{np}np.strings.expandtabs(['a\\tb'])"),
            "AttributeError: np.strings.expandtabs is not supported in npcalc",
        ),
        (
            &format!("{np}np.add(['a'], ['b'], out=None)"),
            "NotImplementedError: npcalc does not support np.add on strings with keywords or out arguments",
        ),
    ]);
}

#[test]
fn future_features_npcalc_lacks_are_refused_plainly() {
    // barry_as_FLUFL's `<>` and annotations' strings (PEP 563) would change
    // what npcalc parses and evaluates; the rest are Python 3.11's defaults.
    last_error_lines_are(&[
        (
            "import __future__\n__future__.division.getOptionalRelease()",
            "NotImplementedError: npcalc does not support _Feature.getOptionalRelease(); read .optional or .mandatory",
        ),
        (
            "from __future__ import barry_as_FLUFL",
            "NotImplementedError: npcalc does not support the future feature barry_as_FLUFL",
        ),
        (
            "from __future__ import division, annotations",
            "NotImplementedError: npcalc does not support the future feature annotations",
        ),
    ]);
}

#[test]
fn nditer_options_npcalc_lacks_are_refused_plainly() {
    // npcalc's nditer is unbuffered: what needs buffers or casting is refused.
    let a = "import numpy as np; a = np.arange(6).reshape(2, 3)\n";
    last_error_lines_are(&[
        (
            &format!("{a}np.nditer(a, flags=['buffered'])"),
            "NotImplementedError: npcalc does not support np.nditer's 'buffered' flag",
        ),
        (
            &format!("{a}np.nditer(a, flags=['reduce_ok', 'external_loop'])"),
            "NotImplementedError: npcalc does not support np.nditer's 'reduce_ok' flag",
        ),
        (
            &format!("{a}np.nditer(a, op_dtypes=['float64'])"),
            "NotImplementedError: npcalc does not support np.nditer's op_dtypes=",
        ),
        (
            &format!("{a}np.nditer(a, op_flags=['readwrite', 'no_broadcast'])"),
            "NotImplementedError: npcalc does not support np.nditer's 'no_broadcast' operand flag",
        ),
        (
            &format!("{a}it = np.nditer(a, flags=['multi_index'])\nit.multi_index = (1, 1)"),
            "NotImplementedError: npcalc does not support setting nditer.multi_index",
        ),
        (
            &format!("{a}np.nditer(a).remove_axis(0)"),
            "AttributeError: numpy.nditer.remove_axis is not supported in npcalc",
        ),
        (
            &format!("{a}np.nditer(np.array(['a', 'b']))"),
            "NotImplementedError: npcalc does not support np.nditer's string or object operands",
        ),
    ]);
}

#[test]
fn stdlib_copies_npcalc_cannot_make_are_refused_plainly() {
    // CPython copies these through pickling's __reduce_ex__, which npcalc lacks.
    last_error_lines_are(&[
        (
            "import copy; copy.copy(iter([1]))",
            "TypeError: npcalc does not support copying 'list_iterator' objects",
        ),
        (
            "import copy\nclass A:\n    def __reduce__(self): return (A, ())\ncopy.deepcopy(A())",
            "TypeError: npcalc does not support copying objects whose class defines __reduce__",
        ),
        (
            "import copy, numpy as np; copy.deepcopy(np.array([[1], 2], dtype=object))",
            "TypeError: npcalc does not support copy.deepcopy of object arrays",
        ),
        (
            "import copy; copy.dispatch_table",
            "AttributeError: copy.dispatch_table is not supported in npcalc",
        ),
    ]);
}

#[test]
fn special_methods_npcalc_lacks_are_refused_plainly() {
    // Python's types have them (upstream.rs lists them), so no "has no attribute".
    last_error_lines_are(&[
        (
            "import numpy as np; np.float64(2.5).__round__()",
            "AttributeError: np.generic.__round__ is not supported in npcalc",
        ),
        (
            "import numpy as np; np.cumsum([1, 2]).__copy__()",
            "AttributeError: ndarray.__copy__ is not supported in npcalc",
        ),
        (
            "{'a': 1}.__contains__('a')",
            "AttributeError: dict.__contains__ is not supported in npcalc",
        ),
    ]);
}

#[test]
fn datetime_beyond_naive_dates_is_refused_plainly() {
    last_error_lines_are(&[
        (
            "from datetime import date; date.today()",
            "TypeError: npcalc does not support date.today(): it reads the clock, and npcalc's results are reproducible",
        ),
        (
            "import datetime; datetime.datetime.now()",
            "TypeError: npcalc does not support datetime.now(): it reads the clock, and npcalc's results are reproducible",
        ),
        (
            "from datetime import timezone",
            "NotImplementedError: npcalc does not support datetime.timezone",
        ),
        (
            "import datetime; datetime.time(5)",
            "NotImplementedError: npcalc does not support datetime.time",
        ),
        (
            "import datetime; datetime.datetime.fromisoformat('2024-01-01T10:00+05:30')",
            "NotImplementedError: npcalc does not support time zones: this text has a UTC offset",
        ),
        (
            "from datetime import date; date(2024, 1, 1).timetuple()",
            "AttributeError: npcalc does not support datetime.date.timetuple",
        ),
        (
            "from datetime import datetime; datetime.strptime('2024', '%Y')",
            "AttributeError: npcalc does not support datetime.datetime.strptime",
        ),
        (
            "from datetime import datetime; datetime(2024, 1, 1, fold=1)",
            "TypeError: npcalc does not support fold=1: it only matters with time zones",
        ),
    ]);
}

#[test]
fn decimal_beyond_the_default_context_is_refused_plainly() {
    last_error_lines_are(&[
        (
            "from decimal import getcontext; getcontext().prec = 50",
            "AttributeError: decimal.getcontext is not supported in npcalc: Decimal arithmetic uses the default context (28 digits, ROUND_HALF_EVEN)",
        ),
        (
            "import decimal; decimal.localcontext()",
            "AttributeError: decimal.localcontext is not supported in npcalc: Decimal arithmetic uses the default context (28 digits, ROUND_HALF_EVEN)",
        ),
        (
            "from decimal import Decimal; Decimal(7) // 2",
            "TypeError: npcalc does not support the // operator on Decimals",
        ),
        (
            "from decimal import Decimal; Decimal(7) % 2",
            "TypeError: npcalc does not support the % operator on Decimals",
        ),
        (
            "from decimal import Decimal; Decimal(2) ** 2",
            "TypeError: npcalc does not support the ** or pow() operator on Decimals",
        ),
        (
            "from decimal import Decimal; Decimal(2).sqrt()",
            "AttributeError: npcalc does not support Decimal.sqrt",
        ),
        (
            "from decimal import Decimal; Decimal('1e999999') * 10",
            "ValueError: npcalc does not support Decimal results outside the default context's exponent range",
        ),
    ]);
}

#[test]
fn sys_stderr_writes_to_stderr() {
    // The golden harness captures only stdout, so the stream is checked here.
    let out = npcalc(
        &[
            "-c",
            "import sys; print('a', 1, file=sys.stderr); n = sys.stderr.write('bc\\n'); print(n)",
        ],
        b"",
    );
    assert_no_crash(&out);
    assert_eq!(text(&out.stdout), "3\n");
    assert_eq!(text(&out.stderr), "a 1\nbc\n");
}

#[test]
fn sizes_npcalc_cannot_know_are_refused_not_guessed() {
    // CPython's list storage depends on how the list was built and changed;
    // an array's size on whether it owns its data.
    let room = "NotImplementedError: npcalc does not know how much room this list has allocated \
                (it depends on how CPython built and changed it), so it cannot give its sys.getsizeof";
    last_error_lines_are(&[
        (
            "import sys; l = [3, 1, 2]; l.sort(); sys.getsizeof(l)",
            room,
        ),
        ("import sys; l = [1, 2]; sys.getsizeof([*l, 3])", room),
        ("import sys; sys.getsizeof([2 ** 10, 1, 2])", room),
        ("import sys; sys.getsizeof(list(iter([1, 2, 3])))", room),
        (
            "import sys; sys.getsizeof({})",
            "NotImplementedError: npcalc gives sys.getsizeof only of None, bool, int, float, \
             complex, str, tuple, range, NumPy scalars and arrays and most lists, not of dict",
        ),
    ]);
}

#[test]
fn genfromtxt_refuses_files_and_structured_results_in_a_sentence() {
    last_error_lines_are(&[
        (
            "np.genfromtxt('data.txt')",
            "NotImplementedError: npcalc does not support reading files: np.genfromtxt reads an \
             io.StringIO, a list of lines or a generator of them",
        ),
        (
            "np.genfromtxt(['a 1', 'b 2'], dtype=None)",
            "NotImplementedError: npcalc does not support np.genfromtxt results with named or \
             differently typed columns: they are structured arrays, which npcalc does not have",
        ),
        (
            "np.genfromtxt(['a b', '1 2'], names=True)",
            "NotImplementedError: npcalc does not support np.genfromtxt with names: they make a \
             structured array, which npcalc does not have",
        ),
        (
            "np.genfromtxt(['1 2'], dtype=[int, float])",
            "NotImplementedError: npcalc does not support np.genfromtxt results with named or \
             differently typed columns: they are structured arrays, which npcalc does not have",
        ),
        (
            "np.genfromtxt(['1,1.5,abc'], delimiter=',', dtype='i8,f8,U3')",
            "NotImplementedError: data type 'i8,f8,U3' (structured or parametrised) is not \
             supported by npcalc",
        ),
        (
            "np.genfromtxt(['1.5'], converters={0: int})",
            "NotImplementedError: npcalc does not support np.genfromtxt columns of objects, which \
             a converter failing on the first row's field makes",
        ),
        (
            "np.genfromtxt(['0x1p3'], dtype=None)",
            "NotImplementedError: npcalc does not support the longdouble dtype np.genfromtxt \
             guesses for hexadecimal floats",
        ),
    ]);
}

#[test]
fn real_numpy_and_python_names_npcalc_lacks_are_refused_plainly() {
    // Names NumPy 2.4.6 / Python 3.11 have (src/eval/upstream.rs) are refused in a
    // sentence; names nobody has keep Python's AttributeError with its suggestion.
    last_error_lines_are(&[
        (
            "np.fromregex",
            "AttributeError: np.fromregex is not supported in npcalc",
        ),
        (
            "np.arange(3).tofile",
            "AttributeError: ndarray.tofile is not supported in npcalc",
        ),
        (
            "import typing; typing.Callable",
            "AttributeError: typing.Callable is not supported in npcalc",
        ),
        (
            "from typing import List; List['Node']",
            "TypeError: npcalc does not support forward references (a string) in typing annotations",
        ),
        (
            "np.arange(3).view(np.uint8)",
            "NotImplementedError: npcalc's ndarray.view makes views of the same dtype \
             (dtype('int64')) only; it does not reinterpret memory",
        ),
        (
            "np.mean(np.array([1, 2], dtype=object))",
            "TypeError: npcalc's object arrays support indexing, arithmetic and comparisons, \
             frompyfunc ufuncs, cumsum/cumprod/sum/prod, astype and tolist, not np.mean",
        ),
        (
            "np.frompyfunc(lambda x, y: x + y, 2, 1).accumulate([1.0, 2.0], out=np.empty(2))",
            "TypeError: npcalc's object arrays support indexing, arithmetic and comparisons, \
             frompyfunc ufuncs, cumsum/cumprod/sum/prod, astype and tolist, not out= in their folds",
        ),
        (
            "np.cumsum(np.array([1, 2], dtype=object), dtype=float)",
            "TypeError: npcalc's object arrays support indexing, arithmetic and comparisons, \
             frompyfunc ufuncs, cumsum/cumprod/sum/prod, astype and tolist, not a numeric dtype= \
             in their folds",
        ),
        (
            "o = np.array([1, 2], dtype=object); o @ o",
            "TypeError: npcalc's object arrays support indexing, arithmetic and comparisons, \
             frompyfunc ufuncs, cumsum/cumprod/sum/prod, astype and tolist, not the @ operator",
        ),
        (
            "np.add(np.array([1, 2], dtype=object), 1)",
            "TypeError: npcalc's object arrays support indexing, arithmetic and comparisons, \
             frompyfunc ufuncs, cumsum/cumprod/sum/prod, astype and tolist, not this NumPy operation",
        ),
        (
            "np.add.at(np.array([1, 2], dtype=object), [0], 1)",
            "TypeError: npcalc's object arrays support indexing, arithmetic and comparisons, \
             frompyfunc ufuncs, cumsum/cumprod/sum/prod, astype and tolist, not ufunc.at",
        ),
        (
            "np.frompyfunc(abs, 1, 1)([1, 2], np.empty(2))",
            "NotImplementedError: npcalc's frompyfunc ufuncs take no out arrays",
        ),
        (
            "a = np.arange(3); a.flags.aligned = False",
            "NotImplementedError: npcalc does not clear the aligned flag (its arrays are \
             always aligned)",
        ),
        (
            "np.random.default_rng(0).spawn",
            "AttributeError: Generator.spawn is not supported in npcalc",
        ),
        (
            "'a'.casefold",
            "AttributeError: str.casefold is not supported in npcalc",
        ),
        (
            "np.testing.assert_raises(ValueError, int, 'x')",
            "AttributeError: np.testing.assert_raises is not supported in npcalc",
        ),
        (
            "np.cumsun",
            "AttributeError: module 'numpy' has no attribute 'cumsun'. Did you mean: 'cumsum'?",
        ),
        (
            "import timeit; timeit.main",
            "AttributeError: timeit.main is not supported in npcalc",
        ),
        (
            "from functools import singledispatch",
            "AttributeError: functools.singledispatch is not supported in npcalc",
        ),
        (
            "np.array([(1, 2.0)], dtype=[('a', 'i4'), ('b', 'f8')])",
            "TypeError: npcalc supports only numeric dtypes, not structured or subarray ones",
        ),
        (
            "from itertools import nosuch",
            "ImportError: cannot import name 'nosuch' from 'itertools' (unknown location)",
        ),
        // Modules: Python's own and NumPy's import, as in Python, and are
        // refused in a sentence where first used; an unknown one keeps
        // ModuleNotFoundError's text, naming the first missing package.
        (
            "import csv\nprint('imported')\ncsv.reader([])",
            "ModuleNotFoundError: the csv module is not supported in npcalc (npcalc has numpy, math, random, time, itertools, operator, functools, warnings, collections, statistics, timeit, typing, copy, bisect, heapq, json, string, textwrap, re, pprint, dataclasses, fractions, decimal, datetime, sys, __future__, matplotlib.pyplot and pylab)",
        ),
        (
            "from numpy.fft import fft",
            "ModuleNotFoundError: the numpy.fft module is not supported in npcalc (npcalc has numpy, math, random, time, itertools, operator, functools, warnings, collections, statistics, timeit, typing, copy, bisect, heapq, json, string, textwrap, re, pprint, dataclasses, fractions, decimal, datetime, sys, __future__, matplotlib.pyplot and pylab)",
        ),
        (
            "import pandas as pd",
            "ModuleNotFoundError: No module named 'pandas' (npcalc has numpy, math, random, time, itertools, operator, functools, warnings, collections, statistics, timeit, typing, copy, bisect, heapq, json, string, textwrap, re, pprint, dataclasses, fractions, decimal, datetime, sys, __future__, matplotlib.pyplot and pylab)",
        ),
        (
            "import matplotlib.nosuch",
            "ModuleNotFoundError: No module named 'matplotlib.nosuch' (npcalc has numpy, math, random, time, itertools, operator, functools, warnings, collections, statistics, timeit, typing, copy, bisect, heapq, json, string, textwrap, re, pprint, dataclasses, fractions, decimal, datetime, sys, __future__, matplotlib.pyplot and pylab)",
        ),
        (
            "import numpy.fftt",
            "ModuleNotFoundError: No module named 'numpy.fftt' (npcalc has numpy, math, random, time, itertools, operator, functools, warnings, collections, statistics, timeit, typing, copy, bisect, heapq, json, string, textwrap, re, pprint, dataclasses, fractions, decimal, datetime, sys, __future__, matplotlib.pyplot and pylab)",
        ),
        (
            "compile('x = 1', '<s>', 'single')",
            "NotImplementedError: npcalc does not support compile's 'single' mode",
        ),
        (
            "import timeit; timeit.Timer('x = 1').print_exc()",
            "NotImplementedError: npcalc does not support Timer.print_exc",
        ),
    ]);
}

#[test]
fn scripts_stop_at_the_first_error_sessions_go_on() {
    let src = b"print(1)\nnp.arange(3).cumsum(axis=1)\nprint(2)\n";
    let out = script(src);
    assert_eq!(text(&out.stdout), "1\n");
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    // Python's traceback (CPython 3.11.7 + NumPy 2.4.6): no carets when they would underline
    // the whole line.
    assert!(
        err.starts_with("Traceback (most recent call last):\n  File \""),
        "{err}"
    );
    assert!(err.ends_with(
        "line 2, in <module>\n    np.arange(3).cumsum(axis=1)\nnumpy.exceptions.AxisError: axis 1 is out of bounds for array of dimension 1\n"
    ), "{err}");
    let out = npcalc(&[], src);
    assert_eq!(text(&out.stdout), "1\n2\n");
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn echo_and_transcript_flags() {
    let out = npcalc(&["--no-echo"], b"1 + 1\nprint(3)\n");
    assert_eq!(text(&out.stdout), "3\n");
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("t.py");
    std::fs::write(&path, "a = [1, 2,\n     3]\nnp.cumsum(a)\n").expect("write");
    let out = npcalc(&["--echo", path.to_str().expect("path")], b"");
    assert_eq!(text(&out.stdout), "array([1, 3, 6])\n");
    let out = npcalc(&["--transcript", path.to_str().expect("path")], b"");
    assert_eq!(
        text(&out.stdout),
        ">>> a = [1, 2,\n...      3]\n>>> np.cumsum(a)\narray([1, 3, 6])\n"
    );
}

#[test]
fn usage_errors_exit_2_with_one_line() {
    let out = npcalc(&["--colour", "x"], b"");
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        text(&out.stderr).lines().count(),
        1,
        "{}",
        text(&out.stderr)
    );
    let out = npcalc(&["--version"], b"");
    assert_eq!(out.status.code(), Some(0));
    assert!(text(&out.stdout).starts_with("npcalc "));
}

/// Membership in a range is arithmetic and iteration is lazy: nothing the
/// size of the range is ever allocated.
#[test]
fn membership_is_lazy() {
    let out = npcalc(
        &[
            "-c",
            "5 in range(10**9)\n10**9 in range(10**9)\n5.0 in range(10)\n'b' in 'abc'\n2 in np.arange(3)",
        ],
        b"",
    );
    assert_eq!(text(&out.stdout), "True\nFalse\nTrue\nTrue\nTrue\n");
}

#[test]
fn code_may_start_with_a_minus_sign() {
    // Like `python -c '-1'`: the code is the option's value, not an option.
    let out = npcalc(&["-c", "-1"], b"");
    assert_eq!(text(&out.stdout), "-1\n");
    assert_eq!(out.status.code(), Some(0));
}

#[test]
fn exit_codes_and_messages_follow_cpython() {
    // (argument, stderr, status) as `python3.11 -c 'exit(ARG)'` gives them.
    let cases = [
        ("\"msg\"", "msg\n", 1),
        ("1.5", "1.5\n", 1),
        ("[1, 2]", "[1, 2]\n", 1),
        ("2**63", "", 255),
        ("-2**31 - 1", "", 255),
        ("-1", "", 255),
        ("256", "", 0),
        ("2**31", "", 0),
        ("True", "", 1),
        ("None", "", 0),
        ("", "", 0),
    ];
    for (arg, stderr, status) in cases {
        let src = format!("print('before')\nexit({arg})\nprint('after')\n");
        let out = script(src.as_bytes());
        assert_eq!(text(&out.stdout), "before\n", "exit({arg})");
        assert_eq!(text(&out.stderr), stderr, "exit({arg})");
        assert_eq!(out.status.code(), Some(status), "exit({arg})");
    }
}

#[test]
fn allocations_sized_by_input_are_memory_errors_not_aborts() {
    // Under a 2 GB address-space limit, as in CPython, each is a MemoryError
    // and the session goes on to the next statement.
    let code = "list(range(10**9))\ntuple(range(10**8))\nnp.array(range(10**9))\n\
                [0]*(2*10**8)\n[0]*10**9\n(1,)*10**9\n[0]*2**63\nlen([1, 2]*3)\n";
    let out = Command::new("sh")
        .args([
            "-c",
            "ulimit -v 2000000; exec \"$0\"",
            env!("CARGO_BIN_EXE_npcalc"),
        ])
        .env("NO_COLOR", "1")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .and_then(|mut child| {
            child
                .stdin
                .take()
                .expect("stdin")
                .write_all(code.as_bytes())?;
            child.wait_with_output()
        })
        .expect("npcalc runs");
    let stderr = text(&out.stderr);
    let last_lines: Vec<&str> = stderr.lines().filter(|l| !l.starts_with(' ')).collect();
    assert_eq!(
        last_lines,
        [
            "MemoryError",
            "MemoryError",
            "MemoryError",
            "MemoryError",
            "MemoryError",
            "MemoryError",
            "OverflowError: cannot fit 'int' into an index-sized integer"
        ]
    );
    assert_eq!(text(&out.stdout), "6\n");
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn a_byte_order_mark_at_the_start_of_a_script_is_skipped() {
    // python3.11 runs such a script as if the mark were not there.
    let out = script(b"\xef\xbb\xbfprint(1)\n");
    assert_eq!(text(&out.stdout), "1\n");
    assert_eq!(out.status.code(), Some(0));
}

/// Teaching commands work in every kind of session (pipes, -c, transcripts)
/// and are refused, with a sentence saying where they belong, in scripts.
#[test]
fn teaching_commands_in_sessions_not_scripts() {
    let out = npcalc(&["-c", ":explain np.cumsum([1,2])"], b"");
    assert!(text(&out.stdout).starts_with("cumsum: the running sum of"));
    // A running maximum is neither a sum nor a product: refused, not mislabelled.
    let out = npcalc(&["-c", ":explain np.maximum.accumulate([3, 1, 4])"], b"");
    assert!(text(&out.stderr).contains("UsageError: :explain takes one cumulative call"));
    let out = npcalc(&[], b"a = np.arange(3)\n%who\nnp.cumsum?\n%bogus\n1 + 1\n");
    let stdout = text(&out.stdout);
    assert!(stdout.starts_with("a\nnp.cumsum(a, axis=None"), "{stdout}");
    assert!(stdout.ends_with("2\n"), "the session goes on: {stdout}");
    assert!(text(&out.stderr).contains("UsageError: unknown command %bogus"));
    assert_eq!(out.status.code(), Some(1));
    // Lessons pasted from notebooks start with `%matplotlib inline`; plots
    // are drawn nowhere, so any backend is a quiet no-op. `%precision`
    // changes IPython's display, which the prompt does not use.
    let out = npcalc(&[], b"%matplotlib inline\n%matplotlib\n%precision 3\n0.5\n");
    assert_eq!(
        text(&out.stdout),
        "Using matplotlib backend: module://matplotlib_inline.backend_inline\n0.5\n"
    );
    assert!(text(&out.stderr).contains("UsageError: %precision sets how IPython shows values"));
    let out = npcalc(&["--transcript"], b"a = 1\n%who\n");
    assert_eq!(text(&out.stdout), ">>> a = 1\n>>> %who\na\n");
    let out = script(b"x = 1\n%whos\n");
    assert!(
        text(&out.stderr).contains("belong to sessions"),
        "{}",
        text(&out.stderr)
    );
    assert_eq!(out.status.code(), Some(1));
}

/// SIGINT stops a script or a piped session with Python's KeyboardInterrupt
/// traceback and status 130.
#[test]
fn sigint_ends_scripts_with_keyboard_interrupt() {
    // A loop of the script's own, and a builtin draining an endless
    // iterator class (found by the `session` fuzz target: it ran on).
    let endless_iterator = "class C:\n    def __iter__(self):\n        return self\n    def __next__(self):\n        return 0\n\nsum(C())\n";
    for code in ["x = 0\nwhile True:\n    x += 1\n", endless_iterator] {
        interrupted_after_half_a_second(code);
    }
}

fn interrupted_after_half_a_second(code: &str) {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("loop.py");
    std::fs::write(&file, code).expect("write");
    let file = file.to_string_lossy().into_owned();
    for args in [vec!["-c", code], vec![file.as_str()]] {
        let child = Command::new(env!("CARGO_BIN_EXE_npcalc"))
            .args(&args)
            .env("NO_COLOR", "1")
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("npcalc runs");
        std::thread::sleep(std::time::Duration::from_millis(500));
        let killed = Command::new("kill")
            .args(["-INT", &child.id().to_string()])
            .status()
            .expect("kill runs");
        assert!(killed.success());
        let out = child.wait_with_output().expect("npcalc ends");
        assert_eq!(out.status.code(), Some(130), "{}", text(&out.stderr));
        assert!(
            text(&out.stderr).ends_with("KeyboardInterrupt\n"),
            "{}",
            text(&out.stderr)
        );
    }
}

/// A closed stdout ends the run with one BrokenPipeError in Python's words,
/// and a full disk is an OSError, never a silent success.
#[test]
fn closed_pipes_and_full_disks_are_reported_once() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("many.py");
    std::fs::write(&file, "for i in range(100000):\n    print(i)\n").expect("write");
    let out = Command::new("sh")
        .args([
            "-c",
            "\"$0\" \"$1\" | head -1",
            env!("CARGO_BIN_EXE_npcalc"),
            &file.to_string_lossy(),
        ])
        .output()
        .expect("sh runs");
    assert_eq!(text(&out.stdout), "0\n");
    let err = text(&out.stderr);
    assert_eq!(
        err.matches("BrokenPipeError: [Errno 32] Broken pipe")
            .count(),
        1,
        "{err}"
    );
    let out = Command::new("sh")
        .args([
            "-c",
            "\"$0\" -c 1+1 > /dev/full",
            env!("CARGO_BIN_EXE_npcalc"),
        ])
        .output()
        .expect("sh runs");
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("OSError: [Errno 28] No space left on device"));
}

#[test]
fn yield_inside_a_with_of_several_managers_is_refused_plainly() {
    let src = b"import numpy as np\ndef g():\n    with np.errstate(), np.errstate():\n        yield 1\n\nnext(g())\n1 + 1\n";
    let out = npcalc(&[], src);
    assert!(
        text(&out.stderr).contains(
            "npcalc does not support 'yield' inside a 'with' of several context managers"
        ),
        "{}",
        text(&out.stderr)
    );
    assert_eq!(text(&out.stdout), "2\n", "the session goes on");
}

#[test]
fn lone_surrogates_are_refused_in_words() {
    // Python prints a UnicodeEncodeError at print time; npcalc's strings
    // are UTF-8 and cannot hold the character, so it says so instead of
    // printing a replacement character.
    let out = npcalc(&[], b"print(\"\\ud800\")\nprint(\"\\u00e9\\U0001F600\")\n");
    assert_no_crash(&out);
    let err = text(&out.stderr);
    assert!(
        err.contains("the lone surrogate \\ud800 is not supported in npcalc"),
        "{err}"
    );
    assert_eq!(text(&out.stdout), "\u{e9}\u{1F600}\n");
}

/// `npcalc FILE ARGS…` and `npcalc -c CODE ARGS…` leave the arguments to
/// the script, as `python3` does; a mistyped option gets clap's suggestion
/// on the same line; a missing file is reported in Python's words.
#[test]
fn script_arguments_suggestions_and_os_errors() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("t.py");
    std::fs::write(&path, "print(1)\n").expect("write");
    let file = path.to_str().expect("path");
    let out = npcalc(&[file, "a", "--echo", "-x"], b"");
    assert_eq!(text(&out.stdout), "1\n", "{}", text(&out.stderr));
    assert_eq!(out.status.code(), Some(0));
    let out = npcalc(&["-c", "print(2)", "x", "-y"], b"");
    assert_eq!(text(&out.stdout), "2\n", "{}", text(&out.stderr));
    let out = npcalc(&["--colour", "never", "-c", "1"], b"");
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        text(&out.stderr),
        "npcalc: unexpected argument '--colour' found; did you mean '--color'?\n"
    );
    let missing = dir.path().join("missing.py");
    let missing = missing.to_str().expect("path");
    let out = npcalc(&[missing], b"");
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        text(&out.stderr),
        format!("npcalc: can't open file '{missing}': [Errno 2] No such file or directory\n")
    );
}

/// IPython's spellings: `%timeit -n N -r R` runs in a scope of its own (the
/// workspace is unchanged), `%time` runs in the workspace and says the CPU
/// and wall times before the value, `%reset -f` clears, `?NAME` and `NAME??` are help.
#[test]
fn ipython_spellings_in_sessions() {
    let out = npcalc(
        &[],
        b"c = 0\n%timeit -n 3 -r 2 c += 1; d = 1\nc\nd\n%time e = 5\ne\n%time np.arange(3)\n",
    );
    let stdout = text(&out.stdout);
    let lines: Vec<&str> = stdout.lines().collect();
    assert!(
        lines[0].ends_with(" per loop (mean ± std. dev. of 2 runs, 3 loops each)"),
        "{stdout}"
    );
    assert_eq!(lines[1], "0", "%timeit left c alone: {stdout}");
    assert!(
        text(&out.stderr).contains("NameError: name 'd' is not defined"),
        "%timeit bound no new name"
    );
    // IPython's two lines: CPU times (user, sys, total) then wall time, each
    // in `_format_time`'s %.3g and unit.
    let time = r"(0|[1-9][0-9.]*(e[+-][0-9]+)?) (s|ms|μs|ns)";
    let cpu = regex_lite::Regex::new(&format!(
        "^CPU times: user {time}, sys: {time}, total: {time}$"
    ))
    .unwrap();
    let wall = regex_lite::Regex::new(&format!("^Wall time: {time}$")).unwrap();
    assert!(cpu.is_match(lines[2]), "{stdout}");
    assert!(wall.is_match(lines[3]), "{stdout}");
    assert_eq!(lines[4], "5");
    assert!(cpu.is_match(lines[5]), "{stdout}");
    assert!(wall.is_match(lines[6]), "{stdout}");
    assert_eq!(lines[7], "array([0, 1, 2])");
    let out = npcalc(
        &[],
        b"a = 1\n%reset -f\n%who\n?np.cumsum\nnp.cumsum??\n:h\n",
    );
    let stdout = text(&out.stdout);
    assert!(
        stdout.starts_with("Interactive namespace is empty.\nnp.cumsum(a, axis=None"),
        "{stdout}"
    );
    assert_eq!(
        stdout
            .matches("np.cumsum(a, axis=None, dtype=None, out=None)\n")
            .count(),
        2
    );
    assert!(stdout.contains("help(np.cumsum) or np.cumsum?"), "{stdout}");
    let out = npcalc(&["-c", "%timeit -n 0 1\n%reset x"], b"");
    let stderr = text(&out.stderr);
    assert!(
        stderr.contains("UsageError: %timeit -n needs a positive whole number"),
        "{stderr}"
    );
    assert!(
        stderr.contains("UsageError: %reset takes no arguments but -f"),
        "{stderr}"
    );
}

/// `:explain` shows every step of the result (include_initial's start
/// included), walks rows for the last axis and blocks for a middle one, names products as products,
/// says how NaNs were counted, where printing hides digits, and how dtype=
/// and out= shaped the result.
#[test]
fn explain_says_what_each_option_did() {
    let run = |code: &str| text(&npcalc(&["-c", code], b"").stdout);
    let t = run(":explain np.cumulative_sum([1, 2, 3], include_initial=True)");
    assert!(
        t.contains("include_initial=True: the result starts with 0"),
        "{t}"
    );
    assert!(t.contains("│ start ┆       ┆ 0 "), "{t}");
    assert!(
        t.contains("│ 2     ┆ 3     ┆ 6 "),
        "the last total is shown: {t}"
    );
    let t = run(":explain np.cumprod([[1, 2], [3, 4]], axis=1)");
    assert!(
        t.contains("axis=1: each row is multiplied on its own"),
        "{t}"
    );
    assert!(t.contains("running product"), "{t}");
    assert!(t.contains("│ 1   ┆ [3 4] ┆ [ 3 12] "), "{t}");
    let t = run(":explain np.cumsum(np.ones((2, 2, 3)), axis=2)");
    assert!(t.contains("│ (1, 0) ┆ [1. 1. 1.] ┆ [1. 2. 3.] "), "{t}");
    // A middle axis: block by block, each block's rows top to bottom.
    let t = run("a = np.arange(12).reshape(2, 3, 2)\n:explain a.cumsum(axis=1)");
    assert!(t.contains("axis=1: the array prints as 2 blocks"), "{t}");
    assert!(
        t.contains("│ block ┆ step ┆ input   ┆ running total │"),
        "{t}"
    );
    assert!(
        t.contains("│ 1     ┆ 1    ┆ [8 9]   ┆ [14 16]       │"),
        "{t}"
    );
    let t = run(":explain np.cumsum(np.ones((2, 3)), axis=0)");
    assert!(t.contains("each step adds the next slice"), "{t}");
    let t = run(":explain np.nancumprod([2.0, np.nan, 3.0])");
    assert!(
        t.contains("nancumprod counts each NaN as 1 (there is 1 here)"),
        "{t}"
    );
    let t = run(":explain np.cumsum([0.1, 0.2])");
    assert!(
        t.contains("Step 1's total is 0.30000000000000004 in full"),
        "{t}"
    );
    assert!(t.contains("shows it as 0.3"), "{t}");
    let t = run(":explain np.cumsum(np.array([1, 2], dtype=np.uint8))");
    assert!(
        t.contains("uint8 is promoted to uint64, the platform unsigned integer"),
        "{t}"
    );
    let t = run(
        "o = np.zeros(2, dtype=np.float32)\n:explain np.cumsum([1, 2], dtype=np.float32, out=o)",
    );
    assert!(
        t.contains("Each int64 input is cast to float32 before it is added"),
        "{t}"
    );
    assert!(t.contains("The result went into out=o"), "{t}");
}

/// The README's recorded session is npcalc's own `--transcript` output for
/// the `>>>` lines it shows: `NPCALC_UPDATE_README=1` rewrites it, otherwise
/// any difference fails, so the README cannot go stale.
#[test]
fn readme_recorded_session_is_current() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/README.md");
    let readme = std::fs::read_to_string(path).expect("README.md");
    let begin = "<!-- recorded-session:begin -->\n```\n";
    let end = "```\n<!-- recorded-session:end -->";
    let start = readme.find(begin).expect("begin marker") + begin.len();
    let stop = start + readme[start..].find(end).expect("end marker");
    let recorded = &readme[start..stop];
    // The input: each `>>> ` line and the `... ` lines continuing it.
    let mut input = String::new();
    let mut inside = false;
    for line in recorded.lines() {
        if let Some(code) = line.strip_prefix(">>> ") {
            input.push_str(code);
            input.push('\n');
            inside = true;
        } else if let (true, Some(code)) = (inside, line.strip_prefix("... ")) {
            input.push_str(code);
            input.push('\n');
        } else {
            inside = false;
        }
    }
    let out = npcalc(&["--transcript"], input.as_bytes());
    let fresh = text(&out.stdout);
    if std::env::var_os("NPCALC_UPDATE_README").is_some() {
        let updated = format!("{}{fresh}{}", &readme[..start], &readme[stop..]);
        std::fs::write(path, updated).expect("write README.md");
    } else {
        assert_eq!(
            recorded, fresh,
            "README.md's recorded session is stale: rerun with NPCALC_UPDATE_README=1"
        );
    }
}

/// help(np) names each member where it lives, once; help texts speak Python.
#[test]
fn help_lists_members_that_exist() {
    let listing = text(&npcalc(&["-c", "help(np)"], b"").stdout);
    assert_eq!(listing.matches("│ np.ravel ").count(), 1, "{listing}");
    assert!(listing.contains("│ ndarray.ravel "), "{listing}");
    assert!(listing.contains("│ ndarray.flatten "), "{listing}");
    assert!(!listing.contains("np.flatten"), "{listing}");
    assert!(listing.contains("│ math.sqrt "), "{listing}");
    assert!(listing.contains("│ str.lower "), "{listing}");
    let page = text(&npcalc(&["-c", "help(np.cumsum)"], b"").stdout);
    assert!(!page.contains("..="), "{page}");
    let words = page.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        words.contains("small unsigned integers in uint64"),
        "{page}"
    );
    let page = text(&npcalc(&["-c", "help(np.arange(2).ravel)"], b"").stdout);
    assert!(page.starts_with("ndarray.ravel(order='C')"), "{page}");
}

#[test]
fn coding_declarations_as_cpython_reads_them() {
    // PEP 263: Latin-1 declared on the first or second line decodes the script.
    let out = script(b"# -*- coding: latin-1 -*-\nprint(\"\xe9\", len(\"\xe9\"))\n");
    assert_eq!(text(&out.stdout), "\u{e9} 1\n");
    assert_eq!(out.status.code(), Some(0));
    let out = script(b"#!/usr/bin/python\n# vim: set fileencoding=iso-8859-1 :\nprint(\"\xff\")\n");
    assert_eq!(text(&out.stdout), "\u{ff}\n");
    // A blank first line leaves the second one to declare it.
    let out = script(b" \t\n# coding: latin-1\nprint(\"\xe9\")\n");
    assert_eq!(text(&out.stdout), "\u{e9}\n");
    // After a line of code the declaration is no longer looked for.
    let out = script(b"x = 1\n# coding: latin-1\nprint(\"\xe9\")\n");
    assert!(
        text(&out.stderr).starts_with("SyntaxError: Non-UTF-8 code starting with '\\xe9' in file "),
        "{}",
        text(&out.stderr)
    );
    for (src, message) in [
        (
            &b"# coding: ascii\nprint(\"\xe9\")\n"[..],
            "encoding problem: ascii",
        ),
        (
            b"\xef\xbb\xbf# coding: latin-1\nprint(1)\n",
            "encoding problem: iso-8859-1 with BOM",
        ),
        (
            b"# coding: utf8\nprint(\"\xe9\")\n",
            "encoding problem: utf8",
        ),
    ] {
        let out = script(src);
        assert_eq!(text(&out.stderr), format!("SyntaxError: {message}\n"));
        assert_eq!(out.status.code(), Some(1));
    }
    let out = script(b"# coding: cp1252\nprint(1)\n");
    assert_eq!(
        text(&out.stderr),
        "SyntaxError: the source encoding 'cp1252' is not supported in npcalc (only UTF-8, Latin-1 and ASCII are)\n"
    );
    let out = script(b"\xef\xbb\xbf# coding: utf-8\nprint(1)\n");
    assert_eq!(text(&out.stdout), "1\n");
}

/// `npcalc serve-web`: the page's files over plain HTTP, with the content
/// types the browser needs, and nothing outside the directory.
#[test]
fn serve_web_serves_the_page_over_http() {
    use std::io::{BufRead, BufReader, Read};
    use std::net::TcpStream;
    let dir = tempfile::tempdir().expect("temp dir");
    let site = dir.path().join("dist");
    std::fs::create_dir(&site).expect("mkdir");
    std::fs::write(site.join("index.html"), "<!doctype html><p>npcalc</p>\n").expect("write");
    std::fs::write(site.join("npcalc_web.wasm"), b"\0asm\x01\0\0\0").expect("write");
    std::fs::write(dir.path().join("secret.txt"), "outside").expect("write");
    let mut child = Command::new(env!("CARGO_BIN_EXE_npcalc"))
        .args([
            "serve-web",
            "--port",
            "0",
            site.to_str().expect("utf-8 path"),
        ])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("npcalc serve-web runs");
    let mut first = String::new();
    BufReader::new(child.stdout.take().expect("stdout"))
        .read_line(&mut first)
        .expect("the address line");
    let get = |target: &str| {
        let addr = first
            .split("http://")
            .nth(1)
            .and_then(|s| s.split('/').next())
            .expect("an address");
        let mut s = TcpStream::connect(addr).expect("connects");
        write!(s, "GET {target} HTTP/1.1\r\nHost: {addr}\r\n\r\n").expect("request");
        let mut answer = Vec::new();
        s.read_to_end(&mut answer).expect("response");
        String::from_utf8_lossy(&answer).into_owned()
    };
    let page = get("/");
    let wasm = get("/npcalc_web.wasm");
    let missing = get("/missing.js");
    let outside = get("/../secret.txt");
    let _ = child.kill();
    let _ = child.wait();
    assert!(first.starts_with("serving "), "{first}");
    assert!(page.starts_with("HTTP/1.1 200 OK\r\n"), "{page}");
    assert!(page.contains("Content-Type: text/html"), "{page}");
    assert!(
        page.ends_with("\r\n\r\n<!doctype html><p>npcalc</p>\n"),
        "{page}"
    );
    assert!(
        wasm.contains("Content-Type: application/wasm\r\n"),
        "{wasm}"
    );
    assert!(wasm.contains("Content-Length: 8\r\n"), "{wasm}");
    assert!(missing.starts_with("HTTP/1.1 404 "), "{missing}");
    assert!(outside.starts_with("HTTP/1.1 404 "), "{outside}");
    // Without a built page it says what to do.
    let out = npcalc(
        &["serve-web", dir.path().to_str().expect("utf-8 path")],
        b"",
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("has no index.html; build the page with web/build.sh first"),
        "{}",
        text(&out.stderr)
    );
}

#[test]
fn a_syntax_errors_line_keeps_its_trailing_spaces() {
    // CPython 3.11's lines after `File ..., line 1` for these scripts.
    for (src, want) in [
        (
            &b"x = \n"[..],
            ["    x = ", "        ^", "SyntaxError: invalid syntax"],
        ),
        (
            b"x = 1 +  \n",
            [
                "    x = 1 +  ",
                "             ^",
                "SyntaxError: invalid syntax",
            ],
        ),
    ] {
        let err = text(&script(src).stderr);
        let tail: Vec<&str> = err.lines().skip(1).collect();
        assert_eq!(tail, want, "{err}");
    }
}

#[test]
fn sessions_always_show_the_caret_line_anchored_as_in_tracebacks() {
    // CPython's prompt shows no source; a session shows the line and its
    // carets, even where they underline all of it (a script's traceback
    // then leaves them out), anchored as CPython 3.11 anchors them.
    let out = npcalc(&[], b"x = [1, 2]\nx[5]\nx.index(7)\n");
    assert_eq!(
        text(&out.stderr),
        "    x[5]\n    ~^^^\nIndexError: list index out of range\n    \
         x.index(7)\n    ^^^^^^^^^^\nValueError: 7 is not in list\n"
    );
}

#[test]
fn setting_strides_or_dtype_is_refused_plainly() {
    let src = b"import numpy as np\na = np.zeros(4)\na.strides = (8,)\na.dtype = np.int32\na.shape = (2, 2)\na.shape\n";
    let out = npcalc(&[], src);
    let err = text(&out.stderr);
    assert!(err.contains("npcalc does not support setting an array's strides"));
    assert!(err.contains("npcalc does not support setting an array's dtype"));
    assert!(text(&out.stdout).contains("(2, 2)"));
}

#[test]
fn resize_with_views_or_read_only_growth_is_refused_plainly() {
    let src = b"import numpy as np\na = np.arange(4)\nv = a[:2]\na.resize(8, refcheck=False)\nv[0] = 9\nr = np.arange(3)\nr.flags.writeable = False\nr.resize(5)\nprint(a, v, r)\n";
    let out = npcalc(&[], src);
    let err = text(&out.stderr);
    assert!(err.contains("npcalc does not support resizing an array that other arrays view"));
    assert!(err.contains("npcalc does not support growing a read-only array with resize"));
    assert!(text(&out.stdout).contains("[9 1 2 3] [9 1] [0 1 2]"));
}

#[test]
fn savetxt_text_options_other_than_str_are_refused_plainly() {
    let out = npcalc(
        &[],
        b"import sys\nnp.savetxt(sys.stdout, [[1, 2]], fmt='%d', delimiter=None)\n1\n",
    );
    let err = text(&out.stderr);
    assert!(err.contains("NotImplementedError: npcalc does not support np.savetxt's delimiter= given as 'NoneType'"), "{err}");
    assert_eq!(text(&out.stdout), "1\n");
}

#[test]
fn union_types_are_refused_plainly() {
    // `int | None` is a types.UnionType in Python; `int | 5` stays its TypeError.
    let out = npcalc(&[], b"int | None\nlist[int] | float\nint | 5\n1\n");
    let err = text(&out.stderr);
    assert_eq!(
        err.matches("npcalc does not support union types such as int | None")
            .count(),
        2,
        "{err}"
    );
    assert!(
        err.contains("TypeError: unsupported operand type(s) for |: 'type' and 'int'"),
        "{err}"
    );
    assert_eq!(text(&out.stdout), "1\n");
}

#[test]
fn resize_to_a_negative_dimension_after_a_zero_is_refused_plainly() {
    // NumPy's size loop stops at the zero and keeps shape (0, -5).
    let src = b"import numpy as np\na = np.arange(6)\na.resize((0, -5))\na.shape\n";
    let out = npcalc(&[], src);
    let err = text(&out.stderr);
    assert!(err.contains(
        "npcalc does not support resizing to a shape with a negative dimension after a zero"
    ));
    assert_eq!(text(&out.stdout), "(6,)\n");
}

#[test]
fn writes_into_a_complex_arrays_parts_are_refused_plainly() {
    // npcalc's complex .real/.imag are copies: a write NumPy would pass on to
    // the complex array is refused rather than silently lost.
    let src = b"import numpy as np\na = np.array([1+2j, 3-4j])\na.real[0] = 9\nv = a.imag[1:]\nv += 1\na.real = [5, 6]\na.real\na\n";
    let out = npcalc(&[], src);
    let err = text(&out.stderr);
    assert_eq!(
        err.matches("npcalc does not support writing into the .real or .imag of a complex array")
            .count(),
        2
    );
    assert!(text(&out.stdout).contains("array([5.+2.j, 6.-4.j])"));
}

#[test]
fn arange_of_dates_runs_in_a_session() {
    // Dates were refused before datetime64 came; the session shows them as
    // NumPy's repr does and goes on.
    let src = b"import numpy as np\nnp.arange('2024-01-01', '2024-01-06', dtype='datetime64[D]')\n1 + 1\n";
    let out = npcalc(&[], src);
    assert_eq!(text(&out.stderr), "");
    assert_eq!(
        text(&out.stdout),
        "array(['2024-01-01', '2024-01-02', '2024-01-03', '2024-01-04',\n       '2024-01-05'], dtype='datetime64[D]')\n2\n"
    );
}

#[test]
fn savetxt_to_a_file_is_refused_plainly() {
    let src = b"import numpy as np\nnp.savetxt('out.txt', np.eye(2))\n1 + 1\n";
    let out = npcalc(&[], src);
    let err = text(&out.stderr);
    assert!(
        err.contains("npcalc does not support writing files: np.savetxt writes only to sys.stdout, sys.stderr or an io.StringIO"),
        "{err}"
    );
    assert_eq!(text(&out.stdout), "2\n", "the session goes on");
}

#[test]
fn unique_values_of_hashed_dtypes_is_refused_plainly() {
    let src = b"import numpy as np\nnp.unique_values([3, 1, 3])\nnp.unique_values(np.array(['b', 'a']))\nnp.unique_values([1j])\nprint(np.unique_values([2.0, 1.0]))\n";
    let out = npcalc(&[], src);
    let err = text(&out.stderr);
    assert!(err.contains("npcalc does not support np.unique_values on int64 arrays"));
    assert!(err.contains("npcalc does not support np.unique_values on <U1 arrays"));
    assert!(err.contains("npcalc does not support np.unique_values on complex128 arrays"));
    assert!(text(&out.stdout).contains("[1. 2.]"));
}

// NumPy's as_strided reads whatever memory its strides reach; npcalc must
// refuse such views plainly (never index past its buffer) and go on.
#[test]
fn as_strided_outside_memory_is_refused_plainly() {
    let src = b"import numpy as np\nfrom numpy.lib.stride_tricks import as_strided\nd = np.arange(6)\nas_strided(d, strides=(16,))\nas_strided(d[::-1], shape=(3,), strides=(8,))\nas_strided(d, shape=(2,), strides=(3,))\nas_strided(d, shape=(2,), strides=(-8,))\nas_strided(d[::-1], shape=(3,), strides=(-16,))\n";
    let out = npcalc(&[], src);
    assert_no_crash(&out);
    let err = text(&out.stderr);
    assert_eq!(
        err.matches(
            "npcalc does not support as_strided views that reach outside the array's memory"
        )
        .count(),
        3
    );
    assert!(err.contains("not whole multiples of the itemsize"));
    assert!(text(&out.stdout).contains("array([5, 3, 1])"));
}

#[test]
fn json_file_functions_and_hooks_are_refused_plainly() {
    // npcalc has no files, and loads' hooks are not modelled: each is one sentence.
    let json = "import json\n";
    last_error_lines_are(&[
        (
            &format!("{json}json.dump([1], None)"),
            "TypeError: npcalc does not support json.dump: it has no files; json.dumps gives the text",
        ),
        (
            &format!("{json}json.load(None)"),
            "TypeError: npcalc does not support json.load: it has no files; json.loads reads a str",
        ),
        (
            &format!("{json}json.loads('[1.5]', parse_float=float)"),
            "TypeError: npcalc does not support json.loads's parse_float=",
        ),
        (
            &format!(
                "{json}json.dumps([1], cls=None, indent=None, default=None) and json.dumps([1], cls=json)"
            ),
            "TypeError: npcalc does not support json.dumps's cls=",
        ),
        (
            &format!("{json}json.loads('\"\\\\ud800\"')"),
            "ValueError: npcalc does not support strings holding a lone surrogate such as a JSON \\ud800",
        ),
    ]);
}

#[test]
fn statistics_on_numpy_integers_that_python_would_wrap_is_refused() {
    // Python's Fractions keep a NumPy integer numerator, so past the
    // type's range they wrap; npcalc's exact sums say so instead.
    last_error_lines_are(&[(
        "import statistics, numpy as np; statistics.variance(np.array([20, 1, 2], dtype=np.uint8))",
        "TypeError: npcalc does not support statistics on NumPy uint8 data whose exact sums leave the uint8 range (convert with .tolist())",
    )]);
}

/// `input()` reads what is left of standard input: a script's lines, with
/// the prompt on stdout; at its end, EOFError. Checked against the oracle
/// when NPCALC_ORACLE_PYTHON is set (CI), else against its recorded output.
#[test]
fn input_reads_a_scripts_standard_input() {
    let src = "import numpy as np\nn = input('How many? ')\nprint(np.cumsum(np.arange(int(n))))\nline = input()\nprint(repr(line))\nprint(input('more: '))\n";
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("case.py");
    std::fs::write(&path, src).expect("write script");
    let path = path.to_str().expect("utf-8 path");
    for stdin in [&b"4\n a b \r\n"[..], b"", b"2\nlast line without end"] {
        let out = npcalc(&[path], stdin);
        let (want_out, want_err) = match std::env::var_os("NPCALC_ORACLE_PYTHON") {
            Some(python) => {
                let mut child = Command::new(python)
                    .arg(path)
                    .stdin(Stdio::piped())
                    .stdout(Stdio::piped())
                    .stderr(Stdio::piped())
                    .spawn()
                    .expect("the oracle runs");
                child
                    .stdin
                    .take()
                    .expect("stdin")
                    .write_all(stdin)
                    .expect("write stdin");
                let o = child.wait_with_output().expect("the oracle finishes");
                (text(&o.stdout), text(&o.stderr))
            }
            None => match stdin.first() {
                Some(b'4') => (
                    "How many? [0 1 3 6]\n' a b \\r'\nmore: ".into(),
                    String::new(),
                ),
                None => ("How many? ".into(), String::new()),
                _ => (
                    "How many? [0 1]\n'last line without end'\nmore: ".into(),
                    String::new(),
                ),
            },
        };
        assert_eq!(text(&out.stdout), want_out);
        let err = text(&out.stderr);
        assert!(
            err.ends_with("EOFError: EOF when reading a line\n"),
            "{err}"
        );
        if !want_err.is_empty() {
            assert_eq!(err, want_err);
        }
    }
}

/// `sys.argv` as `python3` fills it: the script as named and its
/// arguments, `-c` and its arguments, `''` for a piped session.
#[test]
fn sys_argv_holds_the_command_lines_words() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("args.py");
    std::fs::write(&path, "import sys\nprint(sys.argv)\n").expect("write script");
    let path = path.to_str().expect("utf-8 path");
    let out = npcalc(&[path, "a", "-b", "--c=1"], b"");
    assert_eq!(
        text(&out.stdout),
        format!("['{path}', 'a', '-b', '--c=1']\n")
    );
    let out = npcalc(&["-c", "import sys; print(sys.argv)", "q", "-x"], b"");
    assert_eq!(text(&out.stdout), "['-c', 'q', '-x']\n");
    let out = npcalc(&[], b"import sys\nsys.argv\n");
    assert_eq!(text(&out.stdout), "['']\n");
}

#[test]
fn string_template_and_formatter_are_refused_plainly() {
    last_error_lines_are(&[
        (
            "import string\nstring.Template('$x').substitute(x=1)",
            "AttributeError: string.Template is not supported in npcalc",
        ),
        (
            "from string import Formatter",
            "AttributeError: string.Formatter is not supported in npcalc",
        ),
    ]);
}

#[test]
fn textwrap_calls_cpython_never_finishes_are_refused_not_hung() {
    // An indent wider than the width: CPython's TextWrapper spins on an
    // emptied chunk for ever (without drop_whitespace it piles up lines).
    let spin =
        "npcalc does not support this textwrap call: CPython's TextWrapper loops for ever on it";
    let refused = format!("RuntimeError: {spin}");
    last_error_lines_are(&[
        (
            "import textwrap\ntextwrap.wrap('\\nabc def', 3, initial_indent='    ')",
            &refused,
        ),
        (
            "import textwrap\ntextwrap.fill('ab cd', 3, subsequent_indent='....', drop_whitespace=False)",
            &refused,
        ),
        (
            "import textwrap\ntextwrap.TextWrapper(width=10)",
            "AttributeError: textwrap.TextWrapper is not supported in npcalc",
        ),
    ]);
}

#[test]
fn pprint_streams_and_printer_objects_npcalc_lacks_are_refused_plainly() {
    last_error_lines_are(&[
        (
            "import pprint\nclass W:\n    def write(self, s):\n        pass\npprint.pprint([1], stream=W())",
            "TypeError: npcalc does not support pprint's stream= other than sys.stdout or sys.stderr",
        ),
        (
            "import pprint\npprint.PrettyPrinter(width=10)",
            "AttributeError: pprint.PrettyPrinter is not supported in npcalc",
        ),
    ]);
}

/// repr() of a list nested 10^5 deep is CPython's RecursionError at once;
/// a walk that searched the containers it was inside took minutes.
#[test]
fn deeply_nested_repr_ends_quickly() {
    let code = "a = []\nfor _ in range(100000):\n    a = [a]\nprint(len(str(a)))\n";
    let mut child = Command::new(env!("CARGO_BIN_EXE_npcalc"))
        .args(["-c", code])
        .env("NO_COLOR", "1")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("npcalc runs");
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    while child.try_wait().expect("wait").is_none() {
        if std::time::Instant::now() > deadline {
            child.kill().expect("kill");
            panic!("repr of a deeply nested list did not end within 10 s");
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    let out = child.wait_with_output().expect("npcalc ends");
    assert!(
        text(&out.stderr).ends_with(
            "RecursionError: maximum recursion depth exceeded while getting the repr of an object\n"
        ),
        "{}",
        text(&out.stderr)
    );
}

/// With stdout and stderr on one stream (a terminal, `2>&1`), a warning
/// comes out where Python writes it: when raised, before the output that
/// follows it in the same statement or loop. The expected text is
/// `python -u` (unbuffered, as on a terminal) on the same script, run when
/// NPCALC_ORACLE_PYTHON is set, else its recorded output.
#[test]
fn warnings_come_out_where_python_writes_them() {
    let src = "import sys\nimport warnings\nimport numpy as np\nfor x in [0.0, 1.0, 0.0]:\n    print(np.log(x))\nprint(\"between\", file=sys.stderr)\ndef ratio(a, b):\n    print(\"dividing\")\n    return np.divide(a, b)\nprint(ratio(np.array([1.0, 0.0]), 0.0))\nwarnings.warn(\"careful\")\nprint(\"after warn\")\nprint(np.int8(100) + np.int8(100))\nnp.sqrt(-1.0)\nprint(np.arange(3) / 0)\n";
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("case.py");
    std::fs::write(&path, src).expect("write script");
    let merged = |program: &std::ffi::OsStr, flag: Option<&str>| {
        let out = Command::new("sh")
            .args(["-c", "exec \"$0\" \"$@\" 2>&1"])
            .arg(program)
            .args(flag)
            .arg(&path)
            .env("NO_COLOR", "1")
            .output()
            .expect("runs");
        text(&out.stdout).replace(path.to_str().expect("utf-8 path"), "case.py")
    };
    let ours = merged(env!("CARGO_BIN_EXE_npcalc").as_ref(), None);
    let want = match std::env::var_os("NPCALC_ORACLE_PYTHON") {
        Some(python) => merged(&python, Some("-u")),
        None => "case.py:5: RuntimeWarning: divide by zero encountered in log\n  print(np.log(x))\n\
                 -inf\n0.0\n-inf\nbetween\ndividing\n\
                 case.py:9: RuntimeWarning: divide by zero encountered in divide\n  return np.divide(a, b)\n\
                 case.py:9: RuntimeWarning: invalid value encountered in divide\n  return np.divide(a, b)\n\
                 [inf nan]\ncase.py:11: UserWarning: careful\n  warnings.warn(\"careful\")\nafter warn\n\
                 case.py:13: RuntimeWarning: overflow encountered in scalar add\n  print(np.int8(100) + np.int8(100))\n\
                 -56\ncase.py:14: RuntimeWarning: invalid value encountered in sqrt\n  np.sqrt(-1.0)\n\
                 case.py:15: RuntimeWarning: divide by zero encountered in divide\n  print(np.arange(3) / 0)\n\
                 case.py:15: RuntimeWarning: invalid value encountered in divide\n  print(np.arange(3) / 0)\n\
                 [nan inf inf]\n"
            .into(),
    };
    assert_eq!(ours, want);
}
