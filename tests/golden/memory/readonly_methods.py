import numpy as np
# In-place sorting of a read-only array fails as NumPy's does; setting the
# aligned flag to True is a no-op; a real array's .real is the array itself.
for method, args in (("sort", ()), ("partition", (1,))):
    b = np.arange(4)[::-1].copy()
    b.setflags(write=False)
    try:
        getattr(b, method)(*args)
    except ValueError as e:
        print("ValueError:", e)
    print(b)
a = np.arange(4)
a.setflags(align=True)
a.flags.aligned = True
a.flags['A'] = True
print(a.flags.aligned)
try:
    a.setflags(1, 1, 1)
except ValueError as e:
    print("ValueError:", e)
x = np.arange(4.0)
print(x.real is x, x.real.base, np.real(x) is x)
import sys
o = np.array([1, None, 'x'], dtype=object)
print(sys.getsizeof(o), sys.getsizeof(o[::2]), sys.getsizeof(o.reshape(3, 1)), sys.getsizeof(np.array([], dtype=object)), sys.getsizeof(np.array(5, dtype=object)))
