import datetime
from datetime import date, datetime as dt, timedelta

d = date(2024, 1, 31)
print(d, repr(d), d.year, d.month, d.day)
print(dt(2024, 1, 1, 12, 30), repr(dt(2024, 1, 1, 12, 30)))
print(repr(dt(2024, 1, 1, 12, 30, 5)), repr(dt(2024, 1, 1, 0, 0, 0, 7)))
print(repr(timedelta(days=1, seconds=3600)), repr(timedelta(0)), repr(timedelta()))
print(timedelta(days=1, hours=1), timedelta(seconds=-1), timedelta(days=-3, microseconds=5))
print(timedelta(weeks=2, minutes=-1), str(timedelta(microseconds=-1)))
print(datetime.date, datetime.datetime, datetime.timedelta, type(d), type(timedelta(1)))
print(datetime.MINYEAR, datetime.MAXYEAR)
print(date.min, date.max, repr(date.resolution))
print(repr(dt.min), repr(dt.max), repr(dt.resolution))
print(repr(timedelta.max), repr(timedelta.min), repr(timedelta.resolution))
print(d.min, timedelta(1).max)

# arithmetic
print(repr(d + timedelta(days=1)), repr(timedelta(days=30) + d), repr(d - timedelta(days=31)))
print(repr(d + timedelta(hours=23)), repr(d - timedelta(hours=1)))
print(repr(date(2024, 3, 1) - date(2024, 2, 1)), repr(date(2023, 3, 1) - date(2024, 2, 1)))
t = dt(2024, 1, 1, 23, 59, 59, 999999)
print(repr(t + timedelta(microseconds=1)), repr(t - timedelta(days=1, seconds=0.5)))
print(repr(dt(2024, 3, 1) - dt(2024, 2, 28, 12)), repr(dt(2024, 1, 1) - t))
print(repr(timedelta(1) + timedelta(hours=1)), repr(timedelta(1) - timedelta(hours=25)))
print(repr(timedelta(hours=5) * 3), repr(2 * timedelta(hours=5)), repr(timedelta(hours=5) * True))
print(repr(timedelta(hours=5) * 0.1), repr(timedelta(hours=5) * -2.5), repr(1.5 * timedelta(1)))
print(repr(timedelta(1) / 7), repr(timedelta(1) / -7), repr(timedelta(microseconds=5) / 2), repr(timedelta(microseconds=7) / 2))
print(repr(timedelta(1) / 3.7), repr(timedelta(1) / timedelta(hours=5)), timedelta(1) / timedelta(microseconds=7))
print(repr(timedelta(1) // 7), repr(timedelta(1) // -7), timedelta(1) // timedelta(hours=5))
print(repr(timedelta(1) % timedelta(hours=5)), repr(timedelta(-1) % timedelta(hours=5)))
print(divmod(timedelta(1), timedelta(hours=7)), divmod(timedelta(-1), timedelta(hours=7)))
print(repr(-timedelta(1)), repr(-timedelta(seconds=1)), repr(+timedelta(1)), repr(abs(timedelta(-1, 5))), repr(abs(timedelta(hours=3))))
print(timedelta(1).total_seconds(), timedelta(microseconds=1).total_seconds(), timedelta.max.total_seconds(), timedelta(-1, 1, 1).total_seconds())
print(timedelta(1, 2, 3).days, timedelta(1, 2, 3).seconds, timedelta(1, 2, 3).microseconds)
print(bool(timedelta(0)), bool(timedelta(microseconds=1)), bool(d))

# comparisons and keys
print(d == date(2024, 1, 31), d != date(2024, 1, 31), d < date(2024, 2, 1), d >= date(2025, 1, 1))
print(d == dt(2024, 1, 31), dt(2024, 1, 31) == d, d == 5, timedelta(1) == 1, timedelta(1) == timedelta(hours=24))
print(dt(2024, 1, 1, 1) > dt(2024, 1, 1), timedelta(-1) < timedelta(0), max(timedelta(1), timedelta(hours=30)))
print(sorted([date(2024, 3, 1), date(2023, 12, 25), date(2024, 1, 1)]))
counts = {}
for day in [date(2024, 1, 1), date(2024, 1, 2), date(2024, 1, 1)]:
    counts[day] = counts.get(day, 0) + 1
print(counts)
print({timedelta(1): 'a', timedelta(hours=24): 'b'}, hash(timedelta(1)), hash(timedelta(0, 1, 1)), hash(timedelta(-1)))
print(date(2024, 1, 1) in {date(2024, 1, 1)}, len({dt(2024, 1, 1), date(2024, 1, 1)}))
print(isinstance(dt(2024, 1, 1), date), isinstance(d, dt), isinstance(timedelta(1), timedelta), isinstance(d, timedelta))

# methods
print(d.weekday(), d.isoweekday(), d.toordinal(), dt(2024, 1, 1, 5).toordinal(), date.fromordinal(738886))
print(repr(date.fromordinal(1)), repr(dt.fromordinal(738886)), repr(date.fromordinal(3652059)))
print(d.isoformat(), dt(2024, 1, 1, 12, 30).isoformat(), dt(2024, 1, 1, 12, 30, 0, 5).isoformat(' '))
for spec in ['auto', 'hours', 'minutes', 'seconds', 'milliseconds', 'microseconds']:
    print(dt(2024, 1, 1, 9, 8, 7, 6543).isoformat(timespec=spec))
print(repr(d.replace(day=1)), repr(d.replace(year=2023, month=12)), repr(dt(2024, 1, 1, 5).replace(hour=7, microsecond=3)))
print(repr(dt(2024, 1, 1, 5).date()), d.ctime(), dt(2024, 2, 29, 13, 5, 9).ctime())
print(repr(date.fromisoformat('2024-01-31')), repr(date.fromisoformat('20240131')))
print(repr(dt.fromisoformat('2024-01-31')), repr(dt.fromisoformat('2024-01-31T12:30')), repr(dt.fromisoformat('2024-01-31 12:30:15.5')))
print(repr(dt.fromisoformat('2024-01-31T12')), repr(dt.fromisoformat('2024-01-31T123015')), repr(dt.fromisoformat('2024-01-31T12:30:15,123456789')))
print(d.strftime('%Y-%m-%d %a %A %b %B %j %U %W %y %H %I %p %M %S %f %% %d/%m'))
print(dt(2023, 12, 31, 23, 5, 1, 42).strftime('%c | %x | %X | %D | %F | %T | %R | %e | %u | %w | %h'))
for day in range(1, 15):
    x = date(2023, 1, day)
    print(x.strftime('%a %j %U %W'), end='; ')
print()
print(f'{d:%d %b %Y}', f'{d}', f'{timedelta(1)}', format(d, ''), f'{dt(2024, 1, 1, 6):%H:%M}', f'{d:>12}', f'{d!r}')
print('{:%Y/%m}'.format(d), '{}'.format(timedelta(hours=1)))
