import numpy as np
# Source: https://wiki.gubat.org/content/stackoverflow.com_en_all_2023-11/questions/65518869/python-numpy-cumulative-difference
# (the question's code, as written; its echoed lines wrapped in print(repr(...)))
a = np.arange(1,10)
print(repr(a))
# array([1, 2, 3, 4, 5, 6, 7, 8, 9])
b = np.cumsum(a)
print(repr(b))
# array([ 1, 3, 6, 10, 15, 21, 28, 36, 45], dtype=int32)
c=np.array([b[0]])
c=np.append(c,b[1:9]-b[0:8])
print(repr(c))
# array([1, 2, 3, 4, 5, 6, 7, 8, 9], dtype=int32)
