# Source: https://github.com/JPL-JUNO/Python-3/blob/main/PY3SL/code/ch04_dates_and_times/2_datetime/datetime_timedelta_total_seconds.py
"""
@Title: 
@Author(s): Stephen CUI
@LastEditor(s): Stephen CUI
@CreatedTime: 2023-11-29 20:42:55
@Description: 
"""

import datetime

for delta in [datetime.timedelta(microseconds=1),
              datetime.timedelta(milliseconds=1),
              datetime.timedelta(seconds=1),
              datetime.timedelta(minutes=1),
              datetime.timedelta(hours=1),
              datetime.timedelta(days=1),
              datetime.timedelta(weeks=1)]:
    print('{:15} = {:8} seconds'.format(
        str(delta), delta.total_seconds()
    ))
