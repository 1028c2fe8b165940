import numpy as np
# A running total of daily rainfall that skips missing readings.
readings = np.array([3.2, -1.0, 4.5, 0.0, -1.0, 2.1])   # -1 marks a missing reading
rain = np.ma.masked_equal(readings, -1.0)
print(rain)
total = rain.cumsum()
print(total)
print("days with data:", rain.count())
print("total rain:", rain.sum())
print("mean per day:", rain.mean())
print(total.filled(np.nan))
