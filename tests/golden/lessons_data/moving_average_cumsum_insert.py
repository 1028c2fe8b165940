# Source: https://w3toppers.com/finding-moving-average-from-data-points-in-python/
# (answer: moving average from a cumsum with a leading 0 inserted, said to be faster than
# np.convolve). Adapted: `data` and `window_width` defined, compared with np.convolve.
import numpy
import numpy as np

data = [3, 5, 2, 8, 7, 1, 4, 6, 9, 0]
window_width = 3
cumsum_vec = numpy.cumsum(numpy.insert(data, 0, 0)) 
ma_vec = (cumsum_vec[window_width:] - cumsum_vec[:-window_width]) / window_width
print(cumsum_vec)
print(ma_vec)
print(np.convolve(data, np.ones(window_width) / window_width, mode='valid'))
print(np.allclose(ma_vec, np.convolve(data, np.ones(window_width), 'valid') / window_width))
