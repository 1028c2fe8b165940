import numpy
# Source: numpy-discussion "Custom Accumulators" (Matt Knox, Jan 2007) as stored in
# https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1 (the brute-force expmave, Karol's list
# comprehension and the "slicker" vectorize version, as written; called on x = numpy.arange(20) and
# k = 0.2 from the Dec 2006 thread; the last one fails as the thread says it does)
def expmave(x, k):
    result = numpy.array(x, copy=True)
    for i in range(1, result.size):
        result[i] = result[i-1] + k * (result[i] - result[i-1])
    return result

x = numpy.arange(20)
print(expmave(x, 0.2))
print(expmave(x.astype(float), 0.2))

def expmave(x, k):
    return [x[0]] + [x[i-1] + k*(x[i]-x[i-1]) for i in range(1,len(x))]

print(expmave(x, 0.2))

def expmave(x, k):
    def expmave_sub(a, b):
        return a + k * (b - a)
    return numpy.vectorize(expmave_sub).accumulate(x)

print(expmave(x, 0.2))
