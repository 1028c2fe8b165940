# Source: http://stackoverflow.com/questions/13852214/how-can-i-vectorize-this-simple-algorithm-with-numpy
# (the question's loop, with a small made-up `timeseries` of (time, usage) pairs and rate, then
# tiago's cumsum attempt and its np.diff check, as written; prints added to compare)
import numpy as np

rate = 2
timeseries = list(enumerate([3, 1, 4, 1, 5, 0, 2, 6, 1, 1]))
new_timeseries = np.zeros(len(timeseries))

s = 0
for (time, usage) in timeseries:
    s += usage
    s = max(s-rate, 0)
    new_timeseries[time] = s
print(new_timeseries)

my_array = np.array([usage for (time, usage) in timeseries])
s = np.cumsum(my_array) - rate
s[s < 0] = 0
new_timeseries = s
print(new_timeseries)

dd = np.diff(np.cumsum(my_array))
print(dd < rate)
print(np.array_equal(dd, my_array[1:]))
