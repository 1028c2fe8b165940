import numpy as np
# Source: "Numpy Minimum Accumulate" as stored in https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1
# (the custom cummin with np.empty_like, as written)
# Define a custom cumulative minimum function
def cummin(arr):
    cummin_result = np.empty_like(arr)
    cummin_result[0] = arr[0]
    for i in range(1, len(arr)):
        cummin_result[i] = min(cummin_result[i-1], arr[i])
    return cummin_result

arr = np.array([5, 3, 8, 4, 2])
cummin_result = cummin(arr)
print(cummin_result)  # Output: [5 3 3 3 2]
