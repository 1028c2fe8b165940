# Source: "How to Find the Cumulative Sum of a 2D Array in Python" (Maria Elijah, Educative Answers,
# CC-BY-SA 4.0) as collected in https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1 (as written)
# Import numpy
import numpy as np

# Create a list
my_list1 = [24, 8, 3, 4, 34, 8]
my_list2 = [5, 7, 2, 10, 15, 7]

# Convert to a numpy 2D array
np_list = np.array([my_list1, my_list2])

# Compute and store the cumulative sum of the array elements
np_list_cumsum = np.cumsum(np_list, axis=0)

print(np_list_cumsum)
