# Source: https://github.com/ehkropf/Scratchpads (notebook: standard, drifting and geometric
# Brownian motion built from np.diff of the time grid, np.insert of the start value, then
# np.cumsum / np.cumprod, element by element with zip and math.sqrt/exp).
# Adapted: seeded, nt = 8 instead of 500, plots replaced by prints.
import numpy as np
from math import sqrt, exp
from numpy.random import normal

np.random.seed(3)
nt = 8 # number of time steps
dt = 1./(nt-1)
t = np.arange(0, nt, dtype=float)*dt

def brownian(t):
    dt = np.diff(t)
    Z = normal(size=dt.size)
    B = np.array([sqrt(dti)*Zi for dti, Zi in zip(dt, Z)])
    B = np.insert(B, 0, 0.)
    return np.cumsum(B)

B = brownian(t)
print(t)
print(B)

def driftbm(t, mu, sigma):
    dt = np.diff(t)
    Z = normal(size=dt.size)
    X = np.array([sigma*sqrt(dti)*Zi + mu*dti for dti, Zi in zip(dt, Z)])
    X = np.insert(X, 0, 0.)
    return np.cumsum(X)

mu = 1.
sigma = 0.4
X = driftbm(t, mu, sigma)
print(X)

def gbrownian(t, S0, mu, sigma):
    dt = np.diff(t)
    Z = normal(size=dt.size)
    S = np.array([exp(sigma*sqrt(dti)*Zi + mu*dti) for dti, Zi in zip(dt, Z)])
    S = np.insert(S, 0, S0)
    return np.cumprod(S)

mu = 0.4
sigma = 0.4
S0 = 1.
S = gbrownian(t, S0, mu, sigma)
print(S)
