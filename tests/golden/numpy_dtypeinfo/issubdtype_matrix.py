import numpy as np
concrete = [np.bool_, np.int8, np.int16, np.int32, np.int64, np.uint8, np.uint16, np.uint32,
            np.uint64, np.float16, np.float32, np.float64, np.complex64, np.complex128]
abstract = [np.generic, np.number, np.integer, np.signedinteger, np.unsignedinteger,
            np.inexact, np.floating, np.complexfloating]
for c in concrete:
    print(f"{np.dtype(c).name:>10}", " ".join("T" if np.issubdtype(c, a) else "." for a in abstract))
