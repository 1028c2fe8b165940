import typing
import numpy as np
import numpy.typing as npt
from numpy.typing import NDArray, ArrayLike, DTypeLike


def running_total(a: NDArray[np.float64]) -> NDArray[np.float64]:
    return np.cumsum(a)


def as_totals(x: npt.ArrayLike, dtype: npt.DTypeLike = None) -> npt.NDArray:
    return np.asarray(x, dtype=dtype).cumsum()


print(running_total(np.array([1.0, 2.0])))
print(as_totals([1, 2]), as_totals([1, 2], float))
print(NDArray)
print(NDArray[np.float64])
print(np.typing.NDArray[np.bool_])
print(ArrayLike)
print(DTypeLike)
print(running_total.__annotations__)
print(type(NDArray), type(ArrayLike))
print(NDArray[np.int64] == np.ndarray[tuple[typing.Any, ...], np.dtype[np.int64]])
print(NDArray[np.int64].__origin__, NDArray[np.int64].__args__)
for bad in ["NDArray[np.int8, np.int16]", "ArrayLike[int]", "NDArray[np.int8][np.int8]"]:
    try:
        eval(bad)
    except TypeError as e:
        print(type(e).__name__, e)
