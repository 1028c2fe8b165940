import numpy as np
# Object folds with keepdims=, initial=, tuples of axes and 0-d arrays.
o = np.array([[1, 2], [3, 4]], dtype=object)
print(repr(o.sum(keepdims=True)), repr(np.add.reduce(o, initial=10)), repr(np.add.reduce(o, axis=1, keepdims=True)))
print(repr(o.sum(axis=(0, 1))), repr(np.prod(o, axis=(1, 0))), repr(np.add.reduce(o, axis=())), repr(np.sum(o, keepdims=True, initial=5)))
print(repr(np.multiply.reduce(o, axis=None, keepdims=True)), repr(np.subtract.reduce(o, axis=1, initial=100)))
z = np.array(5, dtype=object)
print(repr(np.add.reduce(z)), repr(np.add.reduce(z, initial=10)), repr(np.add.reduce(z, keepdims=True)), repr(np.sum(z, axis=0)))
print(repr(np.cumsum(z)), repr(np.cumsum(z, axis=0)), repr(z.cumprod(axis=0)))
try:
    np.add.accumulate(z)
except TypeError as e:
    print("TypeError:", e)
try:
    np.add.reduce(np.array([], dtype=object), initial=None)
except ValueError as e:
    print("ValueError:", e)
f = np.frompyfunc(lambda x, y: x + y, 2, 1)
print(repr(f.reduce(z)), repr(f.reduce(z, initial=10)), repr(f.reduce(z, keepdims=True)))
print(repr(f.reduce(o, axis=1, keepdims=True, initial=100)), repr(f.reduce(np.zeros((0, 2), dtype=object), initial=7)))
print(repr(f.reduce(o, axis=())), repr(f.reduce(o, axis=(1,))), repr(f.reduce([1, 2], where=True)), repr(f.reduce([[1, 2]], axis=-1, keepdims=True)))
print(repr(f.reduce([1, 2], 0, None, None, False)), repr(f.accumulate(o, axis=(0,))))
for call in (lambda: f.reduce(o, axis=(0, 1)), lambda: f.reduce(o, axis=None), lambda: f.accumulate(o, axis=None), lambda: f.accumulate(z)):
    try:
        call()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
