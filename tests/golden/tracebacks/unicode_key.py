import numpy as np
d = {"clé": 1}
v = d["clé"] + d["été"]
