import numpy as np
try:
    [1][5]
except KeyError:
    print('key')
except LookupError as e:
    print('lookup', e)
