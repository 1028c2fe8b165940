import numpy as np

array = np.array([[1, 2, 3], [4, 5, 6]])

# Cumulative sum of flattened array
cumsum_flat = array.cumsum()

# Cumulative sum along rows (axis=1)
cumsum_axis1 = array.cumsum(axis=1)

# Cumulative sum along columns (axis=0)
cumsum_axis0 = array.cumsum(axis=0)

print("Flattened cumulative sum:\n", cumsum_flat)
print("\nCumulative sum along rows:\n", cumsum_axis1)
print("\nCumulative sum along columns:\n", cumsum_axis0)
