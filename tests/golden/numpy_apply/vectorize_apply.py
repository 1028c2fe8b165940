import numpy as np
f = np.vectorize(lambda x: x * 2)
print(f(np.arange(3)), f(3), repr(f(3)), f([[1.5, 2]]))
g = np.vectorize(lambda x, y: x if x > y else y)
print(g([1, 5, 3], 2), g([1.0, 5], [[2], [7]]))
h = np.vectorize(lambda x: 1 if x < 2 else 2.7); print(h(np.arange(4)))
k = np.vectorize(lambda x: x / 2, otypes=[float]); print(k([1, 2, 3]), repr(k([])))
t = np.vectorize(lambda x: type(x).__name__ == 'int'); print(t(np.array([1, 2])))
try:
    np.vectorize(lambda x: x)([])
except Exception as e:
    print(type(e).__name__, e)
print(np.vectorize(lambda x: x > 1)([1, 2, 3]))
def clip(x, lo=0):
    return max(x, lo)
print(np.vectorize(clip)([-1, 2], lo=1))
calls = []
def spy(x):
    calls.append(x)
    return x
np.vectorize(spy)(np.array([3, 4]))
print(calls, [type(c).__name__ for c in calls])
calls.clear()
np.vectorize(spy, cache=True)(np.array([3, 4]))
print(calls)
print(repr(np.vectorize(lambda x: 1.5)(np.float32(2))))
print(repr(np.vectorize(lambda x: x)(np.array([1, 2], dtype=np.int8))))
print(repr(np.vectorize(lambda x: x)(np.array([1, 2], dtype=np.float32))))
print(repr(np.vectorize(lambda x: np.float32(x))(np.array([1, 2]))))
print(repr(np.vectorize(lambda x: x, otypes='d')([1, 2])))
print(repr(np.vectorize(lambda x: x, otypes=[np.int8])([1, 2.7])))
try:
    print(repr(np.vectorize(lambda x: 0 if x else float('nan'))([1, 0])))
except Exception as e:
    print(type(e).__name__, e)
print(np.vectorize(lambda x: x)([True, False]))
print(type(np.vectorize(len)).__name__)
print(np.apply_along_axis(np.cumsum, 1, np.arange(6).reshape(2, 3)))
print(np.apply_along_axis(np.sum, 0, np.arange(6).reshape(2, 3)))
print(np.apply_along_axis(lambda r: r.max() - r.min(), 1, np.array([[1, 5, 3], [2, 2, 9]])))
print(np.apply_along_axis(lambda r: np.array([r.min(), r.max()]), 0, np.arange(6).reshape(2, 3)))
print(repr(np.apply_along_axis(lambda r: r / 2, -1, np.arange(8).reshape(2, 2, 2))))
print(repr(np.apply_along_axis(lambda r: r.cumsum(), 1, np.arange(24).reshape(2, 3, 4))))
print(repr(np.apply_along_axis(lambda r: [r.sum(), 2.5], 1, [[1, 2], [3, 4]])))
print(repr(np.apply_along_axis(np.sum, 0, [1, 2, 3])))
print(repr(np.apply_along_axis(lambda r, k: r * k, 0, [1, 2], 3)))
print(repr(np.apply_along_axis(np.sum, 0, np.zeros((0, 3)))))
for bad in [lambda: np.apply_along_axis(np.sum, 2, np.zeros((1, 3))),
            lambda: np.apply_along_axis(np.sum, 1, np.zeros((0, 3)))]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
