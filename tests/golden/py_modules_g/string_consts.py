import string
import numpy as np

for name in ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "digits",
             "hexdigits", "octdigits", "punctuation", "printable", "whitespace"]:
    print(name, repr(getattr(string, name)), len(getattr(string, name)))
print(string.capwords("the  cumulative\tsum of   running totals "))
print(string.capwords("running-total-of-sales", "-"))
print(string.capwords("a,,b,c", ","))
print(string.capwords("hello world", None))
print(string.capwords(""))
print(string.capwords("ÉCOLE élève", " "))
print(string.capwords("x--y", "--"))
from string import digits, capwords
print(digits, capwords("np.cumsum  is  handy"))
a = np.cumsum([1, 2, 3])
print(" ".join(capwords(str(x)) for x in a))
print([c for c in "a1b2" if c in string.ascii_letters])
print(string.digits.index("7"))
