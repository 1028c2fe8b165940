# Source: https://github.com/oreilly-japan/deep-learning-from-scratch-4/blob/07c1fbc43b134c84a0694fea9d550e8387d9ffe8/ch05/dice.py
# (unseeded in the original: np.random.seed(0) added)
import numpy as np

np.random.seed(0)

def sample(dices=2):
    x = 0
    for _ in range(dices):
        x += np.random.choice([1, 2, 3, 4, 5, 6])
    return x


trial = 1000
V, n = 0, 0

for _ in range(trial):
    s = sample()
    n += 1
    V += (s - V) / n
    print(V)
