# Source: https://github.com/pandas-dev/pandas/issues/47488 ("BUG: Roundoff error in cumsum() of
# large array of float32", closed as an upstream NumPy matter): the report's script with the pandas
# Series replaced by the NumPy array it wraps, and 100000 values instead of 1000000 so the Python
# loop stays quick
import numpy as np

# Generate a long sequence of random numbers
np.random.seed(1)
series = np.random.randint(0, high=1e4, size=100000)/1e4

# The last element of cumsum() should be the same as sum()
print(f"cumsum(float64): {series.astype('float64').cumsum()[-1]}")
print(f"cumsum(float32): {series.astype('float32').cumsum()[-1]}")
print(f"   sum(float32): {series.astype('float32').sum()}")

# Sum series as float32
sum = np.float32(0)
for i in series:
    sum += np.float32(i)
print(sum)
print(repr(sum))
