# np.vectorize over string arrays: the probe gets np.str_, the object ufunc Python str; str's unbound methods accept np.str_
import numpy as np
names = np.array(['Mary', 'Bar', 'Joe', 'Jane'])
print(np.vectorize(lambda x: type(x).__name__)(names))
print(np.vectorize(len)(names))
print(np.vectorize(lambda s, n: s * int(n))(names, np.array([[1], [2]])))
print(np.vectorize(str.upper)(['ab', 'cd']))
print(np.vectorize(lambda s: s.startswith('J'))(names.reshape(2, 2)))
f = np.vectorize(lambda s, k: len(s) + k)
print(f(names, 10))
print(np.vectorize(lambda s: s[0], otypes=[str])(names) if False else np.vectorize(lambda s: ord(s[0]), otypes=[float])(names))
s = np.str_("Ab")
print(str.upper(s), type(str.upper(s)), str.lower(s), str.startswith(s, "A"), str.split(np.str_("a b")), list(map(str.title, np.array(["ab cd", "x"]))))
