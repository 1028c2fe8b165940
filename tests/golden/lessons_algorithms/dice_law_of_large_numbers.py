# Source: https://drclab.github.io/posts/stats/probability-103 (dice simulations with NumPy: the
# code in order with the seaborn/matplotlib lines left out; the 20,000 rolls' running mean
# computed with cumsum in place of the plot)
import numpy as np

# Set seed for reproducibility
np.random.seed(42)

# Define the desired number of sides
n_sides = 6

# Represent a die by using a numpy array
dice = np.array([i for i in range(1, n_sides+1)])

print(f"Our die: {dice}")

# Roll the die once
result = np.random.choice(dice)
print(f"Result of one roll: {result}")

# Roll the die 20 times
n_rolls = 20
rolls = np.array([np.random.choice(dice) for _ in range(n_rolls)])

print(f"Results of 20 rolls: {rolls}")
print(f"Mean of rolls: {np.mean(rolls):.2f}")
print(f"Variance of rolls: {np.var(rolls):.2f}")

n_rolls = 20000
rolls = np.array([np.random.choice(dice) for _ in range(n_rolls)])
print(f"Mean of rolls: {np.mean(rolls):.2f}")
print(f"Variance of rolls: {np.var(rolls):.2f}")
running = np.cumsum(rolls) / np.arange(1, n_rolls + 1)
print(running[[9, 99, 999, 19999]])

first_rolls = np.array([np.random.choice(dice) for _ in range(n_rolls)])
second_rolls = np.array([np.random.choice(dice) for _ in range(n_rolls)])
sum_of_rolls = first_rolls + second_rolls
print(f"Mean of sum: {np.mean(sum_of_rolls):.2f}")
print(f"Variance of sum: {np.var(sum_of_rolls):.2f}")
print(np.bincount(sum_of_rolls)[2:])
