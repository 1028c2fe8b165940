# Source: http://taustation.com/numpy-percentile
# (the page's code blocks in order, one statement a line as its numbered listing shows; added np.random.seed(0) before the shuffle, which the page leaves unseeded)
import numpy as np
a = np.arange(11)
print("source = {}".format(a))
print("40 percentile = {}".format(np.percentile(a, 40)))
print("43 percentile = {}".format(np.percentile(a, 43)))
# source = [ 0 1 2 3 4 5 6 7 8 9 10]
# 40 percentile = 4.0
# 43 percentile = 4.3

np.random.seed(0)
np.random.shuffle(a)
print(np.percentile(a, 63))
# 6.3

print(np.percentile(a, [55, 75]))
# [5.5 7.5]

print(np.percentile(a, [2.5, 97.5]))
# [0.25 9.75]
