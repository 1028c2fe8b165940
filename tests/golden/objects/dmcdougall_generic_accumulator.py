# Source: http://dmcdougall.co.uk/generic-accumulator-functions-using-numpy/
# "Generic accumulator functions using numpy" (2014): the IPython session's code in order, with print() around
# the shown results. The float-array accumulate that failed in NumPy 1.8 works in NumPy 2.4.
import numpy as np

a = np.array([1, 2, 3, 4])
print(repr(np.cumsum(a)))

def f(x, y):
    return x + 2.0 * y

f_ufunc = np.frompyfunc(f, 2, 1)  # f takes 2 args and returns one

a = np.array([1.0, 2.0, 3.0, 4.0])
print(repr(f_ufunc.accumulate(a)))

a = np.array([1.0, 2.0, 3.0, 4.0], dtype=object)
print(repr(f_ufunc.accumulate(a)))
