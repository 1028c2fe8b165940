# `c[f()] += x` and `g().x += x` evaluate the container, index and object once
# (the lesson pick_index_bisect counts picks with `counts[pick()] += 1`).
import numpy as np
calls = []
def f(i):
    calls.append(i)
    return i
class O:
    x = 1
def g():
    calls.append('g')
    return o
o = O()
c = [0, 0, 0]
c[f(1)] += 5
g().x += 2
d = {'k': []}
d[f('k')] += [1]
a = np.zeros(4)
a[f(np.array([0, 0, 2]))] += 1
a[1:f(3)] *= 3
print(c, o.x, d, a, calls)
try:
    c[f(7)] += 1
except IndexError as e:
    print(e, calls[-1])
