# Modeled on: https://github.com/numpy/numpy/issues/8078
# (written after the issue "numpy.add.accumulate(), numbers get high very fast": the reporter's
# list of growing integers accumulated with np.add.accumulate, whose int32 result wrapped on a
# 32-bit C long; the maintainer's three ways out (floats, a wider integer, object arrays) are
# tried one after another. Python 2's print statement is written as print().)
import numpy as np

a = [12414, 33103, 41379, 88964, 142756, 328960, 693092, 2228239, 27359548, 750138639,
     2040789728, 188603780]
print(np.add.accumulate(a))
print(np.add.accumulate(a).dtype)

# what a 32-bit default integer gave the reporter
print(np.add.accumulate(np.array(a, dtype=np.int32)))
print(np.add.accumulate(a, dtype=np.int32))

# the three alternatives from the maintainer's answer
print(np.add.accumulate(np.array(a, dtype=float)))
print(np.add.accumulate(a, dtype=np.int64))
print(np.add.accumulate(np.array(a, dtype=object)))

# "and even faster with np.multiply.accumulate"
print(np.multiply.accumulate(a[:6]))
print(np.multiply.accumulate(np.array(a[:6], dtype=object)))
print(np.multiply.accumulate(np.array(a[:6], dtype=float)))
