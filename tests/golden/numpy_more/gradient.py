import numpy as np

def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__, e)
        return
    if isinstance(r, tuple):
        for x in r:
            print(repr(x), x.dtype, x.tolist())
    else:
        print(repr(r), r.dtype, r.tolist())

y = np.array([1, 4, 9, 16, 25, 36])
show(lambda: np.gradient(y))
show(lambda: np.gradient(y, 2))
show(lambda: np.gradient(y, 0.5))
show(lambda: np.gradient(y, edge_order=2))
show(lambda: np.gradient(y, 0.3, edge_order=2))
show(lambda: np.gradient(y, [0, 1, 3, 4, 7, 11]))
show(lambda: np.gradient(y, [0, 1, 3, 4, 7, 11], edge_order=2))
show(lambda: np.gradient(y, np.array([0., 0.5, 1.0, 1.5, 2.0, 2.5])))
show(lambda: np.gradient(y, np.linspace(0, 1, 6), edge_order=2))
show(lambda: np.gradient(np.cumsum([0.1, 0.2, 0.3, 0.4])))
f32 = np.array([1, 4, 9, 16], dtype=np.float32)
show(lambda: np.gradient(f32))
show(lambda: np.gradient(f32, 2.0))
show(lambda: np.gradient(f32, np.float64(3.0)))
show(lambda: np.gradient(f32, [0, 1, 3, 4]))
show(lambda: np.gradient(np.array([1, 4, 9], dtype=np.float16)))
show(lambda: np.gradient(np.array([1+1j, 4, 9-2j])))
m = np.array([[1, 2, 6], [3, 4, 5], [7, 1, 0]])
show(lambda: np.gradient(m))
show(lambda: np.gradient(m, axis=0))
show(lambda: np.gradient(m, axis=-1, edge_order=2))
show(lambda: np.gradient(m, 2, 3))
show(lambda: np.gradient(m, [0, 1, 3], 2.0))
show(lambda: np.gradient(m, axis=(1, 0)))
show(lambda: np.gradient(np.arange(24).reshape(2, 3, 4) ** 2, axis=2))
show(lambda: np.gradient([True, False, True]))
show(lambda: np.gradient([1]))
show(lambda: np.gradient([1, 2], edge_order=2))
show(lambda: np.gradient([1, 2, 3], edge_order=3))
show(lambda: np.gradient([1, 2, 3], 1, 2))
show(lambda: np.gradient([1, 2, 3], [1, 2]))
show(lambda: np.gradient([1, 2, 3], [[1, 2, 3]]))
show(lambda: np.gradient(m, axis=2))
x = np.linspace(0, np.pi, 9)
show(lambda: np.gradient(np.sin(x), x))
show(lambda: np.gradient(np.cumsum(np.ones(5)), 0.25))
