import numpy as np
scores = {"a": 1, "b"}
