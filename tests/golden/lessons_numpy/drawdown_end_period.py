import numpy as np
# Source: https://wiki.gubat.org/content/stackoverflow.com_en_all_2023-11/questions/56838613/find-end-period-of-maximum-drawdown
# (the question's example, as written but with its `bottom_of_period` typo read as bottom_index;
# prints added for the commented values)
an_array = [21, 22, 23, 40, 19, 35, 37, 45, 42, 39, 28]
running_maximum = np.maximum.accumulate(an_array)
print(running_maximum)
bottom_index = np.argmax(running_maximum - an_array)
start_index = np.argmax(an_array[:bottom_index])
print(bottom_index, start_index)
difference = running_maximum - an_array
print(difference)
print(np.argmin(difference[bottom_index:]))
