import numpy as np

for f in (lambda o: np.zeros((2, 3), order=o), lambda o: np.ones((2, 3, 2), dtype=np.int8, order=o),
          lambda o: np.full((3, 2), 7.5, order=o), lambda o: np.zeros(4, order=o)):
    for order in ["C", "F", "c", "f"]:
        x = f(order)
        print(x.tolist(), x.dtype, x.strides, x.flags["C_CONTIGUOUS"], x.flags["F_CONTIGUOUS"])
z = np.zeros((2, 3), order="F")
z[0] = np.cumsum([1, 2, 3])
print(z, z.ravel("K"), z.strides)
for bad in ["A", "K", "X"]:
    try:
        np.ones((2, 2), order=bad)
    except ValueError as e:
        print("ValueError:", e)
print(np.empty((2, 3), order="F").strides, np.empty((2, 3), order="C").strides)
