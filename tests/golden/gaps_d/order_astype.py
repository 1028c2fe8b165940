import numpy as np

b = np.arange(6).reshape(2, 3)
def show(x):
    print(x.tolist(), x.dtype, x.strides, x.flags["C_CONTIGUOUS"], x.flags["F_CONTIGUOUS"])
for order in ["C", "F", "A", "K"]:
    show(b.astype(float, order=order))
    show(b.T.astype(np.float32, order=order))
    show(b.T[::-1].astype(np.int8, order=order))
show(b.T.astype(float))
show(b.astype(float))
x = b.T.astype(np.int64, copy=False)
print(x.strides, np.shares_memory(x, b))
try:
    b.astype(float, order="Z")
except ValueError as e:
    print("ValueError:", e)
