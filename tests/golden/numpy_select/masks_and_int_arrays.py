import numpy as np
a = np.array([3, -1, 4, -1, 5, -9, 2, 6])
print(a[a > 0], a[a < 0].cumsum())
b = a.copy()
b[b < 0] = 0
print(b, b.cumsum())
m = np.arange(12).reshape(3, 4)
print(m[m % 2 == 0])
print(m[[2, 0]])
print(m[np.array([True, False, True])])
print(a[[0, -1, 2]])
c = np.zeros(5, dtype=int)
c[[1, 3]] += 7
print(c)
d = np.arange(6.0)
d[d > 2] *= 10
print(d)
x = np.array([1.0, np.nan, 2.0, np.nan, 3.0])
x[np.isnan(x)] = 0 if False else 0.0
print(x.cumsum())
try:
    a[np.array([True, False])]
except IndexError as e:
    print(e)
try:
    a[[10]]
except IndexError as e:
    print(e)
try:
    a[a > 0] = [1, 2]
except ValueError as e:
    print(e)
