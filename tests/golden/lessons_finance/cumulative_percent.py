import numpy as np
# Source: https://errorhandle.ai/encryption-security-strategy-for-iot-solution (the "cumulative
# percentage array" Python example, as written)
arr = np.array([10, 20, 30])
total = arr.sum()
cumulative_percent = np.cumsum(arr) / total * 100
print(cumulative_percent)
