# Source: "List comprehension for running total" (Stack Overflow 3432830) as stored in https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1 (Omnifarous's reduce version, as written; print added; NameError under Python 3 without functools)
import numpy as np
a = range(20)
runningTotal = reduce(lambda l, v: (l.append(l[-1] + v) or l), a, [0])
print(runningTotal)
