# Source: https://github.com/zenithx31/learn-python-eng/blob/main/numpy/datetime64.md (its code blocks, as written)
import numpy as np

example1 = np.datetime64('2023-11-08')  # Create date '2023-11-08'
example2 = np.datetime64(100000, 'ns')  # 100,000 nanoseconds
example3 = np.datetime64(100000, 's')   # 100,000 seconds
example4 = np.datetime64(100000, 'D')   # 100,000 days

print(example1)  # Output: 2023-11-08
print(example2)  # Output: 1970-01-01T00:00:00.000100000 (Epoch reference: 1970-01-01)
print(example3)  # Output: 1970-01-02T03:46:40
print(example4)  # Output: 2243-10-17

import numpy as np

example1 = np.array('2023-11-08', dtype='datetime64')     # Default date
example2 = np.array('2023-11-08', dtype='datetime64[D]')  # Day unit
example3 = np.array('2023-11-08', dtype='datetime64[M]')  # Month unit
example4 = np.array('2023-11-08', dtype='datetime64[Y]')  # Year unit

print(example1)  # Output: 2023-11-08
print(example2)  # Output: 2023-11-08
print(example3)  # Output: 2023-11
print(example4)  # Output: 2023

import numpy as np

example1 = np.arange('2023-10', '2023-11', dtype='datetime64[D]')  # Day unit
example2 = np.arange('2023-10', '2023-11', dtype='datetime64[W]')  # Week unit
example3 = np.arange('2023-10', '2023-11', dtype='datetime64[M]')  # Month unit
example4 = np.arange('2022-10', '2023-11', dtype='datetime64[Y]')  # Year unit
example5 = np.arange('2023-11-07', '2023-11-08', dtype='datetime64[h]')  # Hour unit
example6 = np.arange('2023-11-07', '2023-11-08', dtype='datetime64[m]')  # Minute unit
example7 = np.arange('2023-11-07', '2023-11-08', dtype='datetime64[s]')  # Second unit

print(example1)
print(example2)
print(example3)
print(example4)
print(example5)
print(example6)
print(example7)

import numpy as np

example = np.datetime64('2023-11') - np.datetime64('2023-01')
print(example)  # Output: 10 months
