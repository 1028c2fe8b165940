import numpy as np
# np.var / np.std with where=: _var's counts, masked mean and masked sum
# of squared deviations.
a = np.array([[1, 2, 3], [4, 5, 60]])
m = np.array([[True, True, True], [True, True, False]])
print(repr(np.var(a, where=m)), repr(np.std(a, where=m)), repr(a.var(where=m)), repr(a.std(axis=1, where=m)))
print(repr(np.var(a, axis=0, where=m, keepdims=True)), repr(np.std(a, axis=1, where=m, ddof=1)))
print(repr(np.var(a, axis=0, where=m, ddof=1)))
x = np.arange(40, dtype=np.float64).reshape(5, 8) / 7
w = (np.arange(40).reshape(5, 8) % 3) != 1
print(repr(np.var(x, where=w)), repr(np.std(x, axis=0, where=w)), repr(np.var(x, axis=-1, where=w[0])))
print(repr(np.var(x.astype(np.float32), axis=1, where=w)), repr(np.std(x.astype(np.float16), where=w)))
print(repr(np.var(x, where=w, dtype=np.float32)))
c = np.array([1 + 2j, 3 - 1j, 2j, 5 + 5j])
print(repr(np.var(c, where=[True, True, False, True])), repr(np.std(c, where=[True, False, True, True])))
print(repr(np.std(np.array([1., np.nan, 3.]), where=[True, False, True])))
print(repr(np.var(np.arange(4.0), where=[False, True, False, False])))
print(repr(np.var(np.arange(6.0).reshape(2, 3), axis=1, where=[[True, False, False], [True, True, True]])))
print(repr(np.std(np.arange(6.0).reshape(2, 3), axis=1, where=[[False, False, False], [True, True, True]])))
try:
    print(repr(np.var(a, where=[True, False])))
except Exception as e:
    print(type(e).__name__, e)
# _count_reduce_items broadcasts where= as given and sums its values as
# integers, before the bool mask of the sums is read.
b = np.ones((2, 3))
for w in [[True, False], np.ones((2, 1, 1, 1), bool), np.array([1.0, 0.0, 1.0]), np.array([1, 0, 1]), [1, 0, 1], None, [[2, 0, 1]]]:
    for f in [np.mean, np.var, np.std]:
        try:
            print(repr(f(b, where=w)), repr(f(b, axis=1, where=w)))
        except Exception as e:
            print(type(e).__name__, e)
for f in [np.mean, np.var, np.sum]:
    for w in [[True], [[True]]]:
        try:
            print(repr(f(5.0, where=w)))
        except Exception as e:
            print(type(e).__name__, e)
print(repr(np.sum(5.0, where=np.array(False))), repr(np.var(7.0, where=np.array(True))))
