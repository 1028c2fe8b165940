# Source: "How to Calculate a Cumulative Sum in Python" by Gutha Vamsi Krishna (CC-BY-SA 4.0), as stored in https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1 (as written; import numpy added)
import numpy as np
# Given list
ln = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]

# Create empty cumulative list
cl = []

# Declare variable for sum
s = 0

# Use for loop and append s to cl
for i in ln:
    s += i
    cl.append(s)

# Print cumulative list
print(cl)
