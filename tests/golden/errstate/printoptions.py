import numpy as np

x = np.cumsum([0.1, 0.2, 1 / 3])
with np.printoptions(precision=2) as opts:
    print(opts['precision'], opts['threshold'])
    print(x)
    print(repr(x))
print(x)
with np.printoptions(precision=3, suppress=True), np.errstate(divide='ignore'):
    print(np.cumsum([1e-9, 1.0]) / np.array([1.0, 0.0]))
with (np.printoptions(threshold=5, edgeitems=1),
      np.errstate(all='ignore')):
    print(np.arange(10).cumsum())
print(np.arange(10).cumsum())
try:
    with np.printoptions(precision=2):
        print(x)
        raise ValueError("inside")
except ValueError as ex:
    print(ex, x)
print(type(np.printoptions()).__name__)
