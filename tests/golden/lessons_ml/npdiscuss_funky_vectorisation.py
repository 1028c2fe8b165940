# Source: numpy-discussion "Funky vectorisation question" (Dan Goodman / Stefan van der Walt,
# Apr 29 2009) as stored in https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1 (Stefan's
# one-liner as written, on Dan's example array; prints added)
import numpy as np

x = np.array([0, 1, 0, 2, 0, 1, 4])
print(x == x[:, None])
print(np.cumsum(x == x[:, None], axis=1))
print(np.diag(np.cumsum(x == x[:, None], axis=1)) - 1)
