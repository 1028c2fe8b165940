import numpy as np
# Ufuncs without an identity reduce with where= only from initial=; the
# selected elements are folded in after it, in order.
print(repr(np.subtract.reduce([1., 2, 3], initial=10, where=[True, False, True])))
a = np.arange(1, 13, dtype=float).reshape(3, 4)
m = np.array([[True, False, True, True], [False, False, False, False], [True, True, False, True]])
print(repr(np.subtract.reduce(a, axis=1, initial=100, where=m)))
print(repr(np.subtract.reduce(a, axis=0, initial=0.5, where=m)), repr(np.subtract.reduce(a, axis=0, initial=0.5, where=m, keepdims=True)))
print(repr(np.true_divide.reduce(a, axis=-1, initial=1e6, where=m)))
print(repr(np.floor_divide.reduce(np.arange(1, 7).reshape(2, 3), axis=1, initial=1000, where=[True, False, True])))
print(repr(np.power.reduce(np.array([2, 3, 2]), initial=2, where=[True, False, True])))
print(repr(np.fmod.reduce(a.T, axis=0, initial=50.0, where=m.T)))
print(repr(np.subtract.reduce(a, axis=None if False else 1, initial=0, where=[True, False, True, False])))
print(repr(np.subtract.reduce(np.arange(6).reshape(2, 3), axis=0, initial=5, where=[[False] * 3, [True, False, True]])))
for f in [lambda: np.subtract.reduce(a, axis=1, where=m),
          lambda: np.subtract.reduce(a, axis=(0, 1), initial=1, where=m),
          lambda: np.subtract.reduce(a, axis=1, initial=1, where=m[:2])]:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
