import numpy as np
def show(f):
    try:
        v = f()
        print(type(v).__name__, v if not hasattr(v, 'dtype') else (v.dtype, v.shape, v))
    except Exception as e:
        print(type(e).__name__, e)
for seed in [0, 8]:
    for x in [np.random.default_rng(seed), np.random.RandomState(seed)]:
        show(lambda: x.dirichlet([1, 2, 3]))
        show(lambda: x.dirichlet([0.5, 0.2], size=3))
        show(lambda: x.dirichlet([0.05, 0.01, 0.02], size=(2, 2)))
        show(lambda: x.dirichlet([0.05, 0.0, 0.0], size=2))
        show(lambda: x.dirichlet([10.0], size=2))
        show(lambda: x.dirichlet([1, -1]))
        show(lambda: x.dirichlet([1, 0]))
        show(lambda: x.dirichlet(5))
        show(lambda: x.dirichlet([[1, 2]]))
        show(lambda: x.dirichlet([]))
        print(x.random())
