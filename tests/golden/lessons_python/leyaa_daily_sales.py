# Source: https://leyaa.ai/codefly/learn/numpy/part-1/numpy-npcumsum-for-cumulative-sum (Sample Program, as written)
import numpy as np

# Example: daily sales
sales = np.array([100, 150, 200, 250])

# Calculate cumulative sales
cumulative_sales = np.cumsum(sales)

print("Daily sales:", sales)
print("Cumulative sales:", cumulative_sales)
