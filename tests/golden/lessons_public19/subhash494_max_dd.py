# Modeled on: https://huggingface.co/spaces/subhash494/montecarlo/resolve/main/maximum_dd.py?download=true
# (maximum drawdown of percentage returns from a running cumulative return and its running peak),
# followed by the same computation with np.cumsum and np.maximum.accumulate as a check.
import numpy as np


def max_dd(returns_list):
    # returns are in the form of % ex: 1.5%, 2% etc. without the % sign
    cumulative_returns = []
    drawdown = []
    cum_ret = 0
    for i in returns_list:
        cum_ret = cum_ret + i
        cumulative_returns.append(cum_ret)
        dd = cum_ret - max(cumulative_returns)
        drawdown.append(dd)
    return cumulative_returns, min(drawdown)


if __name__ == '__main__':
    test_dd = max_dd([1.1, 1.1, -2, -7, 25, 34, -4, -3, -3, -5, 1.2, -6])
    print(test_dd)

    r = np.array([1.1, 1.1, -2, -7, 25, 34, -4, -3, -3, -5, 1.2, -6])
    cum = np.cumsum(r)
    peak = np.maximum.accumulate(cum)
    print(cum)
    print(peak)
    print((cum - peak).min(), np.argmin(cum - peak))
    print(np.allclose(cum, test_dd[0]))
