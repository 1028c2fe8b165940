# Source: https://github.com/PacktPublishing/Hands-On-Simulation-Modeling-with-Python/blob/master/Chapter08/StandardBrownianMotion.py
# (as written, with the matplotlib lines cut since another helper is adding matplotlib; NumPy 2
# removed np.math, so the script stops at its SQN line, as it does under real NumPy 2.4)
import numpy as np

np.random.seed(4)

n = 1000

SQN = 1/np.math.sqrt(n)

ZValues = np.random.randn(n)

Yk = 0

SBMotion=list()

for k in range(n):
    Yk = Yk + SQN*ZValues[k]
    SBMotion.append(Yk)

print(SBMotion[-1])
