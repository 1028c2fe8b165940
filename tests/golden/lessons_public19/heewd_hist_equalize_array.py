# Modeled on: https://github.com/heew-d/PY_OPENCV/blob/main/0511.py
# (histogram equalization of a 4x4 array: hist.cumsum(), zeros masked with np.ma.masked_equal,
# the cdf stretched to 0..255, filled and cast to uint8, then used as a lookup table T[src]).
# Cut: cv2.equalizeHist (OpenCV), whose result the course prints first. Added: printing the
# steps and dst2, which the course computes but leaves unprinted.
import numpy as np

src = np.array([
    [2, 2, 4, 4],
    [2, 2, 4, 4],
    [4, 4, 4, 4],
    [4, 4, 4, 4]
], dtype=np.uint8)

hist, bins = np.histogram(src.flatten(), 256, [0, 256])
print(hist[:6], bins[:6], hist.dtype, bins.dtype)
cdf = hist.cumsum()
print(cdf[:6], cdf[-1])
cdf_m = np.ma.masked_equal(cdf, 0)
print(cdf_m[:6])
T = (cdf_m - cdf_m.min()) * 255 / (cdf_m.max() - cdf_m.min())
print(T[:6])
T = np.ma.filled(T, 0).astype('uint8')
print(T[:6], T.dtype)
dst2 = T[src]
print('dst2 =', dst2)
