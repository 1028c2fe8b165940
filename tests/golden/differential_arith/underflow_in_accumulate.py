import numpy as np
# A running product of probabilities underflows: NumPy's accumulate loop
# leaves the CPU's sticky flag set, and np.errstate decides what it does.
np.seterr(under="raise")
def t(f):
    try:
        r = f()
        print(repr(r[-3:]))
    except FloatingPointError as e:
        print("FloatingPointError", e)
t(lambda: np.cumprod(np.full(400, 0.05)))
t(lambda: np.multiply.accumulate(np.full(400, 0.05)))
t(lambda: np.cumprod(np.full(40, 0.05)))
t(lambda: np.cumprod(np.full((3, 300), 0.05), axis=1))
t(lambda: np.cumprod(np.full((300, 3), 0.05), axis=0))
t(lambda: np.cumprod(np.full(60, 0.05, dtype=np.float32)))
# Exact sums of subnormals do not underflow; inexact ones do.
t(lambda: np.cumsum(np.array([1e-310, 1e-310, 2e-310])))
t(lambda: np.cumsum(np.array([1e-310, -1e-300, 1e-300])))
t(lambda: np.cumsum(np.arange(5.0)))
np.seterr(under="warn")
print(np.multiply.accumulate(np.array([1e-200, 1e-200, 10.0]))[-1])
np.seterr(under="ignore")
print(np.cumprod(np.full(400, 0.05))[-1])
