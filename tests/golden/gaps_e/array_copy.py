import numpy as np
a = np.arange(3)
f = np.asfortranarray(np.ones((2, 2)))
for t in ["np.array(a, copy=False) is a", "np.array([1, 2], copy=False)", "np.array(np.float64(1), copy=False)", "np.array(5, copy=False)",
          "np.array(a, dtype=np.float32, copy=False)", "np.array(a, dtype=np.int64, copy=False) is a", "np.array(f, order='C', copy=False)",
          "np.array(f, order='F', copy=False) is f", "np.array(a, copy=None) is a", "np.array([1], copy=None)", "np.array(a, copy=0)", "np.array(a, copy='x')",
          "np.asarray(a, copy=False) is a", "np.asarray([1, 2], copy=False)", "np.asarray(a, copy=True) is a", "np.asarray(a, dtype=float, copy=False)",
          "np.array(a, copy=False, ndmin=2)", "np.array(a[::2], copy=False) is a", "np.asarray(np.float32(2), copy=False)", "np.array(a, copy=np.False_)"]:
    try: print(t, '->', repr(eval(t)))
    except Exception as e: print(t, '!!', type(e).__name__, str(e).split('\n')[0])
for t in ["a.__array__(np.float32, copy=False)", "a.__array__(copy=False) is a", "a.__array__(copy=True) is a",
          "np.asarray(a, copy=None) is a", "np.asarray(f, order='C', copy=True).flags['C_CONTIGUOUS']", "np.asarray('x', copy=True)"]:
    try: print(t, '->', repr(eval(t)))
    except Exception as e: print(t, '!!', type(e).__name__, e)
np.array([1, 2], copy=False)
