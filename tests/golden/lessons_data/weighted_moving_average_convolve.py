# Source: https://wiki.kunaldawn.com/content/stackoverflow.com_en_all_2023-11/questions/12816011/weighted-moving-average-with-numpy-convolve
# (SO 12816011: np.convolve flips the kernel, so cumsum-built weights give the "wrong"
# weighted average until reversed). Adapted: the reversal fix the answers give added.
import numpy

data = numpy.arange(1,11)
numdays = 5
w = [1.0/numdays]*numdays
print(numpy.convolve(data,w,'valid'))

w = numpy.cumsum(numpy.ones(numdays,dtype=float),axis=0); w = w/numpy.sum(w)
print(w)
print(numpy.convolve(data,w,'valid'))
print(numpy.convolve(data,w[::-1],'valid'))
print(numpy.convolve(data,w))
