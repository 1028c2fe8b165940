import numpy as np
# Source: numpy-discussion "Want cumsum-like function" (Friedrich Romstedt / Peter Shinners, Feb 2010) as
# stored in https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1 (both snippets as written;
# initial_array from the thread, prints added)
initial_array = np.array([4, 3, 3, 1])
tallies = np.cumsum(initial_array)
np.subtract(tallies, tallies[0], out=tallies)
print(tallies)
tallies = np.cumsum(initial_array) - initial_array
print(tallies)
