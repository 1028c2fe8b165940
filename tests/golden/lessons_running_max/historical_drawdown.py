import numpy as np
# Source: https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1 ("Historical Drawdown" exercise:
# running maximum of cumulative returns with np.maximum.accumulate, drawdown = r_t / RM - 1)
returns = np.array([0.02, -0.05, 0.01, -0.10, 0.04, 0.07, -0.03, 0.02])
cum_rets = np.cumprod(1 + returns)
print(cum_rets)
running_max = np.maximum.accumulate(cum_rets)
running_max = np.maximum(running_max, 1)
print(running_max)
drawdown = cum_rets / running_max - 1
print(drawdown)
print(drawdown.min())
