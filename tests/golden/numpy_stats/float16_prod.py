# float16 products accumulate in float32 within each inner-loop call of
# NumPy's half multiply loop and round to float16 once per call.
import numpy as np

a = np.arange(60, dtype=np.float16).reshape(3, 4, 5) / 10
print(repr(a.prod(axis=2)))
print(repr(a.prod(axis=0)), repr(a[:, ::2].prod(axis=1)))
print(repr(np.prod(a, axis=1, dtype=np.float16)), repr(a.prod(axis=2, initial=np.float16(0.5))))
print(repr(a.prod(axis=(0, 2))[:2]), repr(np.multiply.reduce(a[1, 3])))
