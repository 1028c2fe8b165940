import numpy as np
# Source: https://github.com/mmalek06/numpy-torch-curriculum/blob/main/6.medium_numpy_restricted_range_histogram_equalization.ipynb
# (the notebook's cells in order, as written; print(repr(...)) around each cell's shown value)
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
high = 200
low = 50
cdf_norm = cdf / cdf.max()
lookup_table = (cdf_norm * (high - low) + low).astype(np.uint8)
img_eq = lookup_table[img]
print(repr(img_eq))
high = 200
low = 50
cdf_min = cdf[cdf > 0][0]
cdf_norm = (cdf - cdf_min) / (cdf.max() - cdf_min)
lookup_table = (cdf_norm * (high - low) + low).astype(np.uint8)
img_eq = lookup_table[img]
print(repr(img_eq))
