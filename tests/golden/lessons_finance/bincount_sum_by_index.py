import numpy as np
# Source: https://stackoverflow.com/questions/76513594/sum-elements-of-an-array-by-an-indicies-array-into-a-smaller-array-in-numpy/76514503
# (the question's arrays with the bincount and list-comprehension answers as stored in
# https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1, as written; a print added to the second)
a = np.array([0, 1, 2, 3, 4, 5, 6, 7, 8, 9])
b = np.array([3, 3, 0, 3, 2, 1, 2, 1, 2, 2])

c = np.bincount(b, weights=a)
print(c)  # Output: [2. 12. 27.  4.]

c = [a[b==i].sum() for i in np.unique(b)]
print(c)
