import numpy as np

# A lesson script: its output is kept in cumsum_script.py.out (written by
# tests/check/regen.py from `python cumsum_script.py`).
rain = np.array([0.5, 1.25, 0.0, 2.0, 0.75])
print(rain.cumsum())
print(np.cumsum(rain) / np.arange(1, 6))
print(rain.cumsum().dtype, np.cumsum([True, False, True]))
