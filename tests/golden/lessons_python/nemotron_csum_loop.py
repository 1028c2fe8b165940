# Source: Stack Overflow "How to find the cumulative sum of numbers in a list?" as stored in https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1 (simple loop answer, as written)
import numpy as np
def csum(lst):
    s = lst.copy()
    for i in range(1, len(s)):
        s[i] += s[i-1]
    return s

time_interval = [4, 6, 12]
print(csum(time_interval))  # Output: [4, 10, 22]
