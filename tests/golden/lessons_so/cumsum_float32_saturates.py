import numpy as np
# Source: https://github.com/numpy/numpy/issues/14909 ("Butterfly summation needed in cumsum": the
# reproducing code as written but with 2**28 scaled down to 2**25, past float32's 2**24 where the
# running total stops growing; the float64 and sum lines added)
print(np.cumsum(np.ones((2**25,), dtype=np.float32))[-1] - 2**25)
# Should be zero

print(np.sum(np.ones((2**25,), dtype=np.float32)) - 2**25)
# Is zero on any machine I can find

c = np.cumsum(np.ones((2**25,), dtype=np.float32))
print(c.dtype, c[2**24 - 2:2**24 + 2], np.cumsum(np.ones(2**25))[-1])
