# Source: Stack Overflow "How could one implement the K-means++ algorithm?" (5466323, the
# answer's numpy version) as stored in https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1
# (function as written; a seed and a call on the answer's one-dimensional example added)
import numpy

def initialize(X, K):
    C = [X[0]]
    for k in range(1, K):
        D2 = numpy.array([min([numpy.inner(numpy.array(c)-numpy.array(x), numpy.array(c)-numpy.array(x)) for c in C]) for x in X])
        probs = D2/D2.sum()
        cumprobs = probs.cumsum()
        r = numpy.random.rand()
        for j, p in enumerate(cumprobs):
            if r < p:
                i = j
                break
        C.append(X[i])
    return C

numpy.random.seed(0)
print(initialize([[0], [1], [2], [3], [4]], 3))
print(initialize([[0.0, 0.0], [1.0, 0.5], [5.0, 5.0], [6.0, 5.5], [0.5, 9.0]], 3))
