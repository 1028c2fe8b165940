import textwrap
import numpy as np

a = np.cumsum(np.arange(1, 41))
text = "The running totals are " + ", ".join(str(x) for x in a) + "."
print(textwrap.fill(text, width=50))
for line in textwrap.wrap(text, 30, initial_indent="* ", subsequent_indent="  "):
    print(repr(line))
print(textwrap.fill(str(a), 40))
print(textwrap.shorten(text, width=60))
print(textwrap.shorten("Hello  world!", width=12))
print(textwrap.shorten("Hello  world!", width=11, placeholder="..."))
print(textwrap.wrap("cumulative-sum is a well-known prefix-sum operation", 12))
print(textwrap.wrap("cumulative-sum is a well-known prefix-sum operation", 12, break_on_hyphens=False))
print(textwrap.wrap("aaaaaaaaaaaaaaaaaaaaaaa bbb", 8, break_long_words=False))
print(textwrap.wrap("one\ttwo\tthree four", 10))
print(textwrap.wrap("one\ttwo\tthree four", 10, expand_tabs=False, replace_whitespace=False))
print(textwrap.wrap("  leading and trailing  ", 10, drop_whitespace=False))
print(textwrap.wrap("A sentence. Another one! And more? yes.", 40, fix_sentence_endings=True))
print(textwrap.wrap("em--dash words--here and x--y", 6))
print(textwrap.wrap(" ".join(["word"] * 30), 20, max_lines=3))
print(textwrap.wrap(" ".join(["word"] * 30), 20, max_lines=3, placeholder=" ..."))
print(textwrap.wrap("", 10), textwrap.fill("", 10))
print(textwrap.dedent("""\
    def f(a):
        return np.cumsum(a)
    """))
print(repr(textwrap.dedent("  a\n\t b\n   \n  c")))
print(repr(textwrap.dedent("    x\n  y\n      z\n")))
print(textwrap.indent("line one\n\nline three\n", "> "))
print(textwrap.indent("a\n  \nb", "+ ", lambda line: True))
print(textwrap.indent("1\n2\n3\n4", "# ", predicate=lambda s: int(s) % 2 == 0))
from textwrap import fill, dedent
print(fill("x " * 20, width=9))
print(dedent("  np.cumsum([1, 2, 3])").strip())
