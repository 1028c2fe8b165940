import numpy as np
# Source: https://exchangetuts.com/python-running-cumulative-sum-with-a-given-window-1640460124584285
# (andrew's answer, as written; the >>> lines turned into a script, a print added for the echoed `b`)
a = np.array([1,2,3,4,5,6,7,8,9,10,11,12])
b = a.cumsum()
b[3:] = b[3:] - b[:-3]
print(repr(b))
