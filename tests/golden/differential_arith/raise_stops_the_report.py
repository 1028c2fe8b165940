import numpy as np
import warnings
warnings.simplefilter('always')
# NumPy handles the flags in order (divide, over, under, invalid) and
# stops at the first one raised: the later ones do not warn.
def t(f, **k):
    try:
        with np.errstate(**k):
            r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: np.array([True, False]) / np.array([0, 0], dtype='uint8'), divide='raise')
t(lambda: [9223372036854775807, 0] // np.array(5e-324), over='raise')
t(lambda: np.ones(3, dtype='int16') // [0.0, 1e308, 5e-324], under='raise', over='ignore')
t(lambda: np.array([0.0, 1.0, np.inf]) * np.array([np.inf, 1e308, 0.0]) * 10, invalid='raise')
