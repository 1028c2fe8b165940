import numpy as np
s = 'cumulative'
print(s[:3], s[-3:], s[::2], s[::-1])
