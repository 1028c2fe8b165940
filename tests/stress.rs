//! A seeded, bounded stress test: a few thousand random byte strings, token
//! soups and mutated golden lines go through npcalc sessions, which must never
//! panic (not even into the panic net), abort or hang. The seed is fresh each
//! run and printed; `NPCALC_STRESS_SEED=N` replays one, `NPCALC_STRESS_COUNT=N`
//! runs more.

use std::io::{Read, Write};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Inputs per npcalc process: enough to amortise start-up, few enough that
/// one runaway input does not hide the others for long.
const BATCH: usize = 100;
/// Time one batch may take in the debug build before it counts as a hang.
const BATCH_BUDGET: Duration = Duration::from_secs(20);

/// splitmix64: small, seedable and good enough for test inputs.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// npcalc's tokens, weighted towards what reaches deep code paths.
const TOKENS: &[&str] = &[
    "np",
    ".",
    "cumsum",
    "cumprod",
    "nancumsum",
    "nancumprod",
    "cumulative_sum",
    "cumulative_prod",
    "add",
    "accumulate",
    "array",
    "arange",
    "zeros",
    "ones",
    "empty",
    "reshape",
    "astype",
    "copy",
    "fill",
    "T",
    "shape",
    "strides",
    "dtype",
    "int8",
    "uint8",
    "int64",
    "float16",
    "float32",
    "complex128",
    "bool",
    "axis",
    "out",
    "include_initial",
    "=",
    "==",
    "(",
    ")",
    "[",
    "]",
    ",",
    ":",
    "::",
    "-",
    "+",
    "*",
    "/",
    "//",
    "%",
    "@",
    "~",
    "&",
    "|",
    "^",
    "<<",
    ">>",
    "<",
    ">",
    "not",
    "and",
    "or",
    "if",
    "else",
    "for",
    "in",
    "lambda",
    "None",
    "True",
    "False",
    "...",
    "0",
    "1",
    "2",
    "3",
    "-1",
    "7",
    "0.5",
    "1e3",
    "2j",
    "255",
    "128",
    "2**63",
    "2**64",
    "-2**63",
    "1e308",
    "nan",
    "inf",
    "'a'",
    "\"x\"",
    "a",
    "b",
    "print",
    "int",
    "float",
    "complex",
    "round",
    "len",
    "list",
    "tuple",
    "range",
    "str",
    "repr",
    "abs",
    "min",
    "max",
    "sum",
    "type",
    "help",
    "exit",
    " ",
    "\n",
    "\t",
    "#",
    "\\",
    "é",
    "\u{feff}",
    "\u{0}",
    "_",
    "0_7",
    "07",
    "0x",
    "0b1",
    "1_000",
];

fn garbage(rng: &mut Rng) -> String {
    let n = 1 + rng.below(24);
    let bytes: Vec<u8> = (0..n)
        .map(|_| match rng.below(4) {
            0 => rng.next() as u8,
            _ => *rng.pick(b"()[]{}.,:;=+-*/%<>!&|^~@'\"#\\0123456789abcjnpxe _\n\t"),
        })
        .collect();
    String::from_utf8_lossy(&bytes).into_owned()
}

fn token_soup(rng: &mut Rng) -> String {
    let n = 1 + rng.below(16);
    (0..n)
        .map(|_| *rng.pick(TOKENS))
        .collect::<Vec<_>>()
        .join("")
}

fn mutate(rng: &mut Rng, seeds: &[String]) -> String {
    let mut s: Vec<char> = rng.pick(seeds).chars().collect();
    for _ in 0..1 + rng.below(3) {
        let at = rng.below(s.len() + 1);
        match rng.below(4) {
            0 if at < s.len() => {
                s.remove(at);
            }
            1 => {
                let t: Vec<char> = rng.pick(TOKENS).chars().collect();
                s.splice(at..at, t);
            }
            2 if at < s.len() => {
                let end = (at + 1 + rng.below(6)).min(s.len());
                let dup: Vec<char> = s[at..end].to_vec();
                s.splice(at..at, dup);
            }
            _ => {
                let t: Vec<char> = rng.pick(TOKENS).chars().collect();
                let end = (at + 1).min(s.len());
                s.splice(at..end, t);
            }
        }
    }
    s.into_iter().collect()
}

/// Every line of the golden corpus's sessions and scripts.
fn golden_lines() -> Vec<String> {
    let mut lines = Vec::new();
    let mut dirs = vec![std::path::PathBuf::from("tests/golden")];
    while let Some(d) = dirs.pop() {
        for entry in std::fs::read_dir(&d).expect("golden corpus").flatten() {
            let p = entry.path();
            if p.is_dir() {
                dirs.push(p);
            } else if p.extension().is_some_and(|e| e == "session" || e == "py") {
                let text = std::fs::read_to_string(&p).unwrap_or_default();
                lines.extend(
                    text.lines()
                        .filter(|l| !l.trim().is_empty())
                        .map(String::from),
                );
            }
        }
    }
    lines.sort();
    lines
}

/// One input per chunk: each is followed by closers for the brackets it
/// leaves open (found by a rough scan that skips quotes and comments) and a
/// blank line, so that one unbalanced input does not swallow the next ones.
fn session_text(inputs: &[String]) -> String {
    inputs
        .iter()
        .map(|i| format!("{i}\n{}\n\n", closers(i)))
        .collect::<String>()
}

fn closers(input: &str) -> String {
    let mut open = Vec::new();
    let mut quote: Option<char> = None;
    let mut comment = false;
    let mut escaped = false;
    for c in input.chars() {
        match (quote, c) {
            _ if c == '\n' => {
                (quote, comment) = (None, false);
            }
            _ if comment => {}
            (Some(_), _) if escaped => escaped = false,
            (Some(_), '\\') => escaped = true,
            (Some(q), _) if c == q => quote = None,
            (Some(_), _) => {}
            (None, '\'' | '"') => quote = Some(c),
            (None, '#') => comment = true,
            (None, '(') => open.push(')'),
            (None, '[') => open.push(']'),
            (None, '{') => open.push('}'),
            (None, ')' | ']' | '}') => {
                open.pop();
            }
            _ => {}
        }
    }
    open.iter().rev().collect()
}

/// What went wrong with one batch, if anything.
fn run_batch(inputs: &[String]) -> Option<String> {
    // A memory ceiling: big allocations must fail as MemoryError, not abort.
    let mut child = Command::new("sh")
        .args([
            "-c",
            "ulimit -v 4000000; exec \"$0\"",
            env!("CARGO_BIN_EXE_npcalc"),
        ])
        .env("NO_COLOR", "1")
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("npcalc runs");
    let text = session_text(inputs);
    let mut stdin = child.stdin.take().expect("stdin");
    let writer = std::thread::spawn(move || {
        let _ = stdin.write_all(text.as_bytes());
    });
    let mut stderr = child.stderr.take().expect("stderr");
    let reader = std::thread::spawn(move || {
        let mut s = Vec::new();
        let _ = stderr.read_to_end(&mut s);
        String::from_utf8_lossy(&s).into_owned()
    });
    let start = Instant::now();
    let status = loop {
        if let Some(st) = child.try_wait().expect("wait") {
            break Some(st);
        }
        if start.elapsed() > BATCH_BUDGET {
            let _ = child.kill();
            let _ = child.wait();
            break None;
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    let _ = writer.join();
    let err = reader.join().unwrap_or_default();
    let Some(status) = status else {
        return Some(format!("hang: no end after {BATCH_BUDGET:?}"));
    };
    if let Some(line) = err
        .lines()
        .find(|l| l.contains("npcalc internal error") || l.contains("panicked at"))
    {
        return Some(format!("panic: {line}"));
    }
    match status.code() {
        Some(0 | 1) => None,
        Some(c) => Some(format!("exit status {c}\n{}", tail(&err))),
        None => Some(format!("killed by a signal ({status})\n{}", tail(&err))),
    }
}

fn tail(s: &str) -> String {
    let lines: Vec<&str> = s.lines().collect();
    lines[lines.len().saturating_sub(5)..].join("\n")
}

/// Narrows a failing batch down to one input that fails alone.
fn culprit(inputs: &[String]) -> Option<(String, String)> {
    inputs
        .iter()
        .find_map(|i| run_batch(std::slice::from_ref(i)).map(|why| (i.clone(), why)))
}

#[test]
fn random_and_mutated_inputs_never_panic_or_hang() {
    let seed = std::env::var("NPCALC_STRESS_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(1, |d| d.as_nanos() as u64)
        });
    let count: usize = std::env::var("NPCALC_STRESS_COUNT")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(3000);
    eprintln!("stress: seed {seed} (NPCALC_STRESS_SEED={seed} replays it), {count} inputs");
    let seeds = golden_lines();
    let mut rng = Rng(seed);
    let inputs: Vec<String> = (0..count)
        .map(|_| match rng.below(3) {
            0 => garbage(&mut rng),
            1 => token_soup(&mut rng),
            _ => mutate(&mut rng, &seeds),
        })
        .collect();
    let mut failures = Vec::new();
    for batch in inputs.chunks(BATCH) {
        if let Some(why) = run_batch(batch) {
            match culprit(batch) {
                Some((input, why)) => failures.push(format!("{input:?}\n  {why}")),
                None => failures.push(format!("a batch (no single culprit): {why}")),
            }
        }
    }
    assert!(
        failures.is_empty(),
        "seed {seed}: {} failing inputs:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
