# A string array's cumsum/sum/cumprod/prod methods fail as np.cumsum/np.prod
# do: AxisError first, then add's resolved-dtype error or multiply's missing loop.
import numpy as np
a = np.array([['ab', 'c'], ['d', 'e']])
for expr in ["a.cumprod()", "a.prod()", "a.cumprod(axis=1)", "a.prod(axis=5)", "a.cumsum(axis=3)",
             "a.sum(axis=0)", "np.cumprod(a)", "np.prod(a, axis=-3)", "a[0].cumsum()"]:
    try:
        print(expr, '->', repr(eval(expr)))
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
