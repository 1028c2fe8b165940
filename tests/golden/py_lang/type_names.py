import numpy as np
print(type(1).__name__, type([]).__name__, type(np.cumsum([1])).__name__)
