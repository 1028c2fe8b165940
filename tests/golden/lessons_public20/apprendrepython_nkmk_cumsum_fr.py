# Modeled on: https://apprendrepython.com/https-note-nkmk-me-en-python-import-usage
# (the French translation of note.nkmk.me's "NumPy: cumsum, cumprod": a 1-D array and its
# cumulative sum and product, np.cumsum against the ndarray method, 2-D arrays along each
# axis, and dtype=; the version print is cut since it prints NumPy's own version.)
import numpy as np

a_1d = np.array([1, 2, 3, 4, 5, 6])
print(a_1d)

print(np.cumsum(a_1d))
print(a_1d.cumsum())
print(type(np.cumsum(a_1d)))

a_2d = a_1d.reshape(2, 3)
print(a_2d)
print(np.cumsum(a_2d))
print(np.cumsum(a_2d, axis=0))
print(np.cumsum(a_2d, axis=1))
print(a_2d.cumsum(axis=1))

print(np.cumsum(a_1d, dtype=float))
print(np.cumsum(a_1d).dtype, np.cumsum(a_1d, dtype=np.float32).dtype)

print(np.cumprod(a_1d))
print(a_1d.cumprod())
print(np.cumprod(a_2d, axis=0))
print(np.cumprod(a_2d, axis=1))
print(np.cumprod(a_1d, dtype=float))

print(np.cumsum([1, 2, 3]))
print(np.cumprod([[1, 2], [3, 4]]))
