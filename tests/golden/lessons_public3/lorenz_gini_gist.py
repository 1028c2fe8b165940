# Source: https://gist.github.com/luckmoon/c1851f05ef5c36022717b3666d12097d
# ("Lorenz Curve and Gini Coefficient": as written, with the matplotlib lines cut since another
# helper is adding matplotlib; the Lorenz curve and its x values are printed instead)
import numpy as np

# ensure your arr is sorted from lowest to highest values first!
arr = np.array([1,4,6,9,100])

def gini(arr):
    count = arr.size
    coefficient = 2 / count
    indexes = np.arange(1, count + 1)
    weighted_sum = (indexes * arr).sum()
    total = arr.sum()
    constant = (count + 1) / count
    return coefficient * weighted_sum / total - constant

def lorenz(arr):
    # this divides the prefix sum by the total sum
    # this ensures all the values are between 0 and 1.0
    scaled_prefix_sum = arr.cumsum() / arr.sum()
    # this prepends the 0 value (because 0% of all people have 0% of all wealth)
    return np.insert(scaled_prefix_sum, 0, 0)

# show the gini index!
print(gini(arr))

lorenz_curve = lorenz(arr)
print(lorenz_curve)
print(np.linspace(0.0, 1.0, lorenz_curve.size))
