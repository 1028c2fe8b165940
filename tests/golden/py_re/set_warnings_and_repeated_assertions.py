import re
print(re.findall(r"[[a]", "a["), re.findall(r"[a&&b]", "&"), re.findall(r"[a||b~~]", "|~"))
print(re.findall(r"[--]", "-"), re.findall(r"[a-c-]", "-b"), re.findall(r"[+--]", "-,"))
print(re.findall(r"[[a]", "a["))
print(re.findall(r"(?=a){2}a", "aa"), re.findall(r"(?:\b)*x", "x x"), re.findall(r"(\b)*x", "x"))
print(re.findall(r"(\b)*?x", "x"), re.search(r"(?<=a)?b", "ab"), re.search(r"(?:^){0,3}?b", "b"))
print(re.findall(r"(?:(?=a)|(?=b))+", "ab"), re.findall(r"(?:$)+", "a\n"), re.search(r"(?:x{0})*y", "y"))
print(re.subn(r"(?!\d)+", "-", "a1b"))
for p in [r"\b{1,2}", r"(?<=a+)(", r"(?<=(?P<a>x)(?P=a))b", r"(?<=a*)b)", r"(?<=\d+)x(?z)"]:
    try:
        re.compile(p)
    except re.error as e:
        print(p, "->", e)
