import numpy as np
# shares_memory on views with far more elements than memory positions (a
# broadcast, a sliding window) answers at once, as NumPy's solver does.
a = np.arange(3)
b = np.broadcast_to(a, (10**5, 10**5, 3))
print(np.shares_memory(b, b[::2]), np.shares_memory(b[..., :1], b[..., 1:]), np.shares_memory(b[..., ::-2], a[1:2]))
w = np.lib.stride_tricks.sliding_window_view(np.arange(10**5), 5 * 10**4)
print(np.shares_memory(w, w[1:]), np.shares_memory(w[:, :1], w[1:, 1:2]), np.shares_memory(w[:10, :1], w[20:, :1]))
x = np.arange(60).reshape(3, 4, 5)
print(np.shares_memory(x[:, ::2, 1::2], x[:, 1::2, ::2]), np.shares_memory(x[::-1, :, ::3], x[1:, ::-1, 2::3]), np.shares_memory(x[..., 0], x.T[3]))
