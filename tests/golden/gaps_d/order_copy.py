import numpy as np

b = np.arange(6).reshape(2, 3)
lst = [[1, 2, 3], [4, 5, 6]]
def show(x):
    print(x.tolist(), x.strides, x.flags["C_CONTIGUOUS"], x.flags["F_CONTIGUOUS"], np.isfortran(x))
for order in ["C", "F", "A", "K"]:
    print(order)
    show(b.copy(order))
    show(b.T.copy(order=order))
    show(np.copy(b.T, order=order))
    show(np.array(lst, order=order))
    show(np.array(b.T, order=order))
    show(np.array(b.T, dtype=float, order=order))
    show(np.asarray(lst, order=order))
    show(np.asarray(b.T, order=order))
    show(np.asarray(b, dtype=np.float32, order=order))
    show(np.array(b.T[::-1], order=order))
    show(np.array(b[:, ::2], order=order))
show(np.copy(b.T))
show(b.T.copy())
show(np.array(b.T))
show(np.array(b.T, dtype=float))
show(np.asarray(b.T, dtype=float))
z = np.broadcast_to(np.arange(3), (2, 3))
show(z.copy("K"))
show(np.array(z))
f = np.array(lst, order="F")
f[0, 0] = 99
print(lst[0][0], f.ravel(), f.ravel("K"), f.flatten("A"), np.cumsum(f), np.cumsum(f, axis=0))
g = np.asarray(f, order="F")
g[1, 1] = -5
print(f[1, 1], np.asarray(f, order="C").flags["C_CONTIGUOUS"])
h = np.array([[1.5, 2.5], [3.5, 4.5]], order="F")
print(h.sum(axis=0), h.cumsum(), h @ h, h.T.flags["C_CONTIGUOUS"], h.reshape(4))
e = np.array(np.zeros((2, 0, 3)), order="F")
print(e.shape, e.strides)
s = np.array(5, order="F")
print(s, s.strides, np.array([1, 2, 3], order="F").strides)
