import numpy as np
# Source: Stack Overflow "Cumsum reset at NaN" (NumPy translation of the Matlab answer) as stored in
# https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1 (as written; print added)
v = np.array([1., 1., 1., np.nan, 1., 1., 1., 1., np.nan, 1.])
n = np.isnan(v)
a = ~n
c = np.cumsum(a)
d = np.diff(np.concatenate(([0.], c[n])))
v[n] = -d
result = np.cumsum(v)
print(result)
