import numpy as np
# Source: https://nbviewer.org/github/YongBeomKim/TradingPython/blob/main/stock-port/02_asset_allocation.ipynb
# (running maximum of a price series with np.maximum.accumulate, then the drawdown from it)
values = [100, 120, 130, 100, 65, 80, 100, 120, 140, 160]
print(np.maximum.accumulate(np.array(values)))
arr = np.array([100, 80, 75, 90, 140, 180, 220, 160, 190])
peak = np.maximum.accumulate(arr)
print(peak)
print(arr - peak)
print((arr - peak) / peak)
print(np.min((arr - peak) / peak))
