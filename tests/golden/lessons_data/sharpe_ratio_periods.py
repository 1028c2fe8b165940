# Source: https://pastebin.com/KCG9WiG5 (Sharpe ratio of a synthetic price path sampled
# daily, weekly and monthly: returns y[1:] / y[:-1] - 1, annualised by sqrt(T/period)).
# Adapted: the Python 2 print statement written as print(); plots dropped; the cumulative
# return by cumprod added.
import numpy as np

T = 252 # 252 days ~ 52 weeks of 5 days ~ 12 months of 21 days
for period in [1, 5, 21]: # sample every 1 day, 1 week, or 1 month
    x = np.arange(0, T, period)
    y = 100 + x + 3 * np.sin(x)
    returns = (y[1:] / y[:-1] - 1) # will be daily, weekly, monthly returns
    print('Sharpe Ratio: %.5f' % (np.sqrt(T/period) * returns.mean() / returns.std()))
    growth = np.cumprod(1 + returns)
    print(period, len(returns), round(growth[-1], 6), np.isclose(growth[-1], y[-1] / y[0]))
