"""Runs npcalc's test cases under real Python + NumPy 2.4.6 and records what
they print: stdout byte for byte, plus the exceptions and warnings in the
order they happen (`Class: message`, `RuntimeWarning: message`). An event is
the whole text Python shows for it, so a message of several lines (NumPy's
`assert_allclose` reports) is an event of several lines.

    harness.py script FILE    run FILE like `python3 FILE`
    harness.py session FILE   feed FILE to an interactive console line by line,
                              as npcalc's session mode does
    harness.py batch          read a JSON list of session sources on stdin and
                              answer a JSON list, one result per session

Output (stdout of this harness) is JSON: {"stdout", "events", "status"}.
"""
import code
import contextlib
import io
import json
import runpy
import sys
import traceback
import warnings

import numpy

assert numpy.__version__ == "2.4.6", numpy.__version__

events = []
# How many events were exceptions (a warning raised by an 'error' filter
# reads like a shown warning).
errors = []


def show_warning(message, category, filename, lineno, file=None, line=None):
    # Called only when the default filter lets the warning through, so the
    # once-per-location rule is Python's own.
    events.append(f"{category.__name__}: {message}")


def exception_text(exc):
    return exception_text_tb(type(exc), exc, exc.__traceback__)


class Console(code.InteractiveConsole):
    def showtraceback(self):
        typ, value, tb = sys.exc_info()
        errors.append(typ)
        events.append(exception_text_tb(typ, value, tb))

    def showsyntaxerror(self, filename=None, **kwargs):
        typ, value, _ = sys.exc_info()
        errors.append(typ)
        events.append("".join(traceback.format_exception_only(typ, value)).rstrip("\n").split("\n")[-1])


def exception_text_tb(typ, value, tb):
    # The interpreter's own display (PyErr_Display), which adds CPython's
    # "Did you mean" suggestions that the traceback module of 3.11 leaves out
    # (on the same line, so the traceback module still counts the lines of the
    # exception's own text). A SyntaxError's text starts with its source and
    # caret lines, which npcalc's report shows apart from the event.
    buf = io.StringIO()
    saved, sys.stderr = sys.stderr, buf
    try:
        sys.__excepthook__(typ, value, tb)
    finally:
        sys.stderr = saved
    lines = buf.getvalue().rstrip("\n").split("\n")
    own = 1 if issubclass(typ, SyntaxError) else "".join(traceback.format_exception_only(typ, value)).rstrip("\n").count("\n") + 1
    return "\n".join(lines[-own:])


def run_session(source):
    """One session in a fresh namespace; returns (stdout, events, status)."""
    events.clear()
    errors.clear()
    # Forget which warnings were shown: each session is a fresh interpreter.
    warnings._filters_mutated()
    out = io.StringIO()
    with contextlib.redirect_stdout(out), warnings.catch_warnings():
        warnings.showwarning = show_warning
        # Each session starts from NumPy's default print options.
        numpy.set_printoptions(edgeitems=3, threshold=1000, floatmode="maxprec", precision=8, suppress=False,
                               linewidth=75, nanstr="nan", infstr="inf", sign="-", formatter=None, legacy=False)
        console = Console(locals={"__name__": "__main__", "np": numpy}, filename="<stdin>")
        for line in source.split("\n"):
            console.push(line)
        console.resetbuffer()
    status = 1 if errors else 0
    return {"stdout": out.getvalue(), "events": list(events), "status": status}


def main():
    if sys.argv[1] == "batch":
        sources = json.load(sys.stdin)
        json.dump([run_session(s) for s in sources], sys.stdout)
        return
    mode, path = sys.argv[1], sys.argv[2]
    warnings.showwarning = show_warning
    out = io.StringIO()
    status = 0
    with contextlib.redirect_stdout(out):
        if mode == "script":
            try:
                runpy.run_path(path, run_name="__main__")
            except SystemExit as e:
                # As `python FILE` ends: an int is the status, None is 0,
                # anything else is printed to stderr with status 1.
                if e.code is None or isinstance(e.code, int):
                    status = e.code or 0
                else:
                    events.append(str(e.code))
                    status = 1
            except BaseException as e:
                events.append(exception_text(e))
                status = 1
        else:
            # npcalc binds np at start-up, so sessions may use it without importing.
            console = Console(locals={"__name__": "__main__", "np": numpy}, filename="<stdin>")
            with open(path, encoding="utf-8") as f:
                for line in f.read().split("\n"):
                    console.push(line)
    if mode == "session" and errors:
        status = 1
    json.dump({"stdout": out.getvalue(), "events": events, "status": status}, sys.stdout)


main()
