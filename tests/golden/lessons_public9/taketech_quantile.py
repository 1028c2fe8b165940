# Source: https://take-tech-engineer.com/?p=1203
# (as published; nothing cut)
import numpy as np
a = np.array([0.0, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0])
q = np.array([0.05, 0.95])
print(np.quantile(a=a, q=q))
# [0.5 9.5]
q = np.array([0.25, 0.5, 0.75])
print(np.quantile(a=a, q=q))
# [2.5 5. 7.5]
