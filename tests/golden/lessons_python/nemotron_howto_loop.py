# Source: "Python: Cumulative Sum of List - How to Guide" as stored in https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1 (as written; import numpy added)
import numpy as np
# Define a list of numbers
numbers = [1, 2, 3, 4]

# Define a variable to store the running total
total = 0

# Define an empty list to store the cumulative sum
cumulative_sum = []

# Iterate over the list of numbers
for num in numbers:
    # Add the current number to the running total
    total += num
    # Append the running total to the cumulative sum list
    cumulative_sum.append(total)

# Print the cumulative sum
print(cumulative_sum)
