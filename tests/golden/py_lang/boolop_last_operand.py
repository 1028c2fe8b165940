import numpy as np

print(None or np.array([1, 2]))
print(np.array([1, 2]) if False else (0 and np.zeros(3)))
print(1 and np.arange(3).cumsum())
x = [] or np.ones(2)
print(x)
try:
    print(np.array([1, 2]) or 5)
except ValueError as e:
    print(e)
