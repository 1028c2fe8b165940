# Source: comp.lang.python thread "list comprehension for cumulative sums" (Steven D'Aprano's answer) as stored in https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1 (as written; print added)
import numpy as np
def running_sum(dw):
    """Return a list of the running sums of sequence dw"""
    rs = [0] * len(dw)
    for i in range(len(dw)):
        rs[i] = dw[i] + rs[i-1]
    return rs

print(running_sum(range(5)))  # Output: [0, 1, 3, 6, 10]
