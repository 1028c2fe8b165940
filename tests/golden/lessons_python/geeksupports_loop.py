# Source: https://geeksupports.tech/python-cumulative-sum-of-list-how-to-guide/ (as written, indentation restored; import numpy added for the corpus)
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
