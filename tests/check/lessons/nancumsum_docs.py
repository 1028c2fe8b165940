"""NumPy's own examples of numpy.nancumsum, as a docstring.

Source: the Examples section of numpy.nancumsum's docstring in NumPy 2.4.6
(numpy/lib/_nanfunctions_impl.py, https://github.com/numpy/numpy,
BSD-3-Clause), extracted with inspect.getdoc from the installed oracle.
"""
import numpy as np


def nancumsum_examples():
    """Examples of numpy.nancumsum.

    >>> import numpy as np
    >>> np.nancumsum(1)
    array([1])
    >>> np.nancumsum([1])
    array([1])
    >>> np.nancumsum([1, np.nan])
    array([1., 1.])
    >>> a = np.array([[1, 2], [3, np.nan]])
    >>> np.nancumsum(a)
    array([1., 3., 6., 6.])
    >>> np.nancumsum(a, axis=0)
    array([[1., 2.],
           [4., 2.]])
    >>> np.nancumsum(a, axis=1)
    array([[1., 3.],
           [3., 3.]])
    """
