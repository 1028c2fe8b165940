import numpy as np
from datetime import date, datetime, timedelta

# datetime64/timedelta64 -> Python objects (convert_datetime_to_pyobject)
for text, unit in [('2024-01-31', 'D'), ('2024-01', 'M'), ('2024', 'Y'), ('2024-01-01', 'W'),
                   ('2024-01-01T12', 'h'), ('2024-01-01T12:30', 'm'), ('2024-01-01T12:30:15', 's'),
                   ('2024-01-01T12:30:15.123', 'ms'), ('2024-01-01T12:30:15.123456', 'us'),
                   ('2024-01-01T12:30:15.123456789', 'ns'), ('NaT', 'D'), ('10000-01-01', 'D'),
                   ('-0001-01-01', 'D'), ('1969-12-31T23:59:59', 's')]:
    x = np.datetime64(text, unit)
    print(repr(x.item()), repr(x.tolist()), repr(x.astype(object)))
print(repr(np.datetime64('NaT').item()))
for n, unit in [(5, 'D'), (5, 'W'), (5, 'Y'), (5, 'M'), (-5, 'h'), (1441, 'm'), (-90061, 's'),
                (90061001, 'ms'), (-1, 'us'), (5, 'ns'), (10**12, 'D'), (10**17, 'us')]:
    x = np.timedelta64(n, unit)
    print(repr(x.item()), repr(x.tolist()))
print(repr(np.timedelta64(5).item()), repr(np.timedelta64('NaT').item()), repr(np.timedelta64('NaT', 's').item()))
days = np.arange('2024-01-01', '2024-01-04', dtype='datetime64[D]')
print(days.tolist(), days.item(1), days.item(-1))
print(np.array([[1, 2], [3, 4]], dtype='timedelta64[h]').tolist())
print(np.array(['2024-01-01T00', 'NaT'], dtype='datetime64[s]').tolist())
print(repr(days.astype(object)), days.astype(object)[0].weekday())
try:
    days.item()
except ValueError as e:
    print('ValueError:', e)

# Python objects -> datetime64/timedelta64
print(repr(np.datetime64(date(2024, 1, 1))), repr(np.datetime64(datetime(2024, 1, 1, 5))))
print(repr(np.datetime64(datetime(2024, 1, 1, 5), 'D')), repr(np.datetime64(date(2024, 1, 1), 's')))
print(repr(np.timedelta64(timedelta(1))), repr(np.timedelta64(timedelta(1), 'D')), repr(np.timedelta64(timedelta(hours=1), 'D')))
print(repr(np.timedelta64(timedelta(hours=-1), 'D')), repr(np.timedelta64(timedelta(minutes=90), 'h')))
print(repr(np.array([date(2024, 1, 1), date(2024, 3, 1)], dtype='datetime64[D]')))
print(repr(np.array([date(2024, 1, 1)], dtype='datetime64[s]')), repr(np.array([datetime(2024, 1, 1, 5)], dtype='datetime64[D]')))
print(repr(np.array([timedelta(1), timedelta(hours=5)], dtype='timedelta64[h]')))
print(np.datetime64(date(2024, 1, 1)).dtype, np.timedelta64(timedelta(1)).dtype)

# object arrays of them, and NumPy scalars meeting them
print(repr(np.array([date(2024, 1, 1), date(2024, 1, 5)])), np.array([timedelta(1)]).dtype)
print(repr(np.cumsum([timedelta(1), timedelta(hours=5), timedelta(minutes=30)])))
print(repr(np.datetime64('2024-01-01') + timedelta(1)), np.datetime64('2024-01-01') == date(2024, 1, 1))
print(repr(np.datetime64('2024-01-01T05') - datetime(2024, 1, 1)), repr(date(2024, 1, 1) + np.timedelta64(1, 'D')))
print(repr(timedelta(1) + np.timedelta64(1, 'h')), np.timedelta64(1, 'D') / timedelta(hours=1))
print(np.datetime64('2024-01-01') < date(2024, 1, 2), np.datetime64('2024-01-01') == datetime(2024, 1, 1))
print(repr(days == date(2024, 1, 2)), repr(days[0] - date(2023, 12, 25)))
for bad in ["days + timedelta(1)", "days - date(2024, 1, 1)", "np.datetime64('2024-01-01', 'ns') + timedelta(1)",
            "np.datetime64('NaT') + timedelta(1)"]:
    try:
        eval(bad)
    except TypeError as e:
        print(type(e).__name__, e)
h = np.array([1, 2], dtype='m8[h]')
print(repr(h == timedelta(hours=1)), repr(h < timedelta(hours=2)), repr(np.array(['2024-01-01'], dtype='M8[D]') >= date(2024, 1, 1)))
for bad in ["h + timedelta(1)", "timedelta(1) - h", "h * timedelta(1)"]:
    try:
        eval(bad)
    except TypeError as e:
        print(type(e).__name__, e)
