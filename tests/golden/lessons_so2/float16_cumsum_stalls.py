# Source: https://github.com/numpy/numpy/issues/24443 ("BUG: Cumsum for float16 gives the wrong
# result": the report's script as written, then jakevdp's np.nextafter explanation)
import numpy as np

np.random.seed(1)
data = np.random.uniform(0,1,100000).astype(np.float16)
print("sum =", np.sum(data))
print("cumsum in float16 =", np.cumsum(data))
print("cumsum in float32 =", np.cumsum(data.astype(np.float32)))

print(np.nextafter(np.float16(2048), np.float16(np.inf)))
print(np.float16(2048) + data[:5])
print(np.cumsum(data, dtype=np.float64)[-1])
