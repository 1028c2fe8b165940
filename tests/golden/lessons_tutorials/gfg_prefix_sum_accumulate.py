# Source: https://www.geeksforgeeks.org/prefix-sum-array-python-using-accumulate-function/ (as written;
# import numpy added at the top for the corpus)
import numpy as np
# function to find cumulative sum of array
from itertools import accumulate

def cumulativeSum(input):
    print ("Sum :", list(accumulate(input)))

# Driver program
if __name__ == "__main__":
    input = [4, 6, 12]
    cumulativeSum(input)
