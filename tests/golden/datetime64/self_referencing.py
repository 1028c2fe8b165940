# A list holding itself beside datetime64: the time check of every call must end (it overflowed the stack), and np.array's discovery gives NumPy's dimension errors.
import numpy as np
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
a = []; a.append(a)
t(lambda: np.array(a, dtype='M8[D]'))
b = ['2024-01-01']; b.append(b)
t(lambda: np.array(b, dtype='M8[D]'))
t(lambda: np.array([['2024-01-01', '2024-01-02'], ['2024-01-03']], dtype='M8[D]'))
t(lambda: np.array([[1, 2], 3], dtype='m8[D]'))
print(a, b)
c = [np.datetime64('2024-01-01')]; c.append(c)
t(lambda: print(c))
t(lambda: np.array(c))
