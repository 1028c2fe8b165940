import numpy as np
x = "漢字" + 1
