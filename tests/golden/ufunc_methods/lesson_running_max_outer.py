import numpy as np
# A table of pairwise maxima, and the running maximum read from it.
prices = np.array([3.0, 5.0, 4.0, 6.0, 2.0])
table = np.maximum.outer(prices, prices)
print(table)
# Entry (i, j) with j >= i is the max of the two; the running max of
# prices[:k+1] is the max over the upper-left block.
running = np.array([table[:k + 1, :k + 1].max() for k in range(len(prices))])
print(running)
print(np.maximum.accumulate(prices))
print(np.array_equal(running, np.maximum.accumulate(prices)))
# Drawdown from the running peak.
print(prices - np.maximum.accumulate(prices))
# A multiplication table and a comparison table with outer.
print(np.multiply.outer(np.arange(1, 5), np.arange(1, 4)))
print(np.greater_equal.outer(prices, [3.5, 5.0]))
print(np.subtract.outer(prices, prices).min())
