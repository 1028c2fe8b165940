import numpy as np
# Regression: lists holding themselves stop at 64 dimensions or NumPy's error (they overflowed the stack), and a huge int in a shape is no object array.
a = []
a.append(a)
print(np.array(a, dtype=object).shape)
b = [1]
b.append(b)
r = np.array(b, dtype=object)
print(r.shape, r)
for f in [lambda: np.array(a), lambda: np.array(b), lambda: np.cumsum(b), lambda: np.zeros((2, -2**70)), lambda: np.zeros(2**64), lambda: np.cumsum([None, 1])]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
