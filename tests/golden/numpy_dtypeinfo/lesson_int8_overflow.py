import numpy as np

# An int8 running total wraps around once it passes np.iinfo(np.int8).max.
info = np.iinfo(np.int8)
print(info)
a = np.array([50, 50, 50, 50], dtype=np.int8)
wrapped = a.cumsum(dtype=np.int8)
safe = a.cumsum()
print("wrapped:", wrapped)
print("safe:   ", safe, safe.dtype)
over = safe > info.max
print("overflowed at positions", np.nonzero(over)[0])
print("first bad step:", int(np.argmax(over)), "limit", info.max)
print(np.all(wrapped[~over] == safe[~over]))
print("wrapped by", safe[over] - wrapped[over], "=", 2 ** info.bits)
print(np.result_type(a, 100), np.result_type(a, 1.5))
try:
    np.result_type(a, 300) and (a + 300)
except OverflowError as e:
    print("OverflowError:", e)
