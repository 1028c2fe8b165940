import numpy as np
try:
    raise ValueError('bad')
finally:
    print('cleanup')
