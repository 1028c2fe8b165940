import numpy as np
print(np.finfo(None))
print(np.finfo(None).dtype)
try:
    np.iinfo(None)
except ValueError as e:
    print("ValueError:", e)
