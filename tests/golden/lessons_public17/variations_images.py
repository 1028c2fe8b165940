# Variations a learner tries after the integral-image lessons (joaco18_viola_jones_integral,
# bioengmatt_integral_rect): uint8 images whose sums wrap unless dtype= widens them, other axis
# orders, np.pad spellings, a rectangle past the edge, a negative index, a float corner, and
# printing a window's mean with a format spec.
import numpy as np


def show(label, f):
    try:
        r = f()
        print(label, repr(r))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


img = np.full((3, 4), 200, dtype=np.uint8)
show("uint8 cumsum", lambda: np.cumsum(img, axis=1))
show("uint8 cumsum dtype", lambda: np.cumsum(img, axis=1, dtype=np.uint8))
show("uint8 cumsum uint16", lambda: img.cumsum(axis=0, dtype=np.uint16).cumsum(axis=1))
show("int8 image", lambda: np.cumsum(np.full((2, 2), 100, dtype=np.int8), axis=0, dtype=np.int8))
show("axis order", lambda: np.array_equal(img.cumsum(0).cumsum(1), img.cumsum(1).cumsum(0)))
show("axis tuple", lambda: np.cumsum(img, axis=(0, 1)))
show("axis 2", lambda: np.cumsum(img, axis=2))
show("axis -3", lambda: np.cumsum(img, axis=-3))
show("axis str", lambda: np.cumsum(img, axis='0'))
ii = np.pad(np.cumsum(np.cumsum(img.astype(np.int64), 0), 1), ((1, 0), (1, 0)))
show("pad tuple", lambda: ii)
show("pad constant 1", lambda: np.pad(np.ones((2, 2), int), 1, 'constant', constant_values=7))
show("pad mode typo", lambda: np.pad(np.ones((2, 2)), 1, mode='constnat'))
show("pad negative", lambda: np.pad(np.ones((2, 2)), -1))
show("pad float width", lambda: np.pad(np.ones((2, 2)), 1.5))
show("pad edge", lambda: np.pad(np.arange(4).reshape(2, 2), (1, 2), 'edge'))
show("pad reflect", lambda: np.pad(np.arange(3), 2, mode='reflect'))
show("hstack mismatch", lambda: np.hstack((np.zeros((2, 1)), np.ones((3, 2)))))
show("vstack mismatch", lambda: np.vstack((np.zeros((1, 3)), np.ones((2, 2)))))
show("corner past edge", lambda: ii[[0, 0, 4, 4], [0, 9, 0, 9]])
show("negative corner", lambda: ii[[-1, 0], [-1, 0]])
show("float corner", lambda: ii[1.0, 2])
show("float list corner", lambda: ii[[1.0, 2.0], [1, 2]])
show("fancy unequal", lambda: ii[[0, 1, 2], [0, 1]])
show("multiply list", lambda: np.multiply(ii[[0, 0, 3, 3], [0, 4, 0, 4]], [1, -1, -1, 1]).sum())
window = ii[3, 4] - ii[0, 4] - ii[3, 0] + ii[0, 0]
print(f"sum={window}, mean={window / img.size:.1f}, hex={int(window):#x}, {window:>8,}")
big = np.arange(1, 13, dtype=np.float32).reshape(3, 4)
show("float32 integral", lambda: big.cumsum(0).cumsum(1))
show("float32 dtype f8", lambda: big.cumsum(0, dtype=np.float64).cumsum(1).dtype)
show("empty image", lambda: np.cumsum(np.cumsum(np.zeros((0, 3)), axis=0), axis=1).shape)
out = np.zeros((3, 4), dtype=np.int32)
show("out 2-D", lambda: np.cumsum(img, axis=0, out=out) is out)
print(out)
