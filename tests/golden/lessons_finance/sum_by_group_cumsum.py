import numpy as np
# Source: Stack Overflow "Sum array by number in numpy" as stored in
# https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1 (the loop, meshgrid, bincount and
# histogram answers, as written; prints added; the cumsum-based sum_by_group answer is left out:
# its np.argsort(groups) of tied int64 keys takes NumPy's AVX-512 x86-simd-sort order, which npcalc
# refuses rather than guesses)
data = np.arange(1, 7)
groups = np.array([0, 0, 1, 2, 2, 1])
unique_groups = np.unique(groups)
sums = []
for group in unique_groups:
    sums.append(data[groups == group].sum())
print(sums)

x, y = np.meshgrid(groups, unique_groups)
data_stack = np.tile(data, (unique_groups.size, 1))
data_in_group = np.zeros_like(data_stack)
data_in_group[x == y] = data_stack[x == y]
sums = data_in_group.sum(axis=1)
print(sums)

data = np.array([1, 2, 3, 4, 5, 6])
ids = np.array([0, 0, 1, 2, 2, 1])
result = np.bincount(ids, weights=data)  # Returns [3, 9, 9] as a float64 array
print(result)

data = np.arange(1, 7)
groups = np.array([0, 0, 1, 2, 2, 1])
sums = np.histogram(groups,
                    bins=np.arange(groups.min(), groups.max() + 2),
                    weights=data)[0]
print(sums)
