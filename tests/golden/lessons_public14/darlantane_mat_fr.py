# Source: https://github.com/darlantane/freecodecamp_data_analyst/blob/42bd54a521a67219f57356b6f130b6732bffaf12/data_analyst_lessons/mat.py
# (added np.random.seed(0) before the unseeded np.random.randint; nothing cut)
import numpy as np

A = np.array([[1, 2, 3], [4, 5, 6]])

print(A.sum())
print(A.sum(axis=0))
print(A.sum(axis=1))
print(A.cumsum(axis=0))

print(A.prod())
print(A.cumprod())

print(A.min())
print(A.max())

print(A.mean())
print(A.std())
print(A.var())

np.random.seed(0)
A = np.random.randint(0, 10, [5, 5]) # tableau aléatoire
print(A)

print(A.argsort())
print(A[:,0].argsort())
