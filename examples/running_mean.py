# A running mean: the cumulative sum divided by how many values it holds.
import numpy as np

readings = np.array([4.0, 8.0, 6.0, 2.0, 10.0])
counts = np.arange(1, readings.size + 1)
print(readings.cumsum() / counts)

# A moving average over a window of 3, from differences of the cumsum.
c = np.cumulative_sum(readings, include_initial=True)
print((c[3:] - c[:-3]) / 3)
