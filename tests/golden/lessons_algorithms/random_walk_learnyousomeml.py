# Source: http://learnyousomeml.com/nb/np-random-walk.html ("02.05 Random Walk": the cells in
# order with the plotting lines left out; the 1024-step walks are printed in part instead of plotted)
import numpy as np

rng = np.random.RandomState(42)
steps = 1024
numbers = rng.randint(-9, 10, steps)
sums = numbers.cumsum()
print(sums[:10], sums[-3:])

rng = np.random.RandomState(42)
steps = 1024
runs = 32
numbers = rng.randint(-9, 10, (runs, steps))
sums = numbers.cumsum(axis=1)
print(sums.shape, sums[:, -1].max(), sums[:, -1].min())

rng = np.random.RandomState(42)
steps = 6
runs = 3
numbers = rng.randint(-9, 10, (runs, steps))
print(repr(numbers))

sums = numbers.cumsum(axis=1)
print(repr(sums))
