# Source: Stack Overflow "How to find the cumulative sum of numbers in a list?" as stored in https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1 (question's code, as written)
import numpy as np
time_interval = [4, 6, 12]

t1 = time_interval[0]
t2 = time_interval[1] + t1
t3 = time_interval[2] + t2
print(t1, t2, t3)  # -> 4 10 22
