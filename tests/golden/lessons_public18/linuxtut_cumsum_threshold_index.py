# Modeled on: https://linuxtut.com/en/ac3af2f39038a13beb71
# (written after the note "Find the smallest index that meets the cumulative sum threshold with
# numpy": rows of scores normalised to one, their cumsum(1), a (3, 1) column of random thresholds,
# and argmax over the boolean comparison to find, per row, the first index whose running total
# exceeds the threshold. The scores are built from seeded np.random values instead of the
# post's printed ones.)
import numpy as np

np.random.seed(5)
raw = np.random.randint(1, 7, size=(3, 10)).astype(float)
score = raw / raw.sum(axis=1, keepdims=True)
print(score.shape)
print(score.cumsum(1))

threshold = np.random.random((3, 1))
print(threshold)

print(score.cumsum(1) > threshold)
idx = (score.cumsum(1) > threshold).argmax(1)
print(idx)
print(score[np.arange(3), idx])

# the same with searchsorted, one row at a time
print([int(np.searchsorted(row, t, side="right")) for row, t in zip(score.cumsum(1), threshold[:, 0])])
