# Modeled on: https://runebook.dev/ru/docs/numpy/reference/generated/numpy.ndarray.cumprod
# (written after the Russian "Мастерство NumPy: Как избежать переполнения ... cumprod()" page:
# an int16 array whose product overflows, the fix with dtype=float64 or astype, a zero that
# zeroes the rest, and the axis of a matrix; the page is cut off after its int16 snippet, so
# the rest follows the three pitfalls it lists.)
import numpy as np

arr = np.array([10, 20, 30, 40, 50], dtype='int16')

# Опасно! Может произойти переполнение
print("int16:", arr.cumprod())
print("тип результата:", arr.cumprod().dtype)
print("int16 аккумулятор:", arr.cumprod(dtype=np.int16))

# Правильно: сразу указываем float64
print("float64:", arr.cumprod(dtype=np.float64))
print("astype:", arr.astype(np.float64).cumprod())

# Работа с нулями
with_zero = np.array([3, 5, 0, 2, 4])
print("с нулём:", with_zero.cumprod())

# Ошибки в осях (axis)
m = np.array([[1, 2, 3], [4, 5, 6]])
print("без axis:", m.cumprod())
print("axis=0:\n", m.cumprod(axis=0))
print("axis=1:\n", m.cumprod(axis=1))
