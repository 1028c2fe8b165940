import numpy
# Source: https://w3toppers.com/finding-moving-average-from-data-points-in-python/ (cumsum approach,
# as written; `data` and `window_width` chosen for the corpus, print added)
data = [3, 5, 2, 8, 6, 1, 9, 4]
window_width = 3
cumsum_vec = numpy.cumsum(numpy.insert(data, 0, 0)) 
ma_vec = (cumsum_vec[window_width:] - cumsum_vec[:-window_width]) / window_width
print(ma_vec)
