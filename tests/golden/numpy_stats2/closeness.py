import numpy as np
print(np.isclose([1e10, 1e-7], [1.00001e10, 1e-8]))
print(np.isclose([1e-8, 1e-7], [0.0, 0.0]))
print(np.isclose(0.1 + 0.2, 0.3), np.isclose(1, 1.0000001))
print(np.isclose([1.0, np.nan], [1.0, np.nan]), np.isclose([1.0, np.nan], [1.0, np.nan], equal_nan=True))
print(np.isclose([np.inf, -np.inf, 1.0], [np.inf, np.inf, np.inf]))
print(np.isclose([1, 2, 3], [1, 2, 4], atol=0.5))
print(np.allclose([1e10, 1e-8], [1.00001e10, 1e-9]), np.allclose([1.0, np.nan], [1.0, np.nan], equal_nan=True))
print(np.array_equal([1, 2], [1, 2]), np.array_equal([1, 2], [1, 2, 3]), np.array_equal([1.0, np.nan], [1.0, np.nan], equal_nan=True))
