import numpy as np
xs = [1]
ys = xs
xs += [2]
print(ys)
xs += 'ab'
xs += (3,)
print(xs, ys is xs)
print([2, 9] == [np.int64(2), np.float64(9.0)], (1,) == (np.int8(1),), [1] != [np.int64(2)])
