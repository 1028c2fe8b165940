import numpy as np
# Source: https://errorhandle.ai/gini-coefficient-calculation-using-numpy (as written)

def gini_coefficient(arr):
    # Ensuring all values are non-negative
    arr = np.array(arr)
    arr = arr[arr >= 0]
    
    # Sorting the array
    arr_sorted = np.sort(arr)
    
    # Number of elements in array
    n = len(arr_sorted)
    
    # Calculating Gini coefficient
    cumulative_sum = np.cumsum(arr_sorted)
    gini_numerator = np.sum((2 * np.arange(1, n+1) - n - 1) * arr_sorted)
    gini_denominator = n * np.sum(arr_sorted)
    
    gini_coefficient = gini_numerator / gini_denominator
    return gini_coefficient

# Example usage
income = [40, 30, 20, 10]
gini = gini_coefficient(income)
print(f'Gini Coefficient: {gini}')
