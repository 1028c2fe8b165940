# Variations on the fullwidth labels: Japanese lessons turn 全角 digits into 半角 with
# str.maketrans and str.translate before summing; the tables maketrans builds (pairs, a dict,
# deletions) and the errors of both.
z2h = str.maketrans("０１２３４５６７８９", "0123456789")
print(z2h)
print("売上２０２４年は１２３円".translate(z2h))
print("abc".maketrans("a", "b"), "x".maketrans({"a": "A", 98: None, "c": 67}))
print("abcabc".translate(str.maketrans({"a": "AA", "b": None})), "abc".translate({97: 120}), "abc".translate({}))
print("hello".translate(str.maketrans("lo", "01", "h")))
tbl = {ord(c): ord(c) + 0xFEE0 for c in "0123456789"}
print("2024".translate(tbl))
for f in [lambda: str.maketrans("ab", "c"), lambda: str.maketrans(1, "c"), lambda: str.maketrans("a", 1), lambda: str.maketrans("a"), lambda: str.maketrans({"ab": 1}), lambda: str.maketrans({1.5: 1}), lambda: "a".translate({97: 1.5}), lambda: "a".translate({97: -1}), lambda: "a".translate({97: 0x110000}), lambda: str.maketrans(), lambda: "a".translate(), lambda: str.maketrans("a", "b", 3), lambda: str.maketrans("a", "b", "c", "d"), lambda: str.maketrans(x="a")]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
for f in [lambda: str.maketrans(), lambda: str.maketrans('a','b','c','d'), lambda: ''.maketrans(x=1), lambda: 'a'.translate(), lambda: 'a'.translate(table={}), lambda: 'a'.translate({}, 1)]:
    try: f()
    except Exception as e: print(type(e).__name__, e)
import numpy as np
amounts = ["１２０", "８０", "２００"]
values = np.array([int(a.translate(z2h)) for a in amounts])
print(values, np.cumsum(values), int("１２０"))
