from datetime import timedelta
# CPython's delta_new: each float's whole part exactly, the fractions of a
# microsecond summed as a double, then rounded half to even.
values = [0.1, 0.5, 1.5, 2.5, -0.5, -1.5, 1e-7, 4.9999995e-7, 0.3333333333, 1/3, -2/3, 1e-6 / 2, 3.5e-6, 86399.9999995, 1e9 / 7]
for x in values:
    print(repr(timedelta(days=x)), repr(timedelta(seconds=x)), repr(timedelta(microseconds=x)))
    print(repr(timedelta(milliseconds=x)), repr(timedelta(minutes=x)), repr(timedelta(hours=x)), repr(timedelta(weeks=x / 1000)))
print(repr(timedelta(1.5, 0.5, 0.5)), repr(timedelta(0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1)))
print(repr(timedelta(microseconds=0.5)), repr(timedelta(microseconds=1.5)), repr(timedelta(microseconds=-0.5)), repr(timedelta(microseconds=2.5)))
print(repr(timedelta(seconds=1, microseconds=0.5)), repr(timedelta(microseconds=1, milliseconds=0.0005)), repr(timedelta(days=-0.3, hours=7.25)))
print(repr(timedelta(weeks=-0.3)), repr(timedelta(days=1e-12)), repr(timedelta(seconds=-1e-7)))
k = 1.0
for i in range(40):
    k = k * 1.37 + 0.013
    t = timedelta(seconds=k)
    print(repr(t), repr(t * (1 / k)), repr(t / k), repr(t / (i + 3)), t / timedelta(seconds=0.1 + i))
