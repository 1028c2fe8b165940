import numpy as np
dtypes = [np.bool_, np.int8, np.int16, np.int32, np.int64, np.uint8, np.uint16, np.uint32,
          np.uint64, np.float16, np.float32, np.float64, np.complex64, np.complex128]
for d in dtypes:
    print(np.dtype(d).name, [np.result_type(d, x).name for x in [True, 1, -1, 300, 1.5, 1e300, 2j]])
    print(np.dtype(d).name, [np.result_type(np.zeros(2, d), x).name for x in [1, 1.5, 2j]])
