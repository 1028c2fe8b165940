# The @ operator and np.matmul on text: matmul has no loop for str.
import numpy as np
a = np.array(['a', 'bc'])
for x, y in [(a, a), (a, np.arange(2)), (np.arange(2), a), (a, 'x'), (a, [1, 2]), (a, 1.5)]:
    try:
        print(x @ y)
    except Exception as e:
        print(type(e).__name__, e)
try:
    print(np.matmul(a, a))
except Exception as e:
    print(type(e).__name__, e)
a @ a
