import numpy as np
xs = [4, 2, 8]
print(sum(xs), sum(xs, 10), min(xs), max(xs), min(3, 1, 2), max('ab', 'b'))
print(max([], default=0), min(xs, key=lambda v: -v))
