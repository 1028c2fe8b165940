# Modeled on: https://runebook.dev/ja/docs/numpy/reference/generated/numpy.cumprod
# (written after the second Japanese page at that address, "データに愛される累積積" (2025-07-28),
# told by a host to his "姫": [1, 2, 3, 4] step by step, then a 2x3 matrix along each axis and
# flattened; the printing follows the page's f-strings.)
import numpy as np

arr = np.array([1, 2, 3, 4])
print(f"元の配列: {arr}")
print(f"累積積: {np.cumprod(arr)}")

matrix = np.array([[1, 2, 3],
                   [4, 5, 6]])

print("axisを指定しない場合(平らにしてから掛け算):")
print(np.cumprod(matrix))
print("axis=0(縦方向に掛け算):")
print(np.cumprod(matrix, axis=0))
print("axis=1(横方向に掛け算):")
print(np.cumprod(matrix, axis=1))
print(f"形: {np.cumprod(matrix, axis=1).shape}, 型: {np.cumprod(matrix).dtype}")
