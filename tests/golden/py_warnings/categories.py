import warnings
import numpy as np

warnings.simplefilter(action='ignore', category=FutureWarning)
warnings.filterwarnings('ignore', category=DeprecationWarning)
print(np.array([1.0, -1.0]) / 0)
warnings.filterwarnings('ignore', message='.*invalid value')
print(np.sqrt(np.array([-1.0, 4.0])))
print(np.array([1.0]) / 0)
warnings.filterwarnings('ignore', message='DIVIDE BY')
print(np.array([5.0]) / 0)
print(issubclass(FutureWarning, Warning), issubclass(RuntimeWarning, Warning))
print(np.array([1 + 2j]).astype(float))
warnings.simplefilter('error', np.exceptions.ComplexWarning)
try:
    np.array([1 + 2j]).astype(float)
except np.exceptions.ComplexWarning as e:
    print('ComplexWarning:', e)
def check(total):
    if total > 10:
        warnings.warn(f"total {total} is over 10", RuntimeWarning)
    return total
warnings.resetwarnings()
for t in np.cumsum([4, 5, 6]):
    check(t)
for c, b in [(bool, int), (int, bool), (FutureWarning, (ValueError, Warning)), (np.float64, float),
             (ZeroDivisionError, ArithmeticError), (np.int64, int)]:
    print(issubclass(c, b))
for bad in [(1, int), (int, 1)]:
    try:
        issubclass(*bad)
    except TypeError as e:
        print(e)
