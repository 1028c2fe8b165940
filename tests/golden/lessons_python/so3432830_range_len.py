# Source: "List comprehension for running total" (Stack Overflow 3432830) as stored in https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1 (question's loop with its Python 3 table print, as written)
import numpy as np
a = range(20)
runningTotal = []
for n in range(len(a)):
    new = runningTotal[n-1] + a[n] if n > 0 else a[n]
    runningTotal.append(new)
for i in zip(a, runningTotal):
    print("{0:>3}{1:>5}".format(*i))
