"""Regenerates every expected output of the golden corpus (tests/golden/) and
of the teaching examples (examples/) by running them under real NumPy.

    .oracle/bin/python tests/oracle/regen.py            # everything
    .oracle/bin/python tests/oracle/regen.py CASE...    # just these case files

Each case NAME.py (script) or NAME.session (session) gets NAME.expected:
the exit status on the first line, then the lines of the events (exceptions
and warnings in order, each with all the lines of its message), a line `---`,
then stdout exactly. A case under tests/golden/tracebacks/ also gets
NAME.stderr: Python's whole stderr for `python NAME.py`, tracebacks byte for
byte, with the script's absolute path written as its file name.
"""
import json
import os
import pathlib
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]
HARNESS = ROOT / "tests" / "oracle" / "harness.py"


def blas_env(case):
    """OpenBLAS's kernel choice, pinned: Haswell for a case under a directory
    named *_haswell, SkylakeX (the corpus's AVX-512 machine) elsewhere, so
    that the last digits of BLAS results do not depend on this machine or on
    an OPENBLAS_CORETYPE in the environment. tests/golden.rs sets the same
    for npcalc."""
    core = "Haswell" if case.parent.name.endswith("_haswell") else "SkylakeX"
    return {**os.environ, "OPENBLAS_CORETYPE": core}


def expected(mode, case):
    r = subprocess.run([sys.executable, str(HARNESS), mode, str(case)], capture_output=True, text=True, cwd=case.parent, env=blas_env(case))
    if r.returncode != 0:
        raise SystemExit(f"harness failed on {case}:\n{r.stderr}")
    got = json.loads(r.stdout)
    lines = [line for e in got["events"] for line in e.split("\n")]
    if "---" in lines:
        raise SystemExit(f"{case}: an event has a line `---`, which would end the event lines")
    return f"{got['status']}\n" + "".join(line + "\n" for line in lines) + "---\n" + got["stdout"]


def whole_stderr(case):
    r = subprocess.run([sys.executable, case.name], capture_output=True, text=True, cwd=case.parent, env=blas_env(case))
    return r.stderr.replace(str(case), case.name)


def main():
    cases = sorted((ROOT / "tests" / "golden").rglob("*.py")) + sorted((ROOT / "tests" / "golden").rglob("*.session"))
    cases += sorted((ROOT / "examples").glob("*.py"))
    if len(sys.argv) > 1:
        cases = [pathlib.Path(p).resolve() for p in sys.argv[1:]]
        for case in cases:
            if case.suffix not in (".py", ".session") or not case.is_file():
                raise SystemExit(f"not a case file (NAME.py or NAME.session): {case}")
    for case in cases:
        mode = "session" if case.suffix == ".session" else "script"
        target = case.with_suffix(".expected")
        if case.parent.name == "examples":
            target = ROOT / "tests" / "golden" / "examples" / (case.stem + ".expected")
            target.parent.mkdir(exist_ok=True)
        text = expected(mode, case)
        target.write_text(text, encoding="utf-8")
        if case.parent.name == "tracebacks":
            case.with_suffix(".stderr").write_text(whole_stderr(case), encoding="utf-8")
        if case.parent.name == "examples":
            # `npcalc check examples/` compares each script with FILE.py.out.
            stdout = text.split("---\n", 1)[1]
            case.with_name(case.name + ".out").write_text(stdout, encoding="utf-8")
    print(f"regenerated {len(cases)} expectations")


main()
