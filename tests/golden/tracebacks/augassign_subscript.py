import numpy as np
d = {}
d["a"] += 1
