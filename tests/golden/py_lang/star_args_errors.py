import numpy as np

def f(*a, **k):
    return a, k

for g in [lambda: f(*True), lambda: print(*5), lambda: np.cumsum(*3),
          lambda: f(**3), lambda: print(**[1]), lambda: f(1, *2.5), lambda: len(*1), lambda: f(*1, k=2),
          lambda: f(*[1], *2)]:
    try:
        print(g())
    except TypeError as e:
        print(e)
a = np.random.default_rng(792035).normal(size=1).reshape(()).astype(np.bool)
try:
    (lambda *xs, **kw: (len(xs), sorted(kw)))(*a.tolist(), z=1, y=2)
except TypeError as e:
    print(e)
print(f(*np.arange(3)), f(*"ab"))
z = (np.arange(1) * 37 % 11).reshape(()).astype(np.int8)
try:
    (lambda *xs, **kw: (len(xs), sorted(kw)))(*z, z=1, y=2)
except TypeError as e:
    print(e)
for v in [np.array(1), np.array(1.5), np.array(True)]:
    for g in [np.nonzero, np.where, lambda x: x.nonzero()]:
        try:
            g(v)
        except ValueError as e:
            print(v.dtype, e)
