"""Differential programs for formatting values as text: random programs of
25 statements each. Values are Python ints (small, huge, negative), floats
(subnormal, 1e16, 0.1+0.2, -0.0, inf, nan, near rounding ties), bools,
complex numbers, NumPy scalars of every dtype, np.str_, 0-d and small arrays;
they go through f-strings with random format specs (fill, align, sign, #, 0,
width, grouping, precision, type; nested `{x:{w}.{p}f}`, `!r`/`!s`/`!a`,
the `=` specifier), format(), str.format with indexes and attributes,
%-formatting with tuples and dicts, round(), str()/repr(),
np.format_float_positional/np.format_float_scientific with their options,
and np.array2string/np.array_repr with theirs. Invalid specs are generated
too, so that errors are compared. Every result is printed with repr(),
every statement is wrapped so that an exception prints
`type(e).__name__, e` and the program goes on.

    gen_format.py DIR [COUNT] [SEED]   write DIR/prog_NNN.py
    gen_format.py compare DIR NPCALC   run each program under npcalc and
                                       this Python, print each statement
                                       whose output differs (differential.py)

Run the generator under any Python; run `compare` under the oracle
(/work/main/.oracle/bin/python) since it runs the programs with
sys.executable. The same seed always writes the same programs.
"""
import random

from differential import main

INTS = ["0", "7", "-42", "255", "1234567", "-1000000", "2**70", "-(10**25)", "10**16", "True",
        "False"]
FLOATS = ["5e-324", "2.2250738585072014e-308", "1e16", "0.1+0.2", "-0.0", "float('inf')",
          "float('-inf')", "float('nan')", "2.5", "0.125", "1.005", "2.675", "0.5", "1.5",
          "123456.789", "1e-5", "1e22", "9.995", "12345678901234567.0", "-3.14159", "1/3",
          "100.0", "0.0001234", "1e300*10", "0.35", "-2.5"]
COMPLEX = ["1+2j", "-0.0-1j", "complex(1e16, 0.1)", "3j", "complex('nan+infj')", "(1/3)*1j+2"]
NP_SCALARS = ["np.float16(0.1)", "np.float16(65504)", "np.float32(0.1)", "np.float32(1e16)",
              "np.float32('nan')", "np.float32(-2.5)", "np.float64(2.675)", "np.float64(1e-7)",
              "np.int8(-128)", "np.int16(300)", "np.int32(-7)", "np.int64(10**15)",
              "np.uint8(255)", "np.uint16(65535)", "np.uint32(7)", "np.uint64(2**64-1)",
              "np.bool_(True)", "np.bool_(False)", "np.complex64(1+2j)",
              "np.complex128(complex(0.1, -3))", "np.str_('abc')", "np.float64(-0.0)",
              "np.float32(3.4028235e38)", "np.float16(-0.0)"]
STRINGS = ["'abc'", "''", "'héllo'", "'a\\tb'", "\"it's\""]
ARRAYS = ["np.array(1.5)", "np.array([1, 2])", "np.array([0.1, 1e-5])", "np.arange(3.0)",
          "np.array([1e-10, 1.0, 1e5])", "np.array([-0.5, 2.25])", "np.array([1+1j, 0.5j])",
          "np.array([True, False])", "np.array(3)", "np.array([[1.5, -2.0], [1e3, 0.0]])",
          "np.array([np.nan, np.inf, -1.0])", "np.array([123456789.0, 0.001])",
          "np.array([0.1, 0.2], dtype=np.float32)", "np.array(['a', 'bc'])"]
TYPES = list("bdoxXneEfFgG%sc") + ["", "", "", ""]


def pick(rng, xs):
    return rng.choice(xs)


def number(rng):
    return pick(rng, pick(rng, [INTS, FLOATS, FLOATS, COMPLEX, NP_SCALARS, NP_SCALARS]))


def value(rng):
    r = rng.random()
    if r < 0.8:
        return number(rng)
    if r < 0.9:
        return pick(rng, STRINGS)
    return pick(rng, ARRAYS)


def spec(rng):
    """A random format spec, valid or not for the value it meets."""
    s = ""
    if rng.random() < 0.3:
        if rng.random() < 0.4:
            s += pick(rng, "*0_é-")
        s += pick(rng, "<>^=")
    if rng.random() < 0.3:
        s += pick(rng, "+- ")
    if rng.random() < 0.05:
        s += "z"
    if rng.random() < 0.15:
        s += "#"
    if rng.random() < 0.15:
        s += "0"
    if rng.random() < 0.5:
        s += str(rng.randint(1, 14))
    if rng.random() < 0.2:
        s += pick(rng, ",_")
    if rng.random() < 0.5:
        s += "." + str(pick(rng, [0, 1, 2, 3, 5, 10, 17, 20]))
    s += pick(rng, TYPES)
    if rng.random() < 0.03:
        s += pick(rng, ["q", "dd", ".", ",_", "__"])
    return s


def percent(rng):
    flags = "".join(rng.sample("-+ #0", rng.randint(0, 2)))
    width = pick(rng, ["", "5", "8", "12", "*"])
    prec = pick(rng, ["", ".2", ".0", ".10", ".*"])
    conv = pick(rng, list("sdifeEgGxXorca%"))
    return f"%{flags}{width}{prec}{conv}"


def statement(rng):
    kind = rng.randrange(14)
    x = value(rng)
    if kind <= 2:
        return [f"x = {x}", f"r = f'{{x:{spec(rng)}}}'"]
    if kind == 3:
        w, p = rng.randint(0, 12), rng.randint(0, 8)
        t = pick(rng, "fegG%")
        return [f"x = {x}", f"w, p = {w}, {p}", f"r = f'{{x:{{w}}.{{p}}{t}}}|{{x:>{{w}}}}'"]
    if kind == 4:
        conv = pick(rng, ["!r", "!s", "!a"])
        tail = pick(rng, ["", ":>12", ":^9", ":.3", ":*<10"])
        return [f"x = {x}", f"r = f'{{x{conv}{tail}}}'"]
    if kind == 5:
        tail = pick(rng, ["", ":.2f", "!r", ":>8", ":e", "!s:^10"])
        return [f"x = {x}", f"r = f'{{x={tail}}} {{x = }}'"]
    if kind == 6:
        return [f"x = {x}", f"r = format(x, {spec(rng)!r}) + '|' + format(x)"]
    if kind == 7:
        y = number(rng)
        tmpl = pick(rng, ["{0} {1} {0}", "{1!r:>10}|{0:<6}", "{0.real}/{0.imag}",
                          "{a[0]} {a[1]:.3}", "{:{}}", "{:^{w}}|{w}", "{0:{1}}",
                          "{} {}", "{0} {}", "{z.real:+.2e}", "{[1]}"])
        return [f"x, y = {x}, {y}",
                f"r = {tmpl!r}.format(x, y if isinstance(y, int) and abs(y) < 100 else 9, a=[x, y], w=11, z=x)"]
    if kind == 8:
        p = percent(rng)
        n = p.count("*")
        args = ", ".join([str(rng.randint(1, 9))] * n + ["x"])
        tail = pick(rng, ["", "|%%", " %s" ])
        if tail == " %s":
            args += ", y"
        return [f"x, y = {x}, {value(rng)}", f"r = '{p}{tail}' % ({args},)"]
    if kind == 9:
        d = pick(rng, ["'%(a)s %(b)r'", "'%(a)-8.3f|%(b)5d'", "'%(a)x %(b)e'", "'%(c)s'"])
        return [f"x, y = {x}, {number(rng)}", f"r = {d} % {{'a': x, 'b': y}}"]
    if kind == 10:
        n = pick(rng, ["", ", 0", ", 1", ", 2", ", 3", ", -1", ", -2", ", None", ", 15"])
        return [f"x = {number(rng)}", f"r = round(x{n})", "r = (r, type(r).__name__)"]
    if kind == 11:
        return [f"x = {pick(rng, NP_SCALARS + ARRAYS)}", "r = (str(x), repr(x))"]
    if kind == 12:
        f = pick(rng, ["positional", "scientific"])
        opts = []
        for name, vals in [("precision", ["None", "0", "1", "3", "8"]),
                           ("unique", ["True", "False"]), ("trim", ["'k'", "'.'", "'0'", "'-'"]),
                           ("sign", ["True", "False"]), ("pad_left", ["None", "4"]),
                           ("min_digits", ["None", "2", "5"])] + (
                [("fractional", ["True", "False"]), ("pad_right", ["None", "6"])]
                if f == "positional" else [("exp_digits", ["None", "1", "4"])]):
            if rng.random() < 0.35:
                opts.append(f"{name}={pick(rng, vals)}")
        x = pick(rng, FLOATS + NP_SCALARS[:8] + ["np.float64(1e16)", "np.float16(0.0999)"])
        return [f"x = {x}", f"r = np.format_float_{f}({', '.join(['x'] + opts)})"]
    f = pick(rng, ["array2string", "array_repr", "array2string"])
    opts = []
    for name, vals in [("precision", ["None", "0", "2", "4", "8"]),
                       ("suppress_small", ["True", "False"])] + (
            [("floatmode", ["'fixed'", "'unique'", "'maxprec'", "'maxprec_equal'"]),
             ("sign", ["'+'", "' '", "'-'"]), ("separator", ["', '", "' '", "';'"])]
            if f == "array2string" else []):
        if rng.random() < 0.4:
            opts.append(f"{name}={pick(rng, vals)}")
    return [f"x = {pick(rng, ARRAYS)}", f"r = np.{f}({', '.join(['x'] + opts)})"]


def program(rng):
    lines = ["import numpy as np", ""]
    for i in range(25):
        name = f"v{i}"
        # The marker line lets a difference be traced to its statement.
        lines += [f"print('# {name}')", "try:"]
        lines += ["    " + l for l in statement(rng)]
        lines += ["    print(repr(r))", "except Exception as e:", "    print(type(e).__name__, e)"]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    main(program)
