# Modeled on: https://github.com/biubiu3721/study_python (third_party/np/5_mat/5_7_5_8_ufunc_methods.py)
# (written for npcalc after the lesson, not copied: the four ufunc methods reduce, accumulate,
# reduceat and outer on an arange, with reduceat's steps checked by hand)
import numpy as np

a = np.arange(1, 11)
print("a", a)
print("reduce:", np.add.reduce(a))
print("accumulate:", np.add.accumulate(a))
print("multiply accumulate:", np.multiply.accumulate(a))
idx = [0, 4, 1, 8]
print("reduceat:", np.add.reduceat(a, idx))
print("step 1", np.add.reduce(a[0:4]))
print("step 2", a[4])
print("step 3", np.add.reduce(a[1:8]))
print("step 4", np.add.reduce(a[8:]))
print("outer\n", np.add.outer(np.arange(4), a[:5]))
print(np.maximum.accumulate(np.array([3, 1, 4, 1, 5, 9, 2, 6])))
