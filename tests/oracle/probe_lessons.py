"""Lesson-style differential probe: short programs like the ones cumsum lessons
show (arrays from constructors and seeded random data, cumulative sums with
axis/dtype/out, the NumPy routines around them, and the Python that prints
the results), run under real NumPy and under npcalc, bucketed by difference.

Complements tests/differential.rs (which mutates one array through many
cumsum calls): here each program is a small lesson, heavy on Python-level
printing of NumPy values.

    .oracle/bin/python tests/oracle/probe_lessons.py gen DIR N SEED
    .oracle/bin/python tests/oracle/probe_lessons.py run DIR NPCALC [JOBS]

`run` writes DIR/report.txt: every mismatch with both outputs, grouped by
the first differing line.
"""
import concurrent.futures
import pathlib
import random
import subprocess
import sys

DTYPES = ["int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64",
          "float16", "float32", "float64", "complex64", "complex128", "bool"]
COMMON = ["int32", "int64", "float32", "float64", "uint8", "int8", "float16"]


class Gen:
    def __init__(self, rng):
        self.r = rng

    def pick(self, xs):
        return self.r.choice(xs)

    def n(self, lo=0, hi=9):
        return self.r.randint(lo, hi)

    def seed(self):
        return self.pick([0, 1, 7, 42, 123, 2024, self.n(0, 99999)])

    def array1d(self):
        n = self.n(1, 12)
        k = self.n(0, 22)
        s = self.seed()
        return [
            f"np.arange({n})",
            f"np.arange(1, {n + 1})",
            f"np.arange({n}, dtype=np.{self.pick(COMMON)})",
            f"np.arange(0, {n / 2}, 0.5)",
            f"np.linspace(0, 1, {n})",
            f"np.linspace(-{n}, {n}, {n + 1})",
            f"np.array({[self.n(-9, 9) for _ in range(n)]})",
            f"np.array({[round(self.r.uniform(-5, 5), self.n(0, 3)) for _ in range(n)]})",
            f"np.ones({n})",
            f"np.zeros({n}, dtype=int)",
            f"np.full({n}, {self.pick([3, 0.1, -2, 2.5, 255])})",
            f"np.random.default_rng({s}).integers(0, 10, size={n})",
            f"np.random.default_rng({s}).integers(-100, 100, {n})",
            f"np.random.default_rng({s}).random({n})",
            f"np.random.default_rng({s}).normal(0, 1, {n})",
            f"np.random.default_rng({s}).normal(100, 15, size={n}).round(1)",
            f"np.random.default_rng({s}).uniform(-1, 1, {n})",
            f"np.random.default_rng({s}).choice([-1, 1], size={n})",
            f"np.random.default_rng({s}).poisson(3, {n})",
            f"np.random.default_rng({s}).exponential(2.0, {n})",
            f"np.random.seed({s}) or np.random.randint(0, 10, {n})",
            f"np.random.RandomState({s}).rand({n})",
            f"np.random.RandomState({s}).randn({n})",
            f"np.random.RandomState({s}).randint(1, 7, size={n})",
            f"np.array([{', '.join(str(self.n(0, 5)) + '.0' for _ in range(n))}, np.nan])",
            f"np.array([1, 2, np.nan, 4, np.nan, {k}])",
            f"np.array([True, False, True, True, False][:{n}])",
            f"np.arange({n}) ** 2",
            f"np.arange({n}) % 3 - 1",
            f"np.array({[self.n(0, 300) for _ in range(n)]}, dtype=np.uint8)",
            f"np.array({[self.n(-200, 200) for _ in range(n)]}, dtype=np.int8)",
            f"np.array({[round(self.r.uniform(0, 100), 2) for _ in range(n)]}, dtype=np.float32)",
        ][self.n(0, 31)]

    def array2d(self):
        r, c = self.n(1, 4), self.n(1, 5)
        s = self.seed()
        return [
            f"np.arange({r * c}).reshape({r}, {c})",
            f"np.arange(1, {r * c + 1}).reshape(({r}, {c}))",
            f"np.ones(({r}, {c}))",
            f"np.ones(({r}, {c}), dtype=np.{self.pick(COMMON)})",
            f"np.full(({r}, {c}), {self.pick([2, 0.5, 7])})",
            f"np.random.default_rng({s}).integers(0, 10, size=({r}, {c}))",
            f"np.random.default_rng({s}).random(({r}, {c}))",
            f"np.random.default_rng({s}).normal(size=({r}, {c}))",
            f"np.random.RandomState({s}).randint(0, 5, ({r}, {c}))",
            f"np.array({[[self.n(-5, 9) for _ in range(c)] for _ in range(r)]})",
            f"np.array({[[round(self.r.uniform(0, 10), 1) for _ in range(c)] for _ in range(r)]})",
            f"np.linspace(0, 1, {r * c}).reshape({r}, {c})",
            f"np.eye({max(r, 2)})",
            f"np.arange({r * c}, dtype=np.float32).reshape({r}, -1)",
        ][self.n(0, 13)]

    def cum(self, a, nd):
        ax = self.pick(["", "", f", axis={self.n(-nd, nd - 1)}", f", axis={self.n(-nd - 1, nd)}", ", axis=None"])
        dt = self.pick(["", "", "", f", dtype=np.{self.pick(DTYPES)}", f", dtype='{self.pick(['i4', 'f4', 'f8', 'int', 'float', 'u1', 'i8'])}'"])
        ax1 = ax if nd == 1 or ax else f", axis={self.n(0, nd - 1)}"
        return self.pick([
            f"np.cumsum({a}{ax}{dt})",
            f"{a}.cumsum({ax[2:]}{dt})",
            f"np.cumprod({a}{ax}{dt})",
            f"{a}.cumprod({ax[2:]})",
            f"np.nancumsum({a}{ax})",
            f"np.nancumprod({a}{ax})",
            f"np.cumulative_sum({a}{ax1}{dt})",
            f"np.cumulative_sum({a}{ax1}, include_initial=True)",
            f"np.cumulative_prod({a}{ax1})",
            f"np.add.accumulate({a}{ax1 if nd > 1 else ''}{dt})",
            f"np.multiply.accumulate({a})",
            f"np.maximum.accumulate({a}{ax1 if nd > 1 else ''})",
            f"np.minimum.accumulate({a})",
            f"np.subtract.accumulate({a})",
            f"np.cumsum({a}[::-1])[::-1]",
            f"np.cumsum({a}) / np.arange(1, {a}.size + 1)",
            f"np.diff(np.cumsum({a}))",
            f"np.diff({a}.cumsum(), prepend=0)",
            f"np.insert(np.cumsum({a}), 0, 0)",
            f"np.concatenate(([0], np.cumsum({a})))",
            f"np.append(0, {a}.cumsum())",
        ])

    def numpy_expr(self, a, nd):
        c = f"np.cumsum({a})"
        q = self.pick([10, 25, 50, 75, 90, [25, 50, 75]])
        return self.pick([
            self.cum(a, nd), self.cum(a, nd), self.cum(a, nd),
            f"{a}[{a} > {self.n(0, 5)}]",
            f"{c}[{c} > {self.n(0, 20)}]",
            f"np.where({a} > {self.n(0, 5)}, {a}, 0)",
            f"np.where({a} % 2 == 0)",
            f"np.searchsorted({c}, {self.n(0, 30)})",
            f"np.searchsorted({c}, {self.n(0, 30)}, side='right')",
            f"np.searchsorted(np.cumsum({a}) / {a}.sum(), {self.r.random():.2f})",
            f"np.argmax({c} > {self.n(0, 20)})",
            f"{a}.argmax()",
            f"np.argmin({a})",
            f"np.percentile({a}, {q})",
            f"np.median({a})",
            f"np.quantile({a}, 0.5)",
            f"np.histogram({a}, bins={self.n(2, 5)})",
            f"np.histogram({a}, bins={self.n(2, 5)}, range=(0, 10))[0].cumsum()",
            f"np.round({c}, {self.n(0, 3)})",
            f"np.round({a} / 3, 2)",
            f"{a}.mean()",
            f"{a}.std()",
            f"{a}.std(ddof=1)",
            f"np.mean({a}{', axis=0' if nd > 1 else ''})",
            f"{a}.var()",
            f"{a}.sum()",
            f"{a}.max() - {a}.min()",
            f"{a}.astype(np.{self.pick(DTYPES)})",
            f"{a}.astype(int).cumsum()",
            f"{a}.astype(np.float32).cumsum()",
            f"{a}.reshape(-1, 1)" if nd == 1 else f"{a}.T",
            f"{a}.reshape(1, -1).cumsum(axis=1)",
            f"{a}[::2]",
            f"{a}[1:] - {a}[:-1]",
            f"{a}[[0, -1]]",
            f"{a}[-3:]",
            f"np.flip({c})",
            f"np.sort({a})[::-1]",
            f"np.argsort({a})",
            f"np.unique({a})",
            f"np.unique({a}, return_counts=True)",
            f"np.clip({c}, 0, {self.n(1, 20)})",
            f"np.abs({a})",
            f"np.sqrt(np.abs({a}))",
            f"np.exp({a} / 10)",
            f"np.log1p(np.abs({a}))",
            f"np.maximum.accumulate({a}) - {a}",
            f"({c} - np.maximum.accumulate({c})).min()",
            f"np.count_nonzero({a} > 0)",
            f"np.any({a} < 0), np.all({a} >= 0)",
            f"np.allclose(np.cumsum({a})[-1], {a}.sum())",
            f"np.isclose({c}[-1], np.sum({a}))",
            f"np.stack([{a}, {c}])",
            f"np.column_stack(({a}, {c}))",
            f"np.vstack([{a}, {a}.cumsum()])",
            f"np.tile({a}, 2)",
            f"np.repeat({a}, 2)",
            f"np.convolve({a}, np.ones(3) / 3, mode='valid')",
            f"({c}[3:] - {c}[:-3]) / 3",
            f"np.cumsum({a}).tolist()",
            f"{a}.dtype",
            f"{a}.shape, {a}.ndim, {a}.size",
            f"np.cumsum({a}).dtype",
            f"np.float64({c}[-1])",
            f"np.nan_to_num({a})",
            f"np.isnan({a}).sum()",
            f"np.nansum({a})",
            f"np.nanmean({a})",
            f"np.cumsum({a}, out=np.empty_like({a}, dtype=float))" if nd == 1 else f"np.cumsum({a}, axis=0, out=np.zeros({a}.shape))",
            f"np.add.reduce({a})",
            f"np.add.reduceat({a}, [0, 2])" if nd == 1 else f"np.add.reduce({a}, axis=1)",
            f"np.cumsum({a}, axis=1)" if nd > 1 else f"np.cumsum({a}.reshape(1, -1), axis=1)",
            f"np.cumsum({a}, axis=0)[-1]",
            f"{a}.cumsum(0).cumsum(-1)" if nd > 1 else f"{a}.cumsum().cumsum()",
            f"np.trapezoid({a})",
            f"np.gradient({a}.astype(float))",
            f"np.bincount(np.abs({a}).astype(int))",
            f"np.digitize({a}, [0, 2, 5])",
            f"np.interp(2.5, np.arange({a}.size), {c})",
            f"np.ediff1d({a})",
            f"np.logical_and({a} > 0, {a} < 5)",
            f"np.cumsum({a} > 0)",
            f"np.cumsum(np.ones_like({a}))",
            f"np.cumsum({a}, dtype=np.int8)",
            f"np.cumsum({a}, dtype=np.uint8)",
            f"np.cumprod({a} + 1, dtype=np.int16)",
            f"np.cumprod(np.full(10, {self.pick([2, 3, 10, 0.5, 1.1])}))",
            f"np.cumsum(np.full({self.n(1, 300)}, {self.pick([0.1, 1, 0.01, 1e-3])}))[-1]",
        ])

    def fmt_spec(self):
        return self.pick([".2f", ".3f", ".1f", ">8", "<6", "^10", ">10.3f", ".2e", ",", "_", ".1%", "+.2f",
                          "g", ".3g", "d", "05d", "8.2f", "", "x", "b", ".0f", "e", "n", "#x", "=+10.2f", ".4", "10"])

    def scalar(self, a):
        return self.pick([f"{a}.sum()", f"{a}.mean()", f"np.cumsum({a})[-1]", f"{a}[0]", f"{a}.max()",
                          f"{a}.std()", f"np.median({a})", f"{a}.cumsum()[{self.n(-3, 0) or -1}]", f"np.percentile({a}, 50)",
                          f"{a}.argmax()", f"{a}.size", f"np.prod({a})", f"{a}.min() / 3"])

    def python_stmt(self, a, nd):
        s = self.scalar(a)
        spec = self.fmt_spec()
        e = self.numpy_expr(a, nd)
        return self.pick([
            f"print({e})",
            f"print({e})",
            f"print(repr({e}))",
            f"x = {s}\nprint(f'{{x:{spec}}}')",
            f"x = {s}\nprint(f'value = {{x}}, type = {{type(x).__name__}}')",
            f"x = {s}\nprint(f'{{x!r}}')",
            f"x = {s}\nprint('{{:{spec}}}'.format(x))",
            f"x = {s}\nprint('%.3f' % x, '%5d' % x, '%s' % x, '%r' % x)",
            f"x = {s}\nprint('%{self.pick(['g', '.2e', '8.1f', 'd', 'i', 'x', '10s', '-8s'])}' % x)",
            f"x = {s}\nprint(int(x), float(x), round(x), round(x, 2), str(x), bool(x))",
            f"x = {s}\nprint(abs(x), -x, x + 1, x * 2, x / 2, x // 2, x % 3, x ** 2)",
            f"c = np.cumsum({a})\nprint(f'{{c}}')\nprint(f'{{c!r}}')",
            f"c = np.cumsum({a})\nprint(f'{{c[-1]:{spec}}}')",
            f"c = np.cumsum({a})\nprint(f'{{c:}}')",
            f"c = np.cumsum({a})\nprint(f'{{c}}'.split())",
            f"c = {self.cum(a, nd)}\nprint(list(c))",
            f"c = {self.cum(a, nd)}\nprint(tuple(c)[:4])",
            f"c = {self.cum(a, nd)}\nprint({{'total': c[-1], 'first': c[0]}})",
            f"c = {self.cum(a, nd)}\nprint([c.min(), c.max()], (c.argmin(), c.argmax()))",
            f"c = {self.cum(a, nd)}\nprint(dict(zip(range(len(c)), c)))",
            f"for i, v in enumerate(np.cumsum({a})):\n    print(i, v)",
            f"for i, v in enumerate(np.cumsum({a})):\n    print(f'{{i:2d}}: {{v:{spec}}}')",
            f"for x, c in zip({a}, np.cumsum({a})):\n    print(f'{{x}} -> {{c}}')",
            f"for row in np.atleast_2d({a}):\n    print(row, row.cumsum(), row.sum())",
            f"print([float(v) for v in np.cumsum({a})])",
            f"print([v for v in {a} if v > 2])",
            f"print([round(v, 1) for v in np.cumsum({a}).tolist()])",
            f"print([round(v, 1) for v in np.cumsum({a})])",
            f"print(sorted({a}), min({a}), max({a}), sum({a}))" if nd == 1 else f"print(sum({a}), max({a}.ravel()))",
            f"print(sorted(np.cumsum({a}), reverse=True)[:3])",
            f"print(sum(np.cumsum({a})), len({a}))",
            f"print(sum({a}.tolist()), sum(x * x for x in {a}))" if nd == 1 else f"print(sum({a}.ravel().tolist()))",
            f"print(max(np.cumsum({a}), key=abs))",
            f"def running_total(xs, start=0):\n    total = start\n    out = []\n    for x in xs:\n        total += x\n        out.append(total)\n    return out\nprint(running_total({a}))\nprint(np.array(running_total({a}, 10)))",
            f"def running_mean(xs, w={self.n(1, 4)}):\n    c = np.cumsum(np.insert(xs, 0, 0))\n    return (c[w:] - c[:-w]) / w\nprint(running_mean({a}))",
            f"def normalize(x):\n    c = np.cumsum(x)\n    return c / c[-1]\nprint(normalize({a}))",
            f"try:\n    print({e})\nexcept Exception as e:\n    print(type(e).__name__, e)",
            f"try:\n    print(np.cumsum({a}, axis={self.n(1, 3)}))\nexcept Exception as e:\n    print(type(e).__name__, e)",
            f"try:\n    print(np.cumsum({a}, dtype={self.pick(['np.str_', 'str', 'object', 'np.bool_', 'bool'])}))\nexcept Exception as e:\n    print(type(e).__name__, e)",
            f"try:\n    np.cumsum({a}, out=np.zeros({self.n(1, 4)}))\nexcept Exception as e:\n    print(type(e).__name__, e)",
            f"try:\n    print({a} + np.arange({self.n(1, 5)}))\nexcept Exception as e:\n    print(type(e).__name__, ':', e)",
            f"try:\n    print({a}[{self.n(5, 20)}])\nexcept IndexError as e:\n    print('IndexError:', e)",
            f"try:\n    print(int({a}))\nexcept (TypeError, ValueError) as e:\n    print(type(e).__name__, e)",
            f"try:\n    print(f'{{{a}:.2f}}')\nexcept Exception as e:\n    print(type(e).__name__, e)",
            f"try:\n    print('{{:.2f}}'.format({a}))\nexcept Exception as e:\n    print(type(e).__name__, e)",
            f"try:\n    print(f'{{np.cumsum({a}):>8}}')\nexcept Exception as e:\n    print(type(e).__name__, e)",
            f"try:\n    print(np.cumulative_sum({a}.reshape(1, -1)))\nexcept Exception as e:\n    print(type(e).__name__, e)",
            f"out = np.empty({a}.shape, dtype=np.{self.pick(DTYPES)})\ntry:\n    np.cumsum({a}, out=out)\n    print(out)\nexcept Exception as e:\n    print(type(e).__name__, e)",
            f"out = np.zeros_like({a})\nr = np.cumsum({a}, out=out)\nprint(r is out, out)",
            f"b = {a}.copy()\nb[b < 0] = 0\nprint(b, b.cumsum())",
            f"b = {a}.astype(float)\nb[::2] = np.nan\nprint(np.nancumsum(b), np.cumsum(b))",
            f"b = np.cumsum({a})\nb[-1] = {self.n(0, 9)}\nprint(b)",
            f"idx = np.argsort({a})\nprint(idx, {a}[idx], np.cumsum({a}[idx]))",
            f"mask = {a} > np.mean({a})\nprint(mask, mask.sum(), np.cumsum(mask))",
            f"print(np.cumsum({a}).round(2), np.cumsum({a}).astype(int))",
            f"print(*np.cumsum({a}))",
            f"print(*np.cumsum({a}), sep=', ')",
            f"print(np.array2string(np.cumsum({a}), precision=2, separator=', '))",
            f"print(', '.join(f'{{v:.1f}}' for v in np.cumsum({a})))",
            f"print(' | '.join(map(str, np.cumsum({a}))))",
            f"print(str(np.cumsum({a})), repr(np.cumsum({a})[0]))",
            f"print(type(np.cumsum({a})[0]), type({s}))",
            f"print({s} == {s}, {s} > 0, isinstance({s}, float), isinstance({s}, int))",
            f"total = 0\nfor v in {a}:\n    total = total + v\nprint(total, type(total))",
            f"vals = []\nfor v in np.nditer({a}):\n    vals.append(int(v))\nprint(vals)",
            f"i = 0\nc = np.cumsum({a})\nwhile i < len(c) and c[i] < {self.n(0, 20)}:\n    i += 1\nprint(i)",
            f"stats = {{'mean': {a}.mean(), 'std': {a}.std(), 'cum': np.cumsum({a})[-1]}}\nfor k, v in stats.items():\n    print(f'{{k:>6}}: {{v:.3f}}')",
            f"print('Total: {{}} Mean: {{:.2f}}'.format({a}.sum(), {a}.mean()))",
            f"print('%s has %d items' % (np.cumsum({a}), {a}.size))",
            f"print(np.cumsum({a}).sum() / len({a}))",
            f"print(np.cumsum({a})[np.cumsum({a}) % 2 == 0])",
            f"print(round({s}, 2), round(float({s}), 2))",
            f"print(f'{{{s}:.2%}}')",
            f"print(np.set_printoptions(precision={self.n(1, 4)}) or np.cumsum({a} / 7))",
            f"with np.printoptions(precision=2, suppress=True):\n    print(np.cumsum({a} / 3))",
            f"np.set_printoptions(suppress=True)\nprint(np.cumsum({a} * 1e-5))",
            f"print(np.cumsum({a}, dtype=float), np.cumsum({a}, dtype=np.float32)[-1])",
        ])

    def program(self):
        lines = ["import numpy as np"]
        if self.n(0, 7) == 0:
            lines.append(f"rng = np.random.default_rng({self.seed()})")
            mk = self.pick([f"rng.integers(0, 10, {self.n(1, 10)})", f"rng.normal(size={self.n(1, 10)})",
                            f"rng.random(({self.n(1, 3)}, {self.n(1, 4)}))", f"rng.choice([-1, 1], size={self.n(1, 10)})"])
            lines.append(f"a = {mk}")
            nd = 2 if "((" in mk else 1
        elif self.n(0, 3) == 0:
            lines.append(f"a = {self.array2d()}")
            nd = 2
        else:
            lines.append(f"a = {self.array1d()}")
            nd = 1
        if self.n(0, 4) == 0:
            lines.append("print(a)")
        for _ in range(self.n(1, 4)):
            lines.append(self.python_stmt("a", nd))
        return "\n".join(lines) + "\n"


def run_one(path, npcalc):
    py = "/work/main/.oracle/bin/python"

    def go(cmd):
        try:
            r = subprocess.run(cmd, capture_output=True, text=True, timeout=10, cwd=path.parent)
        except subprocess.TimeoutExpired:
            return "TIMEOUT", "TIMEOUT"
        err = [l for l in r.stderr.strip().split("\n") if l.strip()]
        last = err[-1] if err and r.returncode != 0 else ""
        if "panicked" in r.stderr:
            last = "PANIC " + r.stderr.strip()[:300]
        return r.stdout, last

    return path, go([py, "-W", "ignore", path.name]), go(["timeout", "10", npcalc, path.name])


def main():
    if sys.argv[1] == "gen":
        d, n, seed = pathlib.Path(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
        d.mkdir(parents=True, exist_ok=True)
        g = Gen(random.Random(seed))
        for i in range(n):
            (d / f"p{i:05d}.py").write_text(g.program())
        return
    d, npcalc = pathlib.Path(sys.argv[2]), str(pathlib.Path(sys.argv[3]).resolve())
    jobs = int(sys.argv[4]) if len(sys.argv) > 4 else 2
    files = sorted(d.glob("p*.py"))
    bad = []
    with concurrent.futures.ThreadPoolExecutor(jobs) as ex:
        for path, want, got in ex.map(lambda p: run_one(p, npcalc), files):
            if want != got:
                bad.append((path, want, got))
    # npcalc's refusals name npcalc; they are expected where a feature is missing.
    refused = [b for b in bad if "npcalc" in b[2][0] + b[2][1]]
    bad = [b for b in bad if b not in refused]
    with open(d / "report.txt", "w") as f:
        for path, want, got in bad:
            wl, gl = want[0].split("\n"), got[0].split("\n")
            first = next((i for i in range(max(len(wl), len(gl))) if i >= len(wl) or i >= len(gl) or wl[i] != gl[i]), None)
            f.write(f"=== {path.name}\n{path.read_text()}--- want (line {first}): {wl[first] if first is not None and first < len(wl) else ''}\n")
            f.write(f"--- got: {gl[first] if first is not None and first < len(gl) else ''}\n")
            f.write(f"--- exc want: {want[1]}\n--- exc got:  {got[1]}\n")
    print(f"{len(files)} programs, {len(files) - len(bad) - len(refused)} match, "
          f"{len(refused)} refused, {len(bad)} differ")


main()
