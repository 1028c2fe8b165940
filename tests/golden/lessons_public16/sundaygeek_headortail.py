# Modeled on: https://github.com/sundaygeek/numpy-beginner-guide (ch6code/headortail.py)
# (written for npcalc after the book's example, not copied and in Python 3: a gambler's cash moved
# by binomial outcomes, by a loop and again by np.where and np.cumsum)
import numpy as np

np.random.seed(5)
cash = np.zeros(500)
cash[0] = 1000
outcome = np.random.binomial(9, 0.5, size=len(cash))
for i in range(1, len(cash)):
    if outcome[i] < 5:
        cash[i] = cash[i - 1] - 1
    elif outcome[i] < 10:
        cash[i] = cash[i - 1] + 1
    else:
        raise AssertionError("Unexpected outcome " + str(outcome[i]))
print(outcome.min(), outcome.max())
print(cash[:10], cash[-1])

steps = np.where(outcome < 5, -1, 1)
steps[0] = 0
cash2 = 1000 + np.cumsum(steps)
print(np.array_equal(cash, cash2))
print(cash2.min(), cash2.argmin(), cash2.max())
