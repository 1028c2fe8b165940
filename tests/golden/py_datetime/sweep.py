from datetime import date, datetime, timedelta
# Calendar and strftime over many days: ordinal round trips, weekdays,
# week numbers, day of year, ISO text.
d = date(1, 1, 1)
step = timedelta(days=3659, hours=7)
for i in range(1000):
    x = date.fromordinal(1 + (i * 3652) % 3652059)
    assert date.fromordinal(x.toordinal()) == x
    if i % 25 == 0:
        print(x, x.weekday(), x.isoweekday(), x.strftime('%a %b %d %j %U %W %w %u %y %m'), repr(x))
t = datetime(1970, 1, 1)
for i in range(60):
    t = t + step * (i % 7 - 3) / 3.3 + timedelta(microseconds=i * 12345.678)
    print(repr(t), t.isoformat(), t.strftime('%H %I %p %M %S %f %c'), repr(t - datetime(1970, 1, 1)))
for year in range(1896, 1906):
    for m in (2, 12):
        print(year, m, date(year, m, 1).strftime('%j %U %W'), (date(year + (m == 12), m % 12 + 1, 1) - date(year, m, 1)).days)
