import numpy as np
x = np.arange(3)
print(not x.size, x.size and "nonempty", [] or x[:0].size or "empty")
print(bool(np.float64("nan")), bool(np.int8(0)), bool(np.array(0.0)))
