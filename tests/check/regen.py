"""Rewrites the expected outputs of the lesson files in tests/check/lessons/
from real Python + NumPy (the oracle), so that none is typed by hand:

    /work/main/.oracle/bin/python tests/check/regen.py FILE...

- .rst/.txt: every doctest example's output (doctest's own parser);
- .py: the examples in its docstrings, run in the module's globals as
  `python -m doctest FILE.py` runs them (the module imported first);
- .md: doctest blocks, and a code block's following output block (the
  code block runs as a notebook cell: only its last expression is shown;
  MyST `{code-cell}` blocks are cells; `text`, `output`, `plaintext`,
  `txt` or untagged blocks are outputs);
- .ipynb: every code cell's outputs and execution counts, kept in the
  notebook's own layout (its indentation and key order; outputs already
  there keep their keys, new ones are written as nbformat writes them).
  The cells run in a real Jupyter kernel (nbclient + ipykernel, installed
  by `.oracle/bin/pip install ipython==9.19.1 nbclient ipykernel`), after a
  hidden `import numpy as np`, so IPython's magics and its displayhook
  (line-broken containers, `%precision`) give what a notebook shows;
- .md cells show their last value as IPython's displayhook does too;
- FILE.py.out: the stdout of `python FILE.py`.
"""

import ast
import contextlib
import doctest
import io
import json
import re
import subprocess
import sys
import traceback

BLOCK_TAGS = ("python", "py", "pycon", "numpy", "code-cell")
OUTPUT_TAGS = ("", "text", "output", "plaintext", "txt")


def run(source, globs, mode):
    """Runs `source` ("single": echo every expression, as doctest does;
    "cell": echo only a last expression, as Jupyter does). Returns
    (printed, last value repr or None, exception line or None)."""
    out = io.StringIO()
    result = None
    try:
        with contextlib.redirect_stdout(out):
            if mode == "single":
                exec(compile(source, "<example>", "single"), globs)
            else:
                tree = ast.parse(source)
                last = tree.body[-1] if tree.body and isinstance(tree.body[-1], ast.Expr) else None
                if last is not None:
                    tree.body.pop()
                exec(compile(tree, "<cell>", "exec"), globs)
                if last is not None:
                    value = eval(compile(ast.Expression(last.value), "<cell>", "eval"), globs)
                    if value is not None:
                        result = ipython_display(value)
    except Exception as e:
        return out.getvalue(), result, traceback.format_exception_only(type(e), e)[-1].rstrip("\n")
    return out.getvalue(), result, None


def ipython_display(value):
    """The text IPython's displayhook shows for a cell's value."""
    from IPython.core.formatters import PlainTextFormatter
    return PlainTextFormatter()(value)


def kernel_outputs(sources):
    """Runs the cells in a Jupyter kernel; (printed, result, exception
    line) of each, as `run` returns them."""
    import nbformat
    from nbclient import NotebookClient
    nb = nbformat.v4.new_notebook()
    cells = ["import numpy as np"] + sources
    nb.cells = [nbformat.v4.new_code_cell(s) for s in cells]
    NotebookClient(nb, timeout=600, kernel_name="python3", allow_errors=True).execute()
    got = []
    for cell in nb.cells[1:]:
        printed, result, exc = "", None, None
        for o in cell.outputs:
            if o.output_type == "stream" and o.name == "stdout":
                printed += o.text
            elif o.output_type == "execute_result":
                result = o.data.get("text/plain")
            elif o.output_type == "error":
                exc = f"{o.ename}: {o.evalue}"
        got.append((printed, result, exc))
    return got


def as_expected(printed, exc):
    text = printed
    if exc is not None:
        text += "Traceback (most recent call last):\n  ...\n" + exc + "\n"
    return text


def doctest_text(text, globs):
    """Text with each doctest example's output replaced by Python's."""
    parts = []
    for piece in doctest.DocTestParser().parse(text):
        if isinstance(piece, str):
            parts.append(piece)
            continue
        ex = piece
        pad = " " * ex.indent
        lines = ex.source.rstrip("\n").split("\n")
        parts.append(pad + ">>> " + lines[0] + "\n")
        parts += [pad + "... " + line + "\n" for line in lines[1:]]
        if ex.options.get(doctest.SKIP):
            got = ex.want
        else:
            printed, _, exc = run(ex.source, globs, "single")
            got = as_expected(printed, exc)
            # An expected output doctest already accepts (under the
            # example's directives: `...`, +ELLIPSIS) is kept as written.
            flags = sum(f for f, on in ex.options.items() if on)
            if ex.want and (ex.exc_msg is None or exc is not None) and doctest.OutputChecker().check_output(
                    ex.want if ex.exc_msg is None else ex.exc_msg, got if exc is None else exc + "\n", flags):
                got = ex.want
        parts += [pad + (line or "<BLANKLINE>") + "\n" for line in got.splitlines()]
    return "".join(parts)


FENCE = re.compile(r"^( {0,3})(`{3,}|~{3,})[ \t]*\{?([\w-]*)\}?[ \t]*(\S*).*\n", re.M)


def myst_code(content):
    """A MyST code cell's code, without its leading option lines."""
    if content.startswith("---\n") and "\n---\n" in content[4:]:
        return content[4:].split("\n---\n", 1)[1]
    while content.startswith(":"):
        content = content.split("\n", 1)[1] if "\n" in content else ""
    return content


def is_output_label(between):
    """Blank lines and at most one label line ending in ':' (`Output:`)."""
    words = [line.strip() for line in between.splitlines() if line.strip()]
    return not words or (len(words) == 1 and words[0].endswith(":"))


def markdown(text, globs):
    blocks = []  # (tag, indent, content start, content end, block end)
    pos = 0
    while True:
        m = FENCE.search(text, pos)
        if not m:
            break
        close = re.compile(r"^ {0,3}" + re.escape(m.group(2)[0]) + "{%d,}[ \t]*(\n|$)" % len(m.group(2)), re.M)
        c = close.search(text, m.end())
        end, after = (c.start(), c.end()) if c else (len(text), len(text))
        tag = m.group(3).lower()
        if tag == "code-cell" and "python" not in (m.group(4) or "python").lower():
            tag += "-other"
        blocks.append((tag, len(m.group(1)), m.start(), m.end(), end, after))
        pos = after
    edits = []
    i = 0
    while i < len(blocks):
        tag, indent, _, start, end, after = blocks[i]
        i += 1
        if tag not in BLOCK_TAGS:
            continue
        content = text[start:end]
        if tag == "code-cell":
            content = myst_code(content)
        if re.search(r"^\s*>>>", content, re.M):
            edits.append((start, end, doctest_text(content, globs)))
            continue
        source = "".join(line[min(indent, len(line) - len(line.lstrip(" "))):] for line in content.splitlines(True))
        printed, result, exc = run(source, globs, "cell")
        nxt = blocks[i] if i < len(blocks) else None
        if nxt and nxt[0] in OUTPUT_TAGS and is_output_label(text[after:nxt[2]]):
            i += 1
            got = as_expected(printed + (result + "\n" if result is not None else ""), exc)
            pad = " " * nxt[1]
            edits.append((nxt[3], nxt[4], "".join(pad + l if l else "" for l in got.splitlines(True))))
    for start, end, new in reversed(edits):
        text = text[:start] + new + text[end:]
    return text


def lines(text):
    return text.splitlines(True)


def notebook(text, globs):
    nb = json.loads(text)
    code = [c for c in nb["cells"] if c["cell_type"] == "code"]
    sources = ["".join(c["source"]) if isinstance(c["source"], list) else c["source"] for c in code]
    ran = iter(kernel_outputs(sources))
    count = 0
    for cell in code:
        count += 1
        printed, result, exc = next(ran)
        # Outputs not compared (stderr, images) stay; the others are
        # refreshed in place, keeping their own key order.
        old = cell.get("outputs", [])
        kept = [o for o in old if not compared(o)]
        stale = [o for o in old if compared(o)]

        def reuse(kind, fresh):
            for o in stale:
                if o["output_type"] == kind and (kind != "stream" or o.get("name") == "stdout"):
                    stale.remove(o)
                    for key in list(fresh):
                        o[key] = fresh[key]
                    return o
            return fresh

        outputs = kept
        if printed:
            outputs.append(reuse("stream", {"name": "stdout", "output_type": "stream", "text": lines(printed)}))
        if result is not None:
            fresh = {"data": {"text/plain": lines(result)}, "execution_count": count,
                     "metadata": {}, "output_type": "execute_result"}
            o = reuse("execute_result", dict(fresh))
            if o is not fresh:
                o["data"] = {**o.get("data", {}), "text/plain": lines(result)}
            outputs.append(o)
        if exc is not None:
            ename, _, evalue = exc.partition(": ")
            outputs.append(reuse("error", {"ename": ename.rsplit(".", 1)[-1], "evalue": evalue,
                                           "output_type": "error", "traceback": [exc]}))
        cell["outputs"] = outputs
        cell["execution_count"] = count
    keys = list(nb)
    return json.dumps(nb, indent=indent_of(text), sort_keys=keys == sorted(keys),
                      ensure_ascii=False) + "\n"


def compared(output):
    kind = output.get("output_type")
    return kind in ("execute_result", "error") or (kind == "stream" and output.get("name") == "stdout")


def indent_of(text):
    second = text.split("\n", 2)[1] if text.count("\n") > 1 else " "
    return max(1, len(second) - len(second.lstrip(" ")))


def python_file(path, text):
    """The .py file with its docstrings' examples rewritten, run in the
    module's globals as `python -m doctest` runs them."""
    import runpy
    name = path.rsplit("/", 1)[-1][: -len(".py")]
    with contextlib.redirect_stdout(io.StringIO()):
        globs = runpy.run_path(path, run_name=name)
    raw = text.encode()
    starts = [0]
    for line in raw.split(b"\n"):
        starts.append(starts[-1] + len(line) + 1)
    spans = []
    for node in ast.walk(ast.parse(text)):
        body = getattr(node, "body", None)
        if not isinstance(body, list) or not body:
            continue
        first = body[0]
        if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant) and isinstance(first.value.value, str):
            c = first.value
            lo = starts[c.lineno - 1] + c.col_offset
            hi = starts[c.end_lineno - 1] + c.end_col_offset
            literal = raw[lo:hi]
            quote = 3 if literal.lstrip(b"rRuU")[:3] in (b'"""', b"\'\'\'") else 1
            prefix = len(literal) - len(literal.lstrip(b"rRuU"))
            spans.append((lo + prefix + quote, hi - quote))
    for lo, hi in sorted(spans, reverse=True):
        body = raw[lo:hi].decode()
        raw = raw[:lo] + doctest_text(body, dict(globs)).encode() + raw[hi:]
    return raw.decode()


def main(paths):
    for path in paths:
        if path.endswith(".py.out"):
            script = path[: -len(".out")]
            out = subprocess.run([sys.executable, script], capture_output=True, text=True).stdout
            open(path, "w").write(out)
            continue
        text = open(path).read()
        globs = {"np": __import__("numpy")}
        if path.endswith(".py"):
            new = python_file(path, text)
        elif path.endswith(".md"):
            new = markdown(text, globs)
        elif path.endswith(".ipynb"):
            new = notebook(text, globs)
        else:
            new = doctest_text(text, globs)
        if new != text:
            open(path, "w").write(new)
            print("regenerated", path)


if __name__ == "__main__":
    main(sys.argv[1:])
