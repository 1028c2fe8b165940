# Found by fuzzing: an operation that copies a broadcast view far bigger than memory
# aborted the process; NumPy raises _ArrayMemoryError, a MemoryError Python code can catch.
import numpy as np
a = np.arange(3)
b = np.broadcast_to(a, (10**5, 10**5, 3))
for e in ["b + 1", "abs(b)", "np.sqrt(b)", "b * b", "b.copy()", "~b", "-b", "+b", "np.negative(b)", "np.sort(b)", "b.astype(float)", "b.T.copy()"]:
    try:
        eval(e)
    except MemoryError as m:
        print(e, type(m).__name__, m)
c = -b
