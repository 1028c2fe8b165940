import numpy as np
# The moving average from a cumsum, as the well-known answer writes it
# (https://stackoverflow.com/questions/14313510/how-to-calculate-rolling-moving-average-using-python-numpy-scipy).
def moving_average(a, n=3):
    ret = np.cumsum(a, dtype=float)
    ret[n:] = ret[n:] - ret[:-n]
    return ret[n - 1:] / n

Z = np.arange(20)
print(moving_average(Z, n=3))
x = np.array([2.0, 4.0, 6.0, 8.0, 10.0])
c = np.concatenate([[0.0], np.cumsum(x)])
print((c[3:] - c[:-3]) / 3)
print(np.sqrt(np.cumsum((x - x.mean()) ** 2) / np.arange(1, len(x) + 1)))
print(np.argmax(np.cumsum(x) > 15))
