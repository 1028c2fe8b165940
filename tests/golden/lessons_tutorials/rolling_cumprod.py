# Source: "Rolling Cumprod in Python" (blog tutorial) as collected in
# https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1 (steps 1-3 and "Handling Edge Cases", as written)
import numpy as np

data = np.array([1, 2, 3, 4, 5])

cumprod_result = np.cumprod(data)
print(cumprod_result)

data_with_zero = np.array([1, 0, 3, 4, 5])
cumprod_zero = np.cumprod(data_with_zero)
print(cumprod_zero)
