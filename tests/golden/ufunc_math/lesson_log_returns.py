import numpy as np

prices = np.array([100.0, 102.0, 99.0, 105.0, 110.0, 108.0])
log_returns = np.log(prices[1:] / prices[:-1])
print(log_returns.round(6))
cumulative = np.cumsum(log_returns)
print(cumulative.round(6))
growth = np.exp(cumulative)
print((prices[0] * growth).round(6))
print(np.allclose(prices[0] * growth, prices[1:]))
total = np.exp(log_returns.sum())
print(round(float(total), 6))
