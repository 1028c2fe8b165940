# Source: https://github.com/jslee44/python_ai/blob/4ea25b588e9ca7943d94677b2bb7511ac4b7e0c7/3%EC%A3%BC%EC%B0%A8/randn.py
# (added np.random.seed(0) before the unseeded np.random.randn; nothing cut)
import numpy as np
import matplotlib.pyplot as plt

np.random.seed(0)
x = np.random.randn(1000)

plt.figure(figsize=(5,3))
plt.hist(x,bins=40, alpha=0.5)
plt.ylabel('frequency')
plt.show()
