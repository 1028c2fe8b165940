# Source: comp.lang.python thread "list comprehension for cumulative sums" (Mathias Panzenboeck's answer) as stored in https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1 (as written; prints added)
import numpy as np
def w(n):
    return sum((1 + i * 0.1) * (i % 2 and 1 or -1) for i in range(n))
n, w_list, x = 3, [], 0
for y in ((1 + i * 0.1) * (i % 2 and 1 or -1) for i in range(n)):
    x += y
    w_list.append(x)
print(w(3), w_list)
