# Source: https://github.com/numpy/numpy/issues/28472 ("np.historgram didn't have data overflow
# warning": the report's script as written) and https://github.com/HEXRD/hexrd/issues/964 (its
# reproduction, as written); the histogram's weighted path sums with a running cumsum in the
# weights' dtype, so uint16 wraps
import numpy as np
example_energy_list=np.array([0,0.5,1,1.5],dtype=float)
example_counts_list=np.array([65534,2,65534,65534],dtype='uint16') # uint16: 0~65535
bin_edges=[0,1,2]
hist,_=np.histogram(example_energy_list,bins=bin_edges,weights=example_counts_list)
print(hist)
print(hist.dtype)

values = np.array([0.1, 0.2])
weights = np.array([40_000, 40_000], dtype=np.uint16)

hist, _ = np.histogram(values, bins=[0.0, 1.0], weights=weights)

print("Expected:", 80_000)
print("Actual:", hist[0])
print("Histogram dtype:", hist.dtype)

image = np.asarray(weights, dtype=np.uint32)
print(np.histogram(values, bins=[0.0, 1.0], weights=image))
print(np.cumsum(weights), np.cumsum(weights, dtype=np.uint16))
