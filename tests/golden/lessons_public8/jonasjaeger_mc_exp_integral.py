# Source: https://github.com/jonasjaeger-sci/mod550-2025/blob/ed780b521bb0308e18b5bc1d2b68eb91ce4b48bc/Exercises/mc_practice.py
# (added np.random.seed(550) after the import, since the published draws are unseeded; nothing cut)
import numpy as np
np.random.seed(550)

n_samples= 10000

# 3 estimate integral 0-1 exp(-x²)
exp= []

for i in range(n_samples):
    x = np.random.uniform(0,1.00001)
    exp.append(np.exp(-x**2))

mc_exp = sum(exp)/n_samples
print(f"mc_exp:\n{mc_exp}")
