import numpy as np
print(divmod(17, 5), divmod(-7, 2), divmod(7.5, 2))
print(pow(2, 10), pow(2, -1), pow(3, 4, 5))
