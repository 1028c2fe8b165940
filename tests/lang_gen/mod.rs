//! The Python-language half of the differential test's program generator:
//! functions, lambdas, loops, comprehensions, f-strings, if/elif/else,
//! try/except and dicts, all built around the session's array `a`.
//!
//! Each generator returns one "chunk": a statement, or a few statements that
//! only make sense together (a `def` and its calls). Chunks are what the
//! minimiser drops, so a chunk never depends on another chunk's names.
//! Blocks never contain blank lines (the interactive console would end them
//! there); `render` puts the blank line that closes a block after it.

use crate::Rng;

/// One generated statement group, each line as Python sees it.
pub struct Chunk(pub Vec<String>);

impl Chunk {
    /// Splits `text` into lines, putting the blank line that the console
    /// needs between a block and the next top-level statement.
    fn new(text: &str) -> Chunk {
        let mut lines: Vec<String> = Vec::new();
        for line in text.lines() {
            let continues_block = ["else", "elif", "except", "finally"]
                .iter()
                .any(|k| line.starts_with(k));
            let after_block = lines.last().is_some_and(|l| l.starts_with(' '));
            if after_block && !line.starts_with(' ') && !continues_block {
                lines.push(String::new());
            }
            lines.push(line.to_string());
        }
        Chunk(lines)
    }

    /// A chunk of plain statements, written as they are.
    pub fn plain(text: &str) -> Chunk {
        Chunk(text.lines().map(String::from).collect())
    }
}

/// The session source: a blank line after every chunk that ends inside a
/// block, as one types it at the interactive prompt.
pub fn render(chunks: &[Chunk]) -> String {
    let mut src = String::new();
    for chunk in chunks {
        for line in &chunk.0 {
            src.push_str(line);
            src.push('\n');
        }
        if chunk.0.last().is_some_and(|l| l.starts_with(' ')) {
            src.push('\n');
        }
    }
    src
}

/// A random language construct around `a`.
pub fn construct(rng: &mut Rng) -> Chunk {
    let text = match rng.below(11) {
        0 | 1 => function(rng),
        2 => lambda(rng),
        3 => for_loop(rng),
        4 => while_loop(rng),
        5 => comprehension(rng),
        6 | 7 => fstring(rng),
        8 => if_chain(rng),
        9 => try_except(rng),
        _ => dict_use(rng),
    };
    Chunk::new(&text)
}

/// Something to iterate over: mostly flat and short (so loops print little),
/// sometimes the array itself (rows, or a TypeError when it is 0-d) or a
/// nested list.
fn iterable(rng: &mut Rng) -> String {
    let k = rng.below(4) + 3;
    rng.pick(&[
        "a.ravel()[:{k}]",
        "a.ravel()[:{k}]",
        "a.ravel()",
        "np.cumsum(a)[:{k}]",
        "a.ravel().tolist()[:{k}]",
        "range({k})",
        "a",
        "a.tolist()",
        // Not `a.flat`: npcalc has no flatiter (an AttributeError there).
    ])
    .replace("{k}", &k.to_string())
}

/// A number: Python ints and floats, and NumPy scalars of `a`'s dtype or of
/// fixed dtypes (whose `__format__` and repr npcalc must get right).
fn number(rng: &mut Rng) -> &'static str {
    rng.pick(&[
        "7",
        "-3",
        "1234567",
        "0",
        "2.5",
        "1/3",
        "-0.0",
        "1e6",
        "2**40",
        "float('inf')",
        "a.sum()",
        "a.sum()",
        "a.size",
        "a.cumsum()[-1]",
        "a.ravel()[0]",
        "a.max()",
        "a.mean()",
        "np.float32(0.1)",
        "np.float16(2.5)",
        "np.int8(-5)",
        "np.uint16(40000)",
        "np.complex64(1+2j)",
        "np.True_",
        "np.cumsum(a)[-1] / 3",
    ])
}

/// A condition for `if`/`while`/comprehension filters, over `a`.
fn condition(rng: &mut Rng) -> &'static str {
    rng.pick(&[
        "a.size == 0",
        "a.ndim > 2",
        "a.sum() > 3",
        "a.dtype == np.float64",
        "a.dtype.kind in 'iu'",
        "len(a.shape) == 1",
        // Not np.all(...)/a.any(): npcalc has neither.
        "(a >= 0).sum() == a.size",
        "a.sum() != 0",
        "a.size > 4 and a.ndim < 3",
        "not a.size",
        "a",
    ])
}

/// `def` with defaults, *args, keyword-only arguments, closures, recursion
/// and loops inside, then a few calls with arrays and scalars.
fn function(rng: &mut Rng) -> String {
    let it = iterable(rng);
    let (def, calls): (&str, Vec<&str>) = match rng.below(6) {
        0 => (
            // Defaults, *args and a keyword-only parameter together.
            "def f(x, k=2, *args, scale=1):\n    return x * k + sum(args) * scale",
            vec![
                "f(a)",
                "f(a, 3)",
                "f(a.sum(), 1, 2, 3)",
                "print(f(NUM, scale=-1))",
                "f(x=a, scale=2)",
                "f(a, 2, *a.ravel()[:2])",
                "f(NUM, k=NUM)",
                "f()",
                "f(a, 1, 2, bogus=3)",
            ],
        ),
        1 => (
            // A running total by hand, to be compared with np.cumsum.
            "def running(xs, start=0):\n    out = []\n    t = start\n    for v in xs:\n        t = t + v\n        out.append(t)\n    return out",
            vec![
                "running(ITER)",
                "print(running(ITER) == np.cumsum(ITER).tolist())",
                "np.array(running(ITER))",
                "running(ITER, start=NUM)",
                "running([NUM, NUM, NUM])",
            ],
        ),
        2 => (
            // A closure over a parameter and a nonlocal running total.
            "def make(n):\n    total = 0\n    def step(v):\n        nonlocal total\n        total = total + v * n\n        return total\n    return step",
            vec![
                "step = make(2)\n[step(v) for v in ITER]",
                "step = make(NUM)\nstep(a)\nstep(a)",
                "add = make(1)\nprint([add(v) for v in ITER] == np.cumsum(ITER).tolist())",
            ],
        ),
        3 => (
            // Recursion on lists and on ints.
            "def total(xs):\n    if len(xs) == 0:\n        return 0\n    return xs[0] + total(xs[1:])",
            vec![
                "total(ITER)",
                "total(a.ravel())",
                "total(a.tolist())",
                "print(total(list(ITER)), np.sum(ITER))",
            ],
        ),
        4 => (
            "def depth(x):\n    if isinstance(x, list) and x:\n        return 1 + depth(x[0])\n    elif isinstance(x, list):\n        return 1\n    return 0",
            vec![
                "depth(a.tolist())",
                "print(depth(a.tolist()), a.ndim)",
                "depth([[[]]])",
            ],
        ),
        _ => (
            // Several return values, unpacked by the caller.
            // The total is the cumsum's last element, not x.sum() (npcalc's
            // complex sum is not NumPy's pairwise one).
            "def stats(x, *, ddof=0):\n    if x.size == 0:\n        return None\n    return x.min(), x.max(), x.cumsum()[-1] / (x.size - ddof)",
            vec![
                "stats(a)",
                "low, high, avg = stats(a)\nprint(low, high, avg)",
                "stats(a.cumsum(), ddof=1)",
                "stats(a, 1)",
                "print(stats(np.cumsum(a)))",
            ],
        ),
    };
    let mut src = format!("{def}\n");
    for _ in 0..rng.below(3) + 1 {
        let call = calls[rng.below(calls.len())];
        src.push('\n');
        src.push_str(&call.replace("ITER", &it).replace("NUM", number(rng)));
    }
    src
}

/// `lambda` alone and with map/filter/sorted(key=...)/max(key=...).
fn lambda(rng: &mut Rng) -> String {
    let it = iterable(rng);
    rng.pick(&[
        "g = lambda v, w=2: v * w\ng(a)\ng(NUM, w=3)",
        "list(map(lambda v: v + 1, ITER))",
        "list(map(lambda v, w: v * w, ITER, range(4)))",
        "list(filter(lambda v: v % 2 == 0, ITER))",
        "sorted(ITER, key=lambda v: -v)",
        "sorted(ITER, key=abs, reverse=True)",
        "sorted(ITER, key=lambda v: (v % 3, v))",
        "max(ITER, key=lambda v: v % 3)",
        "print(*map(lambda v: f'{v}!', ITER))",
        "(lambda *xs, **kw: (len(xs), sorted(kw)))(*ITER, z=1, y=2)",
    ])
    .replace("ITER", &it)
    .replace("NUM", number(rng))
}

/// `for` loops: enumerate/zip and tuple unpacking, break/continue/else,
/// nested loops, and running totals by hand against np.cumsum.
fn for_loop(rng: &mut Rng) -> String {
    let it = iterable(rng);
    let limit = rng.below(5);
    rng.pick(&[
        // Statement echo inside a top-level loop is part of session mode.
        "for v in ITER:\n    v",
        "for i, v in enumerate(ITER):\n    if i == LIMIT:\n        break\n    if v == 0:\n        continue\n    print(i, v)\nelse:\n    print('no break', i)",
        "for x, y in zip(ITER, np.cumsum(ITER)):\n    print(x, y, x + y)",
        "s = 0\nrun = []\nfor v in ITER:\n    s += v\n    run.append(s)\nprint(run == np.cumsum(ITER).tolist())\nrun",
        // Against np.cumsum, not .sum(): npcalc's complex sum is not NumPy's
        // pairwise one (a known gap), and cumsum is sequential like the loop.
        "t = 0\nfor i in range(a.size):\n    t = t + a.ravel()[i]\n    if t != np.cumsum(a)[i]:\n        print('differs at', i)\nt",
        "for i in range(3):\n    for j in range(i):\n        print(i, j, end='; ')\n    else:\n        print()",
        "for row in a:\n    print(row.cumsum())",
        "pairs = []\nfor i, (x, y) in enumerate(zip(ITER, range(10, 0, -1))):\n    pairs.append((i, x * y))\npairs",
        "for v in ITER:\n    if v > LIMIT:\n        print('found', v)\n        break\nelse:\n    print('none above LIMIT')",
    ])
    .replace("ITER", &it)
    .replace("LIMIT", &limit.to_string())
}

/// `while` loops, always bounded by a counter.
fn while_loop(rng: &mut Rng) -> String {
    let it = iterable(rng);
    rng.pick(&[
        "i = 0\ns = 0\nwhile i < min(a.size, 5):\n    s += a.ravel()[i]\n    i += 1\nelse:\n    print('done', i)\ns",
        "n = 10\nsteps = 0\nwhile n != 1 and steps < 20:\n    n = n // 2 if n % 2 == 0 else 3 * n + 1\n    steps += 1\nprint(steps, n)",
        "pending = list(ITER)\nacc = []\nwhile pending:\n    acc.append(pending.pop())\n    if len(acc) > 3:\n        break\nacc",
        "k = 0\nwhile True:\n    k += 1\n    if k >= 3:\n        break\nk",
    ])
    .replace("ITER", &it)
}

/// List/dict comprehensions and generator expressions, with nested for/if.
fn comprehension(rng: &mut Rng) -> String {
    let it = iterable(rng);
    rng.pick(&[
        "[v * 2 for v in ITER if v > 0]",
        "[(i, j) for i in range(4) for j in range(i) if (i + j) % 2]",
        "{i: v for i, v in enumerate(ITER)}",
        "{str(v): i for i, v in enumerate(ITER) if i % 2 == 0}",
        "sum(v for v in ITER if v != 0)",
        "any(v > 2 for v in ITER)",
        "all(v >= 0 for v in ITER)",
        "max((v for v in ITER), default=None)",
        "tuple(v % 3 for v in ITER)",
        "[[x * y for x in range(3)] for y in ITER]",
        "[x for row in a.tolist() for x in (row if isinstance(row, list) else [row])]",
        "[s for s in np.cumsum(ITER)] == np.cumsum(ITER).tolist()",
        "[v for v in ITER][::-1]",
    ])
    .replace("ITER", &it)
}

/// f-strings with format specs on Python numbers, NumPy scalars and arrays.
fn fstring(rng: &mut Rng) -> String {
    let mut fields = Vec::new();
    for _ in 0..rng.below(3) + 1 {
        let field = match rng.below(5) {
            // An array: str() of it, its repr, or its shape and dtype.
            0 => rng
                .pick(&[
                    "{a}",
                    "{a!r}",
                    "{a.cumsum()}",
                    "{a.shape}",
                    "{a.dtype}",
                    "{a.dtype!r}",
                    "{a:>5}",
                ])
                .to_string(),
            // A name's self-documenting form.
            1 => rng
                .pick(&["{x=}", "{x = }", "{x=:.2f}", "{x!r:>12}"])
                .to_string(),
            // A nested width and precision.
            2 => rng
                .pick(&["{x:{w}}", "{x:>{w}.{p}f}", "{x:^{w}}"])
                .to_string(),
            _ => {
                let spec = rng.pick(&[
                    ".3f", ">8", ",", "", "+.2e", "08.2f", "^10", "<6", ".2%", "x", "_", ".1g",
                    "!r", "!s", "d", "n",
                ]);
                let value = if rng.below(2) == 0 { "x" } else { number(rng) };
                if spec.starts_with('!') {
                    format!("{{{value}{spec}}}")
                } else if spec.is_empty() {
                    format!("{{{value}}}")
                } else {
                    format!("{{{value}:{spec}}}")
                }
            }
        };
        fields.push(field);
    }
    let w = rng.below(10) + 2;
    let p = rng.below(4);
    format!(
        "x = {}\nw = {w}\np = {p}\nprint(f\"{}\")",
        number(rng),
        fields.join(" | ")
    )
}

/// if/elif/else chains on properties of `a`.
fn if_chain(rng: &mut Rng) -> String {
    let (c1, c2) = (condition(rng), condition(rng));
    match rng.below(3) {
        0 => format!(
            "if {c1}:\n    print('first')\nelif {c2}:\n    print('second', a.shape)\nelse:\n    a.sum()"
        ),
        1 => format!("if {c1}:\n    r = 'yes'\nelse:\n    r = 'no'\nr"),
        _ => format!("'big' if {c1} else ('mid' if {c2} else 'small')"),
    }
}

/// try/except with the right exception class for the failure.
fn try_except(rng: &mut Rng) -> String {
    let axis = rng.below(6) as i64 - 3;
    let (body, handler) = match rng.below(7) {
        0 => (
            format!("np.cumsum(a, axis={axis})"),
            "except np.exceptions.AxisError as e:\n    print('AxisError:', e)",
        ),
        1 => (
            format!("a[{axis}]"),
            "except IndexError as e:\n    print('IndexError:', e)",
        ),
        2 => (
            "int('x' + str(a.size))".to_string(),
            "except ValueError as e:\n    print(type(e).__name__, e)",
        ),
        3 => (
            "{}['missing']".to_string(),
            "except KeyError as e:\n    print('KeyError', e)",
        ),
        4 => (
            "1 / a.size".to_string(),
            "except ZeroDivisionError as e:\n    print('zero', e)",
        ),
        5 => (
            "bool(a)".to_string(),
            "except ValueError as e:\n    print(e)",
        ),
        _ => (
            "a + 'text'".to_string(),
            "except TypeError as e:\n    print(type(e).__name__, isinstance(e, TypeError))",
        ),
    };
    let mut src = format!("try:\n    {body}\n{handler}");
    if rng.below(2) == 0 {
        src.push_str("\nelse:\n    print('no error')");
    }
    if rng.below(3) == 0 {
        src.push_str("\nfinally:\n    print('finally')");
    }
    src
}

/// Mutable dicts: item assignment, get, setdefault, items, keys that are
/// NumPy scalars (hashing like the equal Python number).
///
/// Names that a failing statement can leave undefined are long (`table`,
/// `pending`, `low`): npcalc's NameError "Did you mean" differs from
/// CPython 3.11's for short names (`d` -> CPython suggests the builtin `id`,
/// `o` -> a global `lo`), which is a known gap, not what this test is for.
fn dict_use(rng: &mut Rng) -> String {
    let it = iterable(rng);
    rng.pick(&[
        "table = {}\nfor i, v in enumerate(ITER):\n    table[i % 3] = table.get(i % 3, 0) + v\ntable",
        "table = {}\nfor v in ITER:\n    table[v] = table.get(v, 0) + 1\ntable",
        "table = dict(zip('abcdef', ITER))\ntable.setdefault('z', a.size)\nfor k, v in table.items():\n    print(k, v)",
        "table = {'sum': a.sum(), 'n': a.size}\ntable['cum'] = np.cumsum(a)\ntable.get('mean', 'none')\nlen(table), list(table)",
        "table = {}\nfor i in range(4):\n    table.setdefault(i % 2, []).append(i)\ntable",
        "counts = {}\nfor v in ITER:\n    key = 'pos' if v > 0 else 'other'\n    counts[key] = counts.get(key, 0) + 1\nsorted(counts.items())",
    ])
    .replace("ITER", &it)
}
