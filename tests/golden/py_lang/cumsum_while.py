import numpy as np
a = np.array([1.5, 2.5, 3.0])
out = np.zeros_like(a)
i = 0
while i < len(a):
    out[i] = a[i] + (out[i - 1] if i else 0)
    i += 1
print(out, np.allclose(out, a.cumsum()))
