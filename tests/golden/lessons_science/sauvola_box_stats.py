import numpy as np
# Source: https://github.com/mmalek06/numpy-torch-curriculum/blob/main/8.medium_numpy_adaptive_threshold_sauvola.ipynb
# (the notebook's cells as written, its unused matplotlib import left out; the notebook stops at
# `...` in sauvola(), so the calls and prints at the end are added to show what each helper returns)
img = np.array([
    [0, 2, 4, 6, 8, 10, 12],
    [0, 2, 4, 6, 8, 10, 12],
    [0, 2, 4, 6, 8, 10, 12],
    [0, 2, 4, 6, 20, 10, 12],
    [0, 2, 4, 6, 8, 10, 12],
    [0, 2, 4, 6, 8, 10, 12],
    [0, 2, 4, 6, 8, 10, 12]
], dtype=np.int64)
def box_sum(img: np.ndarray, k: int) -> np.ndarray:
    ii = img.cumsum(axis=0).cumsum(axis=1)
    ii = np.pad(ii, ((1, 0), (1, 0)), mode="constant")

    return ii[k:, k:] - ii[:-k, k:] - ii[k:, :-k] + ii[:-k, :-k]


def pad(img: np.ndarray, k: int) -> np.ndarray:
    pad_amount_total = k - 1
    q, r = divmod(pad_amount_total, 2)
    pad_left_top = q + r
    pad_right_bottom = q
    img_pad = np.pad(img, ((pad_left_top, pad_right_bottom), (pad_left_top, pad_right_bottom)), mode="reflect")

    return img_pad


def box_mu_same_reflect(img: np.ndarray, k: int) -> np.ndarray:
    img_pad = pad(img, k)
    sums = box_sum(img_pad, k)

    return sums / (k * k)


def box_sigma_same_reflect(img: np.ndarray, k: int, mu: np.ndarray) -> np.ndarray:
    img_pad = pad(img, k)
    sums = box_sum(img_pad ** 2, k)
    e2 = sums / (k * k)
    var = e2 - mu * mu
    var = np.maximum(var, 0.0)
    sigma = np.sqrt(var)

    return sigma


def sauvola(img: np.ndarray, k: int) -> np.ndarray:
    mu = box_mu_same_reflect(img, k)
    sigma = box_sigma_same_reflect(img, k, mu)
    kappa = .5
    R = 128
    t = mu * (1 + kappa * ((sigma / R) - 1))

    ...
print(pad(img, 4))
mu = box_mu_same_reflect(img, 3)
print(mu)
print(box_sigma_same_reflect(img, 3, mu))
print(sauvola(img, 3))
