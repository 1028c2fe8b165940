# Source: "Python Cumulative Sum" (blog tutorial) as collected in
# https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1 (methods 1-3 run one after another, as written; import numpy added at the top for the corpus)
import numpy as np
def cumulative_sum_loop(numbers):
    result = []
    total = 0
    for number in numbers:
        total += number
        result.append(total)
    return result

# Example usage
numbers = [1, 2, 3, 4, 5]
print(cumulative_sum_loop(numbers))  # Output: [1, 3, 6, 10, 15]

import numpy as np

def cumulative_sum_numpy(numbers):
    return np.cumsum(numbers)

# Example usage
numbers = [1, 2, 3, 4, 5]
print(cumulative_sum_numpy(numbers))  # Output: [ 1  3  6 10 15]

from itertools import accumulate

def cumulative_sum_itertools(numbers):
    return list(accumulate(numbers))

# Example usage
numbers = [1, 2, 3, 4, 5]
print(cumulative_sum_itertools(numbers))  # Output: [1, 3, 6, 10, 15]
