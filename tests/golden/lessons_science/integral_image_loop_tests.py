import numpy as np
# Source: https://github.com/mmalek06/numpy-torch-curriculum/blob/main/8.medium_numpy_integral_image_imperative.ipynb
# (the notebook's cells in order, as written; print(repr(...)) around each cell's shown value; its
# last cell, a test harness around np.testing.assert_allclose, is left out: npcalc has no
# np.testing, and under NumPy that harness fails, the uint8 case overflowing the loop's sums)
img = np.arange(16).reshape((4, 4)) + 1
print(repr(img))
def box_sum(img: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    h, w = img.shape
    size_y = h - k + 1
    size_x = w - k + 1
    hv_padded = np.pad(img, ((1, 0), (1, 0)), mode="constant")
    sums = np.zeros((size_y, size_x), dtype=np.int32)

    for y in range(1, hv_padded.shape[0]):
        running_sum = 0

        for x in range(1, hv_padded.shape[1]):
            # subtract the diagonal element to prevent double-counting
            running_sum += hv_padded[y, x] + hv_padded[y - 1, x] - hv_padded[y - 1, x - 1]
            hv_padded[y, x] = running_sum

            if y >= k and x >= k:
                box_sum = hv_padded[y, x] - hv_padded[y, x - k] - hv_padded[y - k, x] + hv_padded[y - k, x - k]
                sums[y - k, x - k] = box_sum

    return hv_padded, sums
k = 3

ii, sum = box_sum(img, k)
print(repr(ii))
print(repr(sum))
