"""Differential programs for array arithmetic and in-place operators across
dtypes and layouts: random programs of ~25 operations each. Operands are
arrays of eleven dtypes made by np.array/arange/linspace/ones, their views
(steps, negative steps, transposes, broadcast rows and columns, 0-d, empty),
Python and NumPy scalars and lists; operations are + - * / // % ** and the
comparisons, their op= forms (on views, on overlapping views such as
`t[1:] += t[:-1]`, and ones whose cast fails), ufunc calls with out=,
dtype= and casting=, np.errstate around all of them, each followed by a
cumsum or cumprod of its result. Every result is printed with
`print(repr(x), x.dtype)`, every statement is wrapped so that an exception
prints `type(e).__name__, e` and the program goes on, and warnings are
shown always (on stderr).

    gen_arith_layouts.py DIR [COUNT] [SEED]   write DIR/prog_NNN.py
    gen_arith_layouts.py compare DIR NPCALC   run each program under npcalc
                                              and this Python, print each
                                              statement whose stdout differs
                                              and each differing stderr
                                              (differential.py, shared by the
                                              generators)

Run the generator under any Python; run `compare` under the oracle
(/work/main/.oracle/bin/python) since it runs the programs with
sys.executable. The same seed always writes the same programs.
"""
import random

from differential import main

DTYPES = ["bool", "int8", "int16", "int32", "int64", "uint8", "uint64",
          "float16", "float32", "float64", "complex128"]
# Values each dtype holds exactly, edges included, so that np.array(...)
# itself never fails and the arithmetic reaches the overflow paths.
VALUES = {
    "bool": ["True", "False"],
    "int8": ["0", "1", "-1", "3", "-7", "100", "127", "-128"],
    "int16": ["0", "2", "-5", "300", "32767", "-32768", "-1"],
    "int32": ["0", "7", "-3", "65536", "2147483647", "-2147483648"],
    "int64": ["0", "5", "-2", "3037000500", "9223372036854775807",
              "-9223372036854775808"],
    "uint8": ["0", "1", "3", "200", "255", "17"],
    "uint64": ["0", "1", "6", "18446744073709551615", "9223372036854775808"],
    "float16": ["0.0", "-0.0", "1.5", "0.1", "65504.0", "-3.25", "float('nan')",
                "float('inf')"],
    "float32": ["0.0", "2.5", "-1.0", "0.1", "3.4e38", "1e-40", "float('nan')",
                "-float('inf')"],
    "float64": ["0.0", "-0.0", "1.5", "0.1", "1e308", "-2.0", "float('nan')",
                "float('inf')", "5e-324"],
    "complex128": ["0j", "1+2j", "-1.5j", "3+0j", "complex(float('inf'), 1)",
                   "complex(0, float('nan'))", "1e308+1e308j"],
}
PY_SCALARS = ["0", "1", "2", "-3", "7", "300", "-129", "2**31", "2**63", "2**64",
              "-2**63", "0.5", "-0.0", "2.0", "1e300", "float('nan')", "float('inf')",
              "True", "False", "1j", "2-0.5j", "-1"]
NP_SCALARS = ["np.int8(-5)", "np.int8(127)", "np.uint8(200)", "np.int16(3)",
              "np.int32(-7)", "np.int64(2)", "np.uint64(3)", "np.uint64(2**63)",
              "np.float16(0.5)", "np.float32(3.5)", "np.float64(-0.25)",
              "np.complex128(1-1j)", "np.bool_(True)", "np.float32('nan')",
              "np.int64(0)", "np.float16(65504)"]
BINOPS = ["+", "-", "*", "/", "//", "%", "**"]
CMPOPS = ["<", "<=", "==", "!=", ">", ">="]
UFUNCS = ["add", "subtract", "multiply", "true_divide", "divide", "floor_divide",
          "remainder", "mod", "power", "less", "greater_equal", "equal",
          "not_equal", "fmod"]
CASTINGS = ["'no'", "'equiv'", "'safe'", "'same_kind'", "'unsafe'"]


def pick(rng, xs):
    return rng.choice(xs)


def values(rng, dtype, n):
    return "[" + ", ".join(pick(rng, VALUES[dtype]) for _ in range(n)) + "]"


def fresh(rng, dtype, shape):
    """A new array of `dtype` and `shape` ((6,) or (2, 3)), built one of the
    four ways, possibly as a view with a step or reversed."""
    n = 6
    r = rng.randrange(7)
    if r == 0:
        base = f"np.arange({n}, dtype='{dtype}')" if dtype != "bool" \
            else f"(np.arange({n}) % 2 == 0)"
    elif r == 1:
        base = f"np.arange({2 * n}, dtype='{dtype}')[::2]" if dtype != "bool" \
            else f"np.array({values(rng, dtype, 2 * n)})[::2]"
    elif r == 2:
        base = f"np.linspace({pick(rng, ['-3', '0', '-1.5'])}, {pick(rng, ['3', '10', '0.5'])}, {n}, dtype='{dtype}')"
    elif r == 3:
        base = f"np.ones({n}, dtype='{dtype}')"
    else:
        base = f"np.array({values(rng, dtype, n)}, dtype='{dtype}')"
    if rng.random() < 0.25:
        base += "[::-1]"
    if shape == (2, 3):
        if rng.random() < 0.3:
            return f"{base}.reshape(3, 2).T"
        if rng.random() < 0.15:
            return f"np.ascontiguousarray({base}.reshape(3, 2)[::-1].T)"
        return f"{base}.reshape(2, 3)"
    return base


def array_operand(rng, shape):
    dtype = pick(rng, DTYPES)
    r = rng.random()
    if r < 0.7:
        return fresh(rng, dtype, shape)
    if r < 0.8 and shape == (2, 3):
        # broadcast row or column
        if rng.random() < 0.5:
            return f"np.array({values(rng, dtype, 3)}, dtype='{dtype}')"
        return f"np.array({values(rng, dtype, 2)}, dtype='{dtype}')[:, None]"
    if r < 0.88:
        return f"np.array({pick(rng, VALUES[dtype])}, dtype='{dtype}')"  # 0-d
    if r < 0.93:
        return f"np.zeros(0, dtype='{dtype}')"
    return f"{fresh(rng, dtype, (6,))}[{pick(rng, ['0', '-1', '2'])}]"  # NumPy scalar


def operand(rng, shape):
    r = rng.random()
    if r < 0.55:
        return array_operand(rng, shape)
    if r < 0.75:
        return pick(rng, PY_SCALARS)
    if r < 0.92:
        return pick(rng, NP_SCALARS)
    dtype = pick(rng, ["int8", "float64", "bool", "complex128", "int64"])
    return values(rng, dtype, 6 if shape == (6,) else 3)


def binary(rng, shape, ops):
    left, right = operand(rng, shape), operand(rng, shape)
    if not any(s.startswith("np.") or s.startswith("(np.") for s in (left, right)):
        left = array_operand(rng, shape)
    return f"{left} {pick(rng, ops)} {right}"


def inplace(rng, shape):
    """(setup lines, the op= statement, the target to print)."""
    dtype = pick(rng, DTYPES)
    op = pick(rng, BINOPS)
    r = rng.randrange(5)
    if r == 0:
        return [f"t = {fresh(rng, dtype, shape)}"], f"t {op}= {operand(rng, shape)}", "t"
    if r == 1:
        view = pick(rng, ["[::2]", "[::-1]", "[1:4]", "[::-2]", "[2:2]"])
        return [f"t = np.arange(12, dtype='{dtype}')"], \
            f"t{view} {op}= {operand(rng, (6,))}", "t"
    if r == 2:
        left, right = pick(rng, [("[1:]", "[:-1]"), ("[:-1]", "[1:]"),
                                 ("[::-1]", ""), ("[1:]", "[:-1][::-1]"),
                                 ("[::2]", "[1::2]"), ("[2:]", "[:-2]")])
        return [f"t = {fresh(rng, dtype, (6,))}.copy()"], f"t{left} {op}= t{right}", "t"
    if r == 3:
        # op= into a transposed view (`t.T op= x` itself only raises:
        # Python sets the attribute back, and `T` is read-only).
        stmt = f"u {op}= np.transpose({operand(rng, (2, 3))})" if rng.random() < 0.5 \
            else f"u[::-1] {op}= t[:, ::-1].T"
        return [f"t = np.arange(6, dtype='{dtype}').reshape(2, 3)", "u = t.T"], stmt, "t"
    # casting failures and successes of the kind lessons show
    return [f"t = {fresh(rng, pick(rng, ['int8', 'int64', 'uint8', 'bool', 'float32', 'int32']), shape)}"], \
        f"t {op}= {pick(rng, ['0.5', '1j', 'np.float64(2.0)', '2', '-1', 'True', 'np.uint64(1)', '300'])}", "t"


def ufunc_call(rng, shape):
    f = pick(rng, UFUNCS)
    args = [operand(rng, shape), operand(rng, shape)]
    if not any(a.startswith("np.") for a in args):
        args[0] = array_operand(rng, shape)
    setup = []
    kw = []
    if rng.random() < 0.5:
        out_dtype = pick(rng, DTYPES)
        shp = "6" if shape == (6,) else "(2, 3)"
        setup.append(f"o = np.zeros({shp}, dtype='{out_dtype}')")
        if rng.random() < 0.2:
            setup.append(f"o = np.zeros({'12' if shape == (6,) else '(2, 6)'}, dtype='{out_dtype}')[..., ::2]")
        kw.append(pick(rng, ["out=o", "out=(o,)", "o"]))
    if rng.random() < 0.4:
        kw.append(f"dtype='{pick(rng, DTYPES)}'")
    if rng.random() < 0.5:
        kw.append(f"casting={pick(rng, CASTINGS)}")
    return setup, f"np.{f}({', '.join(args + kw)})", "o" if setup else None


def errstate(rng):
    keys = []
    for k in rng.sample(["all", "over", "divide", "invalid", "under"], rng.randint(1, 2)):
        keys.append(f"{k}='{pick(rng, ['raise', 'ignore', 'warn', 'raise'])}'")
    return f"np.errstate({', '.join(keys)})"


def accumulate(rng, name):
    f = pick(rng, ["np.cumsum", "np.cumprod", "np.cumsum", "np.cumulative_sum"])
    extra = ""
    if rng.random() < 0.25:
        extra = f", dtype='{pick(rng, DTYPES)}'"
    elif rng.random() < 0.2:
        extra = ", axis=0"
    return f"{f}({name}{extra})"


def statement(rng, name):
    """The body lines (unindented) of one wrapped statement."""
    shape = pick(rng, [(6,), (6,), (2, 3)])
    kind = rng.random()
    body, shown = [], name
    if kind < 0.4:
        body.append(f"{name} = {binary(rng, shape, BINOPS)}")
    elif kind < 0.52:
        body.append(f"{name} = {binary(rng, shape, CMPOPS)}")
    elif kind < 0.8:
        setup, stmt, target = inplace(rng, shape)
        body += setup + [stmt, f"{name} = {target}"]
    else:
        setup, call, out = ufunc_call(rng, shape)
        body += setup + [f"{name} = {call}"]
        if out:
            body.append(f"print(repr({out}), {out}.dtype)")
    lines = []
    if rng.random() < 0.3:
        lines.append(f"with {errstate(rng)}:")
        lines += ["    " + b for b in body]
        lines += [f"    print(repr({shown}), {shown}.dtype)",
                  f"    c = {accumulate(rng, shown)}"]
    else:
        lines += body + [f"print(repr({shown}), {shown}.dtype)",
                         f"c = {accumulate(rng, shown)}"]
    lines.append("print(repr(c), c.dtype)")
    return lines


def program(rng):
    lines = ["import warnings", "import numpy as np", "", "warnings.simplefilter('always')", ""]
    for i in range(25):
        name = f"v{i}"
        # The marker line lets a difference be traced to its statement.
        lines += [f"print('# {name}')", "try:"]
        lines += ["    " + l for l in statement(rng, name)]
        lines += ["except Exception as e:", "    print(type(e).__name__, e)"]
    return "\n".join(lines) + "\n"



if __name__ == "__main__":
    main(program)
