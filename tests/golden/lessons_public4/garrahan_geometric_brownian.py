# Source: https://github.com/jacquelinegarrahan/Stock-Return-Model-Comparisons/blob/734637408f9df10d4a6303a73ba0640a0dff4e36/modeling.py
# (unseeded in the original: np.random.seed(0) added)
import matplotlib.pyplot as plt
import numpy as np

np.random.seed(0)
T = 100
mu = 0.15
sigma = 0.5
S0 = 1
dt = 0.01
N = round(T/dt)
t = np.linspace(0, T, N)
W = np.random.standard_normal(size = N)
print(W)
W = np.cumsum(W)*np.sqrt(dt) ### standard brownian motion ###
X = (mu-0.5*sigma**2)*t + sigma*W
S = S0*np.exp(X) ### geometric brownian motion ###
plt.plot(t, S)
plt.show()
