import numpy as np
# Source: "How To Do Cumulative Sum In Python" (Anna, Worksheet, December 5, 2021) as stored in
# https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1 (as written; the numpy comparison added)
from functools import reduce

def cumulative_sum(seq):
    return reduce(lambda x, y: x + [x[-1] + y], seq, [0])[1:]

# Example usage
numbers = [1, 2, 3, 4, 5]
print(cumulative_sum(numbers))  # Output: [1, 3, 6, 10, 15]
print(np.cumsum(numbers).tolist() == cumulative_sum(numbers))
print(cumulative_sum([]), cumulative_sum([0.1, 0.2, 0.3]), np.cumsum([0.1, 0.2, 0.3]))
