import numpy as np
for ch in 'abc':
    print(ch.upper())
