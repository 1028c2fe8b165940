# Source: https://notebook.community/austinjalexander/sandbox/python/py/coursera/.ipynb_checkpoints/CompInvest-checkpoint
# (Computational Investing notes: annual return, daily returns by a loop, their standard
# deviation, and a simplified Sharpe ratio k * mean / std with k = sqrt(250)).
# Adapted: Python 2's xrange and print statements written for Python 3; the vectorised
# daily returns added.
import numpy as np

# annual return
value = {'start': 100.0, 'end':110.0}
metric = round((value['end']/value['start']) - 1, 2)
print(metric)

# stand dev of daily return
value = [100.0, 102.0, 99.0]
daily_returns = [0 for x in range(len(value))]

for i in range(len(value)):
    if i != 0:
        #                      day / day before
        daily_returns[i] = round((value[i]/value[i-1]) - 1, 2)

# risk
print(daily_returns)
std_metric = np.std(daily_returns)
print(round(std_metric, 2))

# simplified version
k = np.sqrt(250) # factor for daily returns (250 days in a trading year)
metric = k * np.mean(daily_returns)/np.std(daily_returns)
print(metric)

metric = k * 0.005/0.04
print(metric)

v = np.array(value)
r = np.concatenate(([0.0], v[1:] / v[:-1] - 1))
print(r, np.round(r, 2).tolist() == daily_returns, np.cumprod(1 + r) * v[0])
