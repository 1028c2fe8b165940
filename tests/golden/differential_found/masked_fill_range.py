import numpy as np
for dt in [np.uint64, np.uint8, np.int8, np.int64]:
    a = np.arange(4).astype(dt)
    for v in [-1, 300, 1.5, 2**63, True]:
        try:
            print(dt.__name__, v, repr(np.ma.masked_where(a > 1, a).filled(v)))
        except Exception as e:
            print(dt.__name__, v, type(e).__name__, e)
