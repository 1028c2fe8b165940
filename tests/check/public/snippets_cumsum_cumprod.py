# Layout after nkmk/python-snippets (notebook/numpy_cumsum_cumprod.py, MIT):
# a script of print() calls with the output of the author's NumPy kept in
# comments (here NumPy 1.x's); the script's real stdout is
# snippets_cumsum_cumprod.py.out, written by tests/check/regen.py under
# NumPy 2.4.6. Text and examples written for npcalc's tests. See SOURCES.md.
import numpy as np

a_1d = np.array([1, 2, 3, 4, 5, 6])
print(a_1d)
# [1 2 3 4 5 6]

print(np.cumsum(a_1d))
# [ 1  3  6 10 15 21]

print(a_1d.cumsum(dtype=float))
# [ 1.  3.  6. 10. 15. 21.]

print(type(np.cumsum([1, 2, 3])))
# <class 'numpy.ndarray'>

a_2d = a_1d.reshape(2, 3)
print(np.cumsum(a_2d, axis=0))
# [[1 2 3]
#  [5 7 9]]

print(a_2d.cumprod(axis=1))
# [[  1   2   6]
#  [  4  20 120]]

print(np.cumsum(a_2d)[-1], a_2d.sum())
# 21 21

print(repr(np.cumprod(a_1d)[-1]))
# 720
