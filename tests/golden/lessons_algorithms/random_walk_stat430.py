# Source: https://stat430-fa20.hknguyen.org/files/lectures/lec5-3.html ("5.3 - NumPy Application:
# Random Walks", Ha Khanh Nguyen: the code in order; random.seed added, the plots left out and the
# notebook's bare expressions printed; the 5000-walk part follows the lecture's bullets)
import random
random.seed(2390)
position = 0
walk = [position]
steps = 1000
for i in range(steps):
    step = 1 if random.randint(0, 1) else -1
    position += step
    walk.append(position)
print(walk[:20], min(walk), max(walk))

import numpy as np
np.random.seed(430)
nsteps = 1000
draws = np.random.randint(0, 2, size=nsteps)
steps = np.where(draws > 0, 1, -1)
walk = steps.cumsum()
print(walk.min())
print(walk.max())
print((np.abs(walk) >= 10).argmax())

nwalks = 5000
nsteps = 1000
draws = np.random.randint(0, 2, size=(nwalks, nsteps))
steps = np.where(draws > 0, 1, -1)
walks = steps.cumsum(1)
print(walks)
print(walks.max(), walks.min())
hits30 = (np.abs(walks) >= 30).any(1)
print(hits30)
print(hits30.sum())
crossing_times = (np.abs(walks[hits30]) >= 30).argmax(1)
print(crossing_times)
print(crossing_times.mean())
