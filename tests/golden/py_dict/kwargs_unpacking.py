import numpy as np
def f(a, b=0):
    return a + b
opts = {'axis': 0, 'dtype': float}
print(np.cumsum([[1, 2], [3, 4]], **opts))
print(f(**{'a': 1, 'b': 2}), f(1, **{'b': 5}))
print("{x}-{y}".format(**{'x': 1, 'y': 2}))
print(*[1, 2], **{'sep': '|'})
kw = dict(end='!\n')
print('hi', **kw)
