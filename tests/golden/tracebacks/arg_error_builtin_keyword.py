import numpy as np
print(len(x=1))
