import statistics
import numpy as np
from fractions import Fraction

a = np.array([1, 2, 3, 4])
c = np.cumsum(a)
for f in [statistics.mean, statistics.median, statistics.variance, statistics.pvariance,
          statistics.fmean, statistics.median_low, statistics.median_high, statistics.mode,
          statistics.geometric_mean, statistics.harmonic_mean, statistics.stdev, statistics.pstdev]:
    try:
        r = f(c)
        print(f.__name__, repr(r), type(r).__name__)
    except Exception as e:
        print(f.__name__, type(e).__name__, e)

def show(f, *args, **kw):
    try:
        print(f.__name__, repr(f(*args, **kw)))
    except Exception as e:
        print(f.__name__, type(e).__name__, e)

show(statistics.mean, np.array([1, 2]))
show(statistics.mean, np.array([-3, 0]))
show(statistics.mean, np.array([-7, 2]))
show(statistics.mean, np.array([200, 100], dtype=np.uint8))
show(statistics.mean, np.array([2**62, 2**62]))
show(statistics.mean, [1, np.int64(2), 4])
show(statistics.mean, [np.int32(5), 2])
show(statistics.mean, [np.int64(1), 2.5])
show(statistics.mean, [2.5, np.int64(1)])
show(statistics.mean, [np.int64(1), Fraction(1, 2)])
show(statistics.mean, [np.float32(1.5), 2])
show(statistics.mean, np.array([1.5, 2.5], dtype=np.float32))
show(statistics.mean, [np.float16(0.5), 1])
show(statistics.mean, np.array([True, False, True]))
show(statistics.mean, np.array([1 + 2j]))
show(statistics.mean, np.array([1.5, 2.25]))
show(statistics.variance, np.array([1, 2, 4]))
show(statistics.variance, np.array([1, 2, 5]))
show(statistics.variance, np.array([1, 2, 5]), xbar=np.int64(2))
show(statistics.pvariance, np.array([1, 2, 4]))
show(statistics.pvariance, np.array([1, 2, 4]), mu=np.int64(2))
show(statistics.stdev, np.array([1, 2, 4], dtype=np.int8))
show(statistics.stdev, np.array([1, 2, 4]), xbar=2)
show(statistics.pstdev, [1, 2, np.int64(4)])
show(statistics.variance, np.array([1.0, 2.0, 4.0]))
show(statistics.stdev, np.array([1.0, 2.0, 4.5]))
show(statistics.median, np.array([1, 2, 3, 4]))
show(statistics.median, np.array([1, 2, 3]))
show(statistics.mode, np.array([3, 1, 3]))
show(statistics.mean, np.cumsum(np.arange(1, 11)))
show(statistics.variance, np.cumsum(np.arange(1, 11)))
