"""Differential programs for np.strings / np.char and np.poly1d with the old
polynomial functions: random programs of ~25 operations each, every result
printed with repr() and every statement wrapped so that an exception prints
`type(e).__name__, e` and the program goes on.

    gen_strings_poly.py DIR [COUNT] [SEED]   write DIR/prog_NNN.py
    gen_strings_poly.py compare DIR NPCALC   run each program under npcalc
                                             and this Python, print each
                                             statement whose output differs
                                             (differential.py, shared by the
                                             generators)

Run the generator under any Python; run `compare` under the oracle
(/work/main/.oracle/bin/python) since it runs the programs with
sys.executable. The same seed always writes the same programs.
"""
import random

from differential import main

WORDS = ["", "a", "abc", "Hello", "hello world", "  pad  ", "ABC", "x1y2", "123",
         "007", "-42", "+3", "3.5", "Title Case", "mIxEd", "é", "Straße", "ﬁne",
         "٣٤", "½", "ǅemal", "\t tab\n", "aaa", "ababab", "a-b-c", "中文字", "x" * 12,
         "%s", "%d|%5.2f", "%r", "%(k)s", "1\n2", "  ", "Ⅻ", "Σίσυφος"]
SUBS = ["a", "b", "", "ab", "-", " ", "l", "o", "é", "X", "aa", "%"]
FILLS = ["' '", "'*'", "'é'", "'ab'", "''", "1", "'0'"]


def pick(rng, xs):
    return rng.choice(xs)


def words(rng, n):
    return [pick(rng, WORDS) for _ in range(n)]


def text_operand(rng):
    """A source expression for something np.strings takes as text."""
    r = rng.random()
    if r < 0.45:
        return f"np.array({words(rng, rng.randint(1, 5))!r})"
    if r < 0.55:
        w = words(rng, 4)
        return f"np.array([{w[:2]!r}, {w[2:]!r}])"
    if r < 0.65:
        return f"np.array({words(rng, 3)!r}, dtype='<U{rng.randint(1, 8)}')"
    if r < 0.72:
        return repr(pick(rng, WORDS))
    if r < 0.78:
        return f"np.str_({pick(rng, WORDS)!r})"
    if r < 0.84:
        return repr(words(rng, rng.randint(1, 3)))
    if r < 0.88:
        return "np.array([], dtype='<U3')"
    if r < 0.92:
        return f"np.array({pick(rng, WORDS)!r})"
    # numbers where text is expected
    return pick(rng, ["3", "np.array([1, 2])", "2.5", "None",
                      "np.array([1.5])", "True"])


def int_operand(rng):
    r = rng.random()
    if r < 0.6:
        return str(rng.randint(-3, 12))
    if r < 0.8:
        return f"np.array({[rng.randint(-2, 9) for _ in range(rng.randint(1, 3))]!r})"
    return pick(rng, ["2.0", "'3'", "None", "np.int8(4)", "np.uint8(3)", "True",
                      "2**70", "np.array([[1], [4]])"])


def sub_operand(rng):
    r = rng.random()
    if r < 0.7:
        return repr(pick(rng, SUBS))
    if r < 0.9:
        return f"np.array({[pick(rng, SUBS) for _ in range(rng.randint(1, 3))]!r})"
    return pick(rng, ["1", "None", "np.array([1])"])


def strings_op(rng):
    mod = pick(rng, ["np.strings", "np.strings", "np.char"])
    a = text_operand(rng)
    kind = rng.randrange(14)
    if kind == 0:
        f = pick(rng, ["upper", "lower", "capitalize", "title", "swapcase"])
        return f"{mod}.{f}({a})"
    if kind == 1:
        f = pick(rng, ["isalpha", "isdigit", "isnumeric", "isdecimal", "isspace",
                       "isupper", "islower", "istitle", "isalnum", "str_len"])
        return f"{mod}.{f}({a})"
    if kind == 2:
        f = pick(rng, ["find", "rfind", "index", "rindex", "count", "startswith",
                       "endswith"])
        extra = ""
        if rng.random() < 0.4:
            extra = f", {int_operand(rng)}"
            if rng.random() < 0.5:
                extra += f", {pick(rng, [int_operand(rng), 'None'])}"
        return f"{mod}.{f}({a}, {sub_operand(rng)}{extra})"
    if kind == 3:
        f = pick(rng, ["center", "ljust", "rjust"])
        fill = f", {pick(rng, FILLS)}" if rng.random() < 0.5 else ""
        return f"{mod}.{f}({a}, {int_operand(rng)}{fill})"
    if kind == 4:
        return f"{mod}.zfill({a}, {int_operand(rng)})"
    if kind == 5:
        f = pick(rng, ["strip", "lstrip", "rstrip"])
        chars = f", {pick(rng, ['None', repr(' a'), repr('x'), repr(''), '1'])}" \
            if rng.random() < 0.5 else ""
        return f"{mod}.{f}({a}{chars})"
    if kind == 6:
        cnt = f", {int_operand(rng)}" if rng.random() < 0.4 else ""
        return f"{mod}.replace({a}, {sub_operand(rng)}, {sub_operand(rng)}{cnt})"
    if kind == 7:
        f = pick(rng, ["partition", "rpartition"])
        return f"{mod}.{f}({a}, {sub_operand(rng)})"
    if kind == 8:
        return f"{mod}.add({a}, {text_operand(rng)})"
    if kind == 9:
        return f"{mod}.multiply({a}, {int_operand(rng)})"
    if kind == 10:
        vals = pick(rng, ["3", "2.5", "'x'", "(1, 2)", "np.array([1, 2])",
                          "{'k': 1}", "[1, 2]", "None"])
        return f"{mod}.mod({a}, {vals})"
    if kind == 11:
        f = pick(rng, ["equal", "not_equal", "less", "less_equal", "greater",
                       "greater_equal"])
        return f"{mod}.{f}({a}, {text_operand(rng)})"
    if kind == 12:
        op = pick(rng, ["+", "==", "<", ">=", "!=", "*", "%"])
        b = int_operand(rng) if op in "*%" else text_operand(rng)
        return f"{a} {op} {b}"
    f = pick(rng, ["split", "rsplit", "join", "splitlines"])
    if f == "join":
        return f"np.char.join({sub_operand(rng)}, {a})"
    arg = f", {sub_operand(rng)}" if f != "splitlines" and rng.random() < 0.6 else ""
    return f"np.char.{f}({a}{arg})"


def coeffs(rng):
    n = rng.randint(0, 4)
    r = rng.random()
    if r < 0.5:
        cs = [rng.randint(-4, 4) for _ in range(n)]
    elif r < 0.8:
        cs = [round(rng.uniform(-3, 3), rng.randint(0, 2)) for _ in range(n)]
    elif r < 0.9:
        cs = [0] * rng.randint(0, 2) + [rng.randint(-3, 3) for _ in range(n)]
    else:
        return pick(rng, ["[1j, 2]", "[[1, 2], [3, 4]]", "[]", "[0.0]", "[True, False]",
                          "np.array([1, 2], dtype=np.int8)"])
    return repr(cs)


def poly_operand(rng, names):
    r = rng.random()
    if r < 0.4 and names:
        return pick(rng, names)
    if r < 0.8:
        var = f", variable={pick(rng, ['t', 'z', 'lam'])!r}" if rng.random() < 0.3 else ""
        rr = ", r=True" if rng.random() < 0.1 else ""
        return f"np.poly1d({coeffs(rng)}{rr}{var})"
    return coeffs(rng)


def point(rng):
    return pick(rng, ["0", "1", "-2", "0.5", "2.5", "np.array([0, 1, 2])", "1j",
                      "[1, 2]", "np.array([[1, 2], [3, 4]])", "np.float32(1.5)",
                      "np.int8(3)", "True"])


def poly_op(rng, names):
    """An operation's source, and whether its result is a new poly1d."""
    p = poly_operand(rng, names)
    kind = rng.randrange(12)
    if kind == 0:
        var = f", variable={pick(rng, ['s', 'y', 'w'])!r}" if rng.random() < 0.5 else ""
        return f"np.poly1d({coeffs(rng)}{var})", True
    if kind == 1:
        op = pick(rng, ["+", "-", "*", "==", "!="])
        return f"{p} {op} {poly_operand(rng, names)}", False
    if kind == 2:
        op = pick(rng, ["+", "-", "*", "/", "**"])
        k = pick(rng, ["2", "0", "3", "1.5", "-1", "np.int64(2)"])
        return f"{p} {op} {k}" if rng.random() < 0.7 else f"{k} {op} {p}", False
    if kind == 3:
        return f"np.poly1d({coeffs(rng)})({point(rng)})", False
    if kind == 4:
        m = pick(rng, ["", "2", "0", "3", "-1"])
        return f"np.poly1d({coeffs(rng)}).deriv({m})", False
    if kind == 5:
        args = pick(rng, ["", "2", "1, 3", "2, [1, 2]", "m=1, k=0.5", "0", "-1"])
        return f"np.poly1d({coeffs(rng)}).integ({args})", False
    if kind == 6:
        attr = pick(rng, ["c", "coeffs", "order", "o", "variable", "coef",
                          "coefficients"])
        return f"np.poly1d({coeffs(rng)}).{attr}", False
    if kind == 7:
        f = pick(rng, ["str", "repr", "len", "list"])
        return f"{f}({poly_operand(rng, names)})", False
    if kind == 8:
        return f"np.polyval({poly_operand(rng, names)}, {point(rng)})", False
    if kind == 9:
        f = pick(rng, ["polyadd", "polysub", "polymul", "polydiv"])
        return f"np.{f}({poly_operand(rng, names)}, {poly_operand(rng, names)})", False
    if kind == 10:
        f = pick(rng, ["polyder", "polyint"])
        m = pick(rng, ["", ", 2", ", 0", ", m=3"])
        if f == "polyint" and rng.random() < 0.3:
            m = pick(rng, [", 2, [1, 2]", ", 1, 3", ", k=[1]"])
        return f"np.{f}({poly_operand(rng, names)}{m})", False
    return f"np.poly({pick(rng, ['[1, 2]', '[0.5, -0.5, 1]', '[]', '[1j, -1j]', '[2]'])})", False


def program(rng):
    lines = ["import numpy as np", ""]
    names = []
    for i in range(25):
        made = False
        if rng.random() < 0.5:
            expr = strings_op(rng)
        else:
                expr, made = poly_op(rng, names)
        name = f"v{i}"
        # The marker line lets a difference be traced to its statement.
        lines += [f"print('# {name}')", "try:", f"    {name} = {expr}", f"    print(repr({name}))",
                  "except Exception as e:", "    print(type(e).__name__, e)"]
        if made:
            names.append(name)
    return "\n".join(lines) + "\n"



if __name__ == "__main__":
    main(program)
