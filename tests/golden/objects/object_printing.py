import numpy as np
# Object arrays printed: summarised past the threshold, wrapped at linewidth, tuples, sets, floats by repr.
o = np.arange(2000).astype(object)
print(repr(o))
print(o)
m = np.arange(3000).reshape(1000, 3).astype(object)
print(m)
np.set_printoptions(linewidth=40)
print(np.array(['abc', 1.5, None, (1, 2), {3}], dtype=object))
print(repr(np.array([1.0, 2.5e-10, 3e20], dtype=object)))
