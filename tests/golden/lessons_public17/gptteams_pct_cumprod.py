# Modeled on: https://gptteams.ai/developer/python-3x-How-to-create-a-numpy-array-with-a-start-and-stop-value-with-a-percentage-increment
# (written for npcalc after the answer, not copied: the array's size from math.ceil(math.log(stop
# / start, incr)) + 1, an np.empty array filled with the increment by arr[:] = incr, the start
# value in arr[0], then arr.cumprod())
import math
import numpy as np

start, stop, step = 100, 200, 7
incr = 1 + step / 100
size = math.ceil(math.log(stop / start, incr)) + 1
print(size)
arr = np.empty(size + 1)
arr[:] = incr
arr[0] = start
print(arr.cumprod())
print(arr.cumprod()[arr.cumprod() <= stop])
