import numpy as np
# Source: https://github.com/mmalek06/numpy-torch-curriculum/blob/main/8.medium_numpy_mean_filter.ipynb
# (the notebook's cells in order, as written; the two plt.imshow cells and the matplotlib import
# are left out; print(repr(...)) around the shown value)
img = np.array([
    [0, 0, 0, 0, 0, 0, 0],
    [0, 0, 0, 0, 0, 0, 0],
    [0, 0, 9, 9, 9, 0, 0],
    [0, 0, 9, 9, 9, 0, 0],
    [0, 0, 9, 9, 9, 0, 0],
    [0, 0, 0, 0, 0, 0, 0],
    [0, 0, 0, 0, 0, 0, 0]
], dtype=np.int64)
k = 4


def box_sum(img: np.ndarray, k: int) -> np.ndarray:
    ii = img.cumsum(axis=0).cumsum(axis=1)
    ii = np.pad(ii, ((1, 0), (1, 0)), mode="constant")

    return ii[k:, k:] - ii[:-k, k:] - ii[k:, :-k] + ii[:-k, :-k]


def blur(img: np.ndarray, k: int) -> np.ndarray:
    pad_amount_total = k - 1
    q, r = divmod(pad_amount_total, 2)
    pad_left_top = q + r
    pad_right_bottom = q
    img_pad = np.pad(img, ((pad_left_top, pad_right_bottom), (pad_left_top, pad_right_bottom)), mode="reflect")
    box_summed = box_sum(img_pad, k)
    result = box_summed / (k**2)
    result_u8 = np.clip(result, 0, 255).round().astype(np.uint8)

    return result_u8
print(repr(blur(img, k)))
