# Source: https://github.com/gilberthon/numpy/blob/1258cfff0f75b4e991acbc7d55f4d8e50a7eeeba/NumPy/000.py
# (unseeded in the original: np.random.seed(12345) added after the import)
import numpy as np
np.random.seed(12345)


nwalks = 500
nsteps = 1000
draws = np.random.randint(0, 2, size=(nwalks, nsteps))
steps = np.where(draws > 0, 1, -1)
walks = steps.cumsum(1)
hints30 = (np.abs(walks) >= 30).any(1)
crossing_times = (np.abs(walks[hints30]) >= 30).argmax(1)
print(crossing_times.mean())
