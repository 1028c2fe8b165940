import numpy as np
sq = lambda x: x * x
print(sq(7), (lambda a, b=1: a - b)(5))
