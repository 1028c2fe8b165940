import numpy as np
# Source: https://newbe.dev/weighted-percentile-using-numpy (the "completely vectorized" answer and
# its two examples, as written; prints added for the shown results; added: a call with old_style=True, np.percentile beside it, and a
# quantile out of [0, 1] so the assert fails)
def weighted_quantile(values, quantiles, sample_weight=None, 
                      values_sorted=False, old_style=False):
    """ Very close to numpy.percentile, but supports weights.
    NOTE: quantiles should be in [0, 1]!
    :param values: numpy.array with data
    :param quantiles: array-like with many quantiles needed
    :param sample_weight: array-like of the same length as `array`
    :param values_sorted: bool, if True, then will avoid sorting of
        initial array
    :param old_style: if True, will correct output to be consistent
        with numpy.percentile.
    :return: numpy.array with computed quantiles.
    """
    values = np.array(values)
    quantiles = np.array(quantiles)
    if sample_weight is None:
        sample_weight = np.ones(len(values))
    sample_weight = np.array(sample_weight)
    assert np.all(quantiles >= 0) and np.all(quantiles <= 1), \
        'quantiles should be in [0, 1]'

    if not values_sorted:
        sorter = np.argsort(values)
        values = values[sorter]
        sample_weight = sample_weight[sorter]

    weighted_quantiles = np.cumsum(sample_weight) - 0.5 * sample_weight
    if old_style:
        # To be convenient with numpy.percentile
        weighted_quantiles -= weighted_quantiles[0]
        weighted_quantiles /= weighted_quantiles[-1]
    else:
        weighted_quantiles /= np.sum(sample_weight)
    return np.interp(quantiles, weighted_quantiles, values)

print(repr(weighted_quantile([1, 2, 9, 3.2, 4], [0.0, 0.5, 1.])))
print(repr(weighted_quantile([1, 2, 9, 3.2, 4], [0.0, 0.5, 1.], sample_weight=[2, 1, 2, 4, 1])))
print(repr(weighted_quantile([1, 2, 9, 3.2, 4], [0.25, 0.5, 0.75], old_style=True)))
print(repr(np.percentile([1, 2, 9, 3.2, 4], [25, 50, 75])))
weighted_quantile([1, 2, 9], [0.5, 1.5])
