# Modeled on: https://runebook.dev/ru/docs/numpy/reference/generated/numpy.cumprod
# (written after the Russian "Практическое применение numpy.cumprod() для анализа данных" page:
# the basic [1, 2, 3, 4], then its three pitfalls (overflow with int32, zeros, NaN) and the
# alternatives it turns to: dtype=float64, np.nancumprod and compounding growth rates.)
import numpy as np

arr = np.array([1, 2, 3, 4])
result = np.cumprod(arr)

print(result)
# Вывод: [ 1  2  6 24]

big = np.arange(1, 16, dtype=np.int32)
print(np.cumprod(big))
print(np.cumprod(big, dtype=np.float64))

zeros = np.array([2, 3, 0, 4])
print(np.cumprod(zeros))

nans = np.array([2.0, np.nan, 3.0, 4.0])
print(np.cumprod(nans))
print(np.nancumprod(nans))

# Рост капитала: доходности по месяцам
returns = np.array([0.05, -0.02, 0.03, 0.01])
growth = np.cumprod(1 + returns)
print(growth)
print(f"Итоговый рост: {growth[-1]:.4f}")
