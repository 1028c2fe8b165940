import warnings
import numpy as np
print(warnings.catch_warnings())
warnings.warn("hello")
warnings.warn("hello", RuntimeWarning)
for bad in [lambda: warnings.filterwarnings('bogus'), lambda: warnings.filterwarnings('ignore', category=int),
            lambda: warnings.filterwarnings('ignore', message=3), lambda: warnings.warn('x', int)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    print(np.array([1.0]) / 0)
    warnings.warn("hidden")
print(np.array([2.0]) / 0)
warnings.filterwarnings("error", message="divide by")
try:
    np.array([3.0]) / 0
except RuntimeWarning as e:
    print("caught", type(e).__name__, e)
print(np.array([0.0]) / 0)
warnings.resetwarnings()
warnings.filterwarnings("ignore", category=RuntimeWarning)
print(np.log(np.array([0.0, -1.0])))
warnings.warn("user stays")
warnings.simplefilter("always")
for i in range(3):
    warnings.warn("again")
warnings.simplefilter("once")
for i in range(3):
    warnings.warn("one time")
warnings.warn("one time")
warnings.simplefilter("error", UserWarning)
try:
    warnings.warn("boom")
except UserWarning as e:
    print("caught", repr(e))
warnings.filterwarnings("ignore")
np.seterr(all="raise")
try:
    np.array([1.0]) / 0
except FloatingPointError as e:
    print("fpe", e)
