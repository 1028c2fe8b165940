# Source: https://codestudyblog.com/8ten1/80405150125.html (approximate length of a monotone
# curve as the sum of broken-line segments, with map/zip/lambda). Adapted: the NumPy
# cumsum version of the same polyline added after the original loop.
import numpy as np

def curveLength(xs, func):
    vs = list(zip(xs, map(func, xs)))
    return sum(((v[0]-vs[i+1][0])**2+(v[1]-vs[i+1][1])**2)**0.5 for i,v in enumerate(vs[:-1]))

xs = list(map(lambda x:x/100, range(200)))

funcs = {'horizontalLine':lambda x: 3,
         'diagonalLine':lambda x: x*2,
         'cubicCurve':lambda x: x**3}

for k, v in funcs.items():
    print(k.ljust(15)+':', curveLength(xs, v))

X = np.array(xs)
for k, v in funcs.items():
    Y = np.array([v(t) for t in xs], dtype=float)
    s = np.cumsum(np.hypot(np.diff(X), np.diff(Y)))
    print(f"{k:<15}: {s[-1]:.10f} {s[98]:.6f}")
