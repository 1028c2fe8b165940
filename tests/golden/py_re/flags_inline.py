import re
text = "Total: 10\ntotal: 20\nTOTAL:30\nsub\ntotal"
print(re.findall(r"(?m)^total:\s*(\d+)", text))
print(re.findall(r"(?im)^total:\s*(\d+)", text))
print(re.findall(r"(?i:total):\s*(\d+)", text))
print(re.findall(r"(?-i:T)otal", text, re.I))
print(re.findall(r"(?s)sub.total", text), re.findall(r"sub.total", text))
print(re.findall(r"(?x) (\d+)  # a number\n | [A-Z]{5}  # shouting", text))
print(re.findall(r"(?a)\w+", "naïve café 42"), re.findall(r"\w+", "naïve café 42"))
print(re.search(r"(?m)\d+$", text).span(), re.search(r"\d+$", text + "\n"))
print(re.compile(r"(?i)a").flags, re.compile(r"(?x)a # c").flags, re.compile("a").flags)
num = re.compile(r"""
    (?P<sign>[+-])?   # optional sign
    (?P<int>\d+)      # integer part
    (?:\.(?P<frac>\d*))?  # fraction
    (?:[eE](?P<exp>[+-]?\d+))?  # exponent
""", re.X)
for m in num.finditer("x=+3.25 y=-1e3 z=7. w=12"):
    print(m.group(), m.groupdict(), m.groupdict("0"), m.lastgroup, m.lastindex)
print(num.groupindex, num.groups)
m = num.search("v -2.5e-1")
print(m.expand(r"\g<sign>|\g<int>|\g<frac>|\g<exp>|\g<0>|\2"))
print(m.expand(r"[\1][\g<1>]\n\\"))
print(re.split(r"(-)|(\+)", "1-2+3"), re.split(r"(a)?b", "xbyabz"))
print(re.split(r"(?:(x)|y)", "1x2y3", maxsplit=1))
print(re.sub(r"\d", "#", "12345", count=2), re.subn(r"\d", "#", "12345", 3))
print(re.sub(r"(\d)(\d)?", r"<\1\2>", "1 23"))
p = re.compile(r"(?P<a>a)|(?P<b>b)|(c)")
print([(m.lastgroup, m.lastindex) for m in p.finditer("abc")])
m = re.match(r"((a)(b))", "ab")
print(m.lastindex, m.lastgroup, m.regs)
print(re.match(r"(?P<x>a)(?P<y>b)?", "a").groupdict(), re.match(r"(a)(b)?", "a").groups("-"))
print(re.fullmatch(r"(?i)[a-c]+", "AbC"), re.search(r"(?<=\$)\d+", "cost $40"))
print(re.findall(r"(?<!\d)\d{2}(?!\d)", "1 22 333 44"))
