# Source: https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1 (assignment "Program to
# Create a Mathematical Model in Python": SIR by Euler's method with the derivatives in a
# np.zeros((3,1)) column). Adapted: the truncated simulation loop written from the
# assignment's update rule s_{n+1} = s_n + h*x(s_n); h = 0.1 instead of 0.01; no plots.
import numpy as np

def f(s, i, r, a, b):
    df = np.zeros((3,1))
    df[0] = -a*s*i
    df[1] = a*s*i - b*i
    df[2] = b*i
    return df

a = 0.00001
b = 0.0
s0 = 44358
i0 = 3
r0 = 0
n_days = 100
h = 0.1 # step
N = int(n_days/h)

y = np.zeros((3, N + 1))
y[:, 0] = [s0, i0, r0]
for n in range(N):
    y[:, n + 1:n + 2] = y[:, n:n + 1] + h * f(*y[:, n], a, b)

print(N, y.shape)
print(y[:, ::100].round(1))
print(f(s0, i0, r0, a, b))
print(f(s0, i0, r0, a, b).T)
print(np.isclose(y[:, -1].sum(), s0 + i0 + r0))
