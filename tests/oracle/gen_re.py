"""Differential programs for Python's re: random programs of 25 statements
each. A pattern is drawn from a small grammar (literals, classes and negated
classes, the escapes \\d \\w \\s \\b \\D \\W \\S \\B, `.`, greedy and lazy
quantifiers, {m,n}, groups numbered, named and non-capturing, alternation,
anchors ^ $ \\A \\Z, backreferences by number and name, lookahead and
lookbehind) with random flags, sometimes broken on purpose; a subject is
drawn from a few alphabets. Each statement prints findall, sub with a
template, split, a search's span and groups, or the exception.

    gen_re.py DIR [COUNT] [SEED]   write DIR/prog_NNN.py
    gen_re.py compare DIR NPCALC   run each program under npcalc and this
                                   Python, print each statement whose
                                   output differs (differential.py)

Run `compare` under the oracle (/work/main/.oracle/bin/python).
"""
from differential import main

ATOMS = ["a", "b", "ab", "1", "x", " ", "-", "\\.", "\\d", "\\w", "\\s", "\\D", "\\W", "\\S",
         ".", "[ab]", "[^a ]", "[0-9]", "[a-c1]", "[\\w-]", "[\\d.]", "é", "A"]
ZERO_WIDTH = ["\\b", "\\B", "^", "$", "\\A", "\\Z"]
QUANTS = ["*", "+", "?", "*?", "+?", "??", "{2}", "{1,3}", "{,2}", "{2,}", "{0,1}?", "{1,2}?"]
SUBJECTS = ["aab ab1 x-y", "a1b22c333", "  x  ", "", "abab\nbaba", "1.5 -2 30.25", "éA ab AB",
            "aaa", "a-b_c d", "x1 x22 x333\nx4", "ab\n", "--1--22--"]
FLAGS = ["", "", "", "re.I", "re.M", "re.S", "re.I | re.M", "re.A", "re.X"]


def node(rng, depth, groups):
    r = rng.random()
    if depth > 2 or r < 0.45:
        s = rng.choice(ATOMS)
    elif r < 0.55:
        s = rng.choice(ZERO_WIDTH)
    elif r < 0.75:
        inner = seq(rng, depth + 1, groups)
        kind = rng.choice(["num", "num", "named", "nc", "la", "nla", "lb", "nlb"])
        if kind == "num":
            groups.append(None)
            s = f"({inner})"
        elif kind == "named":
            name = f"g{len(groups)}"
            groups.append(name)
            s = f"(?P<{name}>{inner})"
        else:
            s = {"nc": "(?:{})", "la": "(?={})", "nla": "(?!{})", "lb": "(?<={})",
                 "nlb": "(?<!{})"}[kind].format(inner)
    elif r < 0.85 and groups:
        k = rng.randrange(len(groups))
        s = f"(?P={groups[k]})" if groups[k] and rng.random() < 0.5 else f"\\{k + 1}"
    else:
        s = seq(rng, depth + 1, groups) + "|" + seq(rng, depth + 1, groups)
        s = f"(?:{s})"
    if rng.random() < 0.35 and not s.startswith(("^", "$", "\\A", "\\Z", "\\b", "\\B")):
        s += rng.choice(QUANTS)
    return s


def seq(rng, depth, groups):
    return "".join(node(rng, depth, groups) for _ in range(rng.randint(1, 3)))


def pattern(rng):
    groups = []
    p = seq(rng, 0, groups)
    if rng.random() < 0.2:
        p += "|" + seq(rng, 1, groups)
    if rng.random() < 0.05:
        # Broken on purpose: the error and its position are compared.
        i = rng.randrange(len(p) + 1)
        p = p[:i] + rng.choice(["(", ")", "[", "*", "{1,", "(?", "\\"]) + p[i:]
    return p, groups


def statement(rng):
    p, groups = pattern(rng)
    s = rng.choice(SUBJECTS)
    flags = rng.choice(FLAGS)
    fl = f", flags={flags}" if flags else ""
    kind = rng.randrange(6)
    if kind == 0:
        return f"r = re.findall({p!r}, {s!r}{fl})"
    if kind == 1:
        repl = rng.choice(["<\\g<0>>", "-", "[\\1]", "\\g<1>\\g<1>", "", "(\\g<g0>)"])
        n = rng.choice(["", "", ", count=1", ", count=2"])
        return f"r = re.subn({p!r}, {repl!r}, {s!r}{n}{fl})"
    if kind == 2:
        n = rng.choice(["", "", ", maxsplit=1"])
        return f"r = re.split({p!r}, {s!r}{n}{fl})"
    if kind == 3:
        return (f"m = re.search({p!r}, {s!r}{fl}); "
                f"r = m and (m.span(), m.groups(), m.groupdict(), m.lastindex)")
    if kind == 4:
        return f"r = [(m.span(), m.group()) for m in re.finditer({p!r}, {s!r}{fl})]"
    return f"m = re.fullmatch({p!r}, {s!r}{fl}); r = m and (m.regs, m.lastgroup)"


def program(rng):
    lines = ["import re", ""]
    for i in range(25):
        name = f"v{i}"
        # The marker line lets a difference be traced to its statement.
        lines += [f"print('# {name}')", "try:", "    " + statement(rng),
                  "    print(repr(r))", "except Exception as e:",
                  "    print(type(e).__name__, e)"]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    main(program)
