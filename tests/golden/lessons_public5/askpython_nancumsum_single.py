# Source: https://www.askpython.com/python-modules/numpy/numpy-nancumsum
# (the first example as published; the page's later examples are cut off in the stored copy)
import numpy as np

a = 8
ans_a = np.nancumsum(a)

b = np.nan
ans_b = np.nancumsum(b)

print("a =", a)
print("Cumulative sum of a =", ans_a)

print("b =", b)
print("Cumulative sum of b =", ans_b)
