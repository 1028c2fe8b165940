import numpy as np
xs = list(range(10))
del xs[::3]
print(xs)
del xs[::-2]
print(xs)
del xs[5:1]
print(xs)
del xs[-2:]
print(xs)
ys = xs
del xs[:]
print(ys, xs is ys)
zs = [1, 2, 3]
del zs[::0]
