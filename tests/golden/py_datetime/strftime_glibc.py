# strftime as glibc formats it (flags, widths, E/O modifiers, unknown sequences copied), isocalendar,
# fromisocalendar and ISO week dates in fromisoformat, each checked against CPython 3.11.
import datetime
for d in [datetime.date(2024,1,1), datetime.date(2021,1,3), datetime.date(2020,12,31), datetime.date(5,3,7), datetime.datetime(2024,7,4,15,5,9), datetime.datetime(5,3,7,9,4,1), datetime.datetime(1999,12,31,23,59,59)]:
    print(repr(d.strftime('%C|%G|%g|%V|%u|%-d|%_d|%02d|%^a|%#b|%10Y|%-m/%-d/%y|%Q|%k|%l|%P|%r|%s|%Ey|%Od|%+|%v|%h|%L|%5d|%-j|%i')), d.isocalendar())
    print(repr(d.strftime('%Y|%F|%C|%G|%g|%y|%10a|%-10a|%010a|%^10B|%#p|%#Z|%#A|%^p|%_5H|%-H|%3j|%_j|%-y|%e|%-e|%0e|%k|%-k|%c|%10c|%x|%X|%D|%T|%R|%r|%h|%n|%t|%%|%5%|%U|%W|%-U|%_U|%w|%10s|%Ez|%z|%Z|%5z|%:z|%f|%5f|%^P|%#P|%Ed|%Oy|%EY|%OY|%Ec|%Oc|%#c|%^c')))
print(repr(datetime.date(2024,1,1).strftime('%')), repr(datetime.date(2024,1,1).strftime('abc%')), repr(datetime.date(2024,1,1).strftime('%-')), repr(datetime.date(2024,1,1).strftime('%5')), repr(datetime.date(2024,1,1).strftime('%E')))
ic = datetime.date(2024,1,1).isocalendar(); print(ic, ic.week, ic[0], type(ic).__name__, tuple(ic), ic == (2024, 1, 1))
print(datetime.date.fromisocalendar(2024, 1, 1), datetime.date.fromisoformat('2024-W01-1'), datetime.date.fromisoformat('2024W012'), datetime.date.fromisoformat('2024-W53'), datetime.datetime.fromisocalendar(2020, 53, 7))
print(datetime.datetime.fromisoformat('2024-W05-3T10:30'), datetime.datetime.fromisoformat('2024W05'), datetime.datetime.fromisoformat('2024-W05'), datetime.datetime.fromisoformat('2024W053 12'))
for bad in [(2024, 53, 1), (2024, 0, 1), (2024, 1, 0), (2024, 1, 8), (0, 1, 1), (10000, 1, 1), (2020, 53, 8)]:
    try: print(datetime.date.fromisocalendar(*bad))
    except Exception as e: print(type(e).__name__, e)
for bad in ['2024-W53-1', '2024-W5', '2024-W05-', '2024W05-3', '2024-W054', '2024-01', '2024-01-1', '2024W']:
    try: print(datetime.date.fromisoformat(bad))
    except Exception as e: print(type(e).__name__, e)
    try: print(datetime.datetime.fromisoformat(bad))
    except Exception as e: print(type(e).__name__, e)
for y in range(1995, 2030):
    print(y, datetime.date(y, 1, 1).isocalendar(), datetime.date(y, 12, 31).isocalendar(), datetime.date(y, 12, 28).strftime('%G-%V-%u %U %W %j'))
