# The names a builtin method carries: __name__, __qualname__ (its
# receiver's type), __self__, and a method taken from its type.
import numpy as np

a = np.array([1, 2, 3])
for m in [np.add.accumulate, np.maximum.accumulate, np.add.reduce, a.cumsum, a.tolist,
          "s".upper, [].append, {}.get, np.float64(1).item]:
    print(m.__name__, m.__qualname__, type(m).__name__, hasattr(m, '__self__'))
print(np.add.accumulate.__self__, a.cumsum.__self__ is a)
print(type(str.upper).__name__, str.upper.__name__, str.upper.__qualname__, hasattr(str.upper, '__self__'))
print(str.upper, list.append)
f = np.multiply.accumulate
print(f"{f.__qualname__}: {f([1, 2, 3, 4])}")
