# Modeled on: https://github.com/tommyod/sampling (sampling/cumsum.py)
# (written for npcalc after the module, not copied: a class that keeps np.cumsum of its weights,
# finds the index a weight falls in by np.searchsorted(side="left"), and rebuilds the cumulative
# sum after an update, an np.delete or an np.append; its checks raise ValueError)
import numpy as np


class CumulativeSum:
    def __init__(self, weights):
        self.weights = np.array(weights)
        if np.any(self.weights < 0):
            raise ValueError("all weights must be greater than or equal to zero.")
        self.cumulative_weights = np.cumsum(self.weights)

    def get_sum(self):
        return self.cumulative_weights[-1]

    def query(self, search_weight):
        if not 0 <= search_weight <= self.get_sum():
            raise ValueError(f"queried weight must be between 0 and {self.get_sum()}")
        return np.searchsorted(self.cumulative_weights, search_weight, side="left", sorter=None)

    def update_weight(self, index, weight):
        self.weights[index] = weight
        self.cumulative_weights = np.cumsum(self.weights)

    def __getitem__(self, index):
        return self.weights[index]

    def remove(self, index):
        self.weights = np.delete(self.weights, index)
        self.cumulative_weights = np.cumsum(self.weights)

    def extend(self, weights):
        self.weights = np.append(self.weights, weights)
        self.cumulative_weights = np.cumsum(self.weights)


cs = CumulativeSum([5, 1, 3, 1])
print(cs.cumulative_weights, cs.get_sum())
print([int(cs.query(w)) for w in (0, 5, 5.5, 6, 9.5, 10)])
cs.update_weight(1, 4)
print(cs.cumulative_weights, cs[1])
cs.update_weight(2, 2.7)
print(cs.weights, cs.cumulative_weights)
cs.remove(0)
print(cs.cumulative_weights)
cs.extend([0.5, 2.5])
print(cs.weights, cs.cumulative_weights)
try:
    cs.query(100)
except ValueError as e:
    print("ValueError:", e)
try:
    CumulativeSum([1, -2])
except ValueError as e:
    print("ValueError:", e)

rng = np.random.default_rng(7)
draws = [int(cs.query(u)) for u in rng.uniform(0, cs.get_sum(), size=10)]
print(draws)
