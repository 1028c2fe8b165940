# Source: Stack Overflow "How to use numpy to get the cumulative count by unique values in linear
# time?" as stored in https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1 (the question's
# short_list, its generator attempt, pir4 and Divakar's grp_range answer, as written; the pandas
# pir1 and the random long_list are left out; pir4 is called last; prints added)
import numpy as np
from collections import defaultdict

short_list = list('aaabaaacaaadaaac')
print(np.array(short_list))

def get_generator(l):
    counter = defaultdict(lambda: -1)
    for i in l:
        counter[i] += 1
        yield counter[i]

def pir2(l):
    return [i for i in get_generator(l)]

def pir4(l):
    unq, inv = np.unique(l, return_index=True, return_inverse=True)
    a = np.arange(len(unq))
    matches = a[:, None] == inv
    return (matches * matches.cumsum(1)).sum(0).tolist()

print(pir2(short_list))

def grp_range(a):
    idx = a.cumsum()
    id_arr = np.ones(idx[-1], dtype=int)
    id_arr[0] = 0
    id_arr[idx[:-1]] = -a[:-1] + 1
    return id_arr.cumsum()

A = list('aaabaaacaaadaaac')
count = np.unique(A, return_counts=True)[1]
out = grp_range(count)[np.argsort(A).argsort()]
print(count)
print(out)

# pir4 as written: np.unique returns three arrays here, so the two-name unpacking fails
print(pir4(short_list))
