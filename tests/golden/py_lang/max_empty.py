import numpy as np
max([])
