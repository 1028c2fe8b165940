import numpy as np
from numpy.testing import assert_allclose, assert_array_equal, assert_equal

prices = np.array([10.0, 10.5, 9.8, 11.2])
returns = np.diff(prices) / prices[:-1]
growth = np.cumprod(1 + returns)
assert_allclose(growth, prices[1:] / prices[0])
assert_array_equal(np.cumsum([1, 2, 3]), [1, 3, 6])
assert_equal({'total': np.cumsum([1, 2])[-1]}, {'total': 3})
print("all checks passed")
expected = np.array([1.05, 0.98, 1.13])
assert_allclose(growth, expected, rtol=1e-3, err_msg="growth factors")
print("not reached")
