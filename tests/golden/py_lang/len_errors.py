import numpy as np
len(5)
