import numpy as np
import warnings
warnings.simplefilter("error")
cases = [lambda: np.float32(1)/np.int64(0), lambda: np.float64(1)/np.int64(0), lambda: np.float32(1)/0,
 lambda: np.float32(1)/np.float64(0), lambda: np.float64(1)/np.float32(0), lambda: np.int8(1)/np.int8(0),
 lambda: np.float16(1)/np.float32(0), lambda: np.float32(1)/np.int8(0), lambda: np.float32(1)/np.int16(0),
 lambda: np.float32(1)/np.int32(0), lambda: np.float32(1)/np.bool_(0), lambda: np.int64(1)/0,
 lambda: np.int64(1)//0, lambda: np.int64(1)//np.int32(0), lambda: np.int32(1)//np.int64(0),
 lambda: np.uint64(1)//np.int64(0), lambda: np.float32(1)/0.0, lambda: np.complex64(1)/np.float64(0),
 lambda: np.float64(1)/np.bool_(0), lambda: np.int64(1)//np.bool_(0), lambda: np.bool_(1)/np.float64(0),
 lambda: np.float32(1)/np.uint8(0), lambda: np.float16(1)/np.float16(0), lambda: np.float16(1)/np.int8(0),
 lambda: np.float16(1)/0, lambda: np.float32(1)/np.float16(0), lambda: np.int8(1)//np.int16(0),
 lambda: np.int8(1)//np.uint8(0), lambda: np.complex128(1)/np.float32(0), lambda: np.divide(np.float64(1), 0),
 lambda: np.divide(1.0, 0), lambda: np.array(1.0)/0, lambda: 1.0/np.float64(0), lambda: 1/np.int8(0),
 lambda: 1.5/np.int8(0), lambda: np.int8(1)/1.5*0, lambda: np.int64(1)/0.0, lambda: 0.0/np.float32(0),
 lambda: np.int64(2**62)*np.int64(4), lambda: np.int32(2**30)*np.int64(4), lambda: np.uint8(200)+np.int8(100),
 lambda: np.int8(100)+np.int8(100), lambda: np.int8(100)+100, lambda: 100+np.int8(100), lambda: np.int16(30000)+np.uint8(200),
 lambda: True/np.float32(0), lambda: np.float32(1)/False]
for i, f in enumerate(cases):
    try:
        r = repr(f())
    except Exception as e:
        r = type(e).__name__ + ": " + str(e)
    print(i, r)
