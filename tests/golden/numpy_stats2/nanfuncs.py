import numpy as np
x = np.array([[1.0, np.nan, 3.0], [np.nan, np.nan, 6.0]])
print(np.nansum(x), np.nansum(x, axis=0), np.nansum(x, axis=1, keepdims=True))
print(np.nanprod(x), np.nanprod(x, axis=1))
print(np.nanmax(x), np.nanmin(x, axis=1), np.nanmax(x, axis=0))
print(np.nanmean(x), np.nanmean(x, axis=0), np.nanmean(x, axis=1))
print(np.nansum([1, 2, 3]), np.nanmean([1, 2, 3]))
y = np.array([[np.nan, 1.0], [np.nan, 2.0]])
print(np.nanmin([np.nan, np.nan]))
