# Modeled on: https://openillumi.com/en/en-numpy-cumsum-first-true-sum
# (written after the article "Efficiently Extracting Elements Up to the First True": the mask
# np.cumsum(a) == 0 keeps what comes before the first True, np.sum(b[...]) adds it up, and the
# alternative finds the first True with np.argmax and slices; the article's edge cases, a mask
# with no True and one starting with True, are run too.)
import numpy as np

a = np.array([False, False, False, False, False, True, False, False])
b = np.array([1, 2, 3, 4, 5, 6, 7, 8])

print(np.cumsum(a))
print(np.cumsum(a) == 0)
print(b[np.cumsum(a) == 0])
print(np.sum(b[np.cumsum(a) == 0]))

idx = np.argmax(a)
print(idx, np.sum(b[:idx]))

# no True at all: argmax says 0, which the cumulative-sum mask does not fall for
a_none = np.zeros(8, dtype=bool)
print(np.argmax(a_none), np.sum(b[:np.argmax(a_none)]))
print(np.sum(b[np.cumsum(a_none) == 0]))
idx = np.argmax(a_none) if a_none.any() else len(a_none)
print(idx, np.sum(b[:idx]))

# True first: nothing comes before it
a_first = np.array([True, False, True, False, False, False, False, False])
print(np.sum(b[np.cumsum(a_first) == 0]), np.sum(b[:np.argmax(a_first)]))

# up to and including the first True
print(np.sum(b[np.cumsum(a) - a == 0]))
