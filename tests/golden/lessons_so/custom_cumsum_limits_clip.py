import numpy as np
# Source: https://pythonkb.com/python-numpy-custom-cumsum-function-with-upper-lower-limits (the function,
# as written; calls added)

def custom_cumsum(arr, lower_limit=None, upper_limit=None):
    # Check if lower and upper limits are provided
    if lower_limit is None and upper_limit is None:
        return np.cumsum(arr)  # Use NumPy's builtin cumsum
    
    # Create a copy of the original array
    cum_arr = np.copy(arr)
    
    # Apply lower limit if it is provided
    if lower_limit is not None:
        cum_arr[cum_arr < lower_limit] = lower_limit
    
    # Apply upper limit if it is provided
    if upper_limit is not None:
        cum_arr[cum_arr > upper_limit] = upper_limit
    
    # Compute cumulative sum
    cum_arr = np.cumsum(cum_arr)
    
    return cum_arr

np.random.seed(0)
b = np.random.randint(-100, 100, 10) / 100
print(b)
print(custom_cumsum(b))
print(custom_cumsum(b, -0.5, 0.5))
print(custom_cumsum(b, lower_limit=0))
print(custom_cumsum(np.array([3, -7, 12, 5]), upper_limit=4))
