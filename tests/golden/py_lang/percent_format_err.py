import numpy as np
print('%d %d' % (1,))
