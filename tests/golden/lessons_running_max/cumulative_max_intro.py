import numpy as np
# Source: https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1 ("Numpy Maximum Accumulate":
# the cumulative maximum, which np.max cannot give because it reduces the array)
arr = np.array([21, 0, 31, -41, -21, 18, 19])
print(np.maximum.accumulate(arr))
print(np.minimum.accumulate(arr))
print(np.max(arr))
