# Modeled on: https://github.com/eduamota/finance_trading
# (written after the notebook "Rate of Returns Over Multiple Periods, Numpy.cumsum and
# Numpy.cumprod": twelve monthly closes from np.arange(0.24, 0.3, step), period returns, the
# compounded return (1 + r1)(1 + r2)...(1 + rn) - 1 with np.cumprod, and the same from log returns
# with np.cumsum and np.exp. The pandas Series, its date index and .shift(1) are cut; the returns
# are close[1:] / close[:-1] - 1 on the plain array.)
import numpy as np

start_price, stop_price = 0.24, 0.3
n = 12
abc_close = np.arange(start_price, stop_price, (stop_price - start_price) / n)
print(len(abc_close))
print(abc_close)

returns = abc_close[1:] / abc_close[:-1] - 1
print(returns)

cumulative = np.cumprod(1 + returns) - 1
print(cumulative)
print(cumulative[-1], abc_close[-1] / abc_close[0] - 1)

log_returns = np.log(abc_close[1:]) - np.log(abc_close[:-1])
print(np.cumsum(log_returns))
print(np.exp(np.cumsum(log_returns)) - 1)
print(np.allclose(np.exp(np.cumsum(log_returns)) - 1, cumulative))

# simple returns added up are not the compounded return
print(np.cumsum(returns)[-1], cumulative[-1])
