# The logical ufuncs' reduce and accumulate read text as truth values, as their calls do.
import numpy as np
t = np.array(['a', '', 'b'])
m = np.array([['x', ''], ['', '']])
for expr in ["np.logical_or.accumulate(t)", "np.logical_and.reduce(t)", "np.logical_xor.accumulate(t)",
             "np.logical_and.accumulate(m, axis=1)", "np.logical_or.reduce(m, axis=0)", "np.logical_or.reduce(m, axis=None)",
             "np.logical_and.reduce(t, keepdims=True)", "np.logical_or.accumulate(np.array('a'))", "np.logical_and.reduce(t, axis=3)"]:
    try:
        print(expr, '->', repr(eval(expr)))
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
