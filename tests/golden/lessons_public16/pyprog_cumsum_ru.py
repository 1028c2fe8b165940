# Modeled on: https://pyprog.pro/mathematical_functions/cumsum.html
# (written for npcalc after the Russian reference page, not copied; the page says an axis may be a
# tuple and that empty or all-NaN input gives 0, which the last lines put to NumPy)
import numpy as np

a = np.arange(1, 10).reshape(3, 3)
print(np.cumsum(a))
print(np.cumsum(a, axis=0))
print(np.cumsum(a, axis=-1))
print(np.cumsum(a, dtype=np.float32))
b = np.zeros(9)
np.cumsum(a, out=b.reshape(3, 3), axis=1)
print(b)
print(np.cumsum([]))
print(np.cumsum([np.nan, np.nan]))
print(np.nancumsum([np.nan, np.nan]))
try:
    np.cumsum(a, axis=(0, 1))
except TypeError as e:
    print("TypeError:", e)
