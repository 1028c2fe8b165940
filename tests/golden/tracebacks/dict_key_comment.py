import numpy as np
d = {"a": 1}
v = d["b"]  # missing key
