# Comparisons with Python ints beyond the operand's range: integer dtypes
# compare exactly (NumPy 2's Python-int comparison loops); bool takes the
# default int, which the Python int must fit.
import numpy as np
for expr in ["np.ones(3, dtype='bool') < 2**63", "np.ones(3, dtype='bool') == 2**64",
             "np.ones(2, dtype=np.uint8) < 2**70", "np.zeros(2, dtype=bool) + 2**63",
             "np.ones(2, dtype='bool') > -1", "np.ones(2, dtype=bool) < 2**62",
             "np.bool_(True) < 2**63", "np.True_ != 2**64", "np.int8(1) < 2**70",
             "np.array([True, False]) >= -2**63 - 1", "np.less(np.ones(2, dtype=bool), 2**63)"]:
    try:
        print(expr, '->', repr(eval(expr)))
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
