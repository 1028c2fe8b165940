import numpy as np
# Source: https://github.com/mmalek06/numpy-torch-curriculum/blob/main/8.medium_numpy_integral_image_imperative.ipynb
# (the notebook's cells in order, as written; print(repr(...)) around each cell's shown value)
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
from numpy.lib.stride_tricks import sliding_window_view


def _ref_box_sum(img: np.ndarray, k: int) -> np.ndarray:
    w = sliding_window_view(img, (k, k))

    return w.astype(np.float64).sum(axis=(2, 3))

def run_box_sum_tests(box_sum_fn):
    rng = np.random.default_rng(42)
    cases = [
        (rng.integers(0, 10,  (3, 3),  dtype=np.int32),  [2]),
        (rng.integers(0, 255, (5, 7),  dtype=np.uint8),  [2, 3]),
        (rng.integers(-50, 50, (16, 10), dtype=np.int32), [3, 4]),
        (rng.integers(0, 1000,(12, 12), dtype=np.int64), [6]),
    ]

    for idx, (img, ks) in enumerate(cases, 1):
        for k in ks:
            ref = _ref_box_sum(img, k)
            _, out = box_sum_fn(img, k)
            np.testing.assert_allclose(
                np.asarray(out, dtype=np.float64),
                np.asarray(ref, dtype=np.float64),
                rtol=0, atol=0
            )
    print("All box_sum tests passed on 5 matrices and multiple window sizes.")


run_box_sum_tests(box_sum)
