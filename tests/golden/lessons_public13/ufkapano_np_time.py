# Source: https://ufkapano.github.io/scicomppy/week08/np_time.html (the page's first examples, as written)
import numpy as np

# NumPy uses the name 'datetime64' because 'datetime' is already taken.

a = np.datetime64('2005-02-25')   # a simple ISO date
b = np.datetime64('2005-02-27')   # a simple ISO date
print(repr(b - a))   # np.timedelta64(2,'D')

# Date units: (D)ay, (M)onth, (Y)ear, (W)eek.
# Time units: (h)our, (m)inute, (s)econd, ms, us, ns, ps, as.

print(repr(np.datetime64('2005-02-25T03:30')))   # date and time

print(repr(np.arange('2005-02-01', '2005-03-01', dtype='datetime64[D]')))   # all the dates for one month

print(repr(np.arange('2005-01-01', '2005-01-02', dtype="datetime64[h]")))

# When creating an array of datetimes from a string, it is still possible
# to automatically select the unit from the inputs, by using the datetime
# type with generic units.

print(repr(np.array(['2007-07-13', '2006-01-13', '2010-08-13'], dtype='datetime64')))
# array(['2007-07-13', '2006-01-13', '2010-08-13'], dtype='datetime64[D]')
print(repr(np.array(['2001-01-01T12:00', '2002-02-03T13:56:03'], dtype='datetime64')))
# array(['2001-01-01T12:00:00', '2002-02-03T13:56:03'], dtype='datetime64[s]')
