# Modeled on: https://pythonkb.com/python-fast-random-weighted-selection-across-all-rows-of-a-stochastic-matrix
# (written after the page's six steps: a 3x3 stochastic matrix, its cumulative sums along
# axis=1, eight uniform draws, and np.argmax over draws.reshape(-1, 1) < cumulative_probs to pick
# the next state. np.random.seed is added so the draws repeat. The page's eight draws against a
# 3x3 matrix do not broadcast, so the shapes and the error are printed, then one draw per row.)
import numpy as np

np.random.seed(42)
stochastic_matrix = np.array([[0.1, 0.2, 0.7],
                              [0.4, 0.3, 0.3],
                              [0.6, 0.1, 0.3]])

cumulative_probs = np.cumsum(stochastic_matrix, axis=1)
print(cumulative_probs)

random_numbers = np.random.rand(8)
print(random_numbers.reshape(-1, 1).shape, cumulative_probs.shape)
try:
    next_states = np.argmax(random_numbers.reshape(-1, 1) < cumulative_probs, axis=1)
    print(next_states)
except ValueError as e:
    print("ValueError:", e)

# one draw per row, which the broadcasting needs
random_numbers = np.random.rand(3)
next_states = np.argmax(random_numbers.reshape(-1, 1) < cumulative_probs, axis=1)
print(random_numbers)
print(next_states)

# one row, eight draws
row = cumulative_probs[0]
draws = np.random.rand(8)
print(np.argmax(draws.reshape(-1, 1) < row, axis=1))
print(np.searchsorted(row, draws, side="right"))
