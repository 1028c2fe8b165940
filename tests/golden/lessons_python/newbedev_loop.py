# Source: https://newbedev.com/list-comprehension-for-running-total (loop answer, as written; print added; import numpy added for the corpus)
import numpy as np
a = range(20)

runningTotal = []

total = 0
for n in a:
  total += n
  runningTotal.append(total)
print(runningTotal)
