import numpy as np
s = 'banana'
print(s.count('a'), s.index('n'), s.rfind('a'))
print(s.index('z'))
