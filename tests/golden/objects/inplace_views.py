import numpy as np
# In-place operators on object arrays write into the array itself, so views
# and other names for it see the change (np.add(o, x, out=o)).
o = np.array([1, 2, 3], dtype=object)
alias = o
v = o[::-1]
v += 10
print(repr(o), alias is o)
o *= np.array([2, 3, 4])
print(repr(v))
m = np.array([[1, 2], [3, 4]], dtype=object)
m[0] -= [1, 1]
m[:, 1] **= 2
print(repr(m))
s = np.array(['a', 'b'], dtype=object)
s += 'x'
print(repr(s))
p = np.array([1, 'a', 3], dtype=object)
try:
    p += 1
except TypeError as e:
    print("TypeError:", e)
print(repr(p))
try:
    o += np.ones((2, 3))
except ValueError as e:
    print("ValueError:", e)
print(bool(np.array([0], dtype=object)), bool(np.array([[[1]]], dtype=object)), bool(np.array(['x'], dtype=object)))
for bad in (np.array([1, 2], dtype=object), np.array([], dtype=object)):
    try:
        bool(bad)
    except ValueError as e:
        print("ValueError:", e)
