import numpy as np
# Source: https://kiwix.lema.org/stackoverflow.com_en_all_2023-11/questions/28915088/can-the-cumsum-function-in-numpy-decay-while-adding
# (the question's loop, the first answer's "conventional approach" and Jon Clements's itertools.accumulate
# answer, as written; the scipy lfilter and numba answers are left out; prints added)
a = (2,3,0,0,4,3)

y=0
for x in a:
  y = (y+x)*.95
print(y)

data = np.array([2, 3, 0, 0, 4, 3], dtype=float)  # lfilter wants floats

# Conventional approach:
result_conv = []
last_value = 0
for elmt in data:
    last_value = (last_value + elmt)*.95
    result_conv.append(last_value)
print(result_conv)

from itertools import accumulate

a = (2,3,0,0,4,3)
y = list(accumulate(a, lambda x,y: (x+y)*0.95))
# [2, 4.75, 4.5125, 4.286875, 7.87253125, 10.3289046875]
print(y)
