# Row-wise running totals three ways: cumsum(axis=1), apply_along_axis and a vectorized rule.
import numpy as np

sales = np.array([[3, 0, 5, 2], [1, 4, 0, 6], [2, 2, 2, 2]])
print(sales.cumsum(axis=1))
print(np.apply_along_axis(np.cumsum, 1, sales))
print(np.array_equal(sales.cumsum(axis=1), np.apply_along_axis(np.cumsum, 1, sales)))
bonus = np.vectorize(lambda total: 10 if total >= 10 else 0)
print(bonus(sales.cumsum(axis=1)))
grade = np.vectorize(lambda x: 'high' if x > 8 else 'low', otypes=None)
try:
    print(grade(sales.sum(axis=1)))
except TypeError as e:
    print("refused")
print(np.apply_along_axis(lambda row: np.percentile(row, 50), 1, sales))
