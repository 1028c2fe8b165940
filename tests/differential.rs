//! Live differential testing: random valid programs run through npcalc and
//! through real NumPy, compared on stdout and on the exception lines.
//!
//! Runs when NPCALC_ORACLE_PYTHON names a Python with NumPy 2.4.6 (`.ci/run`
//! sets it); otherwise it says it was skipped. NPCALC_DIFF_COUNT programs are
//! run (default 500): half from the fixed seed 1, half from NPCALC_DIFF_SEED
//! (default: derived from the clock, printed so a failure can be replayed).
//! NPCALC_DIFF_DUMP=FILE writes the generated programs there.

mod common;
mod lang_gen;

use std::fmt::Write as _;
use std::process::{Command, Stdio};

/// SplitMix64: small, seedable, good enough to pick program pieces.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

const DTYPES: [&str; 14] = [
    "bool",
    "int8",
    "int16",
    "int32",
    "int64",
    "uint8",
    "uint16",
    "uint32",
    "uint64",
    "float16",
    "float32",
    "float64",
    "complex64",
    "complex128",
];

/// A random program of 4 to 9 statements around one array, as chunks: the
/// array's definition first, then statements the minimiser may drop.
/// About two programs in five mix Python-language constructs (functions,
/// loops, comprehensions, f-strings, ...) in with the array statements, so
/// npcalc's interpreter is checked against CPython on NumPy values too.
fn program(rng: &mut Rng) -> Vec<lang_gen::Chunk> {
    let ndim = rng.below(5);
    let shape: Vec<usize> = (0..ndim)
        .map(|_| {
            // Mostly small lengths, sometimes an empty axis.
            let choices = if rng.below(8) == 0 { 7 } else { 6 };
            [1, 2, 3, 4, 2, 3, 0][rng.below(choices)]
        })
        .collect();
    let size: usize = shape.iter().product();
    let dt = rng.pick(&DTYPES);
    let shape_text = match shape.len() {
        1 => format!("({},)", shape[0]),
        _ => format!(
            "({})",
            shape
                .iter()
                .map(|n| n.to_string())
                .collect::<Vec<_>>()
                .join(", ")
        ),
    };
    let values = if rng.below(4) == 0 {
        // Seeded random data: npcalc must draw NumPy's numbers bit for bit.
        rng.pick(&[
            "np.random.default_rng({seed}).integers(-5, 6, {n})",
            "np.random.default_rng({seed}).integers(0, 200, {n}, dtype=np.uint8)",
            "np.random.default_rng({seed}).normal(size={n})",
            "np.random.default_rng({seed}).choice([-1, 1], {n})",
            "np.random.default_rng({seed}).poisson(4.5, {n})",
            "np.random.RandomState({seed}).randint(0, 9, {n})",
            "np.random.RandomState({seed}).randn({n})",
        ])
        .replace("{seed}", &rng.below(1 << 20).to_string())
    } else {
        rng.pick(&[
            "np.arange({n})",
            "(np.arange({n}) % 5 - 2)",
            "(np.arange({n}) * 37 % 11)",
            "(np.arange({n}) / 3 - 1)",
            "(np.arange({n}) * 1000)",
        ])
        .to_string()
    };
    let mut src = String::new();
    let mut chunks = Vec::new();
    if rng.below(4) == 0 {
        let opt = rng.pick(&[
            "precision=3",
            "precision=4, suppress=True",
            "threshold=5",
            "linewidth=40",
            "sign='+'",
            "floatmode='fixed'",
            "edgeitems=1, threshold=4",
        ]);
        let _ = writeln!(src, "np.set_printoptions({opt})");
    }
    let _ = writeln!(
        src,
        "a = {}.reshape({shape_text}).astype(np.{dt})",
        values.replace("{n}", &size.to_string())
    );
    chunks.push(lang_gen::Chunk::plain(&src));
    let with_language = rng.below(5) < 2;
    let nd = ndim as i64;
    let statements = rng.below(6) + 3;
    for i in 0..statements {
        // Every language program gets at least one construct (its first).
        if with_language && (i == 0 || rng.below(2) == 0) {
            chunks.push(lang_gen::construct(rng));
            continue;
        }
        let axis = match rng.below(6) {
            0 => "None".to_string(),
            1 => (nd + rng.below(2) as i64).to_string(),
            2 => (-(nd + 1)).to_string(),
            _ if nd == 0 => "0".to_string(),
            _ => {
                (rng.below(ndim.max(1)) as i64 - if rng.below(2) == 0 { nd } else { 0 }).to_string()
            }
        };
        let dtype = if rng.below(3) == 0 {
            format!(", dtype=np.{}", rng.pick(&DTYPES))
        } else {
            String::new()
        };
        let stmt = match rng.below(18) {
            0 => format!("a.cumsum(axis={axis}{dtype})"),
            1 => format!("np.cumsum(a, {axis}{dtype})"),
            2 => format!("np.cumprod(a, axis={axis}{dtype})"),
            3 => format!("np.nancumsum(a, axis={axis})"),
            4 => format!(
                "np.cumulative_sum(a, axis={axis}, include_initial={})",
                ["True", "False"][rng.below(2)]
            ),
            5 => format!("np.add.accumulate(a, axis={axis}{dtype})"),
            6 => {
                let od = rng.pick(&DTYPES);
                format!(
                    "o = np.zeros(np.cumsum(a, axis={axis}).shape, dtype=np.{od})\nnp.cumsum(a, axis={axis}, out=o)\no"
                )
            }
            7 => rng
                .pick(&[
                    "a + 1", "a * 2", "a - a", "a // 2", "a % 3", "a / 4", "a + 1.5", "a > 1",
                    "-a", "a ** 2",
                ])
                .to_string(),
            8 => rng
                .pick(&["a[::-1]", "a[..., 0]", "a[1:]", "a[0]", "a.T", "a[None]"])
                .to_string(),
            9 => "print(a.cumsum())".to_string(),
            10 => format!("print(np.cumsum(a, axis={axis}{dtype}))"),
            11 => rng
                .pick(&[
                    "a.sum()",
                    "a.max()",
                    "a.ravel()",
                    "a.reshape(-1)",
                    "a.copy()",
                    "a.shape",
                    "a.dtype",
                    "a.tolist()",
                ])
                .to_string(),
            12 => format!("(a > 1).cumsum(axis={axis})"),
            13 => {
                let u = rng.pick(&[
                    "maximum",
                    "minimum",
                    "subtract",
                    "add",
                    "multiply",
                    "divide",
                    "bitwise_or",
                ]);
                match rng.below(4) {
                    0 => format!("np.{u}(a, a[::-1])"),
                    1 if ["maximum", "minimum", "add", "multiply"].contains(&u) => {
                        format!("np.{u}.reduce(a, axis={axis})")
                    }
                    _ => format!("np.{u}.accumulate(a, axis={axis}{dtype})"),
                }
            }
            // Boolean masks and integer indices, reading and assigning.
            14 => rng
                .pick(&[
                    "a[a > 1]",
                    "a[(a > 0) & (a < 3)]",
                    "a[~(a > 1)].cumsum()",
                    "np.where(a > 1, a, 0)",
                    "np.where(a > 1)",
                    "np.nonzero(a)",
                    "a[a > 1] = 0\na",
                    "a[a < 0] += 1\na",
                    "np.count_nonzero(a)",
                    "np.flatnonzero(a)",
                    "a.ravel()[[0, -1]]",
                    "np.maximum.accumulate(a.ravel()) - a.ravel()",
                    "a[..., [0]]",
                    "a[..., [0, -1]].cumsum(axis=-1)",
                    "a[..., a.ravel()[:1] % 2 == 0]",
                    "a[[0, -1], ...]",
                    "a[..., [0]] = 9\na",
                    "a[..., [-1, 0]] += 1\na",
                ])
                .to_string(),
            // Joins and the building blocks of cumsum lessons.
            15 => rng
                .pick(&[
                    "np.concatenate([a, a])",
                    "np.concatenate([a, a], axis=None)",
                    "np.stack([a, a])",
                    "np.insert(a.ravel(), 0, 0).cumsum()",
                    "np.diff(a.ravel())",
                    "np.diff(np.cumsum(a))",
                    "np.r_[0, a.ravel()]",
                    "np.append(a, 1)",
                    "np.hstack([a, a])",
                    "np.vstack([a, a])",
                    "np.flip(a).cumsum()",
                    "np.roll(a, 1)",
                ])
                .to_string(),
            // Masked arrays: running totals that skip masked entries.
            16 => rng
                .pick(&[
                    "m = np.ma.masked_where(a > 1, a)\nm",
                    "np.ma.masked_where(a > 1, a).cumsum()",
                    "np.ma.masked_equal(a, 0).cumsum()",
                    "np.ma.array(a, mask=a > 2).sum()",
                    "np.ma.masked_less(a, 1).mean()",
                    "np.ma.masked_where(a > 1, a).filled(-1)",
                    "np.ma.masked_greater(a, 2).compressed()",
                    "np.ma.masked_where(a > 0, a) + 1",
                    "np.ma.masked_where(a > 1, a).count()",
                    "print(np.ma.masked_where(a < 1, a).cumprod())",
                    "m = np.ma.masked_where(a > 1, a)\nm += a\nm",
                    "m = np.ma.masked_less(a, 1)\nm *= 2\nm",
                    "m = np.ma.masked_where(a < 0, a)\nm /= a\nm",
                    "m = np.ma.masked_equal(a, 1)\nm %= 2\nm",
                    // A masked power runs NumPy's SVML pow (an exponent array).
                    "m = np.ma.masked_greater(a, 2)\nm **= 2\nm",
                ])
                .to_string(),
            _ => "a".to_string(),
        };
        chunks.push(lang_gen::Chunk::plain(&stmt));
    }
    chunks
}

/// NumPy's results for many sessions at once (one Python process).
fn numpy_runs(python: &str, programs: &[String]) -> Vec<(String, Vec<String>)> {
    let harness = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/oracle/harness.py");
    let mut child = Command::new(python)
        .args([harness, "batch"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("the oracle Python runs");
    let json = format!(
        "[{}]",
        programs
            .iter()
            .map(|p| json_string(p))
            .collect::<Vec<_>>()
            .join(",")
    );
    let mut input = child.stdin.take().expect("stdin");
    let writer = std::thread::spawn(move || {
        use std::io::Write;
        let _ = input.write_all(json.as_bytes());
    });
    let out = child.wait_with_output().expect("harness finishes");
    let _ = writer.join();
    parse_results(&String::from_utf8_lossy(&out.stdout))
        .into_iter()
        .map(|(stdout, events)| {
            // An event of several lines is compared line by line, as
            // `common::events` reads npcalc's.
            let lines = events.iter().flat_map(|e| e.lines().map(String::from));
            (stdout, exceptions(lines.collect()))
        })
        .collect()
}

fn json_string(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Reads the harness's JSON list of {"stdout", "events", "status"}.
fn parse_results(text: &str) -> Vec<(String, Vec<String>)> {
    let mut chars = text.chars().peekable();
    let mut results = Vec::new();
    // A tiny JSON reader for exactly this shape: strings, lists of strings, ints.
    fn string(chars: &mut std::iter::Peekable<std::str::Chars>) -> String {
        let mut s = String::new();
        while let Some(c) = chars.next() {
            match c {
                '"' => break,
                '\\' => match chars.next() {
                    Some('n') => s.push('\n'),
                    Some('t') => s.push('\t'),
                    Some('u') => {
                        let hex: String = chars.by_ref().take(4).collect();
                        s.push(
                            char::from_u32(u32::from_str_radix(&hex, 16).unwrap_or(0xfffd))
                                .unwrap_or('\u{fffd}'),
                        );
                    }
                    Some(other) => s.push(other),
                    None => break,
                },
                c => s.push(c),
            }
        }
        s
    }
    let mut current_stdout = String::new();
    let mut current_events = Vec::new();
    let mut key = String::new();
    let mut in_events = false;
    while let Some(c) = chars.next() {
        match c {
            '"' => {
                let s = string(&mut chars);
                if in_events {
                    current_events.push(s);
                } else if chars.peek() == Some(&':') {
                    key = s;
                } else if key == "stdout" {
                    current_stdout = s;
                }
            }
            '[' if key == "events" => in_events = true,
            ']' if in_events => in_events = false,
            '}' => {
                results.push((
                    std::mem::take(&mut current_stdout),
                    std::mem::take(&mut current_events),
                ));
                key.clear();
            }
            _ => {}
        }
    }
    results
}

/// Stdout and the exception lines. Warnings are left to the golden corpus:
/// which repeats Python's registry shows depends on where inside numpy they
/// are raised, which random programs hit in ways not worth chasing here.
/// npcalc picks its BLAS core from the same `OPENBLAS_CORETYPE` the oracle
/// runs under (unset: both go by the CPU).
fn npcalc_run(program: &str) -> (String, Vec<String>) {
    let core = std::env::var("OPENBLAS_CORETYPE").unwrap_or_default();
    let r = common::npcalc_on(&[], None, program.as_bytes(), &core);
    (r.stdout, exceptions(common::events(&r.stderr)))
}

/// NumPy made an object array (Python ints past uint64, say) where npcalc,
/// which has no object dtype, refuses by design with its one sentence.
fn object_array_refusal(numpy: &(String, Vec<String>), npcalc: &(String, Vec<String>)) -> bool {
    let refusal = |e: &String| {
        e.contains("npcalc supports only numeric dtypes") && e.contains("object array")
    };
    let others: Vec<&String> = npcalc.1.iter().filter(|e| !refusal(e)).collect();
    numpy.0.contains("dtype=object")
        && npcalc.1.iter().any(refusal)
        && others == numpy.1.iter().collect::<Vec<_>>()
}

fn exceptions(events: Vec<String>) -> Vec<String> {
    events
        .into_iter()
        .filter(|e| !e.split(':').next().unwrap_or("").ends_with("Warning"))
        .collect()
}

/// Drops whole chunks (so blocks stay valid Python) while npcalc and NumPy
/// still disagree.
fn minimise(python: &str, mut chunks: Vec<lang_gen::Chunk>) -> String {
    let mut i = 1; // keep the array's definition
    while i < chunks.len() {
        let removed = chunks.remove(i);
        let src = lang_gen::render(&chunks);
        let theirs = numpy_runs(python, std::slice::from_ref(&src));
        if theirs.first().is_none_or(|t| *t == npcalc_run(&src)) {
            chunks.insert(i, removed);
            i += 1;
        }
    }
    lang_gen::render(&chunks)
}

/// Writes straight to stderr, past the test harness's capture, so the
/// summary shows in CI's log even when the test passes.
fn say(line: &str) {
    use std::io::Write;
    let _ = writeln!(std::io::stderr(), "{line}");
}

#[test]
fn random_programs_match_numpy() {
    let Ok(python) = std::env::var("NPCALC_ORACLE_PYTHON") else {
        say(
            "differential: skipped (set NPCALC_ORACLE_PYTHON to a Python with numpy==2.4.6, e.g. .oracle/bin/python, to run it)",
        );
        return;
    };
    let count: usize = std::env::var("NPCALC_DIFF_COUNT")
        .ok()
        .and_then(|c| c.parse().ok())
        .unwrap_or(500);
    let run_seed: u64 = std::env::var("NPCALC_DIFF_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(7, |d| d.as_secs() % 1_000_000)
        });
    let fixed_seed = 1u64;
    let mut chunked = Vec::with_capacity(count);
    for (seed, n) in [(fixed_seed, count / 2), (run_seed, count - count / 2)] {
        let mut rng = Rng(seed);
        chunked.extend((0..n).map(|_| program(&mut rng)));
    }
    let programs: Vec<String> = chunked.iter().map(|c| lang_gen::render(c)).collect();
    if let Ok(path) = std::env::var("NPCALC_DIFF_DUMP") {
        // For reading what the generator makes: every program, separated.
        let all = programs.join("#----\n");
        std::fs::write(&path, all).expect("NPCALC_DIFF_DUMP is writable");
    }
    let theirs = numpy_runs(&python, &programs);
    assert_eq!(
        theirs.len(),
        programs.len(),
        "the oracle answered {} of {} programs",
        theirs.len(),
        programs.len()
    );
    // Guards against a broken harness reading: most programs print something.
    let printed = theirs.iter().filter(|(out, _)| !out.is_empty()).count();
    assert!(
        printed > programs.len() / 2,
        "only {printed} NumPy runs printed anything"
    );
    let mut mismatches = Vec::new();
    for ((p, chunks), want) in programs.iter().zip(chunked).zip(&theirs) {
        let got = npcalc_run(p);
        if got != *want && !object_array_refusal(want, &got) {
            let small = minimise(&python, chunks);
            let (s_want, s_got) = (
                numpy_runs(&python, std::slice::from_ref(&small)).remove(0),
                npcalc_run(&small),
            );
            mismatches.push(format!(
                "--- minimised program:\n{small}--- stdout:\n{}--- events:\n{}",
                common::diff(&s_want.0, &s_got.0),
                common::diff(&(s_want.1.join("\n") + "\n"), &(s_got.1.join("\n") + "\n"))
            ));
        }
    }
    say(&format!(
        "differential: {} programs, seeds {fixed_seed} and {run_seed}, {} mismatches",
        programs.len(),
        mismatches.len()
    ));
    assert!(
        mismatches.is_empty(),
        "{} mismatches (replay with NPCALC_DIFF_SEED={run_seed}):\n{}",
        mismatches.len(),
        mismatches.join("\n")
    );
}
