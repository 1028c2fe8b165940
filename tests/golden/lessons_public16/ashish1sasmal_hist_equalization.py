# Modeled on: https://github.com/ashish1sasmal/OPENCV-Python (Histograms/Histogram_theory.py)
# (written for npcalc after the lesson, not copied: histogram equalisation's lookup table from
# hist.cumsum() through np.ma.masked_equal and np.ma.filled; a seeded random low-contrast image
# stands in for cv2.imread)
import numpy as np

np.random.seed(3)
img = np.random.randint(60, 120, size=(8, 10)).astype(np.uint8)
hist, bins = np.histogram(img.flatten(), 256, [0, 256])
cdf = hist.cumsum()
print(cdf[55:125])

cdf_m = np.ma.masked_equal(cdf, 0)
cdf_m = (cdf_m - cdf_m.min()) * 255 / (cdf_m.max() - cdf_m.min())
cdf = np.ma.filled(cdf_m, 0).astype('uint8')
print(cdf[55:125])
img2 = cdf[img]
print(img2)
print(img.min(), img.max(), img2.min(), img2.max())
