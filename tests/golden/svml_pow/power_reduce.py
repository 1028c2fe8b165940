import numpy as np
# np.power.reduce in float64: NumPy's power loop hands the reduction to SVML
# with the accumulator at stride 0, so 8 lanes share one start and the last
# stored lane wins ([2.0, 2.0, 2.0] reduces to 4.0); across rows it folds
# through SVML, and a reversed axis folds through C's pow.
rng = np.random.default_rng(0)
for n in [1, 2, 3, 5, 9, 10, 17, 30, 100]:
    v = rng.uniform(0.9, 1.2, n)
    print(n, repr(np.power.reduce(v)))
a = rng.uniform(0.9, 1.2, (3, 12))
print(repr(np.power.reduce(a, axis=1)), repr(np.power.reduce(a, axis=0)), repr(np.power.reduce(a, axis=-1, keepdims=True)))
print(repr(np.power.reduce(a[:, ::2], axis=1)), repr(np.power.reduce(a)))
print(np.power.reduce(np.array([2.0, 2.0, 2.0])), np.power.reduce(np.array([2, 3, 2])))
print(np.power.reduce(np.array([10.0, 2.0, 1e5, 3.0])), np.power.reduce(np.array([10.0] + [2.0] * 7 + [500.0])))
print(np.power.reduce(np.array([-2.0, 0.5, 3.0])))
print(repr(np.power.reduce(rng.uniform(0.9, 1.2, (2, 3, 10)), axis=2)))
a = rng.uniform(0.9, 1.2, (12, 3))
f = np.asfortranarray(a)
print(repr(np.power.reduce(f, axis=0)), repr(np.power.reduce(a.T, axis=1)), repr(np.power.reduce(a, axis=0)))
print(repr(np.power.reduce(f, axis=1)))
print(repr(np.power.reduce(np.linspace(1.01, 1.1, 20)[::-1])))
print(repr(np.power.reduce(np.arange(1.0, 12.0) / 10)))
