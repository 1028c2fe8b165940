# Source: "Cumulative Product in Python" (blog tutorial) as collected in
# https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1 (the numpy, itertools and manual-loop
# implementations run one after another, as written)
import numpy as np

# Example list
arr = [1, 2, 3, 4]

# Cumulative product using numpy
cum_product = np.cumprod(arr)
print(cum_product)

from itertools import accumulate
from operator import mul

# Example list
arr = [1, 2, 3, 4]

# Cumulative product using itertools and reduce
cum_product = list(accumulate(arr, mul))
print(cum_product)

# Example list
arr = [1, 2, 3, 4]

# Initialize an empty list for cumulative product
cum_product = []

# Initialize the product variable
product = 1

# Loop through the array and compute the cumulative product
for num in arr:
    product *= num
    cum_product.append(product)

print(cum_product)
