# Modeled on: https://github.com/the-mysh/python-tutorials/blob/main/solutions/week6/q2_random_walk_lists.py
# and solutions/week6/q2_random_walk_numpy.py (the same exercise with NumPy).
# Cut: np.savetxt to s-values.txt/t-values.txt and the matplotlib window. Added: random.seed and
# np.random.seed so the run is reproducible (the course leaves both unseeded).
import random

import numpy as np

random.seed(2024)
np.random.seed(2024)

# part a, with lists
n = int(1e4)
random_list = n * [0.]
for i in range(n):
    random_list[i] = random.gauss(0, 1)

print(f"First 10 numbers of the list: {random_list[:10]}")

cumsum_list = n * [0.]
cumsum_list[0] = random_list[0]
for i in range(n):
    cumsum_list[i] = random_list[i] + cumsum_list[i-1]

print(f"First 10 numbers of the cum-sum list: {cumsum_list[:10]}")

# part a, with numpy
random_array = np.random.randn(n)
print(f"First 10 numbers of the list: {random_array[:10]}")

cumsum_array = np.cumsum(random_array)
print(f"First 10 numbers of the cum-sum list: {cumsum_array[:10]}")

# part c: cum-sum of cum-sums
variates_array = np.cumsum(cumsum_array)
print(f"Last 3 t-values: {variates_array[-3:]}")
print(f"{len(cumsum_array)} s-values, {variates_array.size} t-values")
