# Modeled on: https://runebook.dev/zh/docs/numpy/reference/generated/numpy.ufunc.accumulate
# (written after the Chinese "Python 数据科学:ufunc.accumulate() 在 NumPy 中的常见用法和故障排除"
# page: add/multiply accumulate of 1..5 with f-strings, a 3x3 matrix along both axes, then the
# ufuncs that make no sense to accumulate (np.greater, np.logical_and) and np.maximum.accumulate.)
import numpy as np

arr = np.array([1, 2, 3, 4, 5])

# 使用 np.add.accumulate()
# 相当于 np.cumsum(arr)
result_add = np.add.accumulate(arr)

print(f"原始数组: {arr}")
print(f"累积和 (np.add.accumulate): {result_add}")

# 使用 np.multiply.accumulate()
# 相当于 np.cumprod(arr)
result_mul = np.multiply.accumulate(arr)

print(f"累积乘积 (np.multiply.accumulate): {result_mul}")

multi_arr = np.array([[1, 2, 3],
                      [4, 5, 6],
                      [7, 8, 9]])

# 默认沿着 axis=0 (向下累积)
result_axis0 = np.add.accumulate(multi_arr, axis=0)
print("沿 axis=0 的累积和:\n", result_axis0)

# 沿着 axis=1 (向右累积)
result_axis1 = np.add.accumulate(multi_arr, axis=1)
print("\n沿 axis=1 的累积和:\n", result_axis1)

# 逻辑 ufunc 的累积: 布尔值
flags = np.array([True, True, False, True])
print(np.logical_and.accumulate(flags))
print(np.maximum.accumulate(np.array([3, 1, 4, 1, 5, 9, 2, 6])))

try:
    np.greater.accumulate(arr)
except (TypeError, ValueError) as e:
    print(type(e).__name__ + ":", e)
