"""Running totals, as a teacher's helper module with doctests.

Layout after modules checked with `python -m doctest` (the module docstring
and function docstrings hold examples that call the module's own functions;
`doctest.testmod()` runs under `if __name__ == "__main__":`), as in the
docstrings of numpy itself (https://github.com/numpy/numpy, BSD-3-Clause).
Text and examples written for npcalc's tests; outputs by
tests/check/regen.py under NumPy 2.4.6. See SOURCES.md.

>>> running_total([2, 2, 2])
array([2, 4, 6])
>>> __name__
'running_totals_module'
"""
import numpy as np


def running_total(values):
    """The cumulative sum of `values`.

    >>> running_total([1, 2, 3, 4])
    array([ 1,  3,  6, 10])
    >>> running_total(np.array([[1, 2], [3, 4]]))
    array([ 1,  3,  6, 10])
    """
    return np.cumsum(values)


def running_mean(values):
    """The mean of the first 1, 2, 3, ... values.

    >>> running_mean([2, 4, 6, 8])
    array([2., 3., 4., 5.])
    >>> running_mean([1, 2])[-1] == np.mean([1, 2])
    np.True_
    """
    values = np.asarray(values, dtype=float)
    return np.cumsum(values) / np.arange(1, len(values) + 1)


if __name__ == "__main__":
    import doctest

    doctest.testmod()
