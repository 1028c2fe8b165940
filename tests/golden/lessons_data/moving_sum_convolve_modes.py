# Source: https://pythoneo.com/how-to-calculate-moving-sum-and-moving-average-using-numpy-convolve/
# (moving sum with np.convolve and np.ones_like in the three modes, printed with f-strings).
# Adapted: the page's four snippets as one script, plus the moving average it names.
import numpy as np

my_list = [1, 2, 3, 4, 5]

moving_sum = np.convolve(my_list, np.ones_like(my_list))
print(f"Moving sum exuals: {moving_sum}")

moving_sum = np.convolve(my_list, np.ones_like(my_list),'valid')
print(f"Moving valid sum exuals: {moving_sum}")

moving_sum = np.convolve(my_list, np.ones_like(my_list),'same')
print(f"Moving same sum exuals: {moving_sum}")

moving_sum = np.convolve(my_list, np.ones_like(my_list),'full')
print(f"Moving full sum exuals: {moving_sum}")

n = 3
moving_average = np.convolve(my_list, np.ones(n), 'valid') / n
print(f"Moving average: {moving_average}")
