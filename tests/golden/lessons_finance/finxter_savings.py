# import NumPy library
import numpy as np
# Source: https://blog.finxter.com/numpy-cumsum/ as stored in
# https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1 (the savings example, as written)

# create an array that represents our savings each week over two months
savings = np.array([[100, 200, 150, 220], [300, 200, 150, 100]])

# calculate the cumulative sum
cumsum = np.cumsum(savings)

print(cumsum)
# array([ 100, 300, 450, 670, 970, 1170, 1320, 1420])
