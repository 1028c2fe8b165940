# Source: "Numpy cumsum Implementation in Python with Examples" (Data Science Learner) as collected in
# https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1 (Examples 1 and 2 run one after another, as written)
import numpy as np

array_1d = np.array([10, 20, 30, 40, 50, 60, 70])
cumulative_sum_1d = np.cumsum(array_1d)
print(cumulative_sum_1d)

array_3x4 = np.array([[10, 20, 30, 40], [50, 60, 70, 80], [90, 100, 110, 120]])
cumulative_sum_no_axis = np.cumsum(array_3x4)
print(cumulative_sum_no_axis)

cumulative_sum_axis0 = np.cumsum(array_3x4, axis=0)
print(cumulative_sum_axis0)

cumulative_sum_axis1 = np.cumsum(array_3x4, axis=1)
print(cumulative_sum_axis1)
