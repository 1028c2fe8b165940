import numpy as np
# Source: https://stackoverflow.com/questions/14313510/how-to-calculate-moving-average-using-numpy
# (Jaime's answer: a moving average from np.cumsum, as written; prints added for the >>> lines)
def moving_average(a, n=3) :
    ret = np.cumsum(a, dtype=float)
    ret[n:] = ret[n:] - ret[:-n]
    return ret[n - 1:] / n

a = np.arange(20)
print(repr(moving_average(a)))
print(repr(moving_average(a, n=4)))
