# np.ndarray[...] in annotations: NumPy's __class_getitem__ makes a types.GenericAlias of one or two parameters
import numpy as np
from typing import Any
t = np.ndarray[Any, int]
print(t, type(t).__name__, t.__origin__, t.__args__)
print(np.ndarray[int])
def f(x: np.ndarray[Any, np.dtype[np.float64]] if False else np.ndarray) -> np.ndarray[Any, int]:
    return x
print(f(np.arange(2)))
for idx in [(), (1, 2, 3)]:
    try:
        np.ndarray[idx]
    except TypeError as e:
        print(e)
