import numpy as np
# Sum only the sales of the products we track, as the day goes on.
product = np.array([3, 7, 3, 9, 1, 7, 3])
amount = np.array([2.5, 1.0, 4.0, 3.5, 0.5, 2.0, 1.5])
tracked = [3, 7]
keep = np.isin(product, tracked)
print(keep)
print(np.cumsum(amount[keep]))
print(np.cumsum(np.where(keep, amount, 0.0)))
# The products we did not track, and those seen at all.
print(np.setdiff1d(product, tracked))
print(np.union1d(product, tracked))
print(np.intersect1d(product, [1, 9, 11], return_indices=True))
print(np.cumsum(np.isin(product, tracked, invert=True)))
