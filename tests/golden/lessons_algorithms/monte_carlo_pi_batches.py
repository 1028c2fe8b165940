# Source: https://medium.com/100-days-of-algorithms/day-9-monte-carlo-%CF%80-7ae010743bde ("Day 9:
# Monte carlo - π": the function as written; a seed added and the test run with 10**6 points
# instead of 10**8)
import numpy as np

np.random.seed(9)

def pi(n, batch=1000):
    t = 0
    for i in range(n // batch):
        p = np.random.rand(batch, 2)
        p = (p * p).sum(axis=1)
        t += (p <= 1).sum()
    return 4 * t / n

print(pi(10 ** 6))
print(pi(10 ** 4, batch=100), type(pi(1000)))
