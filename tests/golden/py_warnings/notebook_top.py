# The top of many notebooks: silence warnings, then compute.
import warnings
warnings.filterwarnings('ignore')
import numpy as np

returns = np.array([0.02, -0.01, 0.0, 0.03])
prices = 100 * np.cumprod(1 + returns)
print(prices)
print(np.log(returns + 1).cumsum())
print(np.cumsum(returns) / np.array([0.0, 1.0, 0.0, 2.0]))
print(np.mean(np.array([])))
