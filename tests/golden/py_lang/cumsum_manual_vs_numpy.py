import numpy as np
def cumsum(xs):
    out = []
    acc = 0
    for x in xs:
        acc += x
        out.append(acc)
    return out
data = [2, 7, 1, 8]
print(cumsum(data))
print(np.cumsum(data))
print(cumsum(data) == list(np.cumsum(data)))
