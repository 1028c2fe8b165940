import numpy as np
print('before')
exit(3)
print('after')
