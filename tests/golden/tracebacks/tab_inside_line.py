import numpy as np
x = [1]
x	[3]
