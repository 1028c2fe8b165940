# numpy.core is NumPy 2's deprecated alias of numpy._core: its modules'
# attributes warn (once per line, Python's default filter) and give
# numpy._core's objects; numpy.core.<sub> read off numpy.core is numpy._core's
# own module until `import numpy.core.<sub>` binds the shim there.
import numpy as np
print(np.core.multiarray.array([1, 2]))
print(np.core.arange(3))
from numpy.core import umath
print(umath.add(1, 2))
from numpy.core.fromnumeric import size
print(size(np.arange(6).reshape(2, 3)))
import numpy.core.numeric as nm
print(nm.cumsum([1, 2, 3]))
print(np.core.numeric.cumsum([4, 5]))
import numpy.core.shape_base
print(numpy.core.shape_base.hstack([[1], [2]]))
for get in (lambda: np.core.nothing_here, lambda: nm.nothing_here,
            lambda: np.core.fromnumeric.nothing_here):
    try:
        get()
    except AttributeError as e:
        print(e)
try:
    from numpy.core.fromnumeric import nothing_here
except ImportError as e:
    print(type(e).__name__)
