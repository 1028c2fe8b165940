# Modeled on: https://econowmics.com/python-law-of-large-numbers-dice-roll/
# (written for npcalc after the post, not copied: Python's random.choice rolls a die, np.cumsum of
# the list gives running averages that approach 3.5; 2,000 rolls instead of 1,000,000, no plot)
import random
import numpy as np

random.seed(1991)


def roll(n):
    result = []
    for i in range(n):
        result.append(random.choice([1, 2, 3, 4, 5, 6]))
    return result


result = roll(2000)
print(result[:12])
_cumsum = np.cumsum(result)
averages = []
for index in range(len(_cumsum)):
    averages.append(_cumsum[index] / (index + 1))
print(averages[:5])
print(averages[9], averages[99], averages[-1])
print(type(averages[0]))
print(np.allclose(averages, _cumsum / np.arange(1, len(result) + 1)))
