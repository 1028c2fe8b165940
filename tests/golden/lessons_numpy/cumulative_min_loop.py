import numpy as np
# Source: https://stackoverflow.com/questions/23622157/calculating-cumulative-minimum-with-numpy-arrays
# (the question's loop, as written; print added)
nums = np.array([5.,3.,4.,2.,1.,1.,2.,0.])
cumulative_min = np.zeros(nums.size, dtype=float)
for i,num in enumerate(nums):
    cumulative_min[i] = np.min(nums[0:i+1])
print(repr(cumulative_min))
