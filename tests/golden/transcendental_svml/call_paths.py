import numpy as np
# out=/where=, strided and transposed views, 0-d and integer inputs all take SVML.
x = np.array([-3.5584038728036624, 0.2, 3.3, 7.1])
o = np.zeros(4)
np.exp(x, out=o, where=np.array([True, False, True, True]))
print(o.tolist())
print(np.exp(x.reshape(2, 2).T).tolist(), np.exp(x[::-2]).tolist(), np.log10(x[2:]).tolist())
print(float(np.exp(3)).hex(), float(np.exp(np.int64(5))).hex(), float(np.log(np.array([7], dtype=np.int32))[0]).hex())
