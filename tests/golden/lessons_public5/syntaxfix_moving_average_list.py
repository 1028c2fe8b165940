# Source: https://syntaxfix.com/question/20321/how-to-calculate-rolling-moving-average-using-numpy-scipy
# (unseeded in the original: np.random.seed(1) added; the results printed, since a script does not echo them)
import numpy as np
np.random.seed(1)
x = np.random.randint(10, size=20)
def moving_average(arr, n):
    return [ (arr[:i+1][::-1][:n]).mean() for i, ele in enumerate(arr) ]
d = 5
print(moving_average(x, d))
moving_average = np.convolve(x, np.ones(d)/d, mode='valid')
print(moving_average)
