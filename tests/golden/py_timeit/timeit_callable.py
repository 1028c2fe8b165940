import numpy as np
# timeit with callables: stmt runs `number` times after setup runs once, repeat
# makes `repeat` such timings; the seconds themselves differ by run, so only
# counts, types and signs are printed.
import timeit
from timeit import repeat, default_timer
import time

calls = []
def f():
    calls.append(1)

t = timeit.timeit(f, number=3)
print(type(t), t >= 0, len(calls))
print(timeit.timeit(f, setup=f, number=2) >= 0, len(calls))
r = repeat(f, repeat=2, number=4)
print(type(r), len(r), all(x >= 0 for x in r), len(calls))
print(timeit.timeit(number=5) >= 0, timeit.timeit('pass', 'pass', number=2) >= 0)
print(timeit.timeit(f, number=0) >= 0, timeit.timeit(f, number=-1) >= 0, len(calls))
print(timeit.timeit(f, number=np.int64(2)) >= 0, timeit.timeit(f, number=True) >= 0, len(calls))
print(default_timer is time.perf_counter, timeit.default_timer is time.perf_counter)
print(timeit.repeat(f, repeat=0, number=1), len(calls))

# A timer is any callable: timeit reads it twice and subtracts.
ticks = iter([10, 17, 100, 103, 200, 210])
print(timeit.timeit(f, timer=lambda: next(ticks), number=4))
print(timeit.repeat(f, timer=lambda: next(ticks), repeat=2, number=1))
ticks = iter([0.5, 2.0])
print(timeit.timeit(lambda: np.cumsum(np.arange(10)), timer=lambda: next(ticks), number=10))

# An exception in the timed code propagates.
def boom():
    raise ValueError("boom")
try:
    timeit.timeit(boom, number=3)
except ValueError as e:
    print("ValueError", e)
