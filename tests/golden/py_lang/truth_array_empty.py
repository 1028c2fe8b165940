import numpy as np
print(bool(np.array([])))
