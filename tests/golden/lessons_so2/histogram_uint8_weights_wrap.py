# Source: https://github.com/numpy/numpy/issues/16616 ("numpy.histogram wrong output dtype when
# using uint8 weights": the report's script as written, with a seed added and the image cut from
# 1000x1000 to 100x100, the quarter mask scaled to match)
import numpy

numpy.random.seed(0)
img = numpy.random.randint(0, 256, (100, 100), dtype=numpy.uint8)
# mask one quarter of the image
mask = numpy.ones_like(img)
mask[0:50, 0:50] = 0

weighted_hist, bin_edges = numpy.histogram(img, bins=numpy.arange(257), weights=mask)
hist, bin_edges = numpy.histogram(img, bins=numpy.arange(257))


print(weighted_hist / hist)    # expected: values close to  3/4, got much lower values
print(weighted_hist.dtype)   # expected int32 or int64, got uint8


# much smaller img works (no overflow)
img2 = numpy.arange(20, dtype=numpy.uint8).reshape((4, 5))
img2[2:] = img2[0:2]
mask2 = numpy.array([[1, 0, 1, 1, 1], 
                     [0, 1, 1, 1, 1],
                     [1, 0, 0, 1, 1],
                     [1, 1, 1, 1, 0]], dtype=numpy.uint8)
weighted_hist2, bin_edges = numpy.histogram(img2, bins=numpy.arange(11), weights=mask2)
hist2, bin_edges = numpy.histogram(img2, bins=numpy.arange(11))
print(weighted_hist2, hist2)
print(weighted_hist2.dtype)
