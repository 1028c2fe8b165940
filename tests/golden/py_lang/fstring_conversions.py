import numpy as np
s = "tab"
print(f"{s!s}|{s!r}|{s!a}|{3.0!r}|{np.int64(7)!r}|{np.float64(0.1):.3}")
