# Source: https://pytroubles.com/en/ampposts/id337-group-and-sum-sparse-keys-in-numpy-unique-return-inverse-add-at-vs-bincount-pitfalls
# (grouping [key, value] rows and summing values per key with np.unique(return_inverse) and
# np.add.at; the page's pack_by_location is shown only in part, so the data and steps here follow
# its description; the cumsum-based sort-and-difference variant is the one from Stack Overflow "Sum
# array by number in numpy", applied to the same rows)
import numpy as np

pairs2d = np.array([[17, 2], [5, 1], [17, 4], [1 << 40, 3], [5, 6], [9, 1]], dtype=np.uint64)
keys, inverse = np.unique(pairs2d[:, 0], return_inverse=True)
sums = np.zeros(keys.shape, dtype=pairs2d.dtype)
np.add.at(sums, inverse, pairs2d[:, 1])
print(keys)
print(inverse)
print(np.column_stack((keys, sums)))

def sum_by_group(values, groups):
    order = np.argsort(groups)
    groups = groups[order]
    values = values[order]
    values.cumsum(out=values)
    index = np.ones(len(groups), 'bool')
    index[:-1] = groups[1:] != groups[:-1]
    values = values[index]
    groups = groups[index]
    values[1:] = values[1:] - values[:-1]
    return values, groups

print(sum_by_group(pairs2d[:, 1].copy(), pairs2d[:, 0].copy()))
print(np.bincount(inverse, weights=pairs2d[:, 1]))
