# Source: code-corpus snippet cy_cumsum.pyx (the Python body, `cimport numpy` removed since it is Cython-only; calls added)
import numpy
import numpy as np

def cy_cumsum(data):
    out = numpy.zeros_like(data)
    s = 0
    for n in range(len(data)):
        s += data[n]
        out[n] =s
    return out
print(cy_cumsum(numpy.array([1.5, 2.5, 3.0])))
print(cy_cumsum(numpy.array([1, 2, 3])))
