import numpy as np

def count_below(x, data):
    return sum(x > data)

v = np.vectorize(count_below)
try:
    v(np.array([0, 3, 9]), np.array([1, 2, 2, 4, 5]))
except TypeError as e:
    print("TypeError:", e)

def add(x, y):
    return x + y

w = np.vectorize(add)
print(w(np.arange(3), np.arange(4).reshape(4, 1)))
try:
    w(np.arange(3), np.arange(4))
except ValueError as e:
    print("ValueError:", e)
w2 = np.vectorize(add, otypes=[float])
try:
    w2(np.arange(3), np.arange(4))
except ValueError as e:
    print("ValueError:", e)
calls = []
def noisy(x, y):
    calls.append((int(x), int(y)))
    return x * y
n = np.vectorize(noisy)
try:
    n(np.arange(2), np.arange(3))
except ValueError as e:
    print("ValueError:", e)
print(calls)
try:
    v(np.array([]), np.array([1, 2]))
except ValueError as e:
    print("ValueError:", e)
v(np.array([0, 3, 9]), np.array([1, 2, 2, 4, 5]))
