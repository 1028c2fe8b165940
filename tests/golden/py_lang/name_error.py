import numpy as np
print(undefined_name)
