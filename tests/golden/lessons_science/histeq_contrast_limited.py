import numpy as np
# Source: https://github.com/mmalek06/numpy-torch-curriculum/blob/main/7.medium_numpy_contrast_limited_histogram_equalization.ipynb
# (the notebook's cells in order, as written; print(repr(...)) around each cell's shown value)
img = np.array([
    [50, 52, 52],
    [51, 52, 53],
    [52, 53, 54]
], dtype=np.uint8)
print(repr(img))
hist = np.bincount(img.flatten(), minlength=256)
print(repr(hist))
clip_threshold = 2
old_hist = hist.copy()
hist = np.minimum(hist, clip_threshold)
print(repr(hist))
excess = (old_hist - hist).sum()

while excess > 0:
    valid_mask_indices = np.where(hist < clip_threshold)[0]
    correct_mask_indices = valid_mask_indices[:excess]
    hist[correct_mask_indices] += 1
    excess -= correct_mask_indices.size

print(repr(hist))
high = 200
low = 50
cdf = np.cumsum(hist)
cdf_min = cdf[cdf > 0][0]
cdf_norm = (cdf - cdf_min) / (cdf.max() - cdf_min)
lookup_table = (cdf_norm * (high - low) + low).astype(np.uint8)
img_eq = lookup_table[img]
print(repr(img_eq))
