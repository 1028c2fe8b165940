import numpy as np
rows = [[1, 2], [3]]
s = {r[1] for r in rows}
