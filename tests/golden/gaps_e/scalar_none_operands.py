import numpy as np
for t in ['np.int64(3) + None', 'None + np.int64(3)', 'np.float32(2) * None', 'np.bool_(1) - None', 'np.arange(2) + None', 'None - np.arange(2.)', 'np.int64(3) + "x"', 'np.complex64(1) / None', 'np.int64(3) @ None']:
    try: print(t, '->', repr(eval(t)))
    except Exception as e: print(t, '!!', type(e).__name__, e)
