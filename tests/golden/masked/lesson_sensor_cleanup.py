import numpy as np
# Sensor readings with dropouts (NaN) and glitches (values above 100).
temps = np.array([21.5, np.nan, 22.1, 150.0, 22.8, np.inf, 23.0])
clean = np.ma.masked_invalid(temps)
clean = np.ma.masked_greater(clean, 100)
print(repr(clean))
print("valid:", clean.compressed())
print("min", clean.min(), "max", clean.max())
print("running max-free total:", clean.cumsum())
