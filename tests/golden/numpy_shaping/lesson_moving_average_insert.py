import numpy as np
# Moving average from a cumsum padded with np.insert, as this answer writes it
# (https://w3toppers.com/finding-moving-average-from-data-points-in-python/).
data = np.array([3.0, 5.0, 7.0, 2.0, 8.0, 10.0, 11.0, 65.0, 72.0, 81.0, 99.0, 100.0])
window_width = 4
cumsum_vec = np.cumsum(np.insert(data, 0, 0))
ma_vec = (cumsum_vec[window_width:] - cumsum_vec[:-window_width]) / window_width
print(cumsum_vec)
print(ma_vec)
# The same with integers: insert keeps the dtype, the division makes floats.
ints = np.arange(1, 11)
c = np.cumsum(np.insert(ints, 0, 0))
print(repr(c))
print(repr((c[3:] - c[:-3]) / 3))
# np.r_ spelling of the zero-padded cumsum.
c2 = np.r_[0, np.cumsum(ints)]
print(repr(c2), np.array_equal(c2, c))
