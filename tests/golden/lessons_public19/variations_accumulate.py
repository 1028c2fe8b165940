# Variations a learner tries after the random-walk and prefix-sum lessons: itertools.accumulate
# with initial= and func=, NumPy's cumulative_sum/cumulative_prod with include_initial, and the
# ufunc accumulate methods next to them.
import itertools
import operator

import numpy as np

steps = [1, -1, -1, 1, 1, 1, -1]
print(list(itertools.accumulate(steps, initial=0)))
print(np.cumulative_sum(steps, include_initial=True))
print(list(itertools.accumulate(steps, max)))
print(np.maximum.accumulate(np.cumsum(steps)))
print(list(itertools.accumulate([3, 1, 4, 1, 5], operator.mul, initial=2)))
print(np.cumulative_prod([3, 1, 4, 1, 5], include_initial=True))
print(np.cumulative_sum(np.arange(6).reshape(2, 3), axis=1, include_initial=True))
print(np.cumulative_sum(np.arange(6).reshape(2, 3), axis=0, dtype=float))
try:
    np.cumulative_sum(np.arange(6).reshape(2, 3))
except ValueError as e:
    print("ValueError:", e)
print(np.cumulative_sum([]), np.cumulative_sum([], include_initial=True))
print(np.cumulative_sum(np.array([True, False, True])))
print(np.add.accumulate(np.array([[1, 2], [3, 4]]), axis=1))
print(np.multiply.accumulate([1.5, 2, 2], dtype=np.float32))
print(np.minimum.accumulate([5, 3, 4, 1, 2]))
print(list(itertools.accumulate([])), list(itertools.accumulate([], initial=7)))
print(list(itertools.accumulate("abc")))
walk = np.cumulative_sum(np.where(np.random.default_rng(1).random(10) < 0.5, -1, 1), include_initial=True)
print(walk, walk.dtype, walk.shape)
print(f"{walk[-1]:+d} after {walk.size - 1} steps; peak {walk.max():>3}")
