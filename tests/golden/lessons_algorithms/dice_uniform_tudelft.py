# Source: https://prime-tu-delft.github.io/probstat-programming/main/simulation/Simulating_Dice.html
# ("Simulating Dice": the cells in order with the seed line uncommented and the bare expressions
# printed; the relative frequencies of many dice added as the page describes)
import numpy as np

# If you want to be able to generate the same numbers every time, you can set a seed below
np.random.seed(42)

X = np.random.uniform()

print(X)

X = int(np.random.uniform(1,7))

print(X)

X = np.random.uniform(1,7,10).astype(int)

print(X)

def roll_dice(n):
    return np.random.uniform(1, 7, n).astype(int)

throws = roll_dice(6000)
print(np.bincount(throws)[1:] / 6000)
print(np.cumsum(np.bincount(throws)[1:]) / 6000)
