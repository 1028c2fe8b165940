import numpy as np

# Summing 0.1 a thousand times drifts from 100; the drift stays near eps * n.
n = 1000
x = np.full(n, 0.1)
total = x.cumsum()[-1]
print(total, total == 100.0)
eps = np.finfo(float).eps
print("eps:", eps, type(eps))
err = abs(total - n * 0.1)
print("error:", err)
print("bound:", eps * n)
print("within eps * n * total:", err <= eps * n * total)
f32 = np.full(n, 0.1, dtype=np.float32).cumsum()[-1]
print(f32, np.finfo(np.float32).eps, abs(f32 - 100) <= np.finfo(np.float32).eps * n * 100)
print(np.finfo(np.float32).resolution, np.finfo(np.float64).resolution)
