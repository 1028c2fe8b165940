"""Probe every callable npcalc offers with the calls that must fail in
argument binding, and print where npcalc's error differs from Python's.

    .oracle/bin/python tests/oracle/arg_errors_probe.py [NPCALC] [FILTER]

The candidates are the public callables of each namespace in the oracle;
npcalc itself says which of them it offers (an attribute lookup that
succeeds). For each, the error calls come from the real signature
(`inspect.signature`, i.e. `__text_signature__` for C functions): no
arguments, one argument short, one positional too many, an unknown keyword,
a positional-only parameter by name, and a parameter given by position and
name. Both sides run the same generated script; only the outcomes of the
calls (exception class and message, or "ok") are compared.
"""

import builtins
import inspect
import os
import subprocess
import sys
import tempfile

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
NPCALC = os.path.join(ROOT, "target", "release", "npcalc")

# Callables whose call would wait for a person or leave the program.
SKIP = {"input", "exit", "quit", "help", "breakpoint", "open", "exec", "eval",
        "compile", "__import__", "globals", "locals", "vars", "dir",
        "copyright", "credits", "license", "sleep", "show_config",
        "show_runtime", "info", "test"}

IMPORTS = ("import numpy as np\nimport math, itertools, operator, functools, "
           "statistics, time, random, collections, warnings\n")

# (expression prefix, the object whose attributes are candidates: an
# instance for methods, so that signatures come bound, without `self`)
NAMESPACES = [
    ("", builtins),
    ("np.", np),
    ("np.arange(3.0).", np.arange(3.0)),
    ("np.add.", np.add),
    ("np.linalg.", np.linalg),
    ("np.random.", np.random),
    ("np.random.default_rng(0).", np.random.default_rng(0)),
    ("np.ma.", np.ma),
    ("math.", __import__("math")),
    ("itertools.", __import__("itertools")),
    ("operator.", __import__("operator")),
    ("functools.", __import__("functools")),
    ("statistics.", __import__("statistics")),
    ("time.", __import__("time")),
    ("random.", __import__("random")),
    ("collections.", __import__("collections")),
    ("warnings.", __import__("warnings")),
    ("'ab'.", 'ab'),
    ("[1].", [1]),
    ("{1: 2}.", {1: 2}),
    ("{1}.", {1}),
    ("(1).", (1)),
    ("(1.0).", (1.0)),
]


def candidates():
    for prefix, ns in NAMESPACES:
        for name in dir(ns):
            if name.startswith("_") or name in SKIP:
                continue
            try:
                obj = getattr(ns, name)
            except Exception:  # a property that fails (`mT` of a 1-d array)
                continue
            if not callable(obj):
                continue
            # Classes are constructors with their own rules; builtins'
            # classes (int, list, zip, …) are still probed.
            if isinstance(obj, type) and ns is not builtins:
                continue
            yield prefix + name, obj


def guard(expr):
    return f"try:\n    {expr}\n    print('ok')\nexcept BaseException as e:\n    print(type(e).__name__ + ': ' + str(e))\n"


def run(exe, script):
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as f:
        f.write(script)
    try:
        p = subprocess.run(exe + [f.name], capture_output=True, text=True, timeout=300)
    finally:
        os.unlink(f.name)
    return p.stdout.splitlines(), p.stderr


def calls(expr, obj):
    """The failing calls for one callable, from its signature."""
    try:
        sig = inspect.signature(obj)
    except (ValueError, TypeError):
        # No signature: the generic probes only.
        return [f"{expr}()", f"{expr}(zzz=0)", f"{expr}(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)"]
    params = list(sig.parameters.values())
    P = inspect.Parameter
    positional = [p for p in params if p.kind in (P.POSITIONAL_ONLY, P.POSITIONAL_OR_KEYWORD)]
    required = [p for p in positional if p.default is P.empty]
    varargs = any(p.kind == P.VAR_POSITIONAL for p in params)
    varkw = any(p.kind == P.VAR_KEYWORD for p in params)
    out = []
    if required or any(p.kind == P.KEYWORD_ONLY and p.default is P.empty for p in params):
        out.append(f"{expr}()")
    if len(required) >= 2:
        out.append(f"{expr}({', '.join(['0'] * (len(required) - 1))})")
    if not varargs:
        out.append(f"{expr}({', '.join(['0'] * (len(positional) + 1))})")
    if not varkw:
        out.append(f"{expr}(zzz=0)")
        if required:
            out.append(f"{expr}({', '.join(['0'] * len(required))}, zzz=0)")
    for p in positional:
        if p.kind == P.POSITIONAL_ONLY:
            out.append(f"{expr}({p.name}=0)")
            break
    for i, p in enumerate(positional):
        if p.kind == P.POSITIONAL_OR_KEYWORD:
            out.append(f"{expr}({', '.join(['0'] * (i + 1))}, {p.name}=0)")
            break
    return out


def main():
    exe = sys.argv[1] if len(sys.argv) > 1 else NPCALC
    only = sys.argv[2] if len(sys.argv) > 2 else ""
    cands = [(e, o) for e, o in candidates() if only in e]
    # Which of the candidates npcalc offers.
    lines, err = run([exe], IMPORTS + "".join(guard(e) for e, _ in cands))
    if len(lines) != len(cands):
        sys.exit(f"npcalc answered {len(lines)} of {len(cands)} lookups:\n{err}")
    offered = [(e, o) for (e, o), r in zip(cands, lines) if r == "ok"]
    probes = [c for e, o in offered for c in calls(e, o)]
    script = IMPORTS + "".join(guard(c) for c in probes)
    want, err_py = run([sys.executable], script)
    got, err_np = run([exe], script)
    if len(want) != len(probes) or len(got) != len(probes):
        sys.exit(f"runs incomplete: oracle {len(want)}, npcalc {len(got)} of {len(probes)}\n{err_py}\n{err_np}")
    bad = 0
    for c, w, g in zip(probes, want, got):
        if w != g:
            bad += 1
            print(f"{c}\n  python: {w}\n  npcalc: {g}")
    print(f"{len(offered)} callables, {len(probes)} calls, {bad} differ", file=sys.stderr)


if __name__ == "__main__":
    main()
