# NumPy scalars have no instance dict: their getsets are read-only and no
# other attribute can be set.
import numpy as np

for s in [np.float64(3), np.int8(2), np.bool_(True), np.complex128(1j), np.str_('a')]:
    for name in ['shape', 'strides', 'dtype', 'real', 'imag', 'T', 'flags', 'base', 'device',
                 '__array_priority__', 'foo', 'mT', '__doc__']:
        try:
            setattr(s, name, 1)
            print(name, 'set')
        except AttributeError as e:
            print(type(s).__name__, name, e)
x = np.float64(2.5)
x.shape = (1,)
