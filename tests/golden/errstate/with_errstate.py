import numpy as np

e = np.errstate(divide='ignore')
print(type(e))
with np.errstate(divide='ignore') as x:
    print(x)
    r = np.array([1.0, 0.0]) / 0
print(r)
with np.errstate(divide='ignore', invalid='ignore'):
    ratio = np.cumsum([0.0, 1.0, 2.0]) / np.array([0.0, 0.0, 2.0])
print(ratio)
with np.errstate(all='ignore'):
    print(np.log(np.array([0.0, -1.0, 1.0])))
print(np.log(np.array([0.0, 1.0])))
