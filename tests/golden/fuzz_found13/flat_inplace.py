# `a.flat[i] op= v` is `t = a.flat[i]; t op= v; a.flat[i] = t`: a flatiter's
# items are copies, so the result must be stored back, for slices too.
import numpy as np
x = np.arange(4)
x.flat[1:3] += 10
print(x)
x.flat[::2] *= 2
print(x)
x.flat[...] -= 1
print(x)
x.flat[np.array([1, 1])] += 1
print(x)
x.flat[-1] **= 2
print(x)
m = np.arange(6).reshape(2, 3).T
m.flat[1:4] += 100
print(m)
f = np.zeros(3)
f.flat[:] += [0.5, 1.5, 2.5]
print(f)
