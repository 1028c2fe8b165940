# Source: https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1 (a DataCamp "Historical
# Drawdown" exercise: running maximum with np.maximum.accumulate, floored at 1, then
# cum_rets / running_max - 1). Adapted: cum_rets, which the exercise preloads, built from
# seeded daily returns with cumprod; the plot replaced by prints.
import numpy as np

np.random.seed(7)
daily = np.random.normal(0.0005, 0.02, 15)
cum_rets = (1 + daily).cumprod()
print(np.round(cum_rets, 4))

# Calculate the running maximum
running_max = np.maximum.accumulate(cum_rets)

# Ensure the running maximum does not drop below 1
running_max[running_max < 1] = 1

# Calculate drawdown
drawdown = cum_rets / running_max - 1
print(running_max)
print(drawdown)
print("max drawdown: {:.2%}".format(drawdown.min()), "on day", drawdown.argmin())
