import numpy as np
# Source: https://wiki.gubat.org/content/stackoverflow.com_en_all_2023-11/questions/45320903/numpy-cumulative-multiplicity-count
# (the question's loop, with its Python 2 prints turned into print() and a seed added)
def count_multiplicities(a):
    r = np.zeros(a.shape, dtype=a.dtype)
    for i in range(1, len(a)):
        if a[i] == a[i-1]:
            r[i] = r[i-1]+1
        else:
            r[i] = 0
    return r

np.random.seed(3)
a = (np.random.rand(20)*5).astype(dtype=int)
a.sort()
print("given sorted array: ", a)
print("multiplicity count: ", count_multiplicities(a))
