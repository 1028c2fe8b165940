import numpy as np
# Source: https://github.com/ZuricZ/AlphEx/blob/5a1be292fccaa81a6423ce06cd4a5325da1a189d/MetriX/functions.py
# (cum_returns as written but for its pandas wrapping at the end, left out with `import pandas`;
# calls added, with the docstring's returns)


def cum_returns(returns, starting_value=0, out=None):
    """
    Compute cumulative returns from simple returns.

    Parameters
    ----------
    returns : pd.Series, np.ndarray, or pd.DataFrame
        Returns of the strategy as a percentage, noncumulative.
         - Time series with decimal returns.
         - Example::

            2015-07-16   -0.012143
            2015-07-17    0.045350
            2015-07-20    0.030957
            2015-07-21    0.004902

         - Also accepts two dimensional data. In this case, each column is
           cumulated.

    starting_value : float, optional
       The starting returns.
    out : array-like, optional
        Array to use as output buffer.
        If not passed, a new array will be created.

    Returns
    -------
    cumulative_returns : array-like
        Series of cumulative returns.
    """
    if len(returns) < 1:
        return returns.copy()

    nanmask = np.isnan(returns)
    if np.any(nanmask):
        returns = returns.copy()
        returns[nanmask] = 0

    allocated_output = out is None
    if allocated_output:
        out = np.empty_like(returns)

    np.add(returns, 1, out=out)
    out.cumprod(axis=0, out=out)

    if starting_value == 0:
        np.subtract(out, 1, out=out)
    else:
        np.multiply(out, starting_value, out=out)

    return out


r = np.array([-0.012143, 0.045350, 0.030957, 0.004902])
print(cum_returns(r))
print(cum_returns(r, starting_value=100))
print(cum_returns(np.array([0.01, np.nan, -0.02, 0.03])))
two = np.array([[0.01, 0.02], [0.03, -0.01], [np.nan, 0.05]])
buf = np.zeros_like(two)
res = cum_returns(two, 1000, out=buf)
print(res is buf)
print(buf)
print(cum_returns(np.array([])))
