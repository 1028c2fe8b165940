# Source: https://www.application-architect.com/posts/numpy-npcumsum-and-npcumprod (the first two
# snippets, "Understanding Cumulative Operations" and the start of "Working with Multi-Dimensional
# Arrays", as written)
import numpy as np

# Basic cumulative sum
arr = np.array([1, 2, 3, 4, 5])
cumsum = np.cumsum(arr)
print(f"Original: {arr}")
print(f"Cumsum:   {cumsum}")
# Original: [1 2 3 4 5]
# Cumsum:   [ 1  3  6 10 15]

# Basic cumulative product
cumprod = np.cumprod(arr)
print(f"Cumprod:  {cumprod}")
# Cumprod:  [  1   2   6  24 120]

# 2D array operations
matrix = np.array([[1, 2, 3],
                   [4, 5, 6],
                   [7, 8, 9]])

# Cumsum along rows (down columns)
cumsum_axis0 = np.cumsum(matrix, axis=0)
print("Cumsum axis=0 (down columns):")
print(cumsum_axis0)
# [[ 1  2  3]
#  [ 5  7  9]
#  [12 15 18]]
