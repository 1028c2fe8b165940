import numpy as np
xs = [3, 1, 2]
xs.append(5)
xs.extend([0, 9])
xs.insert(1, 7)
print(xs)
xs.sort()
print(xs, xs.pop(), xs.index(3), xs.count(1))
xs.reverse()
xs.remove(7)
print(xs)
