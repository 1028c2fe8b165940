import numpy as np

rates = np.array([0.05, 0.03, -0.02, 0.04])
factors = np.log1p(rates)
print(factors.round(8))
wealth = 1000 * np.exp(np.cumsum(factors))
print(wealth.round(4))
print(np.round(1000 * np.cumprod(1 + rates), 4))
peak = np.fmax.accumulate(wealth)
print(peak.round(4))
drawdown = wealth / peak - 1
print(drawdown.round(6))
halvings = np.log2(np.array([1024, 512, 8]))
print(halvings)
