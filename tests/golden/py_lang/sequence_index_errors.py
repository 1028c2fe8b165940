# Index errors of Python's sequences: ints beyond Py_ssize_t, ranges'
# own wording, and str's TypeError (unicode_subscript) differing from list's.
s, l, t, none, half, a = "ab", [1], (1,), None, 1.5, "a"
cases = [
    lambda: [1, 2][2**63],
    lambda: [1, 2][-2**63 - 1],
    lambda: (1, 2)[2**64],
    lambda: "ab"[2**63],
    lambda: [1, 2][2**63 - 1],
    lambda: range(3)[2**63],
    lambda: range(3)[5],
    lambda: range(3)[a],
    lambda: s[none],
    lambda: s[half],
    lambda: l[a],
    lambda: t[none],
]
for f in cases:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
x = [1, 2]
try:
    x[2**63] = 1
except IndexError as e:
    print(e)
print(range(10)[-3], "abc"[-1], (4, 5)[True])
