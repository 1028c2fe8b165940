import numpy as np
import warnings
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        np.genfromtxt(["1 2", "3"], invalid_raise=False)
    except UserWarning as e:
        print(type(e).__name__, e)
try:
    np.genfromtxt(["1", "a"], converters={0: int}, dtype=None)
except Exception as e:
    print(type(e), e)
warnings.simplefilter("error")
np.genfromtxt(["1 2", "3"], invalid_raise=False)
