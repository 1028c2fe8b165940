# Source: https://github.com/RohanDeySarkar/Topics/blob/d2d57cdc13486d040afcf0dba19183a17a705136/DataCamp/Statistix/3_probability/binomial_distribution.py
# (unseeded in the original: np.random.seed(42) added after the imports)
import numpy as np
import matplotlib.pyplot as plt
np.random.seed(42)

def ecdf(data):
    """Compute ECDF for a one-dimensional array of measurements."""
    
    # Number of data points: n
    n = len(data)

    # x-data for the ECDF: x
    x = np.sort(data)

    # y-data for the ECDF: y
    y = np.arange(1, n+1) / n

    return x, y

# Take 10,000 samples out of the binomial distribution: n_defaults
n_defaults = np.random.binomial(100, 0.05, 10000)

# Compute CDF: x, y
x, y = ecdf(n_defaults)

# Plot the CDF with axis labels
_ = plt.plot(x, y, marker='.', linestyle='none')
_ = plt.xlabel('ECDF')
_ = plt.ylabel('probability')

plt.show()
