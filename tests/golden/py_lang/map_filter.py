import numpy as np
print(list(filter(None, [0, 1, '', 'a'])))
print(list(map(pow, [2, 3], [3, 2])))
