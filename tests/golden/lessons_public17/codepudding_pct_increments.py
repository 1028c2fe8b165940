# Modeled on: https://codepudding.com/Softwareengineering/150066.html
# (written for npcalc after the Q&A page, not copied: values that grow 5% over the previous one by
# np.repeat(increment, 4) with the start value put in place, then .cumprod(); the alternative
# builds the array as np.array([100, *np.repeat(increment, 3)]))
import numpy as np

increment = 1.05
start = 100

arr = np.repeat(increment, 4)
arr[0] = start
res = arr.cumprod()
print(res)

arr = np.array([100, *np.repeat(increment, 3)])
print(arr)
print(arr.cumprod())
print(np.cumprod([start] + [increment] * 3).round(2).tolist())
