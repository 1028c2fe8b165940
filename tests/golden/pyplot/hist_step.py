# plt.hist(histtype='step'/'stepfilled') draws one Polygon: its patches are a list of it, str() giving its vertex count and first vertex
import matplotlib.pyplot as plt
import numpy as np
x = np.array([1, 2, 2, 3, 5.])
for ht in ['step', 'stepfilled', 'bar']:
    r = plt.hist(x, 4, histtype=ht)
    print(type(r[2]).__name__, str(r[2][0]) if ht != 'bar' else r[2])
r = plt.hist(x, [0, 1, 2], histtype='step', cumulative=True)
print(str(r[2][0]), r[0])
r = plt.hist(x, 3, histtype='step', orientation='horizontal')
print(str(r[2][0]))
