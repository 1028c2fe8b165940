import numpy as np
for v in [0, 1, 0.0, '', 'a', [], [0], {}, None, np.int64(0), np.float64(0.5)]:
    print(repr(v), bool(v))
