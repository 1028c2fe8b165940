# Source: https://github.com/HimanshuM123/Quants/blob/c2530fc8c431e4d92945dd077e95be1b1496a25a/src/PythonBook/DataVisualization/2DPlotting.py
# (as written; nothing cut)
import numpy as np
import matplotlib as mpl
import matplotlib.pyplot as plt


np.random.seed(1000)
y=np.random.standard_normal(20)
print(y)
x = range(len(y))
# plt.plot(x,y)
# plt.plot(y)
plt.plot(y.cumsum()) # cumulative value
plt.show()
