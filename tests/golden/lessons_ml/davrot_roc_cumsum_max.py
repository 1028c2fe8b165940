# Source: https://github.com/davrot/pytutorial/blob/main/numpy/roc/README.md ("Fund the cumsum
# maximum", as written; the matplotlib plot dropped and prints of what it showed added)
import numpy as np

rng = np.random.default_rng(1)

a_x = rng.normal(1.5, 1.0, size=(5000))
b_x = rng.normal(0.0, 1.0, size=(5000))

data_data = np.concatenate([a_x, b_x])
data_class = np.concatenate([np.full_like(a_x, -1), np.full_like(b_x, +1)])
idx = np.argsort(data_data)

data_data = data_data[idx]
data_class = data_class[idx]

data_cumsum = np.cumsum(data_class)

print(np.argmax(data_cumsum), np.max(data_cumsum))
print(data_data[np.argmax(data_cumsum)])
print(data_cumsum[:10], data_cumsum[-3:])
