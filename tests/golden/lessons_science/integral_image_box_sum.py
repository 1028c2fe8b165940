import numpy as np
# Source: https://github.com/mmalek06/numpy-torch-curriculum/blob/main/8.medium_numpy_integral_image_vectorized.ipynb
# (the notebook's cells in order, as written; print(repr(...)) around each cell's shown value)
img = np.arange(16).reshape((4, 4)) + 1
print(repr(img))
def box_sum_bad(img: np.ndarray, k: int) -> np.ndarray:
    cum_cols = np.cumsum(img, axis=0)
    ii = np.cumsum(cum_cols, axis=1)
    ii = np.pad(ii, ((1, 0), (1, 0)), mode="constant")
    strides = np.lib.stride_tricks.as_strided(
        ii,
        shape=(ii.shape[0] - k, ii.shape[1] - k, k + 1, k + 1),
        strides=ii.strides + ii.strides
    ).astype(np.int64)
    elements_for_summing = strides[:, :, [0, k]][:, :, :, [0, k]]
    elements_for_summing[:, :, 0, 1] = -elements_for_summing[:, :, 0, 1]
    elements_for_summing[:, :, 1, 0] = -elements_for_summing[:, :, 1, 0]
    result = np.sum(elements_for_summing, axis=(-2, -1))

    return result


def box_sum(img: np.ndarray, k: int) -> np.ndarray:
    ii = img.astype(np.int64).cumsum(axis=0).cumsum(axis=1)
    ii = np.pad(ii, ((1, 0), (1, 0)), mode="constant")

    return ii[k:, k:] - ii[:-k, k:] - ii[k:, :-k] + ii[:-k, :-k]
k = 3
sum = box_sum(img, k)
print(repr(sum))
def box_mean_valid(img: np.ndarray, k: int) -> np.ndarray:
    sums = box_sum(img, k)
    means = sums / (k ** 2)

    return means

print(repr(box_mean_valid(img, k)))
def box_mean_same(img: np.ndarray, k: int) -> np.ndarray:
    if k < 1 or k % 2 == 0:
        raise ValueError("k must be a positive odd integer")

    p = k // 2
    img_p = np.pad(img, ((p, p), (p, p)), mode="constant", constant_values=0)
    sums = box_sum(img_p, k)

    return np.round(sums / (k * k), 2)
print(repr(box_mean_same(img, k)))
