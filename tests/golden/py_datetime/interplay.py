import copy
import itertools
import json
import numpy as np
from datetime import date, datetime, timedelta

days = [date(2024, 1, 1) + timedelta(days=i) for i in range(5)]
hours = [timedelta(hours=h) for h in [1.5, 2, 0.25, 3, 1]]
print(list(itertools.accumulate(hours)))
print(sum(hours, timedelta()), max(hours), min(days), sorted(days, reverse=True)[:2])
for d, total in zip(days, itertools.accumulate(hours)):
    print(f"{d:%a %d %b}: {total}", d.isoformat(), str(total))
totals = np.cumsum(hours)
print(repr(totals), totals.dtype, totals[-1], totals[-1].total_seconds())
print(repr(np.array(hours).sum()), repr(np.array(hours) * 2), repr(np.array(days) + timedelta(days=7)))
print(repr(np.array(days)[np.array([0, 2])]), np.array(days) < date(2024, 1, 3))
print(repr(np.array(days, dtype='datetime64[D]')), repr(np.array(days, dtype='datetime64[D]').tolist()))
steps = np.array([3000, 4500, 8000, 1200, 6000])
for d, s in zip(days, np.cumsum(steps)):
    print(d.strftime('%Y-%m-%d'), s)
counts = {d: int(c) for d, c in zip(days, np.cumsum(steps))}
print(counts[date(2024, 1, 3)], date(2024, 1, 9) in counts)
print(copy.copy(days[0]), copy.deepcopy(hours[0]), days[0] is copy.copy(days[0]))
print(type(days[0]).__name__, date.__name__, timedelta.__name__, isinstance(days, list))
try:
    json.dumps(days[0])
except TypeError as e:
    print('TypeError:', e)
try:
    sum(hours)
except TypeError as e:
    print('TypeError:', e)
print(type(days[0]) is date, type(hours[0]) == timedelta, type(datetime(2024, 1, 1)) is date, type(days[0]) is timedelta)
pair = copy.deepcopy([days[0], days[0], days[1]])
print(pair[0] is pair[1], pair[0] is days[0], pair[1] is pair[2], pair)
