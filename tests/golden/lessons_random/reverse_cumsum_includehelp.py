# Source: "How to Perform a Reverse Cumulative Sum on a NumPy Array" (Pranit Sharma, IncludeHelp,
# March 13, 2023) as stored in https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1 (as written;
# note the page's printed output is not what NumPy prints)
# Import numpy
import numpy as np

# Creating a numpy array
arr = np.array([0,1,2,3,4])

# Display original array
print("Original array:\n", arr, "\n")

# Performing reverse cumulative sum
res = np.cumsum(arr[::-1])[::-1]

# Display result
print("Result:\n", res)
