"""The shared half of the differential generators (gen_*.py): writing a
generator's programs and comparing npcalc with this Python on them. A program
marks each statement with a `print('# vN')` line, so a difference is shown
under the statement that made it; warnings are compared by category and
message, in order.

    from differential import main
    main(program)     # program(rng) -> the text of one program

gives the generator its command line:

    gen_X.py DIR [COUNT] [SEED]   write DIR/prog_NNN.py
    gen_X.py compare DIR NPCALC   run each program under npcalc and this
                                  Python, print each statement whose stdout
                                  differs and each differing stderr
"""
import difflib
import os
import random
import re
import subprocess
import sys


def generate(program, directory, count, seed):
    rng = random.Random(seed)
    os.makedirs(directory, exist_ok=True)
    for k in range(count):
        with open(os.path.join(directory, f"prog_{k:03}.py"), "w") as f:
            f.write(program(rng))


def run(cmd):
    try:
        p = subprocess.run(cmd, capture_output=True, text=True, timeout=60)
        # A warning raised inside NumPy's Python code names that file, where
        # npcalc names the program's line: only category and message count.
        warnings = [m.group(1) for m in re.finditer(r"^\S.*?:\d+: (\w+Warning: .*)$",
                                                    p.stderr, re.M)]
        return p.stdout.splitlines() + [f"[exit {p.returncode}]"], warnings
    except subprocess.TimeoutExpired:
        return ["[timeout]"], []


def segments(lines):
    """Output lines grouped under the statement markers."""
    out, key = {}, "start"
    for line in lines:
        if line.startswith("# v"):
            key = line[2:]
        else:
            out.setdefault(key, []).append(line)
    return out


def compare(directory, npcalc):
    bad = 0
    for name in sorted(os.listdir(directory)):
        path = os.path.join(directory, name)
        (ours, our_err), (theirs, their_err) = run([npcalc, path]), run([sys.executable, path])
        if ours == theirs and our_err == their_err:
            continue
        bad += 1
        source = open(path).read().splitlines()
        ours, theirs = segments(ours), segments(theirs)
        for key in sorted(set(ours) | set(theirs), key=lambda k: (len(k), k)):
            if ours.get(key) != theirs.get(key):
                at = next((i for i, l in enumerate(source) if l == f"print('# {key}')"), None)
                stmt = "\n      ".join(source[at + 2:at + 8]) if at is not None else key
                print(f"== {path} {key}\n      {stmt}")
                print("\n".join("   PY " + l for l in theirs.get(key, [])))
                print("\n".join("   NC " + l for l in ours.get(key, [])))
        if our_err != their_err:
            print(f"== {path} stderr")
            for l in difflib.ndiff(their_err, our_err):
                if l[0] in "-+":
                    print(("   PY " if l[0] == "-" else "   NC ") + l[2:])
    print(f"{bad} programs differ")


def main(program):
    if sys.argv[1] == "compare":
        compare(sys.argv[2], sys.argv[3])
    else:
        generate(program, sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 400,
                 int(sys.argv[3]) if len(sys.argv) > 3 else 2026)
