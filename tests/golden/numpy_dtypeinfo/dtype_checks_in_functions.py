import numpy as np


def describe(a):
    a = np.asarray(a)
    if np.issubdtype(a.dtype, np.bool_):
        return "bool"
    if np.issubdtype(a.dtype, np.unsignedinteger):
        return f"unsigned, up to {np.iinfo(a.dtype).max}"
    if np.issubdtype(a.dtype, np.integer):
        info = np.iinfo(a.dtype)
        return f"signed, {info.min}..{info.max}"
    if np.issubdtype(a.dtype, np.floating):
        return f"float, eps {np.finfo(a.dtype).eps}"
    return f"complex of {np.finfo(a.dtype).dtype}"


for x in [[True], [1, 2], np.arange(3, dtype=np.uint16), np.zeros(2, np.float32), [1j], np.int8(5)]:
    print(describe(x))


def safe_cumsum(a):
    """cumsum in the input dtype, refused when it would leave the dtype's range."""
    a = np.asarray(a)
    total = a.cumsum(dtype=np.int64)
    info = np.iinfo(a.dtype)
    if total.max() > info.max or total.min() < info.min:
        raise OverflowError(f"cumsum leaves {a.dtype} range [{info.min}, {info.max}]")
    return total.astype(a.dtype)


print(safe_cumsum(np.array([1, 2, 3], dtype=np.int8)))
try:
    safe_cumsum(np.array([100, 100], dtype=np.int8))
except OverflowError as e:
    print("OverflowError:", e)
