# A NaN poisons a cumsum; nancumsum treats it as zero instead.
import numpy as np

x = np.array([1.0, np.nan, 2.0, 3.0])
print(np.cumsum(x))
print(np.nancumsum(x))

# nancumprod counts a NaN as one.
print(np.nancumprod(np.array([2.0, np.nan, 3.0])))

# Leading NaNs become zeros.
print(np.nancumsum(np.array([np.nan, np.nan, 5.0])))
