import numpy as np
try:
    x = 1
except Exception:
    print('no')
else:
    print('else', x)
finally:
    print('finally')
