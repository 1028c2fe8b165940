import numpy as np

def first_negative(a):
    try:
        return np.flatnonzero(a < 0)[0]
    except IndexError as err:
        print("none negative")
        raise err

first_negative(np.array([1, 2, 3]).cumsum())
