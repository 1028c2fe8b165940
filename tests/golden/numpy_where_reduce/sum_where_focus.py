import numpy as np
# Float sums with where=: NumPy's add loop runs once per unbroken run of
# selected elements (pairwise within it), added to the running value.
x = np.array([0.1] * 9)
print(repr(np.add.reduce(x, where=[True] * 9)), repr(np.sum(x)), repr(x.sum(where=True)))
print(repr(np.sum(x, where=[True, True, True, False, True, True, True, True, True])))
y = np.arange(1, 40) / 7
m = (np.arange(39) % 5) != 2
print(repr(np.sum(y, where=m)), repr(np.add.reduce(y, where=m)))
big = np.arange(300) / 3
print(repr(np.sum(big, where=big != 50)), repr(np.sum(big, where=np.arange(300) % 17 != 0)))
print(repr(np.add.reduce(np.array([-0.0]), where=[True])), repr(np.sum(np.array([-0.0, -0.0]), where=[True, False])))
a = np.array([10., np.nan, 10])
print(repr(np.sum(a, where=~np.isnan(a))), repr(a.sum(where=~np.isnan(a))), repr(np.add.reduce(a, where=~np.isnan(a))))
# axes, keepdims, broadcasting masks, initial
b = np.arange(24, dtype=float).reshape(2, 3, 4) / 10
w = (np.arange(24).reshape(2, 3, 4) % 3) != 0
for ax in [None, 0, 1, 2, -1, (0, 2), (1, 2), (0, 1, 2), ()]:
    print(ax, repr(np.sum(b, axis=ax, where=w)), repr(np.add.reduce(b, axis=ax, where=w)))
print(repr(np.sum(b, axis=1, where=[True, False, True, True], keepdims=True)))
print(repr(b.sum(axis=0, where=[[True], [False], [True]], initial=100)))
print(repr(np.add.reduce(b, axis=(0, 1), where=w[0], initial=0.5, keepdims=True)))
print(repr(np.sum(b.T, axis=0, where=w.T)))
print(repr(np.sum(b[:, ::2, ::-1], where=w[:, ::2])))
# float32, float16, complex, ints, bools
f = (np.arange(50, dtype=np.float32) / 3)
print(repr(np.sum(f, where=f > 2)), repr(np.sum(f.astype(np.float16), where=f > 2)))
print(repr(np.sum(f.reshape(5, 10), axis=1, where=f.reshape(5, 10) % 2 > 0.5)))
c = np.arange(12).reshape(3, 4) * (0.1 + 0.3j)
print(repr(np.sum(c, where=[True, False, True, True])), repr(np.sum(c, axis=0, where=[[True], [False], [True]])))
i = np.arange(12, dtype=np.int8).reshape(3, 4) * 20
print(repr(np.sum(i, where=i > 50)), repr(np.sum(i, axis=1, where=i > 50, dtype=np.int8)))
print(repr(np.add.reduce(i, axis=0, where=i > 50)), repr(np.add.reduce([[1,2],[3,4]], axis=0, where=[[True,False],[True,True]])))
t = np.array([[True, True, False], [True, False, True]])
print(repr(np.sum(t, where=t)), repr(np.sum(t, axis=0, where=[True, True, False])))
# masks: scalars, None, empty input, broadcasting errors
print(repr(np.sum(b, where=False)), repr(np.sum(b, axis=0, where=np.bool_(True))), repr(np.sum(b, where=None)))
print(repr(np.sum(np.zeros((0, 3)), axis=0, where=[True, False, True])), repr(np.sum([], where=[])))
for bad in [[True, False], np.ones((2, 1, 1, 1), bool), np.array([1.0, 0.0, 1.0, 0.0]), [[1, 0, 1, 0]]]:
    try:
        print(repr(np.sum(b, where=bad)))
    except Exception as e:
        print(type(e).__name__, e)
