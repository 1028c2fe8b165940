# Which elements of a contiguous float -> uint32 cast NumPy handles in its
# vectorised loop (V: 1e10 -> 0) and which in the scalar tail (S: 1410065408).
import numpy as np, warnings
warnings.simplefilter("ignore")
def code(r): return "".join("V" if v == 0 else "S" for v in r.ravel())
for t in ["float32", "float64", "complex64", "complex128"]:
    for n in range(1, 22):
        print(t, n, code(np.full(n, 1e10, t).astype(np.uint32)))
    print(t, "rows3x10[:,:6]", code(np.full((3, 10), 1e10, t)[:, :6].astype(np.uint32)))
    print(t, "[::2]of16", code(np.full(16, 1e10, t)[::2].astype(np.uint32)))
