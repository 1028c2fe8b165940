import numpy as np
# Source: "NumPy Maximum Drawdown" (Maximum Drawdown Optimization) as stored in
# https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1 (the maxDrawdown function, as written;
# calls on a list and a cumulative-return array added)
def maxDrawdown(arr):
    top = arr[0]
    maxDD = 0
    for i in range(1, len(arr)):
        if arr[i] > top:
            top = arr[i]
        drawdown = (top - arr[i]) / arr[i]
        if drawdown > maxDD:
            maxDD = drawdown
    return maxDD

print(maxDrawdown([100, 120, 130, 100, 65, 80, 100, 120, 140, 160]))
prices = np.cumprod(1 + np.array([0.01, -0.02, 0.015, -0.03, -0.01, 0.04, 0.02]))
print(maxDrawdown(prices))
