import numpy as np
try:
    int('q')
except Exception as e:
    print(type(e).__name__, e)
