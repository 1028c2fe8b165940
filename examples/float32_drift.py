# Adding 0.1 many times: float32 accumulates its rounding error.
import numpy as np

tenth32 = np.full(100000, 0.1, dtype=np.float32)
tenth64 = np.full(100000, 0.1)

print(tenth32.cumsum()[-1])          # far from 10000
print(tenth64.cumsum()[-1])          # very close
print(tenth32.cumsum(dtype=np.float64)[-1])  # float32 values, float64 total

# The error grows along the sum:
c = tenth32.cumsum()
print(c[999], c[9999])
