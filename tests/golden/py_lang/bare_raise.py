import numpy as np
try:
    try:
        raise KeyError('k')
    except KeyError:
        print('inner')
        raise
except KeyError as e:
    print('outer', repr(e))
