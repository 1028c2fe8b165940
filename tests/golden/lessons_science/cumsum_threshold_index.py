import numpy as np
# Source: https://taourl.com/read-3195020.html ("A fast numpy way to find index in array where
# cumulative sum becomes greater": both snippets as written; print added for the second)

arr = np.array([1, 2, 3, 4, 5])

threshold = 6

cum_sum = np.cumsum(arr)

index = np.argmax(cum_sum > threshold)

print(index) # Output: 2

index = np.searchsorted(cum_sum, threshold, side='right')
print(index)
