# Source: https://github.com/Chalarangelo/30-seconds-of-code/blob/master/snippets/daterange.md
# (the snippet's two code blocks, the second's call printed)
from datetime import timedelta, date

def daterange(start, end):
  return [start + timedelta(n) for n in range(int((end - start).days))]

from datetime import date

print(daterange(date(2020, 10, 1), date(2020, 10, 5)))
# [date(2020, 10, 1), date(2020, 10, 2), date(2020, 10, 3), date(2020, 10, 4)]
