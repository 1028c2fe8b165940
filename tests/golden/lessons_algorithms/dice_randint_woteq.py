# Source: https://woteq.com/?p=2713 (simulating dice rolls with numpy.random.randint: the code in
# order, a seed added; the two-dice sums' frequencies and their cumulative share added)
import numpy as np
np.random.seed(2713)

# Roll a single die once
single_roll = np.random.randint(1, 7)
print(f"The dice shows: {single_roll}")

# Roll one die 10 times
ten_rolls = np.random.randint(1, 7, size=10)
print(ten_rolls)

# Roll two dice 5 times
two_dice = np.random.randint(1, 7, size=(5, 2))
print(two_dice)
print(two_dice.sum(axis=1))

many = np.random.randint(1, 7, size=(10000, 2)).sum(axis=1)
values, counts = np.unique(many, return_counts=True)
print(values)
print(counts)
print(np.round(np.cumsum(counts) / counts.sum(), 3))
