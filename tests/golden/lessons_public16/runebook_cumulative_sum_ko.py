# Modeled on: https://runebook.dev/ko/docs/numpy/reference/generated/numpy.cumulative_sum
# (written for npcalc after the Korean guide, not copied: axis=0/1/None on a 3x3 array, and NumPy
# 2's np.cumulative_sum, which needs an axis for 2-D input and can include the initial zero)
import numpy as np

arr_2d = np.array([[2, 4, 6], [1, 3, 5], [7, 8, 9]])
print(np.cumsum(arr_2d, axis=0))
print(np.cumsum(arr_2d, axis=1))
print(np.cumsum(arr_2d))
print(np.cumulative_sum(arr_2d, axis=0))
print(np.cumulative_sum(arr_2d, axis=1, include_initial=True))
print(np.cumulative_sum(np.array([5, 1, 2]), include_initial=True))
print(np.cumulative_prod(np.array([1, 2, 3, 4])))
try:
    np.cumulative_sum(arr_2d)
except ValueError as e:
    print("ValueError:", e)
