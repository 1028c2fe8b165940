import numpy as np
# Running balance of deposits, read off at the days an event happened.
deposits = np.array([120, -30, 45, 0, -80, 60, 25, -15])
balance = np.cumsum(deposits)
events = np.array([1, 4, 7])
print(balance)
print(np.take(balance, events))
print(balance.take([0, -1]))
# Per-row totals of a 2-D table, sampled at two columns.
table = np.arange(12).reshape(3, 4)
running = table.cumsum(axis=1)
print(np.take(running, [1, 3], axis=1))
print(np.take(running, [5, -1], mode='clip', axis=1))
# Where each running total first passes 100.
hit = np.flatnonzero(balance > 100)
print(hit, np.take(balance, hit[:1]))
