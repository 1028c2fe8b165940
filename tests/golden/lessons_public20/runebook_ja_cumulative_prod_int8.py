# Modeled on: https://runebook.dev/ja/docs/numpy/reference/generated/numpy.cumulative_prod
# (written after the Japanese "データ型と累積積のトラブルシューティング" page: an int8 array's
# cumulative product and its dtype, [20, 20, 20] that overflows int8, then dtype=np.float64 and
# astype as the fixes; np.cumulative_prod with include_initial added where the page names it.)
import numpy as np

arr = np.array([2, 3, 4, 5], dtype=np.int8)
print(f"元の配列: {arr}")

result = np.cumprod(arr)
print(f"累積積の結果: {result}")
print(f"結果の型: {result.dtype}")

big = np.array([20, 20, 20], dtype=np.int8)
print(f"int8 のまま: {np.cumprod(big, dtype=np.int8)}")
print(f"既定の型: {np.cumprod(big)}")

# float64 に変換して計算
result_float = np.cumprod(arr, dtype=np.float64)
print(f"float64 で計算した結果: {result_float}")

# もしくは、あらかじめ型を変えておく
result_int64 = arr.astype(np.int64).cumprod()
print(f"int64 で計算した結果: {result_int64}")

print(np.cumulative_prod(arr))
print(np.cumulative_prod(arr, include_initial=True))
print(np.cumulative_prod(big, dtype=np.int8))
