import numpy as np
# Source: http://quabr.com/56979261/lossy-cumsum-in-numpy (Stack Overflow "'Lossy' cumsum in numpy":
# the question's loop and its vectorized version, with the answer's N, p and seeded data; the answer's
# scipy.signal.lfilter line is left out; prints added)
N = 10
p = 0.8
np.random.seed(0)
a = np.random.randn(N)

b = np.empty(np.shape(a))
# I'm using the (-1,-1,-1) idiom for reversed ranges
p_vec = np.power(p, np.arange(N-1, 0-1, -1))
# p_vec[0] = p^{N-1}, p_vec[-1] = 1

for n in range(N):
    b[n] = np.sum(a[:n+1]*p_vec[-(n+1):])
print(b)

a_idx = np.reshape(np.arange(N+1), (1, N+1)) - np.reshape(np.arange(N-1, 0-1, -1), (N, 1))
a_idx = np.maximum(0, a_idx)

# For N=4, a_idx looks like this:
# [[0, 0, 0, 0, 1],
#  [0, 0, 0, 1, 2],
#  [0, 0, 1, 2, 3],
#  [0, 1, 2, 3, 4]]

a_ext = np.concatenate(([0], a,), axis=0) # len(a_ext) = N + 1
p_vec = np.power(p, np.arange(N, 0-1, -1)) # len(p_vec) = N + 1

b = np.dot(a_ext[a_idx], p_vec)
print(b)
print(np.cumsum(a))
