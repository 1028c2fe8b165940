# Source: https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1 ("[Exercise] Equilibrium
# Index": the Python one-liner and the Python function as written, calls on the example added,
# and the same with numpy's cumsum to compare)
import numpy as np

eq_index = lambda A: [x for x in range(len(A)) if sum(A[:x]) == sum(A[x+1:])]

def equi_idx(A):
    total_sum = sum(A)
    return [i for i in range(len(A))
            if sum(A[:i]) == (total_sum - A[i]) / 2.0]

A = [9, -3, 5, -15, 4, 0, 7]
print(eq_index(A))
print(equi_idx(A))
print(eq_index([-7, 1, 5, 2, -4, 3, 0]), equi_idx([2, 4, 6]), eq_index([]))

a = np.array(A)
left = np.cumsum(a) - a
right = a.sum() - np.cumsum(a)
print(left, right)
print(np.flatnonzero(left == right))
