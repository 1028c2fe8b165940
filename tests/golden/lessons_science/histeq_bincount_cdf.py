import numpy as np
# Source: https://github.com/mmalek06/numpy-torch-curriculum/blob/main/5.medium_numpy_histogram_equalization.ipynb
# (the notebook's NumPy cells in order, as written; print() around each cell's shown value; the
# cv2.equalizeHist comparison cell is left out since it needs OpenCV)
img = np.array([
    [50, 52, 52],
    [51, 52, 53],
    [52, 53, 54]
], dtype=np.uint8)
print(repr(img))
hist = np.bincount(img.flatten(), minlength=256)
print(repr(hist))
cdf = np.cumsum(hist)
print(repr(cdf))
cdf_min = cdf[cdf > 0].min()
print(repr(cdf_min))
cdf_normalized = ((cdf - cdf_min) * 255 / (cdf.max() - cdf_min)).astype(np.uint8)
print(repr(cdf_normalized))
print(repr(cdf_normalized[img.flatten()].reshape(img.shape)))
print(repr(cdf - cdf_min))
print(repr((cdf - cdf_min) / (cdf.max() - cdf_min)))
